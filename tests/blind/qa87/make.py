# -*- coding: utf-8 -*-
"""Blind test set qa87: wide multi-year sheets (浙江/福建/广东).

Writes files/ beside this script and truth.json beside this script.
Deterministic: no randomness.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

ROWS = []
NON = []


def truth(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        r["village"] = village
    ROWS.append(r)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat() if d else None


def dfmt(d, i):
    """Text/real date forms an accountant types; i picks the form."""
    k = i % 6
    if k == 0:
        return d  # real date cell
    if k == 1:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if k == 2:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if k == 3:
        return d.strftime("%Y%m%d")
    if k == 4:
        return d.strftime("%Y-%m-%d")
    return "%d/%d/%d" % (d.year, d.month, d.day)


D = dt.date

# ---------------------------------------------------------------------------
# File 1: 上林村 资产资源租赁合同台账 (xlsx), wide per-year 应收/实收
# ---------------------------------------------------------------------------
F1 = "上林村资产资源租赁合同台账（2021-2023年）.xlsx"
V1 = "上林村"
leases1 = [
    # (合同编号, 资源名称, 类别, 面积(亩) or "xx㎡", 承租方, start, end, 年租金 cell, rent value, arrears-plan)
    ("SL-TD-2016-01", "后垟畈耕地", "耕地", 42.5, "瑞安市绿野家庭农场", D(2016, 1, 1), D(2025, 12, 31), 29750, 29750, 0),
    ("SL-TD-2017-02", "塘河边地块", "耕地", 18.3, "陈国平", D(2017, 3, 1), D(2027, 2, 28), 12810, 12810, 0),
    ("SL-TD-2018-03", "上林大塘", "水面", 26.0, "林志强", D(2018, 1, 1), D(2027, 12, 31), 15600, 15600, 7800),
    ("SL-TD-2018-04", "东山脚园地", "园地", 35.2, "瑞安市上林果蔬专业合作社", D(2018, 7, 1), D(2028, 6, 30), 21120, 21120, 0),
    ("SL-TD-2019-05", "西洋地块", "耕地", 63.8, "温州丰禾农业开发有限公司", D(2019, 1, 1), D(2033, 12, 31), "4.466万", 44660, 0),
    ("SL-TD-2019-06", "岙底山塘", "水面", 8.6, "郑小龙", D(2019, 4, 1), D(2029, 3, 31), 5160, 5160, 5160),
    ("SL-TD-2020-07", "南垟畈耕地", "耕地", 27.4, "黄美玲", D(2020, 1, 1), D(2029, 12, 31), 19180, 19180, 0),
    ("SL-TD-2020-08", "老学校操场", "集体经营性建设用地", 3.2, "瑞安市宏图汽配有限公司", D(2020, 6, 1), D(2030, 5, 31), "¥48,000.00", 48000, 0),
    ("SL-TD-2021-09", "北垟畈地块", "耕地", 51.0, "周建华", D(2021, 3, 1), D(2031, 2, 28), 35700, 35700, 17850),
    ("SL-TD-2021-10", "竹林山", "林地", 120.0, "潘德明", D(2021, 1, 1), D(2040, 12, 31), 9600, 9600, 0),
    ("SL-TD-2022-11", "桥头菜地", "耕地", 6.5, "吴秀英", D(2022, 1, 1), D(2026, 12, 31), 4550, 4550, 0),
    ("SL-TD-2022-12", "河西滩涂", "四荒地", 15.0, "瑞安市碧水水产养殖场", D(2022, 7, 1), D(2037, 6, 30), 7500, 7500, 3750),
    ("SL-FW-2015-01", "村综合楼一楼店面", "店面", "186㎡", "上林便民超市（金丽娟）", D(2015, 1, 1), D(2024, 12, 31), 36000, 36000, 0),
    ("SL-FW-2017-02", "村综合楼二楼", "房屋", "320㎡", "瑞安市上林老年食堂（陈爱华）", D(2017, 10, 1), D(2027, 9, 30), 12000, 12000, 0),
    ("SL-FW-2018-03", "一号标准厂房", "厂房", "1200平方米", "瑞安市鑫达鞋业有限公司", D(2018, 1, 1), D(2027, 12, 31), 144000, 144000, 36000),
    ("SL-FW-2018-04", "二号标准厂房", "厂房", "1200平方米", "温州恒顺汽摩配件有限公司", D(2018, 5, 1), D(2028, 4, 30), 150000, 150000, 0),
    ("SL-FW-2019-05", "三号厂房（东半幅）", "厂房", "860平方米", "瑞安市华泰包装材料厂", D(2019, 1, 1), D(2028, 12, 31), 98900, 98900, 0),
    ("SL-FW-2020-06", "村口沿街店面1间", "店面", "52㎡", "林小燕", D(2020, 3, 1), D(2025, 2, 28), 15600, 15600, 0),
    ("SL-FW-2020-07", "村口沿街店面2间", "店面", "104㎡", "上林村卫生室（胡医生）", D(2020, 3, 1), D(2025, 2, 28), 26000, 26000, 0),
    ("SL-FW-2021-08", "仓库（原粮站）", "房屋", "640平方米", "瑞安市顺丰物流塘下站（李卫东）", D(2021, 7, 1), D(2026, 6, 30), 57600, 57600, 28800),
    ("SL-FW-2021-09", "停车场地", "集体经营性建设用地", 4.8, "瑞安市塘下停车服务有限公司", D(2021, 1, 1), D(2030, 12, 31), "伍万贰仟元整", 52000, 0),
    ("SL-FW-2022-10", "文化礼堂附属用房", "房屋", "210㎡", "瑞安市童乐托育有限公司", D(2022, 9, 1), D(2027, 8, 31), 25200, 25200, 0),
]


def yr_due(rent, start, end, year):
    ys, ye = D(year, 1, 1), D(year, 12, 31)
    if end < ys or start > ye:
        return 0
    a, b = max(start, ys), min(end, ye)
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    return round(rent * months / 12.0)


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "租赁台账"
S = "租赁台账"
ws["A1"] = "瑞安市塘下镇上林村资产资源租赁合同台账（2021—2023年）"
ws.merge_cells("A1:Q1")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "填报单位：上林村股份经济合作社（盖章）                                      单位：元"
ws.merge_cells("A2:Q2")
hdr_fixed = ["序号", "合同编号", "资源名称", "类别", "面积(亩)", "承租方", "租赁起始日", "租赁到期日", "年租金"]
for c, h in enumerate(hdr_fixed, 1):
    ws.cell(3, c, h)
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
for k, y in enumerate((2021, 2022, 2023)):
    c = 10 + 2 * k
    ws.cell(3, c, "%d年" % y)
    ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    ws.cell(4, c, "应收")
    ws.cell(4, c + 1, "实收")
ws.cell(3, 16, "累计欠款")
ws.merge_cells(start_row=3, start_column=16, end_row=4, end_column=16)
ws.cell(3, 17, "备注")
ws.merge_cells(start_row=3, start_column=17, end_row=4, end_column=17)

r = 5
ws.cell(r, 1, "一、土地及水面类")
non(F1, S, r, "分组标题 一、土地及水面类")
r += 1
seq = 0
sub = [0] * 7


def write_lease_group(group, title_next):
    global r, seq, sub
    sub = [0] * 7
    for (code, name, cat, area, ten, st, en, rent_cell, rent, arrear) in group:
        seq += 1
        ws.cell(r, 1, seq)
        ws.cell(r, 2, code)
        ws.cell(r, 3, name)
        ws.cell(r, 4, cat)
        ws.cell(r, 5, area)
        ws.cell(r, 6, ten)
        c7 = dfmt(st, seq)
        c8 = dfmt(en, seq + 1)
        ws.cell(r, 7, c7)
        ws.cell(r, 8, c8)
        if isinstance(c7, D):
            ws.cell(r, 7).number_format = "yyyy-mm-dd"
        if isinstance(c8, D):
            ws.cell(r, 8).number_format = "yyyy-mm-dd"
        ws.cell(r, 9, rent_cell)
        due = [yr_due(rent, st, en, y) for y in (2021, 2022, 2023)]
        got = list(due)
        # arrears sit in the last year(s)
        rem = arrear
        for k in (2, 1, 0):
            take = min(rem, got[k])
            got[k] -= take
            rem -= take
        for k in range(3):
            ws.cell(r, 10 + 2 * k, due[k] if due[k] else None)
            ws.cell(r, 11 + 2 * k, got[k] if due[k] else None)
        owe = sum(due) - sum(got)
        ws.cell(r, 16, owe if owe else 0)
        note = ""
        if owe:
            note = "已发催缴函"
        if st.year >= 2021:
            note = (note + "；" if note else "") + "%d年%d月起租" % (st.year, st.month)
        ws.cell(r, 17, note or None)
        if isinstance(area, str):
            num = float("".join(ch for ch in area if ch.isdigit() or ch == "."))
            a = round(num / 666.67, 2)
        else:
            a = float(area)
        truth(F1, S, r, "resource",
              {"name": name, "counterparty": ten, "amount": float(rent), "area": a,
               "started_on": iso(st), "ended_on": iso(en)}, V1)
        vals = [rent] + [x for k in range(3) for x in (due[k], got[k])]
        sub = [s + v for s, v in zip(sub, vals)]
        r += 1
    return sub


land = leases1[:12]
bldg = leases1[12:]
s1 = write_lease_group(land, None)
ws.cell(r, 3, "小计")
for k in range(7):
    ws.cell(r, 9 + k, s1[k])
non(F1, S, r, "小计（土地及水面类）")
r += 1
ws.cell(r, 1, "二、房屋及经营性建设用地类")
non(F1, S, r, "分组标题 二、房屋类")
r += 1
s2 = write_lease_group(bldg, None)
ws.cell(r, 3, "小计")
for k in range(7):
    ws.cell(r, 9 + k, s2[k])
non(F1, S, r, "小计（房屋类）")
r += 1
ws.cell(r, 3, "合计")
for k in range(7):
    ws.cell(r, 9 + k, s1[k] + s2[k])
non(F1, S, r, "合计")
r += 2
ws.cell(r, 1, "注：1.欠款统计截至2023年12月31日；2.应收按合同约定当年租期折算，首年不足一年的按月计算；3.年租金为合同约定首年租金。")
non(F1, S, r, "注")
r += 1
ws.cell(r, 1, "制表人：陈晓燕        审核人：林建国        村务监督委员会主任：王立新        2024年1月15日")
non(F1, S, r, "签名")

# sheet 2: 2023年新签及续签, one cell for 租期
ws2 = wb.create_sheet("2023年新签续签")
S2 = "2023年新签续签"
ws2["A1"] = "上林村2023年新签（续签）租赁合同明细"
ws2["A2"] = "单位：元"
h2 = ["序号", "资源名称", "面积（亩）", "承租方", "租期", "年租金（元）", "2023年应收", "2023年实收", "签订日期", "发包方式"]
for c, h in enumerate(h2, 1):
    ws2.cell(3, c, h)
new1 = [
    ("后山茶园", 22.0, "瑞安市云顶茶叶专业合作社", D(2023, 3, 1), D(2033, 2, 28), 13200, D(2023, 2, 16), "公开竞价"),
    ("上林小学旧址", "980㎡", "瑞安市启航教育咨询有限公司", D(2023, 5, 1), D(2028, 4, 30), 88200, D(2023, 4, 20), "产权交易平台挂牌"),
    ("沿河耕地（续签）", 9.8, "陈国平", D(2023, 1, 1), D(2027, 12, 31), 6860, D(2022, 12, 28), "协议"),
    ("村口沿街店面3间", "78㎡", "王丽丽", D(2023, 7, 1), D(2026, 6, 30), 21000, D(2023, 6, 25), "公开竞价"),
    ("老村委办公楼", "450平方米", "瑞安市塘下镇上林幸福驿站（黄丽）", D(2023, 10, 1), D(2028, 9, 30), 27000, D(2023, 9, 18), "协议"),
    ("东垟畈机耕路边地", 4.3, "潘德明", D(2023, 1, 1), D(2025, 12, 31), 3010, D(2023, 1, 5), "协议"),
]
rr = 4
for i, (name, area, ten, st, en, rent, signed, meth) in enumerate(new1):
    ws2.cell(rr, 1, i + 1)
    ws2.cell(rr, 2, name)
    ws2.cell(rr, 3, area)
    ws2.cell(rr, 4, ten)
    if i % 2 == 0:
        ws2.cell(rr, 5, "%d.%d.%d-%d.%d.%d" % (st.year, st.month, st.day, en.year, en.month, en.day))
    else:
        ws2.cell(rr, 5, "%d年%d月%d日至%d年%d月%d日" % (st.year, st.month, st.day, en.year, en.month, en.day))
    ws2.cell(rr, 6, rent)
    due = yr_due(rent, st, en, 2023)
    ws2.cell(rr, 7, due)
    ws2.cell(rr, 8, due if i != 1 else 44100)
    c = dfmt(signed, i + 2)
    ws2.cell(rr, 9, c)
    if isinstance(c, D):
        ws2.cell(rr, 9).number_format = "yyyy-mm-dd"
    ws2.cell(rr, 10, meth)
    if isinstance(area, str):
        num = float("".join(ch for ch in area if ch.isdigit() or ch == "."))
        a = round(num / 666.67, 2)
    else:
        a = float(area)
    truth(F1, S2, rr, "resource", {"name": name, "counterparty": ten, "amount": float(rent), "area": a,
                                   "started_on": iso(st), "ended_on": iso(en)}, V1)
    rr += 1
ws2.cell(rr, 2, "合计")
ws2.cell(rr, 6, sum(x[5] for x in new1))
non(F1, S2, rr, "合计")
rr += 1
ws2.cell(rr, 1, "制表：陈晓燕   审核：林建国")
non(F1, S2, rr, "签名")

# sheet 3: 经营性资产 with rent income per year (wide)
ws3 = wb.create_sheet("经营性资产")
S3a = "经营性资产"
ws3["A1"] = "上林村经营性固定资产及收益情况表"
ws3["A2"] = "单位：万元"
h3 = ["资产编号", "资产名称", "建成（购置）时间", "原值", "2021年租金收入", "2022年租金收入", "2023年租金收入", "使用状况", "承租方"]
for c, h in enumerate(h3, 1):
    ws3.cell(3, c, h)
assets = [
    ("GD-001", "村综合楼", D(2012, 10, 1), 286.5, (4.8, 4.8, 4.8), "出租", "上林便民超市等"),
    ("GD-002", "一号标准厂房", D(2017, 11, 20), 312.0, (14.4, 14.4, 10.8), "出租", "瑞安市鑫达鞋业有限公司"),
    ("GD-003", "二号标准厂房", D(2018, 3, 15), 318.6, (15.0, 15.0, 15.0), "出租", "温州恒顺汽摩配件有限公司"),
    ("GD-004", "三号厂房", D(2018, 12, 28), 426.0, (9.89, 9.89, 9.89), "部分出租", "瑞安市华泰包装材料厂"),
    ("GD-005", "原粮站仓库", D(1998, 6, 1), 18.2, (2.88, 5.76, 2.88), "出租", "瑞安市顺丰物流塘下站"),
    ("GD-006", "沿街店面（3间）", D(2019, 12, 10), 96.0, (4.16, 4.16, 6.26), "出租", ""),
    ("GD-007", "文化礼堂", D(2020, 9, 30), 168.3, (0, 0.84, 2.52), "自用，附属用房出租", "瑞安市童乐托育有限公司"),
    ("GD-008", "村老办公楼", D(1995, 5, 1), 12.6, (0, 0, 0.675), "出租", ""),
    ("GD-009", "光伏发电设施", D(2021, 6, 18), 42.0, (0, 0, 0), "自用", ""),
    ("GD-010", "停车场", D(2020, 12, 20), 35.8, (5.2, 5.2, 5.2), "出租", "瑞安市塘下停车服务有限公司"),
]
rr = 4
for i, (code, name, d, val, inc, st, ten) in enumerate(assets):
    c = dfmt(d, i + 1)
    for cc, v in enumerate([code, name, c, val, inc[0] or None, inc[1] or None, inc[2] or None, st, ten or None], 1):
        ws3.cell(rr, cc, v)
    if isinstance(c, D):
        ws3.cell(rr, 3).number_format = "yyyy年m月d日"
    truth(F1, S3a, rr, "asset", {"name": name, "amount": round(val * 10000, 2), "acquired_on": iso(d)}, V1)
    rr += 1
ws3.cell(rr, 2, "合计")
ws3.cell(rr, 4, round(sum(a[3] for a in assets), 2))
for k in range(3):
    ws3.cell(rr, 5 + k, round(sum(a[4][k] for a in assets), 3))
non(F1, S3a, rr, "合计")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: 溪边村 集体资源发包台账 (xls, 福建晋江), money in 万元, 林地 in 公顷
# ---------------------------------------------------------------------------
F2 = "溪边村集体资源发包台账.xls"
V2 = "溪边村"
bk = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on; align: horiz center")
cols2 = ["序号", "地块名称", "坐落", "面积", "承包户", "承包期限", "年承包金",
         "2021年应收", "2021年实收", "2022年应收", "2022年实收", "2023年应收", "2023年实收", "欠款", "发包方式"]
plots = [
    ("溪边洋1号地", "溪边洋", 12.6, "许文彬", D(2018, 1, 1), D(2032, 12, 31), 0.882, "招标", 0),
    ("溪边洋2号地", "溪边洋", 9.4, "许文彬", D(2018, 1, 1), D(2032, 12, 31), 0.658, "招标", 0),
    ("后厝园", "后厝", 15.7, "晋江市绿源农业发展有限公司", D(2019, 1, 1), D(2033, 12, 31), 1.256, "公开竞价", 0.628),
    ("下洋田", "下洋", 21.3, "施清华", D(2017, 1, 1), D(2026, 12, 31), 1.278, "协议", 0),
    ("石龟池塘", "石龟", 7.2, "蔡明辉", D(2020, 1, 1), D(2029, 12, 31), 0.576, "公开竞价", 0),
    ("大埕鱼塘", "大埕", 13.5, "晋江市海丰水产养殖专业合作社", D(2016, 7, 1), D(2026, 6, 30), 1.08, "招标", 0.54),
    ("宫前菜地", "宫前", 4.1, "王秀琴", D(2021, 1, 1), D(2025, 12, 31), 0.287, "协议", 0),
    ("沙坂田", "沙坂", 18.9, "许建国", D(2021, 4, 1), D(2031, 3, 31), 1.323, "公开竞价", 0),
    ("新厝口地", "新厝", 6.8, "施丽娟", D(2022, 1, 1), D(2031, 12, 31), 0.476, "协议", 0.476),
    ("溪尾滩地", "溪尾", 25.0, "晋江市溪尾生态农业有限公司", D(2022, 1, 1), D(2041, 12, 31), 1.5, "招标", 0),
    ("港墘鱼塘", "港墘", 10.6, "蔡志勇", D(2019, 9, 1), D(2029, 8, 31), 0.848, "公开竞价", 0),
    ("顶厝园地", "顶厝", 8.3, "许美华", D(2020, 3, 1), D(2030, 2, 28), 0.581, "协议", 0),
    ("埔头旱地", "埔头", 11.2, "吴天赐", D(2023, 1, 1), D(2032, 12, 31), 0.784, "公开竞价", 0),
    ("水尾田", "水尾", 5.5, "许文彬", D(2016, 1, 1), D(2025, 12, 31), 0.33, "协议", 0),
]


def write_wide_xls(sh, sheet, items, area_kind, title, unitline, row0_title):
    sh.write_merge(0, 0, 0, 14, title, bold)
    sh.write_merge(1, 1, 0, 14, unitline)
    for c, h in enumerate(cols2):
        hh = h
        if h == "面积":
            hh = "面积（亩）" if area_kind == "亩" else "面积（公顷）"
        sh.write(2, c, hh, bold)
    r = 3
    tot = [0.0] * 8
    for i, (name, loc, area, who, st, en, fee, meth, arrear) in enumerate(items):
        sh.write(r, 0, i + 1)
        sh.write(r, 1, name)
        sh.write(r, 2, loc)
        sh.write(r, 3, area)
        sh.write(r, 4, who)
        if i % 2 == 0:
            sh.write(r, 5, "%d.%02d.%02d—%d.%02d.%02d" % (st.year, st.month, st.day, en.year, en.month, en.day))
        else:
            sh.write(r, 5, "%d年%d月%d日至%d年%d月%d日" % (st.year, st.month, st.day, en.year, en.month, en.day))
        sh.write(r, 6, fee)
        due = [round(yr_due(fee * 10000, st, en, y) / 10000.0, 4) for y in (2021, 2022, 2023)]
        got = list(due)
        rem = arrear
        for k in (2, 1, 0):
            take = min(rem, got[k])
            got[k] = round(got[k] - take, 4)
            rem = round(rem - take, 4)
        for k in range(3):
            if due[k]:
                sh.write(r, 7 + 2 * k, due[k])
                sh.write(r, 8 + 2 * k, got[k])
        owe = round(sum(due) - sum(got), 4)
        sh.write(r, 13, owe)
        sh.write(r, 14, meth)
        vals = [fee] + [x for k in range(3) for x in (due[k], got[k])] + [owe]
        tot = [a + b for a, b in zip(tot, vals)]
        a = round(area * 15, 2) if area_kind == "公顷" else float(area)
        truth(F2, sheet, r + 1, "resource",
              {"name": name, "counterparty": who, "amount": round(fee * 10000, 2), "area": a,
               "started_on": iso(st), "ended_on": iso(en)}, V2)
        r += 1
    sh.write(r, 1, "合计")
    for k in range(8):
        sh.write(r, 6 + k, round(tot[k], 4))
    non(F2, sheet, r + 1, "合计")
    return r + 1


sh = bk.add_sheet("耕地及水面")
last = write_wide_xls(sh, "耕地及水面", plots, "亩", "晋江市东石镇溪边村集体资源发包（承包）台账",
                      "单位：万元", 0)
sh.write(last + 1, 0, "说明：年承包金、应收、实收、欠款单位均为万元；欠款为截至2023年底累计未缴金额。")
non(F2, "耕地及水面", last + 2, "说明")
sh.write(last + 2, 0, "经办人：许丽芬    村报账员：施雅婷    村委会主任：许天佑")
non(F2, "耕地及水面", last + 3, "签名")

forest = [
    ("大坪山林地", "大坪山", 8.0, "晋江市闽南林业发展有限公司", D(2010, 1, 1), D(2039, 12, 31), 0.36, "招标", 0),
    ("后尾山", "后尾山", 3.5, "许金水", D(2015, 1, 1), D(2034, 12, 31), 0.105, "协议", 0),
    ("石笋山果园", "石笋山", 2.2, "蔡家兴", D(2018, 1, 1), D(2037, 12, 31), 0.198, "公开竞价", 0.198),
    ("龙眼林", "乌石", 1.6, "施永昌", D(2012, 7, 1), D(2032, 6, 30), 0.096, "协议", 0),
    ("竹仔林", "竹仔坑", 4.3, "晋江市东石竹木加工厂", D(2020, 1, 1), D(2049, 12, 31), 0.258, "招标", 0),
    ("山边荒坡", "山边", 6.0, "吴天赐", D(2021, 1, 1), D(2050, 12, 31), 0.18, "公开竞价", 0),
    ("鸡笼山", "鸡笼山", 5.1, "许建国", D(2019, 1, 1), D(2048, 12, 31), 0.2295, "协议", 0),
    ("风吹岭桉树林", "风吹岭", 7.4, "晋江市绿洲林场（个人独资）", D(2017, 1, 1), D(2036, 12, 31), 0.333, "招标", 0.111),
]
sh2 = bk.add_sheet("林地山场")
last = write_wide_xls(sh2, "林地山场", forest, "公顷", "溪边村林地山场发包台账（2021-2023年收缴情况）",
                      "金额单位：万元    面积单位：公顷", 0)
sh2.write(last + 1, 0, "经办人：许丽芬    审核：许天佑")
non(F2, "林地山场", last + 2, "签名")
bk.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: 溪边村 村级工程项目台账 (xls) with 资金来源 split across years
# ---------------------------------------------------------------------------
F3 = "溪边村2021-2023年村级工程项目台账.xls"
S3 = "工程台账"
bk = xlwt.Workbook(encoding="utf-8")
sh = bk.add_sheet(S3)
datefmt = xlwt.easyxf(num_format_str="yyyy-mm-dd")
sh.write_merge(0, 0, 0, 17, "东石镇溪边村2021—2023年村级工程项目台账", bold)
sh.write_merge(1, 1, 0, 17, "金额单位：元")
fixed = ["序号", "项目名称", "项目类型", "施工单位", "预算金额", "合同金额", "决策日期", "开工日期", "竣工日期"]
for c, h in enumerate(fixed):
    sh.write_merge(2, 3, c, c, h, bold)
sh.write_merge(2, 2, 9, 14, "资金来源", bold)
for k, y in enumerate((2021, 2022, 2023)):
    sh.write(3, 9 + 2 * k, "%d年上级补助" % y, bold)
    sh.write(3, 10 + 2 * k, "%d年村自筹" % y, bold)
sh.write_merge(2, 3, 15, 15, "已付金额", bold)
sh.write_merge(2, 3, 16, 16, "招标方式", bold)
sh.write_merge(2, 3, 17, 17, "备注", bold)

# (name, type, contractor, budget, contract or None, decided, start, finish, funding list 6, paid, method, note)
projects = {
    2021: [
        ("溪边洋机耕路硬化", "村级工程", "晋江市鸿源建设工程有限公司", 386000, 372500, D(2021, 3, 12), D(2021, 4, 6), D(2021, 7, 20), "公开招标", ""),
        ("村部办公楼外立面改造", "村级工程", "晋江市东石建筑工程有限公司", 198000, 189600, D(2021, 4, 2), D(2021, 5, 10), D(2021, 8, 30), "邀请招标", ""),
        ("后厝巷道路灯安装", "一事一议", "晋江市光明电气安装有限公司", 58000, 56300, D(2021, 5, 18), D(2021, 6, 1), D(2021, 6, 28), "村级小额比选", ""),
        ("宫前水沟清淤及护砌", "小微工程", "施永昌", 48000, 46800, D(2021, 6, 9), D(2021, 6, 20), D(2021, 7, 15), "直接委托", "村民小组长承接"),
        ("溪边小学围墙修缮", "小微工程", "晋江市鸿源建设工程有限公司", 39500, 39200, D(2021, 8, 3), D(2021, 8, 12), D(2021, 9, 10), "直接委托", ""),
        ("老人活动中心空调采购安装", "村级工程", "晋江市家电城有限公司", 27600, 27600, D(2021, 9, 14), D(2021, 9, 25), D(2021, 9, 28), "询价", ""),
        ("石龟池塘护岸", "村级工程", "晋江市鸿源建设工程有限公司", 412000, 405800, D(2021, 10, 8), D(2021, 11, 1), D(2022, 3, 15), "公开招标", "跨年度"),
    ],
    2022: [
        ("大埕至港墘村道拓宽", "村级工程", "福建省闽泉路桥工程有限公司", 1260000, 1218000, D(2022, 2, 20), D(2022, 4, 1), D(2022, 10, 30), "公开招标", "镇统一招标"),
        ("溪边文化广场建设", "村级工程", "晋江市东石建筑工程有限公司", 680000, 652300, D(2022, 3, 16), D(2022, 5, 5), D(2022, 11, 20), "公开招标", ""),
        ("新厝口排水管网", "一事一议", "晋江市鸿源建设工程有限公司", 95000, 93600, D(2022, 4, 22), D(2022, 5, 20), D(2022, 7, 2), "村级小额比选", ""),
        ("公厕改造（2座）", "小微工程", "晋江市洁美环卫工程有限公司", 49600, 49600, D(2022, 6, 10), D(2022, 6, 15), D(2022, 7, 30), "直接委托", ""),
        ("村部监控系统", "小微工程", "晋江市安视达科技有限公司", 31800, 31500, D(2022, 7, 5), D(2022, 7, 12), D(2022, 7, 26), "询价", ""),
        ("下洋田灌溉渠修复", "一事一议", None, 36000, None, D(2022, 9, 8), D(2022, 10, 10), D(2022, 11, 25), "村民投工投劳", "村民自建，无施工单位"),
        ("宫前巷道绿化", "小微工程", "晋江市绿美园林工程有限公司", 48800, 48500, D(2022, 10, 12), D(2022, 10, 20), D(2022, 12, 5), "直接委托", ""),
    ],
    2023: [
        ("溪边洋高标准农田配套", "村级工程", "福建省闽泉路桥工程有限公司", 2350000, 2286000, D(2023, 2, 14), D(2023, 3, 20), D(2023, 9, 30), "公开招标", "镇统一招标"),
        ("村史馆布展", "村级工程", "泉州市文创展览展示有限公司", 168000, 163500, D(2023, 3, 28), D(2023, 5, 8), D(2023, 7, 18), "邀请招标", ""),
        ("港墘桥栏杆更换", "小微工程", "晋江市鸿源建设工程有限公司", 49900, 49900, D(2023, 5, 6), D(2023, 5, 15), D(2023, 6, 10), "直接委托", ""),
        ("港墘桥桥面修补", "小微工程", "晋江市鸿源建设工程有限公司", 49800, 49800, D(2023, 5, 6), D(2023, 6, 12), D(2023, 7, 5), "直接委托", ""),
        ("溪尾滩生态护坡", "村级工程", None, 560000, None, D(2023, 10, 18), None, None, "公开招标", "已立项，待招标"),
        ("后尾山森林防火通道", "一事一议", "晋江市东石建筑工程有限公司", 128000, 124600, D(2023, 8, 9), D(2023, 9, 1), D(2023, 11, 10), "村级小额比选", ""),
        ("村卫生所屋面防水", "小微工程", "晋江市顺达防水工程有限公司", 22800, 22300, D(2023, 9, 20), D(2023, 9, 26), D(2023, 10, 8), "询价", ""),
        ("溪边小学运动场塑胶跑道", "村级工程", "福建省金陵体育设施工程有限公司", 318000, 309000, D(2023, 11, 2), D(2023, 12, 1), None, "公开招标", "在建"),
    ],
}


def split_funding(total, start_year, pidx):
    """Spread the sum over years (funding split across years)."""
    f = [0] * 6
    if start_year == 2023:
        f[4] = round(total * 0.6)
        f[5] = total - f[4]
    elif pidx % 3 == 0:
        f[2 * (start_year - 2021)] = round(total * 0.5)
        f[2 * (start_year - 2021) + 1] = round(total * 0.2)
        f[2 * (start_year - 2021) + 3] = total - f[2 * (start_year - 2021)] - f[2 * (start_year - 2021) + 1]
    else:
        f[2 * (start_year - 2021)] = round(total * 0.7)
        f[2 * (start_year - 2021) + 1] = total - f[2 * (start_year - 2021)]
    return f


r = 4
seq = 0
grand = [0] * 9
sec = {2021: "一、2021年度立项", 2022: "二、2022年度立项", 2023: "三、2023年度立项"}
for y in (2021, 2022, 2023):
    sh.write(r, 0, sec[y])
    non(F3, S3, r + 1, "分组标题 " + sec[y])
    r += 1
    sub = [0] * 9
    for i, (name, typ, con, bud, amt, dec, st, fin, meth, note) in enumerate(projects[y]):
        seq += 1
        sh.write(r, 0, seq)
        sh.write(r, 1, name)
        sh.write(r, 2, typ)
        sh.write(r, 3, con if con else "")
        sh.write(r, 4, bud)
        if amt is not None:
            sh.write(r, 5, amt)
        for c, d in ((6, dec), (7, st), (8, fin)):
            if d is None:
                continue
            v = dfmt(d, seq + c)
            if isinstance(v, D):
                sh.write(r, c, dt.datetime(d.year, d.month, d.day), datefmt)
            else:
                sh.write(r, c, v)
        tot = amt if amt is not None else (bud if y < 2023 else 0)
        fund = split_funding(tot, y, i) if tot else [0] * 6
        for k in range(6):
            if fund[k]:
                sh.write(r, 9 + k, fund[k])
        paid = 0 if amt is None else (amt if fin and fin.year < 2023 else round(amt * 0.7))
        if y == 2022 and amt is None:
            paid = 36000  # 材料款
        sh.write(r, 15, paid)
        sh.write(r, 16, meth)
        if note:
            sh.write(r, 17, note)
        f = {"name": name, "contractor": con}
        if amt is not None:
            f["amount"] = float(amt)
        else:
            f["budget"] = float(bud)
        truth(F3, S3, r + 1, "project", f, V2)
        vals = [bud, amt or 0] + fund + [paid]
        sub = [a + b for a, b in zip(sub, vals)]
        r += 1
    sh.write(r, 1, "%d年小计" % y)
    sh.write(r, 4, sub[0])
    sh.write(r, 5, sub[1])
    for k in range(6):
        sh.write(r, 9 + k, sub[2 + k])
    sh.write(r, 15, sub[8])
    non(F3, S3, r + 1, "%d年小计" % y)
    grand = [a + b for a, b in zip(grand, sub)]
    r += 1
sh.write(r, 1, "合计")
sh.write(r, 4, grand[0])
sh.write(r, 5, grand[1])
for k in range(6):
    sh.write(r, 9 + k, grand[2 + k])
sh.write(r, 15, grand[8])
non(F3, S3, r + 1, "合计")
r += 2
sh.write(r, 0, "备注：资金来源按拨付年度填列；上级补助含一事一议财政奖补资金。")
non(F3, S3, r + 1, "备注")
r += 1
sh.write(r, 0, "制表人：施雅婷      审核人：许天佑      日期：2024年1月8日")
non(F3, S3, r + 1, "签名")
bk.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------------------
# File 4: 凤池村 股份经济合作社 分红表 (xlsx, 广东南海): per household, 3 years
# ---------------------------------------------------------------------------
F4 = "大沥镇凤池股份经济合作社2021-2023年度股份分红表.xlsx"
S4 = "分红明细"
V4 = "凤池村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = S4
ws["A1"] = "佛山市南海区大沥镇凤池村股份经济合作社2021—2023年度股东分红发放表"
ws.merge_cells("A1:L1")
ws["A2"] = "单位：元"
for c, h in enumerate(["序号", "户号", "户主姓名", "户内股数"], 1):
    ws.cell(3, c, h)
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
for k, y in enumerate((2021, 2022, 2023)):
    c = 5 + 2 * k
    ws.cell(3, c, "%d年度分红" % y)
    ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    ws.cell(4, c, "分红金额")
    ws.cell(4, c + 1, "发放日期")
ws.cell(3, 11, "三年合计")
ws.merge_cells(start_row=3, start_column=11, end_row=4, end_column=11)
ws.cell(3, 12, "领取人签名")
ws.merge_cells(start_row=3, start_column=12, end_row=4, end_column=12)
per_share = {2021: 1250, 2022: 1380, 2023: 1420}
pay_day = {2021: D(2022, 1, 20), 2022: D(2023, 1, 16), 2023: D(2024, 1, 25)}
hh = [
    ("FC001", "梁志坚", 5, None, None),
    ("FC002", "黄锦荣", 4, None, {2023: D(2024, 2, 6)}),
    ("FC003", "陈淑仪", 3, None, None),
    ("FC004", "何永华", 6, None, {2021: D(2022, 3, 2)}),
    ("FC005", "梁秀珍", 2, None, None),
    ("FC006", "关耀明", 5, {2023}, None),  # 2023 withheld (欠缴承包款抵扣)
    ("FC007", "黄伟强", 4, None, None),
    ("FC008", "潘丽华", 3, {2021}, None),  # new household from 2022
    ("FC009", "陈家辉", 7, None, {2022: D(2023, 2, 10)}),
    ("FC010", "冼炳坤", 4, None, None),
    ("FC011", "梁国雄", 5, None, None),
    ("FC012", "区美娟", 2, None, None),
    ("FC013", "何健文", 3, None, None),
]
rr = 5
tot = [0, 0, 0]
for i, (no, name, shares, skip, late) in enumerate(hh):
    ws.cell(rr, 1, i + 1)
    ws.cell(rr, 2, no)
    ws.cell(rr, 3, name)
    ws.cell(rr, 4, shares)
    s = 0
    for k, y in enumerate((2021, 2022, 2023)):
        if skip and y in skip:
            ws.cell(rr, 5 + 2 * k, 0 if y == 2023 else None)
            continue
        amt = shares * per_share[y]
        d = (late or {}).get(y, pay_day[y])
        ws.cell(rr, 5 + 2 * k, amt)
        v = dfmt(d, i + k)
        ws.cell(rr, 6 + 2 * k, v)
        if isinstance(v, D):
            ws.cell(rr, 6 + 2 * k).number_format = "yyyy/m/d"
        s += amt
        tot[k] += amt
        truth(F4, S4, rr, "payment", {"date": iso(d), "amount": float(amt), "direction": "out",
                                      "counterparty": name}, V4)
    ws.cell(rr, 11, s)
    ws.cell(rr, 12, name if i % 4 else "代领：" + name + "之子")
    rr += 1
ws.cell(rr, 3, "合计")
for k in range(3):
    ws.cell(rr, 5 + 2 * k, tot[k])
ws.cell(rr, 11, sum(tot))
non(F4, S4, rr, "合计")
rr += 2
ws.cell(rr, 1, "说明：1.每股分红2021年度1250元、2022年度1380元、2023年度1420元；2.FC006户2023年度分红抵扣欠缴鱼塘承包款，未发放；3.FC008户2022年起享受股份。")
non(F4, S4, rr, "说明")
rr += 1
ws.cell(rr, 1, "制表：冼嘉欣    复核：梁卓明    社长：梁志坚")
non(F4, S4, rr, "签名")

ws3 = wb.create_sheet("分红汇总")
ws3["A1"] = "凤池村股份经济合作社分红汇总"
for c, h in enumerate(["年度", "股东户数", "总股数", "每股分红(元)", "分红总额(元)", "占可分配收益比例"], 1):
    ws3.cell(2, c, h)
rr = 3
tshares = sum(h[2] for h in hh)
for y in (2021, 2022, 2023):
    n = sum(1 for h in hh if not (h[3] and y in h[3]))
    sh_ = sum(h[2] for h in hh if not (h[3] and y in h[3]))
    for c, v in enumerate([str(y) + "年度", n, sh_, per_share[y], sh_ * per_share[y], "60%"], 1):
        ws3.cell(rr, c, v)
    non(F4, "分红汇总", rr, "统计表（汇总），非记录")
    rr += 1
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# File 5: 上林村 往来款清理表 (xlsx): receivable/payable balances — not a record kind
# ---------------------------------------------------------------------------
F5 = "上林村往来款项清理登记表.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "应收款（债务人）"
ws["A1"] = "上林村往来款项清理登记表（应收款）"
ws["A2"] = "截至2023年12月31日                    单位：元"
for c, h in enumerate(["序号", "债务人", "形成时间", "款项内容", "金额", "已清收", "余额", "清收责任人", "备注"], 1):
    ws.cell(3, c, h)
recv = [
    ("周建华", D(2022, 3, 1), "北垟畈地块承包款", 17850, 0, "林建国", "已发催缴函"),
    ("林志强", D(2021, 12, 31), "上林大塘承包款", 15600, 7800, "林建国", ""),
    ("瑞安市鑫达鞋业有限公司", D(2023, 1, 1), "一号厂房租金", 72000, 36000, "陈晓燕", "分期还款"),
    ("郑小龙", D(2023, 4, 1), "岙底山塘承包款", 5160, 0, "林建国", ""),
    ("陈国强", D(2015, 6, 18), "借款（修建猪舍）", 20000, 5000, "王立新", "村民借款，无决议"),
    ("瑞安市塘下镇农业服务中心", D(2020, 11, 5), "代垫农机补贴款", 8600, 8600, "陈晓燕", "已结清"),
    ("潘德明", D(2019, 8, 20), "暂借工程备用金", 30000, 12000, "林建国", "原村主任亲属"),
]
rr = 4
for i, (who, d, what, amt, got, dut, note) in enumerate(recv):
    for c, v in enumerate([i + 1, who, dfmt(d, i), what, amt, got, amt - got, dut, note or None], 1):
        ws.cell(rr, c, v)
    non(F5, "应收款（债务人）", rr, "往来款余额（应收），非六类记录之一（债权余额，不是收支流水）")
    rr += 1
ws.cell(rr, 2, "合计")
ws.cell(rr, 5, sum(x[3] for x in recv))
ws.cell(rr, 6, sum(x[4] for x in recv))
ws.cell(rr, 7, sum(x[3] - x[4] for x in recv))
non(F5, "应收款（债务人）", rr, "合计")
rr += 1
ws.cell(rr, 1, "清理人：陈晓燕   林建国      监督人：王立新")
non(F5, "应收款（债务人）", rr, "签名")

ws = wb.create_sheet("应付款（债权人）")
ws["A1"] = "上林村往来款项清理登记表（应付款）"
ws["A2"] = "单位：元"
for c, h in enumerate(["序号", "债权人", "形成时间", "款项内容", "金额", "已偿还", "余额", "备注"], 1):
    ws.cell(3, c, h)
pay = [
    ("瑞安市宏达建设有限公司", D(2020, 12, 30), "村道改造工程尾款", 86500, 50000, ""),
    ("金丽娟", D(2021, 6, 1), "店面押金", 6000, 0, "租期届满退还"),
    ("瑞安市鑫达鞋业有限公司", D(2018, 1, 1), "厂房租赁保证金", 30000, 0, ""),
    ("陈爱华", D(2022, 9, 15), "垫付老年食堂装修款", 12800, 12800, "已结清"),
    ("瑞安农商银行塘下支行", D(2019, 5, 20), "厂房建设借款", 500000, 300000, "年利率4.35%"),
]
rr = 4
for i, (who, d, what, amt, got, note) in enumerate(pay):
    for c, v in enumerate([i + 1, who, dfmt(d, i + 3), what, amt, got, amt - got, note or None], 1):
        ws.cell(rr, c, v)
    non(F5, "应付款（债权人）", rr, "往来款余额（应付），非六类记录之一（债务余额，不是收支流水）")
    rr += 1
ws.cell(rr, 2, "合计")
ws.cell(rr, 5, sum(x[3] for x in pay))
ws.cell(rr, 6, sum(x[4] for x in pay))
ws.cell(rr, 7, sum(x[3] - x[4] for x in pay))
non(F5, "应付款（债权人）", rr, "合计")
wb.save(os.path.join(FILES, F5))

# ---------------------------------------------------------------------------
# File 6: 上林村 两委班子成员名单 (xls): two sheets + 监委会
# ---------------------------------------------------------------------------
F6 = "上林村两委班子及村务监督委员会成员名单.xls"
bk = xlwt.Workbook(encoding="utf-8")
groups = [
    ("村党委", "中共瑞安市塘下镇上林村委员会成员名单", [
        ("林建国", "男", "1972.05", "党委书记、村委会主任、股份经济合作社董事长", "大专", "13705771234", "一肩挑"),
        ("陈晓燕", "女", "1985.11", "党委副书记", "本科", "13857712345", "兼村报账员"),
        ("潘志远", "男", "1978.03", "党委委员", "高中", "13958823456", ""),
        ("黄丽", "女", "1990.07", "党委委员、妇联主席", "大专", "15888734567", ""),
        ("周海波", "男", "1981.09", "党委委员", "中专", "13676645678", "兼治保主任"),
    ]),
    ("村委会", "瑞安市塘下镇上林村村民委员会成员名单", [
        ("林建国", "男", "1972.05", "村委会主任", "大专", "13705771234", "交叉任职"),
        ("郑德华", "男", "1969.12", "村委会副主任", "初中", "13567756789", ""),
        ("陈晓燕", "女", "1985.11", "村委会委员", "本科", "13857712345", "交叉任职"),
        ("王海燕", "女", "1988.04", "村委会委员", "大专", "18857767890", ""),
        ("金伟", "男", "1992.02", "村委会委员（文书）", "本科", "15957778901", ""),
        ("潘立群", "男", "1975.06", "村委会委员", "高中", "13868789012", ""),
    ]),
    ("监委会", "上林村村务监督委员会成员名单", [
        ("王立新", "男", "1966.08", "村务监督委员会主任", "高中", "13506779123", ""),
        ("黄志明", "男", "1973.10", "村务监督委员会委员", "初中", "13757790234", ""),
        ("吴秀英", "女", "1980.01", "村务监督委员会委员", "中专", "15867701345", "承包桥头菜地"),
    ]),
]
for sname, title, people in groups:
    sh = bk.add_sheet(sname)
    sh.write_merge(0, 0, 0, 7, title, bold)
    sh.write_merge(1, 1, 0, 7, "（2021年换届选举产生，任期五年）")
    for c, h in enumerate(["序号", "姓名", "性别", "出生年月", "职务", "文化程度", "联系电话", "备注"]):
        sh.write(2, c, h, bold)
    r = 3
    for i, (n, sx, b, pos, edu, ph, note) in enumerate(people):
        for c, v in enumerate([i + 1, n, sx, b, pos, edu, ph, note]):
            if v != "":
                sh.write(r, c, v)
        truth(F6, sname, r + 1, "cadre", {"name": n, "position": pos}, V1)
        r += 1
    r += 1
    sh.write(r, 0, "填报人：金伟      填报日期：2023年3月")
    non(F6, sname, r + 1, "签名/填报日期")
bk.save(os.path.join(FILES, F6))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print("data rows", len(ROWS), "non_data", len(NON))
