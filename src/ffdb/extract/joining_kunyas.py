"""The kunya passes of joining (`joining`): a person named only by a kunya joins the one
person holding a longer or shorter form of it; a kunya written short names the person
that way too; a kunya with Abu reads its holder as a man."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract import forms
from ffdb.extract.joining_cluster import (
    Cluster,
    Key,
    alternative_reading,
    as_written,
    extends,
    key_of,
    words_key,
)
from ffdb.extract.people import NameMention
from ffdb.extract.tokens import fold

_MALE_KUNYA: Final = re.compile(r"^(?:abu|ebu|əbu|абу|ابو|أبو)[\s-]", re.IGNORECASE)


def read_as_man_with_kunya(cluster: Cluster) -> None:
    """A kunya with Abu is a man's: "Залима Шебзухова по прозвищу Абу Муслим" is Залим
    Шебзухов in the accusative, not a woman named Залима Шебзухова."""
    if not any(_MALE_KUNYA.match(a) for a in cluster.aliases):
        return
    for mention in cluster.mentions:
        if mention.kind == "full" and mention.gender != "m":
            alt = alternative_reading(mention)
            if alt is not None:
                mention.words, mention.gender = alt, "m"


def join_lone_kunyas(clusters: list[Cluster]) -> list[Cluster]:
    """A cluster named only by a short kunya joins the one person whose longer kunya
    extends it, wherever the two stand ("Zaqatalalı “Əbu Məhəmməd” kim idi?" above
    "Şamil Məhəmmədov, “Əbu Məhəmməd əl-Azəri” ləqəbi ilə tanınan"); with two such
    persons, or none, it stays apart."""
    out = list(clusters)
    for lone in clusters:
        if not lone.kunya_only():
            continue
        keys = [k for k in lone.keys if len(k) >= 2]
        holders = [
            c
            for c in out
            if c is not lone
            and any(m.kind != "kunya" for m in c.mentions)
            and any(extends(k, other) for k in keys for other in c.keys)
        ]
        if len(holders) == 1:
            holders[0].absorb(lone)
            out.remove(lone)
    return out


def join_nisba_kunyas(clusters: list[Cluster]) -> list[Cluster]:
    """A person named only by a kunya with a nisba ("Абу Салих аль-Ингуши") is the one
    person whose cluster holds the same kunya without it ("Абу Салих, в миру Магомед
    Хамхоев"): the text gives the full kunya first, then ties the short one to a name.
    With two such persons, or one who also bears another nisba, it stays apart."""
    out = list(clusters)
    for lone in clusters:
        if not lone.kunya_only():
            continue
        shorts = {s for m in lone.mentions if (s := _without_nisba(m)) is not None}
        if len(shorts) != 1:
            continue
        short = shorts.pop()
        holders = [c for c in out if c is not lone and short in c.keys]
        if len(holders) != 1:
            continue
        holder = holders[0]
        if any(extends(short, k) and k not in lone.keys for k in holder.keys):
            continue  # "Abu Salih al-Shishani" is someone else
        kunya = max(lone.mentions, key=lambda m: len(m.words))
        spelled = _folded(kunya.words[:-1])
        if not any(_folded(m.words) == spelled for m in holder.mentions):
            continue  # "Ebu Omer" is written apart from "Abu ‘Umar al-Kubaysi" on purpose
        written = as_written(kunya.text, kunya.words)
        holder.absorb(lone)
        if written not in holder.aliases:
            holder.aliases.insert(_alias_index(holder, short), written)
        out.remove(lone)
    return out


def _without_nisba(mention: NameMention) -> Key | None:
    """The key of "Abu X" for a kunya "Abu X al-Y"; None for any other name."""
    words = mention.words
    if len(words) < 3 or not forms.is_kunya_particle(words[0]) or not forms.is_nisba(words[-1]):
        return None
    short = words_key(words[:-1])
    return short if len(short) >= 2 else None


def _folded(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


def _alias_index(cluster: Cluster, short: Key) -> int:
    """Where a longer kunya goes among the aliases: before its short form, if listed."""
    for i, alias in enumerate(cluster.aliases):
        if words_key(alias.split()) == short:
            return i
    return len(cluster.aliases)


def add_short_kunyas(cluster: Cluster) -> None:
    """A kunya the text also writes short ("Abu ‘Umar al-Kubaysi ... until Abu ‘Umar was
    killed") names the person that way too: the short form is an alias, as analysts
    record it."""
    keys = [key_of(m) for m in cluster.mentions]
    # an alias longer than the name it was read from ("Абу Умар Дагестани — Арсен
    # Хайбулаев": a nisba without its article) extends the short form too
    longer = keys + [words_key(a.split()) for a in cluster.aliases]
    for mention, key in zip(cluster.mentions, keys, strict=True):
        if mention.kind != "kunya" or len(key) < 2:
            continue
        text = as_written(mention.text, mention.words)
        if text in cluster.aliases or not any(extends(key, other) for other in longer):
            continue
        cluster.aliases.append(text)
