# Blind test set: approval-app exports (钉钉/企业微信/飞书/浙政钉/三资app 网上审批)
import csv, json, os, random, datetime as dt
import openpyxl
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
OUTD = os.path.join(HERE, "files")
os.makedirs(OUTD, exist_ok=True)
R = random.Random(134)
TRUTH = {"rows": [], "non_data": []}

def T(file, sheet, row, village, date, amount, cp):
    d = {"file": file, "sheet": sheet, "row": row, "kind": "payment",
         "fields": {"date": date, "amount": round(float(amount), 2), "direction": "out", "counterparty": cp}}
    if village:
        d["village"] = village
    TRUTH["rows"].append(d)

def N(file, sheet, row, what):
    TRUTH["non_data"].append({"file": file, "sheet": sheet, "row": row, "what": what})

PEOPLE = ["王建国", "李秀英", "张伟", "刘桂兰", "陈志强", "杨丽华", "赵德明", "黄海涛", "周玉梅", "吴国平",
          "徐建华", "孙红霞", "马文斌", "朱春燕", "胡立新", "郭秀珍", "何建军", "林小燕", "罗志刚", "高翠萍"]
VENDORS = [
    ("临安宏达建设有限公司", "村道硬化工程进度款", "中国农业银行临安支行", (30000, 180000)),
    ("杭州绿源园林工程有限公司", "村口绿化养护费", "浙江临安农村商业银行锦城支行", (5000, 40000)),
    ("浙江天目山水利工程有限公司", "山塘清淤工程款", "中国工商银行临安支行", (20000, 95000)),
    ("临安区锦城顺发建材经营部", "购水泥黄沙等材料款", "浙江临安农村商业银行锦北支行", (1500, 18000)),
    ("杭州清风保洁服务有限公司", "村庄保洁服务费", "中国建设银行杭州临安支行", (6000, 26000)),
    ("中国电信股份有限公司杭州分公司", "村委宽带及监控通信费", "中国工商银行杭州分行", (800, 4800)),
    ("国网浙江省电力有限公司杭州市临安区供电公司", "村委及路灯电费", "中国农业银行杭州分行", (1200, 9000)),
    ("临安昌化电力安装有限公司", "路灯维修安装费", "浙江临安农村商业银行昌化支行", (3000, 28000)),
    ("浙江广信会计师事务所有限公司", "村级财务审计费", "中国银行杭州分行", (6000, 15000)),
    ("杭州鑫源印刷有限公司", "村务公开栏及宣传资料印制费", "杭州银行临安支行", (900, 7800)),
    ("临安区太湖源众诚五金店", "购五金工具", "浙江临安农村商业银行太湖源支行", (300, 5000)),
]
def acct():
    return "62" + "".join(str(R.randint(0, 9)) for _ in range(17))
def money(lo, hi):
    return round(R.randint(lo * 100, hi * 100) / 100.0, 0 if R.random() < 0.5 else 2)
def ts(d, h=None):
    h = R.randint(8, 18) if h is None else h
    return dt.datetime(d.year, d.month, d.day, h, R.randint(0, 59), R.randint(0, 59))
def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")
def txtamt(a, style):
    if style == 0: return "%.2f" % a
    if style == 1: return "{:,.2f}".format(a)
    if style == 2: return "¥{:,.2f}".format(a)
    return ("%d" % a) if a == int(a) else "%.2f" % a

# ---------------------------------------------------------------- file 1: 钉钉
F1 = "柳溪村钉钉审批数据导出_2023.xlsx"
V1 = "柳溪村"
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "付款申请"
H = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人工号", "发起人姓名", "发起人部门",
     "历史审批人姓名", "审批记录(含处理人UserID)", "当前处理人姓名", "审批耗时", "付款事由", "付款方式",
     "付款总额", "收款方全称", "收款账号", "开户行", "付款日期", "附件", "备注"]
