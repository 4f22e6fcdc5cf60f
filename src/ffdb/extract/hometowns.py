"""Hometowns: "a native of Qusar", "hails from", "Qusar rayonundan", "Sumqayıt sakini",
"Sumqayıtlı", "уроженец Кусарского района", "житель Сумгаита", "Adıyaman doğumlu",
"Adıyaman'da yaşayan". The place is named as the text names it, in the nominative
(the gazetteer gives the base form: Qusardan → Qusar, Сумгаита → Сумгаит), with its
district when the text gives one ("Anıx, Qusar").
"""

from __future__ import annotations

import re
from typing import Any

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after, person_near
from ffdb.extract.geo import PlaceMention
from ffdb.extract.scan import folded
from ffdb.extract.sentences import Sentence

_LEFT_CUES = [
    (
        re.compile(
            r"(?:natives? of|born in|residents? of|hails? from|hailing from|\bfrom)\s+"
            r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:city|town|village|district|region|province|"
            r"settlement|area|exclave|republic|suburb)\s+of\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            r"(?:уроженц?\w*|уроженк\w+|родом из|выход\w+ из|жител\w*|прожива\w+ в)\s+"
            r"(?:(?:города|села|поселка|посёлка|района|г\.|с\.|пос\.)\s*)?$",
            re.I,
        ),
        "right",
        0.85,
    ),
    (re.compile(r"(?:əslən|aslen)\s+$", re.I), "right", 0.8),
]
# A word every match of each of _LEFT_CUES holds: where `left` (case-folded) holds none,
# the cue's regex, tried at every position of it, cannot match.
_LEFT_WORDS = [
    ("from", "native", "born", "resident"),
    ("урожен", "родом", "выход", "жител", "прожива"),
    ("əslən", "aslen"),
]
_RIGHT_CUES = [
    (re.compile(r"^(?:\s+native|-born)\b"), "right", 0.8),
    (
        re.compile(
            r"^\s+(?:(?:rayon(?:unun)?|şəhər(?:inin)?|kənd(?:inin)?|qəsəbə(?:sinin)?)\s+)?"
            r"sakin(?:i|idir|ləri)\b",
            re.I,
        ),
        "right",
        0.85,
    ),
    (
        re.compile(
            r"^\s+(?:rayonundan|şəhərindən|kəndindən|qəsəbəsindən|ilçesinden|köyünden|"
            r"ilinden|şehrinden)(?:dır|dir|dur|dür)?\b",
            re.I,
        ),
        "either",
        0.8,
    ),
    (re.compile(r"^\s+(?:doğumlu|nüfusuna kayıtlı)\b", re.I), "right", 0.85),
    (
        re.compile(
            r"^\s+(?:(?:rayonunda|şəhərində|kəndində|ilçesinde|şehrinde|köyünde)\s+)?"
            r"(?:anadan olmuş|anadan olan|doğulmuş|doğulan|doğan|dünyaya gələn)\b",
            re.I,
        ),
        "right",
        0.8,
    ),
    (
        re.compile(
            r"^\s+(?:(?:rayonunda|şəhərində|kəndində|ilçesinde|şehrinde|köyünde)\s+)?"
            r"(?:doğul|anadan ol|doğdu)",
            re.I,
        ),
        "left",
        0.8,
    ),
    (re.compile(r"^\s+olan\b", re.I), "right", 0.75),
]
_MOTION = re.compile(
    r"(?:return\w*|came back|cross\w*|deport\w*|extradit\w*|fled|flee\w*|escap\w*|travel\w*|"
    r"move\w*|arriv\w*|releas\w*|transfer\w*|sent|brought|expell\w*|withdr\w*|back|flew|"
    r"drove|went|go|going|came|away|far|miles|km|kilometres)\s+(?:\S+\s+){0,4}from\s+\S*\s*$",
    re.I,
)


def find_hometowns(ctx: DocContext) -> list[Fact]:
    out = []
    folded_text = folded(ctx.text) if ctx.places else None
    for place in ctx.places:
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        found = _hometown_cue(ctx, sentence, place, folded_text)
        if found is None:
            continue
        prefer, confidence, cue_start = found
        if _about_many(ctx.text, sentence.start, cue_start, place.end, sentence.end):
            continue
        person = person_near(ctx, sentence, cue_start, place.end, prefer, reach=80)
        if person is None:
            continue
        extra: dict[str, Any] = {"as_written": place.text}
        if place.place is not None:
            extra["place"] = place.place.as_dict()
        name = place.name
        district = _district_of(ctx, place)
        if district is not None and district.name != place.name:
            name = f"{place.name}, {district.name}"  # "Anıx, Qusar": village, district
            extra["district"] = district.name
        for each in [person, *coordinated_after(ctx, person, place.end, sentence.end)]:
            out.append(
                _hometown_fact(each, name, sentence, cue_start, place.end, confidence, extra)
            )
    return out


