"""Leaders a text names by a title that names no group, or by a description ("JMA is
commanded by an Uzbek-born emir who goes by the name X", see `roles`): a notice's own
("Our emir, Sheikh A", "the emir, A", "komutanımız A", "əmirimiz A", "наш амир A"), in
the group the text speaks for (the one group it names; in a martyr notice, the one it
names more often than any other); a unit's ("Birimin komutanı ise A", "dəstənin əmiri
A"), in the group named last before; a man's ("his amir, A", "их амир A", "Амир их
группы, его все называли A"), in that man's group, so none when the text gives him none.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.fact_people import right_within
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.role_groups import group_meant
from ffdb.extract.role_stated import Stated, described_right, known_as_right
from ffdb.extract.scan import word_start_regex
from ffdb.extract.tokens import fold

# A leader title: the notice's own ("our emir", "komutanımız", "наш амир", "the emir,"),
# a man's ("his amir", "их амир", "Амир их группы") or a unit's ("Birimin komutanı").
# (`word_start_regex`: `(?<![\w-])(?:...)(?![\w-])` ignoring case, opening with the
# class of the branches' first letters, which `re` skips to.)
_OUR_TITLE: Final = word_start_regex(
    r"our\s+(?:(?:beloved|dear|late|own)\s+)?(?:emir|amir|commander)|the\s+(?:[A-Z][\w-]+\s+)?"
    r"(?:emir|amir)(?=\s*,)|"
    r"наш\w*\s+(?:амир|эмир|командир)\w*|"
    r"(?:əmir|komandir)(?:imiz|imizin)|(?:emir|komutan)(?:imiz|ımız|imizin|ımızın)"
)
_HIS_TITLE: Final = word_start_regex(
    r"(?:his|their)\s+(?:(?:late|former|own)\s+)?(?:emir|amir|commander)|"
    r"(?:его|их)\s+(?:амир|эмир|командир)\w*|(?:амир|эмир)\w*\s+(?:их|его)"
    r"(?:\s+(?:групп|джамаат|отряд|катиб|подразделени)\w*)?|"
    r"(?:onun|onların)\s+(?:əmiri|komandiri|emiri|komutanı)"
)
_UNIT_TITLE: Final = word_start_regex(
    r"(?:birim|grub|tabur|katibe|cemaat|birliğ|bölüğ)\w*\s+(?:emiri|komutanı)|"
    r"(?:dəstə|qrup|bölmə|bölüy|katibə|camaat)\w*\s+(?:əmiri|komandiri)"
)
# Between a title and its name: a comma or a dash, "Sheikh", Turkish "ise", a quote.
_TITLE_GAP: Final = re.compile(
    r"\s*(?:[,—–-]\s*)?(?:(?:ise|isə|da|de|də)\s+)?(?:(?:sheikh|shaykh|шейх|şeyh|şeyx)\s+)?"
    r"[«\"“]?",
    re.I,
)


def notice_members(ctx: DocContext) -> list[Stated]:
    """(person, role, group, sentence, cue span) for the leaders a text names in its own
    voice ("our emir, A") or a unit's ("Birimin komutanı A"), with the group that voice
    stands for."""
    if not _may_title(ctx):
        return []
    out: list[Stated] = []
    own = _notice_group(ctx)
    for regex, mine in ((_OUR_TITLE, True), (_UNIT_TITLE, False)):
        for match in regex.finditer(ctx.text):
            group = own if mine else group_meant(ctx, match.start())
            if group is None:
                continue
            for person in _named_after(ctx, match.end()):
                out.append(_stated(ctx, person, "leader", group, match))
    theme = _theme_group(ctx)
    if theme is None:
        return out
    for match in _HIS_TITLE.finditer(ctx.text):
        if _owner(ctx, match) is None:  # "Амир их группы": their group, the text's one
            for person in _named_after(ctx, match.end()):
                out.append(_stated(ctx, person, "leader", theme, match))
    return out


_LED_BY: Final = re.compile(
    r"(?<![\w-])(?:(?:commanded|led|headed|run)\s+by|под\s+(?P<ru>командованием|началом))(?![\w-])",
    re.I,
)
# between a group and "commanded by": its unit described, a time ("is today")
_UNIT_GAP: Final = re.compile(r"[»\"”]?(?:\s+[^\W\d_][\w'’-]*){0,6}\s+")


def described_leaders(ctx: DocContext) -> list[Stated]:
    """The leader a description names after "commanded by" ("JMA is today commanded by
    an Uzbek-born emir who goes by the name X", "an HTS company of Balkan fighters
    commanded by a man known only as X"): a leader of the group before it."""
    out: list[Stated] = []
    gate = " by " in ctx.low or "под " in ctx.low
    for match in _LED_BY.finditer(ctx.text) if gate else []:
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        groups = ctx.groups_in(sentence.start, match.start())
        if not groups or not _UNIT_GAP.fullmatch(ctx.text, groups[-1].end, match.start()):
            continue
        person = described_right(ctx, match.end(), sentence.end)
        if person is None and match.group("ru"):  # "под командованием (некоего) X"
            person = right_within(ctx, match.end(), words=1)
        if person is not None:
            out.append((person, "leader", groups[-1], sentence, match.span()))
    return out


def owned_leaders(ctx: DocContext) -> list[tuple[int, int]]:
    """(leader, man) pairs of "his amir, A", "их амир A", "Амир их группы ... A": the
    leader serves in the man's group (the man is who the pronoun stands for)."""
    if not _may_title(ctx):
        return []
    out: list[tuple[int, int]] = []
    for match in _HIS_TITLE.finditer(ctx.text):
        man = _owner(ctx, match)
        for person in _named_after(ctx, match.end()):
            if man is not None and man != person:
                out.append((person, man))
    return out


_GATE: Final = (
    "our ", "наш", "ımız", "imiz", "mız", "his ", "their ", "амир", "эмир", "командир",
    "emir", "komutan", "əmir", "komandir",
)  # fmt: skip


# A word every match of the three title regexes holds, in the text lower-cased by
# `scan.folded` ("komutanı" is "komutani" there): most texts hold none.
_TITLE_WORDS: Final = (
    "emir", "amir", "commander", "амир", "эмир", "командир", "əmir", "komandir", "komutan",
)  # fmt: skip


def _may_title(ctx: DocContext) -> bool:
    """Whether the text may hold a title of `_OUR_TITLE`, `_HIS_TITLE`, `_UNIT_TITLE`."""
    low = ctx.folded()
    if low is not None and not holds_any(low, _TITLE_WORDS):
        return False
    return any(w in ctx.low for w in _GATE)


def _stated(
    ctx: DocContext, person: int, role: str, group: GroupMention, match: re.Match[str]
) -> Stated:
    sentence = ctx.index.at(match.start())
    assert sentence is not None  # every offset of the text is in a sentence
    return (person, role, group, sentence, match.span())


def _owner(ctx: DocContext, match: re.Match[str]) -> int | None:
    """The man a title's possessive pronoun stands for ("his amir")."""
    pronoun = ctx.agents_in(match.start(), match.start() + 4)
    return pronoun[0][2] if pronoun else ctx.antecedent(match.start())


def _named_after(ctx: DocContext, pos: int) -> list[int]:
    """The person named right after a title at `pos`, or the one the clause says is
    "known as" ("Амир их группы, его все называли X")."""
    sentence = ctx.index.at(pos)
    if sentence is None:
        return []
    agents = ctx.agents_in(pos, min(sentence.end, pos + 80))
    if (
        agents
        and ctx.names_in(agents[0][0], agents[0][1])
        and _TITLE_GAP.fullmatch(ctx.text, pos, agents[0][0])
    ):
        return [agents[0][2]]
    named = known_as_right(ctx, pos, sentence.end)
    return [] if named is None else [named]


# A notice's voice: it calls its men "our brother", its dead "martyrs".
_NOTICE: Final = re.compile(
    r"(?<![\w-])(?:our\s+(?:beloved\s+)?brothers?|martyr\w*|shahid\w*|shuhada|наш\w*\s+брат\w*|"
    r"шахид\w*|qardaşımız\w*|şəhid\w*|kardeşimiz\w*|şehid\w*|şehadet\w*)(?![\w-])",
    re.I,
)


def _theme_group(ctx: DocContext) -> GroupMention | None:
    """The one group a text names, however spelt."""
    keys = {g.group_id or fold(g.name) for g in ctx.groups}
    return ctx.groups[0] if len(keys) == 1 else None


def _notice_group(ctx: DocContext) -> GroupMention | None:
    """The group a text speaks for: the one group it names; in a notice, the one it
    names more often than any other (a notice of one man's path through two groups, each
    named once, speaks for neither)."""
    if not ctx.groups:
        return None
    counts: dict[str, int] = {}
    first: dict[str, GroupMention] = {}
    for group in ctx.groups:
        key = group.group_id or fold(group.name)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, group)
    if len(counts) == 1:
        return ctx.groups[0]
    if _NOTICE.search(ctx.text) is None:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == ranked[1]:
        return None
    return first[max(counts, key=lambda k: counts[k])]


register(_TITLE_WORDS)  # (its gates' words, in the automaton at import)
