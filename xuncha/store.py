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
import operator
import os
import shutil
import sqlite3
import stat
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Date, Engine, event, func, inspect, text
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
    remove_batch_advice,
    removed_batch_text,
)

SCHEMA_VERSION = 1
ENV_VAR = "XUNCHA_DB"
BUSY_TIMEOUT_MS = 5000
IMPORT_CACHE_KIB = 192 * 1024
"""Page cache of an import's connection: about the size of a record table's four
indexes at 1M rows (64 MB inserts 1M payments 20 % slower). It fills while the
reader holds the sheet, yet stays below the reader's own peak while loading it."""
BULK_LOAD_MIN_ROWS = 20_000
"""Sheets at least this long load without the record table's secondary indexes (``ImportWriter.expect_rows``)."""
DEFAULT_CACHE_SIZE = -2000
"""SQLite's default (about 2 MB), restored after an import."""

# Modules that define more tables on SQLModel.metadata; they are imported
# before the schema is created so that one create_all makes every table.
TABLE_MODULES = ("xuncha.parties", "xuncha.flags", "xuncha.findings")


class StoreError(Exception):
    """A store cannot be used; the message is for the user, in Chinese."""


class StoreVersionError(StoreError):
    pass


class StoreBusyError(StoreError):
    """Another program holds the store's write lock beyond the busy timeout."""


SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_NOTADB = 3, 8, 14, 26
"""SQLite's primary result codes that mean the store file itself cannot be used."""


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def plain_error_text(error: BaseException) -> str:
    """An error's own message without SQLAlchemy's decorations: no online "Background on
    this error" link, no SQL statement; for the rare error no Chinese message covers."""
    original = getattr(error, "orig", None) or error
    lines = [line for line in str(original).splitlines()
             if line.strip() and "sqlalche.me" not in line and not line.startswith(("[SQL", "(Background"))]
    return " ".join(lines).strip() or type(original).__name__


LOW_DISK_BYTES = 1 << 20
"""Free space below which a disk I/O error on the store is taken for a full disk (SQLite's own
-shm file alone needs 32 KiB, and it cannot say that it failed for want of space)."""


