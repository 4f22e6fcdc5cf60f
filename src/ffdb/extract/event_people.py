"""Who an event is about (see `events`): the cue's mode says where its person stands
(`data/events.tsv`). A clause without a name of its own is about the sentence's subject
("Misirxanov ... was even arrested in 2001"), a relative clause about the name before it
("X, who was killed in 2009"), a pronoun about the person last named ("He ... before
being released"), a plural pronoun about the names listed last ("Both men ..."). Names
listed together share the event ("A, B və C saxlanılıb"), and so do companions ("X,
together with his brother Y, left"). A clause whose own subject is a common noun ("his
brother died", "33 Azerbaijanis died", "Onun qardaşı həbs edilib") is about no named
person; a Russian, Azerbaijani or Turkish sentence that names nobody is about the person
last named, unless its verb is plural or it counts people.
"""

from __future__ import annotations

import re

from ffdb.extract.context import DocContext, coordinated_chain
from ffdb.extract.fact_people import right_within
from ffdb.extract.lexicon import EventCue
from ffdb.extract.scan import folded
from ffdb.extract.sentences import Sentence

_PASSIVE = re.compile(
    r"(?:was|were|been|being|is|are|be|got|get|gets|getting)\s+"
    r"(?:(?:\w+ly|also|later|then|even|subsequently|soon|reportedly|allegedly|eventually|"
    r"finally|not|each|both|all|reportedly|himself|herself)\s+){0,2}$",
    re.I,
)
# Words that may open a clause whose passive verb lost its auxiliary ("then killed").
_COMMA_GAP = re.compile(r"\s*,?\s*")
_ELLIPSIS = re.compile(r"\b(?:then|later|and|but|subsequently|eventually|finally|soon)\b", re.I)
_AUXILIARIES = frozenset(
    [
        "was",
        "were",
        "had",
        "has",
        "have",
        "been",
        "being",
        "is",
        "are",
        "be",
        "got",
        "also",
        "even",
        "then",
        "later",
        "soon",
        "only",
        "был",
        "была",
        "были",
        "было",
        "бы",
        "də",
        "da",
        "isə",
        "ise",
        "de",
    ]
)
_OWN_SUBJECT_SKIP = frozenset(
    [
        "and",
        "but",
        "then",
        "also",
        "later",
        "was",
        "were",
        "had",
        "has",
        "have",
        "been",
        "even",
        "only",
        "reportedly",
        "allegedly",
        "subsequently",
        "soon",
        "eventually",
        "finally",
        "not",
        "who",
        "which",
        "that",
        "when",
        "after",
        "before",
        "once",
        "in",
        "on",
        "at",
        "during",
        "since",
        "и",
        "а",
        "но",
        "был",
        "была",
        "были",
        "также",
        "позже",
        "затем",
        "və",
        "amma",
        "sonra",
        "da",
        "də",
        "ve",
        "ama",
        "ardından",
        "daha",
        "после",
        "чего",
        "чем",
        "потом",
        "тогда",
        "где",
        "куда",
        "откуда",
        "уже",
        "снова",
        "вновь",
        "ещё",
        "затем",
        "isə",
        "həmçinin",
        "artıq",
        "ise",
        "ayrıca",
        "to",
        "believed",
        "said",
        "reported",
        "reportedly",
        "thought",
        "known",
        "feared",
        "likely",
        "presumed",
        "confirmed",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
    ]
)


