"""Checks that keep a cue from making an event (see `events`): a death the text says
was reported wrongly ("incorrectly reported that X had been killed", "səhvən ... öldüyü
yazılıb"), or that the next sentences deny for the same person ("His brother says Zaur
is alive", "Его смерть не подтверждена", "Mirzə sağdır", "Ölümü teyit edilmedi"); and
a status of a kin named by a possessive between the subject and the cue ("Şamil
Ömərov oğlunun öldürüldüyünü deyir": the son's, not the father's).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_spots import Spots
from ffdb.extract.held_words import holds_any, register
from ffdb.extract.scan import Needles, folded, lowered, word_start_regex
from ffdb.extract.sentences import Sentence

# Said before the cue in its sentence: the report was a mistake.
_WRONGLY_WORDS: Final = (
    r"incorrectly|wrongly|erroneously|mistakenly|falsely|ошибочно|по ошибке|səhvən|"
    r"yanlışlıkla|hatalı (?:olarak|şekilde)|yanlış olarak"
)
_WRONGLY: Final = word_start_regex(_WRONGLY_WORDS)
_WRONGLY_SPOTS: Final = Spots(_WRONGLY, _WRONGLY_WORDS)


def wrongly_reported(ctx: DocContext, sentence: Sentence, cue_start: int) -> bool:
    return _WRONGLY_SPOTS.search(ctx.text, sentence.start, cue_start) is not None


# A death of natural causes is no status ("died of a heart attack in 2018", "умер от
# инфаркта", "xəstəlikdən vəfat edib", "kalp krizinden öldü"): said right after an English
# or Russian cue, right before an Azerbaijani or Turkish one.
_NATURAL_AFTER: Final = re.compile(
    r"\s+(?:(?:suddenly|peacefully|in 20\d\d)\s+)?(?:of|from|after)\s+(?:a\s+)?(?:heart attack|"
    r"heart failure|cancer|illness|(?:a\s+)?(?:long|short|serious)\s+illness|disease|"
    r"natural causes|old age|a stroke|stroke|covid|coronavirus)|"
    r"(?:\s+в\s+\d{4}\s+году)?\s+от\s+(?:инфаркта|инсульта|болезни|рака|сердечного приступа|"
    r"старости|коронавируса|ковида|тяжёлой болезни|тяжелой болезни)|\s+своей смертью",
    re.I,
)
_NATURAL_BEFORE: Final = re.compile(
    r"(?:xəstəlikdən|infarktdan|insultdan|ürək tutmasından|xərçəngdən|koronavirusdan|"
    r"kalp krizinden|hastalıktan|kanserden|felçten|koronavirüsten|eceliyle|eceli ile|"
    r"yaşlılıktan|qocalıqdan|öz əcəli ilə)\s+$",
    re.I,
)


_NATURAL_NEEDLES: Final = Needles(_NATURAL_BEFORE)


def natural_death(ctx: DocContext, start: int, end: int) -> bool:
    """A death cue whose cause is an illness or age, not war or violence."""
    return _NATURAL_AFTER.match(ctx.text, end, end + 40) is not None or (
        _NATURAL_NEEDLES.may_match(ctx.folded(), max(0, start - 24), start)
        and _NATURAL_BEFORE.search(ctx.text, max(0, start - 24), start) is not None
    )


# A later sentence saying the person lives, or that the death is unconfirmed.
_ALIVE: Final = word_start_regex(
    r"(?:is|was|are|remains?) (?:still )?alive|still alive|alive and well|"
    r"(?:death|killing) (?:could not|cannot|can ?not|has not|have not|was not|is not|"
    r"has yet to|had not)(?: yet)?(?: be| been)?(?: independently)? (?:be )?"
    r"(?:confirmed|verified)|"
    r"жив(?:[аы]|ой|ым)?(?![\w-])|остал(?:ся|ась) в живых|"
    r"(?:смерть|гибель) (?:\w+ )?не (?:подтвержден|подтвердил)\w*|"
    r"sağdır|sağ(?:-salamat)?dır|həyatdadır|sağ olduğunu|həyatda olduğunu|"
    r"hayatta(?:dır| olduğunu)|"
    # the report doubted in the next sentence ("Meridian could not confirm that report,
    # and the family denies it, saying he lives in Kazakhstan")
    r"(?:could not|cannot|can ?not|was unable to|were unable to) (?:independently )?"
    r"(?:confirm|verify) (?:that|the|this|these|those) (?:report|claim|account|information)s?|"
    r"(?:saying|says|said|insist(?:s|ed)?) (?:that )?(?:he|she) (?:now )?(?:lives|is living) in|"
    r"ölümü (?:teyit edilmedi|doğrulanmadı|təsdiqlənməyib|təsdiq olunmayıb)"
)


def denied_later(ctx: DocContext, sentence: Sentence, persons: list[int]) -> bool:
    """One of the next two sentences of the paragraph says the person lives, naming
    that person or a pronoun for them (or no one); or a later one, up to a dozen on,
    says so or that the death is unconfirmed, naming the person ("УТОЧНЕНИЕ.
    Информация о шахаде брата X не подтвердилась", "Correction: X was not killed")."""
    denials = _denials(ctx)
    at = bisect_right(denials, (sentence.index, True))
    for index, alive in denials[at : at + 6]:
        if index > sentence.index + 12:
            break
        later = ctx.sentences[index]
        near = later.paragraph == sentence.paragraph and index <= sentence.index + 2
        named = {a[2] for a in ctx.agents_in(later.start, later.end)}
        if (near and alive and not named) or named & set(persons):
            return True
    return False


# The rest of the sentence says the one reported dead lives ("was reported killed, but
# his family insist that he is alive").
_ALIVE_AFTER: Final = re.compile(
    r"(?<![\w-])(?:he|she)\s+(?:is|was|remains)\s+(?:still\s+)?alive|(?:он|она)\s+жив|"
    # or doubts it ("but no one has produced a body", "insists he saw him alive")
    r"no one has (?:produced|seen|shown) (?:a |any |his |her )?(?:body|grave|proof|evidence)|"
    r"saw (?:him|her) alive|"
    r"(?<![\w-])(?:sağdır|hayattadır|həyatdadır|sağ olduğunu|hayatta olduğunu)|"
    # or that the report of the death is unconfirmed ("сведения о гибели X ...
    # официального подтверждения не получили", "which has not been confirmed")
    r"подтверждения не (?:получил|нашл)\w*|не подтвердил\w*|"
    r"(?:has|have|had) not (?:yet )?been (?:independently )?confirmed|"
    r"təsdiqlənməyib|təsdiqini tapmayıb|doğrulanmadı|teyit edilmedi|"
    # or that no one has confirmed it, or that it is being checked ("однако подтверждений
    # этому нет", "hüquq-mühafizə orqanları bu məlumatı təsdiqləməyib", "barədə daxil olan
    # məlumat yoxlanılır", "ailə heç bir rəsmi təsdiq almayıb", "resmi makamlar teyit etmedi")
    r"подтверждени[йя] (?:\w+ )?нет|нет (?:никаких |официальных )?подтверждени[йя]|"
    r"проверя(?:ется|ются)|təsdiq(?:ləmə|\s+etmə)(?:yib|mişdir|di)|"
    r"(?:rəsmi )?təsdiq (?:almayıb|alınmayıb|almamışdır)|yoxlanılır|araşdırılır|"
    r"doğrulamadı|teyit etmedi|doğrulanmamıştır|teyit edilmemiştir|"
    r"(?:could not|cannot|can ?not|was unable to|were unable to|has not been able to) "
    r"(?:independently )?(?:confirm|verify)|(?:is|are) being (?:checked|verified)|"
    # a claim the family or the authorities do not confirm, told in the present
    # ("öldüyü iddia edilsə də, ailə bu məlumatı təsdiqləmir", "the family does not confirm")
    r"iddia (?:edilsə|olunsa) (?:də|da)|təsdiq(?:ləmir|\s+etmir)(?:lər)?|doğrulamıyor|"
    r"teyit etmiyor|не подтвержда(?:ет|ют)|(?:does|do) not confirm",
    re.I,
)


def alive_after(ctx: DocContext, end: int, sentence_end: int) -> bool:
    if not _ALIVE_NEEDLES.may_match(ctx.folded(), end, sentence_end):
        return False  # (most sentences: the regex tries every position)
    return _ALIVE_AFTER.search(ctx.text, end, sentence_end) is not None


_ALIVE_NEEDLES: Final = Needles(_ALIVE_AFTER)


# The next sentence calls the report a lie ("... claimed that X had been captured. This
# is a lie."): whatever status it told, no event.
_LIE: Final = re.compile(
    r"\s*(?:(?:this|that|it|all this) (?:is|was) (?:a lie|lies|false|untrue|not true)|"
    r"(?:это|всё это) (?:ложь|неправда)|"
    r"bu (?:yalandır|yalan|doğru değil|iftiradır|doğru deyil|həqiqət deyil|böhtandır))"
    r"\s*[.!]",
    re.I,
)


def called_a_lie(ctx: DocContext, sentence: Sentence) -> bool:
    following = sentence.index + 1
    if following >= len(ctx.sentences):
        return False
    later = ctx.sentences[following]
    return later.paragraph == sentence.paragraph and _LIE.match(ctx.text, later.start) is not None


_denial_memo: list[tuple[str, list[tuple[int, bool]]]] = []


def _denials(ctx: DocContext) -> list[tuple[int, bool]]:
    """(index, says alive) of the sentences that deny a death, found once per text."""
    if _denial_memo and _denial_memo[0][0] is ctx.text:
        return _denial_memo[0][1]
    found: set[tuple[int, bool]] = set()
    low = folded(ctx.text)  # None: no words to look for first, scan
    alive = low is None or holds_any(low, _ALIVE_WORDS)
    for match in _ALIVE.finditer(ctx.text) if alive else ():
        sentence = ctx.index.at(match.start())
        if _WITH_THE_LORD.match(ctx.text, match.end()):
            continue  # "они живы у своего Господа": the martyr's praise, not a denial
        if sentence is not None:
            found.add((sentence.index, True))
    denied = low is None or holds_any(low, _NOT_CONFIRMED_WORDS)
    for match in _NOT_CONFIRMED.finditer(ctx.text) if denied else ():
        # "X'in de yaralandığı öne sürüldü, ancak doğrulanmadı": not a death
        sentence = ctx.index.at(match.start())
        if sentence is not None and _DEATH.search(ctx.text, sentence.start, sentence.end):
            found.add((sentence.index, False))
    out = sorted(found)
    _denial_memo[:] = [(ctx.text, out)]
    return out


# The Quran's word on martyrs after "alive" ("они живы у своего Господа", "they are
# alive with their Lord").
_WITH_THE_LORD: Final = re.compile(
    r"[,\s]+(?:(?:и|and)\s+)?(?:у|with|near|before|at)\s+(?:(?:своего|их|его|their|his|her)\s+)?"
    r"(?:Господа|Аллаха|Lord|Allah)",
    re.I,
)


_DEATH: Final = word_start_regex(
    r"death|killed|killing|dead|died|шахад\w*|гибел\w*|смерт\w*|погиб\w*|убит\w*|"
    r"ölüm\w*|öldü\w*|öldürül\w*|hayatını|şehit\w*|şəhid\w*|həlak\w*|ölməsi\w*|ölüb",
    r"",
)


# A report of a death said to be unconfirmed or false in a later sentence naming the
# person (the alive-words of `_ALIVE` count too).
_NOT_CONFIRMED: Final = word_start_regex(
    r"не подтвердил(?:ась|ись|ся|ось)|оказал(?:ась|ись) ложн\w*|опровергнут\w*|"
    r"(?:was|were|has|have) not (?:been )?confirmed|proved (?:false|untrue)|"
    r"turned out to be (?:false|untrue)|not killed|təsdiqlənmədi|təsdiqini tapmadı|"
    r"təkzib (?:edildi|olundu|edilib|olunub)|doğrulanmadı|yalanlandı|teyit edilmedi"
)


# A word of each branch of `_ALIVE` and of `_NOT_CONFIRMED` (folded as `scan.folded`
# folds the text): a document with none of them, most, needs neither scan.
_ALIVE_WORDS: Final = tuple(
    lowered(word)
    for word in "alive|confirm|verif|жив|подтвер|sağ|həyatda|hayatta|ölümü|lives in".split("|")
)
_NOT_CONFIRMED_WORDS: Final = tuple(
    lowered(word)
    for word in (
        "подтвер|ложн|опровергнут|confirmed|proved|turned out|not killed|təsdiq|təkzib|"
        "doğrulanmadı|yalanlandı|teyit edilmedi"
    ).split("|")
)


# A kin in the possessive right before the cue ("oğlunun ... öldürüldüyünü", "что его
# сын погиб", "that his son was killed"): the status is the kin's.
_KIN_BEFORE_BODY: Final = (
    r"oğlunun|qızının|qardaşının|bacısının|ərinin|atasının|oğlunu|qardaşını|kızının|"
    r"kardeşinin|eşinin|babasının|(?:его|её|ее|их) (?:сын|дочь|брат|сестра|муж|отец)|"
    r"(?:his|her|their) (?:son|daughter|brother|sister|husband|father)"
)
_KIN_BEFORE: Final = word_start_regex(_KIN_BEFORE_BODY)
_KIN_SPOTS: Final = Spots(_KIN_BEFORE, _KIN_BEFORE_BODY)  # (asked before every cue)
_NO_STOP: Final = re.compile(r"[^.;:!?\"«»]{0,60}")
_OWNER: Final = re.compile(
    r"(?:['’]?n?[ıiuüə]n)?\s+(?:atası|anası|babası|annesi)\b|"
    r"['’]s\s+(?:father|mother|brother|sister|widow|wife|uncle|aunt)\b"
)
_GENITIVE_END: Final = re.compile(r"[ıiuüə]n$")


def kin_event(
    ctx: DocContext, sentence: Sentence, cue_start: int, persons: list[int]
) -> list[int] | None:
    """None when no kin of a person named before it in the sentence stands before the
    cue; else whose kin it is when a genitive owner of the speaker says so ("Ömərovun
    atası X ... oğlunun"), or no one. ("His mother heard that her son was killed": the
    son is the one the pronouns stand for, no name.)"""
    lo = max(sentence.start, cue_start - 90)
    kin = _KIN_SPOTS.search(ctx.text, lo, cue_start)
    if kin is None or not _NO_STOP.fullmatch(ctx.text, kin.end(), cue_start):
        return None
    if ctx.agents_in(kin.end(), cue_start):
        return None
    named = {n.person for n in ctx.names_in(sentence.start, kin.start())}
    if not named & set(persons):
        return None
    for _start, end, person in ctx.agents_in(sentence.start, kin.start()):
        owner = _OWNER.match(ctx.text, end)
        if owner and (owner.group()[0] != " " or _GENITIVE_END.search(ctx.text, end - 2, end)):
            return [person]
    return []


# Brought for medical treatment ("yaralanarak tedavi için Türkiye'ye getirildi", "müalicə
# üçün Bakıya gətirilib"): a wounded man carried across, no return home.
_TREATMENT: Final = re.compile(
    r"(?<![\w-])(?:tedavi (?:için|amacıyla|görmek üzere|edilmek üzere)|tedavisi için|"
    r"müalicə (?:üçün|məqsədilə|olunmaq üçün)|müalicəsi üçün|for (?:medical )?treatment|"
    r"на лечение|для лечения)(?![\w-])",
    re.I,
)


def for_treatment(ctx: DocContext, clause: tuple[int, int], start: int, end: int) -> bool:
    """A return cue whose clause says the person was brought to be treated."""
    return (
        _TREATMENT.search(ctx.text, max(clause[0], start - 60), min(clause[1], end + 40))
        is not None
    )


# A nominalised cue in a condition, a risk, a request or a plan: nothing happened yet.
_HYPOTHETICAL: Final = re.compile(
    r"(?:['’]?n?[ıiuüeaə])?\s+(?:halinde|hâlinde|durumunda|takdirde|ihtimal\w*|olasılığ\w*|"
    r"riski\w*|tehlikesi\w*|talep\w*|istem\w*|için\s+(?:başvur|talep)\w*|"
    r"halında|təqdirdə|ehtimal\w*|riski\w*|təhlükəsi\w*|tələb\w*|üçün\s+müraciət\w*)",
    re.I,
)


def only_feared(ctx: DocContext, end: int, stop: int) -> bool:
    """A nominalised cue ending at `end` that names a condition, a risk or a request."""
    return _HYPOTHETICAL.match(ctx.text, end, min(stop, end + 40)) is not None


# "also", "too", "da/də/de", "также", "тоже" before the cue: the same happened to one
# more person, on the day told before ("Police detained X on 5 March. His accomplice Y
# was also detained", "Onun qardaşı Y də saxlanılıb", "Его сообщник также задержан").
_ALSO: Final = re.compile(
    r"(?<![\w-])(?:also|too|as well|da|də|de|dahi|также|тоже|вместе с ним)(?![\w-])"
    r"(?:\s+(?:was|were|been|был[аи]?|has|have|had))*\s*$",
    re.I,
)
# (its words looked for first in the stretch before the cue: most hold none)
_ALSO_NEEDLES: Final = Needles(_ALSO)


# Someone named before went the same way ("вместе с ним в Сирию выехал", "together with
# her"), a few words before the cue.
_WITH_HIM_WORDS: Final = r"вместе с (?:ним|ней)|together with (?:him|her)"
_WITH_HIM: Final = re.compile(rf"(?<![\w-])(?:{_WITH_HIM_WORDS})(?![\w-])", re.I)
_WITH_HIM_AFTER: Final = re.compile(r"\s+(?:with (?:him|her)|с ним|с ней)(?![\w-])", re.I)
_FOLLOWED: Final = re.compile(r"(?:onu|onları|onun|onların)\s", re.I)
# The Turkish and Azerbaijani clitic after the subject, words before the verb ("eşi Leyla
# da aynı uçakla Rusya'ya gönderildi", "qardaşı da həmin gün saxlanılıb").
_ALSO_AHEAD: Final = re.compile(r"(?<![\w'’-])(?:da|de|də|dahi)\s+(?:[^\s,.;:]+\s+){0,4}$", re.I)
# (asked before the cue of every event without a date of its own)
_WITH_HIM_SPOTS: Final = Spots(_WITH_HIM, _WITH_HIM_WORDS)


def also_before(ctx: DocContext, start: int, cue_start: int, cue_end: int = -1) -> bool:
    """One more person had the same event as told before ("his accomplice was also
    detained"): the date of that one is theirs."""
    if _FOLLOWED.match(ctx.text, cue_start):
        return False  # "o da onu izledi": went after the other, later
    lo = max(0, cue_start - 30)
    if _ALSO_NEEDLES.may_match(ctx.folded(), lo, cue_start) and _ALSO.search(
        ctx.text, lo, cue_start
    ):
        return True
    if _WITH_HIM_SPOTS.search(ctx.text, max(start, cue_start - 40), cue_start):
        return True  # "Вместе с ним в Ирак уехал X": the same journey
    if cue_end >= 0 and _WITH_HIM_AFTER.match(ctx.text, cue_end):
        return True  # "X had travelled with him": the journey of the one named before
    if ctx.language not in ("az", "tr"):
        return False
    return _ALSO_AHEAD.search(ctx.text, max(start, cue_start - 60), cue_start) is not None


# The fighting itself as where one goes back to: the front, the battle, the jihad.
_FRONT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:cəbhəyə|döyüşə|cihada|cepheye|savaşa|на фронт|в строй)"
    r"(?:\s+(?:yenidən|yenə|geri|tekrar|yeniden|снова|опять))?\s+$",
    re.I,
)
_FRONT_AFTER: Final = re.compile(
    r"\s+(?:(?:to|back to) (?:the )?(?:front(?:line| line)?|battlefield|fighting|jihad)|"
    r"(?:снова |опять )?(?:на фронт|в строй|воевать))(?![\w-])",
    re.I,
)


def to_front(ctx: DocContext, clause: tuple[int, int], match: re.Match[str]) -> bool:
    """A return to the fighting ("sağalan kimi cəbhəyə qayıtdı", "вернулся на фронт"):
    neither a return home nor a new journey with a place of its own."""
    start, end = match.start(), match.end()
    if _FRONT_BEFORE.search(ctx.text, max(clause[0], start - 24), start):
        return True
    return _FRONT_AFTER.match(ctx.text, end, min(clause[1], end + 24)) is not None


# A death told as a return to God ("returned to his Lord", "вернулся к своему Господу").
_TO_THE_LORD: Final = re.compile(
    r"(?:\s+(?:to|unto|к))?\s+(?:(?:his|her|their|our|своему|своим|нашему)\s+)?"
    r"(?:Lord|Allah|God|Creator|Господу|Аллаху|Создателю|Творцу)(?![\w-])",
    re.I,
)


def to_the_lord(ctx: DocContext, end: int) -> bool:
    """A return cue ending where "to his Lord" follows: a martyr post's death."""
    return _TO_THE_LORD.match(ctx.text, end) is not None


register(_ALIVE_WORDS, _NOT_CONFIRMED_WORDS)  # (its gates' words, in the automaton at import)
