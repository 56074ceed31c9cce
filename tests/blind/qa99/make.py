# -*- coding: utf-8 -*-
"""Blind test set: 惠民惠农财政补贴 一卡通 / 社会救助 发放 spreadsheets.

Deterministic: no randomness. Writes files/ and truth.json beside this script.
"""
import csv
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


def T(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        r["village"] = village
    ROWS.append(r)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


SURN = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["建国", "秀英", "桂兰", "玉梅", "德胜", "长海", "国强", "淑芬", "春生", "凤英",
         "保平", "文华", "海燕", "志刚", "金花", "满囤", "二妮", "永福", "素珍", "庆丰",
         "玉兰", "根生", "小红", "明亮", "翠英", "大勇", "兰芳", "新民", "宝山", "秀云",
         "卫东", "爱华", "振兴", "月娥", "铁柱", "金凤", "学文", "丽娟", "拴柱", "俊峰"]


def name(i):
    return SURN[(i * 7) % len(SURN)] + GIVEN[(i * 11) % len(GIVEN)]


def idmask(i):
    return "4101%s%04d" % ("*" * 10, (i * 379 + 1234) % 10000)


def card(i):
    s = "%019d" % (6230580100001234567 + i * 7919)
    return "%s %s %s %s" % (s[0:4], s[4:8], s[8:12], s[12:])


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(x):
    fen = int(round(x * 100))
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    out = ""
    if yuan >= 10000:
        w, r = divmod(yuan, 10000)
        out = _four(w) + "万"
        if r:
            if r < 1000:
                out += "零"
            out += _four(r)
    else:
        out = _four(yuan)
    out += "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif f:
        out += "零"
    if f:
        out += DIGITS[f] + "分"
    return out


def _four(n):
    units = ["仟", "佰", "拾", ""]
    s = "%04d" % n
    out = ""
    zero = False
    started = False
    for d, u in zip(s, units):
        d = int(d)
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[d] + u
        started = True
    return out


# ---------------------------------------------------------------------------
# File 1: 城关镇2023年惠民惠农一卡通发放明细.xlsx (bank / 一卡通 system export)
# ---------------------------------------------------------------------------
F1 = "城关镇2023年惠民惠农一卡通发放明细.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "发放明细"
ws.append(["城关镇惠民惠农财政补贴资金“一卡通”发放明细表"])
ws.merge_cells("A1:K1")
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["代发单位：城关镇财政所", None, None, None, None, None, None, "代发银行：县农村商业银行城关支行", None, None, "单位：元"])
ws.append(["序号", "姓名", "身份证号", "社保卡号", "所属村", "补贴项目", "发放金额", "发放日期", "发放状态", "失败原因", "备注"])
VILL1 = ["东湖村", "西岭村", "南坪村", "北沟村"]
PROJ1 = [("农村低保金", 620.0), ("高龄津贴", 100.0), ("残疾人两项补贴", 160.0),
         ("特困人员供养金", 1050.0), ("农机购置补贴", 8600.0), ("生猪调出大县奖励", 300.0),
         ("公益林生态补偿", 236.5), ("退耕还林补助", 1200.0)]
r = 4
k = 0
sub_total = 0.0
for blk, date in enumerate([dt.date(2023, 3, 10), dt.date(2023, 6, 12), dt.date(2023, 9, 8)]):
    blk_total = 0.0
    for j in range(12):
        i = blk * 12 + j
        nm = name(i + 3)
        vil = VILL1[(i * 3) % 4]
        proj, base = PROJ1[(i * 5) % len(PROJ1)]
        amt = round(base + (i % 3) * 10 if base < 1000 else base, 2)
        status = "成功"
        reason = None
        note = None
        if i in (5, 17, 29):
            status = "失败"
            reason = ["账户已销户", "户名与账号不符", "账户冻结"][i // 12]
        if i in (22, 33):
            status = "退回"
            reason = "死亡注销"
            note = "资金已退回财政专户"
        k += 1
        ws.append([k, nm, idmask(i), card(i), vil, proj, amt, date, status, reason, note])
        ws.cell(row=r, column=8).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=7).number_format = "#,##0.00"
        T(F1, "发放明细", r, "payment",
          {"date": date.isoformat(), "amount": amt, "direction": "out", "counterparty": nm},
          village=vil)
        blk_total += amt
        r += 1
    ws.append([None, "本批小计", None, None, None, None, round(blk_total, 2), None, None, None, None])
    N(F1, "发放明细", r, "本批小计")
    sub_total += blk_total
    r += 1
