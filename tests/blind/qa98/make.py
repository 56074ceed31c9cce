# -*- coding: utf-8 -*-
"""Blind test set (angle: database / system dumps) for xuncha's importer.

Writes OUT/files/* and OUT/truth.json (beside this script). Deterministic.
Files imitate raw table dumps from a county 三资 platform and a bookkeeping
system: field-code headers (pinyin abbreviations or English), coded values
with code tables on other sheets, amounts in fen or '12500.0000', dates as
'2023-05-06 00:00:00', ISO 'T', Unix timestamps or 20230506 integers,
NULL / None / \\N for empty cells.
"""
import csv
import datetime as dt
import json
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

TRUTH = {"rows": [], "non_data": []}


def T(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    TRUTH["rows"].append(r)


def ND(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})


# ---------------------------------------------------------------- code tables
TOWN = "13012310"
CUN = [
    ("130123101201", "南楼村"),
    ("130123101202", "北贾村"),
    ("130123101203", "西柏棠村"),
    ("130123101204", "东杨庄村"),
    ("130123101205", "永安村"),
    ("130123101206", "新城铺村"),
]
CUN_NAME = dict(CUN)

HTLX = [("01", "工程"), ("02", "采购"), ("03", "服务"), ("04", "租赁"), ("05", "发包")]
XMLX = [("01", "一事一议"), ("02", "村级工程"), ("03", "小微工程"), ("09", "其他")]
ZW = [("01", "党支部书记"), ("02", "村委会主任"), ("03", "党支部副书记"), ("04", "村委会副主任"),
      ("05", "村委会委员"), ("06", "村务监督委员会主任"), ("07", "报账员"), ("08", "妇联主席")]
ZW_NAME = dict(ZW)
ZCLB = [("01", "房屋及建筑物"), ("02", "机器设备"), ("03", "运输工具"), ("04", "基础设施"), ("05", "办公设备")]


def ts_str(d):  # '2023-05-06 00:00:00'
    return d.strftime("%Y-%m-%d 00:00:00")


def iso_t(d):
    return d.strftime("%Y-%m-%dT00:00:00")


def fen(yuan):
    return int(round(yuan * 100))


# =========================================================== file 1: xlsx dump
F1 = "sanzi_pt_export_20240312.xlsx"
wb = openpyxl.Workbook()

# ---- t_contract: two header rows (codes, then Chinese labels), htje in fen
ws = wb.active
ws.title = "t_contract"
ws.append(["htbh", "htmc", "cun_dm", "htlx_dm", "yfmc", "htje", "qdrq", "ksrq", "jsrq", "zbfs", "zt"])
ws.append(["合同编号", "合同名称", "村代码", "合同类型代码", "乙方名称", "合同金额(分)", "签订日期",
           "开始日期", "结束日期", "招标方式", "状态"])
