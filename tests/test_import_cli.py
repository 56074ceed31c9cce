"""`xuncha import`, `records` and `batches` through the real entry point."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_import_support import write_csv, write_xlsx
from xuncha import cli


def contract_file(tmp_path: Path, name: str = "石桥村合同.xlsx") -> Path:
    return write_xlsx(tmp_path / name, {"合同": [
        ["石桥村2022年合同台账"], ["单位：元"],
        ["合同编号", "合同名称", "乙方单位", "合同金额", "签订日期"],
        ["HT-1", "村道硬化", "宏达建设", 125000, dt.date(2022, 3, 5)],
        ["HT-2", "水渠清淤", "张三", "待定", "2022年4月1日"],
        ["合计", None, None, 125000, None],
    ]})


def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xuncha", "--db", str(db), *args],
                          capture_output=True, text=True, cwd=REPO, timeout=120, check=False)


def test_import_json_through_the_module_entry_point(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    done = run_cli("import", str(contract_file(tmp_path)), "--json", db=db)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    [file_report] = data["files"]
    assert file_report["file"] == "石桥村合同.xlsx" and file_report["status"] == "imported"
    [sheet] = file_report["sheets"]
    assert (sheet["sheet"], sheet["kind"], sheet["imported"], sheet["village"]) == ("合同", "contract", 2, "石桥村")
    assert sheet["skipped"] == [{"row": 6, "reason": "合计行（合计）"}]
    assert sheet["rejected"] == []
    assert sheet["warnings"][0] == {"row": 5, "column": "合同金额", "value": "待定", "reason": "无法识别的金额，已保留原值"}

    records = run_cli("records", "--json", db=db)
    assert records.returncode == 0
    listed = json.loads(records.stdout)
    assert [r["source"] for r in listed] == [
        {"file": "石桥村合同.xlsx", "sheet": "合同", "row": 4},
        {"file": "石桥村合同.xlsx", "sheet": "合同", "row": 5},
    ]
    assert listed[0]["amount"] == 125000.0 and listed[0]["signed_on"] == "2022-03-05"
    assert listed[1]["amount"] is None


def test_reimport_is_a_no_op_with_a_message(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = str(contract_file(tmp_path))
    assert cli.main(["--db", db, "import", path]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "import", path]) == 0
    out = capsys.readouterr().out
    assert "未重复导入" in out
    assert cli.main(["--db", db, "batches", "--json"]) == 0
    batches = json.loads(capsys.readouterr().out)
    assert len(batches) == 1 and batches[0]["file"] == "石桥村合同.xlsx"
    assert batches[0]["sheets"][0]["imported"] == 2 and batches[0]["sheets"][0]["skipped"] == 1


def test_batches_remove_deletes_records(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.db")
    assert cli.main(["--db", db, "import", str(contract_file(tmp_path))]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "batches", "--json"]) == 0
    batch_id = json.loads(capsys.readouterr().out)[0]["id"]
    assert cli.main(["--db", db, "batches", "--remove", str(batch_id), "--json"]) == 0
    removed = json.loads(capsys.readouterr().out)  # one JSON document, as every --json command prints
    assert removed == {"removed": batch_id, "file": "石桥村合同.xlsx", "sha256": removed["sha256"], "records": 2,
                       "findings": []}
    assert cli.main(["--db", db, "records", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    # Removed, the same file may come in again.
    assert cli.main(["--db", db, "import", str(contract_file(tmp_path)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["status"] == "imported"


def test_unreadable_file_exits_1_with_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "坏文件.xls"
    bad.write_bytes(b"\x00\x01garbage\x00")
    done = run_cli("import", str(bad), db=tmp_path / "x.db")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("xuncha: 文件 坏文件.xls")


def test_a_folder_with_one_unreadable_file_exits_1_and_still_imports_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "资料"
    folder.mkdir()
    contract_file(folder)
    (folder / "坏文件.xls").write_bytes(b"\x00\x01garbage\x00")
    done = run_cli("import", str(folder), "--json", db=tmp_path / "x.db")
    assert done.returncode == 1
    statuses = {f["file"]: f["status"] for f in json.loads(done.stdout)["files"]}
    assert statuses == {"坏文件.xls": "failed", "石桥村合同.xlsx": "imported"}
    assert [line for line in done.stderr.splitlines() if "坏文件.xls" in line]


def test_a_folder_whose_files_all_import_exits_0_despite_a_rejected_row(tmp_path: Path) -> None:
    """Look-alike: a rejected row in a file that came in is reported, not a failed import."""
    folder = tmp_path / "资料"
    folder.mkdir()
    contract_file(folder)
    write_csv(folder / "石桥村收支.csv", [["日期", "摘要", "金额"], ["2022-01-01", "买水", 12],
                                          ["2022-01-02", "买纸", "一些钱"]])
    done = run_cli("import", str(folder), db=tmp_path / "x.db")
    assert done.returncode == 0, done.stderr
    assert "第 3 行" in done.stderr


def test_unrecognised_sheet_exits_1_and_mapping_fixes_it(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.db")
    odd = write_xlsx(tmp_path / "怪表.xlsx", {"Sheet1": [["甲栏", "乙栏"], ["宏达", 100]]})
    assert cli.main(["--db", db, "import", str(odd), "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["files"][0]["status"] == "failed"
    assert captured.err.strip() == ("xuncha: 文件 怪表.xlsx 工作表 Sheet1：无法识别表头（找到：甲栏、乙栏）；"
                                    "请用 --mapping 指定列")
    mapping = tmp_path / "map.toml"
    mapping.write_text('kind = "payment"\nvillage = "石桥村"\n[columns]\n"甲栏" = "counterparty"\n'
                       '"乙栏" = "expense"\n', encoding="utf-8")
    assert cli.main(["--db", db, "import", str(odd), "--mapping", str(mapping), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"][0]["sheets"][0]["imported"] == 1


def test_rejected_rows_are_reported_on_stderr_naming_sheet_row_and_column(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.db")
    path = write_csv(tmp_path / "石桥村收支.csv", [["日期", "摘要", "金额"], ["2022-01-01", "买水", "一些钱"]])
    assert cli.main(["--db", db, "import", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["xuncha: 文件 石桥村收支.csv 工作表 石桥村收支 第 2 行 列“金额” 值“一些钱”：金额无法识别：无法识别的金额"]


def test_bad_mapping_file_exits_1(tmp_path: Path) -> None:
    mapping = tmp_path / "坏映射.toml"
    mapping.write_text('kind = "合约"\n', encoding="utf-8")
    done = run_cli("import", str(contract_file(tmp_path)), "--mapping", str(mapping), db=tmp_path / "x.db")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        ("xuncha: 映射文件 坏映射.toml：kind = '合约' 无效（可用：project（工程项目）、contract（合同）、"
         "payment（收支）、asset（资产）、resource（资源发包）、cadre（村干部））")]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("import", db=tmp_path / "x.db").returncode == 2
    assert run_cli("import", "a.xlsx", "--bogus", db=tmp_path / "x.db").returncode == 2


def test_demo_leaves_no_evidence_behind_after_the_workbench_closes(monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import screens.app

    opened: list[Path] = []

    def fake_run_app(store, *, demo: bool = False) -> None:
        assert demo and store.count("payment") > 0  # imported and scanned before the workbench opens
        opened.append(store.path)

    monkeypatch.setattr(screens.app, "run_app", fake_run_app)
    assert cli.main(["demo"]) == 0
    [path] = opened
    assert not path.exists() and not path.parent.exists()
    [summary] = [line for line in capsys.readouterr().err.splitlines() if line.startswith("筛查完成")]
    assert "--db" not in summary  # no pointer to a store that is gone


def test_the_summary_says_cells_to_check_not_only_unreadable_ones(tmp_path: Path, capsys) -> None:
    """A monthly rent made yearly is a conversion, not an unreadable value: the summary says both kinds."""
    lease = write_xlsx(tmp_path / "崖城村铺面出租登记表.xlsx", {"铺面出租": [
        ["铺面编号/名称", "面积（㎡）", "承租人", "月租金（元）", "起租日期", "到期日期"],
        ["A01 临街铺面", 42, "符海燕", 1680, "2023-01-01", "2025-12-31"]]})
    assert cli.main(["--db", str(tmp_path / "x.db"), "import", str(lease)]) == 0
    out = capsys.readouterr().out
    assert "1 处需核对（数值无法识别或经换算，原值已保留）" in out
    assert "无法识别已保留原值" not in out
