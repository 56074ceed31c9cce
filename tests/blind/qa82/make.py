# -*- coding: utf-8 -*-
"""Blind test set: 发放表 of all sorts (湖北/湖南/江西). Deterministic."""
import os, json, csv, datetime as dt
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
TRUTH = {"rows": [], "non_data": []}

def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    TRUTH["rows"].append(d)

def N(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})

def r2(x):
    return round(x + 1e-9, 2)

DIG = "零壹贰叁肆伍陆柒捌玖"
def daxie(x):
    fen = int(round(x * 100))
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += DIG[d] + units[i]
        return s
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan: s += four(wan) + "万"
    if rest:
        if wan and rest < 1000: s += "零"
        s += four(rest)
    s += "元"
    if jiao == 0 and f == 0:
        return s + "整"
    if jiao: s += DIG[jiao] + "角"
    elif f: s += "零"
    if f: s += DIG[f] + "分"
    return s

# ---------------------------------------------------------------- file 1
F1 = "石门村2023年村干部报酬发放表.xlsx"
V1 = "石门村"
cadres = [  # name, position, basic monthly, perf Q, 误工 Q1, 养老, other, perf Q2 factor, 误工 Q2
    ("王建国", "党支部书记、村委会主任", 2400, 1800, 0, 360, 0, 1.0, 0),
    ("李卫东", "党支部副书记", 1900, 1425, 300, 285, 0, 1.0, 180),
    ("陈丽华", "村委会委员（报账员）", 1700, 1275, 450, 255, 0, 1.0, 300),
    ("张志强", "村委会委员", 1700, 1275, 600, 255, 0, 0.9, 750),
    ("刘德明", "村务监督委员会主任", 1200, 900, 0, 0, 0, 1.0, 120),
    ("周小平", "村妇联主席", 1000, 750, 240, 0, 0, 1.0, 0),
    ("胡国庆", "村委会委员", 1700, 1275, 150, 255, 86.4, 0.8, 360),
]
wb = openpyxl.Workbook()
first = True
q_totals = {}
for q, sheetname, title, line2, paid in [
    (1, "一季度", "通山县黄沙铺镇石门村2023年第一季度村干部报酬发放表", "发放日期：2023年4月12日", "2023-04-12"),
    (2, "二季度", "石门村2023年第二季度村干部报酬发放表（2023年7月10日发放）", "黄沙铺镇石门村村民委员会（盖章）", "2023-07-10"),
]:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = sheetname
    ws["A1"] = title
    ws.merge_cells("A1:K1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = line2
    ws["J2"] = "单位：元"
    for col, h in zip("ABCDEFG", ["序号", "姓名", "职务", "基本报酬", "绩效报酬", "误工补贴", "应发合计"]):
        ws[col + "3"] = h
        ws.merge_cells(f"{col}3:{col}4")
    ws["H3"] = "扣除"; ws.merge_cells("H3:I3")
    ws["H4"] = "养老保险（个人）"; ws["I4"] = "其他"
    ws["J3"] = "实发金额"; ws.merge_cells("J3:J4")
    ws["K3"] = "领款人签字"; ws.merge_cells("K3:K4")
    r = 5
    tot = [0.0] * 7
    for i, (nm, pos, basic, perf, wg1, yl, other, fac, wg2) in enumerate(cadres, 1):
        b = basic * 3
        p = r2(perf * (fac if q == 2 else 1.0))
        w = wg1 if q == 1 else wg2
        yf = r2(b + p + w)
        oth = other if q == 1 else 0
        sf = r2(yf - yl - oth)
        ws.cell(r, 1, i); ws.cell(r, 2, nm); ws.cell(r, 3, pos)
        ws.cell(r, 4, b); ws.cell(r, 5, p); ws.cell(r, 6, w if w else None)
        ws.cell(r, 7, yf); ws.cell(r, 8, yl if yl else None); ws.cell(r, 9, oth if oth else None)
        ws.cell(r, 10, sf); ws.cell(r, 11, nm if q == 1 else None)
        for k, v in enumerate([b, p, w, yf, yl, oth, sf]):
            tot[k] += v
        T(F1, sheetname, r, "payment", V1, date=paid, amount=sf, direction="out", counterparty=nm)
        r += 1
    ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for k, v in enumerate(tot):
        ws.cell(r, 4 + k, r2(v))
    N(F1, sheetname, r, "合计")
    q_totals[q] = r2(tot[6])
    r += 2
    ws.cell(r, 1, "制表人：陈丽华          审核人：王建国          村务监督委员会：刘德明")
    N(F1, sheetname, r, "签名")
    r += 1
    ws.cell(r, 1, "说明：绩效报酬按镇党委季度考核结果发放；其他扣款为代扣城乡居民医疗保险。" if q == 1
            else "说明：张志强、胡国庆二季度考核为基本称职，绩效报酬分别按90%、80%发放。")
    N(F1, sheetname, r, "说明")
    for col, wdt in zip("ABCDEFGHIJK", [6, 10, 24, 10, 10, 10, 10, 14, 8, 12, 12]):
        ws.column_dimensions[col].width = wdt

ws = wb.create_sheet("两委成员")
ws["A1"] = "石门村“两委”班子成员及村务监督委员会成员名单"
ws.merge_cells("A1:G1")
ws.append(["序号", "姓名", "性别", "出生年月", "职务", "文化程度", "联系电话"])
info = [("男", "1968.05", "高中", "13907152368"), ("男", "1975.11", "大专", "15971538820"),
        ("女", "1983.02", "大专", "13872196435"), ("男", "1979.08", "高中", "18972547716"),
        ("男", "1962.12", "初中", "13545830917"), ("女", "1986.04", "中专", "15629360158"),
        ("男", "1971.09", "高中", "13972823504")]
for i, ((nm, pos, *_), (sx, bd, edu, ph)) in enumerate(zip(cadres, info), 1):
    ws.append([i, nm, sx, bd, pos, edu, ph])
    T(F1, "两委成员", 2 + i, "cadre", V1, name=nm, position=pos)
ws.append([])
ws.append(["注：名单截至2023年6月30日。"])
N(F1, "两委成员", 11, "注")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- file 2 (.xls)
F2 = "枫树村2023年上半年公益性岗位工资发放表.xls"
V2 = "枫树村"
gy = [  # name, id, post, standard
    ("邓桂花", "430725196703124526", "村庄保洁员", 1100),
    ("黄满生", "430725196209017413", "护林员", 1200),
    ("唐秀英", "430725197011283345", "村庄保洁员", 1100),
    ("龚德贵", "430725196508226618", "河道巡查员", 1000),
    ("彭冬梅", "430725197312054729", "公共设施管护员", 1000),
    ("覃建军", "430725196810300917", "水利设施管护员", 1200),
]
cards = ["6217995510012436581", "6217995510012437290", "6230901807001958843",
         "6217995510012441102", "6230901807002033176", "6217995510012450015"]
months = [
    (1, "2023年2月6日", "2023-02-06", "col"),
    (2, "2023.3.6", "2023-03-06", "col"),
    (3, "20230406", "2023-04-06", "col"),
    (4, dt.date(2023, 5, 8), "2023-05-08", "col"),
    (5, "2023年6月7日", "2023-06-07", "title"),
    (6, "2023年7月6日", "2023-07-06", "title"),
]
absent = {(2, "龚德贵"): 18, (3, "黄满生"): 20, (5, "唐秀英"): 15, (6, "彭冬梅"): 21}
xb = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on, height 280; align: horiz center")
datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
money = xlwt.easyxf(num_format_str="#,##0.00")
for m, dval, diso, mode in months:
    sh = f"{m}月"
    ws = xb.add_sheet(sh)
    title = f"桃源县漳江街道枫树村2023年{m}月公益性岗位人员工资发放表"
    ncol = 12 if mode == "col" else 11
    ws.write_merge(0, 0, 0, ncol - 1, title, bold)
    if mode == "col":
        ws.write(1, 0, "单位：元")
        hdr = ["序号", "姓名", "身份证号码", "岗位", "出勤天数", "月补贴标准", "应发金额", "代扣个人医保", "实发金额", "银行卡号", "发放日期", "本人签字"]
    else:
        ws.write(1, 0, f"发放日期：{dval}")
        ws.write(1, 8, "单位：元")
        hdr = ["序号", "姓名", "身份证号码", "岗位", "出勤天数", "月补贴标准", "应发金额", "代扣个人医保", "实发金额", "银行卡号", "本人签字"]
    for c, h in enumerate(hdr):
        ws.write(2, c, h)
    r = 3
    tot = 0.0
    for i, ((nm, idn, post, std), card) in enumerate(zip(gy, cards), 1):
        days = absent.get((m, nm), 22)
        yf = r2(std * days / 22)
        ded = 380 if m == 1 and nm in ("邓桂花", "龚德贵") else 0
        sf = r2(yf - ded)
        row = [i, nm, idn, post, days, std, yf, ded if ded else "", sf, card]
        for c, v in enumerate(row):
            ws.write(r, c, v, money if c in (6, 8) else xlwt.Style.default_style)
        if mode == "col":
            if isinstance(dval, dt.date):
                ws.write(r, 10, dval, datestyle)
            else:
                ws.write(r, 10, dval)
        tot += sf
        T(F2, sh, r + 1, "payment", V2, date=diso, amount=sf, direction="out", counterparty=nm)
        r += 1
    ws.write(r, 0, "合计")
    ws.write(r, 8, r2(tot), money)
    N(F2, sh, r + 1, "合计")
    r += 1
    ws.write(r, 0, "合计人民币（大写）：" + daxie(r2(tot)))
    N(F2, sh, r + 1, "大写合计")
    r += 2
    ws.write(r, 0, "制表：覃丽萍      审核：刘志刚      村监委会主任：邓建华      经办人签字：")
    N(F2, sh, r + 1, "签名")
xb.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------- file 3 (.csv GBK)
F3 = "罗城村2023年土地流转费发放花名册.csv"
V3 = "罗城村"
S3 = "罗城村2023年土地流转费发放花名册"
surn = ["易", "刘", "钟", "辛", "龙", "卢", "袁", "晏", "陈", "彭"]
given = ["春生", "桂兰", "根发", "冬秀", "水生", "国华", "凤英", "满堂", "细妹", "长根",
         "福林", "金莲", "腊生", "秋菊", "正平", "玉梅", "光明", "建华", "火根", "秀珍"]
groups = ["上屋组", "下屋组", "新屋组", "塘背组"]
areas = [2.35, 1.8, 3.12, 0.95, 4.0, 2.66, 1.5, 3.48, 2.2, 1.05,
         2.9, 3.3, 1.25, 0.8, 2.05, 5.1, 1.7, 2.45, 3.0, 1.6,
         2.75, 1.95, 3.85, 0.65, 2.1, 1.4, 4.25, 2.5, 1.15, 3.6,
         1.9, 2.8, 0.7, 3.25, 2.15, 1.35, 2.6, 4.4, 1.85, 2.0]
lines = []
lines.append(["万载县三兴镇罗城村2023年度土地流转费发放花名册"] + [""] * 9)
lines.append(["流转受让方：江西绿源生态农业开发有限公司", "", "", "", "发放时间：2023年12月20日", "", "", "", "单位：元、亩", ""])
lines.append(["序号", "户主姓名", "身份证号", "村民小组", "流转面积（亩）", "单价（元/亩）", "流转费金额（元）", "开户银行", "银行卡号", "备注"])
k = 0
grand = 0.0; garea = 0.0
for g, grp in enumerate(groups):
    sub = 0.0; sarea = 0.0
    for j in range(10):
        nm = surn[(k * 3 + g) % 10] + given[(k * 7 + 3) % 20]
        idn = "3609221%02d%02d%02d%04d" % (950 + (k * 13) % 40 - 900, 1 + k % 12, 1 + (k * 5) % 28, 1000 + k * 37)
        idn = "360922" + "19%02d" % (45 + (k * 7) % 40) + "%02d%02d" % (1 + k % 12, 1 + (k * 5) % 28) + "%03d" % (100 + k * 17 % 800) + str(k % 10)
        a = areas[k]
        amt = r2(a * 600)
        amt_txt = f"{amt:,.2f}" if k % 7 == 3 else f"{amt:.2f}"
        bank = "万载农商银行" if k % 3 else "邮储银行"
        card = ("6228 2700 %04d %04d 1%02d" % (3000 + k * 11, 5000 + k * 29, k))
        note = ""
        if k == 17:
            note = "户主已故，由其子代领"
        elif k == 26:
            note = "现金发放"
        lines.append([str(k + 1), nm, idn, grp, f"{a:g}", "600", amt_txt, bank, card, note])
        T(F3, S3, len(lines), "payment", V3, date="2023-12-20", amount=amt, direction="out", counterparty=nm)
        sub += amt; sarea += a
        k += 1
    lines.append(["", grp + "小计", "", "", f"{r2(sarea):g}", "", f"{r2(sub):.2f}", "", "", ""])
    N(F3, S3, len(lines), "小计")
    grand += sub; garea += sarea
lines.append(["", "合计", "", "", f"{r2(garea):g}", "", f"{r2(grand):.2f}", "", "", ""])
N(F3, S3, len(lines), "合计")
lines.append(["备注：按流转合同每亩每年600元计算，款项由受让方拨入村集体账户后统一打卡发放。"] + [""] * 9)
N(F3, S3, len(lines), "备注")
lines.append(["经办人：钟小燕", "", "村委会主任：易国平", "", "", "村监委会：刘根发", "", "", "", ""])
N(F3, S3, len(lines), "签名")
with open(os.path.join(FILES, F3), "w", encoding="gbk", newline="") as f:
    csv.writer(f).writerows(lines)

# ---------------------------------------------------------------- file 4 (.xlsx)
F4 = "罗城村2023年集体经济分红及以奖代补资金发放表.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "股份分红"
ws["A1"] = "罗城村股份经济合作社2023年度股金分红发放表"
ws.merge_cells("A1:J1")
ws["A2"] = "每股分红：150元"
ws["H2"] = "单位：元"
ws.append(["序号", "户主", "村民小组", "持股数（股）", "应分红金额", "代缴2024年度医保", "实发金额", "发放方式", "发放日期", "领取人签字"])
hh = ["易春生", "刘满堂", "钟桂兰", "辛腊生", "龙正平", "卢金莲", "袁福林", "晏秋菊", "陈火根", "彭玉梅",
      "易长根", "刘细妹", "钟光明", "辛凤英", "龙水生", "卢建华", "袁根发", "晏秀珍", "陈冬秀", "彭国华"]
shares = [4, 5, 3, 6, 2, 4, 5, 3, 4, 6, 2, 3, 5, 4, 3, 6, 4, 2, 5, 3]
medi = [1, 0, 0, 2, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 1]
dates = [dt.datetime(2024, 1, 18), "2024年1月18日", "2024.1.18", "2024年1月19日", dt.datetime(2024, 1, 19)]
isod = ["2024-01-18", "2024-01-18", "2024-01-18", "2024-01-19", "2024-01-19"]
tot = [0, 0, 0, 0]
for i, (nm, s, md) in enumerate(zip(hh, shares, medi)):
    gross = s * 150
    ded = md * 380
    net = gross - ded
    di = i % 5
    ws.append([i + 1, nm, groups[i % 4], s, gross, ded if ded else None, net,
               "现金" if i % 4 == 1 else "转账", dates[di], None])
    if isinstance(dates[di], dt.datetime):
        ws.cell(ws.max_row, 9).number_format = "yyyy/m/d"
    T(F4, "股份分红", ws.max_row, "payment", V3, date=isod[di], amount=float(net), direction="out", counterparty=nm)
    tot[0] += s; tot[1] += gross; tot[2] += ded; tot[3] += net
ws.append(["合计", None, None, tot[0], tot[1], tot[2], tot[3]])
N(F4, "股份分红", ws.max_row, "合计")
ws.append([])
ws.append(["制表：钟小燕    审核：易国平    监事会：刘根发"])
N(F4, "股份分红", ws.max_row, "签名")

ws = wb.create_sheet("以奖代补")
ws["A1"] = "三兴镇罗城村2023年以奖代补资金发放明细表"
ws.merge_cells("A1:G1")
ws["A2"] = "单位：万元"
ws.append(["序号", "奖补对象", "奖补项目", "验收日期", "奖补资金（万元）", "拨付日期", "备注"])
yj = [
    ("罗城村上屋组", "组级道路硬化（长320米）", "2023年9月12日", 3.2, "2023年10月8日"),
    ("罗城村塘背组", "山塘清淤整治", "2023.9.15", 1.85, "2023.10.8"),
    ("万载县鑫农蔬菜种植专业合作社", "蔬菜大棚基地建设", "2023-08-30", 5.0, "2023-10-10"),
    ("刘春生", "种粮大户双季稻种植", "2023/9/20", 0.96, "2023/10/10"),
    ("罗城村新屋组", "人居环境整治示范组", "2023年10月25日", 0.5, "2023年11月6日"),
    ("万载县罗城富民油茶专业合作社", "低产油茶林改造（120亩）", "2023年11月2日", 2.4, "2023年11月20日"),
    ("钟水生", "家庭农场冷库建设", "2023.11.8", 1.2, "2023.11.20"),
    ("罗城村下屋组", "组级活动场所修缮", "2023年11月15日", 0.75, "2023年12月5日"),
]
def iso(s):
    for sep in ("年", ".", "/", "-"):
        s = s.replace(sep, "-")
    s = s.replace("月", "-").replace("日", "")
    y, m, d = [int(x) for x in s.strip("-").split("-")]
    return f"{y:04d}-{m:02d}-{d:02d}"
stot = 0.0
for i, (who, proj, ys, wan, pay) in enumerate(yj, 1):
    ws.append([i, who, proj, ys, wan, pay, "一卡通" if "组" not in who else "拨入组账户"])
    T(F4, "以奖代补", ws.max_row, "payment", V3, date=iso(pay), amount=r2(wan * 10000), direction="out", counterparty=who)
    stot += wan
ws.append(["合计", None, None, None, r2(stot), None, None])
N(F4, "以奖代补", ws.max_row, "合计")
ws.append(["注：奖补资金来源为县财政衔接资金及村集体经济收益，经2023年8月村民代表大会决议。"])
N(F4, "以奖代补", ws.max_row, "注")

ws = wb.create_sheet("发放汇总")
ws["A1"] = "罗城村2023年各项资金发放情况汇总"
ws.append(["项目", "涉及户数（个）", "发放金额（元）", "发放时间"])
summ = [("股金分红", 20, tot[3], "2024年1月"), ("以奖代补", 8, r2(stot * 10000), "2023年10-12月"),
        ("土地流转费", 40, r2(grand), "2023年12月")]
for s in summ:
    ws.append(list(s))
    N(F4, "发放汇总", ws.max_row, "汇总统计（非记录）")
ws.append(["合计", 68, r2(sum(x[2] for x in summ)), None])
N(F4, "发放汇总", ws.max_row, "合计")
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------- file 5 (.xlsx cash journal)
F5 = "石门村2023年现金日记账.xlsx"
SH5 = "现金日记账"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SH5
ws["A1"] = "现 金 日 记 账"
ws.merge_cells("A1:I1")
ws["A2"] = "单位：通山县黄沙铺镇石门村村民委员会"
ws["H2"] = "单位：元"
ws["A3"] = "2023年"; ws.merge_cells("A3:B3")
ws["A4"] = "月"; ws["B4"] = "日"
ws["C3"] = "凭证"; ws.merge_cells("C3:D3")
ws["C4"] = "字"; ws["D4"] = "号"
for col, h in zip("EFGHI", ["摘要", "借方", "贷方", "借或贷", "余额"]):
    ws[col + "3"] = h
    ws.merge_cells(f"{col}3:{col}4")
bal = 3265.4
r = 5
def put(vals):
    global r
    for c, v in enumerate(vals, 1):
        ws.cell(r, c, v)
    r += 1
put([1, 1, None, None, "上年结转", None, None, "借", bal]); N(F5, SH5, 5, "上年结转")
entries = {  # month -> list of (day, no, summary, in, out, cp)
    1: [(6, 1, "从信用社提取现金备用", 20000, None, None),
        (12, 3, "支付村部1月电费（国网通山县供电公司）", None, 486.5, "国网通山县供电公司"),
        (18, 5, "付黄沙铺镇明辉超市春节慰问困难户米油款", None, 1860, "黄沙铺镇明辉超市")],
    2: [(8, 2, "收村民吴秋生自来水入户安装费", 300, None, "吴秋生"),
        (20, 6, "付李卫东报销到县农业农村局办事差旅费", None, 356, "李卫东")],
    3: [(3, 1, "付刘桂英文化广场1-2月保洁费", None, 600, "刘桂英"),
        (15, 4, "收回周小平借支备用金", 500, None, "周小平")],
    4: [(11, 2, "从信用社提取现金（发放一季度干部报酬）", 30000, None, None),
        (12, 3, "发放第一季度村干部报酬", None, q_totals[1], None),
        (25, 7, "付通山县宏发建材经营部水泥款", None, 3200, "通山县宏发建材经营部")],
    5: [(6, 2, "付陈丽华报销购办公用品款", None, 268, "陈丽华"),
        (20, 5, "收通山县鑫源竹木加工厂上半年场地租金", 6000, None, "通山县鑫源竹木加工厂")],
    6: [(5, 1, "现金存入信用社", None, 8000, None),
        (18, 4, "付张志强组织防汛值守误工补贴", None, 450, "张志强")],
    7: [(10, 1, "从信用社提取现金（发放二季度干部报酬）", 45000, None, None),
        (10, 2, "发放第二季度村干部报酬", None, q_totals[2], None)],
}
ytd_in = ytd_out = 0.0
for m in range(1, 8):
    mi = mo = 0.0
    for day, no, summ_, i_, o_, cp in entries[m]:
        if i_: bal = r2(bal + i_); mi += i_
        if o_: bal = r2(bal - o_); mo += o_
        put([m, day, "记", no, summ_, i_, o_, "借", bal])
        T(F5, SH5, r - 1, "payment", V1, date=f"2023-{m:02d}-{day:02d}", amount=float(i_ or o_),
          direction="in" if i_ else "out", counterparty=cp)
    ytd_in += mi; ytd_out += mo
    put([m, {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31}[m], None, None, "本月合计", r2(mi) or None, r2(mo) or None, "借", bal])
    N(F5, SH5, r - 1, "本月合计")
    put([None, None, None, None, "本年累计", r2(ytd_in), r2(ytd_out), "借", bal])
    N(F5, SH5, r - 1, "本年累计")
put([None] * 9)
put([None, None, None, None, "记账：陈丽华    审核：王建国"])
N(F5, SH5, r - 1, "签名")
ws.column_dimensions["E"].width = 44
wb.save(os.path.join(FILES, F5))

# ---------------------------------------------------------------- file 6 (.csv UTF-8 BOM, platform style)
F6 = "枫树村2023年7月公益性岗位工资发放表.csv"
S6 = "枫树村2023年7月公益性岗位工资发放表"
lines = [["序号", "姓名", "身份证号码", "岗位名称", "发放月份", "发放金额", "发放日期", "银行账号", "开户行"]]
t6 = 0.0
for i, ((nm, idn, post, std), card) in enumerate(zip(gy, cards), 1):
    amt = std if nm != "黄满生" else r2(std * 19 / 22)
    lines.append([str(i), nm, idn, post, "2023年7月", f"{amt:.2f}", "2023/8/7", card, "桃源农商银行"])
    T(F6, S6, len(lines), "payment", V2, date="2023-08-07", amount=float(amt), direction="out", counterparty=nm)
    t6 += amt
lines.append(["合计", "", "", "", "", f"{r2(t6):.2f}", "", "", ""])
N(F6, S6, len(lines), "合计")
with open(os.path.join(FILES, F6), "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f).writerows(lines)

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print(len(TRUTH["rows"]), "data rows;", len(TRUTH["non_data"]), "non-data")
