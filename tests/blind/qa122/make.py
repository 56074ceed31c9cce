# -*- coding: utf-8 -*-
"""Blind test set, angle: numbers and dates that Excel mangled.
Deterministic; writes files into files/ and truth.json beside this script."""
import csv
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "files")
os.makedirs(OUTDIR, exist_ok=True)

ROWS = []
NON = []


def truth(file, sheet, row, kind, fields, village=None):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        d["village"] = village
    ROWS.append(d)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def iso(d):
    return d.isoformat()


def dotfloat(d):
    # what Excel keeps when somebody types 2023.0310: the number 2023.031
    return float("%d.%02d%02d" % (d.year, d.month, d.day))


def excel15(s):
    # Excel keeps 15 significant digits of a long number typed without '
    return float("%.15g" % float(int(s)))


# ---------------------------------------------------------------------------
# File 1: 东坡村2023年现金日记账.xlsx
# ---------------------------------------------------------------------------
F1 = "东坡村2023年现金日记账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "现金日记账"
ws.merge_cells("A1:I1")
ws["A1"] = "东坡村股份经济合作社现金日记账"
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "账套：东坡村股份经济合作社"
ws["H2"] = "单位：元"
# two-row header
ws.merge_cells("A3:B3")
ws["A3"] = "2023年"
ws["A4"] = "月"
ws["B4"] = "日"
for col, text in (("C", "凭证号"), ("D", "摘要"), ("E", "收(付)款人"), ("F", "借方"),
                  ("G", "贷方"), ("H", "借或贷"), ("I", "余额")):
    ws.merge_cells("%s3:%s4" % (col, col))
    ws["%s3" % col] = text
r = 5
bal = 3560.50
ws.cell(r, 1, 1); ws.cell(r, 2, 1); ws.cell(r, 4, "上年结转"); ws.cell(r, 8, "借"); ws.cell(r, 9, bal)
non(F1, "现金日记账", r, "上年结转")
r += 1
q1 = [
    (1, 5, "1-1", "支付村干部1月误工补贴", "陈国强", None, 1800),
    (1, 9, "1-3", "收取村部门面房租金", "刘桂芝", 6000, None),
    (1, 12, "1-5", "购买办公用品", "青石镇华联超市", None, 356.8),
    (1, 15, "1-8", "支付道路保洁费", "王秀英", None, 1200),
    (1, 18, "1-11", "收鱼塘承包款", "李长贵", 3500, None),
    (1, 23, "1-15", "支付春节慰问困难户", "张玉兰", None, 500),
    (1, 28, "1-19", "支付村部水电费", "国网青石供电所", None, 842.37),
    (2, 3, "2-1", "报销差旅费", "赵丽", None, 268),
    (2, 10, "2-4", "支付环境整治临时工工资", "孙大勇", None, 2400),
    (2, 14, "2-6", "收取自来水费", "东坡村三组", 1150, None),
    (2, 20, "2-9", "支付水渠清淤款", "周建华", None, 4600),
    (2, 27, "2-12", "收回备用金", "陈国强", 300, None),
    (3, 2, "3-2", "支付会议误餐费", "青石饭店", None, 640),
    (3, 6, "3-4", "收取场地使用费", "吴海燕", 800, None),
    (3, 10, "3-7", "支付路灯维修材料费", "青石镇明亮五金店", None, 1385.5),
    (3, 15, "3-10", "支付植树节苗木款", "高玉林", None, 3200),
    (3, 21, "3-13", "收取宅基地有偿使用费", "马福生", 2000, None),
    (3, 29, "3-16", "支付村务公开栏制作费", "青石镇新星广告部", None, 980),
]
# amounts that sit in the sheet as text
text_amounts = {"1-8": ("qp", "1,200.00"), "1-15": ("lit", "'500"),
                "2-9": ("qp", "4600.00"), "3-13": ("lit", "'2,000.00")}
month_in = month_out = year_in = year_out = 0.0
cur_month = 1


def close_month_1(ws, r, m):
    global month_in, month_out, year_in, year_out
    ws.cell(r, 1, m); ws.cell(r, 4, "本月合计"); ws.cell(r, 6, round(month_in, 2))
    ws.cell(r, 7, round(month_out, 2)); ws.cell(r, 8, "借"); ws.cell(r, 9, round(bal, 2))
    non(F1, "现金日记账", r, "本月合计")
    r += 1
    ws.cell(r, 1, m); ws.cell(r, 4, "本年累计"); ws.cell(r, 6, round(year_in, 2))
    ws.cell(r, 7, round(year_out, 2)); ws.cell(r, 8, "借"); ws.cell(r, 9, round(bal, 2))
    non(F1, "现金日记账", r, "本年累计")
    month_in = month_out = 0.0
    return r + 1


for (m, d, v, summ, who, amt_in, amt_out) in q1:
    if m != cur_month:
        r = close_month_1(ws, r, cur_month)
        cur_month = m
    ws.cell(r, 1, m)
    ws.cell(r, 2, d)
    vm, vn = [int(x) for x in v.split("-")]
    c = ws.cell(r, 3, dt.datetime(2023, vm, vn))  # Excel turned "1-15" into a date
    c.number_format = "yyyy-mm-dd" if m == 1 else 'm"月"d"日"'
    ws.cell(r, 4, summ)
    ws.cell(r, 5, who)
    col = 6 if amt_in else 7
    amt = amt_in or amt_out
    if v in text_amounts:
        how, txt = text_amounts[v]
        c = ws.cell(r, col, txt)
        if how == "qp":
            c.quotePrefix = True
    else:
        ws.cell(r, col, amt)
    if amt_in:
        bal += amt_in; month_in += amt_in; year_in += amt_in
    else:
        bal -= amt_out; month_out += amt_out; year_out += amt_out
    ws.cell(r, 8, "借")
    ws.cell(r, 9, round(bal, 2))
    truth(F1, "现金日记账", r, "payment",
          {"date": iso(dt.date(2023, m, d)), "amount": float(amt),
           "direction": "in" if amt_in else "out", "counterparty": who}, "东坡村")
    r += 1