ws.append([None, "合计", None, None, None, None, round(sub_total, 2), None, None, None, None])
N(F1, "发放明细", r, "合计")
r += 1
ws.append([])
r += 1
ws.append(["说明：发放状态为“失败”的，由村级协办员核实账户信息后二次发放；“退回”资金已退回县财政惠民惠农专户。"])
N(F1, "发放明细", r, "说明")
r += 1
ws.append(["制表人：刘海燕", None, None, "审核人：陈志刚", None, None, "打印日期：2023年9月30日"])
N(F1, "发放明细", r, "制表人/审核人")

ws2 = wb.create_sheet("汇总")
ws2.append(["2023年惠民惠农补贴发放汇总（按项目）"])
ws2.append(["补贴项目", "发放人数", "成功笔数", "失败笔数", "退回笔数", "发放金额（万元）"])
for ri, (proj, base) in enumerate(PROJ1):
    ws2.append([proj, 4 + ri % 3, 4 + ri % 3 - (ri % 2), ri % 2, 0, round(base * 4 / 10000, 4)])
    N(F1, "汇总", ri + 3, "统计表（非记录）")
ws2.append(["合计", 40, 35, 3, 2, 1.5873])
N(F1, "汇总", 3 + len(PROJ1), "合计")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: 东湖村2023年农村低保金发放花名册.xls (xlwt, one sheet a month, two-row header)
# ---------------------------------------------------------------------------
F2 = "东湖村2023年农村低保金发放花名册.xls"
book = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on; align: horiz center")
DIBAO = [(name(40 + i), 1 + i % 4, ["A类", "B类", "C类"][i % 3]) for i in range(8)]
# one of the recipients is the wife of 村委会主任 (see cadre file)
DIBAO[4] = ("李秀英", 2, "B类")
for mi, (mon, day) in enumerate([(1, 15), (2, 10), (3, 15)]):
    sh = book.add_sheet("%d月" % mon)
    sh.write_merge(0, 0, 0, 8, "东湖村2023年%d月农村最低生活保障金发放花名册" % mon, bold)
    sh.write(1, 0, "乡镇：城关镇")
    sh.write(1, 3, "发放时间：2023年%d月%d日" % (mon, day))
    sh.write(1, 7, "单位：元")
    # two-row header
    sh.write_merge(2, 3, 0, 0, "序号")
    sh.write_merge(2, 3, 1, 1, "户主姓名")
    sh.write_merge(2, 3, 2, 2, "身份证号码")
    sh.write_merge(2, 3, 3, 3, "保障人数")
    sh.write_merge(2, 3, 4, 4, "保障类别")
    sh.write_merge(2, 2, 5, 7, "发放金额")
    sh.write(3, 5, "基本保障金")
    sh.write(3, 6, "分类施保金")
    sh.write(3, 7, "合计")
    sh.write_merge(2, 3, 8, 8, "银行账号")
    sh.write_merge(2, 3, 9, 9, "领取人签字")
    total = 0.0
    row = 4
    for i, (nm, ppl, cat) in enumerate(DIBAO):
        if mon == 3 and i == 7:
            continue  # 3月 退出低保
        basic = 310.0 * ppl
        extra = {"A类": 120.0, "B类": 60.0, "C类": 0.0}[cat]
        tot = basic + extra
        sh.write(row, 0, i + 1)
        sh.write(row, 1, nm)
        sh.write(row, 2, idmask(40 + i))
        sh.write(row, 3, ppl)
        sh.write(row, 4, cat)
        sh.write(row, 5, basic)
        sh.write(row, 6, extra)
        sh.write(row, 7, tot)
        sh.write(row, 8, card(40 + i))
        T(F2, "%d月" % mon, row + 1, "payment",
          {"date": "2023-%02d-%02d" % (mon, day), "amount": tot, "direction": "out",
           "counterparty": nm}, village="东湖村")
        total += tot
        row += 1
    sh.write(row, 0, "合计")
    sh.write(row, 7, total)
    N(F2, "%d月" % mon, row + 1, "合计")
    row += 2
    sh.write(row, 0, "制表人：王海燕        村委会主任（签字）：           审核人：           城关镇民政办（盖章）")
    N(F2, "%d月" % mon, row + 1, "制表人/审核人")
