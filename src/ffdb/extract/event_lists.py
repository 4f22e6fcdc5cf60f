"""Who else an event's cue reaches (see `event_people`): names listed together ("sentenced
X and Y", "A, B və C saxlanılıb", with ages, brackets and relations kept in each item),
the object of an active verb and its apposition ("police detained a second suspect, X"),
a pronoun object ("где его приговорили"), and companions who went along ("together
with his brother Y", "вместе с братом", "ilə birlikdə"), who share a journey.
"""

from __future__ import annotations

import re
from typing import Any, Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import right_within
from ffdb.extract.listing import (
    ENTRY_LINE,
    LEADING_LONG_AND,
    LIST_GAP,
    RELATION_BEFORE,
    SOURCE_BEFORE,
)
from ffdb.extract.listing import coordinated_chain as _plain_chain
from ffdb.extract.scan import Needles, WordsGate, folded
from ffdb.extract.sentences import Sentence
from ffdb.extract.timelines import DATED_LINE, profile_person

_COMPANION: Final = re.compile(
    r"(?:together with|along with|accompanied by|вместе с|совместно с|ilə birlikdə|ilə bərabər|"
    r"ile birlikte|ile beraber)\s+(?:(?:his|her|their|своим|своей|братом|женой|сестрой|"
    r"brother|wife|cousin|friend|sister|son|qardaşı|həyat yoldaşı|kardeşi|eşi)\s+){0,2}$",
    re.I,
)


POSTPOSED: Final = re.compile(
    # "Samir ilə", "Samirlə" (the suffix in or out of the name), "Ayşe'yle"
    r"(?:(?:['’][^\W\d_]{1,4})?\s+(?:ilə|ile)|(?<=l[əae])|['’]?y?l[əae](?=\s))"
    r"\s+(?:birlikdə|birlikte|bərabər|beraber)\b",
    re.I,
)


def postposed(ctx: DocContext, end: int) -> bool:
    """A name before "ilə birlikdə" / "ile birlikte" (together with) is a companion."""
    return has_companion_words(ctx.text) and POSTPOSED.match(ctx.text, end) is not None


def companions(ctx: DocContext, span: tuple[int, int], pos: int, journey: bool) -> list[int]:
    """Persons who went along: "X, together with his brother Y, left for Syria", "вместе
    с братом Y выехал", "X qardaşı Y ilə birlikdə Suriyaya gedib", "Kerem Aksoy ile
    birlikte 4 şüpheli gözaltına alındı". Outside journeys, only a companion with no
    other name between it and the cue ("Yılmaz ile birlikte örgüte katılan Ahmet Kaya
    ... gözaltına alındı": Yılmaz joined, Kaya was detained)."""
    out: list[int] = []
    if not has_companion_words(ctx.text):
        return out
    agents = ctx.agents_in(span[0], pos)
    for k, (start, end, person) in enumerate(agents):
        if not (
            _COMPANION.search(ctx.text, max(span[0], start - 60), start) or postposed(ctx, end)
        ):
            continue
        if _CONTRAST.search(ctx.text, end, pos):
            continue  # "X, Y ile birlikte gözaltına alınmış, ancak serbest bırakılmıştır"
        if ctx.language in ("az", "tr") and _VERB_THEN.search(ctx.text, end, pos):
            continue  # "X Y-lə birlikdə eyni dəstədə olub, 2016-cı ildə yaralanıb": X alone
        if journey or not any(a[2] != person for a in agents[k + 1 :]):
            out.append(person)
    return out


# A turn between a companion and the cue: what follows is the subject's alone ("X was
# detained with Y but released the next day", "X, Y ile birlikte gözaltına alınmış,
# ancak ertesi gün serbest bırakılmıştır").
_CONTRAST: Final = re.compile(
    r"(?<![\w-])(?:but|however|yet|ancak|fakat|lakin|amma|ama|однако|но)(?![\w-])", re.I
)


# A finite verb closing a clause between a companion and the cue ("olub,", "katıldı,"):
# the companion went along in that clause.
_VERB_THEN: Final = re.compile(r"[^\W\d_]{2,}(?:[ıiuü]b|[dt][ıiuü])(?:l[aəe]r)?\s*[,;]\s", re.I)


