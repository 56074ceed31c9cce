"""Blind test set qa108: 征地拆迁补偿款发放 (land-acquisition compensation payouts).

Deterministic (fixed seed). Writes files into files/ beside this script and truth.json beside it.
"""
import csv
import datetime as dt
import json
import os
import random

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
rng = random.Random(108)

ROWS, NON = [], []


def pay(file, sheet, row, village, date, amount, direction, cp):
    ROWS.append({"file": file, "sheet": sheet, "row": row, "kind": "payment", "village": village,
                 "fields": {"date": date, "amount": round(float(amount), 2) if amount is not None else None,
                            "direction": direction, "counterparty": cp}})


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


SUR = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIV = ["建国", "秀英", "桂兰", "德明", "志强", "玉梅", "国华", "长生", "春花", "永福", "金凤", "家和", "兰英",
       "福生", "淑珍", "宝山", "海燕", "振华", "冬梅", "树林", "荣华", "凤英", "根生", "月娥", "立新", "秀兰",
       "炳坤", "水生", "翠英", "伟东", "良才", "招娣", "有田", "小平", "春生", "丽华", "正义", "美玲", "守仁", "红霞"]
_used = set()


def person():
    while True:
        n = rng.choice(SUR) + rng.choice(GIV)
        if n not in _used:
            _used.add(n)
            return n


def idno():
    return "3307" + "".join(str(rng.randint(0, 9)) for _ in range(2)) + "19%02d" % rng.randint(40, 85) + "********" + "%02d" % rng.randint(10, 99)


def card():
    return "6228 48" + "".join(str(rng.randint(0, 9)) for _ in range(2)) + " **** **** " + "%04d" % rng.randint(0, 9999)


UP_D = "零壹贰叁肆伍陆柒捌玖"


def upper(x):
    """Chinese upper-case amount, e.g. 32456.50 -> 叁万贰仟肆佰伍拾陆元伍角整."""
    fen = int(round(x * 100))
    yuan, jiao, f = fen // 100, (fen // 10) % 10, fen % 10
    units = ["", "拾", "佰", "仟"]

    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += UP_D[d] + units[i]
        return s

    w, r = yuan // 10000, yuan % 10000
    s = ""
    if w:
        s += four(w) + "万"
        if r and r < 1000:
            s += "零"
    s += four(r)
    s += "元"
    if jiao == 0 and f == 0:
        s += "整"
    else:
        if jiao:
            s += UP_D[jiao] + "角"
        elif f:
            s += "零"
        if f:
            s += UP_D[f] + "分"
        else:
            s += "整"
    return s


RATE_TD, RATE_AZ, RATE_QM = 32000, 24000, 1800  # 元/亩
CADRE_SQ = [("陈德明", "党支部书记、村委会主任"), ("周海燕", "党支部副书记"), ("吴立新", "村委会副主任"),
            ("郑玉梅", "村委委员、妇联主席"), ("何振华", "村委委员"), ("孙国华", "村务监督委员会主任"),
            ("林秀兰", "报账员"), ("杨宝山", "一组组长"), ("罗长生", "二组组长")]
for n, _ in CADRE_SQ:
    _used.add(n)
# relatives of cadres who appear as 代领人 or as households
REL_SQ = {"陈德明": [("陈小平", "儿子"), ("黄春花", "配偶")], "周海燕": [("周永福", "父亲")],
          "吴立新": [("吴伟东", "弟弟"), ("赵翠英", "配偶")], "何振华": [("何良才", "哥哥")],
          "林秀兰": [("马荣华", "配偶")], "杨宝山": [("杨水生", "父亲")]}
for v in REL_SQ.values():
    for n, _ in v:
        _used.add(n)