book.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: 西岭村2023年耕地地力保护补贴发放清册.csv (GBK)
# ---------------------------------------------------------------------------
F3 = "西岭村2023年耕地地力保护补贴发放清册.csv"
S3 = "西岭村2023年耕地地力保护补贴发放清册"
lines = []
lines.append(["西岭村2023年耕地地力保护补贴发放清册", "", "", "", "", "", "", "", ""])
lines.append(["补贴标准：105.6元/亩", "", "", "", "", "", "", "", "单位：亩、元"])
lines.append(["组别", "户主姓名", "身份证号", "一卡通账号", "确权面积（亩）", "补贴面积（亩）", "补贴标准（元/亩）", "补贴金额（元）", "发放日期"])
ln = 3
STD = 105.6
idx = 0
grand = 0.0
for grp, cnt in [("一组", 9), ("二组", 8), ("三组", 9)]:
    gsum = 0.0
    for j in range(cnt):
        idx += 1
        nm = name(80 + idx)
        area = round(2.0 + (idx * 37 % 90) / 10.0, 2)
        sub_area = area if idx % 5 else round(area - 0.5, 2)
        amt = round(sub_area * STD, 2)
        date = "2023.6.20" if grp != "三组" else "2023/6/21"
        iso = "2023-06-20" if grp != "三组" else "2023-06-21"
        ln += 1
        lines.append([grp, nm, idmask(80 + idx), card(80 + idx), "%.2f" % area, "%.2f" % sub_area,
                      "105.6", "%.2f" % amt, date])
        T(F3, S3, ln, "payment", {"date": iso, "amount": amt, "direction": "out", "counterparty": nm},
          village="西岭村")
        gsum += amt
    ln += 1
    lines.append([grp + "小计", "", "", "", "", "", "", "%.2f" % gsum, ""])
    N(F3, S3, ln, "小计")
    grand += gsum
ln += 1
lines.append(["合计", "", "", "", "", "", "", "%.2f" % grand, ""])
N(F3, S3, ln, "合计")
ln += 1
lines.append(["注：补贴面积以二轮延包确权面积为准，已扣除非农建设占用及撂荒地。", "", "", "", "", "", "", "", ""])
N(F3, S3, ln, "注")
ln += 1
lines.append(["制表人：杨振兴", "", "", "审核人：赵丽娟", "", "", "", "", ""])
N(F3, S3, ln, "制表人/审核人")
with open(os.path.join(FILES, F3), "w", encoding="gbk", newline="") as f:
    csv.writer(f).writerows(lines)

# ---------------------------------------------------------------------------
# File 4: 南坪村2023年临时救助及特困供养发放台账.xlsx
# ---------------------------------------------------------------------------
F4 = "南坪村2023年临时救助及特困供养发放台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "临时救助"
ws.append(["南坪村2023年临时救助资金发放台账"])
ws.merge_cells("A1:H1")
ws.append(["填报单位：南坪村民委员会", None, None, None, None, "单位：元"])
ws.append(["序号", "救助对象", "身份证号", "救助事由", "救助金额", "金额大写", "发放日期", "发放方式"])
LS = [
    ("郝铁柱", "因病住院，自付医疗费较高", 3000.0, "2023年3月5日", "2023-03-05", "一卡通"),
    ("龚月娥", "房屋失火", 5000.0, "2023.4.12", "2023-04-12", "一卡通"),
    ("邵拴柱", "车祸致残", 2500.0, "20230518", "2023-05-18", "现金"),
    ("覃金凤", "子女大学入学困难", 1500.0, "2023/6/1", "2023-06-01", "一卡通"),
    ("孔学文", "突发重病", 4200.0, "2023-07-09", "2023-07-09", "一卡通"),
    ("向二妮", "因灾房屋倒塌", 6000.0, "2023年8月", None, "一卡通"),
    ("汤满囤", "因病", 800.0, "2023.9.3", "2023-09-03", "现金"),
    ("毛俊峰", "意外伤害", 1200.0, "2023年10月17日", "2023-10-17", "一卡通"),
    ("龚月娥", "房屋失火（二次救助）", 2000.0, "2023年11月2日", "2023-11-02", "一卡通"),
    ("顾玉兰", "因病", 950.5, "2023.12.20", "2023-12-20", "一卡通"),
]
r = 4
tot = 0.0
for i, (nm, why, amt, dtext, iso, way) in enumerate(LS):
    amt_cell = amt
    if i == 3:
        amt_cell = "¥1,500.00"
    if i == 5:
        amt_cell = "0.6万元"
    ws.append([i + 1, nm, idmask(200 + i), why, amt_cell, daxie(amt), dtext, way])
    T(F4, "临时救助", r, "payment", {"date": iso, "amount": amt, "direction": "out", "counterparty": nm},
      village="南坪村")
    tot += amt
    r += 1
