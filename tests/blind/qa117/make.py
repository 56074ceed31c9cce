"""Blind test set qa117: village works paid over years (工程款分期支付、结算审计、代发农民工工资、银行日记账).

Deterministic. Writes files into files/ beside this script and truth.json beside this script.
"""
import csv
import datetime as dt
import json
import os
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

V = "王家堡村"
ROWS, NON = [], []


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def truth(file, sheet, row, kind, **fields):
    ROWS.append({"file": file, "sheet": sheet, "row": row, "kind": kind, "village": V, "fields": fields})


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat() if d else None


TONGQU = "浙江通衢建设有限公司"
HENGDA = "衢州市恒达建筑工程有限公司"
HUAYANG = "江山市华洋市政工程有限公司"
GUANGMING = "常山县光明电器安装有限公司"
ZHENGXIN = "衢州正信工程造价咨询有限公司"
JIANLI = "衢州市公正建设监理有限公司"

# ---------------------------------------------------------------- workers (花名册)
NAMES1 = ["王德贵", "王建平", "徐长根", "徐水林", "汪卫东", "毛土根", "毛新华", "祝有福", "余金水", "余小兵",
          "姜国强", "姜志明", "叶春生", "叶海军", "周成富", "郑炳华", "刘家旺", "胡土龙", "王有才", "徐红英",
          "汪秀兰", "毛樟树", "祝春华", "余根土", "徐樟林", "王爱莲", "姜土金", "毛建新"]
NAMES2 = ["李金土", "李根发", "程建华", "程小龙", "吴荣富", "吴卫国", "方水根", "方建军", "詹国平", "詹金花",
          "杨德明", "杨海波", "黄志刚", "黄秋生", "朱福来", "严松林", "王桂香", "徐德旺", "程月娥", "方土生", "詹福根", "李小芳"]
TRADES = ["泥工", "泥工", "钢筋工", "普工", "普工", "木工", "杂工", "机械手"]
RATE = {"泥工": 320, "钢筋工": 300, "普工": 220, "木工": 330, "杂工": 200, "机械手": 380}


def idno(i, birth_year):
    base = "330822%04d%02d%02d%03d" % (birth_year, (i % 12) + 1, (i * 7) % 28 + 1, 100 + i * 13 % 900)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(base, w)) % 11
    return base + "10X98765432"[s]


def card(i, prefix):
    return prefix + "%012d" % (402315789013 + i * 7919137)


workers1 = []
for i, n in enumerate(NAMES1):
    t = TRADES[i % len(TRADES)]
    days = 18 + (i * 5) % 17
    workers1.append((n, idno(i, 1962 + i % 25), card(i, "62306" + "18"), t, days, RATE[t]))
W1 = sum(Decimal(d * r) for *_, d, r in workers1)
workers2 = []
for i, n in enumerate(NAMES2):
    t = TRADES[(i + 3) % len(TRADES)]
    days = 15 + (i * 7) % 14
    workers2.append((n, idno(i + 40, 1960 + i % 27), card(i + 40, "62179" + "21"), t, days, RATE[t] - 10))
W2 = sum(Decimal(d * r) for *_, d, r in workers2)

# ---------------------------------------------------------------- projects
P1 = dict(name="王家堡村村道硬化及排水沟工程", contractor=TONGQU, budget=D(1350000), contract=D(1286500),
          sent=D(1352880), audited=D("1248316.50"), audit_date=dt.date(2023, 7, 25), code="WJB-GC-2022-03")
P2 = dict(name="王家堡村文化礼堂提升改造工程", contractor=HENGDA, budget=D(900000), contract=D(868000),
          sent=D(901560), audited=D(842100), audit_date=dt.date(2024, 8, 30), code="WJB-GC-2023-01")
P3 = dict(name="王家堡村污水管网修复工程", contractor=HUAYANG, budget=D(98000), contract=D(96800),
          sent=D(98120), audited=D("93562.40"), audit_date=dt.date(2023, 8, 22), code="WJB-GC-2023-02")

