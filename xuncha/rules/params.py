"""Provides the rule parameters: bundled defaults, profiles, the user file and ``--rules``.

Parameters are layered key by key: the bundled ``rules.toml`` (the national
defaults), then the user's ``rules.toml`` in the config directory when it
exists, then the file given with ``--rules`` (a path, or the name of a bundled
profile such as ``zhejiang``). An unknown table, an unknown key or a value of
the wrong type is an error that names the file and the key: a typo in a
county's file must never silently fall back to a default.
"""

from __future__ import annotations

import copy
import tomllib
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
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise RulesFileError(f"{path}: TOML 格式错误：{error}") from error
    except OSError as error:
        raise RulesFileError(f"{path}: 无法读取：{error.strerror or error}") from error


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
            params[table][key] = _checked_value(params[table][key], value, f"{path}: [{table}] {key}")


def _checked_value(default: Any, value: Any, where: str) -> Any:
    """The override if its type fits the default's; nested word tables merge key by key."""
    if isinstance(default, bool) or isinstance(value, bool):
        if not (isinstance(default, bool) and isinstance(value, bool)):
            raise RulesFileError(f"{where} 应为 true 或 false，实际为 {value!r}")
        return value
    if isinstance(default, (int, float)):
        if not isinstance(value, (int, float)):
            raise RulesFileError(f"{where} 应为数字，实际为 {value!r}")
        return value
    if isinstance(default, str):
        if not isinstance(value, str):
            raise RulesFileError(f"{where} 应为文字，实际为 {value!r}")
        return value
    if isinstance(default, dict):
        if not isinstance(value, dict):
            raise RulesFileError(f"{where} 应为一个表，实际为 {value!r}")
        merged = dict(default)
        merged.update(value)
        return merged
    if isinstance(default, list):
        if not isinstance(value, list):
            raise RulesFileError(f"{where} 应为列表，实际为 {value!r}")
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
        elif isinstance(sample, (int, float)) and not isinstance(item, (int, float)):
            raise RulesFileError(f"{where} 的每一项应为数字，实际有 {item!r}")
        elif isinstance(sample, str) and not isinstance(item, str):
            raise RulesFileError(f"{where} 的每一项应为文字，实际有 {item!r}")


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
