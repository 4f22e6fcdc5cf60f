"""Russian ways of naming a hometown that the place finder (`geo`) leaves out:

- a name in an oblique case it cannot take back to the nominative: the genitive plural
  of a plural name ("уроженец Учалов" → Учалы, "из Набережных Челнов" → Набережные
  Челны), the prepositional after a birth ("родилась в Набережных Челнах") and an
  adjective with its noun ("уроженец Кабардино-Балкарской Республики");
  `oblique_places` gives them as place mentions for `hometowns` to weigh like any other;
- a town's adjective before a person ("казанский проповедник Марат Х." → Казань,
  "махачкалинский боевик" → Махачкала) or said of one ("Адам ..., тоже малгобекский");
  `town_adjectives` gives them as hometown facts. Not an institution's adjective
  ("казанский суд", "кизлярский джамаат"): a person's noun or a name must follow;
- the nominative a hometown is given in (`nominative`): "из Грозного" → Грозный, "из Оша"
  → Ош, "Казани" → Казань, "Акушинского района" → Акушинский район.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import Fact, persons_near
from ffdb.extract.geo import PlaceMention
from ffdb.extract.held_words import holds_any, register
from ffdb.names.places import Place, is_place_name, lookup_place

# A hometown cue, then one to three capitalised words (the place as written).
_CUE_THEN_NAME: Final = re.compile(
    r"(?<![\w-])(?:[Уу]рожен\w*|[Жж]ител\w*|родом из|выход(?:ец|ц[а-яё]+) из|из|"
    # a birth's place in the prepositional: "родилась 3 марта 1963 года в Набережных Челнах"
    r"родил(?:ся|ась)(?:\s+(?:\d{1,2}\s+[а-яё]+\s+)?(?:19|20)\d\d\s+(?:года|г\.))?\s+в)\s+"
    r"(?:(?:города|села|поселка|посёлка|г\.|с\.)\s*)?"
    r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+){0,2})"
)
_CUE_WORDS: Final = ("урожен", "жител", "родом", "выход", "из ", "родил")

# A word's oblique ending and the nominative endings it may stand for.
_NOMINATIVES: Final = (
    ("ов", ("ы", "и", "")),  # Учалов → Учалы, Челнов → Челны
    ("ев", ("и", "ы", "")),
    ("ых", ("ые",)),  # Набережных → Набережные
    ("их", ("ие",)),
    ("ой", ("ая", "ый", "ой")),  # Кабардино-Балкарской → Кабардино-Балкарская
    ("ей", ("яя", "ий")),
    ("ого", ("ый", "ий", "ое")),
    ("его", ("ий", "ее")),
    ("ии", ("ия",)),
    ("и", ("а", "я", "ь", "и")),  # Республики → Республика
    ("ы", ("а", "ы")),
    ("а", ("", "о")),
    ("я", ("ь", "й")),
    ("ах", ("ы", "и")),  # the prepositional plural: Челнах → Челны, Учалах → Учалы
    ("ях", ("и",)),
    ("", ("ы", "и")),  # the genitive plural with no ending: Вод → Воды
)


def _word_forms(word: str) -> list[str]:
    out = [word]
    lower = word.lower()
    for ending, nominatives in _NOMINATIVES:
        if lower.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)]
            out += [stem + n for n in nominatives]
    return list(dict.fromkeys(out))


def nominative_of(phrase: str) -> tuple[str, Place] | None:
    """The nominative of a place phrase in an oblique case, as the gazetteer knows it."""
    words = phrase.split()
    for forms in itertools.product(*(_word_forms(w) for w in words)):
        name = " ".join(forms)
        if name != phrase and is_place_name(name):
            place = lookup_place(name)
            if place is not None:
                return name, place
    return None


def oblique_places(ctx: DocContext) -> list[PlaceMention]:
    """Places after a Russian hometown cue that `ctx.places` does not hold (see above)."""
    if ctx.language != "ru":
        return []
    # asked by the hometown rules and again by the pair scorer: read once, kept on ctx
    if ctx.oblique_places is None:
        ctx.oblique_places = _oblique_places(ctx)
    return list(ctx.oblique_places)


def _oblique_places(ctx: DocContext) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    if not any(word in ctx.low for word in _CUE_WORDS):
        return out
    for match in _CUE_THEN_NAME.finditer(ctx.text):
        start, stop = match.span(1)
        named = [n.start for n in ctx.names_in(start, stop) if n.person is not None]
        stop = min([stop, *named])  # "уроженец Кабардино-Балкарской Республики Тагиров"
        if stop <= start or ctx.places_in(start, start + 1):
            continue
        words = ctx.text[start:stop].split()
        for n in range(len(words), 0, -1):  # the longest phrase the gazetteer knows
            phrase = " ".join(words[:n])
            found = nominative_of(phrase)
            if found is not None and found[1].precision != "country":
                end = start + len(phrase)
                out.append(PlaceMention(start, end, phrase, found[0], found[1], ""))
                break
    return out


# A lower-case adjective of a place: the stem before "ск-" and its ending.
_ADJECTIVE_END: Final = re.compile(r"ск(?:ий|ая|ое|ого|ой|ому|им|ом|ую|ие|их|ими)(?![а-яё-])")
_ADJECTIVE_LETTERS: Final = frozenset(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"
)
# The words an adjective of a town opens in an institution's or a group's name.
_NOT_PERSON: Final = re.compile(
    r"(?:суд|районн|городск|област|республиканск|отдел|управлени|полиц|прокурат|"
    r"университет|мечет|джамаат|сектор|батальон|фронт|групп|завод|рынок|район|"
    r"аэропорт|следствен|ОВД|УФСБ|МВД|УВД)",
    re.I,
)
_PERSON_GAP: Final = re.compile(r"\s+(?:[а-яё-]+\s+){0,2}")
_SAID_OF: Final = re.compile(r"(?:тоже|также|родом|—|,)\s+$")
_CLAUSE_END: Final = re.compile(r"\s*(?:[.;!?,)]|$)")
# Not a place's adjective, though a place bears the stem: "братский" (brotherly), not
# Bratsk; "сельский" (rural), "советский", "морской"; nor a people's adjective
# ("татарский", "аварский", "грузинский"), though some spelling of a town abroad meets it.
_COMMON: Final = frozenset(
    "брат мир рус жен муж дет гор сель совет мор материн отцов фин кавказ татар башкир "
    "казах киргиз узбек таджик туркмен авар лезгин кумык даргин чечен ингуш осетин "
    "черкес кабардин балкар карачаев ногай адыг абхаз грузин армян курд араб турец "
    "американ европей азиат".split()
)
# A town an adjective names is in the lands Russian-language news write of, or big.
_NEAR: Final = frozenset("RU AZ GE AM KZ UZ TJ KG TM UA BY MD TR SY IQ IR AF".split())
# The endings a town's nominative may take after the adjective's stem, the likeliest
# spelling of Russian first: an adjectival name ("Грозный"), a soft sign after н or м in
# Russia ("Казань", "Пермь", "Назрань"), the bare stem ("Малгобек", "Кизляр"), "-ск"
# ("Буйнакск"), then vowels ("Баку", "Тбилиси", "Махачкала"); other spellings the
# gazetteer keeps of the same town ("Грозна", "Бакы", "Лондонь") come last.
_ENDS: Final = ("ый", "ь", "", "ск", "у", "и", "о", "а", "ы")
_SOFT_NAME: Final = frozenset("нм")
_SOFT_COUNTRIES: Final = frozenset(["RU", "UA", "BY"])


def _town_of(stem: str) -> str | None:
    """ "казан" → Казань, "махачкалин" → Махачкала, "малгобек" → Малгобек, "бакин" →
    Баку: the biggest town near (or big anywhere) some nominative of the stem names;
    the gazetteer's odd spellings of small towns far away ("Бакь") are not it."""
    if stem in _COMMON:
        return None
    bases = [stem]
    if stem.endswith("ин") or stem.endswith("ен"):
        bases.append(stem[:-2])
    best: Place | None = None
    spellings: dict[str, list[tuple[int, str]]] = {}
    for base in bases:
        for rank, end in enumerate(_ENDS):
            name = base[:1].upper() + base[1:] + end
            place = lookup_place(name) if is_place_name(name) else None
            if place is None or place.precision != "town" or not _plausible(place):
                continue
            if end == "ь" and (base[-1:] not in _SOFT_NAME or place.country not in _SOFT_COUNTRIES):
                rank = len(_ENDS)  # "Лондонь", "Тбились": spellings, not Russian names
            spellings.setdefault(place.id, []).append((rank, name))
            if best is None or (place.population or 0) > (best.population or 0):
                best = place
    return None if best is None else min(spellings[best.id])[1]


