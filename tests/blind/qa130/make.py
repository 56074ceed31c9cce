# -*- coding: utf-8 -*-
"""Blind test set qa130: invisible and look-alike characters in ordinary village tables.

Writes OUT/files/* and OUT/truth.json (beside this script). Deterministic, no randomness.
"""
import csv
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

NB = "\u00a0"   # no-break space
IS = "\u3000"   # ideographic (full-width) space
ZW = "\u200b"   # zero-width space
ZJ = "\u200d"   # zero-width joiner
BOM = "\ufeff"  # zero-width no-break space

TRUTH = {"rows": [], "non_data": []}


def fw(s):
    """ASCII -> full-width (digits, letters, punctuation)."""
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif ch == " ":
            out.append(IS)
        else:
            out.append(ch)
    return "".join(out)


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + ("" if u == 0 else CN_DIG[u])


def cn_date(d):
    y = "".join(CN_DIG[int(c)] for c in str(d.year))
    return "%s年%s月%s日" % (y, cn_num(d.month), cn_num(d.day))


def money_str(v, style):
    """Amount as text the way pasted cells show it; style is an int."""
    two = "%.2f" % v
    ip, dp = two.split(".")
    grouped = "{:,}".format(int(ip))
    s = style % 9
    if s == 0:
        return v  # a clean number cell
    if s == 1:
        return grouped.replace(",", "，") + "." + dp          # 12，500.00
    if s == 2:
        return fw(grouped + "." + dp)                        # １２，５００．００
    if s == 3:
        return two + NB                                      # trailing NBSP
    whole = v == int(v)
    if s == 4:
        return IS + grouped + ("" if whole else "." + dp)                                  # leading ideographic space
    if s == 5:
        return grouped.replace(",", "，") + ("" if whole else "." + dp)  # 12，500 (no decimals when whole)
    if s == 6:
        return ZW + two                                      # zero-width space in front
    if s == 7:
        return fw(two)                                       # １２５００．００
    return grouped + "." + dp + " \t"                        # tab and space after


def date_str(d, style):
    s = style % 10
    if s == 0:
        return dt.datetime(d.year, d.month, d.day)  # real date cell
    if s == 1:
        return fw("%d-%d-%d" % (d.year, d.month, d.day))    # ２０２３－３－５
    if s == 2:
        return ("%d年%d月%d日" % (d.year, d.month, d.day)).replace("0", "O", 1) if "0" in str(d.year) else "%d年%d月%d日" % (d.year, d.month, d.day)  # 2O23年
    if s == 3:
        return "%d.%d.%d%s" % (d.year, d.month, d.day, NB)
    if s == 4:
        return ("%d-%02d-%02d" % (d.year, d.month, d.day)).replace("0", "〇", 1)  # 2〇23-03-05
    if s == 5:
        return "%d/%d/%d\t" % (d.year, d.month, d.day)
    if s == 6:
        return ZW + "%d-%d-%d" % (d.year, d.month, d.day)
    if s == 7:
        return fw("%d年%d月%d日" % (d.year, d.month, d.day))  # full-width digits with 年月日
    if s == 8:
        return "%d.%02d.%02d" % (d.year, d.month, d.day) + IS
    return "%d%02d%02d" % (d.year, d.month, d.day) + BOM


def name_str(name, style):
    """Dirty a name; the truth is `name`."""
    s = style % 8
    if s == 0:
        return name
    if s == 1:
        return name + NB
    if s == 2:
        return IS + name
    if s == 3:
        k = len(name) // 2
        return name[:k] + ZW + name[k:]
    if s == 4:
        return name + " \t"
    if s == 5:
        k = 2 if len(name) > 3 else 1
        return name[:k] + ZJ + name[k:]
    if s == 6:
        return BOM + name
    return NB + name + IS


def iso(d):
    return None if d is None else d.strftime("%Y-%m-%d")


def add_row(file, sheet, row, kind, village, fields):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    TRUTH["rows"].append(r)


def add_nd(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})


D = dt.date

