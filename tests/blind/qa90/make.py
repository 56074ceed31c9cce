# -*- coding: utf-8 -*-
"""Blind test set qa90: works split into 标段 and paid by 计量.
Deterministic; writes files/ and truth.json beside this script."""
import csv
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

ROWS = []
NON = []


def truth(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        r["village"] = village
    ROWS.append(r)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def r2(x):
    return round(x + 1e-9, 2)


def iso(d):
    return d.strftime("%Y-%m-%d")


def fmt_money(x):
    return "{:,.2f}".format(x)


# ---------------------------------------------------------------------------
# File 1: 项目标段台账 (xlsx), two sheets, project name merged down over lots
# ---------------------------------------------------------------------------
F1 = "2023年高标准农田和农村道路建设项目标段台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "红寺堡区高标准农田"
S1 = ws.title
ws.merge_cells("A1:I1")
ws["A1"] = "吴忠市红寺堡区2023年高标准农田建设项目分标段实施情况台账"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "填报单位：红寺堡区农业农村局（盖章）"
ws["G2"] = "单位：元"
hdr = ["序号", "项目名称", "标段", "建设地点", "施工单位", "中标价（元）", "合同签订日期", "监理单位", "计划工期（天）"]
for i, h in enumerate(hdr, 1):
    ws.cell(row=3, column=i, value=h).font = Font(bold=True)

P1 = [
    ("红寺堡区2023年高标准农田建设项目（太阳山片区）", [
        ("第一标段", "太阳山镇团结村、红星村", "宁夏路桥农田水利工程有限公司", 4386215.37, dt.date(2023, 3, 28), "宁夏润禾工程监理有限公司", 150),
        ("第二标段", "太阳山镇杨柳村", "宁夏水投建设有限公司", 3912048.60, dt.date(2023, 3, 29), "宁夏润禾工程监理有限公司", 150),
        ("第三标段", "太阳山镇太阳山村", "吴忠市利通建筑工程有限责任公司", 2875430.12, dt.date(2023, 3, 30), "宁夏润禾工程监理有限公司", 120),
    ]),
    ("红寺堡区2023年高标准农田建设项目（大河乡片区）", [
        ("第一标段", "大河乡龙源村", "宁夏华禹水利水电工程有限公司", 5120387.44, dt.date(2023, 4, 6), "宁夏正诚建设监理有限公司", 180),
        ("第二标段", "大河乡石坡子村", "宁夏恒源达建设工程有限公司", 4968712.05, dt.date(2023, 4, 6), "宁夏正诚建设监理有限公司", 180),
        ("第三标段", "大河乡开元村", "宁夏路桥农田水利工程有限公司", 3305561.90, dt.date(2023, 4, 7), "宁夏正诚建设监理有限公司", 150),
        ("第四标段", "大河乡香园村", "红寺堡区鑫盛建筑安装有限公司", 1987620.00, dt.date(2023, 4, 10), "宁夏正诚建设监理有限公司", 120),
    ]),
    ("红寺堡区2023年高效节水灌溉改造项目", [
        ("第一标段", "新庄集乡沙草墩村", "宁夏水投建设有限公司", 2640019.78, dt.date(2023, 5, 15), "宁夏科信工程咨询监理有限公司", 120),
        ("第二标段", "新庄集乡红阳村", "宁夏瀚海农业节水科技有限公司", 2211804.30, dt.date(2023, 5, 16), "宁夏科信工程咨询监理有限公司", 120),
    ]),
    ("红寺堡区2023年农田林网及田间道路配套工程", [
        ("第一标段", "柳泉乡永新村", "宁夏绿源园林绿化工程有限公司", 968450.00, dt.date(2023, 6, 2), "宁夏科信工程咨询监理有限公司", 90),
        ("第二标段", "柳泉乡甘泉村", "吴忠市金鑫路桥工程有限公司", 1436788.25, dt.date(2023, 6, 2), "宁夏科信工程咨询监理有限公司", 90),
    ]),
]
row = 4
seq = 0
total = 0.0
for pname, lots in P1:
    seq += 1
    start = row
    sub = 0.0
    for (lot, place, contractor, price, signed, sup, days) in lots:
        if row == start:
            ws.cell(row=row, column=1, value=seq)
            ws.cell(row=row, column=2, value=pname)
        ws.cell(row=row, column=3, value=lot)
        ws.cell(row=row, column=4, value=place)
        ws.cell(row=row, column=5, value=contractor)
        c = ws.cell(row=row, column=6, value=price)
        c.number_format = "#,##0.00"
        c = ws.cell(row=row, column=7, value=signed)
        c.number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=8, value=sup)
        ws.cell(row=row, column=9, value=days)
        truth(F1, S1, row, "project", {"name": pname, "amount": price, "contractor": contractor})
        sub += price
        row += 1
    if len(lots) > 1:
        ws.merge_cells(start_row=start, end_row=row - 1, start_column=1, end_column=1)
        ws.merge_cells(start_row=start, end_row=row - 1, start_column=2, end_column=2)
    ws.cell(row=row, column=3, value="小计")
    ws.cell(row=row, column=6, value=r2(sub)).number_format = "#,##0.00"
    non(F1, S1, row, "小计")
    total += sub
    row += 1
ws.cell(row=row, column=1, value="合计")
ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=5)
ws.cell(row=row, column=6, value=r2(total)).number_format = "#,##0.00"
non(F1, S1, row, "合计")
row += 2
ws.cell(row=row, column=1, value="注：中标价以中标通知书为准，变更部分另行报批。")
non(F1, S1, row, "注")
row += 1
ws.cell(row=row, column=1, value="制表人：马晓燕")
ws.cell(row=row, column=5, value="审核人：杨建国")
non(F1, S1, row, "制表人/审核人")

