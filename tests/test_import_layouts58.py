"""Layouts of blind set qa58 (山东/河北 平原 villages) that used to be misread:

- a 县农村产权交易中心 成交结果 export (an HTML table saved as .xls) names each row's village only in its
  转出方 ("祝阿镇前屯村股份经济合作社"): its footer "共20条记录 第1页/共1页", spread by its colspan into every
  column, stood in the 转出方 column as one more cell naming no village, so no row had a village; a
  转出方 that is a villager or a company gives its row none, and the 项目编号 is the lease's number;
- a township's cadre list writes its 村别 on each village's first row only (a merged cell exported to
  CSV): 16 of 21 cadres had no village;
- "流标" in a 中标单位 column was taken for a contractor, silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xlsx

_EXCHANGE_HEADER = ["序号", "项目编号", "标的名称", "转出方", "受让方", "成交价(元/年)", "流转面积", "流转期限", "成交日期"]


def _exchange_xls(path: Path, rows: list[list[object]]) -> Path:
    """The exchange's export: an HTML table saved as .xls, its title and footer each one cell spanning the row."""
    width = len(_EXCHANGE_HEADER)
    spanning = '<tr><td colspan="{width}">{text}</td></tr>'
    title = spanning.format(width=width, text="齐河县农村产权交易中心成交结果公示（2021年—2023年）")
    header = "<tr>" + "".join(f"<th>{name}</th>" for name in _EXCHANGE_HEADER) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{'' if v is None else v}</td>" for v in row) + "</tr>" for row in rows)
    footer = spanning.format(width=width, text=f"共{len(rows)}条记录&nbsp;&nbsp;第1页/共1页&nbsp;&nbsp;导出时间：2024-01-08 09:32:15")
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><table border="1">{title}{header}{body}{footer}'
                    "</table></body></html>", encoding="utf-8")
    return path


def _deal(number: int, transferor: str, lessee: str) -> list[object]:
    return [number, f"QHNCJY-2021-{number:04d}", f"第{number}宗土地经营权流转", transferor, lessee, "46750.00", "85亩",
            "2021年10月1日至2026年9月30日", "2021-09-22"]


def test_an_exchange_export_files_each_deal_under_its_transferors_village(store, tmp_path: Path) -> None:
    """Before, the footer spread over the row made the 转出方 column look like no village column."""
    rows = [_deal(1, "祝阿镇前屯村股份经济合作社", "齐河县丰源种植专业合作社"), _deal(2, "祝阿镇后屯村村民委员会", "刘庆山"),
            _deal(3, "焦庙镇大王庄村股份经济合作社", "王立新")]
    sheet = sheet_of(import_one(store, _exchange_xls(tmp_path / "齐河县农村产权交易中心成交结果公示.xls", rows)))
    deals = [(r["village"], r["code"], r["counterparty"]) for r in records(store, "resource")]
    assert deals == [("前屯村", "QHNCJY-2021-0001", "齐河县丰源种植专业合作社"), ("后屯村", "QHNCJY-2021-0002", "刘庆山"),
                     ("大王庄村", "QHNCJY-2021-0003", "王立新")]
    assert "各行村名按“转出方”列" in sheet.note and "留空" not in sheet.note
    assert "成交日期" in sheet.note and "项目编号" not in sheet.note  # no field for the deal's day: named as unread


def test_a_villager_or_a_company_as_transferor_gives_its_row_no_village(store, tmp_path: Path) -> None:
    """A county exchange also lists a villager's or a company's deals: before, one such row in the
    转出方 column left every row without a village; a company bearing a village's name gave it that village."""
    rows = [_deal(1, "祝阿镇前屯村股份经济合作社", "张洪波"), _deal(2, "刘庆山", "齐河县禾丰家庭农场"),
            _deal(3, "后屯村丰源种植专业合作社", "王立新"), _deal(4, "焦庙镇李官屯村村民委员会", "李振华")]
    sheet = sheet_of(import_one(store, _exchange_xls(tmp_path / "成交结果公示.xls", rows)))
    assert [r["village"] for r in records(store, "resource")] == ["前屯村", "", "", "李官屯村"]
    assert "各行村名按“转出方”列" in sheet.note and "“转出方”是个人或公司的行村名留空" in sheet.note


