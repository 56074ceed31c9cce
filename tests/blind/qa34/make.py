# -*- coding: utf-8 -*-
"""Blind test set qa34: 浙江/江苏/上海郊区 股份经济合作社 bank exports, 村务卡, 小额工程, 厂房租赁, 分红.

Deterministic (random.Random(34)).  Writes OUT/files/* and OUT/truth.json.
"""
import csv
import datetime as dt
import io
import json
import os
import random

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

rng = random.Random(34)
ROWS = []
NON = []


def add(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        r["village"] = village
    r["fields"] = fields
    ROWS.append(r)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def money(x):
    return "{:,.2f}".format(x)


def r2(x):
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------------------
# 1. 湖塘村 农商银行 网银 账户交易明细 (.xls BIFF, two sheets, 借方/贷方 with 0.00)
# ---------------------------------------------------------------------------
F1 = "湖塘村股份经济合作社_农商银行账户交易明细_2024.xls"
V1 = "湖塘村"
IN_PARTIES = [
    ("绍兴柯桥恒丰纺织有限公司", "厂房租金", "1201 0000 3344 2210 891"),
    ("浙江锦程印染有限公司", "标准厂房租金", "3301 0401 1200 0158 7741"),
    ("绍兴市柯桥区湖塘街道财政所", "村级组织运转经费补助", "1988 0112 0040 0013 6"),
    ("绍兴市柯桥区农业农村局", "美丽乡村建设奖补资金", "1988 0112 0040 0027 2"),
    ("绍兴宏泰五金制品有限公司", "仓库租金", "6228 4803 3812 7766 015"),
    ("柯桥区湖塘街道农村集体经济发展有限公司", "物业分成款", "2010 0001 8877 6651 3"),
    ("杭州湾物流有限公司", "场地租金", "3300 1617 8350 5300 2217"),
]
OUT_PARTIES = [
    ("绍兴市柯桥区鑫源建设有限公司", "道路提升工程进度款", "2010 0002 1166 3320 7"),
    ("浙江绿洲环境卫生服务有限公司", "保洁服务费", "3301 0401 1200 0266 9035"),
    ("国网浙江省电力有限公司绍兴供电公司", "路灯电费", "1211 0234 0900 0001 183"),
    ("绍兴柯桥明辉园林绿化工程有限公司", "绿化养护费", "2010 0003 4561 2209 8"),
    ("沈国良", "垃圾分类督导员劳务费", "6230 9102 0012 3345 567"),
    ("陈月娥", "老年食堂食材款", "6230 9102 0044 1120 345"),
    ("绍兴市柯桥区湖塘街道财政所", "代缴村干部养老保险", "1988 0112 0040 0013 6"),
    ("浙江天平会计师事务所有限公司", "年度审计费", "3301 0401 1200 0377 1180"),
    ("柯桥区湖塘村老年协会", "重阳节慰问经费", "2010 0005 6621 0093 1"),
]


def bank_sheet(ws, sheetname, months, nrows, opening):
    bold = xlwt.easyxf("font: bold on; align: horiz center")
    ws.write_merge(0, 0, 0, 10, "绍兴农村商业银行股份有限公司 账户交易明细", bold)
    ws.write_merge(1, 1, 0, 10, "账号：201000187734561   户名：绍兴市柯桥区湖塘街道湖塘村股份经济合作社   币种：人民币   钞汇标志：钞")
    ws.write_merge(2, 2, 0, 10, "查询期间：%s" % months)
    hdr = ["交易日期", "交易时间", "凭证种类", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号", "对方开户行", "附言"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, xlwt.easyxf("font: bold on"))
    # row 5 (index 4): 期初余额
    ws.write(4, 0, "")
    ws.write(4, 3, "期初余额")
    ws.write(4, 6, money(opening))
    non(F1, sheetname, 5, "期初余额")
    bal = opening
    y, m0 = (2024, 1) if "1-3" in sheetname else (2024, 4)
    dates = []
    for i in range(nrows):
        m = m0 + (i * 3) // nrows
        d = 2 + (i * 7) % 26
        dates.append(dt.date(y, m, d))
    dates.sort()
    tot_d = tot_c = 0.0
    r = 5
    for i, day in enumerate(dates):
        kind = i % 5
        if kind in (0, 2):  # income
            name, use, acct = IN_PARTIES[(i * 3) % len(IN_PARTIES)]
            amt = r2(rng.choice([86400, 125000, 233600, 48000, 312000, 57600]) + rng.choice([0, 0, 0.5, 12.75]))
            debit, credit = 0.0, amt
            summ = "转账存入" if kind == 0 else "跨行汇入"
            direction = "in"
            cp = name
        elif kind == 4 and i % 10 == 4:  # bank fee, no counterparty
            amt = rng.choice([10.0, 25.0, 2.5])
            debit, credit = amt, 0.0
            summ, use, acct, name = "手续费", "网银跨行汇款手续费", "", ""
            direction, cp = "out", None
        else:
            name, use, acct = OUT_PARTIES[(i * 5) % len(OUT_PARTIES)]
            amt = r2(rng.choice([3860, 12800, 45200, 98600, 168000, 7520, 2400]) + rng.choice([0, 0, 0.35, 60]))
            debit, credit = amt, 0.0
            summ = "网银转账" if kind != 3 else "跨行汇款"
            direction, cp = "out", name
        bal = r2(bal + credit - debit)
        tot_d += debit
        tot_c += credit
        ws.write(r, 0, day.strftime("%Y%m%d"))
        ws.write(r, 1, "%02d:%02d:%02d" % (8 + i % 9, (i * 13) % 60, (i * 29) % 60))
        ws.write(r, 2, "电子转账凭证" if summ != "手续费" else "")
        ws.write(r, 3, summ)
        ws.write(r, 4, money(debit))
        ws.write(r, 5, money(credit))
        ws.write(r, 6, money(bal))
        ws.write(r, 7, name)
        ws.write(r, 8, acct)
        ws.write(r, 9, "" if not name else ("绍兴农商银行湖塘支行" if i % 2 else "中国工商银行绍兴柯桥支行"))
        ws.write(r, 10, use)
        add(F1, sheetname, r + 1, "payment",
            {"date": day.isoformat(), "amount": amt, "direction": direction, "counterparty": cp}, V1)
        r += 1
    ws.write(r, 3, "本期合计")
    ws.write(r, 4, money(r2(tot_d)))
    ws.write(r, 5, money(r2(tot_c)))
    ws.write(r, 6, money(bal))
    non(F1, sheetname, r + 1, "本期合计")
    r += 2
    ws.write_merge(r, r, 0, 10, "打印时间：2024-07-03 10:15:42   打印柜员：网银自助   注：本明细仅供参考，不作为对账凭证。")
    non(F1, sheetname, r + 1, "打印时间/注")
    return bal


wb = xlwt.Workbook(encoding="utf-8")
b = bank_sheet(wb.add_sheet("2024年1-3月"), "2024年1-3月", "20240101-20240331", 18, 3265412.37)
bank_sheet(wb.add_sheet("2024年4-6月"), "2024年4-6月", "20240401-20240630", 14, b)
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# 2. 新丰村 农业银行 网银 明细 (.csv GBK, signed 交易金额, meta lines above header)
# ---------------------------------------------------------------------------
F2 = "新丰村股份经济合作社_农业银行账户明细_2023.csv"
S2 = F2[:-4]
V2 = "新丰村"
CSV_IN = [
    ("嘉兴市秀洲区新塍镇财政所", "村级公益事业专项补助"),
    ("嘉兴新丰智能科技有限公司", "标准厂房租金2023年上半年"),
    ("嘉兴市秀洲区新塍镇强村公司", "飞地抱团项目收益分配"),
    ("浙江嘉欣丝绸股份有限公司", "物业用房租金"),
    ("张建华", "鱼塘承包款"),
    ("嘉兴禾丰农业开发有限公司", "土地流转费"),
]
CSV_OUT = [
    ("嘉兴市恒远市政工程有限公司", "河道护岸工程款"),
    ("浙江诚信工程监理有限公司", "监理费"),
    ("嘉兴市秀洲区新塍镇社会保险事务所", "代缴社保"),
    ("朱伟明", "治安巡逻劳务费"),
    ("嘉兴蓝天消防器材有限公司", "消防器材采购"),
    ("国网浙江省电力有限公司嘉兴供电公司", "电费"),
    ("嘉兴市秀洲区新塍镇新丰村经济合作社", "村集体内部往来"),
    ("浙江移动通信集团嘉兴分公司", "宽带费"),
]
lines = [["中国农业银行 账户明细查询"],
         ["账户：19-350101040012345", "户名：嘉兴市秀洲区新塍镇新丰村股份经济合作社"],
         ["起始日期：20230101", "截止日期：20231231", "币种：人民币"],
         [],
         ["交易时间", "交易金额", "本次余额", "对方户名", "对方账号", "对方开户行", "交易渠道", "交易用途", "摘要"]]
bal = 1854320.66
tin = tout = 0.0
nin = nout = 0
for i in range(30):
    day = dt.date(2023, 1 + (i * 12) // 30, 3 + (i * 11) % 25)
    t = "%s %02d:%02d:%02d" % (day.isoformat(), 8 + i % 8, (i * 17) % 60, (i * 7) % 60)
    line_no = len(lines) + 1
    if i % 10 == 9:  # 结息
        amt = r2(1200 + i * 37.41)
        bal = r2(bal + amt)
        lines.append([t, "+" + "%.2f" % amt, "%.2f" % bal, "", "", "", "柜面", "", "结息"])
        add(F2, S2, line_no, "payment", {"date": day.isoformat(), "amount": amt, "direction": "in", "counterparty": None}, V2)
        tin += amt; nin += 1
        continue
    if i % 3 == 0:
        name, use = CSV_IN[(i // 3) % len(CSV_IN)]
        amt = r2(rng.choice([50000, 186000, 264500, 32000, 91250]) + rng.choice([0, 0, 0.8]))
        bal = r2(bal + amt)
        sign = "+"
        direction = "in"
        tin += amt; nin += 1
    else:
        name, use = CSV_OUT[(i * 7) % len(CSV_OUT)]
        amt = r2(rng.choice([1520, 8800, 23650, 76000, 138400, 415.5]) + rng.choice([0, 0, 0.25]))
        bal = r2(bal - amt)
        sign = "-"
        direction = "out"
        tout += amt; nout += 1
    acct = "\t62284%014d" % (i * 7919 + 1234567)
    lines.append([t, sign + "%.2f" % amt, "%.2f" % bal, name, acct,
                  "中国农业银行嘉兴秀洲支行" if i % 2 else "浙江嘉兴农村商业银行新塍支行",
                  "网上银行" if i % 4 else "企业网银", use, "转账" if direction == "out" else "转存"])
    add(F2, S2, line_no, "payment", {"date": day.isoformat(), "amount": amt, "direction": direction, "counterparty": name}, V2)
lines.append([])
lines.append(["合计：收入%d笔，金额%.2f元；支出%d笔，金额%.2f元" % (nin, tin, nout, tout)])
non(F2, S2, len(lines), "合计")
lines.append(["下载时间：2024-01-08 09:12:55"])
non(F2, S2, len(lines), "下载时间")
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for ln in lines:
    w.writerow(ln)
with open(os.path.join(FILES, F2), "wb") as fh:
    fh.write(buf.getvalue().encode("gbk"))

# ---------------------------------------------------------------------------
# 3. 凤桥村 村务卡消费明细 (HTML saved as .xls, platform export)
# ---------------------------------------------------------------------------
F3 = "凤桥村村务卡消费明细_20230101-20240630.xls"
S3 = F3[:-4]
V3 = "凤桥村"
MERCH = [
    ("嘉兴市南湖区凤桥镇联丰文具店", "办公用品"),
    ("嘉兴凤桥农家菜馆", "工作餐"),
    ("中国石化销售股份有限公司浙江嘉兴石油分公司", "巡逻车加油"),
    ("嘉兴市南湖区凤桥镇永兴五金建材店", "维修材料"),
    ("京东商城", "电脑配件"),
    ("嘉兴凤桥水蜜桃农业发展有限公司", "慰问品"),
    ("嘉兴南湖区凤桥镇印务服务部", "宣传资料印刷"),
    ("嘉兴市南湖区凤桥镇老街快印店", "公示栏喷绘"),
]
HOLDERS = ["沈海明", "吴秀英", "钱建国"]
html = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<table border="1">',
        '<tr><td colspan="10" align="center"><b>嘉兴市南湖区凤桥镇凤桥村村务卡消费明细</b></td></tr>',
        '<tr><td colspan="10">查询日期：2023-01-01 至 2024-06-30　　发卡行：浙江嘉兴农村商业银行　　单位：元</td></tr>',
        '<tr><td>序号</td><td>卡号</td><td>持卡人</td><td>交易日期</td><td>记账日期</td><td>商户名称</td><td>交易金额</td><td>交易类型</td><td>用途说明</td><td>报销状态</td></tr>']
row = 3
total = 0.0
for i in range(22):
    day = dt.date(2023 + (i >= 13), 1 + (i * 5) % 12 if i < 13 else 1 + (i - 13) * 6 // 9, 4 + (i * 3) % 24)
    post = day + dt.timedelta(days=1 + i % 2)
    m, use = MERCH[(i * 3) % len(MERCH)]
    holder = HOLDERS[i % 3]
    card = "6231 0601 **** %04d" % (1100 + HOLDERS.index(holder) * 37)
    if i == 10:  # refund of row 7-like purchase
        amt = 320.0
        txt, typ, direction = "-320.00", "退货", "in"
        m, use = MERCH[3][0], "退回多购材料"
        total -= amt
    else:
        amt = r2(rng.choice([86, 235, 480, 1260, 3280, 645, 158]) + rng.choice([0, 0.5, 0.8]))
        txt, typ, direction = money(amt), "消费", "out"
        total += amt
    row += 1
    html.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        i + 1, card, holder, day.strftime("%Y/%m/%d"), post.strftime("%Y/%m/%d"), m, txt, typ, use,
        "已报销" if i < 18 else "未报销"))
    add(F3, S3, row, "payment", {"date": day.isoformat(), "amount": amt, "direction": direction, "counterparty": m}, V3)
row += 1
html.append('<tr><td colspan="6">合计</td><td>%s</td><td></td><td></td><td></td></tr>' % money(r2(total)))
non(F3, S3, row, "合计")
row += 1
html.append('<tr><td colspan="10">说明：村务卡消费须在30日内凭发票报销，退货金额冲减当期消费。</td></tr>')
non(F3, S3, row, "说明")
html.append("</table></body></html>")
with open(os.path.join(FILES, F3), "w", encoding="utf-8") as fh:
    fh.write("\n".join(html))

# ---------------------------------------------------------------------------
# 4. 枫南村 小额工程发包登记表 (.xlsx, two-row merged header, 万元 budget, 2 sheets)
# ---------------------------------------------------------------------------
F4 = "枫南村2023-2024年小额工程发包登记表.xlsx"
V4 = "枫南村"
PROJ23 = [
    ("枫南村文化礼堂外立面改造工程", "村级工程", 38.5, "比选", "苏州吴中区东山建筑工程有限公司", 368200.0, "2023年2月16日", "2023.3.6", "2023.5.20", "num"),
    ("3组河道驳岸修复工程", "小微工程", 18.6, "竞争性谈判", "苏州市吴中区金庭水利工程有限公司", 176500.0, "2023年3月9日", "2023.4.1", "2023.5.30", "comma"),
    ("枫南路路灯亮化工程", "小微工程", 9.8, "直接发包", "苏州光明电气安装有限公司", 96800.0, "2023年3月9日", "2023.4.10", "2023.4.28", "num"),
    ("村委会办公楼屋面防水维修", "小微工程", 4.5, "直接发包", "吴中区越溪顾建兴维修队", 43800.0, "2023年4月20日", "2023.5.8", "2023.5.20", "num"),
    ("枫南村农贸市场雨棚工程", "村级工程", 45.0, "比选", "苏州吴中区东山建筑工程有限公司", 438000.0, "2023年5月12日", "2023.6.1", "2023.8.15", "wan"),
    ("1组至5组生活污水管网修复", "村级工程", 29.6, "竞争性谈判", "苏州市鑫达市政工程有限公司", 287650.0, "2023年5月12日", "2023.6.15", "2023.8.30", "num"),
    ("枫南小学门口道路拓宽工程", "一事一议", 52.0, "比选", "苏州市鑫达市政工程有限公司", 498600.0, "2023年6月28日", "2023.7.10", "2023.10.8", "num"),
    ("村级垃圾分类亭建设", "小微工程", 12.0, "竞争性谈判", "苏州绿邦环保设备有限公司", 118000.0, "2023年7月18日", "2023.8.1", "2023.8.25", "upper"),
    ("老年活动中心空调采购安装", "小微工程", 6.2, "直接发包", "苏州吴中区宏运家电销售有限公司", 60500.0, "2023年8月22日", "2023.9.2", "2023.9.10", "num"),
    ("枫南桥栏杆维修", "小微工程", 4.9, "直接发包", "苏州吴中区东山建筑工程有限公司", 48600.0, "2023年9月15日", "2023.9.25", "2023.10.10", "num"),
    ("7组机耕路硬化工程", "一事一议", 26.8, "竞争性谈判", "苏州市吴中区金庭水利工程有限公司", 259900.0, "2023年10月11日", "2023.10.20", "2023.12.15", "comma"),
    ("村部监控系统升级", "小微工程", 8.0, "直接发包", "苏州天眼智能科技有限公司", 78800.0, "2023年11月6日", "2023.11.15", "2023.11.30", "num"),
]
PROJ24 = [
    ("枫南村党群服务中心装修工程", "村级工程", 48.0, "比选", "苏州吴中区东山建筑工程有限公司", 465300.0, "2024年1月19日", "2024.3.1", "2024.5.18", "num"),
    ("4组河道清淤工程", "小微工程", 15.5, "竞争性谈判", "苏州市吴中区金庭水利工程有限公司", 149800.0, "2024年2月27日", "2024.3.10", "2024.4.10", "comma"),
    ("枫南村口景观提升工程", "村级工程", 36.0, "比选", "苏州绿洲园林景观工程有限公司", 351600.0, "2024年3月15日", "2024.4.1", "2024.6.10", "wan"),
    ("公共厕所改造（2座）", "小微工程", 9.6, "直接发包", "吴中区越溪顾建兴维修队", 95000.0, "2024年3月15日", "2024.4.8", "2024.5.6", "num"),
    ("农贸市场消防改造", "小微工程", 19.8, "竞争性谈判", "苏州蓝盾消防工程有限公司", 193200.0, "2024年4月11日", "2024.5.6", "2024.6.20", "num"),
    ("枫南路沥青罩面工程", "一事一议", 58.0, None, None, None, "2024年4月11日", None, None, "flow"),
    ("村级物业用房外墙修缮", "小微工程", 7.8, "直接发包", "苏州吴中区东山建筑工程有限公司", 77600.0, "2024年5月8日", "2024.5.20", "2024.6.15", "num"),
    ("2组农桥维修加固", "小微工程", 13.5, "竞争性谈判", "苏州市鑫达市政工程有限公司", 131800.0, "2024年5月8日", "2024.6.3", "2024.7.15", "num"),
    ("村民健身广场提升", "村级工程", 28.0, "比选", "苏州绿洲园林景观工程有限公司", 272500.0, "2024年6月12日", "2024.7.1", "2024.8.30", "num"),
    ("枫南村电动自行车充电棚", "小微工程", 5.5, "直接发包", "苏州天眼智能科技有限公司", 54200.0, "2024年6月12日", "2024.6.25", "2024.7.8", "upper"),
    ("6组生产路拓宽", "一事一议", 22.0, "竞争性谈判", "苏州市吴中区金庭水利工程有限公司", 214600.0, "2024年7月9日", "2024.7.22", "2024.9.5", "num"),
    ("村部会议室音响设备采购", "小微工程", 3.8, "直接发包", "苏州吴中区宏运家电销售有限公司", 36900.0, "2024年8月2日", "2024.8.12", "2024.8.20", "num"),
]
UPPER = {118000.0: "壹拾壹万捌仟元整", 54200.0: "伍万肆仟贰佰元整"}

wb = openpyxl.Workbook()
wb.remove(wb.active)
for year, plist in (("2023年度", PROJ23), ("2024年度", PROJ24)):
    ws = wb.create_sheet(year)
    ws.merge_cells("A1:L1")
    ws["A1"] = "枫南村%s小额工程项目发包登记表" % year
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:L2")
    ws["A2"] = "填报单位：苏州市吴中区越溪街道枫南村股份经济合作社（盖章）　　　　　　单位：元（预算金额为万元）"
    top = ["序号", "项目名称", "项目类别", "预算金额（万元）", "发包情况", None, None, None, "村民代表会议决议日期", "开工日期", "竣工验收日期", "备注"]
    sub = [None, None, None, None, "发包方式", "比选/谈判日期", "中标（成交）单位", "中标价", None, None, None, None]
    for c, v in enumerate(top, 1):
        if v:
            ws.cell(3, c, v).font = Font(bold=True)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(4, c, v).font = Font(bold=True)
    ws.merge_cells("E3:H3")
    for col in "ABCDIJKL":
        ws.merge_cells("%s3:%s4" % (col, col))
    r = 5
    tb = ta = 0.0
    for i, (name, typ, budget, meth, win, price, dec, start, fin, style) in enumerate(plist, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        ws.cell(r, 3, typ)
        ws.cell(r, 4, budget)
        tb += budget
        if meth:
            ws.cell(r, 5, meth)
            d = dt.datetime.strptime(start, "%Y.%m.%d") - dt.timedelta(days=9)
            ws.cell(r, 6, d).number_format = "yyyy-mm-dd"
            ws.cell(r, 7, win)
            if style == "num":
                ws.cell(r, 8, price).number_format = "#,##0.00"
            elif style == "comma":
                ws.cell(r, 8, "{:,.0f}".format(price))
            elif style == "wan":
                ws.cell(r, 8, "%g万元" % (price / 10000))
            elif style == "upper":
                ws.cell(r, 8, UPPER[price])
            ta += price
        ws.cell(r, 9, dec)
        if start:
            ws.cell(r, 10, start)
            ws.cell(r, 11, fin)
        if style == "flow":
            ws.cell(r, 12, "2024.5.6比选流标，待重新发包")
            f = {"name": name, "budget": r2(budget * 10000), "contractor": None}
        else:
            f = {"name": name, "amount": price, "contractor": win}
        add(F4, year, r, "project", f, V4)
        r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 4, r2(tb))
    ws.cell(r, 8, r2(ta)).number_format = "#,##0.00"
    non(F4, year, r, "合计")
    r += 2
    ws.cell(r, 1, "制表人：周丽华")
    ws.cell(r, 5, "审核人：顾卫东")
    ws.cell(r, 9, "村务监督委员会主任：陆金宝")
    non(F4, year, r, "签名")
    r += 1
    ws.cell(r, 1, "注：5万元以下可直接发包，5-50万元须比选或竞争性谈判，50万元以上进入镇公共资源交易中心。")
    non(F4, year, r, "注")
    for col, wdt in zip("ABCDEFGHIJKL", [6, 30, 10, 10, 12, 12, 32, 14, 14, 12, 12, 24]):
        ws.column_dimensions[col].width = wdt
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# 5. 七星村 标准厂房/店面 租赁台账 (.xlsx, 平方米, 元/㎡·月, 年租金, 租期 in one cell)
# ---------------------------------------------------------------------------
F5 = "七星村物业租赁台账2024.xlsx"
V5 = "七星村"
FACT = [
    ("七星工业园1号", "A幢1-2层", "上海星宇精密机械有限公司", 2400, 22),
    ("七星工业园1号", "A幢3层", "上海欣达包装材料有限公司", 1200, 20),
    ("七星工业园1号", "B幢", "上海松江华茂电子有限公司", 3600, 21),
    ("七星工业园2号", "C幢1层", "上海锐丰汽车配件有限公司", 1800, 24),
    ("七星工业园2号", "C幢2-3层", "上海顺通物流有限公司", 3200, 18),
    ("七星工业园2号", "D幢", "上海嘉禾食品有限公司", 2650, 23),
    ("七星工业园3号", "E幢", "上海恒久塑胶制品有限公司", 4100, 19.5),
    ("七星工业园3号", "F幢1层", "上海绿源环保科技有限公司", 950, 25),
    ("七星工业园3号", "F幢2层", "上海乐家家具有限公司", 950, 22),
    ("七星工业园4号", "G幢", "上海中科智造有限公司", 5200, 20),
    ("七星工业园4号", "H幢1层", "上海佳美服饰有限公司", 1500, 21),
    ("七星工业园4号", "H幢2层", "上海佳美服饰有限公司", 1500, 19),
    ("七星工业园5号", "J幢", "上海东方印务有限公司", 2880, 22.5),
    ("七星工业园5号", "K幢", "上海闵星冷链仓储有限公司", 3300, 20),
    ("七星工业园5号", "配电房旁仓库", "上海泰和五金经营部", 420, 15),
    ("七星工业园6号", "L幢", "上海新桥建材有限公司", 2200, 21),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "标准厂房"
ws.merge_cells("A1:K1")
ws["A1"] = "上海市松江区新桥镇七星村股份经济合作社标准厂房租赁台账（2024年）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "统计截止：2024年6月30日"
ws["I2"] = "单位：元、平方米"
hdr = ["序号", "坐落", "幢号/部位", "承租单位", "租赁面积（㎡）", "租金单价（元/㎡·月）", "年租金（元）", "租赁期限", "出租方式", "联系人", "备注"]
for c, h in enumerate(hdr, 1):
    ws.cell(3, c, h).font = Font(bold=True)
r = 4
tot_area = tot_rent = 0
for i, (loc, unit, ten, area, price) in enumerate(FACT, 1):
    rent = r2(area * price * 12)
    sy = [2021, 2022, 2023, 2024][i % 4]
    sm = 1 + (i * 5) % 12
    start = dt.date(sy, sm, 1)
    yrs = [3, 5, 5, 3, 10][i % 5]
    end = dt.date(sy + yrs, sm, 1) - dt.timedelta(days=1)
    ws.cell(r, 1, i)
    ws.cell(r, 2, loc)
    ws.cell(r, 3, unit)
    ws.cell(r, 4, ten)
    ws.cell(r, 5, area)
    ws.cell(r, 6, price)
    if i in (3, 10):
        ws.cell(r, 7, "%g万" % (rent / 10000))
    else:
        ws.cell(r, 7, rent).number_format = "#,##0.00"
    sep = "—" if i % 2 else "-"
    ws.cell(r, 8, "%d.%d.%d%s%d.%d.%d" % (start.year, start.month, start.day, sep, end.year, end.month, end.day))
    ws.cell(r, 9, "产权交易平台公开招租" if area >= 1000 else "协议出租")
    ws.cell(r, 10, ["李志强", "王海燕", "张伟", "陈建新"][i % 4])
    if i == 12:
        ws.cell(r, 11, "与H幢1层同一承租人，2024年续租")
    tot_area += area
    tot_rent += rent
    add(F5, "标准厂房", r, "resource",
        {"counterparty": ten, "amount": rent, "area": r2(area / 666.67), "started_on": start.isoformat(), "ended_on": end.isoformat()}, V5)
    r += 1
ws.cell(r, 1, "合计")
ws.cell(r, 5, tot_area)
ws.cell(r, 7, r2(tot_rent))
non(F5, "标准厂房", r, "合计")
r += 2
ws.cell(r, 1, "制表：七星村报账员 费春燕")
ws.cell(r, 6, "审核：七星村股份经济合作社理事长 徐建平")
non(F5, "标准厂房", r, "签名")

SHOP = [
    ("七星路88号", "沿街店面", "朱美娟（七星便利店）", 85.5, 6840, "2023年1月1日", "2025年12月31日"),
    ("七星路90号", "沿街店面", "上海七星药房有限公司", 120, 10800, "2022年7月1日", "2027年6月30日"),
    ("七星路92-94号", "沿街店面", "徐小平（小平面馆）", 160, 12480, "2024年3月1日", "2027年2月28日"),
    ("七星路96号", "沿街店面", "中国邮政储蓄银行上海松江区新桥支行", 210, 21000, "2020年10月1日", "2025年9月30日"),
    ("七星路102号", "沿街店面", "陆建强", 65, 4680, "2023年5月1日", "2026年4月30日"),
    ("村委会西侧", "仓库", "上海新桥镇七星农机专业合作社", 600, 19800, "2024年1月1日", "2024年12月31日"),
    ("老村部", "办公用房", "上海松江区新桥镇七星幼儿园", 880, 0.0, "2021年9月1日", "2026年8月31日"),
    ("七星路106号", "沿街店面", "杨丽萍（丽萍美发）", 48, 3456, "2024年6月1日", "2026年5月31日"),
    ("七星菜场", "摊位10个", "上海松江区新桥镇七星农贸市场经营管理有限公司", 420, 50400, "2022年1月1日", "2031年12月31日"),
    ("七星路110号", "沿街店面", "顾伟", 95, 7980, "2023年9月1日", "2026年8月31日"),
]
ws = wb.create_sheet("店面及仓库")
ws.merge_cells("A1:J1")
ws["A1"] = "七星村集体物业（店面、仓库）出租情况表"
ws["A1"].font = Font(bold=True, size=14)
hdr = ["序号", "物业坐落", "用途", "承租人", "面积（平方米）", "月租金（元）", "年租金（元）", "起租日期", "到期日期", "备注"]
for c, h in enumerate(hdr, 1):
    ws.cell(2, c, h).font = Font(bold=True)
r = 3
for i, (loc, use, ten, area, year_rent, s, e) in enumerate(SHOP, 1):
    ws.cell(r, 1, i)
    ws.cell(r, 2, loc)
    ws.cell(r, 3, use)
    ws.cell(r, 4, ten)
    ws.cell(r, 5, area)
    ws.cell(r, 6, r2(year_rent / 12))
    ws.cell(r, 7, year_rent)
    sd = dt.datetime.strptime(s, "%Y年%m月%d日")
    ed = dt.datetime.strptime(e, "%Y年%m月%d日")
    if i % 3 == 0:
        ws.cell(r, 8, sd).number_format = "yyyy年m月d日"
        ws.cell(r, 9, ed).number_format = "yyyy年m月d日"
    else:
        ws.cell(r, 8, s)
        ws.cell(r, 9, e)
    if year_rent == 0:
        ws.cell(r, 10, "无偿提供村办幼儿园使用（村民代表会议2021.8.16决议）")
    add(F5, "店面及仓库", r, "resource",
        {"counterparty": ten, "amount": year_rent, "area": r2(area / 666.67),
         "started_on": sd.date().isoformat(), "ended_on": ed.date().isoformat()}, V5)
    r += 1
ws.cell(r, 1, "小计")
ws.cell(r, 5, sum(x[3] for x in SHOP))
ws.cell(r, 7, sum(x[4] for x in SHOP))
non(F5, "店面及仓库", r, "小计")

ws = wb.create_sheet("统计")
ws["A1"] = "七星村集体物业出租统计（2024年6月）"
stats = [("类别", "处数", "面积（平方米）", "年租金（元）"),
         ("标准厂房", len(FACT), tot_area, r2(tot_rent)),
         ("沿街店面", 7, sum(x[3] for x in SHOP if x[1] == "沿街店面"), sum(x[4] for x in SHOP if x[1] == "沿街店面")),
         ("仓库及其他", 3, sum(x[3] for x in SHOP if x[1] != "沿街店面"), sum(x[4] for x in SHOP if x[1] != "沿街店面")),
         ("合计", len(FACT) + 10, tot_area + sum(x[3] for x in SHOP), r2(tot_rent + sum(x[4] for x in SHOP)))]
for j, s in enumerate(stats, 2):
    for c, v in enumerate(s, 1):
        ws.cell(j, c, v)
    if j > 2:
        non(F5, "统计", j, "统计表行（非记录）")
wb.save(os.path.join(FILES, F5))

# ---------------------------------------------------------------------------
# 6. 湖塘村 股份经济合作社 2023年度 分红发放清册 (.xlsx, group subtotals, date in title)
# ---------------------------------------------------------------------------
F6 = "湖塘村股份经济合作社2023年度股东分红发放清册.xlsx"
V6 = "湖塘村"
PER_SHARE = 1350.0
GROUPS = [
    ("第一组", [("沈阿大", 4, 3.5), ("沈建林", 3, 3), ("周金娣", 2, 2.5), ("沈国良", 5, 4), ("金美芳", 1, 1.5), ("陈志刚", 4, 3), ("沈小红", 3, 2), ("王水根", 2, 2)]),
    ("第二组", [("俞炳荣", 4, 4), ("俞建军", 3, 2.5), ("孙彩英", 2, 1.5), ("俞伟", 3, 3), ("何根法", 5, 4.5), ("俞美琴", 1, 1), ("陈月娥", 2, 2), ("何海平", 4, 3)]),
    ("第三组", [("钱关兴", 3, 3), ("钱永明", 4, 3.5), ("倪秀珍", 2, 2), ("钱卫东", 5, 4), ("倪建平", 3, 2.5), ("钱丽芬", 1, 1), ("许金龙", 4, 4), ("钱家豪", 2, 1)]),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "分红清册"
ws.merge_cells("A1:J1")
ws["A1"] = "湖塘村股份经济合作社2023年度股东分红发放清册"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:J2")
ws["A2"] = "每股分红：1,350元　　发放日期：2024年1月26日　　发放方式：代发至社员社保卡　　单位：元"
top = ["序号", "组别", "户主（股东代表）", "户内人数", "持有股数", None, None, "分红金额", "社保卡号（后四位）", "备注"]
sub = [None, None, None, None, "人口股", "农龄股", "合计", None, None, None]
for c, v in enumerate(top, 1):
    if v:
        ws.cell(3, c, v).font = Font(bold=True)
for c, v in enumerate(sub, 1):
    if v:
        ws.cell(4, c, v).font = Font(bold=True)
ws.merge_cells("E3:G3")
for col in "ABCDHIJ":
    ws.merge_cells("%s3:%s4" % (col, col))
r = 5
seq = 0
gt_sh = gt_amt = 0.0
for gname, people in GROUPS:
    g_sh = g_amt = 0.0
    first = r
    for name, persons, farm in people:
        seq += 1
        shares = persons + farm
        amt = r2(shares * PER_SHARE)
        ws.cell(r, 1, seq)
        ws.cell(r, 2, gname)
        ws.cell(r, 3, name)
        ws.cell(r, 4, persons)
        ws.cell(r, 5, persons)
        ws.cell(r, 6, farm)
        ws.cell(r, 7, shares)
        ws.cell(r, 8, amt).number_format = "#,##0.00"
        ws.cell(r, 9, "%04d" % ((seq * 7331) % 10000))
        if name == "沈国良":
            ws.cell(r, 10, "村股份经济合作社监事")
        g_sh += shares
        g_amt += amt
        add(F6, "分红清册", r, "payment",
            {"date": "2024-01-26", "amount": amt, "direction": "out", "counterparty": name}, V6)
        r += 1
    ws.merge_cells("B%d:B%d" % (first, r - 1))
    ws.cell(r, 1, gname + "小计")
    ws.cell(r, 7, g_sh)
    ws.cell(r, 8, r2(g_amt)).number_format = "#,##0.00"
    non(F6, "分红清册", r, "小计")
    r += 1
    gt_sh += g_sh
    gt_amt += g_amt
ws.cell(r, 1, "合计")
ws.cell(r, 7, gt_sh)
ws.cell(r, 8, r2(gt_amt)).number_format = "#,##0.00"
non(F6, "分红清册", r, "合计")
r += 1
ws.cell(r, 1, "合计金额（大写）：人民币肆万柒仟贰佰伍拾元整" if False else "经办人：沈丽娟　　　会计：周建英　　　理事长：沈建明　　　监事会：沈国良")
non(F6, "分红清册", r, "签名")
wb.save(os.path.join(FILES, F6))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print("rows", len(ROWS), "non_data", len(NON))
