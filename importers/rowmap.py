"""Provides the per-row work: skip rules, cell parsing, combining and the record itself.

Every data row of a recognised sheet ends as exactly one of:

- a record (possibly with warnings: cells that could not be parsed are kept
  raw and the field is left empty);
- a skipped row, with its reason (see below); blank rows in the middle of the
  table are skipped too (blank rows after the last row of the table are not
  part of it);
- a rejected row, with the reason naming the column: a row whose essential
  fields (the project's name, the payment's amount …) are missing or unreadable.

Rows that are not data, and so are skipped with their reason:

- 合计/小计/本年累计 rows, opening and closing balances (上年结转, 期初余额,
  上年结存, 本月结存 …), the net of a period (本季收支相抵, 收支差额, 当期结余) and
  page carry lines (承前页/过次页). The label must be the whole cell, allowing a
  period, a village or a unit's full name before it ("2021年合计", "石桥村小计",
  "孙桥镇张家湾村股份经济合作社 小计"), a section number ("三、期末结余") and a
  short tail or a colon/bracket part after it ("期初余额数", "合计：…"):
  "期末余额调整" or "上年结余资金拨付道路工程" is a transaction. A row that carries
  a voucher number is never a summary or balance row ("支付误工补贴合计", 记-1).
- a group's total named after the group, however long its name ("上湾自然村道路硬化（一期、二期）
  小计"): one of the texts of the records above it (the project's name merged down over its
  payments) with 小计/合计 after it, and no voucher; a count footer ("合计笔数：10", "总笔数：10");
- a row with a total's word in any text, both an income and an expense amount,
  and neither a date nor a voucher ("…合作社2023年1-6月小计"): no posting has
  both sides without a date;
- a row whose only non-empty cells are amounts (and counts or balances in
  columns no field uses): an unlabelled totals row, such as =SUM(D3:D4);
- a total's word (小计, 合计, 累计 …) in one cell of a row that has nothing else but amounts, that cell
  not the record's title (摘要, 名称): "7-9月小计" written in the 报账日期 column;
- a column-number row (栏次: 1, 2, 3 … across the columns, perhaps after a 栏次
  or 甲/乙 label), printed under the header of report forms;
- a repeated header row: enough of the header's texts, or nothing but them
  (the 收入/支出 child row of a two-row header repeated at a page break);
- a repeated title or unit line. In a sheet that takes its village from its
  title (no 村名 column), a title line that names another village starts that
  village's section: the rows below it are filed under that village;
- footer lines: a first cell such as 制表人：… in a short all-text row or in a
  row without an amount (a date beside it is allowed), any "label：value"
  line alone in its row (导出时间：…, 查询条件：…), and a sentence alone in its
  row (…。, 如有异议…, 监督电话…);
- one text merged on its row across three columns or more, with no amount: a
  title, group or note line, however it is worded;
- a numbered group heading alone in its row ("一、房屋及建筑物", "（二）离任人员"), a category
  alone ("经营性资产", "工程类") and a text with no digit or letter alone in the 编号 column;
- the 落款 of a 公示: the body that issues it and a date, nothing else ("下洋村村民委员会 | 2023年10月8日"),
  or each alone on its line under the table; in a cadre list, a body alone ("村民委员会") heads its members;
- a section row, which gives the rows below it what they share (see below);
- a "其中：…" line under a 合计 row, or under an entry with nothing but figures
  beside it (其中：土方工程 | 35200): a part of the amount above it;
- in a 年/月/日 journal, a year or month line ("2023年", "2020年3月份") that starts a new
  year or month (a 日 column with no 月 column takes its month from these lines);
- rows with nothing in any mapped column;
- voided rows (作废): a 状态 or 备注 cell that says 作废/已作废, or a 摘要 that is only
  "作废" ("本凭证作废"). A voided voucher or contract is kept in the books with its
  amount but never took effect: as a live record it would inflate totals and raise
  overpayment or duplicate flags. It is skipped with its reason, its raw row kept;
  "未作废" is no mark. A red-ink (红字) line is no voided row: it is imported with its
  negative amount, which reverses the entry it corrects.

Section rows carry down to the rows of their section (each keeping its own row
number), and the sheet's note names them:

- a heading that names a village alone ("一、那良村", "（二）城东社区：", "那良村：", a
  count in brackets after it), in a sheet without a 村名 column: the rows below are
  that village's, whatever the title or file name says. Unnumbered, a village's body
  alone ("那良村村民委员会（盖章）") is who signs under the table, no heading;
- a side heading over a single amount column ("一、本期收入", "支出部分", "（二）支出项目"):
  the entries below are income or expenses;
- an account line between the blocks of a 明细分类账 ("科目：1002 银行存款"): a cash
  block's entries are paid in cash, a bank block's are not assumed to be (a 现金支票 is
  paid from the bank). Once a cash or bank block has been read, the block of another
  account (应付款, 管理费用) books the other side of the same vouchers: its rows are
  skipped, saying so.

A heading may carry its group's figures beside it ("一、那良村 | 3 | 226500"): those are
the group's total, not an entry. The section's own 合计 or 小计 ("那良村小计", "收入合计")
is the footer of the group and ends it; a part's total inside it ("经营收入小计") does not.

A 同上 / 〃 in an imported cell (a hand-kept register not repeating a value) is the
value of that column in the data row above, with a warning; the raw row keeps 同上.
A 单位 column right of an amount whose header names no unit gives that row's
unit (12.85 | 万元).

Payments combine several columns: 收入/支出 or 借方/贷方 or 金额 + 方向 give
``direction`` + ``amount``; 年/月/日 give ``date``; 凭证字 + 凭证号 give "记-15".
A 日记账 writes 月 (and 年) only on the first entry of each month, so the last
month and year seen are carried down the sheet (a new year, from a year line,
the 年 column or a 年月 cell such as "2022年11月", clears the month); a row whose
date still cannot be formed gets a warning naming the column. With no year written
in the sheet, a month falling back by half a year or more (12 → 1), or the first
after a 结转下年/上年结转 line between entries, starts the next year when the title
names a span of years that reaches it ("2022年11月至2023年2月"); otherwise the year
stays and every entry from there on is warned about (a title of one year cannot say
whether the book ran on into the next). A row with both an income and an
expense amount is imported as the expense (money leaving the village is what
the rules check) with a warning that names the income kept in the raw row:
splitting it would make two records of one row. Where a sheet has both a 小写
and a 大写 column for one amount and they differ, the primary column's value is
kept and a warning names both.

A money or date cell holding a formula that was never calculated ("=…") is
reported as such, with what to do about it, rather than as an unreadable amount.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from importers import rents, values
from importers.account_sides import AccountHeadings, entry_side
from importers.accounts import CASH, clearing_account, money_account
from importers.bodies import heading_body, non_cadre_heading, position_with_body
from importers.changes import ContractChanges, payment_plan_reason
from importers.digits import join_digit_runs
from importers.kinds import is_collector_header
from importers.parties import (
    LEGAL_ENTITY_WORDS,
    PAY_VERBS,
    account_party,
    is_village_body,
    labelled_party,
    summary_organisation,
)
from importers.persons import known_person, summary_person
from importers.cells import NO_INVOICE_CELLS, fast_text, money_converter, reads_estimates
from importers.party_cells import ReadParty
from importers.plan import MONEY_HELPERS, SheetPlan, column_name, summary_party
from importers.plan import CARD_REFUND, REMARK_HEADERS, VILLAGE_SOURCE_LABELS, join_notes, merged_text
from importers.synonyms import (
    AREA_UNIT,
    MONTHLY_RENT,
    CREDIT,
    RESOURCE_TOTAL_HEADERS,
    DAY,
    DEBIT,
    DUE,
    INVOICE,
    MEASURED,
    REVIEW,
    END_FIELD,
    EXPENSE,
    INCOME,
    MONTH,
    PRICE,
    QUANTITY,
    START_FIELD,
    TERM,
    UNIT_PRICE,
    VILLAGE,
    VOUCHER_WORD,
    YEAR,
    YEARLY_RENT,
    field_label,
    header_base,
    header_cell_score,
    match_column,
    normalize_header,
    split_brackets,
)
from xuncha.names import is_person_name
from xuncha.traditional import has_traditional, simplified
from importers.villages import bare_village_name, find_villages, full_forms, village_alone
from importers.unread_side import unread_side, unread_side_reason
from xuncha.models import DATE, INT, KIND_FIELDS, MONEY, NUMBER, TITLE_FIELD, field_spec

RECORD, SKIPPED, REJECTED = "record", "skipped", "rejected"
WarningItem = tuple[str, str | None, str]
"""(column, cell text or None for an empty cell, reason) of a warning on an imported row."""

# A summary row: the label may carry a period ("2021年", "本月", "7-9月", "第一季度") or a
# village ("石桥村小计") before it, and a colon, a bracket or a count ("共计5笔") after it.
# A unit's subtotal names the unit in full ("孙桥镇张家湾村股份经济合作社 小计"): a longer prefix is
# allowed when it ends in such a name, not a long 摘要 ("支付村民误工补贴合计" is a transaction).
_SUMMARY_RE = re.compile(
    r"^(?:\d{4}年度?)?(?:\d{1,2}(?:月份?)?[-－—–~～至到]\d{1,2}月份?|\d{1,2}月份?)?(?:第?[一二三四1-4]季度)?"
    r"(?P<prefix>[^\d]{0,8}?|[^\d]{2,30}?(?:村|社区|居委会|合作社|经济社|联合社|委员会|村委会|小组|组|镇|乡|街道|单位))"
    r"(?P<word>合计|小计|总计|累计|共计)(?:支付|付款|拨付|已付|已拨付|已支付|收款|收入|支出)?"
    r"(?:金额|数|额|数额|笔数|条数|项数|户数|件数)?"
    r"(?:[:：(（\[【].*|\d{1,6}(?:笔|项|个|份|条|户|宗|张|次|人)(?:[,，、].*)?)?$"
)
# An opening or closing balance, the net of a period's income and expense (本季收支相抵, 收支差额)
# or a page carry line, perhaps numbered as the last part of a 公开栏 ("三、期末结余"). The label
# must be the whole cell (a short tail such as 余额/数 or a colon/bracket part allowed): "期末余额调整"
# and "上年结余资金拨付道路工程" are transactions, not balances.
_BALANCE_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])?"
    r"(?:\d{4}年度?)?(?:\d{1,2}月份?)?"
    r"(?:(?:承|接)?(?:上年|上期|上月|本年|本期|本月|当年|当期|当月|期初|期末|年初|年末|月初|月末|年终|本季度?|上季度?|季初|季末)?末?"
    r"(?:(?:收支|收入支出)?(?:结转|结余|结存|余额)|(?:收支|收入支出)(?:相抵|差额|轧差|净额)(?:后(?:结余|余额))?)|"
    r"期初数|年初数|结转下年|结转下期|结转下月|下年结转|"
    r"承前页|过次页|转下页|接上页|转次页|承上页|"
    # The opening line of a cash book written without its 结转 ("承上年" on 1月1日): the balance brought in.
    r"(?:承|接)(?:上年|上期|上月))"
    r"(?:余额|金额|数|额)?(?:[:：(（\[【].*)?$"
)
_FOOTER_RE = re.compile(
    r"^(?:制表人?|填表人?|填报人|审核人?|复核人?|审批人?|负责人|单位负责人|主管会计|会计主管|会计|出纳|"
    r"记账人?|制单人?|经办人|登记人|统计人|编制人|编报人|核对人|记录人|报账员|村务监督委员会|监委会|注|说明|"
    r"备注|填报日期|制表日期|打印日期|打印时间|报送日期|登记日期)"
    r"(?:主任|成员)?(?:审核|审查|审批)?(?:意见|签字|签名|盖章|签章|[(（](?:签字|签名|盖章|签章)[)）])?\s*[:：]"
)
# What the first cell of a line of stamps or signatures has: a cheap test before the others, which
# every row of a CSV (all text) would pay.
_SIGNATURE_HINT = re.compile("[:：章]")
# A line of stamps under the table: "村委会（盖章） | 村务监督委员会（盖章）".
_STAMP = re.compile(r"[(（](?:盖章|签章|公章|章|签字|签名)[)）]\s*$")
# A count of the rows above, printed by a platform or a bank under its table: "共 6 条记录", "共7笔",
# "总笔数：10", "交易笔数:10"; a voucher list's "共22张凭证 打印人：…" (not "共3张发票", which may be a 摘要).
_COUNT_LINE = re.compile(r"^(?:本页)?共\s*\d+\s*(?:条|笔|项|份|页|户|宗|张(?:记账)?凭证)|"
                         r"^(?:本页|合计|总计|总|交易|收入|支出|借方|贷方)?(?:笔数|条数|记录数)\s*[:：]?\s*\d")
# A line alone in its row that is only "label：value" (导出时间：…, 查询条件：…, 数据来源：…): what a
# platform prints above or under its table. No field of any kind holds such a cell on its own.
# The label may name its stamp: "村务监督委员会（签章）：周永平".
_LONE_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:[(（](?:盖章|签章|公章|签字|签名)[)）])?\s*[:：]")
# A line alone in a ledger's body naming the party of the entries below it, as a 往来明细账 opens each
# person's or unit's block: "户名：高俊生", "单位：繁峙县鑫盛建筑队", "往来单位：…".
_PARTY_LINE = re.compile(r"^(?:户名|单位|单位名称|往来单位|往来户|往来户名|对方单位|客户)\s*[:：]\s*(?P<party>\S.*)$")
# A row paid on the contractor's behalf to others: "代发农民工工资", "代付材料款" (not to the contractor).
_PAID_FOR_ANOTHER = re.compile(r"代发|代付")
# What such a line names when it is the table's unit, not a party: "单位：元", "单位：万元", "单位：亩".
_MEASURE_UNIT = re.compile(r"^(?:人民币)?[十百千万亿]*元|^(?:亩|公顷|平方米|平米|米|公里|吨|台|件|套|个|人|户)$")
# A stamp or a signature in the line: "单位：石板沟村村民委员会（盖章）" signs the table.
_SIGNED = re.compile(r"盖章|签章|公章|签字|签名")
# A sentence alone in its row about the table above: "以上信息仅供参考", "以上收支情况属实".
_ABOUT_THE_TABLE = re.compile(r"^(?:以上|上述|本表|此表)[\u4e00-\u9fff]{3}")
# A remark in brackets on a line of its own, about the page rather than an entry: "（截至2023年8月17日
# 巡察调取时账页）", "（注：本页为复印件）", "（数据来源：农经系统）". An entry has an amount beside its 摘要.
_BRACKETED_REMARK = re.compile(r"^[（(][^（）()]*(?:截至|截止|注[:：]|说明|来源|调取|摘自|摘录|复印|抄录)[^（）()]*[）)]$")
# A month's sheet that had nothing to book says so in a cell of its own: "本月无收支", "本期无发生额".
_NOTHING_BOOKED = re.compile(r"^[（(]?(?:本月|本期|当月|本季度?)?无(?:收支|发生额?|业务|收入|支出)(?:业务|事项|记录)?[）)]?$")
# A numbered heading alone in its row: "一、房屋及建筑物", "（二）离任人员", "第三部分": the rows
# below it are one group; the heading names the group, it is no entry.
_NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|"
                               r"第[一二三四五六七八九十]{1,3}(?:部分|类|节|组))\s*[^\d\s]")
# A category's name alone in its row, unnumbered: "经营性资产", "非经营性资产", "工程类" over the
# entries of that category, as a 资产清查登记表 groups them (its 小计 closes the group).
_CATEGORY_HEADING = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:资产|类)[:：]?$")
# A stage's name alone in its row, over the projects at that stage: "2024年计划项目", "在建工程", and in a
# bilingual or English book "Planned 2024", "Ongoing projects" (spaces removed, lower case; a bilingual
# cell may match in either part: "Planned 2024 计划项目"). A project is never named only by its stage.
_STAGE_HEADING = re.compile(r"^(?:\d{4}年度?)?(?:计划|拟建|拟实施|拟开工|在建|续建|新建|已完工|已完成|已竣工|储备|待建)"
                            r"(?:的)?(?:项目|工程)(?:[(（]\d{4}年?度?[)）])?[:：]?$")
_ENGLISH_STAGE_HEADING = re.compile(r"^(?:planned|proposed|ongoing|on-going|inprogress|completed|finished|pipeline|"
                                    r"continuing)(?:projects?|works)?(?:\(?\d{4}\)?)?(?:[-–]\d{4})?[:：]?$")
# The body that signs a 公示 under its table: a village's committee, collective, party branch or a town.
_ISSUER = re.compile(r"(?:村民委员会|村委会|居民委员会|居委会|经济合作社|经济联合社|经联社|党支部|党总支|党委|"
                     r"人民政府|办事处|监督委员会)(?:[(（](?:盖章|签章|公章|章)[)）])?$")
# A body alone in its row in a cadre list: the heading of its members below (村民委员会, 村党支部委员会).
_ORGAN_HEADING = re.compile(r"(?:委员会|支部|总支|党委|合作社|联合社|小组)(?:成员|班子)?[:：]?$")
# No 编号 is written without a digit or a letter: such a text alone in the 编号 column heads a group.
_ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
# A footer label that opens a block of numbered notes under the table ("说明：" then "1、…", "2、…").
_NOTES_LABEL = re.compile(r"^(?:注|说明|填表说明|备注|附注)\s*[:：]")
# A numbered line of such a block: "1.本年…", "2、统计截止…", "（3）作废合同…" (a number then words).
_NUMBERED_NOTE = re.compile(r"^(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）]|[一二三四五六七八九十][、.．])\s*[^\d\s]{4}")
# A sentence alone in its row under (or over) the table: what the 公示 tells the villagers, not an
# entry ("公示期内如有异议，请向村务监督委员会反映。监督电话：…"). A record's name is no sentence.
_SENTENCE = re.compile(r"[。！]|如有异议|如有疑问|有异议的|监督电话|举报电话|投诉电话|联系电话|咨询电话|公示期|公开期")
# A group's total named after the group: "青石溪河道清淤及护岸 小计" under the payments of that project.
_GROUP_TOTAL = re.compile(r"^(?P<name>.+?)(?:的)?(?:小计|合计|总计|共计)(?:金额|数|额)?[:：]?$")
# The texts of a group's records kept to recognise its total: a ledger with no total row for
# thousands of rows has no group to name, and keeping all its texts would cost the memory of a
# million-row import.
_GROUP_TEXTS_LIMIT = 5_000
# A word of a total anywhere in a row's texts: with both sides filled and no date, the row is one.
# Excel's 分类汇总 names its lines after the function chosen: "宋桂香 汇总", "宋桂香 计数" (the count of
# the group's rows in the amount column), "… 平均值", "… 最大值".
_TOTAL_WORD = re.compile("合计|小计|总计|累计|共计|汇总|计数|平均值|最大值|最小值")
# Header rows name columns and hold no figures; data rows of every kind have an amount, a date or
# a number: a cheap test before the header scoring, which every row of a CSV (all text) would pay.
_ANY_DIGIT = re.compile(r"[0-9０-９]")
# The breakdown of a total on the lines under it: "其中：财政奖补", "其中:道路类".
_BREAKDOWN_RE = re.compile(r"^其中[:：]")
# A title or unit line repeated in the body: "石桥村收支明细（续）", "单位：元", "第2页".
_TITLE_LINE_RE = re.compile(
    r"台账|明细表|明细账|日记账|一览表|统计表|登记表|情况表|名单|花名册|（续）|\(续\)|续表|"
    r"^(?:金额|计量)?单位[:：]|^(?:填报|编制|核算)单位[:：]|^第\d+页(?:[,，/]?共\d+页)?$|^共\d+页")
# How an entry's 摘要 opens ("付…", "收到…", "借支…"): a line that opens so is an entry of its own, not the
# rest of the 摘要 above it carried onto a second line (a missing amount stays reported).
_ENTRY_OPENERS = (*PAY_VERBS, "借支", "借出", "借给", "报销", "购买", "购", "提取", "提现", "存入", "交回", "归还", "退还")
_ANY_COLON = re.compile("[:：]")
CONTINUED_SUMMARY_REASON = "摘要的续行：上一行（第 {row} 行）的摘要写到了本行，已接在第 {row} 行的摘要后面（“{text}”），本行不另作一笔"
CONTINUED_PARTY_REASON = ("对方户名的续行：上一行（第 {row} 行）的对方户名写到了本行，已接在第 {row} 行的对方户名后面"
                         "（“{party}”）{summary}，本行不另作一笔")
# The page number a title line printed over each page carries ("第 2 页", "第2页/共5页"): without it the
# line is the same on every page ("开户行：…　账号：… | 第 3 页").
_PAGE_MARK = re.compile(r"第\d+页(?:[,，/]?共\d+页)?|共\d+页")
# What an invoice's or a reviewer's cell says of a claim without a proper invoice: "白条", "收条", "无票",
# "发票后补" (the words of the white_slip rule's list, in the importer's own).
_NO_INVOICE = re.compile("白条|收条|借条|欠条|领条|自制收据|手写收据|无票|无发票|没有发票|未开票|未取得发票|后补|补票")
# Every summary or balance label contains one of these (a cheap filter before the regexes).
_LABEL_HINT = re.compile("计|结转|结余|结存|余额|初数|页|共|相抵|差额|轧差|净额|笔数|条数|记录数|未付|未支付|尚欠|欠付|承上|接上|"
                         "total|balance|forward|b/f|c/f|b/d|c/d", re.IGNORECASE)
# The same labels in English (a donor-funded project's book, a platform's English interface), folded
# (no spaces, lower case): the whole cell, perhaps with a colon or bracket part ("Total (16 contracts)").
# "Total annual rent" or "Balance of the grant" say more than a label and are left to the other tests.
_ENGLISH_SUMMARY_RE = re.compile(r"^(?:grand|sub|sub-|page|monthly|yearly|annual)?totals?(?:[:：(（\[].*)?$")
_ENGLISH_BALANCE_RE = re.compile(
    r"^(?:(?:opening|closing|beginning|ending|brought-?forward|carried-?forward)balance|"
    r"balance(?:b/f|c/f|b/d|c/d|broughtforward|carriedforward|forward)|broughtforward|carriedforward|b/f|c/f)"
    r"(?:[:：(（\[].*)?$")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9/&'.-]*")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
UNPAID_LINE_REASON = "未付余额行"
MIN_OWN_TEXTS = 2
"""So many texts besides its 备注 (a number, a name, a party) make a row that says 未付 an entry of its own."""
# What a 工程款支付台账 still owes under its 累计 line ("未付金额", "尚欠工程款"): the contract's rest, no
# money that moved. The label must be the whole cell ("支付未付工程款" is a transaction).
_UNPAID_LINE = re.compile(r"^(?:合同)?(?:未付|未支付|尚未支付|尚欠|欠付|剩余未付)(?:工程)?(?:金额|款|款项|余额|数|额)?"
                          r"(?:[:：(（\[【].*)?$")
# A column-number row (栏次) starts with 1 or with one of these labels (甲/乙 number text columns).
_COLUMN_NUMBER_LABELS = frozenset({"栏次", "行次", "栏号", "列次", "甲", "乙", "丙", "丁"})
_COLUMN_NUMBER_STARTS = _COLUMN_NUMBER_LABELS | {1, "1"}
# A year or month line in the body of a 年/月/日 journal ("2023年", "2020年3月份", "4月"): the entries
# below it are of that year and month. A 日 column with no 月 column takes its month from them.
_PERIOD_LINE_RE = re.compile(r"^(?:(?P<y>(?:19|20)\d{2})年度?)?(?:(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?)?$")
# A voucher number: an optional word (记, 现收, 银付, 记字第) and one number above zero, "号" after it.
# "记" alone, "1-2" or "共2张" in a totals row's 凭证号 cell are not vouchers.
_VOUCHER_RE = re.compile(r"^[^\d\s]{0,6}?[-—－_#]?0*[1-9]\d{0,7}号?$")
# The number before a section's heading: "一、", "（二）", "3.", "第一部分".
_SECTION_NUMBER = (r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]|"
                   r"第[一二三四五六七八九十]{1,3}(?:部分|片)?[、.．:：]?)")
# A section line of a disclosure table that lists income, then expenses ("二、支出明细", "（一）收入部分",
# "一、本期收入"): the entries below it are of that side.
_SECTION_RE = re.compile(rf"^{_SECTION_NUMBER}?(?:(?:本|当)(?:期|月|季度?|年度?))?"
                         r"(?P<side>收入|支出|收款|付款)(?:明细表?|部分|情况|项目|类)?[:：]?$")
_INCOME_SIDES = ("收入", "收款")
_NUMBERED_SECTION = re.compile(rf"^{_SECTION_NUMBER}")
# A group's number alone in the 序号 column, its name in the next: "一 | 那良村", "（二） | 支出".
_GROUP_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]?|[(（][一二三四五六七八九十]{1,3}[)）])$")
# A bracketed aside after a section's name: "那良村（3个项目）".
_SECTION_ASIDE = re.compile(r"[(（][^()（）]{0,12}[)）]$")
# A year-end closing entry: it moves an income or expense account's balance to 本年收益 by a voucher of its
# own ("记-99 期末结转本年收益"), and no money moves. Read as an entry, a 管理费用 ledger's closing credit
# became an income of the year's whole spending.
_CLOSING_ENTRY = re.compile(r"^(?:期末|年末|年终|月末)?结转(?:本年|本期|本月|全年)?(?:收益|损益|利润|收支|费用|支出|收入)"
                            r"(?:分配)?$")
CLOSING_ENTRY_REASON = "期末结转分录（{text}）：把本科目的余额转入本年收益，没有收付款项，不是一笔收支"
# A 计量支付台账's period that was measured but not paid (本期实付 0 or blank, no 支付日期, 备注 "资金未到位"):
# read from its 计量 sum it became a phantom payment of the whole period.
UNPAID_MEASURE_REASON = "计量未支付（{header} {amount} 元，本期实付为空或为 0，没有支付日期）：没有付出款项，不是一笔支出"
# A 结算方式 that says no money moved: a purchase on credit ("赊欠", "赊购", "挂账", "欠款", "未付"), or a sale
# ("赊销"). Read as a payment, the later real payment of the same sum (付-41 "支付10月赊购砂石款") made a
# false duplicate_payment and doubled what the supplier was paid. The method must open with the word:
# "转账（付清赊欠款）" is the payment of the credit.
_ON_CREDIT = re.compile(r"^[(（]?(?:赊欠|赊购|赊账|赊帐|赊销|挂账|挂帐|挂往来|欠款|欠账|欠帐|暂欠|未付|未支付|尚未支付)")
STOCK_OUT_REASON = "出库（领用）行：物资出库不涉及资金收付，不是一笔收支（购进时已按入库记过）"
ON_CREDIT_REASON = "结算方式写“{method}”：赊购或挂账，没有收付款项，不是一笔收支（付清时另有一笔）"
# A ledger's account line above one of its blocks: "科目：1002 银行存款", "会计科目:库存现金". A 明细分类账
# of several accounts puts their blocks one under the other, each under its own line.
_ACCOUNT_LINE = re.compile(r"^(?:会计)?科目(?:名称|代码|编码)?\s*[:：]\s*(?P<account>.*)$")
# Its first word, without a code: "科目：应付款—刘振江  东王庄村 2023年" (the line's other cells follow a gap).
_ACCOUNT_TOKEN = re.compile(r"^(?:会计)?科目(?:名称)?\s*[:：]\s*(?:\d+\s*)?(?P<account>\S+)")
# A ledger sheet's account in two parts above its header: "总账科目：应付款　　明细科目：刘振江".
_GENERAL_ACCOUNT_LINE = re.compile(r"(?:总账科目|一级科目|总分类科目)\s*[:：]\s*(?:\d+\s*)?(?P<account>\S+)")
_SUBACCOUNT_LINE = re.compile(r"(?:明细科目|二级科目|明细账户)\s*[:：]\s*(?:\d+\s*)?(?P<account>\S+)")
# Summary labels that close a month in a journal: the next entry without a 月 is not in that month.
_CLOSES_MONTH = re.compile(r"本月|月计|\d{1,2}月份?(?:合计|小计|累计)|本年(?:合计|累计)|季度")
# Lines that close a journal's year or open the next one between its entries.
_CLOSES_YEAR = re.compile(r"结转下年|下年结转|转下年")
_OPENS_YEAR = re.compile(r"上年结转|上年结余|上年结存|上年余额|上年转入|年初余额|年初数|[承接]上年")  # 承上年结存 too
# How far a journal's month must fall back to be a new year (12 → 1, 11 → 3): less is a late entry.
_YEAR_TURN_DROP = 6
# A month cell: 3, "3", "03", "3月", "3月份".
_MONTH_CELL = re.compile(r"^(0?[1-9]|1[0-2])(?:月份?)?$")
# The child of a two-row money header that only names a unit (合同金额 over 万元 | 元).
_UNIT_CHILD = re.compile(r"^[(（]?(?:万元|万|元)[)）]?$")
# Columns that number the rows: a number there makes the row a data row, not an unlabelled total.
_VILLAGE_ENDINGS = ("村", "社区", "居委会", "居", "经济社")
# A rent cell that gives the price per 亩 (and year): "510元/亩", "510元/亩/年", "每亩510元".
_PRICE_PER_MU = re.compile(r"(\d+(?:\.\d+)?)元/亩(?:/年|·年)?|每亩(?:每年)?(\d+(?:\.\d+)?)元(?:/年)?")
# The two halves of an amount cut at an unquoted thousands comma ("12", "500.00"; letter O for 0 too).
_LEADING_GROUP = re.compile(r"^[-¥￥]?\d{1,3}$")
_THOUSANDS_TAIL = re.compile(r"^[0-9oO]{3}(?:[,，][0-9oO]{3})*(?:\.[0-9oO]{1,2})?$")
# The longest a term may run (土地承包 runs 30 years, some 集体土地 leases 50) when one end typed with a
# two-digit year is read in the century of the other end.
_LONGEST_TERM_YEARS = 70
# A rent cell that names its period: "3500元/年", "0.35万元/年", "每年3500元"; "3000元/月", "每月3000元".
_PER_YEAR = re.compile(r"[¥￥]?(\d[\d,.]*(?:万元|万|元)?)[/／](?:年|年度)|每年[¥￥]?(\d[\d,.]*(?:万元|万|元))")
_PER_MONTH = re.compile(r"[¥￥]?(\d[\d,.]*(?:万元|万|元)?)[/／](?:月|个月)|每月[¥￥]?(\d[\d,.]*(?:万元|万|元))")
# A contract's amount cell that gives a rate, not the contract's sum: "1.2万元/年", "800元/月", "每亩510元".
_RATE_AMOUNT = re.compile(r"\d[\d,.]*(?:万元|万|元)?(?:/|每)(年|月|季度?|亩|平方米|平米|㎡|m2|间|天|日)(?:[·.](?:年|月))?"
                          r"|每(年|月|季度?|亩)\d[\d,.]*(?:万元|万|元)?")
# A 月份 cell that names its year too: "2022年1月", "2022.01", "2022-1".
_YEAR_MONTH = re.compile(r"^(?:19|20)\d{2}\s*(?:年|[./-])\s*(?:0?[1-9]|1[0-2])\s*月?(?:份)?$")
# How far apart an area's 亩 and 公顷 cells may be and still be one area: 1.4667 公顷 is 22.0005 亩.
_AREA_TOLERANCE = 0.01
_SERIAL_HEADER = re.compile(r"序号|顺序号|行号|编号|^no\.?$|^#$", re.IGNORECASE)
_FORMULA_REASON = "公式没有计算结果"
# A 单位 column right of an amount, naming each row's unit; the units that change the amount.
_ROW_UNIT_HEADERS = frozenset({"单位", "金额单位", "货币单位", "计价单位", "计量单位"})
_ROW_UNITS = {"万元": "wan", "万": "wan", "千元": "qian"}
# A row's 计价单位 that makes its price a rate (元/月, 元/年, 元/亩, 元/平方米·月), not a contract's sum.
_RATE_UNIT = re.compile(r"^(?:万?元)?(?:/|每)(?:月|年|亩|平方米|㎡|m2|平米|间|季度?|天|日)")
# A hand-kept register writes "as above" instead of repeating a value (乙方 同上, 日期 〃).
_DITTO_MARKS = frozenset({"同上", "同上行", "同上。", "〃", "″", "\u3003", "\u201d", '"'})
# Columns that can mark a row void: its state (状态, 合同状态, 单据状态), a remark (备注), 是否作废.
_VOID_COLUMN = re.compile(r"状态|备注|作废|履行情况|执行情况")
# 作废 in such a cell, unless negated (未作废, 不作废, 非作废, 撤销作废).
_VOID_MARK = re.compile(r"(?<![未不非无否销])作废")
# A remark about another document that was voided: the row itself is its live replacement
# ("重签合同，原合同ML-011已作废", "补开原作废的记-4").
_OTHER_VOID = re.compile(r"(?:原|旧|前|上一?)(?:合同|凭证|协议|单据|发票|支票)?[^，,；;。]{0,16}作废")
# A 摘要 that only says the voucher is void ("作废", "本凭证作废", "已作废，重开记-11"): a summary
# such as "冲销作废凭证" or "作废支票工本费" is an entry of its own.
_VOID_SUMMARY = re.compile(r"^(?:本|此|该)?(?:张|笔)?(?:凭证|单据|票据|支票|发票)?(?:已|被)?作废(?:凭证|单据)?"
                           r"(?:$|[,，:：;；(（.。、])")
# A bracketed aside closing a 摘要 that voids its own entry: "付办公设备款（重复录入，作废）", "(已作废)".
_VOID_ASIDE = re.compile(r"[(（【\[][^()（）【】\[\]]{0,16}(?<![未不非无否销])作废[)）】\]]$")
# 作废 in brackets after a name ("王春花（作废）"): the mark of a person's column.
_BRACKETED_VOID = re.compile(r"[(（【\[](?:已)?作废[)）】\]]$")
# A payment export's state of each transfer (发放状态, 交易状态, 代发状态, 处理结果); not a contract's 状态.
_TRANSFER_STATUS_COLUMN = re.compile(r"^(?:发放|交易|转账|代发|支付|到账|处理|划拨|打卡|当前)(?:状态|结果)$")
# A transfer that failed or came back (失败, 退回, 退票, 未到账, 冲正); "成功", "退回后重发成功" are paid.
_FAILED_TRANSFER = re.compile(r"^(?:发放|交易|转账|代发|支付|处理)?(?:失败|已?退回|退票|退汇|未到账|未成功|冲正)")
FAILED_TRANSFER_REASON = ("转账未到账（“{header}”为“{text}”）：发放失败或被退回的款项没有付到对方，不作为一笔收支导入，"
                          "以免计入金额；原行保留在跳过记录中（补发成功的那一行照常导入）")
# A mobile payment bill's order that never took money or gave it all back (微信 当前状态 "已全额退款", 支付宝
# 交易状态 "交易关闭"): the purchase and its refund line net to nothing. "已退款(￥60.00)" is a partial refund,
# "退款成功" a refund line of its own: both are money that moved.
_CLOSED_TRADE = re.compile(r"^(?:已全额退款|全额退款|交易关闭|已关闭|订单已?关闭|已撤销|交易撤销)")
CLOSED_TRADE_REASON = ("交易未成交或已全额退款（“{header}”为“{text}”）：钱没有付出或已原路全额退回，与退款那一行相抵，"
                       "不作为一笔收支导入；部分退款的照常导入")
# What a 收/支 cell says of a 微信/支付宝 bill's 中性交易: no side at all.
_NEUTRAL_SIDES = frozenset({"", "/", "-", "—", "其他", "不计收支", "中性交易"})
OWN_ACCOUNT_WORDS = ("零钱提现", "零钱通", "理财通", "信用卡还款", "余额宝", "提现", "充值", "资金转移")
"""What a mobile payment bill writes of money moved between its holder's own accounts (零钱, 零钱通, 余额宝,
his bank card, his credit card): the bill counts them as 中性交易, with no 收/支."""
OWN_ACCOUNT_REASON = ("本人账户之间的资金划转（“{word}”，收/支为“{side}”）：钱只是在同一人的零钱、余额宝、银行卡、"
                      "信用卡之间移动，不是村集体的收支，未导入")
# A 领取人 cell saying the household came itself.
_SELF_COLLECTED = frozenset({"本人", "户主本人", "本人领取", "自领", "同上", "〃"})
# The share of a payout the collective keeps (村集体留存（土地补偿费20%）, 集体提留): no household is paid it.
_RETAINED_SHARE = re.compile(r"^(?:村集体|集体|村)(?:留存|提留|预留|留用|留成)")
RETAINED_SHARE_REASON = ("“{text}”：村集体留存的部分，不是发给农户的款项，不作为一笔支出导入；"
                         "原行保留在跳过记录中，入账见村集体的日记账")
# A remark that only says an amount is a year's (``values.money_remark``).
_PLAIN_YEARLY = frozenset({"每年", "年", "按年"})
# The values of a 是否作废 column that say yes.
_YES = frozenset({"是", "Y", "y", "√", "✓", "1", "已作废", "作废"})

_TOTAL_RENT = "total_rent"
"""Key in a row's helper values: the header of the 租金总额 column its amount came from."""
_PART_LABELS = "part_labels"
"""Key in a row's helper values: side -> headers of the category columns it filled."""
AMOUNT_ONLY = "只有金额、没有其他内容的行（可能是未标注的合计行）"
COLUMN_NUMBERS = "栏次行（表头下的列序号 1、2、3…）"
REPEATED_HEADER = "重复的表头行"
MERGED_PART_REASON = ("第 {top} 行{what}的组成部分：“{total}”是合并单元格，整笔金额已随第 {top} 行导入；"
                      "本行“{part}”{amount} 是其中一张票据的金额，不另作一笔付款，原值保留在跳过记录中")
