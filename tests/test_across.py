"""The checks across reports on real DuckDB files: carry-over between an agency's years, a year missing
from its series and narrative copied from last year or a sibling body — each firing on both reports and
silent when the cause is absent or goes, the same on every re-run, under review marks that stay, and left
out when the config switches the rule off."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from test_carry_over import consecutive
from zfxxgk.checks.across import COPIED, MIN_CHARS, share_copied, shingles, similarity
from zfxxgk.cli import app
from zfxxgk.record import Record, SectionText
from zfxxgk.render import render
from zfxxgk.store.review import Config, findings_query
from zfxxgk.synth import synth_record

pytestmark = pytest.mark.filterwarnings("ignore:identity")  # a changed carried-in cell breaks a balance
runner = CliRunner()
YAOHAI, SHUSHAN, BAOHE = "安徽省合肥市瑶海区人民政府", "安徽省合肥市蜀山区人民政府", "安徽省合肥市包河区人民政府"
WORDS = "公开申请办理政策解读平台建设制度完善培训督查考核网站栏目依申请主动答复复议诉讼规范文件清理会议发布信息"


def report(agency: str, year: int, seed: int = 0, section5: str | None = None) -> Record:
    rec = synth_record(random.Random(seed), "2021", year, "区县")
    rec.meta.agency = agency
    if section5 is not None:
        rec.sections["5"] = SectionText(rec.sections["5"].title, section5)
    return rec


def prose(seed: int, n: int = 60) -> str:
    """A long section of made-up sentences with figures."""
    rng = random.Random(seed)
    return "。".join("".join(rng.sample(WORDS, 6)) + f"{rng.randint(1, 99)}件" for _ in range(n)) + "。"


def ingest(db: Path, folder: Path, *records: Record) -> None:
    folder.mkdir(exist_ok=True)
    for rec in records:
        name = f"{rec.meta.agency}-{rec.meta.year}-{len(list(folder.iterdir()))}.txt"
        (folder / name).write_text(str(render(rec, "txt")), encoding="utf-8")
    done = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", "1", "--quiet", str(folder)])
    assert done.exit_code == 0, done.output


def found(db: Path, rule: str) -> list[tuple[str, int, tuple[str, ...], str]]:
    """(agency, year, cells, message) of each finding under `rule`."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT r.agency, r.year, f.cells, f.message FROM findings f JOIN reports r ON r.id = f.report "
            "WHERE f.rule = ? ORDER BY ALL",
            [rule],
        ).fetchall()
    return [(a, y, tuple(c), m) for a, y, c, m in rows]


