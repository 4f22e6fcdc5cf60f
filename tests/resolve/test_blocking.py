"""Blocking: spellings of one name meet across scripts; partial names and kunyas meet
only the entities that share a place or a co-mentioned person."""

from __future__ import annotations

from resolve_factories import profile

from ffdb.resolve import candidate_pairs
from ffdb.resolve.namekeys import name_info


def pairs_of(*profiles):  # type: ignore[no-untyped-def]
    ids = [p.entity_id for p in profiles]
    return {(ids[i], ids[j]) for i, j in candidate_pairs(list(profiles)).pairs()}


def test_one_name_in_four_scripts_shares_a_block_and_other_names_do_not() -> None:
    found = pairs_of(
        profile("a", "Zahid Nağıyev"), profile("b", "Захид Нагиев"),
        profile("c", "Zahid Nagiyev"), profile("d", "Nağıyev Zahid"),
        profile("e", "Zahid Əliyev"), profile("f", "Elnur Nağıyev"),
    )  # fmt: skip
    assert {("a", "b"), ("a", "c"), ("a", "d"), ("b", "c"), ("b", "d"), ("c", "d")} <= found
    assert not {p for p in found if "e" in p or "f" in p}


def test_names_are_of_three_kinds() -> None:
    assert name_info("Zahid Nağıyev").kind == "full"
    assert name_info("Abu Harun al-Azeri").kind == "kunya"
    assert name_info("أبو هارون الأذري").kind == "kunya"
    assert name_info("Nağıyev").kind == "partial"
    assert name_info("Əbu Harun").kind == "partial"
    assert name_info("E. Mammadov").kind == "partial"


def test_a_surname_alone_meets_only_namesakes_of_its_town_or_company() -> None:
    found = pairs_of(
        profile("bare", "Nağıyev", hometown="Sumqayıt"),
        profile("town", "Zahid Nağıyev", hometown="Sumgait"),
        profile("other", "Elnur Nağıyev", hometown="Şəki"),
        profile("none", "Ilkin Nağıyev"),
        profile("named", "Rauf Nağıyev", named_with=["Sevinc Allahverdiyeva"]),
        profile("bare2", "Нагиев", named_with=["Sevinj Allahverdiyeva"]),
    )
    assert ("bare", "town") in found
    assert ("named", "bare2") in found
    assert not {p for p in found if "other" in p or "none" in p}


def test_a_kunya_meets_the_same_kunya_only_with_a_shared_place_or_person() -> None:
    found = pairs_of(
        profile("a", "Abu Harun al-Azeri", hometown="Sumgait"),
        profile("b", "Zahid Nagiyev", aliases=["Абу Харун аль-Азери"], hometown="Сумгаит"),
        profile("c", "أبو هارون الأذري"),
        profile("d", "Abu Harun al-Azeri", named_with=["Sevinc Allahverdiyeva"]),
        profile("e", "Əbu Harun əl-Azəri", named_with=["Sevinj Allahverdiyeva"]),
    )
    assert found == {("a", "b"), ("d", "e")}
