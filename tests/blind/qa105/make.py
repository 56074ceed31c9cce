# -*- coding: utf-8 -*-
"""Blind test set qa105: tables continued across sheets and files.

Deterministic: writes OUT/files/* and OUT/truth.json (beside this script).
"""
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

TRUTH = {"rows": [], "non_data": []}


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    TRUTH["rows"].append(d)


def N(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat()


BOLD = Font(bold=True)
TITLE = Font(bold=True, size=16)

# ---------------------------------------------------------------------------
# File 1: 石桥村合同台账.xlsx — one ledger split over 台账(1) / 台账(2) / 台账(3)
# ---------------------------------------------------------------------------
V1 = "石桥村"
F1 = "石桥村2023年合同台账.xlsx"
CONTRACTS = [
    # (code, title, counterparty, amount, signed date, method)
    ("SQ-HT-2023-001", "村道路灯维修合同", "临河县光明电器安装有限公司", 18600.00, dt.date(2023, 1, 9), "询价"),
    ("SQ-HT-2023-002", "村委会办公用品采购", "石桥镇文华办公用品店", 3260.00, dt.date(2023, 1, 16), "直接采购"),
    ("SQ-HT-2023-003", "东干渠清淤工程", "临河县顺通水利工程有限公司", 48500.00, dt.date(2023, 2, 20), "村民代表会议议定"),
    ("SQ-HT-2023-004", "文化礼堂屋面防水", "石桥镇永兴建筑队", 29800.00, dt.date(2023, 3, 2), "询价"),
    ("SQ-HT-2023-005", "村口停车场硬化", "临河县宏达建设工程有限公司", 96400.00, dt.date(2023, 3, 15), "邀请招标"),
    ("SQ-HT-2023-006", "垃圾清运服务合同", "王建国", 24000.00, dt.date(2023, 3, 28), "直接委托"),
    ("SQ-HT-2023-007", "老年食堂厨具采购", "临河县美佳厨具经营部", 12750.00, dt.date(2023, 4, 6), "询价"),
    ("SQ-HT-2023-008", "南片农田灌溉泵站维修", "临河县顺通水利工程有限公司", 38900.00, dt.date(2023, 4, 19), "询价"),
    ("SQ-HT-2023-009", "村部监控系统安装", "临河县天眼安防科技有限公司", 21500.00, dt.date(2023, 5, 8), "询价"),
    ("SQ-HT-2023-010", "集体鱼塘发包合同", "刘长春", 36000.00, dt.date(2023, 5, 12), "公开竞价"),
    ("SQ-HT-2023-011", "河道保洁服务合同", "石桥镇绿源保洁服务部", 18000.00, dt.date(2023, 5, 30), "直接委托"),
    ("SQ-HT-2023-012", "村史馆布展", "临河县墨韵文化传播有限公司", 45600.00, dt.date(2023, 6, 14), "询价"),
    ("SQ-HT-2023-013", "二组机耕路修复", "石桥镇永兴建筑队", 49200.00, dt.date(2023, 6, 21), "村民代表会议议定"),
    ("SQ-HT-2023-014", "二组机耕路排水沟", "石桥镇永兴建筑队", 47800.00, dt.date(2023, 6, 26), "村民代表会议议定"),
    # --- 台账(2)
    ("SQ-HT-2023-015", "防汛物资采购", "临河县民安五金建材商行", 8640.00, dt.date(2023, 7, 3), "直接采购"),
    ("SQ-HT-2023-016", "村小学围墙修缮", "临河县宏达建设工程有限公司", 67300.00, dt.date(2023, 7, 11), "邀请招标"),
    ("SQ-HT-2023-017", "绿化苗木采购", "临河县青山苗木专业合作社", 15880.00, dt.date(2023, 7, 20), "询价"),
    ("SQ-HT-2023-018", "公厕改造工程", "石桥镇永兴建筑队", 39600.00, dt.date(2023, 7, 27), "询价"),
    ("SQ-HT-2023-019", "村务公开栏制作", "临河县鑫源广告制作部", 6800.00, dt.date(2023, 8, 2), "直接采购"),
    ("SQ-HT-2023-020", "文化广场健身器材", "临河县康体体育器材有限公司", 23400.00, dt.date(2023, 8, 9), "询价"),
    ("SQ-HT-2023-021", "北山林地抚育", "陈桂芳", 14500.00, dt.date(2023, 8, 17), "直接委托"),
    ("SQ-HT-2023-022", "党群服务中心空调采购", "临河县光明电器安装有限公司", 19980.00, dt.date(2023, 8, 24), "询价"),
    ("SQ-HT-2023-023", "三组便民桥加固", "临河县顺通水利工程有限公司", 58700.00, dt.date(2023, 9, 1), "邀请招标"),
    ("SQ-HT-2023-024", "农村饮用水管网维修", "临河县清泉给排水工程有限公司", 27350.00, dt.date(2023, 9, 12), "询价"),
    ("SQ-HT-2023-025", "村集体厂房出租合同", "临河县金穗粮油加工有限公司", 52000.00, dt.date(2023, 9, 18), "公开竞价"),
    ("SQ-HT-2023-026", "人居环境整治劳务", "赵德明", 9600.00, dt.date(2023, 9, 25), "直接委托"),
    ("SQ-HT-2023-027", "村道标线施划", "临河县顺通路桥工程有限公司", 16200.00, dt.date(2023, 10, 8), "询价"),
    ("SQ-HT-2023-028", "会议室桌椅采购", "石桥镇文华办公用品店", 7450.00, dt.date(2023, 10, 13), "直接采购"),
    # --- 台账(3)
    ("SQ-HT-2023-029", "冬季道路除冰服务", "石桥镇绿源保洁服务部", 5400.00, dt.date(2023, 10, 20), "直接委托"),
    ("SQ-HT-2023-030", "四组排涝沟疏浚", "临河县顺通水利工程有限公司", 44800.00, dt.date(2023, 10, 31), "村民代表会议议定"),
    ("SQ-HT-2023-031", "村部屋顶光伏安装", "临河县阳光新能源科技有限公司", 125000.00, dt.date(2023, 11, 6), "公开招标"),
    ("SQ-HT-2023-032", "农产品展销厅装修", "临河县宏达建设工程有限公司", 49900.00, dt.date(2023, 11, 14), "询价"),
    ("SQ-HT-2023-033", "农产品展销厅水电", "临河县宏达建设工程有限公司", 18500.00, dt.date(2023, 11, 15), "询价"),
    ("SQ-HT-2023-034", "消防器材采购", "临河县民安五金建材商行", 4380.00, dt.date(2023, 11, 22), "直接采购"),
    ("SQ-HT-2023-035", "年度财务代理记账服务", "临河县诚信会计服务有限公司", 6000.00, dt.date(2023, 12, 1), "直接委托"),
    ("SQ-HT-2023-036", "五组水塘护坡", "石桥镇永兴建筑队", 33600.00, dt.date(2023, 12, 7), "询价"),
    ("SQ-HT-2023-037", "路灯电费代缴服务", "国网临河县供电公司", 12000.00, dt.date(2023, 12, 15), "直接委托"),
    ("SQ-HT-2023-038", "村委会电脑采购", "临河县华讯电脑经营部", 11960.00, dt.date(2023, 12, 22), "询价"),
]
HDR1 = ["序号", "合同编号", "合同名称", "乙方（承包方）", "合同金额（元）", "签订日期", "采购方式", "备注"]


def fill_contract_rows(ws, start_row, items, first_seq, datestyle, sheet, amount_fmt=None):
    r = start_row
    for i, (code, title, cp, amt, d, meth) in enumerate(items):
        seq = first_seq + i
        if datestyle == "cell":
            dv = d
        elif datestyle == "cn":
            dv = f"{d.year}年{d.month}月{d.day}日"
        else:
            dv = f"{d.year}.{d.month}.{d.day}"
        av = amt
        if amount_fmt and seq in amount_fmt:
            av = amount_fmt[seq](amt)
        ws.append([seq, code, title, cp, av, dv, meth, ""])
        if datestyle == "cell":
            ws.cell(r, 6).number_format = "yyyy-mm-dd"
        if isinstance(av, float):
            ws.cell(r, 5).number_format = "#,##0.00"
        T(F1, sheet, r, "contract", V1, counterparty=cp, amount=amt, signed_on=iso(d))
        r += 1
    return r


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "台账(1)"
ws.append(["石桥村2023年度合同管理台账"])
ws.merge_cells("A1:H1")
ws["A1"].font = TITLE
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["填报单位：临河县石桥镇石桥村股份经济合作社", None, None, None, None, None, "单位：元"])
ws.append(HDR1)
for c in ws[3]:
    c.font = BOLD
