"""The cue words of hometowns (see `hometowns`): the phrases before a place ("a native
of", "уроженец", "aslen") and after it ("sakini", "doğumlu", "-born"), with the cheap
gates that spare `re` most places, and the motions that make "from" no origin."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.scan import trie_pattern

# The home left, its place after it: "ушёл из (своего) дома в Закатале". The place is
# the home's when in the prepositional (see `prepositional_ru`); in the accusative it is
# where he went ("ушёл из дома в Сирию").
FROM_HOME_RU: Final = r"из\s+(?:(?:своего|родного|отчего)\s+)?(?:дома|села|аула|города)\s+в"


def prepositional_ru(word: str) -> bool:
    """Whether a Russian place name reads as in the prepositional case ("Закатале",
    "Сирии", "Грозном"), not the accusative ("Сирию", "Махачкалу", "Ирак")."""
    return word[-1:].lower() in ("е", "и", "м", "ё")


LEFT_CUES = [
    (
        re.compile(
            r"(?:natives? of|born in|born\s+(?:in\s+)?(?:19|20)\d\d,?\s+in|residents? of|"
            r"hails? from|hailing from|grew up in|grown up in|growing up in|brought up in|"
            # a martyr notice's "Abu Hafs (X), a son of Osh"
            r"(?:a|one of the) (?:sons?|daughters?) of|"
            r"raised in|who lived in|lives in|home ?town of|native (?:town|village|city) of|"
            # "She and their three daughters live in Ferizaj" (the cue after the pronoun,
            # which names its subject)
            r"(?:(?<=\bshe )|(?<=\bhe ))and\s+(?:[\w’'-]+\s+){1,4}live in|"
            # "lives and works in Moscow", "born and raised in Gimry", "born and bred in"
            r"(?:lives|lived|living) and (?:works|worked|working|studies|studied) in|"
            r"born and (?:raised|bred) in|"
            r"\bfrom)\s+"
            # "from neighbouring Jokolo", "from the nearby village of X", "from the same
            # Shymkent neighbourhood" (the place named: not `hometown_landsmen`)
            r"(?:(?:the\s+)?(?:neighbou?ring|nearby|same)\s+)?"
            # "from the mountain village of X", not "from there to the area of X"
            r"(?:the\s+)?(?:(?:(?!to\s|there\s|here\s|into\s)[\w’'-]+\s+){0,3}"
            r"(?:city|town|village|district|region|province|"
            r"settlement|area|exclave|republic|suburb)\s+of\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            # "выходец из", not "при выходе из" (on leaving)
            r"(?:(?:уроженц?\w*|уроженк\w+)(?:\s+и\s+жител\w*)?|родом из|выход(?:ец|ц[а-яё]+) из|"
            r"жител\w*|"
            r"прожива\w+ в|проживающ\w+ по адресу:?|живущ\w+ в|жив[её]т в)\s+"
            # a lower-case adjective before the noun or the place: "жителя соседнего
            # Баксана", "уроженец небольшого села X"
            r"(?:(?-i:[а-яё]+(?:ого|его|ой|ей|ом|ем))\s+)?"
            r"(?:(?:города|села|селения|аула|станицы|деревни|"
            r"поселка|посёлка|поселения|района|г\.|с\.|пос\.|ст\.)\s*)?$",
            re.I,
        ),
        "right",
        0.85,
    ),
    (re.compile(r"(?:əslən|aslen)\s+$", re.I), "right", 0.8),
    (
        re.compile(
            r"(?:memleketi|doğum yeri|doğduğu (?:şehir|yer|köy|ilçe)|doğulduğu (?:şəhər|kənd|yer)|"
            r"(?:his|her|their) (?:family )?home in|"
            # "ушёл из своего дома в Закатале", "задержан в своём доме в Хасавюрте"
            + FROM_HOME_RU
            + r"|в\s+(?:своём|своем|родном)\s+доме\s+в|"
            # "his home town is Quba", "her native village was Hil"
            r"(?:his|her|their) (?:home ?town|native (?:town|village|city)) (?:is|was))\s+$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            # "Фаридун, выросший в Кулябе": the participle says it as the verb does
            # with the date between: "родилась 3 марта 1963 года в", "родился в 1990 году в"
            r"(?:родил(?:ся|ась|ись)(?:\s+(?:\d{1,2}\s+[а-яё]+\s+)?(?:19|20)\d\d\s+(?:года|г\.)|"
            r"\s+в\s+(?:19|20)\d\d\s+(?:году|г\.))?|"
            r"вырос(?:ла|ли)?|выросш(?:ий|ая|его|ей|ему|им|ие|их))\s+в\s+"
            r"(?:(?-i:[а-яё]+(?:ом|ем|ой|ей))\s+)?(?:(?:городе|селе|поселке|посёлке)\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
]
# A word every match of each of LEFT_CUES holds: where `left` (case-folded) holds none,
# the cue's regex, tried at every position of it, cannot match.
_LEFT_WORDS: Final = [
    (
        "from",
        "native",
        "born",
        "son",
        "daughter",
        "resident",
        "grew up",
        "grown up",
        "growing up",
        "brought up",
        "raised",
        "lived in",
        "lives in",
        "town",
        "lives and",
        "lived and",
        "living and",
    ),
    ("урожен", "родом", "выход", "жител", "прожива", "живущ", "живет", "живёт"),
    ("əslən", "aslen"),
    (
        "memleket",
        "doğum yeri",
        "doğduğu",
        "doğulduğu",
        "home in",
        "дом",
        "села",
        "аула",
        "города",
        "town is",
        "town was",
        "village is",
        "village was",
        "city is",
        "city was",
    ),
    ("родил", "вырос"),
]
_IN_PLACE: Final = (
    r"(?:rayonunda|şəhərində|kəndində|qəsəbəsində|məhəlləsində|ilçesinde|şehrinde|köyünde|"
    r"kentinde|kasabasında|semtinde|mahallesinde|beldesinde)"
)
RIGHT_CUES: Final = [
    (re.compile(r"^(?:\s+native|\s+residents?|-born)\b"), "right", 0.8),
    (
        re.compile(
            r"^\s+(?:(?:rayon(?:u|unun)?|şəhər(?:i|inin)?|kənd(?:i|inin)?|qəsəbə(?:si|sinin)?)\s+)?"
            # "Qubanın digər sakini X": another of the town's residents
            r"(?:(?:digər|diğer|başqa|bir başqa|bir diğer)\s+)?"
            r"sakin(?:i|idir|idirlər|ləri|ləridir)\b",
            re.I,
        ),
        "right",
        0.85,
    ),
    (
        re.compile(
            r"^\s+(?:rayonundan|şəhərindən|kəndindən|qəsəbəsindən|ilçesinden|köyünden|"
            r"ilinden|şehrinden|kentinden|kasabasından|beldesinden|bölgesinden|bölgəsindən|"
            r"mahallesinden|məhəlləsindən)(?:dır|dir|dur|dür)?\b",
            re.I,
        ),
        "either",
        0.8,
    ),
    (
        re.compile(
            # "Bingöl'ün Solhan ilçesi doğumlu X": the place's noun may stand between
            r"^\s+(?:(?:ilçesi|ili|şehri|köyü|beldesi|rayonu|şəhəri|kəndi)\s+)?"
            r"(?:doğumlu|nüfusuna kayıtlı|əsilli|asıllı|kökenli)\b",
            re.I,
        ),
        "right",
        0.85,
    ),
    (
        # the predicate: "Yalçın, Kütahya doğumludur", "O, Qax əsillidir"
        re.compile(
            r"^\s+(?:(?:ilçesi|ili|şehri|köyü|beldesi|rayonu|şəhəri|kəndi)\s+)?"
            r"(?:doğumlu|əsilli|asıllı|kökenli)(?:dur|dür|dir|dır|ydu|ydü|ydi|ydı|ymuş|ymış|"
            r"ymiş|imiş|idi)\b",
            re.I,
        ),
        "left",
        0.85,
    ),
    # a list's entry: "Abbasov Tural Mahir oğlu, 1989-cu il təvəllüdlü, Qusar rayonu;"
    (re.compile(r"^\s+(?:şəhəri|rayonu|kəndi|qəsəbəsi|ilçesi|köyü)\s*(?:[;.]|$)"), "left", 0.75),
    (
        re.compile(
            r"^\s+(?:" + _IN_PLACE + r"\s+)?"
            r"(?:anadan olmuş|anadan olan|doğulmuş|doğulan|doğan|dünyaya gələn|"
            # one who grew up there: "Molenbeek semtinde büyüyen X", "Gəncədə böyüyən X"
            r"doğup büyüyen|büyüyen|büyümüş olan|doğulub böyüyən|böyüyən|boya-başa çatan|"
            # a participle before a noun: "Lənkəranda doğulub böyümüş oğulları X və Y"
            r"(?:doğulub\s+)?böyümüş(?=\s+[^\W\d_]))\b",
            re.I,
        ),
        "right",
        0.8,
    ),
    (
        re.compile(
            r"^\s+(?:" + _IN_PLACE + r"\s+)?"
            r"(?:doğul|anadan ol|doğdu|doğmuş|dünyaya gel|dünyaya gəl|büyüdü|büyümüş|böyüyüb|"
            r"böyümüş|böyüdü|boya-başa çat)",
            re.I,
        ),
        "left",
        0.8,
    ),
    (re.compile(r"^\s+olan\b", re.I), "right", 0.75),
]


def first_letters(regex: re.Pattern[str], letters: str) -> re.Pattern[str]:
    """`regex`, every match of which opens with one of `letters`, behind a look-ahead on
    them: `search` tries the whole pattern at each position of the text before a place,
    and the look-ahead fails fast at nearly all (a cue's search cost a third as much)."""
    return re.compile(f"(?=[{letters}])(?:{regex.pattern})", regex.flags)


# The letters each of LEFT_CUES opens with ("natives of", "born in", ..., "\bfrom").
_LEFT_FIRST: Final = ("nbrhgwlfao", "урвжп", "əa", "mdhtив", "рв")
LEFT_CUES = [
    (first_letters(regex, first), prefer, confidence)
    for (regex, prefer, confidence), first in zip(LEFT_CUES, _LEFT_FIRST, strict=True)
]
# Whether a text holds any of the words (asked with `search`), as tries ("liv(?:e(?:d...")
# so that `re` decides on one branch per letter: a third of the time of an alternation.
ANY_LEFT_WORD: Final = re.compile(trie_pattern({w for words in _LEFT_WORDS for w in words}))
# One regex per cue for its words: a single C call where `any(w in s for w in words)`
# ran a generator per place.
LEFT_WORD_RES: Final = [re.compile(trie_pattern(set(words))) for words in _LEFT_WORDS]
# Every RIGHT_CUES regex at once (each is anchored at the start): one test per place
# instead of eight where none matches, as at most places.
ANY_RIGHT_CUE: Final = re.compile(
    "|".join(f"(?:{regex.pattern.removeprefix('^')})" for regex, _, _ in RIGHT_CUES), re.I
)
# What every match of ANY_RIGHT_CUE opens with (whitespace and a cue word's first two
# letters, or "-born"): a short test that fails fast at most places.
RIGHT_GATE: Final = re.compile(
    r"\s+(?:na|re|ra|şə|kə|qə|sa|il|kö|şe|do|nü|əs|as|an|dü|ol|ke|ka|be|bö|ma|mə|di|ba|bi|"
    r"se|bü|bo)|-born",
    re.I,
)
# A person's noun after a place used as an adjective: "a Mechelen preacher"
PERSON_NOUN: Final = re.compile(
    r"\s+(?:man|woman|youth|teenager|student|native|preacher|imam|cleric|convert|father|"
    r"mother|businessman|shopkeeper|taxi driver|driver|builder|teacher|doctor|nurse|"
    r"mechanic|boxer|wrestler|fighter|recruiter|jihadist|militant|boy|girl)\b"
)
PLACE_MAN: Final = re.compile(r"\s+(?:man|woman|youth|teenager|student)\s*,\s*")
MOTION = re.compile(
    # ("a returnee from Kulob" is one who came home to Kulob: see `hometowns._left_cue`)
    r"(?<![\w-])(?:return(?!ees?\b)\w*|came back|cross\w*|deport\w*|extradit\w*|fled|flee\w*|"
    r"escap\w*|"
    r"travel\w*|move\w*|arriv\w*|releas\w*|transfer\w*|sent|brought|expell\w*|withdr\w*|back|flew|"
    r"flies|fly|flying|flown|"
    r"drove|went|go|going|came|away|far|miles|km|kilometres|departures?|exodus|outflow|"
    # where a speaker is, not where they come from: "said by telephone from X"
    r"said|says|spoke|speaking|telephone|phone\w*|wrote|writes|writing|called|calls|"
    r"calling|rang|texted|messag\w*|emailed|video link)"
    # (not past a colon or a closing quote: '"... came back with nothing": a returnee from')
    r"\s+(?:[^\s:\"”»]+\s+){0,4}from\s+\S*\s*$",
    re.I,
)
MOTION = first_letters(MOTION, "rcdeftmasbwgkpv")
