"""Commands that read reports: `zfxxgk parse`, `zfxxgk check`, `zfxxgk rules`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..record import Finding, Record, Severity, where
from ..templates import TEMPLATES, get_template, indicator_template
from .app import app
from .words import one_line, plural

# Rich is imported where output is drawn on a terminal (never for JSON), the parser and the checks where a
# command uses them (never for `zfxxgk --help`).
if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from ..pipeline import Trace

_SKIP = {".json", ".jsonl", ".tsv", ".py", ".zip"}


JOBS_HELP = "同时解析的进程数（默认：本机的全部核心；1：不另起进程）"
QUIET_HELP = "不显示进度条"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def iter_inputs(paths: list[Path], archives: bool = False) -> Iterator[Path]:
    """Files as given; a folder's report files, sorted by name, recursively (with `archives`, its .zip
    files too)."""
    skip = _SKIP - {".zip"} if archives else _SKIP
    for p in paths:
        if p.is_dir():
            yield from (f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() not in skip)
        else:
            yield p


def _parse_all(
    paths: list[Path], jobs: int = 0, quiet: bool = False, traces: list[Trace] | None = None
) -> Iterator[Record]:
    """Each input's record, in input order, parsed by `jobs` processes (0: every core), with a
    progress bar on a terminal's standard error unless `quiet` (for one file, a bar of its scanned
    pages while OCR reads them). With `traces` (for --explain), in this process, each record's trace
    appended there before it is yielded."""
    from ..batch import default_jobs, parse_many

    files = list(iter_inputs(paths))
    if traces is not None:
        records: Iterator[Record] = (_traced(f, traces) for f in files)
    elif len(files) == 1:  # no worker to start, unless a scan's pages need them
        records = _read_here(files[0], jobs or default_jobs())
    else:
        records = parse_many(files, min(jobs or default_jobs(), len(files)) or 1)
    if quiet or not sys.stderr.isatty():
        yield from records
    elif len(files) < 2:
        with _page_progress():
            yield from records
    else:
        yield from _with_progress(records, len(files))


def _read_here(path: Path, jobs: int) -> Iterator[Record]:
    """One file's record, read in this process; the pages of a scan by `jobs` worker processes."""
    from ..batch import parse_one
    from ..load.page_jobs import page_jobs

    with page_jobs(jobs):
        yield parse_one(path)


def _traced(path: Path, traces: list[Trace]) -> Record:
    from ..batch import parse_one
    from ..pipeline import Trace

    traces.append(trace := Trace())
    return parse_one(path, trace=trace)


def _tty_out() -> bool:
    """Whether standard output is a terminal too: then what is printed while a bar runs goes above it,
    otherwise (output to a file or pipe) it must stay on standard output."""
    return sys.stdout.isatty()


def _with_progress(records: Iterator[Record], total: int) -> Iterator[Record]:
    """The records, while a bar on standard error shows files done, their rate, the time left and the
    files that could not be read so far."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("解析"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TextColumn("[red]{task.fields[errors]}"),
    )
    errors = 0
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=_tty_out()) as progress:
        task = progress.add_task("parse", total=total, errors="", rate="")
        for rec in records:
            errors += rec.error is not None
            speed = progress.tasks[0].speed
            progress.update(
                task,
                advance=1,
                errors=f"{errors} 份无法读取" if errors else "",
                rate=f"{speed:.1f} 份/秒" if speed else "",
            )
            yield rec


LABEL_WIDTH = 16  # terminal cells a table's row labels keep however narrow the terminal


@contextmanager
def _page_progress() -> Iterator[None]:
    """While the block runs, a bar on standard error for the pages OCR reads (none for other files)."""
    from ..load.progress import watching_pages

    bar: Progress | None = None

    def show(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            columns = (TextColumn("识别扫描页"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            bar = Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=_tty_out())
            bar.start()
            bar.add_task("ocr", total=total)
        bar.update(bar.task_ids[0], completed=done, total=total)

    try:
        with watching_pages(show):
            yield
    finally:
        if bar is not None:
            bar.stop()


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}


def _console() -> Console:
    """Standard output as Rich prints to it: text as given, long lines wrapped by the terminal."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _show(console: Console, rec: Record, findings_only: bool = False) -> None:
    from rich.markup import escape
    from rich.table import Table as RichTable  # loaded only for output drawn as a table

    console.rule(f"[bold]{escape(rec.source.path or '')}")
    if rec.error:
        console.print(f"[bold red]无法读取[/]（{rec.error.code}）：{escape(rec.error.message)}")
        return
    m = rec.meta
    console.print(
        f"机关：{m.agency or '?'}　层级：{m.level or '?'}　年度：{m.year or '?'}　格式：{m.template or '?'}　"
        f"发布：{m.published or '—'}　落款：{m.signed or '—'}",
        markup=False,
    )
    if not findings_only and m.template:
        _show_tables(console, rec)
    if not findings_only and rec.indicators:
        stats = indicator_template(TEMPLATES.get(m.template or ""))
        t = RichTable(title=stats.indicator_title)
        cols = list(rec.indicators[0].values)
        for h in (*stats.indicator_header, *cols):
            t.add_column(escape(h))
        for ind in rec.indicators:
            t.add_row(escape(ind.label), escape(ind.unit or ""), *(_cell(ind.values.get(c)) for c in cols))
        console.print(t)
    _show_findings(console, rec)


