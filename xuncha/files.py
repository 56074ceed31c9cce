"""Provides owner-only, all-or-nothing file writing for what xuncha hands out.

Exports, bundles and backups name people and amounts: they are created
readable by their owner only (0600) from the start, written beside the target
and renamed over it, so that a half-written file never replaces a good one.

Every output path the user chooses goes through ``check_output_path`` before
anything is opened for writing: the store's own file and its -wal/-shm/-journal
companions are refused (writing an export over the store destroys it), a
folder is refused naming the path the user typed, and an existing file is
refused unless the caller allows overwriting it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

STORE_COMPANIONS = ("", "-wal", "-shm", "-journal")
"""Suffixes of the files SQLite keeps for a store: the database itself, its WAL, shared memory, rollback journal."""


class OutputPathError(Exception):
    """An output path xuncha will not write to; the message is for the user, in Chinese."""


def store_files(store_path: str | os.PathLike[str]) -> list[Path]:
    """The store's own file and the companions SQLite keeps beside it."""
    base = str(Path(store_path).expanduser())
    return [Path(base + suffix) for suffix in STORE_COMPANIONS]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as written
        return path.absolute()


def _samefile(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _case_insensitive(store: Path) -> bool:
    """Whether the store's folder ignores case (macOS, Windows, a FAT U disk): its name in other case is it."""
    other = store.with_name(store.name.swapcase())
    return other.name != store.name and _samefile(other, store)


def is_store_file(target: str | os.PathLike[str], store_path: str | os.PathLike[str]) -> bool:
    """Whether writing ``target`` would write the store or one of its companions.

    Paths are compared resolved (symlinks, ``..``), then as files when both
    exist (hard links, another spelling on a case-insensitive file system),
    then by name without case in the store's folder when that folder ignores case
    (a companion that does not exist yet).
    """
    target = Path(target).expanduser()
    store = Path(store_path).expanduser()
    resolved = _resolved(target)
    ignore_case = _case_insensitive(store)
    for protected in store_files(store):
        if resolved == _resolved(protected) or _samefile(target, protected):
            return True
        if ignore_case and target.name.casefold() == protected.name.casefold() \
                and _samefile(target.parent, protected.parent):
            return True
    return False


def check_output_path(path: str | os.PathLike[str], *, store_path: str | os.PathLike[str] | None = None,
                      overwrite: bool = True) -> Path:
    """The output path, checked before anything is opened; raises OutputPathError.

    Args:
        path: The path the user gave.
        store_path: The store in use: writing onto it (or its -wal/-shm/-journal) is refused.
        overwrite: Whether an existing file may be replaced (the command line asks for --force).
    """
    target = Path(path).expanduser()
    if store_path is not None and is_store_file(target, store_path):
        store = Path(store_path).expanduser()
        which = "" if target == store else f"（{store} 或其 -wal/-shm/-journal 文件）"
        raise OutputPathError(f"不能写到 {target}：这是正在使用的数据库文件{which}，写入会毁掉数据库；请换一个文件名")
    if target.is_dir():
        raise OutputPathError(f"{target} 是一个文件夹，不是文件；请在路径后写上文件名")
    for folder in target.parents:
        if folder.exists():
            if not folder.is_dir():
                raise OutputPathError(f"无法写入 {target}：{folder} 是一个文件，不是文件夹")
            break
    if not overwrite and (target.exists() or target.is_symlink()):
        raise OutputPathError(f"{target} 已存在，未覆盖；要覆盖请加 --force")
    return target


def _naming(error: OSError, target: Path) -> OSError:
    """The same error about the path the user typed, not the temporary file beside it."""
    if error.errno is None or error.filename == str(target):
        return error
    return OSError(error.errno, error.strerror, str(target))


def write_private_file(path: str | os.PathLike[str], write: Callable[[Path], None], *,
                       prefix: str = ".xuncha-", store_path: str | os.PathLike[str] | None = None,
                       overwrite: bool = True) -> Path:
    """Call ``write`` with the path of a new, empty, owner-only file beside ``path``, then move it into place.

    Raises:
        OutputPathError: ``path`` is the store, a folder, or (``overwrite`` false) an existing file.
        OSError: the folder cannot be written, the disk is full…; it names ``path``, never the temporary file.
    """
    target = check_output_path(path, store_path=store_path, overwrite=overwrite)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise _naming(error, target) from error
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        os.chmod(temp, 0o600)
        _move_into_place(temp, target, overwrite)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _naming(error, target) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _move_into_place(temp: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if a file appeared there meanwhile: never replaced silently
    except FileExistsError:
        raise OutputPathError(f"{target} 已存在，未覆盖；要覆盖请加 --force") from None
    except OSError:  # no hard links on this file system (a FAT U disk)
        if target.exists():
            raise OutputPathError(f"{target} 已存在，未覆盖；要覆盖请加 --force") from None
        os.replace(temp, target)
        return
    temp.unlink()


def write_private(path: str | os.PathLike[str], write: Callable[[BinaryIO], None], *,
                  prefix: str = ".xuncha-", store_path: str | os.PathLike[str] | None = None,
                  overwrite: bool = True) -> Path:
    """Call ``write`` on a private temporary file beside ``path``, then move it into place."""

    def fill(temp: Path) -> None:
        with open(temp, "wb") as handle:
            write(handle)

    return write_private_file(path, fill, prefix=prefix, store_path=store_path, overwrite=overwrite)
