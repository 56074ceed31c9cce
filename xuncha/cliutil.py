"""Provides what every CLI command shares: JSON output, user-facing errors, progress.

Commands live in the core modules that own them (``cli_search``, ``cli_rules``,
``cli_findings``) and register themselves with ``register(subparsers)``; the
entry point (``xuncha.cli``) wires them together.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable

from xuncha.models import KIND_LABELS, KINDS
from xuncha.store import Store

Handler = Callable[[argparse.Namespace, Store], int]


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit status 1."""


# --- argparse in Chinese ----------------------------------------------------------------------

ARGPARSE_MESSAGES: dict[str, str] = {
    # help
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    # usage errors (exit status 2)
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 必须给出其中一个",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "这个选项不带值，多写了 %r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多只能给一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "unexpected option string: %s": "不应出现的选项：%s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的 %(type)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择 %(value)r（可选：%(choices)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}
"""Chinese for the messages argparse (Python 3.11) passes through gettext: help texts and usage errors."""


def _translate(message: str) -> str:
    return ARGPARSE_MESSAGES.get(message, message)


def _ntranslate(singular: str, plural: str, count: int) -> str:
    return _translate(singular if count == 1 else plural)


@contextmanager
def chinese_argparse() -> Iterator[None]:
    """argparse speaks Chinese inside this block (it looks ``_`` and ``ngettext`` up when it needs them)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _translate, _ntranslate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _in_chinese(method: Any) -> Any:
    @functools.wraps(method)
    def run(*args: Any, **kwargs: Any) -> Any:
        with chinese_argparse():
            return method(*args, **kwargs)

    return run


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 不是整数") from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 不是数字") from None


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (``--limit``); anything else is a usage error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 不是正整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数（至少为 1），实际为 {text}")
    return value


class ArgumentParser(argparse.ArgumentParser):
    """argparse with its help and usage errors in Chinese; usage errors still exit with status 2.

    Subparsers are made of the parser's own class (``add_subparsers``), so every
    command and subcommand of ``xuncha`` speaks Chinese.
    """

    @_in_chinese
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # type=int and type=float name their errors in Chinese ("'abc' 不是整数").
        self.register("type", int, _integer)
        self.register("type", float, _number)

    parse_args = _in_chinese(argparse.ArgumentParser.parse_args)  # type: ignore[assignment]
    parse_known_args = _in_chinese(argparse.ArgumentParser.parse_known_args)  # type: ignore[assignment]
    add_subparsers = _in_chinese(argparse.ArgumentParser.add_subparsers)  # type: ignore[assignment]
    format_usage = _in_chinese(argparse.ArgumentParser.format_usage)
    format_help = _in_chinese(argparse.ArgumentParser.format_help)
    error = _in_chinese(argparse.ArgumentParser.error)  # type: ignore[assignment]


# --- shared option values ---------------------------------------------------------------------


def kind_of(text: str) -> str | None:
    """A record kind from ``--kind``: its id (contract), its name (合同, 资源发包), a word search knows (协议)."""
    word = text.strip()
    if word in KINDS:
        return word
    lowered = word.lower()
    if lowered in KINDS:
        return lowered
    for kind, label in KIND_LABELS.items():
        if word and (word == label or word in label):
            return kind
    from xuncha.search import KIND_WORDS

    return KIND_WORDS.get(word)


def require_kind(text: str | None) -> str | None:
    """The kind ``--kind`` names (None when not given); an unknown one is bad input (exit status 1)."""
    if not text:
        return None
    kind = kind_of(text)
    if kind is None:
        choices = "、".join(f"{k}（{v}）" for k, v in KIND_LABELS.items())
        raise CliError(f"未知的记录类型 {text}（可选：{choices}）")
    return kind


def kind_help(what: str) -> str:
    return f"{what}：{', '.join(f'{k}（{v}）' for k, v in KIND_LABELS.items())}；也可写中文，如 合同、项目"


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="输出一个 JSON 文档（仅此内容）")


def print_json(document: Any) -> None:
    """Print one JSON document on stdout and nothing else."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def info(message: str) -> None:
    """Human-oriented messages go to stderr so that --json stdout stays clean."""
    print(message, file=sys.stderr)


class ProgressLine:
    """A one-line text progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, label: str, *, stream: Any = None, min_total: int = 2000) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.min_total = min_total
        self._shown = False

    def update(self, done: int, total: int, detail: str = "") -> None:
        if not self.enabled or total < self.min_total:
            return
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "·" * (width - filled)
        self.stream.write(f"\r{self.label} {bar} {done}/{total} {detail[:40]}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