ws.append(["合计", None, None, None, tot, daxie(tot), None, None])
N(F4, "临时救助", r, "合计")
r += 1
ws.append(["经办人：侯宝山", None, None, "村务监督委员会主任：段新民", None, None, "镇民政办审核："])
N(F4, "临时救助", r, "经办人/签字")

ws = wb.create_sheet("特困供养")
ws.append(["南坪村2023年特困人员基本生活费发放表（第二季度）"])
ws.append(["单位：元"])
ws.append(["姓名", "供养方式", "身份证号", "4月", None, "5月", None, "6月", None])
ws.append([None, None, None, "金额", "发放日期", "金额", "发放日期", "发放日期"])
# fix the header: 6月 has 金额 and 发放日期 too
ws.cell(row=4, column=8).value = "金额"
ws.cell(row=4, column=9).value = "发放日期"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
ws.merge_cells("C3:C4")
ws.merge_cells("D3:E3")
ws.merge_cells("F3:G3")
ws.merge_cells("H3:I3")
TK = [("钱永福", "分散供养", 1050.0), ("严根生", "分散供养", 1050.0), ("武春生", "集中供养", 1280.0),
      ("戴素珍", "分散供养", 1050.0), ("莫庆丰", "分散供养", 1050.0)]
# This sheet is a wide (one column group a month) layout: each row holds three payments.
# Truth: one record per row is what the CLI can give; the inspector reads the row as a
# person with three monthly payouts. We record the row as a payment with the first month's
# amount would be wrong; instead list the whole row as one payment-bearing row is debatable,
# so this sheet is kept small and scored as three truth entries per row (same row number).
r = 5
for i, (nm, way, amt) in enumerate(TK):
    ws.append([nm, way, idmask(300 + i), amt, dt.date(2023, 4, 10), amt, dt.date(2023, 5, 10), amt,
               dt.date(2023, 6, 12)])
    for c in (5, 7, 9):
        ws.cell(row=r, column=c).number_format = "yyyy/m/d"
    for mon, day in ((4, 10), (5, 10), (6, 12)):
        T(F4, "特困供养", r, "payment",
          {"date": "2023-%02d-%02d" % (mon, day), "amount": amt, "direction": "out", "counterparty": nm},
          village="南坪村")
    r += 1
ws.append(["合计", None, None, 5480.0, None, 5480.0, None, 5480.0, None])
N(F4, "特困供养", r, "合计")

ws = wb.create_sheet("救助公示")
ws.append(["南坪村2023年第四季度临时救助拟救助对象公示"])
ws.append(["根据《社会救助暂行办法》，经村民代表评议，现将拟救助对象公示如下，公示期7天（2023年12月1日至12月7日）。"])
ws.append(["序号", "姓名", "家庭人口", "申请事由", "拟救助金额（元）", "评议结果"])
PUB = [("顾玉兰", 3, "因病", 1000, "同意"), ("汤满囤", 2, "因病", 800, "同意"),
       ("熊大勇", 4, "务工受伤", 1500, "同意"), ("秦兰芳", 1, "独居老人生活困难", 600, "不同意")]
r = 4
for i, (nm, ppl, why, a, res) in enumerate(PUB):
    ws.append([i + 1, nm, ppl, why, a, res])
    N(F4, "救助公示", r, "公示名单（审核公示，不是发放）")
    r += 1
ws.append(["监督电话：0371-6688xxxx（镇纪委）  南坪村村民委员会  2023年12月1日"])
N(F4, "救助公示", r, "公示落款")
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# File 5: 三资平台 HTML export saved as .xls — 北沟村惠民资金发放记录.xls
# ---------------------------------------------------------------------------
F5 = "北沟村2023年惠民惠农补贴发放记录.xls"
S5 = "北沟村2023年惠民惠农补贴发放记录"
H = []
H.append('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>')
H.append('<table border="1">')
H.append('<tr><td colspan="9" align="center"><b>惠民惠农财政补贴资金发放记录查询</b></td></tr>')
H.append('<tr><td colspan="9">查询条件：村（社区）=北沟村；发放年度=2023；导出时间：2023-12-28 16:42:07</td></tr>')
H.append("<tr><th>序号</th><th>村（社区）</th><th>收款人</th><th>证件号码</th><th>银行账号</th>"
         "<th>补贴项目名称</th><th>发放金额(元)</th><th>发放时间</th><th>发放状态</th></tr>")
