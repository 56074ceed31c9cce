# -*- coding: utf-8 -*-
"""Blind test set qa86: land registers (湖北 石桥村 / 江苏 陈墩村 / 安徽 桃园村).

Writes files/ and truth.json beside this script. Deterministic (fixed seed).
"""
import csv
import datetime as dt
import json
import os
import random

import openpyxl
from openpyxl.styles import Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

R = random.Random(86)
TRUTH = {"rows": [], "non_data": []}

SUR = "刘王张李陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIV = ["德明", "桂兰", "建国", "秀英", "国华", "长青", "玉梅", "志强", "春生", "凤英", "家宝", "金华",
       "友才", "淑珍", "先进", "厚德", "永红", "水生", "爱华", "传富", "世友", "兰英", "汉章", "明山",
       "来福", "小平", "宗保", "翠萍", "光荣", "德胜", "正清", "满仓", "道林", "少华", "月娥", "启明"]


def person(used):
    while True:
        n = R.choice(SUR) + R.choice(GIV)
        if n not in used:
            used.add(n)
            return n


def idno(region, y):
    return "%s%d%02d%02d%03d%s" % (region, y, R.randint(1, 12), R.randint(1, 28), R.randint(100, 999),
                                   R.choice("0123456789X"))


def row(file, sheet, r, kind, village, fields):
    TRUTH["rows"].append({"file": file, "sheet": sheet, "row": r, "kind": kind,
                          "village": village, "fields": fields})


def nd(file, sheet, r, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def iso(d):
    return d.strftime("%Y-%m-%d")


def dot(d):
    return "%d.%d.%d" % (d.year, d.month, d.day)


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def money(x):
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------- file 1
# 湖北 石桥村 确权登记台账 + 二轮延包花名册 (.xlsx) — households' own contracted land,
# NOT leases by the village: every row is non_data.
F1 = "石桥村土地承包经营权确权登记台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "确权登记台账"
ws["A1"] = "监利市汴河镇石桥村农村土地承包经营权确权登记台账"
ws.merge_cells("A1:N1")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "发包方：监利市汴河镇石桥村第一、二村民小组          面积单位：亩"
ws.merge_cells("A2:N2")
h1 = ["序号", "组别", "承包方代表", "身份证号", "家庭成员数", "地块名称", "地块编码", "确权面积（亩）",
      "四至", None, None, None, "承包期限", "备注"]
h2 = [None] * 8 + ["东", "南", "西", "北", None, None]
for c, v in enumerate(h1, 1):
    ws.cell(3, c, v)
for c, v in enumerate(h2, 1):
    if v:
        ws.cell(4, c, v)
for col in "ABCDEFGHM":
    ws.merge_cells("%s3:%s4" % (col, col))
ws.merge_cells("I3:L3")
ws.merge_cells("N3:N4")
used = set()
hh = [person(used) for _ in range(14)]
r = 5
n = 0
plots = ["门前田", "大垸", "塘埂上", "长丘", "河坝", "渠边", "老屋台", "北湾", "荷叶丘", "官路边"]
for i, head in enumerate(hh):
    grp = "一组" if i < 8 else "二组"
    for k in range(R.choice([1, 2, 2])):
        n += 1
        nb = [R.choice(hh + ["沟", "路", "渠", "河堤"]) for _ in range(4)]
        vals = [n, grp, head if k == 0 else "", idno("421023", R.randint(1950, 1985)) if k == 0 else "",
                R.randint(2, 6) if k == 0 else "", R.choice(plots),
                "4210232011040%02d%05d" % (1 if grp == "一组" else 2, n),
                round(R.uniform(0.6, 4.2), 2), nb[0], nb[1], nb[2], nb[3], "1998.10.1—2028.9.30", ""]
        for c, v in enumerate(vals, 1):
            if v != "":
                ws.cell(r, c, v)
        nd(F1, "确权登记台账", r, "确权登记：农户自家承包地（家庭承包），不是村集体的发包/租赁，不属任何记录类型")
        r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 8, "=SUM(H5:H%d)" % (r - 1))
