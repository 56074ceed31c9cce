#!/usr/bin/env python
"""Blind test set: form-per-sheet workbooks (one record per sheet) + one contract ledger table."""
import datetime as dt, json, os
import openpyxl
from openpyxl.styles import Alignment
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

ROWS, NON = [], []

def T(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)

def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})

DIG = "零壹贰叁肆伍陆柒捌玖"
def daxie(x):
    fen = int(round(x * 100))
    yuan, jiao, f = fen // 100, (fen // 10) % 10, fen % 10
    def four(n):
        units = ["", "拾", "佰", "仟"]
        s, zero = "", False
        digs = [int(c) for c in str(n).zfill(4)]
        for i, dgt in enumerate(digs):
            u = units[3 - i]
            if dgt == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                s += DIG[dgt] + u
                zero = False
        return s
    wan, rest = yuan // 10000, yuan % 10000
    s = ""
    if wan:
        s += four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    s += "元"
    if jiao == 0 and f == 0:
        s += "整"
    else:
        if jiao:
            s += DIG[jiao] + "角"
        elif s:
            s += "零"
        if f:
            s += DIG[f] + "分"
    return s

def iso(d):
    return d.isoformat()

# ---------------------------------------------------------------- 1. contract forms (xlsx)
V1 = "李家庄村"
F1 = "李家庄村2023年村级工程合同签订审批表.xlsx"
contracts1 = [
 # code suffix, title, party, amount, date, method, layout
 ("001", "村东主干道水泥路面硬化工程施工合同", "山东鲁润建设工程有限公司", 286400.00, dt.date(2023, 3, 6), "公开招标", "A"),
 ("002", "村委会办公楼屋面防水维修合同", "聊城市东昌府区宏安防水工程队", 38500.00, dt.date(2023, 3, 18), "村民代表会议议定", "A"),
 ("003", "文化广场太阳能路灯采购安装合同", "山东光明新能源科技有限公司", 49800.00, dt.date(2023, 4, 2), "询价采购", "B"),
 ("004", "南渠清淤及护坡整修工程合同", "莘县永顺水利工程有限公司", 96750.00, dt.date(2023, 4, 15), "竞争性谈判", "A"),
 ("005", "村内排水管网改造工程施工合同", "山东鲁润建设工程有限公司", 198000.00, dt.date(2023, 4, 28), "公开招标", "A"),
 ("006", "幸福院厨房设备采购合同", "聊城市恒泰厨具有限公司", 18650.00, dt.date(2023, 5, 9), "询价采购", "B"),
 ("007", "村西生产路砂石铺设工程合同", "莘县李家庄村建筑队（负责人李国强）", 49600.00, dt.date(2023, 5, 20), "村民代表会议议定", "A"),
 ("008", "村西生产路砂石铺设（二期）工程合同", "莘县李家庄村建筑队（负责人李国强）", 49300.00, dt.date(2023, 6, 3), "村民代表会议议定", "A"),
 ("009", "党群服务中心外墙保温及粉刷工程合同", "聊城市金鼎装饰工程有限公司", 127300.00, dt.date(2023, 6, 16), "竞争性谈判", "B"),
 ("010", "村小学围墙维修工程合同", "莘县永顺水利工程有限公司", 26880.00, dt.date(2023, 6, 28), "村民代表会议议定", "A"),
 ("011", "监控设备（雪亮工程）采购安装合同", "山东安视达电子科技有限公司", 73560.00, dt.date(2023, 7, 11), "询价采购", "A"),
 ("012", "坑塘综合整治工程施工合同", "山东鲁润建设工程有限公司", 315000.00, dt.date(2023, 7, 25), "公开招标", "B"),
 ("013", "村内绿化苗木采购及栽植合同", "莘县绿源苗木专业合作社", 42150.00, dt.date(2023, 8, 8), "询价采购", "A"),
 ("014", "卫生室改造装修工程合同", "聊城市金鼎装饰工程有限公司", 58900.00, dt.date(2023, 8, 22), "竞争性谈判", "A"),
 ("015", "农田机井配套及电力线路工程合同", "莘县鑫源电力安装有限公司", 164200.00, dt.date(2023, 9, 5), "公开招标", "B"),
 ("016", "垃圾中转点建设工程合同", "莘县李家庄村建筑队（负责人李国强）", 48800.00, dt.date(2023, 9, 19), "村民代表会议议定", "A"),
 ("017", "村史馆布展设计制作合同", "聊城市博雅文化传播有限公司", 67400.00, dt.date(2023, 10, 10), "竞争性谈判", "A"),
 ("018", "冬季清雪及道路养护服务合同", "莘县顺通道路养护有限公司", 15600.00, dt.date(2023, 10, 24), "询价采购", "B"),
 ("019", "北街边沟硬化工程合同", "山东鲁润建设工程有限公司", 88960.00, dt.date(2023, 11, 7), "竞争性谈判", "A"),
 ("020", "文化广场健身器材采购合同", "山东泰山体育器材有限公司", 31250.00, dt.date(2023, 11, 21), "询价采购", "A"),
]
DATEFMT = ["dt", "cn", "dot", "slash", "cn", "dot", "dt", "compact"]
def fmt_date(d, k):
    if k == "dt":
        return d
    if k == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if k == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if k == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if k == "compact":
        return d.strftime("%Y%m%d")
