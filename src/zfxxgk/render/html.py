"""A record as a print-ready HTML page: statutory tables with their merged cells, an A4 stylesheet."""

from __future__ import annotations

from html import escape

from .document import Block
from .grid import Grid, column_shares

STYLE = """
@page { size: A4; margin: 2.5cm 2.2cm; }
body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif;
       font-size: 16pt; line-height: 1.6; color: #000; max-width: 17cm; margin: 0 auto; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "黑体", SimHei, "Noto Sans CJK SC", sans-serif;
     font-size: 22pt; font-weight: normal; text-align: center; margin: 1em 0; }
h2 { font-family: "黑体", SimHei, "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt;
     font-weight: normal; margin: 0.8em 0 0.4em; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.signature { text-align: right; text-indent: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.6em 0 1em; font-size: 10.5pt;
        line-height: 1.3; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; text-align: center; }
th { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
th.note { font-family: inherit; font-size: 9pt; text-align: left; }
th.caption { background: #f2f2f2; }
td.label { text-align: left; }
td.value { font-family: "Times New Roman", serif; }
.s3 td.group { width: 1.4em; }
@media print { body { max-width: none; } }
"""


def grid_html(grid: Grid) -> str:
    """One <table>, a cell per grid cell with its rowspan and colspan."""
    out = [f'<table class="{grid.key.replace(".", "-")}">', "<colgroup>"]
    out += [f'<col style="width:{100 * share:.1f}%">' for share in column_shares(grid)]
    out.append("</colgroup>")
    for row in grid.rows:
        cells = []
        for cell in row:
            tag = "th" if cell.header else "td"
            cls = cell.role
            if cell.role == "label" and cell.rowspan > 1:
                cls += " group"
            attrs = f' class="{cls}"'
            if cell.rowspan > 1:
                attrs += f' rowspan="{cell.rowspan}"'
            if cell.colspan > 1:
                attrs += f' colspan="{cell.colspan}"'
            if cell.cell_id:
                attrs += f' data-cell="{escape(cell.cell_id)}"'
            cells.append(f"<{tag}{attrs}>{escape(cell.text)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def blocks_html(blocks: list[Block], title: str) -> str:
    """A complete HTML document."""
    body = []
    for b in blocks:
        if b.kind == "title":
            body.append(f"<h1>{escape(b.text)}</h1>")
        elif b.kind == "heading":
            body.append(f"<h2>{escape(b.text)}</h2>")
        elif b.kind == "paragraph":
            body.append(f"<p>{escape(b.text)}</p>")
        elif b.kind == "signature":
            body.append(f'<p class="signature">{escape(b.text)}</p>')
        elif b.grid is not None:
            body.append(grid_html(b.grid))
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
