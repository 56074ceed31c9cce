# -*- coding: utf-8 -*-
"""Blind test set: coastal / island fishing villages (舟山 东沙村, 宁德 青山村, 长岛 南隍城村).

Deterministic: no randomness. Writes files into ./files/ and truth.json beside this script.
"""
import csv
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

ROWS = []
NON = []


def truth(file, sheet, row, kind, village, **fields):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    ROWS.append(r)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def ha2mu(x):
    return round(x * 15, 2)


def m2mu(x):
    return round(x / 666.67, 2)


# ---------------------------------------------------------------------------
# File 1: 舟山 东沙村 海域 / 滩涂 使用权发包台账 (.xlsx)
# ---------------------------------------------------------------------------
F1 = "东极镇东沙村海域滩涂使用权发包台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "海域"
V1 = "东沙村"
ws["A1"] = "普陀区东极镇东沙村海域使用权发包台账（截至2023年12月31日）"
ws.merge_cells("A1:I1")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "填报单位：东沙村股份经济合作社（盖章）                          单位：元、公顷"
ws.merge_cells("A2:I2")
hdr = ["序号", "海域名称", "养殖品种", "面积（公顷）", "承包方", "承包期限", None, "年承包金（元）", "发包方式"]
for c, h in enumerate(hdr, 1):
    if h:
        ws.cell(3, c, h)
ws.cell(4, 6, "起")
ws.cell(4, 7, "止")
for col in "ABCDEHI":
    ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("F3:G3")

# (name, species, hectares, lessee, start, end, rent, method)
sea_groups = [
    ("一、贻贝养殖区", [
        ("东福山北侧1号海区", "厚壳贻贝", 3.2, "林阿宝", dt.date(2019, 1, 1), dt.date(2028, 12, 31), 19200, "公开竞价"),
        ("东福山北侧2号海区", "厚壳贻贝", 2.8, "陈阿珠", "2019.1.1", "2028.12.31", 16800, "公开竞价"),
        ("东福山北侧3号海区", "厚壳贻贝", 4.0, "舟山市普陀东极海洋渔业专业合作社", "2020年3月1日", "2030年2月28日", 26000, "公开竞价"),
        ("庙子湖东湾海区", "厚壳贻贝", 1.6, "郑依妹", dt.date(2021, 5, 1), dt.date(2026, 4, 30), 8800, "协商发包"),
        ("青浜岛南侧海区", "贻贝", 5.5, "舟山东极海鲜养殖有限公司", "2018-07-01", "2033-06-30", 30250, "公开招标"),
        ("黄兴岛西侧海区", "贻贝", 2.2, "王阿四", "20220101", "20261231", 12100, "协商发包"),
    ]),
    ("二、藻类养殖区", [
        ("东沙湾羊栖菜1号", "羊栖菜", 1.5, "林依金", dt.date(2020, 10, 1), dt.date(2025, 9, 30), 6000, "公开竞价"),
        ("东沙湾羊栖菜2号", "羊栖菜", 1.2, "陈孝忠", "2020.10.1", "2025.9.30", 4800, "公开竞价"),
        ("东沙湾紫菜区", "坛紫菜", 3.0, "刘阿妹", "2021年9月1日", "2026年8月31日", 10500, "公开竞价"),
        ("小东沙海带区", "海带", 2.6, "黄依弟", dt.date(2022, 11, 1), dt.date(2027, 10, 31), 9100, "协商发包"),
        ("大东沙海带区", "海带", 4.4, "普陀区东极镇海兴水产专业合作社", "2022.11.1", "2032.10.31", 17600, "公开招标"),
    ]),
    ("三、网箱及深水养殖区", [
        ("东福山深水网箱A区", "大黄鱼", 0.8, "舟山海之源渔业科技有限公司", dt.date(2021, 1, 1), dt.date(2035, 12, 31), 48000, "公开招标"),
        ("东福山深水网箱B区", "大黄鱼", 0.6, "张海生", "2023.3.1", "2028.2.28", 33000, "公开竞价"),
        ("庙子湖网箱区", "美国红鱼", 0.45, "李阿德", "2021-06-01", "2026-05-31", 20250, "协商发包"),
        ("青浜岛围网区", "鲈鱼", 1.3, "胡国良", "2022年1月1日", "2031年12月31日", 39000, "公开竞价"),
        ("黄兴岛筏式区", "海参（吊笼）", 0.9, "虞海平", dt.date(2023, 7, 1), dt.date(2028, 6, 30), 27000, "公开竞价"),
    ]),
]
r = 5
seq = 0
grand = 0
for gname, items in sea_groups:
    ws.cell(r, 1, gname)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    non(F1, "海域", r, "分组标题 " + gname)
    r += 1
    sub = 0
    for (name, sp, ha, who, s, e, rent, how) in items:
        seq += 1
        vals = [seq, name, sp, ha, who, s, e, rent, how]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
        def iso(x):
            if isinstance(x, dt.date):
                return x.isoformat()
            x = str(x)
            if "年" in x:
                y, rest = x.split("年")
                m, d = rest.rstrip("日").split("月")
                return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
            if "." in x:
                y, m, d = x.split(".")
                return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
            if "-" in x:
                return x
            return f"{x[:4]}-{x[4:6]}-{x[6:]}"
        truth(F1, "海域", r, "resource", V1, name=name, counterparty=who, amount=float(rent),
              area=ha2mu(ha), started_on=iso(s), ended_on=iso(e))
        sub += rent
        r += 1
    ws.cell(r, 2, "小计")
    ws.cell(r, 4, round(sum(i[2] for i in items), 2))
    ws.cell(r, 8, sub)
    non(F1, "海域", r, "小计")
    grand += sub
    r += 1
