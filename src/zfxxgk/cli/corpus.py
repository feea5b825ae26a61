"""Commands on a corpus database: `zfxxgk ingest`, `recheck`, `review`, `export`, `sql`, `compare`, `summary`."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from ..store import DEFAULT_DB
from .app import app
from .read import JOBS_HELP, QUIET_HELP, OutputFormat, _with_progress, iter_inputs

if TYPE_CHECKING:  # the database is loaded by the commands that use it, not by every command
    import duckdb

    from ..record import Number
    from ..store.cluster import Loaded
    from ..store.ingest import Pending, Writer
    from ..store.review import Config
    from ..store.schema import StoreError

BATCH = 64  # files a Ray task reads: a partition's load costs about as much as parsing a few files
DB_HELP = "数据库文件（DuckDB）"
STAGE_HELP = "Ray 暂存 Parquet 分区的位置（默认：数据库所在文件夹；集群上须为各节点同一路径可见的共享文件夹）"
CONFIG_HELP = "语料库配置文件（默认：数据库所在文件夹的 zfxxgk.toml），可关闭规则"


def _open(db: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    from ..store.schema import StoreError, connect

    try:
        return connect(db, read_only=read_only)
    except StoreError as exc:
        _refuse(exc)


def _refuse(exc: StoreError) -> NoReturn:
    from rich.markup import escape

    Console(stderr=True).print(f"[bold red]{escape(exc.message)}[/]", highlight=False, soft_wrap=True)
    raise typer.Exit(exc.exit_code) from None


class Engine(str, Enum):
    embedded = "embedded"
    ray = "ray"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="报告文件、文件夹（递归读取）或 .zip 压缩包")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help=JOBS_HELP)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help=QUIET_HELP)] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", help="embedded：本机多进程；ray：在 Ray 集群上读取（需 zfxxgk[ray]）")
    ] = Engine.embedded,
    address: Annotated[
        str | None,
        typer.Option("--address", help="Ray 集群地址（默认取环境变量 RAY_ADDRESS；都没有则在本机临时启动 Ray）"),
    ] = None,
    stage: Annotated[
        Path | None,
        typer.Option("--stage", help=STAGE_HELP),
    ] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="每个 Ray 任务读取的文件数")] = BATCH,
) -> None:
    """把报告读入语料库：相同内容只存一份，同一机关同一年度的改动版本另存为新版本，可随时中断后重跑。
    退出状态：0 全部读入；1 有文件无法读取（已记录其错误）；2 用 --engine ray 而未安装 Ray；
    3 数据库正被另一进程使用。"""
    from ..batch import default_jobs, parse_many
    from ..store.across import recheck
    from ..store.ingest import Writer, plan, unpacked

    if engine is Engine.ray:
        from ..store.cluster import import_ray
        from ..store.schema import StoreError

        try:
            import_ray()
        except StoreError as exc:
            _refuse(exc)
    con = _open(db)
    own = {db.resolve(), db.resolve().with_name(db.name + ".wal")}  # the database may lie among its inputs
    stage = ((stage or db.parent) / f"{db.name}.stage").resolve()  # the database's own: emptied when done
    under = stage if engine is Engine.ray else None  # archives unpacked where the workers can read them
    if under:
        under.mkdir(parents=True, exist_ok=True)
    with unpacked([p for p in iter_inputs(paths, archives=True) if p.resolve() not in own], under) as inputs:
        pending, writer = plan(con, inputs), Writer(con)
        show = not quiet and len(pending) > 1 and sys.stderr.isatty()
        failed = 0
        if engine is Engine.embedded:
            records = parse_many([p.input.file for p in pending], jobs or default_jobs())
            if show:
                records = _with_progress(records, len(pending))
            for rec in writer.write_all(zip(pending, records, strict=True)):
                failed += rec.error is not None
        elif pending:  # on Ray; nothing new, no cluster to join
            failed = _ingest_on_ray(writer, pending, stage, address, jobs, batch, show)
    if under:  # every report is in the corpus: what a run cut short left staged is loaded or never will be
        shutil.rmtree(under, ignore_errors=True)
    recheck(con)
    con.close()
    if not quiet:
        Console(stderr=True).print(
            f"读入 {len(pending) - failed} 份，无法读取 {failed} 份，已在库中 {len(inputs) - len(pending)} 份：{db}",
            highlight=False,
            soft_wrap=True,
        )
    raise typer.Exit(1 if failed else 0)


def _ingest_on_ray(
    writer: Writer, pending: list[Pending], stage: Path, address: str | None, jobs: int, batch: int, show: bool
) -> int:
    """The pending reports read by Ray tasks and loaded into the corpus; returns how many were unreadable."""
    from ..batch import default_jobs
    from ..store.cluster import connected, ingest_on_ray

    failed = 0
    with connected(address, jobs or default_jobs()) as ray:
        loaded: Iterable[Loaded] = ingest_on_ray(ray, writer, pending, stage, batch)
        if show:
            from rich.progress import track

            parts = -(-len(pending) // batch)
            loaded = track(loaded, "读入（Ray，分区）", parts, console=Console(stderr=True), transient=True)
        for part in loaded:
            failed += part.failed
    return failed


@app.command(name="recheck")
def recheck_command(db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB)) -> None:
    """对整个语料库重新运行跨报告检查（跨年衔接、年度缺口、内容雷同）；zfxxgk ingest 结束时已对新读入的机关运行。"""
    from ..store.across import recheck

    con = _open(db)
    n = recheck(con, everything=True)
    con.close()
    Console(stderr=True).print(f"跨报告检查完成：{n} 条问题。", highlight=False)


def _config(db: Path, config: Path | None) -> Config:
    from ..store.review import Config, config_beside

    path = config or config_beside(db)
    try:
        return Config.load(path)
    except (OSError, ValueError) as exc:
        raise typer.BadParameter(f"无法读取配置文件 {path}：{exc}") from None


def _rules_off(console: Console, config: Config) -> None:
    if config.rules_off:
        console.print(f"按配置已关闭的规则（不列出、不计数）：{'、'.join(config.rules_off)}", highlight=False)


@app.command()
def review(
    fingerprint: Annotated[str | None, typer.Argument(help="问题编号（可只写开头几位）；不写则列出问题")] = None,
    mark: Annotated[
        str | None, typer.Option("--mark", help="confirmed（确认）/ dismissed（排除）/ open（撤销）")
    ] = None,
    comment: Annotated[str | None, typer.Option("--comment", help="审核意见")] = None,
    status: Annotated[
        str | None, typer.Option("--status", help="只列出这种审核状态：open / confirmed / dismissed")
    ] = None,
    rule: Annotated[str | None, typer.Option("--rule", help="只列出这条规则的问题")] = None,
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    config: Annotated[Path | None, typer.Option("--config", help=CONFIG_HELP)] = None,
) -> None:
    """列出语料库中的问题及其审核状态；或把一个问题标为已确认 / 已排除（附意见）。重新读入后标记仍在。"""
    from ..store.review import STATUS_LABELS, findings_query
    from ..store.review import mark as set_mark

    console = Console()
    if fingerprint is not None:
        if mark not in STATUS_LABELS:
            raise typer.BadParameter("标记一个问题需要 --mark confirmed、dismissed 或 open")
        con = _open(db)
        try:
            n = set_mark(con, fingerprint, mark, comment)
        except LookupError as exc:
            console.print(str(exc), style="red", markup=False, highlight=False)
            raise typer.Exit(1) from None
        console.print(f"已标为「{STATUS_LABELS[mark]}」：{fingerprint}（{n} 条，含各版本）", highlight=False)
        return
    if status is not None and status not in STATUS_LABELS:
        raise typer.BadParameter("--status 取 open、confirmed 或 dismissed")
    settings = _config(db, config)
    con = _open(db, read_only=True)
    query, params = findings_query(settings, status, rule)
    from rich.table import Table as RichTable  # loaded only for a table to draw

    t = RichTable("问题编号", "机关", "年度", "版", "严重程度", "规则", "说明", "审核")
    for fp, _, agency, year, version, severity, rule_id, message, _, _, state, note in con.execute(
        query, params
    ).fetchall():
        review_text = STATUS_LABELS[state] + (f"：{note}" if note else "")
        t.add_row(fp, agency or "?", str(year or "?"), str(version or ""), severity, rule_id, message, review_text)
    console.print(t)
    _rules_off(console, settings)


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    xlsx = "xlsx"
    opinions = "opinions"


@app.command()
def export(
    to: Annotated[
        ExportFormat,
        typer.Option(
            "--to", help="xlsx：一个工作簿；csv / parquet：每张表一个文件；opinions：每个机关一份审核意见（.docx）"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="输出文件（xlsx；opinions 给 --agency 时）或文件夹（csv、parquet、opinions）"
        ),
    ] = None,
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    config: Annotated[Path | None, typer.Option("--config", help=CONFIG_HELP)] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="opinions：只写这个机关的审核意见")] = None,
) -> None:
    """导出语料库：汇总（每份报告一行）、问题、各格式的全部单元格（中文表头）、统计表；或每个机关的审核意见。"""
    from ..store.export import all_sheets
    from ..store.export import export as write

    settings = _config(db, config)
    con = _open(db, read_only=True)
    if to is ExportFormat.opinions:
        _export_opinions(con, settings, agency, output or Path(f"{db.stem}-审核意见"))
        return
    out = output or Path(f"{db.stem}.xlsx" if to is ExportFormat.xlsx else f"{db.stem}-export")
    files = write(con, all_sheets(con, settings), to.value, out)
    console = Console(stderr=True)
    console.print(f"已导出：{'、'.join(map(str, files))}", highlight=False, soft_wrap=True)
    _rules_off(console, settings)


def _export_opinions(con: duckdb.DuckDBPyConnection, settings: Config, agency: str | None, out: Path) -> None:
    """One .docx per agency into the folder `out`; with `agency`, its one file (`out` a folder or a file name)."""
    from ..store.opinions import agency_opinions, file_name, opinions_docx

    found = agency_opinions(con, settings, agency)
    if agency is not None and not found:
        typer.echo(f"语料库中没有“{agency}”的报告。/ No report of this agency in the corpus.", err=True)
        raise typer.Exit(1)
    if agency is not None and out.suffix.lower() == ".docx":
        targets = [out]
        out.parent.mkdir(parents=True, exist_ok=True)
    else:
        out.mkdir(parents=True, exist_ok=True)
        targets = [out / file_name(a) for a in found]
    for a, target in zip(found, targets, strict=True):
        target.write_bytes(opinions_docx(a))
    typer.echo(f"已写入 {len(targets)} 份审核意见：{out}", err=True)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help='SQL 查询（DuckDB 语法），如 "SELECT count(*) FROM reports"')],
    to: Annotated[ExportFormat | None, typer.Option("--to", help="把结果写成文件而不是显示")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="输出文件")] = None,
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
) -> None:
    """在语料库上运行一条只读 SQL 查询，显示或导出结果。"""
    import duckdb

    from ..store.export import copy_to, query_sheet, write_xlsx

    con = _open(db, read_only=True)
    try:
        if to is None:
            result = con.execute(query)
            from rich.table import Table as RichTable  # loaded only for a table to draw

            t = RichTable(*(d[0] for d in result.description))
            for row in result.fetchall():
                t.add_row(*("" if v is None else str(v) for v in row))
            Console().print(t)
            return
        out = output or Path(f"query.{to.value}")
        if to is ExportFormat.xlsx:
            write_xlsx(con, [query_sheet(query)], out)
        else:
            copy_to(con, query_sheet(query), to.value, out)
    except duckdb.Error as exc:
        Console(stderr=True).print(f"查询出错：{exc}", style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None
    Console(stderr=True).print(f"已导出：{out}", highlight=False, soft_wrap=True)


@app.command()
def compare(
    agency: Annotated[str, typer.Argument(help="机关名称（如报告所印；空格、繁体、人民政府/政府、办公室/办不论）")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text：表格；json：数据")] = OutputFormat.text,
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
) -> None:
    """一个机关逐年对比：每个单元格各年的数值及较上年的变化，以及新出现和已消失的问题。"""
    import json

    from ..store.compare import compare as compared

    con = _open(db, read_only=True)
    found = compared(con, agency)
    if found is None:
        Console(stderr=True).print(f"语料库中没有“{agency}”的报告。", style="red", markup=False, highlight=False)
        raise typer.Exit(1)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(found.to_json(), ensure_ascii=False) + "\n")
        return
    console = Console()
    from rich.table import Table as RichTable  # loaded only for a table to draw

    t = RichTable(title=f"{found.agency}：逐年对比", title_justify="left")
    t.add_column("单元格", overflow="fold")
    for r in found.reports:
        t.add_column(f"{r['year']}（第{r['version']}版）", justify="right")
    for s in found.cells:
        changes = s.changes()
        shown = [_with_change(s.values[y], changes.get(y)) for y in found.years]
        if any(v is not None for v in s.values.values()):
            t.add_row(s.label, *shown)
    console.print(t)
    for year in found.years[1:]:
        new, gone = "、".join(found.new[year]) or "无", "、".join(found.gone[year]) or "无"
        console.print(f"{year} 年较上一份：新出现的问题 {new}；不再出现的问题 {gone}", highlight=False)


def _with_change(value: object, change: Number | None) -> str:
    if value is None:
        return "—"
    if not change:
        return str(value)
    return f"{value} [{'red' if change > 0 else 'green'}]({change:+})[/]"


class GroupBy(str, Enum):
    region = "region"
    level = "level"
    year = "year"


_GROUP_NAMES = {"region": "地区", "level": "层级", "year": "年度"}
_STAT_HEADERS = ("报告数", "合计", "最小", "下四分位", "中位数", "上四分位", "最大")


@app.command()
def summary(
    by: Annotated[
        list[GroupBy] | None, typer.Option("--by", help="分组：region 地区 / level 层级 / year 年度，可重复")
    ] = None,
    cells: Annotated[str, typer.Option("--cells", help="只列出编号以此开头的单元格，如 s3.")] = "",
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text：表格；json：数据")] = OutputFormat.text,
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
) -> None:
    """按地区、层级、年度分组汇总：每个单元格的报告数、合计和四分位数，以及公开率、纠错率、结转率、平均申请数。"""
    import json

    from ..store.summary import STATS, summarize, to_json

    con = _open(db, read_only=True)
    groups = summarize(con, tuple(dict.fromkeys(b.value for b in by or [GroupBy.year])), cells)
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(to_json(groups), ensure_ascii=False) + "\n")
        return
    from rich.table import Table as RichTable  # loaded only for a table to draw

    console = Console()
    for g in groups:
        name = "，".join(f"{_GROUP_NAMES[k]} {'未知' if v is None else v}" for k, v in g.key.items())
        rates = RichTable(title=f"{name}：{g.reports} 份报告", title_justify="left")
        for header in ("比率", "公式"):
            rates.add_column(header, overflow="fold")
        rates.add_column("数值", justify="right")
        rates.add_column("报告数", justify="right")
        for r in g.rates:
            value = "—" if r["value"] is None else f"{r['value']:.1%}" if r["rate"] != "per_body" else f"{r['value']:g}"
            rates.add_row(r["name"], r["formula"], value, str(r["reports"]))
        console.print(rates)
        t = RichTable(*_STAT_HEADERS)
        t.add_column("单元格", overflow="fold")
        for c in g.cells:
            t.add_row(*("—" if c[s] is None else f"{c[s]:g}" for s in STATS), c["label"])
        if g.cells:
            console.print(t)