# ---------------------------------------------------------------------------
# 1. 石桥村2023年银行存款日记账.xlsx — payments (two sheets)
# ---------------------------------------------------------------------------
F1 = "石桥村2023年银行存款日记账.xlsx"
V1 = "石桥村"
bank = [
    # date, voucher, summary, counterparty, in, out
    (D(2023, 1, 5), "记-01", "收到镇财政转移支付村级运转经费", "石桥镇财政所", 45000.00, None),
    (D(2023, 1, 9), "记-02", "支付村部电费", "国网石桥供电所", None, 1286.40),
    (D(2023, 1, 12), "记-03", "支付2022年度保洁员工资", "王桂兰", None, 7200.00),
    (D(2023, 1, 18), "记-04", "收到鱼塘承包金", "李国强", 12500.00, None),
    (D(2023, 1, 20), "记-05", "支付村道路灯维修费", "石桥镇明亮电器维修部", None, 3650.00),
    (D(2023, 1, 30), "记-06", "支付春节慰问困难户物资款", "石桥镇惠民超市", None, 8460.00),
    (D(2023, 2, 3), "记-07", "收到厂房租金", "浙江宏达包装有限公司", 36000.00, None),
    (D(2023, 2, 8), "记-08", "支付文化礼堂桌椅采购款", "永康市金誉家具厂", None, 18900.00),
    (D(2023, 2, 14), "记-09", "支付村干部误工补贴", "张建华", None, 2400.00),
    (D(2023, 2, 21), "记-10", "收到土地流转费", "石桥镇绿源家庭农场", 28600.00, None),
    (D(2023, 2, 27), "记-11", "支付水渠清淤工程款", "金华市顺通水利工程有限公司", None, 46800.00),
    (D(2023, 3, 2), "记-12", "支付办公用品费", "石桥镇文兴文具店", None, 865.50),
    (D(2023, 3, 6), "记-13", "收到一事一议财政奖补资金", "石桥镇财政所", 80000.00, None),
    (D(2023, 3, 10), "记-14", "支付村道硬化工程进度款", "金华市路通建设有限公司", None, 120000.00),
    (D(2023, 3, 15), "记-15", "支付垃圾清运费", "石桥镇洁美环卫服务部", None, 4500.00),
    (D(2023, 3, 21), "记-16", "收到商铺租金", "陈晓燕", 9600.00, None),
    (D(2023, 3, 28), "记-17", "支付村民代表会议误餐费", "石桥农家饭店", None, 1320.00),
    (D(2023, 3, 31), "记-18", "银行存款利息", None, 213.67, None),
    (D(2023, 4, 4), "记-19", "支付村道硬化工程尾款", "金华市路通建设有限公司", None, 56000.00),
    (D(2023, 4, 11), "记-20", "支付监控设备采购款", "义乌市天眼安防科技有限公司", None, 23750.00),
    (D(2023, 4, 17), "记-21", "收到林地承包金", "周福明", 5400.00, None),
    (D(2023, 4, 25), "记-22", "支付绿化苗木款", "浦江县青山苗木专业合作社", None, 15200.00),
    (D(2023, 4, 28), "记-23", "支付银行手续费", "中国农业银行石桥支行", None, 35.00),
    (D(2023, 5, 6), "记-24", "收到大塘水面承包金", "李国强", 12500.00, None),
    (D(2023, 5, 12), "记-25", "支付山塘加固工程预付款", "浙江宏达水利建设有限公司", None, 119400.00),
    (D(2023, 5, 19), "记-26", "支付村庄保洁服务费", "石桥镇洁美环卫服务部", None, 4500.00),
    (D(2023, 5, 23), "记-27", "收到光伏发电收益", "国网浙江省电力有限公司金华供电公司", 3862.15, None),
    (D(2023, 5, 26), "记-28", "支付村干部误工补贴", "李春燕", None, 1800.00),
    (D(2023, 5, 31), "记-29", "支付农村饮用水水质检测费", "金华市疾控检测技术服务中心", None, 2600.00),
]
cash = [
    (D(2023, 1, 6), "现-01", "提现备用金", "中国农业银行石桥支行", 5000.00, None),
    (D(2023, 1, 10), "现-02", "支付村部饮用水费", "石桥镇清泉桶装水店", None, 260.00),
    (D(2023, 1, 16), "现-03", "支付春联印刷费", "石桥镇红星印刷店", None, 480.00),
    (D(2023, 1, 22), "现-04", "收到场地使用费", "吴小军", 600.00, None),
    (D(2023, 2, 2), "现-05", "支付临时工工资", "刘大勇", None, 1500.00),
    (D(2023, 2, 15), "现-06", "支付快递费", None, None, 36.00),
    (D(2023, 2, 20), "现-07", "支付村部维修材料费", "石桥镇永兴五金店", None, 742.80),
    (D(2023, 3, 1), "现-08", "收到农户自来水费", "徐金花", 1250.00, None),
    (D(2023, 3, 9), "现-09", "支付防汛物资款", "石桥镇永兴五金店", None, 1960.00),
    (D(2023, 3, 18), "现-10", "支付会议茶水费", "石桥镇惠民超市", None, 315.00),
    (D(2023, 3, 24), "现-11", "现金存入银行", "中国农业银行石桥支行", None, 1200.00),
    (D(2023, 3, 29), "现-12", "支付村卫生室水电费", "国网石桥供电所", None, 188.60),
    (D(2023, 4, 3), "现-13", "收到老年食堂伙食费", "楼桂芳", 930.00, None),
    (D(2023, 4, 12), "现-14", "支付清明森林防火值守补助", "吴小军", None, 800.00),
    (D(2023, 4, 19), "现-15", "支付村部灯具维修材料", "石桥镇明亮电器维修部", None, 126.50),
    (D(2023, 4, 27), "现-16", "支付党员活动日午餐费", "石桥农家饭店", None, 1140.00),
]

