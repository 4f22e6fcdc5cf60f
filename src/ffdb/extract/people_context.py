"""Names we do not know, vouched for by the words around them.

The name rules know given names, surname endings and kunyas; an Albanian, British or
Georgian name ("Arben Krasniqi", "Tariq Mahmood", "Beka Bardoshvili") has none of
these. Such a run of two or three capitalised words is still a person's name when the
sentence treats it as one:

- an age or a birth year in apposition: "Arben Krasniqi, 29,", "Mücahit Özdemir (34)",
  "Besnik Hajrullahu (1987)", ", born 1990", or an age before it:
  "29-year-old", "29 yaşlı", "29 yaşındaki", "29-летний";
- the patient of a status verb: "Arben Krasniqi, from Gjilan, was arrested", "Ardit
  Hoxha and Blerim Gashi were killed", "police arrested Arben Krasniqi";
- the speaker: "Liridona Berisha said", "said Gareth Pryce", "according to Jonas Weber"
  (bodies that speak, "Human Rights Watch said", hold an organisation word).

Runs holding an organisation word, a group or a place never get here (the name rules
drop them first), and the run must be two or three words. Each test looks at a few
dozen characters at a fixed place, so it costs nothing on text without such runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from ffdb.extract.at_places import Occurrences, before_space, finditer_at
from ffdb.extract.forms import lemma_given, lemma_given_turkic
from ffdb.extract.geo import is_place
from ffdb.extract.lexicon import alternation, nationalities, roles, stopwords
from ffdb.extract.people_families import male_surname
from ffdb.extract.people_given import given_by_construction
from ffdb.extract.people_mention import NameMention, overlaps
from ffdb.extract.people_words import NAMING_AFTER, NAMING_BEFORE, is_courtesy
from ffdb.extract.scan import CueScanner, Needles, folded
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, LOWER, UPPER, fold

__all__ = ["kin_given_names", "married_given_names", "vouched_by_context"]

_STATUS: Final = (
    r"(?:arrested|killed|detained|sentenced|jailed|convicted|charged|injured|wounded|"
    r"released|extradited|deported|repatriated|captured|executed|indicted|acquitted|"
    r"eliminated|freed|imprisoned|prosecuted|tried)"
)
_CAP: Final = CAP_WORD
_AFTER: Final = re.compile(
    r"(?:"
    r",\s*(?:aged\s+)?\d{1,2}\s*[,)]"  # ", 29," / ", aged 29,"
    r"|\s*\(\s*\d{1,2}\s*\)"  # "(34)"
    r"|\s*\(\s*(?:b\.\s*|born\s+|d\.\s*|г\.\s*р\.\s*)?(?:19|20)\d\d\s*(?:г\.?\s*)?\)"  # "(1987)"
    r"|,\s*(?:born|b\.)\s+(?:in\s+)?(?:19|20)\d\d\b"
    r"|,\s*\d{1,2}\s*(?:yaşında|yaşındaki|yaşlı|лет|года)"
    # a nationality or birthplace in brackets: "(Fransa uyruklu, Lille doğumlu)",
    # "(a French national)", "(гражданин Франции)"
    rf"|\s*\(\s*{_CAP}\s+(?:uyruklu|uyruqlu|vatandaşı|vətəndaşı|doğumlu|təvəllüdlü)\b"
    rf"|\s*\(\s*(?:an?\s+)?{_CAP}\s+(?:national|citizen)\b"
    r"|\s*\(\s*(?:гражданин|гражданка|уроженец|уроженка)\s"
    rf"|,\s*(?:from|originally from|a native of)\s+{_CAP}"  # "Florent Gashi, from Kaçanik"
    rf"|(?:,[^,.;\n]{{1,60}},)?\s+(?:who\s+)?(?:was|were|has been|had been|have been)\s+"
    rf"(?:(?:later|also|first|then|subsequently|reportedly|allegedly)\s+)?{_STATUS}\b"
    rf"|\s+and\s+{_CAP}(?:\s+{_CAP}){{0,2}}\s+were\s+(?:\w+\s+)?{_STATUS}\b"
    r"|,?\s+(?:said|says|told|added|wrote|explained|confirmed|noted|recalled)\b"
    r")"
)
_BEFORE: Final = re.compile(
    r"(?:\d{1,2}[-\s]year[-\s]old|\d{1,2}\s*yaşlı|\d{1,2}\s*yaşındaki|\d{1,2}-летн\w{2,3}"
    rf"|\b{_STATUS}(?:\s+as)?|\bidentified\s+as|\bnamed\s+as|\bsaid|\baccording\s+to"
    # a real name given beside an alias: "asıl adı Sarah Janssens", "настоящее имя ..."
    r"|\breal\s+name(?:\s+is|\s+was)?|\b(?:asıl|gerçek)\s+(?:adı|ismi)|\bəsl\s+adı"
    r"|настоящее\s+имя)\s+$",
    re.IGNORECASE,
)
_REACH: Final = 40


def vouched_by_context(text: str, start: int, end: int) -> bool:
    """Whether the words around the run `text[start:end]` treat it as a person's name."""
    if not 2 <= len(text[start:end].split()) <= 3:
        return False
    if _DEFINITE.match(text, start) or _DEFINITE_BEFORE.search(text, max(0, start - 4), start):
        return False  # "The Red Cross said", "according to the Asia Desk": a body's name
    if _AFTER.match(text, end):
        return True
    return bool(_BEFORE.search(text, max(0, start - _REACH), start))


