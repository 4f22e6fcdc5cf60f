"""Facts about people: hometown, age, nationality, group and role; each with its sentence.

The person a fact belongs to is found the same way for every fact: the name in the
fact's clause on the side its cue points to (English "X, a native of Qusar" looks left;
Azerbaijani "Qusar sakini X", Russian "37-летний X" look right), else the name the
clause is about (`DocContext.subject_before`), else, for an apposition ("..., a Turkish
citizen"), the name right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ffdb.extract.context import APPOSITIVE, DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.group_mentions import GroupMention, group_from_words
from ffdb.extract.lexicon import alternation, cues, group_words, nationalities
from ffdb.extract.scan import CueScanner
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold
from ffdb.names.places import lookup_place

FACT_EXTRACTOR = "fact_rules.v1"
GROUP_EXTRACTOR = "group_role_rules.v1"


@dataclass(slots=True)
class Fact:
    person: int
    prop: str  # hometown | age | nationality | group
    value: str
    start: int  # the evidence: the sentence
    end: int
    cue_start: int
    cue_end: int
    extractor: str = FACT_EXTRACTOR
    confidence: float = 0.8
    extra: dict[str, Any] = field(default_factory=dict)


def person_near(
    ctx: DocContext, sentence: Sentence, start: int, end: int, prefer: str, reach: int = 200
) -> int | None:
    """The person of a cue spanning [start, end): see the module docstring."""
    c_start, c_end = ctx.clause_at(sentence, start)
    c_end = max(c_end, ctx.clause_at(sentence, max(start, end - 1))[1])
    if prefer == "right":
        c_end = sentence.end  # "Qusar rayon sakini, 27 yaşlı Ramil Qurbanov"
    left = [a for a in ctx.agents_in(max(c_start, start - reach), start)]
    right = [a for a in ctx.agents_in(end, min(c_end, end + reach))]
    sides = (left[-1:], right[:1]) if prefer == "left" else (right[:1], left[-1:])
    for side in sides:
        if side:
            return side[0][2]
    body = ctx.text[c_start:start]
    if APPOSITIVE.match(body):
        before = ctx.agents_in(sentence.start, c_start)
        return before[-1][2] if before else None
    return ctx.subject_before(sentence, start)


# --- hometowns ---------------------------------------------------------------------

_LEFT_CUES = [
    (
        re.compile(
            r"(?:natives? of|born in|residents? of|hails? from|hailing from|\bfrom)\s+"
            r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,3}(?:city|town|village|district|region|province|"
            r"settlement|area|exclave|republic|suburb)\s+of\s+)?$",
            re.I,
        ),
        "left",
        0.8,
    ),
    (
        re.compile(
            r"(?:уроженц?\w*|уроженк\w+|родом из|выход\w+ из|жител\w*|проживающ\w+ в)\s+"
            r"(?:(?:города|села|поселка|посёлка|района|г\.|с\.|пос\.)\s*)?$",
            re.I,
        ),
        "right",
        0.85,
    ),
    (re.compile(r"(?:əslən|aslen)\s+$", re.I), "right", 0.8),
]
_RIGHT_CUES = [
    (re.compile(r"^(?:\s+native|-born)\b"), "right", 0.8),
    (
        re.compile(r"^\s+(?:(?:rayon|şəhər|kənd|qəsəbə)\s+)?sakin(?:i|idir|ləri)\b", re.I),
        "right",
        0.85,
    ),
    (re.compile(r"^\s+(?:rayonundan|şəhərindən|kəndindən|qəsəbəsindən)\b", re.I), "either", 0.8),
    (re.compile(r"^\s+(?:doğumlu|nüfusuna kayıtlı)\b", re.I), "right", 0.85),
    (re.compile(r"^\s+(?:rayonunda|şəhərində|kəndində)?\s*doğul", re.I), "left", 0.8),
    (re.compile(r"^\s+olan\b", re.I), "right", 0.75),
]
_MOTION = re.compile(
    r"(?:return\w*|came back|cross\w*|deport\w*|extradit\w*|fled|flee\w*|escap\w*|travel\w*|"
    r"move\w*|arriv\w*|releas\w*|transfer\w*|sent|brought|expell\w*|withdr\w*|back|flew|"
    r"drove|went|go|going|came|away|far|miles|km|kilometres)\s+(?:\S+\s+){0,4}from\s+\S*\s*$",
    re.I,
)


def find_hometowns(ctx: DocContext) -> list[Fact]:
    out = []
    for place in ctx.places:
        sentence = ctx.index.at(place.start)
        if sentence is None:
            continue
        found = _hometown_cue(ctx, sentence, place)
        if found is None:
            continue
        prefer, confidence, cue_start = found
        person = person_near(ctx, sentence, cue_start, place.end, prefer, reach=80)
        if person is None:
            continue
        extra: dict[str, Any] = {"as_written": place.text}
        if place.place is not None:
            extra["place"] = place.place.as_dict()
        for each in [person, *coordinated_after(ctx, person, place.end, sentence.end)]:
            out.append(
                _hometown_fact(each, place.name, sentence, cue_start, place.end, confidence, extra)
            )
    return out


def _hometown_fact(
    person: int,
    name: str,
    sentence: Sentence,
    cue_start: int,
    end: int,
    confidence: float,
    extra: dict[str, Any],
) -> Fact:
    return Fact(
        person,
        "hometown",
        name,
        sentence.start,
        sentence.end,
        cue_start,
        end,
        confidence=confidence,
        extra=extra,
    )


def _hometown_cue(
    ctx: DocContext, sentence: Sentence, place: PlaceMention
) -> tuple[str, float, int] | None:
    left = ctx.text[max(sentence.start, place.start - 70) : place.start]
    right = ctx.text[place.end : min(sentence.end, place.end + 40)]
    precision = place.place.precision if place.place is not None else "town"
    if place.suffix.lstrip("'’") in ("lı", "li", "lu", "lü") and precision != "country":
        return "right", 0.8, place.start
    for regex, prefer, confidence in _LEFT_CUES:
        match = regex.search(left)
        if match is None:
            continue
        cue = left[match.start() :]
        typed = re.search(r"\bof\s+$", cue) is not None
        if "from" in cue.lower() and (
            _MOTION.search(left) or (precision == "country" and not typed)
        ):
            return None
        if precision == "country" and not typed:
            return None
        return prefer, confidence, place.start - len(cue)
    if precision == "country":
        return None
    for regex, prefer, confidence in _RIGHT_CUES:
        if regex.search(right):
            if prefer == "either":
                prefer = "right"
            return prefer, confidence, place.start
    if place.suffix in ("dan", "dən", "'dan", "'den", "’dan", "’den") and re.match(
        r"^\s+olan\b", right
    ):
        return "right", 0.75, place.start
    return None


def coordinated_after(ctx: DocContext, person: int, pos: int, end: int) -> list[int]:
    """The names listed after `person`'s name ("Fuad Məmmədov və Orxan Əliyev")."""
    agents = ctx.agents_in(pos, end)
    first = next((i for i, a in enumerate(agents) if a[2] == person), None)
    if first is None:
        return []
    out = []
    for previous, agent in zip(agents[first:], agents[first + 1 :], strict=False):
        if not re.fullmatch(r"\s*(?:,|,?\s*and|и|və|ve)\s*", ctx.text[previous[1] : agent[0]]):
            break
        out.append(agent[2])
    return out


