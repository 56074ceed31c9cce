#!/usr/bin/env python3
"""Blind test set qa119: one laptop, every file format.

Writes into <dir of this script>/files/ and <dir of this script>/truth.json.
Deterministic (random.Random(119)). Does not import xuncha.
Formats: .ods (hand-written OpenDocument zip, no odfpy available), .xlsm,
Google-Sheets-style .xlsx (inline strings, no sharedStrings part),
Excel 'Unicode text' .txt (UTF-16 LE, tab), European-locale .csv (';', decimal comma),
.xls that is really an .xlsx, .xlsx that is really a GBK csv.
.xlsb is skipped: no writer available (pyxlsb is read-only and not installed).
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
RNG = random.Random(119)
ROWS = []
NON = []


def T(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(d):
    return d.isoformat() if d else None


def money_de(x):
    """1234.5 -> '1.234,50' (German Excel display)."""
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ---------------------------------------------------------------- A: .ods
def make_ods():
    fn = "李家村2023年集体资源发包台账.ods"
    village = "李家村"
    sheet = "资源发包"
    names = ["东洼地", "西岗地", "南河滩", "北坡林地", "村东鱼塘", "老砖厂厂房", "后山茶园", "大队部门面房",
             "二组机动地", "三组机动地", "村西苗圃", "水库水面", "老小学校舍", "沙河沿地块", "杨树林", "果园",
             "四组荒地", "村口仓库", "菜市场摊位区", "南洼藕塘"]
    cats = ["耕地", "耕地", "耕地", "林地", "水面", "厂房", "林地", "房屋", "耕地", "耕地", "林地", "水面",
            "房屋", "耕地", "林地", "园地", "耕地", "房屋", "房屋", "水面"]
    people = ["李国强", "王建军", "李春生", "河南绿源林业有限公司", "张永福", "商丘市兴达建材有限公司", "李玉兰",
              "刘记超市（刘红梅）", "李保全", "赵德胜", "宁陵县春华苗木专业合作社", "陈家旺", "李家村幼儿园（李娟）",
              "孙长海", "李全友", "周传富", "李保国", "王海涛", "李家村股份经济合作社菜市场管理组", "马春花"]
    methods = ["公开竞价", "公开竞价", "协商", "公开招标", "公开竞价", "协商", "公开竞价", "协商", "公开竞价",
               "公开竞价", "公开招标", "公开竞价", "协商", "公开竞价", "协商", "公开竞价", "协商", "协商", "协商",
               "公开竞价"]
    rows = []  # list of list of cells; cell = (type, value)
    rows.append([("title", "李家村集体资源发包（租赁）台账")])
    rows.append([("s", "填报单位：李家村股份经济合作社"), None, None, None, None, None, None, None,
                 ("s", "单位：元、亩")])
    hdr = ["序号", "资源名称", "类型", "面积（亩）", "承包（承租）方", "发包方式", "年承包金（元）",
           "起始日期", "终止日期", "备注"]
    rows.append([("s", h) for h in hdr])
    total_amt = 0.0
    total_area = 0.0
    for i, nm in enumerate(names):
        r = len(rows) + 1
        area = round(RNG.choice([3.2, 5.5, 8.0, 12.6, 20.0, 35.0, 48.5, 6.8, 15.0]) + (i % 3) * 0.5, 2)
        if cats[i] == "房屋" or cats[i] == "厂房":
            area = round(RNG.choice([0.3, 0.45, 0.8, 1.2]), 2)
        per = RNG.choice([600, 650, 700, 800, 900, 1000]) if cats[i] in ("耕地", "园地") else \
            RNG.choice([300, 400, 500]) if cats[i] == "林地" else RNG.choice([1200, 1500])
        amt = float(round(area * per, -1))
        if cats[i] in ("房屋", "厂房"):
            amt = float(RNG.choice([12000, 18000, 24000, 36000, 48000]))
        y0 = RNG.choice([2018, 2019, 2020, 2021, 2022, 2023])
        m0 = RNG.choice([1, 1, 3, 7, 10])
        start = dt.date(y0, m0, 1)
        years = RNG.choice([3, 5, 5, 10, 15]) if cats[i] != "林地" else 20
        end = dt.date(y0 + years, m0, 1) - dt.timedelta(days=1)
        note = ""
        if i == 6:
            note = "租金每五年递增5%"
        if i == 11:
            note = "含管理房两间"
        amt_cell = ("f", amt)
        if i == 9:
            amt_cell = ("s", f"{amt:,.2f}")  # typed as text with thousands sep
        sd = ("d", start)
        ed = ("d", end)
        if i in (3, 14):  # typed with dots, kept as text
            sd = ("s", f"{start.year}.{start.month}.{start.day}")
            ed = ("s", f"{end.year}.{end.month}.{end.day}")
        rows.append([("f", i + 1), ("s", nm), ("s", cats[i]), ("f", area), ("s", people[i]),
                     ("s", methods[i]), amt_cell, sd, ed, ("s", note) if note else None])
        total_amt += amt
        total_area += area
        T(fn, sheet, r, "resource", village, name=nm, counterparty=people[i], amount=amt, area=area,
          started_on=iso(start), ended_on=iso(end))
    r = len(rows) + 1
    rows.append([("s", "合计"), None, None, ("f", round(total_area, 2)), None, None, ("f", total_amt)])
    N(fn, sheet, r, "合计")
    rows.append([])
    r = len(rows) + 1
    rows.append([("s", "注：1.年承包金为合同约定首年金额；2.房屋类面积按建筑面积折算。")])
    N(fn, sheet, r, "注")
    r = len(rows) + 1
    rows.append([("s", "制表人：李秀英"), None, None, None, ("s", "审核人：李建国"), None, None,
                 ("s", "2024年1月10日")])
    N(fn, sheet, r, "签名")

    stats = [[("s", "类型"), ("s", "宗数"), ("s", "面积（亩）")]]
    by = {}
    for i, c in enumerate(cats):
        by.setdefault(c, 0)
        by[c] += 1
    for c, n in by.items():
        stats.append([("s", c), ("f", n), None])
    stats_rows = [[("title", "资源发包情况统计")]] + stats
    for k in range(3, len(stats_rows) + 1):
        N(fn, "统计", k, "统计表（非记录）")

    def cell_xml(c, span=10):
        if c is None:
            return "<table:table-cell/>"
        t, v = c
        if t == "title":
            return (f'<table:table-cell table:number-columns-spanned="{span}" office:value-type="string">'
                    f"<text:p>{escape(v)}</text:p></table:table-cell>"
                    + "<table:covered-table-cell/>" * (span - 1))
        if t == "s":
            return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
        if t == "f":
            txt = f"{v:g}" if isinstance(v, float) else str(v)
            return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                    f"<text:p>{txt}</text:p></table:table-cell>")
        if t == "d":
            return (f'<table:table-cell table:style-name="ce1" office:value-type="date" '
                    f'office:date-value="{v.isoformat()}"><text:p>{v.year}-{v.month:02d}-{v.day:02d}</text:p>'
                    f"</table:table-cell>")
        raise ValueError(t)

    def table_xml(name, rws, span):
        out = [f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{span}"/>']
        for rw in rws:
            if not rw:
                out.append('<table:table-row><table:table-cell table:number-columns-repeated="{}"/></table:table-row>'.format(span))
                continue
            out.append("<table:table-row>" + "".join(cell_xml(c, span) for c in rw) + "</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               '<office:automatic-styles>'
               '<number:date-style style:name="N37"><number:year number:style="long"/><number:text>-</number:text>'
               '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>'
               '</number:date-style>'
               '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" '
               'style:data-style-name="N37"/></office:automatic-styles>'
               '<office:body><office:spreadsheet>'
               + table_xml(sheet, rows, 10) + table_xml("统计", stats_rows, 3)
               + "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.2">'
              '<office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles>'
              '</office:document-styles>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">'
            '<office:meta><meta:generator>LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2'
            '</meta:generator><meta:creation-date>2024-01-10T09:12:00</meta:creation-date></office:meta>'
            '</office:document-meta>')
    path = os.path.join(FILES, fn)
    fixed = (2024, 1, 10, 9, 12, 0)
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", fixed)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.spreadsheet")
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def rezip(path, edit):
    """Rewrite a zip (xlsx) with edit(name, bytes) -> bytes or None (drop)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            new = edit(info.filename, data, dict((i.filename, d) for i, d in items))
            if new is None:
                continue
            zi = zipfile.ZipInfo(info.filename, (2024, 1, 5, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, new)


# ---------------------------------------------------------------- B: .xlsm
def make_xlsm():
    fn = "王庄村2023年一季度收支明细账.xlsm"
    village = "王庄村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "银行存款"
    sh = ws.title
    ws.append(["王庄村股份经济合作社银行存款日记账（2023年1-3月）"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["开户行：宁陵县农村商业银行王庄支行", None, None, None, None, None, "单位：元"])
    ws.append(["日期", "凭证号", "摘要", "对方单位", "收入", "支出", "余额", "经手人"])
    bal = 186452.37
    ws.append([dt.date(2023, 1, 1), None, "上年结转", None, None, None, bal, None])
    N(fn, sh, ws.max_row, "上年结转")
    ent = {
        1: [("收到镇财政所拨付村级运转经费", "宁陵县财政局", "in", 45000.00, "王庆丰"),
            ("支付村部取暖煤款", "宁陵县聚源煤炭经销部", "out", 8650.00, "王庆丰"),
            ("收二组机动地承包金", "王德法", "in", 12800.00, "王建华"),
            ("支付村道路灯电费", "国网宁陵县供电公司", "out", 1326.48, "王建华"),
            ("支付环卫保洁员12月工资", "王桂香", "out", 1800.00, "王庆丰"),
            ("银行利息收入", None, "in", 142.36, None),
            ("支付文化广场铺装工程进度款", "商丘市鑫磊建筑工程有限公司", "out", 98000.00, "王庆丰"),
            ("支付村委会办公用品费", "宁陵县文星办公用品店", "out", 2360.00, "王建华"),
            ("收鱼塘承包金", "王长顺", "in", 18000.00, "王建华"),
            ("支付春节慰问困难户物资款", "宁陵县万家福超市", "out", 6400.00, "王庆丰")],
        2: [("收到一事一议财政奖补资金", "宁陵县财政局", "in", 150000.00, "王庆丰"),
            ("支付村务监督委员会误工补贴", "王守信", "out", 1200.00, "王建华"),
            ("支付文化广场铺装工程进度款", "商丘市鑫磊建筑工程有限公司", "out", 98000.00, "王庆丰"),
            ("支付打井工程款", "宁陵县宏达打井队", "out", 46500.00, "王庆丰"),
            ("收厂房租金", "宁陵县恒通木业有限公司", "in", 36000.00, "王建华"),
            ("支付宽带网络费", "中国电信宁陵分公司", "out", 1440.00, "王建华"),
            ("支付环卫保洁员1-2月工资", "王桂香", "out", 3600.00, "王庆丰"),
            ("提取备用金", None, "out", 5000.00, "王建华"),
            ("支付村部维修材料款", "宁陵县永兴建材门市", "out", 4870.50, "王庆丰"),
            ("银行手续费", None, "out", 35.00, None)],
        3: [("收到农业保险理赔款", "中华联合财产保险宁陵支公司", "in", 23560.00, "王建华"),
            ("支付植树造林苗木款", "宁陵县春华苗木专业合作社", "out", 27300.00, "王庆丰"),
            ("支付文化广场铺装工程尾款", "商丘市鑫磊建筑工程有限公司", "out", 49000.00, "王庆丰"),
            ("支付村干部一季度绩效报酬", "王庆丰", "out", 9600.00, "王建华"),
            ("收门面房租金", "王晓燕", "in", 9600.00, "王建华"),
            ("支付沟渠清淤机械费", "宁陵县顺通机械租赁站", "out", 7800.00, "王庆丰"),
            ("支付党员活动室电脑款", "宁陵县科讯电脑城", "out", 5980.00, "王建华"),
            ("支付路灯维修费", "王新民", "out", 1650.00, "王建华"),
            ("收到村集体经济发展项目资金", "宁陵县农业农村局", "in", 200000.00, "王庆丰"),
            ("银行利息收入", None, "in", 389.12, None)],
    }
    vno = 0
    ytd_in = ytd_out = 0.0
    for m in (1, 2, 3):
        mi = mo = 0.0
        days = sorted(RNG.sample(range(3, 29), len(ent[m])))
        for (summ, cp, d, amt, who), day in zip(ent[m], days):
            vno += 1
            date = dt.date(2023, m, day)
            if d == "in":
                bal += amt
                mi += amt
            else:
                bal -= amt
                mo += amt
            ws.append([date, f"记-{vno:03d}", summ, cp, amt if d == "in" else None,
                       amt if d == "out" else None, round(bal, 2), who])
            ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
            T(fn, sh, ws.max_row, "payment", village, date=iso(date), amount=amt, direction=d,
              counterparty=cp)
        ytd_in += mi
        ytd_out += mo
        ws.append([None, None, f"{m}月份本月合计", None, round(mi, 2), round(mo, 2), round(bal, 2)])
        N(fn, sh, ws.max_row, "本月合计")
        ws.append([None, None, "本年累计", None, round(ytd_in, 2), round(ytd_out, 2), round(bal, 2)])
        N(fn, sh, ws.max_row, "本年累计")
    ws.cell(4, 1).number_format = "yyyy-mm-dd"
    for row in ws.iter_rows(min_row=4, min_col=5, max_col=7):
        for c in row:
            c.number_format = "#,##0.00"
    ws.append([])
    ws.append(["会计：王建华", None, None, "出纳：王丽", None, "村务监督委员会主任：王守信"])
    N(fn, sh, ws.max_row, "签名")

    ws2 = wb.create_sheet("现金")
    sh2 = "现金"
    ws2.append(["王庄村现金日记账 2023年一季度"])
    ws2.append(["日期", "摘要", "收款/付款人", "借方金额", "贷方金额", "余额"])
    cb = 1260.50
    ws2.append(["2023-01-01", "期初余额", None, None, None, cb])
    N(fn, sh2, 3, "期初余额")
    cash = [(dt.date(2023, 2, 16), "从银行提取备用金", None, "in", 5000.00),
            (dt.date(2023, 2, 18), "支付村部水费", "王庄村供水站", "out", 320.00),
            (dt.date(2023, 2, 25), "支付会议误工餐费", "王记家常菜馆", "out", 860.00),
            (dt.date(2023, 3, 2), "支付购买灭火器款", "宁陵县安泰消防器材店", "out", 1140.00),
            (dt.date(2023, 3, 9), "收取村民宅基地复垦押金", "王二军", "in", 2000.00),
            (dt.date(2023, 3, 21), "支付临时用工工资", "王三妮", "out", 1500.00)]
    for date, summ, cp, d, amt in cash:
        cb += amt if d == "in" else -amt
        # typed as text in 2023年2月16日 form
        ws2.append([f"{date.year}年{date.month}月{date.day}日", summ, cp, amt if d == "in" else None,
                    amt if d == "out" else None, round(cb, 2)])
        T(fn, sh2, ws2.max_row, "payment", village, date=iso(date), amount=amt, direction=d, counterparty=cp)
    ws2.append([None, "本季合计", None, 7000.00, 3820.00, round(cb, 2)])
    N(fn, sh2, ws2.max_row, "本季合计")
    path = os.path.join(FILES, fn)
    wb.save(path)

    def edit(name, data, _all):
        if name == "[Content_Types].xml":
            return data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        return data
    rezip(path, edit)


# ---------------------------------------------------------------- C: Google-Sheets-style xlsx
def make_gsheets():
    fn = "张湾村合同台账（共享表格）.xlsx"
    village = "张湾村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合同台账"
    sh = ws.title
    ws.append(["合同编号", "合同名称", "合同类别", "乙方", "合同金额", "签订日期", "履行期限", "采购方式", "经办人"])
    cons = [
        ("ZW-2023-01", "村部屋面防水维修合同", "工程", "信阳市恒固防水工程有限公司", 38500, dt.date(2023, 2, 14), "2023.3-2023.4", "询价"),
        ("ZW-2023-02", "村内道路硬化工程施工合同", "工程", "罗山县宏远路桥工程有限公司", 286000, dt.date(2023, 3, 8), "2023.3-2023.6", "公开招标"),
        ("ZW-2023-03", "保洁服务外包合同", "服务", "罗山县洁美环境服务有限公司", 57600, dt.date(2023, 1, 5), "2023.1-2023.12", "竞争性谈判"),
        ("ZW-2023-04", "茶园承包合同", "发包", "张德军", 24000, dt.date(2023, 1, 18), "2023.1-2032.12", "公开竞价"),
        ("ZW-2023-05", "路灯采购安装合同", "采购", "罗山县光明电器有限公司", 49800, dt.date(2023, 4, 2), "2023.4-2023.5", "询价"),
        ("ZW-2023-06", "路灯采购安装合同（二期）", "采购", "罗山县光明电器有限公司", 49600, dt.date(2023, 4, 20), "2023.5-2023.6", "询价"),
        ("ZW-2023-07", "文化活动室装修合同", "工程", "罗山县新居装饰工程有限公司", 92300, dt.date(2023, 5, 11), "2023.5-2023.7", "村民代表会议议定"),
        ("ZW-2023-08", "河塘清淤合同", "工程", "张湾村张新春", 18800, dt.date(2023, 5, 26), "2023.6", "直接委托"),
        ("ZW-2023-09", "门面房租赁合同", "租赁", "张晓红", 15000, dt.date(2023, 6, 1), "2023.6-2026.5", "公开竞价"),
        ("ZW-2023-10", "监控设备采购合同", "采购", "信阳市安视达科技有限公司", 33500, dt.date(2023, 6, 15), "2023.6-2023.7", "询价"),
        ("ZW-2023-11", "农田灌溉渠道修复合同", "工程", "罗山县宏远路桥工程有限公司", 168000, dt.date(2023, 7, 3), "2023.7-2023.9", "邀请招标"),
        ("ZW-2023-12", "法律顾问服务合同", "服务", "河南豫南律师事务所", 12000, dt.date(2023, 7, 20), "2023.7-2024.6", "直接委托"),
        ("ZW-2023-13", "垃圾清运车采购合同", "采购", "程力专用汽车股份有限公司", 128500, dt.date(2023, 8, 9), "2023.8-2023.9", "公开招标"),
        ("ZW-2023-14", "水库水面承包合同", "发包", "张长庚", 30000, dt.date(2023, 8, 30), "2023.9-2028.8", "公开竞价"),
        ("ZW-2023-15", "村史馆布展设计合同", "服务", "信阳市墨韵文化传播有限公司", 46000, dt.date(2023, 9, 12), "2023.9-2023.11", "询价"),
        ("ZW-2023-16", "围墙砌筑合同", "工程", "张湾村张新春", 19500, dt.date(2023, 9, 28), "2023.10", "直接委托"),
        ("ZW-2023-17", "围墙砌筑合同（补充）", "工程", "张湾村张新春", 19200, dt.date(2023, 10, 16), "2023.10-2023.11", "直接委托"),
        ("ZW-2023-18", "冬季取暖设备采购", "采购", "罗山县光明电器有限公司", 21700, dt.date(2023, 11, 6), "2023.11", "询价"),
        ("ZW-2023-19", "农家书屋图书采购合同", "采购", "新华书店罗山县分公司", 8600, dt.date(2023, 11, 22), "2023.12", "直接委托"),
        ("ZW-2023-20", "村级光伏电站运维合同", "服务", "信阳市阳光新能源科技有限公司", 26400, dt.date(2023, 12, 4), "2024.1-2026.12", "竞争性谈判"),
        ("ZW-2023-21", "停车场划线工程合同", "工程", "罗山县宏远路桥工程有限公司", 9800, dt.date(2023, 12, 15), "2023.12", "直接委托"),
        ("ZW-2023-22", "厂房租赁合同", "租赁", "罗山县豫信茶业有限公司", 60000, dt.date(2023, 12, 28), "2024.1-2028.12", "公开竞价"),
    ]
    handlers = ["张立新", "张红梅"]
    for i, (code, title, cat, cp, amt, d, period, meth) in enumerate(cons):
        amt_cell = float(amt)
        date_cell = d
        if i in (4, 12, 19):   # typed with currency sign -> text in Sheets
            amt_cell = f"¥{amt:,.2f}"
        if i in (7, 15):       # typed as 2023/5/26 text
            date_cell = f"{d.year}/{d.month}/{d.day}"
        ws.append([code, title, cat, cp, amt_cell, date_cell, period, meth, handlers[i % 2]])
        if isinstance(date_cell, dt.date):
            ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
        T(fn, sh, ws.max_row, "contract", village, counterparty=cp, amount=float(amt), signed_on=iso(d))

    ws2 = wb.create_sheet("村两委班子")
    sh2 = ws2.title
    ws2.append(["姓名", "职务", "性别", "出生年月", "联系电话", "备注"])
    cad = [("张立新", "党支部书记、村委会主任", "男", "1972.05"), ("张红梅", "党支部副书记", "女", "1980.11"),
           ("李文斌", "村委会副主任", "男", "1976.03"), ("张志强", "党支部委员", "男", "1985.08"),
           ("陈秀兰", "村委会委员、妇联主席", "女", "1979.01"), ("张国栋", "村务监督委员会主任", "男", "1964.12"),
           ("刘明", "村委会委员、报账员", "男", "1990.06"), ("张丽娜", "后备干部", "女", "1996.02"),
           ("吴大勇", "驻村第一书记", "男", "1988.09")]
    for i, (nm, pos, sex, born) in enumerate(cad):
        ws2.append([nm, pos, sex, born, f"1390376{2113 + i * 37:04d}", "县农业农村局派驻" if i == 8 else None])
        T(fn, sh2, ws2.max_row, "cadre", village, name=nm, position=pos)
    path = os.path.join(FILES, fn)
    wb.save(path)

    # Google Sheets style: inline strings, no sharedStrings part
    # (this openpyxl build already writes inlineStr; the rewrite below is kept for other builds)
    with zipfile.ZipFile(path) as z:
        if "xl/sharedStrings.xml" not in z.namelist():
            return
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
    strings = [re.sub(r"<[^>]+>", "", m) for m in re.findall(r"<si>(.*?)</si>", sst, re.S)]

    def edit(name, data, _all):
        if name == "xl/sharedStrings.xml":
            return None
        if name == "[Content_Types].xml":
            return re.sub(rb'<Override PartName="/xl/sharedStrings.xml"[^>]*/>', b"", data)
        if name == "xl/_rels/workbook.xml.rels":
            return re.sub(rb'<Relationship [^>]*sharedStrings[^>]*/>', b"", data)
        if name.startswith("xl/worksheets/sheet"):
            txt = data.decode("utf-8")

            def rep(m):
                s = strings[int(m.group(3))]
                return f'<c {m.group(1)}t="inlineStr"{m.group(2)}><is><t>{s}</t></is></c>'
            txt = re.sub(r'<c ([^>]*?)t="s"([^>]*)><v>(\d+)</v></c>', rep, txt)
            return txt.encode("utf-8")
        return data
    rezip(path, edit)


# ---------------------------------------------------------------- D: Unicode text .txt
def make_unicode_txt():
    fn = "赵河村固定资产登记表.txt"
    village = "赵河村"
    sh = "赵河村固定资产登记表"
    assets = [
        ("ZH-001", '村委会办公楼', "房屋及建筑物", "三层砖混 860㎡", 1, dt.date(2009, 10, 15), 1286000.00, "在用", "村部"),
        ("ZH-002", '党群服务中心"一站式"服务大厅', "房屋及建筑物", "280㎡", 1, dt.date(2019, 6, 18), 365400.00, "在用", "村部"),
        ("ZH-003", "文化广场", "构筑物", "3200㎡", 1, dt.date(2018, 9, 30), 426800.00, "在用", "村中心"),
        ("ZH-004", "村卫生室", "房屋及建筑物", "120㎡", 1, dt.date(2012, 5, 8), 98600.00, "在用", "一组"),
        ("ZH-005", "集体仓库", "房屋及建筑物", "砖木 200㎡", 1, dt.date(1996, 11, 1), 42000.00, "出租", "二组"),
        ("ZH-006", "深水机井", "构筑物", "井深120米", 6, dt.date(2016, 4, 20), 216000.00, "在用", "东西片农田"),
        ("ZH-007", "提灌站", "构筑物", "55kW", 1, dt.date(2014, 3, 12), 185300.00, "在用", "赵河堤"),
        ("ZH-008", "光伏发电站", "机器设备", "100kW", 1, dt.date(2020, 12, 25), 680000.00, "在用", "村部屋顶"),
        ("ZH-009", "垃圾清运车", "运输设备", "东风多利卡", 1, dt.date(2021, 7, 6), 118500.00, "在用", "村部"),
        ("ZH-010", "小型挖掘机", "机器设备", "三一SY75C", 1, dt.date(2022, 3, 15), 286000.00, "出租", "三组"),
        ("ZH-011", "办公电脑", "办公设备", "联想启天M430", 5, dt.date(2021, 3, 2), 21500.00, "在用", "村部"),
        ("ZH-012", "复印机", "办公设备", "理光MP2014", 1, dt.date(2020, 8, 19), 8650.00, "在用", "村部"),
        ("ZH-013", "会议桌椅", "家具", "一套", 1, dt.date(2019, 7, 1), 12800.00, "在用", "村部会议室"),
        ("ZH-014", "监控系统", "电子设备", "32路", 1, dt.date(2022, 10, 10), 45600.00, "在用", "全村"),
        ("ZH-015", "太阳能路灯", "构筑物", "6米", 120, dt.date(2019, 11, 28), 252000.00, "在用", "村内道路"),
        ("ZH-016", "村内水泥道路", "构筑物", "4.5公里", 1, dt.date(2017, 10, 20), 1350000.00, "在用", "全村"),
        ("ZH-017", "农家书屋图书", "图书", "3200册", 1, dt.date(2015, 6, 1), 48000.00, "在用", "村部"),
        ("ZH-018", "健身器材", "文体设备", "12件套", 1, dt.date(2018, 9, 30), 36500.00, "在用", "文化广场"),
        ("ZH-019", "老村部房屋", "房屋及建筑物", "砖木 150㎡", 1, dt.date(1988, 5, 1), 18000.00, "闲置", "四组"),
        ("ZH-020", "消防器材", "其他", "灭火器40具", 1, dt.date(2023, 2, 27), 5600.00, "在用", "村部"),
        ("ZH-021", "育秧大棚", "构筑物", "钢架 10亩", 1, dt.date(2021, 2, 22), 320000.00, "出租", "五组"),
        ("ZH-022", "拖拉机", "机器设备", "东方红LX904", 1, dt.date(2013, 9, 9), 96000.00, "报废待处置", "三组"),
        ("ZH-023", "广播设备", "电子设备", "调频广播", 1, dt.date(2016, 12, 5), 23800.00, "在用", "村部"),
        ("ZH-024", "空调", "办公设备", "格力3P柜机", 3, dt.date(2022, 6, 14), 17700.00, "在用", "村部"),
    ]

    def q(s):
        s = str(s)
        if any(ch in s for ch in '\t"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    lines = [["赵河村固定资产登记表"] + [""] * 11,
             ["", "", "", "", "", "", "", "", "", "", "单位：元", ""],
             ["资产编号", "资产名称", "类别", "规格型号", "数量", "购置日期", "原值", "累计折旧", "净值",
              "使用状况", "存放地点", "管理人"]]
    total = 0.0
    for i, (code, nm, cat, spec, qty, d, val, st, loc) in enumerate(assets):
        yrs = min(2023 - d.year, 20)
        dep = round(val * 0.04 * yrs, 2) if cat in ("房屋及建筑物", "构筑物") else round(min(val, val * 0.1 * yrs), 2)
        if cat in ("图书", "其他"):
            dep = 0.0
        net = round(val - dep, 2)
        lines.append([code, nm, cat, spec, str(qty), f"{d.year}/{d.month}/{d.day}", f"{val:,.2f}",
                      f"{dep:,.2f}" if dep else "-", f"{net:,.2f}", st, loc, "赵永刚" if i % 3 else "赵海燕"])
        T(fn, sh, len(lines), "asset", village, name=nm, amount=val, acquired_on=iso(d))
        total += val
    lines.append(["合计", "", "", "", "", "", f"{total:,.2f}", "", "", "", "", ""])
    N(fn, sh, len(lines), "合计")
    lines.append([""] * 12)
    lines.append(["填表人：赵海燕", "", "", "", "村会计：赵永刚", "", "", "", "填报日期：2023年12月31日", "", "", ""])
    N(fn, sh, len(lines), "签名")
    text = "\r\n".join("\t".join(q(c) for c in ln) for ln in lines) + "\r\n"
    with open(os.path.join(FILES, fn), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


# ---------------------------------------------------------------- E: European csv
def make_euro_csv():
    fn = "陈村2023年银行收支明细.csv"
    village = "陈村"
    sh = "陈村2023年银行收支明细"
    ent = [
        (dt.date(2023, 4, 3), "收到土地流转租金", "息县丰润农业专业合作社", "in", 86400.00, "转账"),
        (dt.date(2023, 4, 7), "支付村级公益岗工资", "陈玉芳", "out", 1500.00, "转账"),
        (dt.date(2023, 4, 13), "支付排水沟修建工程款", "息县建兴建筑劳务有限公司", "out", 73250.00, "转账"),
        (dt.date(2023, 4, 21), "支付办公用品", "息县晨光文具店", "out", 986.40, "转账"),
        (dt.date(2023, 4, 28), "收到扶贫资产收益分红", "息县乡村振兴投资有限公司", "in", 31200.00, "转账"),
        (dt.date(2023, 5, 6), "支付党建宣传栏制作费", "息县金点子广告部", "out", 4800.00, "转账"),
        (dt.date(2023, 5, 12), "支付电费", "国网息县供电公司", "out", 1072.35, "转账"),
        (dt.date(2023, 5, 19), "收到一事一议奖补资金", "息县财政局", "in", 120000.00, "转账"),
        (dt.date(2023, 5, 25), "支付排水沟修建工程款", "息县建兴建筑劳务有限公司", "out", 73250.00, "转账"),
        (dt.date(2023, 5, 31), "利息收入", None, "in", 96.18, None),
        (dt.date(2023, 6, 2), "支付防汛物资款", "息县永安物资经销部", "out", 12680.00, "转账"),
        (dt.date(2023, 6, 9), "支付村干部报酬", "陈志刚", "out", 3200.00, "转账"),
        (dt.date(2023, 6, 16), "收到门面房租金", "陈红霞", "in", 7200.00, "转账"),
        (dt.date(2023, 6, 20), "提取现金", None, "out", 3000.00, "现金支票"),
        (dt.date(2023, 6, 27), "支付河道保洁费", "陈大海", "out", 2400.00, "转账"),
        (dt.date(2023, 7, 4), "支付路面修补材料款", "息县鑫源商砼有限公司", "out", 28730.00, "转账"),
        (dt.date(2023, 7, 11), "收到厂房租金", "息县华宇服饰有限公司", "in", 45000.00, "转账"),
        (dt.date(2023, 7, 18), "支付村史墙绘制费", "陈晓东", "out", 6500.00, "转账"),
        (dt.date(2023, 7, 24), "支付困难户慰问金", "陈老四", "out", 500.00, "现金"),
        (dt.date(2023, 7, 31), "支付监控维护费", "息县天眼安防工程部", "out", 1850.00, "转账"),
        (dt.date(2023, 8, 8), "收到秸秆禁烧奖励资金", "息县财政局", "in", 15000.00, "转账"),
        (dt.date(2023, 8, 15), "支付办公楼维修款", "息县建兴建筑劳务有限公司", "out", 39600.00, "转账"),
    ]
    lines = [["陈村股份经济合作社银行存款收支明细（2023年4-8月）", "", "", "", "", "", "", ""],
             ["日期", "凭证号", "摘要", "对方户名", "收入金额", "支出金额", "余额", "结算方式"]]
    bal = 52316.70
    lines.append(["01.04.2023", "", "期初余额", "", "", "", money_de(bal), ""])
    N(fn, sh, 3, "期初余额")
    ti = to = 0.0
    for k, (d, summ, cp, dr, amt, meth) in enumerate(ent):
        bal += amt if dr == "in" else -amt
        if dr == "in":
            ti += amt
        else:
            to += amt
        lines.append([d.strftime("%d.%m.%Y"), f"{d.month}-{k + 1:02d}", summ, cp or "",
                      money_de(amt) if dr == "in" else "", money_de(amt) if dr == "out" else "",
                      money_de(round(bal, 2)), meth or ""])
        T(fn, sh, len(lines), "payment", village, date=iso(d), amount=amt, direction=dr, counterparty=cp)
    lines.append(["", "", "合计", "", money_de(round(ti, 2)), money_de(round(to, 2)), money_de(round(bal, 2)), ""])
    N(fn, sh, len(lines), "合计")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerows(lines)
    with open(os.path.join(FILES, fn), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- F: .xls that is an .xlsx
def make_fake_xls():
    fn = "刘庄村村级工程项目台账.xls"
    village = "刘庄村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工程项目"
    sh = ws.title
    ws.append(["刘庄村2022-2023年村级工程项目台账"])
    ws.merge_cells("A1:L1")
    ws.append(["单位：万元"])
    ws.append(["序号", "项目编号", "项目名称", "项目类型", "预算金额（万元）", "中标（合同）金额（万元）",
               "施工单位", "招标方式", "村民代表会议日期", "开工日期", "竣工日期", "资金来源"])
    projs = [
        ("LZ2022-01", "刘庄村主干道硬化工程", "村级工程", 68.5, 65.32, "周口市中原路桥有限公司", "公开招标", (2022, 3, 5), (2022, 4, 10), (2022, 7, 20), "财政衔接资金"),
        ("LZ2022-02", "二组生产路修建", "一事一议", 12.0, 11.68, "郸城县宏伟建筑工程有限公司", "邀请招标", (2022, 3, 5), (2022, 4, 18), (2022, 5, 30), "一事一议奖补"),
        ("LZ2022-03", "村部院墙及大门改造", "小微工程", 4.8, 4.75, "刘庄村刘保山施工队", "直接发包", (2022, 4, 12), (2022, 4, 8), (2022, 5, 6), "村集体自筹"),
        ("LZ2022-04", "文化广场建设", "村级工程", 45.0, 43.6, "郸城县宏伟建筑工程有限公司", "公开招标", (2022, 5, 20), (2022, 6, 15), (2022, 9, 28), "财政衔接资金"),
        ("LZ2022-05", "农田机井配套", "村级工程", 28.0, 27.35, "郸城县金泉打井有限公司", "竞争性谈判", (2022, 6, 8), (2022, 7, 1), (2022, 8, 15), "高标准农田资金"),
        ("LZ2022-06", "三组排水沟清淤", "一事一议", 3.6, 3.58, "刘庄村刘保山施工队", "直接发包", (2022, 7, 14), (2022, 7, 20), (2022, 8, 2), "一事一议奖补"),
        ("LZ2022-07", "三组排水沟护坡", "一事一议", 3.9, 3.86, "刘庄村刘保山施工队", "直接发包", (2022, 7, 14), (2022, 8, 5), (2022, 8, 30), "一事一议奖补"),
        ("LZ2022-08", "村卫生室改造", "小微工程", 9.5, 9.2, "郸城县安居装饰有限公司", "询价", (2022, 9, 3), (2022, 9, 20), (2022, 11, 10), "村集体自筹"),
        ("LZ2022-09", "太阳能路灯安装", "村级工程", 18.0, 17.64, "周口市光源照明工程有限公司", "询价", (2022, 10, 11), (2022, 10, 25), (2022, 11, 30), "财政衔接资金"),
        ("LZ2023-01", "四组生产桥重建", "村级工程", 36.0, 35.18, "周口市中原路桥有限公司", "公开招标", (2023, 2, 16), (2023, 3, 20), (2023, 6, 10), "财政衔接资金"),
        ("LZ2023-02", "坑塘整治", "一事一议", 15.0, 14.72, "郸城县宏伟建筑工程有限公司", "邀请招标", (2023, 3, 2), (2023, 3, 28), (2023, 5, 16), "一事一议奖补"),
        ("LZ2023-03", "村内巷道硬化（一期）", "小微工程", 9.8, 9.76, "郸城县宏伟建筑工程有限公司", "询价", (2023, 4, 6), (2023, 4, 15), (2023, 5, 20), "村集体自筹"),
        ("LZ2023-04", "村内巷道硬化（二期）", "小微工程", 9.9, 9.85, "郸城县宏伟建筑工程有限公司", "询价", (2023, 4, 6), (2023, 5, 25), (2023, 6, 28), "村集体自筹"),
        ("LZ2023-05", "党群服务中心屋面维修", "小微工程", 6.2, 5.96, "郸城县安居装饰有限公司", "询价", (2023, 5, 18), (2023, 6, 1), (2023, 6, 25), "村集体自筹"),
        ("LZ2023-06", "农村污水管网（刘庄段）", "村级工程", 82.0, 79.45, "河南豫东水利工程有限公司", "公开招标", (2023, 6, 12), (2023, 7, 20), None, "财政衔接资金"),
        ("LZ2023-07", "村史馆建设", "村级工程", 25.0, None, None, "待定", (2023, 9, 8), None, None, "村集体自筹"),
        ("LZ2023-08", "五组灌溉渠修复", "一事一议", 7.5, 7.42, "刘庄村刘保山施工队", "直接发包", (2023, 9, 25), (2023, 10, 8), (2023, 11, 3), "一事一议奖补"),
        ("LZ2023-09", "垃圾中转点建设", "小微工程", 4.6, 4.58, "郸城县宏伟建筑工程有限公司", "直接发包", (2023, 11, 2), (2023, 11, 10), (2023, 12, 5), "村集体自筹"),
    ]
    for i, (code, nm, typ, bud, amt, con, meth, dec, st, fin, fund) in enumerate(projs):
        D = lambda t: dt.date(*t) if t else None  # noqa: E731
        ws.append([i + 1, code, nm, typ, bud, amt, con, meth, D(dec), D(st), D(fin) if fin else "在建", fund])
        for col in (9, 10, 11):
            ws.cell(ws.max_row, col).number_format = "yyyy年m月d日"
        f = {"name": nm, "contractor": con}
        if amt is not None:
            f["amount"] = round(amt * 10000, 2)
        else:
            f["budget"] = round(bud * 10000, 2)
        T(fn, sh, ws.max_row, "project", village, **f)
    ws.append(["合计", None, None, None, round(sum(p[3] for p in projs), 2),
               round(sum(p[4] or 0 for p in projs), 2)])
    N(fn, sh, ws.max_row, "合计")
    ws.append(["说明：LZ2022-03项目开工日期早于村民代表会议日期，已于2022年4月12日补办决策程序。"])
    N(fn, sh, ws.max_row, "说明")
    ws.append(["填报人：刘文静", None, None, None, None, None, "审核：刘建设"])
    N(fn, sh, ws.max_row, "签名")
    tmp = os.path.join(FILES, "_tmp.xlsx")
    wb.save(tmp)
    os.replace(tmp, os.path.join(FILES, fn))


# ---------------------------------------------------------------- G: .xlsx that is a GBK csv
def make_fake_xlsx():
    fn = "孙家村土地承包合同台账.xlsx"
    village = "孙家村"
    sh = "孙家村土地承包合同台账"
    lines = [["序号", "合同编号", "地块名称", "承包方", "面积(亩)", "年承包金(元)", "承包起始日期", "承包终止日期",
              "发包方式", "备注"]]
    plots = [("前洼地", "孙立民", 15.6, 9360), ("后洼地", "孙立民", 22.0, 13200), ("河西地", "孙建国", 8.5, 5950),
             ("老坟地北", "孙长河", 4.2, 2520), ("东大块", "商水县禾丰家庭农场", 120.0, 96000),
             ("西大块", "商水县禾丰家庭农场", 86.5, 69200), ("砖窑坑", "孙保田", 12.0, 3600),
             ("机站院", "孙海军", 1.8, 6000), ("杨树行", "孙红旗", 6.0, 1800), ("南沟沿", "李玉堂", 9.3, 5580),
             ("苇塘", "孙宝华", 18.0, 10800), ("北岗地", "商水县绿野农机专业合作社", 60.0, 42000),
             ("三角地", "孙小五", 2.6, 1300), ("鱼塘一号", "孙志成", 11.0, 8800), ("鱼塘二号", "孙志成", 9.5, 7600),
             ("果园", "孙秀英", 13.2, 7920), ("老学校", "商水县启航托管服务中心", 3.1, 12000),
             ("南洼", "孙立民", 30.0, 18000)]
    for i, (nm, cp, area, amt) in enumerate(plots):
        y = 2016 + (i % 7)
        yrs = [5, 10, 15, 5, 10, 10, 20, 3, 20, 5, 10, 8, 5, 6, 6, 15, 3, 10][i]
        s = dt.date(y, 1 if i % 2 == 0 else 10, 1)
        e = dt.date(s.year + yrs, s.month, 1) - dt.timedelta(days=1)
        meth = "公开竞价" if amt > 20000 else ("协商" if i % 3 else "村民代表会议表决")
        note = "到期未续签，仍在耕种" if i == 6 else ("与孙立民系同户" if i == 17 else "")
        lines.append([str(i + 1), f"SJC-TD-{y}-{i + 1:03d}", nm, cp, f"{area:g}", f"{amt:.2f}",
                      s.strftime("%Y-%m-%d"), e.strftime("%Y-%m-%d"), meth, note])
        T(fn, sh, len(lines), "resource", village, name=nm, counterparty=cp, amount=float(amt), area=area,
          started_on=iso(s), ended_on=iso(e))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    with open(os.path.join(FILES, fn), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))


def main():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    make_ods()
    make_xlsm()
    make_gsheets()
    make_unicode_txt()
    make_euro_csv()
    make_fake_xls()
    make_fake_xlsx()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
    print(len(ROWS), "data rows,", len(NON), "non-data rows")


if __name__ == "__main__":
    main()