ws.freeze_panes = "A4"
r = fill_contract_rows(ws, 4, CONTRACTS[0:14], 1, "cell", "台账(1)")
# r == 18: nothing more on page 1 (table continues on next sheet)

ws = wb.create_sheet("台账(2)")
# starts straight with data rows, same columns, no title, no header
r = fill_contract_rows(ws, 1, CONTRACTS[14:28], 15, "cn", "台账(2)",
                       amount_fmt={17: lambda a: f"¥{a:,.2f}", 22: lambda a: f"{a:,.2f}"})

ws = wb.create_sheet("台账(3)")
ws.append(HDR1)  # header repeated only
for c in ws[1]:
    c.font = BOLD
r = fill_contract_rows(ws, 2, CONTRACTS[28:38], 29, "dot", "台账(3)",
                       amount_fmt={31: lambda a: "12.5万元"})
total = sum(c[3] for c in CONTRACTS)
ws.append(["合计", None, None, None, total, None, None, "共38份"])
N(F1, "台账(3)", r, "合计 (whole ledger)")
r += 1
ws.append([])
r += 1
ws.append(["制表人：李秀英", None, None, "审核人：张立新", None, "2024年1月5日"])
N(F1, "台账(3)", r, "signature 制表人/审核人")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# Files 2+3: 石桥村2023年收支明细账 split into 上半年 / 下半年 files
# ---------------------------------------------------------------------------
V2 = "石桥村"
F2 = "石桥村2023年收支明细账（上半年）.xlsx"
F3 = "石桥村2023年收支明细账（下半年）.xlsx"
# (month, day, voucher, summary, counterparty, in, out)
H1 = [
    (1, 5, "收-1", "收到镇财政拨付村级运转经费", "石桥镇财政所", 60000.00, None),
    (1, 12, "付-1", "支付村干部2022年度报酬", "王建国", None, 38400.00),
    (1, 18, "付-2", "支付路灯维修款", "临河县光明电器安装有限公司", None, 18600.00),
    (1, 29, "付-3", "提取备用金", None, None, 2000.00),
    (2, 8, "收-2", "收取集体厂房租金", "临河县金穗粮油加工有限公司", 26000.00, None),
    (2, 16, "付-4", "支付办公用品款", "石桥镇文华办公用品店", None, 3260.00),
    (2, 27, "付-5", "支付东干渠清淤预付款", "临河县顺通水利工程有限公司", None, 24250.00),
    (3, 6, "收-3", "收取鱼塘承包金", "刘长春", 36000.00, None),
    (3, 15, "付-6", "支付文化礼堂防水工程款", "石桥镇永兴建筑队", None, 29800.00),
    (3, 22, "付-7", "支付东干渠清淤尾款", "临河县顺通水利工程有限公司", None, 24250.00),
    (3, 30, "付-8", "支付垃圾清运费（一季度）", "王建国", None, 6000.00),
    (4, 7, "收-4", "收到一事一议财政奖补资金", "临河县财政局", 80000.00, None),
    (4, 14, "付-9", "支付停车场硬化预付款", "临河县宏达建设工程有限公司", None, 48200.00),
    (4, 25, "付-10", "支付厨具采购款", "临河县美佳厨具经营部", None, 12750.00),
    (5, 9, "付-11", "支付泵站维修款", "临河县顺通水利工程有限公司", None, 38900.00),
    (5, 17, "收-5", "收到银行存款利息", "临河农商银行石桥支行", 312.45, None),
    (5, 26, "付-12", "支付监控系统安装款", "临河县天眼安防科技有限公司", None, 21500.00),
    (5, 31, "付-13", "支付垃圾清运费（二季度）", "王建国", None, 6000.00),
    (6, 6, "付-14", "支付河道保洁费", "石桥镇绿源保洁服务部", None, 9000.00),
    (6, 15, "付-15", "支付停车场硬化尾款", "临河县宏达建设工程有限公司", None, 48200.00),
    (6, 21, "付-16", "支付村史馆布展款", "临河县墨韵文化传播有限公司", None, 45600.00),
    (6, 28, "付-17", "支付二组机耕路修复款", "石桥镇永兴建筑队", None, 49200.00),
]
H2 = [
    (7, 4, "收-6", "收取集体厂房租金", "临河县金穗粮油加工有限公司", 26000.00, None),
    (7, 10, "付-18", "支付二组机耕路排水沟工程款", "石桥镇永兴建筑队", None, 47800.00),
    (7, 19, "付-19", "支付防汛物资款", "临河县民安五金建材商行", None, 8640.00),
    (7, 31, "付-20", "支付围墙修缮预付款", "临河县宏达建设工程有限公司", None, 33650.00),
    (8, 7, "付-21", "支付苗木款", "临河县青山苗木专业合作社", None, 15880.00),
    (8, 15, "付-22", "支付公厕改造工程款", "石桥镇永兴建筑队", None, 39600.00),
    (8, 23, "收-7", "收到上级美丽乡村建设补助", "临河县农业农村局", 150000.00, None),
    (8, 30, "付-23", "支付健身器材款", "临河县康体体育器材有限公司", None, 23400.00),
    (9, 5, "付-24", "支付林地抚育劳务费", "陈桂芳", None, 14500.00),
    (9, 13, "付-25", "支付空调采购款", "临河县光明电器安装有限公司", None, 19980.00),
    (9, 20, "付-26", "支付围墙修缮尾款", "临河县宏达建设工程有限公司", None, 33650.00),
    (9, 28, "付-27", "支付垃圾清运费（三季度）", "王建国", None, 6000.00),
    (10, 9, "付-28", "支付便民桥加固工程款", "临河县顺通水利工程有限公司", None, 58700.00),
    (10, 16, "收-8", "收取鱼塘承包金（补缴）", "刘长春", 4000.00, None),
    (10, 24, "付-29", "支付人居环境整治劳务费", "赵德明", None, 9600.00),
    (11, 3, "付-30", "支付村道标线款", "临河县顺通路桥工程有限公司", None, 16200.00),
    (11, 10, "付-31", "报销村干部差旅费", "张立新", None, 1286.50),
    (11, 20, "付-32", "支付光伏安装预付款", "临河县阳光新能源科技有限公司", None, 62500.00),
    (11, 28, "付-33", "支付展销厅装修款", "临河县宏达建设工程有限公司", None, 49900.00),
    (12, 6, "付-34", "支付展销厅水电款", "临河县宏达建设工程有限公司", None, 18500.00),
    (12, 14, "收-9", "收取集体厂房租金", "临河县金穗粮油加工有限公司", 26000.00, None),
    (12, 22, "付-35", "支付五组水塘护坡工程款", "石桥镇永兴建筑队", None, 33600.00),
]
HDR2a = ["2023年", None, "凭证号", "摘要", "往来单位", "收入（借方）", "支出（贷方）", "余额"]
HDR2b = ["月", "日", None, None, None, None, None, None]


