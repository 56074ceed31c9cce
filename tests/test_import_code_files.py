"""Code tables in a file of their own (blind set qa98): a platform writes its 代码表 (dm_cun, dm_zw)
to one workbook and its dumps to others. The dumps of one import read their codes through it, whatever
the files' order, and a dump named by its village's code ("pz_yhrj_130123101203_2023.csv") is filed
under that village. Look-alikes: a file imported alone still says its village is only coded; a
workbook's own table beats another file's; a number in a name that the table lacks names nothing.
"""

from __future__ import annotations

from pathlib import Path

import importers
from importers.readers import sheet_names
from tests.test_import_support import records, write_csv, write_xls, write_xlsx

VILLAGES = [["cun_dm", "cun_mc"], ["130123101201", "南楼村"], ["130123101203", "西柏棠村"]]
POSITIONS = [["dm", "mc"], ["01", "党支部书记"], ["07", "报账员"]]
CADRES = [["xm", "cun_dm", "zw_dm"], ["王建国", "130123101201", "01"], ["高志刚", "130123101203", "07"]]
JOURNAL = [["pzh", "pzrq", "zy", "jfje", "dfje", "wldw"],
           ["记-001", "20230106", "收村东厂房2023年租金", "60000.0000", "0.0000", "正定县鑫隆塑料制品厂"],
           ["记-002", "20230116", "支付保洁员工资", "0.0000", "4200.0000", "\\N"]]


def _import(store, *paths: Path) -> importers.ImportReport:
    return importers.import_paths(store, list(paths))


def _sheet(report: importers.ImportReport, file: str, sheet: str) -> importers.SheetReport:
    found = next(f for f in report.files if f.file == file)
    return next(s for s in found.sheets if s.sheet == sheet)


def test_a_dump_reads_its_codes_through_a_code_file_imported_after_it(store, tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    write_xlsx(folder / "a_t_cgb.xlsx", {"t_cgb": CADRES})
    write_xlsx(folder / "z_dm.xlsx", {"dm_cun": VILLAGES, "dm_zw": POSITIONS})
    report = _import(store, folder)
    assert [(c["village"], c["name"], c["position"]) for c in records(store, "cadre")] == \
        [("南楼村", "王建国", "党支部书记"), ("西柏棠村", "高志刚", "报账员")]
    note = _sheet(report, "a_t_cgb.xlsx", "t_cgb").note
    assert "按文件“z_dm.xlsx”的代码表（工作表“dm_cun”）译为村名" in note
    assert "按文件“z_dm.xlsx”的代码表（工作表“dm_zw”）译为职务" in note


def test_a_dump_named_by_its_village_code_is_filed_under_that_village(store, tmp_path: Path) -> None:
    journal = write_csv(tmp_path / "pz_yhrj_130123101203_2023.csv", JOURNAL, encoding="gbk")
    codes = write_xls(tmp_path / "sanzi_dm.xls", {"dm_cun": VILLAGES})
    report = _import(store, journal, codes)
    assert {p["village"] for p in records(store, "payment")} == {"西柏棠村"}
    sheet = _sheet(report, journal.name, journal.stem)
    assert sheet.village == "西柏棠村"
    assert "村代码“130123101203”，由文件“sanzi_dm.xls”的代码表（工作表“dm_cun”）译为西柏棠村" in sheet.note


def test_a_number_in_a_name_that_the_table_lacks_names_no_village(store, tmp_path: Path) -> None:
    journal = write_csv(tmp_path / "pz_yhrj_130123101299_2023.csv", JOURNAL)
    codes = write_xlsx(tmp_path / "dm.xlsx", {"dm_cun": VILLAGES})
    report = _import(store, journal, codes)
    assert {p["village"] for p in records(store, "payment")} == {""}
    assert "未能确定村名" in _sheet(report, journal.name, journal.stem).note


def test_a_dump_imported_alone_still_says_that_its_village_is_only_coded(store, tmp_path: Path) -> None:
    report = _import(store, write_xlsx(tmp_path / "t_cgb.xlsx", {"t_cgb": CADRES}))
    assert {c["village"] for c in records(store, "cadre")} == {""}
    note = _sheet(report, "t_cgb.xlsx", "t_cgb").note
    assert "只有村代码列“cun_dm”" in note and "同批导入的文件里都没有" in note


def test_a_workbooks_own_table_beats_another_files(store, tmp_path: Path) -> None:
    own = [["cun_dm", "cun_mc"], ["130123101201", "南楼村"], ["130123101203", "西柏棠村"]]
    other = [["cun_dm", "cun_mc"], ["130123101201", "北贾村"], ["130123101203", "东杨庄村"]]
    book = write_xlsx(tmp_path / "a_dump.xlsx", {"t_cgb": CADRES, "dm_cun": own})
    report = _import(store, book, write_xlsx(tmp_path / "b_codes.xlsx", {"dm_cun": other}))
    assert [c["village"] for c in records(store, "cadre")] == ["南楼村", "西柏棠村"]
    assert "按本工作簿的代码表（工作表“dm_cun”）" in _sheet(report, "a_dump.xlsx", "t_cgb").note


def test_a_code_file_that_cannot_be_read_is_reported_by_its_own_import(store, tmp_path: Path) -> None:
    broken = tmp_path / "dm_cun.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    report = _import(store, write_xlsx(tmp_path / "t_cgb.xlsx", {"t_cgb": CADRES}), broken)
    assert len(records(store, "cadre")) == 2
    assert next(f for f in report.files if f.file == "dm_cun.xlsx").status == "failed"


def test_sheet_names_are_peeked_at_in_every_format(tmp_path: Path) -> None:
    assert sheet_names(write_xlsx(tmp_path / "a.xlsx", {"t_cgb": CADRES, "dm_cun": VILLAGES})) == ["t_cgb", "dm_cun"]
    assert sheet_names(write_xls(tmp_path / "b.xls", {"dm_zw": POSITIONS})) == ["dm_zw"]
    assert sheet_names(write_csv(tmp_path / "dm_cun.csv", VILLAGES)) == ["dm_cun"]


def test_a_preview_decodes_through_the_code_file_previewed_with_it(tmp_path: Path) -> None:
    cadres = write_xlsx(tmp_path / "a_t_cgb.xlsx", {"t_cgb": CADRES})
    codes = write_xlsx(tmp_path / "z_dm.xlsx", {"dm_cun": VILLAGES, "dm_zw": POSITIONS})
    tables = importers.gather_code_tables([cadres, codes])
    sheet = importers.preview_file(cadres, code_tables=tables).sheets[0]
    assert [(row["fields"]["village"], row["fields"]["position"]) for row in sheet.rows] == \
        [("南楼村", "党支部书记"), ("西柏棠村", "报账员")]
    assert "文件“z_dm.xlsx”的代码表" in sheet.note
    code_sheet = importers.preview_file(codes).sheets[0]
    assert code_sheet.kind is None and "代码表（村代码，2 个代码）" in code_sheet.note
