"""Hometown cues of whole clauses, split from `hometowns`: a child named with the parent
("Sumqayıtda yaşayan Vüqar Əliyevin oğlu Tural Əliyev"), a family and the member the
sentence names ("Gəncənin 4-cü məhəlləsində yaşayan Həsənlilər ailəsi ... oğlu Rəşad"),
the district a village lies in ("Qusar rayonunun Anıx kəndi"), a birth in the locative
later in the clause ("1990 — Gent'te, işçi bir ailede doğdu.") and the person a
timeline profiles, a list entry's ablative ("Tuncay Er, Keçiören'den."), an ablative
before a name ("Qusardan Elnur Əliyev"), and the guard against phrases about many
people ("более 600 уроженцев Дагестана").
"""

from __future__ import annotations

import itertools
import re

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.sentences import Sentence


def _first_letters(regex: re.Pattern[str], letters: str) -> re.Pattern[str]:
    """`regex` behind a look-ahead on the letters its matches open with (see
    `hometowns._first_letters`)."""
    return re.compile(f"(?=[{letters}])(?:{regex.pattern})", regex.flags)


# "Sumqayıtda yaşayan Vüqar Əliyevin oğlu Tural Əliyev": the child named with the parent
_CHILD_OF = re.compile(r"(['’]?n?[ıiuü]n)?\s+(?:oğlu|qızı|kızı|qardaşı|bacısı|kardeşi)\s+")
_GENITIVE_END = re.compile(r"[^\W\d_]{3}['’]?n?[ıiuü]n$")


def child_of(ctx: DocContext, sentence: Sentence, person: int, pos: int) -> list[int]:
    named = [
        (n.start, n.end, n.person) for n in ctx.names_in(pos, sentence.end) if n.person is not None
    ]
    for a, b in itertools.pairwise(named):
        gap = _CHILD_OF.fullmatch(ctx.text, a[1], b[0])
        genitive = gap is not None and (gap.group(1) or _GENITIVE_END.search(ctx.text, a[0], a[1]))
        if a[2] == person and genitive:
            return [b[2]] if b[2] != person else []
    return []


_BIRTH_VERB = re.compile(
    r"(?<![\w-])(?:doğdu|doğmuş|doğmuştur|dünyaya geldi|dünyaya gəlib|anadan olub|doğulub|"
    r"родил(?:ся|ась)|was born)(?![\w-])"
)

# A finite verb of birth later in the clause of a place in the locative.
_BORN_LATER = re.compile(
    r"[^.;:!?\n]{0,60}?(?<![\w-])(?:doğdu|doğmuş|doğmuştur|dünyaya geldi|dünyaya gelmiş|"
    r"dünyaya gəlib|anadan olub|anadan olmuşdur|doğulub|doğulmuşdur)(?![\w-])"
)


