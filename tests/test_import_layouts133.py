"""Layouts of blind sets qa133 (cadres and their relatives, 优亲厚友) and qa135 (year-end books) that used
to be misread:

- a cash book's 摘要 naming its payee before a purpose the reader did not know ("付张小燕报账交通补助",
  "付陈涛临时用工工资", "收刘玉兰门前场地使用费") or after a village body and its officer's role
  ("支付村务监督委员会主任王德法误工补贴") left the payee out, silently;
- a name that opens like a common word ("收杨树森坑塘承包费尾款": 杨树, poplar) is read where the same
  workbook names that person as a party in a column (the bank journal's 对方户名), and only then;
- a 经营实体申报 (cadre, 企业名称, 法定代表人, 与干部关系, 持股比例) gave bare cadres: its firms now go into
  the cadre's 近亲属, so ``related_party`` flags a contract won by the 书记's 连襟's company;
- a cash book's opening line "承上年" (no 结转 after it) was rejected for its missing amount instead of
  skipped as a balance line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_import_support import (by_row, import_one, records, sheet_of, skipped_rows, write_xls,
                                       write_xlsx)
from tests.township_support import cited_any, scan_township

CASH_HEADER = ["日期", "凭证号", "摘要", "收入", "支出", "结余", "经手人"]


def _cash_book(path: Path, summaries: list[str], **other_sheets: list[list[object]]) -> Path:
    """A 现金日记账 with no counterparty column, one entry a 摘要, money out unless the 摘要 opens with 收."""
    rows: list[list[object]] = [["张楼村2023年现金日记账"], CASH_HEADER]
    for day, summary in enumerate(summaries, start=1):
        money_in = summary.startswith("收")
        rows.append([f"2023.3.{day}", f"现-{day}", summary, 500 if money_in else None,
                     None if money_in else 500, 1000, "张小燕"])
    return write_xlsx(path, {**other_sheets, "现金日记账": rows})


def _parties(store) -> dict[int, str | None]:
    return {row: payment["counterparty"] for row, payment in by_row(records(store, "payment")).items()}


@pytest.mark.parametrize(("summary", "person"), [
    ("付张小燕报账交通补助", "张小燕"),
    ("付陈涛临时用工工资", "陈涛"),
    ("收刘玉兰门前场地使用费", "刘玉兰"),
    ("支付村务监督委员会主任王德法误工补贴", "王德法"),
    ("付村委会委员李国强误工补贴", "李国强"),
])
def test_a_person_named_before_these_purposes_is_the_party(store, tmp_path: Path, summary: str, person: str) -> None:
    sheet = sheet_of(import_one(store, _cash_book(tmp_path / "张楼村现金日记账.xlsx", [summary, "付孙浩3月份保洁工资"])))
    assert _parties(store) == {3: person, 4: "孙浩"}
    assert f"第 3 行“{person}”" in sheet.note and "取自摘要中的人名" in sheet.note


@pytest.mark.parametrize("summary", [
    "付张庄村道路款", "支付王家坝工程款", "收李园租金", "付李园场地使用费", "付刘家门前道路硬化款",
    "付临时用工工资", "收杨树林承包费", "收杨树森坑塘承包费尾款", "付村委会办公室电费", "村委会主任王强签字领取",
])
def test_places_words_and_bodies_stay_without_a_party(store, tmp_path: Path, summary: str) -> None:
    """Look-alikes: a place (张庄村, 王家坝, 李园), a family's doorway, a bare purpose, a grove, a body, and
    a name opening like a common word that no sheet of the file names as a party."""
    sheet = sheet_of(import_one(store, _cash_book(tmp_path / "张楼村现金日记账.xlsx", [summary])))
    assert _parties(store) == {3: None}
    assert "取自摘要中" not in sheet.note


BANK_ROWS: list[list[object]] = [
    ["日期", "凭证号", "摘要", "对方户名", "借方", "贷方"],
    ["2023-01-28", "记-7", "收坑塘承包费", "杨树森", 6000, None],
    ["2023-02-10", "记-8", "付保洁工资", "孙浩", None, 1500],
]


def test_a_name_the_bank_journal_pays_is_read_from_the_cash_books_summary(store, tmp_path: Path) -> None:
    """杨树森 opens with 杨树 (poplar), so the 摘要 alone does not make him a person; the bank journal of the
    same workbook names him in its 对方户名, so the cash book's "收杨树森坑塘承包费尾款" is his."""
    path = _cash_book(tmp_path / "张楼村2023年收支明细账.xlsx", ["收杨树森坑塘承包费尾款", "收杨树林承包费"],
                      银行存款日记账=BANK_ROWS)
    sheet = sheet_of(import_one(store, path), "现金日记账")
    cash = {p["source"]["row"]: p["counterparty"] for p in records(store, "payment") if p["source"]["sheet"] == "现金日记账"}
    assert cash == {3: "杨树森", 4: None}  # 杨树林 is no party of the bank journal: a grove still
    assert "本文件其他表的往来单位列" in sheet.note and "第 3 行“杨树森”" in sheet.note


