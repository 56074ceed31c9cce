# Blind test set qa53: one workbook per year, a sheet per month (收支明细), 承包合同, 资产, 干部.
import csv, json, random
from pathlib import Path
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FILES.mkdir(exist_ok=True)
rng = random.Random(53)
TRUTH, NON = [], []


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        d["village"] = village
    TRUTH.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


# ---------------------------------------------------------------- payments
STATED = {"收到镇财政所拨付村级组织运转经费": "镇财政所", "收到区农业农村局产业扶持资金": "区农业农村局",
          "收镇财政拨付村干部报酬及办公经费": "镇财政", "收县林业局生态护林员补助": "县林业局",
          "收镇财政所转村级运转经费": "镇财政所"}
FULLCP = []


def make_payments(rng, n, people, companies, in_tpl, out_tpl):
    out = []
    for _ in range(n):
        if rng.random() < 0.3:
            tpl, cp_kind, lo, hi = rng.choice(in_tpl); d = "in"
        else:
            tpl, cp_kind, lo, hi = rng.choice(out_tpl); d = "out"
        if cp_kind == "p":
            cp = rng.choice(people)
        elif cp_kind == "c":
            cp = rng.choice(companies)
        elif cp_kind is None:
            cp = None
        else:
            cp = cp_kind
        full = cp
        summ = tpl.format(p=cp, c=cp)
        if cp and cp not in summ:
            cp = STATED.get(tpl)  # truth fix: the row names only what the 摘要 says
        amt = round(rng.randrange(lo, hi) * 10 + rng.choice([0, 0, 0.5, 0.8, 6]), 2)
        FULLCP.append(full)
        out.append((summ, d, amt, cp))
    return out


QS_PEOPLE = ["杨德全", "罗光明", "何永芬", "周大勇", "汪秀珍", "冉建华", "高树林", "付开平"]
QS_COMP = ["雅安市名山区蒙顶建材经营部", "名山区茅河镇兴旺五金店", "四川蒙山茶业有限公司", "雅安市宏顺路桥工程有限公司"]
QS_IN = [("收到镇财政所拨付村级组织运转经费", "茅河镇财政所", 800, 2000),
         ("收{p}交鱼塘承包费", "p", 100, 400),
         ("收{c}茶园流转租金", "四川蒙山茶业有限公司", 500, 1500),
         ("收到区农业农村局产业扶持资金", "名山区农业农村局", 1000, 3000)]
QS_OUT = [("支付{p}修机耕道工钱", "p", 50, 300),
          ("付{c}水泥款", "雅安市名山区蒙顶建材经营部", 100, 600),
          ("付{c}水管、接头款", "名山区茅河镇兴旺五金店", 20, 120),
          ("报销{p}到镇上开会差旅费", "p", 5, 30),
          ("支付村两委干部误工补贴", None, 200, 500),
          ("购买办公用品（墨盒、打印纸）", None, 10, 60),
          ("支付{p}茶园除草工资", "p", 40, 160),
          ("付{c}村道硬化工程进度款", "雅安市宏顺路桥工程有限公司", 1500, 4000)]


def month_rows(year, month, entries, datefmt, handlers, opening):
    """returns (rows, kinds) kinds: list of ('data', payment)/('non', what)/None"""
    rows, kinds = [], []
    days = sorted(rng.sample([d for d in range(1, 29) if d % 10 != 0], len(entries)))
    rows.append(["", "", "上年结转" if month == 1 else "上月结余", "", "", opening, ""]); kinds.append(("non", "上月结余"))
    bal = opening; tin = tout = 0.0
    for i, ((summ, d, amt, cp), day) in enumerate(zip(entries, days)):
        if d == "in":
            bal += amt; tin += amt
        else:
            bal -= amt; tout += amt
        bal = round(bal, 2)
        ds = datefmt(month, day)
        rows.append([ds, "记-%02d" % (i + 1), summ, amt if d == "in" else "", amt if d == "out" else "", bal, rng.choice(handlers)])
        kinds.append(("data", {"date": "%d-%02d-%02d" % (year, month, day), "amount": amt, "direction": d, "counterparty": cp}))
    rows.append(["", "", "本月合计", round(tin, 2), round(tout, 2), bal, ""]); kinds.append(("non", "本月合计"))
    return rows, kinds, bal, tin, tout


