"""stats, report tracker, report summary, export: what the researcher publishes.

Every number comes from the claims on read (`ffdb.analysis`), so a new document, grade or
judgement changes it at the next run; `ffdb stats --explain KEY` lists the claims behind one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ffdb.analysis.assessment import assess_store_on_read
from ffdb.analysis.exports import FORMATS, ExportError, export_store
from ffdb.analysis.reports import numbers_paragraph, render_summary
from ffdb.analysis.stats import compute_stats, explain_key, flatten_counts
from ffdb.analysis.tracker import (
    list_campaigns,
    load_tracker,
    render_tracker_html,
    render_tracker_markdown,
)
from ffdb.assess import Assessment
from ffdb.cli.app import AsOfOption, DbOption, JsonOption, app, check_as_of, connect, err, out
from ffdb.store.db import Store

report_app = typer.Typer(
    help="Reports: campaign trackers and the summary page.", no_args_is_help=True
)
app.add_typer(report_app, name="report")


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


@app.command()
def stats(
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
    explain: Annotated[
        str | None,
        typer.Option(
            help="List the persons and claims behind one number, by its key "
            "(e.g. status.killed.by_year.2014, hometowns.places.Qusar).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """People identified; killed (by year), returned (and arrested), abroad, unknown;
    hometowns, groups and their leaders, family members. Each number keeps its claims."""
    store = connect(db)
    assessment = assess_store_on_read(store, check_as_of(as_of))
    numbers = compute_stats(assessment)
    if explain:
        _explain(assessment, numbers, explain, as_json)
        return
    if as_json:
        out.print(json.dumps(numbers, ensure_ascii=False), markup=False)
        return
    out.print(numbers_paragraph(numbers), markup=False)
    table = Table("key", "count")
    for key, count in flatten_counts(numbers).items():
        table.add_row(escape(key), str(count))
    out.print(table)
    out.print("[dim]ffdb stats --explain KEY lists the claims behind a number[/dim]")


def _explain(assessment: Assessment, numbers: dict[str, Any], key: str, as_json: bool) -> None:
    node = explain_key(numbers, key)
    if node is None:
        err.print(f"error: no number called {key!r}; keys are listed by `ffdb stats`", markup=False)
        raise typer.Exit(2)
    facts = [assessment.facts[c] for c in node.get("claims", []) if c in assessment.facts]
    names = numbers["names"]
    if as_json:
        rows = [
            {
                "id": f.id,
                "person": f.person,
                "prop": f.prop,
                "value": f.value,
                "date": f.date,
                "place": f.place,
                "quote": f.quote,
                "document": f.doc_path,
                "document_date": f.doc_date,
                "credibility": f.credibility,
                "why": assessment.credibility_reasons.get(f.id),
            }
            for f in facts
        ]
        out.print(
            json.dumps(
                {
                    "key": key,
                    "count": node["count"],
                    "persons": node.get("persons"),
                    "claims": rows,
                },
                ensure_ascii=False,
            ),
            markup=False,
        )
        return
    out.print(f"[bold]{escape(key)}[/bold]: {node['count']}")
    for person in node.get("persons", []):
        out.print(f"  {escape(names.get(person, person))} [dim]({escape(person)})[/dim]")
    for f in sorted(facts, key=lambda f: (f.person, f.prop, f.date or "", f.id)):
        when = f" {f.date}" if f.date else ""
        out.print(
            f"    {escape(names.get(f.person, f.person))}: {escape(f.prop)} "
            f"{escape(f.value)}{when} [dim]credibility {f.credibility} · "
            f"{escape(str(f.doc_path))} ({f.doc_date}): "
            f'"{escape((f.quote or "")[:80])}" · {f.id}[/dim]'
        )


@report_app.command("tracker")
def report_tracker(
    campaign: Annotated[
        str,
        typer.Argument(
            help="A word of the leader's name or of the reporting post's title, or `all`."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(help="Folder for tracker.md and tracker.html (default: print the Markdown)."),
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A campaign's pledges by date and province, as a tracker post (Markdown and HTML)."""
    store = connect(db)
    tracker = load_tracker(store, campaign)
    if not tracker.pledges:
        known = ", ".join(list_campaigns(store)) or "none"
        err.print(
            f"error: no pledges match {campaign!r}; campaigns (leaders): {known}", markup=False
        )
        raise typer.Exit(1)
    if as_json:
        out.print(json.dumps(tracker.to_json(), ensure_ascii=False), markup=False)
        return
    markdown = render_tracker_markdown(tracker, _today())
    if output is None:
        out.print(markdown, markup=False, end="")
        return
    output.mkdir(parents=True, exist_ok=True)
    (output / "tracker.md").write_text(markdown, encoding="utf-8")
    (output / "tracker.html").write_text(render_tracker_html(tracker, _today()), encoding="utf-8")
    out.print(f"tracker: {output / 'tracker.md'}", markup=False)
    out.print(f"tracker: {output / 'tracker.html'}", markup=False)


@report_app.command("summary")
def report_summary(
    output: Annotated[Path, typer.Option(help="Folder for summary.html, charts and map.")] = Path(
        "ffdb-report"
    ),
    title: Annotated[str, typer.Option(help="The page's title.")] = "Foreign fighters: summary",
    as_of: AsOfOption = None,
    redacted: Annotated[bool, typer.Option("--redacted", help="No names of people.")] = False,
    db: DbOption = None,
) -> None:
    """The numbers paragraph, tables, charts (PNG, SVG) and hometown map as one HTML page."""
    store = connect(db)
    numbers = compute_stats(assess_store_on_read(store, check_as_of(as_of)))
    report = render_summary(numbers, output, title=title, generated=_today(), redacted=redacted)
    out.print(numbers_paragraph(numbers), markup=False)
    out.print(f"summary: {report.html}", markup=False)
    for image in report.images:
        out.print(f"image: {image}", markup=False)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="One of: " + ", ".join(FORMATS) + ".")],
    output: Annotated[Path, typer.Option(help="The file to write.")],
    redacted: Annotated[
        bool, typer.Option("--redacted", help="Aggregates and places only, no names.")
    ] = False,
    as_of: AsOfOption = None,
    db: DbOption = None,
) -> None:
    """Export persons, statuses and evidence as CSV, JSON Lines, GeoJSON or FollowTheMoney."""
    store = connect(db)
    try:
        count = export_store(store, fmt, output, redacted=redacted, as_of=check_as_of(as_of))
    except ExportError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    out.print(f"{count} records written to {output}", markup=False)


def write_reports(
    store: Store, folder: Path, title: str = "Foreign fighters: summary"
) -> list[Path]:
    """The summary page (with its charts and map) and, when there are pledges, the tracker
    of every campaign, written into `folder`; for `ffdb demo` and scripts."""
    numbers = compute_stats(assess_store_on_read(store))
    report = render_summary(numbers, folder, title=title, generated=_today())
    written = [report.html, *report.images]
    tracker = load_tracker(store, "all")
    if tracker.pledges:
        (folder / "tracker.md").write_text(
            render_tracker_markdown(tracker, _today()), encoding="utf-8"
        )
        (folder / "tracker.html").write_text(
            render_tracker_html(tracker, _today()), encoding="utf-8"
        )
        written += [folder / "tracker.md", folder / "tracker.html"]
    return written
