"""Which font families this machine has, so that a document names ones it can show."""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Every family name fontconfig lists, each of a font's names (仿宋 and FangSong); empty where
    fontconfig is not installed (Windows, macOS), where documents keep the form's own names."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return frozenset()
    try:
        out = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(",") if name.strip())
