# Blind test set: Chinese-style numbers/dates, 繁体 headers (侨乡 files). Deterministic.
import os, json, datetime as dt
import openpyxl, xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
TRUTH = {"rows": [], "non_data": []}

DIG = "〇一二三四五六七八九"
def cn_small(n):
    if n < 10: return "一二三四五六七八九"[n-1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else "一二三四五六七八九"[t-1]) + "十" + ("" if u == 0 else "一二三四五六七八九"[u-1])
def fw(s):
    return "".join(chr(ord(c)+0xFEE0) if "!" <= c <= "~" else c for c in s)

def sec4(n, digits, units):
    s = ""; pend = False
    for i, p in enumerate([1000, 100, 10, 1]):
        d = n // p % 10
        if d == 0:
            if s: pend = True
        else:
            if pend: s += digits[0]; pend = False
            s += digits[d] + units[3-i]
    return s
def cn_int(n, digits, units, wan, yi):
    secs = [(n // 10**8, yi), (n // 10**4 % 10**4, wan), (n % 10**4, "")]
    r = ""; pend = False
    for v, suf in secs:
        if v == 0:
            if r: pend = True
            continue
        if r and (pend or v < 1000): r += digits[0]
        pend = False
        r += sec4(v, digits, units) + suf
    return r
def daxie(x, trad=False):
    fen = round(x*100); y = fen // 100; j = fen // 10 % 10; f = fen % 10
    D = "零壹贰叁肆伍陆柒捌玖"; U = ["", "拾", "佰", "仟"]
    s = cn_int(y, D, U, "万", "亿") + "元"
    if j == 0 and f == 0: s += "整"
    else:
        if j: s += D[j] + "角"
        elif f: s += "零"
        if f: s += D[f] + "分"
    if trad:
        s = s.replace("贰", "貳").replace("陆", "陸").replace("万", "萬").replace("亿", "億")
    return s
def cn_lower(n):
    s = cn_int(int(n), DIG.replace("〇", "零"), ["", "十", "百", "千"], "万", "亿")
    if s.startswith("一十"): s = s[1:]
    return s
def g(v):
    s = ("%.4f" % v).rstrip("0").rstrip(".")
    return s

def amt(v, style):
    if style == "num": return float(v)
    if style == "str2": return "%.2f" % v
    if style == "fw": return fw("%.2f" % v)
    if style == "fwint": return fw("%d" % v)
    if style == "yen": return "¥{:,.2f}".format(v)
    if style == "yuan": return "%d元" % v
    if style == "zheng": return "%d元整" % v
    if style == "comma_yuan": return "{:,.2f}元".format(v)
    if style == "wan": return g(v/10000) + "万"
    if style == "wanyuan": return g(v/10000) + "万元"
    if style == "wan_t": return g(v/10000) + "萬元"
    if style == "wanqian":
        w, r = divmod(int(v), 10000)
        if w == 0: return "%d千元" % (r//1000)
        return "%d万%d千元" % (w, r//1000) if r else "%d万元" % w
    if style == "cnlower": return cn_lower(v) + "元"
    if style == "daxie": return daxie(v)
    if style == "daxie_t": return daxie(v, True)
    if style == "yue": return "约" + g(v/10000) + "万元"
    if style == "yinei": return g(v/10000) + "万元以内"
    if style == "peryear": return "每年%d元" % v
    if style == "wanyear": return g(v/10000) + "万元/年"
    raise ValueError(style)

def dstr(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "cn": return "".join(DIG[int(c)] for c in str(y)) + "年" + cn_small(m) + "月" + cn_small(dd) + "日"
    if style == "cnm": return "".join(DIG[int(c)] for c in str(y)) + "年" + cn_small(m) + "月"
    if style == "fw": return fw(d.strftime("%Y-%m-%d"))
    if style == "fwcn": return fw(str(y)) + "年" + fw(str(m)) + "月" + fw(str(dd)) + "日"
    if style == "fwcnm": return fw(str(y)) + "年" + fw(str(m)) + "月"
    if style == "ymd": return "%d年%d月%d日" % (y, m, dd)
    if style == "dot": return "%d.%d.%d" % (y, m, dd)
    if style == "md_cn": return cn_small(m) + "月" + cn_small(dd) + "日"
    if style == "dt": return dt.datetime(y, m, dd)
    if style == "xun": return "%d年%d月%s" % (y, m, "上旬" if dd <= 10 else ("中旬" if dd <= 20 else "下旬"))
    raise ValueError(style)
def iso(d): return d.strftime("%Y-%m-%d") if d else None
D = lambda y, m, d: dt.date(y, m, d)

def truth(file, sheet, row, kind, village, fields):
    r = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village: r["village"] = village
    r["fields"] = fields
    TRUTH["rows"].append(r)
def nd(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})

# ---------------------------------------------------------------- 1 contracts
F1 = "陳坑村經濟合同台賬2022-2023.xlsx"; V1 = "陳坑村"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "2022年"
ws["A1"] = "晉江市龍湖鎮陳坑村2022年度經濟合同台賬"; ws.merge_cells("A1:I1")
ws["A2"] = "填報單位：陳坑村股份經濟合作社（蓋章）　　　　　　　　單位：元"; ws.merge_cells("A2:I2")
hdr = ["序號", "合同編號", "合同名稱", "對方單位（乙方）", "合同金額", "簽訂日期", "合同期限", "採購方式", "備註"]
for c, h in enumerate(hdr, 1): ws.cell(3, c, h)
c22 = [
 ("CK2022-01", "村道硬化工程施工合同", "晉江市鴻達建築工程有限公司", 300000, "daxie_t", D(2022,3,5), "cn", "2022.3-2022.6", "村民代表會議議定"),
 ("CK2022-02", "老人會館屋面維修合同", "陳志強", 48500, "yuan", D(2022,3,18), "fw", "一個月", "三家比價"),
 ("CK2022-03", "路燈採購及安裝合同", "泉州市光明照明器材有限公司", 125000, "wanqian", D(2022,4,2), "cn", "", "詢價"),
 ("CK2022-04", "村莊保潔服務合同", "黃秀英", 36000, "wan", D(2022,4,10), "ymd", "2022.5.1-2023.4.30", "直接委託"),
 ("CK2022-05", "排水溝清淤合同", "石獅市協盛勞務有限公司", 12500, "fw", D(2022,4,26), "fwcn", "", ""),
 ("CK2022-06", "監控設備採購合同", "廈門海康安防科技有限公司", 86400, "yen", D(2022,5,9), "cn", "", "詢價"),
 ("CK2022-07", "文化禮堂舞臺建設合同", "南安市榮興建設工程有限公司", 1200000, "cnlower", D(2022,5,20), "cn", "2022.6-2022.12", "公開招標"),
 ("CK2022-08", "宗祠周邊環境整治合同", "晉江市鴻達建築工程有限公司", 198000, "wanyuan", D(2022,6,1), "dot", "", "邀請招標"),
 ("CK2022-09", "公廁改造合同", "蔡明輝", 45000, "zheng", D(2022,6,15), "cn", "", ""),
 ("CK2022-10", "綠化養護服務合同", "晉江市青禾園林綠化有限公司", 28800, "comma_yuan", D(2022,7,1), "fw", "2022.7.1-2023.6.30", ""),
 ("CK2022-11", "籃球場建設合同", "許文彬", 96000, "daxie", D(2022,7,22), "cn", "", "三家比價"),
 ("CK2022-12", "自來水管網改造合同", "福建閩源水電安裝有限公司", 350000, "wan_t", D(2022,8,8), "cn", "", "村民代表會議議定"),
 ("CK2022-13", "消防器材採購合同", "晉江市安順消防器材經營部", 9860, "num", D(2022,8,19), "dt", "", ""),
 ("CK2022-14", "垃圾清運服務合同", "吳金水", 60000, "wanqian", D(2022,9,1), "cn", "一年", ""),
 ("CK2022-15", "橋樑加固工程合同", "泉州華僑建設集團有限公司", 485000, "str2", D(2022,9,28), "fwcn", "", "邀請招標"),
 ("CK2022-16", "會計代理服務合同", "晉江市誠信財務諮詢有限公司", 7200, "fwint", D(2022,10,12), "cn", "", ""),
 ("CK2022-17", "村部辦公設備採購合同", "石獅市協盛建材商行", 23650, "daxie_t", D(2022,11,3), "ymd", "", ""),
 ("CK2022-18", "古厝修繕合同", "鄭國華", 150000, "cnlower", D(2022,12,16), "cn", "", "村民代表會議議定"),
]
r = 4
for i, (code, title, cp, a, ast, sd, dst, term, proc) in enumerate(c22, 1):
    ws.append([i, code, title, cp, amt(a, ast), dstr(sd, dst), term, proc, ""])
    truth(F1, "2022年", r, "contract", V1, {"counterparty": cp, "amount": float(a), "signed_on": iso(sd)}); r += 1
ws.append(["合計", "", "", "", sum(x[3] for x in c22), "", "", "", ""]); nd(F1, "2022年", r, "合計"); r += 1
ws.append([]); r += 1
ws.append(["備註：合同原件存村檔案室，金額以合同文本為準。"]); nd(F1, "2022年", r, "備註"); r += 1
ws.append(["製表人：陳秀琴", "", "", "審核人：黃志明", "", "日期：二〇二三年一月十日"]); nd(F1, "2022年", r, "簽名"); r += 1

ws = wb.create_sheet("2023年")
ws["A1"] = "陳坑村2023年合同登記表"; ws.merge_cells("A1:G1")
ws["A2"] = "單位：元"
ws["A3"] = "序號"; ws.merge_cells("A3:A4")
ws["B3"] = "合同名稱"; ws.merge_cells("B3:B4")
ws["C3"] = "對方單位"; ws.merge_cells("C3:C4")
ws["D3"] = "合同金額"; ws.merge_cells("D3:E3"); ws["D4"] = "大寫"; ws["E4"] = "小寫"
ws["F3"] = "簽訂日期"; ws.merge_cells("F3:F4")
ws["G3"] = "備註"; ws.merge_cells("G3:G4")
c23 = [
 ("村道拓寬工程施工合同", "晉江市鴻達建築工程有限公司", 385000, True, D(2023,2,20)),
 ("村部外牆立面改造合同", "南安市榮興建設工程有限公司", 168000, True, D(2023,3,5)),
 ("魚塘清淤合同", "黃天佑", 18600, True, D(2023,3,12)),
 ("路燈維修合同", "泉州市光明照明器材有限公司", 8450, True, D(2023,3,30)),
 ("村莊保潔服務合同", "黃秀英", 38400, True, D(2023,4,28)),
 ("僑批館展陳設計合同", "廈門鷺島文化創意有限公司", 126000, False, D(2023,5,6)),
 ("防汛物資採購合同", "晉江市安順消防器材經營部", 15320, True, D(2023,5,18)),
 ("老年協會活動室裝修合同", "蔡明輝", 49800, True, D(2023,6,2)),
 ("污水管網接駁工程合同", "福建閩源水電安裝有限公司", 276500, True, D(2023,6,21)),
 ("村史館布展合同", "廈門鷺島文化創意有限公司", 99000, False, D(2023,7,7)),
 ("綠化養護服務合同", "晉江市青禾園林綠化有限公司", 30000, True, D(2023,7,1)),
 ("籃球場圍網採購合同", "石獅市協盛建材商行", 6780.5, True, D(2023,8,15)),
 ("宗祠屋脊修復合同", "鄭國華", 132000, True, D(2023,9,9)),
 ("道路標線施劃合同", "泉州通途交通設施有限公司", 21600, True, D(2023,10,11)),
 ("監控系統升級合同", "廈門海康安防科技有限公司", 57300, True, D(2023,11,2)),
 ("垃圾分類亭建設合同", "吳金水", 41000, True, D(2023,12,1)),
]
r = 5
for i, (title, cp, a, small, sd) in enumerate(c23, 1):
    ws.append([i, title, cp, daxie(a, trad=(i % 2 == 0)), float(a) if small else None, dstr(sd, "cn" if i % 3 else "fw"), ""])
    truth(F1, "2023年", r, "contract", V1, {"counterparty": cp, "amount": float(a), "signed_on": iso(sd)}); r += 1
ws.append(["合計", "", "", daxie(sum(x[2] for x in c23), True), sum(x[2] for x in c23), "", ""]); nd(F1, "2023年", r, "合計"); r += 1
ws.append(["製表：陳秀琴　　　　審核：黃志明　　　　村務監督委員會：林清泉"]); nd(F1, "2023年", r, "簽名"); r += 1
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------- 2 projects (.xls BIFF)
F2 = "黃厝村一事一議項目台賬.xls"; V2 = "黃厝村"
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("2021年")
ws.write_merge(0, 0, 0, 9, "黃厝村2021年一事一議財政獎補項目台賬")
ws.write(1, 0, "單位：元")
h = ["序號", "項目名稱", "項目類型", "建設內容", "預算金額", "中標價（合同金額）", "施工單位", "村民代表會議日期", "開工日期", "竣工日期"]
for c, x in enumerate(h): ws.write(2, c, x)
p21 = [
 ("黃厝村主幹道硬化", "一事一議", "水泥路面1.2公里", 1250000, "yue", 1200000, "cnlower", "泉州華僑建設集團有限公司", D(2021,3,5), D(2021,4,3)),
 ("村東排洪溝改造", "一事一議", "排洪溝320米", 300000, "wanyuan", 298000, "daxie_t", "晉江市鴻達建築工程有限公司", D(2021,3,5), D(2021,4,15)),
 ("僑聯路路燈安裝", "一事一議", "太陽能路燈60盞", 130000, "yinei", 125000, "wanqian", "泉州市光明照明器材有限公司", D(2021,4,12), D(2021,5,6)),
 ("老人活動中心修繕", "村級工程", "屋面、門窗", 50000, "yue", None, None, None, D(2021,4,12), D(2021,6,1)),
 ("黃氏宗祠前廣場鋪裝", "一事一議", "花崗岩鋪裝800平方米", 180000, "wanyuan", 176500, "fw", "南安市榮興建設工程有限公司", D(2021,5,8), D(2021,6,10)),
 ("村內巷道改造", "一事一議", "巷道12條", 450000, "wan_t", 432000, "daxie", "晉江市鴻達建築工程有限公司", D(2021,5,8), D(2021,7,1)),
 ("自來水入戶改造", "村級工程", "管網2.5公里", 260000, "yue", 255800, "comma_yuan", "福建閩源水電安裝有限公司", D(2021,6,20), D(2021,7,12)),
 ("村小學圍牆修建", "小微工程", "圍牆150米", 80000, "yinei", 78600, "zheng", "陳志強", D(2021,7,2), D(2021,7,20)),
 ("池塘護岸", "一事一議", "漿砌石護岸200米", 350000, "wanyuan", 342000, "cnlower", "泉州華僑建設集團有限公司", D(2021,8,16), D(2021,9,10)),
 ("文化公園綠化", "一事一議", "綠化3000平方米", 120000, "yue", None, None, None, D(2021,9,3), D(2021,10,8)),
 ("村部停車場", "小微工程", "停車位40個", 95000, "wanyuan", 93800, "wan", "蔡明輝", D(2021,9,3), D(2021,10,15)),
 ("農田機耕路", "一事一議", "機耕路1.5公里", 600000, "cnlower", 588000, "daxie_t", "南安市榮興建設工程有限公司", D(2021,10,22), D(2021,11,20)),
 ("公廁新建", "小微工程", "三類公廁1座", 70000, "yinei", 68500, "fwint", "許文彬", D(2021,11,5), D(2021,11,25)),
]
r = 4
for i, (name, typ, content, b, bst, a, ast, con, dec, start) in enumerate(p21, 1):
    row = [i, name, typ, content, amt(b, bst), amt(a, ast) if a else "", con or "", dstr(dec, "cn"), dstr(start, "xun"), ""]
    for c, x in enumerate(row): ws.write(r-1, c, x)
    f = {"name": name}
    if a: f["amount"] = float(a); f["contractor"] = con
    else: f["budget"] = float(b); f["contractor"] = None
    truth(F2, "2021年", r, "project", V2, f); r += 1
for c, x in enumerate(["合計", "", "", "", "", sum(x[5] or 0 for x in p21), "", "", "", ""]): ws.write(r-1, c, x)
nd(F2, "2021年", r, "合計"); r += 1
ws.write(r-1, 0, "說明：預算金額為村民代表會議通過的估算數，中標價以合同為準。"); nd(F2, "2021年", r, "說明"); r += 1
ws.write(r-1, 0, "製表人：黃淑貞"); ws.write(r-1, 5, "審核人：黃國棟"); nd(F2, "2021年", r, "簽名"); r += 1

ws = wb.add_sheet("2022年")
ws.write_merge(0, 0, 0, 7, "黃厝村2022年村級工程項目一覽表")
ws.write_merge(1, 2, 0, 0, "序號"); ws.write_merge(1, 2, 1, 1, "項目名稱"); ws.write_merge(1, 2, 2, 2, "項目類型")
ws.write_merge(1, 1, 3, 4, "金額（萬元）"); ws.write(2, 3, "預算"); ws.write(2, 4, "決算")
ws.write_merge(1, 2, 5, 5, "施工單位"); ws.write_merge(1, 2, 6, 6, "決策日期"); ws.write_merge(1, 2, 7, 7, "備註")
p22 = [
 ("僑鄉文化長廊", "一事一議", 38.0, 36.85, "廈門鷺島文化創意有限公司", D(2022,2,18)),
 ("黃厝溪河道清淤", "一事一議", 25.0, 24.3, "晉江市鴻達建築工程有限公司", D(2022,2,18)),
 ("村道路燈更換", "小微工程", 8.0, 7.62, "泉州市光明照明器材有限公司", D(2022,3,22)),
 ("雨污分流一期", "村級工程", 120.0, 118.56, "福建閩源水電安裝有限公司", D(2022,4,9)),
 ("村部會議室改造", "小微工程", 4.5, 4.38, "黃天佑", D(2022,4,9)),
 ("幼兒園操場塑膠跑道", "一事一議", 18.0, 17.9, "晉江市體育設施工程有限公司", D(2022,5,16)),
 ("老街立面整治", "一事一議", 65.0, 63.2, "南安市榮興建設工程有限公司", D(2022,6,11)),
 ("農貿市場雨棚", "村級工程", 22.0, 21.45, "陳志強", D(2022,7,3)),
 ("灌溉渠修復", "一事一議", 15.0, 14.8, "蔡明輝", D(2022,8,20)),
 ("村口牌坊修繕", "小微工程", 3.5, None, None, D(2022,9,14)),
 ("垃圾中轉站", "村級工程", 46.0, 45.12, "泉州華僑建設集團有限公司", D(2022,10,5)),
 ("休閒步道", "一事一議", 30.0, None, None, D(2022,11,18)),
]
r = 4
for i, (name, typ, b, a, con, dec) in enumerate(p22, 1):
    row = [i, name, typ, b, a if a is not None else "", con or "", dstr(dec, "cn" if i % 2 else "fwcn"), "" if a else "未竣工"]
    for c, x in enumerate(row): ws.write(r-1, c, x)
    f = {"name": name}
    if a is not None: f["amount"] = round(a*10000, 2); f["contractor"] = con
    else: f["budget"] = round(b*10000, 2); f["contractor"] = None
    truth(F2, "2022年", r, "project", V2, f); r += 1
for c, x in enumerate(["合計", "", "", round(sum(x[2] for x in p22), 2), round(sum(x[3] or 0 for x in p22), 2)]): ws.write(r-1, c, x)
nd(F2, "2022年", r, "合計"); r += 1
ws.write(r-1, 0, "註：決算金額經鎮審計站審定；未竣工項目暫無決算。"); nd(F2, "2022年", r, "註"); r += 1
wb.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------- 3 journals
F3 = "陳坑村2023年日記賬.xlsx"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "現金日記賬"
ws["A1"] = "陳坑村股份經濟合作社現金日記賬"; ws.merge_cells("A1:G1")
ws["A2"] = "2023年度　　　　　　　　　　單位：元"; ws.merge_cells("A2:G2")
for c, h in enumerate(["日期", "憑證號", "摘要", "對方單位", "借方（收入）", "貸方（支出）", "餘額"], 1): ws.cell(3, c, h)
cash = {1: [
  (5, "收", "收取菜市場攤位費", "林阿水", 1200, "num"),
  (9, "付", "支付保潔員工資", "黃秀英", 3000, "num"),
  (12, "付", "購買辦公用品", "石獅市協盛建材商行", 486.5, "fw"),
  (18, "收", "收取停車場管理費", "陳金鎖", 2600, "num"),
  (20, "付", "支付村幹部誤工補貼", "陳建國", 1800, "comma_yuan"),
  (25, "付", "春節慰問困難戶", "許阿婆", 500, "num"),
  (28, "收", "從銀行提取現金", None, 5000, "num"),
  (31, "付", "支付宗祠水電費", "晉江市供電公司龍湖供電所", 356.8, "fw")],
 2: [
  (3, "付", "支付治安巡邏隊補貼", "蔡志勇", 2400, "num"),
  (8, "收", "收取魚塘承包金", "黃天佑", 4500, "fw"),
  (10, "付", "元宵節活動費", "陳坑村老年協會", 1500, "num"),
  (15, "付", "購買消防器材", "晉江市安順消防器材經營部", 980, "comma_yuan"),
  (21, "付", "支付垃圾清運費", "吳金水", 5000, "num"),
  (24, "收", "收取祠堂租用費", "陳國強", 800, "num"),
  (28, "付", "現金存入銀行", None, 6000, "num")],
 3: [
  (2, "付", "招待上級檢查工作餐", "龍湖鎮海濱酒樓", 1260, "num"),
  (6, "收", "收取菜市場攤位費", "林阿水", 1200, "fw"),
  (9, "付", "支付保潔員工資", "黃秀英", 3000, "num"),
  (14, "付", "購買綠化苗木", "晉江市青禾園林綠化有限公司", 2350, "num"),
  (17, "付", "支付村幹部誤工補貼", "陳建國", 1800, "num"),
  (22, "收", "收取停車場管理費", "陳金鎖", 2600, "comma_yuan"),
  (27, "付", "支付水溝清理人工費", "鄭阿福", 1450, "fw"),
  (31, "付", "支付會議茶水費", "陳坑村小賣部", 268, "num")]}
r = 4; bal = 23850.25
ws.append([dstr(D(2023,1,1), "md_cn"), "", "上年結轉", "", "", "", bal]); nd(F3, "現金日記賬", r, "上年結轉"); r += 1
yin = yout = 0
vno = 0
for m in (1, 2, 3):
    min_ = mout = 0
    for (d, t, summ, cp, a, st) in cash[m]:
        vno += 1
        inn = t == "收"
        bal = round(bal + (a if inn else -a), 2)
        ws.append([dstr(D(2023,m,d), "md_cn"), "%s-%02d" % (t, vno), summ, cp or "", amt(a, st) if inn else None, None if inn else amt(a, st), bal])
        truth(F3, "現金日記賬", r, "payment", V1, {"date": iso(D(2023,m,d)), "amount": float(a), "direction": "in" if inn else "out", "counterparty": cp}); r += 1
        if inn: min_ += a
        else: mout += a
    yin += min_; yout += mout
    last = {1: 31, 2: 28, 3: 31}[m]
    ws.append([dstr(D(2023,m,last), "md_cn"), "", "本月合計", "", round(min_, 2), round(mout, 2), bal]); nd(F3, "現金日記賬", r, "本月合計"); r += 1
    ws.append([dstr(D(2023,m,last), "md_cn"), "", "本年累計", "", round(yin, 2), round(yout, 2), bal]); nd(F3, "現金日記賬", r, "本年累計"); r += 1
ws.append(["會計：陳秀琴", "", "出納：陳美玲"]); nd(F3, "現金日記賬", r, "簽名"); r += 1

ws = wb.create_sheet("銀行存款日記賬")
ws["A1"] = "銀行存款日記賬"; ws.merge_cells("A1:H1")
ws["A2"] = "開戶行：晉江農商銀行龍湖支行　賬號：9070１２３４５６７８　單位：元"; ws.merge_cells("A2:H2")
ws["A3"] = fw("2023") + "年"; ws.merge_cells("A3:B3"); ws["A4"] = "月"; ws["B4"] = "日"
for col, h in zip("CDEFGH", ["憑證字號", "摘要", "對方戶名", "收入", "支出", "餘額"]):
    ws[col + "3"] = h; ws.merge_cells(col + "3:" + col + "4")
bank = {4: [
  (3, "in", "收到鎮財政所轉付一事一議獎補資金", "晉江市龍湖鎮財政所", 150000),
  (6, "out", "支付村道拓寬工程進度款", "晉江市鴻達建築工程有限公司", 115500),
  (10, "out", "提取備用金", None, 5000),
  (12, "in", "收到廠房租金", "晉江市盛達鞋業有限公司", 86000),
  (18, "out", "支付村部外牆改造預付款", "南安市榮興建設工程有限公司", 50400),
  (20, "out", "支付路燈維修款", "泉州市光明照明器材有限公司", 8450),
  (25, "in", "收到僑胞捐贈款", "陳天賜", 200000),
  (26, "out", "支付魚塘清淤款", "黃天佑", 18600),
  (28, "out", "支付會計代理費", "晉江市誠信財務諮詢有限公司", 1800),
  (28, "in", "收到存款利息", "晉江農商銀行龍湖支行", 312.46)],
 5: [
  (4, "out", "支付保潔服務費", "黃秀英", 9600),
  (8, "in", "收到店面租金", "蔡麗華", 36000),
  (9, "out", "支付僑批館設計費首付款", "廈門鷺島文化創意有限公司", 37800),
  (15, "out", "支付村道拓寬工程進度款", "晉江市鴻達建築工程有限公司", 154000),
  (18, "out", "支付防汛物資款", "晉江市安順消防器材經營部", 15320),
  (19, "in", "收到土地補償款", "晉江市自然資源局", 412560),
  (23, "out", "發放土地補償款（第一批）", "陳坑村第三村民小組", 206280),
  (26, "out", "支付老年協會活動室裝修款", "蔡明輝", 24900),
  (29, "in", "收到公墓管理費", "陳國強", 6800),
  (31, "out", "支付電費", "國網晉江市供電公司", 2136.7)]}
r = 5; bal = 268430.55
ws.append([fw("1"), fw("1"), "", "上年結轉", "", "", "", fw("%.2f" % bal)]); nd(F3, "銀行存款日記賬", r, "上年結轉"); r += 1
yin = yout = 0
for m in (4, 5):
    mi = mo = 0
    for k, (d, dirn, summ, cp, a) in enumerate(bank[m]):
        vno += 1
        bal = round(bal + (a if dirn == "in" else -a), 2)
        ws.append([fw(str(m)) if k == 0 else "", fw(str(d)), "銀" + fw(str(vno)), summ, cp or "",
                   fw("%.2f" % a) if dirn == "in" else "", fw("%.2f" % a) if dirn == "out" else "", fw("%.2f" % bal)])
        truth(F3, "銀行存款日記賬", r, "payment", V1, {"date": iso(D(2023,m,d)), "amount": float(a), "direction": dirn, "counterparty": cp}); r += 1
        if dirn == "in": mi += a
        else: mo += a
    yin += mi; yout += mo
    ws.append(["", "", "", "本月合計", "", fw("%.2f" % mi), fw("%.2f" % mo), fw("%.2f" % bal)]); nd(F3, "銀行存款日記賬", r, "本月合計"); r += 1
    ws.append(["", "", "", "本年累計", "", fw("%.2f" % yin), fw("%.2f" % yout), fw("%.2f" % bal)]); nd(F3, "銀行存款日記賬", r, "本年累計"); r += 1
ws.append(["註：1-3月銀行賬見上冊。"]); nd(F3, "銀行存款日記賬", r, "註"); r += 1
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------- 4 assets
F4 = "湖頭村集體資產登記表.xlsx"; V4 = "湖頭村"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "固定資產"
ws["A1"] = "湖頭村集體固定資產登記表"; ws.merge_cells("A1:H1")
ws["A2"] = "截至二〇二三年十二月三十一日　　　　　金額單位：元"; ws.merge_cells("A2:H2")
for c, h in enumerate(["資產編號", "資產名稱", "類別", "數量", "原值", "購建日期", "使用狀況", "管理人"], 1): ws.cell(3, c, h)
assets = [
 ("房屋建築物", [
  ("HT-F01", "村部辦公樓", "1幢", 1860000, "cnlower", D(2008,10,1), "cnm", "在用", "葉明德"),
  ("HT-F02", "老人活動中心", "1幢", 420000, "daxie_t", D(2012,6,15), "cn", "在用", "莊文慶"),
  ("HT-F03", "僑聯會館", "1幢", 685000, "wan_t", D(2015,3,20), "cn", "在用", "葉明德"),
  ("HT-F04", "村衛生所", "1間", 230000, "fw", D(2016,9,8), "fw", "出租", "蘇麗珍"),
  ("HT-F05", "標準廠房A棟", "1幢", 3200000, "wanyuan", D(2018,12,1), "cnm", "出租", "葉明德"),
  ("HT-F06", "標準廠房B棟", "1幢", 2980000, "daxie", D(2019,3,1), "fwcnm", "出租", "葉明德"),
  ("HT-F07", "沿街店面", "6間", 960000, "wanqian", D(2014,5,1), "ymd", "出租", "莊文慶"),
  ("HT-F08", "公廁", "2座", 136000, "num", D(2021,11,25), "cn", "在用", "蘇麗珍"),
 ]),
 ("公益設施", [
  ("HT-G01", "文化廣場", "1處", 580000, "yen", D(2017,8,18), "cn", "在用", "莊文慶"),
  ("HT-G02", "籃球場", "1個", 96000, "zheng", D(2019,7,22), "dot", "在用", "葉志遠"),
  ("HT-G03", "太陽能路燈", "85盞", 212500, "fw", D(2020,5,20), "cn", "在用", "葉志遠"),
  ("HT-G04", "村道（水泥路）", "3.2公里", 1350000, "cnlower", D(2016,1,1), "cnm", "在用", "葉明德"),
  ("HT-G05", "灌溉渠", "1.8公里", 420500, "comma_yuan", D(2013,4,10), "fwcn", "在用", "莊文慶"),
  ("HT-G06", "健身器材", "1套", 38600, "daxie", D(2021,9,9), "cn", "在用", "葉志遠"),
  ("HT-G07", "垃圾中轉站", "1座", 451200, "wan", D(2022,10,30), "dt", "在用", "蘇麗珍"),
 ]),
 ("機器設備", [
  ("HT-J01", "監控系統", "1套", 86400, "str2", D(2022,5,9), "cn", "在用", "葉志遠"),
  ("HT-J02", "變壓器", "1台", 158000, "daxie_t", D(2018,6,30), "cn", "在用", "葉明德"),
  ("HT-J03", "抽水泵站設備", "2台", 64000, "wanqian", D(2015,7,1), "cnm", "在用", "莊文慶"),
  ("HT-J04", "辦公電腦", "6台", 27600, "fw", D(2021,3,15), "fw", "在用", "蘇麗珍"),
  ("HT-J05", "多功能一體機", "1台", 8900, "num", D(2021,3,15), "cn", "在用", "蘇麗珍"),
  ("HT-J06", "柴油發電機", "1台", 45800, "cnlower", D(2017,11,11), "cn", "閑置", "葉明德"),
  ("HT-J07", "保潔三輪車", "4輛", 15600, "zheng", D(2020,2,1), "dot", "在用", "蘇麗珍"),
 ]),
 ("運輸工具", [
  ("HT-Y01", "垃圾清運車", "1輛", 138000, "wanyuan", D(2019,10,12), "cn", "在用", "蘇麗珍"),
  ("HT-Y02", "消防巡邏車", "1輛", 76500, "daxie", D(2020,6,18), "fwcn", "在用", "葉志遠"),
  ("HT-Y03", "小型客車", "1輛", 129800, "yen", D(2016,4,26), "cn", "已報廢", "葉明德"),
 ]),
]
r = 4; tot = 0
for cat, items in assets:
    sub = 0
    for (code, name, qty, a, ast, d, dst, st, who) in items:
        ws.append([code, name, cat, qty, amt(a, ast), dstr(d, dst), st, who])
        truth(F4, "固定資產", r, "asset", V4, {"name": name, "amount": float(a), "acquired_on": iso(d)}); r += 1
        sub += a
    ws.append(["", cat + "小計", "", "", float(sub), "", "", ""]); nd(F4, "固定資產", r, "小計"); r += 1
    tot += sub
ws.append(["", "合　計", "", "", float(tot), "", "", ""]); nd(F4, "固定資產", r, "合計"); r += 1
ws.append([]); r += 1
ws.append(["說明：1.只填年月的，購建具體日期不詳；2.原值以原始憑證為準。"]); nd(F4, "固定資產", r, "說明"); r += 1
ws.append(["填表人：蘇麗珍", "", "", "村委會主任：葉明德", "", "監委會主任：莊文慶"]); nd(F4, "固定資產", r, "簽名"); r += 1
ws2 = wb.create_sheet("分類匯總")
ws2.append(["湖頭村集體資產分類匯總表"]); ws2.append(["類別", "項數", "原值合計（萬元）"])
r = 3
for cat, items in assets:
    ws2.append([cat, len(items), round(sum(x[3] for x in items)/10000, 2)]); nd(F4, "分類匯總", r, "統計表行"); r += 1
ws2.append(["合計", sum(len(i) for _, i in assets), round(tot/10000, 2)]); nd(F4, "分類匯總", r, "合計"); r += 1
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------- 5 leases (csv GBK)
F5 = "蘇厝村資源發包租賃清冊.csv"; V5 = "蘇厝村"; S5 = F5[:-4]
def area_s(v, unit):
    if unit == "畝": return g(v) + "畝", round(v, 2)
    if unit == "公頃": return g(v) + "公頃", round(v*15, 2)
    if unit == "平方米": return g(v) + "平方米", round(v/666.67, 2)
def period(s, e, style):
    if style == "cn": return dstr(s, "cn") + "至" + dstr(e, "cn")
    if style == "dot": return dstr(s, "dot") + "—" + dstr(e, "dot")
    if style == "fw": return dstr(s, "fwcn") + "起至" + dstr(e, "fwcn") + "止"
    if style == "ymd": return dstr(s, "ymd") + "-" + dstr(e, "ymd")
L = [
 ("後山林地", "林地", 120, "畝", "蘇金泉", 3500, "daxie", D(2010,1,1), D(2039,12,31), "cn", "協商"),
 ("東片耕地1號地塊", "耕地", 35.5, "畝", "晉江市綠源農業專業合作社", 24850, "fw", D(2020,1,1), D(2034,12,31), "cn", "公開競價"),
 ("大溪魚塘", "水面", 0.8, "公頃", "黃天佑", 8000, "wanyuan", D(2019,3,1), D(2029,2,28), "fw", "公開競價"),
 ("村部一樓店面", "房屋", 85, "平方米", "蘇麗華", 18000, "peryear", D(2021,7,1), D(2026,6,30), "dot", "協商"),
 ("標準廠房A棟", "廠房", 2400, "平方米", "晉江市盛達鞋業有限公司", 172000, "wanyear", D(2018,1,1), D(2027,12,31), "cn", "公開招租"),
 ("西片耕地3號地塊", "耕地", 18, "畝", "蘇文雄", 9000, "wanqian", D(2016,1,1), D(2030,12,31), "ymd", "協商"),
 ("老碾米廠房", "廠房", 460, "平方米", "吳建設", 24000, "daxie_t", D(2022,1,1), D(2024,12,31), "cn", "協商"),
 ("南坡果園", "園地", 42, "畝", "陳阿明", 12600, "cnlower", D(2015,6,1), D(2035,5,31), "cn", "協商"),
 ("北溪灘地", "其他", 1.2, "公頃", "晉江市順通砂石有限公司", 60000, "wan", D(2020,9,1), D(2025,8,31), "fw", "公開招租"),
 ("僑聯會館二樓", "房屋", 320, "平方米", "晉江市龍湖鎮僑聯", 0, "num", D(2021,1,1), D(2030,12,31), "cn", "無償使用"),
 ("沿街店面1號", "房屋", 60, "平方米", "蔡麗華", 36000, "yen", D(2023,1,1), D(2025,12,31), "dot", "公開招租"),
 ("沿街店面2號", "房屋", 60, "平方米", "許明亮", 33600, "fwint", D(2022,5,1), D(2025,4,30), "fw", "公開招租"),
 ("東片耕地2號地塊", "耕地", 26.3, "畝", "蘇金泉", 15780, "num", D(2020,1,1), D(2034,12,31), "cn", "公開競價"),
 ("觀音山林地", "林地", 300, "畝", "晉江市青禾園林綠化有限公司", 15000, "daxie", D(2008,1,1), D(2057,12,31), "cn", "協商"),
 ("小池塘", "水面", 4.5, "畝", "葉阿水", 1800, "zheng", D(2021,1,1), D(2025,12,31), "ymd", "協商"),
 ("村部停車場", "其他", 1500, "平方米", "晉江市安泊停車管理有限公司", 48000, "wanqian", D(2022,3,1), D(2027,2,28), "cn", "公開招租"),
 ("老小學校舍", "房屋", 1100, "平方米", "晉江市童心幼兒園", 60000, "cnlower", D(2019,9,1), D(2029,8,31), "fw", "協商"),
 ("西片耕地4號地塊", "耕地", 2.1, "公頃", "晉江市綠源農業專業合作社", 22050, "comma_yuan", D(2021,1,1), D(2035,12,31), "cn", "公開競價"),
 ("標準廠房B棟", "廠房", 2200, "平方米", "泉州僑興服裝有限公司", 158400, "daxie_t", D(2019,4,1), D(2029,3,31), "cn", "公開招租"),
 ("溪邊菜地", "耕地", 6.8, "畝", "蘇文雄", 3400, "fw", D(2022,1,1), D(2026,12,31), "dot", "協商"),
 ("宗祠旁倉庫", "房屋", 150, "平方米", "蘇國強", 7200, "wanyear", D(2023,3,1), D(2026,2,28), "cn", "協商"),
 ("南片荒坡", "其他", 55, "畝", "陳阿明", 2750, "yue", D(2018,1,1), D(2047,12,31), "cn", "協商"),
]
lines = [["蘇厝村集體資源發包（租賃）清冊"], ["填報時間：二〇二三年六月", "", "", "", "", "單位：元"],
         ["序號", "資源名稱", "類型", "面積", "承包（租）方", "年租金", "承包起止時間", "發包方式", "備註"]]
r = 4
for i, (name, cat, av, au, cp, a, ast, s, e, pst, proc) in enumerate(L, 1):
    astr, amu = area_s(av, au)
    lines.append([str(i), name, cat, astr, cp, amt(a, ast), period(s, e, pst), proc, ""])
    truth(F5, S5, r, "resource", V5, {"name": name, "counterparty": cp, "amount": float(a), "area": amu, "started_on": iso(s), "ended_on": iso(e)}); r += 1
lines.append(["合計", "", "", "", "", "%.2f" % sum(x[5] for x in L), "", "", ""]); nd(F5, S5, r, "合計"); r += 1
lines.append(["注：年租金按合同約定；面積按合同記載單位填寫。"]); nd(F5, S5, r, "注"); r += 1
lines.append(["填表人：蘇國棟", "", "", "審核人：葉清河"]); nd(F5, S5, r, "簽名"); r += 1
def csvq(x):
    if isinstance(x, float): x = g(x)
    x = x.replace("¥", "￥")  # GBK input methods give the full-width sign
    return '"' + x.replace('"', '""') + '"' if ("," in x or '"' in x) else x
with open(os.path.join(FILES, F5), "wb") as fh:
    fh.write("".join(",".join(csvq(c) for c in l) + "\r\n" for l in lines).encode("gbk"))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump(TRUTH, fh, ensure_ascii=False, indent=1)
print(len(TRUTH["rows"]), "data rows;", len(TRUTH["non_data"]), "non-data")
