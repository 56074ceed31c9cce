"""Two books or registers of one village hold the same entries: the scan counts each once.

The end-to-end tests import the sample's real workbooks, then the same
entries written again as CSV files in other layouts (a bank journal beside
the 收支明细账, a platform export beside the 合同台账, a project list, a lease
register), and run the real scan and the CLI. Before, every shared entry was
counted twice: contracts "paid" twice their price, monthly wages "paid twice",
one contract split in two. The unit tests pin down when two rows are one entry.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

import importers
from xuncha import cli
from xuncha.rules.context import ContractRow, PaymentRow, ProjectRow, ResourceRow
from xuncha.rules.copies import MATCHERS, find_copies
from xuncha.scan import run_scan
from xuncha.store import Store

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"
LEDGER = SAMPLE / "石桥村2022年收支明细账.xls"
CONTRACTS = SAMPLE / "合同台账2021-2023.xlsx"


def bank_journal(store: Store, folder: Path, *, only_vouchers: set[str] | None = None) -> Path:
    """The ledger's entries again, as a bank journal with other headers (借方/贷方, 对方户名).

    Each entry keeps the ledger's 结算方式: an entry paid in cash in one book and by transfer in
    the other would be two payments."""
    rows = [r for r in _ledger_payments(store) if only_vouchers is None or r["voucher"] in only_vouchers]
    path = folder / "石桥村2022年银行存款日记账.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["石桥村股份经济合作社2022年银行存款日记账"])
        writer.writerow(["日期", "凭证字号", "摘要", "对方户名", "借方金额", "贷方金额", "结算方式"])
        for row in rows:
            amount = f"{row['amount'] / 100:.2f}"
            writer.writerow([row["date"], row["voucher"], row["summary"], row["counterparty"] or "",
                             amount if row["direction"] == "in" else "", amount if row["direction"] == "out" else "",
                             row["method"] or "转账"])
    return path


def _ledger_payments(store: Store) -> list[dict]:
    with store.engine.connect() as connection:
        cursor = connection.connection.driver_connection.execute(
            "SELECT date, voucher, summary, counterparty, amount, direction, method FROM payment "
            "WHERE source_file = ? ORDER BY source_row", (LEDGER.name,))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]


def flag_texts(store: Store) -> dict[str, str]:
    return {flag.id: flag.title for flag in run_scan(store).flags}


@pytest.fixture
def ledger_store(store: Store) -> Store:
    report = importers.import_paths(store, [LEDGER, CONTRACTS])
    assert all(f.status == "imported" for f in report.files)
    return store


def test_a_second_book_of_the_same_entries_changes_no_flag(ledger_store: Store, tmp_path: Path) -> None:
    before = flag_texts(ledger_store)
    journal = bank_journal(ledger_store, tmp_path)
    report = importers.import_paths(ledger_store, [journal])

    sheet = report.files[0].sheets[0]
    assert sheet.imported == 51
    assert sheet.book_copies and sheet.book_copies["rows"] == 51
    assert f"全部 51 笔收支也记在批次 {sheet.book_copies['batch_id']}（{LEDGER.name}）中" in sheet.note
    result = run_scan(ledger_store)
    assert {flag.id: flag.title for flag in result.flags} == before
    assert f"{journal.name} 的 51 笔收支也记在 {LEDGER.name} / 收支明细账 中" in result.book_copies
    assert result.book_copies in result.warnings


def test_entries_only_one_book_holds_still_count(ledger_store: Store, tmp_path: Path) -> None:
    """Half the bank journal repeats the ledger; the scan drops exactly those."""
    vouchers = {row["voucher"] for row in _ledger_payments(ledger_store)}
    half = set(sorted(vouchers)[: len(vouchers) // 2])
    journal = bank_journal(ledger_store, tmp_path, only_vouchers=half)
    importers.import_paths(ledger_store, [journal])
    shared = sum(1 for row in _ledger_payments(ledger_store) if row["voucher"] in half)

    result = run_scan(ledger_store)
    assert f"的 {shared} 笔收支也记在" in result.book_copies


def test_without_the_copies_rule_overpayment_would_double(ledger_store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The scenario is real: with the copies kept, the same import doubles what contracts were paid."""
    from xuncha import scan

    importers.import_paths(ledger_store, [bank_journal(ledger_store, tmp_path)])
    counted_once = {f.title for f in run_scan(ledger_store).flags if f.rule == "overpayment"}
    monkeypatch.setattr(scan, "drop_book_copies", lambda context: [])
    counted_twice = {f.title for f in run_scan(ledger_store).flags if f.rule == "overpayment"}
    assert len(counted_twice) > len(counted_once)


