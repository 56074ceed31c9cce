"""Provides the rule parameters: bundled defaults, profiles, the user file and ``--rules``.

Parameters are layered key by key: the bundled ``rules.toml`` (the national
defaults), then the user's ``rules.toml`` in the config directory when it
exists, then the file given with ``--rules`` (a path, or the name of a bundled
profile such as ``zhejiang``). An unknown table, an unknown key, a value of
the wrong type or a number outside its range (``RANGES``: a window of -1 days,
a ratio of 1.5) is an error that names the file, the key and what is allowed:
a typo in a county's file must never silently fall back to a default or
switch a rule off.
"""

from __future__ import annotations

import copy
import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from xuncha import config

BUNDLED_RULES_FILE = Path(__file__).with_name("rules.toml")
PROFILES_DIR = Path(__file__).with_name("profiles")

Params = dict[str, Any]
"""One rule's parameters: key -> value, as in its table of rules.toml."""


class RulesFileError(Exception):
    """A rules file cannot be used; the message names the file and the key, in Chinese."""


@dataclass(frozen=True)
class Range:
    """The values a numeric parameter may take; outside them a rule would silently stop working."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    """True: the low end itself is not allowed (> low rather than >= low)."""
    high_open: bool = False
    integer: bool = False

    def allows(self, value: float) -> bool:
        if not math.isfinite(value) or (self.integer and value != int(value)):
            return False
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (self.high is not None and (value > self.high or (self.high_open and value == self.high)))

    def describe(self) -> str:
        """The allowed range in words: 大于 0 的数, 0 到 1 之间（不含 0 和 1）, 不小于 2 的整数."""
        noun = "整数" if self.integer else "数"
        low, high = _number(self.low), _number(self.high)
        if self.low is not None and self.high is not None:
            excluded = [end for end, is_open in ((low, self.low_open), (high, self.high_open)) if is_open]
            shut = f"（不含 {' 和 '.join(excluded)}）" if excluded else "（含两端）"
            return f"{low} 到 {high} 之间的{noun}{shut}"
        if self.low is not None:
            return f"{'大于' if self.low_open else '不小于'} {low} 的{noun}"
        if self.high is not None:
            return f"{'小于' if self.high_open else '不大于'} {high} 的{noun}"
        return noun


POSITIVE = Range(0, low_open=True)
NON_NEGATIVE = Range(0)
DAYS = Range(0, integer=True)
YEARS = Range(1, integer=True)
SHARE = Range(0, 1, low_open=True)

RANGES: dict[tuple[str, str], Range] = {
    ("split_contract", "threshold_yuan"): POSITIVE,
    ("split_contract", "window_days"): DAYS,
    ("split_contract", "min_title_similarity"): Range(0, 100),
    ("threshold_hugging", "tiers_yuan"): POSITIVE,
    ("threshold_hugging", "ratio"): Range(0, 1, low_open=True, high_open=True),
    ("threshold_hugging", "repeat_min"): Range(2, integer=True),
    ("threshold_hugging", "village_repeat_min"): Range(1, integer=True),
    ("method_below_required", "tiers.from_yuan"): POSITIVE,
    ("method_below_required", "method_words"): Range(0, 3, integer=True),
    ("repeat_vendor", "min_share"): SHARE,
    ("repeat_vendor", "min_items"): Range(2, integer=True),
    ("repeat_vendor", "window_days"): Range(1, integer=True),
    ("date_order", "tolerance_days"): DAYS,
    ("overpayment", "tolerance"): NON_NEGATIVE,
    ("overpayment", "min_excess_yuan"): NON_NEGATIVE,
    ("duplicate_payment", "window_days"): DAYS,
    ("duplicate_payment", "min_amount_yuan"): NON_NEGATIVE,
    ("duplicate_payment", "series_min"): Range(2, integer=True),
    ("duplicate_payment", "series_tolerance"): Range(0, 1, high_open=True),
    ("large_cash", "limit_yuan"): NON_NEGATIVE,
    ("white_slip", "zero_attachments_min_yuan"): NON_NEGATIVE,
    ("resource_lease", "building_max_years"): YEARS,
    ("resource_lease", "land_max_years"): YEARS,
    ("resource_lease", "land_type_max_years"): YEARS,
    ("resource_lease", "large_area_mu"): POSITIVE,
    ("resource_lease", "low_rent_ratio"): SHARE,
    ("resource_lease", "min_peers"): Range(3, integer=True),
}
"""Allowed values of the numeric parameters, by (table, key); ``key.field`` for a field of a list of tables.

