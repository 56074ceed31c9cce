"""The command line's safety and manners, through the real entry point.

Output commands never write onto the store; rules files that are not UTF-8,
files that are not stores and unreadable stores get one Chinese line; argparse
speaks Chinese and keeps exit status 2 for usage errors; --kind takes Chinese
words; a mapping that names a missing column says so; the demo reports its scan.
"""

from __future__ import annotations

import argparse
import gettext
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_import_support import write_xlsx
from xuncha import cli

ENGLISH_ARGPARSE = ("usage:", "positional arguments", "options:", "show this help message", "error:",
                    "the following arguments", "invalid", "unrecognized arguments", "expected one argument",
                    "not allowed with", "choose from")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a command that must be a usage error (exit status 2); returns its stderr."""
    with pytest.raises(SystemExit) as exit_info:
        cli.main(list(argv))
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def run_module(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "xuncha", *argv], capture_output=True, text=True, cwd=REPO,
                          timeout=180, check=False, env=env)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "sqlalche.me" not in err and "Background on this error" not in err
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contract_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "石桥村合同.xlsx", {"合同": [
        ["石桥村2022年合同台账"],
        ["合同编号", "合同名称", "乙方单位", "合同金额", "签订日期"],
        ["HT-1", "村道硬化", "宏达建设", 125000, "2022-03-05"],
        ["HT-2", "水渠清淤", "张三", 8000, "2022-04-01"],
    ]})


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store with two contracts and one finding, closed by the time the test runs."""
    path = tmp_path / "store" / "巡察.db"
    assert cli.main(["--db", str(path), "import", str(contract_file(tmp_path))]) == 0
    assert cli.main(["--db", str(path), "findings", "add", "--title", "村道硬化未招标", "--village", "石桥村"]) == 0
    capsys.readouterr()
    return path


def store_is_intact(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db), "records", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(capsys, "--db", str(db), "findings", "list", "--json")
    assert code == 0 and [f["title"] for f in json.loads(out)] == ["村道硬化未招标"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# --- 1. output commands never write onto the store ------------------------------------------

OUTPUT_COMMANDS = {
    "export": ["export"],
    "export-bundle": ["findings", "export-bundle"],
    "backup": ["backup"],
}


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
@pytest.mark.parametrize("spelling", ["itself", "wal", "shm", "journal", "dotdot", "symlink", "hardlink"])
def test_output_onto_the_store_is_refused_before_anything_is_written(
        db: Path, capsys: pytest.CaptureFixture[str], command: str, spelling: str) -> None:
    folder = db.parent
    target = {
        "itself": db, "wal": Path(f"{db}-wal"), "shm": Path(f"{db}-shm"), "journal": Path(f"{db}-journal"),
        "dotdot": folder / ".." / folder.name / db.name,
        "symlink": folder / "链接.xlsx", "hardlink": folder / "硬链接.json",
    }[spelling]
    if spelling == "symlink":
        target.symlink_to(db)
    elif spelling == "hardlink":
        os.link(db, target)
    files_before = other_files(folder)
    code, out, err = run(capsys, "--db", str(db), *OUTPUT_COMMANDS[command], str(target), "--force")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "正在使用的数据库文件" in line and str(target) in line
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert other_files(folder) == files_before  # nothing written, no temporary file left behind
    store_is_intact(db, capsys)


def other_files(folder: Path) -> list[str]:
    """The folder's files but the -wal and -shm SQLite makes and removes as the store is opened and closed."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def test_backup_onto_the_store_neither_empties_nor_hangs(db: Path) -> None:
    """It used to truncate the store to 0 bytes, then wait forever for its own lock."""
    with sqlite3.connect(db) as connection:  # everything in the file itself, so that its bytes can be compared
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db)
    done = run_module("--db", str(db), "backup", str(db), "--force")
    assert done.returncode == 1 and done.stdout == ""
    assert "正在使用的数据库文件" in one_line(done.stderr)
    assert digest(db) == before and db.stat().st_size > 0


def test_another_case_of_the_store_name_is_refused_where_case_does_not_count(
        db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """On macOS, Windows or a FAT U disk 巡察.DB-WAL is the store's WAL, even before it exists."""
    import xuncha.files

    monkeypatch.setattr(xuncha.files, "_case_insensitive", lambda store: True)
    code, _, err = run(capsys, "--db", str(db), "export", str(db.with_name(db.name.upper() + "-WAL")), "--force")
    assert code == 1 and "正在使用的数据库文件" in one_line(err)


def test_the_workbench_export_function_refuses_the_store_too(db: Path) -> None:
    """The TUI calls the same core function after asking about overwriting: it must refuse the store."""
    from xuncha.bundle import export_bundle
    from xuncha.export import write_findings_workbook
    from xuncha.files import OutputPathError
    from xuncha.store import Store

    before = digest(db)
    with Store(db) as store:
        with pytest.raises(OutputPathError, match="正在使用的数据库文件"):
            write_findings_workbook(store, db)
        with pytest.raises(OutputPathError, match="正在使用的数据库文件"):
            export_bundle(store, Path(f"{db}-wal"))
    assert digest(db) == before


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_an_existing_file_is_replaced_only_with_force(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    target = tmp_path / "已有的文件.out"
    target.write_bytes(b"an earlier export")
    code, out, err = run(capsys, "--db", str(db), *OUTPUT_COMMANDS[command], str(target))
    assert (code, out) == (1, "")
    line = one_line(err)
    assert str(target) in line and "已存在" in line and "--force" in line
    assert target.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".xuncha")) == []
    code, out, _ = run(capsys, "--db", str(db), *OUTPUT_COMMANDS[command], str(target), "--force", "--json")
    assert code == 0 and json.loads(out)["path"] == str(target)
    assert target.read_bytes() != b"an earlier export" and target.stat().st_mode & 0o777 == 0o600


