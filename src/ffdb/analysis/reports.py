"""The summary report: the numbers paragraph, the tables, the charts and the map as one
self-contained HTML page (images inlined), with the image files beside it.

Every number in it is the count of a node of `ffdb stats`, so `ffdb stats --explain KEY`
lists the claims behind any of them.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from ffdb.analysis.maps import points_of, render_map

REPORT = "summary_report.v1"
TEMPLATE = Path(__file__).with_name("data") / "summary.html"
_e = html.escape


@dataclass(slots=True)
class SummaryReport:
    html: Path
    images: list[Path]


def _joined(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def numbers_paragraph(stats: Mapping[str, Any]) -> str:
    """'We have identified N people: K killed (X of them in Y), R returned (...), ...'."""
    status = stats["status"]
    killed, returned = status["killed"], status["returned"]
    parts = []
    years = {y: n["count"] for y, n in killed["by_year"].items() if y != "unknown"}
    worst = max(years, key=lambda y: (years[y], y)) if years else None
    part = f"{killed['count']} killed"
    if worst and killed["count"]:
        part += f" ({years[worst]} of them in {worst})"
    parts.append(part)
    part = f"{returned['count']} returned"
    custody = returned["in_custody"]["count"]
    if returned["count"]:
        part += f" ({custody} of them arrested or detained"
        part += (
            f", {returned['sentenced']['count']} sentenced)"
            if returned["sentenced"]["count"]
            else ")"
        )
    parts.append(part)
    parts.append(f"{status['abroad']['count']} still abroad")
    if status["not_travelled"]["count"]:
        parts.append(f"{status['not_travelled']['count']} who never travelled")
    parts.append(f"{status['unknown']['count']} unknown")
    sentence = f"We have identified {stats['people']['count']} people: " + ", ".join(parts)
    top = stats["hometowns"]["top"][:3]
    if top:
        sentence += f"; most came from {_joined(top)}"
    family = stats["family"]["count"]
    if family == 1:
        sentence += ". One of them is named as a relative of another"
    elif family:
        sentence += f". {family} of them are named as relatives of others"
    return sentence + "."


def _table(
    head: Sequence[str], rows: Sequence[Sequence[Any]], numeric: set[int] | None = None
) -> str:
    numeric = numeric or set()
    cells = "".join(
        f'<th class="n">{_e(h)}</th>' if i in numeric else f"<th>{_e(h)}</th>"
        for i, h in enumerate(head)
    )
    body = []
    for row in rows:
        body.append(
            "<tr>"
            + "".join(
                f'<td class="n">{_e(str(v))}</td>' if i in numeric else f"<td>{_e(str(v))}</td>"
                for i, v in enumerate(row)
            )
            + "</tr>"
        )
    return f"<table><tr>{cells}</tr>{''.join(body)}</table>"


def _status_tables(stats: Mapping[str, Any]) -> str:
    status = stats["status"]
    labels = {"not_travelled": "never travelled", "abroad": "still abroad"}
    rows: list[tuple[Any, ...]] = [
        (labels.get(c, c), status[c]["count"], f"status.{c}")
        for c in ("killed", "returned", "abroad", "not_travelled", "unknown")
    ]
    out = ["<h2>Status</h2>", _table(("status", "people", "explain with"), rows, {1})]
    years = sorted(
        set(status["killed"]["by_year"])
        | set(status["returned"]["by_year"])
        | set(stats["travelled"]["by_year"])
    )
    rows = [
        (
            y,
            stats["travelled"]["by_year"].get(y, {}).get("count", 0),
            status["killed"]["by_year"].get(y, {}).get("count", 0),
            status["returned"]["by_year"].get(y, {}).get("count", 0),
        )
        for y in years
    ]
    out += [
        "<h3>By year</h3>",
        _table(("year", "travelled", "killed", "returned"), rows, {1, 2, 3}),
    ]
    returned = status["returned"]
    rows = [(d, returned[d]["count"]) for d in ("arrested", "detained", "sentenced", "released")]
    out += ["<h3>After their return</h3>", _table(("what followed", "people"), rows, {1})]
    return "\n".join(out)


def _place_and_group_tables(stats: Mapping[str, Any], redacted: bool) -> str:
    places = stats["hometowns"]["places"]
    rows: list[tuple[Any, ...]] = [
        (name, node["country"] or "", node["count"]) for name, node in places.items()
    ]
    unknown = stats["hometowns"]["unknown"]["count"]
    out = ["<h2>Hometowns</h2>", _table(("place", "country", "people"), rows, {2})]
    if unknown:
        out.append(f"<p>{unknown} people have no known hometown.</p>")
    names = stats.get("names", {})
    rows = []
    for group, node in stats["groups"].items():
        leaders = ", ".join(
            str(lead["role"])
            if redacted
            else f"{names.get(lead['person'], lead['person'])} ({lead['role']})"
            for lead in node["leaders"]
        )
        rows.append((group, node["count"], leaders))
    out += ["<h2>Groups and units</h2>", _table(("group", "people", "leaders"), rows, {1})]
    relations = stats["family"]["relations"]
    if relations:
        rows = [(k, v) for k, v in sorted(relations.items())]
        out += ["<h2>Family members</h2>", _table(("relation", "links"), rows, {1})]
    return "\n".join(out)


def _people_table(stats: Mapping[str, Any]) -> str:
    names = stats.get("names", {})
    reasons = stats["status"]["reasons"]
    rows = sorted(
        (names.get(p, p), r["status"], r["date"] or "", "; ".join(r["reasons"]))
        for p, r in reasons.items()
    )
    return "<h2>People</h2>" + _table(("name", "status", "date", "why"), rows)


def _flags_table(stats: Mapping[str, Any]) -> str:
    kinds = stats["flags"]["by_kind"]
    if not kinds:
        return "<h2>Flags</h2><p>No conflict, recycled report, re-used photo or copy found.</p>"
    rows = [(k.replace("_", " "), n) for k, n in kinds.items()]
    return (
        "<h2>Flags for review</h2>"
        + _table(("flag", "count"), rows, {1})
        + "<p>List them with <code>ffdb flags</code>.</p>"
    )


def _figure(path: Path, caption: str) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (
        f'<figure><img alt="{_e(caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{_e(caption)}</figcaption></figure>"
    )


def render_summary(
    stats: Mapping[str, Any], folder: Path, *, title: str, generated: str, redacted: bool = False
) -> SummaryReport:
    """Write `summary.html` and its charts and map into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    from ffdb.analysis.charts import render_charts  # matplotlib: only when drawing

    charts = render_charts(stats, folder)
    map_files = render_map(
        points_of(stats["hometowns"]), folder, "Hometowns of the people identified"
    )
    figures = [
        _figure(map_files[0], "Hometowns: circles sized by the number of people"),
        _figure(charts["status_by_year"][0], "Departures, deaths and returns by year"),
        _figure(charts["status"][0], "Status of the people identified"),
        _figure(charts["hometowns"][0], "People by hometown"),
        _figure(charts["groups"][0], "People by group"),
    ]
    sections = [
        '<div class="grid">' + "".join(figures[:1]) + "</div>",
        _status_tables(stats),
        '<div class="grid">' + "".join(figures[1:3]) + "</div>",
        _place_and_group_tables(stats, redacted),
        '<div class="grid">' + "".join(figures[3:]) + "</div>",
        _flags_table(stats),
    ]
    if not redacted:
        sections.append(_people_table(stats))
    as_of = f" as of {stats['as_of']}" if stats.get("as_of") else ""
    page = Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=_e(title),
        meta=_e(
            f"Generated by ffdb on {generated}{as_of}, from the claims in the database. "
            "Run `ffdb stats --explain KEY` for the claims behind any number."
        ),
        paragraph=_e(numbers_paragraph(stats)),
        sections="\n".join(sections),
    )
    target = folder / "summary.html"
    target.write_text(page, encoding="utf-8")
    images = [p for paths in charts.values() for p in paths] + map_files
    return SummaryReport(html=target, images=images)
