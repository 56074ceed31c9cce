# -*- coding: utf-8 -*-
"""Blind test set: hand-kept page-printed journals (现金/银行存款日记账, 往来明细账), 2019-2023.
Deterministic. Writes files/ and truth.json beside this script."""
import json
import os

import openpyxl
import xlwt
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

TRUTH = {"rows": [], "non_data": []}
PAGE_BODY = 25


class Grid:
    def __init__(self, name):
        self.name = name
        self.cells = {}
        self.merges = []

    def put(self, r, c, v):
        if v is None or v == "":
            return
        self.cells[(r, c)] = v

    def merge(self, r1, c1, r2, c2, v):
        self.cells[(r1, c1)] = v
        self.merges.append((r1, c1, r2, c2))


def save_xlsx(path, grids, widths=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.name)
        for (r, c), v in sorted(g.cells.items()):
            ws.cell(row=r, column=c, value=v)
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    wb.save(path)


def save_xls(path, grids):
    wb = xlwt.Workbook(encoding="utf-8")
    for g in grids:
        ws = wb.add_sheet(g.name)
        merged_starts = {}
        covered = set()
        for r1, c1, r2, c2 in g.merges:
            merged_starts[(r1, c1)] = (r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.add((r, c))
        for (r1, c1), (r2, c2) in merged_starts.items():
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, g.cells.get((r1, c1), ""))
        for (r, c), v in sorted(g.cells.items()):
            if (r, c) in covered:
                continue
            ws.write(r - 1, c - 1, v)
    wb.save(path)


def money(x):
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------- journal engine
def build_lines(entries, opening, month_totals=True, first_opening_label="上年结转"):
    """entries: dicts with y,m,d,word,no,summary,cont,opp,inc,out,cp (+ extra).
    Returns a list of body lines (dicts with type)."""
    lines = []
    bal = opening
    cur_y = None
    cur_m = None
    m_in = m_out = y_in = y_out = 0.0

    def close_month(year_end=False):
        nonlocal m_in, m_out
        if not month_totals and not year_end:
            m_in = m_out = 0.0
            return
        if month_totals:
            lines.append(dict(type="本月合计", y=cur_y, m=cur_m, d=31 if cur_m in (1, 3, 5, 7, 8, 10, 12) else 30,
                              inc=m_in, out=m_out, bal=bal))
        lines.append(dict(type="本年累计", y=cur_y, m=cur_m, d=None, inc=y_in, out=y_out, bal=bal))
        m_in = m_out = 0.0

    for e in entries:
        if cur_y is not None and (e["y"], e["m"]) != (cur_y, cur_m):
            close_month(e["y"] != cur_y)
            if e["y"] != cur_y:
                lines.append(dict(type="结转下年", y=cur_y, m=12, d=31, bal=bal))
        if e["y"] != cur_y:
            if cur_y is not None:
                lines.append(dict(type="yearline", y=e["y"]))
            lines.append(dict(type=first_opening_label if cur_y is None else "上年结转", y=e["y"], m=1, d=1, bal=bal))
            y_in = y_out = 0.0
            cur_y = e["y"]
        cur_m = e["m"]
        bal = money(bal + (e["inc"] or 0) - (e["out"] or 0))
        m_in += e["inc"] or 0
        m_out += e["out"] or 0
        y_in += e["inc"] or 0
        y_out += e["out"] or 0
        line = dict(e)
        line.update(type="entry", bal=bal)
        lines.append(line)
        if e.get("cont"):
            lines.append(dict(type="cont", y=e["y"], text=e["cont"]))
    close_month(True)
    lines.append(dict(type="结转下年", y=cur_y, m=12, d=31, bal=bal))
    return lines


def paginate(lines):
    """Split into pages of PAGE_BODY rows: 承前页 first (not on page 1), 过次页 last (if more follow)."""
    pages = []
    i = 0
    n = len(lines)
    carry = None
    while i < n:
        body = []
        if pages:
            body.append(dict(type="承前页", **carry))
        while i < n:
            if len(body) + (n - i) <= PAGE_BODY:
                body.extend(lines[i:])
                i = n
                break
            room = PAGE_BODY - 1 - len(body)
            need = 2 if (lines[i]["type"] == "entry" and i + 1 < n and lines[i + 1]["type"] == "cont") else 1
            if need > room:
                break
            body.extend(lines[i:i + need])
            i += need
        if i < n:
            last = [l for l in body if l.get("bal") is not None][-1]
            carry = dict(y=last.get("y"), bal=last["bal"])
            body.append(dict(type="过次页", **carry))
        pages.append(body)
    return pages


WORDS_IN = "现收"
WORDS_OUT = "现付"


def fmt_amt(v):
    return v