# --- 2. rules files that are not UTF-8 ---------------------------------------------------------

GBK_RULES = "# 我县规则\n[large_cash]\nlimit_yuan = 3000\n".encode("gbk")


def test_scan_with_a_gbk_rules_file_says_so_in_one_line(db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "我县规则.toml"
    rules.write_bytes(GBK_RULES)
    code, out, err = run(capsys, "--db", str(db), "scan", "--rules", str(rules))
    assert (code, out) == (1, "")
    assert one_line(err) == f"xuncha: 规则文件 {rules} 不是 UTF-8 文本，请用记事本另存为 UTF-8"


def test_a_gbk_user_rules_file_stops_scan_and_demo_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha.config import user_rules_file

    rules = user_rules_file()
    rules.parent.mkdir(parents=True, exist_ok=True)
    rules.write_bytes(GBK_RULES)
    code, _, err = run(capsys, "scan", "--json")
    assert code == 1 and "不是 UTF-8 文本" in one_line(err) and str(rules) in err
    code, _, err = run(capsys, "demo", "--no-tui")
    assert code == 1
    assert err.strip().splitlines()[-1] == f"xuncha: 规则文件 {rules} 不是 UTF-8 文本，请用记事本另存为 UTF-8"
    assert "Traceback" not in err
    demo_folder = Path(err.split("演示数据库：", 1)[1].split()[0]).parent
    assert not demo_folder.exists()  # a demo that stopped leaves no evidence behind


def test_a_rules_file_with_a_byte_order_mark_is_read(db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    rules = tmp_path / "记事本.toml"
    rules.write_bytes("\ufeff# 我县规则\n[large_cash]\nlimit_yuan = 3000\n".encode("utf-8"))
    code, out, err = run(capsys, "--db", str(db), "scan", "--rules", str(rules), "--json")
    assert code == 0 and isinstance(json.loads(out), list)
    assert str(rules) in err  # listed among the parameter sources


# --- 3. stores that cannot be used --------------------------------------------------------------


def test_a_file_that_is_not_a_store_gets_one_chinese_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "笔记.db"
    notes.write_text("not a database\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(notes), "records")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert f"{notes} 不是 xuncha 数据库文件（也不是 SQLite 文件）" in line
    assert "DatabaseError" not in line and "file is not a database" not in line
    assert notes.read_text(encoding="utf-8") == "not a database\n"


def test_a_folder_given_as_the_store_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "records")
    assert code == 1 and f"{tmp_path} 是一个文件夹" in one_line(err)


def test_a_store_the_user_may_not_open_is_a_permission_problem(
        db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite says only "unable to open database file"; the message must not blame the U disk."""
    import xuncha.store

    real_connect, real_access = sqlite3.connect, os.access

    def refusing_connect(database, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(database) == str(db):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", refusing_connect)
    monkeypatch.setattr(sqlite3.dbapi2, "connect", refusing_connect)  # what SQLAlchemy calls
    monkeypatch.setattr(xuncha.store.os, "access",
                        lambda path, mode: False if str(path) == str(db) else real_access(path, mode))
    code, _, err = run(capsys, "--db", str(db), "records")
    line = one_line(err)
    assert code == 1 and "没有权限读写数据库" in line and str(db) in line and "U 盘" not in line


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may open any file")
def test_a_store_without_read_permission_is_a_permission_problem(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db.chmod(0)
    try:
        code, _, err = run(capsys, "--db", str(db), "records")
    finally:
        db.chmod(0o600)
    assert code == 1 and "没有权限" in one_line(err)


def test_no_sqlalchemy_link_reaches_the_user(store) -> None:  # type: ignore[no-untyped-def]
    """Not from the CLI's last-resort message, nor from any error the store's engine raises (the TUI shows those)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError, OperationalError

    from xuncha.store import plain_error_text

    wrapped = DBAPIError("SELECT 1", {}, sqlite3.DatabaseError("something odd"), code="4xp6")
    assert "sqlalche.me" in str(wrapped)
    assert plain_error_text(wrapped) == "something odd"
    with pytest.raises(OperationalError) as raised, store.engine.connect() as connection:
        connection.execute(text("SELEC 1"))
    assert "syntax error" in str(raised.value) and "sqlalche.me" not in str(raised.value)


# --- 4. messages name the path the user typed ---------------------------------------------------


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_output_to_a_folder_names_the_folder(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             command: str) -> None:
    folder = tmp_path / "导出"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(db), *OUTPUT_COMMANDS[command], str(folder))
    line = one_line(err)
    assert code == 1 and f"{folder} 是一个文件夹" in line and ".xuncha-" not in line
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", OUTPUT_COMMANDS)
def test_a_folder_that_cannot_be_written_is_named_as_typed(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str) -> None:
    import tempfile

    def denied(*args, dir=None, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", os.path.join(dir, ".xuncha-export-ri3rojkx"))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    target = tmp_path / "只读" / "问题清单.xlsx"
    code, _, err = run(capsys, "--db", str(db), *OUTPUT_COMMANDS[command], str(target))
    assert code == 1 and one_line(err) == f"xuncha: 无法读写 {target}：没有权限"


def test_output_under_a_file_names_the_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "export", str(blocker / "问题清单.xlsx"))
    assert code == 1 and f"{blocker} 是一个文件，不是文件夹" in one_line(err)


# --- 5. --json for backup and whoami -------------------------------------------------------------


def test_backup_json(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "备份" / "副本.db"
    code, out, _ = run(capsys, "--db", str(db), "backup", str(target), "--json")
    assert code == 0
    assert json.loads(out) == {"path": str(target), "size": target.stat().st_size}
    assert target.stat().st_size > 0 and target.stat().st_mode & 0o777 == 0o600
    store_is_intact(target, capsys)


def test_whoami_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "findings", "whoami", "赵六", "--json")
    assert code == 0 and json.loads(out)["name"] == "赵六"
    code, out, _ = run(capsys, "findings", "whoami", "--json")
    assert (code, json.loads(out)) == (0, {"name": "赵六"})


# --- 6. argparse in Chinese ------------------------------------------------------------------------


def assert_chinese(text: str) -> None:
    for english in ENGLISH_ARGPARSE:
        assert english not in text, (english, text)


def test_help_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["-h"], ["findings", "--help"], ["findings", "status", "-h"], ["search", "-h"]):
        with pytest.raises(SystemExit) as exit_info:
            cli.main(argv)
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("用法：xuncha") and "选项" in out and "显示本帮助并退出" in out
        assert_chinese(out)
    with pytest.raises(SystemExit):
        cli.main(["import", "-h"])
    assert "位置参数" in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "expected"), [
    (["findings", "status", "1"], "缺少必需的参数：STATUS"),
    (["findings", "show", "abc"], "参数 ID：'abc' 不是整数"),
    (["batches", "--remove", "x"], "参数 --remove：'x' 不是整数"),
    (["bogus"], "参数 COMMAND：无效的选择 'bogus'（可选：'tui', 'demo'"),
    (["records", "--json", "多余"], "无法识别的参数：多余"),
    (["search", "宏达", "--limit"], "参数 --limit：需要一个值"),
    (["findings", "bogus"], "无效的选择 'bogus'"),
])
def test_usage_errors_are_chinese_and_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str],
                                             expected: str) -> None:
    err = usage_error(capsys, *argv)
    assert err.startswith("用法：xuncha") and "：错误：" in err and expected in err
    assert_chinese(err)