ws.cell(r, 1, "合计")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
ws.cell(r, 8, grand)
non(F1, "海域", r, "合计")
r += 2
ws.cell(r, 1, "注：1.面积以《海域使用权证》登记为准；2.承包金每年12月31日前一次性缴清。")
non(F1, "海域", r, "注")
r += 1
ws.cell(r, 1, "制表人：林海军")
ws.cell(r, 5, "审核人：陈国平")
ws.cell(r, 8, "2024年1月5日")
non(F1, "海域", r, "制表人/审核人")

# sheet 滩涂: area in 亩, term as one range cell, rent in 万元/年
ws2 = wb.create_sheet("滩涂")
ws2["A1"] = "东沙村滩涂养殖承包台账"
ws2.merge_cells("A1:H1")
ws2["A2"] = "单位：亩、万元"
heads = ["编号", "滩涂位置", "养殖品种", "面积（亩）", "承包人", "承包期限", "承包金（万元/年）", "备注"]
for c, h in enumerate(heads, 1):
    ws2.cell(3, c, h)
flats = [
    ("TT-01", "东沙湾北滩", "泥螺", 12.5, "郑阿根", "2019年1月1日至2023年12月31日", 0.75, "已到期，待重新发包"),
    ("TT-02", "东沙湾中滩", "缢蛏", 18, "陈阿珠", "2020.1.1-2029.12.31", 1.26, ""),
    ("TT-03", "东沙湾南滩", "缢蛏", 15.6, "林阿宝", "2020.1.1-2029.12.31", 1.092, ""),
    ("TT-04", "庙子湖西滩", "花蛤", 22, "王素娥", "2021年3月1日至2031年2月28日", 1.98, ""),
    ("TT-05", "庙子湖东滩", "花蛤", 9.8, "邬阿芳", "2021.3.1-2026.2.28", 0.784, ""),
    ("TT-06", "青浜岛北滩", "泥蚶", 30, "普陀区东极镇海兴水产专业合作社", "2018年5月1日至2038年4月30日", 1.8, "经村民代表会议通过"),
    ("TT-07", "青浜岛南滩", "泥蚶", 14.2, "乐国富", "2022.1.1-2026.12.31", 0.994, ""),
    ("TT-08", "黄兴岛东滩", "牡蛎", 26.4, "贺金龙", "2022年7月1日至2032年6月30日", 2.112, ""),
    ("TT-09", "黄兴岛西滩", "牡蛎", 8, "翁阿三", "2023.1.1-2027.12.31", 0.56, ""),
    ("TT-10", "东福山下滩", "紫菜苗种", 6.5, "林依金", "2023年4月1日至2028年3月31日", 0.52, ""),
    ("TT-11", "东福山上滩", "羊栖菜苗种", 7.3, "陈孝忠", "2023.4.1-2028.3.31", 0.584, ""),
    ("TT-12", "小东沙滩", "青蟹", 11, "郑依妹", "2020年6月1日至2025年5月31日", 1.1, ""),
    ("TT-13", "大东沙滩", "青蟹", 16, "刘阿妹", "2021.6.1-2026.5.31", 1.6, ""),
    ("TT-14", "沙角头滩", "弹涂鱼", 5.5, "虞阿毛", "2022年8月1日至2027年7月31日", 0.33, ""),
]


