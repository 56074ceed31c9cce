"""Blind test set qa42: technical spreadsheet quirks (formulas w/ cached values, hidden cols/sheets,
frozen panes, comments, validation, weekday text dates, full-width digits, merged cells mid-table,
repeated page headers, blank columns, header at C6). Deterministic."""
import csv, json, re, zipfile, shutil
from datetime import date, datetime
from pathlib import Path
import openpyxl, xlwt
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
if FILES.exists():
    shutil.rmtree(FILES)
FILES.mkdir()
TRUTH, NON = [], []
WD = "一二三四五六日"

def t(file, sheet, row, kind, fields, village):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        d["village"] = village
    TRUTH.append(d)

def nd(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})

def iso(d):
    return d.strftime("%Y-%m-%d")

def fw(s):  # full-width digits
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else ("．" if c == "." else c) for c in s)

def date_variant(d, k, time=(9, 30)):
    """returns (value, number_format or None)"""
    k %= 5
    if k == 0:
        return datetime(d.year, d.month, d.day, *time), "yyyy-mm-dd hh:mm"
    if k == 1:
        return f"{iso(d)} 00:00:00", None
    if k == 2:
        return f"{d.year}年{d.month}月{d.day}日 星期{WD[d.weekday()]}", None
    if k == 3:
        return datetime(d.year, d.month, d.day), 'yyyy"年"m"月"d"日"'
    return f"{d.year}.{d.month}.{d.day}", None

def amt_variant(a, k):
    """returns (value, quotePrefix, numeric?)"""
    k %= 5
    if k == 0:
        return a, False, True
    if k == 1:
        return f"{a:,.2f}元整", False, False
    if k == 2:
        return f"  {a:.2f} ", False, False
    if k == 3 and a == int(a):
        return fw(str(int(a))), False, False
    if k == 3:
        return fw(f"{a:.2f}"), False, False
    return (str(int(a)) if a == int(a) else f"{a:.2f}"), True, False

CACHE = {}  # (file, sheetindex) -> {ref: value}

def patch_cache(path, sheet_order):
    """write cached values for formula cells, as Excel/WPS does on save"""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m:
                name = sheet_order[int(m.group(1)) - 1]
                vals = CACHE.get((path.name, name), {})
                s = data.decode("utf-8")
                for ref, v in vals.items():
                    s = re.sub(r'(<c r="%s"[^>]*><f>[^<]*</f>)<v\s*/>' % ref, lambda mm: mm.group(1) + "<v>%s</v>" % repr(float(v)).rstrip("0").rstrip("."), s)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    tmp.replace(path)

def fcell(ws, fname, ref, formula, value, fmt="#,##0.00"):
    ws[ref] = formula
    ws[ref].number_format = fmt
    CACHE.setdefault((fname, ws.title), {})[ref] = round(value, 2)

