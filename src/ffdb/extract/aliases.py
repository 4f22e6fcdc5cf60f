"""Aliases declared by the text: "X aka Y", "X (also known as Y)", "Y lakaplı X",
"X по прозвищу Y", "Abu Y al-Z (X)".

An alias runs from its cue to the closing quote or bracket, a comma, a full stop, or
the first lower-case word that is not the second word of a kunya ("aka Ebu zer"); at
most five words. Titles the text writes stay in the alias ("aka Emir Ebu Omer"): an
alias is kept as written.

The owner of an `after` cue is the nearest name before it in the same sentence, with
no other name between and at most a dozen words ("Kamil Ibragimov, a Dagestani militant
who fought under the nom de guerre Abu Bakr"), unless an indefinite noun phrase stands
right before the cue ("an Arab known as “Dr. Muhammed”": the alias names that other
person). The owner of a `before` cue is the first name after it, with at most an age, a
nationality and a few lower-case words between ("“Hudeyfe” olarak bilinen Özbek militan
Şerzod Rahimov"). A real-name cue opening a sentence gives the name after it the last
kunya of the sentence before ("… Ebu Hamza et-Türki şehadete ulaştı. Asıl adı Ömer
Aydemir olan kardeşimiz …"). An alias without an owner names a person of its own.

Two names side by side, one in brackets, are one person: the kunya is the alias
("Abu Yusuf al-Azeri (Rasim Bagirzade)"), or else the name in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from ffdb.extract.forms import is_kunya_particle, is_nisba
from ffdb.extract.geo import is_place
from ffdb.extract.lexicon import FEAST, alternation, cues, nationalities, roles
from ffdb.extract.people import NameMention
from ffdb.extract.people_alias_cues import (
    EXTRA_CUES,
    leader_before,
    newcomer_before,
    opens_without_subject,
)
from ffdb.extract.people_alias_named import (
    alternative_before,
    called_to,
    kunya_by_instrumental,
)
from ffdb.extract.people_alias_pairs import (
    AliasLink,
    bracketed,
    dashed,
    is_real_name_cue,
    kunya_of_sentence_before,
    maiden,
)
from ffdb.extract.people_identities import identified, real_name_before
from ffdb.extract.people_places import is_demonym
from ffdb.extract.people_words import split_run
from ffdb.extract.scan import CueScanner
from ffdb.extract.tokens import fold

EXTRACTOR: Final = "alias_rules.v1"


@cache
def _cue_regex() -> CueScanner:
    listed = [(c.where, c.pattern) for c in cues() if c.kind == "alias"]
    pairs = [(f"{where}{i}", pattern) for i, (where, pattern) in enumerate([*listed, *EXTRA_CUES])]
    # "before" cues first: "kod adıyla bilinen" must win over the "after" cue "kod adıyla"
    pairs.sort(key=lambda pair: not pair[0].startswith("before"))
    return alternation(pairs)


_OPEN: Final = "“\"«„‘'("
_CLOSE: Final = "”\"»“’')"
# a stop after a one-letter abbreviation ("1990 г. р.", "J. Smith") ends no sentence
_SENTENCE_END: Final = re.compile(r"(?<![\W\d_][^\W\d_])[.!?]\s|[\n;]")
_MAX_GAP_WORDS: Final = 32
# "an Arab known as", "a man nicknamed": the alias belongs to that noun phrase
_INDEFINITE_BEFORE: Final = re.compile(
    r"(?:^|[\s,(])(?:an?|one|another|some|bir|некий|некто|один)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"[\s,(]*$",
    re.IGNORECASE,
)
# "X, a Kumyk from Buynaksk nicknamed Y": the indefinite noun phrase describes X
_APPOSITION: Final = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:an?|one)\s+[^,;.()]*$", re.IGNORECASE
)
_AGE: Final = re.compile(r"^\d{1,2}(?:[\s-]*(?:yaşlı|yaşındaki|yaşında|летний|летняя|year-old))?$")
_MAX_BEFORE_GAP: Final = 4
_STOP: Final = re.compile(r"[,;.:!?)\]\n”»\"]|\s[–—-]\s")


def find_aliases(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    out: list[AliasLink] = []
    for match in _cue_regex().finditer(text):
        where = "after" if match.lastgroup and match.lastgroup.startswith("after") else "before"
        if where == "after" and kunya_by_instrumental(text, match, names):
            where = "before"
        link = _after(text, match, names) if where == "after" else _before(text, match, names)
        if link is not None and FEAST.search(link.text):
            continue  # "..., yani Kurban Bayramı'nın ilk günü": a day, no one's alias
        if link is not None and link.owner is None:
            link.owner = _identified_later(text, link.end, names)
        if link is not None:
            out.append(link)
            if where == "before":
                earlier = alternative_before(text, link.start)
                if earlier is not None:
                    out.append(
                        AliasLink(*earlier, text[earlier[0] : earlier[1]], link.owner, *earlier)
                    )
            more = _alternative(text, link.end) if where == "after" else None
            if more is not None:
                out.append(AliasLink(*more, text[more[0] : more[1]], link.owner, link.end, more[0]))
    said_to_be = identified(text, names)
    owners = {link.start: link.owner for link in said_to_be}
    for link in out:
        if link.owner is None and link.start in owners:
            # "под именем Абу Муслим скрывался Ахмед Дадаев": the cue gave the alias, the
            # identification whose it is
            link.owner = owners[link.start]
    taken = [(link.start, link.end) for link in out]
    out.extend(
        link
        for link in (
            *bracketed(text, names),
            *dashed(text, names),
            *said_to_be,
            *maiden(text, names),
            *_called(text, names),
            *called_to(text, names),
        )
        if not any(s < link.end and link.start < e for s, e in taken)
    )
    return out


# "ona orada “Əbu Bəkr” deyirdilər", "kendine Ebu Ubeyde derdi", "adını Yunus
# koymuştu": the alias between the one it is said to and the verb of saying or naming
_NAME_WORD: Final = r"(?:[A-ZÇĞİÖŞÜƏ][\w’'-]+|[a-zə]{1,2}[-‐][A-ZÇĞİÖŞÜƏ][\w’'-]+)"
_CALLED: Final = re.compile(
    r"(?<![\w-])(?:ona|onu|kendine|kendisine|özünə|adını|ismini|ləqəbini|lakabını)\s+"
    r"(?:(?:orada|orda|burada|sonra|da|də|de)\s+)?"
    rf"(?:[“\"«„](?P<quoted>[^”\"»“\n]{{2,40}})[”\"»“]|(?P<bare>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))"
    r"\s+(?:deyirdilər|deyirlər|deyərdilər|deyirdi|deyir|derdi|derlerdi|diyorlardı|diyordu"
    r"|diyorlar|der|derler|deyib|deyiblər|dedi|dedilər|deyirmiş|deyirmişlər|demiş|demişti"
    r"|dediler|diyormuş|derlermiş|koy(?:muş|du|muştu|muşlar|dular|muşlardı)|qoy(?:ub|ublar|muşdu|du"
    r"|dular|muşdular))(?![\w-])"
)


_CALLED_WORDS: Final = (
    "ona ",
    "onu ",
    "kendi",
    "özünə",
    "adını ",
    "ismini ",
    "ləqəbini ",
    "lakabını ",
)


def _called_matches(text: str) -> list[re.Match[str]]:
    """`_CALLED` tried only where one of its opening words stands."""
    out = []
    for word in _CALLED_WORDS:
        at = text.find(word)
        while at >= 0:
            found = _CALLED.match(text, at)
            if found is not None:
                out.append(found)
            at = text.find(word, at + 1)
    return sorted(out, key=lambda m: m.start())


def _called(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    if not any(cue in text for cue in _CALLED_WORDS):
        return []  # most texts hold none of the words that open the phrase
    out = []
    for found in _called_matches(text):
        group = "quoted" if found.group("quoted") else "bare"
        start, end = found.span(group)
        owner = _owner_before(text, found.start(), names)
        if owner is None:
            owner = _owner_of_subjectless(text, start, found.end(), names)
        out.append(AliasLink(start, end, text[start:end], owner, found.start(), start))
    return out


# "... a man calling himself “Abu Sufyan”. Officers believe that man is Tariq Aslam": the
# alias of someone unnamed, whom the next sentence identifies.
# Also "söz konusu kişi Adıyamanlı Emre Kılınç.", "Həmin şəxs Lənkəranlı Cavid
# Əlizadədir", "Этим человеком оказался Ислам Бетиев", "Elanda onun adı Tural Rzayev",
# one of the next two sentences.
_THAT_MAN: Final = re.compile(
    r"(?<![\w-])(?:(?:that|this|the same) (?:man|person|fighter|recruiter) (?:is|was)|"
    r"söz konusu (?:kişi|şahıs|militan)|həmin şəxs|sözügedən şəxs|"
    r"этим (?:человеком|боевиком) оказался)\s+(?:[^\W\d_]+\s+)?$",
    re.I,
)
# the sentence ends on the name (or its copula), or an apposition follows ("Sajid Khan,
# 31, from Ilford"): said to be him, not "Həmin şəxs Rauf Əliyev ilə birlikdə ..."
_NAME_CLOSES: Final = re.compile(r"(?:['’]?[dt][ıiuü]r)?\s*(?:[.;!,(]|$)", re.M)


def _identified_later(text: str, alias_end: int, names: Sequence[NameMention]) -> int | None:
    stop = _SENTENCE_END.search(text, alias_end)
    if stop is None:
        return None
    for _ in range(2):
        nxt = _SENTENCE_END.search(text, stop.end())
        while nxt is not None and not text[stop.end() : nxt.start()].strip():
            nxt = _SENTENCE_END.search(text, nxt.end())  # (past the blank line of a paragraph)
        end = nxt.start() if nxt else len(text)
        for i, name in enumerate(names):
            ahead = stop.end() <= name.start < end and name.kind in ("full", "titled")
            if ahead and (
                (
                    _THAT_MAN.search(text, max(0, name.start - 45), name.start)
                    and _NAME_CLOSES.match(text, name.end)
                )
                or real_name_before(text, name.start)
            ):
                return i
        if nxt is None or any(stop.end() <= n.start < end for n in names):
            return None  # (past a sentence naming someone else, no further)
        stop = nxt
    return None


def _after(text: str, match: re.Match[str], names: Sequence[NameMention]) -> AliasLink | None:
    span = _extent_forward(text, match.end())
    if span is None:
        return None
    start, end = span
    more = _alternative(text, end)
    end = more[1] if more else end  # the owner stands after the last of them
    owner = _owner_before(text, match.start(), names)
    if owner is None and _opens_sentence(text, match.start()):
        owner = _owner_after_alias(text, end, names)
        if owner is None and _PRONOUN_AFTER_ALIAS.match(text, end):
            # "Known to his comrades as Abu Hafs, he first fought with ...": the man the
            # pronoun stands for, named in the sentence before
            owner = _owner_of_subjectless(text, match.start(), end, names)
    if owner is None:
        owner = _owner_of_pronoun(text, match.end(), names)
    if owner is None and (
        (_opens_sentence(text, match.start()) and match.group()[:1].isupper())
        or _SHORT_PREDICATE.match(match.group())
        or _SHORT_PREDICATE_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ):
        # "Известен под именем «Абу Абдулла Узбеки»", "В рядах ИГ известен под кунъей …":
        # no subject, the man just named
        owner = _owner_of_subjectless(text, start, end, names)
    if owner is None and opens_without_subject(text, match.start()):
        # "3. YULDASHEV Botir, born 1989. Member of Imam Bukhari Jamaat, known as …",
        # "August 2013 — Joins Jabhat al-Nusra and takes the kunya …": a list entry or a
        # timeline speaks of its person without naming him again
        owner = _owner_of_subjectless(text, start, end, names)
    end = span[1]
    worldly = _worldly_name(start, match, names, owner)
    if worldly is not None:
        return worldly
    return AliasLink(start, end, text[start:end], owner, match.start(), match.end())


# a Russian short adjective has its subject in the nominative: none named, the person
# the sentence before spoke of
_SHORT_PREDICATE: Final = re.compile(r"(?:известен|известна|известны)\s", re.IGNORECASE)
_SHORT_PREDICATE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:известен|известна|известны)\s+$", re.IGNORECASE
)

_WORLDLY: Final = re.compile(r"dunya|dünya|в миру", re.IGNORECASE)


def _worldly_name(
    start: int, match: re.Match[str], names: Sequence[NameMention], owner: int | None
) -> AliasLink | None:
    """ "our brother Abu Ayyub al-Almani, known in the dunya as Marcel Brenner": the
    worldly name is his own, the kunya before it the alias."""
    if owner is None or not _WORLDLY.search(match.group()) or names[owner].kind != "kunya":
        return None
    named = next((i for i, n in enumerate(names) if n.start == start and n.kind == "full"), None)
    if named is None:
        return None
    kunya = names[owner]
    return AliasLink(kunya.start, kunya.end, kunya.text, named, match.start(), match.end())


# A second alias after the first: "known as “Abdullah al-Beljiki” or “Abu Abdullah”",
# "Known there as Abu Bakr al-Kosovi and to childhood friends as “Beni”": quoted, or a
# kunya, so that "known as Abu Hafs and Rustam Aliyev" keeps Rustam Aliyev a person
_ALTERNATIVE: Final = re.compile(
    r"[”\"»“’]?\s*,?\s+(?:or|and|или|либо|ya da|veya|və ya|yaxud)\s+"
    r"(?:(?:to|among|by|in|for|у|среди|в)\s+[\w ’']{1,40}?\s+(?:as|как)\s+)?"
    r"(?=[“\"«„]|(?:Abu|Ebu|Əbu|Абу|Umm|Ümmü|Умм)\s)"
)


def _alternative(text: str, end: int) -> tuple[int, int] | None:
    found = _ALTERNATIVE.match(text, end)
    return _extent_forward(text, found.end()) if found else None


# "He was known in Syria as ...", "In Syria he used the name ...", "Он был известен как":
# a subject pronoun in the cue's sentence, no name in it, speaks of the last person named.
# Object pronouns count when the cue holds them: "his comrades called him", "его знают
# под прозвищем", "ona ... deniyordu".
_PRONOUN: Final = re.compile(
    r"(?:^|\s)(?:he|she|him|он|она|o|ona|onu|(?:его|её|ее)(?=\s+(?:зна|назы|зва|зов|прозв|помн|вспомин))"
    r"|(?:звали|зовут|называли|называют|прозвали|помнят|помнили|вспоминают)\s+(?:его|её|ее))"
    r"(?=[\s,])",
    re.IGNORECASE,
)
_MAX_PRONOUN_REACH: Final = 400


def _owner_of_pronoun(text: str, cue: int, names: Sequence[NameMention]) -> int | None:
    begin = max(text.rfind(". ", 0, cue), text.rfind("\n", 0, cue), 0)
    pronoun = _PRONOUN.search(text[begin : cue + 1])
    if not pronoun:
        return None
    gender = _pronoun_gender(pronoun.group())
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end > cue:
            continue
        if name.end > begin or cue - name.end > _MAX_PRONOUN_REACH:
            return None  # a name in the sentence itself, or too far back
        if gender and name.gender and name.gender != gender:
            continue  # "… — вспоминает Хава. … Там его знали как Абу Мухаммада": her husband
        return i if name.kind in ("full", "titled", "surname", "given") else None
    return None


def _pronoun_gender(pronoun: str) -> str | None:
    words = set(pronoun.lower().split())
    if words & {"he", "him", "он", "его"}:
        return "m"
    if words & {"she", "her", "она", "её", "ее"}:
        return "f"
    return None


_PRONOUN_AFTER_ALIAS: Final = re.compile(
    r"[\s”\"»’')]*(?:,\s*(?:he|she|он|она|o)|\s+(?:he|she|он|она))(?![\w-])", re.IGNORECASE
)


def _opens_sentence(text: str, pos: int) -> bool:
    lead = _BROTHER_LEAD.search(text, max(0, pos - 20), pos)
    if lead is not None:
        pos = lead.start()  # "The brother, whose name before hijrah was X"
    before = text[max(0, pos - 3) : pos].rstrip(" \u00a0")
    return not before or before[-1] in ".!?\n"


# a martyr notice's subject before its real-name cue
_BROTHER_LEAD: Final = re.compile(r"(?:The|Our) (?:brother|sister),?\s+$")


def _owner_after_alias(text: str, alias_end: int, names: Sequence[NameMention]) -> int | None:
    """ "Known to his comrades as “the Engineer”, Bagirov ran ...": the name right after."""
    for i, name in enumerate(names):
        if name.start >= alias_end:
            gap = text[alias_end : name.start]
            return i if re.fullmatch(r"[\s”\"»’')]*,\s*", gap) else None
    return None


def _owner_before(text: str, cue: int, names: Sequence[NameMention]) -> int | None:
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end > cue:
            continue
        gap = text[name.end : cue]
        if _SENTENCE_END.search(gap) or len(gap.split()) > _MAX_GAP_WORDS:
            return None
        if gap.strip(" ,(") and _INDEFINITE_BEFORE.search(gap) and not _APPOSITION.match(gap):
            return None
        if newcomer_before(gap):
            return None  # "Закирова завербовал выходец из Нижнекамска, известный под …"
        return i
    return None


def _before(text: str, match: re.Match[str], names: Sequence[NameMention]) -> AliasLink | None:
    first = next((i for i, n in enumerate(names) if n.start >= match.end()), None)
    owner = None
    finite = _ENDS_CLAUSE.match(text, match.end()) is not None
    if (
        first is not None
        and names[first].kind != "nisba"  # "… ləqəbi ilə Rəqqə və Deyr əz-Zor": a place
        and _before_gap_ok(text[match.end() : names[first].start])
    ):
        owner = first
    elif finite:
        # verb-final: "Hasan Yıldız, örgüt içinde Ebu Talha kod adıyla biliniyordu",
        # "Orada o, Əbu Həmzə ləqəbi ilə tanınırdı": the subject stands before the alias
        owner = _owner_before_alias(text, match.start(), names)
    if _POSSESSIVE.search(text[max(0, match.start() - 20) : match.start()]):
        return _named_before(text, match, names, owner)
    if is_real_name_cue(match.group()) and _opens_sentence(text, match.start()):
        return kunya_of_sentence_before(text, match.start(), match.end(), names, owner)
    span = _extent_backward(text, match.start())
    if span is None:
        return None
    start, end = span
    if text.endswith(("'s", "’s"), start, end):
        # "I never learned Tiny's real name": the alias of whoever the name after is
        return AliasLink(start, end - 2, text[start : end - 2], owner, match.start(), match.end())
    if owner is None:
        # "Sadıqlı Tural Vaqif oğlu (1995-ci il təvəllüdlü) isə "Əbu Talha" ləqəbi ilə ...",
        # "Əzizov Orxan Namiq oğlu, "Əbu Dücanə" ləqəbli — ...": the name right before
        owner = _owner_close_before(text, start, names)
    if owner is None and (finite or not _ATTRIBUTIVE.search(match.group())):
        # a clause ending in the cue has its verb there ("“Süleyman” adını aldı."), so
        # the cue describes no noun after it
        owner = _owner_of_subjectless(text, start, match.end(), names)
    return AliasLink(start, end, text[start:end], owner, match.start(), match.end())


# Between a name and its alias: brackets (a birth year, an age), commas, "isə"/"ise"
_CLOSE_GAP: Final = re.compile(
    r"(?:\s*(?:isə|ise)(?=[\s,(]))?(?:\s*\([^()\n]{0,40}\))?\s*,?\s*(?:(?:isə|ise|da|də|de)\s*,?\s*)?[“\"«„]?$"
)


def _owner_close_before(text: str, alias_start: int, names: Sequence[NameMention]) -> int | None:
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= alias_start:
            close = _CLOSE_GAP.fullmatch(text, name.end, alias_start) is not None
            return i if close and name.kind in ("full", "titled", "surname") else None
    return None


# "lakaplı", "ləqəbli", "bilinen", "tanınan": the cue describes a noun after it ("“Əbu
# Əyyub” ləqəbli bir nəfər"), which names the alias's owner, if anyone
_ATTRIBUTIVE: Final = re.compile(r"(?:l[ıiuü]|[ae]n|ən|[ıiuü]n|an|dı|di|yan|yən)$", re.IGNORECASE)


def _owner_of_subjectless(
    text: str, alias_start: int, cue_end: int, names: Sequence[NameMention]
) -> int | None:
    """Azerbaijani and Turkish drop the subject: in "4. Kamran Rəhimli (1994, Qusar).
    "Əbu Əbdürrəhman" ləqəbi ilə İŞİD sıralarında döyüşüb." the sentence names nobody
    but its alias, and speaks of the person named just before it."""
    begin = max(text.rfind(". ", 0, alias_start), text.rfind("\n", 0, alias_start), 0)
    stop = _SENTENCE_END.search(text, cue_end)
    end = stop.start() if stop else len(text)
    others = [
        i
        for i, n in enumerate(names)
        if begin <= n.start < end and not alias_start <= n.start < cue_end
    ]
    # nisbas alone ("Deyr əz-Zor") and given names no one vouched for are no persons
    others = [i for i in others if names[i].kind != "nisba" and not _unvouched(names[i])]
    if others:
        # the sentence names one person, by a full name or surname, and nobody else
        # ("İddianamede, Halil Durmaz'ın … “Ebu Bekir” kod adıyla faaliyet yürüttüğü
        # belirtildi"): the alias is that person's; with several, not ours to guess
        persons = {_words_of(names[i]) for i in others}
        lone = len(persons) == 1 and all(names[i].kind in ("full", "surname") for i in others)
        if lone:
            return others[0]
        # "Savcı Nuri Çetin tarafından hazırlanan iddianamede, Mahmut Aksoy'un … “Ebu
        # Talha” kod adıyla faaliyet yürüttüğü belirtildi": the genitive is the subject
        subjects = [
            i
            for i in others
            if names[i].end <= alias_start and _GENITIVE_AFTER.match(text, names[i].end)
        ]
        return subjects[0] if len({_words_of(names[i]) for i in subjects}) == 1 else None
    if leader_before(text, begin, alias_start):
        return None  # "Birimin komutanı ise “Ebu Enes” olarak biliniyor": someone else
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= begin:
            if name.kind == "given" and not name.standalone:
                continue  # "Anne, ben Şam'dayım": a word read as a name, no one's name
            near = begin - name.end <= _MAX_PRONOUN_REACH
            # "… “Əbu Turab” ləqəbini götürüb. Dostları arasında isə “Tuti” deyə
            # tanınırmış": a kunya last named stands for its bearer
            return i if near and name.kind in ("full", "titled", "surname", "kunya") else None
    return None


_GENITIVE_AFTER: Final = re.compile(r"['’]n?[ıiuü]n(?![\w'’])")


def _unvouched(name: NameMention) -> bool:
    return name.kind == "given" and not name.standalone


def _words_of(name: NameMention) -> str:
    """The surname a mention ends in, folded: one person's mentions share it."""
    return fold(name.words[-1]) if name.words else ""


