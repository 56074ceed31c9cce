"""Search: query parsing, the index, ranking, the sample township, data the tests generate, the CLI."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DATA
from tests.search_fixtures import add_file, d, new_store, refresh, township, wan
from xuncha import search
from xuncha import search_index as ix
from xuncha.store import Store

REPO = Path(__file__).resolve().parent.parent


def _sources(hits) -> list[tuple[str, str, int]]:
    return [(h.source["file"], h.source["sheet"], h.source["row"]) for h in hits]


@pytest.fixture
def town(tmp_path: Path):
    store = new_store(tmp_path)
    township(store)
    refresh(store)
    yield store
    store.close()


# --- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "terms", "kinds", "low", "high", "years"),
    [
        ("项目 一事一议", ["一事一议"], ["project"], None, None, []),
        (">5万", [], [], 5_000_001, None, []),
        ("＞5万", [], [], 5_000_001, None, []),
        ("<100000", [], [], None, 10_000_000, []),
        ("5万-10万", [], [], 5_000_000, 10_000_001, []),
        ("5-10万", [], [], 5_000_000, 10_000_001, []),
        ("≥10万", [], [], 10_000_000, None, []),
        ("10万以上", [], [], 10_000_000, None, []),
        ("9.8万", [], [], 9_750_000, 9_850_000, []),
        ("2022", [], [], None, None, [2022]),
        ("2022年 道路", ["道路"], [], None, None, [2022]),
        ("2021-2022年", [], [], None, None, [2021, 2022]),
        ("合同 宏达 >1万 2023", ["宏达"], ["contract"], 1_000_001, None, [2023]),
        ("HT-2022-015 3-5", ["HT-2022-015", "3-5"], [], None, None, []),
        ("干部，刘志刚", ["刘志刚"], ["cadre"], None, None, []),
    ],
)
def test_parse_query(query, terms, kinds, low, high, years) -> None:
    parsed = search.parse_query(query)
    assert parsed.terms == terms
    assert parsed.kinds == kinds
    assert (parsed.amount_min, parsed.amount_max) == (low, high)
    assert parsed.years == years


def test_describe_says_how_the_query_was_read() -> None:
    text = search.parse_query("项目 一事一议 >5万 2022").describe()
    assert text == "类型：工程项目；金额：大于 5万；年份：2022；关键词：一事一议"
    assert search.parse_query("").describe() == "（空查询）"


# --- the index --------------------------------------------------------------------------------


def test_tokens_give_substring_semantics() -> None:
    assert ix.segment_tokens("道路硬化") == ["道路", "路硬", "硬化", "化"]
    assert ix.body_of(["石桥村", "HT-7"]) == "石桥 桥村 村 ht t 7"


def test_update_index_is_incremental_and_idempotent(town) -> None:
    assert search.update_index(town).added == 0  # the refresh already indexed everything
    add_file(town, "新增.xlsx", {"付款": ("payment", "石桥村", [
        {"summary": "支付垃圾清运费", "counterparty": "青山镇环卫所", "amount": 500_00, "date": d("2023-05-01")},
    ])})
    assert search.update_index(town).added == 1
    assert search.update_index(town).added == 0
    assert _titles(search.search(town, "垃圾清运")) == ["支付垃圾清运费"]


def test_removed_batch_leaves_the_results(town) -> None:
    batch = next(b for b in town.batches() if b.file_name == "收支明细.csv")
    assert search.search(town, "办公用品")
    town.remove_batch(batch.id)
    report = search.update_index(town)
    assert report.removed == 5
    assert search.search(town, "办公用品") == []
    assert search.search(town, "文化礼堂", kind="project")  # other batches unaffected


def test_small_removal_leaves_tombstones_that_never_show(town) -> None:
    batch = next(b for b in town.batches() if b.file_name == "资产台账.xlsx")
    assert _titles(search.search(town, "办公楼")) == ["村委办公楼"]
    town.remove_batch(batch.id)
    report = search.update_index(town)
    assert report.removed == 1 and not report.rebuilt
    assert search.search(town, "办公楼") == []
    assert search.search(town, "资产") == []


def test_search_indexes_a_store_filled_without_refresh(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    township(store)  # no refresh: search catches up by itself
    assert _titles(search.search(store, "河道清淤", kind="project")) == ["刘家塘河道清淤工程"]


def test_without_fts5_a_plain_scan_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ix, "has_fts5", lambda connection: False)
    store = new_store(tmp_path)
    township(store)
    refresh(store)
    assert _titles(search.search(store, "河道清淤", kind="project")) == ["刘家塘河道清淤工程"]
    assert "石桥村文化礼堂改造工程" in _titles(search.search(store, "文化里堂"))
    assert {h.kind for h in search.search(store, "合同 宏达")} == {"contract"}


def _titles(hits) -> list[str]:
    return [h.title for h in hits]


# --- behaviour on a small township -------------------------------------------------------------


def test_every_term_must_match(town) -> None:
    hits = search.search(town, "宏达 道路")
    assert hits and all("道路" in h.title or any("道路" in m.text for m in h.matches) for h in hits)
    assert "文化礼堂改造施工合同" not in _titles(hits)


def test_kind_word_lists_that_kind_first(town) -> None:
    hits = search.search(town, "合同 宏达")
    assert {h.kind for h in hits} == {"contract"}
    assert search.search(town, "宏达", kind="contract") == hits or _titles(search.search(town, "宏达", kind="contract"))


def test_kind_word_alone_lists_the_kind(town) -> None:
    hits = search.search(town, "干部")
    assert {h.kind for h in hits} == {"cadre"}
    assert len(hits) == 2


def test_matches_carry_field_text_and_spans(town) -> None:
    hit = search.search(town, "礼堂")[0]
    match = hit.matches[0]
    assert match.text[match.spans[0][0]:match.spans[0][1]] == "礼堂"
    assert match.label in ("项目名称", "合同名称", "摘要")
    assert hit.source["file"] and hit.source["row"] >= 2


def test_spans_point_into_full_width_text(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    add_file(store, "w.xlsx", {"合同": ("contract", "石桥村", [
        {"title": "ＬＥＤ路灯采购合同", "counterparty": "某某", "amount": 100_00},
    ])})
    hit = search.search(store, "led")[0]
    (start, end), = hit.matches[0].spans
    assert hit.matches[0].text[start:end] == "ＬＥＤ"


def test_exact_ranks_above_typo(town) -> None:
    add_file(town, "typo.xlsx", {"项目": ("project", "石桥村", [
        {"name": "文化里堂标识牌制作", "contractor": "某广告部", "amount": 500_00, "started_on": d("2020-01-01")},
    ])})
    refresh(town)
    hits = search.search(town, "文化里堂")
    assert hits[0].title == "文化里堂标识牌制作"  # the exact spelling first, although oldest
    assert hits[0].matches[0].how in ("exact", "prefix")
    assert any(m.how == "typo" for h in hits[1:] for m in h.matches)


def test_same_party_expansion(town) -> None:
    hits = search.search(town, "浙江宏达建设有限公司", limit=20)
    how = {h.title: h.matches[0].how for h in hits}
    assert how["石桥村文化礼堂改造工程"] == "exact"
    assert how["一事一议道路硬化工程"] == "party"  # written 宏达建设（有限公司）
    assert how["付道路硬化工程款"] == "party"  # written 湖州宏达建设
    # 宏远 is another company: at most a typo-level hit, below every spelling of 宏达
    if "刘家塘河道清淤工程" in how:
        assert how["刘家塘河道清淤工程"] == "typo"
        kinds_of_match = [h.matches[0].how for h in hits]
        assert kinds_of_match.index("typo") > max(i for i, k in enumerate(kinds_of_match) if k != "typo")


def test_filters(town) -> None:
    assert {h.title for h in search.search(town, "宏达 >20万")} == {
        "石桥村文化礼堂改造工程", "文化礼堂改造施工合同", "付文化礼堂工程结算款"}
    assert _titles(search.search(town, "项目 2021")) == ["刘家塘河道清淤工程"]
    assert {h.title for h in search.search(town, "9.8万")} == {
        "一事一议道路硬化工程", "道路硬化施工合同", "付道路硬化工程款"}
    assert all(h.amount is not None and h.amount < 10_000_00 for h in search.search(town, "<1万"))


def test_one_character_term(town) -> None:
    titles = _titles(search.search(town, "刘", limit=50))
    assert "刘美华" in titles  # the cadre
    assert "刘家塘山塘水面" in titles
    assert "村委办公楼" not in titles


def test_empty_and_unknown(town) -> None:
    assert search.search(town, "   ") == []
    assert search.search(town, "完全不存在的东西") == []
    with pytest.raises(ValueError):
        search.search(town, "宏达", kind="nonsense")


def test_hit_json_shape(town) -> None:
    data = search.hit_json(search.search(town, "文化礼堂改造工程", kind="project")[0])
    assert list(data)[:6] == ["kind", "id", "title", "village", "score", "source"]
    assert data["source"] == {"file": "工程项目台账.xlsx", "sheet": "石桥村", "row": 2}
    assert data["amount"] == 456000.0
    json.dumps(data, ensure_ascii=False)


def test_typo_and_pinyin_variants_come_from_the_data(town) -> None:
    raw = town.engine.raw_connection()
    try:
        vocab = ix.vocabulary(raw.driver_connection, str(town.path))
    finally:
        raw.close()
    assert "文化礼堂" in search.typo_variants("文化里堂", vocab)
    assert "文化礼堂" in search.typo_variants("文化礼礼堂", vocab)  # an extra character
    assert "文化礼堂" in search.typo_variants("鑫文化礼堂", vocab)  # a character the data never has
    assert "宏达" in search.pinyin_variants("hongda", vocab)
    assert "文化礼堂" in search.pinyin_variants("whlt", vocab)
    assert "宏达" in search.pinyin_variants("hongd", vocab)  # typed halfway


# --- the sample township -----------------------------------------------------------------------

P = "青山镇村级工程项目台账.xlsx"
C = ("合同台账2021-2023.xlsx", "合同台账")
SQ = ("石桥村2022年收支明细账.xls", "收支明细账")
LJT = ("刘家塘村现金日记账.csv", "刘家塘村现金日记账")
T3 = "吴家道村 马吉村 桥埠港村 收支台账.xlsx"
RES = ("资源发包台账.xlsx", "资源发包台账")
ASSET = ("集体资产台账.xlsx", "资产登记")
CADRE = ("村干部名单.xlsx", "村干部名单")

SAMPLE_QUERIES = [
    # multi-term and kind words
    ("项目 一事一议", [(P, "桥埠港村", 6), (P, "石桥村", 6), (P, "马吉村", 8)]),
    ("一事一议 道路硬化", [(P, "刘家塘村", 6), (P, "吴家道村", 6)]),
    ("合同 >12万 刘家塘", [(*C, 27)]),
    ("资源 厂房", [(*RES, 4)]),
    ("干部 刘志刚", [(*CADRE, 9)]),
    ("付款 胡建华", [(T3, "马吉村", 20)]),
    ("资产 文化礼堂", [(*ASSET, 5)]),
    # typos: a wrong character, one missing, one extra
    ("文化里堂", [(P, "石桥村", 10)]),
    ("文化礼唐 吴家道", [(P, "吴家道村", 10)]),
    ("垃圾分类采购安装", [(*C, 33)]),
    ("老年活动中中心", [(P, "刘家塘村", 11)]),
    # pinyin and initials
    ("hongda", [(T3, "桥埠港村", 5)]),
    ("qingsong", [(P, "吴家道村", 13)]),
    ("whlt 马吉", [(P, "马吉村", 12)]),
    ("ljt qingyu", [(P, "刘家塘村", 14)]),
    # filters
    ("9.8万", [(P, "刘家塘村", 14), (*C, 21)]),
    ("2022年 路灯", [(P, "刘家塘村", 12)]),
    ("马吉 道路硬化 5万-10万", [(P, "马吉村", 10), (P, "马吉村", 11)]),
    ("垃圾分类亭 2023", [(*C, 33)]),
    # short terms
    ("石桥", [(P, "石桥村", 15), (P, "石桥村", 13)]),
    ("白条", [(*SQ, 43)]),
    ("王建国", [(P, "石桥村", 11), (*SQ, 57)]),
    # name variants of one contractor
    ("宏达", [(*SQ, 45), (P, "马吉村", 11)]),
    ("浙江宏达建设有限公司", [(P, "马吉村", 11)]),
    ("湖州宏达建设", [(P, "石桥村", 10)]),
    ("青松园林绿化工程有限公司", [(*C, 22), (P, "刘家塘村", 16)]),
    # codes and summaries
    ("QBGHT-2023-01", [(*C, 41)]),
    ("电路检修", [(*SQ, 29), (*SQ, 31)]),
    ("保洁 沈桂芳", [(*C, 9)]),
]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    importers = pytest.importorskip("importers")
    store = Store(tmp_path_factory.mktemp("sample") / "sample.db")
    importers.import_paths(store, [REPO / "sample_data"])
    search.update_index(store)  # idempotent: the importer refreshes already
    yield store
    store.close()


def test_sample_table_has_enough_queries() -> None:
    assert len(SAMPLE_QUERIES) >= 20


@pytest.mark.parametrize(("query", "expected"), SAMPLE_QUERIES, ids=[q for q, _ in SAMPLE_QUERIES])
def test_sample_queries_find_their_records(sample_store, query, expected) -> None:
    found = _sources(search.search(sample_store, query, limit=10))
    missing = [e for e in expected if e not in found]
    assert not missing, f"{query!r}: {missing} not in top 10: {found}"


# --- data the tests generate ---------------------------------------------------------------------

_VILLAGES = ["枫林村", "竹溪村", "梅岭村", "黄泥岗村"]
_COMPANY = "杭州永盛市政工程有限公司"
_COMPANY_SPELLINGS = [_COMPANY, "永盛市政工程（有限公司）", "永盛市政工程有限责任公司", "杭州永盛市政"]
_OTHERS = ["浙江鼎新园林有限公司", "临安华宇电力工程有限公司", "德清天成水电安装有限公司", "湖州东升钢结构有限公司"]
_WORKS = ["溪道整治", "村史馆布展", "饮水工程改造", "防汛物资仓库", "机耕路拓宽", "篮球场翻新", "农贸市场改建"]


def _unseen_store(path: Path) -> Store:
    """A township the sample data never mentions, with planted records among random ones."""
    rng = random.Random(20240601)
    store = Store(path)
    projects, contracts, payments = [], [], []
    for i in range(120):
        village = rng.choice(_VILLAGES)
        work = rng.choice(_WORKS)
        company = rng.choice(_OTHERS)
        start = d(f"20{rng.choice([21, 22, 23])}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
        projects.append({"village": village, "code": f"UX-{i:03d}", "name": f"{village}{work}工程", "type": "村级工程",
                             "contractor": company, "amount": rng.randint(1, 60) * 1_000_00, "started_on": start,
                             "procurement": "直接发包"})
        payments.append({"village": village, "summary": f"支付{work}工程款", "counterparty": company,
                             "amount": rng.randint(1, 30) * 1_000_00, "date": start, "direction": "out"})
    projects += [
        {"village": "梅岭村", "code": "UX-P1", "name": "梅岭村古桥修缮工程", "type": "一事一议", "contractor": _COMPANY_SPELLINGS[1],
             "amount": wan(18.6), "started_on": d("2022-04-01"), "procurement": "竞争性谈判"},
        {"village": "黄泥岗村", "code": "UX-P2", "name": "黄泥岗村光伏路灯安装", "type": "小微工程", "contractor": "褚国庆",
             "amount": wan(4.3), "started_on": d("2023-06-01"), "procurement": "直接发包"},
    ]
    contracts += [
        {"village": "梅岭村", "code": "UXHT-9", "title": "古桥修缮施工合同", "counterparty": _COMPANY, "amount": wan(18.6),
             "signed_on": d("2022-03-20"), "project": "梅岭村古桥修缮工程"},
    ]
    payments += [
        {"village": "梅岭村", "summary": "支付古桥修缮进度款", "counterparty": _COMPANY_SPELLINGS[3], "amount": wan(10),
             "date": d("2022-06-01"), "direction": "out"},
        {"village": "竹溪村", "summary": "购买防汛沙袋", "counterparty": _COMPANY_SPELLINGS[2], "amount": wan(0.86),
             "date": d("2021-07-01"), "direction": "out", "method": "现金"},
    ]
    add_file(store, "unseen.xlsx", {
        "项目": ("project", "", projects), "合同": ("contract", "", contracts), "收支": ("payment", "", payments),
    })
    refresh(store)
    return store


UNSEEN_QUERIES = [
    ("项目 一事一议", [("project", "梅岭村古桥修缮工程")]),
    ("古桥 合同", [("contract", "古桥修缮施工合同")]),
    ("古乔修缮", [("project", "梅岭村古桥修缮工程")]),  # wrong character
    ("光伏路灯安", [("project", "黄泥岗村光伏路灯安装")]),  # missing last character
    ("yongsheng", [("payment", "支付古桥修缮进度款")]),
    ("gqxs", [("project", "梅岭村古桥修缮工程")]),
    ("永盛", [("payment", "购买防汛沙袋")]),
    ("杭州永盛市政工程有限公司", [("payment", "购买防汛沙袋"), ("project", "梅岭村古桥修缮工程")]),
    ("防汛 <1万", [("payment", "购买防汛沙袋")]),
    ("梅岭 2022 >15万", [("project", "梅岭村古桥修缮工程")]),
    ("褚国庆", [("project", "黄泥岗村光伏路灯安装")]),
    ("褚", [("project", "黄泥岗村光伏路灯安装")]),
]


@pytest.fixture(scope="module")
def unseen_store(tmp_path_factory: pytest.TempPathFactory):
    store = _unseen_store(tmp_path_factory.mktemp("unseen") / "unseen.db")
    yield store
    store.close()


@pytest.mark.parametrize(("query", "expected"), UNSEEN_QUERIES, ids=[q for q, _ in UNSEEN_QUERIES])
def test_unseen_queries_find_their_records(unseen_store, query, expected) -> None:
    found = [(h.kind, h.title) for h in search.search(unseen_store, query, limit=10)]
    missing = [e for e in expected if e not in found]
    assert not missing, f"{query!r}: {missing} not in top 10: {found}"


# --- command line --------------------------------------------------------------------------------


def _cli(args: list[str], capsys) -> tuple[int, str, str]:
    from xuncha.cli import main

    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_search_json(town, capsys) -> None:
    code, out, _ = _cli(["--db", str(town.path), "search", "文化礼堂", "--kind", "project", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert [d["title"] for d in data] == ["石桥村文化礼堂改造工程"]
    assert set(data[0]) >= {"kind", "id", "title", "village", "score", "source"}
    assert data[0]["source"] == {"file": "工程项目台账.xlsx", "sheet": "石桥村", "row": 2}
    code, out, _ = _cli(["--db", str(town.path), "search", "文化礼堂", "--kind", "合同", "--json"], capsys)
    assert code == 0 and {d["kind"] for d in json.loads(out)} == {"contract"}


def test_cli_search_human(town, capsys) -> None:
    code, out, err = _cli(["--db", str(town.path), "search", "宏达", "道路", "--limit", "2"], capsys)
    assert code == 0
    assert "关键词：宏达、道路" in err
    assert out.count("来源：") == 2
    assert "【宏达】" in out or "【道路】" in out


def test_cli_search_errors(town, capsys) -> None:
    code, _, err = _cli(["--db", str(town.path), "search", "宏达", "--kind", "nonsense"], capsys)
    assert code == 1 and "未知的记录类型" in err
    with pytest.raises(SystemExit) as exit_info:  # a bad option value is a usage error
        _cli(["--db", str(town.path), "search", "宏达", "--limit", "0"], capsys)
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        _cli(["--db", str(town.path), "search"], capsys)
    assert exit_info.value.code == 2


def test_cli_aliases(town, capsys) -> None:
    code, out, _ = _cli(["--db", str(town.path), "aliases", "list", "--json"], capsys)
    assert code == 0
    parties = json.loads(out)
    hongda = next(p for p in parties if p["display"] == "浙江宏达建设有限公司")
    assert {v["name"] for v in hongda["variants"]} >= {"湖州宏达建设", "宏达建设（有限公司）"}

    code, out, _ = _cli(["--db", str(town.path), "aliases", "split", "湖州宏达建设", "--json"], capsys)
    assert code == 0 and json.loads(out)["names"] == ["湖州宏达建设"]
    code, out, _ = _cli(["--db", str(town.path), "aliases", "merge", "湖州宏达建设", "浙江宏达建设有限公司",
                         "--json"], capsys)
    assert code == 0 and "湖州宏达建设" in json.loads(out)["names"]
    code, _, err = _cli(["--db", str(town.path), "aliases", "merge", "没有这家公司", "王建国"], capsys)
    assert code == 1 and "没有这家公司" in err

    code, out, _ = _cli(["--db", str(town.path), "aliases"], capsys)
    assert code == 0 and "浙江宏达建设有限公司" in out


def test_cli_subprocess(town) -> None:
    town.close()
    result = subprocess.run(
        [sys.executable, "-m", "xuncha", "--db", str(town.path), "search", "hongda", "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data and all("宏达" in json.dumps(h, ensure_ascii=False) for h in data)


def test_a_code_made_only_of_common_tokens_is_still_found(tmp_path: Path) -> None:
    """Every code starts HTW0- or HTW1-, so all of "htw1"'s bigrams are common.

    Trimming a phrase of common tokens down to "ht" matched every row, the
    candidate page filled with HTW0 rows that ranking rejected, and HTW1 codes
    were never found.
    """
    store = new_store(tmp_path)
    for batch in (0, 1):
        rows = [{"code": f"HTW{batch}-{i:06d}", "title": f"道路工程{batch}-{i}", "amount": 100_000 + i}
                for i in range(400)]
        add_file(store, f"合同{batch}.csv", {f"合同{batch}": ("contract", "石桥村", rows)})
    refresh(store)
    hits = search.search(store, "HTW1-000007")
    assert hits and hits[0].title == "道路工程1-7"
    assert len(search.search(store, "HTW1", limit=20)) == 20


# --- the importer's index is the index a rebuild would make --------------------------------------


def _index_contents(store) -> dict[str, object]:
    """Everything the index holds, in comparable form (FTS terms via fts5vocab)."""
    raw = store.engine.raw_connection()
    try:
        connection = raw.driver_connection
        connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_fts, 'row')")
        docs = connection.execute("SELECT record_id, kind, batch_id, amount, year, rowid / 1000000000 "
                                  "FROM search_doc ORDER BY record_id").fetchall()
        return {
            "docs": docs,
            "terms": connection.execute("SELECT term, doc, cnt FROM temp.vocab ORDER BY term").fetchall(),
            "grams": connection.execute("SELECT gram, df, py FROM search_gram ORDER BY gram").fetchall(),
            "grams3": connection.execute("SELECT gram, df FROM search_gram3 ORDER BY gram").fetchall(),
        }
    finally:
        raw.close()


@pytest.mark.parametrize("cache_limit", [None, 7])
def test_the_index_built_during_import_equals_a_rebuild(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        cache_limit: int | None) -> None:
    """The importer cuts records as it maps them; ``update`` cuts them read back from the
    tables. Both must give the same index, term for term, on the messy sample data, also
    when the importer's value cache empties itself many times on the way."""
    import importers
    from xuncha.store import Store

    store = Store(tmp_path / "index.db")
    try:
        if cache_limit is not None:
            monkeypatch.setattr(ix._ValueCache, "LIMIT", cache_limit)
            monkeypatch.setattr(ix._ValueCache, "PENDING_USES", cache_limit - 2)
        report = importers.import_paths(store, [SAMPLE_DATA])
        monkeypatch.undo()
        assert report.records_imported() > 300
        built_on_import = _index_contents(store)
        with store.transaction() as connection:
            driver = connection.connection.driver_connection
            ix.clear_index(driver, ix.ensure_schema(driver))
        assert search.update_index(store).added == report.records_imported()
        rebuilt = _index_contents(store)
    finally:
        store.close()
    assert built_on_import["terms"] and built_on_import["docs"]
    for part in ("docs", "terms", "grams", "grams3"):
        assert built_on_import[part] == rebuilt[part], part
