"""resolve, pairs, judge, person, persons: who is who across documents."""

from __future__ import annotations

import getpass
import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ffdb.analysis.persons import get_person, load_persons
from ffdb.cli.app import DbOption, JsonOption, app, connect, err, out
from ffdb.pipeline import RESOLVE_THRESHOLD, judge_pair, list_pairs, resolve_store

DECISIONS = ("same", "different", "unsure")


@app.command()
def resolve(
    threshold: Annotated[
        float, typer.Option(help="Pair score from which the machine merges two entities.")
    ] = RESOLVE_THRESHOLD,
    db: DbOption = None,
) -> None:
    """Cluster the people of all documents into canonical persons (judgements win)."""
    store = connect(db)
    result = resolve_store(store, threshold)
    out.print(
        f"{result.entities} person entities -> {result.clusters} persons "
        f"({result.merged} merged); {result.unsure} unsure pairs for review"
    )
    for left, right in result.conflicts:
        err.print(f"conflict: {left} and {right} are judged different but joined by 'same' judgements")


@app.command()
def pairs(
    unsure: Annotated[bool, typer.Option("--unsure", help="Only the pairs left for review.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many pairs.")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Candidate pairs of person entities with their scores and reasons."""
    store = connect(db)
    found = list_pairs(store, unsure_only=unsure)[:limit]
    if as_json:
        for p in found:
            out.print(json.dumps({"left": p.left, "right": p.right, "score": p.score,
                                  "reasons": p.reasons}, ensure_ascii=False), markup=False)
        return
    table = Table("left", "right", "score", "why")
    for p in found:
        table.add_row(p.left, p.right, f"{p.score:.2f}", "; ".join(p.reasons))
    out.print(table)


@app.command()
def judge(
    left: Annotated[str, typer.Argument(help="An entity or person id.")],
    right: Annotated[str, typer.Argument(help="Another entity or person id.")],
    decision: Annotated[str, typer.Argument(help="same, different or unsure.")],
    user: Annotated[str | None, typer.Option(help="Who judges (default: the login name).")] = None,
    db: DbOption = None,
) -> None:
    """Record an analyst's judgement on two entities; it wins over the machine at every resolve."""
    if decision not in DECISIONS:
        err.print(f"error: decision must be one of {', '.join(DECISIONS)}")
        raise typer.Exit(2)
    store = connect(db)
    judge_pair(store, left, right, decision, user or getpass.getuser())
    out.print(f"judged {left} {decision} {right}; run `ffdb resolve` to apply")


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
        table.add_row(p.id, p.name, ", ".join(p.aliases)[:50], p.hometown or "", p.status or "",
                      str(len(p.documents)))
    out.print(table)


@app.command()
def person(
    person_id: Annotated[str, typer.Argument(help="A person id or any entity id merged into it.")],
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """A person's dossier: every value with its sources, and the ids merged into it."""
    store = connect(db)
    found = get_person(store, person_id)
    if found is None:
        err.print(f"error: no person with id {person_id!r}", markup=False)
        raise typer.Exit(1)
    if as_json:
        data = found.to_json()
        data["claims"] = [{k: c[k] for k in ("prop", "value", "date", "place", "quote",
                          "doc_path", "extractor", "confidence", "entity_id")} for c in found.claims]
        out.print(json.dumps(data, ensure_ascii=False, default=str), markup=False)
        return
    out.print(f"[bold]{escape(found.name)}[/bold] ({found.id})")
    out.print(f"merged from: {', '.join(found.referents)}")
    for c in sorted(found.claims, key=lambda c: (c["prop"], c["date"] or "")):
        when = f" {c['date']}" if c["date"] else ""
        where = f" in {c['place']}" if c["place"] else ""
        quote = escape((c["quote"] or "")[:80])
        out.print(
            f"  {escape(c['prop'])}: {escape(c['value'])}{escape(when + where)}  "
            f"[dim]({escape(c['doc_path'] or '')}: \"{quote}\")[/dim]"
        )
