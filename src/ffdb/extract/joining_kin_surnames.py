"""A child or sibling named by a given name alone bears the surname of the relative the
kin word names (`joining`).

"Разиля Хуснутдинова живёт в Стерлитамаке. Её сын Ринат, 23 лет, осуждён", "Fatma
Yildiz … My son Emre left in 2014", "Сестра Мусаева, Патимат, заявила": the kin word's
owner is a possessive pronoun for the person last named in full before it (of the
pronoun's gender), or a surname in the genitive after the kin word; a son, daughter,
brother or sister named by a given name alone there is that family's, in the form of
his or her gender (Ринат Хуснутдинов, Патимат Мусаева), the given name alone an alias.
The owner is named before the kin word's sentence: relatives listed in the sentence that
names the parent ("Madina Rahimova arrived with her sons Umar, 9, and Ali, 6") are left
by their given names, as `people_families` reads them. Not so when the document writes
that given name with a surname elsewhere (it joins that name), nor for a spouse, parent
or in-law (who may bear another surname).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract.forms import lemma_surname
from ffdb.extract.people_families import male_surname
from ffdb.extract.people_mention import NameMention

__all__ = ["read_kin_surnames"]

_KIN: Final = (
    r"(?:sons?|daughters?|brothers?|sisters?|сын|сына|сыновья|сыновей|дочь|дочери|дочерей|брат"
    r"|братья|братьев|сестра|сёстры|сестры|сестёр)"
)
_COUNT: Final = (
    r"(?:(?:two|three|younger|elder|older|youngest|eldest|двое|два|две|три|младший"
    r"|старший|младшая|старшая)\s+)?"
)
# "Её сын ", "My son ", "Her two sons, ", "his younger brother "
_PRONOUN_KIN: Final = re.compile(
    # (a count may stand first: "двое его сыновей, Ильяс и Хасан")
    rf"(?<![\w-])(?:(?:двое|трое|two|three)\s+)?(her|his|my|её|ее|его|мой|моя|мои)\s+{_COUNT}"
    rf"{_KIN}\s*,?\s*$",
    re.IGNORECASE,
)
# "Сестра Мусаева, ", "брат Кармокова "
_KIN_SURNAME: Final = re.compile(
    rf"(?<![\w-]){_KIN}\s+([А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына|овой|евой|иной))\s*,?\s*$",
    re.IGNORECASE,
)
_LIST_AND: Final = re.compile(r"\s*(?:,|and|и)\s*")
_PRONOUN_GENDER: Final = {"her": "f", "её": "f", "ее": "f", "his": "m", "его": "m"}
_MAN_FORM: Final = re.compile(r"(?:ов|ев|ёв|ин|ын|ov|yev|ev|in)$", re.IGNORECASE)
_REACH: Final = 400


def read_kin_surnames(text: str, names: Sequence[NameMention]) -> None:
    """Give the family's surname to the given names the kin words present (see above)."""
    written = {n.words[0] for n in names if n.kind == "full" and len(n.words) >= 2}
    previous: NameMention | None = None
    for mention in names:
        if mention.kind == "given" and len(mention.words) == 1 and mention.gender:
            if mention.words[0] not in written:
                surname = _family_surname(text, names, mention, previous)
                if surname is not None:
                    # the given name stays a name of his: texts name him so, and may
                    # record him so
                    mention.aliases.append(mention.words[0])
                    mention.words = (mention.words[0], _in_gender(surname, mention.gender))
                    mention.kind = "full"
                    written.add(mention.words[0])
            previous = mention
        else:
            previous = mention


def _family_surname(
    text: str, names: Sequence[NameMention], mention: NameMention, previous: NameMention | None
) -> str | None:
    start = mention.start
    if (
        previous is not None
        and (previous.kind == "given" or previous.words[0] in previous.aliases)
        and start - previous.end < 8
        and _LIST_AND.match(text, previous.end) is not None
        and len(previous.words) == 2
    ):
        return previous.words[1]  # "Her two sons, Ibrahim and Musa": Musa's too
    window = text[max(0, start - 40) : start]
    sentence = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    found = _KIN_SURNAME.search(window)
    if found is not None:
        return _owner_by_surname(names, found.group(1), sentence)
    found = _PRONOUN_KIN.search(window)
    if found is None:
        return None
    return _last_named(names, _PRONOUN_GENDER.get(found.group(1).lower()), sentence)


def _owner_by_surname(names: Sequence[NameMention], genitive: str, at: int) -> str | None:
    stem = (
        genitive[:-1]
        if genitive.endswith("а")
        else genitive[:-2]
        if genitive.endswith("ой")
        else genitive
    )
    for other in reversed(names):
        if other.start >= at or at - other.start > _REACH * 2:
            continue
        if other.kind == "full" and len(other.words) >= 2 and other.words[-1].startswith(stem):
            return male_surname(other.words[-1], other.gender)
    return None


def _last_named(names: Sequence[NameMention], gender: str | None, at: int) -> str | None:
    for other in reversed(names):
        if other.start >= at or at - other.start > _REACH:
            continue
        if gender is not None and other.gender is not None and other.gender != gender:
            continue
        if other.kind == "full" and len(other.words) >= 2:
            return male_surname(other.words[-1], other.gender)
        if other.kind == "surname" and len(other.words) == 1:
            return lemma_surname(other.words[0], "m")  # "Хуснутдинова живёт …"
    return None


def _in_gender(surname: str, gender: str) -> str:
    if gender == "f" and _MAN_FORM.search(surname):
        return surname + ("a" if surname[-1].isascii() else "а")
    return surname
