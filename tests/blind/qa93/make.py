# -*- coding: utf-8 -*-
"""Blind test set qa93: donations and public-welfare works in a 侨乡 (台山市斗山镇).
Deterministic; writes files/ and truth.json beside this script."""
import csv, datetime as dt, json, os
import openpyxl, xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

TRUTH = []
NON = []
D = dt.date


def T(file, sheet, row, kind, village, **fields):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    TRUTH.append(r)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat() if d else None


# ---------------------------------------------------------------- 1. 捐资登记表 (xlsx)
F1 = "龙田村乡贤侨胞捐资登记表（2023年）.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "捐资登记"
ws["A1"] = "台山市斗山镇龙田村乡贤侨胞捐资登记表"
ws.merge_cells("A1:K1")
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "填报单位：龙田村股份经济合作社（盖章）　　　　　　　　　　单位：元（外币按到账日中国银行折算价折合人民币）"
ws.merge_cells("A2:K2")
hdr1 = ["序号", "捐款人", "侨居地", "捐款金额", None, None, None, "捐款日期", "用途", "收款方式", "备注"]
hdr2 = [None, None, None, "币种", "原币金额", "汇率", "折合人民币（元）", None, None, None, None]
for c, v in enumerate(hdr1, 1):
    if v:
        ws.cell(3, c, v)
for c, v in enumerate(hdr2, 1):
    if v:
        ws.cell(4, c, v)
ws.merge_cells("D3:G3")
for col in "ABCHIJK":
    ws.merge_cells(f"{col}3:{col}4")

