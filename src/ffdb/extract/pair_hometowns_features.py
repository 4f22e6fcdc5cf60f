"""What the hometown model reads of a (person, place) pair (see `pair_hometowns.py`): the
case or preposition the place is written in (or the case of the settlement noun after
it), its kind, a person's noun beside it, the word classes around it (a
home or a family, leaving, a journey to, a return, an arrest or a court, an institution
whose name the place opens), the persons around it (the nearest, a relative by the
surname), the capitalised words that make it part of a longer name, and the rules' own
conventions of places that are no home (`journey_features`).

The classes are general words of the four languages, not the words of any one text.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.hometown_clauses import GENITIVE, about_many
from ffdb.extract.hometown_cues import MOTION
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

# Where one lives, was born, grew up, has family: the words of a home.
HOME: Final = re.compile(
    r"(?<![\w-])(?:home\w*|native|born|grew up|raised|lived|lives|living|resident\w*|"
    r"famil(?:y|ies)|village\w*|neighbou?r\w*|locals?|house|родн\w*|родил\w*|вырос\w*|"
    r"жил[аи]?|жив[её]т|живут|живущ\w*|прожива\w*|сем(?:ья|ьи|ье|ью|ей)|дом\w*|урожен\w*|"
    r"жител\w*|земляк\w*|односельчан\w*|yaşa\w*|doğul\w*|anadan|böyü\w*|ailə\w*|evi\w*|"
    r"sakin\w*|həmyerli\w*|kənd\w*|doğ(?:du|an|um)\w*|büyü\w*|aile\w*|memleket\w*|köy\w*|"
    r"hemşehri\w*|ikamet\w*|oturan)(?![\w-])",
    re.I,
)
# A home's word right after the place: "Qusarda böyüyüb", "Kayseri'de doğan", "X residents".
# The home's word may follow a hyphen ("Antwerp-born"), which HOME's own left edge refuses.
HOME_AFTER: Final = re.compile(
    r"(?:-|\s+(?:[\w-]+\s+)?)" + HOME.pattern.removeprefix(r"(?<![\w-])"), re.I
)
# A journey's start: "left Almaty", "уехал из", "Sumqayıtdan çıxdım".
LEAVE: Final = re.compile(
    r"(?<![\w-])(?:left|leaving|leave|уехал\w*|выехал\w*|покинул\w*|çıx\w*|tərk\w*|"
    r"ayrıl\w*|terk\w*)(?![\w-])",
    re.I,
)
# A journey's end or a stay abroad: where one went is no home.
TRAVEL: Final = re.compile(
    r"(?<![\w-])(?:travel\w*|went|moved|arrived|flew|crossed|headed|deported|extradited|"
    r"отправил\w*|прибыл\w*|переехал\w*|поехал\w*|направил\w*|депортир\w*|экстрадир\w*|"
    r"get(?:di|ib|mək)\w*|gedib|ged[əe]n\w*|keç(?:di|ib|əndə|ərək|miş)\w*|köç\w*|"
    r"git(?:ti|miş|tiğ)\w*|geç(?:ti|miş|erek|tiğ)\w*|"
    r"yola\s+düş\w*|iade\w*|deport\w*)(?![\w-])",
    re.I,
)
# The many a place is said of: "выходцев из Кизляра", "residents of", "sakinləri".
MANY_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:выходцев|уроженцев|уроженок|жителей|жительниц|residents|natives|"
    r"people|families|men|sakinləri\w*|gənclər\w*|insanlar\w*|gençler\w*)"
    r"(?:\s+(?:of|from|из|the))*\s+$",
    re.I,
)
# Coming back, being sent back: the place one came back from is no home.
RETURN: Final = re.compile(
    r"(?<![\w-])(?:return\w*|came back|deported|extradited|repatriated|arrived|"
    r"вернул\w*|вернувш\w*|возвращ\w*|прибыл\w*|депортир\w*|экстрадир\w*|"
    r"qayıt\w*|qaytarıl\w*|deportasiya\w*|ekstradisiya\w*|döndü\w*|dönen\w*|"
    r"iade\s+edil\w*|sınır\s*dışı\w*)(?![\w-])",
    re.I,
)
# An arrest, a court, a prison, a death: the place of an event, not of a home.
LEGAL: Final = re.compile(
    r"(?<![\w-])(?:arrest\w*|detain\w*|raid\w*|search\w*|sentenc\w*|court\w*|trial|prison\w*|"
    r"jail\w*|killed|died|custody|charged|задерж\w*|арест\w*|суд\w*|приговор\w*|осужд\w*|"
    r"убит\w*|погиб\w*|обыск\w*|колони\w*|сизо|saxlanıl\w*|həbs\w*|məhkəmə\w*|öldürül\w*|"
    r"həlak\w*|gözaltı\w*|tutukla\w*|yakalan\w*|mahkeme\w*|cezaev\w*|öldü\w*|"
    r"hayatını\s+kaybet\w*)(?![\w-])",
    re.I,
)
# A funeral: a man is buried in his home village more often than not.
BURIAL: Final = re.compile(
    r"(?<![\w-])(?:buried|burial|funeral|mourn\w*|похорон\w*|похоронен\w*|dəfn\w*|"
    r"defned\w*|cenaze\w*|yas)(?![\w-])",
    re.I,
)
# A place that opens an institution's name: "the Baku Court", "Махачкалинский суд".
INSTITUTION: Final = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:court|prison|jail|university|mosque|airport|police|"
    r"station|суд\w*|сизо|колони\w*|университет\w*|мечет\w*|аэропорт\w*|отдел\w*|УФСБ|"
    r"МВД|ОВД|məhkəmə\w*|həbsxana\w*|universitet\w*|məscid\w*|hava\s+liman\w*|polis\w*|"
    r"mahkeme\w*|cezaev\w*|üniversite\w*|cami\w*|havaliman\w*|emniyet\w*)(?![\w-])",
    re.I,
)
_FROM: Final = re.compile(r"(?<![\w-])(?:from|из|изо|of)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", re.I)
_IN: Final = re.compile(r"(?<![\w-])(?:in|at|в|во)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", re.I)
_TO: Final = re.compile(
    r"(?<![\w-])(?:to|into|towards|for|в|во|на)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$", re.I
)
_SETTLEMENT: Final = re.compile(
    r"(?<![\w-])(?:village|town|city|district|region|province|села|селе|село|селения|"
    r"селении|аула|ауле|города|городе|поселка|посёлка|района|районе|г\.|с\.)\s+(?:of\s+)?$",
    re.I,
)
_SETTLEMENT_AFTER: Final = re.compile(
    r"\s+(?:village|town|district|rayonu\w*|kənd\w*|qəsəbə\w*|şəhər\w*|ilçe\w*|köy\w*|il\w*|"
    r"район\w*)(?![\w-])",
    re.I,
)
_RU_LOCATIVE: Final = frozenset("еиЕИ")
_ABLATIVE: Final = frozenset("dan dən den tan tən ten".split())
_LOCATIVE: Final = frozenset("da də de ta tə te".split())
_DATIVE: Final = frozenset("a ə e ya yə ye".split())
_DEMONYM: Final = frozenset("lı li lu lü".split())
_PLURAL_PEOPLE: Final = re.compile(
    r"^\s*(?:residents|natives|people|men|women|families|жител\w*|уроженц\w*|sakinləri\w*|"
    r"gənc\w*|gençler\w*|insanlar\w*)(?![\w-])",
    re.I,
)


def suffix_class(place: PlaceMention, language: str | None) -> str:
    """The case the place is written in: Azerbaijani and Turkish by its ending, the
    others by the preposition before it (set apart in `preposition_class`)."""
    bare = place.suffix.lstrip("'’").lower()
    if not bare:
        return "nom"
    if language in ("az", "tr") or bare[:2] in _DEMONYM:
        for name, forms in (
            ("abl", _ABLATIVE),
            ("loc", _LOCATIVE),
            ("demonym", _DEMONYM),
            ("gen", GENITIVE),
            ("dat", _DATIVE),
        ):
            if bare in forms or bare[:3] in forms or bare[:2] in forms:
                return name
    return "oblique"


def preposition_class(text: str, place: PlaceMention, floor: int) -> str | None:
    """The preposition right before the place ("from", "из", "in", "в", "to")."""
    left = text[max(floor, place.start - 30) : place.start]
    found = _TO.search(left)
    if found is not None:
        if found.group(0)[0] in "вВнН" and _locative_ru(place):
            return "in"  # "в Дербенте", "на Украине": where, not whither ("в Сирию")
        return "to"  # "to the area of X" before "of X"
    if _FROM.search(left):
        return "from"
    if _IN.search(left):
        return "in"
    return None


def _locative_ru(place: PlaceMention) -> bool:
    """Whether a Russian place is written in the prepositional case ("Дербенте",
    "Махачкале", "Грозном"), not the accusative of a journey's end ("Сирию")."""
    text = place.text
    return text != place.name and (text[-1:] in _RU_LOCATIVE or text[-2:] in ("ом", "ах", "ях"))


