"""Hometowns of list entries and demonyms: "Balakənli Elvin Qasımov", "Bakülü Azerbaycan
vatandaşı X", "Kaşgarlı Uygur militan X", "X, Konyalı"; a bulleted entry whose province
and district follow the name: "Ebu Ömer (Hasan Çelik), Konya Ereğli.", "Kardeşimiz X,
Bingöl Solhan." (see `province_district_entry`).
"""

from __future__ import annotations

import math
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention, place_of
from ffdb.extract.lexicon import nationalities
from ffdb.extract.scan import word_start_regex
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import BYLINE_BEFORE, fold


def demonym_of_a_person(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A demonym of a person: "Balakənli Elvin Qasımov", "Kırıkkaleli DEAŞ militanı
    Mehmet Arslan", "aslen Kırıkkaleli olan", "X, Kırıkkaleli"; not "Daxili İşlər
    Nazirliyi" or "Milli Məclisin deputatı Rövşən Cəfərli" (an institution's words)."""
    if _DEMONYM_PREDICATE.match(ctx.text, place.end):
        return True
    if _CLAUSE_END.match(ctx.text, place.end) and _PRONOUN_BEFORE.search(
        ctx.text, max(sentence.start, place.start - 16), place.start
    ):
        return True  # "bir arkadaşı vardı, o da Karapınarlı."
    agents = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
    if agents:
        gap = ctx.text[place.end : agents[0][0]]
        for group in ctx.groups_in(place.end, agents[0][0]):
            gap = gap.replace(ctx.text[group.start : group.end], "")
        words = gap.split()
        # capitalised words between may be a people: "İsmayıllılı Azerbaycanlı kardeşimiz X"
        if len(words) <= 3 and not any(
            (w[:1].isupper() and not _A_PEOPLE.fullmatch(w) and not _a_nation(w)) or w in ",.;:()"
            for w in words
        ):
            return True
        if len(words) == 1 and words[0].isalpha():
            return True  # one ethnonym or title between: "Zenicalı Boşnak Edin Hadžić"
        if _THERE_WAS.fullmatch(gap):
            return True  # "Nalçikli bir Kabardey vardı, Kazbek."
        if gap.strip() == "," and _FEW_BEFORE.search(
            ctx.text, max(sentence.start, place.start - 12), place.start
        ):
            return True  # "iki Konyalı, Mehmet Yılmaz ve Ali Kaya"
    before = ctx.agents_in(max(sentence.start, place.start - 60), place.start)
    if not before:
        return False
    # "X, Konyalı"; a police report's "Mehmet Yılmaz isimli Kilisli şüpheli"
    name_end = before[-1][1]
    return _NAME_COMMA.fullmatch(ctx.text, name_end, place.start) is not None or (
        _NAMED_AS.fullmatch(ctx.text, name_end, place.start) is not None
    )


# a few people the sentence then names: "iki Konyalı, X ve Y", "üç Qusarlı: X, Y və Z"
_FEW_BEFORE: Final = re.compile(r"(?<![\w-])(?:iki|üç|dört|dörd|beş)\s+$", re.I)
# a storyteller's "there was a (Kabardian) one, NAME": "Nalçikli bir Kabardey vardı, Kazbek"
_THERE_WAS: Final = re.compile(
    r"\s+(?:bir\s+)?(?:[^\W\d_]+\s+){0,2}(?:vardı|varmış|var idi|vardi|idi)\s*[,:—–-]\s*"
)


# Peoples of Russia and the Caucasus that `nationalities` lacks (some are also towns:
# "Tatar asıllı" is of Tatar origin, not from a village Tatar), in the region's languages
_PEOPLES: Final = frozenset(
    fold(word)
    for word in (
        "Tatar Tatarlar Tatars Татарин Татарка Татары Başkurt Başqırd Bashkir Башкир "
        "Kabardey Kabardin Кабардинец Кабардинка Balkar Балкарец Karaçay Qaraçay Karachay "
        "Карачаевец Nogay Nogai Ногаец Kumuk Kumyk Кумык Oset Osetin Ossetian Осетин "
        "Çerkes Adıge Adyghe Адыгеец Dargin Darqin Даргинец Tabasaran Табасаран Rutul "
        "Рутулец Ahıska Meskhetian Uygur Uyghur Уйгур"
    ).split()
)


def is_people(word: str) -> bool:
    """Whether a capitalised word names a people or a nationality."""
    folded_word = fold(word)
    return folded_word in nationalities() or folded_word in _PEOPLES


def _a_nation(word: str) -> bool:
    """A people or a country between the demonym and the name: "Tarazlı Kazakistan
    vatandaşı X", "Kaşgarlı Uygur militan X" (a citizenship, an ethnonym)."""
    if is_people(word):
        return True
    found = place_of(word)
    return found is not None and found[0].precision == "country" and not found[2]


_A_PEOPLE: Final = re.compile(r"[^\W\d_]+(?:lı|li|lu|lü)")

# "X, Konyalı", "Emre Akbulut (27), Konyalı", "Merve Kılıç (1996 doğumlu, Konyalı)": a list
# entry's demonym after the name
_NAME_COMMA: Final = re.compile(
    r"\s*(?:\(\d{1,2}\)\s*)?,\s*|\s*\((?:\d{1,2}|(?:19|20)\d\d\s+doğumlu)\s*,\s*"
)


_NAMED_AS: Final = re.compile(r"['’]?\s+(?:isimli|adlı|adındaki|adında|adlı-soyadlı)\s+")
_CLAUSE_END: Final = re.compile(r"\s*(?:[.;!?]|$)")
# a pronoun, or "by origin", before a demonym that ends the clause: "o da Karapınarlı",
# "Mehmet Yılmaz aslen Adıyamanlı."
_PRONOUN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:o da|o də|o|kendisi|özü də|özü|onlar da|aslen|əslən|"
    # of a pair or a trio named before: "Her ikisi de Konyalı.", "Hər ikisi Qusarlıdır."
    r"her ikisi de|her ikisi|ikisi de|hər ikisi|ikisi də|üçü de|üçü də|hepsi|hamısı)\s+$",
    re.I,  # a sentence may open with it: "Kendisi Adıyamanlı."
)
_DEMONYM_PREDICATE: Final = re.compile(
    r"\s+(?:olan|olup|olduğu\w*|olarak|olub|olmuş\w*|idi|imiş|ydı|ydi|dir|dır|biri|bir|"
    r"gənc|genç)\b"
)


