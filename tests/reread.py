"""What tests that read the real reports again after a change share: that the change alters nothing read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from zfxxgk import parse_text
from zfxxgk.load.text import decode


def assert_read_alike(shared: Path, change: Callable[[str], str], suffixes: tuple[str, ...] = (".txt", ".md")) -> None:
    """Each real text report (of `suffixes`) read as printed and as `change` makes it: the same cells, 统计表
    values, metadata and findings."""
    for path in sorted(p for d in ("seeds", "corpus", "corpus-new") for p in (shared / d).iterdir()):
        if path.suffix not in suffixes:
            continue
        text = decode(path.read_bytes())
        plain, changed = parse_text(text), parse_text(change(text))
        assert changed.cells == plain.cells, path.name
        assert [i.values for i in changed.indicators] == [i.values for i in plain.indicators], path.name
        assert changed.meta == plain.meta, path.name
        assert [(f.rule, f.cells) for f in changed.findings] == [(f.rule, f.cells) for f in plain.findings], path.name
