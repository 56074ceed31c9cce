#!/usr/bin/env python
"""Blind test set qa123: bilingual / English headers (donor-funded and foreign-aided
village projects, county platforms with English UI). Deterministic, no randomness.
Writes OUT/files/* and OUT/truth.json (beside this script)."""
import csv
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

ROWS = []
NON = []


def T(file, sheet, row, kind, fields, village=None):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        d["village"] = village
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


# ---------------------------------------------------------------------------
# File 1: Shiqiao Village (石桥村) contracts + projects, .xlsx, English sheet names
# ---------------------------------------------------------------------------
F1 = "Shiqiao_Village_Contracts_Projects_2023.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Contracts"
ws.append(["Shiqiao Village Contract Register 2023"])
ws.merge_cells("A1:H1")
ws["A1"].font = Font(bold=True, size=14)
ws.append(["Township: Baihe Town    Unit: RMB yuan"])
ws.append(["No.", "Contract No.", "Contract Name", "Contractor", "Contract Amount",
           "Signing Date", "Procurement Method", "Village"])
contracts1 = [
    ("SQ-2023-001", "Village road hardening, section 1", "湖州顺达路桥工程有限公司", "RMB 186,500.00", dt.date(2023, 2, 14), 186500.0, "2023-02-14", "Open tender"),
    ("SQ-2023-002", "Street lamp purchase (solar, 60 sets)", "安吉县光耀照明器材厂", "RMB 47,400.00", "2023-03-02", 47400.0, "2023-03-02", "Three quotes"),
    ("SQ-2023-003", "Drainage ditch repair, Group 3", "德清县新市镇建宏土建队", "CNY 3.5 万", "March 18, 2023", 35000.0, "2023-03-18", "Direct award"),
    ("SQ-2023-004", "Drainage ditch repair, Group 4", "德清县新市镇建宏土建队", "CNY 3.8 万", "March 25, 2023", 38000.0, "2023-03-25", "Direct award"),
    ("SQ-2023-005", "Drainage ditch repair, Group 5", "德清县新市镇建宏土建队", "CNY 3.9 万", "April 2, 2023", 39000.0, "2023-04-02", "Direct award"),
    ("SQ-2023-006", "Cultural hall roof waterproofing", "湖州恒固防水工程有限公司", 68200, dt.date(2023, 4, 20), 68200.0, "2023-04-20", "Three quotes"),
    ("SQ-2023-007", "Office computers and printer", "湖州市吴兴区联创电脑经营部", "RMB 21,360.00", "2023/05/08", 21360.0, "2023-05-08", "Inquiry"),
    ("SQ-2023-008", "Pond dredging (Xitang pond)", "长兴县水口乡陈建国", "RMB 29,800", "8 May 2023", 29800.0, "2023-05-08", "Direct award"),
    ("SQ-2023-009", "Garbage sorting station construction", "浙江绿源环境工程有限公司", "RMB 392,000.00", dt.date(2023, 6, 1), 392000.0, "2023-06-01", "Open tender"),
    ("SQ-2023-010", "Security patrol service (annual)", "湖州安邦保安服务有限公司", "¥36,000.00", "2023.6.15", 36000.0, "2023-06-15", "Three quotes"),
    ("SQ-2023-011", "Bridge railing replacement", "湖州顺达路桥工程有限公司", "RMB 98,650.00", "Jun. 28, 2023", 98650.0, "2023-06-28", "Inquiry"),
    ("SQ-2023-012", "Village greening seedlings", "安吉县递铺镇绿茵苗木场", "CNY 4.26 万", "2023-07-10", 42600.0, "2023-07-10", "Three quotes"),
    ("SQ-2023-013", "Elderly canteen kitchen equipment", "湖州美厨厨房设备有限公司", "RMB 56,780.00", "20230722", 56780.0, "2023-07-22", "Three quotes"),
    ("SQ-2023-014", "Road hardening, section 2", "湖州顺达路桥工程有限公司", "RMB 199,000.00", dt.date(2023, 8, 9), 199000.0, "2023-08-09", "Inquiry"),
    ("SQ-2023-015", "Surveillance cameras (32 points)", "湖州天眼安防科技有限公司", "RMB 74,880.00", "2023年8月30日", 74880.0, "2023-08-30", "Three quotes"),
    ("SQ-2023-016", "Party-service centre interior repainting", "德清县新市镇建宏土建队", "CNY 4.95 万", "Sept. 12, 2023", 49500.0, "2023-09-12", "Direct award"),
    ("SQ-2023-017", "Farmland irrigation pump station repair", "湖州农水机电安装有限公司", "RMB 133,400.00", "2023-10-05", 133400.0, "2023-10-05", "Open tender"),
    ("SQ-2023-018", "Audit and bookkeeping agency service", "湖州正信会计师事务所有限公司", "RMB 12,000.00", "Oct 20, 2023", 12000.0, "2023-10-20", "Direct award"),
    ("SQ-2023-019", "Tea garden path paving", "安吉县溪龙乡潘林海", "RMB 18,900.00", "2023/11/3", 18900.0, "2023-11-03", "Direct award"),
    ("SQ-2023-020", "Winter road de-icing materials", "湖州市吴兴区鑫达建材商行", "RMB 6,480.00", "2023-12-01", 6480.0, "2023-12-01", "Inquiry"),
]
r = 4
for i, c in enumerate(contracts1, 1):
    code, title, cp, amt, signed, amt_v, signed_v, proc = c
    ws.append([i, code, title, cp, amt, signed, proc, "Shiqiao Village 石桥村"])
    if isinstance(signed, dt.date):
        ws.cell(row=r, column=6).number_format = "yyyy-mm-dd"
    T(F1, "Contracts", r, "contract", {"counterparty": cp, "amount": amt_v, "signed_on": signed_v}, "石桥村")
    r += 1
