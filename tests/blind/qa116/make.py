# -*- coding: utf-8 -*-
"""Blind test set (angle: household fees, deposits/保证金, 代收代付 电费, 现金/银行日记账).
Deterministic: fixed seed. Writes files/ and truth.json beside this script."""
import csv, datetime as dt, json, os, random
import openpyxl
from openpyxl.styles import Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUTD = os.path.join(HERE, "files")
os.makedirs(OUTD, exist_ok=True)
R = random.Random(116)
ROWS, NON = [], []


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


SURN = "王李张刘陈杨黄赵周吴徐孙朱马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIV = ["建国", "秀英", "德明", "桂兰", "志强", "玉梅", "国富", "春花", "海军", "凤英", "长林", "淑芬",
       "永福", "金花", "学文", "红梅", "正荣", "翠兰", "家宝", "月娥", "文华", "素珍", "立新", "美华",
       "庆丰", "小红", "宝山", "兰英", "成才", "爱民", "水生", "彩霞", "根发", "巧云", "福林", "冬梅",
       "有才", "雪芳", "天明", "荷香"]


def names(n, off):
    out = []
    for i in range(n):
        out.append(SURN[(i * 7 + off) % len(SURN)] + GIV[(i * 5 + off) % len(GIV)])
    return out


def iso(d):
    return d.strftime("%Y-%m-%d")


# ---------------------------------------------------------------- file 1 (xlsx)
F1 = "柳河村2023年水费卫生费收缴台账.xlsx"
V1 = "柳河村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "水费"
ws.append(["青石镇柳河村2023年度自来水水费收缴台账"])
ws.merge_cells("A1:J1")
ws["A1"].font = Font(bold=True, size=14)
ws.append(["填报单位：柳河村村民委员会", None, None, None, None, None, None, None, "单位：元"])
ws.append(["序号", "户主姓名", "村民小组", "用水量", None, "水价(元/吨)", "应缴金额", "实缴金额", "缴费日期", "缴费状态"])
ws.append([None, None, None, "上年表数", "本年表数"])
ws.merge_cells("D3:E3")
for col in "ABCFGHIJ":
    ws.merge_cells(f"{col}3:{col}4")
ws["D3"] = "用水量（吨）"
ws["D4"] = "上年表数"
ws["E4"] = "本年表数"
hh = names(30, 3)
r = 5
unpaid = {7, 16, 25}
tot_due = tot_paid = 0
for i, name in enumerate(hh):
    grp = f"{i // 10 + 1}组"
    start = 100 + R.randint(0, 400)
    used = R.randint(18, 96)
    price = 2.5
    due = round(used * price, 2)
    if i in unpaid:
        paid, dcell, st = 0, None, "未缴"
    else:
        paid = due
        d = dt.date(2023, 12, 1) + dt.timedelta(days=R.randint(0, 40))
        st = "已缴"
        k = i % 4
        if k == 0:
            dcell = dt.datetime(d.year, d.month, d.day)
        elif k == 1:
            dcell = f"{d.year}.{d.month}.{d.day}"
        elif k == 2:
            dcell = f"{d.year}年{d.month}月{d.day}日"
        else:
            dcell = d.strftime("%Y%m%d")
    ws.append([i + 1, name, grp, start, start + used, price, due, paid, dcell, st])
    if isinstance(dcell, dt.datetime):
        ws.cell(row=r, column=9).number_format = "yyyy-m-d"
    tot_due += due
    tot_paid += paid
    if i in unpaid:
        N(F1, "水费", r, "未缴户：实缴0，无款项收付（truth fix: was payment amount 0）")
    else:
        T(F1, "水费", r, "payment", V1, date=iso(d), amount=float(paid), direction="in", counterparty=name)
    r += 1
    if i in (9, 19):
        ws.append([None, f"{i // 10 + 1}组小计"])
        N(F1, "水费", r, "小计")
        r += 1
