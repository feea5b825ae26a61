"""Random, realistic reports of fictional agencies, for tests and demonstrations.

`synth_record` draws a record whose sizes fit its level (a township mostly zeros, a city thousands),
whose identities hold unless asked to break one; `write_layout` (from `render.layouts`) writes it the
ways real reports are published; `synth_folder` writes a folder of them with their true records.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from .extract.form_sums import sums_and_bounds
from .record import IndicatorRow, Meta, Number, Record, SectionText
from .render.layouts import LAYOUTS, TEXT_LAYOUTS, write_layout
from .templates import Kind, Table, Template, get_template, s3_outcomes, template_for_year

LEVELS = ("乡镇", "街道", "区县", "市", "省", "部门")
SCALE = {"乡镇": 0.02, "街道": 0.05, "区县": 1.0, "市": 8.0, "省": 20.0, "部门": 0.6}
# Characters of place names that survive simplified → traditional → simplified unchanged.
PLACE = "青岚松溪桐柏枫林石泉云峰鹿鸣龙湾杉木兰亭月桂清河安宁平远新丰永和长乐东阳白沙金水瑞丹霞临江古城柳塘"
DEPARTMENTS = (
    "交通运输局",
    "自然资源局",
    "生态环境局",
    "市场监督管理局",
    "卫生健康委员会",
    "教育局",
    "财政局",
    "水利局",
)
# Relative frequency of applicants and of outcomes, by id (the contract of FORMAT.md).
APPLICANT_WEIGHT = {"natural_person": 80, "commercial": 8, "research": 0.5, "social_welfare": 0.5, "legal_service": 6}
OUTCOME_WEIGHT = {"granted": 35, "partly_granted": 10, "unavailable.not_held": 25, "not_processed.complaint": 5}
OTHER_WEIGHT = 1.0


def _place(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.sample(PLACE, n))


def agency_name(rng: random.Random, level: str) -> str:
    """A fictional body at `level` (one of LEVELS)."""
    name = _place(rng)
    return {
        "乡镇": f"{name}{rng.choice('镇乡')}人民政府",
        "街道": f"{_place(rng)}区{name}街道办事处",
        "区县": f"{name}{rng.choice('县区')}人民政府",
        "市": f"{name}市人民政府",
        "省": f"{name}省人民政府",
        "部门": f"{name}市{rng.choice(DEPARTMENTS)}",
    }[level]


def _count(rng: random.Random, mean: float, scale: float) -> int:
    """Mostly zero for small bodies, an exponential spread around mean × scale otherwise."""
    if rng.random() > min(1.0, 0.1 + scale):
        return 0
    return int(rng.expovariate(1 / max(mean * scale, 0.3)))


def _amount(rng: random.Random, mean: float, scale: float) -> float:
    return round(rng.expovariate(1 / max(mean * scale, 0.01)), rng.choice((0, 2, 2, 4, 6)))


def _section2(rng: random.Random, tables: tuple[Table, ...], scale: float, level: str) -> dict[str, Number]:
    cells: dict[str, Number] = {}
    for t in tables:
        for r in t.rows:
            means = {"regulations": 1 if level in ("市", "省") else 0, "normative_documents": 8}
            mean = means.get(r.id, 300)
            for c in t.columns:
                cid = t.cell_id(r.id, c.id)
                if c.kind is Kind.SIGNED:
                    cells[cid] = rng.randint(-3, 3) if rng.random() < 0.4 else 0
                elif c.kind is Kind.AMOUNT:
                    cells[cid] = _amount(rng, 50 if c.unit else 2e5, scale)
                else:
                    cells[cid] = _count(rng, mean, scale)
    return cells


def _section3(rng: random.Random, table: Table, scale: float) -> dict[str, Number]:
    """Per applicant column: received and carried in, each closed with an outcome or carried forward."""
    outcomes = s3_outcomes(table)
    weights = [OUTCOME_WEIGHT.get(o, OTHER_WEIGHT) for o in outcomes]
    applicants = [c.id for c in table.columns if c.id != "total"]
    cells: dict[str, Number] = {}
    for col in applicants:
        received = _count(rng, APPLICANT_WEIGHT.get(col, 3), scale)
        carried_in = _count(rng, APPLICANT_WEIGHT.get(col, 3) / 20, scale) if received else 0
        forward = min(received + carried_in, _count(rng, APPLICANT_WEIGHT.get(col, 3) / 15, scale))
        closed = Counter(rng.choices(outcomes, weights, k=received + carried_in - forward))
        values = {"received": received, "carried_in": carried_in, "carried_forward": forward}
        values |= {o: closed[o] for o in outcomes} | {"total": received + carried_in - forward}
        cells |= {table.cell_id(r, col): v for r, v in values.items()}
    for r in table.rows:
        cells[table.cell_id(r.id, "total")] = sum(cells[table.cell_id(r.id, c)] for c in applicants)
    return cells


def _section4(rng: random.Random, table: Table, scale: float) -> dict[str, Number]:
    cells: dict[str, Number] = {}
    for r in table.rows:
        parts = {c.id: _count(rng, 2, scale / 4) for c in table.columns if c.id != "total"}
        cells |= {table.cell_id(r.id, c): v for c, v in parts.items()}
        cells[table.cell_id(r.id, "total")] = sum(parts.values())
    return cells


_PROBLEMS = "存在的主要问题是公开内容还不够全面，政策解读形式较为单一。下一步将加强培训，完善制度，提升公开质量。"


def _narrative(template: Template, agency: str, year: int, cells: dict[str, Number | None]) -> dict[str, SectionText]:
    def cell(cid: str) -> str:
        return str(cells.get(cid, 0) if cells.get(cid) is not None else 0)

    texts = {
        1: f"{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
        f"不断完善工作机制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
        2: f"{year}年，通过政府网站、政务新媒体和公开栏等渠道主动公开政府信息，及时发布政策文件和工作动态。",
        3: f"{year}年，本机关新收政府信息公开申请{cell('s3.received.total')}件，"
        f"上年结转{cell('s3.carried_in.total')}件，办结{cell('s3.total.total')}件，结转下年度继续办理{cell('s3.carried_forward.total')}件。",
        4: f"{year}年，因政府信息公开工作被申请行政复议{cell('s4.review.total')}件。",
        5: _PROBLEMS,
        6: "本年度未收取信息处理费。无其他需要报告的事项。",
    }
    return {str(s.number): SectionText(s.title, texts.get(s.number, texts[6])) for s in template.sections}


def _indicators(rng: random.Random, template: Template, year: int, scale: float) -> list[IndicatorRow]:
    rows = []
    for ind in template.indicators:
        if ind.unit == "%":
            value: Number = 100
        elif ind.unit == "万元":
            value = _amount(rng, 0.5, scale)
        else:
            value = _count(rng, 40, scale)
        earlier = value if ind.unit == "%" else value * rng.randint(1, 6) + _count(rng, 20, scale)
        if ind.unit == "万元":
            earlier = round(earlier, 6)  # as a report prints it, not with a float's error (6.267200000000001)
        columns = (c.format(year=year) for c in template.indicator_columns)
        rows.append(IndicatorRow(ind.label, ind.unit, dict(zip(columns, (value, earlier), strict=True))))
    return with_sums(template, rows)


def _form_indicators(rng: random.Random, template: Template, scale: float) -> list[IndicatorRow]:
    """The rows of a 统计表 printed on the template's form under value columns its reports print (the form's
    own twice as often as each other set)."""
    form = template.indicator_form
    assert form is not None
    columns = rng.choice((form.columns[0], *form.columns))
    rows = [IndicatorRow(r.label, r.unit, indicator_values(rng, r.unit, columns, scale)) for r in form.indicators]
    return with_sums(template, rows)


def indicator_values(
    rng: random.Random, unit: str | None, columns: Sequence[str], scale: float
) -> dict[str, Number | None]:
    """A 统计表 row's values under `columns`, the year's first: an amount in 万元 the same under each, a count
    at least as large under each later one (历年累计: the years before added)."""
    value: Number = _amount(rng, 0.5, scale) if unit == "万元" else _count(rng, 40, scale)
    later = [value if unit == "万元" else value * rng.randint(1, 6) + _count(rng, 20, scale) for _ in columns[1:]]
    return dict(zip(columns, (value, *later), strict=True))


def with_sums(template: Template, rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """`rows` with each sum their form states (`sums_and_bounds`) made to hold, in the order the form lists
    them (a sum that is a part of another before it)."""
    sums, bounds = sums_and_bounds(template, rows)
    for eq in sums + bounds:
        row, col = eq.lhs[0].split(".", 2)[1:]
        rows[int(row)].values[col] = sum(rows[int(k.split(".")[1])].values[col] or 0 for k in eq.rhs)
    return rows


def synth_record(
    rng: random.Random,
    template_id: str,
    year: int,
    level: str,
    *,
    blanks: int = 0,
    break_identity: bool = False,
    form: bool = False,
) -> Record:
    """A random realistic record on `template_id` for `year` by a fictional body at `level`, with
    `blanks` cells left blank and, if asked, one identity broken; its 统计表 printed on the template's
    fixed form if `form`."""
    template = get_template(template_id)
    scale = SCALE[level]
    agency = agency_name(rng, level)
    signed = date(year + 1, 1, 1) + timedelta(days=rng.randint(5, 80))
    published = signed + timedelta(days=rng.randint(0, 10))
    meta = Meta(agency, year, template_id, published.isoformat(), signed.isoformat(), level)
    cells: dict[str, Number | None] = {}
    units: dict[str, str] = {}
    s2 = template.section_tables(2)
    if s2:
        cells |= _section2(rng, s2, scale, level)
    for t in template.section_tables(3):
        cells |= _section3(rng, t, scale)
    for t in template.section_tables(4):
        cells |= _section4(rng, t, scale)
    for cid, kind in template.cell_kind.items():  # an amount with no unit in its header may print one
        column = template.table_of_cell[cid].column_by_id[cid.rsplit(".", 1)[1]]
        if kind is Kind.AMOUNT and column.unit is None and rng.random() < 0.5:
            units[cid] = "元"
    if break_identity and template.equations:
        eq = rng.choice(template.equations)
        cells[eq.lhs[0]] = (cells[eq.lhs[0]] or 0) + rng.randint(1, 5)
    for cid in rng.sample(sorted(cells), min(blanks, len(cells))):
        cells[cid] = None
        units.pop(cid, None)
    record = Record(meta=meta, cells=cells, units=units)
    if form and template.indicator_form:
        record.indicators = _form_indicators(rng, template, scale)
    elif template.indicators:
        record.indicators = _indicators(rng, template, year, scale)
    record.sections = _narrative(template, agency, year, cells)
    if not template.tables:  # the prose of a report with a 统计表 states its counts, as the 统计表 does
        record.sections |= _statistics_prose(template, year, record.indicators)
    return record


def _statistics_prose(template: Template, year: int, rows: list[IndicatorRow]) -> dict[str, SectionText]:
    """Sections 三 to 六 of a pre-2019 report: the requests, answers, reviews and suits its 统计表 counts
    (each the first value of the row that holds it), its fees, its problems."""

    labels = [r.label for r in rows]

    def stated(quantity: str) -> Number | None:
        holder = next(s for s in template.stated if s.quantity == quantity)
        row = next((r for r in rows if holder.held_by(r.label, labels)), None)
        return next(iter(row.values.values()), None) if row else None

    requests, answers = stated("requests"), stated("answers")
    review, litigation = stated("review"), stated("litigation")
    texts = {
        3: f"{year}年，本机关共受理政府信息公开申请{requests}件，办结{answers}件。"
        if requests is not None and answers is not None
        else f"{year}年，本机关依法受理并答复政府信息公开申请。",
        4: "本年度未收取政府信息公开费用。",
        5: f"{year}年，因政府信息公开申请行政复议{review}件，提起行政诉讼{litigation}件。"
        if review is not None and litigation is not None
        else f"{year}年，本机关政府信息公开工作未引发争议。",
        6: _PROBLEMS,
    }
    return {str(s.number): SectionText(s.title, texts[s.number]) for s in template.sections if s.number in texts}


def random_report(rng: random.Random) -> Record:
    """A record of a random year (2008–2025) and level, on the template of its year; from the year its
    统计表 has a national form, mostly printed on that."""
    year = rng.randint(2008, 2025)
    template = template_for_year(year)
    assert template is not None
    form = template.indicator_form is not None and year >= template.indicator_form.since and rng.random() < 0.7
    return synth_record(rng, template.id, year, rng.choice(LEVELS), blanks=rng.choice((0, 0, 0, 2)), form=form)


def synth_folder(n: int, out_dir: str | Path, seed: int = 0) -> list[Path]:
    """Write `n` random reports into `out_dir`, each in a random layout, with its true record beside it
    (`NNNN_<layout>.<ext>` and `NNNN.json`). Returns the report paths."""
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        record = random_report(rng)
        layout = rng.choice(LAYOUTS)
        content = write_layout(record, layout, seed=rng.randrange(1 << 30))
        ext = {"html": "html", "docx": "docx"}.get(layout, "txt")
        path = out / f"{i:04d}_{layout}.{ext}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        (out / f"{i:04d}.json").write_text(json.dumps(record.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(path)
    return paths


__all__ = ["LAYOUTS", "LEVELS", "TEXT_LAYOUTS", "agency_name", "synth_folder", "synth_record", "write_layout"]
