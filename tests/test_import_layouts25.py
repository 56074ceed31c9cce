"""Layouts of blind pass 25 (村级采购、四议两公开、村务监督) that used to be misread or refused.

Each test writes a real file with openpyxl and imports it through ``importers.import_paths``:

- the villagers' decision of a 四议两公开台账 is the project's decision date;
- a 摘要 that voids its own entry in a closing aside voids the row;
- a 工程款支付台账 (项目名称 and 合同金额 merged down over each project's payments, 本次支付金额,
  收款单位, 凭证号) is a book of payments, not a project list, and its amount is the payment's, never
  the contract's sum or the running total;
- a 采购台账 (采购日期, 物资名称, 供应商, 数量, 单价, 金额) is a book of payments out to suppliers;
- a 中标（成交）结果公示 whose only date is the 合同签订日期 lists contracts; a project list that dates
  its works stays a project list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_xlsx


def test_the_villagers_decision_of_the_four_deliberations_is_the_decision_date(store, tmp_path: Path) -> None:
    """四议 over 提议 | 商议 | 审议 | 决议: the last is the 村民代表会议's decision, which date_order
    compares with the start of the works."""
    rows = [["田家沟村“四议两公开”村级工程项目台账"],
            ["序号", "项目名称", "预算金额（万元）", "四议", None, None, None, "施工单位", "开工日期"],
            [None, None, None, "党支部提议", "村两委商议", "党员大会审议", "村民代表会议决议", None, None],
            [1, "茶园产业路硬化", 45.6, dt.date(2025, 2, 10), dt.date(2025, 2, 14), dt.date(2025, 2, 20),
             dt.date(2025, 2, 26), "黔兴建筑工程有限公司", dt.date(2025, 3, 18)]]
    merges = {"台账": ["D2:G2", "A2:A3", "B2:B3", "C2:C3", "H2:H3", "I2:I3"]}
    import_one(store, write_xlsx(tmp_path / "田家沟村四议两公开工程台账.xlsx", {"台账": rows}, merges=merges))
    [project] = records(store, "project")
    assert (project["decided_on"], project["started_on"], project["budget"]) == ("2025-02-26", "2025-03-18", 456000.0)


def test_a_summary_closing_with_a_void_aside_voids_its_row(store, tmp_path: Path) -> None:
    rows = [["日期", "凭证号", "摘要", "收入", "支出", "对方单位"],
            ["2025/9/9", "付-12", "付办公设备款", None, 18650, "科达电脑经营部"],
            ["2025/9/10", "付-12", "付办公设备款（重复录入，作废）", None, 18650, "科达电脑经营部"],
            ["2025/9/11", "付-13", "付材料款（原记-4作废）", None, 3200, "力达建材"],
            ["2025/9/12", "付-14", "冲销作废凭证", None, 100, "力达建材"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红星村收支明细公开表.xlsx", {"收支": rows})))
    assert [p["source"]["row"] for p in records(store, "payment")] == [2, 4, 5]
    assert "已作废" in {s["row"]: s["reason"] for s in sheet.skipped}[3]


# --- 工程款支付台账 ------------------------------------------------------------------------------------

_WORKS_PAYMENTS = [
    ["西崔村村级工程项目资金支付台账"] + [None] * 8,
    ["编报单位：义和镇农村集体三资代理服务中心"] + [None] * 6 + ["单位：元", None],
    ["项目名称", "合同金额", "支付日期", "凭证号", "本次支付金额", "累计支付", "收款单位", "支付方式", "审批人"],
    ["田间生产路碎石铺设", 44800, "2025-09-25", "记字第031号", 22400, 22400, "河口区路通土石方工程队", "银行转账",
     "崔振华"],
    [None, None, "2025-11-06", "记字第047号", 20160, 42560, "河口区路通土石方工程队", "银行转账", "崔振华"],
    ["小计", None, None, None, 42560, None, None, None, None],
    ["村委会办公室屋面防水", 24500, "2025-04-20", "记字第011号", 12250, 12250, "东营顺通防水工程有限公司", "银行转账",
     "崔振华"],
    [None, None, "2026-04-20", "记字第009号", 1225, 13475, "东营顺通防水工程有限公司", "现金", "崔振华"],
    ["小计", None, None, None, 13475, None, None, None, None],
]


def test_a_book_of_works_payments_is_read_as_payments(store, tmp_path: Path) -> None:
    """Before, the file and sheet names (工程, 项目) made it a project list of 2 projects, and the
    payments, their dates, vouchers and payees were lost without a word."""
    path = write_xlsx(tmp_path / "西崔村工程项目资金支付台账.xlsx", {"工程款支付": _WORKS_PAYMENTS},
                      merges={"工程款支付": ["A4:A5", "B4:B5", "A7:A8", "B7:B8"]})
    report = import_one(store, path)
    assert sheet_of(report).kind == "payment"
    assert records(store, "project") == []
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["voucher"], p["amount"], p["direction"], p["counterparty"], p["project"])
            for row, p in got.items()} == {
        4: ("2025-09-25", "记字第031号", 22400.0, "out", "河口区路通土石方工程队", "田间生产路碎石铺设"),
        5: ("2025-11-06", "记字第047号", 20160.0, "out", "河口区路通土石方工程队", "田间生产路碎石铺设"),
        7: ("2025-04-20", "记字第011号", 12250.0, "out", "东营顺通防水工程有限公司", "村委会办公室屋面防水"),
        8: ("2026-04-20", "记字第009号", 1225.0, "out", "东营顺通防水工程有限公司", "村委会办公室屋面防水"),
    }


def test_a_works_payment_without_its_own_sum_never_takes_the_contracts(store, tmp_path: Path) -> None:
    """合同金额 and 累计支付 are the contract's sum and the running total: a row whose 本次支付金额 is
    empty must not come in as a payment of the whole contract."""
    rows = [list(row) for row in _WORKS_PAYMENTS]
    rows[4][4] = None
    report = import_one(store, write_xlsx(tmp_path / "工程款支付台账.xlsx", {"工程款支付": rows},
                                          merges={"工程款支付": ["A4:A5", "B4:B5"]}))
    assert sorted(by_row(records(store, "payment"))) == [4, 7, 8]
    assert [(r["row"], r["column"], r["reason"]) for r in sheet_of(report).rejected] == [
        (5, "本次支付金额", "缺少金额（列“本次支付金额”为空）")]


# --- 采购台账 -----------------------------------------------------------------------------------------


def test_a_purchase_register_is_a_book_of_payments_out(store, tmp_path: Path) -> None:
    """Before, the sheet was refused as unrecognised ("最接近‘收支’") and its 8 rows were lost."""
    rows = [
        ["2025年度村级物资采购台账"] + [None] * 9,
        ["单位：石家庄市藁城区廉州镇东辛庄村"] + [None] * 6 + ["金额单位：元", None, None],
        ["序号", "采购日期", "物资名称", "规格型号", "供应商", "数量", "单价", "金额", "验收人", "备注"],
        [1, "2025-01-08", "办公用A4打印纸", "70g 5包/箱", "藁城区文海办公用品商店", 10, 165, 1650, "张志刚", None],
        [2, "2025-03-15", "LED路灯灯头", "100W", "石家庄华明照明器材有限公司", 24, 286, 6864, "张志刚", None],
        ["合  计", None, None, None, None, None, None, 8514, None, None],
    ]
    report = import_one(store, write_xlsx(tmp_path / "东辛庄村2025年物资采购台账.xlsx", {"采购台账": rows}))
    assert sheet_of(report).kind == "payment"
    got = by_row(records(store, "payment"))
    assert {row: (p["date"], p["amount"], p["direction"], p["counterparty"], p["summary"], p["handler"])
            for row, p in got.items()} == {
        4: ("2025-01-08", 1650.0, "out", "藁城区文海办公用品商店", "办公用A4打印纸", "张志刚"),
        5: ("2025-03-15", 6864.0, "out", "石家庄华明照明器材有限公司", "LED路灯灯头", "张志刚"),
    }
    assert all(p["village"] == "东辛庄村" for p in got.values())


def test_a_purchase_contract_register_stays_contracts(store, tmp_path: Path) -> None:
    """采购 in a sheet's name must not turn a register of purchase contracts into payments."""
    rows = [
        ["前湖村采购合同备案登记表"] + [None] * 5,
        ["合同编号", "合同名称", "供应商", "合同金额（元）", "签订日期", "采购方式"],
        ["QH-CG-01", "村委会办公桌椅采购合同", "东营市利民家具店", 18600, "2025-03-02", "询价"],
        ["QH-CG-02", "健身器材采购合同", "东营健力体育用品商行", 31800, "2025-06-12", "询价"],
    ]
    report = import_one(store, write_xlsx(tmp_path / "前湖村采购合同备案登记表.xlsx", {"采购合同": rows}))
    assert sheet_of(report).kind == "contract"
    assert [(c["code"], c["counterparty"], c["amount"], c["signed_on"]) for c in records(store, "contract")] == [
        ("QH-CG-01", "东营市利民家具店", 18600.0, "2025-03-02"),
        ("QH-CG-02", "东营健力体育用品商行", 31800.0, "2025-06-12")]


