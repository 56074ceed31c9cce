# -*- coding: utf-8 -*-
"""Blind test set: 林业/生态 payouts in 云南/贵州/广西 mountain villages.
Deterministic. Writes files/ and truth.json beside this script."""
import datetime as dt
import json
import os
import shutil

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

ROWS = []
NON = []


def T(file, sheet, row, kind, village, **fields):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    ROWS.append(r)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(x):
    fen = int(round(x * 100))
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)

    def four(n):
        units = ["仟", "佰", "拾", ""]
        s = ""
        ds = "%04d" % n
        zero = False
        for d, u in zip(ds, units):
            d = int(d)
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                zero = False
                s += DIG[d] + u
        return s

    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan:
        s += four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and f == 0:
        s += "整"
    else:
        if jiao:
            s += DIG[jiao] + "角"
        elif yuan:
            s += "零"
        if f:
            s += DIG[f] + "分"
    return s


def r2(x):
    return round(x + 1e-9, 2)


def idno(prefix, y, m, d, seq, sex):
    base = "%s%04d%02d%02d%02d%d" % (prefix, y, m, d, seq % 100, sex)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]
    return base + c


def ws_title(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")


# ---------------------------------------------------------------- F1
# 云南 勐腊县 勐仑镇 曼伞村 生态公益林补偿资金发放花名册 (.xlsx, 2 sheets)
F1 = "曼伞村2023年度生态公益林补偿资金发放花名册.xlsx"
V1 = "曼伞村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "曼伞一组"
ws_title(ws, 1, "勐腊县勐仑镇曼伞村2023年度集体和个人所有生态公益林补偿资金发放花名册", 10)
ws["A2"] = "填报单位：勐仑镇曼伞村民委员会（盖章）"
ws["H2"] = "单位：亩、元"
hdr = ["序号", "户主姓名", "身份证号码", "补偿面积（亩）", "补偿标准（元/亩）", None, None,
       "一卡通账号", "发放日期", "备注"]
for c, h in enumerate(hdr, 1):
    if h:
        ws.cell(row=3, column=c, value=h)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.cell(row=3, column=6, value="补偿金额（元）")
ws.merge_cells("F3:G3")
ws.cell(row=4, column=6, value="应发金额")
ws.cell(row=4, column=7, value="实发金额")
g1 = [
    ("岩温", 23.6, "2023.12.18", 0, ""),
    ("玉香", 41.2, "2023.12.18", 0, ""),
    ("岩罕", 15.0, "2023.12.18", 47.25, "扣回2022年多发补偿47.25元"),
    ("波岩光", 62.8, "2023.12.18", 0, ""),
    ("玉叫", 8.4, dt.datetime(2023, 12, 18), 0, ""),
    ("岩应", 33.0, dt.datetime(2023, 12, 18), 0, ""),
    ("咪玉儿", 19.5, dt.datetime(2023, 12, 19), 0, "本人外出，由其子岩香代领"),
    ("岩坎", 27.35, "2023年12月19日", 0, ""),
    ("玉南", 11.0, "2023年12月19日", 0, ""),
    ("岩保", 45.6, "2023年12月19日", 0, ""),
    ("岩三", 6.8, "2023-12-19", 31.5, "扣回2022年多发补偿31.5元"),
    ("玉罕", 38.25, "2023-12-19", 0, ""),
    ("康朗岩", 52.0, "2023-12-20", 0, ""),
    ("岩依", 14.4, "2023-12-20", 0, ""),
]
r = 5
tot_y = tot_s = tot_a = 0
for i, (nm, area, dd, ded, note) in enumerate(g1, 1):
    yf = r2(area * 15.75)
    sf = r2(yf - ded)
    ws.cell(row=r, column=1, value=i)
    ws.cell(row=r, column=2, value=nm)
    ws.cell(row=r, column=3, value=idno("532823", 1955 + i * 2, (i % 12) + 1, (i * 3) % 28 + 1, i, i % 2))
    ws.cell(row=r, column=4, value=area)
    ws.cell(row=r, column=5, value=15.75)
    ws.cell(row=r, column=6, value=yf)
    ws.cell(row=r, column=7, value=sf)
    ws.cell(row=r, column=8, value="62241012%011d" % (30071000000 + i * 7919))
    c = ws.cell(row=r, column=9, value=dd)
    if isinstance(dd, dt.datetime):
        c.number_format = "yyyy-mm-dd"
    ws.cell(row=r, column=10, value=note)
    if isinstance(dd, dt.datetime):
        iso = dd.date().isoformat()
    else:
        s = dd.replace("年", ".").replace("月", ".").replace("日", "").replace("-", ".")
        y, m, d = s.split(".")
        iso = "%04d-%02d-%02d" % (int(y), int(m), int(d))
    T(F1, "曼伞一组", r, "payment", V1, date=iso, amount=sf, direction="out", counterparty=nm)
    tot_y += yf; tot_s += sf; tot_a += area
    r += 1
ws.cell(row=r, column=1, value="合计")
ws.cell(row=r, column=4, value=r2(tot_a))
ws.cell(row=r, column=6, value=r2(tot_y))
ws.cell(row=r, column=7, value=r2(tot_s))
N(F1, "曼伞一组", r, "合计")
r += 2
ws.cell(row=r, column=1, value="制表人：玉香        审核人：岩温        村务监督委员会主任：岩坎        2023年12月20日")
N(F1, "曼伞一组", r, "签名")
r += 1
ws.cell(row=r, column=1, value="说明：补偿标准按勐腊县林业和草原局文件执行，每亩15.75元（已扣除公共管护支出0.25元/亩），资金通过一卡通直接发放到户。")
N(F1, "曼伞一组", r, "说明")

ws = wb.create_sheet("曼伞二组、三组")
ws_title(ws, 1, "曼伞村二组、三组2023年度生态公益林补偿资金发放花名册", 9)
ws["A2"] = "发放时间：2023年12月21日"
ws["G2"] = "单位：元"
h2 = ["序号", "村民小组", "户主姓名", "身份证号码", "公益林面积(亩)", "标准(元/亩)", "补偿金额(元)",
      "一卡通账号", "领款人签名"]
for c, h in enumerate(h2, 1):
    ws.cell(row=3, column=c, value=h)
groups = [
    ("二组", [("岩光", 17.2), ("玉燕", 29.4), ("岩叫", 9.6), ("岩罕龙", 44.0), ("玉波", 21.75),
              ("岩庄", 12.3), ("咪香", 36.8)]),
    ("三组", [("岩胆", 18.0), ("玉坎", 25.5), ("岩帕", 40.2), ("岩燕", 7.75), ("玉应", 31.0),
              ("岩养", 22.6), ("波玉", 13.9)]),
]
r = 4
seq = 1
grand = 0
for gname, people in groups:
    sub = 0
    for nm, area in people:
        amt = r2(area * 15.75)
        ws.cell(row=r, column=1, value=seq)
        ws.cell(row=r, column=2, value=gname)
        ws.cell(row=r, column=3, value=nm)
        ws.cell(row=r, column=4, value=idno("532823", 1960 + seq, (seq % 12) + 1, (seq * 5) % 28 + 1, seq + 40, seq % 2))
        ws.cell(row=r, column=5, value=area)
        ws.cell(row=r, column=6, value=15.75)
        ws.cell(row=r, column=7, value=amt)
        ws.cell(row=r, column=8, value="62241012%011d" % (30072000000 + seq * 6113))
        T(F1, "曼伞二组、三组", r, "payment", V1, date="2023-12-21", amount=amt, direction="out", counterparty=nm)
        sub += amt
        seq += 1
        r += 1
    ws.cell(row=r, column=1, value=gname + "小计")
    ws.cell(row=r, column=7, value=r2(sub))
    N(F1, "曼伞二组、三组", r, "小计")
    grand += sub
    r += 1
ws.cell(row=r, column=1, value="合计")
ws.cell(row=r, column=7, value=r2(grand))
N(F1, "曼伞二组、三组", r, "合计")
r += 1
ws.cell(row=r, column=1, value="制表：玉香    村委会主任：岩罕    村监委：岩坎")
N(F1, "曼伞二组、三组", r, "签名")
wb.save(os.path.join(OUT, F1))

# ---------------------------------------------------------------- F2
# 贵州 从江县 加勉乡 党扭村 退耕还林补助发放表 (.xls BIFF, 2 sheets)
F2 = "党扭村退耕还林补助资金发放表.xls"
V2 = "党扭村"
wbx = xlwt.Workbook(encoding="utf-8")
datest = xlwt.easyxf(num_format_str="yyyy-mm-dd")
bold = xlwt.easyxf("font: bold on; align: horiz center")
s = wbx.add_sheet("2022年发放")
s.write_merge(0, 0, 0, 11, "从江县加勉乡党扭村2019年度新一轮退耕还林第二次补助资金发放表", bold)
s.write(1, 0, "乡（镇）：加勉乡")
s.write(1, 3, "村：党扭村")
s.write(1, 9, "单位：亩、元")
h = ["序号", "组别", "户主姓名", "身份证号码", "退耕地块名称", "退耕面积（亩）", "补助标准（元/亩）",
     "补助金额（元）", "补助金额（大写）", "一卡通账号", "发放时间", "备注"]
for c, x in enumerate(h):
    s.write(2, c, x)
p2 = [
    ("一组", "吴老三", "党扭坡", 3.2, dt.datetime(2022, 11, 25)),
    ("一组", "梁金华", "高岩脚", 5.6, dt.datetime(2022, 11, 25)),
    ("一组", "吴正明", "冲头田", 2.4, dt.datetime(2022, 11, 25)),
    ("二组", "杨国富", "大坪", 7.1, dt.datetime(2022, 11, 25)),
    ("二组", "韦老妹", "水井湾", 1.8, dt.datetime(2022, 11, 25)),
    ("二组", "杨通文", "大坪", 4.35, dt.datetime(2022, 11, 25)),
    ("三组", "梁老岩", "岩脚坡", 6.0, dt.datetime(2022, 11, 28)),
    ("三组", "吴金花", "岩脚坡", 2.75, dt.datetime(2022, 11, 28)),
    ("三组", "韦光荣", "松树坳", 9.4, dt.datetime(2022, 11, 28)),
    ("四组", "杨老二", "上寨背", 3.65, dt.datetime(2022, 12, 2)),
    ("四组", "吴银香", "上寨背", 1.2, dt.datetime(2022, 12, 2)),
    ("四组", "梁正清", "白岩", 8.25, dt.datetime(2022, 12, 2)),
    ("四组", "杨再兴", "白岩", 4.9, dt.datetime(2022, 12, 2)),
]
row = 3
ta = tt = 0
for i, (g, nm, plot, area, d) in enumerate(p2, 1):
    amt = r2(area * 300)
    s.write(row, 0, i)
    s.write(row, 1, g)
    s.write(row, 2, nm)
    s.write(row, 3, idno("522633", 1958 + i, (i % 12) + 1, (i * 2) % 28 + 1, i + 10, (i + 1) % 2))
    s.write(row, 4, plot)
    s.write(row, 5, area)
    s.write(row, 6, 300)
    s.write(row, 7, amt)
    s.write(row, 8, daxie(amt))
    s.write(row, 9, "6214 6701 %04d %04d 3%02d" % (2000 + i * 37, 5000 + i * 91, i))
    s.write(row, 10, d, datest)
    s.write(row, 11, "")
    T(F2, "2022年发放", row + 1, "payment", V2, date=d.date().isoformat(), amount=amt, direction="out", counterparty=nm)
    ta += area; tt += amt
    row += 1
s.write(row, 0, "合计")
s.write(row, 5, r2(ta))
s.write(row, 7, r2(tt))
s.write(row, 8, daxie(r2(tt)))
N(F2, "2022年发放", row + 1, "合计")
row += 1
s.write(row, 0, "经办人：吴光明          审核：杨再华          加勉乡林业站（盖章）")
N(F2, "2022年发放", row + 1, "签名")

s = wbx.add_sheet("2023年发放")
s.write_merge(0, 0, 0, 10, "党扭村2021年度退耕还林第二次补助资金兑现花名册（2023年）", bold)
h = ["序号", "组别", "户主", "身份证号", "小班号", "面积(亩)", "补助标准", "补助金额（大写）",
     "补助金额（小写）", "发放时间", "领款人签字"]
for c, x in enumerate(h):
    s.write(2, c, x)
p3 = [
    ("一组", "吴老岩", "12-3", 2.5, "num"),
    ("一组", "梁秀英", "12-3", 3.8, "num"),
    ("一组", "吴通明", "12-4", 1.6, "blank"),
    ("二组", "杨正发", "13-1", 6.2, "yen"),
    ("二组", "韦金莲", "13-1", 2.25, "num"),
    ("二组", "杨光辉", "13-2", 4.0, "num"),
    ("三组", "梁老四", "14-6", 5.45, "yen"),
    ("三组", "吴秀珍", "14-6", 1.9, "blank"),
    ("三组", "韦正荣", "14-7", 7.3, "num"),
    ("四组", "杨老三", "15-2", 3.05, "num"),
    ("四组", "吴金凤", "15-2", 2.2, "yen"),
    ("四组", "梁国安", "15-3", 6.65, "num"),
    ("四组", "杨再富", "15-3", 3.4, "num"),
]
row = 3
tt = 0
for i, (g, nm, xb, area, mode) in enumerate(p3, 1):
    amt = r2(area * 300)
    s.write(row, 0, i)
    s.write(row, 1, g)
    s.write(row, 2, nm)
    s.write(row, 3, idno("522633", 1962 + i, ((i + 4) % 12) + 1, (i * 3) % 28 + 1, i + 30, i % 2))
    s.write(row, 4, xb)
    s.write(row, 5, area)
    s.write(row, 6, "300元/亩")
    s.write(row, 7, daxie(amt))
    if mode == "num":
        s.write(row, 8, amt)
    elif mode == "yen":
        s.write(row, 8, "¥{:,.2f}".format(amt))
    s.write(row, 9, "2023年10月16日")
    T(F2, "2023年发放", row + 1, "payment", V2, date="2023-10-16", amount=amt, direction="out", counterparty=nm)
    tt += amt
    row += 1
s.write(row, 0, "合计")
s.write(row, 7, daxie(r2(tt)))
s.write(row, 8, r2(tt))
N(F2, "2023年发放", row + 1, "合计")
row += 1
s.write(row, 0, "备注：补助资金由县财政通过“一卡通”直接拨付到户，本表张贴公示7天无异议。")
N(F2, "2023年发放", row + 1, "备注")
row += 1
s.write(row, 0, "村委会（盖章）      村主任：杨再华      村监委主任：梁正清")
N(F2, "2023年发放", row + 1, "签名")
wbx.save(os.path.join(OUT, F2))

# ---------------------------------------------------------------- F3
# 广西 百色 乐业县 花坪镇 运赖村 生态护林员劳务报酬 (.csv, GBK)
F3 = "运赖村2023年生态护林员劳务报酬发放表.csv"
S3 = "运赖村2023年生态护林员劳务报酬发放表"
V3 = "运赖村"
lines = ["乐业县花坪镇运赖村2023年生态护林员劳务报酬发放表（1-4月）,,,,,,,,,,,",
         "单位：元,,,,,,,,,,,",
         "月份,序号,姓名,身份证号,管护区域,管护面积(亩),月报酬标准,出勤天数,扣款,实发金额,发放日期,备注"]
rangers = [("黄秀英", "弄好屯后山", 1850), ("罗德明", "那坡屯", 2100), ("韦文光", "岜马坡", 1620),
           ("岑家福", "央林屯", 2400), ("黄勇", "弄好屯后山", 1500), ("班秀兰", "平坝屯", 1980)]
months = [
    (1, "2023年2月8日", "2023-02-08"),
    (2, "2023/3/9", "2023-03-09"),
    (3, "2023-04-10", "2023-04-10"),
    (4, "20230510", "2023-05-10"),
]
deduct = {(1, "黄勇"): (26, 100), (3, "韦文光"): (25, 150), (4, "罗德明"): (27, 100)}
grand = 0
for mi, (m, dtxt, iso) in enumerate(months):
    mt = 0
    for j, (nm, area_name, mu) in enumerate(rangers, 1):
        days, ded = deduct.get((m, nm), (30 if m != 2 else 28, 0))
        pay = 1000 - ded
        lines.append(",".join([
            ("%d月" % m) if j == 1 else "", str(j), nm,
            idno("451028", 1970 + j * 3, j + 2, j * 4, j + 60, j % 2), area_name, str(mu), "1000",
            str(days), str(ded) if ded else "", "%.2f" % pay, dtxt,
            "请假%d天" % (30 - days) if ded else ""]))
        T(F3, S3, len(lines), "payment", V3, date=iso, amount=float(pay), direction="out", counterparty=nm)
        mt += pay
    lines.append(",,本月合计,,,,,,,%.2f,," % mt)
    N(F3, S3, len(lines), "本月合计")
    grand += mt
lines.append(",,1-4月合计,,,,,,,%.2f,," % grand)
N(F3, S3, len(lines), "合计")
lines.append("制表：黄丽    审核：罗世勇    村委负责人：岑国荣,,,,,,,,,,,")
N(F3, S3, len(lines), "签名")
with open(os.path.join(OUT, F3), "wb") as f:
    f.write(("\r\n".join(lines) + "\r\n").encode("gbk"))

# ---------------------------------------------------------------- F4
# 运赖村 集体林权流转合同台账 (.xlsx, 3 sheets)
F4 = "运赖村集体林地经营权流转合同台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2016-2019年流转"
ws_title(ws, 1, "乐业县花坪镇运赖村集体林地经营权流转合同台账（2016—2019年）", 13)
ws["A2"] = "面积单位：公顷        金额单位：元"
h = ["序号", "合同编号", "林地坐落（林班/小班）", "林种", "流转方式", "受让方（流转方）", "面积（公顷）",
     "流转期限", "年限", "单价（元/亩·年）", "年流转费（元）", "签订日期", "备注"]
for c, x in enumerate(h, 1):
    ws.cell(row=3, column=c, value=x)
L1 = [
    ("YL-LQ-2016-01", "弄好屯后山（8林班2小班）", "用材林", "公开协商", "乐业县绿源林业开发有限公司", 12.5,
     "2016.3.1-2045.2.28", (2016, 3, 1), (2045, 2, 28), 30, "2016年2月20日"),
    ("YL-LQ-2016-02", "岜马坡（8林班5小班）", "用材林", "公开协商", "乐业县绿源林业开发有限公司", 8.2,
     "2016.3.1-2045.2.28", (2016, 3, 1), (2045, 2, 28), 30, "2016年2月20日"),
    ("YL-LQ-2016-03", "那坡屯对面坡（9林班1小班）", "经济林", "招标", "百色市华桂油茶种植有限公司", 20.0,
     "2016年7月1日至2046年6月30日", (2016, 7, 1), (2046, 6, 30), 25, "2016.6.18"),
    ("YL-LQ-2017-01", "央林屯大岭（9林班4小班）", "用材林", "协议", "罗文强", 4.6,
     "2017.1.1-2036.12.31", (2017, 1, 1), (2036, 12, 31), 20, "2016.12.28"),
    ("YL-LQ-2017-02", "平坝屯山背（10林班2小班）", "经济林", "公开协商", "乐业县鑫源油茶专业合作社", 15.3,
     "2017.4.1-2047.3.31", (2017, 4, 1), (2047, 3, 31), 28, "2017-03-25"),
    ("YL-LQ-2017-03", "岩洞坡（10林班6小班）", "用材林", "协议", "黄德才", 2.8,
     "2017.5.1-2027.4.30", (2017, 5, 1), (2027, 4, 30), 18, "2017-04-26"),
    ("YL-LQ-2018-01", "弄好屯后山（8林班3小班）", "用材林", "招标", "广西百色林丰木业有限公司", 31.0,
     "2018.1.1—2047.12.31", (2018, 1, 1), (2047, 12, 31), 32, "2017年12月15日"),
    ("YL-LQ-2018-02", "大石山脚（11林班1小班）", "竹林", "公开协商", "乐业县花坪竹业加工厂", 6.4,
     "2018.3.1-2038.2.28", (2018, 3, 1), (2038, 2, 28), 22, "2018年2月26日"),
    ("YL-LQ-2018-03", "岜马坡（8林班7小班）", "用材林", "协议", "岑国荣", 3.1,
     "2018年6月1日-2048年5月31日", (2018, 6, 1), (2048, 5, 31), 15, "2018年5月20日"),
    ("YL-LQ-2019-01", "那坡屯老林（9林班3小班）", "经济林", "公开协商", "百色市华桂油茶种植有限公司", 9.75,
     "2019.1.1-2048.12.31", (2019, 1, 1), (2048, 12, 31), 25, "2018.12.20"),
    ("YL-LQ-2019-02", "央林屯水源林边（9林班8小班）", "用材林", "协议", "罗世勇", 1.9,
     "2019.3.1-2049.2.28", (2019, 3, 1), (2049, 2, 28), 12, "2019.2.15"),
    ("YL-LQ-2019-03", "平坝屯后龙山（10林班9小班）", "用材林", "招标", "广西百色林丰木业有限公司", 18.6,
     "2019.9.1-2049.8.31", (2019, 9, 1), (2049, 8, 31), 30, "2019年8月22日"),
]


def pdate(s):
    s = s.replace("年", ".").replace("月", ".").replace("日", "").replace("-", ".")
    y, m, d = [int(x) for x in s.split(".")]
    return "%04d-%02d-%02d" % (y, m, d)


r = 4
tha = tfee = 0
for i, (code, loc, lz, way, party, ha, term, st, en, price, signed) in enumerate(L1, 1):
    mu = r2(ha * 15)
    fee = r2(mu * price)
    vals = [i, code, loc, lz, way, party, ha, term, "%d年" % (en[0] - st[0] + (1 if en[1] < st[1] or (en[1] == st[1] and en[2] < st[2]) else 0)),
            price, fee, signed, ""]
    for c, v in enumerate(vals, 1):
        ws.cell(row=r, column=c, value=v)
    T(F4, "2016-2019年流转", r, "resource", V3, name=loc, counterparty=party, amount=fee, area=mu,
      started_on="%04d-%02d-%02d" % st, ended_on="%04d-%02d-%02d" % en)
    tha += ha; tfee += fee
    r += 1
ws.cell(row=r, column=1, value="合计")
ws.cell(row=r, column=7, value=r2(tha))
ws.cell(row=r, column=11, value=r2(tfee))
N(F4, "2016-2019年流转", r, "合计")
r += 1
ws.cell(row=r, column=1, value="注：1公顷=15亩；流转费每年12月31日前交村股份经济合作社，由村报账员入账。")
N(F4, "2016-2019年流转", r, "注")

ws = wb.create_sheet("2020年以后流转")
ws_title(ws, 1, "运赖村集体林地流转合同登记（2020年以后）", 9)
heads = ["序号", "受让方", "地块名称", "面积（亩）", None, None, "年流转费（万元）", "签订日期", "支付方式"]
for c, x in enumerate(heads, 1):
    if x:
        ws.cell(row=2, column=c, value=x)
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
ws.cell(row=2, column=5, value="流转期限")
ws.merge_cells("E2:F2")
ws.cell(row=3, column=5, value="起")
ws.cell(row=3, column=6, value="止")
L2 = [
    ("乐业县鑫源油茶专业合作社", "平坝屯西坡", 120.0, (2020, 3, 1), (2040, 2, 29), 0.36, dt.datetime(2020, 2, 18), "每年一付"),
    ("黄海波", "弄好屯冲头", 45.5, (2020, 6, 1), (2035, 5, 31), 0.091, dt.datetime(2020, 5, 12), "每年一付"),
    ("广西百色林丰木业有限公司", "大石山背（11林班4小班）", 310.0, (2021, 1, 1), (2050, 12, 31), 0.992, dt.datetime(2020, 12, 9), "每年一付"),
    ("乐业县花坪竹业加工厂", "岜马坡竹山", 68.0, (2021, 4, 1), (2041, 3, 31), 0.1496, dt.datetime(2021, 3, 22), "每年一付"),
    ("罗文强", "央林屯大岭东", 22.3, (2021, 7, 1), (2031, 6, 30), 0.0446, dt.datetime(2021, 6, 20), "现金"),
    ("百色市华桂油茶种植有限公司", "那坡屯新开山", 156.0, (2022, 1, 1), (2051, 12, 31), 0.468, dt.datetime(2021, 12, 16), "转账"),
    ("乐业县绿源林业开发有限公司", "弄好屯后山（8林班9小班）", 88.8, (2022, 3, 1), (2052, 2, 29), 0.2664, dt.datetime(2022, 2, 25), "转账"),
    ("班德贵", "平坝屯小冲", 12.6, (2022, 8, 1), (2032, 7, 31), 0.0189, dt.datetime(2022, 7, 28), "现金"),
    ("乐业县红心猕猴桃种植专业合作社", "岩洞坡下", 75.0, (2023, 1, 1), (2042, 12, 31), 0.30, dt.datetime(2022, 12, 30), "转账"),
    ("广西百色林丰木业有限公司", "大石山背（11林班5小班）", 204.5, (2023, 5, 1), (2052, 4, 30), 0.6544, dt.datetime(2023, 4, 18), "转账"),
]
r = 4
tmu = twan = 0
for i, (party, plot, mu, st, en, wan, signed, pay) in enumerate(L2, 1):
    ws.cell(row=r, column=1, value=i)
    ws.cell(row=r, column=2, value=party)
    ws.cell(row=r, column=3, value=plot)
    ws.cell(row=r, column=4, value=mu)
    c = ws.cell(row=r, column=5, value=dt.datetime(*st)); c.number_format = "yyyy/m/d"
    c = ws.cell(row=r, column=6, value=dt.datetime(*en)); c.number_format = "yyyy/m/d"
    ws.cell(row=r, column=7, value=wan)
    c = ws.cell(row=r, column=8, value=signed); c.number_format = "yyyy年m月d日"
    ws.cell(row=r, column=9, value=pay)
    T(F4, "2020年以后流转", r, "resource", V3, name=plot, counterparty=party, amount=r2(wan * 10000), area=mu,
      started_on="%04d-%02d-%02d" % st, ended_on="%04d-%02d-%02d" % en)
    tmu += mu; twan += wan
    r += 1
ws.cell(row=r, column=1, value="合计")
ws.cell(row=r, column=4, value=r2(tmu))
ws.cell(row=r, column=7, value=round(twan, 4))
N(F4, "2020年以后流转", r, "合计")

ws = wb.create_sheet("统计")
ws["A1"] = "运赖村集体林地流转情况统计表"
for c, x in enumerate(["林种", "合同份数", "流转面积（亩）", "年流转费合计（元）"], 1):
    ws.cell(row=2, column=c, value=x)
stats = [("用材林", 13, 1523.85), ("经济林", 5, 807.75), ("竹林", 2, 164.0), ("合计", 20, 2495.6)]
for i, (a, b, cc) in enumerate(stats):
    ws.cell(row=3 + i, column=1, value=a)
    ws.cell(row=3 + i, column=2, value=b)
    ws.cell(row=3 + i, column=3, value=cc)
    N(F4, "统计", 3 + i, "统计表（非台账）")
wb.save(os.path.join(OUT, F4))

# ---------------------------------------------------------------- F5
# 三资平台导出 集体林场资产台账: HTML saved as .xls
F5 = "运赖村集体林场资产台账.xls"
S5 = "运赖村集体林场资产台账"
assets = [
    ("ZC2015001", "护林防火瞭望塔", "房屋及建筑物", "座", 1, "弄好屯后山顶", "2015-06-30", 86500.00, 34600.00),
    ("ZC2015002", "林场管护用房", "房屋及建筑物", "栋", 1, "平坝屯", "2015-09-15", 152000.00, 60800.00),
    ("ZC2016001", "林区防火通道（3.2公里）", "构筑物", "条", 1, "岜马坡至大岭", "2016-11-20", 384000.00, 122880.00),
    ("ZC2017001", "杉木林（8林班2小班）", "生物资产", "亩", 187.5, "弄好屯后山", "2017-03-31", 168750.00, 0),
    ("ZC2017002", "油茶林（9林班1小班）", "生物资产", "亩", 300, "那坡屯对面坡", "2017-12-31", 255000.00, 0),
    ("ZC2018001", "消防水池（200立方米）", "构筑物", "座", 1, "央林屯大岭", "2018-04-10", 46800.00, 11232.00),
    ("ZC2018002", "割灌机", "机械设备", "台", 4, "林场管护用房", "2018-05-22", 9600.00, 7296.00),
    ("ZC2018003", "风力灭火机", "机械设备", "台", 6, "林场管护用房", "2018-05-22", 14820.00, 11263.20),
    ("ZC2019001", "林区便道硬化（1.1公里）", "构筑物", "条", 1, "平坝屯山背", "2019-10-08", 218000.00, 43600.00),
    ("ZC2019002", "苗圃大棚", "构筑物", "个", 2, "平坝屯", "2019-11-30", 38400.00, 15360.00),
    ("ZC2020001", "松树林（10林班9小班）", "生物资产", "亩", 279, "平坝屯后龙山", "2020-12-31", 139500.00, 0),
    ("ZC2021001", "皮卡车（桂L·6D583）", "运输工具", "辆", 1, "林场管护用房", "2021-03-16", 112600.00, 53485.00),
    ("ZC2021002", "无人机巡护设备", "电子设备", "套", 1, "村委会", "2021-08-09", 26800.00, 19296.00),
    ("ZC2022001", "林场围栏（铁丝网）", "构筑物", "米", 2600, "那坡屯新开山", "2022-05-18", 72800.00, 7280.00),
    ("ZC2022002", "视频监控系统", "电子设备", "套", 1, "弄好屯后山顶", "2022-09-27", 58600.00, 18752.00),
    ("ZC2023001", "八角林（11林班3小班）", "生物资产", "亩", 96, "大石山脚", "2023-06-30", 67200.00, 0),
]
status = ["在用", "在用", "在用", "在用", "出租", "在用", "在用", "在用", "在用", "闲置", "在用", "在用",
          "在用", "在用", "在用", "在用"]
html = ['<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<table border="1">',
        '<tr><td colspan="12" align="center"><b>农村集体资产台账</b></td></tr>',
        '<tr><td colspan="6">核算单位：乐业县花坪镇运赖村股份经济合作社（集体林场）</td>'
        '<td colspan="6">导出时间：2024-03-05 10:21:37</td></tr>',
        '<tr><td>资产编号</td><td>资产名称</td><td>资产类别</td><td>计量单位</td><td>数量</td><td>坐落位置</td>'
        '<td>购建日期</td><td>原值（元）</td><td>累计折旧（元）</td><td>账面净值（元）</td><td>使用状况</td><td>资产来源</td></tr>']
tot0 = tot1 = 0
for i, (code, nm, cat, unit, qty, loc, d, ov, dep) in enumerate(assets):
    src = "财政补助形成" if cat in ("构筑物",) else ("自建" if cat == "生物资产" else "购置")
    html.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                "<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                    code, nm, cat, unit, qty, loc, d, "{:,.2f}".format(ov), "{:,.2f}".format(dep),
                    "{:,.2f}".format(ov - dep), status[i], src))
    T(F5, S5, 4 + i, "asset", V3, name=nm, amount=ov, acquired_on=d)
    tot0 += ov; tot1 += dep