def born_later(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """ "X 1990'da Gent'te, işçi bir ailede doğdu": no other place stands between."""
    born = _BORN_LATER.match(ctx.text, place.end, sentence.end)
    return born is not None and not ctx.places_in(place.end, born.end())


# A journey in the sentence makes "Bakıdan X" the place X left, not X's home.
_JOURNEY = re.compile(
    r"qayıd|qaytar|gətiril|getiril|deport|ekstradisiya|iade|göndəril|gönderil|çıxarıl|"
    r"sınır dışı|gəl|gel|dön|uç|köçür",
    re.I,
)


_AGE_GAP = re.compile(r"\s+(?:\d{1,2}\s+(?:yaşlı|yaşındaki)\s+)?")


def ablative_before_name(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A place in the ablative right before a name ("Qusardan Elnur Əliyev", "Qusardan
    25 yaşlı Elnur Əliyev"): a list's or a headline's way to say where someone is from."""
    agents = ctx.agents_in(place.end, min(sentence.end, place.end + 60))
    if not agents or not ctx.names_in(agents[0][0], agents[0][1]):
        return False
    gap = ctx.text[place.end : agents[0][0]]
    if not _AGE_GAP.fullmatch(gap):
        return False
    return _JOURNEY.search(ctx.text, agents[0][1], sentence.end) is None


# A quarter of the town in the genitive before it: "Gəncənin 5-ci məhəlləsində yaşayan"
QUARTER_LIVING = re.compile(
    r"\s+(?:\d+-?[^\W\d_]*\s+)?[^\W\d_]+(?:nda|ndə|nde)\s+"
    r"(?:yaşayan|yaşamış|yaşayıb|oturan|ikamet eden)(?![\w-])"
)
# "... yaşayan Quliyevlər ailəsi": the family, then its member the sentence names
_FAMILY = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,4}?(?:yaşayan|yaşamış|oturan|ikamet eden)\s+"
    r"([A-ZÇĞİÖŞÜƏ][^\W\d_]+?)(?:lər|lar|ler)\s+(?:ailəsi|ailesi)(?![\w-])"
)


def family_of(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """The family's members that the sentence names: "Gəncədə yaşayan Quliyevlər ailəsi
    ... ailənin kiçik oğlu Rauf Quliyev" (not its members named in other sentences)."""
    family = _FAMILY.match(ctx.text, place.end, sentence.end)
    if family is None:
        return []
    stem = family.group(1)
    named = ctx.names_in(family.end(), sentence.end)
    return list(
        dict.fromkeys(
            n.person for n in named if n.person is not None and stem in ctx.text[n.start : n.end]
        )
    )


_ENTRY_END = re.compile(r"\s*(?:[.;]|$)")
_ENTRY_COMMA = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?,\s*")


def ablative_entry(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A list entry's place in the ablative after the name: "Tuncay Er, Keçiören'den.",
    "Kadir Oğuz (31), Konya Ereğli'den." (a province may stand before the town)."""
    if not _ENTRY_END.match(ctx.text, place.end):
        return False
    before = ctx.agents_in(sentence.start, place.start)
    if not before:
        return False
    between = ctx.places_in(before[-1][1], place.start)
    stop = between[0].start if len(between) == 1 else place.start
    if between and (len(between) > 1 or ctx.text[between[0].end : place.start].strip()):
        return False
    return _ENTRY_COMMA.fullmatch(ctx.text, before[-1][1], stop) is not None


# A hometown phrase about a counted group ("более 600 уроженцев Дагестана", "hundreds of
# natives of X", "Dağıstandan olan 600-dən çox şəxs") is nobody's hometown, not even of
# the person named next to it.
_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?!(?:19|20)\d\d\s)\d+|hundreds|dozens|thousands|several|many|сотни|сотен|десятки|"
    r"десятков|тысячи|тысяч|несколько|многие|более|около|свыше|yüzlərlə|onlarca|minlərlə|"
    r"yüzlerce|binlerce|onlarca|birçok|группой|группу|группа|группы|group of|groups of)"
    r"\s+(?:of\s+)?$",
    re.I,
)
_COUNT_BEFORE = _first_letters(_COUNT_BEFORE, r"\dhdtsmyobgсдтнбомг")
_COUNT_AFTER = re.compile(
    r"\s+(?:olan|gelen|gələn)\s+(?:\d|bir neçə|onlarca|yüzlərlə|minlərlə|çoxlu|yüzlerce|"
    r"binlerce|birçok|çok sayıda|çox sayda)",
    re.I,
)


# "Orta Asya kökenli militanların", "Qusar əsilli gənclər": a plural after the cue
_PLURAL_AFTER = re.compile(
    r"\s+(?:kökenli|əsilli|asıllı|doğumlu|olan|gelen|gələn|sakini)\s+[^\W\d_]+(?:lar|ler|lər)",
    re.I,
)


def profiled_person(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """A profile's timeline: "1990 — Gent'te doğdu." names nobody and is about the person
    it profiles, the last named before it (the entries are paragraphs of their own)."""
    if not _BIRTH_VERB.search(ctx.text, place.end, sentence.end):
        return []
    if ctx.agents_in(sentence.start, sentence.end):
        return []
    named = ctx.names_in(max(0, sentence.start - 500), sentence.start)
    return [n.person for n in named if n.person is not None][-1:]


def about_many(text: str, start: int, cue_start: int, end: int, stop: int) -> bool:
    if _COUNT_BEFORE.search(text, max(start, cue_start - 30), cue_start):
        return True
    if _PLURAL_AFTER.match(text, end, stop):
        return True
    return _COUNT_AFTER.match(text, end, stop) is not None


# The district or province a village or town is said to lie in: before it in the
# genitive ("Qusar rayonunun Anıx kəndi", "Adıyaman'ın Kahta ilçesi"), after it ("the
# village of Hil in the Qusar district", "села Хил Кусарского района").
GENITIVE = frozenset(["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"])
_DISTRICT_WORD_BEFORE = re.compile(
    r"\s+(?:rayonunun|şəhərinin|ilinin|bölgəsinin|ilçesinin)\s+|\s+(?:rayonu|ilçesi),\s+"
)
_DISTRICT_GAP_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?|\s+|\s*,\s*", re.I)
_DISTRICT_WORD_AFTER = re.compile(
    r"\s*(?:district|region|province|rayon|района|районa|ilçesi|rayonu)", re.I
)


def district_of(ctx: DocContext, place: PlaceMention) -> PlaceMention | None:
    before = ctx.places_in(max(0, place.start - 40), place.start)
    before = [p for p in before if p.place is None or p.place.precision != "country"]
    if before and before[-1].end <= place.start:
        gap = ctx.text[before[-1].end : place.start]
        genitive = before[-1].suffix.lstrip("'’") in GENITIVE and not gap.strip()
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
