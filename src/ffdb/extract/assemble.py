"""Person records, mentions and claims from joined names, facts and events.

A cluster whose mentions are all partial or weak (a quoted phrase with no other
evidence) is no person. The record's name is its longest full mention (the earliest on
ties); its aliases are those the text declared; for each single-valued fact (hometown,
age, nationality) the most confident claim wins, the earliest on ties; all claims are
kept, conflicting ones included, for the assess stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ffdb.extract import aliases as alias_rules
from ffdb.extract import forms
from ffdb.extract.context import DocContext
from ffdb.extract.events import EXTRACTOR as EVENT_EXTRACTOR
from ffdb.extract.events import Event
from ffdb.extract.facts import Fact
from ffdb.extract.family import EXTRACTOR as FAMILY_EXTRACTOR
from ffdb.extract.family import Kinship
from ffdb.extract.joining_cluster import Cluster
from ffdb.extract.people import NameMention
from ffdb.extract.records import EventRecord, PersonRecord
from ffdb.extract.tokens import fold
from ffdb.model.claim import Claim, Mention

_NAME_KINDS = ("full", "kunya", "titled", "quoted")


def build_persons(
    ctx: DocContext, clusters: Sequence[Cluster], facts: Sequence[Fact], events: Sequence[Event]
) -> tuple[list[PersonRecord], dict[int, str]]:
    """Records in order of first mention, and the cluster index → record id map."""
    records: list[PersonRecord] = []
    ids: dict[int, str] = {}
    ordered = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
    for cluster in ordered:
        name_mention = _name_mention(cluster)
        if name_mention is None or all(_corrected(ctx.text, m) for m in cluster.mentions):
            continue
        pid = f"p{len(records) + 1}"
        ids[cluster.index] = pid
        record = PersonRecord(pid, _with_initials(ctx.text, name_mention))
        record.titles = sorted({t for m in cluster.mentions for t in m.titles})
        record.aliases = _aliases(cluster, record.name)
        full = _full_name(cluster)
        if full is not None and fold(full) != fold(record.name):
            # named in full, the short name kept first among the aliases
            short, record.name = record.name, full
            record.aliases = [short, *(a for a in record.aliases if fold(a) != fold(full))]
        record.mentions = sorted((m.start, m.end) for m in cluster.mentions)
        record.confidence = max(m.confidence for m in cluster.mentions)
        records.append(record)
    by_id = {r.id: r for r in records}
    by_cluster = {c.index: r for c in ordered if (r := _record_of(by_id, ids, c.index))}
    _apply_facts(by_cluster, facts)
    for event in sorted(events, key=lambda e: e.cue_start):
        held = by_cluster.get(event.person)
        if held is not None:
            held.events.append(
                EventRecord(
                    event.status,
                    event.date,
                    event.place,
                    event.date_qualifier,
                    event.date_end,
                    event.date_source,
                    event.place_entry,
                    (event.start, event.end),
                    event.confidence,
                )
            )
    return records, ids


# A name the text corrects ("She is Laleh Rustamova, not Lala Rustamli", "Sercan Aydın,
# Serkan Aydın değil", "Гасанов, а не Гусейнов"): a misspelling, nobody of its own.
_NOT_BEFORE = re.compile(r",\s*(?:not|а не|не)\s+(?:(?:о|об|у|с|со|к|от|для)\s+)?$", re.IGNORECASE)
_NOT_AFTER = re.compile(r"\s+(?:değil|deyil)(?![\w-])", re.IGNORECASE)


def _corrected(text: str, mention: NameMention) -> bool:
    """ "X, not Y" / "X, а не Y" / "X, Y değil": Y is a wrong spelling of X ("was not
    Sardor Tursunov" denies who someone is, and Sardor Tursunov is still someone)."""
    if _NOT_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return True
    return bool(_NOT_AFTER.match(text, mention.end)) and text.endswith(", ", 0, mention.start)


def _record_of(
    by_id: dict[str, PersonRecord], ids: dict[int, str], index: int
) -> PersonRecord | None:
    pid = ids.get(index)
    return by_id.get(pid) if pid else None


def _name_mention(cluster: Cluster) -> Any:
    own = [m for m in cluster.mentions if m not in cluster.alias_mentions]
    full = [m for m in own if m.kind in _NAME_KINDS and m.kind != "quoted"]
    if not full:
        full = (
            [m for m in own if m.kind == "surname"]
            # "Ebu Hureyre el-Özbeki (Anvar)", "Его жена Зарема": the given name is his own
            or [m for m in own if m.standalone]
            or [m for m in cluster.mentions if m.kind in _NAME_KINDS]
        )
    if not full:
        return None
    # a name written as the text's prose writes it, not in a caption's capitals
    # ("UNITED STATES v. AKMAL TURSUNOV ... Akmal Tursunov was arrested")
    return max(full, key=lambda m: (not m.text.isupper(), len(m.words), -m.start))


# Initials before a surname ("K. Lanz", "Ə.Quliyev", "M. A. Kerimov")
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[^\W\d_]\.\s?){1,3}$")


