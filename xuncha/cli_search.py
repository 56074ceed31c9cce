"""Provides the ``search`` and ``aliases`` commands of the ``xuncha`` command line.

``xuncha search QUERY [--kind K] [--limit N] [--json]`` prints ranked hits
(JSON: DESIGN.md's list of {"kind","id","title","village","score","source"},
each also carrying its "matches"). ``xuncha aliases list|merge|split`` shows
and edits the counterparty identities of ``xuncha.parties``.
"""

from __future__ import annotations

import argparse

from xuncha.cliutil import (
    CliError,
    add_json_option,
    info,
    kind_help,
    positive_int,
    print_json,
    require_kind,
)
from xuncha.models import KIND_LABELS
from xuncha.money import format_yuan
from xuncha.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "search", help="模糊检索项目、合同、往来单位等（空格分隔的词都要匹配）",
        description="空格分隔多个词，每个词都要匹配。可写类型词（项目、合同、收支、资产、资源、干部）、"
                    "金额（>5万、<100000、5万-10万）、年份（2022、2022年），支持拼音（hongda）、"
                    "首字母（whlt）和错一个字的词。",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="检索词，如 “项目 一事一议”")
    p.add_argument("--kind", help=kind_help("只查一种记录"))
    p.add_argument("--limit", type=positive_int, default=20, metavar="N", help="最多显示几条，正整数（默认 20）")
    add_json_option(p)
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("aliases", help="往来单位的同名归并：查看、合并、拆分")
    sub = p.add_subparsers(dest="aliases_command", metavar="ACTION")
    q = sub.add_parser("list", help="列出往来单位及其不同写法和归并依据")
    add_json_option(q)
    q.set_defaults(handler=cmd_aliases_list)
    q = sub.add_parser("merge", help="把几个名称认定为同一单位（人工决定，重新导入后保留）")
    q.add_argument("names", nargs="+", metavar="NAME", help="名称（原文或规范名）或编号 p:12")
    add_json_option(q)
    q.set_defaults(handler=cmd_aliases_merge)
    q = sub.add_parser("split", help="把一个名称从所在单位中拆出（人工决定，重新导入后保留）")
    q.add_argument("name", metavar="NAME")
    add_json_option(q)
    q.set_defaults(handler=cmd_aliases_split)
    p.set_defaults(handler=cmd_aliases_list, json=False)


# --- search ---------------------------------------------------------------------------------


def cmd_search(args: argparse.Namespace, store: Store) -> int:
    from xuncha.search import hit_json, parse_query, search

    query = " ".join(args.query)
    kind = require_kind(args.kind)
    parsed = parse_query(query)
    if parsed.empty:
        raise CliError("检索词为空")
    hits = search(store, query, kind=kind, limit=args.limit)
    if args.json:
        print_json([hit_json(hit) for hit in hits])
        return 0
    info(f"检索：{parsed.describe()}")
    for rank, hit in enumerate(hits, 1):
        source = hit.source
        amount = f"  {format_yuan(hit.amount)} 元" if hit.amount is not None else ""
        when = f"  {hit.date.isoformat()}" if hit.date else ""
        print(f"{rank:>2}. [{KIND_LABELS[hit.kind]}] {hit.title or '（无标题）'}  {hit.village}{amount}{when}"
              f"  （{hit.score:.0f} 分）")
        for label, text, spans in _by_field(hit.matches):
            print(f"      {label}：{_mark(text, spans)}")
        print(f"      来源：{source['file']} / {source['sheet']} / 第 {source['row']} 行")
    info(f"共 {len(hits)} 条" if hits else "没有找到匹配的记录")
    return 0


def _by_field(matches) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """One line per matched field, with the spans of every term found in it."""
    fields: dict[str, tuple[str, str, list[tuple[int, int]]]] = {}
    for match in matches:
        entry = fields.setdefault(match.field, (match.label, match.text, []))
        entry[2].extend(match.spans)
    return list(fields.values())


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    """The matched parts of a field in 【】 for a plain terminal."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(text[at:start])
        out.append(f"【{text[start:end]}】")
        at = end
    out.append(text[at:])
    return "".join(out)


# --- aliases --------------------------------------------------------------------------------


def _party_json(view) -> dict:
    from xuncha.money import fen_to_yuan

    return {
        "key": view.key,
        "display": view.display,
        "person": view.person,
        "records": view.records,
        "amount": fen_to_yuan(view.amount),
        "variants": [
            {"name": v.name, "normalized": v.normalized, "evidence": v.evidence, "records": v.records,
             "amount": fen_to_yuan(v.amount)}
            for v in view.variants
        ],
    }


def cmd_aliases_list(args: argparse.Namespace, store: Store) -> int:
    from xuncha.parties import list_parties

    views = list_parties(store)
    if getattr(args, "json", False):
        print_json([_party_json(v) for v in views])
        return 0
    for view in views:
        kind = "个人" if view.person else "单位"
        print(f"{view.key}\t{view.display}\t{kind}\t{view.records} 条\t{format_yuan(view.amount)} 元")
        if len(view.variants) > 1:
            for variant in view.variants:
                reason = f"（{variant.evidence}）" if variant.evidence else ""
                print(f"    {variant.name}\t{variant.records} 条{reason}")
    info(f"共 {len(views)} 个往来单位" if views else "还没有往来单位（先导入数据）")
    return 0


def _inspector() -> str:
    from xuncha.config import inspector_name

    return inspector_name()


def cmd_aliases_merge(args: argparse.Namespace, store: Store) -> int:
    from xuncha.parties import display_name, merge, party_names

    try:
        key = merge(store, args.names, by=_inspector())
    except ValueError as error:
        raise CliError(str(error)) from error
    _refresh_search(store)
    names = party_names(store, key)
    if args.json:
        print_json({"key": key, "display": display_name(store, key), "names": names})
    else:
        info(f"已合并为 {display_name(store, key)}（{key}）：{'、'.join(names)}")
    return 0


def cmd_aliases_split(args: argparse.Namespace, store: Store) -> int:
    from xuncha.parties import display_name, party_names, split

    try:
        key = split(store, args.name, by=_inspector())
    except ValueError as error:
        raise CliError(str(error)) from error
    _refresh_search(store)
    if args.json:
        print_json({"key": key, "display": display_name(store, key), "names": party_names(store, key)})
    else:
        info(f"已拆出 {args.name}（{key}）")
    return 0


def _refresh_search(store: Store) -> None:
    """Identity changes alter what search expands a name to; its caches follow the parties generation."""
    from xuncha.search import update_index

    update_index(store)
