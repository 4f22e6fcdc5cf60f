"""Readings of names that `joining` settles from the document before it clusters them.

- Two given names sharing one surname in the plural, a brother and a sister ("брат и
  сестра Абдурахман и Сафия Бисултановы", "Orxan və Aysel Qasımovlar"): each bears it,
  in the form of their own gender (Абдурахман Бисултанов, Сафия Бисултанова).
- A Russian name that reads both as a woman's nominative and as a man's genitive
  ("Малика Хасанова": Малика, or Малик's) is hers where a woman's kin word and its
  owner stand before it ("Жена Валиуллина, Эльвира Валиуллина,") or where the document
  names a woman by that given name alone ("его мать Малика … Малика Хасанова просит"),
  or where nothing before it asks for a genitive (it opens a sentence, or follows a role
  word: "Адвокат семьи Эльвира Галимова считает") or a word after it agrees with a woman
  ("Малика Гайрбекова, 52 года, уроженка Шали"), and the document never writes the man's
  name in the nominative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from ffdb.extract.family import kin_words
from ffdb.extract.forms import lemma_given, normalise_name
from ffdb.extract.lexicon import roles
from ffdb.extract.people_families import male_surname
from ffdb.extract.people_mention import NameMention

__all__ = ["read_shared_plural_surnames", "read_women_by_document"]

_AND: Final = re.compile(r"\s+(?:и|and|ve|və)\s+$")
# a surname in the plural: Russian "-овы", Azerbaijani and Turkish "-ovlar"
_PLURAL_SURNAME: Final = re.compile(
    r"(?:(?:ов|ев|ёв|ин|ын)ы|(?:ov|yev|ev)(?:lar|lər|ler))$", re.IGNORECASE
)
_MAN_FORM: Final = re.compile(r"(?:ов|ев|ёв|ин|ын|ov|yev|ev|in)$", re.IGNORECASE)


def read_shared_plural_surnames(text: str, names: Sequence[NameMention]) -> None:
    """A given name before "and" and a name whose surname is written in the plural bears
    that surname (the same gender's pass is `people_passes.with_shared_surnames`)."""
    for given, full in pairwise(names):
        if given.kind != "given" or full.kind != "full" or len(full.words) != 2:
            continue
        if given.gender is None or full.gender is None or given.gender == full.gender:
            continue
        written = text[full.start : full.end].split()
        if len(written) != 2 or _PLURAL_SURNAME.search(written[-1]) is None:
            continue
        if _AND.fullmatch(text, given.end, full.start) is None:
            continue
        surname = male_surname(full.words[-1], full.gender)
        if given.gender == "f":
            if _MAN_FORM.search(surname) is None:
                continue
            surname += "a" if surname[-1].isascii() else "а"
        given.kind, given.words = "full", (given.words[0], surname)


_AMBIGUOUS: Final = re.compile(r"^[А-ЯЁ][а-яё]+[ая]\s+[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)$")
# a woman's kin word in the nominative, its owner perhaps, then a comma: "Жена
# Валиуллина, ", "мать Ильнура, ", "вдова Даурена Сапарова, "
_WOMANS_KIN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:мать|жена|вдова|сестра|дочь|супруга|невестка|бабушка|тётя|тетя)"
    r"(?:\s+(?:[А-ЯЁ][а-яё-]+|его|её|ее|их)){0,2}\s*,\s*$",
    re.IGNORECASE,
)


def read_women_by_document(text: str, names: Sequence[NameMention]) -> None:
    """Read as a woman's nominative the names read as a man's genitive that the words
    before them or the document show to be hers."""
    women = {n.words[0] for n in names if n.kind == "given" and n.gender == "f" and n.standalone}
    for mention in names:
        if mention.kind != "full" or mention.gender != "m" or len(mention.words) != 2:
            continue
        written = text[mention.start : mention.end]
        if _AMBIGUOUS.match(written) is None:
            continue
        given = written.split()[0]
        if lemma_given(given, "f") != (given, "f"):
            continue
        if (
            given not in women
            and not _WOMANS_KIN_BEFORE.search(text, max(0, mention.start - 48), mention.start)
            and not _hers_by_place(text, mention)
        ):
            continue
        words, gender = normalise_name(written.split(), True, "f")
        if gender == "f" and len(words) == 2:
            mention.words, mention.gender = tuple(words), "f"


# what opens a sentence or a clause of its own: nothing before the name governs it
_OPENING: Final = re.compile(r"(?:^|[.!?…:«\"„(—–]|\n)\s*$")
# a verb in the plural after the name: it is the object ("Самира Валиева разыскивают")
_PLURAL_VERB_AFTER: Final = re.compile(r"\s+[а-яё]+(?:ют|ят|ли|ут|ат)(?![а-яё])")
# up to two words after a role word: "Руководитель исследования ", "Адвокат семьи X "
_ROLE_WINDOW: Final = re.compile(r"([А-ЯЁа-яё-]+)((?:\s+[А-ЯЁа-яё-]+){0,2})\s+$")
# a word agreeing with a woman after her name, perhaps after her age: "уроженка"
_WOMANS_WORD_AFTER: Final = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*(?:год|года|лет)\s*,\s*)?(?:уроженка|жительница|гражданка"
    r"|вдова|мать|жена|сестра|дочь)(?![а-яё])"
)


def _hers_by_place(text: str, mention: NameMention) -> bool:
    """Whether the name stands where a man's genitive would not: see the docstring."""
    man = " ".join(normalise_name(text[mention.start : mention.end].split(), True, "m")[0])
    if man in text:
        return False  # "Эльвир Галимов" is named: "Эльвира Галимова" may be his
    if _WOMANS_WORD_AFTER.match(text, mention.end):
        return True
    if _PLURAL_VERB_AFTER.match(text, mention.end):
        return False  # "Самира Валиева разыскивают": the object put first
    before = text[max(0, mention.start - 60) : mention.start]
    if _OPENING.search(before):
        return True
    found = _ROLE_WINDOW.search(before)
    kin = kin_words()
    if found is None or found.group(1).lower() not in roles() or found.group(1).lower() in kin:
        return False  # "вдова Камиля Алиева": his widow
    return not any(w.lower() in kin for w in found.group(2).split())