_COMPANION_AFTER: Final = re.compile(
    r"[^.;:!?]{0,40}?(?<![\w-])(?:together with|along with|accompanied by|вместе с[о]?|"
    r"совместно с[о]?|with(?=\s+(?:his|her|their|my|our)\s+(?:(?:younger|elder|older|little|"
    r"young|teenage|two|three)\s+)?(?:husband|wife|brothers?|sisters?|"
    r"sons?|daughters?|cousins?|friends?|father|mother)\b))\s+"
    r"(?:(?:his|her|their|my|our|своим|своей|со своим|со своей|моим|моей|нашим|братом|женой|"
    r"двоюродным|двоюродной|родным|"
    r"сестрой|другом|товарищем|brother|wife|husband|cousin|friend|sister|son|daughter|father|"
    r"mother|a|an|the|fellow|younger|elder|older|little|young|teenage|two|three|"
    r"младшим|старшим|маленьким|малолетним|двумя|тремя),?\s+){0,3}",
    re.I,
)


def companions_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """Who went along, named after the verb of the journey: "уехал в Сирию вместе со
    своим другом Ибрагимом Гаджиевым", "left for Syria together with his cousin Y"."""
    if not has_companion_words(ctx.text):
        return []
    found = _COMPANION_AFTER.match(ctx.text, pos, end)
    if found is None:
        return []
    right = right_within(ctx, found.end(), words=1)
    return [] if right is None else listed_right(ctx, right, found.end(), end)


# One more who shared the status, named after the clause: ", as was the driver, X", ", as
# were X and Y", ", как и X".
_AS_WAS: Final = re.compile(
    r"[^.;:!?\n]{0,80}?,\s+(?:as (?:was|were|did|had been|has been)|как и)\s+", re.I
)


def shared_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """The persons named after ", as was" following the cue at `pos` in its sentence:
    "the brothers were arrested on Monday, as was the Syrian driver, X"."""
    if ctx.text.find("as w", pos, end) < 0 and ctx.text.find("как и", pos, end) < 0:
        return []
    found = _AS_WAS.match(ctx.text, pos, end)
    if found is None:
        return []
    right = right_within(ctx, found.end(), words=1)
    if right is None:
        right = apposed_right(ctx, found.end(), end)
    return [] if right is None else listed_right(ctx, right, found.end(), end)


def companion_before(ctx: DocContext, start: int) -> bool:
    """A name after "together with", "вместе с женой": who went along, not the subject."""
    if not has_companion_words(ctx.text):
        return False
    return _COMPANION.search(ctx.text, max(0, start - 60), start) is not None


# Words without which neither `_COMPANION` nor `POSTPOSED` can match, looked for once
# per document as substrings of its folded text: most have none, and their cues then
# need no look at every name before them.
_COMPANION_WORDS: Final = (
    *("together with", "along with", "accompanied by", "вместе с", "совместно с"),
    *("ilə", "ile", "birlikd", "birlikte", "bərabər", "beraber"),
    *("with his", "with her", "with their", "with my", "with our"),
)
_COMPANION_GATE: Final = WordsGate(_COMPANION_WORDS)


def has_companion_words(text: str) -> bool:
    """Whether `text` may hold a companion (`_COMPANION`, `POSTPOSED`) at all."""
    return _COMPANION_GATE(text)


_OBJECT_PRONOUN: Final = re.compile(
    r"(?<![\w-])(?:(?P<one>его|её|ее|onu)|(?P<many>их|onları))\s+"
    r"(?:(?:сразу|тут же|вскоре|позже|затем|потом|снова|вновь|также|тоже|уже)\s+)?$",
    re.I,
)


def _object_pronoun(ctx: DocContext, pos: int) -> list[int]:
    """A pronoun object before the verb: "где его приговорили к 12 годам", "и ее сразу
    задержали"."""
    return _pronoun_persons(ctx, _OBJECT_PRONOUN.search(ctx.text, max(0, pos - 18), pos))