nd(F1, "确权登记台账", r, "合计")
r += 2
ws.cell(r, 1, "注：1.地块编码按农业农村部确权登记规范编制；2.四至以实地指界为准。")
nd(F1, "确权登记台账", r, "注")
r += 1
ws.cell(r, 1, "制表人：刘春生        审核人：王志强        村委会（盖章）")
nd(F1, "确权登记台账", r, "签名")

ws = wb.create_sheet("二轮延包花名册")
ws["A1"] = "石桥村第二轮土地承包到期后再延长三十年试点花名册"
ws.merge_cells("A1:J1")
hdr = ["序号", "组别", "户主姓名", "身份证号", "家庭人口", "原承包面积（亩）", "延包面积（亩）", "延包期限",
       "农户签字", "备注"]
for c, v in enumerate(hdr, 1):
    ws.cell(2, c, v)
r = 3
for i, head in enumerate(hh[:12]):
    a = round(R.uniform(1.5, 8.0), 2)
    vals = [i + 1, "一组" if i < 8 else "二组", head, idno("421023", R.randint(1950, 1985)),
            R.randint(2, 6), a, a, "2028.10.1—2058.9.30", head, ""]
    for c, v in enumerate(vals, 1):
        if v != "":
            ws.cell(r, c, v)
    nd(F1, "二轮延包花名册", r, "二轮延包花名册：农户家庭承包的延包登记，不是村集体的发包/租赁")
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 6, "=SUM(F3:F%d)" % (r - 1))
ws.cell(r, 7, "=SUM(G3:G%d)" % (r - 1))
nd(F1, "二轮延包花名册", r, "合计")
r += 1
ws.cell(r, 1, "村民小组长：陈国华      经办人：刘春生")
nd(F1, "二轮延包花名册", r, "签名")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- file 2
# 湖北 石桥村 土地流转合同台账 (.xls, BIFF): farmers 流出 to 大户/合作社 through the village
# (村股份经济合作社 受托统一流转). Kind: resource; counterparty = 流入方 (who pays the 流转费).
F2 = "石桥村土地流转合同台账.xls"
V2 = "石桥村"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("流转台账")
bold = xlwt.easyxf("font: bold on; align: horiz center")
dstyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
sh.write_merge(0, 0, 0, 12, "监利市汴河镇石桥村土地经营权流转合同台账（2023年12月）", bold)
sh.write_merge(1, 1, 0, 12, "填报单位：石桥村股份经济合作社（受托方）     面积单位：亩     金额单位：元")
# two-row header (rows 3-4)
top = [("序号", 1), ("合同编号", 1), ("流出方（承包农户）", 1), ("流入方", 1), ("地块位置", 1),
       ("流转面积（亩）", 1), ("流转方式", 1), ("流转期限", 2), ("流转费", 2), ("签订日期", 1), ("备注", 1)]
c = 0
for name, span in top:
    if span == 1:
        sh.write_merge(2, 3, c, c, name, bold)
    else:
        sh.write_merge(2, 2, c, c + span - 1, name, bold)
    c += span
sh.write(3, 7, "起", bold)
sh.write(3, 8, "止", bold)
sh.write(3, 9, "元/亩/年", bold)
sh.write(3, 10, "年流转费合计", bold)
inflow = ["监利市汴河镇绿源水稻种植专业合作社", "湖北楚农粮食产业化有限公司", "石桥村种粮大户周满仓",
          "监利市荆楚虾稻共作家庭农场"]
