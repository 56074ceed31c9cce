# -*- coding: utf-8 -*-
"""Blind test set: nested 合同履约台账 (contract + payments, project + contracts, lease + receipts, summaries)."""
import os, json, datetime
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUTD = os.path.join(HERE, "files")
os.makedirs(OUTD, exist_ok=True)
TRUTH = {"rows": [], "non_data": []}

# ---------- value helpers ----------
def D(s, fmt="dt"):
    y, m, d = [int(x) for x in s.split("-")]
    iso = "%04d-%02d-%02d" % (y, m, d)
    if fmt == "dt":
        return datetime.date(y, m, d), iso
    if fmt == "dot":
        return "%d.%d.%d" % (y, m, d), iso
    if fmt == "dot0":
        return "%d.%02d.%02d" % (y, m, d), iso
    if fmt == "cn":
        return "%d年%d月%d日" % (y, m, d), iso
    if fmt == "num":
        return "%04d%02d%02d" % (y, m, d), iso
    if fmt == "slash":
        return "%d/%d/%d" % (y, m, d), iso
    if fmt == "dash":
        return iso, iso
    raise ValueError(fmt)

DIG = "零壹贰叁肆伍陆柒捌玖"
def _grp(g):
    s = ""; zero = False
    for i, u in [(3, "仟"), (2, "佰"), (1, "拾"), (0, "")]:
        d = g // 10 ** i % 10
        if d == 0:
            if s: zero = True
        else:
            if zero: s += "零"; zero = False
            s += DIG[d] + u
    return s
def upper(n):
    n = int(n); hi, lo = divmod(n, 10000); s = ""
    if hi: s += _grp(hi) + "万"
    if lo:
        if hi and lo < 1000: s += "零"
        s += _grp(lo)
    return s + "元整"

def M(v, fmt="num"):
    if fmt == "num": return float(v)
    if fmt == "yen": return "¥{:,.2f}".format(v)
    if fmt == "comma": return "{:,.2f}".format(v)
    if fmt == "wan": return ("%g万元" % (v / 10000.0))
    if fmt == "wan2": return ("%g万" % (v / 10000.0))
    if fmt == "cn": return upper(v)
    raise ValueError(fmt)

class Sheet:
    def __init__(self, fname, name, village=None):
        self.fname, self.name, self.village = fname, name, village
        self.rows = []; self.merges = []; self.widths = {}
    @property
    def next(self): return len(self.rows) + 1
    def add(self, cells, kind=None, fields=None, nd=None):
        r = self.next
        self.rows.append(list(cells))
        if kind:
            t = {"file": self.fname, "sheet": self.name, "row": r, "kind": kind}
            if self.village: t["village"] = self.village
            t["fields"] = fields
            TRUTH["rows"].append(t)
        if nd:
            TRUTH["non_data"].append({"file": self.fname, "sheet": self.name, "row": r, "what": nd})
        return r
    def blank(self): self.rows.append([])

def write_xlsx(fname, sheets):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or v == "": continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(v, float):
                    cell.number_format = "#,##0.00"
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(row=1, column=1).font = Font(bold=True, size=14)
        for c, w in sh.widths.items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = w
    wb.save(os.path.join(OUTD, fname))

def write_xls(fname, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    dstyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    mstyle = xlwt.easyxf(num_format_str="#,##0.00")
    tstyle = xlwt.easyxf("font: bold on, height 280; align: horiz center")
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        merged_cells = {}
        for (r1, c1, r2, c2) in sh.merges:
            merged_cells[(r1, c1)] = (r2, c2)
        skip = set()
        for (r1, c1), (r2, c2) in merged_cells.items():
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1): skip.add((rr, cc))
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                if (r, c) in skip: continue
                if (r, c) in merged_cells:
                    r2, c2 = merged_cells[(r, c)]
                    ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, v if v is not None else "", tstyle if r == 1 else xlwt.Style.default_style)
                    continue
                if v is None or v == "": continue
                if isinstance(v, datetime.date):
                    ws.write(r - 1, c - 1, datetime.datetime(v.year, v.month, v.day), dstyle)
                elif isinstance(v, float):
                    ws.write(r - 1, c - 1, v, mstyle)
                else:
                    ws.write(r - 1, c - 1, v)
        for c, w in sh.widths.items():
            ws.col(c - 1).width = 256 * w
    wb.save(os.path.join(OUTD, fname))