def kind_features(place: PlaceMention, text: str, floor: int) -> dict[str, float]:
    """The place's kind: a settlement's noun beside it, the gazetteer's precision, a big
    city (capitals hold courts and airports more often than homes)."""
    out: dict[str, float] = {}
    found = place.place
    precision = found.precision if found is not None else "unknown"
    out[f"kind_{precision}"] = 1.0
    if found is not None and (found.population or 0) >= 500_000:
        out["kind_big_city"] = 1.0
    left = text[max(floor, place.start - 16) : place.start]
    if _SETTLEMENT.search(left) or _SETTLEMENT_AFTER.match(text, place.end):
        out["kind_settlement_noun"] = 1.0
    return out


_NOUN_STEMS: Final = (
    "kənd",
    "rayon",
    "şəhər",
    "qəsəbə",
    "ilçe",
    "köy",
    "mahalle",
    "semt",
    "kasaba",
    "şehir",
    "bölge",
    "belde",
)


def noun_case(text: str, place: PlaceMention, stop: int) -> str | None:
    """The case of the settlement's noun that follows the place, where Azerbaijani and
    Turkish put it ("Kurakh kəndindən": from; "Kayseri'nin Kocasinan ilçesinde", "bir
    mahallesinde": in)."""
    for word in text[place.end : min(stop, place.end + 48)].split()[:4]:
        low = word.strip(',.;:!?()"«»“”').lower()
        if low.startswith(_NOUN_STEMS):
            if low[-3:] in _ABLATIVE:
                return "abl"
            return "loc" if low[-2:] in _LOCATIVE else None
    return None


