"""Rule method_below_required: an amount that needs competition, bought without it."""

from __future__ import annotations

from xuncha.rules.base import Flag, Outcome, Rule, evidence
from xuncha.rules.context import ScanContext
from xuncha.rules.params import Params
from xuncha.rules.text import method_level, money, money_near, quoted, yuan
from xuncha.rules.works import WorkItem

LEVEL_NAMES = {0: "直接发包", 1: "询价比价", 2: "竞争性比选", 3: "公开招标"}
"""Competition levels, weakest first; rules.toml names a tier's requirement by these names."""
UNRECOGNISED_SEVERITY = "medium"
"""A method no word matches: the amount needs competition, but the ledger does not show it was lacking."""


class MethodBelowRequired(Rule):
    """金额达到档位，发包方式却是直接发包、空白、无法识别，或低于该档位要求的方式。

    问题 (What it catches):
        应招未招、程序降格：例如 10万 以上的工程没有经过公开招标或竞争性比选，而是
        “直接发包”“书记定”“两委会议定”“村委会决定”，或者台账里发包方式一栏空着。

    方法 (Method):
        1. 把工程项目与它自己的合同合并为一项工作（取两者中竞争程度较高的发包方式），
           不计租赁、发包等收入合同。
        2. 用 ``method_words`` 把发包方式文字归为四级：0 直接发包/空白（只写“无”“暂无”的同空白），
           1 询价比价，2 竞争性比选/邀请招标，3 公开招标。先匹配较长的词，所以“邀请招标”不会被读成
           “招标”，“限额平台直接发包”不会被读成“直接发包”。被否定的方式不算：“未经招标”
           “未公开招标”“没有招标”“无招标”“未进行比选”“招标未果”都按 0 级（没有竞争）处理；
           同时写了另一种未被否定的方式时（“邀请招标，未公开招标”）按那一种算。只说明由谁拍板、
           与谁商量的写法（“两委会议定”“村委会决定”“经两委研究”“议价”“协议发包”）不是竞争方式，
           按 0 级算；同时写了竞争方式的（“村民代表会议决定公开招标”“两委决定比选”）按竞争方式算：
           同样长的词先匹配级别高的。
        3. 金额（合同金额，缺失时用预算）达到 ``tiers`` 中某一档的 ``from_yuan``，而方式级别
           低于该档 ``requires`` 的级别，即提示（高）。
        4. 金额达到档位、发包方式却写了词表里没有的说法（如“其他”“摇号”），不猜它的级别，也不
           放过：以较低的严重程度（中）提示，写明“未能识别为竞争性方式”，请核实实际采用的方式。
           竞争性程序都有固定名称，对不上的写法多半是本地对“自己定”的叫法；县里可以把本地叫法
           补进 ``method_words``。
        5. 某类记录整列都没有发包方式时，不判断（计入“不适用”），以免把缺列当成违规。

    为什么重要 (Why it matters):
        这是规避招标的核心检查。桐乡范桥村的工程“没有进行招投标和竞争性比价，书记定”；
        招标投标法第四条、第四十九条；地方村级工程制度按金额分档规定决策与发包方式。

    参数 (Parameters):
        tiers：金额档位及其要求的最低方式。默认 10万 起至少“竞争性比选”（安吉、岳阳把 10万
        作为村民代表会议决议与公开竞争的金额线，地方做法），400万 起“公开招标”（必须招标的
        工程项目规定，发改委令第16号）。浙江示例方案按安吉做法要求 10万 起公开招标。
        method_words：发包方式用词与级别（0–3）。默认词表是我们的整理，县里可以增补本地叫法。

    排除 (Exclusions):
        金额低于最低一档（恰好等于档位金额的算达到），不论发包方式怎么写；竞争性方式的不同写法
        （“公开招投标”“招标”“竞争性磋商”“限额平台直接发包”）；整列缺失发包方式的台账；
        租赁、发包等收入合同。

    示例 (Example):
        刘家塘村“村委会办公楼维修”合同 12.8万，发包方式一栏空白 → 10万 以上应至少竞争性比选，
        请核实是否履行了相应程序。发包方式写“未公开招标”或“两委会议定”的 15万 工程同样提示；
        写“其他”的 24.6万 合同以“中”提示“未能识别”。
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
            outcome.evaluated += rows
            tier = next(((floor, level) for floor, level in tiers if item.amount >= floor), None)
            if tier is None:
                continue  # below every tier any method will do, a written or an unreadable one
            floor, required = tier
            known = [level for level in (method_level(text, words) for text in texts) if level is not None]
            if not known:
                # Competitive procedures have settled names; a wording none of them matches above the
                # line is more often a local name for "we chose" than for a tender: look, less sure.
                outcome.add(self._flag(context, item, floor, required, texts, recognised=False))
            elif max(known) < required:
                outcome.add(self._flag(context, item, floor, required, texts, recognised=True))
        return outcome

    @classmethod
    def check_params(cls, params: Params) -> None:
        for tier in params["tiers"]:
            _level(tier["requires"])
        for word, level in params["method_words"].items():
            if level not in LEVEL_NAMES:
                raise ValueError(f"method_words 中“{word}”的级别应为 0–3，实际为 {level!r}")

    def _flag(self, context: ScanContext, item: WorkItem, floor: int, required: int, texts: list[str | None],
              *, recognised: bool) -> Flag:
        party = context.party_text(item.identity, item.rows)
        method = "、".join(dict.fromkeys(t.strip() for t in texts if t and t.strip())) or "空白"
        wanted = LEVEL_NAMES[required]
        amount = money_near(item.amount, floor)
        facts = (f"{item.village} 的{item.noun}{quoted(item.title)}（{party}，{item.day}）金额 {amount}，"
                 f"达到 {money(floor)} 档位，按规定应采用“{wanted}”或更严格的方式，")
        if recognised:
            title = f"{item.village} {quoted(item.title)} {amount}，发包方式为“{method}”"
            detail = f"{facts}台账记载的发包方式为“{method}”，请核实是否履行了相应程序。"
            severity = self.severity
        else:
            title = f"{item.village} {quoted(item.title)} {amount}，发包方式“{method}”未能识别"
            detail = (f"{facts}台账记载的发包方式为“{method}”，未能识别为公开招标、邀请招标、竞争性比选、"
                      "询价等竞争性方式，请核实实际采用了什么方式、是否履行了相应程序。")
            severity = UNRECOGNISED_SEVERITY
        return Flag(self.id, severity, item.village, title, detail, item.amount, evidence(item.rows))


def _level(name: str) -> int:
    for level, label in LEVEL_NAMES.items():
        if label == name:
            return level
    raise ValueError(f"未知的发包方式级别“{name}”（可用：{'、'.join(LEVEL_NAMES.values())}）")