# =====================================================================
# File 1: 杨柳村2023年合同履约台账.xlsx  — contract line, payments indented under it
# =====================================================================
F1 = "杨柳村2023年合同履约台账.xlsx"
V1 = "杨柳村"
def ledger_contracts(sh, contracts, start_no=1):
    tot_c = 0.0; tot_p = 0.0
    for i, c in enumerate(contracts):
        code, title, party, (amt, afmt), (sd, sfmt), pays, note = c
        dv, diso = D(sd, sfmt)
        sh.add([start_no + i, code, title, party, M(amt, afmt), dv, None, None, None, note],
               "contract", {"counterparty": party, "amount": float(amt), "signed_on": diso})
        tot_c += amt
        paid = 0.0
        for (pd, pfmt), (pa, pafmt), vno, memo in pays:
            pv, piso = D(pd, pfmt)
            sh.add([None, None, None, None, None, None, pv, M(pa, pafmt), vno, memo],
                   "payment", {"date": piso, "amount": float(pa), "direction": "out", "counterparty": party})
            paid += pa
        tot_p += paid
        if len(pays) >= 3:
            sh.add([None, None, "  累计已付", None, None, None, None, paid, None, "未付%.2f" % (amt - paid)], nd="累计已付")
    return tot_c, tot_p

s1 = Sheet(F1, "合同履约台账", V1)
s1.add(["杨柳村2023年合同履约台账"]); s1.merges.append((1, 1, 1, 10))
s1.add(["填报单位：盱眙县管镇镇杨柳村股份经济合作社", None, None, None, None, None, None, None, "单位：元"])
s1.add(["序号", "合同编号", "合同名称", "乙方", "合同金额", "签订日期", "付款日期", "付款金额", "凭证号", "备注"])
C1 = [
    ("YL-2023-001", "村道硬化工程施工合同", "淮安市金诚建设工程有限公司", (386500, "num"), ("2023-03-12", "dt"),
     [(("2023-04-10", "dt"), (115950, "num"), "记-04-012", "预付30%"),
      (("2023-06-20", "dt"), (154600, "num"), "记-06-031", "进度款"),
      (("2023-09-15", "dt"), (96625, "num"), "记-09-008", "竣工验收后付款")], "质保金5%"),
    ("YL-2023-002", "村委会办公楼维修合同", "盱眙县宏盛建筑安装有限公司", (89800, "num"), ("2023-04-06", "dot"),
     [(("2023-05-08", "dot"), (44900, "num"), "记-05-006", "首付款"),
      (("2023-07-30", "dot"), (40410, "num"), "记-07-027", "尾款（扣质保金）")], ""),
    ("YL-2023-003", "农田灌溉泵站设备采购合同", "江苏润禾水利设备有限公司", (126000, "yen"), ("2023-05-18", "cn"),
     [(("2023-06-02", "cn"), (63000, "yen"), "记-06-002", "到货付50%"),
      (("2023-08-25", "cn"), (63000, "yen"), "记-08-019", "安装调试后付清")], "公开询价"),
    ("YL-2023-004", "村部及村内道路保洁服务合同", "盱眙县洁美物业管理有限公司", (36000, "num"), ("2023-01-05", "dt"),
     [(("2023-03-31", "dt"), (9000, "num"), "记-03-030", "一季度"),
      (("2023-06-30", "dt"), (9000, "cn"), "记-06-040", "二季度"),
      (("2023-09-30", "dt"), (9000, "num"), "记-09-033", "三季度"),
      (("2023-12-29", "dt"), (9000, "num"), "记-12-041", "四季度")], "按季支付"),
    ("YL-2023-005", "村内路灯安装工程合同", "淮安明亮照明工程有限公司", (58600, "num"), ("2023-07-11", "num"),
     [(("2023-08-05", "num"), (30000, "num"), "记-08-004", "预付款"),
      (("2023-10-10", "num"), (25670, "num"), "记-10-011", "验收后付款")], ""),
    ("YL-2023-006", "后塘河塘清淤工程合同", "王德富", (28000, "num"), ("2023-08-03", "slash"),
     [(("2023-09-01", "slash"), (28000, "cn"), "记-09-001", "一次付清")], "个人承包，现金支付"),
    ("YL-2023-007", "文化广场绿化苗木采购合同", "沭阳县花乡苗木专业合作社", (45200, "comma"), ("2023-09-20", "dt"),
     [(("2023-10-12", "dt"), (45200, "comma"), "记-10-015", "")], ""),
    ("YL-2023-008", "村监控系统建设合同", "淮安市安视达电子科技有限公司", (74500, "num"), ("2023-10-28", "dash"),
     [(("2023-11-20", "dash"), (37250, "num"), "记-11-018", "预付50%"),
      (("2023-12-26", "dash"), (29800, "num"), "记-12-035", "进度款")], ""),
    ("YL-2023-009", "旋耕机采购合同", "盱眙县农丰农机销售有限公司", (32800, "num"), ("2023-06-15", "dt"),
     [(("2023-06-15", "dt"), (32800, "num"), "记-06-020", "当日付清")], "2台"),
    ("YL-2023-010", "幼儿园围墙修缮合同", "陈国平", (15600, "num"), ("2023-11-02", "cn"), [], "尚未付款"),
    ("YL-2023-011", "村史文化墙绘制合同", "盱眙县丹青广告有限公司", (18800, "num"), ("2023-05-25", "dt"),
     [(("2023-06-30", "dt"), (18800, "num"), "记-06-045", "")], ""),
    ("YL-2023-012", "应急发电机组采购合同", "江苏动力机电设备有限公司", (26500, "wan"), ("2023-07-20", "dot0"),
     [(("2023-07-28", "dot0"), (13250, "num"), "记-07-030", ""),
      (("2023-08-28", "dot0"), (13250, "num"), "记-08-029", "")], ""),
]
tc, tp = ledger_contracts(s1, C1)
s1.add([None, "合计", None, None, tc, None, None, tp, None, None], nd="合计")
s1.blank()
s1.add(["说明：付款行所列金额均已入账，凭证号对应2023年度记账凭证。"], nd="说明")
s1.add(["制表人：张秀梅", None, None, "审核人：杨建国", None, None, None, "2024年1月10日"], nd="签名")
s1.widths = {2: 14, 3: 26, 4: 28, 5: 14, 6: 13, 7: 13, 8: 14, 9: 11, 10: 18}