def range_iso(s):
    if "至" in s:
        a, b = s.split("至")
    else:
        a, b = s.split("-")
    out = []
    for x in (a, b):
        if "年" in x:
            y, rest = x.split("年")
            m, d = rest.rstrip("日").split("月")
        else:
            y, m, d = x.split(".")
        out.append(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    return out


r = 4
tot_area = 0
tot_rent = 0
for i, (code, loc, sp, mu, who, term, wan, note) in enumerate(flats):
    for c, v in enumerate([code, loc, sp, mu, who, term, wan, note], 1):
        ws2.cell(r, c, v)
    s, e = range_iso(term)
    truth(F1, "滩涂", r, "resource", V1, name=loc, counterparty=who, amount=round(wan * 10000, 2),
          area=float(mu), started_on=s, ended_on=e)
    tot_area += mu
    tot_rent += wan
    r += 1
    if i == 6:
        # a blank row in the middle of the data
        r += 1
ws2.cell(r, 1, "合  计")
ws2.cell(r, 4, round(tot_area, 2))
ws2.cell(r, 7, round(tot_rent, 3))
non(F1, "滩涂", r, "合计")
r += 1
ws2.cell(r, 1, "制表：林海军    村监会主任：邬国强")
non(F1, "滩涂", r, "制表/监委会签名")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: 宁德 三都镇 青山村 固定资产台账 + 合作社分红 (.xls BIFF)
# ---------------------------------------------------------------------------
F2 = "三都镇青山村固定资产台账2023.xls"
V2 = "青山村"
book = xlwt.Workbook(encoding="utf-8")
datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
bold = xlwt.easyxf("font: bold on")

sh = book.add_sheet("渔船")
sh.write_merge(0, 0, 0, 7, "蕉城区三都镇青山村集体渔船登记台账", bold)
sh.write(1, 0, "编制单位：青山村股份经济合作社")
sh.write(1, 6, "金额单位：万元")
heads = ["资产编号", "资产名称", "船舶编号", "主机功率（千瓦）", "购置日期", "原值（万元）", "使用状况", "保管人"]
for c, h in enumerate(heads):
    sh.write(2, c, h, bold)
boats = [
    ("QS-YC-001", "钢质拖网渔船", "闽蕉渔06218", 220, dt.date(2015, 4, 18), 185.6, "出租", "林阿宝"),
    ("QS-YC-002", "钢质拖网渔船", "闽蕉渔06219", 220, dt.date(2015, 4, 18), 185.6, "出租", "陈阿珠"),
    ("QS-YC-003", "玻璃钢刺网渔船", "闽蕉渔03377", 88, "2017年6月2日", 46.8, "在用", "郑依妹"),
    ("QS-YC-004", "玻璃钢刺网渔船", "闽蕉渔03378", 88, "2017.6.2", 46.8, "在用", "郑依妹"),
    ("QS-YC-005", "钢质围网渔船", "闽蕉渔07701", 300, "20180915", 268.0, "出租", "黄依弟"),
    ("QS-YC-006", "木质小型渔船", "闽蕉渔01120", 18, dt.date(2012, 3, 10), 8.5, "闲置", "林依金"),
    ("QS-YC-007", "木质小型渔船", "闽蕉渔01121", 18, dt.date(2012, 3, 10), 8.5, "报废待处置", "林依金"),
    ("QS-YC-008", "渔业辅助船（运输）", "闽蕉渔运0052", 135, "2019-08-20", 96.3, "在用", "陈孝忠"),
    ("QS-YC-009", "养殖工作船", "闽蕉养0318", 45, "2020年11月5日", 22.4, "在用", "刘依妹"),
    ("QS-YC-010", "养殖工作船", "闽蕉养0319", 45, "2020年11月5日", 22.4, "在用", "刘依妹"),
    ("QS-YC-011", "大黄鱼养殖投饵船", "闽蕉养0422", 60, "2021.5.28", 35.75, "在用", "雷阿妹"),
    ("QS-YC-012", "海上巡查快艇", "闽蕉巡009", 150, dt.date(2022, 9, 30), 58.0, "在用", "钟海明"),
]


def iso_any(x):
    if isinstance(x, dt.date):
        return x.isoformat()
    x = str(x)
    if "年" in x:
        y, rest = x.split("年")
        m, d = rest.rstrip("日").split("月")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    if "." in x:
        y, m, d = x.split(".")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    if "/" in x:
        y, m, d = x.split("/")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    if "-" in x:
        return x
    return f"{x[:4]}-{x[4:6]}-{x[6:]}"


r0 = 3
tot = 0
for i, b in enumerate(boats):
    for c, v in enumerate(b):
        if isinstance(v, dt.date):
            sh.write(r0, c, v, datefmt)
        else:
            sh.write(r0, c, v)
    truth(F2, "渔船", r0 + 1, "asset", V2, name=b[1], amount=round(b[5] * 10000, 2), acquired_on=iso_any(b[4]))
    tot += b[5]
    r0 += 1
sh.write(r0, 0, "合计")
sh.write(r0, 5, round(tot, 2))
non(F2, "渔船", r0 + 1, "合计")
r0 += 2
sh.write(r0, 0, "说明：出租渔船租金收入见资源租赁台账；报废渔船待村民代表会议决定处置方式。")
non(F2, "渔船", r0 + 1, "说明")

sh = book.add_sheet("码头冷库")
sh.write_merge(0, 0, 0, 6, "青山村码头、冷库等经营性资产明细表", bold)
sh.write(1, 0, "单位：元")
heads = ["序号", "资产名称", "类别", "坐落位置", "建成（购置）时间", "账面原值", "使用状况"]
for c, h in enumerate(heads):
    sh.write(2, c, h, bold)
quays = [
    ("青山渔港避风码头", "构筑物", "青山澳口", "2014年12月30日", "¥3,860,000.00", "在用"),
    ("北岙简易码头", "构筑物", "北岙自然村", "2016.7.15", "¥420,000.00", "在用"),
    ("码头浮趸（钢质）", "构筑物", "青山澳口", dt.date(2018, 5, 20), "¥265,000.00", "在用"),
]
extra_sub = [
    ("500吨冷库", "房屋及建筑物", "渔港路8号", dt.date(2017, 9, 1), "¥1,280,000.00", "出租"),
    ("冷库制冷机组", "机器设备", "渔港路8号", "2017-09-01", "¥356,800.00", "出租"),
    ("制冰厂厂房", "房屋及建筑物", "渔港路10号", "2013年4月", None, "出租"),
    ("渔具仓库", "房屋及建筑物", "北岙自然村", "2019.3.8", "¥188,500.00", "在用"),
    ("水产品交易棚", "房屋及建筑物", "青山澳口", "2021/6/18", "¥612,300.00", "在用"),
]
r0 = 3
seq = 0


def money(s):
    return float(str(s).replace("¥", "").replace(",", ""))


sub = 0
for q in quays:
    seq += 1
    vals = [seq] + list(q)
    for c, v in enumerate(vals):
        sh.write(r0, c, v, datefmt) if isinstance(v, dt.date) else sh.write(r0, c, v)
    truth(F2, "码头冷库", r0 + 1, "asset", V2, name=q[0], amount=money(q[4]), acquired_on=iso_any(q[3]))
    sub += money(q[4])
    r0 += 1
sh.write(r0, 1, "码头小计")
sh.write(r0, 5, f"¥{sub:,.2f}")
non(F2, "码头冷库", r0 + 1, "码头小计")
r0 += 1
sub2 = 0
for q in extra_sub:
    seq += 1
    vals = [seq] + list(q)
    for c, v in enumerate(vals):
        if v is None:
            continue
        sh.write(r0, c, v, datefmt) if isinstance(v, dt.date) else sh.write(r0, c, v)
    if q[4] is None:
        # 制冰厂: 原值 blank (未入账), month-only date
        truth(F2, "码头冷库", r0 + 1, "asset", V2, name=q[0], amount=None)
    else:
        truth(F2, "码头冷库", r0 + 1, "asset", V2, name=q[0], amount=money(q[4]), acquired_on=iso_any(q[3]))
        sub2 += money(q[4])
    r0 += 1
sh.write(r0, 1, "冷库及其他小计")
sh.write(r0, 5, f"¥{sub2:,.2f}")
non(F2, "码头冷库", r0 + 1, "冷库及其他小计")
r0 += 1
sh.write(r0, 1, "合计")
sh.write(r0, 5, f"¥{sub + sub2:,.2f}")
non(F2, "码头冷库", r0 + 1, "合计")
r0 += 2
sh.write(r0, 0, "注：制冰厂厂房系1990年代村集体自建，原值未入账，2013年4月翻建。")
non(F2, "码头冷库", r0 + 1, "注")
r0 += 1
sh.write(r0, 0, "会计：雷秀英")
sh.write(r0, 3, "村委会主任：钟海明")
non(F2, "码头冷库", r0 + 1, "签名")

# 合作社分红 (payment out)
sh = book.add_sheet("合作社分红")
sh.write_merge(0, 0, 0, 6, "青山村大黄鱼养殖专业合作社2023年度盈余分配（分红）发放表", bold)
sh.write(1, 0, "单位：元")
heads = ["序号", "社员姓名", "入股股数", "每股分红", "分红金额", "发放日期", "领款人签字"]
for c, h in enumerate(heads):
    sh.write(2, c, h, bold)
members = [("林阿宝", 20), ("陈阿珠", 15), ("郑依妹", 10), ("黄依弟", 12), ("林依金", 8), ("陈孝忠", 10),
           ("刘依妹", 6), ("雷阿妹", 5), ("钟海明", 18), ("雷秀英", 4), ("蓝阿水", 7), ("郑阿九", 9)]
r0 = 3
tot = 0
for i, (n, shares) in enumerate(members):
    amt = shares * 850
    d = dt.date(2024, 1, 18) if i < 8 else "2024.1.25"
    vals = [i + 1, n, shares, 850, amt, d, n]
    for c, v in enumerate(vals):
        sh.write(r0, c, v, datefmt) if isinstance(v, dt.date) else sh.write(r0, c, v)
    truth(F2, "合作社分红", r0 + 1, "payment", V2, date=iso_any(d), amount=float(amt), direction="out",
          counterparty=n)
    tot += amt
    r0 += 1
sh.write(r0, 1, "合计")
sh.write(r0, 2, sum(m[1] for m in members))
sh.write(r0, 4, tot)
non(F2, "合作社分红", r0 + 1, "合计")
r0 += 1
sh.write(r0, 0, "经手人：雷秀英      理事长：钟海明      监事：蓝阿水")
non(F2, "合作社分红", r0 + 1, "签名")

# a balance sheet: not a record kind
sh = book.add_sheet("资产负债表")
sh.write(0, 0, "资产负债表（简表）  2023年12月31日  单位：元")
bs = [("资产", "年初数", "年末数"), ("货币资金", 1523400.55, 1688012.3), ("应收款项", 86000, 42000),
      ("固定资产原值", 7823200, 7881200), ("减：累计折旧", 2103450, 2350100), ("资产总计", 7329150.55, 7261112.3)]
for i, row in enumerate(bs):
    for c, v in enumerate(row):
        sh.write(i + 2, c, v)
    if i > 0:
        non(F2, "资产负债表", i + 3, "资产负债表行 " + row[0])
book.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: 长岛 南隍城村 银行存款日记账 (.csv GBK)
# ---------------------------------------------------------------------------
F3 = "南隍城村2023年银行存款日记账.csv"
S3 = "南隍城村2023年银行存款日记账"
V3 = "南隍城村"
lines = []
lines.append(["长岛综合试验区南隍城乡南隍城村银行存款日记账", "", "", "", "", "", "", ""])
lines.append(["开户行：烟台农商银行长岛支行    账号：8150********3307    2023年度    单位：元", "", "", "", "", "", "", ""])
lines.append(["月", "日", "凭证号", "摘要", "对方户名", "借方金额", "贷方金额", "余额"])
bal = 865230.40
lines.append(["1", "1", "", "上年结转", "", "", "", f"{bal:.2f}"])
open_row = len(lines)
# (month, day, voucher, summary, counterparty, debit(in), credit(out))
tx = {
    1: [
        (5, "记-01", "收北隍城码头泊位租金", "长岛县海珍渔业有限公司", 48000, None),
        (8, "记-02", "付渔港航标灯维修费", "烟台海航助航设备有限公司", None, 6800),
        (12, "记-03", "收海参养殖海域承包金", "王德海", 36500, None),
        (15, "记-04", "付村干部2022年度报酬", "刘振海", None, 42000),
        (18, "记-05", "收冷库租金（2023年上半年）", "长岛鲍鱼岛水产冷链有限公司", 60000, None),
        (20, "记-06", "付春节慰问困难渔民", "于海兰", None, 1000),
        (28, "记-07", "付码头保洁劳务费", "孙德福", None, 3600),
        (31, "记-08", "收银行存款利息", "烟台农商银行长岛支行", 412.36, None),
        (31, "记-09", "付银行手续费", "烟台农商银行长岛支行", None, 35),
        (31, "记-10", "付渔业合作社分红款", "长岛南隍城渔业专业合作社", None, 120000),
    ],
    2: [
        (3, "记-01", "收扇贝养殖海域承包金", "长岛南隍城渔业专业合作社", 92000, None),
        (9, "记-02", "付海上救生衣采购款", "蓬莱市海安劳保用品店", None, 8450),
        (14, "记-03", "收鲍鱼养殖筏架租金", "宋玉林", 18600, None),
        (16, "记-04", "付冷库电费", "国网长岛供电公司", None, 12867.5),
        (20, "记-05", "付2022年海洋灾害（风暴潮）渔民补助", "宋玉林", None, 5600),
        (20, "记-06", "付2022年海洋灾害（风暴潮）渔民补助", "于海兰", None, 4200),
        (20, "记-07", "付2022年海洋灾害（风暴潮）渔民补助", "王德海", None, 7300),
        (24, "记-08", "收上级拨付海洋灾害救灾资金", "长岛综合试验区财政局", 50000, None),
        (27, "记-09", "付码头防波堤维修工程款", "烟台长岛港湾工程有限公司", None, 86000),
        (28, "记-10", "付银行手续费", "烟台农商银行长岛支行", None, 22),
    ],
    3: [
        (2, "记-01", "收渔船出租租金", "刘海涛", 26000, None),
        (6, "记-02", "付村务公开栏制作费", "长岛县宏图广告部", None, 2300),
        (10, "记-03", "收海带养殖海域承包金", "孙德福", 14400, None),
        (13, "记-04", "付渔港清淤工程预付款", "烟台长岛港湾工程有限公司", None, 150000),
        (17, "记-05", "付冷库制冷设备维修费", "烟台冰山制冷设备维修中心", None, 9980),
        (21, "记-06", "收码头泊位临时停靠费", "蓬莱金海运输有限公司", 3200, None),
        (24, "记-07", "付村监委会成员误工补贴", "宋立国", None, 2400),
        (29, "记-08", "收冷库押金退回", "长岛鲍鱼岛水产冷链有限公司", 10000, None),
        (31, "记-09", "收银行存款利息", "烟台农商银行长岛支行", 388.12, None),
        (31, "记-10", "付银行手续费", "烟台农商银行长岛支行", None, 18),
    ],
    4: [
        (3, "记-01", "收海参养殖海域承包金（补缴）", "王德海", 12000, None),
        (7, "记-02", "付渔港清淤工程进度款", "烟台长岛港湾工程有限公司", None, 98000),
        (11, "记-03", "付休渔期渔民技能培训费", "长岛综合试验区渔业技术推广站", None, 4500),
        (15, "记-04", "收渔船出租租金", "刘海涛", 26000, None),
        (18, "记-05", "付码头照明改造材料款", "烟台海航助航设备有限公司", None, 17650),
        (22, "记-06", "付渔业合作社分红款（第二批）", "长岛南隍城渔业专业合作社", None, 60000),
        (25, "记-07", "收冷库租金", "长岛鲍鱼岛水产冷链有限公司", 30000, None),
        (26, "记-08", "付救生筏年检费", "烟台海事救生设备检验站", None, 3260),
        (28, "记-09", "付村干部一季度报酬", "刘振海", None, 10500),
        (28, "记-10", "付银行手续费", "烟台农商银行长岛支行", None, 26),
    ],
}
year_in = year_out = 0.0
for m in (1, 2, 3, 4):
    m_in = m_out = 0.0
    for (d, v, summ, cp, din, dout) in tx[m]:
        if din:
            bal += din
            m_in += din
        else:
            bal -= dout
            m_out += dout
        lines.append([str(m), str(d), v, summ, cp,
                      f"{din:.2f}" if din else "", f"{dout:.2f}" if dout else "", f"{bal:.2f}"])
        truth(F3, S3, len(lines), "payment", V3, date=f"2023-{m:02d}-{d:02d}",
              amount=float(din or dout), direction="in" if din else "out", counterparty=cp)
    year_in += m_in
    year_out += m_out
    last_day = {1: 31, 2: 28, 3: 31, 4: 30}[m]
    lines.append([str(m), str(last_day), "", "本月合计", "", f"{m_in:.2f}", f"{m_out:.2f}", f"{bal:.2f}"])
    non(F3, S3, len(lines), "本月合计")
    lines.append([str(m), str(last_day), "", "本年累计", "", f"{year_in:.2f}", f"{year_out:.2f}", f"{bal:.2f}"])
    non(F3, S3, len(lines), "本年累计")
non(F3, S3, open_row, "上年结转")
lines.append(["记账：于海兰", "", "", "复核：宋立国", "", "", "", ""])
non(F3, S3, len(lines), "记账/复核")
with open(os.path.join(FILES, F3), "w", encoding="gbk", newline="") as f:
    w = csv.writer(f)
    for ln in lines:
        w.writerow(ln)

# ---------------------------------------------------------------------------
# File 4: platform export (HTML saved as .xls): 冷库/码头泊位 租赁 — several villages of 三都镇
# ---------------------------------------------------------------------------
F4 = "三都镇资源性资产租赁台账_平台导出.xls"
S4 = "三都镇资源性资产租赁台账_平台导出"
leases = [
    # village, name, type, m2, lessee, rent, start, end, method
    ("青山村", "青山渔港1号泊位", "码头泊位", 320, "宁德市三都澳海运有限公司", 24000, "2021-07-01", "2026-06-30", "公开竞价"),
    ("青山村", "青山渔港2号泊位", "码头泊位", 280, "林阿宝", 18000, "2022-01-01", "2024-12-31", "协议出租"),
    ("青山村", "青山渔港3号泊位", "码头泊位", 280, "陈阿珠", 18000, "2022-01-01", "2024-12-31", "协议出租"),
    ("青山村", "500吨冷库", "冷库", 1200, "宁德市蕉城区海丰冷链物流有限公司", 150000, "2020-09-01", "2030-08-31", "公开招租"),
    ("青山村", "制冰厂厂房", "厂房", 860, "郑依妹", 42000, "2019-04-01", "2029-03-31", "协议出租"),
    ("青山村", "钢质拖网渔船（闽蕉渔06218）", "渔船", None, "林阿宝", 120000, "2023-01-01", "2025-12-31", "公开竞价"),
    ("青山村", "钢质围网渔船（闽蕉渔07701）", "渔船", None, "黄依弟", 165000, "2022-03-01", "2027-02-28", "公开竞价"),
    ("斗帽村", "斗帽岛客货码头泊位", "码头泊位", 450, "宁德市三都澳海运有限公司", 31500, "2020-05-01", "2025-04-30", "公开竞价"),
    ("斗帽村", "斗帽村200吨冷库", "冷库", 540, "雷阿妹", 56000, "2021-10-01", "2026-09-30", "公开招租"),
    ("斗帽村", "斗帽村渔需物资仓库", "仓库", 380, "钟阿水", 15200, "2022-06-01", "2027-05-31", "协议出租"),
    ("斗帽村", "斗帽村大黄鱼网箱海域", "海域", 13333.4, "宁德市富发水产有限公司", 60000, "2019-01-01", "2033-12-31", "公开招标"),
    ("斗帽村", "斗帽村海带养殖海域", "海域", 20000, "蓝阿水", 27000, "2021-11-01", "2026-10-31", "公开竞价"),
    ("礁头村", "礁头渔港泊位（东侧）", "码头泊位", 260, "郑阿九", 13000, "2023-02-01", "2026-01-31", "协议出租"),
    ("礁头村", "礁头渔港泊位（西侧）", "码头泊位", 260, "刘依妹", 13000, "2023-02-01", "2026-01-31", "协议出租"),
    ("礁头村", "礁头村冷库", "冷库", 900, "宁德市蕉城区海丰冷链物流有限公司", 88000, "2018-08-01", "2038-07-31", "协议出租"),
    ("礁头村", "礁头村海参养殖池", "养殖池塘", 6000, "雷秀英", 21600, "2020-03-01", "2025-02-28", "公开竞价"),
    ("礁头村", "礁头村紫菜养殖海域", "海域", 33333.5, "宁德市三都澳紫菜专业合作社", 45000, "2022-09-01", "2032-08-31", "公开招标"),
    ("礁头村", "礁头村渔港综合楼一层店面", "房屋", 150, "钟海明", 9600, "2023-05-01", "2028-04-30", "协议出租"),
    ("礁头村", "礁头村网具晾晒场", "场地", 2400, "蓝阿水", 7200, "2021-01-01", "2025-12-31", "协议出租"),
    ("礁头村", "礁头村渔港停车场", "场地", 1800, "宁德市蕉城区畅行停车管理有限公司", 12000, "2023-07-01", "2026-06-30", "公开竞价"),
]
html = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<table border="1">',
        '<tr><td colspan="11" align="center"><b>蕉城区三都镇农村集体资源性资产租赁（发包）台账</b></td></tr>',
        '<tr><td colspan="11">导出时间：2024-03-12 09:41:27　　数据来源：宁德市农村集体“三资”监管平台</td></tr>',
        '<tr><td>序号</td><td>村（社区）</td><td>资源名称</td><td>资源类型</td><td>面积（平方米）</td><td>承租方</td>'
        '<td>年租金（元）</td><td>起始日期</td><td>终止日期</td><td>发包方式</td><td>合同状态</td></tr>']