contracts = [
    # cun, type, title, party_b, yuan, signed, start, end, zbfs
    ("130123101201", "01", "南楼村主街道路硬化工程施工合同", "正定县恒达建筑工程有限公司", 186500.00, dt.date(2023, 3, 8), dt.date(2023, 3, 15), dt.date(2023, 6, 30), "竞争性磋商"),
    ("130123101201", "01", "南楼村排水沟清淤改造工程", "正定县恒达建筑工程有限公司", 48600.00, dt.date(2023, 4, 2), dt.date(2023, 4, 5), dt.date(2023, 5, 20), "村内议标"),
    ("130123101201", "01", "南楼村排水沟二期工程", "正定县恒达建筑工程有限公司", 49200.00, dt.date(2023, 4, 18), dt.date(2023, 4, 20), dt.date(2023, 6, 10), "村内议标"),
    ("130123101201", "02", "路灯采购合同", "石家庄光明照明器材有限公司", 37800.00, dt.date(2023, 5, 6), None, None, "询价"),
    ("130123101201", "03", "村级财务代理记账服务", "正定县诚信会计服务有限公司", 6000.00, dt.date(2023, 1, 5), dt.date(2023, 1, 1), dt.date(2023, 12, 31), None),
    ("130123101201", "04", "村委会闲置房屋租赁合同", "刘建军", 12000.00, dt.date(2023, 2, 20), dt.date(2023, 3, 1), dt.date(2026, 2, 28), "公开竞价"),
    ("130123101202", "01", "北贾村文化广场建设工程", "河北润泽园林绿化工程有限公司", 238750.50, dt.date(2023, 5, 12), dt.date(2023, 5, 20), dt.date(2023, 9, 30), "公开招标"),
    ("130123101202", "01", "北贾村坑塘护坡工程", "正定县宏伟水利工程队", 99800.00, dt.date(2023, 6, 1), dt.date(2023, 6, 5), dt.date(2023, 8, 1), "竞争性谈判"),
    ("130123101202", "02", "健身器材采购", "石家庄市康体健身器材有限公司", 26400.00, dt.date(2023, 7, 3), None, None, "询价"),
    ("130123101202", "03", "村内垃圾清运服务合同", "正定县洁美保洁服务有限公司", 36000.00, dt.date(2022, 12, 28), dt.date(2023, 1, 1), dt.date(2023, 12, 31), "竞争性磋商"),
    ("130123101202", "05", "机动地发包合同", "赵振海", 8450.00, dt.date(2023, 3, 1), dt.date(2023, 3, 1), dt.date(2033, 2, 28), "公开竞价"),
    ("130123101203", "01", "西柏棠村委会办公楼维修工程", "正定县恒达建筑工程有限公司", 78900.00, dt.date(2023, 8, 9), dt.date(2023, 8, 15), dt.date(2023, 10, 15), "村内议标"),
    ("130123101203", "01", "西柏棠村东西大街硬化", "河北鑫泰路桥工程有限公司", 312600.00, dt.date(2023, 4, 25), dt.date(2023, 5, 1), dt.date(2023, 7, 31), "公开招标"),
    ("130123101203", "02", "办公桌椅采购", "正定县万家办公用品商行", 8760.00, dt.date(2023, 2, 14), None, None, None),
    ("130123101203", "03", "监控设备维护服务", "石家庄天眼安防科技有限公司", 4800.00, dt.date(2023, 3, 20), dt.date(2023, 4, 1), dt.date(2024, 3, 31), None),
    ("130123101203", "04", "村东厂房租赁合同", "正定县鑫隆塑料制品厂", 60000.00, dt.date(2022, 11, 30), dt.date(2023, 1, 1), dt.date(2027, 12, 31), "公开竞价"),
    ("130123101204", "01", "东杨庄村自来水管网改造", "正定县宏伟水利工程队", 145300.00, dt.date(2023, 5, 30), dt.date(2023, 6, 10), dt.date(2023, 8, 31), "竞争性磋商"),
    ("130123101204", "01", "东杨庄村小学围墙修缮", "正定县永固建筑安装有限公司", 29850.00, dt.date(2023, 9, 12), dt.date(2023, 9, 15), dt.date(2023, 10, 20), "村内议标"),
    ("130123101204", "02", "消防器材采购", "正定县安泰消防器材经销部", 5620.00, dt.date(2023, 10, 8), None, None, None),
    ("130123101204", "05", "果园承包合同", "杨树林", 15000.00, dt.date(2021, 2, 10), dt.date(2021, 3, 1), dt.date(2036, 2, 28), "村民代表会议议定"),
    ("130123101205", "01", "永安村排涝泵站改造", "正定县宏伟水利工程队", 198000.00, dt.date(2023, 7, 15), dt.date(2023, 7, 20), dt.date(2023, 10, 31), "公开招标"),
    ("130123101205", "01", "永安村卫生室改建", "正定县永固建筑安装有限公司", 67300.00, dt.date(2023, 3, 27), dt.date(2023, 4, 1), dt.date(2023, 6, 1), "竞争性谈判"),
    ("130123101205", "03", "村庄规划编制服务", "河北华夏城乡规划设计院有限公司", 45000.00, dt.date(2023, 6, 16), dt.date(2023, 6, 20), dt.date(2023, 12, 20), "竞争性磋商"),
    ("130123101205", "02", "绿化苗木采购", "正定县绿源苗木种植专业合作社", 18920.00, dt.date(2023, 4, 3), None, None, "询价"),
    ("130123101205", "04", "临街门市房租赁", "张丽娟", 9600.00, dt.date(2023, 1, 18), dt.date(2023, 2, 1), dt.date(2025, 1, 31), "公开竞价"),
    ("130123101206", "01", "新城铺村道路亮化工程", "石家庄光明照明器材有限公司", 89500.00, dt.date(2023, 8, 22), dt.date(2023, 9, 1), dt.date(2023, 10, 30), "竞争性磋商"),
    ("130123101206", "01", "新城铺村污水管网接户工程", "河北鑫泰路桥工程有限公司", 276480.00, dt.date(2023, 9, 5), dt.date(2023, 9, 10), dt.date(2023, 12, 15), "公开招标"),
    ("130123101206", "03", "村内保洁服务", "正定县洁美保洁服务有限公司", 28800.00, dt.date(2023, 1, 3), dt.date(2023, 1, 1), dt.date(2023, 12, 31), None),
    ("130123101206", "02", "农用三轮车采购", "正定县通达农机销售有限公司", 11500.00, dt.date(2023, 5, 9), None, None, None),
    ("130123101206", "05", "村西坑塘养殖发包", "李国强", 7200.00, dt.date(2022, 12, 20), dt.date(2023, 1, 1), dt.date(2027, 12, 31), "公开竞价"),
]
for i, (cun, lx, title, yf, yuan, qd, ks, js, zbfs) in enumerate(contracts, start=1):
    htbh = "HT%s%s%04d" % (cun[-3:], qd.strftime("%Y%m"), i)
    ws.append([htbh, title, cun, lx, yf, fen(yuan), ts_str(qd),
               ts_str(ks) if ks else "NULL", ts_str(js) if js else "NULL",
               zbfs if zbfs else "NULL", "1"])
    T(F1, "t_contract", ws.max_row, "contract",
      {"counterparty": yf, "amount": round(yuan, 2), "signed_on": qd.isoformat()},
      village=CUN_NAME[cun])

