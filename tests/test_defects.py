"""The defect bench (bench/defects.py) on a few real reports in their forms: each defect a clerk makes found
by the right rule about the right cells, or left `null` with a finding naming the cells; every look-alike
that is no defect silent; and what the bench counts as a defect, on real sentences."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path

import pytest

_BENCH = Path(__file__).resolve().parents[1] / "bench" / "defects.py"
_SPEC = importlib.util.spec_from_file_location("defects", _BENCH)
assert _SPEC is not None and _SPEC.loader is not None
defects = importlib.util.module_from_spec(_SPEC)
sys.modules["defects"] = defects
_SPEC.loader.exec_module(defects)

REPORTS = ("seeds/001_1862fd7d869468f4.txt", "corpus-new/r002.txt", "corpus-new/r008.txt", "corpus/r013.txt")


@pytest.fixture(scope="module")
def outcomes(shared: Path) -> list:
    out = []
    with warnings.catch_warnings():  # a report whose identities break is still written, with a warning
        warnings.simplefilter("ignore")
        for name in REPORTS:
            path = shared / name
            text = defects.decode(path.read_bytes())
            out += list(defects.damage(path, text, defects.parse(text, path.name)))
    return out


def test_every_kind_of_defect_is_injected(outcomes: list) -> None:
    kinds = {o.case.kind for o in outcomes}
    assert {
        "prose_count",
        "none_said",
        "sum_part_over",
        "sum_part_under",
        "said_under",
        "said_over",
        "lookalike",
    } <= kinds
    assert {"date_late", "table_deleted"} <= kinds
    assert {o.case.form for o in outcomes} == {"text", "html*", "md*"}


def test_look_alikes_stay_silent(outcomes: list) -> None:
    loud = [(o.case.report, o.case.what) for o in outcomes if o.case.kind == "lookalike" and not o.found]
    assert loud == []


def test_defects_are_found_or_their_cells_flagged(outcomes: list) -> None:
    missed = {(o.case.kind, o.case.report) for o in outcomes if not o.found and not o.flagged}
    assert missed == set()


# Real sentences: a list of accounts, one by channel, one ending in what is left, one with shares
ACCOUNTS = "我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条。"
BY_CHANNEL = (
    "全年多种渠道主动公开政府信息31505条,其中区政府门户网站群公开各类政府信息12579条,政务新媒体公开信息18926条。"
)
REST = (
    "累计主动在净峰政府门户网站公开政府信息67条。在主动公开的信息中,为民办实事类信息 5条,机构职能类信息 12条,"
    "民政扶贫救灾社会保障就业类信息6条,国土资源城乡建设环保能源类信息5条,科教文体卫生类信息7条,"
    "安全生产、应急管理类信息14条,其他类信息18条。"
)
SHARES = (
    "2018年全区主动公开政府信息2069条。其中，区管委会及区直各部门主动公开政府信息1592条，占76.9%。"
    "各乡镇主动公开政府信息477条，占23.1%。"
)


def _kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for case in defects.inject_sums(Path("r.txt"), "text", text):
        out.setdefault(case.kind, []).append(case.what)
    return out


def test_a_list_short_of_its_total_is_a_defect_only_when_it_says_it_is_whole() -> None:
    """A bare 其中 list may name a few of the parts: short, a look-alike; one ending in 其他, or whose every
    part prints its share, says it is whole: short, a defect. Said whole in words (包括, 分为), short is one."""
    for whole in (REST, SHARES):
        assert "sum_part_under" in _kinds(whole)
    kinds = _kinds(ACCOUNTS)
    assert "sum_part_under" not in kinds and "sum_part_over" in kinds
    assert any(w.startswith("sum_part_under") for w in kinds["lookalike"])
    assert [w.split(":")[0] for w in kinds["said_under"]] == ["包括", "分为"]


def test_parts_by_channel_over_their_total_are_a_defect_only_when_said_to_split_it() -> None:
    """One item published on several channels is counted on each: parts by channel over their total are a
    look-alike, unless 分为 says they split it; short of a total they say is whole, a defect."""
    kinds = _kinds(BY_CHANNEL)
    assert "sum_part_over" not in kinds and "sum_part_under" not in kinds
    assert [w.split(":")[0] for w in kinds["said_over"]] == ["分为"]
    assert [w.split(":")[0] for w in kinds["said_under"]] == ["包括", "分为", "分别"]


def test_a_count_one_channel_published_is_a_look_alike(shared: Path) -> None:
    """在平潭综合实验区管委会网站主动公开的425条政府信息中: what one channel published, changed, is no count the
    统计表 contradicts; the report's own 主动公开政府信息425条 earlier, changed, is a defect."""
    path = shared / "corpus" / "r003.txt"
    text = defects.decode(path.read_bytes())
    cases = list(defects.inject_prose(path, "text", text, defects.parse(text, path.name)))
    said = {c.kind for c in cases if "425条" in c.what and "网站" in c.what}
    assert said == {"lookalike"}
    assert any(c.kind == "prose_count" and "主动公开政府信息425条" in c.what for c in cases)
