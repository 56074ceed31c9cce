"""Layouts of blind set qa105 (ledgers continued across sheets and files) that used to be lost:

- a sheet that carries the table of the sheet before it on, starting with data on row 1 (台账(2) after
  台账(1), 收支(3) after 收支(2)), was refused for want of a header: it is read with the header of the
  last sheet before it that had one, when its rows fit that header, with a note naming that sheet;
- a half-year file without a header (…（下半年）.xlsx) is read with the header of the file imported
  before it in the same import whose name differs only by that part (…（上半年）.xlsx);
- a mapping file can describe a sheet without a header: ``header_row = 0`` and columns by letter.

Look-alikes that stay as they were: a 汇总 of figures, a sheet of notes or a cadre list without a header
after a ledger; a sheet wider than the header; files of another village or year; old mapping files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import importers
from importers.continued import continues_name
from importers.errors import BadMapping
from importers.report import FAILED, IMPORTED
from tests.test_import_support import by_row, import_one, records, sheet_of, write_xls, write_xlsx

CONTRACT_HEADER = ["序号", "合同编号", "合同名称", "乙方（承包方）", "合同金额（元）", "签订日期", "采购方式", "备注"]
FIRST_CONTRACTS = [
    [1, "SQ-HT-2023-001", "村道路灯维修合同", "临河县光明电器安装有限公司", 18600, dt.date(2023, 1, 9), "询价", None],
    [2, "SQ-HT-2023-002", "村委会办公用品采购", "石桥镇文华办公用品店", 3260, dt.date(2023, 1, 16), "直接采购", None],
    [3, "SQ-HT-2023-003", "东干渠清淤工程", "临河县顺通水利工程有限公司", 48500, dt.date(2023, 2, 20), "村民代表会议议定", None],
    [4, "SQ-HT-2023-004", "文化礼堂屋面防水", "石桥镇永兴建筑队", 29800, dt.date(2023, 3, 2), "询价", None],
]
CONTINUED_CONTRACTS = [  # no title, no header; text dates and amounts; the empty 备注 column left off
    [5, "SQ-HT-2023-005", "防汛物资采购", "临河县民安五金建材商行", 8640, "2023年7月3日", "直接采购"],
    [6, "SQ-HT-2023-006", "村小学围墙修缮", "临河县宏达建设工程有限公司", 67300, "2023年7月11日", "邀请招标"],
    [7, "SQ-HT-2023-007", "绿化苗木采购", "临河县青山苗木专业合作社", "¥15,880.00", "2023年7月20日", "询价"],
]


def _contract_book(tmp_path: Path, second: list[list[object]], second_name: str = "台账(2)",
                   name: str = "石桥村2023年合同台账.xlsx") -> Path:
    first = [["石桥村2023年度合同管理台账"], ["填报单位：石桥村股份经济合作社", None, None, None, None, None, "单位：元"],
             CONTRACT_HEADER, *FIRST_CONTRACTS]
    return write_xlsx(tmp_path / name, {"台账(1)": first, second_name: second})


def test_a_sheet_continuing_the_ledger_without_a_header_is_read_with_its_header(store, tmp_path: Path) -> None:
    report = import_one(store, _contract_book(tmp_path, CONTINUED_CONTRACTS))
    sheet = sheet_of(report, "台账(2)")
    assert sheet.kind == "contract" and sheet.imported == 3 and sheet.header_row is None
    assert "台账(1)" in sheet.note and "没有表头" in sheet.note
    continued = {c["code"]: c for c in records(store, "contract") if c["source"]["sheet"] == "台账(2)"}
    assert continued["SQ-HT-2023-005"]["signed_on"] == "2023-07-03"
    assert continued["SQ-HT-2023-007"]["amount"] == 15880.0
    assert continued["SQ-HT-2023-006"]["counterparty"] == "临河县宏达建设工程有限公司"
    assert continued["SQ-HT-2023-005"]["source"]["row"] == 1
    assert continued["SQ-HT-2023-005"]["village"] == "石桥村"


def test_the_continuation_need_not_be_named_so(store, tmp_path: Path) -> None:
    """Fit decides: a sheet called 下册 is read as the continuation its rows are."""
    sheet = sheet_of(import_one(store, _contract_book(tmp_path, CONTINUED_CONTRACTS, second_name="下册")), "下册")
    assert sheet.kind == "contract" and sheet.imported == 3


def test_a_third_sheet_without_a_header_names_the_sheet_that_has_one(store, tmp_path: Path) -> None:
    third = [[8, "SQ-HT-2023-008", "公厕改造工程", "石桥镇永兴建筑队", 39600, "2023.10.20", "询价"],
             [9, "SQ-HT-2023-009", "村务公开栏制作", "临河县鑫源广告制作部", 6800, "2023.11.2", "直接采购"]]
    first = [CONTRACT_HEADER, *FIRST_CONTRACTS]
    path = write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"台账(1)": first, "台账(2)": CONTINUED_CONTRACTS, "台账(3)": third})
    sheet = sheet_of(import_one(store, path), "台账(3)")
    assert sheet.imported == 2 and "台账(1)" in sheet.note


def test_a_bank_journal_page_without_a_header_in_an_xls(store, tmp_path: Path) -> None:
    header = ["日期", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "余额"]
    first = [["河湾村股份经济合作社银行存款日记账"], header,
             [dt.date(2023, 1, 1), None, "上年结转", None, None, None, 812640.58],
             [dt.date(2023, 1, 6), "记-1", "收到村级组织运转经费", "河湾镇财政所", 55000, None, 867640.58],
             [dt.date(2023, 1, 13), "记-3", "支付主干道拓宽工程尾款", "临河县顺通路桥工程有限公司", None, 36580, 831060.58],
             [dt.date(2023, 1, 20), "记-5", "收取东洼耕地承包金", "临河县丰收家庭农场", 75900, None, 906960.58]]
    third = [[dt.date(2023, 8, 28), "记-44", "支付五组饮水井改造款", "临河县清泉给排水工程有限公司", None, 55300, 851660.58],
             [dt.date(2023, 9, 26), "记-49", "收取五组机动地承包金", "钱小军", 10980, None, 862640.58],
             [dt.date(2023, 12, 8), "记-61", "支付码头护岸加固预付款", "临河县顺通水利工程有限公司", None, 219300, 643340.58],
             [None, None, "本年累计", None, 141880, 311180, 643340.58],
             ["制表人：李会计"]]
    path = write_xls(tmp_path / "河湾村2023年银行存款日记账.xls", {"收支(1)": first, "收支(3)": third})
    sheet = sheet_of(import_one(store, path), "收支(3)")
    assert sheet.kind == "payment" and sheet.imported == 3 and "收支(1)" in sheet.note
    rows = by_row(r for r in records(store, "payment") if r["source"]["sheet"] == "收支(3)")
    assert (rows[3]["amount"], rows[3]["direction"], rows[3]["counterparty"]) == \
        (219300.0, "out", "临河县顺通水利工程有限公司")
    assert rows[2]["direction"] == "in"


HALF_YEAR_HEADER = [["石桥村2023年收支明细账（1—6月）"], ["核算单位：石桥村股份经济合作社", None, None, None, None, None, None, "单位：元"],
                    ["2023年", None, "凭证号", "摘要", "往来单位", "收入（借方）", "支出（贷方）", "余额"],
                    ["月", "日", None, None, None, None, None, None]]
FIRST_HALF = [[1, 5, "收-1", "收到镇财政拨付村级运转经费", "石桥镇财政所", 60000, None, 745420.36],
              [1, 12, "付-1", "支付村干部2022年度报酬", "王建国", None, 38400, 707020.36],
              [2, 3, "付-2", "支付春节慰问品款", "石桥镇惠民超市", None, 5600, 701420.36],
              [None, None, None, "本月合计", None, 60000, 44000, 701420.36]]
SECOND_HALF = [[7, 4, "收-6", "收取集体厂房租金", "临河县金穗粮油加工有限公司", 26000, None, 487822.81],
               [7, 10, "付-18", "支付二组机耕路排水沟工程款", "石桥镇永兴建筑队", None, 47800, 440022.81],
               [7, 19, "付-19", "支付防汛物资款", "临河县民安五金建材商行", None, 8640, 431382.81],
               [None, None, None, "本月合计", None, 26000, 56440, 431382.81],
               [8, 7, "付-21", "支付苗木款", "临河县青山苗木专业合作社", None, 15880, 415502.81]]
SECOND_HALF_FILE = "石桥村2023年收支明细账（下半年）.xlsx"


def _half_years(tmp_path: Path, first_name: str = "石桥村2023年收支明细账（上半年）.xlsx",
                second_name: str = SECOND_HALF_FILE) -> list[Path]:
    return [write_xlsx(tmp_path / first_name, {"收支明细": HALF_YEAR_HEADER + FIRST_HALF}),
            write_xlsx(tmp_path / second_name, {"收支明细": SECOND_HALF})]


def test_a_half_year_file_without_a_header_takes_the_first_half_s(store, tmp_path: Path) -> None:
    report = importers.import_paths(store, _half_years(tmp_path))
    second = report.files[1]
    assert second.status == IMPORTED
    sheet = sheet_of(second)
    assert sheet.imported == 4 and "（上半年）.xlsx" in sheet.note and sheet.village == "石桥村"
    rows = by_row(r for r in records(store, "payment") if r["source"]["file"] == SECOND_HALF_FILE)
    assert (rows[1]["date"], rows[1]["direction"], rows[1]["amount"]) == ("2023-07-04", "in", 26000.0)
    assert (rows[5]["date"], rows[5]["counterparty"]) == ("2023-08-07", "临河县青山苗木专业合作社")


@pytest.mark.parametrize("first,second", [
    ("石桥村2023年收支明细账（上半年）", "石桥村2023年收支明细账（下半年）"),
    ("石桥村2023年1-6月收支明细", "石桥村2023年7-12月收支明细"),
    ("石桥村合同台账(1)", "石桥村合同台账(2)"),
    ("石桥村合同台账一", "石桥村合同台账二"),
    ("石桥村合同台账", "石桥村合同台账（续）"),
])
def test_names_of_pieces_of_one_ledger(first: str, second: str) -> None:
    assert continues_name(f"{first}.xlsx", f"{second}.xlsx")


@pytest.mark.parametrize("first,second", [
    ("石桥村2023年收支明细账", "马吉村2023年收支明细账"),
    ("石桥村2022年收支明细账", "石桥村2023年收支明细账"),
    ("石桥村收支明细账", "石桥村合同台账"),
    ("石桥村收支明细账", "石桥村收支明细账"),
])
def test_names_of_other_ledgers(first: str, second: str) -> None:
    assert not continues_name(f"{first}.xlsx", f"{second}.xlsx")


def test_a_headerless_file_of_another_village_borrows_nothing(store, tmp_path: Path) -> None:
    """Look-alike: 马吉村's file is no second half of 石桥村's, however well its columns fit."""
    report = importers.import_paths(store, _half_years(tmp_path, second_name="马吉村2023年收支明细账（下半年）.xlsx"))
    assert report.files[1].status == FAILED
    assert "无法识别表头" in sheet_of(report.files[1]).note


def test_a_headerless_file_alone_is_still_refused(store, tmp_path: Path) -> None:
    report = import_one(store, write_xlsx(tmp_path / SECOND_HALF_FILE, {"收支明细": SECOND_HALF}))
    assert report.status == FAILED and "--mapping" in report.message


def test_a_summary_of_figures_after_a_ledger_is_no_continuation(store, tmp_path: Path) -> None:
    """Look-alike: a 汇总 without a header holds text and figures where the ledger holds codes and dates."""
    summary = [["工程类", 4, 96900, None], ["采购类", 3, 11900, None], ["服务类", 2, 13500, None], ["合计", 9, 122300, None]]
    report = import_one(store, _contract_book(tmp_path, summary, second_name="汇总"))
    sheet = sheet_of(report, "汇总")
    assert sheet.kind is None and sheet.imported == 0 and "无法识别表头" in sheet.note
    assert len(records(store, "contract")) == 4


def test_notes_after_a_ledger_are_no_continuation(store, tmp_path: Path) -> None:
    notes = [["说明："], ["1. 本台账按合同签订时间登记。"], ["2. 金额单位为元。"], ["3. 合同原件存村档案室。"]]
    sheet = sheet_of(import_one(store, _contract_book(tmp_path, notes, second_name="说明")), "说明")
    assert sheet.kind is None and sheet.imported == 0


def test_a_cadre_list_without_a_header_after_a_ledger_is_no_continuation(store, tmp_path: Path) -> None:
    """Look-alike: a sheet of another kind fills the ledger's text columns but leaves its amounts and
    dates empty."""
    cadres = [[1, "王建国", "男", "党支部书记", "13805760001"], [2, "李秀英", "女", "村委会主任", "13805760002"],
              [3, "张志强", "男", "村委委员", "13805760003"]]
    sheet = sheet_of(import_one(store, _contract_book(tmp_path, cadres, second_name="台账(2)")), "台账(2)")
    assert sheet.kind is None and sheet.imported == 0
    assert records(store, "cadre") == []


def test_a_sheet_wider_than_the_header_is_no_continuation(store, tmp_path: Path) -> None:
    wider = [row + [None, "多出一列", 1] for row in CONTINUED_CONTRACTS]
    sheet = sheet_of(import_one(store, _contract_book(tmp_path, wider)), "台账(2)")
    assert sheet.kind is None and sheet.imported == 0


def test_the_preview_reads_the_continued_sheet_as_the_import_does(tmp_path: Path) -> None:
    preview = importers.preview_file(_contract_book(tmp_path, CONTINUED_CONTRACTS))
    second = next(s for s in preview.sheets if s.sheet == "台账(2)")
    assert second.kind == "contract" and "台账(1)" in second.note and second.header_rows is None
    assert [row["row"] for row in second.rows] == [1, 2, 3]


# --- mapping files for a sheet without a header -----------------------------------------------------

LETTERED = """kind = "payment"
village = "石桥村"
header_row = 0
[columns]
A = "month"
B = "day"
C = "voucher"
D = "summary"
E = "counterparty"
F = "income"
G = "expense"
H = "ignore"
"""


def _mapping(tmp_path: Path, text: str) -> importers.Mapping:
    path = tmp_path / "列映射.toml"
    path.write_text(text, encoding="utf-8")
    return importers.load_mapping(path)


def test_a_mapping_by_column_letter_reads_a_sheet_without_a_header(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / SECOND_HALF_FILE, {"收支明细": SECOND_HALF})
    report = import_one(store, path, mapping=_mapping(tmp_path, LETTERED))
    sheet = sheet_of(report)
    assert report.status == IMPORTED and sheet.imported == 4 and sheet.header_row is None
    assert "年份按文件名读作 2023 年" in sheet.note
    rows = by_row(records(store, "payment"))
    assert (rows[1]["date"], rows[1]["summary"], rows[1]["direction"], rows[1]["amount"]) == \
        ("2023-07-04", "收取集体厂房租金", "in", 26000.0)
    assert rows[2]["counterparty"] == "石桥镇永兴建筑队" and rows[2]["direction"] == "out"
    assert 4 in [s["row"] for s in sheet.skipped]  # 本月合计


def test_a_lettered_mapping_with_units(store, tmp_path: Path) -> None:
    text = ('kind = "contract"\nheader_row = 0\n[columns]\nA = "code"\nB = "counterparty"\nc = "amount"\n'
            'D = "signed_on"\n[units]\nC = "wan"\n')
    rows = [["HT-01", "临河县宏达建设工程有限公司", 6.73, "2023-07-11"], ["HT-02", "石桥镇永兴建筑队", 3.96, "2023-07-27"]]
    path = write_xlsx(tmp_path / "石桥村合同台账（续）.xlsx", {"Sheet1": rows})
    import_one(store, path, mapping=_mapping(tmp_path, text))
    assert [c["amount"] for c in records(store, "contract")] == [67300.0, 39600.0]


def test_a_headerless_mapping_without_columns_lists_the_columns_by_letter(store, tmp_path: Path) -> None:
    """header_row = 0 alone is how one learns the letters (the workbench's mapping editor does so): the
    sheet is refused, naming its columns A, B, C …"""
    rows = [["2023-07-11", "临河县宏达建设工程有限公司", "村道硬化", 67300], ["2023-07-27", "石桥镇永兴建筑队", "护坡", 39600]]
    path = write_xlsx(tmp_path / "石桥村收支（续）.xlsx", {"Sheet1": rows})
    report = importers.import_paths(store, [path], mapping=_mapping(tmp_path, 'kind = "payment"\nheader_row = 0'))
    sheet = report.files[0].sheets[0]
    assert sheet.kind is None and "找到：A、B、C、D" in sheet.note
    assert records(store, "payment") == []


@pytest.mark.parametrize("text,message", [
    ('kind = "payment"\nheader_row = 0\n[columns]\n"摘要" = "summary"', "“摘要” 不是列字母"),
    ('kind = "payment"\nheader_row = 0\nheader_rows = 2\n[columns]\nA = "summary"', "不能再写 header_rows"),
    ('kind = "payment"\nheader_row = -1', "header_row 应为正整数"),
])
def test_bad_headerless_mappings_say_why(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BadMapping) as caught:
        _mapping(tmp_path, text)
    assert message.replace(" ", "") in str(caught.value).replace(" ", "")


def test_a_lettered_mapping_saves_and_loads(tmp_path: Path) -> None:
    mapping = _mapping(tmp_path, LETTERED)
    assert mapping.headerless and mapping.columns["A"] == "month"
    path = tmp_path / "saved.toml"
    importers.save_mapping(mapping, path)
    loaded = importers.load_mapping(path)
    assert (loaded.header_row, loaded.columns) == (0, mapping.columns)


def test_a_header_text_mapping_still_names_headers(store, tmp_path: Path) -> None:
    """Look-alike: without header_row = 0, [columns] names header texts as before."""
    text = 'kind = "contract"\n[columns]\n"乙方（承包方）" = "counterparty"\n'
    path = write_xlsx(tmp_path / "石桥村合同台账.xlsx", {"台账": [CONTRACT_HEADER, *FIRST_CONTRACTS]})
    import_one(store, path, mapping=_mapping(tmp_path, text))
    assert [c["counterparty"] for c in records(store, "contract")][:2] == ["临河县光明电器安装有限公司", "石桥镇文华办公用品店"]


def test_a_table_of_text_alone_is_never_continued(store, tmp_path: Path) -> None:
    """Look-alike: below a list of names and posts, two columns of words fit by type but prove nothing."""
    path = write_xlsx(tmp_path / "石桥村干部名单.xlsx", {"干部": [["姓名", "职务"], ["王建国", "书记"], ["李秀英", "主任"]],
                                                    "杂项": [["甲栏", "乙栏"], ["x", "y"]]})
    sheet = sheet_of(import_one(store, path), "杂项")
    assert sheet.kind is None and len(records(store, "cadre")) == 2
