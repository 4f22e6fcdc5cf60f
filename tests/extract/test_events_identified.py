"""A description that opens the sentence with its participle, then the name it is
identified with: "The man killed in the strike on 1 August was X"."""

from __future__ import annotations

import pytest

from ffdb.extract import extract_document


def _events(text: str) -> dict[str, list[tuple[str, str | None]]]:
    records = extract_document(text, language="en", published="2018-08-06").records()
    return {
        r["name"]: [(e["status"], e["date"]) for e in r["events"]]
        for r in records
        if r["type"] == "person"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The man killed in the strike on 1 August was Timur Nazarov, 33, from Namangan.",
            {"Timur Nazarov": [("killed", "2018-08-01")]},
        ),
        (
            "The man arrested at the airport on 3 May was identified as Tomas Keller.",
            {"Tomas Keller": [("arrested", "2018-05-03")]},
        ),
        # not the one identified, and not a description that names no one
        ("The man killed in the strike was not Sardor Tursunov.", {"Sardor Tursunov": []}),
        (
            "The men killed in the strike were fighters. Ramil Aliyev was not among them.",
            {"Ramil Aliyev": []},
        ),
    ],
)
def test_the_person_a_description_is_identified_with(
    text: str, expected: dict[str, list[tuple[str, str | None]]]
) -> None:
    assert _events(text) == expected
