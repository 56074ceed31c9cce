"""The findings notebook: life cycle and history, flags, evidence across re-imports."""

from __future__ import annotations

import json
from typing import Any

import pytest

from xuncha import config, findings, models
from xuncha.findings import FindingError
from xuncha.store import SheetCounts, Store

SHA_V1 = "1" * 64
SHA_V2 = "2" * 64
FILE = "石桥村合同台账.xlsx"
SHEET = "合同"


def contract_row(sha: str, row: int, title: str, amount_fen: int, *, party: str = "宏达建设有限公司",
                 village: str = "石桥村", file: str = FILE, sheet: str = SHEET) -> dict[str, Any]:
    """One contract record as the importer writes it: id from (sha, sheet, row), raw cells, row hash."""
    raw = {"合同名称": title, "乙方": party, "合同金额": f"{amount_fen / 100:.2f}"}
    return {
        "id": models.record_uid(sha, sheet, row), "village": village, "source_file": file,
        "source_sheet": sheet, "source_row": row, "raw": json.dumps(raw, ensure_ascii=False),
        "row_hash": models.row_hash(raw), "title": title, "counterparty": party, "amount": amount_fen,
    }


def import_contracts(store: Store, sha: str, rows: list[tuple[int, str, int]], *, file: str = FILE,
                     rejected: list[dict[str, Any]] | None = None, **kw: Any) -> int:
    """Import one file of contracts into the store the way the importer does; returns the batch id."""
    with store.importing(file, f"/data/{file}", sha, 4096, imported_by="张三") as writer:
        sheet_id = writer.add_sheet(SHEET, "contract", kw.get("village", "石桥村"), 2, {})
        writer.add_records("contract", [contract_row(sha, r, t, a, file=file, **kw) for r, t, a in rows])
        writer.add_issues(rejected or [])
        writer.finish_sheet(sheet_id, SheetCounts(imported=len(rows), rejected=len(rejected or [])))
        return writer.batch_id


V1_ROWS = [(3, "村道硬化一期", 9_500_000), (4, "村道硬化二期", 9_800_000), (5, "路灯安装", 4_200_000)]


def rid(row: int, sha: str = SHA_V1) -> str:
    return models.record_uid(sha, SHEET, row)


def insert_flag(store: Store, flag_id: str, rule: str, *, records: list[str], amount: int | None = None,
                title: str = "", detail: str = "", severity: str = "medium", village: str = "石桥村") -> str:
    """Store a flag as a scan would (evidence with its source), without running the rules."""
    from xuncha.flags import FlagRow

    found = store.get_records(records)
    refs = [{"kind": models.kind_of(found[r]), "id": r, "source": models.source_of(found[r])} for r in records]
    at = findings.now()
    with store.session() as session:
        session.add(FlagRow(id=flag_id, rule=rule, severity=severity, village=village, title=title or flag_id,
                            detail=detail, amount=amount, records=refs, first_seen=at, last_seen=at))
        session.commit()
    return flag_id


def rescan(store: Store, keep: list[str]) -> None:
    """What a later scan does to the flag table: the flags it raised again stay, the others go inactive."""
    from xuncha.flags import ScanRun, current_flags, save_flags

    rows = [{"id": f.id, "rule": f.rule, "severity": f.severity, "village": f.village, "title": f.title,
             "detail": f.detail, "amount": f.amount, "records": f.records}
            for f in current_flags(store, include_inactive=True) if f.id in keep]
    at = findings.now()
    save_flags(store, rows, ScanRun(started_at=at, finished_at=at, rules_source=[], params={}, stats={}))


# --- life cycle ----------------------------------------------------------------


def test_manual_finding_life_cycle_keeps_every_change(store: Store) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    f = findings.add_manual(store, title="村道工程拆分合同", village="石桥村", severity="high",
                            amount_fen=19_300_000, evidence=[rid(3), rid(4)], notes="两份合同同日签订", by="张三")
    assert (f.id, f.status, f.rule, f.flag_id, f.created_by) == (1, "open", "manual", None, "张三")
    assert f.notes.endswith("] 两份合同同日签订") and "张三" in f.notes

    findings.set_status(store, f.id, "已核实", note="与会计核对凭证", by="李四")
    findings.add_note(store, f.id, "村委会无会议记录", by="李四")
    findings.update(store, f.id, amount_fen=19_300_050, title="村道工程拆分合同规避招标", by="张三")
    f = findings.get_finding(store, f.id)
    assert f.status == "confirmed" and f.status_label == "已核实"
    assert f.amount == 19_300_050 and f.updated_by == "张三"
    assert len(f.notes.splitlines()) == 3

    events = findings.history(store, f.id)
    assert [(e.action, e.field, e.by) for e in events] == [
        ("create", None, "张三"),
        ("status", "status", "李四"),
        ("note", "notes", "李四"),
        ("note", "notes", "李四"),
        ("update", "title", "张三"),
        ("update", "amount", "张三"),
    ]
    assert (events[1].old, events[1].new) == ("open", "confirmed")
    assert (events[5].old, events[5].new) == ("193000.00", "193000.50")
    assert json.loads(events[0].new)["title"] == "村道工程拆分合同"
    assert findings.event_text(events[1]) == "状态：待核实 → 已核实"
    assert len({e.uid for e in events}) == len(events)

    # Setting the same status again changes nothing and records nothing.
    findings.set_status(store, f.id, "confirmed", by="李四")
    assert len(findings.history(store, f.id)) == len(events)