# The district or province a village or town is said to lie in: before it in the
# genitive ("Qusar rayonunun Anıx kəndi", "Adıyaman'ın Kahta ilçesi"), after it ("the
# village of Hil in the Qusar district", "села Хил Кусарского района").
_GENITIVE = frozenset(["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"])
_DISTRICT_WORD_BEFORE = re.compile(r"\s+(?:rayonunun|şəhərinin|ilinin|bölgəsinin|ilçesinin)\s+")
_DISTRICT_GAP_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?|\s+|\s*,\s*", re.I)
_DISTRICT_WORD_AFTER = re.compile(
    r"\s*(?:district|region|province|rayon|района|районa|ilçesi|rayonu)", re.I
)


def _district_of(ctx: DocContext, place: PlaceMention) -> PlaceMention | None:
    before = ctx.places_in(max(0, place.start - 40), place.start)
    if before and before[-1].end <= place.start:
        gap = ctx.text[before[-1].end : place.start]
        genitive = before[-1].suffix.lstrip("'’") in _GENITIVE and not gap.strip()
        if genitive or (not before[-1].suffix and _DISTRICT_WORD_BEFORE.fullmatch(gap)):
            return before[-1]
    after = ctx.places_in(place.end, place.end + 40)
    if after:
        gap = ctx.text[place.end : after[0].start]
        named = _DISTRICT_GAP_AFTER.fullmatch(gap) and _DISTRICT_WORD_AFTER.match(
            ctx.text, after[0].end
        )
        adjective = after[0].suffix in ("ского", "ской") and not gap.strip(" ")
        if named or adjective:
            return after[0]
    return None


def _hometown_fact(
    person: int,
    name: str,
    sentence: Sentence,
    cue_start: int,
    end: int,
    confidence: float,
    extra: dict[str, Any],
) -> Fact:
    return Fact(
        person,
        "hometown",
        name,
        sentence.start,
        sentence.end,
        cue_start,
        end,
        confidence=confidence,
        extra=extra,
    )


def _hometown_cue(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, folded_text: str | None
) -> tuple[str, float, int] | None:
    left_start = max(sentence.start, place.start - 70)
    left = ctx.text[left_start : place.start]
    folded_left = folded_text[left_start : place.start] if folded_text is not None else None
    right = ctx.text[place.end : min(sentence.end, place.end + 40)]
    precision = place.place.precision if place.place is not None else "town"
    if place.suffix.lstrip("'’") in ("lı", "li", "lu", "lü") and precision != "country":
        return "right", 0.8, place.start
    for (regex, prefer, confidence), words in zip(_LEFT_CUES, _LEFT_WORDS, strict=True):
        if folded_left is not None and not any(word in folded_left for word in words):
            continue
        match = regex.search(left)
        if match is None:
            continue
        cue = left[match.start() :]
        typed = re.search(r"\bof\s+$", cue) is not None
        if "from" in cue.lower() and (
            _MOTION.search(left) or (precision == "country" and not typed)
        ):
            return None
        if precision == "country" and not typed:
            return None
        return prefer, confidence, place.start - len(cue)
    if precision == "country":
        return None
    name_from = re.search(r"\s+(?:из|from)\s+$", left)
    if name_from:
        before = ctx.agents_in(sentence.start, place.start)
        if before and before[-1][1] == place.start - len(name_from.group()):
            return "left", 0.75, place.start  # "Заур Мамедов из Сумгаита выехал в Сирию"
    for regex, prefer, confidence in _RIGHT_CUES:
        if regex.search(right):
            if prefer == "either":
                prefer = "right"
            return prefer, confidence, place.start
    if place.suffix in ("dan", "dən", "'dan", "'den", "’dan", "’den") and re.match(
        r"^\s+olan\b", right
    ):
        return "right", 0.75, place.start
    located = place.suffix.lstrip("'’") in ("da", "də", "de", "ta", "tə", "te") or re.match(
        r"^\s+(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde)", right
    )
    if located and _LIVING.search(right[:40]):
        return "right", 0.7, place.start  # "Ankara'da yaşayan X", "Sabunçu rayonunda yaşayan"
    return None


_LIVING = re.compile(
    r"^\s+(?:(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde)\s+)?"
    r"(?:yaşayan|yaşamış|yaşayıb|yaşayır|ikamet eden|məskunlaşan)\b",
    re.I,
)


# A hometown phrase about a counted group ("более 600 уроженцев Дагестана", "hundreds of
# natives of X", "Dağıstandan olan 600-dən çox şəxs") is nobody's hometown, not even of
# the person named next to it.
_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:\d+|hundreds|dozens|thousands|several|many|сотни|сотен|десятки|"
    r"десятков|тысячи|тысяч|несколько|многие|более|около|свыше|yüzlərlə|onlarca|minlərlə|"
    r"yüzlerce|binlerce|onlarca|birçok)\s+(?:of\s+)?$",
    re.I,
)
_COUNT_AFTER = re.compile(
    r"\s+(?:olan|gelen|gələn)\s+(?:\d|bir neçə|onlarca|yüzlərlə|minlərlə|çoxlu|yüzlerce|"
    r"binlerce|birçok|çok sayıda|çox sayda)",
    re.I,
)


def _about_many(text: str, start: int, cue_start: int, end: int, stop: int) -> bool:
    if _COUNT_BEFORE.search(text, max(start, cue_start - 30), cue_start):
        return True
    return _COUNT_AFTER.match(text, end, stop) is not None
