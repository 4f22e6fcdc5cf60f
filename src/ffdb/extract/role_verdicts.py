"""A verdict's lead that states the group once for a counted set of defendants, naming
none of them ("A Baku court sentenced three men to prison for fighting for Islamic
State", "Суд вынес приговор трём жителям ..., признанным виновными в участии в
деятельности «ИГ»", "DEAŞ üyeliğinden yargılanan beş sanık", "İŞİD-in sıralarında
döyüşmüş üç nəfər məhkum edilib"), then gives each defendant's term in the sentences
after ("gave A 12 years", "B and C received nine and eight years", "D — 6 лет",
"E'ye 9 yıl hapis cezası verildi", "F 12 il azadlıqdan məhrum edilib"). The set is the
persons given a term, the acquitted left out, no more than the count; the judge, the
prosecutor, a lawyer and a relative who stand beside them are no defendants.

See `roles`: a member cue whose sentence names nobody asks `sentenced_set`.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.sentences import Sentence
from ffdb.extract.tokens import fold

_COUNTS: Final = {
    **dict.fromkeys(["two", "2", "двое", "двоих", "двум", "двух", "iki"], 2),
    **dict.fromkeys(["three", "3", "трое", "троих", "трём", "трем", "трёх", "трех", "üç"], 3),
    **dict.fromkeys(
        ["four", "4", "четверо", "четверых", "четырём", "четырем", "четырёх", "четырех", "dörd",
         "dört"], 4
    ),
    **dict.fromkeys(["five", "5", "пятеро", "пятерых", "пяти", "beş"], 5),
    **dict.fromkeys(["six", "6", "шестеро", "шестерых", "шести", "altı"], 6),
    **dict.fromkeys(["seven", "7", "семеро", "семерых", "семи", "yedi", "yeddi"], 7),
}  # fmt: skip
_COUNT_WORDS: Final = {fold(k): v for k, v in _COUNTS.items()}
# A counted set of persons: "three men", "five people", "трём жителям", "beş sanık".
_COUNTED: Final = re.compile(
    r"(?<![\w-])(?P<n>two|three|four|five|six|seven|[2-7]|двое|двоих|двум|двух|трое|троих|"
    r"тр[её]м|тр[её]х|четверо|четверых|четыр[её]м|четыр[её]х|пятеро|пятерых|пяти|шестеро|"
    r"шестерых|шести|семеро|семерых|семи|iki|üç|dörd|dört|beş|altı|yedi|yeddi)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?"
    r"(?:men|women|people|persons|defendants|suspects|accused|residents|citizens|nationals|"
    r"жител\w*|уроженц\w*|мужчин\w*|человек|подсудим\w*|обвиняем\w*|фигурант\w*|граждан\w*|"
    r"sanı[kğ]\w*|kişi\w*|şüpheli\w*|zanlı\w*|şəxs\w*|nəfər\w*|təqsirləndirilən\w*|"
    r"müttəhim\w*)(?![\w-])",
    re.I,
)
# A verdict or a charge in the lead.
_VERDICT: Final = re.compile(
    r"sentenc|jail|convict|verdict|guilty|trial|accused|charged|приговор|осужд|виновн|"
    r"обвин|ceza|mahkum|mahkûm|yargılan|dava|hökm|məhkum|cəza|ittiham",
    re.I,
)
# A term of years given or asked for.
_TERM: Final = re.compile(
    r"(?<![\w-])(?:"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[- ]and[- ]a[- ]half)?"
    r"[- ]years?(?![\w-])(?!\s+(?:old|ago|later|earlier|before|after|on)\b)|"
    r"(?:suspended|life|prison|jail)\s+(?:sentence|term)|life\s+imprisonment|"
    r"(?:к|получил\w*|просил\w*(?:\s+для\s+\S+)?)\s+(?:\d{1,2}|[а-яё]+)\s+(?:годам|лет|года|год)|"
    r"(?:лет|годам|года)\s+(?:лишения|колонии|заключения|тюрьмы|условно)|"
    r"[—–]\s*(?:к\s+)?(?:\d{1,2}|[а-яё]+)\s+(?:годам|лет|года|год)(?![\w-])|пожизненн\w+|"
    r"условн\w+\s+срок\w*|hapis|müebbet|azadlıqdan\s+məhrum|şərti\s+cəza|ömürlük\s+həbs"
    r")",
    re.I,
)
_ACQUITTED: Final = re.compile(
    r"acquitt|cleared\s+of|оправдан|beraat|bəraət",
    re.I,
)
# The offices and kin of the persons beside a defendant in a verdict's sentences.
_BESIDE: Final = re.compile(
    r"(?<![\w-])(?:judge|prosecutors?|lawyer|attorney|counsel|spokes\w+|minister|father|"
    r"mother|wife|husband|brother|sister|son|daughter|uncle|cousin|судь\w+|прокурор\w*|"
    r"гособвинител\w*|обвинител\w*|адвокат\w*|защитник\w*|отец|мать|жена|муж|брат\w*|сестр\w*|"
    r"сын\w*|hakim\w*|savcı\w*|avukat\w*|prokuror\w*|vəkil\w*|babası|annesi|eşi|"
    r"kardeşi|atası|anası|həyat\s+yoldaşı|qardaşı|bacısı)[\s,]*(?:[^\W\d_]+\s+){0,2}$",
    re.I,
)
_REACH: Final = 14  # sentences after the lead that may give the terms


def sentenced_set(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The defendants a lead counts but does not name (see the module's docstring), or
    [] when the lead is no verdict's or its terms are not given."""
    # the count may follow the cue: "DEAŞ üyeliğinden yargılanan üç sanık"
    found = _COUNTED.search(ctx.text, sentence.start, sentence.end)
    if found is None or ctx.agents_in(sentence.start, sentence.end):
        return []
    if not _VERDICT.search(ctx.text, sentence.start, sentence.end):
        return []
    count = _COUNT_WORDS.get(fold(found.group("n")), 0)
    later = ctx.sentences[sentence.index + 1 : sentence.index + 1 + _REACH]
    acquitted = {p for s in later for p in _acquitted(ctx, s)}
    out: list[int] = []
    for each in later:
        if not _TERM.search(ctx.text, each.start, each.end):
            continue
        for start, end, person in ctx.agents_in(each.start, each.end):
            if person in acquitted or person in out or not ctx.names_in(start, end):
                continue
            if _BESIDE.search(ctx.text, max(each.start, start - 40), start):
                continue
            out.append(person)
    return out[:count]


def _acquitted(ctx: DocContext, sentence: Sentence) -> list[int]:
    """The person an acquittal in `sentence` is of: the subject named first before the
    word ("A, accused of sending money to B, was acquitted": not B), else the first
    named after it."""
    out = []
    for word in _ACQUITTED.finditer(ctx.text, sentence.start, sentence.end):
        clause = max(sentence.start, ctx.text.rfind(";", sentence.start, word.start()) + 1)
        before = ctx.agents_in(clause, word.start())
        after = ctx.agents_in(word.end(), sentence.end)
        if before:
            out.append(before[0][2])
        elif after:
            out.append(after[0][2])
    return out
