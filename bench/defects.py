"""Defect injection: every real report in ../shared (text, Markdown and HTML forms) damaged one defect at a
time as a clerk would damage it, and each time whether the right rule fires about the right cells.

Kinds injected: a prose count the tables also hold changed (`prose_count`: 收到/受理申请, 办结/答复, 上年结转,
结转下年度, 行政复议, 行政诉讼, 现行有效, 主动公开 and the 办理结果 counts, in each sentence that states one);
one part of a prose list that adds up to its total changed (`sum_part`), and so in the list written as one
the text says is the whole (`said`: 包括, 分为, 分别); one cell of a table identity changed
(`identity.row_total`, `identity.outcome_total`, `identity.balance`, `identity.s4_total`) or blanked
(`cell_blank`); the publication date (or, a page giving none, the signature's) moved past the deadline
(`date_late`) or a date moved into the year reported (`date_early`); a statutory table deleted
(`table_deleted`). Look-alikes that are no defect (`lookalike`: a sentence stating a count rewritten as a 其中
of another total, a percentage, a 同比增长, a 累计; a list said to be whole as written, or short of its total with
its parts named as examples or in another unit) must leave the findings as they were.
On each report as printed, findings beyond the gold's `must_find` are
listed (those its `must_not_find` forbids are false).

Each text report is also written as a web page and in Markdown (`html*`, `md*`: its record rendered, the
prose as read) and damaged in those forms too.

Usage: python bench/defects.py [--misses] [--shared DIR]
Prints recall per defect kind and per report form, the false findings, and with --misses every miss.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from zfxxgk.load.text import decode
from zfxxgk.pipeline import parse_bytes
from zfxxgk.record import Finding, Meta, Record
from zfxxgk.render import render
from zfxxgk.templates import get_template, s3_outcome_kinds

SHARED = Path(__file__).resolve().parents[2] / "shared"
FORMS = {".txt": "text", ".md": "md", ".html": "html"}
DEFECT_RULES = re.compile(r"narrative\.|identity\.|date\.late|date\.signed_before|date\.published_before|table\.")

# What a clause says before a count of each quantity (the harness's own reading, not the checks')
QUANTITY_WORDS = {
    "requests": r"(?:收到|受理|新收|接收|共有|申请).*申请|申请.*(?:收到|受理|新收)",
    "carried_in": r"上一?年度?.*结转|结转.*上一?年",
    "answers": r"办结|答复|办理完毕",
    "carried_forward": r"结转|顺延|下一?年度?",
    "review": r"行政复议|复议",
    "litigation": r"行政诉讼|诉讼",
    "in_force": r"现行有效",
    "proactive": r"主动公开",
}
# What a clause says after a count of a quantity that may be named after its count (72件申请…顺延到下年度,
# 有1件涉及政府信息公开的行政复议)
AFTER_WORDS = {
    "carried_forward": r"^件(?:申请)?[^，,。；;]{0,12}?(?:结转|顺延|转入)(?:至|到)?下一?年",
    "review": r"^[件起][^，,。；;]{0,20}?行政复议",
    "litigation": r"^[件起][^，,。；;]{0,20}?行政诉讼",
}
# Where one channel published what is counted: 在…网站主动公开的425条
CHANNELS = r"网站|微博|微信|公众号|新媒体|客户端|公开栏|报刊|报纸|电视|广播|短信"
ON_CHANNEL = re.compile(rf"在[^，,。；;]*(?:{CHANNELS})")
COUNT = re.compile(r"(?<![\d.])(\d+)\s*(件|条|起|宗|个|次)")
CLAUSE_MARKS = "，,。；;：:！？!?\n（）()"
SENTENCE_MARKS = "。；;！？!?"


@dataclass
class Case:
    kind: str
    report: str
    form: str
    what: str
    text: str
    rule: str  # a glob of the rule that must fire (or "" for a look-alike: nothing new may fire)
    cells: tuple[str, ...] = ()  # a finding about one of these (a prefix of its cells) is about the right cells
    line: int | None = None  # or a finding located on this line


def reports(shared: Path) -> Iterator[tuple[Path, dict]]:
    for d in ("seeds", "corpus", "corpus-new"):
        for p in sorted((shared / d).iterdir()):
            gold = shared / "gold" / d / f"{p.stem}.json"
            if p.suffix in FORMS and gold.exists():
                yield p, json.loads(gold.read_text(encoding="utf-8"))


def parse(text: str, name: str) -> Record:
    return parse_bytes(text.encode("utf-8"), name)


def line_of(text: str, i: int) -> int:
    return text.count("\n", 0, i) + 1


def clause_before(text: str, i: int) -> str:
    j = i
    while j > 0 and text[j - 1] not in CLAUSE_MARKS:
        j -= 1
    return text[j:i]


def in_prose(text: str, i: int) -> bool:
    """Whether the count at `i` stands in a line of prose (a sentence's marks in it), not a table's row."""
    a, b = text.rfind("\n", 0, i) + 1, text.find("\n", i)
    line = text[a : b if b >= 0 else len(text)]
    if "<" in line:  # a web page: the text between two tags, not in a table's cell
        cell = text.rfind("<td", 0, i) > text.rfind("</td", 0, i) or text.rfind("<th", 0, i) > text.rfind("</th", 0, i)
        a, b = text.rfind(">", 0, i) + 1, text.find("<", i)
        line = "|" if cell else text[a : b if b >= 0 else len(text)]
    return "|" not in line and any(c in line for c in "，。；") and len(line) > 15


def stated_values(rec: Record) -> dict[str, tuple[set[int], tuple[str, ...]]]:
    """Each quantity the prose may state: the values the tables give it, and its cells."""
    out: dict[str, tuple[set[int], tuple[str, ...]]] = {}
    tpl = get_template(rec.meta.template) if rec.meta.template else None
    if tpl is None:
        return out
    c = rec.cells
    for spec in tpl.stated:
        if spec.cells:
            vals = [c.get(x) for x in spec.cells]
            if all(isinstance(v, int) for v in vals):
                values = {sum(vals)}  # type: ignore[arg-type]
                also = [c.get(x) for x in spec.also]
                if also and all(isinstance(v, int) for v in also):
                    values.add(sum(vals) + sum(also))  # type: ignore[arg-type]
                out[spec.quantity] = (values, spec.cells)
        elif rec.meta.year is not None:
            for row in rec.indicators:
                if spec.holds_row(row.label):
                    v = next((v for k, v in row.values.items() if str(rec.meta.year) in k and "累计" not in k), None)
                    if isinstance(v, int):
                        out.setdefault(spec.quantity, ({v}, ()))
                    break
    return out


def outcome_values(rec: Record) -> dict[str, tuple[int, tuple[str, ...]]]:
    tpl = get_template(rec.meta.template) if rec.meta.template else None
    tables = tpl.section_tables(3) if tpl and tpl.tables else ()
    if not tables:
        return {}
    table = tables[0]
    out = {}
    for kind, rows in s3_outcome_kinds(table):
        vals = [rec.cells.get(table.cell_id(r, "total")) for r in rows]
        if all(isinstance(v, int) for v in vals):
            out[kind] = (sum(vals), tuple(table.row_prefix(r) for r in rows))  # type: ignore[arg-type]
    return out


def prose_counts(text: str, rec: Record) -> Iterator[tuple[re.Match[str], str, tuple[str, ...]]]:
    """Each count in the prose that states a quantity the tables hold, with the quantity and its cells."""
    stated = stated_values(rec)
    outcomes = outcome_values(rec)
    for m in COUNT.finditer(text):
        if not in_prose(text, m.start()):
            continue
        n = int(m.group(1))
        before = clause_before(text, m.start())
        for kind, (value, cells) in outcomes.items():
            if value == n and kind in before:
                yield m, kind, cells
                break
        else:
            for q, (values, cells) in stated.items():
                after = "".join(text[m.end(1) : m.end() + 40].split())  # a line's wrap taken out
                if n in values and (
                    re.search(QUANTITY_WORDS.get(q, q), before) or re.search(AFTER_WORDS.get(q, "$^"), after)
                ):
                    yield m, q, cells
                    break


def changed(n: int) -> int:
    return n + 1 if n % 10 != 9 else n - 1


def inject_prose(path: Path, form: str, text: str, rec: Record) -> Iterator[Case]:
    """Each prose count changed; a count of what one channel published (在门户网站主动公开的425条) may differ
    from the table's by what the others did, so changed it is a look-alike. A list's total changed is found
    as a mismatch with the table or with its parts, which add up to it no more."""
    totals = {t.start() for t, _ in partitions(text)}  # a list's total: its look-alikes would break the list
    for m, q, cells in prose_counts(text, rec):
        a, b = m.span(1)
        new = text[:a] + str(changed(int(m.group(1)))) + text[b:]
        what = f"{q}: {text[max(0, a - 24) : m.end()]!r}"
        if not ON_CHANNEL.search(clause_before(text, m.start())):
            rule = "narrative.*_mismatch" if m.start() in totals else "narrative.table_mismatch"
            yield Case("prose_count", path.name, form, what, new, rule, cells, line_of(text, a))
        elif m.start() not in totals:
            yield Case("lookalike", path.name, form, f"一个渠道: {what}", new, "")
        looks = [] if m.start() in totals else lookalikes(text, m, q in QUANTITY_WORDS, rec.meta)
        for look, phrase in looks:
            yield Case("lookalike", path.name, form, f"{phrase}: {what}", look, "")


# "No applications" as reports say it, and words that say nothing of them: a subset, a complaint about them,
# and a 行政复议 (said only where the tables have none, so that it is true)
NONE_SAID = (
    "未收到政府信息公开申请",
    "没有收到有关政府信息公开的申请",
    "未收到依申请公开事件",
    "未收到公民、法人或其他组织提出的政府信息公开申请",
    "未接到政府信息公开申请",
    "无政府信息公开申请",
)
NOT_NONE = (
    "未收到上级转办的政府信息公开申请",
    "未收到有关政府信息公开申请的投诉",
    "无逾期答复政府信息公开申请的情况",
    "无政府信息公开申请被驳回的情况",
)
NO_REVIEW = (
    "未发生因政府信息公开被申请行政复议的情况",
    "未收到政府信息公开行政复议申请",
    "未发生政府信息公开申请引发的行政复议",
    "未收到依申请公开事件的行政复议申请",
    "无政府信息公开申请引发的行政复议",
)
VERB = re.compile(r"(?:共|共计|总共)?(?:新)?(?:收到|受理)")
# No 行政复议 or 行政诉讼 as reports say it; and none of them lost or corrected (true where the tables have none)
NONE_OF_CASES = {
    "review": (
        "未发生因政府信息公开被申请行政复议的情况",
        "无因政府信息公开被申请行政复议的情况",
        "没有因政府信息公开申请行政复议的情况",
        "未接到政府信息公开行政复议申请",
    ),
    "litigation": (
        "未发生因政府信息公开被提起行政诉讼的情况",
        "无因政府信息公开被提起行政诉讼的情况",
        "没有因政府信息公开提起行政诉讼的情况",
    ),
}
NONE_LOST = {
    "review": ("未发生因政府信息公开被行政复议纠错的情况", ("s4.review.corrected",)),
    "litigation": (
        "未发生因政府信息公开行政诉讼败诉的情况",
        ("s4.litigation_direct.corrected", "s4.litigation_after_review.corrected"),
    ),
}


def inject_none(path: Path, form: str, text: str, rec: Record) -> Iterator[Case]:
    """Each statement of the applications received, or of the 行政复议 or 行政诉讼, where the tables count
    some, rewritten to say there were none (`none_said`: a clerk's copy of another year's sentence), which
    `narrative.table_mismatch` must find; and to say what is no such statement (of a part of the applications,
    a complaint; none lost), which must leave the findings as they were."""
    stated = stated_values(rec)
    review = stated.get("review", ({1}, ()))[0]
    totals = {t.start() for t, _ in partitions(text)}  # a list's total: rewritten, the list would lose it
    for m, q, cells in prose_counts(text, rec):
        clause = clause_before(text, m.start())
        if m.start() in totals or ON_CHANNEL.search(clause):
            continue
        none_lost = {k: lost for k, (lost, cs) in NONE_LOST.items() if all(rec.cells.get(c) == 0 for c in cs)}
        if q == "requests" and (verb := VERB.search(clause)):
            a, nones, looks = m.start() - len(clause) + verb.start(), NONE_SAID, NOT_NONE
            looks += (NO_REVIEW if review == {0} else ()) + tuple(none_lost.values())
        elif q in NONE_OF_CASES:
            a, nones = m.start() - len(clause), NONE_OF_CASES[q]
            looks = (none_lost[q],) if q in none_lost else ()
        else:
            continue
        what = f"{text[max(0, a - 12) : m.end()]!r}"
        for said in nones:
            new = text[:a] + said + text[m.end() :]
            rule = "narrative.table_mismatch"
            yield Case("none_said", path.name, form, f"{said}: {what}", new, rule, cells, line_of(text, a))
        for said in looks:
            yield Case("lookalike", path.name, form, f"{said}: {what}", text[:a] + said + text[m.end() :], "")


def lookalikes(text: str, m: re.Match[str], whole: bool, meta: Meta) -> Iterator[tuple[str, str]]:
    """The count's sentence rewritten so that a changed number in it is no count of the quantity for the
    report's year: the number made a comparison with last year's or a rough one; the statement made last
    year's, another year's, one office's, or that of a body named after the report's own (its units, its
    office), and one of a quantity that is no part of another (`whole`) a part of another total; or the
    count followed by a share, a growth or a running total. Each must leave the findings as they were."""
    year = meta.year
    a, b = m.span(1)
    n = changed(int(m.group(1)))
    unit = m.group(2)
    yield text[:a] + f"较上年增加{n}" + text[b:], "较上年增加"
    yield text[:a] + f"约{n}" + text[b:], "约"
    clause = a - len(clause_before(text, a))
    heads = {"区教育局": "区教育局", "上年度": "上年度", f"{year - 1}年" if year else "": "另一年"}
    if meta.agency:
        heads |= {f"{meta.agency}所属单位": "所属单位", f"{meta.agency}办公室": "其办公室"}
    if whole:  # an outcome is a part of the applications answered, whatever its sentence says
        heads[f"收到各类来信{2 * n + 50}{unit}，其中涉及社保的"] = "其中"  # a part of a part: not named by itself
    years = list(re.finditer(r"(?:19|20)\d{2}\s*年", text[clause:a]))
    at = clause + years[-1].start() if years else clause  # the statement's own words: after a heading run in
    for head, phrase in heads.items():
        if head and not (phrase == "上年度" and "结转" in text[clause:a]):  # 上年度结转 is this year's
            yield text[:at] + head + text[at:a] + str(n) + text[b:], phrase
    tails = {"百分比": f"，占比{n}%", "同比增长": f"，同比增长{n}{unit}", "累计": f"，历年累计{n}{unit}"}
    for phrase, tail in tails.items():
        yield text[: m.end()] + tail + text[m.end() :], phrase


SUM_TOTAL = re.compile(r"(?<![\d.])(\d+)\s*(件|条|个|项|篇|次)")


# A list's opener at the start of the sentence after its total: 其中, 在主动公开的信息中
OPENER = re.compile(r"\s*(?:其中|在[^，,。；;]{0,20}中\s*[，,])")
LIST_WORD = re.compile(r"其中|中\s*[，,]|[:：]|分别|包括|主要")  # what opens a list of parts


def partitions(text: str) -> Iterator[tuple[re.Match[str], list[re.Match[str]]]]:
    """Each total in the prose followed by two or more counts of its unit that add up to it exactly: the
    counts from the first after it, in its sentence (or the next, when that opens with 其中), to the
    paragraph's end at most."""
    for m in SUM_TOTAL.finditer(text):
        if not in_prose(text, m.start()):
            continue
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        parts, total = [], int(m.group(1))
        for p in SUM_TOTAL.finditer(text, m.end(), stop):
            if p.group(2) != m.group(2):
                continue
            if not parts:
                gap = text[m.end() : p.start()]
                ends = [i for c in "。！？!?" if (i := gap.find(c)) >= 0]
                if len(gap) > 60 or not LIST_WORD.search(gap) or (ends and not OPENER.match(gap, min(ends) + 1)):
                    break
            parts.append(p)
            s = sum(int(x.group(1)) for x in parts)
            if s == total and len(parts) >= 2:
                yield m, parts
                break
            if s > total:
                break


SHARE = re.compile(r"\s*[，,]?\s*占[^\d。；;，,]{0,8}?\d+(?:\.\d+)?\s*[%％]")  # 1687条，占66%
REST = re.compile(r"其他|其它|其余")  # a part named for what is left
ACCOUNTS = "个"  # the unit of what a channel is made of (微博29个、微信公众号41个): each its own


def whole_as_written(text: str, parts: list[re.Match[str]]) -> bool:
    """Whether a list says its parts are the whole: its last part is what is left (其他类信息18条), or every
    part prints its share. Short of its total, another is then missing; a bare 其中 list may name a few."""
    last = text[parts[-2].end() : parts[-1].start()]
    return bool(REST.search(last)) or all(SHARE.match(text, p.end()) for p in parts)


def by_channel(text: str, total: re.Match[str], parts: list[re.Match[str]]) -> bool:
    """Whether the parts count what each channel published (门户网站12579条，新媒体18926条): one item on
    several channels is counted on each, so such parts may add up to more than the items."""
    return total.group(2) != ACCOUNTS and bool(re.search(CHANNELS, text[total.end() : parts[-1].start()]))


def inject_sums(path: Path, form: str, text: str) -> Iterator[Case]:
    """The largest part of each list made one more (the parts overshoot) or one less (they fall short); and
    each list written as one that says its parts are the whole (`said_whole`), damaged the same way. Parts
    that overshoot by channel, or fall short of a list not said whole, are no defect a reader could see:
    look-alikes."""
    for total, parts in partitions(text):
        p = max(parts, key=lambda x: int(x.group(1)))
        a, b = p.span(1)
        n = int(p.group(1))
        what = f"{text[total.start() : parts[-1].end()]!r}"
        line = line_of(text, total.start())
        overlap, whole = by_channel(text, total, parts), whole_as_written(text, parts)
        for kind, new, seen in (("sum_part_over", n + 1, not overlap), ("sum_part_under", n - 1, whole)):
            damaged = text[:a] + str(new) + text[b:]
            if seen:
                yield Case(kind, path.name, form, what, damaged, "narrative.sum_mismatch", (), line)
            else:
                yield Case("lookalike", path.name, form, f"{kind} ({new}): {what}", damaged, "")
        yield from said_whole(path, form, text, total, parts)


# What opens a list in the text: the words from the total's unit to the first part's name
_LIST_OPENER = re.compile(r"^[。！？!?，,；;]?\s*(?:其中|在[^，,。；;]{0,20}中)\s*[，,：:]?")
_NAME = re.compile(r"^[\s，,、；;：:]*([^\d。！？!?%％<>|]+?)\s*$")  # a part's name alone between two parts


def said_whole(path: Path, form: str, text: str, total: re.Match[str], parts: list[re.Match[str]]) -> Iterator[Case]:
    """A list of parts that add up to their total rewritten to say they are the whole — `100条，包括A 60条、B
    40条`, `分为…`, `其中A、B分别为60条、40条` — its largest part then made one less and one more, which
    `narrative.sum_mismatch` must find (`said_under`, `said_over`); and look-alikes that must stay silent with
    that part one less: as written, adding up; its parts said to be examples (`…40条等`, `主要包括`, `A、B等分别
    为…`) or counted in another unit than the total (`100条，包括A 60项、B 39项`)."""
    gap = text[total.end() : parts[0].start()]
    opener = _LIST_OPENER.match(gap)
    if opener is None:
        return
    head, first = text[: total.end()], gap[opener.end() :]
    names = [_NAME.match(first), *(_NAME.match(text[a.end() : b.start()]) for a, b in pairwise(parts))]
    big = max(range(len(parts)), key=lambda i: int(parts[i].group(1)))
    n = int(parts[big].group(1))
    other = "项" if total.group(2) != "项" else "篇"

    def written(word: str, value: int) -> str:
        counts = [p.group() if i != big else p.group().replace(p.group(1), str(value), 1) for i, p in enumerate(parts)]
        if word in ("分别", "等分别"):
            listed = "、".join(m.group(1) for m in names if m)
            return f"{head}，其中{listed}{'等' if word == '等分别' else ''}分别为{'、'.join(counts)}"
        if word == "另一单位":
            counts = [c.replace(p.group(2), other) for c, p in zip(counts, parts, strict=True)]
        between = [text[a.end() : b.start()] for a, b in pairwise(parts)]
        body = first + "".join(c + w for c, w in zip(counts, [*between, ""], strict=True))
        opens = {"主要包括": "主要包括", "分为": "分为"}.get(word, "包括")
        return f"{head}，{opens}{body}{'等' if word == '包括…等' else ''}"

    forms, looks = ["包括", "分为"], ["主要包括", "另一单位"]
    if not re.search("其他|其它|其余", text[total.end() : parts[-1].end()]):  # a list ending in what is left is whole
        looks.append("包括…等")
    if all(names) and not any("分别" in m.group(1) for m in names if m):
        forms.append("分别")
        looks.append("等分别")
    rest = text[parts[-1].end() :]
    line = line_of(text, total.start())
    overlap = by_channel(text, total, parts)  # over, parts by channel overlap unless 分为 says they split it
    for word in forms + looks:
        what = f"{word}: {written(word, n)[total.start() :]!r}"
        for kind, new in (("said_under", n - 1), ("said_over", n + 1), ("", n)):
            damaged = written(word, new) + rest
            if word in forms and kind and not (kind == "said_over" and overlap and word != "分为"):
                yield Case(kind, path.name, form, what, damaged, "narrative.sum_mismatch", (), line)
            elif kind != "said_over" or word in forms:
                yield Case("lookalike", path.name, form, f"{word} ({new}): {what}", damaged, "")


IDENTITY_PICK = {  # for each identity family, a cell whose change breaks it
    "identity.row_total": ("s3.granted.natural_person", "s3.received.natural_person"),
    "identity.outcome_total": ("s3.total.natural_person", "s3.total.other_org"),
    "identity.balance": ("s3.carried_forward.total", "s3.received.total"),
    "identity.s4_total": ("s4.review.upheld", "s4.review.total", "s4.litigation_direct.total"),
}


def inject_cells(path: Path, form: str, text: str, rec: Record) -> Iterator[Case]:
    tpl = get_template(rec.meta.template) if rec.meta.template else None
    if tpl is None or not tpl.tables:
        return
    judged = [eq for eq in tpl.equations if all(isinstance(rec.cells.get(c), int) for c in eq.cells)]
    for rule, picks in IDENTITY_PICK.items():
        found = ((c, cell_span(text, rec, c)) for c in picks if any(eq.rule == rule and c in eq.cells for eq in judged))
        cell, (a, b) = next(((c, span) for c, span in found if span), ("", (0, 0)))
        if not cell:
            continue
        n = rec.cells[cell]
        new = text[:a] + str(changed(n)) + text[b:]  # type: ignore[arg-type]
        line = rec.provenance[cell].get("line")
        yield Case(rule, path.name, form, f"{cell} {n}→{changed(n)}", new, rule, (cell,), line)  # type: ignore[arg-type]
        if rule == "identity.row_total":
            blank = text[:a] + " " * (b - a) + text[b:]
            yield Case("cell_blank", path.name, form, f"{cell} blanked", blank, "table.incomplete", (cell,), None)


def cell_span(text: str, rec: Record, cell: str) -> tuple[int, int] | None:
    """Where the cell's value is printed: its offsets as read, or in a rendered page the cell's element."""
    where = rec.provenance.get(cell, {})
    if "start" in where:
        return where["start"], where["end"]
    m = re.search(rf'data-cell="{re.escape(cell)}">(\d+)<', text)
    return m.span(1) if m else None


DATE = r"((?:19|20)\d{2})\s*(年|-|/|\.)\s*(\d{1,2})\s*(月|-|/|\.)\s*(\d{1,2})\s*日?"


def inject_dates(path: Path, form: str, text: str, rec: Record) -> Iterator[Case]:
    year = rec.meta.year
    if year is None:
        return
    for field, iso in (("published", rec.meta.published), ("signed", rec.meta.signed)):
        if not iso:
            continue
        y, mo, d = (int(x) for x in iso.split("-"))
        found = [
            m for m in re.finditer(DATE, text) if (int(m.group(1)), int(m.group(3)), int(m.group(5))) == (y, mo, d)
        ]
        if not found:
            continue
        m = found[-1] if field == "signed" else found[0]

        def moved(yy: int, mm: int, dd: int, m: re.Match[str] = m) -> str:
            s = m.group()
            s = s.replace(m.group(1), str(yy), 1)
            s = re.sub(rf"(?<=[年\-/.]){m.group(3)}(?=\s*[月\-/.])", str(mm), s, count=1)
            s = re.sub(rf"(?<=[月\-/.]){m.group(5)}(?!\d)", str(dd), s, count=1)
            return text[: m.start()] + s + text[m.end() :]

        cells = (f"meta.{field}",)
        late, early = f"{iso}→{year + 1}-06-15", f"{iso}→{year}-12-20"
        if field == "published" or not rec.meta.published:  # no page date: the signature's decides
            yield Case("date_late", path.name, form, late, moved(year + 1, 6, 15), "date.late", cells)
        yield Case("date_early", path.name, form, early, moved(year, 12, 20), f"date.{field}_before*", cells)


def inject_tables(path: Path, form: str, text: str, rec: Record) -> Iterator[Case]:
    tpl = get_template(rec.meta.template) if rec.meta.template else None
    if tpl is None or not tpl.tables:
        return
    pages = list(re.finditer(r"<table\b.*?</table>", text, re.S | re.I)) if form.startswith("html") else []
    printed = [set(re.findall(r'data-cell="([^"]+)"', t.group())) for t in pages]
    deleted: set[tuple[int, int]] = set()  # a page's table that prints several of the template's, once
    for table in tpl.tables:
        cells = set(table.cell_ids)  # its own: the cells of 二's tables share their prefix (s2.regulations.…)
        if form.startswith("html"):  # the table elements holding its cells, or a page's of three: 二, 三, 四
            mine = [t for t, held in zip(pages, printed, strict=True) if held & cells]
            if not mine and len(pages) != 3:
                continue
            gone = mine or [pages[table.section - 2]]
            span = (gone[0].start(), gone[-1].end())
            if span in deleted:
                continue
            deleted.add(span)
            new = text[: span[0]] + text[span[1] :]
        else:
            lines = [p["line"] for c, p in rec.provenance.items() if c in cells and "line" in p]
            if not lines:
                continue
            lo, hi = min(lines), max(lines)
            if lo == hi:
                continue  # the tables run on one line with others
            rows = text.split("\n")
            new = "\n".join(rows[: lo - 1] + rows[hi:])
        # the table's heading may stay: a table that prints none of its numbers is absent or incomplete
        yield Case("table_deleted", path.name, form, table.id, new, "table.*", table.cell_ids)


def about(f_cells: tuple[str, ...], cells: tuple[str, ...]) -> bool:
    return any(c == x or c.startswith(x + ".") or x.startswith(c + ".") for c in f_cells for x in cells)


Base = list[Finding]  # the findings of the report as printed


def flagged(case: Case, base: Base, rec: Record) -> bool:
    """Whether some new finding, under any rule, is about the cells changed (a value left null and said why)."""
    return any(f not in base and about(f.cells, case.cells) for f in rec.findings)


def judge(case: Case, base: Base, rec: Record, form: str) -> bool:
    """Whether the right rule fired about the right cells — or, for a finding about no cells, a new one on
    the line changed (anywhere in a web page, whose findings point to no line); for a look-alike, that
    nothing new fired."""
    found = [f for f in rec.findings if DEFECT_RULES.match(f.rule)]
    if not case.rule:
        return not Counter((f.rule, f.cells) for f in found) - Counter((f.rule, f.cells) for f in base)
    for f in found:
        if not fnmatch.fnmatch(f.rule, case.rule):
            continue
        if case.cells and about(f.cells, case.cells):
            return True
        if f.cells or f in base:
            continue
        line = (f.location or {}).get("line")
        if case.line is None or line == case.line or (line is None and form.startswith("html")):
            return True
    return False


def expected(gold: dict) -> tuple[list[str], list[str]]:
    return [f["rule"] for f in gold.get("must_find", [])], list(gold.get("must_not_find", []))


@dataclass
class Outcome:
    case: Case
    found: bool  # the right rule about the right cells (for a look-alike: nothing new)
    flagged: bool  # missed, but another new finding names the cells changed


def forms_of(path: Path, text: str, rec: Record) -> Iterator[tuple[str, Path, str, Record]]:
    """The report as printed, and a text report also written as a web page and in Markdown from its record."""
    yield FORMS[path.suffix], path, text, rec
    if path.suffix == ".txt":
        for to in ("html", "md"):
            written = Path(f"{path.stem}.{to}")
            page = str(render(rec, to))
            yield f"{to}*", written, page, parse(page, written.name)


def damage(path: Path, text: str, rec: Record) -> Iterator[Outcome]:
    """Every defect injected into the report in each of its forms, one at a time, and what was found."""
    for form, where, page, read in forms_of(path, text, rec):
        cases = [
            *inject_prose(where, form, page, read),
            *inject_none(where, form, page, read),
            *inject_sums(where, form, page),
            *inject_cells(where, form, page, read),
            *inject_dates(where, form, page, read),
            *inject_tables(where, form, page, read),
        ]
        for case in cases:
            damaged = parse(case.text, where.name)
            found = judge(case, read.findings, damaged, form)
            yield Outcome(case, found, not found and bool(case.cells) and flagged(case, read.findings, damaged))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="print every case missed")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    misses: list[Case] = []
    told: Counter[str] = Counter()  # misses where another finding is about the cells changed
    false: list[str] = []
    extra: list[str] = []
    for path, gold in reports(args.shared):
        text = decode(path.read_bytes())
        rec = parse(text, path.name)
        must, must_not = expected(gold)
        for f in rec.findings:
            if not DEFECT_RULES.match(f.rule) or f.rule in must:
                continue
            line = f"{path.name}: {f.rule} {f.cells[:3]} {f.message[:80]}"
            (false if any(fnmatch.fnmatch(f.rule, p) for p in must_not) else extra).append(line)
        for out in damage(path, text, rec):
            case = out.case
            for key in ((case.kind, "all"), (case.kind, case.form)):
                total[key] += 1
                hits[key] += out.found
            if not out.found:
                misses.append(case)
                told[case.kind] += out.flagged
    kinds = sorted({k for k, _ in total})
    forms = sorted({f for _, f in total if f != "all"})
    print(f"{'kind':24} {'all':>9} " + " ".join(f"{f:>9}" for f in forms) + "  missed, but the cells flagged")
    for k in kinds:
        cols = [f"{hits[k, f]}/{total[k, f]}" if total[k, f] else "-" for f in ["all", *forms]]
        print(f"{k:24} " + " ".join(f"{c:>9}" for c in cols) + (f"  {told[k]}" if told[k] else ""))
    print(f"false findings on the reports as printed: {len(false)}")
    for line in false:
        print("  FALSE", line)
    print(f"findings the gold leaves open: {len(extra)}")
    for line in extra:
        print("  open ", line)
    if args.misses:
        for c in misses:
            print(f"MISS {c.kind:22} {c.report:28} {c.what}")


if __name__ == "__main__":
    main()