ws.append(H)
applicants = ["何建军", "林小燕", "罗志刚"]
day = dt.date(2023, 1, 6)
r = 2
plan = ["ok"] * 38 + ["rej", "rev", "ing", "rej", "rev", "resub", "ok2"]
R.shuffle(plan)
pend_resub = None
for i, p in enumerate(plan):
    day += dt.timedelta(days=R.randint(3, 9))
    who = R.choice(applicants)
    cp, why, bank, (lo, hi) = R.choice(VENDORS)
    amt = money(lo, hi)
    start = ts(day)
    fin = start + dt.timedelta(hours=R.randint(2, 70), minutes=R.randint(0, 59))
    pay = (fin + dt.timedelta(days=R.randint(0, 4))).date()
    code = "2023%02d%02d%02d%06d" % (day.month, day.day, start.hour, 100000 + i * 7919 % 900000)
    status, result, cur, hist = "已完成", "同意", "", "王建国,李秀英"
    paydate = "%d-%02d-%02d" % (pay.year, pay.month, pay.day)
    if R.random() < 0.2: paydate = ""
    if p == "rej":
        result, hist = "拒绝", "王建国"
    elif p == "rev":
        status, result, hist = "已撤销", "", ""
    elif p == "ing":
        status, result, cur, hist, fin = "审批中", "", "李秀英", "王建国", None
    elif p == "resub":
        status, result, hist = "已撤销", "", ""
        pend_resub = (cp, why, bank, amt, who)
    elif p == "ok2" and pend_resub:
        cp, why, bank, amt, who = pend_resub
    amount_cell = txtamt(amt, R.choice([0, 1, 3]))
    row = [code, "%s提交的付款申请" % who, status, result, fmt(start), fmt(fin) if fin else "", "0%d" % R.randint(10000, 99999),
           who, "柳溪村/村委会" if who != "罗志刚" else "柳溪村/股份经济合作社", hist,
           "" , cur, "", why + ("（%d月）" % day.month if R.random() < 0.4 else ""),
           R.choice(["银行转账", "银行转账", "银行转账", "现金"]), amount_cell, cp, acct(), bank,
           paydate if status == "已完成" and result == "同意" else "", "发票.jpg" if R.random() < 0.8 else "",
           "重新提交" if p == "ok2" else ("发票后补" if R.random() < 0.1 else "")]
    if p in ("ok", "ok2") and pend_resub is None and p == "ok2":
        pass
    ws.append(row)
    if status == "已完成" and result == "同意":
        d = paydate if paydate else fin.strftime("%Y-%m-%d")
        T(F1, "付款申请", r, V1, d, amt, cp)
    else:
        N(F1, "付款申请", r, "审批%s%s，未付款" % (status, result))
    r += 1

ws2 = wb.create_sheet("费用报销")
H2 = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "发起人部门", "历史审批人姓名",
      "当前处理人姓名", "报销类型", "费用明细", "报销金额（元）", "收款人", "收款账号", "开户行", "附件", "备注"]
ws2.append(H2)
kinds = [("差旅费", "赴区农业农村局参加三资管理培训交通费", 80, 600), ("餐费", "防汛值班误餐费", 200, 1500),
         ("办公费", "购打印纸墨盒", 150, 1800), ("交通费", "村干部下组走访油费", 100, 900),
         ("会务费", "村民代表会议茶水费", 120, 800), ("其他", "垃圾分类督导员补贴", 600, 3000)]