ret1 = D(P1["audited"] * Decimal("0.03"))
pay1 = [(dt.date(2022, 6, 20), "预付款", "支付村道硬化工程预付款（合同价30%）", TONGQU, D(385950), "记-23"),
        (dt.date(2022, 9, 15), "进度款", "支付村道硬化工程第一期进度款", TONGQU, D(300000), "记-41"),
        (dt.date(2022, 11, 30), "进度款", "支付村道硬化工程第二期进度款", TONGQU, D(200000), "记-58"),
        (dt.date(2023, 1, 18), "代发农民工工资", "代发农民工工资28人（抵扣工程款，见花名册）", "农民工28人（代发）", W1, "记-6")]
paid = sum(p[4] for p in pay1)
settle1 = P1["audited"] - ret1 - paid
pay1.append((dt.date(2023, 8, 10), "结算款", "按审定价97%支付结算款", TONGQU, settle1, "记-37"))
pay1.append((dt.date(2025, 8, 20), "质保金", "质保期满退还质保金（审定价3%）", TONGQU, ret1, "记-29"))

ret2 = D(P2["audited"] * Decimal("0.03"))
pay2 = [(dt.date(2023, 3, 10), "预付款", D(260400), "记-12"),
        (dt.date(2023, 6, 28), "进度款", D(200000), "记-30"),
        (dt.date(2023, 10, 16), "进度款", D(150000), "记-49"),
        (dt.date(2024, 1, 26), "代发农民工工资", W2, "记-5")]
settle2 = P2["audited"] - ret2 - sum(p[2] for p in pay2)
pay2.append((dt.date(2024, 9, 12), "结算款", settle2, "记-40"))

ret3 = D(P3["audited"] * Decimal("0.05"))
pay3 = [(dt.date(2023, 4, 28), "预付款", D(29040)),
        (dt.date(2023, 7, 3), "进度款", D(30000))]
settle3 = P3["audited"] - ret3 - sum(p[2] for p in pay3)
pay3.append((dt.date(2023, 9, 6), "结算款", settle3))
pay3.append((dt.date(2025, 9, 10), "质保金退还", ret3))


def ymd_cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


def ymd_dot(d):
    return f"{d.year}.{d.month}.{d.day}"


# ================================================================ File A: 工程款支付台账 .xlsx
FA = "王家堡村工程款支付台账（2022-2025）.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "项目汇总"
ws.append(["王家堡村村级工程项目及工程款支付汇总表"])
ws.merge_cells("A1:I1")
ws.append(["填报单位：清溪镇王家堡村股份经济合作社", None, None, None, None, None, None, "单位：元"])
ws.append(["序号", "项目名称", "施工单位", "预算金额", "合同金额", "审定金额", "累计已付", "未付金额", "备注"])
sumrow = [P1, P2, P3]
paid_tot = {1: sum(p[4] for p in pay1), 2: sum(p[2] for p in pay2), 3: sum(p[2] for p in pay3)}
for i, p in enumerate(sumrow, 1):
    ws.append([i, p["name"], p["contractor"], float(p["budget"]), float(p["contract"]), float(p["audited"]),
               float(paid_tot[i]), float(p["audited"] - paid_tot[i]),
               {1: "质保金已退还", 2: "质保金2026年9月到期", 3: "质保金已退还"}[i]])
    truth(FA, "项目汇总", ws.max_row, "project", name=p["name"], contractor=p["contractor"],
          amount=float(p["contract"]), budget=float(p["budget"]))
ws.append([4, "王家堡村山塘清淤整治工程（一事一议）", None, 180000, None, None, 0, None, "2025年村民代表会议已通过，尚未发包"])
truth(FA, "项目汇总", ws.max_row, "project", name="王家堡村山塘清淤整治工程（一事一议）", contractor=None,
      amount=None, budget=180000.0)
