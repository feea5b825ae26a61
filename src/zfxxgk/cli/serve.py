"""`zfxxgk serve`: the web app on a corpus database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..store import DEFAULT_DB
from .app import app
from .corpus import DB_HELP


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option("--host", help="监听地址；非本机地址（如 0.0.0.0）必须设置令牌")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口")] = 8000,
    token: Annotated[
        str | None, typer.Option("--token", help="访问令牌（也可用环境变量 ZFXXGK_TOKEN）；本机访问可不设")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="读取上传报告用的进程数（0：每个核一个）")] = 0,
) -> None:
    """启动网页版：上传报告、对照原文审核问题、筛选和导出报告总览。浏览器打开 http://HOST:PORT/ 。"""
    from ..store.schema import StoreError
    from ..web.settings import Settings, token_for

    console = Console(stderr=True)
    try:
        settings = Settings(db, token_for(host, token))
    except ValueError as exc:
        console.print(str(exc), style="bold red", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    import uvicorn

    from ..web.app import create_app

    try:
        web = create_app(settings, jobs)
    except StoreError as exc:
        console.print(exc.message, style="bold red", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    shown = f"[{host}]" if ":" in host else host
    console.print(f"网页版已启动：http://{shown}:{port}/ （数据库 {db}；按 Ctrl+C 停止）", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")
