"""Passes over all the names of a document, after each run is read: a feminine reading
shared by names read alike, a surname shared by "Elchin and Ramin Hajiyev", quoted
nicknames inside names, and surnames alone that the document also writes in full."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import stopwords
from ffdb.extract.people_mention import NameMention, overlaps
from ffdb.extract.tokens import (
    CAP_WORD,
    CAP_WORD_OPEN,
    CAP_WORD_REST,
    fold,
    name_key,
    strip_apostrophe_suffix,
)

# A nickname in quotes inside a name: Abdullah “Abu Hamza” Aliyev, Ramil 'Sniper' Qasımov.
# (Opening with the class of a capital: `re` skips to those, not trying every position.)
_NICKNAMED: Final = re.compile(
    rf"(?P<given>{CAP_WORD_OPEN}(?<![\w-].){CAP_WORD_REST})"
    rf"[ \u00a0]+[“\"«‘'](?P<nick>[^”\"»’'\n]{{2,40}})"
    rf"[”\"»’'][ \u00a0]+(?P<surname>{CAP_WORD})"
)


def read_feminine_alike(names: list[NameMention], inflected: bool) -> None:
    """A name read alike elsewhere in the text with a feminine verb or word after it
    ("Рамиля Гасанова, 30-летняя жительница") is a woman's in every place: "допросил
    Рамиля Гасанова" is then her, not Рамиль Гасанов in the genitive."""
    feminine = {n.words for n in names if n.gender == "f" and n.kind == "full"}
    if not feminine:
        return
    for name in names:
        if name.gender != "f" and name.kind == "full":
            words, gender = forms.normalise_name(name.text.split(), inflected, "f")
            if tuple(words) in feminine:  # "Рамилю Гасанову" too
                name.words, name.gender = tuple(words), gender


# "brothers Elchin and Ramin Hajiyev", "Муса и Ахмед Гаджиевы", "Elçin və Ramin Hacıyev":
# a given name alone, joined by "and" to a full name, shares its surname.
_GIVEN_AND: Final = re.compile(rf"({CAP_WORD})[ \u00a0]+(?:and|и|və|ve|&)[ \u00a0]+$")
_GIVEN_COMMA: Final = re.compile(rf"(?<![\w-])({CAP_WORD}),[ \u00a0]+$")


def with_shared_surnames(text: str, names: list[NameMention]) -> list[NameMention]:
    if not names:
        return names
    added: list[NameMention] = []
    taken = [(n.start, n.end) for n in names if n.kind != "given"]
    for name in names:
        if name.kind != "full" or len(name.words) != 2:
            continue
        match = _GIVEN_AND.search(text, max(0, name.start - 40), name.start)
        if match is None or overlaps(match.start(1), match.end(1), taken):
            continue
        given, gender = forms.lemma_given(match.group(1))
        if gender is None or gender != (name.gender or gender):
            continue
        start, end = match.start(1), match.end(1)
        added.append(
            NameMention(start, end, text[start:end], "full", (given, name.words[1]), gender)
        )
        # the names listed before it with commas: "Ruslan, Akhmed and Islam Bagakashvili"
        for _ in range(3):
            before = _GIVEN_COMMA.search(text, max(0, start - 30), start)
            if before is None or overlaps(before.start(1), before.end(1), taken):
                break
            given, gender = forms.lemma_given(before.group(1))
            if gender is None or gender != (name.gender or gender):
                break
            start, end = before.start(1), before.end(1)
            added.append(
                NameMention(start, end, text[start:end], "full", (given, name.words[1]), gender)
            )
    if not added:
        return names
    spans = [(a.start, a.end) for a in added]
    kept = [n for n in names if not overlaps(n.start, n.end, spans)]
    return sorted(kept + added, key=lambda n: n.start)


