"""Allows ``python -m xuncha``."""

import sys

from xuncha.cli import main

sys.exit(main())
