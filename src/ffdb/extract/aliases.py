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
Şerzod Rahimov"). An alias without an owner names a person of its own.

Two names side by side, one in brackets, are one person: the kunya is the alias
("Abu Yusuf al-Azeri (Rasim Bagirzade)"), or else the name in brackets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ffdb.extract.forms import is_kunya_particle, is_nisba
from ffdb.extract.geo import is_place
from ffdb.extract.lexicon import alternation, cues, nationalities, roles
from ffdb.extract.people import NameMention
from ffdb.extract.people_places import is_demonym
from ffdb.extract.people_words import split_run
from ffdb.extract.scan import CueScanner
from ffdb.extract.tokens import fold

EXTRACTOR = "alias_rules.v1"


@dataclass(slots=True)
class AliasLink:
    start: int  # the alias's span
    end: int
    text: str
    owner: int | None  # index into the name mentions, or None
    cue_start: int
    cue_end: int


# Ways of giving a name that the shared cue list lacks, every tense and person of them:
# "ona “Əbu Yəhya” adını verirlər", "“Tuti” deyə tanınırmış", "“Ebu Osman” diye
# çağırıyorlarmış", "“Ümmü Meryem” adıyla tanınıyor" (the alias before), "получил имя",
# "дали ему прозвище", "звали его просто", "whom fighters call", "gave him the name",
# "called him simply" (the alias after)
_EXTRA_CUES = (
    (
        "before",
        r"(?:adını|ləqəbini|lakabını|ismini) (?:ver(?:irlər|irdilər|ərdilər|iblər|miş|mişlər|di"
        r"|diler|dilər|ir|iyorlar|iyorlardı|mişdilər)|qoy(?:ub|ublar|dular|muşdular|du)"
        r"|koy(?:du|dular|muşlar)|taktı|taktılar)"
        r"|(?:deyə|diye|kimi|olarak) (?:tanın(?:ırmış|ırdı|ır|ıb|ıyordu|ıyormuş|mış)"
        r"|çağır(?:ıyormuş|ıyorlarmış|ırmış|ırlarmış|ırlardı|ıyorlardı|ırdı|dılar|ırdılar|ıblar)"
        r"|bilin(?:ir|irdi|iyordu|irmiş)|anıl(?:ır|ırdı|ıyordu))"
        r"|(?:adıyla|adı ilə|ləqəbi ilə|lakabıyla) (?:tanınıyor|tanınır|tanınırmış|tanınıyormuş)",
    ),
    (
        "after",
        r"получил(?:а|и)? (?:имя|прозвище|кличку|позывной|куню|кунию)"
        r"|(?:дали|дал|присвоили) (?:ему |ей )?(?:имя|прозвище|кличку|позывной)"
        r"|(?:звали|зовут|называли|называют|прозвали) (?:его|её|ее)(?: просто)?"
        r"|(?:gave|give|gives|given) (?:him |her )?the (?:nick)?(?:name|kunya|nom de guerre)"
        r"|whom [\w ]{1,30}? (?:call|called|calls|knew as|know as)"
        r"|(?:called|call|calls|named) (?:him|her) (?:simply|just|only)"
        r"|(?:took|takes|take|taking) the (?:kunya|name)"
        r"|(?:известен|известна|известны) (?:как|под (?:именем|прозвищем|псевдонимом|кличкой"
        r"|ником|кунией|куней|кунией))|под (?:кунией|куней|кунъей)",
    ),
)


@cache
def _cue_regex() -> CueScanner:
    listed = [(c.where, c.pattern) for c in cues() if c.kind == "alias"]
    pairs = [(f"{where}{i}", pattern) for i, (where, pattern) in enumerate([*listed, *_EXTRA_CUES])]
    # "before" cues first: "kod adıyla bilinen" must win over the "after" cue "kod adıyla"
    pairs.sort(key=lambda pair: not pair[0].startswith("before"))
    return alternation(pairs)


