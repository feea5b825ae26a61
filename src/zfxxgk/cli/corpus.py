"""Commands on a corpus database: `zfxxgk ingest`, `review`, `export`, `sql`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console

from ..batch import default_jobs, parse_many
from ..store.schema import DEFAULT_DB, StoreError, connect
from .app import app
from .read import JOBS_HELP, QUIET_HELP, _with_progress, iter_inputs

DB_HELP = "数据库文件（DuckDB）"


def _open(db: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    try:
        return connect(db, read_only=read_only)
    except StoreError as exc:
        Console(stderr=True).print(f"[bold red]{exc.message}[/]", highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="报告文件、文件夹（递归读取）或 .zip 压缩包")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
) -> None:
    """把报告读入语料库：相同内容只存一份，同一机关同一年度的改动版本另存为新版本，可随时中断后重跑。
    退出状态：0 全部读入；1 有文件无法读取（已记录其错误）；3 数据库正被另一进程使用。"""
    from ..store.ingest import plan, unpacked, write_report

    con = _open(db)
    own = {db.resolve(), db.resolve().with_name(db.name + ".wal")}  # the database may lie among its inputs
    with unpacked([p for p in iter_inputs(paths, archives=True) if p.resolve() not in own]) as inputs:
        pending = plan(con, inputs)
        records = parse_many([p.input.file for p in pending], jobs or default_jobs())
        if not quiet and len(pending) > 1 and sys.stderr.isatty():
            records = _with_progress(records, len(pending))
        failed = 0
        for item, rec in zip(pending, records, strict=True):
            write_report(con, item, rec)
            failed += rec.error is not None
    con.close()
    if not quiet:
        Console(stderr=True).print(
            f"读入 {len(pending) - failed} 份，无法读取 {failed} 份，已在库中 {len(inputs) - len(pending)} 份：{db}",
            highlight=False,
            soft_wrap=True,
        )
    raise typer.Exit(1 if failed else 0)