def write_rows_xlsx(ws, rows, start):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v != "" and v is not None:
                ws.cell(row=start + i, column=j + 1, value=v)


# ================================================================ FILE 1: 青山村 2023 .xlsx
F1 = "青山村2023年会计账簿.xlsx"; V1 = "青山村"
wb = openpyxl.Workbook(); wb.remove(wb.active)
HDR = ["日期", "凭证号", "摘要", "收入", "支出", "余额", "经手人"]
counts1 = {1: 6, 2: 0, 3: 5, 4: 6, 5: 5, 6: 4, 7: None, 8: 5, 9: 5, 10: 4, 11: 5, 12: 5}
bal = 38652.17; yin = yout = 0.0
for m in range(1, 13):
    sh = "%d月" % m
    ws = wb.create_sheet(sh)
    if counts1[m] is None:
        continue  # empty sheet, nothing written
    ws["A1"] = "青山村%d年%d月收支明细账" % (2023, m); ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "核算单位：雅安市名山区茅河镇青山村股份经济合作社"; ws["F2"] = "单位：元"
    for j, h in enumerate(HDR):
        ws.cell(row=3, column=j + 1, value=h)
    if counts1[m] == 0:
        ws["A4"] = "本月无收支"; ws.merge_cells("A4:G4")
        N(F1, sh, 4, "本月无收支")
        continue
    ents = make_payments(rng, counts1[m], QS_PEOPLE, QS_COMP, QS_IN, QS_OUT)
    # months 1-6: date typed as text "1.5"; months 8-12: typed as a number 8.15 (Excel stores a float)
    fmt = (lambda mo, d: "%d.%d" % (mo, d)) if m <= 6 else (lambda mo, d: float("%d.%d" % (mo, d)))
    rows, kinds, bal, tin, tout = month_rows(2023, m, ents, fmt, ["杨德全", "李春梅"], bal)
    yin += tin; yout += tout
    rows.append(["", "", "本年累计", round(yin, 2), round(yout, 2), bal, ""]); kinds.append(("non", "本年累计"))
    rows.append([""] * 7); kinds.append(None)
    rows.append(["制表人：李春梅", "", "", "审核人：杨德全", "", "", ""]); kinds.append(("non", "签名"))
    write_rows_xlsx(ws, rows, 4)
    for i, k in enumerate(kinds):
        r = 4 + i
        if k is None:
            continue
        if k[0] == "non":
            N(F1, sh, r, k[1])
        else:
            T(F1, sh, r, "payment", V1, **k[1])
    for c, w in zip("ABCDEFG", [8, 9, 34, 12, 12, 12, 9]):
        ws.column_dimensions[c].width = w

# 承包合同 (two-row header)
ws = wb.create_sheet("承包合同")
ws["A1"] = "青山村集体山林、茶园、鱼塘承包合同登记表"; ws.merge_cells("A1:K1")
ws["A2"] = "发包单位：青山村股份经济合作社"; ws["I2"] = "单位：亩、元"
top = ["合同编号", "发包方", "承包方", "承包项目", "面积（亩）", "承包年限", "起止时间", "承包费（元）", None, "签订日期", "备注"]
for j, h in enumerate(top):
    if h:
        ws.cell(row=3, column=j + 1, value=h)
ws.cell(row=4, column=8, value="总额"); ws.cell(row=4, column=9, value="每年")
for col in "ABCDEFGJK":
    ws.merge_cells("%s3:%s4" % (col, col))
