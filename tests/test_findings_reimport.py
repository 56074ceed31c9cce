"""Findings follow their clue when a corrected copy of a ledger replaces the old one.

Record ids hash the file's content, so after the old batch is removed and the
corrected copy imported, every flag on that file comes back under a new id.
These tests import real workbooks (the sample's lease ledger and an edited
copy of it), run the real scan and the CLI, and check that a finding on
unchanged rows moves to the new flag, and one on a changed row does not.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

import importers
from xuncha import cli, findings
from xuncha.flags import current_flags, get_flag
from xuncha.scan import run_scan
from xuncha.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "资源发包台账.xlsx"
SHEET = "资源发包台账"
UNCHANGED_ROW, CHANGED_ROW, DISMISSED_ROW = 4, 21, 10


def lease_flag_at(store: Store, row: int) -> str:
    """The id of the active resource_lease flag whose evidence is the given sheet row."""
    ids = [flag.id for flag in current_flags(store) if flag.rule == "resource_lease"
           and [ref["source"]["row"] for ref in flag.records] == [row]]
    assert len(ids) == 1, ids
    return ids[0]


def corrected_copy(folder: Path) -> Path:
    """The ledger saved again with a new title and one cell of CHANGED_ROW edited."""
    book = openpyxl.load_workbook(SAMPLE)
    sheet = book[SHEET]
    sheet.cell(1, 1).value = f"{sheet.cell(1, 1).value}（修正）"
    last = max(cell.column for cell in sheet[CHANGED_ROW] if cell.value is not None)
    sheet.cell(CHANGED_ROW, last).value = f"{sheet.cell(CHANGED_ROW, last).value} 已核"
    path = folder / "资源发包台账（修正）.xlsx"
    book.save(path)
    return path


def batch_of(store: Store, file_name: str) -> int:
    return next(batch.id for batch in store.batches() if batch.file_name == file_name)


@pytest.fixture
def notebook(tmp_path: Path) -> tuple[Store, dict[str, int], dict[str, str]]:
    """A store with the ledger imported and scanned, and three findings on its flags:
    one taken (row 4), one taken on a row the correction changes (row 21), one dismissed (row 10)."""
    original = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, original)
    store = Store(tmp_path / "store.db")
    importers.import_paths(store, [original])
    run_scan(store)
    old = {name: lease_flag_at(store, row) for name, row in
           (("unchanged", UNCHANGED_ROW), ("changed", CHANGED_ROW), ("dismissed", DISMISSED_ROW))}
    ids = {
        "unchanged": findings.add_from_flag(store, old["unchanged"], by="张三").id,
        "changed": findings.add_from_flag(store, old["changed"], by="张三").id,
        "dismissed": findings.dismiss_flag(store, old["dismissed"], "合同已补签", by="张三").id,
    }
    return store, ids, old


def replace_with_correction(store: Store, folder: Path) -> None:
    importers.import_paths(store, [corrected_copy(folder)])
    store.remove_batch(batch_of(store, SAMPLE.name))


def test_a_finding_on_unchanged_rows_follows_its_clue_to_the_new_flag(notebook, tmp_path: Path) -> None:
    store, ids, old = notebook
    replace_with_correction(store, tmp_path)

    result = run_scan(store)

    new_id = lease_flag_at(store, UNCHANGED_ROW)
    assert new_id != old["unchanged"]  # the re-import did rename the clue
    finding = findings.get_finding(store, ids["unchanged"])
    assert finding.flag_id == new_id
    assert finding.status == "open"
    assert (ids["unchanged"], old["unchanged"], new_id) in {
        (move.finding_id, move.old_flag_id, move.new_flag_id) for move in result.relinked}
    assert findings.flag_status_map(store)[new_id].id == ids["unchanged"]
    # Taking the clue again gives the same finding, not a second one.
    assert findings.add_from_flag(store, new_id).id == ids["unchanged"]
    assert len(findings.list_findings(store)) == 3
    moved = [e for e in findings.history(store, ids["unchanged"]) if e.field == "flag_id"]
    assert [(e.by, e.old, e.new) for e in moved] == [(findings.REIMPORT_BY, old["unchanged"], new_id)]
    assert findings.event_text(moved[0]) == f"修改关联疑点：{old['unchanged']} → {new_id}"


def test_a_dismissed_clue_stays_dismissed_under_its_new_id(notebook, tmp_path: Path) -> None:
    store, ids, old = notebook
    replace_with_correction(store, tmp_path)

    run_scan(store)

    new_id = lease_flag_at(store, DISMISSED_ROW)
    assert findings.flag_status_map(store)[new_id].status == "dismissed"
    assert findings.get_finding(store, ids["dismissed"]).flag_id == new_id


def test_a_finding_whose_row_changed_stays_on_its_old_flag(notebook, tmp_path: Path) -> None:
    store, ids, old = notebook
    replace_with_correction(store, tmp_path)

    result = run_scan(store)

    new_id = lease_flag_at(store, CHANGED_ROW)
    assert findings.get_finding(store, ids["changed"]).flag_id == old["changed"]
    assert new_id in result.new_ids and new_id not in findings.flag_status_map(store)
    assert not get_flag(store, old["changed"]).active
    assert ids["changed"] not in {move.finding_id for move in result.relinked}


def test_evidence_of_a_followed_clue_is_found_in_the_corrected_file(notebook, tmp_path: Path) -> None:
    store, ids, _ = notebook
    replace_with_correction(store, tmp_path)
    before = findings.evidence(store, ids["unchanged"])
    assert [view.status for view in before] == ["missing"]  # the old file is gone and the new one has another name

    run_scan(store)

    [view] = findings.evidence(store, ids["unchanged"])
    assert view.status == "ok"
    assert view.record is not None and view.record.source_file == "资源发包台账（修正）.xlsx"
    assert view.source_text == (f"资源发包台账.xlsx / {SHEET} / 第{UNCHANGED_ROW}行"
                                f"（现见 资源发包台账（修正）.xlsx / {SHEET} / 第{UNCHANGED_ROW}行）")
    [changed] = findings.evidence(store, ids["changed"])
    assert changed.status == "missing"


def test_flags_stored_before_they_carried_row_hashes_still_follow(notebook, tmp_path: Path) -> None:
    """Notebooks made with an older xuncha: the row hash comes from the finding's own evidence."""
    store, ids, old = notebook
    with store.engine.begin() as connection:
        for flag_id, records in connection.execute(text("SELECT id, records FROM flag")).all():
            stripped = [{key: value for key, value in ref.items() if key != "row_hash"}
                        for ref in json.loads(records)]
            connection.execute(text("UPDATE flag SET records = :r WHERE id = :id"),
                               {"r": json.dumps(stripped, ensure_ascii=False), "id": flag_id})
    replace_with_correction(store, tmp_path)

    run_scan(store)

    assert findings.get_finding(store, ids["unchanged"]).flag_id == lease_flag_at(store, UNCHANGED_ROW)
    assert findings.get_finding(store, ids["changed"]).flag_id == old["changed"]


