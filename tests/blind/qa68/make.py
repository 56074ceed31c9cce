# -*- coding: utf-8 -*-
"""Blind test set qa68: 青山镇农经站 2023 年度村级财务审计 (报账票据、现金超限额、合同清理、资产盘点、问题台账).
Deterministic. Writes OUT/files/* and OUT/truth.json beside this script."""
import os, json, datetime, random
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
R = random.Random(6868)

TRUTH = []
NONDATA = []


def t(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    TRUTH.append(d)


def nd(file, sheet, row, what):
    NONDATA.append({"file": file, "sheet": sheet, "row": row, "what": what})


DIGITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """integer yuan -> 大写 (n < 1e8)"""
    n = int(n)
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s = ""
        zero = False
        for i in range(3, -1, -1):
            d = (x // 10 ** i) % 10
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIGITS[d] + units[i]
        return s
    w, r = divmod(n, 10000)
    s = ""
    if w:
        s = four(w) + "万"
        if r and r < 1000:
            s += "零"
    if r:
        s += four(r)
    return s + "元整"


def dfmt(d, style):
    if style == 0:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if style == 1:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == 2:
        return d.strftime("%Y%m%d")
    if style == 3:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if style == 4:
        return d.strftime("%Y-%m-%d")
    return d


# ---------------------------------------------------------------- 1. 报账票据登记 (xlsx, one sheet per village)
F1 = "青山镇2023年度村级报账票据审计登记表.xlsx"
VENDORS = [
    ("青山镇顺发建材经营部", "购水泥、黄沙"), ("县城东五金机电商店", "购水泵配件"),
    ("青山镇惠民超市", "购村委办公用品"), ("浙江宏远电力工程有限公司", "路灯线路维修"),
    ("青山镇老周饭店", "接待县农业局检查工作餐"), ("中国石化销售有限公司青山加油站", "村巡逻车加油"),
    ("县新华书店", "购农家书屋图书"), ("青山镇绿源苗木专业合作社", "村道绿化苗木"),
    ("县鑫达广告图文有限公司", "制作村务公开栏"), ("中国电信股份有限公司县分公司", "村委宽带费"),
    ("国网浙江省电力有限公司县供电公司", "村部电费"), ("县安达保洁服务有限公司", "垃圾清运服务费"),
    ("青山镇明辉印刷厂", "印制选举票"), ("县康宁医药连锁有限公司", "防疫物资"),
]
PEOPLE = ["王建国", "李德胜", "刘桂英", "陈长林", "张秀兰", "赵福生", "周国强", "吴金花", "孙有财",
          "何永平", "郑玉梅", "黄老三", "钱进宝", "徐春生", "马红英", "朱海龙"]
WHITE = ["付挖机台班费", "付临时工工资", "付修渠小工费", "付村道除草人工费", "付搬运费"]

wb = openpyxl.Workbook()
wb.remove(wb.active)
first = True
for vi, (vil, n, startv) in enumerate([("东王村", 14, 1), ("西李村", 13, 1), ("南岗村", 12, 1)]):
    ws = wb.create_sheet(vil)
    ws.append(["%s2023年度报账票据审计登记表" % vil])
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["被审计单位：青山镇%s股份经济合作社" % vil, None, None, None, None, None, None, None, "单位：元"])
    ws.append(["序号", "报账日期", "凭证号", "发票号码", "开票单位", "事由", "金额", "支付方式", "经办人", "审核意见"])
    row = 3
    total = 0.0
    month = 1
    day = 3
    for i in range(n):
        row += 1
        if i == 7 and vi != 1:
            ws.append([None] * 10)  # blank row
            row += 1
        day += R.randint(3, 12)
        if day > 27:
            day -= 25
            month += 1
        d = datetime.date(2023, min(month, 12), day)
        white = (i % 5 == 3)
        amt = round(R.choice([R.randint(120, 980) + R.choice([0, 0.5, 0.8]), R.randint(1000, 9800) * 1.0,
                              R.randint(10000, 48000) * 1.0]), 2)
        if white:
            payee = PEOPLE[(i + vi * 5) % len(PEOPLE)]
            inv = "无"
            why = WHITE[(i + vi) % len(WHITE)]
            amt = float(R.randint(8, 60) * 100)
            op = "白条，不予报销" if i % 2 else "白条入账，需补正规票据"
            method = "现金"
        else:
            payee, why = VENDORS[(i * 3 + vi * 2) % len(VENDORS)]
            inv = "%08d" % R.randint(10000000, 99999999)
            op = R.choice(["同意", "同意", "符合规定", "", "附件不全，补审批单"])
            method = "现金" if amt < 1000 else "转账"
        handler = PEOPLE[(i * 7 + vi) % len(PEOPLE)]
        # date representations vary by village
        if vil == "东王村":
            dv = d  # real excel date
        elif vil == "西李村":
            dv = dfmt(d, 0)
        else:
            dv = dfmt(d, 1) if i % 2 else dfmt(d, 2)
        av = amt
        if vil == "西李村" and i % 4 == 1:
            av = "¥{:,.2f}".format(amt)
        voucher = "记-%02d-%03d" % (d.month, i + 1)
        ws.append([i + 1, dv, voucher, inv, payee, why, av, method, handler, op])
        if isinstance(dv, datetime.date):
            ws.cell(row=row, column=2).number_format = "yyyy-mm-dd"
        total += amt
        t(F1, vil, row, "payment", vil, {"date": d.isoformat(), "amount": round(amt, 2),
                                          "direction": "out", "counterparty": payee})
    row += 1
    ws.append(["合计", None, None, None, None, None, round(total, 2), None, None, None])
    nd(F1, vil, row, "合计")
    row += 1
    ws.append([None] * 10)
    row += 1
    ws.append(["说明：审核意见为“白条，不予报销”的单据已退回经办人，由其补齐合法票据后重新报账。"])
    nd(F1, vil, row, "说明")
    row += 1
    ws.append(["审计人：陈晓燕", None, None, "复核人：周卫东", None, None, "村报账员：%s" % PEOPLE[vi]])
    nd(F1, vil, row, "签名")
    for col, w in zip("ABCDEFGHIJ", [5, 12, 11, 11, 30, 24, 11, 8, 8, 22]):
        ws.column_dimensions[col].width = w

# 审计发现问题台账 — not records
ws = wb.create_sheet("审计发现问题台账")
ws.append(["青山镇2023年度村级财务审计发现问题台账"])
ws.merge_cells("A1:G1")
ws.append(["序号", "村名", "问题类别", "问题描述", "涉及金额（元）", "整改要求", "整改期限"])
issues = [
    ("东王村", "票据不规范", "以白条报销挖机台班费、小工费", 4700, "补正规发票，否则由经办人承担", "2024年3月31日"),
    ("西李村", "现金支付超限额", "向个人现金支付工程款超过1000元限额", 36500, "今后一律转账支付", "立即整改"),
    ("南岗村", "合同管理", "村道硬化工程合同未经村民代表会议决议", 286000, "补充决议程序", "2024年2月底"),
    ("南岗村", "资产管理", "账面挖掘机一台实物不存在", 168000, "查明去向，追责", "2024年1月31日"),
    ("东王村", "合同管理", "鱼塘承包合同超期未续签仍在收租", 12000, "重新公开发包", "2024年6月底"),
    ("西李村", "资产管理", "村部电脑账实不符，盘亏2台", 9600, "调账并说明原因", "2024年1月31日"),
]
for k, it in enumerate(issues):
    ws.append([k + 1] + list(it))
    nd(F1, "审计发现问题台账", k + 3, "审计发现问题台账（非记录）")
ws.append(["合计", None, None, None, sum(x[3] for x in issues)])
nd(F1, "审计发现问题台账", len(issues) + 3, "合计")
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- 2. 北坡村 报账票据 (csv, UTF-8 BOM)
F2 = "北坡村报账票据登记.csv"
lines = ["北坡村2023年下半年报账票据登记（单位：元）", "报账日期,凭证号,发票号码,开票单位,事由,金额,支付方式,审核意见"]
ln = 2
tot = 0.0
for i in range(15):
    d = datetime.date(2023, 7 + i // 3, 4 + (i % 3) * 9)
    if i in (4, 11):
        payee = PEOPLE[i]
        inv = "白条"
        why = WHITE[i % len(WHITE)]
        amt = float(R.randint(5, 30) * 100)
        op = "白条，不予报销"
        meth = "现金"
    else:
        payee, why = VENDORS[(i * 5 + 1) % len(VENDORS)]
        inv = "%08d" % R.randint(10000000, 99999999)
        amt = round(R.randint(200, 30000) + R.choice([0, 0.25, 0.6]), 2)
        op = R.choice(["同意", "同意", "同意报销", "超预算，需两委会研究"])
        meth = "现金" if amt < 1000 else "转账"
    ds = dfmt(d, 3) if i % 2 == 0 else dfmt(d, 4)
    am = ("%.2f" % amt) if i % 3 else '"{:,.2f}"'.format(amt)
    ln += 1
    if i == 9:
        lines.append("7-9月小计,,,,,%.2f,," % tot)
        nd(F2, "北坡村报账票据登记", ln, "小计")
        ln += 1
    lines.append(",".join([ds, "付%03d" % (i + 1), inv, payee, why, am, meth, op]))
    tot += amt
    t(F2, "北坡村报账票据登记", ln, "payment", "北坡村",
      {"date": d.isoformat(), "amount": amt, "direction": "out", "counterparty": payee})
ln += 1
lines.append("合计,,,,,%.2f,," % tot)
nd(F2, "北坡村报账票据登记", ln, "合计")
ln += 1
lines.append("制表人：孙丽娟,,,审核人：马建华,,,,")
nd(F2, "北坡村报账票据登记", ln, "签名")
with open(os.path.join(FILES, F2), "w", encoding="utf-8-sig", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- 3. 现金支付超限额清单 (real .xls, 村名 column)
F3 = "现金支付超限额清单.xls"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("超限额清单")
datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
bold = xlwt.easyxf("font: bold on; align: horiz center")
sh.write_merge(0, 0, 0, 8, "青山镇2023年度村级现金支付超限额（1000元以上）清单", bold)
sh.write(1, 0, "（现金支付限额：单笔1000元）")
sh.write(1, 7, "单位：元")
hdr = ["序号", "村名", "支付日期", "凭证号", "收款人", "摘要", "金额", "支付方式", "备注"]
for c, h in enumerate(hdr):
    sh.write(2, c, h)
r = 2
vils = ["东王村", "西李村", "南岗村", "北坡村", "石桥村"]
cash_items = ["付村道修补工程款", "付临时工工资", "付清淤人工费", "付苗木款", "付挖机台班费", "付水渠修缮材料款",
              "付村委会议误工补贴", "付垃圾清运费", "付防汛物资款", "付节日慰问品款"]
grand = 0.0
seq = 0
for vk, vil in enumerate(vils):
    sub = 0.0
    for j in range(4):
        r += 1
        seq += 1
        d = datetime.date(2023, 2 + j * 3, 6 + vk * 4)
        amt = float(R.randint(12, 480) * 100 + R.choice([0, 50]))
        payee = PEOPLE[(vk * 4 + j * 3) % len(PEOPLE)]
        sh.write(r, 0, seq)
        sh.write(r, 1, vil)
        if j % 2 == 0:
            sh.write(r, 2, d, datefmt)
        else:
            sh.write(r, 2, dfmt(d, 0))
        sh.write(r, 3, "现-%d" % (10 + j * 7 + vk))
        sh.write(r, 4, payee)
        sh.write(r, 5, cash_items[(vk + j * 3) % len(cash_items)])
        if seq == 7:
            sh.write(r, 6, daxie(amt))
        else:
            sh.write(r, 6, amt)
        sh.write(r, 7, "现金")
        sh.write(r, 8, "超限额" if amt < 10000 else "大额现金，应转账")
        sub += amt
        t(F3, "超限额清单", r + 1, "payment", vil,
          {"date": d.isoformat(), "amount": amt, "direction": "out", "counterparty": payee})
    r += 1
    sh.write(r, 1, "%s小计" % vil)
    sh.write(r, 6, sub)
    nd(F3, "超限额清单", r + 1, "小计")
    grand += sub
r += 1
sh.write(r, 0, "合计")
sh.write(r, 6, grand)
nd(F3, "超限额清单", r + 1, "合计")
r += 2
sh.write(r, 0, "填报：青山镇农经站   审核：周卫东   2024年1月15日")
nd(F3, "超限额清单", r + 1, "签名")

# a 资金收支统计 sheet of counts (not a record kind)
sh2 = book.add_sheet("统计")
sh2.write(0, 0, "各村现金超限额支付统计")
for c, h in enumerate(["村名", "笔数", "金额合计（元）"]):
    sh2.write(1, c, h)
for k, vil in enumerate(vils):
    sh2.write(2 + k, 0, vil)
    sh2.write(2 + k, 1, 4)
    sh2.write(2 + k, 2, 0)
    nd(F3, "统计", 3 + k, "统计表（非记录）")
book.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------- 4. 村级合同清理表 (HTML saved as .xls, platform export)
F4 = "村级合同清理表.xls"
STEM4 = "村级合同清理表"
contracts_pool = [
    ("村道硬化工程施工合同", "浙江路通建设有限公司"), ("鱼塘承包合同", "{p}"), ("路灯安装工程合同", "浙江宏远电力工程有限公司"),
    ("村部办公楼维修合同", "县恒泰建筑工程有限公司"), ("垃圾清运服务合同", "县安达保洁服务有限公司"),
    ("山林承包合同", "{p}"), ("水渠清淤工程合同", "青山镇永兴土石方工程队"), ("绿化苗木采购合同", "青山镇绿源苗木专业合作社"),
    ("厂房租赁合同", "县华鑫五金制品有限公司"), ("文化礼堂装修合同", "浙江美居装饰工程有限公司"),
    ("监控设备采购安装合同", "县天眼安防科技有限公司"), ("农田灌溉泵站改造合同", "县水利水电工程有限公司"),
]
perf = ["履行完毕", "正在履行", "已到期未续签", "正在履行", "已终止"]
probs = ["", "", "未经村民代表会议决议", "合同条款不完善，无违约责任", "超过10万元未公开招标", "",
         "合同期限超过30年", "承包金明显偏低", "先施工后签合同", ""]
html = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<table border="1">',
        '<tr><td colspan="10" align="center"><b>青山镇村级合同清理登记表</b></td></tr>',
        '<tr><td colspan="10">导出时间：2024-01-10 09:32:15　　　　金额单位：万元</td></tr>',
        '<tr><td>序号</td><td>村名</td><td>合同编号</td><td>合同名称</td><td>对方</td><td>金额（万元）</td>'
        '<td>签订日期</td><td>履行情况</td><td>问题</td><td>备注</td></tr>']
hr = 3
seq = 0
for vk, vil in enumerate(["东王村", "西李村", "南岗村", "北坡村", "石桥村"]):
    for j in range(6):
        hr += 1
        seq += 1
        title, cp = contracts_pool[(vk * 5 + j * 2) % len(contracts_pool)]
        if "{p}" in cp:
            cp = PEOPLE[(vk * 3 + j) % len(PEOPLE)]
        wan = R.choice([R.randint(5, 99) / 10.0, R.randint(100, 950) / 100.0, float(R.randint(10, 45)),
                        R.randint(1000, 3000) / 100.0])
        wan = round(wan, 2)
        d = datetime.date(2018 + (seq % 6), 1 + (seq * 5) % 12, 1 + (seq * 7) % 28)
        st = seq % 4
        ds = [dfmt(d, 4), dfmt(d, 1), dfmt(d, 0), dfmt(d, 2)][st]
        code = "QS-%s-%d%03d" % (["DW", "XL", "NG", "BP", "SQ"][vk], d.year, j + 1)
        html.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                    "<td>%s</td><td>%s</td><td></td></tr>" % (seq, vil, code, title, cp, ("%.2f" % wan), ds,
                                                            perf[seq % 5], probs[seq % 10]))
        t(F4, STEM4, hr, "contract", vil, {"counterparty": cp, "amount": round(wan * 10000, 2),
                                           "signed_on": d.isoformat()})
hr += 1
html.append('<tr><td colspan="5">合计</td><td>%.2f</td><td colspan="4"></td></tr>' %
            (sum(x["fields"]["amount"] for x in TRUTH if x["file"] == F4) / 10000))
nd(F4, STEM4, hr, "合计")
html.append("</table></body></html>")
with open(os.path.join(FILES, F4), "w", encoding="utf-8") as f:
    f.write("\n".join(html))

# ---------------------------------------------------------------- 5. 资产盘点表 (xlsx, one sheet per village, two-row header)
F5 = "2023年末村集体资产盘点表.xlsx"
ASSETS = [
    ("房屋建筑物", [("村部办公楼", 1, 860000), ("文化礼堂", 1, 1250000), ("老年活动中心", 1, 320000), ("仓库", 1, 96000)]),
    ("机器设备", [("挖掘机", 1, 168000), ("抽水泵", 3, 7500), ("发电机组", 1, 23800), ("监控设备", 12, 46800)]),
    ("办公设备", [("台式电脑", 4, 19200), ("打印复印一体机", 1, 6850), ("空调", 5, 21500), ("会议桌椅", 1, 12400)]),
]
wb = openpyxl.Workbook()
wb.remove(wb.active)
for vk, vil in enumerate(["东王村", "西李村", "南岗村"]):
    ws = wb.create_sheet(vil)
    ws.append(["%s集体资产清查盘点表" % vil])
    ws.merge_cells("A1:K1")
    ws.append(["盘点基准日：2023年12月31日", None, None, None, None, None, None, None, None, "金额单位：元"])
    ws.append(["资产编号", "资产名称", "类别", "购置日期", "账面数", None, "实有数", None, "盘盈(+)盘亏(-)", None, "备注"])
    ws.append([None, None, None, None, "数量", "金额", "数量", "金额", "数量", "金额", None])
    for rng in ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "K3:K4", "E3:F3", "G3:H3", "I3:J3"]:
        ws.merge_cells(rng)
    row = 4
    n = 0
    for ci, (cat, items) in enumerate(ASSETS):
        sub_b = sub_a = 0
        for ii, (name, qty, val) in enumerate(items):
            if vk == 1 and ci == 0 and ii == 3:
                continue  # 西李村无仓库
            if vk == 2 and ci == 2 and ii == 3:
                continue
            row += 1
            n += 1
            val = val + vk * 1000 * (ii + 1) if ci != 0 else val + vk * 20000
            y = 2008 + (ii * 3 + ci * 2 + vk) % 15
            d = datetime.date(y, 1 + (ii * 4 + vk) % 12, 1 + (ci * 9 + ii * 5) % 28)
            real_q = qty
            real_v = val
            note = ""
            if (vil, name) == ("南岗村", "挖掘机"):
                real_q, real_v, note = 0, 0, "实物不存在，据称已变卖"
            elif (vil, name) == ("西李村", "台式电脑"):
                real_q = qty - 2
                real_v = round(val / qty * real_q, 2)
                note = "盘亏2台"
            elif (vil, name) == ("东王村", "抽水泵"):
                real_q = qty + 1
                real_v = val + 2500
                note = "盘盈1台，未入账"
            ds = d if vk == 0 else (dfmt(d, 0) if vk == 1 else dfmt(d, 1))
            code = "%s-%02d-%03d" % (["DW", "XL", "NG"][vk], ci + 1, ii + 1)
            ws.append([code, name, cat, ds, qty, val, real_q, real_v, real_q - qty, round(real_v - val, 2), note])
            if isinstance(ds, datetime.date):
                ws.cell(row=row, column=4).number_format = "yyyy年m月d日"
            sub_b += val
            sub_a += real_v
            t(F5, vil, row, "asset", vil, {"name": name, "amount": float(val), "acquired_on": d.isoformat()})
        row += 1
        ws.append([None, "%s小计" % cat, None, None, None, sub_b, None, sub_a, None, sub_a - sub_b, None])
        nd(F5, vil, row, "小计")
    row += 1
    ws.append([None, "合计", None, None, None, "=F5", None, None, None, None, None])
    # replace formula with value (accountants often paste values)
    tb = sum(x["fields"]["amount"] for x in TRUTH if x["file"] == F5 and x["sheet"] == vil)
    ws.cell(row=row, column=6).value = tb
    nd(F5, vil, row, "合计")
    ws.append([None] * 11)
    row += 2
    ws.append(["盘点人：%s  %s    监盘人：陈晓燕（镇农经站）    村务监督委员会主任：%s" % (
        PEOPLE[vk + 3], PEOPLE[vk + 8], PEOPLE[vk + 12])])
    nd(F5, vil, row, "签名")
wb.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": TRUTH, "non_data": NONDATA}, f, ensure_ascii=False, indent=1)
print(len(TRUTH), "data rows;", len(NONDATA), "non-data rows")
