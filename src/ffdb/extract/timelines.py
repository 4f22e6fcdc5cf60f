"""Timelines: the lines of a profile that open with a date ("12 March 2009 - Wounded
near Chegem.", "2014 — Suriye'ye gitti."), whose verbs have no subject of their own, and
the person such a timeline goes on about (used by events, roles and hometowns alike).
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.sentences import Sentence


def dated_line_lead(ctx: DocContext, sentence: Sentence, pos: int) -> bool:
    """Whether all before `pos` in the sentence is a timeline line's date ("12 March 2009 - ")."""
    # such a lead ends in a dash or colon and a space: most cues have neither before them
    if pos - sentence.start < 2 or ctx.text[pos - 2] not in _LINE_MARKS:
        return False
    if not ctx.text[pos - 1].isspace():
        return False
    lead = DATED_LINE.match(ctx.text, sentence.start, pos)
    return lead is not None and lead.end() == pos


_TIMELINE_REACH: Final = 60
_LINE_MARKS: Final = frozenset("—–:-")  # the marks `DATED_LINE` ends with, before its space


def profile_person(ctx: DocContext, sentence: Sentence) -> int | None:
    """The person a timeline with no line of its own introducing it goes on about
    ("Artur X was one of ... Below is a timeline." then "1984 - Born in Baksan." ...
    "May 2010 - Placed on the wanted list."): the first person the paragraph before the
    timeline's dated paragraphs names; but the person opening the dated line just
    before, when that one opens with a name ("2014 — Ali Veli went to Syria.")."""
    if not DATED_LINE.match(ctx.text, sentence.start):
        return None
    k, previous_line = sentence.index, None
    while sentence.index - k < _TIMELINE_REACH:
        while k > 0 and ctx.sentences[k - 1].paragraph == ctx.sentences[k].paragraph:
            k -= 1  # the paragraph's first sentence
        line = DATED_LINE.match(ctx.text, ctx.sentences[k].start)
        if line is None:
            break  # the paragraph before the timeline
        if previous_line is None and k < sentence.index:
            previous_line = line
        if k == 0:
            return None
        k -= 1
    else:
        return None
    if previous_line is not None:
        opening = ctx.agents_in(previous_line.end(), previous_line.end() + 1)
        if opening:
            return opening[0][2]
    intro = ctx.sentences[k]
    paragraph_end = intro.end
    for later in ctx.sentences[k + 1 : sentence.index]:
        if later.paragraph != intro.paragraph:
            break
        paragraph_end = later.end
    named = ctx.names_in(intro.start, paragraph_end)
    return named[0].person if named else None


# A timeline's line: "2014 — ", "Mart 2013 — ", "2014 başı — ", "2014–2016 — ",
# "12 March 2009 - ", "March 12, 2009 - ", "2017, noyabr – "
# or one of a time counted from the report's day ("Geçen salı — ", "Dün — ").
# Asked at the start of every sentence near a cue, and most open with no date: the
# repeats are possessive (a word given back is followed by a letter, a run of spaces
# by a space, where what comes next needs neither) and a look-ahead wants a digit first
# or after the first word, so that a sentence fails at once and one opening with a
# date but no dash is not tried again word by word (half the time).
DATED_LINE: Final = re.compile(
    r"\W*+(?:(?=\d|[^\W\d_]++\s++\d)(?:\d{1,2}+\s++)?(?:[^\W\d_]++\s++)?(?:\d{1,2}+,?+\s++)?"
    r"\d{4}(?:\s*+[–-]\s*+\d{4})?"
    # "2015-ci ilin yanvarı – ", "2014 başı – ", "2016 yılı Mart – ", "2013, aprel – "
    r"(?:-?+[^\W\d_]{1,3}+)?,?+(?:\s++[^\W\d_]++){0,2}|"
    r"(?:Geçen|Geçtiğimiz|Keçən|Ötən)\s++[^\W\d_]++(?:\s++[^\W\d_]++)?|Dün|Bugün|Dünən|"
    r"Bu gün)\s*+[—–:-]\s"
)
