"""Events told in the first person: an interview's answers and a memoir's account ("Mən də
həmin döyüşdə qolumdan yaralandım", "sərhəddə məni saxladılar", "Sınırda gözaltına
alındım", "в аэропорту меня арестовали", "I was deported to Dushanbe") are the
narrator's, and a question's cue in the second person ("— Suriyaya necə getdiniz?")
is told by an answer that gives only its date ("— 2013-cü ilin sentyabrında.").

Who "I" is: inside a quotation, its speaker (named right after it closes, or right
before it opens: "X dedi: «...»"), else nobody; outside quotations, in a text of
question lines and answers, the person its introduction is about: the first person named
in a paragraph of prose, past the headline and a byline ("Müəllif: X", "By X",
"Автор: X"), so never the writer nor a person the answer itself names; in a testimony
quoted over several paragraphs, the writer who names himself (`event_self_named`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_self_named import self_named
from ffdb.extract.event_speakers import HOST, UNLABELLED, labelled
from ffdb.extract.fact_people import right_within
from ffdb.extract.scan import Needles
from ffdb.extract.sentences import Sentence

# An Azerbaijani or Turkish past in the first person ("yaralandım", "getdik", "qayıtdıq",
# "gözaltına alındım"), and one in the second person plural, the polite "you" of a
# question ("getdiniz", "qayıtdınız", "gittiniz").
_FIRST_ENDING: Final = re.compile(r"[dt][ıiuü](?:m|[kq])$")
_SECOND_ENDING: Final = re.compile(r"[dt][ıiuü]n[ıiuü]z$")
# "me"/"us" as the object before an active verb ("sərhəddə məni saxladılar", "SDG bizi
# yakaladı", "меня арестовали"), at most two words between.
_OBJECT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:məni|bizi|beni|меня|нас)\s+(?:[^\W\d_]+\s+){0,2}$", re.I
)
# "я"/"мы" opening the clause of a Russian verb ("я полетела в Стамбул", "мы вернулись").
_OBJECT_NEEDLES: Final = Needles(_OBJECT_BEFORE)  # the words, looked for first
_RU_SUBJECT_BEFORE: Final = re.compile(r"(?<![\w-])(?:я|мы)\s+(?:[^\W\d_]+\s+){0,3}$", re.I)
_RU_SECOND_BEFORE: Final = re.compile(r"(?<![\w-])вы\s+(?:[^\W\d_]+\s+){0,2}$", re.I)
# "I"/"we" as the subject ("I was deported", "In May we crossed the border"); "me"/"us"
# right after an active verb ("the police detained me").
_EN_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:I|[Ww]e)\s+(?:(?:was|were|had|have|then|later|also|finally|"
    r"been|first|eventually)\s+){0,3}$"
)
_EN_OBJECT_AFTER: Final = re.compile(r"\s+(?:me|us)(?![\w'’-])")
_EN_OBJECT_IN: Final = re.compile(r" (?:me|us) ")
_EN_SECOND_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:were|was) you\s+$", re.I)
# (the words of each looked for first in the stretch before the cue: most hold none)
_EN_SECOND_NEEDLES: Final = Needles(_EN_SECOND_BEFORE)
_RU_SECOND_NEEDLES: Final = Needles(_RU_SECOND_BEFORE)

# A question line of an interview: a line of its own ending in "?", perhaps after a dash
# or "Q:" ("— Suriyaya necə getdiniz?", "How did you end up in Syria?").
QUESTION_LINE: Final = re.compile(
    r"^[ \t]*(?:[—–-][ \t]*|[QВS][:.][ \t]*)?[^\n?]{3,200}\?[ \t]*$", re.M
)
# A line naming the writer or telling when the text came out.
_BYLINE: Final = re.compile(
    r"[ \t]*(?:by\b|müəllif|автор|текст|беседовал|yazar|röportaj|muhabir|müxbir|"
    r"published|dərc|опубликовано|yayımlan|tarih)",
    re.I,
)
QUOTE_CLOSE: Final = re.compile(r"[\"”»“]\s*[,.]?\s*[-–—]?\s*")
# An answer's opening that is only a date ("— 2013-cü ilin sentyabrında.", "— В 2015
# году.", "In May 2015."): a few words besides the date.
_FEW_WORDS: Final = 3


def narrated(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str]
) -> tuple[list[int] | None, DateSpan | None]:
    """(the narrator of a cue told in the first person, `[]` when the text names none,
    None when the cue is not in the first person; the date an answer gives alone to a
    question asking of the cue). A question's cue with no such answer is no claim."""
    answered = None
    if _first_person(ctx, clause, match):
        speaker = narrator(ctx, sentence, match.start())
    else:
        answered = asked(ctx, sentence, match)
        if answered is None:
            second = ctx.language in ("az", "tr") and _SECOND_ENDING.search(match.group().lower())
            return ([] if second else None), None  # "Necə qayıtdınız?": asked, no claim
        speaker = narrator(ctx, sentence, match.start())
    return ([] if speaker is None else [speaker]), answered


