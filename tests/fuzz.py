"""A seeded mutator over the real reports in ../shared: byte flips, truncation, huge numbers and lines,
control characters, surrogates, bytes that sniff as PDF, ZIP, OLE, PNG or CSV, repeated and spliced
stretches. Each case must give a record — a result, or `error` with a documented code, never `internal`
— that writes out as valid UTF-8 JSON, within a bound of CPU time.

    python tests/fuzz.py --cases 2000 --seed 7 [--keep DIR]
    python tests/fuzz.py --seed 7 --only 123     # one case again

prints one line per failing case (what was done to which report, and what went wrong) and exits 1 if
there was any; `--keep` saves each failing input. The suite runs a small budget (tests/test_fuzz.py);
`make fuzz` a long one."""

from __future__ import annotations

import argparse
import random
import re
import resource
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import SHARED

FOLDERS = ("seeds", "corpus", "corpus-new")
README = Path(__file__).resolve().parents[1] / "README.md"
# The error codes the README lists for bad input ("…never a traceback: `empty`, … A folder is parsed"),
# but `internal`, which is a defect.
_LISTED = README.read_text(encoding="utf-8").split("never a traceback:")[1].split("A folder is parsed")[0]
CODES = frozenset(re.findall(r"`([a-z_]+)`", _LISTED)) - {"internal"}
CASE_SECONDS = 5  # CPU seconds: a damaged text report of a few hundred KB is read in about one
PDF_SECONDS = 30  # a damaged PDF of up to 48 pages, at about 0.15 s a page
MEMORY = 3 * 1024**3  # bytes of address space for the whole run
PREFIXES = (
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x89PNG\r\n\x1a\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<html><meta charset=iso-8859-1>",
)

Mutation = Callable[[bytes, random.Random, list[bytes]], bytes]


def _at(data: bytes, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def flip(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    out = bytearray(data)
    for _i in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] ^= rng.randrange(1, 256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    return data[: _at(data, rng)]


def huge_number(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    digits = "".join(rng.choice("0123456789") for _i in range(rng.choice((16, 300, 2000, 5000))))
    sep = rng.choice(("", " ", ".", "\n", "|"))
    pos = _at(data, rng)
    return data[:pos] + sep.join([digits]).encode() + data[pos:]


def huge_line(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    unit = rng.choice((b"1 ", b"12 ", b"0.", "其中".encode(), "规章".encode(), b"| ", b"x", "、".encode()))
    pos = _at(data, rng)
    return data[:pos] + unit * rng.choice((1000, 20_000, 100_000)) + data[pos:]


def control(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    out = bytearray(data)
    for _i in range(rng.randint(1, 50)):
        out.insert(rng.randrange(len(out) + 1), rng.choice((*range(0x20), 0x7F)))
    return bytes(out)


def surrogate(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    pos = _at(data, rng)
    return data[:pos] + rng.choice((b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xff", b"\xc3", b"\xe6\x94")) + data[pos:]


def sniff_as(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    if rng.random() < 0.3:  # a sheet: every space and tab a comma, maybe a lone carriage return
        data = data.replace(b" ", b",").replace(b"\t", b",")
        return data.replace(b"\n", b"\r", 1) if rng.random() < 0.5 else data
    return rng.choice(PREFIXES) + data


def repeat(data: bytes, rng: random.Random, _: list[bytes]) -> bytes:
    start = _at(data, rng)
    piece = data[start : start + rng.randint(1, 400)]
    return data[:start] + piece * rng.choice((10, 200, 2000)) + data[start:]


def splice(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    other = rng.choice(others)
    start = _at(other, rng)
    pos = _at(data, rng)
    return data[:pos] + other[start : start + rng.randint(1, 5000)] + data[pos:]


MUTATIONS: tuple[Mutation, ...] = (flip, truncate, huge_number, huge_line, control, surrogate, sniff_as, repeat, splice)


def reports() -> list[Path]:
    """The real reports, text forms and HTML before PDFs (a PDF case costs a hundred text cases)."""
    found = [
        p
        for folder in FOLDERS
        for p in sorted((SHARED / folder).glob("*"))
        if p.is_file() and p.suffix in (".txt", ".md", ".html", ".pdf")
    ]
    return sorted(found, key=lambda p: p.suffix == ".pdf")


def case(n: int, seed: int, sources: list[tuple[str, bytes]]) -> tuple[str, bytes, str]:
    """Case `n` of the run with `seed`: the report's name, the mutated bytes, what was done."""
    rng = random.Random(seed * 1_000_003 + n)
    texts = [s for s in sources if not s[0].endswith(".pdf")]
    name, data = rng.choice(sources if rng.random() < 0.05 else texts)
    done = []
    for mutation in rng.sample(MUTATIONS, rng.randint(1, 3)):
        data = mutation(data, rng, [d for _, d in texts])
        done.append(mutation.__name__)
    return name, data, "+".join(done)


class _Late(BaseException):
    """Raised in the case's code when its time is up; not an Exception, so no reader's handler takes it."""


def _late(signum: int, frame: object) -> None:
    raise _Late


def judge(name: str, data: bytes) -> str | None:
    """Why the case fails, or None. Time is CPU time, so a busy machine does not fail a case."""
    from zfxxgk import parse_bytes

    bound = PDF_SECONDS if name.endswith(".pdf") else CASE_SECONDS
    signal.signal(signal.SIGPROF, _late)
    signal.setitimer(signal.ITIMER_PROF, bound)
    try:
        rec = parse_bytes(data, name)
        rec.dumps().encode("utf-8")
    except _Late:
        return f"over {bound} s of CPU time"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:300]
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    if rec.error is not None and rec.error.code not in CODES:
        return f"error {rec.error.code}: {rec.error.message}"[:300]
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", type=int, help="run this case of the seed alone")
    ap.add_argument("--keep", type=Path, help="folder to save each failing input in")
    args = ap.parse_args(argv)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    sources = [(p.name, p.read_bytes()) for p in reports()]
    failures = 0
    cases = [args.only] if args.only is not None else range(args.cases)
    for n in cases:
        name, data, done = case(n, args.seed, sources)
        why = judge(name, data)
        if why is None:
            continue
        failures += 1
        print(f"case {n} (seed {args.seed}): {done} on {name} ({len(data)} bytes): {why}", flush=True)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"seed{args.seed}_case{n}_{name}").write_bytes(data)
    print(f"{len(cases)} cases, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