def _with_initials(text: str, mention: NameMention) -> str:
    """A person the text names only by initials and surname keeps the initials in the
    name ("editing by K. Lanz"): the surname alone tells them apart from nobody."""
    if mention.kind != "surname":
        return str(mention.name)
    found = _INITIALS_BEFORE.search(text, max(0, mention.start - 9), mention.start)
    if found is None or not found.group()[:1].isupper():
        return str(mention.name)
    return found.group() + str(mention.name)


def _aliases(cluster: Cluster, name: str) -> list[str]:
    out: list[str] = []
    seen = {fold(name)}
    for alias in [*cluster.aliases, *_official_forms(cluster), *_honorific_forms(cluster)]:
        if fold(alias) not in seen:
            seen.add(fold(alias))
            out.append(alias)
    return out


def _official_forms(cluster: Cluster) -> list[str]:
    """A name the text writes surname first, as police lists and courts do, in the
    nominative ("Кушхов Аслан Мухамедович", "Умаханов Арсен", "Məmmədli Tofiq Əli oğlu"):
    the record is named given name first, and keeps the written form as an alias."""
    out = []
    for mention in cluster.mentions:
        written = mention.text.split()
        if mention.kind != "full" or len(written) < 2 or len(mention.words) < 2:
            continue
        surname, given = mention.words[-1], mention.words[0]
        if fold(written[0]) == fold(surname) and fold(written[1]) == fold(given):
            # in the nominative: "Musayev Rəşad Ağaverdi oğluna" → "... oğlu"
            out.append(" ".join([*written[:-1], forms.patronymic_nominative(written[-1])]))
    return out


def _full_name(cluster: Cluster) -> str | None:
    """The name with its patronymic, given name first and in the nominative, when the
    text gives the patronymic: "Бекхана Руслановича Евлоева" and "Евлоев Бекхан
    Русланович" give "Бекхан Русланович Евлоев", "Elvin Rəşid oğlu Məmmədov" stays. It
    names the record, with the short name first among the aliases: the full name is the
    person's name, no other name he goes by (annotators listed none of 216 such forms
    as an alias over the team's annotated sets, but named records by it)."""
    for mention in cluster.mentions:
        if mention.kind != "full" or len(mention.words) < 2:
            continue
        given, surname = mention.words[0], mention.words[-1]
        # as written, or the nominative an oblique police-order mention was read in
        # ("в отношении Кушхова Аслана Мухамедовича": "Кушхов Аслан Мухамедович")
        for form in [mention.text, *cluster.aliases]:
            written = form.split()
            if len(written) not in (3, 4):
                continue
            if fold(written[0]) == fold(surname):
                if fold(written[1]) != fold(given):
                    continue
                middle = [*written[2:-1], forms.patronymic_nominative(written[-1])]
            elif form is mention.text:
                middle = written[1:-1]
            else:
                continue
            if len(middle) == 2 and fold(middle[1]) in _SON_OR_DAUGHTER:
                return f"{given} {middle[0]} {middle[1]} {surname}"
            patronymic = (
                forms.russian_patronymic_nominative(middle[0]) if len(middle) == 1 else None
            )
            if patronymic is not None:
                return f"{given} {patronymic} {surname}"
    return None


_SON_OR_DAUGHTER = frozenset(fold(w) for w in ("oğlu", "qızı", "kızı", "оглы", "кызы"))


# Honorifics a man known by his given name alone is called by ("Hacı Rəhim", "Molla
# Nəsir", "Şeyx Ənvər"): the text's way of naming him is kept as an alias, since the
# given name alone tells him apart from nobody.
_HONORIFICS = frozenset(
    fold(w)
    for w in "Hacı Hajji Haji Хаджи Hoca Hodja Molla Mullah Mullo Мулла Şeyh Şeyx Sheikh "
    "Shaykh Шейх Ustaz Ustadh".split()
)


def _honorific_forms(cluster: Cluster) -> list[str]:
    out = []
    for mention in cluster.mentions:
        lone = len(mention.words) == 1 and mention.kind in ("titled", "given")
        out += [
            f"{t} {mention.words[0]}" for t in mention.titles if lone and fold(t) in _HONORIFICS
        ]
    return out