inflow_short = {"石桥村种粮大户周满仓": "周满仓"}
used2 = set(hh)
ri = 4  # 0-based next row index
seq = 0
grand_a = grand_f = 0.0
for grp, cnt in (("一组", 11), ("二组", 10), ("三组", 9)):
    sa = sf = 0.0
    for k in range(cnt):
        seq += 1
        out = person(used2)
        inf = inflow[(seq + len(grp)) % 4]
        area = round(R.uniform(1.2, 9.5), 2)
        price = R.choice([500, 550, 600, 650, 700])
        fee = money(area * price)
        start = dt.date(R.choice([2018, 2019, 2020, 2021]), R.choice([1, 3, 10]), 1)
        end = dt.date(2028, 9, 30) if seq % 7 else dt.date(2033, 9, 30)
        signed = start - dt.timedelta(days=R.randint(5, 40))
        vals = [seq, "SQLZ-%d-%03d" % (start.year, seq), out, inf, "%s%s" % (grp, R.choice(plots)), area,
                R.choice(["出租", "出租", "转包"]), dot(start), dot(end), price, fee]
        for cc, v in enumerate(vals):
            sh.write(ri, cc, v)
        if seq % 3 == 0:
            sh.write(ri, 11, cn(signed))
        else:
            sh.write(ri, 11, dt.datetime(signed.year, signed.month, signed.day), dstyle)
        if end.year == 2033:
            sh.write(ri, 12, "超二轮承包期")
        cp = inflow_short.get(inf, inf)
        row(F2, "流转台账", ri + 1, "resource", V2,
            {"counterparty": inf, "amount": fee, "area": area, "started_on": iso(start), "ended_on": iso(end)})
        sa += area
        sf += fee
        ri += 1
    sh.write(ri, 0, "%s小计" % grp)
    sh.write(ri, 5, round(sa, 2))
    sh.write(ri, 10, money(sf))
    nd(F2, "流转台账", ri + 1, "%s小计" % grp)
    ri += 1
    grand_a += sa
    grand_f += sf
ri += 1  # blank row
sh.write(ri, 0, "合计")
sh.write(ri, 5, round(grand_a, 2))
sh.write(ri, 10, money(grand_f))
nd(F2, "流转台账", ri + 1, "合计")
ri += 2
sh.write(ri, 0, "注：流转期限不得超过二轮承包剩余期限（2028年9月30日），流转费由流入方每年12月底前交村股份经济合作社代收代付。")
nd(F2, "流转台账", ri + 1, "注")
ri += 1
sh.write(ri, 0, "制表人：刘春生")
sh.write(ri, 5, "审核人：王志强")
nd(F2, "流转台账", ri + 1, "签名")

sh2 = book.add_sheet("2023年新增")
sh2.write_merge(0, 0, 0, 9, "石桥村2023年新增土地流转登记表", bold)
hdr = ["序号", "流出方", "身份证号", "流入方", "面积（亩）", "单价（元/亩·年）", "年租金（元）", "流转期限",
       "签约时间", "经办人"]
for cc, v in enumerate(hdr):
    sh2.write(1, cc, v, bold)
ri = 2
for k in range(10):
    out = person(used2)
    inf = ["湖北楚农粮食产业化有限公司", "监利市荆楚虾稻共作家庭农场", "石桥村种粮大户周满仓"][k % 3]
    area = round(R.uniform(2.0, 12.0), 1)
    price = R.choice([600, 650, 680, 720])
    fee = money(area * price)
    start = dt.date(2023, R.choice([1, 3, 4, 10]), 1)
    end = dt.date(2028, 9, 30)
    signed = start - dt.timedelta(days=R.randint(3, 20))
    sep = "—" if k % 2 == 0 else "-"
    vals = [k + 1, out, idno("421023", R.randint(1955, 1990)), inf, area, price, fee,
            "%s%s%s" % (dot(start), sep, dot(end)),
            signed.strftime("%Y/%m/%d") if k % 2 else "%d年%d月%d日" % (signed.year, signed.month, signed.day),
            "刘春生"]
    for cc, v in enumerate(vals):
        sh2.write(ri, cc, v)
    row(F2, "2023年新增", ri + 1, "resource", V2,
        {"counterparty": inf, "amount": fee, "area": area, "started_on": iso(start), "ended_on": iso(end)})
    ri += 1