_OPEN = "“\"«„‘'("
_CLOSE = "”\"»“’')"
# a stop after a one-letter abbreviation ("1990 г. р.", "J. Smith") ends no sentence
_SENTENCE_END = re.compile(r"(?<![\W\d_][^\W\d_])[.!?]\s|[\n;]")
_MAX_GAP_WORDS = 32
# "an Arab known as", "a man nicknamed": the alias belongs to that noun phrase
_INDEFINITE_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:an?|one|another|some|bir|некий|некто|один)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+"
    r"[\s,(]*$",
    re.IGNORECASE,
)
# "X, a Kumyk from Buynaksk nicknamed Y": the indefinite noun phrase describes X
_APPOSITION = re.compile(r"\s*,\s*(?:an?|one)\s+[^,;.()]*$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,2}(?:[\s-]*(?:yaşlı|yaşındaki|yaşında|летний|летняя|year-old))?$")
_MAX_BEFORE_GAP = 4
_STOP = re.compile(r"[,;.:!?)\]\n”»\"]|\s[–—-]\s")
# an apostrophe case ending and a place may stand between a name and its bracket
# ("Şerzod Nazarov'un (“Ebu Muaz”)", "Шамсиддин Рахимов из Куляба («Абу Асадулла»)"), and
# quotes inside it ("Driton Berisha (“Abu Hafs al-Kosovi”), 38")
_PAREN = re.compile(
    r"(?:['’][a-zçğıöşüə]{1,5})?(?:\s+(?:из|from)\s+[A-ZА-ЯЁ][\w-]+)?\s*\(\s*[“\"«„]?"
)
_PAREN_CLOSE = re.compile(r"[”\"»“]?\s*\)")


