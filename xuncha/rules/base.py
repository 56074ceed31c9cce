"""Provides the Rule base class, the Flag a rule raises, and the rule convention.

Every rule is one class in its own module. Its class docstring is its
documentation (docs/rules.md is generated from it) and must carry the six
sections below; ``id`` is snake_case and unique; every declared parameter has
a default in the bundled rules.toml, and that table has no undeclared key.
``Rule.__init_subclass__`` checks all this when the module is imported, so a
rule that breaks the convention cannot be loaded at all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params, bundled_defaults

SECTIONS: tuple[tuple[str, str], ...] = (
    ("问题", "What it catches"),
    ("方法", "Method"),
    ("为什么重要", "Why it matters"),
    ("参数", "Parameters"),
    ("排除", "Exclusions"),
    ("示例", "Example"),
)
"""Docstring sections, in order: each is written as a line ``问题 (What it catches):``."""

SEVERITIES = ("high", "medium", "low")
SEVERITY_LABELS = {"high": "高", "medium": "中", "low": "低"}
SEVERITY_ORDER = {name: rank for rank, name in enumerate(SEVERITIES)}

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_registered: dict[str, type["Rule"]] = {}


def section_heading(chinese: str, english: str) -> str:
    return f"{chinese} ({english}):"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One record a flag points to."""

    kind: str
    id: str


def flag_id(rule: str, record_ids: Iterable[str]) -> str:
    """Stable across scans: a hash of the rule and its sorted evidence record ids.

    A rule raises at most one flag per set of records (several problems of
    one record are one flag), so the pair identifies the clue.
    """
    text = "\x1f".join([rule, *sorted(set(record_ids))])
    return hashlib.sha1(text.encode()).hexdigest()[:16]


@dataclass
class Flag:
    """A clue raised by a rule: worded as a reason to look, with its evidence records."""

    rule: str
    severity: str
    village: str
    title: str
    detail: str
    amount: int | None
    """Amount involved, in fen (None when the clue has no amount)."""
    records: tuple[Evidence, ...]

    @property
    def id(self) -> str:
        return flag_id(self.rule, (e.id for e in self.records))


def evidence(rows: Iterable[Any]) -> tuple[Evidence, ...]:
    """Evidence from rows, in the given order, each record once."""
    seen: dict[str, Evidence] = {}
    for row in rows:
        seen.setdefault(row.id, Evidence(row.kind, row.id))
    return tuple(seen.values())


@dataclass
class Outcome:
    """What one rule did in a scan: its flags and its coverage."""

    rule: str
    kinds: tuple[str, ...]
    flags: list[Flag] = field(default_factory=list)
    evaluated: int = 0
    """Records of the rule's kinds it looked at."""
    not_applicable: dict[str, int] = field(default_factory=dict)
    """Why records could not be judged (Chinese reason -> number of records)."""

    def skip(self, reason: str, count: int = 1) -> None:
        if count:
            self.not_applicable[reason] = self.not_applicable.get(reason, 0) + count

    def add(self, flag: Flag) -> None:
        self.flags.append(flag)

    @property
    def flagged(self) -> int:
        """Distinct evaluated records (of the rule's kinds) that appear in a flag."""
        return len({e.id for f in self.flags for e in f.records if e.kind in self.kinds})


class Rule:
    """Base of every rule; subclasses set the class attributes and ``evaluate``."""

    id: ClassVar[str]
    name: ClassVar[str]
    """Chinese name shown to inspectors."""
    severity: ClassVar[str]
    """Default severity of its flags: high, medium or low (a flag may say otherwise)."""
    params: ClassVar[tuple[str, ...]] = ()
    kinds: ClassVar[tuple[str, ...]] = ()
    """Record kinds the rule judges; its coverage counts these."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _check_convention(cls)
        _registered[cls.id] = cls

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:  # pragma: no cover
        raise NotImplementedError

    @classmethod
    def check_params(cls, params: Params) -> None:
        """Raise ValueError (in Chinese) for values that cannot work; the loader has checked types."""

    def outcome(self) -> Outcome:
        return Outcome(rule=self.id, kinds=self.kinds)

    @classmethod
    def summary(cls) -> str:
        """The docstring's first line."""
        return (cls.__doc__ or "").strip().splitlines()[0].strip()

    @classmethod
    def sections(cls) -> dict[str, str]:
        """Docstring sections by Chinese heading, each as dedented text."""
        return parse_sections(cls.__doc__ or "")


def parse_sections(doc: str) -> dict[str, str]:
    headings = {section_heading(zh, en): zh for zh, en in SECTIONS}
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.splitlines():
        stripped = line.strip()
        if stripped in headings:
            current = found.setdefault(headings[stripped], [])
        elif current is not None:
            current.append(line)
    return {name: _dedent(lines) for name, lines in found.items()}


def _dedent(lines: list[str]) -> str:
    body = list(lines)
    while body and not body[-1].strip():
        body.pop()
    indents = [len(line) - len(line.lstrip()) for line in body if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in body).strip("\n")


class RuleConventionError(TypeError):
    """A rule class breaks the convention; raised when its module is imported."""


def _require(condition: object, message: str) -> None:
    # Not ``assert``: the convention must hold under ``python -O`` too.
    if not condition:
        raise RuleConventionError(message)


def _check_convention(cls: type[Rule]) -> None:
    name = cls.__name__
    doc = cls.__doc__ or ""
    _require(doc.strip(), f"规则类 {name} 没有文档字符串")
    rule_id = getattr(cls, "id", None)
    if not isinstance(rule_id, str) or not _ID_PATTERN.match(rule_id):
        raise RuleConventionError(f"规则 {name} 的 id 应为 snake_case：{rule_id!r}")
    previous = _registered.get(rule_id)
    # Re-importing a rule module (tests, reloads) defines the same class again: not a duplicate.
    same_class = previous is not None and (previous.__module__, previous.__qualname__) == (
        cls.__module__, cls.__qualname__)
    _require(previous is None or same_class, f"规则 id {rule_id} 重复：{previous} 与 {cls}")
    _require(getattr(cls, "name", ""), f"规则 {rule_id} 缺少中文名称 name")
    _require(getattr(cls, "severity", None) in SEVERITIES, f"规则 {rule_id} 的 severity 应为 {SEVERITIES}")
    _require(cls.kinds, f"规则 {rule_id} 没有声明它判断的记录类型 kinds")
    for zh, en in SECTIONS:
        heading = section_heading(zh, en)
        _require(heading in doc, f"规则 {rule_id} 的文档缺少“{heading}”一节")
    defaults = bundled_defaults().get(rule_id)
    if defaults is None:
        raise RuleConventionError(f"rules.toml 缺少规则表 [{rule_id}]")
    for param in cls.params:
        _require(param in defaults, f"rules.toml 的 [{rule_id}] 缺少参数 {param} 的默认值")
        _require(param in doc, f"规则 {rule_id} 的文档没有说明参数 {param}")
    undeclared = set(defaults) - set(cls.params)
    _require(not undeclared, f"rules.toml 的 [{rule_id}] 有未声明的参数：{', '.join(sorted(undeclared))}")