def test_cli_scan_tells_the_inspector(ledger_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = bank_journal(ledger_store, tmp_path)
    assert cli.main(["--db", str(ledger_store.path), "import", str(journal), "--json"]) == 0
    sheet = json.loads(capsys.readouterr().out)["files"][0]["sheets"][0]
    assert sheet["book_copies"]["rows"] == 51
    assert cli.main(["--db", str(ledger_store.path), "scan"]) == 0
    err = capsys.readouterr().err
    assert f"{journal.name} 的 51 笔收支也记在 {LEDGER.name} / 收支明细账 中" in err
    assert "筛查时各按一处计" in err


# --- when two payments are one entry ---------------------------------------------------------------------

DAY = dt.date(2023, 3, 5)


def payment(pid: str, batch: int, *, voucher: str | None = "记-5", payee: str = "", amount: int = 500_000,
            date: dt.date = DAY, direction: str = "out", village: str = "石桥村", sheet: str = "账") -> PaymentRow:
    return PaymentRow(id=pid, village=village, voucher=voucher, date=date, direction=direction, amount=amount,
                      counterparty=payee or None, identity=payee, batch_id=batch, source_sheet=sheet)


def kept_ids(rows: list) -> list[str]:
    copies = find_copies(rows, MATCHERS[rows[0].kind])
    return [row.id for index, row in enumerate(rows) if index not in copies]


def test_same_voucher_in_another_book_is_one_entry_and_the_first_is_kept() -> None:
    rows = [payment("a", 1), payment("b", 2, voucher="记15"), payment("c", 2)]
    assert find_copies(rows, MATCHERS["payment"]) == {2: 0}


def test_voucher_numbers_are_compared_without_dashes_and_spaces() -> None:
    assert kept_ids([payment("a", 1, voucher="记-15"), payment("b", 2, voucher="记 15")]) == ["a"]


def test_same_payee_without_vouchers_is_one_entry() -> None:
    assert kept_ids([payment("a", 1, voucher=None, payee="宏达建设"),
                     payment("b", 2, voucher=None, payee="宏达建设")]) == ["a"]


def test_another_sheet_of_the_same_file_is_another_book() -> None:
    assert kept_ids([payment("a", 1, sheet="收支明细"), payment("b", 1, sheet="银行日记账")]) == ["a"]


@pytest.mark.parametrize("other", [
    payment("b", 1),  # the same book: two lines of one voucher
    payment("b", 2, amount=500_001),
    payment("b", 2, date=DAY + dt.timedelta(days=1)),
    payment("b", 2, direction="in"),
    payment("b", 2, village="刘家塘村"),
    payment("b", 2, voucher="记-6"),
    payment("b", 2, voucher=None),  # nothing but day and amount in common
], ids=["same-book", "amount", "date", "direction", "village", "voucher", "no-voucher-no-payee"])
def test_payments_that_differ_are_both_counted(other: PaymentRow) -> None:
    assert kept_ids([payment("a", 1), other]) == ["a", "b"]


def test_pairs_are_one_to_one_so_a_real_duplicate_stays() -> None:
    """Book 1 pays 宏达建设 twice on one day (记-5, 记-6); the bank journal shows one transfer."""
    first = payment("a1", 1, voucher="记-5", payee="宏达建设")
    second = payment("a2", 1, voucher="记-6", payee="宏达建设")
    bank = payment("b1", 2, voucher=None, payee="宏达建设")
    assert kept_ids([first, second, bank]) == ["a1", "a2"]
    assert kept_ids([first, second, bank, payment("b2", 2, voucher=None, payee="宏达建设"),
                     payment("b3", 2, voucher=None, payee="宏达建设")]) == ["a1", "a2", "b3"]


def test_a_third_book_is_matched_against_what_the_first_two_kept() -> None:
    assert kept_ids([payment("a", 1), payment("b", 2), payment("c", 3)]) == ["a"]


# --- registers: contracts, projects, leases ----------------------------------------------------------------

REGISTER_COLUMNS = {
    # kind: (file written, its headers, the fields they hold)
    "contract": ("青山镇合同备案导出.csv", ["村名", "合同编号", "合同名称", "乙方单位", "合同金额（元）", "签订日期", "采购方式"],
                 ["village", "code", "title", "counterparty", "amount", "signed_on", "procurement"]),
    "project": ("青山镇项目库导出.csv", ["村名", "项目名称", "施工单位", "预算金额（元）", "合同金额（元）", "决策日期", "开工日期"],
                ["village", "name", "contractor", "budget", "amount", "decided_on", "started_on"]),
    "resource": ("青山镇资源台账导出.csv", ["村名", "资源名称", "资源类别", "面积（亩）", "承租方", "年租金（元）", "起始日期",
                                       "终止日期"],
                 ["village", "name", "category", "area", "counterparty", "amount", "started_on", "ended_on"]),
}


def register_export(store: Store, folder: Path, kind: str) -> Path:
    """The kind's records of the store written again as a platform-style CSV with other headers."""
    name, headers, fields = REGISTER_COLUMNS[kind]
    with store.engine.connect() as connection:
        cursor = connection.connection.driver_connection.execute(
            f"SELECT {', '.join(fields)} FROM {kind} ORDER BY batch_id, source_sheet, source_row")
        rows = cursor.fetchall()
    path = folder / name
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if value is None else f"{value / 100:.2f}" if field in ("amount", "budget") else value
                             for field, value in zip(fields, row)])
    return path


