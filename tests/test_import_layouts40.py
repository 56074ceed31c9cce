"""Layouts of blind pass 40 (cadre rosters and small village books of 中原/江淮) that used to be misread.

Each test writes a real workbook and imports it through ``importers.import_paths``, or checks a
pure function:

- a 近亲属登记表 with one row per relative (关系 | 亲属姓名 | 工作单位 | 经商办企业情况 | 联系电话
  or 身份证号码) put the relative's phone and ID number on the cadre (a wife's phone made her
  husband "the same person" as her), and dropped the relation and the business as unknown
  columns: they now go into the relatives' text, never onto the cadre;
- a heading "一、村务监督委员会成员" over a list whose 职务 says only 主任 / 委员 left 孙长江 a
  second "主任" beside the 村委会主任: the bare positions are read with the heading's body;
- "商丘市梁园区金泉打井队" is a business a cash book's 摘要 names, as 工程队 is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.bodies import heading_body, position_with_body
from importers.parties import summary_organisation
from tests.test_import_support import import_one, records, sheet_of, write_xls, write_xlsx
from xuncha.rules.relatives import parse_relatives


def _cadres(store) -> dict[str, dict]:
    return {record["name"]: record for record in records(store, "cadre")}


# ---------------------------------------------------------------- A. a row per relative

def test_relatives_phone_under_merged_cadre_is_the_relatives(store, tmp_path: Path) -> None:
    rows = [["李楼村“两委”干部近亲属情况登记表"],
            ["序号", "干部姓名", "职务", "关系", "亲属姓名", "工作单位及职务", "经商办企业情况", "联系电话"],
            [1, "李建军", "党支部书记", "妻子", "王秀梅", "务农", "无", "13837015827"],
            [None, None, None, "儿子", "李浩然", "虞城县浩然建筑劳务有限公司", "经营建筑劳务公司", "18638095012"],
            [2, "赵红梅", "村委委员、会计", "丈夫", "李春生", "李楼村网格员", "承包村集体鱼塘", "15138579920"],
            [None, None, None, "父亲", "赵德胜", "个体", "虞城县惠民超市", None]]
    merges = [(2, 3, 0, 0), (2, 3, 1, 1), (2, 3, 2, 2), (4, 5, 0, 0), (4, 5, 1, 1), (4, 5, 2, 2)]
    report = import_one(store, write_xls(tmp_path / "村干部近亲属情况登记表.xls", {"李楼村": rows},
                                         merges={"李楼村": merges}))
    cadres = _cadres(store)
    assert set(cadres) == {"李建军", "赵红梅"}
    assert cadres["李建军"]["phone"] is None and cadres["赵红梅"]["phone"] is None
    assert cadres["李建军"]["relatives"] == ("妻子 王秀梅（务农 13837015827）；"
                                          "儿子 李浩然（虞城县浩然建筑劳务有限公司 经营建筑劳务公司 18638095012）")
    assert cadres["赵红梅"]["relatives"] == "丈夫 李春生（李楼村网格员 承包村集体鱼塘 15138579920）；父亲 赵德胜（个体 虞城县惠民超市）"
    note = sheet_of(report).note
    assert "联系电话列在近亲属的关系、姓名之后，是近亲属本人的" in note
    assert "未识别的列" not in note  # 关系 and 经商办企业情况 are read into the 近亲属


def test_relatives_id_number_on_repeated_cadre_rows_is_the_relatives(store, tmp_path: Path) -> None:
    rows = [["临泉县杨桥镇王寨村村干部近亲属报备表"],
            ["姓名", "职务", "称谓", "亲属姓名", "身份证号码", "现工作单位", "是否经商办企业", "备注"],
            ["王建军", "村党总支书记", "配偶", "杨素琴", "341221197305124628", "务农", "否", None],
            ["王建军", "村党总支书记", "胞弟", "王建民", "341221197608093816", "临泉县建民农资门市", "是", "农资经营"],
            ["王守礼", "村委会主任", "配偶", "刘玉珍", "341221197011025223", "务农", "否", None]]
    report = import_one(store, write_xls(tmp_path / "王寨村近亲属报备表.xls", {"王寨村": rows}))
    cadres = _cadres(store)
    assert cadres["王建军"]["id_no"] is None and cadres["王守礼"]["id_no"] is None
    assert cadres["王建军"]["relatives"] == ("配偶 杨素琴（务农 341221197305124628）；"
                                          "胞弟 王建民（临泉县建民农资门市 341221197608093816）")
    assert "身份证号码列在近亲属的关系、姓名之后" in sheet_of(report).note
    # The rules read the ID as no business, and 胞弟 as a relation.
    assert parse_relatives(cadres["王建军"]["relatives"]) == [
        ("配偶", "杨素琴", [], []), ("胞弟", "王建民", ["临泉县建民农资门市"], [])]


def test_cadres_own_phone_before_the_relatives_columns_stays_his(store, tmp_path: Path) -> None:
    """Look-alike: the cadre's 联系电话 left of 关系 | 亲属姓名, or a 本人电话 right of them, is his own."""
    rows = [["近亲属登记表"],
            ["姓名", "职务", "联系电话", "关系", "亲属姓名", "工作单位", "本人身份证号"],
            ["李建军", "党支部书记", "13837015826", "妻子", "王秀梅", "务农", "411425197205123456"],
            [None, None, None, "儿子", "李浩然", "虞城县浩然建筑劳务有限公司", None]]
    import_one(store, write_xlsx(tmp_path / "近亲属登记表.xlsx", {"李楼村": rows},
                                 merges={"李楼村": ["A3:A4", "B3:B4", "C3:C4", "G3:G4"]}))
    cadre = _cadres(store)["李建军"]
    assert (cadre["phone"], cadre["id_no"]) == ("13837015826", "411425197205123456")
    assert cadre["relatives"] == "妻子 王秀梅（务农）；儿子 李浩然（虞城县浩然建筑劳务有限公司）"