def test_usage_errors_are_chinese_through_the_module_entry_point() -> None:
    done = run_module("findings", "status", "1")
    assert done.returncode == 2 and done.stdout == ""
    assert "xuncha findings status：错误：缺少必需的参数：STATUS" in done.stderr
    assert_chinese(done.stderr)


def test_every_argparse_message_has_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """The messages no xuncha command reaches today: a float, exclusive options, one value too many."""
    from xuncha.cliutil import ArgumentParser

    parser = ArgumentParser(prog="xuncha 测试")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--mask", action="store_true")
    group.add_argument("--plain", action="store_true")
    parser.add_argument("--ratio", type=float)
    parser.add_argument("--pair", nargs=2)
    for argv, expected in ((["--mask", "--plain"], "参数 --plain：不能与参数 --mask 同时使用"),
                           (["--ratio", "x"], "参数 --ratio：'x' 不是数字"),
                           (["--pair", "1"], "参数 --pair：需要 2 个值"),
                           (["--mask=1"], "参数 --mask：这个选项不带值，多写了 '1'")):
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args(argv)
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert expected in err and err.startswith("用法："), err
        assert_chinese(err)
    # Only inside xuncha's parsers: pytest's own argparse and everything else keep gettext.
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]


# --- 7. --limit is a usage error ---------------------------------------------------------------------


