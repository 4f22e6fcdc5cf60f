"""Where an event happened (see `events`): a gazetteer place in the clause after the cue
("killed in Syria"), the destination of a journey ("Suriyaya gedib", "в Сирию выехал"),
and whether a return is really a journey back to the war ("yenidən Suriyaya qayıdıb").
"""

from __future__ import annotations

import re
from typing import Any, Final

from ffdb.extract.context import DocContext
from ffdb.extract.hometown_cues import FROM_HOME_RU, prepositional_ru
from ffdb.extract.lexicon import EventCue
from ffdb.extract.scan import word_start_regex


def place_for(
    ctx: DocContext, cue: EventCue, clause: tuple[int, int], match: re.Match[str]
) -> tuple[str, dict[str, Any] | None] | bool | None:
    """(place name, gazetteer entry), None when none, False when a needed one is missing."""
    if cue.place != "-" and _THERE.search(ctx.text, max(0, match.start() - 24), match.end() + 30):
        return None  # "уехал туда первым", "went there in 2013", "oraya gedib"
    if cue.place == "from-place":  # "left Bradford in 2014": a town left, no destination
        return None if ctx.places_in(match.start(), match.end()) else False
    if cue.place in ("dest-before", "dest-country", "dest-war"):
        places = ctx.places_in(max(clause[0], match.start() - 40), match.start())
        if not places:
            return False
        gap = ctx.text[places[-1].end : match.start()]
        # "Suriyaya gedib", "Suriyaya döyüşmək üçün gedib", "Suriye'ye savaşmak için gitti"
        dative = places[-1].suffix.lstrip("'’") in ("a", "ə", "e", "ya", "yə", "ye")
        if places[-1].suffix.lstrip("'’")[:2] in _NOT_TO:
            return False  # "İstanbul'da geçen", "Bakıdan keçən": no destination
        state = _STATE_TAIL.match(gap)  # "Suriya Ərəb Respublikasına keçərək"
        if state is not None:
            gap, dative = gap[state.end() :], True
        if len(gap) > 3 and not (dative and len(gap.split()) <= 3 and not _PUNCT.search(gap)):
            return False
        if cue.place == "dest-country" and not _country(places[-1], dative):
            return False  # "İstanbul'a gönderildi", "cezaevine gönderildi": no return
        if cue.place == "dest-war" and not _war(places[-1], dative):
            return False  # "Bakıya gəlib": a visit, not a journey to the war
        return _named(places[-1])
    after = ctx.places_in(match.end(), clause[1])
    if cue.place == "dest-after":
        end = match.end()
        while (
            after
            and _FROM_HOME_IN.fullmatch(ctx.text, end, after[0].start)
            and prepositional_ru(after[0].text)
        ):
            end = after[0].end  # "ушёл из дома в Закатале в Сирию": the home left
            after = after[1:]
        home_left = end != match.end()
        left_from = False
        while after and _FROM_BEFORE.search(ctx.text, end, after[0].start):
            # "уехал из Нальчика в Сирию", "В Сирию уезжает X из Прохладного": where he
            # left from
            end, after, left_from = after[0].end, after[1:], True
        if not after or after[0].start - end > 20:
            if home_left:
                return False
            fronted = _fronted(ctx, clause, match)
            if fronted is False and left_from and match.group().lower().startswith(_AWAY):
                return None  # "выехали из Махачкалы в 2013 году": a departure, where to untold
            return fronted
        return _named(after[0])
    for place in after:
        if _PLACE_LEAD.search(ctx.text[max(match.end(), place.start - 12) : place.start]):
            return _named(place)
    for place in ctx.places_in(clause[0], match.start()):
        if place.suffix in _LOCATIVE:
            return _named(place)
    return None


_WARS: Final = frozenset(["Syria", "Iraq", "Afghanistan"])
# the home left, with its place, between a journey's verb and its end
# Russian verbs of going away ("уехал", "выехал", "ушёл", "отправился"), not of coming
# ("приехавший из Хасавюрта")
_AWAY: Final = ("у", "вы", "от")
_FROM_BEFORE: Final = re.compile(r"(?<![\w-])(?:из|from)\s+$", re.I)
_FROM_HOME_IN: Final = re.compile(r"\s+" + FROM_HOME_RU + r"\s+", re.I)


