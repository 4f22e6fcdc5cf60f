"""Pair scores: every piece of evidence moves the score and says so in the reasons."""

from __future__ import annotations

from resolve_factories import profile

from ffdb.resolve import THRESHOLD, UNSURE_LOW, NameTable, score_pair
from ffdb.resolve.score import WEAK_NAME

names = NameTable()


def score(a, b):  # type: ignore[no-untyped-def]
    return score_pair(a, b, names.compare)


def test_one_man_across_scripts_scores_above_the_threshold_with_each_part_explained() -> None:
    found = score(profile("a", "Zahid Nağıyev"), profile("b", "Захид Нагиев"))
    assert found.score >= THRESHOLD
    assert found.vetoes == []
    assert "'Zahid Nağıyev' ~ 'Захид Нагиев'" in found.reasons[0]
    assert "given: Zahid~Захид" in found.reasons[0]


def test_a_kunya_in_common_does_not_join_two_men_whose_full_names_differ() -> None:
    a = profile("a", "Ilham Samadov", aliases=["Abu Usama al-Azeri"])
    b = profile("b", "Ruslan Gadzhimagomedov", aliases=["Abu Usama al-Azeri"])
    found = score(a, b)
    assert found.score < UNSURE_LOW
    assert "full names differ" in found.vetoes
    assert any("does not count" in r and "Abu Usama al-Azeri" in r for r in found.reasons)


def test_a_kunya_alone_needs_two_more_pieces_of_evidence() -> None:
    kunya = profile("a", "Abu Harun al-Azeri")
    alias = profile("b", "Zahid Nagiyev", aliases=["Əbu Harun əl-Azəri"])
    alone = score(kunya, alias)
    assert alone.score == WEAK_NAME
    assert "a kunya, shared by many, needs two more pieces of evidence" in alone.reasons[0]
    one = score(
        profile("a", "Abu Harun al-Azeri", hometown="Sumgait"),
        profile("b", "Zahid Nagiyev", aliases=["Əbu Harun əl-Azəri"], hometown="Sumqayıt"),
    )
    assert UNSURE_LOW <= one.score < THRESHOLD
    two = score(
        profile("a", "Abu Harun al-Azeri", hometown="Sumgait", age=(28, "2016-11-24")),
        profile("b", "Zahid Nagiyev", aliases=["Əbu Harun əl-Azəri"], hometown="Сумгаит",
                born=1988),
    )  # fmt: skip
    assert two.score >= THRESHOLD


def test_same_kunya_with_another_nisba_is_another_man() -> None:
    found = score(profile("a", "Abu Usama al-Azeri"), profile("b", "Ebu Usame ed-Dağıstani"))
    assert found.score < UNSURE_LOW


def test_two_entities_one_document_kept_apart_are_different() -> None:
    found = score(
        profile("a", "Furkan Demirci", doc="r07"), profile("b", "Furkan Demirci", doc="r07")
    )
    assert found.score == 0.0
    assert found.vetoes == ["same document"]
    assert "one document names them as two people" in found.reasons[-1]


def test_hometowns_compare_by_gazetteer_entry_across_scripts() -> None:
    same = score(profile("a", "Zahid Nagiyev", hometown="Sumgait"),
                 profile("b", "Захид Нагиев", hometown="Сумгаит"))  # fmt: skip
    assert any(r.startswith("same hometown Sumqayıt (geonames:") for r in same.reasons)
    other = score(profile("a", "Zahid Nağıyev", hometown="Sumqayıt"),
                  profile("b", "Zahid Nağıyev", hometown="Şəki"))  # fmt: skip
    assert other.vetoes == ["hometowns differ"]
    assert other.score < THRESHOLD


def test_a_town_and_its_district_agree_and_an_unknown_place_says_nothing() -> None:
    district = score(profile("a", "İlham Səmədov", hometown="Qusar"),
                     profile("b", "Ilham Samadov", hometown="Qusar rayonu"))  # fmt: skip
    assert district.vetoes == []
    assert any("town / province" in r for r in district.reasons)
    unknown = score(profile("a", "İlham Səmədov", hometown="Qusar"),
                    profile("b", "Ilham Samadov", hometown="Xyzabad"))  # fmt: skip
    assert unknown.vetoes == []
    assert any("not in the gazetteer" in r for r in unknown.reasons)


def test_ages_are_compared_at_each_documents_date() -> None:
    agree = score(profile("a", "Zahid Nagiyev", age=(28, "2016-11-24")),
                  profile("b", "Zahid Nağıyev", born=1988))  # fmt: skip
    assert any(r.startswith("ages agree") for r in agree.reasons)
    differ = score(profile("a", "Zahid Nağıyev", born=1970),
                   profile("b", "Zahid Nagiyev", age=(28, "2016-11-24")))  # fmt: skip
    assert differ.vetoes == ["ages differ"]
    assert any("years apart" in r for r in differ.reasons)


def test_a_person_both_documents_name_and_a_shared_group_add_evidence() -> None:
    a = profile("a", "Furkan Demirci", named_with=["Abu Zubayr al-Turki"], groups=["isis"])
    b = profile("b", "Furkan Demirci", named_with=["Ebu Zübeyr et-Türki"], groups=["isis"])
    found = score(a, b)
    assert any("both name 'Abu Zubayr al-Turki'" in r for r in found.reasons)
    assert any(r.startswith("both in isis") for r in found.reasons)
    assert found.raw > score(profile("a", "Furkan Demirci"), profile("b", "Furkan Demirci")).raw


def test_a_surname_alone_needs_two_more_pieces_of_evidence() -> None:
    bare = score(profile("a", "Nağıyev"), profile("b", "Zahid Nağıyev"))
    assert bare.score == WEAK_NAME
    backed = score(
        profile("a", "Nağıyev", hometown="Sumqayıt", named_with=["Sevinc Allahverdiyeva"]),
        profile("b", "Zahid Nagiyev", hometown="Sumgait", named_with=["Sevinj Allahverdiyeva"]),
    )
    assert backed.score >= THRESHOLD


def test_different_kunyas_of_one_full_name_lower_the_score() -> None:
    a = profile("a", "Zahid Nagiyev", aliases=["Abu Harun al-Azeri"])
    b = profile("b", "Zahid Nagiyev", aliases=["Abu Bakr al-Azeri"])
    found = score(a, b)
    assert any(r.startswith("their kunyas differ") for r in found.reasons)
    assert found.raw < score(profile("a", "Zahid Nagiyev"), profile("b", "Zahid Nagiyev")).raw


def test_without_explaining_the_score_and_vetoes_are_the_same() -> None:
    a = profile("a", "Zahid Nagiyev", hometown="Sumgait", age=(28, "2016-11-24"))
    b = profile("b", "Захид Нагиев", hometown="Şəki", named_with=["Sevinc Allahverdiyeva"])
    full, quick = score_pair(a, b, names.compare), score_pair(a, b, names.compare, explain=False)
    assert (full.score, full.raw, full.vetoes) == (quick.score, quick.raw, quick.vetoes)
    assert quick.reasons == []