def with_nicknames(text: str, names: list[NameMention], inflected: bool) -> list[NameMention]:
    """`names` with each "Given “Nickname” Surname" as one full name carrying its alias."""
    if not any(q in text for q in "“\"«‘'"):
        return names
    found = []
    for match in _NICKNAMED.finditer(text):
        given, surname = match.group("given"), strip_apostrophe_suffix(match.group("surname"))
        if forms.lemma_given(given)[1] is None or fold(surname) in stopwords():
            continue
        if forms.is_kunya_particle(surname):
            continue  # "Амир «Аджнад аль-Кавказ» Абу Мансур": a title, a group, a kunya
        words, gender = forms.normalise_name([given, surname], inflected)
        start, end = match.start(), match.start("surname") + len(surname)
        mention = NameMention(start, end, text[start:end], "full", tuple(words), gender=gender)
        mention.aliases.append(match.group("nick").strip())
        found.append(mention)
    if not found:
        return names
    kept = [
        n for n in names if not any(overlaps(n.start, n.end, [(f.start, f.end)]) for f in found)
    ]
    return sorted(kept + found, key=lambda n: n.start)


def add_known_surnames(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """`names` with the surnames alone of `find_known_surnames`, in text order (a given
    name read at the same place gives way)."""
    found = find_known_surnames(text, names, blocked) + _town_given_names(text, names, blocked)
    if not found:
        return names
    starts = {m.start for m in found}
    kept = [n for n in names if not (n.kind == "given" and n.start in starts)]
    return sorted(kept + found, key=lambda n: n.start)


_ARTICLE_BEFORE: Final = re.compile(r"(?:^|\s)an?\s+$", re.IGNORECASE)


def find_known_surnames(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """Surnames alone that the document also writes in a full name ("Mehmet Yılmaz ...
    Yılmaz'ın", "Тимур Алиханов ... Алиханова задержали"): Turkish and Arabic surnames
    have no suffix that shows them alone, and a Russian one alone hides its gender."""
    known: dict[str, str] = {}
    for m in names:
        if m.kind == "full" and len(m.words) >= 2 and not forms.is_nisba(m.words[-1]):
            surname = m.words[-1]
            known.setdefault(name_key(surname), surname)
            written = strip_apostrophe_suffix(m.text.split()[-1])
            if len(written) > 2 and name_key(written) != name_key(surname):
                known.setdefault(name_key(written), surname)
    if not known:
        return []
    # a lone word read as a given name may be the surname ("Yılmaz'ın" after "Mehmet Yılmaz")
    taken = sorted([(n.start, n.end) for n in names if n.kind != "given"] + list(blocked))
    out = []
    for written, surname in _stems(known):
        for start, bare in forms.surname_occurrences(text, written, surname):
            if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
                continue  # "a Kumyk from Buynaksk": a people's name, not "Shamil Kumyk"
            if not overlaps(start, start + len(bare), taken):
                out.append(
                    NameMention(
                        start, start + len(bare), bare, "surname", (surname,), confidence=0.7
                    )
                )
    out.sort(key=lambda m: m.start)
    return out


def _stems(known: dict[str, str]) -> list[tuple[str, str]]:
    """(what to look for, the surname it gives): a woman's -ova without its -a, so that
    her cases (Мамедовой) are found."""
    out = []
    for surname in sorted(set(known.values())):
        feminine = surname.endswith(("ova", "eva", "ова", "ева", "ёва"))
        out.append((surname[:-1] if feminine else surname, surname))
    return out


def _town_given_names(
    text: str, names: list[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """A given name alone that a town of some size shares ("Kamran", a town in Vietnam),
    where the document writes one man's full name with it ("Kamran Həsənov ... Kamranı
    10 il"): the man, not the town, which alone it reads as."""
    from ffdb.extract.people_places import is_town  # people_places reads the name rules

    givens: dict[str, list[str]] = {}
    for m in names:
        if m.kind == "full" and len(m.words) >= 2 and m.gender != "f":
            givens.setdefault(m.words[0], []).append(m.words[-1])
    wanted = [
        g
        for g, surnames in givens.items()
        if len(set(surnames)) == 1 and len(g) > 3 and forms.lemma_given(g)[1] and is_town(g)
    ]
    if not wanted:
        return []
    taken = sorted([(n.start, n.end) for n in names] + list(blocked))
    out = []
    for given in wanted:
        for start, bare in forms.surname_occurrences(text, given, given):
            if not overlaps(start, start + len(bare), taken):
                end = start + len(bare)
                out.append(NameMention(start, end, bare, "given", (given,), "m", confidence=0.7))
    return out