# A pronoun object after the verb, before a preposition ("суд приговорил его к 12
# годам", "экстрадировали её в Россию"); "его брата" is a possessive, not this.
_PRONOUN_AFTER: Final = re.compile(
    r"\s+(?:(?P<one>его|её|ее)|(?P<many>их))\s+(?:к|на|в|во|за|по|под|из|от|с|до)\s", re.I
)


def _pronoun_after(ctx: DocContext, pos: int) -> list[int]:
    return _pronoun_persons(ctx, _PRONOUN_AFTER.match(ctx.text, pos))


def _pronoun_persons(ctx: DocContext, found: re.Match[str] | None) -> list[int]:
    """Whom an object pronoun stands for: the names listed last for "их"/"onları", the
    person last named for "его"/"onu"."""
    if found is None:
        return []
    if found.group("many"):
        return ctx.listed_before(found.start())
    person = ctx.antecedent(found.start())
    return [person] if person is not None else []


_AND_OPENS: Final = re.compile(r"\s*(?:and|и|və|ve)\s", re.I)


def named_with(
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


def objects(ctx: DocContext, pos: int, cue_start: int) -> list[int]:
    """The object of an active verb: the name right after it, past a few words that
    describe it ("задержали 25-летнего жителя Кусарского района Заура Гаджиева")."""
    words = 6 if ctx.language in ("ru", "az", "tr") else 3
    right = right_within(ctx, pos, words=words)
    if right is None:
        right = apposed_right(ctx, pos, pos + 160)
    if right is None or not ctx.names_in(pos, pos + 40):  # none, or a pronoun
        pronoun = [right] if right is not None else None
        pronoun = pronoun or _object_pronoun(ctx, cue_start) or _pronoun_after(ctx, pos)
        sentence = ctx.index.at(pos) if pronoun else None
        if sentence is not None and DATED_LINE.match(ctx.text, sentence.start):
            # "17 December 2015 - The court sentences him": a timeline's man
            person = profile_person(ctx, sentence)
            return pronoun if person is None else [person]
        if right is None:
            return pronoun
    agents = ctx.agents_in(pos, pos + 200)
    return listed_right(ctx, right, pos, agents[0][1] + 200 if agents else pos)


_APPOSED_GAP: Final = re.compile(r"[^,.;:()!?]+[,:]\s*")


def apposed_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """A name in apposition to the verb's object, past one comma: "police detained a
    second suspect, X", "приговорил к 12 годам другого уроженца Буйнакска, X"."""
    agents = ctx.agents_in(pos, min(end, pos + 160))
    if not agents:
        return None
    gap = ctx.text[pos : agents[0][0]]
    if not _APPOSED_GAP.fullmatch(gap) or len(gap.split()) > 9:
        return None
    return agents[0][2]


def listed_right(ctx: DocContext, first: int, pos: int, end: int) -> list[int]:
    """`first` and the names listed right after it ("sentenced X and Y")."""
    agents = [a for a in ctx.agents_in(pos, end)]
    at = next((i for i, a in enumerate(agents) if a[2] == first), None)
    if at is None:
        return [first]
    if len(agents) - at < 2:
        return [first]
    # the items of every list `agents[at : j + 1]` made in one pass (the longest first)
    items, lasts = _chain_items(ctx.text, agents[at:])
    for j in range(len(agents) - 1, at, -1):
        size, last = lasts[j - at]
        chain = _plain_chain(ctx.text, [*items[: size - 1], last])
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
    if len(upto) == 1:  # a list of one, closed or not: most cues
        return [upto[0][2]]
    closed = _INITIALS_TAIL.match(ctx.text, nearest[1], pos) is not None
    return list(dict.fromkeys(coordinated_chain(ctx.text, upto, closed)))


# The list's last items given by initials alone, after the last name ("..., Y (35),
# Özbekistan uyruklu U.K. (34) ile S.B. (26) gözaltına alındı"): the list is closed
# by its "ile", "ve" though no name stands after it.
_INITIAL_ITEM: Final = (
    r"(?:[^\s,.;:()]+\s+){0,4}?(?-i:[A-ZÇĞİÖŞÜƏ]\.\s?){1,3}\s*(?:\(\d{1,2}\)\s*)?"
    r"(?:isimli (?:şüpheli|şahıs)\w*\s+|adlı (?:şüpheli|şahıs)\w*\s+)?"
)
_INITIALS_TAIL: Final = re.compile(
    r"(?:\s*\(\d{1,2}\))?\s*(?:,\s*(?:"
    + _INITIAL_ITEM
    + r",\s*)*"
    + _INITIAL_ITEM
    + r")?(?:ve|və|ile|ilə)\s+"
    + _INITIAL_ITEM
    + r"\s*(?:de|da|də)?\s*(?:[^\W\d_]+\s+){0,2}$"
)


_INITIALS_BETWEEN: Final = re.compile(
    r"(?:\s*(?:,|ve|və|ile|ilə)\s+" + _INITIAL_ITEM + r")+(?=\s*(?:,|ve\s|və\s|ile\s|ilə\s))"
)


# An age or a bracket set after a name in a list ("Rauf Aliyev, 34, and Samir Guliyev,
# 29, were taken into custody", "Иванов (1990 г.р.) и Петров"): part of the name's item.
_AGE_AFTER: Final = re.compile(
    # ", 44, of Gornja Maoča", ", from Kaçanik": where from, after an age or alone
    r",\s*(?:\d{1,2},\s*)?(?:of|from)\s+[A-ZÀ-ÝĀ-ŽА-ЯЁ][\w'’-]+(?:[ -][A-ZÀ-ÝĀ-ŽА-ЯЁ][\w'’-]+)?"
    r"(?=\s*,)|"
    # ", 27 лет", ", 31 год", ", 33 yaş", ", 24 years old"
    r",\s*(?:\d{1,2}(?:\s*(?:лет|года?|yaş(?:ında)?|years?\s+old))?|"
    r"\d{4}\s*(?:г\.\s*р\.|года рождения|-?[cç][iıuü] il təvəllüdlü|"
    r"doğumlu|born)|born in \d{4}(?: in (?-i:[A-Z])[\w'’-]+)?)(?=\s*,)|\s*\([^()\n]{1,64}\)"
    # a description set off by commas before the list's "and": "X, a 29-year-old native
    # of Sumgayit, and Y", "X, уроженец Махачкалы, и Y"
    r"|,\s*(?:an?|the|уроженец|уроженка|житель|жительница)\s[^,;:()\n]{1,60}?"
    r"(?=,\s*(?:and|и)\s)"
)


def coordinated_chain(text: str, spans: list[Any], closed: bool = False) -> list[int]:
    """`context.coordinated_chain` with an age or bracket after a name kept in its item,
    and a relation or description before it ("and his brother Y")."""
    items = _chain_items(text, spans)[0]
    return _closed_chain(text, items) if closed else _plain_chain(text, items)


def _chain_items(
    text: str, spans: list[Any]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, tuple[int, int, int]]]]:
    """The items of `coordinated_chain`, and after each span how many there were and the
    last one then (an alias merges into the item before it: the lists of the first spans
    alone are the items up to that count, that last one included)."""
    items: list[tuple[int, int, int]] = []
    lasts: list[tuple[int, tuple[int, int, int]]] = []
    for k, x in enumerate(spans):
        start, end, person = (x.start, x.end, x.person) if hasattr(x, "start") else x[:3]
        after = _AGE_AFTER.match(text, end)
        # items given by initials alone after this one ("X (36) ile M.A.K. (24), Y"):
        # part of the list, no name of theirs to join (unless they are the next name)
        hidden = _INITIALS_BETWEEN.match(text, after.end() if after else end)
        if hidden and k + 1 < len(spans) and _start_of(spans[k + 1]) < hidden.end():
            hidden = None
        after = hidden or after
        if items and items[-1][2] == person and _ALIAS_GAP.fullmatch(text, items[-1][1], start):
            # '"Ebu X" kod adıyla bilinen Y': the alias and the name make one item
            items[-1] = (items[-1][0], after.end() if after else end, person)
        else:
            # from the previous item's end on: its patronymic ("Vüsal Elçin oğlu və
            # Y") is no relation of the next person
            kin = _kin_before(text, _after_gap(text, items[-1][1], start), start) if items else None
            lead = kin.start() if kin else start
            if items:  # a description may open the item before its relation word
                lead = min(lead, _described_from(text, items[-1][1], start))
                joined = LEADING_LONG_AND.match(text, lead, start)
                if joined:  # (", eləcə də 32 yaşlı Y": the list's words, not the item's)
                    lead = joined.end()
            items.append((lead, after.end() if after else end, person))
        lasts.append((len(items), items[-1]))
    return items, lasts