wb = openpyxl.Workbook()


def journal_sheet(ws, title, rows, opening, style_offset):
    ws.append([title])
    ws.merge_cells(start_row=1, end_row=1, start_column=1, end_column=7)
    ws.append(["单位名称：石桥村股份经济合作社" + IS + IS + "单位：元" + NB])
    # header with zero-width chars, Alt+Enter breaks and spaced-out letters
    ws.append([BOM + "日" + IS + "期", "凭证\n号", "摘" + IS + IS + "要", "对方" + ZW + "户名",
               "收入\n（借方）", "支" + ZW + "出\n（贷方）", "余 额"])
    for c in ws[3]:
        c.alignment = Alignment(wrap_text=True)
    r = 4
    ws.append(["", "", "上年结转", "", "", "", opening])
    add_nd(F1, ws.title, r, "上年结转")
    r += 1
    bal = opening
    month = rows[0][0].month
    m_in = m_out = y_in = y_out = 0.0

    def totals(m):
        nonlocal r
        ws.append(["", "", "本月合计", "", round(m_in, 2), round(m_out, 2), round(bal, 2)])
        add_nd(F1, ws.title, r, "本月合计")
        r += 1
        ws.append(["", "", "本年累计", "", round(y_in, 2), round(y_out, 2), round(bal, 2)])
        add_nd(F1, ws.title, r, "本年累计")
        r += 1

    for i, (d, v, summ, cp, vin, vout) in enumerate(rows):
        if d.month != month:
            totals(month)
            month = d.month
            m_in = m_out = 0.0
        k = i + style_offset
        if vin is not None:
            bal += vin
            m_in += vin
            y_in += vin
        else:
            bal -= vout
            m_out += vout
            y_out += vout
        vcell = fw(v) if k % 3 == 0 else v + (NB if k % 3 == 1 else "")
        summ_cell = summ if k % 4 else summ + "\n"
        if cp is None:
            cpc = ""
        elif k % 11 == 7:
            # Alt+Enter inside a long company name, as wrapped in Word
            cut = len(cp) // 2
            cpc = cp[:cut] + "\n" + cp[cut:]
        else:
            cpc = name_str(cp, k)
        ws.append([date_str(d, k), vcell, summ_cell, cpc,
                   money_str(vin, k) if vin is not None else "",
                   money_str(vout, k + 4) if vout is not None else "",
                   round(bal, 2)])
        add_row(F1, ws.title, r, "payment", V1, {
            "date": iso(d), "amount": vin if vin is not None else vout,
            "direction": "in" if vin is not None else "out", "counterparty": cp})
        r += 1
    totals(month)
    ws.append([])
    ws.append(["制表人：" + NB + "王丽萍" + IS + IS + "审核人：" + ZW + "张建华"])
    assert ws.max_row == r + 1
    add_nd(F1, ws.title, ws.max_row, "制表人/审核人")


