#!/usr/bin/env python
"""Blind test set qa120: records written across several rows each.

Writes OUT/files/* and OUT/truth.json (beside this script). Deterministic.
"""
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Font
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)
for f in os.listdir(FILES):
    os.remove(os.path.join(FILES, f))

ROWS = []
NON = []


def truth(file, sheet, row, kind, village, **fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def non(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def datefmt(y, m, d, style):
    """Text (or datetime) form of a date as an accountant would type it."""
    if style == 0:
        return dt.datetime(y, m, d)
    if style == 1:
        return "%d.%d.%d" % (y, m, d)
    if style == 2:
        return "%d年%d月%d日" % (y, m, d)
    if style == 3:
        return "%04d%02d%02d" % (y, m, d)
    if style == 4:
        return "%d/%d/%d" % (y, m, d)
    return "%04d-%02d-%02d" % (y, m, d)


CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------------------
# 1. 合同台账 (xlsx): each contract two or three rows, A:C merged vertically
# ---------------------------------------------------------------------------
V1 = "清河村"
F1 = "清河村合同管理台账.xlsx"

contracts_2023 = [
    # code, title, party, amount, (y,m,d), cat, term, pay, extra
    ("QH-2023-001", "村道硬化工程（一期）施工合同", "浙江宏达建设有限公司", 386500.00, (2023, 3, 6), "工程",
     "2023年3月10日至2023年6月30日", "预付30%，完工验收后付至95%，质保金5%一年后付清", "补充：已招标，镇公共资源交易中心"),
    ("QH-2023-002", "村委会办公用品采购合同", "湖州市吴兴区百佳文具店", 8650.00, (2023, 3, 15), "采购",
     "2023年3月15日至2023年12月31日", "按月结算，凭发票付款", None),
    ("QH-2023-003", "村道硬化工程监理服务合同", "湖州正信工程监理有限公司", 12800.00, (2023, 3, 20), "服务",
     "随主体工程工期", "工程竣工验收后一次性支付", None),
    ("QH-2023-004", "河塘清淤工程合同", "长兴县水利疏浚工程队", 98000.00, (2023, 4, 2), "工程",
     "2023.4.5-2023.5.31", "完工后付80%，验收合格后付清", "村民代表会议2023年3月28日决议"),
    ("QH-2023-005", "村文化礼堂音响设备采购合同", "湖州声海音响器材有限公司", 46800.00, (2023, 4, 18), "采购",
     "交货期：合同签订后15日内", "到货安装调试合格后付全款", None),
    ("QH-2023-006", "路灯安装工程合同", "浙江光明照明工程有限公司", 149600.00, (2023, 5, 8), "工程",
     "2023年5月10日—2023年7月10日", "按进度分三期支付", "补充协议：增加路灯6盏，另行结算"),
    ("QH-2023-007", "村部保洁服务合同", "湖州洁美物业服务有限公司", 36000.00, (2023, 5, 20), "服务",
     "2023年6月1日至2024年5月31日", "按季度支付，每季9000元", None),
    ("QH-2023-008", "河塘护岸工程合同", "长兴县水利疏浚工程队", 99500.00, (2023, 6, 3), "工程",
     "2023.6.10-2023.8.10", "完工后付80%，验收合格后付清", None),
    ("QH-2023-009", "垃圾分类亭制作安装合同", "湖州绿源环保设备有限公司", 58200.00, (2023, 6, 21), "采购",
     "2023年7月15日前安装完毕", "安装验收后一次性付清", None),
    ("QH-2023-010", "村庄绿化养护合同", "湖州青禾园林绿化有限公司", 42000.00, (2023, 7, 1), "服务",
     "2023年7月1日至2024年6月30日", "半年支付一次", None),
    ("QH-2023-011", "村道硬化工程（二期）施工合同", "浙江宏达建设有限公司", 398000.00, (2023, 7, 12), "工程",
     "2023年7月20日至2023年10月31日", "预付30%，完工验收后付至95%，质保金5%一年后付清", "镇公共资源交易中心招标"),
    ("QH-2023-012", "村部屋面防水维修合同", "湖州安居防水工程有限公司", 27500.00, (2023, 8, 2), "工程",
     "2023.8.5-2023.8.25", "验收合格后付清", None),
    ("QH-2023-013", "监控设备采购安装合同", "湖州天眼安防科技有限公司", 63900.00, (2023, 8, 19), "采购",
     "签订后30日内安装完毕", "安装后付70%，运行一个月后付清", None),
    ("QH-2023-014", "农田灌溉渠道修复合同", "长兴县水利疏浚工程队", 96800.00, (2023, 9, 5), "工程",
     "2023年9月10日至2023年11月10日", "完工后付80%，验收合格后付清", None),
    ("QH-2023-015", "村史馆布展设计合同", "杭州墨香文化创意有限公司", 35000.00, (2023, 9, 22), "服务",
     "2023年10月1日至2023年12月31日", "设计稿确认付50%，布展完成付50%", None),
    ("QH-2023-016", "健身器材采购合同", "浙江康体运动器材有限公司", 24600.00, (2023, 10, 9), "采购",
     "到货期2023年10月31日", "安装验收后付清", None),
    ("QH-2023-017", "村级道路标线施划合同", "湖州通衢交通设施有限公司", 18900.00, (2023, 10, 26), "工程",
     "2023年11月1日至2023年11月20日", "完工验收后付清", None),
    ("QH-2023-018", "公厕改造工程合同", "湖州安居防水工程有限公司", 87300.00, (2023, 11, 8), "工程",
     "2023.11.15-2024.1.15", "完工付70%，验收后付至97%，余款一年后付清", "村民代表会议2023年11月20日追认"),
    ("QH-2023-019", "财务软件服务合同", "浙江农经信息技术有限公司", 4800.00, (2023, 11, 30), "服务",
     "2024年1月1日至2024年12月31日", "合同签订后一次性支付", None),
    ("QH-2023-020", "冬季道路除雪防滑物资采购合同", "湖州市吴兴区百佳文具店", 6200.00, (2023, 12, 12), "采购",
     "即时交货", "货到付款", None),
]
contracts_2022 = [
    ("QH-2022-011", "村委会办公楼外立面整治合同", "浙江宏达建设有限公司", 189000.00, (2022, 8, 15), "工程",
     "2022年8月20日至2022年11月20日", "按进度支付，质保金5%", None),
    ("QH-2022-012", "文化礼堂座椅采购合同", "湖州声海音响器材有限公司", 31200.00, (2022, 9, 2), "采购",
     "2022年9月30日前交货", "到货验收后付清", None),
    ("QH-2022-013", "村庄规划编制服务合同", "湖州城乡规划设计院有限公司", 68000.00, (2022, 9, 28), "服务",
     "2022年10月1日至2023年3月31日", "签订付30%，评审通过付60%，批复后付10%", None),
    ("QH-2022-014", "机耕路修复工程合同", "长兴县水利疏浚工程队", 76500.00, (2022, 10, 18), "工程",
     "2022.10.20-2022.12.20", "完工后付80%，验收合格后付清", None),
    ("QH-2022-015", "消防器材采购合同", "湖州平安消防器材有限公司", 9860.00, (2022, 11, 3), "采购",
     "签订后10日内交货", "货到验收付清", None),
    ("QH-2022-016", "村部食堂改造合同", "湖州安居防水工程有限公司", 45000.00, (2022, 11, 25), "工程",
     "2022年12月1日至2022年12月31日", "完工验收后付清", None),
    ("QH-2022-017", "垃圾清运服务合同", "湖州洁美物业服务有限公司", 24000.00, (2022, 12, 10), "服务",
     "2023年1月1日至2023年12月31日", "按季度支付", None),
    ("QH-2022-018", "党群服务中心电脑采购合同", "湖州联创电脑有限公司", 21600.00, (2022, 12, 26), "采购",
     "签订后7日内交货", "到货验收后付清", None),
]


def write_contract_sheet(ws, title, items, year_style_offset):
    ws.append([title])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.append(["填报单位：长兴县和平镇清河村股份经济合作社", None, None, None, None, None, "单位：元"])
    ws.append(["序号", "合同编号", "合同名称", "乙方（对方单位）", "合同金额", "签订日期", "合同类别", "经办人"])
    ws.append([None, None, None, "合同期限", "付款方式", None, None, None])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:C4")
    ws.merge_cells("E4:H4")
    for c in ws[3] + ws[4]:
        c.alignment = CENTER
        c.font = Font(bold=True)
    r = 5
    handlers = ["王建国", "陈丽华", "王建国", "沈国强"]
    total = 0.0
    for i, (code, tt, party, amt, (y, m, d), cat, term, pay, extra) in enumerate(items):
        style = (i + year_style_offset) % 5
        date_val = datefmt(y, m, d, style)
        amt_cell = amt
        if i % 7 == 3:
            amt_cell = "{:,.2f}".format(amt)
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, code)
        ws.cell(r, 3, tt)
        ws.cell(r, 4, party)
        ws.cell(r, 5, amt_cell)
        c = ws.cell(r, 6, date_val)
        if isinstance(date_val, dt.datetime):
            c.number_format = "yyyy-mm-dd"
        ws.cell(r, 7, cat)
        ws.cell(r, 8, handlers[i % 4])
        truth(F1, ws.title, r, "contract", V1, counterparty=party, amount=amt, signed_on=iso(y, m, d))
        total += amt
        ws.cell(r + 1, 4, "合同期限：" + term)
        ws.cell(r + 1, 5, "付款方式：" + pay)
        ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=8)
        non(F1, ws.title, r + 1, "续行：合同%s的合同期限/付款方式" % code)
        span = 2
        if extra:
            ws.cell(r + 2, 4, "备注：" + extra)
            ws.merge_cells(start_row=r + 2, start_column=4, end_row=r + 2, end_column=8)
            non(F1, ws.title, r + 2, "续行：合同%s的备注" % code)
            span = 3
        for col in (1, 2, 3):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + span - 1, end_column=col)
            ws.cell(r, col).alignment = CENTER
        r += span
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, round(total, 2))
    non(F1, ws.title, r, "合计")
    r += 2
    ws.cell(r, 1, "说明：1.每份合同第二行为合同期限及付款方式；2.合同原件存村档案室。")
    non(F1, ws.title, r, "说明")
    r += 1
    ws.cell(r, 1, "制表人：陈丽华")
    ws.cell(r, 5, "审核人：王建国")
    non(F1, ws.title, r, "签名")
    for col, w in zip("ABCDEFGH", (6, 14, 30, 34, 18, 14, 10, 10)):
        ws.column_dimensions[col].width = w


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2023年合同"
write_contract_sheet(ws, "清河村2023年度合同管理台账", contracts_2023, 0)
ws = wb.create_sheet("2022年合同")
write_contract_sheet(ws, "清河村2022年度合同管理台账", contracts_2022, 2)
wb.save(os.path.join(FILES, F1))