# (donor, residence, currency, orig, rate, rmb, date, date_cell, method, note, g_override)
groups = [
    ("一、黄氏宗祠修缮", "修祠堂", [
        ("黄健民", "美国旧金山", "美元", 20000, 6.7604, D(2023, 1, 18), None, "银行转账", "", None),
        ("黄李淑芬", "美国旧金山", "美元", 5000, 6.7604, D(2023, 1, 18), None, "银行转账", "黄健民夫人", None),
        ("黄氏旅美宗亲会", "美国纽约", "美元", 30000, 6.7604, D(2023, 1, 20), None, "银行转账", "", None),
        ("黄国梁", "香港", "港币", 100000, 0.8642, D(2023, 1, 22), "2023年1月22日", "银行转账", "与黄永康合并汇入", None),
        ("黄永康", "香港", "港币", 50000, 0.8642, D(2023, 1, 22), "2023年1月22日", "银行转账", "与黄国梁合并汇入", None),
        ("黄锦华", "澳门", "澳门元", 20000, 0.8390, D(2023, 1, 25), None, "现金", "回乡过年时交来", None),
        ("黄伟文", "加拿大温哥华", "加元", 10000, 5.0686, D(2023, 1, 25), None, "银行转账", "", None),
        ("黄少芳", "本村", "人民币", 8000, None, D(2023, 1, 10), "2023.1.10", "现金", "", None),
        ("黄卓雄", "台山市台城", "人民币", 20000, None, D(2023, 1, 26), "2023.1.26", "现金", "", "¥20,000.00"),
        ("黄美玲", "秘鲁利马", "美元", 3000, 6.8717, D(2023, 2, 5), None, "银行转账", "", None),
        ("黄德胜", "马来西亚吉隆坡", "人民币", 10000, None, D(2023, 2, 6), "20230206", "银行转账", "委托亲属代交", None),
        ("台山市华兴陶瓷有限公司", "台山市", "人民币", 50000, None, D(2023, 2, 8), None, "银行转账", "董事长黄志远", None),
    ]),
    ("二、村道硬化", "修路", [
        ("伍振华", "美国洛杉矶", "美元", 8000, 6.8717, D(2023, 2, 5), None, "银行转账", "外姓乡贤", None),
        ("黄振邦", "香港", "港币", 30000, 0.8766, D(2023, 3, 8), "2023/3/8", "银行转账", "理事会理事长", None),
        ("李惠芳", "美国西雅图", "美元", 2000, 6.9370, D(2023, 3, 20), "2023.3.20", "银行转账", "", None),
        ("黄文辉", "本村", "人民币", 3000, None, D(2023, 3, 12), "2023.3.12", "现金", "", None),
        ("黄文杰", "广州", "人民币", 5000, None, D(2023, 3, 18), None, "微信转账", "", None),
        ("黄志强", "澳大利亚悉尼", "澳元", 5000, 4.7512, D(2023, 4, 4), "20230404", "银行转账", "", None),
        ("龙田村旅港同乡会", "香港", "港币", 200000, 0.8766, D(2023, 4, 10), "2023年4月10日", "银行转账", "", None),
        ("黄家宝", "香港", "港币", 20000, 0.8766, D(2023, 4, 10), "2023年4月10日", "随同乡会汇入", "", None),
        ("黄秀英", "本村", "人民币", 1000, None, D(2023, 4, 12), None, "现金", "", "壹仟元整"),
        ("佛山市明辉照明科技有限公司", "佛山市", "实物", None, None, D(2023, 5, 6), None, "实物捐赠", "太阳能路灯40盏，按发票价折算", 36000),
    ]),
    ("三、助学基金", "助学", [
        ("黄健民", "美国旧金山", "美元", 30000, 7.1894, D(2023, 7, 10), None, "银行转账", "设立“健民助学金”", None),
        ("黄国梁", "香港", "港币", 50000, 0.9170, D(2023, 7, 12), None, "银行转账", "", None),
        ("黄丽珍", "英国伦敦", "英镑", 2000, 9.1432, D(2023, 7, 20), "2023.7.20", "随教育促进会汇入", "", None),
        ("黄明", "本村", "人民币", 2000, None, D(2023, 7, 22), None, "现金", "", None),
        ("黄家乐", "深圳", "人民币", 10000, None, D(2023, 7, 22), None, "微信转账", "", None),
        ("陈淑仪", "香港", "港币", 10000, 0.9170, D(2023, 7, 12), "2023年7月12日", "随黄国梁汇入", "黄国梁夫人", None),
        ("黄氏教育促进会", "美国旧金山", "美元", 10000, 7.1894, D(2023, 7, 20), None, "银行转账", "", None),
        ("黄启光", "新加坡", "新加坡元", 3000, 5.3210, D(2023, 7, 25), "2023.7.25", "银行转账", "", None),
    ]),
    ("四、老人活动中心", "老人活动中心", [
        ("黄伟文", "加拿大温哥华", "加元", 5000, 5.3102, D(2023, 9, 28), None, "银行转账", "", None),
        ("黄振邦", "香港", "港币", 100000, 0.9130, D(2023, 9, 29), "2023年9月29日", "银行转账", "", None),
        ("黄少芳", "本村", "人民币", 2000, None, D(2023, 9, 15), None, "现金", "", None),
        ("伍振华", "美国洛杉矶", "美元", 5000, 7.1798, D(2023, 9, 30), None, "银行转账", "", None),
        ("黄志远", "台山市", "人民币", 50000, None, D(2023, 10, 3), "2023.10.3", "银行转账", "", "5万"),
        ("黄月娥", "美国芝加哥", "美元", 1000, 7.1798, D(2023, 9, 30), None, "银行转账", "", None),
        ("黄世杰", "巴西圣保罗", "美元", 2000, 7.1798, D(2023, 9, 30), None, "银行转账", "", None),
        ("黄仲文", "本村", "人民币", 500, None, D(2023, 9, 16), "2023.9.16", "现金", "", None),
    ]),
]
r = 5
seq = 0
grand = 0.0
for gtitle, use, items in groups:
    ws.cell(r, 1, gtitle)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    N(F1, "捐资登记", r, "分组标题 " + gtitle)
    r += 1
    sub = 0.0
    for (donor, res, cur, orig, rate, d, dcell, method, note, gov) in items:
        seq += 1
        if cur == "人民币":
            rmb = float(orig)
        elif cur == "实物":
            rmb = float(gov)
        else:
            rmb = round(orig * rate, 2)
        ws.cell(r, 1, seq)
        ws.cell(r, 2, donor)
        ws.cell(r, 3, res)
        ws.cell(r, 4, cur)
        if orig is not None:
            ws.cell(r, 5, orig).number_format = "#,##0.00"
        if rate is not None:
            ws.cell(r, 6, rate).number_format = "0.0000"
        if gov is not None and cur != "实物":
            ws.cell(r, 7, gov)
        else:
            ws.cell(r, 7, rmb).number_format = "#,##0.00"
        if dcell:
            ws.cell(r, 8, dcell)
        else:
            ws.cell(r, 8, dt.datetime(d.year, d.month, d.day)).number_format = "yyyy-mm-dd"
        ws.cell(r, 9, use)
        ws.cell(r, 10, method)
        if note:
            ws.cell(r, 11, note)
        T(F1, "捐资登记", r, "payment", "龙田村", date=iso(d), amount=rmb, direction="in", counterparty=donor)
        sub += rmb
        r += 1
    ws.cell(r, 2, "小计")
    ws.cell(r, 7, round(sub, 2)).number_format = "#,##0.00"
    N(F1, "捐资登记", r, "小计")
    grand += sub
    r += 1
