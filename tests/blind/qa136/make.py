# -*- coding: utf-8 -*-
"""Blind test set qa136: books that cross years and periods. Deterministic."""
import os, json, random, datetime
import openpyxl, xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUTD = os.path.join(HERE, "files")
os.makedirs(OUTD, exist_ok=True)
R = random.Random(136)
ROWS, NON = [], []

def add(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)

def nd(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})

def money(lo, hi, step=1):
    v = R.randrange(int(lo * 100), int(hi * 100), int(step * 100)) / 100.0
    return round(v, 2)

PERSONS = ["张德明", "李秀兰", "王建国", "刘志强", "陈桂芳", "杨光荣", "赵永福", "黄海燕",
           "周文斌", "吴玉珍", "何廷贵", "罗淑华", "邓国平", "谢春梅", "蒋大勇", "唐明亮"]

# ---------------------------------------------------------------- file 1
# 四川 石桥村 现金日记账 2022—2023年度 (2022-07 .. 2023-06), 月/日 columns, month only on first row
def file1():
    fn = "石桥村2022-2023年度现金日记账.xlsx"
    vil = "石桥村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "现金日记账"
    ws["A1"] = "四川省三台县芦溪镇石桥村现金日记账"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "会计年度：2022—2023年度（2022年7月1日至2023年6月30日）"
    ws.merge_cells("A2:F2")
    ws["H2"] = "单位：元"
    ws["A3"] = "2022—2023年"
    ws.merge_cells("A3:B3")
    for col, t in zip("CDEFGHI", ["凭证号数", "摘要", "对方单位或个人", "借方（收入）", "贷方（支出）", "借或贷", "余额"]):
        ws[col + "3"] = t
        ws.merge_cells(col + "3:" + col + "4")
    ws["A4"] = "月"; ws["B4"] = "日"
    r = 5
    bal = 14260.50
    ws.append_row = None
    def put(vals):
        nonlocal r
        for i, v in enumerate(vals):
            if v is not None:
                ws.cell(row=r, column=i + 1, value=v)
        r += 1
    put([7, 1, None, "上年结转", None, None, None, "借", bal])
    nd(fn, "现金日记账", 5, "上年结转")
    ins = [("收{p}交来鱼塘承包费", "person"), ("收{p}交来场地占用费", "person"),
           ("收镇财政所拨付村干部报酬", "芦溪镇财政所"), ("收{p}交回多领误工补助", "person")]
    outs = [("付{p}修路误工补助", "person"), ("付{p}清理河道工资", "person"),
            ("购办公用品", "三台县芦溪镇兴隆文具店"), ("付村委会电费", "国网四川省电力公司三台县供电分公司"),
            ("付{p}看护林地报酬", "person"), ("付招待费", "芦溪镇巴蜀农家饭店"),
            ("付{p}搬运水泥工钱", "person"), ("购垃圾桶", "绵阳市涪城区洁美环卫设备经营部")]
    vno = 0
    cum_in = cum_out = 0.0
    for idx, m in enumerate([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]):
        year = 2022 if m >= 7 else 2023
        days = sorted(R.sample(range(2, 28), 3))
        m_in = m_out = 0.0
        for k, d in enumerate(days):
            vno += 1
            is_in = (k == 1 and idx % 2 == 0) or (k == 0 and idx % 3 == 1)
            if is_in:
                tpl, cp = ins[(idx + k) % len(ins)]
                amt = money(200, 3000, 10)
            else:
                tpl, cp = outs[(idx * 3 + k) % len(outs)]
                amt = money(60, 1800, 0.5)
            p = PERSONS[(idx * 3 + k) % len(PERSONS)]
            cpn = p if cp == "person" else cp
            summ = tpl.format(p=p)
            if is_in:
                bal += amt; m_in += amt
            else:
                bal -= amt; m_out += amt
            bal = round(bal, 2)
            put([m if k == 0 else None, d, "现付%d" % vno if not is_in else "现收%d" % vno, summ, cpn,
                 amt if is_in else None, None if is_in else amt, "借", bal])
            add(fn, "现金日记账", r - 1, "payment", vil,
                {"date": "%d-%02d-%02d" % (year, m, d), "amount": amt,
                 "direction": "in" if is_in else "out", "counterparty": cpn})
        cum_in += m_in; cum_out += m_out
        put([None, None, None, "本月合计", None, round(m_in, 2), round(m_out, 2), "借", bal])
        nd(fn, "现金日记账", r - 1, "本月合计")
        put([None, None, None, "本年累计", None, round(cum_in, 2), round(cum_out, 2), "借", bal])
        nd(fn, "现金日记账", r - 1, "本年累计")
    put([None, None, None, "结转下年", None, None, None, "借", bal])
    nd(fn, "现金日记账", r - 1, "结转下年")
    r += 1
    ws.cell(row=r, column=1, value="注：本村会计年度按上级要求自2022年7月起至2023年6月止，月份栏7—12月为2022年，1—6月为2023年。")
    nd(fn, "现金日记账", r, "注")
    r += 1
    ws.cell(row=r, column=1, value="出纳：李秀英")
    ws.cell(row=r, column=5, value="会计：王德全")
    ws.cell(row=r, column=8, value="审核：陈国华")
    nd(fn, "现金日记账", r, "签名")
    wb.save(os.path.join(OUTD, fn))