ws.merge_cells("H3:I3")
QS_LEASE = [
    ("QS-2009-01", "杨德贵", "后山坡集体林地", 320, 30, (2009, 1, 1), 3.0, "2008年12月20日", ""),
    ("QS-2012-02", "四川蒙山茶业有限公司", "大湾茶园", 156.5, 15, (2012, 3, 1), 180.0, "2012年2月18日", "含茶园道路"),
    ("QS-2015-03", "罗光明", "堰塘湾鱼塘", 12.8, 10, (2015, 1, 1), 250.0, "2014.12.28", ""),
    ("QS-2016-04", "周大勇", "老鹰岩山林", 210, 50, (2016, 7, 1), 2.0, "2016.6.30", "一次性交清"),
    ("QS-2018-05", "雅安市名山区蒙顶山茶叶专业合作社", "二组茶园", 88, 10, (2018, 1, 1), 220.0, "2017-12-25", ""),
    ("QS-2019-06", "何永芬", "水井湾鱼塘", 6.5, 8, (2019, 4, 1), 300.0, "2019年3月26日", ""),
    ("QS-2020-07", "汪秀珍", "三组茶园", 42.3, 15, (2020, 1, 1), 200.0, "2019年12月30日", ""),
    ("QS-2021-08", "冉建华", "大林盘林地", 95, 20, (2021, 1, 1), 15.0, "2020年12月16日", ""),
    ("QS-2023-09", "付开平", "青杠坡鱼塘", 9.2, 5, (2023, 3, 1), 280.0, "2023年2月20日", "2023年新签"),
]
r = 5; tot_area = tot_all = tot_year = 0
for code, cp, name, area, yrs, (y, mo, d), per_mu, signed, note in QS_LEASE:
    yearly = round(area * per_mu, 2)
    total = round(yearly * yrs, 2)
    ey, em, ed = (y + yrs - 1, 12, 31) if mo == 1 else (y + yrs, mo - 1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 2])
    span = "%d.%d.%d-%d.%d.%d" % (y, mo, d, ey, em, ed)
    vals = [code, "青山村股份经济合作社", cp, name, area, "%d年" % yrs, span, total, yearly, signed, note]
    for j, v in enumerate(vals):
        if v != "":
            ws.cell(row=r, column=j + 1, value=v)
    T(F1, "承包合同", r, "resource", V1, name=name, counterparty=cp, amount=yearly, area=area,
      started_on="%d-%02d-%02d" % (y, mo, d), ended_on="%d-%02d-%02d" % (ey, em, ed))
    tot_area += area; tot_all += total; tot_year += yearly; r += 1
ws.cell(row=r, column=1, value="合计"); ws.cell(row=r, column=5, value=round(tot_area, 2))
ws.cell(row=r, column=8, value=round(tot_all, 2)); ws.cell(row=r, column=9, value=round(tot_year, 2))
N(F1, "承包合同", r, "合计"); r += 2
ws.cell(row=r, column=1, value="注：承包费按年于每年3月底前交村集体账户，周大勇老鹰岩山林承包费已于2016年一次性交清。"); N(F1, "承包合同", r, "注")

# 资产
ws = wb.create_sheet("资产")
ws["A1"] = "青山村集体固定资产登记表（截至2023年12月31日）"; ws.merge_cells("A1:J1")
ws["A2"] = "单位：元"
for j, h in enumerate(["资产编号", "资产名称", "类别", "规格/面积", "建成（购置）日期", "原值", "累计折旧", "净值", "存放地点", "使用状况"]):
    ws.cell(row=3, column=j + 1, value=h)
