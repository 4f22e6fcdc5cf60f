"""resolve, pairs, judge, person, persons: who is who across documents."""

from __future__ import annotations

import getpass
import json
import os
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ffdb.analysis.persons import Person, get_person, load_persons, sources_by_value
from ffdb.cli.app import DbOption, JsonOption, app, connect, err, out
from ffdb.model.errors import FfdbError
from ffdb.pipeline import (
    RESOLVE_THRESHOLD,
    has_resolved,
    judge_pair,
    list_pairs,
    resolve_store,
)
from ffdb.store.judgements import DECISIONS


@app.command()
def resolve(
    threshold: Annotated[
        float, typer.Option(help="Pair score from which the machine merges two entities.")
    ] = RESOLVE_THRESHOLD,
    workers: Annotated[
        int,
        typer.Option(
            help="Processes comparing names, used in large stores (0: one per core, up to 4)."
        ),
    ] = 0,
    timings: Annotated[bool, typer.Option(help="Print the time of each phase.")] = False,
    db: DbOption = None,
) -> None:
    """Cluster the people of all documents into canonical persons (judgements win)."""
    store = connect(db)
    if workers <= 0:
        workers = min(4, os.cpu_count() or 1)
    result = resolve_store(store, threshold, workers=workers)
    out.print(
        f"{result.entities} person entities -> {result.clusters} persons "
        f"({result.merged} merged); {result.unsure} pairs for review (ffdb pairs --unsure)"
    )
    if timings:
        phases = ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
        counts = ", ".join(f"{k} {v:,}" for k, v in result.counts.items())
        out.print(f"{phases}\n{counts}", markup=False)
    for left, right in result.conflicts:
        err.print(
            f"conflict: {left} and {right} are judged different but 'same' judgements join them",
            markup=False,
        )


@app.command()
def pairs(
    unsure: Annotated[
        bool, typer.Option("--unsure", help="Only the pairs left for review, not yet judged.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many pairs.")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Pairs of person entities the last `ffdb resolve` scored, with why, best first."""
    store = connect(db)
    if not has_resolved(store):
        err.print("no scored pairs: run `ffdb resolve` first")
        return
    found = list_pairs(store, unsure_only=unsure, limit=limit)
    if as_json:
        for p in found:
            out.print(json.dumps(p.to_json(), ensure_ascii=False), markup=False)
        return
    for p in found:
        judged = f", judged {p.judgement} by {p.judged_by}" if p.judgement else ""
        out.print(f"{p.score:.2f} {p.decision}{judged}: {p.left} ~ {p.right}", markup=False)
        for reason in p.reasons:
            out.print(f"    {reason}", markup=False)


@app.command()
def judge(
    left: Annotated[str, typer.Argument(help="An entity or person id.")],
    right: Annotated[str, typer.Argument(help="Another entity or person id.")],
    decision: Annotated[str, typer.Argument(help="same, different or unsure.")],
    user: Annotated[str | None, typer.Option(help="Who judges (default: the login name).")] = None,
    db: DbOption = None,
) -> None:
    """Record an analyst's judgement on two entities; it wins over the machine at every
    resolve. A newer judgement on the same pair replaces the older (which is kept): judge
    `unsure` to withdraw a `same` or `different`."""
    if decision not in DECISIONS:
        err.print(f"error: decision must be one of {', '.join(DECISIONS)}")
        raise typer.Exit(2)
    store = connect(db)
    try:
        judge_pair(store, left, right, decision, user or getpass.getuser())
    except FfdbError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    out.print(f"judged {left} {decision} {right}; run `ffdb resolve` to apply", markup=False)


@app.command()
def persons(as_json: JsonOption = False, db: DbOption = None) -> None:
    """One line per canonical person: name, aliases, hometown, status, documents."""
    store = connect(db)
    found = load_persons(store)
    if as_json:
        for p in found:
            out.print(json.dumps(p.to_json(), ensure_ascii=False), markup=False)
        return
    table = Table("id", "name", "aliases", "hometown", "status", "docs")
    for p in found:
        table.add_row(
            p.id,
            escape(p.name),
            escape(", ".join(p.aliases)[:50]),
            escape(p.hometown or ""),
            p.status or "",
            str(len(p.documents)),
        )
    out.print(table)


_CLAIM_FIELDS = ("prop", "value", "date", "place", "quote", "doc_path", "doc_url",
                 "extractor", "confidence", "entity_id")  # fmt: skip


def _dossier_json(person: Person) -> dict[str, Any]:
    data = person.to_json()
    data["claims"] = [{k: c.get(k) for k in _CLAIM_FIELDS} for c in person.claims]
    data["links"] = [
        {k: link[k] for k in ("left_id", "right_id", "score", "decision", "reasons", "vetoes")}
        for link in person.links
    ]
    data["judgements"] = [
        {"left": j.left, "right": j.right, "decision": j.decision, "user": j.user,
         "at": j.created_at}
        for j in person.judgements
    ]  # fmt: skip
    return data


def _print_dossier(person: Person) -> None:
    out.print(f"[bold]{escape(person.name)}[/bold] ({person.id})")
    out.print(f"merged from {len(person.referents)}: {', '.join(person.referents)}", markup=False)
    for prop, values in sources_by_value(person).items():
        out.print(f"[bold]{escape(prop)}[/bold]")
        for shown, claims in values:
            out.print(f"  {escape(shown)}")
            for c in claims:
                where = c["doc_url"] or c["doc_path"] or ""
                quote = " ".join((c["quote"] or "").split())[:100]
                source = escape(f"{where} [{c['entity_id']}]: {quote}")
                out.print(f"    [dim]{source}[/dim]")
    if person.links:
        out.print("[bold]why[/bold]")
    for link in person.links:
        head = f"  {link['left_id']} ~ {link['right_id']}: {link['score']:.2f} {link['decision']}"
        out.print(head if link["inside"] else head + " (another person)", markup=False)
        for reason in link["reasons"]:
            out.print(f"    {reason}", markup=False)
    for j in person.judgements:
        line = f"  judged {j.left} {j.decision} {j.right} by {j.user} at {j.created_at}"
        out.print(line, markup=False)


@app.command()
def person(
    person_id: Annotated[str, typer.Argument(help="A person id or any entity id merged into it.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A person's dossier: every value with its sources, the ids merged into it, and why."""
    store = connect(db)
    found = get_person(store, person_id)
    if found is None:
        err.print(f"error: no person with id {person_id!r}", markup=False)
        raise typer.Exit(1)
    if as_json:
        out.print(json.dumps(_dossier_json(found), ensure_ascii=False, default=str), markup=False)
        return
    _print_dossier(found)
