"""Layouts of blind sets qa93 (侨乡 donations and public works) and qa94 (rows that move no money) that
used to be misread:

- a cadre list with a section of a clan's 宗亲理事会 (or a 老年协会, a 红白理事会, a 村民议事会, any heading
  saying 非村干部) imported its members as cadres; they are skipped under their heading, with a note.
  A 村务监督委员会 section, and the 理事会 of the 集体经济组织, still give cadres;
- a purchase whose 结算方式 is 赊欠 (挂账, 未付 …) moved no money, and was a payment beside the later real
  payment of the same sum; it is skipped with a reason and a note. A payment of the credit stays;
- "黄氏宗亲理事会（自建）" as a contractor is the 理事会: the bracket is a remark, as "（捐赠安装）" is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.party_cells import party_name
from tests.test_import_support import import_one, records, sheet_of, write_csv, write_xls, write_xlsx

CADRE_HEADER = ["序号", "姓名", "性别", "职务", "联系电话"]


def _cadre_list(*blocks: tuple[str, list[tuple[str, str]]]) -> list[list[object]]:
    rows: list[list[object]] = [["龙田村村“两委”干部名单"], CADRE_HEADER]
    for heading, people in blocks:
        rows.append([heading])
        rows += [[i + 1, name, "男", position, "137028912{:02d}".format(i)] for i, (name, position) in enumerate(people)]
    return rows


TWO_COMMITTEES = ("一、村“两委”班子及村务监督委员会",
                  [("黄志成", "党支部书记、村委会主任"), ("黄丽娟", "党支部副书记"), ("黄树林", "村务监督委员会主任")])
COUNCIL = [("黄振邦", "理事长"), ("黄卓雄", "副理事长"), ("黄伟强", "理事")]


@pytest.mark.parametrize("heading", ["二、黄氏宗亲理事会成员（非村干部，列此备查）", "二、黄氏宗亲理事会成员",
                                     "二、龙田村老年人协会", "（二）红白理事会成员", "二、村民议事会成员名单",
                                     "二、其他人员（非村干部）"])
def test_members_of_a_body_outside_the_village_are_no_cadres(store, tmp_path: Path, heading: str) -> None:
    rows = _cadre_list(TWO_COMMITTEES, (heading, COUNCIL))
    rows.append(["注：宗亲理事会系村民自发成立的群众组织，其成员不属于村干部。"])
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "村两委干部及宗亲理事会成员名单.xls", {"龙田村": rows})))
    assert [c["name"] for c in records(store, "cadre")] == ["黄志成", "黄丽娟", "黄树林"]
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert all("不是村干部" in reasons[row] and heading[:8] in reasons[row] for row in (8, 9, 10))
    assert "不是村干部" in sheet.note and "3 行" in sheet.note


def test_a_supervisory_committee_after_the_council_gives_its_members(store, tmp_path: Path) -> None:
    """Look-alike: the heading of a body of the village after the council's ends it; its bare 主任 is read
    with the body, as before."""
    rows = _cadre_list(("一、村“两委”班子", [("黄志成", "党支部书记")]), ("二、黄氏宗亲理事会成员", COUNCIL),
                       ("三、村务监督委员会成员", [("黄树林", "主任"), ("黄美玲", "委员")]))
    import_one(store, write_xlsx(tmp_path / "龙田村干部名单.xlsx", {"龙田村": rows}))
    cadres = records(store, "cadre")
    assert [(c["name"], c["position"]) for c in cadres] == [
        ("黄志成", "党支部书记"), ("黄树林", "村务监督委员会主任"), ("黄美玲", "村务监督委员会委员")]


@pytest.mark.parametrize("heading", ["二、龙田村股份经济合作社理事会成员", "二、理事会成员", "二、监事会成员",
                                     "二、村民小组长"])
def test_the_collectives_council_stays_cadres(store, tmp_path: Path, heading: str) -> None:
    """Look-alike: the 理事会 and 监事会 of the 集体经济组织 (named so, or bare in a 两委 list) are the
    village's own; their members stay on the list (DOMAIN: 理事会、监事会成员 are related parties)."""
    rows = _cadre_list(("一、村“两委”班子", [("黄志成", "党支部书记")]), (heading, COUNCIL))
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "龙田村干部名单.xlsx", {"龙田村": rows})))
    assert [c["name"] for c in records(store, "cadre")] == ["黄志成", "黄振邦", "黄卓雄", "黄伟强"]
    assert "不是村干部" not in sheet.note


