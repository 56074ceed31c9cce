"""Layouts of blind set qa132 (resource leases whose rent is not one plain yearly number) that used to be misread:

- a 资源资产租赁合同登记表 (合同编号, 签订日期, 面积, 年租金, 起止时间) was read as contracts: area and yearly rent
  lost, silently; it is a lease register (with a note). A 合同台账 of works keeps its contracts, and so does a
  register of lease contracts whose only money is each contract's whole sum;
- areas written 3亩2分5厘, 5亩6分, 3亩零5厘, 约40亩, 约3公顷 were unread;
- a yearly rent worded as a rate and the row's area (每亩600元/年, 每公顷5500元, 每平方米每月3元), or as a figure
  that changes over the term (前2年免租，第3年起每年16800元; 前三年每年1万元…) was lost; rent in kind and one
  sum for the whole term stay empty, and a 租金总额 paid in one go is not spread over the years;
- a term with one end (至2035年12月止, 2023.1.1起 长期) lost the date it gives; "15年" in the 止 column beside a
  起 date now ends the term as a 承包年限 does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers import values
from tests.test_import_support import by_row, import_one, records, sheet_of, write_csv, write_xls, write_xlsx


def _warned(sheet) -> dict[int, str]:
    found: dict[int, str] = {}
    for warning in sheet.warnings:
        found[warning["row"]] = f"{found.get(warning['row'], '')}{warning['reason']}"
    return found


# --- a lease register with contract columns ---------------------------------------------------

_LEASE_REGISTER = [
    ["监利市朱河镇太平村集体资源资产租赁合同登记表"],
    ["金额单位：万元"],
    ["序号", "合同编号", "标的物", "面积", "承租方", "签订日期", "起止时间", "租金总额（万元）", "年租金（万元）", "付款方式"],
    [1, "TP-2019-01", "朱河边鱼塘", "46亩", "监利市荆江水产养殖专业合作社", "2019-02-20", "2019.3.1—2029.2.28",
     27.6, 2.76, "每年3月前交清"],
    [2, "TP-2020-02", "二组窑厂地", "约40亩", "湖北鑫源建材有限公司", "2020-06-01", "2020.6.1—2040.5.31", 60, None,
     "一次性收取20年租金60万元"],
    [3, "TP-2021-01", "原太平小学", "1800平方米", "监利市德胜服饰有限公司", "2021-01-05", "2021.2.1—2031.1.31", 36, None,
     "月租3000元，按季度交"],
    [4, "TP-2022-03", "六组机动田", "12.5亩", "熊大勇", "2022-10-15", "至2027年12月止", None, 0.75, "每亩600元"],
]


def test_a_lease_register_with_contract_numbers_is_read_as_leases(store, tmp_path: Path) -> None:
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "太平村资源资产租赁合同登记表.xlsx",
                                                  {"租赁合同登记": _LEASE_REGISTER})))
    assert sheet.kind == "resource" and records(store, "contract") == []
    assert "按资源发包（租赁）登记读取" in sheet.note and "签订日期" in sheet.note
    leases = by_row(records(store, "resource"))
    assert [leases[row]["area"] for row in (4, 5, 6, 7)] == [46.0, 40.0, 2.7, 12.5]
    # the 年租金 as written; none for a sum paid once for the whole term; the total over whole years otherwise
    assert [leases[row]["amount"] for row in (4, 5, 6, 7)] == [27600.0, None, 36000.0, 7500.0]
    assert (leases[7]["started_on"], leases[7]["ended_on"]) == (None, "2027-12-31")
    warned = _warned(sheet)
    assert "一次性收取" in warned[5] and "约数" in warned[5]
    assert "只写了截止日期" in warned[7]


def test_an_ordinary_contract_register_stays_contracts(store, tmp_path: Path) -> None:
    """Look-alike: works and purchase contracts with 合同金额 and no area or yearly rent stay contracts."""
    rows = [["合同编号", "合同名称", "乙方", "签订日期", "合同金额（元）", "履行期限"],
            ["HT-2023-01", "村道硬化工程施工合同", "监利市宏达建设有限公司", "2023-03-01", 356000, "2023.3.1—2023.8.31"],
            ["HT-2023-02", "办公设备采购合同", "监利市晨光办公用品店", "2023-05-10", 18600, "2023.5.10—2023.6.10"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "太平村合同台账.xlsx", {"合同台账": rows})))
    assert sheet.kind == "contract" and "资源发包" not in sheet.note
    assert [c["amount"] for c in records(store, "contract")] == [356000.0, 18600.0]


def test_a_lease_contract_register_with_only_its_whole_sums_stays_contracts(store, tmp_path: Path) -> None:
    """Look-alike: an area but no yearly rent (合同金额 only): the sum is the contract's, not a year's rent."""
    rows = [["合同编号", "发包项目", "面积（亩）", "承包方", "签订日期", "承包期限", "合同金额（元）"],
            ["JD-01", "机动地一号", 30, "张三", "2020-01-05", "2020.1.1—2029.12.31", 150000],
            ["JD-02", "机动地二号", 12, "李四", "2021-03-01", "2021.3.1—2026.2.28", 36000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "机动地发包合同汇总表.xlsx", {"合同": rows})))
    assert sheet.kind == "contract"
    assert [c["amount"] for c in records(store, "contract")] == [150000.0, 36000.0]


# --- areas ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mu"), [("3亩2分5厘", 3.25), ("5亩6分", 5.6), ("3亩零5厘", 3.05), ("8分", 0.8),
                                          ("约40亩", 40.0), ("约3公顷", 45.0), ("40亩左右", 40.0), ("12.5亩", 12.5)])
def test_areas_in_mu_fen_li_and_rough_areas(text: str, mu: float) -> None:
    assert values.parse_area(text) == mu


@pytest.mark.parametrize("text", ["3亩2分5", "分", "约", "约四十亩", "二轮承包"])
def test_what_is_no_area_stays_unread(text: str) -> None:
    with pytest.raises(values.ValueProblem):
        values.parse_area(text)


def test_a_rough_area_is_read_with_a_warning(store, tmp_path: Path) -> None:
    rows = [["资源名称", "面积", "承包方", "承包期限", "年租金（元）"],
            ["大田坝", "3亩2分5厘", "杨光明", "2018.3.1—2033.2.28", 1950],
            ["青杠坡", "约40亩", "成都蜀绿生态农业有限公司", "2020.3.1—2040.2.29", 24000]]
    sheet = sheet_of(import_one(store, write_xls(tmp_path / "龙泉村土地流转台账.xls", {"土地流转台账": rows})))
    leases = by_row(records(store, "resource"))
    assert (leases[2]["area"], leases[3]["area"]) == (3.25, 40.0)
    warned = _warned(sheet)
    assert 2 not in warned and "面积写的是“约”" in warned[3]


# --- rents worded ------------------------------------------------------------------------------

def test_a_rent_worded_in_a_terms_column_beside_a_blank_yearly_rent(store, tmp_path: Path) -> None:
    rows = [["序号", "资源名称", "面积（亩）", "承包方", "承包期限", "租金约定", "年租金（元）"],
            [1, "三组大垸田", 35.5, "潜江市虾稻香农业专业合作社", "2019.3.1—2029.2.28", "每亩600元/年", None],
            [2, "六组精养池", 28, "潜江市汉江水产养殖专业合作社", "2023.3.1—2038.2.28", "前2年免租，第3年起每年16800元", None],
            [3, "四组岗地", "6亩3分5厘", "吴长江", "2023.1.1—2027.12.31", "每亩550元×6.35亩", None],
            [4, "南沟塘", 9.5, "赵四海", "2019.5.1—2029.4.30", "每年交鲜鱼500斤", None],
            [5, "北渠杉树林", 42, "刘德胜", "2015.1.1—2044.12.31", "30年租金一次性交清，共计12.6万元", None],
            [6, "东干渠边田", 12.8, "王国华", "2018.3.1—2033.2.28", "每亩600元", 6400]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村集体资源发包台账.xlsx", {"耕地水面": rows})))
    leases = by_row(records(store, "resource"))
    assert [leases[row]["amount"] for row in range(2, 8)] == [21300.0, 16800.0, 3492.5, None, None, 6400.0]
    warned = _warned(sheet)
    assert "35.5 亩 = 21300.00" in warned[2] and "免租" in warned[3] and "6.35 亩" in warned[4]
    assert 7 not in warned  # the 年租金 written wins over the words beside it


def test_rents_per_hectare_per_month_and_changing_in_the_rate_column(store, tmp_path: Path) -> None:
    rows = [["兴隆村机动地发包明细表"], ["单位：公顷、元"],
            ["序号", "地块名称", "面积(公顷)", "承包方", "合同期限", "承包费标准", "年承包费(元)"],
            [1, "三队机动地", 4.2, "刘振江", "2022.4.1—2027.3.31", "每公顷5500元", None],
            [2, "泡子边地", 0.8, "王凤芝", "2023.1.1—2027.12.31", "前2年免费，第3年起每公顷4000元", None],
            [3, "河坝地", 3.2, "四川天府农旅开发有限公司", "2020.1.1—2039.12.31", "前三年每年1万元，以后每三年递增5%", None],
            [4, "西甸子", 1.5, "望奎县兴农玉米种植专业合作社", "2020.4.1—2030.3.31", "每年交玉米2000斤", None],
            [5, "北岗荒地", 2.4, "高永贵", "至2035年12月止", "每年1200元", 1200]]
    sheet = sheet_of(import_one(store, write_csv(tmp_path / "兴隆村机动地四荒地发包明细.csv", rows, encoding="gbk")))
    leases = by_row(records(store, "resource"))
    assert [leases[row]["amount"] for row in range(4, 9)] == [23100.0, 3200.0, 10000.0, None, 1200.0]
    assert (leases[8]["started_on"], leases[8]["ended_on"]) == (None, "2035-12-31")
    warned = _warned(sheet)
    assert "4.2 公顷" in warned[4] and "免租" in warned[5] and "递增" in warned[6]


def test_a_rent_per_square_metre_and_month_and_an_open_term(store, tmp_path: Path) -> None:
    rows = [["序号", "房屋名称", "建筑面积（㎡）", "承租人", "租赁期限", "月租金（元）", "年租金（元）"],
            [1, "老村部厂房", 2000, "湖北荆楚包装有限公司", "2020.1.1—2034.12.31", "每平方米每月3元", None],
            [2, "村卫生室旁门面", 40, "王小芳", "2023.1.1起 长期", 600, None],
            [3, "加工厂房", 1500, "湖北楚禾米业有限公司", "2022.1.1—2031.12.31", "前两年免租", "第三年起每年5万元"]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村房屋出租登记表.xlsx", {"房屋店面": rows})))
    leases = by_row(records(store, "resource"))
    assert [leases[row]["amount"] for row in (2, 3, 4)] == [72000.0, 7200.0, 50000.0]
    assert (leases[3]["started_on"], leases[3]["ended_on"]) == ("2023-01-01", None)
    warned = _warned(sheet)
    assert "× 12 个月 = 72000.00" in warned[2] and "第三年起" in warned[4]


def test_a_rate_whose_written_area_is_not_the_rows_stays_unread(store, tmp_path: Path) -> None:
    """Look-alike: 每亩550元×6亩 on a row of 6.35 亩: which area holds is unknown, so no rent is made up."""
    rows = [["资源名称", "面积（亩）", "承包方", "承包期限", "租金约定", "年租金（元）"],
            ["四组岗地", 6.35, "吴长江", "2023.1.1—2027.12.31", "每亩550元×6亩", None]]
    import_one(store, write_xlsx(tmp_path / "红旗村资源发包台账.xlsx", {"发包": rows}))
    assert [r["amount"] for r in records(store, "resource")] == [None]


def test_a_yearly_rent_paid_in_one_go_each_year_is_still_spread(store, tmp_path: Path) -> None:
    """Look-alike: "每年5月一次交清" is a yearly payment, not a lump sum: the 租金总额 is spread over the years."""
    rows = [["合同编号", "标的物", "面积", "承租方", "签订日期", "起止时间", "租金总额（万元）", "年租金（万元）", "付款方式"],
            ["TP-2023-01", "老粮站仓库", "2000平方米", "监利市荆楚粮油有限公司", "2023-04-20", "2023.5.1—2028.4.30", 30, None,
             "每年5月一次交清"]]
    import_one(store, write_xlsx(tmp_path / "太平村资源资产租赁合同登记表.xlsx", {"租赁合同登记": rows}))
    assert [r["amount"] for r in records(store, "resource")] == [60000.0]


# --- terms ------------------------------------------------------------------------------------

def test_a_term_length_in_the_end_column_ends_the_term(store, tmp_path: Path) -> None:
    rows = [["资源名称", "面积（亩）", "承包方", "承包期限", None, "年租金（元）"],
            [None, None, None, "起", "止", None],
            ["一组小垸田", 22, "潜江市丰禾家庭农场", "2019.1.1", "15年", 7700],
            ["苗圃地", 15, "潜江市春晖苗木有限公司", "2018.3.1", "2033.2.28", 12000]]
    sheet = sheet_of(import_one(store, write_xlsx(tmp_path / "红旗村集体资源发包台账.xlsx", {"耕地水面": rows})))
    leases = by_row(records(store, "resource"))
    assert (leases[3]["started_on"], leases[3]["ended_on"]) == ("2019-01-01", "2033-12-31")
    assert leases[4]["ended_on"] == "2033-02-28"
    assert "年限" in _warned(sheet)[3]


def test_one_ended_terms() -> None:
    assert str(values.term_end_only("至2035年12月止")) == "2035-12-31"
    assert values.term_end_only("至二轮承包到期") is None and values.term_end_only("至今") is None
    assert values.parse_date_range("2023.1.1起 长期") == (values.parse_date("2023-01-01"), None)
    with pytest.raises(values.ValueProblem):
        values.parse_date_range("长期")
