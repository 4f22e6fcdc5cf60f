"""The place gazetteer: variants in several scripts resolve to one entry."""

from __future__ import annotations

import pytest

from ffdb.names.places import find_places, is_place_name, lookup_place

SAME_PLACE = [
    ("Sumqayıt", ["Sumgait", "Sumqayit", "Sumgayit", "Сумгаит", "Сумгайыт"]),
    ("Qusar", ["Gusar", "Кусары", "Kusary"]),
    ("Xaçmaz", ["Khachmaz", "Хачмас", "Xacmaz"]),
    ("Zaqatala", ["Zakatala", "Закаталы"]),
    ("Şabran", ["Shabran", "Divichi"]),
    ("Şəki", ["Sheki", "Шеки"]),
    ("Bakı", ["Baku", "Баку", "باكو"]),
    ("Raqqa", ["ar-Raqqah", "Ракка", "الرقة", "Rakka"]),
    ("Kobani", ["Kobanî", "Ayn al-Arab", "عين العرب"]),
    ("Mosul", ["al-Mawsil", "Мосул", "Musul"]),
    ("Syria", ["Сирия", "Suriya", "Suriye", "سوريا"]),
    ("Azerbaijan", ["Азербайджан", "Azərbaycan"]),
    ("Turkey", ["Türkiye", "Турция"]),
    ("Dagestan", ["Дагестан", "Dağıstan"]),
]


@pytest.mark.parametrize(("name", "variants"), SAME_PLACE)
def test_variants_resolve_to_one_entry(name: str, variants: list[str]) -> None:
    place = lookup_place(name)
    assert place is not None
    for variant in variants:
        other = lookup_place(variant)
        assert other is not None, variant
        assert other.id == place.id, (variant, other, place)


def test_entry_has_coordinates_and_precision() -> None:
    qusar = lookup_place("Gusar")
    assert qusar is not None
    assert qusar.country == "AZ" and qusar.precision == "town"
    assert abs(qusar.latitude - 41.43) < 0.05 and abs(qusar.longitude - 48.43) < 0.05
    assert qusar.id.startswith("geonames:")
    syria = lookup_place("Сирия")
    assert syria is not None and syria.precision == "country" and syria.country == "SY"
    chechnya = lookup_place("Chechnya")
    assert chechnya is not None and chechnya.precision == "province"


def test_different_towns_stay_apart() -> None:
    pairs = [("Qusar", "Quba"), ("Şəki", "Şamaxı"), ("Zaqatala", "Qax"), ("Tərtər", "Tovuz")]
    for left, right in pairs:
        a, b = lookup_place(left), lookup_place(right)
        assert a is not None and b is not None
        assert a.id != b.id


def test_region_is_preferred_and_country_filter_applies() -> None:
    quba = lookup_place("Kuba")
    assert quba is not None and quba.country == "AZ"
    paris = lookup_place("Paris")
    assert paris is not None and paris.country == "FR"
    assert lookup_place("Baku", country="SY") is None
    baku = lookup_place("Baku", country="Azerbaijan")
    assert baku is not None and baku.country == "AZ"


def test_names_of_people_are_not_places() -> None:
    assert lookup_place("Elnur") is None
    assert not is_place_name("Rövşən")
    assert is_place_name("Sumgait")


def test_find_places_returns_spans() -> None:
    text = "Born in Sumgait, he left for Syria in 2013."
    found = [(text[s:e], p.country) for s, e, p in find_places(text)]
    assert ("Sumgait", "AZ") in found
    assert ("Syria", "SY") in found


# Azerbaijani, Turkish and Russian exonyms of European countries, some of which spelled
# a town abroad (Albaniya: Albany, US; Makedoniya: Macedonia, US; Makedonya: a hamlet)
COUNTRY_EXONYMS = [
    ("NL", ["Hollandiya", "Hollanda", "Голландия"]),
    ("MK", ["Makedoniya", "Makedonya", "Kuzey Makedonya", "Şimali Makedoniya", "Македония"]),
    ("ES", ["İspaniya", "İspanya", "Испания"]),
    ("NO", ["Norveç", "Норвегия"]),
    ("DK", ["Danimarka"]),
    ("BA", ["Bosniya", "Bosna", "Bosna-Hersek", "Босния"]),
    ("AL", ["Albaniya", "Arnavutluk", "Албания"]),
    ("CH", ["İsveçrə", "İsviçre", "Швейцария"]),
    ("GB", ["Britaniya", "Britanya", "Британия"]),
    ("ME", ["Karadağ", "Черногория"]),
    ("PL", ["Polşa", "Polonya", "Польша"]),
]


@pytest.mark.parametrize(("country", "names"), COUNTRY_EXONYMS)
def test_country_exonyms_resolve_to_the_country(country: str, names: list[str]) -> None:
    for name in names:
        place = lookup_place(name)
        assert place is not None, name
        assert (place.country, place.precision) == (country, "country"), name
