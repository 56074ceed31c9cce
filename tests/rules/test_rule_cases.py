"""Every rule against its case file: tiny record sets that must flag, and look-alikes that must not.

One file per rule in ``cases/`` (after sqlfluff's std_rule_cases and
cardinal's fixtures). A case names its records so that the ids tell the
story: ``F…`` records must appear in a flag, ``OK…`` records must not, other
ids (a cadre row ``C1``, a payment ``P1``) may. A case may also give
``params`` (overriding the bundled defaults key by key), the exact evidence
``groups`` expected, the flags' ``severity`` and text the flags must
``contain``. Money is written in yuan, dates as TOML dates.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from xuncha.models import KIND_FIELDS, MONEY
from xuncha.names import normalize_name
from xuncha.rules import get_rule, get_rules
from xuncha.rules.base import Flag
from xuncha.rules.context import build_context
from xuncha.rules.params import apply_overrides, bundled_defaults

CASES = Path(__file__).with_name("cases")
MONEY_FIELDS = {(kind, spec.name) for kind, specs in KIND_FIELDS.items() for spec in specs if spec.type == MONEY}


def _load(path: Path) -> tuple[str, list[dict[str, Any]]]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return data.get("rule", path.stem), data["cases"]


def _params() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.toml")):
        rule_id, cases = _load(path)
        out += [pytest.param(rule_id, case, id=f"{rule_id}-{case['name']}") for case in cases]
    return out


def _record(data: dict[str, Any]) -> dict[str, Any]:
    """A case record with money in fen, as the store keeps it."""
    record = dict(data)
    for key, value in data.items():
        if (record["kind"], key) in MONEY_FIELDS and value is not None:
            record[key] = round(value * 100)
    return record


def run_case(rule_id: str, case: dict[str, Any]) -> list[Flag]:
    params = bundled_defaults()
    apply_overrides(params, {rule_id: case.get("params", {})}, Path(f"{rule_id}.toml"))
    context = build_context([_record(r) for r in case["records"]], identity=normalize_name, params=params)
    rule = get_rule(rule_id)
    rule.check_params(params[rule_id])
    return rule.evaluate(context, params[rule_id]).flags


@pytest.mark.parametrize(("rule_id", "case"), _params())
def test_rule_case(rule_id: str, case: dict[str, Any]) -> None:
    flags = run_case(rule_id, case)
    cited = {e.id for flag in flags for e in flag.records}
    ids = {r["id"] for r in case["records"]}
    must_flag = {i for i in ids if i.startswith("F")}
    must_not = {i for i in ids if i.startswith("OK")}
    described = "\n".join(f"{f.title} | {f.detail} | {[e.id for e in f.records]}" for f in flags)
    assert case["expect"] in ("flag", "pass"), case["name"]
    if case["expect"] == "pass":
        assert not flags, f"不应提示，却提示了：\n{described}"
    else:
        assert flags, "应当提示，却没有提示"
    assert must_flag <= cited, f"未被提示：{sorted(must_flag - cited)}\n{described}"
    assert not (must_not & cited), f"误提示：{sorted(must_not & cited)}\n{described}"
    if "groups" in case:
        assert sorted(sorted(e.id for e in f.records) for f in flags) == sorted(sorted(g) for g in case["groups"])
    if "severity" in case:
        assert {f.severity for f in flags} == {case["severity"]}
    for text in case.get("contains", []):
        assert any(text in f.title or text in f.detail for f in flags), f"提示中没有“{text}”：\n{described}"
    for flag in flags:
        assert "请核实" in flag.detail, "提示应当是请核实的线索，而不是结论"


@pytest.mark.parametrize("rule", get_rules(), ids=lambda r: r.id)
def test_every_rule_has_flag_and_pass_cases(rule: Any) -> None:
    path = CASES / f"{rule.id}.toml"
    assert path.is_file(), f"缺少 {path}"
    _, cases = _load(path)
    expects = {case["expect"] for case in cases}
    assert expects == {"flag", "pass"}, f"{rule.id} 需要至少一个 flag 和一个 pass 用例"