row = 3
tot = 0
for i, (vil, name, typ, m2, who, rent, s, e, how) in enumerate(leases):
    row += 1
    html.append(f'<tr><td>{i+1}</td><td>{vil}</td><td>{name}</td><td>{typ}</td><td>{"" if m2 is None else m2}</td>'
                f'<td>{who}</td><td>¥{rent:,.2f}</td><td>{s}</td><td>{e}</td><td>{how}</td><td>执行中</td></tr>')
    truth(F4, S4, row, "resource", vil, name=name, counterparty=who, amount=float(rent),
          area=None if m2 is None else m2mu(m2), started_on=s, ended_on=e)
    tot += rent
row += 1
html.append(f'<tr><td>合计</td><td></td><td></td><td></td><td></td><td></td><td>¥{tot:,.2f}</td>'
            '<td></td><td></td><td></td><td></td></tr>')
non(F4, S4, row, "合计")
html.append('</table></body></html>')
with open(os.path.join(FILES, F4), "w", encoding="utf-8") as f:
    f.write("\n".join(html))

# ---------------------------------------------------------------------------
# File 5: 东沙村 合同台账 + 村两委 + 台风补助发放 (.xlsx)
# ---------------------------------------------------------------------------
F5 = "东沙村2023年合同台账及补助发放表.xlsx"
V5 = "东沙村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "合同台账"
ws["A1"] = "东沙村2023年经济合同台账"
ws.merge_cells("A1:I1")
ws["A2"] = "单位：元"
heads = ["序号", "合同编号", "合同名称", "合同类别", "乙方（对方单位）", "合同金额（小写）", "合同金额（大写）", "签订日期", "履行期限"]
for c, h in enumerate(heads, 1):
    ws.cell(3, c, h)