ws.append(["合计", None, None, float(sum(p["budget"] for p in sumrow) + 180000), float(sum(p["contract"] for p in sumrow)),
           float(sum(p["audited"] for p in sumrow)), float(sum(paid_tot.values())), None, None])
non(FA, "项目汇总", ws.max_row, "合计")
ws.append([])
ws.append(["制表人：王丽芳", None, None, "审核人：王建国", None, None, "日期：2025年10月8日"])
non(FA, "项目汇总", ws.max_row, "制表人/审核人")

# -- sheet 村道硬化: real dates, 收款单位 column
ws = wb.create_sheet("村道硬化")
ws.append([P1["name"] + "工程款支付台账"])
ws.merge_cells("A1:K1")
ws.append([f"施工单位：{TONGQU}    合同编号：{P1['code']}    合同金额：1286500.00元"])
ws.merge_cells("A2:K2")
ws.append([f"审定金额：1248316.50元（{ZHENGXIN}，2023年7月25日）    质保金：审定价3%，质保期两年    单位：元"])
ws.merge_cells("A3:K3")
ws.append(["序号", "付款日期", "付款类别", "摘要", "收款单位", "本次支付金额", "累计已付", "未付金额", "累计付款比例", "凭证号", "经办人"])
cum = Decimal(0)
for i, (d, cat, summ, payee, amt, vch) in enumerate(pay1, 1):
    cum += amt
    basis = P1["contract"] if d < P1["audit_date"] else P1["audited"]
    ws.append([i, d, cat, summ, payee, float(amt), float(cum), float(basis - cum), f"{(cum / basis * 100):.2f}%", vch, "王建国"])
    ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
    truth(FA, "村道硬化", ws.max_row, "payment", date=iso(d), amount=float(amt), direction="out", counterparty=payee)
ws.append(["合计", None, None, None, None, float(cum), None, 0, None, None, None])
non(FA, "村道硬化", ws.max_row, "合计")
ws.append(["注：2023年7月审计审定后，未付金额按审定价计算；2023年1月代发农民工工资经三方协议从应付工程款中扣除。"])
non(FA, "村道硬化", ws.max_row, "注")
ws.append(["制表：王丽芳", None, None, "审核：王建国", None, None, "村务监督委员会：毛卫星"])
non(FA, "村道硬化", ws.max_row, "制表/审核")

# -- sheet 文化礼堂: 万元 columns, text dates "2023.3.10", no 收款单位 column
ws = wb.create_sheet("文化礼堂")
ws.append([P2["name"] + " 工程款支付台账"])
ws.append([f"施工单位：{HENGDA}", None, None, "合同价：86.8万元", None, "审定价：84.21万元"])
ws.append(["序号", "日期", "款项性质", "本次支付（万元）", "累计支付（万元）", "未付（万元）", "凭证号", "备注"])
cum = Decimal(0)
for i, (d, cat, amt, vch) in enumerate(pay2, 1):
    cum += amt
    basis = P2["contract"] if d < P2["audit_date"] else P2["audited"]
    ws.append([i, ymd_dot(d), cat, float(amt / 10000), float(cum / 10000), float((basis - cum) / 10000), vch,
               "代发22人，见花名册" if "代发" in cat else None])
    truth(FA, "文化礼堂", ws.max_row, "payment", date=iso(d), amount=float(amt), direction="out",
          counterparty=HENGDA if "代发" not in cat else None)
ws.append(["小计", None, None, float(cum / 10000), None, None, None, None])
non(FA, "文化礼堂", ws.max_row, "小计")
ws.append([])
ws.append([f"说明：质保金{float(ret2 / 10000):.4f}万元（审定价3%），2026年9月质保期满后退还。"])
non(FA, "文化礼堂", ws.max_row, "说明")