def _plausible(place: Place) -> bool:
    population = place.population or 0
    return population >= 100_000 or (place.country in _NEAR and population >= 10_000)


def town_adjectives(ctx: DocContext) -> list[Fact]:
    """Hometown facts from town adjectives (see the module docstring)."""
    out: list[Fact] = []
    if ctx.language != "ru" or "ск" not in ctx.low:
        return out
    for ending in _ADJECTIVE_END.finditer(ctx.text):
        start = ending.start()
        while start > 0 and ctx.text[start - 1] in _ADJECTIVE_LETTERS:
            start -= 1
        if ending.start() - start < 3 or (start > 0 and ctx.text[start - 1] in "-"):
            continue
        person = _person_of_adjective(ctx, start, ending.end())
        if person is None:
            continue
        town = _town_of(ctx.text[start : ending.start()].lower())
        sentence = ctx.index.at(start)
        if town is None or sentence is None:
            continue
        extra = {"as_written": ctx.text[start : ending.end()]}
        out.append(
            Fact(
                person,
                "hometown",
                town,
                sentence.start,
                sentence.end,
                start,
                ending.end(),
                confidence=0.7,
                extra=extra,
            )
        )
    return out


def _person_of_adjective(ctx: DocContext, start: int, end: int) -> int | None:
    """A name after the adjective (up to two lower-case words between, none an
    institution's), or the person the clause is about when the adjective ends it."""
    gap = _PERSON_GAP.match(ctx.text, end)
    if gap is not None:
        agents = ctx.agents_in(gap.end(), gap.end() + 60)
        named = agents and agents[0][0] == gap.end() and ctx.names_in(*agents[0][:2])
        if named and _NOT_PERSON.search(ctx.text, end, gap.end()) is None:
            return agents[0][2]
    before = ctx.text[max(0, start - 8) : start]
    sentence = ctx.index.at(start)
    if sentence is None or not _SAID_OF.search(before) or not _CLAUSE_END.match(ctx.text, end):
        return None
    # the name must stand in the sentence: "— Адам ..., тоже малгобекский" with "Адам"
    # unread is not about whoever the sentence before named
    if not ctx.agents_in(sentence.start, start):
        return None
    persons = persons_near(ctx, sentence, start, end, "left", reach=120)
    return persons[0] if persons else None