s1b = Sheet(F1, "2022年结转合同", V1)
s1b.add(["杨柳村2022年签订、2023年继续履行的合同"])
s1b.add(["单位：元"])
s1b.add(["序号", "合同编号", "合同名称", "乙方", "合同金额", "签订日期", "付款日期", "付款金额", "凭证号", "备注"])
C1b = [
    ("YL-2022-014", "村集体仓库新建工程合同", "盱眙县宏盛建筑安装有限公司", (268000, "num"), ("2022-09-16", "dt"),
     [(("2022-10-20", "dt"), (80400, "num"), "记-10-022", "2022年预付"),
      (("2023-01-18", "dt"), (107200, "num"), "记-01-013", "进度款"),
      (("2023-05-26", "dt"), (67000, "num"), "记-05-030", "结算款")], ""),
    ("YL-2022-015", "土地整理项目测绘服务合同", "淮安市天诚测绘有限公司", (12600, "num"), ("2022-11-03", "cn"),
     [(("2023-02-14", "cn"), (12600, "num"), "记-02-009", "")], ""),
    ("YL-2022-016", "村卫生室设备采购合同", "盱眙县康华医疗器械经营部", (19850, "num"), ("2022-12-12", "dot"),
     [(("2022-12-30", "dot"), (10000, "num"), "记-12-050", ""),
      (("2023-03-08", "dot"), (9850, "num"), "记-03-007", "")], ""),
]
tc, tp = ledger_contracts(s1b, C1b)
s1b.add([None, "合计", None, None, tc, None, None, tp, None, None], nd="合计")
write_xlsx(F1, [s1, s1b])