@pytest.mark.parametrize("value", ["0", "-3", "abc", "2.5"])
def test_a_bad_limit_is_a_usage_error(db: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    err = usage_error(capsys, "--db", str(db), "search", "宏达", "--limit", value)
    assert "参数 --limit：" in err and "正整数" in err


def test_a_good_limit_limits(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db), "search", "石桥村", "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1


# --- 8. --kind in Chinese ----------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["contract", "合同", "协议"])
def test_records_kind_takes_chinese_words(db: Path, capsys: pytest.CaptureFixture[str], word: str) -> None:
    code, out, _ = run(capsys, "--db", str(db), "records", "--kind", word, "--json")
    assert code == 0 and [r["kind"] for r in json.loads(out)] == ["contract", "contract"]


@pytest.mark.parametrize("word", ["资源发包", "发包", "村干部", "项目", "payment"])
def test_records_kind_takes_every_kind_name(db: Path, capsys: pytest.CaptureFixture[str], word: str) -> None:
    code, out, _ = run(capsys, "--db", str(db), "records", "--kind", word, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_search_and_records_share_the_kind_words(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db), "search", "宏达", "--kind", "合同", "--json")
    assert code == 0 and {hit["kind"] for hit in json.loads(out)} == {"contract"}
    code, out, _ = run(capsys, "--db", str(db), "search", "宏达", "--kind", "资源发包", "--json")
    assert (code, json.loads(out)) == (0, [])
    for command in (["records"], ["search", "宏达"]):
        code, out, err = run(capsys, "--db", str(db), *command, "--kind", "合约书")
        assert (code, out) == (1, "") and "未知的记录类型 合约书" in one_line(err)


# --- 9. a mapping column the sheet does not have -------------------------------------------------------


def test_a_mapped_column_the_sheet_lacks_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "列映射.toml"
    mapping.write_text('kind = "contract"\nvillage = "石桥村"\n[columns]\n"乙方单位" = "counterparty"\n'
                       '"没有这列" = "amount"\n', encoding="utf-8")
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(contract_file(tmp_path)),
                         "--mapping", str(mapping), "--json")
    assert code == 0
    [sheet] = json.loads(out)["files"][0]["sheets"]
    assert sheet["imported"] == 2
    assert "映射文件中的列“没有这列”在这张表中没有找到" in sheet["note"] and "乙方单位" not in sheet["note"]
    warning = ("xuncha: 警告：文件 石桥村合同.xlsx 工作表 合同：映射文件中的列“没有这列”在这张表中没有找到，未使用"
               "（请核对映射文件的表头文字）")
    assert err.strip().splitlines() == [warning]
    # The human summary says it too.
    other = write_xlsx(tmp_path / "马吉村合同.xlsx", {"合同": [
        ["合同编号", "合同名称", "乙方单位", "合同金额"], ["HT-9", "路灯", "宏达建设", 5000]]})
    code, out, err = run(capsys, "--db", str(db), "import", str(other), "--mapping", str(mapping))
    assert code == 0 and "映射文件中的列“没有这列”在这张表中没有找到" in out and "没有这列" in err