def test_cadre_list_with_a_relatives_column_keeps_its_phone(store, tmp_path: Path) -> None:
    """Look-alike: a plain cadre list (one row per cadre) with no 关系 column; its phone is the cadre's."""
    rows = [["张湾村两委成员名单"],
            ["姓名", "职务", "近亲属", "联系电话"],
            ["张伟", "党支部书记", "妻 李秀英", "13853066120"],
            ["张守仁", "村委会主任", "子 张涛", "15953070231"]]
    import_one(store, write_xlsx(tmp_path / "张湾村两委.xlsx", {"两委": rows}))
    assert {name: r["phone"] for name, r in _cadres(store).items()} == {"张伟": "13853066120", "张守仁": "15953070231"}


# ---------------------------------------------------------------- B. a body's heading

@pytest.mark.parametrize(("heading", "body"), [
    ("村务监督委员会成员", "村务监督委员会"), ("李楼村村民委员会", "村民委员会"), ("党支部班子成员", "党支部"),
    ("李楼村第十二届村民委员会成员名单", "村民委员会"), ("监委会：", "监委会"),
    # Look-alikes: a title over several bodies, a sentence, another group.
    ("李楼村村务监督委员会成员及网格员名单", None), ("张湾村村民委员会及党支部成员名单", None), ("网格员", None),
    ("公示期内如有异议请向村务监督委员会", None), ("两委成员", None),
])
def test_heading_body(heading: str, body: str | None) -> None:
    assert heading_body(heading) == body


def test_position_with_body() -> None:
    assert position_with_body("主任", "村务监督委员会") == "村务监督委员会主任"
    assert position_with_body("委 员", "村民委员会") == "村民委员会委员"
    assert position_with_body("村委会主任", "村务监督委员会") is None
    assert position_with_body("网格员", "村务监督委员会") is None


