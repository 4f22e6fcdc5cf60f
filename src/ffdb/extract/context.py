"""What the fact and event rules look at: one document's sentences, clauses, names,
groups, places and dates, with the questions they ask of them (the name nearest a cue,
the subject of a clause, the person a pronoun stands for, the group "the group" means).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from ffdb.extract.dates import DateSpan
from ffdb.extract.geo import PlaceMention
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.people import NameMention
from ffdb.extract.scan import lowered
from ffdb.extract.sentences import Sentence, SentenceIndex, split_clauses

# Pronouns and kin words that stand for the person last named. "her son" is the person
# the story is about ("his mother received a call that her son had been killed").
PRONOUN = re.compile(
    r"(?<![\w-])(?:he|she|He|She|her son|his son|their son|the man|the fighter|the militant|"
    r"он|она|Он|Она|её сын|ее сын|их сын|onun oğlu)(?![\w-])"
)
# Relative pronouns open a clause about the name right before them.
RELATIVE = re.compile(
    r"^(?:who|whom|whose|который|которая|которые|которого|которой|которому|kim|ki)\b", re.I
)
APPOSITIVE = re.compile(r"^(?:a|an|the|one)\s", re.I)


@dataclass(slots=True)
class Pronoun:
    start: int
    end: int
    person: int | None


@dataclass
class DocContext:
    text: str
    sentences: list[Sentence]
    names: list[NameMention]  # joined: `person` set (None: dropped)
    groups: list[GroupMention]
    places: list[PlaceMention]
    dates: list[DateSpan]
    language: str | None
    doc_date: str | None
    low: str = ""
    pronouns: list[Pronoun] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.names = [n for n in self.names if n.person is not None]
        self.low = self.low or lowered(self.text)
        self.index = SentenceIndex(self.sentences)
        self._name_starts = [n.start for n in self.names]
        self._group_starts = [g.start for g in self.groups]
        self._place_starts = [p.start for p in self.places]
        self._date_starts = [d.start for d in self.dates]
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self.pronouns = self._resolve_pronouns()

    # spans inside a range ------------------------------------------------------------
    def names_in(self, start: int, end: int) -> list[NameMention]:
        lo, hi = bisect_left(self._name_starts, start), bisect_left(self._name_starts, end)
        return [n for n in self.names[lo:hi] if n.end <= end]

    def groups_in(self, start: int, end: int) -> list[GroupMention]:
        lo, hi = bisect_left(self._group_starts, start), bisect_left(self._group_starts, end)
        return self.groups[lo:hi]

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        lo, hi = bisect_left(self._place_starts, start), bisect_left(self._place_starts, end)
        return self.places[lo:hi]

    def dates_in(self, start: int, end: int) -> list[DateSpan]:
        lo, hi = bisect_left(self._date_starts, start), bisect_left(self._date_starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def agents_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, person) of names and resolved pronouns in the range, in order."""
        out = [
            (n.start, n.end, n.person) for n in self.names_in(start, end) if n.person is not None
        ]
        out += [
            (p.start, p.end, p.person)
            for p in self.pronouns
            if start <= p.start < end and p.person is not None
        ]
        return sorted(out)

    # structure ------------------------------------------------------------------------
    def clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        if sentence.index not in self._clauses:
            spans = [(n.start, n.end) for n in self.names_in(sentence.start, sentence.end)]
            self._clauses[sentence.index] = split_clauses(
                self.text, sentence.start, sentence.end, spans
            )
        return self._clauses[sentence.index]

    def clause_at(self, sentence: Sentence, pos: int) -> tuple[int, int]:
        for clause in self.clauses(sentence):
            if clause[0] <= pos < clause[1]:
                return clause
        return sentence.start, sentence.end

    def subject_before(self, sentence: Sentence, pos: int) -> int | None:
        """The person a clause without its own subject is about: walking back through the
        sentence's clauses, past appositions, to a clause that opens with a name; a
        relative clause is about the name right before it."""
        clauses = self.clauses(sentence)
        here = next((i for i, c in enumerate(clauses) if c[0] <= pos < c[1]), len(clauses) - 1)
        clause_text = self.text[clauses[here][0] : pos]
        if RELATIVE.match(clause_text):
            agents = self.agents_in(sentence.start, clauses[here][0])
            return agents[-1][2] if agents else None
        for i in range(here - 1, -1, -1):
            start, end = clauses[i]
            body = self.text[start:end]
            if APPOSITIVE.match(body) or RELATIVE.match(body):
                continue
            agents = self.agents_in(start, end)
            if agents:
                # the subject opens an English or Russian clause; Azerbaijani and Turkish
                # put it nearest the verb ("Yılmaz ile birlikte ... Ahmet Kaya ... alındı")
                return agents[-1 if self.language in ("az", "tr") else 0][2]
        return None

    def antecedent(self, pos: int, sentences_back: int = 2) -> int | None:
        """The person last named before `pos` in the same paragraph, a few sentences back."""
        here = self.index.at(pos)
        if here is None:
            return None
        first = max(0, here.index - sentences_back)
        for k in range(here.index, first - 1, -1):
            sentence = self.sentences[k]
            if sentence.paragraph != here.paragraph:
                break
            names = [
                n
                for n in self.names_in(sentence.start, min(sentence.end, pos))
                if n.person is not None
            ]
            if names:
                return names[-1].person
        return None

    def last_group_before(self, pos: int, sentences_back: int = 8) -> GroupMention | None:
        here = self.index.at(pos)
        i = bisect_right(self._group_starts, pos) - 1
        while i >= 0:
            group = self.groups[i]
            sentence = self.index.at(group.start)
            if here and sentence and here.index - sentence.index > sentences_back:
                return None
            if group.end <= pos:
                return group
            i -= 1
        return None

    @cached_property
    def paragraph_sentences(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            out.setdefault(sentence.paragraph, []).append(sentence)
        return out

    def _resolve_pronouns(self) -> list[Pronoun]:
        out = []
        for match in PRONOUN.finditer(self.text):
            out.append(Pronoun(match.start(), match.end(), self.antecedent(match.start())))
        return out