# ---------------------------------------------------------------- File A: payments 高庄村
FA = "高庄村2024年收支明细账.xlsx"
VA = "高庄村"
P1 = [  # date, voucher, summary, account, dir, amount, counterparty, method, handler
    (date(2024,1,3),"记-001","收到镇财政拨付村干部报酬补助","补助收入","in",86400.00,"泗洪县魏营镇财政所","转账","高建国"),
    (date(2024,1,8),"记-002","支付2023年12月村部电费","管理费用","out",1286.40,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,1,12),"记-003","收2024年东圩鱼塘承包费","发包及上交收入","in",18000.00,"张文彬","转账","王秀英"),
    (date(2024,1,16),"记-004","购办公用品（打印纸、墨盒）","管理费用","out",1200.00,"泗洪县文华办公用品商行","现金","李春梅"),
    (date(2024,1,22),"记-005","支付村部门卫工资","管理费用","out",2400.00,"刘长海","现金","王秀英"),
    (date(2024,1,26),"记-006","支付春节慰问困难户物资款","其他支出","out",6580.00,"泗洪县苏果超市魏营店","转账","高建国"),
    (date(2024,1,30),"记-007","银行存款利息","其他收入","in",326.15,"江苏泗洪农村商业银行","转账","王秀英"),
    (date(2024,2,5),"记-008","支付村组道路维修工程进度款","在建工程","out",45000.00,"宿迁市宏业建筑工程有限公司","转账","高建国"),
    (date(2024,2,19),"记-009","收高庄村南片耕地租金","发包及上交收入","in",52500.00,"泗洪县绿丰家庭农场","转账","王秀英"),
    (date(2024,2,21),"记-010","支付村部宽带年费","管理费用","out",1560.00,"中国电信泗洪分公司","转账","李春梅"),
    (date(2024,2,26),"记-011","报销到县农业农村局办事交通费","管理费用","out",186.00,"高建国","现金","高建国"),
    (date(2024,2,28),"记-012","支付保洁员2月工资","管理费用","out",1800.00,"周桂兰","现金","王秀英"),
    (date(2024,3,4),"记-013","收到一事一议财政奖补资金","补助收入","in",150000.00,"泗洪县魏营镇财政所","转账","王秀英"),
    (date(2024,3,5),"记-014","支付高庄村文化广场工程预付款","在建工程","out",60000.00,"安徽皖北建工集团有限公司","转账","高建国"),
    (date(2024,3,11),"记-015","购买绿化苗木（香樟）","在建工程","out",12350.00,"沭阳县新河镇华美苗木场","转账","李春梅"),
    (date(2024,3,15),"记-016","支付2月村部电费","管理费用","out",964.20,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,3,20),"记-017","收村集体仓库出租租金","租赁收入","in",9600.00,"泗洪县鑫达粮食购销有限公司","转账","王秀英"),
    (date(2024,3,27),"记-018","支付村级公益性岗位补贴","管理费用","out",3600.00,"刘长海","现金","王秀英"),
    (date(2024,4,2),"记-019","冲销记-015多付苗木款","在建工程","out",-1200.00,"沭阳县新河镇华美苗木场","转账","李春梅"),
    (date(2024,4,8),"记-020","支付防汛物资（编织袋、铁锹）","其他支出","out",4380.00,"泗洪县金桥五金建材店","现金","高建国"),
    (date(2024,4,12),"记-021","收退回多付苗木款","在建工程","in",1200.00,"沭阳县新河镇华美苗木场","转账","王秀英"),
    (date(2024,4,16),"记-022","支付村务公开栏制作费","管理费用","out",2800.00,"泗洪县明亮广告制作部","转账","李春梅"),
    (date(2024,4,23),"记-023","支付文化广场工程进度款","在建工程","out",85000.00,"安徽皖北建工集团有限公司","转账","高建国"),
    (date(2024,4,29),"记-024","支付保洁员3-4月工资","管理费用","out",3600.00,"周桂兰","现金","王秀英"),
    (date(2024,5,6),"记-025","收光伏发电收益","经营收入","in",7842.36,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,5,10),"记-026","支付村干部培训会务费","管理费用","out",3200.00,"泗洪县洪泽湖大酒店","转账","高建国"),
    (date(2024,5,14),"记-027","支付沟渠清淤机械租赁费","其他支出","out",16800.00,"王德兵","转账","高建国"),
    (date(2024,5,21),"记-028","收东圩鱼塘承包费（尾款）","发包及上交收入","in",6000.00,"张文彬","现金","王秀英"),
    (date(2024,5,28),"记-029","支付村部空调维修费","管理费用","out",650.00,"泗洪县兴旺家电维修部","现金","李春梅"),
    (date(2024,6,3),"记-030","支付文化广场工程结算款","在建工程","out",92400.00,"安徽皖北建工集团有限公司","转账","高建国"),
    (date(2024,6,7),"记-031","支付5月村部电费","管理费用","out",1108.90,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,6,12),"记-032","收农机库房租金","租赁收入","in",4800.00,"高玉林","现金","王秀英"),
    (date(2024,6,18),"记-033","购买消毒药品（环境整治）","其他支出","out",2250.00,"泗洪县康民农资经营部","现金","李春梅"),
    (date(2024,6,24),"记-034","支付保洁员5-6月工资","管理费用","out",3600.00,"周桂兰","现金","王秀英"),
    (date(2024,6,28),"记-035","银行存款利息","其他收入","in",412.08,"江苏泗洪农村商业银行","转账","王秀英"),
]
P2 = [
    (date(2024,7,2),"记-036","支付村部屋面防水维修款","管理费用","out",18600.00,"宿迁市宏业建筑工程有限公司","转账","高建国"),
    (date(2024,7,9),"记-037","收高庄村北片耕地租金","发包及上交收入","in",38400.00,"泗洪县绿丰家庭农场","转账","王秀英"),
    (date(2024,7,15),"记-038","支付防汛值班补贴","管理费用","out",2100.00,"高玉林","现金","王秀英"),
    (date(2024,7,26),"记-039","支付6月村部电费","管理费用","out",1422.60,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,8,5),"记-040","支付路灯更换材料款","在建工程","out",27900.00,"泗洪县金桥五金建材店","转账","高建国"),
    (date(2024,8,13),"记-041","收光伏发电收益","经营收入","in",8916.52,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,8,22),"记-042","支付路灯安装人工费","在建工程","out",9800.00,"王德兵","现金","高建国"),
    (date(2024,9,3),"记-043","支付村民代表会议误工补贴","管理费用","out",1500.00,"高建国","现金","高建国"),
    (date(2024,9,10),"记-044","收村集体仓库出租租金","租赁收入","in",9600.00,"泗洪县鑫达粮食购销有限公司","转账","王秀英"),
    (date(2024,9,19),"记-045","支付秋季秸秆禁烧巡查补贴","其他支出","out",4500.00,"刘长海","现金","王秀英"),
    (date(2024,9,27),"记-046","支付保洁员7-9月工资","管理费用","out",5400.00,"周桂兰","现金","王秀英"),
    (date(2024,10,8),"记-047","支付村部会议室桌椅","固定资产","out",13600.00,"宿迁市佳美家具有限公司","转账","李春梅"),
    (date(2024,10,17),"记-048","收到镇财政拨付村级运转经费","补助收入","in",60000.00,"泗洪县魏营镇财政所","转账","王秀英"),
    (date(2024,10,29),"记-049","支付沟渠清淤机械租赁费","其他支出","out",16800.00,"王德兵","转账","高建国"),
    (date(2024,11,6),"记-050","支付10月村部电费","管理费用","out",987.30,"国网泗洪县供电公司","转账","王秀英"),
    (date(2024,11,20),"记-051","支付冬季困难户慰问金","其他支出","out",8000.00,"高庄村困难户（名单附后）","现金","高建国"),
    (date(2024,12,12),"记-052","收东圩鱼塘2025年承包费","发包及上交收入","in",24000.00,"张文彬","转账","王秀英"),
    (date(2024,12,27),"记-053","银行存款利息","其他收入","in",388.41,"江苏泗洪农村商业银行","转账","王秀英"),
]
HDR_A = ["日期", "凭证号", "摘要", "会计科目", "收入金额", "支出金额", "对方单位", "结算方式", "经手人"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "1-6月"

def pay_sheet(ws, data, title, month_groups, start_k, with_comments):
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A2"] = "单位：元"
    r = 3
    for c, h in enumerate(HDR_A, 1):
        ws.cell(r, c, h)
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    r = 4
    since = 0
    k = start_k
    tot_in = tot_out = 0.0
    if ws.title == "7-12月":
        ws.cell(r, 3, "上年结转")
        ws.cell(r, 3 + 0, "期初余额（承上期）")
        ws.cell(r, 5, 412386.55).number_format = "#,##0.00"
        nd(FA, ws.title, r, "期初余额")
        r += 1; since += 1
    for group in month_groups:
        first = r
        m_in = m_out = 0.0
        for p in group:
            if since and since % 20 == 0:
                for c, h in enumerate(HDR_A, 1):
                    ws.cell(r, c, h)
                nd(FA, ws.title, r, "重复表头（打印分页）")
                r += 1; since += 1
            d, v, s, acc, dr, a, cp, meth, hd = p
            dv, dfmt = date_variant(d, k)
            ws.cell(r, 1, dv)
            if dfmt:
                ws.cell(r, 1).number_format = dfmt
            ws.cell(r, 2, v); ws.cell(r, 3, s); ws.cell(r, 4, acc)
            col = 5 if dr == "in" else 6
            if a < 0:
                ws.cell(r, col, f"({-a:,.2f})")
                numeric = False
            else:
                av, qp, numeric = amt_variant(a, k * 3 + 1)
                ws.cell(r, col, av)
                if qp:
                    ws.cell(r, col).quotePrefix = True
                if numeric:
                    ws.cell(r, col).number_format = "#,##0.00"
            if numeric:
                if dr == "in": m_in += a
                else: m_out += a
            ws.cell(r, 7, cp); ws.cell(r, 8, meth); ws.cell(r, 9, hd)
            if with_comments and k % 4 == 0:
                ws.cell(r, 3).comment = Comment(f"附件{2 + k % 3}张，{hd}经手", "王秀英")
            t(FA, ws.title, r, "payment", {"date": iso(d), "amount": a, "direction": dr, "counterparty": cp}, VA)
            r += 1; since += 1; k += 1
        ws.cell(r, 3, "本月合计")
        fcell(ws, FA, f"E{r}", f"=SUM(E{first}:E{r-1})", m_in)
        fcell(ws, FA, f"F{r}", f"=SUM(F{first}:F{r-1})", m_out)
        nd(FA, ws.title, r, "本月合计")
        tot_in += m_in; tot_out += m_out
        r += 1; since += 1
        ws.cell(r, 3, "本年累计")
        ws.cell(r, 5, round(tot_in, 2)).number_format = "#,##0.00"
        ws.cell(r, 6, round(tot_out, 2)).number_format = "#,##0.00"
        nd(FA, ws.title, r, "本年累计")
        r += 1; since += 1
    r += 1
    ws.cell(r, 1, "制表人：王秀英")
    ws.cell(r, 5, "审核人：高建国")
    nd(FA, ws.title, r, "签名")

def by_month(data):
    out = {}
    for p in data:
        out.setdefault(p[0].month, []).append(p)
    return [out[m] for m in sorted(out)]

pay_sheet(ws, P1, "泗洪县魏营镇高庄村2024年收支明细账（1-6月）", by_month(P1), 0, False)
ws2 = wb.create_sheet("7-12月")
pay_sheet(ws2, P2, "泗洪县魏营镇高庄村2024年收支明细账（7-12月）", [P2[:4], P2[4:11], P2[11:]], 2, True)
wb.save(FILES / FA)
patch_cache(FILES / FA, ["1-6月", "7-12月"])

# ---------------------------------------------------------------- File B: contracts, projects, cadres, hidden 字典
FB = "高庄村合同及工程项目台账.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "合同台账"
ws["C2"] = "泗洪县魏营镇高庄村2024年合同管理台账"
ws["C4"] = "填报单位：高庄村村民委员会"
ws["K4"] = "单位：元"
hdr = {3: "序号", 5: "合同编号", 6: "合同名称", 8: "合同类别", 9: "乙方（承包方）", 10: "合同金额", 11: "签订日期", 12: "采购方式", 13: "联系电话", 14: "备注"}
for c, h in hdr.items():
    ws.cell(6, c, h)
ws.column_dimensions["M"].hidden = True
ws.column_dimensions["D"].width = 2
ws.column_dimensions["G"].width = 2
ws.freeze_panes = "E7"
CONTRACTS = [  # category groups; counterparty; title; amount; signed
    ("工程", [("高庄村组道路维修工程施工合同", "宿迁市宏业建筑工程有限公司", 198000.00, date(2024,1,18), "邀请招标", "13905271186"),
             ("高庄村文化广场建设工程施工合同", "安徽皖北建工集团有限公司", 237400.00, date(2024,2,27), "公开招标", "15305573210"),
             ("村部屋面防水维修合同", "宿迁市宏业建筑工程有限公司", 18600.00, date(2024,6,20), "询价", "13905271186"),
             ("路灯更换安装工程合同", "泗洪县金桥五金建材店", 27900.00, date(2024,7,29), "竞争性谈判", "13852789045"),
             ("路灯安装劳务合同", "王德兵", 9800.00, date(2024,7,30), "村民代表会议议定", "13776512390"),
             ("东圩沟渠清淤工程合同", "王德兵", 33600.00, date(2024,5,8), "村民代表会议议定", "13776512390")]),
    ("采购", [("绿化苗木采购合同", "沭阳县新河镇华美苗木场", 11150.00, date(2024,3,8), "询价", "18912376540"),
             ("防汛物资采购合同", "泗洪县金桥五金建材店", 4380.00, date(2024,4,3), "询价", "13852789045"),
             ("会议室桌椅采购合同", "宿迁市佳美家具有限公司", 13600.00, date(2024,9,26), "询价", "0527-80812233"),
             ("春节慰问物资采购合同", "泗洪县苏果超市魏营店", 6580.00, date(2024,1,20), "直接采购", "0527-80566001"),
             ("村务公开栏制作合同", "泗洪县明亮广告制作部", 2800.00, date(2024,4,10), "直接采购", "15151023344")]),
    ("服务", [("村部保洁服务协议", "周桂兰", 21600.00, date(2024,1,2), "村民代表会议议定", "15861247733"),
             ("村部宽带服务合同", "中国电信泗洪分公司", 1560.00, date(2024,2,18), "直接采购", "10000"),
             ("村级财务代理记账服务合同", "宿迁市诚信会计服务有限公司", 12000.00, date(2024,3,1), "询价", "0527-84451290"),
             ("村干部培训会务服务合同", "泗洪县洪泽湖大酒店", 3200.00, date(2024,5,6), "直接采购", "0527-86212888")]),
    ("租赁/发包", [("东圩鱼塘承包合同", "张文彬", 24000.00, date(2023,12,28), "公开竞价", "13962134567"),
                ("南片耕地租赁合同", "泗洪县绿丰家庭农场", 91000.00, date(2024,1,10), "公开竞价", "18051286677"),
                ("村集体仓库租赁合同", "泗洪县鑫达粮食购销有限公司", 19200.00, date(2024,3,12), "协商", "0527-80831155"),
                ("农机库房租赁合同", "高玉林", 4800.00, date(2024,6,1), "协商", "13705278890"),
                ("村部闲置用房租赁合同", "泗洪县魏营镇邮政支局", 6000.00, date(2024,8,15), "协商", "0527-80811185")]),
]
r = 7; n = 0; k = 0; first = 7
for cat, items in CONTRACTS:
    gstart = r
    i = 0
    while i < len(items):
        title, cp, a, d, proc, tel = items[i]
        # same supplier two contracts in a row -> merged 乙方 cell spanning both rows
        span = 2 if (i + 1 < len(items) and items[i + 1][1] == cp and cat == "工程") else 1
        for j in range(span):
            title, cp, a, d, proc, tel = items[i + j]
            n += 1
            ws.cell(r, 3, n)
            ws.cell(r, 5, f"GZHT-2024-{n:03d}")
            ws.cell(r, 6, title)
            if j == 0:
                ws.cell(r, 9, cp)
            if cat == "工程" and n == 2:
                ws.cell(r, 10, "237,400.00元整")
            elif k % 4 == 0:
                ws.cell(r, 10, a).number_format = "#,##0.00"
            elif k % 4 == 1:
                ws.cell(r, 10, f"{a:,.2f}")
            elif k % 4 == 2:
                ws.cell(r, 10, fw(f"{a:.2f}") if a != int(a) else fw(str(int(a))))
            else:
                ws.cell(r, 10, f" {a:.2f}"); ws.cell(r, 10).quotePrefix = True
            dv, dfmt = date_variant(d, k + 2, (15, 20))
            ws.cell(r, 11, dv)
            if dfmt:
                ws.cell(r, 11).number_format = dfmt
            ws.cell(r, 12, proc)
            ws.cell(r, 13, tel)
            if title == "东圩沟渠清淤工程合同":
                ws.cell(r, 10).comment = Comment("分两次支付，每次16800元", "王秀英")
                ws.cell(r, 14, "分期付款")
            if title == "绿化苗木采购合同":
                ws.cell(r, 10).comment = Comment("原报价12350元，核减1200元", "李春梅")
            t(FB, "合同台账", r, "contract", {"counterparty": cp, "amount": a, "signed_on": iso(d)}, VA)
            r += 1; k += 1
        if span == 2:
            ws.merge_cells(start_row=r - 2, start_column=9, end_row=r - 1, end_column=9)
        i += span
    ws.cell(gstart, 8, cat)
    if r - 1 > gstart:
        ws.merge_cells(start_row=gstart, start_column=8, end_row=r - 1, end_column=8)
ws.cell(r, 3, "合计")
numeric_sum = sum(ws.cell(x, 10).value for x in range(first, r) if isinstance(ws.cell(x, 10).value, (int, float)))
fcell(ws, FB, f"J{r}", f"=SUM(J{first}:J{r-1})", numeric_sum)
nd(FB, "合同台账", r, "合计")
ws.cell(r + 2, 3, "注：租赁/发包类合同金额为合同期总价款。")
nd(FB, "合同台账", r + 2, "注释")
ws.cell(r + 3, 3, "制表人：王秀英")
ws.cell(r + 3, 9, "审核人：高建国")
nd(FB, "合同台账", r + 3, "签名")
dvl = DataValidation(type="list", formula1="=字典!$A$2:$A$9", allow_blank=True)
ws.add_data_validation(dvl)
dvl.add(f"L7:L{r-1}")

# projects: two-row header, frozen panes, 预算 in 万元
ws = wb.create_sheet("工程项目")
ws.merge_cells("A1:J1")
ws["A1"] = "高庄村2024年村级工程项目（含一事一议）台账"
top = ["序号", "项目名称", "项目类型", "施工单位", "金额", None, "日期", None, None, "备注"]
sub = [None, None, None, None, "预算（万元）", "合同金额（元）", "村民代表会议日期", "开工日期", "竣工日期", None]
for c, h in enumerate(top, 1):
    if h: ws.cell(2, c, h)
for c, h in enumerate(sub, 1):
    if h: ws.cell(3, c, h)
for c in (1, 2, 3, 4, 10):
    ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
ws.merge_cells("E2:F2"); ws.merge_cells("G2:I2")
ws.freeze_panes = "C4"
PROJ = [
    ("高庄村组道路维修工程", "村级工程", "宿迁市宏业建筑工程有限公司", 20.0, 198000.00, date(2024,1,10), date(2024,1,22), date(2024,3,30)),
    ("高庄村文化广场建设工程", "一事一议", "安徽皖北建工集团有限公司", 25.0, 237400.00, date(2024,2,20), date(2024,3,6), date(2024,5,31)),
    ("村部屋面防水维修", "小微工程", "宿迁市宏业建筑工程有限公司", 2.0, 18600.00, date(2024,6,15), date(2024,6,22), date(2024,6,30)),
    ("村庄路灯更换工程", "一事一议", "泗洪县金桥五金建材店", 4.0, 37700.00, date(2024,7,25), date(2024,8,1), date(2024,8,28)),
    ("东圩沟渠清淤", "小微工程", "王德兵", 3.5, 33600.00, date(2024,5,20), date(2024,5,12), date(2024,11,5)),
    ("村庄绿化提升工程", "村级工程", "沭阳县新河镇华美苗木场", 1.5, 11150.00, date(2024,3,5), date(2024,3,12), date(2024,3,25)),
    ("西组桥梁加固工程", "一事一议", None, 12.0, None, date(2024,11,18), None, None),
    ("高庄小学门前道路拓宽", "村级工程", None, 38.6, None, date(2024,12,6), None, None),
    ("农田灌溉泵站改造", "一事一议", "泗洪县水利建筑安装工程有限公司", 15.8, 149860.00, date(2024,8,30), date(2024,9,20), date(2024,11,30)),
    ("村部会议室改造", "小微工程", "宿迁市佳美家具有限公司", 1.5, 13600.00, date(2024,9,20), date(2024,10,8), date(2024,10,12)),
    ("北片生产路硬化", "一事一议", "宿迁市宏业建筑工程有限公司", 48.0, 452300.00, date(2024,4,18), date(2024,5,10), date(2024,7,20)),
    ("村级光伏电站维护", "村级工程", "泗洪县阳光新能源科技有限公司", 0.9, 8600.00, date(2024,5,2), date(2024,5,6), date(2024,5,8)),
]
r = 4
for i, (nm, ty, con, bud, amt, dd, sd, fd) in enumerate(PROJ):
    if i == 6:  # a blank row in the middle
        nd(FB, "工程项目", r, "空行")
        r += 1
    ws.cell(r, 1, i + 1); ws.cell(r, 2, nm); ws.cell(r, 3, ty)
    if con: ws.cell(r, 4, con)
    ws.cell(r, 5, bud).number_format = "0.00"
    if amt is not None:
        if i % 3 == 1:
            ws.cell(r, 6, f"{amt:,.2f}元整")
        else:
            ws.cell(r, 6, amt).number_format = "#,##0.00"
    for c, dd_ in ((7, dd), (8, sd), (9, fd)):
        if dd_:
            dv, dfmt = date_variant(dd_, i + c)
            ws.cell(r, c, dv)
            if dfmt: ws.cell(r, c).number_format = dfmt
    if nm == "东圩沟渠清淤":
        ws.cell(r, 10, "先行施工，后补会议记录")
        ws.cell(r, 8).comment = Comment("开工日期早于会议日期，待核实", "镇纪委")
    f = {"name": nm, "contractor": con}
    if amt is not None: f["amount"] = amt
    else: f["budget"] = round(bud * 10000, 2)
    t(FB, "工程项目", r, "project", f, VA)
    r += 1
ws.cell(r, 2, "合计")
fcell(ws, FB, f"E{r}", f"=SUM(E4:E{r-1})", sum(p[3] for p in PROJ), "0.00")
fcell(ws, FB, f"F{r}", f"=SUM(F4:F{r-1})", sum(p[4] for i, p in enumerate(PROJ) if p[4] and i % 3 != 1))
nd(FB, "工程项目", r, "合计")

# cadres
ws = wb.create_sheet("村两委成员")
ws["A1"] = "高庄村“两委”班子成员及村务监督委员会名单"
for c, h in enumerate(["序号", "姓名", None, "职务", None, "联系电话", "分工"], 1):
    if h: ws.cell(3, c, h)
CAD_B = [("高建国", "党总支书记、村委会主任", "13905278812", "全面工作"), ("王秀英", "村会计（报账员）", "15162139907", "财务"),
         ("李春梅", "村委会委员", "13852716603", "妇联、计生"), ("高玉林", "党总支副书记", "13705278890", "农业、防汛"),
         ("刘长海", "村民小组长", "13182951170", "东组"), ("张德才", "村务监督委员会主任", "13615245528", "监督"),
         ("周立新", "村务监督委员会委员", "18036951234", "监督"), ("高建民", "村委会委员", "13952731165", "综治、调解")]
for i, (nm, pos, tel, fg) in enumerate(CAD_B):
    r = 4 + i
    ws.cell(r, 1, i + 1); ws.cell(r, 2, nm); ws.cell(r, 4, pos)
    ws.cell(r, 6, tel if i % 2 else int(tel)); ws.cell(r, 7, fg)
    if nm == "高建民":
        ws.cell(r, 2).comment = Comment("系书记高建国之弟", "镇纪委")
    t(FB, "村两委成员", r, "cadre", {"name": nm, "position": pos}, VA)
ws.column_dimensions["C"].hidden = True

ws = wb.create_sheet("字典")
ws["A1"] = "采购方式"
for i, v in enumerate(["公开招标", "邀请招标", "竞争性谈判", "询价", "直接采购", "村民代表会议议定", "公开竞价", "协商"]):
    ws.cell(2 + i, 1, v)
    nd(FB, "字典", 2 + i, "下拉选项字典（隐藏工作表）")
ws.sheet_state = "hidden"
wb.save(FILES / FB)
patch_cache(FILES / FB, ["合同台账", "工程项目", "村两委成员", "字典"])

# ---------------------------------------------------------------- File C: assets with 数量×单价 formula
FC = "高庄村固定资产登记表.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "固定资产"
ws.merge_cells("A1:K1")
ws["A1"] = "高庄村集体固定资产登记表（截至2024年12月31日）"
ws["A2"] = "单位：元"
H = ["资产编号", "类别", "资产名称", "卡片号", "规格型号", "数量", "单价", "金额", "购置日期", "使用状况", "存放地点"]
for c, h in enumerate(H, 1):
    ws.cell(3, c, h)
ws.column_dimensions["D"].hidden = True
ws.freeze_panes = "D4"
ASSETS = [
    ("房屋及建筑物", [("村部办公楼", "砖混二层 560㎡", 1, 856000.00, date(2012,9,18)),
                   ("村卫生室", "砖混一层 120㎡", 1, 168000.00, date(2015,6,30)),
                   ("农机库房", "钢结构 300㎡", 1, 126500.00, date(2018,4,12)),
                   ("村集体仓库", "砖混 480㎡", 1, 214000.00, date(2016,10,8)),
                   ("文化广场", "硬化2800㎡", 1, 237400.00, date(2024,5,31))]),
    ("机器设备", [("光伏发电设备", "60kW", 1, 231000.00, date(2019,7,15)),
               ("灌溉水泵", "QJ80-30", 4, 6850.00, date(2021,3,20)),
               ("柴油发电机", "30kW", 1, 18900.00, date(2020,6,5)),
               ("路灯", "LED 60W 太阳能", 86, 1850.00, date(2024,8,28))]),
    ("办公设备", [("台式电脑", "联想启天M437", 5, 4299.00, date(2022,11,3)),
               ("激光打印机", "惠普M1136", 2, 1580.00, date(2022,11,3)),
               ("会议桌", "4.8米", 1, 6800.00, date(2024,10,8)),
               ("会议椅", "皮质", 24, 283.33, date(2024,10,8)),
               ("空调", "格力3P柜机", 3, 7299.00, date(2021,6,18)),
               ("投影仪", "爱普生CB-X06", 1, 3699.00, date(2023,4,25)),
               ("档案柜", "钢制", 8, 960.00, date(2019,3,11))]),
    ("运输工具", [("电动三轮车（保洁用）", "金彭", 2, 5680.00, date(2022,5,16)),
               ("消防巡逻车", "五菱荣光", 1, 52800.00, date(2020,12,9))]),
]
r = 4; n = 0; k = 0
sub_rows = []
for cat, items in ASSETS:
    gstart = r
    for nm, spec, q, up, d in items:
        n += 1
        ws.cell(r, 1, f"GZ-ZC-{n:03d}")
        ws.cell(r, 3, nm); ws.cell(r, 4, f"KP{20240000 + n}"); ws.cell(r, 5, spec)
        ws.cell(r, 6, q)
        ws.cell(r, 7, up).number_format = "#,##0.00"
        val = round(q * up, 2)
        fcell(ws, FC, f"H{r}", f"=F{r}*G{r}", val)
        if k % 3 == 0:
            ws.cell(r, 9, datetime(d.year, d.month, d.day, 14, 5, 0)).number_format = "yyyy-mm-dd hh:mm:ss"
        elif k % 3 == 1:
            ws.cell(r, 9, f"{iso(d)} 00:00:00")
        else:
            ws.cell(r, 9, f"{d.year}年{d.month}月{d.day}日 星期{WD[d.weekday()]}")
        ws.cell(r, 10, "在用" if nm != "柴油发电机" else "闲置")
        ws.cell(r, 11, "村部" if cat != "房屋及建筑物" else "高庄村")
        if nm == "路灯":
            ws.cell(r, 8).comment = Comment("含安装费9800元？待核", "王秀英")
        t(FC, "固定资产", r, "asset", {"name": nm, "amount": val, "acquired_on": iso(d)}, VA)
        r += 1; k += 1
    ws.cell(gstart, 2, cat)
    ws.merge_cells(start_row=gstart, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(r, 3, "小计")
    fcell(ws, FC, f"H{r}", f"=SUM(H{gstart}:H{r-1})", sum(round(q * up, 2) for _, _, q, up, _ in items))
    nd(FC, "固定资产", r, "小计")
    sub_rows.append(r)
    r += 1
ws.cell(r, 3, "合计")
fcell(ws, FC, f"H{r}", "=" + "+".join(f"H{x}" for x in sub_rows), sum(round(q * up, 2) for _, it in ASSETS for _, _, q, up, _ in it))
nd(FC, "固定资产", r, "合计")
ws.cell(r + 1, 1, "注：金额=数量×单价；文化广场为2024年新建，已办理竣工决算转固。")
nd(FC, "固定资产", r + 1, "注释")
ws.cell(r + 2, 1, "清查人：王秀英  李春梅")
ws.cell(r + 2, 8, "监督人：张德才")
nd(FC, "固定资产", r + 2, "签名")
wb.save(FILES / FC)
patch_cache(FILES / FC, ["固定资产"])

# ---------------------------------------------------------------- File D: 杨柳村 .xls (BIFF): resources + 一事一议
FD = "杨柳村资源发包及一事一议项目.xls"
VD = "杨柳村"
book = xlwt.Workbook(encoding="utf-8")
sh = book.add_sheet("资源发包")
title_st = xlwt.easyxf("font: bold on, height 280; align: horiz center")
sh.write_merge(0, 0, 0, 9, "肥西县三河镇杨柳村集体资源发包（租赁）台账", title_st)
sh.write(1, 0, "填报日期：2024年12月20日")
sh.write(1, 8, "单位：元")
HD = ["序号", "资源名称", "类型", "面积（亩）", "承包方", "联系电话", "年承包金（元）", "承包起始日期", "承包终止日期", "发包方式"]
for c, h in enumerate(HD):
    sh.write(2, c, h)
sh.col(5).hidden = True
sh.set_panes_frozen(True); sh.set_horz_split_pos(3); sh.set_vert_split_pos(2)
RES = [
    ("耕地", [("杨柳圩东片", 126.5, None, "肥西县杨柳种植专业合作社", "13956012345", 75900.00, date(2021,1,1), date(2030,12,31), "公开竞价"),
            ("杨柳圩西片", 88.0, None, "李光明", "13866123456", 52800.00, date(2022,3,1), date(2027,2,28), "公开竞价"),
            ("小河湾地块", 23.6, None, "王传友", "15955167788", 12980.00, date(2023,10,1), date(2028,9,30), "协商"),
            ("后庄岗地", None, "2.5公顷", "合肥丰禾农业科技有限公司", "0551-68812345", 22500.00, date(2024,3,5), date(2034,3,4), "公开竞价"),
            ("老窑厂复垦地", 15.2, None, "陈德顺", "13705513321", 7600.00, date(2024,1,1), date(2026,12,31), "协商")]),
    ("水面", [("杨柳大塘", 42.0, None, "朱长根", "13955132214", 25200.00, date(2020,1,1), date(2029,12,31), "公开竞价"),
            ("东沟鱼塘", 18.5, None, "朱长根", "13955132214", 11100.00, date(2022,1,1), date(2026,12,31), "协商"),
            ("西沟藕塘", 9.8, None, "刘玉兰", "18756023456", 4900.00, date(2023,4,1), date(2028,3,31), "协商"),
            ("三河滩涂", None, "1.2公顷", "肥西县渔丰水产养殖场", "0551-68891122", 6300.00, date(2024,5,1), date(2029,4,30), "公开竞价")]),
    ("林地", [("杨柳岗杨树林", 65.0, None, "孙国庆", "13605518877", 9750.00, date(2019,1,1), date(2048,12,31), "协商"),
            ("河堤防护林", 30.0, None, "孙国庆", "13605518877", 3000.00, date(2019,1,1), date(2048,12,31), "协商"),
            ("苗圃基地", 12.4, None, "合肥绿源苗木有限公司", "0551-68867788", 9920.00, date(2022,9,1), date(2032,8,31), "公开竞价")]),
    ("房屋", [("村老小学校舍", None, "850平方米", "肥西县三河镇童乐幼儿园", "13955176543", 36000.00, date(2023,9,1), date(2028,8,31), "公开竞价"),
            ("村部一楼门面房", None, "120平方米", "杨春芳", "15055198765", 8400.00, date(2024,1,1), date(2026,12,31), "协商"),
            ("粮站旧仓库", None, "1600平方米", "合肥皖中粮油贸易有限公司", "0551-65523344", 48000.00, date(2021,7,1), date(2031,6,30), "公开竞价"),
            ("村集体厂房", None, "2400平方米", "肥西县恒通包装材料厂", "13805601122", 96000.00, date(2020,5,1), date(2035,4,30), "协商")]),
    ("其他", [("村口停车场", 3.0, None, "杨柳村股份经济合作社自营", "", 0.00, date(2024,6,1), date(2025,5,31), "自营"),
            ("光伏屋顶", None, "3000平方米", "合肥晶晟新能源有限公司", "0551-62256677", 15000.00, date(2019,6,1), date(2044,5,31), "协商")]),
]
r = 3; n = 0; k = 0
for cat, items in RES:
    gstart = r
    for nm, mu, area_txt, cp, tel, rent, sd, ed, proc in items:
        n += 1
        sh.write(r, 0, n); sh.write(r, 1, nm)
        if area_txt:
            sh.write(r, 3, area_txt)
            v = float(re.match(r"[\d.]+", area_txt).group())
            area = round(v * 15, 2) if "公顷" in area_txt else round(v / 666.67, 2)
        else:
            area = mu
            if k % 3 == 1:
                sh.write(r, 3, fw(f"{mu}"))
            elif k % 3 == 2:
                sh.write(r, 3, f" {mu} ")
            else:
                sh.write(r, 3, mu)
        sh.write(r, 4, cp); sh.write(r, 5, tel)
        if k % 4 == 0:
            sh.write(r, 6, rent, xlwt.easyxf(num_format_str="#,##0.00"))
        elif k % 4 == 1:
            sh.write(r, 6, fw(f"{int(rent)}") if rent == int(rent) else fw(f"{rent:.2f}"))
        elif k % 4 == 2:
            sh.write(r, 6, f"{rent:,.2f}元整")
        else:
            sh.write(r, 6, f"'{rent:.2f}" if k % 8 == 3 else f"  {rent:.2f}")
        for c, d in ((7, sd), (8, ed)):
            m = (k + c) % 3
            if m == 0:
                sh.write(r, c, f"{d.year}年{d.month}月{d.day}日 星期{WD[d.weekday()]}")
            elif m == 1:
                sh.write(r, c, f"{iso(d)} 00:00:00")
            else:
                sh.write(r, c, datetime(d.year, d.month, d.day, 8, 0), xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm"))
        sh.write(r, 9, proc)
        t(FD, "资源发包", r + 1, "resource", {"name": nm, "counterparty": cp, "amount": rent, "area": area,
                                            "started_on": iso(sd), "ended_on": iso(ed)}, VD)
        r += 1; k += 1
    sh.write_merge(gstart, r - 1, 2, 2, cat)
sh.write(r, 1, "合计")
sh.write(r, 6, xlwt.Formula(f"SUM(G4:G{r})"))
nd(FD, "资源发包", r + 1, "合计")
sh.write(r + 1, 0, "注：房屋类面积按建筑面积（平方米）登记；后庄岗地、三河滩涂按公顷登记。")
nd(FD, "资源发包", r + 2, "注释")
sh.write(r + 2, 0, "制表：杨春生")
sh.write(r + 2, 6, "审核：吴德华")
nd(FD, "资源发包", r + 3, "签名")

sh = book.add_sheet("一事一议")
sh.write_merge(0, 0, 0, 8, "杨柳村2023-2024年一事一议财政奖补项目明细表", title_st)
sh.write(1, 0, "金额单位：万元（决算金额为元）")
HP = ["项目编号", "项目名称", "", "建设内容", "预算（万元）", "", "决算金额（元）", "承建单位", "村民代表会议日期"]
for c, h in enumerate(HP):
    if h: sh.write(2, c, h)
sh.set_panes_frozen(True); sh.set_horz_split_pos(3)
PJ = [("YSYY-2023-01", "杨柳圩生产路硬化", "水泥路1.2公里", 36.0, 352860.00, "肥西县华建路桥工程有限公司", date(2023,3,14)),
      ("YSYY-2023-02", "东沟塘坝清淤", "清淤1.5万方", 12.0, 118500.00, "朱长根", date(2023,4,2)),
      ("YSYY-2023-03", "村内路灯安装", "太阳能路灯60盏", 9.6, 94200.00, "合肥光耀照明工程有限公司", date(2023,5,20)),
      ("YSYY-2023-04", "小河湾桥梁维修", "桥面加固", 6.5, 63780.00, "肥西县华建路桥工程有限公司", date(2023,8,9)),
      ("YSYY-2024-01", "杨柳小学门前道路拓宽", "拓宽800米", 42.0, 409950.00, "肥西县华建路桥工程有限公司", date(2024,2,27)),
      ("YSYY-2024-02", "西片灌溉渠硬化", "U型渠2.1公里", 28.5, 276300.00, "安徽江淮水利建设有限公司", date(2024,3,5)),
      ("YSYY-2024-03", "村部文化广场", "硬化+健身器材", 18.0, 175400.00, "合肥光耀照明工程有限公司", date(2024,4,16)),
      ("YSYY-2024-04", "后庄组污水管网", "管网1.6公里", 45.0, None, "安徽江淮水利建设有限公司", date(2024,9,10)),
      ("YSYY-2024-05", "杨柳大塘护坡", "浆砌石护坡", 15.0, None, None, date(2024,11,28))]
for i, (code, nm, ct, bud, fin, con, dd) in enumerate(PJ):
    r = 3 + i
    sh.write(r, 0, code); sh.write(r, 1, nm); sh.write(r, 3, ct)
    sh.write(r, 4, fw(f"{bud}") if i % 3 == 2 else bud)
    if fin is not None:
        sh.write(r, 6, f"{fin:,.2f}元整" if i % 2 else fin)
    if con: sh.write(r, 7, con)
    sh.write(r, 8, f"{dd.year}年{dd.month}月{dd.day}日 星期{WD[dd.weekday()]}" if i % 2 else datetime(dd.year, dd.month, dd.day, 19, 30),
             xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm") if not i % 2 else xlwt.Style.default_style)
    f = {"name": nm, "contractor": con}
    if fin is not None: f["amount"] = fin
    else: f["budget"] = round(bud * 10000, 2)
    t(FD, "一事一议", r + 1, "project", f, VD)
r = 3 + len(PJ)
sh.write(r, 1, "合计"); sh.write(r, 4, xlwt.Formula(f"SUM(E4:E{r})"))
nd(FD, "一事一议", r + 1, "合计")
book.save(str(FILES / FD))

# ---------------------------------------------------------------- File E: 杨柳村 cadres csv GBK
FE = "杨柳村村干部花名册.csv"
rows = [["肥西县三河镇杨柳村村干部花名册"], [], ["序号", "姓名", "性别", "职务", "", "联系电话", "身份证号", "备注"]]
CAD = [("杨春生", "男", "党总支书记、村委会主任"), ("吴德华", "男", "村委会副主任"), ("杨春芳", "女", "村会计"),
       ("朱明亮", "男", "村委会委员"), ("刘玉兰", "女", "妇联主席"), ("孙国庆", "男", "村民小组长"),
       ("陈德顺", "男", "村民小组长"), ("杨志强", "男", "后备干部"), ("汪海燕", "女", "村务监督委员会主任"),
       ("李光明", "男", "村务监督委员会委员"), ("张玉梅", "女", "文书"), ("胡春林", "男", "治保主任")]
for i, (nm, sx, pos) in enumerate(CAD):
    tel = f"'1395516{2000 + i * 37:04d}"
    idn = f"'34012319{70 + i}0{(i % 9) + 1}15{1000 + i * 7:04d}"[:19]
    rows.append([str(i + 1) if i % 2 else fw(str(i + 1)), f" {nm} " if i % 4 == 1 else nm, sx, pos, "", tel, idn,
                 "兼报账员" if nm == "杨春芳" else ""])
    t(FE, "杨柳村村干部花名册", len(rows), "cadre", {"name": nm, "position": pos}, VD)
rows.append([])
rows.append(["注：杨春芳系书记杨春生之妹；李光明、刘玉兰、孙国庆、陈德顺同时为本村资源承包户。"])
NON.append({"file": FE, "sheet": "杨柳村村干部花名册", "row": len(rows), "what": "注释"})
rows.append(["填表人：张玉梅", "", "", "审核人：杨春生"])
NON.append({"file": FE, "sheet": "杨柳村村干部花名册", "row": len(rows), "what": "签名"})
with open(FILES / FE, "w", encoding="gbk", newline="") as fh:
    csv.writer(fh).writerows(rows)

(HERE / "truth.json").write_text(json.dumps({"rows": TRUTH, "non_data": NON}, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(TRUTH), "data rows;", len(NON), "non-data")
