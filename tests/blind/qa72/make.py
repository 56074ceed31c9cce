#!/usr/bin/env python3
"""Blind test set qa72: an old village 报账员 PC (Excel 2003 .xls, WPS .et->.xls,
金蝶KIS 记账王 GBK csv, 用友T3 固定资产卡片, Word table pasted into Excel).
Deterministic. Writes files/ and truth.json beside this script."""
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)

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


D = dt.date
CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):  # 1..31
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d):
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


UP = "零壹贰叁肆伍陆柒捌玖"


def upper_yuan(n):
    """integer yuan -> 大写 e.g. 128000 -> 壹拾贰万捌仟元整"""
    n = int(n)

    def four(x):
        units = ["仟", "佰", "拾", ""]
        s = ""
        digits = f"{x:04d}"
        zero = False
        for i, c in enumerate(digits):
            v = int(c)
            if v == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                zero = False
                s += UP[v] + units[i]
        return s
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s += four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


# ---------------------------------------------------------------- xls styles
def st(bold=False, size=12, fmt=None, center=False, wrap=False):
    s = xlwt.XFStyle()
    f = xlwt.Font()
    f.name = "宋体"
    f.bold = bold
    f.height = size * 20
    s.font = f
    if fmt:
        s.num_format_str = fmt
    al = xlwt.Alignment()
    if center:
        al.horz = xlwt.Alignment.HORZ_CENTER
        al.vert = xlwt.Alignment.VERT_CENTER
    if wrap:
        al.wrap = 1
    s.alignment = al
    b = xlwt.Borders()
    b.left = b.right = b.top = b.bottom = 1
    s.borders = b
    return s


TITLE = st(True, 16, center=True)
HEAD = st(True, 11, center=True, wrap=True)
CELL = st(size=11)
MONEY = st(size=11, fmt="#,##0.00")
DATE = st(size=11, fmt="yyyy-mm-dd")
DATE2 = st(size=11, fmt='yyyy"年"m"月"d"日"')
PLAIN = xlwt.easyxf("font: name 宋体, height 220")


def wcell(ws, r, c, v):
    if isinstance(v, dt.date):
        ws.write(r, c, dt.datetime(v.year, v.month, v.day), DATE)
    elif isinstance(v, tuple) and v and v[0] == "D2":
        d = v[1]
        ws.write(r, c, dt.datetime(d.year, d.month, d.day), DATE2)
    elif isinstance(v, float):
        ws.write(r, c, v, MONEY)
    elif v is None:
        ws.write(r, c, "", CELL)
    else:
        ws.write(r, c, v, CELL)


# ============================================================ file 1
# Excel 2003 .xls, 宋体, merged title, two-row header, sections + 小计
F1 = "东山村2023年工程项目台账.xls"
V1 = "东山村"


