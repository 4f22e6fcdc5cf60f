"""Second readings of a name's words, checked against the words as the text writes them.

Each word of a name is read in the nominative on its own (`forms.normalise_words`); the
words of one name must agree, and the language must allow the ending cut off:

- Turkish writes a case ending on a name after an apostrophe ("Selmani'nin"): in a text
  with no Azerbaijani "ə", a Latin word written without one has no ending to cut, and a
  reading that cut one ("Agron Selmani (30)" as the accusative of Selma, "Gülnara
  Nurullina" as Nurulli) is undone;
- a woman's surname kept as written (-ova, -yeva, -ina; -ова, -ева, -ина) makes the name
  a woman's: a given name of hers read as a man's case form is written back ("Фания
  Гимадиева", not Фаний), and so is a surname cut to a man's after a woman's given name
  ("Səadət Qasımova", not Qasımov);
- a Russian name read as a man's genitive ("Эльмира Хабибуллина" as Эльмир Хабибуллин)
  is a woman's when the given name is a woman's, a verb or participle in the feminine
  follows in its sentence ("…, в октябре была осуждена", "…, встречавшая дочь") and the
  text never writes that man in another form;
- a man's -а name in the Russian dative beside a surname in the dative ("Мусе Цечоеву 31
  год") is read in the nominative (Муса Цечоев).

Only names of two or three words, each read from the word written at its place, are
looked at; the test is a few string comparisons per name.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.lexicon import given_gender, given_gender_strict
from ffdb.extract.people_mention import NameMention

_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
_FEMININE_SURNAME: Final = re.compile(r"(?:ova|eva|yeva|ina|ına|ова|ева|ёва|ина|ына)$")
_APOSTROPHES: Final = "'’"
_CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)
# a verb in the feminine past, a feminine participle, or "одна из"
_FEMININE_AFTER: Final = re.compile(
    r"(?<![\w-])(?:[а-яё]{2,}(?:ла|лась)|[а-яё]{3,}(?:вшая|вшаяся|щая|щаяся|нная))(?![\w-])"
)
_SENTENCE_END: Final = re.compile(r"[.!?]\s|\n")
_RU_DATIVE_SURNAME: Final = re.compile(r"(?:ову|еву|ёву|ину|ыну|ому|ым|ове|еве|ине)$")


def reread_names(text: str, names: list[NameMention]) -> bool:
    """Correct, in place, the words of the names whose reading disagrees with the words as
    written (see the module doc); whether a surname changed (its mentions alone are then
    to be looked for again)."""
    surname_changed = False
    turkish = "ə" not in text and "Ə" not in text
    male_readings: set[tuple[str, ...]] | None = None
    for mention in names:
        if mention.kind != "full" or not 2 <= len(mention.words) <= 3:
            continue
        written = _WORD.findall(mention.text)
        if len(written) != len(mention.words) or list(mention.words) == written:
            continue
        words = list(mention.words)
        if not _CYRILLIC.search(mention.text):
            words = _without_cut_endings(written, words, turkish)
        words = _as_woman(written, words)
        words = _dative_given(written, words)
        if words == list(mention.words) and _read_as_man(written, words):
            if male_readings is None:
                male_readings = _other_forms(names)
            if (
                tuple(words) not in male_readings
                and _set_off_before(text, mention.start)
                and _feminine_after(text, mention.end)
            ):
                words = written[:]
                mention.gender = "f"
        surname_changed = surname_changed or words[-1] != mention.words[-1]
        mention.words = tuple(words)
    return surname_changed


_DEFINITE_BEFORE: Final = re.compile(r"(?<![\w-])[Tt]he\s+$")


# English verbs that open a timeline's entry before the surname of the one they speak of
# ("2014 — Follows Sharafutdinov into the Islamic State"): no given names
_OPENING_VERBS: Final = frozenset(
    "follows joins meets marries visits leaves accompanies contacts calls tells recruits"
    " helps sends brings takes replaces succeeds".split()
)
# a Russian verb in the present, as timelines write ("Встречает Шарафутдинова"); the
# past's endings are names' too (Рафаил, Вахит)
_RU_VERB: Final = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ает|яет|ует|ится|ется)")
_RU_VERB_ENDINGS: Final = ("ает", "яет", "ует", "ится", "ется")  # (tested before `_RU_VERB`)
_ENTRY_START: Final = re.compile(r"(?:^|[.!?]\s+|\n\s*|[—–]\s+)$")


def without_opening_verbs(text: str, names: list[NameMention]) -> None:
    """ "Follows Sharafutdinov", "Встречает Шарафутдинова": a verb opening an entry, then
    a surname alone."""
    for m in names:
        if m.kind != "full" or len(m.words) != 2:
            continue
        first = m.text.split(maxsplit=1)[0]
        verb = first.lower() in _OPENING_VERBS or (
            first.endswith(_RU_VERB_ENDINGS)
            and _RU_VERB.fullmatch(first) is not None
            and given_gender(first) is None
        )
        if not verb:
            continue
        if not _ENTRY_START.search(text, max(0, m.start - 3), m.start):
            continue
        cut = m.text.find(" ") + 1
        m.start, m.text, m.words, m.kind = m.start + cut, m.text[cut:], m.words[1:], "surname"


def without_bodies(text: str, names: list[NameMention]) -> list[NameMention]:
    """Names of two words or more right after "the" are bodies' ("the Red Cross said",
    "the Asia Desk"): English writes no article before a person's name."""
    return [
        m
        for m in names
        if m.kind != "full"
        or not text.startswith("he", max(0, m.start - 3))
        or not _DEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start)
    ]