# ---------------------------------------------------------------------------
# 2. 日记账 (xls, BIFF): 摘要 wraps onto a second row, amount on the first
# ---------------------------------------------------------------------------
F2 = "清河村2023年银行存款及现金日记账.xls"

bank = [
    # (m, d, voucher, summary lines, party lines, debit(in), credit(out))
    (1, 5, "记-01", ["收到镇财政拨付2022年度村级", "组织运转经费"], ["长兴县和平镇财政所"], 120000.00, 0),
    (1, 12, "记-03", ["支付2022年度村道保洁", "第四季度服务费"], ["湖州洁美物业服务", "有限公司"], 0, 6000.00),
    (1, 20, "记-05", ["收到村集体厂房租金"], ["长兴恒丰纺织有限公司"], 86000.00, 0),
    (1, 28, "记-07", ["支付机耕路修复工程款", "（验收合格后付清尾款）"], ["长兴县水利疏浚工程队"], 0, 15300.00),
    (2, 8, "记-02", ["支付村庄规划编制服务费", "第二期60%"], ["湖州城乡规划设计院", "有限公司"], 0, 40800.00),
    (2, 16, "记-04", ["收到土地流转租金"], ["长兴绿野家庭农场"], 32500.00, 0),
    (2, 25, "记-06", ["支付财务软件年服务费"], ["浙江农经信息技术有限公司"], 0, 4800.00),
    (3, 10, "记-03", ["支付村委会办公楼外立面整治", "工程质保金以外的剩余工程款"], ["浙江宏达建设有限公司"], 0, 56700.00),
    (3, 22, "记-06", ["收到上级补助资金", "（美丽乡村建设专项）"], ["长兴县财政局"], 300000.00, 0),
    (3, 29, "记-08", ["支付村道硬化工程（一期）", "预付款30%"], ["浙江宏达建设有限公司"], 0, 115950.00),
    (4, 12, "记-02", ["支付文化礼堂音响设备款"], ["湖州声海音响器材有限公司"], 0, 46800.00),
    (4, 26, "记-05", ["收到鱼塘承包金"], ["周海林"], 12000.00, 0),
    (5, 9, "记-03", ["支付河塘清淤工程进度款", "完工后付80%"], ["长兴县水利疏浚工程队"], 0, 78400.00),
    (5, 23, "记-06", ["支付路灯安装工程", "第一期进度款"], ["浙江光明照明工程", "有限公司"], 0, 50000.00),
    (6, 14, "记-04", ["收到村集体商铺租金", "（2023年下半年）"], ["湖州市吴兴区鲜丰超市"], 18000.00, 0),
    (6, 28, "记-07", ["支付村部保洁服务费", "第一季度"], ["湖州洁美物业服务有限公司"], 0, 9000.00),
    (7, 6, "记-02", ["支付河塘清淤工程尾款"], ["长兴县水利疏浚工程队"], 0, 19600.00),
    (7, 19, "记-04", ["支付垃圾分类亭制作安装款"], ["湖州绿源环保设备有限公司"], 0, 58200.00),
    (7, 31, "记-09", ["支付村道硬化工程（一期）", "验收后付至95%"], ["浙江宏达建设有限公司"], 0, 251225.00),
    (8, 4, "记-01", ["收到村道硬化工程以奖代补", "资金（县交通局）"], ["长兴县交通运输局"], 150000.00, 0),
    (8, 18, "记-03", ["支付村道硬化工程（二期）", "预付款30%"], ["浙江宏达建设有限公司"], 0, 119400.00),
    (8, 30, "记-06", ["支付村部屋面防水维修款"], ["湖州安居防水工程", "有限公司"], 0, 27500.00),
    (9, 12, "记-02", ["支付监控设备采购安装款", "安装后付70%"], ["湖州天眼安防科技有限公司"], 0, 44730.00),
    (9, 27, "记-05", ["收到村东厂房租金", "（2023年第三季度）"], ["长兴恒丰纺织有限公司"], 21500.00, 0),
    (10, 10, "记-01", ["支付村庄绿化养护费", "（上半年）"], ["湖州青禾园林绿化有限公司"], 0, 21000.00),
    (10, 25, "记-04", ["支付健身器材采购款"], ["浙江康体运动器材有限公司"], 0, 24600.00),
    (11, 8, "记-02", ["支付农田灌溉渠道修复工程款", "完工后付80%"], ["长兴县水利疏浚工程队"], 0, 77440.00),
    (11, 24, "记-05", ["支付村级道路标线施划款"], ["湖州通衢交通设施有限公司"], 0, 18900.00),
    (12, 6, "记-01", ["收到光伏屋顶租金"], ["浙江阳光新能源科技", "有限公司"], 9000.00, 0),
    (12, 20, "记-04", ["支付公厕改造工程款", "完工付70%"], ["湖州安居防水工程有限公司"], 0, 61110.00),
    (12, 28, "记-07", ["支付村史馆布展设计费", "设计稿确认付50%"], ["杭州墨香文化创意有限公司"], 0, 17500.00),
]
cash = [
    (1, 6, "记-02", ["提取备用金"], None, 5000.00, 0),
    (1, 15, "记-04", ["购买办公用品（打印纸、", "墨盒、文件夹）"], None, 0, 860.00),
    (2, 3, "记-01", ["支付春节慰问困难户", "慰问金（8户）"], None, 0, 2400.00),
    (2, 20, "记-05", ["收取村民小组会议场地", "使用费"], None, 300.00, 0),
    (3, 8, "记-02", ["支付三八节妇女活动", "场地布置费"], None, 0, 650.00),
    (3, 18, "记-05", ["报销村干部赴县开会交通费"], None, 0, 236.00),
    (4, 7, "记-01", ["支付清明节森林防火", "巡查人员误工补贴"], None, 0, 1800.00),
    (4, 21, "记-04", ["提取备用金"], None, 3000.00, 0),
    (5, 16, "记-03", ["购买村部饮用桶装水"], None, 0, 420.00),
    (6, 2, "记-01", ["支付防汛物资（编织袋、", "铁锹、雨衣）采购款"], None, 0, 1560.00),
    (7, 11, "记-03", ["支付高温慰问一线保洁员", "防暑降温用品"], None, 0, 980.00),
    (7, 25, "记-05", ["提取备用金"], None, 4000.00, 0),
    (8, 1, "记-01", ["支付八一慰问退役军人", "慰问品"], None, 0, 1200.00),
    (9, 28, "记-06", ["购买国庆节村道彩旗"], None, 0, 540.00),
    (10, 23, "记-05", ["支付重阳节敬老活动", "餐费（60位老人）"], None, 0, 1800.00),
    (11, 14, "记-03", ["收回村民借用帐篷押金"], None, 200.00, 0),
    (12, 22, "记-06", ["支付年终村务公开栏", "资料打印费"], None, 0, 380.00),
]


