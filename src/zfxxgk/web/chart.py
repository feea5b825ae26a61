"""Charts drawn on the server as SVG: nothing to download, and they print as they show."""

from __future__ import annotations

from collections.abc import Callable
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
    _y_axis(out, ymax, left, left + plot_w, y)
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


def _y_axis(
    out: list[str], ymax: float, left: int, right: float, y: Callable[[float], float], percent: bool = False
) -> None:
    """Grid lines from 0 to `ymax` (every 10% or 20% of a share, else a quarter), labelled on the left."""
    steps = 5 if percent else 4
    for k in range(steps + 1):
        v = ymax * k / steps
        text = f"{v:.0%}" if percent else f"{v:g}"
        out.append(f'<line x1="{left}" x2="{right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e4e7eb"/>')
        out.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{text}</text>')


def box_plot(boxes: list[dict[str, Any]], width: int = 640, height: int = 260) -> Markup:
    """One box per group (`name`, `count`, `min`, `q1`, `median`, `q3`, `max`): the box from Q1 to Q3
    with the median across it, whiskers to the minimum and maximum, titled with the figures."""
    left, top, bottom = 56, 16, 28
    plot_w, plot_h = width - left - 12, height - top - bottom
    ymax = _nice_top(max((b["max"] for b in boxes), default=0))

    def y(v: float) -> float:
        return top + plot_h * (1 - v / ymax)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">']
    _y_axis(out, ymax, left, left + plot_w, y)
    slot = plot_w / max(len(boxes), 1)
    for i, b in enumerate(boxes):
        cx, half = left + slot * (i + 0.5), min(slot * 0.3, 30)
        title = escape(f"{b['name']}：{b['count']} 份，最小 {b['min']}，Q1 {b['q1']}，中位数 {b['median']}，"
                       f"Q3 {b['q3']}，最大 {b['max']}")  # fmt: skip
        out.append(f'<g class="box"><title>{title}</title>')
        out.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(b["max"]):.1f}" y2="{y(b["min"]):.1f}" stroke="#444"/>')
        for v in (b["min"], b["max"]):
            out.append(f'<line x1="{cx - half / 2:.1f}" x2="{cx + half / 2:.1f}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                       'stroke="#444"/>')  # fmt: skip
        out.append(
            f'<rect x="{cx - half:.1f}" y="{y(b["q3"]):.1f}" width="{2 * half:.1f}" '
            f'height="{max(y(b["q1"]) - y(b["q3"]), 1):.1f}" fill="#d6e6ff" stroke="#1456b8"/>'
        )
        med = y(b["median"])
        out.append(f'<line x1="{cx - half:.1f}" x2="{cx + half:.1f}" y1="{med:.1f}" y2="{med:.1f}" '
                   f'stroke="{COLOURS[0]}" stroke-width="2"/></g>')  # fmt: skip
        out.append(
            f'<text x="{cx:.1f}" y="{height - 8}" text-anchor="middle" font-size="11">{escape(b["name"])}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def bar_chart(bars: list[dict[str, Any]], width: int = 640, height: int = 220) -> Markup:
    """One bar per group (`name`, `value`: a share from 0 to 1, or None — no bar, 无数据), titled with
    the share and the number of reports it is over (`reports`)."""
    left, top, bottom = 56, 16, 28
    plot_w, plot_h = width - left - 12, height - top - bottom
    ymax = 1.0 if any((b["value"] or 0) > 0.5 for b in bars) else 0.5

    def y(v: float) -> float:
        return top + plot_h * (1 - v / ymax)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" xmlns="http://www.w3.org/2000/svg">']
    _y_axis(out, ymax, left, left + plot_w, y, percent=True)
    slot = plot_w / max(len(bars), 1)
    for i, b in enumerate(bars):
        cx, half = left + slot * (i + 0.5), min(slot * 0.3, 30)
        if b["value"] is None:
            out.append(f'<text x="{cx:.1f}" y="{y(0) - 4:.1f}" text-anchor="middle" font-size="11">无数据</text>')
        else:
            title = escape(f"{b['name']}：{b['value']:.1%}（{b['reports']} 份报告）")
            out.append(
                f'<rect class="share" x="{cx - half:.1f}" y="{y(b["value"]):.1f}" width="{2 * half:.1f}" '
                f'height="{y(0) - y(b["value"]):.1f}" fill="{COLOURS[1]}"><title>{title}</title></rect>'
            )
            out.append(f'<text x="{cx:.1f}" y="{y(b["value"]) - 4:.1f}" text-anchor="middle" font-size="11">'
                       f"{b['value']:.1%}</text>")  # fmt: skip
        out.append(
            f'<text x="{cx:.1f}" y="{height - 8}" text-anchor="middle" font-size="11">{escape(b["name"])}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))