def household_rows(n, group_no, sheet, first_row, with_dl):
    out = []
    for i in range(n):
        name = person()
        area = round(rng.choice([0.35, 0.42, 0.58, 0.66, 0.8, 0.92, 1.05, 1.2, 1.36, 1.5, 1.74, 2.1, 2.45, 2.8, 3.12]), 2)
        td = round(area * RATE_TD, 2)
        az = round(area * RATE_AZ, 2)
        qm = round(area * RATE_QM, 2)
        fz = rng.choice([0, 0, 0, 1200, 2650, 4800, 8650.5, 15300, 36800])
        total = round(td + az + qm + fz, 2)
        paid, unpaid = total, 0.0
        roll = rng.random()
        if roll < 0.08:
            paid, unpaid = 0.0, total
        elif roll < 0.14:
            paid = round(td + az + qm, 2)
            unpaid = round(total - paid, 2)
            if unpaid == 0:
                paid, unpaid = round(total - 5000, 2), 5000.0
        day = dt.date(2023, 4, 10) + dt.timedelta(days=rng.randint(0, 20))
        dl, rel = "", ""
        if with_dl and paid and rng.random() < 0.22:
            dl, rel = rng.choice([(person(), "儿子"), (person(), "女儿"), (person(), "配偶"), (person(), "兄弟"),
                                  ("林秀兰", "受托（报账员）"), ("陈小平", "亲戚"), ("吴伟东", "邻居")])
        out.append(dict(name=name, area=area, td=td, az=az, qm=qm, fz=fz, total=total, paid=paid, unpaid=unpaid,
                        day=day if paid else None, dl=dl, rel=rel, id=idno(), card=card()))
    return out