# sheet 2: 甘肃 农村道路, 万元, text dates, no 小计, project name merged down
ws = wb.create_sheet("环县农村道路")
S2 = ws.title
ws.merge_cells("A1:H1")
ws["A1"] = "环县2023年农村公路（通村道路）建设项目标段一览表"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "金额单位：万元"
# two-row header
ws["A3"] = "序号"; ws.merge_cells("A3:A4")
ws["B3"] = "项目名称"; ws.merge_cells("B3:B4")
ws["C3"] = "标段划分"; ws.merge_cells("C3:C4")
ws["D3"] = "建设规模（公里）"; ws.merge_cells("D3:D4")
ws["E3"] = "中标情况"; ws.merge_cells("E3:G3")
ws["E4"] = "中标单位"; ws["F4"] = "中标价"; ws["G4"] = "合同签订时间"
ws["H3"] = "备注"; ws.merge_cells("H3:H4")
P2 = [
    ("环县2023年合道镇至毛井镇通村公路硬化工程", [
        ("一标段", 8.6, "甘肃路桥第三工程有限责任公司", 612.3458, "2023年5月8日"),
        ("二标段", 7.2, "庆阳市宏达公路工程有限公司", 498.7712, "2023年5月8日"),
        ("三标段", 6.9, "甘肃长通路桥建设有限公司", 476.0039, "2023年5月9日"),
    ]),
    ("环县2023年车道镇村组道路建设工程", [
        ("一标段", 5.4, "环县振兴建筑工程有限公司", 318.2265, "2023年6月1日"),
        ("二标段", 4.8, "庆阳市宏达公路工程有限公司", 287.5590, "2023年6月1日"),
    ]),
    ("环县2023年洪德镇危桥改造工程", [
        ("一标段", 0.3, "甘肃路桥第三工程有限责任公司", 186.4120, "2023.7.12"),
    ]),
    ("环县2023年虎洞镇通组道路砂化工程", [
        ("一标段", 12.5, "环县鑫源建筑安装有限公司", 92.6800, "2023.8.3"),
        ("二标段", 10.1, "环县振兴建筑工程有限公司", 78.3350, "2023.8.3"),
    ]),
]
row = 5
seq = 0
tot = 0.0
DATE_TXT = {}
for pname, lots in P2:
    seq += 1
    start = row
    for (lot, km, contractor, wan, dtxt) in lots:
        if row == start:
            ws.cell(row=row, column=1, value=seq)
            ws.cell(row=row, column=2, value=pname)
        ws.cell(row=row, column=3, value=lot)
        ws.cell(row=row, column=4, value=km)
        ws.cell(row=row, column=5, value=contractor)
        ws.cell(row=row, column=6, value=wan).number_format = "0.0000"
        ws.cell(row=row, column=7, value=dtxt)
        truth(F1, S2, row, "project", {"name": pname, "amount": r2(wan * 10000), "contractor": contractor})
        tot += wan
        row += 1
    if len(lots) > 1:
        ws.merge_cells(start_row=start, end_row=row - 1, start_column=1, end_column=1)
        ws.merge_cells(start_row=start, end_row=row - 1, start_column=2, end_column=2)
ws.cell(row=row, column=1, value="合  计")
ws.cell(row=row, column=6, value=round(tot, 4))
non(F1, S2, row, "合计")
row += 1
ws.cell(row=row, column=1, value="备注：本表中标价含暂列金额，最终以审计决算为准。")
non(F1, S2, row, "备注")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: 监理合同台账 (.xls BIFF), 万元 column, text dates, notes + signatures
# ---------------------------------------------------------------------------
F2 = "同心县水利工程监理合同台账.xls"
S3 = "监理合同"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet(S3)
bold = xlwt.easyxf("font: bold on; align: horiz center")
datef = xlwt.easyxf(num_format_str="yyyy/m/d")
sh.write_merge(0, 0, 0, 8, "同心县2022—2023年度水利及高标准农田工程监理合同登记台账", bold)
sh.write(1, 0, "登记单位：同心县水务局")
sh.write(1, 7, "单位：万元")
h3 = ["序号", "合同编号", "合同名称", "委托人（甲方）", "监理人（乙方）", "监理服务费", "签订日期", "服务期限", "备注"]
for i, h in enumerate(h3):
    sh.write(2, i, h, bold)
C = [
    ("TXSW-JL-2022-01", "同心县2022年高标准农田建设项目（豫海片区）一标段监理合同", "同心县水务局", "宁夏润禾工程监理有限公司", 18.6500, dt.date(2022, 3, 18), "施工期及缺陷责任期"),
    ("TXSW-JL-2022-02", "同心县2022年高标准农田建设项目（豫海片区）二标段监理合同", "同心县水务局", "宁夏润禾工程监理有限公司", 16.2300, dt.date(2022, 3, 18), "施工期及缺陷责任期"),
    ("TXSW-JL-2022-03", "同心县2022年韦州镇农村饮水安全巩固提升工程监理合同", "同心县水务局", "宁夏正诚建设监理有限公司", 9.8800, "2022年4月25日", "2022.5—2022.11"),
    ("TXSW-JL-2022-04", "同心县2022年下马关镇田间道路工程监理合同", "同心县水务局", "宁夏科信工程咨询监理有限公司", 7.4500, "2022.6.7", "2022.6—2022.10"),
    ("TXSW-JL-2022-05", "同心县2022年清水河堤防加固工程监理合同", "同心县水务局", "宁夏水利工程建设监理中心", 32.1600, "20220712", "2022.7—2023.6"),
    ("TXSW-JL-2022-06", "同心县2022年丁塘镇灌区渠道衬砌工程监理合同", "同心县水务局", "宁夏正诚建设监理有限公司", 11.0400, dt.date(2022, 8, 2), "2022.8—2022.12"),
    ("TXSW-JL-2023-01", "同心县2023年高标准农田建设项目（王团片区）一标段监理合同", "同心县农业农村局", "宁夏润禾工程监理有限公司", 21.3700, dt.date(2023, 3, 9), "施工期及缺陷责任期"),
    ("TXSW-JL-2023-02", "同心县2023年高标准农田建设项目（王团片区）二标段监理合同", "同心县农业农村局", "宁夏润禾工程监理有限公司", 19.8600, dt.date(2023, 3, 9), "施工期及缺陷责任期"),
    ("TXSW-JL-2023-03", "同心县2023年高标准农田建设项目（王团片区）三标段监理合同", "同心县农业农村局", "甘肃众合工程项目管理有限公司", 17.9500, "2023年3月10日", "施工期及缺陷责任期"),
    ("TXSW-JL-2023-04", "同心县2023年预旺镇小型农田水利设施维修养护监理合同", "同心县水务局", "宁夏科信工程咨询监理有限公司", 4.2000, "2023/4/20", "2023.5—2023.9"),
    ("TXSW-JL-2023-05", "同心县2023年河西镇排水沟清淤整治工程监理合同", "同心县水务局", "宁夏正诚建设监理有限公司", 6.7800, "2023.5.16", "2023.5—2023.10"),
    ("TXSW-JL-2023-06", "同心县2023年张家塬乡淤地坝除险加固工程监理合同", "同心县水务局", "宁夏水利工程建设监理中心", 12.9300, dt.date(2023, 6, 28), "2023.7—2024.6"),
    ("TXSW-JL-2023-07", "同心县2023年马高庄乡高效节水灌溉工程监理合同", "同心县农业农村局", "甘肃众合工程项目管理有限公司", 8.6600, "2023年7月3日", "2023.7—2023.12"),
    ("TXSW-JL-2023-08", "同心县2023年田老庄乡村组道路工程监理合同", "同心县交通运输局", "宁夏科信工程咨询监理有限公司", 3.9500, "20230815", "2023.8—2023.11"),
]