ws.append(["Total", None, None, None, "RMB {:,.2f}".format(sum(c[5] for c in contracts1)), None, None, None])
N(F1, "Contracts", r, "Total 合计"); r += 1
ws.append([])
r += 1
ws.append(["Prepared by: 李海燕 (accountant)    Reviewed by: 王建华    Date: 2024-01-10"])
N(F1, "Contracts", r, "signatures 制表人/审核人"); r += 1

# Projects sheet: bilingual two-row header
ws = wb.create_sheet("Projects")
ws.append(["石桥村 Shiqiao Village — Project Ledger 工程项目台账 (incl. 一事一议 Villager-Discussed Projects)"])
ws.merge_cells("A1:I1")
ws.append(["Unit: RMB yuan 单位：元 (Budget column in RMB 10,000 万元)"])
ws.append(["No. 序号", "Project Name 项目名称", "Type 项目类型", "Budget 预算", "Contract Amount 合同金额",
           "Contractor 施工单位", "Funding Source 资金来源", "Start Date 开工日期", "Status 状态"])
ws.append([None, None, None, "(10k RMB 万元)", "(RMB 元)", None, None, None, None])
projects1 = [
    ("Village road hardening phase 1 村道硬化一期", "村级工程", 19.0, 186500.0, "湖州顺达路桥工程有限公司", "上级补助+村自筹", "2023-03-01", "Completed 已完工"),
    ("Solar street lamps 太阳能路灯", "小微工程", 5.0, 47400.0, "安吉县光耀照明器材厂", "村自筹", "2023-03-20", "Completed 已完工"),
    ("Drainage ditch repair Groups 3-5 三至五组水沟修复", "一事一议", 12.0, 112000.0, "德清县新市镇建宏土建队", "一事一议财政奖补", "2023-03-28", "Completed 已完工"),
    ("Cultural hall roof 文化礼堂屋面防水", "小微工程", 7.0, 68200.0, "湖州恒固防水工程有限公司", "村自筹", "2023-05-06", "Completed 已完工"),
    ("Garbage sorting station 垃圾分类站", "村级工程", 40.0, 392000.0, "浙江绿源环境工程有限公司", "省级美丽乡村补助", "2023-06-20", "Completed 已完工"),
    ("Bridge railing 桥梁护栏更换", "小微工程", 10.0, 98650.0, "湖州顺达路桥工程有限公司", "村自筹", "2023-07-05", "Completed 已完工"),
    ("Elderly canteen 老年食堂改造", "一事一议", 8.0, 56780.0, "湖州美厨厨房设备有限公司", "一事一议财政奖补", "2023-08-01", "Completed 已完工"),
    ("Village road hardening phase 2 村道硬化二期", "村级工程", 20.0, 199000.0, "湖州顺达路桥工程有限公司", "上级补助+村自筹", "2023-08-15", "In progress 在建"),
    ("Surveillance cameras 雪亮工程监控", "小微工程", 7.5, 74880.0, "湖州天眼安防科技有限公司", "村自筹", "2023-09-05", "Completed 已完工"),
    ("Irrigation pump station 灌溉泵站维修", "村级工程", 13.5, 133400.0, "湖州农水机电安装有限公司", "农田水利专项", "2023-10-18", "In progress 在建"),
]
r = 5
for i, p in enumerate(projects1, 1):
    name, typ, bud, amt, con, fund, start, status = p
    ws.append([i, name, typ, bud, amt, con, fund, start, status])
    T(F1, "Projects", r, "project", {"name": name, "amount": amt, "contractor": con}, "石桥村")
    r += 1
# planned projects: only a budget, no contractor yet
planned = [
    ("Tea garden path extension 茶园便道延伸", "一事一议", 6.8),
    ("Riverbank landscaping 河岸景观提升", "村级工程", 45.0),
    ("Public toilet renovation 公厕改造", "小微工程", 9.6),
]
ws.append([None, "Planned 2024 计划项目", None, None, None, None, None, None, None])
N(F1, "Projects", r, "section heading 计划项目"); r += 1
for j, p in enumerate(planned, len(projects1) + 1):
    name, typ, bud = p
    ws.append([j, name, typ, bud, None, "TBD 待定", "待定", None, "Planned 计划"])
    T(F1, "Projects", r, "project", {"name": name, "budget": round(bud * 10000, 2), "contractor": None}, "石桥村")
    r += 1
ws.append(["Total 合计", None, None, round(sum(p[2] for p in projects1) + sum(p[2] for p in planned), 2), sum(p[3] for p in projects1), None, None, None, None])
N(F1, "Projects", r, "Total 合计"); r += 1
ws.append(["Note: phase 2 road final account pending audit. 注：二期决算待审计。"])
N(F1, "Projects", r, "note"); r += 1

ws = wb.create_sheet("Staff")
ws.append(["Shiqiao Village Committee and Party Branch 石桥村两委班子成员"])
ws.append(["No. 序号", "Name 姓名", "Position 职务", "Mobile 联系电话", "Remarks 备注"])
staff1 = [("王建华", "村党委书记"), ("李明", "村委会主任"), ("陈海根", "村委委员"), ("张秀英", "妇联主席"),
          ("李海燕", "会计 Accountant"), ("王志刚", "村务监督委员会主任"), ("赵国庆", "出纳 Cashier")]