def narrative_date(
    ctx: DocContext, sentence: Sentence, dated: tuple[DateSpan, str] | None
) -> tuple[DateSpan, str] | None:
    """The date of a narrator's event: its own (an answer's, a year left to the reader
    in the year told last), else the date told last in the answer, not the report's."""
    if dated is not None and dated[1] in _OWN_DATE:
        return in_narrative_year(ctx, sentence, dated[0]), dated[1]
    earlier = told_before(ctx, sentence)
    return None if earlier is None else (earlier, "narrative")


_OWN_DATE: Final = frozenset(["clause", "sentence", "answer"])


def asked(ctx: DocContext, sentence: Sentence, match: re.Match[str]) -> DateSpan | None:
    """The date an answer gives alone to a question line whose cue is in the second
    person ("— Suriyaya necə getdiniz? — 2013-cü ilin sentyabrında."), else None."""
    if not _second_person(ctx, sentence, match):
        return None
    if not _question_line(ctx, sentence) or sentence.index + 1 >= len(ctx.sentences):
        return None
    answer = ctx.sentences[sentence.index + 1]
    dates = ctx.dates_in(answer.start, answer.end)
    if len(dates) != 1 or ctx.names_in(answer.start, answer.end):
        return None
    rest = ctx.text[answer.start : dates[0].start] + ctx.text[dates[0].end : answer.end]
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > _FEW_WORDS:
        return None
    return dates[0]


def _first_person(ctx: DocContext, clause: tuple[int, int], match: re.Match[str]) -> bool:
    text, start, end = ctx.text, match.start(), match.end()
    lo = max(clause[0], start - 60)
    before = text[lo:start]
    if ctx.names_in(clause[0], start):
        return False  # "Elşad 2014-cü ildə öldü": the clause's own subject
    if ctx.language in ("az", "tr"):
        said = match.group().lower()
        return bool(_FIRST_ENDING.search(said) or _me_before(ctx, before, lo, start))
    if ctx.language == "ru":
        return bool(_RU_SUBJECT_BEFORE.search(before) or _me_before(ctx, before, lo, start))
    if ctx.language == "en":
        return bool(
            _en_subject_before(before)
            or _EN_OBJECT_AFTER.match(text, end, end + 5)
            or _EN_OBJECT_IN.search(match.group())
        )
    return False


def _en_subject_before(before: str) -> bool:
    """`_EN_SUBJECT_BEFORE` in `before`, searched only where "I", "we" or "We" is (the
    regex keeps case): most clauses hold none, and it tried every position."""
    if "I" not in before and "we" not in before and "We" not in before:
        return False
    return _EN_SUBJECT_BEFORE.search(before) is not None


def _me_before(ctx: DocContext, before: str, lo: int, start: int) -> bool:
    """`_OBJECT_BEFORE` in `before` (text[lo:start]), searched only where one of its
    words is ("məni", "меня"): most clauses hold none, and it tried every position."""
    if not _OBJECT_NEEDLES.may_match(ctx.folded(), lo, start):
        return False
    return _OBJECT_BEFORE.search(before) is not None


def _second_person(ctx: DocContext, sentence: Sentence, match: re.Match[str]) -> bool:
    if ctx.language in ("az", "tr"):
        return _SECOND_ENDING.search(match.group().lower()) is not None
    lo, start = max(sentence.start, match.start() - 40), match.start()
    if ctx.language == "ru":
        regex, needles = _RU_SECOND_BEFORE, _RU_SECOND_NEEDLES
    elif ctx.language == "en":
        regex, needles = _EN_SECOND_BEFORE, _EN_SECOND_NEEDLES
    else:
        return False
    if not needles.may_match(ctx.folded(), lo, start):
        return False
    return regex.search(ctx.text[lo:start]) is not None


