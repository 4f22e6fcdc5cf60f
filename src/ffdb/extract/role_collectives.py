"""The plural role noun of a court or police story as the subject of a member cue:
"обвиняемые, действуя в составе «Исламского государства», принимали участие в боях",
"Təqsirləndirilən şəxslər ... İŞİD terror təşkilatının tərkibində ... iştirak etmişlər",
"Sanıklar DEAŞ üyesi olmakla ...", "The suspects fought for IS". The noun stands for the
persons the story tries or holds: those listed right after it ("Təqsirləndirilən şəxslər
Sumqayıt sakinləri A, B və C"), else the story's defendants, each named in a sentence that
gives a term ("B 12 il ... alıb", "C приговорён к 14 годам"), else, in a story with no
term, each named in a sentence that detains or seeks them. Not the judge, a prosecutor,
a lawyer, a witness or a parent named beside them; not one acquitted, nor one the story
says did not go or fight ("D isə Suriyaya getməyib"), nor one whose own sentence names
another group ("E, DEAŞ yerine Katibat İmam Buhari'ye ...").

See `roles`: a member cue whose sentence names nobody asks `collective_members`.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.listing import joined_run
from ffdb.extract.sentences import Sentence

# The plural role nouns, in the nominative (the subject of the cue).
_NOUN: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?:the|all|all\s+the)\s+(?:(?:two|three|four|five|six|seven|[2-9])\s+)?"
    r"(?:accused|defendants|suspects|detainees|convicts|convicted\s+men)|"
    r"(?:все\s+)?(?:двое|трое|четверо|пятеро|шестеро|семеро)\s+(?:обвиняем|подсудим|"
    r"задержанн|арестованн|осужд[её]нн|подозреваем)ых|"
    r"обвиняемые|подсудимые|задержанные|арестованные|осужд[её]нные|фигуранты(?:\s+дела)?|"
    r"подозреваемые|"
    r"təqsirləndirilən\s+şəxslər|təqsirləndirilənlər|müttəhimlər|saxlanılanlar|"
    r"şübhəlilər|həbs\s+edilənlər|məhkumlar|"
    r"sanıklar|şüpheliler|zanlılar|gözaltına\s+alınanlar|tutuklananlar|hükümlüler"
    r")(?![\w-])",
    re.I,
)
# A term of years, given or asked for: "19 лет", "к 14 годам", "12 il", "10'ar yıl",
# "six years", "life sentence", "пожизненное", "müebbet", "ömürlük həbs".
_TERM: Final = re.compile(
    r"(?<![\w.,-])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"[а-яё]+(?:надцат|дцат)[а-яё]*|один|два|три|четыре|пять|шесть|семь|восемь|девять|десять)"
    r"(?:['’][a-z]+)?(?:[- ]and[- ]a[- ]half)?[- ]"
    r"(?:years?|лет|годам|года|год|il|ili|yıl|yıla|yıllık)(?![\w-])"
    r"(?!\s+(?:old|ago|later|earlier|before|after|назад|спустя|sonra|əvvəl|önce|ərzində|"
    r"boyunca|yaşında))|"
    r"life\s+(?:sentence|imprisonment|term)|пожизненн\w+|müebbet|ömürlük\s+həbs",
    re.I,
)
_ACQUITTED: Final = re.compile(r"acquitt|cleared\s+of|оправда|beraat|bəraət", re.I)
# The story says the person did not go or fight: no member of the group the noun's
# sentence names.
_DENIED: Final = re.compile(
    r"(?<![\w-])(?:did\s+not|didn['’]t|never)\s+(?:travel|go|went|fight|join)|"
    r"не\s+(?:выезжал|ездил|воевал|уезжал|вступал|участвовал)|"
    r"get(?:mə|mi)y\w*|gitme\w*|döyüşmə\w*|savaşma\w*|qoşulma\w*|katılma\w*|"
    r"(?<![\w-])(?:yerine|əvəzinə|instead\s+of|вместо)(?![\w-])",
    re.I,
)
# A sentence that holds or seeks a person, for a story with no term.
_HELD: Final = re.compile(
    r"задержан|арестован|розыск|detained|arrested|wanted|gözaltına|tutuklan|yakalan|"
    r"aran[ıi]yor|saxlanıl|həbs\s+edil|axtarış",
    re.I,
)
# The offices, and the parents, named before a person beside the defendants.
_BESIDE: Final = re.compile(
    r"(?<![\w-])(?:judge|prosecutors?|lawyer|attorney|counsel|witness|spokes\w+|minister|"
    r"officer|father|mother|wife|widow|судь\w+|прокурор\w*|обвинител\w*|адвокат\w*|"
    r"защитник\w*|свидетел\w*|следовател\w*|отец|мать|вдова|hakim\w*|savcı\w*|avukat\w*|"
    r"prokuror\w*|ittihamçı\w*|vəkil\w*|şahid\w*|tanık\w*|babası|annesi|atası|anası|"
    r"başkanı|sədr\w*)[\s,]*(?:[^\W\d_]+\s+){0,2}$",
    re.I,
)
# Between the noun and the names it lists: a few words of apposition, a colon or a dash.
_LIST_LEAD: Final = re.compile(r"[\s,:—–-]*(?:[^\W\d_]+\s+){0,3}?[\s,:—–-]*")
_JOIN: Final = re.compile(r"\s*(?:\(\d{1,3}(?:\s+yaş)?\)|,\s*\d{1,3}\s*(?=,))?\s*"
                          r"(?:,|and|и|və|ve|ile|,\s*and)\s*")  # fmt: skip
# Who speaks of the case: a verb of saying right after the name.
_SPEAKS: Final = re.compile(
    r"\s*(?:said|says|told|added|stated|noted|сообщил\w*|заявил\w*|сказал\w*|отметил\w*|"
    r"reported|bildirib|deyib|qeyd\s+edib|söyledi|dedi|belirtti|açıkladı)(?![\w-])",
    re.I,
)
# A cue after "with": the noun's persons are in touch with the group's members.
_CONTACT: Final = re.compile(
    r"(?<![\w-])(?:with|с|со|ilə|ile|contact|связ\w*|əlaqə\w*|irtibat\w*|temas\w*)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
# The words before a list of those the noun stood for.
_NAMED_LEAD: Final = re.compile(
    r"(?:(?:they|these)\s+(?:are|were)|(?:[^\W\d_]+\s+){0,4}named\s+them|"
    r"(?:ими|это)\s+(?:оказались|являются|стали)|(?:[^\W\d_]+\s+){0,4}назвал\w*\s+их|"
    r"(?:onlar|bunlar)(?:\s+[^\W\d_]+){0,2}|(?:[^\W\d_]+\s+){0,3}isimleri)\s*[:,—–-]?\s*",
    re.I,
)
_REACH: Final = 40  # sentences of the story searched for its defendants


def collective_members(ctx: DocContext, sentence: Sentence, cue: int) -> list[int]:
    """The persons the plural role noun before `cue` in `sentence` stands for (see the
    module's docstring), or [] when no such noun is the cue's subject."""
    noun = _NOUN.search(ctx.text, sentence.start, cue)
    if noun is None or _CONTACT.search(ctx.text, max(noun.end(), cue - 20), cue):
        return []  # "The detainees kept in contact with members of X": not members
    listed = _listed_after(ctx, noun.end(), cue)
    if listed:
        return listed
    if ctx.agents_in(sentence.start, cue):
        return []  # a name of its own before the cue: the noun is no subject
    known = [g for g in ctx.groups_in(noun.end(), sentence.end) if g.group_id]
    if not known:
        return []  # "подозреваемые в участии в НВФ": no group the gazetteer knows
    theme = known[0].group_id or ""
    named = _listed_next(ctx, sentence)
    if named:
        return named
    later = ctx.sentences[: sentence.index + _REACH]
    found = _named_in(ctx, [s for s in later if _TERM.search(ctx.text, s.start, s.end)], theme)
    if found:
        return found
    return _named_in(ctx, [s for s in later if _HELD.search(ctx.text, s.start, s.end)], theme)


def _listed_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """Two or more names listed right after the noun ("Sanıklar A, B ve C ...")."""
    agents = [a for a in ctx.agents_in(pos, end) if ctx.names_in(a[0], a[1])]
    lead = _LIST_LEAD.match(ctx.text, pos, agents[0][0]) if agents else None
    if lead is None or lead.end() != agents[0][0]:
        return []
    out = joined_run(ctx.text, agents, _JOIN)
    return out if len(out) >= 2 else []


def _listed_next(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The names a sentence right after lists ("Ими оказались A, B и C", "They are A,
    B and C", "A police statement named them: A, B and C")."""
    for each in ctx.sentences[sentence.index + 1 : sentence.index + 3]:
        agents = [a for a in ctx.agents_in(each.start, each.end) if ctx.names_in(a[0], a[1])]
        if agents and _NAMED_LEAD.fullmatch(ctx.text, each.start, agents[0][0]):
            return _listed_after(ctx, agents[0][0], each.end)
    return []


def _named_in(ctx: DocContext, sentences: list[Sentence], theme: str) -> list[int]:
    """The persons named in `sentences`, less those beside them, acquitted, denied or
    placed in another group by their own sentence."""
    out: list[int] = []
    dropped: set[int] = set()
    for each in sentences:
        agents = [a for a in ctx.agents_in(each.start, each.end) if ctx.names_in(a[0], a[1])]
        other = any((g.group_id or g.name) != theme for g in ctx.groups_in(each.start, each.end))
        word = _ACQUITTED.search(ctx.text, each.start, each.end) or _DENIED.search(
            ctx.text, each.start, each.end
        )
        for start, end, person in agents:
            if _BESIDE.search(ctx.text, max(each.start, start - 40), start):
                continue
            if _SPEAKS.match(ctx.text, ctx.agents_in(start, each.end)[0][1]):
                continue  # "..., Lomidze said": who reports the case
            if (other and len(agents) == 1) or (word and _denied(ctx, end, word.start())):
                dropped.add(person)
            elif person not in out:
                out.append(person)
    return [p for p in out if p not in dropped]


def _denied(ctx: DocContext, end: int, word: int) -> bool:
    """Whether the acquittal or denial at `word` is of the name ending at `end`: a name
    before it with no term between ("A 12 il, B isə Suriyaya getməyib": B; "A and B were
    acquitted": both)."""
    return end <= word and _TERM.search(ctx.text, end, word) is None
