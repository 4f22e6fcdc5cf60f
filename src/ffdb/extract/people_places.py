"""Places in and around a run of name words: the town a kunya shares (Abu Dhabi), a
demonym (Qusarlı), a place before or after a name, a place phrase (Kohne Xacmaz)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import nationalities
from ffdb.extract.people_words import RunToken, given_gender, is_surname_word
from ffdb.extract.tokens import fold

_DEMONYM: Final = re.compile(r"^(.{2,}?)(?:l[ıiuü]|lar|lər|ler)$")

PlaceTest = Callable[[str], bool]


def is_town(text: str) -> bool:
    """A place of some size (a hamlet may share a kunya's or a surname's name: Abu Umar,
    Aksoy)."""
    from ffdb.extract.geo import place_of

    found = place_of(text)
    if found is None:
        return False
    place = found[0]
    return place.precision != "town" or (place.population or 0) >= 20000


def is_demonym(tok: RunToken, is_place: PlaceTest) -> bool:
    """ "Qusarlı", "Konyalı", "Sumqayıtlılar": the people of a town, not a surname
    ("Tahirli" and "Kazımlı" are surnames: their stems are given names)."""
    match = _DEMONYM.match(tok.text)
    if not match or given_gender(tok) is not None:
        return False
    stem = match.group(1)
    return forms.lemma_given(stem)[1] is None and _is_regional_place(stem)


def is_demonym_shaped(tok: RunToken) -> bool:
    """A word of a demonym's shape that is no given name ("Makedonyalı" after "Kuzey"),
    whether or not its place is known."""
    return _DEMONYM.match(tok.text) is not None and given_gender(tok) is None


# Where the towns are whose people Turkish and Azerbaijani texts name in -lı/-li: the
# region, Central Asia and the Balkans ("Qusarlı", "Oşlu", "Zenicalı").
_DEMONYM_COUNTRIES: Final = frozenset(
    ["AZ", "TR", "RU", "GE", "IR", "IQ", "SY", "KZ", "UZ", "TJ", "KG", "TM", "BA", "XK", "AL"]
)


def _is_regional_place(word: str) -> bool:
    """A place whose people a -lı/-li word names: a country or province anywhere
    ("Belçikalı", "Özbekistanlı"), a town in `_DEMONYM_COUNTRIES`."""
    from ffdb.extract.geo import place_of

    found = place_of(word)  # "Oş" too: `place_of` knows the region's big two-letter towns
    if found is None:
        return False
    return found[0].precision != "town" or found[0].country in _DEMONYM_COUNTRIES


_RU_DIRECTION: Final = re.compile(r"^(?:Северн|Южн|Восточн|Западн|Центральн)[а-яё]{2,3}$")
_PLACE_COMPOUND: Final = re.compile(r"^(.{3,})-(?:born|based|raised|bred)$")


def is_leading_place(tok: RunToken, is_place: PlaceTest) -> bool:
    """A place before a name ("Кусара", "Xaçmaz", "Khasavyurt-born"), never a given name
    or surname."""
    if _RU_DIRECTION.match(tok.text):
        return True  # "Эксперт по Северному Кавказу Светлана Рябова": a region's adjective
    compound = _PLACE_COMPOUND.match(tok.text)
    if compound is not None:  # "Somali-born" too: no name's part either
        return is_place(compound.group(1)) or fold(compound.group(1)) in nationalities()
    return (
        not given_gender(tok)
        and not forms.is_kunya_particle(tok.text)
        and forms.surname_strength(tok.text) < 2
        and is_place(tok.text)
    )


def small_town_as_given(tok: RunToken, rest: list[RunToken]) -> bool:
    """ "Dana Nurlanova": a small town's name as written, alone before a surname of the
    -ov/-ova shape, is the given name we do not know, not where the person is from."""
    if len(rest) != 1 or forms.surname_strength(rest[0].text) != 2:
        return False
    from ffdb.extract.geo import place_of

    found = place_of(tok.text)
    if found is None or found[2]:
        return False
    place = found[0]
    return place.precision == "town" and (place.population or 0) < _SMALL_TOWN


_SMALL_TOWN: Final = 50_000


def is_trailing_place(tok: RunToken, inflected: bool) -> bool:
    """A place after a name: a country or province, a place with a case ending where the
    language has them ("Suriyada"), or a city too big to be a surname's namesake."""
    if forms.surname_strength(tok.text) or forms.is_nisba(tok.text) or given_gender(tok):
        return False
    from ffdb.extract.geo import place_of

    found = place_of(tok.text)
    if found is None:
        return False
    place, _, suffix = found
    if suffix:
        return inflected and (place.precision != "town" or (place.population or 0) >= 20000)
    return place.precision != "town" or (place.population or 0) >= _BIG_CITY