# =====================================================================
# File 2: 河口村工程项目及合同台账.xls — project line followed by its contracts
# =====================================================================
F2 = "河口村工程项目及合同台账.xls"
V2 = "河口村"
s2 = Sheet(F2, "2023年", V2)
s2.add(["河口村2023年村级工程项目及合同台账"]); s2.merges.append((1, 1, 1, 10))
s2.add(["预算单位：万元；合同金额单位：元"])
s2.add(["序号", "项目情况", None, None, None, "合同情况", None, None, None, "备注"])
s2.merges += [(3, 2, 3, 5), (3, 6, 3, 9), (3, 1, 4, 1), (3, 10, 4, 10)]
s2.add([None, "项目名称", "项目类型", "预算(万元)", "决策日期", "合同编号", "乙方（施工单位）", "合同金额(元)", "签订日期", None])
P2 = [
    ("河口村一事一议村内道路硬化", "一事一议", 52.6, ("2023-02-18", "dt"),
     [("HK2023-01", "盱眙县顺达路桥工程有限公司", 498000, ("2023-03-20", "dt"), "施工"),
      ("HK2023-02", "江苏华测工程检测有限公司", 8600, ("2023-03-22", "dt"), "质量检测"),
      ("HK2023-03", "淮安市正衡工程监理有限公司", 12500, ("2023-03-25", "dt"), "监理")]),
    ("河口村党群服务中心改造", "村级工程", 38, ("2023-04-10", "dot"),
     [("HK2023-04", "盱眙县宏盛建筑安装有限公司", 356800, ("2023-05-06", "dot"), "施工"),
      ("HK2023-05", "盱眙县美居家具有限公司", 21400, ("2023-06-12", "dot"), "办公家具采购")]),
    ("河口村排灌沟渠疏浚", "小微工程", 9.8, ("2023-06-01", "cn"),
     [("HK2023-06", "周海军", 48000, ("2023-06-15", "cn"), "东片"),
      ("HK2023-07", "周海军", 46500, ("2023-07-02", "cn"), "西片")]),
    ("河口村安全饮水管网改造", "一事一议", 26.5, ("2023-08-08", "dt"),
     [("HK2023-08", "江苏清源给排水工程有限公司", 258000, ("2023-09-01", "dt"), "")]),
    ("河口村公厕改造", "小微工程", 6.2, ("2023-10-15", "num"),
     [("HK2023-09", "盱眙县顺达路桥工程有限公司", 59800, ("2023-10-30", "num"), "")]),
]
cn_no = "一二三四五六七八九十"
tb = 0.0; tca = 0.0
for i, (name, typ, bud, (dd, dfmt), cons) in enumerate(P2):
    dv, diso = D(dd, dfmt)
    s2.add([cn_no[i], name, typ, bud, dv, None, None, None, None, None],
           "project", {"name": name, "budget": round(bud * 10000, 2), "contractor": None})
    tb += bud
    for code, party, amt, (sd, sfmt), note in cons:
        sv, siso = D(sd, sfmt)
        s2.add([None, None, None, None, None, code, party, float(amt), sv, note],
               "contract", {"counterparty": party, "amount": float(amt), "signed_on": siso})
        tca += amt
s2.add(["合计", None, None, round(tb, 2), None, None, None, tca, None, None], nd="合计")
s2.add(["注：合同行列于所属项目之下。"], nd="注")
s2.add(["制表：河口村报账员 刘芳", None, None, None, None, "村务监督委员会主任：孙立新"], nd="签名")
s2.widths = {2: 28, 3: 10, 4: 10, 5: 12, 6: 12, 7: 28, 8: 14, 9: 12, 10: 14}

s2b = Sheet(F2, "2022年", V2)
s2b.add(["河口村2022年工程项目及合同明细（单位：元）"])
s2b.add(["项目名称", "类型", "预算金额", "决策日期", "合同编号", "合同乙方", "合同金额", "签订日期", "备注"])
P2b = [
    ("河口村文体广场建设", "一事一议", (420000, "yen"), ("2022-03-05", "dt"),
     [("HK2022-01", "淮安市金诚建设工程有限公司", (405600, "yen"), ("2022-04-02", "dt")),
      ("HK2022-02", "江苏体星体育设施有限公司", (36800, "yen"), ("2022-05-10", "dt"))]),
    ("河口村西河桥梁维修", "村级工程", (180000, "num"), ("2022-05-20", "slash"),
     [("HK2022-03", "盱眙县顺达路桥工程有限公司", (176500, "num"), ("2022-06-08", "slash"))]),
    ("河口村路灯维护", "小微工程", (30000, "num"), ("2022-07-01", "dt"),
     [("HK2022-04", "淮安明亮照明工程有限公司", (29600, "num"), ("2022-07-15", "dt"))]),
    ("河口村垃圾分类亭采购", "小微工程", (45000, "wan2"), ("2022-09-12", "dot"),
     [("HK2022-05", "盱眙县绿源环保设备有限公司", (22400, "num"), ("2022-09-20", "dot")),
      ("HK2022-06", "盱眙县绿源环保设备有限公司", (21800, "num"), ("2022-10-08", "dot"))]),
]
for name, typ, (bud, bfmt), (dd, dfmt), cons in P2b:
    dv, diso = D(dd, dfmt)
    s2b.add([name, typ, M(bud, bfmt), dv, None, None, None, None, None],
            "project", {"name": name, "budget": float(bud), "contractor": None})
    for code, party, (amt, afmt), (sd, sfmt) in cons:
        sv, siso = D(sd, sfmt)
        s2b.add([None, None, None, None, code, party, M(amt, afmt), sv, None],
                "contract", {"counterparty": party, "amount": float(amt), "signed_on": siso})