def test_a_cash_book_before_the_bank_journal_knows_no_names_yet(store, tmp_path: Path) -> None:
    """Look-alike: only the sheets read before it say who the file's parties are; nothing is guessed."""
    cash = [["日期", "摘要", "收入", "支出"], ["2023-02-08", "收杨树森坑塘承包费尾款", 1500, None]]
    import_one(store, write_xlsx(tmp_path / "张楼村2023年收支明细账.xlsx", {"现金日记账": cash,
                                                                        "银行存款日记账": BANK_ROWS}))
    cash_parties = [p["counterparty"] for p in records(store, "payment") if p["source"]["sheet"] == "现金日记账"]
    assert cash_parties == [None]


DECLARATION = [
    ["张楼村村干部本人及近亲属经营实体申报表"],
    ["序号", "干部姓名", "职务", "企业名称", "统一社会信用代码", "法定代表人", "与干部关系", "持股比例", "经营范围"],
    [1, "张建国", "党支部书记、村委会主任", "西华县鑫磊建材经营部", "92411622MA9F****3K", "张磊", "儿子", "100%", "建材"],
    [2, "张建国", "党支部书记、村委会主任", "河南庆丰建筑劳务有限公司", "91411600MA3X****2P", "马国庆", "连襟", "0",
     "建筑劳务分包"],
    [3, "张卫东", "村委会委员", "西华县宏伟土石方工程有限公司", "91411622MA46****5D", "何宏伟", "妹夫（本人持股）", "30%",
     "土石方"],
    [4, "刘志强", "支部委员、村委会委员", "西华县志强农资店", "92411622MA9C****8T", "刘志强", "本人", "100%", "化肥"],
    ["注：村干部本人无经营实体的不填。"],
]


def test_a_declared_firm_goes_into_its_cadres_relatives(store, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "张楼村村干部近亲属登记表.xls", {"经营实体申报": DECLARATION})
    sheet = sheet_of(import_one(store, path))
    cadres = [(c["source"]["row"], c["name"], c["position"], c["relatives"]) for c in records(store, "cadre")]
    assert cadres == [
        (3, "张建国", "党支部书记、村委会主任", "儿子 张磊（西华县鑫磊建材经营部）"),
        (4, "张建国", "党支部书记、村委会主任", "连襟 马国庆（河南庆丰建筑劳务有限公司）"),
        (5, "张卫东", "村委会委员", "妹夫 何宏伟（西华县宏伟土石方工程有限公司）"),
        (6, "刘志强", "支部委员、村委会委员", "经营 西华县志强农资店"),
    ]
    assert "经营实体申报" in sheet.note and "近亲属" in sheet.note
    assert "企业名称" not in sheet.note.split("未识别的列")[-1]


@pytest.mark.parametrize("rows", [
    [["姓名", "职务", "工作单位", "联系电话"], ["张建国", "党支部书记", "西华县鑫磊建材经营部", "13800000000"]],
    [["姓名", "职务", "企业名称"], ["张建国", "党支部书记", "西华县鑫磊建材经营部"]],
])
def test_a_cadre_list_with_an_employer_stays_as_it_was(store, tmp_path: Path, rows: list[list[object]]) -> None:
    """Look-alikes: a 工作单位, or a firm column with nothing tying it to a relative, may be the cadre's own
    employer: no 近亲属 is made of it."""
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张楼村村干部名单.xlsx", {"名单": rows})))
    assert [c["relatives"] for c in records(store, "cadre")] == [None]
    assert "经营实体申报" not in sheet.note