# ---------------------------------------------------------------- file 1: xlsx, 石桥村 per-group sheets
def file1():
    fn = "石桥村青石大道征地补偿款发放表.xlsx"
    v = "石桥村"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    grand = [0.0] * 7
    summary = []
    for gi, (sheet, n) in enumerate([("一组", 18), ("二组", 17), ("三组", 16)]):
        ws = wb.create_sheet(sheet)
        ws.append([f"石桥村青石大道拓宽工程征地补偿款发放表（{sheet}）"])
        ws.merge_cells("A1:N1")
        ws["A1"].font = Font(bold=True, size=16)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append(["批文：青政土〔2022〕45号", None, None, None, None, None, None, None, None, None, None, None, "单位：元"])
        ws.append(["序号", "户主姓名", "身份证号", "征收面积（亩）", "补偿金额（元）", None, None, None, "应发合计",
                   "实发金额", "未领金额", "领取日期", "代领人", "代领关系", "银行卡号", "领款人签字"])
        ws.append([None, None, None, None, "土地补偿费", "安置补助费", "青苗补偿费", "地上附着物补偿费"])
        for c in "ABCDIJKLMNOP":
            ws.merge_cells(f"{c}3:{c}4")
        ws.merge_cells("E3:H3")
        hh = household_rows(n, gi + 1, sheet, 5, True)
        r = 5
        sub = [0.0] * 7
        for k, h in enumerate(hh):
            if h["day"] is None:
                dcell = None
            elif gi == 1:
                dcell = f"{h['day'].year}.{h['day'].month}.{h['day'].day}"
            else:
                dcell = h["day"]
            ws.append([k + 1, h["name"], h["id"], h["area"], h["td"], h["az"], h["qm"], h["fz"] or None, h["total"],
                       h["paid"], h["unpaid"] or None, dcell, h["dl"] or None, h["rel"] or None, h["card"],
                       (h["dl"] or h["name"]) if h["paid"] else None])
            if isinstance(dcell, dt.date):
                ws.cell(r, 12).number_format = "yyyy-mm-dd"
            if h["paid"]:
                pay(fn, sheet, r, v, h["day"].isoformat(), h["paid"], "out", h["name"])
            else:
                # row states an entitlement that was not collected: no money moved
                ROWS.append({"file": fn, "sheet": sheet, "row": r, "kind": "payment", "village": v,
                             "fields": {"date": None, "amount": 0.0, "direction": "out", "counterparty": h["name"]},
                             "debatable": "未领取: 实发为0，无领取日期"})
            for j, key in enumerate(["area", "td", "az", "qm", "fz", "total", "paid"]):
                sub[j] += h[key]
            r += 1
        if gi == 0:
            ws.append([])  # blank row inside the table
            r += 1
        ws.append([None, "小计", None, round(sub[0], 2), round(sub[1], 2), round(sub[2], 2), round(sub[3], 2),
                   round(sub[4], 2), round(sub[5], 2), round(sub[6], 2), round(sub[5] - sub[6], 2)])
        non(fn, sheet, r, "小计")
        r += 1
        summary.append((sheet, n, sub))
        for j in range(7):
            grand[j] += sub[j]
        if gi == 2:
            keep = round(grand[1] * 0.2, 2)
            ws.append([None, "村集体留存（土地补偿费20%，存入征地补偿款专户）", None, None, keep, None, None, None, keep])
            non(fn, sheet, r, "村集体留存 row (money kept by the collective, not paid to a household)")
            r += 1
            ws.append([None, "合计（一至三组）", None, round(grand[0], 2), round(grand[1], 2), round(grand[2], 2),
                       round(grand[3], 2), round(grand[4], 2), round(grand[5], 2), round(grand[6], 2)])
            non(fn, sheet, r, "合计")
            r += 1
        ws.append([])
        r += 1
        ws.append(["注：1.土地补偿费按32000元/亩、安置补助费按24000元/亩、青苗补偿费按1800元/亩计发；2.代领须持户主委托书及身份证复印件。"])
        non(fn, sheet, r, "注")
        r += 1
        ws.append(["制表人：林秀兰", None, None, None, "审核人：陈德明", None, None, None, "村务监督委员会：孙国华", None, None, "2023年4月30日"])
        non(fn, sheet, r, "制表人/审核人")
    # 分组汇总 sheet: not a record kind
    ws = wb.create_sheet("分组汇总")
    ws.append(["石桥村征地补偿款分组汇总表"])
    ws.append(["组别", "户数", "征收面积（亩）", "土地补偿费", "安置补助费", "青苗补偿费", "地上附着物补偿费", "应发合计", "实发合计", "未领合计"])
    r = 3
    for sheet, n, sub in summary:
        ws.append([sheet, n, round(sub[0], 2), round(sub[1], 2), round(sub[2], 2), round(sub[3], 2), round(sub[4], 2),
                   round(sub[5], 2), round(sub[6], 2), round(sub[5] - sub[6], 2)])
        non(fn, "分组汇总", r, f"分组汇总 {sheet}")
        r += 1
    ws.append(["村集体留存", None, None, round(grand[1] * 0.2, 2), None, None, None, round(grand[1] * 0.2, 2)])
    non(fn, "分组汇总", r, "分组汇总 村集体留存")
    r += 1
    ws.append(["合计", 51, round(grand[0], 2), round(grand[1], 2), round(grand[2], 2), round(grand[3], 2),
               round(grand[4], 2), round(grand[5], 2), round(grand[6], 2), round(grand[5] - grand[6], 2)])
    non(fn, "分组汇总", r, "分组汇总 合计")
    wb.save(os.path.join(OUT, fn))
    return grand