r = close_month_1(ws, r, cur_month)
r += 1
ws.cell(r, 1, "注：凭证号按“月-号”编列，如1-15为1月第15号凭证。")
non(F1, "现金日记账", r, "注")
r += 1
ws.cell(r, 1, "会计：赵丽")
ws.cell(r, 4, "出纳：陈红梅")
ws.cell(r, 7, "审核：陈国强")
non(F1, "现金日记账", r, "签名")

# sheet 2: 4-6月, one 日期 column typed as 2023.0403 numbers
ws2 = wb.create_sheet("4-6月")
ws2.merge_cells("A1:G1")
ws2["A1"] = "东坡村现金日记账（2023年4-6月）"
ws2["A2"] = "单位：元"
hdr = ["日期", "凭证号", "摘要", "收(付)款人", "收入", "支出", "余额"]
for i, h in enumerate(hdr, 1):
    ws2.cell(3, i, h)
r = 4
ws2.cell(r, 3, "承上季"); ws2.cell(r, 7, round(bal, 2))
non(F1, "4-6月", r, "承上季(期初余额)")
r += 1
q2 = [
    (dt.date(2023, 4, 3), "4-1", "支付清明防火巡逻补贴", "李铁柱", None, 900),
    (dt.date(2023, 4, 7), "4-3", "收取农机具出租费", "韩德胜", 450, None),
    (dt.date(2023, 4, 10), "4-5", "支付村道修补材料款", "青石镇宏基建材经营部", None, 2860),
    (dt.date(2023, 4, 18), "4-8", "支付防疫消杀用品款", "青石镇百姓大药房", None, 415.5),
    (dt.date(2023, 4, 20), "4-10", "收取门面房租金", "刘桂芝", 6000, None),
    (dt.date(2023, 4, 28), "4-12", "支付五一慰问品款", "青石镇华联超市", None, 1260),
    (dt.date(2023, 5, 6), "5-1", "支付河道保洁费", "王秀英", None, 1200),
    (dt.date(2023, 5, 12), "5-4", "收取集体林地承包款", "郑家旺", 5200, None),
    (dt.date(2023, 5, 20), "5-6", "支付党员活动日误餐费", "青石饭店", None, 720),
    (dt.date(2023, 5, 25), "5-9", "支付电工维修费", "冯小军", None, 350),
    (dt.date(2023, 5, 30), "5-11", "收取自来水费", "东坡村五组", 980, None),
    (dt.date(2023, 6, 2), "6-1", "支付防汛物资款", "青石镇明亮五金店", None, 3150),
    (dt.date(2023, 6, 9), "6-3", "支付村干部误工补贴", "陈国强", None, 1800),
    (dt.date(2023, 6, 10), "6-5", "收取场地使用费", "吴海燕", 800, None),
    (dt.date(2023, 6, 16), "6-8", "支付文化礼堂保洁费", "孙桂香", None, 600),
    (dt.date(2023, 6, 26), "6-11", "支付防溺水宣传牌制作费", "青石镇新星广告部", None, 760),
]
text2 = {"4-5": ("qp", "2,860.00"), "5-4": ("lit", "'5200"), "6-1": ("qp", "3150")}
cur = 4
mi = mo = 0.0


def close2(r, m):
    global mi, mo
    ws2.cell(r, 3, "%d月合计" % m)
    ws2.cell(r, 5, round(mi, 2)); ws2.cell(r, 6, round(mo, 2)); ws2.cell(r, 7, round(bal, 2))
    non(F1, "4-6月", r, "本月合计")
    mi = mo = 0.0
    return r + 1


for (d, v, summ, who, ai, ao) in q2:
    if d.month != cur:
        r = close2(r, cur)
        cur = d.month
    ws2.cell(r, 1, dotfloat(d))  # 2023.0403, 2023.041 (=4月10日)
    vm, vn = [int(x) for x in v.split("-")]
    c = ws2.cell(r, 2, dt.datetime(2023, vm, vn))
    c.number_format = "m-d"  # looks like the voucher number, is a date
    ws2.cell(r, 3, summ)
    ws2.cell(r, 4, who)
    col = 5 if ai else 6
    amt = ai or ao
    if v in text2:
        how, txt = text2[v]
        c = ws2.cell(r, col, txt)
        if how == "qp":
            c.quotePrefix = True
    else:
        ws2.cell(r, col, amt)
    if ai:
        bal += ai; mi += ai
    else:
        bal -= ao; mo += ao
    ws2.cell(r, 7, round(bal, 2))
    truth(F1, "4-6月", r, "payment",
          {"date": iso(d), "amount": float(amt), "direction": "in" if ai else "out",
           "counterparty": who}, "东坡村")
    r += 1
r = close2(r, cur)
ws2.cell(r, 3, "本季合计")
non(F1, "4-6月", r, "本季合计")
r += 2
ws2.cell(r, 1, "出纳：陈红梅    会计：赵丽")
non(F1, "4-6月", r, "签名")
wb.save(os.path.join(OUTDIR, F1))