_DEFINITE: Final = re.compile(r"The\s")
_DEFINITE_BEFORE: Final = re.compile(r"(?<![\w-])[Tt]he\s+$")


# A relative named by the given name alone: "His widow, Madina, and the children", "Мать
# Гасанбекова, Патимат, приехала", "Его жена Зарема", "Onun anası Gülnarə", "Annesi Ayşe".
_KIN_WORDS: Final = (
    "wife|widow|husband|son|daughter|brother|sister|mother|father|cousin|uncle|nephew|niece|"
    "мать|отец|жена|вдова|сын|дочь|брат|сестра|муж|супруга|супруг|"
    # the object of a verb ("её сына Ахмеда вернули", "потеряла брата Ислама")
    "сына|сыном|брата|братом|мужа|мужем|жену|женой|дочери|сестру|сестрой|отца|отцом|"
    "anası|atası|arvadı|əri|həyat yoldaşı|qardaşı|bacısı|oğlu|qızı|annesi|babası|eşi|kardeşi|"
    "kocası|"
    # the speaker's own ("kız kardeşim Elif", "Həyat yoldaşım Elxan", "oğlumuz Ramil")
    "annem|babam|anam|atam|kardeşim|ağabeyim|ablam|eşim|kocam|karım|oğlum|kızım|qızım|"
    "qardaşım|bacım|ərim|arvadım|həyat yoldaşım|oğlumuz|qızımız|kızımız|qardaşımız|"
    "kardeşimiz|"
    "ağabeyi|ablası|kızı|"
    # the other cases, and children named in a list ("с детьми Амиром и Асиёй", "двое
    # детей — Мухаммад и Асия", "отцу Зелимхана, Ахмеду,")
    "отцу|матери|брату|сестре|сыну|дочерью|жене|мужу|вдове|дети|детей|детьми|сыновья|сыновей|"
    "сыновьями|дочери|дочерей|children|sons|daughters|uşaqları|övladları|çocukları|oğulları|"
    "qızları|kızları|kardeşleri|qardaşları|"
    # "Anne Emine", "gelinleri Kübra", "Torunum İbrahim'le", "nəvəsi Əli"
    "anne|baba|gelini|gelinleri|gelinimiz|torunu|torunum|torunları|torunumuz|nəvəsi|nəvələri|"
    "gəlini|gəlinləri|внук|внука|внуком|внучка|невестка|невестки|grandson|granddaughter|"
    # friends, named as relatives are ("Dostum Cavid", "arkadaşı Emre", "друг Тимур")
    "dostum|dostu|dostumuz|arkadaşım|arkadaşı|arkadaşımız|friend|друг|подруга"
)
# after the kin word: perhaps the person whose relative it is, then the given name, which
# ends the phrase (no capitalised word after it: "Ramil Aliyev" is a full name)
_AFTER_KIN: Final = re.compile(
    rf"(?:\s+(?:{CAP_WORD}|его|её|ее|их|моя|мой|наша|наш|my|our|братьев|детей))?(,?)"
    rf"(?:\s+[—–:])?\s+"
    rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?:[{APOSTROPHES}][{LOWER}]+)?(?=([,.;:!?)])|\s+(?![{UPPER}]))"
)


_COURTESY_AFTER: Final = re.compile(
    r"\s+(?:bəy|bey|xanım|hanım|əmi|xala|dayı|amca|teyze|efendi|əfəndi)(?![\w-])"
)


