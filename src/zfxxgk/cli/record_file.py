"""Records read back from a file `zfxxgk parse --format json` or `zfxxgk register` wrote, each refused with a
plain reason (Chinese, then English) when it cannot be written as a report."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..record import Record
from ..render.document import record_template
from ..templates import TEMPLATES


class NotARecord(ValueError):
    """The file does not hold one record that can be written as a report."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh}\n{en}")


def _objects(text: str) -> list[Any]:
    """The JSON value of the file, or each line's for JSON Lines."""
    if not text.strip():
        raise NotARecord("文件是空的。", "The file is empty.")
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if len(lines) < 2:
            raise NotARecord(f"不是 JSON：{whole}", f"Not JSON: {whole}") from None
        out = []
        for n, line in lines:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise NotARecord(f"第{n}行不是 JSON：{e}", f"Line {n} is not JSON: {e}") from None
        return out


def _check(record: Record) -> None:
    """Refuse what render cannot print: an unknown year, format, cell id or date, values that are not numbers."""
    year = record.meta.year
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise NotARecord(f"meta.year 不是年份：{year!r}", f"meta.year is not a year: {year!r}")
    template_id = record.meta.template
    if template_id is not None and template_id not in TEMPLATES:
        known = "、".join(TEMPLATES)
        raise NotARecord(f"未知的报告格式“{template_id}”（应为 {known}）。", f"Unknown template {template_id!r}.")
    template = record_template(record)
    unknown = [cid for cid in record.cells if cid not in template.cell_kind]
    if unknown:
        named = ", ".join(unknown[:5]) + ("…" if len(unknown) > 5 else "")
        raise NotARecord(
            f"{template.id} 格式没有这些单元格：{named}", f"Cells not in the {template.id} template: {named}"
        )
    values = [*record.cells.items(), *((i.label, v) for i in record.indicators for v in i.values.values())]
    bad = [name for name, v in values if isinstance(v, bool) or not isinstance(v, int | float | None)]
    if bad:
        named = ", ".join(bad[:5])
        raise NotARecord(f"这些值不是数字：{named}", f"Values that are not numbers: {named}")
    for name in ("published", "signed"):
        value = getattr(record.meta, name)
        try:
            if value is not None:
                date.fromisoformat(value)
        except (TypeError, ValueError):
            raise NotARecord(f"meta.{name} 不是日期：{value!r}", f"meta.{name} is not a date: {value!r}") from None


def decode(data: bytes) -> str:
    """A record file's text; raises NotARecord for one that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotARecord("文件不是 UTF-8 文本。", "The file is not UTF-8 text.") from None


def holds_json(text: str) -> bool:
    """Whether the text is JSON, or JSON Lines, rather than a report to parse."""
    try:
        _objects(text)
    except NotARecord:
        return False
    return True


def records_in(text: str) -> list[Record | NotARecord]:
    """Each record of a JSON file or JSON Lines, or why it cannot be written as a report; raises
    NotARecord when the text is not JSON at all."""
    out: list[Record | NotARecord] = []
    for data in _objects(text):
        try:
            out.append(_record(data))
        except NotARecord as e:
            out.append(e)
    return out


def _record(data: Any) -> Record:
    """The record a JSON value holds; raises NotARecord saying why it holds none that can be written."""
    if not isinstance(data, dict) or not {"meta", "cells"} <= data.keys():
        raise NotARecord(
            "不是 zfxxgk 记录：应为 zfxxgk parse --format json 或 zfxxgk register 写出的 JSON（含 meta、cells）。",
            "Not a zfxxgk record: expected the JSON that zfxxgk parse --format json or zfxxgk register writes "
            "(with meta and cells).",
        )
    if data.get("error"):
        error = data["error"]
        raise NotARecord(
            f"这条记录是一次失败的读取（{error}），没有可写的内容。",
            f"The record is a failed read ({error}); there is nothing to write.",
        )
    try:
        record = Record.from_json(data)
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        raise NotARecord(
            f"记录的结构不对：{type(e).__name__}: {e}", f"Malformed record: {type(e).__name__}: {e}"
        ) from None
    _check(record)
    return record
