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
from typing import Any

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, coordinated_after, persons_near
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_clauses import (
    GENITIVE,
    QUARTER_LIVING,
    ablative_before_name,
    ablative_entry,
    about_many,
    born_later,
    child_of,
    district_of,
    family_of,
    profiled_person,
)
from ffdb.extract.hometown_forms import oblique_places, same_place_facts, town_adjectives
from ffdb.extract.hometown_leads import (
    city_residents,
    is_lede,
    lede_cue,
    lede_facts,
    list_entry_cue,
    listed_demonyms,
)
from ffdb.extract.lexicon import nationalities
from ffdb.extract.scan import folded
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold
from ffdb.names.places import is_place_name, lookup_place

_LEFT_CUES = [
    (
        re.compile(
            r"(?:natives? of|born in|born\s+(?:in\s+)?(?:19|20)\d\d,?\s+in|residents? of|"
            r"hails? from|hailing from|grew up in|"
            r"raised in|who lived in|lives in|home ?town of|native (?:town|village|city) of|"
            r"\bfrom)\s+"
            r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:city|town|village|district|region|province|"
            r"settlement|area|exclave|republic|suburb)\s+of\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            r"(?:(?:уроженц?\w*|уроженк\w+)(?:\s+и\s+жител\w*)?|родом из|выход\w+ из|жител\w*|"
            r"прожива\w+ в|проживающ\w+ по адресу:?)\s+"
            r"(?:(?:[а-яё]+(?:ого|его|ой|ей)\s+)?(?:города|села|поселка|посёлка|района|г\.|с\.|"
            r"пос\.)\s*)?$",
            re.I,
        ),
        "right",
        0.85,
    ),
    (re.compile(r"(?:əslən|aslen)\s+$", re.I), "right", 0.8),
    (
        re.compile(
            r"(?:memleketi|doğum yeri|doğduğu (?:şehir|yer|köy|ilçe)|doğulduğu (?:şəhər|kənd|yer)|"
            r"(?:his|her|their) (?:family )?home in)\s+$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            r"(?:родил(?:ся|ась)|вырос(?:ла)?)\s+в\s+(?:(?:городе|селе|поселке|посёлке)\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
]
# A word every match of each of _LEFT_CUES holds: where `left` (case-folded) holds none,
# the cue's regex, tried at every position of it, cannot match.
_LEFT_WORDS = [
    ("from", "native", "born", "resident", "grew up", "raised", "lived in", "lives in", "town"),
    ("урожен", "родом", "выход", "жител", "прожива"),
    ("əslən", "aslen"),
    ("memleket", "doğum yeri", "doğduğu", "doğulduğu", "home in"),
    ("родил", "вырос"),
]
_IN_PLACE = r"(?:rayonunda|şəhərində|kəndində|ilçesinde|şehrinde|köyünde|kentinde|kasabasında)"
_RIGHT_CUES = [
    (re.compile(r"^(?:\s+native|\s+residents?|-born)\b"), "right", 0.8),
    (
        re.compile(
            r"^\s+(?:(?:rayon(?:u|unun)?|şəhər(?:i|inin)?|kənd(?:i|inin)?|qəsəbə(?:si|sinin)?)\s+)?"
            r"sakin(?:i|idir|idirlər|ləri|ləridir)\b",
            re.I,
        ),
        "right",
        0.85,
    ),
    (
        re.compile(
            r"^\s+(?:rayonundan|şəhərindən|kəndindən|qəsəbəsindən|ilçesinden|köyünden|"
            r"ilinden|şehrinden|kentinden|kasabasından|beldesinden)(?:dır|dir|dur|dür)?\b",
            re.I,
        ),
        "either",
        0.8,
    ),
    (re.compile(r"^\s+(?:doğumlu|nüfusuna kayıtlı|əsilli|asıllı|kökenli)\b", re.I), "right", 0.85),
    # a list's entry: "Abbasov Tural Mahir oğlu, 1989-cu il təvəllüdlü, Qusar rayonu;"
    (re.compile(r"^\s+(?:şəhəri|rayonu|kəndi|qəsəbəsi|ilçesi|köyü)\s*(?:[;.]|$)"), "left", 0.75),
    (
        re.compile(
            r"^\s+(?:" + _IN_PLACE + r"\s+)?"
            r"(?:anadan olmuş|anadan olan|doğulmuş|doğulan|doğan|dünyaya gələn)\b",
            re.I,
        ),
        "right",
        0.8,
    ),
    (
        re.compile(
            r"^\s+(?:" + _IN_PLACE + r"\s+)?"
            r"(?:doğul|anadan ol|doğdu|dünyaya gel|dünyaya gəl)",
            re.I,
        ),
        "left",
        0.8,
    ),
    (re.compile(r"^\s+olan\b", re.I), "right", 0.75),
]


def _first_letters(regex: re.Pattern[str], letters: str) -> re.Pattern[str]:
    """`regex`, every match of which opens with one of `letters`, behind a look-ahead on
    them: `search` tries the whole pattern at each position of the text before a place,
    and the look-ahead fails fast at nearly all (a cue's search cost a third as much)."""
    return re.compile(f"(?=[{letters}])(?:{regex.pattern})", regex.flags)


# The letters each of _LEFT_CUES opens with ("natives of", "born in", ..., "\bfrom").
_LEFT_FIRST = ("nbrhgwlf", "урвжп", "əa", "mdht", "рв")
_LEFT_CUES = [
    (_first_letters(regex, first), prefer, confidence)
    for (regex, prefer, confidence), first in zip(_LEFT_CUES, _LEFT_FIRST, strict=True)
]
_ANY_LEFT_WORD = re.compile("|".join(re.escape(w) for words in _LEFT_WORDS for w in words))
# One regex per cue for its words: a single C call where `any(w in s for w in words)`
# ran a generator per place.
_LEFT_WORD_RES = [re.compile("|".join(re.escape(w) for w in words)) for words in _LEFT_WORDS]
# Every _RIGHT_CUES regex at once (each is anchored at the start): one test per place
# instead of eight where none matches, as at most places.
_ANY_RIGHT_CUE = re.compile(
    "|".join(f"(?:{regex.pattern.removeprefix('^')})" for regex, _, _ in _RIGHT_CUES), re.I
)
# What every match of _ANY_RIGHT_CUE opens with (whitespace and a cue word's first two
# letters, or "-born"): a short test that fails fast at most places.
_RIGHT_GATE = re.compile(
    r"\s+(?:na|re|ra|şə|kə|qə|sa|il|kö|şe|do|nü|əs|as|an|dü|ol|ke|ka|be)|-born", re.I
)
_PLACE_MAN = re.compile(r"\s+(?:man|woman|youth|teenager|student)\s*,\s*")
_MOTION = re.compile(
    r"(?<![\w-])(?:return\w*|came back|cross\w*|deport\w*|extradit\w*|fled|flee\w*|escap\w*|"
    r"travel\w*|move\w*|arriv\w*|releas\w*|transfer\w*|sent|brought|expell\w*|withdr\w*|back|flew|"
    r"drove|went|go|going|came|away|far|miles|km|kilometres|"
    # where a speaker is, not where they come from: "said by telephone from X"
    r"said|says|spoke|speaking|telephone|phone|wrote|called|video link)"
    r"\s+(?:\S+\s+){0,4}from\s+\S*\s*$",
    re.I,
)
_MOTION = _first_letters(_MOTION, "rcdeftmasbwgkpv")


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
                ledes.append(_place_fact(ctx, -1, place, sentence, place.start, 0.7))
            continue
        prefer, confidence, cue_start = found
        if prefer == "right" and _named_right_before(ctx, sentence, cue_start):
            prefer = "left"  # "Шамиль Абакаров родом из села Гимры, Гасан Ибрагимов — ..."
        if about_many(ctx.text, sentence.start, cue_start, place.end, sentence.end):
            continue
        if cue_start == place.start and _one_of_places(ctx, sentence, place):
            continue  # the cue after the last of several places is about them all
        persons = family_of(ctx, sentence, place) or _persons_of(
            ctx, sentence, place, cue_start, prefer
        )
        if not persons:
            if is_lede(ctx, sentence, place):  # "A 29-year-old man from Ganja was ..."
                ledes.append(_place_fact(ctx, -1, place, sentence, cue_start, confidence))
            continue
        listed = coordinated_after(ctx, persons[0], place.end, sentence.end)
        for each in dict.fromkeys([*persons, *listed]):
            out.append(_place_fact(ctx, each, place, sentence, cue_start, confidence))
    out += _said_elsewhere(ctx) + town_adjectives(ctx)
    out += lede_facts(ctx, out, ledes)
    return out + same_place_facts(ctx, out)


def _place_fact(
    ctx: DocContext,
    person: int,
    place: PlaceMention,
    sentence: Sentence,
    cue_start: int,
    confidence: float,
    cue_end: int | None = None,
) -> Fact:
    extra: dict[str, Any] = {"as_written": place.text}
    if place.place is not None:
        extra["place"] = place.place.as_dict()
    name = _nominative(
        place, _SETTLEMENT_NOUN.search(ctx.text, max(0, place.start - 12), place.start)
    )
    district = district_of(ctx, place)
    if district is not None and district.name != place.name:
        # "Anıx, Qusar": village, district; "Акуша, Акушинский район"
        name = f"{name}, {_district_nominative(ctx, district) or _nominative(district, None)}"
        extra["district"] = district.name
    end = place.end if cue_end is None else cue_end
    return _hometown_fact(person, name, sentence, cue_start, end, confidence, extra)


def _said_elsewhere(ctx: DocContext) -> list[Fact]:
    """ "в Дербенте задержан житель города X"; "X (1991-ci il təvəllüdlü), şəkili"."""
    out = []
    for person, place, sentence, start, end in city_residents(ctx):
        out.append(_place_fact(ctx, person, place, sentence, start, 0.7, end))
    for person, name, sentence, start, end in listed_demonyms(ctx):
        out.append(_hometown_fact(person, name, sentence, start, end, 0.75, {"as_written": name}))
    return out


def _demonym_of_a_person(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """A demonym of a person: "Balakənli Elvin Qasımov", "Kırıkkaleli DEAŞ militanı
    Mehmet Arslan", "aslen Kırıkkaleli olan", "X, Kırıkkaleli"; not "Daxili İşlər
    Nazirliyi" or "Milli Məclisin deputatı Rövşən Cəfərli" (an institution's words)."""
    if _DEMONYM_PREDICATE.match(ctx.text, place.end):
        return True
    agents = ctx.agents_in(place.end, min(sentence.end, place.end + 80))
    if agents:
        gap = ctx.text[place.end : agents[0][0]]
        for group in ctx.groups_in(place.end, agents[0][0]):
            gap = gap.replace(ctx.text[group.start : group.end], "")
        words = gap.split()
        # capitalised words between may be a people: "İsmayıllılı Azerbaycanlı kardeşimiz X"
        if len(words) <= 3 and not any(
            (w[:1].isupper() and not _A_PEOPLE.fullmatch(w)) or w in ",.;:()" for w in words
        ):
            return True
        if len(words) == 1 and words[0].isalpha():
            return True  # one ethnonym or title between: "Zenicalı Boşnak Edin Hadžić"
    before = ctx.agents_in(max(sentence.start, place.start - 60), place.start)
    return bool(before) and _NAME_COMMA.fullmatch(ctx.text, before[-1][1], place.start) is not None


_A_PEOPLE = re.compile(r"[^\W\d_]+(?:lı|li|lu|lü)")

# "X, Konyalı", "Emre Akbulut (27), Konyalı": a list entry's demonym after the name
_NAME_COMMA = re.compile(r"\s*(?:\(\d{1,2}\)\s*)?,\s*")


_DEMONYM_PREDICATE = re.compile(
    r"\s+(?:olan|olup|olduğu\w*|olarak|olub|olmuş\w*|idi|imiş|ydı|ydi|dir|dır|biri|bir|"
    r"gənc|genç)\b"
)


# A Russian stem given back a nominative ending no Russian word has: "Баку" read as
# "Бак" + "у" comes back "Бакй" (й after a consonant), "Закатальского" as "Закатальа".
_NO_NOMINATIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ]й$|ь[аяоыи]$")


_SOFT_CONSONANTS = frozenset("бвдзлмнпрстф")


# A Russian district named by an adjective the gazetteer does not know, in the genitive
# before its noun ("Акушинского района", "Сулейман-Стальского района").
_ADJECTIVE_DISTRICT = re.compile(r"\s+(района|улуса)\b")


def _district_nominative(ctx: DocContext, district: PlaceMention) -> str | None:
    written = district.text.strip(" ,.;:")
    noun = _ADJECTIVE_DISTRICT.match(ctx.text, district.end)
    if district.place is not None or noun is None or not written.endswith(("ского", "цкого")):
        return None
    return f"{written[:-3]}ий {noun.group(1)[:-1]}"


# A settlement's noun before its name, which then stands in the nominative ("села Гимры",
# "с. Кусары", "г. Сибай"); right after "из" or "уроженец" the name takes the genitive.
_SETTLEMENT_NOUN = re.compile(r"(?:села|с\.|города|г\.|посёлка|поселка|пос\.|аула|деревни)\s*$")


def _nominative(place: PlaceMention, after_noun: object) -> str:
    """The place's nominative; `after_noun`: a settlement noun stands right before it."""
    name = place.name
    if place.suffix and place.place is not None and _written_is_the_place(place):
        # "Гимры" is Gimry, not "Гимр" + "ы"; but "из Караганды" is Караганда's genitive
        stripped = lookup_place(name) if not after_noun and is_place_name(name) else None
        if stripped is None or stripped.name != place.place.name:
            return place.text.strip(" ,.;:")
    if place.suffix == "и" and name[-1:] in _SOFT_CONSONANTS:
        soft = lookup_place(name + "ь")  # "Казани": "Казань", not "Казан"
        if soft is not None and place.place is not None and soft.name == place.place.name:
            return name + "ь"
    if not _NO_NOMINATIVE.search(name):
        return name
    if name.endswith("й"):
        written = place.text.strip(" ,.;:")
        return written if is_place_name(written) else name
    mended = name[:-2] + name[-1]  # "Закатальа" → "Закатала"
    return mended if is_place_name(mended) else name


def _written_is_the_place(place: PlaceMention) -> bool:
    """A place's own ending taken for a case ending: the written form is the place
    ("Гимры", "Кусары": a plural name; other endings spell other places' variants once
    transliterated, "Дербенте" and "Казани" among them)."""
    written = place.text.strip(" ,.;:")
    if place.suffix != "ы" or written == place.name or not is_place_name(written):
        return False
    found = lookup_place(written)
    return found is not None and place.place is not None and found.name == place.place.name


_PUNCTUATION_GAP = re.compile(r"[\s,—–-]*")


def _named_right_before(ctx: DocContext, sentence: Sentence, pos: int) -> bool:
    before = ctx.agents_in(sentence.start, pos)
    return bool(before) and _PUNCTUATION_GAP.fullmatch(ctx.text[before[-1][1] : pos]) is not None


def _one_of_places(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """Whether the place ends a list of places ("Adıyaman, Gaziantep ve Konya kökenli")."""
    before = ctx.places_in(max(sentence.start, place.start - 40), place.start)
    gap = (before[-1].end, place.start) if before else None
    return gap is not None and _PLACE_LIST_GAP.fullmatch(ctx.text, *gap) is not None


def _persons_of(
    ctx: DocContext, sentence: Sentence, place: PlaceMention, cue_start: int, prefer: str
) -> list[int]:
    persons = persons_near(ctx, sentence, cue_start, place.end, prefer, reach=80)
    if not persons and not ctx.text[sentence.start : cue_start].strip():
        # "Born in Zaqatala in 1986, Bagirzade crossed into Syria": the main clause's
        after = ctx.agents_in(place.end, sentence.end)
        persons = [after[0][2]] if after else []
    if not persons:
        persons = profiled_person(ctx, sentence, place)
    if prefer == "right" and len(persons) == 1:
        persons += child_of(ctx, sentence, persons[0], place.end)
    return persons


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
    bare = place.suffix.lstrip("'’")
    if bare in ("lı", "li", "lu", "lü") and precision != "country":
        if _demonym_of_a_person(ctx, sentence, place):
            return "right", 0.8, place.start
        return None
    listed = list_entry_cue(ctx, place, left, right)
    if listed is not None:
        return listed
    if folded_left is None or _ANY_LEFT_WORD.search(folded_left) is not None:
        found = _left_cue(left, folded_left, place, precision)
        if found != _NO_CUE:  # by value: a tuple is no identity to keep
            return found
    if precision == "country":
        return None
    # _NAME_FROM ends in one of these words, then spaces: most places have none before
    # them, and the test is cheaper than `re` trying the 70 places of `left`
    ends = left.rstrip().endswith(_NAME_FROM_ENDS)
    name_from = _NAME_FROM.search(left) if ends else None
    if (
        name_from
        and (not name_from.group().endswith("(") or right.startswith(")"))
        and not _institution(place, right)
    ):
        before = ctx.agents_in(sentence.start, place.start)
        if before and before[-1][1] == place.start - len(name_from.group()):
            return "left", 0.75, place.start  # "Заур Мамедов из Сумгаита выехал в Сирию"
    man = _PLACE_MAN.match(right)
    after = ctx.agents_in(place.end + man.end(), place.end + man.end() + 80) if man else []
    if man and after and after[0][0] == place.end + man.end():
        return "right", 0.75, place.start  # "a Qusar man, Elnur Aliyev, was jailed"
    for regex, prefer, confidence in (
        _RIGHT_CUES if _RIGHT_GATE.match(right) and _ANY_RIGHT_CUE.match(right) else ()
    ):
        if regex.search(right):
            if _ORIGIN.match(right) and fold(place.text) in nationalities():
                return None  # "Kist asıllı", "Çeçen kökenli": a people, no hometown
            if prefer == "either":
                prefer = "right"
            return prefer, confidence, place.start
    if bare in ("dandır", "dəndir", "dendir", "tandır", "təndir", "tendir") or (
        bare in ("lıdır", "lidir", "ludur", "lüdür") and precision != "country"
    ):
        return "left", 0.8, place.start  # "Elnur Əliyev Qusardandır"
    ablative = place.suffix in ("dan", "dən", "'dan", "'den", "’dan", "’den", "'tan", "'ten")
    if ablative and _OLAN.match(right):
        return "right", 0.75, place.start
    if ablative and _WAS_FROM.match(right):
        return "left", 0.75, place.start  # "Orxan Vəliyev Şəkidən idi"
    if ablative and ablative_entry(ctx, sentence, place):
        return "left", 0.75, place.start  # "Tuncay Er, Ankara Keçiören'den."
    if ablative and ablative_before_name(ctx, sentence, place):
        return "right", 0.7, place.start  # "Qusardan Elnur Əliyev və Xaçmazdan Ramil Quliyev"
    if bare in GENITIVE and QUARTER_LIVING.match(ctx.text, place.end, sentence.end):
        return "right", 0.7, place.start  # "Gəncənin 5-ci məhəlləsində yaşayan X"
    located = bare in ("da", "də", "de", "ta", "tə", "te") or _LOCATED.match(right)
    if located and _LIVING.search(right[:40]):
        return "right", 0.7, place.start  # "Ankara'da yaşayan X", "Sabunçu rayonunda yaşayan"
    if located and born_later(ctx, sentence, place):
        return "left", 0.75, place.start  # "1990 — Gent'te, işçi bir ailede doğdu."
    return None


_TYPED = re.compile(r"\bof\s+$")
_ORIGIN = re.compile(r"\s+(?:əsilli|asıllı|kökenli)\b", re.I)
_NAME_FROM_ENDS = ("из", "from", "of", "(", "села", "города", "поселка", "посёлка", "г.", "с.")
_INSTITUTION = re.compile(r"\s+[A-Z]")
_LOCATED = re.compile(
    r"\s+(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde|kentinde)"
)
_OLAN = re.compile(r"\s+olan\b")
_WAS_FROM = re.compile(r"\s+(?:idi|imiş|idilər|imişlər|ydi|ymiş)\b")


def _institution(place: PlaceMention, right: str) -> bool:
    """ "Leyla Tahirli of Baku State": a capital after the place makes it a name's part."""
    return place.suffix in ("'s", "’s") or _INSTITUTION.match(right) is not None


_Cue = tuple[str, float, int]
_NO_CUE: _Cue = ("", 0.0, -1)


def _left_cue(
    left: str, folded_left: str | None, place: PlaceMention, precision: str
) -> _Cue | None:
    """The cue before a place ("a native of", "уроженец"); None when a cue there says
    the place is no hometown ("deported from", "from Turkey"); `_NO_CUE` when none."""
    for (regex, prefer, confidence), words in zip(_LEFT_CUES, _LEFT_WORD_RES, strict=True):
        if folded_left is not None and words.search(folded_left) is None:
            continue
        match = regex.search(left)
        if match is None:
            continue
        cue = left[match.start() :]
        typed = _TYPED.search(cue) is not None
        if "from" in cue.lower() and (
            _MOTION.search(left) or (precision == "country" and not typed)
        ):
            return None
        if precision == "country" and not typed:
            return None
        return prefer, confidence, place.start - len(cue)
    return _NO_CUE


# Right after a name: "Заур Мамедов из Сумгаита", "Ruslan Gasanov of Khasavyurt", "X, из Y",
# "Elnur Aliyev, 29, of Sumgayit", "Elnur Aliyev (Sumgayit)".
_NAME_FROM = re.compile(
    r"(?:,\s+\d{1,2}(?:\s+(?:лет|года|год|yaşında|years old))?,"
    # a description after the age: "X, 61 год, пенсионер из Куляба", "X, 52, a farmer from"
    r"(?:(?:\s+[a-zа-яё-]+){1,3}(?=\s+(?:из|from)\s))?|\s+\((?:19|20)\d\d\),|,)?"
    r"\s+(?:из|from|of)\s+"
    r"(?:(?:села|города|поселка|посёлка|г\.|с\.|the (?:village|town|city) of)\s*)?$|\s+\($"
)


_LIVING = re.compile(
    r"^\s+(?:(?:rayonunda|şəhərində|kəndində|qəsəbəsində|ilçesinde|köyünde|şehrinde)\s+)?"
    r"(?:yaşayan|yaşamış|yaşayıb|yaşayır|yaşayırdı|yaşıyor|yaşıyordu|yaşadığı|ikamet eden|"
    r"oturan|oturuyor|oturuyordu|oturduğu|"
    r"ikamet ediyor|ikamet ediyordu|ikamet etmiş|ikamet ettiği|məskunlaşan|doğup büyü|"
    r"doğulub böyü|anadan olub böyü)",
    re.I,
)


# "Adıyaman, Gaziantep ve Konya kökenli": one of several places
_PLACE_LIST_GAP = re.compile(r"\s*(?:,|ve|və|и|and)\s*")
