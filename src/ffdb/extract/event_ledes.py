"""A news lede telling of one person left unnamed ("A Belgian convert ... was sentenced
in absentia on Monday", "Житель Казани осуждён на 12 лет", "Kayserili bir kadın
tutuklandı", "Qusar sakini saxlanılıb"), whose name opens the next sentence ("Kevin De
Smet, 26, who grew up in Mechelen, ..."): the event is that person's (see
`event_roles`).

Only where no one is named before the lede (it is the report's first word of a person),
its subject is one person (an indefinite article, a singular noun of a person, a verb in
the singular, no count) and the next sentence names that person in its first words.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.sentences import Sentence

# The subject of one person, unnamed, from the clause's start: an English indefinite
# article ("A Belgian convert", "An Uzbek national"), past a dateline ("ANTWERP — ");
# a Russian, Azerbaijani or Turkish noun of one person ("Житель Казани", "Qusar rayon
# sakini", "Kayserili bir kadın").
_ONE_PERSON: Final = re.compile(
    r"(?:[^\W\d_][^\n—–]{0,40}?\s[—–-]\s+)?(?:"
    r"(?-i:An?)\s+(?:[\w'’-]+\s+){0,5}?(?:man|woman|convert|national|citizen|resident|"
    r"native|fighter|militant|jihadist|suspect|teenager|mother|father|returnee|member|"
    r"recruiter|preacher|student|imam)(?![\w-])|"
    r"(?:[\w-]+\s+){0,3}?(?:(?:житель|уроженец|уроженка|жительница|выходец|гражданин|"
    r"гражданка|мужчина|женщина|боевик|сторонник|вербовщик)(?![\w-])|"
    r"(?:sakini|vətəndaşı|əsilli|doğumlu|uyruklu)(?![\w-])[^.;:\n]{0,40}?"
    r"(?:\s(?:qadın|kişi|gənc|şəxs|kadın|erkek|kişi|genç|şüpheli|şahıs))?|"
    r"bir (?:kadın|erkek|kişi|genç|şüpheli|şahıs|qadın|gənc|şəxs)(?![\w-])))",
    re.I,
)
# A count, a plural or a list of persons: no one person.
_MANY: Final = re.compile(
    r"(?<![\w-])(?:\d+|two|three|four|five|several|and|both|двое|трое|двух|трёх|трех|"
    r"несколько|и|iki|üç|dörd|dört|beş|bir neçə|birkaç|ve|və|ile|ilə|were|are|have)(?![\w-])|"
    r"(?:ы|и|лар|lər|ler|lar|ляр)$",
    re.I,
)
# How far into the next sentence its first name may start ("Kevin De Smet", "29-летний X").
_NAME_REACH: Final = 40


def lede_named_next(ctx: DocContext, sentence: Sentence, cue_start: int, cue: str) -> list[int]:
    """The person the next sentence names first, when the cue's sentence is a lede about
    one person unnamed (see the module's docstring)."""
    # (the names are in order: the first one tells whether anyone was named before)
    if sentence.index + 1 >= len(ctx.sentences) or (
        ctx.names and ctx.names[0].start < sentence.end and not _announced(ctx, sentence, cue_start)
    ):
        return []
    text = ctx.text
    # from the sentence's start: the subject may hold a relative clause ("A convert who
    # is believed to be in Syria was sentenced")
    subject = _ONE_PERSON.match(text, sentence.start, cue_start)
    if subject is None or _MANY.search(text, sentence.start, cue_start) or _MANY.search(cue):
        return []
    later = ctx.sentences[sentence.index + 1]
    names = ctx.names_in(later.start, min(later.end, later.start + _NAME_REACH + 60))
    if not names or names[0].start - later.start > _NAME_REACH or names[0].person is None:
        return []
    return [names[0].person]


# Who announces the news, named after the lede's cue: "A Minneapolis man was sentenced
# today ..., announced Assistant Attorney General X and U.S. Attorney Y".
_ANNOUNCED: Final = re.compile(r"(?<![\w-])(?:announced|said|according to)(?![\w-])", re.I)


def _announced(ctx: DocContext, sentence: Sentence, cue_start: int) -> bool:
    """Whether the only persons named before the next sentence are named in the lede
    after its cue and an announcing verb."""
    first = ctx.names[0]
    if first.start < sentence.start or first.start < cue_start:
        return False
    return _ANNOUNCED.search(ctx.text, cue_start, first.start) is not None
