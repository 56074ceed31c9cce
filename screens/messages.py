"""Provides the messages that cross screens: requests and facts posted up to the app.

Screens post these; they bubble to ``XunchaApp``, which pushes the screen asked
for or tells every screen that its data went stale (state flows down as
attributes, up as messages).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

RECORDS, FLAGS, FINDINGS, RULES = "records", "flags", "findings", "rules"
"""What changed: imported records, scan flags, the notebook, the rules file."""


@dataclass
class DataChanged(Message):
    """The store changed (an import, a scan, a finding); screens showing it must reload."""

    what: frozenset[str]


@dataclass
class OpenRecord(Message):
    """Show one record with its fields, raw cells and source."""

    record_id: str


@dataclass
class OpenDossier(Message):
    """Show a project's dossier: contracts, payments, dates, flags."""

    project_id: str


@dataclass
class OpenRecords(Message):
    """Browse records of a kind, optionally restricted to one counterparty's name variants."""

    kind: str
    village: str | None = None
    names: tuple[str, ...] = ()
    label: str = ""