def narrator(ctx: DocContext, sentence: Sentence, pos: int) -> int | None:
    """Who "I" at `pos` is (see the module's docstring)."""
    text = ctx.text
    line = text.rfind("\n", 0, pos) + 1
    quote = _open_quote(text, line, pos)
    if quote >= 0:
        closing = QUOTE_CLOSE.search(text, pos, sentence.end)
        if closing is not None and closing.start() > pos:
            after = right_within(ctx, closing.end(), words=1)
            if after is not None:
                return after
        lead = ctx.agents_in(max(line, quote - 60), quote)
        return lead[-1][2] if lead else self_named(ctx, pos)
    speaker = labelled(ctx, pos)
    if speaker != UNLABELLED:
        return None if speaker == HOST else speaker
    if not _interview(ctx):
        return self_named(ctx, pos)
    return _introduced(ctx)


def speaker_after_quote(ctx: DocContext, sentence: Sentence, pos: int) -> int | None:
    """The person named right after the quotation closing past `pos` ("..." dedi X)."""
    closing = QUOTE_CLOSE.search(ctx.text, pos, sentence.end)
    return None if closing is None else right_within(ctx, closing.end(), words=1)


def _open_quote(text: str, start: int, pos: int) -> int:
    """The offset of a quotation open at `pos` on its line, else -1."""
    for opening, closing in (("«", "»"), ("“", "”")):
        at = text.rfind(opening, start, pos)
        if at >= 0 and text.find(closing, at, pos) < 0:
            return at
    if text.count('"', start, pos) % 2:
        return text.rfind('"', start, pos)
    return -1


def _question_line(ctx: DocContext, sentence: Sentence) -> bool:
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    end = ctx.text.find("\n", sentence.end)
    end = len(ctx.text) if end < 0 else end
    return QUESTION_LINE.fullmatch(ctx.text, line, end) is not None


def _interview(ctx: DocContext) -> bool:
    """A text of question lines and answers: two question lines or more."""
    found = QUESTION_LINE.finditer(ctx.text)
    return next(found, None) is not None and next(found, None) is not None


def _introduced(ctx: DocContext) -> int | None:
    """The person the introduction is about: named first in a line of prose (more than
    eight words, not a byline), before the first question line."""
    text = ctx.text
    first_question = QUESTION_LINE.search(text)
    stop = first_question.start() if first_question is not None else len(text)
    line = text.find("\n") + 1  # past the headline
    while 0 < line < stop:
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        if len(text[line:end].split()) > 8 and not _BYLINE.match(text, line, end):
            agents = ctx.agents_in(line, end)
            if agents:
                return agents[0][2]
        line = end + 1
    return None


def told_before(ctx: DocContext, sentence: Sentence) -> DateSpan | None:
    """The last date told before `sentence` in its answer (its line): a narrative's
    time goes on from it ("Elşad 2014-cü ilin oktyabrında öldü. Mən də həmin döyüşdə
    yaralandım", "В декабре 2019-го нас вывезли ... В аэропорту меня арестовали")."""
    line = ctx.text.rfind("\n", 0, sentence.start) + 1
    dates = ctx.dates_in(line, sentence.start)
    return dates[-1] if dates else None


def in_narrative_year(ctx: DocContext, sentence: Sentence, date: DateSpan) -> DateSpan:
    """A month whose year the text leaves to the reader ("In October the police detained
    me") in the year the answer told last ("reached Turkey in the summer of 2018"), not
    the report's."""
    if not date.inferred_year or len(date.value) < 7:
        return date
    earlier = told_before(ctx, sentence)
    if earlier is None or earlier.inferred_year:
        return date
    return replace(date, value=earlier.value[:4] + date.value[4:], end_value=None)


_WARS: Final = frozenset(["Syria", "Iraq", "Afghanistan"])


def later_legs(events: list[tuple[int, int, str, dict[str, Any] | None]]) -> set[int]:
    """Of a narrator's journeys (index, person, status, place entry) in the order told,
    those after the first that reach no war zone: legs of the way ("Türkiyəyə keçdim"),
    not a departure."""
    seen: set[int] = set()
    out: set[int] = set()
    for k, person, status, entry in events:
        if status != "travelled":
            continue
        if person in seen and (entry is None or entry.get("name") not in _WARS):
            out.add(k)
        seen.add(person)
    return out