@pytest.fixture
def sample_store(store: Store) -> Store:
    report = importers.import_paths(store, [SAMPLE])
    assert all(f.status == "imported" for f in report.files)
    return store


@pytest.mark.parametrize("kind, unit", [("contract", "份合同"), ("project", "个工程项目"), ("resource", "宗资源发包")])
def test_a_register_exported_again_changes_no_flag(sample_store: Store, tmp_path: Path, kind: str, unit: str) -> None:
    before = flag_texts(sample_store)
    export = register_export(sample_store, tmp_path, kind)
    with sample_store.engine.connect() as connection:
        count = connection.connection.driver_connection.execute(f"SELECT COUNT(*) FROM {kind}").fetchone()[0]

    sheet = importers.import_paths(sample_store, [export]).files[0].sheets[0]
    assert sheet.imported == count
    assert sheet.book_copies and sheet.book_copies["rows"] == count
    assert f"全部 {count} {unit}也记在批次" in sheet.note
    result = run_scan(sample_store)
    assert {flag.id: flag.title for flag in result.flags} == before
    assert f"{export.name} 的 {count} {unit}也记在" in result.book_copies


def test_a_contract_register_counted_twice_made_up_flags(sample_store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the pairing, the platform export beside the 合同台账 splits contracts in two."""
    from xuncha import scan

    planted = {flag.title for flag in run_scan(sample_store).flags if flag.rule == "split_contract"}
    importers.import_paths(sample_store, [register_export(sample_store, tmp_path, "contract")])
    monkeypatch.setattr(scan, "drop_book_copies", lambda context: [])
    doubled = {flag.title for flag in run_scan(sample_store).flags if flag.rule == "split_contract"}
    assert any("康体体育器材" in title for title in doubled - planted)  # one 5.6万 contract seen twice


def contract(cid: str, batch: int, *, title: str = "石桥村保洁服务合同", party: str = "绿源保洁",
             amount: int = 3_600_000, signed: dt.date | None = DAY, code: str | None = None) -> ContractRow:
    return ContractRow(id=cid, village="石桥村", code=code, title=title, counterparty=party, identity=party,
                       amount=amount, signed_on=signed, batch_id=batch, source_sheet="合同")


def test_a_contract_in_the_platform_export_is_the_one_in_the_village_register() -> None:
    # the platform's code differs; title, party and day agree
    assert kept_ids([contract("a", 1, code="SQHT-01"), contract("b", 2, code="330523-0001")]) == ["a"]
    # one date missing: title and party still make two
    assert kept_ids([contract("a", 1), contract("b", 2, signed=None)]) == ["a"]


def test_next_years_renewal_of_a_contract_is_another_contract() -> None:
    renewal = contract("b", 2, title="石桥村2024年保洁服务合同", signed=DAY.replace(year=2024))
    assert kept_ids([contract("a", 1, title="石桥村2023年保洁服务合同"), renewal]) == ["a", "b"]


def test_one_agreement_besides_the_amount_is_not_enough_for_a_contract() -> None:
    assert kept_ids([contract("a", 1), contract("b", 2, title="路灯维修", party="明亮电器")]) == ["a", "b"]


def project(pid: str, batch: int, *, name: str = "石桥村山塘清淤工程", contractor: str = "宏达建设",
            budget: int | None = 15_000_000, started: dt.date | None = DAY) -> ProjectRow:
    return ProjectRow(id=pid, village="石桥村", name=name, contractor=contractor, identity=contractor,
                      budget=budget, started_on=started, batch_id=batch, source_sheet="项目")


def test_a_project_listed_twice_is_one_project() -> None:
    assert kept_ids([project("a", 1), project("b", 2, name="山塘清淤", budget=None)]) == ["a"]


@pytest.mark.parametrize("other", [
    project("b", 2, started=DAY.replace(year=2021)),  # the same work another year
    project("b", 2, budget=9_000_000),
    project("b", 2, contractor="青松园林"),
    project("b", 2, contractor="", budget=None, started=None),  # nothing but the name
], ids=["another-year", "budget", "contractor", "name-only"])
def test_projects_that_disagree_or_share_only_a_name_are_two(other: ProjectRow) -> None:
    assert kept_ids([project("a", 1), other]) == ["a", "b"]


def lease(rid: str, batch: int, *, start: dt.date = DAY, end: dt.date = DAY.replace(year=2033),
          lessee: str = "张建国") -> ResourceRow:
    return ResourceRow(id=rid, village="石桥村", name="村东鱼塘", counterparty=lessee, identity=lessee,
                       amount=1_200_000, started_on=start, ended_on=end, batch_id=batch, source_sheet="资源")


def test_a_lease_listed_twice_is_one_lease_but_a_new_term_is_another() -> None:
    assert kept_ids([lease("a", 1), lease("b", 2)]) == ["a"]
    next_term = lease("b", 2, start=DAY.replace(year=2033), end=DAY.replace(year=2043))
    assert kept_ids([lease("a", 1), next_term]) == ["a", "b"]


def test_two_files_of_one_name_are_told_apart_by_their_batch() -> None:
    from xuncha.rules.copies import BookCopies, book_copies_text

    text = book_copies_text([BookCopies("payment", (4, "账"), (2, "账"), 9)], {2: "收支.xlsx", 4: "收支.xlsx"})
    assert text.startswith("批次 4（收支.xlsx） / 账 的 9 笔收支也记在 批次 2（收支.xlsx） / 账 中")
    text = book_copies_text([BookCopies("payment", (4, "收支"), (2, "账"), 9)], {2: "账.xlsx", 4: "收支.csv"})
    assert text.startswith("收支.csv 的 9 笔收支也记在 账.xlsx 中")


# --- two real entries that look alike in two books stay two ----------------------------------------------


def test_voucher_numbers_are_read_in_their_written_forms() -> None:
    assert kept_ids([payment("a", 1, voucher="记-15"), payment("b", 2, voucher="记字第15号")]) == ["a"]
    assert kept_ids([payment("a", 1, voucher="记-15"), payment("b", 2, voucher="15")]) == ["a"]


def test_cash_book_and_bank_journal_paying_one_payee_alike_are_two_payments() -> None:
    """The cash book pays 宏达建设 2万 (记-11) and the bank journal pays it 2万 (记-12) the same day:
    a real duplicate payment, not one entry in two books."""
    cash = payment("a", 1, voucher="记-11", payee="宏达建设", sheet="现金日记账")
    bank = payment("b", 2, voucher="记-12", payee="宏达建设", sheet="银行存款日记账")
    assert kept_ids([cash, bank]) == ["a", "b"]
    # without voucher numbers the books still tell: a cash entry is no bank transfer
    cash = payment("a", 1, voucher=None, payee="宏达建设", sheet="现金日记账")
    statement = payment("b", 2, voucher="622800001", payee="宏达建设", sheet="农商银行对账单")
    assert kept_ids([cash, statement]) == ["a", "b"]


def test_a_bank_statements_serial_number_is_no_voucher_number() -> None:
    assert kept_ids([payment("a", 1, voucher="记-5", payee="宏达建设"),
                     payment("b", 2, voucher="6228000012", payee="宏达建设", sheet="农商银行对账单")]) == ["a"]


def test_two_ledgers_of_one_village_numbering_alike_are_not_one_book() -> None:
    """The 村委会 and the 股份经济合作社 both write 记-5 on one day for 2万: to two payees."""
    assert kept_ids([payment("a", 1, payee="宏达建设"), payment("b", 2, payee="青松园林")]) == ["a", "b"]


def test_another_work_of_the_same_party_amount_and_day_is_another_contract() -> None:
    """The platform holds 路灯安装 beside the register's 道路硬化, 9.5万 each, one day: a split to keep."""
    road = contract("a", 1, title="村道硬化工程", party="宏达建设", amount=9_500_000)
    lights = contract("b", 2, title="石桥村路灯安装工程", party="宏达建设", amount=9_500_000)
    assert kept_ids([road, lights]) == ["a", "b"]
    assert kept_ids([road, contract("b", 2, title="石桥村道路硬化工程", party="宏达建设", amount=9_500_000)]) == ["a"]


def test_the_same_work_done_by_two_parties_is_two_contracts() -> None:
    assert kept_ids([contract("a", 1), contract("b", 2, party="洁美保洁")]) == ["a", "b"]


def test_a_renewal_with_its_date_left_blank_is_another_contract() -> None:
    old = contract("a", 1, title="2022年保洁服务合同", signed=None)
    assert kept_ids([old, contract("b", 2, title="石桥村2024年保洁服务合同", signed=None)]) == ["a", "b"]


def test_a_project_of_another_year_in_its_title_is_another_project() -> None:
    assert kept_ids([project("a", 1, name="2021年村道修补工程", budget=None, started=None),
                     project("b", 2, name="2023年村道修补工程", budget=None, started=None)]) == ["a", "b"]


def test_other_plots_of_one_lessee_at_one_rent_are_other_leases() -> None:
    def plot(rid: str, batch: int, name: str, area: float | None = 50.0) -> ResourceRow:
        return ResourceRow(id=rid, village="石桥村", name=name, counterparty="李富强", identity="李富强", area=area,
                           amount=4_000_000, started_on=DAY, ended_on=DAY.replace(year=2033), batch_id=batch,
                           source_sheet="资源")
    assert kept_ids([plot("a", 1, "三组耕地"), plot("b", 2, "五组耕地")]) == ["a", "b"]
    assert kept_ids([plot("a", 1, "三组耕地"), plot("b", 2, "石桥村3组耕地")]) == ["a"]
    assert kept_ids([plot("a", 1, "三组耕地"), plot("b", 2, "三组耕地", area=80.0)]) == ["a", "b"]


def test_a_cash_book_beside_a_bank_journal_keeps_its_duplicate_payment(store: Store, tmp_path: Path) -> None:
    """End to end: two journals, no ledger; each pays 宏达建设 2万 on 2023-04-03 under its own voucher."""
    cash = tmp_path / "石桥村2023年现金日记账.csv"
    cash.write_text("石桥村2023年现金日记账\n日期,凭证号,摘要,往来单位,收入,支出\n"
                    "2023-04-03,记-11,支付宏达建设零星材料款,宏达建设,,20000.00\n", encoding="utf-8-sig")
    bank = tmp_path / "石桥村2023年银行存款日记账.csv"
    bank.write_text("石桥村2023年银行存款日记账\n日期,凭证字号,摘要,对方户名,借方金额,贷方金额\n"
                    "2023-04-03,记-12,支付宏达建设材料款,湖州宏达建设工程有限公司,,20000.00\n", encoding="utf-8-sig")
    report = importers.import_paths(store, [cash, bank])
    assert not report.files[1].sheets[0].book_copies
    result = run_scan(store)
    assert not result.book_copies
    assert any(flag.rule == "duplicate_payment" and "宏达建设" in flag.title for flag in result.flags)


def test_the_import_names_copies_written_with_full_names_and_other_voucher_forms(store: Store, tmp_path: Path) -> None:
    """The bank journal writes 记字第2号 and the payee's 全称; the import already counts it as the ledger's."""
    ledger = tmp_path / "石桥村2023年收支明细账.csv"
    ledger.write_text("石桥村2023年收支明细账\n日期,凭证号,摘要,收入金额,支出金额,往来单位,结算方式\n"
                      "2023-03-02,记-2,支付3月保洁费,,3000.00,绿源保洁,转账\n"
                      "2023-03-15,记-5,支付路灯维修费,,8600.00,明亮电器,转账\n", encoding="utf-8-sig")
    bank = tmp_path / "石桥村2023年银行存款日记账.csv"
    bank.write_text("石桥村2023年银行存款日记账\n日期,凭证字号,摘要,对方户名,借方金额,贷方金额\n"
                    "2023-03-02,记字第2号,支付3月保洁费,湖州市绿源保洁服务有限公司,,3000.00\n"
                    "2023-03-15,记字第5号,支付路灯维修费,吴兴明亮电器经营部,,8600.00\n", encoding="utf-8-sig")
    report = importers.import_paths(store, [ledger, bank])
    assert report.files[1].sheets[0].book_copies["rows"] == 2
    assert "的 2 笔收支也记在" in run_scan(store).book_copies


def test_the_town_and_a_village_named_东山_name_no_work() -> None:
    """三里镇东山村2023年村道硬化工程 is the register's 村道硬化工程: 东 and 三 belong to the places."""
    def dongshan(cid: str, batch: int, title: str) -> ContractRow:
        return ContractRow(id=cid, village="东山村", title=title, counterparty="宏达建设", identity="宏达建设",
                           amount=9_500_000, signed_on=DAY, batch_id=batch, source_sheet="合同")
    assert kept_ids([dongshan("a", 1, "村道硬化工程"), dongshan("b", 2, "三里镇东山村2023年村道硬化工程")]) == ["a"]
    assert kept_ids([dongshan("a", 1, "村道硬化工程"), dongshan("b", 2, "三里镇东山村村西道路硬化")]) == ["a", "b"]


def test_a_title_over_two_years_shares_a_year_with_one_of_them() -> None:
    """A guard for the year check: "（2023-2024年）" names 2023 too, so code and party still pair."""
    assert kept_ids([contract("a", 1, title="2023年保洁服务合同", signed=None, code="SQHT-01"),
                     contract("b", 2, title="保洁服务合同（2023-2024年）", code="SQHT-01")]) == ["a"]


def test_the_import_reads_a_full_name_as_its_short_form_but_not_another_firm() -> None:
    from xuncha.scan import _import_identities

    rows = [payment("a", 1, payee="湖州宏达建设工程有限公司"), payment("b", 2, payee="宏达建设"),
            payment("c", 2, payee="宏达物业")]
    _import_identities(rows)
    assert [row.identity for row in rows] == ["宏达建设", "宏达建设", "宏达物业"]