r = 3
for i, (nm, pos) in enumerate(staff1, 1):
    ws.append([i, nm, pos, "1385720%04d" % (i * 137), ""])
    T(F1, "Staff", r, "cadre", {"name": nm, "position": pos}, "石桥村")
    r += 1
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# File 2: Liujiatang Cun payments journal, real BIFF .xls, English/bilingual headers
# ---------------------------------------------------------------------------
F2 = "Liujiatang_Cun_Cash_and_Bank_Journal_2023.xls"
wbx = xlwt.Workbook(encoding="utf-8")
s = wbx.add_sheet("Payments")
datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
s.write_merge(0, 0, 0, 6, "Liujiatang Cun (刘家塘村) Project Account Journal 2023 — EU-China Rural Water Programme")
s.write(1, 0, "Currency: RMB    单位：元")
hdr = ["Date 日期", "Voucher No. 凭证号", "Summary 摘要", "Payee/Payer 收付款方", "Income (RMB) 收入", "Expenditure (RMB) 支出", "Method 结算方式"]
for ci, h in enumerate(hdr):
    s.write(2, ci, h)
pay2 = [
    # date cell, voucher, summary, counterparty, income, expense, method, date_v, amount, dir
    ("Opening balance 上年结转", None),
    (dt.date(2023, 1, 6), "记-001", "Programme grant tranche 1 项目拨款第一期", "湖州市农业农村局", "RMB 300,000.00", None, "Bank", "2023-01-06", 300000.0, "in", "湖州市农业农村局"),
    (dt.date(2023, 1, 12), "记-002", "Pipe materials deposit 管材预付款", "浙江中财管道科技股份有限公司", None, "RMB 45,000.00", "Bank", "2023-01-12", 45000.0, "out", "浙江中财管道科技股份有限公司"),
    ("2023-01-18", "记-003", "Survey and design fee 勘察设计费", "湖州水利水电勘测设计院有限公司", None, "RMB 18,000.00", "Bank", "2023-01-18", 18000.0, "out", "湖州水利水电勘测设计院有限公司"),
    ("2023-01-25", "记-004", "Cash withdrawal 提现备用金", None, None, "5,000.00", "Cash", "2023-01-25", 5000.0, "out", None),
    ("Monthly Total 本月合计", "M"),
    ("Feb 3, 2023", "记-005", "Labour wages, trench digging 开挖民工工资", "刘德福", None, "RMB 8,640.00", "Cash", "2023-02-03", 8640.0, "out", "刘德福"),
    ("Feb 10, 2023", "记-006", "Villager contribution 农户自筹款", "刘家塘村民小组", "CNY 2.4 万", None, "Bank", "2023-02-10", 24000.0, "in", "刘家塘村民小组"),
    ("Feb 17, 2023", "记-007", "Pipe materials balance 管材尾款", "浙江中财管道科技股份有限公司", None, "RMB 61,380.00", "Bank", "2023-02-17", 61380.0, "out", "浙江中财管道科技股份有限公司"),
    ("Feb 24, 2023", "记-008", "Water meters 水表采购", "宁波东海水表有限公司", None, "RMB 9,960.00", "Bank", "2023-02-24", 9960.0, "out", "宁波东海水表有限公司"),
    ("Monthly Total 本月合计", "M"),
    ("2023.3.2", "记-009", "Construction progress payment 工程进度款", "长兴县泗安镇宏伟水电安装队", None, "RMB 80,000.00", "Bank", "2023-03-02", 80000.0, "out", "长兴县泗安镇宏伟水电安装队"),
    ("2023.3.9", "记-010", "Bank interest 利息收入", "中国农业银行长兴支行", "126.35", None, "Bank", "2023-03-09", 126.35, "in", "中国农业银行长兴支行"),
    ("2023.3.15", "记-011", "Meals for villager meeting 村民代表会议误餐", "长兴县刘家塘农家乐", None, "1,280.00", "Cash", "2023-03-15", 1280.0, "out", "长兴县刘家塘农家乐"),
    ("2023.3.22", "记-012", "Training per diem 培训补贴", "刘美芳", None, "600", "Cash", "2023-03-22", 600.0, "out", "刘美芳"),
    ("2023.3.29", "记-013", "Construction progress payment 工程进度款", "长兴县泗安镇宏伟水电安装队", None, "RMB 80,000.00", "Bank", "2023-03-29", 80000.0, "out", "长兴县泗安镇宏伟水电安装队"),
    ("Monthly Total 本月合计", "M"),
    (dt.date(2023, 4, 7), "记-014", "Programme grant tranche 2 项目拨款第二期", "湖州市农业农村局", "RMB 200,000.00", None, "Bank", "2023-04-07", 200000.0, "in", "湖州市农业农村局"),
    (dt.date(2023, 4, 14), "记-015", "Water quality testing 水质检测费", "湖州市疾病预防控制中心", None, "RMB 3,200.00", "Bank", "2023-04-14", 3200.0, "out", "湖州市疾病预防控制中心"),
    (dt.date(2023, 4, 21), "记-016", "Valve and fittings 阀门配件", "长兴县雉城镇永利五金店", None, "RMB 4,785.50", "Cash", "2023-04-21", 4785.5, "out", "长兴县雉城镇永利五金店"),
    (dt.date(2023, 4, 28), "记-017", "Supervision fee 监理费", "湖州诚信工程监理有限公司", None, "RMB 12,600.00", "Bank", "2023-04-28", 12600.0, "out", "湖州诚信工程监理有限公司"),
    ("Monthly Total 本月合计", "M"),
    ("12-May-2023", "记-018", "Construction progress payment 工程进度款", "长兴县泗安镇宏伟水电安装队", None, "RMB 95,000.00", "Bank", "2023-05-12", 95000.0, "out", "长兴县泗安镇宏伟水电安装队"),
    ("19-May-2023", "记-019", "Road reinstatement after trenching 路面恢复", "长兴县泗安镇宏伟水电安装队", None, "CNY 1.86 万", "Bank", "2023-05-19", 18600.0, "out", "长兴县泗安镇宏伟水电安装队"),
    ("26-May-2023", "记-020", "Signboard for donor visibility 项目标识牌", "长兴县雉城镇美佳广告店", None, "RMB 2,450.00", "Cash", "2023-05-26", 2450.0, "out", "长兴县雉城镇美佳广告店"),
    ("Monthly Total 本月合计", "M"),
    ("2023-06-02", "记-021", "Completion acceptance expert fee 验收专家费", "王立群", None, "RMB 1,500.00", "Cash", "2023-06-02", 1500.0, "out", "王立群"),
    ("2023-06-09", "记-022", "Retention money refund request 质保金", "长兴县泗安镇宏伟水电安装队", None, "RMB 7,350.00", "Bank", "2023-06-09", 7350.0, "out", "长兴县泗安镇宏伟水电安装队"),
    ("2023-06-16", "记-023", "Water fee collected 水费收入", "刘家塘村供水用户", "RMB 5,412.00", None, "Cash", "2023-06-16", 5412.0, "in", "刘家塘村供水用户"),
    ("2023-06-30", "记-024", "Audit fee 项目审计费", "湖州正信会计师事务所有限公司", None, "RMB 6,000.00", "Bank", "2023-06-30", 6000.0, "out", "湖州正信会计师事务所有限公司"),
    ("Monthly Total 本月合计", "M"),
    ("Year-to-date 本年累计", "Y"),
]
r0 = 3  # zero-based row index for xlwt; Excel row = r0+1
for item in pay2:
    if len(item) == 2:
        label, tag = item
        s.write(r0, 0, label)
        if tag is None:
            s.write(r0, 4, "RMB 12,846.20")
            N(F2, "Payments", r0 + 1, "opening balance 上年结转")
        elif tag == "M":
            N(F2, "Payments", r0 + 1, "Monthly Total 本月合计")
        else:
            N(F2, "Payments", r0 + 1, "Year-to-date 本年累计")
        r0 += 1
        continue
    d, v, summ, cp, inc, exp, meth, dv, amt, dirn, cpt = item
    if isinstance(d, dt.date):
        s.write(r0, 0, d, datefmt)
    else:
        s.write(r0, 0, d)
    s.write(r0, 1, v)
    s.write(r0, 2, summ)
    if cp:
        s.write(r0, 3, cp)
    if inc is not None:
        s.write(r0, 4, inc)
    if exp is not None:
        s.write(r0, 5, exp)
    s.write(r0, 6, meth)
    T(F2, "Payments", r0 + 1, "payment", {"date": dv, "amount": amt, "direction": dirn, "counterparty": cpt}, "刘家塘村")
    r0 += 1
