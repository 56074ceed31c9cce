"""Layouts of blind pass 28 (东北三省与内蒙古东部的村级台账) that used to be misread.

Each file test writes a real file (openpyxl, or a GBK CSV) and imports it through ``importers.import_paths``:

- a 承包费收缴台账 (户主姓名, 应交金额, 实交金额, 交款日期, 收据号) is a book of payments in: the amount is
  what each household paid, never what it owed, and a household that paid nothing is reported as
  未交款, not imported; a lease register that records no payment stays a lease register;
- 客商名称, the party column of 用友/浪潮/金蝶 exports, is the payment's counterparty;
- 出租资产 (出租物, 出租房屋 …) names the thing a 房屋场院出租登记簿 lets;
- a 合同登记簿's 登记号 is the contract's code and its bare 起 | 止 its start and end;
- a generic 单位 column beside 面积 gives each row's area unit when its cells are area units.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers import values
from importers.kinds import detect_kind
from importers.synonyms import match_column
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

# --- 收缴登记表 ----------------------------------------------------------------------------------------

_FEES = [
    ["2024年度大房身村机动地承包费收缴台账"],
    ["填报单位：大房身村（盖章）", None, None, None, None, None, None, None, "填报日期：2024年4月30日"],
    ["序号", "户主姓名", "所在组", "地块名称", "面积（亩）", "单价（元/亩）", "应交金额（元）", "实交金额（元）", "交款日期",
     "收据号", "备注"],
    [1, "侯长海", "1组", "西洼地", 20, 650, 13000, 13000, "2024年3月15日", "NO.2400100", None],
    [2, "胡淑华", "5组", "北大岗子", 6, 700, 4200, None, None, None, "欠交，已下催缴通知"],
    [3, "周宏伟", "2组", "河套地", 10, 650, 6500, "3250.0", "2024.3.1", "NO.2400106", "部分交纳"],
    [4, "吴国富", "2组", "南大地", 12.5, 650, 8125, 0, None, None, "缓交"],
    ["合计", None, None, None, None, None, None, 16250, None, None, None],
]


def test_a_fee_collection_register_is_payments_in_at_what_each_household_paid(store, tmp_path: Path) -> None:
    """实交, not 应交: 周宏伟 paid half of his 6500; the payer, the day and the receipt come along."""
    path = write_csv(tmp_path / "大房身村承包费收缴台账.csv", _FEES, encoding="gbk")
    sheet = sheet_of(import_one(store, path))
    assert sheet.kind == "payment"
    paid = by_row(records(store, "payment"))
    assert sorted(paid) == [4, 6]
    assert {field: paid[6][field] for field in ("counterparty", "amount", "date", "voucher", "direction")} == {
        "counterparty": "周宏伟", "amount": 3250.0, "date": "2024-03-01", "voucher": "NO.2400106", "direction": "in"}
    assert paid[4]["summary"] == "2024年度大房身村机动地承包费收缴台账"


def test_a_household_that_paid_nothing_is_reported_as_unpaid(store, tmp_path: Path) -> None:
    """A blank or 0 实交 is no payment: the inspector sees who has not paid, with the row kept."""
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "承包费收缴台账.csv", _FEES, encoding="gbk")))
    unpaid = {item["row"]: item["reason"] for item in sheet.rejected}
    assert sorted(unpaid) == [5, 7]
    assert all(reason.startswith("未交款") for reason in unpaid.values())


def test_a_water_fee_register_naming_the_payer_is_payments_in(store, tmp_path: Path) -> None:
    rows = [["前进村2024年自来水费收取登记表"],
            ["缴款人", "用水量（吨）", "实收金额", "缴费日期", "收据编号"],
            ["王春生", 36, 90, dt.date(2024, 5, 6), "SF-0031"],
            ["李桂兰", 20, 50, dt.date(2024, 5, 7), "SF-0032"]]
    import_one(store, write_xlsx(tmp_path / "前进村水费收取登记表.xlsx", {"水费": rows}))
    paid = by_row(records(store, "payment"))
    assert [(p["counterparty"], p["amount"], p["direction"], p["voucher"]) for p in paid.values()] == [
        ("王春生", 90.0, "in", "SF-0031"), ("李桂兰", 50.0, "in", "SF-0032")]


def test_a_lease_register_that_records_no_payment_stays_a_lease_register(store, tmp_path: Path) -> None:
    """户主姓名 and 实交金额 without a 交款日期 or 收据号: nothing dates or proves a payment."""
    rows = [["大房身村机动地承包费收缴情况"],
            ["户主姓名", "地块名称", "面积（亩）", "年承包费（元）", "实交金额（元）", "承包期限"],
            ["侯长海", "西洼地", 20, 13000, 13000, "2022.1.1-2026.12.31"],
            ["林长海", "河套地", 35, 25200, 25200, "2023.1.1-2027.12.31"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "大房身村机动地.xlsx", {"机动地": rows})))
    assert sheet.kind == "resource"
    assert [r["name"] for r in records(store, "resource")] == ["西洼地", "河套地"]


@pytest.mark.parametrize(("sheet", "headers", "kind", "collection"), [
    # Households' 筹资 dated by the day each paid: money in, never a 发放表.
    ("一事一议筹资登记", ["序号", "户主姓名", "人口", "筹资金额", "缴款日期"], "payment", True),
    ("承包费收缴台账", ["户主姓名", "地块名称", "面积（亩）", "应交金额", "实交金额", "交款日期", "收据号"], "payment", True),
    # A payout list stays a payout list; a lease register without a payment's date or receipt stays leases.
    ("误工补贴发放表", ["姓名", "职务", "误工天数", "补贴金额", "发放日期", "领款人签字"], "payment", False),
    ("机动地承包台账", ["户主姓名", "地块名称", "面积（亩）", "年承包费", "承包期限"], "resource", False),
    # The payer's own header (交款单位) says nothing of the sheet: a 收支公开 heads its income so too.
    ("财务收支情况公开", ["日期", "收入项目", "金额（万元）", "交款单位（人）", "备注"], "payment", False),
])
def test_collection_registers_and_what_stays_apart(sheet: str, headers: list[str], kind: str,
                                                   collection: bool) -> None:
    decision = detect_kind([""] * len(headers), headers, headers, sheet_name=sheet)
    assert (decision.kind, decision.collection) == (kind, collection)
    assert not (decision.collection and decision.payout)


# --- headers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "kind", "field"), [
    ("客商名称", "payment", "counterparty"),
    ("客商", "payment", "counterparty"),
    ("客户名称", "payment", "counterparty"),
    ("供应商名称", "payment", "counterparty"),
    ("客商名称", "contract", "counterparty"),
    ("实交金额（元）", "payment", "amount"),
    ("实收金额", "payment", "amount"),
    ("交款日期", "payment", "date"),
    ("收据号", "payment", "voucher"),
    ("应交金额（元）", "payment", "due"),  # read only to say what a household still owes
    ("出租资产", "resource", "name"),
    ("出租物", "resource", "name"),
    ("出租房屋名称", "resource", "name"),
    ("租赁资产", "resource", "name"),
    ("登记号", "contract", "code"),
    ("起", "contract", "started_on"),
    ("止", "contract", "ended_on"),
    ("起", "resource", "started_on"),
    ("止", "resource", "ended_on"),
])
def test_headers_of_northeastern_registers(header: str, kind: str, field: str) -> None:
    found = match_column("", header, kind)
    assert found is not None and found.field == field


def test_the_customer_or_supplier_of_a_voucher_export_is_the_counterparty(store, tmp_path: Path) -> None:
    rows = [["凭证分录查询（科目：102 银行存款）"],
            ["凭证日期", "凭证编号", "分录摘要", "科目名称", "借贷方向", "本币金额", "客商名称", "凭证状态"],
            ["2023-07-06", "记-0031", "收2023年苇塘承包费", "银行存款", "借", "28,800.00", "宾县宏泰苇业有限公司", "已记账"],
            ["2023-07-09", "记-0032", "付村屯道路边沟款", "银行存款", "贷", "46,300.00", "宾县通衢市政工程有限公司", "已记账"]]
    import_one(store, write_xlsx(tmp_path / "兴隆村凭证分录查询.xlsx", {"凭证查询": rows}))
    assert [p["counterparty"] for p in records(store, "payment")] == ["宾县宏泰苇业有限公司", "宾县通衢市政工程有限公司"]


def test_the_asset_let_names_the_resource(store, tmp_path: Path) -> None:
    rows = [["太平村集体房屋、场院出租登记簿"],
            ["序号", "出租资产", "类型", "出租面积（㎡）", "承租人", "年租金（元）", "租赁期起", "租赁期止"],
            [1, "原村小学", "房屋", 860, "康平县惠农种植专业合作社", 12900, dt.date(2022, 4, 1), dt.date(2027, 3, 31)],
            [2, "北场院", "场院", 5000, "沈阳东粮物流有限公司", 20000, dt.date(2023, 10, 1), dt.date(2026, 9, 30)]]
    import_one(store, write_xlsx(tmp_path / "太平村房屋场院出租.xlsx", {"出租": rows}))
    assert [r["name"] for r in records(store, "resource")] == ["原村小学", "北场院"]


def test_a_contract_register_s_number_and_bare_start_and_end(store, tmp_path: Path) -> None:
    rows = [["舒兰市平安镇农村集体经济合同登记簿（2023年）"],
            ["登记号", "村", "合同名称", "甲方", "乙方", "金额（元）", "签订日", "起", "止", "合同类别"],
            ["PA2023-001", "平安村", "粮库屋面防水维修合同", "平安村股份经济合作社", "舒兰市众鑫防水工程有限公司", 75600,
             dt.date(2023, 4, 6), dt.date(2023, 4, 10), dt.date(2023, 5, 10), "工程"],
            ["PA2023-003", "永丰村", "玉米地（机动地）发包合同", "永丰村股份经济合作社", "冯庆丰", 45600,
             dt.date(2023, 3, 1), dt.date(2023, 3, 15), dt.date(2026, 12, 31), "发包"]]
    import_one(store, write_xlsx(tmp_path / "平安镇合同登记簿.xlsx", {"合同登记": rows}))
    assert [(c["code"], c["signed_on"], c["started_on"], c["ended_on"]) for c in records(store, "contract")] == [
        ("PA2023-001", "2023-04-06", "2023-04-10", "2023-05-10"),
        ("PA2023-003", "2023-03-01", "2023-03-15", "2026-12-31")]


# --- area unit in a column of its own ---------------------------------------------------------------------

def test_a_unit_column_beside_the_area_gives_each_row_s_unit(store, tmp_path: Path) -> None:
    """12.4 公顷 is 186 亩: read as 亩, the rent per 亩 would look 15 times too high."""
    rows = [["富民村集体资源性资产发包台账"],
            ["资源名称", "类别", "面积", "单位", "承包方", "承包金（元/年）", "承包起始", "承包终止"],
            ["东大甸子机动地", "耕地", 12.4, "公顷", "王广义", 18500, dt.date(2024, 1, 1), dt.date(2026, 12, 31)],
            ["南甸子草原", "草原", 1500, "亩", "巴图孟和", 9000, dt.date(2021, 5, 1), dt.date(2026, 4, 30)]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "富民村资源台账.xlsx", {"资源台账": rows})))
    assert [r["area"] for r in records(store, "resource")] == [186.0, 1500.0]
    assert "面积单位" in sheet.note


def test_a_unit_column_of_money_units_leaves_the_area_alone(store, tmp_path: Path) -> None:
    rows = [["资源名称", "面积（亩）", "承包方", "承包金", "单位"],
            ["东大甸子机动地", 12.4, "王广义", 1.85, "万元"],
            ["南甸子草原", 150, "巴图孟和", 9000, "元"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "资源发包台账.xlsx", {"资源": rows})))
    assert [r["area"] for r in records(store, "resource")] == [12.4, 150.0]
    assert "面积单位" not in sheet.note


@pytest.mark.parametrize(("text", "expected"), [
    ("公顷", True), ("亩", True), ("平方米", True), ("㎡", True), (" 亩 ", True),
    ("元", False), ("万元", False), ("元/亩", False), ("平安村", False), ("", False),
])
def test_what_names_an_area_unit(text: str, expected: bool) -> None:
    assert values.is_area_unit(text) is expected


def test_a_register_of_lease_contracts_with_their_whole_sum_stays_contracts(store, tmp_path: Path) -> None:
    """租赁标的 names a contract's subject as much as a lease's: the thing-let words added for 出租资产
    must not tip a register of lease contracts (合同总价款, 签订日期) over to leases."""
    rows = [["城北社区股份经济合作社房屋租赁合同登记表"],
            ["合同编号", "承租方", "租赁标的", "建筑面积(平方米)", "月租金(元)", "押金(元)", "年递增率", "租赁起始日",
             "租赁终止日", "合同总价款(元)", "签订日期"],
            ["CBSQ-ZL2022001", "城南便利超市（个体）", "仓库（城北工业园8栋118）", 560, "16800.00", "33600.00", "不递增",
             "2022/5/1", "2027/4/30", "1008000.00", "2022/4/19"]]
    import_one(store, write_csv(tmp_path / "城北社区房屋租赁合同登记表.csv", rows))
    assert [(c["code"], c["counterparty"], c["amount"], c["signed_on"]) for c in records(store, "contract")] == [
        ("CBSQ-ZL2022001", "城南便利超市（个体）", 1008000.0, "2022-04-19")]
