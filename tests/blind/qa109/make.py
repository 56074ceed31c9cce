#!/usr/bin/env python
"""Blind test set: villages paying for their households (医保/养老代缴, 代收代缴, 统保, 日记账).

Deterministic. Writes files/ and truth.json beside this script.
"""
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

ROWS = []
NON = []


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat()


# ---------------------------------------------------------------------------
# File 1: 东湖村2024年城乡居民医保代缴明细.xlsx  (3 sheets)
# ---------------------------------------------------------------------------
F1 = "东湖村2024年城乡居民医保代缴明细.xlsx"
V1 = "东湖村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "医保代缴"
ws["A1"] = "东湖村2024年度城乡居民基本医疗保险村集体代缴明细表"
ws.merge_cells("A1:I1")
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "填报单位：东湖村股份经济合作社（盖章）"
ws["H2"] = "单位：元"
heads = ["序号", "户主", "身份证号码", "参保人数", "个人缴费标准（元/人）", "缴费金额", None, "代缴日期", "备注"]
for c, h in enumerate(heads, 1):
    if h:
        ws.cell(3, c, h)
ws.cell(4, 6, "应缴金额")
ws.cell(4, 7, "村集体代缴")
for col in "ABCDEHI":
    ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("F3:G3")

households = [
    "张国富", "张建军", "李桂兰", "王德胜", "刘玉芬", "陈志强", "杨秀英", "赵长海", "周凤琴", "吴振华", "孙立新", "胡春梅",
    "朱德明", "高秀珍", "林建平", "何玉兰", "郭永强", "马金花", "罗家旺", "梁德才", "宋桂芝", "郑大海", "谢运来", "韩淑珍",
    "唐宝山", "冯志远", "于翠花", "董长生", "萧国庆", "程美兰", "曹金生", "袁素芳", "邓立春", "许海涛", "傅秋菊", "沈福根",
]
persons = [4, 3, 2, 5, 1, 4, 3, 2, 6, 3, 4, 2, 1, 3, 5, 2, 4, 3, 2, 1, 3, 4, 5, 2, 3, 3, 2, 4, 1, 3, 4, 2, 5, 3, 2, 1]
full = {2, 4, 8, 12, 19, 24, 28, 35}  # indices: 脱贫户/低保户/五保户, fully paid by the collective
STD = 400
date_pool = [
    ("2023年10月9日", dt.date(2023, 10, 9)),
    ("2023.10.12", dt.date(2023, 10, 12)),
    (dt.date(2023, 10, 16), dt.date(2023, 10, 16)),
    ("20231020", dt.date(2023, 10, 20)),
    ("2023/10/25", dt.date(2023, 10, 25)),
    ("2023-11-02", dt.date(2023, 11, 2)),
    ("2023年11月8日", dt.date(2023, 11, 8)),
    (dt.date(2023, 11, 15), dt.date(2023, 11, 15)),
    ("2023.11.20", dt.date(2023, 11, 20)),
    ("2023年12月1日", dt.date(2023, 12, 1)),
    ("2023.12.5", dt.date(2023, 12, 5)),
    (dt.date(2023, 12, 12), dt.date(2023, 12, 12)),
]
upper = {5: "捌佰元整", 20: "陆佰元整"}  # idx -> 大写 text in 代缴 column (must equal value)
yen = {10: "¥800.00", 30: "¥800.00"}
r = 5
groups = [("一组", 0, 12), ("二组", 12, 24), ("三组", 24, 36)]
gtot_due = gtot_paid = 0
seq = 1
for gname, a, b in groups:
    ws.cell(r, 1, f"{gname}")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    N(F1, "医保代缴", r, f"组别标题行 {gname}")
    r += 1
    s_due = s_paid = 0
    for i in range(a, b):
        n = persons[i]
        due = n * STD
        paid = due if i in full else due // 2
        raw_d, d = date_pool[i % len(date_pool)]
        ws.cell(r, 1, seq)
        ws.cell(r, 2, households[i])
        ws.cell(r, 3, f"411521{19500000 + i * 37 % 97:08d}"[:6] + "********" + f"{(i * 53) % 10000:04d}")
        ws.cell(r, 4, n)
        ws.cell(r, 5, STD)
        ws.cell(r, 6, due)
        if i in upper:
            assert upper[i] == {800: "捌佰元整", 600: "陆佰元整"}[paid]
            ws.cell(r, 7, upper[i])
        elif i in yen:
            assert yen[i] == f"¥{paid:,.2f}"
            ws.cell(r, 7, yen[i])
        else:
            ws.cell(r, 7, paid)
        c = ws.cell(r, 8, raw_d)
        if isinstance(raw_d, dt.date):
            c.number_format = "yyyy-mm-dd"
        note = "脱贫户全额代缴" if i in (2, 12, 28) else ("低保户全额代缴" if i in full else "")
        ws.cell(r, 9, note)
        T(F1, "医保代缴", r, "payment", V1, date=iso(d), amount=float(paid), direction="out",
          counterparty=households[i])
        s_due += due
        s_paid += paid
        seq += 1
        r += 1
    ws.cell(r, 1, f"{gname}小计")
    ws.cell(r, 4, sum(persons[a:b]))
    ws.cell(r, 6, s_due)
    ws.cell(r, 7, s_paid)
    N(F1, "医保代缴", r, f"{gname}小计")
    gtot_due += s_due
    gtot_paid += s_paid
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 4, sum(persons))
ws.cell(r, 6, gtot_due)
ws.cell(r, 7, gtot_paid)
N(F1, "医保代缴", r, "合计")
r += 2
ws.cell(r, 1, "说明：1.2024年度城乡居民医保个人缴费标准为每人每年400元；2.脱贫户、低保户、五保户由村集体全额代缴，其余参保农户由村集体代缴50%，经2023年9月28日村民代表会议通过。")
N(F1, "医保代缴", r, "说明")
r += 1
ws.cell(r, 1, "制表人：张秀梅")
ws.cell(r, 4, "审核人：李国强")
ws.cell(r, 7, "村务监督委员会主任：王德发")
N(F1, "医保代缴", r, "签名")