def xls_styles():
    title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
    head = xlwt.easyxf("font: bold on; align: horiz center, vert center, wrap on; borders: left thin, right thin, top thin, bottom thin")
    num = xlwt.easyxf(num_format_str="#,##0.00")
    date = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    return title, head, num, date


def write_journal(ws, title, opening, entries, with_party, fname):
    st_title, st_head, st_num, _ = xls_styles()
    ncol = 9 if with_party else 8
    ws.write_merge(0, 0, 0, ncol - 1, title, st_title)
    ws.write(1, 0, "核算单位：清河村股份经济合作社")
    ws.write(1, ncol - 2, "单位：元")
    # two-row header: 2023年 over 月 / 日
    ws.write_merge(2, 2, 0, 1, "2023年", st_head)
    ws.write(3, 0, "月", st_head)
    ws.write(3, 1, "日", st_head)
    cols = ["凭证号数", "摘要"] + (["对方户名"] if with_party else []) + ["借方", "贷方", "借或贷", "余额"]
    for j, h in enumerate(cols):
        ws.write_merge(2, 3, 2 + j, 2 + j, h, st_head)
    c_sum = 3
    c_party = 4 if with_party else None
    c_dr = 5 if with_party else 4
    c_cr = c_dr + 1
    c_dir = c_dr + 2
    c_bal = c_dr + 3
    r = 4  # 0-based -> Excel row 5
    ws.write(r, c_sum, "上年结转")
    ws.write(r, c_dir, "借")
    ws.write(r, c_bal, opening, st_num)
    non(fname, ws.name, r + 1, "上年结转")
    r += 1
    bal = opening
    year_dr = year_cr = 0.0
    month = entries[0][0]
    m_dr = m_cr = 0.0

    def month_close(r, m, m_dr, m_cr, year_dr, year_cr, bal):
        ws.write(r, 0, m)
        ws.write(r, c_sum, "本月合计")
        ws.write(r, c_dr, m_dr, st_num)
        ws.write(r, c_cr, m_cr, st_num)
        ws.write(r, c_dir, "借")
        ws.write(r, c_bal, bal, st_num)
        non(fname, ws.name, r + 1, "本月合计")
        r += 1
        ws.write(r, 0, m)
        ws.write(r, c_sum, "本年累计")
        ws.write(r, c_dr, year_dr, st_num)
        ws.write(r, c_cr, year_cr, st_num)
        ws.write(r, c_dir, "借")
        ws.write(r, c_bal, bal, st_num)
        non(fname, ws.name, r + 1, "本年累计")
        return r + 1

    for (m, d, v, summ, party, dr, cr) in entries:
        if m != month:
            r = month_close(r, month, m_dr, m_cr, year_dr, year_cr, bal)
            month = m
            m_dr = m_cr = 0.0
        bal = round(bal + dr - cr, 2)
        m_dr += dr
        m_cr += cr
        year_dr += dr
        year_cr += cr
        ws.write(r, 0, m)
        ws.write(r, 1, d)
        ws.write(r, 2, v)
        ws.write(r, c_sum, summ[0])
        if with_party:
            ws.write(r, c_party, party[0])
        if dr:
            ws.write(r, c_dr, dr, st_num)
        if cr:
            ws.write(r, c_cr, cr, st_num)
        ws.write(r, c_dir, "借")
        ws.write(r, c_bal, bal, st_num)
        truth(fname, ws.name, r + 1, "payment", V1, date=iso(2023, m, d),
              amount=dr if dr else cr, direction="in" if dr else "out",
              counterparty=("".join(party) if with_party else None))
        nlines = max(len(summ), len(party) if party else 1)
        for k in range(1, nlines):
            r += 1
            if k < len(summ):
                ws.write(r, c_sum, summ[k])
            if with_party and k < len(party):
                ws.write(r, c_party, party[k])
            non(fname, ws.name, r + 1, "摘要续行（上一笔%d月%d日%s）" % (m, d, v))
        r += 1
    r = month_close(r, month, m_dr, m_cr, year_dr, year_cr, bal)
    r += 1
    ws.write(r, 0, "会计：陈丽华")
    ws.write(r, 4, "出纳：沈美芳")
    ws.write(r, c_bal - 1, "村务监督委员会主任：李志刚")
    non(fname, ws.name, r + 1, "签名")
    ws.col(c_sum).width = 256 * 30
    if with_party:
        ws.col(c_party).width = 256 * 26