reimb = ["陈志强", "杨丽华", "何建军", "林小燕", "罗志刚", "赵德明"]
r = 2
day = dt.date(2023, 1, 10)
plan2 = ["ok"] * 19 + ["rej", "rev", "ok"]
for i, p in enumerate(plan2):
    day += dt.timedelta(days=R.randint(5, 15))
    who = reimb[i % len(reimb)]
    k, why, lo, hi = R.choice(kinds)
    amt = money(lo, hi)
    start = ts(day); fin = start + dt.timedelta(hours=R.randint(3, 30))
    status, result = ("已撤销", "") if p == "rev" else ("已完成", "拒绝" if p == "rej" else "同意")
    payee = who if R.random() < 0.7 else ""
    ws2.append(["2023%02d%02d%08d" % (day.month, day.day, 31000000 + i * 137), "%s提交的费用报销" % who, status, result,
                fmt(start), fmt(fin), who, "柳溪村/村委会", "" if p == "rev" else "王建国", "", k, why,
                txtamt(amt, R.choice([0, 3])), payee, acct() if payee else "", "浙江临安农村商业银行锦城支行" if payee else "",
                "票据%d张" % R.randint(1, 6), ""])
    if status == "已完成" and result == "同意":
        T(F1, "费用报销", r, V1, fin.strftime("%Y-%m-%d"), amt, who)
    else:
        N(F1, "费用报销", r, "报销%s%s" % (status, result))
    r += 1

ws3 = wb.create_sheet("用印申请")
ws3.append(["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人姓名", "用印事由", "文件名称",
            "文件份数", "印章类型", "盖章日期", "备注"])
docs = ["与临安宏达建设有限公司村道硬化工程施工合同", "土地流转合同（第三组）", "集体资产租赁合同续签", "村民建房审批表",
        "2022年度村务公开材料", "低保申请证明", "山塘清淤工程验收单", "用工证明"]
for i, dname in enumerate(docs):
    d0 = dt.date(2023, 2, 1) + dt.timedelta(days=i * 23)
    st = ts(d0)
    ws3.append(["2023%02d%02d%08d" % (d0.month, d0.day, 52000000 + i), "罗志刚提交的用印申请", "已完成", "同意",
                fmt(st), fmt(st + dt.timedelta(hours=2)), "罗志刚", "合同签订盖章" if "合同" in dname else "出具证明",
                dname, str(R.randint(2, 4)), "村委会公章" if i % 2 else "村股份经济合作社公章", d0.isoformat(), ""])
    N(F1, "用印申请", i + 2, "用印申请，不涉及资金")
wb.save(os.path.join(OUTD, F1))

# ---------------------------------------------------------------- file 2: 企业微信 (per-node rows, merged)
F2 = "青山村企业微信审批记录2023.xlsx"
V2 = "青山村"
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "付款"
H = ["审批编号", "申请人", "申请人部门", "提交时间", "审批状态", "付款事由", "付款金额", "金额大写", "付款方式", "付款日期",
     "收款人全称", "收款账号", "开户行", "审批节点", "审批人", "审批意见", "审批时间", "抄送人"]
