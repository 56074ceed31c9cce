#!/usr/bin/env python3
"""Blind test set 39: 巩固衔接资金 project money in 甘肃/宁夏/贵州/湖北/江西.

Writes files/ and truth.json next to this script. Deterministic (fixed seed).
"""
import csv
import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
import xlwt

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FILES.mkdir(exist_ok=True)
for p in FILES.iterdir():
    p.unlink()

R = random.Random(39)
ROWS = []
NON = []


def yuan_from_wan(w):
    return round(w * 10000, 2)


def truth(file, sheet, row, kind, fields, village=None):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.strftime("%Y-%m-%d")


def fmt_date(d, style):
    if style == 0:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 2:
        return d.strftime("%Y%m%d")
    if style == 3:
        return f"{d.year}/{d.month}/{d.day}"
    return d.strftime("%Y-%m-%d")


# ---------------------------------------------------------------------------
# F1  甘肃 临夏县 巩固衔接资金项目实施台账 + 2024年项目库  (.xlsx)
# ---------------------------------------------------------------------------
F1 = "临夏县2023年巩固衔接资金项目实施台账.xlsx"
gs_companies = [
    "临夏州宏鑫建筑工程有限公司", "甘肃恒达路桥建设有限公司",
    "临夏县鑫源水利水电工程有限责任公司", "甘肃陇原建设工程有限公司",
    "临夏州金穗农业设施有限公司", "甘肃华瑞建筑安装工程有限公司",
]
gs_towns = {
    "尹集镇": ["新庄村", "大庄村", "红台村", "尹集村"],
    "土桥镇": ["土桥村", "方家村", "王家沟村"],
    "韩集镇": ["阳洼山村", "双城村", "韩集村", "河西村"],
}
proj_types = [
    ("产业路硬化项目", "硬化产业路{n}公里，宽4.5米，C25混凝土"),
    ("牛羊养殖暖棚建设项目", "新建标准化养殖暖棚{n}座"),
    ("饮水安全巩固提升工程", "更换入户管网{n}公里，新建蓄水池1座"),
    ("排洪渠建设项目", "新建排洪渠{n}米"),
    ("人居环境整治项目", "村庄道路绿化{n}米，新建垃圾收集点"),
    ("冷链仓储设施建设项目", "新建冷库{n}立方米"),
    ("高效日光温室建设项目", "新建日光温室{n}座"),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "项目实施台账"
S = ws.title
ws["A1"] = "临夏县2023年巩固拓展脱贫攻坚成果和乡村振兴项目（衔接资金）实施台账"
ws.merge_cells("A1:P1")
ws["A1"].font = Font(size=16, bold=True)
ws["A2"] = "填报单位：临夏县乡村振兴局（盖章）"
ws["N2"] = "单位：万元"
heads1 = ["序号", "乡镇", "村", "项目名称", "建设内容", "批复文号", "总投资",
          "资金来源", None, "实施单位", "中标单位", "中标金额", "时间", None,
          "验收日期", "备注"]
heads2 = [None] * 7 + ["财政衔接资金", "自筹"] + [None] * 3 + ["开工日期", "完工日期", None, None]
for c, h in enumerate(heads1, 1):
    if h:
        ws.cell(3, c, h)
for c, h in enumerate(heads2, 1):
    if h:
        ws.cell(4, c, h)
for c in range(1, 17):
    if heads1[c - 1] and heads2[c - 1] is None and c not in (8, 13):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.merge_cells("H3:I3")
ws.merge_cells("M3:N3")
r = 5
seq = 0
grand = [0.0, 0.0, 0.0, 0.0]
n_in_town = {"尹集镇": 10, "土桥镇": 8, "韩集镇": 10}
for town, villages in gs_towns.items():
    sub = [0.0, 0.0, 0.0, 0.0]
    for i in range(n_in_town[town]):
        seq += 1
        vil = villages[i % len(villages)]
        pt, content = proj_types[(seq * 3) % len(proj_types)]
        name = f"{town}{vil}{pt}"
        total = round(R.uniform(30, 260), 4)
        own = round(total * R.choice([0, 0, 0.05, 0.1]), 4)
        fin = round(total - own, 4)
        status = R.random()
        tendered = not (seq % 7 == 0)
        if tendered:
            comp = gs_companies[(seq * 5) % len(gs_companies)]
            bid = round(total * R.uniform(0.88, 0.985), 4)
        else:
            comp = None
            bid = None
        start = dt.date(2023, R.randint(3, 7), R.randint(1, 28))
        end = start + dt.timedelta(days=R.randint(40, 150))
        acc = end + dt.timedelta(days=R.randint(5, 40)) if status > 0.3 else None
        row = [seq, town, vil, name, content.format(n=R.randint(2, 30)),
               f"临县乡振发〔2023〕{R.randint(3, 60)}号", total, fin, own if own else None,
               f"{town}人民政府", comp, bid]
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
                if isinstance(v, float):
                    ws.cell(r, c).number_format = "0.0000"
        if not tendered:
            ws.cell(r, 16, "村集体组织实施，以工代赈方式")
            ws.cell(r, 13, "未开工")
        else:
            st = seq % 4
            if st == 0:
                ws.cell(r, 13, start)
                ws.cell(r, 13).number_format = "yyyy-mm-dd"
                ws.cell(r, 14, end)
                ws.cell(r, 14).number_format = "yyyy-mm-dd"
            else:
                ws.cell(r, 13, fmt_date(start, st - 1))
                ws.cell(r, 14, fmt_date(end, st - 1) if acc else "在建")
            if acc:
                ws.cell(r, 15, fmt_date(acc, (seq + 1) % 5))
        f = {"name": name, "contractor": comp}
        if bid is not None:
            f["amount"] = yuan_from_wan(bid)
        else:
            f["budget"] = yuan_from_wan(total)
        truth(F1, S, r, "project", f, vil)
        sub[0] += total
        sub[1] += fin
        sub[2] += own
        sub[3] += bid or 0
        r += 1
    ws.cell(r, 1, f"{town}小计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for c, v in zip((7, 8, 9, 12), sub):
        ws.cell(r, c, round(v, 4)).number_format = "0.0000"
    non(F1, S, r, f"{town}小计")
    grand = [a + b for a, b in zip(grand, sub)]
    r += 1
ws.cell(r, 1, "合计")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
for c, v in zip((7, 8, 9, 12), grand):
    ws.cell(r, c, round(v, 4)).number_format = "0.0000"
non(F1, S, r, "合计")
r += 2
ws.cell(r, 1, "注：1.总投资、资金来源、中标金额单位均为万元；2.未招标项目由村集体以以工代赈方式组织实施。")
non(F1, S, r, "注")
r += 1
ws.cell(r, 1, "制表人：马文君")
ws.cell(r, 6, "审核人：何振东")
ws.cell(r, 11, "填报日期：2024年1月5日")
non(F1, S, r, "签字")

# sheet 2: 2024年项目库 (储备项目, budget only)
ws2 = wb.create_sheet("2024年项目库")
S2 = ws2.title
ws2["A1"] = "临夏县2024年巩固拓展脱贫攻坚成果和乡村振兴项目库（入库项目）"
ws2.merge_cells("A1:L1")
ws2["K2"] = "金额单位：万元"
h1 = ["序号", "项目名称", "项目类型", "建设地点", "建设内容及规模", "总投资",
      "资金来源", None, None, "绩效目标", "联农带农机制", "责任单位"]
h2 = [None] * 6 + ["财政衔接资金", "其他财政资金", "群众自筹"] + [None] * 3
for c, h in enumerate(h1, 1):
    if h:
        ws2.cell(3, c, h)
        if c not in (7,):
            ws2.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
for c, h in enumerate(h2, 1):
    if h:
        ws2.cell(4, c, h)
ws2.merge_cells("G3:I3")
r = 5
kinds2 = [("产业发展", "特色种植基地建设项目", "新建花椒种植基地{n}亩"),
          ("乡村建设", "村组道路硬化项目", "硬化村组道路{n}公里"),
          ("产业发展", "肉牛养殖合作社扶持项目", "购置基础母牛{n}头"),
          ("乡村建设", "农村供水管网改造项目", "改造供水管网{n}公里"),
          ("就业项目", "乡村公益性岗位项目", "开发公益性岗位{n}个")]
seq = 0
for town, villages in gs_towns.items():
    for vil in villages[:5]:
        seq += 1
        if seq > 11:
            break
        typ, nm, content = kinds2[seq % len(kinds2)]
        name = f"{vil}{nm}"
        total = round(R.uniform(15, 180), 4)
        other = round(total * 0.2, 4) if seq % 3 == 0 else None
        own = round(total * 0.05, 4) if seq % 4 == 0 else None
        fin = round(total - (other or 0) - (own or 0), 4)
        vals = [seq, name, typ, f"{town}{vil}", content.format(n=R.randint(5, 300)),
                total, fin, other, own, "带动脱贫户(监测户)增收",
                "务工带动、资产收益", f"{town}人民政府"]
        for c, v in enumerate(vals, 1):
            if v is not None:
                ws2.cell(r, c, v)
        truth(F1, S2, r, "project", {"name": name, "budget": yuan_from_wan(total),
                                     "contractor": None}, vil)
        r += 1
# blank row then 3 more county-level projects without village
r += 1
for nm, total in [("临夏县2024年雨露计划职业教育补助项目", 86.5),
                  ("临夏县2024年脱贫人口跨省务工一次性交通补助项目", 42.36),
                  ("临夏县2024年小额信贷贴息项目", 312.8877)]:
    seq += 1
    vals = [seq, nm, "就业项目" if "务工" in nm else "其他", "全县", "按政策标准补助",
            total, total, None, None, "减轻脱贫户负担", "直接补助", "临夏县乡村振兴局"]
    for c, v in enumerate(vals, 1):
        if v is not None:
            ws2.cell(r, c, v)
    truth(F1, S2, r, "project", {"name": nm, "budget": yuan_from_wan(total),
                                 "contractor": None})
    r += 1
ws2.cell(r, 1, "合计")
ws2.cell(r, 6, f"=SUM(F5:F{r-1})")
non(F1, S2, r, "合计")

ws3 = wb.create_sheet("填报说明")
notes = ["填报说明：", "1.本表所列项目须经县级项目库入库论证；",
         "2.资金来源按财政衔接资金、其他财政资金、群众自筹分列；",
         "3.项目类型按产业发展、就业项目、乡村建设、易地搬迁后扶、其他填报。"]
for i, t in enumerate(notes, 1):
    ws3.cell(i, 1, t)
    non(F1, "填报说明", i, "说明")
wb.save(FILES / F1)

# ---------------------------------------------------------------------------
# F2  宁夏 西吉县 以工代赈 劳务报酬发放表 (real BIFF .xls)
# ---------------------------------------------------------------------------
F2 = "西吉县将台堡镇2023年以工代赈劳务报酬发放表.xls"
sur = ["马", "王", "李", "杨", "何", "苏", "田", "海", "虎", "白", "张", "冯", "赵", "韩"]
given = ["国强", "秀兰", "进财", "玉梅", "福成", "海龙", "春花", "志明", "有福", "桂英",
         "学军", "建华", "小军", "金花", "德明", "永胜", "风琴", "生荣", "占山", "彦虎",
         "文斌", "明花", "耀武", "成林"]
used = set()


def person():
    while True:
        n = R.choice(sur) + R.choice(given)
        if n not in used:
            used.add(n)
            return n


book = xlwt.Workbook(encoding="utf-8")
date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
money_style = xlwt.easyxf(num_format_str="#,##0.00")
title_style = xlwt.easyxf("font: bold on, height 320; align: horiz center")

# sheet 毛沟村: one-row header, 领取日期 per row
sh = book.add_sheet("毛沟村")
SN = "毛沟村"
sh.write_merge(0, 0, 0, 11, "西吉县将台堡镇毛沟村2023年以工代赈示范工程劳务报酬发放表", title_style)
sh.write_merge(1, 1, 0, 7, "项目名称：毛沟村高标准农田配套设施建设以工代赈项目")
sh.write(1, 10, "单位：元")
hdr = ["序号", "姓名", "身份证号码", "是否脱贫户", "出工天数", "日工资标准",
       "应发金额", "代扣意外险", "实发金额", "领取日期", "领取人签字", "备注"]
for c, h in enumerate(hdr):
    sh.write(2, c, h)
xr = 3  # 0-based -> excel row xr+1
tot_ying = tot_shi = 0.0
for i in range(22):
    name = person()
    days = R.randint(8, 45)
    rate = R.choice([150, 160, 180, 200])
    ying = days * rate
    kou = 20 if i % 5 == 2 else 0
    shi = ying - kou
    d = dt.date(2023, 7, 15) if i < 12 else dt.date(2023, 8, R.choice([20, 21, 22]))
    sh.write(xr, 0, i + 1)
    sh.write(xr, 1, name)
    sh.write(xr, 2, f"6422{R.randint(21, 29)}19{R.randint(55, 99)}****{R.randint(1000, 9999)}")
    sh.write(xr, 3, "是" if i % 3 else "否")
    sh.write(xr, 4, days)
    sh.write(xr, 5, rate)
    sh.write(xr, 6, float(ying), money_style)
    if kou:
        sh.write(xr, 7, float(kou), money_style)
    sh.write(xr, 8, float(shi), money_style)
    k = i % 4
    if k == 0:
        sh.write(xr, 9, d, date_style)
    else:
        sh.write(xr, 9, fmt_date(d, k - 1))
    if kou:
        sh.write(xr, 11, "扣意外伤害保险")
    truth(F2, SN, xr + 1, "payment",
          {"date": iso(d), "amount": float(shi), "direction": "out", "counterparty": name},
          "毛沟村")
    tot_ying += ying
    tot_shi += shi
    xr += 1
    if i == 11:
        sh.write(xr, 0, "本页小计")
        sh.write(xr, 6, tot_ying, money_style)
        page_y = sum(r_["fields"]["amount"] for r_ in ROWS if r_["file"] == F2)
        sh.write(xr, 8, page_y, money_style)
        non(F2, SN, xr + 1, "本页小计")
        xr += 1
sh.write(xr, 0, "合计")
sh.write(xr, 6, tot_ying, money_style)
sh.write(xr, 8, tot_shi, money_style)
non(F2, SN, xr + 1, "合计")
xr += 1


def daxie(n):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟", "万", "拾", "佰", "仟"]
    n = int(n)
    s = ""
    zero = False
    ds = str(n)
    L = len(ds)
    for i, ch in enumerate(ds):
        pos = L - i - 1
        dd = int(ch)
        if dd == 0:
            zero = True
            if pos == 4:
                s += "万"
            continue
        if zero:
            s += "零"
            zero = False
        s += digits[dd] + units[pos]
    return s + "元整"


sh.write_merge(xr, xr, 0, 11, f"合计金额（大写）：{daxie(tot_shi)}")
non(F2, SN, xr + 1, "大写合计")
xr += 2
sh.write(xr, 0, "制表人：苏红霞")
sh.write(xr, 4, "审核人：马志刚")
sh.write(xr, 8, "村监委会主任：何生贵")
non(F2, SN, xr + 1, "签字")

# sheet 红庄村: two-row header (劳务报酬 over 应发/实发), date only in the title area
sh = book.add_sheet("红庄村")
SN = "红庄村"
sh.write_merge(0, 0, 0, 8, "将台堡镇红庄村以工代赈项目劳务报酬发放花名册", title_style)
sh.write_merge(1, 1, 0, 4, "项目名称：红庄村农村产业路以工代赈建设项目")
sh.write_merge(1, 1, 5, 8, "发放时间：2023年9月28日        单位：元")
sh.write_merge(2, 3, 0, 0, "序号")
sh.write_merge(2, 3, 1, 1, "姓名")
sh.write_merge(2, 3, 2, 2, "所在组")
sh.write_merge(2, 3, 3, 3, "出工天数")
sh.write_merge(2, 3, 4, 4, "日工资（元/天）")
sh.write_merge(2, 2, 5, 6, "劳务报酬")
sh.write(3, 5, "应发")
sh.write(3, 6, "实发")
sh.write_merge(2, 3, 7, 7, "银行卡号（后四位）")
sh.write_merge(2, 3, 8, 8, "签字")
xr = 4
tot = 0.0
groups = ["一组", "二组", "三组", "四组"]
for i in range(18):
    name = person()
    days = R.randint(10, 40)
    rate = 170
    amt = days * rate
    sh.write(xr, 0, i + 1)
    sh.write(xr, 1, name)
    sh.write(xr, 2, groups[i % 4])
    sh.write(xr, 3, days)
    sh.write(xr, 4, rate)
    sh.write(xr, 5, amt)
    sh.write(xr, 6, amt)
    sh.write(xr, 7, f"{R.randint(1000, 9999)}")
    truth(F2, SN, xr + 1, "payment",
          {"date": "2023-09-28", "amount": float(amt), "direction": "out",
           "counterparty": name}, "红庄村")
    tot += amt
    xr += 1
sh.write(xr, 0, "合计")
sh.write(xr, 5, tot)
sh.write(xr, 6, tot)
non(F2, SN, xr + 1, "合计")
xr += 1
sh.write_merge(xr, xr, 0, 8, "备注：劳务报酬通过“一卡通”直接发放至本人银行账户。")
non(F2, SN, xr + 1, "备注")
xr += 1
sh.write(xr, 0, "经办人：田小燕")
sh.write(xr, 3, "村委会主任：王进福")
sh.write(xr, 6, "镇政府审核：杨斌")
non(F2, SN, xr + 1, "签字")
book.save(str(FILES / F2))

# ---------------------------------------------------------------------------
# F3  贵州 湄潭县 高标准农田建设项目 合同清单 (.csv, GBK, 万元)
# ---------------------------------------------------------------------------
F3 = "湄潭县2023年高标准农田建设项目合同清单.csv"
S3 = "湄潭县2023年高标准农田建设项目合同清单"
gz_comp = ["贵州黔农水利建设工程有限公司", "遵义市汇川区兴农建筑有限公司",
           "贵州省湄潭县茶城建设工程有限责任公司", "贵州路桥集团有限公司",
           "遵义黔北农田水利工程有限公司"]
gz_sup = ["贵州正源工程监理咨询有限公司", "遵义市建设监理有限公司"]
gz_towns = {"兴隆镇": ["龙凤村", "新石村", "太平村"],
            "永兴镇": ["中华村", "茅坪村", "回龙村"],
            "复兴镇": ["两路口村", "随阳山村", "和平村"]}
lines = [["湄潭县2023年高标准农田建设项目施工（监理）合同清单"],
         ["填报单位：湄潭县农业农村局", "", "", "", "", "", "", "", "", "", "单位：万元"],
         ["序号", "标段", "合同名称", "合同编号", "承包单位", "合同价（万元）", "签订日期",
          "工期（日历天）", "计划完工", "项目乡镇", "涉及村", "备注"]]
seq = 0
gtot = 0.0
for town, vils in gz_towns.items():
    stot = 0.0
    for i in range(8 if town != "复兴镇" else 9):
        seq += 1
        is_sup = (i == 7 or (town == "复兴镇" and i == 8))
        lot = f"第{(i % 4) + 1}标段"
        if is_sup:
            title = f"湄潭县2023年{town}高标准农田建设项目监理合同"
            comp = gz_sup[seq % 2]
            price = round(R.uniform(8, 25), 4)
            vil_txt = "、".join(vils)
            vil = None
            lot = "监理"
        else:
            vil = vils[i % 3]
            if i % 5 == 4:
                vil_txt = f"{vil}、{vils[(i + 1) % 3]}"
                vil_out = None
            else:
                vil_txt = vil
                vil_out = vil
            title = f"湄潭县2023年{town}高标准农田建设项目{lot}施工合同"
            comp = gz_comp[(seq * 2) % len(gz_comp)]
            price = round(R.uniform(95, 399), 4)
            vil = vil_out
        signed = dt.date(2023, R.randint(2, 6), R.randint(1, 28))
        days = R.choice([90, 120, 150, 180])
        fin = signed + dt.timedelta(days=days + 7)
        sd = fmt_date(signed, seq % 5)
        note = "" if seq % 6 else "含暂列金额5万元"
        line = [str(seq), lot, title, f"MTGBNT-2023-{seq:03d}", comp, f"{price:.4f}", sd,
                str(days), fmt_date(fin, 1), town, vil_txt, note]
        lines.append(line)
        truth(F3, S3, len(lines), "contract",
              {"counterparty": comp, "amount": yuan_from_wan(price), "signed_on": iso(signed)},
              vil)
        stot += price
    lines.append(["", "", f"{town}小计", "", "", f"{stot:.4f}", "", "", "", "", "", ""])
    non(F3, S3, len(lines), f"{town}小计")
    gtot += stot
lines.append(["", "", "合计", "", "", f"{gtot:.4f}", "", "", "", "", "", ""])
non(F3, S3, len(lines), "合计")
lines.append([])
lines.append(["注：合同价含税；监理合同按项目乡镇整体签订。"])
non(F3, S3, len(lines), "注")
lines.append(["制表：冉小兵", "", "", "审核：黎明辉"])
non(F3, S3, len(lines), "签字")
with open(FILES / F3, "w", encoding="gbk", newline="") as fh:
    csv.writer(fh).writerows(lines)

# ---------------------------------------------------------------------------
# F4  湖北 郧西县 三资平台 资金拨付台账 (HTML saved as .xls)
# ---------------------------------------------------------------------------
F4 = "郧西县衔接资金拨付台账_平台导出.xls"
S4 = "郧西县衔接资金拨付台账_平台导出"
hb_pay = {
    "涧池乡": [("下营村", "下营村香菇大棚建设项目", "十堰市鄂西北建筑工程有限公司"),
              ("涧池村", "涧池村茶园提质改造项目", "郧西县绿源农业开发有限公司"),
              ("下营村", "下营村产业路硬化项目", "湖北汉江路桥工程有限公司")],
    "观音镇": [("观音村", "观音村安全饮水提升工程", "郧西县水利水电建筑工程公司"),
              ("大庄村", "大庄村光伏电站维修项目", "十堰市阳光新能源科技有限公司"),
              ("观音村", "观音村人居环境整治项目", "十堰市鄂西北建筑工程有限公司")],
    "香口乡": [("香口村", "香口村木耳种植基地建设项目", "郧西县香口村股份经济合作社"),
              ("黄坪村", "黄坪村桥梁建设项目", "湖北汉江路桥工程有限公司")],
}
trs = []


def tr(cells, tag="td"):
    trs.append("<tr>" + "".join(
        c if c.startswith("<t") else f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>")
    return len(trs)


tr(['<td colspan="11" style="font-size:18px;font-weight:bold">郧西县2023年衔接推进乡村振兴补助资金拨付台账</td>'])
tr(['<td colspan="11">导出时间：2024-01-08 09:12:33　　导出单位：郧西县农村集体“三资”监管平台</td>'])
tr(['<th rowspan="2">序号</th>', '<th rowspan="2">拨付日期</th>', '<th rowspan="2">拨付批次</th>',
    '<th rowspan="2">乡镇</th>', '<th rowspan="2">项目村</th>', '<th rowspan="2">项目名称</th>',
    '<th rowspan="2">收款单位</th>', '<th colspan="2">拨付金额（元）</th>',
    '<th rowspan="2">资金性质</th>', '<th rowspan="2">备注</th>'])
tr(['<th>本次拨付</th>', '<th>累计拨付</th>'])
seq = 0
gt = 0.0
batches = ["第一批", "第二批", "第三批", "尾款"]
for town, projs in hb_pay.items():
    st = 0.0
    for vil, pname, payee in projs:
        cum = 0.0
        contract_total = round(R.uniform(40, 180)) * 10000 + R.choice([0, 3500, 8260])
        nb = 3 if seq % 2 == 0 else 4
        d = dt.date(2023, R.randint(3, 5), R.randint(1, 28))
        for b in range(nb):
            seq += 1
            if b < nb - 1:
                amt = round(contract_total * (0.3 if nb == 4 else 0.4), 2)
            else:
                amt = round(contract_total * 0.97 - cum, 2) if cum < contract_total * 0.97 else 0.0
            cum = round(cum + amt, 2)
            d = d + dt.timedelta(days=R.randint(20, 60))
            ds = d.strftime("%Y-%m-%d") if seq % 3 else d.strftime("%Y-%m-%d") + f" {R.randint(8, 17):02d}:{R.randint(0, 59):02d}:00"
            note = "预留3%质保金" if b == nb - 1 else ""
            row = tr([str(seq), ds, batches[b] if b < nb - 1 else "尾款", town, vil, pname, payee,
                      f"{amt:,.2f}", f"{cum:,.2f}", "中央衔接资金" if seq % 4 else "省级衔接资金", note])
            truth(F4, S4, row, "payment",
                  {"date": iso(d), "amount": amt, "direction": "out", "counterparty": payee}, vil)
            st += amt
    row = tr(["", "", "", f"{town}小计", "", "", "", f"{st:,.2f}", "", "", ""])
    non(F4, S4, row, f"{town}小计")
    gt += st
row = tr(["", "", "", "合计", "", "", "", f"{gt:,.2f}", "", "", ""])
non(F4, S4, row, "合计")
html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\"></head>\n<body>\n<table border=\"1\">\n"
        + "\n".join(trs) + "\n</table>\n</body></html>\n")
(FILES / F4).write_text(html, encoding="utf-8")

# ---------------------------------------------------------------------------
# F5  江西 于都县 梓山镇 巩固衔接项目竣工验收台账 (.csv, UTF-8 BOM)
# ---------------------------------------------------------------------------
F5 = "于都县梓山镇2023年巩固衔接项目竣工验收台账.csv"
S5 = "于都县梓山镇2023年巩固衔接项目竣工验收台账"
jx_comp = ["于都县鑫盛建筑工程有限公司", "江西赣南路桥建设有限公司",
           "赣州市宏远水利水电工程有限公司", "于都县梓山镇潭头村股份经济合作社"]
jx_proj = [("潭头村", "潭头村富硒蔬菜大棚建设项目"), ("潭头村", "潭头村组道拓宽项目"),
           ("安前滩村", "安前滩村山塘整治项目"), ("安前滩村", "安前滩村冷链物流中心项目"),
           ("固院村", "固院村脐橙园水肥一体化项目"), ("固院村", "固院村村庄亮化项目"),
           ("坪上村", "坪上村灌溉渠道修复项目"), ("坪上村", "坪上村茶油加工厂房建设项目"),
           ("中心村", "中心村农产品展销中心项目"), ("中心村", "中心村安全饮水巩固提升项目"),
           ("梓山村", "梓山村高标准蔬菜基地配套项目"), ("梓山村", "梓山村河道护岸项目"),
           ("岭背村", "岭背村产业道路建设项目"), ("岭背村", "岭背村光伏电站改造项目")]
lines = [["于都县梓山镇2023年巩固拓展脱贫攻坚成果项目竣工验收台账"],
         ["", "", "", "", "", "", "", "", "", "", "单位：万元"],
         ["序号", "村", "项目名称", "项目类别", "概算投资", "决算金额", "施工单位",
          "开工日期", "完工日期", "验收日期", "验收结论", "备注"]]
sumb = suma = 0.0
for i, (vil, pname) in enumerate(jx_proj):
    budget = round(R.uniform(20, 150), 4)
    audited = i % 6 != 5
    final = round(budget * R.uniform(0.9, 1.02), 4) if audited else None
    comp = jx_comp[i % 3] if i % 7 != 3 else jx_comp[3]
    s = dt.date(2023, R.randint(3, 6), R.randint(1, 28))
    e = s + dt.timedelta(days=R.randint(50, 120))
    a = e + dt.timedelta(days=R.randint(10, 30))
    lines.append([str(i + 1), vil, pname, "产业发展" if i % 2 == 0 else "乡村建设",
                  f"{budget:.4f}", f"{final:.4f}" if final else "审计中", comp,
                  fmt_date(s, i % 5), fmt_date(e, (i + 1) % 5),
                  fmt_date(a, (i + 2) % 5) if audited else "", "合格" if audited else "待验收", ""])
    f = {"name": pname, "contractor": comp}
    if final:
        f["amount"] = yuan_from_wan(final)
        suma += final
    else:
        f["budget"] = yuan_from_wan(budget)
    sumb += budget
    truth(F5, S5, len(lines), "project", f, vil)
lines.append(["合计", "", "", "", f"{sumb:.4f}", f"{suma:.4f}", "", "", "", "", "", ""])
non(F5, S5, len(lines), "合计")
lines.append(["说明：决算金额以县审计局审定数为准，“审计中”项目暂按概算投资列示。"])
non(F5, S5, len(lines), "说明")
lines.append(["填表人：刘春华", "", "分管领导：钟建平", "", "", "", "", "填表日期：2024年1月10日"])
non(F5, S5, len(lines), "签字")
with open(FILES / F5, "w", encoding="utf-8-sig", newline="") as fh:
    csv.writer(fh).writerows(lines)

(HERE / "truth.json").write_text(json.dumps({"rows": ROWS, "non_data": NON},
                                            ensure_ascii=False, indent=1), encoding="utf-8")
print(len(ROWS), "data rows;", len(NON), "non-data rows")