def write_journal(g, pages, spec, fname, village, kind_fn, start_row=1, page_no_start=1, extra_header=None):
    """Render pages into grid g, registering truth. Returns next free row."""
    r = start_row
    cols = spec["cols"]  # list of column keys
    ncol = len(cols)
    ci = {k: i + 1 for i, k in enumerate(cols)}
    page_no = page_no_start
    last_m_on_page = None
    last_d = None
    for body in pages:
        # page header
        g.merge(r, 1, r, ncol, spec["title"])
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="页眉标题(重复)"))
        r += 1
        info = spec["info"] + ("" if extra_header is None else extra_header)
        g.put(r, 1, info)
        g.put(r, ncol - 1, "第 %d 页" % page_no)
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="页眉科目/页码(重复)"))
        r += 1
        first_y = next((l["y"] for l in body if l.get("y")), None)
        h1, h2 = r, r + 1
        g.merge(h1, ci["m"], h1, ci["d"], "%d年" % first_y)
        g.put(h2, ci["m"], "月")
        g.put(h2, ci["d"], "日")
        for key, label in spec["heads"]:
            if key in ("m", "d"):
                continue
            if isinstance(label, tuple):
                g.put(h1, ci[key], label[0])
                g.put(h2, ci[key], label[1])
            else:
                g.merge(h1, ci[key], h2, ci[key], label)
        for grp in spec.get("groups", []):
            a, b, lab = grp
            g.merge(h1, ci[a], h1, ci[b], lab)
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=h1, what="表头第1行(重复)"))
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=h2, what="表头第2行(重复)"))
        r += 2
        last_m_on_page = None
        for l in body:
            t = l["type"]
            if t == "entry":
                if spec.get("month_once"):
                    if l["m"] != last_m_on_page:
                        g.put(r, ci["m"], l["m"])
                else:
                    g.put(r, ci["m"], l["m"])
                if spec.get("ditto") and last_d == (l["y"], l["m"], l["d"]) and last_m_on_page == l["m"]:
                    g.put(r, ci["d"], "〃")
                else:
                    g.put(r, ci["d"], l["d"])
                last_m_on_page = l["m"]
                last_d = (l["y"], l["m"], l["d"])
                if "word" in ci:
                    g.put(r, ci["word"], l["word"])
                    g.put(r, ci["no"], l["no"])
                else:
                    g.put(r, ci["no"], "%s%s" % (l["word"], l["no"]))
                g.put(r, ci["sum"], l["summary"])
                if "opp" in ci:
                    g.put(r, ci["opp"], l["opp"])
                for k in ("method", "ticket", "cpcol"):
                    if k in ci:
                        g.put(r, ci[k], l.get(k))
                if l["inc"]:
                    g.put(r, ci["inc"], spec.get("amt", fmt_amt)(l["inc"]))
                if l["out"]:
                    g.put(r, ci["out"], spec.get("amt", fmt_amt)(l["out"]))
                g.put(r, ci["dir"], "平" if abs(l["bal"]) < 0.005 else ("借" if l["bal"] > 0 else "贷"))
                g.put(r, ci["bal"], spec.get("amt", fmt_amt)(abs(l["bal"])))
                direction, amount = kind_fn(l)
                TRUTH["rows"].append(dict(
                    file=fname, sheet=g.name, row=r, kind="payment", village=village,
                    fields=dict(date="%04d-%02d-%02d" % (l["y"], l["m"], l["d"]), amount=amount,
                                direction=direction, counterparty=l["cp"])))
            elif t == "cont":
                g.put(r, ci["sum"], l["text"])
                TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="摘要续行"))
            elif t == "yearline":
                g.put(r, ci["m"], "%d年" % l["y"])
                TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="年份行"))
                last_m_on_page = None
            else:
                if t in ("本月合计", "上年结转", "结转下年") and l.get("m"):
                    if t == "上年结转" or not spec.get("month_once") or l["m"] != last_m_on_page:
                        g.put(r, ci["m"], l["m"])
                    g.put(r, ci["d"], l["d"])
                g.put(r, ci["sum"], t)
                if l.get("inc") is not None and t in ("本月合计", "本年累计"):
                    g.put(r, ci["inc"], spec.get("amt", fmt_amt)(money(l["inc"])))
                    g.put(r, ci["out"], spec.get("amt", fmt_amt)(money(l["out"])))
                g.put(r, ci["dir"], "平" if abs(l["bal"]) < 0.005 else ("借" if l["bal"] > 0 else "贷"))
                g.put(r, ci["bal"], spec.get("amt", fmt_amt)(abs(l["bal"])))
                TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what=t))
            r += 1
        page_no += 1
        r += 2  # blank lines between pages
    return r, page_no


def cash_dir(l):
    return ("in", l["inc"]) if l["inc"] else ("out", l["out"])


