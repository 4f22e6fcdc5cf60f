"""Hometowns: "a native of Qusar", "hails from", "X of Khasavyurt", "Qusar rayonundan",
"Qusardan olan", "Qusardan Elnur Əliyev", "Sumqayıt sakini", "Sumqayıtlı", "Lənkəran
əsilli", "уроженец Кусарского района", "житель села Хил", "X из Кизляра", "родился в",
"Adıyaman doğumlu", "Adıyaman'da yaşayan", "Bingöl'den olan", list entries ("..., Qusar
rayonu;"). The place is named as the text names it, in the nominative (the gazetteer
gives the base form: Qusardan → Qusar, Сумгаита → Сумгаит), with its district when the
text gives one ("Anıx, Qusar"). Not a hometown: where someone went from, was arrested
or died, an institution's name ("Milli Məclis", "Baku State University"), the origin of
many ("600 уроженцев Дагестана", "Orta Asya kökenli militanlar"). Ledes that name
the person later, list entries and "житель города" after the city: `hometown_leads`.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after, persons_near
from ffdb.extract.geo import PlaceMention, place_of
from ffdb.extract.hometown_choice import prefer_settlements
from ffdb.extract.hometown_clauses import (
    GENITIVE,
    PLURAL_CUE,
    QUARTER_LIVING,
    ablative_apposition,
    ablative_before_name,
    ablative_entry,
    about_many,
    apposed_person,
    bare_place_entry,
    born_later,
    child_of,
    entries_after,
    family_of,
    kin_then_name,
    named_after_noun,
    profiled_person,
    speaker_of_named,
)
from ffdb.extract.hometown_corrections import drop_retracted
from ffdb.extract.hometown_cues import (
    ANY_LEFT_WORD,
    ANY_RIGHT_CUE,
    FROM_HOME_RU,
    LEFT_CUES,
    LEFT_WORD_RES,
    MOTION,
    PERSON_NOUN,
    PLACE_MAN,
    RIGHT_CUES,
    RIGHT_GATE,
    prepositional_ru,
)
from ffdb.extract.hometown_demonyms import russian_demonyms, russian_demonyms_after
from ffdb.extract.hometown_entries import (
    entries_with_ages,
    entry_of_place,
    first_after_is,
)
from ffdb.extract.hometown_facts import (
    family_headline_facts,
    family_name_facts,
    hometown_fact,
    other_facts,
    our_place,
    place_fact,
    profile_facts,
    sibling_facts,
    there_facts,
    village_facts,
)
from ffdb.extract.hometown_forms import (
    SETTLEMENT_NOUN,
    oblique_places,
    same_place_facts,
    town_adjectives,
)
from ffdb.extract.hometown_kin import kin_lives_there
from ffdb.extract.hometown_landsmen import landsmen_facts
from ffdb.extract.hometown_leads import (
    city_residents,
    is_lede,
    lede_cue,
    lede_facts,
    list_entry_cue,
    listed_demonyms,
)
from ffdb.extract.hometown_lists import (
    demonym_of_a_person,
    is_people,
    province_district_entry,
)
from ffdb.extract.hometown_locals import identified_residents, local_residents
from ffdb.extract.hometown_siblings import kin_after
from ffdb.extract.hometown_subjects import (
    all_of_list,
    also_of_last,
    both_of_pair,
    described_before,
    lives_there,
    others_residents,
)
from ffdb.extract.people_mention import NameMention
from ffdb.extract.scan import folded
from ffdb.extract.sentences import Sentence


def find_hometowns(ctx: DocContext) -> list[Fact]:
    out: list[Fact] = []
    ledes: list[Fact] = []
    folded_text = folded(ctx.text) if ctx.places else None
    oblique = oblique_places(ctx)
    places = sorted(ctx.places + oblique, key=lambda p: p.start) if oblique else ctx.places
    for place in places:
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        found = _hometown_cue(ctx, sentence, place, folded_text)
        if found is None:
            if lede_cue(ctx, sentence, place) and is_lede(ctx, sentence, place):
                ledes.append(place_fact(ctx, -1, place, sentence, place.start, 0.7))
            continue
        prefer, confidence, cue_start = found
        if place.suffix and kin_lives_there(ctx, sentence, place):
            continue  # "Doğu Türkistan'da yaşayan annesinden": the mother lives there
        if (
            prefer == "right"
            and _named_right_before(ctx, sentence, cue_start)
            and not _entry_opened(ctx, sentence, place, cue_start)
            and not _demonym_before_name(ctx, sentence, place)
        ):
            prefer = "left"  # "Шамиль Абакаров родом из села Гимры, Гасан Ибрагимов — ..."
        if about_many(ctx.text, sentence.start, cue_start, place.end, sentence.end):
            continue
        if (
            cue_start == place.start
            and _one_of_places(ctx, sentence, place)
            and not _demonym_before_name(ctx, sentence, place)
        ):
            continue  # the cue after the last of several places is about them all
        persons = family_of(ctx, sentence, place) or _persons_of(
            ctx, sentence, place, cue_start, prefer
        )
        persons = [p for p in persons if not _case_disagrees(ctx, sentence, cue_start, p)]
        if not persons:
            if is_lede(ctx, sentence, place):  # "A 29-year-old man from Ganja was ..."
                ledes.append(place_fact(ctx, -1, place, sentence, cue_start, confidence))
            continue
        if others_residents(ctx, sentence, place, cue_start, persons):
            continue
        persons = also_of_last(ctx, sentence, cue_start, persons)
        persons = both_of_pair(ctx, sentence, cue_start, persons)
        listed = (
            coordinated_after(ctx, persons[0], place.end, sentence.end)
            if first_after_is(ctx, persons[0], place.end, sentence.end)
            else []
        )
        listed += kin_after(ctx, (listed or persons)[-1], place.end, sentence.end)
        if PLURAL_CUE.search(ctx.text, cue_start, place.start):
            listed += entries_after(ctx, persons[0], place.end, sentence.end)
        if PLURAL_CUE.search(ctx.text, cue_start, min(sentence.end, place.end + 16)):
            # "Sumqayıt sakinləri X (35), Y (29) və Z": the cue after the place, entries aged
            listed += entries_with_ages(ctx, persons[0], place.end, sentence.end)
        for each in dict.fromkeys([*persons, *listed]):
            out.append(place_fact(ctx, each, place, sentence, cue_start, confidence))
    out += _said_elsewhere(ctx) + town_adjectives(ctx)
    out += lede_facts(ctx, out, ledes)
    out += family_headline_facts(ctx, out)
    out += family_name_facts(ctx, out)
    out += sibling_facts(ctx)
    out += there_facts(ctx)
    out += other_facts(ctx) + profile_facts(ctx)
    out += village_facts(ctx, out)
    out += our_place(ctx, out)
    out += landsmen_facts(ctx, out)
    out = drop_retracted(ctx, out + same_place_facts(ctx, out))
    prefer_settlements(out)
    return out


# A Russian cue word in an oblique case of the singular ("вышла замуж за уроженца
# Андижана"): it describes the object of the clause, not a name in the nominative before.
# Not the instrumental, which describes the subject ("Иванов являлся жителем Хасавюрта").
_OBLIQUE_CUE: Final = frozenset(
    "уроженца уроженцу уроженке уроженку жителя жителю жительнице жительницу".split()
)
# a word of a name that Russian declines: its nominative is no other case's form
_DECLINED_END: Final = re.compile(r"[бвгджзклмнпрстфхцчшщаяйь]$")


def _case_disagrees(ctx: DocContext, sentence: Sentence, cue_start: int, person: int) -> bool:
    """Whether `person`, named before an oblique cue word in the nominative ("Лилия
    вышла замуж за уроженца Андижана"), is not whom the cue describes."""
    word = ctx.text[cue_start : cue_start + 14].split(" ", 1)[0].lower()
    if word not in _OBLIQUE_CUE:
        return False
    named = [n for n in ctx.names_in(sentence.start, cue_start) if n.person == person]
    if not named or any(
        n.person == person and _declined(ctx, n) for n in ctx.names_in(cue_start, sentence.end)
    ):
        return False  # "Абу Ханзала — так называют жителя Хасавюрта Ислама Курбанова"
    last = named[-1]
    surface = ctx.text[last.start : last.end].split()
    return surface == list(last.words) and any(_DECLINED_END.search(w) for w in surface)


def _declined(ctx: DocContext, name: NameMention) -> bool:
    """Whether the name is written in a case other than its nominative."""
    return ctx.text[name.start : name.end].split() != list(name.words)


def _said_elsewhere(ctx: DocContext) -> list[Fact]:
    """ "в Дербенте задержан житель города X"; "X (1991-ci il təvəllüdlü), şəkili"."""
    out = []
    for person, place, sentence, start, end in city_residents(ctx):
        out.append(place_fact(ctx, person, place, sentence, start, 0.7, end))
    named = (
        listed_demonyms(ctx)
        + russian_demonyms(ctx)
        + local_residents(ctx)
        + identified_residents(ctx)
        + russian_demonyms_after(ctx)
    )
    for person, name, sentence, start, end in named:
        out.append(hometown_fact(person, name, sentence, start, end, 0.75, {"as_written": name}))
    return out


# punctuation, or a list entry's birth year or age: "Акаева Зайнаб, 1991 г.р., уроженка",
# "X, 1993 года рождения, житель", "X, 33 года, жительница", "X, 1989-cu il təvəllüdlü,"
_PUNCTUATION_GAP: Final = re.compile(
    r"[\s,—–-]*(?:(?:\(?(?:19|20)\d\d\s*(?:г\.\s*р\.|года рождения|г\.|-?[a-zü]{1,3} il "
    r"(?:təvəllüdlü|doğumlu))|\(?\d{1,2}\s+(?:лет|года|год|yaşında|yaşlı))\)?[\s,—–-]*)?"
)


# The cue word after the place, then perhaps the year of birth, then the name: "Gəncə
# şəhər sakini, 1987-ci il təvəllüdlü Məmmədov Ruslan" opens a list's entry.
_CUE_THEN_ENTRY: Final = re.compile(
    r"\s+(?:(?:şəhər|rayon|kənd|qəsəbə)\s+)?sakini\s*,?\s*"
    r"(?:(?:19|20)\d\d-?[a-zıüöə]{0,3}\s+il\s+təvəllüdlü\s*,?\s*)?"
)


def _entry_opened(ctx: DocContext, sentence: Sentence, place: PlaceMention, cue: int) -> bool:
    """Whether the place and its cue after it open an entry whose name follows (see
    `_CUE_THEN_ENTRY`): the name before belongs to the entry before."""
    if cue != place.start:
        return False
    after = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
    return bool(after) and _CUE_THEN_ENTRY.fullmatch(ctx.text, place.end, after[0][0]) is not None


def _named_right_before(ctx: DocContext, sentence: Sentence, pos: int) -> bool:
    before = ctx.agents_in(sentence.start, pos)
    return bool(before) and _PUNCTUATION_GAP.fullmatch(ctx.text[before[-1][1] : pos]) is not None


def _demonym_before_name(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """ "Bakan, Kayserili Ömer Aslan'ın": a demonym right before a name is that name's."""
    if place.suffix.lstrip("'’") not in ("lı", "li", "lu", "lü"):
        return False
    after = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
    return bool(after) and not ctx.text[place.end : after[0][0]].strip()


def _named_right_after(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A name right after the place, or after a comma: "друг из Гойты, Бекхан Цицаев"."""
    after = ctx.agents_in(place.end, min(sentence.end, place.end + 60))
    return bool(after) and ctx.text[place.end : after[0][0]].strip() in ("", ",")


def _one_of_places(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """Whether the place ends a list of places ("Adıyaman, Gaziantep ve Konya kökenli")."""
    before = ctx.places_in(max(sentence.start, place.start - 40), place.start)
    gap = (before[-1].end, place.start) if before else None
    return gap is not None and _PLACE_LIST_GAP.fullmatch(ctx.text, *gap) is not None


# Nothing, or an adverb, opens the sentence before the cue: "Originally from X, Y moved"
_OPENING: Final = re.compile(r"\s*(?:[A-Za-z]+ly\s+)?")


def _persons_of(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, cue_start: int, prefer: str
) -> list[int]:
    apposed = apposed_person(ctx, sentence, cue_start) if prefer == "left" else None
    if apposed is not None:
        return [apposed]
    named = named_after_noun(ctx, sentence, place) if prefer == "left" else []
    if named:
        return named
    persons = persons_near(ctx, sentence, cue_start, place.end, prefer, reach=80)
    if not persons and prefer == "left":
        own = entry_of_place(ctx, sentence, place)  # "X, 34, of Molenbeek, to eight years"
        persons = [own] if own is not None else []
    if prefer == "right" and persons:
        persons = kin_then_name(ctx, sentence, place, persons)
    if not persons and _OPENING.fullmatch(ctx.text, sentence.start, cue_start):
        # "Born in Zaqatala in 1986, Bagirzade crossed into Syria": the main clause's
        after = ctx.agents_in(place.end, sentence.end)
        persons = [after[0][2]] if after else []
    if not persons and prefer == "left" and _named_right_before(ctx, sentence, cue_start):
        # "Ерлан Тулегенов, 41 года, житель Шымкента": the name the age sets apart
        persons = [ctx.agents_in(sentence.start, cue_start)[-1][2]]
    if not persons:
        persons = profiled_person(ctx, sentence, place)
    if not persons:
        # "... went to Bilal Ouchen. Prosecutors say the Antwerp-born man served"
        persons = described_before(ctx, sentence, place)
    if not persons:
        persons = all_of_list(ctx, sentence, cue_start)  # "Şüphelilerin hepsi X'den."
    if prefer == "right" and len(persons) == 1:
        persons += child_of(ctx, sentence, persons[0], place.end)
    return persons


# A city before the name of its part: "the Brussels district of X", "the Moscow suburb of";
# a region's or a people's word before a town's: "the Chechen town of Urus-Martan", "the
# Fergana Valley town of Margilan".
_PART_OF: Final = re.compile(
    r"\s+(?:(?:Valley|Region|Province|Oblast|Gorge|Mountains)\s+)?(?:district|suburb|neighbou?rhood|quarter|borough|township|outskirts|town|village|"
    r"city|settlement)\s+of\s+[A-Z]"
)

_OUTLET_AFTER: Final = re.compile(
    r"\s+(?:channel|account|website|outlet|newspaper|office|bureau|chat)s?\b"
)

# Where one lived until leaving: a home, where "living in Idlib" alone is no more than
# a stay.
_LIVED_IN: Final = re.compile(r"(?:living|lived|residing|resided|settled)\s+in\s+$")
_BEFORE_LEAVING: Final = re.compile(
    r",?\s+(?:before|until|prior to)\s+(?:(?:his|her|their)\s+(?:departure|leaving|travel)|"
    r"(?:he|she|they)\s+(?:left|travelled|traveled|went))\b"
)


def _hometown_cue(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, folded_text: str | None
) -> tuple[str, float, int] | None:
    left_start = max(sentence.start, place.start - 70)
    left = ctx.text[left_start : place.start]
    folded_left = folded_text[left_start : place.start] if folded_text is not None else None
    right = ctx.text[place.end : min(sentence.end, place.end + 40)]
    if right.startswith(" (") and place.place is not None:
        right = _past_other_name(ctx, sentence, place) or right
    precision = place.place.precision if place.place is not None else "town"
    bare = place.suffix.lstrip("'’")
    if bare in ("lı", "li", "lu", "lü") and precision != "country":
        if demonym_of_a_person(ctx, sentence, place):
            return "right", 0.8, place.start
        return None
    if right.startswith(" ") and _PART_OF.match(right):
        return None  # "from the Brussels district of Molenbeek": the part is the home
    if right.startswith(" ") and _OUTLET_AFTER.match(right):
        return None  # "notices from the Bukhari channel": a name's part, no one's home
    if left.endswith(" in ") and _BEFORE_LEAVING.match(right):
        lived = _LIVED_IN.search(left)
        if lived is not None:  # "living in Charleroi before his departure"
            return "left", 0.75, left_start + lived.start()
    listed = list_entry_cue(ctx, place, left, right)
    if listed is not None:
        return listed
    if folded_left is None or ANY_LEFT_WORD.search(folded_left) is not None:
        found = _left_cue(left, folded_left, place, precision)
        if found is None and speaker_of_named(ctx, left, place):
            found = "left", 0.75, place.start  # "we wrote that Elvir Hadžić from Zenica"
        elif found is None and precision != "country" and _AGED_FROM.search(left):
            # "went to Arbër Krasniqi, 36, from Kaçanik": the name's age and origin, set
            # between commas after the journey's word; the name test follows below
            found = _NO_CUE
        if found != _NO_CUE:  # by value: a tuple is no identity to keep
            return found
    if precision == "country":
        return None
    # _NAME_FROM ends in one of these words, then spaces: most places have none before
    # them, and the test is cheaper than `re` trying the 70 places of `left`
    stripped = left.rstrip()
    ends = (
        stripped.endswith(_NAME_FROM_ENDS)
        or stripped.endswith(("ого", "его", "ой"))
        # "X (27, Adıyaman)", "X (1989 doğumlu, Konya)"
        or (stripped.endswith(",") and "(" in stripped[-24:])
    )
    name_from = _NAME_FROM.search(left) if ends else None
    if (
        name_from
        and (_OPEN_BRACKET.search(name_from.group()) is None or _BRACKET_CLOSE.match(right))
        and not _institution(place, right)
    ):
        before = ctx.agents_in(sentence.start, place.start)
        # from the name's end: an alias in brackets may be a name of its own or not
        if before and _NAME_FROM.fullmatch(ctx.text, before[-1][1], place.start):
            return "left", 0.75, place.start  # "Заур Мамедов из Сумгаита выехал в Сирию"
    if ends and _NOUN_FROM.search(left) and _named_right_after(ctx, sentence, place):
        return "right", 0.7, place.start  # "исследователь из Алматы Тимур Абдуллаев"
    if PERSON_NOUN.match(right) and apposed_person(ctx, sentence, place.start) is not None:
        return "left", 0.7, place.start  # "Abdelkader Benali, a Mechelen preacher who"
    man = PLACE_MAN.match(right)
    after = ctx.agents_in(place.end + man.end(), place.end + man.end() + 80) if man else []
    if man and after and after[0][0] == place.end + man.end():
        return "right", 0.75, place.start  # "a Qusar man, Elnur Aliyev, was jailed"
    for regex, prefer, confidence in (
        RIGHT_CUES if RIGHT_GATE.match(right) and ANY_RIGHT_CUE.match(right) else ()
    ):
        if regex.search(right):
            if _ORIGIN.match(right) and is_people(place.text):
                return None  # "Kist asıllı", "Alman doğumlu": a people, no hometown
            if prefer == "either":
                prefer = "right"
            return prefer, confidence, place.start
    if bare in _FROM_PREDICATE or (bare in _DEMONYM_PREDICATE and precision != "country"):
        return "left", 0.8, place.start  # "Elnur Əliyev Qusardandır"
    ablative = place.suffix in ("dan", "dən", "'dan", "'den", "’dan", "’den", "'tan", "'ten")
    if ablative and _OLAN.match(right):
        return "right", 0.75, place.start
    if ablative and _WAS_FROM.match(right):
        return "left", 0.75, place.start  # "Orxan Vəliyev Şəkidən idi"
    nominal = not place.suffix or (
        # after a settlement's noun the name is as written: "с. Гимры", "ст. Наурская"
        SETTLEMENT_NOUN.search(ctx.text, max(0, place.start - 12), place.start) is not None
    )
    if nominal and bare_place_entry(ctx, sentence, place):
        return "left", 0.7, place.start  # "Elvin Quliyev — Qusar, 25 yaşında."
    if not place.suffix and province_district_entry(ctx, sentence, place):
        return "left", 0.7, place.start  # "Ebu Ömer (Hasan Çelik), Konya Ereğli."
    if ablative and ablative_entry(ctx, sentence, place):
        return "left", 0.75, place.start  # "Tuncay Er, Ankara Keçiören'den."
    if ablative and ablative_apposition(ctx, sentence, place):
        return "left", 0.7, place.start  # "Sander Bakker, Utrecht'ten, geçen yıl ..."
    if ablative and ablative_before_name(ctx, sentence, place):
        return "right", 0.7, place.start  # "Qusardan Elnur Əliyev və Xaçmazdan Ramil Quliyev"
    if bare in _LOCATIVE_ADJECTIVE:
        if _HOME_AFTER.match(right) and ctx.names_in(sentence.start, sentence.end):
            # "Zaqataladakı evlərindən çıxıb": their home; not a home in a sentence that
            # names no one ("Talas'taki evinde konuştuk": where the reporter met the mother)
            return "left", 0.7, place.start
        after = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
        if after and _KIN_NAME_AFTER.fullmatch(ctx.text, place.end, after[0][0]):
            return "right", 0.7, place.start  # "Ankara'daki kardeşi Murat Yıldırım"
    if bare in GENITIVE and QUARTER_LIVING.match(ctx.text, place.end, sentence.end):
        return "right", 0.7, place.start  # "Gəncənin 5-ci məhəlləsində yaşayan X"
    located = bare in ("da", "də", "de", "ta", "tə", "te") or _LOCATED.match(right)
    if located and place.place is not None and place.place.country in _WAR:
        return None  # "İdlib'de yaşadığı", "Rakkada yaşayan": the war zone one stayed in
    if located and _LIVING.search(right[:40]):
        return "right", 0.7, place.start  # "Ankara'da yaşayan X", "Sabunçu rayonunda yaşayan"
    if located and bare in _LOCATIVE and lives_there(ctx, sentence, place):
        return "left", 0.7, place.start  # "Rasim Səfərov bu gün də Şəkidə, evdə yaşayır"
    if located and born_later(ctx, sentence, place):
        return "left", 0.75, place.start  # "1990 — Gent'te, işçi bir ailede doğdu."
    return None


# "Elnur Əliyev Qusardandır", "Konya'dandı"; "Balakənlidir", "Prizrenliydi"
_FROM_PREDICATE: Final = frozenset(
    "dandır dəndir dendir tandır təndir tendir dandı dendi tandı tendi".split()
)
_DEMONYM_PREDICATE: Final = frozenset(
    "lıdır lidir ludur lüdür lıydı liydi luydu lüydü lıymış liymiş luymuş lüymüş".split()
)
# an age or a year of birth before the place in brackets: "(27, ", "(1989 doğumlu, "
_BRACKET_AGE: Final = r"(?:\d{1,2}|(?:19|20)\d\d\s+(?:doğumlu|года рождения|г\.\s*р\.))\s*,\s*"
_OPEN_BRACKET: Final = re.compile(r"\((?:" + _BRACKET_AGE + r")?$")
# the bracket closes after the place, or after its district: "(27, Şanlıurfa'nın Siverek
# ilçesi)"
_BRACKET_CLOSE: Final = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\)")
_AGED_FROM: Final = re.compile(r"[^\W\d_],\s+\d{1,2},\s+from\s+$")
_TYPED: Final = re.compile(r"\bof\s+$")
# an origin or a birth a people's word may take: "Kist asıllı", "Alman doğumlu"
_ORIGIN: Final = re.compile(r"\s+(?:əsilli|asıllı|kökenli|doğumlu)\b", re.I)
_NAME_FROM_ENDS: Final = (
    "из",
    "from",
    "of",
    "(",
    "села",
    "селения",
    "аула",
    "города",
    "поселка",
    "посёлка",
    "г.",
    "с.",
)
_INSTITUTION: Final = re.compile(r"\s+[A-Z]")
_LOCATED: Final = re.compile(
    r"\s+(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde|kentinde|"
    r"merkezinde|merkezde|mərkəzində|mərkəzdə)"
)
_OLAN: Final = re.compile(r"\s+olan\b")
_WAS_FROM: Final = re.compile(r"\s+(?:idi|imiş|idilər|imişlər|ydi|ymiş)\b")


def _institution(place: PlaceMention, right: str) -> bool:
    """ "Leyla Tahirli of Baku State": a capital after the place makes it a name's part
    (not after a genitive: "Şanlıurfa'nın Siverek ilçesi" is a province's district)."""
    if place.suffix.lstrip("'’") in GENITIVE:
        return False
    return place.suffix in ("'s", "’s") or _INSTITUTION.match(right) is not None


_LOCATIVE: Final = frozenset(["da", "də", "de", "ta", "tə", "te"])
# "Ankara'daki", "Bakıdakı": the one who is there, a relative of the text's person named
# after ("Trabzon'daki anneanneleri Sevim Bayraktar"): where that one lives
_LOCATIVE_ADJECTIVE: Final = frozenset(["daki", "deki", "taki", "teki", "dakı", "dəki", "təki"])
# the home there: "Zaqataladakı evlərindən çıxıb", "Konya'daki evinde gözaltına alındı"
_HOME_AFTER: Final = re.compile(r"\s+ev(?:i|ləri|leri)?n?(?:dən|den|də|de)\b", re.I)
_KIN_NAME_AFTER: Final = re.compile(
    r"\s+(?:(?:ata|ana|baba|anne|anneanne|babaanne|nənə|dədə|qardaş|bacı|kardeş|abla|ağabey|"
    r"əmi|amca|dayı|hala|xala|teyze|eş|oğl|oğul|qız|kız|həyat yoldaş|yeğen|kuzen|dayıoğl|"
    r"əmioğl)[^\W\d_]{0,6}\s+)"
)
_OTHER_NAME: Final = re.compile(r"\s*\(([^()\n]{2,30})\)")


def _past_other_name(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> str | None:
    """The text after the place's other name in brackets ("Yeni Pazar (Novi Pazar)
    kentinde doğmuştur": " kentinde doğmuştur"), if it is one."""
    bracket = _OTHER_NAME.match(ctx.text, place.end, sentence.end)
    if bracket is None or place.place is None:
        return None
    inside = ctx.places_in(bracket.start(1), bracket.end(1))
    if not any(p.place is not None and p.place.id == place.place.id for p in inside):
        return None
    return ctx.text[bracket.end() : min(sentence.end, bracket.end() + 40)]


_RETURNEE: Final = re.compile(r"(?<![\w-])returnees?\s+from\s+(?:the\s+)?$", re.I)
_WAR: Final = frozenset(["SY", "IQ"])

_Cue = tuple[str, float, int]
_NO_CUE: _Cue = ("", 0.0, -1)


# "came to Austria from Urus-Martan in 2004": one who settled in a country left home
_EMIGRATED: Final = re.compile(
    r"(?<![\w-])(?:came|moved|emigrated|migrated|fled|settled)\s+to\s+"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+from\s+$"
)


# "says he came from Nizhnekamsk": where one comes from, said of a person, is his origin
# (not of the war zone: "he came from Raqqa" is a journey)
_CAME_FROM: Final = re.compile(
    r"(?<![\w-])(?:he|she|they|who)\s+(?:originally\s+)?(?:came|comes|come)\s+from\s+$", re.I
)


def _came_from(left: str, place: PlaceMention) -> bool:
    if _CAME_FROM.search(left) is None or place.place is None:
        return False
    return place.place.country not in _WAR


def _emigrated(left: str) -> bool:
    found = _EMIGRATED.search(left)
    if found is None:
        return False
    country = place_of(found.group(1))
    return country is not None and country[0].precision == "country"


def _left_cue(
    left: str, folded_left: str | None, place: PlaceMention, precision: str
) -> _Cue | None:
    """The cue before a place ("a native of", "уроженец"); None when a cue there says
    the place is no hometown ("deported from", "from Turkey"); `_NO_CUE` when none."""
    for (regex, prefer, confidence), words in zip(LEFT_CUES, LEFT_WORD_RES, strict=True):
        if folded_left is not None and words.search(folded_left) is None:
            continue
        match = regex.search(left)
        if match is None:
            continue
        cue = left[match.start() :]
        if _RETURNEE.search(left) and (place.place is None or place.place.country in _WAR):
            return None  # "a returnee from Raqqa": where he came back from
        if _LIVES_IN.search(cue) and place.place is not None and place.place.country in _WAR:
            return None  # "his wife lives in Idlib": the war zone she stayed in
        if _FROM_HOME.match(cue) and not prepositional_ru(place.text):
            return None  # "ушёл из дома в Сирию": where he went
        typed = _TYPED.search(cue) is not None
        moved = MOTION.search(left) and not _emigrated(left) and not _came_from(left, place)
        if "from" in cue.lower() and (moved or (precision == "country" and not typed)):
            return None
        if precision == "country" and not typed:
            return None
        return prefer, confidence, place.start - len(cue)
    return _NO_CUE


_FROM_HOME: Final = re.compile(FROM_HOME_RU + r"\s+$", re.I)
_LIVES_IN: Final = re.compile(r"(?:lives|lived|live)\s+in\s+$")


# The country's adjective before a town: "из таджикского Вахдата", "из киргизского Оша".
_TOWN_ADJECTIVE: Final = r"[а-яё]+(?:ого|его|ой)\s+"
# Not a description of a person: a relative pronoun, a verb or a participle
# ("X, который вернулся из", "X, вывезенный из").
_NOT_DESCRIPTION: Final = (
    r"(?:котор|кто\b|что\b|[а-яё-]*(?:л|ла|ли|ло|лся|лась|лись|ся|сь|ть|нный|нная|нные|нных|"
    r"вший|вшая|вшие|вших|ен|ена|ены)(?![а-яё-]))"
)

# Right after a name: "Заур Мамедов из Сумгаита", "Ruslan Gasanov of Khasavyurt", "X, из Y",
# "Elnur Aliyev, 29, of Sumgayit", "Elnur Aliyev (Sumgayit)".
_NAME_FROM: Final = re.compile(
    # a name in brackets: "Абу Умар (Мовсар Евлоев) из Карабулака"; an alias in brackets
    # after the name: "Хасан Ибрагимов (Абдуррахман) из Гудермеса"
    # after the name, or an alias quoted with its comma ('also known as "Abu Talha," 31,')
    r"(?:[\"»”]?\)|\s+\([^()\n]{1,40}\)|,[\"»”])?"
    r"(?:(?:,|(?<=,[\"»”]))\s+(?:\d{1,2}(?:\s+(?:лет|года|год|yaşında|years old))?|(?:19|20)\d\d|"
    r"(?:19|20)\d\d\s+(?:года рождения|г\.\s*р\.)),"
    # a description after the age: "X, 61 год, пенсионер из Куляба", "X, 52, a farmer from"
    r"(?:(?:\s+[a-zа-яё-]+){1,3}(?=\s+(?:из|from)\s))?|\s+\((?:19|20)\d\d\),|"
    # a description without: "Абу Зарр, узбек из Оша", "X, этнический узбек из"
    r",(?:\s+(?!" + _NOT_DESCRIPTION + r")[а-яё-]+){1,3}(?=\s+из\s)|,)?"
    r"\s+(?:из|from|of)\s+(?:" + _TOWN_ADJECTIVE + r")?"
    r"(?:(?:села|селения|аула|города|поселка|посёлка|г\.|с\.|the (?:village|town|city) of)\s*)?$|"
    # "Elvin Aliyev (Qusar)", "Mehmet Yılmaz (27, Adıyaman)", "X (1989 doğumlu, Konya)"
    r"\s+\((?:" + _BRACKET_AGE + r")?$"
)
# "исследователь из Алматы Тимур Абдуллаев": a person's noun, then the place, then the name
_NOUN_FROM: Final = re.compile(
    r"(?<![\w-])(?!" + _NOT_DESCRIPTION + r")[а-яё]{4,}\s+из\s+(?:" + _TOWN_ADJECTIVE + r")?$"
)


_LIVING: Final = re.compile(
    r"^\s+(?:(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde|kentinde|"
    r"merkezinde|merkezde|mərkəzində|mərkəzdə)\s+)?"
    # "Zenica kentinde 1986'da doğan X", "Qubada 1990-cı ildə doğulan X"
    r"(?:(?:19|20)\d\d(?:['’](?:da|de|ta|te)|-?(?:c[ıiuü]|ci) ildə)\s+(?=do[ğg]))?"
    r"(?:doğan|doğulan|yaşayan|yaşamış|yaşayıb|yaşayır|yaşayırdı|yaşıyor|yaşıyordu|yaşadığı|"
    r"ikamet eden|"
    r"oturan|oturuyor|oturuyordu|oturduğu|"
    r"ikamet ediyor|ikamet ediyordu|ikamet etmiş|ikamet ettiği|məskunlaşan|doğup büyü|"
    r"doğulub böyü|anadan olub böyü|"
    # one who makes a living there: "Karapınar ilçesinde çiftçilik yapan", "çalışan"
    r"[^\W\d_]+(?:lık|lik|luk|lük|lıq|lik|luq|lük)\s+(?:yapan|yapıyor|edən|edir)\b|"
    r"çalışan|işləyən)",
    re.I,
)


# "Adıyaman, Gaziantep ve Konya kökenli": one of several places
_PLACE_LIST_GAP: Final = re.compile(r"\s*(?:,|ve|və|и|and)\s*")
