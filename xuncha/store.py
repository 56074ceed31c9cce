"""Provides the Store: one SQLite file holding records, batches, flags and findings.

The store is opened by path (``--db``, ``XUNCHA_DB`` or the user data
directory). It runs in WAL mode with foreign keys on and a busy timeout, and
carries a schema version: a store written by another version is refused with
a clear message instead of being misread.

Imports go through ``Store.importing``: one transaction per file, bulk inserts
through SQLAlchemy Core (the ORM is about ten times slower for this), and
nothing is left behind when anything fails.
"""

from __future__ import annotations

import getpass
import importlib
import json
import os
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, inspect, text
from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel, create_engine, delete, select

from xuncha import models
from xuncha.models import (
    KINDS,
    RECORD_MODELS,
    Batch,
    ImportIssue,
    ImportSheet,
    Meta,
    RecordBase,
)

SCHEMA_VERSION = 1
ENV_VAR = "XUNCHA_DB"
BUSY_TIMEOUT_MS = 5000

# Modules that define more tables on SQLModel.metadata; they are imported
# before the schema is created so that one create_all makes every table.
TABLE_MODULES = ("xuncha.parties", "xuncha.flags", "xuncha.findings")


class StoreError(Exception):
    """A store cannot be used; the message is for the user, in Chinese."""


class StoreVersionError(StoreError):
    pass


class StoreBusyError(StoreError):
    pass


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("xuncha", appauthor=False)) / "xuncha.db"


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store path: an explicit one, else $XUNCHA_DB, else the user data directory."""
    if path:
        return Path(path).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return default_path()


def _load_table_modules() -> None:
    for name in TABLE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _create_private_file(path: Path) -> None:
    """Create the store file readable by its owner only: it holds evidence about people."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)


@dataclass
class SheetCounts:
    imported: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0


