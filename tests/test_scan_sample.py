"""The bundled sample township: every planted problem is flagged by its rule, no look-alike is.

The truth is ``tests/data/sample_expected.json`` (written with the sample
data): each planted problem names the rows a flag of its rule should cite,
each look-alike the rows no flag of that rule may cite. Rows are matched by
file, sheet and row, the way an inspector finds them in the spreadsheets.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((REPO / "tests" / "data" / "sample_expected.json").read_text(encoding="utf-8"))


def _row(ref: dict[str, Any]) -> tuple[str, str, int]:
    return (ref["file"], ref["sheet"], int(ref["row"]))


def _case_id(case: dict[str, Any]) -> str:
    rows = ",".join(f"{r['sheet']}{r['row']}" for r in case["evidence"][:3])
    return f"{case['rule']}-{rows}"


@pytest.fixture(scope="module")
def sample_scan(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    """The flags of importing and scanning sample_data/."""
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    home = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XUNCHA_CONFIG_DIR", str(home / "config"))
        store = Store(home / "sample.db")
        importers.import_paths(store, [REPO / "sample_data"])
        result = run_scan(store)
        store.close()
    return list(result.flags)


@pytest.fixture(scope="module")
def sample_flags(sample_scan: list[Any]) -> dict[str, list[set[tuple[str, str, int]]]]:
    """Rule id -> the rows each of its flags cites."""
    cited: dict[str, list[set[tuple[str, str, int]]]] = {}
    for flag in sample_scan:
        rows = {_row(r["source"]) for r in flag.records if r.get("source")}
        cited.setdefault(flag.rule, []).append(rows)
    return cited


BANK_JOURNAL = "石桥村2023年银行存款日记账.xlsx"


def test_blank_payee_journal_is_read_through_its_summaries(sample_scan: list[Any]) -> None:
    """The journal without a payee column gives its three flags only through the 摘要: the import reads
    the organisation or the person its 摘要 names as the payee (the sheet's note says so), and the flag
    shows that 摘要."""
    flags = [f for f in sample_scan
             if any((r.get("source") or {}).get("file") == BANK_JOURNAL for r in f.records)]
    assert sorted(f.rule for f in flags) == ["duplicate_payment", "overpayment", "related_party"]
    details = {flag.rule: flag.detail for flag in flags}
    assert "周志强 与委员（报账员）陈丽萍登记的丈夫周志强同名" in details["related_party"]
    assert "付周志强村部围墙修缮工钱" in details["related_party"]
    assert "浙江天顺水利建设有限公司" in details["overpayment"]
    assert "湖州明亮电器经营部" in details["duplicate_payment"]
    for flag in flags:
        assert "收款人" not in flag.title.replace("收款人栏空白", ""), flag.title


@pytest.mark.parametrize("planted", EXPECTED["planted"], ids=_case_id)
def test_planted_problem_is_flagged(sample_flags: dict, planted: dict[str, Any]) -> None:
    """One flag of the planted problem's rule cites all of its evidence rows."""
    evidence = {_row(ref) for ref in planted["evidence"]}
    flags = sample_flags.get(planted["rule"], [])
    assert any(evidence <= rows for rows in flags), (
        f"{planted['rule']} 没有标记：{planted['note']}\n该规则的疑点引用：{flags}")


@pytest.mark.parametrize("lookalike", EXPECTED["lookalikes"], ids=_case_id)
def test_lookalike_is_not_flagged(sample_flags: dict, lookalike: dict[str, Any]) -> None:
    """No flag of the look-alike's rule cites any of its rows."""
    rows = {_row(ref) for ref in lookalike["evidence"]}
    hits = [cited for cited in sample_flags.get(lookalike["rule"], []) if cited & rows]
    assert not hits, f"{lookalike['rule']} 误标：{lookalike['note']}\n疑点引用：{hits}"


def test_every_rule_has_a_planted_problem() -> None:
    from xuncha.rules import get_rules

    planted = Counter(case["rule"] for case in EXPECTED["planted"])
    assert {rule.id for rule in get_rules()} <= set(planted)