contracts = [
    ("DS-2023-001", "东沙渔港码头护岸修复工程施工合同", "工程", "舟山市普陀海建工程有限公司", 286500, "贰拾捌万陆仟伍佰元整", "2023年3月5日", "2023.3-2023.6"),
    ("DS-2023-002", "冷库制冷机组采购合同", "采购", "宁波冰轮制冷设备有限公司", 96800, "玖万陆仟捌佰元整", "2023.3.18", "30日"),
    ("DS-2023-003", "渔港航标灯更换合同", "采购", "舟山市定海航海器材厂", 18600, "壹万捌仟陆佰元整", 20230402, "15日"),
    ("DS-2023-004", "东福山北侧1号海区贻贝养殖承包合同", "发包", "林阿宝", 19200, "壹万玖仟贰佰元整", dt.date(2019, 1, 1), "2019-2028"),
    ("DS-2023-005", "村级渔业码头保洁服务合同", "服务", "舟山市普陀区东极保洁服务部", 36000, "叁万陆仟元整", "2023-04-20", "一年"),
    ("DS-2023-006", "冷库租赁合同", "租赁", "舟山东极海鲜养殖有限公司", 80000, "捌万元整", "2023年5月1日", "2023.5-2026.4"),
    ("DS-2023-007", "青浜岛道路硬化工程施工合同", "工程", "舟山市普陀海建工程有限公司", 98000, "玖万捌仟元整", "2023.5.16", "60日"),
    ("DS-2023-008", "青浜岛道路硬化二期工程施工合同", "工程", "舟山市普陀海建工程有限公司", 97500, "玖万柒仟伍佰元整", "2023.6.2", "60日"),
    ("DS-2023-009", "渔民避风安置点改造工程合同", "工程", "舟山宏达建设有限公司", "12.5万元", "壹拾贰万伍仟元整", "2023年6月28日", "90日"),
    ("DS-2023-010", "救生衣及救生圈采购合同", "采购", "舟山市普陀区安渔劳保用品商店", 7420, "柒仟肆佰贰拾元整", dt.date(2023, 7, 10), "即时"),
    ("DS-2023-011", "台风后码头应急抢修合同", "工程", "舟山市普陀海建工程有限公司", 45800, "肆万伍仟捌佰元整", "2023/9/8", "10日"),
    ("DS-2023-012", "海域使用论证报告编制合同", "服务", "浙江海洋大学海洋设计研究院", 52000, "伍万贰仟元整", "2023年9月20日", "2023.9-2023.12"),
    ("DS-2023-013", "渔船保险统保服务协议", "服务", "中国渔业互保协会舟山办事处", 23650, "贰万叁仟陆佰伍拾元整", "2023.10.9", "一年"),
    ("DS-2023-014", "村部及码头监控系统安装合同", "采购", "舟山市海联智能科技有限公司", 39900, "叁万玖仟玖佰元整", "20231115", "30日"),
]