def _apply_facts(by_cluster: dict[int, PersonRecord], facts: Sequence[Fact]) -> None:
    best: dict[tuple[int, str], Fact] = {}
    for fact in facts:
        record = by_cluster.get(fact.person)
        if record is None:
            continue
        if fact.prop == "group":
            # the record names a group as the text writes it (nominative, no case
            # ending); the claim keeps the gazetteer's name and id for the database
            written = str(fact.extra.get("written") or fact.value)
            if not any(fold(g) == fold(written) for g in record.groups):
                record.groups.append(written)
            role = {"group": written, "role": fact.extra.get("role")}
            if fact.extra.get("group_id"):
                role["group_id"] = fact.extra["group_id"]
                role["canonical"] = fact.value
            if role not in record.roles:
                record.roles.append(role)
            continue
        key = (fact.person, fact.prop)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    for (person, prop), fact in best.items():
        record = by_cluster[person]
        if prop == "hometown":
            record.hometown = fact.value
            record.hometown_place = fact.extra.get("place")
        elif prop == "age":
            record.age = int(fact.value)
        elif prop == "born":
            record.born = fact.value
        elif prop == "nationality":
            record.nationality = fact.value


def build_claims(
    ctx: DocContext,
    clusters: Sequence[Cluster],
    records: Sequence[PersonRecord],
    ids: dict[int, str],
    facts: Sequence[Fact],
    events: Sequence[Event],
) -> tuple[list[Mention], list[Claim]]:
    mentions: list[Mention] = []
    claims: list[Claim] = []
    text = ctx.text
    for cluster in clusters:
        pid = ids.get(cluster.index)
        if pid is None:
            continue
        for m in cluster.mentions:
            kind = "alias" if m in cluster.alias_mentions else "person"
            mentions.append(Mention(m.start, m.end, text[m.start : m.end], kind, m.extractor, pid))
    for record in records:
        first = record.mentions[0]
        claims.append(_claim(ctx, record.id, "name", record.name, first, "person_rules.v1", 0.9))
        for alias in record.aliases:
            claims.append(_claim(ctx, record.id, "alias", alias, first, alias_rules.EXTRACTOR, 0.8))
    for group in ctx.groups:
        mentions.append(Mention(group.start, group.end, group.text, "group", group.extractor))
    for fact in facts:
        pid = ids.get(fact.person)
        if pid is None:
            continue
        claim = _claim(
            ctx,
            pid,
            fact.prop,
            fact.value,
            (fact.cue_start, fact.cue_end),
            fact.extractor,
            fact.confidence,
        )
        claim.extra = dict(fact.extra)
        claims.append(claim)
    for event in events:
        pid = ids.get(event.person)
        if pid is None:
            continue
        claim = _claim(
            ctx,
            pid,
            "status",
            event.status,
            (event.cue_start, event.cue_end),
            str(event.extra.get("extractor", EVENT_EXTRACTOR)),  # a later pass names itself
            event.confidence,
        )
        claim.date, claim.date_qualifier, claim.place = (
            event.date,
            event.date_qualifier,
            event.place,
        )
        claim.extra = {
            k: v
            for k, v in (
                ("date_end", event.date_end),
                ("date_source", event.date_source),
                ("place_entry", event.place_entry),
            )
            if v is not None
        }
        claims.append(claim)
    mentions.sort(key=lambda m: m.start)
    return mentions, claims


def build_family_claims(
    ctx: DocContext,
    links: Sequence[Kinship],
    records: Sequence[PersonRecord],
    ids: dict[int, str],
) -> list[Claim]:
    """A `family` claim for each link whose two persons are records (value: the
    relative's record id); each record lists its relatives by name."""
    by_id = {r.id: r for r in records}
    claims: list[Claim] = []
    for link in links:
        pid, rid = ids.get(link.person), ids.get(link.relative)
        if pid is None or rid is None or pid == rid:
            continue
        claim = _claim(
            ctx, pid, "family", rid, (link.start, link.end), FAMILY_EXTRACTOR, link.confidence
        )
        claim.extra = {"relation": link.relation}
        claims.append(claim)
        entry = {"relation": link.relation, "name": by_id[rid].name}
        if entry not in by_id[pid].family:
            by_id[pid].family.append(entry)
    return claims


def _claim(
    ctx: DocContext,
    pid: str,
    prop: str,
    value: str,
    span: tuple[int, int],
    extractor: str,
    confidence: float,
) -> Claim:
    """A claim whose evidence is the sentence holding `span` (quote = that sentence)."""
    sentence = ctx.index.at(span[0])
    start, end = (sentence.start, sentence.end) if sentence else span
    return Claim(
        entity_id=pid,
        prop=prop,
        value=value,
        start=start,
        end=end,
        quote=ctx.text[start:end],
        extractor=extractor,
        confidence=confidence,
        original_value=ctx.text[span[0] : span[1]] if prop != "name" else None,
    )