def _folder_of(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _read_only_disk(folder: Path) -> bool:
    """Whether the folder is on a file system mounted read-only (a write-protected U disk, a CD)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no such folder yet; no statvfs on Windows
        return False


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(_folder_of(path)).free < LOW_DISK_BYTES
    except OSError:
        return False


def _permission_problem(path: Path) -> str | None:
    """Why the current user may not use the store at ``path`` (read-only disk, file or folder permissions), or None."""
    folder = _folder_of(path)
    if _read_only_disk(folder):
        # Not a matter of permissions: no user may write there, and the file's owner cannot change it.
        return (f"数据库 {path} 所在的磁盘是只读的（如写保护的 U 盘、光盘）；"
                "请把数据库复制到可写的位置，或用 --db 换一个路径")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            return (f"没有权限读写数据库 {path}（文件属于其他用户，或权限不允许本用户读写）；"
                    "请检查文件权限，或用 --db 换一个路径")
        if not os.access(folder, os.W_OK | os.X_OK):
            return (f"没有权限在文件夹 {folder} 中写入（数据库需要在旁边建立 -wal、-shm 文件）；"
                    "请检查文件夹权限，或用 --db 换一个路径")
    elif folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return f"没有权限在文件夹 {folder} 中建立数据库 {path.name}；请检查文件夹权限，或用 --db 换一个路径"
    return None


def translate_error(error: BaseException, path: str | os.PathLike[str]) -> StoreError | None:
    """The user's message for a SQLite error that means the store cannot be used, else None.

    ``error`` may be a sqlite3 exception or SQLAlchemy's wrapper of one. Integrity
    errors and the like are left alone: they are the caller's to handle. No
    message carries SQLAlchemy's English decorations (its online links).
    """
    original = getattr(error, "orig", None) or error
    message = str(original).lower()
    code = _sqlite_code(original)
    where = Path(path)
    if isinstance(original, sqlite3.OperationalError):
        if "locked" in message or "busy" in message:
            return StoreBusyError(
                f"数据库正被另一个程序占用（等了 {BUSY_TIMEOUT_MS // 1000} 秒仍未释放）：{path}；"
                "请等另一个窗口的导入或保存完成，或关闭它后重试")
        if "readonly" in message or "read-only" in message or code == SQLITE_READONLY:
            problem = _permission_problem(where)
            return StoreError(problem or f"数据库 {path} 是只读的，无法写入；请检查文件权限或换一个 --db 路径")
        if "disk is full" in message:
            return StoreError(f"磁盘已满，无法写入数据库 {path}")
        if "unable to open" in message or code in (SQLITE_CANTOPEN, SQLITE_PERM):
            if where.is_dir():
                return StoreError(f"{path} 是一个文件夹，不是数据库文件；请在 --db 后写数据库文件的路径")
            problem = _permission_problem(where)
            if problem:
                return StoreError(problem)
            return StoreError(f"无法打开数据库 {path}；请检查磁盘或 U 盘是否已拔出")
        if "disk i/o error" in message:
            if _disk_nearly_full(where):  # SQLite could not make room for its -wal/-shm files
                return StoreError(f"磁盘已满，无法使用数据库 {path}（数据库要在旁边建立 -wal、-shm 文件）；"
                                  "请腾出磁盘空间后重试")
            return StoreError(f"读写数据库 {path} 时出错（磁盘读写错误）；请检查磁盘或 U 盘是否已拔出")
    elif isinstance(original, sqlite3.DatabaseError) and (
            "file is not a database" in message or "file is encrypted" in message or code == SQLITE_NOTADB):
        return StoreError(f"无法打开数据库：{path} 不是 xuncha 数据库文件（也不是 SQLite 文件）；请检查 --db 路径")
    elif type(original) is sqlite3.DatabaseError and "malformed" in message:
        return StoreError(f"数据库文件 {path} 已损坏（database disk image is malformed）；请用 xuncha backup 做的备份恢复")
    return None


def _raise_store_error(path: Path) -> Any:
    def handle(context: Any) -> None:
        wrapped = context.sqlalchemy_exception
        if wrapped is not None:
            wrapped.code = None  # no "(Background on this error at: https://sqlalche.me/…)" in any message
        translated = translate_error(context.original_exception, path)
        if translated is not None:
            raise translated from context.original_exception

    return handle


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


def _interrupted_creation(connection: Connection, tables: Sequence[str]) -> bool:
    """Whether ``tables`` are what a first creation cut short left behind: xuncha's own tables, all empty.

    Stores created before the schema was made in one transaction can be left so by a
    kill; they hold nothing yet, and opening them again finishes their creation.
    """
    if not set(tables) <= set(SQLModel.metadata.tables):
        return False
    return not any(connection.execute(text(f'SELECT 1 FROM "{table}" LIMIT 1')).first() for table in tables)


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


class EarlierCopy(NamedTuple):
    """An earlier batch that holds rows identical to a sheet being imported."""

    batch_id: int
    file_name: str
    rows: int
    """How many rows of that batch are identical to one of the sheet's (at most about the sheet's size:
    a row repeated within the earlier batch counts each time)."""


@dataclass
class SheetCounts:
    imported: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0


class _RecordInsert:
    """The INSERT of one record kind in positional form, with its column order and defaults."""

    def __init__(self, kind: str) -> None:
        table = RECORD_MODELS[kind].__table__  # type: ignore[attr-defined]
        names = [column.name for column in table.columns if column.name != "batch_id"]
        self.sql = (f"INSERT INTO {table.name} (batch_id, {', '.join(names)}) "
                    f"VALUES ({', '.join('?' * (len(names) + 1))})")
        self.pick = operator.itemgetter(*names)
        self.defaults = {column.name: column.default.arg if column.default is not None else None
                         for column in table.columns}
        # sqlite3's own date adapter is deprecated (Python 3.12): dates go in as the
        # ISO text SQLAlchemy's Date type writes and reads back.
        self.date_positions = [index + 1 for index, name in enumerate(names)
                               if isinstance(table.c[name].type, Date)]

    def complete(self, row: dict[str, Any]) -> dict[str, Any]:
        return {**self.defaults, **row}

    def values(self, batch_id: int, row: dict[str, Any]) -> list[Any]:
        values = [batch_id, *self.pick(row)]
        for index in self.date_positions:
            if values[index] is not None:
                # date.isoformat, unbound: a datetime gives its date part, as SQLAlchemy's Date does
                values[index] = date.isoformat(values[index])
        return values


@cache
def _record_insert(kind: str) -> _RecordInsert:
    return _RecordInsert(kind)


class ImportWriter:
    """Writes one file's sheets, records and issues inside the import transaction."""

    def __init__(self, connection: Connection, batch_id: int, sha256: str) -> None:
        self.connection = connection
        self.batch_id = batch_id
        self.sha256 = sha256
        """Content hash of the file; record ids derive from it (``models.record_uid``)."""
        self._dropped_indexes: dict[str, list[str]] = {}
        """Record table -> the CREATE INDEX statements of its secondary indexes, dropped for a bulk load."""

    def expect_rows(self, kind: str, rows: int) -> None:
        """Say that about ``rows`` records of ``kind`` are coming, before they are added.

        A large load into a table no larger than itself is faster without the
        table's secondary indexes, which are built again, sorted, before the
        commit (``restore_indexes``): inserting random keys into three indexes
        costs more than the rows themselves (1M payments: 41 s with the indexes,
        19 s without them and rebuilding). The drop is part of the transaction,
        so a rolled-back import leaves the indexes as they were, and readers
        keep using them meanwhile (WAL).
        """
        if rows < BULK_LOAD_MIN_ROWS or kind in self._dropped_indexes:
            return
        table = RECORD_MODELS[kind].__tablename__  # type: ignore[attr-defined]
        driver = self.driver_connection
        (present,) = driver.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        if present > rows:
            return  # rebuilding would cost more than inserting into the indexes
        indexes = driver.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, _ in indexes:
            driver.execute(f'DROP INDEX "{name}"')
        self._dropped_indexes[kind] = [sql for _, sql in indexes]

    def restore_indexes(self) -> None:
        """Build again the indexes dropped for bulk loads (inside the transaction, before the commit)."""
        driver = self.driver_connection
        for statements in self._dropped_indexes.values():
            for statement in statements:
                driver.execute(statement)
        self._dropped_indexes.clear()

    @property
    def driver_connection(self) -> sqlite3.Connection:
        """The transaction's sqlite3 connection, for bulk writes in this same transaction."""
        return self.connection.connection.driver_connection  # type: ignore[return-value]

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
        """Insert record rows (dicts of column values, batch_id filled in here).

        Straight through the sqlite3 driver with positional tuples, on the
        transaction's own connection: SQLAlchemy's per-row dict processing costs
        more than SQLite's insert itself (PERF.md §3, 97k vs 260k rows/s).
        """
        if not rows:
            return
        statement = _record_insert(kind)
        batch_id = self.batch_id
        try:
            params = [statement.values(batch_id, row) for row in rows]
        except KeyError:  # rows that leave out columns: their defaults, as Core would fill in
            params = [statement.values(batch_id, statement.complete(row)) for row in rows]
        self.driver_connection.executemany(statement.sql, params)

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

    def finish_sheet(self, sheet_id: int, counts: SheetCounts, note: str | None = None) -> None:
        """Store the sheet's counts, and its note when reading the rows added to it."""
        table = ImportSheet.__table__  # type: ignore[attr-defined]
        values: dict[str, Any] = dict(imported=counts.imported, skipped=counts.skipped,
                                      rejected=counts.rejected, warnings=counts.warnings)
        if note is not None:
            values["note"] = note
        self.connection.execute(table.update().where(table.c.id == sheet_id).values(**values))

    def earlier_copy(self, kind: str, sheet: str) -> EarlierCopy | None:
        """The earlier batch holding the most rows identical to this batch's rows of ``sheet``.

        Rows are identical when their raw cells are (``row_hash``: same headers, same
        values). A ledger imported again in a corrected version, or a half-year file and
        then the whole year's, would otherwise count every such row twice.
        """
        table = f'"{RECORD_MODELS[kind].__tablename__}"'
        cursor = self.driver_connection
        others = cursor.execute(f"SELECT 1 FROM {table} WHERE batch_id <> ? LIMIT 1", (self.batch_id,))
        if others.fetchone() is None:  # nothing imported before: the usual first import costs nothing
            return None
        # IN (subquery) makes SQLite hash the sheet's row hashes once and probe them while it
        # scans the other batches (0.3 s for 100k against 100k); a JOIN was planned as a nested
        # loop over the batch index, which never ends at that size.
        found = cursor.execute(
            f"SELECT batch_id, COUNT(*) FROM {table} WHERE batch_id <> :batch AND row_hash IN "
            f"(SELECT row_hash FROM {table} WHERE batch_id = :batch AND source_sheet = :sheet) "
            "GROUP BY batch_id ORDER BY 2 DESC, 1 DESC LIMIT 1", {"batch": self.batch_id, "sheet": sheet}).fetchone()
        if found is None:
            return None
        name = cursor.execute("SELECT file_name FROM batch WHERE id = ?", (found[0],)).fetchone()
        return EarlierCopy(found[0], name[0] if name else "", found[1])


    def same_entries(self, kind: str, sheet: str) -> EarlierCopy | None:
        """The earlier batch of another book or register that holds the most rows of this batch's
        ``sheet`` (the 收支明细账 beside the 银行日记账, a platform export beside the village's own
        合同台账): the scan counts each such row once (``xuncha.rules.copies``)."""
        from xuncha.scan import sheet_copies

        cursor = self.driver_connection
        others = cursor.execute(f'SELECT 1 FROM "{kind}" WHERE batch_id <> ? LIMIT 1', (self.batch_id,))
        if others.fetchone() is None:  # nothing imported before: the usual first import costs nothing
            return None
        found = sheet_copies(cursor.cursor(), kind, self.batch_id, sheet)
        if found is None:
            return None
        name = cursor.execute("SELECT file_name FROM batch WHERE id = ?", (found[0],)).fetchone()
        return EarlierCopy(found[0], name[0] if name else "", found[1])


