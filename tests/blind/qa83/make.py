#!/usr/bin/env python3
"""Blind test set qa83: project 台账 kept as a process log (四川/重庆/贵州),
一事一议 筹资筹劳 公示, 两委 lists.  Deterministic; writes files/ and truth.json
beside this script."""
import datetime as dt
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
os.makedirs(FILES, exist_ok=True)

ROWS, NON = [], []


def rec(file, sheet, row, kind, village, fields):
    d = {"file": file, "sheet": sheet, "row": row, "kind": kind}
    if village:
        d["village"] = village
    d["fields"] = fields
    ROWS.append(d)


def nd(file, sheet, row, what):
    NON.append({"file": file, "sheet": sheet, "row": row, "what": what})


def iso(s):
    return s  # already ISO in the data tables below


WRAP = Alignment(wrap_text=True, vertical="center")

# ---------------------------------------------------------------------------
# Process-log projects.  Each stage: (环节, date_cell, iso_date, amount_cell,
#   amount_yuan, unit_cell, note, role)  role in {"project","contract","payment",None}
# ---------------------------------------------------------------------------
SHUTONG = "四川蜀通路桥工程有限公司"
SHUTONG_C = SHUTONG + "\n联系人：张建国 13908167752"

HY_2023 = [
    {"name": "红岩村3组至5组通组公路硬化工程", "amount": 372500.0, "contractor": SHUTONG,
     "stages": [
         ("立项（村民代表会议决议）", dt.date(2023, 3, 2), "2023-03-02", 386000, 386000.0, "村民代表会议（应到35人，实到31人）", "预算", "project"),
         ("公开比选", "2023.3.20", "2023-03-20", None, None, "邛崃市公共资源交易中心", "3家报名", None),
         ("中标", "2023.3.28", "2023-03-28", 372500, 372500.0, SHUTONG_C, "", None),
         ("签订合同", dt.date(2023, 4, 3), "2023-04-03", 372500, 372500.0, SHUTONG_C, "合同编号HY-2023-01", "contract"),
         ("开工", "2023.4.10", "2023-04-10", None, None, "监理：邛崃市建信监理有限公司", "", None),
         ("付款", dt.date(2023, 5, 10), "2023-05-10", 150000, 150000.0, SHUTONG, "进度款", "payment"),
         ("付款", dt.date(2023, 7, 28), "2023-07-28", 150000, 150000.0, SHUTONG, "进度款", "payment"),
         ("竣工验收", "2023年7月15日", "2023-07-15", None, None, "镇村建办、村两委、村务监督委员会", "合格", None),
         ("审计（结算审核）", "2023年8月20日", "2023-08-20", 365820, 365820.0, "四川正信工程造价咨询有限公司", "审减6680元", None),
         ("付款", "2023年8月25日", "2023-08-25", 3200, 3200.0, "四川正信工程造价咨询有限公司", "审计费", "payment"),
         ("付款", "2023年9月15日", "2023-09-15", "54,846.00", 54846.0, SHUTONG, "结算款（扣留质保金3%）", "payment"),
     ]},
    {"name": "红岩村文化广场提升改造", "amount": 168000.0, "contractor": "成都锦华园林景观工程有限公司",
     "stages": [
         ("立项", dt.date(2023, 4, 11), "2023-04-11", 180000, 180000.0, "村民代表会议", "", "project"),
         ("竞争性比选", dt.date(2023, 4, 25), "2023-04-25", None, None, "3家单位参加比选", "", None),
         ("中标", "2023-05-06", "2023-05-06", "168,000.00", 168000.0, "成都锦华园林景观工程有限公司\n联系人：李红梅 13688012345", "", None),
         ("签订合同", "2023-05-10", "2023-05-10", "16.8万\n（已付8万）", 168000.0, "成都锦华园林景观工程有限公司\n联系人：李红梅 13688012345", "", "contract"),
         ("开工", "2023-05-15", "2023-05-15", None, None, "", "", None),
         ("付款", "2023-06-20", "2023-06-20", 80000, 80000.0, "成都锦华园林景观工程有限公司", "预付款", "payment"),
         ("验收", "2023-09-01", "2023-09-01", None, None, "验收小组", "", None),
         ("付款", "2023-10-12", "2023-10-12", "捌万捌仟元整", 88000.0, "成都锦华园林景观工程有限公司", "尾款", "payment"),
     ]},
    {"name": "红岩村二组灌溉渠道维修", "amount": 45800.0, "contractor": "刘大贵",
     "stages": [
         ("立项", "2023.5.8", "2023-05-08", 46000, 46000.0, "村两委会议", "", "project"),
         ("直接发包", "2023.5.12", "2023-05-12", None, None, "刘大贵（本组村民）", "限额以下", None),
         ("签订合同", "2023.5.15", "2023-05-15", 45800, 45800.0, "刘大贵\n身份证：510183196803122312", "", "contract"),
         ("验收", "2023.6.30", "2023-06-30", None, None, "二组组长、监委会", "", None),
         ("付款", "2023.7.5", "2023-07-05", 45800, 45800.0, "刘大贵", "现金支付", "payment"),
     ]},
    {"name": "红岩村便民服务中心屋面防水维修", "amount": 96500.0, "contractor": "邛崃市顺达建筑劳务有限公司",
     "stages": [
         ("立项", "20230602", "2023-06-02", 98000, 98000.0, "村民代表会议", "", "project"),
         ("询价", "20230610", "2023-06-10", None, None, "询价3家", "", None),
         ("中标", "20230616", "2023-06-16", 96500, 96500.0, "邛崃市顺达建筑劳务有限公司", "", None),
         ("签订合同", "20230618", "2023-06-18", "¥96,500.00", 96500.0, "邛崃市顺达建筑劳务有限公司", "", "contract"),
         ("付款", "20230730", "2023-07-30", 50000, 50000.0, "邛崃市顺达建筑劳务有限公司", "", "payment"),
         ("付款", "20231020", "2023-10-20", "4.65万", 46500.0, "邛崃市顺达建筑劳务有限公司", "", "payment"),
     ]},
    {"name": "红岩村产业路（茶园段）建设", "amount": 1198600.0, "contractor": SHUTONG,
     "stages": [
         ("立项", dt.date(2023, 2, 15), "2023-02-15", "125万", 1250000.0, "村民代表会议、镇党委审核", "", "project"),
         ("公开招标", dt.date(2023, 3, 5), "2023-03-05", None, None, "邛崃市公共资源交易中心", "发布招标公告", None),
         ("中标", dt.date(2023, 4, 12), "2023-04-12", 1198600, 1198600.0, SHUTONG_C, "", None),
         ("签订合同", dt.date(2023, 4, 20), "2023-04-20", "119.86万", 1198600.0, SHUTONG_C, "", "contract"),
         ("开工", dt.date(2023, 5, 5), "2023-05-05", None, None, "", "", None),
         ("付款", dt.date(2023, 6, 30), "2023-06-30", 500000, 500000.0, SHUTONG, "进度款", "payment"),
         ("付款", dt.date(2023, 9, 30), "2023-09-30", 400000, 400000.0, SHUTONG, "进度款", "payment"),
         ("竣工验收", dt.date(2023, 11, 28), "2023-11-28", None, None, "镇村建办", "", None),
         ("审计", dt.date(2023, 12, 20), "2023-12-20", 1186300, 1186300.0, "四川正信工程造价咨询有限公司", "", None),
     ]},
    {"name": "红岩村垃圾分类亭采购", "amount": 59400.0, "contractor": "成都美居环保设备有限公司",
     "stages": [
         ("立项", "2023/7/10", "2023-07-10", 62000, 62000.0, "村两委会议", "", "project"),
         ("询价", "2023/7/18", "2023-07-18", None, None, "询价3家", "", None),
         ("中标", "2023/7/22", "2023-07-22", 59400, 59400.0, "成都美居环保设备有限公司\n联系人：周涛 18980765432", "", None),
         ("签订合同", "2023/7/25", "2023-07-25", 59400, 59400.0, "成都美居环保设备有限公司\n联系人：周涛 18980765432", "采购合同", "contract"),
         ("验收", "2023/8/30", "2023-08-30", None, None, "", "", None),
         ("付款", "2023/9/5", "2023-09-05", 59400, 59400.0, "成都美居环保设备有限公司", "一次付清", "payment"),
     ]},
]

