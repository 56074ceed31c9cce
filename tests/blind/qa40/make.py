#!/usr/bin/env python3
"""Blind test set qa40: cadre lists and small books of 中原/江淮 villages. Deterministic."""
import json
from pathlib import Path
import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FILES.mkdir(parents=True, exist_ok=True)
ROWS, NON = [], []


def T(file, sheet, row, kind, fields, village=None):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


C = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- file 1 xlsx: cadre rosters
F1 = "站集镇村级组织人员名册.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "李楼村两委"
ws.merge_cells("A1:K1")
ws["A1"] = "虞城县站集镇李楼村“两委”成员名册"
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = C
ws["A2"] = "填报单位（盖章）：中共李楼村支部委员会"
ws["H2"] = "填报时间：2023年3月"
for col, h in zip("ABCDEF", ["序号", "姓名", "性别", "出生年月", "政治面貌", "职务"]):
    ws.merge_cells(f"{col}3:{col}4")
    ws[f"{col}3"] = h
    ws[f"{col}3"].alignment = C
ws.merge_cells("G3:H3")
ws["G3"] = "任职时间"
ws["G4"] = "起"
ws["H4"] = "止"
for col, h in zip("IJK", ["分工", "联系电话", "备注"]):
    ws.merge_cells(f"{col}3:{col}4")
    ws[f"{col}3"] = h
lilou = [
    ("李建军", "男", "1972.05", "中共党员", "党支部书记、村委会主任", "2021.01", "2026.01", "主持全面工作", 13837015826, "一肩挑"),
    ("王桂芝", "女", "1978.11", "中共党员", "党支部副书记", "2021.01", "2026.01", "党建、妇女工作", 15936678012, ""),
    ("李国强", "男", "1969.08", "中共党员", "村委会副主任", "2021.01", "2026.01", "农业生产、土地流转", 13569302147, ""),
    ("孙庆华", "男", "1983.02", "中共党员", "支部委员", "2021.01", "2026.01", "组织、宣传", 18703708864, ""),
    ("李秀云", "女", "1986.07", "群众", "村委委员、妇联主席", "2021.01", "2026.01", "计生、妇联", 13700700935, ""),
    ("张凤岭", "男", "1975.03", "中共党员", "村委委员、报账员", "2021.01", "2026.01", "财务报账", 15670281143, ""),
    ("刘振华", "男", "1990.12", "中共党员", "支部委员、团支部书记", "2022.06", "2026.01", "共青团、民兵", 17739051620, "2022年6月补选"),
    ("李卫东", "男", "1981.09", "群众", "村委委员", "2021.01", "2026.01", "治安调解、网格", 13460727788, ""),
    ("赵红梅", "女", "1992.04", "中共预备党员", "村委委员、会计", "2021.01", "2026.01", "会计、村务公开", 18237012659, ""),
]
r = 5
for i, p in enumerate(lilou, 1):
    ws.append([i, *p])
    T(F1, "李楼村两委", r, "cadre", {"name": p[0], "position": p[4]}, "李楼村")
    r += 1
ws.cell(row=r + 1, column=1, value="注：1.李建军同志为党支部书记、村委会主任“一肩挑”；2.任期至2026年1月换届止；3.联系电话如有变更请及时报镇组织办。")
N(F1, "李楼村两委", r + 1, "注")
ws.cell(row=r + 2, column=1, value="填表人：赵红梅")
ws.cell(row=r + 2, column=7, value="审核人：李建军")
N(F1, "李楼村两委", r + 2, "填表人/审核人")

ws = wb.create_sheet("李楼村监委会及网格员")
ws.merge_cells("A1:F1")
ws["A1"] = "李楼村村务监督委员会成员及网格员名单"
ws["A2"] = "一、村务监督委员会成员"
ws.append(["序号", "姓名", "性别", "职务", "联系电话", "备注"])
jw = [("孙长江", "男", "主任", 13849602271, "党员"), ("李玉兰", "女", "委员", 15993091756, ""),
      ("王德福", "男", "委员", 13783704419, "村民代表")]
r = 4
for i, p in enumerate(jw, 1):
    ws.append([i, *p])
    T(F1, "李楼村监委会及网格员", r, "cadre", {"name": p[0], "position": "村务监督委员会" + p[2]}, "李楼村")
    r += 1
