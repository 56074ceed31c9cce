"""Layouts of blind set qa128 (counterparties written every way) that used to be copied whole into the name:

- placeholders (见附件, 详见名单（投劳农户）, 待招标, 本单位, "王书记联系的供货商（见附件）") name no party: the row
  keeps none, with a warning naming the text (they had become fake vendors in ``xuncha aliases``);
- 户名：/账号：/卡号： labels, and a phone, ID or bank account number after a name, are no part of the name;
- （个体） after a person goes; a role bracketed after a person ("郑永林（治保主任）") leaves the person, the row
  naming the role; a business with its operator ("建国建材经营部（王建国）", "合作社（负责人：何建华）") is the
  business, the row naming the operator;
- "李强（由王芳代收）" is 李强, the row naming 王芳 as the collector;
- "张三、李四合伙" is 张三、李四; "李明等3人" is 李明, with a warning;
- a company's 项目部 is the company (warned); a wrong dot in a minority name (•) is the middle dot.

Look-alikes keep their names: 分公司, a company's former name in brackets, 附件/本/户 inside a real name,
a 项目部 of no company, "王书记", a shop marked （个体）.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx

_BOOK_HEADER = ["日期", "凭证号", "摘要", "对方户名", "收入金额", "支出金额"]


def _payments(store, tmp_path: Path, parties: list[str]):
    """A bank book with one payment per party (rows 2…), imported; (records by row, sheet report)."""
    rows = [_BOOK_HEADER] + [[f"2023-03-{i + 1:02d}", f"记-{i + 1}", "付款", party, None, 1000 + i]
                             for i, party in enumerate(parties)]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山村2023年银行存款日记账.xlsx", {"银行存款日记账": rows})))
    return by_row(records(store, "payment")), sheet


def _warnings(sheet) -> dict[int, str]:
    return {w["row"]: w["reason"] for w in sheet.warnings if w["column"] == "对方户名"}


def test_placeholders_name_no_party(store, tmp_path: Path) -> None:
    placeholders = ["见附件", "详见名单", "本单位", "名单附后", "王书记联系的供货商（见附件）", "收款单位：本村", "招标中"]
    got, sheet = _payments(store, tmp_path, placeholders)
    assert [got[row]["counterparty"] for row in range(2, 9)] == [None] * 7
    warned = _warnings(sheet)
    for row, text in enumerate(placeholders, start=2):
        assert f"“{text}”" in warned[row] and "留空" in warned[row]
    assert got[2]["raw"]["对方户名"] == "见附件"


def test_a_project_not_yet_let_has_no_contractor(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "预算金额（万元）"], ["村道硬化", "待招标", 12.5],
            ["农田水利", "详见名单（投劳农户）", 6]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "青山村工程项目台账.xlsx", {"项目": rows})))
    assert [p["contractor"] for p in records(store, "project")] == [None, None]
    assert sorted(w["row"] for w in sheet.warnings if w["column"] == "施工单位") == [2, 3]


def test_account_labels_and_personal_numbers_leave_the_name(store, tmp_path: Path) -> None:
    got, _ = _payments(store, tmp_path, [
        "户名：杭州绿源园林工程有限公司", "户名：临安天眼安防科技有限公司 账号：33050161623500000123",
        "户名：周玉兰 卡号：6217856100012345678", "陈国庆 13857112345", "周玉兰（身份证号330781196808154526）",
        "王建国（个体） 13505817788", "收款人：张桂芳"])
    assert [got[row]["counterparty"] for row in range(2, 9)] == [
        "杭州绿源园林工程有限公司", "临安天眼安防科技有限公司", "周玉兰", "陈国庆", "周玉兰", "王建国（个体）", "张桂芳"]
    assert got[5]["raw"]["对方户名"] == "陈国庆 13857112345"  # the raw cell keeps the number


def test_a_role_after_a_person_is_noted_not_named(store, tmp_path: Path) -> None:
    got, sheet = _payments(store, tmp_path, ["郑永林（治保主任）", "孙德胜(村民小组长)", "阿卜杜拉·买买提（包工头）",
                                             "艾尔肯·吐尔逊（个体）"])
    assert [got[row]["counterparty"] for row in range(2, 6)] == ["郑永林", "孙德胜", "阿卜杜拉·买买提", "艾尔肯·吐尔逊（个体）"]
    warned = _warnings(sheet)
    assert "治保主任" in warned[2] and "村民小组长" in warned[3] and "包工头" in warned[4]
    assert 5 not in warned  # （个体） stays in the name, as the books of other villages write it (qa56)


def test_a_business_with_a_labelled_operator_is_the_business(store, tmp_path: Path) -> None:
    """A labelled operator (负责人：, 法人：) is taken out and named in a warning; an operator bracketed without
    a label ("青山文具店（徐爱华）") stays in the name, as the books of many villages write it (qa51, qa56, qa92),
    but after a company's ending (经营部, 有限公司) a bracket is a remark, as before."""
    got, sheet = _payments(store, tmp_path, [
        "建国建材经营部（王建国）", "柳湾养殖专业合作社（负责人：何建华）", "青山文具店（徐爱华）",
        "东岭果蔬专业合作社（法人：何建华 身份证330781197506121234）", "浙江宏达建设有限公司 法人：赵宏达 13905710088"])
    assert [got[row]["counterparty"] for row in range(2, 7)] == [
        "建国建材经营部", "柳湾养殖专业合作社", "青山文具店（徐爱华）", "东岭果蔬专业合作社", "浙江宏达建设有限公司"]
    warned = _warnings(sheet)
    for row, person in zip((3, 5, 6), ["何建华", "何建华", "赵宏达"]):
        assert f"“{person}”" in warned[row]
    assert 2 not in warned and 4 not in warned
    assert "330781197506121234" not in warned[5]