HY_2022 = [
    {"name": "红岩村4组山坪塘整治", "amount": 198000.0, "contractor": "邛崃市顺达建筑劳务有限公司",
     "stages": [
         ("立项", "2022年3月5日", "2022-03-05", 210000, 210000.0, "村民代表会议", "", "project"),
         ("竞争性比选", "2022年3月18日", "2022-03-18", None, None, "", "", None),
         ("中标", "2022年3月25日", "2022-03-25", 198000, 198000.0, "邛崃市顺达建筑劳务有限公司\n联系人：陈志刚 13550218876", "", None),
         ("签订合同", "2022年3月28日", "2022-03-28", "19.8万\n（已付10万）", 198000.0, "邛崃市顺达建筑劳务有限公司\n联系人：陈志刚 13550218876", "", "contract"),
         ("付款", "2022年5月6日", "2022-05-06", 100000, 100000.0, "邛崃市顺达建筑劳务有限公司", "", "payment"),
         ("验收", "2022年6月20日", "2022-06-20", None, None, "", "", None),
         ("付款", "2022年7月2日", "2022-07-02", 92060, 92060.0, "邛崃市顺达建筑劳务有限公司", "扣质保金3%", "payment"),
     ]},
    {"name": "红岩村村道太阳能路灯安装", "amount": 134400.0, "contractor": "四川光耀照明工程有限公司",
     "stages": [
         ("立项", "2022年6月8日", "2022-06-08", 138000, 138000.0, "村民代表会议", "", "project"),
         ("询价", "2022年6月15日", "2022-06-15", None, None, "", "", None),
         ("中标", "2022年6月22日", "2022-06-22", 134400, 134400.0, "四川光耀照明工程有限公司", "", None),
         ("签订合同", "2022年6月25日", "2022-06-25", 134400, 134400.0, "四川光耀照明工程有限公司\n联系人：赵明 13708054431", "", "contract"),
         ("付款", "2022年8月10日", "2022-08-10", "134,400.00", 134400.0, "四川光耀照明工程有限公司", "", "payment"),
     ]},
    {"name": "红岩村党群服务中心外墙改造", "amount": 87600.0, "contractor": "邛崃市顺达建筑劳务有限公司",
     "stages": [
         ("立项", "2022年9月2日", "2022-09-02", 90000, 90000.0, "村两委会议", "", "project"),
         ("直接发包", "2022年9月8日", "2022-09-08", None, None, "", "", None),
         ("签订合同", "2022年9月10日", "2022-09-10", 87600, 87600.0, "邛崃市顺达建筑劳务有限公司", "", "contract"),
         ("付款", "2022年10月15日", "2022-10-15", 40000, 40000.0, "邛崃市顺达建筑劳务有限公司", "", "payment"),
         ("付款", "2022年12月20日", "2022-12-20", "肆万柒仟陆佰元整", 47600.0, "邛崃市顺达建筑劳务有限公司", "", "payment"),
     ]},
]