sh2.write(ri, 0, "合计")
nd(F2, "2023年新增", ri + 1, "合计")
book.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------- file 3
# 江苏 陈墩村 机动地 / 四荒地 / 坑塘 发包台账 (.xlsx) — the collective leases its own land: resource.
F3 = "陈墩村集体机动地四荒地发包台账.xlsx"
V3 = "陈墩村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "机动地"
ws["A1"] = "射阳县海河镇陈墩村村集体机动地发包台账"
ws.merge_cells("A1:K1")
ws["A2"] = "单位：亩、元"
hdr = ["序号", "地块名称", "地块编码", "坐落", "面积（亩）", "承包方", "发包方式", "承包期限", "年承包金（元）",
       "合同签订日期", "备注"]
for cc, v in enumerate(hdr, 1):
    ws.cell(3, cc, v)
ws.cell(4, 1, None)  # blank row under header
used3 = set()
lessees3 = ["射阳县金穗家庭农场", "射阳县海河镇丰收农机专业合作社", "江苏沿海丰源农业发展有限公司", "射阳县海河镇惠农植保专业合作社"]
r = 5
tot_a = tot_f = 0.0
for k in range(18):
    name = "%s机动地" % R.choice(["东横河", "老窑", "七排河", "中心河西", "五组南", "大桥北", "渔场边", "三组后"])
    lessee = person(used3) if k % 3 else lessees3[k % 4]
    area = round(R.uniform(3.0, 45.0), 2)
    price = R.choice([650, 700, 750, 800, 850])
    fee = money(area * price)
    start = dt.date(R.choice([2016, 2018, 2020, 2021]), 1, 1)
    years = R.choice([3, 5, 5, 10])
    if k == 6:
        years = 25  # long lease
    end = dt.date(start.year + years - 1, 12, 31)
    signed = start - dt.timedelta(days=R.randint(10, 30))
    method = R.choice(["公开竞价", "公开协商", "招标", "协议"])
    period = "%s—%s" % (dot(start), dot(end)) if k % 4 else "%d年%d月%d日至%d年%d月%d日" % (
        start.year, start.month, start.day, end.year, end.month, end.day)
    vals = [k + 1, name, "3209240020%02d%04d" % (k // 6 + 1, k + 1), "陈墩村%d组" % (k % 8 + 1), area, lessee,
            method, period, fee, dt.datetime(signed.year, signed.month, signed.day), ""]
    if k == 9:
        vals[8] = "壹万贰仟元整"
        fee = 12000.0
    if k == 13:
        vals[10] = "已续签"
    for cc, v in enumerate(vals, 1):
        if v != "":
            ws.cell(r, cc, v)
    ws.cell(r, 10).number_format = "yyyy-mm-dd"
    row(F3, "机动地", r, "resource", V3,
        {"name": name, "counterparty": lessee, "amount": fee, "area": area,
         "started_on": iso(start), "ended_on": iso(end)})
    tot_a += area
    tot_f += fee
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 5, round(tot_a, 2))
ws.cell(r, 9, money(tot_f))
nd(F3, "机动地", r, "合计")
r += 2
ws.cell(r, 1, "制表：陈墩村经济合作社  会计：徐正清  村务监督委员会主任：沈道林")
nd(F3, "机动地", r, "签名")

ws = wb.create_sheet("四荒地")
ws["A1"] = "陈墩村“四荒”资源发包台账"
ws.merge_cells("A1:J1")
ws["A2"] = "金额单位：万元"
hdr = ["编号", "资源名称", "类别", "面积（亩）", "承包人", "是否本村成员", "起始日期", "终止日期",
       "年承包金（万元）", "发包方式"]
for cc, v in enumerate(hdr, 1):
    ws.cell(3, cc, v)