def _kin_before(text: str, lo: int, start: int) -> re.Match[str] | None:
    """`RELATION_BEFORE` in text[lo:start], searched only where its words are: tried at every
    position, its word runs before the relation word cost more than all else here."""
    if not _KIN_NEEDLES.may_match(folded(text), lo, start):
        return None
    return RELATION_BEFORE.search(text, lo, start)


def _start_of(x: Any) -> int:
    return int(x.start if hasattr(x, "start") else x[0])


def _after_gap(text: str, end: int, start: int) -> int:
    """Where a relation before the name at `start` may open: past the list's comma or
    "and" after the previous item ending at `end`, at most 60 characters back."""
    gap = LIST_GAP.match(text, end, start)
    return max(start - 60, gap.end() if gap else end)


def _closed_chain(text: str, items: list[tuple[int, int, int]]) -> list[int]:
    """`context.coordinated_chain` of a list closed after its last name: commas join."""
    out = [items[-1][2]]
    for i in range(len(items) - 1, 0, -1):
        gap = text[items[i - 1][1] : items[i][0]]
        if items[i - 1][0] != items[i][0] and not LIST_GAP.fullmatch(gap):
            break
        if SOURCE_BEFORE.search(text, max(0, items[i - 1][0] - 30), items[i - 1][0]):
            break  # "açıklamasına göre X, ...": a source
        out.append(items[i - 1][2])
    return out


