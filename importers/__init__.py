"""Provides the importers' public API: spreadsheets in, canonical records out.

    import_paths(store, paths, village=None, mapping=None, on_progress=None, cancel=None) -> ImportReport
    preview_file(path, village=None, mapping=None, code_tables=()) -> FilePreview     # no writing
    gather_code_tables(paths) -> list[CodeTable]   # the code tables of files previewed together
    load_mapping(path) -> Mapping / save_mapping(mapping, path)

The CLI (``xuncha import``) and the TUI's import screen call only these. The
modules behind them: ``readers`` (formats by content), ``headers`` (header
rows, merges), ``synonyms`` (header -> field), ``kinds`` (sheet kind,
column assignment), ``plan`` (per-sheet decisions), ``rowmap`` (per-row
parsing and skip rules), ``journal`` (general journals, 序时账: only the
cash and bank lines are payments), ``pipeline`` (files, transactions, progress),
``mapping`` (TOML mapping files), ``values`` (cell parsers).
"""

from importers.codes import gather_code_tables
from importers.errors import BadMapping, ImportFailed, UnreadableFile, UnrecognizedSheet
from importers.mapping import (
    Mapping,
    describe_fields,
    load_mapping,
    mapping_from_dict,
    save_mapping,
)
from importers.pipeline import import_file, import_paths, preview_file
from importers.readers import SPREADSHEET_SUFFIXES
from importers.report import (
    FilePreview,
    FileReport,
    ImportProgress,
    ImportReport,
    SheetPreview,
    SheetReport,
)

__all__ = [
    "SPREADSHEET_SUFFIXES",
    "BadMapping",
    "FilePreview",
    "FileReport",
    "ImportFailed",
    "ImportProgress",
    "ImportReport",
    "Mapping",
    "SheetPreview",
    "SheetReport",
    "UnreadableFile",
    "UnrecognizedSheet",
    "describe_fields",
    "gather_code_tables",
    "import_file",
    "import_paths",
    "load_mapping",
    "mapping_from_dict",
    "preview_file",
    "save_mapping",
]