class Store:
    """The xuncha store on one SQLite file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        _create_private_file(self.path)
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            # Bound values are record content (names, phones): never in a log line or an error message.
            hide_parameters=True,
        )
        event.listen(self.engine, "connect", _on_connect)
        # "database is locked" and friends reach the user as StoreBusyError/StoreError, not a traceback.
        event.listen(self.engine, "handle_error", _raise_store_error(self.path))
        _load_table_modules()
        self._check_version()
        self._create_schema()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        return cls(resolve_path(path))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema ---------------------------------------------------------------

    def _check_version(self) -> None:
        try:
            with self.engine.connect() as connection:
                tables = inspect(connection).get_table_names()
                if "meta" not in tables:
                    if tables and not _interrupted_creation(connection, tables):
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
            translated = translate_error(error, self.path)
            if translated is not None:
                raise translated from error
            raise StoreError(f"无法打开数据库 {self.path}：{plain_error_text(error)}") from error
        if found is not None and int(found) != SCHEMA_VERSION:
            raise StoreVersionError(
                f"数据库 {self.path} 的版本为 {found}，本程序使用版本 {SCHEMA_VERSION}；"
                "请用对应版本的 xuncha 打开，或换一个 --db 路径"
            )

    def _create_schema(self) -> None:
        """Create the tables and the version row that are missing, all in one transaction.

        A program killed while it first creates a store then leaves no table behind
        (the next open creates them all), never some tables without the version row,
        which ``_check_version`` refuses as not a xuncha store. The write lock is
        taken only when something is missing: opening a complete store never waits
        for another program's import.
        """
        if self._schema_complete():
            return
        with self.transaction() as connection:
            SQLModel.metadata.create_all(connection)
            connection.execute(
                text("INSERT INTO meta (key, value) VALUES ('schema_version', :v) ON CONFLICT(key) DO NOTHING"),
                {"v": str(SCHEMA_VERSION)},
            )

    def _schema_complete(self) -> bool:
        with self.engine.connect() as connection:
            if not set(SQLModel.metadata.tables) <= set(inspect(connection).get_table_names()):
                return False
            return connection.execute(text("SELECT 1 FROM meta WHERE key = 'schema_version'")).first() is not None

    # --- sessions -------------------------------------------------------------

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def writing(self) -> Session:
        """A session for a read-modify-write (add a note, change a status): use as ``with``.

        Its transaction takes the write lock before its first read (BEGIN IMMEDIATE):
        another process's write cannot slip in between what it reads and what it
        writes, so no write is lost; a store busy with another writer makes it wait
        up to the busy timeout, then raise StoreBusyError. (pysqlite would otherwise
        run the reads outside any transaction and begin only at the first write.)
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            session.close()
            raise
        return session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A Core connection in one transaction: commit on success, roll back on error.

        Like ``writing``, it takes the write lock first: what it reads is current when it writes.
        """
        with self.engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield connection

    # --- meta -----------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.session() as session:
            row = session.get(Meta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        # One upsert, not the ORM's read-then-insert: two threads or programs setting a key that
        # does not exist yet (an import's refresh and the workbench's catch-up) both saw it missing,
        # and the second insert failed on the primary key.
        with self.transaction() as connection:
            upsert_meta(connection, key, value)

    # --- imports --------------------------------------------------------------

    def batch_by_sha(self, sha256: str) -> Batch | None:
        with self.session() as session:
            return session.exec(select(Batch).where(Batch.sha256 == sha256)).first()

    @contextmanager
    def importing(self, file_name: str, file_path: str, sha256: str, size: int,
                  imported_by: str | None = None) -> Iterator[ImportWriter]:
        """One file's import as a single transaction; yields the writer."""
        with self.transaction() as connection, _page_cache(connection, IMPORT_CACHE_KIB):
            result = connection.execute(
                Batch.__table__.insert().values(  # type: ignore[attr-defined]
                    file_name=file_name, file_path=file_path, sha256=sha256, size=size,
                    imported_at=datetime.now().astimezone().replace(microsecond=0),
                    imported_by=imported_by if imported_by is not None else _user_name(),
                )
            )
            _bump_batches_generation(connection)
            writer = ImportWriter(connection, int(result.inserted_primary_key[0]), sha256)
            yield writer
            writer.restore_indexes()

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
            _retire_removal_advice(session.connection(), batch_id)
            _bump_batches_generation(session.connection())
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


