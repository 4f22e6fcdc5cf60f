"""Joining the mentions of one person inside a document into one cluster.

Two passes over the name mentions, in text order:

1. names with two words or more (full names, kunyas, titled names, aliases) join a
   cluster holding the same name, or one whose name they begin or extend ("Abu ‘Umar"
   and "Abu ‘Umar al-Baghdadi"; "Zaur Islamov" and "Zaur Ilgar oğlu Islamov"), the most
   recent when several do; an alias joins its owner's cluster;
2. partial names (a surname alone, a nisba alone, a given name alone) join the cluster
   that last used that word before them (else the first after); a surname that joins
   nothing is a person of its own unless it opens a sentence (Russian sentence-initial
   plurals look like surnames: "Боевиков"), a nisba or given name that joins nothing is
   dropped.

Words are compared by `tokens.name_key`: Misirxanov = Misirkhanov, Мамедов = Mammadov.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ffdb.extract import forms
from ffdb.extract.aliases import AliasLink
from ffdb.extract.people import NameMention, quoted_candidates
from ffdb.extract.tokens import name_key

_PARTIAL = ("surname", "nisba", "given")


@dataclass(slots=True)
class Cluster:
    index: int
    mentions: list[NameMention] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)
    aliases: list[str] = field(default_factory=list)
    alias_mentions: list[NameMention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    last: int = 0

    def add(self, mention: NameMention, alias: bool = False) -> None:
        mention.person = self.index
        self.mentions.append(mention)
        key = _key(mention)
        self.keys.add(key)
        self.words.update(key)
        self.last = max(self.last, mention.start)
        if alias:
            self.alias_mentions.append(mention)


def _key(mention: NameMention) -> tuple[str, ...]:
    return tuple(_word_key(w) for w in mention.words if not forms.is_connector(w))


def _word_key(word: str) -> str:
    if forms.is_nisba(word):
        word = word.split("-", 1)[1]
    return name_key(word)


def join_mentions(
    text: str, names: list[NameMention], links: Sequence[AliasLink]
) -> tuple[list[NameMention], list[Cluster]]:
    """The mentions (alias mentions added) and their clusters; `mention.person` is set."""
    names, alias_of = _with_alias_mentions(text, names, links)
    clusters: list[Cluster] = []
    # owners first: "Ebu Hanzala lakaplı Halis Demir" names the alias before its owner
    for i, mention in enumerate(names):
        if mention.kind in _PARTIAL or i in alias_of:
            continue
        _place_in_cluster(clusters, mention)
    for i, owner in alias_of.items():
        mention, person = names[i], names[owner].person
        if person is None:
            _place_in_cluster(clusters, mention)
            continue
        clusters[person].add(mention, alias=True)
        clusters[person].aliases.append(mention.text)
    for mention in names:
        if mention.kind in _PARTIAL:
            _join_partial(clusters, mention)
    return names, clusters


def _place_in_cluster(clusters: list[Cluster], mention: NameMention) -> None:
    found = _find_cluster(clusters, _key(mention))
    if found is None:
        found = Cluster(len(clusters))
        clusters.append(found)
    found.add(mention)


def _with_alias_mentions(
    text: str, names: list[NameMention], links: Sequence[AliasLink]
) -> tuple[list[NameMention], dict[int, int]]:
    """Make each alias a mention (reusing a name found at its span) and map it to its owner."""
    names = list(names)
    pairs: list[tuple[NameMention, NameMention | None]] = []
    for link in links:
        owner = names[link.owner] if link.owner is not None else None
        inside = [
            n for n in names if link.start <= n.start and n.end <= link.end and n is not owner
        ]
        if inside:
            alias = inside[0]
            for extra in inside[1:]:
                names.remove(extra)
        else:
            made = quoted_candidates(text, link.start, link.end)
            if made is None:
                continue
            alias = made
            names.append(alias)
        alias.text = link.text  # as the text writes it, titles and all
        alias.start, alias.end = link.start, link.end
        if alias.kind in _PARTIAL:
            alias.kind = "quoted"
        pairs.append((alias, owner))
    names.sort(key=lambda m: m.start)
    position = {id(m): i for i, m in enumerate(names)}
    alias_of = {position[id(a)]: position[id(o)] for a, o in pairs if o is not None}
    return names, alias_of


def _find_cluster(clusters: list[Cluster], key: tuple[str, ...]) -> Cluster | None:
    if not key:
        return None
    exact = [c for c in clusters if key in c.keys]
    if exact:
        return max(exact, key=lambda c: c.last)
    near = [c for c in clusters if any(_extends(key, k) or _extends(k, key) for k in c.keys)]
    return max(near, key=lambda c: c.last) if near else None


def _extends(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` holds `short`'s words in order, with the same first word and two or more
    words shared ("Abu Umar" / "Abu Umar Baghdadi"; "Zaur Islamov" / "Zaur Ilgar Islamov")."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    it = iter(long)
    return all(word in it for word in short)


def _join_partial(clusters: list[Cluster], mention: NameMention) -> None:
    key = _key(mention)
    if not key:
        return
    word = key[0]
    holders = [c for c in clusters if word in c.words and _position_ok(c, mention, word)]
    before = [c for c in holders if any(m.start < mention.start for m in c.mentions)]
    if before:
        max(before, key=lambda c: max(m.start for m in c.mentions if m.start < mention.start)).add(
            mention
        )
        return
    if holders:
        min(holders, key=lambda c: min(m.start for m in c.mentions)).add(mention)
        return
    cyrillic = any("а" <= c.lower() <= "я" for c in mention.text)
    if mention.kind == "surname" and not (mention.sentence_initial and cyrillic):
        cluster = Cluster(len(clusters))
        clusters.append(cluster)
        cluster.add(mention)


def _position_ok(cluster: Cluster, mention: NameMention, word: str) -> bool:
    """A surname joins a person whose name ends (or nearly ends) in it; a given name one
    whose name starts with it; a nisba anywhere after the first word."""
    for key in cluster.keys:
        if mention.kind == "given" and key and key[0] == word:
            return True
        if mention.kind == "surname" and word in key and len(key) > 1:
            return True
        if mention.kind == "nisba" and word in key[1:]:
            return True
    return False
