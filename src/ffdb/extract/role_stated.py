"""Memberships a text states without a role cue (see `roles`): a person known in a group
("В ИГИЛ его знали как ..."), a relative clause after the group ("HTS, the group in which
he leads a unit"), the commander of a group's unit ("в составе отряда, которым командовал
X"), a cell's detainees listed after a colon, a handler "known as" X, and a counted set
("two residents", "четверо жителей") whose names the next sentences give; a code name
used inside the group ('örgüt içinde "Ebu X" kod adını kullanan Y'). A man's unit and
deputy are in `role_owners`.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.listing import joined_run
from ffdb.extract.role_checks import is_kin_word
from ffdb.extract.role_groups import group_meant
from ffdb.extract.role_people import (
    _EN_N,
    _NOUN,
    _NUMBERS,
    _RU_N,
    _TK_N,
    _last_match,
    _official,
)
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import BYLINE_BEFORE, fold

_KNOWN_AS: Final = re.compile(
    r"[^\n.;:]{0,160}?(?<![\w-])(?:известн\w+|знали|звали|называ\w+|known|nicknamed|"
    r"called|went\s+by)(?:\s+(?:под|по|как|as))?(?:\s+(?:прозвищ\w+|имен\w+|кличк\w+|"
    r"псевдоним\w+))?\s*[«\"“']?$",
    re.I,
)


def known_as_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """The name a handler or a fighter is "known as" later in the sentence ("с куратором
    этой организации, ... известным под прозвищем «X»")."""
    agents = ctx.agents_in(pos, min(end, pos + 200))
    if agents and _KNOWN_AS.fullmatch(ctx.text, pos, agents[0][0]):
        return agents[0][2]
    return None


# "led by a Dagestani commander known as X", "commanded by an Uzbek-born emir who goes by
# the name X", "под командованием некоего X": a leader described before his name.
_DESCRIBED: Final = re.compile(
    r"\s*(?:(?:an?|the|one|некий|некоего|некоему)\s+)?(?:[\w-]+\s+){0,3}?(?:man|commander|"
    r"emir|amir|fighter|militant|figure|preacher|cleric|человек\w*|командир\w*|амир\w*|"
    r"эмир\w*|боевик\w*)\s*,?\s+(?:who\s+(?:goes|went)\s+by\s+(?:the\s+name\s+(?:of\s+)?)?|"
    r"(?:who\s+(?:is|was)\s+)?(?:known|referred\s+to)\s+(?:only\s+|simply\s+)?as|called|"
    r"named|nicknamed|известн\w+\s+(?:как|под\s+(?:именем|прозвищем)))\s*[«\"“]?",
    re.I,
)


def described_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """The leader a description before his name stands for (see `_DESCRIBED`)."""
    described = _DESCRIBED.match(ctx.text, pos, end)
    if described is None:
        return None
    agents = ctx.agents_in(described.end(), min(end, described.end() + 80))
    return agents[0][2] if agents and agents[0][0] - described.end() < 3 else None


Stated = tuple[int, str, GroupMention, Sentence, tuple[int, int]]


def stated_members(ctx: DocContext) -> list[Stated]:
    """Persons a group is stated of without a role cue: a person known in the group ("В
    ИГИЛ его знали как ..."), a relative clause after the group ("HTS, the group in which
    he leads a unit"), the commander of a group's unit ("в составе отряда, которым
    командовал X"), the listed detainees of a group's cell ("ячейка сторонников X ...
    Задержаны: — A; — B")."""
    out: list[Stated] = []
    for group in ctx.groups:
        sentence = ctx.index.at(group.start)
        if sentence is None:
            continue
        person = _known_in(ctx, sentence, group)
        if person is None:  # (a person's number may be 0)
            person = _relative_clause(ctx, sentence, group)
        if person is not None:
            out.append((person, "member", group, sentence, (group.start, group.end)))
    out += _unit_commanders(ctx) + _cell_lists(ctx) + _code_named(ctx)
    return out


# A person's name inside the group, which only a member has: 'örgüt içinde "Ebu Yusuf"
# kod adını kullanan X', 'X təşkilatda "Əbu Zeyd" ləqəbi ilə tanınıb', "X, known within
# the group as Abu Y", "в группировке X был известен как ...". The group is the one the
# group word stands for, or the one named right before "içinde".
_CODE_NAME: Final = re.compile(
    r"(?P<word>[^\W\d_][\w'’-]*)(?:\s+(?:içinde|içerisinde|daxilində|içində)\s+"
    r"[\"“«'][^\"”»\n]{2,40}[\"”»']\s+(?:kod\s+ad(?:ını|ıyla|ı\s+ile)|ləqəbi\s+ilə|ləqəbli|"
    r"olarak|kimi)\s*(?P<tk>kullan\w*|tanın\w*|bilin\w*)?"
    r"|(?<=[dt][aə])\s+[\"“«][^\"”»\n]{2,40}[\"”»]\s+(?:ləqəbi\s+ilə|adı\s+ilə|kod\s+adıyla)\s+"
    r"(?P<az>tanın\w*|bilin\w*))",
    re.I,
)
_CODE_NAME_EN: Final = re.compile(
    r"(?:was\s+|is\s+|were\s+)?(?:known|called|nicknamed)\s+(?:within|inside|in)\s+the\s+"
    r"(?P<word>group|organi[sz]ation|network|cell|jamaat)\s+as\b",
    re.I,
)
_CUE_WORDS: Final = (
    "içinde",
    "içerisinde",
    "daxilində",
    "içində",
    "təşkilatda",
    "qruplaşmada",
    "known",
)


def _code_named(ctx: DocContext) -> list[Stated]:
    if not holds_any(ctx.low, _CUE_WORDS):
        return []  # a cheap gate: most documents have none of these words
    out: list[Stated] = []
    for regex in (_CODE_NAME, _CODE_NAME_EN):
        for match in regex.finditer(ctx.text):
            sentence = ctx.index.at(match.start())
            group = _group_named_by(ctx, match) if sentence is not None else None
            if sentence is None or group is None:
                continue
            verb = match.groupdict().get("tk") or match.groupdict().get("az") or ""
            if verb.endswith(("an", "en", "ən")) or (not verb and regex is _CODE_NAME):
                after = ctx.agents_in(match.end(), min(sentence.end, match.end() + 120))
                person = after[0][2] if after else None  # "... kod adını kullanan X"
            else:  # the subject before: "Quliyev təşkilatda ... tanınıb"
                before = ctx.agents_in(sentence.start, match.start())
                person = before[0][2] if before else ctx.antecedent(sentence.start)
            if person is not None:
                out.append((person, "member", group, sentence, match.span()))
    return out


def _group_named_by(ctx: DocContext, match: re.Match[str]) -> GroupMention | None:
    """The group of a code name: named right before "içinde", or meant by "örgüt",
    "təşkilat", "the group"."""
    before = ctx.groups_in(max(0, match.start() - 40), match.end())
    if (
        before
        and before[-1].end >= match.end("word") - 2
        and before[-1].start <= match.start("word")
    ):
        return before[-1]
    word = fold(match["word"])
    if not any(word.startswith(w) for w in _GROUP_STEMS):
        return None
    meant = group_meant(ctx, match.start())
    topic = ctx.groups[0] if ctx.groups else None
    if meant is None or topic is None or topic.name != meant.name:
        return None
    if ctx.names and ctx.names[0].start < topic.start:
        return None  # a list of people each with a group: "örgüt" is nobody's in particular
    return meant


_GROUP_STEMS: Final = (
    "orgut",
    "teskilat",
    "qrup",
    "grup",
    "yapilanma",
    "cemaat",
    "camaat",
    "group",
    "organi",
    "network",
    "cell",
    "jamaat",
)


_IN_GROUP: Final = re.compile(r"(?:[Вв]о?|[Ii]n|[Ww]ithin|[Aa]mong)\s+[«\"“]?$")
_KNOWN_VERB: Final = re.compile(
    r"\s+(?:(?:его|её|ее|их|him|her)\s+)?(?:знали|звали|называли|прозвали|величали)\s+|"
    r"\s+(?:was|were|is|became)\s+(?:known|called|nicknamed)\s+|\s+went\s+by\s+",
)
_GROUP_CLOSE: Final = re.compile(r"[»\"”]?\s*,?\s*")
_PRONOUN_OBJECT: Final = re.compile(r"[»\"”]?\s*,?\s*(?:его|её|ее)\s+(?:знали|звали|называли)\s+")


def _known_in(ctx: DocContext, sentence: Sentence, group: GroupMention) -> int | None:
    opening = _IN_GROUP.search(ctx.text, sentence.start, group.start)
    if opening is None or ctx.text[sentence.start : opening.start()].strip():
        return None  # "In ISIS, X was known as Y" opens its sentence with the group
    close = _GROUP_CLOSE.match(ctx.text, group.end, sentence.end)
    at = close.end() if close else group.end
    agents = ctx.agents_in(at, min(sentence.end, at + 60))
    if agents and agents[0][0] == at and _KNOWN_VERB.match(ctx.text, agents[0][1], sentence.end):
        return agents[0][2]
    if _PRONOUN_OBJECT.match(ctx.text, group.end, sentence.end):
        return ctx.antecedent(sentence.start, sentences_back=2)
    return None


_WHICH: Final = re.compile(
    r"[»\"”]?\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:the|a|an)\s+)?(?:(?:group|organi[sz]ation|"
    r"faction|movement|militia|jamaat|группировк\w+|организаци\w+)\s*,?\s*)?"
    r"(?:(?:in|with|for|within)\s+which|в\s+(?:которой|котором|рядах\s+которой|составе\s+"
    r"которой)|за\s+которую)\s+",
    re.I,
)
_WHICH_VERB: Final = re.compile(
    # a year may stand before the verb: "в которой он с 2016 года командовал"
    r"\s+(?:(?:с|в|since|in|from)\s+\d{4}(?:\s+(?:года|году|г\.))?\s+)?"
    r"(?:(?:now|still|had|has|long|then|also|сейчас|до сих пор|тогда)\s+)?(?:leads?|led|"
    r"fights?|fought|serves?|served|commands?|commanded|heads?|headed|operates?|operated|"
    r"воюет|воевал\w*|сражал\w*|сражает\w*|состоит|состоял\w*|служ\w+|командует|"
    r"командовал\w*|возглавля\w+)(?![\w-])",
    re.I,
)


def _relative_clause(ctx: DocContext, sentence: Sentence, group: GroupMention) -> int | None:
    which = _WHICH.match(ctx.text, group.end, sentence.end)
    if which is None:
        return None
    agents = ctx.agents_in(which.end(), min(sentence.end, which.end() + 60))
    if agents and agents[0][0] == which.end() and _WHICH_VERB.match(ctx.text, agents[0][1]):
        return agents[0][2]
    return None


_UNIT_LED: Final = re.compile(
    r"(?<![\w-])(?:подразделени|отряд|батальон|бригад|групп|ячейк|джамаат|сектор|unit|"
    r"battalion|brigade|cell|detachment|sector)\w*\s*,?\s+(?:(?:которым|которой|которую|"
    r"которое|который)\s+(?:командовал|руководил|возглавлял|командует|руководит|"
    r"возглавляет)\w*|(?:which|that)\s+(?:was\s+|is\s+)?(?:commanded|led|headed)\s+by)\s+"
    r"(?:(?:некий|некто|a\s+certain|one)\s+)?",
    re.I,
)


_NATIVE_GAP: Final = re.compile(
    r"(?:уроженец|уроженца|житель|жителя|native\s+of)\s+(?:(?:с|г|пос)\.\s*)?(?:[^\s,.;:]+\s+)?"
)


# The unit's words of `_UNIT_LED`, one of which is in each of its matches.
_UNIT_WORDS: Final = (
    "подразделени", "отряд", "батальон", "бригад", "групп", "ячейк", "джамаат", "сектор",
    "unit", "battalion", "brigade", "cell", "detachment", "sector",
)  # fmt: skip


def _may_lead_unit(low: str | None) -> bool:
    """Whether a text (`scan.folded`, None when it does not fold) may hold `_UNIT_LED`:
    a unit's word, and "котор" or "which" or "that" with a verb of leading (most texts
    lack them, and no sentence is looked at)."""
    if low is None:
        return True
    if not holds_any(low, _UNIT_WORDS):
        return False
    if "котор" in low:
        return True
    return ("which" in low or "that" in low) and (
        "commanded" in low or "led" in low or "headed" in low
    )


def _unit_commanders(ctx: DocContext) -> list[Stated]:
    """The commander of a unit the sentence places in a group ("вступил в ИГИЛ и воевал в
    составе отряда, которым командовал X"): a leader in that group."""
    out: list[Stated] = []
    if not _may_lead_unit(ctx.folded()):
        return out
    for sentence in ctx.sentences:
        groups = ctx.groups_in(sentence.start, sentence.end)
        prior = ctx.sentences[sentence.index - 1] if sentence.index else sentence
        if not groups and (prior is sentence or not ctx.groups_in(prior.start, prior.end)):
            continue
        for found in _UNIT_LED.finditer(ctx.text, sentence.start, sentence.end):
            agents = ctx.agents_in(found.end(), min(sentence.end, found.end() + 60))
            before = [g for g in groups if g.end <= found.start()]
            if not groups:
                # "вступил в «X». До 2019 года он проходил службу в подразделении,
                # которым руководил Y": the group of the sentence before
                last = ctx.last_group_before(sentence.start, sentences_back=1)
                before = [last] if last is not None else []
            # "которым руководил уроженец с. Ведено Хамзат Тасуев": a native-of between
            gap = ctx.text[found.end() : agents[0][0]] if agents else ""
            if agents and before and (not gap or _NATIVE_GAP.fullmatch(gap)):
                out.append((agents[0][2], "leader", before[-1], sentence, found.span()))
    return out


_CELL: Final = re.compile(
    r"(?<![\w-])(?:ячейк\w*|cell|cells|джамаат\w*|сторонник\w*|supporters)(?![\w-])", re.I
)
_LIST_INTRO: Final = re.compile(
    r"(?<![\w-])(?:задержан\w*|арестован\w*|установлен\w*|detained|arrested|named|members|"
    r"члены|участники)[^.:;\n]{0,30}:",
    re.I,
)
_BULLET: Final = re.compile(r"\n[ \t]*(?:[—–•*·-]|\d{1,2}[.)])?[ \t]*")
_INLINE_JOIN: Final = re.compile(r"\s*(?:,|;|,?\s*(?:and|и))\s*")


def _cell_lists(ctx: DocContext) -> list[Stated]:
    """The persons listed after "задержаны:" / "arrested:" within three sentences of a
    group's cell ("cell of X supporters ... Arrested were: A; B"): its members."""
    out: list[Stated] = []
    if ":" not in ctx.text:
        return out
    for sentence in ctx.sentences:
        if ctx.text.find(":", sentence.start, sentence.end) < 0:
            continue
        intro = _LIST_INTRO.search(ctx.text, sentence.start, sentence.end)
        group = _cell_group(ctx, sentence) if intro else None
        if intro is None or group is None:
            continue
        for person in _colon_list(ctx, intro.end(), min(len(ctx.text), intro.end() + 1500)):
            out.append((person, "member", group, sentence, intro.span()))
    return out


def _cell_group(ctx: DocContext, sentence: Sentence) -> GroupMention | None:
    for k in range(sentence.index, max(-1, sentence.index - 4), -1):
        earlier = ctx.sentences[k]
        cell = _CELL.search(ctx.text, earlier.start, earlier.end)
        if cell is not None:
            after = ctx.groups_in(cell.end(), min(earlier.end, cell.end() + 160))
            before = ctx.groups_in(max(earlier.start, cell.start() - 30), cell.start())
            return after[0] if after else (before[-1] if before else None)
    return None


def _colon_list(ctx: DocContext, pos: int, end: int) -> list[int]:
    agents = ctx.agents_in(pos, end)
    if not agents or not re.fullmatch(r"\s*(?:[—–•*·-]|1[.)])?\s*", ctx.text[pos : agents[0][0]]):
        return []
    bulleted = "\n" in ctx.text[pos : agents[0][0]]
    out, last = [agents[0][2]], agents[0][1]
    for start, stop, person in agents[1:]:
        gap = ctx.text[last:start]
        if bulleted:
            if "\n" not in gap:
                continue  # a second name on an entry's line ("супруга X")
            if not _BULLET.fullmatch(gap[gap.rfind("\n") :]):
                break
        elif not _INLINE_JOIN.fullmatch(gap):
            break
        out.append(person)
        last = stop
    return list(dict.fromkeys(out)) if len(out) >= 2 else []


# "two residents", "Two men from X", "четверо жителей", "3 şüpheli", "iki nəfər": a
# counted set the lead names later
_COUNTED: Final = re.compile(
    rf"(?<![\w-])(?P<n>{_EN_N}|{_RU_N}|{_TK_N}|двух|тр[её]х|четыр[её]х|пяти)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_NOUN}|young\s+men|жител\w+|уроженц\w+|мужчин\w*|молод\w+\s+люд\w+|"
    rf"подозреваем\w+|обвиняем\w+|человек|şüpheli\w*|zanlı\w*|sanı[kğ]\w*|şübhəli\w*|"
    rf"nəfər\w*|şəxs\w*|kişi\w*|təqsirləndirilən\w*|isim)(?![\w-])",
    re.I,
)
# A count right before a role noun: "three suspected members", "İŞİD-in üç üzvü"
_COUNT_LEFT: Final = re.compile(
    rf"(?<![\w-])(?P<n>{_EN_N}|{_RU_N}|{_TK_N})\s+(?:[\w-]+\s+){{0,2}}$", re.I
)
# "A former driver from X who spent a year with Y ...": one person, named next; a
# dateline may open the sentence ("LONDON, 3 May (Agency) - A ...")
_ONE_WHO: Final = re.compile(
    r"(?:[^\n.]{0,60}?\s[-—–]\s+)?(?:An?|One)\s+(?:[\w-]+\s+){1,6}?(?:who|that)\s"
)
_COUNT_WORDS: Final = {
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
}


def set_ahead(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The persons a counted set before `pos` in a sentence that names nobody stands for
    ("Two men were jailed for trying to fight for X. ... A, 27, was sentenced ... His
    co-defendant, B, ..."): the first that many persons the next sentences name."""
    if ctx.agents_in(sentence.start, sentence.end):
        return []
    found = _last_match(_COUNTED, ctx.text, max(sentence.start, pos - 200), pos)
    if found is None and ctx.language in ("az", "tr"):
        # the relative participle comes first: "DEAŞ'a üye oldukları belirlenen 3 şüpheli"
        found = _COUNTED.search(ctx.text, pos, min(sentence.end, pos + 80))
    one = _ONE_WHO.match(ctx.text, sentence.start, pos) if found is None else None
    if found is None and one is None:
        # "five suspected members of X" (the cue is the noun): only a next sentence's
        # "Among those detained were A and B" names them
        left = _COUNT_LEFT.search(ctx.text, max(sentence.start, pos - 40), pos)
        n = left.group("n").lower() if left else ""
        count = _NUMBERS.get(n) or _NUMBERS.get(fold(n)) or _COUNT_WORDS.get(fold(n))
        return _among_listed(ctx, sentence, count) if count else []
    word = fold(found.group("n")) if found else "1"
    count = _NUMBERS.get(word) or _COUNT_WORDS.get(word) or (1 if one else None)
    if count is None:
        return []
    among = _among_listed(ctx, sentence, count) if found else []
    if among:
        return among  # "Five IS members were detained. Among those held were A and B."
    out: list[int] = []
    # an entry may run to a few sentences: a window that grows with the count
    turkic = ctx.language in ("az", "tr")
    last = min(len(ctx.sentences), sentence.index + (max(7, 3 + 2 * count) if turkic else 7))
    for later in ctx.sentences[sentence.index + 1 : last]:
        # an entry a sentence: its first person, and those joined to it by "and"
        taken: tuple[int, int, int] | None = None
        for agent in ctx.agents_in(later.start, later.end):
            if not ctx.names_in(agent[0], agent[1]) or _speaker_or_writer(ctx, agent):
                continue
            if taken is None and agent[2] in out and turkic:
                break  # more about an entry already taken ("2013'te giden Taşdelen'in ...")
            # a label may open the entry: "Kırmızı kategori: 1990 doğumlu A"
            opening = max(later.start, ctx.text.rfind(":", later.start, agent[0]) + 1)
            if taken is None and len(ctx.text[opening : agent[0]].split()) > 3:
                return []  # not an entry's subject ("..., his mother Y said")
            if (
                taken is None
                or _AND_NEXT.fullmatch(ctx.text, taken[1], agent[0])
                or _COMMA_NEXT.fullmatch(ctx.text, taken[1], agent[0])
            ):
                out = list(dict.fromkeys([*out, agent[2]]))
                taken = agent
        if len(out) >= count:
            return out[:count] if len(out) == count else []
    return []


# "A (29), B (33) ve C (41) tutuklandı": an age in brackets may end each item
_COMMA_NEXT: Final = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*,\s*")
_AND_NEXT: Final = re.compile(
    r"[^.;:]{0,20}?\s(?:and|и|və|ve)\s+(?:(?:his|her|their|его|её|их)\s+)?(?:[\w-]+\s+){0,2}"
    r"[\"“«]?",  # a nickname in quotes may come first: 've "Deli Yusuf" lakaplı Y'
    re.I,
)
_KIN_BEFORE: Final = re.compile(
    r"(?:cousin|brother|sister|wife|husband|son|daughter|co-defendant|relative|брат\w*|"
    r"сестр\w*|жена|супруг\w*|муж|сын\w*|родственник\w*|подельник\w*)\s*,?\s*$",
    re.I,
)


def _speaker_or_writer(ctx: DocContext, agent: tuple[int, int, int]) -> bool:
    """A byline's writer or an official who speaks ("By X", "spokeswoman X"), not a
    co-defendant or a cousin named after their kin word."""
    before = ctx.text[max(0, agent[0] - 30) : agent[0]]
    if BYLINE_BEFORE.search(before):
        return True
    return _official(ctx, agent) and not _KIN_BEFORE.search(before)


# The words of a cell: a cell of a group is membership of that group ("the cell run by
# A", "главарь ячейки", "hücre", "qruplaşmanın üzvü"); an accomplice ("его сообщник")
# is not said to be in the group (tests/data/extract/g_ru_likvid.txt).
_CASE_CUE: Final = re.compile(
    r"(?<![\w-])(?:cells?\b|ringleader|ячейк|главар|hücre|özək|qruplaşma)",
    re.I,
)


def _theme_group(ctx: DocContext) -> GroupMention | None:
    """The one group a document names, however often and spelt ("ИГ", "ИГИЛ")."""
    if not ctx.groups:
        return None
    keys = {g.group_id or fold(g.name) for g in ctx.groups}
    return ctx.groups[0] if len(keys) == 1 else None


def case_suspects(ctx: DocContext, placed: set[int]) -> list[Stated]:
    """The suspects of a case against the one group a report names ("Police detained A
    and B over Islamic State financing"; "задержан житель X"): each in that group, unless
    a relative, an official or already placed in a group by a rule of its own."""
    theme = _theme_group(ctx)
    if theme is None:
        return []
    out: list[Stated] = []
    seen = set(placed)
    for match in _CASE_CUE.finditer(ctx.low):
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        agents = ctx.agents_in(sentence.start, sentence.end)
        if not agents and sentence.index + 1 < len(ctx.sentences):
            # "пресекли деятельность ячейки X. ... задержаны A и B": the detainees of the
            # sentence after the cell's
            after = ctx.sentences[sentence.index + 1]
            if _DETAINED.search(ctx.text, after.start, after.end):
                agents = ctx.agents_in(after.start, after.end)
        for agent in agents:
            if agent[2] in seen or _official(ctx, agent) or is_kin_word(ctx, agent[0], agent[1]):
                continue
            seen.add(agent[2])
            out.append((agent[2], "member", theme, sentence, match.span()))
    return out


_DETAINED: Final = re.compile(
    r"(?<![\w-])(?:задержан\w*|detained|arrested|gözaltına\s+alın\w*|saxlanıl\w*)(?![\w-])",
    re.I,
)


# The next sentence picks some of a counted set out: "Among those detained were A and B",
# "Среди задержанных — A и B", "Gözaltına alınanlar arasında A ile B de bulunuyor",
# "Saxlanılanlar arasında A və B var".
_AMONG: Final = re.compile(
    r"\s*(?:among\s+(?:them|those\s+\w+|the\s+(?:men|suspects|detainees|accused)\b)|"
    r"среди\s+(?:них|задержанн\w*|арестованн\w*|осужд[её]нн\w*|обвиняем\w*|подозреваем\w*)|"
    r"(?:gözaltına\s+alınanlar|tutuklananlar|yakalananlar|şüpheliler|"
    r"saxlanılanlar|həbs\s+edilənlər|tutulanlar|şübhəlilər)\s+(?:arasında|sırasında))",
    re.I,
)


def _among_listed(ctx: DocContext, sentence: Sentence, count: int) -> list[int]:
    """The persons the sentence after a counted set lists as among it (no more than the
    count), the first named one and those joined to it."""
    k = sentence.index + 1
    if k >= len(ctx.sentences):
        return []
    later = ctx.sentences[k]
    if _AMONG.match(ctx.text, later.start) is None:
        return []
    agents = [a for a in ctx.agents_in(later.start, later.end) if ctx.names_in(a[0], a[1])]
    if not agents:
        return []
    listed = joined_run(ctx.text, agents, _AMONG_JOIN)
    return listed if len(listed) <= count else []


# between two listed names: an age, a conjunction, a kin word ("(33) ile kardeşi",
# ", 33, and his brother")
_AMONG_JOIN: Final = re.compile(
    r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*(?=,))?\s*(?:,|and|и|ile|ve|və|,\s*and)\s+"
    r"(?:(?:his|her|their)\s+(?:\w+\s+)?(?:brother|sister|wife|husband|son|cousin)|"
    r"(?:брат|сестра|жена|муж|сын)\w*|kardeşi|eşi|oğlu|qardaşı|arvadı|əri)?\s*",
    re.I,
)


register(_CUE_WORDS, _UNIT_WORDS)  # (its gates' words, in the automaton at import)
