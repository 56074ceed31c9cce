#!/usr/bin/env python3
"""Blind test set qa47: 村民小组 (组) level money — 组账, 征地补偿款分配, 土地流转费发放,
组集体山林/鱼塘发包, 村组干部花名册.  Deterministic; writes files/ and truth.json next to itself."""
import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FILES.mkdir(parents=True, exist_ok=True)
ROWS = []
NON = []


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


# ---------------------------------------------------------------------------
# File 1: 青山村第三村民小组 组账 (xlsx, two sheets)
# ---------------------------------------------------------------------------
F1 = "青山村第三村民小组2023年组账收支流水.xlsx"
V1 = "青山村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023年组账"
ws["A1"] = "浏阳市沙市镇青山村第三村民小组2023年度收支流水账"
ws.merge_cells("A1:G1")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "单位：元                                   报账员：刘春华"
ws.merge_cells("A2:G2")
ws["A3"] = "2023年"
ws.merge_cells("A3:B3")
for col, h in zip("CDEFG", ["摘要", "收入", "支出", "结存", "经手人"]):
    ws[f"{col}3"] = h
    ws.merge_cells(f"{col}3:{col}4")
ws["A4"] = "月"
ws["B4"] = "日"
for c in ws[3] + ws[4]:
    c.alignment = Alignment(horizontal="center", vertical="center")

# (month, day, summary, income, expense, handler, counterparty)
E1 = [
    (1, 6, "收湘丰农业公司2022年下半年土地流转费", 18600.00, None, "刘春华", "湘丰农业公司"),
    (1, 12, "付组长周建军2022年误工补贴", None, 2400.00, "刘春华", "周建军"),
    (1, 20, "春节慰问五保户谭桂英", None, 500.00, "周建军", "谭桂英"),
    (2, 8, "付李德胜清理山塘淤泥工钱", None, 1350.00, "周建军", "李德胜"),
    (2, 15, "收鱼塘承包费（罗志强）", 3200.00, None, "刘春华", "罗志强"),
    (3, 3, "购水泥40包（沙市镇永兴建材店）", None, 1120.00, "周建军", "沙市镇永兴建材店"),
    (3, 10, "付修机耕道工钱（黄国平等5人）", None, 3750.00, "周建军", "黄国平"),
    (3, 28, "收镇财政所拨一事一议奖补资金", 20000.00, None, "刘春华", "镇财政所"),
    (4, 5, "付挖机台班费（陈卫东）", None, 4800.00, "周建军", "陈卫东"),
    (4, 18, "银行存款利息", 36.52, None, "刘春华", None),
    (4, 26, "付机耕道硬化工程款（浏阳市宏顺建筑劳务有限公司）", None, 18500.00, "周建军", "浏阳市宏顺建筑劳务有限公司"),
    (5, 9, "收征地补偿款（长浏高速项目部）", 126400.00, None, "刘春华", "长浏高速项目部"),
    (5, 22, "付组民会议误餐费", None, 680.00, "刘春华", None),
    (6, 2, "分配征地补偿款第一批（见分配表）", None, 64000.00, "周建军", None),
    (6, 16, "付电工杨小兵抽水机维修费", None, 420.00, "周建军", "杨小兵"),
    (6, 30, "收湘丰农业公司2023年上半年土地流转费", 18600.00, None, "刘春华", "湘丰农业公司"),
    (7, 4, "发放2023年上半年土地流转费", None, 18600.00, "周建军", None),
    (7, 19, "付防汛值班补助（周建军、李德胜）", None, 600.00, "刘春华", None),
    (8, 7, "收山林承包费（汤友良）", 2600.00, None, "刘春华", "汤友良"),
    (8, 25, "购抽水机一台（浏阳市农机公司）", None, 2980.00, "周建军", "浏阳市农机公司"),
    (9, 12, "分配征地补偿款第二批（见分配表）", None, 58600.00, "周建军", None),
    (9, 27, "付组道除草工钱（谭建华）", None, 300.00, "周建军", "谭建华"),
    (10, 10, "收水库水费返还", 1260.00, None, "刘春华", None),
    (10, 23, "付山塘护坡石料款（罗胜利）", None, 2150.00, "周建军", "罗胜利"),
    (11, 6, "付组务公开栏制作费（沙市镇广源广告店）", None, 850.00, "刘春华", "沙市镇广源广告店"),
    (11, 20, "收鱼塘承包费（黄金龙）", 2800.00, None, "刘春华", "黄金龙"),
    (12, 8, "收湘丰农业公司2023年下半年土地流转费", 18600.00, None, "刘春华", "湘丰农业公司"),
    (12, 15, "发放2023年下半年土地流转费", None, 18600.00, "周建军", None),
    (12, 22, "付报账员刘春华全年报账补贴", None, 1200.00, "周建军", "刘春华"),
    (12, 29, "付年终组民大会茶水费", None, 260.00, "刘春华", None),
]
bal = 5832.40
r = 5
ws.cell(r, 3, "上年结转")
ws.cell(r, 6, bal)
N(F1, "2023年组账", r, "上年结转")
r += 1
prev_m = None
tot_in = tot_out = 0.0
cur_m_in = cur_m_out = 0.0
for i, (m, d, summ, inc, exp, hand, cp) in enumerate(E1):
    if prev_m is not None and m != prev_m:
        # quarter end gets 本月合计 only on months 3,6,9 (as the 报账员 did)
        pass
    ws.cell(r, 1, m if m != prev_m else None)
    ws.cell(r, 2, d)
    ws.cell(r, 3, summ)
    if inc is not None:
        ws.cell(r, 4, inc)
        bal = round(bal + inc, 2)
        tot_in += inc
        cur_m_in += inc
    if exp is not None:
        ws.cell(r, 5, exp)
        bal = round(bal - exp, 2)
        tot_out += exp
        cur_m_out += exp
    ws.cell(r, 6, bal)
    ws.cell(r, 7, hand)
    T(F1, "2023年组账", r, "payment", V1, date=f"2023-{m:02d}-{d:02d}",
      amount=inc if inc is not None else exp, direction="in" if inc is not None else "out",
      counterparty=cp)
    r += 1
    prev_m = m
    nxt = E1[i + 1][0] if i + 1 < len(E1) else None
    if m in (3, 6, 9, 12) and nxt != m:
        ws.cell(r, 3, f"第{(m - 1) // 3 + 1}季度合计")
        N(F1, "2023年组账", r, "季度合计")
        r += 1
