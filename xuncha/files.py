"""Provides owner-only, all-or-nothing file writing for what xuncha hands out.

Exports and bundles name people and amounts: they are created readable by
their owner only (0600) from the start, written beside the target and
renamed over it, so that a half-written file never replaces a good one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable


def write_private(path: str | os.PathLike[str], write: Callable[[BinaryIO], None], *,
                  prefix: str = ".xuncha-") -> Path:
    """Call ``write`` on a private temporary file beside ``path``, then move it into place."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target