def test_inspector_name_comes_from_the_config(store: Store) -> None:
    config.save_setting("inspector", "王五")
    f = findings.add_manual(store, title="白条入账", village="东岭村")
    assert f.created_by == "王五"
    assert findings.history(store, f.id)[0].by == "王五"


def test_list_filters_and_json(store: Store) -> None:
    a = findings.add_manual(store, title="甲", village="石桥村", amount_fen=150, by="x")
    findings.add_manual(store, title="乙", village="东岭村", by="x")
    findings.set_status(store, a.id, "referred", by="x")
    assert [f.title for f in findings.list_findings(store, village="东岭村")] == ["乙"]
    assert [f.title for f in findings.list_findings(store, status="已移交")] == ["甲"]
    assert [f.title for f in findings.list_findings(store, rule="manual")] == ["甲", "乙"]
    data = findings.finding_json(findings.get_finding(store, a.id))
    assert data["amount"] == 1.5 and data["status"] == "referred" and data["status_label"] == "已移交"


@pytest.mark.parametrize("text", ["待核实", "已核实", "已排除", "已移交", "open", "dismissed"])
def test_status_accepts_ids_and_chinese_words(text: str) -> None:
    assert findings.parse_status(text) in findings.STATUSES


def test_bad_input_is_refused_with_a_chinese_message(store: Store) -> None:
    f = findings.add_manual(store, title="甲", village="石桥村", by="x")
    with pytest.raises(FindingError, match="未知的状态"):
        findings.set_status(store, f.id, "closed")
    with pytest.raises(FindingError, match="没有编号为 nosuchrecord 的记录"):
        findings.add_manual(store, title="乙", village="石桥村", evidence=["nosuchrecord"])
    with pytest.raises(FindingError, match="没有编号为 99 的问题"):
        findings.add_note(store, 99, "x")
    with pytest.raises(FindingError, match="标题不能为空"):
        findings.add_manual(store, title=" ", village="石桥村")
    assert len(findings.list_findings(store)) == 1


@pytest.mark.parametrize("text, fen", [("12500", 1_250_000), ("12,500.5", 1_250_050), ("¥3.25万", 3_250_000),
                                       ("0.01", 1)])
def test_parse_yuan_is_exact(text: str, fen: int) -> None:
    assert findings.parse_yuan(text) == fen


def test_parse_yuan_refuses_fractions_of_a_fen() -> None:
    with pytest.raises(FindingError):
        findings.parse_yuan("1.005")


# --- from flags -------------------------------------------------------------------------


def test_add_from_flag_is_idempotent_and_keeps_the_flag(store: Store) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    flag = insert_flag(store, "flag-1", "split_contract", records=[rid(3), rid(4)], amount=19_300_000,
                       title="宏达建设2份合同合计19.3万元", detail="单份均低于10万元限额", severity="high")
    first = findings.add_from_flag(store, flag, by="张三")
    again = findings.add_from_flag(store, flag, by="李四")
    assert first.id == again.id and len(findings.list_findings(store)) == 1
    assert (first.flag_id, first.rule, first.severity, first.amount, first.village) == (
        flag, "split_contract", "high", 19_300_000, "石桥村")
    assert (first.title, first.detail, first.created_by) == ("宏达建设2份合同合计19.3万元", "单份均低于10万元限额", "张三")
    assert first.uid == findings.flag_finding_uid(flag)
    assert [v.record_id for v in findings.evidence(store, first.id)] == [rid(3), rid(4)]
    assert findings.flag_status_map(store) == {flag: findings.get_finding(store, first.id)}
    assert len(findings.history(store, first.id)) == 1
    with pytest.raises(FindingError, match="没有编号为 nope 的疑点"):
        findings.add_from_flag(store, "nope")


