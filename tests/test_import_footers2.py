"""Summary, net and footer lines that became records (``importers.rowmap``, ``importers.kin``).

Each test writes a real file and imports it through ``importers.import_paths``:

- the net line of a 公开栏 under its 支出小计 (本季收支相抵, 收支差额, 当期结余, "三、期末结余" …) is a
  balance row, not an income or expense;
- a sentence under a 公示 (公示期内如有异议…监督电话…), merged across the table or alone in its
  cell, and any one text merged across the table, are no project; a real project whose name is
  long and has a comma is still one;
- a unit's subtotal "孙桥镇张家湾村股份经济合作社 小计" (the 小计 after the unit's full name, in
  the 单位名称 column) and a row with a total's word, both sides filled and no date or voucher are
  totals; a dated posting with both sides, or one side and 合计 in its 摘要, stays an entry;
- a platform's "导出人：… 导出时间：…" line merged under a cadre list with a 近亲属 column is a
  footer, not a relative of the last cadre.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.rowmap import label_reason
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xlsx


def reasons(sheet) -> dict[int, str]:
    return {s["row"]: s["reason"] for s in sheet.skipped if s["reason"] != "空行"}


# --- 1. the net line of a 公开栏 ------------------------------------------------------------------


def disclosure_rows(net_label: str) -> list[list]:
    """A quarter's 公开栏: income section, expense section, each with its 小计, then the net line."""
    return [
        ["东坞村2023年第三季度财务收支公开表", None, None, None, None, None],
        ["序号", "日期", "收支内容", "收入金额", "支出金额", "收（付）款单位或个人"],
        ["一、收入", None, None, None, None, None],
        [1, dt.date(2023, 7, 5), "收东坞水库承包款", 28000, None, "千岛湖鑫旺渔业有限公司"],
        [2, dt.date(2023, 8, 15), "收村级组织运转经费", 50000, None, "淳安县财政局"],
        [None, "收入小计", None, 78000, None, None],
        ["二、支出", None, None, None, None, None],
        [3, dt.date(2023, 7, 8), "付村干部误工补贴", None, 33600, "王建华等6人"],
        [4, dt.date(2023, 9, 6), "付文化礼堂修缮工程进度款", None, 86000, "浙江中盛建设有限公司"],
        [None, "支出小计", None, None, 119600, None],
        [None, net_label, None, -41600, None, None],
        ["填表人：余丽萍", None, None, "审核人：王建华", None, None],
    ]


NET_LABELS = ["本季收支相抵", "收支相抵", "收支差额", "收支结余", "本期结余", "期末结余", "本期余额",
              "当期结余", "本季度结余", "收支相抵后结余", "三、期末结余", "（三）本期收支差额", "3.期末余额"]


@pytest.mark.parametrize("label", NET_LABELS)
def test_the_net_line_of_a_disclosure_is_no_payment(store, tmp_path: Path, label: str) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "东坞村财务收支公开表.xlsx",
                                                  {"三季度": disclosure_rows(label)})))
    assert sheet.imported == 4 and sheet.rejected == []
    assert reasons(sheet)[11].startswith("余额或结转行")
    assert sorted(r["amount"] for r in records(store)) == [28000, 33600, 50000, 86000]


@pytest.mark.parametrize("label", NET_LABELS)
def test_label_reason_knows_the_net_lines(label: str) -> None:
    assert label_reason([label]).startswith("余额或结转行")


@pytest.mark.parametrize("text", ["三、结余资金使用情况", "差额", "补付差额", "收支两条线管理费", "退还收支差额款",
                                  "期末余额调整", "上年结余资金拨付道路工程"])
def test_label_reason_leaves_entries_that_only_mention_a_balance(text: str) -> None:
    assert label_reason([text]) is None