html.append("<tr><td>合计</td><td></td><td></td><td></td><td></td><td></td><td></td><td>%s</td><td>%s</td>"
            "<td>%s</td><td></td><td></td></tr>" % ("{:,.2f}".format(tot0), "{:,.2f}".format(tot1),
                                                    "{:,.2f}".format(tot0 - tot1)))
N(F5, S5, 4 + len(assets), "合计")
html.append("</table></body></html>")
with open(os.path.join(OUT, F5), "w", encoding="utf-8") as f:
    f.write("\n".join(html))

# ---------------------------------------------------------------- F6
# 曼伞村 2023年 现金日记账 + 银行存款日记账 (.xlsx)
F6 = "曼伞村2023年现金日记账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "现金日记账"
ws_title(ws, 1, "现 金 日 记 账", 9)
ws["A2"] = "核算单位：勐仑镇曼伞村委会"
ws["E2"] = "2023年度"
ws["H2"] = "单位：元"
ws.cell(row=3, column=1, value="2023年")
ws.merge_cells("A3:B3")
ws.cell(row=4, column=1, value="月")
ws.cell(row=4, column=2, value="日")
for c, x in [(3, "凭证号数"), (4, "摘要"), (5, "对方科目"), (6, "借方"), (7, "贷方"), (8, "借或贷"), (9, "余额")]:
    ws.cell(row=3, column=c, value=x)
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
bal = 3260.50
ws.cell(row=5, column=4, value="上年结转")
ws.cell(row=5, column=8, value="借")
ws.cell(row=5, column=9, value=bal)
N(F6, "现金日记账", 5, "上年结转")
cash = {
    1: [(5, "现收1", "收岩温交回2022年多领护林补助", "内部往来", 300.00, 0, "岩温"),
        (9, "现付1", "支付护林员岩保1月巡山误工补助", "管理费用", 0, 600.00, "岩保"),
        (16, "现付2", "购买扑火工具（勐仑镇金达五金店）", "管理费用", 0, 1280.00, "勐仑镇金达五金店"),
        (20, "现付3", "付村民小组长玉南春节慰问金", "其他支出", 0, 500.00, "玉南"),
        (28, "现付4", "提现备用金", "银行存款", 5000.00, 0, None)],
    2: [(3, "现付5", "支付防火宣传标语制作费（勐腊县彩虹广告部）", "管理费用", 0, 860.00, "勐腊县彩虹广告部"),
        (14, "现付6", "付林区道路清障临时工工资", "其他支出", 0, 2400.00, None),
        (21, "现收2", "收岩应退回借款", "应收款", 1500.00, 0, "岩应"),
        (27, "现付7", "付村干部岩罕外出开会差旅费", "管理费用", 0, 436.00, "岩罕")],
    3: [(2, "现付8", "支付植树节苗木款（勐仑镇绿景苗圃）", "其他支出", 0, 1950.00, "勐仑镇绿景苗圃"),
        (8, "现收3", "收曼伞三组林下采集管理费", "其他收入", 720.00, 0, "曼伞三组"),
        (15, "现付9", "付护林员岩保2-3月巡山误工补助", "管理费用", 0, 1200.00, "岩保"),
        (22, "现付10", "付村办公用品费（勐仑镇兴达文具店）", "管理费用", 0, 318.50, "勐仑镇兴达文具店"),
        (30, "现收4", "提现备用金", "银行存款", 3000.00, 0, None)],
}
r = 6
yin = yout = 0
for m in (1, 2, 3):
    min_ = mout = 0
    for k, (d, v, summ, acct, inn, out, cp) in enumerate(cash[m]):
        if k == 0:
            ws.cell(row=r, column=1, value=m)
        ws.cell(row=r, column=2, value=d)
        ws.cell(row=r, column=3, value=v)
        ws.cell(row=r, column=4, value=summ)
        ws.cell(row=r, column=5, value=acct)
        if inn:
            ws.cell(row=r, column=6, value=inn)
        if out:
            ws.cell(row=r, column=7, value=out)
        bal = r2(bal + inn - out)
        ws.cell(row=r, column=8, value="借")
        ws.cell(row=r, column=9, value=bal)
        T(F6, "现金日记账", r, "payment", V1, date="2023-%02d-%02d" % (m, d), amount=inn or out,
          direction="in" if inn else "out", counterparty=cp)
        min_ += inn; mout += out
        r += 1
    yin += min_; yout += mout
    ws.cell(row=r, column=1, value=m)
    ws.cell(row=r, column=4, value="本月合计")
    ws.cell(row=r, column=6, value=r2(min_)); ws.cell(row=r, column=7, value=r2(mout))
    ws.cell(row=r, column=8, value="借"); ws.cell(row=r, column=9, value=bal)
    N(F6, "现金日记账", r, "本月合计")
    r += 1
    ws.cell(row=r, column=1, value=m)
    ws.cell(row=r, column=4, value="本年累计")
    ws.cell(row=r, column=6, value=r2(yin)); ws.cell(row=r, column=7, value=r2(yout))
    ws.cell(row=r, column=8, value="借"); ws.cell(row=r, column=9, value=bal)
    N(F6, "现金日记账", r, "本年累计")
    r += 1