# ---------------------------------------------------------------- file 2: xls BIFF, 河湾村, 组别 merged, 万元, 大写
def file2():
    fn = "河湾村征地补偿款发放明细表.xls"
    v = "河湾村"
    sheet = "发放明细"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    ws.write_merge(0, 0, 0, 13, "河湾村2023年度产业园区二期征地补偿款发放明细表")
    ws.write(1, 0, "填报单位：河湾村股份经济合作社")
    ws.write(1, 10, "填报日期：2023年7月10日")
    hdr = ["序号", "组别", "被征收户", "征地面积(亩)", "土地补偿费(元)", "安置补助费(元)", "青苗及附着物补偿(元)",
           "应发合计(元)", "实发金额(万元)", "实发金额（大写）", "领取日期", "领取人", "与户主关系", "银行卡号"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    r = 3  # 0-based; excel row = r+1
    seq = 1
    datefmt = xlwt.easyxf(num_format_str="YYYY/MM/DD")
    tot = [0.0] * 5
    for gname, n in [("一组", 12), ("二组", 11), ("三组", 10)]:
        hh = []
        for i in range(n):
            name = person()
            area = rng.choice([0.5, 0.75, 0.9, 1.1, 1.25, 1.6, 1.85, 2.2, 2.6, 3.05])
            td = round(area * 30000, 2)
            az = round(area * 21000, 2)
            qf = rng.choice([900, 1350, 1650, 2280, 3900, 6420.5, 12800])
            total = round(td + az + qf, 2)
            day = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randint(0, 25))
            taker, rel = name, "本人"
            rr = rng.random()
            if rr < 0.2:
                taker, rel = person(), rng.choice(["儿子", "女儿", "儿媳", "配偶"])
            elif rr < 0.25:
                taker, rel = "吴伟东", "代办"
            hh.append((name, area, td, az, qf, total, day, taker, rel))
        start = r
        for (name, area, td, az, qf, total, day, taker, rel) in hh:
            ws.write(r, 0, seq)
            ws.write(r, 2, name)
            ws.write(r, 3, area)
            ws.write(r, 4, td)
            ws.write(r, 5, az)
            ws.write(r, 6, qf)
            ws.write(r, 7, total)
            ws.write(r, 8, round(total / 10000, 6))
            ws.write(r, 9, upper(total))
            form = seq % 3
            if form == 0:
                ws.write(r, 10, dt.datetime(day.year, day.month, day.day), datefmt)
            elif form == 1:
                ws.write(r, 10, f"{day.year}年{day.month}月{day.day}日")
            else:
                ws.write(r, 10, day.strftime("%Y%m%d"))
            ws.write(r, 11, taker)
            ws.write(r, 12, rel)
            ws.write(r, 13, card())
            pay(fn, sheet, r + 1, v, day.isoformat(), total, "out", name)
            for j, x in enumerate([area, td, az, qf, total]):
                tot[j] += x
            seq += 1
            r += 1
        ws.write_merge(start, r - 1, 1, 1, gname)
        sub = [sum(h[k] for h in hh) for k in (1, 2, 3, 4, 5)]
        ws.write(r, 0, f"{gname}小计")
        ws.write(r, 3, round(sub[0], 2))
        ws.write(r, 4, round(sub[1], 2))
        ws.write(r, 5, round(sub[2], 2))
        ws.write(r, 6, round(sub[3], 2))
        ws.write(r, 7, round(sub[4], 2))
        ws.write(r, 8, round(sub[4] / 10000, 6))
        non(fn, sheet, r + 1, "小计")
        r += 1
    ws.write(r, 0, "合计")
    ws.write(r, 3, round(tot[0], 2))
    ws.write(r, 7, round(tot[4], 2))
    ws.write(r, 8, round(tot[4] / 10000, 6))
    ws.write(r, 9, upper(round(tot[4], 2)))
    non(fn, sheet, r + 1, "合计")
    r += 2
    ws.write(r, 0, "说明：本表由银行代发，领取人非户主本人的，已留存授权委托书。")
    non(fn, sheet, r + 1, "说明")
    r += 1
    ws.write(r, 0, "经办人：钱红霞")
    ws.write(r, 5, "村主任：袁守仁")
    ws.write(r, 9, "监委会主任：龚正义")
    non(fn, sheet, r + 1, "签字")
    wb.save(os.path.join(OUT, fn))
    return tot[4]


