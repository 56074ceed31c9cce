# -*- coding: utf-8 -*-
"""Blind test set qa121: ledgers living beside Excel analysis sheets
(pivot output, 分类汇总 with outline levels, chart-only sheets, filtered
view copies with hidden rows, SUMIF 汇总 sheets).  Deterministic."""
import datetime as dt
import json
import os
import random

import openpyxl
import xlwt
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

R = random.Random(121)
ROWS, NON = [], []


def truth(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.strftime("%Y-%m-%d")


def datetext(d, style):
    """Return the cell value for date d in a given written style."""
    if style == 0:
        return dt.datetime(d.year, d.month, d.day)
    if style == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 2:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 3:
        return int(d.strftime("%Y%m%d"))
    if style == 4:
        return f"{d.year}/{d.month}/{d.day}"
    return d.strftime("%Y-%m-%d")


BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)

# ---------------------------------------------------------------------------
# File A: 青石镇2023年村级合同台账.xlsx — ledger + pivot + chartsheet + filtered copy
# ---------------------------------------------------------------------------
FA = "青石镇2023年村级合同台账.xlsx"
villages = ["东坡村", "柳河村", "石桥村", "杨家湾村", "青龙村"]
contract_specs = [
    ("工程", "村道硬化工程施工合同", "浙江宏达建设有限公司"),
    ("工程", "文化礼堂修缮工程合同", "临安市恒通市政工程有限公司"),
    ("工程", "山塘清淤加固工程合同", "安吉县顺达水利工程有限公司"),
    ("采购", "路灯采购及安装合同", "杭州明辉照明电器有限公司"),
    ("服务", "村庄保洁服务合同", "青石镇洁美物业服务有限公司"),
    ("工程", "农田水渠改造工程合同", "湖州建业路桥工程有限公司"),
    ("采购", "办公设备采购合同", "青石镇永兴建材经营部"),
    ("服务", "村级财务代理记账服务合同", "湖州诚信会计服务有限公司"),
    ("工程", "公厕改造工程合同", "浙江宏达建设有限公司"),
    ("租赁", "村委会旧办公楼出租合同", "周德明"),
    ("工程", "排水管网维修合同", "临安市恒通市政工程有限公司"),
    ("采购", "垃圾分类设施采购合同", "杭州绿源环保科技有限公司"),
    ("工程", "绿化提升工程合同", "杭州绿源园林绿化有限公司"),
    ("租赁", "老粮站仓库出租合同", "德清县金土地农业开发有限公司"),
    ("服务", "监控系统维保合同", "湖州天网安防工程有限公司"),
]
a_rows = []
for i in range(30):
    cat, title, cp = contract_specs[i % len(contract_specs)]
    v = villages[i % 5]
    if cat == "工程":
        amt = R.randrange(3800000, 39800000) / 100.0
        amt = round(amt / 10) * 10.0
    elif cat == "租赁":
        amt = float(R.randrange(12, 96) * 1000)
    else:
        amt = float(R.randrange(8000, 98000))
    d = dt.date(2023, 1, 1) + dt.timedelta(days=R.randrange(0, 360))
    method = {"工程": ["竞争性比选", "邀请招标", "直接发包"][i % 3], "采购": "询价",
              "服务": "直接委托", "租赁": "公开竞价"}[cat]
    a_rows.append(dict(v=v, code=f"QS2023-HT{i + 1:03d}", title=v + title, cat=cat,
                       cp=cp, amt=amt, d=d, method=method, style=i % 5))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "合同台账"
ws["A1"] = "青石镇2023年村级合同台账"
ws["A1"].font = TITLE
ws.merge_cells("A1:J1")
ws["A2"] = "填报单位：青石镇农村集体三资服务中心"
ws["H2"] = "单位：元"
hdr = ["序号", "村别", "合同编号", "合同名称", "合同类别", "乙方（对方单位）", "合同金额", "签订日期", "采购方式", "备注"]
for c, h in enumerate(hdr, 1):
    ws.cell(3, c, h).font = BOLD
r = 4
for i, x in enumerate(a_rows):
    amt_cell = x["amt"]
    if i % 7 == 3:
        amt_cell = "¥{:,.2f}".format(x["amt"])
    vals = [i + 1, x["v"], x["code"], x["title"], x["cat"], x["cp"], amt_cell,
            datetext(x["d"], x["style"]), x["method"], "已备案" if i % 4 == 0 else None]
    for c, val in enumerate(vals, 1):
        cell = ws.cell(r, c, val)
        if isinstance(val, dt.datetime):
            cell.number_format = "yyyy-mm-dd"
    x["row"] = r
    truth(FA, "合同台账", r, "contract", x["v"], counterparty=x["cp"], amount=x["amt"],
          signed_on=iso(x["d"]))
    r += 1
