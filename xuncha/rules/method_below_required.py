"""Rule method_below_required: an amount that needs competition, bought without it."""

from __future__ import annotations

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import method_level, money, money_near, quoted, yuan
from xuncha.rules.works import WorkItem

LEVEL_NAMES = {0: "直接发包", 1: "询价比价", 2: "竞争性比选", 3: "公开招标"}
"""Competition levels, weakest first; rules.toml names a tier's requirement by these names."""


class MethodBelowRequired(Rule):
    """金额达到档位，发包方式却是直接发包、空白，或低于该档位要求的方式。

    问题 (What it catches):
        应招未招、程序降格：例如 10万 以上的工程没有经过公开招标或竞争性比选，而是
        “直接发包”“书记定”，或者台账里发包方式一栏空着。

    方法 (Method):
        1. 把工程项目与它自己的合同合并为一项工作（取两者中竞争程度较高的发包方式），
           不计租赁、发包等收入合同。
        2. 用 ``method_words`` 把发包方式文字归为四级：0 直接发包/空白，1 询价比价，
           2 竞争性比选/邀请招标，3 公开招标。先匹配较长的词，所以“邀请招标”不会被读成
           “招标”，“限额平台直接发包”不会被读成“直接发包”。被否定的方式不算：“未经招标”
           “未公开招标”“没有招标”“无招标”“未进行比选”“招标未果”都按 0 级（没有竞争）处理；
           同时写了另一种未被否定的方式时（“邀请招标，未公开招标”）按那一种算。
        3. 金额（合同金额，缺失时用预算）达到 ``tiers`` 中某一档的 ``from_yuan``，而方式级别
           低于该档 ``requires`` 的级别，即提示。
        4. 某类记录整列都没有发包方式时，不判断（计入“不适用”），以免把缺列当成违规。

    为什么重要 (Why it matters):
        这是规避招标的核心检查。桐乡范桥村的工程“没有进行招投标和竞争性比价，书记定”；
        招标投标法第四条、第四十九条；地方村级工程制度按金额分档规定决策与发包方式。

    参数 (Parameters):
        tiers：金额档位及其要求的最低方式。默认 10万 起至少“竞争性比选”（安吉、岳阳把 10万
        作为村民代表会议决议与公开竞争的金额线，地方做法），400万 起“公开招标”（必须招标的
        工程项目规定，发改委令第16号）。浙江示例方案按安吉做法要求 10万 起公开招标。
        method_words：发包方式用词与级别（0–3）。默认词表是我们的整理，县里可以增补本地叫法。

    排除 (Exclusions):
        金额低于最低一档（恰好等于档位金额的算达到）；发包方式文字无法识别（计入“不适用”并列出原因，不猜）；
        整列缺失发包方式的台账；租赁、发包等收入合同。

    示例 (Example):
        刘家塘村“村委会办公楼维修”合同 12.8万，发包方式一栏空白 → 10万 以上应至少竞争性比选，
        请核实是否履行了相应程序。发包方式写“未公开招标”的 15万 工程同样提示。
    """

    id = "method_below_required"
    name = "应招未招（程序降格）"
    severity = "high"
    params = ("tiers", "method_words")
    kinds = ("project", "contract")

    def evaluate(self, context: ScanContext, params: Params) -> Outcome:
        outcome = self.outcome()
        tiers = sorted(((yuan(t["from_yuan"]), _level(t["requires"])) for t in params["tiers"]), reverse=True)
        words = {word: int(level) for word, level in params["method_words"].items()}
        has_column = {kind: any(row.procurement for row in context.rows(kind)) for kind in self.kinds}
        for item in context.works.items:
            rows = len(item.rows)
            texts = [row.procurement for row in item.rows if has_column[row.kind]]
            if not texts:
                outcome.skip("台账没有发包方式一栏", rows)
                continue
            if item.amount is None:
                outcome.skip("缺少金额", rows)
                continue
            levels = [method_level(text, words) for text in texts]
            known = [level for level in levels if level is not None]
            if not known:
                outcome.skip("发包方式无法识别", rows)
                continue
            outcome.evaluated += rows
            required = next((level for floor, level in tiers if item.amount >= floor), None)
            floor = next((floor for floor, _ in tiers if item.amount >= floor), None)
            if required is not None and floor is not None and max(known) < required:
                outcome.add(self._flag(context, item, floor, required, texts))
        return outcome

    @classmethod
    def check_params(cls, params: Params) -> None:
        for tier in params["tiers"]:
            _level(tier["requires"])
        for word, level in params["method_words"].items():
            if level not in LEVEL_NAMES:
                raise ValueError(f"method_words 中“{word}”的级别应为 0–3，实际为 {level!r}")

    def _flag(self, context: ScanContext, item: WorkItem, floor: int, required: int, texts: list[str | None]) -> Flag:
        party = context.party_text(item.identity, item.rows)
        method = "、".join(dict.fromkeys(t.strip() for t in texts if t and t.strip())) or "空白"
        wanted = LEVEL_NAMES[required]
        amount = money_near(item.amount, floor)
        title = f"{item.village} {quoted(item.title)} {amount}，发包方式为“{method}”"
        detail = (f"{item.village} 的{item.noun}{quoted(item.title)}（{party}，{item.day}）金额 {amount}，"
                  f"达到 {money(floor)} 档位，按规定应采用“{wanted}”或更严格的方式，台账记载的发包方式为"
                  f"“{method}”，请核实是否履行了相应程序。")
        return Flag(self.id, self.severity, item.village, title, detail, item.amount, evidence(item.rows))


def _level(name: str) -> int:
    for level, label in LEVEL_NAMES.items():
        if label == name:
            return level
    raise ValueError(f"未知的发包方式级别“{name}”（可用：{'、'.join(LEVEL_NAMES.values())}）")