QS_ASSET_H = [
    ("FW-001", "村部办公楼", "房屋", "砖混三层 480㎡", "2011年10月", "2011-10-01", 586000.0, "村部", "在用"),
    ("FW-002", "村卫生室", "房屋", "砖混一层 90㎡", "2014年5月20日", "2014-05-20", 98500.0, "一组", "在用"),
    ("FW-003", "党群服务中心活动室", "房屋", "钢结构 160㎡", "2019.9.12", "2019-09-12", 236800.0, "村部", "在用"),
    ("FW-004", "原村小学校舍", "房屋", "砖木 320㎡", "1986年", "1986-01-01", 42000.0, "三组", "闲置"),
]
QS_ASSET_E = [
    ("SB-001", "联想台式电脑", "设备", "启天M4", "2020.3.8", "2020-03-08", 4980.0, "村部", "在用"),
    ("SB-002", "佳能复印机", "设备", "iR2206", "2021年6月15日", "2021-06-15", 12600.0, "村部", "在用"),
    ("SB-003", "村级广播系统", "设备", "含12个音柱", "2018.11.2", "2018-11-02", 35800.0, "全村", "在用"),
    ("SB-004", "茶叶杀青机", "设备", "6CST-80", "2016年4月", "2016-04-01", 28500.0, "茶叶加工点", "出租"),
    ("SB-005", "监控摄像头", "设备", "海康 16路", "2022年8月26日", "2022-08-26", 18760.0, "村道路口", "在用"),
]
r = 4
for grp, label in ((QS_ASSET_H, "房屋小计"), (QS_ASSET_E, "设备小计")):
    sub = 0
    for code, name, cat, spec, dtext, diso, val, loc, st in grp:
        years = 2023 - int(dtext[:4]); dep = round(min(val * 0.04 * years, val * 0.95), 2) if cat == "房屋" else round(min(val * 0.1 * years, val * 0.95), 2)
        for j, v in enumerate([code, name, cat, spec, dtext, val, dep, round(val - dep, 2), loc, st]):
            ws.cell(row=r, column=j + 1, value=v)
        T(F1, "资产", r, "asset", V1, name=name, amount=val, acquired_on=diso)
        sub += val; r += 1
    ws.cell(row=r, column=2, value=label); ws.cell(row=r, column=6, value=round(sub, 2)); N(F1, "资产", r, label); r += 1
ws.cell(row=r, column=2, value="合计"); ws.cell(row=r, column=6, value=round(sum(a[6] for a in QS_ASSET_H + QS_ASSET_E), 2)); N(F1, "资产", r, "合计"); r += 2
ws.cell(row=r, column=1, value="填表人：李春梅          村务监督委员会主任：汪秀珍"); N(F1, "资产", r, "签名")

# 干部
ws = wb.create_sheet("干部")
ws["A1"] = "青山村村支两委及村民小组长花名册"; ws.merge_cells("A1:G1")
for j, h in enumerate(["序号", "姓名", "性别", "职务", "出生年月", "文化程度", "联系电话"]):
    ws.cell(row=2, column=j + 1, value=h)
ws["A3"] = "一、村支两委"; N(F1, "干部", 3, "分组标题")
QS_CAD1 = [("杨德全", "男", "村党总支书记、村委会主任", "1972.05", "高中", "13890345612"),
           ("李春梅", "女", "村党总支副书记、村文书", "1985.11", "大专", "13547712098"),
           ("罗光明", "男", "村委会副主任", "1976.02", "初中", "15183523417"),
           ("何永芬", "女", "村委委员、妇联主席", "1981.08", "高中", "18990638825"),
           ("高树林", "男", "村党总支委员", "1969.12", "初中", "13308161276"),
           ("汪秀珍", "女", "村务监督委员会主任", "1974.03", "初中", "13982387041")]
QS_CAD2 = [("周大勇", "男", "一组组长", "1970.09", "初中", "13696021358"),
           ("冉建华", "男", "二组组长", "1978.04", "初中", "15082696447"),
           ("付开平", "男", "三组组长", "1966.07", "小学", "13350839902"),
           ("杨秀英", "女", "四组组长", "1980.01", "初中", "18728371025")]