wbx = xlwt.Workbook(encoding="utf-8")
ws = wbx.add_sheet("银行存款日记账")
write_journal(ws, "清河村银行存款日记账（农商银行和平支行 201000123456789）", 563560.42, bank, True, F2)
ws = wbx.add_sheet("现金日记账")
write_journal(ws, "清河村现金日记账", 1286.50, cash, False, F2)
wbx.save(os.path.join(FILES, F2))

# ---------------------------------------------------------------------------
# 3. 固定资产登记簿 (xlsx): 附属设备 sub-rows under some assets
# ---------------------------------------------------------------------------
V3 = "柳湾村"
F3 = "柳湾村固定资产登记簿.xlsx"
assets = [
    # code, name, cat, spec, qty, value, date, place, status, keeper, subs[(name, spec, qty, value, date|None)]
    ("LW-FW-001", "村委会办公楼", "房屋及建筑物", "砖混三层 860㎡", 1, 1285000.00, (2012, 9, 30), "村部", "在用", "吴卫东",
     [("中央空调", "格力 GMV-280WM", 1, 68000.00, (2016, 6, 12)),
      ("消防报警系统", "海湾 JB-QB-GST200", 1, 23500.00, None)]),
    ("LW-FW-002", "文化礼堂", "房屋及建筑物", "钢结构 520㎡", 1, 968000.00, (2018, 11, 20), "村中心", "在用", "吴卫东",
     [("舞台灯光音响", "成套", 1, 52800.00, (2019, 1, 8))]),
    ("LW-FW-003", "农贸市场摊位用房", "房屋及建筑物", "砖混一层 36间", 1, 742000.00, (2015, 5, 18), "柳湾路18号", "出租", "孙建平", []),
    ("LW-FW-004", "老年活动中心", "房屋及建筑物", "砖混二层 380㎡", 1, 456000.00, (2010, 7, 1), "村中心", "在用", "孙建平", []),
    ("LW-GC-001", "提水泵站", "构筑物", "双泵", 1, 186000.00, (2014, 4, 15), "东畈", "在用", "何金根",
     [("潜水泵", "QJ-150-30", 2, 17600.00, None),
      ("配电柜", "XL-21", 1, 8900.00, (2014, 4, 15)),
      ("变压器", "S11-100kVA", 1, 42000.00, (2014, 4, 15))]),
    ("LW-GC-002", "村级污水处理终端", "构筑物", "日处理30吨", 1, 325000.00, (2017, 10, 10), "西村", "在用", "何金根",
     [("曝气风机", "HC-501S", 2, 12400.00, None)]),
    ("LW-GC-003", "灌溉机埠", "构筑物", "", 3, 93000.00, (2011, 3, 20), "南畈", "在用", "何金根", []),
    ("LW-JQ-001", "小型挖掘机", "机器设备", "三一SY16C", 1, 168000.00, (2020, 3, 5), "村仓库", "在用", "孙建平", []),
    ("LW-JQ-002", "垃圾清运车", "交通运输设备", "东风多利卡 5吨", 1, 132000.00, (2019, 8, 22), "村仓库", "在用", "孙建平",
     [("车载压缩装置", "ZYS-5", 1, 26000.00, (2019, 8, 22))]),
    ("LW-JQ-003", "发电机组", "机器设备", "康明斯 50kW", 1, 58600.00, (2021, 6, 30), "村部", "备用", "吴卫东", []),
    ("LW-JQ-004", "植保无人机", "机器设备", "大疆T20", 1, 49800.00, (2022, 4, 12), "村仓库", "在用", "何金根", []),
    ("LW-DZ-001", "办公电脑", "电子设备", "联想启天M430", 6, 27000.00, (2021, 12, 3), "村部", "在用", "吴卫东", []),
    ("LW-DZ-002", "监控系统", "电子设备", "海康威视 32路", 1, 86400.00, (2020, 11, 18), "全村", "在用", "吴卫东",
     [("硬盘录像机", "DS-8632N", 1, 6800.00, None),
      ("监控摄像头", "DS-2CD3T46", 32, 28800.00, None)]),
    ("LW-DZ-003", "LED显示屏", "电子设备", "P4 户外 12㎡", 1, 38500.00, (2019, 5, 26), "文化礼堂", "在用", "孙建平", []),
    ("LW-BG-001", "会议桌椅", "办公家具", "成套", 1, 18600.00, (2018, 12, 1), "村部", "在用", "吴卫东", []),
    ("LW-BG-002", "档案密集柜", "办公家具", "手摇式 8列", 1, 32400.00, (2017, 9, 9), "村档案室", "在用", "吴卫东", []),
    ("LW-QT-001", "健身路径器材", "其他", "12件套", 1, 36800.00, (2016, 7, 7), "村公园", "在用", "孙建平", []),
    ("LW-QT-002", "太阳能路灯", "其他", "6米灯杆", 45, 157500.00, (2018, 6, 16), "村道", "在用", "何金根", []),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "固定资产"
ws.append(["柳湾村集体固定资产登记簿"])
ws.merge_cells("A1:K1")
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = CENTER
ws.append(["编报单位：长兴县和平镇柳湾村经济合作社", None, None, None, None, None, None, None, "截至2023年12月31日", None, "单位：元"])
ws.append(["资产编号", "资产名称", "附属设备", "类别", "规格型号", "数量", "原值", "购置日期", "存放地点", "使用状况", "管理人"])
r = 4
total = 0.0
k = 0
for (code, name, cat, spec, qty, val, (y, m, d), place, status, keeper, subs) in assets:
    date_val = datefmt(y, m, d, k % 6)
    k += 1
    row = [code, name, None, cat, spec, qty, val, date_val, place, status, keeper]
    for j, v in enumerate(row):
        c = ws.cell(r, j + 1, v)
        if isinstance(v, dt.datetime):
            c.number_format = "yyyy年m月d日"
    truth(F3, ws.title, r, "asset", V3, name=name, amount=val, acquired_on=iso(y, m, d))
    total += val
    for i, (sname, sspec, sqty, sval, sdate) in enumerate(subs):
        rr = r + 1 + i
        ws.cell(rr, 3, sname)
        ws.cell(rr, 5, sspec)
        ws.cell(rr, 6, sqty)
        ws.cell(rr, 7, sval)
        if sdate:
            ws.cell(rr, 8, datefmt(sdate[0], sdate[1], sdate[2], 1))
        ws.cell(rr, 10, status)
        truth(F3, ws.title, rr, "asset", V3, name=sname, amount=sval,
              acquired_on=(iso(*sdate) if sdate else None))
        total += sval
    if subs:
        # 资产编号、资产名称 merged over the asset and its 附属设备 rows
        for col in (1, 2, 4):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + len(subs), end_column=col)
            ws.cell(r, col).alignment = CENTER
    r += 1 + len(subs)
