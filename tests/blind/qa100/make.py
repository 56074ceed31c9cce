# -*- coding: utf-8 -*-
"""Blind test set: contracts with nested changes (补充协议/变更/签证/增减项),
payment-schedule blocks, a 合同变更登记表, a 工程签证单汇总 and a bank journal
paying against the contracts.  Deterministic; writes files/ and truth.json."""
import csv
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


def T(file, sheet, row, kind, fields, village=None):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind, "fields": fields}
    if village:
        d["village"] = village
    ROWS.append(d)


def N(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def money(x):
    return "{:,.2f}".format(x)


def signed(x, dec=True):
    s = "{:,.2f}".format(abs(x)) if dec else "{:,.0f}".format(abs(x))
    return ("+" if x > 0 else "-") + s


# ---------------------------------------------------------------------------
# Contracts of 石桥村 (清溪镇).  changes: (code, label, date, date_text, delta or None, new_total or None)
SQ = "石桥村"
CONTRACTS = [
    dict(code="SQ-GC-2023-001", name="石桥村村道硬化工程（一期）", cp="浙江恒泰建设有限公司",
         signed=dt.date(2023, 3, 15), price=1186500.00, settle=1231860.00, method="公开招标",
         changes=[("SQ-GC-2023-001-B1", "补充协议一：增设道路两侧排水沟", dt.date(2023, 5, 20), "2023.5.20", 8500.00, None),
                  ("SQ-GC-2023-001-Q1", "变更签证：取消路肩培土（减项）", dt.date(2023, 6, 8), "2023.6.8", -3200.00, None),
                  ("SQ-GC-2023-001-B2", "补充协议二：延伸至后山自然村段", dt.date(2023, 8, 2), "2023.8.2", 45600.00, None)],
         plan=[("首付款（签订后7日内）", "30%"), ("进度款（完成主体）", "40%"), ("尾款（验收合格后）", "25%"), ("质保金（一年后无息退还）", "5%")]),
    dict(code="SQ-GC-2023-002", name="文化礼堂改造提升工程", cp="温州市瓯江建筑工程有限公司",
         signed=dt.date(2023, 4, 10), price=368000.00, settle=376420.00, method="邀请招标",
         changes=[("SQ-GC-2023-002-Z1", "增项：舞台灯光音响", dt.date(2023, 6, 15), "2023.6.15", 12350.00, None),
                  ("SQ-GC-2023-002-J1", "减项：外墙涂料保留原样", dt.date(2023, 7, 1), "2023.7.1", -5800.00, None),
                  ("SQ-GC-2023-002-Q1", "签证：礼堂后墙基础加固", dt.date(2023, 7, 20), "2023.7.20", 3960.00, None)],
         plan=[("首付款", "30%"), ("进度款", "40%"), ("尾款", "25%"), ("质保金", "5%")]),
    dict(code="SQ-GC-2023-003", name="农田灌溉渠道修复工程", cp="青田县水利建设工程有限公司",
         signed=dt.date(2023, 5, 6), price=186000.00, settle=None, method="村级小额竞价",
         changes=[("SQ-GC-2023-003-B1", "补充协议一：调整后合同价198,600元（新增节制闸2座）", dt.date(2023, 7, 12), "2023.7.12", None, 198600.00)],
         plan=[("首付款", "30%"), ("进度款", "40%"), ("尾款", "25%"), ("质保金", "5%")]),
    dict(code="SQ-GC-2023-004", name="村委会办公楼屋面防水维修", cp="青田县鑫达防水工程有限公司",
         signed=dt.date(2023, 9, 18), price=49800.00, settle=49800.00, method="三家比价",
         changes=[],
         plan=[("首付款", "50%"), ("尾款（验收后）", "45%"), ("质保金", "5%")]),
    dict(code="SQ-GC-2023-005", name="石桥溪护岸加固工程", cp="浙江恒泰建设有限公司",
         signed=dt.date(2023, 10, 9), price=395000.00, settle=None, method="邀请招标",
         changes=[("SQ-GC-2023-005-B1", "补充协议一：护岸延长40米", dt.date(2023, 11, 22), "2023.11.22", 27800.00, None),
                  ("SQ-GC-2023-005-J1", "减项：取消亲水平台", dt.date(2023, 12, 5), "2023.12.5", -14600.00, None)],
         plan=[("首付款", "30%"), ("进度款", "40%"), ("尾款", "25%"), ("质保金", "5%")]),
    dict(code="SQ-GC-2023-006", name="村口公厕新建工程", cp="丽水市栝苍建筑有限公司",
         signed=dt.date(2023, 6, 26), price=98600.00, settle=101250.00, method="三家比价",
         changes=[("SQ-GC-2023-006-Q1", "现场签证：化粪池位置移位增加土方", dt.date(2023, 8, 16), "2023.8.16", 2650.00, None)],
         plan=[("首付款", "30%"), ("进度款", "40%"), ("尾款", "25%"), ("质保金", "5%")]),
]


def build_ledger_xlsx():
    fn = "石桥村2023年合同台账.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工程合同"
    ws.merge_cells("A1:K1")
    ws["A1"] = "清溪镇石桥村2023年合同管理台账（工程类）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "填报单位：石桥村股份经济合作社"
    ws["J2"] = "单位：元"
    # two-row header
    top = ["序号", "合同编号", "合同名称 / 变更事项", "乙方（承包方）", "签订日期", "合同价款", None, "结算价", "付款计划", None, "招标方式"]
    sub = [None, None, None, None, None, "暂定价", "变更增减", None, "节点/比例", "计划金额", None]
    for c, v in enumerate(top, 1):
        if v:
            ws.cell(3, c, v)
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(4, c, v)
    for rng in ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:J3", "K3:K4"]:
        ws.merge_cells(rng)
    r = 5
    seq = 0
    for k in CONTRACTS:
        seq += 1
        ws.cell(r, 1, seq)
        ws.cell(r, 2, k["code"])
        ws.cell(r, 3, k["name"])
        ws.cell(r, 4, k["cp"])
        ws.cell(r, 5, k["signed"]).number_format = "yyyy-mm-dd"
        ws.cell(r, 6, k["price"]).number_format = "#,##0.00"
        if k["settle"]:
            ws.cell(r, 8, k["settle"]).number_format = "#,##0.00"
        ws.cell(r, 11, k["method"])
        T(fn, "工程合同", r, "contract", {"counterparty": k["cp"], "amount": k["settle"] or k["price"],
                                        "signed_on": k["signed"].isoformat()}, SQ)
        r += 1
        total = k["price"]
        for i, (code, label, d, dtext, delta, newtot) in enumerate(k["changes"]):
            pre = "　└ " if i == len(k["changes"]) - 1 else "　├ "
            ws.cell(r, 2, code)
            ws.cell(r, 3, pre + label)
            ws.cell(r, 5, dtext)
            if delta is not None:
                ws.cell(r, 7, signed(delta, dec=(i % 2 == 1)))
                total += delta
                amt = delta
            else:
                ws.cell(r, 7, "调整为" + money(newtot))
                amt = newtot
                total = newtot
            T(fn, "工程合同", r, "contract", {"counterparty": k["cp"], "amount": amt,
                                            "signed_on": d.isoformat()}, SQ)
            r += 1
        if k["changes"]:
            ws.cell(r, 3, "　变更后合同价小计")
            ws.cell(r, 6, total).number_format = "#,##0.00"
            N(fn, "工程合同", r, "变更后合同价小计")
            r += 1
        for node, pct in k["plan"]:
            ws.cell(r, 3, "　付款计划")
            ws.cell(r, 9, node + " " + pct)
            ws.cell(r, 10, round(k["price"] * float(pct[:-1]) / 100, 2)).number_format = "#,##0.00"
            N(fn, "工程合同", r, "付款计划节点（约定，非实际付款）")
            r += 1
    r += 1  # blank
    ws.cell(r, 1, "合计")
    ws.cell(r, 6, sum(k["price"] for k in CONTRACTS)).number_format = "#,##0.00"
    N(fn, "工程合同", r, "合计")
    r += 2
    ws.cell(r, 1, "说明：1.暂定价为合同签订价，结算以审计审定价为准；2.变更增减列“+”为增加，“-”为核减。")
    N(fn, "工程合同", r, "说明")
    r += 1
    ws.cell(r, 1, "制表人：陈立群")
    ws.cell(r, 5, "审核人：周建国")
    ws.cell(r, 9, "填报日期：2024年1月8日")
    N(fn, "工程合同", r, "签名")

    # --- sheet 2: 采购服务合同, simpler; changes as new totals in 合同金额 column
    ws = wb.create_sheet("采购服务合同")
    ws["A1"] = "石桥村2023年采购、服务类合同登记"
    ws["A2"] = "单位：元"
    hdr = ["序号", "合同名称", "供应商/服务单位", "签约时间", "合同金额", "履行情况", "备注"]
    for c, v in enumerate(hdr, 1):
        ws.cell(3, c, v)
    svc = [
        ("1", "村级保洁服务合同（2023年度）", "青田县洁美物业服务有限公司", "2023年1月3日", 86400.00, "履行中", None),
        ("", "　补充协议：增加溪道保洁，合同金额调整为", None, "2023年4月1日", 97200.00, "", "新总价"),
        ("2", "路灯采购及安装", "浙江光明照明电器有限公司", "2023年2月17日", "壹拾贰万叁仟肆佰元整", "已完成", None),
        ("3", "村庄规划编制服务", "丽水市城乡规划设计院有限公司", "2023年3月9日", "8.6万元", "已完成", None),
        ("4", "办公电脑及打印机采购", "青田县华信电脑经营部", "2023年5月22日", 23650.00, "已完成", None),
        ("5", "监控设备维护服务", "青田县天眼安防工程有限公司", "2023年6月30日", 15800.00, "履行中", None),
        ("", "　补充协议：增加4个监控点位，调整后合同金额", None, "2023年9月12日", 21400.00, "", "新总价"),
        ("6", "村道硬化工程监理服务", "浙江正信工程管理有限公司", "2023年3月20日", 28600.00, "履行中", "对应SQ-GC-2023-001"),
        ("7", "文化礼堂工程跟踪审计", "青田县审诚会计师事务所", "2023年11月6日", 12000.00, "已完成", None),
        ("8", "村道硬化工程结算审计", "青田县审诚会计师事务所", "2023年10月20日", 9800.00, "已完成", None),
        ("9", "垃圾分类亭采购", "温州绿源环保设备有限公司", "2023年7月11日", "4.68万元", "已完成", None),
        ("", "　补充协议：增购2座，调整后合同金额", None, "2023年8月25日", "5.85万元", "", "新总价"),
        ("10", "消防器材采购", "青田县安达消防器材经营部", "2023年9月4日", 7960.00, "已完成", None),
        ("11", "村史馆布展设计服务", "杭州拾光文化创意有限公司", "2023年12月2日", "叁万捌仟元整", "履行中", None),
    ]
    amounts = {"壹拾贰万叁仟肆佰元整": 123400.00, "8.6万元": 86000.00, "4.68万元": 46800.00, "5.85万元": 58500.00, "叁万捌仟元整": 38000.00}
    r = 4
    lastcp = None
    for seqn, name, cp, d, amt, st, note in svc:
        vals = [int(seqn) if seqn else None, name, cp, d, amt, st, note]
        for c, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(r, c, v)
        if isinstance(amt, float):
            ws.cell(r, 5).number_format = "#,##0.00"
        if cp:
            lastcp = cp
        y, rest = d.split("年")
        m, rest = rest.split("月")
        dd = rest.rstrip("日")
        iso = "%s-%02d-%02d" % (y, int(m), int(dd))
        T(fn, "采购服务合同", r, "contract", {"counterparty": lastcp, "amount": amounts.get(amt, amt),
                                            "signed_on": iso}, SQ)
        r += 1
    ws.cell(r, 1, "本年合计")
    ws.cell(r, 5, 97200 + 123400 + 86000 + 23650 + 21400 + 28600 + 12000 + 9800 + 58500 + 7960 + 38000)
    N(fn, "采购服务合同", r, "本年合计")
    r += 1
    ws.cell(r, 1, "注：补充协议行金额为调整后合同总价。")
    N(fn, "采购服务合同", r, "注")

    ws = wb.create_sheet("填表说明")
    ws["A1"] = "填表说明"
    ws["A2"] = "1. 本台账按合同签订时间顺序登记，补充协议、变更、签证紧随主合同之后缩进登记。"
    ws["A3"] = "2. 付款计划按合同约定付款条款填写，实际付款见银行存款日记账。"
    ws["A4"] = "3. 结算价以青田县审诚会计师事务所审定数为准。"
    for rr in (2, 3, 4):
        N(fn, "填表说明", rr, "说明文字（非记录表）")
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------------------
def build_change_register_xls():
    fn = "石桥村合同变更登记表.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("变更登记")
    datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write_merge(0, 0, 0, 11, "石桥村村级工程合同变更（补充协议、签证）登记表")
    ws.write(1, 0, "所属乡镇：清溪镇")
    ws.write(1, 9, "金额单位：元")
    ws.write_merge(2, 3, 0, 0, "序号")
    ws.write_merge(2, 3, 1, 1, "原合同编号")
    ws.write_merge(2, 3, 2, 2, "工程名称")
    ws.write_merge(2, 3, 3, 3, "施工单位")
    ws.write_merge(2, 3, 4, 4, "变更类型")
    ws.write_merge(2, 3, 5, 5, "变更内容")
    ws.write_merge(2, 2, 6, 7, "变更金额")
    ws.write(3, 6, "增加")
    ws.write(3, 7, "减少")
    ws.write_merge(2, 3, 8, 8, "变更后合同价（万元）")
    ws.write_merge(2, 2, 9, 10, "审批程序")
    ws.write(3, 9, "两委会议日期")
    ws.write(3, 10, "村民代表会议日期")
    ws.write_merge(2, 3, 11, 11, "协议签订日期")
    r = 4
    seq = 0
    forms = ["iso", "serial", "cn", "dot", "compact"]
    for k in CONTRACTS:
        total = k["price"]
        for i, (code, label, d, dtext, delta, newtot) in enumerate(k["changes"]):
            seq += 1
            kind = label.split("：")[0]
            content = label.split("：", 1)[1]
            if delta is None:
                delta = newtot - total
            total += delta
            ws.write(r, 0, seq)
            ws.write(r, 1, k["code"])
            ws.write(r, 2, k["name"])
            ws.write(r, 3, k["cp"])
            ws.write(r, 4, kind)
            ws.write(r, 5, content)
            if delta > 0:
                ws.write(r, 6, delta)
            else:
                ws.write(r, 7, -delta)
            ws.write(r, 8, round(total / 10000, 4))
            meet = d - dt.timedelta(days=3)
            ws.write(r, 9, "%d年%d月%d日" % (meet.year, meet.month, meet.day))
            ws.write(r, 10, "—" if abs(delta) < 5000 else "%d.%d.%d" % (meet.year, meet.month, meet.day))
            f = forms[seq % len(forms)]
            if f == "iso":
                ws.write(r, 11, d.isoformat())
            elif f == "serial":
                ws.write(r, 11, d, datestyle)
            elif f == "cn":
                ws.write(r, 11, "%d年%d月%d日" % (d.year, d.month, d.day))
            elif f == "dot":
                ws.write(r, 11, "%d.%d.%d" % (d.year, d.month, d.day))
            else:
                ws.write(r, 11, d.strftime("%Y%m%d"))
            T(fn, "变更登记", r + 1, "contract", {"counterparty": k["cp"], "amount": round(delta, 2),
                                               "signed_on": d.isoformat()}, SQ)
            r += 1
    # extra changes of older (2022) contracts not in the 2023 台账
    extra = [
        ("SQ-GC-2022-007", "石桥村停车场建设工程", "丽水市栝苍建筑有限公司", "设计变更", "停车位由32个调整为40个", 36800.00, 612000.00, dt.date(2023, 2, 14)),
        ("SQ-GC-2022-007", "石桥村停车场建设工程", "丽水市栝苍建筑有限公司", "签证", "雨水管改线", 4120.00, 612000.00 + 36800.00, dt.date(2023, 3, 2)),
        ("SQ-GC-2022-009", "老年活动中心装修工程", "青田县鼎盛装饰工程有限公司", "减项", "取消吊顶造型", -9650.00, 256000.00, dt.date(2023, 1, 18)),
        ("SQ-GC-2022-009", "老年活动中心装修工程", "青田县鼎盛装饰工程有限公司", "补充协议", "增加无障碍坡道及扶手", 18900.00, 256000.00 - 9650.00, dt.date(2023, 2, 27)),
    ]
    for code, name, cp, kind, content, delta, before, d in extra:
        seq += 1
        for c, v in enumerate([seq, code, name, cp, kind, content], 0):
            ws.write(r, c, v)
        if delta > 0:
            ws.write(r, 6, delta)
        else:
            ws.write(r, 7, -delta)
        ws.write(r, 8, round((before + delta) / 10000, 4))
        mt = d - dt.timedelta(days=5)
        ws.write(r, 9, "%d年%d月%d日" % (mt.year, mt.month, mt.day))
        ws.write(r, 11, "%d/%d/%d" % (d.year, d.month, d.day))
        T(fn, "变更登记", r + 1, "contract", {"counterparty": cp, "amount": delta, "signed_on": d.isoformat()}, SQ)
        r += 1
    ws.write(r, 0, "合计")
    ws.write(r, 6, xlwt.Formula("SUM(G5:G%d)" % r))
    ws.write(r, 7, xlwt.Formula("SUM(H5:H%d)" % r))
    N(fn, "变更登记", r + 1, "合计")
    r += 2
    ws.write(r, 0, "备注：单项变更金额5000元以上须经村民代表会议审议；“—”表示未经村民代表会议。")
    N(fn, "变更登记", r + 1, "备注")
    r += 1
    ws.write(r, 0, "登记人：陈立群")
    ws.write(r, 5, "村务监督委员会主任：林美娟")
    N(fn, "变更登记", r + 1, "签名")

    ws = wb.add_sheet("变更统计")
    ws.write(0, 0, "合同变更情况统计")
    for c, v in enumerate(["变更类型", "件数", "增加金额", "减少金额"]):
        ws.write(1, c, v)
    stats = [("补充协议", 5, 100800.0, 0), ("变更签证/签证", 5, 16850.0, 3200.0), ("增项", 1, 12350.0, 0), ("减项", 3, 0, 30050.0), ("设计变更", 1, 36800.0, 0)]
    for i, s in enumerate(stats):
        for c, v in enumerate(s):
            ws.write(2 + i, c, v)
        N(fn, "变更统计", 3 + i, "统计表（非记录）")
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------------------
def build_visa_xlsx():
    fn = "石桥村工程签证单汇总表.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "签证汇总"
    ws.merge_cells("A1:J1")
    ws["A1"] = "石桥村2023年村级工程现场签证单汇总表"
    ws["A2"] = "单位：元"
    hdr = ["序号", "签证单编号", "工程名称", "施工单位", "签证事由", "签证日期", "申报金额", "审核金额", "现场确认人", "备注"]
    for c, v in enumerate(hdr, 1):
        ws.cell(3, c, v)
    groups = [
        ("石桥村村道硬化工程（一期）", "浙江恒泰建设有限公司", [
            ("QZ-01", "K0+350处软基换填", dt.date(2023, 4, 22), 6850.00, 6420.00, "王建平"),
            ("QZ-02", "取消路肩培土（核减）", dt.date(2023, 6, 8), -3200.00, -3200.00, "王建平"),
            ("QZ-03", "增加错车道2处", "2023年7月3日", 15600.00, 14980.00, "王建平"),
            ("QZ-04", "涵管由Φ600改为Φ800", "2023.07.19", 8760.00, 8760.00, "王建平"),
            ("QZ-05", "雨季停工抽水费用", "20230811", 2300.00, 0.00, "王建平"),
            ("QZ-06", "后山段挡土墙加高", dt.date(2023, 8, 25), 11240.00, 10650.00, "潘志强"),
        ]),
        ("文化礼堂改造提升工程", "温州市瓯江建筑工程有限公司", [
            ("QZ-07", "礼堂后墙基础加固", "2023/7/20", 4380.00, 3960.00, "潘志强"),
            ("QZ-08", "原木门窗拆除后更换铝合金", dt.date(2023, 8, 4), 7920.00, 7350.00, "潘志强"),
            ("QZ-09", "舞台台口加宽", "2023年8月29日", 3650.00, "叁仟贰佰元整", "潘志强"),
        ]),
        ("村口公厕新建工程", "丽水市栝苍建筑有限公司", [
            ("QZ-10", "化粪池位置移位增加土方", "2023.8.16", 2980.00, 2650.00, "王建平"),
            ("QZ-11", "增设无障碍厕位", dt.date(2023, 9, 7), 5400.00, 5120.00, "王建平"),
            ("QZ-11-1", "外墙改仿石涂料", "2023年9月18日", 3860.00, 3520.00, "王建平"),
        ]),
        ("农田灌溉渠道修复工程", "青田县水利建设工程有限公司", [
            ("QZ-14", "渠底破损段加铺钢筋网", "2023.6.21", 7450.00, 6980.00, "潘志强"),
            ("QZ-15", "新增节制闸基坑排水", "2023.7.28", 1850.00, 1850.00, "潘志强"),
            ("QZ-16", "临时便道修筑", "2023.8.9", 4200.00, 3650.00, "潘志强"),
        ]),
        ("石桥溪护岸加固工程", "浙江恒泰建设有限公司", [
            ("QZ-12", "河床清淤外运", "2023-11-14", 9850.00, 9300.00, "潘志强"),
            ("QZ-13", "块石由外购改为利用旧料（核减）", "2023年12月1日", -4600.00, -4600.00, "潘志强"),
            ("QZ-17", "护岸基础遇孤石破碎", "2023年12月13日", 6300.00, 5870.00, "潘志强"),
        ]),
    ]
    cn = {"叁仟贰佰元整": 3200.00}
    r = 4
    seq = 0
    grand = 0
    for proj, cp, items in groups:
        sub = 0
        for code, why, d, decl, appr, who in items:
            seq += 1
            vals = [seq, code, proj, cp, why, d, decl, appr, who, None]
            for c, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, c, v)
            if isinstance(d, dt.date):
                ws.cell(r, 6).number_format = "yyyy年m月d日"
                iso = d.isoformat()
            else:
                s = d.replace("年", "-").replace("月", "-").replace("日", "").replace(".", "-").replace("/", "-")
                if len(s) == 8 and s.isdigit():
                    s = s[:4] + "-" + s[4:6] + "-" + s[6:]
                y, m, dd = s.split("-")
                iso = "%s-%02d-%02d" % (y, int(m), int(dd))
            ws.cell(r, 7).number_format = "#,##0.00"
            ws.cell(r, 8).number_format = "#,##0.00"
            a = cn.get(appr, appr)
            if a == 0:
                ws.cell(r, 10, "不予认可")
            sub += a
            T(fn, "签证汇总", r, "contract", {"counterparty": cp, "amount": a, "signed_on": iso}, SQ)
            r += 1
        ws.cell(r, 3, proj + " 小计")
        ws.cell(r, 8, round(sub, 2))
        N(fn, "签证汇总", r, "小计")
        grand += sub
        r += 1
    ws.cell(r, 1, "合  计")
    ws.cell(r, 8, round(grand, 2))
    N(fn, "签证汇总", r, "合计")
    r += 2
    ws.cell(r, 1, "注：审核金额为跟踪审计单位审核数，负数为核减。")
    N(fn, "签证汇总", r, "注")
    r += 1
    ws.cell(r, 1, "经办人：陈立群    监理：浙江正信工程管理有限公司    审核：青田县审诚会计师事务所")
    N(fn, "签证汇总", r, "签名")
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------------------
def build_bank_xls():
    fn = "石桥村2023年银行存款日记账.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    money_st = xlwt.easyxf(num_format_str="#,##0.00")
    # (month, day, voucher, summary, counterparty, in, out)
    H1 = [
        (1, 6, "记-02", "收镇财政所拨付2022年一事一议奖补资金", "清溪镇财政所", 260000.00, None),
        (1, 9, "记-05", "付村级保洁服务费（1季度）", "青田县洁美物业服务有限公司", None, 21600.00),
        (1, 20, "记-11", "付老年活动中心装修补充协议款", "青田县鼎盛装饰工程有限公司", None, 9250.00),
        (2, 24, "记-18", "付路灯采购首付款", "浙江光明照明电器有限公司", None, 37020.00),
        (3, 10, "记-23", "收石桥溪沿岸鱼塘承包金", "叶德明", 18000.00, None),
        (3, 18, "记-27", "收县财政拨付村道硬化专项补助资金", "青田县财政局", 1200000.00, None),
        (3, 22, "记-29", "付停车场工程设计变更款", "丽水市栝苍建筑有限公司", None, 36800.00),
        (3, 25, "记-31", "付村道硬化工程首付款30%", "浙江恒泰建设有限公司", None, 355950.00),
        (3, 28, "记-33", "付村道硬化监理费首付", "浙江正信工程管理有限公司", None, 8580.00),
        (4, 6, "记-37", "付村庄规划编制费", "丽水市城乡规划设计院有限公司", None, 86000.00),
        (4, 18, "记-41", "付文化礼堂改造工程首付款", "温州市瓯江建筑工程有限公司", None, 110400.00),
        (5, 12, "记-48", "付灌溉渠道修复工程首付款", "青田县水利建设工程有限公司", None, 55800.00),
        (5, 26, "记-52", "付办公电脑及打印机货款", "青田县华信电脑经营部", None, 23650.00),
        (6, 15, "记-60", "收县农业农村局高标准农田配套补助", "青田县农业农村局", 150000.00, None),
        (6, 20, "记-63", "付村道硬化工程进度款", "浙江恒泰建设有限公司", None, 474600.00),
        (6, 28, "记-66", "付文化礼堂改造进度款", "温州市瓯江建筑工程有限公司", None, 147200.00),
        (6, 29, "记-67", "付垃圾分类亭货款", "温州绿源环保设备有限公司", None, 46800.00),
        (6, 30, "记-68", "收银行存款利息", "青田农商银行清溪支行", 1236.58, None),
    ]
    H2 = [
        (7, 7, "记-71", "付村口公厕首付款", "丽水市栝苍建筑有限公司", None, 29580.00),
        (7, 19, "记-75", "付灌溉渠道进度款", "青田县水利建设工程有限公司", None, 74400.00),
        (8, 3, "记-80", "付监控设备维护费", "青田县天眼安防工程有限公司", None, 15800.00),
        (8, 15, "记-84", "付村道硬化补充协议一款项（排水沟）", "浙江恒泰建设有限公司", None, 8500.00),
        (8, 30, "记-88", "付村口公厕进度款", "丽水市栝苍建筑有限公司", None, 39440.00),
        (9, 8, "记-93", "收村集体厂房租金（2023.7-2024.6）", "青田县永丰鞋业有限公司", 96000.00, None),
        (9, 27, "记-98", "付村道硬化补充协议二款项", "浙江恒泰建设有限公司", None, 45600.00),
        (10, 11, "记-104", "付屋面防水维修首付款", "青田县鑫达防水工程有限公司", None, 24900.00),
        (10, 16, "记-106", "付护岸加固工程首付款", "浙江恒泰建设有限公司", None, 118500.00),
        (10, 30, "记-110", "付文化礼堂改造尾款", "温州市瓯江建筑工程有限公司", None, 92000.00),
        (11, 8, "记-113", "付文化礼堂跟踪审计费", "青田县审诚会计师事务所", None, 12000.00),
        (11, 20, "记-118", "付屋面防水维修尾款", "青田县鑫达防水工程有限公司", None, 22410.00),
        (11, 28, "记-121", "付村道硬化工程尾款（按审定价结算）", "浙江恒泰建设有限公司", None, 296625.00),
        (12, 12, "记-127", "付文化礼堂签证及增项款", "温州市瓯江建筑工程有限公司", None, 10510.00),
        (12, 20, "记-130", "付村道硬化签证款", "浙江恒泰建设有限公司", None, 37510.00),
        (12, 26, "记-133", "付村口公厕尾款", "丽水市栝苍建筑有限公司", None, 27168.00),
        (12, 29, "记-136", "付护岸加固工程进度款", "浙江恒泰建设有限公司", None, 158000.00),
        (9, 12, "记-95", "付消防器材款", "青田县安达消防器材经营部", None, 7960.00),
        (9, 26, "记-97", "付垃圾分类亭增购款", "温州绿源环保设备有限公司", None, 11700.00),
        (10, 24, "记-108", "付村道硬化结算审计费", "青田县审诚会计师事务所", None, 9800.00),
        (12, 8, "记-125", "付村史馆布展设计首付款", "杭州拾光文化创意有限公司", None, 19000.00),
        (12, 15, "记-128", "付监控点位增加款", "青田县天眼安防工程有限公司", None, 5600.00),
        (12, 31, "记-138", "收银行存款利息", "青田农商银行清溪支行", 1087.44, None),
    ]
    H2.sort(key=lambda x: (x[0], x[1]))
    bal = 1284215.36
    for sname, data, with_cp in (("1-6月", H1, True), ("7-12月", H2, False)):
        ws = wb.add_sheet(sname)
        ws.write_merge(0, 0, 0, 8, "银行存款日记账")
        ws.write(1, 0, "核算单位：清溪镇石桥村股份经济合作社")
        ws.write(1, 5, "开户行：青田农商银行清溪支行")
        ws.write(1, 8, "单位：元")
        ws.write_merge(2, 2, 0, 1, "2023年")
        ws.write_merge(2, 3, 2, 2, "凭证号")
        ws.write_merge(2, 3, 3, 3, "摘要")
        if with_cp:
            ws.write_merge(2, 3, 4, 4, "对方单位")
        else:
            ws.write_merge(2, 3, 4, 4, "结算方式")
        ws.write_merge(2, 3, 5, 5, "收入（借方）")
        ws.write_merge(2, 3, 6, 6, "支出（贷方）")
        ws.write_merge(2, 3, 7, 7, "余额")
        ws.write(3, 0, "月")
        ws.write(3, 1, "日")
        r = 4
        ws.write(r, 0, 1 if with_cp else 7)
        ws.write(r, 1, 1)
        ws.write(r, 3, "上年结转" if with_cp else "承前页")
        ws.write(r, 7, bal, money_st)
        N(fn, sname, r + 1, "上年结转" if with_cp else "承前页")
        r += 1
        cur = None
        mi = mo = 0.0
        yi = yo = 0.0
        for m, d, v, summ, cp, vin, vout in data:
            if cur is not None and m != cur:
                ws.write(r, 3, "本月合计")
                ws.write(r, 5, mi, money_st)
                ws.write(r, 6, mo, money_st)
                ws.write(r, 7, bal, money_st)
                N(fn, sname, r + 1, "本月合计")
                r += 1
                mi = mo = 0.0
            cur = m
            ws.write(r, 0, m)
            ws.write(r, 1, d)
            ws.write(r, 2, v)
            if with_cp:
                ws.write(r, 3, summ)
                ws.write(r, 4, cp)
            else:
                ws.write(r, 3, summ + "（" + cp + "）")
                ws.write(r, 4, "转账")
            if vin:
                ws.write(r, 5, vin, money_st)
                bal += vin
                mi += vin
                yi += vin
            if vout:
                ws.write(r, 6, vout, money_st)
                bal -= vout
                mo += vout
                yo += vout
            bal = round(bal, 2)
            ws.write(r, 7, bal, money_st)
            T(fn, sname, r + 1, "payment", {"date": "2023-%02d-%02d" % (m, d), "amount": vin or vout,
                                           "direction": "in" if vin else "out", "counterparty": cp}, SQ)
            r += 1
        ws.write(r, 3, "本月合计")
        ws.write(r, 5, mi, money_st)
        ws.write(r, 6, mo, money_st)
        ws.write(r, 7, bal, money_st)
        N(fn, sname, r + 1, "本月合计")
        r += 1
        ws.write(r, 3, "本期累计" if with_cp else "本年累计")
        ws.write(r, 5, yi, money_st)
        ws.write(r, 6, yo, money_st)
        N(fn, sname, r + 1, "累计")
        r += 1
        if with_cp:
            ws.write(r, 3, "过次页")
            ws.write(r, 7, bal, money_st)
            N(fn, sname, r + 1, "过次页")
            r += 1
        r += 1
        ws.write(r, 0, "出纳：叶小芳")
        ws.write(r, 4, "会计：陈立群")
        ws.write(r, 7, "村务监督委员会：林美娟")
        N(fn, sname, r + 1, "签名")
    wb.save(os.path.join(OUT, fn))


