"""Family relations between the persons a document names: "his brother Ramin Hajiyev",
"Hajiyev's wife Leyla", "Nigar Aliyeva, the widow of Kamran Aliyev", "жена Гаджиева
Лейла Гаджиева", "Elçin Hacıyevin qardaşı Ramin", "Yılmaz'ın kardeşi Mehmet", "brothers
Elchin and Ramin Hajiyev".

A kin word (data/family.tsv) links two persons the people extractor already found; no
person is made here. The relative is the name right after the kin word (or, in "X, the
widow of Y" and "X, вдова Y", the name before it); the person they belong to is a
possessor right before the kin word ("X's", "X-in", "X'in"), a name after "of" or a
Russian genitive, or, after "his"/"его"/"onun" or an Azerbaijani/Turkish possessive kin
word standing alone ("qardaşı Ramin"), the person last named. Each link is returned for
both persons, the inverse relation told by the other's gender when it is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.lexicon import DATA
from ffdb.extract.people import NameMention
from ffdb.extract.scan import CueScanner, lowered
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import CAP_WORD, fold

EXTRACTOR: Final = "family_rules.v1"


@dataclass(frozen=True, slots=True)
class KinWord:
    relation: str  # what the relative is to the person ("brother")
    many: bool  # names a group ("brothers X and Y")


@dataclass(frozen=True, slots=True)
class Kinship:
    """`relative` is `relation` of `person` (both cluster indexes of the document)."""

    person: int
    relative: int
    relation: str
    start: int  # the evidence: from the first name to the last, kin word included
    end: int
    confidence: float


# A neutral relation and its words for a man and a woman.
_GENDERED: Final = {
    "sibling": ("brother", "sister"),
    "parent": ("father", "mother"),
    "child": ("son", "daughter"),
    "nephew/niece": ("nephew", "niece"),
    "uncle/aunt": ("uncle", "aunt"),
    "sibling-in-law": ("brother-in-law", "sister-in-law"),
}
# What the person is to their relative, as a neutral relation.
_INVERSE: Final = {
    "brother": "sibling",
    "sister": "sibling",
    "sibling": "sibling",
    "wife": "husband",
    "husband": "wife",
    "son": "parent",
    "daughter": "parent",
    "child": "parent",
    "father": "child",
    "mother": "child",
    "cousin": "cousin",
    "uncle": "nephew/niece",
    "aunt": "nephew/niece",
    "nephew": "uncle/aunt",
    "niece": "uncle/aunt",
    "brother-in-law": "sibling-in-law",
}
_PRONOUN_BEFORE: Final = re.compile(
    r"(?:^|\s)(his|her|their|its|его|её|ее|их|onun|onların|onlarin|bunun)\s+$", re.I
)
_OF: Final = re.compile(r"\s+of\s+$")
_APPOSITION: Final = re.compile(r"^\s*(?:,|—|–|-)\s*(?:the|a|an|his|her|also|и)?\s*$", re.I)
_ADJACENT: Final = re.compile(r"^[\s,:]*$")
_ENGLISH_POSSESSIVE: Final = re.compile(r"^['’]s?\s+$")
_SUFFIX_POSSESSIVE: Final = re.compile(r"^['’]n?[ıiuü]n\s+$")
_GENITIVE_ENDING: Final = re.compile(r"(?:[ıiuü]n|n[ıiuü]n)$")
_LIST_GAP: Final = re.compile(r"^\s*(?:,|,?\s*(?:and|и|və|ve|ile))\s*$", re.I)
_RU_NOMINATIVE: Final = frozenset(
    (
        *("брат", "сестра", "жена", "вдова", "супруга", "муж", "супруг", "сын", "дочь"),
        *("отец", "мать", "дядя", "тётя", "тетя", "племянник", "племянница", "шурин"),
        *("деверь", "братья", "сёстры", "сыновья", "дети", "кузен", "двоюродный брат"),
        *("двоюродная сестра", "старший брат", "младший брат"),
    )
)
_BARE: Final = re.compile(rf"[\s,:]*({CAP_WORD})(?![\w-])")
_BARE_LISTED: Final = re.compile(rf"\s*({CAP_WORD})\s*(?:,|,?\s*(?:and|и|və|ve|ile))\s+")
# Azerbaijani and Turkish kin words carry the possessive ("qardaşı": his brother), so
# one standing alone before a name has an owner the text named before.
_POSSESSIVE_LANGUAGES: Final = ("az", "tr")


@cache
def kin_words() -> dict[str, KinWord]:
    """Lowered word form ("qardaşı", "двоюродный брат") → its kin word."""
    out: dict[str, KinWord] = {}
    text = (DATA / "family.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        relation, number, forms = line.split("\t")
        for form in forms.split():
            out.setdefault(lowered(form.replace("_", " ")), KinWord(relation, number == "many"))
    return out


@cache
def _kin_scanner() -> CueScanner:
    """The kin words, tried only at the word starts where one may begin: `re` would try
    the alternation of every form at every position of the text (the forms' first
    words end at a space or a hyphen, so no start of one hides inside another's)."""
    forms = sorted(kin_words(), key=len, reverse=True)
    patterns = [re.escape(f).replace(r"\ ", r"\s+") for f in forms]
    regex = re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)})(?![\w-])")
    return CueScanner(regex, patterns)