# sheet 2: 养老保险代缴
ws = wb.create_sheet("养老保险代缴")
ws["A1"] = "东湖村2024年城乡居民养老保险村集体代缴名单"
ws.merge_cells("A1:H1")
ws.append(["序号", "姓名", "性别", "年龄", "缴费档次（元）", "村集体代缴（元）", "缴费日期", "身份类别"])
yl = [
    ("张小兵", "男", 52, 200, 100, dt.date(2024, 3, 6), "一般农户"),
    ("李翠英", "女", 47, 200, 100, dt.date(2024, 3, 6), "一般农户"),
    ("王春生", "男", 58, 300, 200, dt.date(2024, 3, 8), "脱贫户"),
    ("刘海燕", "女", 39, 200, 100, dt.date(2024, 3, 8), "一般农户"),
    ("陈建国", "男", 55, 500, 200, dt.date(2024, 3, 11), "村干部"),
    ("杨玉梅", "女", 44, 200, 100, dt.date(2024, 3, 11), "一般农户"),
    ("赵德顺", "男", 59, 200, 200, dt.date(2024, 3, 12), "低保户"),
    ("周雪莲", "女", 36, 200, 100, dt.date(2024, 3, 12), "一般农户"),
    ("吴家宝", "男", 41, 300, 100, dt.date(2024, 3, 15), "一般农户"),
    ("孙红霞", "女", 50, 200, 200, dt.date(2024, 3, 15), "重度残疾"),
    ("胡国平", "男", 57, 200, 100, None, "一般农户"),
    ("朱秀兰", "女", 53, 200, 100, dt.date(2024, 3, 20), "一般农户"),
    ("高志明", "男", 48, 1000, 200, dt.date(2024, 3, 20), "村干部"),
    ("林彩凤", "女", 45, 200, 100, dt.date(2024, 3, 22), "一般农户"),
    ("何永福", "男", 56, 200, 200, dt.date(2024, 3, 22), "脱贫户"),
    ("郭淑英", "女", 42, 200, 100, dt.date(2024, 3, 27), "一般农户"),
    ("马天宝", "男", 33, 200, 100, dt.date(2024, 3, 27), "一般农户"),
    ("罗桂香", "女", 59, 200, 200, dt.date(2024, 4, 2), "低保户"),
]
r = 3
for k, (nm, sx, age, grade, paid, d, cat) in enumerate(yl, 1):
    ws.cell(r, 1, k)
    ws.cell(r, 2, nm)
    ws.cell(r, 3, sx)
    ws.cell(r, 4, age)
    ws.cell(r, 5, grade)
    ws.cell(r, 6, paid)
    if d:
        ws.cell(r, 7, d).number_format = "yyyy年m月d日"
    ws.cell(r, 8, cat)
    T(F1, "养老保险代缴", r, "payment", V1, date=iso(d) if d else None, amount=float(paid),
      direction="out", counterparty=nm)
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 5, sum(x[3] for x in yl))
ws.cell(r, 6, sum(x[4] for x in yl))
N(F1, "养老保险代缴", r, "合计")
r += 1
ws.cell(r, 1, "注：胡国平已于2024年3月代缴，缴费凭证待补。")
N(F1, "养老保险代缴", r, "注")

