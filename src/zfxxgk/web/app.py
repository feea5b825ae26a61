"""The FastAPI application: Chinese pages for people and, behind each, a JSON API (documented at
/docs) on the corpus database."""

from __future__ import annotations

import io
import logging
import tempfile
import threading
import zipfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..batch import default_jobs
from ..render import MEDIA_TYPES
from ..render.document import build_blocks
from ..render.html import grid_html
from ..store.compare import Comparison, compare
from ..store.export import copy_to, write_xlsx
from ..store.opinions import agency_opinions, file_name, opinions_docx
from ..store.review import STATUS_LABELS, Config, config_beside, mark
from ..store.schema import connect
from ..store.summary import STATS
from . import guard
from .groups import GROUPINGS, TABLES, GroupView, group_name, group_view
from .queries import Filters, ReportView, filter_options, overview, overview_sheet, report_view, trend
from .settings import Settings
from .source import page_png, page_sizes, source_file, text_source
from .uploads import Ingester, Rejected, Upload, check_upload, too_large
from .write import write_routes

HERE = Path(__file__).parent
log = logging.getLogger(__name__)


# the 分组统计 page's and API's choices
ByQuery = Annotated[str, Query(pattern=f"^({'|'.join(GROUPINGS)})$", description="分组：region、level 或 year")]
TableQuery = Annotated[str, Query(pattern=f"^({'|'.join(TABLES)})$", description="表格：s2、s3 或 s4")]

# the framework's own errors, said in Chinese
STOCK_MESSAGES = {404: "没有这个页面。", 405: "不支持这种请求方式。", 400: "请求格式不正确。"}


def _is_chinese(text: object) -> bool:
    return isinstance(text, str) and any("\u4e00" <= ch <= "\u9fff" for ch in text)


class ReviewIn(BaseModel):
    status: str  # confirmed | dismissed | open
    comment: str | None = None


