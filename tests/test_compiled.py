"""The compiled build (`make compiled`: the table readers as C extensions, by mypyc) reads every report as the
pure-Python source does. `make test` runs this file with the build first on the path (ZFXXGK_COMPILED=1);
elsewhere it is skipped."""

from __future__ import annotations

import gc
import json
import os
import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import zfxxgk.extract.tables
from zfxxgk.document import Document
from zfxxgk.load.text import decode
from zfxxgk.pipeline import parse_bytes, parse_document
from zfxxgk.render.noise import NOISE, NOISY_LAYOUTS, write_noisy
from zfxxgk.synth import random_report

SRC = Path(__file__).resolve().parents[1] / "src"
N = 300  # damaged reports compared

pytestmark = pytest.mark.skipif(
    os.environ.get("ZFXXGK_COMPILED") != "1", reason="run by `make test` with the compiled build on the path"
)


def records_json(n: int) -> str:
    """The records read from `n` random reports, each in a random layout with random damage, as JSON."""
    out = []
    names = sorted(NOISE)
    for seed in range(n):
        rng = random.Random(seed)
        record = random_report(rng)
        layout = rng.choice(NOISY_LAYOUTS)
        written = write_noisy(record, layout, rng.sample(names, rng.randint(1, 6)), seed)
        data = written if isinstance(written, bytes) else written.encode()
        name = {"docx": "report.docx", "html": "report.html"}.get(layout, "report.txt")
        got = parse_bytes(data, name).to_json()
        got["source"].pop("sha256")  # a Word file's bytes hold the time it was written
        out.append(got)
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def test_the_readers_are_compiled() -> None:
    assert Path(zfxxgk.extract.tables.__file__).suffix == ".so"


def test_it_reads_as_the_source_does() -> None:
    here = Path(__file__).parent
    code = (
        f"import sys; sys.path[:0] = [{str(SRC)!r}, {str(here)!r}]; import zfxxgk.extract.tables as t; "
        f"assert t.__file__.endswith('.py'), t.__file__; import test_compiled; print(test_compiled.records_json({N}))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    source = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    compiled = json.loads(records_json(N))
    assert compiled == json.loads(source.stdout)


def real_texts(shared: Path) -> list[str]:
    """Every real report published as text or Markdown, decoded."""
    files = [p for d in ("seeds", "corpus", "corpus-new") for p in sorted((shared / d).iterdir())]
    return [decode(p.read_bytes()) for p in files if p.suffix in (".txt", ".md")]


def test_a_parse_keeps_no_reference_to_its_document(shared: Path) -> None:
    # C code that counts a reference it never drops keeps every report ever read alive
    for text in real_texts(shared):
        doc = Document(text)
        parse_document(doc)
        gc.collect()
        held = sys.getrefcount(doc)
        for _ in range(5):
            parse_document(doc)
        gc.collect()
        assert sys.getrefcount(doc) == held


def test_parsing_again_and_again_takes_no_more_memory(shared: Path) -> None:
    texts = real_texts(shared)
    tracemalloc.start()  # before the caches fill, so that what they let go of is counted too
    try:
        grown = []
        for _ in range(8):
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            for text in texts:
                parse_document(Document(text))
            gc.collect()
            grown.append(tracemalloc.get_traced_memory()[0] - before)
    finally:
        tracemalloc.stop()
    # the first rounds fill the caches; after them a round over the same reports keeps nothing
    assert sum(grown[4:]) < 8 * 1024, f"bytes kept by each round of {len(texts)} parses: {grown}"
