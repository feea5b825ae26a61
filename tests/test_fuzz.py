"""The real reports mutated (tests/fuzz.py): each case gives a record within its time bound. A small
budget here; `make fuzz` runs thousands of cases. The run is a subprocess bounded in time and memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).with_name("fuzz.py")
CASES = int(os.environ.get("ZFXXGK_FUZZ_CASES", "40"))
SEED = int(os.environ.get("ZFXXGK_FUZZ_SEED", "0"))


@pytest.mark.slow
def test_mutated_real_reports_give_records() -> None:
    done = subprocess.run(
        [sys.executable, str(FUZZ), "--cases", str(CASES), "--seed", str(SEED)],
        capture_output=True,
        text=True,
        timeout=60 + 15 * CASES,  # a bound for a hang, far above the few seconds a case takes at most
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == f"{CASES} cases, 0 failed"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "case"),
    [
        (0, 39),  # 100,000 其中 in one sentence: each list's end was sought among all the openers after it
        (2, 197),  # a line of thousands of numbers: each was handed the whole line before it
        (4, 524),  # control characters in a page nested deep enough to be unwrapped
        (6, 2736),  # a row of 100,000 blank cells, trimmed one slice at a time
        (7, 1991),  # a PDF whose title is broken UTF-16
        (7, 1299),  # a line of 100,000 empty cells between pipes, each asking whether the line holds a number
    ],
)
def test_cases_once_found_are_read(seed: int, case: int) -> None:
    done = subprocess.run(
        [sys.executable, str(FUZZ), "--seed", str(seed), "--only", str(case)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_case_is_the_same_for_the_same_seed() -> None:
    sys.path.insert(0, str(FUZZ.parent))
    import fuzz

    sources = [("a.txt", "一、总体情况\n本年新收政府信息公开申请数量 12 件。\n".encode() * 20)]
    assert fuzz.case(3, 7, sources) == fuzz.case(3, 7, sources)
    done = {m for n in range(50) for m in fuzz.case(n, 7, sources)[2].split("+")}
    assert done == {m.__name__ for m in fuzz.MUTATIONS}