ws.append([])  # row 7 blank
ws.append(["二、网格员"])  # row 8
ws.append(["序号", "姓名", "所属网格", "网格职务", "联系电话", "备注"])  # row 9
wg = [("李卫东", "全村", "网格长", 13460727788, "村委委员兼"), ("李春生", "第一网格（前李组）", "网格员", 15138579920, ""),
      ("王爱萍", "第二网格（后李组）", "网格员", 13525080347, ""), ("孙玉林", "第三网格（孙庄组）", "网格员", 18236061175, ""),
      ("刘桂英", "第四网格（刘庄组）", "网格员", 13603706652, ""), ("张建华", "第五网格（张庄组）", "网格员", 15037053398, ""),
      ("李红霞", "第六网格（新村）", "专职网格员", 17630097214, "公益岗"), ("王新民", "第七网格（王楼组）", "网格员", 13937028850, "")]
r = 10
for i, p in enumerate(wg, 1):
    ws.append([i, *p])
    T(F1, "李楼村监委会及网格员", r, "cadre", {"name": p[0], "position": p[2]}, "李楼村")
    r += 1

ws = wb.create_sheet("张湾村两委")
ws["A1"] = "张湾村第十二届村民委员会及党支部成员名单"
ws.append(["序号", "姓  名", "职  务", "任职时间", "文化程度", "联系电话", "分管工作"])
zw = [("张　伟", "张伟", "党支部书记", "2021年1月", "大专", "13853066120", "全面工作"),
      ("张守仁", "张守仁", "村委会主任", "2021年1月", "高中", "15953070231", "村务、项目建设"),
      ("马　丽", "马丽", "党支部委员", "2021年1月", "中专", "18653019765", "党建、宣传"),
      ("张洪涛", "张洪涛", "村委会委员", "2021年1月", "初中", "13505300458", "土地、水利"),
      ("郭　强", "郭强", "村委会委员", "2021年1月", "高中", "15866098123", "治安、调解"),
      ("张秀珍", "张秀珍", "村委会委员（妇女主任）", "2021年1月", "高中", "13455087016", "妇女、计生"),
      ("刘　波", "刘波", "文书", "2022年3月", "本科", "18853011462", "文书、档案、报账"),
      ("张　涛", "张涛", "后备干部", "2023年1月", "大专", "17853098850", "协助党建")]
r = 3
for i, p in enumerate(zw, 1):
    ws.append([i, p[0], p[2], p[3], p[4], p[5], p[6]])
    T(F1, "张湾村两委", r, "cadre", {"name": p[1], "position": p[2]}, "张湾村")
    r += 1

ws = wb.create_sheet("统计")
ws["A1"] = "站集镇村级组织人员统计表"
ws.append(["村名", "两委人数", "其中：党员", "监委会人数", "网格员人数", "合计"])
stat = [("李楼村", 9, 6, 3, 8, 20), ("张湾村", 8, 4, 3, 6, 17), ("合计", 17, 10, 6, 14, 37)]
for i, s in enumerate(stat):
    ws.append(list(s))
    N(F1, "统计", 3 + i, "统计表（人数）")
wb.save(FILES / F1)

# ---------------------------------------------------------------- file 2 xls: relatives register
F2 = "村干部近亲属情况登记表.xls"
book = xlwt.Workbook(encoding="utf-8")
mid = xlwt.easyxf("align: vert centre, horiz centre, wrap on; borders: left thin, right thin, top thin, bottom thin")
plain = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
sh = book.add_sheet("李楼村")
sh.write_merge(0, 0, 0, 8, "李楼村“两委”干部近亲属情况登记表", xlwt.easyxf("font: bold on, height 320; align: horiz centre"))
sh.write(1, 0, "填报日期：2023年4月10日")
for c, h in enumerate(["序号", "干部姓名", "职务", "关系", "亲属姓名", "出生年月", "工作单位及职务", "经商办企业情况", "联系电话"]):
    sh.write(2, c, h, mid)