r = 4
for k in range(12):
    cat = R.choice(["荒滩", "荒沟", "废沟塘", "荒地"])
    name = "%s%s" % (R.choice(["新洋港", "黄沙港", "北沙", "西潮河", "老海堤"]), cat)
    lessee = person(used3) if k % 4 else "射阳县海河镇绿洲水产养殖专业合作社"
    area = round(R.uniform(10, 120), 1)
    wan = round(area * R.choice([300, 350, 400, 450]) / 10000, 2)
    start = dt.date(R.choice([2012, 2015, 2019]), R.choice([1, 3]), 1)
    end = dt.date(start.year + R.choice([10, 15, 30]), start.month, 1) - dt.timedelta(days=1)
    vals = ["SH-%02d" % (k + 1), name, cat, area, lessee, "是" if k % 4 else "否",
            dt.datetime(start.year, start.month, start.day), dt.datetime(end.year, end.month, end.day),
            wan, R.choice(["公开竞价", "公开协商", "拍卖"])]
    for cc, v in enumerate(vals, 1):
        ws.cell(r, cc, v)
    ws.cell(r, 7).number_format = "yyyy年m月d日"
    ws.cell(r, 8).number_format = "yyyy年m月d日"
    row(F3, "四荒地", r, "resource", V3,
        {"name": name, "counterparty": lessee, "amount": money(wan * 10000), "area": area,
         "started_on": iso(start), "ended_on": iso(end)})
    r += 1
ws.cell(r, 1, "小计")
ws.cell(r, 4, "=SUM(D4:D%d)" % (r - 1))
ws.cell(r, 9, "=SUM(I4:I%d)" % (r - 1))
nd(F3, "四荒地", r, "小计")

ws = wb.create_sheet("坑塘水面")
ws["A1"] = "陈墩村集体坑塘水面租赁台账"
ws.merge_cells("A1:H1")
hdr = ["序号", "塘口名称", "面积（平方米）", "承租方", "租金（元/年）", "租赁起止", "签订日期", "备注"]
for cc, v in enumerate(hdr, 1):
    ws.cell(2, cc, v)
r = 3
for k in range(8):
    name = "%s塘" % R.choice(["东大", "老场", "砖窑", "七组", "庙前", "西河", "鸭棚", "北闸"])
    lessee = person(used3)
    m2 = R.choice([3200, 4500, 6670, 8000, 12000, 15600, 2600, 5400]) + k * 10
    fee = float(R.choice([2400, 3000, 3600, 4800, 6000]))
    start = dt.date(R.choice([2020, 2021, 2022]), 1, 1)
    end = dt.date(start.year + 4, 12, 31)
    signed = start - dt.timedelta(days=R.randint(5, 25))
    vals = [k + 1, name, m2, lessee, fee, "%s-%s" % (start.strftime("%Y%m%d"), end.strftime("%Y%m%d")),
            signed.strftime("%Y.%m.%d"), "养殖" if k % 2 else ""]
    for cc, v in enumerate(vals, 1):
        if v != "":
            ws.cell(r, cc, v)
    row(F3, "坑塘水面", r, "resource", V3,
        {"name": name, "counterparty": lessee, "amount": fee, "area": round(m2 / 666.67, 2),
         "started_on": iso(start), "ended_on": iso(end)})
    r += 1
r += 1
ws.cell(r, 1, "说明：面积按实测平方米填列，折亩按666.67平方米/亩计算。")
nd(F3, "坑塘水面", r, "说明")
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------- file 4
# 安徽 桃园村 土地流转台账 (csv, UTF-8 BOM, platform-like, header on line 1): resource rows.
F5 = "桃园村土地流转台账.csv"
V5 = "桃园村"
used5 = set()
inflow5 = ["安徽丰谷农业科技有限公司", "凤阳县小岗粮油种植专业合作社", "桃园村种植大户孙来福"]
lines = [["序号", "村民组", "流出方", "身份证号", "流入方", "面积(亩)", "流转费(元/亩/年)", "年流转费(元)",
          "流转起止时间", "签订时间", "备注"]]