BG = [("耕地地力保护补贴", 1267.2), ("玉米生产者补贴", 843.0), ("农村低保金", 930.0),
      ("残疾人生活补贴", 90.0), ("城乡居民养老保险基础养老金", 188.0), ("耕地地力保护补贴", 528.0),
      ("脱贫户小额信贷贴息", 1725.63), ("农村危房改造补助", 20000.0), ("高龄津贴", 100.0),
      ("农机购置补贴", 12400.0), ("生态护林员补助", 10000.0), ("计划生育家庭奖励扶助金", 960.0),
      ("农村低保金", 930.0), ("残疾人护理补贴", 80.0), ("耕地地力保护补贴", 844.8),
      ("退耕还林补助", 1500.0), ("农村低保金", 930.0), ("孤儿基本生活费", 1200.0)]
row = 3
for i, (proj, amt) in enumerate(BG):
    row += 1
    nm = name(120 + i)
    if i == 12:
        nm = name(120 + 2)  # same person, low-income payout again the same day (duplicate?)
    if i == 7:
        nm = "邹卫东"  # 危房改造 to a cadre's relative (see cadre list)
    stamp = "2023-%02d-%02d %02d:%02d:%02d" % (3 + (i // 4) * 2, 5 + i % 4 * 5, 9 + i % 7, (i * 13) % 60, (i * 29) % 60)
    if i == 12:
        stamp = "2023-11-05 09:06:53"
    if i == 2:
        stamp = "2023-03-15 11:26:58"
    status = "发放成功"
    if i in (9, 15):
        status = "发放失败"
    if i == 16:
        status = "已退回"
    H.append("<tr><td>%d</td><td>北沟村</td><td>%s</td><td>%s</td><td style=\"mso-number-format:'\\@'\">%s</td>"
             "<td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
             % (i + 1, nm, idmask(120 + i), card(120 + i).replace(" ", ""), proj, "{:,.2f}".format(amt), stamp, status))
    T(F5, S5, row, "payment", {"date": stamp[:10], "amount": amt, "direction": "out", "counterparty": nm},
      village="北沟村")
row += 1
H.append('<tr><td colspan="6">合计</td><td>%s</td><td></td><td></td></tr>' % "{:,.2f}".format(sum(a for _, a in BG)))
N(F5, S5, row, "合计")
row += 1
H.append('<tr><td colspan="9">共18条记录</td></tr>')
N(F5, S5, row, "记录数")
H.append("</table></body></html>")
with open(os.path.join(FILES, F5), "w", encoding="utf-8") as f:
    f.write("\n".join(H))

# ---------------------------------------------------------------------------
# File 6: 城关镇村干部及近亲属信息表.csv (UTF-8 with BOM), several villages
# ---------------------------------------------------------------------------
F6 = "城关镇村干部及近亲属信息表.csv"
S6 = "城关镇村干部及近亲属信息表"
lines = [["城关镇村“两委”干部及近亲属信息备案表（2023年）", "", "", "", "", ""],
         ["村别", "姓名", "职务", "联系电话", "近亲属（姓名/关系）", "备注"]]
CAD = [("东湖村", "王德胜", "党支部书记、村委会主任", "13837112345", "李秀英（妻）；王强（子）；王春生（兄）", ""),
       ("东湖村", "张淑芬", "村委会副主任、妇联主席", "13937154321", "刘国强（夫）", ""),
       ("东湖村", "陈明亮", "报账员", "15036987412", "陈保平（父）；赵金花（母）", "兼任协办员"),
       ("西岭村", "杨振兴", "村委委员、会计", "13603845678", "杨卫东（弟）", ""),
       ("西岭村", "周长海", "党支部书记", "18638012233", "吴凤英（妻）；周小红（女）", ""),
       ("南坪村", "段新民", "村务监督委员会主任", "13598765432", "", "监委会"),
       ("南坪村", "侯宝山", "党支部副书记", "15890011234", "侯月娥（姐）", ""),
       ("北沟村", "邹爱华", "党支部书记、村委会主任", "13523456789", "邹卫东（子）；孟兰芳（妻）", ""),
       ("北沟村", "熊海燕", "村委委员、惠民资金协办员", "17700371234", "熊大勇（夫）", "")]
ln = 2
for v, nm, pos, tel, rel, note in CAD:
    ln += 1
    lines.append([v, nm, pos, tel, rel, note])
    T(F6, S6, ln, "cadre", {"name": nm, "position": pos}, village=v)
ln += 1
lines.append(["填报人：城关镇组织办  填报日期：2023年3月1日", "", "", "", "", ""])
N(F6, S6, ln, "填报人")
with open(os.path.join(FILES, F6), "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f).writerows(lines)

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