def test_a_numbered_closing_balance_under_one_amount_column(store, tmp_path: Path) -> None:
    """大坝村's 公开榜: one 金额 column, section rows, and "三、期末结余" as the last line."""
    rows = [
        ["茅坝镇大坝村2023年第二季度财务收支公开榜", None, None, None, None],
        ["序号", "日期", "摘要", "金额", "收（付）款单位或个人"],
        ["一、本期收入", None, None, None, None],
        [1, "2023年4月10日", "收村级运转经费", 30000, "茅坝镇财政分局"],
        ["收入小计", None, None, 30000, None],
        ["二、本期支出", None, None, None, None],
        [1, "2023年4月18日", "付水渠修复工程款", 18500, "顺通建筑劳务有限公司"],
        ["支出小计", None, None, 18500, None],
        ["三、期末结余", None, None, 69060.8, None],
    ]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "茅坝镇财务收支公开榜.xlsx", {"大坝村": rows})))
    assert sheet.imported == 2 and reasons(sheet)[9] == "余额或结转行（三、期末结余）"
    assert sorted(r["amount"] for r in records(store)) == [18500, 30000]


# --- 2. a sentence or one merged text under a 公示 ------------------------------------------------

PROJECT_HEADER = ["序号", "项目名称", "建设内容及规模", "项目总投资（万元）", "施工单位", "开工时间", "竣工时间"]
PROJECTS = [
    [1, "后山自然村道路硬化", "硬化道路1.2公里，宽3.5米", 48.6, "淳安县顺通路桥工程有限公司", "2023.2.15", "2023.4.30"],
    [2, "东坞溪游步道建设，含沿线护栏及排水沟改造提升", "游步道800米", 26.8, "杭州绿源园林绿化工程有限公司",
     "2023.3.1", "2023.5.20"],
]
FOOTER = "公示期内如有异议，请向村务监督委员会或镇纪委反映。监督电话：0571-65081234"


def test_a_merged_footer_sentence_is_no_project(store, tmp_path: Path) -> None:
    rows = [["东坞村2023年度一事一议财政奖补项目建后公示表"], PROJECT_HEADER, *PROJECTS,
            ["合计", None, None, 75.4], [],
            ["村务监督委员会意见：项目经村民代表会议议定，情况属实。"], [FOOTER]]
    path = write_xlsx(tmp_path / "东坞村一事一议公示表.xlsx", {"公示": rows},
                      merges={"公示": ["A1:G1", "A7:G7", "A8:G8"]})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 2 and sheet.rejected == []
    assert reasons(sheet)[8] == "表尾签名或说明（公示期内如有异议，请向村务监督委员会或镇）"
    # The long name with a comma is still a project.
    assert sorted(r["name"] for r in records(store)) == ["东坞溪游步道建设，含沿线护栏及排水沟改造提升", "后山自然村道路硬化"]


@pytest.mark.parametrize("footer", [FOOTER, "如有疑问请与村监委联系", "镇纪委举报电话0571-12388",
                                    "村民可到村务公开栏查阅明细。"])
def test_a_sentence_alone_in_its_cell_is_no_project(store, tmp_path: Path, footer: str) -> None:
    rows = [PROJECT_HEADER, *PROJECTS, [None, footer]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "东坞村一事一议项目.csv", rows)))
    assert sheet.imported == 2 and sheet.rejected == []
    assert reasons(sheet)[4].startswith("表尾签名或说明")


def test_one_text_merged_across_the_table_is_no_project(store, tmp_path: Path) -> None:
    """A group line without a number ("后山片区") or any line merged over every column: no record."""
    rows = [PROJECT_HEADER, ["后山片区"], *PROJECTS, ["东坞村股份经济合作社"]]
    path = write_xlsx(tmp_path / "东坞村一事一议项目.xlsx", {"项目": rows}, merges={"项目": ["A2:G2", "A5:G5"]})
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 2 and sheet.rejected == []
    assert reasons(sheet) == {2: "整行合并的一段文字（后山片区）：是标题、分组或说明，不是一条记录",
                              5: "整行合并的一段文字（东坞村股份经济合作社）：是标题、分组或说明，不是一条记录"}


# --- 3. a unit's subtotal with both sides filled ------------------------------------------------

LEDGER_HEADER = ["序号", "单位名称", "凭证日期", "凭证号", "摘要", "收入金额(元)", "支出金额(元)", "往来单位"]
UNIT = "孙桥镇张家湾村股份经济合作社"
LEDGER = [
    ["1", UNIT, "2023-01-10", "记-1", "收到镇财政转付村级组织运转经费", "45,000.00", "", "孙桥镇财政所"],
    ["2", UNIT, "2023-02-16", "记-4", "付张家湾村主干道路灯维修款", "", "8,600.00", "明亮照明工程有限公司"],
]