ws.append(["合计", None, None, None, None, None, round(tot_due, 2), round(tot_paid, 2)])
N(F1, "水费", r, "合计"); r += 1
ws.append([])
r += 1
ws.append(["说明：1.水价按镇政府核定2.5元/吨执行；2.未缴户已于2024年1月张榜催缴。"])
N(F1, "水费", r, "说明"); r += 1
ws.append(["制表人：刘长林", None, None, None, "审核人：陈德明", None, None, "2024年1月15日"])
N(F1, "水费", r, "签名"); r += 1

# sheet 2: 卫生费, months across
ws2 = wb.create_sheet("卫生保洁费")
ws2.append(["柳河村2023年农户卫生保洁费收缴登记表"])
ws2.append(["收费标准：每户每月10元，按月收缴"])
hdr1 = ["序号", "户主", "组别", "缴费月份"] + [None] * 11 + ["已缴金额", "欠缴金额", "备注"]
hdr2 = [None, None, None] + [f"{m}月" for m in range(1, 13)] + [None, None, None]
ws2.append(hdr1)
ws2.append(hdr2)
ws2.merge_cells("D3:O3")
for col in ["A", "B", "C", "P", "Q", "R"]:
    ws2.merge_cells(f"{col}3:{col}4")
hh2 = names(20, 11)
r = 5
for i, name in enumerate(hh2):
    months = []
    for m in range(12):
        if (i % 6 == 5 and m >= 6) or (i % 9 == 4 and m >= 9):
            months.append("未缴")
        else:
            months.append("已缴" if i % 3 else "√")
    paidm = sum(1 for x in months if x != "未缴")
    paid = paidm * 10
    owe = 120 - paid
    note = "低保户减免" if i == 12 else None
    if i == 12:
        months = ["免"] * 12
        paid, owe = 0, 0
    ws2.append([i + 1, name, f"{i // 7 + 1}组"] + months + [paid, owe, note])
    if i == 12:
        N(F1, "卫生保洁费", r, "低保户减免：无款项收付（truth fix）")
    else:
        T(F1, "卫生保洁费", r, "payment", V1, date=None, amount=float(paid), direction="in", counterparty=name)
    r += 1
ws2.append(["合计"])
N(F1, "卫生保洁费", r, "合计"); r += 1
ws2.append(["收款人：周海军", None, None, None, None, None, "监督委员会：何玉梅"])
N(F1, "卫生保洁费", r, "签名"); r += 1
wb.save(os.path.join(OUTD, F1))

# ---------------------------------------------------------------- file 2 (xls, BIFF)
F2 = "柳河村2023年电费代收代缴.xls"
V2 = "柳河村"
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("代收电费")
datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
sh.write_merge(0, 0, 0, 9, "柳河村2023年第四季度农户电费代收明细")
sh.write(1, 0, "代收单位：柳河村村委会（代国网临川供电公司青石供电所收取）")
sh.write(1, 8, "金额单位：元")
hdr = ["序号", "户号", "户主", "电表编号", "上期示数", "本期示数", "用电量(度)", "电价(元/度)", "电费金额", "交费日期", "经手人"]
for c, h in enumerate(hdr):
    sh.write(2, c, h)
hh3 = names(25, 29)
xr = 3
tot = 0
for i, name in enumerate(hh3):
    a = 1000 + R.randint(0, 5000)
    kwh = R.randint(120, 880)
    amt = round(kwh * 0.5283, 2)
    d = dt.date(2023, 10, 5) + dt.timedelta(days=R.randint(0, 80))
    row = [i + 1, f"LH{2300+i:04d}", name, f"36010{R.randint(100000,999999)}", a, a + kwh, kwh, 0.5283, amt]
    for c, v in enumerate(row):
        sh.write(xr, c, v)
    k = i % 3
    if k == 0:
        sh.write(xr, 9, dt.datetime(d.year, d.month, d.day), datestyle)
    elif k == 1:
        sh.write(xr, 9, f"{d.year}/{d.month}/{d.day}")
    else:
        sh.write(xr, 9, f"{d.month}月{d.day}日")  # year only in title
    sh.write(xr, 10, "邓立新")
    T(F2, "代收电费", xr + 1, "payment", V2, date=iso(d), amount=amt, direction="in", counterparty=name)
    tot += amt
    xr += 1
