# -*- coding: utf-8 -*-
"""Blind test set qa89: 多栏式 books (河南/山东/江苏).

Writes OUT/files/*.xlsx|*.xls and truth.json beside this script. Deterministic.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

TRUTH = {"rows": [], "non_data": []}


def add_row(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    TRUTH["rows"].append(d)


def add_nd(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})


# --------------------------------------------------------------------------
# generic sheet model: list of rows (lists of values), merges (r1,c1,r2,c2) 1-based
# --------------------------------------------------------------------------
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []
        self.datefmt = {}  # (r,c) -> fmt

    def add(self, values):
        self.rows.append(list(values))
        return len(self.rows)  # 1-based row number

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


def write_xlsx(path, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, vals in enumerate(sh.rows, 1):
            for c, v in enumerate(vals, 1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = sh.datefmt.get((r, c), "yyyy-mm-dd")
                elif isinstance(v, float):
                    cell.number_format = "#,##0.00"
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    wb.save(path)


def write_xls(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    st_date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    st_date2 = xlwt.easyxf(num_format_str="yyyy\"年\"m\"月\"d\"日\"")
    st_num = xlwt.easyxf(num_format_str="#,##0.00")
    st_c = xlwt.easyxf("align: horiz center, vert center")
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        merged_cells = set()
        for (r1, c1, r2, c2) in sh.merges:
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else ""
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v if v is not None else "", st_c)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    merged_cells.add((r, c))
        for r, vals in enumerate(sh.rows, 1):
            for c, v in enumerate(vals, 1):
                if (r, c) in merged_cells or v is None or v == "":
                    continue
                if isinstance(v, (dt.date, dt.datetime)):
                    st = st_date2 if sh.datefmt.get((r, c)) == "cn" else st_date
                    ws.write(r - 1, c - 1, v, st)
                elif isinstance(v, float):
                    ws.write(r - 1, c - 1, v, st_num)
                else:
                    ws.write(r - 1, c - 1, v)
    wb.save(path)


def fmt_amt(a):
    return float(round(a, 2))


# ==========================================================================
# File 1: 河南 李湾村 2023 现金日记账（多栏式）.xlsx — 月|日 columns under "2023年",
# 收入 group (经营|发包|补助|其他|合计), 支出 group (管理费用|公益|经营|其他|合计), 余额.
# Payees/payers only in 摘要.
# ==========================================================================
F1 = "李湾村2023年现金日记账（多栏式）.xlsx"
V1 = "李湾村"
INC = ["经营收入", "发包收入", "补助收入", "其他收入"]
EXP = ["管理费用", "公益支出", "经营支出", "其他支出"]

# (month, day, voucher, 摘要, category, amount, counterparty)
E1 = [
    (1, 5, "现收1", "收李国强鱼塘承包费", "发包收入", 3600.00, "李国强"),
    (1, 9, "现付1", "付村委会办公用品费（文具、打印纸）", "管理费用", 486.50, None),
    (1, 16, "现付2", "支付春节慰问困难户米面油", "公益支出", 2350.00, None),
    (1, 20, "现收2", "收村集体门面房租金 王红霞", "经营收入", 4500.00, "王红霞"),
    (1, 28, "现付3", "付李长顺看护机井报酬", "管理费用", 600.00, "李长顺"),
    (1, 30, "现付4", "存入农商行", "其他支出", 4000.00, None),  # truth fix: own-account cash<->bank transfer, no counterparty (debatable)
    (2, 3, "现收3", "从农商行提取备用金", "其他收入", 3000.00, None),  # truth fix: own-account cash<->bank transfer, no counterparty (debatable)
    (2, 10, "现付5", "付村部电费", "管理费用", 312.80, None),
    (2, 14, "现付6", "支付村内道路积雪清理人工费 张德明等5人", "公益支出", 1500.00, "张德明"),
    (2, 21, "现收4", "收上级转来村级组织运转补助", "补助收入", 2800.00, None),
    (2, 25, "现付7", "付复印机维修费 淮阳区鑫达办公设备商行", "管理费用", 280.00, "淮阳区鑫达办公设备商行"),
    (2, 27, "现付8", "付村卫生保洁员刘桂英2月工资", "公益支出", 900.00, "刘桂英"),
    (3, 2, "现收5", "收赵永福承包荒坡地承包金", "发包收入", 1850.00, "赵永福"),
    (3, 8, "现付9", "三八妇女节活动费", "公益支出", 420.00, None),
    (3, 15, "现付10", "付张保安购买树苗款", "经营支出", 2680.00, "张保安"),
    (3, 19, "现收6", "收废旧钢管变卖款", "其他收入", 760.00, None),
    (3, 24, "现付11", "付村干部外出学习差旅费 王建设", "管理费用", 1236.00, "王建设"),
    (3, 29, "现付12", "付卫生保洁员刘桂英3月工资", "公益支出", 900.00, "刘桂英"),
    (3, 31, "现付13", "付村部网络费 中国移动淮阳分公司", "管理费用", 1200.00, "中国移动淮阳分公司"),
    (4, 3, "现收7", "收李海洋大棚租金", "发包收入", 2400.00, "李海洋"),
    (4, 7, "现付14", "清明节森林防火值班补助", "公益支出", 800.00, None),
    (4, 12, "现付15", "付水泵维修款 周口市川汇区利民五金店", "经营支出", 1650.00, "周口市川汇区利民五金店"),
    (4, 18, "现收8", "收苗木销售款 淮阳区绿源园林有限公司", "经营收入", 6800.00, "淮阳区绿源园林有限公司"),
    (4, 25, "现付16", "付村委会招待费", "管理费用", 368.00, None),
    (4, 28, "现付17", "存入农商行", "其他支出", 8000.00, None),  # truth fix: own-account cash<->bank transfer, no counterparty (debatable)
    (5, 6, "现收9", "收王大壮宅基地有偿使用费", "其他收入", 1500.00, "王大壮"),
    (5, 11, "现付18", "付坑塘清淤机械费 李振华", "公益支出", 3200.00, "李振华"),
    (5, 17, "现付19", "付村部空调加氟", "管理费用", 260.00, None),
    (5, 22, "现收10", "收上级拨付人居环境整治奖补资金", "补助收入", 5000.00, None),
    (5, 26, "现付20", "付卫生保洁员刘桂英4-5月工资", "公益支出", 1800.00, "刘桂英"),
    (5, 31, "现付21", "付小麦收割机租赁费 张国庆", "经营支出", 2250.00, "张国庆"),
    (5, 31, "现付22", "付村部电费", "管理费用", 298.40, None),
    (6, 4, "现收11", "收麦秸秆打捆销售款", "经营收入", 1960.00, None),
    (6, 9, "现付23", "付防汛物资（编织袋、铁锹）周口市宏发建材", "公益支出", 2780.00, "周口市宏发建材"),
    (6, 13, "现收12", "收李国强鱼塘承包费（下半年）", "发包收入", 3600.00, "李国强"),
    (6, 20, "现付24", "付党员活动日学习资料印刷费", "管理费用", 450.00, None),
    (6, 26, "现付25", "付卫生保洁员刘桂英6月工资", "公益支出", 900.00, "刘桂英"),
    (6, 28, "现付26", "付王建设报销到县开会车费", "管理费用", 86.00, "王建设"),
    (6, 30, "现付27", "存入农商行", "其他支出", 5000.00, None),  # truth fix: own-account cash<->bank transfer, no counterparty (debatable)
]


def file1():
    sh = Sheet("现金日记账")
    ncol = 15
    sh.add(["李湾村2023年现金日记账（多栏式）"] + [None] * (ncol - 1))
    sh.merge(1, 1, 1, ncol)
    sh.add(["核算单位：淮阳区城关镇李湾村股份经济合作社", None, None, None, None, None, None, None, None, None, None, None, None, "单位：元", None])
    r3 = sh.add(["2023年", None, "凭证号", "摘要", "收入", None, None, None, None, "支出", None, None, None, None, "余额"])
    r4 = sh.add(["月", "日", None, None] + INC + ["合计"] + EXP + ["合计", None])
    sh.merge(r3, 1, r3, 2)
    sh.merge(r3, 3, r4, 3)
    sh.merge(r3, 4, r4, 4)
    sh.merge(r3, 5, r3, 9)
    sh.merge(r3, 10, r3, 14)
    sh.merge(r3, 15, r4, 15)
    bal = 8650.40
    r = sh.add([1, 1, None, "上年结转", None, None, None, None, None, None, None, None, None, None, bal])
    add_nd(F1, sh.name, r, "上年结转")
    yi = ye = 0.0
    for m in range(1, 7):
        mi = me = 0.0
        for (mm, d, v, s, cat, amt, cp) in [e for e in E1 if e[0] == m]:
            row = [mm, d, v, s] + [None] * 11
            if cat in INC:
                row[4 + INC.index(cat)] = amt
                row[8] = amt
                bal += amt
                mi += amt
                direction = "in"
            else:
                row[9 + EXP.index(cat)] = amt
                row[13] = amt
                bal -= amt
                me += amt
                direction = "out"
            row[14] = round(bal, 2)
            r = sh.add(row)
            add_row(F1, sh.name, r, "payment", V1, date="2023-%02d-%02d" % (mm, d),
                    amount=fmt_amt(amt), direction=direction, counterparty=cp)
        yi += mi
        ye += me
        r = sh.add([None, None, None, "本月合计", None, None, None, None, round(mi, 2), None, None, None, None, round(me, 2), round(bal, 2)])
        add_nd(F1, sh.name, r, "本月合计")
        r = sh.add([None, None, None, "本年累计", None, None, None, None, round(yi, 2), None, None, None, None, round(ye, 2), round(bal, 2)])
        add_nd(F1, sh.name, r, "本年累计")
    sh.add([])
    r = sh.add(["制表人：李秀梅", None, None, None, None, "审核人：王建设", None, None, None, None, "村务监督委员会主任：赵德胜"])
    add_nd(F1, sh.name, r, "签名")
    r = sh.add(["注：本账由城关镇农村集体“三资”代理服务中心代理记账，库存现金限额5000元。"])
    add_nd(F1, sh.name, r, "注")

    # second sheet: 上半年收支汇总 (not a record kind)
    s2 = Sheet("收支汇总")
    s2.add(["李湾村2023年1-6月现金收支汇总表"])
    s2.add(["项目", "金额（元）", "占比"])
    totals = {}
    for e in E1:
        totals[e[4]] = totals.get(e[4], 0) + e[5]
    for k in INC + EXP:
        r = s2.add([k, round(totals.get(k, 0), 2), None])
        add_nd(F1, s2.name, r, "汇总表（非记录）")
    write_xlsx(os.path.join(FILES, F1), [sh, s2])


# ==========================================================================
# File 2: 山东 王家庄村 2024 收支明细账.xls — two sheets (上半年/下半年), 日期 text in
# several forms, 凭证字号 记-NN, 往来单位 column, groups with 合计 FIRST,
# 期初余额 / 季度小计 / 合计 / 过次页 rows.
# ==========================================================================
F2 = "王家庄村2024年收支明细账.xls"
V2 = "王家庄村"
INC2 = ["发包收入", "经营收入", "补助收入", "其他收入"]
EXP2 = ["管理费用", "公益支出", "经营支出", "其他支出"]

# (iso date, date text, voucher, 摘要, 往来单位, category, amount)
E2a = [
    ("2024-01-08", "2024.1.8", "记-01", "收2024年度东洼地承包费", "王庆林", "发包收入", 12600.00),
    ("2024-01-12", "2024.1.12", "记-02", "付村委会取暖用煤款", "沂南县鲁中煤炭经销处", "管理费用", 3150.00),
    ("2024-01-19", "2024.1.19", "记-03", "支付五保户春节慰问品", "沂南县惠民超市", "公益支出", 1880.00),
    ("2024-01-26", "2024.1.26", "记-04", "收村集体冷库租赁费", "临沂丰禾果蔬专业合作社", "经营收入", 18000.00),
    ("2024-02-05", "2024年2月5日", "记-05", "付村干部1月误工补贴", "王守田", "管理费用", 1500.00),
    ("2024-02-18", "2024年2月18日", "记-06", "收镇财政拨付村级运转经费", "依汶镇财政所", "补助收入", 30000.00),
    ("2024-02-27", "2024年2月27日", "记-07", "付村内路灯维修材料款", "沂南县光明电器商店", "公益支出", 2460.00),
    ("2024-03-04", "2024/03/04", "记-08", "收山林承包费", "刘成武", "发包收入", 8400.00),
    ("2024-03-11", "2024/03/11", "记-09", "付植树节苗木款", "沂南县森源苗木场", "公益支出", 7350.00),
    ("2024-03-20", "2024/03/20", "记-10", "付会计培训差旅费", "张玉兰", "管理费用", 642.00),
    ("2024-03-28", "2024/03/28", "记-11", "收存款利息", "沂南农商银行依汶支行", "其他收入", 126.35),
    ("2024-04-03", "2024-04-03", "记-12", "付冷库制冷机组维修费", "临沂冰峰制冷设备有限公司", "经营支出", 9800.00),
    ("2024-04-15", "2024-04-15", "记-13", "收废旧物资处置款", "沂南县再生资源回收站", "其他收入", 2350.00),
    ("2024-04-22", "2024-04-22", "记-14", "付党建宣传栏制作费", "沂南县艺彩广告有限公司", "管理费用", 4200.00),
    ("2024-05-06", "20240506", "记-15", "收大棚租金", "王立新", "发包收入", 6000.00),
    ("2024-05-14", "20240514", "记-16", "付生产路维修工程款", "沂南县宏远建筑工程有限公司", "公益支出", 48500.00),
    ("2024-05-23", "20240523", "记-17", "收上级拨付一事一议奖补资金", "沂南县财政局", "补助收入", 50000.00),
    ("2024-05-30", "20240530", "记-18", "付冷库电费", "国网沂南县供电公司", "经营支出", 5236.70),
    ("2024-06-10", "2024.6.10", "记-19", "付防汛值班人员补助", "王守田", "公益支出", 1200.00),
    ("2024-06-18", "2024.6.18", "记-20", "收冷库租赁费（二季度）", "临沂丰禾果蔬专业合作社", "经营收入", 18000.00),
    ("2024-06-28", "2024.6.28", "记-21", "付办公电脑一台", "沂南县百脑汇电脑城", "管理费用", 4399.00),
]
E2b = [
    ("2024-07-05", "2024.7.5", "记-22", "收鱼塘承包费", "刘庆祥", "发包收入", 9000.00),
    ("2024-07-12", "2024.7.12", "记-23", "付村庄绿化养护费", "沂南县绿茵园林工程有限公司", "公益支出", 12800.00),
    ("2024-07-19", "2024.7.19", "记-24", "付村干部二季度误工补贴", "王守田", "管理费用", 4500.00),
    ("2024-07-26", "2024.7.26", "记-25", "付冷库保险费", "中国人寿财产保险沂南支公司", "经营支出", 3600.00),
    ("2024-08-02", "2024年8月2日", "记-26", "收村集体厂房租金", "沂南县鑫旺木业有限公司", "经营收入", 36000.00),
    ("2024-08-09", "2024年8月9日", "记-27", "付打井工程款", "临沂市水源凿井队", "公益支出", 27500.00),
    ("2024-08-20", "2024年8月20日", "记-28", "收上级拨付美丽乡村奖补资金", "依汶镇人民政府", "补助收入", 80000.00),
    ("2024-08-29", "2024年8月29日", "记-29", "付办公用品费", "沂南县文华办公用品店", "管理费用", 763.00),
    ("2024-09-06", "2024/9/6", "记-30", "付冷库工人工资", "王立军", "经营支出", 6000.00),
    ("2024-09-13", "2024/9/13", "记-31", "付中秋节慰问老党员物品", "沂南县惠民超市", "公益支出", 2640.00),
    ("2024-09-24", "2024/9/24", "记-32", "收土地流转服务费", "山东沂蒙田园农业发展有限公司", "其他收入", 5000.00),
    ("2024-10-08", "2024-10-08", "记-33", "收冷库租赁费（三季度）", "临沂丰禾果蔬专业合作社", "经营收入", 18000.00),
    ("2024-10-16", "2024-10-16", "记-34", "付村委会房屋修缮款", "沂南县宏远建筑工程有限公司", "管理费用", 19600.00),
    ("2024-10-25", "2024-10-25", "记-35", "付秋季秸秆禁烧巡查补助", "王守田", "公益支出", 1600.00),
    ("2024-11-04", "20241104", "记-36", "收荒山承包费", "刘成武", "发包收入", 4200.00),
    ("2024-11-15", "20241115", "记-37", "付冷库电费", "国网沂南县供电公司", "经营支出", 4128.90),
    ("2024-11-27", "20241127", "记-38", "付村务公开栏更换费", "沂南县艺彩广告有限公司", "管理费用", 2800.00),
    ("2024-12-05", "2024.12.5", "记-39", "收冷库租赁费（四季度）", "临沂丰禾果蔬专业合作社", "经营收入", 18000.00),
    ("2024-12-16", "2024.12.16", "记-40", "付冬季送温暖慰问金", "王秀英", "公益支出", 3000.00),
    ("2024-12-20", "2024.12.20", "记-41", "收存款利息", "沂南农商银行依汶支行", "其他收入", 188.62),
    ("2024-12-28", "2024.12.28", "记-42", "付年终会计代理服务费", "依汶镇农村经济经营管理站", "其他支出", 2400.00),
]


def file2_sheet(name, entries, bal_open, opening_label):
    sh = Sheet(name)
    ncol = 15
    sh.add(["王家庄村2024年收支明细账"] + [None] * (ncol - 1))
    sh.merge(1, 1, 1, ncol)
    sh.add(["单位名称：沂南县依汶镇王家庄村村民委员会", None, None, None, None, None, None, None, None, None, None, None, "金额单位：元"])
    r3 = sh.add(["日期", "凭证字号", "摘要", "往来单位", "收入", None, None, None, None, "支出", None, None, None, None, "结余"])
    r4 = sh.add([None, None, None, None, "合计"] + INC2 + ["合计"] + EXP2 + [None])
    for c in (1, 2, 3, 4, 15):
        sh.merge(r3, c, r4, c)
    sh.merge(r3, 5, r3, 9)
    sh.merge(r3, 10, r3, 14)
    bal = bal_open
    r = sh.add([None, None, opening_label, None] + [None] * 10 + [bal])
    add_nd(F2, name, r, opening_label)
    qi = qe = 0.0
    ti = te = 0.0
    quarter = None
    qnames = {1: "一", 2: "二", 3: "三", 4: "四"}
    for i, (iso, txt, v, s, cp, cat, amt) in enumerate(entries):
        q = (int(iso[5:7]) - 1) // 3 + 1
        if quarter is not None and q != quarter:
            r = sh.add([None, None, "%s季度小计" % qnames[quarter], None, round(qi, 2), None, None, None, None, round(qe, 2), None, None, None, None, round(bal, 2)])
            add_nd(F2, name, r, "季度小计")
            qi = qe = 0.0
        quarter = q
        row = [txt, v, s, cp] + [None] * 11
        amt_cell = amt
        if amt >= 10000 and amt == int(amt) and i % 2 == 0:
            amt_cell = "{:,.2f}".format(amt)  # typed as text with thousands separator
        if cat in INC2:
            row[4] = amt
            row[5 + INC2.index(cat)] = amt_cell
            bal += amt
            qi += amt
            ti += amt
            d = "in"
        else:
            row[9] = amt
            row[10 + EXP2.index(cat)] = amt_cell
            bal -= amt
            qe += amt
            te += amt
            d = "out"
        row[14] = round(bal, 2)
        r = sh.add(row)
        add_row(F2, name, r, "payment", V2, date=iso, amount=fmt_amt(amt), direction=d, counterparty=cp)
    r = sh.add([None, None, "%s季度小计" % qnames[quarter], None, round(qi, 2), None, None, None, None, round(qe, 2), None, None, None, None, round(bal, 2)])
    add_nd(F2, name, r, "季度小计")
    r = sh.add([None, None, "合计", None, round(ti, 2), None, None, None, None, round(te, 2), None, None, None, None, round(bal, 2)])
    add_nd(F2, name, r, "合计")
    return sh, bal


def file2():
    s1, bal = file2_sheet("上半年", E2a, 23518.60, "期初余额")
    r = s1.add([None, None, "过次页", None] + [None] * 10 + [round(bal, 2)])
    add_nd(F2, s1.name, r, "过次页")
    s2, bal2 = file2_sheet("下半年", E2b, round(bal, 2), "承前页")
    s2.add([])
    r = s2.add(["会计：张玉兰", None, None, "出纳：王秀芝", None, None, None, None, "村务监督委员会：刘德海"])
    add_nd(F2, s2.name, r, "签名")
    write_xls(os.path.join(FILES, F2), [s1, s2])


# ==========================================================================
# File 3: 江苏 陈庄村 2023 管理费用明细账（多栏式）+ 应付款明细账 .xlsx
# ==========================================================================
F3 = "陈庄村2023年明细账.xlsx"
V3 = "陈庄村"
MF = ["办公费", "差旅费", "水电费", "报酬", "招待费", "其他"]
# (date, voucher, 摘要, item, amount, counterparty, date as real date?)
E3 = [
    (dt.date(2023, 1, 6), "记-3", "购买打印纸、墨盒", "办公费", 635.00, None),
    (dt.date(2023, 1, 13), "记-7", "付村部电费 国网沭阳县供电公司", "水电费", 428.60, "国网沭阳县供电公司"),
    (dt.date(2023, 1, 20), "记-11", "发放村干部2022年四季度基本报酬", "报酬", 16800.00, None),
    (dt.date(2023, 2, 8), "记-14", "陈志刚赴宿迁参加培训差旅费", "差旅费", 520.00, "陈志刚"),
    (dt.date(2023, 2, 22), "记-18", "付水费 沭阳县自来水公司", "水电费", 186.00, "沭阳县自来水公司"),
    (dt.date(2023, 3, 3), "记-21", "购置档案盒、文件柜", "办公费", 1980.00, None),
    (dt.date(2023, 3, 17), "记-25", "接待县农业农村局检查工作餐", "招待费", 320.00, None),
    (dt.date(2023, 4, 10), "记-30", "发放村干部一季度基本报酬", "报酬", 16800.00, None),
    (dt.date(2023, 4, 14), "记-32", "付村部电费 国网沭阳县供电公司", "水电费", 512.30, "国网沭阳县供电公司"),
    (dt.date(2023, 4, 26), "记-36", "付宽带费 中国电信沭阳分公司", "其他", 1440.00, "中国电信沭阳分公司"),
    ("2023-05-09", "记-40", "周红梅报销到镇开会交通费", "差旅费", 96.00, "周红梅"),
    ("2023-05-19", "记-44", "购买党员学习资料", "办公费", 780.00, None),
    ("2023-06-02", "记-47", "付村部空调维修费 沭阳县华达家电维修部", "其他", 650.00, "沭阳县华达家电维修部"),
    ("2023-06-21", "记-52", "付村部电费 国网沭阳县供电公司", "水电费", 603.90, "国网沭阳县供电公司"),
    ("2023-07-07", "记-56", "发放村干部二季度基本报酬", "报酬", 16800.00, None),
    ("2023-07-25", "记-61", "接待镇巡察组工作餐", "招待费", 480.00, None),
    ("2023-08-11", "记-65", "陈志刚赴南京学习差旅费", "差旅费", 1365.00, "陈志刚"),
    ("2023-08-30", "记-70", "付村部电费 国网沭阳县供电公司", "水电费", 845.20, "国网沭阳县供电公司"),
    ("2023-09-15", "记-74", "购买复印机硒鼓", "办公费", 460.00, None),
    ("2023-10-10", "记-79", "发放村干部三季度基本报酬", "报酬", 16800.00, None),
    ("2023-10-27", "记-84", "付会计代理记账服务费", "其他", 1200.00, None),  # truth fix: 摘要 names no payee
    ("2023-11-16", "记-88", "付水费 沭阳县自来水公司", "水电费", 204.00, "沭阳县自来水公司"),
    ("2023-12-08", "记-93", "购买2024年台历、笔记本", "办公费", 890.00, None),
    ("2023-12-22", "记-97", "计提村干部四季度基本报酬", "报酬", 16800.00, None),
]


def file3():
    sh = Sheet("管理费用")
    ncol = 13
    sh.add(["管理费用明细账（多栏式）"] + [None] * (ncol - 1))
    sh.merge(1, 1, 1, ncol)
    sh.add(["单位：沭阳县扎下镇陈庄村股份经济合作社", None, None, None, None, None, None, "2023年度", None, None, None, "单位：元"])
    r3 = sh.add(["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额", "借方项目分析"] + [None] * 5)
    r4 = sh.add([None] * 7 + MF)
    for c in range(1, 8):
        sh.merge(r3, c, r4, c)
    sh.merge(r3, 8, r3, 13)
    bal = 0.0
    month = None
    mtot = 0.0
    ytot = 0.0
    for (d, v, s, item, amt, cp) in E3:
        m = d.month if isinstance(d, dt.date) else int(d[5:7])
        if month is not None and (m - 1) // 3 != (month - 1) // 3:
            r = sh.add([None, None, "本季合计", round(mtot, 2), None, "借", round(bal, 2)])
            add_nd(F3, sh.name, r, "本季合计")
            mtot = 0.0
        month = m
        bal += amt
        mtot += amt
        ytot += amt
        row = [d, v, s, amt, None, "借", round(bal, 2)] + [None] * 6
        row[7 + MF.index(item)] = amt
        r = sh.add(row)
        iso = d.isoformat() if isinstance(d, dt.date) else d
        add_row(F3, sh.name, r, "payment", V3, date=iso, amount=fmt_amt(amt), direction="out", counterparty=cp)
    r = sh.add([None, None, "本季合计", round(mtot, 2), None, "借", round(bal, 2)])
    add_nd(F3, sh.name, r, "本季合计")
    r = sh.add(["2023-12-31", "记-99", "期末结转本年收益", None, round(ytot, 2), "平", 0])
    add_nd(F3, sh.name, r, "期末结转（转账分录，非收付）")
    r = sh.add([None, None, "本年累计", round(ytot, 2), round(ytot, 2), "平", 0])
    add_nd(F3, sh.name, r, "本年累计")

    # --- 应付款明细账 ---
    s2 = Sheet("应付款")
    s2.add(["应付款明细账"] + [None] * 7)
    s2.merge(1, 1, 1, 8)
    s2.add(["科目：应付款          单位：元"])
    s2.add(["日期", "凭证号", "往来单位", "摘要", "借方金额", "贷方金额", "借或贷", "余额"])
    bal = 86400.00
    r = s2.add(["2023-01-01", None, None, "期初余额", None, None, "贷", bal])
    add_nd(F3, s2.name, r, "期初余额")
    E3b = [
        ("2023年2月16日", "2023-02-16", "记-16", "沭阳县恒通建筑工程有限公司", "支付2022年村部改造工程尾款", 42000.00, "D"),
        ("2023年3月9日", "2023-03-09", "记-23", "沭阳县绿洲农业机械有限公司", "支付旋耕机欠款", 18600.00, "D"),
        ("2023年5月30日", "2023-05-30", "记-46", "宿迁市润泽水利工程有限公司", "结算沟渠疏浚工程款（未付）", 96500.00, "C"),
        ("2023年6月15日", "2023-06-15", "记-50", "宿迁市润泽水利工程有限公司", "支付沟渠疏浚工程进度款", 50000.00, "D"),
        ("2023年8月3日", "2023-08-03", "记-63", "陈永祥", "借用陈永祥垫付修路材料款", 12800.00, "C"),
        ("2023年9月5日", "2023-09-05", "记-72", "陈永祥", "归还陈永祥垫付款", 12800.00, "D"),
        ("2023年10月18日", "2023-10-18", "记-82", "宿迁市润泽水利工程有限公司", "支付沟渠疏浚工程款", 41675.00, "D"),
        ("2023年11月2日", "2023-11-02", "记-86", "沭阳县恒通建筑工程有限公司", "结算村内道路硬化工程款", 138000.00, "C"),
        ("2023年11月24日", "2023-11-24", "记-90", "沭阳县恒通建筑工程有限公司", "支付村内道路硬化工程款", 100000.00, "D"),
        ("2023年12月26日", "2023-12-26", "记-98", "沭阳县恒通建筑工程有限公司", "支付村内道路硬化工程款", 31100.00, "D"),
    ]
    td = tc = 0.0
    for (txt, iso, v, cp, s, amt, side) in E3b:
        if side == "D":
            bal -= amt
            td += amt
            row = [txt, v, cp, s, amt, None, "贷" if bal > 0 else "平", round(bal, 2)]
            d = "out"
        else:
            bal += amt
            tc += amt
            row = [txt, v, cp, s, None, amt, "贷", round(bal, 2)]
            d = "in"  # debatable: credit to 应付款 is an accrual, no cash moves
        r = s2.add(row)
        add_row(F3, s2.name, r, "payment", V3, date=iso, amount=fmt_amt(amt), direction=d,
                counterparty=cp)
    r = s2.add([None, None, None, "本年合计", round(td, 2), round(tc, 2), "贷", round(bal, 2)])
    add_nd(F3, s2.name, r, "本年合计")
    r = s2.add(["记账：周红梅", None, None, "审核：陈志刚"])
    add_nd(F3, s2.name, r, "签名")
    write_xlsx(os.path.join(FILES, F3), [sh, s2])


# ==========================================================================
# File 4: 河南 张楼村 合同台账及两委名单 .xls — 合同台账 (万元 column, mixed dates,
# 起止 in one cell), 两委班子 list, 合同统计 (non-record).
# ==========================================================================
F4 = "张楼村合同台账及两委名单.xls"
V4 = "张楼村"
# (合同编号, 名称, 类别, 乙方, 金额万元, 签订日期 cell, iso, 起止, 方式, 备注)
C4 = [
    ("ZL-2022-01", "村内主街道路硬化工程施工合同", "工程", "虞城县通达路桥工程有限公司", 38.65, "2022年4月8日", "2022-04-08", "2022.4.15-2022.7.15", "公开招标", ""),
    ("ZL-2022-02", "东坑塘鱼塘承包合同", "发包", "张富贵", 0.6, "2022.3.1", "2022-03-01", "2022.3.1-2027.2.28", "公开竞价", "年承包金6000元"),
    ("ZL-2022-03", "村室办公设备采购合同", "采购", "虞城县鑫源商贸有限公司", 1.28, "20220516", "2022-05-16", "", "询价", ""),
    ("ZL-2022-04", "村庄保洁服务合同", "服务", "虞城县洁美环卫服务有限公司", 3.6, dt.date(2022, 6, 30), "2022-06-30", "2022.7.1-2023.6.30", "竞争性谈判", ""),
    ("ZL-2022-05", "排水沟渠修建工程合同", "工程", "商丘市宏昌建筑安装有限公司", 19.8, "2022年8月20日", "2022-08-20", "2022.9.1-2022.11.30", "村民代表会议议定", "一事一议"),
    ("ZL-2022-06", "排水沟渠附属工程合同", "工程", "商丘市宏昌建筑安装有限公司", 9.6, "2022年9月3日", "2022-09-03", "2022.9.10-2022.10.30", "直接发包", ""),
    ("ZL-2022-07", "集体厂房租赁合同", "租赁", "虞城县恒兴木业加工厂", 4.8, "2022.10.12", "2022-10-12", "2022.11.1-2032.10.31", "公开竞价", "年租金4.8万元"),
    ("ZL-2023-01", "文化广场建设工程施工合同", "工程", "虞城县通达路桥工程有限公司", 45.2, "2023年3月5日", "2023-03-05", "2023.3.20-2023.6.30", "公开招标", ""),
    ("ZL-2023-02", "路灯安装采购合同", "采购", "商丘市光耀照明工程有限公司", 6.75, "2023.4.12", "2023-04-12", "", "询价", ""),
    ("ZL-2023-03", "西岗荒地承包合同", "发包", "张保国", 0.35, dt.date(2023, 4, 28), "2023-04-28", "2023.5.1-2038.4.30", "协商", "15年，年承包金3500元"),
    ("ZL-2023-04", "文化广场绿化工程合同", "工程", "虞城县绿野园林绿化有限公司", 9.95, "20230618", "2023-06-18", "2023.6.20-2023.8.20", "直接发包", ""),
    ("ZL-2023-05", "文化广场健身器材采购合同", "采购", "商丘市康体体育用品有限公司", 4.36, "2023年7月2日", "2023-07-02", "", "询价", ""),
    ("ZL-2023-06", "村委会办公楼维修合同", "工程", "虞城县张集镇建筑队", 7.8, "2023.8.15", "2023-08-15", "2023.8.20-2023.9.30", "直接发包", "施工方负责人张建军系村委委员张建民之弟"),
    ("ZL-2023-07", "村庄保洁服务合同（续签）", "服务", "虞城县洁美环卫服务有限公司", 3.6, "2023年6月28日", "2023-06-28", "2023.7.1-2024.6.30", "续签", ""),
    ("ZL-2023-08", "机井维修合同", "工程", "虞城县通达路桥工程有限公司", 2.15, dt.date(2023, 10, 9), "2023-10-09", "", "直接发包", ""),
    ("ZL-2024-01", "村内次干道硬化工程施工合同", "工程", "虞城县通达路桥工程有限公司", 29.9, "2024年3月18日", "2024-03-18", "2024.4.1-2024.6.30", "邀请招标", ""),
    ("ZL-2024-02", "南洼机动地流转合同", "发包", "虞城县丰源种植专业合作社", 5.4, "2024.2.26", "2024-02-26", "2024.3.1-2029.2.28", "公开竞价", "120亩，年租金450元/亩"),
    ("ZL-2024-03", "监控设备采购安装合同", "采购", "商丘市安视达科技有限公司", 3.28, "20240415", "2024-04-15", "", "询价", ""),
]

CAD = [
    ("张建国", "男", "1968.03", "党支部书记、村委会主任", "高中", "13837016528"),
    ("李红英", "女", "1979.11", "党支部副书记", "大专", "15993042217"),
    ("张建民", "男", "1972.06", "村委委员、治保主任", "初中", "13503705146"),
    ("王秀兰", "女", "1981.02", "村委委员、妇联主席", "高中", "18837079932"),
    ("赵国强", "男", "1975.09", "支部委员", "高中", "13938861045"),
    ("张德胜", "男", "1963.12", "村务监督委员会主任", "初中", "13700708821"),
    ("刘卫东", "男", "1986.04", "村委委员", "本科", "15236712203"),
    ("张丽娜", "女", "1990.07", "报账员", "大专", "17638859260"),
    ("孙立军", "男", "1983.05", "支部委员、村委委员", "高中", "13461579038"),
]


def file4():
    sh = Sheet("合同台账")
    ncol = 11
    sh.add(["虞城县张集镇张楼村合同管理台账（2022-2024年）"] + [None] * (ncol - 1))
    sh.merge(1, 1, 1, ncol)
    sh.add(["填报单位：张楼村村民委员会（盖章）", None, None, None, None, None, None, None, "填报日期：2024年5月10日"])
    sh.add(["序号", "合同编号", "合同名称", "合同类别", "乙方（承包方）", "合同金额（万元）", "签订日期", "合同起止时间", "发包/采购方式", "备注", "经办人"])
    tot = 0.0
    for i, c in enumerate(C4, 1):
        (code, name, cat, cp, wan, dcell, iso, period, meth, note) = c
        r = sh.add([i, code, name, cat, cp, wan, dcell, period, meth, note, "张丽娜"])
        if isinstance(dcell, dt.date):
            sh.datefmt[(r, 7)] = "cn"
        tot += wan
        add_row(F4, sh.name, r, "contract", V4, counterparty=cp, amount=fmt_amt(wan * 10000), signed_on=iso)
    r = sh.add(["合计", None, None, None, None, round(tot, 2)])
    add_nd(F4, sh.name, r, "合计")
    r = sh.add(["说明：1.合同金额单位为万元；2.发包类合同金额为年承包金/年租金；3.本台账每季度更新一次。"])
    add_nd(F4, sh.name, r, "说明")
    r = sh.add(["制表人：张丽娜", None, None, None, "审核人：张建国"])
    add_nd(F4, sh.name, r, "签名")

    s2 = Sheet("两委班子")
    s2.add(["张楼村“两委”班子成员及村务监督委员会成员名单"] + [None] * 6)
    s2.merge(1, 1, 1, 7)
    s2.add(["序号", "姓名", "性别", "出生年月", "职务", "文化程度", "联系电话"])
    for i, (n, g, b, p, e, ph) in enumerate(CAD, 1):
        r = s2.add([i, n, g, b, p, e, ph])
        add_row(F4, s2.name, r, "cadre", V4, name=n, position=p)
    s2.add([])
    r = s2.add(["注：张建国同志“一肩挑”；名单截至2024年4月。"])
    add_nd(F4, s2.name, r, "注")

    s3 = Sheet("合同统计")
    s3.add(["合同分类统计"])
    s3.add(["合同类别", "份数", "金额（万元）"])
    stats = {}
    for c in C4:
        a = stats.setdefault(c[2], [0, 0.0])
        a[0] += 1
        a[1] += c[4]
    for k in ["工程", "发包", "采购", "服务", "租赁"]:
        r = s3.add([k, stats[k][0], round(stats[k][1], 2)])
        add_nd(F4, s3.name, r, "统计表（非记录）")
    r = s3.add(["合计", len(C4), round(sum(c[4] for c in C4), 2)])
    add_nd(F4, s3.name, r, "统计表合计")
    write_xls(os.path.join(FILES, F4), [sh, s2, s3])


if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
    print("data rows:", len(TRUTH["rows"]), "non_data:", len(TRUTH["non_data"]))
