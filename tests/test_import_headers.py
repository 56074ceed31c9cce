"""Header detection, synonym matching, kind detection and village names."""

from __future__ import annotations

import pytest

from importers.headers import MergeFiller, column_letter, find_header
from importers.kinds import assign_columns, detect_kind
from importers.synonyms import match_column, match_text
from importers.villages import find_village, find_villages, village_from_cell


def numbered(rows):
    return [(i + 1, list(r)) for i, r in enumerate(rows)]


def test_header_under_title_and_unit_lines() -> None:
    layout = find_header(numbered([
        ["石桥村2022年合同台账", "", "", ""],
        ["填报单位：石桥村股份经济合作社", "", "单位：万元", ""],
        ["", "", "", ""],
        ["序号", "合同编号", "乙方单位", "合同金额"],
        [1, "HT-1", "宏达", 12.5],
    ]))
    assert layout is not None
    assert (layout.first_row, layout.last_row) == (4, 4)
    assert layout.names == ["序号", "合同编号", "乙方单位", "合同金额"]
    assert layout.village == "石桥村" and layout.unit == "wan" and layout.year == 2022
    assert layout.title == "石桥村2022年合同台账"


def test_two_row_header_with_merged_parents() -> None:
    rows = [
        ["项目名称", "金额", "", "时间", "", "进展"],
        ["", "预算金额", "合同金额", "开工日期", "竣工日期", ""],
        ["村道", 10, 9, "2021.3.1", "2021.5.1", "完工"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    filler = MergeFiller(merges)
    filled = [(n, filler.fill(n - 1, r)) for n, r in numbered(rows)]
    layout = find_header(filled)
    assert (layout.first_row, layout.last_row) == (1, 2)
    assert layout.names == ["项目名称", "金额/预算金额", "金额/合同金额", "时间/开工日期", "时间/竣工日期", "进展"]
    fields = {c.header: c.field for c in assign_columns("project", layout.parents, layout.children, layout.names)}
    assert fields == {"项目名称": "name", "金额/预算金额": "budget", "金额/合同金额": "amount",
                      "时间/开工日期": "started_on", "时间/竣工日期": "finished_on", "进展": "status"}


def test_parent_row_above_the_best_row() -> None:
    """'2021年' over 月/日 and '金额' over 借方/贷方: the child row scores higher."""
    rows = [
        ["东岭村现金日记账", "", "", "", "", ""],
        ["2021年", "2021年", "凭证号", "摘要", "金额", "金额"],
        ["月", "日", "凭证号", "摘要", "借方", "贷方"],
        [1, 5, "记-1", "收到承包金", 3000, ""],
    ]
    layout = find_header(numbered(rows))
    assert (layout.first_row, layout.last_row) == (2, 3)
    assert layout.names == ["2021年/月", "2021年/日", "凭证号", "摘要", "金额/借方", "金额/贷方"]
    assert layout.year == 2021


def test_two_row_header_without_merge_information() -> None:
    """A csv has no merges: blanks in the parent row and children in the next row."""
    layout = find_header(numbered([
        ["日期", "摘要", "金额", "", "余额"],
        ["", "", "借方", "贷方", ""],
        ["2021-01-05", "收到承包金", "3000", "", "3000"],
    ]))
    assert (layout.first_row, layout.last_row) == (1, 2)
    assert layout.names == ["日期", "摘要", "金额/借方", "贷方", "余额"]


def test_first_data_row_is_not_taken_for_a_child_header() -> None:
    layout = find_header(numbered([["姓名", "职务", "政治面貌"], ["张三", "书记", "党员"]]))
    assert (layout.first_row, layout.last_row) == (1, 1)


def test_no_header_found() -> None:
    assert find_header(numbered([["随便写的", "一些字"], [1, 2], [3, 4]])) is None


def test_mapping_headers_count_as_known() -> None:
    rows = numbered([["标题"], ["甲栏", "乙栏", "丙栏"], ["a", 1, 2]])
    assert find_header(rows) is None
    layout = find_header(rows, extra_headers=["甲栏", "乙栏"])
    assert layout.last_row == 2


def test_forced_header_row() -> None:
    layout = find_header(numbered([["a", "b"], ["姓名", "职务"], ["x", "y"]]), forced_row=1)
    assert layout.last_row == 1 and layout.names == ["a", "b"]


def test_merge_filler_fills_body_but_not_exempt_money_columns() -> None:
    filler = MergeFiller([(1, 0, 3, 0), (1, 2, 2, 2)])
    filler.exempt_columns = frozenset({2})
    filler.exempt_from_row = 1
    rows = [["村名", "摘要", "金额"], ["石桥村", "a", 100], ["", "b", ""], ["", "c", 5]]
    out = [filler.fill(i, list(r)) for i, r in enumerate(rows)]
    assert [r[0] for r in out] == ["村名", "石桥村", "石桥村", "石桥村"]
    assert [r[2] for r in out] == ["金额", 100, "", 5]


@pytest.mark.parametrize("index,letter", [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
def test_column_letters(index: int, letter: str) -> None:
    assert column_letter(index) == letter


# --- synonyms ---------------------------------------------------------------------------------


@pytest.mark.parametrize("header,kind,field", [
    ("合同金额（万元）", "contract", "amount"),
    ("合同金额(元)", "contract", "amount"),
    ("合 同 金 额", "contract", "amount"),
    ("*合同编号", "contract", "code"),
    ("乙方单位", "contract", "counterparty"),
    ("乙方单位名称", "contract", "counterparty"),
    ("中标单位", "contract", "counterparty"),
    ("合同价款", "contract", "amount"),
    ("签约时间", "contract", "signed_on"),
    ("承包起止", "contract", "term"),
    ("中标单位", "project", "contractor"),
    ("决算金额", "project", "amount"),
    ("村民代表会议日期", "project", "decided_on"),
    ("对方户名", "payment", "counterparty"),
    ("贷方发生额（支出）", "payment", "expense"),
    ("贷方发生额(收入)", "payment", "income"),
    ("借方发生额", "payment", "debit"),
    ("本次付款金额（元）", "payment", "expense"),
    ("凭证字号", "payment", "voucher"),
    ("附单据张数", "payment", "attachments"),
    ("年租金（元/亩）", "resource", "unit_price"),
    ("年租金（万元）", "resource", "amount"),
    ("面积（亩）", "resource", "area"),
    ("承包期限", "resource", "term"),
    ("资产原值", "asset", "amount"),
    ("购建时间", "asset", "acquired_on"),
    ("近亲属情况", "cadre", "relatives"),
    ("村（社区）", "asset", "village"),
    ("核算单位", "payment", "village"),
    ("乙方联系电话", "contract", "ignore"),
    # Synonyms a third QA pass met in unseen files.
    ("购置年月", "asset", "acquired_on"),
    ("承接方", "contract", "counterparty"),
    ("承接方", "resource", "counterparty"),
    ("标的金额", "contract", "amount"),
    ("合同总额（元）", "contract", "amount"),
    ("采购形式", "contract", "procurement"),
    ("交易对手", "payment", "counterparty"),
    ("承建商", "project", "contractor"),
    ("流转价格（元/亩）", "resource", "unit_price"),
    ("配偶及子女", "cadre", "relatives"),
    ("收入项目", "payment", "summary"),
    ("支出项目", "payment", "summary"),
])
def test_header_synonyms(header: str, kind: str, field: str) -> None:
    found = match_text(header, kind)
    assert found is not None and found.field == field


@pytest.mark.parametrize("parent,child,kind,field", [
    ("承包期限", "起", "resource", "started_on"),
    ("承包期限", "止", "resource", "ended_on"),
    ("合同期限", "开始", "contract", "started_on"),
    ("金额", "借方", "payment", "debit"),
    ("2021年", "月", "payment", "month"),
    ("合同", "金额", "contract", "amount"),
    ("乙方", "单位名称", "contract", "counterparty"),
    ("时间", "开工日期", "project", "started_on"),
    ("发生额（支出）", "贷方", "payment", "expense"),
    # A child that only says in which form the parent is written is the parent's column.
    ("合同相对方", "单位名称", "contract", "counterparty"),
    ("合同金额", "小写", "contract", "amount"),
    ("合同金额", "大写", "contract", "amount"),
    ("乙方", "名称", "contract", "counterparty"),
    ("合同相对方", "联系电话", "contract", "ignore"),
])
def test_two_level_headers(parent: str, child: str, kind: str, field: str) -> None:
    found = match_column(parent, child, kind)
    assert found is not None and found.field == field


def test_breakdown_children_are_not_mapped_to_the_whole() -> None:
    assert match_column("资金来源", "财政奖补资金", "project") is None


# --- kinds --------------------------------------------------------------------------------------


def kind_of(headers: list[str], **names: str) -> str | None:
    return detect_kind([""] * len(headers), headers, headers, **names).kind


@pytest.mark.parametrize("headers,kind", [
    (["项目名称", "施工单位", "预算金额", "开工日期", "竣工日期"], "project"),
    (["合同编号", "合同名称", "乙方", "合同金额", "签订日期"], "contract"),
    (["日期", "凭证号", "摘要", "收入", "支出", "余额"], "payment"),
    (["交易日期", "对方户名", "借方发生额", "贷方发生额", "余额"], "payment"),
    (["资产编号", "资产名称", "原值", "购置日期", "使用状况"], "asset"),
    (["地块名称", "面积（亩）", "承包方", "年租金", "承包起止"], "resource"),
    (["姓名", "职务", "联系电话"], "cadre"),
])
def test_kind_from_headers(headers: list[str], kind: str) -> None:
    assert kind_of(headers) == kind


def test_generic_headers_need_a_name_hint() -> None:
    headers = ["名称", "金额", "日期"]
    assert kind_of(headers) is None
    assert kind_of(headers, sheet_name="合同") == "contract"


def test_missing_essential_column_blocks_a_kind() -> None:
    decision = detect_kind([""] * 3, ["日期", "摘要", "凭证号"], ["日期", "摘要", "凭证号"])
    assert decision.kind is None
    assert any(c.kind == "payment" and c.missing for c in decision.candidates)


def test_secondary_field_for_a_second_title_column() -> None:
    headers = ["合同名称", "项目名称", "乙方", "合同金额"]
    columns = {c.header: c.field for c in assign_columns("contract", [""] * 4, headers, headers)}
    assert columns["合同名称"] == "title" and columns["项目名称"] == "project"


def test_mapping_overrides_beat_synonyms() -> None:
    headers = ["甲栏", "合同金额"]
    columns = assign_columns("contract", [""] * 2, headers, headers,
                             overrides={"甲栏": "counterparty", "合同金额": ""})
    assert [(c.header, c.field) for c in columns] == [("甲栏", "counterparty")]


# --- villages -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,village", [
    ("石桥村2022年合同台账", "石桥村"),
    ("青山镇石桥村工程项目台账", "石桥村"),
    ("填报单位：石桥村股份经济合作社", "石桥村"),
    ("石桥村村级工程", "石桥村"),
    ("石桥村委会", "石桥村"),
    ("东风社区居委会2021年收支", "东风社区"),
    ("2022年乡村振兴项目", None),
    ("村级工程台账", None),
    ("新农村建设项目", None),
    ("美丽乡村", None),
    ("青山镇各村资源发包台账", None),
    ("Sheet1", None),
    # 和 (and 于, 共 …) ends a name only as a conjunction: 和平村 is a village of its own.
    ("和平村2021年收支明细", "和平村"),
    ("青山镇和平村工程项目台账", "和平村"),
    ("2021年和平村合同台账", "和平村"),
    ("于家村资源发包台账", "于家村"),
    ("原石桥村小学厂房出租", "石桥村"),
    ("2021年村级工程", None),
    # A villagers' group is no village; a rural bank neither, unlike a village named 惠农村.
    ("镇雄县以勒镇偏坡村大湾村民小组2024年度现金收支账", "偏坡村"),
    ("大湾村民小组收支账", None),
    ("广西农村信用社对公账户交易明细", None),
    ("某某农村商业银行对账单", None),
    ("惠农村集体资产登记表", "惠农村"),
])
def test_village_names(text: str, village: str | None) -> None:
    assert find_village(text) == village


def test_a_conjunction_still_separates_two_villages() -> None:
    assert find_villages("石桥村和马吉村合同台账") == ["石桥村", "马吉村"]
    assert find_villages("石桥村与和平村收支台账") == ["石桥村", "和平村"]
    assert village_from_cell("和平村") == "和平村"


def test_village_cells_keep_unsuffixed_names() -> None:
    assert village_from_cell("石桥村委会") == "石桥村"
    assert village_from_cell(" 石桥 ") == "石桥"
    assert village_from_cell("") is None