# ---------------------------------------------------------------- 1. 红旗村 现金日记账 (xlsx)
PEOPLE = ["王建军", "李秀英", "张卫东", "刘桂兰", "陈志强", "赵永福", "周海燕", "吴德明", "孙立新", "郑春花",
          "黄国庆", "杨美娟", "徐长根", "朱小平", "何金水"]


def cash_entries_hongqi():
    E = []
    # (month, day, kind, summary-template, cont, opp, amount, cp)
    plan = {
        2019: [(1, 8, "in", "从银行提取备用金", None, "银行存款", 5000, None),
               (1, 15, "out", "付{p}1月份保洁工资", None, "管理费用", 1800, "P"),
               (3, 6, "out", "付临安区永兴五金建材商店购水泥、", "钢管、阀门等材料款", "在建工程", 1286.5, "临安区永兴五金建材商店"),
               (3, 20, "in", "收{p}2019年鱼塘承包金", None, "发包及上交收入", 2400, "P"),
               (6, 11, "out", "付{p}报销办公用品费", None, "管理费用", 356.8, "P"),
               (6, 28, "out", "现金存入银行", None, "银行存款", 3000, None),
               (9, 3, "out", "付村民代表会议误工补贴（18人）", None, "管理费用", 900, None),
               (12, 24, "out", "付{p}困难户春节慰问金", None, "公益支出", 500, "P")],
        2020: [(1, 9, "in", "从银行提取备用金", None, "银行存款", 6000, None),
               (1, 9, "out", "付{p}1月份保洁工资", None, "管理费用", 1800, "P"),
               (2, 17, "out", "付青山镇惠民药房疫情防控口罩、", "消毒液、测温枪款", "管理费用", 2368, "青山镇惠民药房"),
               (2, 26, "out", "付{p}疫情卡口值守误工补贴", None, "管理费用", 1200, "P"),
               (4, 14, "in", "收{p}2020年鱼塘承包金", None, "发包及上交收入", 2400, "P"),
               (7, 2, "out", "付{p}报销防汛草包、编织袋款", None, "管理费用", 645, "P"),
               (7, 30, "out", "现金存入银行", None, "银行存款", 2000, None),
               (11, 5, "in", "收{p}交来废旧办公桌椅变卖款", None, "其他收入", 320, "P"),
               (12, 21, "out", "付{p}困难户春节慰问金", None, "公益支出", 600, "P")],
        2021: [(1, 12, "in", "从银行提取备用金", None, "银行存款", 5000, None),
               (1, 18, "out", "付{p}1月份保洁工资", None, "管理费用", 2000, "P"),
               (3, 9, "out", "付临安区永兴五金建材商店购", "路灯灯泡及电线款", "管理费用", 968, "临安区永兴五金建材商店"),
               (3, 25, "in", "收{p}2021年鱼塘承包金", None, "发包及上交收入", 2600, "P"),
               (5, 7, "out", "付{p}报销村务公开栏制作费", None, "管理费用", 780, "P"),
               (8, 16, "out", "付{p}等3人沟渠清淤人工费", None, "在建工程", 1350, "P"),
               (8, 31, "out", "现金存入银行", None, "银行存款", 2500, None),
               (10, 12, "in", "收{p}交来场地临时租用费", None, "租赁收入", 400, "P"),
               (12, 28, "out", "付{p}困难户春节慰问金", None, "公益支出", 600, "P")],
        2022: [(1, 10, "in", "从银行提取备用金", None, "银行存款", 5000, None),
               (1, 10, "out", "付{p}1月份保洁工资", None, "管理费用", 2000, "P"),
               (4, 6, "in", "收{p}2022年鱼塘承包金", None, "发包及上交收入", 2600, "P"),
               (4, 22, "out", "付{p}报销差旅费（赴区农业农村局", "办理项目申报）", "管理费用", 236, "P"),
               (6, 15, "out", "付青山镇汇通广告图文店印制", "政策宣传横幅款", "管理费用", 420, "青山镇汇通广告图文店"),
               (9, 8, "out", "付{p}文化礼堂保洁补贴", None, "管理费用", 600, "P"),
               (9, 30, "out", "现金存入银行", None, "银行存款", 3000, None),
               (12, 20, "out", "付{p}困难户春节慰问金", None, "公益支出", 800, "P")],
        2023: [(1, 6, "in", "从银行提取备用金", None, "银行存款", 8000, None),
               (1, 13, "out", "付{p}1月份保洁工资", None, "管理费用", 2200, "P"),
               (1, 19, "out", "付{p}春节慰问困难党员", None, "公益支出", 1000, "P"),
               (3, 14, "in", "收{p}2023年鱼塘承包金", None, "发包及上交收入", 2800, "P"),
               (5, 9, "out", "付临安区永兴五金建材商店购", "消防器材款", "管理费用", 1560, "临安区永兴五金建材商店"),
               (7, 21, "out", "付{p}报销防汛物资款", None, "管理费用", 882.5, "P"),
               (7, 31, "out", "现金存入银行", None, "银行存款", 4000, None),
               (10, 17, "in", "收{p}交来电费代收款", None, "其他收入", 365.2, "P"),
               (12, 26, "out", "付{p}困难户春节慰问金", None, "公益支出", 800, "P")],
    }
    pi = 0
    for y in sorted(plan):
        nin = nout = 0
        for (m, d, k, s, cont, opp, amt, cp) in plan[y]:
            name = None
            if "{p}" in s:
                name = PEOPLE[pi % len(PEOPLE)]
                pi += 1
                s = s.format(p=name)
            if cp == "P":
                cp = name
            if k == "in":
                nin += 1
                word, no = WORDS_IN, nin
            else:
                nout += 1
                word, no = WORDS_OUT, nout
            E.append(dict(y=y, m=m, d=d, word=word, no=no, summary=s, cont=cont, opp=opp,
                          inc=amt if k == "in" else None, out=amt if k == "out" else None, cp=cp))
    return E