def _fronted(
    ctx: DocContext, clause: tuple[int, int], match: re.Match[str]
) -> tuple[str, dict[str, Any] | None] | bool:
    """A Russian destination put before its verb, perhaps with a pronoun between ("в
    Сирию выехал и X", "В Сирию я приехал в 2014 году"); else False."""
    if ctx.language != "ru":
        return False
    places = ctx.places_in(max(clause[0], match.start() - 30), match.start())
    if not places or not _SUBJECT_GAP.fullmatch(ctx.text, places[-1].end, match.start()):
        return False
    if not _TO_AFTER.search(ctx.text, max(0, places[-1].start - 4), places[-1].start):
        return False
    return _named(places[-1])


def _country(place: Any, dative: bool) -> bool:
    """A country the text sends someone to ("Almanya'ya", "Rusiyaya")."""
    return dative and place.place is not None and place.place.precision == "country"


def _war(place: Any, dative: bool) -> bool:
    """A war zone the text brings someone to ("Suriyaya gəlib")."""
    return dative and place.place is not None and place.place.name in _WARS


# Between a fronted destination and its verb: nothing, or a subject pronoun ("я", "мы").
_SUBJECT_GAP: Final = re.compile(
    r"\s*(?:(?:я|мы|он|она|они|тоже|также|сам|сама|сами)\s+){0,2}", re.I
)
AGAIN: Final = EventCue("travelled", "any", "-", "")
_TO_AFTER: Final = re.compile(r"\s+(?:to|в|во)\s+$", re.I)


def to_war(ctx: DocContext, clause: tuple[int, int], match: re.Match[str]) -> bool:
    """A return whose destination is a war zone: a journey there again."""
    for place in ctx.places_in(max(clause[0], match.start() - 30), match.start()):
        dative = place.suffix.lstrip("'’") in ("a", "ə", "e", "ya", "yə", "ye")
        if dative and place.place is not None and place.place.name in _WARS:
            return True
    for place in ctx.places_in(match.end(), min(clause[1], match.end() + 12)):
        lead = ctx.text[match.end() : place.start]
        if (
            place.place is not None
            and place.place.name in _WARS
            and _TO_AFTER.fullmatch(" " + lead)
        ):
            return True
    return False


_PUNCT: Final = re.compile(r"[,.;]")
# Locative and ablative endings: where from or where at, not where to.
_NOT_TO: Final = frozenset(
    ["da", "də", "de", "ta", "tə", "te", "dan", "dən", "den", "tan", "tən", "ten"]
)
_STATE_TAIL: Final = re.compile(
    r"\s+(?:(?:Ərəb|Arap|İslam)\s+)?(?:Respublikasına|Cumhuriyeti['’]ne|Dövlətinə)", re.I
)
# A destination said by an adverb of place, its name told before.
_THERE: Final = word_start_regex(
    r"туда|there|oraya|ora|ölkəyə|vətənə|ülkeye|yurda|на родину|домой|"
    r"зону (?:боевых действий|конфликта|АТО)|döyüş bölgəsinə|münaqişə zonasına|"
    r"savaş bölgesine|çatışma bölgesine|"
    # a group's land ("İŞİD-in nəzarətində olan ərazilərə", "IŞİD topraklarına")
    r"ərazilərə|ərazilərinə|əraziyə|nəzarətindəki ərazisinə|topraklarına|"
    r"на территорию (?:ИГ|ИГИЛ|«Исламского государства»)|"
    r"the (?:conflict|war|combat) zone|(?:conflict|war|combat) zone",
)
_PLACE_LEAD: Final = re.compile(r"(?:^|\s)(?:[Ii]n|to|into|near|at|[Вв]|во|под)\s+(?:the\s+)?$")
# Locative endings of a place before the cue ("Suriyada öldürülüb", "Suriye'de")
_LOCATIVE: Final = frozenset(
    ["da", "də", "de", "ta", "tə", "te", "'da", "'de", "’da", "’de", "'ta", "'te"]
)


def _named(place: Any) -> tuple[str, dict[str, Any] | None]:
    entry = place.place.as_dict() if place.place is not None else None
    return place.name, entry
