"""Metadata sweep: random synthetic reports (`zfxxgk.synth`) written in every noisy layout with the noises
that print metadata (title, signature and page forms, a site's catalog, a crawled page) alone and combined,
each parsed back and its agency, year, published and signed dates and level compared with the truth.

Usage: python bench/meta_sweep.py [-n DRAWS] [--seed S] [--show FIELD] [--limit K]
Prints, per field, how many came back wrong and how many null, and per layout and noise the wrong ones;
with --show FIELD, the first K wrong values of FIELD with what was printed around them.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from itertools import combinations

from zfxxgk import parse_bytes, parse_text
from zfxxgk.render.noise import NOISY_LAYOUTS, write_noisy
from zfxxgk.synth import random_report

META_NOISES = (
    "title_forms",
    "signature_forms",
    "signature_dates",
    "page_metadata",
    "crawler_page",
    "page_forms",
    "pdf_page_forms",
)
FIELDS = ("agency", "year", "published", "signed", "level")
# page_forms, page_metadata and pdf_page_forms each print a whole page of their own: no two of them
PAGES = {"page_forms", "page_metadata", "pdf_page_forms"}
COMBINATIONS = [c for k in (1, 2, 3) for c in combinations(META_NOISES, k) if len(PAGES & set(c)) < 2]


def draws(n: int, seed: int) -> list[tuple[int, str, tuple[str, ...]]]:
    """`n` (seed, layout, noises) triples drawn from `seed`."""
    rng = random.Random(seed)
    return [(rng.randrange(1 << 30), rng.choice(NOISY_LAYOUTS), rng.choice(COMBINATIONS)) for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", choices=FIELDS)
    ap.add_argument("--nulls", action="store_true", help="with --show, the nulls instead of the wrong values")
    ap.add_argument("--limit", type=int, default=5)
    args = ap.parse_args()
    wrong, null, by_case = Counter(), Counter(), Counter()
    shown = 0
    for seed, layout, noise in draws(args.n, args.seed):
        rec = random_report(random.Random(seed))
        out = write_noisy(rec, layout, noise, seed)
        if isinstance(out, bytes):
            got = parse_bytes(out, "report.docx")
        else:
            got = parse_bytes(out.encode(), "report.html") if layout == "html" else parse_text(out)
        for field in FIELDS:
            want, have = getattr(rec.meta, field), getattr(got.meta, field)
            if have == want:
                continue
            (null if have is None else wrong)[field] += 1
            if have is not None:
                by_case[(field, layout, "+".join(noise))] += 1
            if field == args.show and (have is None) == args.nulls and shown < args.limit:
                shown += 1
                print(f"--- {field}: want {want!r} got {have!r}  seed={seed} layout={layout} noise={noise}")
                if isinstance(out, str):
                    print(out[:1500] if field != "signed" else out[-1500:])
    print(f"{args.n} draws")
    for field in FIELDS:
        print(f"{field:10} wrong {wrong[field]:4}  null {null[field]:4}")
    for (field, layout, noise), k in by_case.most_common(20):
        print(f"  wrong {field} {layout} {noise}: {k}")


if __name__ == "__main__":
    main()