# ---------------------------------------------------------------------------
# File 2: 李家湾村2023年银行存款日记账.csv (GBK, saved from Excel)
# ---------------------------------------------------------------------------
F2 = "李家湾村2023年银行存款日记账.csv"
S2 = "李家湾村2023年银行存款日记账"
lines = []
lines.append(["李家湾村股份经济合作社银行存款日记账", "", "", "", "", "", "", ""])
lines.append(["开户行：青石农商银行营业部  账号：6.22848E+18", "", "", "", "", "单位：元", "", ""])
lines.append(["日期", "凭证号", "摘要", "对方户名", "对方账号", "收入金额", "支出金额", "余额"])
bal = 128650.00
lines.append(["", "", "期初余额", "", "", "", "", "%.2f" % bal])
non(F2, S2, 4, "期初余额")
bank = [
    (dt.date(2023, 1, 4), "1-2", "收村级组织运转经费", "青石县青石镇财政所", "6.21700E+18", 85000, None),
    (dt.date(2023, 1, 6), "1-4", "支付村道硬化工程进度款", "青石县宏达建设工程有限公司", "6.22848E+18", None, 120000),
    (dt.date(2023, 1, 11), "1-7", "收土地流转租金", "青石县绿源家庭农场", "6.23059E+18", 46800, None),
    (dt.date(2023, 1, 17), "1-9", "支付村部空调采购款", "青石县美佳电器商行", "6.22848E+18", None, 13600),
    (dt.date(2023, 1, 20), "1-12", "支付保洁服务费", "青石县洁美环境服务有限公司", "'6228480318866021775", None, 18000),
    (dt.date(2023, 1, 30), "1-15", "收厂房租金", "青石县恒通塑料制品有限公司", "4.10501E+15", 60000, None),
    (dt.date(2023, 2, 3), "2-1", "支付村干部报酬", "王德明", "6.21799E+18", None, 9600),
    (dt.date(2023, 2, 8), "2-3", "收到一事一议财政奖补资金", "青石县财政局", "4.10522E+15", 150000, None),
    (dt.date(2023, 2, 15), "2-6", "支付文化广场工程款", "青石县宏达建设工程有限公司", "6.22848E+18", None, 98000),
    (dt.date(2023, 2, 21), "2-8", "收取鱼塘承包费", "黄永福", "6.23059E+18", 12000, None),
    (dt.date(2023, 2, 24), "2-10", "支付电费", "国网河南省电力公司青石县供电公司", "4.10500E+15", None, 2356.42),
    (dt.date(2023, 2, 28), "2-13", "支付银行手续费", "青石农商银行", "", None, 25),
    (dt.date(2023, 3, 3), "3-2", "支付监控设备款", "青石县天眼安防科技有限公司", "6.22848E+18", None, 27500),
    (dt.date(2023, 3, 9), "3-5", "收到林地补偿款", "青石县自然资源局", "4.10522E+15", 38450, None),
    (dt.date(2023, 3, 14), "3-7", "支付路灯安装工程款", "青石县光明电力安装有限公司", "'6228480318900125566", None, 46300),
    (dt.date(2023, 3, 20), "3-9", "收取门面房租金", "李秀兰", "6.21700E+18", 14400, None),
    (dt.date(2023, 3, 27), "3-12", "支付工程监理费", "青石县正衡工程监理有限公司", "6.22848E+18", None, 6800),
    (dt.date(2023, 3, 31), "3-15", "结息", "青石农商银行", "", 312.56, None),
    (dt.date(2023, 4, 3), "4-1", "支付水塘清淤工程款", "青石县宏达建设工程有限公司", "6.22848E+18", None, 49800),
    (dt.date(2023, 4, 7), "4-3", "收厂房租金", "青石县恒通塑料制品有限公司", "4.10501E+15", 60000, None),
    (dt.date(2023, 4, 12), "4-5", "支付苗木采购款", "青石县绿茵苗木专业合作社", "6.23059E+18", None, 21650),
    (dt.date(2023, 4, 18), "4-8", "支付村干部报酬", "王德明", "6.21799E+18", None, 9600),
    (dt.date(2023, 4, 23), "4-10", "收到农业保险理赔款", "中华联合财产保险股份有限公司青石支公司", "4.10501E+15", 7320, None),
    (dt.date(2023, 4, 28), "4-13", "支付审计费", "青石县诚信会计师事务所", "6.22848E+18", None, 5000),
    (dt.date(2023, 4, 29), "4-14", "支付垃圾清运费", "刘长江", "6.21799E+18", None, 3600),
]
apos = {"1-4", "2-3", "2-6", "3-7", "4-1", "4-12"}  # exported as '120,000.00


def money_txt(v, key):
    if key in apos:
        return "'" + "{:,.2f}".format(v)
    return "%.2f" % v if v != int(v) else "%d" % v


