# -*- coding: utf-8 -*-
"""Blind test set qa65: 苏南/浙北 village works and decisions.
Writes files/ and truth.json beside this script. Deterministic."""
import csv, datetime as dt, json, os, random, shutil
import openpyxl, xlwt
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
R = random.Random(65)
rows, non_data = [], []


def T(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    rows.append(d)


def N(file, sheet, row, what):
    non_data.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat()


def cn_date(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def dot_date(d):
    return "%d.%d.%d" % (d.year, d.month, d.day)


# ---------------------------------------------------------------- file 1
# 结算审计汇总 (xlsx), grouped by village with 小计 rows, 合计, notes
F1 = "桃源镇2023年度村级工程结算审计汇总表.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "审计汇总"
ws.merge_cells("A1:K1")
ws["A1"] = "吴江区桃源镇2023年度村级工程结算审计汇总表"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "编制单位：桃源镇农村集体资产管理服务中心"
ws["I2"] = "单位：元"
top = ["序号", "村别", "工程名称", "施工单位", "合同价", "送审金额", "审定金额", "审减情况", None, "审计单位", "出具日期"]
for c, v in enumerate(top, 1):
    if v:
        ws.cell(3, c, v)
for c in (1, 2, 3, 4, 5, 6, 7, 10, 11):
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
ws.merge_cells("H3:I3")
ws.cell(4, 8, "审减金额")
ws.cell(4, 9, "审减率")
villages1 = {
    "铜罗村": ["铜罗村北港桥危桥改造工程", "铜罗村文化礼堂提升改造", "铜罗村农贸市场雨棚工程", "铜罗村污水管网修复工程", "铜罗村戚家埭道路拓宽", "铜罗村公厕改造"],
    "青云村": ["青云村河道生态护岸工程", "青云村老年活动中心装修", "青云村村道白改黑工程", "青云村路灯安装工程", "青云村圩区泵站维修"],
    "严墓村": ["严墓村美丽乡村示范点景观工程", "严墓村垃圾分类亭建设", "严墓村高标准农田机耕路", "严墓村村委会办公楼外立面出新", "严墓村停车场建设工程", "严墓村桥梁栏杆维修", "严墓村健身广场工程"],
    "戴家浜村": ["戴家浜村沿河步道工程", "戴家浜村厂房屋面翻修", "戴家浜村农桥新建工程", "戴家浜村雨污分流改造", "戴家浜村党群服务中心改造", "戴家浜村监控安装工程"],
    "广福村": ["广福村蚕桑园区道路工程", "广福村水系连通工程", "广福村便民服务点装修", "广福村池塘清淤", "广福村围墙及大门工程", "广福村老街立面改造"],
}
firms = ["吴江市震泽建筑安装工程有限公司", "苏州桃源建设工程有限公司", "苏州市吴江区恒达市政工程有限公司", "江苏东方园林建设有限公司",
         "苏州汾湖水利建设有限公司", "吴江鑫盛装饰工程有限公司", "浙江湖州南太湖建设有限公司", "苏州同里古建园林有限公司"]
auditors = ["苏州天正工程造价咨询有限公司", "江苏苏亚金诚工程管理咨询有限公司", "苏州华星工程造价事务所有限公司"]
r = 5
seq = 0
grand = [0, 0, 0, 0]
for vil, projs in villages1.items():
    sub = [0, 0, 0, 0]
    for p in projs:
        seq += 1
        contract = R.randrange(80, 1800) * 1000 + R.choice([0, 500, 280, 760])
        sent = round(contract * R.uniform(0.98, 1.12), 2)
        sent = round(sent, 0) + R.choice([0, 0.5, 0.36, 0.8])
        cut = round(sent * R.uniform(0.02, 0.12), 2)
        audited = round(sent - cut, 2)
        d = dt.date(2023, R.randint(2, 12), R.randint(1, 28))
        firm = R.choice(firms)
        aud = R.choice(auditors)
        ws.cell(r, 1, seq)
        ws.cell(r, 2, vil)
        ws.cell(r, 3, p)
        ws.cell(r, 4, firm)
        ws.cell(r, 5, contract)
        ws.cell(r, 6, sent)
        ws.cell(r, 7, audited)
        ws.cell(r, 8, cut)
        ws.cell(r, 9, "%.2f%%" % (cut / sent * 100))
        ws.cell(r, 10, aud)
        # mixed date forms: real dates, 年月日 text, dotted text
        if seq % 3 == 0:
            ws.cell(r, 11, cn_date(d))
        elif seq % 3 == 1:
            ws.cell(r, 11, d).number_format = "yyyy-mm-dd"
        else:
            ws.cell(r, 11, dot_date(d))
        for i, v in enumerate((contract, sent, audited, cut)):
            sub[i] += v
        T(F1, "审计汇总", r, "project", vil, {"name": p, "amount": audited, "contractor": firm})
        r += 1
    ws.cell(r, 2, vil + "小计")
    for i, v in enumerate(sub):
        ws.cell(r, 5 + i if i < 3 else 8, round(v, 2))
        grand[i] += v
    N(F1, "审计汇总", r, "小计")
    r += 1
ws.cell(r, 1, "合计")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
for i, v in enumerate(grand):
    ws.cell(r, 5 + i if i < 3 else 8, round(v, 2))
N(F1, "审计汇总", r, "合计")
r += 2
ws.cell(r, 1, "说明：1.审定金额为最终结算价，作为工程款支付依据；2.审减率=审减金额/送审金额。")
N(F1, "审计汇总", r, "说明")
r += 1
ws.cell(r, 1, "制表人：沈雪芳")
ws.cell(r, 6, "审核人：钱建国")
ws.cell(r, 10, "2024年1月15日")
N(F1, "审计汇总", r, "签名")
wb.save(os.path.join(OUT, F1))

# ---------------------------------------------------------------- file 2
# 工程合同台账 with 付款节点 (xls, 万元, three-row header, two sheets)
F2 = "震泽镇众安桥村工程合同台账.xls"
VIL2 = "众安桥村"
book = xlwt.Workbook(encoding="utf-8")
titles = ["合同名称", "乙方（施工单位）"]
work2 = [("村道硬化工程", "苏州震泽路桥工程有限公司"), ("河道驳岸修复", "苏州汾湖水利建设有限公司"),
         ("文化礼堂装修", "吴江鑫盛装饰工程有限公司"), ("村部屋面防水", "吴江市震泽建筑安装工程有限公司"),
         ("桑园机耕路", "苏州震泽路桥工程有限公司"), ("农污提标改造", "苏州市吴江区恒达市政工程有限公司"),
         ("小游园景观", "苏州同里古建园林有限公司"), ("沿街路灯安装", "吴江华明电气安装有限公司"),
         ("垃圾收集房新建", "吴江市震泽建筑安装工程有限公司"), ("厂房消防改造", "苏州安泰消防工程有限公司"),
         ("桥梁加固工程", "苏州震泽路桥工程有限公司"), ("监控补点工程", "吴江华明电气安装有限公司"),
         ("停车场铺装", "苏州震泽路桥工程有限公司"), ("老年食堂装修", "吴江鑫盛装饰工程有限公司"),
         ("排涝站设备更新", "苏州汾湖水利建设有限公司"), ("健身步道", "苏州同里古建园林有限公司"),
         ("围墙修缮", "吴江市震泽建筑安装工程有限公司"), ("生产河清淤", "苏州汾湖水利建设有限公司"),
         ("党建广场改造", "苏州同里古建园林有限公司"), ("农桥栏杆更换", "苏州震泽路桥工程有限公司"),
         ("村部空调采购安装", "吴江华明电气安装有限公司"), ("仓库翻建", "吴江市震泽建筑安装工程有限公司"),
         ("灌溉渠道维修", "苏州汾湖水利建设有限公司"), ("宣传栏制作安装", "苏州金艺广告有限公司"),
         ("公厕提升改造", "吴江鑫盛装饰工程有限公司")]
hstyle = xlwt.easyxf("font: bold on; align: horiz center, vert center; borders: left thin, right thin, top thin, bottom thin")


def contract_sheet(name, year, items, start_no):
    sh = book.add_sheet(name)
    sh.write_merge(0, 0, 0, 16, "众安桥村%d年工程合同及付款台账" % year,
                   xlwt.easyxf("font: bold on, height 320; align: horiz center"))
    sh.write(1, 0, "填报单位：震泽镇众安桥村股份经济合作社")
    sh.write(1, 14, "单位：万元")
    for c, v in enumerate(["序号", "合同编号", "合同名称", "乙方（施工单位）", "合同金额", "签订日期"]):
        sh.write_merge(2, 4, c, c, v, hstyle)
    sh.write_merge(2, 2, 6, 13, "付款节点", hstyle)
    for i, v in enumerate(["预付款", "进度款", "结算款", "质保金"]):
        sh.write_merge(3, 3, 6 + 2 * i, 7 + 2 * i, v, hstyle)
        sh.write(4, 6 + 2 * i, "金额", hstyle)
        sh.write(4, 7 + 2 * i, "支付日期", hstyle)
    sh.write_merge(2, 4, 14, 14, "累计已付", hstyle)
    sh.write_merge(2, 4, 15, 15, "未付金额", hstyle)
    sh.write_merge(2, 4, 16, 16, "备注", hstyle)
    r = 5
    tot = 0
    for k, (t, firm) in enumerate(items):
        wan = R.randrange(300, 4800) / 100.0  # 3.00 .. 48.00 万元
        signed = dt.date(year, R.randint(1, 10), R.randint(1, 28))
        code = "ZAQ-%d-%03d" % (year, start_no + k)
        sh.write(r, 0, k + 1)
        sh.write(r, 1, code)
        sh.write(r, 2, "众安桥村" + t + "施工合同" if k % 4 else t + "合同")
        sh.write(r, 3, firm)
        sh.write(r, 4, wan)
        # signed dates: dotted text, 年月日 text, or 8-digit
        if k % 3 == 0:
            sh.write(r, 5, dot_date(signed))
        elif k % 3 == 1:
            sh.write(r, 5, cn_date(signed))
        else:
            sh.write(r, 5, signed.strftime("%Y%m%d"))
        paid = 0
        pay = [round(wan * 0.3, 2), round(wan * 0.4, 2), round(wan * 0.27, 2), round(wan * 0.03, 2)]
        stage = k % 5  # how far payments went
        d = signed
        for i in range(4):
            if i <= stage and i < 4 and not (stage == 4 and False):
                if i > stage:
                    break
                d = d + dt.timedelta(days=R.randint(10, 90))
                sh.write(r, 6 + 2 * i, pay[i])
                sh.write(r, 7 + 2 * i, dot_date(d))
                paid += pay[i]
        sh.write(r, 14, round(paid, 2))
        sh.write(r, 15, round(wan - paid, 2))
        if stage == 0:
            sh.write(r, 16, "在建")
        elif stage >= 3:
            sh.write(r, 16, "已审计")
        tot += wan
        T(F2, name, r + 1, "contract", VIL2, {"counterparty": firm, "amount": round(wan * 10000, 2), "signed_on": iso(signed)})
        r += 1
    sh.write(r, 0, "合  计")
    sh.write(r, 4, round(tot, 2))
    N(F2, name, r + 1, "合计")
    r += 2
    sh.write(r, 0, "注：质保金一般为结算价的3%，保修期满无质量问题后支付。")
    N(F2, name, r + 1, "注")
    r += 1
    sh.write(r, 0, "报账员：陆美华")
    sh.write(r, 8, "村务监督委员会主任：吴国强")
    N(F2, name, r + 1, "签名")


contract_sheet("2023年", 2023, work2[:19], 1)
contract_sheet("2022年", 2022, work2[19:], 41)
book.save(os.path.join(OUT, F2))

# ---------------------------------------------------------------- file 3
# "三重一大" 事项决策记录 (csv, GBK). Each row is a works/purchase matter
# decided by the village: read as a project with a budget (no contractor yet).
F3 = "洛东村2023年三重一大事项决策记录.csv"
S3 = F3[:-4]
VIL3 = "洛东村"
items3 = [("洛东村南浜桥重建工程", 86.5, "公开招标"), ("村道白改黑（洛东至塘汇段）", 132.0, "公开招标"),
          ("文化家园提升改造", 28.6, "镇小额工程交易平台"), ("农村生活污水终端运维采购", 6.8, "询价"),
          ("村部会议室音响设备采购", 3.2, "询价"), ("高标准农田灌排渠道", 45.3, "镇小额工程交易平台"),
          ("洛东老街立面整治", 198.0, "公开招标"), ("垃圾分类收集点建设", 12.4, "竞争性比选"),
          ("河道轮疏（横港、斜港）", 38.9, "镇小额工程交易平台"), ("居家养老服务中心装修", 24.7, "竞争性比选"),
          ("村标准厂房屋面改造", 57.6, "镇小额工程交易平台"), ("安防监控补点", 9.8, "询价"),
          ("共富工坊场地改造", 35.0, "竞争性比选"), ("村级停车场建设", 41.2, "镇小额工程交易平台"),
          ("农桥护栏更换", 7.5, "询价"), ("党群服务中心外立面出新", 19.9, "竞争性比选"),
          ("路灯节能改造", 16.3, "竞争性比选"), ("村卫生室装修", 11.6, "竞争性比选"),
          ("粮食烘干中心土建", 76.4, "公开招标"), ("池塘清淤护坡", 22.8, "镇小额工程交易平台"),
          ("游步道铺设", 29.5, "竞争性比选"), ("村部消防设施改造", 8.6, "询价"),
          ("桑基鱼塘示范区围网", 14.2, "竞争性比选"), ("雨污分流二期", 109.8, "公开招标"),
          ("公厕提升改造（3座）", 18.0, "竞争性比选")]
lines = [["洛东村2023年度“三重一大”事项决策记录表"], ["序号", "会议日期", "会议形式", "决策事项", "涉及金额（万元）", "实施方式", "应到人数", "实到人数", "表决结果", "备注"]]
forms = ["党总支会议", "两委联席会议", "村民代表会议"]
for i, (name, wan, how) in enumerate(items3):
    d = dt.date(2023, 1 + i // 3, 3 + (i * 7) % 25)
    should = 35 if i % 3 == 2 else (5 if i % 3 == 0 else 9)
    came = should - (i % 3)
    yes = came - (i % 2)
    form = forms[i % 3]
    ds = "%d/%d/%d" % (d.year, d.month, d.day) if i % 2 else cn_date(d)
    res = "同意%d票，反对%d票，通过" % (yes, came - yes)
    lines.append([str(i + 1), ds, form, name, "%g" % wan, how, str(should), str(came), res, "四议两公开" if form == "村民代表会议" else ""])
    T(F3, S3, len(lines), "project", VIL3, {"name": name, "budget": round(wan * 10000, 2), "contractor": None})
lines.append([])
lines.append(["注：涉及金额为预算（概算）数，实施单位以招投标或比选结果为准。"])
N(F3, S3, len(lines), "注")
lines.append(["记录人：姚丽萍", "", "", "审核：村务监督委员会"])
N(F3, S3, len(lines), "签名")
with open(os.path.join(OUT, F3), "w", encoding="gbk", newline="") as f:
    csv.writer(f).writerows(lines)

# ---------------------------------------------------------------- file 4
# 银行存款日记账 from a bank-reconciliation template (xlsx): 年 over 月/日,
# 上年结转, 本月合计, 本年累计; second sheet 余额调节表 (not records).
F4 = "荻港村2023年银行存款日记账.xlsx"
VIL4 = "荻港村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "银行日记账"
ws.merge_cells("A1:I1")
ws["A1"] = "银 行 存 款 日 记 账"
ws["A2"] = "核算单位：和孚镇荻港村股份经济合作社"
ws["F2"] = "开户行：浙江南浔农村商业银行和孚支行  账号：201000123456789"
ws.merge_cells("A3:B3")
ws["A3"] = "2023年"
ws["A4"] = "月"
ws["B4"] = "日"
for c, v in ((3, "凭证号数"), (4, "摘要"), (5, "对方户名"), (6, "借方"), (7, "贷方"), (8, "借或贷"), (9, "余额")):
    ws.cell(3, c, v)
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
bal = 1286540.37
ws.cell(5, 4, "上年结转")
ws.cell(5, 8, "借")
ws.cell(5, 9, bal)
N(F4, "银行日记账", 5, "上年结转")
entries = {
    1: [("收到", "湖州荻港渔庄旅游开发有限公司", "in", "收到荻港渔庄2023年度房屋租金"), ("付", "湖州南浔和孚建设有限公司", "out", "付村道修复工程进度款"),
        ("付", "国网浙江省电力有限公司湖州供电公司", "out", "付村部电费"), ("收到", "和孚镇财政所", "in", "收到美丽乡村建设补助资金"),
        ("付", "沈建明", "out", "付保洁员12月工资"), ("付", "湖州绿源环境工程有限公司", "out", "付农污终端运维费"),
        ("付", None, "out", "付银行手续费"), ("收到", "杨玉林", "in", "收到鱼塘承包金"),
        ("付", "南浔区和孚镇荻港村股份经济合作社（基本户）", "out", "转基本户备用金"), ("付", "湖州鑫达文化用品商行", "out", "付办公用品款"),
        ("付", "章伟", "out", "报销村干部培训差旅费"), ("收到", "湖州和孚蚕桑专业合作社", "in", "收到桑园流转费")],
    2: [("付", "湖州南浔和孚建设有限公司", "out", "付村道修复工程结算款"), ("收到", "浙江荻港徐缘生态旅游有限公司", "in", "收到景区门票分成"),
        ("付", "湖州金盾保安服务有限公司", "out", "付巡逻保安服务费"), ("付", "中国移动湖州分公司", "out", "付监控网络费"),
        ("收到", None, "in", "收到结息"), ("付", "吴水根", "out", "付河道保洁费"),
        ("付", "湖州南浔千金建筑安装有限公司", "out", "付文化礼堂装修预付款"), ("收到", "和孚镇农业农村办公室", "in", "收到高标准农田奖补"),
        ("付", "湖州市南浔区和孚镇中心小学", "out", "捐资助学款"), ("付", "湖州鑫达文化用品商行", "out", "付宣传资料印刷费"),
        ("收到", "陈国平", "in", "收到厂房租金"), ("付", "湖州同创园林绿化有限公司", "out", "付绿化养护费"),
        ("付", "沈建明", "out", "付保洁员1月工资"), ("付", None, "out", "付网银年费")],
    3: [("收到", "湖州荻港渔庄旅游开发有限公司", "in", "收到荻港渔庄停车场承包金"), ("付", "湖州南浔千金建筑安装有限公司", "out", "付文化礼堂装修进度款"),
        ("付", "国网浙江省电力有限公司湖州供电公司", "out", "付路灯电费"), ("付", "湖州绿源环境工程有限公司", "out", "付垃圾清运费"),
        ("收到", "和孚镇财政所", "in", "收到村级组织运转经费"), ("付", "邱月英", "out", "付老年食堂食材款"),
        ("付", "湖州恒通测绘有限公司", "out", "付宅基地测绘费"), ("付", "湖州南浔和孚建设有限公司", "out", "付桥梁栏杆维修款"),
        ("收到", "湖州和孚水产养殖有限公司", "in", "收到水面租金"), ("付", "沈建明", "out", "付保洁员2月工资"),
        ("付", "湖州金盾保安服务有限公司", "out", "付一季度保安服务费"), ("收到", "杨玉林", "in", "收到鱼塘承包金（二期）"),
        ("付", "章伟", "out", "报销村务公开栏材料费"), ("付", None, "out", "付银行手续费"),
        ("付", "湖州同创园林绿化有限公司", "out", "付苗木款")],
}
r = 6
yin = yout = 0.0
vno = 0
for m in (1, 2, 3):
    min_ = mout = 0.0
    days = sorted(R.randint(2, 28) for _ in entries[m])
    for (verb, cp, dirn, summ), day in zip(entries[m], days):
        vno += 1
        if "手续费" in summ or "年费" in summ:
            amt = float(R.choice([15, 30, 50, 120, 300]))
        elif "结息" in summ:
            amt = 2146.58
        else:
            amt = R.randrange(800, 380000) + R.choice([0, 0.5, 0.35, 0.8, 0])
            amt = round(amt, 2)
        ws.cell(r, 1, m if day == days[0] or True else None)
        ws.cell(r, 2, day)
        ws.cell(r, 3, "银付%d" % vno if dirn == "out" else "银收%d" % vno)
        ws.cell(r, 4, summ)
        ws.cell(r, 5, cp)
        if dirn == "in":
            ws.cell(r, 6, amt)
            bal += amt
            min_ += amt
        else:
            ws.cell(r, 7, amt)
            bal -= amt
            mout += amt
        bal = round(bal, 2)
        ws.cell(r, 8, "借")
        ws.cell(r, 9, bal)
        T(F4, "银行日记账", r, "payment", VIL4, {"date": "2023-%02d-%02d" % (m, day), "amount": amt, "direction": dirn, "counterparty": cp})
        r += 1
    yin += min_
    yout += mout
    ws.cell(r, 4, "本月合计")
    ws.cell(r, 6, round(min_, 2))
    ws.cell(r, 7, round(mout, 2))
    ws.cell(r, 8, "借")
    ws.cell(r, 9, bal)
    N(F4, "银行日记账", r, "本月合计")
    r += 1
    ws.cell(r, 4, "本年累计")
    ws.cell(r, 6, round(yin, 2))
    ws.cell(r, 7, round(yout, 2))
    ws.cell(r, 8, "借")
    ws.cell(r, 9, bal)
    N(F4, "银行日记账", r, "本年累计")
    r += 1
ws.cell(r + 1, 1, "记账：费红英")
ws.cell(r + 1, 5, "审核：村报账员 周利民")
N(F4, "银行日记账", r + 1, "签名")
# reconciliation sheet
ws2 = wb.create_sheet("余额调节表")
ws2["A1"] = "银行存款余额调节表"
ws2["A2"] = "截至2023年3月31日"
ws2["D2"] = "单位：元"
rec = [("项目", "金额", "项目", "金额"),
       ("单位银行存款日记账余额", bal, "银行对账单余额", round(bal + 38600, 2)),
       ("加：银行已收、单位未收", 0, "加：单位已收、银行未收", 0),
       ("减：银行已付、单位未付", 0, "减：单位已付、银行未付", 38600),
       ("调节后余额", bal, "调节后余额", bal)]
for i, row in enumerate(rec):
    for c, v in enumerate(row, 1):
        ws2.cell(3 + i, c, v)
    if i:
        N(F4, "余额调节表", 3 + i, "余额调节表（非记录）")
ws2["A9"] = "未达账项说明：3月30日开出转账支票付湖州同创园林绿化有限公司苗木款38600元，银行尚未兑付。"
N(F4, "余额调节表", 9, "说明")
ws2["A10"] = "编制人：费红英"
N(F4, "余额调节表", 10, "签名")
wb.save(os.path.join(OUT, F4))

# ---------------------------------------------------------------- file 5
# 两委 + 村务监督委员会 list (xlsx), one sheet per village, section rows
F5 = "和孚镇村两委班子及村务监督委员会成员名单.xlsx"
wb = openpyxl.Workbook()
lists = {
    "荻港村": ([("章伟", "男", "1978.05", "中共党员", "党委书记、村委会主任、股份经济合作社董事长"), ("费红英", "女", "1985.11", "中共党员", "党委副书记"),
               ("周利民", "男", "1982.03", "中共党员", "村委会副主任"), ("吴丽娟", "女", "1990.07", "中共党员", "党委委员、妇联主席"),
               ("沈国华", "男", "1975.12", "群众", "村委会委员"), ("朱晓峰", "男", "1993.02", "中共党员", "党委委员、团支部书记"),
               ("姚金根", "男", "1969.08", "中共党员", "村委会委员、治保主任"), ("陆佳琪", "女", "1996.04", "共青团员", "村委会委员、报账员")],
              [("邱建新", "男", "1966.09", "中共党员", "村务监督委员会主任"), ("钱美芬", "女", "1980.01", "群众", "村务监督委员会委员"),
               ("杨阿毛", "男", "1963.06", "中共党员", "村务监督委员会委员")]),
    "民当村": ([("沈卫东", "男", "1976.10", "中共党员", "党总支书记、村委会主任"), ("徐建芳", "女", "1983.05", "中共党员", "党总支副书记、村委会副主任"),
               ("潘志强", "男", "1988.12", "中共党员", "党总支委员"), ("陈雅琴", "女", "1991.03", "中共党员", "村委会委员、妇联主席"),
               ("王国良", "男", "1972.07", "群众", "村委会委员"), ("顾海峰", "男", "1986.09", "中共党员", "党总支委员、村委会委员"),
               ("张月娥", "女", "1979.02", "中共党员", "村委会委员")],
              [("汤志明", "男", "1965.04", "中共党员", "村务监督委员会主任"), ("范红梅", "女", "1981.08", "群众", "村务监督委员会委员"),
               ("蒋国庆", "男", "1970.10", "中共党员", "村务监督委员会委员")]),
}
first = True
for vil, (liangwei, jianwei) in lists.items():
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = vil
    ws.merge_cells("A1:G1")
    ws["A1"] = "和孚镇%s“两委”班子及村务监督委员会成员名单" % vil
    ws["A2"] = "填报时间：2023年3月"
    hdr = ["序号", "姓名", "性别", "出生年月", "政治面貌", "职务", "联系电话"]
    for c, v in enumerate(hdr, 1):
        ws.cell(3, c, v)
    r = 4
    for sec, people in (("一、村“两委”班子成员", liangwei), ("二、村务监督委员会成员", jianwei)):
        ws.cell(r, 1, sec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        N(F5, vil, r, "分组标题")
        r += 1
        for i, (nm, sex, born, pol, pos) in enumerate(people, 1):
            phone = "1%d%09d" % (R.choice([35, 37, 38, 39, 57, 58, 59]), R.randrange(10 ** 8, 10 ** 9))
            for c, v in enumerate([i, nm, sex, born, pol, pos, phone], 1):
                ws.cell(r, c, v)
            T(F5, vil, r, "cadre", vil, {"name": nm, "position": pos})
            r += 1
    r += 1
    ws.cell(r, 1, "注：交叉任职情况已在职务栏注明；村务监督委员会成员不得由村“两委”成员及其近亲属担任。")
    N(F5, vil, r, "注")
wb.save(os.path.join(OUT, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": rows, "non_data": non_data}, f, ensure_ascii=False, indent=1)
print(len(rows), "data rows,", len(non_data), "non_data")