sh.write(xr, 0, "合计"); sh.write(xr, 8, round(tot, 2))
N(F2, "代收电费", xr + 1, "合计"); xr += 1
sh.write(xr + 1, 0, "注：交费日期栏只填月日，年度为2023年。代收电费按月全额上缴供电所，村集体不留存。")
N(F2, "代收电费", xr + 2, "注")

sh2 = wbx.add_sheet("上缴供电所")
sh2.write(0, 0, "柳河村代收电费上缴登记")
hdr = ["上缴日期", "摘要", "收款单位", "上缴金额（元）", "结算方式", "回单号"]
for c, h in enumerate(hdr):
    sh2.write(1, c, h)
ups = [
    (dt.date(2023, 10, 31), "上缴10月代收电费", "国网临川供电公司青石供电所", 3125.48, "转账", "HD20231031008"),
    (dt.date(2023, 11, 30), "上缴11月代收电费", "国网临川供电公司青石供电所", 2897.16, "转账", "HD20231130015"),
    (dt.date(2023, 12, 29), "上缴12月代收电费", "国网临川供电公司青石供电所", 1764.3, "转账", "HD20231229021"),
    (dt.date(2023, 12, 29), "代缴村委会办公用电", "国网临川供电公司青石供电所", 856.0, "转账", "HD20231229022"),
    (dt.date(2024, 1, 10), "上缴补收电费", "国网临川供电公司青石供电所", 412.55, "现金", ""),
    (dt.date(2023, 12, 20), "供电所返还代收手续费（红字冲减）", "国网临川供电公司青石供电所", -96.2, "转账", "HD20231220003"),
]
xr = 2
for d, s, cp, a, m, no in ups:
    if xr == 3:
        sh2.write(xr, 0, f"{d.year}.{d.month}.{d.day}")
    elif xr == 5:
        sh2.write(xr, 0, d.strftime("%Y%m%d"))
    else:
        sh2.write(xr, 0, dt.datetime(d.year, d.month, d.day), datestyle)
    sh2.write(xr, 1, s); sh2.write(xr, 2, cp); sh2.write(xr, 3, a); sh2.write(xr, 4, m); sh2.write(xr, 5, no)
    if a < 0:
        T(F2, "上缴供电所", xr + 1, "payment", V2, date=iso(d), amount=abs(a), direction="in", counterparty=cp)
    else:
        T(F2, "上缴供电所", xr + 1, "payment", V2, date=iso(d), amount=a, direction="out", counterparty=cp)
    xr += 1
sh2.write(xr, 0, "本年累计上缴"); sh2.write(xr, 3, round(sum(u[3] for u in ups), 2))
N(F2, "上缴供电所", xr + 1, "本年累计")
sh2.write(xr + 2, 0, "出纳：邓立新"); sh2.write(xr + 2, 3, "报账员：曾庆丰")
N(F2, "上缴供电所", xr + 3, "签名")
wbx.save(os.path.join(OUTD, F2))

# ---------------------------------------------------------------- file 3 (xlsx) deposits
F3 = "石桥村押金保证金收退台账.xlsx"
V3 = "石桥村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "履约保证金"
ws.append(["石桥村工程履约保证金收取及退还台账"])
ws.merge_cells("A1:I1")
ws.append([None, None, None, None, None, None, None, None, "单位：万元"])
ws.append(["序号", "工程名称", "缴纳单位", "收取情况", None, None, "退还情况", None, "备注"])
ws.append([None, None, None, "收取日期", "金额", "方式", "退还日期", "金额", None])
ws.merge_cells("D3:F3"); ws.merge_cells("G3:H3")
for col in "ABCI":
    ws.merge_cells(f"{col}3:{col}4")