r = 4; k = 1
for grp in (QS_CAD1, "二、村民小组长", QS_CAD2):
    if isinstance(grp, str):
        ws.cell(row=r, column=1, value=grp); N(F1, "干部", r, "分组标题"); r += 1; continue
    for name, sex, pos, born, edu, tel in grp:
        for j, v in enumerate([k, name, sex, pos, born, edu, tel]):
            ws.cell(row=r, column=j + 1, value=v)
        T(F1, "干部", r, "cadre", V1, name=name, position=pos); r += 1; k += 1
r += 1
ws.cell(row=r, column=1, value="青山村党总支（盖章）   2023年1月10日"); N(F1, "干部", r, "落款")

# a non-record sheet: 资产负债表 summary
ws = wb.create_sheet("年末资产负债表")
ws["A1"] = "青山村2023年12月31日资产负债简表"; ws["A2"] = "单位：元"
for j, h in enumerate(["资产", "年末数", "负债及所有者权益", "年末数"]):
    ws.cell(row=3, column=j + 1, value=h)
for i, row in enumerate([("货币资金", round(bal, 2), "应付款", 26500.0), ("应收款", 12000.0, "一事一议资金", 0.0),
                         ("固定资产", 1063940.0, "公积公益金", 1077140.0)]):
    for j, v in enumerate(row):
        ws.cell(row=4 + i, column=j + 1, value=v)
    N(F1, "年末资产负债表", 4 + i, "资产负债表行")
wb.save(FILES / F1)

# ================================================================ FILE 2: 岩寨村 2022 .xls (黔东南)
F2 = "岩寨村2022年收支账.xls"; V2 = "岩寨村"
YZ_PEOPLE = ["吴老三", "潘金花", "杨通胜", "龙再学", "石光清", "欧阳明", "姜秀兰"]
YZ_COMP = ["锦屏县三江镇鑫源建材店", "黔东南州恒通建筑工程有限公司", "锦屏县农村信用合作联社", "贵州黔杉林业开发有限公司"]
YZ_IN = [("收镇财政拨付村干部报酬及办公经费", "三江镇财政分局", 1000, 3000),
         ("收{c}杉木林承包费", "贵州黔杉林业开发有限公司", 800, 2000),
         ("收{p}交鱼塘承包款", "p", 60, 200),
         ("收县林业局生态护林员补助", "锦屏县林业局", 300, 900)]
YZ_OUT = [("付{p}修寨门工钱", "p", 50, 250),
          ("付{c}钢筋、水泥款", "锦屏县三江镇鑫源建材店", 150, 700),
          ("付{c}风雨桥维修工程款", "黔东南州恒通建筑工程有限公司", 1000, 3500),
          ("付{p}护林巡山补助", "p", 30, 90),
          ("付寨上消防池清淤费", None, 40, 120),
          ("报销{p}送材料到县里车费", "p", 5, 20)]
xb = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on; align: horiz center")
counts2 = {1: 5, 2: 0, 3: 5, 4: None, 5: 5, 6: 5, 7: 0, 8: 5, 9: 5, 10: None, 11: 5, 12: 4}
bal = 15230.5; yin = yout = 0.0
for m in range(1, 13):
    sh = "%d月" % m
    s = xb.add_sheet(sh)
    if counts2[m] is None:
        continue
    s.write_merge(0, 0, 0, 6, "岩寨村2022年%d月份现金收支明细" % m, bold)
    s.write(1, 0, "锦屏县三江镇岩寨村村民委员会"); s.write(1, 5, "金额单位：元")
    for j, h in enumerate(HDR):
        s.write(2, j, h)
    if counts2[m] == 0:
        s.write(3, 2, "本月无收支"); N(F2, sh, 4, "本月无收支"); continue
    ents = make_payments(rng, counts2[m], YZ_PEOPLE, YZ_COMP, YZ_IN, YZ_OUT)
    rows, kinds, bal, tin, tout = month_rows(2022, m, ents, lambda mo, d: "%d日" % d, ["杨通胜", "龙再学"], bal)
    yin += tin; yout += tout
    rows.append(["", "", "本年累计", round(yin, 2), round(yout, 2), bal, ""]); kinds.append(("non", "本年累计"))
    rows.append(["", "", "", "", "", "", ""]); kinds.append(None)
    rows.append(["报账员：龙再学", "", "", "村主任：杨通胜", "", "", ""]); kinds.append(("non", "签名"))
    for i, (row, kk) in enumerate(zip(rows, kinds)):
        for j, v in enumerate(row):
            if v != "":
                # some amounts typed as text with thousands separator
                if j in (3, 4) and isinstance(v, float) and v >= 10000 and kk and kk[0] == "data":
                    v = "{:,.2f}".format(v)
                s.write(3 + i, j, v)
        if kk is None:
            continue
        if kk[0] == "non":
            N(F2, sh, 4 + i, kk[1])
        else:
            T(F2, sh, 4 + i, "payment", V2, **kk[1])