_ENDS_CLAUSE: Final = re.compile(r"\s*(?:\w+\s*)?(?:[.;!?]|\n|$|,?\s*(?:ve|və|и|and)\s)")


def _owner_before_alias(text: str, cue: int, names: Sequence[NameMention]) -> int | None:
    """The name the clause ending in a cue speaks of: one before the alias in the same
    sentence, else the person a subject pronoun there stands for."""
    alias = _extent_backward(text, cue)
    before = alias[0] if alias is not None else cue
    earlier = alternative_before(text, before)
    before = earlier[0] if earlier is not None else before
    begin = max(text.rfind(". ", 0, before), text.rfind("\n", 0, before), 0)
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= before and name.start >= begin:
            # "Thomas'ı oradakiler “Ebu Musa” diye çağırıyormuş": a given name will do
            return i if name.kind in ("full", "titled", "surname", "given") else None
    return _owner_of_pronoun(text, before, names)


# "His real name was Rauf Mirzayev", "Onun əsl adı", "Его настоящее имя"
# (a martyr notice's "our brother's": "Ebu Talha kardeşimizin dünyadaki ismi X idi")
_POSSESSIVE: Final = re.compile(
    r"(?:^|\s)(?:his|her|its|onun|его|её|ее|kardeşimizin|qardaşımızın)\s*$", re.IGNORECASE
)