def _without_cut_endings(written: list[str], words: list[str], last_too: bool) -> list[str]:
    """ "Agron Selmani (30)" read as "Agron Selma": in Turkish, with no apostrophe, there
    is nothing to cut; in Azerbaijani an ending goes on the name's last word only
    ("Xəyalə Nəbiyeva" is no dative of Xəyal)."""
    # in Azerbaijani, the given name of a name of two words: a longer run may hold more
    # than the name ("Tofiq Ağazadənin Nəngərhar")
    reach = len(words) if last_too else 1 if len(words) == 2 else 0
    return [
        w if i < reach and _cut_ending(w, r) and not any(a in w for a in _APOSTROPHES) else r
        for i, (w, r) in enumerate(zip(written, words, strict=True))
    ]


def _cut_ending(written: str, read: str) -> bool:
    """A reading that cut a short case ending off the word ("Selmani" → "Selma"); a longer
    tail ("Türkmenlerinin": a plural, a possessive and a case) is a noun's, no name's."""
    return (
        bool(read)
        and written != read
        and written.startswith(read)
        and len(written) - len(read) <= 3
    )


def _as_woman(written: list[str], words: list[str]) -> list[str]:
    surname = written[-1]
    if not _FEMININE_SURNAME.search(surname):
        return words
    given = written[0]
    if words[-1] == surname and words[0] != given:
        # "Фания Гимадиева" read as Фаний: her surname says whose name it is
        if given_gender_strict(words[0]) == "m" and given_gender(given) != "f":
            return words  # a man's name we know, in a case: the surname is the odd one
        if given[-1:] in "aəаяAƏАЯ" or given_gender(given) == "f":
            return [given, *words[1:]]
        return words
    # "Səadət Qasımova" read as Qasımov: a woman's given name keeps her surname whole
    cut = words[0] == given and words[-1] != surname and surname.startswith(words[-1])
    if cut and given_gender_strict(given) == "f":
        return [*words[:-1], surname]
    return words


def _dative_given(written: list[str], words: list[str]) -> list[str]:
    """ "Мусе Цечоеву": a man's -а name in the dative, beside a surname in the dative."""
    given = written[0]
    if words[0] != given or not given.endswith("е") or len(given) < 3:
        return words
    if not _RU_DATIVE_SURNAME.search(written[-1]) or words[-1] == written[-1]:
        return words
    for ending in ("а", "я"):
        nominative = given[:-1] + ending
        if given_gender_strict(nominative) == "m":
            return [nominative, *words[1:]]
    return words


def _read_as_man(written: list[str], words: list[str]) -> bool:
    """ "Эльмира Хабибуллина" read as Эльмир Хабибуллин, her given name a woman's."""
    given, surname = written[0], written[-1]
    if not _CYRILLIC.search(given) or not given.endswith(("а", "я")):
        return False
    if not surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return False
    if words[-1] != surname[:-1] or words[0] == given:
        return False
    return given_gender_strict(given) == "f"


def _other_forms(names: list[NameMention]) -> set[tuple[str, ...]]:
    """The readings of the full names written in a form other than the ambiguous -а one
    ("Эльмир Хабибуллин", "Эльмиру Хабибуллину"): men the text names."""
    return {m.words for m in names if m.kind == "full" and not m.text.endswith(("а", "я"))}


def _set_off_before(text: str, start: int) -> bool:
    """The name opens its clause ("Одна из них, Эльмира …", "мать Лилии, Фания …"): no
    noun right before it takes it in the genitive ("жена Эльмира Хабибуллина")."""
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in ',—–(:\n"«'


def _feminine_after(text: str, end: int) -> bool:
    stop = _SENTENCE_END.search(text, end)
    tail = text[end : stop.start() if stop else len(text)]
    return _FEMININE_AFTER.search(tail[:90]) is not None