class ImportWriter:
    """Writes one file's sheets, records and issues inside the import transaction."""

    def __init__(self, connection: Connection, batch_id: int, sha256: str) -> None:
        self.connection = connection
        self.batch_id = batch_id
        self.sha256 = sha256
        """Content hash of the file; record ids derive from it (``models.record_uid``)."""

    def add_sheet(self, sheet: str, kind: str | None, village: str, header_row: int | None,
                  mapping: dict[str, str], note: str = "") -> int:
        result = self.connection.execute(
            ImportSheet.__table__.insert().values(  # type: ignore[attr-defined]
                batch_id=self.batch_id, sheet=sheet, kind=kind, village=village,
                header_row=header_row, mapping=json.dumps(mapping, ensure_ascii=False), note=note,
            )
        )
        return int(result.inserted_primary_key[0])

    def add_records(self, kind: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert record rows (dicts of column values, batch_id filled in here)."""
        if not rows:
            return
        for row in rows:
            row["batch_id"] = self.batch_id
        table = RECORD_MODELS[kind].__table__  # type: ignore[attr-defined]
        self.connection.execute(table.insert(), list(rows))

    def add_issues(self, issues: Sequence[dict[str, Any]]) -> None:
        if not issues:
            return
        for issue in issues:
            issue["batch_id"] = self.batch_id
            issue.setdefault("raw", "{}")
            issue.setdefault("record_id", None)
            issue.setdefault("row", None)
            issue.setdefault("column", None)
            issue.setdefault("value", None)
        self.connection.execute(ImportIssue.__table__.insert(), list(issues))  # type: ignore[attr-defined]

    def finish_sheet(self, sheet_id: int, counts: SheetCounts) -> None:
        table = ImportSheet.__table__  # type: ignore[attr-defined]
        self.connection.execute(
            table.update().where(table.c.id == sheet_id).values(
                imported=counts.imported, skipped=counts.skipped,
                rejected=counts.rejected, warnings=counts.warnings,
            )
        )


class Store:
    """The xuncha store on one SQLite file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        _create_private_file(self.path)
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(self.engine, "connect", _on_connect)
        _load_table_modules()
        self._check_version()
        self._create_schema()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> "Store":
        return cls(resolve_path(path))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------

    def _check_version(self) -> None:
        try:
            with self.engine.connect() as connection:
                tables = inspect(connection).get_table_names()
                if "meta" not in tables:
                    if tables:
                        raise StoreVersionError(
                            f"{self.path} 不是巡察数据库（缺少版本信息），请换一个 --db 路径"
                        )
                    return
                found = connection.execute(
                    text("SELECT value FROM meta WHERE key = 'schema_version'")
                ).scalar()
        except StoreError:
            raise
        except Exception as error:  # a non-SQLite file, a locked or unreadable one
            raise StoreError(f"无法打开数据库 {self.path}：{error}") from error
        if found is not None and int(found) != SCHEMA_VERSION:
            raise StoreVersionError(
                f"数据库 {self.path} 的版本为 {found}，本程序使用版本 {SCHEMA_VERSION}；"
                "请用对应版本的 xuncha 打开，或换一个 --db 路径"
            )

    def _create_schema(self) -> None:
        SQLModel.metadata.create_all(self.engine)
        with self.session() as session:
            if session.get(Meta, "schema_version") is None:
                session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
                session.commit()

    # --- sessions -------------------------------------------------------------

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A Core connection in one transaction: commit on success, roll back on error."""
        with self.engine.begin() as connection:
            yield connection

    # --- meta -----------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.session() as session:
            row = session.get(Meta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(Meta(key=key, value=value))
            session.commit()

    # --- imports --------------------------------------------------------------

    def batch_by_sha(self, sha256: str) -> Batch | None:
        with self.session() as session:
            return session.exec(select(Batch).where(Batch.sha256 == sha256)).first()

    @contextmanager
    def importing(self, file_name: str, file_path: str, sha256: str, size: int,
                  imported_by: str | None = None) -> Iterator[ImportWriter]:
        """One file's import as a single transaction; yields the writer."""
        with self.transaction() as connection:
            result = connection.execute(
                Batch.__table__.insert().values(  # type: ignore[attr-defined]
                    file_name=file_name, file_path=file_path, sha256=sha256, size=size,
                    imported_at=datetime.now().astimezone().replace(microsecond=0),
                    imported_by=imported_by if imported_by is not None else _user_name(),
                )
            )
            yield ImportWriter(connection, int(result.inserted_primary_key[0]), sha256)

    def batches(self) -> list[Batch]:
        with self.session() as session:
            return list(session.exec(select(Batch).order_by(Batch.id)))

    def batch_sheets(self, batch_id: int | None = None) -> list[ImportSheet]:
        with self.session() as session:
            query = select(ImportSheet).order_by(ImportSheet.id)
            if batch_id is not None:
                query = query.where(ImportSheet.batch_id == batch_id)
            return list(session.exec(query))

    def remove_batch(self, batch_id: int) -> bool:
        """Remove a batch with its records and issues (foreign keys cascade)."""
        with self.session() as session:
            batch = session.get(Batch, batch_id)
            if batch is None:
                return False
            for model in RECORD_MODELS.values():
                session.exec(delete(model).where(model.batch_id == batch_id))  # type: ignore[call-overload]
            session.exec(delete(ImportIssue).where(ImportIssue.batch_id == batch_id))  # type: ignore[call-overload]
            session.exec(delete(ImportSheet).where(ImportSheet.batch_id == batch_id))  # type: ignore[call-overload]
            session.delete(batch)
            session.commit()
        return True

    def issues(self, level: str | None = None, batch_id: int | None = None) -> list[ImportIssue]:
        with self.session() as session:
            query = select(ImportIssue).order_by(ImportIssue.id)
            if level:
                query = query.where(ImportIssue.level == level)
            if batch_id is not None:
                query = query.where(ImportIssue.batch_id == batch_id)
            return list(session.exec(query))

    # --- records --------------------------------------------------------------

    def records(self, kind: str | None = None, village: str | None = None) -> list[RecordBase]:
        """Records of one kind (or all kinds), in import order."""
        out: list[RecordBase] = []
        kinds = [kind] if kind else list(KINDS)
        with self.session() as session:
            for name in kinds:
                model = RECORD_MODELS[name]
                query = select(model)
                if village:
                    query = query.where(model.village == village)
                query = query.order_by(model.batch_id, model.source_sheet, model.source_row)
                out.extend(session.exec(query))
        return out

    def get_record(self, record_id: str) -> RecordBase | None:
        with self.session() as session:
            for model in RECORD_MODELS.values():
                found = session.get(model, record_id)
                if found is not None:
                    return found
        return None

    def get_records(self, record_ids: Sequence[str]) -> dict[str, RecordBase]:
        """Records by id across kinds; ids not found are left out."""
        wanted = list(dict.fromkeys(record_ids))
        found: dict[str, RecordBase] = {}
        with self.session() as session:
            for model in RECORD_MODELS.values():
                for start in range(0, len(wanted), 500):
                    chunk = wanted[start:start + 500]
                    for record in session.exec(select(model).where(model.id.in_(chunk))):  # type: ignore[attr-defined]
                        found[record.id] = record
        return found

    def count(self, kind: str) -> int:
        model = RECORD_MODELS[kind]
        with self.session() as session:
            return int(session.exec(select(func.count()).select_from(model)).one())

    def counts(self) -> dict[str, int]:
        return {kind: self.count(kind) for kind in KINDS}

    def villages(self) -> list[str]:
        names: set[str] = set()
        with self.session() as session:
            for model in RECORD_MODELS.values():
                names.update(v for v in session.exec(select(model.village).distinct()) if v)
        return sorted(names)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""


__all__ = [
    "Store",
    "StoreError",
    "StoreVersionError",
    "StoreBusyError",
    "ImportWriter",
    "SheetCounts",
    "default_path",
    "resolve_path",
    "models",
]
