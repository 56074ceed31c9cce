# -*- coding: utf-8 -*-
"""Blind test set qa77: Excel features (分类汇总, autofilter+hidden rows+outline,
merged 村名 cells, formula columns with cached values, 两委 list) in a 湖南 township.
Deterministic. Writes files/ and truth.json beside this script."""
import datetime as dt
import json
import os
import re
import shutil
import zipfile

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)

TRUTH = []
NON = []
TOWN = "云湖镇"


def iso(d):
    return d.strftime("%Y-%m-%d")


def t(file, sheet, row, kind, fields, village=None):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        r["village"] = village
    TRUTH.append(r)


def nd(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def patch_cached(path, values):
    """values: {sheet_index(1-based): {"F5": 123.0}} -> write <v> for formula cells."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", item.filename)
            if m and int(m.group(1)) in values:
                xml = data.decode("utf-8")
                vals = values[int(m.group(1))]

                def rep(mo):
                    ref = mo.group(1)
                    if ref not in vals:
                        return mo.group(0)
                    v = vals[ref]
                    vs = repr(float(v)) if not float(v).is_integer() else str(int(v))
                    return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (ref, mo.group(2), mo.group(3), vs)

                xml = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>[^<]*</v>)?</c>', rep, xml)
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------------------
# 1. 合同台账 with 分类汇总 (汇总 and 计数 variants) -- xlsx
# ---------------------------------------------------------------------------
F1 = "云湖镇2023年村级合同台账（按乙方分类汇总）.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "合同台账"
ws["A1"] = "云湖镇2023年度村级集体经济合同台账"
ws.merge_cells("A1:I1")
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = CENTER
ws["A2"] = "填报单位：云湖镇农村经营服务站（三资代理中心）"
ws["G2"] = "单位：元"
hdr = ["序号", "所属村", "合同编号", "合同名称", "乙方", "合同金额", "签订日期", "合同类别", "采购方式"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(3, i, h)
    c.font = BOLD
    c.alignment = CENTER
# sorted by 乙方 (as the accountant did with 数据→排序), then 分类汇总 求和 on 合同金额
groups1 = [
    ("长沙市宏达建筑有限公司", [
        ("白沙村", "BS-HT-2023-003", "白沙村组级道路硬化工程施工合同", 186500.00, dt.date(2023, 3, 8), "工程", "竞争性比选"),
        ("双江村", "SJ-HT-2023-005", "双江村文化广场改造施工合同", 238000.00, dt.date(2023, 4, 21), "工程", "竞争性比选"),
        ("金盆村", "JP-HT-2023-002", "金盆村山塘清淤扩容施工合同", 96800.00, dt.date(2023, 5, 6), "工程", "直接发包"),
        ("白沙村", "BS-HT-2023-009", "白沙村村部外墙维修合同", 48600.00, "2023.8.15", "工程", "直接发包"),
    ]),
    ("湖南楚天园林绿化工程有限公司", [
        ("杨柳村", "YL-HT-2023-001", "杨柳村主干道绿化提质合同", 128000.00, dt.date(2023, 2, 27), "工程", "竞争性比选"),
        ("荷塘村", "HT-HT-2023-004", "荷塘村游园苗木采购及栽植合同", 67350.00, dt.date(2023, 3, 30), "采购", "询价"),
    ]),
    ("宁乡市金洲水利水电建设有限公司", [
        ("双江村", "SJ-HT-2023-002", "双江村灌溉渠道防渗改造合同", 315600.00, dt.date(2023, 1, 16), "工程", "公开招标"),
        ("金盆村", "JP-HT-2023-006", "金盆村机埠维修合同", 39800.00, dt.date(2023, 6, 12), "工程", "直接发包"),
        ("荷塘村", "HT-HT-2023-007", "荷塘村排洪沟疏浚合同", 58000.00, dt.date(2023, 7, 3), "工程", "直接发包"),
    ]),
    ("宁乡市鑫源建材经营部", [
        ("白沙村", "BS-HT-2023-004", "白沙村水泥砂石采购合同", 42380.00, dt.date(2023, 3, 12), "采购", "询价"),
        ("白沙村", "BS-HT-2023-006", "白沙村涵管采购合同", 18600.00, dt.date(2023, 4, 2), "采购", "询价"),
        ("杨柳村", "YL-HT-2023-005", "杨柳村路灯杆及配件采购合同", 27450.00, dt.date(2023, 5, 19), "采购", "询价"),
    ]),
    ("彭建军", [
        ("金盆村", "JP-HT-2023-001", "金盆村集体鱼塘承包合同", 12000.00, dt.date(2023, 1, 5), "发包", "公开协商"),
        ("金盆村", "JP-HT-2023-008", "金盆村老村部房屋租赁合同", 6500.00, "2023年9月1日", "租赁", "公开协商"),
    ]),
    ("宋桂香", [
        ("荷塘村", "HT-HT-2023-002", "荷塘村保洁服务合同", 21600.00, dt.date(2023, 1, 10), "服务", "直接委托"),
    ]),
    ("湘潭县永兴建设工程有限公司", [
        ("杨柳村", "YL-HT-2023-003", "杨柳村便民桥新建工程施工合同", 398000.00, dt.date(2023, 4, 28), "工程", "公开招标"),
        ("双江村", "SJ-HT-2023-008", "双江村组道拓宽工程施工合同", 199000.00, dt.date(2023, 9, 14), "工程", "竞争性比选"),
        ("双江村", "SJ-HT-2023-009", "双江村组道拓宽附属工程合同", 98500.00, dt.date(2023, 9, 20), "工程", "直接发包"),
        ("荷塘村", "HT-HT-2023-010", "荷塘村村部屋面防水维修合同", 35200.00, "2023-10-08", "工程", "直接发包"),
    ]),
    ("长沙智联安防科技有限公司", [
        ("白沙村", "BS-HT-2023-011", "白沙村雪亮工程监控安装合同", 56780.00, dt.date(2023, 10, 25), "采购", "询价"),
        ("杨柳村", "YL-HT-2023-009", "杨柳村监控设备维保服务合同", 9600.00, dt.date(2023, 11, 2), "服务", "直接委托"),
    ]),
    ("中国移动通信集团湖南有限公司宁乡分公司", [
        ("金盆村", "JP-HT-2023-010", "金盆村村部宽带及电话服务合同", 3960.00, dt.date(2023, 2, 1), "服务", "直接委托"),
    ]),
    ("周德明", [
        ("双江村", "SJ-HT-2023-001", "双江村林地（后山）承包合同", 15000.00, dt.date(2023, 1, 3), "发包", "公开协商"),
        ("杨柳村", "YL-HT-2023-011", "杨柳村杂工劳务合同", 8400.00, dt.date(2023, 12, 5), "服务", "直接委托"),
    ]),
]
r = 4
seq = 1
vals1 = {}
first_rows = []
for vendor, items in groups1:
    start = r
    for (vil, code, title, amt, sd, cat, proc) in items:
        ws.cell(r, 1, seq)
        ws.cell(r, 2, vil)
        ws.cell(r, 3, code)
        ws.cell(r, 4, title)
        ws.cell(r, 5, vendor)
        ws.cell(r, 6, amt).number_format = "#,##0.00"
        c = ws.cell(r, 7, sd)
        if isinstance(sd, dt.date):
            c.number_format = "yyyy-mm-dd"
            sdi = iso(sd)
        else:
            nums = [int(x) for x in re.findall(r"\d+", sd)]
            sdi = "%04d-%02d-%02d" % tuple(nums)
        ws.cell(r, 8, cat)
        ws.cell(r, 9, proc)
        ws.row_dimensions[r].outline_level = 2
        t(F1, "合同台账", r, "contract", {"counterparty": vendor, "amount": amt, "signed_on": sdi}, vil)
        seq += 1
        r += 1
    ws.cell(r, 5, vendor + " 汇总").font = BOLD
    ws.cell(r, 6, "=SUBTOTAL(9,F%d:F%d)" % (start, r - 1)).number_format = "#,##0.00"
    vals1["F%d" % r] = round(sum(i[3] for i in items), 2)
    ws.row_dimensions[r].outline_level = 1
    nd(F1, "合同台账", r, "分类汇总 " + vendor + " 汇总")
    r += 1
ws.cell(r, 5, "总计").font = BOLD
ws.cell(r, 6, "=SUBTOTAL(9,F4:F%d)" % (r - 1)).number_format = "#,##0.00"
vals1["F%d" % r] = round(sum(i[3] for g in groups1 for i in g[1]), 2)
nd(F1, "合同台账", r, "总计")
r += 2
ws.cell(r, 1, "注：本表按乙方排序后分类汇总；合同金额为合同价款，不含后期变更签证。")
nd(F1, "合同台账", r, "注")
r += 1
ws.cell(r, 1, "制表人：谭丽娟")
ws.cell(r, 5, "审核人：刘志强")
ws.cell(r, 7, "2024年1月10日")
nd(F1, "合同台账", r, "制表人/审核人")
ws.sheet_properties.outlinePr.summaryBelow = True
for col, w in zip("ABCDEFGHI", [6, 9, 16, 34, 34, 14, 12, 9, 12]):
    ws.column_dimensions[col].width = w

# sheet 2: 2022 contracts, 分类汇总 with 计数 on 合同金额
ws2 = wb.create_sheet("2022年合同（计数）")
ws2["A1"] = "云湖镇2022年度村级合同台账（按乙方计数）"
ws2.merge_cells("A1:H1")
ws2["A1"].font = Font(bold=True, size=14)
ws2["H2"] = "金额单位：元"
hdr2 = ["序号", "村别", "合同名称", "乙方", "合同金额", "签订日期", "合同类别", "备注"]
for i, h in enumerate(hdr2, 1):
    ws2.cell(3, i, h).font = BOLD
groups2 = [
    ("长沙市宏达建筑有限公司", [
        ("白沙村", "白沙村垃圾收集点建设合同", 76500.00, dt.date(2022, 4, 11), "工程"),
        ("荷塘村", "荷塘村村民活动室装修合同", 112300.00, dt.date(2022, 6, 20), "工程"),
        ("杨柳村", "杨柳村公厕改造合同", 54000.00, dt.date(2022, 8, 2), "工程"),
    ]),
    ("宁乡市鑫源建材经营部", [
        ("双江村", "双江村水泥采购合同", 23850.00, dt.date(2022, 3, 15), "采购"),
        ("双江村", "双江村钢筋采购合同", 31200.00, dt.date(2022, 3, 28), "采购"),
    ]),
    ("邓小平（个体）", [
        ("金盆村", "金盆村村道除草劳务合同", 4800.00, dt.date(2022, 5, 9), "服务"),
    ]),
    ("湘潭县永兴建设工程有限公司", [
        ("金盆村", "金盆村组道硬化一期合同", 298000.00, dt.date(2022, 9, 6), "工程"),
        ("金盆村", "金盆村组道硬化二期合同", 296500.00, dt.date(2022, 10, 18), "工程"),
        ("白沙村", "白沙村沟渠护砌合同", 87600.00, dt.date(2022, 11, 1), "工程"),
    ]),
    ("宋桂香", [
        ("荷塘村", "荷塘村保洁服务合同（2022年度）", 20400.00, dt.date(2022, 1, 6), "服务"),
    ]),
    ("周建华", [
        ("杨柳村", "杨柳村水库养殖承包合同", 18000.00, dt.date(2022, 2, 14), "发包"),
        ("双江村", "双江村闲置校舍租赁合同", 9000.00, dt.date(2022, 7, 1), "租赁"),
    ]),
]
r = 4
seq = 1
vals2 = {}
for vendor, items in groups2:
    start = r
    for (vil, title, amt, sd, cat) in items:
        ws2.cell(r, 1, seq)
        ws2.cell(r, 2, vil)
        ws2.cell(r, 3, title)
        ws2.cell(r, 4, vendor)
        ws2.cell(r, 5, amt).number_format = "#,##0.00"
        ws2.cell(r, 6, sd).number_format = 'yyyy"年"m"月"d"日"'
        ws2.cell(r, 7, cat)
        ws2.row_dimensions[r].outline_level = 2
        t(F1, "2022年合同（计数）", r, "contract", {"counterparty": vendor, "amount": amt, "signed_on": iso(sd)}, vil)
        seq += 1
        r += 1
    ws2.cell(r, 4, vendor + " 计数").font = BOLD
    ws2.cell(r, 5, "=SUBTOTAL(3,E%d:E%d)" % (start, r - 1))
    vals2["E%d" % r] = len(items)
    ws2.row_dimensions[r].outline_level = 1
    nd(F1, "2022年合同（计数）", r, "分类汇总 " + vendor + " 计数")
    r += 1
ws2.cell(r, 4, "总计数").font = BOLD
ws2.cell(r, 5, "=SUBTOTAL(3,E4:E%d)" % (r - 1))
vals2["E%d" % r] = sum(len(g[1]) for g in groups2)
nd(F1, "2022年合同（计数）", r, "总计数")
r += 2
ws2.cell(r, 1, "制表：谭丽娟        审核：刘志强")
nd(F1, "2022年合同（计数）", r, "制表/审核")
p = os.path.join(OUT, F1)
wb.save(p)
patch_cached(p, {1: vals1, 2: vals2})

# ---------------------------------------------------------------------------
# 2. 白沙村 银行存款日记账: autofilter, hidden rows, outline months -- xlsx
# ---------------------------------------------------------------------------
F2 = "白沙村2023年上半年银行存款日记账.xlsx"
V2 = "白沙村"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "银行日记账"
ws["A1"] = "云湖镇白沙村股份经济合作社 银行存款日记账"
ws.merge_cells("A1:I1")
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = CENTER
ws["A2"] = "开户行：湖南宁乡农村商业银行云湖支行    账号：82010000123456789    单位：元"
ws.merge_cells("A2:I2")
ws["A3"] = "2023年"
ws.merge_cells("A3:B3")
for col, h in zip("CDEFGHI", ["凭证号", "摘要", "对方科目", "对方单位", "收入（借方）", "支出（贷方）", "余额"]):
    ws[col + "3"] = h
    ws.merge_cells("%s3:%s4" % (col, col))
ws["A4"] = "月"
ws["B4"] = "日"
for row in (3, 4):
    for cc in range(1, 10):
        ws.cell(row, cc).font = BOLD
        ws.cell(row, cc).alignment = CENTER
# entries: (month, day, voucher, summary, account, counterparty, in, out, hidden)
E = [
    (1, 6, "记-1", "收2022年第四季度村级运转经费", "补助收入", "云湖镇人民政府", 32000.00, None, False),
    (1, 9, "记-2", "支付2022年12月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (1, 12, "记-3", "收鱼塘承包金", "发包及上交收入", "彭建军", 12000.00, None, False),
    (1, 18, "记-4", "付春节慰问困难户物资款", "管理费用", "云湖镇万家福超市", None, 6350.00, True),
    (1, 20, "记-5", "付村部电费", "管理费用", "国网宁乡市供电公司", None, 1286.40, False),
    (1, 31, "记-6", "银行结息", "其他收入", None, 86.52, None, False),
    (2, 3, "记-7", "收上级拨付高标准农田建设补助", "补助收入", "宁乡市财政局", 150000.00, None, False),
    (2, 10, "记-8", "付2023年1月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (2, 16, "记-9", "付组级道路硬化工程预付款", "在建工程", "长沙市宏达建筑有限公司", None, 55950.00, False),
    (2, 22, "记-10", "付办公用品款", "管理费用", "宁乡市文星办公用品店", None, 1845.00, True),
    (2, 27, "记-11", "收店面租金", "租赁收入", "刘桂兰", 7200.00, None, False),
    (2, 28, "记-12", "银行手续费", "管理费用", None, None, 25.00, False),
    (3, 2, "记-13", "付水泥砂石款", "在建工程", "宁乡市鑫源建材经营部", None, 21190.00, False),
    (3, 8, "记-14", "付2月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (3, 15, "记-15", "收组级道路一事一议村民筹资", "一事一议资金", "白沙村第三村民小组", 26400.00, None, False),
    (3, 15, "记-16", "付涵管款", "在建工程", "宁乡市鑫源建材经营部", None, 18600.00, True),
    (3, 21, "记-17", "付村部电费", "管理费用", "国网宁乡市供电公司", None, 1102.80, False),
    (3, 24, "记-18", "付招待费", "管理费用", "白沙农家乐（谢红梅）", None, 2380.00, True),
    (3, 30, "记-19", "付组级道路硬化工程进度款", "在建工程", "长沙市宏达建筑有限公司", None, 93250.00, False),
    (3, 31, "记-20", "银行结息", "其他收入", None, 102.36, None, False),
    (4, 6, "记-21", "收老年协会场地租金", "租赁收入", "白沙村老年协会", 2400.00, None, False),
    (4, 10, "记-22", "付3月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (4, 14, "记-23", "付道路测量设计费", "在建工程", "湖南星城工程勘察设计有限公司", None, 8800.00, False),
    (4, 19, "记-24", "提取备用金", "库存现金", None, None, 5000.00, True),
    (4, 26, "记-25", "付村务公开栏制作费", "管理费用", "宁乡市彩虹广告部", None, 3650.00, False),
    (5, 5, "记-26", "收2023年第一季度村级运转经费", "补助收入", "云湖镇人民政府", 32000.00, None, False),
    (5, 9, "记-27", "付4月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (5, 12, "记-28", "付组级道路硬化工程尾款", "在建工程", "长沙市宏达建筑有限公司", None, 37300.00, True),
    (5, 18, "记-29", "付防汛物资款", "管理费用", "宁乡市五金交电公司", None, 4260.00, False),
    (5, 23, "记-30", "付组级道路硬化工程进度款", "在建工程", "长沙市宏达建筑有限公司", None, 37300.00, False),
    (5, 31, "记-31", "付村部电费", "管理费用", "国网宁乡市供电公司", None, 968.20, False),
    (6, 2, "记-32", "收秸秆禁烧工作奖补资金", "补助收入", "云湖镇人民政府", 5000.00, None, False),
    (6, 8, "记-33", "付5月村组干部报酬", "管理费用", "村组干部（工资表）", None, 18640.00, False),
    (6, 13, "记-34", "付沟渠清淤机械台班费", "管理费用", "谢国平", None, 6400.00, True),
    (6, 16, "记-35", "收店面租金", "租赁收入", "刘桂兰", 7200.00, None, False),
    (6, 20, "记-36", "付村部外墙维修预付款", "在建工程", "长沙市宏达建筑有限公司", None, 14580.00, False),
    (6, 25, "记-37", "付党员教育培训资料费", "管理费用", "宁乡市新华书店", None, 1260.00, False),
    (6, 30, "记-38", "银行结息", "其他收入", None, 131.08, None, False),
    (6, 30, "记-39", "付上半年报刊订阅费", "管理费用", "中国邮政集团有限公司宁乡市分公司", None, 2146.00, True),
]
OPEN = 86532.17
r = 5
ws.cell(r, 4, "上年结转")
ws.cell(r, 9, OPEN).number_format = "#,##0.00"
ws.cell(r, 1, 1)
ws.cell(r, 2, 1)
nd(F2, "银行日记账", r, "上年结转")
r += 1
bal = OPEN
ytd_in = ytd_out = 0.0
for m in range(1, 7):
    m_in = m_out = 0.0
    for (mm, d, v, s, acct, cp, i_, o_, hid) in [e for e in E if e[0] == m]:
        ws.cell(r, 1, mm)
        ws.cell(r, 2, d)
        ws.cell(r, 3, v)
        ws.cell(r, 4, s)
        ws.cell(r, 5, acct)
        if cp:
            ws.cell(r, 6, cp)
        if i_:
            ws.cell(r, 7, i_).number_format = "#,##0.00"
            bal += i_
            m_in += i_
        if o_:
            ws.cell(r, 8, o_).number_format = "#,##0.00"
            bal -= o_
            m_out += o_
        bal = round(bal, 2)
        ws.cell(r, 9, bal).number_format = "#,##0.00"
        ws.row_dimensions[r].outline_level = 1
        if hid:
            ws.row_dimensions[r].hidden = True
        amt = i_ if i_ else o_
        cpt = cp if cp else None
        t(F2, "银行日记账", r, "payment",
          {"date": "2023-%02d-%02d" % (mm, d), "amount": amt, "direction": "in" if i_ else "out",
           "counterparty": cpt}, V2)
        r += 1
    ytd_in += m_in
    ytd_out += m_out
    ws.cell(r, 1, m)
    ws.cell(r, 2, {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30}[m])
    ws.cell(r, 4, "本月合计").font = BOLD
    ws.cell(r, 7, round(m_in, 2))
    ws.cell(r, 8, round(m_out, 2))
    ws.cell(r, 9, bal)
    nd(F2, "银行日记账", r, "%d月 本月合计" % m)
    r += 1
    ws.cell(r, 4, "本年累计").font = BOLD
    ws.cell(r, 7, round(ytd_in, 2))
    ws.cell(r, 8, round(ytd_out, 2))
    ws.cell(r, 9, bal)
    nd(F2, "银行日记账", r, "%d月 本年累计" % m)
    r += 1
LAST2 = r - 1
ws.auto_filter.ref = "A4:I%d" % LAST2
ws.sheet_properties.outlinePr.summaryBelow = True
r += 1
ws.cell(r, 1, "说明：隐藏行为已核对的往来，筛选时请取消隐藏。")
nd(F2, "银行日记账", r, "说明")
r += 1
ws.cell(r, 1, "会计：谭丽娟")
ws.cell(r, 4, "出纳：谢红英")
ws.cell(r, 7, "村务监督委员会主任：周国庆")
nd(F2, "银行日记账", r, "签名")
for col, w in zip("ABCDEFGHI", [5, 5, 8, 30, 14, 30, 14, 14, 14]):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, F2))

# ---------------------------------------------------------------------------
# 3. 村级项目汇总 with merged 村名 -- real .xls (xlwt)
# ---------------------------------------------------------------------------
F3 = "云湖镇2023年村级工程项目汇总表.xls"
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("项目汇总")
st_title = xlwt.easyxf("font: bold on, height 320; align: horiz center, vert center")
st_h = xlwt.easyxf("font: bold on; align: horiz center, vert center, wrap on; borders: left thin, right thin, top thin, bottom thin")
st_c = xlwt.easyxf("align: vert center; borders: left thin, right thin, top thin, bottom thin")
st_m = xlwt.easyxf("align: horiz center, vert center; borders: left thin, right thin, top thin, bottom thin")
st_n = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin", num_format_str="0.00")
st_d = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin", num_format_str="yyyy-mm-dd")
sh.write_merge(0, 0, 0, 9, "云湖镇2023年村级工程项目（含一事一议）汇总表", st_title)
sh.write(1, 0, "填报单位：云湖镇农业综合服务中心")
sh.write(1, 7, "单位：万元")
H3 = ["村名", "序号", "项目名称", "项目类型", "施工单位", "预算金额", "合同金额", "开工日期", "竣工日期", "备注"]
for i, h in enumerate(H3):
    sh.write(2, i, h, st_h)
P = [
    ("白沙村", [
        ("白沙村组级道路硬化工程", "村级工程", "长沙市宏达建筑有限公司", 19.20, 18.65, dt.date(2023, 3, 10), dt.date(2023, 5, 20), "一事一议筹资2.64万元"),
        ("白沙村村部外墙维修", "小微工程", "长沙市宏达建筑有限公司", 5.00, 4.86, "2023.8.20", "2023.9.30", ""),
        ("白沙村雪亮工程监控安装", "小微工程", "长沙智联安防科技有限公司", 6.00, 5.678, dt.date(2023, 11, 1), dt.date(2023, 11, 25), ""),
        ("白沙村沟渠护砌（二期）", "村级工程", None, 12.50, None, None, None, "已立项，未发包"),
    ]),
    ("双江村", [
        ("双江村灌溉渠道防渗改造", "村级工程", "宁乡市金洲水利水电建设有限公司", 33.00, 31.56, dt.date(2023, 2, 1), dt.date(2023, 4, 28), "高标准农田配套"),
        ("双江村文化广场改造", "一事一议", "长沙市宏达建筑有限公司", 25.00, 23.80, dt.date(2023, 5, 8), dt.date(2023, 7, 15), ""),
        ("双江村组道拓宽工程", "村级工程", "湘潭县永兴建设工程有限公司", 20.00, 19.90, dt.date(2023, 9, 25), dt.date(2023, 12, 10), ""),
        ("双江村组道拓宽附属工程", "小微工程", "湘潭县永兴建设工程有限公司", 10.00, 9.85, dt.date(2023, 9, 28), dt.date(2023, 12, 10), "与组道拓宽同期施工"),
        ("双江村人居环境整治（垃圾分类亭）", "小微工程", "宁乡市鑫源建材经营部", 3.50, 3.38, "2023年10月9日", "2023年10月30日", ""),
    ]),
    ("金盆村", [
        ("金盆村山塘清淤扩容", "一事一议", "宁乡市金洲水利水电建设有限公司", 10.00, 9.68, dt.date(2023, 5, 15), dt.date(2023, 6, 30), ""),
        ("金盆村机埠维修", "小微工程", "宁乡市金洲水利水电建设有限公司", 4.20, 3.98, dt.date(2023, 6, 15), dt.date(2023, 7, 5), ""),
        ("金盆村村部适老化改造", "村级工程", None, 8.80, None, None, None, "待村民代表会议表决"),
    ]),
    ("杨柳村", [
        ("杨柳村便民桥新建工程", "村级工程", "湘潭县永兴建设工程有限公司", 42.00, 39.80, dt.date(2023, 5, 10), dt.date(2023, 10, 20), "公开招标"),
        ("杨柳村主干道绿化提质", "村级工程", "湖南楚天园林绿化工程有限公司", 13.50, 12.80, dt.date(2023, 3, 6), dt.date(2023, 4, 15), ""),
        ("杨柳村路灯安装", "一事一议", "宁乡市鑫源建材经营部", 3.00, 2.745, dt.date(2023, 6, 1), dt.date(2023, 6, 20), "材料采购，村民投劳安装"),
        ("杨柳村文体活动中心屋面翻修", "小微工程", "湘潭县永兴建设工程有限公司", 4.90, 4.75, dt.date(2023, 8, 3), dt.date(2023, 8, 30), ""),
    ]),
    ("荷塘村", [
        ("荷塘村游园建设", "一事一议", "湖南楚天园林绿化工程有限公司", 7.00, 6.735, dt.date(2023, 4, 5), dt.date(2023, 5, 10), ""),
        ("荷塘村排洪沟疏浚", "小微工程", "宁乡市金洲水利水电建设有限公司", 6.00, 5.80, dt.date(2023, 7, 10), dt.date(2023, 8, 5), ""),
        ("荷塘村村部屋面防水维修", "小微工程", "湘潭县永兴建设工程有限公司", 3.80, 3.52, "20231012", "20231028", ""),
        ("荷塘村山塘护坡", "村级工程", None, 9.60, None, None, None, "2024年实施"),
    ]),
]
r = 3  # 0-based for xlwt; Excel row = r+1
tot_b = tot_a = 0.0
for vil, items in P:
    start = r
    sb = sa = 0.0
    for k, (name, typ, con, bud, amt, sd, fd, note) in enumerate(items, 1):
        sh.write(r, 1, k, st_m)
        sh.write(r, 2, name, st_c)
        sh.write(r, 3, typ, st_c)
        sh.write(r, 4, con or "", st_c)
        sh.write(r, 5, bud, st_n)
        if amt is not None:
            sh.write(r, 6, amt, st_n)
        else:
            sh.write(r, 6, "", st_c)
        for col, d in ((7, sd), (8, fd)):
            if d is None:
                sh.write(r, col, "", st_c)
            elif isinstance(d, dt.date):
                sh.write(r, col, d, st_d)
            else:
                sh.write(r, col, d, st_c)
        sh.write(r, 9, note, st_c)
        f = {"name": name, "budget": round(bud * 10000, 2), "contractor": con}
        if amt is not None:
            f["amount"] = round(amt * 10000, 2)
        t(F3, "项目汇总", r + 1, "project", f, vil)
        sb += bud
        sa += amt or 0
        r += 1
    # 小计 row (村名 merge covers data rows and 小计)
    sh.write(r, 1, "", st_c)
    sh.write(r, 2, "小计", st_m)
    sh.write(r, 5, round(sb, 3), st_n)
    sh.write(r, 6, round(sa, 3), st_n)
    nd(F3, "项目汇总", r + 1, vil + " 小计")
    sh.write_merge(start, r, 0, 0, vil, st_m)
    tot_b += sb
    tot_a += sa
    r += 1
sh.write_merge(r, r, 0, 2, "合    计", st_m)
sh.write(r, 5, round(tot_b, 3), st_n)
sh.write(r, 6, round(tot_a, 3), st_n)
nd(F3, "项目汇总", r + 1, "合计")
r += 2
sh.write(r, 0, "注：1.合同金额为施工合同价；2.未发包项目合同金额、施工单位暂空。")
nd(F3, "项目汇总", r + 1, "注")
r += 1
sh.write(r, 0, "制表人：易文斌")
sh.write(r, 4, "审核人：刘志强")
sh.write(r, 7, "填报日期：2024年1月8日")
nd(F3, "项目汇总", r + 1, "制表人/审核人")
for i, w in enumerate([9, 6, 32, 10, 32, 10, 10, 12, 12, 22]):
    sh.col(i).width = 256 * w
# sheet 2: statistics (not a record kind)
sh2 = wbx.add_sheet("统计")
sh2.write_merge(0, 0, 0, 4, "各村项目个数统计", st_title)
for i, h in enumerate(["村名", "项目个数", "其中一事一议", "已完工", "未开工"]):
    sh2.write(1, i, h, st_h)
stats = [("白沙村", 4, 0, 3, 1), ("双江村", 5, 1, 5, 0), ("金盆村", 3, 1, 2, 1), ("杨柳村", 4, 1, 4, 0),
         ("荷塘村", 4, 1, 3, 1), ("合计", 20, 4, 17, 3)]
for k, row in enumerate(stats):
    for i, v in enumerate(row):
        sh2.write(2 + k, i, v, st_c)
    nd(F3, "统计", 3 + k, "项目个数统计表（非记录）")
wbx.save(os.path.join(OUT, F3))

# ---------------------------------------------------------------------------
# 4. 资产台账 with formula 原值 = 数量*单价, cached values -- xlsx, one sheet per village
# ---------------------------------------------------------------------------
F4 = "云湖镇村集体固定资产登记台账.xlsx"
wb = openpyxl.Workbook()
A = {
    "白沙村": [
        ("BS-ZC-001", "村部办公楼", "房屋建筑物", 1, 586000.00, dt.date(2012, 10, 1), "在用", "村部"),
        ("BS-ZC-002", "办公电脑", "办公设备", 4, 4350.00, dt.date(2021, 3, 18), "在用", "村部"),
        ("BS-ZC-003", "打印复印一体机", "办公设备", 1, 6800.00, dt.date(2020, 7, 2), "在用", "村部"),
        ("BS-ZC-004", "办公桌椅", "家具", 12, 860.00, dt.date(2018, 5, 20), "在用", "村部"),
        ("BS-ZC-005", "太阳能路灯", "公共设施", 48, 1850.00, dt.date(2019, 11, 12), "在用", "各组主干道"),
        ("BS-ZC-006", "垃圾转运车", "交通运输设备", 1, 68500.00, dt.date(2022, 4, 26), "在用", "村部"),
        ("BS-ZC-007", "监控摄像头", "公共设施", 24, 1260.00, dt.date(2023, 11, 25), "在用", "各组路口"),
        ("BS-ZC-008", "分类垃圾桶（240L）", "环卫设施", 60, 285.00, "2022.6.8", "在用", "各组"),
        ("BS-ZC-009", "抽水机", "农机具", 2, 3200.00, "2016年4月", "闲置", "仓库"),
        ("BS-ZC-010", "老年活动中心空调", "电器", 3, 4680.00, dt.date(2021, 6, 30), "在用", "活动中心"),
        ("BS-ZC-011", "党员活动室投影仪", "办公设备", 1, 5480.00, dt.date(2022, 9, 15), "在用", "村部"),
        ("BS-ZC-012", "集体店面", "房屋建筑物", 2, 96000.00, dt.date(2015, 1, 10), "出租", "白沙街"),
    ],
    "荷塘村": [
        ("HT-ZC-001", "村部综合楼", "房屋建筑物", 1, 728600.00, dt.date(2016, 12, 20), "在用", "村部"),
        ("HT-ZC-002", "笔记本电脑", "办公设备", 2, 5299.00, dt.date(2022, 3, 5), "在用", "村部"),
        ("HT-ZC-003", "游园健身器材", "公共设施", 8, 2150.00, dt.date(2023, 5, 10), "在用", "荷塘游园"),
        ("HT-ZC-004", "文件柜", "家具", 6, 720.00, dt.date(2017, 8, 1), "在用", "村部"),
        ("HT-ZC-005", "保洁三轮车", "交通运输设备", 3, 3980.00, dt.date(2020, 10, 9), "在用", "各组"),
        ("HT-ZC-006", "排灌机埠", "水利设施", 1, 45800.00, dt.date(2014, 3, 1), "在用", "荷塘大垅"),
        ("HT-ZC-007", "LED显示屏", "电器", 1, 18600.00, "2021-07-16", "在用", "村部"),
        ("HT-ZC-008", "会议室桌椅", "家具", 30, 320.00, dt.date(2019, 2, 25), "在用", "村部"),
        ("HT-ZC-009", "消防水泵", "公共设施", 2, 2650.00, dt.date(2023, 7, 20), "在用", "村部"),
        ("HT-ZC-010", "柴油发电机", "机械设备", 1, 12800.00, dt.date(2018, 6, 6), "闲置", "仓库"),
        ("HT-ZC-011", "村史馆展柜", "家具", 5, 2380.00, dt.date(2023, 9, 12), "在用", "村史馆"),
        ("HT-ZC-012", "广播音响", "电器", 1, 7600.00, dt.date(2020, 1, 8), "报废待处置", "村部"),
    ],
}
cache4 = {}
for si, (vil, items) in enumerate(A.items(), 1):
    ws = wb.active if si == 1 else wb.create_sheet()
    ws.title = vil
    ws["A1"] = "%s%s村集体固定资产登记台账" % (TOWN, vil)
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = CENTER
    ws["A2"] = "核算单位：%s股份经济合作社" % vil
    ws["H2"] = "截止日期：2023年12月31日"
    ws["J2"] = "单位：元"
    for i, h in enumerate(["资产编号", "资产名称", "类别", "数量", "单价", "原值", "购置日期", "使用状况", "存放地点", "备注"], 1):
        ws.cell(4, i, h).font = BOLD
    vals = {}
    r = 5
    tot = 0.0
    for (code, name, cat, qty, price, d, st, loc) in items:
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        ws.cell(r, 3, cat)
        ws.cell(r, 4, qty)
        ws.cell(r, 5, price).number_format = "#,##0.00"
        ws.cell(r, 6, "=D%d*E%d" % (r, r)).number_format = "#,##0.00"
        v = round(qty * price, 2)
        vals["F%d" % r] = v
        tot += v
        c = ws.cell(r, 7, d)
        if isinstance(d, dt.date):
            c.number_format = "yyyy-mm-dd"
            di = iso(d)
        elif d == "2016年4月":
            di = None  # only year-month stated
        else:
            nums = [int(x) for x in re.findall(r"\d+", d)]
            di = "%04d-%02d-%02d" % tuple(nums)
        ws.cell(r, 8, st)
        ws.cell(r, 9, loc)
        f = {"name": name, "amount": v}
        if di:
            f["acquired_on"] = di
        t(F4, vil, r, "asset", f, vil)
        r += 1
    ws.cell(r, 2, "合计")
    ws.cell(r, 6, "=SUM(F5:F%d)" % (r - 1)).number_format = "#,##0.00"
    vals["F%d" % r] = round(tot, 2)
    nd(F4, vil, r, "合计")
    r += 2
    ws.cell(r, 1, "资产管理员：%s" % ("谢红英" if vil == "白沙村" else "宋国辉"))
    ws.cell(r, 5, "会计：谭丽娟")
    ws.cell(r, 8, "村委会主任：%s" % ("周国庆" if vil == "白沙村" else "罗文杰"))
    nd(F4, vil, r, "签名")
    cache4[si] = vals
    for col, w in zip("ABCDEFGHIJ", [12, 20, 12, 6, 12, 14, 12, 10, 12, 10]):
        ws.column_dimensions[col].width = w
p = os.path.join(OUT, F4)
wb.save(p)
patch_cached(p, cache4)

# ---------------------------------------------------------------------------
# 5. 两委 list with merged 村 column -- real .xls
# ---------------------------------------------------------------------------
F5 = "云湖镇各村（社区）两委班子成员花名册.xls"
wbx = xlwt.Workbook(encoding="utf-8")
sh = wbx.add_sheet("两委成员")
sh.write_merge(0, 0, 0, 8, "云湖镇各村（社区）“两委”班子成员花名册", st_title)
sh.write(1, 0, "填报单位（盖章）：中共云湖镇委员会组织办")
sh.write(1, 6, "填报时间：2023年6月")
H5 = ["村（社区）", "序号", "姓名", "性别", "出生年月", "政治面貌", "职务", "文化程度", "联系电话"]
for i, h in enumerate(H5):
    sh.write(2, i, h, st_h)
C = [
    ("白沙村", [("周国庆", "男", "1972.03", "中共党员", "党总支书记、村委会主任", "大专", "13874012356"),
               ("谢红英", "女", "1985.11", "中共党员", "党总支副书记、村委会副主任", "大专", "13907316682"),
               ("周海波", "男", "1990.06", "中共党员", "党总支委员、村委委员", "本科", "15173120943"),
               ("黄丽萍", "女", "1988.02", "群众", "村委委员、妇联主席", "高中", "13975187246"),
               ("周志明", "男", "1979.09", "中共党员", "村务监督委员会主任", "高中", "13808461175")]),
    ("双江村", [("刘建国", "男", "1969.12", "中共党员", "党总支书记、村委会主任", "高中", "13707312908"),
               ("陈美华", "女", "1983.04", "中共党员", "党总支副书记", "大专", "18874930125"),
               ("刘小军", "男", "1987.08", "中共党员", "村委会副主任", "大专", "13548721360"),
               ("易春燕", "女", "1992.01", "群众", "村委委员、报账员", "本科", "15802580417"),
               ("刘德胜", "男", "1975.05", "中共党员", "党总支委员、村务监督委员会主任", "初中", "13874955218")]),
    ("金盆村", [("彭志刚", "男", "1974.07", "中共党员", "党支部书记、村委会主任", "大专", "13973105562"),
               ("彭丽", "女", "1989.10", "中共党员", "党支部副书记", "本科", "18673125590"),
               ("邓卫东", "男", "1981.03", "中共党员", "党支部委员、村委委员", "高中", "13787203348"),
               ("彭建华", "男", "1970.02", "群众", "村委委员", "初中", "13974812067"),
               ("宋秋菊", "女", "1986.06", "中共党员", "村委委员、妇联主席", "大专", "15974283016")]),
    ("杨柳村", [("罗长青", "男", "1976.11", "中共党员", "党总支书记、村委会主任", "本科", "13607311289"),
               ("杨慧", "女", "1991.05", "中共党员", "党总支副书记、村委会副主任", "本科", "18907315043"),
               ("罗德华", "男", "1968.08", "中共党员", "党总支委员", "高中", "13875820196"),
               ("杨桂芳", "女", "1984.12", "群众", "村委委员", "高中", "13548611207"),
               ("周建华", "男", "1980.04", "中共党员", "村务监督委员会主任", "高中", "13974013652")]),
    ("荷塘村", [("罗文杰", "男", "1973.06", "中共党员", "党总支书记、村委会主任", "大专", "13908459720"),
               ("宋国辉", "男", "1982.09", "中共党员", "党总支副书记", "大专", "15116201847"),
               ("宋桂香", "女", "1971.03", "群众", "村委委员", "初中", "13786125593"),
               ("胡晓敏", "女", "1995.07", "中共党员", "党总支委员、村委委员", "本科", "19973108425"),
               ("罗建平", "男", "1966.10", "中共党员", "村务监督委员会主任", "初中", "13017315806")]),
]
r = 3
seq = 1
for vil, people in C:
    start = r
    for (name, sex, birth, pol, pos, edu, tel) in people:
        sh.write(r, 1, seq, st_m)
        sh.write(r, 2, name, st_c)
        sh.write(r, 3, sex, st_c)
        sh.write(r, 4, birth, st_c)
        sh.write(r, 5, pol, st_c)
        sh.write(r, 6, pos, st_c)
        sh.write(r, 7, edu, st_c)
        sh.write(r, 8, tel, st_c)
        t(F5, "两委成员", r + 1, "cadre", {"name": name, "position": pos}, vil)
        seq += 1
        r += 1
    sh.write_merge(start, r - 1, 0, 0, vil, st_m)
r += 1
sh.write(r, 0, "备注：村务监督委员会主任列席两委会议，一并列入。")
nd(F5, "两委成员", r + 1, "备注")
r += 1
sh.write(r, 0, "填表人：胡晓敏")
sh.write(r, 5, "审核人：李志红")
nd(F5, "两委成员", r + 1, "填表人/审核人")
for i, w in enumerate([10, 6, 10, 6, 10, 10, 30, 9, 14]):
    sh.col(i).width = 256 * w
wbx.save(os.path.join(OUT, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": TRUTH, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print("rows", len(TRUTH), "non_data", len(NON))
