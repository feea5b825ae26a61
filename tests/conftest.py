"""Shared fixtures: where the real reports are, and a Chinese font to draw with."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]


def cjk_font() -> str | None:
    """A font file with Chinese characters, if the machine has one (CI: apt-get install fonts-wqy-microhei)."""
    for path in _FONTS:
        if Path(path).exists():
            return path
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    files = [ln.split(":")[0].strip() for ln in out.splitlines() if ln.strip()]
    return files[0] if files else None


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the reference reports are expected at {SHARED}")
    return SHARED