rel_ll = [
    ("李建军", "党支部书记、村委会主任", [("妻子", "王秀梅", "1974.02", "务农", "无", "13837015827"),
                                 ("儿子", "李浩然", "1996.10", "虞城县浩然建筑劳务有限公司 法定代表人", "经营建筑劳务公司", "18638095012"),
                                 ("弟弟", "李建设", "1976.06", "个体", "虞城县站集镇建设建材经营部", "13703709981"),
                                 ("女婿", "孙明亮", "1995.03", "商丘市梁园区金泉打井队", "合伙经营打井队", "15890653217")]),
    ("王桂芝", "党支部副书记", [("丈夫", "孙庆山", "1976.05", "站集镇中心小学 教师", "无", "13592816604"),
                         ("女儿", "孙悦", "2001.08", "在校学生", "无", "")]),
    ("李国强", "村委会副主任", [("妻子", "刘翠兰", "1970.12", "务农", "无", ""),
                         ("儿子", "李志远", "1993.04", "个体", "李楼村养殖场（生猪）", "15136026673"),
                         ("哥哥", "李国富", "1965.01", "务农", "承包村南坑塘养鱼", "")]),
    ("张凤岭", "村委委员、报账员", [("妻子", "李玉兰", "1977.09", "李楼村村务监督委员会委员", "无", "15993091756"),
                           ("儿子", "张文博", "1999.11", "郑州某科技公司职员", "无", "")]),
    ("赵红梅", "村委委员、会计", [("丈夫", "李春生", "1990.01", "李楼村网格员", "承包村集体鱼塘", "15138579920"),
                          ("父亲", "赵德胜", "1963.07", "个体", "虞城县惠民超市（站集店）", "13939091175"),
                          ("母亲", "孙桂香", "1965.10", "务农", "无", "")]),
    ("刘振华", "支部委员、团支部书记", [("父亲", "刘建设", "1966.04", "个体电工", "无", "13673709025"),
                             ("母亲", "王凤英", "1967.02", "务农", "无", "")]),
]
r = 3
for i, (nm, pos, rels) in enumerate(rel_ll, 1):
    n = len(rels)
    sh.write_merge(r, r + n - 1, 0, 0, i, mid)
    sh.write_merge(r, r + n - 1, 1, 1, nm, mid)
    sh.write_merge(r, r + n - 1, 2, 2, pos, mid)
    for k, rel in enumerate(rels):
        for c, v in enumerate(rel):
            sh.write(r + k, 3 + c, v, plain)
        T(F2, "李楼村", r + k + 1, "cadre", {"name": nm, "position": pos}, "李楼村")
    r += n
sh.write(r + 1, 0, "说明：近亲属包括配偶、父母、子女及其配偶、兄弟姐妹及其配偶，以及其他共同生活的近亲属。本人承诺以上填报内容真实完整。")
N(F2, "李楼村", r + 2, "说明")
sh.write(r + 2, 0, "填报人签字：")
sh.write(r + 2, 5, "村党支部（盖章）")
N(F2, "李楼村", r + 3, "签字")

sh = book.add_sheet("王寨村")
sh.write(0, 0, "临泉县杨桥镇王寨村村干部近亲属报备表")
sh.write(1, 0, "（近亲属指配偶、父母、子女、兄弟姐妹及其配偶）")
for c, h in enumerate(["姓名", "职务", "称谓", "亲属姓名", "身份证号码", "现工作单位", "是否经商办企业", "备注"]):
    sh.write(2, c, h)
rel_wz = [
    ("王建军", "村党总支书记", [("配偶", "杨素琴", "341221197305124628", "务农", "否", ""),
                         ("胞弟", "王建民", "341221197608093816", "临泉县建民农资门市", "是", "农资经营"),
                         ("儿子", "王磊", "341221199702154419", "阜阳市磊鑫建筑工程有限公司", "是", "股东")]),
    ("王守礼", "村委会主任", [("配偶", "刘玉珍", "341221197011025223", "务农", "否", ""),
                       ("儿媳", "陈晓燕", "341221199512286620", "杨桥镇卫生院", "否", "")]),
    ("杨春来", "村委会副主任", [("配偶", "王翠英", "341221197909143324", "务农", "否", ""),
                        ("胞兄", "杨春林", "341221197204058471", "个体运输", "是", "渣土运输车2辆")]),
    ("王秀英", "村报账员", [("丈夫", "李德华", "341221198110212035", "临泉县德华装饰工程部", "是", "")]),
    ("王守义", "村务监督委员会主任", [("配偶", "郭爱莲", "341221196803154726", "务农", "否", ""),
                           ("女儿", "王静", "341221199208301547", "临泉县第一中学 教师", "否", "")]),
]
r = 3
for nm, pos, rels in rel_wz:
    for rel in rels:
        sh.write(r, 0, nm)
        sh.write(r, 1, pos)
        for c, v in enumerate(rel):
            sh.write(r, 2 + c, v)
        T(F2, "王寨村", r + 1, "cadre", {"name": nm, "position": pos}, "王寨村")
        r += 1
