"""A journey or custody shared with someone the text told of before ("Yassine Boukhari,
a friend, left with him", "уехал вместе с ним", "Ağayevlə birlikdə gedən X", "onunla
birlikte Suriye'ye giden X", "X'le aynı kafilede giden Y", "ездил туда с моими",
"Задержанного вместе с ним X", "Schäfer ile birlikte yakalanan X", "detained along with
Y"), told with no date of its own: the date of that
journey or custody told before (see `event_dates`), in the nearest sentence before that
tells of it and gives a date beside the verb; for custody, the nearest that gives a day
(a report's custody of the day, not an older one told in between), else the nearest."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_days import is_birth
from ffdb.extract.sentences import Sentence

# The companion after the verb: "left with him", "went together with Adnan", "уехал
# вместе с ним", "уехал с ним", "getdi onunla birlikdə".
_WITH_AFTER: Final = re.compile(
    r"\s+(?:(?:together |along )?with (?:him|her|them|(?-i:[A-Z])\w+)|"
    r"вместе с (?:ним|ней|нею|ними|(?-i:[А-ЯЁ])\w+)|с (?:ним|ней|нею|ними)|"
    # "ездил туда с моими": with the speaker's own, told of before
    r"(?:туда |вместе )?с (?:моими|моим|нашими|нашим|братом|братьями|отцом)|"
    r"(?:onunla|onlarla) (?:birlikdə|birlikte|beraber))(?![\w-])",
    re.IGNORECASE,
)
# The companion before the verb, perhaps with the destination between: "Ağayevlə
# birlikdə gedən", "Ramin ilə birlikdə Suriyaya gedən", "onunla birlikte giden", "вместе
# с ним уехал", "together with him travelled".
_WITH_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:birlikdə|birlikte|beraber|вместе с (?:ним|ней|нею|ними|(?-i:[А-ЯЁ])\w+)|"
    # "Ablimit'le aynı kafilede Suriye'ye giden", "onunla eyni qrupla gedən"
    r"(?:aynı|eyni) (?:kafile|grup|qrup|dəstə|karvan)[^\W\d_]*|"
    r"together with (?:him|her|them|(?-i:[A-Z])\w+))[^\S\n]+(?:[^\W\d_]+['’]?[^\W\d_]*[^\S\n]+)?$",
    re.IGNORECASE,
)
# Going somewhere, in a sentence told before.
_GOING: Final = re.compile(
    r"(?<![\w-])(?:travel+ed|went|left|gone|going to|crossed|flew|headed|made (?:his|her|their) "
    r"way|set off|уехал\w*|выехал\w*|отправил\w*|перебрал\w*|пересек\w*|улетел\w*|"
    r"прибыл\w*|get(?:di|mişdi|mişdir|dikdə|diyini|ib|məsi)\w*|gedib\w*|gedərək|gedən|"
    r"yola düş\w*|keçib\w*|keçərək|git(?:ti|miş|tiği)\w*|giden|gidip|giderek|geçti\w*|geçmiş\w*|"
    r"ездил\w*|поехал\w*|уезжал\w*|"
    r"geçerek)(?![\w-])",
    re.IGNORECASE,
)
# Custody, in a sentence told before.
_HELD: Final = re.compile(
    r"(?<![\w-])(?:detain\w*|taken into custody|caught|задерж\w*|saxlanıl\w*|saxla\w*|"
    r"gözaltına al\w*|yakala\w*)(?![\w-])",
    re.IGNORECASE,
)
_ARRESTED: Final = re.compile(
    r"(?<![\w-])(?:arrest\w*|арест\w*|həbs (?:edil|olun)\w*|tutuklan\w*|tutukla\w*)(?![\w-])",
    re.IGNORECASE,
)
_VERBS: Final = {"travelled": _GOING, "detained": _HELD, "arrested": _ARRESTED}
_CUE_GAP: Final = 40  # characters between the verb and the companion before it
_DATE_GAP: Final = 80  # characters between a verb told before and its date
_BACK: Final = 12  # sentences looked back through


def companion_date(
    ctx: DocContext, sentence: Sentence, clause: tuple[int, int], match: re.Match[str], status: str
) -> DateSpan | None:
    """The date of the journey or custody told before, for one shared with someone (see
    the module docstring); None when the event names no companion."""
    verbs = _VERBS.get(status)
    if verbs is None:
        return None
    text = ctx.text
    after = _WITH_AFTER.match(text, match.end())
    before = _WITH_BEFORE.search(text, max(clause[0], match.start() - _CUE_GAP), match.start())
    if after is None and before is None:
        return None
    first = sentence.index
    nearest: DateSpan | None = None
    for k in range(first - 1, max(-1, first - 1 - _BACK), -1):
        found = _told_date(ctx, ctx.sentences[k], verbs, ctx.language in _VERB_LAST)
        if found is None:
            continue
        if status == "travelled" or len(found.value) == 10:
            return found
        nearest = nearest or found
    return nearest


# Languages that put a verb's date before it ("Geçen perşembe ... yakalanan X dün sınır
# dışı edildi": "dün" is the next verb's).
_VERB_LAST: Final = frozenset(["az", "tr"])


def _told_date(
    ctx: DocContext, told: Sentence, verbs: re.Pattern[str], before: bool
) -> DateSpan | None:
    """The date nearest a verb of `verbs` in `told`, beside it (`before`: one before it
    first)."""
    dates = [d for d in ctx.dates_in(told.start, told.end) if not is_birth(ctx, d)]
    if not dates:
        return None
    best: tuple[int, DateSpan] | None = None
    for verb in verbs.finditer(ctx.text, told.start, told.end):
        for date in dates:
            gap = max(date.start - verb.end(), verb.start() - date.end, 0)
            if gap > _DATE_GAP:
                continue
            if before and date.start > verb.end():
                gap += _DATE_GAP  # after the verb: only when none stands before it
            if best is None or gap < best[0]:
                best = (gap, date)
    return best[1] if best is not None else None
