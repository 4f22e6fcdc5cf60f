"""A count of men ("The three men were detained") never counts the judge, lawyer or
prosecutor named before it (fictional people)."""

from __future__ import annotations

from support import person_records


def test_the_officials_of_a_trial_are_not_the_men_counted_after_them() -> None:
    text = (
        "Three men from Kazakhstan went on trial in Almaty on Monday.\n\n"
        "Their lawyer, Marta Olsen, said the case was weak. Judge Ivan Brantov adjourned the "
        "hearing. Prosecutor Aset Nurtai asked for ten years.\n\n"
        "The three men were detained on arrival in Istanbul in March 2015."
    )
    records = person_records(text, published="2025-06-01")
    assert {"Marta Olsen", "Ivan Brantov", "Aset Nurtai"} <= set(records)
    assert all(not r["events"] for r in records.values()), records


def test_the_men_named_before_their_lawyer_are_still_counted() -> None:
    text = (
        "Rustam Kadyrbek, Timur Bekmetov and Anzor Lechoyev left Grozny in 2014. Their "
        "lawyer, Marta Olsen, said the case was weak.\n\n"
        "The three men were detained on arrival in Istanbul in March 2015."
    )
    records = person_records(text, published="2025-06-01")
    held = {n for n, r in records.items() if any(e["status"] == "detained" for e in r["events"])}
    assert held == {"Rustam Kadyrbek", "Timur Bekmetov", "Anzor Lechoyev"}