_AFTER_KIN_DIRECT: Final = re.compile(
    rf",?(?:\s+[—–:])?\s+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
    rf"(?:[{APOSTROPHES}][{LOWER}]+)?"
    rf"(?=[,.;:!?)]|\s+(?![{UPPER}]))"
)
# the next in a list of relatives: "Амиром (2015 г.р.) и Асиёй", "Мухаммад и Асия"
_AND_NEXT: Final = re.compile(
    rf"(?:\s*\([^()\n]{{1,24}}\))?(?:,|\s+(?:и|and|ve|və))\s+([{UPPER}][{LOWER}]+)"
    rf"(?=[,.;:!?)]|\s+(?![{UPPER}])|$)"
)


_NEXT_LISTED: Final = re.compile(r"\s+(?:and|or|и|или|ve|veya|və|və ya)\s+([\w-]+)")


def _languages_listed(text: str, start: int, end: int) -> bool:
    """A given name that is also a people's word ("German", "Muslim") listed with another
    such word: the languages or peoples, not a name."""
    if fold(text[start:end]) not in nationalities():
        return False
    listed = _NEXT_LISTED.match(text, end)
    return listed is not None and fold(listed.group(1)) in nationalities()


@cache
def _kin_scanner() -> CueScanner:
    # a word an alternative: the scanner tries only those opening as the text does where
    # it looks (one alternative of two hundred words, `re` tried each word at each place)
    return alternation([(f"kin{i}", word) for i, word in enumerate(_KIN_WORDS.split("|"))])


