"""Provides the user's settings: the inspector's name and the user rules file.

Settings live in ``config.toml`` in the user config directory (platformdirs),
overridable with ``XUNCHA_CONFIG_DIR`` (tests use it to stay off the real home).
"""

from __future__ import annotations

import getpass
import os
import tomllib
from pathlib import Path
from typing import Any

ENV_CONFIG_DIR = "XUNCHA_CONFIG_DIR"


def config_dir() -> Path:
    if os.environ.get(ENV_CONFIG_DIR):
        return Path(os.environ[ENV_CONFIG_DIR]).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("xuncha", appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"


class ConfigError(Exception):
    """The user's config.toml cannot be read; the message names it, in Chinese."""


def load_config() -> dict[str, Any]:
    path = config_file()
    if not path.is_file():
        return {}
    try:
        # utf-8-sig: Windows Notepad may save the file with a byte order mark
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(f"设置文件 {path} 不是 UTF-8 文本，请用记事本另存为 UTF-8") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"设置文件 {path} 格式有误（TOML）：{error}") from None


def save_setting(key: str, value: str) -> None:
    """Set one top-level string setting, keeping the others."""
    settings = load_config()
    settings[key] = value
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{k} = {_toml_string(v)}" for k, v in settings.items() if isinstance(v, str)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def inspector_name() -> str:
    """Who is working: the configured name, else the login name."""
    name = load_config().get("inspector")
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "未署名"


def user_rules_file() -> Path:
    """A county's rules overrides, applied on top of the bundled defaults when present."""
    return config_dir() / "rules.toml"


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
