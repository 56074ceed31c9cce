"""Once-blind test sets: messy workbooks written without reading the importer, with their truth.

Each ``qaNN/make.py`` writes ``files/`` and ``truth.json`` next to itself; ``score`` imports the
files through the real command line and compares every data row with its truth. See README.md.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SETS = Path(__file__).resolve().parent
MONEY_FIELDS = frozenset({"amount", "budget", "area"})

CORRECT, WRONG, REPORTED, SILENT = "correct", "wrong", "not imported (reported)", "LOST SILENTLY"
NON_DATA_AS_RECORD, UNLISTED_RECORD = "non-data row became a record", "record at a row the truth does not list"


@dataclass
class Problem:
    where: tuple[str, str, int]
    what: str
    detail: dict = field(default_factory=dict)

    def key(self) -> str:
        return "{}|{}|{}".format(*self.where)


@dataclass
class Score:
    rows: int = 0
    correct: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.correct / self.rows if self.rows else 0.0

    def count(self, what: str) -> int:
        return sum(1 for problem in self.problems if problem.what == what)


def set_dirs() -> list[Path]:
    return sorted(path.parent for path in SETS.glob("qa*/make.py"))


def build(set_dir: Path, workdir: Path) -> Path:
    """Run the set's ``make.py`` in ``workdir`` (it writes next to itself); returns ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(set_dir / "make.py", workdir / "make.py")
    subprocess.run([sys.executable, "make.py"], cwd=workdir, check=True, capture_output=True)
    return workdir


def xuncha(db: Path, *args: str) -> subprocess.CompletedProcess:
    """The real command line, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "xuncha", "--db", str(db), *args],
                          capture_output=True, text=True, encoding="utf-8")


def score(built: Path, db: Path) -> Score:
    """Import ``built/files`` into ``db`` and compare each truth row with its record."""
    report = json.loads(xuncha(db, "import", str(built / "files"), "--json").stdout)
    records = json.loads(xuncha(db, "records", "--json").stdout)
    truth = json.loads((built / "truth.json").read_text(encoding="utf-8"))
    return compare(truth, report, records)


def compare(truth: dict, report: dict, records: list[dict]) -> Score:
    by_row: dict[tuple[str, str, int], list[dict]] = {}
    for record in records:
        source = record["source"]
        by_row.setdefault((source["file"], source["sheet"], source["row"]), []).append(record)
    reasons = _reported_reasons(report)
    unused: dict[tuple[str, str, int], list[dict]] = {}
    result = Score()
    listed = set()
    for row in truth["rows"]:
        where = (row["file"], row["sheet"], row["row"])
        listed.add(where)
        result.rows += 1
        problem = _row_problem(row, where, unused.setdefault(where, list(by_row.get(where, []))), reasons)
        if problem is None:
            result.correct += 1
        else:
            result.problems.append(problem)
    for item in truth.get("non_data", []):
        where = (item["file"], item["sheet"], item["row"])
        listed.add(where)
        if where in by_row:
            result.problems.append(Problem(where, NON_DATA_AS_RECORD, {"what": item.get("what")}))
    for where, found in by_row.items():
        extra = found if where not in listed else unused.get(where, [])
        if where in listed and where not in unused:
            extra = []  # a non-data row, already counted
        for record in extra:
            shown = {k: v for k, v in record.items() if v not in (None, "") and k not in ("id", "source")}
            result.problems.append(Problem(where, UNLISTED_RECORD, {"record": shown}))
    return result


def _reported_reasons(report: dict) -> dict:
    """(file, sheet, row) -> reason for each skipped or rejected row; (file, sheet) -> the note of
    a sheet that imported nothing; (file, None) -> the message of a file that was refused."""
    reasons: dict = {}
    for entry in report["files"]:
        if not entry.get("sheets"):
            reasons[(entry["file"], None)] = entry.get("message") or entry.get("status")
        for sheet in entry.get("sheets", []):
            for item in sheet.get("skipped", []) + sheet.get("rejected", []):
                reasons[(entry["file"], sheet["sheet"], item["row"])] = item.get("reason")
            if not sheet.get("imported"):
                reasons[(entry["file"], sheet["sheet"])] = sheet.get("note") or "（无说明）"
    return reasons


def _row_problem(row: dict, where: tuple[str, str, int], found: list[dict], reasons: dict) -> Problem | None:
    """Compare a truth row with the record of its row that fits it best, and use that record up: a
    line may hold two entries (a 左收右支 board), each with its own truth."""
    if not found:
        reason = reasons.get(where) or reasons.get(where[:2]) or reasons.get((where[0], None))
        return Problem(where, REPORTED, {"reason": reason}) if reason else Problem(where, SILENT)
    diffs = min((_differences(row, record) for record in found), key=len)
    found.pop([_differences(row, record) for record in found].index(diffs))
    return Problem(where, WRONG, diffs) if diffs else None


def _differences(row: dict, record: dict) -> dict:
    diffs = {}
    if record["kind"] != row["kind"]:
        diffs["kind"] = {"want": row["kind"], "got": record["kind"]}
    else:
        wanted = dict(row.get("fields", {}))
        if "village" in row:
            wanted["village"] = row["village"]
        for name, want in wanted.items():
            if not _same(name, want, record.get(name)):
                diffs[name] = {"want": want, "got": record.get(name)}
    return diffs


def _same(name: str, want, got) -> bool:
    if name in MONEY_FIELDS:
        if want is None or got is None:
            return want is None and got is None
        return abs(float(want) - float(got)) < 0.011
    return _text(want) == _text(got)


def _text(value):
    if isinstance(value, str):
        return re.sub(r"\s+", "", value) or None
    return value


def known_rows(set_dir: Path) -> dict[str, str]:
    """The set's rows read otherwise than its truth on purpose or by open debate: key -> why."""
    path = set_dir / "known.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def summary(name: str, result: Score) -> str:
    counts = Counter(problem.what for problem in result.problems)
    return (f"{name:6} {result.correct:4}/{result.rows:<4} {100 * result.share:6.1f}%  "
            f"wrong {counts[WRONG]:3}  reported {counts[REPORTED]:3}  silent {counts[SILENT]:3}  "
            f"non-data→record {counts[NON_DATA_AS_RECORD]:2}  unlisted {counts[UNLISTED_RECORD]:2}")
