"""The real reports in ../shared, scored with the project's scorer: every cell, meta field,
indicator and required finding right, nothing guessed, no false finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _score(shared: Path, gold: str, files: Path) -> str:
    zfxxgk = Path(sys.executable).with_name("zfxxgk")
    proc = subprocess.run(
        [
            sys.executable,
            str(shared / "tools" / "score.py"),
            "--gold",
            str(shared / "gold" / gold),
            "--files",
            str(files),
            "--cmd",
            f"{zfxxgk} parse --format json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_seeds_are_perfect(shared: Path) -> None:
    out = _score(shared, "seeds", shared / "seeds")
    assert "files perfect 5/5" in out, out
    assert "false findings 0 · guessed 0" in out


def test_every_form_of_the_corpus_is_perfect(shared: Path) -> None:
    """Text, Markdown, web pages and PDFs alike."""
    out = _score(shared, "corpus", shared / "corpus")
    gold = shared / "gold" / "corpus"
    n = sum(1 for p in (shared / "corpus").iterdir() if (gold / f"{p.stem}.json").exists())
    assert f"files perfect {n}/{n}" in out, out
    assert "false findings 0 · guessed 0" in out


def test_the_reports_that_once_failed_are_perfect(shared: Path) -> None:
    """County web text and pre-2019 统计表 in the forms that first failed: stray spaces in glued rows, a
    report whose totals do not add up, broken header words, a one-line 统计表, a heading glued to a row."""
    out = _score(shared, "corpus-new", shared / "corpus-new")
    n = sum(1 for p in (shared / "corpus-new").iterdir() if p.suffix != ".tsv")
    assert f"files perfect {n}/{n}" in out, out
    assert "false findings 0 · guessed 0" in out