def amt(x):
    if isinstance(x, str) and x.endswith("万元"):
        return round(float(x[:-2]) * 10000, 2)
    return float(x)


r = 4
tot = 0
for i, c in enumerate(contracts):
    vals = [i + 1] + list(c)
    for col, v in enumerate(vals, 1):
        cell = ws.cell(r, col, v)
        if isinstance(v, dt.date):
            cell.number_format = "yyyy年m月d日"
    so = c[6]
    so = iso_any(so) if not isinstance(so, int) else iso_any(str(so))
    truth(F5, "合同台账", r, "contract", V5, counterparty=c[3], amount=amt(c[4]), signed_on=so)
    tot += amt(c[4])
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 6, tot)
non(F5, "合同台账", r, "合计")
r += 2
ws.cell(r, 1, "备注：DS-2023-004为存续合同，2023年续录入台账。")
non(F5, "合同台账", r, "备注")
r += 1
ws.cell(r, 1, "制表人：林海军   审核人：陈国平   2024年1月8日")
non(F5, "合同台账", r, "签名")

ws = wb.create_sheet("村两委成员")
ws["A1"] = "东沙村第十二届村“两委”成员名单"
ws.merge_cells("A1:E1")
for c, h in enumerate(["序号", "姓名", "性别", "职务", "联系电话"], 1):
    ws.cell(2, c, h)