def first_line(s):
    return s.split("\n")[0].strip()


def emit_truth_stage(fname, sheet, r, village, proj, st):
    label, _dc, diso, _ac, ayuan, unit, _note, role = st
    if role == "project":
        rec(fname, sheet, r, "project", village,
            {"name": proj["name"], "amount": proj["amount"], "contractor": proj["contractor"]})
    elif role == "contract":
        rec(fname, sheet, r, "contract", village,
            {"counterparty": first_line(unit), "amount": ayuan, "signed_on": diso})
    elif role == "payment":
        rec(fname, sheet, r, "payment", village,
            {"date": diso, "amount": ayuan, "direction": "out", "counterparty": first_line(unit)})
    else:
        nd(fname, sheet, r, "过程环节：" + label + "（并入项目记录）")


def file1():
    fname = "红岩村村级工程项目实施过程台账.xlsx"
    village = "红岩村"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, year, projs in (("2023年", 2023, HY_2023), ("2022年", 2022, HY_2022)):
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:G1")
        ws["A1"] = f"邛崃市固驿镇红岩村{year}年村级工程项目实施过程台账"
        ws["A1"].font = Font(bold=True, size=16)
        ws.merge_cells("A2:G2")
        ws["A2"] = "填报单位：红岩村股份经济合作联合社（盖章）        单位：元"
        # two-row header
        for col, txt in (("A", "序号"), ("B", "项目名称"), ("C", "实施环节"), ("G", "备注")):
            ws.merge_cells(f"{col}3:{col}4")
            ws[f"{col}3"] = txt
        ws.merge_cells("D3:F3")
        ws["D3"] = "办理情况"
        ws["D4"], ws["E4"], ws["F4"] = "日期", "金额（元）", "相关单位/人员"
        r = 5
        paid_total = 0.0
        for i, p in enumerate(projs, 1):
            top = r
            for st in p["stages"]:
                label, dc, diso, ac, ayuan, unit, note, role = st
                ws.cell(r, 3, label)
                c = ws.cell(r, 4, dc)
                if isinstance(dc, dt.date):
                    c.number_format = "yyyy-mm-dd"
                if ac is not None:
                    ws.cell(r, 5, ac)
                    ws.cell(r, 5).alignment = WRAP
                if unit:
                    ws.cell(r, 6, unit).alignment = WRAP
                if note:
                    ws.cell(r, 7, note)
                emit_truth_stage(fname, sheet, r, village, p, st)
                if role == "payment":
                    paid_total += ayuan
                r += 1
            ws.merge_cells(start_row=top, end_row=r - 1, start_column=1, end_column=1)
            ws.merge_cells(start_row=top, end_row=r - 1, start_column=2, end_column=2)
            ws.cell(top, 1, i).alignment = WRAP
            ws.cell(top, 2, p["name"]).alignment = WRAP
            if year == 2023 and i in (1, 5):
                paid = sum(s[4] for s in p["stages"] if s[7] == "payment")
                ws.cell(r, 2, "小计（已付款）")
                ws.cell(r, 5, paid)
                nd(fname, sheet, r, "小计（已付款）")
                r += 1
        ws.cell(r, 1, "合计")
        ws.cell(r, 3, "本年累计付款")
        ws.cell(r, 5, round(paid_total, 2))
        nd(fname, sheet, r, "合计 本年累计付款")
        r += 2
        ws.cell(r, 1, "说明：1.本台账按项目实施环节逐项登记，项目名称合并单元格；2.金额栏付款行为实际支付数。")
        nd(fname, sheet, r, "说明")
        r += 1
        ws.cell(r, 1, "制表人：何晓燕")
        ws.cell(r, 4, "审核人：罗建军")
        ws.cell(r, 6, f"{year + 1}年1月10日")
        nd(fname, sheet, r, "制表人/审核人")
        ws.column_dimensions["B"].width = 28
        ws.column_dimensions["F"].width = 34
    # a third sheet that is not a record kind
    ws = wb.create_sheet("项目统计")
    ws["A1"] = "红岩村村级工程项目统计表"
    ws.append(["年度", "项目个数", "预算合计（元）", "合同合计（元）", "已付款（元）"])
    ws.append([2022, 3, 438000, 420000, 379660])
    ws.append([2023, 6, 2022000, 1940800, 1627546])
    ws.append(["合计", 9, 2460000, 2360800, 2007206])
    for r in (3, 4, 5):
        nd(fname, "项目统计", r, "统计表（非记录）")
    wb.save(os.path.join(FILES, fname))


