"""Aliases written with a verb of naming or an instrumental that `aliases` asks for
beside its cue list: a kunya before "ləqəbi ilə"/"lakabıyla" is the alias, not the owner
of one after it; the first of two aliases before a plural cue ("kod adlarını"); a
quoted name said to someone in the dative ("Koç'a “Kasap Ahmet” denirdi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract.people_alias_pairs import AliasLink
from ffdb.extract.people_mention import NameMention

# "X ləqəbi ilə", "X lakabıyla", "X kod adıyla": with the name, as a name; a kunya right
# before the cue is its alias ("Musayev isə, Əbu Bəkr əş-Şəkavi ləqəbi ilə, … qoşulub"),
# not the owner of one after it
_INSTRUMENTAL: Final = re.compile(
    r"(?:ləqəbi ilə|adı ilə|kod adı ilə|lakabıyla|kod adıyla|takma adıyla|adıyla|kod adı ile)$",
    re.IGNORECASE,
)
_KUNYA_GAP: Final = re.compile(r"[\s”\"»’']*")


_INSTRUMENTAL_AT: Final = re.compile(r"(?:ləqəbi|adı|kod adı) (?:ilə|ile)(?![\w-])", re.IGNORECASE)


def kunya_by_instrumental(text: str, match: re.Match[str], names: Sequence[NameMention]) -> bool:
    if (
        _INSTRUMENTAL.search(match.group()) is None
        and _INSTRUMENTAL_AT.match(text, match.start()) is None
    ):
        return False
    return any(
        n.kind == "kunya"
        and n.end <= match.start()
        and _KUNYA_GAP.fullmatch(text, n.end, match.start())
        for n in names
    )


# "Koç'a “Kasap Ahmet”, Kaplan'a ise “Küçük Ahmet” denirdi", "Burak'a “Ebu Abdullah”
# diyorlarmış": a quoted name said to the one in the dative, a verb of saying later in
# the sentence
_CALLED_TO: Final = re.compile(
    r"['’](?:a|e|ya|ye|na|ne|ə|yə|nə)\s+(?:(?:ise|isə|da|de|də)\s+)?[“\"«„]"
    r"(?P<quoted>[^”\"»“\n]{2,40})[”\"»“](?=[^.!?\n]{0,80}?(?<![\w-])(?:denir|denirdi"
    r"|deniyordu|dendi|derdi|derlerdi|derler|diyordu|diyorlardı|diyorlarmış|diyormuş|deyirdi"
    r"|deyirdilər|deyərdilər|deyirlər|deyilirdi|deyilir)(?![\w-]))"
)
_SAYING_STEMS: Final = ("deni", "dendi", "derdi", "derle", "diyor", "deyir", "deyər", "deyil")


def called_to(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    if not any(stem in text for stem in _SAYING_STEMS):
        return []
    ends = {n.end: i for i, n in enumerate(names) if n.kind in ("full", "surname", "given")}
    out = []
    for found in _CALLED_TO.finditer(text):
        owner = ends.get(found.start())
        if owner is None:
            continue
        start, end = found.span("quoted")
        out.append(AliasLink(start, end, text[start:end], owner, found.start(), start))
    return out


# The first of two aliases before a cue: "“Ebu Ubeyde” ve “Ebu Ubeyde et-Türki” kod
# adlarını kullanıyordu", "“Əbu Əli” və “Əbu Zeyd” ləqəblərindən istifadə edib"
_ALTERNATIVE_BEFORE: Final = re.compile(
    r"[“\"«„]([^”\"»“\n]{2,40})[”\"»“]\s*,?\s*(?:ve|və|и|and|or|ya da|veya|или|və ya|yaxud)"
    r"\s+[“\"«„]?$",
    re.IGNORECASE,
)


def alternative_before(text: str, start: int) -> tuple[int, int] | None:
    begin = max(0, start - 80)
    found = _ALTERNATIVE_BEFORE.search(text, begin, start)
    return found.span(1) if found else None