# Between an alias and the name of the same person ('"Ebu Hamza" kod adlı Y', '"Əbu
# Həmzə" ləqəbli Y'): quotes and a few words, no punctuation of a list.
_ALIAS_GAP: Final = re.compile(r"[\"”“»«'’]?\s*(?:[^\s,.;:()]+\s+){0,4}?[\"”“»«]?\s*")
# A Turkish or Azerbaijani description before a listed name, back to the comma that
# opens its item ("X (31), Dağıstan doğumlu Rusya vatandaşı ve ... bilinen Y (35) ile
# ..."): one with a word of origin, citizenship or what the person is known as.
_DESCRIPTION_KEY: Final = re.compile(
    r"(?<![\w-])(?:doğumlu|uyruklu|vatandaşı|kökenli|asıllı|bilinen|sakini|təvəllüdlü|"
    r"vətəndaşı|doğulan|kod adlı|ləqəbli|lakaplı|"
    # where from ("Oşlu Kırgız", "Bakılı", "Dağıstanlı") and a people's name
    r"(?-i:[A-ZÇĞİÖŞÜƏ])[^\W\d_]+['’]?l[ıiuü]|Kırgız|Qırğız|Özbek|Tacik|Kazak|Qazax|"
    r"Türkmen|Çeçen|Çerkez|Avar|Ahıska|Uygur|Azeri|Tatar)(?![\w-])",
    re.I,
)


def _described_from(text: str, last_end: int, start: int) -> int:
    """Where the item of the name at `start` opens: after the list's comma or "ve" when
    the words up to the name describe the person; else at the name. The earliest such
    opening wins: "ve" may join two descriptions of one person."""
    lo = max(last_end, start - 160)
    cuts = [max(text.rfind(",", lo, start), text.rfind("(", lo, start))]
    for word in (" ve ", " və ", " ile ", " ilə ", " eləcə də ", " as well as "):
        at = text.find(word, lo, start)
        if at >= 0:
            cuts.append(at + len(word) - 1)
    for cut in sorted(c for c in cuts if c >= lo):
        seg = text[cut + 1 : start]
        if _DESCRIPTION_KEY.search(seg) and not any(c in ".;:!?\n" for c in seg):
            return start - len(seg.lstrip())
    return start


_KIN_NEEDLES: Final = Needles(RELATION_BEFORE)