# ---------------------------------------------------------------------------
# File 2: 重庆 .xls, 万元 column, 项目编号+项目名称 merged down
# ---------------------------------------------------------------------------
YX = "重庆渝兴建筑工程有限公司"
YX_C = YX + "\n项目经理：刘德明 13983456721"
SQ_2023 = [
    {"code": "SQ2023-01", "name": "石桥村大田湾人行便道建设", "amount": 286500.0, "contractor": YX,
     "stages": [
         ("村民代表大会决议", "2023.03.08", "2023-03-08", 29.8, 298000.0, "", "预算29.8万", "project"),
         ("竞争性比选", "2023.03.22", "2023-03-22", None, None, "綦江区横山镇公共资源交易平台", "", None),
         ("确定施工单位", "2023.03.29", "2023-03-29", 28.65, 286500.0, YX_C, "", None),
         ("签订施工合同", "2023.04.02", "2023-04-02", 28.65, 286500.0, YX_C, "", "contract"),
         ("进场施工", "2023.04.10", "2023-04-10", None, None, "", "", None),
         ("拨付工程款", "2023.05.20", "2023-05-20", 10, 100000.0, YX, "第一次", "payment"),
         ("拨付工程款", "2023.07.15", "2023-07-15", 12, 120000.0, YX, "第二次", "payment"),
         ("竣工验收", "2023.08.30", "2023-08-30", None, None, "镇农业服务中心", "", None),
         ("结算审核", "2023.09.25", "2023-09-25", 28.12, 281200.0, "重庆华审工程咨询有限公司", "", None),
         ("拨付工程款", "2023.10.18", "2023-10-18", 5.2764, 52764.0, YX, "结算款（留质保金）", "payment"),
     ]},
    {"code": "SQ2023-02", "name": "石桥村7社人饮水池新建", "amount": 78000.0, "contractor": "彭光明",
     "stages": [
         ("村民代表大会决议", "2023年4月6日", "2023-04-06", 8, 80000.0, "", "", "project"),
         ("直接发包", "2023年4月12日", "2023-04-12", None, None, "彭光明（7社村民）", "限额以下", None),
         ("签订施工合同", "2023年4月15日", "2023-04-15", "7.8\n（已付5）", 78000.0, "彭光明\n电话：15923146680", "", "contract"),
         ("拨付工程款", "2023年5月30日", "2023-05-30", 5, 50000.0, "彭光明", "", "payment"),
         ("竣工验收", "2023年6月28日", "2023-06-28", None, None, "", "", None),
         ("拨付工程款", "2023年7月6日", "2023-07-06", 2.8, 28000.0, "彭光明", "尾款", "payment"),
     ]},
    {"code": "SQ2023-03", "name": "石桥村柑橘园生产便道", "amount": 412300.0, "contractor": "重庆綦兴路桥建设有限公司",
     "stages": [
         ("村民代表大会决议", "2023.5.9", "2023-05-09", 43, 430000.0, "", "", "project"),
         ("公开招标", "2023.5.26", "2023-05-26", None, None, "綦江区公共资源交易中心", "", None),
         ("确定施工单位", "2023.6.16", "2023-06-16", 41.23, 412300.0, "重庆綦兴路桥建设有限公司\n联系人：马文军 13896052217", "", None),
         ("签订施工合同", "2023.6.20", "2023-06-20", 41.23, 412300.0, "重庆綦兴路桥建设有限公司\n联系人：马文军 13896052217", "", "contract"),
         ("进场施工", "2023.7.1", "2023-07-01", None, None, "", "", None),
         ("拨付工程款", "2023.8.15", "2023-08-15", 20, 200000.0, "重庆綦兴路桥建设有限公司", "", "payment"),
         ("拨付工程款", "2023.11.30", "2023-11-30", 15, 150000.0, "重庆綦兴路桥建设有限公司", "", "payment"),
     ]},
    {"code": "SQ2023-04", "name": "石桥村村委会办公楼维修", "amount": 49800.0, "contractor": YX,
     "stages": [
         ("村民代表大会决议", "2023.8.3", "2023-08-03", 4.98, 49800.0, "", "", "project"),
         ("签订施工合同", "2023.8.10", "2023-08-10", 4.98, 49800.0, YX, "", "contract"),
         ("拨付工程款", "2023.9.22", "2023-09-22", 4.98, 49800.0, YX, "", "payment"),
     ]},
    {"code": "SQ2023-05", "name": "石桥村村委会院坝硬化", "amount": 49500.0, "contractor": YX,
     "stages": [
         ("村民代表大会决议", "2023.8.3", "2023-08-03", 4.95, 49500.0, "", "与SQ2023-04同日决议", "project"),
         ("签订施工合同", "2023.8.12", "2023-08-12", 4.95, 49500.0, YX, "", "contract"),
         ("拨付工程款", "2023.9.22", "2023-09-22", 4.95, 49500.0, YX, "", "payment"),
     ]},
]
SQ_2022 = [
    {"code": "SQ2022-03", "name": "石桥村2社堰塘清淤", "amount": 36000.0, "contractor": "彭光明",
     "stages": [
         ("村民代表大会决议", "2022.10.11", "2022-10-11", 3.8, 38000.0, "", "", "project"),
         ("签订施工合同", "2022.10.20", "2022-10-20", 3.6, 36000.0, "彭光明", "", "contract"),
         ("拨付工程款", "2023.01.12", "2023-01-12", 3.6, 36000.0, "彭光明", "跨年结转支付", "payment"),
     ]},
    {"code": "SQ2022-04", "name": "石桥村便民桥护栏安装", "amount": 128000.0, "contractor": "重庆綦兴路桥建设有限公司",
     "stages": [
         ("村民代表大会决议", "2022.11.2", "2022-11-02", 13.5, 135000.0, "", "", "project"),
         ("竞争性比选", "2022.11.15", "2022-11-15", None, None, "", "", None),
         ("签订施工合同", "2022.11.25", "2022-11-25", 12.8, 128000.0, "重庆綦兴路桥建设有限公司", "", "contract"),
         ("拨付工程款", "2023.02.20", "2023-02-20", 6.4, 64000.0, "重庆綦兴路桥建设有限公司", "", "payment"),
         ("拨付工程款", "2023.04.28", "2023-04-28", 6.4, 64000.0, "重庆綦兴路桥建设有限公司", "", "payment"),
     ]},
]