def kin_given_names(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """Relatives the text names by a given name alone, right after the kin word: each a
    person of their own (joined later to a full name that starts with it, if any)."""
    taken = [(n.start, n.end) for n in names]
    given_at = {(n.start, n.end): n for n in names if n.kind == "given"}
    out = []
    for cue in _kin_scanner().finditer(text):
        # the kin word's own name first ("Annesi Marleen, Flaman televizyonuna ..."), then
        # one after the person whose relative it is ("Мать Гасанбекова, Патимат,")
        direct = _AFTER_KIN_DIRECT.match(text, cue.end())
        match = _AFTER_KIN.match(text, cue.end())
        if direct is None and match is None:
            continue  # most kin words name no one (Turkish "son" is also "last")
        if overlaps(cue.start(), cue.end(), taken):
            continue  # "Həsənov Orxan Elçin oğlu, Gəncə şəhər sakini": a patronymic, no son
        # "Мать Мовсара, Зарема,": the owner, then the kin's own name set off by commas
        owned = (
            match is not None
            and bool(match.group(1))
            and match.group(3) == ","
            and lemma_given(match.group(2))[1] is not None
        )
        if direct is not None and _languages_listed(text, direct.start(1), direct.end(1)):
            continue  # "taught the children German and English": languages, no one
        if direct is not None and direct.span(1) in given_at and not owned:
            given_at[direct.span(1)].standalone = True
            _take_owners_surname(text, cue.start(), names, given_at[direct.span(1)])
            out += _listed_after(text, direct.end(1), taken, given_at)
            continue
        if match is None:
            continue
        start, end = match.span(2)
        word = match.group(2)
        if is_courtesy(word):  # "Annesi Saniye Hanım": the name is the word before
            before = next((n for (s, e), n in given_at.items() if 0 < start - e <= 2), None)
            if before is not None:
                before.standalone = True
            else:
                out += _courted_name(text, start, taken)
            continue
        if (start, end) in given_at:
            given_at[(start, end)].standalone = True  # "Его жена Зарема": someone
            _as_woman(cue.group(), given_at[(start, end)])
            if owned:
                _take_brothers_surname(text[cue.start() : start], given_at[(start, end)])
            out += _listed_after(text, end, taken, given_at)
            continue
        if overlaps(start, end, taken):
            continue
        given, gender = lemma_given(word)
        if fold(word) in stopwords() or (
            gender is None and text[end : end + 1] in APOSTROPHES and is_place(word)
        ):
            continue  # "Babası Allah'a şükretti", "Annesi Türkiye'de yaşıyor"
        if gender is None:  # "əri Samirlə birlikdə": a Turkic case ending on the name
            given, gender = lemma_given_turkic(word)
        # a name no list knows counts between commas ("Мать Гасанбекова, Патимат,")
        set_off = match.group(1) == "," and match.group(3) == ","
        # or a name marked as one: a case ending after an apostrophe ("annesi Martine'de"),
        # a courtesy after it ("Atası Ağası əmi")
        marked = not match.group(1) and (
            text[end : end + 1] in APOSTROPHES or _COURTESY_AFTER.match(text, end) is not None
        )
        if gender is not None or (
            (set_off or marked) and not is_place(word) and fold(word) not in stopwords()
        ):
            made = NameMention(start, end, word, "given", (given,), gender, standalone=True)
            if owned:
                _take_brothers_surname(text[cue.start() : start], made)
            elif cue.end() == start - 1:
                _take_owners_surname(text, cue.start(), names, made)
            out.append(made)
            out += _listed_after(text, end, taken, given_at)
    out += _apposed_given_names(text, taken, given_at)
    given_by_construction(text, [*names, *out])
    return out


# Someone the text introduces, then names by the given name alone in apposition: "a young
# Tajik woman, Mohira, shared her tent", "Evde bir Kosovalı vardı, Driton.", "bir qadın
# var idi, Səbinə.": a person of their own (a known given name only).
_APPOSED: Final = re.compile(
    r"(?:\b(?:vardı|var idi|vardır)|\b(?:woman|man|girl|boy|widow|teenager|kadın|adam|qadın|"
    rf"kişi|oğlan)),\s+([{UPPER}][{LOWER}]+)(?=[,.;:!?])"
)
_APPOSED_GATE: Final = ("vardı", "var idi", "vardır", "woman, ", "man, ", "girl, ", "boy, ")


def _apposed_given_names(
    text: str, taken: list[tuple[int, int]], given_at: dict[tuple[int, int], NameMention]
) -> list[NameMention]:
    if not any(word in text for word in _APPOSED_GATE):
        return []  # a cheap test first: most texts introduce no one so
    out = []
    for match in _APPOSED.finditer(text):
        start, end = match.span(1)
        if (start, end) in given_at:
            given_at[(start, end)].standalone = True
            continue
        given, gender = lemma_given(match.group(1))
        if gender is not None and not overlaps(start, end, taken):
            out.append(NameMention(start, end, match.group(1), "given", (given,), gender))
            out[-1].standalone = True
    return out


_WOMEN_KIN: Final = frozenset(("мать", "жена", "вдова", "дочь", "сестра", "супруга", "матери"))


def _as_woman(kin: str, mention: NameMention) -> None:
    """ "Мать братьев, Малика,": a woman's name read as a man's genitive (Малик) is hers."""
    if mention.gender != "m" or fold(kin) not in _WOMEN_KIN:
        return
    given, gender = lemma_given(mention.text, "f")
    if gender == "f":
        mention.words, mention.gender = (given,), gender


# "Старший брат Алиева, Магомед,", "сын Гасанова, Ислам,": a brother, son or father of
# a man named by his surname in the genitive bears that surname
_MALE_KIN_OF: Final = re.compile(
    r"^(?:брат|брата|брату|братом|сын|сына|сыну|сыном|отец|отца|отцу|отцом)\s+"
    r"([А-ЯЁ][а-яё]{2,}(?:ова|ева|ёва|ина|ына))\s*,",
    re.IGNORECASE,
)


def _take_brothers_surname(kin_phrase: str, mention: NameMention) -> None:
    found = _MALE_KIN_OF.match(kin_phrase.strip())
    if found is None or mention.gender != "m":
        return
    surname = found.group(1)[:-1]  # the man's genitive: Алиева → Алиев
    mention.kind, mention.words = "full", (mention.words[0], surname)


# "His younger brother Anar", "Her son Arben", "её сын Ислам": a man's son, brother or
# father, named by his given name right after the pronoun for the person last named,
# bears that person's surname (a woman's in its man's form: Talibova → Talibov).
_OWNED_KIN: Final = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er)(?:\s+(?:younger|elder|older|eldest|youngest|little|big|twin))?"
    r"\s+(?:son|brother|father)"
    r"|(?<!\w)(?:[Ее]го|[Ее]ё|[Ее]е)(?:\s+(?:младший|старший))?\s+(?:сын|брат|отец)"
    # a man's in the other cases too ("его сына Бахтиёра больше нет"); a woman's son so
    # named ("её сына Тимура вернули") is often not given her name
    r"|(?<!\w)[Ее]го(?:\s+(?:младш|старш)\w{2,3})?\s+"
    r"(?:сына|сыну|сыном|брата|брату|братом|отца|отцу|отцом))$"
)