s = xb.add_sheet("承包合同")
s.write_merge(0, 0, 0, 10, "岩寨村集体山林、鱼塘发包合同台账", bold)
s.write(1, 0, "单位：元")
for j, h in enumerate(["合同编号", "发包方", "承包方", "承包项目", "面积（亩）", "年限", "起止时间", "承包费", None, "签订日期", "备注"]):
    if h:
        if j in (7, 8):
            continue
        s.write_merge(2, 3, j, j, h)
s.write_merge(2, 2, 7, 8, "承包费（元）"); s.write(3, 7, "总额"); s.write(3, 8, "每年")
YZ_LEASE = [
    ("YZ-2006-01", "贵州黔杉林业开发有限公司", "岩寨后龙山杉木林", "860亩", 860, 30, (2006, 1, 1), (2035, 12, 31), 10.0, "2005年11月8日"),
    ("YZ-2010-02", "吴老三", "寨脚鱼塘", "7.5", 7.5, 10, (2010, 3, 1), (2020, 2, 28), 120.0, "2010.2.26"),
    ("YZ-2020-03", "吴老三", "寨脚鱼塘", "7.5", 7.5, 10, (2020, 3, 1), (2030, 2, 28), 150.0, "2020.2.20"),
    ("YZ-2014-04", "潘金花", "对门坡油茶林", "45", 45, 20, (2014, 1, 1), (2033, 12, 31), 40.0, "2013年12月22日"),
    ("YZ-2017-05", "锦屏县三江镇鑫源建材店", "河边沙石场用地", "3.2", 3.2, 5, (2017, 6, 1), (2022, 5, 31), 1500.0, "2017年5月26日"),
    ("YZ-2019-06", "石光清", "高坡杉木林", "120", 120, 25, (2019, 1, 1), (2043, 12, 31), 12.0, "2018年12月29日"),
    ("YZ-2021-07", "姜秀兰", "田坝稻田养鱼", "18.6", 18.6, 6, (2021, 4, 1), (2027, 3, 31), 180.0, "2021.3.15"),
]
r = 4; ta = tt = ty = 0
for code, cp, name, atext, area, yrs, (y, mo, d), (ey, em, ed), per, signed in YZ_LEASE:
    yearly = round(area * per, 2); total = round(yearly * yrs, 2)
    span = "%d年%d月%d日至%d年%d月%d日" % (y, mo, d, ey, em, ed)
    for j, v in enumerate([code, "岩寨村村民委员会", cp, name, atext, "%d年" % yrs, span, total, yearly, signed, ""]):
        if v != "":
            s.write(r, j, v)
    T(F2, "承包合同", r + 1, "resource", V2, name=name, counterparty=cp, amount=yearly, area=area,
      started_on="%d-%02d-%02d" % (y, mo, d), ended_on="%d-%02d-%02d" % (ey, em, ed))
    ta += area; tt += total; ty += yearly; r += 1