def file2():
    fname = "横山镇石桥村工程项目进度台账.xls"
    village = "石桥村"
    wb = xlwt.Workbook(encoding="utf-8")
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    bold = xlwt.easyxf("font: bold on, height 320; align: horiz centre")
    for sheet, title, projs in (("2023年项目", "重庆市綦江区横山镇石桥村2023年村级工程项目进度台账", SQ_2023),
                                ("2022年结转项目", "石桥村2022年结转工程项目进度台账", SQ_2022)):
        ws = wb.add_sheet(sheet)
        ws.write_merge(0, 0, 0, 6, title, bold)
        ws.write(1, 0, "单位：万元")
        ws.write(1, 5, "统计时间：2023年12月31日")
        for c, h in enumerate(["项目编号", "项目名称", "实施环节", "时间", "金额（万元）", "单位/人员", "说明"]):
            ws.write(2, c, h)
        r = 3  # 0-based; Excel row = r+1
        for p in projs:
            top = r
            for st in p["stages"]:
                label, dc, diso, ac, ayuan, unit, note, role = st
                ws.write(r, 2, label)
                ws.write(r, 3, dc)
                if ac is not None:
                    ws.write(r, 4, ac, wrap)
                if unit:
                    ws.write(r, 5, unit, wrap)
                if note:
                    ws.write(r, 6, note)
                emit_truth_stage(fname, sheet, r + 1, village, p, st)
                r += 1
            ws.write_merge(top, r - 1, 0, 0, p["code"], wrap)
            ws.write_merge(top, r - 1, 1, 1, p["name"], wrap)
        paid = sum(s[4] for p in projs for s in p["stages"] if s[7] == "payment")
        ws.write(r, 0, "合计")
        ws.write(r, 2, "已拨付合计")
        ws.write(r, 4, round(paid / 10000, 4))
        nd(fname, sheet, r + 1, "合计 已拨付")
        r += 1
        ws.write(r, 0, "填表人：冉小琴    村务监督委员会主任：郑国华    村委会主任（签字）：")
        nd(fname, sheet, r + 1, "填表人/签字")
    wb.save(os.path.join(FILES, fname))