ws = wb.active
ws.title = "银行存款"
journal_sheet(ws, "石桥村2023年银行存款日记账", bank, 352340.25, 0)
ws2 = wb.create_sheet("现金")
journal_sheet(ws2, "石桥村2023年现金日记账", cash, 1865.30, 5)
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# 2. 柳塘村合同台账.xls — contracts, two sheets + one statistics sheet (xlwt)
# ---------------------------------------------------------------------------
F2 = "柳塘村合同台账.xls"
V2 = "柳塘村"
c2023 = [
    # code, title, counterparty, amount, signed_on, term, method
    ("HT-2023-01", "村道路面修复工程施工合同", "金华市路通建设有限公司", 186000.00, D(2023, 3, 5), "2023.3-2023.6", "竞争性谈判"),
    ("HT-2023-02", "文化礼堂音响设备采购合同", "义乌市声宏音响器材商行", 28500.00, D(2023, 3, 18), "一次性", "询价"),
    ("HT-2023-03", "村级公路保洁服务合同", "柳塘村洁美保洁队", 36000.00, D(2023, 1, 2), "2023.1-2023.12", "直接委托"),
    ("HT-2023-04", "山塘加固工程施工合同", "浙江宏达水利建设有限公司", 398000.00, D(2023, 4, 10), "2023.4-2023.9", "公开招标"),
    ("HT-2023-05", "村部屋顶防水维修合同", "兰溪市永固防水工程部", 19800.00, D(2023, 5, 6), "2023.5", "直接委托"),
    ("HT-2023-06", "路灯安装工程合同", "金华市光明照明工程有限公司", 49600.00, D(2023, 5, 20), "2023.5-2023.7", "询价"),
    ("HT-2023-07", "垃圾分类亭采购合同", "浦江县绿洁环保设备厂", 12400.00, D(2023, 6, 1), "一次性", "询价"),
    ("HT-2023-08", "村务监控系统维护合同", "义乌市天眼安防科技有限公司", 6800.00, D(2023, 6, 15), "2023.6-2024.6", "直接委托"),
    ("HT-2023-09", "池塘清淤工程合同", "金华市顺通水利工程有限公司", 49800.00, D(2023, 7, 3), "2023.7-2023.8", "直接委托"),
    ("HT-2023-10", "池塘护岸工程合同", "金华市顺通水利工程有限公司", 49500.00, D(2023, 7, 20), "2023.7-2023.9", "直接委托"),
    ("HT-2023-11", "老年食堂厨具采购合同", "永康市金誉厨具有限公司", 23650.00, D(2023, 8, 8), "一次性", "询价"),
    ("HT-2023-12", "村庄绿化养护合同", "浦江县青山苗木专业合作社", 42000.00, D(2023, 9, 1), "2023.9-2024.8", "竞争性谈判"),
    ("HT-2023-13", "农房外立面改造工程合同", "金华市路通建设有限公司", 268000.00, D(2023, 9, 25), "2023.10-2024.1", "公开招标"),
    ("HT-2023-14", "村史馆布展设计合同", "杭州墨香文化创意有限公司", 58000.00, D(2023, 10, 12), "2023.10-2023.12", "竞争性磋商"),
    ("HT-2023-15", "消防器材采购合同", "兰溪市安泰消防器材店", 7360.00, D(2023, 11, 2), "一次性", "询价"),
    ("HT-2023-16", "村级财务代理记账服务合同", "金华市信诚财务咨询有限公司", 9600.00, D(2023, 12, 28), "2024.1-2024.12", "直接委托"),
]
c2024 = [
    ("HT-2024-01", "机耕路拓宽工程施工合同", "浙江宏达水利建设有限公司", 356000.00, D(2024, 2, 26), "2024.3-2024.6", "公开招标"),
    ("HT-2024-02", "村部空调采购合同", "兰溪市格力专卖店", 15980.00, D(2024, 3, 4), "一次性", "询价"),
    ("HT-2024-03", "农贸市场摊位棚改造合同", "兰溪市永固钢结构工程部", 48900.00, D(2024, 3, 22), "2024.4-2024.5", "直接委托"),
    ("HT-2024-04", "农贸市场排水沟改造合同", "兰溪市永固钢结构工程部", 46700.00, D(2024, 4, 2), "2024.4-2024.5", "直接委托"),
    ("HT-2024-05", "村庄规划编制服务合同", "浙江大地规划设计院有限公司", 85000.00, D(2024, 4, 18), "2024.4-2024.10", "竞争性磋商"),
    ("HT-2024-06", "健身广场塑胶地面工程合同", "金华市康体运动设施有限公司", 63200.00, D(2024, 5, 9), "2024.5-2024.6", "询价"),
    ("HT-2024-07", "村级公路保洁服务合同", "柳塘村洁美保洁队", 38400.00, D(2024, 1, 2), "2024.1-2024.12", "直接委托"),
    ("HT-2024-08", "防汛应急物资采购合同", "兰溪市安泰消防器材店", 9850.00, D(2024, 6, 3), "一次性", "询价"),
    ("HT-2024-09", "光伏车棚建设合同", "金华市阳光新能源科技有限公司", 132000.00, D(2024, 6, 27), "2024.7-2024.9", "公开招标"),
    ("HT-2024-10", "文化礼堂屋面翻修合同", "兰溪市永固防水工程部", 29600.00, D(2024, 7, 15), "2024.7-2024.8", "直接委托"),
    ("HT-2024-11", "村道标线施划合同", "金华市路通建设有限公司", 18750.00, D(2024, 8, 6), "2024.8", "询价"),
    ("HT-2024-12", "公厕改造工程合同", "浦江县绿洁环保设备厂", 47300.00, D(2024, 9, 10), "2024.9-2024.11", "直接委托"),
    ("HT-2024-13", "监控系统扩容采购合同", "义乌市天眼安防科技有限公司", 21400.00, D(2024, 10, 8), "一次性", "询价"),
]

xb = xlwt.Workbook(encoding="utf-8")
wrap = xlwt.easyxf("align: wrap on")


