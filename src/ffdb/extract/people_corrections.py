"""Names a correction notice spells anew: the wrong spelling and the right one are one
person, named by the right one.

A correction gives the name as first printed, then the right one, in a sentence or two:
"the name was misspelled as “Oguz Keskin”; the correct name is Oguzhan Keskin",
"militanın adı “Oğuz Keskin” olarak geçmiştir. … doğru isim Oğuzhan Keskin'dir",
"adı səhvən “Oğuz Keskin” kimi yazılıb. Düzgün adı Oğuzhan Keskindir", "фамилия
ошибочно указана как «Кескин»… Правильно: Огузхан Кескин". Both cues must stand, the
right one within a few hundred characters after the wrong name ("погибшим ошибочно
назван Ислам Дзауров" alone says he was wrongly called dead: he is still someone).

The wrong name's mentions (the quoted one and those of the first report) join the right
one's person as mentions of a name no longer used: the record is named by the right one
and keeps no alias of the misspelling.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.joining_cluster import Cluster, key_of, words_key
from ffdb.extract.people_mention import NameMention
from ffdb.extract.scan import Needles, folded

_OPEN: Final = r"[“\"«„']?"
_CLOSE: Final = r"[”\"»“']?"
_WRONG: Final = re.compile(
    # Turkish, Azerbaijani: the name, then how it was printed
    rf"(?:adı|ismi|soyadı)\s+(?:yanlışlıkla\s+|hatalı olarak\s+|səhvən\s+|yanlış\s+)?{_OPEN}"
    rf"(?P<tr>[^“\"«»„”'\n]{{3,60}}?){_CLOSE}\s+(?:olarak|kimi|şeklinde|şəklində)\s+"
    r"(?:geçmiş|geçti|yazılmış|yazıldı|yazılıb|verilmiş|verildi|verilib|göstərilib"
    r"|qeyd olunub|yer almış)"
    # English and Russian: how it was printed, then the name
    r"|(?:misspelled|misspelt|misnamed|(?:wrongly|incorrectly|mistakenly) (?:named|spelled|spelt"
    r"|given|printed|written))\s+(?:him |her )?as\s+"
    rf"|(?:ошибочно|неверно|неправильно)\s+(?:указан[аоы]?|написан[аоы]?|назван[аоы]?"
    rf"|напечатан[аоы]?)\s+(?:как\s+)?",
    re.IGNORECASE,
)
_WRONG_NEEDLES: Final = Needles(_WRONG)
_RIGHT: Final = re.compile(
    r"(?:doğru|düzgün)\s+(?:isim|ismi|ad|adı|yazım|yazımı|yazılışı|soyadı)(?![\w-])"
    r"(?:\s+(?:ise|isə))?"
    r"|(?:the\s+)?correct\s+(?:name|spelling)(?:\s+(?:is|was))?|should\s+(?:have\s+)?read"
    r"|правильно|правильное\s+написание|верное\s+написание|правильная\s+фамилия",
    re.IGNORECASE,
)
_RIGHT_WORDS: Final = ("doğru", "düzgün", "correct", "should", "правильн", "верное")
_GAP: Final = re.compile(r"\s*[:—–-]?\s*[“\"«„]?")
_REACH: Final = 300


def corrected_names(text: str, names: list[NameMention]) -> list[tuple[str, NameMention]]:
    """(the wrong name as printed, the mention of the right one) for each correction."""
    out: list[tuple[str, NameMention]] = []
    low = text.lower()
    if not any(word in low for word in _RIGHT_WORDS):
        return out  # most texts correct nothing: no regex over them
    if not _WRONG_NEEDLES.may_match(folded(text), 0, len(text)):
        return out  # (`_WRONG` is tried at every place: its words are looked for first)
    for wrong in _WRONG.finditer(text):
        start = wrong.start("tr") if wrong.group("tr") else wrong.end()
        printed = _printed_name(text, start, wrong.group("tr"), names)
        if printed is None:
            continue
        right = _RIGHT.search(text, start + len(printed), start + len(printed) + _REACH)
        if right is None:
            continue
        gap = _GAP.match(text, right.end())
        at = gap.end() if gap else right.end()
        named = next((n for n in names if n.start == at and n.kind == "full"), None)
        if named is not None and named.text != printed:
            out.append((printed, named))
    return out


def _printed_name(
    text: str, start: int, quoted: str | None, names: list[NameMention]
) -> str | None:
    if quoted:
        return quoted.strip()
    opened = _GAP.match(text, start)
    at = opened.end() if opened else start
    named = next((n for n in names if n.start == at and n.kind == "full"), None)
    return named.text if named is not None else None


def join_corrected(clusters: list[Cluster], pairs: list[tuple[str, NameMention]]) -> set[int]:
    """Merge the cluster of each wrong name into the right one's; the indexes merged.
    The wrong name's mentions count as alias mentions (no name for the record) without
    making an alias."""
    merged: set[int] = set()
    for printed, right in pairs:
        target = next((c for c in clusters if right in c.mentions), None)
        if target is None or target.index in merged:
            continue
        wrong_key = _key_of_text(printed)
        for cluster in clusters:
            if cluster is target or cluster.index in merged:
                continue
            if any(key_of(m) == wrong_key for m in cluster.mentions):
                wrong = [m for m in cluster.mentions if key_of(m) == wrong_key]
                target.absorb(cluster)
                target.alias_mentions.extend(m for m in wrong if m not in target.alias_mentions)
                merged.add(cluster.index)
    return merged


def _key_of_text(printed: str) -> tuple[str, ...]:
    return words_key(printed.split())
