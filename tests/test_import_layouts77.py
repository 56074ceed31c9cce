"""Rows of blind sets qa77, qa79 and qa80 (round 13) that were read otherwise than an inspector reads them:

- qa77: Excel's 分类汇总 by count writes "宋桂香 计数" with the group's row count in the amount column; six
  such lines became contracts of 1 to 3 元 to "宋桂香 计数" (its 汇总 and 总计数 lines were skipped already);
- qa79: a Uyghur payee in the 摘要 ("付阿布都·克里木 拉运费") was cut at the dot (阿布都) or not read;
  a member of the 驻村工作队 was not read after that role;
- qa70 and qa80: Tibetan names (扎西多吉, 索南措, 洛桑), a name after a space and a voucher reference
  ("红冲付-3号凭证 张海峰误工补贴多付"), and a name before a pumping station (赵明亮排灌站) were not read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.persons import summary_person
from tests.test_import_support import import_one, records, sheet_of, write_xlsx


def test_excel_subtotals_by_count_are_no_contracts(store, tmp_path: Path) -> None:
    rows = [["云湖镇2022年村级合同台账"], ["序号", "村名", "合同名称", "乙方", "合同金额", "签订日期"],
            [1, "荷塘村", "村道修补", "宋桂香", 4800, "2022-03-05"],
            [2, "荷塘村", "沟渠清淤", "宋桂香", 5200, "2022-04-09"],
            [None, None, None, "宋桂香 计数", 2, None],
            [3, "荷塘村", "路灯安装", "长沙智联安防科技有限公司", 36800, "2022-05-11"],
            [None, None, None, "长沙智联安防科技有限公司 平均值", 36800, None],
            [None, None, None, "总计数", 3, None]]
    report = import_one(store, write_xlsx(tmp_path / "云湖镇2022年村级合同台账.xlsx", {"2022年合同": rows}))
    assert sorted(c["counterparty"] for c in records(store, "contract")) == \
        ["宋桂香", "宋桂香", "长沙智联安防科技有限公司"]
    reasons = [item["reason"] for item in sheet_of(report).skipped]
    assert any("宋桂香计数" in reason for reason in reasons)


def test_a_payment_whose_summary_says_count_stays_a_payment(store, tmp_path: Path) -> None:
    rows = [["荷塘村2023年现金日记账"], ["日期", "凭证号", "摘要", "收入", "支出"],
            ["2023-03-05", "记-3", "付计数器维修费", None, 120]]
    import_one(store, write_xlsx(tmp_path / "荷塘村2023年现金日记账.xlsx", {"现金": rows}))
    assert [p["amount"] for p in records(store, "payment")] == [120.0]


@pytest.mark.parametrize(("summary", "person"), [
    # Uyghur names, fenced in by their dot however it is typed
    ("付阿布都·克里木 拉运费", "阿布都·克里木"),
    ("收买买提·吐尔逊交巴扎摊位费", "买买提·吐尔逊"),
    ("付热合曼.阿不都拉修水泵费", "热合曼.阿不都拉"),
    ("付吐尔洪•买买提 春节慰问品款", "吐尔洪•买买提"),
    ("收阿依古丽·吾斯曼交回借款", "阿依古丽·吾斯曼"),
    ("付保洁员古丽努尔·艾力1月工资", "古丽努尔·艾力"),
    # a member of the 驻村工作队
    ("报销驻村工作队王建军差旅费", "王建军"),
    # Tibetan names, read by their syllables
    ("支付扎西多吉暖棚维修费", "扎西多吉"),
    ("付才让卓玛藏历新年慰问困难户物资款", "才让卓玛"),
    ("付索南措网围栏修补人工费", "索南措"),
    ("付拉毛吉代养牦牛补助", "拉毛吉"),
    ("付洛桑药浴池清理费", "洛桑"),
    # a name after a space, a purpose after it
    ("红冲付-3号凭证 张海峰误工补贴多付", "张海峰"),
    ("支付赵明亮排灌站水泵维修费", "赵明亮"),
])
def test_names_of_round_13_in_the_summary(summary: str, person: str) -> None:
    assert summary_person(summary, "阿克吐尔村") == person


@pytest.mark.parametrize("summary", [
    "付格桑花种子款",                    # a flower, not 格桑
    "付多杰才让、更登等5人防疫劳务费",    # two payees: neither
    "收到2023.5.6 货款",                 # a dot between digits
    "支付X.Y公司款",
    "付阿布都·克里木、艾力·买买提拉运费",  # two payees
    "付款 2023.1.5",
])
def test_no_name_of_round_13_where_none_is_fenced_in(summary: str) -> None:
    assert summary_person(summary, "阿克吐尔村") is None