# A list below a line ending in a colon ("detained the following persons:", "Bakıya
# gətirilənlərin siyahısı belədir:"): items opening with a dash, bullet or number.
_LIST_HEAD_END: Final = re.compile(r"[^\n]{0,200}?:[ \t]*\n")
_ENTRY_COLON: Final = re.compile(r"[^\W\d_'’]*\s*(?:\(\d{1,2}\))?\s*[:—–]")
# A heading of a part of the list, short and ending in a colon ("Kırmızı kategori:").
_SUBHEAD: Final = re.compile(r"[ \t]*[^\W\d_][^.:\n]{0,30}:[ \t]*")
# A list entry's mark: "1.", "2)", a dash or bullet, a keycap digit ("1️⃣").


def _head_end(text: str, pos: int) -> int:
    """Where `_LIST_HEAD_END.match(text, pos)` ends, -1 when it fails: the line from
    `pos` ends in a colon within 200 characters, spaces and tabs after it. (The regex
    tries the colon at each character of the line.)"""
    newline = text.find("\n", pos, pos + 202)
    if newline < 0:  # no line's end, or one far on: past blanks a colon may be near
        head = _LIST_HEAD_END.match(text, pos)
        return -1 if head is None else head.end()
    line = text[pos:newline].rstrip(" \t")
    return newline + 1 if line.endswith(":") and len(line) <= 201 else -1


def listed_below(ctx: DocContext, pos: int) -> list[int]:
    """The first person named in each item of a list that the cue's line introduces."""
    at = _head_end(ctx.text, pos)
    if at < 0 or ". " in ctx.text[pos:at]:
        return []
    out: list[int] = []
    for line in ctx.text[at : at + 4000].split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        item = ENTRY_LINE.match(line)
        if item is None and _SUBHEAD.fullmatch(line) and not ctx.names_in(start, at):
            continue  # a group's heading within the list ("Kırmızı kategori:")
        if item is None:
            # an entry with no bullet: a name near its start, then its age and a colon
            # ("Tacikistan uyruklu Firdavs Nazarov (31): ...")
            named = ctx.agents_in(start, start + min(len(line), 60))
            if not named or not _ENTRY_COLON.match(ctx.text, named[0][1]):
                break
            out += [named[0][2]] if named[0][2] not in out else []
            continue
        named = ctx.agents_in(start + item.end(), start + min(len(line), item.end() + 60))
        if named and named[0][2] not in out:
            out.append(named[0][2])
    return out


# A subject named after a dash ("задержан его пособник — уроженец Буйнакского района
# Гасанов Ислам", "saxlanılıb onun qardaşı – Bakı sakini Elçin Əliyev", "находится сын
# осуждённого – X").
# A count before the head ("задержаны двое его сообщников — житель г. Баксана X и
# уроженец Y") names them all; a town's short mark ("г.", "с.") is no sentence's end.
_DASH_APPOSED: Final = re.compile(
    r"\s+(?P<count>(?:двое|трое|четверо|пятеро|оба|обе|ещё|еще)\s+)?"
    r"(?:(?:его|её|ее|их|onun|onların)\s+[^\W\d_]+|"
    # a relative of someone told by role ("брат задержанного – X")
    r"(?:брат|сестра|сын|дочь|жена|муж|отец|племянник)\s+[^\W\d_]+|"
    # a role told by a noun phrase ("задержан предполагаемый пособник боевиков — X")
    r"(?:[^\W\d_]+\s+){0,2}(?:пособник|соучастник|сообщник|боевик|участник|член|"
    r"сторонник|вербовщик|организатор|главарь|лидер|амир|эмир)\w*(?:\s+[^\W\d_]+)?)"
    r"\s+[—–]\s+(?:[^,.;:()—–\n]|(?<=\s[гсд])\.|(?<=\sпос)\.){0,60}$",
    re.I,
)


def dash_apposed(ctx: DocContext, pos: int, end: int) -> list[int]:
    agents = ctx.agents_in(pos, min(end, pos + 120))
    if not agents:
        return []
    found = _DASH_APPOSED.match(ctx.text[pos : agents[0][0]])
    if found is None:
        return []
    if found.group("count"):
        return listed_right(ctx, agents[0][2], agents[0][0], end)
    return [agents[0][2]]


