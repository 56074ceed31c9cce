"""The scan through the store: stored flags, stable ids, coverage, warnings, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.rules.synthetic import insert_into_store
from xuncha import parties
from xuncha.flags import current_flags, flag_json, get_flag, last_scan
from xuncha.scan import RuleStats, run_scan
from xuncha.store import Store

ANJI = [
    {"kind": "contract", "id": "F1", "village": "石桥村", "counterparty": "浙江宏达建设有限公司", "amount": 9_050_000,
     "signed_on": dt.date(2023, 3, 1), "title": "吴家道自然村道路硬化工程（一期）", "procurement": "直接发包"},
    {"kind": "contract", "id": "F2", "village": "石桥村", "counterparty": "宏达建设（有限公司）", "amount": 9_340_000,
     "signed_on": dt.date(2023, 3, 24), "title": "吴家道自然村道路硬化工程（二期）", "procurement": "直接发包"},
]


def _load(store: Store, records: list[dict[str, Any]]) -> None:
    insert_into_store(store, records)
    parties.regroup(store)


def _split_flags(store: Store, **kwargs: Any) -> list:
    return [f for f in current_flags(store, **kwargs) if f.rule == "split_contract"]


def test_scan_stores_flags_with_their_sources(store: Store) -> None:
    _load(store, ANJI)
    result = run_scan(store)
    (flag,) = _split_flags(store)
    assert flag.village == "石桥村" and flag.severity == "high" and flag.active
    assert flag.amount == 18_390_000
    assert "9.05万 + 9.34万" in flag.detail and "23 天" in flag.detail and "请核实" in flag.detail
    assert [(r["kind"], r["id"], r["source"]["file"], r["source"]["sheet"]) for r in flag.records] == [
        ("contract", "F1", "contract.xlsx", "contract"), ("contract", "F2", "contract.xlsx", "contract")]
    assert flag.id in result.new_ids
    assert get_flag(store, flag.id) is not None


def test_aliases_are_one_party_in_a_scan(store: Store) -> None:
    """The identity groups of xuncha.parties join the spellings: no payee mismatch for an alias."""
    contract = {"kind": "contract", "id": "C1", "village": "马吉村", "code": "HT-1",
                "counterparty": "浙江宏达建设有限公司", "amount": 20_000_000, "signed_on": dt.date(2023, 1, 1),
                "title": "村道提升工程", "procurement": "公开招标"}
    payment = {"kind": "payment", "id": "P1", "village": "马吉村", "contract": "HT-1", "counterparty": "湖州宏达建设",
               "amount": 5_000_000, "date": dt.date(2023, 2, 1), "direction": "out", "summary": "进度款"}
    _load(store, [contract, payment])
    run_scan(store)
    assert current_flags(store, rule="payee_mismatch") == []


def test_ids_are_stable_and_a_second_scan_adds_nothing(store: Store) -> None:
    _load(store, ANJI)
    first = run_scan(store)
    before = {f.id: f.first_seen for f in current_flags(store, include_inactive=True)}
    second = run_scan(store)
    after = {f.id: f.first_seen for f in current_flags(store, include_inactive=True)}
    assert before == after
    assert second.new_ids == set() and first.new_ids == set(before)


def test_flags_not_raised_again_are_kept_inactive(store: Store, tmp_path: Path) -> None:
    _load(store, ANJI)
    run_scan(store)
    (flag,) = _split_flags(store)
    county = tmp_path / "county.toml"
    county.write_text("[split_contract]\nthreshold_yuan = 500000\n", encoding="utf-8")
    run_scan(store, county)
    assert _split_flags(store) == []
    kept = get_flag(store, flag.id)
    assert kept is not None and not kept.active
    assert flag.id in {f.id for f in current_flags(store, include_inactive=True)}
    run_scan(store)
    assert get_flag(store, flag.id).active  # type: ignore[union-attr]


def test_flag_json_is_designs_shape(store: Store) -> None:
    _load(store, ANJI)
    run_scan(store)
    (flag,) = _split_flags(store)
    data = flag_json(flag)
    assert set(data) == {"id", "rule", "severity", "village", "title", "detail", "amount", "records"}
    assert data["amount"] == 183900.0
    assert data["records"][0] == {"kind": "contract", "id": "F1",
                                  "source": {"file": "contract.xlsx", "sheet": "contract", "row": 2}}


def test_scan_run_records_parameters_sources_and_coverage(store: Store, tmp_path: Path) -> None:
    _load(store, ANJI)
    county = tmp_path / "county.toml"
    county.write_text("[large_cash]\nlimit_yuan = 2000\n", encoding="utf-8")
    result = run_scan(store, county)
    run = last_scan(store)
    assert run is not None and run.id == result.run_id
    assert run.rules_source[-1] == str(county) and run.params["large_cash"]["limit_yuan"] == 2000
    split = run.stats["split_contract"]
    assert (split["evaluated"], split["flagged"], split["flags"]) == (2, 2, 1)
    assert run.stats["related_party"]["not_applicable"] == {"没有导入村干部名单": 2}


def test_warning_when_a_rule_fires_on_more_than_a_fifth() -> None:
    stats = RuleStats("white_slip", "白条入账", evaluated=40, flagged=9, flags=9)
    assert stats.warning is not None and "22%" in stats.warning
    assert RuleStats("white_slip", "白条入账", evaluated=40, flagged=8, flags=8).warning is None
    assert RuleStats("white_slip", "白条入账", evaluated=5, flagged=5, flags=5).warning is None


def test_warning_reaches_the_scan_result(store: Store) -> None:
    slips = [{"kind": "payment", "id": f"F{i}", "village": "石桥村", "amount": 50_000 + i,
              "date": dt.date(2022, 1, i + 1), "direction": "out", "summary": "白条报销", "counterparty": f"收款人{i}"}
             for i in range(12)]
    _load(store, slips)
    result = run_scan(store)
    assert any("白条入账" in warning for warning in result.warnings)


def test_cancel_stores_nothing(store: Store) -> None:
    import threading

    _load(store, ANJI)
    cancel = threading.Event()
    cancel.set()
    result = run_scan(store, cancel=cancel)
    assert result.cancelled and current_flags(store) == [] and last_scan(store) is None


def test_progress_names_every_rule(store: Store) -> None:
    from xuncha.rules import get_rules

    seen = []
    run_scan(store, on_progress=seen.append)
    assert [p.step for p in seen[1:-1]] == [rule.id for rule in get_rules()]
    assert seen[-1].done == seen[-1].total


def test_filters(store: Store) -> None:
    _load(store, ANJI)
    run_scan(store)
    assert current_flags(store, village="马吉村") == []
    assert {f.rule for f in current_flags(store, rule="split_contract")} == {"split_contract"}


# --- command line ------------------------------------------------------------------


def test_cli_scan_json_is_one_document(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.cli import main

    _load(store, ANJI)
    assert main(["--db", str(store.path), "scan", "--json"]) == 0
    captured = capsys.readouterr()
    flags = json.loads(captured.out)
    assert {f["rule"] for f in flags} >= {"split_contract", "threshold_hugging"}
    assert "覆盖情况" in captured.err and "参数来源" in captured.err


def test_cli_scan_human_output(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.cli import main

    _load(store, ANJI)
    assert main(["--db", str(store.path), "scan"]) == 0
    out = capsys.readouterr().out
    assert "化整为零规避招标（split_contract）" in out and "证据：contract.xlsx / contract / 第 2 行" in out


def test_cli_scan_bad_rules_file_exits_1(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.cli import main

    county = tmp_path / "county.toml"
    county.write_text("[large_cash]\nlimit = 2000\n", encoding="utf-8")
    assert main(["--db", str(store.path), "scan", "--rules", str(county)]) == 1
    err = capsys.readouterr().err
    assert "county.toml" in err and "limit" in err and len(err.strip().splitlines()) == 1


def test_cli_scan_with_a_profile_name(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.cli import main

    _load(store, ANJI)
    assert main(["--db", str(store.path), "scan", "--rules", "zhejiang", "--json"]) == 0
    assert "zhejiang.toml" in capsys.readouterr().err


def test_cli_villages_json(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.cli import main

    _load(store, ANJI)
    run_scan(store)
    assert main(["--db", str(store.path), "villages", "--json"]) == 0
    (village,) = json.loads(capsys.readouterr().out)
    assert village["village"] == "石桥村"
    assert [p["key"] for p in village["parts"]] == ["severity", "amount", "diversity"]


def test_summary_mentions_use_the_party_groups_and_never_fill_the_payee(store: Store) -> None:
    """A blank-payee journal: the 摘要 names an alias that only the party groups tie to the contract's party.

    "宏达建设工程" is not the normal form of "浙江宏达建设有限公司"; the parties module joins the
    two spellings (another payment uses it), so the scan knows it. The payee column stays empty.
    """
    contract = {"kind": "contract", "id": "C1", "village": "马吉村", "counterparty": "浙江宏达建设有限公司",
                "amount": 30_000_000, "signed_on": dt.date(2023, 1, 1), "title": "村道拓宽工程",
                "procurement": "公开招标"}
    named = {"kind": "payment", "id": "P0", "village": "刘家塘村", "counterparty": "宏达建设工程有限公司",
             "amount": 120_000, "date": dt.date(2023, 1, 5), "direction": "out", "summary": "购买水泥"}
    blank = [{"kind": "payment", "id": f"P{n}", "village": "马吉村", "voucher": f"现付-{n}", "amount": 4_500_000,
              "date": dt.date(2023, 5, 6 + 9 * (n - 1)), "direction": "out", "summary": "付宏达建设工程零星修补款"}
             for n in (1, 2)]
    _load(store, [contract, named, *blank])
    assert parties.identity_of(store, "宏达建设工程有限公司") == parties.identity_of(store, "浙江宏达建设有限公司")
    run_scan(store)
    (flag,) = current_flags(store, rule="duplicate_payment")
    assert "收款人栏空白，摘要中提到 宏达建设工程（合同相对方）" in flag.detail
    assert sorted(r["id"] for r in flag.records) == ["P1", "P2"]
    with store.engine.connect() as connection:
        payees = connection.exec_driver_sql("SELECT counterparty FROM payment WHERE id IN ('P1', 'P2')").all()
    assert payees == [(None,), (None,)]