def test_a_mapping_whose_columns_all_exist_adds_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "列映射.toml"
    mapping.write_text('kind = "合同"\n[columns]\n"乙方单位" = "counterparty"\n[units]\n"合同金额" = "yuan"\n',
                       encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(contract_file(tmp_path)),
                         "--mapping", str(mapping), "--json")
    [sheet] = json.loads(out)["files"][0]["sheets"]
    assert code == 0 and "映射文件" not in sheet["note"] and "映射文件" not in err


# --- 12. the demo reports its scan ------------------------------------------------------------------------


def test_demo_without_the_workbench_prints_the_scan_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--no-tui")
    demo_db = Path(err.split("演示数据库：", 1)[1].split()[0])
    try:
        assert code == 0 and out == ""
        lines = err.strip().splitlines()
        assert "新增记录" in lines[-2]
        assert lines[-1].startswith("筛查完成：12 条规则，") and "条疑点" in lines[-1]
        flags = int(lines[-1].split("，", 1)[1].split(" 条疑点")[0])
        assert flags > 0
    finally:
        shutil.rmtree(demo_db.parent, ignore_errors=True)


def test_a_config_file_that_is_not_utf8_says_so_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "config.toml").write_bytes('inspector = "张三"\n'.encode("gbk"))
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(config_dir))
    code = cli.main(["--db", str(tmp_path / "x.db"), "findings", "whoami"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "不是 UTF-8 文本" in err and "config.toml" in err


def test_a_config_file_with_a_byte_order_mark_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "config.toml").write_bytes('inspector = "张三"\n'.encode("utf-8-sig"))
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(config_dir))
    assert cli.main(["--db", str(tmp_path / "x.db"), "findings", "whoami"]) == 0
    assert "张三" in capsys.readouterr().out


def test_a_mapping_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    import importers

    path = tmp_path / "列映射.toml"
    path.write_bytes('kind = "contract"\n[columns]\n"乙方" = "counterparty"\n'.encode("utf-8-sig"))
    mapping = importers.load_mapping(path)
    assert mapping.kind == "contract"