# An aside in brackets after the cue, then the subject ("шахадат получил (иншаАллах)
# наш брат X"): the name within a few words after it.
_ASIDE: Final = re.compile(r"\s*\([^()\n]{1,30}\)(?:\s+[^\W\d_]+){0,2}\s+")


def past_aside(ctx: DocContext, pos: int, end: int) -> list[int]:
    aside = _ASIDE.match(ctx.text, pos, end)
    if aside is None:
        return []
    right = right_within(ctx, aside.end(), words=1)
    return [] if right is None else listed_right(ctx, right, aside.end(), end)


# "The man killed in the strike on 1 August was Jamshid Rakhimov": a description opening
# the sentence, its participle, then the name it is identified with by "was"
# ("The man actually killed in al-Hol was X", "... was Y's deputy, X": the deputy)
_DESCRIBED: Final = re.compile(
    r"\s*(?:The|the) (?:man|woman|fighter|militant|jihadist|suspect|person|young man)"
    r"(?:\s+(?:actually|reportedly|also|eventually|later|in fact))?\s+$"
)
_IDENTIFIED: Final = re.compile(r"[^.;]{0,100}?\b(?:was|is)\s+(?:identified as\s+)?$")
_OWNER_OF: Final = re.compile(r"['’]s?\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+,\s*")


def identified(ctx: DocContext, start: int, match: re.Match[str], end: int) -> list[int]:
    if not _DESCRIBED.fullmatch(ctx.text, start, match.start()):
        return []
    agents = ctx.agents_in(match.end(), min(end, match.end() + 130))
    if not agents or not _IDENTIFIED.fullmatch(ctx.text, match.end(), agents[0][0]):
        return []
    owner = _OWNER_OF.match(ctx.text, agents[0][1])
    if owner is not None and len(agents) > 1 and agents[1][0] == owner.end():
        return [agents[1][2]]
    return [agents[0][2]]


# A participle put first, its subject after "was"/"were" ("Also wounded in the same clash
# was the brother X", "Also arrested on Monday were A and B").
_FRONTED: Final = re.compile(r"\s*(?:(?:also|among them|likewise)\s+)?$", re.I)
_INVERTED: Final = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:was|were)\s+(?:the\s+(?:brothers?|sisters?)\s+)?", re.I
)


def inverted_subject(ctx: DocContext, sentence: Sentence, start: int, end: int) -> list[int]:
    """The persons after "was"/"were" when the participle opens its sentence."""
    if not _FRONTED.fullmatch(ctx.text, sentence.start, start):
        return []
    verb = _INVERTED.match(ctx.text, end)
    if verb is None:
        return []
    ahead = ctx.agents_in(verb.end(), verb.end() + 80)
    if not ahead or ahead[0][0] != verb.end():
        return []
    return listed_right(ctx, ahead[0][2], verb.end(), sentence.end)


# A Russian object put before its verb, the agent after it ("Хамроева задержала служба
# безопасности", "Жителя Баксана Астемира Шогенова суд ... приговорил"): a name in the
# accusative (genitive-like "-ова", "-ина", "-ого", feminine "-ову", "-ину") before the cue.
_ACCUSATIVE: Final = re.compile(r"(?:[оеё]в|ин|ын|ск|цк)(?:а|у|ого)$|(?:ого|его)$")
_PAST_VERB: Final = re.compile(r"(?:л|ла|ли)$")


def fronted_object(ctx: DocContext, start: int, match: re.Match[str]) -> list[int]:
    """The person named in the accusative last before a verb cue, none named after it."""
    if not _PAST_VERB.search(match.group()):
        return []  # "в отношении Габдуллина ... об аресте": a noun, no object
    agents = ctx.agents_in(start, match.start())
    if not agents:
        return []
    first, end, person = agents[-1]
    if end - first < 3 or not _ACCUSATIVE.search(ctx.text, first, end):
        return []
    if _OFFICIAL_BEFORE.search(ctx.text, max(start, first - 30), first):
        return []  # "под председательством судьи X приговорил": the judge's genitive
    return [person]


# An official's title in the genitive before a name ("судьи X", "прокурора X").
_OFFICIAL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:судьи|председательством|прокурора|адвоката|следователя|защитника)\s+$", re.I
)