def corpus_findings(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM findings WHERE starts_with(rule, 'corpus.') ORDER BY ALL").fetchall()


def test_carry_over_fires_on_both_reports_and_not_when_the_years_agree(tmp_path: Path) -> None:
    prev, cur = consecutive("2021")
    bad_prev, bad_cur = consecutive("2021")
    prev.meta.agency = cur.meta.agency = YAOHAI
    bad_prev.meta.agency = bad_cur.meta.agency = "浙江省杭州市人民政府"
    bad_cur.cells["s3.carried_in.natural_person"] += 1
    db = tmp_path / "c.duckdb"
    ingest(db, tmp_path / "in", prev, cur, bad_prev, bad_cur)
    rows = found(db, "corpus.carry_over")
    assert [(a, y, c) for a, y, c, _ in rows] == [
        ("浙江省杭州市人民政府", 2021, ("s3.carried_forward.natural_person",)),
        ("浙江省杭州市人民政府", 2022, ("s3.carried_in.natural_person",)),
    ]
    expected = bad_cur.cells["s3.carried_in.natural_person"]
    assert all(f"s3.carried_in.natural_person = {expected}" in m for *_, m in rows)
    assert "2022 年报告" in rows[0][3] and "2021 年报告" in rows[1][3]  # each names the other


def test_a_gap_in_a_series_fires_on_both_sides_and_goes_when_the_year_comes(tmp_path: Path) -> None:
    db, folder = tmp_path / "c.duckdb", tmp_path / "in"
    ingest(db, folder, report(YAOHAI, 2020, 1), report(YAOHAI, 2022, 2), report("浙江省杭州市人民政府", 2021, 3),
           report("浙江省杭州市人民政府", 2022, 4))  # fmt: skip
    rows = found(db, "corpus.missing_year")
    assert [(a, y) for a, y, *_ in rows] == [(YAOHAI, 2020), (YAOHAI, 2022)]
    assert all("缺 2021 年度" in m for *_, m in rows)
    ingest(db, folder, report(YAOHAI, 2021, 5))
    assert found(db, "corpus.missing_year") == []


def test_copied_narrative_fires_against_last_year_and_a_sibling_but_not_boilerplate(tmp_path: Path) -> None:
    text, other = prose(1), prose(2)
    changed = text.replace("件", "项", 5)
    db = tmp_path / "c.duckdb"
    ingest(
        db,
        tmp_path / "in",
        report(YAOHAI, 2021, 1, text),
        report(YAOHAI, 2022, 2, changed),  # last year's, a few words changed
        report(SHUSHAN, 2022, 3, text),  # a sibling's: same city, same level
        report(BAOHE, 2022, 4, other),  # a sibling with its own text
        report("浙江省杭州市西湖区人民政府", 2022, 5, text),  # same text, but no sibling
    )
    pairs = {(a, y) for a, y, c, m in found(db, "corpus.copied_text")}
    assert pairs == {(YAOHAI, 2021), (YAOHAI, 2022), (SHUSHAN, 2022)}
    messages = [m for *_, m in found(db, "corpus.copied_text")]
    assert len(messages) == 4  # 瑶海 2021↔2022 and 瑶海 2022↔蜀山 2022, each on both sides
    assert all("第5部分" in m and "% 的文字与之相同" in m for m in messages)
    share = share_copied(shingles(text), shingles(changed))  # type: ignore[arg-type]
    assert f"本部分 {share:.0%} 的文字" in next(m for a, y, _, m in found(db, "corpus.copied_text") if a == SHUSHAN)
    # the synthetic reports' short sections 1, 2, 4 and 6 are one boilerplate everywhere: never compared


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # long lists: slow to draw on a busy machine
@given(
    st.lists(st.tuples(st.text(WORDS, min_size=4, max_size=12), st.integers(0, 99999)), min_size=80, max_size=200),
    st.integers(0, MIN_CHARS),
)
def test_a_text_is_a_copy_of_itself_with_other_figures_or_a_line_cut(parts: list[tuple[str, int]], cut: int) -> None:
    text = "".join(f"{w} {n}" for w, n in parts)
    a, b = shingles(text), shingles(text.translate(str.maketrans("0123456789", "9876543210"))[cut:])
    assert a is not None and b is not None
    assert similarity(a, b) == similarity(b, a) and 0 <= similarity(a, b) <= 1
    assert share_copied(b, a) == 1  # every shingle of the shortened text is in the whole one


def test_similarity_thresholds() -> None:
    a, b = shingles(prose(1)), shingles(prose(2))
    assert a is not None and b is not None and similarity(a, a) == 1 and similarity(a, b) < COPIED
    assert shingles("无" * (MIN_CHARS - 1)) is None and shingles("一二三四五六" * 30) is not None


def test_findings_are_the_same_on_every_run_keep_their_marks_and_follow_the_config(tmp_path: Path) -> None:
    db, folder = tmp_path / "c.duckdb", tmp_path / "in"
    text = prose(7)
    ingest(db, folder, report(YAOHAI, 2020, 1, text), report(YAOHAI, 2022, 2, text), report(SHUSHAN, 2022, 3, text))
    first = corpus_findings(db)
    assert {r[2] for r in first} == {"corpus.missing_year", "corpus.copied_text"}
    assert runner.invoke(app, ["recheck", "--db", str(db)]).exit_code == 0
    ingest(db, folder)  # the same files again
    assert corpus_findings(db) == first
    with duckdb.connect(str(db)) as con:  # a run killed after writing its reports, before checking them
        con.execute("DELETE FROM findings WHERE starts_with(rule, 'corpus.')")
        con.execute("INSERT INTO rechecks SELECT DISTINCT agency_key FROM reports")
    ingest(db, folder)
    assert corpus_findings(db) == first

    fp = next(r[7] for r in first if r[2] == "corpus.copied_text")
    marked = runner.invoke(app, ["review", fp, "--mark", "dismissed", "--comment", "统一模板", "--db", str(db)])
    assert marked.exit_code == 0, marked.output
    ingest(db, folder, report(SHUSHAN, 2022, 9, text))  # a new version, copied still
    with duckdb.connect(str(db), read_only=True) as con:
        (n, status) = con.execute(
            "SELECT count(*), any_value(v.status) FROM findings f JOIN reviews v USING (fingerprint) "
            "JOIN reports r ON r.id = f.report WHERE f.fingerprint = ? GROUP BY ALL",
            [fp],
        ).fetchone()
        on_old = con.execute(
            "SELECT count(*) FROM findings f JOIN reports r ON r.id = f.report "
            "WHERE r.agency = ? AND r.version = 1 AND starts_with(f.rule, 'corpus.')",
            [SHUSHAN],
        ).fetchone()[0]
    assert (n, status) == (1, "dismissed") and on_old == 0  # on the latest version only, still dismissed

    (tmp_path / "zfxxgk.toml").write_text('[rules]\noff = ["corpus.copied_text"]\n', encoding="utf-8")
    with duckdb.connect(str(db), read_only=True) as con:
        rules = {row[6] for row in con.execute(*findings_query(Config.load(tmp_path / "zfxxgk.toml"))).fetchall()}
    assert "corpus.missing_year" in rules and "corpus.copied_text" not in rules
    listed = runner.invoke(app, ["review", "--db", str(db)])
    assert listed.exit_code == 0 and listed.output.rstrip().endswith("corpus.copied_text")  # named as off