# ---------------------------------------------------------------- file 2
# 湖北 柳河村 银行存款日记账, one sheet per year, 上年结转 first, 2023 stops mid-August
def file2():
    fn = "柳河村银行存款日记账（2021-2023）.xls"
    vil = "柳河村"
    wb = xlwt.Workbook(encoding="utf-8")
    bal = 186450.32
    specs = {
        2021: [(1, 12), (1, 26), (3, 8), (3, 30), (4, 15), (6, 2), (6, 21), (8, 9), (9, 27), (11, 3), (12, 18)],
        2022: [(1, 7), (2, 24), (3, 16), (5, 5), (5, 19), (7, 1), (7, 28), (9, 9), (10, 20), (12, 6), (12, 29)],
        2023: [(1, 10), (2, 3), (3, 22), (4, 11), (5, 8), (5, 25), (6, 14), (7, 6), (7, 20), (8, 3), (8, 17)],
    }
    inflows = [("收到财政转移支付村级运转经费", "监利市财政局"),
               ("收到湖北荆楚农业发展有限公司土地流转费", "湖北荆楚农业发展有限公司"),
               ("收到沟渠维修一事一议财政奖补资金", "监利市财政局"),
               ("收到{p}鱼池承包金", "person")]
    outflows = [("支付村组道路硬化工程款", "监利市鸿运建筑工程有限公司"),
                ("支付泵站维修款", "监利市宏发水电安装有限公司"),
                ("支付{p}渠道清淤工资", "person"),
                ("支付路灯采购款", "荆州市明亮照明器材有限公司"),
                ("支付村部电费", "国网湖北省电力有限公司监利市供电公司"),
                ("支付监利市鸿运建筑工程有限公司质保金", "监利市鸿运建筑工程有限公司"),
                ("支付村卫生室改造材料款", "监利县新沟镇永兴建材经营部")]
    hdr = ["月", "日", "凭证字号", "摘要", "对方户名", "结算方式", "收入（借方）", "支出（贷方）", "余额"]
    ti = 0
    for year in (2021, 2022, 2023):
        sh = wb.add_sheet(str(year))
        sh.write_merge(0, 0, 0, 8, "柳河村银行存款日记账")
        sh.write_merge(1, 1, 0, 8, "开户银行：湖北监利农村商业银行新沟支行    账号：8201 0000 1234 567    %d年度    单位：元" % year)
        for i, h in enumerate(hdr):
            sh.write(2, i, h)
        r = 3  # 0-based
        sh.write(r, 0, 1); sh.write(r, 1, 1); sh.write(r, 3, "上年结转"); sh.write(r, 8, round(bal, 2))
        nd(fn, str(year), r + 1, "上年结转")
        r += 1
        ent = specs[year]
        y_in = y_out = 0.0
        for j, (m, d) in enumerate(ent):
            ti += 1
            is_in = (ti % 3 == 1)
            if is_in:
                tpl, cp = inflows[ti % len(inflows)]
                amt = money(8000, 120000, 0.01)
            else:
                tpl, cp = outflows[ti % len(outflows)]
                amt = money(1500, 98000, 0.01)
            p = PERSONS[(ti * 5) % len(PERSONS)]
            cpn = p if cp == "person" else cp
            if is_in:
                bal += amt; y_in += amt
            else:
                bal -= amt; y_out += amt
            bal = round(bal, 2)
            sh.write(r, 0, m); sh.write(r, 1, d)
            sh.write(r, 2, ("银收" if is_in else "银付") + "-%02d" % (j + 1))
            sh.write(r, 3, tpl.format(p=p)); sh.write(r, 4, cpn)
            sh.write(r, 5, "转账" if j % 4 else "电汇")
            sh.write(r, 6 if is_in else 7, amt)
            sh.write(r, 8, bal)
            add(fn, str(year), r + 1, "payment", vil,
                {"date": "%d-%02d-%02d" % (year, m, d), "amount": amt,
                 "direction": "in" if is_in else "out", "counterparty": cpn})
            r += 1
            # quarter-end subtotal after the last entry of a quarter (not for the unfinished 2023 Q3)
            nxt = ent[j + 1][0] if j + 1 < len(ent) else 13
            if (m - 1) // 3 != (nxt - 1) // 3 and not (year == 2023 and j + 1 == len(ent)):
                sh.write(r, 3, "本季合计"); sh.write(r, 8, bal)
                nd(fn, str(year), r + 1, "本季合计")
                r += 1
        if year < 2023:
            sh.write(r, 3, "本年累计"); sh.write(r, 6, round(y_in, 2)); sh.write(r, 7, round(y_out, 2)); sh.write(r, 8, bal)
            nd(fn, str(year), r + 1, "本年累计"); r += 1
            sh.write(r, 3, "结转下年"); sh.write(r, 8, bal)
            nd(fn, str(year), r + 1, "结转下年"); r += 1
        else:
            r += 1
            sh.write(r, 0, "（截至2023年8月17日巡察调取时账页）")
            nd(fn, "2023", r + 1, "注")
            r += 1
        r += 1
        sh.write(r, 0, "出纳：刘红梅"); sh.write(r, 4, "会计：张继华")
        nd(fn, str(year), r + 1, "签名")
    wb.save(os.path.join(OUTD, fn))