def test_a_company_bearing_a_villages_name_alone_as_transferor_names_no_village(store, tmp_path: Path) -> None:
    """Look-alike: a list of one company's deals is no village's list."""
    rows = [_deal(1, "前屯村丰源种植专业合作社", "张洪波"), _deal(2, "前屯村丰源种植专业合作社", "王立新")]
    sheet = sheet_of(import_one(store, _exchange_xls(tmp_path / "成交结果公示.xls", rows)))
    assert [r["village"] for r in records(store, "resource")] == ["", ""]
    assert "按“转出方”" not in sheet.note


def test_a_project_numbers_sheet_stays_a_project_list(store, tmp_path: Path) -> None:
    """Look-alike: 项目编号 is also a resource's number now; a project list with one stays projects."""
    rows = [["项目编号", "项目名称", "施工单位", "合同金额", "开工日期"],
            ["XM-2023-01", "石桥村村道硬化", "青山宏达建设有限公司", 86000, "2023-03-01"]]
    import_one(store, write_xlsx(tmp_path / "石桥村2023年工程项目台账.xlsx", {"项目": rows}))
    assert [(p["code"], p["contractor"]) for p in records(store, "project")] == [("XM-2023-01", "青山宏达建设有限公司")]


_CADRE_HEADER = ["序号", "村别", "姓名", "职务", "联系电话"]


def test_a_village_written_on_each_groups_first_row_only_fills_the_group(store, tmp_path: Path) -> None:
    """Before, the cadres under each group's first row had no village ("可用 --village 指定" cannot fix
    a five-village list)."""
    rows = [["焦庙镇各村“两委”成员花名册"], _CADRE_HEADER,
            [1, "大王庄村", "王保国", "党支部书记", "13905347101"], [2, None, "王志强", "党支部副书记", "13905347102"],
            [3, None, "王淑芬", "报账员", "13905347103"], [4, "李官屯村", "李振国", "党支部书记", "13705348201"],
            [5, None, "李振华", "村委会委员", "13705348202"], ["注：村别按合并单元格填写"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "焦庙镇各村两委成员花名册.csv", rows, encoding="utf-8-sig")))
    assert [(c["name"], c["village"]) for c in records(store, "cadre")] == [
        ("王保国", "大王庄村"), ("王志强", "大王庄村"), ("王淑芬", "大王庄村"), ("李振国", "李官屯村"), ("李振华", "李官屯村")]
    assert "3 行“村别”为空，按上方紧邻的行写明的村名记" in sheet.note and "第 4 行“大王庄村”、第 7 行“李官屯村”" in sheet.note
    assert "村名列为空" not in sheet.note


@pytest.mark.parametrize("between", [["小计", None, None, None, None], [None] * 5, ["一、其他人员", None, None, None, None]])
def test_a_row_of_another_kind_ends_the_group(store, tmp_path: Path, between: list[object]) -> None:
    """Look-alike: below a 小计, a blank line or a heading, a blank 村别 is no longer the village above."""
    rows = [_CADRE_HEADER, [1, "李官屯村", "李振国", "党支部书记", None], [2, None, "李振华", "村委会委员", None],
            [3, "大王庄村", "王保国", "党支部书记", None], [4, None, "王志强", "党支部副书记", None],
            between, [5, None, "孟祥云", "包村干部", None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "焦庙镇干部名单.csv", rows)))
    assert [(c["name"], c["village"]) for c in records(store, "cadre")] == [
        ("李振国", "李官屯村"), ("李振华", "李官屯村"), ("王保国", "大王庄村"), ("王志强", "大王庄村"), ("孟祥云", "")]
    assert "2 行“村别”为空" in sheet.note and "1 条记录的村名列为空" in sheet.note


