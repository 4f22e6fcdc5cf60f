"""Given names alone that the words before them present as someone's name.

A known given name found alone is a person of its own only when a construction vouches
for it (`people_context` holds the relatives' and the naming words'). These are the
others, each tested on the few dozen characters before a given name already found:

- listed with a named person: "our brothers Abu Dawud al-Tajiki and Jasur were wounded",
  "Руслан Гасанов и Ислам погибли";
- the other of two set off by commas: "the younger, Timur, is held", "младший, Ислам,";
- an office, then lower-case words and the name (Russian, where the words follow the
  office): "имам сельской мечети Магомед";
- the words of naming: "adı Rüstem'di", "adı Elşad idi", "его звали Магомед", "his
  name was Timur".

And a copula glued to a name's last word in Azerbaijani or Turkish ("adı Lisa van
Dijkdir", "Emin Şamdadır": Emin is in Damascus) is taken off it, and a woman's surname
alone in an oblique case ("Брат Абдулаевой") is read in the form of her full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract.forms import lemma_given, lemma_given_turkic
from ffdb.extract.geo import is_place
from ffdb.extract.lexicon import MONTH_LIKE_GIVEN, WEAK_GIVEN, roles, stopwords
from ffdb.extract.people_kin_given import vouched_by_age_or_list
from ffdb.extract.people_mention import NameMention
from ffdb.extract.tokens import fold

__all__ = ["given_by_construction"]

_REACH: Final = 72
_WEAK: Final = frozenset((*MONTH_LIKE_GIVEN, *WEAK_GIVEN))
_AND: Final = re.compile(r"\s+(?:and|и|ve|və)\s+$")
_OTHER_OF_TWO: Final = re.compile(
    r"(?<!\w)(?:younger|elder|older|eldest|youngest|младший|старший|младшая|старшая|"
    r"средний|kiçiyi|böyüyü|küçüğü|büyüğü),\s*$",
    re.IGNORECASE,
)
_NAMING: Final = re.compile(
    r"(?:(?<!\w)(?<!asıl )(?<!əsl )(?<!gerçek )(?:adı|ismi)|(?<!\w)(?:звали|зовут|звать)"
    r"|\b(?:his|her)\s+name\s+(?:is|was))\s+$",
    re.IGNORECASE,
)
_KIND_BEFORE: Final = frozenset(("full", "kunya", "titled", "nisba"))
_CYRILLIC: Final = re.compile(r"[а-яёА-ЯЁ]+$")
_RU_VERB: Final = re.compile(r"(?:л|ла|ли|ло|ть|ет|ит|ют|ят)$")
_FUNCTION: Final = frozenset(
    "and or the of и или а но что как по в во на с со за из от у к о об для до при без под "
    "над через".split()
)


def _nominative(word: str) -> bool:
    """A known given name in its own form ("Магомед", not "Магомеда")."""
    given, gender = lemma_given(word)
    if gender is None:
        given, gender = lemma_given_turkic(word)
    return gender is not None and given == word


def _listed_with_named(text: str, mention: NameMention, named_ends: set[int]) -> bool:
    found = _AND.search(text, max(0, mention.start - 8), mention.start)
    if found is None or found.start() not in named_ends:
        return False
    return not text[mention.end : mention.end + 2].strip().startswith(("'", "’"))


def _after_office(text: str, mention: NameMention) -> bool:
    words = text[max(0, mention.start - _REACH) : mention.start].split()[-5:]
    if not words or words[-1].endswith((".", "!", "?", ";", ":")):
        return False
    # from the nearest: lower-case words no function word, up to the office word
    for word in reversed(words):
        bare = word.rstrip(",")
        if bare != word and word is not words[-1]:
            return False  # a comma inside the phrase: another clause
        if not _CYRILLIC.match(bare):
            return False  # Turkic puts the office after its words ("caminin imamı")
        if fold(bare) in roles():
            return True
        if not bare.islower() or fold(bare) in _FUNCTION or _RU_VERB.search(bare):
            return False
    return False


def given_by_construction(text: str, names: Sequence[NameMention]) -> None:
    """Mark the given names so vouched as persons; take glued copulas off names."""
    surnames: set[str] | None = None
    named_ends = {n.end for n in names if n.kind in _KIND_BEFORE or n.standalone}
    before: NameMention | None = None
    for mention in sorted(names, key=lambda n: n.start):
        previous, before = before, mention
        if mention.kind == "full" and len(mention.words) >= 2:
            _drop_copula(text, mention)
        elif len(mention.words) == 1 and _RU_FEMININE_OBLIQUE.search(mention.words[0]):
            if surnames is None:
                surnames = {w for n in names if n.kind == "full" for w in n.words}
            _as_nominative(mention, surnames)
        if mention.kind != "given" or mention.standalone:
            continue
        word = text[mention.start : mention.end]
        if fold(word) in MONTH_LIKE_GIVEN:
            continue  # "sonra Mart": a month
        if vouched_by_age_or_list(text, mention, word, previous, named_ends):
            mention.standalone = True  # "9 yaşlı Hacər", "Umar, 9, and Ali"
            named_ends.add(mention.end)
            continue
        if not _nominative(word) or fold(word) in _WEAK:
            continue  # "и Ислам": a faith
        start = max(0, mention.start - _REACH)
        set_off = text[mention.end : mention.end + 1] == ","
        if (
            _listed_with_named(text, mention, named_ends)
            or (set_off and _OTHER_OF_TWO.search(text, start, mention.start) is not None)
            or _NAMING.search(text, start, mention.start) is not None
            or _after_office(text, mention)
        ):
            mention.standalone = True


# "Брат Абдулаевой, Руслан Абдулаев,": a woman's surname in an oblique case is the
# surname of the woman named in full ("Патимат Абдулаева"), not a name of its own
_RU_FEMININE_OBLIQUE: Final = re.compile(r"[а-яё]{2}(?:ов|ев|ёв|ин|ын)(?:ой|ою)$")


def _as_nominative(mention: NameMention, surnames: set[str]) -> None:
    if mention.kind not in ("surname", "titled"):
        return
    nominative = mention.words[0][:-2] + "а"
    if nominative in surnames:
        mention.words, mention.gender = (nominative,), "f"


_COPULA: Final = re.compile(r"(?:[dt][ıiuü]r)$")
_LOCATIVE: Final = re.compile(r"(?:[dt][aəe])$")
_NAMED_BEFORE: Final = re.compile(r"(?<!\w)(?:adı|ismi)\s+$")


def _drop_copula(text: str, mention: NameMention) -> None:
    last = mention.words[-1]
    if _COPULA.search(last) is None or text[mention.end : mention.end + 1].isalpha():
        return
    if lemma_given(last)[1] is not None or fold(last) in stopwords():
        return  # "Kadir", "Nadir": names of their own
    stem = last[:-3]
    if len(stem) < 3:
        return
    place = _LOCATIVE.sub("", stem)
    if len(place) >= 3 and place != stem and is_place(place):
        # "Emin Şamdadır": Emin is in Damascus; the name is the words before
        cut = mention.text.rstrip().rfind(" ")
        if cut <= 0:
            return
        mention.end = mention.start + cut
        mention.text = text[mention.start : mention.end]
        first = mention.words[0]
        if len(mention.words) == 2 and lemma_given(first)[1] is not None:
            mention.kind, mention.words = "given", (lemma_given(first)[0],)
        else:
            mention.words = mention.words[:-1]
        return
    if _NAMED_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None:
        mention.end -= 3  # "adı Lisa van Dijkdir": her name is Lisa van Dijk
        mention.text = text[mention.start : mention.end]
        mention.words = (*mention.words[:-1], stem)
