"""Cadre lists that give each relative a row of its own (``importers.kin``).

Each test writes a real file and imports it through ``importers.import_paths``:

- merged cadre cells over his relatives' rows, a blank name under the cadre, and the cadre's
  name written again on every row: one record per cadre, whose 近亲属 names every relative as
  "关系 姓名（工作单位）", and each relative's row skipped with the row it went into;
- a row with a blank name but a cadre's own 职务 is no relative: it is rejected as before;
- a list with one relative per cadre keeps one record per row, now with relation and business;
- end to end: a payment to the business of a relative written on a row of its own is flagged.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import importers
from tests.test_import_support import import_one, records, sheet_of, skipped_rows, write_csv, write_xlsx
from tests.township_support import cited_any, scan_township

HEADER = ["干部姓名", "职务", "联系电话", "亲属姓名", "与本人关系", "工作单位及职务", "是否经商办企业"]
TITLE = ["杏花村两委干部及近亲属情况登记表", None, None, None, None, None, None]
ROWS = [
    ["吴建新", "党支部书记", "13857011111", "吴小勇", "儿子", "浙江永盛建设有限公司", "是"],
    [None, None, None, "陈爱珍", "配偶", "务农", "否"],
    ["汪志明", "村委会主任", "13857022222", "汪志强", "兄弟", "江山市鑫达水电安装部 负责人", "是"],
    ["祝红英", "村委委员", "13857033333", "方国良", "配偶", "个体", "否"],
    [None, None, None, "祝小燕", "女儿", "学生", "否"],
    [None, None, None, "祝根水", "父亲", "务农", "否"],
    ["叶根土", "村监委主任", "13857044444", None, None, None, None],
]
WANTED = [
    (3, "吴建新", "儿子 吴小勇（浙江永盛建设有限公司）；配偶 陈爱珍（务农）"),
    (5, "汪志明", "兄弟 汪志强（江山市鑫达水电安装部 负责人）"),
    (6, "祝红英", "配偶 方国良（个体）；女儿 祝小燕（学生）；父亲 祝根水（务农）"),
    (9, "叶根土", None),
]
CADRE_MERGES = ["A3:A4", "B3:B4", "C3:C4", "A6:A8", "B6:B8", "C6:C8"]


def _cadres(store) -> list[tuple[int, str, str | None]]:
    return [(c["source"]["row"], c["name"], c["relatives"]) for c in records(store, "cadre")]


def _write_merged(path: Path) -> Path:
    return write_xlsx(path, {"干部及亲属": [TITLE, HEADER, *ROWS]}, merges={"干部及亲属": ["A1:G1", *CADRE_MERGES]})


def test_merged_cadre_cells_give_one_record_per_cadre(store, tmp_path: Path) -> None:
    """Before, rows 4, 7 and 8 were three more records of 吴建新 and 祝红英 (7 cadres for 4)."""
    sheet = sheet_of(import_one(store, _write_merged(tmp_path / "杏花村干部及近亲属.xlsx")))
    assert _cadres(store) == WANTED
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert [reasons[row] for row in (4, 7, 8)] == ["近亲属行：并入第 3 行吴建新的近亲属",
                                                   "近亲属行：并入第 6 行祝红英的近亲属",
                                                   "近亲属行：并入第 6 行祝红英的近亲属"]
    assert "3 行并入" in sheet.note


def test_a_relatives_row_keeps_its_cells_in_the_issues(store, tmp_path: Path) -> None:
    import_one(store, _write_merged(tmp_path / "杏花村干部及近亲属.xlsx"))
    raw = {issue.row: json.loads(issue.raw) for issue in store.issues(level="skipped")}
    assert raw[7]["亲属姓名"] == "祝小燕" and raw[7]["工作单位及职务"] == "学生"


def test_blank_names_under_the_cadre_without_merged_cells(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "杏花村干部及近亲属.csv", [HEADER, *ROWS])))
    assert _cadres(store) == [(row - 1, name, relatives) for row, name, relatives in WANTED]
    assert skipped_rows(sheet) == [3, 6, 7]


def test_the_cadre_written_again_on_each_relatives_row(store, tmp_path: Path) -> None:
    rows = [HEADER,
            ["吴建新", "党支部书记", "13857011111", "吴小勇", "儿子", "浙江永盛建设有限公司", "是"],
            ["吴建新", "党支部书记", "13857011111", "陈爱珍", "配偶", "务农", "否"],
            ["汪志明", "村委会主任", "13857022222", "汪志强", "兄弟", None, "否"]]
    import_one(store, write_csv(tmp_path / "杏花村干部及近亲属.csv", rows))
    assert _cadres(store) == [(2, "吴建新", "儿子 吴小勇（浙江永盛建设有限公司）；配偶 陈爱珍（务农）"),
                              (4, "汪志明", "兄弟 汪志强")]


def test_a_blank_name_beside_a_cadres_own_data_is_no_relative(store, tmp_path: Path) -> None:
    """A row with a 职务 but no name is a cadre whose name is missing: rejected, not joined."""
    rows = [HEADER,
            ["吴建新", "党支部书记", "13857011111", "吴小勇", "儿子", None, None],
            [None, "村委委员", "13857055555", "刘芳", "配偶", None, None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "杏花村干部及近亲属.csv", rows)))
    assert _cadres(store) == [(2, "吴建新", "儿子 吴小勇")]
    assert [item["row"] for item in sheet.rejected] == [3]


def test_one_relative_per_cadre_gets_relation_and_business(store, tmp_path: Path) -> None:
    rows = [["姓名", "职务", "近亲属姓名", "关系", "经商办企业情况"],
            ["吴建新", "党支部书记", "吴小勇", "儿子", "浙江永盛建设有限公司"],
            ["汪志明", "村委会主任", "汪志强", "兄弟", "无"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "杏花村干部名单.csv", rows)))
    assert _cadres(store) == [(2, "吴建新", "儿子 吴小勇（浙江永盛建设有限公司）"), (3, "汪志明", "兄弟 汪志强")]
    assert "并入" not in sheet.note


def _write_payments(folder: Path) -> None:
    write_xlsx(folder / "杏花村2023年支出明细.xlsx", {"支出": [
        ["日期", "凭证号", "摘要", "收款单位", "支出金额"],
        [dt.date(2023, 5, 6), "记-12", "村道修补工程款", "浙江永盛建设有限公司", 38600],
        [dt.date(2023, 5, 9), "记-13", "购买办公用品", "江山市文华办公用品商店", 860],
    ]})


@pytest.fixture(scope="module")
def township(tmp_path_factory: pytest.TempPathFactory):
    return scan_township(tmp_path_factory, "kin", [lambda folder: _write_merged(folder / "杏花村干部及近亲属.xlsx"),
                                                   _write_payments])


def test_a_payment_to_a_relatives_business_written_on_its_own_row_is_flagged(township) -> None:
    """Before, the son's firm stood only in the raw row of a record of its own: no flag."""
    assert cited_any(township, "related_party", ("杏花村2023年支出明细.xlsx", "支出", 2))
    assert not cited_any(township, "related_party", ("杏花村2023年支出明细.xlsx", "支出", 3))


def test_previewing_the_list_shows_the_joined_rows(tmp_path: Path) -> None:
    preview = importers.preview_file(_write_merged(tmp_path / "杏花村干部及近亲属.xlsx"))
    [sheet] = preview.sheets
    statuses = {row["row"]: row["status"] for row in sheet.rows}
    assert statuses[3] == "record" and statuses[4] == "skipped"
    assert "并入" in sheet.note
