"""Generate docs/rules.md (Chinese) from the rule classes, rules.toml and the profiles.

    python scripts/gen_rules_doc.py           # write docs/rules.md
    python scripts/gen_rules_doc.py --check   # exit 1 when docs/rules.md is stale

The rule docstrings are the documentation; this script only arranges them
with the parameter defaults and their sources (the comments of rules.toml),
so the reference can never drift from the code. tests/test_rules_doc.py runs
the check.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from xuncha.rules import get_rules  # noqa: E402
from xuncha.rules.base import SECTIONS, SEVERITY_LABELS, Rule  # noqa: E402
from xuncha.rules.params import BUNDLED_RULES_FILE, PROFILES_DIR, bundled_defaults, param_comments  # noqa: E402

OUTPUT = REPO / "docs" / "rules.md"
KIND_LABELS = {"project": "工程项目", "contract": "合同", "payment": "收支", "resource": "资源发包", "cadre": "村干部"}

INTRO = """\
# 疑点规则说明

> 本文件由 `scripts/gen_rules_doc.py` 根据规则代码的文档字符串、`xuncha/rules/rules.toml`
> 和 `xuncha/rules/profiles/` 生成，请勿手工修改；改了规则或参数后运行
> `python scripts/gen_rules_doc.py`，测试会检查本文件是否过期。

每条规则提示的是**值得核实的线索**，不是结论：提示写明看到了什么（金额、日期、名称），
并指向原始表格的文件、工作表和行号，由巡察人员去核实。往来单位按“身份”比较：
“浙江宏达建设有限公司”“宏达建设（有限公司）”“湖州宏达建设”视为同一单位。

## 参数与方案

- 默认参数在 `xuncha/rules/rules.toml`（全国默认方案），每个参数都注明了来源：法律法规、
  省或县的制度、公开案例，或“我们的假设”。全国性法律对村集体自有资金工程没有统一的金额线，
  凡是地方做法都照实写明。
- 覆盖方式（逐项覆盖，只写要改的参数）：用户配置目录下的 `rules.toml`；
  `xuncha scan --rules 文件`；或内置方案名，如 `xuncha scan --rules zhejiang`。
- 写错的表名、参数名、类型，或超出允许范围的数值（如负的天数、大于 1 的比例）会直接报错并指出文件、参数和允许的范围，不会悄悄回到默认值或让规则失效。
- 每次筛查都报告每条规则评估了多少记录、命中多少、哪些记录因缺少数据不适用；
  某条规则命中超过 20% 的记录时给出警告（参数可能过宽）。
- 同一个村的几本账、几份台账互相重复（收支明细账与现金、银行存款日记账；三资平台导出与村里自己的
  合同台账）：规则运行前，同一事项在两处的记录只留先导入的一处，筛查结果里写明哪些文件重复了多少条。
  判断口径见 `xuncha/rules/copies.py`（收支：同村、同日、同金额、同收支方向，凭证号或收付款人也相同，且凭证号、收付款人、
  现金或银行结算都不冲突）。
"""


def render() -> str:
    rules = get_rules()
    defaults = bundled_defaults()
    comments = param_comments()
    profiles = _profiles()
    parts = [INTRO, _catalogue(rules)]
    for number, rule in enumerate(rules, start=1):
        parts.append(_rule_section(number, rule, defaults[rule.id], comments, profiles))
    parts.append(_risk_section())
    return "\n".join(parts).rstrip() + "\n"


def _catalogue(rules: list[Rule]) -> str:
    lines = ["## 规则一览", "", "| # | 规则 | 编号 | 级别 | 判断的记录 |", "|---|---|---|---|---|"]
    for number, rule in enumerate(rules, start=1):
        kinds = "、".join(KIND_LABELS[k] for k in rule.kinds)
        severity = SEVERITY_LABELS[rule.severity]
        lines.append(f"| {number} | [{rule.name}](#{rule.id}) | `{rule.id}` | {severity} | {kinds} |")
    return "\n".join(lines) + "\n"


def _rule_section(number: int, rule: Rule, defaults: dict[str, Any], comments: dict[tuple[str, str], str],
                  profiles: dict[str, dict[str, Any]]) -> str:
    sections = rule.sections()
    lines = [f'<a id="{rule.id}"></a>', f"## {number}. {rule.name}（`{rule.id}`）", "", rule.summary(), "",
             f"- 默认级别：{SEVERITY_LABELS[rule.severity]}",
             f"- 判断的记录：{'、'.join(KIND_LABELS[k] for k in rule.kinds)}", ""]
    for chinese, _ in SECTIONS:
        text = _markdown(sections.get(chinese, ""))
        if chinese == "参数":
            text = _param_list(text, rule.params)
        lines += [f"### {chinese}", "", text, ""]
        if chinese == "参数":
            lines += _param_table(rule, defaults, comments, profiles)
    return "\n".join(lines)


def _param_table(rule: Rule, defaults: dict[str, Any], comments: dict[tuple[str, str], str],
                 profiles: dict[str, dict[str, Any]]) -> list[str]:
    lines = [f"`rules.toml` 中的 `[{rule.id}]`：", "", "| 参数 | 默认值 | 来源 |", "|---|---|---|"]
    for param in rule.params:
        source = comments.get((rule.id, param), "").removeprefix("来源：")
        lines.append(f"| `{param}` | {_value(defaults[param])} | {source} |")
    for profile, tables in profiles.items():
        changed = tables.get(rule.id)
        if changed:
            values = "；".join(f"`{key}` = {_value(value)}" for key, value in changed.items())
            lines += ["", f"方案 `{profile}` 改为：{values}"]
    return lines + [""]


def _param_list(text: str, params: tuple[str, ...]) -> str:
    """The Parameters section as a list: one item per parameter, its lines joined."""
    items: list[str] = []
    for line in text.splitlines():
        name = line.split("：", 1)[0].strip()
        if name in params:
            items.append(f"- `{name}`：{line.split('：', 1)[1].strip()}")
        elif items:
            items[-1] += line.strip()
        else:
            items.append(line)
    return "\n".join(items)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        return "、".join(f"{key}={level}" for key, level in value.items())
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "；".join("，".join(f"{k} = {v}" for k, v in item.items()) for item in value)
        return "、".join(str(item) for item in value)
    return str(value)


def _markdown(text: str) -> str:
    """Docstring text as Markdown: ``code`` becomes `code`."""
    return text.replace("``", "`")


def _profiles() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(PROFILES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            out[path.stem] = tomllib.load(handle)
    return out


def _risk_section() -> str:
    from xuncha import risk

    return "\n".join(["## 清廉风险指数（`xuncha villages`）", "", risk.EXPLANATION.strip(), "",
                      f"    {risk.FORMULA}", ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="只检查 docs/rules.md 是否过期")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(REPO)} 已过期：请运行 python scripts/gen_rules_doc.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"已写入 {OUTPUT.relative_to(REPO)}（{BUNDLED_RULES_FILE.name} 与 {len(get_rules())} 条规则）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
