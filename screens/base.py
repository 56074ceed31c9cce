"""Provides XunchaScreen: the frame every main screen shares.

A main screen has the navigation bar on top and the footer below, knows the
store through the app, reloads when its data went stale (the app sets
``stale`` after an import, a scan or a notebook change) and hands the errors
of its workers to the app's one error handler.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable, ClassVar, TypeVar

from textual import on
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker

from xuncha.store import Store, StoreBusyError

if TYPE_CHECKING:
    from screens.app import XunchaApp

T = TypeVar("T")

WRITE_PATIENCE_S = 180.0
"""How long a worker keeps trying to save what the user typed while another writer holds the
store: an import holds it for the whole of a file (about 10 s per 100k rows)."""
WAITING_TO_SAVE = "数据库正被占用（可能正在导入），空闲后会自动保存，请稍候"


class XunchaScreen(Screen[None]):
    """A main screen of the workbench (one per module, reached by a number key)."""

    MODE: ClassVar[str] = ""
    """The app mode this screen is the base of ('' for pushed screens)."""
    WATCHES: ClassVar[frozenset[str]] = frozenset()
    """Which kinds of change (screens.messages) make this screen reload."""

    stale: var[bool] = var(False, init=False)
    """Set by the app when the store changed under this screen."""

    def __init__(self) -> None:
        super().__init__()
        # Start with the breakpoint class of the current width: Textual sets it on the first
        # resize, and a class change then restyles every widget again (~0.15 s at start-up).
        try:
            width = self.app.size.width
        except Exception:  # no running app (a screen built outside one)
            return
        breakpoints = (self.app.HORIZONTAL_BREAKPOINTS if self.HORIZONTAL_BREAKPOINTS is None
                       else self.HORIZONTAL_BREAKPOINTS) or []
        matching = [name for minimum, name in breakpoints if width >= minimum]
        if matching:
            self.add_class(matching[-1])

    @property
    def xapp(self) -> "XunchaApp":
        return self.app  # type: ignore[return-value]

    @property
    def store(self) -> Store:
        return self.xapp.store

    def write_patiently(self, write: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store write from a worker thread, waiting out another writer.

        A note, a reason or a status the user has just typed must not be lost because
        an import (here or in another program) holds the store for longer than the
        busy timeout: the worker says once that it waits, then saves when it can.
        """
        deadline = time.monotonic() + WRITE_PATIENCE_S
        told = False
        while True:
            try:
                return write(*args, **kwargs)
            except StoreBusyError:
                if time.monotonic() > deadline:
                    raise
                if not told:
                    told = True
                    self.app.call_from_thread(self.notify, WAITING_TO_SAVE, title="等待保存", timeout=10)

    def reload(self) -> None:
        """Load (again) what the screen shows; screens override it and start workers."""

    def watch_stale(self, stale: bool) -> None:
        if stale and self.is_current:
            self.stale = False
            self.reload()

    def on_screen_resume(self) -> None:
        if self.stale:
            self.stale = False
            self.reload()

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        self.xapp.worker_state_changed(event.worker)