last = r - 1
ws.cell(r, 1, "合计")
ws.cell(r, 7, f"=SUM(G4:G{last})")
non(FA, "合同台账", r, "合计")
r += 2
ws.cell(r, 1, "制表人：王丽娟")
ws.cell(r, 5, "审核人：陈建国")
ws.cell(r, 8, "2024年1月10日")
non(FA, "合同台账", r, "制表人/审核人")
ws.auto_filter.ref = f"A3:J{last}"
for col, w in zip("ABCDEFGHIJ", [6, 10, 16, 34, 10, 30, 14, 14, 12, 10]):
    ws.column_dimensions[col].width = w

# pivot output (plain cells, as Excel's compact layout looks)
pv = wb.create_sheet("数据透视表")
pv["A1"] = "合同类别"
pv["B1"] = "(全部)"
non(FA, "数据透视表", 1, "透视表筛选字段")
pv["A3"] = "行标签"
pv["B3"] = "求和项:合同金额"
pv["C3"] = "计数项:合同编号"
pv["D3"] = "平均值项:合同金额"
pr = 4
tot = 0.0
for v in villages:
    s = [x["amt"] for x in a_rows if x["v"] == v and not isinstance(x["amt"], str)]
    pv.cell(pr, 1, v)
    pv.cell(pr, 2, round(sum(s), 2))
    pv.cell(pr, 3, len(s))
    pv.cell(pr, 4, round(sum(s) / len(s), 2))
    tot += sum(s)
    non(FA, "数据透视表", pr, "透视表行：" + v)
    pr += 1
pv.cell(pr, 1, "总计").font = BOLD
pv.cell(pr, 2, round(tot, 2))
pv.cell(pr, 3, len(a_rows))
pv.cell(pr, 4, round(tot / len(a_rows), 2))
non(FA, "数据透视表", pr, "透视表总计")
pivot_end = pr
# second pivot below: by category
pr += 3
pv.cell(pr, 1, "行标签")
pv.cell(pr, 2, "求和项:合同金额")
pv.cell(pr, 3, "计数项:乙方（对方单位）")
non(FA, "数据透视表", pr, "第二个透视表表头")
pr += 1
for cat in ["工程", "采购", "服务", "租赁"]:
    s = [x["amt"] for x in a_rows if x["cat"] == cat]
    pv.cell(pr, 1, cat)
    pv.cell(pr, 2, round(sum(s), 2))
    pv.cell(pr, 3, len(s))
    non(FA, "数据透视表", pr, "透视表行：" + cat)
    pr += 1
pv.cell(pr, 1, "总计")
pv.cell(pr, 2, round(tot, 2))
pv.cell(pr, 3, len(a_rows))
non(FA, "数据透视表", pr, "透视表总计")

cs = wb.create_chartsheet("图表")
ch = BarChart()
ch.title = "各村合同金额"
ch.add_data(Reference(pv, min_col=2, min_row=3, max_row=pivot_end - 1), titles_from_data=True)
ch.set_categories(Reference(pv, min_col=1, min_row=4, max_row=pivot_end - 1))
cs.add_chart(ch)

# filtered view copy: only 工程 visible
fv = wb.create_sheet("筛选-工程类")
fv["A1"] = "青石镇2023年村级合同台账（筛选：工程类）"
fv["H2"] = "单位：元"
for c, h in enumerate(hdr, 1):
    fv.cell(3, c, h).font = BOLD
r = 4
for i, x in enumerate(a_rows):
    vals = [i + 1, x["v"], x["code"], x["title"], x["cat"], x["cp"], x["amt"],
            dt.datetime(x["d"].year, x["d"].month, x["d"].day), x["method"], None]
    for c, val in enumerate(vals, 1):
        cell = fv.cell(r, c, val)
        if c == 8:
            cell.number_format = "yyyy-mm-dd"
    if x["cat"] != "工程":
        fv.row_dimensions[r].hidden = True
    non(FA, "筛选-工程类", r, "筛选视图副本（重复台账行%s%s）" % (x["row"], "，隐藏" if x["cat"] != "工程" else ""))
    r += 1
fv.auto_filter.ref = f"A3:J{r - 1}"
fv.auto_filter.add_filter_column(4, ["工程"])
wb.save(os.path.join(FILES, FA))

