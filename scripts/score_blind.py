"""Scores blind test sets: how many data rows the importer reads as their truth says.

A set is a folder with ``make.py``, which writes ``files/`` and ``truth.json`` next to itself
(see tests/blind/README.md). Each set is built in a temporary folder, imported through the real
command line into a fresh store, and compared row by row.

Usage::

    python scripts/score_blind.py                      # every set in tests/blind
    python scripts/score_blind.py tests/blind/qa35     # one set, with each of its problems
    python scripts/score_blind.py /tmp/new_set --json  # a new set; the problems as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.blind import build, known_rows, score, set_dirs, summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="set folders (default: all of tests/blind)")
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")
    args = parser.parse_args()
    chosen = args.sets or set_dirs()
    total_rows = total_correct = 0
    for set_dir in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            result = score(build(set_dir, Path(tmp) / "set"), Path(tmp) / "store.db")
        total_rows += result.rows
        total_correct += result.correct
        print(summary(set_dir.name, result))
        known = known_rows(set_dir)
        if len(chosen) == 1 or args.json:
            for problem in result.problems:
                line = asdict(problem) | ({"known": known[problem.key()]} if problem.key() in known else {})
                print(json.dumps(line, ensure_ascii=False) if args.json else f"  {line}")
    if len(chosen) > 1:
        print(f"all    {total_correct:4}/{total_rows:<4} {100 * total_correct / max(total_rows, 1):6.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