def parse_txt_date(v):
    if isinstance(v, dt.date):
        return v
    s = v.replace("年", ".").replace("月", ".").replace("日", "").replace("/", ".")
    if "." not in s:
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    y, m, d = [int(x) for x in s.split(".")]
    return dt.date(y, m, d)


r = 3
tot = 0.0
for i, (code, title, a, b, wan, signed, term) in enumerate(C, 1):
    sh.write(r, 0, i)
    sh.write(r, 1, code)
    sh.write(r, 2, title)
    sh.write(r, 3, a)
    sh.write(r, 4, b)
    sh.write(r, 5, wan)
    if isinstance(signed, dt.date):
        sh.write(r, 6, signed, datef)
    else:
        sh.write(r, 6, signed)
    sh.write(r, 7, term)
    truth(F2, S3, r + 1, "contract", {"counterparty": b, "amount": r2(wan * 10000),
                                       "signed_on": iso(parse_txt_date(signed))})
    tot += wan
    r += 1
sh.write(r, 0, "合计")
sh.write(r, 5, round(tot, 4))
non(F2, S3, r + 1, "合计")
r += 2
sh.write(r, 0, "说明：监理服务费按发改价格〔2007〕670号文下浮后确定；2023年起由农业农村局委托的合同同时登记。")
non(F2, S3, r + 1, "说明")
r += 1
sh.write(r, 0, "制表：李秀兰")
sh.write(r, 4, "审核：马占福")
sh.write(r, 7, "2024年1月5日")
non(F2, S3, r + 1, "制表/审核")
book.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: 工程款支付台账 by 计量期 (xlsx), one sheet per 标段
# ---------------------------------------------------------------------------
F3 = "红寺堡区高标准农田项目工程款计量支付台账.xlsx"
wb = openpyxl.Workbook()
first = True
LOTS = [
    # sheet, title, contractor, contract price, periods: (label, 计量日期, 计量金额, 实付 or None (=应付), 支付日期, payee override, 凭证)
    ("太阳山一标段", "红寺堡区2023年高标准农田建设项目（太阳山片区）第一标段", "宁夏路桥农田水利工程有限公司", 4386215.37, [
        ("预付款", None, None, 438621.54, dt.date(2023, 4, 18), None, "记-2023-04-021"),
        ("第1期", dt.date(2023, 5, 25), 986540.20, None, dt.date(2023, 6, 12), None, "记-2023-06-008"),
        ("第2期", dt.date(2023, 6, 26), 1235870.65, None, dt.date(2023, 7, 14), None, "记-2023-07-011"),
        ("第2期", dt.date(2023, 6, 26), None, 120000.00, dt.date(2023, 7, 14), "宁夏路桥农田水利工程有限公司农民工工资专用账户", "记-2023-07-012"),
        ("第3期", dt.date(2023, 7, 28), 1104356.80, 800000.00, dt.date(2023, 8, 21), None, "记-2023-08-015"),
        ("第4期", dt.date(2023, 8, 30), 712210.33, None, dt.date(2023, 9, 27), None, "记-2023-09-019"),
        ("结算款", dt.date(2023, 12, 20), None, 486230.19, dt.date(2024, 1, 30), None, "记-2024-01-006"),
    ]),
    ("太阳山二标段", "红寺堡区2023年高标准农田建设项目（太阳山片区）第二标段", "宁夏水投建设有限公司", 3912048.60, [
        ("预付款", None, None, 391204.86, dt.date(2023, 4, 20), None, "记-2023-04-025"),
        ("第1期", dt.date(2023, 5, 25), 754320.00, None, dt.date(2023, 6, 12), None, "记-2023-06-009"),
        ("第2期", dt.date(2023, 6, 26), 1018764.44, None, dt.date(2023, 7, 14), None, "记-2023-07-013"),
        ("第3期", dt.date(2023, 7, 28), 987650.10, None, None, None, None),  # 计量未支付
        ("第4期", dt.date(2023, 8, 30), 866012.73, None, dt.date(2023, 9, 27), None, "记-2023-09-020"),
        ("第5期", dt.date(2023, 9, 25), 285301.33, None, dt.date(2023, 10, 24), None, "记-2023-10-004"),
    ]),
    ("大河乡一标段", "红寺堡区2023年高标准农田建设项目（大河乡片区）第一标段", "宁夏华禹水利水电工程有限公司", 5120387.44, [
        ("预付款", None, None, 512038.74, dt.date(2023, 4, 28), None, "记-2023-04-033"),
        ("第1期", dt.date(2023, 6, 5), 1306780.50, None, dt.date(2023, 6, 30), None, "记-2023-06-027"),
        ("第2期", dt.date(2023, 7, 5), 1510432.18, None, dt.date(2023, 7, 31), None, "记-2023-07-030"),
        ("第3期", dt.date(2023, 8, 5), 1288900.00, None, dt.date(2023, 8, 31), None, "记-2023-08-029"),
        ("第3期", dt.date(2023, 8, 5), None, 150000.00, dt.date(2023, 8, 31), "宁夏华禹水利水电工程有限公司农民工工资专用账户", "记-2023-08-030"),
        ("第4期", dt.date(2023, 9, 5), 843210.66, None, dt.date(2023, 9, 28), None, "记-2023-09-031"),
    ]),
    ("大河乡四标段", "红寺堡区2023年高标准农田建设项目（大河乡片区）第四标段", "红寺堡区鑫盛建筑安装有限公司", 1987620.00, [
        ("预付款", None, None, 198762.00, dt.date(2023, 5, 6), None, "记-2023-05-007"),
        ("第1期", dt.date(2023, 6, 10), 412560.00, None, dt.date(2023, 7, 3), None, "记-2023-07-002"),
        ("第2期", dt.date(2023, 7, 10), 508930.25, None, dt.date(2023, 7, 3), None, "记-2023-07-003"),
        ("第3期", dt.date(2023, 8, 10), 455870.90, None, dt.date(2023, 9, 4), None, "记-2023-09-002"),
        ("第4期", dt.date(2023, 9, 10), 396200.00, 250000.00, dt.date(2023, 10, 9), None, "记-2023-10-011"),
        ("第4期", dt.date(2023, 9, 10), None, 66960.00, dt.date(2023, 11, 20), None, "记-2023-11-014"),
        ("结算款", dt.date(2023, 12, 15), None, 180000.00, dt.date(2024, 1, 25), None, "记-2024-01-019"),
    ]),
]
for sheet, title, contractor, price, periods in LOTS:
    if first:
        ws = wb.active
        ws.title = sheet
        first = False
    else:
        ws = wb.create_sheet(sheet)
    ws.merge_cells("A1:K1")
    ws["A1"] = title + "工程款计量支付台账"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "施工单位：" + contractor
    ws["F2"] = "合同价：" + fmt_money(price) + "元"
    ws["J2"] = "单位：元"
    # two-row header
    ws["A3"] = "计量期次"; ws.merge_cells("A3:A4")
    ws["B3"] = "计量日期"; ws.merge_cells("B3:B4")
    ws["C3"] = "计量金额"; ws.merge_cells("C3:D3")
    ws["C4"] = "本期计量金额"; ws["D4"] = "累计计量金额"
    ws["E3"] = "本期应付"; ws.merge_cells("E3:E4")
    ws["F3"] = "支付情况"; ws.merge_cells("F3:H3")
    ws["F4"] = "本期实付"; ws["G4"] = "累计实付"; ws["H4"] = "支付日期"
    ws["I3"] = "收款单位"; ws.merge_cells("I3:I4")
    ws["J3"] = "凭证号"; ws.merge_cells("J3:J4")
    ws["K3"] = "备注"; ws.merge_cells("K3:K4")
    r = 5
    cum_m = 0.0
    cum_p = 0.0
    for (lab, mdate, meas, paid, pdate, payee, vch) in periods:
        ws.cell(row=r, column=1, value=lab)
        if mdate:
            ws.cell(row=r, column=2, value=mdate).number_format = "yyyy-mm-dd"
        due = None
        if meas is not None:
            cum_m += meas
            ws.cell(row=r, column=3, value=meas).number_format = "#,##0.00"
            ws.cell(row=r, column=4, value=r2(cum_m)).number_format = "#,##0.00"
            due = r2(meas * 0.8)
            ws.cell(row=r, column=5, value=due).number_format = "#,##0.00"
        elif lab in ("预付款", "结算款"):
            due = paid
            ws.cell(row=r, column=5, value=due).number_format = "#,##0.00"
        if pdate is None:
            ws.cell(row=r, column=6, value=0)
            ws.cell(row=r, column=7, value=r2(cum_p)).number_format = "#,##0.00"
            ws.cell(row=r, column=11, value="资金未到位，本期未支付")
            non(F3, sheet, r, "计量未支付（本期实付0，无支付日期）")
            r += 1
            continue
        amt = paid if paid is not None else due
        cum_p += amt
        ws.cell(row=r, column=6, value=amt).number_format = "#,##0.00"
        ws.cell(row=r, column=7, value=r2(cum_p)).number_format = "#,##0.00"
        ws.cell(row=r, column=8, value=pdate).number_format = "yyyy-mm-dd"
        pay_to = payee or contractor
        ws.cell(row=r, column=9, value=pay_to)
        ws.cell(row=r, column=10, value=vch)
        if payee:
            ws.cell(row=r, column=11, value="代发农民工工资")
        elif paid is not None and lab.startswith("第"):
            ws.cell(row=r, column=11, value="按资金到位情况部分支付")
        elif lab == "结算款":
            ws.cell(row=r, column=11, value="按审计审定价结算，预留3%质保金")
        truth(F3, sheet, r, "payment", {"date": iso(pdate), "amount": amt, "direction": "out",
                                         "counterparty": pay_to})
        r += 1
    ws.cell(row=r, column=1, value="累计")
    ws.cell(row=r, column=3, value=r2(cum_m)).number_format = "#,##0.00"
    ws.cell(row=r, column=6, value=r2(cum_p)).number_format = "#,##0.00"
    non(F3, sheet, r, "累计")
    r += 1
    ws.cell(row=r, column=1, value="未付金额")
    ws.cell(row=r, column=6, value=r2(price - cum_p)).number_format = "#,##0.00"
    non(F3, sheet, r, "未付金额")
    r += 2
    ws.cell(row=r, column=1, value="经办人：周海军")
    ws.cell(row=r, column=5, value="监理工程师：王振宇")
    ws.cell(row=r, column=9, value="分管领导：马国庆")
    non(F3, sheet, r, "签字")
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------------------
# File 4: 河北 水利 工程款支付台账 CSV (GBK), lots in one sheet, comma amounts
# ---------------------------------------------------------------------------
F4 = "滦平县2022年小型水库除险加固工程款支付台账.csv"
S4 = F4[:-4]
lines = []
lines.append(["滦平县2022年小型水库除险加固及水系连通工程工程款支付台账", "", "", "", "", "", "", "", "", "", ""])
lines.append(["编制单位：滦平县水务局", "", "", "", "", "", "", "", "", "单位：元", ""])
lines.append(["序号", "标段", "计量期", "本期计量金额", "本期应付", "本期实付", "累计实付", "支付日期", "收款单位", "资金来源", "备注"])
CSVLOTS = [
    ("一标段（黄土梁水库）", "承德鑫达水利工程有限公司", [
        ("预付款", None, 236500.00, "2022/5/18", "中央水利发展资金"),
        ("第1期", 612345.60, None, "2022/6/20", "中央水利发展资金"),
        ("第2期", 745210.00, None, "2022/7/22", "中央水利发展资金"),
        ("第3期", 530880.40, 300000.00, "2022/8/25", "省级配套"),
        ("第4期", 298764.15, None, "2022/10/12", "省级配套"),
    ]),
    ("二标段（五道营水库）", "河北润泽水利水电工程有限公司", [
        ("预付款", None, 188000.00, "20220520", "中央水利发展资金"),
        ("第1期", 420310.00, None, "20220624", "中央水利发展资金"),
        ("第2期", 566789.30, None, "20220726", "中央水利发展资金"),
        ("第3期", 388120.70, None, "20220830", "省级配套"),
        ("第4期", 215600.00, 150000.00, "20221115", "县级配套"),
    ]),
    ("三标段（水系连通）", "滦平县恒通建筑工程有限公司", [
        ("第1期", 318450.00, None, "2022-07-05", "县级配套"),
        ("第2期", 402366.80, None, "2022-08-09", "县级配套"),
        ("第3期", 276540.50, None, "2022-09-13", "县级配套"),
        ("第3期", None, 60000.00, "2022-09-13", "县级配套"),  # 农民工工资
        ("第4期", 198330.00, None, "2022-11-21", "县级配套"),
        ("结算款", None, 121874.66, "2023-01-16", "县级配套"),
    ]),
    ("四标段（管理设施）", "承德鑫达水利工程有限公司", [
        ("第1期", 156780.00, None, "2022.8.18", "省级配套"),
        ("第2期", 204410.90, None, "2022.9.29", "省级配套"),
        ("第3期", 98650.00, None, "2022.11.30", "县级配套"),
    ]),
]
seq = 0
grand = 0.0
for lot, contractor, periods in CSVLOTS:
    cum = 0.0
    sub = 0.0
    for (lab, meas, paid, dtxt, fund) in periods:
        seq += 1
        due = r2(meas * 0.8) if meas is not None else paid
        amt = paid if paid is not None else due
        cum += amt
        sub += amt
        payee = contractor
        note = ""
        if meas is None and lab.startswith("第"):
            payee = contractor + "农民工工资专户"
            note = "代发农民工工资"
        elif paid is not None and meas is not None:
            note = "资金不足，部分支付"
        lines.append([str(seq), lot, lab, fmt_money(meas) if meas is not None else "",
                      fmt_money(due), fmt_money(amt), fmt_money(r2(cum)), dtxt, payee, fund, note])
        d = parse_txt_date(dtxt.replace("-", ".")) if "-" in dtxt else parse_txt_date(dtxt)
        truth(F4, S4, len(lines), "payment", {"date": iso(d), "amount": amt, "direction": "out",
                                               "counterparty": payee})
    lines.append(["", lot + "小计", "", "", "", fmt_money(r2(sub)), "", "", "", "", ""])
    non(F4, S4, len(lines), "小计")
    grand += sub