def cue_persons(
    ctx: DocContext,
    sentence: Sentence,
    clause: tuple[int, int],
    match: re.Match[str],
    cue: EventCue,
) -> list[int]:
    mode = cue.mode
    before = ctx.text[clause[0] : match.start()]
    if mode == "ptcp":
        if _PASSIVE.search(before) or not _ELLIPSIS.sub("", before).strip():
            mode = "subj"  # "..., arrested in 2014", "and deported", "then killed"
        else:
            right = right_within(ctx, match.end(), words=2)
            if right is None:
                right = _apposed_right(ctx, match.end(), sentence.end)
            if right is not None:
                return [right]
            left = ctx.agents_in(clause[0], match.start())
            if left and _COMMA_GAP.fullmatch(ctx.text[left[-1][1] : match.start()]):
                return [left[-1][2]]
            return []
    if mode == "poss":  # "after his release", "после его освобождения": the person last named
        opening = len(ctx.text[sentence.start : match.start()].split()) <= 1
        if ctx.language == "en" and opening:
            ahead = ctx.agents_in(match.end(), sentence.end)  # "Following his arrest, X confessed"
            if ahead and ahead[0][0] - match.end() < 60:
                return [ahead[0][2]]
        person = ctx.antecedent(match.start())
        return [person] if person is not None else []
    if mode == "obj":
        return _objects(ctx, match.end(), match.start())
    if mode == "pre":
        right = right_within(ctx, match.end(), words=3)
        if right is None and ctx.language in ("az", "tr"):
            right = _after_participles(ctx, match.end(), sentence.end)
        if right is not None:
            return _listed_right(ctx, right, match.end(), clause[1])
        mode = "any"
    left = [a for a in ctx.agents_in(clause[0], match.start()) if not _postposed(ctx, a[1])]
    if left:
        return with_coordinated(ctx, sentence, left[-1], match.start())
    lead = ctx.text[sentence.start : match.start()]
    if (
        mode == "any"
        and _ROLE_ANAPHOR.search(lead)
        and not ctx.agents_in(sentence.start, match.start())
    ):
        antecedent = ctx.antecedent(sentence.start, sentences_back=2)
        return [antecedent] if antecedent is not None else []
    if mode == "any":
        after = ctx.agents_in(match.end(), clause[1])
        if after:
            return _listed_right(ctx, after[0][2], match.end(), clause[1])
    if ctx.language not in ("ru", "az", "tr") and _has_own_subject(before):
        return _named_with(ctx, sentence, clause, before)
    subjects = ctx.subjects_before(sentence, match.start())
    if subjects:
        return subjects
    if (
        mode == "any"
        and ctx.language in ("ru", "az", "tr")
        and not ctx.agents_in(sentence.start, sentence.end)
        and not _unknown_name(ctx, sentence.start, match.start())
        and not _KIN_SUBJECT.search(before)
        and not _many(ctx, clause[0], match.start())
        and not _PLURAL_VERB.search(match.group())
    ):
        antecedent = ctx.antecedent(sentence.start, sentences_back=2)
        return [antecedent] if antecedent is not None else []
    return []


# A relative of the person as the clause's subject ("Onun qardaşı da həbs edilib", "его
# брат был задержан"): the event is the relative's, who has no name here.
_KIN_SUBJECT = re.compile(
    r"(?<![\w-])(?:qardaşı|atası|anası|həyat yoldaşı|bacısı|əmisi|dayısı|əmisi oğlu|"
    r"kardeşi|babası|annesi|eşi|ağabeyi|amcası|брат|отец|мать|жена|сестра|дядя|"
    r"двоюродный брат|родственник)(?![\w-])",
    re.I,
)
# Counted or plural subjects ("100-dən çox azərbaycanlı həlak olub", "сотни граждан
# выехали", "погибли"): an event of many, not of the person last named.
_MANY = re.compile(
    r"\d|(?<![\w-])(?:bir neçə|onlarca|yüzlərlə|çoxlu|birkaç|onlarca|yüzlerce|birçok|сотни|"
    r"десятки|несколько|многие|более|около|dozens|hundreds|several|many)(?![\w-])",
    re.I,
)


def _many(ctx: DocContext, start: int, end: int) -> bool:
    text = ctx.text[start:end]
    for date in reversed(ctx.dates_in(start, end)):  # "2016-cı ildə" counts nobody
        text = text[: date.start - start] + text[date.end - start :]
    return bool(_MANY.search(text))


# A participle or a noun of the case standing for the person last named as the clause's
# subject ("задержанный прибыл в Сирию", "Gözaltına alınan şüpheli ... tutuklandı").
_ROLE_ANAPHOR = re.compile(
    r"(?<![\w-])(?:задержанн(?:ый|ая)|подозреваем(?:ый|ая)|обвиняем(?:ый|ая)|"
    r"подсудим(?:ый|ая)|осужденн(?:ый|ая)|осуждённ(?:ый|ая)|фигурант|şüpheli|zanlı|sanık|"
    r"terörist|şübhəli|təqsirləndirilən|müttəhim)(?![\w-])",
    re.I,
)
# Participial clauses joined by "ve"/"və" before the name they describe ("2015 yılında
# Suriye'ye giden ve örgütün sözde emiri olarak faaliyet gösteren Yavuz").
_PARTICIPLE_CHAIN = re.compile(
    r"\s+(?:ve|və)\s+(?:[^\s,.;:]+\s+){0,8}?[^\s,.;:]*(?:[aeə]n|[ıiuü]ş)(?=\s)", re.I
)


