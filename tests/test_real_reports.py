"""The real reports in ../shared, scored with the project's scorer: every cell, meta field,
indicator and required finding right, nothing guessed, no false finding."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TEXT_FORMS = {".txt", ".md"}


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


def test_text_forms_of_the_corpus_are_perfect(shared: Path, tmp_path: Path) -> None:
    forms = [p for p in (shared / "corpus").iterdir() if p.suffix in TEXT_FORMS]
    for p in forms:
        shutil.copy(p, tmp_path / p.name)
    gold = tmp_path.parent / f"{tmp_path.name}-gold"  # gold for the text forms only
    gold.mkdir()
    for p in forms:
        shutil.copy(shared / "gold" / "corpus" / f"{p.stem}.json", gold / f"{p.stem}.json")
    out = _score(shared, str(gold), tmp_path)
    n = len({p.stem for p in forms})
    assert f"files perfect {n}/{n}" in out, out
    assert "false findings 0 · guessed 0" in out