A value outside its range has the right type but would switch its rule off
or make it fire on everything (a window of -1 days, a ratio of 1.5), so it
is an error like a wrong type, never a silent fallback.
"""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


@lru_cache(maxsize=1)
def _bundled() -> dict[str, Params]:
    with BUNDLED_RULES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def bundled_defaults() -> dict[str, Params]:
    """The bundled defaults, one table per rule id (a fresh copy the caller may change)."""
    return copy.deepcopy(_bundled())


def profile_names() -> list[str]:
    return sorted(path.stem for path in PROFILES_DIR.glob("*.toml"))


def resolve_rules_file(value: str | Path) -> Path:
    """A rules file by path, or a bundled profile by name (``zhejiang``)."""
    path = Path(value).expanduser()
    if path.is_file():
        return path
    profile = PROFILES_DIR / f"{value}.toml"
    if isinstance(value, str) and "/" not in value and profile.is_file():
        return profile
    known = "、".join(profile_names())
    raise RulesFileError(f"找不到规则文件 {value}（可用文件路径，或内置方案名：{known}）")


def read_rules_file(path: Path) -> dict[str, Any]:
    """A rules file's tables: UTF-8 text (a byte-order mark, as Notepad writes, is allowed)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RulesFileError(f"{path}: 无法读取：{error.strerror or error}") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RulesFileError(f"规则文件 {path} 不是 UTF-8 文本，请用记事本另存为 UTF-8") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RulesFileError(f"{path}: TOML 格式错误：{error}") from error


def rules_sources(rules_file: str | Path | None = None) -> list[Path]:
    """The files that make up the parameters, in the order they are applied."""
    sources = [BUNDLED_RULES_FILE]
    user_file = config.user_rules_file()
    if user_file.is_file():
        sources.append(user_file)
    if rules_file is not None:
        sources.append(resolve_rules_file(rules_file))
    return sources


def load_params(rules_file: str | Path | None = None) -> dict[str, Params]:
    """Bundled defaults <- user config file <- ``rules_file``, key by key.

    Raises:
        RulesFileError: a file is missing or malformed, or names an unknown
            table or key, or gives a value of the wrong type.
    """
    params = bundled_defaults()
    sources = rules_sources(rules_file)
    for path in sources[1:]:
        apply_overrides(params, read_rules_file(path), path)
    _check_values(params, sources)
    return params


def _check_values(params: dict[str, Params], sources: list[Path]) -> None:
    """Each rule's own checks of values that have the right type but cannot work."""
    from xuncha.rules import get_rules  # the rules import this module

    for rule in get_rules():
        try:
            rule.check_params(params[rule.id])
        except ValueError as error:
            files = "、".join(str(path) for path in sources[1:]) or str(sources[0])
            raise RulesFileError(f"{files}: [{rule.id}] {error}") from error


def apply_overrides(params: dict[str, Params], overrides: dict[str, Any], path: Path) -> None:
    """Apply one file's tables onto ``params`` in place, checking every key."""
    for table, values in overrides.items():
        if table not in params:
            raise RulesFileError(f"{path}: 未知的规则表 [{table}]（可用：{', '.join(params)}）")
        if not isinstance(values, dict):
            raise RulesFileError(f"{path}: {table} 应为一个表 [{table}]")
        for key, value in values.items():
            if key not in params[table]:
                known = ", ".join(params[table])
                raise RulesFileError(f"{path}: [{table}] 未知的参数 {key}（可用：{known}）")
            where = f"{path}: [{table}] {key}"
            params[table][key] = _checked_value(params[table][key], value, where)
            check_range(table, key, params[table][key], where)


