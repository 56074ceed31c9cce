"""Save an SVG screenshot of every screen of the workbench on the sample township.

    python docs/screenshots/make_screenshots.py [WIDTH HEIGHT]

Imports sample_data/ into a temporary store, scans it, drives the app with
Pilot as a user would (number keys, a search, a drill-down, a finding) and
writes docs/screenshots/NN-name.svg.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = Path(__file__).resolve().parent


async def settle(app, pilot) -> None:
    for _ in range(50):
        busy = [w for w in app.workers if w.group != "_loader" and not w.is_finished]
        if not busy:
            break
        await app.workers.wait_for_complete(busy)
        await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def shoot(store, size: tuple[int, int]) -> list[Path]:
    from textual.widgets import Input

    from screens.app import make_app

    Input._toggle_cursor = lambda self: None  # type: ignore[method-assign]  # a still cursor in pictures
    app = make_app(store, catch_errors=False)
    written: list[Path] = []
    suffix = "" if size == (120, 36) else f"-{size[0]}x{size[1]}"

    def save(name: str) -> None:
        app.clear_notifications()
        path = OUT / f"{name}{suffix}.svg"
        path.write_text(app.export_screenshot(title=f"巡察工作台 · {name[3:]}"), encoding="utf-8")
        written.append(path)

    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        save("01-overview")
        await pilot.press("2")
        await settle(app, pilot)
        root = app.screen.query_one("#import-root", Input)
        root.value = str(ROOT / "sample_data")
        root.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause(0.3)
        app.screen.pick(ROOT / "sample_data")
        await pilot.press("p")
        await settle(app, pilot)
        save("02-import-preview")
        await pilot.press("3")
        await settle(app, pilot)
        await pilot.press(*"项目 一事一议")
        await settle(app, pilot)
        save("03-search")
        await pilot.press("down", "enter")
        await settle(app, pilot)
        save("04-dossier")
        await pilot.press("escape", "escape", "4")
        await settle(app, pilot)
        save("05-records")
        columns = [c.name for c in app.screen._columns]
        await pilot.press(*["right"] * columns.index("contractor"), "f")
        await settle(app, pilot)
        save("06-records-frequency")
        await pilot.press("5")
        await settle(app, pilot)
        save("07-flags")
        await pilot.press("a", "6")
        await settle(app, pilot)
        save("08-notebook")
        await pilot.press("7")
        await settle(app, pilot)
        save("09-rules")
        await pilot.press("question_mark")
        await settle(app, pilot)
        save("10-help")
    return written


def main() -> None:
    import importers
    from xuncha.scan import run_scan
    from xuncha.store import Store

    size = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (120, 36)
    with tempfile.TemporaryDirectory(prefix="xuncha-shots-") as folder:
        store = Store(Path(folder) / "shots.db")
        importers.import_paths(store, [ROOT / "sample_data"])
        run_scan(store)
        for path in asyncio.run(shoot(store, size)):
            print(path.relative_to(ROOT))
        store.close()


if __name__ == "__main__":
    main()