s.write(r, 0, "合计"); s.write(r, 4, round(ta, 2)); s.write(r, 7, round(tt, 2)); s.write(r, 8, round(ty, 2)); N(F2, "承包合同", r + 1, "合计")
r += 1
s.write(r, 0, "说明：YZ-2010-02合同已于2020年2月到期，原承包人续签为YZ-2020-03。"); N(F2, "承包合同", r + 1, "说明")

s = xb.add_sheet("资产")
s.write_merge(0, 0, 0, 7, "岩寨村集体资产清查登记表", bold)
for j, h in enumerate(["序号", "资产名称", "类别", "数量", "购建时间", "原值（万元）", "管理人", "备注"]):
    s.write(1, j, h)
YZ_ASSET = [("村委会办公楼", "房屋", "1栋", "2013年8月", "2013-08-01", 42.6, "杨通胜"),
            ("鼓楼", "房屋", "1座", "2008年", "2008-01-01", 18.5, "杨通胜"),
            ("风雨桥", "构筑物", "1座", "2016年11月18日", "2016-11-18", 36.8, "龙再学"),
            ("村卫生室", "房屋", "1栋", "2015.6.1", "2015-06-01", 12.35, "姜秀兰"),
            ("办公电脑及打印机", "设备", "3套", "2019年4月2日", "2019-04-02", 1.68, "龙再学"),
            ("消防水泵", "设备", "2台", "2020.10.15", "2020-10-15", 0.96, "石光清"),
            ("广播音响设备", "设备", "1套", "2017年3月8日", "2017-03-08", 2.2, "龙再学")]
r = 2
for i, (name, cat, qty, dt, diso, wan, keeper) in enumerate(YZ_ASSET):
    for j, v in enumerate([i + 1, name, cat, qty, dt, wan, keeper, ""]):
        if v != "":
            s.write(r, j, v)
    T(F2, "资产", r + 1, "asset", V2, name=name, amount=round(wan * 10000, 2), acquired_on=diso); r += 1
s.write(r, 1, "合计"); s.write(r, 5, round(sum(a[5] for a in YZ_ASSET), 2)); N(F2, "资产", r + 1, "合计")

s = xb.add_sheet("干部")
s.write_merge(0, 0, 0, 4, "岩寨村“两委”班子成员及村民小组长名单", bold)
for j, h in enumerate(["姓名", "民族", "职务", "任职时间", "联系电话"]):
    s.write(1, j, h)
YZ_CAD = [("杨通胜", "侗族", "村党支部书记、村委会主任", "2021.1"), ("龙再学", "苗族", "村委会副主任、报账员", "2021.1"),
          ("姜秀兰", "侗族", "村妇女主任", "2021.1"), ("欧阳明", "汉族", "村支部委员", "2021.1"),
          ("石光清", "侗族", "村监委会主任", "2021.1"), ("吴老三", "侗族", "上寨组组长", "2019.3"),
          ("潘金花", "苗族", "下寨组组长", "2019.3"), ("龙家发", "侗族", "岩脚组组长", "2019.3")]
for i, (name, nat, pos, since) in enumerate(YZ_CAD):
    for j, v in enumerate([name, nat, pos, since, "1388551%04d" % (2311 + i * 37)]):
        s.write(2 + i, j, v)
    T(F2, "干部", 3 + i, "cadre", V2, name=name, position=pos)
xb.save(str(FILES / F2))

# ================================================================ FILE 3: 马鞍村 2024 .xlsx (湘西), with 对方单位 column, dates "1月8日"
F3 = "马鞍村2024年收支明细账.xlsx"; V3 = "马鞍村"
MA_PEOPLE = ["彭大友", "向明芝", "田老四", "龙金凤", "符家顺", "麻秋生"]
MA_COMP = ["花垣县边城建材商行", "湘西州金穗农业开发有限公司", "花垣县鸿达水电安装有限公司"]
MA_IN = [("收猕猴桃基地土地流转费", "湘西州金穗农业开发有限公司", 800, 2000),
         ("收镇财政所转村级运转经费", "双龙镇财政所", 800, 1600),
         ("收{p}交荒山承包款", "p", 50, 150)]
