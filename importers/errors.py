"""Provides the importer's user-facing exceptions.

Every message is Chinese and names the file, and where it applies the sheet,
row and column, so that the CLI can print it as one line on stderr and the
TUI can show it as is.
"""

from __future__ import annotations


class ImportFailed(Exception):
    """An import problem the user can act on; ``str(error)`` is the Chinese message."""

    def __init__(self, message: str, *, file: str | None = None, sheet: str | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column


class UnreadableFile(ImportFailed):
    """The file cannot be read as a spreadsheet at all (wrong format, corrupt, encrypted)."""


class UnrecognizedSheet(ImportFailed):
    """A sheet whose header row or kind could not be recognised."""


class BadMapping(ImportFailed):
    """A mapping file that cannot be used."""


class ImportCancelled(Exception):
    """Raised inside a file's transaction when the user cancels, so that it rolls back."""
