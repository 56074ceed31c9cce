"""Provides what every CLI command shares: JSON output, user-facing errors, progress.

Commands live in the core modules that own them (``cli_search``, ``cli_rules``,
``cli_findings``) and register themselves with ``register(subparsers)``; the
entry point (``xuncha.cli``) wires them together.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

from xuncha.store import Store

Handler = Callable[[argparse.Namespace, Store], int]


class CliError(Exception):
    """Bad input: printed as one line on stderr, exit status 1."""


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