def test_nothing_moves_while_the_old_copy_is_still_imported(notebook, tmp_path: Path) -> None:
    store, ids, old = notebook
    importers.import_paths(store, [corrected_copy(tmp_path)])

    result = run_scan(store)

    assert result.relinked == []
    assert findings.get_finding(store, ids["unchanged"]).flag_id == old["unchanged"]


def test_the_scan_command_says_which_findings_followed(notebook, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    store, ids, _ = notebook
    replace_with_correction(store, tmp_path)
    capsys.readouterr()

    assert cli.main(["--db", str(store.path), "scan"]) == 0

    out = capsys.readouterr().out
    assert f"问题 {ids['unchanged']}、{ids['dismissed']} 的疑点因文件重新导入而换了编号" in out
    assert f"请重新核看：问题 {ids['changed']} 的疑点已不在新的筛查结果中" in out


def test_the_exported_evidence_says_where_the_row_is_now(notebook, tmp_path: Path) -> None:
    from xuncha import export

    store, ids, _ = notebook
    replace_with_correction(store, tmp_path)
    run_scan(store)

    book = openpyxl.load_workbook(export.write_findings_workbook(store, tmp_path / "问题清单.xlsx"))
    sheet = book[export.SHEET_EVIDENCE]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(row for row in rows if "核对状态" in row)
    status, file = header.index("核对状态"), header.index("来源文件")
    moved = [row for row in rows if row[status] and "现见" in str(row[status])]
    assert sorted((row[file], row[status]) for row in moved) == [
        (SAMPLE.name, f"正常（现见 资源发包台账（修正）.xlsx / {SHEET} / 第{row}行）")
        for row in sorted((DISMISSED_ROW, UNCHANGED_ROW), key=str)]  # the taken and the dismissed clue


def test_a_finding_that_could_not_follow_is_named_once(notebook, tmp_path: Path) -> None:
    store, ids, _ = notebook
    replace_with_correction(store, tmp_path)

    first, again = run_scan(store), run_scan(store)

    assert first.stranded == [ids["changed"]]
    assert again.stranded == []  # announced when its clue went away, not at every scan


def test_evidence_status_depends_on_the_row_not_on_which_findings_are_shown(notebook, tmp_path: Path) -> None:
    """A hand-made finding on the unchanged row and the changed one: each row is judged by itself."""
    store, ids, old = notebook
    records = {ref["source"]["row"]: ref["id"] for flag_id in (old["unchanged"], old["changed"])
               for ref in get_flag(store, flag_id).records}
    manual = findings.add_manual(store, title="手工核查两处发包", village="石桥村", by="张三")
    findings.add_evidence(store, manual.id, [records[UNCHANGED_ROW], records[CHANGED_ROW]], by="张三")
    replace_with_correction(store, tmp_path)
    run_scan(store)

    alone = {view.row: view.status for view in findings.evidence(store, manual.id)}
    together = findings.evidence_by_finding(store, findings.list_findings(store))
    shown_with_others = {view.row: view.status for view in together[manual.uid]}

    assert alone == shown_with_others == {UNCHANGED_ROW: "ok", CHANGED_ROW: "missing"}