ws.cell(r, 3, "本年累计")
ws.cell(r, 4, round(tot_in, 2))
ws.cell(r, 5, round(tot_out, 2))
ws.cell(r, 6, bal)
N(F1, "2023年组账", r, "本年累计")
r += 2
ws.cell(r, 1, "组长：周建军        报账员：刘春华        村务监督委员会：罗新民")
N(F1, "2023年组账", r, "签字")
end_2023 = bal

# quarterly sums need values: fill them in afterwards
for row in range(5, r):
    v = ws.cell(row, 3).value
    if isinstance(v, str) and v.endswith("季度合计"):
        q = int("一二三四".index(v[1]) + 1) if v[1] in "一二三四" else int(v[1])
        qi = sum(e[3] or 0 for e in E1 if (e[0] - 1) // 3 + 1 == q)
        qo = sum(e[4] or 0 for e in E1 if (e[0] - 1) // 3 + 1 == q)
        ws.cell(row, 4, round(qi, 2))
        ws.cell(row, 5, round(qo, 2))

ws2 = wb.create_sheet("2024年1-3月")
ws2["A1"] = "青山村第三村民小组2024年1-3月收支流水"
ws2["A2"] = "单位：元"
hdr = ["日期", "摘要", "收入", "支出", "结存", "经手人", "备注"]
for j, h in enumerate(hdr, 1):
    ws2.cell(3, j, h)
ws2.cell(4, 2, "承上年结存")
ws2.cell(4, 5, end_2023)
N(F1, "2024年1-3月", 4, "承上年结存")
E2 = [
    ("2024.1.5", "付组长周建军2023年误工补贴", None, "¥2,400.00", "刘春华", "周建军", 2400.00),
    ("2024.1.5", "付会计刘春华2023年误工补贴", None, "¥1,800.00", "周建军", "刘春华", 1800.00),
    ("2024.1.18", "收长浏高速项目部青苗补偿款", "3,560.00", None, "刘春华", "长浏高速项目部", 3560.00),
    ("2024.1.26", "春节慰问困难户（谭桂英、李秋菊）", None, "800", "周建军", None, 800.00),
    ("2024.2.3", "付罗胜利修复山塘放水涵管", None, "1,650.00", "周建军", "罗胜利", 1650.00),
    ("2024.2.19", "收鱼塘承包费（罗志强）", "3,200.00", None, "刘春华", "罗志强", 3200.00),
    ("2024.2.27", "购稻种补助发放", None, "4,340.00", "周建军", None, 4340.00),
    ("2024.3.6", "付浏阳市宏顺建筑劳务有限公司机耕道质保金", None, "925.00", "刘春华", "浏阳市宏顺建筑劳务有限公司", 925.00),
    ("2024.3.12", "收山林承包费（汤友良）", "2,600.00", None, "刘春华", "汤友良", 2600.00),
    ("2024.3.21", "付春耕水渠清淤工钱（黄国平）", None, "1,080.00", "周建军", "黄国平", 1080.00),
    ("2024.3.29", "银行利息", "9.87", None, "刘春华", None, 9.87),
]
bal = end_2023
r = 5
qi = qo = 0.0
for (ds, summ, inc, exp, hand, cp, amt) in E2:
    y, m, d = (int(x) for x in ds.split("."))
    ws2.cell(r, 1, ds)
    ws2.cell(r, 2, summ)
    if inc:
        ws2.cell(r, 3, inc)
        bal = round(bal + amt, 2)
        qi += amt
    if exp:
        ws2.cell(r, 4, exp)
        bal = round(bal - amt, 2)
        qo += amt
    ws2.cell(r, 5, bal)
    ws2.cell(r, 6, hand)
    T(F1, "2024年1-3月", r, "payment", V1, date=f"{y}-{m:02d}-{d:02d}", amount=amt,
      direction="in" if inc else "out", counterparty=cp)
    r += 1
ws2.cell(r, 2, "本季合计")
ws2.cell(r, 3, round(qi, 2))
ws2.cell(r, 4, round(qo, 2))
ws2.cell(r, 5, bal)
N(F1, "2024年1-3月", r, "本季合计")
r += 1
ws2.cell(r, 1, "注：1月5日两笔误工补贴经2023年12月29日组民大会通过。")
N(F1, "2024年1-3月", r, "注")
wb.save(FILES / F1)

# ---------------------------------------------------------------------------
# File 2: 红旗村一组征地补偿款分配表 (.xls, BIFF via xlwt)
# ---------------------------------------------------------------------------
F2 = "红旗村一组征地补偿款分配表.xls"
V2 = "红旗村"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("一组分配表")
sh.write_merge(0, 0, 0, 8, "汉寿县岩汪湖镇红旗村一组常益长铁路征地补偿款分配表")
sh.write_merge(1, 1, 0, 8, "分配标准：每人3800元（土地补偿费按人口平均分配）        单位：元")
H2 = ["序号", "户主姓名", "人口", "分配标准", "应分金额", "实发金额", "领取人签字", "领取日期", "备注"]
for j, h in enumerate(H2):
    sh.write(2, j, h)
HH = [
    ("胡德明", 5), ("胡德亮", 4), ("胡建华", 3), ("王桂兰", 2), ("胡国强", 6),
    ("谢金山", 4), ("谢金水", 5), ("胡志勇", 3), ("曾庆华", 4), ("曾庆云", 2),
    ("胡长青", 5), ("刘玉梅", 1), ("胡卫国", 4), ("谢立新", 3), ("胡小平", 5),
    ("邓春生", 4), ("邓秋生", 3), ("胡红军", 6), ("谢文彬", 4), ("胡先进", 2),
    ("曾宪章", 5), ("胡爱民", 3), ("周四妹", 2), ("胡建国", 4), ("谢爱华", 5),
    ("邓满仓", 3), ("胡跃进", 4), ("曾凡林", 3), ("胡三元", 5), ("谢国庆", 4),
]
dates2 = ["2023.7.15", "2023.7.15", "2023.7.15", "2023.7.16", "2023.7.16"]
sum_should = sum_paid = 0
for i, (name, pop) in enumerate(HH):
    r = 3 + i
    should = pop * 3800
    paid = should
    note = ""
    sign = ""
    if i in (4, 17, 24):
        paid = should - 280 * pop
        note = f"扣缴2024年度城乡居民医保{280 * pop}元"
    if i in (11, 22):
        sign = f"代领：{'胡长青' if i == 11 else '胡爱民'}"
    ds = dates2[i % 5] if i < 27 else "2023年8月2日"
    sh.write(r, 0, i + 1)
    sh.write(r, 1, name)
    sh.write(r, 2, pop)
    sh.write(r, 3, 3800)
    sh.write(r, 4, should)
    sh.write(r, 5, paid)
    sh.write(r, 6, sign)
    sh.write(r, 7, ds)
    sh.write(r, 8, note)
    sum_should += should
    sum_paid += paid
    if "年" in ds:
        iso = "2023-08-02"
    else:
        y, m, d = ds.split(".")
        iso = f"{y}-{int(m):02d}-{int(d):02d}"
    T(F2, "一组分配表", r + 1, "payment", V2, date=iso, amount=float(paid),
      direction="out", counterparty=name)
r = 3 + len(HH)
sh.write(r, 1, "合计")
sh.write(r, 2, sum(p for _, p in HH))
sh.write(r, 4, sum_should)
sh.write(r, 5, sum_paid)
N(F2, "一组分配表", r + 1, "合计")
r += 2
sh.write(r, 0, "注：分配方案经2023年6月18日一组户主会议表决通过（应到32户，实到29户，同意27户）。")
N(F2, "一组分配表", r + 1, "注")
r += 1
sh.write(r, 0, "制表人：谢立新")
sh.write(r, 3, "审核人：胡卫国（组长）")
sh.write(r, 6, "村监委：曾宪章")
N(F2, "一组分配表", r + 1, "签字")

sh2 = book.add_sheet("汇总")
sh2.write(0, 0, "红旗村征地补偿款分配汇总（按组）")
for j, h in enumerate(["组别", "户数", "人口", "征地面积（亩）", "补偿总额（元）", "已发放（元）"]):
    sh2.write(1, j, h)
SUMS = [("一组", 30, sum(p for _, p in HH), 38.6, sum_should, sum_paid),
        ("二组", 26, 97, 21.4, 368600, 368600),
        ("五组", 18, 64, 9.85, 243200, 240960)]
for i, row in enumerate(SUMS):
    for j, v in enumerate(row):
        sh2.write(2 + i, j, v)
    N(F2, "汇总", 3 + i, "汇总统计（非台账）")
sh2.write(5, 0, "合计")
N(F2, "汇总", 6, "合计")
book.save(str(FILES / F2))

# ---------------------------------------------------------------------------
# File 3: 白沙村第二村民小组土地流转费发放表 (csv, GBK)
# ---------------------------------------------------------------------------
F3 = "白沙村第二村民小组2023年土地流转费发放表.csv"
S3 = F3[:-4]
V3 = "白沙村"
PP = [
    ("钟发根", 3.62), ("钟发林", 2.85), ("黄水生", 4.10), ("黄冬生", 1.96), ("钟卫平", 5.33),
    ("刘火根", 2.40), ("刘金凤", 1.15), ("钟国华", 3.08), ("黄小毛", 2.77), ("钟荣生", 4.45),
    ("赖长根", 3.20), ("赖长发", 2.06), ("钟春秀", 0.88), ("黄建新", 3.91), ("刘福生", 2.54),
    ("钟水根", 6.12), ("赖小林", 1.73), ("黄细妹", 1.30), ("钟志明", 3.66), ("刘根保", 2.98),
    ("钟建平", 4.02), ("黄和平", 2.19), ("赖国强", 3.47), ("钟细牙", 1.58), ("刘玉华", 2.86),
    ("黄长庚", 3.34), ("钟满堂", 4.71), ("赖金花", 1.02),
]
PRICE = 480
lines = [["泰和县螺溪镇白沙村第二村民小组2023年度土地流转费发放表（流入方：江西赣丰农业开发有限公司）", "", "", "", "", "", "", ""],
         ["序号", "户主", "流转面积（亩）", "单价（元/亩·年）", "金额（元）", "发放日期", "领取人签字", "备注"]]
tot_a = tot_m = 0.0
for i, (name, area) in enumerate(PP):
    amt = round(area * PRICE, 2)
    if i < 20:
        ds, iso = "2023年12月20日", "2023-12-20"
    elif i < 26:
        ds, iso = "2023-12-21", "2023-12-21"
    else:
        ds, iso = "2024/1/8", "2024-01-08"
    note = ""
    sign = name
    if i == 12:
        note = "户主在外务工，其子代领"
        sign = "钟小军"
    if i == 27:
        note = "补发"
    lines.append([str(i + 1), name, f"{area:.2f}", str(PRICE), f"{amt:,.2f}", ds, sign, note])
    tot_a += area
    tot_m += amt
    T(F3, S3, len(lines), "payment", V3, date=iso, amount=amt, direction="out", counterparty=name)
lines.append(["合计", "", f"{tot_a:.2f}", "", f"{tot_m:,.2f}", "", "", ""])
N(F3, S3, len(lines), "合计")
lines.append(["", "", "", "", "", "", "", ""])
lines.append(["经办人：钟国华", "", "组长：黄建新", "", "监督人：赖国强", "", "", ""])
N(F3, S3, len(lines), "签字")
with open(FILES / F3, "w", encoding="gbk", newline="") as fh:
    csv.writer(fh).writerows(lines)

# ---------------------------------------------------------------------------
# File 4: 石门村第五组集体山林鱼塘发包台账 (xlsx)
# ---------------------------------------------------------------------------
F4 = "石门村第五组集体山林鱼塘发包台账.xlsx"
V4 = "石门村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "山林"
ws["A1"] = "通山县大畈镇石门村第五组集体山林发包台账"
ws.merge_cells("A1:H1")
ws["A2"] = "单位：元"
H4 = ["序号", "山林名称（小地名）", "面积（公顷）", "承包人", "年承包费（元）", "承包期限", "签订日期", "备注"]
for j, h in enumerate(H4, 1):
    ws.cell(3, j, h)
HILL = [
    ("大岭坡", 12.4, "阮志刚", 3100, (2016, 1, 1), (2045, 12, 31), "2015年12月20日"),
    ("小岭坡", 6.8, "阮志刚", 1700, (2016, 1, 1), (2045, 12, 31), "2015年12月20日"),
    ("茶园坳", 3.2, "乐国文", 1600, (2018, 3, 1), (2033, 2, 28), "2018年2月26日"),
    ("松树垴", 9.6, "焦宏伟", 2400, (2012, 1, 1), (2041, 12, 31), "2011年11月8日"),
    ("竹林湾", 4.5, "乐国文", 2250, (2020, 1, 1), (2034, 12, 31), "2019年12月30日"),
    ("枫树岗", 15.0, "湖北幕阜山林业开发有限公司", 6000, (2010, 7, 1), (2060, 6, 30), "2010年6月18日"),
    ("杉木冲", 7.3, "阮红兵", 1825, (2019, 1, 1), (2038, 12, 31), "2018年12月25日"),
    ("石门垴", 2.1, "焦德胜", 630, (2021, 1, 1), (2030, 12, 31), "2020年12月28日"),
    ("黄泥坡", 5.5, "阮志刚", 1375, (2016, 1, 1), (2045, 12, 31), "2015年12月20日"),
    ("后山", 8.0, "石门村第五组茶叶专业合作社", 4000, (2022, 4, 1), (2037, 3, 31), "2022年3月15日"),
    ("栗树坳", 3.9, "焦宏伟", 975, (2012, 1, 1), (2041, 12, 31), "2011年11月8日"),
    ("杨梅坡", 4.2, "乐小红", 1260, (2023, 1, 1), (2032, 12, 31), "2022年12月20日"),
]
for i, (nm, ha, who, fee, s, e, sd) in enumerate(HILL):
    r = 4 + i
    vals = [i + 1, nm, ha, who, fee,
            f"{s[0]}年{s[1]}月{s[2]}日至{e[0]}年{e[1]}月{e[2]}日", sd, ""]
    for j, v in enumerate(vals, 1):
        ws.cell(r, j, v)
    T(F4, "山林", r, "resource", V4, name=nm, counterparty=who, amount=float(fee),
      area=round(ha * 15, 2), started_on="%04d-%02d-%02d" % s, ended_on="%04d-%02d-%02d" % e)
r = 4 + len(HILL)
ws.cell(r, 1, "合计")
ws.cell(r, 3, round(sum(h[1] for h in HILL), 2))
ws.cell(r, 5, sum(h[3] for h in HILL))
N(F4, "山林", r, "合计")
ws.cell(r + 2, 1, "注：承包费每年12月底前交组报账员，面积以林权证记载为准。")
N(F4, "山林", r + 2, "注")

ws = wb.create_sheet("鱼塘")
ws["A1"] = "石门村第五组集体鱼塘（山塘）发包情况"
ws.merge_cells("A1:H1")
H4b = ["序号", "塘名", "水面面积（亩）", "承包人", "承包费（万元/年）", "起始日期", "终止日期", "发包方式"]
for j, h in enumerate(H4b, 1):
    ws.cell(2, j, h)
POND = [
    ("大塘", 18.5, "阮国平", 0.74, dt.date(2021, 1, 1), dt.date(2025, 12, 31), "公开竞价"),
    ("新塘", 9.2, "焦德胜", 0.35, dt.date(2020, 1, 1), dt.date(2029, 12, 31), "协商"),
    ("下屋塘", 4.6, "乐国文", 0.18, dt.date(2019, 3, 1), dt.date(2024, 2, 28), "协商"),
    ("长塘", 12.0, "阮红兵", 0.6, dt.date(2022, 1, 1), dt.date(2031, 12, 31), "公开竞价"),
    ("枫树塘", 3.8, "焦小龙", 0.12, dt.date(2023, 1, 1), dt.date(2027, 12, 31), "协商"),
    ("石门水库（组管部分）", 35.0, "通山县鑫源水产养殖专业合作社", 2.1, dt.date(2018, 7, 1), dt.date(2033, 6, 30), "公开招标"),
    ("茶园塘", 2.7, "乐小红", 0.081, dt.date(2021, 4, 1), dt.date(2026, 3, 31), "协商"),
    ("冲口塘", 6.4, "阮志刚", 0.256, dt.date(2020, 1, 1), dt.date(2024, 12, 31), "协商"),
    ("团塘", 5.1, "焦宏伟", 0.2, dt.date(2022, 1, 1), dt.date(2026, 12, 31), "协商"),
    ("后背塘", 1.9, "阮细毛", 0.05, dt.date(2023, 3, 1), dt.date(2028, 2, 28), "协商"),
]
for i, (nm, mu, who, wan, s, e, how) in enumerate(POND):
    r = 3 + i
    vals = [i + 1, nm, mu, who, wan, s, e, how]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        if isinstance(v, dt.date):
            c.number_format = "yyyy-mm-dd"
    T(F4, "鱼塘", r, "resource", V4, name=nm, counterparty=who, amount=round(wan * 10000, 2),
      area=mu, started_on=s.isoformat(), ended_on=e.isoformat())
r = 3 + len(POND)
ws.cell(r, 1, "小计")
ws.cell(r, 3, round(sum(p[1] for p in POND), 2))
ws.cell(r, 5, round(sum(p[3] for p in POND), 3))
N(F4, "鱼塘", r, "小计")
ws.cell(r + 1, 1, "制表：焦德胜（组长）    审核：石门村村委会")
N(F4, "鱼塘", r + 1, "签字")
wb.save(FILES / F4)

# ---------------------------------------------------------------------------
# File 5: 柳溪村村组干部花名册 (xlsx, merged 组别 cells)
# ---------------------------------------------------------------------------
F5 = "柳溪村村组干部花名册（含一至五组）.xlsx"
V5 = "柳溪村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "村组干部"
ws["A1"] = "新余市渝水区罗坊镇柳溪村村组干部花名册"
ws.merge_cells("A1:G1")
ws["A2"] = "填报日期：2024年3月"
H5 = ["组别", "序号", "姓名", "性别", "职务", "联系电话", "备注"]
for j, h in enumerate(H5, 1):
    ws.cell(3, j, h)
CAD = [
    ("村两委", [("袁建平", "男", "党支部书记、村委会主任"), ("敖春兰", "女", "村委会委员、妇女主任"),
              ("袁志刚", "男", "村报账员"), ("黎国华", "男", "村务监督委员会主任")]),
    ("一组", [("袁水根", "男", "组长"), ("袁小龙", "男", "会计"), ("敖细英", "女", "出纳"),
             ("袁福生", "男", "村民代表"), ("袁金莲", "女", "村民代表")]),
    ("二组", [("黎长生", "男", "组长兼会计"), ("黎桂花", "女", "出纳"), ("黎建军", "男", "村民代表"),
             ("黎火生", "男", "村民代表")]),
    ("三组", [("敖国平", "男", "组长"), ("敖小平", "男", "会计"), ("袁冬梅", "女", "出纳"),
             ("敖金水", "男", "村民代表"), ("敖红根", "男", "村民代表"), ("敖秋菊", "女", "村民代表")]),
    ("四组", [("彭德华", "男", "组长"), ("彭立新", "男", "会计"), ("彭小燕", "女", "出纳"),
             ("彭春生", "男", "村民代表")]),
    ("五组", [("袁建国", "男", "组长"), ("黎文辉", "男", "会计"), ("袁翠英", "女", "出纳"),
             ("袁国庆", "男", "村民代表"), ("黎满秀", "女", "村民代表")]),
]
r = 4
k = 1
phone = 13907901100
for grp, people in CAD:
    start = r
    for (nm, sex, pos) in people:
        ws.cell(r, 2, k)
        ws.cell(r, 3, nm)
        ws.cell(r, 4, sex)
        ws.cell(r, 5, pos)
        phone += 37
        ws.cell(r, 6, str(phone))
        T(F5, "村组干部", r, "cadre", V5, name=nm, position=pos)
        r += 1
        k += 1
    ws.cell(start, 1, grp)
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
ws.cell(r + 1, 1, "说明：组干部由各组户主会议推选，任期与村两委同届。")
N(F5, "村组干部", r + 1, "说明")
ws.cell(r + 2, 1, "填表人：袁志刚    审核人：袁建平")
N(F5, "村组干部", r + 2, "签字")
wb.save(FILES / F5)

(HERE / "truth.json").write_text(
    json.dumps({"rows": ROWS, "non_data": NON}, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(ROWS), "data rows,", len(NON), "non_data")