ws.append(H)
def upper(a):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    n = int(round(a * 100)); yuan, jiao, fen = n // 100, n // 10 % 10, n % 10
    def four(x):
        s = ""; zero = False
        for k in range(3, -1, -1):
            dg = x // (10 ** k) % 10
            if dg == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += digits[dg] + units[k]
        return s
    out = ""
    if yuan >= 10000:
        out = four(yuan // 10000) + "万"
        rest = yuan % 10000
        if rest and rest < 1000: out += "零"
        out += four(rest)
    else:
        out = four(yuan)
    out += "元"
    if jiao == 0 and fen == 0: return out + "整"
    if jiao: out += digits[jiao] + "角"
    elif fen: out += "零"
    if fen: out += digits[fen] + "分"
    return out
r = 2
day = dt.date(2023, 2, 3)
v2 = [("淳安千岛湖建工集团有限公司", "青山村文化礼堂修缮工程款", (40000, 160000)),
      ("杭州绿源园林工程有限公司", "青山村口游园苗木款", (8000, 45000)),
      ("淳安县汾口镇永兴建材商店", "河道护岸材料款", (2000, 19000)),
      ("杭州清风保洁服务有限公司", "保洁服务费", (5000, 20000)),
      ("国网浙江省电力有限公司淳安县供电公司", "电费", (900, 6000)),
      ("方卫东", "雇工清理塌方土石方劳务费", (1800, 9800))]
plan = ["ok"] * 15 + ["rej", "rev", "ing"]
R.shuffle(plan)
for i, p in enumerate(plan):
    day += dt.timedelta(days=R.randint(6, 16))
    cp, why, (lo, hi) = R.choice(v2)
    amt = money(lo, hi)
    who = R.choice(["徐建华", "孙红霞"])
    st = ts(day)
    nodes = [("村报账员审核", "孙红霞" if who == "徐建华" else "徐建华"), ("村监委会主任审核", "马文斌"), ("村书记审批", "朱春燕")]
    if amt >= 50000:
        nodes.append(("镇农经站审核", "胡立新"))
    status = {"ok": "已通过", "rej": "已驳回", "rev": "已撤销", "ing": "审批中"}[p]
    paid = st + dt.timedelta(days=R.randint(1, 6))
    upay = paid.strftime("%Y年%m月%d日") if R.random() < 0.5 else paid.strftime("%Y/%m/%d").replace("/0", "/")
    if p == "rev": nodes = nodes[:1]
    first = r
    for j, (node, man) in enumerate(nodes):
        opinion, when = "同意", fmt(st + dt.timedelta(hours=3 * (j + 1)))
        if p == "rej" and j == len(nodes) - 1: opinion = "驳回：附件不全，请补充验收单"
        if p == "rev": opinion, when = "", ""
        if p == "ing" and j == len(nodes) - 1: opinion, when = "", ""
        if j == 0:
            ws.append(["%d%02d%02d%05d" % (day.year, day.month, day.day, 20000 + i * 31), who, "青山村村民委员会", fmt(st), status, why,
                       "%.2f" % amt, upper(amt), "对公转账" if "公司" in cp or "商店" in cp else "银行转账",
                       upay if p == "ok" else "", cp, acct(), "浙江淳安农村商业银行汾口支行", node, man, opinion, when,
                       "青山村财务群"])
        else:
            ws.append([None] * 13 + [node, man, opinion, when, None])
        r += 1
    last = r - 1
    if last > first:
        for c in range(1, 14):
            ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
            ws.cell(first, c).alignment = Alignment(vertical="center")
        ws.merge_cells(start_row=first, start_column=18, end_row=last, end_column=18)
    if p == "ok":
        T(F2, "付款", first, V2, paid.strftime("%Y-%m-%d"), amt, cp)
    else:
        N(F2, "付款", first, "审批%s，未付款" % status)
    for k in range(first + 1, last + 1):
        N(F2, "付款", k, "同一审批单的后续审批节点行")

ws2 = wb.create_sheet("备用金申请")
ws2.append(["审批编号", "申请人", "申请人部门", "提交时间", "完成时间", "审批状态", "备用金用途", "申请金额（元）", "预计归还日期",
            "收款人", "审批记录"])
bk = [("徐建华", "防汛物资采购备用金", 3000), ("孙红霞", "春节走访慰问困难户备用金", 5000), ("徐建华", "村民代表会议备用金", 1500),
      ("朱春燕", "人口普查入户误餐备用金", 2000), ("孙红霞", "垃圾分类宣传活动备用金", 2500), ("徐建华", "汛期抢险雇工备用金", 8000),
      ("孙红霞", "重阳节老人慰问备用金", 6000), ("朱春燕", "村庄清洁行动备用金", 3000)]
for i, (who, why, amt) in enumerate(bk):
    d0 = dt.date(2023, 1, 12) + dt.timedelta(days=i * 41)
    st = ts(d0); fin = st + dt.timedelta(hours=R.randint(2, 40))
    status = "已通过" if i not in (3, 6) else ("已撤销" if i == 3 else "已驳回")
    ws2.append(["%d%02d%02d%05d" % (d0.year, d0.month, d0.day, 70000 + i), who, "青山村村民委员会", fmt(st),
                fmt(fin) if status != "已撤销" else "", status, why, "%d.00" % amt,
                (d0 + dt.timedelta(days=30)).isoformat(), who,
                "马文斌(同意) -> 朱春燕(同意)" if status == "已通过" else ("马文斌(驳回)" if status == "已驳回" else "")])
    if status == "已通过":
        T(F2, "备用金申请", i + 2, V2, fin.strftime("%Y-%m-%d"), amt, who)
    else:
        N(F2, "备用金申请", i + 2, "备用金申请%s" % status)
wb.save(os.path.join(OUTD, F2))

# ---------------------------------------------------------------- file 3: 飞书 csv (UTF-8 BOM)
F3 = "石桥村_飞书审批_付款申请_20230101-20231231.csv"
S3 = F3[:-4]
V3 = "石桥村"
H = ["申请编号", "审批名称", "申请状态", "发起人", "发起人部门", "发起时间", "完成时间", "审批记录", "付款用途",
     "收款方", "收款账户", "开户银行", "付款金额", "币种", "付款日期", "附件", "序列号"]
rows = []
v3 = [("湖州南浔恒力建筑工程有限公司", "石桥村排水沟改造工程款", (25000, 120000)),
      ("南浔区练市镇兴旺水泥制品厂", "预制涵管款", (3000, 22000)),
      ("湖州佳美广告有限公司", "村规民约宣传牌制作费", (1200, 9000)),
      ("湖州市南浔区练市镇石桥村股份经济合作社食堂", "", None),
      ("沈丽萍", "村图书室管理员劳务费", (1200, 3600)),
      ("浙江湖州南浔农村商业银行", "", None),
      ("湖州市鑫达物业管理有限公司", "村委办公楼物业费", (3000, 12000)),
      ("中国移动通信集团浙江有限公司湖州分公司", "村监控网络费", (600, 3500))]
v3 = [v for v in v3 if v[2]]
plan = ["ok"] * 24 + ["rej", "rev", "rej", "ing", "dupok"]
R.shuffle(plan)
day = dt.date(2023, 1, 4)
line = 2
dup = None
for i, p in enumerate(plan):
    day += dt.timedelta(days=R.randint(5, 12))
    cp, why, (lo, hi) = R.choice(v3)
    amt = money(lo, hi)
    if p == "dupok" and dup: cp, why, amt = dup
    who = R.choice(["钱卫国", "沈丽萍"])
    st = ts(day); fin = st + dt.timedelta(hours=R.randint(1, 50))
    status = {"ok": "已通过", "dupok": "已通过", "rej": "已拒绝", "rev": "已撤回", "ing": "审批中"}[p]
    paydate = (fin + dt.timedelta(days=R.randint(0, 3))).date()
    pds = "" if (R.random() < 0.3 or status != "已通过") else paydate.strftime("%Y-%m-%d")
    rec = {"已通过": "吴国平:同意; 郭秀珍:同意", "已拒绝": "吴国平:拒绝(金额与合同不符)", "已撤回": "", "审批中": "吴国平:同意"}[status]
    rows.append(["%s%04d" % (st.strftime("%Y%m%d"), 3000 + i), "付款申请", status, who, "石桥村村委", fmt(st),
                 fmt(fin) if status in ("已通过", "已拒绝") else "", rec, why, cp, acct(), "浙江南浔农村商业银行练市支行",
                 txtamt(amt, R.choice([1, 2, 0])), "人民币", pds, "发票.pdf;验收单.jpg" if R.random() < 0.6 else "发票.pdf",
                 "F%05d" % (i + 1)])
    if status == "已通过":
        T(F3, S3, line, V3, pds if pds else fin.strftime("%Y-%m-%d"), amt, cp)
        if dup is None: dup = (cp, why, amt)
    else:
        N(F3, S3, line, "申请%s，未付款" % status)
    line += 1
with open(os.path.join(OUTD, F3), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f); w.writerow(H); w.writerows(rows)

# ---------------------------------------------------------------- file 4: 三资 app 网上审批 csv, several villages
F4 = "练市镇农村三资网上审批明细导出.csv"
S4 = F4[:-4]
H = ["序号", "审批单号", "所属镇街", "村(社区)", "所属组织", "申请类型", "申请事由", "收款单位(人)", "申请金额(元)",
     "申请人", "申请时间", "审批状态", "当前节点", "支付状态", "支付时间", "支付方式", "备注"]
vills = [("东岭村", "东岭村股份经济合作社"), ("西岭村", "西岭村股份经济合作社"), ("朱家兜村", "朱家兜村股份经济合作社")]
items = [("付款申请", "村道路灯电费", "国网浙江省电力有限公司湖州供电公司", (800, 5000)),
         ("付款申请", "道路白改黑工程第二期进度款", "湖州交通建设工程有限公司", (50000, 300000)),
         ("付款申请", "河长制河道保洁费", "湖州碧水环境服务有限公司", (6000, 30000)),
         ("费用报销", "党员活动日交通费", "陆文英", (200, 1500)),
         ("费用报销", "村务监督委员会工作补贴", "姚金根", (600, 2400)),
         ("采购申请", "采购办公电脑两台", "湖州众诚电脑经营部", (6000, 11000)),
         ("付款申请", "公墓管理员工资", "钮阿大", (1500, 3000))]
rows = []
line = 2
plan = ["ok"] * 26 + ["notpaid", "rej", "rev", "ing", "notpaid", "rej"]
R.shuffle(plan)
day = dt.date(2023, 3, 1)
tot = 0.0
for i, p in enumerate(plan):
    day += dt.timedelta(days=R.randint(2, 8))
    v, org = vills[i % 3]
    typ, why, cp, (lo, hi) = R.choice(items)
    amt = money(lo, hi)
    st = ts(day)
    status = {"ok": "审批通过", "notpaid": "审批通过", "rej": "审批不通过", "rev": "已撤回", "ing": "审批中"}[p]
    paid = p == "ok"
    paydt = ts(day + dt.timedelta(days=R.randint(1, 10)))
    rows.append([str(i + 1), "SZ%s%04d" % (day.strftime("%Y%m%d"), i + 11), "练市镇", v, org, typ, why, cp,
                 "%.2f" % amt, R.choice(["沈建明", "陆文英", "钮家林"]), fmt(st), status,
                 "结束" if status in ("审批通过", "审批不通过", "已撤回") else "镇农经站审核",
                 "已支付" if paid else "未支付", fmt(paydt) if paid else "", "银行转账" if paid else "", ""])
    if paid:
        tot += amt
        T(F4, S4, line, v, paydt.strftime("%Y-%m-%d"), amt, cp)
    else:
        N(F4, S4, line, "%s/%s，未支付" % (status, "未支付"))
    line += 1
rows.append(["合计", "", "", "", "", "", "", "", "%.2f" % tot, "", "", "", "", "", "", "", "仅统计已支付"])
N(F4, S4, line, "合计")
with open(os.path.join(OUTD, F4), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f); w.writerow(H); w.writerows(rows)

# ---------------------------------------------------------------- file 5: 浙政钉 xlsx, real datetime cells
F5 = "南湖村浙政钉审批导出2024.xlsx"
V5 = "南湖村"
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "资金支付审批"
ws.append(["流程编号", "流程标题", "发起人", "所在组织", "发起时间", "结束时间", "流程状态", "支付事项", "收款单位全称",
           "收款银行账号", "收款开户行", "支付金额（元）", "实际支付日期", "经办人", "审批意见汇总"])
v5 = [("嘉兴秀洲南湖水利建设有限公司", "南湖村机埠改造工程尾款", (20000, 90000)),
      ("嘉兴市秀洲区新塍镇明华农资商店", "采购农药化肥（统防统治）", (3000, 15000)),
      ("嘉兴禾城保安服务有限公司", "村治安巡逻服务费", (8000, 24000)),
      ("中国人寿保险股份有限公司嘉兴分公司", "村干部团体意外险", (1500, 6000)),
      ("嘉兴市秀洲区新塍镇南湖村经济合作社", "", None),
      ("潘志明", "村级水利设施管护员报酬", (1200, 4800))]
v5 = [v for v in v5 if v[2]]
plan = ["ok"] * 20 + ["rej", "rev", "ing"]
R.shuffle(plan)
day = dt.date(2024, 1, 5)
r = 2
for i, p in enumerate(plan):
    day += dt.timedelta(days=R.randint(4, 12))
    cp, why, (lo, hi) = R.choice(v5)
    amt = money(lo, hi)
    st = ts(day); fin = st + dt.timedelta(hours=R.randint(2, 60))
    status = {"ok": "已完成", "rej": "已驳回", "rev": "已撤回", "ing": "审批中"}[p]
    paid = (fin + dt.timedelta(days=R.randint(0, 5))).date() if p == "ok" else None
    ws.append(["ZZD%s%03d" % (day.strftime("%Y%m%d"), i), "高翠萍发起的资金支付审批", "高翠萍", "新塍镇/南湖村村民委员会",
               st, fin if p in ("ok", "rej") else None, status, why, cp, acct(), "浙江秀洲农村商业银行新塍支行",
               amt, paid, "高翠萍", "同意" if p == "ok" else ("驳回" if p == "rej" else "")])
    ws.cell(r, 5).number_format = "yyyy-mm-dd hh:mm:ss"
    ws.cell(r, 6).number_format = "yyyy-mm-dd hh:mm:ss"
    ws.cell(r, 12).number_format = "#,##0.00"
    if paid:
        ws.cell(r, 13).number_format = "yyyy-mm-dd"
        T(F5, "资金支付审批", r, V5, paid.isoformat(), amt, cp)
    else:
        N(F5, "资金支付审批", r, "流程%s，未支付" % status)
    r += 1

ws2 = wb.create_sheet("采购申请")
ws2.append(["流程编号", "流程标题", "发起人", "发起时间", "结束时间", "流程状态", "采购物品", "数量", "供应商",
            "采购金额（元）", "是否已付款", "付款日期", "备注"])
pur = [("防汛沙袋及救生衣", "200套", "嘉兴市秀洲区新塍镇明华农资商店", 6800.00, True),
       ("村委会办公桌椅", "12套", "嘉兴市家宜办公家具有限公司", 15600.00, True),
       ("文化礼堂音响设备", "1套", "嘉兴声美音响器材有限公司", 23800.00, False),
       ("垃圾分类四色桶", "120只", "嘉兴绿佳环保设备有限公司", 9360.00, True),
       ("监控摄像头", "16个", "嘉兴海康安防工程有限公司", 12480.00, True),
       ("路灯灯头", "40只", "嘉兴市秀洲区新塍镇亮光灯具店", 7200.00, True),
       ("打印机", "1台", "嘉兴众创办公设备有限公司", 2390.00, False),
       ("村务公开栏", "2块", "嘉兴佳美广告有限公司", 4500.00, True),
       ("灭火器", "30只", "嘉兴安达消防器材有限公司", 3150.00, True),
       ("草坪修剪机", "2台", "嘉兴市秀洲区新塍镇明华农资商店", 5980.00, True)]
for i, (thing, qty, sup, amt, paid) in enumerate(pur):
    d0 = dt.date(2024, 2, 20) + dt.timedelta(days=i * 17)
    st = ts(d0); fin = st + dt.timedelta(hours=R.randint(4, 30))
    pd = (fin + dt.timedelta(days=R.randint(3, 15))).date()
    ws2.append(["ZZD%s%03d" % (d0.strftime("%Y%m%d"), 500 + i), "高翠萍发起的采购申请", "高翠萍", fmt(st), fmt(fin),
                "已完成", thing, qty, sup, "%.2f" % amt, "是" if paid else "否",
                pd.strftime("%Y.%m.%d").replace(".0", ".") if paid else "", "" if paid else "货未到，待验收后付款"])
    if paid:
        T(F5, "采购申请", i + 2, V5, pd.isoformat(), amt, sup)
    else:
        N(F5, "采购申请", i + 2, "采购审批通过但未付款")
wb.save(os.path.join(OUTD, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print(len(TRUTH["rows"]), "data rows,", len(TRUTH["non_data"]), "non-data")
