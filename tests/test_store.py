"""The corpus on real DuckDB files: `zfxxgk ingest` (the records' cells, by hash and by version, idempotent,
whole reports only after a kill -9, bad files recorded, a second writer turned away), `review`, `export`, `sql`."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.pipeline import parse_path
from zfxxgk.record import Record, where
from zfxxgk.store.agencies import agency_key
from zfxxgk.store.ingest import _member_name
from zfxxgk.store.schema import PER_REPORT, connect, label_rows, wide_view
from zfxxgk.synth import synth_folder
from zfxxgk.templates import TEMPLATES

runner = CliRunner()
SRC = Path(__file__).resolve().parents[1] / "src"


def ingest(db: Path, *paths: Path, code: int = 0) -> str:
    done = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", "1", *map(str, paths)])
    assert done.exit_code == code, done.output
    return done.output


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "agencies", *PER_REPORT)}


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in order, the time of ingest left out."""
    with duckdb.connect(str(db), read_only=True) as con:
        out = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("agencies", *PER_REPORT)}
        out["reports"] = con.execute("SELECT * EXCLUDE (ingested_at) FROM reports ORDER BY id").fetchall()
    return out


@pytest.fixture(scope="module")
def records(shared: Path) -> dict[str, Record]:
    """The record of each corpus and seed report, by path, as `parse` gives it."""
    files = [f for d in ("corpus", "seeds") for f in sorted((shared / d).iterdir()) if f.suffix != ".tsv"]
    return {str(f): parse_path(f) for f in files}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    ingest(db, shared / "corpus", shared / "seeds")
    return db


def test_the_corpus_cells_are_the_records_cells(corpus_db: Path, records: dict[str, Record]) -> None:
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        reports = con.execute("SELECT id, path, sha256, agency, year, template, error FROM reports").fetchall()
        assert len(reports) == len(records)
        for rid, path, sha, agency, year, template, error in reports:
            rec = records[path]
            assert (sha, agency, year, template, error) == (rec.source.sha256, *(rec.meta.agency, rec.meta.year),
                                                            rec.meta.template, None)  # fmt: skip
            rows = con.execute("SELECT cell, value, location FROM cells WHERE report = ?", [rid]).fetchall()
            assert {c: v for c, v, _ in rows} == rec.cells
            assert {c: loc for c, _, loc in rows} == {c: where(rec.provenance.get(c)) or None for c in rec.cells}
            n = con.execute(  # the checks across reports have their own tests
                "SELECT count(*) FROM findings WHERE report = ? AND NOT starts_with(rule, 'corpus.')", [rid]
            ).fetchone()[0]
            assert n == len(rec.findings)
            ind = con.execute("SELECT row, column_label, value, location FROM indicators WHERE report = ?", [rid])
            assert {(i, c): (v, loc) for i, c, v, loc in ind.fetchall()} == {
                (i, c): (v, where(rec.provenance.get(f"indicator.{i}.{c}")) or None)
                for i, r in enumerate(rec.indicators)
                for c, v in r.values.items()
            }


def test_a_pdf_cell_keeps_its_page_and_box(corpus_db: Path) -> None:
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        page, bbox = con.execute(
            "SELECT page, bbox FROM cells JOIN reports r ON r.id = report "
            "WHERE r.path LIKE '%r013.pdf' AND cell = 's3.total.total'"
        ).fetchone()
    assert page >= 1 and len(bbox) == 4


def test_a_database_made_before_indicators_kept_their_source_gains_the_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE indicators (report BIGINT NOT NULL, row INTEGER, label VARCHAR, unit VARCHAR, "
                    "column_label VARCHAR, value DOUBLE)")  # fmt: skip
        con.execute("INSERT INTO indicators VALUES (1, 0, '主动公开信息数', '条', '2011年度', 425)")
    connect(db).close()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT * FROM indicators").fetchall() == [
            (1, 0, "主动公开信息数", "条", "2011年度", 425.0, None, None, None, None)
        ]