cur = 1
mi = mo = yi = yo = 0.0
for (d, v, summ, who, acct, ai, ao) in bank:
    if d.month != cur:
        lines.append(["", "", "本月合计", "", "", "%.2f" % mi, "%.2f" % mo, "%.2f" % bal])
        non(F2, S2, len(lines), "本月合计")
        mi = mo = 0.0
        cur = d.month
    vm, vn = [int(x) for x in v.split("-")]
    vtxt = "%d月%d日" % (vm, vn)  # Excel showed "1-15" as 1月15日 and saved that
    dtxt = str(serial(d)) if d.month < 4 else "%d/%d/%d" % (d.year, d.month, d.day)
    if ai:
        bal += ai; mi += ai; yi += ai
    else:
        bal -= ao; mo += ao; yo += ao
    lines.append([dtxt, vtxt, summ, who, acct,
                  money_txt(ai, v) if ai else "", money_txt(ao, v) if ao else "",
                  "%.2f" % bal])
    truth(F2, S2, len(lines), "payment",
          {"date": iso(d), "amount": float(ai or ao), "direction": "in" if ai else "out",
           "counterparty": who}, "李家湾村")
lines.append(["", "", "本月合计", "", "", "%.2f" % mi, "%.2f" % mo, "%.2f" % bal])
non(F2, S2, len(lines), "本月合计")
lines.append(["", "", "本年累计", "", "", "%.2f" % yi, "%.2f" % yo, "%.2f" % bal])
non(F2, S2, len(lines), "本年累计")
lines.append(["注：对方账号导出后显示为科学计数法，以银行回单为准。", "", "", "", "", "", "", ""])
non(F2, S2, len(lines), "注")
lines.append(["制表：张晓燕", "", "", "审核：王德明", "", "", "", ""])
non(F2, S2, len(lines), "签名")
with open(os.path.join(OUTDIR, F2), "w", encoding="gbk", newline="") as fh:
    csv.writer(fh, lineterminator="\r\n").writerows(lines)

# ---------------------------------------------------------------------------
# File 3: 青石镇各村村干部花名册.xls (BIFF via xlwt)
# ---------------------------------------------------------------------------
F3 = "青石镇各村村干部花名册.xls"
xb = xlwt.Workbook(encoding="utf-8")
st_title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
st_date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
cadres = {
    "东坡村": [
        ("陈国强", "男", "410522197203151019", 1972.03, "党支部书记、村委会主任", 2021.1, 13837265410, 1),
        ("赵丽", "女", "410522198511230047", 1985.11, "村委委员、报账员", 2021.1, 15903720586, 2),
        ("刘建平", "男", "410522196810074512", 1968.1, "党支部副书记", 2018.01, 13503827716, 3),
        ("孙秀梅", "女", "41052219790512452X", 1979.05, "村委委员、妇联主席", 2021.1, 18637210935, 4),
        ("周大伟", "男", "410522198207204538", 1982.07, "村委委员", 2021.1, 13937204418, 5),
        ("马兰英", "女", "410522197512014527", 1975.12, "村务监督委员会主任", 2021.1, 15037264091, 6),
        ("陈红梅", "女", "410522199006184520", 1990.06, "出纳", 2022.03, 17737201862, 1),
        ("郭小兵", "男", "410522198910104513", 1989.1, "村委委员、治保主任", 2021.1, 13603726624, 7),
    ],
    "李家湾村": [
        ("王德明", "男", "410522196911033013", 1969.11, "党总支书记、村委会主任", 2021.1, 13903720017, 2),
        ("张晓燕", "女", "410522198702263024", 1987.02, "报账员", 2019.05, 15137209863, 4),
        ("黄志刚", "男", "410522197710103011", 1977.1, "党总支副书记", 2021.1, 13837290452, 1),
        ("李春花", "女", "410522198004083028", 1980.04, "村委委员", 2021.1, 18737218830, 3),
        ("吴建设", "男", "41052219740901301X", 1974.09, "村委委员", 2021.1, 13663720785, 5),
        ("何玉珍", "女", "410522196605153047", 1966.05, "村监会主任", 2021.1, 15837250614, 6),
        ("邓国华", "男", "410522198312303016", 1983.12, "村委委员", 2021.1, 13526370149, 8),
        ("王磊", "男", "410522199210013031", 1992.1, "村委会副主任", 2021.1, 18238726507, 2),
    ],
    "白杨村": [
        ("杨振华", "男", "410522197108256011", 1971.08, "党支部书记", 2018.01, 13783720356, 1),
        ("许文斌", "男", "410522197804106035", 1978.04, "村委会主任", 2021.1, 13937268120, 3),
        ("曹丽娟", "女", "410522198601206028", 1986.01, "村委委员、妇联主席", 2021.1, 15236790218, 2),
        ("彭亮", "男", "410522198810296014", 1988.1, "村委委员", 2021.1, 18837204763, 4),
        ("蒋春生", "男", "410522196502186037", 1965.02, "村务监督委员会主任", 2021.1, 13598723041, 5),
        ("沈芳", "女", "410522199103076021", 1991.03, "报账员", 2020.07, 17803729915, 1),
        ("杨小勇", "男", "41052219840620601X", 1984.06, "村委委员", 2021.1, 13087265302, 6),
        ("韦桂兰", "女", "410522197309306040", 1973.09, "村监委委员", 2021.1, 15993720488, 7),
    ],
    "柳河村": [
        ("柳长青", "男", "410522197011118017", 1970.11, "党支部书记、村委会主任", 2021.1, 13837286604, 1),
        ("田明", "男", "410522197606028032", 1976.06, "党支部副书记", 2021.1, 13503720931, 2),
        ("宋美玲", "女", "410522198403158025", 1984.03, "村委委员", 2021.1, 15090721347, 3),
        ("唐国庆", "男", "410522197910018010", 1979.1, "村委委员", 2021.1, 13783724455, 4),
        ("范志强", "男", "410522196707258058", 1967.07, "村监会主任", 2021.1, 18937261198, 5),
        ("柳丽", "女", "410522199212128040", 1992.12, "报账员", 2022.01, 17337208826, 1),
        ("胡永红", "女", "410522198108098027", 1981.08, "村委委员", 2021.1, 13663728590, 6),
        ("石磊", "男", "410522199505208012", 1995.05, "后备干部", 2022.06, 15537291004, 7),
    ],
}
hdr3 = ["序号", "姓名", "性别", "身份证号码", "出生年月", "职务", "任职时间", "联系电话", "所在组", "备注"]
for vi, (vill, people) in enumerate(cadres.items()):
    sh = xb.add_sheet(vill)
    r0 = 0
    sh.write_merge(0, 0, 0, 9, "青石镇%s村（社区）干部花名册" % vill[:-1], st_title)
    if vi % 2 == 0:
        sh.write(1, 0, "填报单位：%s党支部（盖章）" % vill)
        sh.write(1, 7, "填报日期：2023.5.8")
        hr = 2
    else:
        hr = 1
    for i, h in enumerate(hdr3):
        sh.write(hr, i, h)
    r = hr + 1
    for k, (name, sex, idno, born, pos, since, phone, grp) in enumerate(people, 1):
        if vi == 2 and k == 5:
            r += 1  # a blank row left in the middle
        sh.write(r, 0, k)
        sh.write(r, 1, name)
        sh.write(r, 2, sex)
        if idno.endswith("X"):
            sh.write(r, 3, idno)
        else:
            sh.write(r, 3, excel15(idno))  # shown as 4.10522E+17
        sh.write(r, 4, born)      # 1978.1 = 1978年10月
        if vi == 3:
            y, mth = int(since), int(round((since - int(since)) * 100))
            sh.write(r, 6, serial(dt.date(y, mth, 1)))  # serial in a General cell
        else:
            sh.write(r, 6, since)
        sh.write(r, 5, pos)
        sh.write(r, 7, phone)     # a number
        sh.write(r, 8, grp)       # "01组" lost its zero
        truth(F3, vill, r + 1, "cadre", {"name": name, "position": pos}, vill)
        r += 1
    r += 1
    sh.write(r, 0, "制表人：%s" % people[1][0] if vi != 2 else "制表人：沈芳")
    sh.write(r, 5, "审核人：%s" % people[0][0])
    non(F3, vill, r + 1, "签名")
