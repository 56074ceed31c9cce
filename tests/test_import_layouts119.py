"""Layouts of blind set qa119 (every file format a laptop meets) that used to be misread: a bank journal
saved as csv by a European-locale Excel (';' between cells, a decimal comma: '86.400,00', dates
'05.03.2023') had all its rows rejected as 金额无法识别. Look-alikes: a Chinese csv's thousands
separators ('12,500.00', '1,234') read as before, and a bare '86.400' is not taken for 86,400."""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import import_one, records, sheet_of


def _european_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_a_european_locale_csv_reads_its_decimal_commas_and_day_first_dates(store, tmp_path: Path) -> None:
    path = _european_csv(tmp_path / "陈村2023年银行收支明细.csv", [
        "陈村2023年银行存款收支明细;;;;;",
        "日期;摘要;对方户名;收入;支出;余额",
        "01.01.2023;期初余额;;;;120.000,00",
        "05.03.2023;支付村道硬化工程款;衢州市恒达建筑工程有限公司;;73.250,00;46.750,00",
        "18.03.2023;收到厂房租金;王建华;86.400,00;;133.150,00",
        "31.03.2023;利息;;12,5;;133.162,50",
        "31.03.2023;本月合计;;86.412,50;73.250,00;",
    ])
    sheet = sheet_of(import_one(store, path))
    got = [(p["date"], p["direction"], p["amount"], p["counterparty"]) for p in records(store, "payment")]
    assert got == [("2023-03-05", "out", 73250.0, "衢州市恒达建筑工程有限公司"), ("2023-03-18", "in", 86400.0, "王建华"),
                   ("2023-03-31", "in", 12.5, None)]
    assert sheet.rejected == []


def test_thousands_separators_of_a_chinese_csv_read_as_before(store, tmp_path: Path) -> None:
    path = _european_csv(tmp_path / "陈村收支.csv", [
        "日期,摘要,收入,支出",
        '2023-03-05,支付工程款,,"12,500.00"',
        '2023-03-06,收租金,"1,234",',
        "2023-03-07,买水,,86.400",
    ])
    import_one(store, path)
    assert [p["amount"] for p in records(store, "payment")] == [12500.0, 1234.0, 86.4]
