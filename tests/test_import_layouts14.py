"""Layouts found in blind importer pass 21 (阳光村务 and 村务公开 sheets) that stored wrong values
or left fields empty.

Each test writes a real file and imports it through ``importers.import_paths``, or checks a pure
function on a table:

- a second block whose header repeats the first one's words in another order is another table:
  its rows are reported, never read through the first block's columns;
- a 收支类别 column merged over each block ("收入" over 4 rows) gives the direction, although a
  signature line under the table stands in that column;
- a 资源发包 公开栏's bare 项目 column is the lease's name, 发包形式 its award method;
- 签订对象 and its near wordings are a contract's other party.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.synonyms import match_column
from tests.test_import_support import import_one, records, sheet_of, write_xlsx

# --- a second block with its columns in another order ---------------------------------------------


def test_a_second_header_with_the_columns_reordered_is_another_table(store, tmp_path: Path) -> None:
    """Pass 21: the 村务监督委员会 block's 联系电话 stands where the 两委 block has it one column later;
    its 备注 ("党员") was stored as a phone number."""
    rows = [["前楼村两委成员分工及联系方式"],
            ["一、村“两委”成员"],
            ["序号", "姓名", "职务", "分工", "联系电话"],
            [1, "王建国", "党支部书记、村委会主任", "主持全面工作", 13903941234],
            [2, "李秀英", "村委委员", "妇女、计生", 13603942345],
            ["二、村务监督委员会成员"],
            ["序号", "姓名", "职务", "联系电话", "备注"],
            [1, "赵德胜", "主任", 15803943456, "党员"],
            [2, "孙玉兰", "委员", 13703944567, "村民代表"]]
    report = import_one(store, write_xlsx(tmp_path / "前楼村两委成员分工及联系方式.xlsx", {"分工及联系方式": rows}))
    phones = {r["name"]: r["phone"] for r in records(store, "cadre")}
    assert "党员" not in phones.values() and "村民代表" not in phones.values()
    assert phones == {"王建国": "13903941234", "李秀英": "13603942345",
                      "赵德胜": "15803943456", "孙玉兰": "13703944567"}  # each block read through its own header
    first, second = report.sheets
    assert (first.sheet, first.header_row, first.imported) == ("分工及联系方式", 3, 2)
    assert (second.sheet, second.header_row, second.imported) == ("分工及联系方式", 7, 2)
    assert second.note.startswith("同一工作表中第 7 行起的另一张表")
    assert {r["name"]: r["source"]["row"] for r in records(store, "cadre")}["孙玉兰"] == 9


def test_a_second_header_with_another_column_in_place_is_another_table(store, tmp_path: Path) -> None:
    rows = [["序号", "姓名", "职务", "分工", "联系电话"],
            [1, "王建国", "书记", "全面工作", 13903941234],
            ["序号", "姓名", "职务", "备注", "联系电话"],
            [1, "赵德胜", "监委会主任", "党员", 15803943456]]
    report = import_one(store, write_xlsx(tmp_path / "前楼村干部名单.xlsx", {"名单": rows}))
    cadres = {r["name"]: (r["phone"], r["raw"].get("备注")) for r in records(store, "cadre")}
    assert cadres == {"王建国": ("13903941234", None), "赵德胜": ("15803943456", "党员")}
    assert [sheet.header_row for sheet in report.sheets] == [1, 3]


def test_a_header_repeated_in_the_same_order_still_reads_the_rows_below(store, tmp_path: Path) -> None:
    header = ["序号", "姓名", "职务", "分工", "联系电话"]
    rows = [header, [1, "王建国", "书记", "全面", 13903941234],
            header, [2, "李秀英", "委员", "妇女", 13603942345]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "前楼村干部名单.xlsx", {"名单": rows})))
    assert [r["phone"] for r in records(store, "cadre")] == ["13903941234", "13603942345"]
    assert [s["row"] for s in sheet.skipped] == [3]


# --- a 收支类别 column merged over each block ----------------------------------------------------------


def test_a_merged_income_expense_category_column_gives_the_direction(store, tmp_path: Path) -> None:
    """Pass 21: the 监委会 signature merged across the row under the table put its text in the
    收支类别 column, so the column was not taken for the direction."""
    rows = [["大王村2023年第二季度财务收支公开"],
            ["收支类别", "日期", "摘要", "金额（元）", "收（付）款单位", "备注"],
            ["收入", "2023.4.5", "收集体建设用地租金", 24000, "临泉县宏远农业发展有限公司", None],
            [None, "2023.5.25", "收前庄机动地承包费", 9800, "李红军", None],
            ["支出", "2023.4.12", "购买办公设备", 2350, "阜阳市颍州区蓝天办公设备经营部", None],
            [None, "2023.5.8", "支付保洁员工资", 4500, "张秀兰", None],
            ["收入合计", None, None, 33800, None, None],
            ["支出合计", None, None, 6850, None, None],
            ["村务监督委员会：王守礼（签字）"]]
    merges = {"财务收支公开": ["A1:F1", "A3:A4", "A5:A6", "A9:F9"]}
    import_one(store, write_xlsx(tmp_path / "大王村2023年二季度村务公开.xlsx", {"财务收支公开": rows},
                                 merges=merges))
    assert [r["direction"] for r in records(store, "payment")] == ["in", "in", "out", "out"]


# --- a 资源发包 公开栏: 项目 and 发包形式 --------------------------------------------------------------


def test_a_lease_list_names_its_parcels_under_a_bare_item_column(store, tmp_path: Path) -> None:
    rows = [["李家庄村集体资源发包公开"],
            ["项目", "面积（亩）", "承包人", "承包金（元/年）", "承包期限", "发包形式"],
            ["东岭地块", 32, "李传军", 6400, "2019年1月至2028年12月", "公开竞价"],
            ["西洼机动地", 18.2, "李成军", 7280, "2021年1月至2025年12月", "公开协商"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "李家庄村阳光村务公开资料2023.xlsx", {"资源发包": rows})))
    assert [(r["name"], r["procurement"]) for r in records(store, "resource")] == \
        [("东岭地块", "公开竞价"), ("西洼机动地", "公开协商")]
    assert "“项目”作" in sheet.note


def test_a_bare_item_column_beside_a_resource_name_is_no_name(store, tmp_path: Path) -> None:
    rows = [["资源名称", "项目", "面积（亩）", "承包人", "承包金（元/年）"],
            ["东岭地块", "土地发包", 32, "李传军", 6400]]
    import_one(store, write_xlsx(tmp_path / "李家庄村资源发包台账.xlsx", {"资源发包": rows}))
    assert [r["name"] for r in records(store, "resource")] == ["东岭地块"]


@pytest.mark.parametrize("header", ["发包形式", "承包形式", "出租形式", "流转形式", "交易形式"])
def test_the_form_of_an_award_is_a_leases_procurement(header: str) -> None:
    found = match_column("", header, "resource")
    assert found is not None and found.field == "procurement"


# --- 签订对象 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["签订对象", "签订单位", "合同签订对象", "合同对象"])
def test_the_party_a_contract_was_signed_with_is_its_counterparty(header: str) -> None:
    found = match_column("", header, "contract")
    assert found is not None and found.field == "counterparty"


def test_a_contract_list_under_signed_with_reads_its_counterparty(store, tmp_path: Path) -> None:
    rows = [["合同名称", "签订对象", "合同金额（元）", "签订日期", "履约期限"],
            ["村内道路维修合同", "兰陵县鑫源建筑工程有限公司", 86000, "2023.7.15", "2023.7.20至2023.9.10"]]
    import_one(store, write_xlsx(tmp_path / "李家庄村阳光村务公开资料2023.xlsx", {"合同公开": rows}))
    assert [r["counterparty"] for r in records(store, "contract")] == ["兰陵县鑫源建筑工程有限公司"]