payers = {}
out_people = []
for k in range(25):
    out = person(used5)
    out_people.append(out)
    inf = inflow5[k % 3] if k != 24 else "安徽丰谷农业科技有限公司"
    area = round(R.uniform(0.8, 6.5), 2)
    price = R.choice([600, 650, 700, 800])
    fee = money(area * price)
    start = dt.date(R.choice([2019, 2020, 2021]), 3, 1)
    end = dt.date(2028, 9, 30) if k % 6 else dt.date(2031, 2, 28)
    signed = start - dt.timedelta(days=R.randint(3, 20))
    sg = signed.strftime("%Y/%m/%d") if k % 2 else signed.strftime("%Y%m%d")
    lines.append([k + 1, "%s组" % "一二三四五"[k % 5], out, idno("341126", R.randint(1950, 1990)), inf,
                  "%.2f" % area, price, "%.2f" % fee, "%s-%s" % (dot(start), dot(end)), sg,
                  "超承包期" if end.year == 2031 else ""])
    payers.setdefault(inf, 0.0)
    payers[inf] += fee
    row(F5, "桃园村土地流转台账", k + 2, "resource", V5,
        {"counterparty": inf, "amount": fee, "area": area, "started_on": iso(start), "ended_on": iso(end)})
lines.append(["合计", "", "", "", "", "%.2f" % sum(float(l[5]) for l in lines[1:]), "",
              "%.2f" % sum(float(l[7]) for l in lines[1:]), "", "", ""])
nd(F5, "桃园村土地流转台账", len(lines), "合计")
with open(os.path.join(FILES, F5), "w", encoding="utf-8-sig", newline="") as fh:
    csv.writer(fh).writerows(lines)

# ---------------------------------------------------------------- file 5
# 安徽 桃园村 2023年现金日记账 (csv, GBK): receives 流转费 from 流入方 and pays it to farmers.
F4 = "桃园村2023年现金日记账.csv"
stem4 = "桃园村2023年现金日记账"
lines = [["凤阳县小溪河镇桃园村股份经济合作社现金日记账", "", "", "", "", "", "", "", ""],
         ["2023年度", "", "", "", "", "", "", "单位：元", ""],
         ["月", "日", "凭证号", "摘要", "对方科目", "借方", "贷方", "借或贷", "余额"]]