def write_ledger(ws, start_row, items, fname, sheet, balance, year_in, year_out, signature):
    r = start_row
    month = None
    m_in = m_out = 0.0
    for (m, d, v, s, cp, i, o) in items:
        if month is not None and m != month:
            ws.append([None, None, None, "本月合计", None, m_in, m_out, round(balance, 2)])
            N(fname, sheet, r, "本月合计")
            r += 1
            ws.append([None, None, None, "本年累计", None, year_in, year_out, round(balance, 2)])
            N(fname, sheet, r, "本年累计")
            r += 1
            m_in = m_out = 0.0
        month = m
        balance += (i or 0) - (o or 0)
        m_in += i or 0
        m_out += o or 0
        year_in += i or 0
        year_out += o or 0
        ws.append([m, d, v, s, cp, i, o, round(balance, 2)])
        for c in (6, 7, 8):
            ws.cell(r, c).number_format = "#,##0.00"
        T(fname, sheet, r, "payment", V2, date=iso(dt.date(2023, m, d)),
          amount=i if i else o, direction="in" if i else "out", counterparty=cp)
        r += 1
    ws.append([None, None, None, "本月合计", None, m_in, m_out, round(balance, 2)])
    N(fname, sheet, r, "本月合计")
    r += 1
    ws.append([None, None, None, "本年累计", None, year_in, year_out, round(balance, 2)])
    N(fname, sheet, r, "本年累计")
    r += 1
    if signature:
        ws.append([])
        r += 1
        ws.append(["会计：孙玉兰", None, None, "出纳：周海涛", None, "村务监督委员会：赵德明"])
        N(fname, sheet, r, "signature")
        r += 1
    return r, balance, year_in, year_out


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "收支明细"
ws.append(["石桥村2023年收支明细账（1—6月）"])
ws.merge_cells("A1:H1")
ws["A1"].font = TITLE
ws.append(["核算单位：石桥村股份经济合作社", None, None, None, None, None, None, "单位：元"])
ws.append(HDR2a)
ws.append(HDR2b)
ws.merge_cells("A3:B3")
for col in "CDEFGH":
    ws.merge_cells(f"{col}3:{col}4")