# ---------------------------------------------------------------- file 3
# 甘肃 红岩村 收支明细账 csv GBK, 日期 only 月-日, year in a line above each year
def file3():
    fn = "红岩村收支明细账2022-2023.csv"
    sheet = "红岩村收支明细账2022-2023"
    vil = "红岩村"
    lines = ["红岩村村集体经济收支明细账,,,,,,",
             "甘肃省定西市安定区内官营镇    单位：元,,,,,,",
             "日期,凭证号,摘要,往来单位,收入,支出,备注"]
    ins = [("收{p}交来耕地承包费", "person"), ("收定西市安定区财政局村级组织运转经费", "定西市安定区财政局"),
           ("收甘肃陇原马铃薯种业有限公司土地租金", "甘肃陇原马铃薯种业有限公司")]
    outs = [("付{p}护林员工资", "person"), ("付梯田修复机械费", "定西市安定区顺通农机服务专业合作社"),
            ("付村委会取暖用煤款", "内官营镇永丰煤炭经销部"), ("付{p}水窖维修人工费", "person"),
            ("付村道砂石料款", "安定区鑫源砂石料厂"), ("付会议误餐费", "内官营镇陇中人家饭馆")]
    dates = {2022: [(3, 5), (3, 18), (4, 2), (4, 27), (5, 16), (6, 8), (7, 12), (8, 3), (8, 30), (9, 21), (10, 14), (11, 9), (12, 2), (12, 26)],
             2023: [(1, 6), (2, 13), (3, 5), (3, 29), (4, 17), (6, 1), (6, 26), (7, 19), (9, 8), (10, 11), (11, 24), (12, 20)]}
    k = 0
    for year in (2022, 2023):
        lines.append("%d年,,,,,," % year)
        nd(fn, sheet, len(lines), "年份行")
        yi = yo = 0.0
        for (m, d) in dates[year]:
            k += 1
            is_in = k % 4 == 1
            tpl, cp = (ins[k % 3] if is_in else outs[k % 6])
            p = PERSONS[(k * 7) % len(PERSONS)]
            cpn = p if cp == "person" else cp
            amt = money(500, 30000, 0.5) if is_in else money(120, 16000, 0.5)
            if is_in: yi += amt
            else: yo += amt
            note = "附白条" if k == 9 else ""
            lines.append("%02d-%02d,记%d-%02d,%s,%s,%s,%s,%s" % (
                m, d, m, k, tpl.format(p=p), cpn,
                ("%.2f" % amt) if is_in else "", "" if is_in else ("%.2f" % amt), note))
            add(fn, sheet, len(lines), "payment", vil,
                {"date": "%d-%02d-%02d" % (year, m, d), "amount": amt,
                 "direction": "in" if is_in else "out", "counterparty": cpn})
        lines.append(",,%d年合计,,%.2f,%.2f," % (year, yi, yo))
        nd(fn, sheet, len(lines), "年合计")
    lines.append(",,,,,,")
    lines.append("报账员：马玉兰,,,,审核：村务监督委员会 王进财,,")
    nd(fn, sheet, len(lines), "签名")
    with open(os.path.join(OUTD, fn), "w", encoding="gbk", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

# ---------------------------------------------------------------- file 4
# 四川 青杠村 合同台账 2019-2024, 签订日期 in many forms
def file4():
    fn = "青杠村集体经济合同台账2019-2024.xlsx"
    vil = "青杠村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合同台账"
    ws["A1"] = "青杠村集体经济合同管理台账（2019—2024年）"
    ws.merge_cells("A1:J1")
    ws["A2"] = "填报单位：青杠村股份经济合作联合社（盖章）"
    ws["H2"] = "单位：元"
    hdr = ["序号", "合同编号", "合同名称", "合同类别", "乙方（承包方）", "合同金额", "签订日期", "合同期限", "采购方式", "备注"]
    for i, h in enumerate(hdr):
        ws.cell(row=3, column=i + 1, value=h)
    # (written date, true date or None, name, cat, party, amount written, amount, term, method)
    C = [
        ("19.3.5", "2019-03-05", "青杠村2组生产便道硬化工程施工合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 186500, 186500, "2019.3—2019.6", "村民代表会议比选"),
        ("2019.5.20", "2019-05-20", "村委会办公楼维修合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 48600, 48600, "", "直接委托"),
        ("19.8.12", "2019-08-12", "集体鱼塘承包合同", "发包", "何廷贵", "2.4万元/年", 24000, "2019.9.1-2024.8.31", "公开竞价"),
        ("2019年", None, "村级道路保洁服务协议", "服务", "嘉陵区洁城保洁服务部", 18000, 18000, "一年", "直接委托"),
        ("19.11.30", "2019-11-30", "办公电脑采购合同", "采购", "南充市顺庆区联创电脑经营部", 9800, 9800, "", "询价"),
        ("20.1.8", "2020-01-08", "提灌站水泵采购合同", "采购", "四川川农机电设备有限公司", 36500, 36500, "", "询价"),
        ("2020年", None, "林地看护协议", "服务", "罗淑华", 6000, 6000, "2020年全年", "直接委托"),
        ("20.4.16", "2020-04-16", "青杠村3组蓄水池新建工程合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 99800, 99800, "", "直接委托"),
        ("20.6.3", "2020-06-03", "蓄水池配套管网工程合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 98600, 98600, "", "直接委托"),
        ("2020.9.25", "2020-09-25", "村集体厂房租赁合同", "租赁", "南充市天府粮油加工有限公司", "3.6万元", 36000, "2020.10.1-2030.9.30", "协商"),
        ("20.11.20", "2020-11-20", "产业路路灯安装合同", "工程", "南充市光明亮化工程有限公司", 67200, 67200, "", "三家比选"),
        ("21年6月", None, "土地流转合同（4组）", "发包", "四川青杠坡农业开发有限公司", 85400, 85400, "2021.7.1-2036.6.30", "村民代表会议决定"),
        ("21.3.2", "2021-03-02", "村史馆布展服务合同", "服务", "南充市嘉陵区墨香广告设计部", 28800, 28800, "", "直接委托"),
        ("2021年9月3日", "2021-09-03", "农村人居环境整治垃圾清运合同", "服务", "嘉陵区洁城保洁服务部", 21600, 21600, "2021.9-2022.8", "直接委托"),
        ("21年11月", None, "文化广场健身器材采购合同", "采购", "四川康体体育设施有限公司", 45300, 45300, "", "询价"),
        ("21.12.28", "2021-12-28", "沟渠清淤劳务合同", "服务", "杨光荣", 7500, 7500, "", "直接委托"),
        ("22.1.15", "2022-01-15", "高标准农田配套机耕道工程合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 199000, 199000, "", "村民代表会议比选"),
        (datetime.datetime(2022, 3, 10), "2022-03-10", "村委会监控设备采购安装合同", "采购", "南充市安视达电子科技有限公司", 26800, 26800, "", "询价"),
        ("2022/4/8", "2022-04-08", "柑橘园管护服务合同", "服务", "嘉陵区青杠柑橘种植专业合作社", 52000, 52000, "2022.4.8-2023.4.7", "协商"),
        ("22.7.21", "2022-07-21", "山坪塘整治工程施工合同", "工程", "四川蜀水建设工程有限公司", "壹拾叁万捌仟元整", 138000, "", "公开招标"),
        ("2022年", None, "村务公开栏制作合同", "采购", "南充市嘉陵区墨香广告设计部", 5600, 5600, "", "直接委托"),
        ("22.10.9", "2022-10-09", "集体林地承包合同", "发包", "邓国平", 12000, 12000, "2022.11.1-2032.10.31", "公开竞价"),
        ("20230215", "2023-02-15", "村道安防护栏工程合同", "工程", "南充市交安设施工程有限公司", 94500, 94500, "", "比选"),
        ("23.5.6", "2023-05-06", "青杠村便民服务中心装修合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 156000, 156000, "", "比选"),
        ("23年8月", None, "秸秆粉碎机采购合同", "采购", "四川川农机电设备有限公司", 18900, 18900, "", "询价"),
        (datetime.datetime(2023, 11, 2), "2023-11-02", "集体经济合作社代理记账服务合同", "服务", "南充正信会计服务有限公司", 8400, 8400, "2024年度", "直接委托"),
        ("23.12.19", "2023-12-19", "冬修水利劳务合同", "服务", "蒋大勇", 15600, 15600, "", "直接委托"),
        ("24.2.29", "2024-02-29", "撂荒地复耕服务合同", "服务", "嘉陵区青杠柑橘种植专业合作社", 43200, 43200, "", "协商"),
        ("2024.4.1", "2024-04-01", "村级光伏电站屋顶租赁合同", "租赁", "四川阳光能源科技有限公司", 12000, 12000, "2024.4.1-2049.3.31", "协商"),
        ("24年5月", None, "产业道路维修工程合同", "工程", "南充市嘉陵区永固建筑工程有限公司", 79600, 79600, "", "直接委托"),
    ]
    r = 4
    cur_year = None; ysum = 0.0; seq = 0
    years_written = {"2019年": "2019", "2020年": "2020", "2022年": "2022"}
    def cyear(c):
        if c[1]: return c[1][:4]
        w = c[0]
        if w in years_written: return years_written[w]
        return "20" + w[:2]
    for c in C:
        y = cyear(c)
        if cur_year and y != cur_year:
            ws.cell(row=r, column=3, value="%s年小计" % cur_year); ws.cell(row=r, column=6, value=round(ysum, 2))
            nd(fn, "合同台账", r, "小计"); r += 1; ysum = 0.0
        cur_year = y
        seq += 1
        vals = [seq, "QG-%s-%02d" % (y, seq), c[2], c[3], c[4], c[5], c[0], c[7] or None, c[8], None]
        for i, v in enumerate(vals):
            if v is not None:
                cell = ws.cell(row=r, column=i + 1, value=v)
                if isinstance(v, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd"
        add(fn, "合同台账", r, "contract", vil, {"counterparty": c[4], "amount": float(c[6]), "signed_on": c[1]})
        ysum += c[6]
        r += 1
    ws.cell(row=r, column=3, value="%s年小计" % cur_year); ws.cell(row=r, column=6, value=round(ysum, 2))
    nd(fn, "合同台账", r, "小计"); r += 1
    ws.cell(row=r, column=3, value="合计"); ws.cell(row=r, column=6, value=float(sum(c[6] for c in C)))
    nd(fn, "合同台账", r, "合计"); r += 2
    ws.cell(row=r, column=1, value="说明：早年合同原件部分遗失，签订日期按留存底稿填写，仅有年份或月份的按原样登记。")
    nd(fn, "合同台账", r, "说明"); r += 1
    ws.cell(row=r, column=1, value="制表人：谢春梅"); ws.cell(row=r, column=7, value="审核人：唐明亮")
    nd(fn, "合同台账", r, "签名")
    wb.save(os.path.join(OUTD, fn))

# ---------------------------------------------------------------- file 5
# 湖北 金竹村 2023年收支明细账 .xls with 上半年/下半年 sheets
def file5():
    fn = "金竹村2023年收支明细账.xls"
    vil = "金竹村"
    wb = xlwt.Workbook(encoding="utf-8")
    ins = [("收{p}茶园承包款", "person"), ("收到恩施市财政局村级公益事业奖补资金", "恩施市财政局"),
           ("收恩施硒都茶业有限公司厂房租金", "恩施硒都茶业有限公司")]
    outs = [("付{p}茶园道路维修工资", "person"), ("付村委会网络费", "中国电信股份有限公司恩施分公司"),
            ("付产业路水泥款", "恩施市芭蕉乡金鑫建材经营部"), ("付{p}防汛值班补助", "person"),
            ("付村卫生室药柜采购款", "恩施市康宁医疗器械经营部"), ("付饮水管网维修材料款", "恩施市清江水暖经营部")]
    halves = {"上半年": [(1, 9), (1, 30), (2, 16), (3, 7), (3, 28), (4, 12), (4, 26), (5, 10), (5, 31), (6, 5), (6, 19), (6, 29)],
              "下半年": [(7, 3), (7, 18), (8, 8), (8, 25), (9, 6), (9, 27), (10, 16), (11, 1), (11, 22), (12, 4), (12, 15), (12, 28)]}
    k = 0
    for hname in ("上半年", "下半年"):
        sh = wb.add_sheet(hname)
        sh.write_merge(0, 0, 0, 7, "恩施市芭蕉侗族乡金竹村2023年%s收支明细账" % hname)
        sh.write(1, 6, "单位：元")
        if hname == "上半年":
            hdr = ["月", "日", "凭证号", "摘要", "会计科目", "收入金额", "支出金额", "收（付）款人"]
        else:
            hdr = ["日期", None, "凭证号", "摘要", "会计科目", "收入金额", "支出金额", "收（付）款人"]
        for i, h in enumerate(hdr):
            if h: sh.write(2, i, h)
        r = 3
        qi = qo = 0.0
        ent = halves[hname]
        for j, (m, d) in enumerate(ent):
            k += 1
            is_in = k % 3 == 2
            tpl, cp = ins[k % 3] if is_in else outs[k % 6]
            p = PERSONS[(k * 3 + 1) % len(PERSONS)]
            cpn = p if cp == "person" else cp
            amt = money(800, 26000, 1) if is_in else money(90, 9500, 0.5)
            if is_in: qi += amt
            else: qo += amt
            if hname == "上半年":
                sh.write(r, 0, m); sh.write(r, 1, d)
            else:
                sh.write(r, 0, "%d月%d日" % (m, d))
            sh.write(r, 2, "记-%03d" % k)
            sh.write(r, 3, tpl.format(p=p))
            sh.write(r, 4, ("其他收入" if k % 2 else "发包及上交收入") if is_in else ("管理费用" if k % 2 else "公益支出"))
            sh.write(r, 5 if is_in else 6, amt)
            sh.write(r, 7, cpn)
            add(fn, hname, r + 1, "payment", vil,
                {"date": "2023-%02d-%02d" % (m, d), "amount": amt,
                 "direction": "in" if is_in else "out", "counterparty": cpn})
            r += 1
            nxt = ent[j + 1][0] if j + 1 < len(ent) else 13
            if (m - 1) // 3 != (nxt - 1) // 3:
                sh.write(r, 3, "本季合计"); sh.write(r, 5, round(qi, 2)); sh.write(r, 6, round(qo, 2))
                nd(fn, hname, r + 1, "本季合计"); r += 1
                qi = qo = 0.0
        r += 1
        sh.write(r, 0, "报账员：田金花"); sh.write(r, 4, "村务监督委员会主任：向德胜")
        nd(fn, hname, r + 1, "签名")
    wb.save(os.path.join(OUTD, fn))

# ---------------------------------------------------------------- file 6
# 四川 白杨村 2023年第三季度 收支公开表, HTML saved as .xls, dates 7.5 8.12 9.30
def file6():
    fn = "白杨村2023年第三季度财务收支公开表.xls"
    sheet = "白杨村2023年第三季度财务收支公开表"
    vil = "白杨村"
    trs = []
    def tr(cells, colspan=None):
        if colspan:
            trs.append('<tr><td colspan="%d">%s</td></tr>' % (colspan, cells))
        else:
            trs.append("<tr>" + "".join("<td>%s</td>" % ("" if c is None else c) for c in cells) + "</tr>")
        return len(trs)
    tr("白杨村2023年第三季度财务收支公开表", 6)
    tr("公开单位：白杨村村民委员会　　公开时间：2023年10月10日　　单位：元", 6)
    tr(["序号", "日期", "收支项目（摘要）", "对方单位或个人", "金额", "经办人"])
    I = [("7.5", "2023-07-05", "收到村级组织运转经费", "广元市利州区财政局", "52000.00"),
         ("7.20", "2023-07-20", "收取集体林地承包金", "邓国平", "8600.00"),
         ("8.12", "2023-08-12", "收取门面房租金", "广元市利州区蜀道餐饮店", "12000.00"),
         ("8.31", "2023-08-31", "收到一事一议财政奖补资金", "广元市利州区财政局", "150000.00"),
         ("9.8", "2023-09-08", "收取鱼塘承包费", "周文斌", "3500.00"),
         ("9.30", "2023-09-30", "收取集体资金存款利息", "四川广元农村商业银行白杨分理处", "286.45")]
    O = [("7.3", "2023-07-03", "支付村干部二季度绩效报酬", "张德明", "4800.00"),
         ("7.10", "2023-07-10", "支付防汛物资款", "广元市利州区丰达五金经营部", "3260.00"),
         ("7.26", "2023-07-26", "支付一事一议村道硬化工程进度款", "广元市利州区蜀道路桥工程有限公司", "98000.00"),
         ("8.2", "2023-08-02", "支付村委会电费", "国网四川省电力公司广元供电公司", "684.30"),
         ("8.12", "2023-08-12", "支付环境整治清运费", "广元市利州区洁源环卫服务部", "5600.00"),
         ("8.18", "2023-08-18", "支付党员活动室空调款", "广元市利州区美家电器商行", "7980.00"),
         ("8.29", "2023-08-29", "支付防汛值班误工补贴", "黄海燕", "1200.00"),
         ("9.1", "2023-09-01", "支付一事一议村道硬化工程进度款", "广元市利州区蜀道路桥工程有限公司", "46000.00"),
         ("9.12", "2023-09-12", "支付村务公开栏维修费", "广元市利州区墨香广告部", "1350.00"),
         ("9.19", "2023-09-19", "支付秋季护林员工资", "何廷贵", "2400.00"),
         ("9.26", "2023-09-26", "支付办公用品", "广元市利州区文华办公用品店", "563.50"),
         ("9.30", "2023-09-30", "支付三季度代理记账费", "广元正信财务咨询有限公司", "1500.00")]
    n = tr(["一、收入部分", None, None, None, None, None]); nd(fn, sheet, n, "分节标题 收入")
    tot = 0.0
    for i, (w, d, s, cp, a) in enumerate(I):
        n = tr([i + 1, w, s, cp, a, "王秀芝"])
        add(fn, sheet, n, "payment", vil, {"date": d, "amount": float(a), "direction": "in", "counterparty": cp})
        tot += float(a)
    n = tr([None, None, "收入小计", None, "%.2f" % tot, None]); nd(fn, sheet, n, "收入小计")
    n = tr(["二、支出部分", None, None, None, None, None]); nd(fn, sheet, n, "分节标题 支出")
    tot2 = 0.0
    for i, (w, d, s, cp, a) in enumerate(O):
        n = tr([i + 1, w, s, cp, a, "王秀芝"])
        add(fn, sheet, n, "payment", vil, {"date": d, "amount": float(a), "direction": "out", "counterparty": cp})
        tot2 += float(a)
    n = tr([None, None, "支出小计", None, "%.2f" % tot2, None]); nd(fn, sheet, n, "支出小计")
    n = tr([None, None, "本季收支结余", None, "%.2f" % (tot - tot2), None]); nd(fn, sheet, n, "结余")
    n = tr("村务监督委员会意见：经审核，以上收支真实。　　监委会主任：刘志强", 6); nd(fn, sheet, n, "意见")
    n = tr("制表人：王秀芝　　审核人：陈桂芳　　村委会主任：杨光荣", 6); nd(fn, sheet, n, "签名")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table border="1">' + "\n".join(trs) + "</table></body></html>")
    with open(os.path.join(OUTD, fn), "w", encoding="utf-8") as f:
        f.write(html)

for f in (file1, file2, file3, file4, file5, file6):
    f()
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data")