# ---------------------------------------------------------------------------
# File 3: 贵州 一事一议 筹资筹劳 公示 (.xlsx)
# ---------------------------------------------------------------------------
def file3():
    fname = "新坪村2023年一事一议筹资筹劳项目公示.xlsx"
    village = "新坪村"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目公示"
    ws.merge_cells("A1:M1")
    ws["A1"] = "瓮安县银盏镇新坪村2023年一事一议筹资筹劳项目公示表"
    ws.merge_cells("A2:M2")
    ws["A2"] = "公示时间：2023年3月20日至2023年3月26日                     金额单位：元"
    heads = ["序号", "项目名称", "建设地点", "建设内容及规模", "预算投资"]
    for i, h in enumerate(heads, 1):
        ws.merge_cells(start_row=3, end_row=4, start_column=i, end_column=i)
        ws.cell(3, i, h)
    ws.merge_cells("F3:I3")
    ws["F3"] = "资金来源"
    for i, h in enumerate(["村民筹资", "投劳折资", "财政奖补", "村集体投入"], 6):
        ws.cell(4, i, h)
    for i, h in enumerate(["受益户数", "议事时间", "施工单位", "备注"], 10):
        ws.merge_cells(start_row=3, end_row=4, start_column=i, end_column=i)
        ws.cell(3, i, h)
    projs = [
        ("新坪村坪上组串户路硬化", "坪上组", "硬化串户路1.2公里，宽2米", 156000, 18600, 12400, 110000, 15000, 62, "2023年3月2日", "", "2023-03-02", None),
        ("新坪村岩脚组安全饮水管网改造", "岩脚组", "更换PE管3.5公里、新建蓄水池1口", 98000, 12800, 8200, 70000, 7000, 48, "2023.3.2", "", "2023-03-02", None),
        ("新坪村大寨组文体活动场地", "大寨组", "硬化场地800平方米，安装健身器材1套", 124500, 9600, 6900, 98000, 10000, 55, "2023年3月5日", "瓮安县黔兴建筑工程有限公司\n联系人：吴国富 13985467720", "2023-03-05", "瓮安县黔兴建筑工程有限公司"),
        ("新坪村茶山组产业便道", "茶山组", "新建产业便道2.1公里", 210000, 15600, 24400, 150000, 20000, 71, "2023年3月5日", "瓮安县黔兴建筑工程有限公司", "2023-03-05", "瓮安县黔兴建筑工程有限公司"),
        ("新坪村新寨组排水沟", "新寨组", "新建排水沟900米", 67000, 7200, 9800, 45000, 5000, 39, "2023.3.8", "本组自建", "2023-03-08", None),
        ("新坪村路灯亮化工程", "全村", "安装太阳能路灯80盏", "15.2万元", 0, 0, 130000, 22000, 312, "2023.3.8", "", "2023-03-08", None),
    ]
    r = 5
    tot = [0] * 5
    for i, p in enumerate(projs, 1):
        (name, loc, scope, budget, cz, tl, cj, jt, hh, dtext, contractor, diso, ctr) = p
        vals = [i, name, loc, scope, budget, cz, tl, cj, jt, hh, dtext, contractor, ""]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, str) and "\n" in v:
                cell.alignment = WRAP
        b = 152000.0 if isinstance(budget, str) else float(budget)
        f = {"name": name, "budget": b, "contractor": ctr}
        rec(fname, "项目公示", r, "project", village, f)
        for k, v in enumerate([b, cz, tl, cj, jt]):
            tot[k] += v
        r += 1
    ws.cell(r, 1, "合计")
    for k, v in enumerate(tot):
        ws.cell(r, 5 + k, v)
    nd(fname, "项目公示", r, "合计")
    r += 2
    ws.cell(r, 1, "说明：筹资标准每人每年不超过20元（贵州省规定），投劳每个劳动力每年不超过5个工日，折资按每工日100元计算。")
    nd(fname, "项目公示", r, "说明")
    r += 1
    ws.cell(r, 1, "监督电话：银盏镇纪委 0854-2761234")
    nd(fname, "项目公示", r, "监督电话")
    r += 1
    ws.cell(r, 1, "新坪村民委员会   新坪村务监督委员会   2023年3月20日")
    nd(fname, "项目公示", r, "落款")

    # --- 筹资到户明细: money received from households (payment in)
    ws = wb.create_sheet("筹资到户明细")
    ws.merge_cells("A1:H1")
    ws["A1"] = "新坪村2023年一事一议筹资到户明细表"
    ws["A2"] = "单位：元"
    ws.append(["序号", "组别", "户主姓名", "家庭人口", "筹资标准（元/人）", "应筹金额", "实缴金额", "缴款日期", "收款人"])
    groups = {
        "坪上组": [("杨秀英", 5), ("王德福", 4), ("罗开明", 6), ("杨正发", 3), ("吴兴旺", 5), ("杨秀华", 2), ("王德才", 4), ("罗开富", 5)],
        "岩脚组": [("宋光荣", 4), ("宋光华", 3), ("田茂林", 6), ("田茂军", 5), ("陈家富", 4), ("陈家贵", 2), ("宋玉兰", 3)],
        "大寨组": [("韦朝明", 5), ("韦朝亮", 4), ("龙德文", 6), ("龙德武", 3), ("潘仕贵", 5), ("潘仕荣", 4)],
        "茶山组": [("张国强", 4), ("张国富", 5), ("刘光辉", 3), ("刘光亮", 6), ("赵世军", 4), ("赵世民", 5), ("黄明清", 2)],
    }
    r = 4
    seq = 0
    date_forms = [("2023.4.3", "2023-04-03"), ("2023年4月5日", "2023-04-05"), (dt.date(2023, 4, 8), "2023-04-08"),
                  ("20230412", "2023-04-12"), ("2023/4/15", "2023-04-15")]
    grand = 0
    for gi, (g, hhs) in enumerate(groups.items()):
        sub = 0
        for hi, (nm, ppl) in enumerate(hhs):
            seq += 1
            due = ppl * 15
            paid = due if (seq % 9) != 0 else due - 15  # a few households paid one person short
            dc, diso = date_forms[(gi + hi) % len(date_forms)]
            vals = [seq, g, nm, ppl, 15, due, paid, dc, "宋玉梅（报账员）"]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy\"年\"m\"月\"d\"日\""
            rec(fname, "筹资到户明细", r, "payment", village,
                {"date": diso, "amount": float(paid), "direction": "in", "counterparty": nm})
            sub += paid
            r += 1
        ws.cell(r, 2, g + "小计")
        ws.cell(r, 7, sub)
        nd(fname, "筹资到户明细", r, "小计")
        grand += sub
        r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 7, grand)
    nd(fname, "筹资到户明细", r, "合计")
    r += 1
    ws.cell(r, 1, "经办人：宋玉梅        审核：村务监督委员会 潘仕明")
    nd(fname, "筹资到户明细", r, "经办人/审核")

    # --- 投劳汇总: counts, not a record kind
    ws = wb.create_sheet("投劳统计")
    ws["A1"] = "新坪村2023年一事一议投劳统计"
    ws.append(["组别", "劳动力（人）", "应投工日", "实投工日", "折资（元）"])
    data = [("坪上组", 62, 124, 124, 12400), ("岩脚组", 41, 82, 82, 8200), ("大寨组", 35, 69, 69, 6900),
            ("茶山组", 61, 122, 122, 12200), ("新寨组", 49, 98, 98, 9800), ("合计", 248, 495, 495, 49500)]
    for i, d in enumerate(data):
        ws.append(list(d))
        nd(fname, "投劳统计", 3 + i, "统计表（非记录）")
    wb.save(os.path.join(FILES, fname))


