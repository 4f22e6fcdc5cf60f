"""Whether a cue's clause has a subject of its own, and so is about no named person
(see `event_people`): a common noun before the verb ("his brother died"), a kin word
("Onun qardaşı həbs edilib", "его брат был задержан"), a counted or plural subject
("33 Azerbaijanis died", "сотни граждан выехали")."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import postposed
from ffdb.extract.scan import word_start_regex

AUXILIARIES: Final = frozenset(
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
        "himself",
        "herself",
        "themselves",
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
_OWN_SUBJECT_SKIP: Final = frozenset(
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


# A relative of the person as the clause's subject ("Onun qardaşı da həbs edilib", "его
# брат был задержан"): the event is the relative's, who has no name here.
KIN_SUBJECT: Final = word_start_regex(
    r"qardaşı|atası|anası|həyat yoldaşı|bacısı|əmisi|dayısı|əmisi oğlu|kardeşi|babası|"
    r"annesi|eşi|ağabeyi|amcası|брат|отец|мать|жена|сестра|дядя|двоюродный брат|"
    r"родственник|əri|arvadı|kocası|муж",
)
# Counted or plural subjects ("100-dən çox azərbaycanlı həlak olub", "сотни граждан
# выехали", "погибли"): an event of many, not of the person last named.
_MANY_WORDS: Final = word_start_regex(
    r"bir neçə|onlarca|yüzlərlə|çoxlu|birkaç|onlarca|yüzlerce|birçok|сотни|десятки|"
    r"несколько|многие|более|около|dozens|hundreds|several|many",
)
MANY: Final = re.compile(r"\d|" + _MANY_WORDS.pattern)


# "at least", and a numeral counting people ("ən azı yeddi gənc", "beş kişi")
_MANY_PEOPLE: Final = word_start_regex(
    r"ən azı|en az|(?:iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz|on)"
    r"\s+(?:gənc|genç|nəfər|şəxs\w*|kişi\w*|vətəndaş\w*|vatandaş\w*)"
)


def counts_many(ctx: DocContext, start: int, end: int) -> bool:
    if _MANY_PEOPLE.search(ctx.text, start, end):
        return True
    text = ctx.text[start:end]
    for date in reversed(ctx.dates_in(start, end)):  # "2016-cı ildə" counts nobody
        text = text[: date.start - start] + text[date.end - start :]
    # (`MANY` as its digit and its words apart: opening with `\d|`, it is tried at every
    # position, where each part alone lets `re` skip to where it may open)
    if not _DIGIT.search(text):
        return _MANY_WORDS.search(text) is not None
    # "6 yıl 3 ay hapis": a term, its unit maybe the cue's first word
    text = _TERM.sub(lambda m: " " * len(m.group()), text + ctx.text[end : end + 8])
    stop = len(text) - len(ctx.text[end : end + 8])
    return _DIGIT.search(text, 0, stop) is not None or _MANY_WORDS.search(text, 0, stop) is not None


_DIGIT: Final = re.compile(r"\d")
_TERM: Final = re.compile(
    r"\d+[ -](?:yıl|il|ay|years?|months?|лет|года?|месяц\w*)(?![\w-])(?: \d+ (?:ay|months?))?",
    re.I,
)


# A Russian subject counted after its verb ("вернулись более 300 человек", "выехали
# четверо", "погибли десятки"): the event of many, unnamed.
_COUNTED_AFTER: Final = re.compile(
    r"\s+(?:(?:в|во|из|на)\s+[^\s,.;:]+\s+)?(?:(?:более|менее|не менее|около|свыше|порядка|"
    r"примерно|ещё|еще|лишь|только)\s+)?(?:\d+(?:\s+(?:человек|граждан|жителей|уроженцев|"
    r"боевиков|мужчин|женщин|детей))|двое|трое|четверо|пятеро|шестеро|семеро|десятки|сотни|"
    r"несколько|многие)(?![\w-])",
    re.I,
)


def counted_after(ctx: DocContext, end: int) -> bool:
    """Whether a Russian cue's subject is counted right after it, no name among them."""
    return _COUNTED_AFTER.match(ctx.text, end) is not None


def kin_subject(ctx: DocContext, start: int, end: int) -> bool:
    """A kin word in the clause, but one describing a companion ("Eşi X ile birlikte")."""
    kin = KIN_SUBJECT.search(ctx.text, start, end)
    if kin is None:
        return False
    done = _CONVERB.match(ctx.text, kin.end(), end)
    if done is not None:  # "eşi öldükten sonra ... döndü": the kin's is the clause before
        return kin_subject(ctx, done.end(), end)
    named = ctx.names_in(kin.end(), min(end, kin.end() + 60))
    return not (named and named[0].start - kin.end() <= 2 and postposed(ctx, named[0].end))


# A converb clause ending after the kin ("eşi öldükten sonra", "qardaşı həlak olduqdan
# sonra", "babası ölünce"): the kin is its subject, not the main verb's.
_CONVERB: Final = re.compile(
    r"(?:\s+[^\s,.;:]+){0,3}?\s+[^\s,.;:]*(?:[dt][ıiuü]kt[ae]n sonra|[dt][ıiuü]qd[ae]n sonra|"
    r"[dt][ıiuü]kd[əe]n sonra|[ıiuü]nc[ae]|[dt][ıiuü]ğ[ıiuü]nd[ae]|[dt][ıiuü]qda|[dt][ıiuü]kd[əe])"
    r"(?![\w-])",
    re.I,
)
_WORD: Final = re.compile(r"[^\W_]+")


_LISTED: Final = frozenset(["listed", "recorded", "registered", "described"])


def has_own_subject(before: str) -> bool:
    """Whether the word right before the cue (past auxiliaries and adverbs) is a noun of
    the clause's own ("his brother died"), not a conjunction or preposition ("after")."""
    words = _WORD.findall(before.lower())
    if len(words) >= 2 and words[-1] == "s" and before.rstrip()[-2:-1] in "'’":
        del words[-2:]  # "had been on Tajikistan's wanted list": the noun's owner
    if len(words) >= 2 and words[-1] == "as" and words[-2] in _LISTED:
        del words[-2:]  # "are listed as killed": a passive's
    while words and (words[-1] in AUXILIARIES or words[-1].endswith("ly")):
        words.pop()
    if len(words) >= 2 and words[-2] in ("from", "of", "in", "near", "at"):
        return False  # "(Vugar Hasanov) from Quba was martyred": a phrase about the name
    return bool(words) and words[-1] not in _OWN_SUBJECT_SKIP and not words[-1].isdigit()
