"""Parsing speed and peak memory: the seeds and the text corpus, repeated to N reports, on one core.

Usage: python bench/bench.py [--n 10000]
Prints reports per second (one process, so per core) and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from zfxxgk.document import Document
from zfxxgk.load.text import decode
from zfxxgk.pipeline import parse_document

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000, help="how many reports to parse")
    n = ap.parse_args().n
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        p for p in (SHARED / "corpus").iterdir() if p.suffix in (".txt", ".md")
    )
    texts = [decode(p.read_bytes()) for p in files]
    parse_document(Document(texts[0]))  # warm caches (OpenCC, compiled patterns)
    chars = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = texts[i % len(texts)]
        parse_document(Document(text))
        chars += len(text)
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text: {n} reports ({len(texts)} distinct) in {dt:.2f} s")
    print(f"text: {n / dt:,.0f} reports/s per core, {chars / dt / 1e6:.1f} M chars/s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