def home_after(text: str, place: PlaceMention, stop: int) -> bool:
    """A home's word in the few words after the place ("Adıyaman'ın ... mahallesinde
    oturan", "in Vahdat, where he grew up")."""
    return HOME.search(text, place.end, min(stop, place.end + 48)) is not None


# A person said by a noun, not a name: "the man from Vahdat", "the Antwerp-born man",
# "уроженца Нальчика", "Gəncədən olan gənc".
_PERSON_NOUN: Final = re.compile(
    r"(?<![\w-])(?:man|woman|youth|fighter|militant|suspect|native|мужчин\w*|парн\w*|"
    r"уроженц\w*|уроженк\w*|урожен\w*|боевик\w*|житель|жительниц\w*|подозреваем\w*|"
    r"kişi|adam|gənc|qadın|şübhəli|genç|kadın|şüpheli|militan)(?![\w-])",
    re.I,
)


def person_noun(text: str, place: PlaceMention, floor: int, stop: int) -> bool:
    """Whether a person's noun stands within three words before the place or two after."""
    left = text[max(floor, place.start - 30) : place.start].split()[-3:]
    right = text[place.end : min(stop, place.end + 24)].replace("-", " ").split()[:2]
    return any(_PERSON_NOUN.fullmatch(w.strip(',.;:!?()"«»“”')) for w in left + right)


def institution_after(text: str, place: PlaceMention, stop: int) -> bool:
    return INSTITUTION.match(text, place.end, min(stop, place.end + 40)) is not None


def people_after(text: str, place: PlaceMention, stop: int) -> bool:
    """ "Qusar residents", "жители Дагестана": the place of many, said right there."""
    return _PLURAL_PEOPLE.match(text, place.end, min(stop, place.end + 24)) is not None