def file1():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("工程项目台账")
    S = "工程项目台账"
    ws.write_merge(0, 0, 0, 11, "东山村2023年村级工程项目台账", TITLE)
    ws.write_merge(1, 1, 0, 11, "填报单位：东山村村民委员会（盖章）                    单位：元", PLAIN)
    hdr_single = ["序号", "项目名称", "项目类型", "实施单位"]
    for c, h in enumerate(hdr_single):
        ws.write_merge(2, 3, c, c, h, HEAD)
    ws.write_merge(2, 2, 4, 6, "资金情况", HEAD)
    for c, h in zip((4, 5, 6), ("预算金额", "合同金额", "资金来源")):
        ws.write(3, c, h, HEAD)
    ws.write_merge(2, 2, 7, 9, "实施时间", HEAD)
    for c, h in zip((7, 8, 9), ("村民代表会议日期", "开工日期", "竣工日期")):
        ws.write(3, c, h, HEAD)
    ws.write_merge(2, 3, 10, 10, "发包方式", HEAD)
    ws.write_merge(2, 3, 11, 11, "备注", HEAD)
    for c, w in enumerate([6, 30, 12, 28, 14, 14, 14, 14, 14, 14, 12, 16]):
        ws.col(c).width = w * 256

    secs = [
        ("一、村级工程", [
            ("东山村村道硬化工程（二期）", "村级工程", "浙江宏达建设有限公司", 386000.0, 372580.0, "上级补助+村自筹", D(2023, 2, 20), D(2023, 3, 15), D(2023, 6, 30), "公开招标"),
            ("东山村文化礼堂修缮", "村级工程", "安吉县永盛建筑工程有限公司", 198000.0, 189600.0, "村自筹", "2023.3.8", "2023.4.2", "2023.7.18", "邀请招标"),
            ("后垄自然村排水沟改造", "小微工程", "安吉县永盛建筑工程有限公司", 95000.0, 93200.0, "村自筹", "2023年4月6日", "2023年4月20日", "2023年5月28日", "竞争性谈判"),
            ("村委会办公楼屋面防水", "小微工程", "湖州恒通防水工程有限公司", 48000.0, 46500.0, "村自筹", D(2023, 4, 11), D(2023, 4, 25), D(2023, 5, 10), "直接发包"),
            ("东山桥护栏维修", "小微工程", "吴兴区方正市政工程有限公司", 49800.0, 49500.0, "村自筹", "20230512", "20230520", "20230605", "直接发包"),
            ("东山桥桥面修补", "小微工程", "吴兴区方正市政工程有限公司", 49600.0, 49300.0, "村自筹", "20230512", "20230608", "20230625", "直接发包"),
            ("村级垃圾分类亭建设（8座）", "村级工程", "湖州绿源环保设备有限公司", 128000.0, 124800.0, "上级补助", ("D2", D(2023, 5, 30)), ("D2", D(2023, 6, 15)), ("D2", D(2023, 7, 20)), "询价"),
            ("山塘清淤及堤坝加固", "村级工程", "安吉县水利建设工程有限公司", 420000.0, None, "上级补助+村自筹", "2023-06-18", "", "", "公开招标"),
            ("东山村老年活动中心装修", "村级工程", "浙江宏达建设有限公司", 265000.0, 258900.0, "村自筹", "2023/7/2", "2023/7/20", "2023/10/15", "邀请招标"),
            ("路灯安装（太阳能路灯60盏）", "村级工程", "江苏阳光照明科技有限公司", 156000.0, 151200.0, "上级补助", "2023.08.09", "2023.08.25", "2023.09.30", "询价"),
            ("村口停车场建设", "村级工程", "浙江宏达建设有限公司", 310000.0, 305000.0, "村自筹", "2023年9月3日", "2023年8月28日", "2023年11月30日", "邀请招标"),
            ("茶园机耕路拓宽", "村级工程", "安吉县永盛建筑工程有限公司", 178000.0, 176400.0, "上级补助+村自筹", D(2023, 10, 8), D(2023, 10, 20), None, "公开招标"),
            ("村卫生室改造", "小微工程", "湖州恒通防水工程有限公司", 62000.0, None, "村自筹", "2023.11.2", "", "", ""),
        ], "村级工程小计"),
        ("二、一事一议项目", [
            ("上塘自然村道路硬化（一事一议）", "一事一议", "安吉县永盛建筑工程有限公司", 152000.0, 148000.0, "财政奖补+村民筹资", "2023.2.26", "2023.3.20", "2023.5.15", "邀请招标"),
            ("下塘自然村饮水管网改造（一事一议）", "一事一议", "安吉县水利建设工程有限公司", 86000.0, 84600.0, "财政奖补+村民筹资", "2023年3月12日", "2023年4月1日", "2023年5月6日", "询价"),
            ("竹林坞道路亮化（一事一议）", "一事一议", "江苏阳光照明科技有限公司", 45000.0, 44200.0, "财政奖补+村民筹资", D(2023, 4, 18), D(2023, 5, 5), D(2023, 5, 30), "直接发包"),
            ("后垄自然村文化墙（一事一议）", "一事一议", "", 18000.0, None, "财政奖补", "2023.5.22", "", "", "村民自建"),
            ("东坞桥加固（一事一议）", "一事一议", "吴兴区方正市政工程有限公司", 99000.0, 98500.0, "财政奖补+村民筹资", "2023年6月8日", "2023年6月26日", "2023年8月10日", "询价"),
            ("村西河道护岸（一事一议）", "一事一议", "安吉县水利建设工程有限公司", 236000.0, 231800.0, "财政奖补+村民筹资", "2023.07.16", "2023.08.01", "2023.10.20", "邀请招标"),
            ("中心村公厕改造（一事一议）", "一事一议", "湖州恒通防水工程有限公司", 58000.0, 57300.0, "财政奖补", D(2023, 8, 22), D(2023, 9, 5), D(2023, 10, 9), "直接发包"),
        ], "一事一议小计"),
    ]
    r = 4
    n = 0
    tot_b = tot_a = 0.0
    for sec, items, subname in secs:
        ws.write_merge(r, r, 0, 11, sec, CELL)
        N(F1, S, r + 1, "分组标题")
        r += 1
        sb = sa = 0.0
        for it in items:
            n += 1
            name, typ, con, bud, amt, fund, dec, sta, fin, proc = it
            vals = [n, name, typ, con, bud, amt, fund, dec, sta, fin, proc, ""]
            for c, v in enumerate(vals):
                wcell(ws, r, c, v)
            f = {"name": name, "contractor": con or None}
            if amt is not None:
                f["amount"] = amt
            else:
                f["budget"] = bud
            T(F1, S, r + 1, "project", V1, **f)
            sb += bud
            sa += amt or 0
            r += 1
        ws.write(r, 1, subname, CELL)
        ws.write(r, 4, sb, MONEY)
        ws.write(r, 5, sa, MONEY)
        N(F1, S, r + 1, subname)
        tot_b += sb
        tot_a += sa
        r += 1
    ws.write(r, 1, "合计", CELL)
    ws.write(r, 4, tot_b, MONEY)
    ws.write(r, 5, tot_a, MONEY)
    N(F1, S, r + 1, "合计")
    r += 2
    ws.write(r, 0, "说明：1.山塘清淤工程已招标未签合同；2.村卫生室改造待镇审批。", PLAIN)
    N(F1, S, r + 1, "说明")
    r += 1
    ws.write(r, 0, "制表人：陈丽华        审核人：沈国强        填报日期：2023年12月28日", PLAIN)
    N(F1, S, r + 1, "签名")

    # --- cadres
    ws2 = wb.add_sheet("村两委干部")
    S2 = "村两委干部"
    ws2.write_merge(0, 0, 0, 6, "东山村“两委”班子成员名单", TITLE)
    for c, h in enumerate(["序号", "姓名", "性别", "职务", "出生年月", "文化程度", "联系电话"]):
        ws2.write(1, c, h, HEAD)
    cad = [
        ("沈国强", "男", "党支部书记、村委会主任", "1970.05", "大专", "13905721234"),
        ("陈丽华", "女", "党支部副书记、报账员", "1982.11", "本科", "13857236612"),
        ("王建平", "男", "村委会副主任", "1975.03", "高中", "13735121187"),
        ("李秀英", "女", "支委、妇联主席", "1979.08", "中专", "15067238890"),
        ("张卫东", "男", "村委委员", "1968.12", "初中", "13967256643"),
        ("沈建明", "男", "支委", "1973.02", "高中", "13819257710"),
        ("吴晓燕", "女", "村委委员、文书", "1990.06", "本科", "18857219935"),
        ("朱志刚", "男", "村务监督委员会主任", "1966.09", "高中", "13906729981"),
        ("钱海林", "男", "村务监督委员会委员", "1972.04", "初中", "13587205564"),
    ]
    r = 2
    for i, (nm, sx, pos, bd, edu, ph) in enumerate(cad, 1):
        for c, v in enumerate([i, nm, sx, pos, bd, edu, ph]):
            wcell(ws2, r, c, v)
        T(F1, S2, r + 1, "cadre", V1, name=nm, position=pos)
        r += 1
    ws2.write(r + 1, 0, "注：以上人员为2021年换届选举产生。", PLAIN)
    N(F1, S2, r + 2, "注")

    # --- a balance sheet (not a record kind)
    ws3 = wb.add_sheet("资产负债表")
    S3 = "资产负债表"
    ws3.write_merge(0, 0, 0, 3, "东山村股份经济合作社资产负债表", TITLE)
    ws3.write(1, 0, "2023年12月31日                     单位：元", PLAIN)
    for c, h in enumerate(["资产", "年初数", "年末数", "行次"]):
        ws3.write(2, c, h, HEAD)
    bs = [("货币资金", 1286452.36, 1021873.52), ("短期投资", 0.0, 0.0), ("应收款项", 85600.0, 102300.0),
          ("存货", 12800.0, 9600.0), ("固定资产原值", 4583200.0, 5096900.0), ("减：累计折旧", 1123400.0, 1286500.0),
          ("资产总计", 4844652.36, 4944173.52)]
    for i, (a, b, c2) in enumerate(bs):
        r = 3 + i
        wcell(ws3, r, 0, a)
        wcell(ws3, r, 1, b)
        wcell(ws3, r, 2, c2)
        wcell(ws3, r, 3, i + 1)
        N(F1, S3, r + 1, "资产负债表行")
    wb.save(os.path.join(OUT, F1))


