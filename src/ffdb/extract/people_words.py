"""The words of a run of capitalised words, and what each may be in a name: a given
name, a surname, an initial, a title, or noise that cannot stand at a name's end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import MONTH_LIKE_GIVEN, nationalities, roles, stopwords, titles
from ffdb.extract.tokens import APOSTROPHES, apostrophe_suffix_at, fold

_TOKEN_SPLIT: Final = re.compile(r"\S+")

# A common word with an Azerbaijani or Turkish case ending glued on ("Məhkəmədə",
# "Suriyadan"): a name takes its ending on its last word only, so such a word before
# another is not part of a name.
_CASE_WORD: Final = re.compile(r"[a-zəıöüçşğ]{3,}(?:d[aəe]n?|t[aəe]n?|nd[aəe]n?|y[aəe]|n[ıiuü]n)$")


@dataclass(slots=True)
class RunToken:
    start: int
    end: int
    text: str  # as written, apostrophe suffix removed
    fold: str
    suffixed: bool = False  # an apostrophe case suffix was removed ("Yılmaz'ın")
    dotted: bool = False  # a full stop follows it ("E. Qasımov")


_ACCUSATIVE_Y: Final = re.compile(rf"[{APOSTROPHES}]y[ıiuü]$")
# the Turkish copula after a name: "Alibekov'du" (it was Alibekov), "Kaya'ymış", "Ali'ydi"
_COPULA: Final = re.compile(rf"[{APOSTROPHES}](?:y?[dt][ıiuü]|y?m[ıiuü]ş|y?ken)(?:lar|ler|r)?$")


def split_run(run: str) -> list[RunToken]:
    toks = []
    for m in _TOKEN_SPLIT.finditer(run):
        word = m.group().rstrip(",.;:")
        if not word:
            continue
        cut = apostrophe_suffix_at(word)
        if cut is None:
            # "Kaya'yı" ("Demir'i" is already known), "Alibekov'du"
            extra = _ACCUSATIVE_Y.search(word) or _COPULA.search(word)
            cut = extra.start() if extra else None
        bare = word[:cut] if cut is not None else word
        dotted = m.group().endswith(".")
        toks.append(
            RunToken(m.start(), m.start() + len(bare), bare, fold(bare), cut is not None, dotted)
        )
    return toks


def given_gender(tok: RunToken) -> str | None:
    if tok.text.isupper() and len(tok.text) > 2:
        return None
    _, gender = forms.lemma_given(tok.text)
    return gender


def is_surname_word(tok: RunToken) -> bool:
    return forms.surname_strength(tok.text) == 2 and given_gender(tok) is None


def is_initial(tok: RunToken) -> bool:
    return tok.dotted and len(tok.text) == 1 and tok.text.isupper()


def given_before_surname(tok: RunToken, nxt: RunToken | None) -> bool:
    """ "Vilayat Gasimzade": a given name that is also an organisation word."""
    return (
        nxt is not None and given_gender(tok) is not None and forms.surname_strength(nxt.text) > 0
    )


def is_name_nisba(toks: list[RunToken]) -> bool:
    """ "Muslim Shishani", "Abu Usama Dagestani": an ethnonym nisba closing a name."""
    return (
        len(toks) >= 2
        and forms.is_ethnonym_nisba(toks[-1].text)
        and (
            given_gender(toks[-2]) is not None
            or forms.is_kunya_particle(toks[-2].text)
            or (len(toks) >= 3 and forms.is_kunya_particle(toks[-3].text))
        )
    )


def is_kunya_name(toks: list[RunToken]) -> bool:
    """ "Abu Muslim", "Ebu Müslim": a given name that is also a religion's word, after a
    kunya particle, closes the kunya."""
    return (
        len(toks) >= 2
        and forms.is_kunya_particle(toks[-2].text)
        and given_gender(toks[-1]) is not None
    )


def given_before_nisba(tok: RunToken, rest: list[RunToken]) -> bool:
    """ "Muslim Shishani": a given name that is also a religion's or a people's word."""
    return bool(rest) and given_gender(tok) is not None and forms.is_ethnonym_nisba(rest[0].text)


def is_title(tok: RunToken) -> bool:
    return tok.fold.rstrip(".") in titles()


def is_noise(tok: RunToken) -> bool:
    """Words that cannot stand at either end of a name."""
    word = tok.fold
    if word in MONTH_LIKE_GIVEN:
        return False
    if tok.text.isupper() and 2 <= len(tok.text) <= 4:
        return True  # acronyms: ФСБ, DTX, IŞİD
    return word in stopwords() or word in nationalities() or word.isdigit()


def is_known(tok: RunToken) -> bool:
    """Evidence of a name on the word itself."""
    return bool(
        given_gender(tok)
        or forms.is_kunya_particle(tok.text)
        or forms.is_nisba(tok.text)
        or forms.is_connector(tok.text)
        or forms.surname_strength(tok.text) == 2
    )


def is_case_word(tok: RunToken) -> bool:
    return not is_known(tok) and bool(_CASE_WORD.search(tok.text.lower()))


# Courtesies written after a given name (Turkish, Azerbaijani: "Saniye Hanım", "Hüseyin
# Bey", "Rəhim əfəndi"): no part of the name.
_COURTESIES: Final = frozenset(
    fold(w) for w in ["Hanım", "Xanım", "Bey", "Bəy", "Efendi", "Əfəndi"]
)


def is_courtesy(word: str) -> bool:
    cut = apostrophe_suffix_at(word)
    return fold(word if cut is None else word[:cut]) in _COURTESIES


# Words after a name that present it as one ("Ömer isimli biri", "“Cənnət” adlı qrup")
# and words before it ("a man named Tariq", "по имени Ислам").
NAMING_AFTER: Final[tuple[str, ...]] = ("isimli", "ismindeki", "adlı", "adli", "adında", "adındakı")
NAMING_BEFORE: Final[tuple[str, ...]] = (
    "named",
    "called",
    "по имени",
    "identified only as",
    "known only as",
)


_RU_FEMININE_OBLIQUE: Final = re.compile(r"[а-яё]{2}(?:ов|ев|ёв|ин|ын)(?:ой|ою)$")


def particle_inside(segment: list[RunToken], tok: RunToken, nxt: RunToken | None) -> bool:
    """ "Pieter De Smedt", "Ruben van Dijk", "Jan van der Berg": a surname's particle
    after a given name, before a word that is no given name, town or case-marked word
    (Turkish "Ahmet de Mehmet'i", "Ali de Suriye'ye": the conjunction "de", "too")."""
    if tok.fold not in forms.SURNAME_PARTICLES or nxt is None:
        return False
    before = segment[-1]
    if given_gender(before) is None and not (
        before.fold in forms.SURNAME_PARTICLES
        and len(segment) >= 2
        and given_gender(segment[-2]) is not None
    ):
        return False
    return (
        given_gender(nxt) is None
        and not nxt.suffixed
        and nxt.text[:1].isupper()
        and nxt.fold not in stopwords()
        # a town after "de", "da" ("Ali de Kayseri'de"): the conjunction, not a particle;
        # "el Amrani", "van Breda" are surnames whatever hamlet bears the name
        and (tok.fold not in _CONJUNCTION_LIKE or not _is_town(nxt.text))
    )


# Particles that are Turkish and Azerbaijani words for "too" or Romance prepositions.
_CONJUNCTION_LIKE: Final = frozenset(["de", "da", "di", "du", "te", "la", "le"])


def title_is_given(first: RunToken, rest: list[RunToken]) -> bool:
    """ "Amir Hodžić", "Emir Mujić", "Malik Rahimov": a title that is also a given name,
    before one word shaped like a surname, is the given name ("Emir Abu Bakr", "Amir
    Doku Umarov" keep their title)."""
    return (
        len(rest) == 1
        and given_gender(first) is not None
        and given_gender(rest[0]) is None
        and forms.surname_strength(rest[0].text) > 0
        and not forms.is_nisba(rest[0].text)
    )


def is_role_word(word: str) -> bool:
    """A role word, or an English one in the plural ("Attorneys Daniel Okafor and …")."""
    return word in roles() or (len(word) > 4 and word.endswith("s") and word[:-1] in roles())


def lower_after_hyphen(word: str) -> bool:
    head, _, tail = word.rpartition("-")
    return bool(head) and len(tail) >= 3 and tail[:1].islower() and not forms.is_nisba(word)


def town_after_given(toks: list[RunToken]) -> bool:
    """A given name, then a country or a city (of 100,000 people or more) that has
    no surname's shape and is no common surname ("Kaya", "Aksu" are); surnames share
    the names of smaller towns ("Serkan Usta", "Lulzim Rama") and of their own land's."""
    second = toks[1]
    if (
        given_gender(toks[0]) is None
        or given_gender(second) is not None
        or forms.surname_strength(second.text) > 0
        or forms.is_nisba(second.text)
    ):
        return False
    from ffdb.extract.geo import place_of  # geo reads the name rules' lists in turn

    found = place_of(second.text)
    if found is None:
        return False
    place = found[0]
    # districts and counties share names with surnames everywhere ("Alison Grant"), and
    # Turkish and Azerbaijani surnames those of their own towns ("Erkan Kızıltepe")
    return place.precision == "country" or (
        place.precision == "town"
        and (place.population or 0) >= 100_000
        and place.country not in ("TR", "AZ", "RU", "GE")
    )


def feminine_oblique_before_name(prev: RunToken, tok: RunToken, nxt: RunToken | None) -> bool:
    """ "соседка Абдуллаевой Сакинат Казиева": a woman's surname in an oblique case, then
    a given name and a surname: two people (her neighbour Sakinat Kazieva)."""
    return (
        nxt is not None
        and _RU_FEMININE_OBLIQUE.search(prev.text) is not None
        and given_gender(tok) is not None
        and forms.surname_strength(nxt.text) > 0
    )


def _is_town(word: str) -> bool:
    from ffdb.extract.people_places import is_town  # people_places reads this module

    return is_town(word)
