"""Hometown cues of whole clauses, split from `hometowns`: a child named with the parent
("Sumqayıtda yaşayan Vüqar Əliyevin oğlu Tural Əliyev"), a family and the member the
sentence names ("Gəncənin 4-cü məhəlləsində yaşayan Həsənlilər ailəsi ... oğlu Rəşad"),
the district a village lies in ("Qusar rayonunun Anıx kəndi"), a birth in the locative
later in the clause ("1990 — Gent'te, işçi bir ailede doğdu.") and the person a
timeline profiles, a list entry's ablative ("Tuncay Er, Keçiören'den."), an ablative
before a name ("Qusardan Elnur Əliyev"), and the guard against phrases about many
people ("более 600 уроженцев Дагестана"); whom a cue is about when an apposition, a kin
word or a word of speaking stands between ("X, 26, a Chechen-born resident of", "friend
from Vienna, X", "olan əmisi oğlu X", "we wrote that X from Zenica"), and the entries a
plural cue covers ("жители г. Назрань A, 1996 года рождения, и B").
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import coordinated_after
from ffdb.extract.geo import PlaceMention, place_of
from ffdb.extract.hometown_cues import first_letters
from ffdb.extract.hometown_family_names import FAMILY_REACH, bears_surname
from ffdb.extract.listing import SIBLINGS_AFTER
from ffdb.extract.sentences import Sentence

# "Sumqayıtda yaşayan Vüqar Əliyevin oğlu Tural Əliyev": the child named with the parent
_CHILD_OF: Final = re.compile(r"(['’]?n?[ıiuü]n)?\s+(?:oğlu|qızı|kızı|qardaşı|bacısı|kardeşi)\s+")
_GENITIVE_END: Final = re.compile(r"[^\W\d_]{3}['’]?n?[ıiuü]n$")


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


# Finite Turkish and Azerbaijani verbs of birth ("Gent'te doğdu", "Qusarda anadan olub").
_BORN_VERBS: Final = (
    r"doğdu|doğmuş|doğmuştur|dünyaya geldi|dünyaya gelmiş|dünyaya gəlib|anadan olub|"
    r"anadan olmuşdur|doğulub|doğulmuşdur"
)
_BIRTH_VERB: Final = re.compile(
    r"(?<![\w-])(?:" + _BORN_VERBS + r"|родил(?:ся|ась)|was born|[Bb]orn(?=\s+in\s))(?![\w-])"
)
# A finite verb of birth later in the clause of a place in the locative.
# (or grew up: "Ramin Gəncədə, dəmiryol işçisi ailəsində böyüyüb", "Konya'da büyüdü")
_BORN_LATER: Final = re.compile(
    r"[^.;:!?\n]{0,60}?(?<![\w-])(?:" + _BORN_VERBS + r"|böyüyüb|böyümüşdür|böyüdü|böyümüşdü|"
    r"büyüdü|büyümüş|büyümüştü|büyümüştür|boya-başa çatıb)(?![\w-])"
)


def born_later(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """ "X 1990'da Gent'te, işçi bir ailede doğdu": no other place stands between."""
    born = _BORN_LATER.match(ctx.text, place.end, sentence.end)
    return born is not None and not ctx.places_in(place.end, born.end())


# A journey in the sentence makes "Bakıdan X" the place X left, not X's home.
_JOURNEY: Final = re.compile(
    r"qayıd|qaytar|gətiril|getiril|deport|ekstradisiya|iade|göndəril|gönderil|çıxarıl|"
    r"sınır dışı|gəl|gel|dön|uç|köçür",
    re.I,
)


_AGE_GAP: Final = re.compile(r"\s+(?:\d{1,2}\s+(?:yaşlı|yaşındaki)\s+)?")


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
QUARTER_LIVING: Final = re.compile(
    r"\s+(?:\d+-?[^\W\d_]*\s+)?[^\W\d_]+(?:nda|ndə|nde)\s+"
    r"(?:yaşayan|yaşamış|yaşayıb|oturan|ikamet eden)(?![\w-])"
)
# "... yaşayan Quliyevlər ailəsi": the family, then its member the sentence names; or the
# family of the place, "Qabaqçöl kəndindən olan Hüseynovlar ailəsinin", "Siverek
# ilçesinden Kaya ailesinin üç oğlu"
_FAMILY: Final = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,4}?(?:(?:yaşayan|yaşamış|oturan|ikamet eden)\s+"
    r"([A-ZÇĞİÖŞÜƏ][^\W\d_]+?)(?:lər|lar|ler)?\s+(?:ailəsi|ailesi)\w*(?![\w-])|"
    r"(?<=[dt][aəe]n\s)(?:olan\s+)?([A-ZÇĞİÖŞÜƏ][^\W\d_]+?)(?:lər|lar|ler)?\s+"
    r"(?:ailəsi|ailesi)\w*(?![\w-]))"
)


def family_of(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """The family's members that the sentence names: "Gəncədə yaşayan Quliyevlər ailəsi
    ... ailənin kiçik oğlu Rauf Quliyev" (not its members named in other sentences)."""
    family = _FAMILY.match(ctx.text, place.end, sentence.end)
    if family is None:
        return []
    stem = family.group(1) or family.group(2)
    named = ctx.names_in(family.end(), sentence.end)
    members = [
        n.person for n in named if n.person is not None and stem in ctx.text[n.start : n.end]
    ]
    if not members:
        # "Mədrəsə kəndində yaşayan Kərimovlar ailəsi ..." opens the story: the members
        # the text goes on to name by that surname ("Zülfiyyə Kərimova", "Kamil Kərimov")
        named = ctx.names_in(family.end(), min(len(ctx.text), family.end() + FAMILY_REACH))
        members = [n.person for n in named if n.person is not None and bears_surname(n.words, stem)]
    return list(dict.fromkeys(members))