def make_hongqi_cash():
    fname = "红旗村现金日记账（2019-2023）.xlsx"
    g = Grid("现金日记账")
    spec = dict(title="现 金 日 记 账",
                info="核算单位：青山镇红旗村股份经济合作社        单位：元",
                cols=["m", "d", "word", "no", "sum", "opp", "inc", "out", "dir", "bal"],
                heads=[("word", ("凭证", "字")), ("no", ("", "号")), ("sum", "摘    要"), ("opp", "对方科目"),
                       ("inc", "收入（借方）"), ("out", "支出（贷方）"), ("dir", "借或贷"), ("bal", "结  余")],
                groups=[("word", "no", "凭证")])
    lines = build_lines(cash_entries_hongqi(), 3268.4)
    pages = paginate(lines)
    r, _ = write_journal(g, pages, spec, fname, "红旗村", cash_dir)
    g.put(r, 1, "注：2020年8月起出纳由吴德明移交周海燕，交接时库存现金经监督委员会盘点相符。")
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="附注"))
    r += 1
    g.put(r, 1, "会计：陈国华")
    g.put(r, 5, "出纳：周海燕")
    g.put(r, 8, "村务监督委员会主任：徐长根")
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="签名"))
    save_xlsx(os.path.join(OUT, fname), [g], widths={"E": 34, "F": 12, "G": 12, "H": 12, "J": 12})


# ---------------------------------------------------------------- 2. 红旗村 银行存款日记账 (xls)
BANK = "浙江临安农村商业银行青山支行"