cadres = [("陈国平", "男", "村党总支书记、村委会主任"), ("林海军", "男", "村党总支副书记、报账员"),
          ("邬国强", "男", "村务监督委员会主任"), ("王素娥", "女", "村委会委员、妇联主席"),
          ("郑阿根", "男", "村委会委员"), ("虞海平", "男", "村党总支委员"), ("乐秀珍", "女", "村委会委员、文书")]
r = 3
for i, (n, sx, pos) in enumerate(cadres):
    for c, v in enumerate([i + 1, n, sx, pos, f"1385802{4310 + i * 7:04d}"], 1):
        ws.cell(r, c, v)
    truth(F5, "村两委成员", r, "cadre", V5, name=n, position=pos)
    r += 1
r += 1
ws.cell(r, 1, "东极镇党委组织办 2023年1月")
non(F5, "村两委成员", r, "落款")

ws = wb.create_sheet("台风补助发放")
ws["A1"] = "东沙村2022年第12号台风“梅花”渔业受灾补助发放花名册"
ws.merge_cells("A1:H1")
ws["A2"] = "发放单位：东沙村村民委员会"
ws["F2"] = "单位：元"
ws.cell(3, 1, "序号")
ws.cell(3, 2, "户主姓名")
ws.cell(3, 3, "受灾情况")
ws.cell(3, 4, "补助标准")
ws.cell(3, 6, "补助金额")
ws.cell(3, 7, "发放日期")
ws.cell(3, 8, "领款人签名")
ws.cell(4, 4, "核定数量")
ws.cell(4, 5, "单价")
for col in "ABCFGH":
    ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("D3:E3")