# sheet 3: 参保统计 (counts, not records)
ws = wb.create_sheet("参保统计")
ws["A1"] = "东湖村2024年城乡居民医保参保情况统计表"
ws.append(["组别", "户数", "参保人数", "全额代缴户数", "代缴金额（元）"])
r = 3
for gname, a, b in groups:
    pa = sum(persons[i] * STD if i in full else persons[i] * STD // 2 for i in range(a, b))
    ws.append([gname, b - a, sum(persons[a:b]), len([i for i in range(a, b) if i in full]), pa])
    N(F1, "参保统计", r, f"统计表行 {gname}")
    r += 1
ws.append(["合计", 36, sum(persons), len(full), gtot_paid])
N(F1, "参保统计", r, "统计表合计")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: 柳林村2023年代收代缴款明细账.xls (xlwt BIFF, 2 sheets)
# ---------------------------------------------------------------------------
F2 = "柳林村2023年代收代缴款明细账.xls"
V2 = "柳林村"
wbx = xlwt.Workbook(encoding="utf-8")
title_st = xlwt.easyxf("font: bold on, height 320; align: horiz center")
num_st = xlwt.easyxf(num_format_str="#,##0.00")

sh = wbx.add_sheet("有线电视费")
sh.write_merge(0, 0, 0, 6, "柳林村2023年有线电视收视费代收代缴明细", title_st)
sh.write(1, 0, "单位：元")
for c, h in enumerate(["日期", "凭证号", "摘要", "户名/单位", "代收金额", "代缴金额", "结余"]):
    sh.write(2, c, h)
CATV = "河南有线电视网络集团有限公司罗山分公司"
tv = [  # (date text, date, voucher, summary, party, in, out)
    ("2023.1.6", dt.date(2023, 1, 6), "记-03", "代收2023年度有线电视费", "王庆山", 300, 0),
    ("2023.1.6", dt.date(2023, 1, 6), "记-03", "代收2023年度有线电视费", "李长林", 300, 0),
    ("2023.1.9", dt.date(2023, 1, 9), "记-05", "代收2023年度有线电视费", "陈玉珍", 300, 0),
    ("2023.1.9", dt.date(2023, 1, 9), "记-05", "代收2023年度有线电视费", "刘大勇", 300, 0),
    ("2023.1.13", dt.date(2023, 1, 13), "记-08", "代收2023年度有线电视费", "黄秀芝", 300, 0),
    ("2023.1.31", dt.date(2023, 1, 31), "记-15", "代缴一月收视费", CATV, 0, 1500),
    ("2023.4.3", dt.date(2023, 4, 3), "记-41", "代收2023年度有线电视费", "赵明亮", 300, 0),
    ("2023.4.3", dt.date(2023, 4, 3), "记-41", "代收2023年度有线电视费（半年）", "孙桂英", 150, 0),
    ("2023.4.18", dt.date(2023, 4, 18), "记-47", "代收2023年度有线电视费", "周建设", 300, 0),
    ("2023.5.6", dt.date(2023, 5, 6), "记-55", "代收2023年度有线电视费", "吴德林", 300, 0),
    ("2023.5.22", dt.date(2023, 5, 22), "记-60", "代收2023年度有线电视费", "郑凤兰", 300, 0),
    ("2023.6.28", dt.date(2023, 6, 28), "记-72", "代缴二季度收视费", CATV, 0, 1200),
    ("2023.6.30", dt.date(2023, 6, 30), "记-73", "代缴刘大勇户机顶盒更换费", CATV, 0, 180),
    ("2023.7.10", dt.date(2023, 7, 10), "记-80", "代收2023年度有线电视费", "冯家顺", 300, 0),
    ("2023.8.2", dt.date(2023, 8, 2), "记-88", "代收机顶盒更换费", "刘大勇", 180, 0),
    ("2023.8.15", dt.date(2023, 8, 15), "记-93", "代收2023年度有线电视费", "蒋淑华", 300, 0),
    ("2023.9.5", dt.date(2023, 9, 5), "记-101", "代收2023年度有线电视费", "韩志刚", 300, 0),
    ("2023.9.29", dt.date(2023, 9, 29), "记-110", "代缴三季度收视费", CATV, 0, 900),
    ("2023.12.8", dt.date(2023, 12, 8), "记-141", "代收2023年度有线电视费", "曹金凤", 300, 0),
    ("2023.12.27", dt.date(2023, 12, 27), "记-150", "代缴四季度收视费", CATV, 0, 300),
]
r = 3  # 0-based xlwt row index; Excel row = r+1
bal = 0.0
sh.write(r, 2, "上年结余")
sh.write(r, 6, 0.0, num_st)
N(F2, "有线电视费", r + 1, "上年结余")
r += 1
quarter_of = lambda d: (d.month - 1) // 3 + 1
cur_q = 1
q_in = q_out = 0
qnames = {1: "一季度小计", 2: "二季度小计", 3: "三季度小计", 4: "四季度小计"}


def tv_sub(q):
    global r
    sh.write(r, 2, qnames[q])
    sh.write(r, 4, q_in, num_st)
    sh.write(r, 5, q_out, num_st)
    sh.write(r, 6, bal, num_st)
    N(F2, "有线电视费", r + 1, qnames[q])
    r += 1


for raw, d, v, s, p, i_, o_ in tv:
    if quarter_of(d) != cur_q:
        tv_sub(cur_q)
        cur_q = quarter_of(d)
        q_in = q_out = 0
    bal += i_ - o_
    q_in += i_
    q_out += o_
    sh.write(r, 0, raw)
    sh.write(r, 1, v)
    sh.write(r, 2, s)
    sh.write(r, 3, p)
    if i_:
        sh.write(r, 4, float(i_), num_st)
    if o_:
        sh.write(r, 5, float(o_), num_st)
    sh.write(r, 6, bal, num_st)
    T(F2, "有线电视费", r + 1, "payment", V2, date=iso(d), amount=float(i_ or o_),
      direction="in" if i_ else "out", counterparty=p)
    r += 1
tv_sub(cur_q)
sh.write(r, 2, "全年合计")
sh.write(r, 4, float(sum(x[5] for x in tv)), num_st)
sh.write(r, 5, float(sum(x[6] for x in tv)), num_st)
sh.write(r, 6, bal, num_st)
N(F2, "有线电视费", r + 1, "全年合计")
r += 2
sh.write(r, 0, "会计：刘春燕        出纳：黄建华        村报账员：李长青")
N(F2, "有线电视费", r + 1, "签名")

# sheet 2: 水费 — 三栏式 代收款 明细账 (liability account: 贷方 = 代收 in, 借方 = 代缴 out)
sh = wbx.add_sheet("代收款-水费")
sh.write_merge(0, 0, 0, 8, "明 细 账", title_st)
sh.write(1, 0, "科目：代收款——自来水费")
sh.write(1, 6, "单位：元")
sh.write_merge(2, 2, 0, 1, "2023年")
for c, h in [(2, "凭证字号"), (3, "摘要"), (4, "借方"), (5, "贷方"), (6, "借或贷"), (7, "余额")]:
    sh.write_merge(2, 3, c, c, h)
sh.write(3, 0, "月")
sh.write(3, 1, "日")
WATER = "罗山县水务投资有限公司"
wt = [  # (m, d, voucher, summary, debit(out), credit(in), party)
    (1, 10, "记-06", "收一组1月水费", 0, 1286.5, None),
    (1, 11, "记-07", "收二组1月水费", 0, 1042.0, None),
    (1, 12, "记-09", "收三组1月水费", 0, 968.5, None),
    (1, 31, "记-16", "付罗山县水务投资有限公司1月水费", 3297.0, 0, WATER),
    (2, 10, "记-20", "收一组2月水费", 0, 1190.0, None),
    (2, 10, "记-21", "收二组2月水费", 0, 1015.5, None),
    (2, 13, "记-23", "收三组2月水费", 0, 903.0, None),
    (2, 28, "记-30", "付罗山县水务投资有限公司2月水费", 3108.5, 0, WATER),
    (3, 9, "记-34", "收一组3月水费", 0, 1322.0, None),
    (3, 10, "记-35", "收二组3月水费", 0, 1101.5, None),
    (3, 10, "记-36", "收三组3月水费", 0, 987.0, None),
    (3, 14, "记-38", "收王德银户补缴2022年水费", 0, 216.0, "王德银"),
    (3, 31, "记-44", "付罗山县水务投资有限公司3月水费", 3410.5, 0, WATER),
    (4, 11, "记-50", "收一组4月水费", 0, 1254.0, None),
    (4, 11, "记-51", "收二组4月水费", 0, 1066.0, None),
    (4, 12, "记-52", "收三组4月水费", 0, 940.5, None),
    (4, 20, "记-56", "退李凤芝多收水费", 48.0, 0, "李凤芝"),
    (4, 28, "记-59", "付罗山县水务投资有限公司4月水费", 3212.5, 0, WATER),
    (5, 10, "记-64", "收一组5月水费", 0, 1398.0, None),
    (5, 10, "记-65", "收二组5月水费", 0, 1124.5, None),
    (5, 11, "记-66", "收三组5月水费", 0, 1011.0, None),
    (5, 31, "记-71", "付罗山县水务投资有限公司5月水费", 3533.5, 0, WATER),
]
r = 4
bal = 432.0  # 贷 balance (money held for households)
sh.write(r, 3, "上年结转")
sh.write(r, 6, "贷")
sh.write(r, 7, bal, num_st)
N(F2, "代收款-水费", r + 1, "上年结转")
r += 1
ytd_d = ytd_c = 0.0
cur_m = 1
m_d = m_c = 0.0


def month_close(m):
    global r
    sh.write(r, 3, "本月合计")
    sh.write(r, 4, m_d, num_st)
    sh.write(r, 5, m_c, num_st)
    sh.write(r, 6, "贷")
    sh.write(r, 7, bal, num_st)
    N(F2, "代收款-水费", r + 1, f"{m}月 本月合计")
    r += 1
    sh.write(r, 3, "本年累计")
    sh.write(r, 4, ytd_d, num_st)
    sh.write(r, 5, ytd_c, num_st)
    sh.write(r, 6, "贷")
    sh.write(r, 7, bal, num_st)
    N(F2, "代收款-水费", r + 1, f"{m}月 本年累计")
    r += 1


for m, d, v, s, deb, cre, p in wt:
    if m != cur_m:
        month_close(cur_m)
        cur_m = m
        m_d = m_c = 0.0
    bal += cre - deb
    m_d += deb
    m_c += cre
    ytd_d += deb
    ytd_c += cre
    sh.write(r, 0, m)
    sh.write(r, 1, d)
    sh.write(r, 2, v)
    sh.write(r, 3, s)
    if deb:
        sh.write(r, 4, deb, num_st)
    if cre:
        sh.write(r, 5, cre, num_st)
    sh.write(r, 6, "贷")
    sh.write(r, 7, round(bal, 2), num_st)
    T(F2, "代收款-水费", r + 1, "payment", V2, date=iso(dt.date(2023, m, d)), amount=float(deb or cre),
      direction="out" if deb else "in", counterparty=p)
    r += 1
month_close(cur_m)
wbx.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: 青石村2023年现金日记账.csv (GBK)
# ---------------------------------------------------------------------------
F3 = "青石村2023年现金日记账.csv"
S3 = "青石村2023年现金日记账"
V3 = "青石村"
lines = ["青石村2023年现金日记账,,,,,", "单位：元,,,,,", "日期,凭证号,摘要,收入,支出,余额"]
cash = [  # (text date, date, voucher, summary, in, out, counterparty)
    ("2023/1/5", dt.date(2023, 1, 5), "现-01", "从农商行提取备用金", 5000, 0, None),
    ("2023/1/9", dt.date(2023, 1, 9), "现-02", "收一组村民农房保险费（43户）", 1290, 0, None),
    ("2023/1/9", dt.date(2023, 1, 9), "现-03", "收二组村民农房保险费（38户）", 1140, 0, None),
    ("2023/1/10", dt.date(2023, 1, 10), "现-04", "收三组村民农房保险费（29户）", 870, 0, None),
    ("2023/1/12", dt.date(2023, 1, 12), "现-05", "代收农房保险费存入银行", 0, 3300, None),
    ("2023/1/18", dt.date(2023, 1, 18), "现-06", "付春节慰问困难户", 0, 2400, None),
    ("2023/1/30", dt.date(2023, 1, 30), "现-07", "付村部办公用品", 0, 386.5, None),
    ("2023/2/6", dt.date(2023, 2, 6), "现-08", "收小额人身保险个人部分（一组）", 960, 0, None),
    ("2023/2/6", dt.date(2023, 2, 6), "现-09", "收小额人身保险个人部分（二、三组）", 1480, 0, None),
    ("2023/2/8", dt.date(2023, 2, 8), "现-10", "代收小额人身保险费存入银行", 0, 2440, None),
    ("2023/2/20", dt.date(2023, 2, 20), "现-11", "付李红军清理沟渠误工补贴", 0, 600, "李红军"),
    ("2023/3/3", dt.date(2023, 3, 3), "现-12", "从农商行提取备用金", 3000, 0, None),
    ("2023/3/15", dt.date(2023, 3, 15), "现-13", "付村民代表会议误餐费", 0, 420, None),
    ("2023/3/28", dt.date(2023, 3, 28), "现-14", "付王秀兰垫付的网格员话费", 0, 150, "王秀兰"),
    ("2023/9/4", dt.date(2023, 9, 4), "现-15", "收一组2024年医保个人缴费", 5600, 0, None),
    ("2023/9/5", dt.date(2023, 9, 5), "现-16", "收二组2024年医保个人缴费", 4800, 0, None),
    ("2023/9/6", dt.date(2023, 9, 6), "现-17", "收三组2024年医保个人缴费", 3600, 0, None),
    ("2023/9/8", dt.date(2023, 9, 8), "现-18", "医保个人缴费存入银行", 0, 14000, None),
    ("2023/9/15", dt.date(2023, 9, 15), "现-19", "收陈玉兰补交医保个人缴费", 400, 0, "陈玉兰"),
    ("2023/9/26", dt.date(2023, 9, 26), "现-20", "付中秋慰问老党员", 0, 1600, None),
    ("2023/10/9", dt.date(2023, 10, 9), "现-21", "收养老保险个人缴费（22人）", 4400, 0, None),
    ("2023/10/10", dt.date(2023, 10, 10), "现-22", "养老保险个人缴费存入银行", 0, 4400, None),
    ("2023/10/17", dt.date(2023, 10, 17), "现-23", "付村部电费", 0, 268.4, None),
    ("2023/11/7", dt.date(2023, 11, 7), "现-24", "付周建平修理村部水管款", 0, 350, "周建平"),
    ("2023/12/20", dt.date(2023, 12, 20), "现-25", "付年终村务公开栏制作费", 0, 780, None),
]


def money(x):
    return f"\"{x:,.2f}\"" if x else ""


bal = 1836.2
ln = 4
lines.append(f",,上年结转,,,{money(bal)}")
N(F3, S3, ln, "上年结转")
ln += 1
cur_m = 1
m_in = m_out = 0.0
y_in = y_out = 0.0


def cash_close():
    global ln
    lines.append(f",,本月合计,{money(m_in)},{money(m_out)},{money(bal)}")
    N(F3, S3, ln, "本月合计")
    ln += 1
    lines.append(f",,本年累计,{money(y_in)},{money(y_out)},{money(bal)}")
    N(F3, S3, ln, "本年累计")
    ln += 1


for raw, d, v, s, i_, o_, p in cash:
    if d.month != cur_m:
        cash_close()
        cur_m = d.month
        m_in = m_out = 0.0
    bal = round(bal + i_ - o_, 2)
    m_in += i_
    m_out += o_
    y_in += i_
    y_out += o_
    lines.append(f"{raw},{v},{s},{money(i_)},{money(o_)},{money(bal)}")
    T(F3, S3, ln, "payment", V3, date=iso(d), amount=float(i_ or o_), direction="in" if i_ else "out",
      counterparty=p)
    ln += 1
cash_close()
lines.append(",,,,,")
ln += 1
lines.append("出纳：杨丽娟,,记账：周文斌,,村务监督委员会：何德才,")
N(F3, S3, ln, "签名")
with open(os.path.join(FILES, F3), "w", encoding="gbk", newline="") as fh:
    fh.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------------------
# File 4: 青石村2023年银行存款日记账.xlsx (2 sheets)
# ---------------------------------------------------------------------------
F4 = "青石村2023年银行存款日记账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "农商银行"
ws["A1"] = "银行存款日记账"
ws.merge_cells("A1:G1")
ws["A2"] = "单位名称：青石村股份经济合作社    开户行：罗山农村商业银行南岭支行    账号：6230 **** **** 1187"
ws.append(["日期", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "余额"])
PICC = "中国人民财产保险股份有限公司罗山支公司"
LIFE = "中国人寿保险股份有限公司罗山县支公司"
TAX = "国家税务总局罗山县税务局"
bank = [  # (date, voucher, summary, party, debit(in), credit(out))
    (dt.date(2023, 1, 5), "记-02", "提取备用金", "青石村股份经济合作社", 0, 5000),
    (dt.date(2023, 1, 12), "记-05", "存入代收农房保险费", "青石村股份经济合作社", 3300, 0),
    (dt.date(2023, 1, 16), "记-07", "统一缴纳2023年度农房保险（110户）", PICC, 0, 3300),
    (dt.date(2023, 1, 20), "记-09", "收到南岭镇财政所拨付村级组织运转经费", "南岭镇财政所", 85000, 0),
    (dt.date(2023, 2, 8), "记-12", "存入代收小额人身保险费", "青石村股份经济合作社", 2440, 0),
    (dt.date(2023, 2, 10), "记-13", "统一缴纳小额人身保险（个人部分）", LIFE, 0, 2440),
    (dt.date(2023, 2, 10), "记-14", "统一缴纳小额人身保险（村集体补助部分）", LIFE, 0, 2440),
    (dt.date(2023, 2, 24), "记-17", "支付村干部一季度报酬", "罗山农商行代发工资户", 0, 21600),
    (dt.date(2023, 3, 3), "记-20", "提取备用金", "青石村股份经济合作社", 0, 3000),
    (dt.date(2023, 3, 21), "记-24", "收到黄土岭茶园承包金", "罗山县绿源茶业有限公司", 36000, 0),
    (dt.date(2023, 4, 6), "记-29", "收到县农业农村局高标准农田管护补助", "罗山县农业农村局", 12000, 0),
    (dt.date(2023, 5, 18), "记-35", "支付村道路灯电费", "国网河南省电力公司罗山县供电公司", 0, 1436.8),
    (dt.date(2023, 6, 30), "记-41", "银行结息", "罗山农村商业银行南岭支行", 112.36, 0),
    (dt.date(2023, 9, 8), "记-52", "存入代收2024年医保个人缴费", "青石村股份经济合作社", 14000, 0),
    (dt.date(2023, 9, 18), "记-55", "代缴2024年度城乡居民医保个人缴费（一、二、三组）", TAX, 0, 14400),
    (dt.date(2023, 9, 18), "记-56", "村集体代缴脱贫户低保户医保费（26人）", TAX, 0, 10400),
    (dt.date(2023, 10, 10), "记-60", "存入代收养老保险个人缴费", "青石村股份经济合作社", 4400, 0),
    (dt.date(2023, 10, 16), "记-62", "代缴城乡居民养老保险个人缴费（22人）", TAX, 0, 4400),
    (dt.date(2023, 10, 16), "记-63", "村集体代缴困难群众养老保险（9人）", TAX, 0, 1800),
    (dt.date(2023, 11, 22), "记-70", "支付村集体统缴2024年农房保险保费补贴", PICC, 0, 5500),
    (dt.date(2023, 12, 21), "记-78", "银行结息", "罗山农村商业银行南岭支行", 98.75, 0),
    (dt.date(2023, 12, 28), "记-80", "支付环境卫生保洁费", "罗山县洁美保洁服务有限公司", 0, 9600),
]
r = 4
bal = 126483.55
ws.cell(r, 1, dt.date(2023, 1, 1)).number_format = "yyyy-mm-dd"
ws.cell(r, 3, "上年结转")
ws.cell(r, 7, bal)
N(F4, "农商银行", r, "上年结转")
r += 1
cur_q = 1
q_in = q_out = 0.0
split_after = 11  # page break after this many entries
cnt = 0


def bank_q(q):
    global r
    ws.cell(r, 3, f"第{q}季度合计")
    ws.cell(r, 5, round(q_in, 2))
    ws.cell(r, 6, round(q_out, 2))
    ws.cell(r, 7, round(bal, 2))
    N(F4, "农商银行", r, f"第{q}季度合计")
    r += 1


for d, v, s, p, i_, o_ in bank:
    q = (d.month - 1) // 3 + 1
    if q != cur_q:
        bank_q(cur_q)
        cur_q = q
        q_in = q_out = 0.0
    if cnt == split_after:
        ws.cell(r, 3, "过次页")
        ws.cell(r, 7, round(bal, 2))
        N(F4, "农商银行", r, "过次页")
        r += 1
        ws.cell(r, 3, "承前页")
        ws.cell(r, 7, round(bal, 2))
        N(F4, "农商银行", r, "承前页")
        r += 1
    bal = round(bal + i_ - o_, 2)
    q_in += i_
    q_out += o_
    ws.cell(r, 1, d).number_format = "yyyy-mm-dd"
    ws.cell(r, 2, v)
    ws.cell(r, 3, s)
    ws.cell(r, 4, p)
    if i_:
        ws.cell(r, 5, i_).number_format = "#,##0.00"
    if o_:
        ws.cell(r, 6, o_).number_format = "#,##0.00"
    ws.cell(r, 7, bal).number_format = "#,##0.00"
    T(F4, "农商银行", r, "payment", V3, date=iso(d), amount=float(i_ or o_),
      direction="in" if i_ else "out", counterparty=p)
    r += 1
    cnt += 1
bank_q(cur_q)
ws.cell(r, 3, "本年累计")
ws.cell(r, 5, round(sum(x[4] for x in bank), 2))
ws.cell(r, 6, round(sum(x[5] for x in bank), 2))
ws.cell(r, 7, bal)
N(F4, "农商银行", r, "本年累计")

# sheet 2: 邮储银行 (专户 for 代收代缴), header 收入/支出 with 交易日期 text
ws = wb.create_sheet("邮储代收代缴专户")
ws["A1"] = "青石村代收代缴专户银行日记账（邮储银行）"
ws["A2"] = "2023年度                                            金额单位：元"
ws.append(["交易日期", "摘要", "对方户名", "收入金额", "支出金额", "余额", "备注"])
ps = [
    ("2023年3月2日", dt.date(2023, 3, 2), "收到村民缴纳自来水费（2月）", "青石村一组", 2310.0, 0, ""),
    ("2023年3月6日", dt.date(2023, 3, 6), "代缴2月自来水费", "罗山县水务投资有限公司", 0, 2310.0, ""),
    ("2023年4月3日", dt.date(2023, 4, 3), "收到村民缴纳自来水费（3月）", "青石村一组", 2486.5, 0, ""),
    ("2023年4月7日", dt.date(2023, 4, 7), "代缴3月自来水费", "罗山县水务投资有限公司", 0, 2486.5, ""),
    ("2023年7月12日", dt.date(2023, 7, 12), "代收有线电视费（31户）", "青石村股份经济合作社", 9300.0, 0, "现金转存"),
    ("2023年7月14日", dt.date(2023, 7, 14), "代缴有线电视费", "河南有线电视网络集团有限公司罗山分公司", 0, 9300.0, ""),
]
r = 4
bal = 0.0
ws.cell(r, 2, "期初余额")
ws.cell(r, 6, 0)
N(F4, "邮储代收代缴专户", r, "期初余额")
r += 1
for raw, d, s, p, i_, o_, note in ps:
    bal += i_ - o_
    ws.cell(r, 1, raw)
    ws.cell(r, 2, s)
    ws.cell(r, 3, p)
    if i_:
        ws.cell(r, 4, i_)
    if o_:
        ws.cell(r, 5, o_)
    ws.cell(r, 6, bal)
    ws.cell(r, 7, note)
    T(F4, "邮储代收代缴专户", r, "payment", V3, date=iso(d), amount=float(i_ or o_),
      direction="in" if i_ else "out", counterparty=p)
    r += 1
ws.cell(r, 2, "合计")
ws.cell(r, 4, sum(x[4] for x in ps))
ws.cell(r, 5, sum(x[5] for x in ps))
ws.cell(r, 6, bal)
N(F4, "邮储代收代缴专户", r, "合计")
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# File 5: platform export, HTML saved as .xls, several villages
# ---------------------------------------------------------------------------
F5 = "南岭镇2023年村集体统一缴纳保险支付明细.xls"
S5 = "南岭镇2023年村集体统一缴纳保险支付明细"
DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(x):
    """yuan integer / 2-decimal amount to 大写 (good enough for < 1亿)."""
    fen = int(round(x * 100))
    yuan, jf = divmod(fen, 100)
    units = ["", "拾", "佰", "仟"]
    out = ""

    def four(n):
        s = ""
        zero = False
        for k in range(3, -1, -1):
            dgt = n // (10 ** k) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[dgt] + units[k]
        return s

    w, y = divmod(yuan, 10000)
    if w:
        out += four(w) + "万"
        if 0 < y < 1000:
            out += "零"
    out += four(y)
    out += "元"
    j, f = divmod(jf, 10)
    if jf == 0:
        out += "整"
    else:
        out += (DIG[j] + "角") if j else "零"
        if f:
            out += DIG[f] + "分"
    return out


plat = [  # village, 单号, 申请日期, 支付日期(时间戳), 收款单位, 账号, 金额, 用途
    ("东湖村", "ZF2023011500021", "2023-01-13", "2023-01-15 10:21:33", PICC, "41050166620800000213", 6840.00, "2023年度农房保险保费（村集体统缴）"),
    ("青石村", "ZF2023011600007", "2023-01-14", "2023-01-16 09:02:17", PICC, "41050166620800000213", 3300.00, "2023年度农房保险保费（代缴农户部分）"),
    ("柳林村", "ZF2023011800033", "2023-01-17", "2023-01-18 15:45:08", PICC, "41050166620800000213", 5175.00, "2023年度农房保险保费（村集体统缴）"),
    ("马岗村", "ZF2023012000012", "2023-01-19", "2023-01-20 11:30:52", PICC, "41050166620800000213", 4590.00, "2023年度农房保险保费（村集体统缴）"),
    ("东湖村", "ZF2023020900005", "2023-02-08", "2023-02-09 14:12:40", LIFE, "16250101040012345", 3960.00, "小额人身保险（60周岁以上老人）"),
    ("青石村", "ZF2023021000018", "2023-02-09", "2023-02-10 10:05:11", LIFE, "16250101040012345", 4880.00, "小额人身保险（个人及村集体补助部分）"),
    ("柳林村", "ZF2023021400026", "2023-02-13", "2023-02-14 16:48:29", LIFE, "16250101040012345", 2750.00, "小额人身保险（脱贫人口）"),
    ("马岗村", "ZF2023021500004", "2023-02-14", "2023-02-15 09:37:56", LIFE, "16250101040012345", 3300.00, "小额人身保险（脱贫人口及低保户）"),
    ("桃园村", "ZF2023030100009", "2023-02-27", "2023-03-01 10:16:03", "中国太平洋财产保险股份有限公司信阳中心支公司", "41001520020050123456", 12680.00, "村级公共责任险及农房保险"),
    ("东湖村", "ZF2023091900011", "2023-09-18", "2023-09-19 11:22:45", TAX, "待清算户", 10800.00, "2024年度城乡居民医保村集体代缴"),
    ("青石村", "ZF2023091800016", "2023-09-15", "2023-09-18 15:01:37", TAX, "待清算户", 10400.00, "村集体代缴脱贫户低保户医保费"),
    ("柳林村", "ZF2023092000028", "2023-09-19", "2023-09-20 09:58:21", TAX, "待清算户", 8400.00, "2024年度城乡居民医保村集体代缴"),
    ("马岗村", "ZF2023092200003", "2023-09-21", "2023-09-22 14:33:09", TAX, "待清算户", 7600.00, "2024年度城乡居民医保村集体代缴（困难群众）"),
    ("桃园村", "ZF2023092500014", "2023-09-22", "2023-09-25 10:47:50", TAX, "待清算户", 9200.00, "2024年度城乡居民医保村集体代缴"),
    ("青石村", "ZF2023101600022", "2023-10-13", "2023-10-16 16:20:14", TAX, "待清算户", 1800.00, "村集体代缴困难群众养老保险"),
    ("东湖村", "ZF2023112700008", "2023-11-24", "2023-11-27 10:09:36", PICC, "41050166620800000213", 7125.50, "2024年度农房保险保费（村集体统缴）"),
]
h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
     '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>支付明细查询</title></head><body>',
     '<table border="1" cellspacing="0">',
     '<tr><td colspan="11" align="center"><b>南岭镇农村集体“三资”监管平台——资金支付明细查询</b></td></tr>',
     '<tr><td colspan="11">查询条件：支付日期 2023-01-01 至 2023-12-31；资金用途 包含“保险”；导出时间：2024-03-05 09:41:27</td></tr>',
     "<tr>" + "".join(f"<th>{x}</th>" for x in ["序号", "村(社区)", "支付单号", "申请日期", "支付日期", "收款单位", "收款账号", "支付金额(元)", "金额大写", "资金用途", "支付状态"]) + "</tr>"]
r = 4
for k, (vil, no, ad, pd, payee, acct, amt, use) in enumerate(plat, 1):
    h.append("<tr>" + "".join(f"<td>{x}</td>" for x in [
        k, vil, no, ad, pd, payee, f'<span style="mso-number-format:\'@\'">{acct}</span>', f"{amt:,.2f}",
        daxie(amt), use, "已支付"]) + "</tr>")
    T(F5, S5, r, "payment", vil, date=pd[:10], amount=amt, direction="out", counterparty=payee)
    r += 1
tot = sum(x[6] for x in plat)
h.append(f'<tr><td colspan="7" align="center">合计</td><td>{tot:,.2f}</td><td>{daxie(tot)}</td><td></td><td></td></tr>')
N(F5, S5, r, "合计")
r += 1
h.append('<tr><td colspan="11">共 16 条记录　　经办人：镇农经站 孔令华</td></tr>')
N(F5, S5, r, "记录数/经办人")
h.append("</table></body></html>")
with open(os.path.join(FILES, F5), "w", encoding="utf-8") as fh:
    fh.write("\n".join(h))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