def bank_entries_hongqi():
    plan = {
        2019: [(1, 8, "out", "提取备用金", "现金支票", "XJ0201", "库存现金", 5000, None, None),
               (2, 20, "in", "收镇财政拨付2019年村级组织运转经费", "转账", "", "补助收入", 80000, "青山镇财政所", "青山镇财政所"),
               (4, 2, "in", "收杭州临安森禾竹木制品有限公司", "转账", "", "租赁收入", 36000, "杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", "厂房2019年度租金"),
               (5, 18, "out", "付临安区宏达建设有限公司机耕路硬化工程进度款", "转账支票", "ZZ3351", "在建工程", 126000, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (6, 28, "in", "现金存入", "现金缴款", "", "库存现金", 3000, None, None),
               (6, 30, "in", "二季度结息", "", "", "其他收入", 86.42, BANK, BANK),
               (8, 9, "out", "付国网杭州市临安区供电公司路灯电费", "委托收款", "", "管理费用", 2315.6, "国网杭州市临安区供电公司", "国网杭州市临安区供电公司"),
               (11, 26, "out", "付临安区宏达建设有限公司机耕路硬化工程尾款", "转账支票", "ZZ3358", "在建工程", 48600, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (12, 30, "out", "付2019年度村干部误工报酬", "转账", "", "应付工资", 62400, None, None)],
        2020: [(1, 9, "out", "提取备用金", "现金支票", "XJ0207", "库存现金", 6000, None, None),
               (3, 12, "in", "收镇财政拨付2020年村级组织运转经费", "转账", "", "补助收入", 85000, "青山镇财政所", "青山镇财政所"),
               (4, 10, "in", "收杭州临安森禾竹木制品有限公司", "转账", "", "租赁收入", 36000, "杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", "厂房2020年度租金"),
               (6, 3, "out", "付杭州绿源园林工程有限公司村口绿化工程款", "转账", "", "在建工程", 58300, "杭州绿源园林工程有限公司", "杭州绿源园林工程有限公司"),
               (7, 30, "in", "现金存入", "现金缴款", "", "库存现金", 2000, None, None),
               (9, 15, "out", "付临安区正衡工程造价咨询事务所审计费", "转账", "", "管理费用", 3800, "临安区正衡工程造价咨询事务所", "临安区正衡工程造价咨询事务所"),
               (9, 15, "out", "转账手续费", "", "", "管理费用", 5.5, BANK, BANK),
               (12, 29, "out", "付2020年度村干部误工报酬", "转账", "", "应付工资", 64800, None, None)],
        2021: [(1, 12, "out", "提取备用金", "现金支票", "XJ0213", "库存现金", 5000, None, None),
               (3, 5, "in", "收镇财政拨付2021年村级组织运转经费", "转账", "", "补助收入", 90000, "青山镇财政所", "青山镇财政所"),
               (3, 31, "in", "收杭州临安森禾竹木制品有限公司", "转账", "", "租赁收入", 38000, "杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", "厂房2021年度租金"),
               (5, 20, "out", "付临安区宏达建设有限公司文化礼堂改造工程款", "转账支票", "ZZ3402", "在建工程", 185000, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (5, 20, "out", "付临安区宏达建设有限公司文化礼堂附属工程款", "转账支票", "ZZ3403", "在建工程", 98000, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (8, 31, "in", "现金存入", "现金缴款", "", "库存现金", 2500, None, None),
               (10, 8, "in", "收区农业农村局一事一议财政奖补资金", "转账", "", "补助收入", 120000, "杭州市临安区农业农村局", "杭州市临安区农业农村局"),
               (12, 30, "out", "付2021年度村干部误工报酬", "转账", "", "应付工资", 68400, None, None)],
        2022: [(1, 10, "out", "提取备用金", "现金支票", "XJ0220", "库存现金", 5000, None, None),
               (2, 24, "in", "收镇财政拨付2022年村级组织运转经费", "转账", "", "补助收入", 90000, "青山镇财政所", "青山镇财政所"),
               (4, 8, "in", "收杭州临安森禾竹木制品有限公司", "转账", "", "租赁收入", 38000, "杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", "厂房2022年度租金"),
               (6, 14, "out", "付杭州清源水利工程有限公司山塘清淤工程款", "转账", "", "在建工程", 76500, "杭州清源水利工程有限公司", "杭州清源水利工程有限公司"),
               (8, 2, "out", "付国网杭州市临安区供电公司路灯电费", "委托收款", "", "管理费用", 2688.3, "国网杭州市临安区供电公司", "国网杭州市临安区供电公司"),
               (9, 30, "in", "现金存入", "现金缴款", "", "库存现金", 3000, None, None),
               (12, 29, "out", "付2022年度村干部误工报酬", "转账", "", "应付工资", 70200, None, None)],
        2023: [(1, 6, "out", "提取备用金", "现金支票", "XJ0226", "库存现金", 8000, None, None),
               (3, 2, "in", "收镇财政拨付2023年村级组织运转经费", "转账", "", "补助收入", 95000, "青山镇财政所", "青山镇财政所"),
               (4, 11, "in", "收杭州临安森禾竹木制品有限公司", "转账", "", "租赁收入", 40000, "杭州临安森禾竹木制品有限公司", "杭州临安森禾竹木制品有限公司", "厂房2023年度租金"),
               (6, 19, "out", "付临安区宏达建设有限公司村道白改黑工程款", "转账支票", "ZZ3455", "在建工程", 198000, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (7, 31, "in", "现金存入", "现金缴款", "", "库存现金", 4000, None, None),
               (9, 12, "out", "付临安区宏达建设有限公司村道白改黑工程质保金", "转账支票", "ZZ3461", "在建工程", 10000, "临安区宏达建设有限公司", "临安区宏达建设有限公司"),
               (12, 28, "out", "付2023年度村干部误工报酬", "转账", "", "应付工资", 72000, None, None)],
    }
    E = []
    for y in sorted(plan):
        n = 0
        for t in plan[y]:
            m, d, k, s, method, ticket, opp, amt, cpcol, cp = t[:10]
            cont = t[10] if len(t) > 10 else None
            n += 1
            E.append(dict(y=y, m=m, d=d, word="银", no=n, summary=s, cont=cont, opp=opp, method=method,
                          ticket=ticket, cpcol=cpcol, inc=amt if k == "in" else None,
                          out=amt if k == "out" else None, cp=cp))
    return E


def make_hongqi_bank():
    fname = "红旗村银行存款日记账2019-2023.xls"
    g = Grid("银行存款日记账")
    spec = dict(title="银 行 存 款 日 记 账",
                info="开户行：%s    账号：201000158872xxxx    单位：元" % BANK,
                cols=["m", "d", "no", "method", "ticket", "sum", "cpcol", "opp", "inc", "out", "dir", "bal"],
                heads=[("no", "凭证号数"), ("method", ("结算凭证", "种类")), ("ticket", ("", "号数")),
                       ("sum", "摘要"), ("cpcol", "对方户名"), ("opp", "对方科目"),
                       ("inc", "借方"), ("out", "贷方"), ("dir", "借或贷"), ("bal", "余额")],
                groups=[("method", "ticket", "结算凭证")],
                month_once=True)
    lines = build_lines(bank_entries_hongqi(), 485430.18)
    pages = paginate(lines)
    r, _ = write_journal(g, pages, spec, fname, "红旗村", cash_dir)
    g.put(r, 1, "注：2023年末余额已与银行对账单核对一致，未达账项见余额调节表。")
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="附注"))
    r += 1
    g.put(r, 1, "记账：陈国华")
    g.put(r, 6, "审核：孙立新")
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="签名"))
    save_xls(os.path.join(OUT, fname), [g])


# ---------------------------------------------------------------- 3. 红旗村 往来明细账 (xlsx)
def make_hongqi_wanglai():
    fname = "红旗村往来明细账.xlsx"
    # receivables: 借方 = money lent/advanced out, 贷方 = money returned (in)
    recv = {
        "王建军": [(2019, 4, 3, "借支赴杭州参加培训差旅费", None, 2000, None),
                  (2019, 4, 19, "交回多余借款", None, None, 650),
                  (2020, 5, 12, "借支购买防疫物资周转金", None, 3000, None),
                  (2020, 6, 30, "归还借款", None, None, 3000),
                  (2021, 9, 7, "借支组织村民外出考察", "车辆租赁定金", 5000, None),
                  (2022, 1, 20, "归还借款", None, None, 2000),
                  (2023, 3, 15, "归还借款", None, None, 1350)],
        "青山镇农机服务站": [(2019, 3, 1, "借出农机站购置收割机周转资金", None, 20000, None),
                       (2020, 3, 2, "收回借款", None, None, 8000),
                       (2021, 3, 5, "收回借款", None, None, 8000),
                       (2022, 3, 8, "收回借款", None, None, 4000)],
        "刘桂兰": [(2021, 6, 10, "借支村办幼儿园维修备用金", None, 1500, None),
                  (2021, 7, 26, "交回备用金余款", None, None, 320),
                  (2023, 8, 3, "借支文化礼堂演出活动备用金", None, 2500, None),
                  (2023, 9, 18, "交回备用金余款", None, None, 480)],
    }
    # payables: 贷方 = money received and held (in), 借方 = money paid back (out)
    pay = {
        "张卫东": [(2019, 3, 20, "收鱼塘承包履约保证金", None, None, 5000),
                  (2022, 3, 22, "退还鱼塘承包履约保证金", None, 5000, None),
                  (2022, 4, 6, "收新一轮鱼塘承包履约保证金", None, None, 6000)],
        "临安区宏达建设有限公司": [(2021, 4, 12, "收文化礼堂改造工程投标保证金", None, None, 20000),
                         (2021, 5, 25, "退还文化礼堂改造工程投标保证金", None, 20000, None),
                         (2023, 5, 8, "收村道白改黑工程投标保证金", None, None, 30000),
                         (2023, 6, 26, "退还村道白改黑工程投标保证金", None, 30000, None)],
        "杭州绿源园林工程有限公司": [(2020, 4, 20, "收村口绿化工程投标保证金", None, None, 10000),
                          (2020, 6, 8, "退还村口绿化工程投标保证金", "（转账，银行回单附后）", 10000, None),
                          (2021, 6, 15, "收绿化养护期履约保证金", None, None, 3000),
                          (2022, 6, 20, "退还绿化养护期履约保证金", None, 3000, None)],
        "青山镇财政所": [(2019, 2, 22, "收代管农户危房改造补助资金", None, None, 45000),
                    (2019, 3, 18, "代发农户危房改造补助", None, 45000, None),
                    (2021, 11, 9, "收代管低保临时救助资金", None, None, 12000),
                    (2021, 11, 30, "代发临时救助金", None, 12000, None)],
    }
    grids = []
    for sheet, accts, opening_dir, acct in (("应收款", recv, "借", "应收款"), ("应付款", pay, "贷", "应付款")):
        g = Grid(sheet)
        r = 1
        page_no = 1
        for name, rows in accts.items():
            E = []
            for i, (y, m, d, s, cont, debit, credit) in enumerate(rows):
                if acct == "应收款":
                    inc, out = credit, debit  # money flows: credit = returned (in)
                    dr, cr = debit, credit
                else:
                    inc, out = credit, debit
                    dr, cr = debit, credit
                E.append(dict(y=y, m=m, d=d, word="记", no=(i * 7 + 3) % 40 + 1, summary=s, cont=cont,
                              opp="库存现金" if (inc or out or 0) < 3000 else "银行存款",
                              inc=inc, out=out, cp=name, dr=dr, cr=cr))
            # ledger columns are 借方/贷方: for 应收款 借方 = out; for 应付款 贷方 = in
            lines = build_lines([dict(e, inc=e["dr"], out=e["cr"]) for e in E], 0.0, month_totals=False)
            # build_lines computed balance as 借 - 贷; fine for both (sign shown in 借或贷)
            pages = paginate(lines)
            spec = dict(title="%s 明 细 账" % acct,
                        info="一级科目：%s    明细科目：%s    单位：元" % (acct, name),
                        cols=["m", "d", "word", "no", "sum", "inc", "out", "dir", "bal"],
                        heads=[("word", ("凭证", "字")), ("no", ("", "号")), ("sum", "摘    要"),
                               ("inc", "借方"), ("out", "贷方"), ("dir", "借或贷"), ("bal", "余额")],
                        groups=[("word", "no", "凭证")])

            def kf(l, acct=acct):
                # l["inc"] is 借方, l["out"] is 贷方 here
                if acct == "应收款":
                    return ("out", l["inc"]) if l["inc"] else ("in", l["out"])
                return ("out", l["inc"]) if l["inc"] else ("in", l["out"])

            r, page_no = write_journal(g, pages, spec, fname, "红旗村", kf, start_row=r, page_no_start=page_no)
        g.put(r, 1, "会计：陈国华")
        g.put(r, 5, "审核：孙立新")
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="签名"))
        grids.append(g)
    # a balance summary sheet (not a record kind)
    g = Grid("往来余额表")
    g.merge(1, 1, 1, 5, "红旗村往来款项余额表（2023年12月31日）")
    for c, h in enumerate(["科目", "明细科目", "借方余额", "贷方余额", "备注"], 1):
        g.put(2, c, h)
    summ = [("应收款", "王建军", 3000.0, None, "2021年借支未清"), ("应收款", "青山镇农机服务站", None, None, "已结清"),
            ("应收款", "刘桂兰", 2020.0, None, ""), ("应付款", "张卫东", None, 6000.0, "鱼塘保证金"),
            ("应付款", "临安区宏达建设有限公司", None, None, "已结清"), ("应付款", "杭州绿源园林工程有限公司", None, None, ""),
            ("应付款", "青山镇财政所", None, None, "")]
    r = 3
    for row in summ:
        for c, v in enumerate(row, 1):
            g.put(r, c, v)
        TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="余额表行（非记录）"))
        r += 1
    g.put(r, 1, "合计")
    g.put(r, 3, 5020.0)
    g.put(r, 4, 6000.0)
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="合计"))
    grids.append(g)
    save_xlsx(os.path.join(OUT, fname), grids, widths={"E": 34})