perf = [
    ("石桥村文化礼堂改造工程", "临川市宏达建设有限公司", "2023.3.18", 2.85, "转账", "2024.3.20", 2.85, "质保期满退还"),
    ("石桥村村道硬化（二期）", "江西鑫路交通工程有限公司", "2023年4月2日", 1.6, "转账", "2023年12月28日", 1.6, ""),
    ("后山组山塘清淤整治", "临川市水韵水利工程有限公司", "2023-05-10", 0.95, "现金", None, None, "未到期"),
    ("石桥村路灯安装工程", "抚州光明照明工程有限公司", "20230612", 0.48, "转账", "20231130", 0.48, ""),
    ("村委会办公楼屋面防水维修", "临川市宏达建设有限公司", "2023/8/8", 0.3, "现金", "2023/11/2", 0.3, ""),
    ("石桥小学门口排水沟改造", "青石镇德顺建筑工程队", "2023.9.21", 0.75, "转账", None, None, "工程未验收"),
]
r = 5
for i, (pn, co, d1, a1, m, d2, a2, note) in enumerate(perf):
    ws.append([i + 1, pn, co, d1, a1, m, d2, a2, note])

    def p(s):
        for sep in (".", "年", "-", "/"):
            pass
        s2 = s.replace("年", "-").replace("月", "-").replace("日", "").replace(".", "-").replace("/", "-")
        if "-" not in s2:
            return f"{s2[:4]}-{s2[4:6]}-{s2[6:8]}"
        y, mo, da = s2.split("-")
        return f"{int(y):04d}-{int(mo):02d}-{int(da):02d}"
    T(F3, "履约保证金", r, "payment", V3, date=p(d1), amount=round(a1 * 10000, 2), direction="in", counterparty=co)
    if d2:
        T(F3, "履约保证金", r, "payment", V3, date=p(d2), amount=round(a2 * 10000, 2), direction="out", counterparty=co)
    r += 1
ws.append([None, "合计", None, None, round(sum(x[3] for x in perf), 2), None, None, round(sum(x[6] or 0 for x in perf), 2)])
N(F3, "履约保证金", r, "合计"); r += 1
ws.append(["经办人：苏成才", None, None, "审核：石家宝"])
N(F3, "履约保证金", r, "签名"); r += 1

ws = wb.create_sheet("投标保证金")
ws.append(["石桥村2023年村级工程投标保证金登记表"])
ws.append(["单位：元"])
ws.append(["序号", "项目名称", "投标单位", "缴纳日期", "保证金金额", "退还日期", "退还金额", "是否中标", "备注"])
bids = [
    ("石桥村文化礼堂改造工程", [("临川市宏达建设有限公司", 1), ("抚州市金盛建筑有限公司", 0), ("江西华泰建设工程有限公司", 0),
                          ("临川市永兴建筑安装有限公司", 0), ("南城县瑞丰建设有限公司", 0)], dt.date(2023, 3, 6), 10000, dt.date(2023, 3, 21)),
    ("石桥村村道硬化（二期）", [("江西鑫路交通工程有限公司", 1), ("抚州通达路桥有限公司", 0), ("临川市宏达建设有限公司", 0)],
     dt.date(2023, 3, 22), 5000, dt.date(2023, 4, 7)),
    ("石桥小学门口排水沟改造", [("青石镇德顺建筑工程队", 1), ("临川市永兴建筑安装有限公司", 0), ("抚州市金盛建筑有限公司", 0)],
     dt.date(2023, 9, 4), 3000, dt.date(2023, 9, 25)),
]
r = 4
n = 0
for pn, bidders, d1, amt, d2 in bids:
    for j, (co, win) in enumerate(bidders):
        n += 1
        dd1 = d1 + dt.timedelta(days=j % 2)
        if win:
            ws.append([n, pn, co, dd1, amt, None, None, "是", "转作履约保证金"])
        else:
            ws.append([n, pn, co, dd1, amt, d2, amt, "否", "未中标退还"])
        ws.cell(row=r, column=4).number_format = "yyyy年m月d日"
        if not win:
            ws.cell(row=r, column=6).number_format = "yyyy年m月d日"
        T(F3, "投标保证金", r, "payment", V3, date=iso(dd1), amount=float(amt), direction="in", counterparty=co)
        if not win:
            T(F3, "投标保证金", r, "payment", V3, date=iso(d2), amount=float(amt), direction="out", counterparty=co)
        r += 1
    ws.append([None, "小计"])
    N(F3, "投标保证金", r, "小计"); r += 1
