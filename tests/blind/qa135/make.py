# -*- coding: utf-8 -*-
"""Blind test set qa135: year-end reports printed beside the ledgers
(科目余额表, 收支明细表 by 科目, 往来款项明细表, 资产负债表, 收益分配表,
其他应付款明细分类账, 现金/银行存款日记账). Deterministic; no randomness."""
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "files")
os.makedirs(OUTDIR, exist_ok=True)

TRUTH = {"rows": [], "non_data": []}


def D(s):
    return dt.date(*map(int, s.split("-")))


def money(x):
    return round(float(x), 2)


def fmt2(x):
    return "{:,.2f}".format(x)


class Sheet:
    """rows: list of (cells, tag). tag None | ('data', kind, fields, village) | ('non', what)."""

    def __init__(self, name, village=None):
        self.name = name
        self.village = village
        self.rows = []
        self.merges = []  # (r1, c1, r2, c2) 1-based inclusive

    def add(self, cells, tag=None):
        self.rows.append((cells, tag))
        return len(self.rows)

    def data(self, cells, kind, fields):
        return self.add(cells, ("data", kind, fields))

    def non(self, cells, what):
        return self.add(cells, ("non", what))

    def record(self, fname, sheetname):
        for i, (cells, tag) in enumerate(self.rows, start=1):
            if not tag:
                continue
            if tag[0] == "data":
                r = {"file": fname, "sheet": sheetname, "row": i, "kind": tag[1]}
                if self.village:
                    r["village"] = self.village
                r["fields"] = tag[2]
                TRUTH["rows"].append(r)
            else:
                TRUTH["non_data"].append({"file": fname, "sheet": sheetname, "row": i, "what": tag[1]})


# ---------------------------------------------------------------- writers

