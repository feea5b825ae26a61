"""Synthetic reports: realistic sizes per level, identities that hold unless broken on purpose, and a
folder of reports in every layout with their true records."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from statistics import mean

import pytest

from zfxxgk.checks.identities import broken_equations
from zfxxgk.record import Record
from zfxxgk.synth import LAYOUTS, LEVELS, agency_name, synth_folder, synth_record, write_layout
from zfxxgk.templates import TEMPLATES


@pytest.mark.parametrize("template", ["2019", "2021"])
def test_records_hold_their_identities_unless_asked_not_to(template: str) -> None:
    t = TEMPLATES[template]
    for seed in range(20):
        rec = synth_record(random.Random(seed), template, 2020 if template == "2019" else 2022, LEVELS[seed % 6])
        assert set(rec.cells) == set(t.cell_ids)
        assert broken_equations(t, rec.cells) == []
        broken = synth_record(random.Random(seed), template, 2022, "市", break_identity=True)
        assert broken_equations(t, broken.cells)


def test_sizes_follow_the_level() -> None:
    def received(level: str) -> float:
        return mean(synth_record(random.Random(s), "2021", 2022, level).cells["s3.received.total"] for s in range(30))

    assert received("乡镇") < 3 < 100 < received("市")
    changes = [synth_record(random.Random(s), "2019", 2019, "区县").cells["s2.punishment.change"] for s in range(40)]
    assert min(changes) < 0 < max(changes)


def test_blanks_agencies_and_statistics() -> None:
    rec = synth_record(random.Random(3), "2021", 2021, "区县", blanks=4)
    assert sum(v is None for v in rec.cells.values()) == 4
    assert agency_name(random.Random(1), "街道").endswith("街道办事处")
    assert agency_name(random.Random(1), "部门")[2] == "市"
    old = synth_record(random.Random(3), "pre2019", 2014, "乡镇")
    assert not old.cells and len(old.indicators) == len(TEMPLATES["pre2019"].indicators)
    assert all(set(i.values) == {"2014年度", "历年累计"} for i in old.indicators)


def test_layouts_are_deterministic_and_refuse_unknown_names() -> None:
    rec = synth_record(random.Random(9), "2019", 2020, "乡镇")
    assert write_layout(rec, "tabs", seed=2) == write_layout(rec, "tabs", seed=2)
    assert "\u00a0" in write_layout(rec, "cells") and "[bookmark: _GoBack]" in write_layout(rec, "tabs")
    assert "(kāi)" in write_layout(rec, "traditional") and "- 1 -" in write_layout(rec, "spaces")
    with pytest.raises(ValueError):
        write_layout(rec, "pdf")


def test_synth_folder_writes_reports_and_their_truth(tmp_path: Path) -> None:
    paths = synth_folder(12, tmp_path, seed=4)
    assert len(paths) == 12 and all(p.stat().st_size > 500 for p in paths)
    assert {p.name.split("_", 1)[1].split(".")[0] for p in paths} <= set(LAYOUTS)
    for p in paths:
        truth = Record.from_json(json.loads((tmp_path / f"{p.name[:4]}.json").read_text(encoding="utf-8")))
        assert truth.meta.year and truth.meta.template
        if p.suffix == ".docx":
            assert zipfile.is_zipfile(p)
    again = synth_folder(12, tmp_path / "again", seed=4)
    assert [p.read_bytes() for p in paths if p.suffix != ".docx"] == [
        p.read_bytes() for p in again if p.suffix != ".docx"
    ]