# a 统计 sheet: counts, not records
sh = xb.add_sheet("汇总")
sh.write_merge(0, 0, 0, 4, "青石镇村干部情况统计表", st_title)
for i, h in enumerate(["村名", "干部人数", "党员人数", "女性", "大专以上"]):
    sh.write(1, i, h)
stats = [("东坡村", 8, 6, 4, 3), ("李家湾村", 8, 7, 3, 2), ("白杨村", 8, 6, 3, 2),
         ("柳河村", 8, 5, 3, 4), ("合计", 32, 24, 13, 11)]
for k, row in enumerate(stats):
    for i, v in enumerate(row):
        sh.write(2 + k, i, v)
    non(F3, "汇总", 3 + k, "统计表")
xb.save(os.path.join(OUTDIR, F3))

# ---------------------------------------------------------------------------
# File 4: 白杨村2023年合同台账.xlsx (workbook in the 1904 date system)
# ---------------------------------------------------------------------------
F4 = "白杨村2023年合同台账.xlsx"
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "合同台账"
ws.merge_cells("A1:L1")
ws["A1"] = "白杨村2023年度经济合同管理台账"
ws["A1"].font = Font(size=16, bold=True)
ws["A2"] = "填报单位：白杨村股份经济合作社（盖章）"
ws["H2"] = "金额单位：万元"
top = ["序号", "合同编号", "合同名称", "合同类别", None, None, "合同金额（万元）", "签订日期",
       "合同期限", None, None, "经办人"]
for i, h in enumerate(top, 1):
    if h:
        ws.cell(3, i, h)
for col in "ABCDGHIL":
    ws.merge_cells("%s3:%s4" % (col, col))