def find_aliases(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    out: list[AliasLink] = []
    for match in _cue_regex().finditer(text):
        where = "after" if match.lastgroup and match.lastgroup.startswith("after") else "before"
        link = _after(text, match, names) if where == "after" else _before(text, match, names)
        if link is not None and link.owner is None:
            link.owner = _identified_later(text, link.end, names)
        if link is not None:
            out.append(link)
    taken = [(link.start, link.end) for link in out]
    out.extend(
        link
        for link in (*_bracketed(text, names), *_dashed(text, names), *_maiden(text, names))
        if not any(s < link.end and link.start < e for s, e in taken)
    )
    return out


# A woman's maiden name: "Амина Муртузалиева (в девичестве Абдуллаева)", "Sarah Peeters,
# née Janssens", "Ayşe Kaya (kızlık soyadı Demir)": her given name with that surname
_MAIDEN = re.compile(
    r"[\s,(]*(?:в девичестве|урожд[её]нная|née|nee|kızlık soyadı(?:yla)?|qızlıq soyadı)"
    r"\s+([A-ZА-ЯЁÇĞİÖŞÜƏ][\w’'-]+)"
)


def _maiden(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    if not any(cue in text for cue in ("девичеств", "урожд", "née", "nee", "soyad")):
        return []
    out = []
    for i, name in enumerate(names):
        if name.kind != "full" or len(name.words) < 2:
            continue
        found = _MAIDEN.match(text, name.end)
        if found is None or found.group(1)[:1].isdigit():
            continue
        start, end = found.span(1)
        alias = f"{name.words[0]} {found.group(1)}"
        out.append(AliasLink(start, end, alias, i, found.start(), start))
    return out


# "... a man calling himself “Abu Sufyan”. Officers believe that man is Tariq Aslam": the
# alias of someone unnamed, whom the next sentence identifies.
_THAT_MAN = re.compile(
    r"(?<![\w-])(?:that|this|the same) (?:man|person|fighter|recruiter) (?:is|was)\s+$", re.I
)


def _identified_later(text: str, alias_end: int, names: Sequence[NameMention]) -> int | None:
    stop = _SENTENCE_END.search(text, alias_end)
    if stop is None:
        return None
    nxt = _SENTENCE_END.search(text, stop.end())
    end = nxt.start() if nxt else len(text)
    for i, name in enumerate(names):
        ahead = stop.end() <= name.start < end and name.kind in ("full", "titled")
        if ahead and _THAT_MAN.search(text, max(0, name.start - 30), name.start):
            return i
    return None


# the dash, after a kunya perhaps a nisba written without its article ("Абу Умар Дагестани")
_DASH = re.compile(
    r"(?P<nisba>[ \u00a0]+[A-ZА-ЯЁ][\w’'-]+[иiıy])?(?:[ \u00a0]+[—–][ \u00a0]+"
    # "Abu Ibrahim al-Beljiki — the brother Jonas Verhaegen", "— qardaşımız X"
    r"(?:(?:the |our )?brother |(?:наш )?брат |qardaşımız |kardeşimiz )?"
    # "Abu Ibrahim al-Baljiki, the Belgian brother Jens Verhoeven from Antwerp"
    r"|,[ \u00a0]+(?:the |our )?(?:[A-Z][a-z]+ )?brother[ \u00a0]+)"
)
# "Брат Увайс — Руслан Хамхоев": a brother's name among the fighters, then his own
_BROTHER_BEFORE = re.compile(r"(?:brother|брат|qardaşımız|kardeşimiz|akhi|ахи)\s+$", re.I)
_DASH_END = re.compile(r"\s*(?:[,.;:!?]|[—–]|$)")


def _dashed(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    """ "наш брат Абу Умар Дагестани — Арсен Хайбулаев, да примет его Аллах": a kunya and
    a full name set side by side by a dash, as martyr posts write them, are one man."""
    out = []
    for i, first in enumerate(names[:-1]):
        second = names[i + 1]
        dash = _DASH.match(text, first.end)
        if dash is None or dash.end() != second.start:
            continue
        kinds = (first.kind, second.kind)
        lone = first.kind in ("given", "titled") and len(first.words) == 1
        if (
            lone
            and second.kind == "full"
            and _BROTHER_BEFORE.search(text, max(0, first.start - 14), first.start)
        ):
            kinds = ("kunya", "full")  # the name he bore among them: an alias
        # "наш брат Абу Умар аш-Шишани — Асланбек Хадижиев из Урус-Мартана, 1991 г. р.":
        # a kunya, then a full name with what it says of him
        if kinds != ("kunya", "full") and not _DASH_END.match(text, second.end):
            continue
        if dash.group("nisba") and kinds[0] != "kunya":
            continue
        if kinds == ("kunya", "full"):
            end = dash.end("nisba") if dash.group("nisba") else first.end
            out.append(
                AliasLink(first.start, end, text[first.start : end], i + 1, end, second.start)
            )
        elif kinds == ("full", "kunya"):
            out.append(AliasLink(second.start, second.end, second.text, i, first.end, second.start))
    return out


def _after(text: str, match: re.Match[str], names: Sequence[NameMention]) -> AliasLink | None:
    span = _extent_forward(text, match.end())
    if span is None:
        return None
    start, end = span
    owner = _owner_before(text, match.start(), names)
    if owner is None and _opens_sentence(text, match.start()):
        owner = _owner_after_alias(text, end, names)
        if owner is None and _PRONOUN_AFTER_ALIAS.match(text, end):
            # "Known to his comrades as Abu Hafs, he first fought with ...": the man the
            # pronoun stands for, named in the sentence before
            owner = _owner_of_subjectless(text, match.start(), end, names)
    if owner is None:
        owner = _owner_of_pronoun(text, match.end(), names)
    if owner is None and _opens_sentence(text, match.start()) and match.group()[:1].isupper():
        # "Известен под именем «Абу Абдулла Узбеки»": no subject, the man just named
        owner = _owner_of_subjectless(text, start, end, names)
    return AliasLink(start, end, text[start:end], owner, match.start(), match.end())


# "He was known in Syria as ...", "In Syria he used the name ...", "Он был известен как":
# a subject pronoun in the cue's sentence, no name in it, speaks of the last person named.
# Object pronouns count when the cue holds them: "his comrades called him", "его знают
# под прозвищем", "ona ... deniyordu".
_PRONOUN = re.compile(
    r"(?:^|\s)(?:he|she|him|он|она|o|ona|onu|(?:его|её|ее)(?=\s+(?:зна|назы|зва|зов|прозв))"
    r"|(?:звали|зовут|называли|называют|прозвали)\s+(?:его|её|ее))"
    r"(?=[\s,])",
    re.IGNORECASE,
)
_MAX_PRONOUN_REACH = 400


def _owner_of_pronoun(text: str, cue: int, names: Sequence[NameMention]) -> int | None:
    begin = max(text.rfind(". ", 0, cue), text.rfind("\n", 0, cue), 0)
    if not _PRONOUN.search(text[begin : cue + 1]):
        return None
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end > cue:
            continue
        if name.end > begin or cue - name.end > _MAX_PRONOUN_REACH:
            return None  # a name in the sentence itself, or too far back
        return i if name.kind in ("full", "titled", "surname", "given") else None
    return None


_PRONOUN_AFTER_ALIAS = re.compile(
    r"[\s”\"»’')]*(?:,\s*(?:he|she|он|она|o)|\s+(?:he|she|он|она))(?![\w-])", re.IGNORECASE
)


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \u00a0")
    return not before or before[-1] in ".!?\n"


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
    if _POSSESSIVE.search(text[max(0, match.start() - 12) : match.start()]):
        return _named_before(text, match, names, owner)
    span = _extent_backward(text, match.start())
    if span is None:
        return None
    start, end = span
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
_CLOSE_GAP = re.compile(
    r"(?:\s*\([^()\n]{0,40}\))?\s*,?\s*(?:(?:isə|ise|da|də|de)\s*,?\s*)?[“\"«„]?$"
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
_ATTRIBUTIVE = re.compile(r"(?:l[ıiuü]|[ae]n|ən|[ıiuü]n|an|dı|di|yan|yən)$", re.IGNORECASE)


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
        return others[0] if lone else None
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= begin:
            if name.kind == "given" and not name.standalone:
                continue  # "Anne, ben Şam'dayım": a word read as a name, no one's name
            near = begin - name.end <= _MAX_PRONOUN_REACH
            return i if near and name.kind in ("full", "titled", "surname") else None
    return None


def _unvouched(name: NameMention) -> bool:
    return name.kind == "given" and not name.standalone


def _words_of(name: NameMention) -> str:
    """The surname a mention ends in, folded: one person's mentions share it."""
    return fold(name.words[-1]) if name.words else ""


_ENDS_CLAUSE = re.compile(r"\s*(?:\w+\s*)?(?:[.;!?]|\n|$|,?\s*(?:ve|və|и|and)\s)")


def _owner_before_alias(text: str, cue: int, names: Sequence[NameMention]) -> int | None:
    """The name the clause ending in a cue speaks of: one before the alias in the same
    sentence, else the person a subject pronoun there stands for."""
    alias = _extent_backward(text, cue)
    before = alias[0] if alias is not None else cue
    begin = max(text.rfind(". ", 0, before), text.rfind("\n", 0, before), 0)
    for i in range(len(names) - 1, -1, -1):
        name = names[i]
        if name.end <= before and name.start >= begin:
            # "Thomas'ı oradakiler “Ebu Musa” diye çağırıyormuş": a given name will do
            return i if name.kind in ("full", "titled", "surname", "given") else None
    return _owner_of_pronoun(text, before, names)


# "His real name was Rauf Mirzayev", "Onun əsl adı", "Его настоящее имя"
_POSSESSIVE = re.compile(r"(?:^|\s)(?:his|her|its|onun|его|её|ее)\s*$", re.IGNORECASE)


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


_LEADING_SET_OFF = re.compile(r"^\s*[,—–]\s*|\s*[—–]\s*$")
_BIRTH_PIECE = re.compile(
    r"(?:^|,)\s*(?:\d{4}|[^\W\d_]+)(?:-?[cç][iıuü] il)?\s+"
    r"(?:doğumlu|təvəllüdlü|doğumludur)\s*(?:,|$)"
)


def _bracketed(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    """ "Abu Yusuf al-Azeri (Rasim Bagirzade)", "Rasim Bagirzade (Abu Yusuf)"."""
    out = []
    for i, outer in enumerate(names[:-1]):
        opened = _PAREN.match(text, outer.end)
        if not opened or not opened.group().strip():
            continue
        j = i + 1
        inner = names[j]
        # a surname cut to its initial ends in a stop: "Abu Muslim al-Almani (Dennis K.)"
        close = inner.end + 1 if text.startswith(".", inner.end) else inner.end
        if inner.start != opened.end() or not _PAREN_CLOSE.match(text, close):
            continue
        # "Ebu Hureyre el-Özbeki (Anvar)": a kunya and the given name of its bearer
        bearer = outer.kind == "kunya" and inner.kind == "given"
        if not bearer and (
            outer.kind not in ("full", "kunya") or inner.kind not in ("full", "kunya")
        ):
            continue
        alias, owner = (i, j) if outer.kind == "kunya" and inner.kind != "kunya" else (j, i)
        held = names[alias]
        out.append(AliasLink(held.start, held.end, held.text, owner, outer.end, inner.start))
    return out


_COPULA = re.compile(r"\s*(?:was|is|were|—|–|:|был|была|было|idi|dir|dır|idi ki)(?=\s)", re.I)


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