ws.cell(r, 1, "合计")
ws.cell(r, 7, round(total, 2))
non(F3, ws.title, r, "合计")
r += 1
ws.cell(r, 1, "注：附属设备单独计价，其原值未包含在主体资产原值内。")
non(F3, ws.title, r, "注")
r += 2
ws.cell(r, 1, "资产管理员：孙建平")
ws.cell(r, 5, "会计：沈雅琴")
ws.cell(r, 9, "村负责人：吴卫东")
non(F3, ws.title, r, "签名")
for col, w in zip("ABCDEFGHIJK", (12, 18, 14, 14, 18, 6, 14, 16, 12, 10, 8)):
    ws.column_dimensions[col].width = w

# second sheet: 资产负债表 (not a record kind)
ws2 = wb.create_sheet("资产负债表")
ws2.append(["资产负债表（简表）"])
ws2.append(["编制单位：柳湾村经济合作社", None, "2023年12月31日", "单位：元"])
ws2.append(["资产", "期末数", "负债及所有者权益", "期末数"])
bs = [("货币资金", 862340.55, "应付款", 126500.00),
      ("应收款", 45600.00, "应付工资", 38000.00),
      ("固定资产原值", 5347100.00, "所有者权益", 6090540.55),
      ("合计", 6255040.55, "合计", 6255040.55)]