ws.freeze_panes = "A5"
opening = 685420.36
ws.append([1, 1, None, "上年结转", None, None, None, opening])
N(F2, "收支明细", 5, "上年结转 (opening balance)")
r, bal, yi, yo = write_ledger(ws, 6, H1, F2, "收支明细", opening, 0.0, 0.0, signature=False)
wb.save(os.path.join(FILES, F2))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "收支明细"
# second half-year file: no title, no header — the bookkeeper copied the rows on
write_ledger(ws, 1, H2, F3, "收支明细", bal, yi, yo, signature=True)
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------------------
# File 4: 河湾村工程及资源台账.xls (BIFF) — header at very top, resource table
# pasted below project data, 一事一议 sheet with frozen title
# ---------------------------------------------------------------------------
V4 = "河湾村"
F4 = "河湾村工程及资源台账.xls"
PROJECTS = [
    # name, type, contractor, budget 万元, amount 元, start, end, funding
    ("河湾村主干道拓宽工程", "村级工程", "临河县顺通路桥工程有限公司", 38.0, 365800.00, dt.date(2022, 4, 10), dt.date(2022, 8, 30), "上级补助+村集体"),
    ("村委会办公楼外立面改造", "村级工程", "临河县宏达建设工程有限公司", 15.0, 142600.00, dt.date(2022, 5, 6), dt.date(2022, 7, 20), "村集体"),
    ("一组灌溉渠防渗", "小微工程", "河湾镇兴农水利施工队", 4.8, 47500.00, dt.date(2022, 6, 1), dt.date(2022, 6, 28), "村集体"),
    ("二组灌溉渠防渗", "小微工程", "河湾镇兴农水利施工队", 4.9, 48600.00, dt.date(2022, 6, 5), dt.date(2022, 7, 2), "村集体"),
    ("河湾小学门前路面修复", "小微工程", "河湾镇兴农水利施工队", 4.95, 49300.00, dt.date(2022, 7, 12), dt.date(2022, 8, 5), "村集体"),
    ("农贸市场雨棚建设", "村级工程", "临河县宏达建设工程有限公司", 22.0, 208900.00, dt.date(2022, 9, 3), dt.date(2022, 11, 18), "上级补助"),
    ("滨河步道亮化", "村级工程", "临河县光明电器安装有限公司", 12.5, 118750.00, dt.date(2022, 10, 8), dt.date(2022, 12, 1), "上级补助"),
    ("三组污水管网接户", "村级工程", "临河县清泉给排水工程有限公司", 31.0, 296400.00, dt.date(2023, 3, 15), dt.date(2023, 6, 30), "上级补助+村集体"),
    ("村卫生室改造", "小微工程", "河湾镇李氏装饰工程部", 6.0, 57800.00, dt.date(2023, 4, 2), dt.date(2023, 5, 10), "村集体"),
    ("文化广场舞台建设", "村级工程", "临河县宏达建设工程有限公司", 18.0, 172300.00, dt.date(2023, 5, 20), dt.date(2023, 8, 15), "上级补助"),
    ("四组机耕桥重建", "村级工程", "临河县顺通路桥工程有限公司", 26.0, 249000.00, dt.date(2023, 7, 1), dt.date(2023, 10, 20), "上级补助+村集体"),
    ("河湾码头护岸加固", "村级工程", "临河县顺通水利工程有限公司", 45.0, 438600.00, dt.date(2023, 9, 10), dt.date(2023, 12, 25), "上级补助"),
]
RESOURCES = [
    # name, type, area mu, tenant, rent/yr, start, end, method
    ("东洼耕地", "耕地", 126.5, "临河县丰收家庭农场", 75900.00, dt.date(2021, 1, 1), dt.date(2030, 12, 31), "公开竞价"),
    ("西岗林地", "林地", 230.0, "河湾村林果专业合作社", 23000.00, dt.date(2019, 3, 1), dt.date(2049, 2, 28), "村民代表会议议定"),
    ("南湾鱼塘", "水面", 42.0, "孙大海", 29400.00, dt.date(2022, 1, 1), dt.date(2026, 12, 31), "公开竞价"),
    ("北湾鱼塘", "水面", 38.5, "孙大海", 19250.00, dt.date(2022, 1, 1), dt.date(2036, 12, 31), "协议"),
    ("老村部闲置房屋", "房屋", 0.6, "河湾镇利民超市", 12000.00, dt.date(2023, 1, 1), dt.date(2025, 12, 31), "协议"),
    ("集体厂房1号", "厂房", 3.2, "临河县兴旺塑料制品有限公司", 86000.00, dt.date(2020, 7, 1), dt.date(2030, 6, 30), "公开招租"),
    ("集体厂房2号", "厂房", 2.8, "临河县兴旺塑料制品有限公司", 72000.00, dt.date(2020, 7, 1), dt.date(2030, 6, 30), "公开招租"),
    ("河滩地", "未利用地", 65.0, "周海涛", 6500.00, dt.date(2018, 1, 1), dt.date(2037, 12, 31), "协议"),
    ("五组机动地", "耕地", 18.3, "钱小军", 10980.00, dt.date(2023, 3, 1), dt.date(2028, 2, 28), "公开竞价"),
    ("村口商铺", "房屋", 0.15, "河湾镇惠民药店", 18000.00, dt.date(2022, 5, 1), dt.date(2027, 4, 30), "公开招租"),
]
YSYY = [
    # name, contractor, budget, amount(决算), decided, start
    ("一组村内道路硬化", "河湾镇兴农水利施工队", 98000.00, 96450.00, dt.date(2023, 3, 2), dt.date(2023, 3, 20)),
    ("二组路灯安装", "临河县光明电器安装有限公司", 45000.00, 44200.00, dt.date(2023, 3, 2), dt.date(2023, 4, 1)),
    ("三组排水沟建设", "河湾镇兴农水利施工队", 62000.00, 61800.00, dt.date(2023, 5, 18), dt.date(2023, 5, 10)),
    ("四组文化活动室修缮", "河湾镇李氏装饰工程部", 38000.00, 37650.00, dt.date(2023, 6, 8), dt.date(2023, 6, 25)),
    ("五组饮水井改造", "临河县清泉给排水工程有限公司", 56000.00, 55300.00, dt.date(2023, 8, 3), dt.date(2023, 8, 20)),
    ("六组桥头绿化", "临河县青山苗木专业合作社", 24000.00, 23880.00, dt.date(2023, 9, 14), dt.date(2023, 10, 5)),
]