def contract_sheet(name, year, rows, off):
    sh = xb.add_sheet(name)
    sh.write_merge(0, 0, 0, 8, "柳塘村%d年合同管理台账" % year)
    sh.write(1, 0, "填报单位：柳塘村股份经济合作社")
    sh.write(1, 7, "单位：元" + IS)
    hdr = ["序" + IS + "号", "合同" + ZW + "编号", "合 同 名 称", "乙方（承包方）" + NB,
           "合 同 金 额", "签订\n日期", "合同期限", "采购" + ZJ + "方式", "备 注"]
    for j, h in enumerate(hdr):
        sh.write(2, j, h, wrap)
    total = 0.0
    r = 3  # 0-based
    for i, (code, title, cp, amt, signed, term, meth) in enumerate(rows):
        k = i + off
        seq = fw(str(i + 1)) if k % 5 == 0 else i + 1
        codec = fw(code) if k % 3 != 2 else code.replace("0", "O", 1) if k % 6 == 5 else code + NB
        if k % 7 == 3:
            # company name with an ideographic space where the Word line was justified
            cpc = cp[:3] + IS + cp[3:]
            cp_truth = cp
        elif k % 9 == 4:
            cut = len(cp) - 6
            cpc = cp[:cut] + "\n" + cp[cut:]
            cp_truth = cp
        else:
            cpc = name_str(cp, k)
            cp_truth = cp
        a = money_str(amt, k)
        if k % 13 == 6:
            a = "12,500。00" if amt == 12500 else ("{:,}".format(int(amt)).replace(",", "，") + "元")
        if k % 8 == 7:
            dcell = cn_date(signed)          # 二〇二三年三月五日 as typed in the contract text
        else:
            dcell = date_str(signed, k + 1)
        rowvals = [seq, codec, name_str(title, k + 3), cpc, a, dcell,
                   term.replace(".", "．") if k % 4 == 1 else term, meth, ""]
        for j, v in enumerate(rowvals):
            if isinstance(v, dt.datetime):
                sh.write(r, j, v, xlwt.easyxf(num_format_str="yyyy-mm-dd"))
            else:
                sh.write(r, j, v, wrap if isinstance(v, str) and "\n" in v else xlwt.Style.default_style)
        add_row(F2, name, r + 1, "contract", V2, {
            "counterparty": cp_truth, "amount": amt, "signed_on": iso(signed)})
        total += amt
        r += 1
    sh.write(r, 0, "合" + IS + "计")
    sh.write(r, 4, fw("{:,.2f}".format(total)))
    add_nd(F2, name, r + 1, "合计")
    r += 2
    sh.write(r, 0, "注：1．合同金额以签订文本为准；2．“采购方式”按村级小微权力清单填写。")
    add_nd(F2, name, r + 1, "注")
    r += 1
    sh.write(r, 0, "制表人：" + IS + "何秀英")
    sh.write(r, 4, "审核人：" + NB + "柳建国")
    add_nd(F2, name, r + 1, "制表人/审核人")


contract_sheet("2023年", 2023, c2023, 0)
contract_sheet("2024年", 2024, c2024, 4)
st = xb.add_sheet("统计")
st.write(0, 0, "柳塘村合同签订情况统计表")
st.write(1, 0, "年" + IS + "度")
st.write(1, 1, "合同份数")
st.write(1, 2, "其中公开招标（份）")
st.write(2, 0, "2O23年")
st.write(2, 1, fw(str(len(c2023))))
st.write(2, 2, 2)
st.write(3, 0, "２０２４年")
st.write(3, 1, len(c2024))
st.write(3, 2, 2)
add_nd(F2, "统计", 3, "统计表（份数），非记录")
add_nd(F2, "统计", 4, "统计表（份数），非记录")
xb.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# 3. 东岗村集体资源发包台账.csv — UTF-8 with BOM, resource leases
# ---------------------------------------------------------------------------
F3 = "东岗村集体资源发包台账.csv"
S3 = "东岗村集体资源发包台账"
V3 = "东岗村"
res = [
    # name, category, area(亩), counterparty, rent, start, end, method
    ("下畈垄耕地", "耕地", 36.5, "东岗村绿源家庭农场", 21900.00, D(2020, 1, 1), D(2029, 12, 31), "公开竞价"),
    ("大塘水面", "水面", 18.0, "李国强", 12500.00, D(2021, 3, 1), D(2026, 2, 28), "公开竞价"),
    ("后山林地", "林地", 120.0, "周福明", 5400.00, D(2019, 1, 1), D(2048, 12, 31), "协议"),
    ("村东老厂房", "厂房", 1.8, "浙江宏达包装有限公司", 36000.00, D(2022, 7, 1), D(2027, 6, 30), "公开招租"),
    ("沿街商铺1号", "房屋", 0.12, "陈晓燕", 9600.00, D(2023, 1, 1), D(2025, 12, 31), "公开招租"),
    ("沿街商铺2号", "房屋", 0.12, "王小明", 9000.00, D(2023, 1, 1), D(2025, 12, 31), "公开招租"),
    ("石板桥垄田", "耕地", 22.3, "徐金花", 11150.00, D(2021, 1, 1), D(2025, 12, 31), "协议"),
    ("茶园山", "林地", 45.0, "东岗村茶叶专业合作社", 13500.00, D(2018, 1, 1), D(2032, 12, 31), "公开竞价"),
    ("小水库", "水面", 9.6, "吴小军", 4800.00, D(2022, 1, 1), D(2026, 12, 31), "协议"),
    ("村部一楼店面", "房屋", 0.18, "东岗村便民超市", 14400.00, D(2022, 5, 1), D(2027, 4, 30), "公开招租"),
    ("上畈耕地", "耕地", 58.0, "金华市丰收农业开发有限公司", 34800.00, D(2020, 3, 1), D(2030, 2, 28), "公开竞价"),
    ("废弃小学校舍", "房屋", 2.4, "东岗村来料加工点", 6000.00, D(2021, 9, 1), D(2024, 8, 31), "协议"),
    ("樟树湾林地", "林地", 80.0, "刘大勇", 3200.00, D(2017, 1, 1), D(2046, 12, 31), "协议"),
    ("晒谷场", "其他", 1.5, "东岗村粮食烘干合作社", 2400.00, D(2023, 1, 1), D(2027, 12, 31), "协议"),
    ("下塘水面", "水面", 12.4, "张建军", 6200.00, D(2020, 1, 1), D(2024, 12, 31), "公开竞价"),
    ("新村口空地", "建设用地", 3.2, "金华市顺通物流有限公司", 24000.00, D(2023, 6, 1), D(2028, 5, 31), "公开招租"),
    ("岭脚垄耕地", "耕地", 27.8, "东岗村绿源家庭农场", 13900.00, D(2022, 1, 1), D(2031, 12, 31), "公开竞价"),
    ("毛竹山", "林地", 150.0, "周福明", 7500.00, D(2016, 1, 1), D(2045, 12, 31), "协议"),
    ("仓库两间", "房屋", 0.2, "石桥镇永兴五金店", 4800.00, D(2023, 4, 1), D(2026, 3, 31), "公开招租"),
    ("光伏屋顶", "其他", 1.1, "金华市阳光新能源科技有限公司", 8000.00, D(2024, 1, 1), D(2048, 12, 31), "协议"),
    ("河滩地", "耕地", 15.0, "何小龙", 4500.00, D(2021, 1, 1), D(2025, 12, 31), "协议"),
    ("竹林坞苗圃地", "耕地", 19.2, "浦江县青山苗木专业合作社", 11520.00, D(2022, 3, 1), D(2032, 2, 28), "公开竞价"),
]
lines = []
lines.append(["东岗村集体资源发包（租赁）台账", "", "", "", "", "", "", "", ""])
lines.append(["序号", "资源" + ZW + "名称", "类" + IS + "型", "面积\n（亩）", "承包方" + NB,
              "年租金（元）", "起始" + ZW + "日期", "终止日期\t", "发 包 方 式"])