# ---------------------------------------------------------------------------
# File 4: 两委 lists (.xls), one sheet per village + 监委会
# ---------------------------------------------------------------------------
def file4():
    fname = "银盏镇及联系村两委班子成员名单.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    lists = [
        ("新坪村", "新坪村", "瓮安县银盏镇新坪村“两委”班子成员名单", [
            ("杨光荣", "男", "1972.05", "党支部书记\n村委会主任", "党支部书记、村委会主任", "13885471236"),
            ("宋玉梅", "女", "1985.11", "党支部副书记", "党支部副书记", "13595436621"),
            ("吴国平", "男", "1978.03", "村委会副主任", "村委会副主任", "18285412297"),
            ("潘仕勇", "男", "1981.08", "党支部委员\n村委会委员", "党支部委员、村委会委员", "15185433318"),
            ("龙德英", "女", "1990.02", "村委会委员（妇女主任）", "村委会委员（妇女主任）", "13639473305"),
            ("韦朝贵", "男", "1968.12", "党支部委员", "党支部委员", "13765452207"),
            ("田茂华", "男", "1993.06", "村委会委员\n报账员", "村委会委员、报账员", "18885457764"),
        ]),
        ("红岩村", "红岩村", "邛崃市固驿镇红岩村“两委”班子成员名单", [
            ("罗建军", "男", "1970.09", "党总支书记\n村委会主任", "党总支书记、村委会主任", "13882456612"),
            ("何晓燕", "女", "1988.04", "党总支副书记\n村委会副主任", "党总支副书记、村委会副主任", "13551873409"),
            ("刘志明", "男", "1976.01", "党总支委员", "党总支委员", "13908165528"),
            ("张建华", "男", "1982.07", "村委会委员", "村委会委员", "15884572216"),
            ("李桂芳", "女", "1979.10", "村委会委员（妇联主席）", "村委会委员（妇联主席）", "13668142290"),
            ("刘大明", "男", "1974.03", "党总支委员\n第二村民小组组长", "党总支委员、第二村民小组组长", "13980634471"),
        ]),
        ("红岩村监委会", "红岩村", "红岩村村务监督委员会成员名单", [
            ("陈德胜", "男", "1965.06", "村务监督委员会主任", "村务监督委员会主任", "13458601123"),
            ("周淑芬", "女", "1971.02", "村务监督委员会委员", "村务监督委员会委员", "13980125564"),
            ("王顺林", "男", "1969.11", "村务监督委员会委员", "村务监督委员会委员", "15082417739"),
        ]),
        ("石桥村", "石桥村", "綦江区横山镇石桥村“两委”成员名单", [
            ("郑国华", "男", "1971.04", "党委书记\n村委会主任", "党委书记、村委会主任", "13908236651"),
            ("冉小琴", "女", "1987.09", "本土人才（综合服务专干）", "本土人才（综合服务专干）", "15310942273"),
            ("刘德才", "男", "1975.12", "党委副书记", "党委副书记", "13883954418"),
            ("彭光辉", "男", "1980.05", "村委会委员", "村委会委员", "13594132287"),
            ("马秀兰", "女", "1983.08", "村委会委员", "村委会委员", "18723167745"),
            ("郑小兵", "男", "1992.01", "党委委员\n村委会委员", "党委委员、村委会委员", "17783251196"),
        ]),
    ]
    for sheet, village, title, people in lists:
        ws = wb.add_sheet(sheet)
        ws.write_merge(0, 0, 0, 6, title)
        ws.write(1, 0, "填报日期：2023年6月30日")
        for c, h in enumerate(["序号", "姓名", "性别", "出生年月", "职务", "联系电话", "备注"]):
            ws.write(2, c, h)
        r = 3
        for i, (nm, sex, born, pos_cell, pos, phone) in enumerate(people, 1):
            ws.write(r, 0, i)
            ws.write(r, 1, nm)
            ws.write(r, 2, sex)
            ws.write(r, 3, born)
            ws.write(r, 4, pos_cell, wrap)
            ws.write(r, 5, phone)
            if "\n" in pos_cell:
                ws.write(r, 6, "一肩挑" if "书记" in pos_cell and "主任" in pos_cell else "交叉任职")
            # truth fix after first sight: the cell holds two lines; keep both, joined by a space
            # (the "、" first used here was my own punctuation, not in the cell)
            rec(fname, sheet, r + 1, "cadre", village, {"name": nm, "position": pos_cell.replace("\n", " ")})
            r += 1
        r += 1
        ws.write(r, 0, "注：本名单以镇党委备案为准，人员变动及时更新。")
        nd(fname, sheet, r + 1, "注")
    wb.save(os.path.join(FILES, fname))