def _named_before(
    text: str, match: re.Match[str], names: Sequence[NameMention], owner: int | None
) -> AliasLink | None:
    """The name last used before "his real name is X" is X's alias (a kunya, mostly)."""
    if owner is None:
        return None
    previous = [n for n in names[:owner] if n.end <= match.start() and n.kind == "kunya"]
    if not previous:
        return None
    named = previous[-1]
    return AliasLink(named.start, named.end, named.text, owner, match.start(), match.end())


def _before_gap_ok(gap: str) -> bool:
    """Between a `before` cue and its owner: an age, a nationality, a few lower-case
    words ("35 yaşlı", "Özbek militan", "terör örgütü üyesi")."""
    gap = _LEADING_SET_OFF.sub("", gap)  # "kod adıyla bilinen, 1986 doğumlu", "dünyadakı adı —"
    # births set off by commas: "kod adını kullanan, 1988 doğumlu, Adıyaman doğumlu X"
    gap = _BIRTH_PIECE.sub(" ", gap)
    if re.search(r"[.,;:!?()\n]", gap):
        return False
    words = [w for w in gap.split() if w not in "—–-"]
    if len(words) > _MAX_BEFORE_GAP:
        return False
    return all(
        w[0].islower()
        or _AGE.match(w)
        or w.isdigit()
        or fold(w) in nationalities()
        or is_place(w)
        or any(is_demonym(tok, is_place) for tok in split_run(w)[:1])
        for w in words
    )