# -- sheet 污水管网: 年月日 text dates, ¥ strings
ws = wb.create_sheet("污水管网")
ws.append([P3["name"] + "付款明细"])
ws.append(["单位：元"])
ws.append(["序号", "支付时间", "付款内容", "收款单位", "支付金额", "累计已付", "未付", "附件张数"])
cum = Decimal(0)
for i, (d, cat, amt) in enumerate(pay3, 1):
    cum += amt
    basis = P3["contract"] if d < P3["audit_date"] else P3["audited"]
    ws.append([i, ymd_cn(d), cat, HUAYANG, f"¥{amt:,.2f}", f"¥{cum:,.2f}", f"¥{basis - cum:,.2f}", 3])
    truth(FA, "污水管网", ws.max_row, "payment", date=iso(d), amount=float(amt), direction="out", counterparty=HUAYANG)
ws.append(["合  计", None, None, None, f"¥{cum:,.2f}", None, None, None])
non(FA, "污水管网", ws.max_row, "合计")
wb.save(os.path.join(FILES, FA))

# ================================================================ File B: 结算审计 + 合同台账 .xlsx
FB = "王家堡村工程结算审计及合同台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "结算审计汇总"
ws.append(["王家堡村村级工程结算审计情况汇总表"])
ws.merge_cells("A1:I1")
ws.append(["编制单位：清溪镇王家堡村股份经济合作社", None, None, None, None, None, None, None, "单位：元"])
ws.append(["序号", "项目名称", "施工单位", "结算审计情况", None, None, None, "审计单位", "审计报告日期"])
ws.append([None, None, None, "送审金额", "审定金额", "审减金额", "审减率", None, None])
for c in ("A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "I3:I4"):
    ws.merge_cells(c)
audits = [("王家堡村路灯亮化工程", GUANGMING, D(168450), D("156780.20"), dt.date(2021, 11, 20)),
          ("王家堡村村委会办公楼外立面维修工程", HENGDA, D(92300), D(88420), dt.date(2022, 1, 14)),
          ("王家堡村公厕改造工程", HUAYANG, D(68900), D("64318.75"), dt.date(2022, 10, 9)),
          (P1["name"], TONGQU, P1["sent"], P1["audited"], P1["audit_date"]),
          (P3["name"], HUAYANG, P3["sent"], P3["audited"], P3["audit_date"]),
          (P2["name"], HENGDA, P2["sent"], P2["audited"], P2["audit_date"])]
ts = ta = Decimal(0)
for i, (n, c, s, a, d) in enumerate(audits, 1):
    ts += s
    ta += a
    ws.append([i, n, c, float(s), float(a), float(s - a), f"{(s - a) / s * 100:.2f}%", ZHENGXIN, d])
    ws.cell(ws.max_row, 9).number_format = "yyyy年m月d日"
    truth(FB, "结算审计汇总", ws.max_row, "project", name=n, contractor=c, amount=float(a))
ws.append(["合计", None, None, float(ts), float(ta), float(ts - ta), f"{(ts - ta) / ts * 100:.2f}%", None, None])
non(FB, "结算审计汇总", ws.max_row, "合计")
ws.append(["注：审减率=审减金额÷送审金额；2021、2022年项目审计费由镇财政统一支付。"])
non(FB, "结算审计汇总", ws.max_row, "注")
ws.append(["制表人：王丽芳", None, None, "审核人：王建国", None, None, "2025年10月"])
non(FB, "结算审计汇总", ws.max_row, "制表人")

ws = wb.create_sheet("合同台账")
ws.append(["王家堡村工程类合同台账"])
ws.append(["序号", "合同编号", "合同名称", "合同类别", "甲方", "乙方", "合同金额（元）", "签订日期", "合同期限", "采购方式", "备注"])
contracts = [
    ("WJB-2021-05", "路灯亮化工程施工合同", "工程", GUANGMING, 162000, dt.date(2021, 5, 12), "date", "90天", "邀请比选", None),
    ("WJB-2021-09", "村委会办公楼外立面维修施工合同", "工程", HENGDA, 89500, dt.date(2021, 9, 3), "cn", "60天", "直接发包", None),
    ("WJB-2022-02", "公厕改造施工合同", "工程", HUAYANG, 66000, dt.date(2022, 3, 18), "dot", "45天", "直接发包", None),
    (P1["code"], "村道硬化及排水沟工程施工合同", "工程", TONGQU, 1286500, dt.date(2022, 6, 8), "ymd", "150天", "镇公共资源交易中心招标", "质保金3%"),
    ("WJB-FW-2022-04", "村道硬化工程监理服务合同", "服务", JIANLI, 38600, dt.date(2022, 6, 10), "slash", "至竣工验收", "直接委托", None),
    ("WJB-GC-2022-03-BC1", "村道硬化工程农民工工资代发补充协议", "工程", TONGQU, None, dt.date(2023, 1, 10), "cn", None, None, "三方协议，无金额"),
    (P2["code"], "文化礼堂提升改造工程施工合同", "工程", HENGDA, 868000, dt.date(2023, 2, 27), "dot", "180天", "限额平台直接发包", None),
    (P3["code"], "污水管网修复工程施工合同", "工程", HUAYANG, 96800, dt.date(2023, 4, 15), "date", "60天", "村级自选", None),
    ("WJB-FW-2023-01", "村道硬化等工程结算审计服务合同", "服务", ZHENGXIN, "叁万贰仟元整", dt.date(2023, 6, 1), "cn", None, "直接委托", "32000元"),
    ("WJB-GC-2023-01-BC1", "文化礼堂工程农民工工资代发三方协议", "工程", HENGDA, None, dt.date(2024, 1, 15), "slash", None, None, None),
    ("WJB-FW-2024-01", "文化礼堂结算审计服务合同", "服务", ZHENGXIN, "2.8万元", dt.date(2024, 7, 5), "cn", None, "直接委托", None),
]
amt_val = {"叁万贰仟元整": 32000.0, "2.8万元": 28000.0}
for i, (code, title, cat, party, amt, d, fmt, term, proc, note) in enumerate(contracts, 1):
    dv = {"date": d, "cn": ymd_cn(d), "dot": ymd_dot(d), "ymd": d.strftime("%Y%m%d"),
          "slash": f"{d.year}/{d.month}/{d.day}"}[fmt]
    ws.append([i, code, title, cat, "王家堡村股份经济合作社", party, amt, dv, term, proc, note])
    if fmt == "date":
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    a = amt_val.get(amt, amt) if amt is not None else None
    truth(FB, "合同台账", ws.max_row, "contract", counterparty=party,
          amount=float(a) if a is not None else None, signed_on=iso(d))
ws.append([])
ws.append(["备注：补充协议、三方协议不单独计合同金额。"])
non(FB, "合同台账", ws.max_row, "备注")

ws = wb.create_sheet("审计情况统计")
ws.append(["王家堡村工程审计情况统计"])
ws.append(["年度", "审计项目数", "送审金额合计", "审定金额合计", "平均审减率"])
for y in (2021, 2022, 2023, 2024):
    items = [a for a in audits if a[4].year == y]
    s = sum(a[2] for a in items)
    a_ = sum(a[3] for a in items)
    ws.append([f"{y}年", len(items), float(s), float(a_), f"{(s - a_) / s * 100:.2f}%"])
    non(FB, "审计情况统计", ws.max_row, "统计表（非记录）")
wb.save(os.path.join(FILES, FB))

# ================================================================ File C: 花名册 csv GBK (date in title only)
FC = "村道硬化工程农民工工资代发花名册.csv"
SC = "村道硬化工程农民工工资代发花名册"
lines = [[f"{P1['name']}农民工工资代发花名册"] + [""] * 10,
         [f"施工单位：{TONGQU}", "", "", "", "代发日期：2023年1月18日", "", "", "", "", "单位：元", ""],
         ["序号", "姓名", "身份证号码", "工种", "出勤天数", "日工资（元）", "应发工资", "实发工资", "银行卡号", "开户银行", "本人签字"]]
for i, (n, idn, cd, t, days, rate) in enumerate(workers1, 1):
    lines.append([str(i), n, idn, t, str(days), str(rate), f"{days * rate:.2f}", f"{days * rate:.2f}", cd,
                  "浙江常山农商银行清溪支行", ""])
    truth(FC, SC, len(lines), "payment", date="2023-01-18", amount=float(days * rate), direction="out", counterparty=n)
lines.append(["合计", "", "", "", str(sum(w[4] for w in workers1)), "", f"{W1:.2f}", f"{W1:.2f}", "", "", ""])
non(FC, SC, len(lines), "合计")
lines.append(["说明：以上工资由村股份经济合作社根据三方协议从应付浙江通衢建设有限公司工程款中代扣，直接发放至工人本人银行卡。"] + [""] * 10)
non(FC, SC, len(lines), "说明")
lines.append(["施工单位（盖章）：", "", "项目负责人：徐建明", "", "", "村书记：王志强", "", "报账员：王丽芳", "", "", ""])
non(FC, SC, len(lines), "签章")
with open(os.path.join(FILES, FC), "w", encoding="gbk", newline="") as fh:
    csv.writer(fh).writerows(lines)

# ================================================================ File D: 花名册 csv UTF-8 BOM (发放日期 column)
FD = "文化礼堂工程代发工资花名册2024.1.csv"
SD = FD[:-4]
lines = [["序号", "姓名", "身份证号", "工种", "出勤天数", "日工资标准", "应发金额", "实发金额", "银行卡号", "开户银行", "发放日期", "领款人签字", "备注"]]
for i, (n, idn, cd, t, days, rate) in enumerate(workers2, 1):
    lines.append([str(i), n, idn, t, str(days), str(rate), str(days * rate), str(days * rate), cd,
                  "常山农商银行", "2024.1.26", "", "" if i != 7 else "本人委托其妻代领"])
    truth(FD, SD, len(lines), "payment", date="2024-01-26", amount=float(days * rate), direction="out", counterparty=n)
    del ROWS[-1]["village"]  # truth fix: file name, sheet and columns of this csv do not name the village
lines.append(["", "合计", "", "", str(sum(w[4] for w in workers2)), "", str(int(W2)), str(int(W2)), "", "", "", "", ""])
non(FD, SD, len(lines), "合计")
with open(os.path.join(FILES, FD), "w", encoding="utf-8-sig", newline="") as fh:
    csv.writer(fh).writerows(lines)

# ================================================================ File E: 银行存款日记账 .xls (xlwt)
FE = "王家堡村银行存款日记账2022-2025.xls"
P = TONGQU
bank = {
    2022: [(1, 18, "收到清溪镇财政所拨付村级组织运转经费", "清溪镇财政所", "in", 85000),
           (3, 2, "收常山县绿源农业开发有限公司土地租金", "常山县绿源农业开发有限公司", "in", 126000),
           (3, 25, "支付江山市华洋市政工程有限公司公厕改造工程款", HUAYANG, "out", 45000),
           (3, 31, "银行结息", None, "in", "126.35"),
           (5, 16, "支付衢州市恒达建筑工程有限公司办公楼外立面维修工程尾款", HENGDA, "out", 27580),
           (6, 20, "付浙江通衢建设有限公司村道硬化工程预付款", P, "out", 385950),
           (6, 20, "跨行转账手续费", None, "out", "15.50"),
           (6, 28, "收到常山县财政局村道硬化工程以奖代补资金", "常山县财政局", "in", 600000),
           (7, 12, "支付衢州市公正建设监理有限公司监理费（首期）", JIANLI, "out", 15000),
           (9, 15, "付浙江通衢建设有限公司村道硬化工程第一期进度款", P, "out", 300000),
           (10, 8, "付江山市华洋市政工程有限公司公厕改造工程结算款", HUAYANG, "out", 16098.75),
           (11, 30, "付浙江通衢建设有限公司村道硬化工程第二期进度款", P, "out", 200000),
           (12, 21, "收到清溪镇人民政府美丽乡村建设补助", "清溪镇人民政府", "in", 300000),
           (12, 31, "银行结息", None, "in", "412.80")],
    2023: [(1, 18, "代发村道硬化工程农民工工资（28人，批量代发）", None, "out", W1),
           (1, 18, "批量代发手续费", None, "out", "44.00"),
           (2, 10, "收常山县绿源农业开发有限公司土地租金", "常山县绿源农业开发有限公司", "in", 126000),
           (3, 1, "收到常山县财政局文化礼堂项目补助（首期）", "常山县财政局", "in", 300000),
           (3, 10, "付衢州市恒达建筑工程有限公司文化礼堂预付款", HENGDA, "out", 260400),
           (4, 28, "付江山市华洋市政工程有限公司污水管网修复预付款", HUAYANG, "out", 29040),
           (6, 2, "付衢州正信工程造价咨询有限公司审计费", ZHENGXIN, "out", 16000),
           (6, 28, "付衢州市恒达建筑工程有限公司文化礼堂第一期进度款", HENGDA, "out", 200000),
           (7, 3, "付江山市华洋市政工程有限公司污水管网修复进度款", HUAYANG, "out", 30000),
           (7, 20, "收到常山县财政局一事一议财政奖补资金", "常山县财政局", "in", 350000),
           (8, 10, "付浙江通衢建设有限公司村道硬化工程结算款", P, "out", settle1),
           (8, 28, "付衢州正信工程造价咨询有限公司审计费尾款", ZHENGXIN, "out", 16000),
           (9, 6, "付江山市华洋市政工程有限公司污水管网结算款", HUAYANG, "out", settle3),
           (9, 20, "收到清溪镇人民政府美丽乡村建设补助", "清溪镇人民政府", "in", 200000),
           (10, 16, "付衢州市恒达建筑工程有限公司文化礼堂第二期进度款", HENGDA, "out", 150000),
           (12, 20, "支付衢州市公正建设监理有限公司监理费尾款", JIANLI, "out", 23600),
           (12, 31, "银行结息", None, "in", "389.16")],
}
bank_cp = {  # 2024 and 2025 have a 对方户名 column
    2024: [(1, 26, "代发文化礼堂工程农民工工资22人", "批量代发", "out", W2),
           (1, 26, "代发手续费", "浙江常山农村商业银行", "out", "36.00"),
           (3, 5, "收土地租金", "常山县绿源农业开发有限公司", "in", 126000),
           (4, 18, "收到文化礼堂项目省级补助", "常山县财政局", "in", 400000),
           (7, 8, "付文化礼堂结算审计费", ZHENGXIN, "out", 28000),
           (9, 12, "付文化礼堂工程结算款", HENGDA, "out", settle2),
           (2, 6, "支付2023年度村干部误工补贴", "王家堡村村民委员会", "out", 64800),
           (5, 9, "付国网电费（路灯）", "国网浙江常山县供电公司", "out", "3862.40"),
           (6, 18, "收村集体厂房租金", "常山县永盛竹木制品厂", "in", 48000),
           (8, 22, "付文化礼堂桌椅采购款", "衢州市柯城区佳美家具商行", "out", 36750),
           (10, 11, "收到清溪镇财政所村级组织运转经费", "清溪镇财政所", "in", 90000),
           (11, 15, "付山塘清淤整治工程设计费", "常山县水利水电勘测设计院", "out", 8500),
           (12, 31, "结息", "浙江常山农村商业银行", "in", "276.42")],
    2025: [(2, 14, "收土地租金", "常山县绿源农业开发有限公司", "in", 126000),
           (5, 20, "收一事一议山塘清淤奖补资金", "常山县财政局", "in", 90000),
           (3, 12, "支付2024年度村干部误工补贴", "王家堡村村民委员会", "out", 68400),
           (6, 18, "收村集体厂房租金", "常山县永盛竹木制品厂", "in", 48000),
           (7, 2, "付山塘清淤工程地形测量费", "常山县水利水电勘测设计院", "out", 12000),
           (8, 20, "退还村道硬化工程质保金", TONGQU, "out", ret1),
           (9, 10, "退还污水管网修复工程质保金", HUAYANG, "out", ret3),
           (9, 30, "结息", "浙江常山农村商业银行", "in", "98.64")],
}
wb = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on; align: horiz center")
bal = D(356218.47)
vno = 0
for year in (2022, 2023, 2024, 2025):
    sheet = f"{year}年"
    ws = wb.add_sheet(sheet)
    has_cp = year >= 2024
    entries = bank.get(year) or bank_cp[year]
    ncol = 9 if has_cp else 8
    ws.write_merge(0, 0, 0, ncol - 1, "银行存款日记账", bold)
    ws.write_merge(1, 1, 0, ncol - 1, "核算单位：清溪镇王家堡村股份经济合作社    开户行：浙江常山农村商业银行清溪支行    账号：2010 0003 1258 6679")
    ws.write_merge(2, 2, 0, 1, f"{year}年", bold)
    ws.write(3, 0, "月")
    ws.write(3, 1, "日")
    heads = ["凭证号", "摘要"] + (["对方户名"] if has_cp else []) + ["借方", "贷方", "借或贷", "余额"]
    for j, h in enumerate(heads):
        ws.write_merge(2, 3, 2 + j, 2 + j, h, bold)
    r = 4
    ws.write(r, 0, 1)
    ws.write(r, 1, 1)
    ws.write(r, 3, "上年结转")
    ws.write(r, ncol - 2, "借")
    ws.write(r, ncol - 1, float(bal))
    non(FE, sheet, r + 1, "上年结转")
    r += 1
    yin = yout = Decimal(0)
    months = sorted({e[0] for e in entries})
    for m in months:
        min_ = mout = Decimal(0)
        for (mm, dd, summ, cp, dirn, amt) in [e for e in entries if e[0] == m]:
            amt = D(amt)
            vno += 1
            ws.write(r, 0, mm)
            ws.write(r, 1, dd)
            ws.write(r, 2, f"记-{vno % 60 + 1}")
            ws.write(r, 3, summ)
            c = 4
            if has_cp:
                ws.write(r, 4, cp)
                c = 5
            if dirn == "in":
                ws.write(r, c, float(amt))
                bal += amt
                min_ += amt
            else:
                ws.write(r, c + 1, float(amt))
                bal -= amt
                mout += amt
            ws.write(r, c + 2, "借")
            ws.write(r, c + 3, float(bal))
            truth(FE, sheet, r + 1, "payment", date=f"{year}-{mm:02d}-{dd:02d}", amount=float(amt),
                  direction=dirn, counterparty=cp)
            r += 1
        yin += min_
        yout += mout
        c = 5 if has_cp else 4
        for label, a, b in (("本月合计", min_, mout), ("本年累计", yin, yout)):
            ws.write(r, 3, label)
            ws.write(r, c, float(a))
            ws.write(r, c + 1, float(b))
            ws.write(r, c + 2, "借")
            ws.write(r, c + 3, float(bal))
            non(FE, sheet, r + 1, label)
            r += 1
    if year < 2025:
        ws.write(r, 3, "结转下年")
        ws.write(r, c + 2, "借")
        ws.write(r, c + 3, float(bal))
        non(FE, sheet, r + 1, "结转下年")
        r += 1
    r += 1
    ws.write(r, 0, "出纳：王丽芳")
    ws.write(r, 4, "会计：徐晓燕")
    non(FE, sheet, r + 1, "出纳/会计签名")
wb.save(os.path.join(FILES, FE))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
