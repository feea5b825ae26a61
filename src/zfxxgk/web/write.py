"""Writing a report in the browser: blank registers and form to download, filled registers to upload,
a form for every field of the template with its identities checked as the clerk types, and the report
to download as Word, HTML or PDF."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..checks.identities import identity_findings
from ..load import LoadError
from ..load.archive import check_zip
from ..record import Record
from ..register import RegisterError, blank_register, register_record
from ..register.categories import report_template
from ..register.report_form import (
    Field,
    blank_report_form,
    fill_from_registers,
    form_fields,
    form_record,
    form_values,
    read_report_form,
)
from ..render import MEDIA_TYPES, PdfUnavailable, render_report
from . import guard
from .settings import Settings
from .uploads import too_large

FIRST_YEAR = 2019  # the first format with tables 三 and 四, which registers count
OUTPUTS = {"docx": "Word（.docx）", "html": "网页（.html）", "pdf": "PDF"}
BLANKS = {"applications": "申请登记表", "cases": "行政复议、行政诉讼案件登记表", "report": "报告填写稿"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_REGISTER_FILES = 3  # an application register, a case register and a filled form


class CheckIn(BaseModel):
    year: int
    values: dict[str, str]


def years() -> list[int]:
    return list(range(date.today().year, FIRST_YEAR - 1, -1))


def the_year(year: int | str | None) -> int:
    """The report year asked for, last year when none; HTTPException for one without a register format."""
    if year is None or year == "":
        return date.today().year - 1
    if not str(year).isdigit() or int(year) not in years():
        raise HTTPException(400, f"年度应为 {FIRST_YEAR}–{date.today().year} 之间的年份。")
    return int(year)


def field_groups(year: int) -> list[tuple[Field, list[tuple[str, list[tuple[str, Field]]]]]]:
    """The form's fields by section: the section's text field, then each table's cells under its
    caption, each cell with its label below the caption."""
    groups: list[tuple[Field, list[tuple[str, list[tuple[str, Field]]]]]] = []
    for f in form_fields(report_template(year))[2:]:  # agency and date signed stand apart
        if f.kind is None:
            groups.append((f, []))
            continue
        caption, label = f.label.split("｜", 1)
        tables = groups[-1][1]
        if not tables or tables[-1][0] != caption:
            tables.append((caption, []))
        tables[-1][1].append((label.replace("｜", " · "), f))
    return groups


def download(content: bytes | str, media_type: str, name: str, ascii_name: str) -> Response:
    data = content.encode("utf-8") if isinstance(content, str) else content
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


def register_kind_of(data: bytes, name: str) -> None:
    """Refuse a file that is neither a CSV/text file nor a sound .xlsx (checked by content)."""
    if data.startswith(b"PK\x03\x04"):
        try:
            check_zip(data)
        except LoadError as exc:
            raise HTTPException(400, f"“{name}”：{exc.message}") from None
        return
    if b"\x00" in data[:65536]:
        raise HTTPException(400, f"“{name}”不是登记表或填写稿：请上传 .xlsx、.csv 或 .txt 文件。")


def write_routes(render: Callable[..., HTMLResponse], settings: Settings) -> APIRouter:
    """The pages and endpoints of the report writer; `render` draws a page of the app."""
    router = APIRouter()

    def page(request: Request, year: int, values: dict[str, str], status: int = 200, **context: Any) -> HTMLResponse:
        return render(
            request, "write.html", status, year=year, years=years(), values=values, groups=field_groups(year),
            blanks=BLANKS, outputs=OUTPUTS, **context,
        )  # fmt: skip

    @router.get("/write", response_class=HTMLResponse, include_in_schema=False)
    def write_page(request: Request, year: str | None = None) -> HTMLResponse:
        return page(request, the_year(year), {})

    @router.get("/write/blank/{kind}.xlsx", include_in_schema=False)
    def blank(kind: str, year: str | None = None) -> Response:
        y = the_year(year)
        if kind not in BLANKS:
            raise HTTPException(404, "没有这种空白表。")
        data = blank_report_form("xlsx", y) if kind == "report" else blank_register(kind, "xlsx", y)
        return download(data, XLSX, f"{y}年{BLANKS[kind]}.xlsx", f"{kind}-{y}.xlsx")

    @router.post("/write", response_class=HTMLResponse, include_in_schema=False)
    async def upload_registers(request: Request) -> HTMLResponse:
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            raise HTTPException(411, "上传请求没有给出长度，已拒绝。")
        if int(length) > settings.max_upload_bytes + 65536:
            raise HTTPException(413, too_large(int(length), settings))
        try:
            form = await request.form(max_files=MAX_REGISTER_FILES, max_fields=10)
        except StarletteHTTPException:
            raise HTTPException(400, f"一次最多上传 {MAX_REGISTER_FILES} 个文件。") from None
        field = form.get(guard.CSRF_FIELD)
        guard.check_csrf(request, field if isinstance(field, str) else None)
        year = the_year(str(form.get("year") or ""))
        uploads: dict[str, list[tuple[str, bytes]]] = {"registers": [], "form": []}
        for key, files in uploads.items():
            for f in form.getlist(key):
                if isinstance(f, UploadFile) and f.filename:
                    data = await f.read()
                    name = Path(f.filename).name
                    if not data.strip():
                        raise HTTPException(400, f"“{name}”是空文件。")
                    register_kind_of(data, name)
                    files.append((name, data))
        if not uploads["registers"] and not uploads["form"]:
            raise HTTPException(400, "没有选择文件：请选择填好的登记表或填写稿。")
        try:
            record = _uploaded_record(uploads["registers"], uploads["form"][:1], year)
        except RegisterError as exc:
            problems = [str(p) for p in exc.problems]
            return page(request, year, {}, 400, problems=problems)
        return page(request, year, form_values(record), read=[n for files in uploads.values() for n, _ in files])

    @router.post("/api/write/check", summary="撰写年报：检查填写的各表数字是否符合勾稽关系")
    def check(request: Request, body: CheckIn) -> dict[str, Any]:
        """values：单元格编号 → 填写的内容；返回不符的勾稽关系（findings）和无法识别的数（problems）。"""
        guard.check_csrf(request)
        year = the_year(body.year)
        keys = {f.key for f in form_fields(report_template(year)) if f.kind is not None}
        values = {k: v for k, v in body.values.items() if k in keys}
        try:
            record = form_record(values, year)
        except RegisterError as exc:
            return {"findings": [], "problems": [{"label": p.column, "message": p.message} for p in exc.problems]}
        found = identity_findings(report_template(year), record.cells)
        return {
            "findings": [{"rule": f.rule, "message": f.message, "cells": list(f.cells)} for f in found],
            "problems": [],
        }

    @router.post("/write/report", include_in_schema=False)
    async def write_report(request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=1000)
        field = form.get(guard.CSRF_FIELD)
        guard.check_csrf(request, field if isinstance(field, str) else None)
        year = the_year(str(form.get("year") or ""))
        to = str(form.get("format") or "docx")
        if to not in OUTPUTS:
            raise HTTPException(400, "报告格式只能是 docx、html 或 pdf。")
        keys = {f.key for f in form_fields(report_template(year))}
        values = {k: v for k, v in form.items() if k in keys and isinstance(v, str)}
        try:
            record = form_record(values, year)
        except RegisterError as exc:
            return page(request, year, values, 400, problems=[f"{p.column}：{p.message}" for p in exc.problems])
        try:
            out = render_report(record, to)
        except PdfUnavailable:
            raise HTTPException(
                503, "本机没有安装 Chromium 或 LibreOffice，无法生成 PDF：请下载 Word 或网页格式，或请管理员安装其一。"
            ) from None
        name = f"{record.meta.agency or ''}{year}年政府信息公开工作年度报告.{to}"
        return download(out.content, MEDIA_TYPES[to], name, f"report-{year}.{to}")

    return router


def _uploaded_record(registers: list[tuple[str, bytes]], forms: list[tuple[str, bytes]], year: int) -> Record:
    """The record the uploaded registers count, completed by the filled form (one of the two at least);
    raises RegisterError naming each problem's file and row."""
    problems = []
    counted = written = None
    try:
        counted = register_record(*(data for _, data in registers), year=year) if registers else None
    except RegisterError as exc:
        names = "、".join(n for n, _ in registers)
        problems += [replace(p, source=names) for p in exc.problems]
    for name, data in forms:
        with tempfile.TemporaryDirectory(prefix="zfxxgk-form-") as tmp:
            path = Path(tmp) / name  # its suffix tells a CSV form from a text one
            path.write_bytes(data)
            try:
                written = read_report_form(path, year)
            except RegisterError as exc:
                problems += [replace(p, source=name) for p in exc.problems]
    if problems:
        raise RegisterError(problems)
    if written is None or counted is None:
        one = written or counted
        assert one is not None  # the caller passes registers or a form
        return one
    return fill_from_registers(written, counted)
