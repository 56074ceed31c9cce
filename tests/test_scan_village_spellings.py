"""A bare village name in one file ("柳溪") and the full name in another ("柳溪村") are one village
to the scan (``xuncha.rules.context.unify_village_spellings``), so a cadre list that leaves off
the 村 does not hide its cadres' relatives from related_party; the scan says what it completed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import write_xlsx


def _township(folder: Path, cadre_village: str) -> None:
    write_xlsx(folder / "村干部名单.xlsx", {"名单": [
        ["村名", "姓名", "职务", "近亲属"],
        [cadre_village, "张建华", "村委会主任", "配偶：周丽 经营 丽人苗木专业合作社"],
        ["上方村", "李明", "委员", ""],
    ]})
    write_xlsx(folder / "柳溪村合同台账.xlsx", {"合同": [
        ["柳溪村2023年合同台账"],
        ["合同编号", "合同名称", "乙方", "合同金额（元）", "签订日期"],
        ["LX-01", "村道绿化苗木采购", "丽人苗木专业合作社", 38000, dt.date(2023, 3, 5)],
    ]})


def _scan(tmp_path: Path, cadre_village: str):
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    folder = tmp_path / cadre_village
    folder.mkdir()
    _township(folder, cadre_village)
    store = Store(tmp_path / f"{cadre_village}.db")
    importers.import_paths(store, [folder])
    return run_scan(store)


def test_a_bare_village_name_is_read_as_the_full_name_the_other_files_use(tmp_path: Path) -> None:
    result = _scan(tmp_path, "柳溪")
    related = [flag for flag in result.flags if flag.rule == "related_party"]
    assert [flag.village for flag in related] == ["柳溪村"]
    assert "丽人苗木专业合作社" in related[0].title
    assert "村名“柳溪”（1 条记录）按“柳溪村”计：其他文件写的是全称，视为同一个村" in result.warnings


def test_full_names_everywhere_need_no_word(tmp_path: Path) -> None:
    result = _scan(tmp_path, "柳溪村")
    assert [flag.village for flag in result.flags if flag.rule == "related_party"] == ["柳溪村"]
    assert not [text for text in result.warnings if "村名" in text]
