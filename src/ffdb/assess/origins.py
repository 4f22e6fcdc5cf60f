"""Which documents are independent of each other: each document gets an origin.

Two documents share an origin when one could have repeated the other:
- the same publisher: the same web host, else the same channel (parent), else the same
  registered source;
- a copied or syndicated text (`shingles.find_copies`);
- a Telegram forward: a message forwarded from channel X has X as its publisher, so the
  forward and X's own post are one origin.
Origins are the connected components of these links, so copying is transitive: if B
copies A and C forwards B, the three count once.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from ffdb.assess.facts import DocumentInfo
from ffdb.assess.shingles import CopyPair
from ffdb.names.normalise import fold_key


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key wins so that origins are the same on every run.
            self.parent[max(ra, rb)] = min(ra, rb)


def publisher_of(doc: DocumentInfo) -> str:
    """The publisher a document speaks for, as a key."""
    if doc.forwarded_from:
        return "channel:" + fold_key(doc.forwarded_from)
    if doc.url:
        host = urlsplit(doc.url).hostname or ""
        if host:
            return "host:" + host.removeprefix("www.")
    if doc.parent_id:
        return "parent:" + doc.parent_id
    if doc.source_id is not None:
        return f"source:{doc.source_id}"
    return "doc:" + doc.id


def assign_origins(
    documents: Iterable[DocumentInfo],
    copies: Iterable[CopyPair] = (),
    channel_names: dict[str, str] | None = None,
) -> dict[str, str]:
    """Document id -> origin key; documents with one key are not independent.

    `channel_names` maps a parent document id (a channel) to its title, so that a post of
    channel X and a forward from X meet.
    """
    uf = _UnionFind()
    names = channel_names or {}
    for doc in documents:
        uf.union("doc:" + doc.id, publisher_of(doc))
        if doc.parent_id and doc.parent_id in names:
            uf.union("parent:" + doc.parent_id, "channel:" + fold_key(names[doc.parent_id]))
    for pair in copies:
        uf.union("doc:" + pair.left, "doc:" + pair.right)
    return {key[4:]: uf.find(key) for key in list(uf.parent) if key.startswith("doc:")}