sh.write(r + 1, 0, "报备人（签字）：　　　　　　村党总支审核：王建军　　　　镇纪委备案：")
N(F2, "王寨村", r + 2, "签字")
book.save(str(FILES / F2))

# ---------------------------------------------------------------- file 3 xlsx: hand-kept cash journal
F3 = "李楼村2023年现金日记账.xlsx"
wb = openpyxl.Workbook()
HDR = ["凭证号", "摘要", "借方", "贷方", "借或贷", "余额"]
entries = {
    1: [(5, "记-01", "收李春生承包村集体鱼塘租金", 4800, 0, "李春生"),
        (9, "记-02", "购村委会办公用品（纸张、墨盒）", 0, 365.5, None),
        (12, "记-03", "付刘建设电路维修费", 0, 620, "刘建设"),
        (18, "记-04", "从信用社提取现金", 5000, 0, None),
        (20, "记-05", "付虞城县惠民超市春节慰问品款", 0, 2360, "虞城县惠民超市"),
        (28, "记-06", "付村干部一季度通讯补贴", 0, 600, None)],
    2: [(3, "记-07", "收王德胜交宅基地有偿使用费", 1500, 0, "王德胜"),
        (10, "记-08", "付保洁员赵秀兰1月份工资", 0, 1200, "赵秀兰"),
        (15, "记-09", "付商丘市梁园区金泉打井队机井维修费", 0, 3800, "商丘市梁园区金泉打井队"),
        (22, "记-10", "报销李国强到镇开会交通费", 0, 86, "李国强"),
        (26, "记-11", "现金存入信用社", 0, 3000, None)],
    3: [(2, "记-12", "收李国富坑塘承包费", 2400, 0, "李国富"),
        (8, "记-13", "付三八节妇女活动费", 0, 450, None),
        (10, "记-14", "付保洁员赵秀兰2月份工资", 0, 1200, "赵秀兰"),
        (16, "记-15", "付虞城县站集镇建设建材经营部水泥款", 0, 4650, "虞城县站集镇建设建材经营部"),
        (21, "记-16", "从信用社提取现金", 6000, 0, None),
        (25, "记-17", "付植树节树苗款（孙玉林）", 0, 1380, "孙玉林"),
        (30, "记-18", "付村室电费", 0, 312.6, None)],
    4: [(4, "记-19", "收李志远交养殖场用地租金", 3000, 0, "李志远"),
        (10, "记-20", "付保洁员赵秀兰3月份工资", 0, 1200, "赵秀兰"),
        (12, "记-21", "付浩然劳务公司清淤人工费", 0, 5800, "浩然劳务公司"),
        (18, "记-22", "招待镇包村干部工作餐", 0, 280, None),
        (27, "记-23", "付村干部一季度误工补贴（李建军）", 0, 2400, "李建军")],
    5: [(6, "记-24", "收出售废旧办公桌椅款", 650, 0, None),
        (9, "记-25", "从信用社提取现金", 8000, 0, None),
        (11, "记-26", "付保洁员赵秀兰4月份工资", 0, 1200, "赵秀兰"),
        (17, "记-27", "付刘建设路灯维修材料及人工", 0, 1760, "刘建设"),
        (23, "记-28", "付孙明亮打井队新打机井款", 0, 4500, "孙明亮"),
        (29, "记-29", "付村室打印机维修费", 0, 180, None)],
    6: [(5, "记-30", "收王新民交村东荒地承包费", 1800, 0, "王新民"),
        (10, "记-31", "付保洁员赵秀兰5月份工资", 0, 1200, "赵秀兰"),
        (15, "记-32", "付防汛物资款（编织袋、铁锨）", 0, 1135, None),
        (20, "记-33", "付虞城县惠民超市党员活动日物品", 0, 726.8, "虞城县惠民超市"),
        (26, "记-34", "现金存入信用社", 0, 5000, None),
        (30, "记-35", "付村室6月份电费", 0, 298.4, None)],
}
PAGE_SPLIT_AFTER_MONTH = 3
bal = 3256.40
year_d = year_c = 0.0