# ---- t_cgb cadres: codes only header row, position coded
ws = wb.create_sheet("t_cgb")
ws.append(["ryid", "xm", "xb", "cun_dm", "zw_dm", "lxdh", "rzrq", "sfzz"])
ws.append(["人员ID", "姓名", "性别(1男2女)", "村代码", "职务代码", "联系电话", "任职日期", "是否在职"])
cadres = [
    ("130123101201", "王建国", 1, "01"), ("130123101201", "李秀芝", 2, "05"), ("130123101201", "王立新", 1, "07"),
    ("130123101202", "赵振江", 1, "01"), ("130123101202", "孙卫东", 1, "02"), ("130123101202", "赵美华", 2, "08"),
    ("130123101203", "高志刚", 1, "01"), ("130123101203", "周玉梅", 2, "06"),
    ("130123101204", "杨树森", 1, "01"), ("130123101204", "杨文亮", 1, "04"),
    ("130123101205", "张国华", 1, "01"), ("130123101205", "陈红霞", 2, "03"),
    ("130123101206", "李国庆", 1, "01"), ("130123101206", "马俊峰", 1, "07"),
]
for i, (cun, xm, xb, zw) in enumerate(cadres, start=1):
    ws.append([1000 + i, xm, xb, cun, zw, "13%09d" % (831200000 + i * 7919),
               "2021-04-%02d 00:00:00" % (10 + i % 9), 1])
    T(F1, "t_cgb", ws.max_row, "cadre", {"name": xm, "position": ZW_NAME[zw]}, village=CUN_NAME[cun])

# ---- code tables (not records)
ws = wb.create_sheet("dm_cun")
ws.append(["cun_dm", "cun_mc", "xz_dm", "xz_mc"])
for code, name in CUN:
    ws.append([code, name, "130123101", "南牛乡"])
    ND(F1, "dm_cun", ws.max_row, "村代码表 (code table)")
ws = wb.create_sheet("dm_htlx")
ws.append(["dm", "mc"])
for code, name in HTLX:
    ws.append([code, name])
    ND(F1, "dm_htlx", ws.max_row, "合同类型代码表")
ws = wb.create_sheet("dm_zw")
ws.append(["dm", "mc"])
for code, name in ZW:
    ws.append([code, name])
    ND(F1, "dm_zw", ws.max_row, "职务代码表")
ws = wb.create_sheet("dm_szbz")
ws.append(["dm", "mc", "bz"])
for row in [("1", "收入", "szbz/io_flag"), ("2", "支出", "szbz/io_flag")]:
    ws.append(list(row))
    ND(F1, "dm_szbz", ws.max_row, "收支标志代码表")
wb.save(os.path.join(FILES, F1))