# --- 中标（成交）结果公示 --------------------------------------------------------------------------------

_AWARD_HEADER = ["序号", "村名", "项目名称", "采购方式", "中标（成交）单位", "中标（成交）金额（万元）", "公示日期"]


def _award_rows(*extra: str) -> list[list[object]]:
    header = _AWARD_HEADER + list(extra)
    dates = {"合同签订日期": "2025-04-18", "开工日期": "2025-05-01", "竣工日期": "2025-08-30"}
    return [
        ["新沟镇村级工程项目中标（成交）结果公示一览表"] + [None] * (len(header) - 1),
        header,
        [1, "新沟村", "新沟村通组公路硬化工程", "竞争性比选", "湖北楚天路桥工程有限公司", 38.62, "2025-04-10",
         *[dates[name] for name in extra]],
    ]


def test_an_award_notice_dated_by_its_signing_lists_contracts(store, tmp_path: Path) -> None:
    """Before, it was read as projects: the signing date, the only date of each row, was dropped."""
    path = write_xlsx(tmp_path / "新沟镇村级工程中标成交结果公示.xlsx", {"公示": _award_rows("合同签订日期")})
    import_one(store, path)
    assert records(store, "project") == []
    assert [(c["title"], c["counterparty"], c["amount"], c["signed_on"], c["village"])
            for c in records(store, "contract")] == [
        ("新沟村通组公路硬化工程", "湖北楚天路桥工程有限公司", 386200.0, "2025-04-18", "新沟村")]


def test_a_project_list_that_dates_its_works_stays_projects(store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "新沟镇村级工程项目台账.xlsx",
                      {"项目": _award_rows("合同签订日期", "开工日期", "竣工日期")})
    import_one(store, path)
    assert records(store, "contract") == []
    assert [(p["name"], p["contractor"], p["started_on"], p["finished_on"]) for p in records(store, "project")] == [
        ("新沟村通组公路硬化工程", "湖北楚天路桥工程有限公司", "2025-05-01", "2025-08-30")]
