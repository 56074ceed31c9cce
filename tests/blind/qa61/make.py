#!/usr/bin/env python
"""Blind test set qa61: 晋北 hand-kept village books typed into Excel by an old 报账员.
Deterministic; writes files/ and truth.json beside this script."""
import csv, io, json, os, datetime as dt
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

TRUTH = {"rows": [], "non_data": []}


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []      # list of lists
        self.merges = []    # (r1, c1, r2, c2) 1-based
        self.meta = []      # per row: None | ("data", truth) | ("non", what)
        self.fmt = {}       # (r, c) -> number format

    def add(self, cells, meta=None):
        self.rows.append(list(cells))
        self.meta.append(meta)
        return len(self.rows)

    def blank(self):
        return self.add([])


def register(fname, sheetname, sh):
    for i, m in enumerate(sh.meta, start=1):
        if not m:
            continue
        if m[0] == "data":
            t = dict(m[1])
            rec = {"file": fname, "sheet": sheetname, "row": i, "kind": t.pop("kind")}
            if "village" in t:
                rec["village"] = t.pop("village")
            rec["fields"] = t
            TRUTH["rows"].append(rec)
        else:
            TRUTH["non_data"].append({"file": fname, "sheet": sheetname, "row": i, "what": m[1]})


def write_xlsx(fname, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, row in enumerate(sh.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if (r, c) in sh.fmt:
                    cell.number_format = sh.fmt[(r, c)]
                elif isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = "yyyy-mm-dd"
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=1, column=1).font = Font(size=16, bold=True)
        ws.column_dimensions["B"].width = 30
        register(fname, sh.name, sh)
    wb.save(os.path.join(FILES, fname))


def write_xls(fname, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    plain = xlwt.easyxf("")
    numstyle = xlwt.easyxf(num_format_str="#,##0.00")
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        merged_cells = set()
        for (r1, c1, r2, c2) in sh.merges:
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, sh.rows[r1 - 1][c1 - 1], plain)
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    merged_cells.add((rr, cc))
        for r, row in enumerate(sh.rows, start=1):
            for c, v in enumerate(row, start=1):
                if (r, c) in merged_cells or v is None or v == "":
                    continue
                if isinstance(v, (dt.date, dt.datetime)):
                    ws.write(r - 1, c - 1, v, datestyle)
                elif isinstance(v, float):
                    ws.write(r - 1, c - 1, v, numstyle)
                else:
                    ws.write(r - 1, c - 1, v)
        register(fname, sh.name, sh)
    wb.save(os.path.join(FILES, fname))


def write_csv(fname, sh, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in sh.rows:
        w.writerow(["" if v is None else v for v in row])
    data = buf.getvalue()
    with open(os.path.join(FILES, fname), "wb") as f:
        if encoding == "utf-8-sig":
            f.write(data.encode("utf-8-sig"))
        else:
            f.write(data.encode(encoding))
    register(fname, os.path.splitext(fname)[0], sh)


def money(v):
    return round(float(v), 2)


UPPER = {3260: "叁仟贰佰陆拾元整", 20000: "贰万元整", 50000: "伍万元整", 1440: "壹仟肆佰肆拾元整"}

# ---------------------------------------------------------------- file 1
V1 = "王家峪村"
F1 = "王家峪村2023年收支登记簿.xlsx"

inc = Sheet("收入登记簿")
inc.add(["王家峪村2023年收入登记簿"]); inc.merges.append((1, 1, 1, 5))
inc.add(["单位：元", None, None, None, "第1页"])
inc.add(["日期", "摘要", "金额", "经手人", "备注"])
# (date cell, iso, summary, amount cell, amount, handler, note, counterparty)
INC = [
    ("1.6", "2023-01-06", "收张富贵交2023年果园承包费", 3600, 3600, "赵春生", "现金", "张富贵"),
    ("1.18", "2023-01-18", "收县农业农村局拨付村级组织运转经费", "12,000.00", 12000, "赵春生", "转账", "县农业农村局"),
    ("1月25日", "2023-01-25", "收王建军交羊圈租赁费", 800, 800, "郭润田", "现金", "王建军"),
    "M",
    ("2.14", "2023-02-14", "收刘二小交机动地承包费", 1500, 1500, "郭润田", "现金 附收据", "刘二小"),
    ("2023.2.27", "2023-02-27", "收存款利息", 23.56, 23.56, "郭润田", "信用社", None),
    "M",
    ("3.15", "2023-03-15", "收繁峙县鑫源砂石有限公司占地补偿款", 45000, 45000, "赵春生", "转账", "繁峙县鑫源砂石有限公司"),
    ("3.28", "2023-03-28", "收赵二虎交宅基地有偿使用费", 600, 600, "郭润田", "现金", "赵二虎"),
    "M",
    ("4.2", "2023-04-02", "收红崖乡人民政府拨付道路维修补助", UPPER[20000], 20000, "赵春生", "转账", "红崖乡人民政府"),
    ("2023-04-19", "2023-04-19", "收李有福交2023年林地承包费", 2400, 2400, "郭润田", "现金", "李有福"),
    "M",
    ("5月6日", "2023-05-06", "收张富贵交旧学校房屋租金", "¥5,000.00", 5000, "赵春生", "现金", "张富贵"),
    "M",
    (6.18, "2023-06-18", "收王锁柱交一事一议筹资款", 300, 300, "郭润田", "现金", "王锁柱"),
    ("6.30", "2023-06-30", "收村民一事一议筹资款（共38户）", 11400, 11400, "郭润田", "现金 附花名册", None),
    "M",
    ("7.12", "2023-07-12", "收光伏发电收益（国网繁峙县供电公司）", 8650.4, 8650.4, "赵春生", "转账", "国网繁峙县供电公司"),
    "M",
    (dt.datetime(2023, 8, 3), "2023-08-03", "收刘二小交机动地承包费（补交）", 500, 500, "郭润田", "现金", "刘二小"),
    ("8.21", "2023-08-21", "收王家峪种植专业合作社交场地租金", 3000, 3000, "赵春生", "转账", "王家峪种植专业合作社"),
    "M",
    ("9.5", "2023-09-05", "收县财政局拨付村干部报酬", "43,200.00", 43200, "赵春生", "转账", "县财政局"),
    "M",
    ("10.16", "2023-10-16", "收卖旧变压器款（废品收购站孟宪华）", 1800, 1800, "郭润田", "现金", "孟宪华"),
    "M",
    ("2023年11月2日", "2023-11-02", "收赵二虎交宅基地有偿使用费（余款）", 600, 600, "郭润田", "现金", "赵二虎"),
    ("11.29", "2023-11-29", "收张富贵交2024年果园承包费", 3600, 3600, "赵春生", "现金", "张富贵"),
    "M",
    ("12.20", "2023-12-20", "收存款利息", 31.2, 31.2, "郭润田", "信用社", None),
    ("12.28", "2023-12-28", "收县林业局拨付护林员补助", 6000, 6000, "赵春生", "转账", "县林业局"),
    "M",
]


def month_of(iso):
    return int(iso[5:7])


def ledger_one_sided(sh, entries, direction, layout):
    month_sum, year_sum, cur_m = 0.0, 0.0, None
    for e in entries:
        if e == "M":
            label = "%d月份本月合计" % cur_m if layout == "inc" else "本月合计"
            if layout == "inc":
                sh.add([None, label, round(month_sum, 2)], ("non", "本月合计"))
            else:
                sh.add([None, None, None, label, round(month_sum, 2)], ("non", "本月合计"))
            month_sum = 0.0
            continue
        dcell, iso, summ, acell, amt, handler, note, cp = e[:8]
        cur_m = month_of(iso)
        month_sum += amt; year_sum += amt
        truth = {"kind": "payment", "village": V1, "date": iso, "amount": money(amt),
                 "direction": direction, "counterparty": cp}
        if layout == "inc":
            r = sh.add([dcell, summ, acell, handler, note], ("data", truth))
            if isinstance(dcell, dt.datetime):
                sh.fmt[(r, 1)] = 'm"月"d"日"'
            if isinstance(dcell, float):
                sh.fmt[(r, 1)] = "0.00"
        else:
            mcell, dday, vno = dcell
            sh.add([mcell, dday, vno, summ, acell, handler, note], ("data", truth))
    return year_sum


ysum = ledger_one_sided(inc, INC, "in", "inc")
inc.add([None, "本年累计", round(ysum, 2)], ("non", "本年累计"))
inc.blank()
inc.add(["注：本簿金额以现金及银行存款实收为准，收据存根另册保管。"], ("non", "注释"))
inc.add(["报账员：郭润田", None, "审核：刘永福（村务监督委员会）"], ("non", "签名"))

exp = Sheet("支出登记簿")
exp.add(["王家峪村2023年支出登记簿"]); exp.merges.append((1, 1, 1, 7))
exp.add(["单位：元"])
exp.add(["2023年", None, "凭证号", "摘要", "金额", "经手人", "备注"])
exp.add(["月", "日", None, None, None, None, None])
exp.merges += [(3, 1, 3, 2), (4 - 1, 3, 4, 3), (3, 4, 4, 4), (3, 5, 4, 5), (3, 6, 4, 6), (3, 7, 4, 7)]
EXP_RAW = [
    (1, 5, "付李二牛修水渠工钱", "1,200.00", 1200, "郭润田", "现金", "李二牛"),
    (1, 12, "付国网繁峙县供电公司村委会电费", 386.5, 386.5, "郭润田", "转账", "国网繁峙县供电公司"),
    (1, 20, "购办公用品（纸张、墨盒）", 245, 245, "郭润田", "现金", None),
    (1, 28, "付红崖乡兴隆超市春节慰问品款", UPPER[3260], 3260, "赵春生", "现金", "红崖乡兴隆超市"),
    "M",
    (2, 8, "付刘文斌去县里开会车费", 120, 120, "刘文斌", "现金", "刘文斌"),
    (2, 22, "付王保平买水泥款（修桥）", 4800, 4800, "赵春生", "现金", "王保平"),
    "M",
    (3, 3, "付繁峙县鑫盛建筑队村道修补工程款", 28000, 28000, "赵春生", "转账", "繁峙县鑫盛建筑队"),
    (3, 15, "付会计培训费", 300, 300, "郭润田", "现金", None),
    (3, 21, "付赵春生垫支招待费", 680, 680, "赵春生", "现金 白条", "赵春生"),
    (3, 30, "付张满仓雇车拉土工钱", 1500, 1500, "郭润田", "现金", "张满仓"),
    "M",
    (4, 10, "付繁峙县鑫盛建筑队村道修补工程款（二期）", 19500, 19500, "赵春生", "转账", "繁峙县鑫盛建筑队"),
    (4, 26, "付郭二虎看护林地工资（1-4月）", 2000, 2000, "郭润田", "现金", "郭二虎"),
    "M",
    (5, 6, "付李二牛修水渠工钱", "1,200.00", 1200, "郭润田", "现金", "李二牛"),
    (5, 18, "付忻州市晋北农机销售有限公司购割草机款", 3850, 3850, "赵春生", "转账", "忻州市晋北农机销售有限公司"),
    "M",
    (6, 2, "付国网繁峙县供电公司电费", 412.8, 412.8, "郭润田", "转账", "国网繁峙县供电公司"),
    (6, 20, "付村民代表会议误工补贴（12人）", UPPER[1440], 1440, "郭润田", "现金 附签领表", None),
    (6, 28, "付王保平买钢筋款", 9800, 9800, "赵春生", "现金", "王保平"),
    "M",
    (7, 9, "付山西宏泰建设工程有限公司文化广场工程预付款", UPPER[50000], 50000, "赵春生", "转账", "山西宏泰建设工程有限公司"),
    (7, 25, "付刘文斌七月份工资", 1800, 1800, "刘文斌", "现金", "刘文斌"),
    "M",
    (8, 14, "付山西宏泰建设工程有限公司文化广场工程进度款", "80,000.00", 80000, "赵春生", "转账", "山西宏泰建设工程有限公司"),
    (8, 30, "付郭二虎看护林地工资（5-8月）", 2000, 2000, "郭润田", "现金", "郭二虎"),
    "M",
    (9, 10, "付红崖乡兴隆超市办公用品款", 560, 560, "郭润田", "现金", "红崖乡兴隆超市"),
    (9, 19, "付张满仓修理抽水泵费用", 750, 750, "郭润田", "现金", "张满仓"),
    "M",
    (10, 8, "付国网繁峙县供电公司电费", 398.2, 398.2, "郭润田", "转账", "国网繁峙县供电公司"),
    (10, 22, "付繁峙县鑫盛建筑队排水沟工程款", 29500, 29500, "赵春生", "转账", "繁峙县鑫盛建筑队"),
    (10, 31, "付繁峙县鑫盛建筑队排水沟二期工程款", 29800, 29800, "赵春生", "转账", "繁峙县鑫盛建筑队"),
    "M",
    (11, 6, "付山西宏泰建设工程有限公司文化广场工程尾款", 25000, 25000, "赵春生", "转账", "山西宏泰建设工程有限公司"),
    (11, 20, "付村干部下乡补助（3人）", 600, 600, "郭润田", "现金", None),
    "M",
    (12, 5, "付郭二虎看护林地工资（9-12月）", 2000, 2000, "郭润田", "现金", "郭二虎"),
    (12, 15, "付王锁柱冬季清雪工钱", 450, 450, "郭润田", "现金", "王锁柱"),
    (12, 28, "付繁峙县农村信用合作联社账户管理费", 60, 60, "郭润田", "转账", "繁峙县农村信用合作联社"),
    "M",
]
EXP = []
prev_m = None
vno = 0
for e in EXP_RAW:
    if e == "M":
        EXP.append("M"); continue
    m, d, summ, acell, amt, handler, note, cp = e
    vno += 1
    mcell = m if m != prev_m else None      # month written only on the first line of a month
    prev_m = m
    EXP.append(((mcell, d, "付%d" % vno), "2023-%02d-%02d" % (m, d), summ, acell, amt, handler, note, cp))
ysum = ledger_one_sided(exp, EXP, "out", "exp")
exp.add([None, None, None, "本年累计", round(ysum, 2)], ("non", "本年累计"))
exp.blank()
exp.add(["说明：1.本登记簿依据原始凭证逐笔登记；2.大额支出已经村民代表会议通过。"], ("non", "注释"))
exp.add(["报账员：郭润田", None, None, "村委会主任：赵春生"], ("non", "签名"))

write_xlsx(F1, [inc, exp])

# ---------------------------------------------------------------- file 2 (.xls)
V2 = "石板沟村"
F2 = "石板沟村2023年往来明细账.xls"

ar = Sheet("应收款")
ar.add(["石板沟村2023年往来明细账——应收款"]); ar.merges.append((1, 1, 1, 7))
ar.add(["科目：112 应收款", None, None, None, None, None, "单位：元"])
ar.add(["日期", "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"])
# sections: person, opening balance, entries (date cell, iso, voucher, summary, debit, credit)
AR = [
    ("孙来福", 5000, [
        ("2023.3.5", "2023-03-05", "收12", "收回孙来福借款", None, 2000),
        ("2023.9.12", "2023-09-12", "收31", "收回孙来福借款", None, 1000),
    ]),
    ("王二旦", 0, [
        ("20230412", "2023-04-12", "付15", "王二旦借支购种子款", 3000, None),
        ("2023.11.20", "2023-11-20", "收40", "收回王二旦借款", None, 3000),
    ]),
    ("高俊生", 0, [
        (dt.datetime(2023, 1, 10), "2023-01-10", "付2", "高俊生借支差旅费", 2000, None),
        ("2023.2.6", "2023-02-06", "付6", "高俊生借支购办公桌椅款", 1500, None),
        ("2023年6月1日", "2023-06-01", "收22", "高俊生交回借款", None, 3500),
    ]),
    ("忻州晋丰农业科技有限公司", 0, [
        ("2023.5.8", "2023-05-08", "付19", "预付忻州晋丰农业科技有限公司有机肥款", 12000, None),
        ("2023.6.30", "2023-06-30", "收25", "晋丰公司退回多付有机肥款", None, 1500),
    ]),
    ("李秀英", 0, [
        ("2023.7.15", "2023-07-15", "付27", "李秀英借支医疗费", 5000, None),
    ]),
    ("刘存旺", 8000, [
        ("2023.8.2", "2023-08-02", "付30", "刘存旺借支养殖周转款", 8000, None),
        ("2023.12.18", "2023-12-18", "收44", "收回刘存旺借款", None, 4000),
    ]),
]
tot_d = tot_c = 0.0
for person, opening, entries in AR:
    ar.add(["户名：" + person], ("non", "户名栏"))
    bal = opening
    ar.add(["2023.1.1", None, "期初余额", None, None, "借" if bal else "平", float(bal)], ("non", "期初余额"))
    sd = sc = 0.0
    for dcell, iso, v, summ, deb, cre in entries:
        bal += (deb or 0) - (cre or 0)
        sd += deb or 0; sc += cre or 0
        amt = deb if deb else cre
        truth = {"kind": "payment", "village": V2, "date": iso, "amount": money(amt),
                 "direction": "out" if deb else "in", "counterparty": person}
        ar.add([dcell, v, summ, float(deb) if deb else None, float(cre) if cre else None,
                "借" if bal > 0 else "平", float(bal)], ("data", truth))
    ar.add([None, None, "小计", sd, sc, "借" if bal > 0 else "平", float(bal)], ("non", "小计"))
    tot_d += sd; tot_c += sc
ar.add([None, None, "本年合计", tot_d, tot_c, None, None], ("non", "本年合计"))
ar.blank()
ar.add(["会计：郝建平", None, "出纳：高俊生", None, "审核：宋玉堂"], ("non", "签名"))

ap = Sheet("应付款")
ap.add(["石板沟村2023年往来明细账——应付款"]); ap.merges.append((1, 1, 1, 8))
ap.add(["科目：202 应付款", None, None, None, None, None, None, "单位：元"])
ap.add(["日期", "凭证号", "单位或个人", "摘要", "借方", "贷方", "借或贷", "余额"])
ap.add(["2023.1.1", None, None, "上年结转", None, None, "贷", 0.0], ("non", "上年结转"))
AP = [
    ("2023.1.15", "2023-01-15", "收3", "繁峙县鑫盛建筑队", "收取鑫盛建筑队工程质量保证金", None, 5000),
    ("20230320", "2023-03-20", "付11", "繁峙县鑫盛建筑队", "退还鑫盛建筑队质量保证金", 5000, None),
    ("2023-04-06", "2023-04-06", "收14", "张海龙", "暂借张海龙现金（垫付电费）", None, 3000),
    ("2023.5.20", "2023-05-20", "收20", "宋福林", "收取宋福林荒坡承包保证金", None, 2000),
    (dt.datetime(2023, 6, 16), "2023-06-16", "付23", "张海龙", "归还张海龙借款", 3000, None),
    ("2023.8.8", "2023-08-08", "付29", "宋福林", "退还宋福林承包保证金", 2000, None),
    ("2023.9.1", "2023-09-01", "收33", "山西汇通路桥工程有限公司", "收取汇通路桥投标保证金", None, 10000),
    ("2023.9.25", "2023-09-25", "付35", "山西汇通路桥工程有限公司", "退还汇通路桥投标保证金", 10000, None),
    ("2023.10.10", "2023-10-10", "收37", "高俊生", "暂收高俊生代收村民水费", None, 4600),
]
bal = 0.0; sd = sc = 0.0
for dcell, iso, v, who, summ, deb, cre in AP:
    bal += (cre or 0) - (deb or 0)
    sd += deb or 0; sc += cre or 0
    amt = deb if deb else cre
    truth = {"kind": "payment", "village": V2, "date": iso, "amount": money(amt),
             "direction": "out" if deb else "in", "counterparty": who}
    ap.add([dcell, v, who, summ, float(deb) if deb else None, float(cre) if cre else None,
            "贷" if bal > 0 else "平", float(bal)], ("data", truth))
ap.add([None, None, None, "本年合计", sd, sc, "贷" if bal > 0 else "平", bal], ("non", "本年合计"))
ap.blank()
ap.add(["注：保证金类款项按合同约定到期退还。"], ("non", "注释"))
write_xls(F2, [ar, ap])

# ---------------------------------------------------------------- file 3: land contract roster
V3 = "李家庄村"
F3 = "李家庄村集体土地承包花名册.xlsx"
gd = Sheet("耕地")
gd.add(["李家庄村集体机动地承包花名册"]); gd.merges.append((1, 1, 1, 7))
gd.add(["填报单位：李家庄村股份经济合作社", None, None, None, "填报日期：2023年3月"])
gd.add(["序号", "承包户", "地块名称", "亩数", "承包费/年（元）", "起止年限", "备注"])
GD = [
    ("李满堂", "后沟坡地", 12.5, 1500, 1500, "2019.1.1-2033.12.31", ("2019-01-01", "2033-12-31"), "村支书"),
    ("李二保", "东河滩", 8, 1200, 1200, "2019.1.1-2033.12.31", ("2019-01-01", "2033-12-31"), None),
    ("孟祥林", "大南地", 20.3, "3,045", 3045, "2020.3.1-2030.2.28", ("2020-03-01", "2030-02-28"), None),
    ("李春旺", "庙梁地", 6.8, 680, 680, "2018.1.1—2027.12.31", ("2018-01-01", "2027-12-31"), "报账员"),
    ("王来喜", "西沟掌", 15, 1350, 1350, "2021年1月1日至2030年12月31日", ("2021-01-01", "2030-12-31"), None),
    ("张秀兰", "前营滩", 9.6, 1440, 1440, "2019.1.1-2033.12.31", ("2019-01-01", "2033-12-31"), None),
    ("李德胜", "后沟坡地", 11.2, 1120, 1120, "2019.1.1-2033.12.31", ("2019-01-01", "2033-12-31"), None),
    ("赵根柱", "二道梁", 25, 2000, 2000, "2016.1.1-2035.12.31", ("2016-01-01", "2035-12-31"), None),
    ("李满仓", "东河滩", 7.4, 1110, 1110, "2022.1.1-2026.12.31", ("2022-01-01", "2026-12-31"), None),
    ("孟二小", "大南地", 18, 2700, 2700, "2020.3.1-2030.2.28", ("2020-03-01", "2030-02-28"), None),
    ("郝文明", "碾盘沟", 5.5, 440, 440, "2023.1.1-2027.12.31", ("2023-01-01", "2027-12-31"), "新签"),
    ("李玉堂", "柳树坪", 30, "0.36万", 3600, "2015.1.1-2034.12.31", ("2015-01-01", "2034-12-31"), None),
    ("王占奎", "西沟掌", 13.7, 1233, 1233, "2021年1月1日至2030年12月31日", ("2021-01-01", "2030-12-31"), None),
    ("李海平", "前营滩", 10, 1500, 1500, "2019.1.1-2033.12.31", ("2019-01-01", "2033-12-31"), None),
    ("张福山", "小南沟", 4.2, 336, 336, "2018.5.1-2028.4.30", ("2018-05-01", "2028-04-30"), None),
    ("李秀珍", "庙梁地", 6.5, 650, 650, "2018.1.1—2027.12.31", ("2018-01-01", "2027-12-31"), "李春旺之妻"),
    ("孟祥福", "大南地", 16.6, 2490, 2490, "2020.3.1-2030.2.28", ("2020-03-01", "2030-02-28"), None),
    ("繁峙县丰泽种植专业合作社", "北滩水浇地", 120, 30000, 30000, "2021.4.1-2036.3.31", ("2021-04-01", "2036-03-31"), "整片流转"),
    ("王拴柱", "二道梁", 22, 1760, 1760, "2016.1.1-2035.12.31", ("2016-01-01", "2035-12-31"), None),
    ("李满堂", "碾盘沟", 9, 360, 360, "2023.1.1-2042.12.31", ("2023-01-01", "2042-12-31"), "未公开发包"),
    ("郝二旦", "小南沟", 3.8, 304, 304, "2018.5.1-2028.4.30", ("2018-05-01", "2028-04-30"), None),
    ("赵有才", "柳树坪", 14, 1680, 1680, "2015.1.1-2034.12.31", ("2015-01-01", "2034-12-31"), None),
]
ta = tf = 0.0
for i, (who, plot, mu, fcell, fee, term, (s, e), note) in enumerate(GD, start=1):
    ta += mu; tf += fee
    truth = {"kind": "resource", "village": V3, "name": plot, "counterparty": who, "amount": money(fee),
             "area": round(float(mu), 2), "started_on": s, "ended_on": e}
    gd.add([i, who, plot, mu, fcell, term, note], ("data", truth))
gd.add(["合计", None, None, round(ta, 2), tf, None, None], ("non", "合计"))
gd.add(["注：承包费每年12月31日前交清，逾期按合同约定处理。"], ("non", "注释"))
gd.add(["制表：李春旺", None, None, "审核：李满堂", None, "李家庄村民委员会（章）"], ("non", "签名"))

sh4 = Sheet("四荒地")
sh4.add(["李家庄村“四荒”地承包花名册"]); sh4.merges.append((1, 1, 1, 8))
sh4.add(["单位：公顷、元"])
sh4.add(["序号", "承包方", "地块名称", "面积（公顷）", "年承包费（元）", "承包年限", None, "备注"])
sh4.add([None, None, None, None, None, "起", "止", None])
sh4.merges += [(3, 1, 4, 1), (3, 2, 4, 2), (3, 3, 4, 3), (3, 4, 4, 4), (3, 5, 4, 5), (3, 6, 3, 7), (3, 8, 4, 8)]
SH4 = [
    ("繁峙县绿源林牧专业合作社", "南梁荒坡", 20, 6000, "2010.1.1", "2039.12.31", "2010-01-01", "2039-12-31", "植树造林"),
    ("李满堂", "北山荒沟", 8.4, 1260, "2008.1.1", "2057.12.31", "2008-01-01", "2057-12-31", "50年"),
    ("赵根柱", "黄土梁", 3.5, 525, dt.datetime(2015, 3, 1), dt.datetime(2044, 2, 28), "2015-03-01", "2044-02-28", None),
    ("宋福林", "石门沟荒滩", 6, 900, "2023年5月20日", "2043年5月19日", "2023-05-20", "2043-05-19", "已交保证金"),
    ("孟祥林", "西坡", 2.2, 330, "2012.4.1", "2041.3.31", "2012-04-01", "2041-03-31", None),
    ("山西雁门生态农业开发有限公司", "东梁荒山", 46.5, 13950, "2018.1.1", "2047.12.31", "2018-01-01", "2047-12-31", "公开招标"),
    ("王来喜", "沙河滩", 1.8, "贰佰柒拾元整", "2019.6.1", "2029.5.31", "2019-06-01", "2029-05-31", None),
    ("李二保", "后阴坡", 4, 400, "2020.1.1", "2049.12.31", "2020-01-01", "2049-12-31", None),
]
for i, (who, plot, ha, fee, sc_, ec_, s, e, note) in enumerate(SH4, start=1):
    fee_v = 270 if fee == "贰佰柒拾元整" else fee
    truth = {"kind": "resource", "village": V3, "name": plot, "counterparty": who, "amount": money(fee_v),
             "area": round(ha * 15, 2), "started_on": s, "ended_on": e}
    sh4.add([i, who, plot, ha, fee, sc_, ec_, note], ("data", truth))
sh4.add(["合计", None, None, round(sum(x[2] for x in SH4), 2), None, None, None, None], ("non", "合计"))
sh4.add(["注：1公顷=15亩。北山荒沟承包期50年，系2008年原村委会签订。"], ("non", "注释"))
write_xlsx(F3, [gd, sh4])

# ---------------------------------------------------------------- file 4: fixed assets
V4 = "柳树湾村"
F4 = "柳树湾村固定资产登记表.xlsx"
fa = Sheet("固定资产")
fa.add(["柳树湾村集体固定资产登记表"]); fa.merges.append((1, 1, 1, 10))
fa.add(["截止日期：2023年12月31日", None, None, None, None, None, None, None, None, "单位：元"])
fa.add(["序号", "资产名称", "规格型号", "计量单位", "数量", "购建时间", "原值（元）", "使用状况", "存放地点", "备注"])
FA = [
    ("房屋及构筑物", [
        ("村委会办公楼", "砖混二层 420㎡", "栋", 1, "2009年8月", "2009-08-01", 386000, 386000, "在用", "村中心"),
        ("村卫生室", "砖混 90㎡", "间", 3, "2012.10.15", "2012-10-15", 125000, 125000, "在用", "村东"),
        ("水塔", "容积50m³", "座", 1, "2011.7.1", "2011-07-01", "15.2万元", 152000, "在用", "后梁"),
        ("人饮工程管网", "PE管 3.2km", "套", 1, "2011.7.1", "2011-07-01", 238000, 238000, "在用", "全村"),
        ("机井", "深150米", "眼", 3, "20100501", "2010-05-01", 135000, 135000, "2眼在用", "北滩"),
        ("文化广场", "1200㎡", "处", 1, dt.datetime(2020, 11, 30), "2020-11-30", 312000, 312000, "在用", "村委会前"),
        ("公厕", "砖混", "座", 1, "2021年10月20日", "2021-10-20", 45000, 45000, "在用", "村西"),
        ("活动板房", "彩钢", "间", 4, "2018.6.1", "2018-06-01", 18000, 18000, "闲置", "村委会后院"),
    ]),
    ("机器设备", [
        ("变压器", "S11-200KVA", "台", 1, "2014.6.20", "2014-06-20", 68000, 68000, "在用", "村南配电房"),
        ("变压器", "S9-100KVA", "台", 1, "2008.9.10", "2008-09-10", 32000, 32000, "已损坏", "北滩"),
        ("抽水泵", "QJ200", "台", 2, "2013.6.1", "2013-06-01", 7200, 7200, "在用", "北滩机井"),
        ("拖拉机", "东方红-404", "台", 1, "2006.4.18", "2006-04-18", 42000, 42000, "报废待处置", "村委会后院"),
        ("装载机（铲车）", "ZL30", "台", 1, "2021-08-16", "2021-08-16", "168,000.00", 168000, "在用", "村委会后院"),
        ("垃圾清运车", "福田 3吨", "辆", 1, "2022.6.30", "2022-06-30", 56000, 56000, "在用", "村委会后院"),
    ]),
    ("办公及文体设备", [
        ("办公电脑", "联想 启天", "台", 3, "2019.4.2", "2019-04-02", 10500, 10500, "在用", "办公室"),
        ("打印机", "惠普 1108", "台", 1, "2019.4.2", "2019-04-02", 1680, 1680, "在用", "办公室"),
        ("会议桌椅", "1桌20椅", "套", 1, "2015.3.8", "2015-03-08", 8900, 8900, "在用", "会议室"),
        ("广播扩音设备", None, "套", 1, "2016年5月20日", "2016-05-20", 4500, 4500, "在用", "办公室"),
        ("监控设备", "海康 16路", "套", 1, "2022.1.10", "2022-01-10", 23800, 23800, "在用", "全村"),
        ("健身器材", "12件", "套", 1, "2017.9.5", "2017-09-05", 28600, 28600, "在用", "文化广场"),
        ("篮球架", None, "副", 2, "2017.9.5", "2017-09-05", 6400, 6400, "在用", "文化广场"),
        ("太阳能路灯", "6米杆", "盏", 40, "2018.3.15", "2018-03-15", 96000, 96000, "32盏在用", "主街"),
    ]),
]
n = 0; grand = 0.0; counts = []
for cat, items in FA:
    st = 0.0
    for (name, spec, unit, qty, dcell, iso, acell, amt, status, place) in items:
        n += 1; st += amt
        truth = {"kind": "asset", "village": V4, "name": name, "amount": money(amt), "acquired_on": iso}
        fa.add([n, name, spec, unit, qty, dcell, acell, status, place, None], ("data", truth))
    fa.add([None, cat + "小计", None, None, None, None, st, None, None, None], ("non", "小计"))
    grand += st
    counts.append((cat, len(items), st))
fa.add([None, "合计", None, None, None, None, grand, None, None, None], ("non", "合计"))
fa.blank()
fa.add(["说明：办公楼购建时间按竣工验收月份登记；拖拉机已报废，待村民代表会议决定处置。"], ("non", "注释"))
fa.add(["资产管理员：韩玉明", None, None, "村会计：武秀梅", None, None, "村务监督委员会：薛长青"], ("non", "签名"))

tj = Sheet("分类统计")
tj.add(["柳树湾村固定资产分类统计表"]); tj.merges.append((1, 1, 1, 3))
tj.add(["类别", "件（套）数", "原值合计（元）"])
for cat, cnt, st in counts:
    tj.add([cat, cnt, st], ("non", "统计表行"))
tj.add(["合计", sum(c[1] for c in counts), grand], ("non", "统计表合计"))
write_xlsx(F4, [fa, tj])

# ---------------------------------------------------------------- file 5: cadre roster (GBK csv)
F5 = "红崖乡各村两委班子成员花名册.csv"
cd = Sheet("cadre")
cd.add(["红崖乡各村“两委”班子成员花名册（2023年5月）"])
cd.add(["序号", "村别", "姓名", "性别", "出生年月", "文化程度", "政治面貌", "现任职务", "联系电话"])
CD = [
    ("王家峪村", [
        ("赵春生", "男", "1968.03", "高中", "中共党员", "党支部书记、村委会主任"),
        ("刘文斌", "男", "1979.11", "大专", "中共党员", "党支部副书记"),
        ("郭润田", "男", "1958.06", "初中", "中共党员", "支部委员、报账员"),
        ("王秀芳", "女", "1983.02", "高中", "群众", "村委委员、妇联主席"),
        ("刘永福", "男", "1962.09", "初中", "中共党员", "村务监督委员会主任"),
    ]),
    ("石板沟村", [
        ("宋玉堂", "男", "1965.12", "高中", "中共党员", "党支部书记"),
        ("高俊生", "男", "1975.04", "初中", "中共党员", "村委会主任"),
        ("郝建平", "男", "1971.08", "中专", "中共党员", "支部委员、会计"),
        ("张桂英", "女", "1980.10", "初中", "群众", "村委委员"),
        ("宋福林", "男", "1969.01", "初中", "群众", "村委委员"),
    ]),
    ("李家庄村", [
        ("李满堂", "男", "1963.07", "高中", "中共党员", "党支部书记、村委会主任"),
        ("李春旺", "男", "1972.05", "初中", "中共党员", "支部委员、报账员"),
        ("孟祥林", "男", "1976.09", "高中", "中共党员", "党支部副书记"),
        ("张秀兰", "女", "1985.03", "大专", "群众", "村委委员、妇联主席"),
        ("郝文明", "男", "1990.12", "本科", "中共党员", "村委委员（大学生村官）"),
    ]),
    ("柳树湾村", [
        ("韩玉明", "男", "1966.02", "高中", "中共党员", "党支部书记、村委会主任"),
        ("武秀梅", "女", "1978.07", "中专", "中共党员", "支部委员、会计"),
        ("薛长青", "男", "1960.04", "初中", "中共党员", "村务监督委员会主任"),
        ("韩二平", "男", "1974.11", "初中", "群众", "村委会副主任"),
        ("白建华", "男", "1981.06", "高中", "中共党员", "支部委员"),
    ]),
]
i = 0
phone = 13903500000
for vil, people in CD:
    first = True
    for (name, sex, born, edu, pol, pos) in people:
        i += 1
        phone += 1371
        truth = {"kind": "cadre", "village": vil, "name": name, "position": pos}
        cd.add([i, vil if first else "", name, sex, born, edu, pol, pos, str(phone)], ("data", truth))
        first = False
cd.add([])
cd.add(["说明：村别栏为合并单元格导出，同村只填首行。"], ("non", "注释"))
cd.add(["填报人：乡组织办 张丽", "", "", "", "审核：乡党委 孙建国"], ("non", "签名"))
write_csv(F5, cd, "gbk")

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("data rows:", len(TRUTH["rows"]), "non_data:", len(TRUTH["non_data"]))