def hdr(ws, page):
    ws.merge_cells("A1:H1")
    ws["A1"] = "现　金　日　记　账"
    ws["A1"].font = Font(size=18, bold=True)
    ws["A1"].alignment = C
    ws["A2"] = "单位：李楼村村民委员会"
    ws["F2"] = f"第{page}页"
    ws["H2"] = "单位：元"
    ws.merge_cells("A3:B3")
    ws["A3"] = "2023年"
    ws["A3"].alignment = C
    ws["A4"] = "月"
    ws["B4"] = "日"
    for col, h in zip("CDEFGH", HDR):
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = h
        ws[f"{col}3"].alignment = C


def dr(b):
    return "借" if b > 0 else ("平" if abs(b) < 0.005 else "贷")


ws = wb.active
ws.title = "第1页"
hdr(ws, 1)
r = 5
ws.append([1, 1, None, "上年结转", None, None, "借", bal])
N(F3, "第1页", r, "上年结转")
r += 1
page_d = page_c = 0.0
sheetname = "第1页"
for m in range(1, 7):
    if m == PAGE_SPLIT_AFTER_MONTH + 1:
        ws.append([m - 1, 31 if m - 1 == 3 else 30, None, "过次页", round(page_d, 2), round(page_c, 2), dr(bal), round(bal, 2)])
        N(F3, sheetname, r, "过次页")
        ws = wb.create_sheet("第2页")
        sheetname = "第2页"
        hdr(ws, 2)
        r = 5
        ws.append([None, None, None, "承前页", round(page_d, 2), round(page_c, 2), dr(bal), round(bal, 2)])
        N(F3, sheetname, r, "承前页")
        r += 1
    md = mc = 0.0
    first = True
    for (d, v, s, deb, cre, cp) in entries[m]:
        bal += deb - cre
        md += deb
        mc += cre
        month_cell = m if (first or sheetname == "第2页") else None
        first = False
        debv = deb if deb else None
        crev = cre if cre else None
        if v in ("记-15", "记-28"):  # typed as text by the accountant
            crev = f"{cre:,.2f}"
        ws.append([month_cell, d, v, s, debv, crev, dr(bal), round(bal, 2)])
        for cc in (5, 6, 8):
            ws.cell(row=r, column=cc).number_format = "#,##0.00"
        f = {"date": f"2023-{m:02d}-{d:02d}", "amount": float(deb or cre),
             "direction": "in" if deb else "out", "counterparty": cp}
        T(F3, sheetname, r, "payment", f, "李楼村")
        r += 1
    year_d += md
    year_c += mc
    page_d += md
    page_c += mc
    last = entries[m][-1][0]
    ws.append([m, last, None, "本月合计", round(md, 2), round(mc, 2), dr(bal), round(bal, 2)])
    N(F3, sheetname, r, "本月合计")
    r += 1
    ws.append([m, last, None, "本年累计", round(year_d, 2), round(year_c, 2), dr(bal), round(bal, 2)])
    N(F3, sheetname, r, "本年累计")
    r += 1
ws.cell(row=r + 1, column=1, value="会计：赵红梅")
ws.cell(row=r + 1, column=4, value="出纳：张凤岭")
ws.cell(row=r + 1, column=6, value="审核：李建军")
N(F3, sheetname, r + 1, "会计/出纳/审核签字")
wb.save(FILES / F3)