s2b.blank()
s2b.add(["经办人：刘芳", None, None, "审核：河口村村民委员会"], nd="签名")

s2c = Sheet(F2, "填表说明", V2)
s2c.add(["填表说明"], nd="说明")
s2c.add(["1. 项目行填写项目名称、类型、预算，合同行缩进填写在项目行下方。"], nd="说明")
s2c.add(["2. 预算经村民代表会议决议通过后方可签订合同。"], nd="说明")
write_xls(F2, [s2, s2b, s2c])

# =====================================================================
# File 3: 石桥村集体资源发包及租金收缴台账.xlsx — lease line + yearly rent receipts
# =====================================================================
F3 = "石桥村集体资源发包及租金收缴台账.xlsx"
V3 = "石桥村"
s3 = Sheet(F3, "资源发包台账", V3)
s3.add(["石桥村集体资源发包及租金收缴台账"]); s3.merges.append((1, 1, 1, 12))
s3.add(["统计截至：2024年3月31日", None, None, None, None, None, None, None, None, None, "单位：元"])
s3.add(["序号", "资源名称", "类型", "面积", "承包（承租）方", "承包期限", None, "年承包金(元)", "租金收缴情况", None, None, "备注"])
s3.add([None, None, None, None, None, "起", "止", None, "收款日期", "收款金额", "收据号", None])
s3.merges += [(3, 6, 3, 7), (3, 9, 3, 11), (3, 1, 4, 1), (3, 2, 4, 2), (3, 3, 4, 3), (3, 4, 4, 4), (3, 5, 4, 5), (3, 8, 4, 8), (3, 12, 4, 12)]
L3 = [
    ("东湖鱼塘", "水面", "85亩", 85.0, "赵大勇", ("2019-01-01", "dt"), ("2028-12-31", "dt"), (42500, "num"),
     [(("2021-01-08", "dt"), (42500, "num"), "NO.0021501"), (("2022-01-12", "dt"), (42500, "num"), "NO.0021537"),
      (("2023-02-20", "dt"), (42500, "num"), "NO.0031102"), (("2024-03-15", "dt"), (21250, "num"), "NO.0041006")], "2024年仅交半年"),
    ("西岗林地", "林地", "2.4公顷", 36.0, "盱眙县青山林业专业合作社", ("2020-03-01", "dot"), ("2035-02-28", "dot"), (10800, "num"),
     [(("2021-03-05", "dot"), (10800, "num"), "NO.0021522"), (("2022-03-10", "dot"), (10800, "num"), "NO.0021560"),
      (("2023-03-08", "dot"), (10800, "num"), "NO.0031125"), (("2024-03-06", "dot"), (10800, "num"), "NO.0041002")], ""),
    ("原石桥小学校舍", "房屋", "860平方米", 1.29, "盱眙县巧手服装加工厂", ("2021-07-01", "cn"), ("2026-06-30", "cn"), (36000, "num"),
     [(("2021-07-01", "cn"), (18000, "num"), "NO.0021541"), (("2022-01-05", "cn"), (18000, "num"), "NO.0021533"),
      (("2022-07-05", "cn"), (36000, "num"), "NO.0021588"), (("2023-07-10", "cn"), (36000, "num"), "NO.0031170")], "每年7月前交清"),
    ("北圩耕地", "耕地", "126.5亩", 126.5, "盱眙县丰禾家庭农场", ("2022-01-01", "dt"), ("2026-12-31", "dt"), (101200, "num"),
     [(("2022-01-15", "dt"), (101200, "num"), "NO.0021530"), (("2023-01-16", "dt"), (101200, "yen"), "NO.0031108"),
      (("2024-01-18", "dt"), (50600, "num"), "NO.0041001")], "800元/亩，负责人钱永昌"),
    ("村部临街门面房", "房屋", "120平方米", 0.18, "石永红", ("2023-05-01", "num"), ("2025-04-30", "num"), (9600, "num"),
     [(("2023-05-01", "num"), (9600, "num"), "NO.0031140"), (("2024-04-28", "num"), (9600, "num"), "NO.0041012")], ""),
    ("砖瓦厂旧址", "厂房", "15.6亩", 15.6, "盱眙县鑫达建材有限公司", ("2018-06-01", "dt"), ("2038-05-31", "dt"), (12000, "num"),
     [(("2021-06-02", "dt"), (12000, "num"), "NO.0021528"), (("2022-06-10", "dt"), (12000, "num"), "NO.0021575"),
      (("2023-06-12", "dt"), (12000, "cn"), "NO.0031158")], "期限20年"),
    ("南坡果园", "园地", "48亩", 48.0, "孙桂兰", ("2023-01-01", "slash"), ("2032-12-31", "slash"), (14400, "num"),
     [(("2023-01-05", "slash"), (14400, "num"), "NO.0031101"), (("2024-01-08", "slash"), (14400, "num"), "NO.0041003")], ""),
    ("机耕路边荒地", "其他", "6亩", 6.0, "李长根", ("2022-03-01", "dt"), ("2027-02-28", "dt"), (1800, "num"), [], "历年未收"),
]
due = 0.0; got = 0.0
for i, (name, cat, area_s, area, party, (s_d, s_f), (e_d, e_f), (rent, rfmt), recs, note) in enumerate(L3, 1):
    sv, siso = D(s_d, s_f); ev, eiso = D(e_d, e_f)
    s3.add([i, name, cat, area_s, party, sv, ev, M(rent, rfmt), None, None, None, note],
           "resource", {"name": name, "counterparty": party, "amount": float(rent), "area": area,
                        "started_on": siso, "ended_on": eiso})
    due += rent
    for (rd, rf), (ra, raf), rno in recs:
        rv, riso = D(rd, rf)
        s3.add([None, None, None, None, None, None, None, None, rv, M(ra, raf), rno, None],
               "payment", {"date": riso, "amount": float(ra), "direction": "in", "counterparty": party})
        got += ra