victims = [
    ("林阿宝", "贻贝浮筏损毁", 40, 150, "2022.10.20"),
    ("陈阿珠", "贻贝浮筏损毁", 32, 150, "2022.10.20"),
    ("郑依妹", "贻贝浮筏损毁", 18, 150, "2022.10.20"),
    ("王阿四", "贻贝浮筏损毁", 25, 150, "2022.10.20"),
    ("林依金", "羊栖菜苗绳损失", 60, 40, "2022.10.20"),
    ("陈孝忠", "羊栖菜苗绳损失", 45, 40, "2022.10.21"),
    ("刘阿妹", "紫菜网帘损毁", 80, 30, "2022.10.21"),
    ("黄依弟", "海带筏架损毁", 22, 150, "2022.10.21"),
    ("张海生", "深水网箱受损", 2, 3500, "2022年10月25日"),
    ("李阿德", "网箱受损", 1, 3500, "2022年10月25日"),
    ("胡国良", "围网破损", 1, 5000, "2022年10月25日"),
    ("虞阿毛", "小型渔船受损", 1, 2000, dt.date(2022, 11, 2)),
    ("翁阿三", "牡蛎养殖筏受损", 12, 150, dt.date(2022, 11, 2)),
    ("贺金龙", "牡蛎养殖筏受损", 20, 150, dt.date(2022, 11, 2)),
    ("乐国富", "泥蚶滩涂受淹", 14.2, 100, dt.date(2022, 11, 2)),
]
r = 5
tot = 0
for i, (n, what, q, p, d) in enumerate(victims):
    a = round(q * p, 2)
    for c, v in enumerate([i + 1, n, what, q, p, a, d, n], 1):
        cell = ws.cell(r, c, v)
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    truth(F5, "台风补助发放", r, "payment", V5, date=iso_any(d), amount=float(a), direction="out", counterparty=n)
    tot += a
    r += 1
    if i == 7:
        ws.cell(r, 2, "小计")
        ws.cell(r, 6, round(sum(round(v[2] * v[3], 2) for v in victims[:8]), 2))
        non(F5, "台风补助发放", r, "小计（第一批）")
        r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 6, round(tot, 2))
non(F5, "台风补助发放", r, "合计")
r += 1
ws.cell(r, 1, "经办人：林海军    审核：陈国平    监督：邬国强")
non(F5, "台风补助发放", r, "签名")
wb.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows,", len(NON), "non-data rows")
