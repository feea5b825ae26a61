"""Tables found from their ruling lines, as grids of cells with their boxes: shared by the PDF text
layer (its drawn edges) and scans (rulings found in the pixels)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..document import Location
from .flow import RuledTable, fills_width
from .layout import clean_cell, unstacked

Box = tuple[float, float, float, float]


class CentreIndex:
    """Words or characters (dicts with x0, top, x1, bottom) indexed by their vertical centre: those
    centred in a band of the page come out by bisection, in their original order, instead of by
    testing every one against every cell."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        pairs = sorted(((it["top"] + it["bottom"]) / 2, k) for k, it in enumerate(items))
        self._ys = [y for y, _ in pairs]
        self._ks = [k for _, k in pairs]
        self._items = items

    def band(self, top: float, bottom: float) -> list[dict[str, Any]]:
        """The items whose centre is at or between `top` and `bottom`."""
        ks = self._ks[bisect_left(self._ys, top) : bisect_right(self._ys, bottom)]
        return [self._items[k] for k in sorted(ks)]


_BUCKET = 16.0  # points of page height per bucket of `outside`'s index


def outside(items: list[dict[str, Any]], boxes: list[Box]) -> list[dict[str, Any]]:
    """The items (words, characters) whose centre lies in none of the boxes, in order: each item is
    tested only against the boxes that reach into its band of the page."""
    buckets: dict[int, list[Box]] = {}
    for box in boxes:
        for k in range(int(box[1] // _BUCKET), int(box[3] // _BUCKET) + 1):
            buckets.setdefault(k, []).append(box)
    return [w for w in items if not inside(w, buckets.get(int((w["top"] + w["bottom"]) / 2 // _BUCKET), []))]


def cells_from_crossings(crossings: dict[tuple[float, float], dict[str, list[dict[str, Any]]]]) -> list[Box]:
    """The smallest cells that the crossings of rulings (each point with the rulings through it)
    describe, as pdfplumber's `intersections_to_cells` finds them, each point's rulings and
    neighbours looked up once instead of at every comparison."""

    def boxes(edges: list[dict[str, Any]]) -> set[Box]:
        return {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges}

    v = {p: boxes(edges["v"]) for p, edges in crossings.items()}
    h = {p: boxes(edges["h"]) for p, edges in crossings.items()}

    def connects(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return (p[0] == q[0] and not v[p].isdisjoint(v[q])) or (p[1] == q[1] and not h[p].isdisjoint(h[q]))

    columns: dict[float, list[tuple[float, float]]] = {}
    rows: dict[float, list[tuple[float, float]]] = {}
    for p in sorted(crossings):
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    at_column = {p: k for column in columns.values() for k, p in enumerate(column)}
    at_row = {p: k for row in rows.values() for k, p in enumerate(row)}
    cells: list[Box] = []
    for pt in sorted(crossings):
        below = columns[pt[0]][at_column[pt] + 1 :]
        right = [q for q in rows[pt[1]][at_row[pt] + 1 :] if connects(pt, q)]
        cell = next(
            (
                (pt[0], pt[1], r[0], b[1])
                for b in below
                if connects(pt, b)
                for r in right
                if (r[0], b[1]) in crossings and connects((r[0], b[1]), r) and connects((r[0], b[1]), b)
            ),
            None,
        )
        if cell is not None:
            cells.append(cell)
    return cells


def edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    """A ruling segment as pdfplumber's table finder takes it ("h" or "v")."""
    return {
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": x1 - x0,
        "height": bottom - top,
    }


def location(page: int, x0: float, top: float, x1: float, bottom: float) -> Location:
    return {"page": page, "bbox": [round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)]}


def _column_edges(rows: list[Any], width: int) -> list[tuple[float, float] | None]:
    """Each grid column's x-range, from the cells that have a box in that column."""
    edges: list[tuple[float, float] | None] = []
    for c in range(width):
        boxes = [r.cells[c] for r in rows if c < len(r.cells) and r.cells[c] is not None]
        if not boxes:
            edges.append(None)
            continue
        x0 = sorted(b[0] for b in boxes)[len(boxes) // 2]
        # a cell spanning several columns has its x1 further right: take the narrowest
        x1 = min(b[2] for b in boxes)
        edges.append((x0, x1))
    return edges


def ruled_table(
    rows: list[Any], texts: list[list[str | None]], words: list[dict[str, Any]], number: int
) -> tuple[RuledTable, list[Box]] | None:
    """A table found from its rulings (pdfplumber rows of cell boxes, and each cell's text) as a grid,
    and the cell boxes it covers; None for a single-column "table" (a box around prose), which is left
    to the text flow, as are full-width rows above or below the data. Words in a grid position without
    a cell of its own (a missing ruling) are put there; a cell's location carries the lowest confidence
    of its words, when they have one (OCR)."""
    tx0 = min(r.bbox[0] for r in rows)
    tx1 = max(r.bbox[2] for r in rows)
    full = [_is_full_width(r.cells, tx0, tx1) for r in rows]
    lo, hi = 0, len(rows)
    while lo < hi and full[lo]:
        lo += 1
    while hi > lo and full[hi - 1]:
        hi -= 1
    keep = list(range(lo, hi))
    if not any(sum(1 for t in texts[i] if t and t.strip()) >= 2 for i in keep):
        return None
    width = max(len(r.cells) for r in rows)
    edges = _column_edges([rows[i] for i in keep], width)
    boxes = [b for i in keep for b in rows[i].cells if b is not None]
    index = CentreIndex(words)
    area = (tx0, rows[lo].bbox[1], tx1, rows[hi - 1].bbox[3])
    loose = outside([w for w in index.band(area[1], area[3]) if inside(w, [area])], boxes)
    grid: list[list[tuple[str, Location]]] = []
    wraps: set[int] = set()
    for i in keep:
        row = rows[i]
        cells = []
        for c in range(width):
            box = row.cells[c] if c < len(row.cells) else None
            text = (texts[i][c] or "") if c < len(texts[i]) else ""  # its lines, for `unstacked`
            if box is None and (edge := edges[c]) is not None:
                area = (edge[0], row.bbox[1], edge[1], row.bbox[3])
                found = [w for w in loose if inside(w, [area])]
                if found:
                    text, box = " ".join(w["text"] for w in found), area
                    boxes.append(area)
            own = (
                [w for w in index.band(box[1], box[3]) if inside(w, [box])]
                if box is not None and clean_cell(text)
                else []
            )
            loc = location(number, *(box or row.bbox))
            if confidences := [w["confidence"] for w in own if "confidence" in w]:
                loc["confidence"] = round(min(confidences), 4)
            cells.append((text, loc))
            if i == hi - 1 and box is not None and fills_width([_box(w) for w in own], box[2]):
                wraps.add(c)
        # rows a missing rule left in one (`行政处罚` over `行政强制`, `69` over `67`), each where its row is
        locs = [loc for _, loc in cells]
        for held in unstacked([t for t, _ in cells]):  # a row of a wrapped label's words alone: the first's
            grid.append(list(zip(held, locs if len(held) == len(locs) else locs[:1], strict=True)))
    return RuledTable(rows[lo].bbox[1], grid, frozenset(wraps)), boxes


def _box(w: dict[str, Any]) -> Box:
    return (w["x0"], w["top"], w["x1"], w["bottom"])


def _is_full_width(cells: list[Any], x0: float, x1: float) -> bool:
    real = [c for c in cells if c is not None]
    return len(real) == 1 and real[0][2] - real[0][0] >= 0.9 * (x1 - x0)


def inside(w: dict[str, Any], areas: list[Box]) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in areas)