# ---------------------------------------------------------------------------
# File 5: 贵州 湄潭县 核桃坝村 .xls, project name merged, stage rows, amounts mixed
# ---------------------------------------------------------------------------
HT = "遵义市黔北建设工程有限公司"
HT_C = HT + "\n联系人：王强 13812345678"
HTB = [
    {"name": "核桃坝村茶旅融合观光步道", "amount": 565000.0, "contractor": HT,
     "stages": [
         ("立项", "2023年2月20日", "2023-02-20", "58万元", 580000.0, "村民代表大会", "", "project"),
         ("招标", "2023年3月10日", "2023-03-10", None, None, "湄潭县公共资源交易中心", "", None),
         ("中标", "2023年3月31日", "2023-03-31", "56.5万", 565000.0, HT_C, "", None),
         ("签订合同", "2023年4月6日", "2023-04-06", "56.5万\n（已付30万）", 565000.0, HT_C, "", "contract"),
         ("开工", "2023年4月15日", "2023-04-15", None, None, "", "", None),
         ("付款", "2023年6月12日", "2023-06-12", "300000.00", 300000.0, HT, "进度款", "payment"),
         ("付款", "2023年9月8日", "2023-09-08", "200000.00", 200000.0, HT, "进度款", "payment"),
         ("验收", "2023年10月20日", "2023-10-20", None, None, "", "", None),
         ("审计", "2023年11月15日", "2023-11-15", "55.83万", 558300.0, "贵州黔正工程造价咨询事务所", "", None),
         ("付款", "2023年12月5日", "2023-12-05", "41,549.00", 41549.0, HT, "结算款（扣3%质保金）", "payment"),
     ]},
    {"name": "核桃坝村茶青交易市场雨棚", "amount": 132000.0, "contractor": "湄潭县兴茂钢结构有限公司",
     "stages": [
         ("立项", "2023年4月3日", "2023-04-03", 135000, 135000.0, "村民代表大会", "", "project"),
         ("比选", "2023年4月14日", "2023-04-14", None, None, "比选3家", "", None),
         ("签订合同", "2023年4月20日", "2023-04-20", "13.2万\n（已付8万）", 132000.0, "湄潭县兴茂钢结构有限公司\n联系人：冯志勇 13595263318", "", "contract"),
         ("付款", "2023年5月18日", "2023-05-18", 80000, 80000.0, "湄潭县兴茂钢结构有限公司", "", "payment"),
         ("验收", "2023年7月2日", "2023-07-02", None, None, "", "", None),
         ("付款", "2023年7月20日", "2023-07-20", "伍万贰仟元整", 52000.0, "湄潭县兴茂钢结构有限公司", "", "payment"),
     ]},
    {"name": "核桃坝村组组通公路加宽", "amount": 248600.0, "contractor": HT,
     "stages": [
         ("立项", "2023年5月6日", "2023-05-06", 260000, 260000.0, "村民代表大会", "", "project"),
         ("比选", "2023年5月20日", "2023-05-20", None, None, "", "", None),
         ("中标", "2023年5月26日", "2023-05-26", 248600, 248600.0, HT, "", None),
         ("签订合同", "2023年5月30日", "2023-05-30", 248600, 248600.0, HT_C, "", "contract"),
         ("付款", "2023年8月1日", "2023-08-01", 120000, 120000.0, HT, "", "payment"),
         ("付款", "2023年10月30日", "2023-10-30", 120000, 120000.0, HT, "", "payment"),
     ]},
    {"name": "核桃坝村茶园灌溉提灌站", "amount": 176800.0, "contractor": "贵州水韵水利工程有限公司",
     "stages": [
         ("立项", "2023年6月12日", "2023-06-12", 180000, 180000.0, "村民代表大会", "", "project"),
         ("签订合同", "2023年6月28日", "2023-06-28", 176800, 176800.0, "贵州水韵水利工程有限公司\n联系人：田勇 18685276654", "", "contract"),
         ("付款", "2023年8月25日", "2023-08-25", 90000, 90000.0, "贵州水韵水利工程有限公司", "", "payment"),
         ("验收", "2023年11月3日", "2023-11-03", None, None, "", "", None),
         ("付款", "2023年12月18日", "2023-12-18", 86800, 86800.0, "贵州水韵水利工程有限公司", "", "payment"),
     ]},
]


def file5():
    fname = "核桃坝村2023年项目建设管理台账.xls"
    village = "核桃坝村"
    wb = xlwt.Workbook(encoding="utf-8")
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    ws = wb.add_sheet("项目台账")
    ws.write_merge(0, 0, 0, 6, "湄潭县兴隆镇核桃坝村2023年项目建设管理台账")
    for c, h in enumerate(["项目名称", "日期", "事项", "金额", "对象", "备注", "经办人"]):
        ws.write(1, c, h)
    r = 2
    paid = 0.0
    for p in HTB:
        top = r
        for st in p["stages"]:
            label, dc, diso, ac, ayuan, unit, note, role = st
            ws.write(r, 1, dc)
            ws.write(r, 2, label)
            if ac is not None:
                ws.write(r, 3, ac, wrap)
            if unit:
                ws.write(r, 4, unit, wrap)
            if note:
                ws.write(r, 5, note)
            ws.write(r, 6, "杨再兴")
            emit_truth_stage(fname, "项目台账", r + 1, village, p, st)
            if role == "payment":
                paid += ayuan
            r += 1
        ws.write_merge(top, r - 1, 0, 0, p["name"], wrap)
    ws.write(r, 0, "累计支付")
    ws.write(r, 3, paid)
    nd(fname, "项目台账", r + 1, "累计支付（合计）")
    r += 2
    ws.write(r, 0, "制表人：杨再兴")
    ws.write(r, 3, "审核人：申德明")
    nd(fname, "项目台账", r + 1, "制表人/审核人")
    wb.save(os.path.join(FILES, fname))


file1()
file2()
file3()
file4()
file5()
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
    json.dump({"rows": ROWS, "non_data": NON}, fh, ensure_ascii=False, indent=1)
print(len(ROWS), "data rows;", len(NON), "non-data rows")