"""Why a row under a payment's merged money cell is no payment of its own (``_merged_part_reason``)."""
PERIOD_STEP_REASON = ("第 {top} 行“{name}”的分段租金续行：名称等各列是第 {top} 行的合并单元格，本行只写了"
                      "后续的{period}{amount}，不是又一条{what}；第 {top} 行已按其本行（首段）的金额导入，"
                      "本段原值保留在跳过记录中")
"""Why a later rent period under a lease whose cells are merged over it is no lease (``_period_step_reason``)."""
LABELLED_CONTINUATION_REASON = ("第 {top} 行{what}的续行：编号、名称等是第 {top} 行的合并单元格，本行只写了{labels}，"
                                "不另作一条记录{term}；原值保留在跳过记录中")
HEADER_CONTINUATION_REASON = "表头的续行：{labels}是其下各条续行的栏目名，不是一条记录"
_CELL_LABEL = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,10})\s*[:：]")
"""A cell that says what it holds before its text: "合同期限：2023年3月10日至2023年6月30日"."""
_TERM_LABEL = re.compile(r"^(?:合同|承包|租赁|履行|服务)?(?:期限|起止日期|起止时间|起止期限|工期|租期)$")
"""The label of a cell giving a record's term, read into its start and end when it names both."""
_STEPPED_KINDS = {"resource": "租赁", "contract": "合同"}
"""The kinds whose amount holds for a term, and may step up by period on rows of its own (2024-2026年 5500/年)."""
_PERIOD_FIELDS = frozenset({TERM, "started_on", "ended_on"})
_AMOUNT_SOURCES = frozenset({"amount", INCOME, EXPENSE, DEBIT, CREDIT})
"""A payment's fields that give its amount."""
RED_INK = re.compile(r"红字|红冲|冲红")
"""What a row says of a red-ink (红字) line: it reverses an earlier entry, and its amount is negative."""
RED_INK_WARNING = "金额为负数（红字冲减）：按负数记为{side}，冲减原来的{side}，不是又一笔{side}，请核对"
RED_INK_UNDIRECTED_WARNING = ("红字（冲红）行，金额为负数：表中看不出收支方向，金额保留负数、收支方向留空"
                              "（不按“负数记为支出”读成又一笔支出），请核对")
# A page a PDF conversion moved one column right (an empty first cell): its rows are read moved back.
SHIFTED_ROW_WARNING = "该行整体右移了一列（PDF 转换常见：首格为空，末格超出表头），已左移一列读取，请核对"
# A date written as eight digits ("20231008"), which a money column would read as 20 231 008 元.
_COMPACT_DATE = re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
TERM_IN_START_WARNING = "开始日期一栏写的是整个起止期限：已按其起、止分别作为开始日期和结束日期导入"
TERM_IN_START_OTHER_END_WARNING = "开始日期一栏写的是整个起止期限：已按其起始日导入；其截止日与结束日期一栏不同，以该栏为准，请核对"
ZERO_LOOKALIKE_WARNING = "日期中的{chars}按数字 0 读取（像是打字时把 0 打成了字母或汉字），请核对原始凭证"
ESTIMATE_WARNING = "金额写的是“{word}”：约数或上限，已按所写数字导入，不是确切金额，请核对"
# The kinds whose end is a term's end (a lease's, a contract's), read from one end alone or from its length;
# a project's 竣工 is when the works were done, which a planned term does not say.
_TERM_KINDS = frozenset({"resource", "contract"})
END_ONLY_TERM_WARNING = "只写了截止日期：终止日期记为 {end}，起始日期不明，请核对合同"
YEARS_AS_END_WARNING = "止日一栏写的是年限：按起始日期加年限推算终止日期为 {end}，请核对合同"
AREA_ESTIMATE_WARNING = "面积写的是“{word}”：约数，已按所写数字导入，不是实测面积，请核对"
MONEY_REMARK_WARNING = "金额后注明“{remark}”：已按所写数字导入，它不是各年合计，请核对"
QUANTITY_AMOUNT_WARNING = "金额按数量×单价算出：{quantity:g} × {price} = {amount} 元（金额一栏{why}），请核对"
QUANTITY_MISMATCH_WARNING = "金额与数量×单价不符：{quantity:g} × {price} = {product} 元，表中金额 {amount} 元，按表中金额导入，请核对"
_PRODUCT_TOLERANCE = 100
"""How far (in fen) a written 金额 may stray from 数量×单价 by rounding (单价 to 4 places, 数量 to 2) and still agree."""
# An online form's trial submission: 测试 (or test, ceshi) where the village, the name and the party go,
# perhaps with 请忽略 after it. Whole cells only: 测绘公司, 检测站 and 测试仪器采购 are real answers.
_TEST_TEXT = re.compile(r"^(?:测试|test|ceshi)(?:\d{0,3}|一下|数据|用|提交|项目|[a-z]{0,3})"
                        r"(?:[,，。]?请(?:忽略|勿统计|删除|勿录入))?$", re.IGNORECASE)
# A form's choice answers (A.工程类, 是, 否, 男): the same in a trial submission as in a real one.
_FORM_CHOICE = re.compile(r"^(?:[A-Za-z][.．、]\S*|是|否|男|女|其他)$")
# The fields a party's name is read into (``party_cells.party_name``, ``party_cells.party_text``).
_PARTY_FIELDS = ("counterparty", "contractor")
_IDENTITY_FIELDS = frozenset({VILLAGE, "name", "title", "counterparty", "contractor", "summary"})
TEST_SUBMISSION_REASON = "测试提交（名称、村名等填写为“{text}”）：不是真实的填报，未导入；原行保留在跳过记录中"
OTHER_HEADER_REASON = "另一张表的表头（与本表表头不同）：其下各行不按本表的列导入"
REPEATED_TITLE = "重复的标题或单位行（分页打印的表常见）"

# The string encoder json.dumps(..., ensure_ascii=False) uses for keys and values.
_encode_string = json.encoder.encode_basestring


def _float_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and -1e16 < value < 1e16 else repr(value)


def _datetime_text(value: datetime) -> str:
    if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        return value.date().isoformat()
    return value.isoformat(sep=" ")


# Cell text by exact type: one dict lookup instead of a chain of isinstance checks.
_TEXT_BY_TYPE: dict[type, Any] = {
    str: str, float: _float_text, int: str, date: date.isoformat, datetime: _datetime_text,
    bool: lambda value: "TRUE" if value else "FALSE",
}


def cell_text(value: Any) -> str:
    """A cell's value as the text kept in the raw row (as Excel would show it, plainly)."""
    convert = _TEXT_BY_TYPE.get(type(value))
    if convert is not None:
        return convert(value)
    if isinstance(value, datetime):
        return _datetime_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _recognisable(cells: list[Any]) -> list[str]:
    """A row's texts as its labels are recognised: 繁体 as simplified (本月合計 is 本月合计, 製表人 is
    制表人: ``xuncha.traditional``). One scan of the row first: a simplified file converts nothing."""
    texts = [v for v in cells if type(v) is str]
    if texts and has_traditional("\x1f".join(texts)):
        return [simplified(text) for text in texts]
    return texts


def label_reason(texts: list[str]) -> str | None:
    """Why one of a row's texts labels it a summary or balance row (None if none does)."""
    # One scan of the row's text for the words every label contains, before the exact checks.
    if not texts or not _LABEL_HINT.search("\x1f".join(texts)):
        return None
    for value in texts:
        text = "".join(value.split())
        if not text:
            continue
        if _SUMMARY_RE.match(text) or _english_label(text, _ENGLISH_SUMMARY_RE, _SUMMARY_RE):
            return f"合计行（{value.strip()[:20]}）"
        if _BALANCE_RE.match(text) or _english_label(text, _ENGLISH_BALANCE_RE, _BALANCE_RE):
            return f"余额或结转行（{value.strip()[:20]}）"
        if _COUNT_LINE.match(text):
            return f"记录数统计行（{text[:20]}）"
        if _UNPAID_LINE.match(text):
            return f"{UNPAID_LINE_REASON}（{text[:20]}）：合同尚未付出的部分，不是一笔收支"
    return None


def _english_label(text: str, english: re.Pattern[str], chinese: re.Pattern[str]) -> bool:
    """Whether a cell (without spaces) is a label in English ("Total", "Balance b/f", "Planned 2024") or a
    bilingual one whose either part is a label ("Opening balance 上年结转", "Total income 收入合计")."""
    if not text.isascii() and not _HAN_CHAR.search(text):
        return False
    if english.match(text.lower()):
        return True
    if not _HAN_CHAR.search(text) or not _LATIN_WORDS.search(text):
        return False
    chinese_part = _LATIN_WORDS.sub("", text).strip(" /|-—:：")
    english_part = _HAN_CHAR.sub("", text).strip(" /|-—:：").lower()
    return bool(chinese_part and chinese.match(chinese_part)) or bool(english.match(english_part))


def _is_total_label(value: Any) -> bool:
    return type(value) is str and _TOTAL_WORD.search(value) is not None


def _breakdown_reason(texts: list[str]) -> str | None:
    """A "其中：道路类" line under a 合计 row (or under an entry: "其中：土方工程" under its
    project): part of the amount above it, not an entry of its own."""
    for value in texts:
        text = "".join(value.split())
        if _BREAKDOWN_RE.match(text):
            return f"合计行的分项（{text[:20]}）"
    return None


def is_footer_label(value: Any) -> bool:
    """Whether a cell opens a footer line: 制表人：…, 审核：…, 注：… ."""
    # Every footer label has a colon: a cheap test before the regex, which most text cells fail.
    return type(value) is str and ("：" in value or ":" in value) \
        and _FOOTER_RE.match(simplified(value.strip())) is not None


def footer_reason(first: str) -> str:
    return f"表尾签名或说明（{first.strip()[:20]}）"


def _is_signature_line(texts: list[str]) -> bool:
    """Whether a row of texts is a line of stamps and signatures under a table: "村民委员会（盖章） |
    审核意见： | 填报人：覃春梅", or labels and names in cells of their own ("村委会主任： | 王振国 | 会计： |
    周凤霞"): each text a stamp, a "label：…", or a short name right after a bare label. The day it was
    signed may close it ("村股份经济合作社负责人：张建国 | … | 制表人：李秀英 | 2020年3月20日"), after a label."""
    after_label = False
    labels = 0
    for text in texts:
        text = text.strip()
        if _STAMP.search(text) or _LONE_LABEL_LINE.match(text):
            after_label = text.endswith((":", "："))
            labels += 1
        elif after_label and len(text) <= 5:
            after_label = False
        elif not (labels and _is_date_cell(text)):
            return False
    return True


def _merged_line_reason(text: str) -> str:
    return f"整行合并的一段文字（{text.strip()[:20]}）：是标题、分组或说明，不是一条记录"


def _lone_line_reason(text: str) -> str | None:
    """Why a row holding nothing but this text is no entry: a numbered group heading or a
    "label：value" line (导出时间：…), else None."""
    text = text.strip()
    if _COUNT_LINE.match(text):
        return f"记录数统计行（{text[:20]}）"
    folded = "".join(text.split())
    if _NUMBERED_HEADING.match(text) or _CATEGORY_HEADING.match(text) or _STAGE_HEADING.match(folded) \
            or _english_label(folded, _ENGLISH_STAGE_HEADING, _STAGE_HEADING):
        return f"分组标题（{text[:20]}）：不是一条记录，其下各行照常导入"
    if _LONE_LABEL_LINE.match(text) or _ABOUT_THE_TABLE.match(text):
        return footer_reason(text)
    if _NOTHING_BOOKED.match(text):
        return f"说明本期没有收支（{text[:20]}）：不是一条记录"
    if _BRACKETED_REMARK.match(folded):
        return f"括注说明（{folded[1:-1][:20]}）：对账页的说明，不是一条记录"
    return None


def _is_dated_signature(cells: list[Any]) -> bool:
    """Whether a row is the 落款 under a 公示 or a 公开栏: the body that issues it and the date, nothing
    else ("下洋村村民委员会 | 2023年10月8日", "石桥村股份经济合作社（盖章） | 2023-10-08")."""
    return _ISSUER.search(cells[0].strip()) is not None and all(_is_date_cell(cell) for cell in cells[1:])


def _is_signature_part(value: Any) -> bool:
    """Whether a cell alone in its row under the table is half of a 落款: the issuing body or the date."""
    return (type(value) is str and _ISSUER.search(value.strip()) is not None) or _is_date_cell(value)


def _is_date_cell(value: Any) -> bool:
    if isinstance(value, date):
        return True
    return type(value) is str and not value.strip().isdigit() and values.parses(values.parse_date, value)


def _heading(cells: list[Any], texts: list[str]) -> str | None:
    """The text of a row that holds a heading: a text alone in its row, or a numbered heading
    or a "label：" with nothing but its group's figures beside it ("一、那良村 | 3 | 226500").
    A number in the 序号 column and the name in the next ("一 | 那良村") are read as one."""
    if not texts:
        return None
    if len(cells) == 1:
        return texts[0]
    text = texts[0]
    if len(texts) == 2 and cells[1] is texts[1] and _GROUP_NUMBER.match(text.strip()):
        number = text.strip()
        text = number + ("" if number[-1] in "、.．)）" else "、") + texts[1].strip()
        figures = cells[2:]
    elif len(texts) == 1 and cells[0] is text and \
            (_NUMBERED_SECTION.match(text.strip()) or text.rstrip().endswith((":", "："))):
        figures = cells[1:]
    else:
        return None
    return text if all(_is_number(cell) for cell in figures) else None


_CASH_BLOCK, _BANK_BLOCK = "现金", "银行"