# One from the same village or town as someone named before: "his fellow villager X",
# "его односельчанин X", "onun həmkəndlisi X", "köylüsü X" (not "земляк", "həmyerlisi":
# a compatriot, of the same region or country).
_SAME_PLACE: Final = re.compile(
    r"(?<![\w-])(?:односельчан\w*|одноаулец|одноаульчан\w*|fellow villagers?|"
    r"fellow townsm[ae]n|həmkəndlis\w*|hemşehris\w*|köylüs\w*|"
    # "Aynı mahalleden Ahmet Güneş", "из того же села Магомед", "from the same village,"
    r"aynı\s+(?:köy|mahalle|kasaba|ilçe|şehir|belde)(?:den|dan)|"
    r"eyni\s+(?:kənd|məhəllə|qəsəbə|şəhər)(?:dən|dan)|"
    r"из\s+того\s+же\s+(?:села|аула|города|посёлка|поселка|района)|"
    r"from\s+the\s+same\s+(?:village|town|neighbou?rhood|district|city))(?![\w-])",
    re.I,
)
_SAME_PLACE_WORDS: Final = (
    "односельчан",
    "одноаул",
    "fellow village",
    "fellow towns",
    "həmkəndli",
    "hemşehri",
    "köylüs",
    "aynı ",
    "eyni ",
    "того же",
    "the same",
)