for i, row in enumerate(bs):
    ws2.append(list(row))
    non(F3, "资产负债表", 4 + i, "资产负债表行（非台账）")
wb.save(os.path.join(FILES, F3))

# ---------------------------------------------------------------------------
# 4. 村干部及近亲属备案表 (xls): relatives on the rows under each cadre
# ---------------------------------------------------------------------------
F4 = "清河村村干部及近亲属备案表.xls"
cadres_a = [
    # name, sex, birth, position, phone, relatives[(name, rel, work)]
    ("王建国", "男", "1968.05", "党支部书记、村委会主任", "13905721188",
     [("李秀英", "妻子", "务农"), ("王志强", "儿子", "长兴志强建材经营部（个体）"), ("王建军", "弟弟", "挖掘机个体经营")]),
    ("陈丽华", "女", "1979.11", "村委会委员、报账员", "13735219026",
     [("沈国强", "丈夫", "本村村民委员会委员"), ("陈海峰", "哥哥", "湖州安居防水工程有限公司")]),
    ("沈国强", "男", "1976.03", "村委会委员", "15857263311",
     [("陈丽华", "妻子", "本村报账员")]),
    ("张卫平", "男", "1972.08", "党支部副书记", "13587240772",
     [("周月娥", "妻子", "村幼儿园"), ("张磊", "儿子", "浙江宏达建设有限公司项目经理")]),
    ("徐红梅", "女", "1985.01", "党支部委员、妇联主席", "18857296625", []),
    ("钱小东", "男", "1990.06", "村委会委员、团支部书记", "15068299813",
     [("钱福根", "父亲", "务农"), ("刘娟", "配偶", "长兴县第二人民医院")]),
    ("赵永明", "男", "1966.12", "村民小组长（一组）", "13867259450",
     [("赵丽", "女儿", "湖州洁美物业服务有限公司")]),
    ("孙阿毛", "男", "1963.04", "村民小组长（二组）", "13511287064", []),
]
cadres_b = [
    ("李志刚", "村务监督委员会主任", "13757293344", [("王芳", "妻子", "务农"), ("李强", "儿子", "长兴绿野家庭农场")]),
    ("吴美娟", "村务监督委员会委员", "15957284417", [("顾建华", "丈夫", "湖州青禾园林绿化有限公司")]),
    ("顾小平", "村务监督委员会委员", "13456200981", []),
]

wbx = xlwt.Workbook(encoding="utf-8")
st_title, st_head, st_num, st_date = xls_styles()
ws = wbx.add_sheet("村两委干部")
ws.write_merge(0, 0, 0, 7, "清河村村干部及近亲属情况备案表", st_title)
ws.write_merge(1, 1, 0, 7, "填报时间：2023年3月    （近亲属列于本人下方，“职务/关系”栏填写与本人关系）")
for j, h in enumerate(["序号", "姓名", "性别", "出生年月", "职务/关系", "工作单位或从业情况", "联系电话", "备注"]):
    ws.write(2, j, h, st_head)