# --- ages --------------------------------------------------------------------------

# Every branch opens with a digit, "aged" or "в": `re` skips other positions fast.
_AGE = re.compile(
    r"(?P<pre>(?<![\d.,:/])(?P<a>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]+old(?=[\s-]+[^\W\d_])"
    r"(?![\s-]+(?:and|at|when|in|on|from|of)\b)|-?летн\w+|[\s-]*yaşlı|[\s-]*yaşındak[ıi]))"
    r"|(?P<post>(?<![\d.,:/])(?P<e>\d{1,2})(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|\s+yaşında\b"
    r"|\s+(?:лет|года)(?=\s*[,)]))|aged\s+(?P<f>\d{1,2})\b|в возрасте\s+(?P<g>\d{1,2})\s+"
    r"(?:лет|года|год)\b|(?<=,\s)(?P<j>\d{2})(?=,\s))",
)


def find_ages(ctx: DocContext) -> list[Fact]:
    out = []
    for match in _AGE.finditer(ctx.text):
        value = next(v for k, v in match.groupdict().items() if v and len(k) == 1)
        if not 12 <= int(value) <= 90:
            continue
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        if match.group("j"):
            names = ctx.names_in(max(sentence.start, match.start() - 60), match.start())
            if not names or ctx.text[names[-1].end : match.start()].strip() != ",":
                continue
            person: int | None = names[-1].person
        elif match.group("pre"):
            person = _right_within(ctx, match.end(), words=3)
            before = ctx.text[max(sentence.start, match.start() - 8) : match.start()]
            if person is None and re.search(r",\s*(?:a|an)\s+$", before):
                left = ctx.agents_in(sentence.start, match.start())  # "X, a 41-year-old native"
                person = left[-1][2] if left else None
        else:
            person = person_near(ctx, sentence, match.start(), match.end(), "left", reach=120)
        if person is not None:
            out.append(
                Fact(person, "age", value, sentence.start, sentence.end, match.start(), match.end())
            )
    return out


