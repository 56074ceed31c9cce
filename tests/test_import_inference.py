"""Columns read by their header's words when the synonym table does not know the header.

Each test writes a real file whose header for the field is in no synonym list (合作开始,
结算对象, 报账单序号 …), imports it through ``importers.import_paths`` and checks:

- the field is read, and the sheet's note names the column and the field it was read as;
- a handler's column (付款审批人), a column of the wrong cells (待定 under 合作开始), a column a
  mapping file names, and a field with two candidate columns are all left unread;
- a header ending in a party noun (收/付对象) is no direction column, though it contains 收/付.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import importers
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

INFERRED = "按表头字面推断读取"


def test_a_contract_term_under_unknown_start_and_end_headers(store, tmp_path: Path) -> None:
    rows = [["合同名称", "乙方", "合同金额", "签订日期", "合作开始", "合作终止"],
            ["保洁服务合同", "兰溪市洁美物业服务有限公司", 48000, dt.date(2023, 1, 5), dt.date(2023, 1, 1),
             "2023.12.31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梨园村合同台账.xlsx", {"合同": rows})))
    [contract] = records(store, "contract")
    assert (contract["started_on"], contract["ended_on"]) == ("2023-01-01", "2023-12-31")
    assert INFERRED in sheet.note and "“合作开始”作" in sheet.note and "“合作终止”作" in sheet.note
    assert sheet.mapping["合作开始"] == "started_on" and sheet.mapping["合作终止"] == "ended_on"


def test_a_payee_under_an_unknown_party_header(store, tmp_path: Path) -> None:
    """结算对象 was only named in a note before; every payment had no counterparty."""
    rows = [["日期", "凭证号", "摘要", "结算对象", "付款审批人", "支出金额"],
            ["2023-03-02", "记-5", "支付路灯维修费", "义乌市光明照明器材经营部", "王强", 2600],
            ["2023-03-09", "记-8", "支付保洁费", "周玉兰", "王强", 800]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "柳河村支出明细.csv", rows)))
    assert [p["counterparty"] for p in records(store, "payment")] == ["义乌市光明照明器材经营部", "周玉兰"]
    assert "“结算对象”作" in sheet.note and "“付款审批人”作" not in sheet.note
    assert "未识别的列：付款审批人" in sheet.note  # left unread, and said so


def test_a_handlers_column_is_never_the_party(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "付款审批人", "支出金额"],
            ["2023-03-02", "支付路灯维修费", "王强", 2600]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "柳河村支出明细.csv", rows)))
    [payment] = records(store, "payment")
    assert payment["counterparty"] is None and INFERRED not in sheet.note


def test_a_slashed_payee_header_is_no_direction_column(store, tmp_path: Path) -> None:
    """Before, 收/付对象 matched the direction word 收/付 it contains: its names were read as directions."""
    rows = [["日期", "凭证号", "摘要", "收/付对象", "收入", "支出"],
            [dt.date(2023, 1, 5), "现收-1", "收到婚庆场地租金", "江山市喜乐婚庆服务部", 1500, None],
            [dt.date(2023, 1, 9), "现付-1", "支付慰问金", "郑小兵", None, 600]]
    import_one(store, write_xlsx(tmp_path / "鹤鸣村现金日记账.xlsx", {"1月": rows}))
    payments = records(store, "payment")
    assert [(p["counterparty"], p["direction"], p["amount"]) for p in payments] == [
        ("江山市喜乐婚庆服务部", "in", 1500.0), ("郑小兵", "out", 600.0)]


def test_a_voucher_under_an_unknown_number_header(store, tmp_path: Path) -> None:
    rows = [["报账日期", "报账单序号", "报账事由", "领款人", "报账金额"],
            [dt.date(2023, 4, 3), "BZ2023-031", "差旅费", "周玉兰", 860],
            [dt.date(2023, 4, 9), "BZ2023-032", "办公用品", "文华办公用品商店", 1240]]
    import_one(store, write_xlsx(tmp_path / "沙湾村报账单登记.xlsx", {"登记": rows}))
    assert [p["voucher"] for p in records(store, "payment")] == ["BZ2023-031", "BZ2023-032"]


def test_cells_that_do_not_fit_the_field_leave_it_unread(store, tmp_path: Path) -> None:
    """A 合作开始 column of 待定 / 按通知 holds no dates, and a 报账单序号 column of amounts no
    voucher numbers: neither is read."""
    contract = [["合同名称", "乙方", "合同金额", "合作开始"],
                ["保洁服务合同", "兰溪市洁美物业服务有限公司", 48000, "待定"],
                ["路灯维修合同", "义乌市光明照明器材经营部", 26000, "按通知"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梨园村合同台账.xlsx", {"合同": contract})))
    assert [c["started_on"] for c in records(store, "contract")] == [None, None]
    assert INFERRED not in sheet.note and not sheet.warnings
    payment = [["报账日期", "报账单序号", "报账事由", "报账金额"],
               [dt.date(2023, 4, 3), 860.5, "差旅费", 860.5]]
    import_one(store, write_xlsx(tmp_path / "沙湾村报账单登记.xlsx", {"登记": payment}))
    assert [p["voucher"] for p in records(store, "payment")] == [None]


def test_two_candidates_are_not_chosen_between(store, tmp_path: Path) -> None:
    rows = [["合同名称", "乙方", "合同金额", "合作开始", "服务开始"],
            ["保洁服务合同", "兰溪市洁美物业服务有限公司", 48000, dt.date(2023, 1, 1), dt.date(2023, 2, 1)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梨园村合同台账.xlsx", {"合同": rows})))
    [contract] = records(store, "contract")
    assert contract["started_on"] is None and INFERRED not in sheet.note


def test_a_column_the_mapping_file_ignores_is_not_inferred(store, tmp_path: Path) -> None:
    rows = [["日期", "摘要", "结算对象", "支出金额"],
            ["2023-03-02", "支付路灯维修费", "义乌市光明照明器材经营部", 2600]]
    mapping_path = tmp_path / "map.toml"
    mapping_path.write_text('kind = "payment"\n[columns]\n"结算对象" = "ignore"\n', encoding="utf-8")
    mapping = importers.load_mapping(mapping_path)
    import_one(store, write_csv(tmp_path / "柳河村支出明细.csv", rows), mapping=mapping)
    [payment] = records(store, "payment")
    assert payment["counterparty"] is None


def test_other_kinds_read_their_own_fields(store, tmp_path: Path) -> None:
    """An asset's 投用日期, a lease's 租用人 / 经营起始 / 经营到期 and a project's 中选单位."""
    assets = [["资产名称", "原值（元）", "投用日期"], ["村办公楼", 860000, dt.date(2012, 6, 1)]]
    leases = [["地块名称", "租用人", "面积（亩）", "年租金（元）", "经营起始", "经营到期"],
              ["东山坡", "李建国", 12.5, 6000, "2020.1.1", "2029.12.31"]]
    projects = [["项目名称", "中选单位", "预算金额", "开工日期"],
                ["村道拓宽工程", "浙江永盛建设有限公司", 120000, dt.date(2023, 3, 1)]]
    import_one(store, write_xlsx(tmp_path / "石桥村台账.xlsx", {"资产": assets, "资源发包": leases,
                                                               "工程项目": projects}))
    [asset] = records(store, "asset")
    [lease] = records(store, "resource")
    [project] = records(store, "project")
    assert asset["acquired_on"] == "2012-06-01"
    assert (lease["counterparty"], lease["started_on"], lease["ended_on"]) == ("李建国", "2020-01-01", "2029-12-31")
    assert project["contractor"] == "浙江永盛建设有限公司"


def test_a_known_header_still_wins_over_an_inferred_one(store, tmp_path: Path) -> None:
    """With a 收款单位 column, the 结算对象 beside it stays in the raw row."""
    rows = [["日期", "摘要", "收款单位", "结算对象", "支出金额"],
            ["2023-03-02", "支付路灯维修费", "义乌市光明照明器材经营部", "光明照明", 2600]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "柳河村支出明细.csv", rows)))
    assert by_row(records(store, "payment"))[2]["counterparty"] == "义乌市光明照明器材经营部"
    assert INFERRED not in sheet.note