xb = xlwt.Workbook(encoding="utf-8")
DATE = xlwt.easyxf(num_format_str="YYYY-MM-DD")
MONEY = xlwt.easyxf(num_format_str="#,##0.00")
HB = xlwt.easyxf("font: bold on; align: horiz center")
TB = xlwt.easyxf("font: bold on, height 320; align: horiz center")

sh = xb.add_sheet("工程台账")
sh.panes_frozen = True
sh.horz_split_pos = 1
sh.vert_split_pos = 0
hdr = ["序号", "项目名称", "项目类型", "施工单位", "预算金额（万元）", "中标金额（元）", "开工日期", "竣工日期", "资金来源"]
for c, h in enumerate(hdr):
    sh.write(0, c, h, HB)
for i, (name, typ, con, bud, amt, st, en, fund) in enumerate(PROJECTS):
    r0 = 1 + i
    sh.write(r0, 0, i + 1)
    sh.write(r0, 1, name)
    sh.write(r0, 2, typ)
    sh.write(r0, 3, con)
    sh.write(r0, 4, bud)
    sh.write(r0, 5, amt, MONEY)
    sh.write(r0, 6, st, DATE)
    sh.write(r0, 7, en, DATE)
    sh.write(r0, 8, fund)
    T(F4, "工程台账", r0 + 1, "project", V4, name=name, amount=amt, contractor=con)
r0 = 1 + len(PROJECTS)  # 0-based 13 -> Excel row 14
sh.write(r0, 0, "合计")
sh.write(r0, 4, round(sum(p[3] for p in PROJECTS), 2))
sh.write(r0, 5, sum(p[4] for p in PROJECTS), MONEY)
N(F4, "工程台账", r0 + 1, "合计")
# two blank rows, then the resource ledger pasted below with its own title and header
r0 += 3  # 0-based 16 -> Excel row 17
sh.write_merge(r0, r0, 0, 8, "河湾村集体资源发包（租赁）台账", TB)
N(F4, "工程台账", r0 + 1, "title of pasted resource table")
r0 += 1
hdr2 = ["序号", "资源名称", "资源类型", "面积（亩）", "承包（承租）方", "年承包金（元）", "起始日期", "终止日期", "发包方式"]
for c, h in enumerate(hdr2):
    sh.write(r0, c, h, HB)
