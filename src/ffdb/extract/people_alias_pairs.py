"""Aliases given by the way two names stand side by side, with no cue word: in brackets
("Abu Yusuf al-Azeri (Rasim Bagirzade)", "Emir Hodzic (“Abu Aziz al-Bosni”)"), after a
comma in quotes ("Artur Kodzokov, “Abu Muslim al-Kabardi”"), after a dash ("Абу Умар
Дагестани — Арсен Хайбулаев"), "по имени" ("Абу Билял, по имени Магомед-Расул") and a
woman's maiden name ("в девичестве Абдуллаева"). `aliases` adds the links that cue words
make, and asks here which kunya a real-name cue opening a sentence names
(`kunya_of_sentence_before`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ffdb.extract.forms import is_nisba
from ffdb.extract.people_mention import NameMention


@dataclass(slots=True)
class AliasLink:
    start: int  # the alias's span
    end: int
    text: str
    owner: int | None  # index into the name mentions, or None
    cue_start: int
    cue_end: int


# an apostrophe case ending and a place may stand between a name and its bracket
# ("Şerzod Nazarov'un (“Ebu Muaz”)", "Шамсиддин Рахимов из Куляба («Абу Асадулла»)"), and
# quotes inside it ("Driton Berisha (“Abu Hafs al-Kosovi”), 38")
_PAREN: Final = re.compile(
    r"(?:['’][a-zçğıöşüə]{1,5})?(?:\s+(?:из|from)\s+[A-ZА-ЯЁ][\w-]+)?\s*\(\s*[“\"«„]?"
)
_PAREN_CLOSE: Final = re.compile(r"[”\"»“]?\s*\)")
# Inside the bracket, before the name: where the person is from ("(Samsunlu Kadir
# Demirci)", "(уроженец Тырныауза Заур Батчаев)"); after it, where from, an age or how he
# was named at home ("(Kadir Demirci, from Samsun)", "(Зауром Батчаевым его звали дома)")
_ORIGIN_INSIDE: Final = re.compile(
    r"(?:[A-ZÇĞİÖŞÜƏ][a-zçğıöşüə]+(?:lı|li|lu|lü)|(?:уроженец|уроженка|родом из|житель)"
    r"\s+[А-ЯЁ][а-яё-]+|(?:a native of|from)\s+[A-Z][\w-]+,?)\s+"
)
_TAIL_INSIDE: Final = re.compile(
    r"(?:,\s*(?:from|из|родом из)\s+[\w-]+|,\s*\d{1,2}|\s+(?:его|её|ее) (?:звали|называли)"
    r"(?: дома| в миру| родные| близкие)?|,?\s+as (?:he|she) was (?:known|called)(?: at home)?)?"
    r"[”\"»“]?\s*\)"
)


# A woman's maiden name: "Амина Муртузалиева (в девичестве Абдуллаева)", "Sarah Peeters,
# née Janssens", "Ayşe Kaya (kızlık soyadı Demir)": her given name with that surname
_MAIDEN: Final = re.compile(
    r"[\s,(]*(?:в девичестве|урожд[её]нная|née|nee|kızlık soyadı(?:yla)?|qızlıq soyadı)"
    r"\s+([A-ZА-ЯЁÇĞİÖŞÜƏ][\w’'-]+)"
)


def maiden(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    if not any(cue in text for cue in ("девичеств", "урожд", "née", "nee", "soyad")):
        return []
    out = []
    for i, name in enumerate(names):
        if name.kind != "full" or len(name.words) < 2:
            continue
        found = _MAIDEN.match(text, name.end)
        if found is None or found.group(1)[:1].isdigit():
            continue
        start, end = found.span(1)
        alias = f"{name.words[0]} {found.group(1)}"
        out.append(AliasLink(start, end, alias, i, found.start(), start))
    return out


# the dash, after a kunya perhaps a nisba written without its article ("Абу Умар Дагестани")
_DASH: Final = re.compile(
    r"(?P<nisba>[ \u00a0]+[A-ZА-ЯЁ][\w’'-]+[иiıy])?(?:[ \u00a0]+[—–-][ \u00a0]+"
    # "Abu Ibrahim al-Beljiki — the brother Jonas Verhaegen", "— qardaşımız X"
    r"(?:(?:the |our )?brother |(?:наш )?брат |qardaşımız |kardeşimiz )?"
    # "Abu Ibrahim al-Baljiki, the Belgian brother Jens Verhoeven from Antwerp"
    r"|,[ \u00a0]+(?:the |our )?(?:[A-Z][a-z]+ )?brother[ \u00a0]+)"
)
# "Брат Увайс — Руслан Хамхоев": a brother's name among the fighters, then his own
_BROTHER_BEFORE: Final = re.compile(r"(?:brother|брат|qardaşımız|kardeşimiz|akhi|ахи)\s+$", re.I)
_DASH_END: Final = re.compile(r"\s*(?:[,.;:!?]|[—–]|$)")


_LIST_ON: Final = re.compile(r"\s*(?:[—–-]|and\b|və\b|ve\b|и\b|ilə\b|ile\b|with\b|с\b)", re.I)


def _nisba_kunya(name: NameMention) -> bool:
    """A kunya with its nisba ("Əbu Muhamməd əl-Azəri", "Абу Умар аш-Шишани")."""
    return len(name.words) >= 3 and is_nisba(name.words[-1])


def dashed(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    """ "наш брат Абу Умар Дагестани — Арсен Хайбулаев, да примет его Аллах": a kunya and
    a full name set side by side by a dash, as martyr posts write them, are one man."""
    out = []
    for i, first in enumerate(names[:-1]):
        second = names[i + 1]
        dash = _DASH.match(text, first.end)
        if dash is None or dash.end() != second.start:
            continue
        kinds = (first.kind, second.kind)
        lone = first.kind in ("given", "titled") and len(first.words) == 1
        if (
            lone
            and second.kind == "full"
            and _BROTHER_BEFORE.search(text, max(0, first.start - 14), first.start)
        ):
            kinds = ("kunya", "full")  # the name he bore among them: an alias
        # "наш брат Абу Идрис аш-Шишани — Асланбек Хадижиев из Урус-Мартана, 1991 г. р.":
        # a kunya, then a full name with what it says of him
        # and a full name, then a kunya with its nisba and what it says of him ("Tural
        # Səfərli — Əbu Muhamməd əl-Azəri 14 Ramazan 1437 tarixində şəhid olub"), no list
        # going on
        if (
            kinds != ("kunya", "full")
            and not _DASH_END.match(text, second.end)
            and not (
                kinds == ("full", "kunya")
                and _nisba_kunya(second)
                and not _LIST_ON.match(text, second.end)
            )
        ):
            continue
        if dash.group("nisba") and kinds[0] != "kunya":
            continue
        if kinds == ("kunya", "full"):
            end = dash.end("nisba") if dash.group("nisba") else first.end
            out.append(
                AliasLink(first.start, end, text[first.start : end], i + 1, end, second.start)
            )
        elif kinds == ("full", "kunya"):
            out.append(AliasLink(second.start, second.end, second.text, i, first.end, second.start))
    return out


def bracketed(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    """ "Abu Yusuf al-Azeri (Rasim Bagirzade)", "Rasim Bagirzade (Abu Yusuf)"."""
    out = []
    for i, outer in enumerate(names[:-1]):
        j = i + 1
        inner = names[j]
        if _quoted_apposition(text, outer, inner):
            out.append(AliasLink(inner.start, inner.end, inner.text, i, outer.end, inner.start))
            continue
        if _named_bearer(text, outer, inner):
            out.append(AliasLink(outer.start, outer.end, outer.text, j, outer.end, inner.start))
            continue
        opened = _PAREN.match(text, outer.end)
        if not opened or not opened.group().strip():
            continue
        # a surname cut to its initial ends in a stop: "Abu Muslim al-Almani (Dennis K.)"
        close = inner.end + 1 if text.startswith(".", inner.end) else inner.end
        if inner.start != opened.end():
            origin = _ORIGIN_INSIDE.match(text, opened.end())
            if origin is None or origin.end() != inner.start:
                continue
            if not _TAIL_INSIDE.match(text, close):
                continue
        elif not _PAREN_CLOSE.match(text, close) and not _TAIL_INSIDE.match(text, close):
            continue
        outer_kind, inner_kind = _bracket_kind(outer), _bracket_kind(inner)
        # "Ebu Hureyre el-Özbeki (Anvar)": a kunya and the given name of its bearer;
        # "брата Мансура из Малгобека (Абу Абдуррахман аль-Ингуши)": the other way round
        bearer = {outer_kind, inner_kind} == {"kunya", "given"}
        # "Emir Hodzic (“Abu Aziz al-Bosni”)": a titled name and the kunya he bore
        titled = outer_kind == "titled" and inner_kind == "kunya"
        if not (bearer or titled) and (
            outer_kind not in ("full", "kunya") or inner_kind not in ("full", "kunya")
        ):
            continue
        alias, owner = (i, j) if outer_kind == "kunya" and inner_kind != "kunya" else (j, i)
        held = names[alias]
        out.append(AliasLink(held.start, held.end, held.text, owner, outer.end, inner.start))
    return out


_QUOTE_AFTER_COMMA: Final = re.compile(r",\s*[“\"«„]")
_QUOTE_CLOSE: Final = re.compile(r"[”\"»“]")


def _quoted_apposition(text: str, outer: NameMention, inner: NameMention) -> bool:
    """ "PROFILE: Artur Kodzokov, “Abu Muslim al-Kabardi” (1984-2019)": a full name, a
    comma and a quoted kunya, nothing else inside the quotes."""
    if outer.kind not in ("full", "titled") or inner.kind != "kunya":
        return False
    opened = _QUOTE_AFTER_COMMA.match(text, outer.end)
    if opened is None or opened.end() != inner.start:
        return False
    return bool(_QUOTE_CLOSE.match(text, inner.end))


_NAMED_AFTER_KUNYA: Final = re.compile(r"\s*,?\s*(?:по имени|named|by the name of)\s+")


def _named_bearer(text: str, outer: NameMention, inner: NameMention) -> bool:
    """ "брат Абу Билял ад-Дагестани, по имени Магомед-Расул": the kunya, then the name
    of the man who bears it."""
    if outer.kind != "kunya" or inner.kind not in ("given", "full"):
        return False
    named = _NAMED_AFTER_KUNYA.match(text, outer.end)
    return named is not None and named.end() == inner.start


def _bracket_kind(name: NameMention) -> str:
    """A name's kind beside a bracket; a given name with a nisba and nothing else ("Brother
    Ilyas al-Almani (Dennis Kruger)") is a nom de guerre, as a kunya is."""
    words = name.words
    if name.kind in ("full", "titled") and len(words) == 2 and is_nisba(words[1]):
        return "kunya"
    return name.kind