def _after_participles(ctx: DocContext, pos: int, end: int) -> int | None:
    chain = _PARTICIPLE_CHAIN.match(ctx.text, pos, end)
    if chain is None or ctx.agents_in(pos, chain.end()):
        return None
    return right_within(ctx, chain.end(), words=2)


_PLURAL_VERB = re.compile(r"(?:l[aeə]r|ли|ны|ись|ты)$", re.I)
_CAPITALISED = re.compile(r"(?<=\s)[A-ZÇĞİÖŞÜƏА-ЯЁ][a-zçğıöşüəа-яё]{2,}")


def _unknown_name(ctx: DocContext, start: int, end: int) -> bool:
    """A capitalised word inside the sentence that is no place, group or month: a name
    the rules did not take ("... Arzu Məmmədovanı həbs edib"), so the sentence may well
    have a subject of its own and is not about the person last named."""
    for match in _CAPITALISED.finditer(ctx.text, start, end):
        if ctx.places_in(match.start(), match.end()) or ctx.groups_in(match.start(), match.end()):
            continue
        if ctx.dates_in(match.start() - 20, match.end() + 20):
            continue
        return True
    return False


_COMPANION = re.compile(
    r"(?:together with|along with|accompanied by|вместе с|совместно с|ilə birlikdə|ilə bərabər|"
    r"ile birlikte|ile beraber)\s+(?:(?:his|her|their|своим|своей|братом|женой|сестрой|"
    r"brother|wife|cousin|friend|sister|son|qardaşı|həyat yoldaşı|kardeşi|eşi)\s+){0,2}$",
    re.I,
)


_POSTPOSED = re.compile(
    r"(?:['’][^\W\d_]{1,4})?\s+(?:ilə|ile)\s+(?:birlikdə|birlikte|bərabər|beraber)\b", re.I
)


def _postposed(ctx: DocContext, end: int) -> bool:
    """A name before "ilə birlikdə" / "ile birlikte" (together with) is a companion."""
    return _POSTPOSED.match(ctx.text, end) is not None


def companions(ctx: DocContext, span: tuple[int, int], pos: int, journey: bool) -> list[int]:
    """Persons who went along: "X, together with his brother Y, left for Syria", "вместе
    с братом Y выехал", "X qardaşı Y ilə birlikdə Suriyaya gedib", "Kerem Aksoy ile
    birlikte 4 şüpheli gözaltına alındı". Outside journeys, only a companion with no
    other name between it and the cue ("Yılmaz ile birlikte örgüte katılan Ahmet Kaya
    ... gözaltına alındı": Yılmaz joined, Kaya was detained)."""
    out: list[int] = []
    if not _has_companion_words(ctx.text):
        return out
    agents = ctx.agents_in(span[0], pos)
    for k, (start, end, person) in enumerate(agents):
        if not (
            _COMPANION.search(ctx.text, max(span[0], start - 60), start) or _postposed(ctx, end)
        ):
            continue
        if journey or not any(a[2] != person for a in agents[k + 1 :]):
            out.append(person)
    return out


# Words without which neither `_COMPANION` nor `_POSTPOSED` can match, looked for once
# per document as substrings of its folded text: most have none, and their cues then
# need no look at every name before them.
_COMPANION_WORDS = (
    *("together with", "along with", "accompanied by", "вместе с", "совместно с"),
    *("ilə", "ile"),
)
_companion_memo: list[tuple[str, bool]] = []


def _has_companion_words(text: str) -> bool:
    if not _companion_memo or _companion_memo[0][0] is not text:
        low = folded(text)
        found = low is None or any(w in low for w in _COMPANION_WORDS)
        _companion_memo[:] = [(text, found)]
    return _companion_memo[0][1]


