"""Whom a sentence with no subject of its own goes on about (see `event_people`): the
person last named before, but not a companion on a timeline's line; the person a
timeline introduced with a colon ("X'in hikayesi:" then "Mart 2013 — Suriye'ye
gitti."); and whether a capitalised word before the cue may be a name the rules left
(then the sentence may have a subject of its own): not a month before a year, a place
in a case, a court's or an office's name.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.event_lists import companion_before, has_companion_words, postposed
from ffdb.extract.sentences import Sentence
from ffdb.extract.timelines import DATED_LINE as _DATED_LINE

# (the space before checked after the capital: `re` then skips to capitals)
_CAPITALISED: Final = re.compile(r"[A-ZÇĞİÖŞÜƏА-ЯЁ](?<=\s.)[a-zçğıöşüəа-яё]{2,}")


# A body's name: capitalised words up to a head noun of a court, office or force.
_INSTITUTION: Final = re.compile(
    r"(?:[A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]*\s+){0,5}?(?:Mahkeme|Məhkəmə|Savcılı|Prokurorlu|"
    r"Müdürlü|İdarə|Nazirli|Bakanlı|Emniyet|Polis|Court|Суд|Прокуратур|Xidmət|Teşkilat|"
    r"Komitə|Komite|Havalimanı|Hava [Ll]imanı|Aeroport|Cezaevi|"
    r"Həbsxana|Hastane|Xəstəxana|Merkezi|Mərkəzi|Kampı|Düşərgə)[\w'’-]*"
)
# Capitalised words up to "tarafından", "tərəfindən": the agent of a passive ("Suriye
# Demokratik Güçleri tarafından yakalandı"), not a subject of the sentence.
_AGENT: Final = re.compile(
    r"(?:[A-ZÇĞİÖŞÜƏ][\w'’-]*\s+){1,5}(?:\([^()\n]{1,12}\)\s+)?(?:tarafından|tərəfindən)\b"
)


_MONTH: Final = re.compile(
    r"(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|"
    r"Yanvar|Fevral|Aprel|May|İyun|İyul|Avqust|Sentyabr|Oktyabr|Noyabr|Dekabr|"
    r"Январ\w*|Феврал\w*|Март\w*|Апрел\w*|Ма[йя]\w*|Июн\w*|Июл\w*|Август\w*|Сентябр\w*|"
    r"Октябр\w*|Ноябр\w*|Декабр\w*)"
)
# Hijri months ("Ramazan 1437'de") and the sentence's opening adverbs ("Geçen yıl ...",
# "Ancak ..."): no names.
_NO_NAME: Final = re.compile(
    r"(?:Muharrem|Safer|Rebiülevvel|Rebiülahir|Cemaziyelevvel|Cemaziyelahir|Recep|Şaban|"
    r"Ramazan|Şevval|Zilkade|Zilhicce|Məhərrəm|Səfər|Rəcəb|Şəvval|Zilhiccə|Geçen|"
    r"Geçtiğimiz|Ancak|Ardından|Sonra|Daha|Aynı|Bunun|Keçən|Ötən|Həmin|Eyni|Lakin|Ancaq|"
    r"Sonradan|Sonra|Bundan|Ondan)"
)
_YEAR_AFTER: Final = re.compile(r"\s+\d{4}(?!\d)")


def _dated_line(ctx: DocContext, start: int, end: int = -1) -> re.Match[str] | None:
    """`DATED_LINE.match(ctx.text, start, end)`, asked only of a text holding a mark that
    may close such a line ("2014 — ", "12 March 2009 - ", "Dün: "): most hold none."""
    text = ctx.text
    if not (_dated_memo and _dated_memo[0][0] is text):
        may = False
        for mark in _LINE_MARKS:
            if mark in text:
                may = _MARK_SPACE.search(text) is not None
                break
        _dated_memo[:] = [(text, may)]
    if not _dated_memo[0][1]:
        return None
    return _DATED_LINE.match(text, start, len(text) if end < 0 else end)


# The end of every match of `DATED_LINE`: one of its marks, then a space.
_LINE_MARKS: Final = "—–:-"
_MARK_SPACE: Final = re.compile(r"[—–:-]\s")
_dated_memo: list[tuple[str, bool]] = []  # (the text last asked about, whether it may)


def _in_name(ctx: DocContext, pos: int) -> bool:
    return any(n.start <= pos < n.end for n in ctx.names_in(max(0, pos - 60), pos + 60))


# A case ending, also after a possessive's buffer n ("Havalimanı'nda", "Merkezi'ne").
_PLACE_CASE: Final = re.compile(r"['’]n?(?:[dt][ae]n|[dt][ae]|y?[ae])(?![\w-])")


# A genitive name before a postposition of following ("Vüsalın ardınca", "Kemal'in
# peşinden"): someone the subject followed.
_FOLLOWED: Final = re.compile(
    r"(?:['’]?n?[ıiuüə]n)?\s+(?:ardınca|arxasınca|dalınca|peşinden|izinden)(?![\w-])", re.I
)


# A preposition governing the name ("под командованием амира X", "у X"): the name is no
# subject of its sentence. (Not "вместе с братом X": a companion goes on as one.)
_OBLIQUE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:под командованием|под руководством|командованием|руководством|у|к|ко|"
    r"от|для|против|при|о|об|обо)\s+(?:[а-яё]+\s+)?$",
    re.I,
)


def own_antecedent(ctx: DocContext, sentence: Sentence) -> int | None:
    """The person last named in the two sentences before, in the paragraph, who is no
    name after a preposition ("под командованием амира X") nor a companion on a
    timeline's line ("Mart 2013 — arkadaşı X ile birlikte gitti. Ekim 2017 —
    tutuklandı": not X)."""
    for k in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        before = ctx.sentences[k]
        if before.paragraph != sentence.paragraph:
            break
        dated = _dated_line(ctx, before.start) is not None
        for name in reversed(ctx.names_in(before.start, before.end)):
            if _FOLLOWED.match(ctx.text, name.end):
                continue  # "ərinin ardınca getdi": the one followed is no subject
            if _OBLIQUE_BEFORE.search(ctx.text, max(before.start, name.start - 40), name.start):
                continue  # "под командованием амира X": a commander, no subject
            if not dated or not (postposed(ctx, name.end) or companion_before(ctx, name.start)):
                return name.person
    return None