# Cues that give a person's own name: opening a sentence, they speak of the kunya the
# sentence before ended its naming with
_REAL_NAME: Final = re.compile(
    r"(?:əsl|asıl|gerçek) (?:adı|ismi)(?: ilə)?|настоящее имя|настоящая фамилия|в миру"
    r"|мирское имя|dünyadakı adı|dünyadaki adı|dünyadaki ismi|dünyadakı ismi|dünyevi adı"
    r"|dünya (?:ismi|adı)(?:yle|yla| ile)?"
    r"|(?:whose )?real name(?: is| was)?"
    r"|(?:whose )?(?:real |worldly )?name in the dunya(?: is| was)?"
    r"|(?:whose )?name before (?:the )?hijrah?(?: is| was)?",
    re.IGNORECASE,
)
# as `aliases` ends a sentence: a stop after a one-letter abbreviation ends none
_SENTENCE_STOP: Final = re.compile(r"(?<![\W\d_][^\W\d_])[.!?]\s|[\n;]")
_REACH: Final = 600


def is_real_name_cue(cue: str) -> bool:
    return _REAL_NAME.fullmatch(cue) is not None


def kunya_of_sentence_before(
    text: str, cue_start: int, cue_end: int, names: Sequence[NameMention], owner: int | None
) -> AliasLink | None:
    """ "… kardeşimiz Ebu Hamza et-Türki şehadete ulaştı. Asıl adı Ömer Aydemir olan
    kardeşimiz …": the full name after a sentence-opening real-name cue owns the last kunya
    of the sentence before, when no other full name follows that kunya."""
    if owner is None or names[owner].kind != "full":
        return None
    stops = list(_SENTENCE_STOP.finditer(text, max(0, cue_start - _REACH), cue_start))
    if not stops:
        return None
    begin = stops[-2].end() if len(stops) >= 2 else max(0, cue_start - _REACH)
    last = None
    for name in names[:owner]:
        if begin <= name.start and name.end <= stops[-1].start():
            if name.kind == "kunya":
                last = name
            elif name.kind in ("full", "titled") and last is not None:
                last = None  # someone named after the kunya: not ours to pick
    if last is None:
        return None
    return AliasLink(last.start, last.end, last.text, owner, cue_start, cue_end)