def test_the_schema_is_the_templates(corpus_db: Path, shared: Path, records: dict[str, Record]) -> None:
    with duckdb.connect(str(corpus_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM labels").fetchone()[0] == len(label_rows())
        for t in TEMPLATES.values():
            if not t.cell_ids:
                continue
            cols = [d[0] for d in con.execute(f"SELECT * FROM {wide_view(t)} LIMIT 0").description]
            assert cols[7:] == list(t.cell_ids)
            headers = [r[0] for r in con.execute("SELECT label FROM labels WHERE template = ?", [t.id]).fetchall()]
            assert len(set(headers)) == len(t.cell_ids)  # a Chinese header names one cell
        total, granted = con.execute(
            'SELECT "s3.total.total", "s3.granted.total" FROM wide_2021 WHERE path LIKE \'%r013.txt\''
        ).fetchone()
    rec = records[str(shared / "corpus" / "r013.txt")]
    assert (total, granted) == (rec.cells["s3.total.total"], rec.cells["s3.granted.total"])
    assert isinstance(total, int)


def test_a_second_ingest_changes_nothing(corpus_db: Path, shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    shutil.copy(corpus_db, db)
    before = dump(db)
    assert "已在库中 18 份" in ingest(db, shared / "corpus", shared / "seeds")
    assert dump(db) == before


def test_a_changed_report_is_a_new_version_beside_the_old(shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "v.duckdb"
    original = shared / "seeds" / "002_704ecc0a55f17776.txt"
    ingest(db, original)
    changed = tmp_path / "changed.txt"
    changed.write_text(original.read_text(encoding="utf-8") + "\n（更正后重新发布）\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    shutil.copy(original, copy)
    ingest(db, changed, copy)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, agency_key, year, version FROM reports ORDER BY id").fetchall()
    assert [r[3] for r in rows] == [1, 2]  # the copy's bytes were already there
    assert rows[0][1:3] == rows[1][1:3] and rows[1][0] == str(changed)


def test_a_bad_file_is_recorded_and_the_batch_goes_on(shared: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    shutil.copy(shared / "seeds" / "000_ea55384e27f3ee43.txt", folder / "b.txt")
    db = tmp_path / "bad.duckdb"
    assert "无法读取 1 份" in ingest(db, folder, code=1)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT path, error_code, error IS NOT NULL, version FROM reports ORDER BY id").fetchall()
    assert rows[0][0].endswith("a_broken.pdf") and rows[0][1] and rows[0][2] and rows[0][3] is None
    assert rows[1][1] is None and rows[1][3] == 1
    ingest(db, folder)  # known bytes, bad or not, are not read again


def test_a_zip_of_reports_is_read_member_by_member(shared: Path, tmp_path: Path) -> None:
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(shared / "seeds" / "000_ea55384e27f3ee43.txt", "2020年/井沟.txt")
        zf.write(shared / "seeds" / "004_d1ed69b8ea7b905a.txt", "../金川.txt")
        zf.writestr("0000.json", "{}")
    db = tmp_path / "z.duckdb"
    ingest(db, tmp_path)  # a folder's archives are read too
    with duckdb.connect(str(db), read_only=True) as con:
        paths = [p for (p,) in con.execute("SELECT path FROM reports ORDER BY id").fetchall()]
    assert paths == [f"{archive}/../金川.txt", f"{archive}/2020年/井沟.txt"]  # in name order
    assert not (tmp_path.parent / "金川.txt").exists()


def test_a_member_name_written_in_gbk_is_read_so() -> None:
    info = zipfile.ZipInfo("2020年/井沟.txt".encode("gbk").decode("cp437"))
    assert _member_name(info) == "2020年/井沟.txt"


def test_a_second_writer_is_turned_away_untouched(shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    ingest(db, shared / "seeds" / "000_ea55384e27f3ee43.txt")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); "
         "time.sleep(60)"], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        done = runner.invoke(app, ["ingest", "--db", str(db), str(shared / "seeds")])
        assert done.exit_code == 3
        assert "正被另一个进程" in done.output and f"PID {holder.pid}" in done.output
    finally:
        holder.kill()
        holder.wait()
    assert counts(db)["reports"] == 1


def test_kill_9_then_rerun_gives_the_clean_database(tmp_path: Path) -> None:
    reports = tmp_path / "synth"
    synth_folder(40, reports, seed=7)
    clean = tmp_path / "clean.duckdb"
    ingest(clean, reports)
    killed = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "zfxxgk.cli", "ingest", "--db", str(killed), "-j", "1", "-q", str(reports)]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    rng = random.Random()
    for _ in range(1):  # killed at a random moment of reading or writing
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 2.2))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert subprocess.run(command, env=env, capture_output=True).returncode == 0
    assert dump(killed) == dump(clean)


def test_reports_commit_in_groups_and_an_interrupted_group_is_read_again(shared: Path, tmp_path: Path) -> None:
    """`write_all` commits the reports written within its window together: cut short, the database holds
    the groups committed before, whole, and the same ingest again gives the clean database."""
    from zfxxgk.store.ingest import Writer, plan, unpacked

    files = sorted((shared / "seeds").glob("*.txt"))
    clean = tmp_path / "clean.duckdb"
    ingest(clean, *files)

    def cut(db: Path, seconds: float, after: int) -> int:
        con = connect(db)
        with unpacked(files) as inputs:
            pending = plan(con, inputs)
            pairs = ((p, parse_path(p.input.file)) for p in pending)
            written = Writer(con).write_all(pairs, seconds=seconds)
            for _ in range(after):
                next(written)
            written.close()  # as a kill would: the open group is never committed
        n = con.execute("SELECT count(*) FROM reports").fetchone()[0]
        con.close()
        return n

    one_group = tmp_path / "one.duckdb"
    assert cut(one_group, seconds=3600, after=3) == 0
    each_alone = tmp_path / "alone.duckdb"
    assert cut(each_alone, seconds=0, after=3) == 2  # each report its own group; the third's still open
    for db in (one_group, each_alone):
        ingest(db, *files)
        assert dump(db) == dump(clean)


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("上海市人民政府办公室", "上海市政府办"),
        ("上海市 人民政府\u3000辦公室", "上海市政府办"),
        ("淮安市洪泽区人民政府(办公室)", "淮安市洪泽区政府（办）"),
        ("", None),
    ],
)
def test_an_agency_key_is_the_name_made_comparable(printed: str, key: str | None) -> None:
    assert agency_key(printed) == key