lines.append(["合计", "", "", "", "", fmt_money(r2(grand)), "", "", "", "", ""])
non(F4, S4, len(lines), "合计")
lines.append(["制表人：张立新", "", "", "", "审核人：刘春生", "", "", "", "", "", ""])
non(F4, S4, len(lines), "制表人/审核人")
with open(os.path.join(FILES, F4), "w", encoding="gbk", newline="") as f:
    w = csv.writer(f)
    for ln in lines:
        w.writerow(ln)

# ---------------------------------------------------------------------------
# File 5: 村级小型工程 (.xls), one sheet per village + a 统计 sheet (non-data)
# ---------------------------------------------------------------------------
F5 = "付营子镇2023年村级小型工程项目台账.xls"
book = xlwt.Workbook(encoding="utf-8")
VILL = {
    "西营村": [
        ("西营村村内主街道硬化工程", "一事一议", "硬化道路1.2公里，宽4米", 28.5, "滦平县恒通建筑工程有限公司", 276500.00, "一事一议财政奖补", dt.date(2023, 3, 12), dt.date(2023, 4, 10), dt.date(2023, 6, 15), "竞争性比选"),
        ("西营村排水沟整治", "村级工程", "浆砌石排水沟800米", 9.8, "滦平县顺达建筑队", 96800.00, "村集体自筹", dt.date(2023, 4, 2), dt.date(2023, 4, 20), dt.date(2023, 5, 30), "直接发包"),
        ("西营村路灯安装", "一事一议", "太阳能路灯60盏", 12.0, "承德光耀照明工程有限公司", "壹拾壹万捌仟元整", "一事一议财政奖补", dt.date(2023, 5, 6), dt.date(2023, 5, 20), dt.date(2023, 6, 10), "询价"),
        ("西营村文化广场维修", "村级工程", "地面铺装、健身器材更换", 4.6, "滦平县顺达建筑队", 45200.00, "村集体自筹", dt.date(2023, 6, 18), dt.date(2023, 7, 1), dt.date(2023, 7, 20), "直接发包"),
        ("西营村文化广场围栏", "村级工程", "铁艺围栏220米", 4.8, "滦平县顺达建筑队", 47600.00, "村集体自筹", dt.date(2023, 6, 18), dt.date(2023, 7, 3), dt.date(2023, 7, 25), "直接发包"),
        ("西营村机井配套", "村级工程", "机井2眼及配套管网", 15.0, "", None, "上级补助", dt.date(2023, 8, 9), None, None, ""),
        ("西营村垃圾收集点建设", "小微工程", "垃圾收集点6处", 3.2, "个人（王金山）", 31500.00, "上级补助", dt.date(2023, 9, 1), dt.date(2023, 9, 5), dt.date(2023, 9, 25), "直接发包"),
        ("西营村村委会院墙维修", "小微工程", "院墙修缮120米", 2.4, "个人（王金山）", 23800.00, "村集体自筹", dt.date(2023, 10, 8), dt.date(2023, 10, 12), dt.date(2023, 10, 30), "直接发包"),
        ("西营村漫水桥加固", "村级工程", "漫水桥1座加固", 18.6, "承德鑫达水利工程有限公司", 183400.00, "上级补助", dt.date(2023, 10, 15), dt.date(2023, 10, 25), dt.date(2023, 11, 28), "竞争性比选"),
        ("西营村田间生产路", "村级工程", "砂石路2.5公里", 11.2, "滦平县恒通建筑工程有限公司", 109900.00, "高标准农田配套", dt.date(2023, 3, 26), dt.date(2023, 4, 12), dt.date(2023, 5, 18), "询价"),
        ("西营村卫生室改造", "村级工程", "房屋修缮80平方米", 6.5, "滦平县顺达建筑队", 63900.00, "村集体自筹", dt.date(2023, 11, 2), dt.date(2023, 11, 8), dt.date(2023, 12, 10), "直接发包"),
        ("西营村农村厕所改造", "一事一议", "户厕改造45户", 13.5, "承德美居环保科技有限公司", 132750.00, "一事一议财政奖补", dt.date(2023, 4, 22), dt.date(2023, 5, 8), dt.date(2023, 7, 10), "竞争性比选"),
        ("西营村河道护岸", "村级工程", "格宾石笼护岸300米", 24.0, "承德鑫达水利工程有限公司", 236000.00, "上级补助", dt.date(2023, 7, 16), dt.date(2023, 8, 1), dt.date(2023, 9, 20), "竞争性比选"),
        ("西营村健身步道", "小微工程", "彩色沥青步道500米", 8.0, "", None, "村集体自筹", dt.date(2023, 12, 5), None, None, ""),
    ],
    "两间房村": [
        ("两间房村通组路硬化", "一事一议", "硬化道路0.9公里", 21.6, "滦平县恒通建筑工程有限公司", 209880.00, "一事一议财政奖补", dt.date(2023, 3, 20), dt.date(2023, 4, 15), dt.date(2023, 6, 5), "竞争性比选"),
        ("两间房村蓄水池修复", "村级工程", "蓄水池2座防渗处理", 7.9, "滦平县宏利建筑工程队", 77300.00, "上级补助", dt.date(2023, 4, 11), dt.date(2023, 4, 25), dt.date(2023, 5, 28), "直接发包"),
        ("两间房村村部屋面防水", "小微工程", "屋面防水300平方米", 3.6, "滦平县宏利建筑工程队", 35600.00, "村集体自筹", dt.date(2023, 5, 3), dt.date(2023, 5, 10), dt.date(2023, 5, 25), "直接发包"),
        ("两间房村街巷亮化", "一事一议", "路灯40盏", 8.8, "承德光耀照明工程有限公司", 86400.00, "一事一议财政奖补", dt.date(2023, 5, 18), dt.date(2023, 6, 1), dt.date(2023, 6, 20), "询价"),
        ("两间房村小型灌溉渠", "村级工程", "U型渠1.1公里", 16.4, "河北润泽水利水电工程有限公司", 158200.00, "上级补助", dt.date(2023, 6, 8), dt.date(2023, 6, 20), dt.date(2023, 8, 5), "竞争性比选"),
        ("两间房村便民桥", "村级工程", "预制板桥1座", 9.9, "滦平县宏利建筑工程队", 98500.00, "上级补助", dt.date(2023, 7, 2), dt.date(2023, 7, 10), dt.date(2023, 8, 15), "直接发包"),
        ("两间房村便民桥引道", "村级工程", "引道硬化150米", 9.6, "滦平县宏利建筑工程队", 95800.00, "上级补助", dt.date(2023, 7, 2), dt.date(2023, 8, 16), dt.date(2023, 9, 10), "直接发包"),
        ("两间房村垃圾转运点", "小微工程", "转运点1处", 4.5, "个人（李永福）", 44000.00, "上级补助", dt.date(2023, 8, 22), dt.date(2023, 8, 28), dt.date(2023, 9, 15), "直接发包"),
        ("两间房村护坡治理", "村级工程", "浆砌石护坡260米", 19.3, "承德鑫达水利工程有限公司", 188650.00, "上级补助", dt.date(2023, 9, 6), dt.date(2023, 9, 20), dt.date(2023, 11, 2), "竞争性比选"),
        ("两间房村文化墙彩绘", "小微工程", "文化墙400平方米", 2.8, "个人（李永福）", 27600.00, "村集体自筹", dt.date(2023, 10, 10), dt.date(2023, 10, 15), dt.date(2023, 10, 28), "直接发包"),
        ("两间房村饮水管网更换", "村级工程", "PE管网2.3公里", 22.0, "", None, "上级补助", dt.date(2023, 11, 20), None, None, ""),
    ],
    "小白旗村": [
        ("小白旗村村内道路硬化（一期）", "一事一议", "硬化道路0.8公里", 19.8, "滦平县恒通建筑工程有限公司", 193600.00, "一事一议财政奖补", dt.date(2023, 3, 8), dt.date(2023, 4, 1), dt.date(2023, 5, 10), "竞争性比选"),
        ("小白旗村村内道路硬化（二期）", "一事一议", "硬化道路0.7公里", 17.6, "滦平县恒通建筑工程有限公司", 171900.00, "一事一议财政奖补", dt.date(2023, 3, 8), dt.date(2023, 5, 15), dt.date(2023, 6, 25), "竞争性比选"),
        ("小白旗村边沟砌筑", "村级工程", "边沟1.5公里", 9.9, "滦平县顺达建筑队", 98900.00, "村集体自筹", dt.date(2023, 4, 16), dt.date(2023, 5, 2), dt.date(2023, 6, 8), "直接发包"),
        ("小白旗村党群服务中心维修", "村级工程", "门窗更换、内墙粉刷", 7.2, "滦平县宏利建筑工程队", 70800.00, "上级补助", dt.date(2023, 5, 21), dt.date(2023, 6, 1), dt.date(2023, 6, 30), "直接发包"),
        ("小白旗村养殖小区道路", "村级工程", "砂石路1.2公里", 6.0, "个人（刘宝田）", 59000.00, "村集体自筹", dt.date(2023, 6, 10), dt.date(2023, 6, 5), dt.date(2023, 7, 2), "直接发包"),
        ("小白旗村塘坝清淤", "小微工程", "清淤3000立方米", 4.9, "个人（刘宝田）", 48500.00, "上级补助", dt.date(2023, 7, 8), dt.date(2023, 7, 15), dt.date(2023, 8, 1), "直接发包"),
        ("小白旗村公厕建设", "村级工程", "水冲式公厕2座", 12.6, "承德美居环保科技有限公司", 124300.00, "上级补助", dt.date(2023, 8, 12), dt.date(2023, 8, 25), dt.date(2023, 10, 10), "询价"),
        ("小白旗村防汛物资库", "小微工程", "彩钢房60平方米", 3.9, "滦平县宏利建筑工程队", 38700.00, "村集体自筹", dt.date(2023, 9, 3), dt.date(2023, 9, 10), dt.date(2023, 9, 28), "直接发包"),
        ("小白旗村路灯维修", "小微工程", "更换灯头35个", 1.6, "承德光耀照明工程有限公司", 15800.00, "村集体自筹", dt.date(2023, 10, 6), dt.date(2023, 10, 9), dt.date(2023, 10, 16), "直接发包"),
        ("小白旗村谷坊坝", "村级工程", "谷坊坝4座", 14.5, "承德鑫达水利工程有限公司", 143200.00, "上级补助", dt.date(2023, 10, 20), dt.date(2023, 11, 1), dt.date(2023, 11, 30), "竞争性比选"),
        ("小白旗村村史馆布展", "村级工程", "布展120平方米", 10.0, "", None, "社会捐赠", dt.date(2023, 12, 18), None, None, ""),
    ],
}
h5 = ["序号", "项目名称", "项目类型", "建设内容", "预算金额（万元）", "施工单位", "合同金额（元）", "资金来源",
      "村民代表会议日期", "开工日期", "竣工日期", "发包方式"]
