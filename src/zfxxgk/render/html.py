"""A record as a print-ready HTML page: statutory tables with their merged cells, an A4 stylesheet."""

from __future__ import annotations

from html import escape

from .document import Block
from .grid import Grid, GridCell, column_shares

# A4 with the 公文 margins (GB/T 9704): 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right, the text
# 15.6 cm wide on screen as on paper. A table runs on across pages, its header rows (thead) repeated.
TEXT_WIDTH_CM = 15.6
TABLE_PT, SMALL_PT = 10.5, 9.0  # a table's text, and a wide table's
STYLE = """
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
body { font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC",
       "Source Han Serif SC", "Source Han Serif CN", serif;
       font-size: 16pt; line-height: 1.75; color: #000; max-width: 15.6cm; margin: 1cm auto; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", SimSun, "Songti SC", "Noto Serif CJK SC",
     "Source Han Serif SC", serif; font-size: 22pt; font-weight: bold; text-align: center; margin: 0 0 1em; }
h2 { font-family: "黑体", SimHei, STHeiti, "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
     font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.signature { text-align: right; text-indent: 0; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.4em 0 1em; font-size: 10.5pt;
        line-height: 1.3; }
table.wide { font-size: 9pt; }
thead { display: table-header-group; }
td:not(.group) { break-inside: avoid; }  /* a row is not cut across pages; a group runs on */
th, td { border: 0.75pt solid #000; padding: 2px 0.3em; vertical-align: middle; text-align: center;
         overflow-wrap: anywhere; }
th { font-family: "黑体", SimHei, STHeiti, "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
     font-weight: normal; }
th.note { font-family: inherit; font-size: 9pt; text-align: left; }
td.label { text-align: left; }
td.value { font-family: "Times New Roman", "Liberation Serif", Tinos, "Noto Serif CJK SC", serif; white-space: nowrap; }
@media print { body { max-width: none; margin: 0; } }
"""


def _cell(cell: GridCell) -> str:
    tag = "th" if cell.header else "td"
    cls = cell.role + (" group" if cell.role == "label" and cell.rowspan > 1 else "")
    attrs = f' class="{cls}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.cell_id:
        attrs += f' data-cell="{escape(cell.cell_id)}"'
    return f"<{tag}{attrs}>{escape(cell.text)}</{tag}>"


def grid_html(grid: Grid) -> str:
    """One <table>, a cell per grid cell with its rowspan and colspan, its header rows in <thead>."""
    wide = grid.width > 12
    em = (SMALL_PT if wide else TABLE_PT) / 72 * 2.54
    cls = grid.key.replace(".", "-") + (" wide" if wide else "")
    out = [f'<table class="{cls}">', "<colgroup>"]
    out += [f'<col style="width:{100 * share:.2f}%">' for share in column_shares(grid, TEXT_WIDTH_CM / em)]
    out.append("</colgroup>")
    rows = ["<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in grid.rows]
    head, body = rows[: grid.header_rows], rows[grid.header_rows :]
    if head:
        out += ["<thead>", *head, "</thead>"]
    out += ["<tbody>", *body, "</tbody>", "</table>"]
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