def write_xlsx(fname, sheets, widths=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, (cells, tag) in enumerate(sh.rows, start=1):
            for c, v in enumerate(cells, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(v, float):
                    cell.number_format = "#,##0.00"
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=1, column=1).font = Font(bold=True, size=14)
        for i, w in enumerate((widths or {}).get(sh.name, []), start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
        sh.record(fname, sh.name)
    wb.save(os.path.join(OUTDIR, fname))


def write_xls(fname, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    num = xlwt.easyxf(num_format_str="#,##0.00")
    plain = xlwt.easyxf("")
    title = xlwt.easyxf("font: bold on, height 280; align: horiz center")
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        merged_cells = set()
        for (r1, c1, r2, c2) in sh.merges:
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    merged_cells.add((rr, cc))
        tops = {(m[0], m[1]): m for m in sh.merges}
        for r, (cells, tag) in enumerate(sh.rows, start=1):
            for c, v in enumerate(cells, start=1):
                if (r, c) in tops:
                    r1, c1, r2, c2 = tops[(r, c)]
                    ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v if v is not None else "",
                                   title if r == 1 else plain)
                    continue
                if (r, c) in merged_cells or v is None:
                    continue
                ws.write(r - 1, c - 1, v, num if isinstance(v, float) else plain)
        sh.record(fname, sh.name)
    wb.save(os.path.join(OUTDIR, fname))


def write_html_xls(fname, sh, header_html, ncols):
    """Platform export: an HTML table saved with an .xls name. header_html is the
    raw <tr>…</tr> text for the rows marked as header (already in sh.rows as None-tag
    placeholders, so that row numbers stay right)."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<title>%s</title></head><body>' % sh.name,
           '<table border="1" cellspacing="0" cellpadding="2">']
    hdr_iter = iter(header_html)
    for r, (cells, tag) in enumerate(sh.rows, start=1):
        if cells == "HTMLHEADER":
            out.append(next(hdr_iter))
            continue
        if len(cells) == 1 and ncols > 1:
            out.append('<tr><td colspan="%d">%s</td></tr>' % (ncols, cells[0] or ""))
            continue
        tds = []
        for v in cells:
            if v is None:
                v = ""
            elif isinstance(v, float):
                v = fmt2(v)
            tds.append("<td>%s</td>" % v)
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table></body></html>")
    with open(os.path.join(OUTDIR, fname), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    sh.record(fname, os.path.splitext(fname)[0])


def pay(date, amount, direction, cp):
    return {"date": date, "amount": money(amount), "direction": direction, "counterparty": cp}


# ================================================================ File 1
# 山东 莒县 东李家庄村 — 年度会计报表 (xlsx, four sheets)
V1 = "东李家庄村"
F1 = "东李家庄村2023年度会计报表.xlsx"

# 收支明细表 groups: (code, name, direction, [(date, voucher, summary, cp, amount)])
SZ1 = [
    ("511", "发包及上交收入", "in", [
        ("2023-01-10", "记-03", "收2023年度东岭果园承包费", "李庆华", 28000),
        ("2023-01-16", "记-05", "收村西砖厂场地租金", "莒县宏盛建材有限公司", 45000),
        ("2023-03-02", "记-12", "收鱼塘承包费", "王振国", 6800),
        ("2023-04-18", "记-21", "收沿街门面房租金", "日照鑫隆商贸有限公司", 36000),
        ("2023-07-05", "记-40", "收南洼地流转费", "莒县丰禾农业专业合作社", 52650),
        ("2023-11-20", "记-71", "收机动地承包费", "李传明", 3200),
    ]),
    ("522", "补助收入", "in", [
        ("2023-02-24", "记-09", "收村级组织运转经费", "陵阳街道办事处财政所", 60000),
        ("2023-06-13", "记-33", "收美丽乡村建设奖补资金", "莒县财政局", 150000),
        ("2023-09-08", "记-55", "收一事一议财政奖补资金", "莒县财政局", 80000),
        ("2023-12-15", "记-80", "收公益岗位补贴", "陵阳街道办事处", 14400),
    ]),
    ("531", "其他收入", "in", [
        ("2023-05-10", "记-27", "收存款利息", "中国农业银行莒县支行", 312.56),
        ("2023-08-21", "记-50", "收废旧物资变卖款", "王守田", 1850),
        ("2023-12-28", "记-86", "收存款利息", "中国农业银行莒县支行", 286.41),
    ]),
    ("541", "经营支出", "out", [
        ("2023-03-15", "记-14", "支付果园修剪人工费", "李庆山", 4600),
        ("2023-04-02", "记-18", "购置果树苗木", "莒县绿源苗木场", 12800),
        ("2023-06-20", "记-35", "支付灌溉电费", "国网莒县供电公司", 3675.20),
        ("2023-10-11", "记-62", "支付农机作业费", "莒县丰收农机服务队", 7200),
    ]),
    ("550", "管理费用", "out", [
        ("2023-01-20", "记-07", "购办公用品", "莒县文通办公用品商店", 1268),
        ("2023-02-28", "记-10", "支付报刊订阅费", "莒县邮政分公司", 1560),
        ("2023-04-25", "记-23", "支付村委会电话网络费", "中国联通莒县分公司", 1440),
        ("2023-05-30", "记-30", "支付会议误餐费", "莒县陵阳镇福来饭店", 2380),
        ("2023-07-12", "记-42", "支付打印复印费", "莒县金印图文店", 865),
        ("2023-08-30", "记-52", "支付村干部上半年误工补贴", "李长青", 9600),
        ("2023-10-25", "记-65", "支付办公室空调维修费", "莒县海尔专卖店", 650),
        ("2023-12-26", "记-84", "支付村务公开栏制作费", "日照博雅广告有限公司", 3980),
    ]),
    ("551", "其他支出", "out", [
        ("2023-02-10", "记-08", "春节慰问困难户", "李秀兰", 500),
        ("2023-06-28", "记-37", "支付环境卫生保洁费", "王桂芝", 7200),
        ("2023-09-18", "记-58", "购买防汛物资", "莒县永安五金建材店", 2456.80),
        ("2023-11-08", "记-68", "支付公益岗位人员工资", "李玉珍", 7200),
    ]),
    ("154", "在建工程", "out", [
        ("2023-07-20", "记-44", "支付村内道路硬化工程进度款", "莒县华通路桥工程有限公司", 120000),
        ("2023-09-25", "记-60", "支付村内道路硬化工程款", "莒县华通路桥工程有限公司", 98500),
        ("2023-10-30", "记-66", "支付文化广场工程监理费", "日照正信工程监理有限公司", 6500),
        ("2023-12-20", "记-82", "支付村内道路硬化工程尾款", "莒县华通路桥工程有限公司", 22350),
    ]),
]

s_sz = Sheet("收支明细表", V1)
s_sz.add(["东李家庄村2023年度收支明细表"])
s_sz.merges.append((1, 1, 1, 8))
s_sz.add(["核算单位：莒县陵阳街道东李家庄村股份经济合作社", None, None, None, None, None, "单位：元"])
s_sz.add(["科目编码", "科目名称", "日期", "凭证号", "摘要", "往来单位", "收入金额", "支出金额"])
tot_in = tot_out = 0.0
for code, name, direc, items in SZ1:
    s_sz.non([code, name], "科目分组行 %s %s" % (code, name))
    sub = 0.0
    for (d, v, summ, cp, amt) in items:
        amt = float(amt)
        cells = [None, None, D(d), v, summ, cp,
                 amt if direc == "in" else None, amt if direc == "out" else None]
        s_sz.data(cells, "payment", pay(d, amt, direc, cp))
        sub += amt
    sub = round(sub, 2)
    s_sz.non([None, name + " 小计", None, None, None, None,
              sub if direc == "in" else None, sub if direc == "out" else None], "小计")
    if direc == "in":
        tot_in += sub
    else:
        tot_out += sub
s_sz.non([None, "合  计", None, None, None, None, round(tot_in, 2), round(tot_out, 2)], "合计")
s_sz.add([])
s_sz.non(["注：本表根据2023年度记账凭证汇总生成，经村务监督委员会审核后公开。"], "注")
s_sz.non(["制表人：李秀梅", None, None, "审核人：李长青", None, "村务监督委员会主任：王德法"], "签名")

# 科目余额表 (non_data)
s_ye = Sheet("科目余额表", V1)
s_ye.add(["东李家庄村2023年度科目余额表"])
s_ye.merges.append((1, 1, 1, 8))
s_ye.add(["核算单位：东李家庄村股份经济合作社", None, None, None, "期间：2023年1月至12月", None, None, "单位：元"])
s_ye.add(["科目编码", "科目名称", "期初余额", None, "本期发生额", None, "期末余额", None])
s_ye.merges += [(3, 3, 3, 4), (3, 5, 3, 6), (3, 7, 3, 8), (3, 1, 4, 1), (3, 2, 4, 2)]
s_ye.add([None, None, "借方", "贷方", "借方", "贷方", "借方", "贷方"])
YE1 = [
    ("101", "现金", 3256.40, 0, 28050.00, 29808.30),
    ("102", "银行存款", 186432.15, 0, 760599.0, 488363.20),
    ("112", "应收款", 15600.00, 0, 0, 6000.00),
    ("151", "固定资产", 1286500.00, 0, 0, 0),
    ("152", "累计折旧", 0, 312480.00, 0, 42600.00),
    ("154", "在建工程", 0, 0, 247350.00, 0),
    ("202", "应付款", 0, 28600.00, 12000.00, 0),
    ("211", "应付工资", 0, 9600.00, 9600.00, 0),
    ("231", "一事一议资金", 0, 0, 0, 80000.00),
    ("301", "资本", 0, 1026108.55, 0, 0),
    ("311", "公积公益金", 0, 115000.00, 0, 0),
    ("511", "发包及上交收入", 0, 0, 171650.00, 171650.00),
    ("522", "补助收入", 0, 0, 224400.00, 224400.00),
    ("531", "其他收入", 0, 0, 2448.97, 2448.97),
    ("541", "经营支出", 0, 0, 28275.20, 28275.20),
    ("550", "管理费用", 0, 0, 21763.00, 21763.00),
    ("551", "其他支出", 0, 0, 17356.80, 17356.80),
]
sums = [0.0] * 6
for code, name, ob_d, ob_c, p_d, p_c in YE1:
    if code[0] in "56":
        cl_d = cl_c = 0.0
    elif ob_c:
        cl_d, cl_c = 0.0, round(ob_c - p_d + p_c, 2)
    else:
        bal = round(ob_d + p_d - p_c, 2)
        cl_d, cl_c = (bal, 0.0) if bal >= 0 else (0.0, -bal)
    vals = [ob_d, ob_c, p_d, p_c, cl_d, cl_c]
    sums = [a + b for a, b in zip(sums, vals)]
    s_ye.non([code, name] + [float(x) if x else None for x in vals], "科目余额 %s" % name)
s_ye.non([None, "合计"] + [round(x, 2) for x in sums], "合计")
s_ye.add([])
s_ye.non(["制表：李秀梅", None, None, "审核：李长青", None, None, "2024年1月10日"], "签名")

# 资产负债表 (non_data)
s_zf = Sheet("资产负债表", V1)
s_zf.add(["资产负债表"])
s_zf.merges.append((1, 1, 1, 8))
s_zf.add(["编制单位：东李家庄村股份经济合作社", None, None, "2023年12月31日", None, None, None, "单位：元"])
s_zf.add(["资产", "行次", "年初数", "年末数", "负债及所有者权益", "行次", "年初数", "年末数"])
ZF = [
    ("货币资金", 1, 189688.55, 462123.95, "短期借款", 35, 0.0, 0.0),
    ("短期投资", 2, 0.0, 0.0, "应付款", 36, 28600.00, 16600.00),
    ("应收款项", 5, 15600.00, 9600.00, "应付工资", 37, 9600.00, 0.0),
    ("存货", 8, 0.0, 0.0, "应付福利费", 38, 0.0, 0.0),
    ("流动资产合计", 9, 205288.55, 471723.95, "流动负债合计", 40, 38200.00, 16600.00),
    ("长期投资", 10, 0.0, 0.0, "长期借款及应付款", 41, 0.0, 0.0),
    ("固定资产原值", 15, 1286500.00, 1286500.00, "一事一议资金", 42, 0.0, 80000.00),
    ("减：累计折旧", 16, 312480.00, 355080.00, "负债合计", 49, 38200.00, 96600.00),
    ("固定资产净值", 17, 974020.00, 931420.00, "资本", 50, 1026108.55, 1026108.55),
    ("在建工程", 19, 0.0, 247350.00, "公积公益金", 51, 115000.00, 115000.00),
    ("固定资产合计", 20, 974020.00, 1178770.00, "未分配收益", 52, 0.0, 412785.40),
    ("资产总计", 32, 1179308.55, 1650493.95, "负债和所有者权益总计", 60, 1179308.55, 1650493.95),
]
for row in ZF:
    s_zf.non(list(row), "资产负债表行 %s" % row[0])
s_zf.add([])
s_zf.non(["单位负责人：李长青", None, None, "会计：李秀梅", None, None, "报出日期：2024年1月15日"], "签名")

# 收益及收益分配表 (non_data)
s_sy = Sheet("收益及收益分配表", V1)
s_sy.add(["收益及收益分配表"])
s_sy.merges.append((1, 1, 1, 4))
s_sy.add(["编制单位：东李家庄村股份经济合作社", None, "2023年度", "单位：元"])
s_sy.add(["项目", "行次", "本年数", "上年数"])
SY = [
    ("一、经营收入", 1, 171650.00, 158200.00), ("加：发包及上交收入", 2, 0.0, 0.0),
    ("投资收益", 3, 0.0, 0.0), ("减：经营支出", 4, 28275.20, 31640.00),
    ("管理费用", 5, 21763.00, 19880.50), ("二、经营收益", 6, 121611.80, 106679.50),
    ("加：补助收入", 7, 224400.00, 180000.00), ("其他收入", 8, 2448.97, 1936.20),
    ("减：其他支出", 9, 17356.80, 12450.00), ("三、本年收益", 10, 331104.0, 276165.70),
    ("加：年初未分配收益", 11, 0.0, 0.0), ("四、可分配收益", 12, 331104.0, 276165.70),
    ("减：提取公积公益金", 13, 0.0, 0.0), ("五、年末未分配收益", 20, 331104.0, 276165.70),
]
for row in SY:
    s_sy.non(list(row), "收益分配表行 %s" % row[0])

write_xlsx(F1, [s_ye, s_zf, s_sy, s_sz],
           widths={"收支明细表": [9, 14, 12, 8, 28, 28, 14, 14]})

# ================================================================ File 2
# 东李家庄村 现金日记账 — platform export, HTML saved as .xls
F2 = "东李家庄村2023年现金日记账.xls"
CASH = [  # (m, d, voucher, summary, 对方科目, debit(in), credit(out), counterparty)
    (1, 5, "记-01", "从银行提取备用金", "102 银行存款", 5000, 0, None),
    (1, 18, "记-04", "支付王桂芝1月份保洁费", "551 其他支出", 0, 600, "王桂芝"),
    (1, 28, "记-06", "收刘玉兰门前场地使用费", "531 其他收入", 800, 0, "刘玉兰"),
    (2, 10, "记-08", "春节慰问困难户李秀兰", "551 其他支出", 0, 500, "李秀兰"),
    (2, 10, "记-08", "春节慰问困难户王德顺", "551 其他支出", 0, 500, "王德顺"),
    (2, 22, "记-09", "报销李长青去县农业农村局差旅费", "550 管理费用", 0, 236, "李长青"),
    (3, 6, "记-11", "从银行提取备用金", "102 银行存款", 6000, 0, None),
    (3, 15, "记-14", "付李庆山果园修剪人工费", "541 经营支出", 0, 4600, "李庆山"),
    (3, 28, "记-16", "购垃圾桶（永安五金建材店）", "551 其他支出", 0, 1350, "永安五金建材店"),
    (4, 10, "记-19", "支付王桂芝一季度保洁费", "551 其他支出", 0, 1800, "王桂芝"),
    (4, 26, "记-24", "收李建军村集体房屋租金", "511 发包及上交收入", 2400, 0, "李建军"),
    (5, 30, "记-30", "支付福来饭店会议误餐费", "550 管理费用", 0, 2380, "福来饭店"),
    (5, 31, "记-31", "现金存入银行", "102 银行存款", 0, 2400, None),
    (6, 5, "记-32", "从银行提取备用金", "102 银行存款", 5000, 0, None),
    (6, 18, "记-36", "购买办公用品", "550 管理费用", 0, 486.50, None),
    (7, 12, "记-42", "支付金印图文店打印复印费", "550 管理费用", 0, 865, "金印图文店"),
    (7, 25, "记-45", "支付王桂芝二季度保洁费", "551 其他支出", 0, 1800, "王桂芝"),
    (8, 21, "记-50", "收王守田废旧物资变卖款", "531 其他收入", 1850, 0, "王守田"),
    (8, 23, "记-51", "现金存入银行", "102 银行存款", 0, 1850, None),
    (9, 5, "记-54", "从银行提取备用金", "102 银行存款", 4000, 0, None),
    (9, 18, "记-58", "购防汛物资（永安五金建材店）", "551 其他支出", 0, 2456.80, "永安五金建材店"),
    (10, 9, "记-61", "支付王桂芝三季度保洁费", "551 其他支出", 0, 1800, "王桂芝"),
    (10, 25, "记-65", "支付海尔专卖店空调维修费", "550 管理费用", 0, 650, "海尔专卖店"),
    (11, 15, "记-70", "报销王守田购灯泡电线款", "551 其他支出", 0, 328, "王守田"),
    (11, 28, "记-73", "收孙玉芳摊位费", "531 其他收入", 600, 0, "孙玉芳"),
    (12, 5, "记-78", "从银行提取备用金", "102 银行存款", 3000, 0, None),
    (12, 22, "记-83", "支付王桂芝四季度保洁费", "551 其他支出", 0, 1800, "王桂芝"),
    (12, 29, "记-87", "支付村务监督委员会主任王德法误工补贴", "550 管理费用", 0, 1200, "王德法"),
]
s_c = Sheet("现金日记账", V1)
s_c.add(["现金日记账"])
s_c.add(["账套：东李家庄村股份经济合作社　科目：101 现金　期间：2023.01—2023.12　单位：元"])
HDR_C = ['<tr><td colspan="2" align="center">2023年</td><td rowspan="2">凭证字号</td>'
         '<td rowspan="2">摘要</td><td rowspan="2">对方科目</td><td rowspan="2">借方</td>'
         '<td rowspan="2">贷方</td><td rowspan="2">借或贷</td><td rowspan="2">余额</td></tr>',
         '<tr><td>月</td><td>日</td></tr>']
s_c.add("HTMLHEADER")
s_c.add("HTMLHEADER")
bal = 3256.40
s_c.non([1, 1, None, "上年结转", None, None, None, "借", bal], "上年结转")
yd = yc = 0.0
for m in range(1, 13):
    md = mc = 0.0
    for (mm, dd, v, summ, acct, deb, cred, cp) in CASH:
        if mm != m:
            continue
        deb, cred = float(deb), float(cred)
        bal = round(bal + deb - cred, 2)
        md += deb
        mc += cred
        date = "2023-%02d-%02d" % (m, dd)
        direc = "in" if deb else "out"
        s_c.data([m, dd, v, summ, acct, deb or None, cred or None, "借", bal],
                 "payment", pay(date, deb or cred, direc, cp))
    yd += md
    yc += mc
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    s_c.non([m, last, None, "本月合计", None, round(md, 2), round(mc, 2), "借", bal], "本月合计")
    s_c.non([m, last, None, "本年累计", None, round(yd, 2), round(yc, 2), "借", bal], "本年累计")
s_c.non([None, None, None, "结转下年", None, None, None, "借", bal], "结转下年")
s_c.non(["出纳：李秀梅　　会计：李秀梅　　打印日期：2024-01-08"], "签名")
write_html_xls(F2, s_c, HDR_C, 9)

# ================================================================ File 3
# 东李家庄村 银行存款日记账 — real BIFF .xls, text dates "2023.01.05"
F3 = "东李家庄村2023年银行存款日记账.xls"
BANK = [  # (date, voucher, summary, 对方户名, in, out)
    ("2023-01-05", "记-01", "提取现金", None, 0, 5000),
    ("2023-01-10", "记-03", "收2023年度东岭果园承包费", "李庆华", 28000, 0),
    ("2023-01-16", "记-05", "收村西砖厂场地租金", "莒县宏盛建材有限公司", 45000, 0),
    ("2023-01-20", "记-07", "购办公用品", "莒县文通办公用品商店", 0, 1268),
    ("2023-02-24", "记-09", "收村级组织运转经费", "陵阳街道办事处财政所", 60000, 0),
    ("2023-02-28", "记-10", "支付报刊订阅费", "莒县邮政分公司", 0, 1560),
    ("2023-03-02", "记-12", "收鱼塘承包费", "王振国", 6800, 0),
    ("2023-03-06", "记-11", "提取现金", None, 0, 6000),
    ("2023-04-02", "记-18", "购置果树苗木", "莒县绿源苗木场", 0, 12800),
    ("2023-04-18", "记-21", "收沿街门面房租金", "日照鑫隆商贸有限公司", 36000, 0),
    ("2023-04-25", "记-23", "支付电话网络费", "中国联通莒县分公司", 0, 1440),
    ("2023-05-10", "记-27", "结息", "中国农业银行莒县支行", 312.56, 0),
    ("2023-05-31", "记-31", "现金存入", None, 2400, 0),
    ("2023-06-05", "记-32", "提取现金", None, 0, 5000),
    ("2023-06-13", "记-33", "收美丽乡村建设奖补资金", "莒县财政局", 150000, 0),
    ("2023-06-20", "记-35", "支付灌溉电费", "国网山东省电力公司莒县供电公司", 0, 3675.20),
    ("2023-06-28", "记-37", "支付环境卫生保洁费", "王桂芝", 0, 7200),
    ("2023-07-05", "记-40", "收南洼地流转费", "莒县丰禾农业专业合作社", 52650, 0),
    ("2023-07-20", "记-44", "支付村内道路硬化工程进度款", "莒县华通路桥工程有限公司", 0, 120000),
    ("2023-08-23", "记-51", "现金存入", None, 1850, 0),
    ("2023-08-30", "记-52", "支付村干部上半年误工补贴", "李长青", 0, 9600),
    ("2023-09-05", "记-54", "提取现金", None, 0, 4000),
    ("2023-09-08", "记-55", "收一事一议财政奖补资金", "莒县财政局", 80000, 0),
    ("2023-09-25", "记-60", "支付村内道路硬化工程款", "莒县华通路桥工程有限公司", 0, 98500),
    ("2023-10-11", "记-62", "支付农机作业费", "莒县丰收农机服务队", 0, 7200),
    ("2023-10-30", "记-66", "支付文化广场工程监理费", "日照正信工程监理有限公司", 0, 6500),
    ("2023-11-08", "记-68", "支付公益岗位人员工资", "李玉珍", 0, 7200),
    ("2023-12-05", "记-78", "提取现金", None, 0, 3000),
    ("2023-12-15", "记-80", "收公益岗位补贴", "陵阳街道办事处", 14400, 0),
    ("2023-12-20", "记-82", "支付村内道路硬化工程尾款", "莒县华通路桥工程有限公司", 0, 22350),
    ("2023-12-26", "记-84", "支付村务公开栏制作费", "日照博雅广告有限公司", 0, 3980),
    ("2023-12-28", "记-86", "结息", "中国农业银行莒县支行", 286.41, 0),
]
s_b = Sheet("银行存款日记账", V1)
s_b.add(["东李家庄村银行存款日记账（2023年度）"])
s_b.merges.append((1, 1, 1, 7))
s_b.add(["开户行：中国农业银行莒县支行　账号：15-340101040012345", None, None, None, None, None, "单位：元"])
s_b.add(["日期", "凭证号", "摘要", "对方户名", "收入", "支出", "余额"])
bal = 186432.15
s_b.non([None, None, "期初余额", None, None, None, bal], "期初余额")
qi = qo = yi = yo = 0.0
for i, (d, v, summ, cp, a_in, a_out) in enumerate(BANK):
    a_in, a_out = float(a_in), float(a_out)
    bal = round(bal + a_in - a_out, 2)
    qi += a_in
    qo += a_out
    s_b.data([d.replace("-", "."), v, summ, cp, a_in or None, a_out or None, bal], "payment",
             pay(d, a_in or a_out, "in" if a_in else "out", cp))
    q = (int(d[5:7]) - 1) // 3
    nxt = BANK[i + 1][0] if i + 1 < len(BANK) else None
    if nxt is None or (int(nxt[5:7]) - 1) // 3 != q:
        yi += qi
        yo += qo
        s_b.non([None, None, "第%s季度合计" % "一二三四"[q], None, round(qi, 2), round(qo, 2), bal], "本季合计")
        qi = qo = 0.0
s_b.non([None, None, "本年累计", None, round(yi, 2), round(yo, 2), bal], "本年累计")
s_b.add([])
s_b.non(["出纳：李秀梅", None, "会计：李秀梅", None, "审核：李长青"], "签名")
write_xls(F3, [s_b])

# ================================================================ File 4
# 河北 藁城区 北孙村 — 往来款项明细表 + 其他应付款明细分类账 (BIFF .xls)
V4 = "北孙村"
F4 = "北孙村2023年往来款项明细表.xls"


def wl_sheet(name, title, items):
    s = Sheet(name, V4)
    s.add([title])
    s.merges.append((1, 1, 1, 8))
    s.add(["单位：石家庄市藁城区廉州镇北孙村股份经济合作社", None, None, None, None, None, "截止日期：2023年12月31日　单位：元"])
    s.add(["序号", "单位或个人", "期初余额", "本期增加", "本期减少", "期末余额", "账龄", "备注"])
    t = [0.0] * 4
    for i, (who, ob, inc, dec, age, note) in enumerate(items, start=1):
        cl = round(ob + inc - dec, 2)
        t = [a + b for a, b in zip(t, [ob, inc, dec, cl])]
        s.non([i, who, float(ob), float(inc) or None, float(dec) or None, cl, age, note], "往来余额 %s" % who)
    s.non([None, "合计"] + [round(x, 2) for x in t] + [None, None], "合计")
    s.add([])
    s.non(["注：账龄按最后一次发生业务之日起计算；三年以上的应收款请村委会逐笔说明原因。"], "注")
    s.non(["填报人：张丽娟", None, None, "村务监督委员会主任：孙红军", None, None, "2024年1月12日"], "签名")
    return s


s_ys = wl_sheet("应收款", "北孙村2023年应收款明细表", [
    ("孙建国", 12000, 0, 0, "3年以上", "2018年借款"),
    ("藁城区北孙砖瓦厂", 35000, 0, 10000, "2-3年", "欠缴场地租金"),
    ("孙志强", 4800, 0, 4800, "1年以内", "已收回"),
    ("石家庄冀兴建设工程有限公司", 0, 8000, 0, "1年以内", "代垫水电费"),
    ("北孙村第二村民小组", 6500, 0, 0, "1-2年", ""),
    ("刘振江", 2000, 1500, 0, "1年以内", "备用金"),
])
s_yf = wl_sheet("应付款", "北孙村2023年应付款明细表", [
    ("石家庄天和绿化工程有限公司", 12800, 0, 12800, "2-3年", "绿化工程质保金"),
    ("北孙村第三村民小组", 36500, 128000, 104600, "1年以内", "代管组级资金"),
    ("赵立新", 5000, 0, 5000, "1-2年", "场地押金"),
    ("北孙村红白理事会", 8260, 2500, 4800, "1年以内", "代管资金"),
    ("刘淑芬", 0, 6000, 0, "1年以内", "门面房押金"),
    ("河北润泽农业开发有限公司", 0, 487200, 243600, "1年以内", "土地流转费代收代付"),
])

MX = [  # (对方单位, 科目, opening(贷), [(m, d, voucher, summary, debit(out), credit(in))])
    ("藁城区鸿运建筑工程有限公司", "20201", 0, [
        (3, 10, "记-15", "收村委会办公楼维修工程投标保证金", 0, 20000),
        (3, 28, "记-19", "退还投标保证金", 20000, 0),
        (4, 6, "记-22", "收履约保证金", 0, 15000),
        (12, 18, "记-88", "退还履约保证金", 15000, 0),
    ]),
    ("石家庄冀兴建设工程有限公司", "20202", 0, [
        (3, 10, "记-16", "收投标保证金", 0, 20000),
        (3, 29, "记-20", "退还未中标单位投标保证金", 20000, 0),
    ]),
    ("北孙村第三村民小组", "20203", 36500, [
        (5, 15, "记-30", "收第三组土地征收补偿款", 0, 128000),
        (5, 20, "记-31", "分配第三组土地补偿款", 96000, 0),
        (11, 10, "记-75", "支付第三组生产路维修费", 8600, 0),
    ]),
    ("赵立新", "20204", 5000, [
        (6, 30, "记-40", "退还场地押金", 5000, 0),
    ]),
    ("河北润泽农业开发有限公司", "20205", 0, [
        (1, 15, "记-03", "收土地流转费（代农户收取）", 0, 243600),
        (1, 25, "记-05", "发放农户土地流转费", 241200, 0),
        (2, 8, "记-07", "补发农户土地流转费", 2400, 0),
        (12, 28, "记-95", "收2024年度土地流转费", 0, 243600),
    ]),
    ("石家庄天和绿化工程有限公司", "20206", 12800, [
        (9, 5, "记-60", "退还绿化工程质保金", 12800, 0),
    ]),
    ("王建华", "20207", 0, [
        (7, 12, "记-45", "收宅基地复垦保证金", 0, 3000),
        (10, 20, "记-70", "退还宅基地复垦保证金", 3000, 0),
    ]),
    ("北孙村红白理事会", "20208", 8260, [
        (2, 20, "记-10", "收红白理事会结余资金", 0, 1540),
        (8, 15, "记-52", "支付红白理事会购置桌椅款", 4800, 0),
        (12, 10, "记-85", "收红白理事会结余资金", 0, 960),
    ]),
    ("刘淑芬", "20209", 0, [
        (4, 1, "记-21", "收门面房租赁押金", 0, 6000),
    ]),
    ("藁城区廉州镇财政所", "20210", 0, [
        (6, 6, "记-36", "收暂拨人居环境整治资金", 0, 50000),
        (8, 8, "记-50", "代付人居环境整治垃圾清运费", 32000, 0),
        (11, 22, "记-78", "退回剩余人居环境整治资金", 18000, 0),
    ]),
]
s_mx = Sheet("其他应付款明细账", V4)
s_mx.add(["明细分类账"])
s_mx.merges.append((1, 1, 1, 8))
s_mx.add(["总账科目：202 应付款（其他应付款）　　核算单位：北孙村股份经济合作社　　单位：元"])
s_mx.add(["2023年", None, "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"])
s_mx.merges.append((3, 1, 3, 2))
s_mx.add(["月", "日", None, None, None, None, None, None])
for (who, code, ob, items) in MX:
    s_mx.non(["明细科目：%s %s" % (code, who)], "明细科目分组行 %s" % who)
    bal = float(ob)
    s_mx.non([1, 1, None, "期初余额", None, None, "贷" if ob else "平", bal if ob else None], "期初余额")
    td = tc = 0.0
    for (m, d, v, summ, deb, cred) in items:
        deb, cred = float(deb), float(cred)
        bal = round(bal - deb + cred, 2)
        td += deb
        tc += cred
        date = "2023-%02d-%02d" % (m, d)
        s_mx.data([m, d, v, summ, deb or None, cred or None, "贷" if bal else "平", bal if bal else None],
                  "payment", pay(date, deb or cred, "out" if deb else "in", who))
    s_mx.non([12, 31, None, "本年累计", round(td, 2), round(tc, 2), "贷" if bal else "平", bal if bal else None],
             "本年累计")
    s_mx.add([])
s_mx.non(["记账：张丽娟　　　审核：孙红军"], "签名")

write_xls(F4, [s_ys, s_yf, s_mx])

# ================================================================ File 5
# 浙江 临安区 下溪村 — 年度财务报表 (xlsx): 科目余额表 + 收支明细表 (科目 merged
# vertically, one 金额 column, direction from the 科目) + 收益分配表
V5 = "下溪村"
F5 = "下溪村股份经济合作社2023年度财务报表.xlsx"

SZ5 = [
    ("经营收入", "in", [
        ("2023-01-18", "记-4", "收村集体房屋租金", "临安溪源民宿管理有限公司", 68000),
        ("2023-03-25", "记-17", "收竹林承包费", "钱国平", 12500),
        ("2023-05-08", "记-26", "收停车场经营收入", "临安区太湖源景区管理有限公司", 23760),
        ("2023-08-16", "记-48", "收山核桃林承包费", "俞建林", 18000),
        ("2023-10-09", "记-61", "收农贸市场摊位租金", "方月娥", 4800),
        ("2023-12-22", "记-83", "收标准厂房租金", "杭州临安天目竹木制品有限公司", 96000),
    ]),
    ("补助收入", "in", [
        ("2023-02-14", "记-9", "收村级转移支付资金", "太湖源镇财政所", 85000),
        ("2023-06-30", "记-39", "收共同富裕项目补助", "临安区农业农村局", 200000),
        ("2023-09-12", "记-57", "收垃圾分类专项补助", "太湖源镇人民政府", 30000),
        ("2023-11-28", "记-77", "收生态公益林补偿资金", "临安区林业局", 46213.50),
    ]),
    ("投资收益", "in", [
        ("2023-12-30", "记-90", "收强村公司2023年度分红", "临安区太湖源强村发展有限公司", 120000),
    ]),
    ("经营支出", "out", [
        ("2023-04-10", "记-20", "支付停车场管理人员工资", "俞小华", 9000),
        ("2023-07-20", "记-44", "支付竹林道路养护费", "临安区天目山路桥养护队", 15600),
        ("2023-11-05", "记-69", "支付厂房屋顶维修费", "杭州临安万盛建筑工程有限公司", 38500),
    ]),
    ("管理费用", "out", [
        ("2023-01-30", "记-7", "购置办公电脑2台", "临安区数码港电脑城", 9980),
        ("2023-03-08", "记-13", "支付村两委干部交通补贴", "俞国强", 3600),
        ("2023-05-31", "记-31", "支付年度财务审计费", "杭州天恒会计师事务所", 5000),
        ("2023-06-15", "记-35", "支付村民代表会议会务费", "临安太湖源山庄", 4260),
        ("2023-08-31", "记-52", "支付办公用水用电费", "国网杭州市临安区供电公司", 2874.36),
        ("2023-12-10", "记-80", "支付法律顾问费", "浙江天目律师事务所", 8000),
    ]),
    ("其他支出", "out", [
        ("2023-02-20", "记-11", "慰问困难党员", "钱阿三", 800),
        ("2023-07-08", "记-41", "支付防台抗台物资款", "临安区锦城五金商店", 6420),
        ("2023-09-28", "记-59", "支付垃圾清运费", "临安区洁美环卫服务有限公司", 24000),
        ("2023-10-18", "记-64", "支付文化礼堂活动经费", "下溪村老年协会", 3000),
    ]),
    ("在建工程", "out", [
        ("2023-04-28", "记-24", "支付溪滩整治工程进度款", "杭州临安宏远水利建设有限公司", 180000),
        ("2023-09-20", "记-58", "支付溪滩整治工程款", "杭州临安宏远水利建设有限公司", 156000),
        ("2023-12-25", "记-85", "支付溪滩整治工程设计费", "浙江禹治设计有限公司", 18000),
    ]),
]


def cn_date(s):
    y, m, d = map(int, s.split("-"))
    return "%d年%d月%d日" % (y, m, d)


s5 = Sheet("收支明细表", V5)
s5.add(["临安区太湖源镇下溪村股份经济合作社2023年度收支明细表"])
s5.merges.append((1, 1, 1, 6))
s5.add(["公开日期：2024年1月20日", None, None, None, None, "金额单位：元"])
s5.add(["科目", "日期", "凭证字号", "摘要", "对方单位", "金额"])
grand = {"in": 0.0, "out": 0.0}
for name, direc, items in SZ5:
    first = None
    sub = 0.0
    for k, (d, v, summ, cp, amt) in enumerate(items):
        amt = float(amt)
        r = s5.data([name if k == 0 else None, cn_date(d), v, summ, cp, amt], "payment",
                    pay(d, amt, direc, cp))
        if first is None:
            first = r
        sub += amt
    if len(items) > 1:
        s5.merges.append((first, 1, first + len(items) - 1, 1))
    s5.non([None, None, None, name + "小计", None, round(sub, 2)], "小计")
    grand[direc] += sub
s5.non([None, None, None, "收入合计", None, round(grand["in"], 2)], "收入合计")
s5.non([None, None, None, "支出合计", None, round(grand["out"], 2)], "支出合计")
s5.non([None, None, None, "收支结余", None, round(grand["in"] - grand["out"], 2)], "收支结余")
s5.add([])
s5.non(["说明：1.本表按会计科目分类列示；2.在建工程为溪滩整治工程（一事一议）付款。"], "注")
s5.non(["制表：俞丽萍", None, "审核：俞国强", None, "监委会：钱永福"], "签名")

s5y = Sheet("科目余额表", V5)
s5y.add(["科目余额表"])
s5y.merges.append((1, 1, 1, 8))
s5y.add(["账套：下溪村股份经济合作社　　会计期间：2023年01月—2023年12月　　金额单位：元"])
s5y.add(["科目编码", "科目名称", "期初余额", None, "本期发生额", None, "期末余额", None])
s5y.merges += [(3, 3, 3, 4), (3, 5, 3, 6), (3, 7, 3, 8), (3, 1, 4, 1), (3, 2, 4, 2)]
s5y.add([None, None, "借方", "贷方", "借方", "贷方", "借方", "贷方"])
YE5 = [
    ("101", "库存现金", 1820.50, None, 12400.00, 11986.20, 2234.30, None),
    ("102", "银行存款", 642318.77, None, 704273.50, 478034.36, 868557.91, None),
    ("112", "应收款", 48000.00, None, 0.0, 24000.00, 24000.00, None),
    ("151", "固定资产", 3862400.00, None, 9980.00, 0.0, 3872380.00, None),
    ("154", "在建工程", 215000.00, None, 354000.00, 0.0, 569000.00, None),
    ("202", "应付款", None, 86500.00, 40000.00, 12000.00, None, 58500.00),
    ("301", "资本", None, 4183039.27, 0.0, 0.0, None, 4183039.27),
    ("501", "经营收入", None, None, 223060.00, 223060.00, None, None),
    ("502", "经营支出", None, None, 63100.00, 63100.00, None, None),
    ("511", "补助收入", None, None, 361213.50, 361213.50, None, None),
]
for row in YE5:
    s5y.non(list(row[:2]) + [float(x) if x is not None else None for x in row[2:]], "科目余额 %s" % row[1])
s5y.non([None, "合计", 4769539.27, 4269539.27, 1767027.0, 1173394.06, 5336172.21, 4241539.27], "合计")

s5s = Sheet("收益分配表", V5)
s5s.add(["收益及收益分配表　2023年度　单位：元"])
s5s.add(["项目", "行次", "金额"])
for row in [("经营收入", 1, 223060.00), ("投资收益", 2, 120000.00), ("补助收入", 3, 361213.50),
            ("经营支出", 4, 63100.00), ("管理费用", 5, 33714.36), ("其他支出", 6, 34220.00),
            ("本年收益", 7, 573239.14), ("提取公积公益金", 8, 171971.74),
            ("提取福利费", 9, 57323.91), ("股东分红", 10, 240000.00), ("年末未分配收益", 11, 103943.49)]:
    s5s.non(list(row), "收益分配表行 %s" % row[0])

write_xlsx(F5, [s5y, s5, s5s], widths={"收支明细表": [12, 16, 10, 30, 34, 14]})

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("data rows:", len(TRUTH["rows"]), "non_data:", len(TRUTH["non_data"]))