ws.append([])
r += 1
ws.append(["注：中标单位投标保证金转作履约保证金，不再单独退还。"])
N(F3, "投标保证金", r, "注"); r += 1

ws = wb.create_sheet("门面房租赁押金")
ws.append(["石桥村集体门面房、仓库租赁押金台账"])
ws.append(["序号", "承租人", "租赁物", "押金金额", "收取日期", "退还日期", "退还金额", "经办人"])
dep = [
    ("王建国", "街面1号门面", "伍仟元整", "2023年3月3日", None, None),
    ("李秀英", "街面2号门面", 5000, "2022年12月28日", "2023年6月30日", "伍仟元整"),
    ("临川市丰收农资经营部", "原村小学仓库", "¥8,000.00", "2023年1月9日", None, None),
    ("陈志强", "街面3号门面", "叁仟元整", "2023年7月1日", None, None),
    ("石桥村老年协会", "村部一楼活动室", 0, "2023年2月1日", None, None),
    ("黄国富", "冷库", "壹万贰仟伍佰元整", "2023年5月15日", "2023年12月31日", "¥12,500.00"),
]
r = 3
cnmap = {"伍仟元整": 5000.0, "叁仟元整": 3000.0, "壹万贰仟伍佰元整": 12500.0, "¥8,000.00": 8000.0, "¥12,500.00": 12500.0}
for i, (who, what, amt, d1, d2, a2) in enumerate(dep):
    ws.append([i + 1, who, what, amt, d1, d2, a2, "苏成才"])
    a = cnmap.get(amt, amt) if isinstance(amt, str) else float(amt)

    def p(s):
        s2 = s.replace("年", "-").replace("月", "-").replace("日", "")
        y, mo, da = s2.split("-")
        return f"{int(y):04d}-{int(mo):02d}-{int(da):02d}"
    if a == 0:
        N(F3, "门面房租赁押金", r, "免收押金：无款项收付（truth fix）")
    else:
        T(F3, "门面房租赁押金", r, "payment", V3, date=p(d1), amount=a, direction="in", counterparty=who)
    if d2:
        T(F3, "门面房租赁押金", r, "payment", V3, date=p(d2), amount=cnmap[a2], direction="out", counterparty=who)
    r += 1
ws.append(["合计", None, None, 33500])
N(F3, "门面房租赁押金", r, "合计"); r += 1
ws.append(["备注：老年协会使用活动室免收押金。"])
N(F3, "门面房租赁押金", r, "备注"); r += 1
wb.save(os.path.join(OUTD, F3))

