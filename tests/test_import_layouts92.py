"""Layouts of blind set qa92 (a township's online-form exports: 问卷星, 金数据, 腾讯文档收集表, WPS表单)
that used to be misread:

- the form's question headers ("1、您所在的村（社区）：", "6、乙方单位名称（请填写全称）", "Q2.签订日期") were not
  matched: their number, colon and politeness are now taken off first; a unit in brackets is still the unit;
- the platform's own columns (提交答卷时间, 来自IP, 填写设备 …) are ignored quietly, not listed as unrecognised;
- a 测试 submission became a record; it is skipped with a reason, a real 测绘公司 is not;
- a row naming several people (主任姓名 | 委员1姓名 | 委员2姓名) gave one cadre and dropped the others
  silently: each person is now a cadre with the position the header names;
- amounts typed by hand: "286000（贰拾捌万陆仟元整）", "年租金60000元", "93600（每年递增3%）" (kept, warned);
- dates "2018年1月1日起" / "至2037年12月31日止", and a whole term typed into the start question;
- a multi-select 职务 "党支部书记┋村委会主任" is stored as 党支部书记、村委会主任.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.synonyms import match_text
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx

PLATFORM = ["序号", "提交答卷时间", "所用时间", "来源详情", "来自IP"]
STAMP = ["2023/11/06 08:30:00", "95秒", "N/A", "112.17.20.3(浙江-金华)"]


def _contract_form(tmp_path: Path, rows: list[list]) -> Path:
    header = PLATFORM + ["1、您所在的村（社区）：", "2、合同名称", "3、合同金额（万元）", "4、签订日期",
                         "5、乙方单位名称（请填写全称）"]
    return write_xlsx(tmp_path / "青山镇村级合同备案登记_问卷星导出.xlsx",
                      {"Sheet1": [header] + [[n, *STAMP, *row] for n, row in enumerate(rows, 1)]})


def test_question_headers_are_read_without_number_and_politeness(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _contract_form(tmp_path, [
        ["东山村", "村道路灯采购合同", "3.68", "2023-04-12", "浙江明亮照明科技有限公司"],
        ["西坞村", "办公电脑采购合同", "1.76", "2023-03-28", "金华市联创电脑有限公司"]])))
    got = [(c["village"], c["amount"], c["signed_on"], c["counterparty"]) for c in records(store, "contract")]
    # The 万元 in the question's bracket is still the unit.
    assert got == [("东山村", 36800.0, "2023-04-12", "浙江明亮照明科技有限公司"),
                   ("西坞村", 17600.0, "2023-03-28", "金华市联创电脑有限公司")]
    assert "没有村名列" not in sheet.note
    # The platform's columns are no fields: ignored quietly, not listed as unrecognised.
    assert "未识别的列" not in sheet.note


@pytest.mark.parametrize("header, kind, field", [
    ("1、您所在的村（社区）：", "contract", "village"), ("1. 您所在的村（社区）", "resource", "village"),
    ("提交时间（自动）", "contract", "ignore"),
    ("来自IP", "resource", "ignore"), ("填写设备", "cadre", "ignore"),
])
def test_form_question_words(header: str, kind: str, field: str) -> None:
    assert match_text(header, kind).field == field


@pytest.mark.parametrize("header, kind, field", [
    ("1.所在村（社区）", "cadre", "village"), ("1、村（社区）名称", "contract", "village"),
    ("Q2.签订日期", "contract", "signed_on"), ("第3题 合同金额（元）", "contract", "amount"),
    ("5、乙方单位名称（请填写全称）", "contract", "counterparty"), ("您的姓名？", "cadre", "name"),
    ("5.职务（可多选）", "cadre", "position"), ("资金来源渠道", "project", "funding"),
])
def test_numbered_headers_that_worked_keep_their_meaning(header: str, kind: str, field: str) -> None:
    """Look-alike: a header already read keeps its field; a platform word inside a longer header does not win."""
    assert match_text(header, kind).field == field


@pytest.mark.parametrize("header", ["1.5倍", "2023.1"])
def test_a_number_that_is_no_question_number_stays(header: str) -> None:
    """Look-alike: "1.5" and "2023.1" are figures, not question numbers to drop."""
    from importers.synonyms import normalize_header
    assert normalize_header(header) == header


def test_a_test_submission_is_skipped_with_its_reason(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _contract_form(tmp_path, [
        ["东山村", "村级保洁服务合同", "4.8", "2023-01-03", "金华市洁美物业服务有限公司"],
        ["测试", "测试", "0.0001", "2023-11-06", "测试"],
        ["东山村", "地形测绘服务合同", "1.2", "2023-05-03", "金华市测绘有限公司"]])))
    assert [c["counterparty"] for c in records(store, "contract")] == ["金华市洁美物业服务有限公司", "金华市测绘有限公司"]
    assert [(s["row"], "测试提交" in s["reason"]) for s in sheet.skipped] == [(3, True)]


def test_a_single_test_word_among_real_answers_is_kept(store, tmp_path: Path) -> None:
    """Look-alike: a contract for 测试 work with a real village and party is a record."""
    import_one(store, _contract_form(tmp_path, [
        ["东山村", "测试", "2.5", "2023-06-01", "金华市质检测试中心"]]))
    assert [c["title"] for c in records(store, "contract")] == ["测试"]


def _members_csv(tmp_path: Path, header: list[str], rows: list[list]) -> Path:
    return write_csv(tmp_path / "村务监督委员会成员信息收集_问卷星.csv", [header] + rows, encoding="utf-8-sig")


def test_each_person_of_a_form_row_is_a_cadre(store, tmp_path: Path) -> None:
    header = ["序号", "提交答卷时间", "1、村（社区）名称", "2、监委会主任姓名", "3、监委会委员1姓名",
              "4、监委会委员2姓名", "5、主任联系电话"]
    report = import_one(store, _members_csv(tmp_path, header, [
        ["1", "2023/11/02 10:00:00", "东山村", "陈立新", "周丽萍", "陈金土", "13905791234"],
        ["2", "2023/11/02 11:00:00", "西坞村", "方美华", "金水根", "", "13905791345"]]))
    got = sorted((c["village"], c["name"], c["position"], c["phone"], c["source_row"])
                 for c in (dict(r, source_row=r["source"]["row"]) for r in records(store, "cadre")))
    assert got == [("东山村", "周丽萍", "村务监督委员会委员", None, 2), ("东山村", "陈立新", "村务监督委员会主任", "13905791234", 2),
                   ("东山村", "陈金土", "村务监督委员会委员", None, 2), ("西坞村", "方美华", "村务监督委员会主任", "13905791345", 3),
                   ("西坞村", "金水根", "村务监督委员会委员", None, 3)]
    assert any("一行填写多人" in sheet.note for sheet in report.sheets)


def test_repeated_role_columns_are_persons_too(store, tmp_path: Path) -> None:
    header = ["村名", "主任姓名", "委员姓名", "委员姓名"]
    import_one(store, _members_csv(tmp_path, header, [["东山村", "陈立新", "周丽萍", "陈金土"]]))
    assert sorted((c["name"], c["position"]) for c in records(store, "cadre")) == [
        ("周丽萍", "委员"), ("陈立新", "主任"), ("陈金土", "委员")]


def test_a_cadre_list_with_a_name_column_is_one_person_a_row(store, tmp_path: Path) -> None:
    """Look-alike: a 姓名 | 职务 list with a 主任 tick column stays one cadre a row."""
    rows = [["姓名", "职务", "联系电话"], ["陈国华", "党支部书记┋村委会主任", "13858901234"],
            ["李秀英", "村委会委员┊妇联主席", "13967452210"], ["陈建华", "党支部委员", "13735761102"]]
    import_one(store, write_csv(tmp_path / "村两委班子成员信息统计_WPS表单.csv", rows))
    assert [(c["name"], c["position"]) for c in records(store, "cadre")] == [
        ("陈国华", "党支部书记、村委会主任"), ("李秀英", "村委会委员、妇联主席"), ("陈建华", "党支部委员")]


def test_a_book_with_signing_role_columns_stays_a_book(store, tmp_path: Path) -> None:
    """Look-alike: a payment list naming its 主任 and 委员 who signed each entry is no list of cadres."""
    rows = [["日期", "摘要", "金额", "主任", "委员"], ["2023-03-01", "支付保洁费", 4000, "陈国华", "李秀英"],
            ["2023-03-05", "购买办公用品", 860, "陈国华", "周红梅"]]
    import_one(store, write_xlsx(tmp_path / "东山村2023年3月支出审批表.xlsx", {"3月": rows}))
    assert records(store, "cadre") == []
    assert [p["amount"] for p in records(store, "payment")] == [4000.0, 860.0]


def _lease_form(tmp_path: Path, rows: list[list]) -> Path:
    header = ["编号", "提交者（自动）", "1. 您所在的村（社区）：", "2. 资源名称/地块位置", "3. 承租方（个人或单位全称）",
              "4. 年租金（元）", "5. 承包起始日期", "6. 承包终止日期"]
    return write_xlsx(tmp_path / "村集体资源发包租赁情况收集表（腾讯文档）.xlsx",
                      {"收集结果": [header] + [[n, "陈会计", *row] for n, row in enumerate(rows, 1)]})


def test_hand_typed_rents_and_terms(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, _lease_form(tmp_path, [
        ["东山村", "东山村后山林地", "金华市东山生态林业有限公司", "年租金24000元", "2021-01-01", "2035-12-31"],
        ["前溪村", "前溪村茶园", "金华市前溪茶业有限公司", "19800（壹万玖仟捌佰元整）", "2018年1月1日起",
         "至2037年12月31日止"],
        ["上田村", "上田村北畈耕地", "金华市上田农业开发有限公司", "93600（每年递增3%）", "2021.1.1", "2030.12.31"],
        ["桥头村", "桥头村废弃砖瓦厂地块", "金华市宏利建材有限公司", "8500元", "2020.1.1-2029.12.31", None]])))
    got = by_row({**r, "row": r["source"]["row"]} for r in records(store, "resource"))
    assert [(got[n]["village"], got[n]["amount"], got[n]["started_on"], got[n]["ended_on"]) for n in (2, 3, 4, 5)] == [
        ("东山村", 24000.0, "2021-01-01", "2035-12-31"), ("前溪村", 19800.0, "2018-01-01", "2037-12-31"),
        ("上田村", 93600.0, "2021-01-01", "2030-12-31"), ("桥头村", 8500.0, "2020-01-01", "2029-12-31")]
    reasons = {w["row"]: w["reason"] for w in sheet.warnings}
    assert "每年递增3%" in reasons[4] and "起止期限" in reasons[5]


def test_a_bracketed_upper_amount_must_agree(store, tmp_path: Path) -> None:
    """Look-alike: a bare 大写 that says another sum is no remark to pass over."""
    sheet = sheet_of(import_one(store, _lease_form(tmp_path, [
        ["东山村", "东山村后山林地", "金华市东山生态林业有限公司", "24000（贰万元整）", "2021-01-01", "2035-12-31"]])))
    assert [r["amount"] for r in records(store, "resource")] == [None]
    assert any("不一致" in w["reason"] for w in sheet.warnings)


def test_an_end_alone_in_a_term_column_is_still_refused(store, tmp_path: Path) -> None:
    """Look-alike: in a 承包期限 column "至2045年12月31日" is an end without a start, never the start."""
    from importers.values import ValueProblem, parse_date_range
    with pytest.raises(ValueProblem):
        parse_date_range("至2045年12月31日")