def test_bare_positions_under_a_body_heading_are_that_bodys(store, tmp_path: Path) -> None:
    rows = [["李楼村村务监督委员会成员及网格员名单"],
            ["一、村务监督委员会成员"],
            ["序号", "姓名", "性别", "职务", "联系电话"],
            [1, "孙长江", "男", "主任", "13849602271"],
            [2, "李玉兰", "女", "委员", "15993091756"],
            [],
            ["二、网格员"],
            ["序号", "姓名", "所属网格", "网格职务", "联系电话"],
            [1, "李卫东", "全村", "网格长", "13460727788"],
            [2, "李春生", "第一网格", "委员", "15138579920"]]
    report = import_one(store, write_xlsx(tmp_path / "李楼村名册.xlsx", {"监委会及网格员": rows},
                                          merges={"监委会及网格员": ["A1:E1"]}))
    positions = {name: r["position"] for name, r in _cadres(store).items()}
    assert positions == {"孙长江": "村务监督委员会主任", "李玉兰": "村务监督委员会委员",
                         "李卫东": "网格长", "李春生": "委员"}  # "二、网格员" ends the 监委会's group
    assert "按其上方的分组标题补上班子名称：表头上方“一、村务监督委员会成员”下 2 行" in sheet_of(report).note


def test_body_headings_in_the_body_of_a_cadre_list(store, tmp_path: Path) -> None:
    rows = [["站集镇张湾村村级组织成员名单"],
            ["姓名", "职务", "联系电话"],
            ["村民委员会"],
            ["张守仁", "主任", "15953070231"],
            ["张洪涛", "委员", "13505300458"],
            ["村务监督委员会"],
            ["郭强", "主任", "15866098123"],
            ["马丽", "党支部委员", "18653019765"]]
    report = import_one(store, write_xlsx(tmp_path / "张湾村名单.xlsx", {"名单": rows}))
    positions = {name: r["position"] for name, r in _cadres(store).items()}
    assert positions == {"张守仁": "村民委员会主任", "张洪涛": "村民委员会委员", "郭强": "村务监督委员会主任",
                         "马丽": "党支部委员"}
    note = sheet_of(report).note
    assert "第 3 行“村民委员会”下 2 行（如“村民委员会主任”）" in note
    assert "第 6 行“村务监督委员会”下 1 行" in note


def test_positions_without_a_body_heading_stay_as_written(store, tmp_path: Path) -> None:
    """Look-alike: a list titled over several bodies keeps 主任 as written (and says nothing)."""
    rows = [["张湾村村民委员会及党支部成员名单"],
            ["姓名", "职务", "联系电话"],
            ["张守仁", "主任", "15953070231"],
            ["张洪涛", "委员", "13505300458"]]
    report = import_one(store, write_xlsx(tmp_path / "张湾村两委.xlsx", {"两委": rows}))
    assert sorted(r["position"] for r in records(store, "cadre")) == ["主任", "委员"]
    assert "班子名称" not in sheet_of(report).note


# ---------------------------------------------------------------- C. a team is an organisation

@pytest.mark.parametrize(("summary", "party"), [
    ("付商丘市梁园区金泉打井队机井维修费", "商丘市梁园区金泉打井队"),
    ("支付虞城县顺达运输队土方运费", "虞城县顺达运输队"),
    ("付站集镇宏兴建筑队围墙工程款", "站集镇宏兴建筑队"),
    # Look-alikes: the village's own team, a member of a team, a person.
    ("付村保洁队工资", None), ("付维修队员工资", None), ("付张三工程队长工资", None), ("付刘建设电路维修费", None),
])
def test_a_trade_team_in_the_summary_is_the_party(summary: str, party: str | None) -> None:
    assert summary_organisation(summary, "李楼村") == party


def test_a_cash_book_names_a_drilling_team(store, tmp_path: Path) -> None:
    rows = [["李楼村2023年现金日记账"],
            ["日期", "凭证号", "摘要", "借方", "贷方", "余额"],
            ["2023-03-10", "记-09", "付商丘市梁园区金泉打井队机井维修费", None, 3800, 6200],
            ["2023-03-12", "记-10", "付刘建设电路维修费", None, 620, 5580]]
    import_one(store, write_xlsx(tmp_path / "李楼村现金日记账.xlsx", {"现金": rows}))
    assert [(p["amount"], p["counterparty"]) for p in records(store, "payment")] == [
        (3800.0, "商丘市梁园区金泉打井队"), (620.0, "刘建设")]  # the person by importers.persons
