"""Charts for publication, as PNG and SVG: status by year, status totals, hometowns, groups.

matplotlib's object interface (no pyplot, so no global state and no display needed);
its bundled DejaVu fonts cover Latin with Azerbaijani and Turkish letters and Cyrillic.
SVG ids are salted with a constant and dates left out, so the same data give the same files.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

CHARTS = "charts.v1"
COLOURS = {
    "killed": "#b2182b",
    "returned": "#2166ac",
    "travelled": "#999999",
    "abroad": "#f4a582",
    "not_travelled": "#92c5de",
    "unknown": "#d9d9d9",
}
LABELS = {"not_travelled": "never travelled", "abroad": "still abroad"}


def save_figure(fig: Figure, stem: Path) -> list[Path]:
    """Write `stem.png` (150 dpi) and `stem.svg`; return both paths."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    png, svg = stem.with_suffix(".png"), stem.with_suffix(".svg")
    with matplotlib.rc_context({"svg.hashsalt": CHARTS}):
        fig.savefig(png, dpi=150, bbox_inches="tight", metadata={"Software": None})
        fig.savefig(svg, bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return [png, svg]


def _style(ax: Any, title: str) -> None:
    ax.set_title(title, loc="left", fontsize=12)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=9)


def chart_status_by_year(stats: Mapping[str, Any], stem: Path) -> list[Path]:
    """Bars per year: departures, deaths and returns."""
    series = {
        "travelled": stats["travelled"]["by_year"],
        "killed": stats["status"]["killed"]["by_year"],
        "returned": stats["status"]["returned"]["by_year"],
    }
    known = sorted({int(y) for s in series.values() for y in s if y.isdigit()})
    # Every year between the first and the last, so that gaps show as gaps.
    years = [str(y) for y in range(known[0], known[-1] + 1)] if known else []
    fig = Figure(figsize=(8, 4.5))
    ax = fig.add_subplot()
    width = 0.8 / len(series)
    for i, (name, by_year) in enumerate(series.items()):
        xs = [n + (i - 1) * width for n in range(len(years))]
        counts = [by_year.get(y, {}).get("count", 0) for y in years]
        bars = ax.bar(xs, counts, width, label=name, color=COLOURS[name])
        ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], fontsize=8, padding=1)
    ax.set_xticks(range(len(years)), years)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(frameon=False, fontsize=9)
    _style(ax, "Departures, deaths and returns by year")
    if not years:
        ax.text(0.5, 0.5, "no dated event", transform=ax.transAxes, ha="center")
    return save_figure(fig, stem)


def chart_status_totals(stats: Mapping[str, Any], stem: Path) -> list[Path]:
    status = stats["status"]
    names = ["killed", "returned", "abroad", "not_travelled", "unknown"]
    counts = [status[n]["count"] for n in names]
    fig = Figure(figsize=(7, 3.2))
    ax = fig.add_subplot()
    bars = ax.barh(
        [LABELS.get(n, n) for n in names][::-1],
        counts[::-1],
        color=[COLOURS[n] for n in names][::-1],
    )
    ax.bar_label(bars, fontsize=9, padding=2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(ax, f"Status of the {stats['people']['count']} people identified")
    return save_figure(fig, stem)


def _ranked_bars(items: list[tuple[str, int]], title: str, colour: str, stem: Path) -> list[Path]:
    shown = items[:15]
    fig = Figure(figsize=(7, 0.9 + 0.34 * max(3, len(shown))))
    ax = fig.add_subplot()
    bars = ax.barh([name for name, _ in shown][::-1], [n for _, n in shown][::-1], color=colour)
    ax.bar_label(bars, fontsize=9, padding=2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(ax, title)
    if not shown:
        ax.text(0.5, 0.5, "none known", transform=ax.transAxes, ha="center")
    return save_figure(fig, stem)


def chart_hometowns(stats: Mapping[str, Any], stem: Path) -> list[Path]:
    places = stats["hometowns"]["places"]
    items = [(name, node["count"]) for name, node in places.items()]
    return _ranked_bars(items, "People by hometown", "#4d7ea8", stem)


def chart_groups(stats: Mapping[str, Any], stem: Path) -> list[Path]:
    items = [(name, node["count"]) for name, node in stats["groups"].items()]
    return _ranked_bars(items, "People by group", "#6a5a8c", stem)


def render_charts(stats: Mapping[str, Any], folder: Path) -> dict[str, list[Path]]:
    """Every chart into `folder`, by name."""
    return {
        "status_by_year": chart_status_by_year(stats, folder / "status_by_year"),
        "status": chart_status_totals(stats, folder / "status"),
        "hometowns": chart_hometowns(stats, folder / "hometowns_chart"),
        "groups": chart_groups(stats, folder / "groups"),
    }