def test_who_collected_for_the_party_is_said(store, tmp_path: Path) -> None:
    got, sheet = _payments(store, tmp_path, ["李强（由王芳代收）", "孙德胜（王芳代付）", "吴大海（由王芳代收租金）"])
    assert [got[row]["counterparty"] for row in range(2, 5)] == ["李强", "孙德胜", "吴大海"]
    warned = _warnings(sheet)
    assert "“王芳”代收" in warned[2] and "“王芳”代付" in warned[3] and "代收租金" in warned[4]


def test_partners_and_groups(store, tmp_path: Path) -> None:
    """Partners are their names; a group under its first person stays as written (the party is not the first
    person alone, and the books of other villages write it so: qa56, qa57, qa101)."""
    got, sheet = _payments(store, tmp_path, ["张三、李四合伙", "李明等3人", "吴大海等4人（名单附后）", "赵小兵等六人"])
    assert [got[row]["counterparty"] for row in range(2, 6)] == ["张三、李四", "李明等3人", "吴大海等4人（名单附后）",
                                                                 "赵小兵等六人"]
    assert _warnings(sheet) == {}


def test_a_site_office_is_its_company_and_a_dot_is_kept_as_written(store, tmp_path: Path) -> None:
    """A name's dot stays as the village typed it (•, qa79's books); counterparty grouping folds it."""
    rows = [["合同名称", "乙方", "合同金额"], ["村道硬化", "浙江宏达建设有限公司河口项目部", 356000],
            ["河堤护岸", "宏达建设（河口项目部）", 412300], ["护栏", "阿卜杜拉•买买提", 8000]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "河口村合同台账.xls", {"合同台账": rows})))
    got = by_row(records(store, "contract"))
    assert [got[row]["counterparty"] for row in (2, 3, 4)] == ["浙江宏达建设有限公司", "宏达建设", "阿卜杜拉•买买提"]
    warned = {w["row"]: w["reason"] for w in sheet.warnings}
    assert "项目部" in warned[2] and "项目部" in warned[3] and 4 not in warned


def test_a_lease_register_in_csv(store, tmp_path: Path) -> None:
    rows = [["资源名称", "承包方", "面积（亩）", "年租金（元）"], ["山塘", "户名：刘长贵", 12, 3600],
            ["果园", "柳湾民宿（经营者：郑永林）", 8, 2400], ["林地", "见附件", 30, 1500]]
    import_one(store, write_csv(tmp_path / "柳湾村集体资源发包台账.csv", rows, encoding="gbk"))
    assert [r["counterparty"] for r in records(store, "resource")] == ["刘长贵", "柳湾民宿", None]


def test_look_alike_names_stay_whole(store, tmp_path: Path) -> None:
    """Look-alikes: 分公司, a company's former name in brackets (read as before), 附件/本/户/等 inside a real name,
    a 项目部 of no company, a title as the name (王书记), a firm that is a 合伙, and a shop marked （个体）
    (a sole trader's shop: only after a person's name is （个体） dropped), a bracket after a person naming no role,
    two people with a label between them."""
    names = ["浙江正衡工程监理有限公司临安分公司", "浙江宏达建设有限公司（原宏达建筑公司）", "杭州汽车附件有限公司",
             "本源农业科技有限公司", "户外用品有限公司", "长浏高速项目部", "临安市美丽乡村建设项目部", "王书记",
             "平等村股份经济合作社", "某某律师事务所（特殊普通合伙）", "见龙山庄", "杭州市第1建筑工程公司",
             "城南便利超市（个体）", "王五（代领）", "李四（代理）", "张三 负责人：李四"]
    got, sheet = _payments(store, tmp_path, names)
    expected = list(names)
    expected[1] = "浙江宏达建设有限公司"
    assert [got[row]["counterparty"] for row in range(2, 2 + len(names))] == expected
    assert _warnings(sheet) == {}