def _take_owners_surname(
    text: str, cue_start: int, names: Sequence[NameMention], mention: NameMention
) -> None:
    if mention.kind != "given" or mention.gender != "m":
        return
    found = _OWNED_KIN.search(text, max(0, cue_start - 24), mention.start - 1)
    if found is None:
        return
    before = [n for n in names if n.end <= found.start() and n.kind != "given"]
    owner = max(before, key=lambda n: n.end, default=None)
    if owner is None or owner.kind != "full" or len(owner.words) < 2:
        return
    pronoun = found.group().split()[0].lower()
    if owner.gender is not None and owner.gender != ("m" if pronoun in ("his", "его") else "f"):
        return  # "his brother" after a woman's name: someone between them
    if "\n\n" in text[owner.end : found.start()]:
        return  # another paragraph: the pronoun may be anyone's
    surname = male_surname(owner.words[-1], owner.gender)
    mention.kind, mention.words = "full", (mention.words[0], surname)


def _listed_after(
    text: str, pos: int, taken: list[tuple[int, int]], given_at: dict[tuple[int, int], NameMention]
) -> list[NameMention]:
    """Known given names that follow a relative's in a list ("… и Асиёй")."""
    out = []
    while (nxt := _AND_NEXT.match(text, pos)) is not None:
        start, end = nxt.span(1)
        pos = end
        if (start, end) in given_at:
            given_at[(start, end)].standalone = True
            continue
        given, gender = lemma_given(nxt.group(1))
        if gender is None or overlaps(start, end, taken):
            break
        out.append(
            NameMention(start, end, nxt.group(1), "given", (given,), gender, standalone=True)
        )
    return out


_WORD_BEFORE_COURTESY: Final = re.compile(rf"({CAP_WORD})\s+$")


def _courted_name(text: str, courtesy: int, taken: list[tuple[int, int]]) -> list[NameMention]:
    """The given name before a courtesy after a kin word, known or not ("Annesi Saniye
    Hanım"): a courtesy follows a person's given name only."""
    found = _WORD_BEFORE_COURTESY.search(text, max(0, courtesy - 30), courtesy)
    if found is None or overlaps(found.start(1), found.end(1), taken):
        return []
    word = found.group(1)
    if is_place(word) or fold(word) in stopwords():
        return []
    given, gender = lemma_given(word)
    return [
        NameMention(
            found.start(1), found.end(1), word, "given", (given,), gender or "f", standalone=True
        )
    ]


# A given name the text presents as a name ("Ömer isimli biri", "Rəşad adlı gənc", "a man
# named Tariq", "парень по имени Ислам"): someone, though named by that word alone, and
# though a village somewhere bears it.
_NAMED_GIVEN: Final = re.compile(
    rf"(?<![\w-])({CAP_WORD})\s+(?:{'|'.join(NAMING_AFTER)})(?![\w-])"
    rf"|(?:{'|'.join(NAMING_BEFORE)})\s+({CAP_WORD})(?![\w-])"
)


_NAMING_BEFORE_AT: Final = Occurrences(NAMING_BEFORE)
_NAMING_AFTER_AT: Final = Occurrences(NAMING_AFTER)


def _named_places(text: str) -> list[int]:
    """Where a match of _NAMED_GIVEN may start: at a word naming the name after it, or
    at a capitalised word before the spaces before a word naming the name before it
    ("Rəşad adlı"): the regex opens with a look-behind, which `re` tries everywhere."""
    low = folded(text)
    places = _NAMING_BEFORE_AT.find(text, low, 0, len(text))
    for at in _NAMING_AFTER_AT.find(text, low, 0, len(text)):
        places += before_space(text, at, 0)
    return sorted(set(places)) if len(places) > 1 else places


