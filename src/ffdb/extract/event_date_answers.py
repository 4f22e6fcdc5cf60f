"""A journey's date given as the answer to an interview's question ("— Ramin nə vaxt
getdi? — 2014-cü ilin avqustunda.", "Q: When did Yassin leave? A: In March 2015.",
"— Когда Магомед уехал? — В ноябре 2013-го.", "— Emre ne zaman gitti? — 2014
yazında."): the date the answer opens with dates the journey of the person the question
names, when the text gives none or only its year (see `event_dates`)."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.sentences import Sentence

# "When", then a verb of going, in one question.
_WHEN: Final = re.compile(
    r"(?<![\w-])(?:when|nə vaxt|nə zaman|когда|ne zaman|hangi (?:yıl|tarih)|hansı il)(?![\w-])",
    re.IGNORECASE,
)
_GOING: Final = re.compile(
    r"(?<![\w-])(?:go|went|leave|left|travel\w*|уехал\w*|уеха\w*|выехал\w*|отправил\w*|"
    r"getdi|getmişdi|gedib|getmişdir|gitti|gitmişti|gitmiş|ayrıldı)(?![\w-])",
    re.IGNORECASE,
)
_ANSWER_REACH: Final = 30  # the answer opens with its date: characters before it


def answer_date(ctx: DocContext, sentence: Sentence, person: int) -> DateSpan | None:
    """The date the answer to a question when `person` went opens with, if the text
    holds one."""
    if "?" not in ctx.text:
        return None
    for question, answer in _questions(ctx):
        if not any(a[2] == person for a in ctx.agents_in(question.start, question.end)):
            continue
        dates = ctx.dates_in(answer.start, min(answer.end, answer.start + _ANSWER_REACH + 20))
        opening = [d for d in dates if d.start - answer.start <= _ANSWER_REACH]
        if opening:
            return opening[0]
    return None


_memo: list[tuple[str, list[tuple[Sentence, Sentence]]]] = []  # the last text's questions


def _questions(ctx: DocContext) -> list[tuple[Sentence, Sentence]]:
    """(question, the sentence after it) of each question when someone went."""
    if _memo and _memo[0][0] is ctx.text:
        return _memo[0][1]
    out = []
    sentences = ctx.sentences
    for k in range(len(sentences) - 1):
        question = sentences[k]
        if not ctx.text[question.start : question.end].rstrip().endswith("?"):
            continue
        when = _WHEN.search(ctx.text, question.start, question.end)
        if when is None or _GOING.search(ctx.text, question.start, question.end) is None:
            continue
        out.append((question, sentences[k + 1]))
    _memo[:] = [(ctx.text, out)]
    return out
