"""A kunya the text gives someone in a sentence of naming joins that person (`joining`).

"Orada ona “Əbu Ubeydə əl-Gəncəvi” ləqəbi verilib", "В отряде он пользовался кличкой
«Абу Умар»", "His kunya, Abu Muhammad al-Azeri, was correctly given", "Orada ona Ebu
Zeyd et-Türki diyorlarmış": the sentence names no owner beside the kunya, only a
pronoun, and means the man the text has just spoken of. A person named only by a kunya
whose sentence holds such a word of naming and a pronoun before the kunya joins the last
man named before it in the same paragraph. Without a word of naming ("the group's late
amir, Abu Idris al-Kabardi"), without a pronoun ("Birimin komutanı ise “Ebu Enes”
olarak biliniyor") or after a role word ("a commander known as") a kunya stays a person
of its own.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.joining_cluster import Cluster, as_written
from ffdb.extract.lexicon import roles
from ffdb.extract.people_mention import NameMention
from ffdb.extract.tokens import fold

__all__ = ["join_named_kunyas"]

# words that give a name to someone spoken of: "ona … ləqəbi verilib", "called him"
_NAMING: Final = re.compile(
    r"(?<![\w-])(?:kunya|code\s+name|nom\s+de\s+guerre|used\s+the\s+name|called\s+him"
    r"|went\s+by|known\s+as|кличк\w*|прозвищ\w*|позывн\w*|называли|звали|известн\w+\s+как"
    r"|известн\w+\s+также\s+как|ləqəbi\w*|kimi\s+tanın\w*|kimi\s+xatırla\w*|adlandır\w*"
    r"|kod\s+ad\w*|adını\s+(?:da\s+)?(?:dəyiş|değiştir)\w*|lakab\w*|diyor\w*|derlerdi"
    r"|derler|olarak\s+bilin\w*|olarak\s+tanın\w*)(?![\w-])",
    re.IGNORECASE,
)
# the man spoken of, in the sentence before the kunya
_PRONOUN: Final = re.compile(
    r"(?<![\w-])(?:he|his|him|он|его|ему|него|нему|которого|которому|o|onu|ona|onun)(?![\w-])",
    re.IGNORECASE,
)
# "a Dagestani commander known as …": someone else, whom the role word introduces
_ROLE_BEFORE_CUE: Final = re.compile(r"([^\W\d_]+)\s+$")
_SENTENCE_END: Final = re.compile(r"[.!?\n]")


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    end_found = _SENTENCE_END.search(text, at)
    return start, end_found.start() if end_found else len(text)


def _a_man(cluster: Cluster) -> bool:
    named = [m for m in cluster.mentions if m.kind != "kunya"]
    if any(m.gender == "f" for m in named):
        return False
    return any(
        (m.kind == "full" and len(m.words) >= 2) or (m.kind == "given" and m.standalone)
        for m in named
    )


def join_named_kunyas(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """See the module's docstring."""
    out = list(clusters)
    for lone in clusters:
        if not lone.kunya_only():
            continue
        kunya = min(lone.mentions, key=lambda m: m.start)
        start, end = _sentence(text, kunya.start)
        cue = _NAMING.search(text, start, end)
        if cue is None or _role_before(text, start, cue.start()):
            continue
        owner = _last_man_before(text, out, lone, kunya)
        if owner is None:
            continue
        if _PRONOUN.search(text, start, kunya.start) is None:
            continue  # "Birimin komutanı ise “Ebu Enes” olarak biliniyor": not he
        owner.absorb(lone)
        written = as_written(kunya.text, kunya.words)
        if written not in owner.aliases:
            owner.aliases.append(written)
        out.remove(lone)
    return out


def _role_before(text: str, start: int, cue: int) -> bool:
    found = _ROLE_BEFORE_CUE.search(text, max(start, cue - 30), cue)
    return found is not None and fold(found.group(1)) in roles()


def _last_man_before(
    text: str, clusters: list[Cluster], lone: Cluster, kunya: NameMention
) -> Cluster | None:
    paragraph = text.rfind("\n\n", 0, kunya.start) + 1
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        if cluster is lone:
            continue
        before = [
            m.start
            for m in cluster.mentions
            if paragraph <= m.start < kunya.start and m.kind != "kunya"
        ]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), cluster)
    if best is None or not _a_man(best[1]):
        return None  # the last one named is a woman, or named by a word alone: no owner
    if any(m.kind == "kunya" for m in best[1].mentions) or best[1].aliases:
        return None  # he has a kunya of his own: this one is someone else's
    return best[1]