# ---------------------------------------------------------------- file 3: csv GBK, bank batch pay-out (石桥村 四组/五组)
def file3():
    fn = "石桥村征地补偿款农商行代发明细.csv"
    sheet = fn[:-4]
    v = "石桥村"
    lines = [["青石农商银行批量代发明细查询"],
             ["付款账户：石桥村股份经济合作社征地补偿款专户", "", "账号：201000123456789", "", "", "", ""],
             ["序号", "收款人户名", "收款账号", "交易金额", "交易日期", "交易状态", "用途"]]
    total = 0.0
    k = 1
    for grp, n in [("四组", 15), ("五组", 13)]:
        for i in range(n):
            name = person()
            area = rng.choice([0.4, 0.62, 0.88, 1.0, 1.34, 1.7, 2.05, 2.6])
            amt = round(area * (RATE_TD + RATE_AZ + RATE_QM) + rng.choice([0, 0, 1500, 3200.8]), 2)
            day = dt.date(2023, 5, 8) + dt.timedelta(days=rng.randint(0, 3))
            status = "成功"
            if k == 11:
                status = "失败（户名与账号不符）"
            lines.append([str(k), name, card().replace(" ", ""), f"{amt:,.2f}", day.strftime("%Y/%m/%d"), status,
                          f"{grp}征地补偿款"])
            ln = len(lines)
            if status == "成功":
                pay(fn, sheet, ln, v, day.isoformat(), amt, "out", name)
                total += amt
            else:
                non(fn, sheet, ln, "代发失败（未实际付款）")
            k += 1
    lines.append(["", "成功笔数：27", "", f"{total:,.2f}", "", "", "合计"])
    non(fn, sheet, len(lines), "合计")
    lines.append(["打印时间：2023-05-12 09:31:06"])
    non(fn, sheet, len(lines), "打印时间")
    with open(os.path.join(OUT, fn), "w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(lines)
    return total


# ---------------------------------------------------------------- file 4: xlsx bank journal of 石桥村
def file4(g1_paid, g45_paid):
    fn = "石桥村2023年银行存款日记账.xlsx"
    v = "石桥村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "银行存款日记账"
    ws.append(["银行存款日记账"])
    ws.merge_cells("A1:I1")
    ws.append(["核算单位：石桥村股份经济合作社", None, None, None, None, None, "开户行：青石农商银行", None, "单位：元"])
    ws.append(["2023年", None, "凭证号", "摘要", "对方户名", "借方", "贷方", "借或贷", "余额"])
    ws.append(["月", "日"])
    ws.merge_cells("A3:B3")
    for c in "CDEFGHI":
        ws.merge_cells(f"{c}3:{c}4")
    bal = 1286430.55
    r = 5
    ws.append([1, 1, None, "上年结转", None, None, None, "借", bal])
    non(fn, ws.title, r, "上年结转")
    r += 1
    comp = 3286450.00
    entries = [
        (1, 9, "记-3", "收到村级组织运转经费补助", "青石县财政局", 85000.00, None),
        (1, 17, "记-7", "支付村委会电费", "国网青石供电公司", None, 2316.40),
        (1, 25, "记-12", "支付春节慰问困难户物资款", "青石惠民超市", None, 9860.00),
        "本月合计",
        (2, 10, "记-2", "收河边鱼塘承包费", "钱有田", 12000.00, None),
        (2, 22, "记-8", "支付村道保洁劳务费", "罗根生", None, 4800.00),
        "本月合计",
        (3, 6, "记-3", "收青石大道拓宽工程征地补偿款", "青石县自然资源和规划局", comp, None),
        (3, 6, "记-4", "征地补偿款转入专户", "石桥村股份经济合作社征地补偿款专户", None, 2200000.00),
        (3, 18, "记-9", "支付征地丈量测绘费", "青石正源测绘有限公司", None, 18600.00),
        (3, 29, "记-15", "收征地补偿款利息", "青石农商银行", 1245.38, None),
        "本月合计",
        (4, 12, "记-4", "支付一组征地补偿款（批量代发）", None, None, round(g1_paid, 2)),
        (4, 20, "记-8", "支付陈小平代领地上附着物补偿款", "陈小平", None, 36800.00),
        (4, 26, "记-11", "支付征地工作误工补贴", "陈德明", None, 3600.00),
        (4, 26, "记-12", "支付征地工作误工补贴", "吴立新", None, 3200.00),
        "本月合计",
        (5, 8, "记-3", "支付村干部一季度基本报酬", "陈德明", None, 9600.00),
        (5, 30, "记-13", "收到乡镇转拨征地工作经费", "青石县石桥镇人民政府", 20000.00, None),
        "本月合计",
    ]
    months = {}
    last_m = None
    for e in entries:
        if e == "本月合计":
            m = last_m
            dr, cr = months[m]
            ws.append([m, None, None, "本月合计", None, round(dr, 2), round(cr, 2), "借", round(bal, 2)])
            non(fn, ws.title, r, "本月合计")
            r += 1
            ydr = sum(x[0] for x in months.values())
            ycr = sum(x[1] for x in months.values())
            ws.append([m, None, None, "本年累计", None, round(ydr, 2), round(ycr, 2), "借", round(bal, 2)])
            non(fn, ws.title, r, "本年累计")
            r += 1
            continue
        m, d, vo, summ, cp, dr, cr = e
        last_m = m
        bal += (dr or 0) - (cr or 0)
        md = months.setdefault(m, [0.0, 0.0])
        md[0] += dr or 0
        md[1] += cr or 0
        ws.append([m, d, vo, summ, cp, dr, cr, "借", round(bal, 2)])
        amt = dr if dr else cr
        pay(fn, ws.title, r, v, dt.date(2023, m, d).isoformat(), amt, "in" if dr else "out", cp)
        r += 1
    ws.append([])
    r += 1
    ws.append(["会计：林秀兰", None, None, "出纳：郑玉梅", None, "审核：陈德明"])
    non(fn, ws.title, r, "签字")
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------- file 5: xls cadre list with 近亲属
def file5():
    fn = "村干部及近亲属登记表.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    hw = [("袁守仁", "党总支书记、村委会主任"), ("钱红霞", "村委会委员、报账员"), ("龚正义", "村务监督委员会主任"),
          ("萧炳坤", "党总支委员"), ("贾美玲", "村委会委员、妇联主席")]
    hw_rel = {"袁守仁": "袁春生（儿子）、姚凤英（配偶）", "钱红霞": "钱有田（父亲）", "龚正义": "龚志强（弟弟）",
              "萧炳坤": "", "贾美玲": "邵家和（配偶）"}
    for sheet, village, people, rels in [("石桥村", "石桥村", CADRE_SQ, {k: "、".join(f"{n}（{r}）" for n, r in v) for k, v in REL_SQ.items()}),
                                         ("河湾村", "河湾村", hw, hw_rel)]:
        ws = wb.add_sheet(sheet)
        ws.write_merge(0, 0, 0, 5, f"{village}“两委”干部及近亲属关系登记表")
        ws.write(1, 0, "序号")
        ws.write(1, 1, "姓名")
        ws.write(1, 2, "职务")
        ws.write(1, 3, "联系电话")
        ws.write(1, 4, "近亲属姓名（关系）")
        ws.write(1, 5, "备注")
        r = 2
        for i, (n, p) in enumerate(people):
            ws.write(r, 0, i + 1)
            ws.write(r, 1, n)
            ws.write(r, 2, p)
            ws.write(r, 3, "13" + "".join(str(rng.randint(0, 9)) for _ in range(9)))
            ws.write(r, 4, rels.get(n, "") or "无")
            if n == "林秀兰":
                ws.write(r, 5, "镇三资中心委派")
            ROWS.append({"file": fn, "sheet": sheet, "row": r + 1, "kind": "cadre", "village": village,
                         "fields": {"name": n, "position": p}})
            r += 1
        r += 1
        ws.write(r, 0, "注：近亲属包括配偶、父母、子女、兄弟姐妹及其配偶。")
        non(fn, sheet, r + 1, "注")
        r += 1
        ws.write(r, 0, "填表人：" + ("林秀兰" if village == "石桥村" else "钱红霞"))
        ws.write(r, 3, "2023年3月1日")
        non(fn, sheet, r + 1, "填表人")
    wb.save(os.path.join(OUT, fn))


grand = file1()
file2()
t45 = file3()
# 一组 paid total for the bank journal
g1 = sum(x["fields"]["amount"] for x in ROWS if x["sheet"] == "一组" and x["fields"]["amount"])
file4(g1, t45)
file5()

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows,", len(NON), "non-data rows")
