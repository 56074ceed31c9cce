# -*- coding: utf-8 -*-
"""青石镇 12 村 县农业农村局检查资料包 — blind test set (qa71). Deterministic."""
import os, json, csv, random, datetime
import openpyxl, xlwt
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
R = random.Random(71)
VILLAGES = ["张庄村", "李家湾村", "石桥村", "柳河村", "王坪村", "东岭村",
            "西沟村", "黄土岗村", "马家堡村", "新丰村", "白杨村", "龙泉村"]
rows, non_data = [], []

def T(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    rows.append(d)

def N(file, sheet, row, what):
    non_data.append({"file": file, "sheet": sheet, "row": row, "what": what})

# ---------------------------------------------------------------- 1 projects
F1 = "青石镇2023年村级工程项目汇总表.xlsx"
CONTRACTORS = ["安阳市宏达建筑工程有限公司", "林州市正泰路桥建设有限公司", "汤阴县鑫源水利工程有限公司",
               "安阳县金土地农业开发有限公司", "河南永盛建设工程有限公司", "滑县顺通市政工程有限公司",
               "内黄县恒信建筑安装有限公司", "安阳市北关区立新装饰工程部"]
PNAMES = ["村内道路硬化工程", "农田灌溉渠道维修工程", "文化广场建设项目", "太阳能路灯安装工程",
          "安全饮水提升工程", "垃圾收集点建设项目", "过水桥涵修缮工程", "党群服务中心改造工程",
          "排水沟清淤改造工程", "村史馆布展项目"]
TYPES = ["村级工程", "一事一议", "小微工程", "村级工程"]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "项目汇总"
ws.merge_cells("A1:L1")
ws["A1"] = "青石镇2023年度村级工程项目建设情况汇总表"
ws["A1"].font = Font(size=16, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "填报单位：青石镇农业农村服务中心（盖章）"
ws["I2"] = "预算单位：万元；中标价单位：元"
# two-row header
h1 = ["序号", "村名", "项目名称", "项目类型", "资金来源", "预算金额(万元)", "招标方式", "中标情况", None, "开工日期", "竣工日期", "备注"]
h2 = [None, None, None, None, None, None, None, "中标单位", "中标价(元)", None, None, None]
for c, v in enumerate(h1, 1):
    if v: ws.cell(3, c, v)
for c, v in enumerate(h2, 1):
    if v: ws.cell(4, c, v)
for col in "ABCDEFGJKL":
    ws.merge_cells(f"{col}3:{col}4")
ws.merge_cells("H3:I3")
# 合计 at the top (row 5), data from row 6
ws.cell(5, 1, "合计"); ws.merge_cells("A5:E5")
TOP = 5
r = 6
seq = 1
tot_b = 0.0; tot_a = 0.0
per_village = [4, 3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 3]  # 40
DATEFORMS = 0
for vi, v in enumerate(VILLAGES):
    names = R.sample(PNAMES, per_village[vi])
    for k, pn in enumerate(names):
        budget_wan = round(R.choice([8.6, 12.5, 18.0, 26.8, 29.5, 35.0, 48.6, 62.3, 85.0, 128.0, 156.8]) + R.randint(0, 9) / 10, 2)
        typ = TYPES[(vi + k) % 4]
        fund = R.choice(["一事一议财政奖补", "乡村振兴衔接资金", "村集体自筹", "县级财政专项"])
        if budget_wan >= 100:
            proc = "公开招标"
        elif budget_wan >= 30:
            proc = R.choice(["邀请招标", "竞争性谈判", "公开招标"])
        else:
            proc = R.choice(["村民代表会议议定", "询价比选", "直接委托"])
        pending = (seq % 9 == 0)  # not yet tendered
        name = v + pn
        ws.cell(r, 1, seq); ws.cell(r, 3, name); ws.cell(r, 4, typ); ws.cell(r, 5, fund)
        # 村名: written on every row
        ws.cell(r, 2, v)
        ws.cell(r, 6, budget_wan)
        f = {"name": name}
        if pending:
            ws.cell(r, 7, proc); ws.cell(r, 12, "未招标，计划四季度实施")
            f["budget"] = round(budget_wan * 10000, 2)
            f["contractor"] = None
        else:
            con = CONTRACTORS[R.randint(0, len(CONTRACTORS) - 1) if seq % 3 else 0]
            amt = round(budget_wan * 10000 * R.choice([0.92, 0.95, 0.965, 0.98, 1.0]), 2)
            amt = float(int(amt / 10) * 10)
            ws.cell(r, 7, proc); ws.cell(r, 8, con)
            if seq % 7 == 3:
                ws.cell(r, 9, "¥{:,.2f}".format(amt))
            else:
                ws.cell(r, 9, amt); ws.cell(r, 9).number_format = "#,##0.00"
            f["amount"] = amt
            f["contractor"] = con
            tot_a += amt
            m = R.randint(3, 9); d = R.randint(1, 28)
            form = seq % 4
            if form == 0:
                ws.cell(r, 10, datetime.date(2023, m, d)); ws.cell(r, 10).number_format = "yyyy-mm-dd"
            elif form == 1:
                ws.cell(r, 10, f"2023.{m}.{d}")
            elif form == 2:
                ws.cell(r, 10, f"2023年{m}月{d}日")
            else:
                ws.cell(r, 10, f"2023{m:02d}{d:02d}")
            if seq % 2:
                ws.cell(r, 11, f"2023年{min(m+2,12)}月")
            else:
                ws.cell(r, 11, "在建")
        tot_b += budget_wan
        T(F1, "项目汇总", r, "project", v, f)
        r += 1; seq += 1
last = r - 1
ws.cell(TOP, 6, round(tot_b, 2)); ws.cell(TOP, 9, round(tot_a, 2))
N(F1, "项目汇总", TOP, "合计（置顶）")
ws.freeze_panes = "D6"
ws.auto_filter.ref = f"A4:L{last}"
r += 1
ws.cell(r, 1, "说明：1.预算金额单位为万元，中标价单位为元；2.一事一议项目须附村民代表会议决议；3.本表数据截至2023年10月31日。")
N(F1, "项目汇总", r, "说明")
r += 1
ws.cell(r, 1, "制表人：赵文静"); ws.cell(r, 5, "审核人：孙建国"); ws.cell(r, 9, "填报日期：2023年11月3日")
N(F1, "项目汇总", r, "签名")
# second sheet: counts per village (not a record kind)
ws2 = wb.create_sheet("分村统计")
ws2["A1"] = "各村项目个数统计"
ws2.append(["村名", "项目个数", "已招标个数", "预算合计(万元)"])
for vi, v in enumerate(VILLAGES):
    ws2.append([v, per_village[vi], per_village[vi] - 1, None])
    N(F1, "分村统计", ws2.max_row, "统计表（个数）")
ws2.append(["合计", 40, None, round(tot_b, 2)])
N(F1, "分村统计", ws2.max_row, "合计")
wb.save(os.path.join(OUT, F1))

# ---------------------------------------------------------------- 2 resources (.xls, one sheet per village)
F2 = "青石镇村集体资源发包情况汇总.xls"
RES = [("东坡耕地", "耕地"), ("河滩地", "耕地"), ("后山林地", "林地"), ("鱼塘", "水面"), ("老学校房屋", "房屋"),
       ("砖厂旧址厂房", "厂房"), ("西洼机动地", "耕地"), ("果园", "园地"), ("苇塘", "水面")]
LESSEES = ["王建军", "李秋生", "张红旗", "刘满仓", "陈志强", "安阳市丰禾农业专业合作社", "林州市绿源种植有限公司",
           "赵二虎", "郭春花", "杨守业", "安阳县康农养殖专业合作社", "周德顺", "马文革", "孙小军"]
METHODS = ["公开竞价", "协议", "村民代表会议"]
xb = xlwt.Workbook(encoding="utf-8")
bold = xlwt.easyxf("font: bold on; align: horiz center")
per_v2 = [4, 3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 3]  # 40
for vi, v in enumerate(VILLAGES):
    short = v[:-1]
    sname = f"{vi+1:02d}-{short}"
    sh = xb.add_sheet(sname)
    unit = "亩"
    if vi == 6: unit = "公顷"
    sh.write_merge(0, 0, 0, 8, f"青石镇{v}集体资源发包情况表", bold)
    sh.write(1, 0, f"单位：元、{unit}")
    hdr = ["序号", "资源名称", "资源类型", f"面积（{unit}）", "承包方", "发包方式", "年承包金（元）", "承包起止时间", "备注"]
    for c, h in enumerate(hdr):
        sh.write(2, c, h)
    rr = 3; tot = 0.0
    for k in range(per_v2[vi]):
        rn, rt = RES[(vi * 2 + k) % len(RES)]
        lessee = LESSEES[(vi * 3 + k) % len(LESSEES)]
        meth = METHODS[(vi + k) % 3]
        area_mu = R.choice([12.5, 23.0, 35.6, 48.0, 60.0, 86.4, 120.0, 8.2])
        if rt in ("房屋", "厂房"):
            sqm = R.choice([320, 480, 650, 1200])
            area_cell = sqm
            area_true = round(sqm / 666.67, 2)
            note = f"建筑面积{sqm}平方米"
            area_cell_write = f"{sqm}平方米"
        elif unit == "公顷":
            ha = R.choice([1.2, 2.4, 3.5, 5.0])
            area_cell_write = ha
            area_true = round(ha * 15, 2)
            note = ""
        else:
            area_cell_write = area_mu
            area_true = area_mu
            note = ""
        if rt in ("耕地", "园地"):
            rent = round(area_true * R.choice([450, 500, 600, 680]), 0)
        else:
            rent = float(R.choice([3000, 5600, 8000, 12000, 18500]))
        sy = R.choice([2016, 2018, 2019, 2020, 2021, 2022])
        yrs = R.choice([5, 5, 10, 10, 15, 20])
        ey = sy + yrs - 1
        sm = R.choice([1, 1, 3, 10])
        if sm == 1:
            s_iso, e_iso = f"{sy}-01-01", f"{ey}-12-31"
        else:
            s_iso = f"{sy}-{sm:02d}-01"
            em = sm - 1
            edays = {2: 28, 9: 30}[em]
            e_iso = f"{ey+1}-{em:02d}-{edays}"
        sd = datetime.date.fromisoformat(s_iso); ed = datetime.date.fromisoformat(e_iso)
        if vi < 6:
            period = f"{sd.year}.{sd.month:02d}.{sd.day:02d}-{ed.year}.{ed.month:02d}.{ed.day:02d}"
        else:
            period = f"{sd.year}年{sd.month}月{sd.day}日至{ed.year}年{ed.month}月{ed.day}日"
        sh.write(rr, 0, k + 1); sh.write(rr, 1, rn); sh.write(rr, 2, rt)
        sh.write(rr, 3, area_cell_write); sh.write(rr, 4, lessee); sh.write(rr, 5, meth)
        if (vi + k) % 5 == 4:
            sh.write(rr, 6, "{:.1f}万元".format(rent / 10000) if rent % 1000 == 0 else rent)
        else:
            sh.write(rr, 6, rent)
        sh.write(rr, 7, period); sh.write(rr, 8, note)
        tot += rent
        T(F2, sname, rr + 1, "resource", v, {"name": rn, "counterparty": lessee, "amount": float(rent),
                                               "area": area_true, "started_on": s_iso, "ended_on": e_iso})
        rr += 1
    sh.write(rr, 0, "小计"); sh.write(rr, 6, tot)
    N(F2, sname, rr + 1, "小计")
    rr += 2
    sh.write(rr, 0, "填报人："); sh.write(rr, 1, ["张丽", "李强", "王芳", "刘洋", "陈静", "杨帆"][vi % 6])
    sh.write(rr, 4, "村监委会主任签字：")
    N(F2, sname, rr + 1, "签名")
xb.save(os.path.join(OUT, F2))

# ---------------------------------------------------------------- 3 monthly income (wide) — NOT data rows
F3 = "青石镇2023年村集体经济收入月报汇总.xlsx"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "收入月报"
ws.merge_cells("A1:P1"); ws["A1"] = "青石镇2023年村集体经济收入分月汇总表"
ws["A2"] = "单位：元"
ws.append(["序号", "村名", "收入类别"] + [f"{m}月" for m in range(1, 13)] + ["全年合计"])
colsum = [0.0] * 13
n = 1
for vi, v in enumerate(VILLAGES):
    for cat in ["发包及上交收入", "经营收入"]:
        vals = [float(R.choice([0, 0, 1200, 3500, 5600, 8000, 12500, 20000])) for _ in range(12)]
        ws.append([n, v, cat] + vals + [sum(vals)])
        N(F3, "收入月报", ws.max_row, "分月收入汇总（月度合计，非单笔收支）")
        for i in range(12): colsum[i] += vals[i]
        colsum[12] += sum(vals)
        n += 1
ws.append(["合计", None, None] + colsum)
N(F3, "收入月报", ws.max_row, "合计")
ws.append([]); ws.append(["注：数据来源于农村集体“三资”监管平台，补助收入未列入。"])
N(F3, "收入月报", ws.max_row, "注")
wb.save(os.path.join(OUT, F3))

# ---------------------------------------------------------------- 4 cadres csv (GBK)
F4 = "青石镇村两委干部名册.csv"
SUR = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIV = ["建国", "秀兰", "国强", "桂英", "志刚", "红梅", "海军", "春燕", "永福", "丽娟", "德胜", "玉珍", "明亮", "金凤",
       "保平", "小红", "长水", "淑芬", "满囤", "爱华", "新民", "彩霞", "振华", "翠萍"]
POS = ["党支部书记、村委会主任", "党支部副书记", "村委会委员", "村委会委员、妇联主席", "村务监督委员会主任"]
lines = [["青石镇2023年村“两委”干部及监委会主任名册"] + [""] * 6,
         ["序号", "村名", "姓名", "性别", "出生年月", "职务", "联系电话"]]
i = 0
for vi, v in enumerate(VILLAGES):
    for k, pos in enumerate(POS):
        name = SUR[(vi * 5 + k) % len(SUR)] + GIV[(vi * 7 + k * 3) % len(GIV)]
        sex = "女" if ("秀" in name or "英" in name or "梅" in name or "燕" in name or "娟" in name or "珍" in name
                      or "凤" in name or "红" in name or "芬" in name or "霞" in name or "萍" in name or pos.endswith("妇联主席")) else "男"
        by = 1965 + (vi * 3 + k * 5) % 28
        bm = 1 + (vi + k) % 12
        phone = f"13{(vi+k)%10}{(37*vi+11*k)%10000:04d}{(91*vi+7*k)%10000:04d}"
        i += 1
        vcell = v if k == 0 else ""   # 村名 merged in the original sheet: only first row filled
        lines.append([str(i), vcell, name, sex, f"{by}.{bm:02d}", pos, phone])
        T(F4, "青石镇村两委干部名册", len(lines), "cadre", v, {"name": name, "position": pos})
lines.append([""] * 7)
lines.append(["制表人：赵文静", "", "", "审核人：孙建国", "", "", "2023年11月"])
N(F4, "青石镇村两委干部名册", len(lines), "签名")
with open(os.path.join(OUT, F4), "w", encoding="gbk", newline="") as fh:
    w = csv.writer(fh)
    for ln in lines:
        w.writerow(ln)

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": rows, "non_data": non_data}, fh, ensure_ascii=False, indent=1)
print(len(rows), "data rows;", len(non_data), "non_data")