@pytest.mark.parametrize("label_row", [
    ["", f"{UNIT} 小计", "", "", "", "45,000.00", "8,600.00", ""],
    ["", "青山镇石桥村村民委员会小计", "", "", "", "45,000.00", "8,600.00", ""],
    ["", UNIT, "", "", "小计", "45,000.00", "8,600.00", ""],
    # Digits in the label are no whole-cell label; both sides, no date and no voucher make it a total.
    ["", f"{UNIT}2023年1-6月小计", "", "", "", "45,000.00", "8,600.00", ""],
    ["", UNIT, "", "", "1-6月发生额汇总", "45,000.00", "8,600.00", ""],
    # Only the expense side: the unit's full name before 小计 is enough.
    ["", f"{UNIT} 小计", "", "", "", "", "8,600.00", ""],
])
def test_a_units_subtotal_is_no_payment(store, tmp_path: Path, label_row: list[str]) -> None:
    rows = [LEDGER_HEADER, *LEDGER, label_row]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "孙桥镇收支明细查询.csv", rows)))
    assert sheet.imported == 2 and sheet.rejected == []
    assert reasons(sheet)[4].startswith("合计行")
    assert sorted(r["amount"] for r in records(store)) == [8600, 45000]


def test_postings_that_look_a_little_like_totals_stay_entries(store, tmp_path: Path) -> None:
    """A dated posting with both sides (代收代付), a posting whose 摘要 says 合计 on one side, and a
    total's word with both sides but a date: each is an entry, as before."""
    rows = [LEDGER_HEADER, *LEDGER,
            ["3", UNIT, "2023-03-01", "", "代收代付新农合保费", "12,000.00", "12,000.00", "孙桥镇医保所"],
            ["4", UNIT, "2023-03-05", "", "支付保洁员工资合计款", "", "3,600.00", "张秀英"],
            ["", UNIT, "", "", "支付合计款", "", "2,000.00", "李四"],
            ["5", UNIT, "2023-03-09", "", "收回垫付合计款项", "500.00", "300.00", "王五"]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "孙桥镇收支明细查询.csv", rows)))
    assert sheet.imported == 6 and reasons(sheet) == {}
    assert {row: r["amount"] for row, r in by_row(records(store)).items()} == \
        {2: 45000, 3: 8600, 4: 12000, 5: 3600, 6: 2000, 7: 300}


# --- 4. a platform's export footer under a cadre list with a 近亲属 column -------------------------

def cadre_export(footer_cells: str) -> str:
    head = ("<tr><td colspan=5>村干部及其近亲属报备信息</td></tr>"
            "<tr><th>序号</th><th>所属组织</th><th>姓名</th><th>职务</th><th>近亲属情况</th></tr>")
    body = ("<tr><td>1</td><td>大店镇东岭村</td><td>朱春生</td><td>会计（报账员）</td><td>配偶 文纪元；女儿 邓立伟</td></tr>"
            "<tr><td>2</td><td>大店镇东岭村</td><td>秦立新</td><td>妇联主席</td><td>兄弟 孙德胜；父亲 郝丽娟</td></tr>")
    return f"<html><body><table border=1>{head}{body}<tr>{footer_cells}</tr></table></body></html>"


@pytest.mark.parametrize("footer_cells", [
    "<td colspan=5>导出人：dadianzhen\u3000\u3000导出时间：2024-06-18 15:22:09</td>",
    "<td colspan=5>二、村务监督委员会成员</td>",
    "<td></td><td colspan=4>导出人：dadianzhen 导出时间：2024-06-18 15:22:09</td>",
    "<td>制表人：王芳</td><td></td><td></td><td></td><td>审核人：李明</td>",
])
def test_an_export_footer_is_no_relative_of_the_last_cadre(store, tmp_path: Path, footer_cells: str) -> None:
    path = tmp_path / "村干部近亲属报备_导出.xls"
    path.write_text(cadre_export(footer_cells), encoding="utf-8")
    sheet = sheet_of(import_one(store, path))
    assert sheet.imported == 2 and sheet.rejected == [] and list(reasons(sheet)) == [5]
    assert {r["name"]: r["relatives"] for r in records(store)} == \
        {"朱春生": "配偶 文纪元；女儿 邓立伟", "秦立新": "兄弟 孙德胜；父亲 郝丽娟"}