def test_a_title_naming_the_council_beside_the_two_committees_keeps_the_list(store, tmp_path: Path) -> None:
    """Look-alike: a title over both ("…两委干部及黄氏宗亲理事会成员名单") is no heading of the council."""
    rows = [["龙田村村“两委”干部及黄氏宗亲理事会成员名单"], CADRE_HEADER, [1, "黄志成", "男", "党支部书记", "13702891234"]]
    import_one(store, write_xlsx(tmp_path / "名单.xlsx", {"龙田村": rows}))
    assert [c["name"] for c in records(store, "cadre")] == ["黄志成"]


PURCHASE_HEADER = ["日期", "凭证号", "供应商", "物资名称", "金额", "结算方式", "经办人"]


@pytest.mark.parametrize("method", ["赊欠", "赊购", "挂账", "欠款", "暂欠"])
def test_a_purchase_on_credit_moves_no_money(store, tmp_path: Path, method: str) -> None:
    rows = [["梅花村2023年小型农田水利物资采购及付款登记"], ["单位：元"], PURCHASE_HEADER,
            ["2023-09-28", "付-21", "衡阳县西渡建材经营部", "水泥", 9200, "转账", "刘建新"],
            ["2023-10-06", "", "西渡镇永兴砂石场", "中砂", 5775, method, "谭志勇"],
            ["2023-10-06", "", "西渡镇永兴砂石场", "碎石", 4400, method, "谭志勇"],
            ["2023-11-15", "付-41", "西渡镇永兴砂石场", "支付10月赊购砂石款", 10175, "转账", "刘建新"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "梅花村物资采购付款.xlsx", {"物资采购付款": rows})))
    assert [(p["counterparty"], p["amount"]) for p in records(store, "payment")] == [
        ("衡阳县西渡建材经营部", 9200.0), ("西渡镇永兴砂石场", 10175.0)]
    reasons = {item["row"]: item["reason"] for item in sheet.skipped}
    assert method in reasons[5] and "没有收付款项" in reasons[6]
    assert "赊欠" in sheet.note and "2 行" in sheet.note


def test_a_payment_of_the_credit_stays_a_payment(store, tmp_path: Path) -> None:
    """Look-alike: a method that pays the credit ("转账（付赊欠款）") or a 摘要 that speaks of it moved money."""
    rows = [["日期", "摘要", "对方单位", "支出金额", "付款方式"],
            ["2023-11-15", "支付10月赊购砂石款", "西渡镇永兴砂石场", 10175, "转账（付清赊欠款）"],
            ["2023-11-20", "归还欠款", "衡阳县西渡建材经营部", 3000, "现金"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "梅花村支出明细.csv", rows)))
    assert [p["amount"] for p in records(store, "payment")] == [10175.0, 3000.0]
    assert "赊欠、挂账" not in sheet.note


def test_a_self_built_remark_after_a_body_is_no_part_of_its_name(store, tmp_path: Path) -> None:
    rows = [["项目名称", "施工单位", "合同金额（元）", "开工日期"],
            ["文化广场绿化", "黄伟强", 86000, "2023-03-01"],
            ["宗祠前广场硬化", "黄氏宗亲理事会（自建）", 128000, "2023-07-20"],
            ["村道路灯", "佛山市明辉照明科技有限公司（捐赠安装）", 36000, "2023-05-10"]]
    import_one(store, write_xlsx(tmp_path / "龙田村公益事业建设项目一览表.xlsx", {"龙田村": rows}))
    assert [p["contractor"] for p in records(store, "project")] == [
        "黄伟强", "黄氏宗亲理事会", "佛山市明辉照明科技有限公司"]


@pytest.mark.parametrize(("cell", "party"), [("村民（自建）", None), ("三组（自建）", None), ("自建", None),
                                             ("黄伟强（自建）", "黄伟强"), ("李四（代理）", "李四（代理）")])
def test_who_built_it_when_the_bracket_says_self_built(cell: str, party: str | None) -> None:
    """Look-alike: the villagers who built it themselves are no contractor; another bracket after a
    person's name is kept, as before."""
    assert party_name(cell) == party