# =============================================== file 2: bank journal dump, GBK csv
F2 = "pz_yhrj_130123101203_2023.csv"
S2 = "pz_yhrj_130123101203_2023"
V2 = "西柏棠村"
lines = [["pzh", "pzrq", "zy", "kmdm", "kmmc", "jfje", "dfje", "ye", "wldw", "jsfs", "jbr"]]
bank = [
    # (date, summary, +in/-out, counterparty, jsfs, jbr)
    (dt.date(2023, 1, 6), "收村东厂房2023年租金", 60000.00, "正定县鑫隆塑料制品厂", "转账", "高志刚"),
    (dt.date(2023, 1, 16), "支付2022年12月保洁员工资", -4200.00, "王桂兰", "转账", "马小红"),
    (dt.date(2023, 1, 20), "收乡财政转移支付村级组织运转经费", 35000.00, "南牛乡财政所", "转账", None),
    (dt.date(2023, 2, 14), "支付办公桌椅款", -8760.00, "正定县万家办公用品商行", "转账", "马小红"),
    (dt.date(2023, 2, 28), "支付村干部2022年四季度误工补贴", -21600.00, None, "转账", "高志刚"),
    (dt.date(2023, 3, 10), "支付春节慰问品款", -3860.00, "正定县惠民超市", "转账", "周玉梅"),
    (dt.date(2023, 3, 21), "银行利息收入", 126.35, None, "转账", None),
    (dt.date(2023, 4, 3), "支付监控设备维护费", -4800.00, "石家庄天眼安防科技有限公司", "转账", "马小红"),
    (dt.date(2023, 4, 27), "收县交通局道路硬化奖补资金", 150000.00, "正定县交通运输局", "转账", None),
    (dt.date(2023, 5, 8), "预付东西大街硬化工程款", -93780.00, "河北鑫泰路桥工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 5, 19), "收机动地承包费", 12400.00, "高振东", "转账", None),
    (dt.date(2023, 5, 31), "支付党员活动室电费", -652.40, "国网正定县供电公司", "转账", "马小红"),
    (dt.date(2023, 6, 12), "支付东西大街硬化工程进度款", -125040.00, "河北鑫泰路桥工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 6, 20), "提取备用金", -5000.00, None, "现金支票", "马小红"),
    (dt.date(2023, 6, 29), "收一事一议财政奖补资金", 80000.00, "正定县财政局", "转账", None),
    (dt.date(2023, 7, 11), "支付东西大街硬化工程款", -62520.00, "河北鑫泰路桥工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 7, 25), "支付防汛物资款", -7390.00, "正定县安泰消防器材经销部", "转账", "周玉梅"),
    (dt.date(2023, 8, 18), "预付村委会办公楼维修工程款", -39450.00, "正定县恒达建筑工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 8, 30), "收村民筹资一事一议款", 18600.00, "村民筹资（王庄组）", "现金", None),
    (dt.date(2023, 9, 14), "支付上半年报账员补贴", -3000.00, "马小红", "转账", "高志刚"),
    (dt.date(2023, 9, 26), "支付办公楼维修工程款", -31560.00, "正定县恒达建筑工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 10, 9), "收宅基地有偿使用费", 4500.00, "高建民", "现金", None),
    (dt.date(2023, 10, 23), "支付村庄绿化苗木款", -16850.00, "正定县绿源苗木种植专业合作社", "转账", "周玉梅"),
    (dt.date(2023, 11, 7), "支付东西大街硬化工程尾款", -31260.00, "河北鑫泰路桥工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 11, 22), "支付冬季取暖煤款", -12600.00, "正定县兴旺煤炭经销处", "转账", "马小红"),
    (dt.date(2023, 12, 5), "收上级党组织党建经费", 20000.00, "中共正定县委组织部", "转账", None),
    (dt.date(2023, 12, 15), "支付办公楼维修工程质保金", -7890.00, "正定县恒达建筑工程有限公司", "转账", "高志刚"),
    (dt.date(2023, 12, 21), "银行利息收入", 98.72, None, "转账", None),
    (dt.date(2023, 12, 28), "支付村干部全年绩效补贴", -43200.00, None, "转账", "高志刚"),
    (dt.date(2023, 12, 29), "支付审计服务费", -3500.00, "河北正信会计师事务所有限公司", "转账", "马小红"),
]
bal = 152340.18


def m4(x):
    return "%.4f" % x


lines.append(["\\N", "20230101", "上年结转", "102", "银行存款", m4(0), m4(0), m4(bal), "\\N", "\\N", "\\N"])
ND(F2, S2, len(lines), "上年结转 (opening balance)")
cur_month = 1
mj = md = 0.0
pz = 0
for (d, zy, amt, wl, js, jb) in bank + [(dt.date(2024, 1, 1), None, 0, None, None, None)]:
    if d.month != cur_month and cur_month in (6, 12):
        lines.append(["\\N", "2023%02d30" % cur_month if cur_month == 6 else "20231231",
                      "上半年累计" if cur_month == 6 else "本年累计", "102", "银行存款",
                      m4(mj), m4(md), m4(bal), "\\N", "\\N", "\\N"])
        ND(F2, S2, len(lines), lines[-1][2])
    if zy is None:
        break
    if d.month != cur_month:
        cur_month = d.month
    pz += 1
    jf = amt if amt > 0 else 0.0
    df = -amt if amt < 0 else 0.0
    bal = round(bal + jf - df, 2)
    mj += jf
    md += df
    lines.append(["记-%03d" % pz, d.strftime("%Y%m%d"), zy, "102", "银行存款", m4(jf), m4(df), m4(bal),
                  wl if wl else "\\N", js, jb if jb else "\\N"])
    T(F2, S2, len(lines), "payment",
      {"date": d.isoformat(), "amount": round(abs(amt), 2), "direction": "in" if amt > 0 else "out",
       "counterparty": wl}, village=V2)
with open(os.path.join(FILES, F2), "w", encoding="gbk", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(lines)


# ================================= file 3: platform payment flow, UTF-8 tab-separated
F3 = "fund_flow_2023Q3.csv"
S3 = "fund_flow_2023Q3"
BJT = dt.timezone(dt.timedelta(hours=8))
flow = [
    # cun, date, hh:mm, io 1/2, yuan, counterparty, memo, method
    ("130123101201", dt.date(2023, 7, 3), "09:41", 2, 55950.00, "正定县恒达建筑工程有限公司", "主街道路硬化工程进度款", "BANK"),
    ("130123101201", dt.date(2023, 7, 10), "10:15", 1, 12000.00, "刘建军", "房屋租金", "BANK"),
    ("130123101201", dt.date(2023, 7, 18), "15:02", 2, 24300.00, "正定县恒达建筑工程有限公司", "排水沟清淤改造工程款", "BANK"),
    ("130123101201", dt.date(2023, 7, 18), "15:07", 2, 24300.00, "正定县恒达建筑工程有限公司", "排水沟清淤改造工程款", "BANK"),
    ("130123101201", dt.date(2023, 8, 2), "11:30", 2, 37800.00, "石家庄光明照明器材有限公司", "路灯采购款", "BANK"),
    ("130123101201", dt.date(2023, 8, 21), "16:45", 2, 1850.00, "王立新", "报销差旅费", "CASH"),
    ("130123101202", dt.date(2023, 7, 5), "09:12", 2, 71625.15, "河北润泽园林绿化工程有限公司", "文化广场工程预付款", "BANK"),
    ("130123101202", dt.date(2023, 7, 28), "14:20", 1, 8450.00, "赵振海", "机动地承包费", "BANK"),
    ("130123101202", dt.date(2023, 8, 8), "10:05", 2, 26400.00, "石家庄市康体健身器材有限公司", "健身器材款", "BANK"),
    ("130123101202", dt.date(2023, 8, 30), "09:55", 2, 49900.00, "正定县宏伟水利工程队", "坑塘护坡工程款", "BANK"),
    ("130123101202", dt.date(2023, 9, 15), "13:33", 2, 3000.00, "正定县洁美保洁服务有限公司", "7-9月垃圾清运费", "BANK"),
    ("130123101202", dt.date(2023, 9, 22), "08:50", 1, 56.18, None, "利息", "BANK"),
    ("130123101204", dt.date(2023, 7, 12), "10:40", 2, 43590.00, "正定县宏伟水利工程队", "自来水管网改造预付款", "BANK"),
    ("130123101204", dt.date(2023, 8, 16), "11:11", 2, 72650.00, "正定县宏伟水利工程队", "自来水管网改造进度款", "BANK"),
    ("130123101204", dt.date(2023, 9, 19), "15:25", 2, 4980.00, "杨文亮", "购买办公用品", "CASH"),
    ("130123101204", dt.date(2023, 9, 27), "09:30", 1, 15000.00, "杨树林", "果园承包费", "BANK"),
    ("130123101205", dt.date(2023, 7, 24), "10:10", 2, 59400.00, "正定县宏伟水利工程队", "排涝泵站改造预付款", "BANK"),
    ("130123101205", dt.date(2023, 8, 4), "14:48", 2, 20190.00, "正定县永固建筑安装有限公司", "卫生室改建尾款", "BANK"),
    ("130123101205", dt.date(2023, 8, 25), "09:00", 2, 13500.00, "河北华夏城乡规划设计院有限公司", "村庄规划编制首付款", "BANK"),
    ("130123101205", dt.date(2023, 9, 6), "16:20", 1, 50000.00, "正定县农业农村局", "美丽乡村建设补助", "BANK"),
    ("130123101206", dt.date(2023, 7, 7), "10:30", 2, 2400.00, "正定县洁美保洁服务有限公司", "7月保洁费", "BANK"),
    ("130123101206", dt.date(2023, 8, 7), "10:30", 2, 2400.00, "正定县洁美保洁服务有限公司", "8月保洁费", "BANK"),
    ("130123101206", dt.date(2023, 9, 7), "10:30", 2, 2400.00, "正定县洁美保洁服务有限公司", "9月保洁费", "BANK"),
    ("130123101206", dt.date(2023, 9, 12), "11:05", 2, 26850.00, "石家庄光明照明器材有限公司", "道路亮化工程预付款", "BANK"),
    ("130123101206", dt.date(2023, 9, 28), "15:40", 2, 9800.00, "李国庆", "垫付工程材料款报销", "CASH"),
]
lines = [["txn_id", "village_code", "txn_time", "io_flag", "amount_fen", "counterparty", "memo", "pay_method", "voucher_no"]]
for i, (cun, d, hm, flag, yuan, cp, memo, meth) in enumerate(flow, start=1):
    h, m = map(int, hm.split(":"))
    ts = int(dt.datetime(d.year, d.month, d.day, h, m, tzinfo=BJT).timestamp())
    lines.append([str(202307000100 + i), cun, str(ts), str(flag), str(fen(yuan)), cp if cp else "NULL",
                  memo, meth, "NULL" if i % 4 == 0 else "记-%d" % (40 + i)])
    T(F3, S3, len(lines), "payment",
      {"date": d.isoformat(), "amount": round(yuan, 2), "direction": "in" if flag == 1 else "out",
       "counterparty": cp}, village=CUN_NAME[cun])
with open(os.path.join(FILES, F3), "w", encoding="utf-8", newline="") as f:
    csv.writer(f, delimiter="\t", lineterminator="\n").writerows(lines)


# ======================================= file 4: projects + assets xlsx dump
F4 = "xm_zc_dump_130123101.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "xm_jbxx"
# codes only, no Chinese label row
ws.append(["xmbh", "xmmc", "xmlx", "cun_dm", "zbdw", "ysje", "htje", "jsje", "zjly", "jcrq", "kgrq", "jgrq", "xmzt"])
projects = [
    # cun, lx, name, contractor, ys, ht, js, zjly, jc, kg, jg, zt
    ("130123101201", "02", "南楼村主街道路硬化工程", "正定县恒达建筑工程有限公司", 195000, 186500, 184320.6, "财政奖补+村集体", dt.date(2023, 2, 20), dt.date(2023, 3, 15), dt.date(2023, 6, 28), "3"),
    ("130123101201", "03", "南楼村排水沟清淤改造", "正定县恒达建筑工程有限公司", 50000, 48600, None, "村集体", dt.date(2023, 3, 28), dt.date(2023, 4, 5), dt.date(2023, 5, 18), "3"),
    ("130123101201", "03", "南楼村排水沟二期", "正定县恒达建筑工程有限公司", 50000, 49200, None, "村集体", dt.date(2023, 4, 25), dt.date(2023, 4, 20), dt.date(2023, 6, 9), "3"),
    ("130123101201", "01", "南楼村路灯安装一事一议项目", "石家庄光明照明器材有限公司", 42000, 37800, None, "一事一议奖补", dt.date(2023, 4, 10), dt.date(2023, 5, 15), None, "2"),
    ("130123101202", "02", "北贾村文化广场建设", "河北润泽园林绿化工程有限公司", 250000, 238750.5, None, "美丽乡村专项", dt.date(2023, 4, 20), dt.date(2023, 5, 20), None, "2"),
    ("130123101202", "03", "北贾村坑塘护坡", "正定县宏伟水利工程队", 100000, 99800, None, "村集体", dt.date(2023, 5, 26), dt.date(2023, 6, 5), dt.date(2023, 7, 30), "3"),
    ("130123101202", "01", "北贾村健身场地一事一议", None, 30000, None, None, "一事一议奖补+村民筹资", dt.date(2023, 6, 18), None, None, "1"),
    ("130123101203", "02", "西柏棠村东西大街硬化", "河北鑫泰路桥工程有限公司", 320000, 312600, 311850, "交通奖补", dt.date(2023, 4, 12), dt.date(2023, 5, 1), dt.date(2023, 7, 29), "3"),
    ("130123101203", "03", "西柏棠村委会办公楼维修", "正定县恒达建筑工程有限公司", 80000, 78900, None, "村集体", dt.date(2023, 8, 20), dt.date(2023, 8, 15), dt.date(2023, 10, 12), "3"),
    ("130123101203", "01", "西柏棠村王庄组生产路一事一议", "正定县永固建筑安装有限公司", 62000, 59880, None, "一事一议奖补+村民筹资", dt.date(2023, 7, 8), dt.date(2023, 9, 2), dt.date(2023, 11, 10), "3"),
    ("130123101204", "02", "东杨庄村自来水管网改造", "正定县宏伟水利工程队", 150000, 145300, None, "农村饮水安全", dt.date(2023, 5, 16), dt.date(2023, 6, 10), None, "2"),
    ("130123101204", "03", "东杨庄村小学围墙修缮", "正定县永固建筑安装有限公司", 30000, 29850, None, "村集体", dt.date(2023, 9, 1), dt.date(2023, 9, 15), dt.date(2023, 10, 18), "3"),
    ("130123101204", "09", "东杨庄村文化墙彩绘", None, 12000, None, None, "村集体", None, None, None, "1"),
    ("130123101205", "02", "永安村排涝泵站改造", "正定县宏伟水利工程队", 210000, 198000, None, "水利专项", dt.date(2023, 6, 28), dt.date(2023, 7, 20), None, "2"),
    ("130123101205", "03", "永安村卫生室改建", "正定县永固建筑安装有限公司", 70000, 67300, 67300, "村集体", dt.date(2023, 3, 15), dt.date(2023, 4, 1), dt.date(2023, 5, 30), "3"),
    ("130123101205", "01", "永安村街巷硬化一事一议", "河北鑫泰路桥工程有限公司", 160000, 152480, None, "一事一议奖补+村民筹资", dt.date(2023, 8, 3), dt.date(2023, 8, 28), None, "2"),
    ("130123101206", "02", "新城铺村道路亮化", "石家庄光明照明器材有限公司", 92000, 89500, None, "美丽乡村专项", dt.date(2023, 8, 10), dt.date(2023, 9, 1), None, "2"),
    ("130123101206", "02", "新城铺村污水管网接户", "河北鑫泰路桥工程有限公司", 285000, 276480, None, "农村人居环境整治", dt.date(2023, 8, 25), dt.date(2023, 9, 10), None, "2"),
    ("130123101206", "01", "新城铺村桥涵维修一事一议", None, 45000, None, None, "一事一议奖补", dt.date(2023, 11, 20), None, None, "1"),
    ("130123101206", "03", "新城铺村村委会院墙粉刷", "正定县永固建筑安装有限公司", 9000, 8650, 8650, "村集体", dt.date(2023, 4, 2), dt.date(2023, 4, 8), dt.date(2023, 4, 16), "3"),
]


def dec4(x):
    return "None" if x is None else "%.4f" % x


for i, (cun, lx, name, zb, ys, ht, js, zj, jc, kg, jg, zt) in enumerate(projects, start=1):
    ws.append(["XM2023%s%03d" % (cun[-3:], i), name, lx, cun, zb if zb else "None",
               dec4(ys), dec4(ht), dec4(js), zj,
               iso_t(jc) if jc else "None", iso_t(kg) if kg else "None", iso_t(jg) if jg else "None", zt])
    fields = {"name": name, "contractor": zb}
    if ht is not None:
        fields["amount"] = round(float(ht), 2)
    else:
        fields["budget"] = round(float(ys), 2)
    T(F4, "xm_jbxx", ws.max_row, "project", fields, village=CUN_NAME[cun])

ws = wb.create_sheet("zc_kp")
ws.append(["zcbm", "zcmc", "zclb_dm", "cun_dm", "yz", "ljzj", "jz", "gzrq", "syzk", "bgr"])
ws.append(["资产编码", "资产名称", "资产类别代码", "村代码", "原值(元)", "累计折旧(元)", "净值(元)", "购置日期", "使用状况", "保管人"])
assets = [
    ("130123101201", "01", "村委会办公楼", 486000.00, 20120615, "在用", "王建国"),
    ("130123101201", "04", "南楼村文化广场", 213500.00, 20180920, "在用", "王建国"),
    ("130123101201", "05", "联想台式计算机", 4599.00, 20210311, "在用", "王立新"),
    ("130123101202", "01", "北贾村老年活动中心", 356800.00, 20150430, "在用", "赵振江"),
    ("130123101202", "03", "五征农用三轮车", 9800.00, 20190708, "闲置", "孙卫东"),
    ("130123101202", "02", "潜水泵及配电柜", 16750.00, 20200512, "在用", "孙卫东"),
    ("130123101203", "01", "村东标准化厂房", 1280000.00, 20160301, "出租", "高志刚"),
    ("130123101203", "05", "监控系统（32路）", 38600.00, 20220410, "在用", "高志刚"),
    ("130123101203", "04", "东西大街路灯", 96400.00, 20211108, "在用", "高志刚"),
    ("130123101204", "01", "东杨庄村卫生室", 168000.00, 20140826, "在用", "杨树森"),
    ("130123101204", "02", "打井设备", 22300.00, 20170605, "报废待处置", "杨文亮"),
    ("130123101205", "01", "永安村临街门市房", 275000.00, 20130918, "出租", "张国华"),
    ("130123101205", "04", "排涝泵站", 432600.00, 20100715, "在用", "张国华"),
    ("130123101206", "03", "正三轮垃圾清运车", 11500.00, 20230509, "在用", "马俊峰"),
    ("130123101206", "05", "复印一体机", 6280.00, 20220223, "在用", "马俊峰"),
    ("130123101206", "01", "新城铺村党群服务中心", 620000.00, 20190110, "在用", "李国庆"),
]
for i, (cun, lb, name, yz, gz, zk, bgr) in enumerate(assets, start=1):
    gzd = dt.date(gz // 10000, gz // 100 % 100, gz % 100)
    years = (dt.date(2023, 12, 31) - gzd).days / 365.0
    lj = round(min(yz * 0.95, yz * years / (30 if lb in ("01", "04") else 8)), 2)
    ws.append(["ZC%s%04d" % (cun[-3:], i), name, lb, cun, yz, lj, round(yz - lj, 2), gz, zk, bgr])
    T(F4, "zc_kp", ws.max_row, "asset",
      {"name": name, "amount": yz, "acquired_on": gzd.isoformat()}, village=CUN_NAME[cun])

ws = wb.create_sheet("dm_xmlx")
ws.append(["dm", "mc"])
for code, name in XMLX:
    ws.append([code, name])
    ND(F4, "dm_xmlx", ws.max_row, "项目类型代码表")
ws = wb.create_sheet("dm_zclb")
ws.append(["dm", "mc"])
for code, name in ZCLB:
    ws.append([code, name])
    ND(F4, "dm_zclb", ws.max_row, "资产类别代码表")
ws = wb.create_sheet("tj_cun")  # statistics of counts per village: not records
ws.append(["cun_dm", "xm_sl", "zc_sl", "zc_yz_hj"])
for code, name in CUN:
    n_xm = sum(1 for p in projects if p[0] == code)
    a = [x for x in assets if x[0] == code]
    ws.append([code, n_xm, len(a), round(sum(x[3] for x in a), 2)])
    ND(F4, "tj_cun", ws.max_row, "统计表 (counts per village)")
wb.save(os.path.join(FILES, F4))


# ================================ file 5: resource lease dump, GBK comma csv, English headers
F5 = "resource_lease_export.csv"
S5 = "resource_lease_export"
lines = [["contract_no", "village_code", "resource_name", "resource_type", "area", "area_unit",
          "party_b", "annual_rent", "start_date", "end_date", "sign_date", "tender_mode"]]
res = [
    ("130123101201", "村东机动地", "耕地", 32.5, "亩", "王建民", 26000.00, dt.date(2021, 10, 1), dt.date(2031, 9, 30)),
    ("130123101201", "村委会闲置房屋", "房屋", 180, "平方米", "刘建军", 12000.00, dt.date(2023, 3, 1), dt.date(2026, 2, 28)),
    ("130123101201", "南沟坑塘", "水面", 1.2, "公顷", "王德顺", 5400.00, dt.date(2020, 1, 1), dt.date(2034, 12, 31)),
    ("130123101202", "北大洼机动地", "耕地", 13, "亩", "赵振海", 8450.00, dt.date(2023, 3, 1), dt.date(2033, 2, 28)),
    ("130123101202", "村北林地", "林地", 45, "亩", "正定县绿源苗木种植专业合作社", 9000.00, dt.date(2019, 4, 1), dt.date(2049, 3, 31)),
    ("130123101202", "老砖厂旧址", "建设用地", 8.6, "亩", "孙卫国", 15000.00, dt.date(2022, 1, 1), dt.date(2026, 12, 31)),
    ("130123101203", "村东标准化厂房", "厂房", 2400, "平方米", "正定县鑫隆塑料制品厂", 60000.00, dt.date(2023, 1, 1), dt.date(2027, 12, 31)),
    ("130123101203", "西洼机动地", "耕地", 15.5, "亩", "高振东", 12400.00, dt.date(2022, 10, 1), dt.date(2027, 9, 30)),
    ("130123101203", "村南苇坑", "水面", 0.8, "公顷", None, None, None, None),
    ("130123101204", "村西果园", "园地", 60, "亩", "杨树林", 15000.00, dt.date(2021, 3, 1), dt.date(2036, 2, 28)),
    ("130123101204", "东杨庄村晒场", "建设用地", 3.2, "亩", "杨文革", 1200.00, dt.date(2018, 1, 1), dt.date(2037, 12, 31)),
    ("130123101204", "村南机动地", "耕地", 21, "亩", "杨建军", 16800.00, dt.date(2023, 10, 1), dt.date(2028, 9, 30)),
    ("130123101205", "临街门市房", "房屋", 96, "平方米", "张丽娟", 9600.00, dt.date(2023, 2, 1), dt.date(2025, 1, 31)),
    ("130123101205", "永安村砖窑坑", "水面", 2.5, "公顷", "陈海涛", 9000.00, dt.date(2016, 1, 1), dt.date(2045, 12, 31)),
    ("130123101205", "村北机动地", "耕地", 28.4, "亩", "张国栋", 22720.00, dt.date(2022, 10, 1), dt.date(2032, 9, 30)),
    ("130123101206", "村西坑塘", "水面", 18, "亩", "李国强", 7200.00, dt.date(2023, 1, 1), dt.date(2027, 12, 31)),
    ("130123101206", "村委会临街仓库", "房屋", 240, "平方米", "正定县通达农机销售有限公司", 18000.00, dt.date(2022, 6, 1), dt.date(2027, 5, 31)),
    ("130123101206", "村东林带", "林地", 26, "亩", "马俊海", 2600.00, dt.date(2015, 3, 1), dt.date(2045, 2, 28)),
]
for i, (cun, name, typ, area, unit, pb, rent, s, e) in enumerate(res, start=1):
    if unit == "公顷":
        mu = round(area * 15, 2)
    elif unit == "平方米":
        mu = round(area / 666.67, 2)
    else:
        mu = round(float(area), 2)
    lines.append(["ZYFB%s%03d" % (cun[-3:], i), cun, name, typ, ("%g" % area), unit,
                  pb if pb else "\\N", ("%.2f" % rent) if rent is not None else "\\N",
                  ts_str(s) if s else "\\N", ts_str(e) if e else "\\N",
                  ts_str(s - dt.timedelta(days=15)) if s else "\\N",
                  "\\N" if i % 5 == 0 else ("公开竞价" if i % 2 else "协商")])
    f = {"name": name, "counterparty": pb, "amount": rent, "area": mu,
         "started_on": s.isoformat() if s else None, "ended_on": e.isoformat() if e else None}
    T(F5, S5, len(lines), "resource", f, village=CUN_NAME[cun])
with open(os.path.join(FILES, F5), "w", encoding="gbk", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows(lines)

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("rows:", len(TRUTH["rows"]), "non_data:", len(TRUTH["non_data"]))