# ---------------------------------------------------------------- file 4 (csv GBK) 现金日记账
F4 = "石桥村2023年现金日记账.csv"
S4 = "石桥村2023年现金日记账"
V4 = "石桥村"
lines = [
    ["石桥村现金日记账（2023年）", "", "", "", "", "", "", "", ""],
    ["2023年", "", "凭证号", "摘要", "对方单位/个人", "借方", "贷方", "借或贷", "余额"],
    ["月", "日", "", "", "", "", "", "", ""],
]
bal = 3236.5
lines.append(["1", "1", "", "上年结转", "", "", "", "借", f"{bal:.2f}"])
N(F4, S4, 4, "上年结转")
cash = [
    (1, 9, "收-01", "收丰收农资经营部仓库租赁押金", "临川市丰收农资经营部", 8000, 0),
    (1, 10, "付-01", "现金缴存银行", "", 0, 8000),
    (1, 16, "收-02", "收一组村民水费", "郭建国", 1420, 0),
    (1, 18, "付-02", "支付保洁员12月工资", "萧春花", 0, 1800),
    (1, 31, None, "本月合计", "", 9420, 9800),
    (2, 1, "收-03", "收老年协会活动室水电费", "石桥村老年协会", 260, 0),
    (2, 7, "付-03", "购垃圾桶20个", "青石镇便民五金店", 0, 1150),
    (2, 20, "收-04", "收二组卫生保洁费", "谢长林", 1680, 0),
    (2, 28, None, "本月合计", "", 1940, 1150),
    (3, 2, "收-05", "收三组村民水费", "田德明", 2340, 0),
    (3, 3, "收-06", "收王建国门面房押金", "王建国", 5000, 0),
    (3, 5, "付-04", "现金缴存银行", "", 0, 7000),
    (3, 12, "付-05", "代付村委会办公电费", "国网临川供电公司青石供电所", 0, 356.8),
    (3, 18, "收-07", "收宏达建设履约保证金", "临川市宏达建设有限公司", 0, 0),
    (3, 25, "付-06", "支付水管维修材料款", "青石镇便民五金店", 0, 640),
    (3, 31, None, "本月合计", "", 7340, 8356.8),
    (3, 31, None, "本年累计", "", 18700, 19306.8),
    (4, 6, "收-08", "收四组村民水费", "彭国富", 1865.5, 0),
    (4, 12, "付-07", "退还后山组村民多缴水费", "董月娥", 0, 37.5),
    (4, 15, "付-08", "支付卫生保洁员3月工资", "萧春花", 0, 1800),
    (4, 20, "收-09", "收潘家宝租用晒谷场场地费", "潘家宝", 300, 0),
    (4, 28, "付-09", "现金缴存银行", "", 0, 2000),
    (4, 30, None, "本月合计", "", 2165.5, 3837.5),
    (4, 30, None, "本年累计", "", 20865.5, 23144.3),
]
cash = [c for c in cash if not (c[2] == "收-07")]  # voucher was cancelled; not written
ln = 5
mdr = mcr = ydr = ycr = 0.0
for (m, d, v, s, cp, dr, cr) in cash:
    if v is None:
        if s == "本月合计":
            dr, cr = mdr, mcr
            mdr = mcr = 0.0
        else:
            dr, cr = ydr, ycr
        lines.append([str(m), str(d), "", s, "", f"{dr:.2f}", f"{cr:.2f}", "借", f"{bal:.2f}"])
        N(F4, S4, ln, s)
    else:
        bal = round(bal + dr - cr, 2)
        mdr += dr; mcr += cr; ydr += dr; ycr += cr
        lines.append([str(m), str(d), v, s, cp, f"{dr:.2f}" if dr else "", f"{cr:.2f}" if cr else "", "借", f"{bal:.2f}"])
        T(F4, S4, ln, "payment", V4, date=f"2023-{m:02d}-{d:02d}", amount=float(dr or cr),
          direction="in" if dr else "out", counterparty=cp or None)
    ln += 1
lines.append(["", "", "", "出纳：石水生    会计：孟爱民", "", "", "", "", ""])
N(F4, S4, ln, "签名")
with open(os.path.join(OUTD, F4), "w", encoding="gbk", newline="") as f:
    csv.writer(f).writerows(lines)