def named_given_names(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """Given names so presented: those found are marked as persons, the others made."""
    places = _named_places(text)
    if not places:
        return []
    at = {(n.start, n.end): n for n in names}
    taken = list(at)
    out = []
    for match in finditer_at(_NAMED_GIVEN, text, places, 0, len(text)):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        word = match.group(group)
        given, gender = lemma_given(word)
        if (start, end) in at:
            at[(start, end)].standalone = at[(start, end)].kind == "given"
        elif overlaps(start, end, taken):
            continue
        elif gender is not None or _pseudonym(text, start, word):
            out.append(NameMention(start, end, word, "given", (given,), gender, standalone=True))
    return out


# "who asked to be identified only as Nderim": a name of the person's own choosing, known
# to no list; any capitalised word that is no place or common word
_ONLY_AS: Final = re.compile(r"\b(?:identified|known)\s+only\s+as\s+$")


def _pseudonym(text: str, start: int, word: str) -> bool:
    if _ONLY_AS.search(text, max(0, start - 24), start) is None:
        return False
    return not is_place(word) and fold(word) not in stopwords()


# A nom de guerre in quotes after an office ("IŞİD-K yöneticisi “Mullo Sadriddin”",
# "the group's emir “Abu Layth”", "главарь «Амир Сайфулла»"): a person so named.
_ROLE_QUOTED: Final = re.compile(
    rf"([^\W\d_]+)\s+[“\"«„]({CAP_WORD}(?:\s+{CAP_WORD}){{0,3}})[”\"»“]"
)


_OPENING_QUOTE: Final = re.compile('[“"«„]')
_LETTER: Final = re.compile(r"[^\W\d_]")


def _role_quoted_matches(text: str) -> list[re.Match[str]]:
    """`_ROLE_QUOTED.finditer(text)`, found from the opening quotes: the pattern opens
    with a word, and `re` would read each word from each of its letters. Before a quote
    only spaces then the word can stand, so the match starts where that word does (or
    where the match before ended, inside it)."""
    out: list[re.Match[str]] = []
    pos = 0
    for quote in _OPENING_QUOTE.finditer(text):
        at = quote.start()
        if at < pos + 2:
            continue  # no room for a word and a space after the match before
        space = at
        while space > pos and text[space - 1].isspace():
            space -= 1
        word = space
        while word > pos and _LETTER.match(text, word - 1) is not None:
            word -= 1
        if space == at or word == space:
            continue
        found = _ROLE_QUOTED.match(text, word)
        if found is not None:
            out.append(found)
            pos = found.end()
    return out


def role_quoted_names(
    text: str, names: Sequence[NameMention], blocked: Sequence[tuple[int, int]]
) -> list[NameMention]:
    """See `_ROLE_QUOTED`; `blocked` spans (groups) are nobody's name."""
    if not any(q in text for q in '“"«„'):
        return []
    taken = [(n.start, n.end) for n in names] + list(blocked)
    out = []
    for match in _role_quoted_matches(text):
        start, end = match.span(2)
        if fold(match.group(1)) not in roles() or overlaps(start, end, taken):
            continue
        words = match.group(2).split()
        if len(words) < 2 or any(fold(w) in stopwords() for w in words):
            continue  # one word is a nickname at most; "Nusra Cephesi" no one's name
        out.append(
            NameMention(start, end, match.group(2), "quoted", tuple(words), "m", confidence=0.6)
        )
    return out


# A spouse named by a given name alone in the words of marriage: "Konyalı Büşra ilə İdlibdə
# evlənir", "Zeynep ile evlendi", "married Amina in Raqqa", "женился на Марьям", "вышла
# замуж за Ислама": someone, as a relative is
_MARRIED: Final = re.compile(
    rf"(?<![\w-])({CAP_WORD})\s+(?:ilə|ile|la|lə|le)\s+(?:[^\s.,;]+\s+){{0,2}}?evl[əe]n"
    rf"|(?:[Mm]arried|marriage to|[Жж]енился на|[Жж]енат на|[Вв]ышла замуж за"
    rf"|[Вв]зял в ж[её]ны)\s+({CAP_WORD})(?![\w-])(?!\s+[{UPPER}])"
)


_MARRIED_NEEDLES: Final = Needles(_MARRIED)


def married_given_names(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """Spouses so named: those found as given names are marked, the others made."""
    if not any(w in text for w in ("evl", "marri", "жени", "женат", "замуж", "жён", "жен")):
        return []
    if not _MARRIED_NEEDLES.may_match(folded(text), 0, len(text)):
        return []  # "жен" of "женщина": the regex would run over the whole text for none
    at = {(n.start, n.end): n for n in names}
    taken = list(at)
    out = []
    for match in _MARRIED.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        word = match.group(group)
        if not word[:1].isupper():
            continue
        if (start, end) in at:
            at[(start, end)].standalone = at[(start, end)].kind == "given"
            continue
        given, gender = lemma_given(word)
        if gender is None:
            given, gender = lemma_given_turkic(word)
        if gender is not None and not overlaps(start, end, taken):
            out.append(NameMention(start, end, word, "given", (given,), gender, standalone=True))
    return out