# What may stand between the word and the name: a comma, a nickname ("onun həmkəndlisi,
# "Əbu Səid" ləqəbli Kənan Əhmədli", "односельчанин «Абу Умар» Ислам Мусаев").
_ALIAS_GAP: Final = re.compile(
    r"[,\s]*(?:[«\"“„][^«»\"“”„\n]{1,40}[»\"”]\s*(?:ləqəbli|lakaplı|kod adlı|adlı|,)?\s*)?"
)


def same_place_facts(ctx: DocContext, found: list[Fact]) -> list[Fact]:
    """The hometown of the person named before, for the fellow villager named after."""
    out: list[Fact] = []
    if not holds_any(ctx.low, _SAME_PLACE_WORDS):
        return out
    best: dict[int, Fact] = {}
    for fact in found:
        if fact.person not in best or fact.confidence > best[fact.person].confidence:
            best[fact.person] = fact
    for match in _SAME_PLACE.finditer(ctx.text):
        sentence = ctx.index.at(match.start())
        gap = _ALIAS_GAP.match(ctx.text, match.end())
        name_start = gap.end() if gap else match.end()
        after = [a for a in ctx.agents_in(match.end(), match.end() + 80) if a[0] == name_start]
        if sentence is None or not after:
            continue
        before = ctx.agents_in(sentence.start, match.start())
        other = before[-1][2] if before else ctx.antecedent(sentence.start, sentences_back=2)
        known = best.get(other) if other is not None else None
        if known is None or after[0][2] == other or after[0][2] in best:
            continue
        out.append(
            Fact(
                after[0][2],
                "hometown",
                known.value,
                sentence.start,
                sentence.end,
                match.start(),
                match.end(),
                confidence=0.65,
                extra=dict(known.extra),
            )
        )
    return out


# A Russian town named by an adjective, declined: "Грозного", "Нижнем", "Зелёной".
_ADJECTIVE_CASES: Final = {
    "ого": ("ый", "ий", "ой", "ое"),
    "его": ("ий", "ее"),
    "ому": ("ый", "ий", "ой", "ое"),
    "ом": ("ый", "ий", "ой", "ое"),
    "ой": ("ая", "ый", "ой"),
    "ей": ("яя", "ий"),
    "ым": ("ый",),
    "им": ("ий",),
}


def adjective_nominative(place: PlaceMention) -> str | None:
    if place.suffix.startswith("ск") and place.suffix[2:] in _ADJECTIVE_CASES:
        # "ст. Наурской" read as "Наур" + "ской": the stanitsa is Наурская
        stem = place.text.strip(" ,.;:")[: -len(place.suffix)] + "ск"
        for ending in _ADJECTIVE_CASES[place.suffix[2:]]:
            if is_place_name(stem + ending) and lookup_place(stem + ending) is not None:
                return stem + ending
    ends = _ADJECTIVE_CASES.get(place.suffix)
    if ends is None or place.place is None:
        return None
    written = place.text.strip(" ,.;:")
    if not written.endswith(place.suffix):
        return None
    stem = written[: -len(place.suffix)]
    return next((stem + e for e in ends if same_place(stem + e, place)), None)


def same_place(name: str, place: PlaceMention) -> bool:
    if not is_place_name(name):
        return False
    found = lookup_place(name)
    return found is not None and place.place is not None and found.id == place.place.id