ws.merge_cells("E3:F3"); ws["E3"] = "乙方信息"
ws["E4"] = "名称"; ws["F4"] = "身份证号/统一社会信用代码"
ws.merge_cells("J3:K3"); ws["J3"] = "履约情况"
ws["J4"] = "已付比例"; ws["K4"] = "质保金比例"
contracts = [
    ("白杨村村道硬化工程施工合同", "工程", "青石县宏达建设工程有限公司", "91410522MA44XK1234", 38.6, dt.date(2023, 2, 15), "2023.3.1-2023.6.30", 1.0, 0.03),
    ("村部办公设备采购合同", "采购", "青石县美佳电器商行", "92410522MA45AB5678", 2.35, dt.date(2023, 2, 20), "", 1.0, 0),
    ("白杨村鱼塘承包合同", "发包", "朱有才", "410522197605206017", 1.2, dt.date(2023, 3, 1), "2023.3.1-2028.2.28", 0.2, 0),
    ("村庄保洁服务合同", "服务", "青石县洁美环境服务有限公司", "91410522MA40QW3321", 2.16, dt.date(2023, 3, 6), "2023.3.6-2024.3.5", 0.5, 0),
    ("文化礼堂改造工程合同", "工程", "青石县恒升建筑安装有限公司", "91410522MA46RT7702", 19.8, dt.date(2023, 3, 18), "2023.4.1-2023.7.31", 0.9, 0.05),
    ("路灯采购安装合同", "采购", "青石县光明电力安装有限公司", "91410522MA41PL0093", 7.45, dt.date(2023, 3, 25), "", 1.0, 0.03),
    ("集体厂房租赁合同", "租赁", "青石县恒通塑料制品有限公司", "91410522MA3XHT2218", 12, dt.date(2023, 4, 1), "2023.4.1-2026.3.31", 0.25, 0),
    ("苗木采购合同", "采购", "青石县绿茵苗木专业合作社", "93410522MA42LY6650", 3.68, dt.date(2023, 4, 10), "", 0, 0),
    ("排水沟清淤工程合同", "工程", "许有福", "410522196809126054", 4.95, dt.date(2023, 4, 22), "2023.5.1-2023.5.31", 1.0, 0),
    ("监控设备采购合同", "采购", "青石县天眼安防科技有限公司", "91410522MA47TY5519", 2.75, dt.date(2023, 5, 5), "", 1.0, 0),
    ("村庄规划编制服务合同", "服务", "河南中原规划设计研究院有限公司", "91410100MA3YGH1187", 6.8, dt.date(2023, 5, 16), "", 0.3, 0),
    ("农机库房维修合同", "工程", "青石县恒升建筑安装有限公司", "91410522MA46RT7702", 4.98, dt.date(2023, 5, 28), "2023.6.1-2023.6.30", 0, 0.05),
    ("集体山林承包合同", "发包", "邱德顺", "410522197110016033", 0.86, dt.date(2023, 6, 8), "2023.6.8-2033.6.7", 0.1, 0),
    ("食堂食材配送合同", "采购", "青石县鲜丰农产品配送中心", "92410522MA48XF2246", 1.8, dt.date(2023, 6, 15), "", 0.4, 0),
    ("水塘护坡工程合同", "工程", "青石县宏达建设工程有限公司", "91410522MA44XK1234", 9.7, dt.date(2023, 7, 3), "2023.7.10-2023.9.10", 1.0, 0.03),
    ("党建文化墙制作合同", "服务", "青石县新星广告部", "92410522MA49XX0871", 1.28, dt.date(2023, 7, 19), "", 0, 0),
    ("工程监理服务合同", "服务", "青石县正衡工程监理有限公司", "91410522MA43JL5508", 1.16, dt.date(2023, 8, 2), "", 1.0, 0),
    ("门面房租赁合同", "租赁", "李秀英", "410522198205056026", 1.44, dt.date(2023, 8, 20), "2023.9.1-2026.8.31", 0.33, 0),
    ("机耕路修复工程合同", "工程", "青石县宏达建设工程有限公司", "91410522MA44XK1234", 4.9, dt.date(2023, 9, 6), "2023.9.15-2023.10.31", 0, 0.03),
    ("审计服务合同", "服务", "青石县诚信会计师事务所", "91410522MA40SX3390", 0.5, dt.date(2023, 9, 25), "", 1.0, 0),
    ("垃圾清运服务合同", "服务", "刘长江", "410522197803116011", 3.6, dt.date(2023, 10, 12), "2023.11.1-2024.10.31", 0.5, 0),
    ("防汛物资采购合同", "采购", "青石县金盾五金机电商行", "92410522MA4A1D7765", 1.95, dt.date(2023, 11, 8), "", 0, 0),
]
handlers = ["沈芳", "许文斌", "沈芳", "许文斌"]
r = 5
tot = 0.0
for k, (title, cat, party, pid, wan, signed, term, paid, ret) in enumerate(contracts, 1):
    ws.cell(r, 1, k)
    if k <= 9:
        ws.cell(r, 2, k)  # typed "001", Excel kept 1
    else:
        ws.cell(r, 2, "BY2023-%03d" % k)
    ws.cell(r, 3, title)
    ws.cell(r, 4, cat)
    ws.cell(r, 5, party)
    if pid[:2] == "41":
        ws.cell(r, 6, excel15(pid))
    else:
        ws.cell(r, 6, pid)
    if k in (5, 18):
        c = ws.cell(r, 7, "%.2f" % wan); c.quotePrefix = True
    elif k == 20:
        ws.cell(r, 7, "'0.5")
    else:
        ws.cell(r, 7, wan)
    if k in (9, 15):
        ws.cell(r, 8, int(signed.strftime("%Y%m%d")))
    elif k in (12, 19):
        ws.cell(r, 8, dotfloat(signed))
    else:
        c = ws.cell(r, 8, signed)
        c.number_format = "yyyy-mm-dd" if k % 2 else 'yyyy"年"m"月"d"日"'
    ws.cell(r, 9, term)
    c = ws.cell(r, 10, paid); c.number_format = "0%"
    if ret:
        c = ws.cell(r, 11, ret); c.number_format = "0%"
    ws.cell(r, 12, handlers[k % 4])
    tot += wan
    truth(F4, "合同台账", r, "contract",
          {"counterparty": party, "amount": round(wan * 10000, 2), "signed_on": iso(signed)},
          "白杨村")
    r += 1
ws.cell(r, 1, "合计"); ws.cell(r, 7, round(tot, 2))
non(F4, "合同台账", r, "合计")
r += 2
ws.cell(r, 1, "说明：1.合同金额单位为万元；2.已付比例为截至2023年12月31日累计付款占合同金额比例。")
non(F4, "合同台账", r, "说明")
r += 1
ws.cell(r, 1, "制表：沈芳")
ws.cell(r, 7, "审核：杨振华")
non(F4, "合同台账", r, "签名")