dstyle = xlwt.easyxf(num_format_str="yyyy年m月d日")
m2 = xlwt.easyxf(num_format_str="#,##0.00")
stat = []
for vname, items in VILL.items():
    sh = book.add_sheet(vname)
    sh.write_merge(0, 0, 0, 11, "付营子镇%s2023年村级小型工程项目台账" % vname, bold)
    sh.write(1, 0, "村（社区）：%s" % vname)
    sh.write(1, 10, "填报日期：2023年12月31日")
    for i, h in enumerate(h5):
        sh.write(2, i, h, bold)
    r = 3
    tb = 0.0
    tc = 0.0
    for i, it in enumerate(items, 1):
        (name, typ, scope, bud, contractor, amt, fund, dec, st, fin, proc) = it
        sh.write(r, 0, i)
        sh.write(r, 1, name)
        sh.write(r, 2, typ)
        sh.write(r, 3, scope)
        sh.write(r, 4, bud)
        sh.write(r, 5, contractor)
        if isinstance(amt, str):
            sh.write(r, 6, amt)
            amt_v = 118000.00
        elif amt is not None:
            sh.write(r, 6, amt, m2)
            amt_v = amt
        else:
            amt_v = None
        sh.write(r, 7, fund)
        sh.write(r, 8, dec, dstyle)
        if st:
            sh.write(r, 9, st, dstyle)
        else:
            sh.write(r, 9, "未开工")
        if fin:
            sh.write(r, 10, fin, dstyle)
        sh.write(r, 11, proc)
        fields = {"name": name, "contractor": contractor or None}
        if amt_v is not None:
            fields["amount"] = amt_v
            tc += amt_v
        else:
            fields["budget"] = r2(bud * 10000)
        tb += bud
        truth(F5, vname, r + 1, "project", fields, village=vname)
        r += 1
    sh.write(r, 0, "合计")
    sh.write(r, 4, round(tb, 2))
    sh.write(r, 6, r2(tc), m2)
    non(F5, vname, r + 1, "合计")
    r += 1
    sh.write(r, 0, "备注：小微工程指5万元以下项目，按镇村两级小微权力清单执行。")
    non(F5, vname, r + 1, "备注")
    r += 1
    sh.write(r, 0, "村会计：")
    sh.write(r, 1, {"西营村": "赵玉梅", "两间房村": "孙立华"}.get(vname, "冯淑芬"))
    sh.write(r, 5, "村务监督委员会主任：")
    sh.write(r, 6, {"西营村": "高德山", "两间房村": "韩志强"}.get(vname, "吴振华"))
    non(F5, vname, r + 1, "签字")
    stat.append((vname, len(items), round(tb, 2), r2(tc)))
