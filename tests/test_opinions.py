"""审核意见 per agency, from the corpus database: read back from the .docx and checked against the
store's findings, reviews and labels; and the command that writes them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from zfxxgk.cli import app
from zfxxgk.store.opinions import COLUMNS, agency_opinions, file_name, opinions_docx
from zfxxgk.store.review import STATUS_LABELS, Config, findings_query, mark
from zfxxgk.store.schema import connect

AGENCY = "上海市人民政府办公厅"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """The corpus, with one of the agency's findings dismissed and one confirmed with a comment."""
    db = tmp_path_factory.mktemp("opinions") / "c.duckdb"
    done = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", "1", str(shared / "corpus")])
    assert done.exit_code == 0, done.output
    con = connect(db)
    fps = [fp for (fp,) in con.execute(
        "SELECT DISTINCT fingerprint FROM findings JOIN reports r ON r.id = report WHERE r.agency = ? ORDER BY 1",
        [AGENCY],
    ).fetchall()]  # fmt: skip
    mark(con, fps[0], "dismissed", "印制如此，不是问题")
    mark(con, fps[1], "confirmed", "请更正后重新公开")
    con.close()
    return db


def _rows(data: bytes) -> list[list[str]]:
    """Every findings table's rows below its header, as text."""
    doc = Document(io.BytesIO(data))
    rows = []
    for table in doc.tables:
        assert [c.text for c in table.rows[0].cells] == list(COLUMNS)
        rows += [[c.text for c in row.cells] for row in table.rows[1:]]
    return rows


def test_an_agencys_opinions_are_its_findings_less_the_dismissed(db: Path) -> None:
    con = connect(db, read_only=True)
    query, params = findings_query(Config())
    columns = ("fingerprint", "report", "agency", "year", "version", "severity", "rule", "message", "cells")
    found = [
        dict(zip((*columns, "location", "status", "comment"), r, strict=True))
        for r in con.execute(query, params).fetchall()
    ]
    labels = dict(con.execute("SELECT cell, label FROM labels WHERE template = '2019'").fetchall())
    (agency,) = agency_opinions(con, Config(), AGENCY)
    con.close()
    mine = [f for f in found if f["agency"] == AGENCY]
    kept = [f for f in mine if f["status"] != "dismissed"]
    assert len(kept) == len(mine) - 1 and agency.name == AGENCY

    data = opinions_docx(agency)
    paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert paragraphs[0] == f"关于{AGENCY}政府信息公开工作年度报告的审核意见"
    assert f"共有 {len(kept)} 个问题" in paragraphs[2]
    rows = _rows(data)
    assert sorted(r[1] for r in rows) == sorted(f["message"] for f in kept)
    confirmed = next(f for f in kept if f["status"] == "confirmed")
    assert [STATUS_LABELS["confirmed"], "请更正后重新公开"] in [r[3:] for r in rows if r[1] == confirmed["message"]]
    assert "印制如此，不是问题" not in {r[4] for r in rows}
    for f, row in zip(sorted(kept, key=lambda f: f["message"]), sorted(rows, key=lambda r: r[1]), strict=True):
        for cell in (f["cells"] or "").split(", "):
            if cell in labels:
                assert labels[cell] in row[2]  # the cell by its Chinese label, not its id


def test_the_command_writes_one_document_per_agency_or_one_file(db: Path, tmp_path: Path) -> None:
    con = connect(db, read_only=True)
    agencies = agency_opinions(con, Config())
    con.close()
    done = runner.invoke(app, ["export", "--to", "opinions", "--db", str(db), "-o", str(tmp_path / "all")])
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(file_name(a) for a in agencies)

    one = tmp_path / "one.docx"
    done = runner.invoke(app, ["export", "--to", "opinions", "--db", str(db), "--agency", AGENCY, "-o", str(one)])
    assert done.exit_code == 0 and AGENCY in Document(str(one)).paragraphs[0].text
    done = runner.invoke(app, ["export", "--to", "opinions", "--db", str(db), "--agency", "没有的机关", "-o", str(one)])
    assert done.exit_code == 1 and "没有的机关" in done.output