SEED = "000_ea55384e27f3ee43.txt"  # a seed with errors and warnings: 2 table.incomplete, a date, 2 value.implausible


def review_list(db: Path, *args: str) -> str:
    done = runner.invoke(app, ["review", "--db", str(db), *args], env={"COLUMNS": "400"})
    assert done.exit_code == 0, done.output
    return done.output


def test_a_review_mark_survives_reingest_and_a_new_version(shared: Path, tmp_path: Path) -> None:
    db, seed = tmp_path / "r.duckdb", shared / "seeds" / SEED
    ingest(db, seed)
    with duckdb.connect(str(db), read_only=True) as con:
        (fp,) = con.execute("SELECT fingerprint FROM findings WHERE rule = 'date.signed_before_period_end'").fetchone()
    done = runner.invoke(app, ["review", "--db", str(db), fp[:8], "--mark", "dismissed", "--comment", "落款为印发日期"])
    assert done.exit_code == 0 and "已排除" in done.output
    ingest(db, seed)
    changed = tmp_path / "changed.txt"
    changed.write_text(seed.read_text(encoding="utf-8") + "\n（更正）\n", encoding="utf-8")
    ingest(db, changed)
    listed = review_list(db, "--status", "dismissed")
    assert listed.count(fp) == 2 and listed.count("已排除：落款为印发日期") == 2  # both versions
    assert fp not in review_list(db, "--status", "open")
    assert runner.invoke(app, ["review", "--db", str(db), "ffffffffff", "--mark", "confirmed"]).exit_code == 1