r = 3
for i, (name, sex, birth, pos, phone, rels) in enumerate(cadres_a):
    for j, v in enumerate([i + 1, name, sex, birth, pos, "清河村", phone, "本人"]):
        ws.write(r, j, v)
    truth(F4, ws.name, r + 1, "cadre", V1, name=name, position=pos)
    r += 1
    for (rn, rel, work) in rels:
        ws.write(r, 1, rn)
        ws.write(r, 4, rel)
        ws.write(r, 5, work)
        ws.write(r, 7, "近亲属")
        non(F4, ws.name, r + 1, "近亲属：%s之%s%s" % (name, rel, rn))
        r += 1
r += 1
ws.write(r, 0, "注：近亲属包括配偶、父母、子女、兄弟姐妹及其配偶。")
non(F4, ws.name, r + 1, "注")
r += 1
ws.write(r, 0, "填表人：陈丽华")
ws.write(r, 4, "审核人（盖章）：王建国")
non(F4, ws.name, r + 1, "签名")
ws.col(4).width = 256 * 24
ws.col(5).width = 256 * 30

ws = wbx.add_sheet("村监委")
ws.write_merge(0, 0, 0, 6, "清河村村务监督委员会成员及近亲属情况", st_title)
ws.write_merge(1, 2, 0, 0, "序号", st_head)
ws.write_merge(1, 1, 1, 3, "本人情况", st_head)
ws.write_merge(1, 1, 4, 6, "近亲属情况", st_head)
for j, h in enumerate(["姓名", "职务", "联系电话", "姓名", "关系", "工作单位"]):
    ws.write(2, 1 + j, h, st_head)
r = 3
for i, (name, pos, phone, rels) in enumerate(cadres_b):
    n = max(1, len(rels))
    if n > 1:
        ws.write_merge(r, r + n - 1, 0, 0, i + 1)
        ws.write_merge(r, r + n - 1, 1, 1, name)
        ws.write_merge(r, r + n - 1, 2, 2, pos)
        ws.write_merge(r, r + n - 1, 3, 3, phone)
    else:
        ws.write(r, 0, i + 1)
        ws.write(r, 1, name)
        ws.write(r, 2, pos)
        ws.write(r, 3, phone)
    truth(F4, ws.name, r + 1, "cadre", V1, name=name, position=pos)
    for k2, (rn, rel, work) in enumerate(rels):
        ws.write(r + k2, 4, rn)
        ws.write(r + k2, 5, rel)
        ws.write(r + k2, 6, work)
        if k2 > 0:
            non(F4, ws.name, r + k2 + 1, "近亲属续行：%s之%s%s" % (name, rel, rn))
    if not rels:
        ws.write(r, 4, "无")
    r += n
ws.col(2).width = 256 * 22
ws.col(6).width = 256 * 28
wbx.save(os.path.join(FILES, F4))

