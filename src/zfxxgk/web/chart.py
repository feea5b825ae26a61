"""Charts drawn on the server as SVG: nothing to download, and they print as they show."""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

COLOURS = ("#8b0000", "#1456b8", "#c77700", "#2e7d32", "#6a1b9a", "#00838f", "#5d4037", "#455a64")


def _nice_top(value: float) -> float:
    """A round number at or above `value` for the top of the axis."""
    if value <= 0:
        return 1
    step = 10 ** (len(str(int(value))) - 1)
    return float(-(-value // step) * step)


def line_chart(series: list[dict[str, Any]], years: list[int], width: int = 640, height: int = 260) -> Markup:
    """One line per series (`name`, `values`: year → number or None) over `years`, each point titled
    with its value; a gap where a year has none."""
    left, right, top, bottom = 56, 150, 16, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    highest = max((v for s in series for v in s["values"].values() if v is not None), default=0)
    ymax = _nice_top(highest)

    def x(i: int) -> float:
        return left + (plot_w * i / (len(years) - 1) if len(years) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / ymax)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">']
    for k in range(5):
        v = ymax * k / 4
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e4e7eb"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:g}</text>')
    for i, year in enumerate(years):
        out.append(f'<text x="{x(i):.1f}" y="{height - 8}" text-anchor="middle" font-size="11">{year}</text>')
    for n, s in enumerate(series):
        colour = COLOURS[n % len(COLOURS)]
        points = [(i, s["values"].get(year)) for i, year in enumerate(years)]
        run: list[str] = []
        for i, v in [*points, (len(years), None)]:
            if v is None:
                if len(run) > 1:
                    out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(run)}"/>')
                run = []
                continue
            run.append(f"{x(i):.1f},{y(v):.1f}")
            title = escape(f"{s['name']} {years[i]}年：{v}")
            out.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"><title>{title}</title></circle>')
        ly = top + 14 + 18 * n
        out.append(f'<rect x="{width - right + 12}" y="{ly - 9}" width="12" height="3" fill="{colour}"/>')
        out.append(f'<text x="{width - right + 30}" y="{ly - 4}" font-size="12">{escape(s["name"])}</text>')
    out.append("</svg>")
    return Markup("".join(out))