ws = wb.create_sheet("银行存款日记账")
ws_title(ws, 1, "银行存款日记账", 7)
ws["A2"] = "开户行：勐腊县农村信用合作联社勐仑信用社    账号：2300 0153 6678 0912"
for c, x in enumerate(["日期", "凭证字号", "摘要", "对方户名", "收入金额", "支出金额", "余额"], 1):
    ws.cell(row=3, column=c, value=x)
bal = 186420.35
ws.cell(row=4, column=3, value="期初余额")
ws.cell(row=4, column=7, value=bal)
N(F6, "银行存款日记账", 4, "期初余额")
bank = [
    ("2023-01-06", "记-2", "收到2022年度村集体公益林补偿资金", "勐腊县财政局", 28650.00, 0),
    ("2023-01-12", "记-4", "支付森林防火巡护队劳务费", "勐腊县勐仑镇林业站", 0, 12000.00),
    ("2023-01-28", "记-7", "提取现金备用", None, 0, 5000.00),
    ("2023/2/8", "记-9", "收集体林地租金（橡胶地）", "西双版纳云胶农业开发有限公司", 45000.00, 0),
    ("2023/2/15", "记-11", "支付防火通道维修款", "勐腊县鑫达工程机械队", 0, 38600.00),
    ("2023/2/24", "记-13", "支付林下经济示范项目苗木款", "勐仑镇绿景苗圃", 0, 24500.00),
    ("2023年3月3日", "记-15", "收到村级组织运转经费", "勐仑镇财政所", 20000.00, 0),
    ("2023年3月10日", "记-17", "支付护林员1-2月补助", "岩保", 0, 2400.00),
    ("2023年3月17日", "记-19", "支付瞭望塔维修款", "勐腊县兴林建筑工程有限公司", 0, 49800.00),
    ("2023年3月30日", "记-22", "提取现金备用", None, 0, 3000.00),
    ("20230412", "记-24", "收林下采集承包费", "玉燕", 6800.00, 0),
    ("20230418", "记-26", "支付林区监控设备款", "西双版纳天眼科技有限公司", 0, 31200.00),
    ("20230425", "记-27", "支付银行手续费", "勐腊农信社勐仑信用社", 0, 15.00),
    ("2023.5.9", "记-30", "收生态效益补偿（集体部分）", "勐腊县林业和草原局", 56320.80, 0),
    ("2023.5.19", "记-33", "支付林场管护用房维修款（二期）", "勐腊县兴林建筑工程有限公司", 0, 48900.00),
    ("2023.5.26", "记-35", "退还岩坎多交林地承包费", "岩坎", 0, 1350.00),
]
r = 5
ti = to = 0
for (d, v, summ, cp, inn, out) in bank:
    ws.cell(row=r, column=1, value=d)
    ws.cell(row=r, column=2, value=v)
    ws.cell(row=r, column=3, value=summ)
    ws.cell(row=r, column=4, value=cp)
    if inn:
        ws.cell(row=r, column=5, value=inn)
    if out:
        ws.cell(row=r, column=6, value=out)
    bal = r2(bal + inn - out)
    ws.cell(row=r, column=7, value=bal)
    if "年" in d:
        iso = pdate(d)
    elif "/" in d:
        y, m, dd = d.split("/"); iso = "%04d-%02d-%02d" % (int(y), int(m), int(dd))
    elif "." in d:
        iso = pdate(d)
    elif "-" in d:
        iso = d
    else:
        iso = "%s-%s-%s" % (d[:4], d[4:6], d[6:])
    T(F6, "银行存款日记账", r, "payment", V1, date=iso, amount=inn or out, direction="in" if inn else "out",
      counterparty=cp)
    ti += inn; to += out
    r += 1
ws.cell(row=r, column=3, value="本期合计")
ws.cell(row=r, column=5, value=r2(ti)); ws.cell(row=r, column=6, value=r2(to)); ws.cell(row=r, column=7, value=bal)
N(F6, "银行存款日记账", r, "本期合计")
r += 1
ws.cell(row=r, column=1, value="出纳：玉香      会计：勐仑镇农村三资代理服务中心 刀建华")
N(F6, "银行存款日记账", r, "签名")
wb.save(os.path.join(OUT, F6))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print("rows", len(ROWS), "non_data", len(NON))