def test_a_dismissed_flag_stays_dismissed_after_a_rescan(store: Store) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    hug = insert_flag(store, "flag-hug", "threshold_hugging", records=[rid(4)], amount=9_800_000)
    other = insert_flag(store, "flag-other", "threshold_hugging", records=[rid(3)], amount=9_500_000)
    dismissed = findings.dismiss_flag(store, hug, "镇招投标中心已备案", by="张三")
    assert dismissed.status == "dismissed" and "排除理由：镇招投标中心已备案" in dismissed.notes
    assert findings.dismiss_flag(store, hug, "镇招投标中心已备案", by="张三").notes == dismissed.notes

    rescan(store, keep=[hug, other])  # the same clue is raised again, with the same id
    states = findings.flag_status_map(store)
    assert states[hug].status == "dismissed" and other not in states
    assert len(findings.list_findings(store)) == 1

    # Dismissing a flag already in the notebook changes its status, with the reason in the history.
    taken = findings.add_from_flag(store, other, by="张三")
    findings.dismiss_flag(store, other, "重复线索", by="李四")
    events = findings.history(store, taken.id)
    assert [(e.action, e.new) for e in events][1:] == [("status", "dismissed"), ("note", events[2].new)]
    assert "排除理由：重复线索" in events[2].new


def test_a_finding_outlives_its_flag_going_inactive(store: Store) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    flag = insert_flag(store, "flag-1", "split_contract", records=[rid(3)])
    f = findings.add_from_flag(store, flag, by="张三")
    rescan(store, keep=[])
    assert findings.get_finding(store, f.id).flag_id == flag
    assert findings.add_from_flag(store, flag).id == f.id


# --- evidence across re-imports ------------------------------------------------------


def test_evidence_keeps_a_snapshot_and_survives_reimport_of_the_same_file(store: Store) -> None:
    batch = import_contracts(store, SHA_V1, V1_ROWS)
    f = findings.add_manual(store, title="拆分", village="石桥村", evidence=[rid(3), rid(4)], by="x")
    views = findings.evidence(store, f.id)
    assert [(v.status, v.row, v.file_sha256, v.kind) for v in views] == [
        ("ok", 3, SHA_V1, "contract"), ("ok", 4, SHA_V1, "contract")]
    assert views[0].snapshot["raw"]["合同名称"] == "村道硬化一期"
    assert views[0].snapshot["fields"]["amount"] == 95000.0
    assert views[0].source_text == f"{FILE} / {SHEET} / 第3行"

    store.remove_batch(batch)
    assert [v.status for v in findings.evidence(store, f.id)] == ["missing", "missing"]
    assert findings.evidence(store, f.id)[0].record is None

    import_contracts(store, SHA_V1, V1_ROWS)  # the same file again: the same record ids
    views = findings.evidence(store, f.id)
    assert [v.status for v in views] == ["ok", "ok"]
    assert views[0].record is not None and views[0].record.id == rid(3)


def test_a_changed_row_in_a_new_version_of_the_file_is_reported(store: Store) -> None:
    batch = import_contracts(store, SHA_V1, V1_ROWS)
    f = findings.add_manual(store, title="拆分", village="石桥村", evidence=[rid(3), rid(5)], by="x")
    store.remove_batch(batch)
    # Version 2 of the same workbook: row 3 now says something else, row 5 is unchanged.
    import_contracts(store, SHA_V2, [(3, "村道硬化一期（变更）", 9_900_000), (5, "路灯安装", 4_200_000)])
    views = findings.evidence(store, f.id)
    assert [v.status for v in views] == ["changed", "ok"]
    assert views[0].record is not None and views[0].record.id == rid(3, SHA_V2)
    assert views[0].snapshot["raw"]["合同名称"] == "村道硬化一期"  # what the finding rested on
    assert views[0].status_label == "原始行已变更"
    summary = findings.evidence_summary(views)
    assert summary == {"total": 2, "ok": 1, "changed": 1, "missing": 0}


def test_evidence_can_be_added_later_once(store: Store) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    f = findings.add_manual(store, title="拆分", village="石桥村", evidence=[rid(3)], by="x")
    findings.add_evidence(store, f.id, [rid(3), rid(4)], by="y")
    assert [v.row for v in findings.evidence(store, f.id)] == [3, 4]
    assert [e.action for e in findings.history(store, f.id)] == ["create", "evidence"]


# --- command line --------------------------------------------------------------------