def test_one_village_with_a_blank_below_is_no_merged_group(store, tmp_path: Path) -> None:
    """Look-alike: one village written and a blank cell below it may be a cell left empty: noted, not filled."""
    rows = [_CADRE_HEADER, [1, "大王庄村", "王保国", "党支部书记", None], [2, None, "王志强", "党支部副书记", None],
            [3, "李官屯村", "李振国", "党支部书记", None]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "焦庙镇干部名单.csv", rows)))
    assert [c["village"] for c in records(store, "cadre")] == ["大王庄村", "", "李官屯村"]
    assert "1 条记录的村名列为空" in sheet.note and "为空，按上方" not in sheet.note


def test_a_blank_village_column_and_a_titled_sheet_fill_nothing(store, tmp_path: Path) -> None:
    """Look-alikes: a 村别 column left blank throughout gives no village; in a sheet whose title names its
    village, a blank 村别 is the title's village, not the last one written."""
    blank = [_CADRE_HEADER, [1, None, "王保国", "党支部书记", None], [2, None, "王志强", "党支部副书记", None]]
    titled = [["大王庄村两委成员名单"], _CADRE_HEADER, [1, "李官屯村", "李振国", "包村联系人", None],
              [2, None, "王志强", "党支部副书记", None]]
    first = sheet_of(import_one(store, write_csv(tmp_path / "干部名单.csv", blank)))
    second = sheet_of(import_one(store, write_csv(tmp_path / "大王庄村两委成员名单.csv", titled)))
    assert [(c["name"], c["village"]) for c in records(store, "cadre")] == [
        ("王保国", ""), ("王志强", ""), ("李振国", "李官屯村"), ("王志强", "大王庄村")]
    assert "为空，按上方" not in first.note + second.note


@pytest.mark.parametrize("marker", ["流标", "废标", "未中标", "流标（重新组织招标）"])
def test_a_failed_tender_is_no_contractor(store, tmp_path: Path, marker: str) -> None:
    """Before, "流标" became a contractor, silently: repeat_vendor and search saw a company 流标."""
    rows = [["村名", "项目名称", "控制价", "中标价", "中标单位"],
            ["赵官屯村", "赵官屯村机井配套工程", 148000, None, marker],
            ["赵官屯村", "赵官屯村机井配套工程（二次）", 148000, 146300, "齐河县水务工程有限公司"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "焦庙镇村级工程招投标情况汇总表.xlsx", {"2022年": rows})))
    assert [p["contractor"] for p in records(store, "project")] == [None, "齐河县水务工程有限公司"]
    assert [(w["row"], w["column"], w["value"]) for w in sheet.warnings] == [(2, "中标单位", marker)]
    assert "招标或交易未成功" in sheet.warnings[0]["reason"]


@pytest.mark.parametrize(("cell", "contractor"), [("待定", None), ("未来之星建设有限公司", "未来之星建设有限公司"),
                                                   ("流水镇建筑安装队", "流水镇建筑安装队")])
def test_an_undecided_or_real_contractor_stays_as_it_was(store, tmp_path: Path, cell: str, contractor: str | None) -> None:
    """Look-alikes: 待定 is no contractor, without a warning; a company whose name begins as a failed
    tender's word (未…, 流…) is one."""
    rows = [["村名", "项目名称", "控制价", "中标单位"], ["赵官屯村", "赵官屯村生产路修复工程", 196000, cell]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "工程招投标汇总表.xlsx", {"2022年": rows})))
    assert [p["contractor"] for p in records(store, "project")] == [contractor]
    assert sheet.warnings == []


def test_a_blank_covered_village_of_a_project_is_the_whole_townships(store, tmp_path: Path) -> None:
    """Look-alike: a blank 涉及村 is a project of the whole township, not one of the village above."""
    rows = [["涉及村", "项目名称", "施工单位", "合同金额"], ["前屯村", "前屯村生产路硬化", "齐河县宏远建筑工程有限公司", 86000],
            [None, "全镇农田水利设施维修", "齐河县水务工程有限公司", 120000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "焦庙镇工程项目台账.xlsx", {"项目": rows})))
    assert [p["village"] for p in records(store, "project")] == ["前屯村", ""]
    assert "为空，按上方" not in sheet.note