BATCHES_GENERATION = "batches_generation"
"""Meta key: a fresh token whenever a batch is added or removed, in that same transaction."""


def upsert_meta(connection: Connection, key: str, value: str) -> None:
    """Set the meta ``key`` inside the caller's transaction, whether or not it exists yet.

    ``INSERT … ON CONFLICT DO UPDATE`` is one statement in SQLite and PostgreSQL alike.
    """
    connection.execute(
        text("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": key, "v": value},
    )


def bump_generation(connection: Connection, key: str) -> None:
    """Give the meta ``key`` a fresh token, inside the caller's transaction: whoever noted the
    old one (a cache, a refresh) can tell that the data behind it changed.

    A fresh token rather than a counter or ids: ids are reused after a removal,
    and a store rebuilt at the same path must never look current.
    """
    upsert_meta(connection, key, uuid.uuid4().hex)


def _retire_removal_advice(connection: Connection, batch_id: int) -> None:
    """Later imports' notes asked to remove this batch: say it is gone instead."""
    advice = remove_batch_advice(batch_id)
    table = ImportSheet.__tablename__
    connection.execute(
        text(f"UPDATE {table} SET note = replace(note, :advice, :done) WHERE instr(note, :advice) > 0"),
        {"advice": advice, "done": removed_batch_text(batch_id)})


def _bump_batches_generation(connection: Connection) -> None:
    """Mark the records as changed, so that derived data can tell it is behind (``xuncha.refresh``)."""
    bump_generation(connection, BATCHES_GENERATION)


@contextmanager
def _page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """Let this connection cache up to ``kib`` KiB of pages, then go back to SQLite's default.

    A bulk insert updates the random-keyed primary key and three secondary indexes
    of a record table: with SQLite's default 2 MB cache their pages are written out
    and read back again and again (100k payments insert about 40 % faster).
    """
    connection.exec_driver_sql(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        with suppress(Exception):  # never hide the import's own error behind this one
            connection.exec_driver_sql(f"PRAGMA cache_size = {DEFAULT_CACHE_SIZE}")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""


__all__ = [
    "bump_generation",
    "ImportWriter",
    "EarlierCopy",
    "SheetCounts",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreVersionError",
    "default_path",
    "models",
    "plain_error_text",
    "resolve_path",
    "translate_error",
]