ws = wb.create_sheet("付款登记")
ws.merge_cells("A1:G1")
ws["A1"] = "白杨村合同付款登记表（2023年）"
for i, h in enumerate(["付款日期", "凭证号", "合同编号", "收款单位", "付款金额（元）", "付款方式", "累计付款比例"], 1):
    ws.cell(2, i, h)
pays = [
    (dt.date(2023, 3, 10), "3-5", 1, "青石县宏达建设工程有限公司", 115800, "转账", 0.3),
    (dt.date(2023, 4, 28), "4-16", 1, "青石县宏达建设工程有限公司", 154400, "转账", 0.7),
    (dt.date(2023, 5, 12), "5-3", 2, "青石县美佳电器商行", 23500, "转账", 1.0),
    (dt.date(2023, 5, 30), "5-21", 5, "青石县恒升建筑安装有限公司", 99000, "转账", 0.5),
    (dt.date(2023, 6, 9), "6-4", 6, "青石县光明电力安装有限公司", 74500, "转账", 1.0),
    (dt.date(2023, 6, 20), "6-12", 9, "许有福", 49500, "现金", 1.0),
    (dt.date(2023, 7, 15), "7-8", "BY2023-010", "青石县天眼安防科技有限公司", 27500, "转账", 1.0),
    (dt.date(2023, 8, 18), "8-10", 5, "青石县恒升建筑安装有限公司", 79200, "转账", 0.9),
    (dt.date(2023, 9, 30), "9-22", "BY2023-015", "青石县宏达建设工程有限公司", 97000, "转账", 1.0),
    (dt.date(2023, 10, 26), "10-15", "BY2023-020", "青石县诚信会计师事务所", 5000, "转账", 1.0),
    (dt.date(2023, 11, 20), "11-7", "BY2023-021", "刘长江", 18000, "转账", 0.5),
    (dt.date(2023, 12, 15), "12-9", "BY2023-017", "青石县正衡工程监理有限公司", 11600, "转账", 1.0),
]
r = 3
ptot = 0
for (d, v, code, party, amt, how, pct) in pays:
    c = ws.cell(r, 1, d); c.number_format = "yyyy/m/d"
    vm, vn = [int(x) for x in v.split("-")]
    c = ws.cell(r, 2, dt.datetime(2023, vm, vn)); c.number_format = 'm"月"d"日"'
    ws.cell(r, 3, code)
    ws.cell(r, 4, party)
    ws.cell(r, 5, amt)
    ws.cell(r, 6, how)
    c = ws.cell(r, 7, pct); c.number_format = "0%"
    ptot += amt
    truth(F4, "付款登记", r, "payment",
          {"date": iso(d), "amount": float(amt), "direction": "out", "counterparty": party},
          "白杨村")
    r += 1
ws.cell(r, 1, "合计"); ws.cell(r, 5, ptot)
non(F4, "付款登记", r, "合计")
wb.save(os.path.join(OUTDIR, F4))

# ---------------------------------------------------------------------------
# File 5: 柳河村固定资产台账.xls (BIFF)
# ---------------------------------------------------------------------------
F5 = "柳河村固定资产台账.xls"
xb = xlwt.Workbook(encoding="utf-8")
sh = xb.add_sheet("固定资产台账")
st_pct = xlwt.easyxf(num_format_str="0%")
st_money = xlwt.easyxf(num_format_str="#,##0.00")
sh.write_merge(0, 0, 0, 12, "柳河村集体固定资产登记台账", st_title)
sh.write(1, 0, "填报单位：柳河村股份经济合作社")
sh.write(1, 10, "单位：元")
hdr5 = ["资产编号", "资产名称", "类别", "计量单位", "数量", "购置日期", "原值", "残值率",
        "累计折旧", "账面净值", "使用状况", "存放地点", "保管人"]
for i, h in enumerate(hdr5):
    sh.write(2, i, h)
assets = [
    ("房屋及建筑物", [
        ("0101001", "村部办公楼", "栋", 1, dt.date(2012, 5, 20), 680000),
        ("0101002", "文化礼堂", "栋", 1, dt.date(2016, 9, 8), 425000),
        ("0101003", "农贸市场门面房", "间", 8, dt.date(2014, 11, 30), 362000),
        ("0101004", "集体厂房（一号）", "栋", 1, dt.date(2010, 3, 15), 518000),
        ("0101005", "公共厕所", "座", 2, dt.date(2019, 6, 12), 86500),
    ]),
    ("农业基础设施", [
        ("0102001", "抽水泵站", "座", 1, dt.date(2011, 4, 18), 156000),
        ("0102002", "灌溉渠道（东干渠）", "米", 1800, dt.date(2013, 10, 9), 238600),
        ("0102003", "机耕桥", "座", 1, dt.date(2017, 12, 22), 97800),
        ("0102004", "村级道路亮化路灯", "盏", 86, dt.date(2020, 8, 16), 142300),
    ]),
    ("机器设备", [
        ("0103001", "拖拉机", "台", 1, dt.date(2015, 3, 27), 45600),
        ("0103002", "联合收割机", "台", 1, dt.date(2018, 5, 9), 128000),
        ("0103003", "变压器", "台", 1, dt.date(2014, 7, 21), 36800),
        ("0103004", "消防泵", "台", 2, dt.date(2021, 3, 5), 8950),
    ]),
    ("运输工具", [
        ("0104001", "五菱小货车", "辆", 1, dt.date(2019, 1, 14), 52800),
        ("0104002", "垃圾清运车", "辆", 1, dt.date(2020, 10, 30), 76500),
    ]),
    ("办公设备", [
        ("0105001", "台式电脑", "台", 5, dt.date(2021, 9, 13), 21500),
        ("0105002", "打印复印一体机", "台", 1, dt.date(2022, 2, 25), 8680),
        ("0105003", "会议室音响设备", "套", 1, dt.date(2020, 6, 18), 15600),
        ("0105004", "监控系统", "套", 1, dt.date(2022, 11, 7), 32450),
        ("0105005", "空调", "台", 6, dt.date(2023, 4, 19), 23400),
        ("0105006", "档案柜", "组", 4, dt.date(2018, 8, 8), 6240),
        ("0105007", "LED显示屏", "块", 1, dt.date(2023, 7, 26), 18900),
    ]),
]
where = {"房屋及建筑物": "村内", "农业基础设施": "各组", "机器设备": "农机库房",
         "运输工具": "村部院内", "办公设备": "村部"}
