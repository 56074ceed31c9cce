"""The rules reference and the rules files stay honest: generated docs are fresh, every default has a source."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

from xuncha.rules import get_rules
from xuncha.rules.params import (
    BUNDLED_RULES_FILE,
    PROFILES_DIR,
    RANGES,
    RulesFileError,
    bundled_defaults,
    check_range,
    load_params,
    param_comments,
)

REPO = Path(__file__).resolve().parent.parent


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rules_doc", REPO / "scripts" / "gen_rules_doc.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_rules_doc_is_fresh() -> None:
    """docs/rules.md is exactly what the rule docstrings and rules.toml generate."""
    generator = _generator()
    current = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == generator.render(), "docs/rules.md 已过期：请运行 python scripts/gen_rules_doc.py"


def test_rules_doc_covers_every_rule_and_parameter() -> None:
    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in get_rules():
        assert f"`{rule.id}`" in text and rule.name in text
        for param in rule.params:
            assert f"`{param}`" in text


def test_every_default_names_its_source() -> None:
    """Each key of the bundled rules.toml carries a comment saying where its default comes from."""
    with BUNDLED_RULES_FILE.open("rb") as handle:
        tables = tomllib.load(handle)
    comments = param_comments()
    for table, values in tables.items():
        for key in values:
            assert comments.get((table, key), "").startswith("来源："), f"[{table}] {key} 没有注明来源"


@pytest.mark.parametrize("profile", sorted(p.stem for p in PROFILES_DIR.glob("*.toml")))
def test_profiles_load_and_name_their_sources(profile: str) -> None:
    load_params(profile)
    text = (PROFILES_DIR / f"{profile}.toml").read_text(encoding="utf-8")
    keys = [line for line in text.splitlines() if "=" in line and not line.startswith(("#", " "))]
    comments = [line for line in text.splitlines() if line.startswith("# 来源：")]
    assert keys and len(comments) >= len([k for k in keys if not k.startswith("[")])


def test_unknown_key_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text("[split_contract]\nthreshold = 200000\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"county\.toml.*split_contract.*threshold"):
        load_params(county)


def test_unknown_table_is_an_error(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text("[split_contracts]\nthreshold_yuan = 200000\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"未知的规则表 \[split_contracts\]"):
        load_params(county)


def test_wrong_type_is_an_error(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text('[large_cash]\nlimit_yuan = "一千"\n', encoding="utf-8")
    with pytest.raises(RulesFileError, match="应为数字"):
        load_params(county)


def test_bad_tier_requirement_is_an_error(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text('[method_below_required]\ntiers = [{ from_yuan = 100000, requires = "招标" }]\n',
                      encoding="utf-8")
    with pytest.raises(RulesFileError, match="未知的发包方式级别"):
        load_params(county)


def test_layers_override_key_by_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundled defaults <- the user's config file <- --rules, one key at a time."""
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(config))
    (config / "rules.toml").write_text("[large_cash]\nlimit_yuan = 2000\n[white_slip]\nwords = [\"白条\"]\n",
                                       encoding="utf-8")
    county = tmp_path / "county.toml"
    county.write_text("[large_cash]\nlimit_yuan = 5000\n", encoding="utf-8")
    params = load_params(county)
    assert params["large_cash"]["limit_yuan"] == 5000
    assert params["white_slip"]["words"] == ["白条"]
    assert params["large_cash"]["cash_words"] == load_params()["large_cash"]["cash_words"]
    assert load_params()["large_cash"]["limit_yuan"] == 2000


def test_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RulesFileError, match="找不到规则文件"):
        load_params(tmp_path / "nope.toml")


@pytest.mark.parametrize(("table", "line", "message"), [
    ("split_contract", "threshold_yuan = 0", r"threshold_yuan 应为大于 0 的数，实际为 0"),
    ("threshold_hugging", "ratio = 1.5", r"ratio 应为 0 到 1 之间的数（不含 0 和 1），实际为 1\.5"),
    ("duplicate_payment", "window_days = -1", r"window_days 应为不小于 0 的整数，实际为 -1"),
    ("overpayment", "tolerance = -0.5", r"tolerance 应为不小于 0 的数，实际为 -0\.5"),
    ("resource_lease", "min_peers = 0", r"min_peers 应为不小于 3 的整数，实际为 0"),
    ("repeat_vendor", "min_share = 0", r"min_share 应为 0 到 1 之间的数（不含 0）"),
    ("split_contract", "window_days = 30.5", r"window_days 应为不小于 0 的整数，实际为 30\.5"),
    ("threshold_hugging", "tiers_yuan = [50000, -1]", r"tiers_yuan 的每一项 应为大于 0 的数，实际为 -1"),
    ("method_below_required", 'tiers = [{ from_yuan = 0, requires = "公开招标" }]',
     r"tiers 中的 from_yuan 应为大于 0 的数，实际为 0"),
    ("resource_lease", 'land_type_max_years = { "林地" = 0 }', r"land_type_max_years 中“林地”的值 应为不小于 1 的整数"),
], ids=["threshold_0", "ratio_1.5", "window_-1", "tolerance_-0.5", "min_peers_0", "share_0", "days_30.5",
        "tier_-1", "from_yuan_0", "forest_years_0"])
def test_out_of_range_values_are_errors_naming_file_key_and_range(tmp_path: Path, table: str, line: str,
                                                                   message: str) -> None:
    """A value of the right type that would switch its rule off is refused, never used silently."""
    county = tmp_path / "county.toml"
    county.write_text(f"[{table}]\n{line}\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=rf"county\.toml: \[{table}\] " + message):
        load_params(county)


def test_boundary_values_are_accepted(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text("[duplicate_payment]\nwindow_days = 0\n[overpayment]\ntolerance = 0\n"
                      "[repeat_vendor]\nmin_share = 1\n[resource_lease]\nmin_peers = 3\n", encoding="utf-8")
    params = load_params(county)
    assert params["duplicate_payment"]["window_days"] == 0 and params["resource_lease"]["min_peers"] == 3


def test_boolean_for_a_number_says_a_number_is_expected(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text("[split_contract]\nthreshold_yuan = true\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"threshold_yuan 应为数字，实际为 true$"):
        load_params(county)


def test_number_for_a_switch_is_written_as_in_toml(tmp_path: Path) -> None:
    county = tmp_path / "county.toml"
    county.write_text('[related_party]\nmatch_phones = "是"\n', encoding="utf-8")
    with pytest.raises(RulesFileError, match=r'match_phones 应为 true 或 false，实际为 "是"$'):
        load_params(county)


def test_bundled_defaults_and_profiles_are_within_range() -> None:
    defaults = bundled_defaults()
    for table, key in RANGES:
        assert key.split(".")[0] in defaults[table], f"RANGES 中的 [{table}] {key} 不是参数"
        check_range(table, key.split(".")[0], defaults[table][key.split(".")[0]], f"[{table}] {key}")
    for profile in PROFILES_DIR.glob("*.toml"):
        load_params(profile)
