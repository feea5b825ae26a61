"""Many reports at once: the same records as one by one, in input order, a bad file only its own error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zfxxgk import batch, parse_many
from zfxxgk.cli.read import _with_progress
from zfxxgk.record import Record


def inputs(shared: Path, tmp_path: Path) -> list[Path]:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + os.urandom(300))
    texts = sorted((shared / "corpus-new").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    return [texts[0], bad, *texts[1:], tmp_path / "absent.txt"]


def test_workers_give_the_records_one_process_gives_in_the_same_order(shared: Path, tmp_path: Path) -> None:
    paths = inputs(shared, tmp_path)
    one = [r.dumps() for r in parse_many(paths, jobs=1)]
    two = [r.dumps() for r in parse_many(paths, jobs=2)]
    assert two == one
    assert [Path(r.source.path).name for r in parse_many(paths, jobs=2)] == [p.name for p in paths]
    errors = [r.error.code if r.error else None for r in parse_many(paths, jobs=2)]
    assert errors[1] == "corrupt" and errors[-1] is not None and errors.count(None) == len(paths) - 2


def _dies_on_crash(path: str | Path, deadlines=None, trace=None) -> Record:
    if Path(path).name == "crash.txt":
        os._exit(1)  # a worker killed mid-file, as by the out-of-memory killer
    return batch.parse_path(path, deadlines)


@pytest.mark.skipif(sys.platform != "linux", reason="workers that inherit a patched function need fork")
def test_a_worker_that_dies_fails_its_file_and_the_batch_goes_on(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "parse_one", _dies_on_crash)
    crash = tmp_path / "crash.txt"
    crash.write_text("x")
    paths = sorted((shared / "seeds").glob("*.txt"))
    got = list(batch.parse_many([paths[0], crash, *paths[1:]], jobs=2))
    assert got[1].error is not None and got[1].error.code == "internal"
    assert [r.error for i, r in enumerate(got) if i != 1] == [None] * len(paths)


def test_the_progress_bar_passes_every_record_through_in_order(shared: Path) -> None:
    recs = list(parse_many(sorted((shared / "seeds").glob("*.txt")), jobs=1))
    assert list(_with_progress(iter(recs), len(recs))) == recs


def test_the_command_line_with_two_jobs_prints_what_one_job_prints(shared: Path) -> None:
    zfxxgk = Path(sys.executable).with_name("zfxxgk")
    out = [
        subprocess.run(
            [str(zfxxgk), "parse", "-f", "json", "-j", j, str(shared / "corpus")], capture_output=True, check=False
        ).stdout
        for j in ("1", "2")
    ]
    assert out[0] == out[1] and out[0].count(b"\n") == sum(
        1 for p in (shared / "corpus").iterdir() if p.suffix != ".tsv"
    )


def _on_a_terminal(args: list[str], out: Path) -> bytes:
    """What a terminal on standard error showed while the command line ran with `args`, its standard
    output going to the file `out`."""
    import pty

    master, slave = pty.openpty()
    with out.open("wb") as stdout:
        proc = subprocess.Popen([sys.executable, "-m", "zfxxgk.cli", *args], stdout=stdout, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    proc.wait()
    os.close(master)
    return shown


@pytest.mark.skipif(sys.platform != "linux", reason="a pseudo-terminal")
def test_with_a_bar_on_the_terminal_the_records_still_go_to_standard_output(shared: Path, tmp_path: Path) -> None:
    paths = [str(p) for p in sorted((shared / "seeds").glob("*.txt"))[:3]]
    shown = _on_a_terminal(["parse", "-f", "json", "-j", "1", *paths], tmp_path / "out.jsonl")
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == paths
    assert b'"source"' not in shown
