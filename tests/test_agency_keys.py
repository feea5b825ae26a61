"""One key per body however its place is printed: the canonical key from the gazetteer, never one for
two bodies; an agency's years linked under it in the checks across reports, `compare` and the web app;
and a database keyed as the names print the place re-keyed with its review marks kept."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from test_across import found, ingest, report, runner
from test_carry_over import consecutive
from zfxxgk.cli import app
from zfxxgk.meta import find_meta, text_region
from zfxxgk.record import SectionText
from zfxxgk.store import ingest as ingest_module
from zfxxgk.store import schema
from zfxxgk.store.agencies import agency_key, parent_key
from zfxxgk.store.gazetteer import _above, _divisions, canonical_key, division_of, places_of
from zfxxgk.store.review import Config, findings_query
from zfxxgk.web.app import create_app
from zfxxgk.web.settings import Settings

pytestmark = pytest.mark.filterwarnings("ignore:identity")  # a changed carried-in cell breaks a balance

ONE_BODY = [
    (("合肥市财政局", "安徽省合肥市财政局", "安徽合肥市财政局", "安徽 合肥市 財政局"), "安徽省合肥市财政局"),
    (
        ("瑶海区人民政府", "合肥市瑶海区人民政府", "安徽省合肥市瑶海区人民政府", "安徽瑶海区政府"),
        "安徽省合肥市瑶海区政府",
    ),
    (("北京市朝阳区人民政府", "北京朝阳区人民政府"), "北京市朝阳区政府"),
    (("歙县雄村镇人民政府", "黄山市歙县雄村镇人民政府"), "安徽省黄山市歙县雄村镇政府"),
    (("济源市人民政府", "河南济源市人民政府"), "河南省济源市政府"),  # a city its province governs directly
    (("阿拉善左旗人民政府", "阿拉善盟阿拉善左旗人民政府"), "内蒙古自治区阿拉善盟阿拉善左旗政府"),
    (("南宁市人民政府办公室", "广西南宁市人民政府办公室", "广西壮族自治区南宁市政府办"), "广西壮族自治区南宁市政府办"),
    (("朝阳区人民政府",), "朝阳区政府"),  # in Beijing and in Changchun: as printed
    (("中共合肥市委办公室",), "中共合肥市委办"),  # no government body's place: as printed
    (("合肥高新区管委会",), "合肥高新区管委会"),
]


@pytest.mark.parametrize(("names", "key"), ONE_BODY)
def test_one_key_however_the_place_is_printed(names: tuple[str, ...], key: str) -> None:
    assert {canonical_key(n) for n in names} == {key}


TWO_BODIES = [
    ("抚顺市财政局", "抚顺县财政局"),  # a city and a county of one name
    ("吉林市财政局", "吉林省财政局"),  # a city named as its province
    ("兴安盟人民政府", "兴安县人民政府"),  # a 盟 and a county of another province
    ("阿拉善盟人民政府", "阿拉善左旗人民政府"),
    ("海南藏族自治州人民政府", "海南省人民政府"),  # an autonomous prefecture named like a province
    ("朝阳区人民政府", "北京市朝阳区人民政府"),  # one of the two 朝阳区 …
    ("北京市朝阳区人民政府", "长春市朝阳区人民政府"),  # … and the other
    ("合肥市财政局", "合肥市高新区财政局"),  # a zone's bureau
    ("合肥市人民政府", "合肥高新区管委会"),
    ("合肥市人民政府", "合肥市城市管理局"),  # a department named like a place
    ("合肥市人民政府办公室", "中共合肥市委办公室"),
    ("合肥市瑶海区人民政府", "合肥市人民政府"),
    ("合肥市朝阳区人民政府", "合肥市人民政府"),  # no such district: kept apart from its city
]


@pytest.mark.parametrize(("a", "b"), TWO_BODIES)
def test_two_bodies_never_share_a_key(a: str, b: str) -> None:
    assert canonical_key(a) != canonical_key(b)


def test_every_division_printed_in_full_keeps_a_key_of_its_own() -> None:
    names, codes, _ = _divisions()
    full = {code: "".join(dict.fromkeys(names[c] for c in _above(code))) for code in names}
    keys = {code: canonical_key(name + "人民政府") for code, name in full.items()}
    assert len(set(keys.values())) == len(keys)
    for code, name in names.items():  # and printed alone, where the list has one of its name
        if len(codes[name]) == 1 and division_of(full[code]) == division_of(name) is not None:
            assert canonical_key(name + "人民政府") == keys[code]


_COUNTIES = sorted(
    c for c, n in _divisions()[0].items() if c[4:] != "00" and (d := division_of(n)) is not None and d.code == c
)


@given(st.sampled_from(_COUNTIES), st.sampled_from(["财政局", "人民政府", "人民政府办公室", "某某镇人民政府"]))
def test_a_county_is_one_body_with_or_without_its_city_and_province(code: str, body: str) -> None:
    division = division_of(_divisions()[0][code])
    assert division is not None
    printed = [division.county, (division.city or "") + division.county, division.chain]
    keys = {canonical_key(p + body) for p in printed}
    assert len(keys) == 1
    key = keys.pop()
    assert key == canonical_key(key) == agency_key(key)  # a key is its own key
    assert places_of(key)[0] == canonical_key(parent_key(key))  # its parent in the same form


# --- an agency's years, linked ---------------------------------------------------------------------


def test_years_printed_two_ways_are_one_series_with_carry_over_checked(tmp_path: Path) -> None:
    prev, cur = consecutive("2021")
    prev.meta.agency, cur.meta.agency = "合肥市财政局", "安徽省合肥市财政局"
    cur.cells["s3.carried_in.natural_person"] += 1
    db = tmp_path / "c.duckdb"
    ingest(db, tmp_path / "in", prev, cur, report("安徽合肥市教育局", cur.meta.year or 0, 5))
    years = [(a, y) for a, y, *_ in found(db, "corpus.carry_over")]
    assert years == [("合肥市财政局", prev.meta.year), ("安徽省合肥市财政局", cur.meta.year)]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT key, parent, county FROM agencies ORDER BY key").fetchall() == [
            ("安徽省合肥市教育局", "安徽省合肥市政府", None),
            ("安徽省合肥市财政局", "安徽省合肥市政府", None),
        ]
    for name in ("合肥市财政局", "安徽 合肥市财政局"):
        done = runner.invoke(app, ["compare", "--db", str(db), "--format", "json", name])
        assert done.exit_code == 0, done.output
        shown = json.loads(done.stdout)
        assert (shown["key"], [r["year"] for r in shown["reports"]]) == (
            "安徽省合肥市财政局",
            [prev.meta.year, cur.meta.year],
        )
        assert "corpus.carry_over" in shown["new"][str(cur.meta.year)]
    web = TestClient(create_app(Settings(db), jobs=1))
    page = web.get("/api/compare", params={"agency": "安徽合肥市财政局"}).json()
    assert [r["year"] for r in page["reports"]] == [prev.meta.year, cur.meta.year]


def test_a_county_printed_with_and_without_its_city_has_its_gap_found(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    ingest(db, tmp_path / "in", report("瑶海区人民政府", 2020, 1), report("安徽省合肥市瑶海区人民政府", 2022, 2),
           report("朝阳区人民政府", 2020, 3), report("北京市朝阳区人民政府", 2022, 4))  # fmt: skip
    assert [(a, y) for a, y, *_ in found(db, "corpus.missing_year")] == [
        ("安徽省合肥市瑶海区人民政府", 2022),
        ("瑶海区人民政府", 2020),
    ]  # which 朝阳区 the first is, its name does not say: two bodies


# --- a database keyed as the names print the place ------------------------------------------------


# the findings marked in the old database: a report's own, and one across reports
MARKED = (("瑶海区人民政府", "template.mismatch"), ("杭州市西湖区人民政府", "corpus.missing_year"))


def _as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest as the store did before canonical keys: the key and the parent as the name prints them."""
    monkeypatch.setattr(ingest_module, "canonical_key", lambda name, region: agency_key(name))
    monkeypatch.setattr(ingest_module, "places_of", lambda name, region: (parent_key(name), *places_of(name)[1:]))
    monkeypatch.setattr(schema, "rekey", lambda con: None)


