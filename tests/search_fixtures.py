"""Provides small hand-made stores for the names, parties, search and dossier tests.

Records go in through the store's real import path (``Store.importing`` and
``ImportWriter.add_records``) with ids from ``models.record_uid``, exactly as
the importer writes them, so the tests do not depend on the importer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from xuncha.models import KIND_FIELDS, record_uid, row_hash
from xuncha.store import Store


def add_file(store: Store, file_name: str, sheets: dict[str, tuple[str, str, list[dict[str, Any]]]]) -> list[str]:
    """Import one fake file: sheet name -> (kind, village, rows of canonical fields). Returns record ids."""
    payload = json.dumps(sheets, ensure_ascii=False, sort_keys=True, default=str).encode()
    sha = hashlib.sha256(file_name.encode() + payload).hexdigest()
    ids: list[str] = []
    with store.importing(file_name, f"/fake/{file_name}", sha, len(payload), imported_by="test") as writer:
        for sheet, (kind, village, rows) in sheets.items():
            writer.add_sheet(sheet, kind, village, 1, {})
            out = []
            for index, fields in enumerate(rows):
                row_no = index + 2  # the header is row 1
                known = {spec.name for spec in KIND_FIELDS[kind]}
                canonical = {k: v for k, v in fields.items() if k in known}
                raw = {k: str(v) for k, v in fields.items() if v is not None}
                record = {
                    "id": record_uid(sha, sheet, row_no),
                    "village": fields.get("village", village),
                    "source_file": file_name,
                    "source_sheet": sheet,
                    "source_row": row_no,
                    "row_hash": row_hash(raw),
                    "raw": json.dumps(raw, ensure_ascii=False),
                }
                for spec in KIND_FIELDS[kind]:
                    record[spec.name] = canonical.get(spec.name)
                out.append(record)
                ids.append(record["id"])
            writer.add_records(kind, out)
    return ids


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def wan(amount: float) -> int:
    """万元 -> fen."""
    return round(amount * 1_000_000)


def township(store: Store) -> dict[str, list[str]]:
    """A small township: 石桥村 and 刘家塘村 projects, contracts, payments, a cadre list."""
    ids: dict[str, list[str]] = {}
    ids["projects"] = add_file(store, "工程项目台账.xlsx", {
        "石桥村": ("project", "石桥村", [
            {"code": "SQ-2022-01", "name": "石桥村文化礼堂改造工程", "type": "村级工程", "contractor": "浙江宏达建设有限公司",
                 "budget": wan(48), "amount": wan(45.6), "decided_on": d("2022-03-01"), "started_on": d("2022-04-10"),
                 "finished_on": d("2022-09-30"), "status": "已完工", "procurement": "邀请招标"},
            {"code": "SQ-2022-02", "name": "一事一议道路硬化工程", "type": "一事一议", "contractor": "宏达建设（有限公司）",
                 "amount": wan(9.8), "decided_on": d("2022-05-20"), "started_on": d("2022-05-10"), "status": "已完工",
                 "procurement": "直接发包"},
            {"code": "SQ-2023-01", "name": "村庄亮化路灯安装", "type": "小微工程", "contractor": "王建国",
                 "amount": wan(3.2), "started_on": d("2023-03-01"), "status": "在建", "procurement": "直接发包"},
        ]),
        "刘家塘村": ("project", "刘家塘村", [
            {"code": "LJT-2021-03", "name": "刘家塘河道清淤工程", "type": "村级工程", "contractor": "湖州宏远建设有限公司",
                 "amount": wan(26), "started_on": d("2021-11-01"), "status": "已完工", "procurement": "公开招标"},
            {"code": "LJT-2022-01", "name": "一事一议桥梁维修", "type": "一事一议", "contractor": "宏达建设有限责任公司",
                 "amount": wan(12.5), "started_on": d("2022-06-01"), "status": "已完工", "procurement": "竞争性谈判"},
        ]),
    })
    ids["contracts"] = add_file(store, "合同台账.xlsx", {
        "合同": ("contract", "石桥村", [
            {"code": "HT-SQ-2022-007", "title": "文化礼堂改造施工合同", "counterparty": "浙江宏达建设有限公司",
                 "amount": wan(45.6), "signed_on": d("2022-04-01"), "category": "工程", "procurement": "邀请招标",
                 "project": "石桥村文化礼堂改造工程"},
            {"code": "HT-SQ-2022-011", "title": "道路硬化施工合同", "counterparty": "湖州宏达建设",
                 "amount": wan(9.8), "signed_on": d("2022-05-08"), "category": "工程", "procurement": "直接发包",
                 "project": "一事一议道路硬化工程"},
            {"code": "HT-LJT-2021-02", "title": "河道清淤合同", "counterparty": "湖州宏远建设有限公司",
                 "amount": wan(26), "signed_on": d("2021-10-20"), "category": "工程", "procurement": "公开招标",
                 "village": "刘家塘村"},
        ]),
    })
    ids["payments"] = add_file(store, "收支明细.csv", {
        "收支明细": ("payment", "石桥村", [
            {"voucher": "记-015", "date": d("2022-06-15"), "summary": "支付文化礼堂改造工程进度款", "account": "在建工程",
                 "direction": "out", "amount": wan(20), "counterparty": "浙江宏达建设有限公司", "method": "转账",
                 "handler": "李会计"},
            {"voucher": "记-031", "date": d("2022-10-20"), "summary": "付文化礼堂工程结算款", "account": "在建工程",
                 "direction": "out", "amount": wan(22), "counterparty": "宏达建设（有限公司）", "method": "转账",
                 "handler": "李会计"},
            {"voucher": "记-032", "date": d("2022-07-02"), "summary": "付道路硬化工程款", "account": "在建工程",
                 "direction": "out", "amount": wan(9.8), "counterparty": "湖州宏达建设", "method": "转账", "handler": "李会计"},
            {"voucher": "记-040", "date": d("2023-01-10"), "summary": "支付办公用品费", "account": "管理费用",
                 "direction": "out", "amount": 2_350_00, "counterparty": "青山镇文具店", "method": "现金", "handler": "王建国"},
            {"voucher": "记-041", "date": d("2023-03-20"), "summary": "路灯安装人工费", "account": "在建工程",
                 "direction": "out", "amount": wan(3.2), "counterparty": "王建国", "method": "现金", "handler": "王建国"},
        ]),
    })
    ids["cadres"] = add_file(store, "村干部名单.xlsx", {
        "干部": ("cadre", "石桥村", [
            {"name": "王建国", "position": "村委委员"},
            {"name": "刘美华", "position": "村党支部书记", "relatives": "刘建军（弟）"},
        ]),
    })
    ids["resources"] = add_file(store, "资源发包.xlsx", {
        "资源": ("resource", "刘家塘村", [
            {"code": "ZY-01", "name": "刘家塘山塘水面", "category": "水面", "area": 12.5, "counterparty": "刘建军",
                 "amount": 8_000_00, "started_on": d("2020-01-01"), "ended_on": d("2039-12-31"), "procurement": "协商"},
        ]),
    })
    ids["assets"] = add_file(store, "资产台账.xlsx", {
        "资产": ("asset", "石桥村", [
            {"code": "ZC-101", "name": "村委办公楼", "category": "房屋", "amount": wan(120), "acquired_on": d("2010-06-01"),
                 "status": "在用", "location": "石桥村"},
        ]),
    })
    return ids


def refresh(store: Store) -> None:
    from xuncha.refresh import after_records_changed

    after_records_changed(store)


def new_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "test.db")