# ============================================================ file 2
# WPS .et saved as .xls: default sheet names, 承包起止 in one cell, ㎡ sheet, empty Sheet3
F2 = "西坡村集体资源发包台账.xls"
V2 = "西坡村"


def rnd2(x):
    return round(x + 1e-9, 2)


def file2():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Sheet1")
    S = "Sheet1"
    ws.write_merge(0, 0, 0, 9, "西坡村集体土地（山林、水面）发包情况登记表", TITLE)
    ws.write(1, 0, "村（社区）：西坡村", PLAIN)
    ws.write(1, 7, "统计时间：2023年6月", PLAIN)
    hdr = ["序号", "地块名称", "坐落", "类型", "面积（亩）", "承包方", "年承包金（元）", "承包起止时间", "发包方式", "备注"]
    for c, h in enumerate(hdr):
        ws.write(2, c, h, HEAD)
    land = [
        ("西坡畈1号地块", "西坡畈", "耕地", 32.5, "湖州丰禾家庭农场", 26000.0, "2019.01.01-2028.12.31", "公开竞价", ""),
        ("西坡畈2号地块", "西坡畈", "耕地", 18.0, "沈国荣", 12600.0, "2020.3.1-2025.2.28", "协商", ""),
        ("庙后山林地", "庙后", "林地", 260.0, "安吉县绿竹林业专业合作社", 15600.0, "2008.01.01—2037.12.31", "协商", "合同期30年"),
        ("大塘水面", "大塘", "水面", 45.0, "王林根", "1.8万", "2021年1月1日至2025年12月31日", "公开竞价", ""),
        ("小塘水面", "小塘", "水面", 12.0, "王林根", "4800", "2021年1月1日至2025年12月31日", "协商", ""),
        ("茶山坞茶园", "茶山坞", "园地", 68.0, "浙江白茶源茶业有限公司", 40800.0, "2018/03/01-2033/02/28", "公开竞价", ""),
        ("后山竹林", "后山", "林地", 150.0, "李金发", 6000.0, "2015.1.1-2044.12.31", "协商", "合同期30年"),
        ("村东机动地", "村东", "耕地", 9.6, "朱小明", 7200.0, "2022.1.1-2024.12.31", "协商", ""),
        ("西坡畈3号地块", "西坡畈", "耕地", 25.0, "湖州丰禾家庭农场", 20000.0, "2023.1.1-2032.12.31", "公开竞价", ""),
        ("砖瓦厂旧址", "村北", "建设用地", 6.8, "湖州顺达物流有限公司", 54000.0, "2020.7.1-2030.6.30", "公开竞价", ""),
        ("下畈苗木地", "下畈", "耕地", 40.0, "安吉县绿竹林业专业合作社", 28000.0, "2019.10.1-2029.9.30", "公开竞价", ""),
        ("五亩塘", "五亩塘", "水面", 5.2, "钱阿大", 1500.0, "2022.3.1-2027.2.28", "协商", ""),
        ("桃花坞果园", "桃花坞", "园地", 35.0, "沈国荣", 17500.0, "2021.1.1-2035.12.31", "协商", ""),
        ("南坡荒山", "南坡", "林地", 120.0, "湖州森茂园林工程有限公司", 3600.0, "2016.1.1-2045.12.31", "协商", "未经村民代表会议"),
        ("西坡畈4号地块", "西坡畈", "耕地", 14.3, "吴小红", 10010.0, "2023.3.1-2026.2.28", "公开竞价", ""),
        ("老粮站空地", "村中", "建设用地", 2.4, "西坡村老年协会", 0.0, "2022.1.1-2026.12.31", "无偿使用", "经村民代表会议同意"),
    ]
    r = 3
    ta = 0.0
    tr = 0.0
    for i, (nm, loc, typ, area, cp, rent, period, proc, note) in enumerate(land, 1):
        for c, v in enumerate([i, nm, loc, typ, area, cp, rent, period, proc, note]):
            wcell(ws, r, c, v)
        amt = rent if isinstance(rent, float) else (18000.0 if rent == "1.8万" else float(rent))
        import re
        ds = re.findall(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", period)
        s0 = "%04d-%02d-%02d" % tuple(int(x) for x in ds[0])
        e0 = "%04d-%02d-%02d" % tuple(int(x) for x in ds[1])
        T(F2, S, r + 1, "resource", V2, name=nm, counterparty=cp, amount=amt, area=area,
          started_on=s0, ended_on=e0)
        ta += area
        tr += amt
        r += 1
    ws.write(r, 0, "合计", CELL)
    ws.write(r, 4, ta, MONEY)
    ws.write(r, 6, tr, MONEY)
    N(F2, S, r + 1, "合计")
    r += 1
    ws.write(r, 0, "填表人：周红梅    村监会主任：钱阿根    村书记：方国平", PLAIN)
    N(F2, S, r + 1, "签名")

    ws2 = wb.add_sheet("Sheet2")
    S2 = "Sheet2"
    ws2.write_merge(0, 0, 0, 8, "西坡村集体房屋（厂房）出租情况表", TITLE)
    hdr = ["编号", "房屋名称", "坐落", "建筑面积（㎡）", "承租人", "年租金（元）", "起租日期", "到期日期", "备注"]
    for c, h in enumerate(hdr):
        ws2.write(1, c, h, HEAD)
    houses = [
        ("XP-FW-01", "村部一楼店面", "村部", 120.0, "方小军", 9600.0, D(2021, 5, 1), D(2026, 4, 30)),
        ("XP-FW-02", "村部二楼", "村部", 260.0, "湖州顺达物流有限公司", 15600.0, D(2020, 7, 1), D(2030, 6, 30)),
        ("XP-FW-03", "原小学教学楼", "村西", 860.0, "安吉县竹韵工艺品厂", 36000.0, D(2019, 1, 1), D(2028, 12, 31)),
        ("XP-FW-04", "原小学食堂", "村西", 180.0, "周建华", 5400.0, D(2022, 1, 1), D(2024, 12, 31)),
        ("XP-FW-05", "标准厂房A幢", "工业功能区", 1500.0, "湖州精工机械配件有限公司", 108000.0, D(2021, 3, 1), D(2031, 2, 28)),
        ("XP-FW-06", "标准厂房B幢", "工业功能区", 1500.0, "浙江白茶源茶业有限公司", 96000.0, D(2022, 6, 1), D(2032, 5, 31)),
        ("XP-FW-07", "老粮站仓库", "村中", 420.0, "沈国荣", 8400.0, "2021.10.1", "2026.9.30"),
        ("XP-FW-08", "文化礼堂附房", "村中", 66.0, "西坡村电商服务站", 0.0, "2023年1月1日", "2025年12月31日"),
    ]
    r = 2
    for row in houses:
        code, nm, loc, sqm, cp, rent, s0, e0 = row
        for c, v in enumerate([code, nm, loc, sqm, cp, rent, s0, e0, ""]):
            wcell(ws2, r, c, v)

        def iso(x):
            if isinstance(x, dt.date):
                return x.isoformat()
            import re
            a = re.findall(r"\d+", x)
            return "%04d-%02d-%02d" % (int(a[0]), int(a[1]), int(a[2]))
        T(F2, S2, r + 1, "resource", V2, name=nm, counterparty=cp, amount=rent,
          area=rnd2(sqm / 666.67), started_on=iso(s0), ended_on=iso(e0))
        r += 1
    ws2.write(r, 0, "合计", CELL)
    ws2.write(r, 3, sum(h[3] for h in houses), MONEY)
    ws2.write(r, 5, sum(h[5] for h in houses), MONEY)
    N(F2, S2, r + 1, "合计")
    wb.add_sheet("Sheet3")
    wb.save(os.path.join(OUT, F2))


# ============================================================ file 3
# 金蝶KIS 记账王 明细账 export, GBK csv, 凭证字号 记-3, 科目代码, 借/贷 columns, 方向 = balance side
F3 = "东山村2023年1-3月明细账.csv"
V3 = "东山村"


def file3():
    S = os.path.splitext(F3)[0]
    lines = []

    def add(cells):
        lines.append(",".join('"%s"' % c if ("," in c or '"' in c) else c for c in cells))
        return len(lines)

    add(["明细分类账"])
    add(["核算单位：东山村股份经济合作社", "", "", "", "", "", "", "", "", ""])
    add(["期间：2023年第1期至2023年第3期", "", "", "", "", "", "", "", "", "币别：人民币"])
    add(["日期", "凭证字号", "科目代码", "科目名称", "摘要", "对方科目", "借方", "贷方", "方向", "余额"])

    def m(x):
        return "{:,.2f}".format(x)

    accts = [
        ("1002", "银行存款", 986452.36, [
            ("2023-01-05", "记-1", "收到镇财政所拨付村级组织运转经费", "5101", "补助收入", 120000.00, None, "镇财政所"),
            ("2023-01-06", "记-2", "支付沈国强等村干部2022年12月报酬", "5405", "管理费用", None, 26800.00, None),
            ("2023-01-10", "记-3", "付浙江宏达建设有限公司村道硬化工程进度款", "1501", "在建工程", None, 150000.00, "浙江宏达建设有限公司"),
            ("2023-01-12", "记-4", "收湖州丰禾家庭农场2023年土地承包金", "5102", "发包及上交收入", 26000.00, None, "湖州丰禾家庭农场"),
            ("2023-01-16", "记-6", "付国网安吉县供电公司电费", "5405", "管理费用", None, 2386.40, "国网安吉县供电公司"),
            ("2023-01-18", "记-7", "收东山村老年协会归还借款", "1131", "应收款", 5000.00, None, "东山村老年协会"),
            ("2023-01-20", "记-8", "付安吉县永盛建筑工程有限公司文化礼堂修缮预付款", "1501", "在建工程", None, 56880.00, "安吉县永盛建筑工程有限公司"),
            ("2023-01-31", "记-11", "银行结息", "5201", "其他收入", 612.35, None, None),
            ("2023-01-31", "记-12", "支付银行手续费", "5405", "管理费用", None, 35.00, None),
        ]),
        ("1002", "银行存款", None, [
            ("2023-02-03", "记-1", "付湖州恒通防水工程有限公司办公楼防水工程款", "1501", "在建工程", None, 46500.00, "湖州恒通防水工程有限公司"),
            ("2023-02-08", "记-2", "收浙江白茶源茶业有限公司茶园承包金", "5102", "发包及上交收入", 40800.00, None, "浙江白茶源茶业有限公司"),
            ("2023-02-10", "记-4", "支付村干部1月报酬", "5405", "管理费用", None, 26800.00, None),
            ("2023-02-14", "记-5", "付吴兴区方正市政工程有限公司东山桥护栏维修款", "1501", "在建工程", None, 49500.00, "吴兴区方正市政工程有限公司"),
            ("2023-02-14", "记-6", "付吴兴区方正市政工程有限公司东山桥桥面修补款", "1501", "在建工程", None, 49300.00, "吴兴区方正市政工程有限公司"),
            ("2023-02-20", "记-8", "收县农业农村局一事一议财政奖补资金", "5101", "补助收入", 200000.00, None, "县农业农村局"),
            ("2023-02-24", "记-9", "付湖州绿源环保设备有限公司垃圾分类亭货款", "1501", "在建工程", None, 62400.00, "湖州绿源环保设备有限公司"),
            ("2023-02-28", "记-10", "付安吉县永盛建筑工程有限公司上塘道路工程款", "1501", "在建工程", None, 74000.00, "安吉县永盛建筑工程有限公司"),
        ]),
        ("1002", "银行存款", None, [
            ("2023-03-02", "记-1", "提现备用", "1001", "现金", None, 20000.00, None),
            ("2023-03-06", "记-2", "收湖州顺达物流有限公司厂房租金", "5102", "发包及上交收入", 54000.00, None, "湖州顺达物流有限公司"),
            ("2023-03-09", "记-3", "支付村干部2月报酬", "5405", "管理费用", None, 26800.00, None),
            ("2023-03-15", "记-5", "付浙江宏达建设有限公司村道硬化工程款", "1501", "在建工程", None, 150000.00, "浙江宏达建设有限公司"),
            ("2023-03-15", "记-6", "付浙江宏达建设有限公司村道硬化工程款", "1501", "在建工程", None, 150000.00, "浙江宏达建设有限公司"),
            ("2023-03-22", "记-8", "收村民王阿三宅基地有偿使用费", "5201", "其他收入", 3600.00, None, "王阿三"),
            ("2023-03-28", "记-9", "付江苏阳光照明科技有限公司路灯款", "1501", "在建工程", None, 75600.00, "江苏阳光照明科技有限公司"),
        ]),
        ("1001", "现金", 3265.50, [
            ("2023-01-09", "记-5", "付张卫东报销办公用品", "5405", "管理费用", None, 865.00, "张卫东"),
            ("2023-01-19", "记-9", "付王建平报销春节慰问品", "5405", "管理费用", None, 1980.00, "王建平"),
            ("2023-01-28", "记-10", "收村民李小根水费", "5201", "其他收入", 360.00, None, "李小根"),
        ]),
        ("1001", "现金", None, [
            ("2023-02-16", "记-7", "付临时工周阿毛清运垃圾工资", "5405", "管理费用", None, 1500.00, "周阿毛"),
            ("2023-02-27", "记-11", "付陈丽华报销差旅费", "5405", "管理费用", None, 236.00, "陈丽华"),
        ]),
        ("1001", "现金", None, [
            ("2023-03-02", "记-1", "提现备用", "1002", "银行存款", 20000.00, None, None),
            ("2023-03-08", "记-4", "付沈建明报销招待费", "5405", "管理费用", None, 3860.00, "沈建明"),
            ("2023-03-17", "记-7", "付安吉县百货商店办公用品款", "5405", "管理费用", None, 4280.00, "安吉县百货商店"),
            ("2023-03-23", "记-10", "付临时工周阿毛清运垃圾工资", "5405", "管理费用", None, 1500.00, "周阿毛"),
            ("2023-03-30", "记-11", "付东山村老年协会活动经费", "5405", "管理费用", None, 6000.00, "东山村老年协会"),
        ]),
    ]
    bal = {}
    ycum = {}
    for code, name, opening, items in accts:
        if opening is not None:
            bal[code] = opening
            ycum[code] = [0.0, 0.0]
            ln = add(["2023-01-01", "", code, name, "期初余额", "", "", "", "借", m(opening)])
            N(F3, S, ln, "期初余额")
        md = mc = 0.0
        month = None
        for d, v, summ, oc, on, dr, cr, cp in items:
            month = int(d[5:7])
            bal[code] += (dr or 0) - (cr or 0)
            md += dr or 0
            mc += cr or 0
            ln = add([d, v, code, name, summ, oc + " " + on, m(dr) if dr else "", m(cr) if cr else "", "借", m(bal[code])])
            T(F3, S, ln, "payment", V3, date=d, amount=dr or cr,
              direction="in" if dr else "out", counterparty=cp)
        ycum[code][0] += md
        ycum[code][1] += mc
        last = "2023-%02d-%02d" % (month, {1: 31, 2: 28, 3: 31}[month])
        ln = add([last, "", code, name, "本月合计", "", m(md), m(mc), "借", m(bal[code])])
        N(F3, S, ln, "本月合计")
        ln = add([last, "", code, name, "本年累计", "", m(ycum[code][0]), m(ycum[code][1]), "借", m(bal[code])])
        N(F3, S, ln, "本年累计")
    add(["打印日期：2023-04-06", "", "", "", "", "", "", "", "", "制单：陈丽华"])
    N(F3, S, len(lines), "打印日期/制单")
    with open(os.path.join(OUT, F3), "wb") as fh:
        fh.write(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ============================================================ file 4
# 用友T3 固定资产 卡片管理 export (.xls), text dates, 合计 row, plus a 类别汇总 count sheet
F4 = "固定资产卡片列表(东山村).xls"
V4 = "东山村"


def file4():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("卡片管理")
    S = "卡片管理"
    ws.write(0, 0, "卡片管理", PLAIN)
    ws.write(1, 0, "账套：[003]东山村股份经济合作社", PLAIN)
    ws.write(1, 6, "期间：2023.12", PLAIN)
    hdr = ["卡片编号", "资产编号", "资产名称", "类别编号", "类别名称", "部门名称", "增加方式", "使用状况",
           "开始使用日期", "使用年限(月)", "原值", "累计折旧", "净值", "录入人"]
    for c, h in enumerate(hdr):
        ws.write(2, c, h, PLAIN)
    A = [
        ("01", "房屋及建筑物", "村委会办公楼", "2008-10-01", 1860000.00, 0.45),
        ("01", "房屋及建筑物", "文化礼堂", "2016-12-20", 1280000.00, 0.22),
        ("01", "房屋及建筑物", "老年活动中心", "2012-06-30", 520000.00, 0.35),
        ("01", "房屋及建筑物", "村卫生室", "2010-04-15", 168000.00, 0.42),
        ("01", "房屋及建筑物", "公厕（中心村）", "2018-09-01", 86000.00, 0.15),
        ("02", "构筑物", "东山桥", "2005-11-01", 320000.00, 0.55),
        ("02", "构筑物", "村道（主干道）", "2015-07-01", 560000.00, 0.24),
        ("02", "构筑物", "山塘堤坝", "1998-03-01", 95000.00, 0.80),
        ("02", "构筑物", "村口停车场", "2023-11-30", 305000.00, 0.0),
        ("02", "构筑物", "太阳能路灯（60盏）", "2023-09-30", 151200.00, 0.02),
        ("02", "构筑物", "垃圾分类亭（8座）", "2023-07-20", 124800.00, 0.03),
        ("03", "机器设备", "垃圾清运车（浙E·3K621）", "2019-05-20", 68500.00, 0.40),
        ("03", "机器设备", "小型挖掘机", "2020-03-18", 235000.00, 0.33),
        ("03", "机器设备", "消防水泵", "2017-08-08", 12800.00, 0.60),
        ("03", "机器设备", "茶叶揉捻机", "2014-04-01", 36000.00, 0.75),
        ("04", "办公设备", "联想台式电脑", "2021-06-15", 4899.00, 0.50),
        ("04", "办公设备", "惠普激光打印机", "2021-06-15", 2380.00, 0.50),
        ("04", "办公设备", "会议室音响设备", "2019-01-10", 18600.00, 0.70),
        ("04", "办公设备", "监控系统（村口及主干道）", "2020-11-25", 46800.00, 0.55),
        ("04", "办公设备", "格力空调（5台）", "2018-07-02", 21500.00, 0.80),
        ("05", "其他", "村史馆展陈", "2022-05-01", 88000.00, 0.15),
        ("05", "其他", "健身器材（文化广场）", "2016-10-12", 32600.00, 0.85),
        ("05", "其他", "茶园喷灌设施", "2013-03-01", 145000.00, 0.70),
        ("05", "其他", "村级光伏电站（30kW）", "2021-12-30", 132000.00, 0.20),
    ]
    r = 3
    to = td = 0.0
    for i, (cc, cn, nm, d, val, dep) in enumerate(A, 1):
        acc = round(val * dep, 2)
        net = round(val - acc, 2)
        vals = ["%05d" % i, "%s%03d" % (cc, i), nm, cc, cn, "村委会", "直接购入" if cc in ("03", "04") else "在建工程转入",
                "在用", d, 600 if cc in ("01", "02") else 120, val, acc, net, "陈丽华"]
        for c, v in enumerate(vals):
            if isinstance(v, float):
                ws.write(r, c, v, PLAIN)
            else:
                ws.write(r, c, v, PLAIN)
        T(F4, S, r + 1, "asset", V4, name=nm, amount=val, acquired_on=d)
        to += val
        td += acc
        r += 1
    ws.write(r, 0, "合计", PLAIN)
    ws.write(r, 10, round(to, 2), PLAIN)
    ws.write(r, 11, round(td, 2), PLAIN)
    ws.write(r, 12, round(to - td, 2), PLAIN)
    N(F4, S, r + 1, "合计")

    ws2 = wb.add_sheet("类别汇总")
    S2 = "类别汇总"
    ws2.write(0, 0, "固定资产类别汇总表", PLAIN)
    for c, h in enumerate(["类别编号", "类别名称", "卡片数量", "原值合计"]):
        ws2.write(1, c, h, PLAIN)
    cats = {}
    for cc, cn, nm, d, val, dep in A:
        k = (cc, cn)
        cats.setdefault(k, [0, 0.0])
        cats[k][0] += 1
        cats[k][1] += val
    r = 2
    for (cc, cn), (cnt, s) in cats.items():
        for c, v in enumerate([cc, cn, cnt, round(s, 2)]):
            ws2.write(r, c, v, PLAIN)
        N(F4, S2, r + 1, "类别汇总行")
        r += 1
    ws2.write(r, 1, "合计", PLAIN)
    ws2.write(r, 2, len(A), PLAIN)
    ws2.write(r, 3, round(to, 2), PLAIN)
    N(F4, S2, r + 1, "合计")
    wb.save(os.path.join(OUT, F4))


# ============================================================ file 5
# Word table pasted into Excel (.xlsx): line breaks in cells, "元"/"整", 〇-dates, blank paragraph rows
F5 = "东山村2022年合同登记台账.xlsx"
V5 = "东山村"


def file5():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合同台账"
    S = "合同台账"
    ws.append(["东山村2022年度合同签订情况登记表"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(["序号", "合同名称", "合同相对方\n（乙方）", "合同金额", "签订时间", "合同期限", "经办人", "备注"])
    C = [
        ("村道硬化工程（一期）施工合同", "浙江宏达建设有限公司\n法定代表人：王宏达", "upper", 428600, D(2022, 3, 5), "2022年3月—2022年8月", "沈国强"),
        ("文化广场绿化养护服务合同", "湖州森茂园林工程有限公司", "yuan", 36000, D(2022, 1, 12), "一年", "王建平"),
        ("村委会办公用品采购合同", "安吉县百货商店", "yuan", 8650, D(2022, 1, 20), "", "陈丽华"),
        ("茶园喷灌设施维修合同", "安吉县水利建设工程有限公司\n（联系人：赵明）", "wan", 45800, D(2022, 2, 18), "2022年3月完工", "张卫东"),
        ("垃圾清运服务合同", "湖州绿源环保设备有限公司", "upper_paren", 96000, D(2022, 2, 28), "2022.3.1-2023.2.28", "李秀英"),
        ("山塘除险加固设计合同", "湖州市水利水电勘测设计院有限公司", "yuan", 28000, D(2022, 3, 16), "", "沈国强"),
        ("村卫生室设备采购合同", "浙江康宁医疗器械有限公司", "yen", 49200, D(2022, 4, 2), "", "吴晓燕"),
        ("村史馆布展合同", "杭州匠心文化创意有限公司", "upper", 88000, D(2022, 4, 15), "2022年4月—2022年5月", "沈国强"),
        ("茶园土地承包合同", "浙江白茶源茶业有限公司", "yuan", 40800, D(2022, 5, 6), "2018.3.1-2033.2.28（续签）", "王建平"),
        ("监控系统维保合同", "湖州天眼安防科技有限公司", "yuan", 6800, D(2022, 5, 20), "一年", "吴晓燕"),
        ("东山桥检测合同", "浙江交科工程检测有限公司", "wan", 19500, D(2022, 6, 8), "", "张卫东"),
        ("村道路灯维修合同", "江苏阳光照明科技有限公司", "yuan", 12600, D(2022, 6, 21), "", "王建平"),
        ("老年活动中心屋面维修合同", "湖州恒通防水工程有限公司\n项目负责人：徐勇", "upper_paren", 49900, D(2022, 7, 3), "2022年7月", "沈建明"),
        ("老年活动中心外墙维修合同", "湖州恒通防水工程有限公司", "upper_paren", 49800, D(2022, 7, 10), "2022年7月", "沈建明"),
        ("村级光伏电站运维合同", "安吉县光能新能源科技有限公司", "yuan", 12000, D(2022, 7, 26), "三年", "陈丽华"),
        ("河道保洁服务合同", "周阿毛", "yuan", 18000, D(2022, 8, 1), "2022.8.1-2023.7.31", "李秀英"),
        ("文化礼堂舞台灯光采购合同", "湖州声光电子工程有限公司", "yen", 27350.5, D(2022, 8, 19), "", "吴晓燕"),
        ("村口停车场规划设计合同", "湖州市城乡规划设计院", "yuan", 15000, D(2022, 9, 6), "", "沈国强"),
        ("茶叶加工厂房租赁合同", "湖州精工机械配件有限公司", "upper", 108000, D(2022, 9, 28), "2021.3.1-2031.2.28", "王建平"),
        ("小型挖掘机维修合同", "安吉县通达机械维修部", "yuan", 7600, D(2022, 10, 11), "", "张卫东"),
        ("后垄排水沟疏浚合同", "安吉县永盛建筑工程有限公司", "wan", 39000, D(2022, 10, 25), "2022年11月", "张卫东"),
        ("村务公开栏制作合同", "安吉县美新广告有限公司", "yuan", 5800, D(2022, 11, 9), "", "吴晓燕"),
        ("消防器材采购合同", "湖州安泰消防器材有限公司", "yen", 13960, D(2022, 12, 2), "", "钱海林"),
        ("2023年度法律顾问服务合同", "浙江衡正律师事务所", "upper", 20000, D(2022, 12, 20), "2023.1.1-2023.12.31", "沈国强"),
    ]

    def fmt_amt(style, v):
        if style == "upper":
            return upper_yuan(v)
        if style == "upper_paren":
            return "人民币%s\n（¥%s元）" % (upper_yuan(v), "{:,.2f}".format(v))
        if style == "wan":
            w = v / 10000
            return ("%g" % w) + "万元"
        if style == "yen":
            return "¥" + "{:,.2f}".format(v) + "元"
        return "%d元" % v

    def fmt_date(i, d):
        k = i % 4
        if k in (0, 1):
            return cn_date(d)
        if k == 2:
            return "%d年%d月%d日" % (d.year, d.month, d.day)
        return "%d.%02d.%02d" % (d.year, d.month, d.day)

    r = 4
    total = 0.0
    for i, (title, cp, style, v, d, period, who) in enumerate(C, 1):
        cells = [str(i), title, cp, fmt_amt(style, v), fmt_date(i, d), period, who, ""]
        for c, val in enumerate(cells, 1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name="宋体", size=10.5)
        T(F5, S, r, "contract", V5, counterparty=cp.split("\n")[0], amount=float(v), signed_on=d.isoformat())
        total += v
        r += 1
        if i in (8, 16):  # Word paragraph mark pasted as an empty row
            r += 1
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=4, value="%s元" % "{:,.2f}".format(total))
    N(F5, S, r, "合计")
    r += 2
    ws.cell(row=r, column=1, value="备注：本表根据合同原件登记，金额以合同文本为准。")
    N(F5, S, r, "备注")
    r += 1
    ws.cell(row=r, column=1, value="登记人：陈丽华                    审核：沈国强")
    N(F5, S, r, "签名")
    for col, w in zip("ABCDEFGH", (6, 30, 30, 26, 22, 22, 10, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, F5))


file1()
file2()
file3()
file4()
file5()
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
