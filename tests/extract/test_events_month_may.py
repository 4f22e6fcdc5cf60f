"""The month May before a cue is no modal "may" (English only)."""

from __future__ import annotations

from ffdb.extract import extract_document


def _events(text: str) -> dict[str, set[tuple[str, str | None]]]:
    found = extract_document(text, published="2016-06-02")
    return {p.name: {(e.status, e.date) for e in p.events} for p in found.persons}


def test_the_month_may_before_the_cue_tells_when() -> None:
    text = (
        "Tariq Osmani grew up in Leeds. In May 2015 he travelled to Syria. "
        "On 3 May he was arrested in Leeds."
    )
    assert _events(text)["Tariq Osmani"] == {("travelled", "2015-05"), ("arrested", "2016-05-03")}


def test_the_modal_may_still_blocks() -> None:
    text = "Tariq Osmani may travel to Syria, police fear. They may arrest him soon."
    assert _events(text)["Tariq Osmani"] == set()