N(F4, "工程台账", r0 + 1, "header of pasted resource table")
for i, (name, typ, area, ten, rent, st, en, meth) in enumerate(RESOURCES):
    r0 += 1
    sh.write(r0, 0, i + 1)
    sh.write(r0, 1, name)
    sh.write(r0, 2, typ)
    sh.write(r0, 3, area)
    sh.write(r0, 4, ten)
    sh.write(r0, 5, rent, MONEY)
    sh.write(r0, 6, f"{st.year}.{st.month}.{st.day}")
    sh.write(r0, 7, f"{en.year}.{en.month}.{en.day}")
    sh.write(r0, 8, meth)
    T(F4, "工程台账", r0 + 1, "resource", V4, name=name, counterparty=ten, amount=rent, area=area,
      started_on=iso(st), ended_on=iso(en))
r0 += 1
sh.write(r0, 0, "合计")
sh.write(r0, 3, round(sum(x[2] for x in RESOURCES), 2))
sh.write(r0, 5, sum(x[4] for x in RESOURCES), MONEY)
N(F4, "工程台账", r0 + 1, "合计")
r0 += 2
sh.write(r0, 0, "注：面积以村股份经济合作社登记为准；厂房、房屋按占地面积折算亩数。")
N(F4, "工程台账", r0 + 1, "note")

sh = xb.add_sheet("一事一议")
sh.panes_frozen = True
sh.horz_split_pos = 2
sh.vert_split_pos = 0
sh.write_merge(0, 0, 0, 7, "河湾村2023年一事一议筹资筹劳项目情况表", TB)
hdr3 = ["序号", "项目名称", "实施单位", "预算金额（元）", "决算金额（元）", "村民代表会议日期", "开工日期", "备注"]
for c, h in enumerate(hdr3):
    sh.write(1, c, h, HB)
for i, (name, con, bud, amt, dec, st) in enumerate(YSYY):
    r0 = 2 + i
    sh.write(r0, 0, i + 1)
    sh.write(r0, 1, name)
    sh.write(r0, 2, con)
    sh.write(r0, 3, bud, MONEY)
    sh.write(r0, 4, amt, MONEY)
    sh.write(r0, 5, f"{dec.year}年{dec.month}月{dec.day}日")
    sh.write(r0, 6, f"{st.year}年{st.month}月{st.day}日")
    T(F4, "一事一议", r0 + 1, "project", V4, name=name, amount=amt, contractor=con)
r0 = 2 + len(YSYY)
sh.write(r0, 0, "合计")
sh.write(r0, 3, sum(y[2] for y in YSYY), MONEY)
sh.write(r0, 4, sum(y[3] for y in YSYY), MONEY)
N(F4, "一事一议", r0 + 1, "合计")
xb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# File 5: 河湾村2023年银行存款日记账.xls — 收支(1) title+header, 收支(2) header
# repeated + 承前页, 收支(3) starts straight with data
# ---------------------------------------------------------------------------
V5 = "河湾村"
F5 = "河湾村2023年银行存款日记账.xls"
BANK = [
    # date, voucher, summary, counterparty, in, out
    (dt.date(2023, 1, 6), "记-1", "收到村级组织运转经费", "河湾镇财政所", 55000.00, None),
    (dt.date(2023, 1, 13), "记-3", "支付主干道拓宽工程尾款", "临河县顺通路桥工程有限公司", None, 36580.00),
    (dt.date(2023, 1, 20), "记-5", "收取东洼耕地承包金", "临河县丰收家庭农场", 75900.00, None),
    (dt.date(2023, 2, 3), "记-7", "支付农贸市场雨棚工程尾款", "临河县宏达建设工程有限公司", None, 20890.00),
    (dt.date(2023, 2, 17), "记-9", "收取集体厂房1号租金", "临河县兴旺塑料制品有限公司", 86000.00, None),
    (dt.date(2023, 2, 24), "记-10", "收取集体厂房2号租金", "临河县兴旺塑料制品有限公司", 72000.00, None),
    (dt.date(2023, 3, 8), "记-12", "支付一组道路硬化工程款", "河湾镇兴农水利施工队", None, 48225.00),
    (dt.date(2023, 3, 21), "记-14", "收取南湾鱼塘承包金", "孙大海", 29400.00, None),
    (dt.date(2023, 3, 29), "记-15", "收取北湾鱼塘承包金", "孙大海", 19250.00, None),
    (dt.date(2023, 4, 10), "记-18", "支付污水管网接户预付款", "临河县清泉给排水工程有限公司", None, 88920.00),
    # 收支(2)
    (dt.date(2023, 4, 18), "记-20", "支付二组路灯安装款", "临河县光明电器安装有限公司", None, 44200.00),
    (dt.date(2023, 4, 27), "记-22", "支付村卫生室改造款", "河湾镇李氏装饰工程部", None, 57800.00),
    (dt.date(2023, 5, 9), "记-24", "收取村口商铺租金", "河湾镇惠民药店", 18000.00, None),
    (dt.date(2023, 5, 22), "记-27", "支付一组道路硬化工程尾款", "河湾镇兴农水利施工队", None, 48225.00),
    (dt.date(2023, 6, 5), "记-29", "支付三组排水沟工程款", "河湾镇兴农水利施工队", None, 61800.00),
    (dt.date(2023, 6, 16), "记-31", "收到一事一议财政奖补资金", "临河县财政局", 120000.00, None),
    (dt.date(2023, 6, 30), "记-34", "支付文化广场舞台预付款", "临河县宏达建设工程有限公司", None, 86150.00),
    (dt.date(2023, 7, 12), "记-36", "支付四组文化活动室修缮款", "河湾镇李氏装饰工程部", None, 37650.00),
    (dt.date(2023, 7, 25), "记-38", "支付污水管网接户工程款", "临河县清泉给排水工程有限公司", None, 177840.00),
    (dt.date(2023, 8, 8), "记-41", "收取老村部房屋租金", "河湾镇利民超市", 12000.00, None),
    # 收支(3)
    (dt.date(2023, 8, 28), "记-44", "支付五组饮水井改造款", "临河县清泉给排水工程有限公司", None, 55300.00),
    (dt.date(2023, 9, 12), "记-47", "支付四组机耕桥重建预付款", "临河县顺通路桥工程有限公司", None, 124500.00),
    (dt.date(2023, 9, 26), "记-49", "收取五组机动地承包金", "钱小军", 10980.00, None),
    (dt.date(2023, 10, 17), "记-52", "支付六组桥头绿化款", "临河县青山苗木专业合作社", None, 23880.00),
    (dt.date(2023, 11, 3), "记-55", "支付文化广场舞台尾款", "临河县宏达建设工程有限公司", None, 86150.00),
    (dt.date(2023, 11, 21), "记-58", "收到银行存款利息", "临河农商银行河湾支行", 865.12, None),
    (dt.date(2023, 12, 8), "记-61", "支付码头护岸加固预付款", "临河县顺通水利工程有限公司", None, 219300.00),
    (dt.date(2023, 12, 27), "记-64", "收取河滩地承包金", "周海涛", 6500.00, None),
]
HDR5 = ["日期", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "余额"]
xb = xlwt.Workbook(encoding="utf-8")
bal = 812640.58