truth3 = []
for i, (nm, cat, area, cp, rent, s, e, meth) in enumerate(res):
    k = i
    a = ("%g" % area)
    if k % 4 == 1:
        a = fw(a)                    # １８
    elif k % 4 == 2:
        a = a + NB
    elif k % 4 == 3:
        a = a.replace(".", "。") if "." in a else IS + a
    lines.append([fw(str(i + 1)) if k % 6 == 0 else str(i + 1),
                  name_str(nm, k + 1), cat + (IS if k % 5 == 0 else ""), a,
                  name_str(cp, k + 2) if k % 10 != 4 else cp[:1] + IS + cp[1:],
                  money_str(rent, k + 1) if k % 9 != 8 else "{:,}".format(int(rent)).replace(",", "，"),
                  date_str(s, k + 1) if k % 10 != 0 else fw("%d.%d.%d" % (s.year, s.month, s.day)),
                  date_str(e, k + 3) if k % 10 != 0 else fw("%d.%d.%d" % (e.year, e.month, e.day)),
                  meth])
    truth3.append((len(lines), nm, cp, rent, area, s, e))
tot_rent = sum(x[4] for x in res)
tot_area = sum(x[2] for x in res)
lines.append(["合计", "", "", ("%.2f" % tot_area), "", "{:,.2f}".format(tot_rent).replace(",", "，"), "", "", ""])
nd3 = [(len(lines), "合计")]
lines.append(["说明：面积以实测为准，租金按年度收取。", "", "", "", "", "", "", "", ""])
nd3.append((len(lines), "说明"))
lines.append(["填报人：" + IS + "何小燕", "", "", "", "村务监督委员会主任：" + NB + "楼志强", "", "", "", ""])
nd3.append((len(lines), "填报人/监委会主任"))


def cells_to_csv(rows):
    out = []
    for row in rows:
        out.append([v.strftime("%Y-%m-%d") if isinstance(v, dt.datetime) else ("%.2f" % v if isinstance(v, float) else v) for v in row])
    return out