def _state(db: Path) -> tuple[list[tuple], ...]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(
            con.execute(q).fetchall()
            for q in (
                "SELECT path, agency_key, year, version FROM reports ORDER BY path",
                "SELECT * EXCLUDE (name, region) FROM agencies ORDER BY key",
                "SELECT r.path, f.rule, f.cells, f.message, f.fingerprint FROM findings f JOIN reports r "
                "ON r.id = f.report ORDER BY ALL",
            )
        )


def test_a_database_keyed_as_printed_is_rekeyed_with_its_marks_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prev, cur = consecutive("2021")
    prev.meta.agency, cur.meta.agency = "合肥市财政局", "安徽省合肥市财政局"
    cur.cells["s3.carried_in.natural_person"] += 1
    records = [
        prev,
        cur,
        report("瑶海区人民政府", 2020, 1),
        report("合肥市瑶海区人民政府", 2022, 2),
        report("杭州市西湖区人民政府", 2020, 3),
        report("杭州市西湖区人民政府", 2022, 4),
        report("合肥市教育局", 2022, 5),
        report("安徽合肥市教育局", 2022, 6),  # the same body's 2022 report again: its second version
        report("朝阳区人民政府", 2022, 7),
    ]
    old, folder = tmp_path / "old.duckdb", tmp_path / "in"
    with monkeypatch.context() as m:
        _as_before(m)
        ingest(old, folder, *records)
        with duckdb.connect(str(old)) as con:
            con.execute("DROP TABLE settings")
            marks = {
                agency: con.execute(
                    "SELECT f.fingerprint FROM findings f JOIN reports r ON r.id = f.report "
                    "WHERE r.agency = ? AND r.year = 2020 AND f.rule = ?",
                    [agency, rule],
                ).fetchone()[0]
                for agency, rule in (
                    ("瑶海区人民政府", "template.mismatch"),
                    ("杭州市西湖区人民政府", "corpus.missing_year"),
                )
            }
        for (agency, fp), status in zip(marks.items(), ("confirmed", "dismissed"), strict=True):
            done = runner.invoke(app, ["review", "--db", str(old), fp, "--mark", status, "--comment", agency])
            assert done.exit_code == 0, done.output
    assert found(old, "corpus.carry_over") == [] and found(old, "corpus.missing_year")[0][0] == "杭州市西湖区人民政府"
    clean = tmp_path / "clean.duckdb"
    ingest(clean, folder)
    schema.connect(old).close()  # opened for writing: re-keyed
    assert _state(old) == _state(clean)
    with duckdb.connect(str(old), read_only=True) as con:
        query, params = findings_query(Config())
        marked = con.execute(
            f"SELECT agency, year, rule, status, comment, fingerprint FROM ({query}) WHERE status != 'open' ORDER BY 1",
            params,
        ).fetchall()
        assert con.execute("SELECT count(*) FROM reviews").fetchone() == (2,)
    assert [row[:5] for row in marked] == [
        ("杭州市西湖区人民政府", 2020, "corpus.missing_year", "dismissed", "杭州市西湖区人民政府"),
        ("瑶海区人民政府", 2020, "template.mismatch", "confirmed", "瑶海区人民政府"),
    ]
    assert not {fp for *_, fp in marked} & set(marks.values())  # the fingerprints moved with the keys
    before = _state(old)
    ingest(old, folder)  # opened again: already in the current form, nothing changes
    assert _state(old) == before