keeper = {"房屋及建筑物": "柳长青", "农业基础设施": "田明", "机器设备": "唐国庆",
          "运输工具": "唐国庆", "办公设备": "柳丽"}
r = 3
n = 0
gtot = 0
text_orig = {"0101003": "'362,000.00", "0101005": "86,500.00", "0103002": "'128000",
             "0105004": "32,450.00"}
for cat, items in assets:
    ctot = 0
    for (code, name, unit, qty, acq, orig) in items:
        years = 2023 - acq.year
        dep = round(orig * 0.95 * min(years, 20) / 20.0, 2)
        sh.write(r, 0, int(code))  # leading zero lost
        sh.write(r, 1, name)
        sh.write(r, 2, cat)
        sh.write(r, 3, unit)
        sh.write(r, 4, qty)
        mode = n % 6
        if mode == 0:
            sh.write(r, 5, dt.datetime(acq.year, acq.month, acq.day), st_date)
        elif mode == 1:
            sh.write(r, 5, str(serial(acq)))          # "43627" as text
        elif mode == 2:
            sh.write(r, 5, dotfloat(acq))             # 2014.113
        elif mode == 3:
            sh.write(r, 5, int(acq.strftime("%Y%m%d")))
        elif mode == 4:
            sh.write(r, 5, serial(acq))               # serial in a General cell
        else:
            sh.write(r, 5, "%d.%02d.%02d" % (acq.year, acq.month, acq.day))
        if code in text_orig:
            sh.write(r, 6, text_orig[code])
        else:
            sh.write(r, 6, orig, st_money)
        sh.write(r, 7, 0.05, st_pct)
        sh.write(r, 8, dep, st_money)
        sh.write(r, 9, round(orig - dep, 2), st_money)
        sh.write(r, 10, "在用" if name != "拖拉机" else "闲置")
        sh.write(r, 11, where[cat])
        sh.write(r, 12, keeper[cat])
        truth(F5, "固定资产台账", r + 1, "asset",
              {"name": name, "amount": float(orig), "acquired_on": iso(acq)}, "柳河村")
        ctot += orig
        n += 1
        r += 1
    sh.write(r, 1, "%s小计" % cat)
    sh.write(r, 6, ctot, st_money)
    non(F5, "固定资产台账", r + 1, "小计")
    gtot += ctot
    r += 1
sh.write(r, 1, "合计")
sh.write(r, 6, gtot, st_money)
non(F5, "固定资产台账", r + 1, "合计")
r += 2
sh.write(r, 0, "注：本表依据2023年12月31日资产清查结果填列，折旧按平均年限法计提。")
non(F5, "固定资产台账", r + 1, "注")
r += 1
sh.write(r, 0, "制表人：柳丽")
sh.write(r, 5, "审核人：柳长青")
sh.write(r, 9, "日期：2024年1月5日")
non(F5, "固定资产台账", r + 1, "签名")

sh = xb.add_sheet("资产负债表")
sh.write_merge(0, 0, 0, 5, "资产负债表", st_title)
sh.write(1, 0, "编制单位：柳河村股份经济合作社")
sh.write(1, 3, "2023年12月31日")
sh.write(1, 5, "单位：元")
for i, h in enumerate(["资产", "年初数", "年末数", "负债及所有者权益", "年初数", "年末数"]):
    sh.write(2, i, h)
bs = [
    ("货币资金", 356120.45, 412886.10, "短期借款", 0, 0),
    ("短期投资", 0, 0, "应付款项", 48600, 36250),
    ("应收款项", 23500, 18200, "应付工资", 12800, 9600),
    ("存货", 4600, 3850, "应付福利费", 0, 0),
    ("农业资产", 0, 0, "长期借款及应付款", 120000, 100000),
    ("长期投资", 50000, 50000, "一事一议资金", 0, 0),
    ("固定资产原值", 2925670, 2967970, "专项应付款", 86000, 42000),
    ("减：累计折旧", 1012400, 1098650, "资本", 1500000, 1500000),
    ("固定资产净值", 1913270, 1869320, "公积公益金", 431056.45, 511376.10),
    ("资产总计", 2347490.45, 2354256.10, "负债及所有者权益总计", 2347490.45, 2354256.10),
]
for k, row in enumerate(bs):
    for i, v in enumerate(row):
        sh.write(3 + k, i, v)
    non(F5, "资产负债表", 4 + k, "资产负债表(非记录)")
xb.save(os.path.join(OUTDIR, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print("data rows:", len(ROWS), "non_data:", len(NON))
