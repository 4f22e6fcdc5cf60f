"""What the fact and event rules look at: one document's sentences, clauses, names,
groups, places and dates, with the questions they ask of them (the name nearest a cue,
the subject of a clause, the person a pronoun stands for, the group "the group" means).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import Final

from ffdb.extract.context_descriptions import resolve_descriptions
from ffdb.extract.dates import DateSpan
from ffdb.extract.geo import PlaceMention
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.lexicon import given_gender
from ffdb.extract.listing import (
    AND_GAP,
    EN_RELATION,
    coordinated_chain,
    listed_above,
    listed_after_line,
)
from ffdb.extract.people import NameMention
from ffdb.extract.scan import WordStarts, finditer_from, folded, lowered, matches_at
from ffdb.extract.sentences import (
    ClauseMarks,
    Sentence,
    SentenceIndex,
    clause_marks,
    split_clauses,
)

# Pronouns and kin words that stand for the person last named. "her son" is the person
# the story is about ("his mother received a call that her son had been killed");
# "qardaşımız" (our brother) is how a martyr post names its subject again.
PRONOUN: Final = re.compile(
    r"(?<![\w-])(?:he|she|He|She|him|her son|his son|their son|the man|the fighter|"
    r"[Mm]y son|[Mm]y daughter|[Мм]ой сын|[Мм]оя дочь|[Mm]ənim oğlum|[Bb]enim oğlum|"
    r"[Oo]ğlum|"
    r"[Tt]he \d{1,2}-year-old(?!['’\w-])|"
    r"the militant|он|она|Он|Она|Ему|ему|него|нее|неё|её сын|ее сын|их сын|onun oğlu|"
    r"onu|Onu|qardaşımız|Qardaşımız|kardeşimiz|Kardeşimiz|oğulları(?:nın)?|"
    r"oğlu(?:nun)?)(?![\w-])|(?<!\S)O(?=,\s)|(?<=[.!?]\s)O(?=\s)|(?<=,\s)o(?=,\s)|"
    # "... завербовал Y. Тот выехал в Сирию": "that one" before its past verb is the
    # person named last (not "Тот же день", "Тот, кто")
    r"(?<![\w-])(?:Тот|Та)(?=\s+[а-яё]+(?:л|ла|лся|лась)(?![\w-]))"
)
_PRONOUN_GENDER = {"he": "m", "He": "m", "him": "m", "she": "f", "She": "f"}
_PRONOUN_GENDER |= {"он": "m", "Он": "m", "она": "f", "Она": "f", "Ему": "m", "ему": "m"}
_PRONOUN_GENDER |= {"Тот": "m", "Та": "f"}
_CAPITALISED_BEFORE: Final = re.compile(r"[A-ZÇĞİÖŞÜƏ][\wçğıöşüə]+\s+$")


def _is_patronymic(text: str, match: re.Match[str]) -> bool:
    """ "Məmmədov Elnur Tofiq oğlu": "oğlu" after a father's name is part of the name,
    not "his son"."""
    return match.group().startswith("oğlu") and bool(
        _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )


# Plural pronouns stand for the names listed together last ("X and Y ... Both men").
# And so do the demonstratives of a list ("həmin şəxslər", "these men", "указанные лица").
PLURAL: Final = re.compile(
    r"(?<![\w-])(?:[Bb]oth men|[Tt]he two men|[Tt]he two|[Tt]hey|[Bb]oth|[Оо]ни|[Оо]ба|[Оо]боих|"
    r"[Оо]боим|"
    r"[Oo]nlar|[Hh]ər ikisi|[Hh]er ikisi|[Ii]kisi de|[Hh]əmin şəxslər\w*|[Bb]u şəxslər\w*|"
    r"[Tt]hese men|[Tt]he pair|[Уу]казанные лица|[Ээ]ти лица|[Bb]u kişiler\w*|"
    r"[Ss]öz konusu (?:kişiler|şahıslar)\w*)(?![\w-])"
)
# The first letters of every branch of PRONOUN and PLURAL, at a word start as every
# branch is: `finditer_from` tries them only there (no start of theirs hides inside
# another's), where their look-behinds would have `re` try every position of the text.
# "the" alone would make a candidate of every article. Each opens with the class of its
# first letters and checks the word start after it ("[hs](?<![\w-].)(?:(?<=h)e|...)"
# is "(?<![\w-])(?:he|...)"): `re` then skips to those letters, twice as fast.
_PRONOUN_STARTS: Final = re.compile(
    r"[hsHStTТонОЕеиoOqQkKMmМмBb](?<![\w-].)(?:(?<=h)(?:e|im|er son|is son)|(?<=s)h|"
    r"(?<=H)e|(?<=S)h|"
    r"(?<=Т)(?:от|а)\s|(?<=[Mm])(?:y son|y daughter|ənim oğlum)|(?<=[Мм])о[йя] |"
    r"(?<=[Bb])enim oğlum|(?<=O)ğlum|"
    r"(?<=[tT])he \d|"
    r"(?<=t)h(?:eir son|e (?:man|fighter|militant))|(?<=о)н|(?<=О)н|(?<=Е)м|(?<=е)м|"
    r"(?<=н)е|(?<=е)ё|(?<=е)е|(?<=и)х|(?<=o)nu|(?<=O)nu|(?<=q)a|(?<=Q)a|(?<=k)a|(?<=K)a|"
    r"(?<=o)ğ|(?<=O)|(?<=o)(?=,\s))"
)
_PLURAL_STARTS: Final = re.compile(
    r"[BbTtОоOoHhIiУуЭэSs](?<![\w-].)(?:(?<=[Bb])ot|(?<=[Tt])he(?:y| two|se men| pair)|"
    r"(?<=[Оо])ни|(?<=[Оо])ба|(?<=[Оо])бо|(?<=[Oo])nl|(?<=[Hh])ər|(?<=[Hh])er|(?<=[Ii])ki|"
    r"(?<=[Hh])əm|(?<=[Bb])u |(?<=[Уу])ка|(?<=[Ээ])ти|(?<=[Ss])öz)"
)
# Every character `\s` matches (`str.isspace`): "O" alone stands for a man before one.
SPACES: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# The same starts lower-cased (and `scan.folded`: "ı" as "i"), read off the pass shared
# with the cue scanners (the two regexes above cost a tenth of the pronoun rules'
# time). As much of each word as is fixed, so that few other words open with one: "his
# s", not "hi" (two letters made a candidate of every "of", "the", "Məhkəmə" and "не",
# three in four of them in vain); "o" only before a comma or a space.
_PRONOUN_WORDS: Final = WordStarts(
    [
        "he", "she", "him", "the ", "their s", "his s", "my s", "my d", "oğ", "onu", "o,",
        "mənim o", "benim o", "qardaşimiz", "kardeşimiz", "он", "ему", "него", "нее", "неё",
        "её с", "ее с", "их с", "мой с", "моя д",
        *(word + space for word in ("o", "тот", "та") for space in SPACES),
    ]
)  # fmt: skip
_PLURAL_WORDS: Final = WordStarts(
    [
        "both", "they", "the two", "the pair", "these men", "onlar", "hər ikisi", "her ikisi",
        "ikisi de", "həmin şəxslər", "bu şəxslər", "bu kişiler", "söz konusu ", "они", "оба",
        "обои", "указанные лица", "эти лица",
    ]
)  # fmt: skip
# A relative who went along, named after the subject ("with his younger brother Y",
# "вместе с младшим братом Y"): no antecedent while the subject is named before.
_COMPANION_KIN: Final = re.compile(
    r"(?<![\w-])(?:(?:along |together )?with (?:his|her|their) (?:(?:younger|elder|older|little|"
    r"big|twin) )?(?:brother|sister|wife|husband|son|daughter|cousin|friend)|(?:вместе )?с "
    r"(?:(?:его|её|своим|своей) )?(?:(?:младшим|старшим) )?(?:братом|сестрой|женой|мужем|"
    r"сыном|дочерью|другом)|"
    # one the subject went after or joined ("X followed his cousin, Y, to Syria. He was
    # detained"; "X уехал вслед за братом Y"): the subject goes on
    r"(?:followed|joined|accompanied|visited|persuaded|recruited|convinced|urged) (?:his|her) "
    r"(?:(?:younger|elder|older|little|big|twin) )?(?:brother|sister|cousin|wife|husband|son|"
    r"daughter|friend|uncle|nephew)|вслед за (?:(?:своим|своей) )?(?:(?:младшим|старшим|"
    r"двоюродным) )?(?:братом|сестрой|мужем|сыном|другом|дядей))\s*,?\s*$"
)
# A preposition right before a name: an object's, not the one the text goes on about.
_PREPOSITION_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:to|from|against|for|about|by|at|on|of|into)\s+(?:[A-Za-z]{1,3}\s+)?$"
)
# A name in a "whose" clause: another's relative ("X, whose cousin Y was killed").
_WHOSE_BEFORE: Final = re.compile(r"(?<![\w-])(?:whose|чей|чья|чьи)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "his son" and its kin: the child of the one named before, who may be its parent.
_CHILD_PRONOUN: Final = re.compile(
    r"his son|her son|their son|её сын|ее сын|их сын|onun oğlu|oğulları(?:nın)?|oğlu(?:nun)?"
    r"|(?P<own>[Mm]y son|[Mm]y daughter|[Мм]ой сын|[Мм]оя дочь|[Mm]ənim oğlum|[Bb]enim oğlum|"
    r"[Oo]ğlum)"
)
# A parent's kin word right before their name ("X's father, ", "отец Рустама ", "X-in
# atası ", "X'in babası ").
_PARENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<kin>father|mother|parents|dad|mum|mom|отец|мать|родители|atası|anası|"
    r"valideynləri|babası|annesi|Father|Mother|Отец|Мать|Родители)(?![\w-])"
    r"(?:\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?)?\s*,?\s*$"
)
_OWNER_GAP: Final = re.compile(r"['’]s\s+|['’]?n?[ıiuüə]n\s+|\s+")
# Object pronouns, never the subject of their own clause ("Judge X ordered him held").
# Subject pronouns: never a relative named in a "whose" clause of their sentence.
_SUBJECT_PRONOUNS: Final = frozenset(("he", "she", "He", "She", "он", "она", "Он", "Она"))
# Subject pronouns that may open a sentence about the subject of the one before.
_OPENING_SUBJECTS: Final = frozenset(("He", "She", "Он", "Она"))
# The words that set a later name apart from the sentence's subject: a relative clause,
# "including", "among them", "with his ...".
_SUBORDINATE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:including|among them|among whom|such as|with (?:his|her)|whose|who|which|"
    r"в том числе|среди которых|вместе с|который|которая|которого|которой|чей|чья)(?![\w-])",
    re.I,
)
_OBJECT_PRONOUNS: Final = frozenset(("him", "него", "нее", "неё", "ему", "Ему", "onu", "Onu"))
# Before a clause's subject: titles alone ("On Saturday, Judge X", "Судья X").
_SUBJECT_LEAD: Final = re.compile(
    r"\s*(?:(?:[A-ZА-ЯЁ][\w.-]*|judge|prosecutor|chief|officer|investigator|судья|"
    r"прокурор|следователь|hakim|savcı|hakimi|savcısı)\s+){0,3}",
)
# From the subject to its object: a few words and a lower-case verb, no punctuation.
_VERB_GAP: Final = re.compile(r"(?:\s+[^\s,;:.()\"“”«»—–]+){0,8}?\s+[a-zа-яёçğıöşüə]+\s+")
# The plural pronouns that may stand for a list named after them.
_FORWARD: Final = re.compile(r"[Tt]hey|[Оо]ни|[Oo]nlar|[Bb]u şəxslər|[Bb]u kişiler")
# The plural pronouns that count two ("both", "the two", "оба", "hər ikisi").
_PAIR: Final = re.compile(
    r"[Bb]oth men|[Tt]he two men|[Tt]he two|[Bb]oth|[Оо]ба|[Оо]боих|[Оо]боим|[Hh]ər ikisi|"
    r"[Hh]er ikisi|[Ii]kisi de"
)
# "Both Russia and Turkey ...": a pair named after, not before.
_BOTH_AND: Final = re.compile(r"\s+(?:[^\W\d_]+\s+){1,3}(?:and|и|və|ve)\s", re.I)
_BROTHER: Final = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))Брат(?=\s+[а-яё]+(?:л|ла|ли|лся|лась)\s)")
# Relative pronouns open a clause about the name right before them.
RELATIVE: Final = re.compile(
    r"^(?:who|whom|whose|который|которая|которые|которого|которой|которому|kim|ki)\b", re.I
)
APPOSITIVE: Final = re.compile(r"^(?:a|an|the|one)\s", re.I)
# A clause that gives a name's alias is no subject of its own ("X, also known as Y, left").
ALIAS_CLAUSE: Final = re.compile(
    r"^(?:also\s+|better\s+)?(?:known as|aka|a\.k\.a|nicknamed|также\s+)?(?:известн\w+|"
    r"по прозвищу|по кличке|под псевдонимом|он же|ləqəbi|ləqəbli|lakaplı|kod adlı|"
    r"nam-ı diğer)\b|^(?:also\s+|better\s+)?(?:known as|aka|a\.k\.a\.?|nicknamed)\s",
    re.I,
)
# A clause that names who went along is no subject ("X, together with Y, left").
COMPANION_CLAUSE: Final = re.compile(
    r"^(?:together with|along with|accompanied by|вместе с|совместно с)\b", re.I
)
# Words that put an event after the date of the clause before ("wounded in 2016, then
# killed"): that date is not the event's.
SEQUENCE: Final = re.compile(
    r"(?<![\w-])(?:then|later|afterwards|after that|subsequently|eventually|sonra|"
    r"sonrasında|ardından|затем|потом|позже|впоследствии|после чего|после этого|спустя|"
    r"через (?:год|месяц|\d+)|after (?:a|an|one|two|three|four|five|six|several|a few|\d+) "
    r"(?:years?|months?|weeks?|days?))(?![\w-])",
    re.I,
)

# The same, tried with `match(text, pos, endpos)` on a clause in place of its slice: no
# `^` (it would hold only at the text's start), the three skipped kinds as one regex.
_RELATIVE_AT: Final = re.compile(RELATIVE.pattern.removeprefix("^"), re.I)
_APPOSITIVE_AT: Final = re.compile(APPOSITIVE.pattern.removeprefix("^"), re.I)
# A participle set off after a name describes it ("X, accused of sending money to Y,
# was acquitted"): the names in it are no subject.
PARTICIPLE_CLAUSE: Final = re.compile(
    r"^(?:(?:also|previously|earlier|once)\s+)?(?:accused|suspected|charged|convicted|wanted|"
    r"known|born|believed|described|thought|alleged|linked|related)\s+"
    r"(?:of|for|in|as|with|by|to|on)\b",
    re.I,
)
_NO_SUBJECT: Final = (RELATIVE, ALIAS_CLAUSE, COMPANION_CLAUSE)
_PARTICIPLE_AT: Final = re.compile(PARTICIPLE_CLAUSE.pattern.removeprefix("^"), re.I)
_NO_SUBJECT_AT: Final = re.compile(
    "|".join(f"(?:{r.pattern.replace('^', '')})" for r in _NO_SUBJECT),
    re.I,
)
# The clauses `subjects_before` walks past, as one regex asked once per clause: those
# with no subject, participles and (but for the sentence's first) appositions.
_PASSED_AT: Final = re.compile(f"{_NO_SUBJECT_AT.pattern}|{_PARTICIPLE_AT.pattern}", re.I)
_PASSED_LATER_AT: Final = re.compile(f"{_APPOSITIVE_AT.pattern}|{_PASSED_AT.pattern}", re.I)


@dataclass(slots=True)
class Pronoun:
    start: int
    end: int
    persons: list[int]


@dataclass
class DocContext:
    text: str
    sentences: list[Sentence]  # as `split_sentences` gives them: stripped, none empty
    names: list[NameMention]  # joined: `person` set (None: dropped)
    groups: list[GroupMention]
    places: list[PlaceMention]
    dates: list[DateSpan]
    language: str | None
    doc_date: str | None
    low: str = ""
    pronouns: list[Pronoun] = field(default_factory=list)
    # every cue of a status `events.find_events` read, also those it gave nobody: the
    # match, its status (a return to the war is a journey) and its mode (`pair_events`)
    cue_hits: list[tuple[re.Match[str], str, str]] = field(default_factory=list)
    # the indices in `cue_hits` of the cues the rules refused for everyone: negated,
    # denied, called a lie, a natural death, a journey to no war, an unnamed "I"
    refused_cues: set[int] = field(default_factory=set)
    # the Russian places after a hometown cue `places` lacks ("уроженец Учалов"), read
    # once by `hometown_forms.oblique_places` for the rules and the hometown model
    oblique_places: list[PlaceMention] | None = None

    def __post_init__(self) -> None:
        self.names = [n for n in self.names if n.person is not None]
        self.low = self.low or lowered(self.text)
        self.index = SentenceIndex(self.sentences)
        self._name_starts = [n.start for n in self.names]
        self._name_reach = _reach(n.end for n in self.names)
        self._group_starts = [g.start for g in self.groups]
        self._place_starts = [p.start for p in self.places]
        self._date_starts = [d.start for d in self.dates]
        self._date_reach = _reach(d.end for d in self.dates)
        # by sentence index: its clauses and where they start
        self._clauses: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        self._clause_marks: ClauseMarks | None = None  # found at the first split
        self._marked = False
        # asked again for the same place by several rules: kept
        self._antecedents: dict[tuple[int, int], int | None] = {}
        self._foldable: bool | None = None  # whether `low` is `folded(text)`: asked once
        self.pronouns = self._resolve_pronouns()
        self._pronoun_starts = [p.start for p in self.pronouns]
        # Names and resolved pronouns merged and sorted once: `agents_in` is asked tens
        # of times per sentence. The flag marks names, which must also end in the range.
        agents = [(n.start, n.end, n.person, True) for n in self.names if n.person is not None]
        for pronoun in self.pronouns:
            agents += [(pronoun.start, pronoun.end, person, False) for person in pronoun.persons]
        agents.sort(key=lambda a: a[:3])
        self._agents = agents
        self._agent_starts = [a[0] for a in agents]
        self._agent_spans = [(s, e, p) for s, e, p, _named in agents]
        self._agent_reach = _reach(a[1] for a in agents)

    # spans inside a range ------------------------------------------------------------
    # (Asked tens of times per cue. Where the spans up to the last one starting in the
    # range all end in it, by `_reach`, the slice is the answer with no filter.)
    def names_in(self, start: int, end: int) -> list[NameMention]:
        lo, hi = bisect_left(self._name_starts, start), bisect_left(self._name_starts, end)
        if lo == hi or self._name_reach[hi - 1] <= end:
            return self.names[lo:hi]
        return [n for n in self.names[lo:hi] if n.end <= end]

    def groups_in(self, start: int, end: int) -> list[GroupMention]:
        lo, hi = bisect_left(self._group_starts, start), bisect_left(self._group_starts, end)
        return self.groups[lo:hi]

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        lo, hi = bisect_left(self._place_starts, start), bisect_left(self._place_starts, end)
        return self.places[lo:hi]

    def dates_in(self, start: int, end: int) -> list[DateSpan]:
        lo, hi = bisect_left(self._date_starts, start), bisect_left(self._date_starts, end)
        if lo == hi or self._date_reach[hi - 1] <= end:
            return self.dates[lo:hi]
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def agents_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """(start, end, person) of names and resolved pronouns in the range, in order."""
        starts = self._agent_starts
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        if lo == hi or self._agent_reach[hi - 1] <= end:
            return self._agent_spans[lo:hi]
        return [(s, e, p) for s, e, p, named in self._agents[lo:hi] if e <= end or not named]

    def folded(self) -> str | None:
        """`scan.folded(text)`: `low`, when the text's letters fold (asked once)."""
        if self._foldable is None:
            self._foldable = folded(self.text) is not None
        return self.low if self._foldable else None

    # structure ------------------------------------------------------------------------
    def clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        return self._split(sentence)[0]

    def _split(self, sentence: Sentence) -> tuple[list[tuple[int, int]], list[int]]:
        """The sentence's clauses and their starts, split once."""
        found = self._clauses.get(sentence.index)
        if found is None:
            spans = [(n.start, n.end) for n in self.names_in(sentence.start, sentence.end)]
            dated = [
                (d.start, d.end)
                for d in self.dates_in(sentence.start, sentence.end)
                if "," in d.text  # "September 14, 2023": one clause
            ]
            if not self._marked:
                self._clause_marks, self._marked = clause_marks(self.text), True
            clauses = split_clauses(
                self.text, sentence.start, sentence.end, spans, dated, self._clause_marks
            )
            found = self._clauses[sentence.index] = (clauses, [c[0] for c in clauses])
        return found

    def _clause_index(self, sentence: Sentence, pos: int) -> int | None:
        """The index of the clause of `sentence` holding `pos` (clauses are sorted and
        disjoint: the last one starting at or before it, if it ends after it)."""
        clauses, starts = self._split(sentence)
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < clauses[i][1] else None

    def clause_at(self, sentence: Sentence, pos: int) -> tuple[int, int]:
        # (the split kept read here: asked some tens of times a sentence)
        clauses, starts = self._clauses.get(sentence.index) or self._split(sentence)
        i = bisect_right(starts, pos) - 1
        return clauses[i] if i >= 0 and pos < clauses[i][1] else (sentence.start, sentence.end)

    def subject_before(self, sentence: Sentence, pos: int) -> int | None:
        subjects = self.subjects_before(sentence, pos)
        return subjects[0] if subjects else None

    def subjects_before(self, sentence: Sentence, pos: int) -> list[int]:
        """The persons a clause without its own subject is about: walking back through
        the sentence's clauses, past appositions and aliases, to a clause that holds a
        name (with the names listed with it); a relative clause is about the name right
        before it."""
        clauses, starts = self._split(sentence)
        here = bisect_right(starts, pos) - 1
        here = here if here >= 0 and pos < clauses[here][1] else len(clauses) - 1
        text = self.text
        if _RELATIVE_AT.match(text, clauses[here][0], pos):
            agents = self.agents_in(sentence.start, clauses[here][0])
            return [agents[-1][2]] if agents else []
        companions: list[int] = []
        for i in range(here - 1, -1, -1):
            start, end = clauses[i]
            if (
                0 < i == here - 1
                and self.language not in ("az", "tr")
                and _AND_THEN.match(text, clauses[here][0])
            ):
                # "X met his cousin, Y, and travelled": the verb after Y is X's
                apposed = self._apposed_kin(clauses[i - 1], start, end)
                if apposed is not None:
                    person, companion = apposed
                    if companion:
                        companions.append(person)  # "... together with his cousin, Y, and"
                    continue
            # an apposition never opens a sentence ("The group was led by X"); relative,
            # alias and companion clauses are no subject's (one anchored match for all)
            if (_PASSED_LATER_AT if i > 0 else _PASSED_AT).match(text, start, end):
                continue
            # a possessor is no subject ("Akhmedov's brother Shamil Akhmedov")
            agents = [
                a for a in self.agents_in(start, end) if not _POSSESSIVE.match(self.text, a[1])
            ]
            if not agents:
                continue
            # the subject opens an English or Russian clause; Azerbaijani and Turkish
            # put it nearest the verb ("Yılmaz ile birlikte ... Ahmet Kaya ... alındı")
            if self.language in ("az", "tr"):
                agents = without_genitives(self.text, agents, pos)
                chain = coordinated_chain(self.text, agents)
                if agents and len(chain) == len(agents):
                    chain = self.list_into(sentence, start, agents, chain, bare=True)
                return list(dict.fromkeys(chain))
            for j in range(len(agents) - 1, -1, -1):
                chain = coordinated_chain(self.text, agents[: j + 1])
                if len(chain) == j + 1:  # the list reaches back to the first name
                    chain = self.list_into(sentence, start, agents[: j + 1], chain)
                    return list(dict.fromkeys([*reversed(chain), *companions]))
            return list(dict.fromkeys([agents[0][2], *companions]))
        return []

    def _apposed_kin(
        self, before: tuple[int, int], start: int, end: int
    ) -> tuple[int, bool] | None:
        """The person of a clause that is a name alone, set off after the relation that
        names him ("X met his cousin, Sajid Akhtar, and travelled to Syria"): no subject;
        with whether he went along ("together with his cousin, Y,")."""
        agents = self.agents_in(start, end)
        if (
            len(agents) != 1
            or self.text[start:end].strip(" ,") != self.text[agents[0][0] : agents[0][1]]
        ):
            return None
        kin = _KIN_END.search(self.text, before[0], before[1])
        lead = self.text[before[0] : kin.start()] if kin else ""
        if not lead.strip():
            return None  # "Her husband, Sherali Nazarov, left": the subject itself
        return agents[0][2], _WITH_END.search(lead) is not None

    def list_into(
        self,
        sentence: Sentence,
        start: int,
        listed: list[tuple[int, int, int]],
        chain: list[int],
        bare: bool = False,
    ) -> list[int]:
        """`chain` (the persons of `listed`, the list opening the clause at `start`, last
        name first) with the names of the list before it that a comma cut off as clauses
        of their own ("Four other members — A, B, C and D — received ...")."""
        before = [
            a
            for a in self.agents_in(sentence.start, start)
            if a[1] <= start and not _POSSESSIVE.match(self.text, a[1])
        ]
        if not before:
            return chain
        longer = coordinated_chain(self.text, before + listed)
        if len(longer) <= len(chain):
            return chain
        # `bare`: only names that stand bare, nothing but commas between them and the list
        # ("üç oğlu — Nicat, Elvin və Samir Abbasov — ... çıxıb"); not a list only partly
        # reached ("X (28), Azerbaycan uyruklu R.M. ile F.Ş.")
        if bare and not _bare(self.text, [a for a in before if a[2] not in chain], listed, longer):
            return chain
        return longer

    def antecedent(self, pos: int, sentences_back: int = 2) -> int | None:
        """The person last named before `pos` in the same paragraph, a few sentences back."""
        key = (pos, sentences_back)
        if key not in self._antecedents:
            self._antecedents[key] = self._antecedent(pos, sentences_back)
        return self._antecedents[key]

    def _antecedent(self, pos: int, sentences_back: int) -> int | None:
        here = self.index.at(pos)
        if here is None:
            return None
        first = max(0, here.index - sentences_back)
        for k in range(here.index, first - 1, -1):
            sentence = self.sentences[k]
            if sentence.paragraph != here.paragraph:
                break
            if k < here.index and self._is_question_line(sentence):
                # an interview's question: the answer is about whom it names, if anyone
                asked = self.names_in(sentence.start, sentence.end)
                return asked[-1].person if asked else None
            names = self.names_in(sentence.start, min(sentence.end, pos))  # each has a person
            if len(names) > 1 and _COMPANION_KIN.search(
                self.text, max(sentence.start, names[-1].start - 50), names[-1].start
            ):
                # "X travelled with his younger brother Y ... police detained him": X
                names = [n for n in names if n.person != names[-1].person] or names
            while len(names) > 1 and _PREPOSITION_BEFORE.search(
                self.text, max(sentence.start, names[-1].start - 16), names[-1].start
            ):
                # "X, accused of sending money to Y, was acquitted ... his release": X
                names = names[:-1]
            if names:
                return names[-1].person
        return self._asked_about(here, pos)

    def _asked_about(self, here: Sentence, pos: int) -> int | None:
        """An interview's answer naming nobody before `pos` is about the person its
        question names ("What happened to Ahmed?" then "He came back in 2015. They
        arrested him ... He was sentenced"; "— Что стало с X? — Его арестовали"): the
        last question before, a line of its own, nobody named after it."""
        text = self.text
        if text[here.end - 1] == "?" or self.names_in(here.start, pos):
            return None  # (a question's own pronoun: what is asked is no claim)
        for k in range(here.index - 1, max(-1, here.index - 7), -1):
            question = self.sentences[k]
            names = self.names_in(question.start, question.end)
            if text[question.end - 1] != "?":
                if names:
                    return None
                continue
            own_line = question.start == 0 or text[question.start - 1] == "\n"
            return names[-1].person if names and own_line else None
        return None

    def opens_without_subject(self, sentence: Sentence) -> bool:
        """Whether an English sentence opens with a verb, so has no subject of its own
        ("Went to Syria in 2014.", "Later joined IS."). Azerbaijani, Turkish and Russian
        drop subjects anywhere: for them, a sentence that names nobody."""
        if self.agents_in(sentence.start, sentence.end):
            return False
        if self.language in ("ru", "az", "tr"):
            return True
        return bool(_VERB_OPENING.match(self.text, sentence.start, sentence.end))

    def entry_person(self, sentence: Sentence, sentences_back: int = 6) -> int | None:
        """The person a subjectless sentence goes on about in a list entry or profile
        ("X, from Y. Went to Syria in 2014. Returned in 2015. Sentenced in 2016."): the
        person opening the nearest sentence before, in the paragraph, that names anyone,
        when every sentence between has no subject of its own either."""
        first = max(0, sentence.index - sentences_back)
        for k in range(sentence.index - 1, first - 1, -1):
            before = self.sentences[k]
            if before.paragraph != sentence.paragraph:
                return None
            agents = self.agents_in(before.start, before.end)
            if not agents:
                if not self.opens_without_subject(before):
                    return None
                continue
            # only the name opening the entry ("1. X, from Y."), not one it mentions nor
            # a possessor ("X's cousin, Y, from Z.")
            lead = self.text[before.start : agents[0][0]]
            if not _ENTRY_LEAD.fullmatch(lead) or _POSSESSIVE.match(self.text, agents[0][1]):
                return None
            return agents[0][2]
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
    def dateline(self) -> tuple[int, DateSpan] | None:
        """(index of the lead sentence, the date) when the text opens with a dateline
        standing as a sentence of its own ("Махачкала, 16 сентября 2020 года.", "Bakı,
        14 noyabr 2019."): the lead sentence after it tells of that day."""
        for sentence in self.sentences[:3]:
            dates = self.dates_in(sentence.start, sentence.end)
            if len(dates) != 1 or len(dates[0].value) != 10:
                continue
            if self.agents_in(sentence.start, sentence.end):
                return None  # "Həsənov 12 yanvar 2019-cu ildə saxlanılıb.": news, no dateline
            rest = (
                self.text[sentence.start : dates[0].start] + self.text[dates[0].end : sentence.end]
            )
            if len(rest.split()) <= 4:
                return sentence.index + 1, dates[0]
        return None

    @cached_property
    def paragraph_sentences(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            out.setdefault(sentence.paragraph, []).append(sentence)
        return out

    def _resolve_pronouns(self) -> list[Pronoun]:
        out = []
        chain: Pronoun | None = None  # the last one resolved
        for match in _matches(PRONOUN, _PRONOUN_STARTS, _PRONOUN_WORDS, self.text):
            if self._is_name_part(match.start()) or _is_patronymic(self.text, match):
                continue
            gender = _PRONOUN_GENDER.get(match.group())
            person = self.antecedent(match.start())
            if person is not None and match.group() in _OPENING_SUBJECTS:
                person = self._previous_subject(match.start(), person)
            if person is not None and match.group() in _SUBJECT_PRONOUNS:
                person = self._outside_whose(match.start(), person)
            if person is not None and match.group() in _OBJECT_PRONOUNS:
                # "Judge X ordered him held": never the subject of its own clause
                person = self._not_the_subject(match.start(), person)
            if person is None and chain is not None and self._near(chain.start, match.start()):
                # "X. Lənkəranlı qardaşımız ... şəhid oldu. Qardaşımız ... hicrət etmişdi":
                # the one the pronoun before stood for
                person = chain.persons[0]
            child = None if person is None else _CHILD_PRONOUN.fullmatch(match.group())
            if person is not None and child is not None:
                # "X's father, Y, said his son had left": X, not Y
                parent, person = person, self._child_of(person, match.start())
                if person == parent and child.group("own"):
                    # a parent's "my son" is never the parent: the one named before the
                    # parent ("X left in 2014. His mother, Y, said: 'My son ...'")
                    person = self._named_before(parent, match.start())
            if gender is not None and person is not None:
                # "went with her husband, Y. She was repatriated": the last of her gender
                person = self._of_gender(match.start(), gender, person)
            out.append(Pronoun(match.start(), match.end(), [] if person is None else [person]))
            if person is not None:
                chain = out[-1]
        if "Брат " in self.text:
            # "... Асланбек Хадижиев из Урус-Мартана. Брат совершил хиджру ...": a martyr
            # post's "the brother" opening a sentence with his verb is the man named before
            for match in _BROTHER.finditer(self.text):
                person = self.antecedent(match.start())
                if person is not None:
                    out.append(Pronoun(match.start(), match.end(), [person]))
        descriptions = resolve_descriptions(self)
        described = [d for d in descriptions if len(d[2]) >= 2]
        for match in _matches(PLURAL, _PLURAL_STARTS, _PLURAL_WORDS, self.text):
            if not self._is_name_part(match.start()):
                persons = self._described_before(match.start(), described)
                persons = persons or self.listed_before(match.start())
                if not persons and _PAIR.fullmatch(match.group()):
                    persons = self._pair_before(match)
                if (
                    not persons
                    and _FORWARD.fullmatch(match.group())
                    and self._opens_sentence(match.start())
                ):
                    # "9 июня они объявлены в розыск.\n\n1. A ...\n2. B ...": the
                    # entries of the list the pronoun's paragraph introduces
                    persons = listed_after_line(self, match.end())
                out.append(Pronoun(match.start(), match.end(), persons))
        taken = {p.start for p in out}
        for start, end, persons in descriptions:
            if start not in taken:  # "the widow", "the men", "all three", "все трое"
                out.append(Pronoun(start, end, persons))
        out.sort(key=lambda p: p.start)
        return out

    def _outside_whose(self, pos: int, person: int) -> int:
        """`person`, unless named last in a "whose" clause of the pronoun's own sentence:
        then the name before it there ("X, whose cousin Y was killed, says he was
        deported": X)."""
        here = self.index.at(pos)
        if here is None:
            return person
        names = self.names_in(here.start, pos)
        if len(names) < 2 or names[-1].person != person:
            return person
        lead = max(here.start, names[-1].start - 40)
        if _WHOSE_BEFORE.search(self.text, lead, names[-1].start) is None:
            return person
        other = next((n.person for n in reversed(names) if n.person != person), None)
        return person if other is None else other

    def _previous_subject(self, pos: int, person: int) -> int:
        """For "He"/"She" opening a sentence, the subject of the sentence before when a
        name opens it and `person`, named later there, stands in a clause of its own:
        "X, 37, ... organised travel for nine people, including his cousin Y, who was
        killed in 2013. He was arrested in 2024": X."""
        here = self.index.at(pos)
        if here is None or here.index == 0 or self.text[here.start : pos].strip():
            return person
        before = self.sentences[here.index - 1]
        if before.paragraph != here.paragraph:
            return person
        names = self.names_in(before.start, before.end)
        if len(names) < 2 or names[0].person in (None, person):
            return person
        lead = self.text[before.start : names[0].start].strip(" \t\n\"“«'")
        if len(lead) > 3 or " " in lead:
            return person  # the sentence opens with no name (a particle may: "El Amrani")
        last = next(n for n in reversed(names) if n.person == person)
        subject = names[0].person
        if (
            subject is None
            or _SUBORDINATE_BEFORE.search(self.text, names[0].end, last.start) is None
        ):
            return person
        return subject

    def _described_before(self, pos: int, described: list[tuple[int, int, list[int]]]) -> list[int]:
        """The persons of the plural description ("All five", "Все трое") last before
        `pos`, in its sentence or the one before, with no name between: "All five were
        detained in March 2019 and repatriated in December 2024, when they were
        arrested"."""
        here = self.index.at(pos)
        if here is None:
            return []
        first = self.sentences[max(0, here.index - 1)].start
        before = [d for d in described if first <= d[0] and d[1] <= pos]
        if not before or self.names_in(before[-1][1], pos):
            return []
        return before[-1][2]

    def _not_the_subject(self, pos: int, person: int) -> int | None:
        """`person`, unless named as the subject of the clause the object pronoun at `pos`
        closes (titles alone before the name, a verb right before the pronoun, no
        punctuation between): then the person named before, in that sentence or the two
        before."""
        here = self.index.at(pos)
        if here is None:
            return person
        names = self.names_in(here.start, pos)
        if not names or names[-1].person != person:
            return person
        name = names[-1]
        cut = max(self.text.rfind(c, here.start, name.start) for c in ",;:(\n")
        lead = self.text[max(cut + 1, here.start) : name.start]
        if not _SUBJECT_LEAD.fullmatch(lead) or not _VERB_GAP.fullmatch(self.text, name.end, pos):
            return person
        first = self.sentences[max(0, here.index - 2)].start
        for other in reversed(self.names_in(first, name.start)):
            if other.person is not None and other.person != person:
                return other.person
        return None

    def _opens_sentence(self, pos: int) -> bool:
        """Whether only a date and short words (prepositions) stand before `pos` in its
        sentence: "9 июня 2025 года они", "On 3 May they", not "brothers ... they", "police
        said they"."""
        here = self.index.at(pos)
        if here is None:
            return False
        lead = self.text[here.start : pos]
        for date in reversed(self.dates_in(here.start, pos)):
            lead = lead[: date.start - here.start] + lead[date.end - here.start :]
        return all(len(word) <= 3 for word in lead.split())

    def _is_question_line(self, sentence: Sentence) -> bool:
        start = sentence.start
        return self.text[sentence.end - 1] == "?" and (start == 0 or self.text[start - 1] == "\n")

    def _near(self, before: int, pos: int) -> bool:
        """Whether `before` is in the paragraph of `pos`, at most two sentences back, with
        no question from there to it (an interview's question turns to someone else)."""
        a, b = self.index.at(before), self.index.at(pos)
        if a is None or b is None or a.paragraph != b.paragraph or b.index - a.index > 2:
            return False
        text = self.text
        return not any(text[s.end - 1] == "?" for s in self.sentences[a.index : b.index + 1])

    def _child_of(self, parent: int, pos: int) -> int:
        """The person whose parent `parent` was named as ("X's father, Y", "отец X, Y",
        "X-in atası Y", "X'in babası Y") in the mention nearest before `pos`; else
        `parent` (who is then the one "his son" stands for, as a martyr post has it)."""
        mentions = [n for n in self.names_in(max(0, pos - 600), pos) if n.person == parent]
        if not mentions:
            return parent
        at = mentions[-1].start
        lead = _PARENT_BEFORE.search(self.text, max(0, at - 80), at)
        if lead is None:
            return parent
        owners = self.names_in(max(0, lead.start() - 60), at)
        for owner in reversed(owners):
            if owner.person is None or owner.person == parent:
                continue
            if owner.end <= lead.start("kin") and _OWNER_GAP.fullmatch(
                self.text, owner.end, lead.start("kin")
            ):
                return owner.person  # "X's father", "X-in atası"
            if owner.start >= lead.end("kin"):
                return owner.person  # "отец Рустама, Абдулкерим"
        return parent

    def _named_before(self, parent: int, pos: int) -> int | None:
        """The person named last before the last mention of `parent` before `pos`, but
        `parent`, when that mention follows a parent's word ("His mother, Y"): whose
        parent the speaker was introduced as. (Not "Prosecutor Y ... 'My son ...'")"""
        mentions = [n for n in self.names_in(max(0, pos - 600), pos) if n.person == parent]
        at = mentions[-1].start if mentions else 0
        if not mentions or not _PARENT_BEFORE.search(self.text, max(0, at - 80), at):
            return None
        person = self.antecedent(mentions[-1].start)
        return None if person == parent else person

    @cached_property
    def genders(self) -> dict[int, str]:
        """Each person's gender where a mention shows it (an inflection, a given name)."""
        out: dict[int, str] = {}
        for name in self.names:
            if name.person is None or name.person in out:
                continue
            gender = name.gender or (given_gender(name.words[0]) if len(name.words) > 1 else None)
            if gender:
                out[name.person] = gender
        return out

    def antecedent_of_gender(self, pos: int, gender: str | None) -> int | None:
        """`antecedent`, of the gender a pronoun shows ("his release", "её арест")."""
        person = self.antecedent(pos)
        if person is not None:  # "X, whose brother Y was killed, ... after his arrest": X
            person = self._outside_whose(pos, person)
        if person is None or gender is None:
            return person
        return self._of_gender(pos, gender, person)

    def _of_gender(self, pos: int, gender: str, person: int) -> int:
        """`person`, or the person named before it in the same reach whose gender is
        `gender` (else not the other one) when `person`'s names show the other one
        ("Lotte Janssens, who married De Smet, ... She": Janssens)."""
        here = self.index.at(pos)
        if here is None:
            return person
        genders = self.genders
        if genders.get(person, gender) == gender:
            return person
        start = self.sentences[max(0, here.index - 2)].start
        names = [n for n in self.names_in(start, pos) if n.person is not None]
        fallback = None
        # names after a preposition last ("sending money to Y ... his release": not Y)
        names.sort(key=lambda n: not self._after_preposition(n))
        for name in reversed(names):
            if name.person is None or genders.get(name.person, gender) != gender:
                continue
            paragraph = self.index.at(name.start)
            if paragraph is None or paragraph.paragraph != here.paragraph:
                continue
            if genders.get(name.person) == gender:
                return name.person
            fallback = fallback if fallback is not None else name.person
        return person if fallback is None else fallback

    def _after_preposition(self, name: NameMention) -> bool:
        return bool(_PREPOSITION_BEFORE.search(self.text, max(0, name.start - 16), name.start))

    def _is_name_part(self, pos: int) -> bool:
        for name in self.names_in(max(0, pos - 60), pos + 1):
            if name.start <= pos < name.end:  # (a loop: `any` ran a generator per pronoun)
                return True
        return False

    def _pair_before(self, match: re.Match[str]) -> list[int]:
        """ "Both" and "the two" with no list before: the last two persons named in the
        paragraph's sentences before ("X, 27, a native of Y, and Z, 31, from W. Both had
        ..."), when no other person stands between; not "Both X and Y"."""
        if _BOTH_AND.match(self.text, match.end()):
            return []
        here = self.index.at(match.start())
        if here is None:
            return []
        last: list[int] = []
        for k in range(here.index, max(-1, here.index - 3), -1):
            sentence = self.sentences[k]
            if sentence.paragraph != here.paragraph:
                break
            for name in reversed(self.names_in(sentence.start, min(sentence.end, match.start()))):
                if name.person is not None and name.person not in last:
                    last.append(name.person)
            if len(last) >= 2:  # three or more: which two is not told
                return last[1::-1] if len(last) == 2 else []
        return []

    def listed_before(self, pos: int, sentences_back: int = 3) -> list[int]:
        """The last list of two or more persons named before `pos` in the paragraph
        ("X and Y were detained. Both men ...")."""
        here = self.index.at(pos)
        if here is None:
            return []
        for k in range(here.index, max(-1, here.index - sentences_back - 1), -1):
            sentence = self.sentences[k]
            if sentence.paragraph != here.paragraph:
                break
            names = self.names_in(sentence.start, min(sentence.end, pos))
            for i in range(len(names) - 1, 0, -1):
                chain = coordinated_chain(self.text, names[: i + 1])
                if len(set(chain)) >= 2:
                    return list(dict.fromkeys(chain))
            if k < here.index:
                listed = listed_above(self, sentence.end - 1)
                if listed:  # "- A;\n- B\nsaxlanılıblar. Həmin şəxslər ..."
                    return listed
        return []


def _matches(
    regex: re.Pattern[str], starts: re.Pattern[str], words: WordStarts, text: str
) -> list[re.Match[str]]:
    """`regex.finditer(text)`, tried where `words` open a word (or `starts` finds one)."""
    places = words.places(text)
    if places is None:
        return finditer_from(regex, starts, text)
    return matches_at(regex, places, text)


def _reach(ends: Iterable[int]) -> list[int]:
    """The furthest end of the spans up to each (sorted by start): when it is within a
    range, every span up to there that starts in the range also ends in it."""
    return list(accumulate(ends, max))


# A verb opening an English sentence (past forms, or "-ed" participles followed by
# a lower-case word, which "United Nations" is not), after a list number and adverbs.
_VERB_OPENING: Final = re.compile(
    r"\W*(?:\d{1,3}[.)]\s*)?(?:(?:Later|Then|Also|Reportedly|Allegedly|Subsequently|"
    r"Eventually|Afterwards|Soon after|later|then|also|reportedly|allegedly)\s+)*"
    r"(?!(?:Indeed|Need|Ahmed|Mohammed|Muhammed|Mohamed|Hamed|Saeed|Rashed|Fred|Alfred|"
    r"Hundred|United)\b)(?:[A-Z][a-z]+ed|Went|Left|Fought|Came|Became|Fled|Took|Spent|Was|Were|Has|Had|"
    r"Got|Began|Flew|Swore|Led|Held|Stayed|Lived|Died|Remains|Is|Crossed|Moved|Made)"
    r"(?=\s+[a-z\d]|[,;.])"
)
# What may stand before the name opening a list entry: a number or a bullet.
# A timeline's line opens with its date ("Haziran 2015 — X, ...", "2014 – X").
_ENTRY_LEAD: Final = re.compile(
    r"[\W_]*(?:\d{1,3}[.)]|(?:[^\W\d_]+\s+)?(?:\d{1,2}\s+)?\d{4}\s*[—–-])?[\W_]*"
)
_POSSESSIVE: Final = re.compile(r"['’]s(?!\w)")
# An Azerbaijani or Turkish surname in the genitive, the suffix inside the span or
# after an apostrophe ("Rüstəmovun", "Əliyevanın", "Orazov'un", "Yılmaz'ın"): an owner
# ("Rüstəmovun çağırışı ilə"), no subject. (Only surnames' -ov/-ev/-ova/-eva stems
# inside a span: a first name may end in "-in" itself, "Ramin", "Metin".)
_GENITIVE_NAME: Final = re.compile(r"(?:[oe]v(?:un|ün|in|ın)|[oe]van[ıi]n|['’]n?[ıiuü]n)$")
_WORD_REST: Final = re.compile(r"[\w'’]*")


def genitive_name(text: str, start: int, end: int) -> bool:
    """Whether the name spanning `start`..`end` stands in the Azerbaijani or Turkish
    genitive (its word goes on past the span with an apostrophe's suffix, or ends in
    one)."""
    rest = _WORD_REST.match(text, end)
    stop = rest.end() if rest is not None else end
    return _GENITIVE_NAME.search(text, max(start, end - 12), stop) is not None


def without_genitives(
    text: str, agents: list[tuple[int, int, int]], cue: int
) -> list[tuple[int, int, int]]:
    """`agents` but names in the genitive when one is not ("Səfərov 2014-cü ildə
    Rüstəmovun çağırışı ilə Suriyaya gedib": Səfərov went); all of them if every one is.
    A nominalised cue at `cue` takes its subject in the genitive ("X ve Y'nin serbest
    bırakıldığı", "Həsənovun yaralandığı"), and so does the last name of a list: kept."""
    if len(agents) < 2 or _NOMINALISED.match(text, cue):
        return agents
    kept = [
        a
        for i, a in enumerate(agents)
        if not genitive_name(text, a[0], a[1])
        or (i > 0 and AND_GAP.fullmatch(text, agents[i - 1][1], a[0]))
    ]
    return kept or agents


# A nominalised verb within the cue's first words ("serbest bırakıldığı", "yaralandığı",
# "saxlanıldığını", "gitmesi"): its subject stands in the genitive.
_NOMINALISED: Final = re.compile(
    r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]*?(?:[dt][ıiuü][ğy][ıiuü]|[dt][ıiuü]kl[ae]r[ıi]|"
    r"m[ae]s[ıi]|m[əa]si)(?![^\W\d_]{4})"
)


# between names listed bare: commas and spaces only
_BARE_GAP: Final = re.compile(r"[\s,]*")


def _bare(
    text: str,
    before: list[tuple[int, int, int]],
    listed: list[tuple[int, int, int]],
    longer: list[int],
) -> bool:
    """Whether the names of `longer` among `before` stand with nothing but commas between
    them and `listed`."""
    added = [a for a in before if a[2] in longer]
    if not added:
        return False
    rest, at = [], added[0][0]
    for a in added:
        rest.append(text[at : a[0]])
        at = a[1]
    rest.append(text[at : listed[0][0]])
    return _BARE_GAP.fullmatch("".join(rest)) is not None


# a relation closing a clause, the name set off after it ("met his cousin, Sajid Akhtar,")
_KIN_END: Final = re.compile(r"(?<![\w-])" + EN_RELATION + r"[,\s]*$", re.I)
_AND_THEN: Final = re.compile(r"\s*(?:and|but|then|и|а)\s", re.I)
# one who went with the subject: "(together|along) with his cousin"
_WITH_END: Final = re.compile(r"(?<![\w-])with\s+$", re.I)
