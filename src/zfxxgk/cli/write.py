"""Commands that write: `zfxxgk render`, `zfxxgk register`, `zfxxgk blank`, `zfxxgk synth`."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path, PurePath
from typing import Annotated, NoReturn

import typer

from ..record import Record
from ..register import BLANK_FORMATS, FIELDS, KINDS, REQUIRED, RegisterError, blank_register, register_record
from ..register.report_form import FORM_FORMATS, blank_report_form, fill_from_registers, read_report_form
from ..render import FORMATS, PdfUnavailable, render_report
from .app import app
from .record_file import NotARecord, decode, holds_json, records_in
from .words import plural

# choices built from the lists of formats, members mypy cannot read (hence the ignores)
ReportFormat = Enum("ReportFormat", {f: f for f in FORMATS}, type=str)  # type: ignore[misc]
BlankKind = Enum("BlankKind", {k: k for k in (*KINDS, "report")}, type=str)  # type: ignore[misc]
BlankFormat = Enum("BlankFormat", {f: f for f in dict.fromkeys((*BLANK_FORMATS, *FORM_FORMATS))}, type=str)  # type: ignore[misc]
STDOUT = Path("-")


def _fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(1)


def _write(target: Path, content: bytes | str) -> None:
    """Write to a file, or to standard output for "-"."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if target == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        target.write_bytes(data)
        typer.echo(f"已写入 {target}", err=True)


@dataclass
class _Source:
    """What one argument of `render` holds: records, each with the name its report gets, or why not."""

    path: Path
    records: list[tuple[str, Record | NotARecord]]
    parsed: bool = False  # a report file read by the parser, not a record


def _source(path: Path) -> _Source:
    """The records of a record file (JSON or JSON Lines), of standard input ("-"), or of a report file
    parsed first; raises OSError, or NotARecord for a record file that holds none."""
    data = sys.stdin.buffer.read() if path == STDOUT else path.read_bytes()
    stem = "report" if path == STDOUT else path.stem
    is_json = path.suffix.lower() in (".json", ".jsonl", ".ndjson")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if is_json or (text is not None and holds_json(text)):
        found = records_in(decode(data))
        names = [_name(r, stem, i, len(found)) for i, r in enumerate(found, 1)]
        return _Source(path, list(zip(_unique(names), found, strict=True)))
    from ..pipeline import parse_bytes  # only a report file needs the parser

    record = parse_bytes(data, "" if path == STDOUT else path.name)
    if record.error:
        failed = NotARecord(
            f"无法读取这份报告（{record.error.code}）：{record.error.message}",
            f"The report cannot be read ({record.error.code}).",
        )
        return _Source(path, [(stem, failed)], parsed=True)
    return _Source(path, [(stem, record)], parsed=True)


def _name(found: Record | NotARecord, stem: str, index: int, count: int) -> str:
    """A report's file name without extension: its record's source file's, else the input's (numbered
    when the input holds several records)."""
    own = found.source.path if isinstance(found, Record) and found.source.path else None
    if own and count > 1:
        return PurePath(own.replace("\\", "/")).stem or f"{stem}-{index}"
    return f"{stem}-{index}" if count > 1 else stem