def _show_findings(console: Console, rec: Record) -> None:
    """One row per finding — severity, rule, message with where it points and its cells — each wrapping
    within its own column."""
    from rich.table import Table as RichTable  # loaded only for output drawn as a table
    from rich.text import Text

    if not rec.findings:
        console.print("[green]未发现问题。[/]")
        return
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for f in rec.findings:
        text = Text(f.message)
        cells = ", ".join(f.cells[:4]) + ("…" if len(f.cells) > 4 else "")
        at = f"@{where(f.location)} " if f.location else ""
        if at or cells:
            text.append(f" {at}{cells}".rstrip(), style="dim")
        grid.add_row(Text(f.severity.value, style=_STYLE[f.severity]), Text(f.rule), text)
    console.print(grid)


def _flagged(rec: Record) -> dict[str, str]:
    """The style of each cell a finding names: that of its most severe finding."""
    order = list(Severity)
    styles: dict[str, str] = {}
    for f in sorted(rec.findings, key=lambda f: order.index(f.severity)):
        for cell in f.cells:
            styles.setdefault(cell, _STYLE[f.severity])
    return styles


def _number(v: object) -> str:
    return "—" if v is None else str(v)


def _cell(v: object) -> str:
    return "[dim]—[/]" if v is None else str(v)


def _show_tables(console: Console, rec: Record) -> None:
    """Each table read, its group labels (三、本年度办理结果, （三）不予公开) on rows of their own above the
    rows they group, long labels wrapped, and the cells a finding names in that finding's colour."""
    from rich.cells import cell_len
    from rich.table import Table as RichTable  # loaded only for output drawn as a table
    from rich.text import Text

    from ..render.grid import label_paths

    tpl = get_template(rec.meta.template or "")
    flagged = _flagged(rec)
    for table in tpl.tables:
        if not any(c in rec.cells for c in table.cell_ids):
            continue
        t = RichTable(title=f"{table.caption}", title_justify="left")
        t.add_column("", overflow="fold", min_width=LABEL_WIDTH)
        values = {c.id: [rec.cells.get(table.cell_id(r.id, c.id)) for r in table.rows] for c in table.columns}
        narrow = console.width < LABEL_WIDTH + sum(cell_len(c.label) + 3 for c in table.columns)
        for c in table.columns:  # on a narrow terminal headers wrap (社会公/益组织) to leave the labels room
            widest = max(len(_number(v)) for v in values[c.id])
            t.add_column(c.label, justify="right", overflow="fold", max_width=max(6, widest) if narrow else None)
        shown: tuple[str, ...] = ()
        for i, (r, path) in enumerate(zip(table.rows, label_paths(table.rows), strict=True)):
            cells = []
            for c in table.columns:
                style = flagged.get(table.cell_id(r.id, c.id)) or ("dim" if values[c.id][i] is None else "")
                cells.append(Text(_number(values[c.id][i]), style=style))
            if table.flat:  # 四: its groups, printed side by side on paper, are rows on a terminal
                t.add_row(Text(f"{r.parent}：{r.label}" if r.parent else r.label), *cells)
                continue
            for level, group in enumerate(path[:-1]):
                if shown[: level + 1] != path[: level + 1]:
                    t.add_row(Text("  " * level + group, style="bold"))
            shown = path[:-1]
            t.add_row(Text("  " * (len(path) - 1) + r.label), *cells)
        console.print(t)


@app.command()
def parse(
    paths: Annotated[list[Path], typer.Argument(help="报告文件或文件夹（递归读取）")],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text：表格与问题；json：每份报告一行 JSON")
    ] = (OutputFormat.text),
    explain: Annotated[bool, typer.Option("--explain", help="说明每个单元格从哪里读到")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
) -> None:
    """解析报告，输出记录（表格、元数据、章节、问题）。"""
    console = _console() if format is OutputFormat.text else None
    failed = False
    traces: list[Trace] | None = [] if explain else None
    for rec in _parse_all(paths, jobs, quiet, traces):
        failed |= rec.error is not None
        if format is OutputFormat.json:
            sys.stdout.write(rec.dumps() + "\n")
        elif console is not None:
            _show(console, rec)
            if traces:
                _explain(console, rec, traces[-1])
    raise typer.Exit(1 if failed else 0)


