"""Groups and units attached to persons, with a role (member, leader, founder): "fought
for X", "in the ranks of X", "X-in tərkibində", "X saflarında", "X'e katıldı", "в рядах
X", "боевик X", "İŞİD-çi X", "X's emir, Y", "three members of X: A, B and C". The cues are
in `data/cues.tsv`; the group is the gazetteer's or one the text names ("member of
Taifetul Mansura"). No role from a denial ("never a member"), from the group's men acting
on the person ("kidnapped by IS fighters"), or when a relative stands between ("her
husband, an IS fighter").
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_counted import entries_after
from ffdb.extract.event_roles import each_with_a_term
from ffdb.extract.fact_people import Fact, coordinated_after, persons_near, right_within
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.hometown_leads import describes_lede, first_named_after
from ffdb.extract.lexicon import DATA, Cue, alternation, cues
from ffdb.extract.listing import coordinated_chain
from ffdb.extract.role_checks import (
    about_a_relative,
    denied_or_passive,
    is_kin_word,
    is_qualifier,
    named_parent,
    one_name_per_group,
    qualified_group,
    relative_clause_head,
    taken_back,
)
from ffdb.extract.role_collectives import collective_members
from ffdb.extract.role_figures import counts_nameless
from ffdb.extract.role_groups import chained_groups, group_for
from ffdb.extract.role_narrated import narrated_members
from ffdb.extract.role_notices import described_leaders, notice_members, owned_leaders
from ffdb.extract.role_offices import holds_office, without_office_holders
from ffdb.extract.role_owners import deputies, unit_owners
from ffdb.extract.role_paired import paired_subject
from ffdb.extract.role_people import (
    beside_companion,
    companions_of,
    gapped_pairs,
    likewise,
    listed_below,
    located_members,
    plural_subject,
    set_members,
    went_along,
    whole_list,
)
from ffdb.extract.role_reported import reported_subject
from ffdb.extract.role_stated import (
    case_suspects,
    described_right,
    known_as_right,
    set_ahead,
    stated_members,
)
from ffdb.extract.role_verdicts import sentenced_set
from ffdb.extract.scan import CueScanner
from ffdb.extract.sentences import Sentence
from ffdb.extract.timelines import dated_line_lead, profile_person

GROUP_EXTRACTOR: Final = "group_role_rules.v1"


@cache
def _role_regex() -> CueScanner:
    pairs = [
        (f"{c.kind}_{c.where}_{i}", c.pattern)
        for i, c in enumerate([*cues(), *_more_cues()])
        if c.kind in ("member", "leader", "founder")
    ]
    return alternation(pairs)


@cache
def _more_cues() -> list[Cue]:
    """The role cues of `data/role_cues.tsv`."""
    lines = (DATA / "role_cues.tsv").read_text(encoding="utf-8").splitlines()
    return [Cue(*ln.split("\t", 2)) for ln in lines if ln.strip() and not ln.startswith("#")]


_LINKED: Final = re.compile(r"-(?:linked|affiliated|aligned|allied|inspired)$", re.I)
# a place the group holds, not the group: "left IS-held Raqqa", "moved to ISIS-run areas"
_HELD: Final = re.compile(
    r"(?:['’]s?)?(?:[-‑](?:held|controlled|run|occupied)\b|\s+(?:territory|territories|areas?|lands?)\b)",
    re.I,
)
_ROLE_NOUN_IN: Final = re.compile(
    r"(?:leader|head|chief|emir|amir|commander)s?\s+(?:of|in|within|with)$", re.I
)
_ADJECTIVAL: Final = re.compile(r"(?:\bthe|\ba|\ban|newly|recently|later|once)\s+$", re.I)
_LEFT_PERSON: Final = re.compile(
    r"took over|rəhbərlik|başçılıq|yarad|qur|kurdu|kurmuş|təşkil", re.I
)

_SIDE: Final = re.compile(r"side of|на стороне", re.I)


def find_roles(ctx: DocContext) -> list[Fact]:
    out = []
    for match in _role_regex().finditer(ctx.text, ctx.low):
        role, where, _ = (match.lastgroup or "x_x_0").split("_")
        sentence = ctx.index.at(match.start())
        if sentence is None or ctx.text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue  # "Тимур был в «ИГ»?": an interviewer's question states nothing
        if (
            role == "founder"
            and not match.group().lower().startswith(("founder", "co-founder"))
            and _ADJECTIVAL.search(ctx.text[max(0, match.start() - 20) : match.start()])
        ):
            continue  # "the newly created Islamic State": a participle, nobody founding
        group = group_for(ctx, sentence, match, where)
        if group is None and where == "after" and _ROLE_NOUN_IN.match(match.group()):
            where = "before"  # "the Islamic State's emir in Raqqa": the group came first
            group = group_for(ctx, sentence, match, where)
        if group is None or _pledge_to_a_person(ctx, match, group):
            continue
        if group.group_id is None and _SIDE.search(match.group()):
            continue  # "on the side of the Syrian army": a side named, no armed group
        if _HELD.match(ctx.text, group.end) or _HELD.search(group.text[-9:]):
            continue  # "fled IS-held Mosul", "left the Islamic State's territory"
        if denied_or_passive(ctx, match, group, where) or taken_back(ctx, sentence, match.start()):
            continue
        if _LINKED.search(group.text) and not is_qualifier(ctx, group):
            continue  # "with an al-Qaeda-linked group": a group linked to X, not X
        group = named_parent(ctx, qualified_group(ctx, group))
        persons = _persons_for(ctx, sentence, match, role, where, group)
        if not persons and role == "member":  # "Все они воевали в рядах X:" + a list
            persons = listed_below(ctx, sentence)
        weak = False
        if not persons and role == "member":  # "sentenced three men for fighting for X"
            persons = sentenced_set(ctx, sentence)
            persons = persons or collective_members(ctx, sentence, match.start())
            weak = bool(persons)
        if role == "member" and (like := likewise(ctx, sentence, match.start())):
            persons = list(dict.fromkeys([*like, *persons]))  # "A, как и B, был в рядах X"
        if len(persons) <= 1 and role == "member":  # "... İŞİD-ə qoşulublar": the pair
            plural = plural_subject(ctx, sentence, match)
            persons = plural if len(plural) >= 2 and set(persons) <= set(plural) else persons
        if len(persons) == 1 and role == "member":  # "A (34) ile B (29), örgüte ...": A too
            paired = paired_subject(ctx, sentence, persons[0], match.start())
            persons = persons if paired is None else [paired, *persons]
        if not persons and dated_line_lead(ctx, sentence, match.start()):
            person = profile_person(ctx, sentence)  # "2007 - Joins X." in a profile
            persons = [person] if person is not None else []
        if not persons and describes_lede(ctx, sentence, match.start()):
            # "The family of a Bradford man killed while fighting for IS held ...": the
            # man the next sentences name
            lede = first_named_after(ctx, match.end())
            persons = [lede] if lede is not None else []
        if len(persons) == 1 and not ctx.agents_in(sentence.start, match.start()):
            main = went_along(ctx, sentence, persons[0])  # the companion named before
            persons = persons if main is None else [main]
        elif len(persons) == 1 and role == "member":
            main = beside_companion(ctx, sentence, persons[0], match.start())
            persons = persons if main is None else [main, persons[0]]
        if persons and role == "member":  # "A ile birlikte örgüte katıldı": A too
            cue = group.start if sentence.start <= group.start < match.start() else match.start()
            persons = list(dict.fromkeys([*persons, *companions_of(ctx, sentence, cue)]))
            persons = whole_list(ctx, sentence, persons, match.start())
        chained = (
            chained_groups(ctx, sentence, group, where) if persons and role == "member" else []
        )
        for person in persons:
            for each in (group, *[c for c in chained if not is_qualifier(ctx, c)]):
                fact = _role_fact(person, role, match.group().strip(), each, sentence, match.span())
                out.append(_weak(fact) if weak else fact)
            if where == "before" and ctx.language in ("az", "tr"):
                for other, earlier in gapped_pairs(ctx, sentence, person, group):
                    word = match.group().strip()
                    out.append(_role_fact(other, role, word, earlier, sentence, match.span()))
    for person, group, sentence in located_members(ctx):  # "Dedi, İŞİD-dədir"
        span = (group.start, group.end)
        out.append(_role_fact(person, "member", group.text, group, sentence, span))
    for person, group, sentence, span in _listed_members(ctx):  # "brothers of X: 1. A"
        out.append(_role_fact(person, "member", ctx.text[span[0] : span[1]], group, sentence, span))
    stated = [*stated_members(ctx), *narrated_members(ctx), *described_leaders(ctx)]
    for person, role, group, sentence, span in stated:
        out.append(_role_fact(person, role, ctx.text[span[0] : span[1]], group, sentence, span))
    for person, role, group, sentence, span in notice_members(ctx):
        word = ctx.text[span[0] : span[1]]
        out.append(_weak(_role_fact(person, role, word, group, sentence, span)))
    out += _suffixed_members(ctx)
    for person, role, group, sentence, span in case_suspects(ctx, {f.person for f in out}):
        out.append(_role_fact(person, role, ctx.text[span[0] : span[1]], group, sentence, span))
    for deputy, chief in deputies(ctx):  # "Guliyev's deputy, Sadigov": Guliyev's group
        if not any(f.person == deputy for f in out):
            out += [_as_member(f, deputy) for f in out if f.person == chief]
    for leader, man in owned_leaders(ctx):  # "His amir, Abu X": the man's group
        if not any(f.person == leader for f in out):
            out += [_as_member(f, leader, "emir") for f in out if f.person == man]
    owners = unit_owners(ctx)
    for member, owner in owners:  # "A, a member of B's unit": B's group
        if not any(f.person == member for f in out):
            out += [_as_member(f, member, "unit") for f in out if f.person == owner]
    for member, owner in owners:  # "A served in the same unit as B, killed in 2015": A's
        if not any(f.person == owner for f in out):
            out += [_as_member(f, owner, "unit") for f in out if f.person == member]
    return one_name_per_group(without_office_holders(ctx, _without_weak_twins(out)))


def _weak(fact: Fact) -> Fact:
    """A fact a rule infers from a set or a title, not stated of the person: it yields
    to a stated fact of the same group (whose spelling is the person's own)."""
    fact.extra["weak"] = True
    return fact


def _without_weak_twins(facts: list[Fact]) -> list[Fact]:
    stated = {
        (f.person, f.extra.get("group_id") or f.value) for f in facts if not f.extra.get("weak")
    }
    return [
        f
        for f in facts
        if not f.extra.get("weak") or (f.person, f.extra.get("group_id") or f.value) not in stated
    ]


# Members of a group counted in a lead whose names a list below gives ("several brothers
# of Ajnad al-Kavkaz have reached what they went out for ... 1. Abu Yusuf ... 2. ...").
_MEMBERS_OF: Final = re.compile(
    r"(?<![\w-])(?:several|some|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|"
    r"the following)\s+(?:brothers|members|fighters|mujahid(?:een|in)|soldiers|militants)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def _listed_members(
    ctx: DocContext,
) -> list[tuple[int, GroupMention, Sentence, tuple[int, int]]]:
    out = []
    for group in ctx.groups:
        lead = _MEMBERS_OF.search(ctx.text, max(0, group.start - 40), group.start)
        sentence = ctx.index.at(group.start) if lead is not None else None
        if lead is None or sentence is None or ctx.agents_in(sentence.start, sentence.end):
            continue
        for person in entries_after(ctx, sentence.end):
            out.append((person, group, sentence, (lead.start(), group.end)))
    return out


def _as_member(fact: Fact, person: int, word: str = "deputy") -> Fact:
    extra = {**fact.extra, "role": "member", "role_word": word}
    return dataclasses.replace(fact, person=person, extra=extra)


def _role_fact(
    person: int,
    role: str,
    word: str,
    group: GroupMention,
    sentence: Sentence,
    cue: tuple[int, int],
) -> Fact:
    extra = {"role": role, "role_word": word, "as_written": group.text}
    extra["written"] = group.written or group.name
    if group.group_id:
        extra["group_id"] = group.group_id
    return Fact(
        person,
        "group",
        group.name,
        sentence.start,
        sentence.end,
        cue[0],
        cue[1],
        extractor=GROUP_EXTRACTOR,
        confidence=0.75,
        extra=extra,
    )


# the members as the agent of a passive: "teröristlerce", "militanlar tarafından"
_BY_AGENT: Final = re.compile(
    r"[^.;:,]{0,40}?(?:\w+l[ae]r[cç][ae]|tarafından|tərəfindən)(?![\w-])", re.I
)
_MEMBER_SUFFIX: Final = re.compile(
    r"[-'’](?:ç[ıiuü]|c[ıiuü]|l[ıiuü]|affiliated|linked|aligned)$|[^\W\d_]ов(?:ец|ца|цу|цем|цы|цев)$"
)


def _suffixed_members(ctx: DocContext) -> list[Fact]:
    """Azerbaijani and Turkish make a member of a group with a suffix: "İŞİD-çi Elvin
    Məmmədov", "DEAŞ'lı terörist Ahmet Kaya"."""
    out = []
    for group in ctx.groups:
        if not _MEMBER_SUFFIX.search(group.text) or is_qualifier(ctx, group):
            continue  # "the al-Qaeda-linked HTS" qualifies a group, not a person
        sentence = ctx.index.at(group.start)
        person = right_within(ctx, group.end, words=3)
        if person is not None and _BY_AGENT.match(
            ctx.text, group.end, ctx.agents_in(group.end, group.end + 80)[0][0]
        ):
            person = None  # "DEAŞ'lı teröristlerce öldürülen X": killed by the members
        if person is None and group.text.endswith(("affiliated", "linked", "aligned")):
            left = ctx.agents_in(
                group.start - 60, group.start
            )  # "X was an IS-affiliated recruiter"
            person = left[-1][2] if left and sentence and left[-1][0] >= sentence.start else None
        if sentence is not None and person is not None:
            word = group.text[-3:]
            out.append(
                _role_fact(person, "member", word, group, sentence, (group.start, group.end))
            )
    return out


_PLEDGE_CUE: Final = re.compile(r"allegiance|bay|присяг|beyət|biat", re.I)


def _pledge_to_a_person(ctx: DocContext, match: re.Match[str], group: GroupMention) -> bool:
    """A pledge to a group's leader ("gave baya to the Islamic State of Iraq’s leader Abu
    ‘Umar") says nothing of membership of the group."""
    after = ctx.text[group.end : group.end + 3]
    return bool(_PLEDGE_CUE.search(match.group())) and bool(
        re.match(r"['’]s?\s", after) or re.search(r"['’]s$", group.text)
    )


# A clause made a noun ("katıldığı", "qoşulduğunu", "savaştığını") has its subject in
# the genitive before it ("Ahmet Yıldız'ın ... örgüte katıldığı").
_NOMINALISED: Final = re.compile(
    r"[^\W\d_]*?(?:[dt][ıiuü][ğy][ıiuü]|m[aə]s[ıi])(?:n[ıiuü]|n[aeə])?(?![\w-])"
)
_GENITIVE_NAME: Final = re.compile(r"(?:['’]?n?[ıiuü]n)$")
_GENITIVE_AFTER: Final = re.compile(r"['’]?n?[ıiuü]n(?![\w-])")


def _genitive_subject(ctx: DocContext, sentence: Sentence, match: re.Match[str]) -> int | None:
    last = (match.group().split() or [""])[-1]  # "örgüte para aktardığı": the verb ends it
    if not (_NOMINALISED.match(ctx.text, match.start()) or _NOMINALISED.fullmatch(last)):
        return None
    agents = ctx.agents_in(sentence.start, match.start())
    if not agents:
        return None
    start, end, person = agents[-1]  # the name nearest the verb, in the genitive
    if is_kin_word(ctx, start, end):
        # "babası Ali Kaya, oğlunun DEAŞ'a katıldığını": the son, named only when the
        # sentence opened with him ("Veli Kaya'nın babası Ali Kaya, oğlunun ...")
        return _kin_owner(ctx, sentence, start)
    if _GENITIVE_NAME.search(ctx.text, start, end) or _GENITIVE_AFTER.match(ctx.text, end):
        return person
    return None


_KIN_OF: Final = re.compile(
    r"(?:['’]?n?[ıiuü]n)?\s+(?:annesi|babası|anası|atası|eşi|kardeşi|ağabeyi|ablası|"
    r"qardaşı|bacısı|həyat\s+yoldaşı|dayısı|amcası|əmisi)\s+",
    re.I,
)


def _kin_owner(ctx: DocContext, sentence: Sentence, kin: int) -> int | None:
    """The person whose relative speaks, named first in the sentence in the genitive
    before the relation word ("Veli Kaya'nın annesi Ayşe Kaya, oğlunun ...")."""
    agents = ctx.agents_in(sentence.start, kin)
    if len(agents) < 2 or not ctx.names_in(agents[0][0], agents[0][1]):
        return None
    owner, speaker = agents[0], agents[1]
    gap = _KIN_OF.match(ctx.text, owner[1])
    if gap is None or gap.end() != speaker[0] or is_kin_word(ctx, owner[0], owner[1]):
        return None
    return owner[2]


# how a role's cue names the person after it: "led by X" reaches further, "led", "под"
# before a described leader, "its"/"their"/"'s" own a person on the left
_LED_BY: Final = re.compile(r"led by|headed by|commanded by", re.I)
_LEADING: Final = re.compile(r"led|headed|commanded|под", re.I)
_LEFT_OWNED: Final = re.compile(r"led by|headed by|its|their|'s|’s", re.I)


def _persons_for(
    ctx: DocContext,
    sentence: Sentence,
    match: re.Match[str],
    role: str,
    where: str,
    group: GroupMention,
) -> list[int]:
    text = ctx.text
    listed = _listed_after_colon(ctx, sentence, max(match.end(), group.end))
    if listed:
        return listed  # "Задержаны трое членов ИГИЛ: A, B и C"
    if role == "member" and _FOR_BEFORE.search(
        text, max(sentence.start, match.start() - 8), match.start()
    ):
        termed = each_with_a_term(ctx, sentence)
        if len(termed) >= 2:  # "sentenced A to six years and B to one year for membership of X"
            return [p for p in termed if not holds_office(ctx, p)]
    apposed = _participle_of(ctx, sentence, match)
    if apposed is None and match.start() > sentence.start:
        # "brother of B, who was killed while fighting for X": B
        apposed = relative_clause_head(ctx, sentence, match.start())
    if apposed is not None:  # "с Отабеком Юлдашевым, уроженцем Андижана, воевавшим в X"
        return _with_coordinated(ctx, sentence, apposed, match.start())
    near = where == "before" and sentence.start <= group.start and match.start() - group.end < 60
    members = set_members(ctx, sentence, group.start if near else match.start())
    if members is not None:
        return members  # "all four adults joined ISIS", "hər dördü İŞİD-ə qoşulub"
    ahead = set_ahead(ctx, sentence, match.start())
    if ahead:
        return ahead  # "Two men were jailed for trying to join X. A, 27, ... B, 24, ..."
    reported = reported_subject(ctx, sentence, match.start())
    if reported is not None:
        return [reported]  # "Judge X said Y, who ..., fought for IS": Y
    if role == "member" and where == "after" and re.search(r"members\b", match.group(), re.I):
        tail = ctx.agents_in(group.end, sentence.end) if group.end > match.end() else []
        anaphor_end = (
            match.end()
            + len(text[match.end() : sentence.end])
            - len(text[match.end() : sentence.end].lstrip())
        )
        start = group.end if group.end > match.end() else anaphor_end
        listed = _listed_after(ctx, start, sentence.end) if tail or group.end <= match.end() else []
        if listed:
            return listed
    if where == "before" and ctx.language in ("az", "tr"):
        subject = _genitive_subject(ctx, sentence, match)
        if subject is not None:  # "Yıldız'ın örgüte katıldığı, Kara'nın ise ...": Yıldız
            return whole_list(ctx, sentence, [subject], match.start(), single=True)
    if where == "before" and not _LEFT_PERSON.match(match.group()):
        # "led by his fellow Dagestani Abu Hanifa": a few words may describe the leader
        reach = 4 if _LED_BY.match(match.group()) else 2
        # a finite verb closes its clause: "İŞİD-ə qoşulub və "Əbu X" ləqəbi ilə ...",
        # the name after the conjunction is no subject of it
        closed = _CLAUSE_CLOSED.match(ctx.text, match.end())
        person = None if closed else right_within(ctx, match.end(), words=reach)
        if person is None:
            person = _apposed_right(ctx, match.end(), sentence.end)
        if person is None:
            person = _after_participles(ctx, match.end(), sentence.end)
        if person is None and _LEADING.match(match.group()):
            person = described_right(ctx, match.end(), sentence.end)
        if person is not None:  # "DEAŞ mensubu Mehmet Arslan ile Ahmet Demir"
            return [person, *coordinated_after(ctx, person, match.end(), sentence.end)]
        if _LEFT_OWNED.match(match.group()):
            return []
    # a role word right before its group has its person on the left ("He fought in an
    # IS unit led by Abu Hanifa"); "A member of X explained that the Y jamaat" does not
    adjacent = where == "after" and 0 <= group.start - match.end() < 40
    adjacent = adjacent and not ctx.agents_in(match.end(), group.start)
    if adjacent and _TITLE.fullmatch(match.group()):
        # a title and its group before a name: "Боевик ИГИЛ Эльнур Алиев", "one more
        # fighter of the Caucasus Emirate, Ibragim Kurbanov"
        person = right_within(ctx, group.end, words=1)
        if person is None:
            person = _apposed_right(ctx, group.end, sentence.end)
        if person is not None:  # "Among the fighters of X were A and B"
            return [person, *coordinated_after(ctx, person, group.end, sentence.end)]
    if where == "after" and _TITLE.fullmatch(match.group()):
        # "связь с куратором этой организации, ... известным под прозвищем «X»"
        named = known_as_right(ctx, match.end(), sentence.end)
        if named is not None and not ctx.agents_in(sentence.start, match.start()):
            return [named]
    if counts_nameless(ctx, sentence.start, sentence.end):
        return []  # "DEAŞ üyeliğinden 60'tan fazla kişi hakkında dava açıldı": a figure
    prefer = "left-only" if adjacent else "left"
    persons = persons_near(ctx, sentence, match.start(), match.end(), prefer, reach=150)
    if persons and about_a_relative(ctx, sentence, match.start()):
        return []
    inside = {n.person for n in ctx.names_in(group.start, group.end)}
    return [p for p in persons if p not in inside]


# The reason a verdict gives: "for membership of", "of joining", "за участие в".
_FOR_BEFORE: Final = re.compile(r"(?<![\w-])(?:for|of|за)\s+$", re.I)


def _with_coordinated(ctx: DocContext, sentence: Sentence, head: int, cue: int) -> list[int]:
    """`head` with the names coordinated before it: "two brothers, Jonas and Elias Brandt,
    who travelled to Syria and joined the group": both."""
    names = [n for n in ctx.names_in(sentence.start, cue) if n.person is not None]
    last = max((i for i, n in enumerate(names) if n.person == head), default=None)
    if last is None:
        return [head]
    chain = coordinated_chain(ctx.text, names[: last + 1])
    return list(dict.fromkeys([head, *chain]))


_PARTICIPLE: Final = re.compile(r"воевавш|сражавш|участвовавш|вступивш|примкнувш", re.I)
# the appositions between a name and its participle: ", уроженцем Андижана, "
_APPOSITIONS: Final = re.compile(r"(?:\s*,\s*[^\W\d_][^,.;:()]{0,40}?)*\s*,\s*")


def _participle_of(ctx: DocContext, sentence: Sentence, match: re.Match[str]) -> int | None:
    """The name a Russian participle set off by commas describes (it agrees with that
    name, not with the sentence's subject)."""
    start = match.start()
    if not _PARTICIPLE.match(match.group()):
        # "брату Кантемиру, воевавшему в Сирии в рядах X": the participle a place parts
        # from the cue
        near = _PARTICIPLE_BEFORE.search(ctx.text, max(sentence.start, start - 50), start)
        if near is None:
            return None
        start = near.start()
    agents = ctx.agents_in(sentence.start, start)
    if agents and _APPOSITIONS.fullmatch(ctx.text, agents[-1][1], start):
        return agents[-1][2]
    return None


_CLAUSE_CLOSED: Final = re.compile(r"\s*(?:[,;.]|(?:və|ve|и|and)\s)", re.I)
_PARTICIPLE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:воевавш|сражавш|участвовавш)\w*(?:\s+[^\s,.;:]+){0,3}\s+$", re.I
)