def check_range(table: str, key: str, value: Any, where: str) -> None:
    """Raise RulesFileError when a numeric value (or an item of a list or table of numbers) is out of range."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        for item in value:
            for field, inner in item.items():
                check_range(table, f"{key}.{field}", inner, f"{where} 中的 {field}")
        return
    allowed = RANGES.get((table, key))
    if allowed is None:
        return
    if isinstance(value, dict):
        values = list(value.items())
    elif isinstance(value, list):
        values = [(None, item) for item in value]
    else:
        values = [(None, value)]
    for name, number in values:
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not allowed.allows(number):
            what = f" 中“{name}”的值" if name is not None else (" 的每一项" if isinstance(value, list) else "")
            allowed_text = allowed.describe()
            gap = " " if allowed_text[:1].isdigit() else ""
            raise RulesFileError(f"{where}{what} 应为{gap}{allowed_text}，实际为 {toml_text(number)}")


def toml_text(value: Any) -> str:
    """A value as it is written in a TOML file: true, 1.5, "一千"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


def _checked_value(default: Any, value: Any, where: str) -> Any:
    """The override if its type fits the default's; nested word tables merge key by key."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise RulesFileError(f"{where} 应为 true 或 false，实际为 {toml_text(value)}")
        return value
    if isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RulesFileError(f"{where} 应为数字，实际为 {toml_text(value)}")
        return value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise RulesFileError(f"{where} 应为文字，实际为 {toml_text(value)}")
        return value
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise RulesFileError(f"{where} 应为一个表，实际为 {toml_text(value)}")
        merged = dict(default)
        merged.update(value)
        return merged
    if isinstance(default, list):
        if not isinstance(value, list):
            raise RulesFileError(f"{where} 应为列表，实际为 {toml_text(value)}")
        _check_list_items(default, value, where)
        return value
    return value


def _check_list_items(default: list[Any], value: list[Any], where: str) -> None:
    """Items of a list override look like the default's items (same keys for tables)."""
    if not default:
        return
    sample = default[0]
    for item in value:
        if isinstance(sample, dict):
            if not isinstance(item, dict):
                raise RulesFileError(f"{where} 的每一项应为一个表，如 {sample!r}")
            unknown = set(item) - set(sample)
            missing = set(sample) - set(item)
            if unknown or missing:
                wrong = "、".join(sorted(unknown)) or "（无）"
                lacking = "、".join(sorted(missing)) or "（无）"
                raise RulesFileError(f"{where} 的项目键不对：多出 {wrong}，缺少 {lacking}")
        elif isinstance(sample, (int, float)) and (isinstance(item, bool) or not isinstance(item, (int, float))):
            raise RulesFileError(f"{where} 的每一项应为数字，实际有 {toml_text(item)}")
        elif isinstance(sample, str) and not isinstance(item, str):
            raise RulesFileError(f"{where} 的每一项应为文字，实际有 {toml_text(item)}")


@lru_cache(maxsize=1)
def param_comments() -> dict[tuple[str, str], str]:
    """The comment written above (or beside) each key of the bundled rules.toml.

    The comments carry the source of each default; the generated rules
    reference shows them next to the values.
    """
    comments: dict[tuple[str, str], str] = {}
    table = ""
    pending: list[str] = []
    for line in BUNDLED_RULES_FILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and not stripped.startswith("[["):
            table, pending = stripped.strip("[]").strip(), []
        elif stripped.startswith("#"):
            pending.append(stripped.lstrip("#").strip())
        elif "=" in stripped and table and not line.startswith((" ", "\t")):
            key, _, rest = stripped.partition("=")
            trailing = rest.split("#", 1)[1].strip() if "#" in rest and _closed_value(rest) else ""
            comments[(table, key.strip())] = " ".join(pending + ([trailing] if trailing else []))
            pending = []
        elif not stripped:
            pending = []
    return comments


def _closed_value(rest: str) -> bool:
    """Whether a '#' after '=' starts a comment (not inside a string on one line)."""
    before = rest.split("#", 1)[0]
    return before.count('"') % 2 == 0
