"""Blind test set qa57: Guizhou/Chongqing mountain villages, 村股份经济合作社 books.

Writes all files into ./files next to this script, and truth.json beside it.
Deterministic (fixed seed)."""
import csv
import datetime as dt
import io
import json
import random
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
OUT.mkdir(parents=True, exist_ok=True)
rnd = random.Random(57)

ROWS, NON = [], []


def add(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    ROWS.append(r)


def nd(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat() if d else None


# ---------------------------------------------------------------------------
# 1. 花茂村股份经济合作社 产业项目台账 (.xlsx), 2023 in 万元 with two-row header, 2024 in 元
# ---------------------------------------------------------------------------
F1 = "花茂村股份经济合作社产业发展项目台账.xlsx"
V1 = "花茂村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023年"
ws["A1"] = "播州区枫香镇花茂村股份经济合作社2023年产业发展项目台账"
ws.merge_cells("A1:M1")
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "填报单位：花茂村股份经济合作社（盖章）"
ws["J2"] = "单位：万元"
hdr = ["序号", "产业类别", "项目名称", "建设地点", "建设内容及规模", "实施主体", "项目总投资",
       "资金来源", None, None, "开工时间", "完工时间", "备注"]
for c, h in enumerate(hdr, 1):
    if h:
        ws.cell(3, c, h)
ws.merge_cells("H3:J3")
for c, h in zip((8, 9, 10), ("财政衔接资金", "村集体自筹", "社会帮扶")):
    ws.cell(4, c, h)
for col in "ABCDEFGKLM":
    ws.merge_cells(f"{col}3:{col}4")

groups = [
    ("茶叶基地", [
        ("花茂村高标准生态茶园提质改造项目", "陶家坝组、红岩组", "改造茶园800亩，配套生产便道2.6公里", "遵义市播州区花茂茶业专业合作社", 186.5, 150, 26.5, 10, "2023.3.6", "2023.11.20", ""),
        ("花茂村茶叶加工厂清洁化生产线", "田坎组", "新建加工车间600平方米，购置揉捻机等设备12台套", "花茂村股份经济合作社", 95.0, 80, 15.0, 0, "2023年4月", "2023年10月", "设备已验收"),
        ("茶园水肥一体化灌溉工程", "大堰组", "铺设管网4.8公里，蓄水池2口", "贵州黔茗农业开发有限公司", 42.8, 30, 6.8, 6, "2023.5.10", "2023.8.30", ""),
        ("茶旅融合观光步道", "红岩组", "步道1.2公里、观景台2处", "花茂村股份经济合作社", 38.6, 20, 8.6, 10, "2023.6.1", "2023.9.15", "社会帮扶为东西部协作资金"),
    ]),
    ("食用菌大棚", [
        ("花茂村食用菌标准化大棚建设", "新华组", "新建钢架大棚30个（18000平方米）", "遵义宏福菌业有限公司", 128.0, 100, 18.0, 10, "2023.2.20", "2023.6.30", ""),
        ("食用菌冷库及分拣中心", "新华组", "冷库500立方米，分拣车间300平方米", "花茂村股份经济合作社", 66.5, 50, 16.5, 0, "2023.7.5", "2023.10.31", ""),
        ("羊肚菌种植示范基地", "大堰组", "种植羊肚菌120亩", "播州区枫香镇青杠林种养殖专业合作社", 24.3, 15, 9.3, 0, "2023.10.8", "2024.3.31", "跨年度"),
    ]),
    ("精品水果", [
        ("花茂村精品水果（蓝莓）种植基地", "陶家坝组", "种植蓝莓260亩，配套防鸟网", "贵州黔北果业有限公司", 156.0, 120, 20.0, 16, "2023.3.1", "2023.12.15", ""),
        ("黄金梨品改及采摘园", "田坎组", "高接换种黄金梨150亩", "花茂村股份经济合作社", 36.2, 25, 11.2, 0, "2023.2.15", "2023.5.20", ""),
        ("精品水果冷链仓储设施", "新华组", "冷藏库300立方米、分级包装线1条", "遵义市播州区花茂茶业专业合作社", 58.0, 45, 13.0, 0, "2023.8.1", "2023.11.30", ""),
        ("果园产业路硬化", "红岩组", "硬化产业路3.1公里，宽3.5米", "贵州恒远路桥工程有限公司", 79.9, 79.9, 0, 0, "2023.4.18", "2023.7.28", "以工代赈"),
    ]),
]
r = 5
tot = [0.0, 0.0, 0.0, 0.0]
n = 0
for cat, items in groups:
    start = r
    sub = [0.0, 0.0, 0.0, 0.0]
    for it in items:
        n += 1
        name, place, scope, who, total, fin, own, soc, s, e, note = it
        vals = [n, cat if r == start else None, name, place, scope, who, total, fin, own, soc, s, e, note]
        for c, v in enumerate(vals, 1):
            if v is not None and v != "":
                ws.cell(r, c, v)
        for i, x in enumerate((total, fin, own, soc)):
            sub[i] += x
        add(F1, "2023年", r, "project", {"name": name, "budget": round(total * 10000, 2), "contractor": who}, V1)
        r += 1
    ws.merge_cells(f"B{start}:B{r - 1}")
    ws.cell(r, 3, "小计")
    for i, x in enumerate(sub):
        ws.cell(r, 7 + i, round(x, 2))
        tot[i] += x
    nd(F1, "2023年", r, "小计")
    r += 1
ws.cell(r, 1, "合计")
ws.merge_cells(f"A{r}:F{r}")
for i, x in enumerate(tot):
    ws.cell(r, 7 + i, round(x, 2))
nd(F1, "2023年", r, "合计")
r += 2
ws.cell(r, 1, "备注：1.财政衔接资金含中央、省级衔接推进乡村振兴补助资金；2.社会帮扶资金含东西部协作及定点帮扶资金。")
nd(F1, "2023年", r, "备注")
r += 1
ws.cell(r, 1, "制表人：罗先琴")
ws.cell(r, 6, "审核人：潘克刚")
ws.cell(r, 10, "填报日期：2024年1月8日")
nd(F1, "2023年", r, "签名")

# 2024: single header, amounts in 元, 中标单位 + 合同金额
ws = wb.create_sheet("2024年")
ws["A1"] = "花茂村股份经济合作社2024年产业项目实施情况表"
ws.merge_cells("A1:K1")
ws["A2"] = "单位：元"
h2 = ["序号", "项目名称", "实施主体", "项目总投资(元)", "其中：财政衔接资金", "村集体自筹", "社会帮扶",
      "中标单位", "中标（合同）金额(元)", "开工日期", "进度"]
for c, h in enumerate(h2, 1):
    ws.cell(3, c, h)
p24 = [
    ("花茂村茶园病虫害绿色防控项目", "花茂村股份经济合作社", 460000, 400000, 60000, 0, "遵义绿源植保科技有限公司", 438600, dt.date(2024, 3, 12), "已完工"),
    ("食用菌大棚二期（香菇）", "花茂村股份经济合作社", 1350000, 1000000, 200000, 150000, "遵义宏福菌业有限公司", 1296800, dt.date(2024, 2, 26), "已完工"),
    ("蓝莓基地滴灌改造", "贵州黔北果业有限公司", 288000, 200000, 48000, 40000, "贵州水之源节水灌溉工程有限公司", 279500, dt.date(2024, 4, 2), "已完工"),
    ("花茂村茶叶品牌包装及电商运营", "花茂村股份经济合作社", 150000, 100000, 50000, 0, None, None, dt.date(2024, 5, 20), "实施中"),
    ("精品水果分拣中心（二期）", "花茂村股份经济合作社", 720000, 600000, 120000, 0, "贵州鑫诚建筑工程有限公司", 698000, dt.date(2024, 6, 10), "实施中"),
    ("红岩组茶园机耕道", "花茂村股份经济合作社", 396000, 396000, 0, 0, "贵州恒远路桥工程有限公司", 389200, dt.date(2024, 7, 1), "实施中"),
    ("羊肚菌基地扩建", "播州区枫香镇青杠林种养殖专业合作社", 210000, 150000, 60000, 0, "播州区枫香镇青杠林种养殖专业合作社", 210000, dt.date(2024, 9, 15), "未开工"),
    ("花茂村农旅民宿改造", "花茂村股份经济合作社", 880000, 500000, 180000, 200000, "遵义市红花岗区筑梦建筑劳务有限公司", 865300, dt.date(2024, 8, 8), "实施中"),
]
r = 4
tt = [0, 0, 0, 0, 0]
for i, p in enumerate(p24, 1):
    name, body, total, fin, own, soc, winner, amt, start, prog = p
    vals = [i, name, body, total, fin, own, soc, winner, amt, start, prog]
    for c, v in enumerate(vals, 1):
        if v is not None:
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(v, int) and c >= 4:
                cell.number_format = "#,##0.00"
    f = {"name": name, "budget": float(total)}
    if winner:
        f["amount"] = float(amt)
        f["contractor"] = winner
    else:
        f["amount"] = None
        f["contractor"] = None
    add(F1, "2024年", r, "project", f, V1)
    for k, x in enumerate((total, fin, own, soc, amt or 0)):
        tt[k] += x
    r += 1
ws.cell(r, 2, "合计")
for k, col in enumerate((4, 5, 6, 7, 9)):
    ws.cell(r, col, tt[k])
nd(F1, "2024年", r, "合计")
r += 1
ws.cell(r, 1, "说明：“花茂村茶叶品牌包装及电商运营”项目由合作社自营，未发包。")
nd(F1, "2024年", r, "说明")

# statistics sheet: not a record kind
ws = wb.create_sheet("收益分配统计")
ws["A1"] = "花茂村股份经济合作社产业项目收益分配统计（2023年度）"
rows = [["项目类别", "经营收入(元)", "提取公积公益金", "股东分红", "分红户数"],
        ["茶叶", 612000, 183600, 306000, 412],
        ["食用菌", 385000, 115500, 192500, 412],
        ["精品水果", 276500, 82950, 138250, 412],
        ["合计", 1273500, 382050, 636750, None]]
for i, row in enumerate(rows, 2):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws.cell(i, c, v)
    if i > 2:
        nd(F1, "收益分配统计", i, "收益分配统计表（非记录）")
wb.save(OUT / F1)

# ---------------------------------------------------------------------------
# 2. 大坪村 一事一议 筹资筹劳 register (.xls, real BIFF via xlwt), 重庆 酉阳
# ---------------------------------------------------------------------------
F2 = "大坪村2023年一事一议筹资筹劳花名册.xls"
V2 = "大坪村"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("筹资筹劳登记")
title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
datest = xlwt.easyxf(num_format_str="yyyy-mm-dd")
money = xlwt.easyxf(num_format_str="#,##0.00")
sh.write_merge(0, 0, 0, 11, "酉阳县花田乡大坪村2023年一事一议筹资筹劳花名册", title)
sh.write_merge(1, 1, 0, 11, "项目名称：大坪村三组至六组连户路硬化    筹资标准：15元/人    筹劳标准：5个标准工日/劳动力")
H = ["序号", "组别", "户主姓名", "家庭人口", "筹资人数", "筹资金额(元)", "劳动力(人)", "投劳(工日)",
     "缴款日期", "收款人", "户主签字", "备注"]
for c, h in enumerate(H):
    sh.write(2, c, h)
sur = ["冉", "白", "田", "杨", "何", "彭", "石", "陈", "王", "龚", "黄", "罗"]
given = ["光明", "正华", "家顺", "永贵", "学文", "德林", "小琴", "长春", "仕芬", "明权", "世勇", "玉兰",
         "洪波", "远平", "再兴", "秀英", "国强", "绍军", "元菊", "应才", "成富", "桂香", "建平", "茂林",
         "开云", "朝福", "红梅", "治国", "泽友", "金秀", "昌林", "双喜", "天明", "德芬", "顺才", "春燕",
         "继红", "兴旺", "友志", "登高"]
names = []
seen = set()
for g in given:
    while True:
        nm = rnd.choice(sur) + g
        if nm not in seen:
            seen.add(nm)
            names.append(nm)
            break
collectors = {"三组": "冉茂华", "四组": "冉茂华", "五组": "白素珍", "六组": "白素珍"}
r = 3  # 0-based row index
k = 0
grand = [0, 0, 0, 0, 0]
for gi, grp in enumerate(["三组", "四组", "五组", "六组"]):
    sub = [0, 0, 0, 0, 0]
    for j in range(10):
        nm = names[k]
        k += 1
        pop = rnd.randint(2, 7)
        persons = pop - (1 if pop >= 5 and j % 3 == 0 else 0)  # students away not counted
        labor = min(pop, rnd.randint(1, 3))
        days = labor * 5
        amt = persons * 15
        exempt = (grp == "五组" and j == 4) or (grp == "六组" and j == 7)
        month = 3 + gi
        day = 3 + j * 2
        d = dt.date(2023, month, day)
        note = ""
        if exempt:
            persons, amt, days, labor = 0, 0, 0, 0
            note = "五保户，免筹" if grp == "五组" else "低保户，经村民代表会议同意减免"
            dcell = None
            d = None
        else:
            style = j % 4
            if style == 0:
                dcell = ("date", d)
            elif style == 1:
                dcell = ("text", f"{d.year}.{d.month}.{d.day}")
            elif style == 2:
                dcell = ("text", f"{d.month}月{d.day}日")
            else:
                dcell = ("text", f"{d.year}年{d.month}月{d.day}日")
        vals = [k, grp, nm, pop, persons, amt, labor, days]
        for c, v in enumerate(vals):
            if c == 5:
                sh.write(r, c, float(v), money)
            else:
                sh.write(r, c, v)
        if dcell:
            if dcell[0] == "date":
                sh.write(r, 8, dt.datetime(d.year, d.month, d.day), datest)
            else:
                sh.write(r, 8, dcell[1])
        sh.write(r, 9, collectors[grp] if not exempt else "")
        sh.write(r, 11, note)
        for i2, x in enumerate((pop, persons, amt, labor, days)):
            sub[i2] += x
        add(F2, "筹资筹劳登记", r + 1, "payment",
            {"date": iso(d), "amount": float(amt), "direction": "in", "counterparty": nm}, V2)
        r += 1
    sh.write(r, 1, grp + "小计")
    for i2, col in enumerate((3, 4, 5, 6, 7)):
        sh.write(r, col, float(sub[i2]) if col == 5 else sub[i2])
    nd(F2, "筹资筹劳登记", r + 1, "小计")
    for i2 in range(5):
        grand[i2] += sub[i2]
    r += 1
sh.write_merge(r, r, 0, 2, "合  计")
for i2, col in enumerate((3, 4, 5, 6, 7)):
    sh.write(r, col, float(grand[i2]) if col == 5 else grand[i2])
nd(F2, "筹资筹劳登记", r + 1, "合计")
r += 2
sh.write(r, 0, "注：筹资款由各组收款人收取后于当月交村报账员入账（记入“一事一议资金”科目），投劳按每工日80元折资。")
nd(F2, "筹资筹劳登记", r + 1, "注")
r += 1
sh.write(r, 0, "制表：冉茂华")
sh.write(r, 4, "村务监督委员会：田维忠")
sh.write(r, 8, "村委会（盖章）")
nd(F2, "筹资筹劳登记", r + 1, "签名")

sh2 = book.add_sheet("项目概况")
sh2.write_merge(0, 0, 0, 10, "大坪村一事一议项目概况表", title)
H2 = ["项目名称", "建设地点", "建设内容", "预算总投资(元)", "村民筹资(元)", "投劳折资(元)", "财政奖补(元)",
      "施工单位", "合同金额(元)", "开工日期", "竣工日期"]
for c, h in enumerate(H2):
    sh2.write(1, c, h)
total_cash = grand[2]
labor_val = grand[4] * 80
proj = ["大坪村三组至六组连户路硬化", "三组、四组、五组、六组", "硬化连户路3.2公里，宽2.5米，C25混凝土",
        386000.0, float(total_cash), float(labor_val), 260000.0, "酉阳县鑫达建筑劳务有限公司", 352600.0,
        "2023年5月8日", "2023年9月26日"]
for c, v in enumerate(proj):
    sh2.write(2, c, v, money if isinstance(v, float) else xlwt.Style.default_style)
add(F2, "项目概况", 3, "project", {"name": proj[0], "budget": 386000.0, "amount": 352600.0,
                                    "contractor": "酉阳县鑫达建筑劳务有限公司"}, V2)
sh2.write(4, 0, "填表人：冉茂华        审核：大坪村村民委员会")
nd(F2, "项目概况", 5, "签名")
book.save(str(OUT / F2))

# ---------------------------------------------------------------------------
# 3. 枫香镇 村级公益事业 财政奖补 project table (.xlsx), several villages
# ---------------------------------------------------------------------------
F3 = "枫香镇村级公益事业建设财政奖补项目表.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023年度"
ws["A1"] = "播州区枫香镇2023年度村级公益事业建设一事一议财政奖补项目表"
ws.merge_cells("A1:P1")
ws["A2"] = "填报单位：枫香镇农业服务中心"
ws["N2"] = "金额单位：万元（合同金额为元）"
top = ["序号", "村(社区)", "项目名称", "项目类别", "建设内容", "预算投资", "资金来源", None, None, None, None,
       "施工单位", "合同金额(元)", "村民代表会议时间", "开工时间", "竣工时间"]
for c, h in enumerate(top, 1):
    if h:
        ws.cell(3, c, h)
ws.merge_cells("G3:K3")
for c, h in zip(range(7, 12), ("财政奖补", "村民筹资", "投劳折资", "村集体投入", "社会捐赠")):
    ws.cell(4, c, h)
for col in "ABCDEFLMNOP":
    ws.merge_cells(f"{col}3:{col}4")
p23 = [
    ("花茂村", "花茂村田坎组通组路硬化", "村内道路", "硬化1.8公里，宽4.5米", 68.5, 45, 3.2, 4.8, 15.5, 0, "贵州恒远路桥工程有限公司", 652300, "2023年3月2日", "2023.4.10", "2023.7.25"),
    ("花茂村", "花茂村大堰组人饮池改造", "村内小型水利设施", "新建200立方米蓄水池1口", 18.6, 12, 1.1, 2.0, 3.5, 0, "遵义市播州区建兴水利工程有限公司", 176800, "2023年3月2日", "2023.4.20", "2023.6.18"),
    ("苟坝村", "苟坝村马鬃岭组串户路", "村内道路", "串户路2.3公里", 32.0, 20, 2.4, 3.6, 6.0, 0, "贵州鑫诚建筑工程有限公司", "壹拾贰万捌仟元整", "2023年2月26日", "2023.3.15", "2023.5.30"),
    ("苟坝村", "苟坝村会议会址周边亮化", "村容美化亮化", "安装太阳能路灯86盏", 25.8, 18, 1.2, 0, 4.6, 2.0, "遵义光耀照明工程有限公司", 247000, "2023年2月26日", "2023.6.1", "2023.7.10"),
    ("苟坝村", "苟坝村垃圾收集点建设", "环卫设施", "垃圾收集房12处", 9.6, 6, 0.8, 1.0, 1.8, 0, "遵义市播州区建兴水利工程有限公司", 94200, "2023年2月26日", "2023.7.5", "2023.8.20"),
    ("青坑村", "青坑村石板组河堤加固", "村内小型水利设施", "河堤加固420米", 48.0, 30, 2.0, 4.0, 12.0, 0, "贵州鑫诚建筑工程有限公司", 468500, "2023年4月3日", "2023.5.6", "2023.9.12"),
    ("青坑村", "青坑村公共活动场所", "其他", "文化广场800平方米", 36.5, 22, 1.5, 3.0, 5.0, 5.0, None, None, "2023年4月3日", "", "", ),
    ("平安村", "平安村院坝硬化", "村容美化亮化", "院坝硬化3600平方米", 21.6, 14, 2.6, 2.0, 3.0, 0, "遵义市红花岗区筑梦建筑劳务有限公司", 209900, "2023年5月12日", "2023.6.5", "2023.8.1"),
    ("平安村", "平安村小水窖建设", "村内小型水利设施", "小水窖30口", 15.0, 10, 1.5, 1.5, 2.0, 0, "遵义市播州区建兴水利工程有限公司", 148600, "2023年5月12日", "2023.9.1", "2023.11.15"),
    ("平安村", "平安村组组通道路安防", "村内道路", "安装波形护栏1.6公里", 39.2, 25, 0, 0, 14.2, 0, "贵州恒远路桥工程有限公司", 386400, "2023年5月12日", "2023.10.8", "2023.12.20"),
]
r = 5
vstart = {}
sums = [0.0] * 6
for i, p in enumerate(p23, 1):
    vill, name, typ, scope, bud, fz, cz, tl, jt, jz, who, amt, meet, s, e = p
    first = vill not in vstart
    if first:
        vstart[vill] = r
    vals = [i, vill if first else None, name, typ, scope, bud, fz, cz, tl, jt, jz, who, amt, meet, s, e]
    for c, v in enumerate(vals, 1):
        if v is not None and v != "":
            ws.cell(r, c, v)
    for k2, x in enumerate((bud, fz, cz, tl, jt, jz)):
        sums[k2] += x
    f = {"name": name, "budget": round(bud * 10000, 2)}
    if who:
        f["amount"] = 128000.0 if isinstance(amt, str) else float(amt)
        f["contractor"] = who
    else:
        f["amount"] = None
        f["contractor"] = None
    add(F3, "2023年度", r, "project", f, vill)
    r += 1
# merge village cells (body merges)
last = {}
for i, p in enumerate(p23):
    last[p[0]] = 5 + i
for v, s0 in vstart.items():
    if last[v] > s0:
        ws.merge_cells(f"B{s0}:B{last[v]}")
ws.cell(r, 1, "合计")
ws.merge_cells(f"A{r}:E{r}")
for k2, x in enumerate(sums):
    ws.cell(r, 6 + k2, round(x, 2))
nd(F3, "2023年度", r, "合计")
r += 1
ws.cell(r, 1, "注：青坑村公共活动场所项目因选址调整暂缓实施，未确定施工单位。")
nd(F3, "2023年度", r, "注")
r += 1
ws.cell(r, 1, "制表人：赵丽")
ws.cell(r, 6, "分管领导：刘德明")
nd(F3, "2023年度", r, "签名")

ws = wb.create_sheet("2024年度")
ws["A1"] = "播州区枫香镇2024年度村级公益事业财政奖补项目表"
ws.merge_cells("A1:J1")
ws["A2"] = "单位：元"
h4 = ["序号", "村(社区)", "项目名称", "项目类别", "预算投资", "财政奖补资金", "施工单位", "中标价", "决策日期", "验收情况"]
for c, h in enumerate(h4, 1):
    ws.cell(3, c, h)
p24b = [
    ("花茂村", "花茂村陶家坝组排水沟", "村内小型水利设施", "¥156,000.00", "¥100,000.00", "遵义市播州区建兴水利工程有限公司", "¥149,800.00", "2024/3/8", "已验收"),
    ("花茂村", "花茂村红岩组路灯安装", "村容美化亮化", "¥98,000.00", "¥60,000.00", "遵义光耀照明工程有限公司", "¥95,600.00", "2024/3/8", "已验收"),
    ("苟坝村", "苟坝村水井湾组产业便道", "村内道路", "¥286,000.00", "¥200,000.00", "贵州恒远路桥工程有限公司", "¥279,000.00", "2024/2/27", "已验收"),
    ("苟坝村", "苟坝村公厕改造", "环卫设施", "¥64,000.00", "¥40,000.00", "贵州鑫诚建筑工程有限公司", "¥62,500.00", "2024/2/27", "未验收"),
    ("青坑村", "青坑村公共活动场所（续建）", "其他", "¥365,000.00", "¥220,000.00", "贵州鑫诚建筑工程有限公司", "¥358,800.00", "2024/4/16", "未验收"),
    ("青坑村", "青坑村石板组护栏", "村内道路", "¥45,000.00", "¥30,000.00", "贵州恒远路桥工程有限公司", "¥44,200.00", "2024/4/16", "已验收"),
    ("平安村", "平安村垃圾转运设施", "环卫设施", "¥120,000.00", "¥80,000.00", "遵义市红花岗区筑梦建筑劳务有限公司", "¥118,000.00", "2024/5/20", "已验收"),
    ("平安村", "平安村山坪塘整治", "村内小型水利设施", "¥210,000.00", "¥150,000.00", "遵义市播州区建兴水利工程有限公司", "¥99,800.00", "2024/5/20", "已验收"),
]


def yuan(s):
    return float(s.replace("¥", "").replace(",", ""))


r = 4
for i, p in enumerate(p24b, 1):
    vill, name, typ, bud, fin, who, amt, dec, acc = p
    for c, v in enumerate([i, vill, name, typ, bud, fin, who, amt, dec, acc], 1):
        ws.cell(r, c, v)
    add(F3, "2024年度", r, "project",
        {"name": name, "budget": yuan(bud), "amount": yuan(amt), "contractor": who}, vill)
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 5, "¥1,344,000.00")
ws.cell(r, 6, "¥880,000.00")
ws.cell(r, 8, "¥1,207,700.00")
nd(F3, "2024年度", r, "合计")
r += 2
ws.cell(r, 1, "说明：平安村山坪塘整治分两期实施，本表为一期。")
nd(F3, "2024年度", r, "说明")
wb.save(OUT / F3)

# ---------------------------------------------------------------------------
# 4. 桃坪村 记账凭证汇总 (三资平台 export, GBK csv)
# ---------------------------------------------------------------------------
F4 = "桃坪村股份经济合作社2023年1-6月记账凭证汇总.csv"
S4 = F4[:-4]
V4 = "桃坪村"
lines = []
lines.append(["核算单位：播州区枫香镇桃坪村股份经济合作社", "", "", "", "", "", "", "", ""])
lines.append(["会计期间：2023年01月至2023年06月", "", "", "", "", "", "", "", "单位：元"])
lines.append(["凭证日期", "凭证字号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额", "往来单位", "附件数"])
CASH = ("101", "库存现金")
BANK = ("10201", "银行存款-播州农商银行枫香支行")
# voucher: (date, summary, counterparty, [(code, name, debit, credit), ...], attachments)
V = [
    ("2023-01-06", "收到播州区财政局2023年第一批衔接资金", "播州区财政局", [(BANK, 300000, 0), (("522", "补助收入"), 0, 300000)], 2),
    ("2023-01-12", "付贵州恒远路桥工程有限公司产业路工程进度款", "贵州恒远路桥工程有限公司", [(("154", "在建工程-产业路"), 180000, 0), (BANK, 0, 180000)], 4),
    ("2023-01-18", "提取备用金", None, [(CASH, 5000, 0), (BANK, 0, 5000)], 1),
    ("2023-01-20", "付村干部误工补贴 陈光荣", "陈光荣", [(("54103", "管理费用-误工补贴"), 1200, 0), (CASH, 0, 1200)], 2),
    ("2023-01-31", "收取杨家湾鱼塘承包金", "杨德贵", [(BANK, 18000, 0), (("511", "发包及上交收入"), 0, 18000)], 1),
    ("2023-02-08", "购办公用品", "播州区枫香镇兴隆文具店", [(("54101", "管理费用-办公费"), 860, 0), (CASH, 0, 860)], 1),
    ("2023-02-15", "收到遵义宏福菌业有限公司大棚租金", "遵义宏福菌业有限公司", [(BANK, 96000, 0), (("50102", "经营收入-租赁收入"), 0, 96000)], 2),
    ("2023-02-22", "付贵州黔茗农业开发有限公司茶苗款", "贵州黔茗农业开发有限公司", [(("154", "在建工程-茶园提质"), 85600, 0), (BANK, 0, 85600)], 3),
    ("2023-02-28", "付2月电费", "国网贵州省电力公司遵义供电局", [(("54104", "管理费用-水电费"), 436.5, 0), (BANK, 0, 436.5)], 1),
    ("2023-03-03", "收到东西部协作帮扶资金（食用菌项目）", "遵义市播州区乡村振兴局", [(BANK, 150000, 0), (("522", "补助收入"), 0, 150000)], 1),
    ("2023-03-10", "付遵义宏福菌业有限公司菌棒款", "遵义宏福菌业有限公司", [(("50201", "经营支出-食用菌"), 64500, 0), (BANK, 0, 64500)], 2),
    ("2023-03-16", "付临时用工工资（茶园除草）", "王世芬等12人", [(("50202", "经营支出-茶叶"), 7800, 0), (CASH, 0, 3000), (BANK, 0, 4800)], 3),
    ("2023-03-25", "收取茶叶销售款", "贵州湄潭兰馨茶业有限公司", [(BANK, 42680, 0), (("50101", "经营收入-茶叶销售"), 0, 42680)], 2),
    ("2023-03-31", "付3月电费", "国网贵州省电力公司遵义供电局", [(("54104", "管理费用-水电费"), 512.8, 0), (BANK, 0, 512.8)], 1),
    ("2023-04-06", "付贵州恒远路桥工程有限公司产业路工程尾款", "贵州恒远路桥工程有限公司", [(("154", "在建工程-产业路"), 98500, 0), (BANK, 0, 98500)], 3),
    ("2023-04-12", "收取村民一事一议筹资款（二组）", "桃坪村二组", [(CASH, 1260, 0), (("231", "一事一议资金"), 0, 1260)], 1),
    ("2023-04-12", "收取林地承包费", None, [(BANK, 12000, 0), (BANK, 8500, 0), (("511", "发包及上交收入"), 0, 20500)], 2),
    ("2023-04-20", "付村务公开栏制作费", "遵义市播州区彩虹广告部", [(("54101", "管理费用-办公费"), 2800, 0), (BANK, 0, 2800)], 1),
    ("2023-04-28", "付陈光荣差旅费", "陈光荣", [(("54102", "管理费用-差旅费"), 356, 0), (CASH, 0, 356)], 3),
    ("2023-05-09", "付贵州黔北果业有限公司蓝莓苗款", "贵州黔北果业有限公司", [(("154", "在建工程-蓝莓基地"), 99600, 0), (BANK, 0, 99600)], 2),
    ("2023-05-15", "收到银行存款利息", None, [(BANK, 213.46, 0), (("531", "其他收入"), 0, 213.46)], 1),
    ("2023-05-23", "付遵义市播州区建兴水利工程有限公司人饮池工程款", "遵义市播州区建兴水利工程有限公司", [(("154", "在建工程-人饮池"), 49800, 0), (BANK, 0, 49800)], 2),
    ("2023-05-31", "付5月电费", "国网贵州省电力公司遵义供电局", [(("54104", "管理费用-水电费"), 498.2, 0), (BANK, 0, 498.2)], 1),
    ("2023-06-05", "收取茶叶销售款", "贵州湄潭兰馨茶业有限公司", [(BANK, 58320, 0), (("50101", "经营收入-茶叶销售"), 0, 58320)], 2),
    ("2023-06-13", "付遵义市播州区建兴水利工程有限公司人饮池工程款", "遵义市播州区建兴水利工程有限公司", [(("154", "在建工程-人饮池"), 49800, 0), (BANK, 0, 49800)], 2),
    ("2023-06-20", "付招待费", "枫香镇花茂农家乐", [(("54105", "管理费用-招待费"), 1680, 0), (CASH, 0, 1680)], 0),
    ("2023-06-28", "股东分红", "桃坪村股东（412户）", [(("571", "收益分配-应付股利"), 206000, 0), (BANK, 0, 206000)], 5),
]
cp_extra = {(16, 0): "张光海", (16, 1): "冉启明"}  # 林地承包费, two lessees on two bank lines
vno = 0
month = None
mon_d = mon_c = 0.0
yr_d = yr_c = 0.0
TEXT_BANKS = {CASH[0], BANK[0]}


def fmt(x):
    return f"{x:,.2f}" if x else ""


for vi, (date, summ, cp, entries, att) in enumerate(V):
    m = int(date[5:7])
    if month is not None and m != month:
        lines.append(["", "", "本月合计", "", "", fmt(mon_d), fmt(mon_c), "", ""])
        nd(F4, S4, len(lines), "本月合计")
        lines.append(["", "", "本年累计", "", "", fmt(yr_d), fmt(yr_c), "", ""])
        nd(F4, S4, len(lines), "本年累计")
        mon_d = mon_c = 0.0
    month = m
    vno += 1
    vword = f"记-{vno:04d}"
    bank_i = 0
    for ei, (acct, d, c) in enumerate(entries):
        code, aname = acct
        rowcp = cp
        if vi == 16 and code in TEXT_BANKS:
            rowcp = cp_extra[(16, bank_i)]
        lines.append([date, vword, summ if ei == 0 or code in TEXT_BANKS else summ, code, aname, fmt(d), fmt(c), rowcp or "", str(att) if ei == 0 else ""])
        ln = len(lines)
        if code in TEXT_BANKS:
            if vi == 16:
                bank_i += 1
            add(F4, S4, ln, "payment", {"date": date, "amount": float(d or c),
                                        "direction": "in" if d else "out",
                                        "counterparty": rowcp}, V4)
        else:
            nd(F4, S4, ln, "凭证对方科目分录（同一笔资金的另一方，不是单独的收付）")
        mon_d += d
        mon_c += c
        yr_d += d
        yr_c += c
lines.append(["", "", "本月合计", "", "", fmt(mon_d), fmt(mon_c), "", ""])
nd(F4, S4, len(lines), "本月合计")
lines.append(["", "", "本年累计", "", "", fmt(yr_d), fmt(yr_c), "", ""])
nd(F4, S4, len(lines), "本年累计")
lines.append(["制单：李海燕", "", "审核：周志明", "", "记账：李海燕", "", "", "", ""])
nd(F4, S4, len(lines), "签名")
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(lines)
(OUT / F4).write_bytes(buf.getvalue().encode("gbk"))

# ---------------------------------------------------------------------------
# 5. 联村党委 / 村两委 班子 list (.xlsx)
# ---------------------------------------------------------------------------
F5 = "花茂联村党委及村两委班子成员名单.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "联村党委"
ws["A1"] = "中共播州区枫香镇花茂联村委员会班子成员名单"
ws.merge_cells("A1:I1")
h5 = ["序号", "姓名", "性别", "出生年月", "所在单位", "职务", "分管工作", "联系电话", "备注"]
for c, h in enumerate(h5, 1):
    ws.cell(2, c, h)
lc = [
    ("刘德明", "男", "1979.06", "枫香镇人民政府", "联村党委书记", "全面工作", "13908520137", "镇党委委员兼任"),
    ("潘克刚", "男", "1972.11", "花茂村", "联村党委副书记", "产业发展、茶叶基地", "13984210662", ""),
    ("陈光荣", "男", "1975.03", "桃坪村", "联村党委副书记", "组织、宣传、食用菌产业", "13595263318", ""),
    ("罗先琴", "女", "1986.09", "花茂村", "联村党委委员", "妇联、计生、民生保障", "15185290741", ""),
    ("王学兵", "男", "1981.01", "苟坝村", "联村党委委员", "纪检、村务监督", "13638013952", "兼联村纪委书记"),
    ("周志明", "男", "1969.08", "桃坪村", "联村党委委员", "财务、三资管理", "13885251606", ""),
    ("杨晓梅", "女", "1990.12", "青坑村", "联村党委委员", "精品水果产业、电商", "18708520412", ""),
    ("赵开富", "男", "1966.05", "苟坝村", "联村党委委员", "安全生产、信访维稳", "13087846270", ""),
    ("吴国伦", "男", "1978.02", "青坑村", "联村党委委员", "基础设施、一事一议项目", "13511886093", ""),
]
for i, p in enumerate(lc, 1):
    r = 2 + i
    nm, sex, born, unit, pos, duty, tel, note = p
    for c, v in enumerate([i, nm, sex, born, unit, pos, duty, tel, note], 1):
        if v:
            ws.cell(r, c, v)
    add(F5, "联村党委", r, "cadre", {"name": nm, "position": pos}, unit if unit.endswith("村") else None)
r = 3 + len(lc)
ws.cell(r, 1, "注：联村党委下辖花茂村、苟坝村、青坑村、桃坪村4个村党支部。")
nd(F5, "联村党委", r, "注")

vc = {
    "花茂村": [
        ("潘克刚", "男", "1972.11", "村党支部书记、村委会主任", "全面工作", "2021.1"),
        ("罗先琴", "女", "1986.09", "村党支部副书记", "党建、妇联、民生", "2021.1"),
        ("陶永贵", "男", "1977.04", "村委会副主任", "产业发展、茶叶基地", "2021.1"),
        ("田应才", "男", "1983.07", "村委会委员", "基础设施、项目建设", "2021.1"),
        ("陈丽娟", "女", "1992.03", "村委会委员、报账员", "财务、三资台账", "2021.1"),
        ("吴世勇", "男", "1968.10", "村务监督委员会主任", "村务监督", "2021.1"),
        ("罗远平", "男", "1980.12", "村股份经济合作社理事长", "合作社经营", "2022.3"),
    ],
    "苟坝村": [
        ("王学兵", "男", "1981.01", "村党总支书记", "全面工作", "2021.1"),
        ("赵开富", "男", "1966.05", "村委会主任", "安全生产、信访维稳", "2021.1"),
        ("何玉兰", "女", "1988.06", "村委会副主任", "妇联、民政", "2021.1"),
        ("赵洪波", "男", "1985.09", "村委会委员", "产业、一事一议项目", "2021.1"),
        ("杨金秀", "女", "1991.02", "村委会委员、会计", "财务、三资管理", "2021.1"),
        ("石成富", "男", "1963.11", "村务监督委员会主任", "村务监督", "2021.1"),
        ("龚德林", "男", "1974.08", "村民小组长（马鬃岭组）", "组务", "2021.1"),
    ],
    "青坑村": [
        ("吴国伦", "男", "1978.02", "村党支部书记、村委会主任", "全面工作", "2021.1"),
        ("杨晓梅", "女", "1990.12", "村党支部委员", "精品水果产业、电商", "2021.1"),
        ("吴治国", "男", "1982.05", "村委会副主任", "基础设施、河道管护", "2021.1"),
        ("黄春燕", "女", "1993.08", "村委会委员、报账员", "财务", "2021.1"),
        ("彭天明", "男", "1976.03", "村委会委员", "林业、护林防火", "2021.1"),
        ("冉绍军", "男", "1965.07", "村务监督委员会主任", "村务监督", "2021.1"),
        ("吴泽友", "男", "1970.09", "村务监督委员会委员", "村务监督", "2021.1"),
    ],
}
for vill, people in vc.items():
    ws = wb.create_sheet(f"{vill}两委")
    ws["A1"] = f"{vill}“两委”班子成员及分工一览表"
    ws.merge_cells("A1:H1")
    ws["A2"] = "（2021年换届后，2024年3月更新）"
    h6 = ["序号", "姓名", "性别", "出生年月", "职务", "分管工作", "任职时间", "联系电话"]
    for c, h in enumerate(h6, 1):
        ws.cell(3, c, h)
    for i, p in enumerate(people, 1):
        r = 3 + i
        nm, sex, born, pos, duty, since = p
        tel = "1" + str(rnd.randint(3, 8)) + "".join(str(rnd.randint(0, 9)) for _ in range(9))
        for c, v in enumerate([i, nm, sex, born, pos, duty, since, tel], 1):
            ws.cell(r, c, v)
        add(F5, f"{vill}两委", r, "cadre", {"name": nm, "position": pos}, vill)
    r = 4 + len(people)
    ws.cell(r, 1, "填报人：")
    ws.cell(r, 2, "罗先琴" if vill == "花茂村" else ("杨金秀" if vill == "苟坝村" else "黄春燕"))
    ws.cell(r, 5, "村党组织（盖章）")
    nd(F5, f"{vill}两委", r, "签名")

ws = wb.create_sheet("班子结构统计")
ws["A1"] = "班子结构统计"
stat = [["村", "两委人数", "女性", "35岁以下", "大专及以上", "一肩挑"],
        ["花茂村", 7, 2, 1, 3, "是"], ["苟坝村", 7, 2, 1, 2, "否"], ["青坑村", 7, 2, 2, 2, "是"],
        ["合计", 21, 6, 4, 7, ""]]
for i, row in enumerate(stat, 2):
    for c, v in enumerate(row, 1):
        if v != "":
            ws.cell(i, c, v)
    if i > 2:
        nd(F5, "班子结构统计", i, "统计表（非记录）")
wb.save(OUT / F5)

if True:  # truth.json is generated beside the files (the scorer rebuilds it from here)
    (HERE / "truth.json").write_text(json.dumps({"rows": ROWS, "non_data": NON}, ensure_ascii=False, indent=1),
                                     encoding="utf-8")
print(len(ROWS), "data rows;", len(NON), "non-data rows")
