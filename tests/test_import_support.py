"""Helpers shared by the importer tests: writing real workbooks and reading the store back.

(This module holds no tests; it is named test_import_* only to live beside them.)
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl

import importers
from xuncha.models import record_dict

Cell = Any


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Cell]]], *,
               merges: dict[str, Sequence[str]] | None = None, date1904: bool = False,
               hidden: Iterable[str] = ()) -> Path:
    """Write a real .xlsx with openpyxl: sheet name -> rows (None for an empty cell)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if date1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for ranges in (merges or {}).get(name, ()):
            sheet.merge_cells(ranges)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, Sequence[Sequence[Cell]]], *,
              merges: dict[str, Sequence[tuple[int, int, int, int]]] | None = None) -> Path:
    """Write a real BIFF .xls with xlwt; merges as (first_row, last_row, first_col, last_col), 0-based."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        merged_cells = {}
        for r0, r1, c0, c1 in (merges or {}).get(name, ()):
            merged_cells[(r0, c0)] = (r1, c1)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                style = date_style if isinstance(value, (dt.date, dt.datetime)) else xlwt.Style.default_style
                if (r, c) in merged_cells:
                    r1, c1 = merged_cells[(r, c)]
                    sheet.write_merge(r, r1, c, c1, value, style)
                else:
                    sheet.write(r, c, value, style)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Cell]], *, encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def import_one(store, path: Path, **options: Any) -> importers.FileReport:
    report = importers.import_paths(store, [path], **options)
    assert len(report.files) == 1, report.to_json()
    return report.files[0]


def sheet_of(report: importers.FileReport, name: str | None = None) -> importers.SheetReport:
    if name is None:
        assert len(report.sheets) == 1, [s.sheet for s in report.sheets]
        return report.sheets[0]
    for sheet in report.sheets:
        if sheet.sheet == name:
            return sheet
    raise AssertionError(f"no sheet {name}: {[s.sheet for s in report.sheets]}")


def records(store, kind: str | None = None) -> list[dict[str, Any]]:
    """Records as DESIGN.md's JSON (yuan amounts, ISO dates), plus their raw cells."""
    out = []
    for record in store.records(kind):
        data = record_dict(record)
        data["raw"] = json.loads(record.raw)
        out.append(data)
    return out


def by_row(items: Iterable[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    return {item["source"]["row"] if "source" in item else item["row"]: item for item in items}


def skipped_rows(sheet: importers.SheetReport, *, blank: bool = False) -> list[int]:
    return sorted(s["row"] for s in sheet.skipped if (s["reason"] == "空行") == blank)