# A Russian stem given back a nominative ending no Russian word has: "Баку" read as
# "Бак" + "у" comes back "Бакй" (й after a consonant), "Закатальского" as "Закатальа"
# ("Конья", "Анталья" stand as they are).
_NO_NOMINATIVE: Final = re.compile(r"[бвгджзклмнпрстфхцчшщ]й$|ь[аоыи]$")


_SOFT_CONSONANTS: Final = frozenset("бвдзлмнпрстф")
# Names Russian does not decline whose ending reads as a case ending and whose stem with
# another ending the gazetteer also holds ("Алмата"): "из Алматы" is Алматы.
_INDECLINABLE: Final = frozenset(["Алматы"])


def _ends_in_i(place: PlaceMention) -> bool:
    """A place whose own name ends in -i ("Tbilisi", "Batumi"): its и is no case ending,
    though the gazetteer holds "Тбились" among its spellings."""
    return place.place is not None and place.place.name.endswith("i")


# A Russian district named by an adjective the gazetteer does not know, in the genitive
# before its noun ("Акушинского района", "Сулейман-Стальского района").
_ADJECTIVE_DISTRICT: Final = re.compile(r"\s+(района|улуса)\b")


def district_nominative(ctx: DocContext, district: PlaceMention) -> str | None:
    written = district.text.strip(" ,.;:")
    noun = _ADJECTIVE_DISTRICT.match(ctx.text, district.end)
    if district.place is not None or noun is None or not written.endswith(("ского", "цкого")):
        return None
    return f"{written[:-3]}ий {noun.group(1)[:-1]}"


# A settlement's noun before its name, which then stands in the nominative ("села Гимры",
# "с. Кусары", "г. Сибай"); right after "из" or "уроженец" the name takes the genitive.
# The nouns of a village, whose name (Caucasian, Turkic) stays as written even in "-и".
_VILLAGE_NOUN: Final = re.compile(r"(?:села|селе|селения|селении|с\.|аула|ауле)\s*$")
SETTLEMENT_NOUN: Final = re.compile(
    r"(?:села|селе|селения|селении|с\.|города|городе|г\.|посёлка|поселка|посёлке|поселке|"
    r"пос\.|аула|ауле|деревни|деревне|станицы|станице|ст\.)\s*$"
)


def nominative(place: PlaceMention, after_noun: re.Match[str] | None) -> str:
    """The place's nominative; `after_noun`: a settlement noun stands right before it."""
    name = place.name
    adjectival = adjective_nominative(place)
    if adjectival is not None:
        return adjectival  # "из Грозного" → Грозный, not "Грозна"
    if place.suffix and place.place is not None and _written_is_the_place(place):
        # "Гимры" is Gimry, not "Гимр" + "ы"; but "из Караганды" is Караганда's genitive
        stripped = lookup_place(name) if not after_noun and is_place_name(name) else None
        if stripped is None or stripped.name != place.place.name:
            return place.text.strip(" ,.;:")
    written = place.text.strip(" ,.;:")
    if written in _INDECLINABLE or (place.suffix == "и" and _ends_in_i(place)):
        return written  # "из Тбилиси", "из Алматы"
    if place.suffix == "и" and after_noun and _VILLAGE_NOUN.search(after_noun.group()):
        return written  # "села Зардаби", "аула Гехи": a village's name is not declined
    if place.suffix == "и" and name[-1:] in _SOFT_CONSONANTS:
        soft = lookup_place(name + "ь")  # "Казани": "Казань", not "Казан"
        if soft is not None and place.place is not None and soft.name == place.place.name:
            return name + "ь"
    if place.suffix == "а" and name.endswith("ь") and same_place(name[:-1], place):
        return name[:-1]  # "из Оша": a hard stem's genitive, so Ош, not "Ошь"
    if name.endswith("иа") and place.suffix in ("и", "ю", "ей"):
        return name[:-1] + "я"  # "из Кабардино-Балкарии": Кабардино-Балкария
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


register(_SAME_PLACE_WORDS)  # (its gates' words, in the automaton at import)
