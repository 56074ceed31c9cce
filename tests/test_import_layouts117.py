"""Layouts of blind set qa117 (village works paid over years) that used to be misread:

- a 农民工工资代发花名册 whose line above the header labels the day of payment ("代发日期：2023年1月18日",
  转账日期, 打款日期) left its rows undated: that day is each row's date, with a note; a title's bare month
  ("2023年1月工资") is still a period, not a payment day;
- a project's 工程款支付台账 without a 收款单位 column names its contractor only above the header
  ("施工单位：衢州市恒达建筑工程有限公司"): its payments had no payee. That organisation is the party of every
  row without one of its own (with a note), not of a row paid on its behalf to others (代发农民工工资), and a
  row whose 摘要 names another payee keeps that one. 编制单位, 填报单位, 建设单位 (the village), 单位：元, a
  person or two companies give no party, nor does the line where a column names the payee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.plan import PAYOUT_UNDATED_NOTE
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx

# --- A: a 代发花名册's labelled day of payment ------------------------------------------------------------


def _roster_rows(second_line: list[object], title: str = "王家堡村村道硬化工程农民工工资代发花名册") -> list[list[object]]:
    return [[title],
            second_line,
            ["序号", "姓名", "身份证号码", "工种", "实发工资", "银行卡号", "本人签字"],
            [1, "王德贵", "330822196201011001", "泥工", "5760.00", "6230618402315789013", ""],
            [2, "王建平", "33082219630208113X", "泥工", "7360.00", "6230618402323708150", ""],
            ["合计", "", "", "", "13120.00", "", ""]]


def _dated(store) -> list[tuple[str | None, float, str | None]]:
    return [(p["date"], p["amount"], p["counterparty"]) for p in records(store, "payment")]


def test_a_wage_roster_is_dated_by_its_labelled_day_of_payment(store, tmp_path: Path) -> None:
    """The blind set's csv (GBK): the day sits in the middle of the line beside the contractor and the unit;
    the contractor named there is no party of a roster, whose 姓名 column names each worker."""
    rows = _roster_rows(["施工单位：浙江通衢建设有限公司", "", "", "代发日期：2023年1月18日", "", "单位：元", ""])
    path = write_csv(tmp_path / "村道硬化工程农民工工资代发花名册.csv", rows, encoding="gbk")
    sheet = sheet_of(import_one(store, path))
    assert _dated(store) == [("2023-01-18", 5760.0, "王德贵"), ("2023-01-18", 7360.0, "王建平")]
    assert "代发日期" in sheet.note and "2023-01-18" in sheet.note
    assert PAYOUT_UNDATED_NOTE not in sheet.note
    assert "施工单位" not in sheet.note


@pytest.mark.parametrize(("line", "day"), [("转账日期：2024-03-05", "2024-03-05"), ("打款日期: 2024.3.5", "2024-03-05"),
                                           ("代发时间：2024年1月26日", "2024-01-26")])
def test_other_labels_of_the_day_of_payment(store, tmp_path: Path, line: str, day: str) -> None:
    rows = _roster_rows([f"施工单位：衢州市恒达建筑工程有限公司　　{line}　　单位：元"])
    import_one(store, write_xlsx(tmp_path / "文化礼堂工程代发工资花名册.xlsx", {"花名册": rows}))
    assert {p["date"] for p in records(store, "payment")} == {day}


def test_a_title_that_says_the_day_was_the_payment_day(store, tmp_path: Path) -> None:
    rows = _roster_rows(["单位：元"], title="村道硬化工程农民工工资花名册（2023年1月18日代发）")
    import_one(store, write_xlsx(tmp_path / "农民工工资花名册.xlsx", {"花名册": rows}))
    assert {p["date"] for p in records(store, "payment")} == {"2023-01-18"}


def test_look_alike_a_title_month_stays_a_period(store, tmp_path: Path) -> None:
    """"2023年1月工资" and the day the form was drawn up (制表日期) name no day of payment: rows stay undated."""
    rows = _roster_rows(["施工单位：浙江通衢建设有限公司　　制表日期：2023年2月3日　　单位：元"],
                        title="王家堡村2023年1月农民工工资代发花名册")
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "2023年1月工资表.xlsx", {"花名册": rows})))
    assert {p["date"] for p in records(store, "payment")} == {None}
    assert PAYOUT_UNDATED_NOTE in sheet.note


def test_look_alike_a_date_column_beats_the_labelled_day(store, tmp_path: Path) -> None:
    """A roster with its own 发放日期 column (the blind set's second csv) is dated row by row."""
    rows = [["代发日期：2024年1月1日"],
            ["序号", "姓名", "身份证号码", "实发工资", "发放日期"],
            [1, "毛建新", "330822196404224517", 7480, "2024.1.26"],
            [2, "王德贵", "330822196201011001", 5760, "2024.1.27"]]
    import_one(store, write_xlsx(tmp_path / "文化礼堂工程代发工资花名册2024.1.xlsx", {"Sheet1": rows}))
    assert [p["date"] for p in records(store, "payment")] == ["2024-01-26", "2024-01-27"]


# --- B: the contractor named above a 工程款支付台账's header -----------------------------------------------


def _ledger_rows(info: str, remarks: tuple[str | None, ...] = (None, None, "代发22人，见花名册", None)
                 ) -> list[list[object]]:
    return [["王家堡村文化礼堂提升改造工程 工程款支付台账"],
            [info],
            ["序号", "付款日期", "款项性质", "本次支付金额", "累计支付", "凭证号", "备注"],
            [1, "2023-03-10", "预付款", 260400, 260400, "记-12", remarks[0]],
            [2, "2023-06-28", "进度款", 200000, 460400, "记-30", remarks[1]],
            [3, "2024-01-26", "代发农民工工资", 109420, 569820, "记-5", remarks[2]],
            [4, "2024-09-12", "结算款", 97017, 666837, "记-40", remarks[3]],
            ["小计", "", "", 666837, "", "", ""]]


def _parties(store) -> list[str | None]:
    return [p["counterparty"] for p in records(store, "payment")]


def _import_ledger(store, tmp_path: Path, rows: list[list[object]]):
    return sheet_of(import_one(store, write_xlsx(tmp_path / "王家堡村工程款支付台账.xlsx", {"文化礼堂": rows})))


def test_the_contractor_above_the_header_is_each_payments_party(store, tmp_path: Path) -> None:
    """The 代发 row's money went to the workers: it keeps no party, and the note says why."""
    sheet = _import_ledger(store, tmp_path, _ledger_rows("施工单位：衢州市恒达建筑工程有限公司　　合同价：86.8万元　　审定价：84.21万元"))
    party = "衢州市恒达建筑工程有限公司"
    assert _parties(store) == [party, party, None, party]
    assert "施工单位：衢州市恒达建筑工程有限公司" in sheet.note and "3 行" in sheet.note
    assert "代发" in sheet.note


@pytest.mark.parametrize("label", ["承包单位：", "乙方：", "中标单位: "])
def test_other_labels_of_the_contractor(store, tmp_path: Path, label: str) -> None:
    _import_ledger(store, tmp_path, _ledger_rows(f"{label}江山市华洋市政工程有限公司    单位：元"))
    assert _parties(store) == ["江山市华洋市政工程有限公司", "江山市华洋市政工程有限公司", None,
                               "江山市华洋市政工程有限公司"]


def test_a_payee_named_in_the_summary_beats_the_contractor(store, tmp_path: Path) -> None:
    """The audit fee paid from the project's ledger went to the audit firm its 摘要 names; the 代发 row is
    known by its 款项性质 cell even with no 备注."""
    rows = _ledger_rows("施工单位：衢州市恒达建筑工程有限公司",
                        remarks=(None, "支付衢州正信工程造价咨询有限公司结算审计费", None, None))
    _import_ledger(store, tmp_path, rows)
    assert _parties(store) == ["衢州市恒达建筑工程有限公司", "衢州正信工程造价咨询有限公司", None, "衢州市恒达建筑工程有限公司"]


@pytest.mark.parametrize("info", [
    "编制单位：王家堡村股份经济合作社　　单位：元",
    "填报单位：清溪镇人民政府　　单位：元",
    "建设单位：王家堡村　　单位：万元",
    "乙方：王建国",
    "乙方：衢州市恒达建筑工程有限公司、江山市华洋市政工程有限公司",
    "施工单位：衢州市恒达建筑工程有限公司　　承包单位：江山市华洋市政工程有限公司",
])
def test_look_alike_lines_that_name_no_contractor(store, tmp_path: Path, info: str) -> None:
    """Who drew up the sheet, the village itself, the unit, a person, or two different firms: no party is read."""
    sheet = _import_ledger(store, tmp_path, _ledger_rows(info, remarks=(None, None, None, None)))
    assert _parties(store) == [None, None, None, None]
    assert "表头上方" not in sheet.note


def test_look_alike_a_payee_column_is_read_as_written(store, tmp_path: Path) -> None:
    """With a 收款单位 column the line above the header adds nothing: the 代发 row keeps what its cell says,
    a blank cell stays blank."""
    rows = [["王家堡村村道硬化及排水沟工程工程款支付台账"],
            ["施工单位：浙江通衢建设有限公司    合同编号：WJB-GC-2022-03    合同金额：1286500.00元"],
            ["序号", "付款日期", "付款类别", "摘要", "收款单位", "本次支付金额", "凭证号"],
            [1, "2022-06-20", "预付款", "支付村道硬化工程预付款", "浙江通衢建设有限公司", 385950, "记-23"],
            [2, "2023-01-18", "代发农民工工资", "代发农民工工资28人", "农民工28人（代发）", 206930, "记-6"],
            [3, "2023-08-10", "结算款", "按审定价97%支付结算款", None, 117987, "记-37"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "王家堡村工程款支付台账.xlsx", {"村道硬化": rows})))
    assert _parties(store) == ["浙江通衢建设有限公司", "农民工28人（代发）", None]
    assert "表头上方" not in sheet.note