_ENTRY_END: Final = re.compile(r"\s*(?:[.;]|$)")
_ENTRY_COMMA: Final = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?,\s*")


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


_COMMA_AFTER: Final = re.compile(r"\s*,")
# the name, a comma, perhaps one short appositive and its comma: "Florim Shala, Kosovalı
# kardeşimiz, Mitroviça'dan,"
_APPOSITION_GAP: Final = re.compile(
    r"\s*(?:\(\d{1,2}\)\s*)?,\s*(?:[^\W\d_][^\W\d_'’]*(?:\s+[^\W\d_]+){0,2},\s*)?"
)


def ablative_apposition(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A place in the ablative set off by commas after a name: "Sander Bakker, Utrecht'ten,
    geçen yıl iade edildi", "Mirzo Tursunov, Əndicandan, Katibat ... sıralarında idi"."""
    if not _COMMA_AFTER.match(ctx.text, place.end):
        return False
    before = ctx.agents_in(max(sentence.start, place.start - 60), place.start)
    if not before:
        return False
    return _APPOSITION_GAP.fullmatch(ctx.text, before[-1][1], place.start) is not None


# A list entry's bare place between the name and an age, a region or the entry's end:
# "Elvin Quliyev — Qusar, 25 yaşında.", "Магомед Алиев, г. Хасавюрт, 27 лет.",
# "Timur Gadzhiev (Kizlyar, 27)", "Timur Gadzhiev, 27, Kizlyar, Dagestan – killed".
_BARE_BEFORE: Final = re.compile(
    r"\)?\s*(?:,|—|–|\()\s*(?:\d{1,2}\s*,\s*)?"
    # a wanted list's year of birth: "Алиев Магомед, 1990 г.р., с. Гимры ..."
    r"(?:(?:19|20)\d\d\s*(?:г\.\s*р\.|года рождения)\s*,\s*)?"
    r"(?:г\.\s*|с\.\s*|ст\.\s*|город\s+|село\s+)?"
)
_BARE_AFTER: Final = re.compile(
    r"\s*(?:,\s*\d{1,2}(?:\s*(?:yaşında|yaşlı|yaşındaydı|лет|года|год|years?\s+old))?"
    r"\s*(?:[).;–—]|$)|\)|,\s*(?P<region>[A-ZА-ЯЁ][\w-]+)\s*(?:[)–—;.]|$)|"
    # a martyr list's entry: the place, then the date of death ("- Əbu Yəhya (Tofiq
    # Rüstəmov), Cəlilabad, 1436-cı ilin Şaban ayında", "(X), Kulob, 14 Shawwal 1437")
    r",\s*(?P<date>(?:\d{1,2}\s+)?(?:[^\W\d_]+\s+)?(?:1[34]\d\d|19\d\d|20\d\d)(?![\d]))|"
    r",\s*(?P<hijri>1[34]\d\d-?\w*\s)|"
    # a wanted list's village and district: "X, 1990 г.р., с. Гимры Унцукульского района."
    r"\s+[А-ЯЁ][а-яё-]+(?:ого|его)\s+(?:района|улуса)(?:\s+[А-ЯЁ]{2,4})?\s*(?:[.;]|$))"
)
# where the war is: a place there before a date is where one died, not a home
_WAR_ZONE: Final = frozenset(["SY", "IQ"])


def bare_place_entry(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A list entry's place set beside the name with no cue (see `_BARE_AFTER`)."""
    after = _BARE_AFTER.match(ctx.text, place.end, sentence.end)
    if after is None:
        return False
    dated = bool(after.group("date") or after.group("hijri"))
    if dated and (place.place is None or place.place.country in _WAR_ZONE):
        return False
    region = after.group("region")
    country = place_of(region) if region else None
    if country is not None and country[0].precision == "country":
        return False  # "Timur Gadzhiev, Raqqa, Syria.": where he was, in a country
    before = ctx.agents_in(max(sentence.start, place.start - 60), place.start)
    if not before or not ctx.names_in(before[-1][0], before[-1][1]):
        return False
    if dated and not (
        ctx.text.startswith(")", before[-1][1])
        or _LIST_MARK.match(ctx.text, ctx.text.rfind("\n", 0, before[-1][0]) + 1)
    ):
        return False  # "By Elnur Aliyev, Baku, 21 November 2016": a byline's dateline
    return _BARE_BEFORE.fullmatch(ctx.text, before[-1][1], place.start) is not None


# a list's entry opens its line: "- ", "• ", "3. ", "3) "
_LIST_MARK: Final = re.compile(r"\s*(?:[-–—•*▪🔹]|\d{1,3}[.)])\s")


# A plural cue: "жители г. Назрань X, 1996 года рождения, и Y, 1999 года рождения"
PLURAL_CUE: Final = re.compile(
    r"(?<![\w-])(?:жители|жителей|жителям|жительницы|жительниц|уроженцы|уроженцев|уроженки|"
    r"уроженок|residents|natives|sakinləri|sakinleri)"
    r"(?![\w-])",
    re.I,
)
# between two entries of such a list: a birth year or an age, then "и", "and", a comma
_ENTRY_GAP: Final = re.compile(
    SIBLINGS_AFTER
    + r"(?:\s*,\s*(?:(?:19|20)\d\d\s*(?:года рождения|г\.\s*р\.|-?[a-zü]{1,3} il təvəllüdlü)|"
    r"\d{1,2}(?:\s+(?:лет|года|год|yaşlı|yaşında))?))?\s*(?:,\s*(?:и|and|və|ve)|,|и|and|və|ve)\s+"
)


def entries_after(ctx: DocContext, person: int, start: int, stop: int) -> list[int]:
    """The persons a list names after `person` (see `_ENTRY_GAP`)."""
    agents = ctx.agents_in(start, stop)
    out: list[int] = []
    for a, b in itertools.pairwise(agents):
        if a[2] != person and a[2] not in out:
            continue
        if not _ENTRY_GAP.fullmatch(ctx.text, a[1], b[0]):
            break
        out.append(b[2])
    return out


# A hometown phrase about a counted group ("более 600 уроженцев Дагестана", "hundreds of
# natives of X", "Dağıstandan olan 600-dən çox şəxs") is nobody's hometown, not even of
# the person named next to it.
_COUNT_BEFORE = re.compile(
    # (not a clock's minutes: "08:30 Astara sakini")
    r"(?<![\w:.-])(?:(?!(?:19|20)\d\d\s)\d+|hundreds|dozens|thousands|several|many|сотни|сотен|десятки|"
    r"десятков|тысячи|тысяч|несколько|многие|более|около|свыше|yüzlərlə|onlarca|minlərlə|"
    r"yüzlerce|binlerce|onlarca|birçok|группой|группу|группа|группы|group of|groups of|"
    # "еще двоих выходцев из", "two natives of"
    r"двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|семеро|два|две|двух|"
    r"три|тр[её]х|четыре|четыр[её]х|пять|пяти|"
    r"two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:of\s+)?$",
    re.I,
)
_COUNT_BEFORE = first_letters(_COUNT_BEFORE, r"\dhdtsmyobgсдтнбомгчпшfen")
# (a number that is an age or a year of birth is no count: "Gəncədən olan 6 yaşlı X",
# "kəndindən olan 1986-cı il təvəllüdlü X")
_COUNT_AFTER: Final = re.compile(
    r"\s+(?:olan|gelen|gələn)\s+(?:(?!(?:19|20)\d\d\b|\d{1,2}\s+(?:yaşlı|yaşında|yaş\b))\d|"
    r"bir neçə|onlarca|yüzlərlə|minlərlə|çoxlu|yüzlerce|"
    r"binlerce|birçok|çok sayıda|çox sayda)",
    re.I,
)


# "Orta Asya kökenli militanların", "Qusar əsilli gənclər": a plural after the cue
_PLURAL_AFTER: Final = re.compile(
    r"\s+(?:kökenli|əsilli|asıllı|doğumlu|olan|gelen|gələn|sakini)\s+[^\W\d_]+(?:lar|ler|lər)",
    re.I,
)


def profiled_person(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """A profile's timeline: "1990 — Gent'te doğdu." names nobody and is about the person
    it profiles, the last named before it (the entries are paragraphs of their own)."""
    # the verb after the place ("Gent'te doğdu") or before it ("1984 - Born in Baksan.")
    if not _BIRTH_VERB.search(ctx.text, sentence.start, sentence.end):
        return []
    if ctx.agents_in(sentence.start, sentence.end):
        return []
    named = ctx.names_in(max(0, sentence.start - 500), sentence.start)
    return [n.person for n in named if n.person is not None][-1:]


# A plural of people before "from": "a faction dominated by fighters from the North
# Caucasus", "боевики из Дагестана" tell where many came from, not anyone's home.
_MANY_FROM: Final = re.compile(
    r"(?<![\w-])(?:fighters|militants|jihadists|volunteers|recruits|youths|foreigners|"
    r"(?:young\s+|younger\s+)?(?:men|women|people|boys|girls)|youngsters|teenagers|others|"
    r"боевики|боевиков|выходцы|выходцев|добровольцы|добровольцев|"
    r"(?:молод\w+\s+)?(?:людей|люди|мужчин|мужчины|парней|парни)|молод[её]жь|молод[её]жи)\s+$",
    re.I,
)
# unless the sentence names them right after: "fighters from Qusar, Elnur and Ramil"
_NAMED_NEXT: Final = re.compile(r"\s*[,:(—–-]\s*[A-ZА-ЯЁÇĞİÖŞÜƏ]")


# a few the sentence goes on to name: "двое уроженцев Кизляра — Магомед Алиев и ...",
# "two Quba residents, Ramil Aliyev and Elvin Guliyev"
_FEW: Final = re.compile(
    r"(?:[2-9]|1\d|20|двое|двоих|трое|троих|четверо|четверых|пятеро|пятерых|шестеро|семеро|"
    r"два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s",
    re.I,
)
_NAMED_AFTER_CUE: Final = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*[,:(—–-]\s*[A-ZА-ЯЁÇĞİÖŞÜƏ]")


def about_many(text: str, start: int, cue_start: int, end: int, stop: int) -> bool:
    count = _COUNT_BEFORE.search(text, max(start, cue_start - 30), cue_start)
    if count is not None:
        few = _FEW.match(text, count.start()) is not None
        return not (few and _NAMED_AFTER_CUE.match(text, end, stop))
    if (
        text.startswith(("from ", "из "), cue_start)
        and _MANY_FROM.search(text, max(start, cue_start - 30), cue_start)
        and not _NAMED_NEXT.match(text, end, stop)
    ):
        return True
    if _PLURAL_AFTER.match(text, end, stop):
        return True
    reach = min(stop, end + 90)
    if _DIGIT.search(text, end, reach) and _COUNTED_LATER.match(text, end, reach):
        return True
    return _COUNT_AFTER.match(text, end, stop) is not None


# A count of people later in the clause the place opens: "Sancak bölgesinden 2013-2016
# yılları arasında Suriye'ye giden yaklaşık 30 kişi", "Qusardan ötən il 12 nəfər"; not
# the others taken with the one named ("Adıyaman doğumlu X ile birlikte 6 kişi")
_COUNTED_LATER: Final = re.compile(
    r"(?:(?!\s(?:ile|ilə|with|и|və|ve)\s|birlikte|birlikdə|together)[^.;:!?\n])*?"
    r"(?<![\w-])(?!(?:19|20)\d\d\b)\d+(?:-\w+)?\s+"
    r"(?:kişi|nəfər|genç|gənc|şəxs|vatandaş|vətəndaş|militan)\w*(?![\w-])",
    re.I,
)
_DIGIT: Final = re.compile(r"\d")  # what `_COUNTED_LATER` needs: looked for first


# The district or province a village or town is said to lie in: before it in the
# genitive ("Qusar rayonunun Anıx kəndi", "Adıyaman'ın Kahta ilçesi"), after it ("the
# village of Hil in the Qusar district", "села Хил Кусарского района").
GENITIVE: Final = frozenset(["ın", "in", "un", "ün", "nın", "nin", "nun", "nün"])
_DISTRICT_WORD_BEFORE: Final = re.compile(
    r"\s+(?:rayonunun|şəhərinin|ilinin|bölgəsinin|ilçesinin)\s+|\s+(?:rayonu|ilçesi),\s+"
)
_DISTRICT_GAP_AFTER: Final = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?|\s+|\s*,\s*", re.I)
_DISTRICT_WORD_AFTER: Final = re.compile(
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
        # "Гимры Унцукульского района", not "Урус-Мартан Чеченской Республики"
        adjective = (
            after[0].suffix in ("ского", "ской")
            and not gap.strip(" ")
            and _DISTRICT_WORD_AFTER.match(ctx.text, after[0].end) is not None
        )
        if named or adjective:
            return after[0]
    return None


# A name's apposition up to the cue: "Ibragim Akhmadov, 26, a Chechen-born resident of",
# "X, 31, also a native of",
# "X, the Belgian brother from" (no verb, no second comma clause).
_APPOSITION: Final = re.compile(
    r"\s*(?:\(\d{1,2}\)\s*)?,\s*(?:\d{1,2}\s*,\s*)?(?:also\s+)?(?:a|an|the|another)\s+"
    r"(?:(?!who\b|which\b|that\b)[\w’'-]+\s+){0,3}"
)


def apposed_person(ctx: DocContext, sentence: Sentence, cue_start: int) -> int | None:
    before = ctx.agents_in(max(sentence.start, cue_start - 80), cue_start)
    if before and _APPOSITION.fullmatch(ctx.text, before[-1][1], cue_start):
        return before[-1][2]
    return None


_NOUN_FROM_EN: Final = re.compile(
    r"(?<![\w-])(?!from\b)(?P<noun>[a-z]{3,})\s+from\s+"
    r"(?:(?:the\s+)?(?:same|neighbou?ring|nearby)\s+)?$"
)
# "a man from the same Shymkent neighbourhood, Serik Omarov": a part of the town between
_COMMA_NAME: Final = re.compile(r"(?:\s+(?:neighbou?rhood|village|district|quarter))?\s*,\s*")
# the one set beside, named by kin before his name: "A fourth young man from Jokolo, the
# brothers' cousin Shamil X", "a man from Pankisi, his nephew Y"
_KIN_APPOSED: Final = re.compile(
    r"(?:the|his|her|their)\s+(?:[\w’'-]+\s+)?(?:cousin|brother|sister|nephew|uncle|son|"
    r"daughter|wife|husband|widow|friend|neighbou?r)\s*,?\s*"
)


def named_after_noun(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> list[int]:
    """ "Zoro's old friend from Vienna, Adam Eldarkhanov, wrote": the name the noun
    before "from" is set beside, after the place; after a plural noun, the names listed
    ("Two friends from neighbouring Jokolo, Beslan X and Ruslan Y, left")."""
    noun = _NOUN_FROM_EN.search(ctx.text, max(sentence.start, place.start - 40), place.start)
    if noun is None:
        return []
    comma = _COMMA_NAME.match(ctx.text, place.end)
    if comma is None:
        return []
    kin = _KIN_APPOSED.match(ctx.text, comma.end())
    start = comma.end() if kin is None else kin.end()
    after = [a for a in ctx.agents_in(start, min(sentence.end, start + 60)) if a[0] >= start]
    if not after or after[0][0] != start or not ctx.names_in(after[0][0], after[0][1]):
        return []
    if not noun.group("noun").endswith("s"):
        return [after[0][2]]
    return [after[0][2], *coordinated_after(ctx, after[0][2], after[0][0], sentence.end)]


def kin_then_name(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, persons: list[int]
) -> list[int]:
    """ "Kəpənəkçi kəndindən olan əmisi oğlu Əliyev Orxan": the kin word stands for someone
    the sentence named before, the name right after it is the one from the place."""
    after = ctx.agents_in(place.end, sentence.end)
    if len(after) < 2 or after[0][2] != persons[0] or ctx.names_in(after[0][0], after[0][1]):
        return persons
    named = after[1]
    if ctx.text[after[0][1] : named[0]].strip() or not ctx.names_in(named[0], named[1]):
        return persons
    # and those listed with the name: "doğulub böyümüş oğulları Məhəmməd və Əli Hüseynov"
    return [named[2], *coordinated_after(ctx, named[2], named[0], sentence.end)]


# A word of speaking or writing: "said from X" is where one speaks, but not "wrote that
# Elvir Hadžić from Zenica was killed", where the name stands between.
_SPEAKING: Final = re.compile(
    r"(?<![\w-])(?:said|says|spoke|speaking|wrote|writes|written|called|reported|told)\s+"
    r"(?:\S+\s+){0,4}?(?=[A-Z])"
)
_FROM_END: Final = re.compile(r"\s+from\s+(?:the\s+)?$")


def speaker_of_named(ctx: DocContext, left: str, place: PlaceMention) -> bool:
    """A name right before "from", after a word of speaking (see `_SPEAKING`), that no
    journey word stands between."""
    from_ = _FROM_END.search(left)
    if from_ is None or not _SPEAKING.search(left):
        return False
    start = place.start - len(left) + from_.start()
    named = ctx.agents_in(place.start - len(left), start)
    if not named or named[-1][1] != start or not ctx.names_in(named[-1][0], named[-1][1]):
        return False
    gap = left[: from_.start()]
    return _JOURNEY_WORD.search(gap) is None


_JOURNEY_WORD: Final = re.compile(
    r"(?<![\w-])(?:return\w*|came|deport\w*|extradit\w*|fled|flee\w*|travel\w*|mov\w+|"
    r"arriv\w*|releas\w*|transfer\w*|sent|brought|expell\w*|flew|drove|went)(?![\w-])",
    re.I,
)