def _right_within(ctx: DocContext, pos: int, words: int) -> int | None:
    agents = ctx.agents_in(pos, pos + 80)
    if not agents:
        return None
    gap = ctx.text[pos : agents[0][0]]
    if len(gap.split()) > words or re.search(r"[,.;:()]", gap):
        return None
    return agents[0][2]


# --- nationality -------------------------------------------------------------------


@cache
def _nationality_regex() -> re.Pattern[str]:
    pairs = [(f"{c.where}{i}", c.pattern) for i, c in enumerate(cues()) if c.kind == "nationality"]
    return re.compile("|".join(f"(?P<{n}>{p})" for n, p in pairs))


def find_nationalities(ctx: DocContext) -> list[Fact]:
    out = []
    for match in _nationality_regex().finditer(ctx.text):
        word = next((v for k, v in match.groupdict().items() if v and not k[-1].isdigit()), None)
        if word is None:
            continue
        code = nationalities().get(fold(word))
        if code is None:
            place = lookup_place(word)
            code = place.country if place is not None and place.precision == "country" else None
        if code is None:
            continue
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        prefer = "left" if (match.lastgroup or "").startswith("after") else "right"
        person = person_near(ctx, sentence, match.start(), match.end(), prefer, reach=100)
        if person is not None:
            out.append(
                Fact(
                    person,
                    "nationality",
                    code,
                    sentence.start,
                    sentence.end,
                    match.start(),
                    match.end(),
                    extra={"as_written": word},
                )
            )
    return out


# --- groups and roles --------------------------------------------------------------


@cache
def _role_regex() -> CueScanner:
    pairs = [
        (f"{c.kind}_{c.where}_{i}", c.pattern)
        for i, c in enumerate(cues())
        if c.kind in ("member", "leader", "founder")
    ]
    return alternation(pairs)


_ADJECTIVAL = re.compile(r"(?:\bthe|\ba|\ban|newly|recently|later|once)\s+$", re.I)
_LEFT_PERSON = re.compile(r"took over|rəhbərlik|başçılıq|yarad|qur|kurdu|kurmuş|təşkil", re.I)


def find_roles(ctx: DocContext) -> list[Fact]:
    out = []
    for match in _role_regex().finditer(ctx.text, ctx.low):
        role, where, _ = (match.lastgroup or "x_x_0").split("_")
        sentence = ctx.index.at(match.start())
        if sentence is None:
            continue
        if role == "founder" and _ADJECTIVAL.search(
            ctx.text[max(0, match.start() - 20) : match.start()]
        ):
            continue  # "the newly created Islamic State": a participle, nobody founding
        group = _group_for(ctx, sentence, match, where)
        if group is None:
            continue
        for person in _persons_for(ctx, sentence, match, role, where, group):
            extra = {"role": role, "role_word": match.group().strip(), "as_written": group.text}
            if group.group_id:
                extra["group_id"] = group.group_id
            out.append(
                Fact(
                    person,
                    "group",
                    group.name,
                    sentence.start,
                    sentence.end,
                    match.start(),
                    match.end(),
                    extractor=GROUP_EXTRACTOR,
                    confidence=0.75,
                    extra=extra,
                )
            )
    return out