sh = book.add_sheet("汇总统计")
sh.write_merge(0, 0, 0, 4, "付营子镇2023年村级小型工程汇总统计表", bold)
for i, h in enumerate(["村名", "项目个数", "预算合计（万元）", "合同金额合计（元）", "备注"]):
    sh.write(1, i, h, bold)
r = 2
for (v, n, b, c) in stat:
    sh.write(r, 0, v); sh.write(r, 1, n); sh.write(r, 2, b); sh.write(r, 3, c, m2)
    non(F5, "汇总统计", r + 1, "统计表（项目个数汇总），非记录")
    r += 1
sh.write(r, 0, "全镇合计"); sh.write(r, 1, sum(s[1] for s in stat))
sh.write(r, 2, round(sum(s[2] for s in stat), 2)); sh.write(r, 3, r2(sum(s[3] for s in stat)), m2)
non(F5, "汇总统计", r + 1, "全镇合计")
book.save(os.path.join(FILES, F5))

# ---------------------------------------------------------------------------
# File 6: 环县 道路 工程款支付台账 (.xls), project and lot merged down, text dates
# ---------------------------------------------------------------------------
F6 = "环县2023年农村公路项目工程款支付台账.xls"
S6 = "支付台账"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet(S6)
sh.write_merge(0, 0, 0, 10, "环县2023年农村公路建设项目工程款支付台账（按计量期）", bold)
sh.write(1, 0, "单位：元")
# two-row header
sh.write_merge(2, 3, 0, 0, "项目名称", bold)
sh.write_merge(2, 3, 1, 1, "标段", bold)
sh.write_merge(2, 3, 2, 2, "收款单位", bold)
sh.write_merge(2, 3, 3, 3, "计量期", bold)
sh.write_merge(2, 2, 4, 5, "计量", bold)
sh.write(3, 4, "本期计量金额", bold)
sh.write(3, 5, "本期应付", bold)
sh.write_merge(2, 2, 6, 8, "支付", bold)
sh.write(3, 6, "本期实付", bold)
sh.write(3, 7, "累计实付", bold)
sh.write(3, 8, "支付日期", bold)
sh.write_merge(2, 3, 9, 9, "资金来源", bold)
sh.write_merge(2, 3, 10, 10, "备注", bold)
HX = [
    ("环县2023年合道镇至毛井镇通村公路硬化工程", [
        ("一标段", "甘肃路桥第三工程有限责任公司", [
            ("第1期", 1285600.00, None, "2023年7月20日"),
            ("第2期", 1642380.50, None, "2023年8月25日"),
            ("第3期", 1508216.30, 1000000.00, "2023年9月28日"),
            ("第4期", 980450.00, None, "2023年11月10日"),
        ]),
        ("二标段", "庆阳市宏达公路工程有限公司", [
            ("第1期", 1065400.00, None, "2023年7月20日"),
            ("第2期", 1387922.80, None, "2023年8月25日"),
            ("第3期", 1214600.00, None, "2023年9月28日"),
            ("第4期", 862310.45, None, "2023年12月5日"),
        ]),
        ("三标段", "甘肃长通路桥建设有限公司", [
            ("第1期", 1098760.00, None, "2023.7.21"),
            ("第2期", 1320045.60, None, "2023.8.28"),
            ("第3期", 1156300.00, None, "2023.10.8"),
        ]),
    ]),
    ("环县2023年车道镇村组道路建设工程", [
        ("一标段", "环县振兴建筑工程有限公司", [
            ("第1期", 856320.00, None, "2023年8月15日"),
            ("第2期", 1024510.70, None, "2023年9月20日"),
            ("第3期", 790000.00, 500000.00, "2023年11月3日"),
        ]),
        ("二标段", "庆阳市宏达公路工程有限公司", [
            ("第1期", 768900.00, None, "2023年8月15日"),
            ("第2期", 935460.20, None, "2023年9月20日"),
            ("第3期", 702330.00, None, "2023年11月3日"),
        ]),
    ]),
    ("环县2023年虎洞镇通组道路砂化工程", [
        ("一标段", "环县鑫源建筑安装有限公司", [
            ("第1期", 386400.00, None, "2023年9月12日"),
            ("第2期", 412880.00, None, "2023年10月16日"),
        ]),
        ("二标段", "环县振兴建筑工程有限公司", [
            ("第1期", 325600.00, None, "2023年9月12日"),
            ("第2期", 344950.00, None, "2023年10月16日"),
        ]),
    ]),
]
r = 4
grand = 0.0
for pname, lots in HX:
    pstart = r
    for lot, payee, periods in lots:
        lstart = r
        cum = 0.0
        for (lab, meas, paid, dtxt) in periods:
            due = r2(meas * 0.8)
            amt = paid if paid is not None else due
            cum += amt
            sh.write(r, 3, lab)
            sh.write(r, 4, meas, m2)
            sh.write(r, 5, due, m2)
            sh.write(r, 6, amt, m2)
            sh.write(r, 7, r2(cum), m2)
            sh.write(r, 8, dtxt)
            sh.write(r, 9, "车购税资金" if "毛井" in pname else "省级财政衔接资金")
            if paid is not None:
                sh.write(r, 10, "资金未全部到位，差额下期支付")
            truth(F6, S6, r + 1, "payment", {"date": iso(parse_txt_date(dtxt)), "amount": amt,
                                              "direction": "out", "counterparty": payee})
            r += 1
        sh.write_merge(lstart, r - 1, 1, 1, lot)
        sh.write_merge(lstart, r - 1, 2, 2, payee)
        grand += cum
    sh.write_merge(pstart, r - 1, 0, 0, pname)
sh.write(r, 0, "合计")
sh.write(r, 6, r2(grand), m2)
non(F6, S6, r + 1, "合计")
r += 2
sh.write(r, 0, "填表人：慕文斌")
sh.write(r, 4, "复核人：张维军")
sh.write(r, 8, "环县交通运输局（章）")
non(F6, S6, r + 1, "签字")
book.save(os.path.join(FILES, F6))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print("data rows:", len(ROWS), "non_data:", len(NON))