def bank_rows(sh, r0, items, sheet):
    """r0 is 0-based; returns next 0-based row."""
    global bal
    pin = pout = 0.0
    for (d, v, s, cp, i, o) in items:
        bal = round(bal + (i or 0) - (o or 0), 2)
        pin += i or 0
        pout += o or 0
        sh.write(r0, 0, d, DATE)
        sh.write(r0, 1, v)
        sh.write(r0, 2, s)
        sh.write(r0, 3, cp)
        if i:
            sh.write(r0, 4, i, MONEY)
        if o:
            sh.write(r0, 5, o, MONEY)
        sh.write(r0, 6, bal, MONEY)
        T(F5, sheet, r0 + 1, "payment", V5, date=iso(d), amount=i if i else o,
          direction="in" if i else "out", counterparty=cp)
        r0 += 1
    return r0, pin, pout


sh = xb.add_sheet("收支(1)")
sh.write_merge(0, 0, 0, 6, "河湾村股份经济合作社银行存款日记账", TB)
sh.write(1, 0, "开户行：临河农商银行河湾支行  账号：3301 2288 0100 0456 789")
sh.write(1, 6, "单位：元")
for c, h in enumerate(HDR5):
    sh.write(2, c, h, HB)
sh.write(3, 0, dt.date(2023, 1, 1), DATE)
sh.write(3, 2, "上年结转")
sh.write(3, 6, bal, MONEY)
N(F5, "收支(1)", 4, "上年结转")
r0, pin, pout = bank_rows(sh, 4, BANK[0:10], "收支(1)")
sh.write(r0, 2, "过次页")
sh.write(r0, 4, pin, MONEY)
sh.write(r0, 5, pout, MONEY)
sh.write(r0, 6, bal, MONEY)
N(F5, "收支(1)", r0 + 1, "过次页")
cum_in, cum_out = pin, pout

sh = xb.add_sheet("收支(2)")
for c, h in enumerate(HDR5):  # header repeated, no title
    sh.write(0, c, h, HB)
sh.write(1, 2, "承前页")
sh.write(1, 4, cum_in, MONEY)
sh.write(1, 5, cum_out, MONEY)
sh.write(1, 6, bal, MONEY)
N(F5, "收支(2)", 2, "承前页")
r0, pin, pout = bank_rows(sh, 2, BANK[10:20], "收支(2)")
cum_in += pin
cum_out += pout
sh.write(r0, 2, "过次页")
sh.write(r0, 4, cum_in, MONEY)
sh.write(r0, 5, cum_out, MONEY)
sh.write(r0, 6, bal, MONEY)
N(F5, "收支(2)", r0 + 1, "过次页")

sh = xb.add_sheet("收支(3)")
# starts straight with data rows, same columns
r0, pin, pout = bank_rows(sh, 0, BANK[20:28], "收支(3)")
cum_in += pin
cum_out += pout
sh.write(r0, 2, "本年累计")
sh.write(r0, 4, cum_in, MONEY)
sh.write(r0, 5, cum_out, MONEY)
sh.write(r0, 6, bal, MONEY)
N(F5, "收支(3)", r0 + 1, "本年累计")
r0 += 2
sh.write(r0, 0, "注：本账与银行对账单核对一致，未达账项0笔。")
N(F5, "收支(3)", r0 + 1, "note")
r0 += 1
sh.write(r0, 0, "记账：孙玉兰")
sh.write(r0, 3, "审核：李卫东")
N(F5, "收支(3)", r0 + 1, "signature")
xb.save(os.path.join(FILES, F5))

