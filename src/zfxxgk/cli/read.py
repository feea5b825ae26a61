"""Commands that read reports: `zfxxgk parse`, `zfxxgk check`, `zfxxgk rules`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..batch import default_jobs, parse_many, parse_one
from ..checks import ALL_RULES
from ..checks.carry_over import check_across_years
from ..pipeline import Trace
from ..record import Record, Severity, where
from ..templates import TEMPLATES, get_template, indicator_template
from .app import app

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

_SKIP = {".json", ".jsonl", ".tsv", ".py", ".zip"}


JOBS_HELP = "同时解析的进程数（默认：本机的全部核心；1：不另起进程）"
QUIET_HELP = "不显示进度条"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def iter_inputs(paths: list[Path]) -> Iterator[Path]:
    """Files as given; a folder's report files, sorted by name, recursively."""
    for p in paths:
        if p.is_dir():
            yield from (f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() not in _SKIP)
        else:
            yield p


def _parse_all(
    paths: list[Path], jobs: int = 0, quiet: bool = False, traces: list[Trace] | None = None
) -> Iterator[Record]:
    """Each input's record, in input order, parsed by `jobs` processes (0: every core), with a
    progress bar on a terminal's standard error unless `quiet` (for one file, a bar of its scanned
    pages while OCR reads them). With `traces` (for --explain), in this process, each record's trace
    appended there before it is yielded."""
    files = list(iter_inputs(paths))
    if traces is not None:
        records: Iterator[Record] = (_traced(f, traces) for f in files)
    else:
        records = parse_many(files, min(jobs or default_jobs(), len(files)) or 1)  # one file: no worker to start
    if quiet or not sys.stderr.isatty():
        yield from records
    elif len(files) < 2:
        with _page_progress():
            yield from records
    else:
        yield from _with_progress(records, len(files))


def _traced(path: Path, traces: list[Trace]) -> Record:
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
    """Standard output as Rich prints to it (Rich is loaded only for output that needs it)."""
    from rich.console import Console

    return Console()


def _show(console: Console, rec: Record, findings_only: bool = False) -> None:
    console.rule(f"[bold]{rec.source.path}")
    if rec.error:
        console.print(f"[bold red]无法读取[/]（{rec.error.code}）：{rec.error.message}")
        return
    m = rec.meta
    console.print(
        f"机关：{m.agency or '?'}　层级：{m.level or '?'}　年度：{m.year or '?'}　格式：{m.template or '?'}　"
        f"发布：{m.published or '—'}　落款：{m.signed or '—'}"
    )
    if not findings_only and m.template:
        _show_tables(console, rec)
    if not findings_only and rec.indicators:
        from rich.table import Table as RichTable

        stats = indicator_template(TEMPLATES.get(m.template or ""))
        t = RichTable(title=stats.indicator_title)
        cols = list(rec.indicators[0].values)
        for h in (*stats.indicator_header, *cols):
            t.add_column(h)
        for ind in rec.indicators:
            t.add_row(ind.label, ind.unit or "", *(_cell(ind.values.get(c)) for c in cols))
        console.print(t)
    if rec.findings:
        for f in rec.findings:
            cells = ", ".join(f.cells[:4]) + ("…" if len(f.cells) > 4 else "")
            at = f"@{where(f.location)} " if f.location else ""
            console.print(f"[{_STYLE[f.severity]}]{f.severity.value:7}[/] {f.rule:34} {f.message} [dim]{at}{cells}[/]")
    else:
        console.print("[green]未发现问题。[/]")


def _cell(v: object) -> str:
    return "[dim]—[/]" if v is None else str(v)


def _show_tables(console: Console, rec: Record) -> None:
    from rich.table import Table as RichTable

    tpl = get_template(rec.meta.template or "")
    for table in tpl.tables:
        if not any(c in rec.cells for c in table.cell_ids):
            continue
        t = RichTable(title=f"{table.caption}", title_justify="left")
        t.add_column("")
        for c in table.columns:
            t.add_column(c.label, justify="right")
        for r in table.rows:  # 四 too: its groups, printed side by side on paper, are rows on a terminal
            label = f"{r.parent}：{r.label}" if table.flat and r.parent else r.label
            t.add_row(label, *(_cell(rec.cells.get(table.cell_id(r.id, c.id))) for c in table.columns))
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
        line = f"{key} = {_cell(values.get(key))}  [dim]@{where(loc)}[/]  {escape(excerpt)}"
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
    levels = {"error": {Severity.ERROR}, "warning": {Severity.ERROR, Severity.WARNING}, "never": set()}
    if fail_on not in levels:
        raise typer.BadParameter("--fail-on 取 error、warning 或 never")
    console = _console() if format is OutputFormat.text else None
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
        elif console is not None:
            for f in rec.findings:
                at = f"{rec.source.path}:{where(f.location)}" if f.location else rec.source.path
                console.print(
                    f"{at}: {f.rule} [{f.severity.value}] {f.message}",
                    markup=False,
                    highlight=False,
                    soft_wrap=True,
                )
            if rec.error:
                console.print(
                    f"{rec.source.path}: error {rec.error.code} {rec.error.message}", markup=False, soft_wrap=True
                )
    raise typer.Exit(worst)


def _finding_json(rec: Record, f) -> str:
    import json

    return json.dumps({"path": rec.source.path, **f.to_json()}, ensure_ascii=False)


@app.command()
def rules() -> None:
    """列出所有检查规则及其含义。"""
    from rich.table import Table as RichTable

    t = RichTable("规则", "严重程度", "含义")
    for r in ALL_RULES.values():
        t.add_row(r.id, r.severity.value, r.summary)
    _console().print(t)