def run_cli(store: Store, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from xuncha.cli import main

    code = main(["--db", str(store.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_notebook_flow(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    import_contracts(store, SHA_V1, V1_ROWS)
    assert run_cli(store, capsys, "findings", "whoami", "赵六")[0] == 0
    assert run_cli(store, capsys, "findings", "whoami")[1] == "赵六\n"

    code, out, _ = run_cli(store, capsys, "findings", "add", "--title", "村道拆分", "--village", "石桥村",
                           "--severity", "高", "--amount", "19.3万", "--evidence", rid(3), rid(4),
                           "--note", "同日签订", "--json")
    created = json.loads(out)
    assert code == 0 and created["amount"] == 193000.0 and created["severity"] == "high"
    assert created["created_by"] == "赵六"
    fid = str(created["id"])

    code, out, _ = run_cli(store, capsys, "findings", "status", fid, "已移交", "--note", "移交镇纪委", "--json")
    assert code == 0 and json.loads(out)["status"] == "referred"
    assert run_cli(store, capsys, "findings", "note", fid, "补充凭证复印件")[0] == 0
    assert run_cli(store, capsys, "findings", "edit", fid, "--title", "村道工程拆分合同")[0] == 0

    code, out, _ = run_cli(store, capsys, "findings", "list", "--status", "referred", "--json")
    assert [f["title"] for f in json.loads(out)] == ["村道工程拆分合同"]
    assert json.loads(out)[0]["evidence_summary"]["ok"] == 2

    code, out, _ = run_cli(store, capsys, "findings", "show", fid, "--json")
    shown = json.loads(out)
    assert [e["action"] for e in shown["history"]] == ["create", "status", "note", "note", "update"]
    assert [e["source"]["row"] for e in shown["evidence"]] == [3, 4]
    assert shown["evidence"][0]["status"] == "ok" and shown["evidence"][0]["record"]["id"] == rid(3)

    code, out, _ = run_cli(store, capsys, "findings", "show", fid)
    assert "问题 1：村道工程拆分合同" in out and "状态：已移交" in out and "第3行" in out
    assert "状态：待核实 → 已移交" in out
    code, out, err = run_cli(store, capsys, "findings", "list")
    assert "已移交\t石桥村\t手工录入\t193,000.00\t村道工程拆分合同" in out and "共 1 条问题" in err


def test_cli_bad_input_exits_1_with_one_line(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    findings.add_manual(store, title="甲", village="石桥村", by="x")
    code, out, err = run_cli(store, capsys, "findings", "status", "1", "closed")
    assert (code, out) == (1, "") and "未知的状态" in err and len(err.strip().splitlines()) == 1
    assert run_cli(store, capsys, "findings", "show", "7")[0] == 1
    code, _, err = run_cli(store, capsys, "findings", "add", "--title", "乙")
    assert code == 1 and "--village" in err
    code, _, err = run_cli(store, capsys, "findings", "add", "--title", "乙", "--village", "x", "--amount", "abc")
    assert code == 1 and "不是一个数" in err
    with pytest.raises(SystemExit) as usage:
        run_cli(store, capsys, "findings", "status", "notanumber", "open")
    assert usage.value.code == 2


# --- the sample township, end to end ---------------------------------------------------


def test_sample_township_scan_rescan_and_reimport_keep_the_notebook(tmp_path) -> None:
    """Real import and scan: findings and dismissals survive a re-scan and a re-import of the files."""
    import importers
    from tests.conftest import SAMPLE_DATA
    from xuncha.scan import run_scan

    store = Store(tmp_path / "sample.db")
    importers.import_paths(store, [SAMPLE_DATA])
    flags = run_scan(store).flags
    taken = findings.add_from_flag(store, flags[0].id, by="张三")
    dismissed = findings.dismiss_flag(store, flags[1].id, "已核对原始凭证", by="张三")
    evidence_before = [(v.record_id, v.status) for v in findings.evidence(store, taken.id)]
    assert evidence_before and all(status == "ok" for _, status in evidence_before)

    # Remove the files and import them again: the same record ids, so the same evidence and flags.
    # A flag may cite rows of several files (a project and its contract); remove them all.
    shas = {v.file_sha256 for v in findings.evidence(store, taken.id)}
    for batch in [b for b in store.batches() if b.sha256 in shas]:
        store.remove_batch(batch.id)
    assert {v.status for v in findings.evidence(store, taken.id)} == {"missing"}
    importers.import_paths(store, [SAMPLE_DATA])
    assert [(v.record_id, v.status) for v in findings.evidence(store, taken.id)] == evidence_before

    rescanned = run_scan(store).flags
    assert {f.id for f in rescanned} == {f.id for f in flags}
    states = findings.flag_status_map(store)
    assert states[flags[0].id].status == "open" and states[flags[1].id].status == "dismissed"
    assert findings.add_from_flag(store, flags[1].id).id == dismissed.id
    assert len(findings.list_findings(store)) == 2
    store.close()