_OBJECT_PRONOUN = re.compile(r"(?<![\w-])(?:(?P<one>его|её|ее|onu)|(?P<many>их|onları))\s+$", re.I)


def _object_pronoun(ctx: DocContext, pos: int) -> list[int]:
    """A pronoun object before the verb: "где его приговорили к 12 годам"."""
    found = _OBJECT_PRONOUN.search(ctx.text, max(0, pos - 8), pos)
    if found is None:
        return []
    if found.group("many"):
        return ctx.listed_before(found.start())
    person = ctx.antecedent(found.start())
    return [person] if person is not None else []


_AND_OPENS = re.compile(r"\s*(?:and|и|və|ve)\s", re.I)


def _named_with(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], before: str
) -> list[int]:
    """A name that stands alone in the clause before "and ..." shares its verb: "His
    wife, Nargiz Karimova, and their three children were repatriated"."""
    if not _AND_OPENS.match(before):
        return []
    earlier = [c for c in ctx.clauses(sentence) if c[1] <= clause[0]]
    if not earlier:
        return []
    start, end = earlier[-1]
    agents = ctx.agents_in(start, end)
    if len(agents) == 1 and not ctx.text[start:end].replace(
        ctx.text[agents[0][0] : agents[0][1]], ""
    ).strip(" ,"):
        return [agents[0][2]]
    return []


def _objects(ctx: DocContext, pos: int, cue_start: int) -> list[int]:
    """The object of an active verb: the name right after it, past a few words that
    describe it ("задержали 25-летнего жителя Кусарского района Заура Гаджиева")."""
    words = 6 if ctx.language in ("ru", "az", "tr") else 3
    right = right_within(ctx, pos, words=words)
    if right is None:
        right = _apposed_right(ctx, pos, pos + 160)
    if right is None:
        return _object_pronoun(ctx, cue_start)
    agents = ctx.agents_in(pos, pos + 200)
    return _listed_right(ctx, right, pos, agents[0][1] + 200 if agents else pos)


_APPOSED_GAP = re.compile(r"[^,.;:()!?]+,\s*")


def _apposed_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """A name in apposition to the verb's object, past one comma: "police detained a
    second suspect, X", "приговорил к 12 годам другого уроженца Буйнакска, X"."""
    agents = ctx.agents_in(pos, min(end, pos + 160))
    if not agents:
        return None
    gap = ctx.text[pos : agents[0][0]]
    if not _APPOSED_GAP.fullmatch(gap) or len(gap.split()) > 9:
        return None
    return agents[0][2]


def _listed_right(ctx: DocContext, first: int, pos: int, end: int) -> list[int]:
    """`first` and the names listed right after it ("sentenced X and Y")."""
    agents = [a for a in ctx.agents_in(pos, end)]
    at = next((i for i, a in enumerate(agents) if a[2] == first), None)
    if at is None:
        return [first]
    for j in range(len(agents) - 1, at, -1):
        chain = coordinated_chain(ctx.text, agents[at : j + 1])
        if len(chain) == j - at + 1:
            return list(dict.fromkeys(reversed(chain)))
    return [first]


def with_coordinated(
    ctx: DocContext, sentence: Sentence, nearest: tuple[int, int, int], pos: int
) -> list[int]:
    """The nearest name before the cue and the names listed with it ("X and Y were ...",
    "A, B və C saxlanılıb"), even where a comma of the list closed a clause."""
    agents = ctx.agents_in(sentence.start, pos)
    upto = [a for a in agents if a[0] <= nearest[0]]
    return list(dict.fromkeys(coordinated_chain(ctx.text, upto)))


_WORD = re.compile(r"[^\W_]+")


def _has_own_subject(before: str) -> bool:
    """Whether the word right before the cue (past auxiliaries and adverbs) is a noun of
    the clause's own ("his brother died"), not a conjunction or preposition ("after")."""
    words = _WORD.findall(before.lower())
    while words and (words[-1] in _AUXILIARIES or words[-1].endswith("ly")):
        words.pop()
    if len(words) >= 2 and words[-2] in ("from", "of", "in", "near", "at"):
        return False  # "(Vugar Hasanov) from Quba was martyred": a phrase about the name
    return bool(words) and words[-1] not in _OWN_SUBJECT_SKIP and not words[-1].isdigit()