s3.add([None, "合计", None, None, None, None, None, due, None, got, None, None], nd="合计")
s3.blank()
s3.add(["备注：1.收款行为历年实际收取的租金；2.北圩耕地按800元/亩计收。"], nd="备注")
s3.add(["制表人：石桥村报账员 周丽", None, None, None, None, "审核人：王海涛"], nd="签名")
s3.widths = {2: 16, 4: 11, 5: 26, 6: 13, 7: 13, 8: 13, 9: 13, 10: 12, 11: 12, 12: 20}
write_xlsx(F3, [s3])

# =====================================================================
# File 4: 前进村合同及付款情况汇总表.xls — summary with 已付/未付, category sections
# =====================================================================
F4 = "前进村合同及付款情况汇总表.xls"
V4 = "前进村"
s4 = Sheet(F4, "汇总表", V4)
s4.add(["前进村2023年合同及付款情况汇总表"]); s4.merges.append((1, 1, 1, 10))
s4.add(["截至2023年12月31日", None, None, None, None, None, None, None, "单位：元"])
s4.add(["序号", "合同编号", "合同名称", "乙方单位", "合同金额", "签订日期", "已付金额", "未付金额", "付款比例", "备注"])
SEC = [
    ("一、工程类", [
        ("QJ-2023-01", "村组道路拓宽工程", "盱眙县顺达路桥工程有限公司", (612000, "wan"), ("2023-03-02", "dt"), 550800, ""),
        ("QJ-2023-02", "排水沟改造工程", "江苏清源给排水工程有限公司", (186400, "num"), ("2023-04-15", "dt"), 186400, ""),
        ("QJ-2023-03", "村卫生室装修工程", "盱眙县宏盛建筑安装有限公司", (97500, "num"), ("2023-05-20", "cn"), 87750, "质保金未付"),
        ("QJ-2023-04", "村部屋面防水维修", "吴建军", (18600, "num"), ("2023-06-03", "dot"), 18600, ""),
        ("QJ-2023-05", "村部围墙维修", "吴建军", (19200, "num"), ("2023-06-25", "dot"), 19200, ""),
        ("QJ-2023-06", "农桥加固工程", "淮安市金诚建设工程有限公司", (148000, "num"), ("2023-08-12", "dt"), 100000, ""),
        ("QJ-2023-17", "村部停车场铺装", "盱眙县顺达路桥工程有限公司", (86500, "num"), ("2023-10-09", "dt"), 43250, ""),
    ]),
    ("二、采购类", [
        ("QJ-2023-07", "办公电脑及打印机采购", "盱眙县联创电脑科技有限公司", (23600, "num"), ("2023-02-14", "num"), 23600, ""),
        ("QJ-2023-08", "垃圾清运车采购", "江苏宇通环卫设备有限公司", (68000, "num"), ("2023-05-09", "dt"), 68000, ""),
        ("QJ-2023-09", "村部空调采购", "盱眙县苏宁电器经营部", (15800, "num"), ("2023-07-01", "dt"), 15800, ""),
        ("QJ-2023-10", "防汛物资采购", "盱眙县安达五金交电有限公司", (8900, "num"), ("2023-06-10", "slash"), 8900, ""),
        ("QJ-2023-18", "健身器材采购", "江苏体星体育设施有限公司", (32600, "comma"), ("2023-09-05", "dt"), 32600, ""),
    ]),
    ("三、服务类", [
        ("QJ-2023-11", "村级财务代理记账服务", "盱眙县诚信会计服务有限公司", (12000, "num"), ("2023-01-03", "dt"), 12000, ""),
        ("QJ-2023-12", "村庄保洁服务", "盱眙县洁美物业管理有限公司", (72000, "num"), ("2023-01-05", "dt"), 54000, "按月支付"),
        ("QJ-2023-13", "法律顾问服务", "江苏淮瑞律师事务所", (6000, "num"), ("2023-02-01", "cn"), 6000, ""),
        ("QJ-2023-14", "工程造价审计服务", "淮安市正衡工程造价咨询有限公司", (9800, "num"), ("2023-09-18", "dt"), 0, "未付"),
        ("QJ-2023-19", "村庄规划编制服务", "江苏华景规划设计有限公司", (48000, "num"), ("2023-04-22", "dt"), 24000, ""),
    ]),
    ("四、租赁发包类", [
        ("QJ-2023-15", "集体鱼塘承包合同", "陈宝林", (38000, "num"), ("2023-01-01", "dt"), None, "收入合同，年承包金"),
        ("QJ-2023-16", "村部闲置用房出租合同", "盱眙县乐购超市", (15000, "num"), ("2023-03-01", "dot"), None, "收入合同，年租金"),
        ("QJ-2023-20", "村东机动地发包合同", "前进村种植户 蒋德华", (26400, "num"), ("2023-02-20", "dt"), None, "收入合同"),
    ]),
]
no = 0; gt_c = 0.0; gt_p = 0.0; gt_u = 0.0
for sec, items in SEC:
    s4.add([sec], nd="分类标题")
    st_c = 0.0; st_p = 0.0; st_u = 0.0
    for code, title, party, (amt, afmt), (sd, sfmt), paid, note in items:
        no += 1
        sv, siso = D(sd, sfmt)
        if paid is None:
            paid_c, unpaid_c, ratio = "—", "—", "—"
        else:
            paid_c, unpaid_c = float(paid), float(amt - paid)
            ratio = "%d%%" % round(paid * 100.0 / amt)
            st_p += paid; st_u += amt - paid
        truth_party = "蒋德华" if party.endswith("蒋德华") else party
        s4.add([no, code, title, party, M(amt, afmt), sv, paid_c, unpaid_c, ratio, note],
               "contract", {"counterparty": truth_party, "amount": float(amt), "signed_on": siso})
        st_c += amt
    s4.add([None, "小计", None, None, st_c, None, st_p if st_p else None, st_u if st_p else None, None, None], nd="小计")
    gt_c += st_c; gt_p += st_p; gt_u += st_u