def _explain(console: Console, rec: Record, trace: Trace) -> None:
    """Each value read, where in the source and the text around it; then the table reader's notes."""
    from rich.markup import escape

    values = dict(rec.cells)
    for i, row in enumerate(rec.indicators):
        values.update({f"indicator.{i}.{c}": v for c, v in row.values.items()})
    for key, loc in rec.provenance.items():
        excerpt = trace.excerpts.get(key, "")
        line = f"{escape(key)} = {_cell(values.get(key))}  [dim]@{where(loc)}[/]  {escape(excerpt)}"
        console.print(line, highlight=False, soft_wrap=True)
    for note in trace.notes:
        console.print(f"[dim]{escape(note)}[/]", highlight=False, soft_wrap=True)


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="报告文件或文件夹")],
    fail_on: Annotated[str, typer.Option(help="在何种严重程度时以状态 1 退出：error / warning / never")] = "error",
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
) -> None:
    """只列出问题。退出状态：0 无问题；1 有达到 --fail-on 的问题；2 有文件无法读取。"""
    from ..checks.carry_over import check_across_years

    levels = {"error": {Severity.ERROR}, "warning": {Severity.ERROR, Severity.WARNING}, "never": set()}
    if fail_on not in levels:
        raise typer.BadParameter("--fail-on 取 error、warning 或 never")
    console = _console()
    worst = 0
    records = list(_parse_all(paths, jobs, quiet))
    check_across_years(records)  # an agency's consecutive years among the inputs: carry-over
    for rec in records:
        if rec.error:
            worst = 2
        elif any(f.severity in levels[fail_on] for f in rec.findings):
            worst = max(worst, 1)
        if format is OutputFormat.json:
            for f in rec.findings:
                sys.stdout.write(_finding_json(rec, f) + "\n")
        else:
            for line in (*check_lines(rec), report_summary(rec)):
                console.print(one_line(line), markup=False)
    if format is OutputFormat.text and len(records) > 1:
        console.print(one_line(batch_summary(records)), markup=False)
    raise typer.Exit(worst)


def check_lines(rec: Record) -> list[str]:
    """One line per finding, `path:where: rule [severity] message`; the findings of one rule are one
    line, at the first one's place, with how many there are: ending with the cells (or places) they
    name where all say the same, else with each message in turn."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in rec.findings:
        groups.setdefault((f.rule, f.severity.value), []).append(f)
    lines = []
    for (rule, severity), found in groups.items():
        first = found[0]
        at = f"{rec.source.path}:{where(first.location)}" if first.location else rec.source.path
        messages = list(dict.fromkeys(f.message for f in found))
        line = f"{at}: {rule} [{severity}] "
        if len(found) == 1:
            line += first.message
        elif len(messages) == 1:
            named = list(dict.fromkeys(c for f in found for c in f.cells)) or list(
                dict.fromkeys(where(f.location) for f in found if f.location)
            )
            line += f"{first.message} (×{len(found)}{': ' + ', '.join(named) if named else ''})"
        else:
            line += f"×{len(found)}：" + "；".join(m.rstrip("。") for m in messages) + "。"
        lines.append(line)
    return lines


def _tally(findings: list[Finding]) -> str:
    """`2 errors, 1 warning` (the severities met), or `no findings`."""
    counts = [(s, sum(f.severity is s for f in findings)) for s in Severity]
    named = [plural(n, s.value, "info" if s is Severity.INFO else None) for s, n in counts if n]
    return ", ".join(named) or "no findings"


def report_summary(rec: Record) -> str:
    """`path: 2 errors, 7 warnings`, `path: no findings` or `path: unreadable (code) message`."""
    if rec.error:
        return f"{rec.source.path}: unreadable ({rec.error.code}) {rec.error.message}"
    return f"{rec.source.path}: {_tally(rec.findings)}"


def batch_summary(records: list[Record]) -> str:
    """`15 reports, 1 unreadable: 33 errors, 14 warnings`."""
    unreadable = sum(rec.error is not None for rec in records)
    findings = [f for rec in records for f in rec.findings]
    return f"{plural(len(records), 'report')}, {unreadable} unreadable: {_tally(findings)}"


def _finding_json(rec: Record, f) -> str:
    import json

    return json.dumps({"path": rec.source.path, **f.to_json()}, ensure_ascii=False)


@app.command()
def rules() -> None:
    """列出所有检查规则及其含义。"""
    from rich.table import Table as RichTable  # loaded only for output drawn as a table

    from ..checks import ALL_RULES

    t = RichTable("规则", "严重程度")
    t.add_column("含义", overflow="fold")  # in full, wrapped: a meaning is one sentence with no spaces to break at
    for r in ALL_RULES.values():
        t.add_row(r.id, r.severity.value, r.summary)
    _console().print(t)