# ---------------------------------------------------------------------------
# File B: 柳河村2023年收支明细账.xls (BIFF) — ledger + 分类汇总 copy + 透视表
# ---------------------------------------------------------------------------
FB = "柳河村2023年收支明细账.xls"
VB = "柳河村"
b_items = [
    # (account, summary, counterparty, direction, lo, hi)
    ("发包及上交收入", "收到鱼塘承包金", "李国强", "in", 8000, 30000),
    ("经营收入", "收到厂房租金", "湖州佳美服饰有限公司", "in", 20000, 60000),
    ("补助收入", "收到镇财政拨付村级运转经费", "青石镇财政所", "in", 30000, 90000),
    ("管理费用", "支付村干部误工补贴", "王建平", "out", 1500, 4000),
    ("管理费用", "购买办公用品", "青石镇永兴建材经营部", "out", 300, 2500),
    ("公益支出", "支付村庄保洁费", "青石镇洁美物业服务有限公司", "out", 3000, 9000),
    ("在建工程", "支付村道硬化工程进度款", "浙江宏达建设有限公司", "out", 30000, 150000),
    ("其他支出", "支付电费", "国网湖州供电公司", "out", 800, 3000),
    ("其他收入", "收到银行存款利息", None, "in", 50, 900),
    ("应付款", "支付路灯维修款", "杭州明辉照明电器有限公司", "out", 2000, 12000),
]
b_rows = []
vno = 0
for m in range(1, 5):
    days = sorted(R.sample(range(2, 28), 10))
    for k in range(10):
        acc, summ, cp, dirn, lo, hi = b_items[(k + m * 3) % 10]
        amt = round(R.randrange(lo * 100, hi * 100) / 100.0, 2) if acc not in ("在建工程",) else float(R.randrange(lo // 100, hi // 100) * 100)
        vno += 1
        b_rows.append(dict(d=dt.date(2023, m, days[k]), v=f"记-{vno:03d}", s=summ, acc=acc, cp=cp,
                           dirn=dirn, amt=amt, h=["张桂芳", "刘明", "王建平"][k % 3]))

bw = xlwt.Workbook(encoding="utf-8")
sh = bw.add_sheet("收支明细")
st_title = xlwt.easyxf("font: bold on, height 320; align: horiz centre")
st_bold = xlwt.easyxf("font: bold on")
st_date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
st_money = xlwt.easyxf(num_format_str="#,##0.00")
sh.write_merge(0, 0, 0, 7, "柳河村股份经济合作社2023年收支明细账", st_title)
sh.write(1, 0, "核算单位：柳河村股份经济合作社")
sh.write(1, 6, "单位：元")
hb = ["日期", "凭证号", "摘要", "会计科目", "对方单位", "收入金额", "支出金额", "经手人"]
for c, h in enumerate(hb):
    sh.write(2, c, h, st_bold)
row0 = 3  # 0-based
sh.write(row0, 2, "上年结转")
sh.write(row0, 5, 186420.55, st_money)
non(FB, "收支明细", row0 + 1, "上年结转")
row0 += 1
ytd_in = ytd_out = 0.0
for m in range(1, 5):
    mi = mo = 0.0
    for x in [y for y in b_rows if y["d"].month == m]:
        if m in (1, 3):
            sh.write(row0, 0, dt.datetime(x["d"].year, m, x["d"].day), st_date)
        elif m == 2:
            sh.write(row0, 0, f"2023.{m}.{x['d'].day}")
        else:
            sh.write(row0, 0, f"2023年{m}月{x['d'].day}日")
        sh.write(row0, 1, x["v"])
        sh.write(row0, 2, x["s"])
        sh.write(row0, 3, x["acc"])
        if x["cp"]:
            sh.write(row0, 4, x["cp"])
        sh.write(row0, 5 if x["dirn"] == "in" else 6, x["amt"], st_money)
        sh.write(row0, 7, x["h"])
        if x["dirn"] == "in":
            mi += x["amt"]
        else:
            mo += x["amt"]
        truth(FB, "收支明细", row0 + 1, "payment", VB, date=iso(x["d"]), amount=x["amt"],
              direction=x["dirn"], counterparty=x["cp"])
        row0 += 1
    ytd_in += mi
    ytd_out += mo
    sh.write(row0, 2, "本月合计", st_bold)
    sh.write(row0, 5, round(mi, 2), st_money)
    sh.write(row0, 6, round(mo, 2), st_money)
    non(FB, "收支明细", row0 + 1, "本月合计")
    row0 += 1
    sh.write(row0, 2, "本年累计", st_bold)
    sh.write(row0, 5, round(ytd_in, 2), st_money)
    sh.write(row0, 6, round(ytd_out, 2), st_money)
    non(FB, "收支明细", row0 + 1, "本年累计")
    row0 += 1
row0 += 1
sh.write(row0, 0, "会计：张桂芳")
sh.write(row0, 3, "出纳：刘明")
sh.write(row0, 5, "村务监督委员会主任：孙海林")
non(FB, "收支明细", row0 + 1, "签名")

# 分类汇总 copy by 会计科目, collapsed to level 2
sg = bw.add_sheet("分类汇总")
sg.write(0, 0, "柳河村2023年1-4月收支按科目分类汇总", st_bold)
for c, h in enumerate(hb):
    sg.write(1, c, h, st_bold)
rr = 2
accs = []
for x in b_rows:
    if x["acc"] not in accs:
        accs.append(x["acc"])
for acc in accs:
    for x in [y for y in b_rows if y["acc"] == acc]:
        sg.write(rr, 0, dt.datetime(x["d"].year, x["d"].month, x["d"].day), st_date)
        sg.write(rr, 1, x["v"])
        sg.write(rr, 2, x["s"])
        sg.write(rr, 3, x["acc"])
        if x["cp"]:
            sg.write(rr, 4, x["cp"])
        sg.write(rr, 5 if x["dirn"] == "in" else 6, x["amt"], st_money)
        sg.write(rr, 7, x["h"])
        sg.row(rr).level = 2
        sg.row(rr).hidden = True
        non(FB, "分类汇总", rr + 1, "分类汇总副本明细行（已折叠隐藏）")
        rr += 1
    si = sum(y["amt"] for y in b_rows if y["acc"] == acc and y["dirn"] == "in")
    so = sum(y["amt"] for y in b_rows if y["acc"] == acc and y["dirn"] == "out")
    sg.write(rr, 3, acc + " 汇总", st_bold)
    sg.write(rr, 5, round(si, 2), st_money)
    sg.write(rr, 6, round(so, 2), st_money)
    sg.row(rr).level = 1
    non(FB, "分类汇总", rr + 1, acc + " 汇总")
    rr += 1
sg.write(rr, 3, "总计", st_bold)
sg.write(rr, 5, round(ytd_in, 2), st_money)
sg.write(rr, 6, round(ytd_out, 2), st_money)
non(FB, "分类汇总", rr + 1, "总计")

# pivot by account
sp = bw.add_sheet("数据透视表")
sp.write(0, 0, "经手人")
sp.write(0, 1, "(全部)")
non(FB, "数据透视表", 1, "透视表筛选字段")
for c, h in enumerate(["行标签", "求和项:收入金额", "求和项:支出金额", "计数项:凭证号"]):
    sp.write(2, c, h, st_bold)
rr = 3
for acc in accs:
    si = sum(y["amt"] for y in b_rows if y["acc"] == acc and y["dirn"] == "in")
    so = sum(y["amt"] for y in b_rows if y["acc"] == acc and y["dirn"] == "out")
    sp.write(rr, 0, acc)
    if si:
        sp.write(rr, 1, round(si, 2), st_money)
    if so:
        sp.write(rr, 2, round(so, 2), st_money)
    sp.write(rr, 3, len([y for y in b_rows if y["acc"] == acc]))
    non(FB, "数据透视表", rr + 1, "透视表行：" + acc)
    rr += 1
sp.write(rr, 0, "总计", st_bold)
sp.write(rr, 1, round(ytd_in, 2), st_money)
sp.write(rr, 2, round(ytd_out, 2), st_money)
sp.write(rr, 3, len(b_rows))
non(FB, "数据透视表", rr + 1, "透视表总计")
bw.save(os.path.join(FILES, FB))

# ---------------------------------------------------------------------------
# File C: 青石镇各村固定资产台账.xlsx — ledger with Excel 分类汇总 rows
# (outline levels) + SUMIF 汇总 sheet + chart-only worksheet
# ---------------------------------------------------------------------------
FC = "青石镇各村固定资产台账.xlsx"
asset_specs = [
    ("村委会办公楼", "房屋及建筑物", "村委会", 400000, 1600000),
    ("文化礼堂", "房屋及建筑物", "村中心", 500000, 2000000),
    ("联想台式电脑", "办公设备", "村委会办公室", 3500, 6800),
    ("打印复印一体机", "办公设备", "村委会办公室", 2800, 9000),
    ("垃圾清运车", "交通运输设备", "村委会院内", 60000, 150000),
    ("村级公厕", "构筑物", "村口", 80000, 260000),
    ("监控设备", "专用设备", "主要路口", 20000, 90000),
    ("健身器材", "专用设备", "村文化广场", 15000, 48000),
]
c_villages = ["东坡村", "石桥村", "杨家湾村", "青龙村"]
cw = openpyxl.Workbook()
cs1 = cw.active
cs1.title = "资产台账"
cs1["A1"] = "青石镇各村集体固定资产台账"
cs1["A1"].font = TITLE
cs1.merge_cells("A1:H1")
cs1["A2"] = "截至2023年12月31日"
cs1["G2"] = "单位：元"
hc = ["资产编号", "村别", "资产名称", "类别", "原值", "购置日期", "使用状况", "存放地点"]
for c, h in enumerate(hc, 1):
    cs1.cell(3, c, h).font = BOLD
r = 4
n = 0
c_rows = []
for vi, v in enumerate(c_villages):
    start = r
    cnt = [8, 7, 8, 7][vi]
    for k in range(cnt):
        name, cat, loc, lo, hi = asset_specs[(k + vi) % len(asset_specs)]
        n += 1
        amt = float(R.randrange(lo, hi)) if lo > 10000 else round(R.randrange(lo * 100, hi * 100) / 100.0, 2)
        d = dt.date(2012 + (n * 7) % 12, 1 + (n * 5) % 12, 1 + (n * 11) % 28)
        style = n % 4
        dv = datetext(d, [0, 2, 1, 5][style])
        vals = [f"ZC-{['DP', 'SQ', 'YJW', 'QL'][vi]}-{k + 1:03d}", v, name, cat, amt, dv,
                ["在用", "在用", "闲置", "出租"][k % 4], v + loc]
        for c, val in enumerate(vals, 1):
            cell = cs1.cell(r, c, val)
            if isinstance(val, dt.datetime):
                cell.number_format = "yyyy/m/d"
        cs1.row_dimensions[r].outline_level = 2
        truth(FC, "资产台账", r, "asset", v, name=name, amount=amt, acquired_on=iso(d))
        c_rows.append((v, amt))
        r += 1
    cs1.cell(r, 2, f"{v} 汇总").font = BOLD
    cs1.cell(r, 5, f"=SUBTOTAL(9,E{start}:E{r - 1})")
    cs1.row_dimensions[r].outline_level = 1
    non(FC, "资产台账", r, f"{v} 汇总（分类汇总行）")
    r += 1
cs1.cell(r, 2, "总计").font = BOLD
cs1.cell(r, 5, f"=SUBTOTAL(9,E4:E{r - 1})")
non(FC, "资产台账", r, "总计")
c_last = r
r += 2
cs1.cell(r, 1, "说明：1. 原值以入账凭证为准；2. 闲置资产须于2024年3月底前提出处置方案。")
non(FC, "资产台账", r, "说明")
r += 1
cs1.cell(r, 1, "制表人：何晓燕")
cs1.cell(r, 4, "审核人：陈建国")
non(FC, "资产台账", r, "签名")
cs1.sheet_properties.outlinePr.summaryBelow = True

hz = cw.create_sheet("汇总")
hz["A1"] = "各村固定资产汇总（公式）"
hz["A2"] = "村别"
hz["B2"] = "资产原值合计"
hz["C2"] = "资产件数"
hz["D2"] = "其中闲置件数"
rr = 3
for v in c_villages:
    hz.cell(rr, 1, v)
    hz.cell(rr, 2, f"=SUMIF(资产台账!$B$4:$B${c_last},A{rr},资产台账!$E$4:$E${c_last})")
    hz.cell(rr, 3, f"=COUNTIF(资产台账!$B$4:$B${c_last},A{rr})")
    hz.cell(rr, 4, f'=COUNTIFS(资产台账!$B$4:$B${c_last},A{rr},资产台账!$G$4:$G${c_last},"闲置")')
    non(FC, "汇总", rr, "SUMIF公式行：" + v)
    rr += 1
hz.cell(rr, 1, "合计")
hz.cell(rr, 2, f"=SUM(B3:B{rr - 1})")
hz.cell(rr, 3, f"=SUM(C3:C{rr - 1})")
hz.cell(rr, 4, f"=SUM(D3:D{rr - 1})")
non(FC, "汇总", rr, "合计")

gc = cw.create_sheet("图表")
pie = PieChart()
pie.title = "各村资产原值占比"
pie.add_data(Reference(hz, min_col=2, min_row=2, max_row=6), titles_from_data=True)
pie.set_categories(Reference(hz, min_col=1, min_row=3, max_row=6))
gc.add_chart(pie, "B2")
cw.save(os.path.join(FILES, FC))

# ---------------------------------------------------------------------------
# File D: 青石镇2023年下半年村级收支明细（平台导出）.xlsx — platform export
# + pivot by village/payee + filtered view with hidden rows + chartsheet
# ---------------------------------------------------------------------------
FD = "青石镇2023年下半年村级收支明细（平台导出）.xlsx"
d_villages = ["东坡村", "石桥村", "杨家湾村"]
d_items = [
    ("支付村道硬化工程款", "支出", "浙江宏达建设有限公司", 20000, 180000, "转账"),
    ("支付保洁人员工资", "支出", "沈月英", 1800, 3600, "现金"),
    ("收到土地流转租金", "收入", "德清县金土地农业开发有限公司", 15000, 80000, "转账"),
    ("支付监控维保费", "支出", "湖州天网安防工程有限公司", 2000, 9800, "转账"),
    ("支付山塘清淤工程款", "支出", "安吉县顺达水利工程有限公司", 25000, 120000, "转账"),
    ("收到上级补助资金", "收入", "青石镇财政所", 20000, 100000, "转账"),
    ("支付招待费", "支出", "青石镇老街饭店", 600, 4800, "现金"),
    ("收到厂房租金", "收入", "湖州佳美服饰有限公司", 18000, 45000, "转账"),
    ("支付绿化苗木款", "支出", "杭州绿源园林绿化有限公司", 5000, 60000, "转账"),
    ("支付手续费", "支出", None, 10, 200, "转账"),
]
d_rows = []
for i in range(30):
    s, t, cp, lo, hi, meth = d_items[(i * 3) % 10]
    v = d_villages[i % 3]
    d = dt.date(2023, 7, 1) + dt.timedelta(days=i * 6 + R.randrange(0, 5))
    amt = round(R.randrange(lo * 100, hi * 100) / 100.0, 2)
    d_rows.append(dict(v=v, d=d, vno=f"记-{100 + i}", s=s, t=t, cp=cp, amt=amt, meth=meth))
dw = openpyxl.Workbook()
d1 = dw.active
d1.title = "收支明细"
hd = ["序号", "单位名称", "记账日期", "凭证号", "摘要", "收支类型", "对方户名", "金额(元)", "结算方式"]
for c, h in enumerate(hd, 1):
    d1.cell(1, c, h).font = BOLD
r = 2
for i, x in enumerate(d_rows):
    vals = [i + 1, f"青石镇{x['v']}股份经济合作社", x["d"].strftime("%Y-%m-%d"), x["vno"], x["s"],
            x["t"], x["cp"], "{:,.2f}".format(x["amt"]), x["meth"]]
    for c, val in enumerate(vals, 1):
        d1.cell(r, c, val)
    truth(FD, "收支明细", r, "payment", x["v"], date=iso(x["d"]), amount=x["amt"],
          direction="in" if x["t"] == "收入" else "out", counterparty=x["cp"])
    r += 1
d_last = r - 1
d1.cell(r, 1, "合计")
d1.cell(r, 8, "{:,.2f}".format(sum(x["amt"] for x in d_rows)))
non(FD, "收支明细", r, "合计")
r += 1
d1.cell(r, 1, "导出时间：2024-01-05 09:32:17  导出人：qsz_admin")
non(FD, "收支明细", r, "导出信息")
d1.auto_filter.ref = f"A1:I{d_last}"

p2 = dw.create_sheet("透视-按对方户名")
p2["A1"] = "收支类型"
p2["B1"] = "支出"
non(FD, "透视-按对方户名", 1, "透视表筛选字段")
p2["A3"] = "行标签"
p2["B3"] = "求和项:金额(元)"
p2["C3"] = "计数项:凭证号"
non(FD, "透视-按对方户名", 3, "透视表表头")
rr = 4
gt = 0.0
gc_ = 0
for v in d_villages:
    xs = [x for x in d_rows if x["v"] == v and x["t"] == "支出"]
    p2.cell(rr, 1, f"青石镇{v}股份经济合作社").font = BOLD
    p2.cell(rr, 2, round(sum(x["amt"] for x in xs), 2))
    p2.cell(rr, 3, len(xs))
    non(FD, "透视-按对方户名", rr, "透视表村级小计")
    rr += 1
    cps = []
    for x in xs:
        if x["cp"] not in cps:
            cps.append(x["cp"])
    for cp in cps:
        ys = [x for x in xs if x["cp"] == cp]
        cell = p2.cell(rr, 1, cp if cp else "(空白)")
        cell.alignment = Alignment(indent=1)
        p2.cell(rr, 2, round(sum(x["amt"] for x in ys), 2))
        p2.cell(rr, 3, len(ys))
        non(FD, "透视-按对方户名", rr, "透视表明细项：" + (cp or "(空白)"))
        rr += 1
    gt += sum(x["amt"] for x in xs)
    gc_ += len(xs)
p2.cell(rr, 1, "总计").font = BOLD
p2.cell(rr, 2, round(gt, 2))
p2.cell(rr, 3, gc_)
non(FD, "透视-按对方户名", rr, "总计")

f2 = dw.create_sheet("筛选视图(万元以上)")
for c, h in enumerate(hd, 1):
    f2.cell(1, c, h).font = BOLD
r = 2
for i, x in enumerate(d_rows):
    vals = [i + 1, f"青石镇{x['v']}股份经济合作社", x["d"].strftime("%Y-%m-%d"), x["vno"], x["s"],
            x["t"], x["cp"], x["amt"], x["meth"]]
    for c, val in enumerate(vals, 1):
        f2.cell(r, c, val)
    hidden = x["amt"] < 10000
    if hidden:
        f2.row_dimensions[r].hidden = True
    non(FD, "筛选视图(万元以上)", r, "筛选视图副本（重复收支明细第%d行%s）" % (r, "，隐藏" if hidden else ""))
    r += 1
f2.auto_filter.ref = f"A1:I{r - 1}"
f2.auto_filter.add_custom_filter(7, ">=", 10000) if hasattr(f2.auto_filter, "add_custom_filter") else None

cs2 = dw.create_chartsheet("支出图")
bc = BarChart()
bc.title = "支出按对方户名"
bc.add_data(Reference(p2, min_col=2, min_row=3, max_row=rr - 1), titles_from_data=True)
bc.set_categories(Reference(p2, min_col=1, min_row=4, max_row=rr - 1))
cs2.add_chart(bc)
dw.save(os.path.join(FILES, FD))

# ---------------------------------------------------------------------------
# File E: 东坡村2022年合同及资产台账.xls — 合同 (万元, 小计 by category),
# 资产, 数据透视
# ---------------------------------------------------------------------------
FE = "东坡村2022年合同及资产台账.xls"
VE = "东坡村"
e_contracts = [
    ("工程", "东坡村村道拓宽工程", "浙江宏达建设有限公司", 38.65, dt.date(2022, 3, 18)),
    ("工程", "东坡村文化礼堂屋面翻修", "临安市恒通市政工程有限公司", 9.8, dt.date(2022, 4, 2)),
    ("工程", "东坡村排水沟渠改造", "浙江宏达建设有限公司", 19.96, dt.date(2022, 5, 20)),
    ("工程", "东坡村停车场硬化", "湖州建业路桥工程有限公司", 27.3, dt.date(2022, 8, 9)),
    ("工程", "东坡村公厕提升改造", "浙江宏达建设有限公司", 4.95, dt.date(2022, 10, 11)),
    ("采购", "路灯及配件采购", "杭州明辉照明电器有限公司", 6.28, dt.date(2022, 2, 25)),
    ("采购", "垃圾分类亭采购", "杭州绿源环保科技有限公司", 3.45, dt.date(2022, 6, 14)),
    ("采购", "村委会空调采购", "青石镇永兴建材经营部", 1.86, dt.date(2022, 7, 7)),
    ("租赁", "老粮站仓库出租", "德清县金土地农业开发有限公司", 4.2, dt.date(2022, 1, 10)),
    ("租赁", "村东鱼塘承包", "李国强", 1.5, dt.date(2022, 1, 15)),
    ("租赁", "沿街店面出租", "吴小燕", 2.64, dt.date(2022, 9, 1)),
    ("租赁", "旧村小学校舍出租", "湖州佳美服饰有限公司", 6.0, dt.date(2022, 12, 28)),
]
ew = xlwt.Workbook(encoding="utf-8")
e1 = ew.add_sheet("合同")
e1.write_merge(0, 0, 0, 6, "东坡村2022年合同台账", st_title)
e1.write(1, 0, "村(社区)：东坡村")
e1.write(1, 5, "单位：万元")
he = ["序号", "合同类别", "合同名称", "对方单位", "合同金额", "签订时间", "备注"]
for c, h in enumerate(he):
    e1.write(2, c, h, st_bold)
rr = 3
seq = 0
for cat in ["工程", "采购", "租赁"]:
    tot_c = 0.0
    for j, (ct, name, cp, wan, d) in enumerate([x for x in e_contracts if x[0] == cat]):
        seq += 1
        e1.write(rr, 0, seq)
        e1.write(rr, 1, cat + "类")
        e1.write(rr, 2, name)
        e1.write(rr, 3, cp)
        e1.write(rr, 4, wan)
        if seq % 3 == 0:
            e1.write(rr, 5, f"{d.year}年{d.month}月{d.day}日")
        elif seq % 3 == 1:
            e1.write(rr, 5, dt.datetime(d.year, d.month, d.day), st_date)
        else:
            e1.write(rr, 5, f"{d.year}.{d.month:02d}.{d.day:02d}")
        if cat == "租赁":
            e1.write(rr, 6, "年租金")
        tot_c += wan
        truth(FE, "合同", rr + 1, "contract", VE, counterparty=cp, amount=round(wan * 10000, 2),
              signed_on=iso(d))
        rr += 1
    e1.write(rr, 1, cat + "类 小计", st_bold)
    e1.write(rr, 4, round(tot_c, 2))
    non(FE, "合同", rr + 1, "小计")
    rr += 1
e1.write(rr, 1, "合计", st_bold)
e1.write(rr, 4, round(sum(x[3] for x in e_contracts), 2))
non(FE, "合同", rr + 1, "合计")
rr += 2
e1.write(rr, 0, "注：租赁类合同金额为年租金。")
non(FE, "合同", rr + 1, "注")

e2 = ew.add_sheet("资产")
e2.write_merge(0, 0, 0, 6, "东坡村2022年新增固定资产登记表", st_title)
e2.write(1, 5, "单位：元")
ha = ["资产编号", "资产名称", "规格型号", "数量", "原值", "购建时间", "保管人"]
for c, h in enumerate(ha):
    e2.write(2, c, h, st_bold)
e_assets = [
    ("DP2022-01", "村道拓宽工程(转固)", "", 1, 386500.0, dt.date(2022, 9, 30), "村委会"),
    ("DP2022-02", "LED路灯", "60W", 42, 62800.0, dt.date(2022, 4, 12), "周德明"),
    ("DP2022-03", "垃圾分类亭", "3m×2m", 5, 34500.0, dt.date(2022, 7, 1), "沈月英"),
    ("DP2022-04", "格力柜式空调", "3匹", 2, 18600.0, dt.date(2022, 7, 20), "王丽娟"),
    ("DP2022-05", "联想台式电脑", "启天M437", 3, 14850.0, dt.date(2022, 3, 3), "王丽娟"),
    ("DP2022-06", "停车场", "1200平方米", 1, 273000.0, dt.date(2022, 12, 15), "村委会"),
    ("DP2022-07", "排水沟渠", "860米", 1, 199600.0, dt.date(2022, 11, 8), "村委会"),
    ("DP2022-08", "会议桌椅", "", 1, 6980.0, dt.date(2022, 5, 16), "王丽娟"),
    ("DP2022-09", "消防器材", "", 20, 3260.0, dt.date(2022, 6, 6), "周德明"),
    ("DP2022-10", "电动巡逻车", "", 1, 28800.0, dt.date(2022, 8, 23), "周德明"),
]
rr = 3
for j, (code, name, spec, qty, amt, d, keeper) in enumerate(e_assets):
    e2.write(rr, 0, code)
    e2.write(rr, 1, name)
    e2.write(rr, 2, spec)
    e2.write(rr, 3, qty)
    e2.write(rr, 4, amt, st_money)
    if j % 2 == 0:
        e2.write(rr, 5, dt.datetime(d.year, d.month, d.day), st_date)
    else:
        e2.write(rr, 5, d.strftime("%Y%m%d"))
    e2.write(rr, 6, keeper)
    truth(FE, "资产", rr + 1, "asset", VE, name=name, amount=amt, acquired_on=iso(d))
    rr += 1
e2.write(rr, 1, "合计", st_bold)
e2.write(rr, 4, sum(x[4] for x in e_assets), st_money)
non(FE, "资产", rr + 1, "合计")
rr += 1
e2.write(rr, 0, "登记人：王丽娟   村监会：孙海林")
non(FE, "资产", rr + 1, "签名")

e3 = ew.add_sheet("数据透视")
for c, h in enumerate(["行标签", "求和项:合同金额", "计数项:对方单位"]):
    e3.write(0, c, h, st_bold)
rr = 1
cps = []
for x in e_contracts:
    if x[2] not in cps:
        cps.append(x[2])
for cp in cps:
    ys = [x for x in e_contracts if x[2] == cp]
    e3.write(rr, 0, cp)
    e3.write(rr, 1, round(sum(x[3] for x in ys), 2))
    e3.write(rr, 2, len(ys))
    non(FE, "数据透视", rr + 1, "透视表行：" + cp)
    rr += 1
e3.write(rr, 0, "总计", st_bold)
e3.write(rr, 1, round(sum(x[3] for x in e_contracts), 2))
e3.write(rr, 2, len(e_contracts))
non(FE, "数据透视", rr + 1, "透视表总计")
ew.save(os.path.join(FILES, FE))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows,", len(NON), "non-data rows")