# the name (perhaps closing a bracket after an alias), a comma, the province, a space
_ENTRY_GAP: Final = re.compile(r"\s*\)?\s*,\s*")
_ENTRY_END: Final = re.compile(r"\s*(?:[.;]|$)")


def province_district_entry(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A bulleted entry's province and district after the name, which end the entry:
    "Ebu Ömer (Hasan Çelik), Konya Ereğli.", "Kardeşimiz Serdar Aydın, Bingöl Solhan."."""
    if place.suffix or not _ENTRY_END.match(ctx.text, place.end, sentence.end):
        return False
    # the town keeps its own name alone: gold and users write "Ereğli, Konya" or "Konya
    # Ereğli" alike, and the district's town names the place
    near = ctx.places_in(max(sentence.start, place.start - 40), place.start)
    province = near[-1] if near else None
    if province is None or ctx.text[province.end : place.start] != " ":
        return False
    if not province_before(province, place):
        return False
    before = ctx.agents_in(max(sentence.start, province.start - 60), province.start)
    if not before or not ctx.names_in(before[-1][0], before[-1][1]):
        return False
    return _ENTRY_GAP.fullmatch(ctx.text, before[-1][1], province.start) is not None


# the most a district's town lies from its province's capital (Ereğli: 150 km from Konya)
_PROVINCE_REACH_KM: Final = 200.0


def province_before(province: PlaceMention, place: PlaceMention) -> bool:
    """Whether a bare place right before another is its province: a bigger town of the
    same country, near it ("Şanlıurfa Viranşehir"; not "Bakı Sumqayıt" far apart)."""
    big, small = province.place, place.place
    if province.suffix or big is None or small is None or big.id == small.id:
        return False
    if big.country != small.country or "country" in (big.precision, small.precision):
        return False
    if (big.population or 0) <= (small.population or 0):
        return False
    return distance_km(big.latitude, big.longitude, small.latitude, small.longitude) < (
        _PROVINCE_REACH_KM
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# A headline about a family and its child: "мать из Буйнакска ищет сына", "a Qusar mother
# on the son she lost", "Sumqayıtlı ailə oğlunun izini axtarır", or about a village and
# its son: "Hil village mourns son", "Vəndam kəndi oğlunu itirdi"
_FAMILY_HEAD: Final = 400
# (`(?<![\w-])(?:...)(?![\w-])` ignoring case, opening with the class of the words' first
# letters: `re` then skips to them, where the look-behind had it try every position)
_CHILD: Final = word_start_regex(
    r"sons?|daughters?|сын\w*|доч\w*|oğl\w*|oğul\w*|qız\w*|kız\w*|övlad\w*|evlad\w*"
)
_PARENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?:мать|отец|семья|родители|братья|сёстры|сестры|mother|father|family|"
    r"parents|brothers|sisters)\s+(?:из|from|of)|"
    # a village that mourns its son: "The village of Hil mourns ...", "Аул Гимры хоронит"
    r"(?:village|town)\s+of|село|аул|станица)\s+$",
    re.I,
)
_PARENT_AFTER: Final = re.compile(
    r"\s+(?:mother|father|family|parents|ailə|ailəsi|aile|ailesi|ana|anne|ata|baba|"
    r"town|qəsəbəsi|kasabası)(?![\w-])",
    re.I,
)
_VILLAGE_AFTER: Final = re.compile(r"\s+(?:village|kəndi|köyü)(?![\w-])", re.I)


def family_headline(ctx: DocContext) -> tuple[PlaceMention, list[int]] | None:
    """The place of a family the headline tells of, and the persons of the text who bear
    the surname of the first one named after it (the parent, the child, siblings)."""
    head_end = min(len(ctx.text), _FAMILY_HEAD)
    if _CHILD.search(ctx.text, 0, head_end) is None:
        return None
    for place in ctx.places_in(0, head_end):
        left = ctx.text[max(0, place.start - 20) : place.start]
        if _VILLAGE_AFTER.match(ctx.text, place.end) and not is_people(place.text):
            break  # the noun says it is a village, known to the gazetteer or not
        if not _a_town(place):
            continue  # "a Chechen mother", "His father"
        if _PARENT_BEFORE.search(left) or _PARENT_AFTER.match(ctx.text, place.end):
            break
    else:
        return None
    named = [
        n
        for n in ctx.names_in(place.end, len(ctx.text))
        if n.person is not None
        and not BYLINE_BEFORE.search(ctx.text, max(0, n.start - 12), n.start)
    ]
    stems = [surname_stem(ctx.text[n.start : n.end]) for n in named]
    first = next((stem for stem in stems if stem), None)
    if first is None:
        return None
    members = [n.person for n, stem in zip(named, stems, strict=True) if stem == first]
    found = list(dict.fromkeys(p for p in members if p is not None))
    return _written_plainly(ctx, place), found


def _written_plainly(ctx: DocContext, place: PlaceMention) -> PlaceMention:
    """A headline's place in capitals ("THE BROTHERS FROM GIMRY") as the text writes it
    elsewhere ("Gimry"), when it does."""
    if not place.text.isupper():
        return place
    key = place.text.casefold()
    for other in ctx.places_in(place.end, len(ctx.text)):
        if other.text.casefold() == key and not other.text.isupper():
            return other
    return place


_POSSESSIVES: Final = frozenset(["His", "Her", "Its", "Our", "Their", "My", "Your"])


def _a_town(place: PlaceMention) -> bool:
    """A town's place, not a country, a people or a possessive taken for a place."""
    if place.place is None or place.place.precision == "country":
        return False
    return place.text not in _POSSESSIVES and not is_people(place.text)


# An Azerbaijani or Turkish case ending on a surname in -ov/-ev: "Quliyevin", "Əliyevə".
_CASE_ENDING: Final = re.compile(r"(?<=[oe]v)(?:un|in|ın|a|ə|u|i|ı|la|lə|dan|dən|da|də)$")


def surname_stem(name: str) -> str | None:
    """The last word of a two-word name, without a woman's ending ("Гаджиева" →
    "Гаджиев", "Qasımova" → "Qasımov"); None for a one-word name."""
    words = name.split()
    if len(words) < 2:
        return None
    last = _CASE_ENDING.sub("", words[-1])  # "Quliyevin" → "Quliyev"
    if last.endswith(("ova", "eva", "ova", "ова", "ева", "ина", "ına", "ina")):
        return last[:-1]
    return last
