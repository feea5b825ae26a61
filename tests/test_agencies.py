"""Agencies in the corpus: the government each answers to, read from its name; a database made before
agencies had a parent opens, gains the column and ingests; sibling bodies are those with one parent."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_across import found, ingest, prose, report
from zfxxgk.store.agencies import agency_key, parent_key
from zfxxgk.store.gazetteer import Division, division_of
from zfxxgk.store.schema import connect

PARENTS = [
    # a department → its place's government
    ("合肥市财政局", "合肥市政府"),
    ("歙县人民政府办公室", "歙县政府"),
    ("安徽省人民政府办公厅", "安徽省政府"),
    ("合肥市瑶海区财政局", "合肥市瑶海区政府"),
    ("郑州市住房和城乡建设局", "郑州市政府"),
    ("合肥市城市管理局", "合肥市政府"),
    ("合肥市市场监督管理局", "合肥市政府"),
    ("合 肥 市 財政局", "合肥市政府"),  # spaced, traditional
    ("合肥市公证处", "合肥市政府"),  # a department not named as an office
    ("合肥市广播电视台", "合肥市政府"),
    ("歙县国有林场", "歙县政府"),
    # a county or district → its city; a city → its province
    ("安徽省合肥市瑶海区人民政府", "安徽省合肥市政府"),
    ("杭州市西湖区人民政府", "杭州市政府"),
    ("北京市朝阳区人民政府", "北京市政府"),
    ("江苏省镇江市丹徒区人民政府", "江苏省镇江市政府"),
    ("新疆维吾尔自治区乌鲁木齐市人民政府", "新疆维吾尔自治区政府"),
    ("内蒙古自治区阿拉善盟阿拉善左旗人民政府", "内蒙古自治区阿拉善盟政府"),
    # a 乡镇 or 街道 → its county or district
    ("歙县雄村镇人民政府", "歙县政府"),
    ("某某县某某乡人民政府", "某某县政府"),
    ("合肥市瑶海区三里街街道办事处", "合肥市瑶海区政府"),
    ("合肥市瑶海区三里街街道办", "合肥市瑶海区政府"),
    # unknown: no higher place named, no government body, no place at all
    ("安徽省人民政府", None),
    ("镇江市人民政府", None),
    ("瑶海区人民政府", None),
    ("中共合肥市委办公室", None),
    ("国家税务总局合肥市税务局", None),
    ("中共合肥市委党校", None),
    ("合肥海关", None),  # a national body's office, no place's government above it
    ("平潭综合实验区管理委员会", None),
    ("财政部", None),
    ("合肥市", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("name", "parent"), PARENTS)
def test_parent_is_read_from_the_name_or_stays_unknown(name: str | None, parent: str | None) -> None:
    assert parent_key(name) == parent


@given(st.sampled_from([n for n, p in PARENTS if p]), st.sampled_from(["", " ", "\u3000"]))
def test_a_parent_is_a_government_key_shorter_than_the_name(name: str, space: str) -> None:
    parent = parent_key(space.join(name))
    assert parent == parent_key(name) and parent == agency_key(parent) and parent.endswith("政府")
    assert len(parent) < len(agency_key(name) or "") + 2


DIVISIONS = [
    ("安徽省合肥市瑶海区人民政府", Division("340102", "安徽省", "合肥市", "瑶海区")),
    ("瑶海区人民政府", Division("340102", "安徽省", "合肥市", "瑶海区")),  # one 瑶海区 in the country
    ("淮安市洪泽区人民政府", Division("320813", "江苏省", "淮安市", "洪泽区")),
    ("歙县雄村镇人民政府", Division("341021", "安徽省", "黄山市", "歙县")),
    ("尉氏县大马乡人民政府", Division("410223", "河南省", "开封市", "尉氏县")),
    ("北京市朝阳区人民政府", Division("110105", "北京市", None, "朝阳区")),
    ("济源市人民政府", Division("419001", "河南省", None, "济源市")),  # a county-level city under its province
    ("合肥市财政局", Division("340100", "安徽省", "合肥市", None)),
    ("安徽省人民政府办公厅", Division("340000", "安徽省", None, None)),
    ("安徽省某某市财政局", Division("340000", "安徽省", None, None)),  # as deep as the list knows
    ("朝阳区人民政府", None),  # in Beijing and in Changchun
    ("合肥市朝阳区人民政府", Division("340100", "安徽省", "合肥市", None)),  # no such district: its city
    ("平潭综合实验区管委会", None),
    ("中共合肥市委办公室", None),
    ("财政部", None),
    (None, None),
]


@pytest.mark.parametrize(("name", "division"), DIVISIONS)
def test_province_city_and_county_from_the_gazetteer(name: str | None, division: Division | None) -> None:
    assert division_of(name) == division


def test_a_database_made_before_parents_opens_gains_them_and_ingests(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    ingest(db, tmp_path / "in", report("合肥市财政局", 2021, 1), report("财政部", 2021, 2))
    with duckdb.connect(str(db)) as con:  # as the database was before agencies had a parent
        con.execute("CREATE TABLE old AS SELECT key, name, level, region FROM agencies")
        con.execute("DROP TABLE agencies")
        con.execute("ALTER TABLE old RENAME TO agencies")
    with connect(db) as con:
        assert con.execute("SELECT key, parent, province, city, county FROM agencies ORDER BY key").fetchall() == [
            ("安徽省合肥市财政局", "安徽省合肥市政府", "安徽省", "合肥市", None),
            ("财政部", None, None, None, None),
        ]
    ingest(db, tmp_path / "in", report("歙县雄村镇人民政府", 2021, 3))
    with connect(db, read_only=True) as con:
        town = "SELECT parent, province, city, county FROM agencies WHERE name = '歙县雄村镇人民政府'"
        assert con.execute(town).fetchall() == [("安徽省黄山市歙县政府", "安徽省", "黄山市", "歙县")]
        assert con.execute("SELECT count(*) FROM reports").fetchone() == (3,)


def test_siblings_are_the_bodies_of_one_government(tmp_path: Path) -> None:
    text = prose(7)
    db = tmp_path / "c.duckdb"
    ingest(
        db,
        tmp_path / "in",
        report("歙县雄村镇人民政府", 2022, 1, text),  # two towns of one county: no region in their names
        report("歙县桂林镇人民政府", 2022, 2, text),
        report("安徽省合肥市财政局", 2022, 3, text),  # the city's bureau and a district's: one region and level,
        report("安徽省合肥市瑶海区财政局", 2022, 4, text),  # but two governments
        report("某某局", 2022, 5, text),  # no parent, no region: no sibling
        report("中共合肥市委办公室", 2022, 6, text),  # no parent: siblings by region and level, as before
        report("中共合肥市委宣传部", 2022, 7, text),
    )
    assert {a for a, *_ in found(db, "corpus.copied_text")} == {
        "歙县雄村镇人民政府",
        "歙县桂林镇人民政府",
        "中共合肥市委办公室",
        "中共合肥市委宣传部",
    }
