"""source grade/list, claim credibility, flags, flag review: the analyst's grades (Admiralty).

Sources carry a reliability A-F (F, "cannot be judged", until an analyst grades them);
claims carry a credibility 1-6 derived from corroboration, which an analyst may set.
Every grade is written to the audit log.
"""

from __future__ import annotations

import getpass
import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ffdb.assess.facts import ADMIRALTY_CREDIBILITY, ADMIRALTY_RELIABILITY
from ffdb.cli.app import AsOfOption, DbOption, JsonOption, app, check_as_of, connect, err, out
from ffdb.model.errors import StoreError
from ffdb.pipeline import assess_store, grade_claim, grade_source, review_flag
from ffdb.store.flags import REVIEWS, list_sources, load_flags

source_app = typer.Typer(
    help="Sources (publishers, channels) and their reliability grades.", no_args_is_help=True
)
claim_app = typer.Typer(
    help="Claims: an analyst's grade of their credibility.", no_args_is_help=True
)
flag_app = typer.Typer(help="Flags raised by assessment: review them.", no_args_is_help=True)
app.add_typer(source_app, name="source")
app.add_typer(claim_app, name="claim")
app.add_typer(flag_app, name="flag")

UserOption = Annotated[
    str | None, typer.Option(help="Who grades (default: the login name).", show_default=False)
]


@source_app.command("grade")
def source_grade(
    name: Annotated[str, typer.Argument(help="The source's name, as given to `ingest --source`.")],
    grade: Annotated[str, typer.Argument(help="Reliability: A (completely reliable) to F.")],
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Grade a source's reliability, A to F (created if it is not known yet)."""
    store = connect(db)
    try:
        old = grade_source(store, name, grade, user or getpass.getuser())
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    new = grade.upper()
    was = f" (was {old})" if old else " (new source)"
    out.print(f"{name}: {new}, {ADMIRALTY_RELIABILITY[new]}{was}", markup=False)


@source_app.command("list")
def source_list(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Sources with their kind, grade and number of documents."""
    rows = list_sources(connect(db))
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), markup=False)
        return
    table = Table("name", "kind", "grade", "documents")
    for row in rows:
        table.add_row(escape(row["name"]), row["kind"], row["reliability"], str(row["documents"]))
    out.print(table)


@claim_app.command("credibility")
def claim_credibility(
    claim_id: Annotated[str, typer.Argument(help="The claim's id (see `ffdb person ID --json`).")],
    grade: Annotated[int, typer.Argument(help="1 confirmed ... 5 improbable, 6 cannot be judged.")],
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Set a claim's credibility; it wins over the derived grade from now on."""
    store = connect(db)
    try:
        old = grade_claim(store, claim_id, grade, user or getpass.getuser())
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    out.print(
        f"claim {claim_id}: {grade}, {ADMIRALTY_CREDIBILITY[grade]} (was {old})", markup=False
    )


@app.command()
def assess(
    as_of: AsOfOption = None,
    db: DbOption = None,
) -> None:
    """Grade every claim and store the flags: conflicts, recycled reports, re-used photos."""
    store = connect(db)
    assessment = assess_store(store, check_as_of(as_of))
    kinds: dict[str, int] = {}
    for flag in assessment.flags:
        kinds[flag.kind] = kinds.get(flag.kind, 0) + 1
    grades: dict[int, int] = {}
    for fact in assessment.facts.values():
        grades[fact.credibility] = grades.get(fact.credibility, 0) + 1
    out.print(
        f"{len(assessment.facts)} claims graded: "
        + ", ".join(f"{n} x {g}" for g, n in sorted(grades.items()))
    )
    out.print(
        f"{len(assessment.flags)} flags"
        + (": " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) if kinds else "")
    )


@app.command()
def flags(
    kind: Annotated[str | None, typer.Option(help="Only flags of this kind.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """The flags of the last `ffdb assess`, with both sides' evidence."""
    found = load_flags(connect(db), kind=kind)
    if as_json:
        for row in found:
            out.print(json.dumps(row, ensure_ascii=False), markup=False)
        return
    if not found:
        out.print("no flags stored; run `ffdb assess` first")
    for row in found:
        out.print(
            f"[bold]{row['kind']}[/bold] {escape(row['subject'])} [dim]{row['id']} "
            f"({row['review']})[/dim]"
        )
        out.print(f"  {escape(row['reason'])}")
        for side in ("left", "right"):
            for e in row["evidence"][side]:
                quote = (e.get("quote") or "")[:90]
                value = f"{e['value']}  " if e.get("value") else ""
                out.print(
                    f"  {'<' if side == 'left' else '>'} {escape(value)}"
                    f"[dim]{escape(str(e.get('document_path')))} "
                    f"({e.get('document_date')}): {escape(quote)}[/dim]"
                )


@flag_app.command("review")
def flag_review(
    flag_id: Annotated[str, typer.Argument(help="The flag's id (see `ffdb flags`).")],
    review: Annotated[str, typer.Argument(help="open, confirmed or dismissed.")],
    user: UserOption = None,
    db: DbOption = None,
) -> None:
    """Confirm or dismiss a flag; the review is kept when assessment raises it again."""
    if review not in REVIEWS:
        err.print(f"error: review must be one of {', '.join(REVIEWS)}")
        raise typer.Exit(2)
    try:
        review_flag(connect(db), flag_id, review, user or getpass.getuser())
    except StoreError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    out.print(f"flag {flag_id}: {review}")