def _write_declaration(folder: Path) -> None:
    write_xls(folder / "张楼村村干部近亲属登记表.xls", {"经营实体申报": DECLARATION})


def _write_contracts(folder: Path) -> None:
    write_xlsx(folder / "张楼村合同台账.xlsx", {"合同台账": [
        ["合同编号", "合同名称", "乙方", "合同金额（元）", "签订日期"],
        ["ZL-2023-003", "村道排水沟劳务分包合同", "河南庆丰建筑劳务有限公司", 98000, "2023-02-05"],
        ["ZL-2023-004", "村部办公用品采购", "西华县城关办公用品商店", 3200, "2023-02-08"],
    ]})


@pytest.fixture(scope="module")
def township(tmp_path_factory: pytest.TempPathFactory):
    return scan_township(tmp_path_factory, "declared", [_write_declaration, _write_contracts])


def test_a_contract_with_a_declared_firm_is_flagged(township) -> None:
    """Before, the firm stood only in the raw row of the declaration: the contract was not flagged."""
    assert cited_any(township, "related_party", ("张楼村合同台账.xlsx", "合同台账", 2))
    assert not cited_any(township, "related_party", ("张楼村合同台账.xlsx", "合同台账", 3))


@pytest.mark.parametrize("label", ["承上年", "承上年结转", "上年结余", "接上年"])
def test_the_opening_line_of_a_cash_book_is_skipped(store, tmp_path: Path, label: str) -> None:
    rows = [CASH_HEADER, ["2023.1.1", None, label, None, None, 1832.5, None],
            ["2023.1.16", "现-2", "付孙浩1月份保洁工资", None, 1500, 332.5, "张小燕"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张楼村现金日记账.xlsx", {"现金日记账": rows})))
    assert not sheet.rejected and skipped_rows(sheet) == [2]
    assert [s["reason"] for s in sheet.skipped] == [f"余额或结转行（{label}）"]
    assert [p["source"]["row"] for p in records(store, "payment")] == [3]


def test_a_debt_brought_from_last_year_is_an_entry(store, tmp_path: Path) -> None:
    """Look-alike: "承上年欠款" with its amount is money received, not the opening balance."""
    rows = [CASH_HEADER, ["2023.1.3", "现-1", "收承上年欠款", 800, None, 2632.5, "张小燕"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "张楼村现金日记账.xlsx", {"现金日记账": rows})))
    assert not sheet.skipped and [p["amount"] for p in records(store, "payment")] == [800]


def _write_in_law_list(folder: Path) -> None:
    write_xlsx(folder / "张楼村村干部名单.xlsx", {"两委": [
        ["姓名", "职务", "近亲属"],
        ["刘志强", "村委会委员", "妻弟 陈涛；妻 陈秀梅"],
        ["张建国", "党支部书记", "子 张磊"],
    ]})


def _write_cash_book(folder: Path) -> None:
    write_xlsx(folder / "张楼村现金日记账.xlsx", {"现金": [
        ["日期", "凭证号", "摘要", "收款人", "支出"],
        ["2023-04-06", "现-07", "临时用工工资", "陈涛", 1800],
        ["2023-04-08", "现-08", "临时用工工资", "陈海", 1800],
    ]})


@pytest.fixture(scope="module")
def in_laws(tmp_path_factory: pytest.TempPathFactory):
    return scan_township(tmp_path_factory, "in-laws", [_write_in_law_list, _write_cash_book])


def test_an_in_law_is_a_relative_the_rules_compare(in_laws) -> None:
    """"妻弟 陈涛" was read as the relation 妻 of a "弟陈涛": the wife's brother paid in cash went unflagged."""
    assert cited_any(in_laws, "related_party", ("张楼村现金日记账.xlsx", "现金", 2))
    assert not cited_any(in_laws, "related_party", ("张楼村现金日记账.xlsx", "现金", 3))