# Role words that are titles: with their group they may stand before the name.
_TITLE: Final = re.compile(
    r"(?:members?|fighters?|militants?|commanders?|leaders?|emirs?|amirs?|член\w*|бо(?:ец|йц\w*)|"
    r"участник\w*|боевик\w*|лидер\w*|главар\w*|амир\w*|эмир\w*|руководител\w*|"
    r"куратор\w*|вербовщик\w*|handlers?)"
    r"(?:\s+of|\s+for)?",
    re.I,
)
_APPOSED: Final = re.compile(
    r"[»”\"’']?(?:\s+(?:for|in|of|в|по)\s+[^\W\d_][\w'’ -]{1,30}?)?\s*,\s*$"
)


def _apposed_right(ctx: DocContext, pos: int, end: int) -> int | None:
    """The name set off by a comma after a role word: "the Islamic State's emir for
    Azerbaijan, Samir Quliyev, was killed"."""
    agents = ctx.agents_in(pos, min(end, pos + 60))
    if agents and _APPOSED.fullmatch(ctx.text[pos : agents[0][0]]):
        return agents[0][2]
    return None


# "DEAŞ'ın ... emirlerinden olduğu belirlenen, örgüt içinde "Ebu X" kod adını kullanan
# Adana doğumlu Ahmet Kaya": Turkish participles stand before the name they describe.
_FOUND_TO_BE: Final = re.compile(
    # "saflarında çatışmalara katıldığı belirlenen X": a verb of the cue's clause between
    r"(?:(?:\s+[^\W\d_]+){0,2}?\s+[^\W\d_]+(?:[dt][ıiuü][ğ][ıiuü]|[dt]ikleri|[dt]ıkları))?"
    r"\s+(?:olduğu\s+)?(?:belirlenen|tespit edilen|öğrenilen|anlaşılan|iddia edilen|"
    r"bilinen|değerlendirilen|belirtilen|bildirilen|düşünülen)\s*,?"
)
_PARTICIPLE_END: Final = re.compile(r"(?:[ae]n|l[ıiuü]|doğumlu|\))$")


