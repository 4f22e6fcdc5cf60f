"""Group ties told in the first person (see `roles`): an interview's answer or a quoted
man's own words ("I joined the Islamic State", "We were with Jabhat al-Nusra at first",
"я был в ИГИЛ", "мы воевали в рядах X", "Əvvəl "Cəbhət ən-Nüsrə"nin yanında idik",
"İŞİD-ə qoşuldum", "Önce Nusra'nın yanındaydık", "IŞİD'e katıldım") are the narrator's:
who "I" is, `event_narrators.narrator` says. A denial ("I never joined IS", "IŞİD'e
katılmadım") and fighting against a group ("İŞİD-lə döyüşdük") tie nobody.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_narrators import narrator
from ffdb.extract.group_mentions import GroupMention
from ffdb.extract.role_stated import Stated

# English and Russian: "I"/"we" and a verb of membership right before the group.
_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:I|[Ww]e)\s+(?:(?:had|have|then|later|first|soon|both|all|also|"
    r"eventually|both|initially)\s+){0,2}(?:joined|fought\s+(?:for|with|in)|"
    r"(?:was|were|ended\s+up)\s+(?:(?:first|then|later|still|all|both|initially)\s+)?"
    r"(?:with|in|part\s+of)|served\s+(?:in|with)|pledged\s+allegiance\s+to|"
    r"(?:went|crossed)\s+over\s+to)\s+(?:(?:the|an?)\s+(?:\w+\s+)?(?:unit|brigade|battalion|"
    r"group|katiba)\s+of\s+)?(?:the\s+)?[«\"“]?$|"
    r"(?<![\w-])(?:я|мы)\s+(?:(?:сначала|потом|тоже|все|оба|уже|затем|там)\s+)?"
    r"(?:был[аи]?|находил\w*|состоял[аи]?|воевал[аи]?|сражал\w*|вступил[аи]?|служил[аи]?)\s+"
    r"(?:(?:в|во|за|у|на)\s+)?(?:(?:рядах|ряды|составе|стороне)\s+)?[«\"“]?$",
)
# Azerbaijani and Turkish: a postposition or unit noun, then a verb in the first person
# ("yanında idik", "bir batalyonunda olduq", "yanındaydık", "qoşuldum", "katıldık").
_AFTER: Final = re.compile(
    r"[»\"”]?(?:n[ıiuü]n|[ıiuü]n)?\s*(?:bir\s+)?"
    r"(?:(?:yanında|sıralarında|saflarında|tərkibində|içində|içinde|batalyon\w*nda|"
    r"birliğinde|bölüğünde|dəstəsində|taburunda|katibəsində|katibesinde)\s*)?"
    r"(?:y?d[ıi][mk]|\s*(?:id[ıi](?:m|k)|ol(?:du|dı)[mkq]|qaldı[mq]|kald[ıi][mk]|"
    r"döyüşdü[mk]|vuruşdu[mkq]|savaşt[ıi][mk]|katıld[ıi][mk]|qoşuldu[mkq]|geçt[ıi][mk]|"
    r"keçdi[mkq]))(?![\w-])",
    re.I,
)
_AGAINST_OR_FROM: Final = re.compile(r"(?:l[aeə]|[dt][aeə]n)$", re.I)


def narrated_members(ctx: DocContext) -> list[Stated]:
    """(narrator, "member", group, sentence, cue span) of each first-person tie."""
    out: list[Stated] = []
    for group in ctx.groups:
        span = _first_person_tie(ctx, group)
        sentence = ctx.index.at(group.start) if span else None
        if span is None or sentence is None:
            continue
        if ctx.text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue  # a question states nothing
        person = narrator(ctx, sentence, span[1] - 1)  # past a group name in quotes
        if person is not None:
            out.append((person, "member", group, sentence, span))
    return out


def _first_person_tie(ctx: DocContext, group: GroupMention) -> tuple[int, int] | None:
    text = ctx.text
    if ctx.language in ("az", "tr"):
        if _AGAINST_OR_FROM.search(group.text):
            return None  # "İŞİD-lə döyüşdük", "IŞİD'den kaçtık"
        after = _AFTER.match(text, group.end)
        return None if after is None else (group.start, after.end())
    # the adverbs "I" and the verb may take are listed: "I never joined X" is no tie
    before = _BEFORE.search(text, max(0, group.start - 80), group.start)
    return None if before is None else (before.start(), group.end)