def has(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return start < end and regex.search(text, start, end) is not None


def words_between(text: str, start: int, end: int) -> int:
    return len(text[start:end].split()) if start < end else 0


# Offices whose holders the stories name without a home of their own.
OFFICE: Final = re.compile(
    r"(?<![\w-])(?:judge|prosecutor|lawyer|attorney|spokes(?:man|woman|person)|minister|"
    r"official|officer|police|expert|analyst|journalist|reporter|director|governor|mayor|"
    r"суд(?:ья|ьи)|прокурор\w*|адвокат\w*|министр\w*|представител\w*|эксперт\w*|"
    r"журналист\w*|начальник\w*|руководител\w*|hakim\w*|prokuror\w*|vəkil\w*|nazir\w*|"
    r"ekspert\w*|jurnalist\w*|sədr\w*|rəis\w*|savcı\w*|avukat\w*|bakan\w*|sözcü\w*|sözçü\w*|"
    r"nümayəndə\w*|ağsaqqal\w*|muhtar\w*|imam\w*|"
    r"uzman\w*|gazeteci\w*|başkan\w*|müdür\w*)(?![\w-])",
    re.I,
)
KIN: Final = re.compile(
    r"(?<![\w-])(?:mother|father|brother|sister|son|wife|husband|uncle|cousin|мать|отец|"
    r"брат\w*|сестр\w*|сын\w*|жена|муж|дяд\w*|anası|atası|qardaş\w*|bacı\w*|oğlu|həyat "
    r"yoldaşı|annesi|babası|kardeş\w*|ablası|ağabey\w*|eşi)(?![\w-])",
    re.I,
)


def has_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            return True
        at = text.find(word, at + 1)
    return False


def nearest_features(
    ctx: DocContext, person: int, place: PlaceMention, sentence: Sentence
) -> dict[str, float]:
    """Whether the person is the one nearest the place in its sentence, or the last
    named before it; whether the place's sentence names someone else, or nobody."""
    here = ctx.agents_in(sentence.start, sentence.end)
    if not here:
        return {"place_alone": 1.0}
    out: dict[str, float] = {}
    nearest = min(here, key=lambda a: max(a[0] - place.end, place.start - a[1]))
    out["nearest"] = float(nearest[2] == person)
    before = [a for a in here if a[1] <= place.start]
    if before:
        out["last_before"] = float(before[-1][2] == person)
    others = {a[2] for a in here} - {person}
    if others:
        out["others_here"] = 1.0
        if surname(ctx, person) in {surname(ctx, other) for other in others}:
            out["relative_here"] = 1.0
    return out


def surname(ctx: DocContext, person: int) -> str:
    """The last word of the person's longest name, folded, without a case or gender
    ending's last letters (Эминов, Эминова; Krasniqi)."""
    names = [n for n in ctx.names if n.person == person]
    if not names:
        return f"#{person}"
    longest = max(names, key=lambda n: n.end - n.start)
    words = ctx.text[longest.start : longest.end].split()
    if len(words) < 2:
        return f"#{person}"
    return fold(words[-1])[:5]


_WORD_BEFORE: Final = re.compile(r"([^\W\d_][\w-]*)\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([^\W\d_][\w-]*)")


def capitals_beside(ctx: DocContext, place: PlaceMention, sentence: Sentence) -> dict[str, float]:
    """A capitalised word beside the place that is no place nor name: the place is part
    of a longer name ("Rusya Federasyonu", "Tbilisi State University")."""
    out: dict[str, float] = {}
    text = ctx.text
    before = _WORD_BEFORE.search(text, max(sentence.start, place.start - 30), place.start)
    if before is not None and before.start(1) > sentence.start and before.group(1)[0].isupper():
        places = ctx.places_in(before.start(1), place.start)
        country = bool(places) and places[0].place is not None and not places[0].suffix
        if country and places[0].place is not None and places[0].place.precision != "country":
            country = False
        at = before.start(1)
        named = any(n.start <= at < n.end for n in ctx.names_in(sentence.start, place.start))
        if country or (not places and not named):
            out["cap_before"] = 1.0  # "Rusya Federasyonu", "Сирийскую Арабскую Республику"
    after = _WORD_AFTER.match(text, place.end, sentence.end)
    if (
        after is not None
        and after.group(1)[0].isupper()
        and not ctx.places_in(after.start(1), after.end(1))
        and not ctx.agents_in(after.start(1), after.end(1))
    ):
        out["cap_after"] = 1.0
    return out


def journey_features(
    ctx: DocContext, place: PlaceMention, sentence: Sentence, out: dict[str, float]
) -> None:
    """Where a place is no home by the rules' own conventions: the start of a return or
    a deportation ("İstanbuldan ... Bakıya qaytarılıb", "вернувшийся из Стамбула"), a
    journey's "from" ("departures from", "drove the men from"), the place of an arrest
    or a trial written "in X" ("В Дербенте задержан"), the home of many ("600 уроженцев
    Дагестана")."""
    text = ctx.text
    origin = out.get("case_abl") or out.get("prep_from")
    if origin and has(RETURN, text, sentence.start, sentence.end):
        out["return_from"] = 1.0
    if out.get("prep_from") and MOTION.search(
        text, max(sentence.start, place.start - 70), place.start
    ):
        out["motion_from"] = 1.0
    if (out.get("case_loc") or out.get("prep_in")) and out.get("w_legal"):
        out["legal_at"] = 1.0
    if about_many(text, sentence.start, place.start, place.end, sentence.end) or has(
        MANY_BEFORE, text, max(sentence.start, place.start - 30), place.start
    ):
        out["about_many"] = 1.0


# What a list entry puts between a name and its place: an alias in brackets or quotes,
# a patronymic, an age or a year of birth ("Quliyev Orxan Rafiq oğlu ("Əbu Əhməd"), 30
# yaş, Gəncə", "Ivan Petrov, 25, Kazan", "Əliyev Ramil (1990-cı il təvəllüdlü, Qax)").
_APPOSITION: Final = re.compile(
    r"(?:[\s,()\"«»“”'’./–—-]|\d+|[^\W\d_a-zа-яəöüğışç][\w'’-]*|yaş\w*|years?|old|aged|"
    r"лет|года?|г\.р\.?|г\.|təvəllüdlü|doğumlu|il(?:i|in)?|-?c[ıiuü]|born|b\.|oğlu|qızı|"
    r"kızı|ibn|bin|урожен\w*|жител\w*|родом|из|from|of|native|resident|sakini|ст\.|с\.|"
    r"пос\.)*"
)


def apposition(gap: str) -> bool:
    """Whether only a list entry's parts lie between a name and a place after it."""
    return ("," in gap or "(" in gap) and _APPOSITION.fullmatch(gap) is not None


# Saying, telling, recalling: the one who speaks is the story's source.
_SPEECH: Final = re.compile(
    r"(?<![\w-])(?:says?|said|told|recalls?|recalled|explains?|added|говорит|сказал\w*|"
    r"рассказ\w*|вспоминает|отмечает|пояснил\w*|deyir|dedi|bildirib|danışır|söylü\w*|"
    r"söyled\w*|anlat\w*|ifade\s+etti|belirtti|diyor)(?![\w-])",
    re.I,
)


def speaks(text: str, start: int, end: int) -> bool:
    """Whether a speech verb stands within three words of a mention."""
    left = text[max(0, start - 40) : start].split()[-3:]
    right = text[end : end + 40].split()[:3]
    return any(_SPEECH.fullmatch(w.strip(",.:;\"«»“”'")) for w in left + right)


_PHRASE_END: Final = re.compile(r"[,.;)\n]")
_DATE_AFTER: Final = re.compile(r"\s*,\s*\d")


def entry_ends(ctx: DocContext, name_end: int, place: PlaceMention, sentence: Sentence) -> bool:
    """Whether the place closes a name's list entry: no other place between the name and
    it ("Korkmaz, Bakü Gürün": two far towns), no name or place in its own phrase after
    it (it opens the next entry: "Dağıstan doğumlu Magomed", "житель Кентау Асхат"), no
    date right after it (a byline: "By Elnur Aliyev, Baku, 21 November")."""
    text = ctx.text
    if ctx.places_in(name_end, place.start) or _DATE_AFTER.match(text, place.end):
        return False
    found = _PHRASE_END.search(text, place.end, sentence.end)
    end = found.start() if found else sentence.end
    return not (ctx.agents_in(place.end, end) or ctx.places_in(place.end, end))


_GAP_AFTER: Final = re.compile(r"[^,.;:!?()\n\"«»“”]*")


def name_follows(ctx: DocContext, person: int, place: PlaceMention, sentence: Sentence) -> bool:
    """Whether another name follows the place within four words of one phrase: a home
    said before a name is that name's ("Kayserili Mehmet", "Kurakh kəndindən olan
    xalası oğlu Elvin", "житель Кентау Асхат")."""
    after = ctx.names_in(place.end, min(sentence.end, place.end + 60))
    if not after or after[0].person == person:
        return False
    gap = ctx.text[place.end : after[0].start]
    return len(gap.split()) <= 4 and _GAP_AFTER.fullmatch(gap) is not None
