"""HTML pages and fragments → Document: the article body's paragraphs and its tables as rows."""

from __future__ import annotations

import codecs
import contextlib
import re

import lxml.html
from lxml import etree

from ..dates import first_date
from ..document import Document, rewrite
from ..templates import TEMPLATES
from . import HTML_TABLE_END, HTML_TABLE_START
from .errors import LoadError
from .layout import SpanCell, TextBuilder, clean_line, count_cjk, resolve_spans
from .text import decode, score

# Elements that are never part of the report. Not a <form>: an ASP.NET page wraps its whole body in one,
# so only its controls go.
_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "input",
    "textarea",
    "select",
    "button",
    "iframe",
    "object",
    "embed",
    "svg",
    "head",
)
_ARTICLE = frozenset(["article", "main"])
_ARTICLE_PARTS = frozenset(["header", "footer"])


def _dropped(el: etree._Element) -> bool:
    """Whether `el` is no part of the report: one of `_DROP`, but for the header or footer of the article
    itself (its title and published date), one inside an <article> or <main>, not the site's."""
    tag = _tag(el)
    if tag not in _DROP:
        return False
    return tag not in _ARTICLE_PARTS or not any(_tag(a) in _ARTICLE for a in el.iterancestors())


_BLOCK = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "form",
        "blockquote",
        "pre",
        "center",
        "address",
        "figure",
        "figcaption",
        "caption",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "hr",
        "body",
        "html",
    ]
)
MAX_DEPTH = 100  # real pages nest a few dozen elements deep; deeper wrappers are unwrapped
PARSER_DEPTH = 2000  # libxml2 stops building the tree near 2048 levels even with huge_tree
_PARSER = lxml.html.HTMLParser(huge_tree=True)  # the default stops at 256 levels, silently
_CONTAINERS = frozenset(["div", "article", "section", "main", "td", "body", "center"])
_MIN_HEADER = 4  # shorter column headers (总计, 其他) are printed in other tables too
# Header words only the statutory tables print, read from the templates.
_STATUTORY = tuple(
    sorted(
        {h for t in TEMPLATES.values() for tb in t.tables for h in (tb.stub_header, tb.span_header) if h}
        | {c.label for t in TEMPLATES.values() for tb in t.tables for c in tb.columns if len(c.label) >= _MIN_HEADER}
        | {h for t in TEMPLATES.values() for h in t.indicator_header}
    )
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no page's text; not allowed in an XML tree
_DATA_URI = re.compile(r"data:[\w.+-]+/[\w.+-]+;base64,[A-Za-z0-9+/=\s]*")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# The published date as CMS pages declare it (TRS, Hanweb and Dublin Core / Open Graph names).
_PUB_NAMES = (
    "pubdate",
    "publishdate",
    "publishtime",
    "pubtime",
    "firstpublishedtime",
    "releasedate",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "article:published_time",
)


def decode_html(data: bytes) -> str:
    """The page's text: its declared charset when the bytes decode cleanly in it and read as Chinese
    at least as well as the encoding the bytes themselves point to; otherwise the latter (pages often
    declare the wrong charset: GB2312 for GBK, iso-8859-1 for GBK, which decodes any bytes as mojibake)."""
    declared = None
    m = _META_CHARSET.search(data[:8192])
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = m.group(1).decode("ascii", "replace").lower()
        if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk"):
            name = "gb18030"  # a superset: pages labelled GB2312 routinely use GBK characters
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            declared = data.decode(name)
    try:
        detected = decode(data)
    except LoadError:
        if declared is None:
            raise
        return declared
    return declared if declared is not None and score(declared) >= score(detected) else detected


def _parse(text: str) -> etree._Element:
    """The page's tree, its nesting flattened to at most MAX_DEPTH (see _flatten)."""
    text = _CONTROL.sub(" ", _XML_DECL.sub("", text, count=1))  # lxml keeps them, then refuses to move them
    text = _DATA_URI.sub("data:,", text)  # an inline image is megabytes of base64 and no report text
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise LoadError("corrupt", f"无法解析这个网页：{exc}") from None
    _flatten(root)
    return root


def _flatten(root: etree._Element) -> None:
    """Unwrap the elements nested deeper than MAX_DEPTH (a block keeps its line breaks as <br>), so the
    readers below walk a tree of bounded depth. A page that reaches the parser's own limit has lost
    what lies deeper, and is refused with that reason."""
    depth, deepest, deep = 0, 0, []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            deep.append(el)
    if deepest >= PARSER_DEPTH:
        raise LoadError("corrupt", f"网页的标签嵌套超过 {PARSER_DEPTH} 层，更深处的内容无法解析。")
    for el in deep:
        if _tag(el) in _BLOCK:
            el.addprevious(etree.Element("br"))
            el.addnext(etree.Element("br"))
        el.drop_tag()


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _meta_hints(root: etree._Element) -> dict[str, str]:
    hints: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and (t := clean_line(title.text_content())):
        hints["title"] = t
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content") or ""
        if name in _PUB_NAMES and "published" not in hints and (d := first_date(content)):
            hints["published"] = d.isoformat()
        if name in ("articletitle", "og:title") and content.strip():  # the article's, after the page's <title>
            hints.setdefault("title" if "title" not in hints else "article_title", clean_line(content))
        if name == "contentsource" and content.strip():  # the body a CMS names as the page's source
            hints["source"] = clean_line(content)
    return hints


def _own_text_sizes(body: etree._Element) -> dict[etree._Element, int]:
    """Chinese characters under each element, not counting link text (menus, lists of links)."""
    sizes: dict[etree._Element, int] = {}

    def walk(el: etree._Element, in_link: bool) -> int:
        link = in_link or _tag(el) == "a"
        n = 0 if link else count_cjk(el.text or "")
        for child in el:
            n += walk(child, link)
            if not link:
                n += count_cjk(child.tail or "")
        sizes[el] = n
        return n

    walk(body, False)
    return sizes


def _is_statutory(table: etree._Element) -> bool:
    text = table.text_content()
    return any(k in text for k in _STATUTORY)


def find_body(root: etree._Element) -> etree._Element:
    """The element holding the article: the deepest one with most of the page's Chinese text and
    every table that looks statutory."""
    body = root.find("body")
    if body is None:
        body = root
    sizes = _own_text_sizes(body)
    total = sizes.get(body, 0)
    if total == 0:
        return body
    statutory = [t for t in body.iter("table") if _is_statutory(t) and not t.xpath(".//table")]
    best, best_depth = body, 0
    for el, n in sizes.items():
        if n < 0.7 * total or _tag(el) not in _CONTAINERS:
            continue
        depth = len(list(el.iterancestors()))
        if depth <= best_depth:
            continue
        if statutory and not all(any(a is el for a in t.iterancestors()) for t in statutory):
            continue
        best, best_depth = el, depth
    return best


_SOURCE_BREAK = re.compile(r"[\r\n]")


def _cell_text(cell: etree._Element) -> str:
    """A cell's text, a line for each `<br>`, `<p>`, `<div>` or `<li>` (the grid's rows are made of them:
    see `layout.unstacked`); a line break of the markup's own source is a space, as a browser shows it."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if _tag(el) == "br" or (_tag(el) in ("p", "div", "li") and parts):
            parts.append("\n")
        if el.text:
            parts.append(_SOURCE_BREAK.sub(" ", el.text))
        for child in el:
            if isinstance(child.tag, str) and not _dropped(child):
                walk(child)
            if child.tail:
                parts.append(_SOURCE_BREAK.sub(" ", child.tail))

    walk(cell)  # a cell is never a <br>, <p> or <div>, and nothing precedes its own text
    return "".join(parts)


def _breaks_marked(table: etree._Element) -> bool:
    """Whether the table's cells break their lines with `<br>` alone, as a converter stacks rows in one
    (`178<br>`: a row's cell, the row under it left blank), no paragraph a cell may begin with to centre
    its number (see `layout.unstacked`)."""
    return next(table.iter("br"), None) is not None and next(table.iter("p", "div", "li"), None) is None


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of tables nested in its cells)."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table")) is table]


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [c for c in tr if _tag(c) in ("td", "th")]


def _span(cell: etree._Element, name: str) -> int:
    try:
        return int(re.sub(r"\D", "", cell.get(name, "1")) or 1)
    except ValueError:
        return 1


def _is_layout(table: etree._Element) -> bool:
    """A table used for page layout rather than data: it wraps other tables, or it has one column."""
    if table.xpath(".//td//table | .//th//table"):
        return True
    return all(len(_cells(tr)) <= 1 for tr in _rows(table))


class _Walker:
    def __init__(self) -> None:
        self.out = TextBuilder()
        self.line: list[str] = []

    def flush(self) -> None:
        text = clean_line("".join(self.line))
        self.line = []
        if text:
            self.out.paragraph(text)

    def walk(self, el: etree._Element) -> None:
        tag = _tag(el)
        if not tag or _dropped(el):
            if el.tail:
                self.line.append(el.tail)
            return
        if tag == "table":
            self.flush()
            self.table(el)
        elif tag == "br":
            self.flush()
        elif tag == "pre":  # laid out as printed: its line breaks and spaces are the report's
            self.flush()
            self.out.preformatted("".join(el.itertext()))
        else:
            block = tag in _BLOCK
            if block:
                self.flush()
            if el.text:
                self.line.append(el.text)
            for child in el:
                self.walk(child)
            if block:
                self.flush()
        if el.tail:
            self.line.append(el.tail)

    def table(self, table: etree._Element) -> None:
        if _is_layout(table):
            for tr in _rows(table):
                for cell in _cells(tr):
                    self.flush()
                    if cell.text:
                        self.line.append(cell.text)
                    for child in cell:
                        self.walk(child)
                    self.flush()
            return
        rows = [
            [SpanCell(_cell_text(c), _span(c, "rowspan"), _span(c, "colspan")) for c in _cells(tr)]
            for tr in _rows(table)
        ]
        self.out.table(resolve_spans(rows), marked=_breaks_marked(table))


def load_html(data: bytes, media_type: str = "text/html") -> Document:
    """Read an HTML page or fragment. Raises LoadError("corrupt") for markup lxml cannot parse."""
    root = _parse(decode_html(data))
    hints = _meta_hints(root)
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None and _tag(el) != "head" and _dropped(el):
            el.drop_tree()
    body = find_body(root)
    walker = _Walker()
    if body.text:
        walker.line.append(body.text)
    for child in body:
        walker.walk(child)
    walker.flush()
    return walker.out.document(media_type, hints)


_TABLE = re.compile(f"{HTML_TABLE_START}.*?{HTML_TABLE_END}", re.IGNORECASE | re.DOTALL)
_CUT_TAG = re.compile(r"<[^<>\n]*\n[^<>]*>")  # a tag a line break cuts (`<` / `td>`, `</t` / `d>`)
_BLANK_LINE = re.compile(r"\n[^\S\n]*(?=\n)")  # a line of nothing but white space, and the break before it
# … or the space such a break became where the lines were then joined by spaces (`< td>`, `<t d>`, `< /p>`): a tag of
# a table or of its cells' text, its name's letters a space or none apart, before its `>` or an attribute
_SPACED_TAG = re.compile(r"<[ \t]*(/?)[ \t]*((?:[a-zA-Z][ \t]?){1,6}?)[ \t]*(?=/?>|[ \t][a-zA-Z-]+=)")
_TABLE_TAGS = frozenset(
    ("table", "tbody", "thead", "tfoot", "tr", "td", "th", "br", "p", "span", "div", "font", "b", "strong", "sup")
)


def _unspaced_tag(m: re.Match[str]) -> str:
    """A table's tag that a space cuts, whole (`< /t d` is `</td`); any other as it is."""
    name = "".join(m[2].split()).lower()
    return f"<{m[1]}{name}" if name in _TABLE_TAGS else m.group()


def _table_rows(m: re.Match[str]) -> str:
    """A table's markup as rows; where a line break cuts one of its tags, a fold cut its markup (a converter
    writes a table on one line, or breaks lines between its tags): its line breaks all taken out, and the
    blank lines a text double-spaced after the fold put between (`<` / ` ` / `td>`); a tag a fold's space cuts,
    the lines joined by spaces, made whole (`< td>`)."""
    markup = m.group()
    if _CUT_TAG.search(markup):
        markup = _BLANK_LINE.sub("", markup).replace("\n", "")
    markup = _SPACED_TAG.sub(_unspaced_tag, markup)
    try:
        return "\n" + load_html(markup.encode("utf-8")).text + "\n"
    except LoadError:
        return m.group()


def tables_as_rows(doc: Document) -> Document:
    """A text's HTML tables (PDF converters leave them so in their Markdown) as the rows `load_html`
    writes, `| a | b |`, spans resolved; the text around them as it is."""
    text, offsets = rewrite(doc.text, _TABLE, _table_rows)
    return doc if text == doc.text else doc.derive(text, offsets)