def test_a_rule_switched_off_by_the_config_is_left_out_and_named(shared: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    ingest(db, shared / "seeds" / SEED)
    (tmp_path / "zfxxgk.toml").write_text('[rules]\noff = ["value.implausible"]\n', encoding="utf-8")
    listed = review_list(db)
    assert "value.implausible" in listed.splitlines()[-1] and "table.incomplete" in listed
    assert "value.implausible" not in "\n".join(listed.splitlines()[:-1])
    out = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--to", "csv", "-o", str(out)]).exit_code == 0
    with open(out / "汇总.csv", encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["错误数"], row["警告数"], row["已关闭的规则"]) == ("3", "0", "value.implausible")


def test_the_workbook_holds_every_cell_as_read(corpus_db: Path, records: dict[str, Record], tmp_path: Path) -> None:
    book = tmp_path / "汇总.xlsx"
    assert runner.invoke(app, ["export", "--db", str(corpus_db), "--to", "xlsx", "-o", str(book)]).exit_code == 0
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["汇总", "问题", "表格2019", "表格2021", "统计表"]
    summary = wb["汇总"]
    assert summary.freeze_panes == "B2" and summary.auto_filter.ref == summary.dimensions
    header = [c.value for c in summary[1]]
    for row in summary.iter_rows(min_row=2):
        values = dict(zip(header, (c.value for c in row), strict=True))
        rec = records[values["文件"]]
        errors = sum(f.severity.value == "error" for f in rec.findings)
        assert (values["机关"], values["年度"], values["错误数"]) == (rec.meta.agency, rec.meta.year, errors)
        assert (row[0].fill.fgColor.rgb == "00FFC7CE") == (errors > 0)
    for template in ("2019", "2021"):
        sheet = wb[f"表格{template}"]
        header = [c.value for c in sheet[1]]
        labels = {r[-1]: r[1] for r in label_rows() if r[0] == template}  # Chinese header → cell id
        assert header[6:] == list(labels)
        for row in sheet.iter_rows(min_row=2, values_only=True):
            with duckdb.connect(str(corpus_db), read_only=True) as con:
                (path,) = con.execute("SELECT path FROM reports WHERE id = ?", [row[0]]).fetchone()
            cells = records[path].cells
            assert {labels[h]: v for h, v in zip(header[6:], row[6:], strict=True) if labels[h] in cells} == cells
            assert all(v is None for h, v in zip(header[6:], row[6:], strict=True) if labels[h] not in cells)


def test_parquet_and_sql_give_the_records_back(
    corpus_db: Path, shared: Path, records: dict[str, Record], tmp_path: Path
) -> None:
    out = tmp_path / "pq"
    assert runner.invoke(app, ["export", "--db", str(corpus_db), "--to", "parquet", "-o", str(out)]).exit_code == 0
    findings = pq.read_table(out / "问题.parquet").to_pylist()
    rec = records[str(shared / "corpus" / "r024.md")]
    assert [f["规则"] for f in findings if f["报告编号"] == 13] == [f.rule for f in rec.findings]
    table = pq.read_table(out / "表格2021.parquet").to_pylist()
    label = next(lb for t, c, *_, lb in label_rows() if t == "2021" and c == "s3.total.total")
    assert next(r[label] for r in table if r["编号"] == 13) == rec.cells["s3.total.total"]
    shown = runner.invoke(app, ["sql", "--db", str(corpus_db), "SELECT count(*) AS n FROM reports"])
    assert shown.exit_code == 0 and "18" in shown.output
    query = tmp_path / "q.parquet"
    done = runner.invoke(
        app, ["sql", "--db", str(corpus_db), "SELECT agency FROM reports;", "--to", "parquet", "-o", str(query)]
    )
    assert done.exit_code == 0 and len(pq.read_table(query)) == 18
    assert runner.invoke(app, ["sql", "--db", str(corpus_db), "SELECT * FROM nowhere"]).exit_code == 1


def test_compare_sets_an_agencys_years_side_by_side(corpus_db: Path, shared: Path, records: dict[str, Record]) -> None:
    done = runner.invoke(app, ["compare", "--db", str(corpus_db), "--format", "json", "平潭综合实验区"])
    assert done.exit_code == 0, done.output
    found = json.loads(done.stdout)
    assert [r["year"] for r in found["reports"]] == [2019, 2021]
    old, new = (records[str(shared / "corpus" / name)].cells for name in ("r009.txt", "r010.txt"))
    by_cell = {c["cell"]: c for c in found["cells"]}
    assert set(by_cell) == set(old) | set(new)
    for cell, c in by_cell.items():
        assert c["values"] == {"2019": old.get(cell), "2021": new.get(cell)}
        both = old.get(cell) is not None and new.get(cell) is not None
        assert c["changes"] == {"2021": new[cell] - old[cell] if both else None}
    assert by_cell["s3.received.total"]["label"] == "一、本年新收政府信息公开申请数量·总计"
    shown = runner.invoke(app, ["compare", "--db", str(corpus_db), "平潭综合实验区"], env={"COLUMNS": "200"})
    assert "70 (+47)" in shown.output and "2021（第1版）" in shown.output
    assert runner.invoke(app, ["compare", "--db", str(corpus_db), "无此机关"]).exit_code == 1


def test_compare_takes_the_latest_version_of_a_year(corpus_db: Path) -> None:
    done = runner.invoke(app, ["compare", "--db", str(corpus_db), "-f", "json", "淮安市 人民政府"])
    (report,) = json.loads(done.stdout)["reports"]
    assert (report["year"], report["version"]) == (2024, 2) and report["path"].endswith("r013.txt")


_NAME_PARTS = st.lists(
    st.sampled_from(["淮安市", "洪泽区", "人民政府", "政府", "办公室", "辦公室", "財政局", "（", "）"])
)


@given(_NAME_PARTS, st.lists(st.sampled_from([" ", "\u3000", "\n"]), max_size=3))
def test_an_agency_key_ignores_spacing_and_is_its_own_key(parts: list[str], spaces: list[str]) -> None:
    name = "".join(parts)
    spaced = "".join(p + (spaces[i % len(spaces)] if spaces else "") for i, p in enumerate(parts))
    assert agency_key(spaced) == agency_key(name)
    assert agency_key(agency_key(name)) == agency_key(name)
