"""Candidates of groups for the learned additions (see `learn.py`).

Every person the rules kept × every group the document names, unless the rules already
tied that person to that group. The model reads how near the person's mentions come to
the group's (same clause, same sentence, the next one, further), what stands between
(a member noun, a verb of joining, "against", "kidnapped by"), how much of the document
is about the group (its share of the group mentions, whether the rules tied it to
others), and who the person is (an office, a kin word and which relation, "the
defendant" by the name, a speaker, events of their own, a member noun or a verb of
joining in a clause of their own, a group the rules already gave them, another group
nearer them; an event's status or a sentence shared with a man the rules tied to the
group). A sentence that names the group and nobody is about the person named last
before it (`heir`): Azerbaijani, Turkish and Russian drop the subject, English news
calls him "the 26-year-old". A set as the subject ("All three joined IS", "Hər üçü",
"Üçü de", "Dördü də", "Оба") stands for the persons named just before it
(`set_member`), and an interview's "we" for its narrator (`narrator`). A common noun
for a group named before ("the katiba", "Birliğin emiri", "группировка", "qruplaşma")
is a mention of it too (`g_anaphor`), so a man named far from the group's name but
beside "the unit" is near it. The entries of a list the group's sentence leads in
("seven men it says fight for IS. The list includes: - A, 29, ...") are marked
(`list_of_group`).

No candidate from a question, from a group named only to qualify another ("an
al-Qaeda-linked group", "HTŞ'ye yakın kanallar": but for a channel close to the only
group the text names, whose notices tell of its men, `g_close_only`), for money sent to
its men ("sent money to IS fighters": the rules refuse it on purpose), nor, in a document naming
several groups, for a person never mentioned within three sentences of the group (but
for a set's member or a narrator). A tie names the group by the text's commonest form
of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.events import Event, statuses_by_person
from ffdb.extract.fact_people import Fact
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.learn import Candidate, bucket
from ffdb.extract.pair_groups_features import (
    classes_in,
    classes_within,
    denied,
    distance_features,
    first_person_of,
    group_anaphors,
    list_features,
    list_items,
    marked_classes,
    set_members,
    words_in,
)
from ffdb.extract.role_checks import is_qualifier, later_name
from ffdb.extract.role_figures import counts_nameless
from ffdb.extract.role_offices import holds_office
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold
from ffdb.names.groups import get_group

EXTRACTOR: Final = "group_pair_model.v1"
_LEADER_TITLES: Final = frozenset(
    fold(w) for w in "Emir Amir Əmir Эмир Амир Commander Komutan Komandir Командир".split()
)
_EVENT_CLASSES: Final = {
    "killed": "ev_dead",
    "injured": "ev_dead",
    "travelled": "ev_travel",
    "returned": "ev_travel",
    "detained": "ev_legal",
    "arrested": "ev_legal",
    "sentenced": "ev_legal",
    "wanted": "ev_legal",
    "released": "ev_legal",
    "acquitted": "ev_legal",
}
_APPOSED_AFTER: Final = re.compile(r"\s*(?:,|\(|[–—-]\s)")
_LINKED: Final = re.compile(r"-(?:linked|affiliated|aligned|allied|inspired|backed)$", re.I)
_CLOSE_TO: Final = re.compile(
    r"\s+(?:yakın|yaxın|yanlısı|bağlantılı|близк\w*|close\s+to|linked\s+to)(?![\w-])", re.I
)
# forces that hold or fight the jihadist groups' men: named as captors, rarely as groups
_CAPTORS: Final = frozenset(["sdf", "ypg"])
# the group as the agent of a passive: "detained by the SDF", "DEAŞ tarafından öldürüldü",
# "killed by one of the IS fighters", "DEAŞ militanlarından biri tarafından"
_BY_BEFORE: Final = re.compile(
    r"(?<![\w-])by\s+(?:(?:one|some|two|three)\s+of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+)?$", re.I
)
_BY_AFTER: Final = re.compile(
    r"[»”\"’']?\s*(?:[^\W\d_]+\s+(?:biri|birinin|biri\s+olan)\s+)?"  # "militanlarından biri"
    r"(?:tərəfindən|tarafından|ekiplerince|güçlerince|силами|"
    r"[^\W\d_]+l[ae]r(?:[ıi]n)?[cç][ae])(?![\w-])",
    re.I,
)


def group_key(group_id: str | None, written: str, name: str) -> str:
    """One key per group, the later names of a renamed group apart (`later_name`)."""
    if group_id:
        return group_id + ("+later" if later_name(written) else "")
    return fold(name)


@dataclass(slots=True)
class _Group:
    mentions: list[GroupMention] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    real: int = 0  # mentions by its name; the others are common nouns for it ("the katiba")
    anaphors: set[int] = field(default_factory=set)  # the indices of those in `mentions`
    close_only: bool = False  # named only as what a channel is close to ("İŞİD-ə yaxın")
    member: int = 0  # mentions with a member noun or a verb of joining beside them
    enemy: int = 0  # mentions with "against", "kidnapped by" beside them
    unowned: int = 0  # mentions in sentences that name nobody ("three men joined IS")
    people: list[frozenset[int]] = field(default_factory=list)  # persons in each one's sentence
    # the persons named last before a sentence that names the group and nobody: it goes on
    # about them ("X left in 2014. Joined IS a month later.", "X 2014-cü ildə gedib. İŞİD-ə
    # qoşulub.", "Был задержан X. Воевал в рядах ИГ."; "the 26-year-old defendant")
    heirs: set[int] = field(default_factory=set)
    sets: set[int] = field(default_factory=set)  # "All three joined IS": the three named before
    narrators: set[int] = field(default_factory=set)  # "we joined IS": the interview's narrator
    # how the text writes it, and how often: a tie names the group by its commonest form
    # ("ИГ" rather than the "вилаят Хорасан" of one branch)
    forms: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Person:
    agents: list[tuple[int, int, int, bool]] = field(default_factory=list)  # sentence, s, e, name
    names: int = 0
    features: dict[str, float] = field(default_factory=dict)


def generate(ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event]) -> list[Candidate]:
    if not ctx.groups or not ctx.names:
        return []
    ruled: dict[int, set[str]] = {}  # person → the keys of the groups the rules gave
    members: dict[str, set[int]] = {}  # the reverse: group key → persons the rules tied
    taken: dict[int, set[int]] = {}  # sentence index → persons the rules tied there
    tied_at: dict[str, set[int]] = {}  # group key → sentences where the rules tied it
    for fact in facts:
        sentence = ctx.index.at(fact.start) if fact.prop == "group" else None
        if sentence is not None:
            written = str(fact.extra.get("written") or fact.value)
            key = group_key(fact.extra.get("group_id"), written, fact.value)
            ruled.setdefault(fact.person, set()).add(key)
            members.setdefault(key, set()).add(fact.person)
            taken.setdefault(sentence.index, set()).add(fact.person)
            tied_at.setdefault(key, set()).add(sentence.index)
    groups = _groups(ctx, tied_at)
    if not groups:
        return []
    statuses = statuses_by_person(events)
    persons = _persons_of_document(ctx, facts, statuses, ruled)
    doc = {f"lang_{ctx.language or 'xx'}": 1.0, **bucket(len(groups), (1, 2, 3, 5), "n_groups_")}
    anyone: set[str] = set().union(*ruled.values())
    items = list_items(ctx)
    out = []
    for key, group in groups.items():
        group_features = _group_features(groups, group, key in anyone)
        stem = key.removesuffix("+later")
        for person, info in persons.items():
            own = ruled.get(person, set())
            if key in own or _kin_of(stem, own):
                continue  # tied to it, or to its unit or parent ("emir of Caucasus Province")
            candidate = _pair(ctx, person, info, group, taken, items)
            if candidate is None or (len(groups) > 1 and _far(candidate.features)):
                continue  # far from every mention of one of several groups: no sign of it
            features = candidate.features
            if any(k.removesuffix("+later") == stem for k in own):
                features["p_other_stage"] = 1.0  # "Nusra" given, "HTS" proposed
            features.update(doc)
            features.update(group_features)
            features.update(info.features)
            _peers(person, info, members.get(key, set()), persons, statuses, features)
            _crosses(features)
            out.append(candidate)
    _rank(out)
    return out


def _kin_of(key: str, own: set[str]) -> bool:
    """Whether the group `key` is a unit of one in `own`, or the group one of them is a
    unit of (`names.groups`: a unit's parent)."""
    group = get_group(key)
    if group is not None and group.parent in own:
        return True
    for other in own:
        found = get_group(other.removesuffix("+later"))
        if found is not None and found.parent == key:
            return True
    return False


_RANKS: Final = ("d_clause", "d_sentence", "d_adjacent", "d_near", "d_far")


def _rank(candidates: list[Candidate]) -> None:
    """Whether another group of the person's candidates comes nearer than this one."""
    nearest: dict[int, int] = {}
    ranks = []
    for candidate in candidates:
        f = candidate.features
        rank = next((i for i, k in enumerate(_RANKS) if k in f), len(_RANKS))
        if "heir" in f or "set_member" in f or "narrator" in f:
            rank = min(rank, 1)
        ranks.append(rank)
        nearest[candidate.person] = min(rank, nearest.get(candidate.person, rank))
    for candidate, rank in zip(candidates, ranks, strict=True):
        if rank > nearest[candidate.person]:
            candidate.features["p_nearer_group"] = 1.0


def _far(features: dict[str, float]) -> bool:
    """Far from every mention of the group, and neither its narrator nor one of a set."""
    return "d_far" in features and not ("narrator" in features or "set_member" in features)


def _group_features(groups: dict[str, _Group], group: _Group, ruled: bool) -> dict[str, float]:
    """How much of the document is about the group, and how it is named there."""
    total = sum(g.real for g in groups.values())
    count = group.real
    return {
        "g_share": count / total,
        "g_top": float(count == max(g.real for g in groups.values())),
        "g_close_only": float(group.close_only),
        "g_member_ctx": group.member / count,
        "g_enemy_ctx": group.enemy / count,
        "g_ruled_others": float(ruled),
        "g_nameless": float(group.mentions[0].group_id is None),
        "g_captor": float(group.mentions[0].group_id in _CAPTORS),
        "g_unowned": group.unowned / count,
        **bucket(count, (1, 2, 4), "g_count_"),
    }


def _peers(
    person: int,
    info: _Person,
    members: set[int],
    persons: dict[int, _Person],
    statuses: dict[int, set[str]],
    features: dict[str, float],
) -> None:
    """Whether the person shares a sentence or an event's status with a person the rules
    tied to the group: co-defendants, the men of one cell, named and sentenced together."""
    others = members - {person}
    if not others:
        return
    mine = statuses.get(person, set())
    if mine and any(mine & statuses.get(other, set()) for other in others):
        features["peer_status"] = 1.0
    sentences = {a[0] for a in info.agents}
    for other in others:
        found = persons.get(other)
        if found is not None and any(a[0] in sentences for a in found.agents):
            features["peer_sentence"] = 1.0
            break


def _crosses(features: dict[str, float]) -> None:
    """Products of features that only tell together: events of one's own and a group
    the document is about; distance and a group of the rules' already."""
    events = features.get("p_events", 0.0)
    only = features.get("n_groups_1", 0.0)
    close = sum(features.get(k, 0.0) for k in ("d_clause", "d_sentence", "d_adjacent"))
    features["x_top_events"] = features["g_top"] * events
    features["x_only_events"] = only * events
    features["x_close_events"] = close * events
    # far from the group with a group of the rules' already: no sign of a second one
    far = features.get("d_far", 0.0) + features.get("d_near", 0.0)
    features["x_far_rule"] = far * features["p_rule_group"]


def accept(ctx: DocContext, candidate: Candidate, chance: float) -> Fact | Event | None:
    if holds_office(ctx, candidate.person):
        return None  # a spokesman, a judge: who tells of the group's men
    start, end = candidate.evidence
    if counts_nameless(ctx, start, end):
        return None  # "60'tan fazla kişi hakkında dava açıldı": a figure, nobody named
    cue_start, cue_end = candidate.extra["cue"]
    extra = {
        "role": "member",
        "role_word": "",
        "as_written": ctx.text[cue_start:cue_end],
        "written": candidate.value,
    }
    if candidate.extra.get("group_id"):
        extra["group_id"] = candidate.extra["group_id"]
    return Fact(
        candidate.person,
        "group",
        candidate.extra["canonical"],
        start,
        end,
        cue_start,
        cue_end,
        extractor=EXTRACTOR,
        confidence=chance,
        extra=extra,
    )


def _groups(ctx: DocContext, tied_at: dict[str, set[int]]) -> dict[str, _Group]:
    out: dict[str, _Group] = {}
    text = ctx.text
    close: list[tuple[GroupMention, Sentence]] = []
    for mention in ctx.groups:
        sentence = ctx.index.at(mention.start)
        if sentence is None or text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue  # "Был ли он в «ИГ»?": a question states no tie
        if _LINKED.search(mention.text):
            continue  # "an al-Qaeda-linked group": not that group
        if _CLOSE_TO.match(text, mention.end):
            close.append((mention, sentence))  # "HTŞ'ye yakın kanallar": not that group
            continue
        if is_qualifier(ctx, mention):
            continue  # "the al-Qaeda-linked HTS": the group is the other one
        if denied(ctx, mention, sentence.start):
            continue  # "I never joined the Islamic State", "IŞİD'e katılmadım": no tie
        _add(ctx, out, mention, sentence, None)
    if not out and close:
        # a channel close to the only group the text names tells of its men's deaths
        # ("İŞİD-ə yaxın Telegram kanalı ... şəhid olduğunu elan edib")
        for mention, sentence in close:
            _add(ctx, out, mention, sentence, None)
        for group in out.values():
            group.close_only = True
    if out:
        _add_anaphors(ctx, out, tied_at)
    return out


def _add(
    ctx: DocContext,
    out: dict[str, _Group],
    mention: GroupMention,
    sentence: Sentence,
    key: str | None,
) -> None:
    """One mention of a group: by its name (`key` None), or by a common noun for the
    group `key` ("the katiba")."""
    if key is None:
        key = group_key(mention.group_id, mention.written or mention.name, mention.name)
        group = out.setdefault(key, _Group())
        group.real += 1
        written = mention.written or mention.name
        group.forms[written] = group.forms.get(written, 0) + 1
    else:
        group = out[key]
        group.anaphors.add(len(group.mentions))
    group.mentions.append(mention)
    group.sentences.append(sentence.index)
    lo, hi = max(sentence.start, mention.start - 40), min(sentence.end, mention.end + 40)
    around = classes_in(ctx.low, lo, mention.start) | classes_in(ctx.low, mention.end, hi)
    people = frozenset(a[2] for a in ctx.agents_in(sentence.start, sentence.end))
    group.people.append(people)
    if (
        len(group.anaphors) < len(group.mentions) - group.real + 1
        and key in out
        and not (group.anaphors and len(group.mentions) - 1 in group.anaphors)
    ):
        group.member += bool(around & {"member", "join"})
        group.enemy += "enemy" in around
        group.unowned += not people
    if not people and (heir := ctx.antecedent(mention.start)) is not None:
        group.heirs.add(heir)
    group.sets.update(set_members(ctx, sentence, mention.start))
    if (told := first_person_of(ctx, sentence)) is not None:
        group.narrators.add(told)


def _add_anaphors(ctx: DocContext, out: dict[str, _Group], tied_at: dict[str, set[int]]) -> None:
    """The common nouns that name a group already named ("the katiba", "Birliğin emiri",
    "группировка"): each stands for the group named last before it when that is in its
    sentence or the one before, else for the group the text names first, unless the
    rules tied it to a man wherever it is named (an entry of a list of men: "Murat Kaya,
    Konyalı. İD saflarında savaştı. Hakan Yılmaz, Kayserili. Örgüt içinde ..."). A
    sentence naming that group by its name, or where the rules tied it to someone,
    gains nothing."""
    first: str | None = next(iter(out))
    if first is not None and set(out[first].sentences) <= tied_at.get(first, set()):
        first = None  # one man's group, not the text's
    named = sorted(
        (m.start, sentence, key)
        for key, group in out.items()
        for m, sentence in zip(group.mentions, group.sentences, strict=True)
    )
    starts = [n[0] for n in named]
    text = ctx.text
    for start, end in group_anaphors(ctx.low):
        sentence = ctx.index.at(start)
        if sentence is None or text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue
        i = bisect_left(starts, start) - 1
        before = named[i] if i >= 0 else None
        if before is None:
            continue  # a common noun before any group is named: not one of them
        key = before[2] if before[1] >= sentence.index - 1 else first
        if key is None:
            continue
        group = out[key]
        if sentence.index in group.sentences or sentence.index in tied_at.get(key, ()):
            continue  # named there, or the rules read whose it is there already
        model = group.mentions[0]
        mention = GroupMention(start, end, text[start:end], model.name, model.group_id)
        _add(ctx, out, mention, sentence, key)


def person_features(
    ctx: DocContext, facts: Sequence[Fact], events: Sequence[Event]
) -> dict[int, dict[str, float]]:
    """Who each person the rules kept is, as the group model reads it (an office, a kin
    word, a speaker, events and a group of their own, how often named): also read by the
    event model (`pair_events`)."""
    ruled: dict[int, set[str]] = {}
    for fact in facts:
        if fact.prop == "group":
            ruled.setdefault(fact.person, set()).add(fact.value)
    statuses = statuses_by_person(events)
    found = _persons_of_document(ctx, facts, statuses, ruled)
    return {p: info.features for p, info in found.items()}


# the last document's readings: the group and the event generators both ask for them
_persons_memo: list[tuple[DocContext, dict[int, _Person]]] = []


def _persons_of_document(
    ctx: DocContext,
    facts: Sequence[Fact],
    statuses: dict[int, set[str]],
    ruled: dict[int, set[str]],
) -> dict[int, _Person]:
    if _persons_memo and _persons_memo[0][0] is ctx:
        return _persons_memo[0][1]
    found = _persons(ctx, facts, statuses, ruled)
    _persons_memo[:] = [(ctx, found)]
    return found


def _persons(
    ctx: DocContext,
    facts: Sequence[Fact],
    statuses: dict[int, set[str]],
    ruled: dict[int, set[str]],
) -> dict[int, _Person]:
    out: dict[int, _Person] = {}
    named = {(n.start, n.person) for n in ctx.names}
    for start, end, person in ctx.agents_in(0, len(ctx.text)):
        sentence = ctx.index.at(start)
        if sentence is not None:
            is_name = (start, person) in named
            out.setdefault(person, _Person()).agents.append((sentence.index, start, end, is_name))
    _clause_features(ctx, out)
    for name in ctx.names:
        info = out.get(name.person) if name.person is not None else None
        if info is None:
            continue
        info.names += 1
        if info.names <= 4:  # how the text introduces and first quotes the person
            _mention_features(ctx, name.start, name.end, info.features)
        if any(fold(t.rstrip(".")) in _LEADER_TITLES for t in name.titles):
            info.features["p_leader_title"] = 1.0
        if name.kind == "kunya" or name.aliases:
            info.features["p_kunya"] = 1.0  # a nom de guerre: a fighter's
    counts = sorted((len(p.agents) for p in out.values()), reverse=True)
    first = ctx.names[0].person
    for person, info in out.items():
        features = info.features
        kinds = {_EVENT_CLASSES.get(s, "ev_other") for s in statuses.get(person, ())}
        features.update({k: 1.0 for k in kinds})
        features["p_events"] = float(bool(kinds))
        features["p_rule_group"] = float(bool(ruled.get(person)))
        features["p_top"] = float(len(info.agents) == counts[0])
        features["p_first"] = float(person == first)
        features.update(bucket(len(info.agents), (1, 2, 4, 8), "p_mentions_"))
    for fact in facts:  # an age, a hometown: defendants' and fighters', rarely officials'
        if fact.person in out and fact.prop != "group":
            out[fact.person].features["p_fact_" + ("age" if fact.prop == "born" else fact.prop)] = (
                1.0
            )
    return {p: info for p, info in out.items() if info.names}


def _clause_features(ctx: DocContext, persons: dict[int, _Person]) -> None:
    """A member noun or a verb of joining in a clause of the person's own ("he fought in
    Syria", "döyüşçü kimi", "воевал"): a fighter's, whichever group it names."""
    seen: dict[tuple[int, int], set[str]] = {}
    for info in persons.values():
        for index, start, _end, _named in info.agents:
            sentence = ctx.sentences[index]
            clause = ctx.clause_at(sentence, start)
            if clause not in seen:
                seen[clause] = classes_in(ctx.low, clause[0], clause[1])
            if seen[clause] & {"member", "join"}:
                info.features["p_fighter_clause"] = 1.0
                break


def _mention_features(ctx: DocContext, start: int, end: int, features: dict[str, float]) -> None:
    """An office or a kin word right before the name or set off after it, a speech verb
    near it."""
    sentence = ctx.index.at(start)
    if sentence is None:
        return
    before = words_in(ctx.low, max(sentence.start, start - 50), start)
    after = words_in(ctx.low, end, min(sentence.end, end + 50))
    # each word looked up once for the runs read below
    marked_before, marked_after = marked_classes(before), marked_classes(after)
    if not marked_before and not marked_after:
        return  # most names: no class near
    # "judge X", "his mother X", "militant X"; "X, a lawyer", "X, an IS fighter"
    found = classes_within(marked_before, max(0, len(before) - 3), len(before))
    if _APPOSED_AFTER.match(ctx.text, end, sentence.end):
        found |= classes_within(marked_after, 0, 5)
    for name in ("office", "kin", "member", "accused", "kin_elder", "kin_woman", "kin_man"):
        if name in found:
            features["p_" + name] = 1.0
    if "speech" in classes_within(marked_before, 0, len(before)) or "speech" in classes_within(
        marked_after, 0, len(after)
    ):
        features["p_speaker"] = 1.0


def _pair(
    ctx: DocContext,
    person: int,
    info: _Person,
    group: _Group,
    taken: dict[int, set[int]],
    items: dict[int, int],
) -> Candidate | None:
    """The candidate of one person and one group, described by the nearest meeting of
    their mentions."""
    sentences = [a[0] for a in info.agents]
    # distance, other persons in the group's sentence, group mention, agent
    best: tuple[int, int, int, int] | None = None
    together = 0
    for g, index in enumerate(group.sentences):
        i = bisect_left(sentences, index)
        for j in (i - 1, i):
            if 0 <= j < len(sentences):
                d = abs(sentences[j] - index)
                together += d == 0
                here = (d, len(group.people[g] - {person}), g, j)
                if best is None or here < best:
                    best = here
    if best is None:
        return None
    distance, others, g, j = best
    mention = group.mentions[g]
    sentence = ctx.sentences[group.sentences[g]]
    features: dict[str, float] = {}
    same_clause = False
    if distance == 0:
        same_clause, between = _between(ctx, person, info, mention, sentence.index, features)
        features["pair_pronoun_only"] = float(not between)
    if "w_support" in features:
        return None  # "sent money to IS fighters", "финансировал боевиков ИГИЛ": no tie
    features.update(distance_features(distance, same_clause))
    if person in group.heirs:
        features["heir"] = 1.0
    if person in group.sets:
        features["set_member"] = 1.0
    if person in group.narrators:
        features["narrator"] = 1.0
    if g in group.anaphors:
        features["g_anaphor"] = 1.0  # met only through "the katiba", "Birliğin"
    named = {index for i, index in enumerate(group.sentences) if i not in group.anaphors}
    list_features({a[0] for a in info.agents}, named, items, features)
    if taken.get(sentence.index, set()) - {person}:
        features["s_taken"] = 1.0  # the rules tied someone else to a group there
    if others:
        features["s_others"] = 1.0  # the group's sentence names someone else
    if _BY_BEFORE.search(ctx.text, max(sentence.start, mention.start - 20), mention.start) or (
        _BY_AFTER.match(ctx.text, mention.end)
    ):
        features["g_by_agent"] = 1.0
    features.update(bucket(min(together, 3), (0, 1, 2), "together_"))
    near = info.agents[j]
    if ctx.sentences[near[0]].paragraph != sentence.paragraph:
        features["other_paragraph"] = 1.0
    return Candidate(
        "groups",
        person,
        max(group.forms, key=lambda form: group.forms[form]),
        features,
        (sentence.start, sentence.end),
        {
            "canonical": mention.name,
            "group_id": mention.group_id,
            "cue": (mention.start, mention.end),
        },
    )


def _between(
    ctx: DocContext,
    person: int,
    info: _Person,
    mention: GroupMention,
    index: int,
    features: dict[str, float],
) -> tuple[bool, bool]:
    """Word classes between the person and the group in the sentence they share (the
    closest of the person's mentions there); whether they share a clause, and whether a
    name (not only a pronoun) of the person is there."""
    mine = [a for a in info.agents if a[0] == index]
    named = any(a[3] for a in mine)
    near = min(mine, key=lambda a: min(abs(a[1] - mention.end), abs(mention.start - a[2])))
    lo, hi = (near[2], mention.start) if near[1] < mention.start else (mention.end, near[1])
    sentence = ctx.sentences[index]
    clause = ctx.clause_at(sentence, mention.start)
    same_clause = clause[0] <= near[1] < clause[1]
    features["person_before"] = float(near[1] < mention.start)
    between = classes_in(ctx.low, lo, hi)
    for name in ("member", "join", "enemy", "negation", "speech", "support", "kin"):
        if name in between:
            features["w_" + name] = 1.0
    around_lo = max(sentence.start, mention.start - 40)
    around_hi = min(sentence.end, mention.end + 40)
    around = classes_in(ctx.low, around_lo, mention.start) | classes_in(
        ctx.low, mention.end, around_hi
    )
    if around & {"member", "join"}:
        features["w_member_near"] = 1.0
    if "support" in around:
        features["w_support_near"] = 1.0
    persons_between = {a[2] for a in ctx.agents_in(lo, hi)} - {person}
    gap = min(abs(near[1] - mention.end), abs(mention.start - near[2]))
    others = [a for a in ctx.agents_in(sentence.start, sentence.end) if a[2] != person]
    if any(min(abs(a[0] - mention.end), abs(mention.start - a[1])) < gap for a in others):
        features["other_nearer"] = 1.0
    features.update(bucket(min(len(persons_between), 2), (0, 1, 2), "between_"))
    # far apart in one long sentence: an analysis's list of leaders, rarely a tie
    features.update(bucket(gap, (0, 60, 150), "gap_"))
    crowd = {a[2] for a in others}
    features.update(bucket(min(len(crowd), 4), (0, 1, 2, 4), "s_persons_"))
    first = ctx.agents_in(sentence.start, sentence.end)
    features["subject"] = float(bool(first) and first[0][2] == person)
    return same_clause, named