AMTFMT = ["num", "yen", "num", "wan", "num", "yen", "textnum"]
def fmt_amt(a, k):
    if k == "num":
        return a
    if k == "yen":
        return f"¥{a:,.2f}"
    if k == "wan":
        return f"{a/10000:g}万元"
    if k == "textnum":
        return f"{a:.2f}元"

wb = openpyxl.Workbook()
wb.remove(wb.active)
ws = wb.create_sheet("填表说明")
notes = ["填表说明：", "1. 本表一式三份，村委会、村务监督委员会、镇农村经济经营管理站各存一份。",
         "2. 合同金额须同时填写大写和小写，二者不一致的以大写为准。",
         "3. 5万元（含）以上工程须经村民代表会议决议，并报镇审核后方可签订。"]
for i, t in enumerate(notes, 1):
    ws.cell(i, 1, t)
    N(F1, "填表说明", i, "填表说明 text")
for i, (suf, title, party, amt, d, meth, lay) in enumerate(contracts1):
    code = f"LJZ-HT-2023-{suf}"
    ws = wb.create_sheet(code)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 30
    ws["A1"] = "李家庄村村级工程合同签订审批表"
    ws.merge_cells("A1:D1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "填报单位：（盖章）李家庄村村民委员会"
    ws.merge_cells("A2:B2")
    ws["C2"] = "合同编号"
    ws["D2"] = code
    dval = fmt_date(d, DATEFMT[i % len(DATEFMT)])
    aval = fmt_amt(amt, AMTFMT[i % len(AMTFMT)])
    if lay == "A":
        ws["A3"] = "合同名称"; ws["B3"] = title; ws.merge_cells("B3:D3")
        ws["A4"] = "甲方（发包方）"; ws["B4"] = "李家庄村股份经济合作社"
        ws["C4"] = "乙方（承包方）"; ws["D4"] = party
        ws["A5"] = "合同金额（小写）"; ws["B5"] = aval
        ws["C5"] = "合同金额（大写）"; ws["D5"] = daxie(amt)
        ws["A6"] = "签订日期"; ws["B6"] = dval
        if isinstance(dval, dt.date):
            ws["B6"].number_format = "yyyy年m月d日"
        ws["C6"] = "采购方式"; ws["D6"] = meth
        ws["A7"] = "履约期限"; ws["B7"] = f"自{d.year}年{d.month}月{d.day}日起至{d.year}年12月31日止"; ws.merge_cells("B7:D7")
        ws["A8"] = "合同主要内容"; ws["B8"] = f"{title.replace('合同','')}，按图纸及工程量清单施工，质保期一年，留质保金5%。"; ws.merge_cells("B8:D8")
        r = 9
    else:
        ws["A3"] = "合同名称"; ws["B3"] = "乙方（承包方）"; ws["C3"] = "合同金额（元）"; ws["D3"] = "签订日期"
        ws["A4"] = title; ws["B4"] = party; ws["C4"] = aval; ws["D4"] = dval
        if isinstance(dval, dt.date):
            ws["D4"].number_format = "yyyy-mm-dd"
        ws["A5"] = "大写金额"; ws["B5"] = daxie(amt); ws.merge_cells("B5:D5")
        ws["A6"] = "采购方式"; ws["B6"] = meth
        ws["C6"] = "甲方"; ws["D6"] = "李家庄村股份经济合作社"
        ws["A7"] = "合同主要内容"; ws["B7"] = f"{title.replace('合同','')}。"; ws.merge_cells("B7:D7")
        r = 8
    sign_d = d - dt.timedelta(days=3)
    ws.cell(r, 1, "村“两委”意见"); ws.cell(r, 2, f"同意签订。   签字：李振华   {sign_d.year}年{sign_d.month}月{sign_d.day}日"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r+1, 1, "村务监督委员会意见"); ws.cell(r+1, 2, "程序合规，同意。   签字：王秀英"); ws.merge_cells(start_row=r+1, start_column=2, end_row=r+1, end_column=4)
    ws.cell(r+2, 1, "镇农经站审核意见"); ws.cell(r+2, 2, "经审核，同意。   （盖章）"); ws.merge_cells(start_row=r+2, start_column=2, end_row=r+2, end_column=4)
    ws.cell(r+4, 1, "经办人：李明"); ws.cell(r+4, 2, "会计：张丽"); ws.cell(r+4, 3, "填表日期：")
    ws.cell(r+4, 4, f"{sign_d.year}年{sign_d.month}月{sign_d.day}日")
    N(F1, code, r+4, "经办人/会计 signature line")
    # anchor = first row of the form's field grid (row 2 holds the 合同编号 field); layout B = the value row under its label row
    trow = 2 if lay == "A" else 4
    if lay == "B":
        for rr in range(5, r + 3):
            N(F1, code, rr, "form continuation line (大写金额/采购方式/内容/审批意见) of the contract at row 4")
    T(F1, code, trow, "contract", V1, {"counterparty": party, "amount": amt, "signed_on": iso(d)})
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- 2. contract ledger table (xlsx)
F2 = "李家庄村2023年合同管理台账.xlsx"
others = [
 ("LJZ-ZL-2023-01", "村北机动地承包合同", "发包", "李家庄村股份经济合作社", "李卫东", 12600.00, dt.date(2023, 1, 5)),
 ("LJZ-ZL-2023-02", "闲置小学校舍租赁合同", "租赁", "李家庄村股份经济合作社", "莘县华兴纸制品厂", 30000.00, dt.date(2023, 1, 12)),
 ("LJZ-FW-2023-01", "村级财务代理记账服务合同", "服务", "李家庄村股份经济合作社", "莘县诚信会计服务有限公司", 4800.00, dt.date(2023, 1, 20)),
 ("LJZ-FW-2023-02", "村内保洁服务合同", "服务", "李家庄村股份经济合作社", "莘县洁美环境卫生服务有限公司", 36000.00, dt.date(2023, 2, 1)),
 ("LJZ-CG-2023-01", "办公电脑及打印机采购合同", "采购", "李家庄村村民委员会", "聊城市华信电脑经营部", 12380.00, dt.date(2023, 2, 14)),
 ("LJZ-ZL-2023-03", "坑塘养殖水面承包合同", "发包", "李家庄村股份经济合作社", "李建军", 8500.00, dt.date(2023, 2, 25)),
 ("LJZ-FW-2023-03", "法律顾问服务合同", "服务", "李家庄村村民委员会", "山东聊城正大律师事务所", 6000.00, dt.date(2023, 3, 1)),
 ("LJZ-CG-2023-02", "防汛物资采购合同", "采购", "李家庄村村民委员会", "莘县利民五金建材商店", 7460.00, dt.date(2023, 5, 30)),
 ("LJZ-FW-2023-04", "高标准农田测绘服务合同", "服务", "李家庄村股份经济合作社", "聊城市天正测绘有限公司", 21500.00, dt.date(2023, 6, 8)),
 ("LJZ-ZL-2023-04", "村东果园承包合同", "发包", "李家庄村股份经济合作社", "张庆山", 15800.00, dt.date(2023, 7, 1)),
 ("LJZ-CG-2023-03", "村两委办公桌椅采购合同", "采购", "李家庄村村民委员会", "聊城市美家家具城", 9650.00, dt.date(2023, 8, 15)),
 ("LJZ-FW-2023-05", "秸秆禁烧巡查服务合同", "服务", "李家庄村村民委员会", "莘县安泰保安服务有限公司", 11200.00, dt.date(2023, 9, 28)),
 ("LJZ-ZL-2023-05", "沿街门面房租赁合同", "租赁", "李家庄村股份经济合作社", "李海燕", 18000.00, dt.date(2023, 10, 16)),
 ("LJZ-CG-2023-04", "冬季取暖煤炭采购合同", "采购", "李家庄村村民委员会", "莘县宏运煤炭经销处", 8820.00, dt.date(2023, 11, 2)),
 ("LJZ-FW-2023-06", "年度账务审计服务合同", "服务", "李家庄村股份经济合作社", "聊城天衡会计师事务所有限公司", 5500.00, dt.date(2023, 12, 12)),
]
# 15 of the 20 forms appear in the ledger (not 004, 008, 013, 016, 019)
ledger = []
for (suf, title, party, amt, d, meth, lay) in contracts1:
    if suf in ("004", "008", "013", "016", "019"):
        continue
    ledger.append((f"LJZ-HT-2023-{suf}", title, "工程" if "采购" not in title else "采购", "李家庄村股份经济合作社", party, amt, d, meth))
for (code, title, cat, jia, party, amt, d) in others:
    ledger.append((code, title, cat, jia, party, amt, d, "村民代表会议议定" if cat in ("发包", "租赁") else "询价"))
ledger.sort(key=lambda x: x[6])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "合同台账"
ws["A1"] = "李家庄村2023年度合同管理台账"; ws.merge_cells("A1:L1")
ws["A2"] = "填报单位：李家庄村股份经济合作社"; ws["J2"] = "单位：元"
hdr1 = ["序号", "合同编号", "合同名称", "合同类别", "甲方", "乙方（对方单位）", "合同金额", "签订日期", "合同期限", None, "采购方式", "履行情况"]
hdr2 = [None, None, None, None, None, None, None, None, "起", "止", None, None]
for c, h in enumerate(hdr1, 1):
    if h: ws.cell(3, c, h)
for c, h in enumerate(hdr2, 1):
    if h: ws.cell(4, c, h)
for c in range(1, 13):
    if c not in (9, 10):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.merge_cells("I3:J3")
r = 5
seq = 0
for q in range(4):
    qrows = [x for x in ledger if (x[6].month - 1) // 3 == q]
    tot = 0.0
    for (code, title, cat, jia, party, amt, d, meth) in qrows:
        seq += 1
        ws.cell(r, 1, seq); ws.cell(r, 2, code); ws.cell(r, 3, title); ws.cell(r, 4, cat); ws.cell(r, 5, jia)
        ws.cell(r, 6, party); ws.cell(r, 7, amt); ws.cell(r, 7).number_format = "#,##0.00"
        ws.cell(r, 8, d); ws.cell(r, 8).number_format = "yyyy-mm-dd"
        if cat in ("发包", "租赁"):
            ws.cell(r, 9, f"{d.year}.{d.month}.{d.day}"); ws.cell(r, 10, f"{d.year+5}.{d.month}.{d.day}")
        else:
            ws.cell(r, 9, f"{d.year}.{d.month}.{d.day}"); ws.cell(r, 10, f"{d.year}.12.31")
        ws.cell(r, 11, meth); ws.cell(r, 12, "履行中" if d.month > 9 else "已履行")
        T(F2, "合同台账", r, "contract", V1, {"counterparty": party, "amount": amt, "signed_on": iso(d)})
        tot += amt
        r += 1
    ws.cell(r, 1, f"第{'一二三四'[q]}季度小计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 7, round(tot, 2))
    N(F2, "合同台账", r, "季度小计")
    r += 1
ws.cell(r, 1, "合计"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(r, 7, round(sum(x[5] for x in ledger), 2)); N(F2, "合同台账", r, "合计")
r += 2
ws.cell(r, 1, "备注：1.发包、租赁类合同金额为年承包金（年租金）；2.本台账与合同审批表编号一致。"); N(F2, "合同台账", r, "备注")
r += 1
ws.cell(r, 1, "制表人：张丽"); ws.cell(r, 6, "审核人：李振华"); ws.cell(r, 10, "2024年1月8日"); N(F2, "合同台账", r, "制表人/审核人")
wb.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------- 3. payment approval forms (xls, sheets 1..n)
V3 = "王家湾村"
F3 = "王家湾村2023年资金支出审批单.xls"
pays3 = [
 ("2023-01-09", "莘县洁美环境卫生服务有限公司", "2022年第四季度村内保洁费", 9000.00, "转账"),
 ("2023-01-16", "王德成", "春节慰问困难户物品采购垫付款", 3260.00, "现金"),
 ("2023-02-03", "国网莘县供电公司", "村委会及路灯1月电费", 1486.35, "转账"),
 ("2023-02-20", "莘县利民五金建材商店", "购买水管、阀门等维修材料", 2875.00, "转账"),
 ("2023-03-07", "王家湾村股份经济合作社成员王桂兰", "误工补贴（植树造林）", 600.00, "现金"),
 ("2023-03-15", "山东恒基建设工程有限公司", "村内道路硬化工程预付款", 80000.00, "转账"),
 ("2023-03-28", "莘县诚信会计服务有限公司", "2023年代理记账服务费", 4800.00, "转账"),
 ("2023-04-11", "聊城市华信电脑经营部", "购买打印机硒鼓、复印纸", 1240.00, "现金"),
 ("2023-04-25", "山东恒基建设工程有限公司", "村内道路硬化工程进度款", 120000.00, "转账"),
 ("2023-05-08", "王建设", "村干部外出学习差旅费报销", 1865.50, "现金"),
 ("2023-05-22", "莘县永顺水利工程有限公司", "灌溉渠道维修款", 45600.00, "转账"),
 ("2023-06-05", "莘县绿源苗木专业合作社", "绿化苗木款", 18500.00, "转账"),
 ("2023-06-19", "国网莘县供电公司", "5-6月电费", 2958.72, "转账"),
 ("2023-07-03", "聊城市金鼎装饰工程有限公司", "村委会会议室装修款", 36800.00, "转账"),
 ("2023-07-17", "王德成", "防汛值班人员误工补贴", 1500.00, "现金"),
 ("2023-08-01", "山东恒基建设工程有限公司", "村内道路硬化工程结算款", 62400.00, "转账"),
 ("2023-08-14", "莘县顺发运输有限公司", "垃圾清运费", 5400.00, "转账"),
 ("2023-08-28", "王秀芝", "村级公益岗位工资（7-8月）", 2400.00, "转账"),
 ("2023-09-11", "中国联通莘县分公司", "监控网络费", 1680.00, "转账"),
 ("2023-09-25", "莘县宏运煤炭经销处", "幸福院取暖煤预订款", 4950.00, "现金"),
 ("2023-10-09", "聊城天衡会计师事务所有限公司", "2022年度财务审计费", 5500.00, "转账"),
 ("2023-10-23", "山东恒基建设工程有限公司", "村东桥涵维修工程款", 49800.00, "转账"),
 ("2023-11-06", "王建设", "购买办公用品", 986.00, "现金"),
 ("2023-11-20", "莘县永顺水利工程有限公司", "机井维修款", 23750.00, "转账"),
 ("2023-12-04", "莘县洁美环境卫生服务有限公司", "2023年第四季度保洁费", 9000.00, "转账"),
 ("2023-12-18", "山东恒基建设工程有限公司", "村东桥涵维修工程质保金", 2490.00, "转账"),
 ("2023-02-10", "王秀芝", "村级公益岗位工资（1月）", 1200.00, "转账"),
 ("2023-04-03", "莘县张寨镇农机服务站", "春季机耕服务费", 7200.00, "转账"),
 ("2023-05-30", "王金山", "退还多收土地承包费", 850.00, "现金"),
 ("2023-06-27", "聊城市恒泰厨具有限公司", "幸福院厨具款", 15380.00, "转账"),
 ("2023-08-07", "莘县华强广告制作部", "政策宣传展板制作", 3260.00, "现金"),
 ("2023-09-04", "山东恒基建设工程有限公司", "村内道路硬化工程增项款", 19800.00, "转账"),
 ("2023-10-16", "王建设", "秸秆禁烧巡查人员补贴", 2400.00, "现金"),
 ("2023-12-26", "莘县利民五金建材商店", "冬季水管防冻材料", 1934.60, "转账"),
]
pays3.sort(key=lambda x: x[0])
def xdate(s, k):
    d = dt.date.fromisoformat(s)
    return fmt_date(d, k)
wbx = xlwt.Workbook(encoding="utf-8")
title_st = xlwt.easyxf("font: bold on, height 320; align: horiz center")
date_st = xlwt.easyxf(num_format_str="YYYY-MM-DD")
num_st = xlwt.easyxf(num_format_str="#,##0.00")
for i, (ds, payee, use, amt, meth) in enumerate(pays3, 1):
    sh = wbx.add_sheet(str(i))
    sh.col(0).width = 5000; sh.col(1).width = 9000; sh.col(2).width = 4000; sh.col(3).width = 6000
    sh.write_merge(0, 0, 0, 3, "王家湾村村级资金支出审批单", title_st)
    k = ["cn", "dt", "dot", "cn", "slash"][i % 5]
    dv = xdate(ds, k)
    if isinstance(dv, dt.date):
        sh.write(1, 0, "申请日期："); sh.write(1, 1, dv, date_st)
    else:
        sh.write(1, 0, "申请日期："); sh.write(1, 1, dv)
    sh.write(1, 2, "凭证号："); sh.write(1, 3, f"记-{i*3+2}")
    sh.write(2, 0, "收款单位（人）"); sh.write(2, 1, payee); sh.write(2, 2, "结算方式"); sh.write(2, 3, meth)
    sh.write(3, 0, "付款事由（用途）"); sh.write_merge(3, 3, 1, 3, use)
    if i % 6 == 0:
        # amount only in 万元 lower-case field
        sh.write(4, 0, "金额（大写）"); sh.write(4, 1, daxie(amt)); sh.write(4, 2, "小写（万元）"); sh.write(4, 3, round(amt / 10000, 6))
    elif i % 7 == 0:
        sh.write(4, 0, "金额（大写）"); sh.write(4, 1, daxie(amt)); sh.write(4, 2, "小写"); sh.write(4, 3, f"￥{amt:,.2f}")
    else:
        sh.write(4, 0, "金额（大写）"); sh.write(4, 1, daxie(amt)); sh.write(4, 2, "小写（元）"); sh.write(4, 3, amt, num_st)
    sh.write(5, 0, "附件张数"); sh.write(5, 1, f"{(i % 4) + 1}张"); sh.write(5, 2, "预算科目"); sh.write(5, 3, "管理费用" if amt < 10000 else "在建工程")
    sh.write(6, 0, "经办人意见"); sh.write_merge(6, 6, 1, 3, "情况属实，请审批。  王建设")
    sh.write(7, 0, "村务监督委员会意见"); sh.write_merge(7, 7, 1, 3, "已审核。  王金花")
    sh.write(8, 0, "村党支部书记审批"); sh.write_merge(8, 8, 1, 3, "同意支付。  王德明")
    if amt >= 20000:
        sh.write(9, 0, "镇农经站审核"); sh.write_merge(9, 9, 1, 3, "同意。 （章）")
    sh.write(11, 0, "出纳：王秀芝"); sh.write(11, 1, "会计：刘红梅"); sh.write(11, 2, "领款人签字：")
    N(F3, str(i), 12, "出纳/会计/领款人 signature line")
    T(F3, str(i), 2, "payment", V3, {"date": ds, "amount": amt, "direction": "out", "counterparty": payee})
wbx.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------- 4. 一事一议 申报表 (xlsx) + 汇总
V4 = "赵庄村"
F4 = "赵庄村2023年一事一议财政奖补项目申报表.xlsx"
projs = [
 ("赵庄村东西大街道路硬化工程", "村内道路", 356000.00, "山东齐鲁路桥工程有限公司", dt.date(2023, 2, 18), 200000.00),
 ("赵庄村南北巷道硬化工程", "村内道路", 218500.00, "莘县通达建筑工程有限公司", dt.date(2023, 2, 18), 120000.00),
 ("村内主街太阳能路灯安装项目", "村容美化亮化", 96000.00, None, dt.date(2023, 3, 2), 55000.00),
 ("赵庄村北排水沟渠整修工程", "村内小型水利设施", 145800.00, "莘县永顺水利工程有限公司", dt.date(2023, 3, 2), 80000.00),
 ("村中心广场及文化墙建设项目", "村容美化亮化", 178000.00, "聊城市博雅文化传播有限公司", dt.date(2023, 3, 20), 100000.00),
 ("村内公厕改造项目", "环卫设施", 64500.00, None, dt.date(2023, 3, 20), 35000.00),
 ("赵庄村西生产桥修建工程", "其他", 128600.00, "山东齐鲁路桥工程有限公司", dt.date(2023, 4, 6), 70000.00),
 ("村内坑塘护坡及围栏工程", "村内小型水利设施", 87300.00, "莘县通达建筑工程有限公司", dt.date(2023, 4, 6), 48000.00),
 ("垃圾收集点及果皮箱配置项目", "环卫设施", 42800.00, "莘县洁美环境卫生服务有限公司", dt.date(2023, 5, 11), 24000.00),
 ("村内绿化美化工程", "村容美化亮化", 75200.00, "莘县绿源苗木专业合作社", dt.date(2023, 5, 11), 40000.00),
 ("赵庄村小学门前道路拓宽工程", "村内道路", 163400.00, "莘县通达建筑工程有限公司", dt.date(2023, 6, 1), 90000.00),
 ("农田灌溉机井配套项目", "村内小型水利设施", 118900.00, "莘县鑫源电力安装有限公司", dt.date(2023, 6, 1), 65000.00),
]
wb = openpyxl.Workbook()
wb.remove(wb.active)
for i, (name, typ, budget, contractor, meet, jiangbu) in enumerate(projs, 1):
    sn = str(i)
    ws = wb.create_sheet(sn)
    for col, w in zip("ABCD", (20, 32, 20, 28)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "赵庄村2023年度村民一事一议财政奖补项目申报表"; ws.merge_cells("A1:D1")
    ws["A2"] = "申报单位：莘县张寨镇赵庄村（盖章）"; ws.merge_cells("A2:B2"); ws["C2"] = "申报日期："; ws["D2"] = f"2023年{meet.month}月"
    ws["A3"] = "项目名称"; ws["B3"] = name; ws["C3"] = "项目类别"; ws["D3"] = typ
    ws["A4"] = "建设地点"; ws["B4"] = "赵庄村"; ws["C4"] = "建设性质"; ws["D4"] = "新建" if i % 3 else "改扩建"
    ws["A5"] = "建设内容及规模"; ws["B5"] = f"{name.replace('赵庄村','')}，具体见设计方案。"; ws.merge_cells("B5:D5")
    ws["A6"] = "项目预算投资（元）"
    if i % 4 == 0:
        ws["B6"] = f"{budget/10000:g}万元"
    elif i % 4 == 1:
        ws["B6"] = budget; ws["B6"].number_format = "#,##0.00"
    elif i % 4 == 2:
        ws["B6"] = f"{budget:,.2f}"
    else:
        ws["B6"] = budget
    ws["C6"] = "大写"; ws["D6"] = daxie(budget)
    ws["A7"] = "资金来源"; ws["B7"] = "财政奖补资金"; ws["C7"] = jiangbu
    ws["B8"] = "村集体投入"; ws["C8"] = round(budget - jiangbu - 6000, 2)
    ws["B9"] = "村民筹资"; ws["C9"] = 6000.00
    ws.merge_cells("A7:A9")
    ws["A10"] = "村民代表会议日期"; ws["B10"] = meet; ws["B10"].number_format = "yyyy年m月d日"
    ws["C10"] = "应到/实到人数"; ws["D10"] = "35/31"
    ws["A11"] = "施工单位"; ws["B11"] = contractor if contractor else "待定（拟公开招标确定）"
    ws["C11"] = "计划工期"; ws["D11"] = f"{meet.month+1}月开工，{min(meet.month+4, 12)}月竣工"
    ws["A12"] = "村民委员会意见"; ws["B12"] = "经村民代表会议讨论通过，同意申报。  主任：赵宏伟"; ws.merge_cells("B12:D12")
    ws["A13"] = "镇人民政府意见"; ws["B13"] = "（盖章）"; ws.merge_cells("B13:D13")
    ws["A15"] = "填表人：赵丽娟"; ws["C15"] = "联系电话：135****6728"
    N(F4, sn, 15, "填表人 signature line")
    T(F4, sn, 2, "project", V4, {"name": name, "budget": budget, "contractor": contractor})
ws = wb.create_sheet("汇总")
ws["A1"] = "赵庄村2023年一事一议财政奖补项目汇总表"; ws.merge_cells("A1:H1")
ws["A2"] = "单位：万元"
hd = ["序号", "项目名称", "项目类别", "预算投资", "其中：财政奖补", "施工单位", "村民代表会议日期", "备注"]
for c, h in enumerate(hd, 1):
    ws.cell(3, c, h)
for i, (name, typ, budget, contractor, meet, jiangbu) in enumerate(projs, 1):
    r = 3 + i
    ws.cell(r, 1, i); ws.cell(r, 2, name); ws.cell(r, 3, typ); ws.cell(r, 4, round(budget / 10000, 2))
    ws.cell(r, 5, round(jiangbu / 10000, 2)); ws.cell(r, 6, contractor or "待定")
    ws.cell(r, 7, f"{meet.year}.{meet.month:02d}.{meet.day:02d}")
    T(F4, "汇总", r, "project", V4, {"name": name, "budget": round(round(budget / 10000, 2) * 10000, 2), "contractor": contractor})
r = 3 + len(projs) + 1
ws.cell(r, 1, "合计"); ws.cell(r, 4, round(sum(round(p[2] / 10000, 2) for p in projs), 2)); ws.cell(r, 5, round(sum(p[5] for p in projs) / 10000, 2))
N(F4, "汇总", r, "合计")
ws.cell(r + 2, 1, "制表人：赵丽娟"); ws.cell(r + 2, 4, "审核人：赵宏伟"); N(F4, "汇总", r + 2, "制表人/审核人")
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------- 5. 报账审批单 (xls, vertical label/value, sheets 第N号)
V5 = "东风村"
F5 = "东风村报账审批单（2023年下半年）.xls"
pays5 = [
 ("out", "2023-07-03", "莘县利民五金建材商店", "购买电线、灯泡等维修材料", 1365.00),
 ("out", "2023-07-10", "刘长海", "村内下水道疏通人工费", 800.00),
 ("in", "2023-07-14", "刘福贵", "交2023年度村北机动地承包费", 9600.00),
 ("out", "2023-07-21", "莘县通达建筑工程有限公司", "村委会大院地面硬化工程款", 47800.00),
 ("out", "2023-07-28", "国网莘县供电公司", "6-7月电费", 2136.80),
 ("out", "2023-08-04", "聊城市华信电脑经营部", "购买电脑一台", 4299.00),
 ("in", "2023-08-11", "莘县华兴纸制品厂", "交闲置厂房租金（2023.7-2024.6）", 24000.00),
 ("out", "2023-08-18", "刘建国", "党员活动日误餐补助", 720.00),
 ("out", "2023-08-25", "莘县顺发运输有限公司", "垃圾清运费（7-8月）", 3600.00),
 ("out", "2023-09-01", "莘县通达建筑工程有限公司", "村委会大院围墙工程款", 46500.00),
 ("out", "2023-09-08", "莘县绿源苗木专业合作社", "秋季补植苗木款", 6850.00),
 ("out", "2023-09-15", "中国移动莘县分公司", "村委会宽带费（全年）", 1200.00),
 ("in", "2023-09-22", "莘县张寨镇财政所", "拨付村级组织运转经费", 50000.00),
 ("out", "2023-09-29", "刘长海", "国庆节期间值班补贴", 500.00),
 ("out", "2023-10-13", "莘县永顺水利工程有限公司", "机井维修及配件款", 12800.00),
 ("out", "2023-10-20", "聊城市博雅文化传播有限公司", "宣传栏制作费", 8900.00),
 ("out", "2023-10-27", "莘县宏运煤炭经销处", "冬季取暖煤款", 7560.00),
 ("in", "2023-11-03", "刘玉兰", "交门面房租金", 12000.00),
 ("out", "2023-11-10", "莘县通达建筑工程有限公司", "村委会大院大门及门卫室工程款", 48900.00),
 ("out", "2023-11-17", "刘建国", "购买办公用品", 653.50),
 ("out", "2023-11-24", "莘县洁美环境卫生服务有限公司", "下半年保洁费", 18000.00),
 ("out", "2023-12-01", "聊城天衡会计师事务所有限公司", "离任审计费", 3000.00),
 ("out", "2023-12-08", "刘长海", "清雪人工费", 1200.00),
 ("out", "2023-12-15", "莘县安泰保安服务有限公司", "冬季森林防火巡查费", 5600.00),
 ("out", "2023-12-22", "莘县诚信会计服务有限公司", "2024年代理记账服务费", 4800.00),
 ("out", "2023-12-29", "国网莘县供电公司", "11-12月电费", 2687.45),
]
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("填写说明")
lines = ["报账审批单填写说明", "一、每笔支出单独填写一张审批单，附原始票据。", "二、500元以上支出须经村务监督委员会审核签字。",
         "三、收入款项填写“收入入账单”，当日交存银行。", "四、本簿共26张，按时间顺序排列。"]
for k, t in enumerate(lines):
    sh.write(k, 0, t)
    N(F5, "填写说明", k + 1, "填写说明 text")
for i, (dirn, ds, cp, use, amt) in enumerate(pays5, 1):
    sn = f"第{i}号"
    sh = wbx.add_sheet(sn)
    sh.col(0).width = 5200; sh.col(1).width = 11000
    d = dt.date.fromisoformat(ds)
    if dirn == "out":
        sh.write_merge(0, 0, 0, 1, "东风村报账审批单", title_st)
        sh.write(1, 1, "单位：元")
        sh.write(2, 0, "报账日期"); 
        k = ["cn", "dot", "slash", "cn", "compact", "dt"][i % 6]
        dv = fmt_date(d, k)
        if isinstance(dv, dt.date):
            sh.write(2, 1, dv, date_st)
        else:
            sh.write(2, 1, dv)
        sh.write(3, 0, "收款人（单位）"); sh.write(3, 1, cp)
        sh.write(4, 0, "报账事由"); sh.write(4, 1, use)
        sh.write(5, 0, "报账金额（小写）")
        if i % 5 == 0:
            sh.write(5, 1, f"{amt:,.2f}元")
        else:
            sh.write(5, 1, amt, num_st)
        sh.write(6, 0, "报账金额（大写）"); sh.write(6, 1, "人民币" + daxie(amt))
        sh.write(7, 0, "经手人"); sh.write(7, 1, "刘建国")
        sh.write(8, 0, "证明人"); sh.write(8, 1, "刘长河")
        sh.write(9, 0, "村务监督委员会审核"); sh.write(9, 1, "同意    刘秀梅")
        sh.write(10, 0, "村党支部书记审批"); sh.write(10, 1, "同意报销    刘志强")
        sh.write(12, 0, f"报账员：孙玉梅      {d.year}年{d.month}月{d.day}日")
        N(F5, sn, 13, "报账员 signature line")
    else:
        sh.write_merge(0, 0, 0, 1, "东风村集体收入入账单", title_st)
        sh.write(1, 1, "单位：元")
        sh.write(2, 0, "收款日期"); sh.write(2, 1, f"{d.year}年{d.month}月{d.day}日")
        sh.write(3, 0, "交款单位（人）"); sh.write(3, 1, cp)
        sh.write(4, 0, "收款事由"); sh.write(4, 1, use)
        sh.write(5, 0, "收款金额（小写）"); sh.write(5, 1, amt, num_st)
        sh.write(6, 0, "收款金额（大写）"); sh.write(6, 1, daxie(amt))
        sh.write(7, 0, "收款方式"); sh.write(7, 1, "银行转账")
        sh.write(9, 0, "收款人：孙玉梅"); sh.write(9, 1, "交款人签字：")
        N(F5, sn, 10, "收款人/交款人 signature line")
    T(F5, sn, 3, "payment", V5, {"date": ds, "amount": amt, "direction": dirn, "counterparty": cp})
wbx.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows", len(NON), "non_data")