# ---------------------------------------------------------------------------
def build_hekou_csv():
    fn = "河口村工程合同台账（含补充协议）.csv"
    sheet = fn[:-4]
    HK = "河口村"
    lines = [
        ["河口村村级工程合同台账（2022—2023年）", "", "", "", "", "", "", "", ""],
        ["单位：元", "", "", "", "", "", "", "", ""],
        ["序号", "合同编号", "合同名称", "承包单位", "签订日期", "合同金额", "结算金额", "发包方式", "备注"],
    ]
    data = []  # (cells, truth-or-None-with-what)
    Cs = [
        ("HK-2022-05", "河口村污水管网改造工程", "浙江瑞丰市政工程有限公司", "2022/9/6", 538000.00, 552300.00, "公开招标",
         [("　补充协议（一）：增加支管接户85户", "2022/11/2", "+18,700.00"),
          ("　补充协议（二）：检查井减少6座", "2023/1/10", "-4,400.00")],
         [("　其中：首付款30%", 161400.00), ("　其中：进度款40%", 215200.00), ("　其中：尾款25%", 134500.00), ("　其中：质保金5%", 26900.00)]),
        ("HK-2023-01", "河口村游步道建设工程", "青田县通达园林绿化工程有限公司", "2023年2月28日", 276500.00, "", "邀请招标",
         [("　变更签证：步道铺装由透水砖改为青石板", "2023年5月16日", "+21,350"),
          ("　增项：沿线休憩亭2座", "2023年6月2日", "+38,000"),
          ("　减项：取消景观灯带", "2023年6月20日", "-12,600")],
         [("　其中：首付款30%", 82950.00), ("　其中：进度款40%", 110600.00), ("　其中：尾款及质保金30%", 82950.00)]),
        ("HK-2023-02", "河口村堰坝修复工程", "青田县水利建设工程有限公司", "20230415", 168800.00, 171260.00, "村级小额竞价",
         [("　签证：堰坝基础抛石", "20230612", "+2,460.00")],
         [("　其中：首付款30%", 50640.00), ("　其中：尾款70%（含质保金5%）", 118160.00)]),
        ("HK-2023-03", "河口村村委会综合楼外立面整治", "浙江恒泰建设有限公司", "2023.8.1", 187600.00, "", "邀请招标",
         [("　补充协议：调整后合同总价为196,800元", "2023.10.9", "196,800.00")],
         [("　其中：首付款30%", 56280.00), ("　其中：进度款40%", 75040.00), ("　其中：尾款25%", 46900.00), ("　其中：质保金5%", 9380.00)]),
    ]
    seq = 0
    for code, name, cp, d, price, settle, method, changes, plan in Cs:
        seq += 1
        data.append(([str(seq), code, name, cp, d, money(price), money(settle) if settle else "", method, ""],
                     ("contract", {"counterparty": cp, "amount": settle or price, "signed_on": None, "_d": d})))
        for label, cd, amt in changes:
            data.append((["", "", label, "", cd, amt, "", "", "新总价" if not amt[0] in "+-" else ""],
                         ("contract", {"counterparty": cp, "amount": float(amt.replace(",", "")), "signed_on": None, "_d": cd})))
        for label, amt in plan:
            data.append((["", "", label, "", "", money(amt), "", "", "付款计划"], ("non", "付款计划（其中：…，非实际付款）")))
        data.append((["", "", "", "", "", "", "", "", ""], None))
    data.append((["合计", "", "", "", "", money(538000 + 276500 + 168800 + 187600), "", "", ""], ("non", "合计")))
    data.append((["说明：金额前“+”为补充协议、签证增加，“-”为核减；“其中”行为合同约定付款节点。", "", "", "", "", "", "", "", ""], ("non", "说明")))
    data.append((["制表：徐丽华", "", "", "审核：叶光荣", "", "", "", "", ""], ("non", "签名")))

    def iso(s):
        s = s.replace("年", "-").replace("月", "-").replace("日", "").replace(".", "-").replace("/", "-")
        if len(s) == 8 and s.isdigit():
            s = s[:4] + "-" + s[4:6] + "-" + s[6:]
        y, m, d = s.split("-")
        return "%s-%02d-%02d" % (y, int(m), int(d))

    lineno = len(lines)
    for cells, t in data:
        lines.append(cells)
        lineno += 1
        if t is None:
            continue
        if t[0] == "non":
            N(fn, sheet, lineno, t[1])
        else:
            f = dict(t[1])
            f["signed_on"] = iso(f.pop("_d"))
            T(fn, sheet, lineno, "contract", f, HK)
    with open(os.path.join(OUT, fn), "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        for l in lines:
            w.writerow(l)


def build_hekou_pay():
    fn = "河口村2023年收支明细账.xlsx"
    HK = "河口村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工程款支付明细"
    ws["A1"] = "河口村股份经济合作社收支明细账（2023年度）"
    ws["A2"] = "科目：在建工程 / 银行存款"
    ws["G2"] = "单位：元"
    hdr = ["日期", "凭证字号", "摘要", "往来单位", "借方金额", "贷方金额", "借或贷", "余额", "经手人"]
    for c, v in enumerate(hdr, 1):
        ws.cell(3, c, v)
    # (date cell, iso, voucher, summary, cp, debit(in), credit(out))
    items = [
        ("2023年1月12日", "2023-01-12", "记-003", "付污水管网改造工程进度款", "浙江瑞丰市政工程有限公司", None, 215200.00),
        ("2023年1月30日", "2023-01-30", "记-009", "收镇拨美丽乡村建设补助", "清溪镇人民政府", 300000.00, None),
        ("2023年2月21日", "2023-02-21", "记-014", "付污水管网补充协议一增加支管款", "浙江瑞丰市政工程有限公司", None, 18700.00),
        (dt.date(2023, 3, 8), "2023-03-08", "记-019", "付游步道建设工程首付款", "青田县通达园林绿化工程有限公司", None, 82950.00),
        ("2023.4.20", "2023-04-20", "记-026", "付堰坝修复工程首付款", "青田县水利建设工程有限公司", None, 50640.00),
        ("2023.5.5", "2023-05-05", "记-031", "付污水管网改造尾款（按审定价）", "浙江瑞丰市政工程有限公司", None, 134500.00),
        ("2023.5.30", "2023-05-30", "记-035", "收河口村沙场承包费", "青田县河口砂石有限公司", 65000.00, None),
        ("20230628", "2023-06-28", "记-041", "付游步道进度款", "青田县通达园林绿化工程有限公司", None, 110600.00),
        ("20230705", "2023-07-05", "记-044", "付游步道变更签证（青石板）款", "青田县通达园林绿化工程有限公司", None, 21350.00),
        ("20230718", "2023-07-18", "记-047", "付堰坝修复工程尾款", "青田县水利建设工程有限公司", None, 118160.00),
        ("2023/8/9", "2023-08-09", "记-052", "付游步道休憩亭增项款", "青田县通达园林绿化工程有限公司", None, 38000.00),
        ("2023/8/15", "2023-08-15", "记-054", "付村委会综合楼外立面整治首付款", "浙江恒泰建设有限公司", None, 56280.00),
        ("2023/9/1", "2023-09-01", "记-058", "付堰坝签证款", "青田县水利建设工程有限公司", None, 2460.00),
        ("2023-09-22", "2023-09-22", "记-063", "收县水利局堰坝修复以奖代补资金", "青田县水利局", 80000.00, None),
        ("2023-10-17", "2023-10-17", "记-069", "付外立面整治进度款", "浙江恒泰建设有限公司", None, 75040.00),
        ("2023-11-03", "2023-11-03", "记-074", "付外立面整治补充协议增加款", "浙江恒泰建设有限公司", None, 9200.00),
        (dt.date(2023, 11, 24), "2023-11-24", "记-079", "付游步道尾款及质保金", "青田县通达园林绿化工程有限公司", None, 82950.00),
        ("2023年12月14日", "2023-12-14", "记-085", "付外立面整治尾款", "浙江恒泰建设有限公司", None, 46900.00),
        ("2023年12月27日", "2023-12-27", "记-088", "退还污水管网工程质保金", "浙江瑞丰市政工程有限公司", None, 26900.00),
    ]
    r = 4
    ws.cell(r, 1, "2023年1月1日")
    ws.cell(r, 3, "期初余额")
    ws.cell(r, 7, "借")
    ws.cell(r, 8, 512630.80)
    N(fn, "工程款支付明细", r, "期初余额")
    bal = 512630.80
    r += 1
    half = False
    for cell, iso, v, summ, cp, din, cout in items:
        if not half and iso >= "2023-07-01":
            ws.cell(r, 3, "上半年小计")
            N(fn, "工程款支付明细", r, "上半年小计")
            r += 1
            half = True
        ws.cell(r, 1, cell)
        if isinstance(cell, dt.date):
            ws.cell(r, 1).number_format = "yyyy/m/d"
        ws.cell(r, 2, v)
        ws.cell(r, 3, summ)
        ws.cell(r, 4, cp)
        if din:
            ws.cell(r, 5, din)
            bal += din
        if cout:
            ws.cell(r, 6, "¥" + money(cout))
            bal -= cout
        ws.cell(r, 7, "借")
        ws.cell(r, 8, round(bal, 2))
        ws.cell(r, 9, "徐丽华")
        T(fn, "工程款支付明细", r, "payment", {"date": iso, "amount": din or cout,
                                            "direction": "in" if din else "out", "counterparty": cp}, HK)
        r += 1
    ws.cell(r, 3, "本年合计")
    N(fn, "工程款支付明细", r, "本年合计")
    r += 1
    ws.cell(r, 3, "结转下年")
    ws.cell(r, 8, round(bal, 2))
    N(fn, "工程款支付明细", r, "结转下年")
    r += 2
    ws.cell(r, 1, "记账：徐丽华　　审核：叶光荣　　村务监督委员会：潘秀英")
    N(fn, "工程款支付明细", r, "签名")
    wb.save(os.path.join(OUT, fn))


build_ledger_xlsx()
build_hekou_pay()
build_change_register_xls()
build_visa_xlsx()
build_bank_xls()
build_hekou_csv()

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