# csv line numbers: quoted embedded newlines make a record span two physical lines; count physical
# lines the way a text editor shows them? The brief says "line number": we keep a header without
# embedded newline in csv to avoid ambiguity.
lines[1][3] = "面积" + IS + "（亩）"
with open(os.path.join(FILES, F3), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for row in cells_to_csv(lines):
        w.writerow(row)
for ln, nm, cp, rent, area, s, e in truth3:
    add_row(F3, S3, ln, "resource", V3, {
        "name": nm, "counterparty": cp, "amount": rent, "area": area,
        "started_on": iso(s), "ended_on": iso(e)})
for ln, what in nd3:
    add_nd(F3, S3, ln, what)

# ---------------------------------------------------------------------------
# 4. 东岗村固定资产登记表.csv — GBK, assets
# ---------------------------------------------------------------------------
F4 = "东岗村固定资产登记表.csv"
S4 = "东岗村固定资产登记表"
assets = [
    ("ZC-001", "村委会办公楼", "房屋及建筑物", 1265000.00, D(2009, 10, 15), "在用", "村部"),
    ("ZC-002", "文化礼堂", "房屋及建筑物", 860000.00, D(2016, 5, 20), "在用", "村中心"),
    ("ZC-003", "老年活动中心", "房屋及建筑物", 325000.00, D(2012, 8, 1), "在用", "村西"),
    ("ZC-004", "村东老厂房", "房屋及建筑物", 480000.00, D(2005, 3, 10), "出租", "村东"),
    ("ZC-005", "沿街商铺", "房屋及建筑物", 560000.00, D(2018, 11, 30), "出租", "新村口"),
    ("ZC-006", "灌溉泵站", "构筑物", 156000.00, D(2014, 4, 25), "在用", "下畈垄"),
    ("ZC-007", "村道路灯（86盏）", "构筑物", 129000.00, D(2019, 12, 5), "在用", "全村"),
    ("ZC-008", "公共厕所", "房屋及建筑物", 98000.00, D(2020, 6, 18), "在用", "村中心"),
    ("ZC-009", "垃圾清运车", "交通运输设备", 68500.00, D(2021, 3, 9), "在用", "村部"),
    ("ZC-010", "联想台式电脑", "办公设备", 4999.00, D(2022, 2, 14), "在用", "村部"),
    ("ZC-011", "惠普打印复印一体机", "办公设备", 3280.00, D(2022, 2, 14), "在用", "村部"),
    ("ZC-012", "会议桌椅（1套）", "办公家具", 12600.00, D(2020, 9, 1), "在用", "村部"),
    ("ZC-013", "格力柜式空调", "办公设备", 7980.00, D(2021, 7, 2), "在用", "文化礼堂"),
    ("ZC-014", "监控摄像系统", "电子设备", 45300.00, D(2022, 10, 20), "在用", "全村"),
    ("ZC-015", "消防水泵", "专用设备", 8600.00, D(2019, 5, 16), "在用", "村部"),
    ("ZC-016", "光伏发电设备", "专用设备", 210000.00, D(2023, 12, 28), "在用", "文化礼堂屋顶"),
    ("ZC-017", "音响设备", "电子设备", 18900.00, D(2020, 1, 8), "闲置", "文化礼堂"),
    ("ZC-018", "投影仪", "电子设备", 5600.00, D(2018, 7, 7), "报废", "村部"),
    ("ZC-019", "小型挖掘机", "专用设备", 185000.00, D(2017, 4, 12), "出租", "仓库"),
    ("ZC-020", "健身器材（12件）", "文体设施", 36000.00, D(2019, 9, 9), "在用", "健身广场"),
    ("ZC-021", "村史馆展柜", "办公家具", 27500.00, D(2023, 11, 15), "在用", "村史馆"),
    ("ZC-022", "烘干机", "专用设备", 96000.00, D(2021, 9, 30), "在用", "晒谷场"),
    ("ZC-023", "自来水管网", "构筑物", 342000.00, D(2015, 10, 10), "在用", "全村"),
    ("ZC-024", "电动巡逻车", "交通运输设备", 26800.00, D(2022, 12, 6), "在用", "村部"),
    ("ZC-025", "档案密集柜", "办公家具", 9400.00, D(2023, 3, 20), "在用", "村部档案室"),
]
g = []
g.append(["东岗村集体固定资产登记表", "", "", "", "", "", ""])
g.append(["截至2O23年12月31日" + IS + IS + "单位：元", "", "", "", "", "", ""])
g.append(["资产编号", "资" + IS + "产" + IS + "名" + IS + "称", "类别", "原值（元）" + IS, "购置\t日期", "使用状况 ", "存放地点"])
truth4 = []
for i, (code, nm, cat, val, d, st_, loc) in enumerate(assets):
    k = i
    codec = fw(code) if k % 2 == 0 else code.replace("0", "O", 1) if k % 5 == 3 else code + "  "
    # GBK cannot hold NBSP / zero-width: pasted text keeps only full-width spaces, tabs, full-width digits
    s = k % 6
    if s == 0:
        nmc = nm
    elif s == 1:
        nmc = IS + nm
    elif s == 2:
        nmc = nm + "\t"
    elif s == 3:
        nmc = nm[:2] + IS + nm[2:]
    elif s == 4:
        nmc = fw(nm) if any(c.isdigit() for c in nm) else nm + IS + IS
    else:
        nmc = nm + "  "
    vs = k % 5
    if vs == 0:
        vc = fw("{:,.2f}".format(val))
    elif vs == 1:
        vc = "{:,}".format(int(val)).replace(",", "，") if val == int(val) else "{:,.2f}".format(val).replace(",", "，")
    elif vs == 2:
        vc = "%.2f" % val + "\t"
    elif vs == 3:
        vc = IS + fw("%.2f" % val)
    else:
        vc = "{:,.2f}".format(val)
    ds = k % 6
    if ds == 0:
        dc = fw("%d-%d-%d" % (d.year, d.month, d.day))
    elif ds == 1:
        dc = ("%d年%d月%d日" % (d.year, d.month, d.day)).replace("0", "〇")
    elif ds == 2:
        dc = "%d.%02d.%02d" % (d.year, d.month, d.day)
        dc = dc[:2] + "O" + dc[3:] if dc[2] == "0" else dc
    elif ds == 3:
        dc = fw("%d年%d月%d日" % (d.year, d.month, d.day))
    elif ds == 4:
        dc = "%d/%d/%d " % (d.year, d.month, d.day)
    else:
        dc = cn_date(d)
    g.append([codec, nmc, cat, vc, dc, st_ + ("\t" if k % 4 == 2 else ""), loc])
    truth4.append((len(g), nm, val, d))
tot4 = sum(a[3] for a in assets)
g.append(["合　计", "", "", "{:,.2f}".format(tot4), "", "", ""])
nd4 = [(len(g), "合计")]
g.append(["制表：　何小燕　　　　审核：　楼志强", "", "", "", "", "", ""])
nd4.append((len(g), "制表/审核"))
with open(os.path.join(FILES, F4), "w", encoding="gbk", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    for row in g:
        w.writerow(row)
for ln, nm, val, d in truth4:
    add_row(F4, S4, ln, "asset", V3, {"name": nm, "amount": val, "acquired_on": iso(d)})
for ln, what in nd4:
    add_nd(F4, S4, ln, what)

# ---------------------------------------------------------------------------
# 5. 柳塘村村干部名单.xlsx — cadres, two sheets
# ---------------------------------------------------------------------------
F5 = "柳塘村村干部名单.xlsx"
liangwei = [
    ("柳建国", "党支部书记、村委会主任", "13857901234"),
    ("何秀英", "党支部副书记", "13967912345"),
    ("王伟", "村委会副主任", "15057923456"),
    ("陈丽", "村委委员（妇女主任）", "13735734567"),
    ("张强", "支部委员", "18857945678"),
    ("吴红梅", "村委委员、报账员", "13588956789"),
    ("刘洋", "村委委员", "15967967890"),
    ("徐志刚", "支部委员、民兵连长", "13575978901"),
    ("柳海", "村委委员", "18767989012"),
    ("楼晓", "支部委员", "13605790123"),
]
jianwei = [
    ("楼志强", "村务监督委员会主任", "13819901122"),
    ("方芳", "村务监督委员会委员", "15168902233"),
    ("郑国华", "村务监督委员会委员", "13906793344"),
    ("何小燕", "报账员", "18358904455"),
    ("柳建华", "村民小组长", "13750935566"),
]
wb5 = openpyxl.Workbook()


def cadre_sheet(ws, title, rows, off):
    ws.append([title])
    ws.merge_cells("A1:E1")
    ws.append(["序" + IS + "号", "姓　　名", "职" + ZW + "务", "联系\n电话", "备 注"])
    ws["D2"].alignment = Alignment(wrap_text=True)
    for i, (nm, pos, ph) in enumerate(rows):
        k = i + off
        if len(nm) == 2:
            nmc = nm[0] + (IS if k % 3 != 2 else IS + IS) + nm[1]   # Word-style padding of two-character names
            if k % 4 == 1:
                nmc = nmc + NB
        else:
            nmc = name_str(nm, k)
        if "、" in pos and k % 2 == 0:
            a, b = pos.split("、", 1)
            posc = a + "\n" + b                       # Alt+Enter between two offices
        elif k % 5 == 3:
            posc = ZW + pos
        else:
            posc = pos + (NB if k % 3 == 1 else "")
        phc = fw(ph) if k % 3 == 0 else (ph[:3] + NB + ph[3:7] + NB + ph[7:] if k % 3 == 1 else int(ph))
        ws.append([fw(str(i + 1)) if k % 4 == 0 else i + 1, nmc, posc, phc, ""])
        r = ws.max_row
        ws.cell(r, 3).alignment = Alignment(wrap_text=True)
        add_row(F5, ws.title, r, "cadre", V2, {"name": nm, "position": pos})
    ws.append([])
    ws.append(["注：名单按2O21年村级组织换届选举结果填报，２０２３年３月调整。"])
    add_nd(F5, ws.title, ws.max_row, "注")


w1 = wb5.active
w1.title = "两委班子"
cadre_sheet(w1, "柳塘村“两委”班子成员名单", liangwei, 0)
w2 = wb5.create_sheet("监委会及其他")
cadre_sheet(w2, "柳塘村村务监督委员会成员及报账员、小组长名单", jianwei, 2)
wb5.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("rows", len(TRUTH["rows"]), "non_data", len(TRUTH["non_data"]))