# ---------------------------------------------------------------------------
# File 6: 石桥村资产及干部名单.xlsx — 资产台账 header at row 1 (frozen), cadre list
# pasted below with a different header; a 统计 sheet that is no record kind
# ---------------------------------------------------------------------------
V6 = "石桥村"
F6 = "石桥村固定资产台账.xlsx"
ASSETS = [
    ("GZ-001", "村委会办公楼", "房屋及建筑物", 1, 1280000.00, dt.date(2008, 10, 15), "村部", "在用"),
    ("GZ-002", "文化礼堂", "房屋及建筑物", 1, 465000.00, dt.date(2016, 6, 30), "村部东侧", "在用"),
    ("GZ-003", "集体厂房", "房屋及建筑物", 1, 820000.00, dt.date(2012, 3, 20), "工业区", "出租"),
    ("GZ-004", "老年食堂", "房屋及建筑物", 1, 186000.00, dt.date(2019, 9, 1), "一组", "在用"),
    ("GZ-005", "灌溉泵站", "构筑物", 1, 238000.00, dt.date(2014, 4, 12), "南片农田", "在用"),
    ("GZ-006", "村口停车场", "构筑物", 1, 96400.00, dt.date(2023, 6, 20), "村口", "在用"),
    ("GZ-007", "便民桥", "构筑物", 3, 312000.00, dt.date(2010, 11, 5), "三组", "在用"),
    ("GZ-008", "监控系统", "机器设备", 1, 21500.00, dt.date(2023, 5, 26), "村部", "在用"),
    ("GZ-009", "挖掘机", "机器设备", 1, 168000.00, dt.date(2017, 8, 18), "村部院内", "闲置"),
    ("GZ-010", "垃圾清运车", "运输工具", 1, 56800.00, dt.date(2020, 12, 3), "村部院内", "在用"),
    ("GZ-011", "办公电脑", "办公设备", 6, 26400.00, dt.date(2021, 3, 10), "村部", "在用"),
    ("GZ-012", "党群服务中心空调", "办公设备", 4, 19980.00, dt.date(2023, 9, 13), "党群服务中心", "在用"),
    ("GZ-013", "健身器材", "其他", 12, 23400.00, dt.date(2023, 8, 30), "文化广场", "在用"),
    ("GZ-014", "光伏发电设备", "机器设备", 1, 125000.00, dt.date(2023, 12, 20), "村部屋顶", "在建"),
]
CADRES = [
    ("王建国", "党支部书记、村委会主任", "男", "139 5721 0386"),
    ("张立新", "党支部副书记", "男", "138 5720 4417"),
    ("李秀英", "村委会委员、妇联主席", "女", "135 8721 6620"),
    ("孙玉兰", "报账员", "女", "137 5720 9135"),
    ("周海涛", "村委会委员", "男", "150 6721 3348"),
    ("赵德明", "村务监督委员会主任", "男", "136 5721 7752"),
    ("刘长春", "村民小组长", "男", "158 5720 1169"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "资产台账"
ws.append(["资产编号", "资产名称", "类别", "数量", "原值（元）", "购置日期", "存放地点", "使用状况"])
for c in ws[1]:
    c.font = BOLD
ws.freeze_panes = "A2"
r = 2
for (code, name, cat, q, amt, d, loc, st) in ASSETS:
    dv = d if r % 3 else int(d.strftime("%Y%m%d"))  # some dates typed as 20230526
    ws.append([code, name, cat, q, amt, dv, loc, st])
    if isinstance(dv, dt.date):
        ws.cell(r, 6).number_format = "yyyy/m/d"
    ws.cell(r, 5).number_format = "#,##0.00"
    T(F6, "资产台账", r, "asset", V6, name=name, amount=amt, acquired_on=iso(d))
    r += 1
ws.append([None, "合计", None, sum(a[3] for a in ASSETS), sum(a[4] for a in ASSETS)])
N(F6, "资产台账", r, "合计")
r += 1
ws.append([])
ws.append([])
r += 2
ws.append(["石桥村“两委”干部及村务监督委员会成员名单"])
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(r, 1).font = TITLE
N(F6, "资产台账", r, "title of pasted cadre list")
r += 1
ws.append(["序号", "姓名", "职务", "性别", "联系电话"])
N(F6, "资产台账", r, "header of pasted cadre list")
r += 1
for i, (name, pos, sex, tel) in enumerate(CADRES):
    ws.append([i + 1, name, pos, sex, tel])
    T(F6, "资产台账", r, "cadre", V6, name=name, position=pos)
    r += 1

ws = wb.create_sheet("分类统计")
ws.append(["石桥村固定资产分类统计表"])
ws.append(["类别", "项数", "原值合计（元）"])
cats = {}
for a in ASSETS:
    cats.setdefault(a[2], [0, 0.0])
    cats[a[2]][0] += 1
    cats[a[2]][1] += a[4]
r = 3
for k, (n, s) in cats.items():
    ws.append([k, n, s])
    N(F6, "分类统计", r, "statistics row (not a record kind)")
    r += 1
ws.append(["合计", len(ASSETS), sum(a[4] for a in ASSETS)])
N(F6, "分类统计", r, "合计")
wb.save(os.path.join(FILES, F6))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(TRUTH, fh, ensure_ascii=False, indent=1)
print("rows", len(TRUTH["rows"]), "non_data", len(TRUTH["non_data"]))
