"""Commands that write: `zfxxgk render`, `zfxxgk register`, `zfxxgk blank`, `zfxxgk synth`."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ..register import BLANK_FORMATS, FIELDS, KINDS, REQUIRED, RegisterError, blank_register, register_record
from ..render import FORMATS, render_report
from .app import app
from .record_file import NotARecord, read_record

ReportFormat = Enum("ReportFormat", {f: f for f in FORMATS}, type=str)
RegisterKind = Enum("RegisterKind", {k: k for k in KINDS}, type=str)
BlankFormat = Enum("BlankFormat", {f: f for f in BLANK_FORMATS}, type=str)
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


@app.command()
def render(
    record: Annotated[
        Path,
        typer.Argument(help="记录：zfxxgk parse --format json 或 zfxxgk register 写出的 JSON（或一行的 JSON Lines）"),
    ],
    to: Annotated[ReportFormat, typer.Option("--to", help="html、docx、md 或 txt")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="输出文件，“-”为标准输出；省略时写在记录旁，扩展名随格式")
    ] = None,
) -> None:
    """把记录写成法定格式的年度报告。勾稽关系不符时照样写出，并在标准错误中列出涉及的单元格。"""
    try:
        rec = read_record(record)
    except OSError as e:
        _fail(f"{record}：无法读取 / cannot read: {e.strerror or e}")
    except NotARecord as e:
        _fail(f"{record}：{e}")
    target = output or record.with_suffix(f".{to.value}")
    if target != STDOUT and target.resolve() == record.resolve():
        _fail(f"{target}：输出会覆盖记录本身，请用 -o 另给文件名 / the output would overwrite the record")
    out = render_report(rec, to.value)
    _write(target, out.content)
    for f in out.findings:
        typer.echo(f"{record}: 警告 {f.rule}：{f.message}", err=True)


@app.command()
def register(
    applications: Annotated[Path, typer.Argument(help="申请登记表（CSV 或 .xlsx，一行一件申请），生成表三")],
    year: Annotated[int, typer.Option("--year", "-y", help="报告年度")],
    cases: Annotated[Path | None, typer.Option("--cases", help="行政复议、行政诉讼案件登记表，生成表四")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="机关名称，用于报告标题和落款")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="记录文件（JSON），供 zfxxgk render 使用；省略时写到标准输出")
    ] = None,
) -> None:
    """由登记表统计表三（和表四），写成记录。登记表有问题时逐行列出，不写任何文件，以状态 1 退出。"""
    sources = [applications, *([cases] if cases else [])]
    try:
        rec = register_record(*sources, year=year, agency=agency)
    except OSError as e:
        _fail(f"{e.filename}：无法读取 / cannot read: {e.strerror or e}")
    except RegisterError as e:
        for problem in e.problems:
            typer.echo(str(problem), err=True)
        _fail(f"登记表有 {len(e.problems)} 处问题，没有写出记录。/ {len(e.problems)} problems; nothing written.")
    except ValueError as e:
        _fail(str(e))
    tables = {cid.split(".")[0] for cid in rec.cells}
    for path, kind, prefix in ((applications, "applications", "s3"), (cases, "cases", "s4")):
        if path is not None and prefix not in tables:
            columns = "、".join(FIELDS[kind][f][0] for f in REQUIRED[kind])
            _fail(f"{path}：表头不像{'申请' if kind == 'applications' else '案件'}登记表（应有 {columns} 列）")
    _write(output or STDOUT, json.dumps(rec.to_json(), ensure_ascii=False, indent=1) + "\n")


@app.command()
def blank(
    kind: Annotated[RegisterKind, typer.Argument(help="applications：申请登记表；cases：行政复议、行政诉讼案件登记表")],
    output: Annotated[Path, typer.Option("--output", "-o", help="要写的文件，.csv 或 .xlsx")],
    format: Annotated[
        BlankFormat | None, typer.Option("--format", "-f", help="csv 或 xlsx；省略时按 -o 的扩展名")
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="报告年度，决定可选的办理结果；省略时用最新格式")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已有的文件")] = False,
) -> None:
    """写一份空白登记表：表头、每个分类列的可选值、示例行。"""
    fmt = format.value if format else output.suffix.lower().lstrip(".")
    if fmt not in BLANK_FORMATS:
        _fail(f"{output}：无法从扩展名判断格式，请用 --format csv 或 --format xlsx")
    if output.exists() and not force:
        _fail(f"{output} 已存在；要覆盖请加 --force / already exists; add --force to overwrite")
    try:
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