@dataclass
class _VillageHeading:
    """A heading that names the village of the rows below it ("一、那良村")."""

    row: int
    text: str
    village: str
    records: int = 0
    """How many records it gave their village."""


@dataclass
class _PartyHeading:
    """A section line that names the party of the entries below it ("户名：高俊生")."""

    row: int
    text: str
    party: str
    records: int = 0
    """How many records it gave their party."""


@dataclass
class _BodyHeading:
    """A heading that names the body of the cadres below it ("一、村务监督委员会成员")."""

    row: int
    text: str
    body: str
    records: int = 0
    """How many bare positions it gave its body."""
    example: str = ""
    """The first position it gave its body, for the note."""


# What may come between a section's name and its total: "收入合计", "收入类小计", "那良村小计".
_SECTION_TOTAL = re.compile(r"(?:明细|部分|类|项目)?(?:小计|合计|总计|共计)")
_BEFORE_SECTION_TOTAL = re.compile(r"(?:(?:本|当)(?:期|月|季度?|年度?))?")


def _total_of(label: str, name: str) -> bool:
    """Whether a summary label (its number taken off) is the total of the section named ``name``:
    "收入合计", "本期收入小计", "那良村小计"; not "经营收入小计", a part of the income."""
    at = label.find(name)
    return at >= 0 and _BEFORE_SECTION_TOTAL.fullmatch(label, 0, at) is not None \
        and _SECTION_TOTAL.match(label, at + len(name)) is not None


def _listed(lines: list[tuple[int, str]], shown: int = 4) -> str:
    """Section lines as a note names them: 第 5 行“一、那良村”、第 9 行“二、板烈村” (the first few);
    row 0 is a line above the header."""
    named = "、".join(f"第 {row} 行“{text[:20]}”" if row else f"表头上方“{text[:20]}”" for row, text in lines[:shown])
    return named + (f" 等 {len(lines)} 处" if len(lines) > shown else "")


@dataclass
class _FirstFew:
    """How many rows a reading was made on, and the first few of them: a note names those, and a
    million-row book must not keep them all."""

    count: int = 0
    first: list[tuple[int, str]] = field(default_factory=list)
    shown: int = 4

    def add(self, row: int, text: str) -> None:
        self.count += 1
        if len(self.first) < self.shown:
            self.first.append((row, text))

    def listed(self) -> str:
        named = _listed(self.first, self.shown)
        return named + (f" 等 {self.count} 处" if self.count > self.shown else "")


def _subaccount_party(line: str, sheet: str) -> tuple[str, str] | None:
    """(party, the words that name it) where a line above a ledger's header names a 往来 account's
    明细科目; None otherwise. The 总账科目 is the line's own, else the one the sheet or line names
    ("应付款明细账"); an expense account's 明细科目 (管理费用　明细科目：办公费) names no party."""
    text = line.strip()
    detail = _SUBACCOUNT_LINE.search(text)
    if detail is not None:
        general = _GENERAL_ACCOUNT_LINE.search(text)
        account = general["account"] if general else clearing_account("".join(f"{sheet}{text}".split()))
        party = account_party(f"{account}-{detail['account']}") if account else None
        return (party, detail.group()) if party else None
    match = _ACCOUNT_TOKEN.match(text)
    party = account_party(match["account"]) if match else None
    return (party, match.group()) if party and match else None


def _money_kind(account: str) -> str | None:
    """_CASH_BLOCK or _BANK_BLOCK for a money account ("1001 库存现金", "银行存款-农商行"), None for any other."""
    kind = money_account(account)
    return None if kind is None else _CASH_BLOCK if kind == CASH else _BANK_BLOCK


def _field_type(kind: str, name: str) -> str | None:
    """The value type of a canonical field or helper (MONEY for 收入/支出/单价), None if untyped."""
    if name in MONEY_HELPERS:
        return MONEY
    if name == QUANTITY:
        return NUMBER
    if name == TERM:
        return DATE
    try:
        return field_spec(kind, name).type
    except KeyError:
        return None


def _whole_number(value: Any) -> int | None:
    """A cell as a whole number (3, 3.0, '3'), or None."""
    kind = type(value)
    if kind is int:
        return value
    if kind is float:
        return int(value) if value.is_integer() else None
    if kind is str:
        text = value.strip()
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else None
    return None


def is_voucher_number(value: Any) -> bool:
    """A voucher number ("记-15", 15, "现收-3", "记字第15号"), not a word, a range or a count
    (a label merged across 凭证号 and 摘要 is filled into both)."""
    if type(value) is str:
        return _VOUCHER_RE.match("".join(value.split())) is not None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value >= 1 and float(value).is_integer()
    return False


def _is_number(value: Any) -> bool:
    """A number, or a text that is one (CSV cells are all text)."""
    if type(value) in (int, float):
        return True
    return type(value) is str and values.parses(values.parse_number, value)


def _positive_amount(value: Any) -> bool:
    try:
        amount = values.parse_money(value)
    except values.ValueProblem:
        return False
    return amount > 0


def _voids_summary(text: str) -> bool:
    """Whether a 摘要 voids its own entry: nothing but 作废 ("本凭证作废"), or an aside closing it
    ("（重复录入，作废）") that is not about another document ("（原记-4作废）")."""
    if _VOID_SUMMARY.match(text):
        return True
    aside = _VOID_ASIDE.search(text)
    return aside is not None and _OTHER_VOID.search(aside.group()) is None


def _voids_own_row(text: str) -> bool:
    """Whether a 状态/备注 text says this row is void, not that another document was."""
    return _VOID_MARK.search(text) is not None and _OTHER_VOID.search(text) is None


def _formula_reason(value: str) -> str:
    # A CSV cell "=SUM(D3:D4)" is plain text, but it means what an unread xlsx formula means.
    return values.UnreadCell(value).reason