def timeline_person(ctx: DocContext, sentence: Sentence) -> int | None:
    """The person of a timeline a line ending in a colon introduces ("X ... Zaman
    çizelgesi:" then "Mart 2013 — Suriye'ye gitti."), while no line between names
    anyone but a companion; each paragraph crossed opens with a dated line."""
    if not _dated_line(ctx, sentence.start):
        return None  # only a timeline's own lines
    k = sentence.index
    while k > 0 and sentence.index - k < 14:
        here = ctx.sentences[k]
        k -= 1
        before = ctx.sentences[k]
        if before.paragraph != here.paragraph and not _dated_line(ctx, here.start):
            return None
        if ctx.text[before.start : before.end].rstrip().endswith(":"):
            return ctx.antecedent(before.end - 1, 1)
        if _own_names(ctx, before):
            return None
    return None


def _own_names(ctx: DocContext, sentence: Sentence) -> bool:
    return any(
        not postposed(ctx, n.end) and not companion_before(ctx, n.start)
        for n in ctx.names_in(sentence.start, sentence.end)
    )


def own_agents(ctx: DocContext, sentence: Sentence) -> list[tuple[int, int, int]]:
    """Names and pronouns of the sentence but companions ("arkadaşı X ile birlikte
    Suriye'ye gitti": the subject is dropped, X went along)."""
    agents = ctx.agents_in(sentence.start, sentence.end)
    if not agents or not has_companion_words(ctx.text):
        return agents  # no name is a companion
    return [a for a in agents if not postposed(ctx, a[1]) and not companion_before(ctx, a[0])]


# A Russian past-tense verb ("Уехала", "Вернулся", "Был ранен"), no name.
_PAST_VERB: Final = re.compile(
    r"[А-ЯЁ][а-яё]*(?:ал|ала|али|ил|ила|или|ел|ела|ели|ыл|ыла|ыли|ёл|шёл|шла|шли)(?:ся|сь)?"
)


def unknown_name(ctx: DocContext, start: int, end: int) -> bool:
    """A capitalised word inside the sentence that is no place, group or month: a name
    the rules did not take ("... Arzu Məmmədovanı həbs edib"), so the sentence may well
    have a subject of its own and is not about the person last named."""
    skip = start
    line = _dated_line(ctx, start, end)
    if line is not None:
        skip = line.end() + 1  # "2015 – Kobani döyüşlərində ...": a line's first word
    for match in _CAPITALISED.finditer(ctx.text, start, end):
        if match.start() < skip or _in_name(ctx, match.start()):
            continue
        if _MONTH.fullmatch(match.group()) and _YEAR_AFTER.match(ctx.text, match.end()):
            continue  # "Mart 2013": a month
        if _NO_NAME.fullmatch(match.group()):
            continue
        if match.start() <= start + 1 and _PAST_VERB.fullmatch(match.group()):
            continue  # "Уехала в Ирак, вернулась в 2016 году": a verb opens the sentence
        if _PLACE_CASE.match(ctx.text, match.end()):
            continue  # "Anvers'ten", "Kilis'e": a place's case, no subject
        if ctx.places_in(match.start(), match.end()) or ctx.groups_in(match.start(), match.end()):
            continue
        body = _INSTITUTION.match(ctx.text, match.start(), end) or _AGENT.match(
            ctx.text, match.start(), end
        )
        if body is not None:  # "Kilis Ağır Ceza Mahkemesi'nin kararıyla": a court
            skip = body.end()
            continue
        if ctx.dates_in(match.start() - 20, match.end() + 20):
            continue
        return True
    return False


# A common noun a participle describes ("öldürülen örgüt yöneticisi", "убитого
# командира", "həlak olan döyüşçü"): someone other than the names before.
OTHERS_NOUN: Final = re.compile(
    r"\s+(?:[^\W_][\w'’-]*\s+){0,2}?(?:yönetici|komutan|lider|emir|militan|kişi|şahıs|"
    r"savaşçı|üye|komandir|rəhbər|döyüşçü|şəxs|nəfər|əmir|lider|şüpheli|şübhəli|zanlı|"
    r"командир|амир|эмир|боевик|"
    r"главар|лидер|человек|мужчин)\w*",
    re.I,
)
ALONG_GAP: Final = re.compile(r"\s+(?:вместе|совместно) с[о]? [^\W\d_]+(?: [^\W\d_]+){0,3}\s+")
