"""`zfxxgk ingest --engine ray` on a real local Ray: the database the embedded ingest writes from the same
files (versions and a bad file included), rerun idempotent, a run cut short finished by the next; and
the message when Ray is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.cli.read import iter_inputs
from zfxxgk.store.ingest import Writer, plan, unpacked
from zfxxgk.store.schema import PER_REPORT, connect
from zfxxgk.store.stage import batches, load_partition, write_partition
from zfxxgk.synth import synth_folder

runner = CliRunner()
SRC = Path(__file__).resolve().parents[1] / "src"
TABLES = ("reports", "agencies", "rechecks", "reviews", *PER_REPORT)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, the time of ingest left out."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            t: con.execute(
                f"SELECT * {'EXCLUDE (ingested_at)' if t == 'reports' else ''} FROM {t} ORDER BY ALL"
            ).fetchall()
            for t in TABLES
        }


def ingest(db: Path, folder: Path, *options: str) -> str:
    done = runner.invoke(app, ["ingest", "--db", str(db), "-j", "2", *options, str(folder)])
    assert done.exit_code == 1, done.output  # the broken file
    return done.output


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """The corpus and seed reports, 30 synthetic ones, a changed version of a seed, a copy of one and a
    broken PDF; and the database the embedded ingest writes from them."""
    folder = tmp_path_factory.mktemp("ray") / "in"
    for d in ("corpus", "seeds"):
        shutil.copytree(shared / d, folder / d, ignore=shutil.ignore_patterns("*.tsv"))
    synth_folder(30, folder / "synth", seed=11)
    for truth in (folder / "synth").glob("*.json"):
        truth.unlink()
    seed = shared / "seeds" / "002_704ecc0a55f17776.txt"
    (folder / "zz_changed.txt").write_text(seed.read_text(encoding="utf-8") + "\n（更正）\n", encoding="utf-8")
    shutil.copy(seed, folder / "zz_copy.txt")
    (folder / "zz_broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    assert "读入 49 份，无法读取 1 份，已在库中 1 份" in ingest(folder.parent / "embedded.duckdb", folder)
    return folder


def test_the_ray_engine_gives_the_embedded_tables(inputs: Path) -> None:
    pytest.importorskip("ray", reason="Ray is installed by the extra zfxxgk[ray]")
    db = inputs.parent / "ray.duckdb"
    assert "读入 49 份，无法读取 1 份" in ingest(db, inputs, "--engine", "ray", "--batch", "9")
    clean = dump(inputs.parent / "embedded.duckdb")
    assert dump(db) == clean
    versions = [v for (v,) in duckdb.connect(str(db), read_only=True).execute(
        "SELECT version FROM reports WHERE path LIKE '%002_704ecc0a55f17776.txt' OR path LIKE '%zz_%' ORDER BY id"
    ).fetchall()]  # fmt: skip
    assert versions == [1, None, 2]  # the copy is the seed's bytes: not a report of its own
    assert not (inputs.parent / "ray.duckdb.stage").exists()
    assert "已在库中 51 份" in runner.invoke(app, ["ingest", "--db", str(db), "--engine", "ray", str(inputs)]).output
    assert dump(db) == clean


def test_a_run_cut_short_is_finished_by_the_next(inputs: Path, tmp_path: Path) -> None:
    """The state a kill leaves: some partitions loaded, others staged, one half-written. The command run
    again (starting and stopping its own Ray) loads what is staged and reads the rest."""
    pytest.importorskip("ray", reason="Ray is installed by the extra zfxxgk[ray]")
    db, stage = tmp_path / "cut.duckdb", tmp_path / "cut.duckdb.stage"
    con = connect(db)
    with unpacked(iter_inputs([inputs], archives=True)) as found:  # as the command finds them
        parts = batches(plan(con, found), 9)
        writer = Writer(con)
        for batch in parts[:3]:
            folder, peak_kb = write_partition(batch, stage)
            assert peak_kb > 0
            if batch is parts[0]:
                load_partition(writer, folder)
                shutil.rmtree(folder)
    con.close()
    (stage / ".0123abcd.half").mkdir()
    command = [sys.executable, "-m", "zfxxgk.cli", "ingest", "--db", str(db), "--engine", "ray", "--batch", "9",
               "-j", "2", str(inputs)]  # fmt: skip
    done = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert "读入 40 份，无法读取 1 份，已在库中 10 份" in done.stderr
    assert dump(db) == dump(inputs.parent / "embedded.duckdb")


def test_without_ray_the_engine_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared: Path) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as where it is not installed
    db = tmp_path / "none.duckdb"
    done = runner.invoke(app, ["ingest", "--db", str(db), "--engine", "ray", str(shared / "seeds")])
    assert done.exit_code == 2
    assert "pip install 'zfxxgk[ray]'" in done.output
    assert not db.exists()
