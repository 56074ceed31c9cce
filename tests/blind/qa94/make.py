# -*- coding: utf-8 -*-
"""Blind test set qa94: rows that move money beside rows that do not
(一事一议 筹资筹劳, 物资领用, 村级工程, 以奖代补拨付, 现金日记账, 两委名单).
Deterministic; writes files/ and truth.json beside this script."""
import csv
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)

ROWS = []
NON = []


def data(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        r["village"] = village
    ROWS.append(r)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat()


# ---------------------------------------------------------------------------
# F1  桃花村 一事一议 筹资筹劳登记表 (.xlsx)
# ---------------------------------------------------------------------------
F1 = "桃花村2023年一事一议筹资筹劳登记表.xlsx"
V1 = "桃花村"
# name, people, labourers, paid (None = nothing), date, days_done, remark
GROUPS = {
    "一组": [
        ("汪德胜", 4, 2, 60, dt.date(2023, 4, 10), 4, ""),
        ("汪德才", 3, 2, 45, dt.date(2023, 4, 10), 4, ""),
        ("陈玉兰", 2, 1, None, None, 2, "以劳代资"),
        ("李长根", 5, 3, 75, dt.date(2023, 4, 11), 6, ""),
        ("李长松", 4, 2, 60, dt.date(2023, 4, 11), 3, "少投1工日"),
        ("张友富", 1, 0, None, None, 0, "五保户，免筹免劳"),
        ("周家旺", 6, 3, 90, dt.date(2023, 4, 12), 6, ""),
        ("周家兴", 3, 2, 45, dt.date(2023, 4, 12), 4, ""),
        ("汪春林", 4, 2, 60, dt.date(2023, 4, 13), 4, ""),
        ("何明珠", 2, 1, 30, dt.date(2023, 4, 13), 2, ""),
        ("李新民", 5, 2, 75, dt.date(2023, 4, 14), 0, "外出务工，未投劳"),
        ("汪小平", 3, 2, None, None, 6, "以劳代资，多投2工日"),
    ],
    "二组": [
        ("吴继红", 4, 2, 60, dt.date(2023, 4, 15), 4, ""),
        ("吴继国", 5, 3, 75, dt.date(2023, 4, 15), 6, ""),
        ("储德安", 3, 2, 45, dt.date(2023, 4, 16), 4, ""),
        ("储德平", 2, 1, None, None, 2, "以劳代资"),
        ("方立新", 4, 2, 60, dt.date(2023, 4, 16), 4, ""),
        ("方立春", 3, 1, 30, dt.date(2023, 4, 17), 2, "先缴30元，余15元未缴"),
        ("吴秀英", 1, 0, None, None, 0, "低保户，免筹免劳"),
        ("储光明", 6, 3, 90, dt.date(2023, 4, 18), 6, ""),
        ("吴长寿", 4, 2, 60, dt.date(2023, 4, 18), 4, ""),
        ("方家宝", 5, 2, 75, dt.date(2023, 4, 19), 4, ""),
        ("储文华", 3, 2, 45, dt.date(2023, 4, 20), 4, ""),
        ("吴春燕", 2, 1, 30, dt.date(2023, 4, 20), 2, ""),
    ],
    "三组": [
        ("孙明山", 4, 2, 60, dt.date(2023, 4, 21), 4, ""),
        ("孙明海", 3, 2, None, None, 4, "以劳代资"),
        ("朱宏伟", 5, 3, 75, dt.date(2023, 4, 21), 6, ""),
        ("朱宏亮", 4, 2, 60, dt.date(2023, 4, 22), 4, ""),
        ("叶青松", 3, 2, 45, dt.date(2023, 4, 24), 4, ""),
        ("叶青柏", 2, 1, 30, dt.date(2023, 4, 24), 0, "年老体弱，未投劳"),
        ("孙桂芳", 1, 0, None, None, 0, "五保户，免筹免劳"),
        ("朱德明", 6, 3, 90, dt.date(2023, 4, 25), 6, ""),
        ("叶长发", 4, 2, 60, dt.date(2023, 4, 25), 4, ""),
        ("孙志强", 5, 2, 75, dt.date(2023, 4, 26), 4, ""),
        ("朱小军", 3, 2, None, None, 4, "以劳代资"),
        ("叶文斌", 4, 2, 60, dt.date(2023, 4, 27), 4, ""),
    ],
}


def make_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "筹资筹劳登记"
    S = ws.title
    ws["A1"] = "舒城县桃溪镇桃花村2023年一事一议筹资筹劳登记表"
    ws.merge_cells("A1:L1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "项目名称：桃花村当家塘清淤及灌溉渠硬化工程　　筹资标准：每人15元　　投劳标准：每个劳动力2个工日"
    ws.merge_cells("A2:L2")
    ws["A3"] = "单位：元、个工日"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "序号", "村民组", "户主姓名", "家庭人口", "劳动力"
    ws["F4"] = "筹资"
    ws["I4"] = "投劳"
    ws["K4"], ws["L4"] = "户主签字", "备注"
    ws["F5"], ws["G5"], ws["H5"] = "应筹金额", "实缴金额", "缴款日期"
    ws["I5"], ws["J5"] = "应投工日", "实投工日"
    for c in "ABCDEKL":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("F4:H4")
    ws.merge_cells("I4:J4")
    r = 6
    seq = 0
    tot = [0, 0, 0, 0]
    k = 0
    for g, hh in GROUPS.items():
        sub = [0, 0, 0, 0]
        for name, ppl, lab, paid, d, days, rem in hh:
            seq += 1
            due = 0 if "免筹" in rem else ppl * 15
            due_days = lab * 2
            ws.cell(r, 1, seq)
            ws.cell(r, 2, g)
            ws.cell(r, 3, name)
            ws.cell(r, 4, ppl)
            ws.cell(r, 5, lab)
            ws.cell(r, 6, due)
            if paid is not None:
                ws.cell(r, 7, paid)
                form = k % 3
                k += 1
                if form == 0:
                    c = ws.cell(r, 8, d)
                    c.number_format = "yyyy-mm-dd"
                elif form == 1:
                    ws.cell(r, 8, f"{d.year}.{d.month}.{d.day}")
                else:
                    ws.cell(r, 8, f"{d.year}年{d.month}月{d.day}日")
            else:
                ws.cell(r, 7, 0 if "以劳代资" in rem else None)
            ws.cell(r, 9, due_days)
            ws.cell(r, 10, days)
            ws.cell(r, 11, name if "五保" not in rem else "")
            ws.cell(r, 12, rem or None)
            if paid:
                data(F1, S, r, "payment", {"date": iso(d), "amount": float(paid),
                                          "direction": "in", "counterparty": name}, V1)
            else:
                why = "only labour days (投劳), no money paid" if days else "exempt household, no money and no labour"
                non(F1, S, r, why)
            for i, v in enumerate((due, paid or 0, due_days, days)):
                sub[i] += v
            r += 1
        ws.cell(r, 2, g)
        ws.cell(r, 3, "小计")
        ws.cell(r, 6, sub[0])
        ws.cell(r, 7, sub[1])
        ws.cell(r, 9, sub[2])
        ws.cell(r, 10, sub[3])
        non(F1, S, r, f"{g}小计")
        for i in range(4):
            tot[i] += sub[i]
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 6, tot[0])
    ws.cell(r, 7, tot[1])
    ws.cell(r, 9, tot[2])
    ws.cell(r, 10, tot[3])
    non(F1, S, r, "合计")
    r += 2
    ws.cell(r, 1, "说明：1.筹资款由村报账员统一收取并开具收据，当日交镇三资代理中心入账；2.投劳按实际出工登记，不折资、不付报酬。")
    non(F1, S, r, "note")
    r += 1
    ws.cell(r, 1, "3.五保户、低保户经村民代表会议决定免筹免劳。")
    non(F1, S, r, "note")
    r += 1
    ws.cell(r, 1, "制表人：汪礼华　　　审核人：李国强　　　村务监督委员会：储志高　　　2023年4月30日")
    non(F1, S, r, "signature")

    # second sheet: labour summary by group -> counts, not records
    w2 = wb.create_sheet("投劳汇总")
    w2["A1"] = "桃花村2023年一事一议投劳情况汇总表"
    w2.append([])
    w2.append(["村民组", "户数", "劳动力", "应投工日", "实投工日", "出工天数", "备注"])
    rr = 4
    for g, hh in GROUPS.items():
        lab = sum(h[2] for h in hh)
        days = sum(h[5] for h in hh)
        w2.append([g, len(hh), lab, lab * 2, days, 6, "清淤、砌渠"])
        non(F1, "投劳汇总", rr, "labour-day count per group (统计表), no money")
        rr += 1
    w2.append(["合计", 36, None, None, None, None, None])
    non(F1, "投劳汇总", rr, "合计")
    wb.save(os.path.join(OUT, F1))


# ---------------------------------------------------------------------------
# F2  梅花村 小型农田水利 物资领用登记 (.xls, BIFF)
# ---------------------------------------------------------------------------
F2 = "梅花村小型农田水利物资领用登记.xls"
V2 = "梅花村"


def make_f2():
    wb = xlwt.Workbook(encoding="utf-8")
    dstyle = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws = wb.add_sheet("领用登记")
    S = "领用登记"
    ws.write_merge(0, 0, 0, 10, "衡阳县西渡镇梅花村2023年山塘整治及渠道硬化工程物资领用登记表")
    ws.write(1, 0, "工程名称：梅花村小型农田水利（山塘整治、渠道硬化）　　物资来源：县水利局调拨、村自购")
    hdr = ["序号", "领用日期", "物资名称", "规格", "单位", "数量", "领用组别", "领用人", "折价(元)", "用途", "签字"]
    for i, h in enumerate(hdr):
        ws.write(2, i, h)
    issues = [
        (dt.date(2023, 10, 8), "水泥", "P.O42.5", "吨", 6, "周家组", "周建军", None, "渠道硬化"),
        (dt.date(2023, 10, 8), "水泥", "P.O42.5", "吨", 5, "刘家组", "刘志平", None, "渠道硬化"),
        (dt.date(2023, 10, 9), "水泥", "P.O42.5", "吨", 8, "大塘组", "谭国华", 3680, "山塘溢洪道"),
        (dt.date(2023, 10, 12), "水泥", "P.O42.5", "吨", 4, "新屋组", "曾庆和", None, "渠道硬化"),
        (dt.date(2023, 10, 15), "水泥", "P.O32.5", "吨", 3, "周家组", "周建军", 1260, "涵管基础"),
        (dt.date(2023, 10, 18), "水泥", "P.O42.5", "吨", 6, "刘家组", "刘志平", None, "渠道硬化"),
        (dt.date(2023, 10, 9), "钢筋", "Φ12", "kg", 850, "大塘组", "谭国华", 3655, "溢洪道"),
        (dt.date(2023, 10, 9), "钢筋", "Φ8", "kg", 420, "大塘组", "谭国华", None, "溢洪道"),
        (dt.date(2023, 10, 16), "钢筋", "Φ12", "kg", 300, "新屋组", "曾庆和", 1290, "放水涵"),
        (dt.date(2023, 10, 20), "钢筋", "Φ10", "kg", 260, "周家组", "周建军", None, "盖板"),
        (dt.date(2023, 10, 10), "砂石", "中砂", "方", 30, "周家组", "周建军", None, "渠道硬化"),
        (dt.date(2023, 10, 10), "砂石", "碎石", "方", 40, "刘家组", "刘志平", 4400, "渠道硬化"),
        (dt.date(2023, 10, 14), "砂石", "中砂", "方", 25, "大塘组", "谭国华", None, "山塘"),
        (dt.date(2023, 10, 22), "涵管", "Φ600", "节", 12, "新屋组", "曾庆和", 2160, "放水涵"),
    ]
    r = 3
    seq = 0
    cur = None
    qty = 0
    value = 0

    def subtotal(mat):
        nonlocal r
        ws.write(r, 2, f"{mat}小计")
        ws.write(r, 5, qty)
        ws.write(r, 8, value)
        non(F2, S, r + 1, f"{mat}小计")
        r += 1

    for d, mat, spec, unit, q, grp, who, val, use in issues:
        if cur is not None and mat != cur:
            subtotal(cur)
            qty = value = 0
        cur = mat
        seq += 1
        ws.write(r, 0, seq)
        if seq % 2:
            ws.write(r, 1, d, dstyle)
        else:
            ws.write(r, 1, f"{d.year}/{d.month}/{d.day}")
        ws.write(r, 2, mat)
        ws.write(r, 3, spec)
        ws.write(r, 4, unit)
        ws.write(r, 5, q)
        ws.write(r, 6, grp)
        ws.write(r, 7, who)
        if val is not None:
            ws.write(r, 8, val)
        ws.write(r, 9, use)
        ws.write(r, 10, who)
        non(F2, S, r + 1, "material issue to a group (物资领用); 折价 is a valuation, no money moves")
        qty += q
        value += val or 0
        r += 1
    subtotal(cur)
    r += 1
    ws.write(r, 0, "备注：领用物资由各组组长签字领取，折价仅作投资统计，不作收支。")
    non(F2, S, r + 1, "note")
    r += 1
    ws.write(r, 0, "保管员：谭志勇　　　　经办人：刘建新　　　　村监委会：曾凡礼")
    non(F2, S, r + 1, "signature")

    # sheet 2: purchases and their payments
    w2 = wb.add_sheet("物资采购付款")
    S2 = "物资采购付款"
    w2.write_merge(0, 0, 0, 9, "梅花村2023年小型农田水利物资采购及付款登记")
    w2.write(1, 0, "单位：元")
    hdr2 = ["日期", "凭证号", "供应商", "物资名称", "数量", "单位", "单价", "金额", "结算方式", "经办人"]
    for i, h in enumerate(hdr2):
        w2.write(2, i, h)
    buys = [
        (dt.date(2023, 9, 28), "付-21", "衡阳县西渡建材经营部", "水泥P.O42.5", 20, "吨", 460, "转账", "刘建新", True),
        (dt.date(2023, 9, 28), "付-22", "衡阳县西渡建材经营部", "水泥P.O32.5", 5, "吨", 420, "现金", "刘建新", True),
        (dt.date(2023, 9, 30), "付-25", "湖南湘衡钢材贸易有限公司", "钢筋Φ12", 1200, "kg", 4.3, "转账", "刘建新", True),
        (dt.date(2023, 9, 30), "付-26", "湖南湘衡钢材贸易有限公司", "钢筋Φ8/Φ10", 700, "kg", 4.5, "转账", "刘建新", True),
        (dt.date(2023, 10, 6), "", "西渡镇永兴砂石场", "中砂", 55, "方", 105, "赊欠", "谭志勇", False),
        (dt.date(2023, 10, 6), "", "西渡镇永兴砂石场", "碎石", 40, "方", 110, "赊欠", "谭志勇", False),
        (dt.date(2023, 10, 21), "付-33", "衡阳市蒸湘水泥制品厂", "涵管Φ600", 12, "节", 180, "现金", "谭志勇", True),
        (dt.date(2023, 10, 25), "付-36", "衡阳县西渡建材经营部", "水泥P.O42.5（补购）", 12, "吨", 465, "转账", "刘建新", True),
        (dt.date(2023, 10, 27), "付-38", "个体运输户 邓小军", "水泥钢筋运输费", None, "", None, "现金", "刘建新", True),
    ]
    r = 3
    total = 0
    for i, (d, v, sup, mat, q, unit, price, how, who, paid) in enumerate(buys):
        amt = round(q * price, 2) if q is not None else 1350.0
        if i % 2 == 0:
            w2.write(r, 0, d, dstyle)
        else:
            w2.write(r, 0, f"{d.year}年{d.month}月{d.day}日")
        w2.write(r, 1, v)
        w2.write(r, 2, sup)
        w2.write(r, 3, mat)
        if q is not None:
            w2.write(r, 4, q)
        w2.write(r, 5, unit)
        if price is not None:
            w2.write(r, 6, price)
        w2.write(r, 7, amt)
        w2.write(r, 8, how)
        w2.write(r, 9, who)
        if paid:
            data(F2, S2, r + 1, "payment", {"date": iso(d), "amount": float(amt),
                                           "direction": "out", "counterparty": sup}, V2)
        else:
            non(F2, S2, r + 1, "bought on credit (赊欠), no money moved yet")
        total += amt
        r += 1
    # later payment of the credit
    d = dt.date(2023, 11, 15)
    owed = 55 * 105 + 40 * 110
    w2.write(r, 0, d, dstyle)
    w2.write(r, 1, "付-41")
    w2.write(r, 2, "西渡镇永兴砂石场")
    w2.write(r, 3, "支付10月赊购砂石款")
    w2.write(r, 7, owed)
    w2.write(r, 8, "转账")
    w2.write(r, 9, "刘建新")
    data(F2, S2, r + 1, "payment", {"date": iso(d), "amount": float(owed),
                                   "direction": "out", "counterparty": "西渡镇永兴砂石场"}, V2)
    r += 1
    w2.write(r, 0, "合计")
    w2.write(r, 7, total + owed)
    non(F2, S2, r + 1, "合计")
    r += 2
    w2.write(r, 0, "制表：刘建新　　审核：谭志勇")
    non(F2, S2, r + 1, "signature")
    wb.save(os.path.join(OUT, F2))


# ---------------------------------------------------------------------------
# F3  上坪村 村级工程项目台账 (.csv GBK, 万元)
# ---------------------------------------------------------------------------
F3 = "上坪村村级工程项目台账.csv"
S3 = "上坪村村级工程项目台账"
V3 = "上坪村"


def make_f3():
    hdr = ["序号", "项目名称", "项目类型", "建设地点", "预算金额", "合同金额", "施工单位", "资金来源",
           "发包方式", "开工日期", "竣工日期", "备注"]
    projs = [
        # year, name, type, place, budget(万), contract(万) or None, contractor or "", fund, how, start, end, note
        (2021, "上坪村下坪组机耕道硬化", "一事一议", "下坪组", 18.6, 17.92, "于都县恒通建筑工程有限公司", "财政奖补+村民筹资", "竞争性比选", "2021.4.6", "2021.6.30", ""),
        (2021, "上坪村排灌渠清淤（村民投劳）", "一事一议", "上坪组、中坪组", 2.4, None, "", "村民投劳折资", "", "2021.11.2", "2021.11.20", "村民投劳自建，未发包，投劳260个工日"),
        (2021, "上坪村山塘除险加固", "小型农田水利", "大坑山塘", 26.5, 25.38, "江西赣禹水利水电工程有限公司", "县水利局补助", "公开招标", "20210915", "20211228", ""),
        (2021, "上坪村文化广场路灯安装", "村级工程", "村部广场", 4.8, 4.65, "于都县明辉电器安装部", "村集体自筹", "询价", "2021/10/8", "2021/10/25", ""),
        (2022, "上坪村中坪组通组路拓宽", "一事一议", "中坪组", 22.0, 21.46, "于都县恒通建筑工程有限公司", "财政奖补+村民筹资", "竞争性比选", "2022.3.15", "2022.5.30", ""),
        (2022, "上坪村灌溉渠道硬化（一期）", "小型农田水利", "下坪组至中坪组", 35.6, 34.12, "赣州市章贡建设工程有限公司", "高标准农田资金", "公开招标", "2022.9.1", "2022.12.10", ""),
        (2022, "上坪村村部屋面防水维修", "小微工程", "村部", 2.9, 2.86, "个体工匠 刘福生", "村集体自筹", "直接发包", "20220712", "20220720", ""),
        (2022, "上坪村水口组塘坝清淤", "一事一议", "水口组", 3.5, None, "", "村民筹资筹劳", "", "2022.11.5", "2022.11.30", "村民投劳自建，投劳310个工日，筹资1.2万元购材料"),
        (2022, "上坪村饮水工程管网延伸", "村级工程", "上坪组", 9.8, 9.55, "于都县清源给排水安装有限公司", "县水利局补助", "询价", "2022/8/3", "2022/9/15", ""),
        (2023, "上坪村灌溉渠道硬化（二期）", "小型农田水利", "中坪组至水口组", 38.2, 36.95, "赣州市章贡建设工程有限公司", "高标准农田资金", "公开招标", "2023.3.1", "2023.6.20", ""),
        (2023, "上坪村下坪组便民桥", "一事一议", "下坪组", 15.5, 14.98, "于都县恒通建筑工程有限公司", "以奖代补", "竞争性比选", "2023.4.10", "2023.7.5", ""),
        (2023, "上坪村农田机耕桥修复", "小微工程", "大坑", 4.6, 4.58, "于都县恒通建筑工程有限公司", "村集体自筹", "直接发包", "20230812", "20230828", ""),
        (2023, "上坪村防洪堤加固", "小型农田水利", "贡水支流", 48.0, None, "", "县水利局补助", "公开招标", "", "", "已立项，正在招标"),
        (2023, "上坪村中坪组排水沟（村民投劳）", "一事一议", "中坪组", 1.6, None, "", "村民投劳", "", "2023.10.9", "2023.10.21", "村民投劳自建，投劳150个工日"),
        (2023, "上坪村卫生室改造", "村级工程", "村部东侧", 12.3, 11.86, "于都县宏宇装饰工程有限公司", "上级补助+村集体", "竞争性比选", "2023/9/1", "2023/10/30", ""),
        (2023, "上坪村光伏电站围栏", "小微工程", "村光伏电站", 3.2, 3.15, "个体工匠 刘福生", "村集体自筹", "直接发包", "2023.11.6", "2023.11.16", ""),
    ]
    lines = [["上坪村2021—2023年村级工程项目台账"] + [""] * 11,
             ["填报单位：于都县银坑镇上坪村", "", "", "", "", "", "", "", "", "", "单位：万元", ""],
             hdr]
    line = 3
    seq = 0
    year = None
    ysum = [0.0, 0.0]
    asum = [0.0, 0.0]

    def sub(y):
        nonlocal line
        lines.append(["", f"{y}年小计", "", "", f"{ysum[0]:.2f}", f"{ysum[1]:.2f}", "", "", "", "", "", ""])
        line += 1
        non(F3, S3, line, f"{y}年小计")

    for p in projs:
        y, name, typ, place, bud, con, who, fund, how, st, en, note = p
        if year is not None and y != year:
            sub(year)
            ysum[0] = ysum[1] = 0.0
        year = y
        seq += 1
        lines.append([str(seq), name, typ, place, f"{bud:g}", "" if con is None else f"{con:g}", who, fund, how, st, en, note])
        line += 1
        f = {"name": name}
        if con is None:
            f["budget"] = round(bud * 10000, 2)
            f["contractor"] = None
        else:
            f["amount"] = round(con * 10000, 2)
            f["contractor"] = who
        data(F3, S3, line, "project", f, V3)
        ysum[0] += bud
        ysum[1] += con or 0
        asum[0] += bud
        asum[1] += con or 0
    sub(year)
    lines.append(["", "合计", "", "", f"{asum[0]:.2f}", f"{asum[1]:.2f}", "", "", "", "", "", ""])
    line += 1
    non(F3, S3, line, "合计")
    lines.append(["注：村民投劳项目不发包、无合同金额，预算为投劳折资估算数。", "", "", "", "", "", "", "", "", "", "", ""])
    line += 1
    non(F3, S3, line, "note")
    with open(os.path.join(OUT, F3), "w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(lines)


# ---------------------------------------------------------------------------
# F4  桃溪镇 以奖代补资金拨付明细 (HTML saved as .xls, platform export)
# ---------------------------------------------------------------------------
F4 = "桃溪镇2023年一事一议以奖代补资金拨付明细.xls"
S4 = "桃溪镇2023年一事一议以奖代补资金拨付明细"


def make_f4():
    # village, project, payee, batch, date, approved(元), paid(元) or None, note
    pays = {
        "桃花村": [
            ("桃花村当家塘清淤及灌溉渠硬化工程", "舒城县鑫源建筑工程有限公司", "第一批", dt.date(2023, 6, 18), 180000, 72000, "预付40%"),
            ("桃花村当家塘清淤及灌溉渠硬化工程", "舒城县鑫源建筑工程有限公司", "第二批", dt.date(2023, 9, 5), 180000, 72000, "完工验收"),
            ("桃花村当家塘清淤及灌溉渠硬化工程", "舒城县鑫源建筑工程有限公司", "第三批", dt.date(2023, 12, 20), 180000, 30600, "审计后付款，留质保金"),
            ("桃花村村内道路亮化", "六安市皖光照明工程有限公司", "第一批", dt.date(2023, 7, 3), 65000, 65000, ""),
            ("桃花村三组机耕路", "舒城县鑫源建筑工程有限公司", "第一批", dt.date(2023, 8, 14), 48000, 24000, ""),
            ("桃花村三组机耕路", "舒城县鑫源建筑工程有限公司", "第二批", dt.date(2023, 11, 2), 48000, 22560, ""),
            ("桃花村一组塘坝（投劳）", "", "", None, 12000, None, "村民投劳，奖补资金待验收后拨付"),
        ],
        "青峰村": [
            ("青峰村渠道硬化", "舒城县振兴水利建设有限公司", "第一批", dt.date(2023, 5, 26), 150000, 60000, ""),
            ("青峰村渠道硬化", "舒城县振兴水利建设有限公司", "第二批", dt.date(2023, 8, 30), 150000, 75000, ""),
            ("青峰村渠道硬化", "舒城县振兴水利建设有限公司", "第三批", dt.date(2023, 12, 12), 150000, 7500, "质保金"),
            ("青峰村文化广场", "安徽省舒皖园林绿化有限公司", "第一批", dt.date(2023, 7, 21), 98000, 49000, ""),
            ("青峰村文化广场", "安徽省舒皖园林绿化有限公司", "第二批", dt.date(2023, 10, 16), 98000, 44100, ""),
            ("青峰村小型提灌站", "舒城县振兴水利建设有限公司", "第一批", dt.date(2023, 9, 8), 56000, 56000, ""),
            ("青峰村中心组排水沟", "", "", None, 18000, None, "未开工"),
        ],
        "龙井村": [
            ("龙井村通组路硬化", "舒城县鑫源建筑工程有限公司", "第一批", dt.date(2023, 4, 28), 210000, 84000, ""),
            ("龙井村通组路硬化", "舒城县鑫源建筑工程有限公司", "第二批", dt.date(2023, 7, 12), 210000, 84000, ""),
            ("龙井村通组路硬化", "舒城县鑫源建筑工程有限公司", "第三批", dt.date(2023, 11, 24), 210000, 31500, ""),
            ("龙井村山塘扩容", "舒城县振兴水利建设有限公司", "第一批", dt.date(2023, 6, 9), 120000, 60000, ""),
            ("龙井村山塘扩容", "舒城县振兴水利建设有限公司", "第二批", dt.date(2023, 10, 10), 120000, 54000, ""),
            ("龙井村便民桥", "六安市金桥路桥工程有限公司", "第一批", dt.date(2023, 8, 22), 88000, 88000, "一次性拨付"),
        ],
        "石岭村": [
            ("石岭村灌溉渠清淤", "舒城县振兴水利建设有限公司", "第一批", dt.date(2023, 5, 10), 45000, 45000, ""),
            ("石岭村村部维修", "舒城县城关镇宏达装饰部", "第一批", dt.date(2023, 6, 30), 38000, 38000, ""),
            ("石岭村二组塘坝", "舒城县鑫源建筑工程有限公司", "第一批", dt.date(2023, 9, 19), 76000, 38000, ""),
            ("石岭村二组塘坝", "舒城县鑫源建筑工程有限公司", "第二批", dt.date(2023, 12, 8), 76000, 34200, ""),
            ("石岭村路灯维修", "六安市皖光照明工程有限公司", "第一批", dt.date(2023, 11, 6), 16000, 16000, ""),
        ],
    }
    h = []
    h.append('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">')
    h.append('<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>')
    h.append('<table border="1">')
    rows = []
    rows.append('<tr><td colspan="10" align="center"><b>桃溪镇2023年度一事一议财政奖补（以奖代补）资金拨付明细表</b></td></tr>')
    rows.append('<tr><td colspan="6">导出单位：桃溪镇农村集体“三资”委托代理服务中心</td><td colspan="4">导出时间：2024-01-08 09:32:15</td></tr>')
    rows.append('<tr><td>序号</td><td>村别</td><td>项目名称</td><td>收款单位</td><td>拨付批次</td><td>拨付日期</td>'
                '<td>核定奖补资金（元）</td><td>本次拨付金额（元）</td><td>累计拨付（元）</td><td>备注</td></tr>')
    line = 3
    seq = 0
    grand = 0
    for vil, items in pays.items():
        vsum = 0
        cum = {}
        for proj, payee, batch, d, appr, paid, note in items:
            seq += 1
            line += 1
            if paid is None:
                rows.append(f'<tr><td>{seq}</td><td>{vil}</td><td>{proj}</td><td></td><td></td><td></td>'
                            f'<td>{appr:,.2f}</td><td></td><td></td><td>{note}</td></tr>')
                non(F4, S4, line, "approved 奖补 sum only, nothing paid (no money moved)")
                continue
            cum[proj] = cum.get(proj, 0) + paid
            rows.append(f'<tr><td>{seq}</td><td>{vil}</td><td>{proj}</td><td>{payee}</td><td>{batch}</td>'
                        f'<td>{d.isoformat()}</td><td>{appr:,.2f}</td><td>¥{paid:,.2f}</td><td>{cum[proj]:,.2f}</td><td>{note}</td></tr>')
            data(F4, S4, line, "payment", {"date": iso(d), "amount": float(paid), "direction": "out",
                                           "counterparty": payee}, vil)
            vsum += paid
        line += 1
        rows.append(f'<tr><td></td><td>{vil}</td><td>小计</td><td></td><td></td><td></td><td></td>'
                    f'<td>{vsum:,.2f}</td><td></td><td></td></tr>')
        non(F4, S4, line, f"{vil}小计")
        grand += vsum
    line += 1
    rows.append(f'<tr><td>合计</td><td></td><td></td><td></td><td></td><td></td><td></td><td>{grand:,.2f}</td><td></td><td></td></tr>')
    non(F4, S4, line, "合计")
    h.extend(rows)
    h.append("</table></body></html>")
    with open(os.path.join(OUT, F4), "w", encoding="utf-8") as fh:
        fh.write("\n".join(h))


# ---------------------------------------------------------------------------
# F5  桃花村 现金日记账 (.xlsx, one sheet a month, 年/月/日 columns)
# ---------------------------------------------------------------------------
F5 = "桃花村2023年现金日记账.xlsx"
V5 = "桃花村"
CASH = {
    "4月": (5460.50, [
        (3, "现付-01", "购买办公用品", "舒城县文华文具店", 0, 286),
        (6, "现付-02", "支付村干部下乡误餐费", "", 0, 180),
        (10, "现收-01", "收一组一事一议筹资款", "", 360, 0),
        (12, "现收-02", "收一组一事一议筹资款", "", 135, 0),
        (12, "现付-03", "筹资款存入农商行", "", 0, 495),
        (15, "现收-03", "收二组一事一议筹资款", "", 240, 0),
        (18, "现收-04", "收二组一事一议筹资款", "", 195, 0),
        (20, "现收-05", "收二组一事一议筹资款", "", 105, 0),
        (20, "现付-04", "筹资款存入农商行", "", 0, 540),
        (21, "现收-06", "收三组一事一议筹资款", "", 135, 0),
        (24, "现付-05", "支付清淤临时用工工资", "汪德明", 0, 1200),
        (25, "现收-07", "收三组一事一议筹资款", "", 150, 0),
        (26, "现付-06", "支付塘坝清淤抽水电费", "国网舒城县供电公司桃溪供电所", 0, 365.8),
        (27, "现收-08", "收三组一事一议筹资款", "", 135, 0),
        (28, "现付-07", "筹资款存入农商行", "", 0, 420),
    ]),
    "5月": (None, [
        (4, "现付-08", "支付投劳村民茶水、误工补助（三组）", "孙明山", 0, 800),
        (6, "现收-09", "收回村部闲置房屋租金", "陈家富", 1500, 0),
        (9, "现付-09", "购买铁锹、箩筐等投劳工具", "桃溪镇红旗五金店", 0, 645),
        (12, "现付-10", "支付渠道硬化现场看护费", "汪德胜", 0, 600),
        (16, "现收-10", "从农商行提取备用金", "", 6000, 0),
        (16, "现付-11", "支付村民代表会议误工补贴", "", 0, 1150),
        (19, "现付-12", "报销村两委赴县城办事差旅费", "李国强", 0, 236),
        (22, "现付-13", "支付水泥搬运装卸费", "个体运输户 朱德才", 0, 450),
        (25, "现收-11", "收村民李新民补缴筹资款", "李新民", 15, 0),
        (26, "现付-14", "购买打印纸、墨盒", "舒城县文华文具店", 0, 328),
        (29, "现付-15", "支付塘坝清淤挖机台班费", "王长林", 0, 2400),
        (31, "现付-16", "支付一组投劳误工补助", "周家旺", 0, 700),
        (31, "现收-11A", "收村民汪小平补缴筹资款", "汪小平", 45, 0),
        (31, "现付-16A", "支付防汛物资（编织袋）款", "桃溪镇红旗五金店", 0, 312),
        (31, "现付-16B", "支付五月份村部电费", "国网舒城县供电公司桃溪供电所", 0, 214.6),
        (31, "现付-16C", "支付村民小组长会议误餐费", "", 0, 240),
        (31, "现付-16D", "支付灌溉渠放样测量费", "舒城县正方测绘服务部", 0, 1800),
    ]),
    "6月": (None, [
        (2, "现收-12", "收鱼塘承包费（部分）", "朱宏伟", 2000, 0),
        (5, "现付-17", "支付村部保洁工资", "何明珠", 0, 900),
        (8, "现付-18", "购买消毒药品（防汛）", "桃溪镇仁和大药房", 0, 168.5),
        (12, "现付-19", "支付防汛值班补助", "", 0, 1200),
        (15, "现收-13", "收方立春补缴筹资款", "方立春", 15, 0),
        (15, "现付-20", "现金存入农商行", "", 0, 500),
        (18, "现收-14", "从农商行提取备用金", "", 5000, 0),
        (20, "现付-21", "支付灌溉渠验收专家餐费", "桃溪镇好再来饭店", 0, 520),
        (21, "现付-22", "支付渠道硬化零星材料款（砂）", "孙志强", 0, 880),
        (26, "现付-23", "支付二组投劳误工补助", "吴继国", 0, 650),
        (28, "现付-24", "支付村务公开栏维修费", "个体工匠 叶长发", 0, 380),
        (30, "现付-25", "支付党员活动日场地布置费", "舒城县云帆广告部", 0, 460),
        (30, "现收-15", "收村部场地租金", "舒城县惠农农资店", 1200, 0),
        (30, "现付-26", "支付三组投劳误工补助", "朱宏亮", 0, 560),
        (30, "现付-27", "购买灭火器", "桃溪镇红旗五金店", 0, 396),
        (30, "现付-28", "支付村道除草临时工工资", "叶青柏", 0, 480),
        (30, "现收-16", "收回汪德胜借支备用金", "汪德胜", 500, 0),
        (30, "现付-29", "支付六月份村部电费", "国网舒城县供电公司桃溪供电所", 0, 236.4),
    ]),
}


def make_f5():
    wb = openpyxl.Workbook()
    first = True
    bal = None
    year_in = year_out = 0.0
    for sheet, (opening, entries) in CASH.items():
        ws = wb.active if first else wb.create_sheet()
        ws.title = sheet
        ws["A1"] = "现 金 日 记 账"
        ws.merge_cells("A1:I1")
        ws["A1"].font = Font(bold=True, size=16)
        ws["A2"] = "核算单位：舒城县桃溪镇桃花村股份经济合作社　　　　　　　　　单位：元"
        ws.merge_cells("A2:I2")
        ws["A3"] = "2023年"
        ws.merge_cells("A3:B3")
        for c, t in zip("CDEFGHI", ["凭证字号", "摘要", "对方单位（个人）", "借方（收入）", "贷方（支出）", "借或贷", "余额"]):
            ws[f"{c}3"] = t
            ws.merge_cells(f"{c}3:{c}4")
        ws["A4"], ws["B4"] = "月", "日"
        m = int(sheet[:-1])
        r = 5
        if first:
            bal = opening
            ws.cell(r, 1, 4)
            ws.cell(r, 2, 1)
            ws.cell(r, 4, "上年结转")
            ws.cell(r, 8, "借")
            ws.cell(r, 9, bal)
            non(F5, sheet, r, "上年结转 (opening balance)")
        else:
            ws.cell(r, 1, m)
            ws.cell(r, 2, 1)
            ws.cell(r, 4, "上月结转")
            ws.cell(r, 8, "借")
            ws.cell(r, 9, round(bal, 2))
            non(F5, sheet, r, "上月结转 (carry-forward)")
        r += 1
        first = False
        mi = mo = 0.0
        for day, v, summ, party, i, o in entries:
            bal = round(bal + i - o, 2)
            ws.cell(r, 1, m)
            ws.cell(r, 2, day)
            ws.cell(r, 3, v)
            ws.cell(r, 4, summ)
            ws.cell(r, 5, party or None)
            if i:
                ws.cell(r, 6, i)
            if o:
                ws.cell(r, 7, o)
            ws.cell(r, 8, "借")
            ws.cell(r, 9, bal)
            d = dt.date(2023, m, day)
            data(F5, sheet, r, "payment", {"date": iso(d), "amount": float(i or o),
                                         "direction": "in" if i else "out",
                                         "counterparty": party or None}, V5)
            mi += i
            mo += o
            r += 1
        year_in += mi
        year_out += mo
        ws.cell(r, 4, "本月合计")
        ws.cell(r, 6, round(mi, 2))
        ws.cell(r, 7, round(mo, 2))
        ws.cell(r, 8, "借")
        ws.cell(r, 9, bal)
        non(F5, sheet, r, "本月合计")
        r += 1
        ws.cell(r, 4, "本年累计")
        ws.cell(r, 6, round(year_in, 2))
        ws.cell(r, 7, round(year_out, 2))
        ws.cell(r, 8, "借")
        ws.cell(r, 9, bal)
        non(F5, sheet, r, "本年累计")
        r += 2
        ws.cell(r, 1, "出纳：汪礼华　　　会计：桃溪镇三资代理中心 吴静　　　审核：李国强")
        non(F5, sheet, r, "signature")
    wb.save(os.path.join(OUT, F5))


# ---------------------------------------------------------------------------
# F6  桃花村 两委 名单 (.csv UTF-8 BOM)
# ---------------------------------------------------------------------------
F6 = "桃花村两委班子成员名单.csv"
S6 = "桃花村两委班子成员名单"


def make_f6():
    people = [
        ("李国强", "男", "党总支书记、村委会主任", "全面工作", "13905641122"),
        ("汪礼华", "女", "党总支副书记、村委会委员", "党建、报账员", "13856487730"),
        ("周家平", "男", "村委会副主任", "农田水利、一事一议项目", "15956412208"),
        ("储美玲", "女", "党总支委员、妇联主席", "妇女、计生", "18755430196"),
        ("孙建设", "男", "村委会委员", "综治、安全生产", "13965703381"),
        ("叶晓东", "男", "村委会委员", "民政、社保", "15856421074"),
        ("吴海燕", "女", "党总支委员", "组织、宣传", "18256489915"),
        ("储志高", "男", "村务监督委员会主任", "村务监督", "13339123357"),
        ("朱春花", "女", "村务监督委员会委员", "村务监督", "15905648821"),
        ("方德厚", "男", "村务监督委员会委员", "村务监督", "13856400462"),
        ("汪春生", "男", "后备干部", "协助水利", "19956421180"),
    ]
    lines = [["桃花村“两委”班子成员及村务监督委员会成员名单（2023年）", "", "", "", "", ""],
             ["序号", "姓名", "性别", "职务", "分工", "联系电话"]]
    line = 2
    for i, (n, s, pos, duty, ph) in enumerate(people, 1):
        lines.append([str(i), n, s, pos, duty, ph])
        line += 1
        data(F6, S6, line, "cadre", {"name": n, "position": pos}, "桃花村")
    lines.append(["注：2021年换届选举产生，2023年3月增补后备干部1名。", "", "", "", "", ""])
    line += 1
    non(F6, S6, line, "note")
    with open(os.path.join(OUT, F6), "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(lines)


if __name__ == "__main__":
    make_f1()
    make_f2()
    make_f3()
    make_f4()
    make_f5()
    make_f6()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
    print(len(ROWS), "data rows;", len(NON), "non-data rows")