# ---------------------------------------------------------------- file 5 (HTML saved as .xls) 银行日记账
F5 = "石桥村银行存款日记账_三资平台导出.xls"
S5 = "石桥村银行存款日记账_三资平台导出"
V5 = "石桥村"
bank = [
    ("2023-01-10", "记-003", "现金缴存", "", 8000, 0),
    ("2023-03-06", "记-011", "收抚州市金盛建筑有限公司投标保证金", "抚州市金盛建筑有限公司", 10000, 0),
    ("2023-03-06", "记-012", "收临川市宏达建设有限公司投标保证金", "临川市宏达建设有限公司", 10000, 0),
    ("2023-03-07", "记-013", "收江西华泰建设工程有限公司投标保证金", "江西华泰建设工程有限公司", 10000, 0),
    ("2023-03-06", "记-014", "现金缴存", "", 7000, 0),
    ("2023-03-18", "记-020", "收文化礼堂工程履约保证金", "临川市宏达建设有限公司", 28500, 0),
    ("2023-03-21", "记-022", "退抚州市金盛建筑有限公司投标保证金", "抚州市金盛建筑有限公司", 0, 10000),
    ("2023-03-21", "记-023", "退江西华泰建设工程有限公司投标保证金", "江西华泰建设工程有限公司", 0, 10000),
    ("2023-04-02", "记-027", "收村道硬化二期履约保证金", "江西鑫路交通工程有限公司", 16000, 0),
    ("2023-04-07", "记-029", "退抚州通达路桥有限公司投标保证金", "抚州通达路桥有限公司", 0, 5000),
    ("2023-04-28", "记-035", "现金缴存", "", 2000, 0),
    ("2023-06-30", "记-051", "退李秀英门面押金", "李秀英", 0, 5000),
    ("2023-10-31", "记-088", "代缴办公及路灯电费", "国网临川供电公司青石供电所", 0, 1288.64),
    ("2023-11-30", "记-095", "退路灯工程履约保证金", "抚州光明照明工程有限公司", 0, 4800),
]


def money(x):
    return "" if not x else f"{x:,.2f}"


h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
     '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
     '<table border="1">',
     '<tr><td colspan="8" align="center"><b>银行存款日记账</b></td></tr>',
     '<tr><td colspan="4">单位名称：青石镇石桥村股份经济合作社</td><td colspan="4">账号：6230 **** 1187 临川农商银行青石支行</td></tr>',
     '<tr><td>日期</td><td>凭证号</td><td>摘要</td><td>对方户名</td><td>借方金额</td><td>贷方金额</td><td>方向</td><td>余额</td></tr>']
hr = 4
bal = 152310.27
h.append(f'<tr><td>2023-01-01</td><td></td><td>期初余额</td><td></td><td></td><td></td><td>借</td><td>{bal:,.2f}</td></tr>')
N(F5, S5, hr, "期初余额"); hr += 1
mon = None
mi = mo = 0.0
yi = yo = 0.0


def close_month(mm):
    global hr
    h.append(f'<tr><td></td><td></td><td>本月合计</td><td></td><td>{mi:,.2f}</td><td>{mo:,.2f}</td><td>借</td><td>{bal:,.2f}</td></tr>')
    N(F5, S5, hr, "本月合计"); hr += 1
    h.append(f'<tr><td></td><td></td><td>本年累计</td><td></td><td>{yi:,.2f}</td><td>{yo:,.2f}</td><td>借</td><td>{bal:,.2f}</td></tr>')
    N(F5, S5, hr, "本年累计"); hr += 1


for (d, v, s, cp, i_, o_) in bank:
    m = d[5:7]
    if mon is not None and m != mon:
        close_month(mon)
        mi = mo = 0.0
    mon = m
    bal = round(bal + i_ - o_, 2)
    mi += i_; mo += o_; yi += i_; yo += o_
    h.append(f'<tr><td>{d}</td><td>{v}</td><td>{s}</td><td>{cp}</td><td>{money(i_)}</td><td>{money(o_)}</td><td>借</td><td>{bal:,.2f}</td></tr>')
    T(F5, S5, hr, "payment", V5, date=d, amount=float(i_ or o_), direction="in" if i_ else "out", counterparty=cp or None)
    hr += 1
close_month(mon)
h.append('<tr><td colspan="8">打印人：孟爱民　打印日期：2024-01-05</td></tr>')
N(F5, S5, hr, "打印人"); hr += 1
h.append('</table></body></html>')
with open(os.path.join(OUTD, F5), "w", encoding="utf-8") as f:
    f.write("\n".join(h))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "truth rows;", len(NON), "non-data")
