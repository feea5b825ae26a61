"""Rows with a cell printed as nothing at all (a page's text of a table whose empty cells leave no mark):
each number stays in its own cell or is null with a finding naming it, never another's number."""

from __future__ import annotations

from zfxxgk import parse_text
from zfxxgk.record import Record

S3_HEAD = "三、收到和处理政府信息公开申请情况\n"


def _s2(got: Record) -> dict[str, int | float | None]:
    return {k.removeprefix("s2."): v for k, v in got.cells.items() if k.startswith("s2.")}


def _flagged(got: Record, cell: str) -> bool:
    return any(
        f.rule in ("value.ambiguous", "table.incomplete") and any(cell.startswith(c) for c in f.cells)
        for f in got.findings
    )


def test_a_row_printing_nothing_takes_no_number_from_the_prose_before_its_table() -> None:
    """A row that prints no number keeps none, glued or spaced: the counts of the sentence before the
    table, on no row's line and before the rows already placed by their labels, are not its cells."""
    glued = (
        "二、主动公开政府信息情况\n全年主动公开政府信息695条，其中规划计划类信息399条。第二十条第（一）项信息内容"
        "本年制发件数本年废止件数现行有效件数规章000行政规范性文件101第二十条第（五）项信息内容本年处理决定数量"
        "行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚206行政强制第二十条第（八）项信息内容"
        "本年收费金额（单位：万元）行政事业性收费20\n"
    )
    got = parse_text(glued + S3_HEAD)
    assert _s2(got)["coercion.decisions"] is None and _flagged(got, "s2.coercion")
    assert _s2(got)["punishment.decisions"] == 206
    spaced = (
        "二、主动公开政府信息情况\n全年主动公开政府信息 615 条，其中规划计划类信息 192 条。\n第二十条第（一）项\n"
        "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 5  0\n第二十条第（五）项\n"
        "信息内容 本年处理决定数量\n行政许可\n第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 37\n"
        "行政强制 0\n第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 3\n"
    )
    got = parse_text(spaced + S3_HEAD)
    s2 = _s2(got)
    assert s2["licensing.decisions"] is None and _flagged(got, "s2.licensing")
    assert [s2[f"normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [5, None, 0]
    assert s2["punishment.decisions"] == 37