s4.add([None, "合计", None, None, gt_c, None, gt_p, gt_u, None, None], nd="合计")
s4.add(["填报人：前进村会计 钱晓燕", None, None, "村党总支书记：韩志刚", None, None, "填报日期：2024年1月8日"], nd="签名")
s4.widths = {2: 13, 3: 24, 4: 28, 5: 13, 6: 12, 7: 13, 8: 13, 9: 9, 10: 18}

s4b = Sheet(F4, "分类统计", V4)
s4b.add(["前进村2023年合同分类统计"])
s4b.add(["合同类别", "份数", "合同金额(元)", "已付金额(元)"])
for sec, items in SEC:
    ca = sum(i[3][0] for i in items)
    pa = sum(i[5] for i in items if i[5] is not None)
    s4b.add([sec[2:], len(items), float(ca), float(pa) if pa else "—"], nd="统计表（非记录）")
s4b.add(["合计", sum(len(i) for _, i in SEC), gt_c, gt_p], nd="统计表合计")
write_xls(F4, [s4, s4b])

# =====================================================================
# File 5: 桃园村2022年工程项目合同履约台账.xlsx — project > contract > payment, three levels
# =====================================================================
F5 = "桃园村2022年工程项目合同履约台账.xlsx"
V5 = "桃园村"
s5 = Sheet(F5, "履约台账", V5)
s5.add(["桃园村2022年工程项目合同履约台账"]); s5.merges.append((1, 1, 1, 10))
s5.add(["单位：元"])
s5.add(["序号", "项目/合同名称", "施工单位/乙方", "项目预算", "合同金额", "签订日期", "付款日期", "付款金额", "凭证号", "备注"])
P5 = [
    ("桃园村高标准农田配套沟渠工程", "盱眙县水利建筑工程有限公司", 680000, "村级工程", [
        ("TY2022-01 沟渠施工合同", "盱眙县水利建筑工程有限公司", 645000, ("2022-03-18", "dt"),
         [(("2022-04-20", "dt"), 193500, "记-04-15"), (("2022-07-12", "dt"), 258000, "记-07-09"), (("2022-11-30", "dt"), 161250, "记-11-21")]),
        ("TY2022-02 工程监理合同", "淮安市正衡工程监理有限公司", 15800, ("2022-03-20", "dt"),
         [(("2022-12-05", "dt"), 15800, "记-12-04")]),
    ]),
    ("桃园村村史馆布展工程", "南京艺林展览展示有限公司", 150000, "", [
        ("TY2022-03 布展设计施工合同", "南京艺林展览展示有限公司", 138600, ("2022-05-06", "cn"),
         [(("2022-05-20", "cn"), 41580, "记-05-12"), (("2022-08-18", "cn"), 83160, "记-08-10")]),
        ("TY2022-04 展柜采购合同", "盱眙县美居家具有限公司", 9800, ("2022-05-10", "cn"),
         [(("2022-06-01", "cn"), 9800, "记-06-01")]),
    ]),
    ("桃园村村内亮化工程", "淮安明亮照明工程有限公司", 96000, "", [
        ("TY2022-05 亮化工程施工合同", "淮安明亮照明工程有限公司", 93500, ("2022-08-02", "dot"),
         [(("2022-09-05", "dot"), 46750, "记-09-03"), (("2022-12-20", "dot"), 46750, "记-12-16"), (("2023-01-10", "dot"), 8000, "记-01-05")]),
    ]),
    ("桃园村东组道路修复（一事一议）", "李卫东", 42000, "一事一议", [
        ("TY2022-06 道路修复施工合同", "李卫东", 41500, ("2022-10-08", "num"),
         [(("2022-10-30", "num"), 20000, "记-10-22"), (("2022-12-28", "num"), 21500, "记-12-25")]),
    ]),
    ("桃园村小学操场维修", "盱眙县宏盛建筑安装有限公司", 55000, "", [
        ("TY2022-07 操场维修合同", "盱眙县宏盛建筑安装有限公司", 53800, ("2022-07-08", "dt"),
         [(("2022-07-30", "dt"), 26900, "记-07-26"), (("2022-09-15", "dt"), 26900, "记-09-12")]),
    ]),
]
cno = 0; tb = 0.0; tca = 0.0; tpa = 0.0
for i, (pname, pcontr, budget, ptype, cons) in enumerate(P5):
    s5.add([cn_no[i] + "、", pname, pcontr, float(budget), None, None, None, None, None, ptype],
           "project", {"name": pname, "budget": float(budget), "contractor": pcontr})
    tb += budget
    ppaid = 0.0; pcon = 0.0
    for ctitle, party, amt, (sd, sfmt), pays in cons:
        cno += 1
        sv, siso = D(sd, sfmt)
        s5.add([cno, "    " + ctitle, party, None, float(amt), sv, None, None, None, None],
               "contract", {"counterparty": party, "amount": float(amt), "signed_on": siso})
        pcon += amt
        for (pd, pf), pa, vno in pays:
            pv, piso = D(pd, pf)
            s5.add([None, None, None, None, None, None, pv, float(pa), vno, None],
                   "payment", {"date": piso, "amount": float(pa), "direction": "out", "counterparty": party})
            ppaid += pa
    if len(cons) > 1:
        s5.add([None, "    项目小计", None, None, pcon, None, None, ppaid, None, None], nd="项目小计")
    tca += pcon; tpa += ppaid
s5.add([None, "合计", None, tb, tca, None, None, tpa, None, None], nd="合计")
s5.blank()
s5.add(["制表人：桃园村会计 黄淑珍", None, None, None, "审核人：马国强", None, None, "2023年2月6日"], nd="签名")
s5.widths = {2: 34, 3: 28, 4: 12, 5: 12, 6: 13, 7: 13, 8: 12, 9: 10, 10: 12}
write_xlsx(F5, [s5])

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("rows", len(TRUTH["rows"]), "non_data", len(TRUTH["non_data"]))