_LEADING_SET_OFF: Final = re.compile(r"^\s*[,—–]\s*|\s*[—–]\s*$")
_BIRTH_PIECE: Final = re.compile(
    r"(?:^|,)\s*(?:\d{4}|[^\W\d_]+)(?:-?[cç][iıuü] il)?\s+"
    r"(?:doğumlu|təvəllüdlü|doğumludur)\s*(?:,|$)"
)


_COPULA: Final = re.compile(
    r"\s*(?:was|is|were|—|–|:|был|была|было|idi|dir|dır|idi ki)(?=\s)", re.I
)


def _extent_forward(text: str, pos: int) -> tuple[int, int] | None:
    copula = _COPULA.match(text, pos)  # "whose kunya was Abu Salman"
    if copula:
        pos = copula.end()
    while pos < len(text) and (text[pos].isspace() or text[pos] in _OPEN):
        quoted = text[pos] in _OPEN and text[pos] != "("
        pos += 1
        if quoted:
            close = re.search(r"[”\"»“’]", text[pos : pos + 80])
            if close:
                return _tidy(text, pos, pos + close.start())
    if text.startswith(("the ", "a ", "an "), pos):
        return None
    words = list(re.finditer(r"\S+", text[pos : pos + 120]))
    end = pos
    for i, word in enumerate(words[:5]):
        token = word.group()
        stop = _STOP.search(token)
        core = token[: stop.start()] if stop else token
        if core.endswith(("'s", "’s")):
            return None  # "called him Tural Aliyev's aide": a possessive is no alias
        lower_ok = (i == 1 and is_kunya_particle(words[0].group())) or is_nisba(core)
        if core and not core[0].isupper() and not lower_ok and core[0] not in "‘ʿ":
            break
        end = pos + word.start() + len(core)
        if stop:
            break
    return _tidy(text, pos, end) if end > pos else None