def _group_for(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], where: str
) -> GroupMention | None:
    if where == "after":
        after = ctx.groups_in(match.end(), min(sentence.end, match.end() + 60))
        if after and re.fullmatch(r"[\s\w“”\"«»'-]{0,30}?", ctx.text[match.end() : after[0].start]):
            return after[0]
        rest = ctx.text[match.end() : sentence.end]
        if _anaphor(rest):
            return ctx.last_group_before(match.start())
        if re.match(r"\s*(?:its|their)\b", rest, re.I):
            groups = ctx.groups_in(sentence.start, match.start())
            return groups[-1] if groups else ctx.last_group_before(match.start())
        if ctx.names_in(match.end(), min(sentence.end, match.end() + 30)):
            return _nearest_group(ctx, sentence, match.start())
        made = group_from_words(ctx.text, match.end(), min(sentence.end, match.end() + 80))
        if (
            made is not None
            and not ctx.names_in(made.start, made.end)
            and not ctx.places_in(made.start, made.end)
        ):
            return made
        return None
    before = ctx.groups_in(sentence.start, match.start())
    if before and (
        len(ctx.text[before[-1].end : match.start()].strip(" ’'s-")) == 0
        or re.match(r"led by|headed by|commanded by|under|took over|под", match.group(), re.I)
    ):
        return before[-1]
    if _anaphor_before(ctx.text[max(sentence.start, match.start() - 40) : match.start()]):
        return ctx.last_group_before(match.start())
    if re.match(r"(?:its|their)\s", match.group(), re.I) or re.match(
        r"led by|headed by", match.group(), re.I
    ):
        start_text = ctx.text[sentence.start : match.start()]
        if re.match(r"^\s*(?:It|They|The group|This group)\b", start_text) or re.match(
            r"its|their", match.group(), re.I
        ):
            return before[-1] if before else ctx.last_group_before(match.start())
    return None


def _anaphor(rest: str) -> bool:
    words = rest.strip().lower()
    return any(
        words.startswith(a + " ") or words == a or words.startswith(a + ",")
        for a in group_words()["anaphor"]
        if a != "it"
    )


def _anaphor_before(text: str) -> bool:
    """A group word ending right before a cue, possibly with one word between
    ("örgütün sözde emiri", "qruplaşmanın lideri", "örgüte katılan")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", text)[-2:]]
    anaphors = group_words()["anaphor"]
    return any(w in anaphors for w in words) and "it" not in words


def _nearest_group(ctx: DocContext, sentence: Sentence, pos: int) -> GroupMention | None:
    groups = ctx.groups_in(sentence.start, sentence.end)
    if groups:
        return min(groups, key=lambda g: abs(g.start - pos))
    return ctx.last_group_before(pos)


def _persons_for(
    ctx: DocContext,
    sentence: Sentence,
    match: re.Match[str],
    role: str,
    where: str,
    group: GroupMention,
) -> list[int]:
    text = ctx.text
    if role == "member" and where == "after" and re.search(r"members", match.group(), re.I):
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
    if where == "before" and not _LEFT_PERSON.match(match.group()):
        person = _right_within(ctx, match.end(), words=2)
        if person is not None:
            return [person]
        if re.match(r"led by|headed by|its|their|'s|’s", match.group(), re.I):
            return []
    person = person_near(ctx, sentence, match.start(), match.end(), "left", reach=150)
    if person is None:
        return []
    names = [n for n in ctx.names_in(group.start, group.end) if n.person == person]
    return [] if names else [person]


def _listed_after(ctx: DocContext, pos: int, end: int) -> list[int]:
    """The names listed right after ", " ("members of the group, X and Y")."""
    rest = ctx.text[pos:end]
    lead = re.match(
        r"\s*(?:the group|the organisation|the organization|the jamaat|the cell)?\s*,\s*", rest
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