class RowMapper:
    """Turns the rows of one planned sheet into records and issues.

    It keeps a little state from row to row, as a reader of the sheet would: the
    village of the current section and, in a 年/月/日 journal, the year and month
    last written.
    """

    signed_direction = True
    """A negative amount without a 收/支 column is money going out (a signed bank amount); a
    mapper that knows each row's direction otherwise keeps the sign (a 红字 reversal)."""
    party_after_row = True
    """Whether ``map_row`` reads a payment's party from its 明细科目 or 摘要 when no column gives it
    (``party_from_books``); a journal's mapper does so itself, once the voucher has given the line
    its 科目 and the 往来单位 of its other side."""

    def __init__(self, plan: SheetPlan, *, sha256: str, source_sheet: str, source_file: str) -> None:
        if plan.kind is None or plan.layout is None:
            raise ValueError("RowMapper needs a recognised sheet")
        self.plan = plan
        self.kind = plan.kind
        self.sha256 = sha256
        self.source_sheet = source_sheet
        self.source_file = source_file
        # A column without header text is named by its letter ("列F"), as Excel shows it.
        self.names = [n or column_name(plan, i) for i, n in enumerate(plan.layout.names)]
        self.header_width = max((i + 1 for i, n in enumerate(plan.layout.names) if n), default=0)
        """Columns up to the last named one: a row with cells beyond it may have been cut apart."""
        self.fields_of_kind = [spec.name for spec in KIND_FIELDS[self.kind]]
        self.field_set = frozenset(self.fields_of_kind)
        self.primary: list[tuple[int, str, Any, str, bool]] = []
        self.fallback: list[tuple[int, str, Any, str, bool]] = []
        self.parts: list[tuple[int, str, Any, str, bool]] = []
        """Category columns of a 多栏式 journal (工程款 | 办公费 …): their filled cells add up."""
        for column in plan.columns:
            entry = (column.index, column.field, plan.converter(column), column.header,
                     column.field in self.field_set)
            (self.parts if column.part else self.primary if column.primary else self.fallback).append(entry)
        self.joined_indexes = frozenset(column.index for column in plan.columns if column.joined)
        """Fallback columns whose cell is added to the primary's (a second 职务), not read in its stead."""
        self.changes = ContractChanges(plan.change_sides) if self.kind == "contract" else None
        """A contract sheet's 补充协议 and 签证 rows under their contract (``importers.changes``)."""
        self.amount_cells = tuple((index, convert) for index, name, convert, _, _ in self.primary + self.fallback
                                  if name == "amount")
        """The amount columns and their readers: a change row's "调整为198,600.00" is read through them."""
        self.template: dict[str, Any] = dict.fromkeys(self.fields_of_kind)
        if plan.default_method:
            self.template["method"] = plan.default_method
        if plan.default_type:
            self.template["type"] = plan.default_type
        if plan.default_category:
            self.template["category"] = plan.default_category
        if plan.default_status:
            self.template["status"] = plan.default_status
        if plan.default_position:
            self.template["position"] = plan.default_position
        if plan.default_summary:
            self.template["summary"] = plan.default_summary
        if plan.default_date:
            self.template["date"] = plan.default_date
        self.headers_by_field: dict[str, str] = {}
        for column in plan.columns:
            self.headers_by_field.setdefault(column.field, column.header)
        # A page's repeated header prints the cells the layout joined as they were split ("职" | "务").
        printed = [half for pair in plan.layout.split_cells.values() for half in pair]
        texts = [str(c) for c in plan.layout.children + plan.layout.parents + printed if c]
        self.header_texts = frozenset(texts + [" ".join(t.split()) for t in texts])
        named_columns = len([n for n in self.names if n])
        self.header_hit_threshold = max(2, (named_columns + 1) // 2)
        self.min_column_numbers = max(3, named_columns // 2)
        self.title_texts = frozenset("".join(line.split()) for line in plan.layout.title_lines)
        self.paged_titles = frozenset(filter(None, (_PAGE_MARK.sub("", text) for text in self.title_texts)))
        """The title lines without their page number: the same line over the next page says 第 2 页."""
        self.mapped_fields = frozenset(c.field for c in plan.columns)
        handler = self.headers_by_field.get("handler", "")
        self.collector_header = handler if self.kind == "payment" and is_collector_header(handler) else ""
        """A 发放表's 领取人/代领人 column beside its household's: who came for the money (``_collected_for``)."""
        # 亩 in the unit a 单价 column prices: 15 for 每公顷承包费, 1 for 元/亩 or a 单价 that names none.
        self.price_area_mu = values.area_in_unit(1.0, values.area_unit_from_text(
            self.headers_by_field.get(UNIT_PRICE, "")))
        # Only payments and sheets with helper columns need the combining step.
        self.needs_combine = self.kind in ("payment", "resource") or \
            bool(self.mapped_fields & {TERM, UNIT_PRICE, YEARLY_RENT, MONTHLY_RENT})
        self._classify_columns()
        self.side_columns = self._find_side_columns() if self.kind == "payment" else {}
        accounts = frozenset(c.index for c in plan.columns if c.field == "account") if self.kind == "payment" else None
        self.account_headings = AccountHeadings(accounts) if accounts else None
        """The 科目 rows over a 收支明细表's groups (``importers.account_sides``): their account is their entries'."""
        # The village of the rows being read: a sheet that takes it from its title may hold
        # several villages' sections, each under its own title line.
        self.village = plan.village
        self.follows_title_village = plan.village_source == "title" and VILLAGE not in self.mapped_fields
        # A 年/月/日 journal writes 月 (and 年) only on the first entry of a month.
        self.ymd = bool({MONTH, DAY} & self.mapped_fields)
        self.year: Any = plan.layout.year
        self.month: Any = None
        self.day: tuple[Any, Any] | None = None
        """(month, day) of the last entry that wrote its 日: an entry below it with a blank 日 is of that day."""
        self.days_from_above = _FirstFew()
        self.term_lengths = _FirstFew()
        """Rows whose 期限 is a length of time ('5年', '90天') and no start to count its end from."""
        self.year_written = False
        """A 年 column, a year line or a 年月 cell has named the year: the title's span no longer turns it."""
        self.last_month: int | None = None
        """The month of the last entry read in the year being read: one falling back from it starts a new year."""
        self.turn_pending = False
        """A 结转下年 or 上年结转 line closed the year: the next month read is of the next one."""
        self.year_turns: list[tuple[int, int]] = []
        """(row, year) where the month fell back and the title's span of years gave the next year."""
        self.on_credit_rows: list[int] = []
        """Rows whose 结算方式 said the goods were bought (or sold) on credit: no money moved, not imported."""
        self.fell_back: tuple[int, int, int] | None = None
        """(row, from, to) where the month fell back and nothing gave a new year: the dates below are in doubt."""
        self.row_number = 0
        # A sheet without a 村名 column may group its rows under headings that name their village
        # ("一、那良村"); a village the user named in a mapping file is not overridden by them.
        self.follows_village_sections = VILLAGE not in self.mapped_fields and plan.village_source != "mapping"
        self.village_section: _VillageHeading | None = None
        """The heading over the rows being read that named their village, until its 小计 closes the group."""
        self.village_headings: list[_VillageHeading] = []
        self.side_section: str | None = None
        """收入 or 支出, as the section line above the rows being read named it, until its 合计."""
        self.side_sections: list[tuple[int, str]] = []
        """(row, line) of the section lines that gave a side; row 0 for a line above the header."""
        self.party_section: _PartyHeading | None = None
        """The section line over the payments being read that named their party, until the next one."""
        self.party_headings: list[_PartyHeading] = []
        self.cadre_body: _BodyHeading | None = None
        """The body (村务监督委员会) a heading over the cadres being read named: their bare positions are its."""
        self.body_headings: list[_BodyHeading] = []
        self.non_cadres: _BodyHeading | None = None
        """The heading over the rows being read that said they are no cadres (宗亲理事会, 非村干部): not imported.
        Its ``body`` is why (``non_cadre_heading``)."""
        self.non_cadre_headings: list[_BodyHeading] = []
        for line in plan.layout.title_lines if self.kind == "cadre" else ():
            self._body_heading(0, line)  # "一、村务监督委员会成员" just above the header
        self.account_sections: list[tuple[int, str, str]] = []
        """(row, account, how its entries are read) of the account lines between the blocks of a ledger."""
        self.money_book = plan.default_method == "现金"
        """A block of the sheet is a cash or bank book: a block of another account is its other side."""
        self.other_account: tuple[int, str] | None = None
        """(row, account) of the account line over the block being read, when it is no money account."""
        self.block_account = ""
        """The account of the block being read, as its account line names it."""
        self.subaccount = ""
        """The 明细科目 of the block being read ("明细科目：王建军" above the header or over its first page)."""
        self.header_year_due = False
        """A new account's block began: the year over 月/日 in its own header ("2019年") is its year."""
        summaries = [column.index for column in plan.columns if column.field == "summary"]
        self.summary_index = summaries[0] if len(summaries) == 1 and self.kind == "payment" else None
        """The one 摘要 column of a payment sheet, whose text a hand-kept book carries onto a second line."""
        self.entry_above: tuple[int, dict[str, Any]] | None = None
        """(row, record) of the entry on the row just above, while its 摘要 may still go on below it."""
        self.continued_summaries = _FirstFew()
        """The lines whose 摘要 was joined to the entry above them."""
        self.continued_parties = _FirstFew()
        """The rows whose 对方户名 cell carried on the party of the entry above ("有限公司")."""
        self.labelled_continuations = _FirstFew()
        """The rows under a merged record that only say more of it ("合同期限：…", "付款方式：…")."""
        self.terms_from_continuations = 0
        """How many of those gave their record its start and end (``_term_from_continuation``)."""
        # The side of the rows being read: the sheet's, until a section line names another.
        self.direction: str | None = plan.default_direction
        for line in plan.layout.title_lines if self.kind == "payment" else ():
            self._section_reason(line)  # "一、收入明细" just above the header
            match = _ACCOUNT_LINE.match(line.strip())
            if match:  # "科目：1001 库存现金" above the header: the first block's account
                self.block_account = " ".join(match["account"].split())
                self.money_book = self.money_book or _money_kind(self.block_account) is not None
            self._party_above_header(line)
            detail = _SUBACCOUNT_LINE.search(line)
            if detail:
                self.subaccount = self.subaccount or detail["account"]
        self.first_account = self.block_account
        self.sheet_party = self._contractor_above_header()
        """(party, words) of the line above the header that labels the contractor every entry pays."""
        self.sheet_parties = _FirstFew()
        """The payments whose party was read from that line."""
        self.agent_rows = _FirstFew()
        """The payments left without it because the row says the money was paid for it (代发农民工工资)."""
        self.villages_seen: dict[str, None] = {}
        self.rows_without_village = 0
        self.fill_village_index = plan.village_fill_index
        self.column_village: tuple[int, str, bool] | None = None
        """(row, village, whether its cell wrote it) of the last record whose 村名 cell gave its village,
        or that took it from above."""
        self.filled_down_rows = 0
        """How many records took the village written above their blank 村名 cell (``_village_from_above``)."""
        self.filled_down_groups = _FirstFew()
        """The first blank row of each group that did, and the village it took."""
        self.in_notes = False
        """Inside a 说明： block under the table: its text-only lines are footer, not data."""
        # Villages the sheet names outside its 村名 column (title, file name, --village).
        self.known_villages = frozenset(plan.layout.title_villages + ([plan.village] if plan.village else []))
        # A lease's rent for the whole term (租金总额): turned into a yearly rent in _combine.
        self.total_rent_indexes = frozenset(
            column.index for column in plan.columns
            if self.kind == "resource" and column.field == "amount"
            and split_brackets(normalize_header(column.header.rpartition("/")[2]))[0] in RESOURCE_TOTAL_HEADERS)
        self.filled_from: dict[int, int] = {}
        """Set by the caller for each row: column -> 0-based row of the merged cell that filled it."""
        self.held_from: dict[int, int] = {}
        """Set by the caller for each row: money column -> 0-based row of the merged cell above it, not copied."""
        self.red_ink = False
        """Whether the row being read says it is a red-ink line (``RED_INK``)."""
        self.last_entry: tuple[int, dict[str, Any]] | None = None
        """The last record made and its row: a part below its merged total may add a white slip to it."""
        self.previous_row: list[Any] | None = None  # the last data row, for 同上 / 〃
        self.digit_runs = plan.layout.digit_runs
        """The accounting-paper amounts written one digit a cell: put together before a row is read."""
        self.void_columns = self._find_void_columns()
        self.remark_indexes = frozenset(index for index, name in enumerate(self.names)
                                        if header_base(name) in REMARK_HEADERS)
        """The 备注 columns: a remark that says 未付 speaks of its row, it does not make it an 未付余额行."""
        self.transfer_status_columns = self._find_transfer_status_columns()
        side = plan.primary_column("direction") if self.kind == "payment" else None
        self.side_index = side.index if side is not None else None
        """A payment sheet's 收/支 column: a 中性交易 between one's own accounts leaves it "/" or blank."""
        party = plan.primary_column("counterparty") if self.kind == "payment" else None
        self.party_index = party.index if party is not None else None
        """A payment sheet's party column: a 发放表's line of the share the collective keeps names it there."""
        # The columns that say who or what a row is about: a form's 测试 submission fills them with 测试.
        self.identity_indexes = tuple(column.index for column in plan.columns if column.field in _IDENTITY_FIELDS)
        self.records_made = 0
        self.after_summary = False
        """The row above was a 合计 row: "其中：…" lines below it break that total down."""
        self.group_texts: set[str] = set()
        """The texts of the records since the last total row: "<one of them> 小计" is their group's total."""
        self.other_table_row: int | None = None
        """The header row of a second, different table below the first: its rows are not read."""
        self.short_villages: dict[str, None] = {}
        """村名 cells without 村/社区 ('石桥') filed as written: no longer form of them was known yet."""
        self.completed_villages: dict[tuple[str, str], int] = {}
        """(short name, full name) -> rows: 村名 cells without 村 ('石桥', '石桥一组') filed under the full name."""
        self.account_parties = _FirstFew()
        """The payments whose party was read from the 明细科目 of a 往来 account."""
        self.summary_parties = _FirstFew()
        """The payments whose party was read as the organisation their 摘要 names."""
        self.summary_persons = _FirstFew()
        self.known_persons: frozenset[str] = frozenset()
        """Persons the file's earlier sheets name as a party in a column (``expect_persons``)."""
        self.column_persons: dict[str, None] = {}
        """Persons this sheet names as a payment's party in a column: known to the file's later sheets."""
        self.summary_known_persons = _FirstFew()
        self.paper_rows = _FirstFew()
        """The payments whose 发票号码 or 审核意见 named a white slip, added to their 摘要."""
        # record_uid(sha256, sheet, row) hashes this prefix plus the row number (and the plan's row_part).
        self._uid_prefix = hashlib.sha1(f"{sha256}\x1f{source_sheet}\x1f".encode())
        self._key_pieces: list[str] = []
        self._sorted_indexes: list[int] = []
        self._widen(len(self.names))

    def _classify_columns(self) -> None:
        """Which columns hold amounts, vouchers, 年/月, formula-sensitive values and 大写 twins."""
        entries = self.primary + self.fallback + self.parts
        types = {name: _field_type(self.kind, name) for _, name, _, _, _ in entries}
        quantity = {MONEY, NUMBER, INT}
        # Amounts and counts: a row with nothing else is an unlabelled totals row.
        self.quantity_converters = {index: convert for index, name, convert, _, _ in entries
                                    if types[name] in quantity}
        self.mapped_indexes = frozenset(index for index, _, _, _, _ in entries)
        self.money_converters = [(index, convert) for index, name, convert, _, _ in entries
                                 if types[name] == MONEY]
        self.money_indexes = frozenset(index for index, _ in self.money_converters)
        self.amount_indexes = frozenset(index for index, name, _, _, _ in entries
                                        if self.kind == "payment" and name in _AMOUNT_SOURCES)
        """A payment's columns that give its amount (``_merged_part_reason``)."""
        self.remarked_indexes = self.money_indexes - frozenset(
            index for index, name, _, _, _ in entries if self.kind == "contract" and name == "amount")
        """Money columns whose yearly remark is warned; a contract's sum refuses it (``cells.total_only``)."""
        self.estimate_indexes = self.money_indexes if reads_estimates(self.kind) else frozenset()
        """Money columns that read an estimate's figure (``plan.reads_estimates``): warned when one does."""
        self.typed_date_indexes = frozenset(index for index, name, _, _, _ in entries
                                            if types[name] == DATE and name != TERM)
        """The date columns: a date typed with the letter O for 0 ("2O23年3月18日") is warned."""
        self.quantity_columns = len(self.quantity_converters)
        self.formula_fields = frozenset(name for name, kind in types.items() if kind in quantity or kind == DATE)
        self.voucher_indexes = [index for index, name, _, _, _ in entries if name == "voucher"]
        self.code_indexes = [index for index, name, _, _, _ in entries if name == "code"]
        self.title_indexes = frozenset(index for index, name, _, _, _ in entries if name == TITLE_FIELD[self.kind])
        self.date_indexes = [index for index, name, _, _, _ in entries if name in ("date", YEAR, MONTH, DAY)]
        # The columns of each side (收入 | 支出, 借方 | 贷方); empty unless the sheet has both sides.
        sides = [[index for index, name, _, _, _ in entries if name in group]
                 for group in ((INCOME, DEBIT), (EXPENSE, CREDIT))]
        self.side_indexes = sides if all(sides) else []
        self.serial_indexes = frozenset(index for index, name in enumerate(self.names)
                                        if index not in self.mapped_indexes and _SERIAL_HEADER.search(name.strip()))
        # 年 before 月: a new year clears the month carried from the year before.
        self.date_part_indexes = sorted(((index, name) for index, name, _, _, _ in self.primary
                                         if name in (YEAR, MONTH) and MONTH in self.mapped_fields),
                                        key=lambda part: part[1] != YEAR)
        # 小写 and 大写 columns of one amount: the primary is used, the other only checks it.
        self.upper_pairs = [
            (main, twin) for twin in self.fallback for main in self.primary
            if main[1] == twin[1] and types[twin[1]] == MONEY and ("大写" in main[3]) != ("大写" in twin[3])
        ]
        # 面积 in two units (亩 | 公顷): the primary is used, the other fills its blanks and checks it.
        self.area_pairs = [(main, twin) for twin in self.fallback for main in self.primary
                           if main[1] == twin[1] == "area"]
        self.area_indexes = frozenset(column[0] for column in self.primary if column[1] == "area")
        """The area column: a rough area in it ("约40亩") is read as the figure stated, with a warning."""
        self.rent_terms_indexes = self._lease_columns(rents.RENT_TERMS_HEADER)
        """A lease's columns that word its rent (租金约定, 承包费标准): read where no yearly rent is given."""
        self.lump_sum_indexes = self._lease_columns(rents.LUMP_SUM_HEADER)
        """A lease's columns that may say its rent was paid once for the whole term (``rents.is_lump_sum``)."""
        self.unit_parts = self._find_unit_parts(types)
        self.funding_parts = self.plan.funding_parts
        self.row_units = self._find_row_units(types)

    def _find_void_columns(self) -> list[tuple[int, str, Any]]:
        """(index, header, test) of the columns that can mark a row void: 状态/备注 cells that say
        作废, a 是否作废 column, and the 摘要 when it is nothing but 作废. A cadre list has none."""
        if self.kind == "cadre":
            return []
        summary = {column.index for column in self.plan.columns if column.field == "summary"}
        found = []
        for index, name in enumerate(self.names):
            header = normalize_header(name)
            if index in summary:
                found.append((index, name, _voids_summary))
            elif "作废" in header:
                found.append((index, name, _YES.__contains__))
            elif _VOID_COLUMN.search(header):
                found.append((index, name, _voids_own_row))
            elif header.endswith("人"):
                # The one who voided a receipt may mark it beside his name: 开票人 "王春花（作废）".
                found.append((index, name, _BRACKETED_VOID.search))
        return found

    def _find_transfer_status_columns(self) -> list[tuple[int, str]]:
        """(index, header) of a payment sheet's 发放状态/交易状态 columns: a bank's or 一卡通's export
        keeps the transfers that failed or came back (失败, 退回) beside those that were paid."""
        if self.kind != "payment":
            return []
        return [(index, name) for index, name in enumerate(self.names)
                if _TRANSFER_STATUS_COLUMN.search(normalize_header(name))]

    def _only_stock_out(self, row: list[Any]) -> bool:
        """Whether a 收发存 ledger's row is filled under 出库 and under none of the columns read for its
        money (入库 数量, 单价, 金额): goods taken from the store, no payment (``plan._plan_stock_ledger``)."""
        width = len(row)
        if any(index < width and row[index] not in ("", None) for index in self.quantity_converters):
            return False
        return any(index < width and row[index] not in ("", None) for index in self.plan.stock_out_indexes)

    def _retained_share_reason(self, row: list[Any]) -> str | None:
        """Why a 发放表's line of the share the village keeps (村集体留存, 集体提留) is no payment, or None."""
        index = self.party_index
        value = row[index] if index is not None and index < len(row) else None
        if type(value) is not str or not _RETAINED_SHARE.match("".join(value.split())):
            return None
        return RETAINED_SHARE_REASON.format(text="".join(value.split())[:30])

    def _failed_transfer_reason(self, row: list[Any]) -> str | None:
        """Why a row is a transfer that never reached its payee (发放失败, 已退回), or None."""
        width = len(row)
        for index, header in self.transfer_status_columns:
            value = row[index] if index < width else None
            text = "".join(value.split()) if type(value) is str else ""
            if _FAILED_TRANSFER.match(text) and "成功" not in text:  # 退回后重发成功: paid
                return FAILED_TRANSFER_REASON.format(header=header, text=text[:20])
            if _CLOSED_TRADE.match(text):
                return CLOSED_TRADE_REASON.format(header=header, text=text[:20])
        return None

    def _own_account_reason(self, row: list[Any]) -> str | None:
        """Why a row of a mobile payment bill is a move between its holder's own accounts (零钱提现, 转入零钱通,
        信用卡还款, 余额宝), or None: its 收/支 says no side ("/" or blank) and a cell names such a move. A row
        with a side (收入 from 余额宝收益, 支出 to a shop) is money that moved; so is any row of a sheet whose
        side comes from 借/贷 columns (a 现金日记账's 提现 is the village's own entry, kept as such)."""
        index = self.side_index
        side = values.clean_text(row[index]) if index < len(row) else ""
        if (side or "") not in _NEUTRAL_SIDES:
            return None
        word = next((word for cell in row if type(cell) is str for word in OWN_ACCOUNT_WORDS if word in cell), None)
        return OWN_ACCOUNT_REASON.format(word=word, side=side or "空白") if word else None

    def _test_submission_reason(self, row: list[Any]) -> str | None:
        """Why a row is an online form's trial submission (村名、姓名、名称 all “测试”), or None.

        Two of its identity cells (村, 名称, 姓名, 乙方) saying 测试/test, or every text cell saying
        so, make it one; a single 测试 among real answers does not ("测绘公司" is no such word)."""
        width = len(row)
        said = [row[index] for index in self.identity_indexes if index < width and type(row[index]) is str
                and _TEST_TEXT.match("".join(row[index].split()))]
        if not said:
            return None
        texts = [row[index] for index in self.mapped_indexes if index < width and type(row[index]) is str
                 and row[index].strip() and not _FORM_CHOICE.match(row[index].strip())]
        if len(said) < 2 and not all(_TEST_TEXT.match("".join(text.split())) for text in texts):
            return None
        return TEST_SUBMISSION_REASON.format(text=said[0].strip()[:20])

    def _void_reason(self, row: list[Any]) -> str | None:
        """Why a row is a voided voucher or contract (作废), or None."""
        width = len(row)
        for index, header, test in self.void_columns:
            value = row[index] if index < width else None
            if type(value) is not str or ("作废" not in value and test is not _YES.__contains__):
                continue
            text = "".join(value.split())
            if test(text):
                return (f"已作废（“{header}”为“{text[:20]}”）：作废的凭证或合同不作为有效记录导入，"
                        "以免计入金额；原行保留在跳过记录中")
        return None

    def _find_unit_parts(self, types: dict[str, str | None]) -> list[tuple[tuple, tuple]]:
        """(万元 column, 元 column) pairs of one amount split by unit under one parent: 合同金额 over
        万元 | 元, written 12 | 3456 for 123 456 元. Either column alone would lose the other part."""
        parents, children = self.plan.layout.parents, self.plan.layout.children
        by_index = {entry[0]: entry for entry in self.primary + self.fallback}
        units = {column.index: self.plan.column_unit(column) for column in self.plan.columns}
        pairs = []
        for wan in self.plan.columns:
            for yuan in self.plan.columns:
                if wan.field == yuan.field and types.get(wan.field) == MONEY and wan.primary != yuan.primary \
                        and units[wan.index] == "wan" and units[yuan.index] == "yuan" \
                        and (_split_under_parent(parents, children, wan.index, yuan.index)
                             or _split_side_by_side(children, wan.index, yuan.index)):
                    pairs.append((by_index[wan.index], by_index[yuan.index]))
        return pairs

    def _find_row_units(self, types: dict[str, str | None]) -> list[tuple[int, int, str, bool]]:
        """(unit column, money column, field, canonical) where a 单位 column right of an amount whose
        header names no unit gives each row's unit: 金额 | 单位 written 12.85 | 万元 on some rows."""
        found = []
        for column in self.plan.columns:
            unit_index = column.index + 1
            if types.get(column.field) != MONEY or column.unit or unit_index >= len(self.names) \
                    or unit_index in self.mapped_indexes \
                    or split_brackets(normalize_header(self.names[unit_index]))[0] not in _ROW_UNIT_HEADERS:
                continue
            canonical = any(entry[0] == column.index and entry[4] for entry in self.primary)
            found.append((unit_index, column.index, column.field, canonical))
        return found

    def _apply_row_units(self, row: list[Any], record: dict[str, Any], extra: dict[str, Any]) -> list[WarningItem]:
        """Read an amount again in the unit its row's 单位 cell names (万元, 千元); 元 changes nothing.
        A contract's amount priced by a rate (计价单位 元/月) is no contract sum: it is left empty,
        with a warning, rather than guessed from a term that may be partial or escalate."""
        width = len(row)
        warnings: list[WarningItem] = []
        for unit_index, money_index, name, canonical in self.row_units:
            if unit_index >= width or money_index >= width or row[money_index] in ("", None):
                continue
            unit_text = values.clean_text(row[unit_index]) or ""
            if self.kind == "contract" and name == "amount" and _RATE_UNIT.match(unit_text):
                if self._first_filled_amount(row) == money_index:
                    record["amount"] = None
                    warnings.append((self.names[money_index], cell_text(row[money_index]),
                                     f"计价单位为“{unit_text}”，是单价而不是合同总额，未作合同金额导入（原值保留）"))
                continue
            unit = _ROW_UNITS.get(unit_text)
            if unit is None:
                continue
            try:
                amount = money_converter(unit)(row[money_index])
            except values.ValueProblem:
                continue  # the column's own problem is already reported
            (record if canonical else extra)[name] = amount
        return warnings

    def _first_filled_amount(self, row: list[Any]) -> int | None:
        """The column the record's amount came from: the first filled one, primary before fallback."""
        for index, name, _, _, _ in self.primary + self.fallback:
            if name == "amount" and index < len(row) and row[index] not in ("", None):
                return index
        return None

    def _find_side_columns(self) -> dict[str, list[tuple[int, str, Any]]]:
        """In a 收支公开榜 the income table and the expense table stand side by side under the
        parents 收入 and 支出: the columns of each side for the fields both sides have (日期, 摘要,
        单位), so that a record takes them from the side its amount came from. Empty otherwise."""
        parents = self.plan.layout.parents
        sides: dict[str, list[tuple[int, str, Any]]] = {"in": [], "out": []}
        for column in self.plan.columns:
            side = _side_of(parents[column.index] if column.index < len(parents) else "")
            if side and column.field in self.field_set and column.field not in ("amount", "direction"):
                sides[side].append((column.index, column.field, self.plan.converter(column)))
        shared = {name for _, name, _ in sides["in"]} & {name for _, name, _ in sides["out"]}
        if not shared:
            return {}
        return {side: [c for c in columns if c[1] in shared] for side, columns in sides.items()}

    def _take_side(self, row: list[Any], record: dict[str, Any], columns: list[tuple[int, str, Any]]) -> None:
        """The record's shared fields from its own side of a side-by-side sheet (blank if empty there)."""
        width = len(row)
        for index, name, convert in columns:
            value = row[index] if index < width else None
            try:
                record[name] = None if value == "" or value is None else convert(value)
            except values.ValueProblem:
                record[name] = None  # the raw row keeps it

    # --- the row ---------------------------------------------------------------------------------

    def map_row(self, number: int, row: list[Any]) -> tuple[str, Any]:
        """(RECORD, (record, warnings, cells)) | (SKIPPED, reason) | (REJECTED, (column, value, reason)).

        ``cells`` is the raw row as header -> text (what ``record["raw"]`` holds
        as JSON), for the search index. Blank rows give (SKIPPED, None): the
        caller decides whether they are inside the table (reported) or after
        its end (not part of it).
        """
        digit_problems = None
        if self.digit_runs:
            row, digit_problems = join_digit_runs(row, self.digit_runs)
        cells = [v for v in row if v != "" and v is not None]
        entry_above, self.entry_above = self.entry_above, None
        if not cells:
            return SKIPPED, None
        self.row_number = number
        reason = self.plan.row_reasons.get(number) if self.plan.row_reasons else None
        if reason:
            return SKIPPED, reason
        approval = self.plan.approval
        # Before 未支付 reads as an 未付余额行; a node row before the state merged down onto it.
        reason = approval.node_row_reason(row, self.filled_from) or approval.unpaid_reason(row) \
            if approval is not None else None
        if reason:
            return SKIPPED, reason
        reason = self._not_data_reason(row, cells)
        if reason:
            if self.account_headings is not None and _TOTAL_WORD.search("\x1f".join(map(str, cells))):
                self.account_headings.end()  # the group's 小计
            return SKIPPED, reason
        if self.account_headings is not None and self.account_headings.indexes.isdisjoint(self.filled_from):
            reason = self.account_headings.reason(number, row, cells)
            if reason:
                return SKIPPED, reason
        if entry_above is not None and self.summary_index is not None and self._only_summary_or_party(row, cells):
            reason = self._continued_summary_reason(row, entry_above)
            if reason:
                return SKIPPED, reason
        if self.non_cadres is not None:
            return SKIPPED, self._non_cadre_reason(self.non_cadres)
        if self.void_columns:
            reason = self._void_reason(row)
            if reason:
                return SKIPPED, reason
        if self.transfer_status_columns:
            reason = self._failed_transfer_reason(row)
            if reason:
                return SKIPPED, reason
        if self.side_index is not None:
            reason = self._own_account_reason(row)
            if reason:
                return SKIPPED, reason
        if self.party_index is not None:
            reason = self._retained_share_reason(row)
            if reason:
                return SKIPPED, reason
        if self.plan.stock_out_indexes and self._only_stock_out(row):
            return SKIPPED, STOCK_OUT_REASON
        reason = self._test_submission_reason(row) if self.identity_indexes else None
        if reason:
            return SKIPPED, reason
        if self.filled_from:
            reason = self._continuation_reason(row) or self._period_step_reason(row) \
                or self._labelled_continuation_reason(row)
            if reason:
                return SKIPPED, reason
        if self.held_from.keys() & self.amount_indexes:
            reason = self._merged_part_reason(row)
            if reason:
                return SKIPPED, reason
        shifted = self._shifted_right(row)
        if shifted is not None:
            row = shifted
        if len(row) > self.header_width and self.money_indexes:
            split = self._split_amount(row)
            if split is not None:
                return REJECTED, split
        if digit_problems:
            problem = self._digit_problem(digit_problems)
            if problem is not None:
                return REJECTED, problem
        source = row
        dittos: list[WarningItem] = []
        if not _DITTO_MARKS.isdisjoint(row):
            row = self._without_dittos(row, dittos)
        self.previous_row = row
        self.red_ink = self.kind == "payment" and any(type(v) is str and RED_INK.search(v) for v in row)
        record = self.template.copy()
        extra: dict[str, Any] = {}
        problems: dict[str, tuple[str, str, str]] = {}
        found = self._convert(row, record, extra, problems)
        if self.account_headings is not None and self.account_headings.current and record.get("account") is None:
            record["account"] = self.account_headings.current.account
        rate_warnings = self._apply_row_units(row, record, extra) if self.row_units else []
        if not found and not problems:
            if all(type(v) is str and values.is_blank(v) for v in cells):
                return SKIPPED, None  # only placeholders such as '-' or '/': a blank row
            return SKIPPED, "该行在已识别的列中没有内容（只有序号、备注等）"
        # Only a row with no more values than amount columns can be amounts alone.
        if found <= self.quantity_columns and self._only_amounts(row):
            return SKIPPED, AMOUNT_ONLY
        if found <= self.quantity_columns + 1:
            reason = self._labelled_amounts_reason(row)
            if reason:
                return SKIPPED, reason
        warnings: list[WarningItem] = dittos + rate_warnings
        if type(record.get("counterparty")) is ReadParty or type(record.get("contractor")) is ReadParty:
            self._party_remarks(record, warnings)
        if shifted is not None:
            warnings.append(("", None, SHIFTED_ROW_WARNING))
        if self.remarked_indexes:
            self._warn_money_remarks(row, warnings)
        if self.estimate_indexes:
            self._warn_estimates(row, warnings)
        if self.typed_date_indexes:
            self._warn_zero_lookalikes(row, warnings)
        if self.area_indexes:
            self._warn_area_estimates(row, warnings)
        if self.upper_pairs:
            self._compare_upper_amounts(row, warnings)
        if self.unit_parts:
            self._add_unit_parts(row, record, warnings)
        if self.area_pairs:
            self._compare_area_units(row, warnings)
        if self.lump_sum_indexes and _TOTAL_RENT in extra:
            self._lump_sum_total(row, record, extra, warnings)
        if self.needs_combine:
            self._combine(record, extra, problems, warnings)
            if self.side_columns and record["direction"] in self.side_columns:
                self._take_side(row, record, self.side_columns[record["direction"]])
            if self.plan.card_spending:
                self._card_refund(row, record)
            if self.plan.amount_direction:
                self._stated_direction(row, record)
        if self.plan.approval is not None:
            self.plan.approval.date_from_completion(row, record, warnings, self.plan.datemode)
            self.plan.approval.party_from_claimant(row, record, warnings)
        if self.kind == "resource" and record["amount"] is None:
            self._rent_in_words(row, record, problems, warnings)
        if self.funding_parts:
            record["funding"] = self._funding_sources(row)
        if self.kind in START_FIELD and START_FIELD[self.kind] in problems:
            self._term_in_start_column(record, problems, warnings)
        if self.kind == "payment" and extra.get(MEASURED) and self._measured_unpaid(record, problems):
            return SKIPPED, UNPAID_MEASURE_REASON.format(header=self.headers_by_field.get(MEASURED, "计量金额"),
                                                         amount=_yuan(extra[MEASURED]))
        if self.kind == "payment" and record["method"] and _ON_CREDIT.match(record["method"]):
            self.on_credit_rows.append(number)
            return SKIPPED, ON_CREDIT_REASON.format(method=record["method"][:12])
        if self.plan.sub_item_index is not None:
            self._sub_item_name(row, record, problems, warnings)
        rejection = self._essential_problem(record, problems, row)
        if rejection is not None:
            return REJECTED, rejection
        for header, text, reason in problems.values():
            warnings.append((header, text, f"{reason}，已保留原值"))
        village = extra.get(VILLAGE)
        if village and village not in self.villages_seen:
            village = self._spelled_as_seen(village)
        if self.fill_village_index is not None:
            village = self._village_from_above(number, row, village)
        village = village or self.village
        if village:
            self.villages_seen.setdefault(village, None)
        else:
            self.rows_without_village += 1
        if self.village_section is not None:
            self.village_section.records += 1
        if self.cadre_body is not None:
            self._position_of_body(record, self.cadre_body)
        record["village"] = village or ""
        if self.party_section is not None and not record["counterparty"]:
            record["counterparty"] = self.party_section.party
            self.party_section.records += 1
        if self.changes is not None:
            self.changes.read(number, record, row, self.amount_cells, warnings)
        if self.kind == "payment" and self.party_after_row:
            self.party_from_books(record)
        if self.sheet_party is not None and not record["counterparty"]:
            self._party_of_sheet(record, row)
        if self.plan.owner_side is not None and record["counterparty"]:
            self._party_when_village_is_other_side(record, row, warnings)
        if INVOICE in extra or REVIEW in extra:
            self._paper_in_summary(record, extra)
        uid = self._uid_prefix.copy()
        uid.update(f"{number}{self.row_part()}".encode())
        record["id"] = uid.hexdigest()[:16]
        record["source_file"] = self.source_file
        record["source_sheet"] = self.source_sheet
        record["source_row"] = number
        record["raw"], record["row_hash"], raw_cells = self._raw_json(source)
        if len(self.group_texts) < _GROUP_TEXTS_LIMIT:
            self.group_texts.update(value for value in row if type(value) is str)
        self.records_made += 1
        self.header_year_due = False  # the block's entries began: a later page's header keeps their year
        if self.summary_index is not None:
            self.entry_above = (number, record)
        self.last_entry = (number, record)
        return RECORD, (record, warnings, raw_cells)

    def _continued_summary_reason(self, row: list[Any], entry_above: tuple[int, dict[str, Any]]) -> str | None:
        """A 摘要 carried onto a second line of a hand-kept book ("付青山镇惠民药房疫情防控口罩、" then
        "消毒液、测温枪款" alone in the 摘要 column, right under its entry): the rest of that entry's 摘要,
        joined to it (its party read again from the whole text). Not a line that opens as an entry
        ("付…", "借支…": an entry without its amount is still reported), a label (本月合计, 承前页), a
        "label：value" line or a year line, nor a 摘要 merged down over two rows."""
        index = self.summary_index
        value = row[index] if index < len(row) else None
        number, record = entry_above
        party = self._continued_party(row, record)
        if party == "":
            return None  # a party of its own: an entry without its amount, still reported
        if party and values.is_blank(value):
            text = ""
        elif type(value) is not str or index in self.filled_from:
            return None
        else:
            text = "".join(value.split())
            if not self._continues_summary(value, text):
                return None
            record["summary"] = f"{record['summary'] or ''}{value.strip()}"
        if party:
            record["counterparty"] = f"{record['counterparty']}{party}"
            self.continued_parties.add(self.row_number, party[:12])
            summary = f"，摘要“{text[:20]}”接在其摘要后面" if text else ""
            return CONTINUED_PARTY_REASON.format(row=number, party=party[:20], summary=summary)
        if not record["counterparty"] and self.party_after_row:
            here, self.row_number = self.row_number, number  # the note names the entry's row
            self.party_from_books(record)
            self.row_number = here
        self.continued_summaries.add(self.row_number, text[:12])
        return CONTINUED_SUMMARY_REASON.format(row=number, text=text[:20])

    @staticmethod
    def _continues_summary(value: str, text: str) -> bool:
        """Whether a 摘要 line alone may be the rest of the one above: not one that opens as an entry,
        a label, a "label：value" line or a year line."""
        return bool(text) and not text.startswith(_ENTRY_OPENERS) and not label_reason([value]) \
            and not _ANY_COLON.search(text) and not _PERIOD_LINE_RE.match(text)

    def _only_summary_or_party(self, row: list[Any], cells: list[Any]) -> bool:
        """Whether a row's only filled cells are its 摘要 and its 对方户名: a line that may carry on the
        entry above (``_continued_summary_reason``)."""
        if len(cells) == 1:
            return True
        if len(cells) != 2 or self.party_index is None:
            return False
        return all(not values.is_blank(row[index]) for index in (self.summary_index, self.party_index)
                   if index is not None and index < len(row))

    def _continued_party(self, row: list[Any], record: dict[str, Any]) -> str | None:
        """The rest of the entry above's 对方户名 wrapped onto this row ("湖州洁美物业服务" / "有限公司"),
        None when the row's 对方户名 cell is blank, "" when it names a party of its own (a 对方户名 under
        an entry with none, one merged down, or a line that reads as a label)."""
        index = self.party_index
        value = row[index] if index is not None and index < len(row) else None
        if values.is_blank(value):
            return None
        text = "".join(str(value).split())
        if type(value) is not str or index in self.filled_from or not record["counterparty"] \
                or label_reason([value]) or _ANY_COLON.search(text):
            return ""
        if record["counterparty"].endswith(LEGAL_ENTITY_WORDS) and not text.startswith(LEGAL_ENTITY_WORDS):
            return ""  # a whole party above ("…有限公司") and another below: no wrapped name
        return text

    def continued_summary_note(self) -> str:
        """The sheet's note on the 摘要 and 对方户名 lines joined to the entry above them."""
        notes = []
        if self.continued_summaries.count:
            notes.append(f"{self.continued_summaries.count} 行只有摘要、紧接在一笔收支下面，按该笔摘要的续行接到其摘要后面"
                         f"（{self.continued_summaries.listed()}），请核对")
        if self.continued_parties.count:
            notes.append(f"{self.continued_parties.count} 行只有摘要和对方户名、紧接在一笔收支下面，按该笔对方户名的续行"
                         f"接到其对方户名后面（{self.continued_parties.listed()}），请核对")
        return "；".join(notes)

    def _term_in_start_column(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                              warnings: list[WarningItem]) -> None:
        """A whole term typed into the start question ("2020.1.1-2029.12.31"): its start is the start
        date and, where the end question is empty, its end the end date; the row says so."""
        start_field, end_field = START_FIELD[self.kind], END_FIELD.get(self.kind)
        header, text, _ = problems[start_field]
        try:
            start, end = values.parse_date_range(text)
        except values.ValueProblem:
            return
        if start is None or end is None:
            return
        del problems[start_field]
        record[start_field] = start
        if end_field and record.get(end_field) is None and end_field not in problems:
            record[end_field] = end
            warnings.append((header, text, TERM_IN_START_WARNING))
        elif end_field and record.get(end_field) != end:
            warnings.append((header, text, TERM_IN_START_OTHER_END_WARNING))

    def _warn_money_remarks(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """An amount read from a cell that says how it runs over the years ("93600（每年递增3%）", "6万元/年")
        is the figure stated, not the total: the row says so, naming the remark. A lease's rent is a
        sum a year: "每年" alone says nothing more there."""
        width = len(row)
        for index in self.remarked_indexes:
            remark = values.money_remark(row[index]) if index < width else None
            if remark and not (self.kind == "resource" and remark in _PLAIN_YEARLY):
                warnings.append((self.names[index], cell_text(row[index]),
                                 MONEY_REMARK_WARNING.format(remark=remark)))

    def _lease_columns(self, header: re.Pattern[str]) -> tuple[int, ...]:
        """A lease register's columns whose header ``header`` matches (none for other kinds)."""
        if self.kind != "resource":
            return ()
        return tuple(index for index, name in enumerate(self.names)
                     if name and header.search(split_brackets(normalize_header(name))[0]))

    def _lump_sum_total(self, row: list[Any], record: dict[str, Any], extra: dict[str, Any],
                        warnings: list[WarningItem]) -> None:
        """A lease whose rent was paid once for the whole term ("一次性收取20年租金60万元") has no yearly
        rent: its 租金总额 is not spread over the years (``_yearly_rent_from_total``), the row says why."""
        width = len(row)
        for index in self.lump_sum_indexes:
            text = cell_text(row[index]) if index < width else None
            if text and rents.is_lump_sum(text):
                total = record["amount"]
                record["amount"] = None
                del extra[_TOTAL_RENT]
                warnings.append((self.names[index], text, rents.LUMP_SUM_NOTE.format(text=text, total=_yuan(total))))
                return

    def _rent_in_words(self, row: list[Any], record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                       warnings: list[WarningItem]) -> None:
        """A lease with no yearly rent read: its rent worded in the rent cells themselves (the problems
        of 年租金, 月租金, 租金标准) or, where those are blank, in a 租金约定 column (``rents.yearly_rent``)."""
        texts = [(name, *problems[name][:2]) for name in ("amount", MONTHLY_RENT, UNIT_PRICE) if name in problems]
        width = len(row)
        texts += [(None, self.names[index], cell_text(row[index])) for index in self.rent_terms_indexes
                  if index < width and index not in self.mapped_indexes and cell_text(row[index])]
        for name, header, text in texts:
            if values.area_unit_from_text(header):
                continue  # 租金标准（元/亩）"800元/年" is a price per 亩, not the lease's rent
            area = record.get("area")
            found = rents.yearly_rent(text, area if isinstance(area, float) else None)
            if found is not None:
                record["amount"], note = found
                if name is not None:
                    problems.pop(name)
                warnings.append((header, text, note))
                return

    def _warn_area_estimates(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """An area read from a rough figure ("约40亩", "3公顷左右": ``values.area_estimate``) is the figure
        stated, not a measured one: the row says so, naming the word."""
        width = len(row)
        for index in self.area_indexes:
            found = values.area_estimate(row[index]) if index < width else None
            if found:
                warnings.append((self.names[index], cell_text(row[index]), AREA_ESTIMATE_WARNING.format(word=found[0])))

    def _warn_estimates(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """An amount read from an estimate or a ceiling ("约125万元", "13万元以内": ``plan.reads_estimates``) is
        the figure stated, not the exact sum: the row says so, naming the word."""
        width = len(row)
        for index in self.estimate_indexes:
            found = values.estimate(row[index]) if index < width else None
            if found:
                warnings.append((self.names[index], cell_text(row[index]), ESTIMATE_WARNING.format(word=found[0])))

    def _warn_zero_lookalikes(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """A date read with the letter O or 〇 typed for 0 (``values.zeros_typed_as_letters``): the row says
        which character was read as 0, as it is the importer's reading, not what the cell shows."""
        width = len(row)
        for index in self.typed_date_indexes:
            found = values.zeros_typed_as_letters(row[index]) if index < width else None
            if found:
                warnings.append((self.names[index], cell_text(row[index]),
                                 ZERO_LOOKALIKE_WARNING.format(chars="、".join(f"“{c}”" for c in found))))

    def _digit_problem(self, problems: dict[int, tuple[str, str, str]]) -> tuple[str, str, str] | None:
        """The first digit run the sheet reads (借方, 贷方) whose cells do not make a number; a 余额
        run is read by no field, and an odd cell there (the θ of a nil balance) loses nothing."""
        return next((problem for first, problem in sorted(problems.items()) if first in self.money_indexes), None)

    def _village_from_above(self, number: int, row: list[Any], village: str | None) -> str | None:
        """The village of a record whose 村名 cell is empty right below a record that has one: a merged
        村别 cell exported as blanks names each group's village on its first row only. Any other row
        between them (a 小计, a heading, a blank line, a rejected row) ends the group, and a cell that
        holds something unread (two villages) is no blank; ``filled_down_note`` names the rows."""
        index = self.fill_village_index
        assert index is not None
        if village:
            self.column_village = (number, village, True)
            return village
        above = self.column_village
        empty = index >= len(row) or row[index] is None or row[index] == ""
        if above is None or above[0] != number - 1 or not empty:
            self.column_village = None
            return village
        _, village, written = above
        if written:
            self.filled_down_groups.add(number, village)
        self.filled_down_rows += 1
        self.column_village = (number, village, False)
        return village

    def filled_down_note(self) -> str:
        """The sheet's note on the rows whose blank 村名 cell took the village above (``_village_from_above``)."""
        if not self.filled_down_rows:
            return ""
        header = self.names[self.fill_village_index or 0]
        return (f"{self.filled_down_rows} 行“{header}”为空，按上方紧邻的行写明的村名记（合并单元格导出后只在每组"
                f"第一行写村名；从{self.filled_down_groups.listed()}起），请核对")

    def row_part(self) -> str:
        """What tells the id of the record of the row being mapped from other records on its row
        (another pass over the row: ``SheetPlan.row_part``)."""
        return self.plan.row_part

    def where(self, number: int, column: str | None) -> tuple[int, str | None]:
        """The Excel row and the column name an issue about ``column`` of row ``number`` names:
        the row itself in a table (a card names the cell that holds the value)."""
        return number, column

    def _without_dittos(self, row: list[Any], dittos: list[WarningItem]) -> list[Any]:
        """The row with each 同上 / 〃 in an imported column replaced by the value of that column
        in the data row above (itself resolved), each named in a warning. The raw row keeps 同上."""
        above = self.previous_row
        if above is None:
            return row
        resolved = list(row)
        for index in self.mapped_indexes:
            if index < len(row) and index < len(above) and row[index] in _DITTO_MARKS:
                resolved[index] = above[index]
                dittos.append((self.names[index], row[index], "写作“同上”，按上一行的值导入"))
        return resolved

    def _spelled_as_seen(self, village: str) -> str:
        """'石桥' in a 村名 column of a sheet that also writes '石桥村' (or is titled so) is
        石桥村: filed apart, one village would look like two. So is a unit of it written without its 村
        ('石桥一组', '城关镇石桥经济合作社': ``villages.bare_village_name``). A short name with no longer
        form seen so far stays as written and is named in the sheet's note."""
        if village.endswith(_VILLAGE_ENDINGS):
            return village
        for longer in full_forms(bare_village_name(village) or village):
            if longer in self.villages_seen or longer in self.known_villages:
                pair = (village, longer)
                self.completed_villages[pair] = self.completed_villages.get(pair, 0) + 1
                return longer
        self.short_villages.setdefault(village, None)
        return village

    def expect_villages(self, villages: Iterable[str]) -> None:
        """Full village names the rows' short ones may stand for, beyond the title's: those the file's
        earlier sheets filed, and those the village column writes in the sheet's first rows, so that
        '东张庄' on the row above '东张庄村' is 东张庄村 as one below it is."""
        self.known_villages = self.known_villages | frozenset(villages)

    def completed_village_note(self) -> str:
        """The sheet's note on 村名 cells without 村 (石桥, （石桥）, 石桥一组, 石桥经济合作社) filed under
        the full name the same file writes: a reading, so it is named."""
        if not self.completed_villages:
            return ""
        pairs = "、".join(f"“{short}”{rows} 行记为{longer}" for (short, longer), rows in self.completed_villages.items())
        return f"村名列中未写“村”的（含村民小组、经济合作社、加括号的写法）按本文件中写出的全称记村名：{pairs}，请核对"

    def party_from_books(self, record: dict[str, Any]) -> None:
        """A payment without a party from any column: the party its 科目's 明细科目 names
        ("应付款/浙江华瑞建设工程有限公司"), else the organisation its 摘要 names after the verb
        ("支付青山宏达建设有限公司…"), else the person it names ("付保洁员赵秀兰1月份工资"). Ledgers, voucher
        lists and cash books name the payee nowhere else, and without it the rules that compare payees see
        nothing; ``books_party_note`` names the rows."""
        if record["counterparty"]:
            if len(record["counterparty"]) <= 5 and is_person_name(record["counterparty"]):  # a company: at once
                self.column_persons.setdefault(record["counterparty"], None)
            return
        party = account_party(record["account"])
        if party:
            record["counterparty"] = party
            self.account_parties.add(self.row_number, party)
            return
        party = summary_organisation(record["summary"], record["village"])
        if party:
            record["counterparty"] = party
            self.summary_parties.add(self.row_number, party)
            return
        party = summary_person(record["summary"], record["village"])
        if party:
            record["counterparty"] = party
            self.summary_persons.add(self.row_number, party)
            return
        party = known_person(record["summary"], self.known_persons)
        if party:
            record["counterparty"] = party
            self.summary_known_persons.add(self.row_number, party)

    def expect_persons(self, persons: Iterable[str]) -> None:
        """Persons the file's earlier sheets name as a party in a column (the bank journal's 对方户名): a 摘要
        of this sheet may name them where the words alone would not be read as a name (``known_person``)."""
        self.known_persons = self.known_persons | frozenset(persons)

    def _contractor_above_header(self) -> tuple[str, str] | None:
        """The contractor a line above a payment sheet's header labels ("施工单位：衢州市恒达建筑工程有限公司"),
        as a project's 工程款支付台账 names it once, when no column names the payee; None when none does, or
        lines name different ones. Only where the 摘要 is read for the party first: a row's own 摘要 naming
        another payee (the 审计费 paid to the 造价咨询公司) outranks it (``party_from_books``)."""
        if self.kind != "payment" or not self.party_after_row or self.plan.primary_column("counterparty") is not None:
            return None
        named: dict[str, str] = {}
        for line in self.plan.layout.title_lines:
            found = labelled_party(line, self.village)
            if found is not None:
                named.setdefault(*found)
        return named.popitem() if len(named) == 1 else None

    def _party_of_sheet(self, record: dict[str, Any], row: list[Any]) -> None:
        """A payment without a party of its own is the labelled contractor's, unless the row says it was paid
        on the contractor's behalf to others (代发农民工工资, 代付): that money went to the workers."""
        assert self.sheet_party is not None
        agent = next((value for value in row if type(value) is str and _PAID_FOR_ANOTHER.search(value)), None)
        if agent is not None:
            self.agent_rows.add(self.row_number, agent.strip()[:12])
            return
        record["counterparty"] = self.sheet_party[0]
        self.sheet_parties.add(self.row_number, "")

    def _party_when_village_is_other_side(self, record: dict[str, Any], row: list[Any],
                                          warnings: list[WarningItem]) -> None:
        """A contract whose 乙方 is the village itself (a 征地补偿协议 with the township, the village
        renting a villager's house): its other party is the 甲方. Taken as written, the village would
        be its own counterparty and a rent paid to a villager would escape ``related_party``."""
        index = self.plan.owner_side
        assert index is not None
        owner = values.clean_text(row[index]) if index < len(row) else ""
        village = record["village"]
        if not owner or not village or not is_village_body(record["counterparty"], village) \
                or is_village_body(owner, village):
            return
        warnings.append((self.headers_by_field.get("counterparty", "乙方"), record["counterparty"],
                         f"乙方是本村（{village}），往来单位记为另一方“{self.names[index]}”：{owner}"))
        record["counterparty"] = owner

    def changes_note(self) -> str:
        """``ContractChanges.note``: the change rows that took their contract's counterparty, or ""."""
        return self.changes.note() if self.changes is not None else ""

    def books_party_note(self) -> str:
        """The sheet's note on the parties read from the 明细科目 or the 摘要 (``party_from_books``)."""
        notes = []
        if self.account_parties.count:
            notes.append(f"{self.account_parties.count} 行表中没有往来单位，取自科目的明细科目"
                         f"（应付款、应收款等往来科目下的单位或个人：{self.account_parties.listed()}）")
        if self.summary_parties.count:
            notes.append(f"{self.summary_parties.count} 行表中没有往来单位，取自摘要中“支付、收到”等之后的单位名称"
                         f"（只取以有限公司、经营部、厂、店等结尾的名称，或“借给、出借”之后的村：{self.summary_parties.listed()}），请核对")
        if self.summary_persons.count:
            notes.append(f"{self.summary_persons.count} 行表中没有往来单位，取自摘要中的人名"
                         f"（付款用语前后、括号里、职务后或句末写明的姓名：{self.summary_persons.listed()}），请核对")
        if self.summary_known_persons.count:
            notes.append(f"{self.summary_known_persons.count} 行表中没有往来单位，取自摘要中付款用语后的人名，"
                         f"该人在本文件其他表的往来单位列中出现过（{self.summary_known_persons.listed()}），请核对")
        if self.sheet_parties.count:
            assert self.sheet_party is not None
            notes.append(f"表中没有收款单位列：{self.sheet_parties.count} 行的往来单位按表头上方的“{self.sheet_party[1]}”"
                         f"记为“{self.sheet_party[0]}”（摘要写明其他收款人的行按摘要），请核对")
        if self.agent_rows.count:
            assert self.sheet_party is not None
            notes.append(f"{self.agent_rows.count} 行写明是代发、代付（{self.agent_rows.listed()}），钱付给了其他人，"
                         f"往来单位未按表头上方的“{self.sheet_party[1]}”记，留空")
        return "；".join(notes)

    def _paper_in_summary(self, record: dict[str, Any], got: dict[str, Any]) -> None:
        """A claim whose 发票号码 says there is none ("无", "白条") or whose 审核意见 names a white slip
        ("白条，不予报销") gets those words after its 摘要, in brackets: the 事由 ("付搬运费") rarely says so,
        and the white_slip check reads the 摘要. Added after the party is read from the 摘要, so that no
        word of it is taken for a name; a number or "同意" adds nothing. ``paper_note`` names the rows."""
        said = []
        invoice = "".join(str(got.get(INVOICE) or "").split())
        if invoice in NO_INVOICE_CELLS:
            said.append("无发票")
        elif _NO_INVOICE.search(invoice):
            said.append(f"发票号码：{invoice}")
        review = "".join(str(got.get(REVIEW) or "").split())
        if _NO_INVOICE.search(review):
            said.append(f"审核意见：{review}")
        if not said:
            return
        evidence = "；".join(said)
        record["summary"] = f"{record['summary']}（{evidence}）" if record["summary"] else evidence
        self.paper_rows.add(self.row_number, evidence)

    def paper_note(self) -> str:
        """The sheet's note on the 摘要 that took a white slip's words (``_paper_in_summary``)."""
        if not self.paper_rows.count:
            return ""
        return (f"{self.paper_rows.count} 行的发票号码或审核意见写明无发票、白条等，已附在摘要后的括号里"
                f"（供白条入账检查，{self.paper_rows.listed()}）")

    def short_village_note(self) -> str:
        """The sheet's note on short names filed as written while the longer form occurs too."""
        pairs = [(short, longer) for short in self.short_villages
                 for longer in full_forms(short) if longer in self.villages_seen]
        return "；".join(f"村名既写作“{short}”又写作“{longer}”，写作“{short}”的行按“{short}”导入，请核对"
                        for short, longer in pairs)

    @property
    def village_sections(self) -> list[_VillageHeading]:
        """The headings that gave rows their village (not a 村委会 line under the table)."""
        return [heading for heading in self.village_headings if heading.records]

    def section_notes(self) -> str:
        """The sheet's note on what the section lines gave the rows below them: their village,
        their side, or their account (and so their 结算方式)."""
        notes = []
        headings = self.village_sections
        if headings:
            plan = self.plan
            instead = f"，不按{VILLAGE_SOURCE_LABELS[plan.village_source]}记为{plan.village}" \
                if plan.village and any(heading.village != plan.village for heading in headings) else ""
            lines = [(heading.row, heading.text) for heading in headings]
            notes.append(f"表中没有村名列：各行按其上方的分组标题记村名（{_listed(lines)}）{instead}")
        parties = [(heading.row, heading.text) for heading in self.party_headings if heading.records]
        if parties:
            notes.append(f"没有写往来单位的各笔，按其上方的户名栏记往来单位（{_listed(parties)}），请核对")
        # A single line above the header is as plain as a title; a sheet with section lines in its body is not.
        if any(row for row, _ in self.side_sections) and not self.plan.has_direction_column():
            notes.append(f"表中只有一列金额：收入、支出按其上方的分段标题区分（{_listed(self.side_sections)}）")
        bodies = [heading for heading in self.body_headings if heading.records]
        if bodies:
            read = "；".join(f"{_listed([(heading.row, heading.text)])}下 {heading.records} 行（如“{heading.example}”）"
                            for heading in bodies[:4])
            notes.append(f"职务只写主任、委员等的，按其上方的分组标题补上班子名称：{read}")
        outside = [heading for heading in self.non_cadre_headings if heading.records]
        if outside:
            read = "；".join(f"{_listed([(heading.row, heading.text)])}下 {heading.records} 行" for heading in outside[:4])
            notes.append(f"分组标题说明其成员不是村干部（宗亲理事会、协会等群众组织），这些行未作为干部导入：{read}；"
                         f"如需列入关联人员核查，请另行登记")
        if self.on_credit_rows:
            rows = "、".join(str(row) for row in self.on_credit_rows[:6]) + ("等" if len(self.on_credit_rows) > 6 else "")
            notes.append(f"结算方式为赊欠、挂账等的 {len(self.on_credit_rows)} 行（第 {rows} 行）没有收付款项，"
                         f"未作为收支导入；赊购的款项付清时另有一笔")
        if self.year_turns:
            turns = "、".join(f"第 {row} 行起按 {year} 年" for row, year in self.year_turns)
            notes.append(f"表中没有年份列，标题写的是 {self.plan.layout.year} 年至 {self.plan.layout.last_year} 年："
                         f"月份回到年初处起按下一年记日期（{turns}）")
        if self.account_headings is not None:
            notes.append(self.account_headings.note())
        if self.account_sections:
            first = ""
            if self.plan.default_method == "现金":
                block = f"表头上方的科目“{self.first_account[:20]}”" if self.first_account else "第一段（表名是现金日记账）"
                first = f"{block}下各笔的结算方式记为“现金”；"
            blocks = "；".join(f"第 {row} 行起为“{account[:20]}”，{what}" for row, account, what in self.account_sections)
            notes.append(f"表中按科目行分为几段（没有结算方式一栏）：{first}{blocks}")
        return join_notes(*notes)

    def _unpaid_beside_remark(self, row: list[Any], reason: str) -> str | None:
        """The unpaid-line reason, unless only a 备注 cell says 未付 of a row that names its own thing: a
        contract of a 汇总表 not yet paid ("QJ-14 | 审计服务 | 9800 | 已付 0 | 备注 未付") is a contract, its
        remark no label of the row. A line of sums with "未付金额" in its 备注 stays an unpaid line."""
        others = _recognisable([value for index, value in enumerate(row) if index not in self.remark_indexes
                                and value is not None and value != ""])
        if len(others) < MIN_OWN_TEXTS:
            return reason
        return label_reason(others)

    def _not_data_reason(self, row: list[Any], cells: list[Any]) -> str | None:
        """Why a non-blank row is no data row (summary, header, title, footer …), or None.

        Each test starts with a check that a clean data row fails at once: these
        run on every row of files with 100k rows.
        """
        merged = merged_text(cells)
        spans_table = merged is not None and len(cells) >= 3 and not self.filled_from
        if merged is not None:
            cells = cells[:1]  # one text merged across the row: a line alone
        texts = _recognisable(cells)
        reason = label_reason(texts) or (self._two_sided_total_reason(row, texts) if self.side_indexes else None) \
            or self._group_total_reason(row, texts)
        if reason and reason.startswith(UNPAID_LINE_REASON) and self.remark_indexes:
            reason = self._unpaid_beside_remark(row, reason)
        if reason and self._is_other_table_header(cells, texts):
            # 科目编码 | 科目名称 | 期初余额 | 本期借方 …: a 科目余额表's header under the journal, no 期初余额 line.
            self.other_table_row = self.row_number
            return OTHER_HEADER_REASON
        # One scan of the row's text first: this runs on every row of a ledger.
        closing = "结转" in "\x1f".join(texts) and \
            next((text for text in texts if _CLOSING_ENTRY.match("".join(text.split()))), None)
        if closing:
            return CLOSING_ENTRY_REASON.format(text="".join(closing.split())[:20])
        if reason and not self._has_voucher(row):
            if len(cells) >= 2 and not self.header_texts.isdisjoint(cells) and self._is_repeated_header(cells) \
                    and not self._changes_header_columns(row):
                # its 余额 column's name is no balance line
                return (self._year_of_block_header(row) if self.header_year_due else None) or REPEATED_HEADER
            if self.village_section or self.side_section:
                self._close_sections(_NUMBERED_SECTION.sub("", "".join("".join(texts).split())))
            if self.ymd and _CLOSES_MONTH.search("".join(texts)):
                self.month = None  # 本月合计 closes the month: the next entry must name its own
            elif self.ymd:
                self._mark_year_end("".join(texts), row)
            else:
                self._remember_date_parts(row)
            self.after_summary = True
            self.group_texts.clear()
            return reason
        if self.changes is not None:
            reason = payment_plan_reason(texts)
            if reason:
                return reason
        if self.after_summary:
            reason = _breakdown_reason(texts)
            if reason:
                return reason
            self.after_summary = False
        elif len(texts) == 1 and "其中" in texts[0] and self.records_made and not self._has_voucher(row):
            # Under an entry, a 其中 line with nothing but figures beside it is a part of that entry;
            # one with a 施工单位 or another text of its own is an entry named so.
            reason = _breakdown_reason(texts)
            if reason:
                return reason.replace("合计行的分项", "上一行的分项", 1)
        first = cells[0]
        if self.in_notes:
            # The numbered lines of a 说明： block ("1、本表由…", "2 | 本表金额以合同为准") are one
            # or two texts; a fuller row, or one with an amount, is data again. A numbered sentence
            # stays a note even with a figure or a date beside it ("1.本年新签合同10份，金额合计 |
            # 556000", "2.统计截止2023年12月31日 | 2023-12-31"): no data row is a numbered sentence.
            if len(cells) <= 2 and len(texts) == len(cells) and not self._has_amount(row):
                return footer_reason(texts[0])
            if len(cells) <= 3 and type(first) is str and _NUMBERED_NOTE.match(first.strip()):
                return footer_reason(first)
            self.in_notes = False
        if len(cells) == 1 and self.kind == "payment" and type(first) is str:
            reason = self._party_line_reason(first)
            if reason:
                return reason
        if type(first) is str and is_footer_label(first) and \
                ((len(texts) == len(cells) and len(cells) <= 8) or not self._has_amount(row)):
            self.in_notes = _NOTES_LABEL.match(first.strip()) is not None
            return footer_reason(first)
        if len(cells) >= 2 and not self.header_texts.isdisjoint(cells) and self._is_repeated_header(cells):
            if self._changes_header_columns(row):
                # Another order or another column: the rows below would be read through the wrong columns.
                self.other_table_row = self.row_number
                return "另一张表的表头（列的次序或列名与本表表头不同）：其下各行未导入，可将该表另存为单独的工作表后导入"
            self.other_table_row = None  # the sheet's own table goes on below its header
            return (self._year_of_block_header(row) if self.header_year_due else None) or REPEATED_HEADER
        if self.other_table_row is not None:
            return f"位于第 {self.other_table_row} 行起的另一张表中（表头与本表不同），未按本表的列导入"
        if self._is_other_table_header(cells, texts):
            self.other_table_row = self.row_number
            return OTHER_HEADER_REASON
        if self.kind == "payment" and type(first) is str and "科目" in first and len(texts) == len(cells):
            reason = self._account_line_reason(texts)
            if reason:
                return reason
        if len(cells) <= 3 and len(texts) == len(cells) and self._is_repeated_title(texts):
            # "二、村民议事会成员名单" reads as a title too: it still heads the rows below it.
            return (self._cadre_heading_reason(texts[0]) if self.kind == "cadre" and len(texts) == 1 else None) \
                or self._title_reason(texts)
        if first in _COLUMN_NUMBER_STARTS and self._is_column_number_row(cells):
            return COLUMN_NUMBERS
        heading = _heading(cells, texts)
        if heading is not None and self.kind == "cadre":
            reason = self._cadre_heading_reason(heading)
            if reason:
                return reason
        if heading is not None:
            reason = self._section_line_reason(heading)
            if reason:
                return reason
        if len(cells) == 1 and texts:
            reason = _lone_line_reason(texts[0]) or self._code_heading_reason(row, texts[0])
            if reason:
                return reason
        if texts and len(texts) == len(cells) and _SIGNATURE_HINT.search(texts[0]) and \
                (len(texts) >= 2 or _STAMP.search(texts[0])) and _is_signature_line(texts):
            return footer_reason(texts[0])
        if 2 <= len(cells) <= 3 and type(first) is str and _is_dated_signature(cells):
            return f"落款（{first.strip()[:20]}）：公示或公开的单位和日期，不是一条记录"
        if self.ymd and len(cells) == 1 and texts:
            reason = self._period_line_reason(texts[0])
            if reason:
                return reason
        elif len(cells) == 1 and texts and self.plan.year_lines is not None:
            # The same line above the rows of a sheet with one date column (``importers.year_lines``).
            reason = self.plan.year_lines.line_reason(texts[0], self.row_number)
            if reason:
                return reason
        if len(cells) == 1 and self.kind == "cadre" and type(first) is str and _ORGAN_HEADING.search(first.strip()):
            return f"分组标题（{first.strip()[:20]}）：班子名称，不是一名干部，其下各行照常导入"
        if len(cells) == 1 and texts:
            if _SENTENCE.search(texts[0]):
                return footer_reason(texts[0])
            # Merged on this row over three columns or more, and no amount ("1,000.00" in each is a total).
            if spans_table and not self._has_amount(row):
                return _merged_line_reason(texts[0])
        if len(cells) == 1 and self.records_made and self.kind != "cadre" and _is_signature_part(first):
            # The 落款 on two lines under the table: the body, then the date (a cadre list heads its
            # groups with a body alone: 村民委员会).
            return f"落款（{cell_text(first).strip()[:20]}）：公示或公开的单位或日期，不是一条记录"
        return self._other_account_reason()

    def _code_heading_reason(self, row: list[Any], text: str) -> str | None:
        """A group's name alone in the 编号 column ("房屋建筑物", "机器设备" in a 资产清查登记表): the
        heading of the rows below it; an asset's 编号 has a digit or a letter (JY-01, A001)."""
        if not self.code_indexes or _ALNUM.search(text):
            return None
        if not any(index < len(row) and row[index] is text for index in self.code_indexes):
            return None
        return f"分组标题（{text.strip()[:20]}）：编号列中只有文字、本行没有其他内容，不是一条记录，其下各行照常导入"

    def _group_total_reason(self, row: list[Any], texts: list[str]) -> str | None:
        """A total named after its group, however long the name ("上湾自然村道路硬化（一期、二期） 小计"):
        the label is one of the texts of the records above it (the project's name, merged down over
        its payments or written on its first line) with 小计 or 合计 after it, and no voucher."""
        if not self.group_texts or not _TOTAL_WORD.search("\x1f".join(texts)) or self._has_voucher(row):
            return None
        for value in texts:
            match = _GROUP_TOTAL.match("".join(value.split()))
            if match and self._names_group(match["name"]):
                return f"合计行（{''.join(value.split())[:20]}）：上面同名各行的小计"
        return None

    def _names_group(self, name: str) -> bool:
        if name in self.group_texts:
            return True
        # Written with spaces in it ("青石溪 河道清淤"): a scan, bounded by _GROUP_TEXTS_LIMIT.
        return any("".join(text.split()) == name for text in self.group_texts)

    def _two_sided_total_reason(self, row: list[Any], texts: list[str]) -> str | None:
        """A row with a total's word in any of its texts ("孙桥镇张家湾村股份经济合作社2023年1-6月小计"),
        an amount on both sides (收入 and 支出) and neither a date nor a voucher: a unit's or a
        period's total. A posting has one side; imported as the expense, the total would add
        spending that never happened. A 摘要 such as "支付合计款" stays an entry on its one side."""
        if not _TOTAL_WORD.search("\x1f".join(texts)) or self._has_voucher(row):
            return None  # one search of the row's text: this runs on every row of a two-sided ledger
        width = len(row)
        if any(index < width and row[index] not in ("", None) and not _is_total_label(row[index])
               for index in self.date_indexes):
            return None  # a label such as "合计笔数：10" in the 交易日期 column is no date
        if not all(any(self._nonzero_amount(row, index) for index in indexes) for indexes in self.side_indexes):
            return None
        text = next(value for value in texts if _TOTAL_WORD.search(value))
        return f"合计行（{''.join(text.split())[:20]}）：收入和支出都有金额，又没有日期和凭证号"

    def _nonzero_amount(self, row: list[Any], index: int) -> bool:
        value = row[index] if index < len(row) else None
        if value == "" or value is None:
            return False
        try:
            return bool(self.quantity_converters[index](value))
        except values.ValueProblem:
            return False

    def _shifted_right(self, row: list[Any]) -> list[Any] | None:
        """The row read one column to the left when a PDF conversion shifted its page one column right:
        its first cell is blank, its last value stands just past the header's last column, and its
        money columns read better moved back (a 对方户名 or a date "20231008" under 借方 or 原值, an
        amount beside them). None for every other row: a remark beyond the table moves nothing."""
        width = self.header_width
        if not self.money_indexes or len(row) <= width or not values.is_blank(row[0]) \
                or values.is_blank(row[width]) or any(not values.is_blank(v) for v in row[width + 1:]):
            return None
        moved = row[1:] + [""]
        return moved if self._misfit_amounts(moved) < self._misfit_amounts(row) else None

    def _misfit_amounts(self, row: list[Any]) -> int:
        """How many money cells of the row hold no amount: a text, or a date written as digits."""
        return sum(1 for index in self.money_indexes
                   if index < len(row) and not values.is_blank(row[index])
                   and (_COMPACT_DATE.match(str(row[index]).strip()) or not values.parses(values.parse_money, row[index])))

    def _split_amount(self, row: list[Any]) -> tuple[str, str, str] | None:
        """(column, value, reason) when an amount was cut apart at a thousands comma.

        A CSV written by hand or by a careless export leaves "2,000.00" unquoted:
        the reader sees "2" in the amount column, "000.00" in the next, and every
        later cell one column to the right. Only a row with cells beyond the
        header can be such a row; its amount is then unknown, never "2".
        """
        if all(value in ("", None) for value in row[self.header_width:]):
            return None
        for index in sorted(self.money_indexes):
            if index + 1 >= len(row):
                continue
            head, tail = row[index], row[index + 1]
            if isinstance(head, str) and isinstance(tail, str) and _LEADING_GROUP.match(head.strip()) \
                    and _THOUSANDS_TAIL.match(tail.strip()):
                text = f"{head.strip()},{tail.strip()}"
                return (self.names[index], text,
                        f"本行比表头多出单元格，“{text}”疑为千分位逗号没有加引号、一个金额被拆成了两格，"
                        "金额无法确定（后面各列也错了位），请核对原表")
        return None

    def _continuation_reason(self, row: list[Any]) -> str | None:
        """A row whose every imported column is only the merged cell of the row above it (合同
        编号, 乙方 … merged over two 标段 lines): one record of that block, not a second one.
        Its own cells are all in columns not imported; the skipped row keeps them raw."""
        filled = self.filled_from
        own = [index for index in self.mapped_indexes
               if index < len(row) and row[index] not in ("", None) and index not in filled]
        if own or not filled.keys() & self.mapped_indexes:
            return None
        top = min(filled[index] for index in filled.keys() & self.mapped_indexes) + 1
        return f"合并单元格的续行：导入的各列都来自第 {top} 行的合并单元格，已随第 {top} 行导入；本行其余内容保留在原值中"

    def _period_step_reason(self, row: list[Any]) -> str | None:
        """A later rent period of a lease (or contract) on a row of its own, under the record whose name
        and other cells (承包方, 面积, 承包期限) are merged over it: its own cells are only a period
        (计租期间 2024-2026年) and the money for it (年租金 5500). Filled from the merged cells it read as
        the same lease again with another rent, doubling the leased area and the count of leases. The
        record keeps the rent written on its own row; the skipped row keeps the step raw. A row with
        any other cell of its own (a 标段's own name, another tenant) is left alone."""
        label = _STEPPED_KINDS.get(self.kind)
        filled = self.filled_from.keys() & self.mapped_indexes
        if label is None or not self.title_indexes or not self.title_indexes <= filled:
            return None
        own = [(index, field) for index, field, _, _, _ in self.primary
               if index < len(row) and not values.is_blank(row[index]) and index not in self.filled_from]
        periods = [index for index, field in own if field in _PERIOD_FIELDS]
        money = [index for index, _ in own if index in self.money_indexes]
        if not periods or not money or len(periods) + len(money) < len(own):
            return None
        top = min(self.filled_from[index] for index in filled) + 1
        name = values.clean_text(row[min(self.title_indexes)])
        period = "、".join(values.clean_text(row[index]) or "" for index in periods)
        amount = "，".join(f"{_last_part(self.names[index])} {values.clean_text(row[index])}" for index in money)
        return PERIOD_STEP_REASON.format(top=top, name=name, period=f"期间 {period}，", amount=amount, what=label)

    def _labelled_continuation_reason(self, row: list[Any]) -> str | None:
        """A row under a record whose 编号 and 名称 are merged over it, that only says more of that record
        in labelled cells ("合同期限：…" under 乙方, "付款方式：…" under 合同金额, "备注：…"): the record's
        second line, not a record whose amount is unreadable. Its term (合同期限) gives the record its
        start and end where they are blank; the rest stays raw. Right under the header, the same row
        without labels ("合同期限" | "付款方式") is the header's second line, naming those cells."""
        if self.kind in ("payment", "cadre") or not self.title_indexes \
                or not self.title_indexes <= self.filled_from.keys():
            return None
        own = [values.clean_text(row[index]) for index in sorted(self.mapped_indexes)
               if index < len(row) and not values.is_blank(row[index]) and index not in self.filled_from]
        if not own or not all(type(text) is str for text in own):
            return None
        top = min(self.filled_from[index] for index in self.title_indexes) + 1
        layout = self.plan.layout
        if layout is not None and top <= layout.last_row:
            if any(_ANY_COLON.search(text) or re.search(r"\d", text) for text in own):
                return None
            return HEADER_CONTINUATION_REASON.format(labels="、".join(f"“{text}”" for text in dict.fromkeys(own)))
        labels = [_CELL_LABEL.match(text) for text in own]
        if not all(labels):
            return None
        term = self._term_from_continuation(top, own, [label.group(1) for label in labels if label])
        self.labelled_continuations.add(self.row_number, own[0][:12])
        what = f"“{values.clean_text(row[min(self.title_indexes)])}”"
        named = "、".join(dict.fromkeys(label.group(1) for label in labels if label))
        return LABELLED_CONTINUATION_REASON.format(top=top, what=what, labels=named, term=term)

    def _term_from_continuation(self, top: int, texts: list[str], labels: list[str]) -> str:
        """Give the record of row ``top`` the term a continuation row states, where its start and end
        are blank and the text names both ("2023年3月10日至2023年6月30日"; not "随主体工程工期", nor a
        single deadline). What the reason says of it: "" when the term was not read."""
        start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
        if start_field is None or end_field is None or self.last_entry is None or self.last_entry[0] != top:
            return ""
        record = self.last_entry[1]
        for text, label in zip(texts, labels):
            if not _TERM_LABEL.match(label) or record.get(start_field) or record.get(end_field):
                continue
            try:
                start, end = values.parse_date_range(_CELL_LABEL.sub("", text, count=1).strip())
            except values.ValueProblem:
                continue
            if start is not None and end is not None:
                record[start_field], record[end_field] = start, end
                self.terms_from_continuations += 1
                return f"（其{label}已记为第 {top} 行的开始、结束日期）"
        return ""

    def continued_record_note(self) -> str:
        """The sheet's note on the rows that only say more of the merged record above them."""
        if not self.labelled_continuations.count:
            return ""
        terms = f"，其中 {self.terms_from_continuations} 行的期限记为所属记录的开始、结束日期" \
            if self.terms_from_continuations else ""
        return (f"{self.labelled_continuations.count} 行是其上记录的续行（编号、名称为合并单元格，只写了期限、付款方式等）："
                f"未另作记录{terms}（{self.labelled_continuations.listed()}），请核对")

    def _sub_item_name(self, row: list[Any], record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                       warnings: list[WarningItem]) -> None:
        """An asset's 附属设备 on a row of its own under it (中央空调 under 村委会办公楼, whose 资产名称 is
        merged over it, or left blank): that equipment, priced on its row, named by its own cell. Read
        with the merged name it showed the building again with the equipment's value. A 附属设备 cell on
        the asset's own row (its name its own) says what comes with it, and is left in the raw row."""
        index = self.plan.sub_item_index
        column = self.plan.primary_column("name")
        text = values.clean_text(row[index]) if index is not None and index < len(row) else None
        if not text or column is None:
            return
        own_name = column.index < len(row) and not values.is_blank(row[column.index]) \
            and column.index not in self.filled_from
        if own_name:
            return
        header = self.names[index]
        parent = record.get("name")
        record["name"] = text
        problems.pop("name", None)
        if parent:
            warnings.append((header, text, f"本行是“{parent}”的{header}（资产名称为合并单元格）：按{header}名称“{text}”"
                                           f"记为一项资产，编号、类别等沿用所属资产的"))

    def _merged_part_reason(self, row: list[Any]) -> str | None:
        """A payment row under the merged money cell of the row above (报账金额 merged over the invoices
        of one 报账单, with its 报账单号, date and payee) that has an amount of its own in another column
        (发票金额): one invoice of that payment, whose total came with its first row. Read as a payment
        it would pay the claim twice; a row whose other cells are its own is left alone. A part without
        an invoice (白条) marks that payment (``_paper_of_part``)."""
        held = self.held_from.keys() & self.amount_indexes
        top = min(self.held_from[index] for index in held)
        if not any(self.filled_from[index] == top for index in self.filled_from.keys() & self.mapped_indexes):
            return None
        own = [index for index in sorted(self.amount_indexes - held) if index < len(row) and row[index] not in ("", None)]
        if not own:
            return None
        voucher = next((values.clean_text(row[index]) for index in self.voucher_indexes
                        if index in self.filled_from and index < len(row) and values.clean_text(row[index])), None)
        what = f"（{voucher}）" if voucher else ""
        self._paper_of_part(row, top + 1)
        return MERGED_PART_REASON.format(top=top + 1, what=what, total=_last_part(self.names[min(held)]),
                                         part=_last_part(self.names[own[0]]), amount=values.clean_text(row[own[0]]))

    def _paper_of_part(self, row: list[Any], top: int) -> None:
        """A part without an invoice (发票号码 "无（白条）") makes the payment it belongs to a white slip's
        (``_paper_in_summary``): skipped, it would hide the 白条 from the white_slip check."""
        if self.last_entry is None or self.last_entry[0] != top:
            return
        got = {field: row[index] for index, field, _, _, _ in self.primary
               if field in (INVOICE, REVIEW) and index < len(row)}
        if got:
            self._paper_in_summary(self.last_entry[1], got)

    def _section_line_reason(self, text: str) -> str | None:
        """A heading that gives the rows below it their side (payments) or their village, or None."""
        if self.kind == "payment":
            reason = self._section_reason(text)
            if reason:
                return reason
        return self._village_section_reason(text) if self.follows_village_sections else None

    def _party_line_reason(self, text: str) -> str | None:
        """A "户名：高俊生" line alone in a ledger's body: the entries below it, up to the next such line,
        are that person's or unit's (a 往来明细账 keeps one block per debtor). Not the table's unit
        ("单位：元") nor a signing body ("单位：石板沟村村委会（盖章）")."""
        match = _PARTY_LINE.match(text.strip())
        if match is None:
            return None
        party = " ".join(match["party"].split())
        if len(party) < 2 or _MEASURE_UNIT.match(party) or _SIGNED.search(party) \
                or (self.village and is_village_body(party, self.village)):
            return None
        self.party_section = _PartyHeading(self.row_number, text.strip(), party)
        self.party_headings.append(self.party_section)
        return f"户名栏（{text.strip()[:20]}）：以下各笔的往来单位记为“{party[:20]}”，到下一个户名栏为止"

    def _party_above_header(self, line: str) -> None:
        """The party a line above the header names for the whole sheet: a 往来 account's 明细科目
        ("总账科目：应付款　明细科目：河北路通公路工程有限公司", "科目：应付款—刘振江"), as a ledger kept one
        sheet per creditor writes it. The entries without a party of their own are its, as under a
        户名 line in the body (``_party_line_reason``). (A 户名 line above the header is not read so: a
        bank statement's "户名：" is the village's own account.)"""
        named = _subaccount_party(line, f"{self.plan.sheet}{''.join(self.plan.layout.title_lines)}")
        if named is None or (self.village and is_village_body(named[0], self.village)):
            return
        party, words = named
        self.party_section = _PartyHeading(0, words, party)
        self.party_headings.append(self.party_section)

    def _section_reason(self, text: str) -> str | None:
        """A lone "二、支出明细" in a payment sheet: the entries below it are of that side."""
        match = _SECTION_RE.match("".join(text.split()))
        if match is None:
            return None
        side = "收入" if match["side"] in _INCOME_SIDES else "支出"
        self.direction = "in" if side == "收入" else "out"
        self.side_section = side
        self.side_sections.append((self.row_number, match.group()))
        return f"分段标题（{match.group()}）：以下记录按{side}"

    def _village_section_reason(self, text: str) -> str | None:
        """A heading that names a village and nothing else ("一、那良村", "（二）城东社区：", "那良村村委会"):
        in a sheet without a 村名 column, the rows below it are that village's."""
        written = "".join(text.split())
        name = _SECTION_ASIDE.sub("", _NUMBERED_SECTION.sub("", written).rstrip(":：")).rstrip(":：")
        village = village_alone(name)
        if village is None or (village != name and not _NUMBERED_SECTION.match(written)):
            return None  # "石桥村村民委员会（盖章）" alone, unnumbered: who signs under the table
        self.village = village
        self._start_block()
        self.village_section = _VillageHeading(self.row_number, text.strip(), village)
        self.village_headings.append(self.village_section)
        return f"分组标题（{text.strip()[:20]}）：以下记录记入 {village}"

    def _body_heading(self, row: int, text: str) -> None:
        """A heading of a cadre list: one that names a body (一、村务监督委员会成员) gives the bare
        positions below it that body; one of people who are no cadres (二、黄氏宗亲理事会成员（非村干部）)
        keeps the rows below it out of the list; another numbered one (三、网格员) ends either."""
        written = "".join(text.split())
        unnumbered = _NUMBERED_SECTION.sub("", written)
        body = heading_body(unnumbered)
        not_cadres = non_cadre_heading(unnumbered) if body is None else None
        if body is not None or not_cadres is not None or _NUMBERED_SECTION.match(written):
            self.cadre_body = self.non_cadres = None
        if body is not None:
            self.cadre_body = _BodyHeading(row, text.strip(), body)
            self.body_headings.append(self.cadre_body)
        elif not_cadres is not None:
            self.non_cadres = _BodyHeading(row, text.strip(), not_cadres)
            self.non_cadre_headings.append(self.non_cadres)

    def _cadre_heading_reason(self, heading: str) -> str | None:
        """A heading of a cadre list read (``_body_heading``); the reason for it when it heads people who
        are no cadres, else None (the heading's other reasons follow)."""
        self._body_heading(self.row_number, heading)
        if self.non_cadres is None or self.non_cadres.row != self.row_number:
            return None
        return f"分组标题（{heading.strip()[:24]}）：{self.non_cadres.body}，其下各行不是村干部，不作为干部导入"

    @staticmethod
    def _non_cadre_reason(heading: _BodyHeading) -> str:
        """Why a row under a heading of people who are no cadres is not imported, counted for the note."""
        heading.records += 1
        where = f"第 {heading.row} 行" if heading.row else "表头上方"
        return f"位于{where}的分组标题“{heading.text[:24]}”下：{heading.body}，不是村干部，不作为干部导入"

    @staticmethod
    def _position_of_body(record: dict[str, Any], heading: _BodyHeading) -> None:
        """A cadre's bare position (主任) read with the body of the heading over it, counted for the note."""
        position = position_with_body(record.get("position"), heading.body)
        if position is not None:
            record["position"] = position
            heading.records += 1
            heading.example = heading.example or position

    def _start_block(self) -> None:
        """A new account's or village's block counts its months afresh: its January after the last
        block's December is no new year."""
        self.last_month, self.turn_pending, self.fell_back = None, False, None
        if not self.year_written:
            self.year = self.plan.layout.year

    def _close_sections(self, label: str) -> None:
        """A 合计 or 小计 of a section's side or village ("收入合计", "本期收入小计", "那良村小计") ends
        the section: it is the group's footer, and what follows it is no longer of that group. A
        part's total inside it ("经营收入小计", "那良村道路类小计") does not."""
        if self.side_section and _total_of(label, self.side_section):
            self.direction, self.side_section = self.plan.default_direction, None
        if self.village_section and _total_of(label, self.village_section.village):
            self.village, self.village_section = self.plan.village, None

    def _account_line_reason(self, texts: list[str]) -> str | None:
        """An account line between the blocks of a ledger ("科目：1002 银行存款"): the block below it
        is that account's. A cash block's entries are paid in cash, a bank block's are not known to
        be (a 现金支票 is paid from the bank); once the sheet has shown a cash or bank block, the
        block of another account (应付款, 管理费用) books the other side of the same vouchers."""
        match = _ACCOUNT_LINE.match(texts[0].strip())
        if match is None:
            return self._subaccount_line_reason(texts)
        account = " ".join(match["account"].split()) or (" ".join(texts[1].split()) if len(texts) > 1 else "")
        if not account or any(_is_number(text) for text in texts[1:]):
            return None  # a CSV entry whose 摘要 starts "科目：" has its amount beside it
        if account == self.block_account:
            return REPEATED_TITLE  # the block's own line again, printed over each page
        self.block_account = account
        self.party_section = None  # another account's block: its parties are its own
        self._start_account_block()
        money = _money_kind(account)
        if money is None and self.money_book:
            self.other_account = (self.row_number, account)
            what = "不是库存现金、银行存款的收付，其分录不作为收支导入"
        else:
            self.other_account = None
            self.money_book = self.money_book or money is not None
            if "method" not in self.mapped_fields:
                self.template["method"] = "现金" if money == _CASH_BLOCK else None
            what = "其下各笔的结算方式记为“现金”" if money == _CASH_BLOCK else "其下各笔的结算方式不按现金记" \
                if money else "不是库存现金、银行存款，其下各笔按借方、贷方照常导入，请核对"
        self.account_sections.append((self.row_number, account, what))
        return f"科目行（{account[:20]}）：{what}"

    def _subaccount_line_reason(self, texts: list[str]) -> str | None:
        """A 明细科目 line over a page of a 往来明细账 that keeps several accounts one after another
        ("一级科目：应收款　明细科目：青山镇农机服务站 | 第 3 页"): the entries below it, up to the next such
        line, are that account's, its party theirs (as the line above the header named the first
        account's, ``_party_above_header``). The same account's line over its next page is a repeated
        title. Each account's pages count their years afresh from their own header."""
        line = "  ".join(texts)  # "一级科目：应收款 | 明细科目：刘桂兰" may take two cells
        detail = _SUBACCOUNT_LINE.search(line)
        if detail is None or any(_is_number(text) for text in texts[1:]):
            return None
        words = " ".join(detail.group().split())
        if detail["account"] == self.subaccount:
            return REPEATED_TITLE
        self.subaccount = detail["account"]
        self._start_account_block()
        named = _subaccount_party(line, f"{self.plan.sheet}{''.join(self.plan.layout.title_lines)}")
        if named is None or (self.village and is_village_body(named[0], self.village)):
            self.party_section = None  # an expense's 明细科目 (办公费) names no party
            return f"明细科目行（{words[:30]}）：以下是明细科目“{detail['account'][:20]}”的各笔，往来单位按各行所写"
        self.party_section = _PartyHeading(self.row_number, named[1], named[0])
        self.party_headings.append(self.party_section)
        return (f"明细科目行（{words[:30]}）：另一个明细科目的账页，以下各笔的往来单位记为“{named[0][:20]}”，"
                "到下一个明细科目行为止")

    def _start_account_block(self) -> None:
        """Another account's block begins: its months count afresh, and the year over 月/日 in its first
        header is its year (a 往来 account's pages start again from its first year, "2019年", after
        the last account's 2023)."""
        self._start_block()
        self.header_year_due = True

    def _year_of_block_header(self, row: list[Any]) -> str | None:
        """The year a new block's header writes over 月/日 ("2019年"): the year of its entries. The
        reason for the header row that says so, or None when it writes no year."""
        self.header_year_due = False
        width = len(row)
        for index, _ in self.date_part_indexes:
            value = row[index] if index < width else None
            match = _PERIOD_LINE_RE.match("".join(value.split())) if type(value) is str else None
            if match and match["y"] and not match["m"]:
                self._carry_year(int(match["y"]))
                return f"{REPEATED_HEADER}：新科目账页的表头写“{match.group()}”，以下各笔按 {self.year} 年"
        return None

    def _other_account_reason(self) -> str | None:
        """Why an entry in the block of an account that is no cash or bank account is not imported."""
        if self.other_account is None:
            return None
        row, account = self.other_account
        return (f"第 {row} 行起是科目“{account[:20]}”的分录，不是库存现金、银行存款的收付"
                "（同一笔收付记在现金、银行存款部分），不作为收支导入")

    def _has_voucher(self, row: list[Any]) -> bool:
        """Whether the row's voucher column holds a voucher number: then it is a transaction,
        whatever its 摘要 says ("支付误工补贴合计")."""
        width = len(row)
        for index in self.voucher_indexes:
            value = row[index] if index < width else None
            if value == "" or value is None:
                continue
            if is_voucher_number(value):
                return True
        return False

    def _has_amount(self, row: list[Any]) -> bool:
        width = len(row)
        return any(index < width and row[index] not in ("", None) and values.parses(convert, row[index])
                   for index, convert in self.money_converters)

    def _is_repeated_header(self, cells: list[Any]) -> bool:
        """Enough of the header's texts, or nothing but them (the 收入/支出 child row alone)."""
        hits = sum(1 for v in cells if type(v) is str and " ".join(v.split()) in self.header_texts)
        return hits >= self.header_hit_threshold or hits == len(cells)

    def _changes_header_columns(self, row: list[Any]) -> bool:
        """Whether a row of header words is the header of another block: one of the words stands under
        another column than the header has it in (序号/姓名/职务/联系电话/备注 under
        序号/姓名/职务/分工/联系电话), or a column the sheet reads is named for another field (备注 where
        分工 was). 收款单位 where 交款单位 was is the same field: the 支出 block of a 公开榜."""
        layout = self.plan.layout
        fields = {column.index: column.field for column in self.plan.columns}
        for index, value in enumerate(row):
            if type(value) is not str or index in self.filled_from:
                continue  # a merged parent spread over its span stands in every column of it
            text = " ".join(value.split())
            if text not in self.header_texts:
                if index in fields and header_cell_score(text) >= 1.0:
                    found = match_column("", text, self.kind)
                    if found is None or found.field != fields[index]:
                        return True
                continue
            own = (layout.children[index], layout.parents[index], *layout.printed_header(index)) \
                if index < len(layout.children) else ()
            if text not in (" ".join(name.split()) for name in own):
                return True
        return False

    def _is_other_table_header(self, cells: list[Any], texts: list[str]) -> bool:
        return self.records_made and len(cells) >= 3 and len(texts) == len(cells) \
            and not _ANY_DIGIT.search("".join(texts)) and self._is_other_header(texts)

    def _is_other_header(self, texts: list[str]) -> bool:
        """A header row of a second table under the first (干部 then 近亲属, with other columns):
        at least three known column names this table does not have, and hardly anything else.
        Its rows would be read through the wrong columns (a relative's name as a 职务)."""
        known = new = 0
        for value in texts:
            text = " ".join(value.split())
            if text in self.header_texts:
                known += 1
            elif header_cell_score(text) >= 1.0:
                known += 1
                new += 1
        return new >= 3 and known * 3 >= len(texts) * 2

    def _is_repeated_title(self, texts: list[str]) -> bool:
        """A short all-text row that repeats the sheet title or its unit line (page breaks), a title
        line again with the next page's number ("开户行：…　账号：… | 第 3 页"), or, in a sheet whose
        village comes from its title, another village's title."""
        for value in texts:
            text = "".join(value.split())
            if not (text in self.title_texts or _TITLE_LINE_RE.search(text) or self._is_village_title(text)):
                return self._is_paged_title(texts)
        return True

    def _is_paged_title(self, texts: list[str]) -> bool:
        """A title line above the header printed again over another page, with that page's number."""
        if not self.paged_titles:
            return False
        line = _PAGE_MARK.sub("", "".join("".join(value.split()) for value in texts))
        return bool(line) and line in self.paged_titles

    def _is_village_title(self, text: str) -> bool:
        """The sheet's title with another village in it ("马吉村2023年合同台账"), or that village alone."""
        if not self.follows_title_village:
            return False
        named = find_villages(text)
        if len(named) != 1:
            return False
        return text == named[0] or text.replace(named[0], self.plan.village) in self.title_texts

    def _title_reason(self, texts: list[str]) -> str:
        """The reason for a title row; a title naming another village switches the rows below to it."""
        if self.follows_title_village:
            for text in texts:
                named = find_villages(text)
                if len(named) == 1 and named[0] != self.village:
                    self.village = named[0]
                    return f"另一村的标题行：以下记录记入 {self.village}"
        return REPEATED_TITLE

    def _is_column_number_row(self, cells: list[Any]) -> bool:
        """栏次 1, 2, 3 … across the columns, perhaps after labels such as 栏次, 甲, 乙."""
        start = 0
        labels = _COLUMN_NUMBER_LABELS
        while start < len(cells) and type(cells[start]) is str and "".join(cells[start].split()) in labels:
            start += 1
        numbers = cells[start:]
        if len(numbers) < self.min_column_numbers:
            return False
        return all(_whole_number(value) == expected for expected, value in enumerate(numbers, 1))

    def _period_line_reason(self, text: str) -> str | None:
        """A lone "2023年", "2020年3月份", "4月" or "一月" in a 年/月/日 journal: the entries below it are of
        that year and month."""
        match = _PERIOD_LINE_RE.match("".join(text.split()))
        if match is None or not match.group():
            return None
        if match["y"]:
            self._carry_year(int(match["y"]))
        if not match["m"]:
            return f"年份行（{match.group()}）：以下记录按 {self.year} 年"
        self._take_month(values.month_number(match["m"]), year_in_row=bool(match["y"]))
        year = f"{self.year} 年 " if self.year is not None else ""
        return f"月份行（{match.group()}）：以下记录按 {year}{self.month} 月"

    def _labelled_amounts_reason(self, row: list[Any]) -> str | None:
        """A total's word in one cell of a row that has nothing else but amounts: "7-9月小计" in the
        报账日期 column over the quarter's 金额, "三组合计" in the 户主 column. No entry lacks every date,
        voucher and party; whatever the label's shape, it is a total line. Not in the record's own title
        column (摘要, 名称): "支付7-9月保洁工资合计 | 3600" alone is a 公开栏's entry, and a label there
        is a total only in a total's shape (``label_reason``)."""
        labels = [index for index, value in enumerate(row) if _is_total_label(value)]
        if len(labels) != 1 or labels[0] in self.title_indexes or not self._only_amounts(row, labels[0]):
            return None
        label = "".join(row[labels[0]].split())
        return f"合计行（{label[:20]}）：{self.names[labels[0]]}列写的是合计字样，本行除金额外没有其他内容"

    def _only_amounts(self, row: list[Any], label: int | None = None) -> bool:
        """Whether the row has an amount and nothing but amounts, counts (面积, 附件数) and numbers
        in columns no field uses (余额, a row count): an unlabelled totals row, =SUM(D3:D4). The
        column ``label`` (a total's label) is passed over."""
        amounts = 0
        for index, value in enumerate(row):
            if value == "" or value is None or index == label:
                continue
            convert = self.quantity_converters.get(index)
            if convert is not None:
                # An uncalculated =SUM(…) is an amount too, just one without its value.
                if isinstance(value, str) and value.startswith("=") or values.parses(convert, value):
                    amounts += index in self.money_indexes
                    continue
                return False
            if index not in self.mapped_indexes and _is_number(value):
                if index in self.serial_indexes:
                    return False  # a numbered row is a data row, however little it says
                continue
            if type(value) is str and values.is_blank(value):
                continue
            return False
        return amounts > 0

    def _funding_sources(self, row: list[Any]) -> str | None:
        """A project's sources with an amount, as a 资金来源 column writes them: "财政奖补资金、村民筹资".
        A blank, zero or unreadable amount names no source; the amounts stay in the raw row."""
        width = len(row)
        sources = [source for index, source in self.funding_parts if index < width and _positive_amount(row[index])]
        return "、".join(sources) or None

    def _compare_upper_amounts(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """A 小写 amount and its 大写 twin must agree; the primary column's value is kept."""
        for kept, other, header, twin_header, twin_text in _both_read(self.upper_pairs, row):
            if kept != other:
                warnings.append((twin_header, twin_text,
                                 f"{header} {_yuan(kept)} 与{twin_header} {_yuan(other)} 不一致：按{header}导入"))

    def _compare_area_units(self, row: list[Any], warnings: list[WarningItem]) -> None:
        """An area written in both its 亩 and its 公顷 sub-column must be one area (to rounding);
        the primary column's value is kept."""
        for kept, other, header, twin_header, twin_text in _both_read(self.area_pairs, row):
            if abs(kept - other) > _AREA_TOLERANCE * max(kept, other, 1):
                warnings.append((twin_header, twin_text,
                                 f"{header} {kept:g} 亩与{twin_header} {twin_text}（折 {other:g} 亩）不一致：按{header}导入"))

    def _add_unit_parts(self, row: list[Any], record: dict[str, Any], warnings: list[WarningItem]) -> None:
        """An amount split into 万元 and 元 columns is their sum when the 万元 part is whole 万 and
        the 元 part less than 1万 (12 | 3456); the same amount written in both is kept once. Anything
        else is no sum we can be sure of: the primary column is kept and the other named."""
        width = len(row)
        for (wan_index, name, wan_convert, wan_header, _), (yuan_index, _, yuan_convert, yuan_header, _) \
                in self.unit_parts:
            if max(wan_index, yuan_index) >= width or row[wan_index] in ("", None) or row[yuan_index] in ("", None):
                continue  # one part alone is the whole amount, as read
            try:
                wan, yuan = wan_convert(row[wan_index]), yuan_convert(row[yuan_index])
            except values.ValueProblem:
                continue  # reported by the primary column or kept raw
            if wan is None or yuan is None or wan == yuan:
                continue
            if wan % 1_000_000 == 0 and 0 <= yuan < 1_000_000 and wan >= 0:
                record[name] = wan + yuan
                continue
            kept = wan if record.get(name) == wan else yuan
            header, other_header, other = (wan_header, yuan_header, row[yuan_index]) if kept == wan \
                else (yuan_header, wan_header, row[wan_index])
            warnings.append((other_header, cell_text(other),
                             f"{wan_header} {_yuan(wan)} 与{yuan_header} {_yuan(yuan)} 既非同一金额也不能相加："
                             f"按{header}导入"))

    def _remember_date_parts(self, row: list[Any]) -> None:
        """Carry 年/月 from a row that is skipped but still opens a month (上年结转 on 1月1日)."""
        width = len(row)
        year_in_row = False
        for index, name in self.date_part_indexes:
            value = row[index] if index < width else None
            if value == "" or value is None:
                continue
            try:
                if name == MONTH:
                    if _year_month(value) is None:
                        values.parse_ymd(2000, value, 1)
                    self._take_month(value, year_in_row)
                else:
                    values.parse_ymd(value, 1, 1)
                    self._carry_year(value)
                    year_in_row = True
            except values.ValueProblem:
                continue  # a label merged over 月/日 is no month

    def _carry_year(self, year: Any) -> None:
        self.year_written, self.fell_back = True, None
        # The month written in the old year is no month of the new one.
        if year != self.year:
            self.year, self.month = year, None
            self.last_month, self.turn_pending, self.fell_back = None, False, None

    def _take_month(self, value: Any, year_in_row: bool) -> None:
        """The month of the entries from this row on: a 年月 cell ("2022年11月") names their year too. A
        month falling back by half a year or more (12 → 1), or the first after a 结转下年 line, with no
        year written beside it, starts the next year (``_turn_year``); a few months back is an entry
        booked late (补记) in the same year."""
        year_month = _year_month(value)
        if year_month is not None:
            self._carry_year(year_month[0])
            number: int | None = year_month[1]
            year_in_row = True
        else:
            number = _month_number(value)
        self.month = value
        if number is None:
            return
        if not year_in_row and self.last_month is not None \
                and (self.turn_pending or self.last_month - number >= _YEAR_TURN_DROP):
            self._turn_year(self.last_month, number)
        self.last_month = number

    def _turn_year(self, old: int, new: int) -> None:
        """The month fell back from ``old`` to ``new``: the next year, when the title names a span of
        years that reaches it and no 年 column or year line has spoken; otherwise the year stays and the
        dates from here on are in doubt (each gets a warning): the title names one year only, or the
        span is run through."""
        self.turn_pending = False
        last = self.plan.layout.last_year
        if not self.year_written and last is not None and isinstance(self.year, int) and self.year < last:
            self.year += 1
            self.year_turns.append((self.row_number, self.year))
            self.fell_back = None
        else:
            self.fell_back = (self.row_number, old, new)

    def _mark_year_end(self, text: str, row: list[Any]) -> None:
        """A 结转下年 / 上年结转 line between entries closes their year: the next month read opens the next
        one. A 上年结转 at the top of the journal (no entry read yet) closes nothing."""
        closes = _CLOSES_YEAR.search(text) is not None
        opens = not closes and _OPENS_YEAR.search(text) is not None
        if opens and self.last_month is not None:
            self.turn_pending = True
        self._remember_date_parts(row)  # 上年结转 on 1月1日 opens the month; 结转下年 on 12月31日 is the old year
        if closes and self.last_month is not None:
            self.turn_pending = True

    def raw(self, row: list[Any]) -> dict[str, str]:
        """Original header text -> original cell text, for the non-empty cells."""
        self._widen(len(row))
        text_of = _TEXT_BY_TYPE.get
        return {name: value if type(value) is str else (text_of(type(value)) or cell_text)(value)
                for name, value in zip(self.names, row) if value != "" and value is not None}

    def _raw_json(self, row: list[Any]) -> tuple[str, str, dict[str, str]]:
        """(raw JSON in column order, its row hash, ``raw(row)``) built from per-column pieces.

        The pieces are exactly what ``json.dumps(raw, ensure_ascii=False)`` writes
        for each item, so joining them in column order gives the stored JSON and
        joining them in key order gives ``xuncha.models.row_hash``'s input: one
        encoding per cell instead of two full dumps (a test checks equality).
        """
        if len(row) > len(self.names):
            self._widen(len(row))
        keys = self._key_pieces
        names = self.names
        text_of = _TEXT_BY_TYPE.get
        encode = _encode_string
        texts = {index: value if type(value) is str else (text_of(type(value)) or cell_text)(value)
                 for index, value in enumerate(row) if value != "" and value is not None}
        pieces = {index: keys[index] + encode(text) for index, text in texts.items()}
        in_order = "{" + ", ".join(pieces.values()) + "}"
        by_key = "{" + ", ".join([pieces[i] for i in self._sorted_indexes if i in pieces]) + "}"
        cells = {names[index]: text for index, text in texts.items()}
        return in_order, hashlib.sha1(by_key.encode()).hexdigest()[:16], cells

    def _widen(self, width: int) -> None:
        """Name columns beyond the header by their letter and refresh the JSON key pieces."""
        names = self.names
        if width > len(names) or len(self._key_pieces) != len(names):
            names.extend(column_name(self.plan, i) for i in range(len(names), width))
            self._key_pieces = [_encode_string(name) + ": " for name in names]
            self._sorted_indexes = sorted(range(len(names)), key=names.__getitem__)

    def _convert(self, row: list[Any], record: dict[str, Any], extra: dict[str, Any],
                 problems: dict[str, tuple[str, str, str]]) -> int:
        """Parse the mapped cells into the record (canonical fields) and ``extra`` (helpers);
        returns how many cells gave a value."""
        found = 0
        width = len(row)
        for index, name, convert, header, canonical in self.primary:
            if index >= width:
                continue
            value = row[index]
            if value == "" or value is None:
                continue
            if convert is fast_text and type(value) is str and value.isprintable() \
                    and value[0] != " " and value[-1] != " " and len(value) > 4 and "  " not in value:
                parsed = value  # fast_text's own shortcut, inlined: most cells are clean text
            else:
                try:
                    parsed = convert(value)
                except values.ValueProblem as problem:
                    self._note_problem(problems, name, header, value, problem)
                    continue
            if parsed is not None:
                found += 1
                if canonical:
                    record[name] = parsed
                else:
                    extra[name] = parsed
                if index in self.total_rent_indexes:
                    extra[_TOTAL_RENT] = header
        for index, name, convert, header, canonical in self.fallback:
            target = record if canonical else extra
            joined = index in self.joined_indexes
            if (target.get(name) is not None and not joined) or index >= width:
                continue
            value = row[index]
            if value == "" or value is None:
                continue
            try:
                parsed = convert(value)
            except values.ValueProblem:
                continue  # the primary column's problem (if any) is the one reported
            if parsed is not None:
                found += 1
                target[name] = _joined_text(target.get(name), parsed) if joined else parsed
                problems.pop(name, None)
                if index in self.total_rent_indexes:
                    extra[_TOTAL_RENT] = header
        if self.parts:
            found += self._sum_parts(row, extra, problems)
        return found

    def _sum_parts(self, row: list[Any], extra: dict[str, Any], problems: dict[str, tuple[str, str, str]]) -> int:
        """Add up the filled category cells of each side into ``extra`` (收入/支出), and keep the
        categories' names for the record's 科目. An unreadable category cell makes the side's
        sum unknown: the side is then a problem, not a smaller amount. How many cells counted."""
        width = len(row)
        sums: dict[str, int] = {}
        labels: dict[str, list[str]] = {}
        unreadable: set[str] = set()
        for index, name, convert, header, _ in self.parts:
            value = row[index] if index < width else None
            if value == "" or value is None or name in unreadable:
                continue
            try:
                parsed = convert(value)
            except values.ValueProblem as problem:
                if self._note_problem(problems, name, header, value, problem):
                    unreadable.add(name)
                continue
            if parsed is not None:
                sums[name] = sums.get(name, 0) + parsed
                labels.setdefault(name, []).append(header)
        for name in unreadable:
            sums.pop(name, None)
        extra.update(sums)
        extra[_PART_LABELS] = labels
        return sum(len(labels[name]) for name in sums)

    def _note_problem(self, problems: dict[str, tuple[str, str, str]], name: str, header: str, value: Any,
                      problem: values.ValueProblem) -> bool:
        """Record a cell that could not be parsed; a blank-looking cell is no problem (False)."""
        if type(value) is str and values.is_blank(value):
            return False
        problems[name] = (header, cell_text(value), self._problem_reason(name, value, problem))
        return True

    def _problem_reason(self, name: str, value: Any, problem: values.ValueProblem) -> str:
        # "=SUM(D3:D4)" is no unreadable amount: the file was saved without computing it.
        if name in self.formula_fields and isinstance(value, str) and value.startswith("="):
            return _formula_reason(value)
        rate = _RATE_AMOUNT.fullmatch("".join(value.split())) if self.kind == "contract" and name == "amount" \
            and isinstance(value, str) else None
        if rate is not None:
            # As for a 计价单位 of 元/年: the term may be partial or the rent escalate, so no sum is guessed.
            return f"写的是单价（每{rate.group(1) or rate.group(2)}），不是合同总额，未作合同金额导入"
        return str(problem)

    # --- combining helper columns ----------------------------------------------------------------

    def _combine(self, record: dict[str, Any], got: dict[str, Any],
                 problems: dict[str, tuple[str, str, str]], warnings: list[WarningItem]) -> None:
        if self.kind == "payment":
            if "amount" in got and record["amount"] is None:
                self._amount_of_periods(record, got, warnings)
            if self.collector_header and record["handler"] and record["counterparty"]:
                self._collected_for(record, warnings)
            if QUANTITY in got and PRICE in got:
                self._amount_from_quantity(record, got, problems, warnings)
            for helper in (QUANTITY, PRICE):
                problems.pop(helper, None)  # kept in the raw row: only the 金额 is the record's
            self._payment_amount(record, got, problems, warnings)
            if self.plan.collection and got.get(DUE) and record["amount"]:
                self._short_payment(record, got[DUE], warnings)
            if self.parts:
                self._account_from_parts(record, got, warnings)
            if self.ymd:
                self._date_from_parts(record, got, problems, warnings)
            if self.plan.party_in_summary and record["counterparty"] is None and record["summary"]:
                record["counterparty"] = summary_party(record["summary"])
            word = got.get(VOUCHER_WORD)
            if word and record["voucher"] and not str(record["voucher"]).startswith(word):
                record["voucher"] = f"{word}-{record['voucher']}"
            elif word and not record["voucher"] and VOUCHER_WORD in self.mapped_fields and \
                    "voucher" not in self.mapped_fields:
                record["voucher"] = word
        if isinstance(record.get("area"), tuple):
            self._area_in_row_unit(record, got.get(AREA_UNIT))
        if TERM in got:
            start, end = got[TERM]
            start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
            if start_field and record.get(start_field) is None:
                record[start_field] = start
            if end_field and record.get(end_field) is None and end is not None:
                record[end_field] = end
        if TERM in problems:
            header, text, reason = problems.pop(TERM)
            if _counts_days(header, text):
                self._works_period_in_days(record, problems, header, text, reason)
            elif self._end_from_term_length(record, text) or self._dates_beside_length(record, text) \
                    or self._end_only_term(record, header, text, warnings):
                pass
            elif values.is_duration(text):
                self.term_lengths.add(self.row_number, text)
            else:
                problems.setdefault(START_FIELD.get(self.kind, TERM), (header, text, reason))
        self._years_in_end_column(record, problems, warnings)
        self._short_years_beside_other_end(record, problems, warnings)
        if _TOTAL_RENT in got and record["amount"] is not None:
            if MONTHLY_RENT in got:
                self._monthly_rent_beside_total(record, got, warnings)
            else:
                self._yearly_rent_from_total(record, got[_TOTAL_RENT], warnings)
        if self.kind == "resource" and record["amount"] is None and MONTHLY_RENT in got:
            record["amount"] = 12 * got[MONTHLY_RENT]
            warnings.append((self.headers_by_field.get(MONTHLY_RENT, "月租金"), _yuan(got[MONTHLY_RENT]),
                             _monthly_rent_note(record["amount"])))
        if self.kind == "contract" and record["amount"] is None and (YEARLY_RENT in got or MONTHLY_RENT in got):
            self._contract_sum_from_rent(record, got, warnings)
        if self.kind == "resource" and record["amount"] is None and UNIT_PRICE in got \
                and record["area"] is not None:
            # A lease listed with a price per 亩 (or 公顷) and an area: the yearly rent is their product.
            record["amount"] = round(got[UNIT_PRICE] * record["area"] / self.price_area_mu)
        if self.kind == "resource" and record["amount"] is None:
            self._rent_from_period_cell(record, problems, warnings)
        if self.kind == "resource" and record["amount"] is None and "amount" in problems \
                and record["area"] is not None:
            self._rent_from_price_cell(record, problems, warnings)

    def _area_in_row_unit(self, record: dict[str, Any], unit_cell: Any) -> None:
        """A lease's area in 亩 where a column of its own gives each row's unit (计量单位: 亩 | 平方米):
        the unit written in the area cell wins, then the row's, then the header's, else 亩."""
        number, written = record["area"]
        unit = written or values.area_unit_from_text(values.clean_text(unit_cell) or "") or \
            values.area_unit_from_text(self.headers_by_field.get("area", ""))
        record["area"] = values.area_in_unit(number, unit)

    @staticmethod
    def _yearly_rent_from_total(record: dict[str, Any], header: str, warnings: list[WarningItem]) -> None:
        """A lease's amount is its yearly rent; a 租金总额 column holds the rent of the whole term.
        Over a term of whole years it is divided by them; otherwise the yearly rent is unknown and
        left empty (the total stays in the raw row), never taken for a yearly one."""
        total = record["amount"]
        years = _whole_years(record["started_on"], record["ended_on"])
        if years is None:
            record["amount"] = None
            warnings.append((header, _yuan(total), "这是整个承包期的租金总额，不是年租金；承包起止不明，"
                                                   "年租金留空，已保留原值"))
            return
        record["amount"] = round(total / years)
        if years > 1:
            warnings.append((header, _yuan(total), f"租金总额按承包期 {years} 年折算为年租金 "
                                                   f"{_yuan(record['amount'])} 元"))

    def _short_years_beside_other_end(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                                      warnings: list[WarningItem]) -> None:
        """A term's start or end typed with a two-digit year that the title's year does not settle
        (22/1/1 in a 2024 register, where only 23..25 are read so) is read in the century that puts it
        nearest the other end of the same term when that end was read: 22/1/1 before 24/12/31 begins
        2022, 27/12/31 after 23/1/1 ends 2027, 98/1/1 before 2027-12-31 begins 1998. Only a term that
        then runs forward, for at most _LONGEST_TERM_YEARS, is read so, and a warning names the reading."""
        start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
        if not start_field or not end_field:
            return
        for name, other_field in ((start_field, end_field), (end_field, start_field)):
            other = record.get(other_field)
            if name not in problems or record.get(name) is not None or not isinstance(other, date):
                continue
            header, text, _ = problems[name]
            read = _short_year_near(text, other, before=name == start_field)
            if read is None:
                continue
            del problems[name]
            record[name] = read
            other_header = self.headers_by_field.get(other_field, other_field)
            warnings.append((header, text, f"年份只写了两位，标题中没有相近的年份：按同行{other_header}"
                                           f"（{other.isoformat()}）读作{read.year}年，请核对"))

    def _monthly_rent_beside_total(self, record: dict[str, Any], got: dict[str, Any],
                                   warnings: list[WarningItem]) -> None:
        """A lease register with both a 月租金 and a 租金总额 (厂房出租合同台账): the yearly rent is the
        月租金 × 12 the contract states, not the total's average over the term, which an escalation
        clause (递增条款) lifts above it. Rents compared per 亩 across the township are the stated ones
        in other registers (年租金), and a lease let cheaply at signing is what the low-rent rule looks
        for; the warning gives the total's average too, so that the difference is seen."""
        total = record["amount"]
        record["amount"] = 12 * got[MONTHLY_RENT]
        note = _monthly_rent_note(record["amount"])
        years = _whole_years(record["started_on"], record["ended_on"])
        if years is None:
            note += f"；另有租金总额 {_yuan(total)} 元，承包起止不明，未折算"
        elif total != record["amount"] * years:
            average = round(total / years)
            why = "多为租金递增（递增条款）" if average > record["amount"] else "可能有免租期或租金减免"
            note += (f"（首年）；租金总额 {_yuan(total)} 元按 {years} 年平均每年 {_yuan(average)} 元，"
                     f"与此不同，{why}，请核对合同")
        warnings.append((self.headers_by_field.get(MONTHLY_RENT, "月租金"), _yuan(got[MONTHLY_RENT]), note))

    def _contract_sum_from_rent(self, record: dict[str, Any], got: dict[str, Any],
                                warnings: list[WarningItem]) -> None:
        """A lease contract listed with its rent per year (or month) and no sum: a contract's amount is
        its whole sum, which the rules compare with the thresholds of public letting. Over a term of
        whole years it is the yearly rent times the years, with a warning that shows the sum (an
        escalation clause or a rent-free period makes the real sum differ); otherwise it is left
        empty with a warning, never taken for the yearly rent."""
        rent_field = YEARLY_RENT if YEARLY_RENT in got else MONTHLY_RENT
        header, rent = self.headers_by_field.get(rent_field, field_label(self.kind, rent_field)), got[rent_field]
        yearly = rent if rent_field == YEARLY_RENT else 12 * rent
        years = _whole_years(record["started_on"], record["ended_on"])
        per = "年" if rent_field == YEARLY_RENT else "月"
        if years is None:
            warnings.append((header, _yuan(rent), f"写的是{per}租金，不是合同总金额；合同起止不明或不足整年，"
                                                  "合同金额留空，已保留原值"))
            return
        record["amount"] = yearly * years
        how = f"{per}租金×{years}年" if rent_field == YEARLY_RENT else f"月租金×12×{years}年"
        warnings.append((header, _yuan(rent), f"表中没有合同总金额：按{how}计为合同金额 {_yuan(record['amount'])} 元"
                                              "（未计租金递增、免租期等约定），请核对合同"))

    def _rent_from_period_cell(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                               warnings: list[WarningItem]) -> None:
        """A rent cell that names its period gives the yearly rent, which is what a lease's amount is:
        "3500元/年" or "每年0.35万元" as written, "3000元/月" twelve times (with a warning). The cell may
        stand under the rent's own header or under a 租金标准 (a rate column, whose bare numbers are
        prices per 亩) that does not price by area."""
        for name in ("amount", UNIT_PRICE):
            if name not in problems:
                continue
            header, text, _ = problems[name]
            if name == UNIT_PRICE and values.area_unit_from_text(header):
                continue  # 租金标准（元/亩）"800元/年" is a price per 亩, not the lease's rent
            rent = _rent_in_cell(text)
            if rent is None:
                continue
            amount, per_month = rent
            problems.pop(name)
            record["amount"] = 12 * amount if per_month else amount
            if per_month:
                warnings.append((header, text, _monthly_rent_note(record["amount"])))
            return

    def _rent_from_price_cell(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                              warnings: list[WarningItem]) -> None:
        """A 年租金 cell that gives a price per 亩 ("510元/亩") instead of the rent: the rent is the
        price times the area, as for a 单价 column, and a warning shows the sum."""
        header, text, _ = problems["amount"]
        match = _PRICE_PER_MU.fullmatch("".join(text.split()))
        if match is None:
            return
        try:
            price = values.parse_money(match.group(1) or match.group(2))
        except values.ValueProblem:
            return
        problems.pop("amount")
        record["amount"] = round(price * record["area"])
        warnings.append((header, text, f"写的是每亩单价：按单价×面积（{record['area']:g}亩）计为{_yuan(record['amount'])}元"))

    def _end_from_term_length(self, record: dict[str, Any], text: str) -> bool:
        """A term written as a length ('30年') ends that many years after a start given in its
        own column: 2015-01-01 and 30年 end on 2044-12-31. Whether the end was set."""
        years = values.term_years(text)
        start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
        if years is None or not start_field or not end_field or record.get(end_field) is not None:
            return False
        start = record.get(start_field)
        if not isinstance(start, date):
            return False
        try:
            anniversary = start.replace(year=start.year + years)
        except ValueError:  # 29 February in a year that has none
            anniversary = start.replace(year=start.year + years, day=28) + timedelta(days=1)
        record[end_field] = anniversary - timedelta(days=1)
        return True

    def _end_only_term(self, record: dict[str, Any], header: str, text: str, warnings: list[WarningItem]) -> bool:
        """A term that gives only its end ("至2035年12月止"): the end is the record's, the start unknown, and
        the row says so. Whether the end was set."""
        end_field = END_FIELD.get(self.kind) if self.kind in _TERM_KINDS else None
        end = values.term_end_only(text)
        if end is None or not end_field or record.get(end_field) is not None:
            return False
        record[end_field] = end
        warnings.append((header, text, END_ONLY_TERM_WARNING.format(end=end.isoformat())))
        return True

    def _years_in_end_column(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                             warnings: list[WarningItem]) -> None:
        """A term's length written in its 止 column beside a 起 date ("2019.1.1" | "15年"): the end is
        counted as for a 承包年限 column (``_end_from_term_length``: the day before the anniversary), and
        the row says so."""
        end_field = END_FIELD.get(self.kind) if self.kind in _TERM_KINDS else None
        if not end_field or end_field not in problems:
            return
        header, text, _ = problems[end_field]
        if values.term_years(text) is None or not self._end_from_term_length(record, text):
            return
        del problems[end_field]
        warnings.append((header, text, YEARS_AS_END_WARNING.format(end=record[end_field].isoformat())))

    def _works_period_in_days(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                              header: str, text: str, reason: str) -> None:
        """A 工期 of 90 (days) gives no end date: beside its own start and end it says nothing more,
        otherwise it is kept raw with a warning that names it for what it is."""
        in_days = bool(_DAYS.fullmatch("".join(text.split())))
        if in_days and self._has_own_dates(record):
            return
        problems.setdefault(START_FIELD.get(self.kind) or TERM, (header, text, "写的是工期天数，不是起止日期" if in_days else reason))

    def _dates_beside_length(self, record: dict[str, Any], text: str) -> bool:
        """A 承包年限 (20) beside its own 起日 and 止日 columns: the length says nothing more."""
        return values.term_years(text) is not None and self._has_own_dates(record)

    def _has_own_dates(self, record: dict[str, Any]) -> bool:
        """Whether the record's own columns gave both its start and its end."""
        start_field, end_field = START_FIELD.get(self.kind), END_FIELD.get(self.kind)
        return bool(start_field and end_field) and record.get(start_field) is not None \
            and record.get(end_field) is not None

    def _amount_from_quantity(self, record: dict[str, Any], got: dict[str, Any],
                              problems: dict[str, tuple[str, str, str]], warnings: list[WarningItem]) -> None:
        """A 采购台账 row's 金额 is its 数量 × 单价. Where the 金额 is blank or a formula with no saved
        result, the product is the sum paid, said in a warning; a 金额 written is always what is imported,
        with a warning where it differs from the product by more than rounding. A sheet with 收入/支出
        sides is left alone: which side the product falls on is not known."""
        if {INCOME, EXPENSE, DEBIT, CREDIT} & self.mapped_fields:
            return
        quantity, price = got[QUANTITY], got[PRICE]
        product = int((Decimal(str(quantity)) * price).quantize(Decimal(1), ROUND_HALF_UP))
        amount = record["amount"]
        if amount is not None:
            if abs(amount - product) > _PRODUCT_TOLERANCE:
                warnings.append((self.headers_by_field.get("amount", ""), _yuan(amount), QUANTITY_MISMATCH_WARNING.format(
                    quantity=quantity, price=_yuan(price), product=_yuan(product), amount=_yuan(amount))))
            return
        problem = problems.get("amount")
        if problem is not None and not problem[2].startswith(_FORMULA_REASON):
            return  # an amount written but unreadable ("见发票") is not replaced by a sum worked out
        if quantity <= 0 or price <= 0:
            return
        problems.pop("amount", None)
        record["amount"] = product
        why = "是没有计算结果的公式" if problem is not None else "为空"
        warnings.append((self.headers_by_field.get(PRICE, "单价"), _yuan(price), QUANTITY_AMOUNT_WARNING.format(
            quantity=quantity, price=_yuan(price), amount=_yuan(product), why=why)))

    def _payment_amount(self, record: dict[str, Any], got: dict[str, Any],
                        problems: dict[str, tuple[str, str, str]],
                        warnings: list[WarningItem]) -> None:
        income = got.get(INCOME, got.get(CREDIT if self.plan.other_side else DEBIT))
        expense = got.get(EXPENSE, got.get(DEBIT if self.plan.other_side else CREDIT))
        sides = {INCOME, EXPENSE, DEBIT, CREDIT} & self.mapped_fields
        side_problems = [problems.pop(side) for side in (INCOME, EXPENSE, DEBIT, CREDIT) if side in problems]
        if sides and (income or expense):
            # The amount is known; an unreadable cell on the other side is only a warning.
            for header, text, reason in side_problems:
                warnings.append((header, text, f"{reason}，已保留原值"))
            if income and expense:
                header = self.headers_by_field.get(INCOME) or self.headers_by_field.get(
                    CREDIT if self.plan.other_side else DEBIT, "收入")
                warnings.append((header, values.clean_text(_yuan(income)) or "",
                                 "同一行收入和支出都有金额：按支出导入，收入金额保留在原始数据中"))
            if expense:
                record["direction"], record["amount"] = "out", expense
            else:
                record["direction"], record["amount"] = "in", income
            return
        if side_problems and "amount" not in problems:  # an unreadable side is an unreadable amount
            problems["amount"] = side_problems[0]
        amount = record["amount"]
        if amount is None:
            if sides and (income == 0 or expense == 0) and "amount" not in problems:
                problems["amount"] = (self._side_headers(sides), "0", "收入和支出均为零")
            return
        if record["direction"] is None:
            direction = self.direction or (self._account_direction(record, warnings)
                                           if self.plan.account_direction else None)
            if direction:
                record["direction"] = direction
                if amount < 0:
                    side = "支出" if direction == "out" else "收入"
                    warnings.append((self.headers_by_field.get("amount", ""), _yuan(amount),
                                     RED_INK_WARNING.format(side=side)))
            elif amount < 0 and self.red_ink and not self.plan.signed_amounts:
                warnings.append((self.headers_by_field.get("amount", ""), _yuan(amount), RED_INK_UNDIRECTED_WARNING))
            elif amount < 0 and "direction" not in self.mapped_fields and self.signed_direction:
                # A signed bank amount: negative is money going out.
                record["direction"], record["amount"] = "out", -amount
            elif amount > 0 and self.plan.signed_amounts and self.signed_direction:
                record["direction"] = "in"  # and positive money coming in, on a statement that signs them

    def _account_direction(self, record: dict[str, Any], warnings: list[WarningItem]) -> str | None:
        """The side of an entry of a sheet read by its 科目 (``SheetPlan.account_direction``), warned when only
        its 摘要 says it or nothing does (``account_sides.entry_side``)."""
        direction, warning = entry_side(record["account"], record["summary"])
        if warning:
            warnings.append((self.headers_by_field.get("account", "科目"), record["account"], warning))
        return direction

    def _stated_direction(self, row: list[Any], record: dict[str, Any]) -> None:
        """The direction an amount cell writes before its amount ("收 8600", "+3500", "支3.5万元"), in a
        sheet whose amount column carries it (``SheetPlan.amount_direction``); a cell that writes
        none keeps what the sheet gives."""
        column = self.plan.primary_column("amount")
        cell = row[column.index] if column is not None and column.index < len(row) else None
        direction = values.stated_direction(cell)[0]
        if direction and record["amount"] is not None:
            record["direction"] = direction

    def _card_refund(self, row: list[Any], record: dict[str, Any]) -> None:
        """A card spending list's refund is money back to the village: its 交易类型 says 退货 (退款), or
        its amount is negative. Taken as one more purchase it would overstate the spending and look
        like a second payment to the same shop. A refund a 收/支 column already calls money in keeps
        its side, and loses the bank's minus."""
        amount = record["amount"]
        if amount is not None and amount < 0 and record["direction"] == "in":
            record["amount"] = -amount  # a 收/支 column's 存入 with the bank's minus: money in, once
            return
        if amount is None or record["direction"] != "out":
            return
        column = self.plan.refund_column
        kind = values.clean_text(row[column]) if column is not None and column < len(row) else None
        if amount < 0 or (kind and CARD_REFUND.search(kind)):
            record["direction"], record["amount"] = "in", abs(amount)

    def _account_from_parts(self, record: dict[str, Any], got: dict[str, Any], warnings: list[WarningItem]) -> None:
        """The categories that made the amount name the entry's 科目 (when no 科目 column gave
        one); an amount added up from several categories says so in a warning."""
        side = {"in": INCOME, "out": EXPENSE}.get(record["direction"] or "")
        used = got.get(_PART_LABELS, {}).get(side or "", [])
        if not used:
            return
        names = [header.rpartition("/")[2] for header in used]
        if record["account"] is None:
            record["account"] = "、".join(names)
        if len(used) > 1:
            warnings.append((used[0], _yuan(record["amount"]),
                             f"金额为{'、'.join(names)}各列之和（{_yuan(record['amount'])}元）"))

    def _party_remarks(self, record: dict[str, Any], warnings: list[WarningItem]) -> None:
        """A party read out of a fuller cell (``party_cells.ReadParty``: "李强（由王芳代收）", "李明等3人") is stored as
        the plain name; the row says what else the cell named (the collector, the operator, the role), which
        an inspector needs for the related-party checks and would not see in the name."""
        for name in _PARTY_FIELDS:
            party = record.get(name)
            if type(party) is ReadParty:
                record[name] = str(party)
                header = self.headers_by_field.get(name, "")
                warnings.extend((header, record[name], remark) for remark in party.remarks)

    def _collected_for(self, record: dict[str, Any], warnings: list[WarningItem]) -> None:
        """A payout collected by someone other than the household it is for (代领): the household stays
        the payee, and the row says who came for the money, an inspector's red flag in a 发放表."""
        collector = "".join(str(record["handler"]).split())
        if collector in _SELF_COLLECTED or collector == "".join(str(record["counterparty"]).split()):
            return
        warnings.append((self.collector_header, collector,
                         f"由{self.collector_header}“{collector}”代领，不是{record['counterparty']}本人领取"))

    def _amount_of_periods(self, record: dict[str, Any], got: dict[str, Any], warnings: list[WarningItem]) -> None:
        """The sum of a row's period amounts paid on one day (``kinds._period_amount_parts``); a sum of
        several says which in a warning."""
        record["amount"] = got["amount"]
        used = got.get(_PART_LABELS, {}).get("amount", [])
        if len(used) > 1:
            warnings.append((used[0], _yuan(record["amount"]),
                             f"金额为{'、'.join(used)}各列之和（{_yuan(record['amount'])}元），表中只有一个发放日期"))

    def _side_headers(self, sides: set[str]) -> str:
        return "、".join(self.headers_by_field[s] for s in (INCOME, EXPENSE, DEBIT, CREDIT) if s in sides)

    def _date_from_parts(self, record: dict[str, Any], got: dict[str, Any],
                         problems: dict[str, tuple[str, str, str]],
                         warnings: list[WarningItem]) -> None:
        """The date from 年/月/日; 年 and 月 carry down from the last row that wrote them."""
        if YEAR in got:
            self._carry_year(got[YEAR])
        if MONTH in got:
            self._take_month(got[MONTH], YEAR in got)
        if record["date"] is not None:
            return
        day = got.get(DAY)
        if day is None and DAY not in self.mapped_fields and type(self.month) is str \
                and _YEAR_MONTH.match(self.month.strip()):
            # A 发放月份 column of "2022年1月" with no 日 column: a date to the month, which a
            # date column reads as its first day too.
            record["date"] = values.parse_date(self.month)
            return
        if day is None and self.month is not None:
            day = self._day_from_above()
        elif day is not None:
            self.day = (self.month, day)
        if self.month is None or day is None:
            warnings.append(self._missing_date_part(MONTH if self.month is None else DAY))
            return
        header = self.headers_by_field.get(MONTH, "月")
        if self.year is None:
            problems.setdefault("date", (header, cell_text(self.month), "有月、日但没有年份（表头或标题中也没有）"))
            return
        year_month = _year_month(self.month)
        try:
            record["date"] = values.parse_ymd(self.year, year_month[1] if year_month else self.month, day)
            if self.fell_back:
                warnings.append(self._fell_back_warning(header))
        except values.ValueProblem as problem:
            text = f"{cell_text(self.year)}-{cell_text(self.month)}-{cell_text(day)}"
            problems.setdefault("date", (header, text, str(problem)))

    def _day_from_above(self) -> Any:
        """The 日 of the entry above in the same month, for an entry whose 日 is blank: a 日记账 written on
        paper writes the day only on the first entry of it (as the month on the first of the month).
        None when the month changed or a 本月合计 closed it since."""
        if self.day is None or self.day[0] != self.month:
            return None
        self.days_from_above.add(self.row_number, f"{cell_text(self.month)}月{cell_text(self.day[1])}日")
        return self.day[1]

    def day_above_note(self) -> str:
        """The sheet's note on the entries whose blank 日 took the day of the entry above."""
        if not self.days_from_above.count:
            return ""
        header = self.headers_by_field.get(DAY, "日")
        return (f"{self.days_from_above.count} 行“{header}”为空，按同月上一笔的日期记（账页上同一天的几笔只在第一笔"
                f"写日：{self.days_from_above.listed()}），请核对")

    def term_length_note(self) -> str:
        """The sheet's note on the terms written as a length whose end was not counted from a start
        (none beside it, or a length in days or months): valid terms, so no warning a row, but no
        start or end date follows from them."""
        if not self.term_lengths.count:
            return ""
        header = self.headers_by_field.get(TERM, "期限")
        return (f"{self.term_lengths.count} 行的“{header}”写的是期限长短（{self.term_lengths.listed()}），"
                f"不是起止日期：按有效期限读，未据此推算起止日期（原值保留在原始数据里）")

    def _fell_back_warning(self, header: str) -> WarningItem:
        row, old, new = self.fell_back
        return (header, None, f"第 {row} 行起月份由 {old} 月回到 {new} 月，表中没有写出新的年份（标题也没有写到下一年）："
                              f"日期仍按 {self.year} 年，请核对是否已跨年")

    def _missing_date_part(self, part: str) -> tuple[str, None, str]:
        """The warning for a row whose 月 or 日 is empty (and, for 月, no row above wrote one)."""
        label = "月" if part == MONTH else "日"
        header = self.headers_by_field.get(part)
        if header is None:  # no 日 column at all: name the 月 column
            return self.headers_by_field.get(MONTH, label), None, f"表中没有“{label}”列，无法组成日期，日期留空"
        where = "为空，上面也没有写月份的行" if part == MONTH else "为空"
        return header, None, f"日期不完整：“{header}”列{where}，日期留空"

    # --- essentials --------------------------------------------------------------------------------

    def _essential_problem(self, record: dict[str, Any], problems: dict[str, tuple[str, str, str]],
                           row: list[Any]) -> tuple[str | None, str | None, str] | None:
        if self.plan.collection and not record["amount"] and "amount" not in problems:
            return self._unpaid_problem(row)
        needed = _missing_essentials(self.kind, record)
        if not needed:
            return None
        for name in needed:
            if name in problems:
                header, text, reason = problems[name]
                if reason.startswith(_FORMULA_REASON):  # says itself what is wrong and what to do
                    return header, text, reason
                return header, text, f"{field_label(self.kind, name)}无法识别：{reason}"
        labels = "或".join(field_label(self.kind, n) for n in needed)
        headers = [self.headers_by_field[n] for n in needed if n in self.headers_by_field]
        if self.kind == "payment" and not headers:
            headers = [self.headers_by_field[s] for s in (INCOME, EXPENSE, DEBIT, CREDIT)
                       if s in self.headers_by_field]
        if self.kind == "payment" and not headers and MEASURED in self.headers_by_field:
            # A 计量支付台账 without a 实付 column: its 计量 or 应付 sum was not paid out, and is no stand-in.
            return None, None, (f"缺少实付金额：表中只有“{self.headers_by_field[MEASURED]}”（计量或应付的钱，"
                                f"不是付出的钱），未作支出导入")
        column = headers[0] if headers else None
        where = f"（列“{'、'.join(headers)}”为空）" if headers else ""
        unread = unread_side(self.headers_by_field, self.plan.unknown_columns) if self.kind == "payment" else None
        return column, None, f"缺少{labels}{where}{unread_side_reason(*unread) if unread else ''}"

    @staticmethod
    def _measured_unpaid(record: dict[str, Any], problems: dict[str, tuple[str, str, str]]) -> bool:
        """Whether a 计量支付台账's row with a 计量 sum paid nothing: 实付 blank or 0 (``_payment_amount``
        says "0" for it) and no 支付日期. An unreadable 实付 or date is a problem of its own, no unpaid period."""
        amount_problem = problems.get("amount")
        return not record["amount"] and record["date"] is None and "date" not in problems \
            and (amount_problem is None or amount_problem[1] == "0")

    def _short_payment(self, record: dict[str, Any], due: float, warnings: list[WarningItem]) -> None:
        """A household of a 收缴登记表 that paid less than it owed (实交 3,250 of 应交 6,500): the receipt
        is imported as paid, and what is still owed is said, since 欠缴 is what an inspector looks for."""
        paid = record["amount"]
        if paid >= due:
            return
        header = self.headers_by_field.get(DUE, "应交")
        warnings.append((header, _yuan(due), f"少交 {_yuan(due - paid)} 元：{header} {_yuan(due)} 元，"
                                              f"实交 {_yuan(paid)} 元，按实交导入，请核对是否欠交"))

    def _unpaid_problem(self, row: list[Any]) -> tuple[str | None, str | None, str]:
        """A row of a 收缴登记表 with nothing paid (实交 blank or 0): a household that has not paid, which
        an inspector looks for; as a payment of nothing it would hide among the receipts. A household
        that its 备注 says was exempted (五保户免筹, 低保户减免) owes nothing: no 欠交 to check."""
        header = self.headers_by_field.get("amount")
        where = f"（“{header}”为空或为 0）" if header else ""
        exemption = self._exemption_remark(row)
        if exemption:
            return header, None, f"免交{where}：备注写明“{exemption}”，这一户没有交款，未作收款导入"
        return header, None, f"未交款{where}：收缴登记表中这一户没有交款记录，未作收款导入，请核对是否欠交"

    def _exemption_remark(self, row: list[Any]) -> str | None:
        """The 备注 (or 说明) cell of a row that says the household was exempted (``_EXEMPTION``), or None."""
        for index, name in enumerate(self.names):
            value = row[index] if index < len(row) else None
            if type(value) is str and _REMARK_HEADER.search(normalize_header(name)) and _EXEMPTION.search(value):
                return values.clean_text(value)
        return None


# A 收缴登记表's remark column, and what it writes of a household exempted from paying (五保户，免筹;
# 低保户，经村民代表会议同意减免): 免交, 免缴, 免筹, 减免, 豁免.
_REMARK_HEADER = re.compile(r"备注|说明")
_EXEMPTION = re.compile(r"免(?:交|缴|筹|收|征|于)|减免|豁免")


# A works period (工期, 施工期) written as a length counts days ("90", "90天"), never the years a
# 承包年限 holds: a bare 90 there is no term of 90 years.
_WORKS_PERIOD = re.compile(r"工期|施工期|建设期")
_DAYS = re.compile(r"\d+(?:\.0)?(?:个)?(?:日历)?(?:天|日)?")


def _both_read(pairs: list[tuple[tuple, tuple]], row: list[Any]) -> Iterator[tuple[Any, Any, str, str, str]]:
    """(kept, other, header, twin header, twin's text) of each pair of columns that write one value twice
    (小写 | 大写, 亩 | 公顷) where the row fills and both read it; an unreadable cell is reported by the
    primary column or kept raw."""
    width = len(row)
    for (index, _, convert, header, _), (twin_index, _, twin_convert, twin_header, _) in pairs:
        if index >= width or twin_index >= width or row[index] in ("", None) or row[twin_index] in ("", None):
            continue
        try:
            kept, other = convert(row[index]), twin_convert(row[twin_index])
        except values.ValueProblem:
            continue
        if kept is not None and other is not None:
            yield kept, other, header, twin_header, cell_text(row[twin_index])


def _short_year_near(text: str, other: date, *, before: bool) -> date | None:
    """The date a two-digit-year text ("22/1/1") gives in the century that puts it nearest ``other``,
    the other end of its term: on or before it for a start (``before``), on or after it for an end,
    and no more than _LONGEST_TERM_YEARS away; None if no century does."""
    short = values.short_year_date(text)
    if short is None:
        return None
    year, month, day = short
    century = other.year - other.year % 100
    candidates = (century - 100 + year, century + year, century + 100 + year)
    for full in sorted(candidates, key=lambda candidate: abs(candidate - other.year)):
        try:
            read = values.parse_ymd(full, month, day)
        except values.ValueProblem:
            return None
        if (read <= other if before else read >= other) and abs(read.year - other.year) <= _LONGEST_TERM_YEARS:
            return read
    return None


def _counts_days(header: str, text: str) -> bool:
    """Whether a term cell is a works period's length in days, from which no end date follows."""
    return bool(_WORKS_PERIOD.search(header)) and "年" not in text


def _split_under_parent(parents: list[str], children: list[str], wan: int, yuan: int) -> bool:
    """合同金额 over 万元 | 元."""
    return bool(parents[wan]) and parents[wan] == parents[yuan] \
        and bool(_UNIT_CHILD.match(children[wan])) and bool(_UNIT_CHILD.match(children[yuan]))


def _split_side_by_side(children: list[str], wan: int, yuan: int) -> bool:
    """合同金额（万元） | 合同金额（元） next to each other (a units row folded into the names)."""
    return abs(wan - yuan) == 1 and not any(_UNIT_CHILD.match(children[i]) for i in (wan, yuan)) \
        and split_brackets(normalize_header(children[wan]))[0] == split_brackets(normalize_header(children[yuan]))[0]


def _side_of(parent: str) -> str | None:
    """'in' or 'out' for a parent header over one side of a 收支 sheet (收入 / 支出), else None."""
    text = "".join(str(parent).split())
    if text.startswith(("收入", "收款")):
        return "in"
    if text.startswith(("支出", "付款")):
        return "out"
    return None


def _joined_text(first: Any, more: Any) -> Any:
    """A text field with one more value ("党委书记" and "理事长" -> "党委书记、理事长"); one already there
    is not repeated."""
    if first is None:
        return more
    if str(more) in str(first).split("、"):
        return first
    return f"{first}、{more}"


def _whole_years(start: Any, end: Any) -> int | None:
    """How many whole years run from start to end (2016-01-01 to 2025-12-31, or to 2026-01-01:
    10), None when the dates are missing or the term is not a whole number of years."""
    if not isinstance(start, date) or not isinstance(end, date) or end <= start:
        return None
    after = end + timedelta(days=1)
    for last in (after, end):
        if (last.month, last.day) == (start.month, start.day):
            return last.year - start.year
    return None


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _last_part(header: str) -> str:
    """The lowest line of a two-row header ("所附发票/发票金额" -> "发票金额"), as the sheet shows it over the cell."""
    return header.rpartition("/")[2]


def _year_month(value: Any) -> tuple[int, int] | None:
    """(year, month) of a 年月 cell ("2022年11月", "2022.11", "2022-1"), None for a month alone."""
    if type(value) is not str or not _YEAR_MONTH.match(value.strip()):
        return None
    year, month = re.findall(r"\d+", value)[:2]
    return int(year), int(month)


def _month_number(value: Any) -> int | None:
    """A month cell's number (3, "03", "3月"), None if it is none."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is int:
        return value if 1 <= value <= 12 else None
    match = _MONTH_CELL.match("".join(str(value).split()))
    return int(match.group(1)) if match else None


def _monthly_rent_note(yearly: int) -> str:
    return f"写的是月租金：按 12 个月计为年租金 {_yuan(yearly)} 元"


def _rent_in_cell(text: str) -> tuple[int, bool] | None:
    """The rent a cell gives with its period ("3.5万元/年", "每年35000元", "3000元/月") and whether it
    is by the month; None for any other text."""
    compact = "".join(text.split())
    for pattern, per_month in ((_PER_YEAR, False), (_PER_MONTH, True)):
        match = pattern.fullmatch(compact)
        if match is None:
            continue
        try:
            return values.parse_money(match.group(1) or match.group(2)), per_month
        except values.ValueProblem:
            return None
    return None


def _missing_essentials(kind: str, record: dict[str, Any]) -> list[str] | None:
    """The essential fields a record lacks (any one of them would do), or None."""
    if kind == "project":
        return None if record["name"] else ["name"]
    if kind == "contract":
        if not (record["title"] or record["code"] or record["counterparty"]):
            return ["title", "code", "counterparty"]
        if record["amount"] is None and not (record["signed_on"] or record["started_on"] or record["ended_on"]):
            return ["amount", "signed_on"]
        return None
    if kind == "payment":
        return None if record["amount"] is not None else ["amount"]
    if kind == "asset":
        return None if (record["name"] or record["code"]) else ["name", "code"]
    if kind == "resource":
        return None if (record["name"] or record["counterparty"]) else ["name", "counterparty"]
    if kind == "cadre":
        return None if record["name"] else ["name"]
    return None


__all__ = ["RECORD", "REJECTED", "SKIPPED", "RowMapper", "cell_text", "is_footer_label", "is_voucher_number",
           "label_reason", "merged_text"]