def create_app(settings: Settings, jobs: int = 0) -> FastAPI:
    """The app on `settings.db`, reading uploads with `jobs` processes (0: every core)."""
    con = connect(settings.db)
    lock = threading.RLock()
    config = Config.load(config_beside(settings.db))
    ingester = Ingester(con, lock, settings, jobs or default_jobs())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        ingester.close()
        con.close()

    app = FastAPI(
        title="政府信息公开工作年度报告 审核",
        description="上传、审核、浏览和导出年度报告的接口。",
        lifespan=lifespan,
        docs_url=None,  # the stock docs load their scripts from the internet: /docs is drawn here instead
        redoc_url=None,
    )
    app.state.ingester = ingester
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    pages = Jinja2Templates(directory=HERE / "templates")
    pages.env.globals.update(group_name=group_name, stats=STATS)

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("token_required", settings.token is not None)
        return pages.TemplateResponse(request, name, context, status_code=status)

    # ---- access, CSRF cookie, errors -------------------------------------------------------------

    @app.middleware("http")
    async def access(request: Request, call_next: Any) -> Response:
        path = request.url.path
        if settings.token and not guard.is_open(path) and not guard.has_token(request, settings.token):
            if path.startswith("/api") or path in ("/docs", "/openapi.json"):
                return JSONResponse({"detail": guard.TOKEN_MESSAGE}, status_code=401)
            return RedirectResponse("/login", status_code=303)
        known = request.cookies.get(guard.CSRF_COOKIE)
        request.state.csrf = known or guard.new_secret()
        response = await call_next(request)
        if not known:
            response.set_cookie(guard.CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict")
        response.headers.update(guard.HEADERS)
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if _is_chinese(exc.detail) else STOCK_MESSAGES.get(exc.status_code, "请求无法完成。")
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=exc.status_code)
        return render(request, "message.html", exc.status_code, title="无法完成", message=detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        names = "、".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return await http_error(request, HTTPException(422, f"请求参数不正确：{names}。"))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("%s %s", request.method, request.url.path)
        return await http_error(request, HTTPException(500, "服务器内部出错，详情已记入服务器日志。请稍后重试。"))

    # ---- reading the corpus ----------------------------------------------------------------------

    def the_report(report_id: int) -> ReportView:
        with lock:
            view = report_view(con, report_id, config)
        if view is None:
            raise HTTPException(404, f"没有编号为 {report_id} 的报告。")
        return view

    def report_context(view: ReportView) -> dict[str, Any]:
        """What the report page draws: tables under their headings, the source, each cell's provenance."""
        sections: list[tuple[str, list[Markup]]] = []
        for block in build_blocks(view.record):
            if block.kind == "heading":
                sections.append((block.text, []))
            elif block.kind == "grid" and block.grid is not None:
                sections[-1][1].append(Markup(grid_html(block.grid)))  # grid_html escapes every text
        r = view.report
        file = source_file(settings.files, r["sha256"], r["path"])
        text = pdf = None
        if file is not None and r["media_type"] == "application/pdf":
            pdf = [{"width": w, "height": h} for w, h in page_sizes(file)]
        elif file is not None:
            text = text_source(file, r["media_type"])
        cells = dict(view.cells)
        if text is not None:
            for info in cells.values():
                if info["line"] is None and info["location"] in text.line_of:
                    info["line"] = text.line_of[info["location"]]
        return {
            "view": view, "r": r, "sections": [s for s in sections if s[1]], "text": text, "pdf": pdf,
            "cells": cells, "findings": view.findings, "statuses": STATUS_LABELS,
        }  # fmt: skip

    def compared(agency: str) -> tuple[Comparison, list[dict[str, Any]]]:
        with lock:
            found = compare(con, agency)
            if found is None:
                raise HTTPException(404, f"语料库中没有“{agency}”的报告。")
            return found, trend(con, found.reports)

    # ---- pages -----------------------------------------------------------------------------------

    def filters_of(
        region: str | None, level: str | None, year: int | None, template: str | None, rule: str | None
    ) -> Filters:
        return Filters(region or None, level or None, year, template or None, rule or None)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(
        request: Request,
        region: str | None = None,
        level: str | None = None,
        year: Annotated[int | None, Query()] = None,
        template: str | None = None,
        rule: str | None = None,
    ) -> HTMLResponse:
        filters = filters_of(region, level, year, template, rule)
        with lock:
            rows, options = overview(con, config, filters), filter_options(con)
        query = urlencode(filters.query())
        return render(
            request, "overview.html", rows=rows, options=options, filters=filters, query=query, limits=settings
        )

    @app.post("/upload", include_in_schema=False)
    async def upload_page(request: Request) -> Response:
        job = ingester.submit(await received(request))
        return RedirectResponse(f"/uploads/{job.id}", status_code=303)

    @app.get("/uploads/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def upload_progress(request: Request, job_id: str) -> HTMLResponse:
        job = ingester.get(job_id)
        if job is None:
            raise HTTPException(404, "没有这次上传的记录（服务器重启后进度不再保留）。")
        with lock:
            rows = overview(con, config, Filters()) if job.state == "done" else []
        added = [r for r in rows if r["id"] in set(job.reports)]
        return render(request, "upload.html", job=job, added=added)

    @app.get("/reports/{report_id}", response_class=HTMLResponse, include_in_schema=False)
    def report_page(request: Request, report_id: int) -> HTMLResponse:
        return render(request, "report.html", **report_context(the_report(report_id)))

    @app.post("/reports/{report_id}/review", include_in_schema=False)
    def review_form(
        request: Request,
        report_id: int,
        fingerprint: Annotated[str, Form()],
        status: Annotated[str, Form()],
        csrf: Annotated[str, Form()] = "",
        comment: Annotated[str, Form()] = "",
    ) -> Response:
        guard.check_csrf(request, csrf)
        set_review(fingerprint, ReviewIn(status=status, comment=comment))
        return RedirectResponse(f"/reports/{report_id}#f-{quote(fingerprint)}", status_code=303)

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, agency: str) -> HTMLResponse:
        found, quantities = compared(agency)
        shown = [s for s in found.cells if any(v is not None for v in s.values.values())]
        return render(request, "compare.html", c=found, cells=shown, quantities=quantities)

    def grouped(by: str, table: str, cell: str | None) -> GroupView:
        with lock:
            return group_view(con, by, table, cell or None)

    @app.get("/groups", response_class=HTMLResponse, include_in_schema=False)
    def groups_page(request: Request, by: ByQuery = "year", table: TableQuery = "s3", cell: str = "") -> HTMLResponse:
        view = grouped(by, table, cell)
        return render(request, "groups.html", v=view, by=by, table=table, groupings=GROUPINGS, tables=TABLES)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        """The JSON API, drawn from its OpenAPI description (also at /openapi.json)."""
        ops = [
            {"method": method.upper(), "path": path, **op}
            for path, methods in app.openapi()["paths"].items()
            for method, op in methods.items()
        ]
        return render(request, "docs.html", ops=ops)

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        return render(request, "login.html")

    @app.post("/login", include_in_schema=False)
    def login(request: Request, token: Annotated[str, Form()] = "") -> Response:
        if settings.token is None:
            return RedirectResponse("/", status_code=303)
        if not guard.same(token, settings.token):
            return render(request, "login.html", 401, error="令牌不正确，请重新输入。")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(guard.TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    app.include_router(write_routes(render, settings))

    # ---- the JSON API ----------------------------------------------------------------------------

    async def received(request: Request) -> list[Upload]:
        """The request's files, checked by size, count and content; raises HTTPException with the reason."""
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            raise HTTPException(411, "上传请求没有给出长度，已拒绝。")
        if int(length) > settings.max_upload_bytes + 65536:  # the form's own fields take a little
            raise HTTPException(413, too_large(int(length), settings))
        try:
            form = await request.form(max_files=settings.max_files, max_fields=10)
        except StarletteHTTPException:
            raise HTTPException(400, f"上传的文件或字段过多：一次最多 {settings.max_files} 个文件。") from None
        field = form.get(guard.CSRF_FIELD)
        guard.check_csrf(request, field if isinstance(field, str) else None)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
        uploads = [Upload(Path(f.filename or "").name, await f.read()) for f in files]
        try:
            check_upload(uploads, settings)
        except Rejected as exc:
            raise HTTPException(exc.status, str(exc)) from None
        return uploads

    upload_body = {
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                    }
                }
            },
        }
    }

    @app.post("/api/uploads", status_code=202, openapi_extra=upload_body, summary="上传报告或 .zip 压缩包并读入语料库")
    async def api_upload(request: Request) -> dict[str, Any]:
        """字段 files：一份或多份报告，或 .zip 压缩包；请求头 X-CSRF-Token 与 Cookie zfxxgk_csrf 相同。"""
        return ingester.submit(await received(request)).to_json()

    @app.get("/api/uploads/{job_id}", summary="一次上传的读取进度")
    def api_upload_status(job_id: str) -> dict[str, Any]:
        job = ingester.get(job_id)
        if job is None:
            raise HTTPException(404, "没有这次上传的记录。")
        return job.to_json()

    @app.get("/api/reports", summary="报告总览：每份报告一行，可按地区、层级、年度、格式、规则筛选")
    def api_reports(
        region: str | None = None,
        level: str | None = None,
        year: int | None = None,
        template: str | None = None,
        rule: str | None = None,
    ) -> list[dict[str, Any]]:
        with lock:
            return overview(con, config, filters_of(region, level, year, template, rule))

    @app.get("/api/filters", summary="各筛选条件在语料库中的取值")
    def api_filters() -> dict[str, list[Any]]:
        with lock:
            return filter_options(con)

    @app.get("/api/reports/{report_id}", summary="一份报告：基本信息、单元格及其出处、问题及审核状态")
    def api_report(report_id: int) -> dict[str, Any]:
        view = the_report(report_id)
        return {"report": view.report, "cells": view.cells, "findings": view.findings}

    @app.get("/api/compare", summary="一个机关逐年对比：各单元格各年的数值及变化、申请和办理数量的趋势、问题的变化")
    def api_compare(agency: str) -> dict[str, Any]:
        found, quantities = compared(agency)
        by_year = [{**q, "values": {str(y): v for y, v in q["values"].items()}} for q in quantities]
        return {**found.to_json(), "trend": by_year}

    @app.get("/api/groups", summary="分组统计：按地区、层级或年度分组，每组的审核比率和所选表格各单元格的四分位数")
    def api_groups(by: ByQuery = "year", table: TableQuery = "s3") -> list[dict[str, Any]]:
        """每组：group（分组值）、reports（报告数）、rates（比率）、cells（各单元格的份数、合计与四分位数）。"""
        return grouped(by, table, None).groups

    @app.get(
        "/api/reports/{report_id}/pages/{page}.png",
        summary="PDF 报告的一页（PNG）",
        response_class=FileResponse,
        responses={200: {"content": {"image/png": {}}}},
    )
    def api_page(report_id: int, page: int) -> FileResponse:
        r = the_report(report_id).report
        file = source_file(settings.files, r["sha256"], r["path"])
        if file is None or r["media_type"] != "application/pdf":
            raise HTTPException(404, "这份报告没有可显示的 PDF 原件。")
        try:
            return FileResponse(page_png(file, r["sha256"], page, settings.files / "pages"), media_type="image/png")
        except IndexError:
            raise HTTPException(404, f"PDF 没有第 {page} 页。") from None

    @app.post("/api/findings/{fingerprint}/review", summary="确认或排除一个问题（附意见）；open 撤销标记")
    def api_review(request: Request, fingerprint: str, body: ReviewIn) -> dict[str, Any]:
        guard.check_csrf(request)
        return set_review(fingerprint, body)

    def set_review(fingerprint: str, body: ReviewIn) -> dict[str, Any]:
        if body.status not in STATUS_LABELS:
            raise HTTPException(400, "审核状态只能是 confirmed（确认）、dismissed（排除）或 open（撤销）。")
        if body.comment and len(body.comment) > 2000:
            raise HTTPException(400, "审核意见最多 2000 字。")
        try:
            with lock:
                n = mark(con, fingerprint, body.status, body.comment or None)
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from None
        return {"fingerprint": fingerprint, "status": body.status, "label": STATUS_LABELS[body.status], "findings": n}

    @app.get("/api/export", summary="导出总览（CSV 或 xlsx），筛选条件同总览")
    def api_export(
        format: Annotated[str, Query(pattern="^(csv|xlsx)$")] = "xlsx",
        region: str | None = None,
        level: str | None = None,
        year: int | None = None,
        template: str | None = None,
        rule: str | None = None,
    ) -> Response:
        with tempfile.TemporaryDirectory(prefix="zfxxgk-export-") as tmp:
            out = Path(tmp) / f"overview.{format}"
            with lock:
                sheet = overview_sheet(con, config, filters_of(region, level, year, template, rule))
                if format == "xlsx":
                    write_xlsx(con, [sheet], out)
                else:
                    copy_to(con, sheet, "csv", out)
            data = out.read_bytes()
        kind = (
            "text/csv; charset=utf-8"
            if format == "csv"
            else ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        )
        name = quote(f"报告总览.{format}")
        disposition = f"attachment; filename=\"overview.{format}\"; filename*=UTF-8''{name}"
        return Response(data, media_type=kind, headers={"Content-Disposition": disposition})

    @app.get("/api/opinions", summary="审核意见（.docx）：给 agency 时为该机关一份，否则每个机关一份，打包为 .zip")
    def api_opinions(agency: str | None = None) -> Response:
        with lock:
            found = agency_opinions(con, config, agency or None)
        if agency and not found:
            raise HTTPException(404, f"语料库中没有“{agency}”的报告。")
        if agency:
            data, name, kind = opinions_docx(found[0]), file_name(found[0]), MEDIA_TYPES["docx"]
        else:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
                for a in found:
                    zf.writestr(file_name(a), opinions_docx(a))
            data, name, kind = buffer.getvalue(), "审核意见.zip", "application/zip"
        ascii_name = "opinions" + Path(name).suffix
        disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
        return Response(data, media_type=kind, headers={"Content-Disposition": disposition})

    return app