ws.cell(r, 1, "合计")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(r, 7, round(grand, 2)).number_format = "#,##0.00"
N(F1, "捐资登记", r, "合计")
r += 2
ws.cell(r, 1, "注：1.外币捐款按到账日中国银行外汇折算价折合人民币；2.实物捐赠按发票价折算入账；3.本表每季度在村务公开栏公布。")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
N(F1, "捐资登记", r, "注释")
r += 1
ws.cell(r, 1, "制表人：黄丽娟")
ws.cell(r, 5, "审核人：黄志成")
ws.cell(r, 9, "2023年10月8日")
N(F1, "捐资登记", r, "签名")
for col, w in zip("ABCDEFGHIJK", [6, 22, 14, 8, 12, 8, 16, 14, 12, 14, 26]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("分类汇总")
ws2["A1"] = "龙田村2023年乡贤捐资分类汇总表"
ws2.append(["用途", "笔数", "金额（元）", "已使用", "结余"])
sums = []
for gtitle, use, items in groups:
    sums.append((use, len(items)))
rr = 3
for use, n in sums:
    ws2.cell(rr, 1, use)
    ws2.cell(rr, 2, n)
    N(F1, "分类汇总", rr, "统计表（非记录）")
    rr += 1
ws2.cell(rr, 1, "合计")
ws2.cell(rr, 2, seq)
N(F1, "分类汇总", rr, "统计表合计")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- 2. 项目一览表 (.xls BIFF)
F2 = "斗山镇村级公益事业建设项目一览表.xls"
wbx = xlwt.Workbook(encoding="utf-8")
datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
numstyle = xlwt.easyxf(num_format_str="0.00")
title_style = xlwt.easyxf("font: bold on, height 320; align: horiz center")

s = wbx.add_sheet("龙田村")
s.write_merge(0, 0, 0, 13, "斗山镇2021—2023年村级公益事业建设项目一览表（龙田村）", title_style)
s.write(1, 0, "填报单位：龙田村股份经济合作社")
s.write(1, 11, "金额单位：万元")
# two-row header at Excel rows 3-4 (0-based 2-3)
top = ["序号", "项目名称", "建设地点", "建设内容", "预算总额", "资金来源", None, None, "合同金额", "施工单位",
       "决策日期", "开工日期", "竣工日期", "进展情况"]
for c, v in enumerate(top):
    if v and c not in (5,):
        s.write_merge(2, 3, c, c, v)
s.write_merge(2, 2, 5, 7, "资金来源")
for c, v in zip((5, 6, 7), ("乡贤捐资", "财政奖补", "村集体自筹")):
    s.write(3, c, v)
# name, place, content, budget(万), src(捐,奖补,自筹), contract(万) or None, contractor or None, decided, started, finished, status
P1 = [
    ("黄氏宗祠修缮工程", "龙田村黄屋", "屋面翻修、梁柱防腐、彩绘修复", 58.50, (50.00, 0, 8.50), 48.45,
     "台山市恒信建筑工程有限公司", D(2022, 12, 18), D(2023, 2, 12), D(2023, 7, 8), "已完工"),
    ("龙田村主干道硬化工程", "龙田至塘美", "3.2公里水泥路面，宽4.5米", 72.00, (35.00, 20.00, 17.00), 68.80,
     "台山市路通公路工程有限公司", D(2023, 1, 15), D(2023, 3, 1), D(2023, 5, 30), "已完工"),
    ("老人活动中心新建工程", "村委会东侧", "二层框架结构，建筑面积420平方米", 65.00, (20.00, 15.00, 30.00), 61.20,
     "台山市建华建筑安装工程有限公司", D(2023, 8, 20), D(2023, 10, 8), None, "在建"),
    ("村道太阳能路灯安装", "全村主要村道", "太阳能路灯40盏", 3.60, (3.60, 0, 0), None,
     "佛山市明辉照明科技有限公司（捐赠安装）", D(2023, 4, 20), D(2023, 5, 6), D(2023, 5, 20), "已完工"),
    ("龙田小学围墙及操场修缮", "龙田小学", "围墙120米、塑胶跑道", 12.80, (12.80, 0, 0), 11.96,
     "台山市恒信建筑工程有限公司", D(2021, 6, 5), D(2021, 7, 10), D(2021, 8, 25), "已完工"),
    ("黄屋巷道改造（一事一议）", "黄屋", "巷道硬化860平方米及排水沟", 18.00, (6.00, 9.00, 3.00), 17.35,
     "台山市路通公路工程有限公司", D(2022, 3, 12), D(2022, 4, 18), D(2022, 6, 30), "已完工"),
    ("文化广场绿化", "文化广场", "草皮、乔木种植及养护一年", 9.50, (5.00, 0, 4.50), 9.20,
     "黄伟强", D(2022, 9, 8), D(2022, 10, 10), D(2022, 11, 20), "已完工"),
    ("祠堂前池塘清淤护岸", "黄氏宗祠前", "清淤、砌石护岸85米", 7.80, (7.80, 0, 0), 7.62,
     "黄氏宗亲理事会（自建）", D(2023, 7, 20), D(2023, 8, 1), D(2023, 9, 10), "已完工"),
    ("龙田村牌坊修建", "村口", "花岗岩牌坊一座", 25.00, (25.00, 0, 0), 23.80,
     "台山市恒信建筑工程有限公司", D(2021, 11, 2), D(2021, 12, 1), D(2022, 2, 20), "已完工"),
    ("饮水工程管网改造", "全村", "更换主管网2.6公里", 38.00, (0, 30.00, 8.00), 36.90,
     "台山市粤水水电安装有限公司", D(2022, 5, 16), D(2022, 6, 20), D(2022, 9, 30), "已完工"),
    ("村史馆布展", "黄氏宗祠东厢", "侨史图片及实物展陈", 15.00, (15.00, 0, 0), None,
     None, None, None, None, "筹备中"),
]
row0 = 4  # 0-based first data row -> Excel row 5
tb = tc = 0.0
for i, p in enumerate(P1):
    name, place, content, budget, src, contract, contractor, dec, st, fin, status = p
    rx = row0 + i
    s.write(rx, 0, i + 1)
    s.write(rx, 1, name)
    s.write(rx, 2, place)
    s.write(rx, 3, content)
    s.write(rx, 4, budget, numstyle)
    for k, v in enumerate(src):
        if v:
            s.write(rx, 5 + k, v, numstyle)
    if contract is not None:
        s.write(rx, 8, contract, numstyle)
        tc += contract
    if contractor:
        s.write(rx, 9, contractor)
    # dates: mix of real date cells and text
    for k, d in enumerate((dec, st, fin)):
        if d is None:
            continue
        if i % 3 == 1:
            s.write(rx, 10 + k, f"{d.year}.{d.month}.{d.day}")
        elif i % 3 == 2:
            s.write(rx, 10 + k, f"{d.year}年{d.month}月{d.day}日")
        else:
            s.write(rx, 10 + k, dt.datetime(d.year, d.month, d.day), datestyle)
    s.write(rx, 13, status)
    tb += budget
    # truth: the contractor is the firm/body; the bracketed remark (捐赠安装/自建) is not part of its name
    tcon = contractor.replace("（捐赠安装）", "").replace("（自建）", "") if contractor else None
    f = {"name": name, "contractor": tcon}
    if contract is not None:
        f["amount"] = round(contract * 10000, 2)
    else:
        f["budget"] = round(budget * 10000, 2)
    T(F2, "龙田村", rx + 1, "project", "龙田村", **f)
rx = row0 + len(P1)
s.write(rx, 0, "合计")
s.write(rx, 4, round(tb, 2), numstyle)
s.write(rx, 8, round(tc, 2), numstyle)
N(F2, "龙田村", rx + 1, "合计")
s.write(rx + 2, 0, "注：1.乡贤捐资以实际到账为准；2.财政奖补含一事一议财政奖补资金；3.路灯为实物捐赠，未签订施工合同。")
N(F2, "龙田村", rx + 3, "注释")
s.write(rx + 3, 0, "填表人：黄丽娟")
s.write(rx + 3, 5, "审核人：黄志成")
s.write(rx + 3, 10, "镇农村集体三资服务中心（盖章）")
N(F2, "龙田村", rx + 4, "签名")

s = wbx.add_sheet("塘美村")
s.write_merge(0, 0, 0, 10, "塘美村公益事业项目台账", title_style)
hdr = ["序号", "工程名称", "项目类型", "总投资（元）", "其中：社会捐资", "其中：财政奖补", "中标价（元）",
       "承建单位", "开工时间", "完工时间", "备注"]
for c, v in enumerate(hdr):
    s.write(1, c, v)
# name, type, total, donation, subsidy, bid (value or text), bid_yuan, contractor, start, end(text), note
P2 = [
    ("李氏宗祠修缮", "公益事业", 420000, 380000, 0, 398600, 398600.0, "台山市恒信建筑工程有限公司",
     "2022.10.8", "2023.3.15", "侨胞捐资为主"),
    ("塘美村村道拓宽", "一事一议", 560000, 160000, 300000, "53.2万元", 532000.0, "台山市路通公路工程有限公司",
     "2023.4.1", "2023.7.20", ""),
    ("塘美小学教学楼维修", "公益事业", 180000, 180000, 0, "壹拾伍万捌仟元整", 158000.0, "台山市建华建筑安装工程有限公司",
     "2022年7月5日", "2022年8月28日", "旅美乡贤李耀祖捐建"),
    ("村卫生站改建", "公益事业", 95000, 50000, 40000, 91800, 91800.0, "台山市建华建筑安装工程有限公司",
     "20230301", "20230510", ""),
    ("灯光篮球场建设", "一事一议", 126000, 60000, 50000, 119500, 119500.0, "江门市体康体育设施有限公司",
     "2023.5.10", "2023.6.18", ""),
    ("古井及水塘护栏", "公益事业", 28000, 28000, 0, 27300, 27300.0, "李锦荣",
     "2023.2.20", "2023.3.5", "本村工匠"),
    ("公厕改造", "一事一议", 68000, 0, 50000, 65900, 65900.0, "台山市恒信建筑工程有限公司",
     "2022.11.1", "2022.12.20", ""),
    ("侨史陈列馆", "公益事业", 300000, 300000, 0, None, None, None,
     None, None, "设计阶段"),
]
for i, p in enumerate(P2):
    name, typ, total, don, sub_, bid, bidy, contractor, st, fin, note = p
    rx = 2 + i
    s.write(rx, 0, i + 1)
    s.write(rx, 1, name)
    s.write(rx, 2, typ)
    s.write(rx, 3, total)
    s.write(rx, 4, don)
    s.write(rx, 5, sub_)
    if bid is not None:
        s.write(rx, 6, bid)
    if contractor:
        s.write(rx, 7, contractor)
    if st:
        s.write(rx, 8, st)
    if fin:
        s.write(rx, 9, fin)
    if note:
        s.write(rx, 10, note)
    f = {"name": name, "contractor": contractor}
    if bidy is not None:
        f["amount"] = bidy
    else:
        f["budget"] = float(total)
    T(F2, "塘美村", rx + 1, "project", "塘美村", **f)
rx = 2 + len(P2)
s.write(rx, 1, "合计")
s.write(rx, 3, sum(p[2] for p in P2))
s.write(rx, 4, sum(p[3] for p in P2))
s.write(rx, 5, sum(p[4] for p in P2))
N(F2, "塘美村", rx + 1, "合计")
s.write(rx + 1, 0, "制表：李淑华　　　　复核：李国栋")
N(F2, "塘美村", rx + 2, "签名")
wbx.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------- 3. 日记账 (xlsx, two sheets)
F3 = "龙田村2023年现金银行日记账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "银行存款日记账"
ws["A1"] = "龙田村股份经济合作社　银行存款日记账"
ws.merge_cells("A1:I1")
ws["A1"].font = Font(size=15, bold=True)
ws["A2"] = "开户行：台山农商银行斗山支行　账号：80020000123456789　　　　2023年度　　　单位：元"
ws.merge_cells("A2:I2")
ws["A3"] = "2023年"
ws.merge_cells("A3:B3")
for c, v in zip("CDEFGHI", ["凭证字号", "摘要", "对方科目", "借方", "贷方", "借或贷", "余额"]):
    ws[f"{c}3"] = v
    ws.merge_cells(f"{c}3:{c}4")
ws["A4"] = "月"
ws["B4"] = "日"
# (m, d, voucher, summary, account, debit, credit, counterparty)
BANK = [
    (1, 18, "记-3", "收旅美乡贤黄健民捐资（宗祠修缮）", "其他收入—捐赠收入", 135208.00, None, "黄健民"),
    (1, 18, "记-4", "收黄李淑芬捐资（宗祠修缮）", "其他收入—捐赠收入", 33802.00, None, "黄李淑芬"),
    (1, 20, "记-6", "收黄氏旅美宗亲会捐资（宗祠修缮）", "其他收入—捐赠收入", 202812.00, None, "黄氏旅美宗亲会"),
    (1, 22, "记-8", "收香港黄国梁、黄永康捐资（宗祠修缮）", "其他收入—捐赠收入", 129630.00, None, "黄国梁、黄永康"),
    (1, 31, "记-12", "付银行手续费及汇款费", "管理费用", None, 35.00, None),
    None,
    (2, 3, "记-1", "现金存入银行", "库存现金", 40000.00, None, None),
    (2, 5, "记-2", "收伍振华捐资（村道硬化）", "其他收入—捐赠收入", 54973.60, None, "伍振华"),
    (2, 5, "记-3", "收秘鲁黄美玲捐资（宗祠修缮）", "其他收入—捐赠收入", 20615.10, None, "黄美玲"),
    (2, 10, "记-5", "付台山市恒信建筑工程有限公司宗祠修缮工程预付款", "在建工程—宗祠修缮", None, 150000.00, "台山市恒信建筑工程有限公司"),
    (2, 20, "记-9", "收斗山镇财政所一事一议财政奖补资金（村道硬化）", "补助收入", 200000.00, None, "斗山镇财政所"),
    None,
    (3, 8, "记-2", "收香港黄振邦捐资（村道硬化）", "其他收入—捐赠收入", 26298.00, None, "黄振邦"),
    (3, 15, "记-5", "付恒信建筑宗祠修缮进度款", "在建工程—宗祠修缮", None, 200000.00, "恒信建筑"),
    (3, 20, "记-7", "收李惠芳捐资（村道硬化）", "其他收入—捐赠收入", 13874.00, None, "李惠芳"),
    (3, 28, "记-11", "付台山市路通公路工程有限公司村道硬化工程款", "在建工程—村道硬化", None, 300000.00, "台山市路通公路工程有限公司"),
    None,
    (4, 4, "记-1", "收澳洲黄志强捐资（村道硬化）", "其他收入—捐赠收入", 23756.00, None, "黄志强"),
    (4, 10, "记-4", "收龙田村旅港同乡会捐资（村道硬化，含黄家宝港币2万）", "其他收入—捐赠收入", 192852.00, None, "龙田村旅港同乡会"),
    (4, 26, "记-9", "付路通公路村道硬化进度款", "在建工程—村道硬化", None, 180000.00, "路通公路"),
    (4, 30, "记-12", "提取现金备用", "库存现金", None, 10000.00, None),
    None,
    (7, 10, "记-3", "收黄健民助学基金捐资", "其他收入—捐赠收入", 215682.00, None, "黄健民"),
    (7, 12, "记-5", "收黄国梁、陈淑仪助学捐资", "其他收入—捐赠收入", 55020.00, None, "黄国梁、陈淑仪"),
    (7, 20, "记-8", "收黄氏教育促进会捐资（含黄丽珍英镑2000）", "其他收入—捐赠收入", 90180.40, None, "黄氏教育促进会"),
    (7, 25, "记-10", "付恒信建筑宗祠修缮工程尾款（扣留质保金2.4万）", "在建工程—宗祠修缮", None, 110500.00, "恒信建筑"),
    None,
    (8, 25, "记-6", "提取现金发放2023年助学金", "库存现金", None, 83000.00, None),
    (8, 30, "记-9", "付台山市广信工程造价咨询有限公司宗祠修缮结算审核费", "在建工程—宗祠修缮", None, 6800.00, "台山市广信工程造价咨询有限公司"),
    None,
    (9, 28, "记-7", "收加拿大黄伟文捐资（老人活动中心）", "其他收入—捐赠收入", 26551.00, None, "黄伟文"),
    (9, 29, "记-8", "收香港黄振邦捐资（老人活动中心）", "其他收入—捐赠收入", 91300.00, None, "黄振邦"),
    (9, 30, "记-10", "付台山市建华建筑安装工程有限公司老人活动中心工程预付款", "在建工程—老人活动中心", None, 120000.00, "台山市建华建筑安装工程有限公司"),
    None,
    (12, 20, "记-5", "收斗山镇财政所老人活动中心财政奖补资金", "补助收入", 150000.00, None, "斗山镇财政所"),
    (12, 21, "记-6", "结息", "其他收入—利息收入", 386.52, None, None),
    None,
]
bal = 356820.45
r = 5
ws.cell(r, 1, 1); ws.cell(r, 2, 1); ws.cell(r, 4, "上年结转"); ws.cell(r, 8, "借")
ws.cell(r, 9, bal).number_format = "#,##0.00"
N(F3, "银行存款日记账", r, "上年结转")
r += 1
md = mc = yd = yc = 0.0
cur_m = None
for e in BANK:
    if e is None:
        yd += md; yc += mc
        ws.cell(r, 1, cur_m); ws.cell(r, 4, "本月合计")
        ws.cell(r, 6, round(md, 2)).number_format = "#,##0.00"
        ws.cell(r, 7, round(mc, 2)).number_format = "#,##0.00"
        ws.cell(r, 8, "借"); ws.cell(r, 9, round(bal, 2)).number_format = "#,##0.00"
        N(F3, "银行存款日记账", r, "本月合计")
        r += 1
        ws.cell(r, 1, cur_m); ws.cell(r, 4, "本年累计")
        ws.cell(r, 6, round(yd, 2)).number_format = "#,##0.00"
        ws.cell(r, 7, round(yc, 2)).number_format = "#,##0.00"
        N(F3, "银行存款日记账", r, "本年累计")
        r += 1
        md = mc = 0.0
        continue
    m, d, v, summ, acct, deb, cre, cp = e
    cur_m = m
    ws.cell(r, 1, m); ws.cell(r, 2, d); ws.cell(r, 3, v); ws.cell(r, 4, summ); ws.cell(r, 5, acct)
    if deb:
        ws.cell(r, 6, deb).number_format = "#,##0.00"; bal += deb; md += deb
    if cre:
        ws.cell(r, 7, cre).number_format = "#,##0.00"; bal -= cre; mc += cre
    ws.cell(r, 8, "借"); ws.cell(r, 9, round(bal, 2)).number_format = "#,##0.00"
    T(F3, "银行存款日记账", r, "payment", "龙田村", date=D(2023, m, d).isoformat(),
      amount=deb if deb else cre, direction="in" if deb else "out", counterparty=cp)
    r += 1
for col, w in zip("ABCDEFGHI", [5, 5, 9, 52, 22, 14, 14, 7, 15]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("现金日记账")
ws["A1"] = "现 金 日 记 账"
ws.merge_cells("A1:G1")
ws["A2"] = "核算单位：龙田村股份经济合作社　　　　2023年　　单位：元"
ws.merge_cells("A2:G2")
ws.append(["日期", "凭证号", "摘要", "往来单位/个人", "收入", "支出", "结余"])
CASH = [
    (D(2023, 1, 5), "记-1", "付祠堂春节祭祖活动茶水费", "黄氏宗亲理事会", None, 860.00),
    (D(2023, 1, 10), "记-2", "收黄少芳捐资（宗祠修缮）", "黄少芳", 8000.00, None),
    (D(2023, 1, 25), "记-9", "收澳门黄锦华捐资（澳门元2万）", "黄锦华", 16780.00, None),
    (D(2023, 1, 26), "记-10", "收黄卓雄捐资（宗祠修缮）", "黄卓雄", 20000.00, None),
    (D(2023, 1, 28), "记-11", "付宗祠修缮开工仪式费用", "黄氏宗亲理事会", None, 3600.00),
    None,
    (D(2023, 2, 3), "记-1", "现金存入银行", None, None, 40000.00),
    None,
    (D(2023, 3, 12), "记-3", "收黄文辉捐资（村道硬化）", "黄文辉", 3000.00, None),
    (D(2023, 3, 15), "记-6", "付村道硬化现场监督误工补贴", "黄志成", None, 1200.00),
    None,
    (D(2023, 4, 30), "记-12", "从银行提取现金备用", None, 10000.00, None),
    None,
    (D(2023, 5, 6), "记-2", "付路灯安装配件款", "台山市斗山镇永利五金店", None, 2350.00),
    (D(2023, 5, 20), "记-5", "付村道两旁绿化劳务费", "黄伟强", None, 4800.00),
    None,
    (D(2023, 8, 25), "记-6", "从银行提取现金（助学金）", None, 83000.00, None),
    (D(2023, 8, 28), "记-7", "发放2023年度乡贤助学金（详见发放表）", "受助学生22名", None, 83000.00),
    None,
    (D(2023, 9, 15), "记-4", "收黄少芳捐资（老人活动中心）", "黄少芳", 2000.00, None),
    (D(2023, 9, 16), "记-5", "收黄仲文捐资（老人活动中心）", "黄仲文", 500.00, None),
    None,
    (D(2023, 11, 12), "记-4", "付重阳敬老活动经费", "黄氏宗亲理事会", None, 5000.00),
    None,
]
r = 4
cbal = 1523.60
ws.cell(r, 3, "上年结余"); ws.cell(r, 7, cbal).number_format = "#,##0.00"
N(F3, "现金日记账", r, "上年结余")
r += 1
mi = mo = 0.0
yi = yo = 0.0
for e in CASH:
    if e is None:
        ws.cell(r, 3, "本月合计")
        ws.cell(r, 5, round(mi, 2)).number_format = "#,##0.00"
        ws.cell(r, 6, round(mo, 2)).number_format = "#,##0.00"
        ws.cell(r, 7, round(cbal, 2)).number_format = "#,##0.00"
        N(F3, "现金日记账", r, "本月合计")
        yi += mi; yo += mo; mi = mo = 0.0
        r += 1
        continue
    d, v, summ, cp, inn, out = e
    ws.cell(r, 1, dt.datetime(d.year, d.month, d.day)).number_format = "yyyy-mm-dd"
    ws.cell(r, 2, v); ws.cell(r, 3, summ)
    if cp:
        ws.cell(r, 4, cp)
    if inn:
        ws.cell(r, 5, inn).number_format = "#,##0.00"; cbal += inn; mi += inn
    if out:
        ws.cell(r, 6, out).number_format = "#,##0.00"; cbal -= out; mo += out
    ws.cell(r, 7, round(cbal, 2)).number_format = "#,##0.00"
    tcp = cp  # truth fix: the 往来 cell "受助学生22名" does name the (group) payee
    T(F3, "现金日记账", r, "payment", "龙田村", date=d.isoformat(), amount=inn if inn else out,
      direction="in" if inn else "out", counterparty=tcp)
    r += 1
ws.cell(r, 3, "本年累计")
ws.cell(r, 5, round(yi, 2)).number_format = "#,##0.00"
ws.cell(r, 6, round(yo, 2)).number_format = "#,##0.00"
ws.cell(r, 7, round(cbal, 2)).number_format = "#,##0.00"
N(F3, "现金日记账", r, "本年累计")
r += 2
ws.cell(r, 1, "出纳：黄丽娟　　　　会计：镇农村会计委托代理服务中心　　　　审核：黄志成")
N(F3, "现金日记账", r, "签名")
ws.column_dimensions["A"].width = 12
ws.column_dimensions["C"].width = 40
ws.column_dimensions["D"].width = 24
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------- 4. 助学金发放表 (csv, GBK)
F4 = "龙田村2023年度乡贤助学金发放表.csv"
stem4 = F4[:-4]
lines = []
lines.append(["龙田村2023年度乡贤助学金发放表"] + [""] * 9)
lines.append(["发放单位：龙田村股份经济合作社", "", "", "", "", "", "", "", "单位：元", ""])
lines.append(["序号", "学生姓名", "家长姓名", "就读学校", "年级", "资助类别", "发放金额(元)", "发放日期", "领取人签字", "备注"])
UNI = [
    ("黄嘉欣", "黄伟明", "中山大学", "大一", "重点大学", 6000),
    ("黄梓豪", "黄文辉", "华南理工大学", "大二", "重点大学", 6000),
    ("黄晓琳", "黄家俊", "暨南大学", "大一", "重点大学", 6000),
    ("黄俊杰", "黄德华", "广东工业大学", "大三", "本科", 5000),
    ("伍雅婷", "伍国强", "五邑大学", "大一", "本科", 5000),
    ("黄浩然", "黄仲文", "广州大学", "大二", "本科", 5000),
    ("黄诗琪", "黄伟强", "广东财经大学", "大一", "本科", 5000),
    ("黄志鹏", "黄秀英", "江门职业技术学院", "大二", "专科", 5000),
    ("黄美华", "黄少芳", "广东海洋大学", "大一", "本科", 5000),
    ("李嘉豪", "李锦荣", "韶关学院", "大三", "本科", 5000),
    ("黄子轩", "黄树林", "广东技术师范大学", "大一", "本科", 5000),
    ("黄欣怡", "黄志成", "肇庆学院", "大二", "本科", 5000),
]
HS = [
    ("黄文博", "黄文杰", "台山一中", "高一", "高中", 2000),
    ("黄雨晴", "黄明", "台山一中", "高二", "高中", 2000),
    ("黄俊豪", "黄家宝", "台山华侨中学", "高三", "高中", 2000),
    ("梅思琪", "梅淑贞", "台山华侨中学", "高一", "高中", 2000),
    ("黄家明", "黄德胜", "斗山中学", "高二", "高中", 2000),
    ("黄伟杰", "黄卓雄", "斗山中学", "高一", "高中", 2000),
    ("黄丽婷", "黄锦华", "台山一中", "高三", "高中", 2000),
    ("黄振宇", "黄永康", "台山侨中", "高二", "高中", 2000),
    ("黄晓敏", "黄月娥", "斗山中学", "高三", "高中", 2000),
    ("伍子健", "伍振华", "台山一中", "高一", "高中", 2000),
]
line = 4
n = 0
for block, label in ((UNI, "大学生小计"), (HS, "高中生小计")):
    lines.append(["一、大学生" if block is UNI else "二、高中生"] + [""] * 9)
    N(stem4 + ".csv", stem4, line, "分组标题")
    line += 1
    sub = 0
    for j, (stu, par, sch, grade, cat, amt) in enumerate(block):
        n += 1
        if j % 4 == 3:
            ds, d = "2023.9.10", D(2023, 9, 10)
            note = "补发（开学后报到）"
        elif j % 4 == 1:
            ds, d = "2023/8/28", D(2023, 8, 28)
            note = ""
        else:
            ds, d = "2023年8月28日", D(2023, 8, 28)
            note = ""
        lines.append([str(n), stu, par, sch, grade, cat, f"{amt:.2f}", ds, "", note])
        T(F4, stem4, line, "payment", "龙田村", date=d.isoformat(), amount=float(amt), direction="out",
          counterparty=stu)
        sub += amt
        line += 1
    lines.append(["", label, "", "", "", "", f"{sub:.2f}", "", "", ""])
    N(F4, stem4, line, "小计")
    line += 1
lines.append(["", "合计", "", "", "", "", "83000.00", "", "", ""])
N(F4, stem4, line, "合计")
line += 1
lines.append(["备注：助学金由旅美乡贤黄健民先生及黄氏教育促进会捐资设立，经2023年8月10日村民代表会议审议通过，发放名单已公示7天。"] + [""] * 9)
N(F4, stem4, line, "注释")
line += 1
lines.append(["制表：黄丽娟", "", "", "审核：黄志成", "", "", "村务监督委员会：黄树林", "", "", ""])
N(F4, stem4, line, "签名")
with open(os.path.join(FILES, F4), "w", encoding="gbk", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
# fix the truth/non_data entries for csv: sheet is the stem, file is the full name
for t in TRUTH + NON:
    if t["file"] in (stem4 + ".csv",):
        t["file"] = F4
        t["sheet"] = stem4

# ---------------------------------------------------------------- 5. 两委 + 理事会名单 (.xls)
F5 = "村两委干部及宗亲理事会成员名单.xls"
wbx = xlwt.Workbook(encoding="utf-8")
s = wbx.add_sheet("龙田村")
s.write_merge(0, 0, 0, 7, "龙田村村“两委”干部及黄氏宗亲理事会成员名单", title_style)
s.write(1, 0, "填报日期：2023年9月")
for c, v in enumerate(["序号", "姓名", "性别", "出生年月", "政治面貌", "职务", "联系电话", "备注"]):
    s.write(2, c, v)
s.write_merge(3, 3, 0, 7, "一、村“两委”班子及村务监督委员会")
N(F5, "龙田村", 4, "分组标题")
CAD = [
    ("黄志成", "男", "1971.03", "中共党员", "党支部书记、村委会主任", "13702891234", "“一肩挑”"),
    ("黄丽娟", "女", "1985.11", "中共党员", "党支部副书记、报账员", "13827065521", ""),
    ("黄伟明", "男", "1978.06", "中共党员", "党支部委员", "13542218876", ""),
    ("黄秀兰", "女", "1982.09", "群众", "村委会委员（妇女主任）", "15913045567", ""),
    ("黄家俊", "男", "1990.01", "中共党员", "村委会委员", "13690127789", ""),
    ("梅淑贞", "女", "1976.04", "群众", "村委会委员", "13531806654", ""),
    ("黄树林", "男", "1966.12", "中共党员", "村务监督委员会主任", "13825198823", ""),
]
rx = 4
for i, c in enumerate(CAD):
    s.write(rx, 0, i + 1)
    for k, v in enumerate(c):
        s.write(rx, 1 + k, v)
    T(F5, "龙田村", rx + 1, "cadre", "龙田村", name=c[0], position=c[4])
    rx += 1
s.write_merge(rx, rx, 0, 7, "二、黄氏宗亲理事会成员（非村干部，列此备查）")
N(F5, "龙田村", rx + 1, "分组标题")
rx += 1
LSH = [
    ("黄振邦", "男", "1958.07", "群众", "理事长", "852-91234567", "旅港乡贤"),
    ("黄卓雄", "男", "1963.02", "群众", "副理事长", "13902876612", ""),
    ("黄伟强", "男", "1969.10", "群众", "理事", "13726543398", "承接文化广场绿化"),
    ("黄文辉", "男", "1972.05", "群众", "理事", "13553312276", ""),
    ("黄仲文", "男", "1950.08", "群众", "理事", "0750-5551234", ""),
    ("黄德华", "男", "1975.12", "群众", "理事兼会计", "13631459987", ""),
]
for i, c in enumerate(LSH):
    s.write(rx, 0, i + 1)
    for k, v in enumerate(c):
        s.write(rx, 1 + k, v)
    N(F5, "龙田村", rx + 1, "宗亲理事会成员（非村干部）")
    rx += 1
s.write(rx + 1, 0, "注：宗亲理事会系村民自发成立的群众组织，其成员不属于村干部，因参与公益事业项目管理，列此备查。")
N(F5, "龙田村", rx + 2, "注释")

s = wbx.add_sheet("塘美村")
s.write_merge(0, 0, 0, 5, "塘美村村干部名单", title_style)
for c, v in enumerate(["姓名", "职务", "分工", "手机号码", "任职时间", "备注"]):
    s.write(1, c, v)
TM = [
    ("李国栋", "村党总支书记、村委会主任", "全面工作", "13692231145", "2021.1"),
    ("李淑华", "村党总支副书记", "财务、党建", "13828013367", "2021.1"),
    ("李耀华", "村委会副主任", "工程建设、治安", "13536098812", "2021.1"),
    ("甄美玉", "村委会委员", "妇女、计生", "15975201183", "2021.1"),
    ("李志坚", "村委会委员", "农业、水利", "13750196624", "2021.1"),
    ("李锦标", "村务监督委员会主任", "村务监督", "13702265590", "2021.1"),
]
for i, c in enumerate(TM):
    rx = 2 + i
    for k, v in enumerate(c):
        s.write(rx, k, v)
    T(F5, "塘美村", rx + 1, "cadre", "塘美村", name=c[0], position=c[1])
s.write(2 + len(TM) + 1, 0, "制表：李淑华　　2023年9月")
N(F5, "塘美村", 2 + len(TM) + 2, "签名")
wbx.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": TRUTH, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(TRUTH), "data rows;", len(NON), "non-data rows")