# --- the place from the report's text ---------------------------------------------------------------

HEAD = "{agency}2022年政府信息公开工作年度报告\n本报告由{by}办公室根据《条例》编制。\n一、总体情况\n{first}\n"


@pytest.mark.parametrize(
    ("agency", "by", "first", "region"),
    [
        ("区财政局", "合肥市瑶海区人民政府", "根据合肥市人民政府的部署，我局…", "合肥市瑶海区"),  # not the city
        ("区财政局", "合肥市瑶海区人民政府", "与合肥市蜀山区人民政府一道…", None),  # two districts: unsettled
        ("朝阳区人民政府", "北京市朝阳区人民政府", "2022年，我区…", "北京市朝阳区"),
        ("朝阳区人民政府", "本区人民政府", "根据沈阳市人民政府的部署…", None),  # no 朝阳区 named
        ("市场监督管理局", "合肥市人民政府", "我局…", None),  # 市场 is no city: no place and no kind
        (None, "黄山市歙县人民政府", "2022年，我县…", "黄山市歙县"),  # no name: the kind the text speaks for
        (None, "黄山市歙县人民政府", "2022年，我县…全区…", None),  # two kinds
        ("洪泽区人民政府", "淮安市洪泽区人民政府", "", "淮安市洪泽区"),
    ],
)
def test_the_text_places_an_agency_its_name_does_not(
    agency: str | None, by: str, first: str, region: str | None
) -> None:
    text = HEAD.format(agency=agency or "", by=by, first=first) + BODY_TEXT
    assert text_region(text, agency) == region
    assert find_meta(text).region == region