bal = 3560.40
lines.append(["1", "1", "", "上年结转", "", "", "", "借", "%.2f" % bal])
nd(F4, stem4, len(lines), "上年结转")
events = {
    1: [("in", "收孙来福2022年度土地流转费（尾款）", "应付款—流转费", None, "孙来福", 8600.00),
        ("out", "付王桂兰2022年土地流转费", "应付款—流转费", None, "王桂兰", 1260.00),
        ("out", "付刘德明2022年土地流转费", "应付款—流转费", None, "刘德明", 2145.50),
        ("out", "现金送存农商行", "银行存款", None, None, 5000.00),
        ("out", "支付村部春节慰问困难户（张秀英）", "管理费用", None, "张秀英", 500.00)],
    2: [("in", "从农商行提取现金", "银行存款", None, None, 6000.00),
        ("out", "付李建国2022年土地流转费", "应付款—流转费", None, "李建国", 3280.00),
        ("out", "付周玉梅2022年土地流转费", "应付款—流转费", None, "周玉梅", 1876.80),
        ("out", "付陈长青2022年土地流转费", "应付款—流转费", None, "陈长青", 2450.00),
        ("out", "报销村干部下乡误餐费 经手人:吴志强", "管理费用", None, None, 320.00)],
    3: [("in", "收凤阳县小岗粮油种植专业合作社2023年上半年流转费", "应付款—流转费", None,
         "凤阳县小岗粮油种植专业合作社", 12800.00),
        ("out", "付赵春生土地流转费", "应付款—流转费", None, "赵春生", 1950.00),
        ("out", "付杨凤英土地流转费", "应付款—流转费", None, "杨凤英", 2730.00),
        ("out", "付黄家宝土地流转费", "应付款—流转费", None, "黄家宝", 1120.00),
        ("in", "收徐友才机动地承包费", "发包及上交收入", None, "徐友才", 3600.00),
        ("out", "现金送存农商行", "银行存款", None, None, 8000.00)],
    4: [("in", "收安徽丰谷农业科技有限公司流转费（部分）", "应付款—流转费", None,
         "安徽丰谷农业科技有限公司", 9500.00),
        ("out", "付孙金华土地流转费", "应付款—流转费", None, "孙金华", 2376.00),
        ("out", "付胡淑珍土地流转费", "应付款—流转费", None, "胡淑珍", 1540.00),
        ("out", "付朱先进土地流转费", "应付款—流转费", None, "朱先进", 3120.00),
        ("out", "付高厚德土地流转费", "应付款—流转费", None, "高厚德", 980.00),
        ("out", "购买办公用品（凤阳县文化用品商店）", "管理费用", None, "凤阳县文化用品商店", 286.00)],
    5: [("in", "从农商行提取现金", "银行存款", None, None, 5000.00),
        ("out", "付林永红土地流转费", "应付款—流转费", None, "林永红", 1680.00),
        ("out", "付何水生土地流转费", "应付款—流转费", None, "何水生", 2210.00),
        ("out", "付郭爱华土地流转费", "应付款—流转费", None, "郭爱华", 1365.00),
        ("in", "收马传富鱼塘承包费", "发包及上交收入", None, "马传富", 2400.00)],
    6: [("in", "收孙来福2023年土地流转费", "应付款—流转费", None, "孙来福", 15300.00),
        ("out", "付罗世友土地流转费", "应付款—流转费", None, "罗世友", 2860.00),
        ("out", "付梁兰英土地流转费", "应付款—流转费", None, "梁兰英", 1787.50),
        ("out", "付宋汉章土地流转费", "应付款—流转费", None, "宋汉章", 2040.00),
        ("out", "付郑明山土地流转费", "应付款—流转费", None, "郑明山", 1430.00),
        ("out", "现金送存农商行", "银行存款", None, None, 10000.00),
        ("out", "付凤阳县小溪河镇农机服务站旋耕费", "应付款", None, "凤阳县小溪河镇农机服务站", 1800.00)],
}
vno = 0
ydr = ycr = 0.0
for m in range(1, 7):
    mdr = mcr = 0.0
    for i, (d, summ, acc, _, cp, amt) in enumerate(events[m]):
        vno += 1
        day = min(28, 3 + i * 4)
        if d == "in":
            bal += amt
            mdr += amt
            dr, crv = "%.2f" % amt, ""
        else:
            bal -= amt
            mcr += amt
            dr, crv = "", "%.2f" % amt
        lines.append([str(m), str(day), "现收%d" % vno if d == "in" else "现付%d" % vno, summ, acc, dr, crv,
                      "借", "%.2f" % bal])
        row(F4, stem4, len(lines), "payment", "桃园村",
            {"date": "2023-%02d-%02d" % (m, day), "amount": amt, "direction": d, "counterparty": cp})
    ydr += mdr
    ycr += mcr
    lines.append([str(m), "", "", "本月合计", "", "%.2f" % mdr, "%.2f" % mcr, "借", "%.2f" % bal])
    nd(F4, stem4, len(lines), "本月合计")
    lines.append([str(m), "", "", "本年累计", "", "%.2f" % ydr, "%.2f" % ycr, "借", "%.2f" % bal])
    nd(F4, stem4, len(lines), "本年累计")
lines.append(["", "", "", "", "", "", "", "", ""])
lines.append(["出纳：宋月娥", "", "", "会计：高启明", "", "", "", "", ""])
nd(F4, stem4, len(lines), "签名")
with open(os.path.join(FILES, F4), "w", encoding="gbk", newline="") as fh:
    csv.writer(fh).writerows(lines)

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(TRUTH, fh, ensure_ascii=False, indent=1)
print("rows", len(TRUTH["rows"]), "non_data", len(TRUTH["non_data"]))