_BIG_CITY: Final = 250_000


def without_places_beside_surname(toks: list[RunToken], inflected: bool) -> list[RunToken]:
    """A name of a given name and a surname of the -ov/-zadə shape is complete: a place
    after it ("Zahid Nağıyev Şəki rayonunda", a town of any size) or a place form in it
    ("Заур Кусаров Ильясов": Кусары in the genitive plural) is no part of it; nor is a
    place with a case ending after a given name ("Elşən Qubadan")."""
    if len(toks) == 2 and inflected and given_gender(toks[0]) and _is_cased_place(toks[1]):
        return toks[:1]
    if (
        len(toks) == 2
        and inflected
        and _is_cased_place(toks[1])
        and forms.surname_strength(toks[0].text)
    ):
        return toks[:1]  # "Kərimov Suriyaya getməyib": the surname, then where he did not go
    if len(toks) == 2 and forms.surname_strength(toks[0].text) == 2 and _is_country(toks[1]):
        return toks[:1]  # "Kərimov Rusiya vətəndaşıdır": no one is named for a country
    if (
        len(toks) == 2
        and forms.surname_strength(toks[0].text) == 2
        and _is_place_word(toks[1])
        and is_trailing_place(toks[1], inflected)
    ):
        return toks[:1]  # "Abdullayev Gəncə şəhər sakinidir": a surname, then his city
    if len(toks) >= 3 and _is_place_pair(toks[-1]):
        return toks[:-1]  # "Fərid Mirzəyev Türkiyə-Suriya sərhədində"
    if (
        len(toks) >= 4
        and given_gender(toks[0])
        and forms.surname_strength(toks[1].text) == 2
        and all(_is_place_word(t) for t in toks[2:])
    ):
        return toks[:2]  # "Orxan Talıbovun Suriyanın İdlib vilayətində": places after him
    if len(toks) < 3 or not any(given_gender(t) for t in toks[:-1]):
        return toks
    if is_surname_word(toks[-2]) and _is_place_word(toks[-1]):
        return toks[:-1]
    surnames = [t for t in toks if is_surname_word(t)]
    if len(surnames) >= 2:
        places = [t for t in surnames if _is_place_word(t)]
        if len(places) == 1:
            return [t for t in toks if t is not places[0]]
    return toks


def _is_place_word(tok: RunToken) -> bool:
    """A place as written or in a case form, the Russian genitive plural of a place in -ы
    included ("Кусаров"), that no given name shares."""
    from ffdb.extract.geo import place_of

    if given_gender(tok) or forms.is_nisba(tok.text):
        return False
    if place_of(tok.text) is not None and forms.surname_strength(tok.text) < 2:
        return True
    word = tok.text
    return word.endswith(("ов", "ев")) and place_of(word[:-2] + "ы") is not None


def _is_place_pair(tok: RunToken) -> bool:
    """ "Türkiyə-Suriya", "Турция-Сирия": two places joined by a hyphen (a border, a
    route), which no name is."""
    from ffdb.extract.geo import place_of

    parts = tok.text.split("-")
    if len(parts) != 2 or forms.is_nisba(tok.text):
        return False  # "аль-Дагестани" is a nisba, though "Аль" is a hamlet somewhere
    return all(p and place_of(p) is not None for p in parts)


def _is_country(tok: RunToken) -> bool:
    from ffdb.extract.geo import place_of

    found = place_of(tok.text)
    return found is not None and found[0] is not None and found[0].precision == "country"


def _is_cased_place(tok: RunToken) -> bool:
    from ffdb.extract.geo import place_of

    if given_gender(tok) or forms.surname_strength(tok.text):
        return False
    found = place_of(tok.text)
    if found is None or not found[2]:
        return False
    # one letter of case ending only on a country ("Azərbaycana", "Rusiyaya" has two):
    # a town's name with a letter more is as often a name of its own
    return len(found[2]) >= 2 or (found[0] is not None and found[0].precision == "country")


def is_place_phrase(surface: str) -> bool:
    """A phrase that is a place as written ("Kohne Xacmaz"), not by a case ending read
    into its last word ("Hamza Ali" is no "Hamza Al" + "i")."""
    from ffdb.extract.geo import place_of

    found = place_of(surface)
    return found is not None and not found[2]