# ---------------------------------------------------------------- 4. 东岭村 现金日记账 (xls, 2 sheets)
def make_dongling():
    fname = "东岭村2021-2023年现金日记账.xls"
    plan = [
        (2021, 1, 5, "in", "提现", None, "银行存款", 4000, None),
        (2021, 1, 5, "out", "付蒋炳坤1月份护林员工资", None, "管理费用", 1500, "蒋炳坤"),
        (2021, 1, 5, "out", "付东岭村老年协会", "重阳节活动补助", "公益支出", 800, "东岭村老年协会"),
        (2021, 2, 8, "out", "付沈月琴报销春节走访慰问品款", None, "公益支出", 960, "沈月琴"),
        (2021, 4, 16, "in", "收方宏伟交来茶山承包费", None, "发包及上交收入", 3200, "方宏伟"),
        (2021, 4, 16, "out", "付潘志明修理村委会屋顶", "漏水工料费", "管理费用", 1150, "潘志明"),
        (2021, 6, 2, "out", "存入信用社", None, "银行存款", 3000, None),
        (2021, 6, 21, "in", "提现", None, "银行存款", 3000, None),
        (2021, 6, 21, "out", "付蒋炳坤上半年护林员工资", None, "管理费用", 3000, "蒋炳坤"),
        (2021, 10, 11, "out", "付淳安县千岛湖文具店购办公用品", None, "管理费用", 412.6, "淳安县千岛湖文具店"),
        (2021, 12, 27, "out", "付俞水根等5户低保户", "春节慰问金", "公益支出", 1000, "俞水根"),
        (2022, 1, 4, "in", "提现", None, "银行存款", 5000, None),
        (2022, 1, 4, "out", "付蒋炳坤1月份护林员工资", None, "管理费用", 1600, "蒋炳坤"),
        (2022, 3, 3, "in", "收方宏伟交来茶山承包费", None, "发包及上交收入", 3200, "方宏伟"),
        (2022, 3, 3, "out", "付沈月琴报销三八节活动费", None, "管理费用", 580, "沈月琴"),
        (2022, 5, 19, "out", "付潘志明修补东岭水库", "溢洪道人工费", "在建工程", 2600, "潘志明"),
        (2022, 5, 19, "in", "收童建平交来旧校舍临时租金", None, "租赁收入", 1200, "童建平"),
        (2022, 8, 8, "out", "存入信用社", None, "银行存款", 4000, None),
        (2022, 8, 30, "in", "提现", None, "银行存款", 3500, None),
        (2022, 8, 30, "out", "付蒋炳坤护林员工资（2-8月）", None, "管理费用", 3500, "蒋炳坤"),
        (2022, 11, 14, "out", "付淳安县千岛湖文具店购档案盒", None, "管理费用", 296, "淳安县千岛湖文具店"),
        (2022, 12, 26, "out", "付俞水根等5户低保户", "春节慰问金", "公益支出", 1000, "俞水根"),
        (2023, 1, 9, "in", "提现", None, "银行存款", 6000, None),
        (2023, 1, 9, "out", "付蒋炳坤1月份护林员工资", None, "管理费用", 1700, "蒋炳坤"),
        (2023, 2, 15, "out", "付东岭村老年协会元宵活动补助", None, "公益支出", 600, "东岭村老年协会"),
        (2023, 3, 28, "in", "收方宏伟交来茶山承包费", None, "发包及上交收入", 3400, "方宏伟"),
        (2023, 3, 28, "out", "付沈月琴报销党员学习资料费", None, "管理费用", 345, "沈月琴"),
        (2023, 6, 12, "out", "存入信用社", None, "银行存款", 4500, None),
        (2023, 7, 7, "in", "提现", None, "银行存款", 2000, None),
        (2023, 7, 7, "out", "付潘志明防汛抢险人工费", None, "管理费用", 1800, "潘志明"),
        (2023, 9, 20, "in", "收童建平交来旧校舍临时租金", None, "租赁收入", 1200, "童建平"),
        (2023, 9, 20, "out", "付淳安县威坪五金店购", "消防水带、灭火器款", "管理费用", 1380, "淳安县威坪五金店"),
        (2023, 12, 22, "out", "付俞水根等5户低保户", "春节慰问金", "公益支出", 1000, "俞水根"),
    ]
    E = []
    cnt = {}
    for (y, m, d, k, s, cont, opp, amt, cp) in plan:
        cnt[y] = cnt.get(y, 0) + 1
        E.append(dict(y=y, m=m, d=d, word="记", no=cnt[y], summary=s, cont=cont, opp=opp,
                      inc=amt if k == "in" else None, out=amt if k == "out" else None, cp=cp))
    g = Grid("现金")
    spec = dict(title="东岭村现金日记账",
                info="淳安县威坪镇东岭村经济合作社    金额单位：元",
                cols=["m", "d", "no", "sum", "opp", "inc", "out", "dir", "bal"],
                heads=[("no", "凭证号"), ("sum", "摘要"), ("opp", "对方科目"),
                       ("inc", "借方金额"), ("out", "贷方金额"), ("dir", "方向"), ("bal", "余额")],
                month_once=True, ditto=True)
    lines = build_lines(E, 4852.3)
    pages = paginate(lines)
    r, _ = write_journal(g, pages, spec, fname, "东岭村", cash_dir)
    g.put(r, 1, "报账员：沈月琴")
    g.put(r, 5, "村务监督委员会：俞国良")
    TRUTH["non_data"].append(dict(file=fname, sheet=g.name, row=r, what="签名"))
    cover = Grid("封面")
    cover.put(3, 2, "淳安县威坪镇东岭村经济合作社")
    cover.put(5, 2, "现 金 日 记 账")
    cover.put(7, 2, "启用日期：2021年1月1日")
    cover.put(8, 2, "截止日期：2023年12月31日")
    cover.put(9, 2, "共  页")
    cover.put(11, 2, "会计主管：俞国良    记账：沈月琴")
    for rr in (3, 5, 7, 8, 9, 11):
        TRUTH["non_data"].append(dict(file=fname, sheet="封面", row=rr, what="封面"))
    save_xls(os.path.join(OUT, fname), [cover, g])


make_hongqi_cash()
make_hongqi_bank()
make_hongqi_wanglai()
make_dongling()

with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(TRUTH, f, ensure_ascii=False, indent=1)
print("data rows:", len(TRUTH["rows"]), "non_data:", len(TRUTH["non_data"]))