def _unique(names: list[str]) -> list[str]:
    """The names, a repeated one numbered from its second use on (r013, r013-2)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    return out


def _targets(sources: list[_Source], to: str, output: Path | None) -> list[Path]:
    """Where each record's report goes, in order: beside its input, into the folder `output`, or to
    the file `output` (or standard output) when there is one report."""
    count = sum(len(s.records) for s in sources)
    if output is not None and count == 1 and not output.is_dir():
        return [output]
    if output == STDOUT:
        _fail(f"有 {count} 份报告要写：-o 应为文件夹 / {count} reports: -o must be a folder")
    if output is None and any(s.path == STDOUT for s in sources):
        if count == 1:
            return [STDOUT]
        _fail(f"标准输入中有 {count} 条记录：请用 -o 指定文件夹 / {count} records on standard input: give -o FOLDER")
    if output is not None:
        output.mkdir(parents=True, exist_ok=True)
    return [(output or s.path.parent) / f"{name}.{to}" for s in sources for name, _ in s.records]


@app.command()
def render(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="SOURCE",
            help="记录（zfxxgk parse --format json 或 zfxxgk register 写出的 JSON，JSON Lines 可含多条），"
            "或直接给报告文件（先解析）；“-”为标准输入",
        ),
    ],
    to: Annotated[ReportFormat, typer.Option("--to", help="html、docx、pdf、md 或 txt")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="输出文件，“-”为标准输出；多份报告时为文件夹。省略时写在输入旁，以记录的来源文件命名，扩展名随格式",
        ),
    ] = None,
) -> None:
    """把记录写成法定格式的年度报告。勾稽关系不符时照样写出，并在标准错误中列出涉及的单元格。"""
    read: list[_Source] = []
    for path in sources:
        try:
            read.append(_source(path))
        except OSError as e:
            _fail(f"{path}：无法读取 / cannot read: {e.strerror or e}")
        except NotARecord as e:
            _fail(f"{path}：{e}")
    targets = _targets(read, to.value, output)
    inputs = {s.path.resolve() for s in read if s.path != STDOUT}
    failed = False
    items = [(s, i, found) for s in read for i, (_, found) in enumerate(s.records, 1)]
    for (source, index, found), target in zip(items, targets, strict=True):
        where = f"{source.path}" + (f"（第{index}条）" if len(source.records) > 1 else "")
        if isinstance(found, NotARecord):
            typer.echo(f"{where}：{found}", err=True)
            failed = True
            continue
        if target != STDOUT and target.resolve() in inputs:
            _fail(f"{target}：输出会覆盖输入本身，请用 -o 另给文件名 / the output would overwrite the input")
        try:
            out = render_report(found, to.value)
        except PdfUnavailable as e:
            _fail(str(e))
        _write(target, out.content)
        for f in out.findings:
            typer.echo(f"{where}: 警告 {f.rule}：{f.message}", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command()
def register(
    applications: Annotated[
        Path | None, typer.Argument(help="申请登记表（CSV 或 .xlsx，一行一件申请），生成表三")
    ] = None,
    year: Annotated[int, typer.Option("--year", "-y", help="报告年度")] = ...,  # type: ignore[assignment]  # required
    cases: Annotated[Path | None, typer.Option("--cases", help="行政复议、行政诉讼案件登记表，生成表四")] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report", help="报告填写稿（zfxxgk blank report 写出、填好的 .txt、.csv 或 .xlsx）：正文、表二等"
        ),
    ] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="机关名称，用于报告标题和落款")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="记录文件（JSON），供 zfxxgk render 使用；省略时写到标准输出")
    ] = None,
) -> None:
    """由登记表统计表三（和表四），连同填写稿的正文和表二，写成记录。有问题时逐行列出，不写任何文件，以状态 1 退出。"""
    sources = [p for p in (applications, cases) if p is not None]
    if not sources and report is None:
        _fail("请给出申请登记表、--cases 案件登记表或 --report 填写稿 / give a register or --report")
    try:
        rec = register_record(*sources, year=year, agency=agency)
        tables = {cid.split(".")[0] for cid in rec.cells}
        for path, kind, prefix in ((applications, "applications", "s3"), (cases, "cases", "s4")):
            if path is not None and prefix not in tables:
                columns = "、".join(FIELDS[kind][f][0] for f in REQUIRED[kind])
                _fail(f"{path}：表头不像{'申请' if kind == 'applications' else '案件'}登记表（应有 {columns} 列）")
        if report is not None:
            rec = fill_from_registers(read_report_form(report, year), rec)
    except OSError as e:
        _fail(f"{e.filename}：无法读取 / cannot read: {e.strerror or e}")
    except RegisterError as e:
        for problem in e.problems:
            typer.echo(str(problem), err=True)
        count = len(e.problems)
        _fail(f"登记表有 {count} 处问题，没有写出记录。/ {plural(count, 'problem')}; nothing written.")
    except ValueError as e:
        _fail(str(e))
    _write(output or STDOUT, json.dumps(rec.to_json(), ensure_ascii=False, indent=1) + "\n")


@app.command()
def blank(
    kind: Annotated[
        BlankKind,
        typer.Argument(
            help="applications：申请登记表；cases：行政复议、行政诉讼案件登记表；report：报告填写稿（正文、各表）"
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="要写的文件：.csv 或 .xlsx，填写稿还可以是 .txt")],
    format: Annotated[
        BlankFormat | None, typer.Option("--format", "-f", help="csv、xlsx 或 txt（仅填写稿）；省略时按 -o 的扩展名")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", "-y", help="报告年度，决定格式和可选的办理结果；省略时登记表用最新格式，填写稿用上一年"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的文件")] = False,
) -> None:
    """写一份空白登记表（表头、每个分类列的可选值、示例行），或一份报告填写稿（每个部分、每张法定表格）。"""
    fmt = format.value if format else output.suffix.lower().lstrip(".")
    allowed = FORM_FORMATS if kind.value == "report" else BLANK_FORMATS
    if fmt not in allowed:
        _fail(f"{output}：无法从扩展名判断格式，请用 --format {' 或 --format '.join(allowed)}")
    if output.exists() and not force:
        _fail(f"{output} 已存在；要覆盖请加 --force / already exists; add --force to overwrite")
    try:
        if kind.value == "report":
            data = blank_report_form(fmt, year or date.today().year - 1)
        else:
            data = blank_register(kind.value, fmt, year)
    except ValueError as e:
        _fail(str(e))
    _write(output, data)


@app.command()
def synth(
    n: Annotated[int, typer.Argument(min=1, help="报告份数")],
    out_dir: Annotated[Path, typer.Argument(file_okay=False, help="输出文件夹，没有则新建")],
    seed: Annotated[int, typer.Option("--seed", help="随机种子：同一种子写出同样的报告")] = 0,
) -> None:
    """写 N 份虚构机关的随机报告（各种发布形式），每份旁边附其真实记录 NNNN.json。"""
    from ..synth import synth_folder

    paths = synth_folder(n, out_dir, seed=seed)
    typer.echo(f"已在 {out_dir} 写入 {len(paths)} 份报告及其真实记录", err=True)