def _extent_backward(text: str, pos: int) -> tuple[int, int] | None:
    # "Abu Hamza, whose real name is", "Abu Hamza (real name"
    before = text[max(0, pos - 80) : pos].rstrip(" \u00a0,(—–")
    end = max(0, pos - 80) + len(before)
    if before.endswith(tuple(_CLOSE[:-1])):
        opener = max(before[:-1].rfind(c) for c in "“\"«„‘'")
        if opener >= 0:
            return _tidy(text, max(0, pos - 80) + opener + 1, end - 1)
    words = list(re.finditer(r"\S+", before))[-4:]
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        token = word.group()
        named = token[0].isupper() or is_kunya_particle(token) or is_nisba(token)
        if not named or re.search(r"[,;.:]$", token) or _describes(token):
            break
        taken.insert(0, word)
    # unquoted, the words before a kunya are a title or a sentence's opening word
    # ("Sheikh Abu Yahya al-Azeri, whose real name is"): the alias starts at the kunya
    kunya = next((i for i, w in enumerate(taken) if is_kunya_particle(w.group())), 0)
    taken = taken[kunya:]
    if not taken:
        return None
    return _tidy(text, max(0, pos - 80) + taken[0].start(), end)


def _describes(token: str) -> bool:
    """A word that describes the one named, no alias: a relation or office ("Gelinim"),
    a nationality or demonym ("Belçikalı", "Chechen")."""
    word = fold(token)
    if word in roles() or word in nationalities():
        return True
    run = split_run(token)
    return len(run) == 1 and is_demonym(run[0], is_place)


def _tidy(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in _OPEN):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:" + _CLOSE):
        end -= 1
    if end - start < 2 or len(text[start:end].split()) > 6:
        return None
    return start, end