# ---------------------------------------------------------------- file 4 xls: 误工补贴 by quarter
F4 = "王寨村2023年村干部误工补贴发放表.xls"
book = xlwt.Workbook(encoding="utf-8")
CN = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    n = int(round(n))
    units = ["", "拾", "佰", "仟"]
    s = ""
    wan, rest = divmod(n, 10000)

    def four(x, lead):
        out = ""
        zero = False
        for i in range(3, -1, -1):
            dgt = (x // 10 ** i) % 10
            if dgt:
                if zero and out:
                    out += "零"
                out += CN[dgt] + units[i]
                zero = False
            else:
                if out or lead:
                    zero = True
        return out
    if wan:
        s += four(wan, False) + "万"
        if rest and rest < 1000:
            s += "零"
    s += four(rest, False)
    return s + "元整"


staff = [("王建军", "村党总支书记", 2400), ("王守礼", "村委会主任", 2200), ("杨春来", "村委会副主任", 1900),
         ("王志刚", "村党总支委员", 1700), ("李桂兰", "村委委员、妇联主席", 1700), ("王秀英", "村报账员", 1600),
         ("王守义", "村务监督委员会主任", 900)]
quarters = [("一季度", "第一季度", "2023年4月6日", "2023-04-06"), ("二季度", "第二季度", "2023年7月5日", "2023-07-05"),
            ("三季度", "第三季度", None, None), ("四季度", "第四季度", None, None)]
q3dates = ["2023.10.9", "2023.10.9", "2023.10.9", "2023.10.12", "2023.10.9", "2023.10.9", "2023.10.16"]
q4dates = ["2024/1/8", "2024/1/8", "2024/1/10", "2024/1/8", "2024/1/8", "2024/1/9", "2024/1/8"]
bold = xlwt.easyxf("font: bold on, height 280; align: horiz centre")
for qi, (sname, qname, qdate_txt, qdate) in enumerate(quarters):
    sh = book.add_sheet(sname)
    has_col = qdate is None
    ncol = 10 if has_col else 9
    sh.write_merge(0, 0, 0, ncol - 1, f"王寨村2023年{qname}村干部误工补贴发放表", bold)
    if qdate_txt:
        sh.write(1, 0, f"发放时间：{qdate_txt}")
    else:
        sh.write(1, 0, "填报单位：王寨村村民委员会")
    sh.write(1, ncol - 2, "单位：元")
    heads = ["序号", "姓名", "职务", "月补贴标准", "发放月数", "应发金额", "扣减金额", "实发金额"]
    if has_col:
        heads.append("领取日期")
    heads.append("领款人签字")
    for c, h in enumerate(heads):
        sh.write(2, c, h)
    tot_y = tot_k = tot_s = 0
    for i, (nm, pos, std) in enumerate(staff):
        yf = std * 3
        kk = 0
        if qi == 1 and nm == "王志刚":
            kk = 600  # 外出务工一月，扣减
        if qi == 3 and nm == "杨春来":
            kk = 300
        sf = yf - kk
        row = [i + 1, nm, pos, std, 3, yf, kk if kk else "", sf]
        if has_col:
            row.append((q3dates if qi == 2 else q4dates)[i])
        row.append(nm)
        for c, v in enumerate(row):
            sh.write(3 + i, c, v)
        if has_col:
            dtxt = row[8]
            if "." in dtxt:
                y, mo, dd = dtxt.split(".")
            else:
                y, mo, dd = dtxt.split("/")
            dd_iso = f"{int(y):04d}-{int(mo):02d}-{int(dd):02d}"
        else:
            dd_iso = qdate
        T(F4, sname, 4 + i, "payment", {"date": dd_iso, "amount": float(sf), "direction": "out", "counterparty": nm}, "王寨村")
        tot_y += yf
        tot_k += kk
        tot_s += sf
    rr = 3 + len(staff)
    sh.write(rr, 0, "合计")
    sh.write(rr, 5, tot_y)
    sh.write(rr, 6, tot_k if tot_k else "")
    sh.write(rr, 7, tot_s)
    N(F4, sname, rr + 1, "合计")
    sh.write(rr + 1, 0, f"合计人民币（大写）：{daxie(tot_s)}")
    N(F4, sname, rr + 2, "大写合计")
    if qi == 1:
        sh.write(rr + 2, 0, "备注：王志刚同志5月份外出务工未履职，扣减当月补贴600元，经村“两委”会研究决定。")
        N(F4, sname, rr + 3, "备注")
    sh.write(rr + 4, 0, "制表人：王秀英")
    sh.write(rr + 4, 3, "审核人：王建军")
    sh.write(rr + 4, 6, "村务监督委员会（签字）：王守义")
    N(F4, sname, rr + 5, "制表人/审核人")
book.save(str(FILES / F4))

# ---------------------------------------------------------------- file 5 csv GBK: 村集体收入登记
F5 = "王寨村2023年村集体收入登记簿.csv"
S5 = "王寨村2023年村集体收入登记簿"
inc = [
    ("2023.1.6", "杨春林", "村西坑塘承包费", "3,600.00", 3600, "0012301", "王秀英", ""),
    ("2023.1.6", "王建民", "门市房租金", "4800", 4800, "0012302", "王秀英", "村部临街门面2间"),
    ("2023/1/17", "郭长海", "机动地承包费", "2,850.00", 2850, "0012303", "王秀英", "19亩×150元"),
    ("2023/2/14", "临泉县德华装饰工程部", "废旧物资处置收入", "1,260.00", 1260, "0012304", "王秀英", "旧村部门窗"),
    ("2023年3月2日", "王守仁", "宅基地有偿使用费", "1500", 1500, "0012305", "王秀英", ""),
    ("2023年3月2日", "刘德民", "宅基地有偿使用费", "1500", 1500, "0012306", "王秀英", ""),
    ("20230315", "杨桥镇财政所", "村级组织运转经费", "50,000.00", 50000, "0012307", "王秀英", "上级补助"),
    ("2023-03-28", "阜阳市磊鑫建筑工程有限公司", "履约保证金", "20000", 20000, "0012308", "王秀英", "村内道路工程"),
    ("2023.4.10", "王志刚", "林地承包费", "960", 960, "0012309", "王秀英", "8亩"),
    ("2023.4.21", "临泉县建民农资门市", "仓库租金", "6,000.00", 6000, "0012310", "王秀英", "2023年度"),
    ("2023.5.8", "陈玉山", "鱼塘承包费", "1.2万", 12000, "0012311", "王秀英", "南大塘"),
    ("2023/5/30", "杨桥镇农业农村办", "一事一议财政奖补资金", "85,000.00", 85000, "0012312", "王秀英", "村内道路"),
    ("2023/6/12", "王金锁", "机动地承包费", "1,350.00", 1350, "0012313", "王秀英", "9亩"),
    ("2023年6月26日", "临泉县光伏扶贫电站运维中心", "光伏发电收益", "18,426.50", 18426.5, "0012314", "王秀英", "上半年"),
    ("2023年7月3日", "郭爱莲", "卫生费", "240", 240, "0012315", "王秀英", ""),
    ("2023.7.19", "李德华", "村部场地租金", "2,000.00", 2000, "0012316", "王秀英", "停放车辆"),
    ("2023.8.8", "杨春林", "砂石土方处置收入", "3,150.00", 3150, "0012317", "王秀英", "坑塘清淤土方"),
    ("2023.8.25", "刘玉珍", "集体果园承包费", "2,400.00", 2400, "0012318", "王秀英", ""),
    ("2023/9/14", "王建民", "门市房租金", "4800", 4800, "0012319", "王秀英", "下半年"),
    ("2023/10/9", "杨桥镇财政所", "村干部误工补贴返还", "800", 800, "0012320", "王秀英", "多发退回"),
    ("2023.11.2", "王磊", "废旧变压器处置", "3,500.00", 3500, "0012321", "王秀英", ""),
    ("2023.11.20", "临泉县光伏扶贫电站运维中心", "光伏发电收益", "17,893.20", 17893.2, "0012322", "王秀英", "下半年"),
    ("2023年12月6日", "郭长海", "机动地承包费", "2,850.00", 2850, "0012323", "王秀英", "2024年度预收"),
    ("2023年12月28日", "陈晓燕", "其他收入（捐款）", "1000", 1000, "0012324", "王秀英", "修路捐款"),
]


def iso(t):
    t = t.strip()
    if "年" in t:
        y, rest = t.split("年")
        mo, rest = rest.split("月")
        d = rest.rstrip("日")
    elif len(t) == 8 and t.isdigit():
        y, mo, d = t[:4], t[4:6], t[6:]
    else:
        for sep in ".-/":
            if sep in t:
                y, mo, d = t.split(sep)
                break
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def q(v):
    v = str(v)
    return f'"{v}"' if ("," in v or '"' in v) else v


lines = ["王寨村2023年村集体收入登记簿,,,,,,,,", "序号,收款日期,交款人,收入项目,金额（元）,收据号,经手人,备注"]
total = 0
for i, (dt, payer, item, amt_txt, amt, no, hd, note) in enumerate(inc, 1):
    lines.append(",".join(q(x) for x in [i, dt, payer, item, amt_txt, no, hd, note]))
    T(F5, S5, len(lines), "payment", {"date": iso(dt), "amount": float(amt), "direction": "in", "counterparty": payer}, "王寨村")
    total += amt
lines.append(",".join(q(x) for x in ["合计", "", "", "", f"{total:,.2f}", "", "", ""]))
N(F5, S5, len(lines), "合计")
lines.append(",,,,,,,")
lines.append("登记人：王秀英,,审核人：王建军,,,,,")
N(F5, S5, len(lines), "登记人/审核人")
(FILES / F5).write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))

(HERE / "truth.json").write_text(json.dumps({"rows": ROWS, "non_data": NON}, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(ROWS), "data rows,", len(NON), "non-data")