# ---------------------------------------------------------------------------
# 5. 资源租赁台账 (xlsx): rent changes by period on sub-rows
# ---------------------------------------------------------------------------
F5 = "柳湾村集体资源发包租赁台账.xlsx"
leases = [
    # name, cat, loc, area_text, area_mu, party, (start), (end), periods[(label, rent)], method
    ("东畈水田A块", "耕地", "东畈", "52.6", 52.6, "长兴绿野家庭农场", (2021, 1, 1), (2026, 12, 31),
     [("2021-2023年", 5000.0), ("2024-2026年", 5500.0)], "公开竞价"),
    ("东畈水田B块", "耕地", "东畈", "38", 38.0, "何金宝", (2020, 3, 1), (2025, 2, 28),
     [("2020.3-2025.2", 22800.0)], "协商"),
    ("南畈旱地", "耕地", "南畈", "24.5", 24.5, "湖州丰收果蔬专业合作社", (2019, 1, 1), (2028, 12, 31),
     [("2019-2021年", 12250.0), ("2022-2024年", 13475.0), ("2025-2028年", 14700.0)], "公开招标"),
    ("大塘鱼塘", "水面", "村北", "31.2", 31.2, "周海林", (2022, 1, 1), (2026, 12, 31),
     [("2022-2026年", 12000.0)], "公开竞价"),
    ("小塘鱼塘", "水面", "村西", "8.6", 8.6, "周海林", (2022, 1, 1), (2026, 12, 31),
     [("2022-2026年", 3600.0)], "协商"),
    ("后山毛竹林", "林地", "后山", "2.4公顷", 36.0, "长兴竹韵竹业有限公司", (2018, 7, 1), (2033, 6, 30),
     [("2018.7-2023.6", 7200.0), ("2023.7-2028.6", 8280.0), ("2028.7-2033.6", 9520.0)], "公开招标"),
    ("村东厂房", "厂房", "工业区块", "1850平方米", 2.77, "长兴恒丰纺织有限公司", (2021, 1, 1), (2025, 12, 31),
     [("2021-2023年", 86000.0), ("2024-2025年", 92000.0)], "公开招标"),
    ("农贸市场摊位用房", "房屋", "柳湾路18号", "620平方米", 0.93, "湖州市吴兴区鲜丰超市", (2022, 7, 1), (2027, 6, 30),
     [("2022.7-2027.6", 36000.0)], "公开竞价"),
    ("老村部闲置用房", "房屋", "村中心", "280平方米", 0.42, "孙美华", (2023, 1, 1), (2025, 12, 31),
     [("2023-2025年", 6000.0)], "协商"),
    ("西畈水田", "耕地", "西畈", "46.8", 46.8, "长兴绿野家庭农场", (2021, 1, 1), (2030, 12, 31),
     [("2021-2023年", 23400.0), ("2024-2026年", 25740.0), ("2027-2030年", 28080.0)], "公开竞价"),
    ("茶园", "林地", "南山坡", "65", 65.0, "长兴紫笋茶业有限公司", (2016, 3, 1), (2031, 2, 28),
     [("2016.3-2021.2", 19500.0), ("2021.3-2026.2", 22750.0), ("2026.3-2031.2", 26000.0)], "公开招标"),
    ("苗木基地", "耕地", "北畈", "1.8公顷", 27.0, "湖州青禾园林绿化有限公司", (2020, 10, 1), (2030, 9, 30),
     [("2020.10-2025.9", 16200.0), ("2025.10-2030.9", 17820.0)], "公开竞价"),
    ("沿河滩地", "其他", "苕溪沿岸", "12.3", 12.3, "吴国庆", (2022, 1, 1), (2024, 12, 31),
     [("2022-2024年", 2460.0)], "协商"),
    ("光伏屋顶", "房屋", "文化礼堂屋顶", "900平方米", 1.35, "浙江阳光新能源科技有限公司", (2021, 5, 1), (2041, 4, 30),
     [("2021.5-2041.4", 9000.0)], "协商"),
    ("大棚蔬菜基地", "耕地", "东畈", "18.5", 18.5, "湖州丰收果蔬专业合作社", (2023, 1, 1), (2027, 12, 31),
     [("2023-2025年", 11100.0), ("2026-2027年", 12025.0)], "公开竞价"),
    ("废弃砖窑场地", "建设用地", "村南", "4.2", 4.2, "长兴县和平镇永达废品回收站", (2020, 1, 1), (2029, 12, 31),
     [("2020-2029年", 8400.0)], "协商"),
    ("水库养殖水面", "水面", "柳湾水库", "120", 120.0, "何金宝", (2019, 1, 1), (2028, 12, 31),
     [("2019-2023年", 24000.0), ("2024-2028年", 26400.0)], "公开招标"),
    ("村西仓库", "房屋", "村西", "450平方米", 0.67, "长兴县吉祥物流有限公司", (2023, 4, 1), (2026, 3, 31),
     [("2023.4-2026.3", 15000.0)], "公开竞价"),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "发包租赁台账"
ws.append(["柳湾村集体资源发包（租赁）登记台账"])
ws.merge_cells("A1:L1")
ws["A1"].font = Font(size=16, bold=True)
ws["A1"].alignment = CENTER
ws.append(["单位：柳湾村经济合作社", None, None, None, None, None, None, None, None, None, "金额单位：元"])
ws.append(["序号", "资源名称", "类型", "坐落", "面积", "承包（租）方", "承包期限", None, "租金标准", None, "发包方式", "备注"])
ws.append([None, None, None, None, None, None, "起", "止", "计租期间", "年租金", None, None])
for col in ("A", "B", "C", "D", "E", "F", "K", "L"):
    ws.merge_cells("%s3:%s4" % (col, col))
ws.merge_cells("G3:H3")
ws.merge_cells("I3:J3")
for c in ws[3] + ws[4]:
    c.alignment = CENTER
    c.font = Font(bold=True)
r = 5
n = 0
for i, (name, cat, loc, area_text, area_mu, party, s, e, periods, method) in enumerate(leases):
    st = i % 4
    start_v = datefmt(s[0], s[1], s[2], (1, 2, 0, 5)[st])
    end_v = datefmt(e[0], e[1], e[2], (1, 2, 0, 5)[st])
    vals = [i + 1, name, cat, loc, area_text if not area_text.replace(".", "").isdigit() else float(area_text),
            party, start_v, end_v, periods[0][0], periods[0][1], method,
            ("租金分段递增，见下行" if len(periods) > 1 else None)]
    for j, v in enumerate(vals):
        c = ws.cell(r, j + 1, v)
        if isinstance(v, dt.datetime):
            c.number_format = "yyyy-mm-dd"
    if "平方米" in area_text:
        area_mu = round(float(area_text.replace("平方米", "")) / 666.67, 2)
    truth(F5, ws.title, r, "resource", V3, name=name, counterparty=party, amount=periods[0][1],
          area=area_mu, started_on=iso(*s), ended_on=iso(*e))
    for k2, (lab, rent) in enumerate(periods[1:]):
        ws.cell(r + 1 + k2, 9, lab)
        ws.cell(r + 1 + k2, 10, rent)
        non(F5, ws.title, r + 1 + k2, "租金分段续行：%s %s %.0f元/年" % (name, lab, rent))
    if len(periods) > 1:
        for col in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12):
            ws.merge_cells(start_row=r, start_column=col, end_row=r + len(periods) - 1, end_column=col)
            ws.cell(r, col).alignment = CENTER
    r += len(periods)
r += 1
ws.cell(r, 1, "注：1.面积未注明单位的为亩；2.分段计租的，续行为后续期间的年租金标准；3.租金每年1月31日前缴纳。")
non(F5, ws.title, r, "注")
r += 1
ws.cell(r, 1, "经办人：孙建平")
ws.cell(r, 6, "村务监督委员会：何小燕")
ws.cell(r, 10, "2024年1月5日")
non(F5, ws.title, r, "签名")
for col, w in zip("ABCDEFGHIJKL", (6, 16, 8, 12, 10, 28, 12, 12, 14, 10, 10, 20)):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(FILES, F5))

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print("rows", len(ROWS), "non_data", len(NON))