def find_family(ctx: DocContext) -> list[Kinship]:
    """Every family link the text states, once for each of its two persons."""
    found: list[Kinship] = []
    for match in _kin_scanner().finditer(ctx.low, ctx.low):
        start, end = match.span()
        sentence = ctx.index.at(start)
        if sentence is None or _inside_name(ctx, start):
            continue  # "Əli oğlu Məmmədov": a patronymic, no son
        kin = kin_words()[re.sub(r"\s+", " ", match.group())]
        if kin.many:
            found += _listed(ctx, sentence, start, end, kin)
        else:
            link = _one(ctx, sentence, start, end, kin)
            if link is not None:
                found.append(link)
    return _with_inverses(ctx, found)


def _inside_name(ctx: DocContext, pos: int) -> bool:
    return any(n.start <= pos < n.end for n in ctx.names_in(max(0, pos - 80), pos + 1))


def _one(ctx: DocContext, sentence: Sentence, start: int, end: int, kin: KinWord) -> Kinship | None:
    text = ctx.text
    before = ctx.names_in(sentence.start, start)
    after = ctx.names_in(end, sentence.end)
    prev = before[-1] if before else None
    nxt = after[0] if after and _ADJACENT.match(text[end : after[0].start]) else None
    gap_before = text[prev.end : start] if prev else ""
    if after and _OF.match(text[end : after[0].start] + " "):
        # "Nigar Aliyeva, the widow of Kamran Aliyev"; "Anar was the son of Vasif Quliyev"
        owner = after[0]
        conf = 0.85 if prev is not None and _APPOSITION.match(_article_gap(gap_before)) else 0.7
        return _link(owner, prev, kin, prev or owner, owner, start, conf)
    if nxt is None:
        # "his brother Ramin": a given name alone, of a person the text names in full
        nxt = _given_mention(ctx, end)
    if nxt is None:
        return None
    if ctx.language == "ru" and _inflected(nxt) and not _nominative(ctx, start, end):
        # "с женой Мадиной": the name agrees with the kin word; its owner was named before
        return _link(_any_mention(ctx, ctx.antecedent(start)), nxt, kin, nxt, nxt, start, 0.7)
    if ctx.language == "ru" and _inflected(nxt):
        second = after[1] if len(after) > 1 else None
        if second is not None and _ADJACENT.match(text[nxt.end : second.start]):
            return _link(nxt, second, kin, nxt, second, start, 0.8)  # "жена Гаджиева Лейла"
        # "Нигяр Алиева, вдова Камрана Алиева": the genitive is the owner
        return _link(nxt, prev, kin, prev or nxt, nxt, start, 0.8)
    if prev is not None and _is_possessor(ctx, prev, gap_before):
        return _link(prev, nxt, kin, prev, nxt, start, 0.85)
    possessor = _any_mention(ctx, _owner_before(ctx, sentence, start))
    return _link(possessor, nxt, kin, nxt, nxt, start, 0.7)


def _article_gap(gap: str) -> str:
    return re.sub(r"\s+(?:the|a|an)\s*$", " ", gap, flags=re.I)


def _owner_before(ctx: DocContext, sentence: Sentence, start: int) -> int | None:
    """The person "his"/"её"/"onun"/"qardaşı" refers to: the one last named (of the
    pronoun's gender: "Патимат Гусейнова ... главе Руслану Арсланову. Её сын")."""
    pronoun = _PRONOUN_BEFORE.search(" " + ctx.text[sentence.start : start])
    if pronoun is None and ctx.language not in _POSSESSIVE_LANGUAGES:
        return None  # "qardaşı Ramin", "Kardeşi Ali Demir" carry their own possessive
    word = fold(pronoun.group(1)) if pronoun else ""
    wanted = "m" if word in ("his", "его") else "f" if word in ("her", "её", "ее") else None
    here = ctx.index.at(start)
    if here is None:
        return None
    genders = ctx.genders
    for k in range(here.index, max(-1, here.index - 3), -1):
        before = ctx.sentences[k]
        if before.paragraph != here.paragraph:
            break
        for name in reversed(ctx.names_in(before.start, min(before.end, start))):
            if name.person is not None and (
                wanted is None or genders.get(name.person) in (wanted, None)
            ):
                return name.person
    return None


def _any_mention(ctx: DocContext, person: int | None) -> NameMention | None:
    return next((n for n in ctx.names if n.person == person), None) if person is not None else None


