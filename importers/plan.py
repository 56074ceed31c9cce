"""Provides the plan of a sheet: header, kind, village, unit and one converter per column.

Everything that can be decided once per sheet is decided here, before the
first data row, so that the per-row work (``importers.rowmap``) is only a
loop over precomputed (column, field, converter) triples.

The village comes from a 村名 column row by row, else from the mapping file,
the title, the sheet name, the file name or --village, in that order (see
``_choose_village``: a source naming several villages names none, and a sheet
name beats a title that names another village). When no column gives it and
none of these names one village, each row's village is read from the village's
own side of the deal (甲方, 转出方: "…河口村股份经济合作社"), if every such cell
names one. Money columns are read in their header's unit, else the sheet's
("单位：万元"), else 元; 千元 and 万元 columns are scaled exactly, a dump's 分 column (合同金额(分),
amount_fen) divided by 100 (``values.fen_per_unit``). A dump's coded columns (村代码, 职务代码) are
read through the code tables of its workbook (``importers.codes``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from importers import values
from importers.accounts import clearing_account
from importers.cells import (
    DIRECTION_CODES,
    Converter,
    attachment_count,
    coded_direction,
    date_converter,
    fast_text,
    invoice_text,
    keep,
    money_converter,
    name_text,
    parse_direction,
    position_text,
    reads_estimates,
    stated_figure,
    term_converter,
    total_only,
    voucher_text,
)
from importers.changes import CHANGE_SIDES_NOTE, change_sides, is_change_sum
from importers.codes import CodeTable, code_key, code_text, decoder, decodes, village_in_name
from importers.digits import place_names
from importers.headers import (
    HeaderLayout,
    MergeFiller,
    column_letter,
    find_header,
    inherit_title,
    lettered_layout,
    is_data_value,
    split_cells_note,
    years_named,
)
from importers.loans import BORROWED, borrowed_list_note, category as loan_category, loan_side, name_side, \
    register_note, repayment_side
from importers.kinds import (
    AMOUNT_FIELDS,
    COLLECTION_WORDS,
    FINAL_SUM_KINDS,
    IMPLEMENTING_BODY_HEADERS,
    PAYOUT_WORDS,
    POSTING_DATE,
    TRANSACTION_DATE,
    VILLAGE_FALLBACK_HEADERS,
    ColumnMap,
    KindDecision,
    detect_kind,
    is_claimed_sum,
    is_dated_as,
    is_final_sum,
    kind_label,
    number_as_name,
    override_for,
    place_as_name,
)
from importers.inference import infer_columns, inferred_note
from importers.mapping import Mapping, unmatched_columns_note
from importers.readers import Merge, Row
from importers.synonyms import (
    ASSET_AID_AMOUNTS,
    ASSET_DONE_DATES,
    AREA_UNIT,
    FUNDING_PARENTS,
    TOTAL_WORDS,
    MONTHLY_RENT,
    CREDIT,
    DAY,
    DEBIT,
    DUE,
    EXACT,
    EXPENSE,
    INCOME,
    INVOICE,
    MEASURED,
    MONTH,
    PRICE,
    QUANTITY,
    REVIEW,
    TERM,
    UNIT_PRICE,
    VILLAGE,
    VOUCHER_WORD,
    YEAR,
    YEARLY_RENT,
    field_label,
    match_column,
    header_base,
    names_a_number,
    normalize_header,
)
from importers.parties import LEGAL_ENTITY_WORDS
from importers.account_sides import accounts_note, is_known_account
from importers.approvals import EXPECTED_DATE_NOTE, ApprovalSheet, amount_overrides, approval_note, \
    approval_sheet, is_expected_date
from importers.spending import CLAIMANT_NOTE, is_claimant_header, is_guest_header, is_recipient_header, \
    is_shop_header, is_venue_header, shop_note, spending_note, venue_note, venue_party
from importers.party_cells import party_name, party_text
from importers.year_lines import YearLines
from xuncha.traditional import simplified
from importers.villages import (
    bare_village_name,
    find_villages,
    full_forms,
    is_society,
    union_of,
    union_over,
    village_alone,
    village_from_cell,
    village_in_place,
    without_province,
    without_wrapping_brackets,
)
from xuncha.models import COUNTERPARTY_FIELD, DATE, DIRECTION, INT, KIND_FIELDS, KIND_LABELS, MONEY, NUMBER, field_spec

DIRECTION_FIELDS = frozenset({"direction", INCOME, EXPENSE, DEBIT, CREDIT})
"""Fields whose columns tell money in from money out."""
MONEY_HELPERS = frozenset({INCOME, EXPENSE, DEBIT, CREDIT, UNIT_PRICE, MONTHLY_RENT, YEARLY_RENT, DUE, MEASURED,
                           PRICE})
_CHINESE_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_MONTH_SHEET_NAME = re.compile(r"(?:\d{4}年)?(?P<m>\d{1,2}|十一|十二|[一二三四五六七八九十])月份?")
YEAR_ONLY_KINDS = frozenset({"asset", "contract", "project", "resource"})
"""Registers whose date columns may give a year alone (清产核资 forms give an asset's 购建年份 only)."""
YEAR_END_FIELDS = frozenset({"ended_on"})
"""Date fields that end a term: a year alone there is the year's last day, as in a 承包期限 "2018-2033"."""
RAW_HELPERS = frozenset({YEAR, MONTH, DAY, AREA_UNIT})
"""Helpers whose raw cell value is kept for the pipeline to combine (年/月/日 -> date)."""

# Bank-issued statements book from the bank's side: there 借方 is money leaving
# the village's account and 贷方 money arriving, the mirror of the village's
# own cash and bank journals (DOMAIN.md a.2).
BANK_STATEMENT_WORDS = ("对账单", "银行流水", "交易明细", "账户明细", "流水明细")
DIRECTION_CODES_NOTE = "“{header}”只写代码 1、2：按系统导出的常用代码读作 1=收入、2=支出，请按系统的代码表核对"
ACCOUNT_LEDGER_NOTE = "按收入或费用科目的明细账读取：借方记为支出、贷方记为收入（与现金、银行日记账相反）"
CLEARING_LEDGER_NOTE = ("按往来科目“{account}”的明细账读取，收支方向按往来科目记：借方（借出、预付、归还欠款）记为支出，"
                        "贷方（收回、收取保证金、暂收）记为收入（与现金、银行日记账相反），请核对")
PARTY_IN_SUMMARY_NOTE = "摘要以“_名称”结尾（用友等导出的辅助核算）：下划线后的名称记为往来单位"
MEASURED_NOTE = ("工程款计量支付台账：{paid}；{measured}是计量或应付的钱，不是付出的钱，保留在原始数据中；"
                 "计量了而实付为空或为 0、又没有支付日期的行是计量未支付，不作支出导入")
EXPENSE_SHEET_WORDS = ("支出", "付款", "报销", "报账", "拨付", "开支", "支付", "采购")
INCOME_SHEET_WORDS = ("收入", "收款", "进账", "投资收益", "分红收益", "入股收益")
OUTFLOW_LISTS = (
    (("白条", "不合规票据", "不合规发票", "不合规单据", "无票据支出", "无发票支出", "无票支出"),
     "白条、不合规票据入账清单：所列各笔是以白条（不合规票据）入账的开支，收支方向记为支出"),
    (("借出款", "借出资金", "出借资金", "借出现金"),
     "借出款项清单：所列各笔是借出的款项，收支方向记为支出"),
)
"""Audit lists of money paid out, though no column says so: spending booked on informal or improper
slips (白条入账清单, 不合规票据入账明细), money lent out (借出款项清理表), each with its note. A name
that also says 收入 or 收款 (白条收款), or that the money came back (借出款收回), is none."""
_BACK_WORDS = ("收回", "归还", "还款")
INVOICE_REGISTER_WORDS = ("发票登记", "发票台账", "发票汇总", "进项发票", "凭证粘贴单", "粘贴单汇总", "粘贴单登记",
                          "报销凭证", "报销发票")
"""Names of a register of the invoices and vouchers a village books as it pays (发票登记簿, 原始凭证粘贴单汇总):
each row is an invoice (or a 白条) handed in for a claim, money paid out, as a 报账单登记表's."""
CLAIM_HEADERS = frozenset({"报账日期", "报账时间", "报账人", "报销日期", "报销时间", "报销人"})
"""Columns that date or name a claim (报账): a sheet with one of them and no direction column lists claims paid
(not 报账员: a 报账员 also keeps the receipt book of the money collected)."""
NOT_PAID_INVOICE_WORDS = ("收支", "销项", "开具", "开出", "领用", "领购", "购领", "缴销", "作废")
"""Invoice registers that are no claims paid: of both sides (收支), of the invoices the village issues for its
income (销项发票, 发票开具登记), of its blank invoice stock (发票领用登记簿) or of voided ones."""
INVOICE_REGISTER_NOTE = ("发票（报账）登记：{why}，所列发票是报账付出的钱，收支方向记为支出；"
                         "红字发票（负数金额）记为负数的支出，冲减原来的支出")
CARD_SPENDING = re.compile(r"(?:村务卡|公务卡|单位卡)(?:\S{0,4}?)(?:消费|刷卡|使用|交易|支出)")
"""A 村务卡 (公务卡) spending list exported from the card platform ("村务卡消费明细", "公务卡刷卡记录"): every
row is a purchase paid with the village's card. A name that also says 收入, 还款 or 收回 is none."""
CARD_SPENDING_NOTE = ("村务卡（公务卡）消费明细：每行是用卡支付的一笔开支，收支方向记为支出；"
                      "退货、退款（交易类型写退货或退款，或金额为负）记为收入，金额记为正数")
CARD_REFUND_SIDE_NOTE = ("村务卡（公务卡）消费明细：收支方向按表中的收支列记；收入（退货、退款）写成负数金额的，"
                         "金额记为正数（负号只表示钱退回了卡上）")
CARD_ACCOUNT_NOTE = ("村务卡账户交易明细：金额带正负号（{why}），按账户流水读：负数是支出，正数是收入"
                     "（退货、结息、转入等），不按消费明细把负数读作退货")
CARD_ACCOUNT_IN_WORDS = ("结息", "利息", "存入", "转入", "入账", "现金存款")
"""What a card account's 摘要/交易类型 says of money in that is no refund: a spending list has none, a bank
app's account flow ("转账存入", "结息") has them beside its 消费 and 转账支出."""
CARD_REFUND = re.compile(r"退货|退款|退回|退费")
"""What a card list's 交易类型 says of a refund: the money came back to the card."""
_TRADE_TYPE_HEADERS = frozenset({"交易类型", "交易种类", "交易类别", "消费类型", "业务类型"})
TRANSACTION_DATE_NOTE = ("“{transaction}”和“{posting}”两列都有：日期按{transaction}（付款那天）记，"
                         "{posting}是银行入账的日子，保留在原始数据里（{transaction}空着的行才用它）")
PAYOUT_DATED_NOTE = "表中没有发放日期列：各笔的日期按表头上方写明的“{label}”记为{day}，请按发放凭证核对"
PAYER_NOTE = ("收款票据（收入）登记：“{payer}”是交款的往来单位；“{payee}”是本村开票收款的人，"
              "不作为往来单位（{where}）")
COLLECTOR_NOTE = "“{payer}”是交款的户（人），记为往来单位；“{payee}”是本村收款（经收）的人，不作为往来单位（{where}）"
PURCHASES_NOTE = ("按采购台账读取：表头有数量、单价、金额和供应商，没有原值、存放地点、使用部门等资产登记列，"
                  "每行是付给供应商的一笔支出，未按资产导入；如是资产登记表请用 --mapping 指定")
LEASES_NOTE = ("按资源发包（租赁）登记读取：表中虽有合同编号、签订日期，但各行写明面积、年租金和租期，"
               "每行是一宗出租的资源；签订日期等合同列保留在原始数据里；如是合同台账请用 --mapping 指定")
PAYOUT_NOTE = "发放表：每行是发给一个人（一户）的一笔钱，收支方向记为支出"
PAYOUT_SUMMARY_NOTE = "表中没有摘要或用途列：各笔的摘要记为“{subject}”"
PAYOUT_UNDATED_NOTE = ("表中没有发放日期列：各笔没有记日期（标题、表名里的年月多是所属期间，不一定是发放日），"
                       "请按发放凭证核对")
COLLECTION_NOTE = "收缴登记表：每行是一户（一人）交来的一笔钱，收支方向记为收入；没有交款的行作“未交款”报告，不导入"


@dataclass
class SheetPlan:
    """How a sheet will be read; ``kind`` is None when it cannot be imported."""

    sheet: str
    file_name: str
    datemode: int = 0
    layout: HeaderLayout | None = None
    decision: KindDecision | None = None
    kind: str | None = None
    columns: list[ColumnMap] = field(default_factory=list)
    village: str = ""
    village_source: str = ""
    village_note: str = ""
    """The part of ``note`` about the sheet's village (none found, several, doubtful)."""
    unit: str = "yuan"
    bank_statement: bool = False
    other_side: bool = False
    """借方 is money out, 贷方 money in: a bank's statement, or the ledger of an income or expense
    account (管理费用明细账), which books each entry from that account's side, not the cash's."""
    default_direction: str | None = None
    default_method: str | None = None
    """结算方式 of every entry when no column says it: "现金" in a 现金日记账 (its book is the cash)."""
    """'in'/'out' for a sheet that only records one side (支出明细表), else None."""
    empty: bool = False
    note: str = ""
    headers_found: list[str] = field(default_factory=list)
    units_override: dict[str, str] = field(default_factory=dict)
    signed_amounts: bool = False
    """A bank statement whose one amount column is signed (−45,000.00 out, 12,000.00 in), as its first
    rows show: a positive amount there is money in."""
    amount_direction: bool = False
    """The one amount column writes each amount's direction before it ("收 8600", "支3.5万元", "+3500"):
    its header names both sides (收支金额), a line above the table states the convention, or its first
    cells write 收/支 (``_amount_states_direction``)."""
    account_direction: bool = False
    """The one amount column's side is its entry's 科目 (经营收入 in, 管理费用 out): no column says it, and
    every 科目 the sheet writes is one of the 会计制度's (``importers.account_sides``)."""
    party_in_summary: bool = False
    """The 摘要 ends in the entry's 辅助核算 after an underscore ("付网围栏材料款_草原兴牧农机公司"), as
    用友 exports write it, and no column holds the party: the part after the underscore is the party."""
    default_summary: str | None = None
    """摘要 of every entry of a 发放表 or 收缴登记表 without a 摘要 or 用途 column: what its title says is
    paid or collected."""
    collection: bool = False
    """A 收缴登记表 (``kinds.is_collection_list``): a row with nothing paid is a household that has not paid."""
    stock_out_indexes: tuple[int, ...] = ()
    """A 收发存 ledger's 出库 columns (``_plan_stock_ledger``): a row filled only there moved goods, no money."""
    default_position: str | None = None
    """职务 of every cadre of a sheet of reserve cadres (后备干部名册) without a 职务 column."""
    default_type: str | None = None
    default_category: str | None = None
    """合同类别 of every contract of a register of loans: 借款（借入） or 借款（出借） (``importers.loans``)."""
    """项目类型 of every project of a sheet that names it (一事一议项目表), when no cell names another."""
    default_status: str | None = None
    """进展 of every project of a plan (年度计划, 申报计划, 项目库) without a 进展/状态 column: PLANNED_STATUS."""
    funding_parts: list[tuple[int, str]] = field(default_factory=list)
    """(column, source) of a project sheet's 资金来源 written as one amount per source (财政奖补资金 |
    村民筹资 …) and no 资金来源 text column: a project's funding is its sources with an amount."""
    row_part: str = ""
    """Added to the row number in the records' ids when another table of the sheet reads the same rows
    (the spending side of a 左收右支 sheet, ``importers.sides``): one row, two records, two ids."""
    row_reasons: dict[int, str] = field(default_factory=dict)
    """Row -> why it is no record, said by the reading that chose the rows (a 过程台账's stage rows that
    are no contract or payment, ``importers.stages``); filled as the rows stream."""
    approval: ApprovalSheet | None = None
    """An approval app's export (``importers.approvals``): which requests paid, and when."""
    card_spending: bool = False
    """A 村务卡 (公务卡) spending list: its rows are money out, a refund (``refund_column`` says 退货, or a
    negative amount) money in."""
    refund_column: int | None = None
    change_sides: list[tuple[int, int, Converter]] = field(default_factory=list)
    """A contract change register's 增加 | 减少 columns: (index, +1 or -1, reader) (``importers.changes``)."""
    change_side_headers: list[str] = field(default_factory=list)
    """The column of a card list that says 消费 or 退货 (交易类型), kept in the raw row."""
    default_date: date | None = None
    """Date of every entry of a 发放表 with no date column whose title area names the payout day
    ("发放日期：2024年1月26日")."""
    year_only_columns: list[str] = field(default_factory=list)
    """Headers of the date columns where a cell gave only a year, read as a whole date (``partial_dates_note``)."""
    month_only_columns: list[str] = field(default_factory=list)
    """Headers of the date columns where a cell gave only a year and month ("2020年3月"), read as a day."""
    period_columns: list[str] = field(default_factory=list)
    """Headers of the date columns where a cell gave only a 旬 ("2023年3月上旬"), read as its first day."""
    year_lines: YearLines | None = None
    """The year lines ("2022年" on a row of its own) above the rows of a sheet with a date column, which
    date the month-day cells below them (``importers.year_lines``); None without a date column."""
    short_years: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Header -> (typed, read) first two-digit year of a date column read in the named years' century
    ("21.6.20" under "2021—2023年": 21, 2021), for the sheet's note (``short_years_note``)."""
    short_years_outside: dict[str, tuple[int, int]] = field(default_factory=dict)
    """The same, for a two-digit year read outside the named years ("19.8.20" in a 2023 register)."""
    unknown_columns: list[str] = field(default_factory=list)
    """Headers no synonym knows: their cells stay in the raw row, but a column the importer does not
    read may hold what an inspector needs (a 受益人, a 资金用途), so the sheet's note names them
    (``unknown_columns_note``) rather than drop them without a word. A reading of its own that reads
    some of them (``importers.kin``) takes them off."""
    sub_item_index: int | None = None
    """An asset register's 附属设备 column (``_sub_item_column``): a row whose 资产名称 is merged down from the
    asset above and that names its own equipment there is that equipment (``RowMapper._sub_item_name``)."""
    village_fill_index: int | None = None
    """The 村名 column whose blank cells take the village written right above them (``village_fill_column``)."""
    owner_side: int | None = None
    """The column of a contract's own side (甲方, 发包方) that is not read as its village: a row whose
    乙方 is the village itself has its other party there (the village rents a villager's house)."""
    decoded: dict[int, CodeTable] = field(default_factory=dict)
    """Column -> the workbook's code table its cells are read through (a dump's 村代码, 职务代码)."""
    coded_direction: bool = False
    """The direction column holds only the codes 1 and 2 (``DIRECTION_CODES``), as a system dump writes it."""
    cards: int = 0
    """How many cards the sheet was read as (``importers.cards``): it has no header row then."""

    @property
    def header_row(self) -> int | None:
        # A sheet read with the header of the table it continues has none of its own (``importers.continued``).
        return self.layout.last_row or None if self.layout and not self.cards else None

    def names(self) -> list[str]:
        return self.layout.names if self.layout else []

    def mapping_json(self) -> dict[str, str]:
        """Header -> field for the mapped columns (what the batch records); a field fed by two
        columns appears twice, the first column being used unless it is blank."""
        return {c.header: c.field for c in self.columns}

    def primary_column(self, field_name: str) -> ColumnMap | None:
        """The column a field is read from (not a fallback), or None."""
        return next((c for c in self.columns if c.field == field_name and c.primary), None)

    def primary_header(self, field_name: str) -> str | None:
        """The header of the column a field is read from, or None."""
        column = self.primary_column(field_name)
        return column.header if column else None

    def has_direction_column(self) -> bool:
        """Whether a column tells money in from money out: 收支方向, 收入/支出 or 借方/贷方."""
        return any(c.field in DIRECTION_FIELDS for c in self.columns)

    def unmapped(self) -> list[str]:
        mapped = {c.index for c in self.columns}
        return [name for index, name in enumerate(self.names()) if name and index not in mapped]

    def column_unit(self, column: ColumnMap) -> str:
        override = self.units_override.get(normalize_header(column.header))
        return override or column.unit or self.unit

    def _year_of_undated(self) -> int | None:
        """The year for dates written without one: the title's, when it names a single year."""
        layout = self.layout
        return layout.year if layout is not None and layout.single_year else None

    def _named_years(self) -> tuple[int, int, str] | None:
        """(first, last, where) of the years the title names, a span ("2021—2023年") or one year, else
        the sheet's or the file's name: what tells the century of a date typed with a two-digit year."""
        layout = self.layout
        if layout is not None and layout.year is not None:
            return layout.year, layout.last_year or layout.year, "标题"
        for where, text in (("表名", self.sheet), ("文件名", Path(self.file_name).stem)):
            years = years_named([text])
            if years is not None:
                return *years, where
        return None

    def _short_year_reader(self, column: ColumnMap) -> Callable[[int, int, int], date | None] | None:
        """How a date column reads a year-first date typed with a two-digit year ("21.6.20"): as the
        latest year with those two digits up to a year after the named ones (19 under 2023 is 2019,
        98 is 1998), remembered for the sheet's note, which asks for a check when the year falls
        outside them. None (today's refusal) more than _SHORT_YEAR_REACH years before them: 25 under
        2023 would be 1925, more likely a slip than a date."""
        years = self._named_years()
        if years is None:
            return None
        first, last, _ = years

        def read(short: int, month: int, day: int) -> date | None:
            full = last + 1 - (last + 1 - short) % 100
            if full < first - _SHORT_YEAR_REACH:
                return None
            read_date = values.parse_ymd(full, month, day)
            seen = self.short_years if first - 1 <= full <= last + 1 else self.short_years_outside
            seen.setdefault(column.header, (short, full))
            return read_date

        return read

    def short_years_note(self) -> str:
        """The sheet's note on the dates typed with a two-digit year ('' for none)."""
        years = self._named_years()
        if years is None:
            return ""
        first, last, where = years
        named = f"{first}年" if first == last else f"{first}—{last}年"
        inside = [f"“{header}”中年份只写两位的日期按{where}所写的年份（{named}）补全（如 {short:02d} 读作 {full} 年）"
                  for header, (short, full) in self.short_years.items()]
        outside = [f"“{header}”中有年份只写两位、不在{where}所写的{named}内的日期，按{named}往前最近的同尾数年份读取"
                   f"（如 {short:02d} 读作 {full} 年），请按原件核对"
                   for header, (short, full) in self.short_years_outside.items()]
        return join_notes(*inside, *outside)

    def _month_of_sheet(self) -> int | None:
        """The month a sheet is named after ("3月", "三月份"), in a workbook of a sheet per month."""
        match = _MONTH_SHEET_NAME.fullmatch("".join(self.sheet.split()))
        if match is None:
            return None
        month = int(match["m"]) if match["m"].isdigit() else _CHINESE_MONTHS.index(match["m"]) + 1
        return month if 1 <= month <= 12 else None

    def _year_only_reader(self, column: ColumnMap) -> Callable[[int], date] | None:
        """How a date column of a register reads a cell that gives only a year (购建年份 2012,
        签订时间 "2013年"): the year's first day, its last for the end of a term, and the column is
        remembered for the sheet's note. None for a payment: its day matters, and a journal's 年
        column is a field of its own."""
        if self.kind not in YEAR_ONLY_KINDS:
            return None
        month, day = (12, 31) if column.field in YEAR_END_FIELDS else (1, 1)

        def read(year: int) -> date:
            if column.header not in self.year_only_columns:
                self.year_only_columns.append(column.header)
            return date(year, month, day)

        return read

    def _month_only_reader(self, column: ColumnMap) -> Callable[[date], date]:
        """How a date column reads a cell that gives a year and month only ("2020年3月", "2018.3"),
        parsed as the month's first day: so it stays, but for the end of a term, which is the month's
        last day; the column is remembered for the sheet's note. A made-up day may decide a date-order
        check, so the note asks for the original."""
        return self._partial_date_reader(column, self.month_only_columns)

    def _period_reader(self, column: ColumnMap) -> Callable[[date, date], date]:
        """As ``_month_only_reader``, for a cell that gives a 旬, a quarter, a half-year or a run of months
        ("2023年3月上旬", "2023年第一季度": ``values.period_days``): its first day, its last for the end of a
        term; remembered for the same note."""
        return self._partial_date_reader(column, self.period_columns)

    def _partial_date_reader(self, column: ColumnMap, headers: list[str]) -> Callable[..., date]:
        end = column.field in YEAR_END_FIELDS

        def read(first: date, last: date | None = None) -> date:
            if column.header not in headers:
                headers.append(column.header)
            return (last or values.month_end(first)) if end else first

        return read

    def unknown_columns_note(self) -> str:
        """The sheet's note on its unknown columns ('' for none): the first few by name."""
        if not self.unknown_columns:
            return ""
        listed = "、".join(self.unknown_columns[:_UNKNOWN_COLUMNS_SHOWN])
        more = f"等 {len(self.unknown_columns)} 列" if len(self.unknown_columns) > _UNKNOWN_COLUMNS_SHOWN else ""
        return f"未识别的列：{listed}{more}（未导入，原值保留在原始数据里；如需导入请用 --mapping 指定）"

    def partial_dates_note(self) -> str:
        """The sheet's note on the dates read from a year alone or a year and month ('' for none)."""
        ends = {c.header for c in self.columns if c.field in YEAR_END_FIELDS}
        notes = [f"{'、'.join(f'“{header}”' for header in headers)}中{what}的日期记为{day}，请按原件核对"
                 for columns, what, first, last in ((self.year_only_columns, "只写了年份", "该年1月1日", "该年12月31日"),
                                                    (self.month_only_columns, "只写到月", "该月1日", "该月最后一天"),
                                                    (self.period_columns, "只写到旬、季度、半年或几个月",
                                                     "该时段第一天（旬为1日、11日、21日）", "该时段最后一天"))
                 for headers, day in (([h for h in columns if h not in ends], first),
                                      ([h for h in columns if h in ends], last)) if headers]
        return join_notes(*notes)

    def _year_lines(self) -> YearLines:
        """The sheet's year lines, shared by its date columns (made with the first)."""
        if self.year_lines is None:
            self.year_lines = YearLines()
        return self.year_lines

    def year_lines_note(self) -> str:
        """The sheet's note on the dates read in the year of a year line above them ('' for none)."""
        return self.year_lines.note() if self.year_lines is not None else ""

    def converter(self, column: ColumnMap) -> Converter:
        """The function that turns a non-empty cell of this column into its field value: a coded column's
        cell is first read through its code table."""
        table = self.decoded.get(column.index)
        if table is not None:
            return decoder(table, self._field_converter(column))
        return self._field_converter(column)

    def _field_converter(self, column: ColumnMap) -> Converter:
        """The converter of a column's field (``converter``) for a cell as written."""
        name = column.field
        if name == VILLAGE:
            # A 建设地点 "全县" names no village: the row keeps none rather than one called 全县.
            if _is_place_header(column.header) or _is_member_unit_header(column.header):
                # So does a cadre's 所在单位 "枫香镇人民政府" (``_member_unit_village_column``).
                return village_in_place
            # A 转出方 that is a villager's company names no village (``_owner_cell_village``); a column
            # the user mapped as the village is read as any 村名 column.
            return owner_village if _is_owner_header(column.header) and not column.from_mapping else village_from_cell
        if name in MONEY_HELPERS:
            return money_converter(self.column_unit(column))
        if name == "amount" and self.amount_direction:
            return _after_stated_direction(money_converter(self.column_unit(column)))
        if name in RAW_HELPERS:
            return keep
        if name == QUANTITY:
            return values.parse_number
        if name == TERM:
            return term_converter(self.datemode)
        if name == INVOICE:
            return invoice_text
        if name in (VOUCHER_WORD, REVIEW):
            return fast_text
        if name == "counterparty":
            # A meal in the village's own canteen (村委会食堂) paid no outside party (``importers.spending``).
            return venue_party(party_text) if is_venue_header(column.header) else party_text
        if name == "voucher":
            return voucher_text
        if name == "type" and self.default_type:
            return partial(_project_type, sheet_type=self.default_type)
        if name == "contractor":
            return party_name
        if name == "name" and self.kind == "cadre":
            return name_text
        if name == "position":
            return position_text
        if name in _DIGIT_FIELDS:
            return values.parse_text  # every cell: a clean "1.39812E+10" is what Excel left of a number
        spec_type = field_spec(self.kind or "", name).type
        if spec_type == MONEY:
            convert = money_converter(self.column_unit(column))
            convert = total_only(convert) if self.kind == "contract" and name == "amount" else convert
            return stated_figure(convert) if reads_estimates(self.kind) else convert
        if spec_type == DATE:
            return date_converter(self.datemode, self._year_of_undated(), year_only=self._year_only_reader(column),
                                  month_only=self._month_only_reader(column), month=self._month_of_sheet(),
                                  period=self._period_reader(column), short_year=self._short_year_reader(column),
                                  line_year=self._year_lines().current)
        if name == "area":
            if any(other.field == AREA_UNIT for other in self.columns):
                return values.area_parts  # scaled by its row's unit in ``rowmap``
            return partial(values.parse_area, unit=values.area_unit_from_text(column.header))
        if spec_type == NUMBER:
            return values.parse_number
        if name == "attachments":
            return attachment_count
        if spec_type == INT:
            return values.parse_int
        if spec_type == DIRECTION:
            return coded_direction if self.coded_direction else partial(parse_direction, bank_statement=self.other_side)
        return fast_text


def body_filler(plan: SheetPlan, merges: Sequence[Merge]) -> MergeFiller:
    """The filler of merged ranges for a planned sheet's rows.

    A merged money cell is shown once in Excel; copying it down would count it
    twice, so money columns are filled only within the header.
    """
    assert plan.layout is not None
    filler = MergeFiller(merges)
    filler.exempt_columns = frozenset(c.index for c in plan.columns if _is_money_field(plan, c.field))
    filler.exempt_from_row = plan.layout.last_row  # 0-based index of the first body row
    return filler


def _is_money_field(plan: SheetPlan, name: str) -> bool:
    if name in MONEY_HELPERS:
        return True
    try:
        return field_spec(plan.kind or "", name).type == MONEY
    except KeyError:
        return False


# Text fields that hold long numbers (电话, 身份证号, 编号): where Excel cuts or rounds their digits.
_DIGIT_FIELDS = frozenset({"phone", "id_no", "code"})


_SHORT_YEAR_REACH = 30
"""How many years before the named ones a two-digit year may be read (``SheetPlan._short_year_reader``)."""


def _direction_codes_note(plan: SheetPlan, body: Sequence[Row]) -> str:
    """Sets ``plan.coded_direction`` when every cell of the direction column is a code 1 or 2; its note."""
    column = plan.primary_column("direction")
    if column is None:
        return ""
    cells = [code_text(row[column.index]) for row in body
             if column.index < len(row) and not values.is_blank(row[column.index])]
    if not cells or any(cell not in DIRECTION_CODES for cell in cells):
        return ""
    plan.coded_direction = True
    return DIRECTION_CODES_NOTE.format(header=column.header)


# --- planning ----------------------------------------------------------------------------------


LETTERED_YEAR_NOTE = "按映射文件读取没有表头的表（header_row = 0）：表中没有标题，年份按文件名读作 {year} 年"


def plan_sheet(head: Sequence[tuple[int, Row]], *, sheet: str, file_name: str, datemode: int = 0,
               village_option: str | None = None, mapping: Mapping | None = None,
               hidden: bool = False, sheet_title: Sequence[str] = (),
               code_tables: Sequence[CodeTable] = ()) -> SheetPlan:
    """Decide header, kind, columns, village and unit from a sheet's first rows; ``sheet_title`` is the
    title of the table above, for a table lower on the sheet; ``code_tables`` those of the workbook
    (``importers.codes``), through which its coded columns are read."""
    plan = SheetPlan(sheet=sheet, file_name=file_name, datemode=datemode)
    if mapping is not None and not mapping.applies_to(sheet):
        mapping = None
    if not any(any(v not in ("", None) and not values.is_blank(v) for v in row) for _, row in head):
        plan.empty = True
        plan.note = "空工作表"
        return plan
    pivot = None if mapping else _pivot_marker(head)
    if pivot is not None:
        plan.headers_found = _likely_header_texts(head)
        plan.note = PIVOT_TABLE_NOTE.format(marker=pivot)
        return plan
    if mapping:
        plan.units_override = mapping.normalized_units()
    if mapping and mapping.headerless:  # the user says the sheet has no header: its columns by letter
        layout: HeaderLayout | None = lettered_layout(head, Path(file_name).stem)
    else:
        layout = find_header(head, extra_headers=list(mapping.columns) if mapping else (),
                             forced_row=mapping.header_row if mapping else None,
                             forced_rows=mapping.header_rows if mapping else None)
    if layout is None:
        plan.headers_found = _likely_header_texts(head)
        plan.note = _unrecognized_note("无法识别表头", plan.headers_found, hidden)
        return plan
    if sheet_title:
        inherit_title(layout, sheet_title)
    plan = plan_layout(plan, layout, head, village_option=village_option, mapping=mapping, hidden=hidden,
                       code_tables=code_tables)
    if mapping and mapping.headerless and layout.year is not None:
        plan.note = join_notes(LETTERED_YEAR_NOTE.format(year=layout.year), plan.note)
    return plan


def plan_layout(plan: SheetPlan, layout: HeaderLayout, head: Sequence[tuple[int, Row]], *,
                village_option: str | None = None, mapping: Mapping | None = None,
                hidden: bool = False, code_tables: Sequence[CodeTable] = ()) -> SheetPlan:
    """Decide kind, columns, village and unit of a sheet whose header is ``layout``; ``head`` holds
    the first rows (body rows below the header show whether a 单位名称 column names villages)."""
    sheet, file_name = plan.sheet, plan.file_name
    overrides = mapping.normalized_columns() if mapping else {}
    plan.layout = layout
    plan.headers_found = layout.header_texts()
    unmatched = mapping.unmatched_headers(layout.parents, layout.children, layout.names) if mapping else []
    unmatched_note = unmatched_columns_note(unmatched) if unmatched else ""
    # The names that say what a sheet is are read in simplified characters: "陳坑村2023年日記賬" names a 日记账,
    # "現金日記賬" a cash book (``xuncha.traditional``).
    sheet, title, stem = simplified(sheet), simplified(" ".join(layout.title_lines)), simplified(Path(file_name).stem)
    approval_amounts = {} if mapping else amount_overrides(
        layout.names, (sheet, title, stem), [row for number, row in head if number > layout.last_row])
    overrides = overrides or approval_amounts
    decision = detect_kind(layout.parents, layout.children, layout.names, sheet_name=sheet, title=title,
                           file_name=stem, overrides=overrides, forced=mapping.kind if mapping else None)
    plan.decision = decision
    body = [row for number, row in head if number > layout.last_row]
    summary_note = "" if mapping else \
        _balance_sheet_note(layout, sheet, title, decision) or _arrears_list_note(layout, sheet, title, decision) \
        or _reconciliation_note(layout, (sheet, title, stem), body, decision) \
        or _summary_sheet_note(layout, sheet, title, decision) or _household_land_note(layout, sheet, title, decision) \
        or _proposal_list_note(layout, sheet, title, decision) or _planned_money_note(decision) \
        or _adjusting_entries_note(sheet, title) \
        or _goods_handout_note(layout, decision)
    if summary_note:  # a mapping file may still import it on purpose
        plan.note = join_notes(summary_note, unmatched_note)
        return plan
    if decision.kind is None:
        plan.note = join_notes(_undecided_note(decision, plan.headers_found, hidden, mapping), unmatched_note)
        return plan
    plan.kind = decision.kind
    plan.columns = decision.chosen.columns if decision.chosen else []
    plan.unit = layout.unit or "yuan"
    plan.columns = _without_doubtful_village_column(plan.columns, head, layout)
    _unit_name_as_village(plan.columns, body)
    area_unit = _area_unit_column(plan.kind, plan.columns, layout, body)
    if area_unit is not None:
        plan.columns = sorted(plan.columns + [area_unit], key=lambda c: c.index)
    inferred = infer_columns(plan.kind, layout.parents, layout.children, layout.names, plan.columns, body,
                             datemode=plan.datemode, overrides=overrides)
    plan.columns = number_as_name(plan.kind, sorted(plan.columns + inferred, key=lambda c: c.index))
    plan.columns = place_as_name(plan.kind, plan.columns, layout.parents, layout.children, layout.names, overrides)
    decoded_note = _decode_columns(plan, layout, body, code_tables)
    _choose_village(plan, layout, mapping, village_option, code_tables)
    owner = None if plan.village else _owner_village_column(plan.columns, layout, body, overrides)
    if owner is not None:
        plan.columns = sorted(plan.columns + [owner], key=lambda c: c.index)
        _choose_village(plan, layout, mapping, village_option, code_tables)  # its notes, now that a column gives the village
    owner_note = _owner_note(owner, body)
    member_unit = _member_unit_village_column(plan, layout, body, overrides)
    if member_unit is not None:
        plan.columns = sorted(plan.columns + [member_unit], key=lambda c: c.index)
        _choose_village(plan, layout, mapping, village_option, code_tables)
        owner_note = _member_unit_note(plan, member_unit, body)
    implementer = _implementer_as_contractor(plan, layout, overrides)
    if implementer is not None:
        plan.columns = sorted(plan.columns + [implementer], key=lambda c: c.index)
    area_unit_note = join_notes(AREA_UNIT_COLUMN_NOTE.format(header=area_unit.header) if area_unit else "",
                                _shang_note(plan.columns))
    party_note = _unread_party_note(plan)
    changes_note = _change_sides(plan, layout) if plan.kind == "contract" else ""
    plan.unknown_columns = [name for name in _unknown_columns(plan, party_note, overrides)
                            if name not in plan.change_side_headers]
    plan.sub_item_index = _sub_item_column(plan)
    sub_item_note = SUB_ITEM_NOTE.format(header=layout.names[plan.sub_item_index]) \
        if plan.sub_item_index is not None else ""
    plan.note = join_notes(plan.note, unmatched_note, decoded_note, _dump_value_notes(plan, body),
                           inferred_note(plan.kind, plan.columns), party_note,
                           owner_note, area_unit_note,
                           _implementing_body_note(plan), _implementer_note(implementer), _digit_runs_note(layout),
                           split_cells_note(layout), changes_note, sub_item_note)
    plan.village_fill_index = village_fill_column(plan, body)
    if plan.kind == "contract":
        plan.owner_side = _owner_side_column(plan.columns, layout)
        if decision.loans:
            _plan_loan_register(plan, sheet, title, stem)
    if plan.kind == "project":
        plan.default_type = _sheet_project_type(f"{sheet} {title} {stem}")
        plan.default_status = _planned_status(plan, f"{sheet} {title}")
        if plan.default_status:
            plan.note = join_notes(plan.note, PLANNED_NOTE)
        plan.funding_parts = _funding_parts(plan.columns, layout)
        if plan.funding_parts:
            plan.note = join_notes(plan.note, FUNDING_PARTS_NOTE)
    if plan.kind in FINAL_SUM_KINDS:
        plan.note = join_notes(plan.note, _final_sum_note(plan), _claimed_sum_note(plan))
    if decision.leases:
        plan.note = join_notes(plan.note, LEASES_NOTE)
    if plan.kind == "asset":
        plan.note = join_notes(plan.note, _asset_stand_ins(plan))
    if plan.kind == "cadre":
        _listed_position(plan, title)
    if plan.kind == "payment":
        _direction_from_category_column(plan, body)
        plan.note = join_notes(plan.note, _remark_as_summary(plan))
        plan.note = join_notes(plan.note, _direction_codes_note(plan, body))
        plan.party_in_summary = _party_after_underscore(plan, body)
        if plan.party_in_summary:
            plan.note = join_notes(plan.note, PARTY_IN_SUMMARY_NOTE)
        plan.note = join_notes(plan.note, _measured_note(plan))
        names = f"{sheet} {title} {stem}"
        plan.bank_statement = any(word in names for word in BANK_STATEMENT_WORDS)
        plan.signed_amounts = plan.bank_statement and _has_negative_amount(plan, body)
        plan.other_side = plan.bank_statement or _is_account_ledger(f"{sheet} {title}")
        if plan.other_side and not plan.bank_statement and {DEBIT, CREDIT} & {c.field for c in plan.columns}:
            plan.note = join_notes(plan.note, ACCOUNT_LEDGER_NOTE)
        # A printed title is spaced out ("应 付 款 明 细 账"): its account is read without the gaps.
        clearing = None if plan.other_side else _clearing_ledger(plan, f"{sheet} {''.join(title.split())}")
        if clearing:
            plan.other_side = True
            plan.note = join_notes(plan.note, CLEARING_LEDGER_NOTE.format(account=clearing))
        plan.note = join_notes(plan.note, _transaction_date_note(plan))
        _plan_approval(plan, (sheet, title, stem), bool(approval_amounts))
        plan.default_direction = mapping.direction if mapping and mapping.direction else \
            _sheet_direction(sheet, title, stem)
        if not mapping:
            _plan_stock_ledger(plan)
        if plan.default_direction != "in" and not (mapping and mapping.direction) \
                and _is_card_spending(sheet, title, stem):
            signed = "" if plan.has_direction_column() else _card_account_signs(plan, body)
            if plan.has_direction_column():
                _plan_card_refunds(plan)
            elif signed:
                plan.signed_amounts = True  # a bank app's account flow: its sign is the side
                plan.note = join_notes(plan.note, CARD_ACCOUNT_NOTE.format(why=signed))
            else:
                _plan_card_spending(plan)  # "村务卡支出明细" too: its refunds are money in
        if not (plan.default_direction or plan.has_direction_column() or decision.payout or decision.collection):
            _plan_loan_list(plan, sheet, title, stem)
        outflow = None if plan.default_direction or plan.has_direction_column() else \
            _outflow_list_note(sheet, title, stem)
        if outflow:
            plan.default_direction = "out"
            plan.note = join_notes(plan.note, outflow)
        register = None if plan.default_direction or plan.has_direction_column() else \
            _invoice_register_reason(plan, sheet, title, stem)
        if register:
            plan.default_direction = "out"
            plan.note = join_notes(plan.note, INVOICE_REGISTER_NOTE.format(why=register))
        _plan_spending(plan, sheet, title, stem, decision.payout or decision.collection)
        if _amount_states_direction(plan, layout, head):
            plan.amount_direction = True
            plan.note = join_notes(plan.note, AMOUNT_DIRECTION_NOTE.format(header=plan.primary_column("amount").header))
        if not (plan.default_direction or plan.has_direction_column() or plan.amount_direction or plan.signed_amounts):
            _direction_from_accounts(plan, body)
        if decision.purchases:
            plan.note = join_notes(plan.note, PURCHASES_NOTE)
        _payer_as_party(plan, body, decision.collection)
        if decision.payout:
            _plan_payout(plan, layout, mapping)
        elif decision.collection:
            _plan_collection(plan, layout, mapping)
        if not any(column.field == "method" for column in plan.columns):
            plan.default_method = _book_method(title, sheet, stem)
            if plan.default_method:
                plan.note = join_notes(plan.note, CASH_BOOK_NOTE)
    return plan


DIGIT_RUNS_NOTE = ("账页式金额按数位分列（{places}每位一格）：{headers}各由其下的数位格拼成一个金额（空格记为 0，"
                   "首位数字前的“¥”不计），请核对")


def _digit_runs_note(layout: HeaderLayout) -> str:
    """DIGIT_RUNS_NOTE for a ledger whose amounts are written one digit a cell (``importers.digits``)."""
    if not layout.digit_runs:
        return ""
    widest = max(layout.digit_runs, key=lambda run: len(run.powers))
    places = "".join(place_names(widest.powers))
    headers = "、".join(f"“{' '.join(run.parent.split())}”" for run in layout.digit_runs)
    return DIGIT_RUNS_NOTE.format(places=places, headers=headers)


FINAL_SUM_NOTE = ("“{final}”和{contract}都有：{what}金额按“{final}”（审定、决算后的最终造价，付款以此为准）记，"
                  "“{final}”空着的{whole}按{contract}记；{contract}保留在原始数据里")
# How FINAL_SUM_NOTE names the amount and a row of each kind it is given for.
_FINAL_SUM_WORDS = {"project": ("工程", "项目"), "contract": ("合同", "合同")}
CLAIMED_SUM_NOTE = "{claimed}是送审（报审）的金额，不作为工程金额，原值保留在原始数据里"


def _final_sum_note(plan: SheetPlan) -> str:
    """FINAL_SUM_NOTE when a project's amount is its audited or final sum (``kinds._final_sums_first``) and a
    合同价 stands behind it: the inspector must know which of the two sums the checks measure against."""
    amounts = [column for column in plan.columns if column.field == "amount"]
    final = next((column for column in amounts if column.primary), None)
    if final is None or final.from_mapping or not is_final_sum(final.header, plan.kind):
        return ""
    # A contract's 变更增减 column gives its change rows' sums, no stand-in for the contract's own.
    others = [column.header for column in amounts if not column.primary and not is_final_sum(column.header, plan.kind)
              and not is_change_sum(column.header)]
    if not others:
        return ""
    what, whole = _FINAL_SUM_WORDS[plan.kind]
    return FINAL_SUM_NOTE.format(final=final.header, contract="、".join(f"“{header}”" for header in others),
                                 what=what, whole=whole)


def _claimed_sum_note(plan: SheetPlan) -> str:
    """CLAIMED_SUM_NOTE for the 送审结算金额 columns a synonym would have read as the amount: left out on
    purpose (``kinds.assign_columns``), and said so, since no unknown-columns note lists them."""
    layout = plan.layout
    mapped = {column.index for column in plan.columns}
    claimed = [name for index, name in enumerate(layout.names)
               if name and index not in mapped and is_claimed_sum(name)
               and (found := match_column(layout.parents[index], layout.children[index], plan.kind)) is not None
               and found.field == "amount"]
    return CLAIMED_SUM_NOTE.format(claimed="、".join(f"“{name}”" for name in claimed)) if claimed else ""


def _measured_note(plan: SheetPlan) -> str:
    """A 计量支付台账 gives each period's measured and due sums beside what was paid: say which column the
    amount is read from, since the larger 计量 sum would overstate every payment. The note, or ""."""
    measured = [column.header for column in plan.columns if column.field == MEASURED]
    if not measured:
        return ""
    paid = next((column.header for field_name in (EXPENSE, "amount", CREDIT, DEBIT)
                 for column in plan.columns if column.field == field_name and column.primary), None)
    paid_text = f"每笔金额按“{paid}”（实付）导入" if paid else "表中没有实付金额一列，各行未作支出导入"
    return MEASURED_NOTE.format(measured="、".join(f"“{header}”" for header in measured), paid=paid_text)


ASSET_STAND_IN_NOTE = "表中没有{missing}一列：各项资产的{field}按“{header}”记，请核对"
# (field, what the note says is missing, the headers that stand in for it): see ``synonyms.ASSET_DONE_DATES``.
_ASSET_STAND_INS = (("acquired_on", "购建（取得）日期", "取得日期", ASSET_DONE_DATES),
                    ("amount", "原值（资产价值）", "金额", ASSET_AID_AMOUNTS))


def _asset_stand_ins(plan: SheetPlan) -> str:
    """Read an asset's date or value from a column that is not its own (竣工验收时间, 扶持金额) only where
    the sheet has no column of its own for it, and say so: right for a 扶贫资产 register, but a reading
    the user should see. Beside a 购置日期 or 原值 column it stays in the raw row, not filling a blank
    cell of that column without a word. The note, or ""."""
    notes = []
    for field_name, missing, label, headers in _ASSET_STAND_INS:
        words = {normalize_header(header.lstrip("~")) for header in headers}
        stand_ins = [column for column in plan.columns if column.field == field_name
                     and not column.from_mapping and header_base(column.header) in words]
        primary = plan.primary_column(field_name)
        if primary in stand_ins:
            notes.append(ASSET_STAND_IN_NOTE.format(missing=missing, field=label, header=primary.header))
        else:
            plan.columns = [column for column in plan.columns if column not in stand_ins]
    return join_notes(*notes)


LISTED_POSITION_NOTE = "表中没有职务一列，{source}写明是{position}名单：各人职务记为“{position}”，请核对"
# Lists whose name is their members' position: 后备干部名册, 村民小组长名单.
_LISTED_POSITIONS = ((re.compile(r"后备干部|后备人才|后备力量"), "后备干部"),
                     (re.compile(r"村民小组长|村民组长|小组长名单|组长名单"), "村民小组长"))
# A list of the sitting 两委 and their reserves together: a row without a 职务 may be either.
_SITTING_CADRES = re.compile(r"两委|班子|委员会成员|村干部名")


def _listed_position(plan: SheetPlan, title: str) -> None:
    """A list of reserve cadres (后备干部) or of 村民小组长 names no 职务: the list's name is their
    position, which the related-party rules need to see them at all. Only the sheet name or its title
    count (a file "村两委及后备干部名册" holds both kinds), and only one that names no sitting cadres."""
    if plan.primary_column("position") is not None:
        return
    for source, text in (("工作表名", plan.sheet), ("标题", title)):
        if _SITTING_CADRES.search(text):
            continue
        position = next((position for words, position in _LISTED_POSITIONS if words.search(text)), None)
        if position:
            plan.default_position = position
            plan.note = join_notes(plan.note, LISTED_POSITION_NOTE.format(source=source, position=position))
            return


# The ledger of one income or expense account: "管理费用明细账（多栏式）", "经营收入明细账". Not a
# 收支明细账 or 收入支出明细账, the village's book of its money, where 借方 is money in.
_ACCOUNT_LEDGER = re.compile(r"(?:费用|支出|收入|成本|收益)(?:明细账|明细分类账|分类账|多栏账|多栏式明细账)")
_BOTH_SIDES = re.compile(r"收支|收入.{0,2}支出|支出.{0,2}收入|现金|银行")


def _is_account_ledger(names: str) -> bool:
    return bool(_ACCOUNT_LEDGER.search(names)) and not _BOTH_SIDES.search(names)


def _clearing_ledger(plan: SheetPlan, names: str) -> str | None:
    """The 往来 account (应收款, 应付款 …) whose ledger the sheet is, as its name or title lines say
    ("科目：112 应收款"), when it has 借方/贷方 columns: there a 借方 is money the village lent or paid
    back (out), a 贷方 money it collected or took in (in), and read as a cash book every loan to a
    person would come in as income. None for a sheet without those columns (应收款收缴登记表)."""
    if not {DEBIT, CREDIT} & {column.field for column in plan.columns}:
        return None
    return clearing_account(names)


# What a 收支类别 column holds when it says only which way the money went.
_DIRECTION_CATEGORIES = frozenset({"收入", "支出", "收", "支", "收款", "付款", "流入", "流出", "转入", "转出"})
_TOTAL_LABEL = re.compile(r"合计|小计|总计|累计|结余|余额|结存")  # the sheet's total lines below its entries


def _entry_texts(body: Sequence[Row], index: int) -> list[str]:
    """The filled cells of a column in the first body rows, as text, without the total lines' and
    without a line merged across the row: a platform's footer "共20条记录 第1页/共1页", spread by its
    colspan into every column, would otherwise stand in each column as one more cell."""
    cells = (values.clean_text(row[index]) for row in body
             if index < len(row) and merged_text([cell for cell in row if cell != "" and cell is not None]) is None)
    return [cell for cell in cells if cell and not _TOTAL_LABEL.search(cell)]


def merged_text(cells: list[Any]) -> str | None:
    """The text of a row that is one text merged across it (a platform's colspan line, a footer
    merged under the table): its non-empty cells, filled from the merge, all say it. None otherwise."""
    if not cells:
        return None
    first = cells[0]
    if len(cells) > 1 and type(first) is str and cells[-1] == first and all(c == first for c in cells):
        return first
    return None


def _direction_from_category_column(plan: SheetPlan, body: Sequence[Row]) -> None:
    """Read a 科目 or 摘要 column (收支类别) as the direction when its cells say nothing but 收入 or 支出
    and no other column gives the direction: as a 科目, "收入" would leave every entry without one."""
    if plan.has_direction_column():
        return
    # Only rows with an amount: the 村务监督委员会 signature under the table may stand in that column.
    amount = plan.primary_column("amount")
    if amount is not None:
        convert = plan.converter(amount)
        body = [row for row in body if amount.index < len(row) and values.parses(convert, row[amount.index])]
    for column in plan.columns:
        if column.field not in ("account", "summary") or not column.primary:
            continue
        filled = _entry_texts(body, column.index)
        if len(filled) >= 2 and all(cell in _DIRECTION_CATEGORIES for cell in filled):
            column.field = "direction"
            return


def _direction_from_accounts(plan: SheetPlan, body: Sequence[Row]) -> None:
    """Read each entry's side from its 科目 when they are all the 会计制度's (``account_sides.accounts_note``):
    the 科目 of the entries (rows with an amount) and of the heading rows over their groups (nothing but
    their account cells filled, a known 科目: a 说明 line under a short table may stand there alone); a total
    line's ("发包及上交收入 小计") is none."""
    indexes = {column.index for column in plan.columns if column.field == "account"}
    amount = plan.primary_column("amount")
    if not indexes or amount is None:
        return
    convert = plan.converter(amount)
    accounts = []
    for row in body:
        filled = {index for index, cell in enumerate(row) if cell != "" and cell is not None}
        texts = [str(text) for text in (values.clean_text(row[index]) for index in sorted(indexes & filled)) if text]
        if not texts or any(_TOTAL_LABEL.search("".join(text.split())) for text in texts):
            continue
        if amount.index in filled and values.parses(convert, row[amount.index]):
            accounts.extend(texts)
        elif filled <= indexes:
            accounts.extend(text for text in texts if is_known_account(text))
    note = accounts_note(accounts)
    if note:
        plan.account_direction = True
        plan.note = join_notes(plan.note, note)


def _plan_payout(plan: SheetPlan, layout: HeaderLayout, mapping: Mapping | None) -> None:
    """What a 发放表 says of every row that no column says: the money went out (a title's 收入, as in
    "集体收入分配明细", is what is shared out), what was paid (its title), and that no column dates it."""
    if not (mapping and mapping.direction):
        plan.default_direction = "out"
        plan.note = join_notes(plan.note, PAYOUT_NOTE)
    _summary_from_title(plan, layout, PAYOUT_WORDS)
    if {column.field for column in plan.columns} & {"date", YEAR, MONTH, DAY}:
        return
    labelled = _labelled_payout_date(layout.title_lines)
    if labelled is None:
        plan.note = join_notes(plan.note, PAYOUT_UNDATED_NOTE)
        return
    label, plan.default_date = labelled
    plan.note = join_notes(plan.note, PAYOUT_DATED_NOTE.format(label=label, day=plan.default_date.isoformat()))


# A line above a 发放表's header that labels the payout day ("每股分红：1,350元　发放日期：2024年1月26日",
# a 农民工工资代发花名册's "代发日期：2023年1月18日", a bank transfer's "转账日期", "打款日期").
# Only a label says it: a title's period ("2023年度股东分红", "2024年4月工资") is what was paid for.
_PAYOUT_DATE_LABEL = re.compile(
    r"((?:发放|分配|支付|兑付|发款|领取|领款|代发|转账|打款)(?:日期|时间))\s*[:：]\s*"
    r"(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}))")


# A whole day with the payout's verb after it, as a title says it: "…报酬发放表（2023年7月10日发放）".
_DAY_THEN_PAYOUT = re.compile(
    r"(\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}))\s*"
    r"(发放|支付|兑付|发款|拨付|代发|发)(?![\u4e00-\u9fff]*(?:表|册|明细|清单|情况))")


def _labelled_payout_date(title_lines: Sequence[str]) -> tuple[str, date] | None:
    """(label, day) of the first title-area line that labels the payout date with a whole day
    ("发放日期：2024年1月26日"), or says the day was the payout's ("（2023年7月10日发放）")."""
    for line in title_lines:
        found = _PAYOUT_DATE_LABEL.search(str(line))
        label, day = (found.group(1), found.group(2)) if found else (None, None)
        if found is None:
            after = _DAY_THEN_PAYOUT.search(str(line))
            if after is None:
                continue
            label, day = after.group(0), after.group(1)
        try:
            return label, values.parse_date(day)
        except values.ValueProblem:
            continue
    return None


def _plan_collection(plan: SheetPlan, layout: HeaderLayout, mapping: Mapping | None) -> None:
    """What a 收缴登记表 says of every row that no column says: the money came in, and what was
    collected (its title: "2024年度…机动地承包费收缴台账")."""
    plan.collection = True
    if not (mapping and mapping.direction):
        plan.default_direction = "in"
        plan.note = join_notes(plan.note, COLLECTION_NOTE)
    _summary_from_title(plan, layout, COLLECTION_WORDS)


def _summary_from_title(plan: SheetPlan, layout: HeaderLayout, words: re.Pattern[str]) -> None:
    """With no 摘要 or 用途 column, every row's 摘要 is what the sheet's names say is paid or collected."""
    if plan.primary_column("summary") is not None:
        return
    plan.default_summary = _payout_subject(layout.title_lines, plan.sheet, Path(plan.file_name).stem, words)
    if plan.default_summary:
        plan.note = join_notes(plan.note, PAYOUT_SUMMARY_NOTE.format(subject=plan.default_summary))


def _payout_subject(title_lines: Sequence[str], sheet: str, stem: str, words: re.Pattern[str]) -> str | None:
    """The first of the title, the sheet name and the file name that says what is paid out
    ("公益性岗位工资发放表（2023年4月）") or, given the collection words, collected; a labelled line
    ("发放单位：…") names no payment. A sheet named by its month ("4月") adds it: one workbook's months
    are different payments."""
    for text in (*title_lines, sheet, stem):
        text = " ".join(str(text).split())
        if text and not re.search(r"[:：]", text) and words.search(text):
            named = text == sheet or _MONTH_SHEET.search(text) or not _MONTH_SHEET.search(sheet)
            return text if named else f"{text}（{sheet}）"
    return None


_MONTH_SHEET = re.compile(r"\d{1,2}月")


def _party_after_underscore(plan: SheetPlan, body: Sequence[Row]) -> bool:
    """Whether the sheet's 摘要 cells end in "_name" (most of them) while no column holds the party."""
    summary = plan.primary_column("summary")
    if summary is None or plan.primary_column("counterparty") is not None:
        return False
    filled = _entry_texts(body, summary.index)
    parties = [cell for cell in filled if summary_party(cell)]
    return len(parties) >= 2 and len(parties) >= 0.8 * len(filled)


def summary_party(summary: str) -> str | None:
    """The party after the last underscore of a 摘要 ("付网围栏材料款_草原兴牧农机公司"), or None."""
    head, sep, tail = summary.rpartition("_")
    tail = tail.strip()
    if not sep or not head.strip() or not 2 <= len(tail) <= 40 or not re.search(r"[\u4e00-\u9fff]", tail):
        return None
    return tail


AMOUNT_DIRECTION_NOTE = ("“{header}”一列在金额前写明收支：“收”“收入”“+”记为收入，“支”“支出”“付”“-”记为支出；"
                         "金额前没有写的，收支方向留空")
# A header that names both sides of one amount column: 收支金额, 金额（收+支-）, 收(+)支(-)金额.
_BOTH_SIDES_HEADER = re.compile(r"收.*支|支.*收|[+＋].*[-－]")
# A line that states the convention: 说明：金额前“+”或“收”为收入，“-”或“支”为支出.
# The sign or the quoted word is required: "收到的款项记为收入" states no convention of the column.
_DIRECTION_CONVENTION = re.compile(r"(?:[+＋]|[“\"‘']收入?[”\"’'])[^，,。；;]{0,12}(?:为|表示|代表|记为|是)收入")
_SIGNED_LOOK_ROWS = 10
"""Body rows whose amount cells may show that the column writes 收/支 before its amounts."""


def _amount_states_direction(plan: SheetPlan, layout: HeaderLayout, head: Sequence[tuple[int, Row]]) -> bool:
    """Whether a payment sheet with one amount column and nothing else that gives the direction writes
    it before each amount (``SheetPlan.amount_direction``). Only then is "+3500" money in: elsewhere
    a sign is a sign, and a negative amount in a journal with 收入/支出 columns a 红冲."""
    amount = plan.primary_column("amount")
    if amount is None or plan.default_direction or plan.has_direction_column() or plan.signed_amounts \
            or plan.card_spending:
        return False
    if _BOTH_SIDES_HEADER.search(amount.header):
        return True
    above = [v for number, row in head if number < layout.first_row for v in row if isinstance(v, str)]
    if any(_DIRECTION_CONVENTION.search("".join(text.split())) for text in above):
        return True
    body = [row for number, row in head if number > layout.last_row][:_SIGNED_LOOK_ROWS]
    cells = [row[amount.index] for row in body if amount.index < len(row)]
    return any(values.stated_direction(cell)[0] and not _is_signed_number(cell) for cell in cells)


def _is_signed_number(cell: Any) -> bool:
    """A cell whose direction is only a sign ("+3500", "-650"), no word: no proof of a 收/支 column."""
    return isinstance(cell, str) and cell.strip()[:1] in "+-＋－−"


def _after_stated_direction(convert: Converter) -> Converter:
    """An amount converter that reads what follows a direction word or sign ("支3.5万元": 3.5万元);
    the direction itself is the row's (``rowmap``)."""
    def read(value: Any) -> int:
        return convert(values.stated_direction(value)[1])

    return read


def _has_negative_amount(plan: SheetPlan, body: Sequence[Row]) -> bool:
    """Whether the first body rows hold a negative amount in the sheet's one amount column (none when
    the direction has a column of its own)."""
    amount = plan.primary_column("amount")
    if amount is None or plan.has_direction_column():
        return False
    convert = plan.converter(amount)
    for row in body:
        if amount.index < len(row) and not values.is_blank(row[amount.index]):
            try:
                if convert(row[amount.index]) < 0:
                    return True
            except values.ValueProblem:
                continue
    return False


# The procedures a project is carried out under (DESIGN: 项目类型 一事一议, 村级工程, 小微工程 …),
# as against what it builds (村内道路, 环卫设施), which an 一事一议 table's 项目类别 column holds.
_PROCEDURE_TYPES = ("一事一议", "村级工程", "小微工程", "小型工程", "以工代赈", "财政奖补", "公益事业", "专项")
_OTHER_TYPES_BESIDE = re.compile(r"(?:及|和|与|、)一事一议|一事一议(?:及|和|与|、)")


def _sheet_project_type(names: str) -> str | None:
    """一事一议 for a sheet named, titled or filed as a 一事一议 list alone ("沙湾村2022年一事一议项目表"),
    not one that names other projects beside it ("村级工程及一事一议项目台账")."""
    if "一事一议" not in names or _OTHER_TYPES_BESIDE.search(names):
        return None
    return "一事一议"


# A list of projects planned or applied for, not yet carried out: 年度计划, 申报计划, 项目库, 储备项目. A 台账
# of works done under a plan ("计划及实施台账") names its 实施 and is no plan.
_PLAN_SHEET = re.compile(r"(?:年度|建设|实施|申报|投资|项目)计划(?:表|清单|汇总表)?|项目库|储备项目|拟建项目|申报表")
_CARRIED_OUT = re.compile(r"实施台账|台账|完成情况|执行情况|实施情况|进度")
PLANNED_STATUS = "计划"
"""The 进展 of a planned project (``xuncha.rules`` leave such projects out of the checks of works done)."""
PLANNED_NOTE = ("项目计划（申报）表：表中没有进展列，各项目的进展记为“计划”（尚未实施，不参与发包方式、日期顺序等"
                "对已实施工程的筛查）")


def _planned_status(plan: SheetPlan, names: str) -> str | None:
    """PLANNED_STATUS for the projects of a plan (its sheet or title says 年度计划, 申报计划, 项目库)
    that has no 进展 column and names no contractor or contract sum; None for any other sheet."""
    if not _PLAN_SHEET.search(names) or _CARRIED_OUT.search(names):
        return None
    if {column.field for column in plan.columns} & {"status", "contractor", "amount"}:
        return None
    return PLANNED_STATUS


def _project_type(value: Any, *, sheet_type: str) -> str | None:
    """A 项目类型 cell of a sheet of one procedure: the procedure a cell names, else the sheet's (the
    cell then says what is built, 村内道路, and stays in the raw row)."""
    text = fast_text(value)
    if text and any(word in text for word in _PROCEDURE_TYPES):
        return text
    return sheet_type


# The words of a header that may name the other party that the synonyms do not know ("结算对象",
# "往来客户"). Not a handler's column (经办人, 审核人).
_PARTY_HINTS = ("对象", "对方", "单位", "户名", "客户", "商户", "收款", "领款", "乙方", "承包", "承租")
_HANDLER_HINTS = ("经办", "经手", "审核", "审批", "复核", "制单", "记账", "出纳", "负责", "联系", "保管", "填报",
                  "编制", "核算", "计量", "金额")


def _unread_party_note(plan: SheetPlan) -> str:
    """Say so when a sheet's other party (收款人, 乙方, 施工单位) is read from no column while a column
    the synonyms do not know may well hold it: left unread, it silently leaves every row without
    its party, and the rules that compare parties see nothing."""
    field = COUNTERPARTY_FIELD.get(plan.kind or "")
    if field is None or any(column.field == field for column in plan.columns):
        return ""
    # The guests of a 接待 (来宾单位) were treated, not paid: no party to suggest (``importers.spending``).
    candidates = [name for name in plan.unmapped()
                  if any(hint in name for hint in _PARTY_HINTS) and not any(hint in name for hint in _HANDLER_HINTS)
                  and not is_guest_header(name)]
    numbers = [name for name in candidates if names_a_number(name)]
    candidates = [name for name in candidates if name not in numbers]
    # An order or merchant number (商户订单号) says whose order it is, never who paid: named as such.
    number_note = (f"“{'”“'.join(numbers[:3])}”是单号（订单号、交易号），不是往来单位，未作往来单位读取"
                   "（保留在原始数据里）") if numbers else ""
    if not candidates:
        return number_note
    what = "施工单位" if field == "contractor" else "往来单位（收付款人、相对方）"
    return join_notes(number_note, f"没有读到{what}：“{'”“'.join(candidates[:3])}”一列未导入（保留在原始数据里）；"
                                   "若它就是，请用 --mapping 指定（工作台在导入页按 m）")


def _implementing_body_note(plan: SheetPlan) -> str:
    """Say that a project list's 实施单位 beside its 中标单位 (``kinds.IMPLEMENTING_BODY_HEADERS``) was
    not read as the contractor: a row without a winner keeps no contractor, and the user may wonder why."""
    if plan.kind != "project" or not any(column.field == "contractor" for column in plan.columns):
        return ""
    mapped = {column.index for column in plan.columns}
    set_aside = [name for index, name in enumerate(plan.layout.names) if name and index not in mapped
                 and header_base(name) in IMPLEMENTING_BODY_HEADERS]
    if not set_aside:
        return ""
    return (f"“{set_aside[0]}”是项目的实施主体（如镇人民政府），不是施工单位：施工单位按中标（施工）单位一列读取，"
            f"该列空着的行施工单位留空（“{set_aside[0]}”保留在原始数据里）")


_UNKNOWN_COLUMNS_SHOWN = 6


def _change_sides(plan: SheetPlan, layout: HeaderLayout) -> str:
    """A change register's 变更金额 over 增加 | 减少 (``changes.change_sides``): the change is the amount, so
    any other amount column (变更后合同价) leaves the amount and stays raw. The note, or ""."""
    sides = change_sides(layout.parents, layout.children)
    if not sides:
        return ""
    plan.change_sides = [(index, sign, money_converter(values.unit_from_text(layout.names[index]) or plan.unit))
                         for index, sign in sides]
    plan.change_side_headers = [layout.names[index] for index, _ in sides]
    totals = [column.header for column in plan.columns if column.field == "amount" and not column.from_mapping]
    if any(column.field == "amount" and column.from_mapping for column in plan.columns):
        return ""  # the user's mapping chose the amount column: it stays the amount
    plan.columns = [column for column in plan.columns if column.field != "amount"]
    return CHANGE_SIDES_NOTE.format(sides="、".join(f"“{name}”" for name in plan.change_side_headers),
                                    totals="、".join(f"“{header}”" for header in totals) or "其他金额列")


# An asset's equipment priced on rows of its own under it (中央空调 under 村委会办公楼): 附属设备, 配套设施.
_SUB_ITEM_HEADER = re.compile(r"^(?:附属|配套|随机)(?:设备|设施|部件|附件)(?:名称)?$")
SUB_ITEM_NOTE = ("“{header}”列：资产名称等为其上资产的合并单元格、本行写了{header}的，是该资产的{header}"
                 "（单独计价），按{header}名称记为一项资产（所属资产见各行警告）")


def _sub_item_column(plan: SheetPlan) -> int | None:
    """An asset register's 附属设备 column, which no synonym reads: taken off the unknown columns, since
    the rows under an asset that name their equipment there are read by it."""
    if plan.kind != "asset" or plan.layout is None or plan.primary_column("name") is None:
        return None
    for index, name in enumerate(plan.layout.names):
        if name in plan.unknown_columns and _SUB_ITEM_HEADER.match(normalize_header(name)):
            plan.unknown_columns.remove(name)
            return index
    return None


def _unknown_columns(plan: SheetPlan, party_note: str, overrides: dict[str, str]) -> list[str]:
    """The columns no synonym knows (``SheetPlan.unknown_columns``), but those the party note names."""
    layout = plan.layout
    mapped = {column.index for column in plan.columns}
    return [name for index, name in enumerate(layout.names)
            if name and index not in mapped and f"“{name}”" not in party_note
            and override_for(overrides, layout.parents[index], layout.children[index], name) is None
            and match_column(layout.parents[index], layout.children[index], plan.kind) is None]


# A 汇总/统计 sheet beside the detail sheets: one row per village or category, with a count
# column (项目个数 6). Its rows are totals of the details; as records they would count twice.
_SUMMARY_SHEET_WORDS = re.compile(r"汇总|统计")
_COUNT_HEADER = re.compile(r"(?:个数|笔数|份数|项数|宗数|项目数|合同数|工程数|资产数)$")


# Columns that tell one entry of a kind from another. A 汇总 sheet of a kind without any of them
# (村名 | 收入合计 | 支出合计, or 月份 | 收入合计 | 支出合计 | 结余) holds totals, not entries: a
# 年 or 月 column without a 日 names a period, and a period's row is that period's total.
_ENTRY_FIELDS = {
    "payment": frozenset({"date", "voucher", "summary", "counterparty", DAY, VOUCHER_WORD}),
    "project": frozenset({"name", "code", "contractor"}),
    "contract": frozenset({"title", "code", "counterparty"}),
    "asset": frozenset({"name", "code"}),
    "resource": frozenset({"name", "counterparty"}),
    "cadre": frozenset({"name"}),
}


# The headers of an Excel (or WPS) pivot table's output: 行标签 | 求和项:合同金额 | 计数项:合同编号, and the
# English Excel's Row Labels | Sum of Amount. Its rows are sums per village or category with a 总计 line,
# often under a page filter (收支类型 | 支出) that a header search would take for the header.
_PIVOT_MARKER = re.compile(r"^(?:行标签|列标签|(?:求和|计数|平均值|最大值|最小值|乘积|数值计数|标准偏差|方差)项[:：].+"
                           r"|row labels|column labels|(?:sum|count|average|max|min) of .+)$", re.IGNORECASE)
PIVOT_TABLE_NOTE = ("数据透视表（表头有“{marker}”）：每行是按村、类别等汇总的合计，不是逐笔记录，未导入；"
                    "明细请导入透视表所依据的台账")


def _pivot_marker(head: Sequence[tuple[int, Row]]) -> str | None:
    """The pivot header cell (行标签, 求和项:金额) among a sheet's first rows, None for any other sheet. Two
    such cells at least, or 行标签 itself: a ledger may have one column headed 计数项 by chance, never a
    求和项:… beside a 行标签."""
    found = [cell.strip() for _, row in head for cell in row
             if type(cell) is str and len(cell) < 60 and _PIVOT_MARKER.match(cell.strip())]
    labels = [cell for cell in found if cell in ("行标签", "列标签") or cell.lower() in ("row labels", "column labels")]
    if labels or len(found) >= 2:
        return (labels or found)[0]
    return None


def _summary_sheet_note(layout: HeaderLayout, sheet: str, title: str, decision: KindDecision) -> str:
    if not _SUMMARY_SHEET_WORDS.search(f"{sheet} {title}"):
        return ""
    counts = [name for name in layout.header_texts()
              if _COUNT_HEADER.search(header_base(name))]
    if counts:
        return f"汇总（统计）表：每行是一个村或一类的合计（有“{counts[0]}”列），不是明细，未导入；明细请导入明细表"
    if decision.kind is None or decision.chosen is None:
        return ""
    fields = {column.field for column in decision.chosen.columns}
    if fields & _ENTRY_FIELDS[decision.kind]:
        return ""
    what = "年月" if fields & {YEAR, MONTH} else "村名"
    return f"汇总（统计）表：只有{what}和金额，没有日期、名称等区分每一笔的列，不是明细，未导入；明细请导入明细表"


# A 科目余额表 (试算平衡表, 科目汇总表, 总账 balances) beside the 日记账: one row per account with its
# 期初 / 本期发生额 / 期末 amounts on the 借 and 贷 sides. Those are balances and sums of the journal's
# entries, not entries: read as 收支 they would make false payments (期初余额/借方 as an income).
_BALANCE_SHEET_WORDS = re.compile(r"科目余额表|余额表|试算平衡|科目汇总表|凭证汇总表|发生额及余额|总账余额")
_BALANCE_PERIOD = re.compile(r"期初|年初|期末|年末|本期|本月|本年|累计|上期|上年")
_BALANCE_SIDE = re.compile(r"借|贷|余额")
BALANCE_SHEET_NOTE = ("科目余额表（试算平衡表）：每行是一个会计科目的期初余额、本期发生额和期末余额（借方/贷方），"
                      "是日记账各笔收支的汇总，不是一笔笔收支（没有日期、凭证号、对方单位），未导入；"
                      "收支明细请导入日记账或明细账")


def _balance_sheet_note(layout: HeaderLayout, sheet: str, title: str, decision: KindDecision) -> str:
    """BALANCE_SHEET_NOTE for a sheet of account balances, named so or with 科目 | 期初借方 | 本期借方 …
    columns; '' when a column tells one entry from another (a 明细账 with 期初余额 lines has dates)."""
    if decision.kind not in (None, "payment"):
        return ""
    if decision.chosen is not None and {column.field for column in decision.chosen.columns} & _ENTRY_FIELDS["payment"]:
        return ""
    names = [normalize_header(name) for name in layout.names]
    periods = {match.group() for name in names if _BALANCE_SIDE.search(name)
               for match in _BALANCE_PERIOD.finditer(name)}
    by_headers = len(periods) >= 2 and any("科目" in name for name in names)
    return BALANCE_SHEET_NOTE if by_headers or _BALANCE_SHEET_WORDS.search(f"{sheet} {title}") else ""


# A 银行存款余额调节表 beside the 日记账: the journal's balance and the bank statement's, each adjusted by the
# items one side has booked and the other not yet (加：银行已收、单位未收 …), down to 调节后余额. Those are
# balances, not money that moved: read as 收支 its rows became payments of the whole balance.
_RECONCILIATION_WORDS = re.compile(r"余额调节表|调节后(?:的)?(?:存款)?余额")
_DATED_ENTRY_FIELDS = frozenset({"date", "voucher", DAY, VOUCHER_WORD})
RECONCILIATION_NOTE = ("银行存款余额调节表：是单位日记账余额与银行对账单余额的核对（加减未达账项后的调节后余额），"
                       "不是一笔笔收支，未导入；收支明细请导入日记账或银行对账单")


def _reconciliation_note(layout: HeaderLayout, names: Sequence[str], body: Sequence[Row],
                         decision: KindDecision) -> str:
    """RECONCILIATION_NOTE for a bank reconciliation statement: its sheet, title or file is named so, or a
    header or a label below it says 调节后余额; '' when a column dates or numbers each entry (a journal in a
    workbook named for both) and for a sheet read as another kind."""
    if decision.kind not in (None, "payment"):
        return ""
    if decision.chosen is not None and {column.field for column in decision.chosen.columns} & _DATED_ENTRY_FIELDS:
        return ""
    labels = [cell for row in body for cell in row if isinstance(cell, str)]
    texts = [*names, *(name for name in layout.names if name), *labels]
    return RECONCILIATION_NOTE if any(_RECONCILIATION_WORDS.search(text) for text in texts if text) else ""


# A register of the land each household holds under the 家庭承包 (土地承包经营权确权登记, 二轮延包花名册): the
# household's own contracted plots (确权面积, 四至, 地块编码), not land the village lets out. Read as leases,
# every household's 30-year term became a lease beyond the civil code's 20 years (resource_lease), burying
# the village's real leases; the 机动地/四荒地 a village lets out are in its 发包台账.
_HOUSEHOLD_LAND_WORDS = re.compile(r"确权|二轮延包|延包|承包经营权|家庭承包")
_HOUSEHOLD_LAND_HEADERS = re.compile(r"^(?:确权面积|确权地块|地块编码|四至|东至|南至|西至|北至|承包方代表|延包面积|家庭成员数?)$")
HOUSEHOLD_LAND_NOTE = ("土地承包经营权确权（延包）登记：每行是一户农户家庭承包的地块（有“{header}”列），是农户的承包经营权"
                       "登记，不是村集体发包、出租的资源，未导入；村集体机动地、四荒地等的发包请导入发包台账")


def _household_land_note(layout: HeaderLayout, sheet: str, title: str, decision: KindDecision) -> str:
    """HOUSEHOLD_LAND_NOTE for a register of households' contracted land: named so (确权, 延包) in its sheet
    or title and with a column only such a register has (确权面积, 四至, 地块编码, 承包方代表). '' for any other
    sheet: a 土地承包合同台账 of the village's 机动地 has neither."""
    if decision.kind not in (None, "resource", "contract") or not _HOUSEHOLD_LAND_WORDS.search(f"{sheet} {title}"):
        return ""
    marked = next((name for name in layout.names if name and _HOUSEHOLD_LAND_HEADERS.match(header_base(name))), None)
    return HOUSEHOLD_LAND_NOTE.format(header=marked) if marked else ""


# A 公示 of those proposed for aid or a payout (拟救助对象, 拟发放名单) with the sums proposed and the
# villagers' 评议结果: a step before any decision, some of them refused. Read as a 发放表, every proposed sum
# became money paid, a refused applicant a payee, and the real payouts after it duplicates.
_PROPOSAL_WORDS = re.compile(r"拟(?:救助|补助|资助|发放|享受|纳入|分配|奖励|补贴|评定|认定|确定)")
PROPOSAL_LIST_NOTE = ("审核公示名单：{where}，每行是拟救助（拟发放）的对象和拟定金额，公示时尚未决定、尚未发放，"
                      "不是一笔笔支出，未导入；实际发放请导入发放花名册或一卡通发放明细")


def _proposal_list_note(layout: HeaderLayout, sheet: str, title: str, decision: KindDecision) -> str:
    """PROPOSAL_LIST_NOTE for a list of proposed payees: its sheet or title says 拟救助/拟发放 …, or its
    amount column is a 拟救助金额; '' when a column dates each payout (a list of sums paid) and for a
    sheet read as another kind."""
    columns = _undated_payment_columns(decision)
    if columns is None:
        return ""
    named = _PROPOSAL_WORDS.search(f"{sheet} {title}")
    if named:
        return PROPOSAL_LIST_NOTE.format(where=f"表名或标题写明“{named.group()}”")
    proposed = next((column.header for column in columns if column.field == "amount"
                     and _PROPOSAL_WORDS.match(header_base(column.header))), None)
    return PROPOSAL_LIST_NOTE.format(where=f"金额列是“{proposed}”") if proposed else ""


# A plan of money (收支计划 by quarter, a 用款计划): every sum it has is 计划收入/计划支出/预算支出. No money
# moved: read as a journal, each quarter's planned spending became a payment, and an overpayment flag
# paired the planned sum with a planned project's budget.
_PLANNED_MONEY = re.compile(r"^(?:计划|预算|预计|拟)")
PLANNED_MONEY_NOTE = ("收支计划（预算）：金额列“{headers}”都是计划数，每行是一期或一项的计划，不是实际发生的收支，未导入；"
                      "实际收支请导入日记账或明细账")


def _planned_money_note(decision: KindDecision) -> str:
    """PLANNED_MONEY_NOTE for a sheet read as 收支 whose every money column is planned (计划支出, 预算数)
    and whose rows are dated by no column; '' for any other sheet."""
    columns = _undated_payment_columns(decision)
    money = [column.header for column in columns or () if column.field in AMOUNT_FIELDS]
    if not money or not all(_PLANNED_MONEY.match(header_base(header)) for header in money):
        return ""
    return PLANNED_MONEY_NOTE.format(headers="、".join(money))


# A 发放登记 of goods (慰问品发放登记表: 户主姓名 | 慰问品 | 折合金额（元） | 领取人签字): what each household got, in
# kind, and its value. No money moved there: it went to the shop when the goods were bought (采购台账).
_GOODS_HEADER = re.compile(r"^(?:慰问品|慰问物品|发放物品|物品|实物|物资|发放物资|慰问物资)(?:名称|及数量|数量)?$")
_VALUED_MONEY = re.compile(r"^(?:折合|折价|折算|价值)")
GOODS_HANDOUT_NOTE = ("实物发放登记：“{goods}”是发给各户的物品，金额列“{headers}”只是其折合价值，没有付出钱（钱在购买物品时"
                      "付给了供应商，见采购台账），未作收支导入；发放对象请在原表核对")


def _goods_handout_note(layout: HeaderLayout, decision: KindDecision) -> str:
    """GOODS_HANDOUT_NOTE for a 发放表 of goods: a column names the goods each got and every money column
    only values them (折合金额), and no column dates a payment. '' for any other sheet: a 慰问金 list pays
    money, and a donation's 折合人民币 beside its date is money received."""
    columns = _undated_payment_columns(decision)
    if not decision.payout or not columns:
        return ""
    money = [column.header for column in columns if column.field in AMOUNT_FIELDS]
    goods = next((name for name in layout.names if name and _GOODS_HEADER.match(header_base(name))), None)
    if goods is None or not money or not all(_VALUED_MONEY.match(header_base(header)) for header in money):
        return ""
    return GOODS_HANDOUT_NOTE.format(goods=goods, headers="、".join(money))


def _undated_payment_columns(decision: KindDecision) -> list[ColumnMap] | None:
    """The columns of a sheet read as 收支 (or of no kind yet) when none of them dates an entry; None
    for a sheet of another kind or one with a date column (money that moved on a day)."""
    columns = _payment_columns(decision)
    return None if columns is None or any(column.field in ("date", DAY) for column in columns) else columns


def _payment_columns(decision: KindDecision) -> list[ColumnMap] | None:
    """The columns a sheet read as 收支, or of no kind yet, would have as 收支 ([] when none); None for a
    sheet read as another kind."""
    if decision.kind not in (None, "payment"):
        return None
    payment = next((c for c in decision.candidates if c.kind == "payment"), None)
    return payment.columns if payment is not None else []


# A year-end list of 往来 balances (决算 or audit: 应付款明细表, 应收款明细表, 往来款项明细, 债权债务明细): one row
# per creditor or debtor with the sum still owed, the month it arose and its age (账龄). A balance is money
# not yet paid or received, not money that moved: read as 收支, an 应付 工程进度款 or 未领分红 would become
# a payment never made. A 应付款明细账 with dated 借方/贷方 entries (or 凭证号) moves money, and stays a ledger.
_ARREARS_SHEET_WORDS = re.compile(r"应付|应收|往来|债权|债务|暂付|暂收|预付款|预收款")
_ARREARS_AGE = re.compile(r"账龄")
# A balance as such, or as an audit's 往来 清理 table gives it (账面金额 | 应调整 | 调整后).
_ARREARS_BALANCE = re.compile(r"余额|^账面(?:金额|数)$|^调整后(?:金额|余额|数)?$")
# The day a balance arose (发生日期, 形成时间, 挂账日期): no day the money moved.
_ARREARS_ARISEN = re.compile(r"^(?:发生|形成|挂账)")
_MOVEMENT_FIELDS = frozenset({"voucher", VOUCHER_WORD, DAY, "direction", INCOME, EXPENSE, DEBIT, CREDIT})
ARREARS_LIST_NOTE = ("往来款项余额表（应收款、应付款明细）：有“{header}”列，每行是年末尚未收回或尚未付出的一笔余额，"
                     "不是一笔笔收支（没有收付日期、凭证号或借贷方发生额），未导入；收支明细请导入日记账或明细账")


def _arrears_list_note(layout: HeaderLayout, sheet: str, title: str, decision: KindDecision) -> str:
    """ARREARS_LIST_NOTE for a list of 往来 balances: a 账龄 column, or a 余额 column in a sheet named
    as 应付款、应收款、往来、债权债务, and no column of a movement (凭证号, 借方/贷方, 收入/支出, or a date
    other than the day the balance arose). '' for any other sheet, and for one read as another kind."""
    columns = _payment_columns(decision)
    if columns is None or any(_is_movement(column) for column in columns):
        return ""
    names = [name for name in layout.names if name]
    aged = next((name for name in names if _ARREARS_AGE.search(normalize_header(name))), None)
    if aged:
        return ARREARS_LIST_NOTE.format(header=aged)
    balance = next((name for name in names if _ARREARS_BALANCE.search(normalize_header(name))), None)
    if balance and _ARREARS_SHEET_WORDS.search(f"{sheet} {title}"):
        return ARREARS_LIST_NOTE.format(header=balance)
    return ""


# An audit's adjusting entries (审计调整分录): what the books are to be corrected by, written as vouchers
# (借方科目 | 贷方科目 | 金额). A line touching 银行存款 or 库存现金 corrects a book; it moved no money.
_ADJUSTING_ENTRIES = re.compile(r"调整分录|调账分录|审计调整凭证|调整会计分录")
ADJUSTING_ENTRIES_NOTE = ("审计调整分录：审计提出（或据以调账）的调整分录，是对账目的更正，不是实际发生的收付款，未导入；"
                          "调账后的收支请看日记账")


def _adjusting_entries_note(sheet: str, title: str) -> str:
    """ADJUSTING_ENTRIES_NOTE for a sheet named or titled as adjusting entries, '' for any other."""
    return ADJUSTING_ENTRIES_NOTE if _ADJUSTING_ENTRIES.search(f"{sheet} {title}") else ""


def _is_movement(column: ColumnMap) -> bool:
    """Whether a payment column records money moving: a voucher, a side, or the day it was paid."""
    if not column.primary:
        return False
    if column.field == "date":
        return not is_dated_as(_ARREARS_ARISEN, column.header)
    return column.field in _MOVEMENT_FIELDS


def join_notes(*notes: str) -> str:
    """A sheet's notes as one line, the empty ones left out."""
    return "；".join(note for note in notes if note)


VILLAGE_SOURCE_LABELS = {"mapping": "映射文件", "title": "标题", "sheet": "工作表名", "file": "文件名",
                         "code": "文件名或表名中的村代码", "option": "--village"}


# Generic headers taken for the village: 单位名称 (``kinds.VILLAGE_FALLBACK_HEADERS``) and 单位, which
# may as well be the unit of the amount beside it (金额 | 单位: 12.85 | 万元). So may every header that
# the synonyms call a weak village word (所属单位, 村组, 村委).
_GENERIC_VILLAGE_HEADERS = VILLAGE_FALLBACK_HEADERS | {"单位"}


def _without_doubtful_village_column(columns: list[ColumnMap], head: Sequence[tuple[int, Row]],
                                     layout: HeaderLayout) -> list[ColumnMap]:
    """A generic 单位名称, 单位, 所属单位, 村组 or 村委 taken for the village must name villages in the
    rows read so far; holding company names (or 元 / 万元, 三组, √), it stays in the raw row only,
    rather than filing every row under a 施工单位. A unit of a village the column names in full elsewhere
    (张庄一组, 城关镇张庄经济合作社 beside 张庄村民委员会) is that village's (``_unit_of_named_village``)."""
    def doubtful(column: ColumnMap) -> bool:
        if column.field != VILLAGE or not (column.weak or normalize_header(column.header) in _GENERIC_VILLAGE_HEADERS):
            return False
        # A 总计 or 小计 line under the entries fills the column with its label, not a unit's name.
        cells = [row[column.index] for number, row in head
                 if number > layout.last_row and column.index < len(row) and isinstance(row[column.index], str)
                 and row[column.index].strip() and not _TOTAL_LABEL.search(row[column.index])]
        named = {village for cell in cells for village in find_villages(cell)}
        return not cells or any(not find_villages(cell) and not _unit_of_named_village(cell, named) for cell in cells)
    return [column for column in columns if not doubtful(column)]


def _unit_of_named_village(cell: str, named: set[str]) -> bool:
    """Whether a cell that names no village in full is a unit of one that ``named`` holds: "张庄一组" or
    "城关镇张庄经济合作社" beside 张庄村, "（张庄）" too. "三组" and "张庄建材" are none."""
    bare = bare_village_name(without_wrapping_brackets(" ".join(cell.split())))
    return bare is not None and any(full in named for full in full_forms(bare))


def column_villages(plan: SheetPlan, head: Sequence[tuple[int, Row]]) -> list[str]:
    """The full village names the village column writes in the first rows below the header (one a cell):
    a short name above its full one ("东张庄" on the row before "东张庄村") stands for it as well."""
    column = plan.primary_column(VILLAGE)
    if column is None or plan.layout is None:
        return []
    cells = (row[column.index] for number, row in head if number > plan.layout.last_row and column.index < len(row))
    named = (find_villages(cell) for cell in cells if isinstance(cell, str))
    return list(dict.fromkeys(villages[0] for villages in named if len(villages) == 1))


def _unit_name_as_village(columns: list[ColumnMap], body: Sequence[Row]) -> None:
    """Make a payment ledger's only party column, a generic 单位名称, the village column when each of its
    cells names one village (后洋村, 石桥村股份经济合作社): a township 三资 centre's export names there the
    unit whose books it keeps. Read as the payee, every village would pay itself, and the rules that
    compare payees (related_party, repeat_vendor) would see the village on every row."""
    if any(column.field == VILLAGE for column in columns):
        return
    parties = [column for column in columns if column.field == "counterparty"]
    if len(parties) != 1 or not parties[0].weak or normalize_header(parties[0].header) not in VILLAGE_FALLBACK_HEADERS:
        return
    cells = _entry_texts(body, parties[0].index)
    if cells and all(len(find_villages(cell)) == 1 for cell in cells):
        parties[0].field = VILLAGE


# A generic header beside a lease's 面积 that may give each row's area unit (面积 | 单位: 12.4 | 公顷).
_GENERIC_UNIT_HEADERS = frozenset({"单位", "计量单位", "面积单位"})
AREA_UNIT_COLUMN_NOTE = "“{header}”列各行写的是面积单位（公顷、亩、平方米）：面积按各行的单位折算为亩"


def _area_unit_column(kind: str, columns: list[ColumnMap], layout: HeaderLayout,
                      body: Sequence[Row]) -> ColumnMap | None:
    """A generic 单位 column right beside a lease's 面积, every filled cell of which is an area unit
    (公顷, 亩, 平方米): each row's area is in its row's unit. Read as 亩, 12.4 公顷 would be 15 times too
    small and its rent per 亩 15 times too high. Holding 元 or a village's name, it is no area unit."""
    if kind != "resource" or any(column.field == AREA_UNIT for column in columns):
        return None
    area = next((column for column in columns if column.field == "area" and column.primary), None)
    if area is None:
        return None
    taken = {column.index for column in columns}
    for index in (area.index + 1, area.index - 1):
        if index in taken or not 0 <= index < len(layout.names) \
                or normalize_header(layout.names[index]) not in _GENERIC_UNIT_HEADERS:
            continue
        cells = _entry_texts(body, index)
        if cells and all(values.is_area_unit(cell) for cell in cells):
            return ColumnMap(index=index, header=layout.names[index], field=AREA_UNIT)
    return None


SHANG_NOTE = "“{header}”按 1 垧 = {mu:g} 亩折算（东北多数地方的算法；有的地方 1 垧 = 10 亩，请核对）"


def _shang_note(columns: list[ColumnMap]) -> str:
    """Say how a 面积（垧） column was turned into 亩: the 垧 is not the same everywhere."""
    shang = next((column for column in columns
                  if column.field == "area" and values.area_unit_from_text(column.header) == "垧"), None)
    return SHANG_NOTE.format(header=shang.header, mu=values.SHANG_IN_MU) if shang else ""


FUNDING_PARTS_NOTE = "“资金来源”按来源分列金额：各项目的资金来源记为有金额的来源（金额保留在原值中）"


def _funding_parts(columns: list[ColumnMap], layout: HeaderLayout) -> list[tuple[int, str]]:
    """The source columns under a 资金来源 parent (``synonyms.FUNDING_PARENTS``), without its 合计 and
    any column read as a field; [] when a column already holds the 资金来源 as text."""
    if any(column.field == "funding" for column in columns):
        return []
    taken = {column.index for column in columns}
    parents, children = layout.parents, layout.children
    parts: list[tuple[int, str]] = []
    for first, parent in enumerate(parents):
        if not parent or not header_base(parent).endswith(FUNDING_PARENTS) \
                or (first and parents[first - 1] == parent):
            continue
        # The parent's span: its text repeated where the merged cell was filled in, else (no merge
        # known) the columns after it with a child and no parent of their own.
        repeated = first + 1 < len(parents) and parents[first + 1] == parent
        end = first + 1
        while end < len(parents) and children[end] and parents[end] == (parent if repeated else ""):
            end += 1
        for index in range(first, end):
            source = header_base(children[index])
            if source and source not in TOTAL_WORDS and not _NOT_A_SOURCE.search(source) and index not in taken:
                parts.append((index, source))
    return parts


# Children of a 资金来源 parent that name no source: its amount or its source as text (来源 | 金额).
_NOT_A_SOURCE = re.compile(r"^(?:金额|数额|资金|投资|小计)$|来源|渠道|性质|名称|说明")


# The village's own side of a lease or a contract: 转出方 of a 产权交易 deal, 发包方, 出租方, 甲方. In a
# township's or a platform's list that names no one village, and has no 村名 column, its cells (如东县
# 岔河镇河口村股份经济合作社) say which village each row belongs to, as a 单位名称 column does.
# A platform's 网上竞价/询价 list names the buyer (采购单位 "青山镇石桥村股份经济合作社"): for a village's
# works the village's collective, so the village's own side too; a 镇政府 there names no village.
_OWNER_HEADER = re.compile(r"^(?:甲方|(?:发包|出租|转出|流出|出让)(?:方|单位|人)|采购(?:单位|人|方))(?:名称|单位|全称)?$")
OWNER_VILLAGE_NOTE = "表中没有村名列：各行村名按“{header}”列（村集体经济组织或村委会）读取"
# A county exchange's list mixes the villages' collectives with villagers and companies as 转出方: their
# rows keep no village rather than the village a company's name begins with.
OWNER_NOT_VILLAGE_NOTE = "；“{header}”是个人或公司的行村名留空（镇政府等不属于某村的单位同样留空）"
# A 项目库's 实施主体 (小微工程, 衔接资金 projects) is the body in charge of a project: the 村委会 or the
# village's collective for a village's works, but a township, a company or a 专业合作社 for others. It
# names the row's village only when every cell names one (桃园村, 桃园村民委员会), as the owner's side does.
_IMPLEMENTER_HEADER = re.compile(r"^(?:项目)?(?:实施|建设)主体(?:名称|单位)?$")
IMPLEMENTER_VILLAGE_NOTE = "表中没有村名列：“{header}”一列各行都是村，各行村名按它读取"
# The unit a cadre list's member works in (所在单位: 花茂村, 枫香镇人民政府), a 联村党委's village per row.
_MEMBER_UNIT_HEADER = re.compile(r"^(?:所在|工作|任职)单位(?:名称)?$")
MEMBER_UNIT_VILLAGE_NOTE = "表中没有村名列：各行村名按“{header}”列（成员所在的村）读取"
# Not a 建设主体 (the 建设单位, the owner who has a project built): only a 实施主体 stands for the contractor.
_IMPLEMENTER_CONTRACTOR = re.compile(r"^(?:项目)?实施主体(?:名称|单位)?$")
IMPLEMENTER_CONTRACTOR_NOTE = ("表中没有中标单位、施工单位列：“{header}”（实施项目的合作社、公司等）记为施工单位；"
                               "实施主体也可能是项目业主或资金的受益方，请核对")
# A 项目库 may say where each project is built only as "尹集镇新庄村" (建设地点): a place, not a village
# column, but when every cell names a village an inspector reads the row's village from it.
_PLACE_HEADER = re.compile(r"^(?:项目)?(?:建设|实施|工程|项目)(?:地点|地址|位置)$|^项目所在地$")
PLACE_VILLAGE_NOTE = ("表中没有村名列：“{header}”一列写到村的行按其中的村记村名，写的是全县、全镇等的行村名留空"
                      "（该列是地点，请核对）")
# What a 建设地点 says of a project for the whole county or township: no village, and no reason to doubt
# that the column's other cells name theirs.
_WHOLE_AREA = re.compile(r"^(?:全|各)(?:县|市|区|旗|镇|乡|乡镇|村)|^[\u4e00-\u9fff]{1,6}(?:县|市|区|旗|镇|乡|街道)$")


def _is_place_header(header: str) -> bool:
    """Whether a header says where a project is built (建设地点, 项目地址), not which village it is."""
    return bool(_PLACE_HEADER.match(header_base(header)))


def _owner_village_column(columns: list[ColumnMap], layout: HeaderLayout, body: Sequence[Row],
                          overrides: Mapping[str, str]) -> ColumnMap | None:
    """The village's own side (``_OWNER_HEADER``), a project's 实施主体 (``_IMPLEMENTER_HEADER``) or its
    建设地点 (``_PLACE_HEADER``) as the village column of a sheet that has none, when each of its filled
    cells names one village (a 建设地点 may also say 全县 or 全镇); None otherwise. A column that a mapping
    file names is the user's to read."""
    if any(column.field == VILLAGE for column in columns):
        return None
    taken = {column.index for column in columns}
    # A two-row header's child names the column: "合同当事人" over 甲方 | 乙方.
    found = [index for index, name in enumerate(layout.names)
             if name and index not in taken
             and _names_village_side(layout.children[index] or name)
             and override_for(overrides, layout.parents[index], layout.children[index], name) is None]
    for index in found:
        cells = _entry_texts(body, index)
        header = layout.children[index] or layout.names[index]
        if _is_owner_header(header):
            if any(_owner_cell_village(cell) for cell in cells):
                return ColumnMap(index=index, header=layout.names[index], field=VILLAGE)
            continue
        place = _is_place_header(header)
        villages = [cell for cell in cells if len(find_villages(cell)) == 1]
        if villages and all(cell in villages or (place and _WHOLE_AREA.match(cell)) for cell in cells):
            return ColumnMap(index=index, header=layout.names[index], field=VILLAGE)
    return None


def _is_member_unit_header(header: str) -> bool:
    return bool(_MEMBER_UNIT_HEADER.match(header_base(header)))


def _member_unit_village_column(plan: SheetPlan, layout: HeaderLayout, body: Sequence[Row],
                                overrides: Mapping[str, str]) -> ColumnMap | None:
    """A cadre list's 所在单位 (``_MEMBER_UNIT_HEADER``) as its village column when most of its cells
    name one village each: a 联村党委 or a township's list of several villages' cadres says there
    which village each member belongs to, and ``related_party`` compares a cadre with the parties of
    his own village's books. A cell that names no village (枫香镇人民政府: a township cadre) gives its
    row none from the column; a 驻村工作队's 所在单位 (县农业农村局) names no village at all."""
    if plan.kind != "cadre" or any(column.field == VILLAGE for column in plan.columns):
        return None
    taken = {column.index for column in plan.columns}
    for index, name in enumerate(layout.names):
        if not name or index in taken or not _is_member_unit_header(layout.children[index] or name) \
                or override_for(overrides, layout.parents[index], layout.children[index], name) is not None:
            continue
        cells = _entry_texts(body, index)
        named = [len(find_villages(cell)) for cell in cells]
        if named.count(1) >= 2 and named.count(1) * 2 > len(cells) and all(count <= 1 for count in named):
            return ColumnMap(index=index, header=name, field=VILLAGE)
    return None


def _member_unit_note(plan: SheetPlan, column: ColumnMap, body: Sequence[Row]) -> str:
    """What the note says of a 所在单位 read as the village (``_member_unit_village_column``)."""
    others = [cell for cell in _entry_texts(body, column.index) if not find_villages(cell)]
    note = MEMBER_UNIT_VILLAGE_NOTE.format(header=column.header)
    if not others:
        return note
    kept = f"记为{plan.village}" if plan.village else "村名留空"
    return f"{note}；该列写的不是村的行（如“{others[0]}”）{kept}，请核对"


def _implementer_as_contractor(plan: SheetPlan, layout: HeaderLayout,
                               overrides: Mapping[str, str]) -> ColumnMap | None:
    """A project list's 实施主体 (``_IMPLEMENTER_CONTRACTOR``) as its contractor when no column names
    one (中标单位, 施工单位, 承建方): in an 产业项目 台账 it is the 专业合作社 or company that carries the
    project out and takes the 衔接资金, the only party the list names; without it ``repeat_vendor`` and
    ``related_party`` see none. Beside a contractor column it is the owner's side and stays unread; a
    实施主体 whose every cell is a village gave the rows their village (``_owner_village_column``)."""
    if plan.kind != "project" or any(column.field == "contractor" for column in plan.columns):
        return None
    taken = {column.index for column in plan.columns}
    index = next((index for index, name in enumerate(layout.names)
                  if name and index not in taken
                  and _IMPLEMENTER_CONTRACTOR.match(header_base(layout.children[index] or name))
                  and override_for(overrides, layout.parents[index], layout.children[index], name) is None), None)
    return None if index is None else ColumnMap(index=index, header=layout.names[index], field="contractor")


def _implementer_note(implementer: ColumnMap | None) -> str:
    return IMPLEMENTER_CONTRACTOR_NOTE.format(header=implementer.header) if implementer else ""


def _is_owner_header(header: str) -> bool:
    """Whether a header names the village's own side of a deal (转出方, 发包方, 甲方; "合同当事人/甲方" under
    a parent)."""
    return bool(_OWNER_HEADER.match(header_base(header.rpartition("/")[2])))


def _owner_cell_village(text: str) -> str | None:
    """The village an owner's cell (转出方, 发包方) names as its own side: its collective or committee
    ("祝阿镇前屯村股份经济合作社", "后屯村村民委员会"), or a villager or group of it ("河口村10组"); None
    for a person or a company named without a village, and for a company that bears a village's
    name ("前屯村丰源种植专业合作社"): the deal is the company's, not the village's."""
    body = village_alone(text)
    if body is not None:
        return body
    named = find_villages(text)
    return named[0] if len(named) == 1 and not text.endswith(LEGAL_ENTITY_WORDS) else None


def owner_village(value: Any) -> str | None:
    """An owner column read as the village column (``_owner_village_column``): the cell's village as
    ``_owner_cell_village`` reads it; an unread cell or one of several villages is a ValueProblem."""
    if village_from_cell(value) is None:
        return None
    return _owner_cell_village(" ".join(str(value).split()))


# A village column that says which villages a project covers (涉及村, 受益村, 实施村): a blank there is
# a project of the whole township, not one of the village above.
_COVERAGE_VILLAGE_HEADER = re.compile("涉及|所涉|受益|实施|项目")
# How many groups (a village written, blank cells right below it) the first rows must show before the
# blanks are read as a merged cell's: one village and a blank below may be a cell left empty.
_MERGED_VILLAGE_GROUPS = 2


def village_fill_column(plan: SheetPlan, body: Sequence[Row]) -> int | None:
    """The 村名 column whose blank cells take the village written right above them (``RowMapper``): a
    township's list merges its 村别 cell over each village's rows, and a CSV export or an unmerged copy
    writes it on the group's first row only, as the first rows (``body``) show for two groups or more.
    None in a sheet that names a village of its own (its blank cells are that village's) unless the column
    names its 经济社 (``_names_societies``), for a column
    of the villages a project covers (``_COVERAGE_VILLAGE_HEADER``) and for a 转出方, 实施主体 or 建设地点
    read as the village column: a blank there is a row of no village's, not the village above."""
    column = plan.primary_column(VILLAGE)
    if column is None or (plan.village and not _names_societies(body, column.index)):
        return None
    header = column.header.rpartition("/")[2]
    if _names_village_side(header) or _COVERAGE_VILLAGE_HEADER.search(header):
        return None
    return column.index if _merged_village_groups(body, column.index) >= _MERGED_VILLAGE_GROUPS else None


def _names_societies(body: Sequence[Row], index: int) -> bool:
    """Whether every cell written in column ``index`` names a 经济社 (东便经济社): a 联合社's list of its
    经济社, whose blank cells are the 经济社 above them, not the 联合社 the sheet is titled with."""
    written = _entry_texts(body, index)
    return bool(written) and all(len(named := find_villages(cell)) == 1 and is_society(named[0]) for cell in written)


def _merged_village_groups(body: Sequence[Row], index: int) -> int:
    """How many villages written in column ``index`` have blank cells right below them, in rows that
    hold something else; a blank line, a line merged across the row or a total line ends a group."""
    groups = 0
    written = counted = False
    for row in body:
        cells = [cell for cell in row if cell != "" and cell is not None]
        if not cells or merged_text(cells) is not None \
                or any(type(cell) is str and _TOTAL_LABEL.search(cell) for cell in cells):
            written = False
        elif index < len(row) and row[index] not in ("", None):
            written, counted = True, False
        elif written and not counted:
            groups, counted = groups + 1, True
    return groups


def _owner_side_column(columns: list[ColumnMap], layout: HeaderLayout) -> int | None:
    """The index of the village's own side of a contract (甲方, 发包方) when no field reads it."""
    taken = {column.index for column in columns}
    return next((index for index, name in enumerate(layout.names)
                 if name and index not in taken and _is_owner_header(layout.children[index] or name)), None)


FEN_NOTE = "“{headers}”的金额以分为单位（表头或字段代码所示），已除以 100 记为元"
UNIX_TIME_NOTE = "“{headers}”是 Unix 时间戳，按北京时间（UTC+8）取日期"


def _dump_value_notes(plan: SheetPlan, body: Sequence[Row]) -> str:
    """What the note says of a dump's amounts in fen and its Unix timestamps: readings the header or the
    cells call for, yet an inspector comparing with the source should know of."""
    fen = [c.header for c in plan.columns if plan.column_unit(c) == "fen"]
    dates = {spec.name for spec in KIND_FIELDS.get(plan.kind or "", ()) if spec.type == DATE}
    unix = [c.header for c in plan.columns
            if c.field in dates and any(values.is_unix_time(row[c.index]) for row in body if c.index < len(row))]
    return join_notes(FEN_NOTE.format(headers="、".join(fen)) if fen else "",
                      UNIX_TIME_NOTE.format(headers="、".join(unix)) if unix else "")


DECODED_NOTE = "“{header}”是代码，按{where}译为{what}"
VILLAGE_CODE_NOTE = ("表中只有村代码列“{header}”，没有村名；本文件和同批导入的文件里都没有能译出它的村代码表（如 dm_cun），"
                     "村名未定；可用 --village 或 --mapping 指定")
NAME_CODE_NOTE = "村名按{source}中的村代码“{code}”，由{where}译为{village}"
# Fields a code table may name: a text, never an amount or a date.
_DECODED_FIELDS = frozenset({VILLAGE, "position", "category", "type", "status", "procurement", "method",
                             "account", "funding"})


def _decode_columns(plan: SheetPlan, layout: HeaderLayout, body: Sequence[Row],
                    tables: Sequence[CodeTable]) -> str:
    """Read a dump's coded columns through the workbook's code tables (``importers.codes``): a 村代码
    column without a 村名 column gives each row's village, a 职务代码 (合同类型代码 …) column its field
    by name. A column is decoded only when every cell of its first rows is a code of the table."""
    notes = []
    for index in range(len(layout.names)):
        column = next((c for c in plan.columns if c.index == index), None)
        table = _code_table_of(layout, index, tables)
        if table is None or (column is not None and column.field not in _DECODED_FIELDS) \
                or not decodes(table, (row[index] for row in body if index < len(row))):
            continue
        if column is None:
            if table.key != "村代码" or any(c.field == VILLAGE for c in plan.columns):
                continue
            column = ColumnMap(index=index, header=layout.names[index], field=VILLAGE, quality=EXACT)
            plan.columns = sorted(plan.columns + [column], key=lambda c: c.index)
        plan.decoded[index] = table
        notes.append(DECODED_NOTE.format(header=column.header, where=table.where(),
                                         what=field_label(plan.kind or "", column.field)))
    return join_notes(*notes)


def _code_table_of(layout: HeaderLayout, index: int, tables: Sequence[CodeTable]) -> CodeTable | None:
    """The code table a column's header names: "村代码" or "cun_dm" that of 村代码, "xmlx" (项目类型) that
    of 项目类型代码."""
    for header in (layout.children[index], layout.parents[index], layout.names[index]):
        if not header:
            continue
        key = code_key(header) or normalize_header(header) + "代码"
        table = next((table for table in tables if table.key == key), None)
        if table is not None:
            return table
    return None


def _village_code_column(layout: HeaderLayout) -> str | None:
    """The header of a 村代码 column (村代码, cun_dm, village_code), None when there is none."""
    return next((name for name in layout.names if name and code_key(name) == "村代码"), None)


def _names_village_side(header: str) -> bool:
    """Whether a header names the village's own side of a deal (甲方, 发包方), a project's 实施主体 or
    where it is built (建设地点)."""
    base = header_base(header)
    return bool(_OWNER_HEADER.match(base) or _IMPLEMENTER_HEADER.match(base)) or _is_place_header(header)


def _owner_note(owner: ColumnMap | None, body: Sequence[Row]) -> str:
    """What the sheet's note says of the column its village was read from (``_owner_village_column``)."""
    if owner is None:
        return ""
    base = header_base(owner.header)
    if _is_owner_header(base):
        others = any(_owner_cell_village(cell) is None for cell in _entry_texts(body, owner.index))
        return OWNER_VILLAGE_NOTE.format(header=owner.header) + \
            (OWNER_NOT_VILLAGE_NOTE.format(header=owner.header) if others else "")
    note = IMPLEMENTER_VILLAGE_NOTE if _IMPLEMENTER_HEADER.match(base) else \
        PLACE_VILLAGE_NOTE if _is_place_header(owner.header) else OWNER_VILLAGE_NOTE
    return note.format(header=owner.header)


def _choose_village(plan: SheetPlan, layout: HeaderLayout, mapping: Mapping | None,
                    option: str | None, code_tables: Sequence[CodeTable] = ()) -> None:
    """The sheet's village and where it came from, with a note when the choice needs checking.

    Precedence: mapping file > title > sheet name > file name > --village (a 村名
    column, when there is one, beats them all row by row). A source that names
    several villages ('石桥村、马吉村2023年合同台账') names none: giving every row
    the first would be a silent guess. A title that names another village than
    the sheet name is doubtful (a sheet copied and renamed, its title left as it
    was): the sheet name, which the user sees on the tab, wins. A dump named by
    its village's code ("pz_yhrj_130123101203_2023.csv") is that village when a
    村代码 table of the import has the code (``importers.codes``).
    """
    has_column = any(c.field == VILLAGE for c in plan.columns)
    coded = village_in_name((plan.sheet, Path(plan.file_name).stem), code_tables)
    named = {
        "mapping": [mapping.village] if mapping and mapping.village else [],
        "title": layout.title_villages,
        "sheet": _villages_in_name(plan.sheet, layout.title_villages),
        "file": _villages_in_name(Path(plan.file_name).stem, layout.title_villages),
        "code": [coded[1]] if coded else [],
        "option": [option.strip()] if option and option.strip() else [],
    }
    notes: list[str] = []
    title, sheet = named["title"], named["sheet"]
    if len(title) == 1 and len(sheet) == 1 and title != sheet:
        named["title"] = []
        if not has_column and not named["mapping"]:
            notes.append(f"标题中的村名“{title[0]}”与工作表名“{sheet[0]}”不一致，"
                         f"按工作表名记为{sheet[0]}，请核对")
    for source, villages in named.items():
        if len(villages) == 1:
            plan.village, plan.village_source = villages[0], source
            break
    if plan.village_source == "code" and coded and not has_column:
        table = next(t for t in code_tables if t.key == "村代码")
        notes.append(NAME_CODE_NOTE.format(source="文件名或表名", code=coded[0], where=table.where(), village=coded[1]))
    union = _union_naming(plan, layout)
    if union and not has_column:
        notes.append(f"村名按{VILLAGE_SOURCE_LABELS[plan.village_source]}中的“{union}”记为{plan.village}"
                     "（经济联合社是村一级的集体经济组织）；若它属社区等，请用 --village 指定")
    if plan.village and is_society(plan.village) and not has_column and plan.village_source not in ("mapping", "option"):
        notes.append(_society_note(plan, layout))
    several = [(source, villages) for source, villages in named.items() if len(villages) > 1]
    if not has_column and plan.village_source not in ("mapping", "option"):
        # The user named the village (mapping file, --village): no need to check it.
        notes += [_several_villages_note(source, villages, plan) for source, villages in several
                  if _outranks(source, plan.village_source)]
        coded = _village_code_column(layout) if not plan.village and not several else None
        if coded:
            notes.append(VILLAGE_CODE_NOTE.format(header=coded))
        elif not plan.village and not several:
            notes.append("未能确定村名（表中没有村名列，标题、工作表名和文件名里也没有）；可用 --village 指定")
    plan.note = plan.village_note = join_notes(*notes)


def _union_naming(plan: SheetPlan, layout: HeaderLayout) -> str | None:
    """The 经济联合社 by which the sheet's chosen source names its village (no 村 written), or None."""
    text = _village_source_text(plan, layout)
    if text is None or plan.village is None or plan.village in text:
        return None
    return union_of(text, plan.village)


def _village_source_text(plan: SheetPlan, layout: HeaderLayout) -> str | None:
    """The text of the title, sheet name or file name the sheet's village was taken from; None for others."""
    texts = {"title": " ".join(layout.title_lines), "sheet": plan.sheet, "file": Path(plan.file_name).stem}
    return texts.get(plan.village_source or "")


def _society_note(plan: SheetPlan, layout: HeaderLayout) -> str:
    """Say that the sheet is filed under its 经济社 (广东's 村民小组-level collective, with books and
    property of its own), not the administrative village: a township view may want them rolled up."""
    union = union_over(_village_source_text(plan, layout), plan.village)
    over = f"，不记为其所属的{union}" if union else ""
    return (f"村名按{VILLAGE_SOURCE_LABELS[plan.village_source]}记为经济社“{plan.village}”{over}（经济社是村民小组一级、"
            "自己记账的集体经济组织，单独作为一个村归档）；若要并入所属的村，请用 --village 指定")


def _villages_in_name(name: str, title: list[str]) -> list[str]:
    """The villages a sheet or file name names. Inspectors label files by province
    ("陕西白家塬村_合同台账.xls"); without dropping it, the file's 陕西白家塬村 and the title's
    白家塬村 would file one village under two names. A title naming the longer name keeps it."""
    return [_as_in_title(village, title) for village in find_villages(name)]


def _as_in_title(village: str, title: list[str]) -> str:
    """A village of a sheet or file name as the title writes it: "琼海礼都村" (county before it) is the
    title's "礼都村"; else without a province before it."""
    if village in title:
        return village
    shorter = [named for named in title if village.endswith(named) and len(named) >= 3]
    return shorter[0] if len(shorter) == 1 else without_province(village)


def _outranks(source: str, chosen: str) -> bool:
    """Whether ``source`` comes before the source the village was taken from (or none was)."""
    order = list(VILLAGE_SOURCE_LABELS)
    return not chosen or order.index(source) < order.index(chosen)


def _several_villages_note(source: str, villages: list[str], plan: SheetPlan) -> str:
    where = f"{VILLAGE_SOURCE_LABELS[source]}中有多个村名（{'、'.join(villages)}），表中没有村名列"
    if plan.village:
        return f"{where}，各行按{VILLAGE_SOURCE_LABELS[plan.village_source]}记为{plan.village}，请核对"
    return f"{where}，无法确定各行属于哪个村，村名留空；可用 --village 或映射文件的 village 指定"


# A 收发存 (数量金额式) ledger of goods: 入库 | 出库 | 结存, each over 数量 | 单价 | 金额. Only what came in was
# bought: what went out was taken from the store (领用), what is left is a balance.
STOCK_IN_PARENTS = frozenset({"入库", "收入", "购入", "购进", "进货", "本期入库", "本月入库"})
STOCK_OUT_PARENTS = frozenset({"出库", "发出", "领用", "本期出库", "本月出库", "本期发出"})
STOCK_BALANCE_PARENTS = frozenset({"结存", "库存", "本期结存", "期末结存", "本月结存"})
STOCK_LEDGER_NOTE = ("按材料收发存明细账读取：“{stock_in}”的金额是购进时付给供应商的钱，记为支出；“{stock_out}”各列是"
                     "物资领用出库、不涉及资金收付，只有出库数额的行不作收支导入；“{balance}”各列是库存余额，不导入")


def _plan_stock_ledger(plan: SheetPlan) -> None:
    """Read a 收发存 ledger (``STOCK_IN_PARENTS``) as the purchases its 入库 columns give: the 出库 and 结存
    columns leave the reading (their 金额 would otherwise stand in for a blank 入库 one, and a 领用 row
    become a payment counted twice, once bought and once used), a row filled only under 出库 is skipped
    (``rowmap``), and what was bought was paid out. A cash book's 收入 | 支出 | 结余 has no 出库 or 结存."""
    parents = [normalize_header(parent) for parent in plan.layout.parents]
    found = set(parents)
    stock_in, stock_out = found & STOCK_IN_PARENTS, found & STOCK_OUT_PARENTS
    balance = found & STOCK_BALANCE_PARENTS
    if not (stock_in and stock_out and balance):
        return
    leaving = STOCK_OUT_PARENTS | STOCK_BALANCE_PARENTS
    plan.stock_out_indexes = tuple(index for index, parent in enumerate(parents) if parent in STOCK_OUT_PARENTS)
    plan.columns = [column for column in plan.columns if parents[column.index] not in leaving]
    for field_name in {column.field for column in plan.columns}:
        group = [column for column in plan.columns if column.field == field_name]
        if not any(column.primary for column in group):
            plan.columns[plan.columns.index(group[0])] = replace(group[0], primary=True)
    if not plan.default_direction and not plan.has_direction_column():
        plan.default_direction = "out"
    plan.note = join_notes(plan.note, STOCK_LEDGER_NOTE.format(
        stock_in="、".join(sorted(stock_in)), stock_out="、".join(sorted(stock_out)), balance="、".join(sorted(balance))))


CASH_BOOK_NOTE = "表名是现金日记账、表中没有结算方式一栏：各笔收支的结算方式记为“现金”"
_CASH_BOOK = re.compile(r"现金日记账|现金账|库存现金")
_OTHER_BOOK = re.compile(r"银行|存款|对账单|流水|序时账|明细账|收支|凭证")


def _book_method(title: str, sheet: str, stem: str) -> str | None:
    """"现金" when the first of title, sheet and file name that names a book names the cash journal.

    Every entry of a 现金日记账 is paid or received in cash, yet such journals rarely have a
    结算方式 column. A name that also says 银行 or 收支 ("现金银行日记账", the sample's 现金日记账.csv
    titled 银行存款日记账) leaves the method unknown, and so does a file named for several books.
    """
    for name in (title, sheet, stem):
        if _OTHER_BOOK.search(name):
            return None
        if _CASH_BOOK.search(name):
            # "旅游收入及现金日记账.xlsx": a workbook of several books says nothing of a sheet (门票分成)
            # whose own name and title did not name the cash journal.
            return None if name == stem and _SEVERAL_BOOKS.search(stem) else "现金"
    return None


_SEVERAL_BOOKS = re.compile(r"[及和与、]")


def _sheet_direction(*names: str) -> str | None:
    """'in' or 'out' for a book of one side: the first of the sheet name, the title and the file name
    that names one side and not the other decides (a workbook "收据登记与报账汇总" holds a 收款登记
    sheet and a 支出报账 sheet: each says its own side)."""
    for name in names:
        # The township's 报账中心 keeps every book of the village, income too: its name says no direction.
        name = name.replace("报账中心", "")
        spends = any(word in name for word in EXPENSE_SHEET_WORDS)
        earns = any(word in name for word in INCOME_SHEET_WORDS)
        if spends != earns:
            return "out" if spends else "in"
        if spends and earns:
            return None  # 收支明细: both sides
    return None


def _outflow_list_note(*names: str) -> str | None:
    """The note of a list of money paid out (see ``OUTFLOW_LISTS``) when the first of the sheet name,
    the title and the file name that says anything of it names one; None otherwise."""
    for name in names:
        if any(word in name for word in INCOME_SHEET_WORDS + _BACK_WORDS) or name_side(name) == BORROWED:
            return None  # a 借入款 sheet of a file "债务及出借资金台账": money that came in
        for words, note in OUTFLOW_LISTS:
            if any(word in name for word in words):
                return note
    return None


def _plan_loan_register(plan: SheetPlan, sheet: str, title: str, stem: str) -> None:
    """A register of loans read as contracts (``importers.loans``): each is filed under 借款（借入） or
    借款（出借）, as the sheet's names or its party column say, and the note says which and why."""
    side = loan_side(sheet, title, stem, plan.primary_header("counterparty"))
    plan.default_category = loan_category(side)
    plan.note = join_notes(register_note(side), plan.note)


def _plan_loan_list(plan: SheetPlan, sheet: str, title: str, stem: str) -> None:
    """The direction of a list of loans or repayments booked as payments, with no column of the money's side:
    money borrowed comes in (``loans.borrowed_list_note``), a repayment goes out to the village's lender or
    comes in from its borrower (``loans.repayment_side``). Money lent is an outflow list (OUTFLOW_LISTS)."""
    borrowed = borrowed_list_note(sheet, title, stem)
    if borrowed:
        plan.default_direction = "in"
        plan.note = join_notes(plan.note, borrowed)
        return
    repaid = repayment_side((sheet, title, stem), plan.primary_header("counterparty"))
    if repaid:
        plan.default_direction, note = repaid
        plan.note = join_notes(plan.note, note)


def _plan_spending(plan: SheetPlan, sheet: str, title: str, stem: str, people_paid: bool) -> None:
    """A spending register (``importers.spending``): a 接待 register, a purchase naming its shop, a register of
    costs paid to a 收款单位 are money out; a purchase's recipients (发放对象) are no fallback payee; a
    reimbursement register with no payee column pays its 报销人 back."""
    if is_shop_header(plan.primary_header("counterparty")):
        plan.columns = [column for column in plan.columns
                        if column.field != "counterparty" or column.primary or not is_recipient_header(column.header)]
    _claimant_as_party(plan)
    party = plan.primary_header("counterparty")
    undirected = not (plan.default_direction or plan.has_direction_column() or people_paid)
    note = spending_note((sheet, title, stem), party) if undirected else None
    if note:
        plan.default_direction = "out"
    plan.note = join_notes(plan.note, note, venue_note(party, plan.names()), shop_note(party, plan.names()))


def _plan_approval(plan: SheetPlan, where: tuple[str, str, str], amount_overridden: bool) -> None:
    """An approval app's export (``importers.approvals``): its rejected, withdrawn and pending requests are
    skipped, its requests with no 付款日期 dated by their 完成时间, its node rows no payments."""
    plan.approval = approval_sheet(plan.layout.names, where, plan.primary_header("date"),
                                   plan.primary_header("counterparty"))
    if plan.approval is None:
        return
    expected = plan.primary_column("date")
    if expected is not None and is_expected_date(expected.header):
        plan.columns = [column for column in plan.columns if column.index != expected.index]
        plan.note = join_notes(plan.note, EXPECTED_DATE_NOTE.format(header=expected.header))
    plan.note = join_notes(plan.note, approval_note(plan.approval, plan.primary_header("amount")
                                                        or plan.primary_header(EXPENSE), amount_overridden))


def _claimant_as_party(plan: SheetPlan) -> None:
    """The 报销人 of a reimbursement register with no payee column is also its counterparty: the money was paid
    back to them (CLAIMANT_NOTE)."""
    if plan.primary_column("counterparty") is not None:
        return
    claimant = next((column for column in plan.columns if column.field == "handler"
                     and is_claimant_header(column.header)), None)
    if claimant is None:
        return
    plan.columns = sorted(plan.columns + [replace(claimant, field="counterparty", primary=True, joined=False)],
                          key=lambda c: c.index)
    plan.note = join_notes(plan.note, CLAIMANT_NOTE.format(header=claimant.header))


def _invoice_register_reason(plan: SheetPlan, *names: str) -> str | None:
    """Why a sheet with no direction lists claims paid (``INVOICE_REGISTER_WORDS``, ``CLAIM_HEADERS``): the
    first of the sheet name, the title and the file name that names an invoice register, else a claim
    column; None when a name says income or another register (``NOT_PAID_INVOICE_WORDS``)."""
    if any(word in name for name in names for word in INCOME_SHEET_WORDS + NOT_PAID_INVOICE_WORDS):
        return None
    for name in names:
        word = next((word for word in INVOICE_REGISTER_WORDS if word in name), None)
        if word:
            return f"表名写明“{word}”"
    claim = next((name for name in plan.names() if header_base(name.rpartition("/")[2]) in CLAIM_HEADERS), None)
    return f"表中有“{claim}”列" if claim else None


def _is_card_spending(*names: str) -> bool:
    """Whether the first of the sheet name, the title and the file name that names a card names a
    list of what it paid (see ``CARD_SPENDING``)."""
    for name in names:
        if any(word in name for word in INCOME_SHEET_WORDS + _BACK_WORDS):
            return False
        if CARD_SPENDING.search(name):
            return True
    return False


def _plan_card_refunds(plan: SheetPlan) -> None:
    """A card spending list with its own 收/支 column: the column gives each row's side, but the bank
    writes a refund's amount negative too ("-320.00", 存入); read as it stands, money in with a negative
    amount would be money going out again."""
    plan.card_spending = True
    plan.refund_column = _trade_type_column(plan)
    plan.note = join_notes(plan.note, CARD_REFUND_SIDE_NOTE)


def _trade_type_column(plan: SheetPlan) -> int | None:
    """The unmapped 交易类型 column of a card list, which says which rows are refunds."""
    return next((index for index, name in enumerate(plan.names())
                 if header_base(name) in _TRADE_TYPE_HEADERS
                 and all(column.index != index for column in plan.columns)), None)


def _card_account_signs(plan: SheetPlan, body: Sequence[Row]) -> str:
    """Why a card list with one amount column is a bank app's account flow, whose minus is money out
    ("-1,280.00" 消费, "+460.00" 退货), not a spending list, whose minus is a refund; "" for a spending list.
    Its first rows say it: more negative amounts than positive ones (a spending list's are its few
    refunds), or a negative beside an amount written with "+" or beside money in that is no refund (结息,
    转入). Read as a spending list, every purchase of such a flow would be money in."""
    amount = plan.primary_column("amount")
    if amount is None:
        return ""
    convert = plan.converter(amount)
    texts = [index for index, name in enumerate(plan.names())
             if index == getattr(plan.primary_column("summary"), "index", None)
             or header_base(name) in _TRADE_TYPE_HEADERS]
    negative = positive = 0
    plus = income_word = False
    for row in body:
        cell = row[amount.index] if amount.index < len(row) else None
        try:
            number = None if values.is_blank(cell) else convert(cell)
        except values.ValueProblem:
            continue
        if not number:
            continue
        negative, positive = negative + (number < 0), positive + (number > 0)
        plus = plus or (isinstance(cell, str) and cell.strip()[:1] in "+＋")
        income_word = income_word or any(type(row[index]) is str and any(word in row[index]
                                                                          for word in CARD_ACCOUNT_IN_WORDS)
                                         for index in texts if index < len(row))
    if negative > positive:
        return f"前几行负数 {negative} 笔、正数 {positive} 笔"
    if negative and plus:
        return "金额前写有“+”“-”号"
    if negative and income_word:
        return "有结息、转入等收入"
    return ""


def _plan_card_spending(plan: SheetPlan) -> None:
    """A card spending list's rows are money out, its refunds money in (``rowmap`` reads each row's
    交易类型 and sign); a bank's signed amounts do not apply to it."""
    plan.card_spending = True
    plan.default_direction = "out"
    plan.signed_amounts = False
    plan.refund_column = _trade_type_column(plan)
    plan.note = join_notes(plan.note, CARD_SPENDING_NOTE)


REMARK_HEADERS = frozenset({"备注", "备注说明", "交易备注", "收款备注", "付款备注"})
"""Headers of a remark column that a payment sheet without 摘要 fills with what each sum was for: a merchant
portal's 聚合收款码 flow writes "停车费", "水费 户号0312 李国华" there and nowhere else."""
REMARK_SUMMARY_NOTE = "表中没有摘要（用途）列：各笔的摘要取自“{header}”列"


def _remark_as_summary(plan: SheetPlan) -> str:
    """A payment sheet with no 摘要, 用途 or 商品 column says what each sum was for in its 备注, if anywhere:
    read as the summary (and so as the payer a 摘要 names, ``RowMapper.party_from_books``), its rows are
    told apart; left out, every row of a 收款码 flow would read the same. The note says where it came from.
    A 发放表's or 收缴登记表's 备注 ("部分交纳", "缓交") remarks on the household, not on the money: their
    summary is what the title says is paid or collected (``default_summary``)."""
    decision = plan.decision
    if any(column.field == "summary" for column in plan.columns) \
            or (decision and (decision.payout or decision.collection)):
        return ""
    mapped = {column.index for column in plan.columns}
    index = next((index for index, name in enumerate(plan.names())
                  if header_base(name) in REMARK_HEADERS and index not in mapped), None)
    if index is None:
        return ""
    header = plan.names()[index]
    plan.columns = sorted(plan.columns + [ColumnMap(index, header, "summary")], key=lambda column: column.index)
    return REMARK_SUMMARY_NOTE.format(header=header)


def _transaction_date_note(plan: SheetPlan) -> str:
    """The note of a payment sheet dated both by the transaction (交易日期) and by the bank's posting
    (记账日期): which one the date is (``kinds.TRANSACTION_DATE``)."""
    date_column = plan.primary_column("date")
    if date_column is None or not is_dated_as(TRANSACTION_DATE, date_column.header):
        return ""
    posting = next((column for column in plan.columns if column.field == "date" and not column.primary
                    and is_dated_as(POSTING_DATE, column.header)), None)
    if posting is None:
        return ""
    return TRANSACTION_DATE_NOTE.format(transaction=date_column.header, posting=posting.header)


# Who paid money in (交款单位（人）, 缴款人, 付款单位) and who took it (收款人, 领款单位), as a receipt
# or a bank slip heads them; a bracket may say it ("开票人（收款人）").
_PAYER_PARTY = re.compile(r"(?<!收/)(?<!收)(?:交款|缴款|交费|缴费|付款)(?:人|单位|方)")
_PAYEE_PARTY = re.compile(r"(?:收款|领款|受款)(?:人|单位|方)")


def _payer_as_party(plan: SheetPlan, body: Sequence[Row], collection: bool = False) -> None:
    """In a book of money received (收款收据使用登记簿, 收入明细), the one who paid is the other party;
    a 收款人 beside 交款单位 is the village's own cashier who signed every receipt, who would else
    stand as the party of every entry (and as a cadre dealing with the village). The payee column
    becomes the handler when the sheet has none, else stays in the raw row. A book of money paid out,
    or one of both sides, keeps the payee: there the 收款人 is the other party.

    A book whose name says it holds money received is one; so is a book that no name or column
    gives a side, with a receipt form's 交款单位 or 缴款人 (not a bank slip's 付款单位) and one and
    the same 收款人 on every entry: a 收支登记 that fills 交款人 on its receipts and 收款人 on its
    payments keeps both, the payee first. So is a 收缴登记表 (``kinds.is_collection_list``: 一事一议
    筹资花名册, 水费收缴台账), whose household column (户主姓名, 农户姓名) names the payer: its 收款人 is
    the group's collector, the same few names on forty households' rows."""
    parties = [column for column in plan.columns if column.field == "counterparty" and not column.from_mapping]
    payers = [column for column in parties if _side_of(column) == "payer" or (collection and _side_of(column) is None)]
    payees = [column for column in parties if _side_of(column) == "payee"]
    if not payers or not payees:
        return
    receipt_form = any(not normalize_header(column.header).startswith("付款") for column in payers)
    undirected = plan.default_direction is None and not plan.has_direction_column()
    payer = min(payers, key=lambda column: column.index)
    collected = collection and _side_of(payer) is None and _payee_beside_payer(body, payer, payees)
    if not (collected or plan.default_direction == "in" or
            (receipt_form and undirected and all(_one_name(body, column.index) for column in payees))):
        return
    for column in parties:
        column.primary = column is payer
    has_handler = any(column.field == "handler" for column in plan.columns)
    for column in payees:
        if not has_handler and normalize_header(column.header).endswith("人"):
            column.field, column.primary, has_handler = "handler", True, True
    plan.columns = [column for column in plan.columns if column not in payees or column.field == "handler"]
    where = "记为经手人" if any(column.field == "handler" for column in payees) else "保留在原始数据里"
    # A receipt form's 交款单位 keeps the receipt book's words; a household column, the register's.
    note = COLLECTOR_NOTE if _side_of(payer) is None else PAYER_NOTE
    plan.note = join_notes(plan.note, note.format(payer=payer.header, payee=payees[0].header, where=where))


def _payee_beside_payer(body: Sequence[Row], payer: ColumnMap, payees: Sequence[ColumnMap]) -> bool:
    """Whether every entry that names a payee names its payer too: a collector signs beside the
    household that paid him, while a 收支登记 of both sides fills 收款人 only on its payments."""
    def filled(row: Row, index: int) -> bool:
        text = values.clean_text(row[index]) if index < len(row) else ""
        return bool(text) and not _TOTAL_LABEL.search(text)
    return all(filled(row, payer.index) for row in body for column in payees if filled(row, column.index))


def _one_name(body: Sequence[Row], index: int) -> bool:
    """Whether a column holds one and the same name on every filled row, and on two rows at least."""
    names = _entry_texts(body, index)
    return len(names) >= 2 and len(set(names)) == 1


def _side_of(column: ColumnMap) -> str | None:
    """'payer' or 'payee' for a column that names one side only; None for 收/付款人 and any other."""
    header = normalize_header(column.header)
    payer, payee = bool(_PAYER_PARTY.search(header)), bool(_PAYEE_PARTY.search(header))
    if payer == payee:
        return None
    return "payer" if payer else "payee"


def _likely_header_texts(head: Sequence[tuple[int, Row]]) -> list[str]:
    """The texts of the row that most looks like a header, to show the user what was found."""
    best: list[str] = []
    for _, row in head:
        texts = [" ".join(v.split()) for v in row if isinstance(v, str) and v.strip() and not is_data_value(v)]
        texts = list(dict.fromkeys(texts))
        if len(texts) > len(best):
            best = texts
    return best


def _shorten(headers: list[str], limit: int = 12) -> str:
    shown = "、".join(headers[:limit])
    return shown + ("…" if len(headers) > limit else "") if shown else "（没有文字表头）"


def _unrecognized_note(what: str, headers: list[str], hidden: bool) -> str:
    prefix = "隐藏工作表，" if hidden else ""
    return f"{prefix}{what}（找到：{_shorten(headers)}）；请用 --mapping 指定列"


def _undecided_note(decision: KindDecision, headers: list[str], hidden: bool,
                    mapping: Mapping | None) -> str:
    prefix = "隐藏工作表，" if hidden else ""
    best = decision.candidates[0] if decision.candidates else None
    if mapping and mapping.kind and best is not None:
        return (f"{prefix}按映射文件的类型“{KIND_LABELS[mapping.kind]}”导入时{best.missing or '列不足'}"
                f"（找到：{_shorten(headers)}）；请在映射文件 [columns] 中补上")
    closest = ""
    if best is not None and best.score > 0:
        reason = f"，{best.missing}" if best.missing else ""
        closest = f"；最接近“{kind_label(best.kind)}”{reason}"
    return f"{prefix}无法判断表格类型（找到表头：{_shorten(headers)}{closest}）；请用 --mapping 指定 kind 和列"


def column_name(plan: SheetPlan, index: int) -> str:
    names = plan.names()
    if index < len(names) and names[index]:
        return names[index]
    return f"列{column_letter(index)}"


__all__ = ["SheetPlan", "body_filler", "column_name", "fast_text", "money_converter", "parse_direction", "plan_layout",
           "plan_sheet"]
