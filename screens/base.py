"""Provides XunchaScreen: the frame every main screen shares.

A main screen has the navigation bar on top and the footer below, knows the
store through the app, reloads when its data went stale (the app sets
``stale`` after an import, a scan or a notebook change) and hands the errors
of its workers to the app's one error handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker

from xuncha.store import Store

if TYPE_CHECKING:
    from screens.app import XunchaApp


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