def _nominative(ctx: DocContext, start: int, end: int) -> bool:
    """Whether a Russian kin word is in the nominative ("жена", not "женой", "брата")."""
    return re.sub(r"\s+", " ", ctx.low[start:end]) in _RU_NOMINATIVE


def _is_possessor(ctx: DocContext, name: NameMention, gap: str) -> bool:
    if _ENGLISH_POSSESSIVE.match(gap) or _SUFFIX_POSSESSIVE.match(gap):
        return True
    if ctx.language in _POSSESSIVE_LANGUAGES and gap.isspace():
        return _inflected(name) and bool(_GENITIVE_ENDING.search(fold(name.text)))
    return False


def _inflected(name: NameMention) -> bool:
    """Whether the name is written with a case ending ("Hacıyevin", "Камрана Алиева")."""
    written = name.text.split()
    return bool(written) and fold(written[-1]) != fold(name.words[-1])


def _link(
    owner: NameMention | None,
    relative: NameMention | None,
    kin: KinWord,
    first: NameMention,
    last: NameMention,
    cue: int,
    confidence: float,
) -> Kinship | None:
    if owner is None or relative is None or owner.person is None or relative.person is None:
        return None
    if owner.person == relative.person:
        return None
    span = (min(first.start, last.start, cue), max(first.end, last.end, cue))
    return Kinship(owner.person, relative.person, kin.relation, *span, confidence)


def _listed(
    ctx: DocContext, sentence: Sentence, start: int, end: int, kin: KinWord
) -> list[Kinship]:
    """ "brothers Elchin and Ramin Hajiyev", "his sons X and Y": the names listed after."""
    text = ctx.text
    after = ctx.names_in(end, sentence.end)
    bare, pos = [], end
    while (word := _BARE_LISTED.match(text, pos)) and not any(
        n.start == word.start(1) for n in after
    ):
        bare.append(word)
        pos = word.end()
    if not after or not _ADJACENT.match(text[pos : after[0].start]):
        return []
    listed = [after[0]]
    for name in after[1:]:
        if not _LIST_GAP.match(text[listed[-1].end : name.start]):
            break
        listed.append(name)
    # "brothers Elchin and Ramin Hajiyev": the given names share the last one's surname
    given = [_given_mention(ctx, w.start(), listed[-1].words[-1]) for w in bare]
    listed = [n for n in given if n is not None] + listed
    persons = list(dict.fromkeys(n.person for n in listed if n.person is not None))
    last = listed[-1]
    if kin.relation == "child":
        owner = _any_mention(ctx, _owner_before(ctx, sentence, start))
        links = [_link(owner, n, kin, n, last, start, 0.7) for n in listed]
        return [x for x in links if x is not None]
    out = []
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            out.append(Kinship(a, b, kin.relation, start, last.end, 0.8))
    return out


def _given_mention(ctx: DocContext, pos: int, surname: str | None = None) -> NameMention | None:
    """The one person of the document whose given name is the word at `pos` (and whose
    surname is `surname`, when given), as a mention of that word; else None."""
    word = _BARE.match(ctx.text, pos)
    if word is None:
        return None
    key = fold(word.group(1))
    persons = {
        n.person
        for n in ctx.names
        if len(n.words) >= 2
        and fold(n.words[0]) == key
        and (surname is None or _same_surname(n.words[-1], surname))
    }
    if len(persons) != 1:
        return None
    written = word.group(1)
    return NameMention(
        word.start(1), word.end(1), written, "given", (written,), person=persons.pop()
    )


def _same_surname(a: str, b: str) -> bool:
    """ "Hajiyev" and "Hajiyev", "Исмаилов" and "Исмаиловы" (a plural for the family)."""
    a, b = fold(a), fold(b)
    stem = max(3, min(len(a), len(b)) - 1)
    return a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 2


def _with_inverses(ctx: DocContext, links: Sequence[Kinship]) -> list[Kinship]:
    """Each link for both persons, the relations worded by gender where it is known."""
    genders = ctx.genders
    out: dict[tuple[int, int], Kinship] = {}
    for link in links:
        forward = _worded(link.relation, genders.get(link.relative))
        inverse = _worded(_INVERSE.get(link.relation, "relative"), genders.get(link.person))
        for person, relative, relation in (
            (link.person, link.relative, forward),
            (link.relative, link.person, inverse),
        ):
            key = (person, relative)
            held = out.get(key)
            if held is None or link.confidence > held.confidence:
                out[key] = Kinship(
                    person, relative, relation, link.start, link.end, link.confidence
                )
    return sorted(out.values(), key=lambda k: (k.start, k.person, k.relative))


def _worded(relation: str, gender: str | None) -> str:
    words = _GENDERED.get(relation)
    if words is None or gender not in ("m", "f"):
        return relation
    return words[0] if gender == "m" else words[1]
