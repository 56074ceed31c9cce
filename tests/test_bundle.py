"""Moving notebooks between laptops: bundle round trip, idempotent merge, conflicts."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from xuncha import bundle, findings
from xuncha.bundle import BundleError
from xuncha.cli import main
from xuncha.store import Store
from tests.test_findings import SHA_V1, V1_ROWS, import_contracts, insert_flag, rid

COMPARED = ("title", "detail", "village", "rule", "flag_id", "severity", "amount", "status", "notes",
            "created_by")


@pytest.fixture
def laptops(tmp_path: Path):
    """Two laptops that imported the same file."""
    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for laptop in (a, b):
        import_contracts(laptop, SHA_V1, V1_ROWS)
    yield a, b
    a.close()
    b.close()


def fields_of(f: findings.Finding) -> dict:
    return {name: getattr(f, name) for name in COMPARED}


def test_round_trip_carries_fields_history_and_evidence(laptops, tmp_path: Path) -> None:
    a, b = laptops
    f = findings.add_manual(a, title="拆分合同", village="石桥村", severity="high", amount_fen=19_300_000,
                            evidence=[rid(3), rid(4)], notes="同日签订", by="张三")
    findings.set_status(a, f.id, "confirmed", note="已核对凭证", by="张三")
    path = bundle.export_bundle(a, tmp_path / "a.json", by="张三")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["exported_by"]) == ("xuncha-findings", 1, "张三")
    assert "records" not in json.dumps(document["findings"][0]["evidence"][0])  # identities only, no store rows

    report = bundle.import_bundle(b, path, by="李四")
    assert len(report.new) == 1 and report.conflicts == []
    copy = findings.get_by_uid(b, f.uid)
    assert fields_of(copy) == fields_of(findings.get_finding(a, f.id))
    assert [e.uid for e in findings.history(b, copy.id)] == [e.uid for e in findings.history(a, f.id)]
    # The other laptop imported the same file, so the evidence resolves there too.
    views = findings.evidence(b, copy.id)
    assert [(v.status, v.record_id) for v in views] == [("ok", rid(3)), ("ok", rid(4))]
    assert views[0].snapshot["raw"]["合同名称"] == "村道硬化一期"

    again = bundle.import_bundle(b, path, by="李四")
    assert (again.new, again.merged, again.unchanged, again.events_added, again.evidence_added) == (
        [], [], [copy.id], 0, 0)
    assert len(findings.list_findings(b)) == 1


def test_evidence_identities_wait_for_the_files_on_a_laptop_without_them(tmp_path: Path, laptops) -> None:
    a, _ = laptops
    f = findings.add_manual(a, title="拆分合同", village="石桥村", evidence=[rid(3)], by="张三")
    path = bundle.export_bundle(a, tmp_path / "a.json")
    empty = Store(tmp_path / "c.db")
    bundle.import_bundle(empty, path)
    copy = findings.get_by_uid(empty, f.uid)
    assert [v.status for v in findings.evidence(empty, copy.id)] == ["missing"]
    import_contracts(empty, SHA_V1, V1_ROWS)
    assert [v.status for v in findings.evidence(empty, copy.id)] == ["ok"]
    empty.close()


def test_two_laptops_merge_with_a_conflict_and_converge(laptops, tmp_path: Path) -> None:
    a, b = laptops
    f = findings.add_manual(a, title="拆分合同", village="石桥村", amount_fen=100_00, evidence=[rid(3)], by="张三")
    bundle.import_bundle(b, bundle.export_bundle(a, tmp_path / "start.json"), by="李四")
    fb = findings.get_by_uid(b, f.uid)

    # Apart for a day: both change the status differently, both add notes,
    # only A touches the amount and only B the title and the evidence.
    findings.set_status(a, f.id, "confirmed", by="张三")
    findings.add_note(a, f.id, "会计承认拆分", by="张三")
    findings.update(a, f.id, amount_fen=200_00, by="张三")
    findings.set_status(b, fb.id, "dismissed", by="李四")
    findings.add_note(b, fb.id, "有镇政府批复", by="李四")
    findings.update(b, fb.id, title="拆分合同（村道）", by="李四")
    findings.add_evidence(b, fb.id, [rid(4)], by="李四")
    from_a = bundle.export_bundle(a, tmp_path / "from_a.json", by="张三")
    from_b = bundle.export_bundle(b, tmp_path / "from_b.json", by="李四")

    report = bundle.import_bundle(a, from_b, by="张三")
    assert report.merged == [f.id]
    assert [(c.field, c.local, c.remote) for c in report.conflicts] == [("status", "confirmed", "dismissed")]
    merged = findings.get_finding(a, f.id)
    assert merged.status == "confirmed"  # the local value is kept ...
    assert merged.title == "拆分合同（村道）"  # ... fields only B changed are taken ...
    assert merged.amount == 200_00  # ... fields only A changed stay
    assert "会计承认拆分" in merged.notes and "有镇政府批复" in merged.notes  # notes from both
    assert [v.record_id for v in findings.evidence(a, f.id)] == [rid(3), rid(4)]
    conflicts = [e for e in findings.history(a, f.id) if e.action == "conflict"]
    assert [(e.field, e.old, e.new) for e in conflicts] == [("status", "confirmed", "dismissed")]
    assert "保留本机" in findings.event_text(conflicts[0])
    # Every one of B's events is now in A's history.
    a_uids = {e.uid for e in findings.history(a, f.id)}
    assert {e.uid for e in findings.history(b, fb.id)} <= a_uids

    again = bundle.import_bundle(a, from_b, by="张三")
    assert (again.events_added, again.evidence_added, again.conflicts) == (0, 0, [])
    assert {e.uid for e in findings.history(a, f.id)} == a_uids

    # B takes A's merged notebook: nothing of B's is lost, and the two now agree.
    bundle.import_bundle(b, bundle.export_bundle(a, tmp_path / "merged.json"), by="李四")
    final_b = findings.get_by_uid(b, f.uid)
    assert fields_of(final_b) == fields_of(findings.get_finding(a, f.id))
    assert {e.uid for e in findings.history(b, fb.id)} == {e.uid for e in findings.history(a, f.id)}
    assert from_a.exists()


def test_the_same_flag_taken_on_two_laptops_is_one_finding(laptops, tmp_path: Path) -> None:
    """Both laptops scanned the same files, so they hold the same flag id; its finding is one, not two."""
    a, b = laptops
    for laptop in (a, b):
        insert_flag(laptop, "flag-1", "split_contract", records=[rid(3), rid(4)], amount=19_300_000)
    fa = findings.add_from_flag(a, "flag-1", by="张三")
    fb = findings.dismiss_flag(b, "flag-1", "已备案", by="李四")
    assert fa.uid == fb.uid

    report = bundle.import_bundle(a, bundle.export_bundle(b, tmp_path / "b.json"), by="张三")
    assert report.new == [] and report.merged == [fa.id]
    assert [(c.field, c.local, c.remote) for c in report.conflicts] == [("status", "open", "dismissed")]
    merged = findings.get_finding(a, fa.id)
    assert merged.status == "open" and "排除理由：已备案" in merged.notes
    assert len(findings.list_findings(a)) == 1
    assert [e.action for e in findings.history(a, fa.id)].count("create") == 2  # both creations kept


def test_a_file_that_is_not_a_bundle_is_refused(tmp_path: Path, store: Store) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    with pytest.raises(BundleError, match="不是问题清单交换文件"):
        bundle.import_bundle(store, bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(BundleError):
        bundle.import_bundle(store, bad)
    bad.write_text('{"format": "xuncha-findings", "version": 9, "findings": []}', encoding="utf-8")
    with pytest.raises(BundleError, match="版本为 9"):
        bundle.import_bundle(store, bad)


def test_cli_bundle_commands(laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptops
    findings.add_manual(a, title="白条入账", village="石桥村", by="张三")
    path = tmp_path / "a.json"
    assert main(["--db", str(a.path), "findings", "export-bundle", str(path)]) == 0
    capsys.readouterr()
    assert main(["--db", str(b.path), "findings", "import-bundle", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (len(report["new"]), report["conflicts"]) == (1, [])
    assert main(["--db", str(b.path), "findings", "import-bundle", str(path)]) == 0
    assert "新增 0 条，合并 0 条，未变 1 条，冲突 0 处" in capsys.readouterr().out
    assert main(["--db", str(b.path), "findings", "import-bundle", str(tmp_path / "none.json")]) == 1
    assert "文件不存在" in capsys.readouterr().err


def test_a_damaged_bundle_merges_nothing(laptops, tmp_path: Path) -> None:
    a, b = laptops
    findings.add_manual(a, title="甲", village="石桥村", by="张三")
    findings.add_manual(a, title="乙", village="石桥村", by="张三")
    path = bundle.export_bundle(a, tmp_path / "a.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["findings"][1]["fields"]["status"] = "closed"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BundleError, match="第 2 条问题的状态 'closed' 无法识别"):
        bundle.import_bundle(b, path)
    assert findings.list_findings(b) == []


def test_simultaneous_exchange_records_one_conflict_event_per_disagreement(laptops, tmp_path: Path) -> None:
    """A and B swap bundles at the same time: each keeps its value, and the conflict is one shared event."""
    a, b = laptops
    f = findings.add_manual(a, title="拆分合同", village="石桥村", by="张三")
    bundle.import_bundle(b, bundle.export_bundle(a, tmp_path / "start.json"))
    fb = findings.get_by_uid(b, f.uid)
    findings.set_status(a, f.id, "confirmed", by="张三")
    findings.set_status(b, fb.id, "referred", by="李四")
    from_a, from_b = bundle.export_bundle(a, tmp_path / "a.json"), bundle.export_bundle(b, tmp_path / "b.json")
    assert len(bundle.import_bundle(a, from_b).conflicts) == 1
    assert len(bundle.import_bundle(b, from_a).conflicts) == 1
    # Swap again: still one disagreement (reported until someone decides), but no new events.
    report = bundle.import_bundle(a, bundle.export_bundle(b, tmp_path / "b2.json"))
    assert len(report.conflicts) == 1 and report.events_added == 0
    conflict_uids = {e.uid for e in findings.history(a, f.id) if e.action == "conflict"}
    assert conflict_uids == {e.uid for e in findings.history(b, fb.id) if e.action == "conflict"}
    assert len(conflict_uids) == 1
    # Someone decides on A; B takes the decision on the next exchange.
    findings.set_status(a, f.id, "referred", by="张三")
    report = bundle.import_bundle(b, bundle.export_bundle(a, tmp_path / "a2.json"))
    assert report.conflicts == []
    assert findings.get_finding(b, fb.id).status == "referred"