MA_OUT = [("付人饮工程管材款", "花垣县鸿达水电安装有限公司", 300, 900),
          ("付{p}清理水沟工钱", "p", 30, 120),
          ("付砂石水泥款", "花垣县边城建材商行", 100, 500),
          ("付村部电费", "国网花垣县供电公司", 10, 40)]
wb = openpyxl.Workbook(); wb.remove(wb.active)
H3 = ["日期", "凭证号", "摘要", "对方单位", "收入", "支出", "余额", "经手人"]
bal = 9821.4; yin = yout = 0.0
for m, n in ((1, 6), (2, 0), (3, 6), (4, 5)):
    sh = "%d月" % m
    ws = wb.create_sheet(sh)
    ws["A1"] = "花垣县双龙镇马鞍村%d年%d月收支明细" % (2024, m); ws.merge_cells("A1:H1")
    ws["G2"] = "单位：元"
    for j, h in enumerate(H3):
        ws.cell(row=3, column=j + 1, value=h)
    if n == 0:
        ws["C4"] = "本月无收支"; N(F3, sh, 4, "本月无收支"); continue
    ents = make_payments(rng, n, MA_PEOPLE, MA_COMP, MA_IN, MA_OUT)
    ents = [(a, b, c, f) for (a, b, c, _), f in zip(ents, FULLCP[-n:])]
    rows, kinds, bal, tin, tout = month_rows(2024, m, ents, lambda mo, d: "%d月%d日" % (mo, d), ["向明芝"], bal)
    yin += tin; yout += tout
    rows.append(["", "", "本年累计", round(yin, 2), round(yout, 2), bal, ""]); kinds.append(("non", "本年累计"))
    for i, (row, kk) in enumerate(zip(rows, kinds)):
        cp = kk[1]["counterparty"] if kk and kk[0] == "data" else ""
        row2 = row[:3] + [cp or ""] + row[3:]
        for j, v in enumerate(row2):
            if v != "" and v is not None:
                ws.cell(row=4 + i, column=j + 1, value=v)
        if kk[0] == "non":
            N(F3, sh, 4 + i, kk[1])
        else:
            T(F3, sh, 4 + i, "payment", V3, **kk[1])
    ws.cell(row=4 + len(rows) + 1, column=1, value="会计：向明芝   出纳：龙金凤"); N(F3, sh, 4 + len(rows) + 1, "签名")
wb.save(FILES / F3)

# ================================================================ FILE 4: 马鞍村 2023年12月 csv (GBK), dates "12.5"
F4 = "马鞍村2023年12月收支明细.csv"; S4 = "马鞍村2023年12月收支明细"
lines = [["马鞍村2023年12月收支明细（单位：元）", "", "", "", "", "", ""], HDR]
ents = make_payments(rng, 8, MA_PEOPLE, MA_COMP, MA_IN, MA_OUT)
rows, kinds, bal, tin, tout = month_rows(2023, 12, ents, lambda mo, d: "%d.%d" % (mo, d), ["向明芝", "彭大友"], 7410.25)
rows.append(["", "", "本年累计", 86230.5, 79120.77, bal, ""]); kinds.append(("non", "本年累计"))
for i, (row, kk) in enumerate(zip(rows, kinds)):
    lines.append(["" if v is None else ("%.2f" % v if isinstance(v, float) else v) for v in row])
    ln = 3 + i
    if kk[0] == "non":
        N(F4, S4, ln, kk[1])
    else:
        T(F4, S4, ln, "payment", V3, **kk[1])
lines.append(["制表：向明芝", "", "", "", "", "", ""]); N(F4, S4, len(lines), "签名")
with open(FILES / F4, "w", encoding="gbk", newline="") as f:
    csv.writer(f).writerows(lines)

(HERE / "truth.json").write_text(json.dumps({"rows": TRUTH, "non_data": NON}, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(TRUTH), "data rows;", len(NON), "non-data")
