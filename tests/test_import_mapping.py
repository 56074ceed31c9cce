"""Mapping files: loading, checking, saving and reuse."""

from __future__ import annotations

from pathlib import Path

import pytest

import importers
from importers.errors import BadMapping, ImportFailed


def write(tmp_path: Path, text: str, name: str = "map.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_accepts_field_names_labels_and_chinese_kind(tmp_path: Path) -> None:
    mapping = importers.load_mapping(write(tmp_path, '''
kind = "合同"
village = "石桥村"
header_row = 3
header_rows = 2
sheets = ["Sheet1"]
[columns]
"乙方单位" = "counterparty"
"金额（万元）" = "合同金额"
"甲方" = "ignore"
"备注" = ""
"起止" = "term"
[units]
"金额（万元）" = "万元"
'''))
    assert mapping.kind == "contract" and mapping.village == "石桥村"
    assert (mapping.header_row, mapping.header_rows, mapping.sheets) == (3, 2, ["Sheet1"])
    assert mapping.columns == {"乙方单位": "counterparty", "金额（万元）": "amount", "甲方": "ignore",
                               "备注": "ignore", "起止": "term"}
    assert mapping.units == {"金额（万元）": "wan"}
    assert mapping.normalized_columns()["金额(万元)"] == "amount"
    assert mapping.applies_to("Sheet1") and not mapping.applies_to("Sheet2")


@pytest.mark.parametrize("text,message", [
    ('kind = "合约"', "kind = '合约' 无效"),
    ('kind = "contract"\n[columns]\n"乙方" = "payee"', "不是合同（contract）的字段"),
    ('[columns]\n"乙方" = 3', "字段应为文字"),
    ('header_row = -1\nkind = "cadre"', "header_row 应为正整数"),
    ('header_row = 0\nkind = "cadre"\n[columns]\n"姓名" = "name"', "不是列字母"),
    ('header_rows = 3\nkind = "cadre"', "header_rows 只能是 1 或 2"),
    ('kind = "cadre"\ncolour = "red"', "不认识的设置 colour"),
    ('kind = "cadre"\n[units]\n"金额" = "百元"', "单位 '百元' 无效"),
    ('kind = "contract"\ndirection = "out"', "direction 只用于收支表"),
    ('kind = "payment"\ndirection = "借"', "direction '借' 无效"),
    ("", "没有任何设置"),
    ("kind = ", "格式有误"),
])
def test_bad_mapping_files_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BadMapping) as caught:
        importers.load_mapping(write(tmp_path, text, "坏.toml"))
    assert "坏.toml" in str(caught.value) and message in str(caught.value)
    assert isinstance(caught.value, ImportFailed)


def test_missing_or_non_utf8_mapping(tmp_path: Path) -> None:
    with pytest.raises(BadMapping, match="不存在"):
        importers.load_mapping(tmp_path / "无.toml")
    path = tmp_path / "gbk.toml"
    path.write_bytes('kind = "合同"'.encode("gbk"))
    with pytest.raises(BadMapping):
        importers.load_mapping(path)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    mapping = importers.Mapping(kind="payment", village='石桥"村\\', header_row=4, header_rows=2,
                                sheets=["收支", "Sheet 2"],
                                columns={"对方\t户名": "counterparty", "金额（万元）": "expense", "余额": "ignore"},
                                units={"金额（万元）": "wan"}, direction="out")
    path = tmp_path / "saved.toml"
    importers.save_mapping(mapping, path)
    loaded = importers.load_mapping(path)
    for attribute in ("kind", "village", "header_row", "header_rows", "sheets", "columns", "units", "direction"):
        assert getattr(loaded, attribute) == getattr(mapping, attribute), attribute
    assert "# 支出金额" in path.read_text(encoding="utf-8")


def test_describe_fields_lists_canonical_and_helper_fields() -> None:
    fields = dict(importers.describe_fields("payment"))
    assert fields["amount"] == "金额" and fields["debit"] == "借方金额" and fields["ignore"].startswith("不导入")


def test_units_override_in_a_mapping(store, tmp_path: Path) -> None:
    from tests.test_import_support import write_xlsx

    path = write_xlsx(tmp_path / "石桥村合同.xlsx", {"S": [["合同名称", "乙方", "合同金额"], ["村道", "宏达", 12.5]]})
    mapping = importers.mapping_from_dict({"units": {"合同金额": "wan"}})
    report = importers.import_paths(store, [path], mapping=mapping)
    assert report.files[0].status == "imported"
    [record] = store.records("contract")
    assert record.amount == 12_500_000


@pytest.mark.parametrize("unit", ["qian", "千元"])
def test_a_mapping_can_say_a_column_is_in_qian_yuan(store, tmp_path: Path, unit: str) -> None:
    from tests.test_import_support import write_xlsx

    path = write_xlsx(tmp_path / "石桥村合同.xlsx", {"S": [["合同名称", "乙方", "合同金额"], ["村道", "宏达", 98]]})
    mapping = importers.mapping_from_dict({"units": {"合同金额": unit}})
    report = importers.import_paths(store, [path], mapping=mapping)
    assert report.files[0].status == "imported"
    [record] = store.records("contract")
    assert record.amount == 9_800_000  # 98 千元 = 98,000.00 元


def test_a_mapping_can_say_every_entry_of_a_payment_sheet_is_spent(store, tmp_path: Path) -> None:
    """A sheet with one amount column and nothing that tells money in from out: before, every
    record came in without a direction, so no rule on payments out saw it."""
    from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx

    rows = [["序", "甲乙双方往来户", "发生额（元）", "记账时点", "用途说明"],
            [1, "宏达建设", 12000, "2022-03-05", "修路"], [2, "绿源苗木", -300, "2022-04-01", "退回多付苗木款"]]
    path = write_xlsx(tmp_path / "石桥村往来.xlsx", {"明细": rows})
    mapping = importers.mapping_from_dict({"kind": "payment", "direction": "支出", "columns": {
        "甲乙双方往来户": "counterparty", "发生额（元）": "amount", "记账时点": "date", "用途说明": "summary"}})
    sheet = sheet_of(import_one(store, path, mapping=mapping))
    got = by_row(records(store, "payment"))
    assert [(got[r]["direction"], got[r]["amount"]) for r in (2, 3)] == [("out", 12000.0), ("out", -300.0)]
    assert "收支方向留空" not in sheet.note