r0 += 1
s.write(r0, 0, "Bookkeeper 记账: 刘晓红   Village Director 村委会主任: 刘国平   Programme Officer: Anna Weber")
N(F2, "Payments", r0 + 1, "signatures")

# a second sheet: balance summary (not a record kind)
s2 = wbx.add_sheet("Balance")
s2.write(0, 0, "Programme Fund Balance 项目资金余额表")
s2.write(1, 0, "Item 项目"); s2.write(1, 1, "Amount (RMB) 金额")
EXP2 = round(sum(x[8] for x in pay2 if len(x) > 2 and x[9] == "out"), 2)
bal = [("Opening balance 期初余额", 12846.20), ("Total income 收入合计", 529538.35),
       ("Total expenditure 支出合计", EXP2), ("Closing balance 期末余额", round(12846.20 + 529538.35 - EXP2, 2))]
for i, (k, v) in enumerate(bal):
    s2.write(2 + i, 0, k); s2.write(2 + i, 1, v)
    N(F2, "Balance", 3 + i, "balance summary (not a record kind)")
wbx.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# File 3: donor project disbursement list, CSV UTF-8 with BOM, several villages (pinyin)
# ---------------------------------------------------------------------------
F3 = "donor_project_disbursements_2022.csv"
rows3 = [
    # date text, village text, payee, amount text, purpose, type ; date_v, amt, dir, village truth
    ("2022-04-08", "Shiqiao Village", "湖州顺达路桥工程有限公司", "RMB 56,000.00", "Footbridge rebuild advance", "Expense/支出", "2022-04-08", 56000.0, "out"),
    ("2022-04-15", "Shiqiao Village", "安吉县光耀照明器材厂", "RMB 12,500.00", "Solar lamps x20", "Expense/支出", "2022-04-15", 12500.0, "out"),
    ("2022-04-20", "Liujiatang Cun", "湖州市财政局", "CNY 15 万", "Provincial matching fund received", "Income/收入", "2022-04-20", 150000.0, "in"),
    ("2022-05-06", "Liujiatang Cun", "长兴县泗安镇宏伟水电安装队", "CNY 3.5 万", "Well pump installation", "Expense/支出", "2022-05-06", 35000.0, "out"),
    ("2022-05-11", "Liujiatang Cun", "刘德福", "RMB 4,200.00", "Labour, pipe trench", "Expense/支出", "2022-05-11", 4200.0, "out"),
    ("2022-05-19", "Hongqi Cun", "湖州绿野农业开发有限公司", "RMB 38,600.00", "Seedlings for demonstration plot", "Expense/支出", "2022-05-19", 38600.0, "out"),
    ("2022-05-27", "Hongqi Cun", "Heifer Project International (China)", "RMB 68,000.00", "Donor tranche received", "Income/收入", "2022-05-27", 68000.0, "in"),
    ("2022-06-03", "Hongqi Cun", "长兴县和平镇农机服务社", "RMB 9,800.00", "Tractor hire, land levelling", "Expense/支出", "2022-06-03", 9800.0, "out"),
    ("2022-06-10", "Shiqiao Village", "湖州恒固防水工程有限公司", "RMB 19,950.00", "Community room roof repair", "Expense/支出", "2022-06-10", 19950.0, "out"),
    ("2022-06-17", "Shiqiao Village", "李海燕", "RMB 860.00", "Reimbursement, printing of notices", "Expense/支出", "2022-06-17", 860.0, "out"),
    ("2022-06-24", "Liujiatang Cun", "宁波东海水表有限公司", "RMB 7,470.00", "Water meters x45", "Expense/支出", "2022-06-24", 7470.0, "out"),
    ("2022-07-01", "Hongqi Cun", "湖州绿野农业开发有限公司", "CNY 2.25 万", "Fertiliser and mulch film", "Expense/支出", "2022-07-01", 22500.0, "out"),
    ("2022-07-08", "Liujiatang Cun", "长兴县泗安镇宏伟水电安装队", "CNY 3.5 万", "Well pump installation (2nd well)", "Expense/支出", "2022-07-08", 35000.0, "out"),
    ("2022-07-15", "Hongqi Cun", "陈小平", "RMB 1,200.00", "Farmer field school trainer fee", "Expense/支出", "2022-07-15", 1200.0, "out"),
    ("2022-07-22", "Shiqiao Village", "Heifer Project International (China)", "RMB 80,000.00", "Donor tranche received", "Income/收入", "2022-07-22", 80000.0, "in"),
    ("2022-08-05", "Shiqiao Village", "湖州顺达路桥工程有限公司", "RMB 49,000.00", "Footbridge rebuild final payment", "Expense/支出", "2022-08-05", 49000.0, "out"),
    ("2022-08-12", "Hongqi Cun", "长兴县和平镇农机服务社", "RMB 9,800.00", "Tractor hire, land levelling", "Expense/支出", "2022-08-12", 9800.0, "out"),
    ("2022-08-19", "Liujiatang Cun", "湖州市疾病预防控制中心", "RMB 1,600.00", "Water test", "Expense/支出", "2022-08-19", 1600.0, "out"),
    ("2022-09-02", "Hongqi Cun", "湖州绿野农业开发有限公司", "RMB 15,300.00", "Harvest storage crates", "Expense/支出", "2022-09-02", 15300.0, "out"),
    ("2022-09-09", "Liujiatang Cun", "", "RMB 300.00", "Bank charges", "Expense/支出", "2022-09-09", 300.0, "out"),
    ("2022-09-16", "Shiqiao Village", "湖州正信会计师事务所有限公司", "RMB 5,000.00", "Programme audit fee", "Expense/支出", "2022-09-16", 5000.0, "out"),
    ("2022-09-23", "Hongqi Cun", "长兴县和平镇周家铺子", "RMB 2,364.00", "Refreshments, farmer field day", "Expense/支出", "2022-09-23", 2364.0, "out"),
    ("2022/10/14", "Shiqiao Village", "陈海根", "RMB 6,800.00", "Pond lease fee received", "Income/收入", "2022-10-14", 6800.0, "in"),
    ("2022/10/21", "Liujiatang Cun", "长兴县泗安镇宏伟水电安装队", "CNY 12 万", "Water supply network advance", "Expense/支出", "2022-10-21", 120000.0, "out"),
    ("2022/10/28", "Hongqi Cun", "湖州鲜果汇农产品有限公司", "RMB 60,000.00", "Cold store rent received", "Income/收入", "2022-10-28", 60000.0, "in"),
    ("2022/11/04", "Hongqi Cun", "长兴县和平镇建安土石方队", "RMB 24,400.00", "Fitness path, 50% advance", "Expense/支出", "2022-11-04", 24400.0, "out"),
    ("2022/11/18", "Shiqiao Village", "湖州顺达路桥工程有限公司", "RMB 5,250.00", "Footbridge retention money", "Expense/支出", "2022-11-18", 5250.0, "out"),
    ("2022/11/25", "Liujiatang Cun", "湖州诚信工程监理有限公司", "RMB 6,300.00", "Supervision fee, 1st half", "Expense/支出", "2022-11-25", 6300.0, "out"),
]
with open(os.path.join(FILES, F3), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Date 日期", "Village", "Payee/收款方", "Amount (RMB) 金额", "Purpose 用途", "Type 收支"])
    line = 2
    for x in rows3:
        dtxt, vil, cp, amt, purpose, typ, dv, amt_v, dirn = x
        w.writerow([dtxt, vil, cp, amt, purpose, typ])
        T(F3, "donor_project_disbursements_2022", line, "payment",
          {"date": dv, "amount": amt_v, "direction": dirn, "counterparty": cp or None}, vil)
        line += 1
    w.writerow(["Total", "", "", "RMB {:,.2f}".format(sum(x[7] for x in rows3)), "", ""])
    N(F3, "donor_project_disbursements_2022", line, "Total"); line += 1
    w.writerow(["Prepared by: Programme Office, Baihe Town", "", "", "", "", ""])
    N(F3, "donor_project_disbursements_2022", line, "signature / preparer")

# ---------------------------------------------------------------------------
# File 4: Hongqi Cun (红旗村) assets, leases, staff — .xlsx, English sheet names
# ---------------------------------------------------------------------------
F4 = "Hongqi_Cun_Assets_Leases_Staff.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Assets"
ws.append(["Hongqi Cun 红旗村 Fixed Asset Register 固定资产登记表 (as at 2023-12-31)"])
ws.merge_cells("A1:G1")
ws.append(["Asset No. 资产编号", "Asset Name 资产名称", "Category 类别", "Original Value (RMB) 原值",
           "Date Acquired 购置日期", "Status 使用状况", "Custodian 保管人"])
assets = [
    ("HQ-ZC-001", "Village office building 村办公楼", "Buildings 房屋", "RMB 1,280,000.00", dt.date(2009, 10, 1), 1280000.0, "2009-10-01", "In use 在用", "陈卫东"),
    ("HQ-ZC-002", "Cultural hall 文化礼堂", "Buildings 房屋", "CNY 86 万", "2016-05-20", 860000.0, "2016-05-20", "In use 在用", "陈卫东"),
    ("HQ-ZC-003", "Collective cold store 集体冷库", "Buildings 房屋", "RMB 420,000.00", "2019.8", 420000.0, "2019-08-01", "Leased out 出租", "周海林"),
    ("HQ-ZC-004", "Mini excavator 小型挖掘机", "Machinery 机械", "RMB 168,000.00", "Apr 12, 2021", 168000.0, "2021-04-12", "In use 在用", "周海林"),
    ("HQ-ZC-005", "Tractor (Dongfanghong 704) 拖拉机", "Machinery 机械", "RMB 95,500.00", "2018-03-15", 95500.0, "2018-03-15", "Idle 闲置", "陈小平"),
    ("HQ-ZC-006", "Irrigation pump station 灌溉泵站", "Water works 水利设施", "RMB 236,700.00", "2014-06-30", 236700.0, "2014-06-30", "In use 在用", "周海林"),
    ("HQ-ZC-007", "Office computers (6 sets) 办公电脑", "Office equipment 办公设备", "¥25,200", "2022-02-18", 25200.0, "2022-02-18", "In use 在用", "沈丽娟"),
    ("HQ-ZC-008", "Projector 投影仪", "Office equipment 办公设备", "RMB 6,890.00", "2022-02-18", 6890.0, "2022-02-18", "In use 在用", "沈丽娟"),
    ("HQ-ZC-009", "Street lamps (45 sets) 路灯", "Infrastructure 基础设施", "RMB 112,500.00", "2020-11-05", 112500.0, "2020-11-05", "In use 在用", "陈卫东"),
    ("HQ-ZC-010", "Garbage truck 垃圾清运车", "Vehicles 车辆", "RMB 78,000.00", dt.date(2020, 1, 8), 78000.0, "2020-01-08", "In use 在用", "陈建军"),
    ("HQ-ZC-011", "Fitness equipment 健身器材", "Infrastructure 基础设施", "RMB 33,600.00", "2017-09", 33600.0, "2017-09-01", "Damaged 损坏", "陈卫东"),
    ("HQ-ZC-012", "Tea processing machines 制茶设备", "Machinery 机械", "CNY 14.8 万", "2021-03-26", 148000.0, "2021-03-26", "Leased out 出租", "周海林"),
]
r = 3
for a in assets:
    code, name, cat, amt, acq, amt_v, acq_v, status, cust = a
    ws.append([code, name, cat, amt, acq, status, cust])
    if isinstance(acq, dt.date):
        ws.cell(row=r, column=5).number_format = "yyyy-mm-dd"
    T(F4, "Assets", r, "asset", {"name": name, "amount": amt_v, "acquired_on": acq_v}, "红旗村")
    r += 1
ws.append(["Subtotal 小计", None, None, "RMB {:,.2f}".format(sum(a[5] for a in assets)), None, None, None])
N(F4, "Assets", r, "Subtotal 小计"); r += 1

# Leases: English-only headers, area in mu / ha / sq m in separate columns
ws = wb.create_sheet("Leases")
ws.append(["Hongqi Cun — Collective Resource Leases (Land, Water, Buildings)"])
ws.append(["Unit: RMB yuan"])
ws.append(["Lease No.", "Resource", "Type", "Lessee", "Area", "Area Unit", "Annual Rent", "Start", "End", "Award Method"])
leases = [
    ("HQ-ZL-01", "Dongshan tea garden 东山茶园", "Forest land", "湖州绿野农业开发有限公司", 120, "mu", "RMB 96,000.00", "2019-01-01", "2033-12-31",
     120.0, 96000.0, "2019-01-01", "2033-12-31", "Open bidding"),
    ("HQ-ZL-02", "Xiwan fish pond 西湾鱼塘", "Water surface", "陈国强", 35, "mu", "RMB 17,500.00", "2021-03-01", "2026-02-28",
     35.0, 17500.0, "2021-03-01", "2026-02-28", "Negotiated"),
    ("HQ-ZL-03", "Nanpo arable land 南坡耕地", "Arable land", "长兴县和平镇沈氏家庭农场", 8, "ha", "CNY 9.6 万", "2020-10-01", "2030-09-30",
     120.0, 96000.0, "2020-10-01", "2030-09-30", "Open bidding"),
    ("HQ-ZL-04", "Collective cold store 集体冷库", "Building", "湖州鲜果汇农产品有限公司", 1200, "sq m", "RMB 60,000.00", "2022-01-01", "2024-12-31",
     1.8, 60000.0, "2022-01-01", "2024-12-31", "Negotiated"),
    ("HQ-ZL-05", "Former school building 原村小学校舍", "Building", "陈卫国", 860, "sq m", "RMB 8,000.00", "2018-07-01", "2038-06-30",
     1.29, 8000.0, "2018-07-01", "2038-06-30", "Negotiated"),
    ("HQ-ZL-06", "Beishan bamboo forest 北山竹林", "Forest land", "安吉县天荒坪竹业合作社", 15, "ha", "RMB 33,750.00", "2017-01-01", "2036-12-31",
     225.0, 33750.0, "2017-01-01", "2036-12-31", "Open bidding"),
    ("HQ-ZL-07", "Group 2 arable plot 二组耕地", "Arable land", "周海林", 42.5, "mu", "RMB 21,250.00", "2023-01-01", "2027-12-31",
     42.5, 21250.0, "2023-01-01", "2027-12-31", "Negotiated"),
    ("HQ-ZL-08", "Roadside shop unit 沿街店面1号", "Building", "长兴县和平镇周家铺子", 85, "sq m", "RMB 12,000.00", "Jan 1, 2022", "Dec 31, 2026",
     0.13, 12000.0, "2022-01-01", "2026-12-31", "Open bidding"),
    ("HQ-ZL-09", "Roadside shop unit 沿街店面2号", "Building", "沈丽娟", 85, "sq m", "RMB 6,000.00", "Jan 1, 2022", "Dec 31, 2026",
     0.13, 6000.0, "2022-01-01", "2026-12-31", "Negotiated"),
    ("HQ-ZL-10", "Tea processing machines 制茶设备", "Equipment", "湖州绿野农业开发有限公司", None, None, "CNY 1.2 万", "2021-04-01", "2026-03-31",
     None, 12000.0, "2021-04-01", "2026-03-31", "Negotiated"),
    ("HQ-ZL-11", "Xiaowan reservoir 小湾水库", "Water surface", "陈国强", 3.2, "ha", "RMB 14,400.00", "2020.5.1", "2030.4.30",
     48.0, 14400.0, "2020-05-01", "2030-04-30", "Negotiated"),
    ("HQ-ZL-12", "Group 5 orchard 五组果园", "Orchard", "陈建军", 26, "mu", "RMB 7,800.00", "2016-03-01", "2046-02-28",
     26.0, 7800.0, "2016-03-01", "2046-02-28", "Negotiated"),
]
r = 4
for L in leases:
    (no, name, typ, lessee, area, unit, rent, st, en, area_v, rent_v, st_v, en_v, meth) = L
    ws.append([no, name, typ, lessee, area, unit, rent, st, en, meth])
    T(F4, "Leases", r, "resource", {"name": name, "counterparty": lessee, "amount": rent_v, "area": area_v,
                                     "started_on": st_v, "ended_on": en_v}, "红旗村")
    r += 1
ws.append(["Total annual rent", None, None, None, None, None, "RMB {:,.2f}".format(sum(L[10] for L in leases)), None, None, None])
N(F4, "Leases", r, "Total annual rent 合计"); r += 1
ws.append(["Note: HQ-ZL-05 lessee 陈卫国 is the brother of the Party Secretary; contract approved at the villager representatives meeting 2018-06-20."])
N(F4, "Leases", r, "note"); r += 1

# Staff: cadre list, English headers, Chinese positions with English gloss
ws = wb.create_sheet("Staff")
ws.append(["Hongqi Cun Village Cadres 红旗村村干部名单 (2021–2026 term)"])
ws.append(["No.", "Name", "Gender", "Position", "Phone", "Close relatives in business"])
staff = [
    ("陈卫东", "男", "Party Secretary & Director 党支部书记、村委会主任", "13857201234", "弟 陈卫国"),
    ("周海林", "男", "Deputy Director 村委会副主任", "13906721188", ""),
    ("沈丽娟", "女", "Accountant 报账员", "13587245566", "本人承租沿街店面2号"),
    ("陈小平", "男", "Committee member 村委委员", "15967203377", ""),
    ("周美华", "女", "Women's director 妇联主席", "13757210099", ""),
    ("陈建军", "男", "Party branch member 支部委员", "13819235566", ""),
    ("沈国良", "男", "Supervisory committee chair 村务监督委员会主任", "13511729900", ""),
    ("何晓燕", "女", "Grid worker 专职网格员", "18857207788", ""),
]
r = 3
for i, st in enumerate(staff, 1):
    name, g, pos, ph, rel = st
    ws.append([i, name, g, pos, ph, rel])
    T(F4, "Staff", r, "cadre", {"name": name, "position": pos}, "红旗村")
    r += 1
wb.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# File 5: county platform export, HTML saved as .xls, bilingual headers, several villages
# ---------------------------------------------------------------------------
F5 = "Baihe_Town_Platform_Contract_Export_2022.xls"
STEM5 = "Baihe_Town_Platform_Contract_Export_2022"
rows5 = [
    ("BH-HT-2022-0031", "Shiqiao Village(石桥村)", "Footbridge reconstruction 便桥重建", "湖州顺达路桥工程有限公司", "105,000.00", "2022-03-28", "Works 工程", 105000.0, "2022-03-28", "石桥村"),
    ("BH-HT-2022-0032", "Shiqiao Village(石桥村)", "Solar street lamps 太阳能路灯", "安吉县光耀照明器材厂", "12,500.00", "2022-04-11", "Goods 采购", 12500.0, "2022-04-11", "石桥村"),
    ("BH-HT-2022-0040", "Shiqiao Village(石桥村)", "Community room roof repair 活动室屋面维修", "湖州恒固防水工程有限公司", "19,950.00", "2022-05-30", "Works 工程", 19950.0, "2022-05-30", "石桥村"),
    ("BH-HT-2022-0045", "Shiqiao Village(石桥村)", "Pond lease 鱼塘承包", "陈海根", "6,800.00", "2022-06-01", "Lease 发包", 6800.0, "2022-06-01", "石桥村"),
    ("BH-HT-2022-0051", "Liujiatang Cun(刘家塘村)", "Well pump installation 水井泵房安装", "长兴县泗安镇宏伟水电安装队", "35,000.00", "2022-04-28", "Works 工程", 35000.0, "2022-04-28", "刘家塘村"),
    ("BH-HT-2022-0052", "Liujiatang Cun(刘家塘村)", "Well pump installation II 二号井泵房安装", "长兴县泗安镇宏伟水电安装队", "35,000.00", "2022-06-30", "Works 工程", 35000.0, "2022-06-30", "刘家塘村"),
    ("BH-HT-2022-0053", "Liujiatang Cun(刘家塘村)", "Water meters 水表采购", "宁波东海水表有限公司", "7,470.00", "2022-06-15", "Goods 采购", 7470.0, "2022-06-15", "刘家塘村"),
    ("BH-HT-2022-0060", "Liujiatang Cun(刘家塘村)", "Rural water supply network 农村供水管网", "长兴县泗安镇宏伟水电安装队", "262,350.00", "2022-11-20", "Works 工程", 262350.0, "2022-11-20", "刘家塘村"),
    ("BH-HT-2022-0061", "Liujiatang Cun(刘家塘村)", "Supervision service 工程监理", "湖州诚信工程监理有限公司", "12,600.00", "2022-11-25", "Services 服务", 12600.0, "2022-11-25", "刘家塘村"),
    ("BH-HT-2022-0070", "Hongqi Cun(红旗村)", "Seedlings supply 种苗采购", "湖州绿野农业开发有限公司", "38,600.00", "2022-05-10", "Goods 采购", 38600.0, "2022-05-10", "红旗村"),
    ("BH-HT-2022-0071", "Hongqi Cun(红旗村)", "Fertiliser and film 肥料地膜", "湖州绿野农业开发有限公司", "22,500.00", "2022-06-25", "Goods 采购", 22500.0, "2022-06-25", "红旗村"),
    ("BH-HT-2022-0072", "Hongqi Cun(红旗村)", "Storage crates 周转筐", "湖州绿野农业开发有限公司", "15,300.00", "2022-08-28", "Goods 采购", 15300.0, "2022-08-28", "红旗村"),
    ("BH-HT-2022-0073", "Hongqi Cun(红旗村)", "Tractor hire 农机作业服务", "长兴县和平镇农机服务社", "19,600.00", "2022-05-30", "Services 服务", 19600.0, "2022-05-30", "红旗村"),
    ("BH-HT-2022-0074", "Hongqi Cun(红旗村)", "Cold store lease 冷库租赁", "湖州鲜果汇农产品有限公司", "180,000.00", "2021-12-20", "Lease 租赁", 180000.0, "2021-12-20", "红旗村"),
    ("BH-HT-2022-0075", "Hongqi Cun(红旗村)", "Fitness path 健身步道", "长兴县和平镇建安土石方队", "48,800.00", "2022-09-15", "Works 工程", 48800.0, "2022-09-15", "红旗村"),
    ("BH-HT-2022-0076", "Hongqi Cun(红旗村)", "Office furniture 办公家具", "长兴县雉城镇永利家具城", "9,860.00", "2022-10-08", "Goods 采购", 9860.0, "2022-10-08", "红旗村"),
]
html = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<table border="1">',
        '<tr><td colspan="9" align="center"><b>Baihe Town Rural Collective Assets Platform — Contract List 白河镇农村集体三资平台合同列表</b></td></tr>',
        '<tr><td colspan="9">Export time 导出时间: 2023-02-15 09:32:11　Amount unit: yuan 元</td></tr>',
        '<tr><th>No./序号</th><th>Contract No./合同编号</th><th>Village/村</th><th>Contract Name/合同名称</th>'
        '<th>Contractor/乙方</th><th>Amount/金额(元)</th><th>Signing Date/签订日期</th><th>Category/合同类别</th><th>Status/状态</th></tr>']
r = 4
for i, x in enumerate(rows5, 1):
    code, vil, title, cp, amt, signed, cat, amt_v, signed_v, vil_t = x
    html.append(f"<tr><td>{i}</td><td>{code}</td><td>{vil}</td><td>{title}</td><td>{cp}</td>"
                f"<td>{amt}</td><td>{signed}</td><td>{cat}</td><td>Filed 已备案</td></tr>")
    T(F5, STEM5, r, "contract", {"counterparty": cp, "amount": amt_v, "signed_on": signed_v}, vil_t)
    r += 1
html.append('<tr><td colspan="5">Total/合计 (%d contracts)</td><td>%s</td><td></td><td></td><td></td></tr>' % (len(rows5), "{:,.2f}".format(sum(x[7] for x in rows5))))
N(F5, STEM5, r, "Total/合计")
html.append("</table></body></html>")
with open(os.path.join(FILES, F5), "w", encoding="utf-8") as f:
    f.write("\n".join(html))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"rows": ROWS, "non_data": NON}, f, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