def _after_participles(ctx: DocContext, pos: int, end: int) -> int | None:
    found = _FOUND_TO_BE.match(ctx.text, pos, end)
    if found is None:
        return None
    for start, _, person in ctx.agents_in(found.end(), min(end, found.end() + 150)):
        words = ctx.text[found.end() : start].split()
        if len(words) > 12 or any(w[-1:] in ".;:!?" for w in words):
            return None
        if not words or _PARTICIPLE_END.search(words[-1]):
            return person  # not an alias in quotes: "... "Ebu Zeyd" kod adını kullanan"
    return None


_TO_COLON: Final = re.compile(r"[^:;,.()—–]{0,40}?(?::|\s[—–-])\s")


def _listed_after_colon(ctx: DocContext, sentence: Sentence, pos: int) -> list[int]:
    """The names a colon or a dash opens a few words after a role and its group ("three
    ISIS members: A, B and C", "İŞİD-in üç üzvü saxlanılıb: A, B və C")."""
    colon = _TO_COLON.match(ctx.text, pos, sentence.end)
    if colon is None or ctx.agents_in(pos, colon.end()):
        return []
    listed = _listed_after(ctx, colon.end() - 2, sentence.end)
    return listed if len(listed) >= 2 else []


def _listed_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """The names listed right after ", " ("members of the group, X and Y")."""
    rest = ctx.text[pos:end]
    lead = re.match(
        r"\s*(?:the group|the organisation|the organization|the jamaat|the cell)?\s*[,:—–-]\s*",
        rest,
    )
    if lead is None:
        return []
    out, cursor, closed = [], pos + lead.end(), False
    for start, stop, person in ctx.agents_in(cursor, end):
        gap = ctx.text[cursor:start]
        if closed or not re.fullmatch(r"\s*(?:,|,?\s*and|и|və|ve)?\s*", gap):
            break
        closed = bool(re.search(r"\b(?:and|и|və|ve)\b", gap))
        out.append(person)
        cursor = stop
    return out