BODY_TEXT = "二、主动公开政府信息情况\n无。\n" * 20


def test_a_name_the_text_places_is_keyed_and_placed_so(tmp_path: Path) -> None:
    beijing, changchun, plain = (report("朝阳区人民政府", 2022, n) for n in (1, 2, 3))
    for rec, city in ((beijing, "北京市"), (changchun, "长春市")):
        first = rec.sections["1"]
        rec.sections["1"] = SectionText(first.title, f"2022年，{city}朝阳区人民政府认真贯彻《条例》。{first.text}")
    db = tmp_path / "c.duckdb"
    ingest(db, tmp_path / "in", beijing, changchun, plain)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT r.region, r.agency_key, a.parent, a.province, a.city, a.county FROM reports r "
            "JOIN agencies a ON a.key = r.agency_key ORDER BY r.id"
        ).fetchall()
    assert rows == [
        ("北京市朝阳区", "北京市朝阳区政府", "北京市政府", "北京市", None, "朝阳区"),
        ("长春市朝阳区", "吉林省长春市朝阳区政府", "吉林省长春市政府", "吉林省", "长春市", "朝阳区"),
        (None, "朝阳区政府", None, None, None, None),  # its text does not say which: unknown
    ]
    web = TestClient(create_app(Settings(db), jobs=1))
    assert f'href="/compare?agency={quote("北京市朝阳区政府")}"' in web.get("/reports/1").text  # by its key
    shown = web.get("/api/compare", params={"agency": "北京市朝阳区政府"}).json()
    assert [(r["year"], r["report"]) for r in shown["reports"]] == [(2022, 1)]


def test_a_body_its_text_placed_is_found_by_its_printed_name(tmp_path: Path) -> None:
    rec = report("朝阳区人民政府", 2022, 1)
    rec.sections["1"] = SectionText(rec.sections["1"].title, "2022年，北京市朝阳区人民政府认真贯彻《条例》。")
    db = tmp_path / "c.duckdb"
    ingest(db, tmp_path / "in", rec)
    done = runner.invoke(app, ["compare", "--db", str(db), "--format", "json", "朝阳区 人民政府"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["key"] == "北京市朝阳区政府"


def test_a_real_body_printed_with_and_without_its_city_is_one_series(tmp_path: Path, shared: Path) -> None:
    db = tmp_path / "c.duckdb"
    done = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", "1", "--quiet",
                               str(shared / "corpus" / "r022.txt"), str(shared / "corpus" / "r023.txt")])  # fmt: skip
    assert done.exit_code == 0, done.output
    shown = json.loads(runner.invoke(app, ["compare", "--db", str(db), "--format", "json", "洪泽区人民政府"]).stdout)
    assert shown["key"] == "江苏省淮安市洪泽区政府"
    assert [(r["year"], Path(r["path"]).name) for r in shown["reports"]] == [(2023, "r022.txt"), (2024, "r023.txt")]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT region FROM reports").fetchall() == [("淮安市洪泽区",)]
