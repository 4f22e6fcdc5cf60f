"""Names of armed groups and units in text.

Three sources, in this order of trust:

1. the team's gazetteer (`ffdb.names.groups`): every variant, acronyms in exact case,
   with the Azerbaijani/Turkish suffix a text may glue on (İŞİD-in, DEAŞ'a);
2. the shapes group names take: a quoted name with a group word ("the “Abu Jafar”
   group", «Лесные братья» группировка), a group word's "branch of the “Forest
   Brothers”", a name opened by a group head (Jabhat ..., Jaysh ..., Katibat ...,
   Taifetul ...), a place or name with "jamaat" ("Sumgayit jamaat");
3. the roles (facts.py) add the capitalised names that follow "member of", "joined".

A jihadist notice's "the State" and "the Caliphate" ("Devlet'e beyat etti", "принёс
байат Халифату") stand for the Islamic State where a person joins it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import group_words
from ffdb.extract.scan import CueScanner, lowered
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, NISBA, fold
from ffdb.names.groups import Group, group_variants, is_acronym, lookup_group

EXTRACTOR: Final = "group_rules.v1"


@dataclass(slots=True)
class GroupMention:
    start: int
    end: int
    text: str
    name: str  # canonical when the gazetteer knows it, else as written
    group_id: str | None
    extractor: str = EXTRACTOR
    written: str = ""  # as the text writes it, in the nominative, without case endings

    # Written out: mypyc compiles it, where the `__init__` dataclass generates runs
    # interpreted, five times slower (some thousands of these are made per megabyte).
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        name: str,
        group_id: str | None,
        extractor: str = EXTRACTOR,
        written: str = "",
    ) -> None:
        self.start, self.end, self.text, self.name = start, end, text, name
        self.group_id, self.extractor, self.written = group_id, extractor, written


_SUFFIX: Final = (
    rf"(?:[-{APOSTROPHES}][a-zəıöüçşğа-я]{{1,6}}|-(?:affiliated|linked|aligned|allied))?"
)
# Azerbaijani and Turkish glue case endings straight onto a name that ends in a vowel or
# a possessive ("İslam Dövlətinə", "Nusra Cephesinin"): only these endings, so that no
# English word is swallowed.
_GLUED: Final = (
    r"(?:[nys]?(?:[ıiuü]n|[ıiuü]|[aeə]|d[aeə]n|d[aeə]|t[aeə]n|t[aeə]|d[aeə]k[ıi])|y?l[aeə])"
)
_GLUED_RE: Final = re.compile(_GLUED + "$")
# Russian declines every word of a name ("Исламского государства"): a word's ending
# is cut off and any short ending allowed back.
_RU_ENDING: Final = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ий|ый|ие|ые|"
    r"ии|ыи|ои|еи|"  # й folded to и ("Кавказский" → "кавказскии")
    r"их|ых|ах|ях|а|я|о|е|и|ы|у|ю|ь|й)$"
)
_CYRILLIC: Final = re.compile(r"[а-яё]", re.I)


def _ru_stem(word: str) -> str:
    stem = _RU_ENDING.sub("", word)
    return stem if len(stem) >= 3 else word


def _inflected_pattern(variant: str) -> str:
    """A regex for a gazetteer variant with the endings the text may put on it."""
    if _CYRILLIC.search(variant):
        words = re.split(r"(\s+|-)", variant)
        return "".join(
            re.escape(_ru_stem(w)) + "[а-яё]{0,3}" if len(w) >= 4 and w.isalpha() else re.escape(w)
            for w in words
        )
    if variant[-1:].isalpha():
        return re.escape(variant) + f"{_GLUED}?"
    return re.escape(variant)


@cache
def _stem_index() -> dict[str, str]:
    """Russian stem keys of the gazetteer's Cyrillic variants → the variant."""
    out: dict[str, str] = {}
    for variant, _ in group_variants():
        if _CYRILLIC.search(variant) and not is_acronym(variant):
            out.setdefault(_stem_key(variant), variant)
    return out


def _stem_key(text: str) -> str:
    # a vowel left after the ending is cut ("партии" → "парти", "партия" → "парт") goes too
    return " ".join(
        _ru_stem(w).rstrip("аеиоуыэюяь") or w for w in re.split(r"[\s-]+", fold(text)) if w
    )


@cache
def _gazetteer_scanners() -> list[CueScanner]:
    exact: list[str] = []
    loose: list[str] = []
    for variant, _ in group_variants():
        # "the Islamic State" would hide "Islamic State of Iraq" in "the Islamic State
        # of Iraq's leader": names are matched without their article
        variant = re.sub(r"^(?:the|The)\s+", "", variant.strip())
        if not variant or re.search(r"[\u0600-\u06ff]", variant):
            continue
        (exact if is_acronym(variant) else loose).append(variant)
    out = []
    for words, flags in ((loose, re.IGNORECASE), (exact, 0)):
        if words:
            ordered = sorted(set(words), key=len, reverse=True)
            patterns = [_inflected_pattern(w) if flags else re.escape(w) for w in ordered]
            regex = re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)}){_SUFFIX}(?![\w])", flags)
            out.append(CueScanner(regex, patterns))
    return out


_QUOTE_OPEN: Final = '“"«„‘'
_QUOTE_CLOSE: Final = '”"»“’'
_QUOTED: Final = rf"[{_QUOTE_OPEN}](?P<q>[^{_QUOTE_CLOSE}\n]{{2,50}}?)[{_QUOTE_CLOSE}]"


@cache
def _shape_regexes() -> list[tuple[re.Pattern[str], CueScanner | None, tuple[str, ...]]]:
    """(regex, scanner or None, words one of which the text must hold for the regex to be
    tried: a substring test each, where `re.search` of their alternation went through
    `re`'s pattern cache for every text)."""
    words = group_words()
    nouns = "|".join(sorted((re.escape(w) for w in words["noun"]), key=len, reverse=True))
    heads = "|".join(
        sorted((re.escape(w[:1].upper() + w[1:]) for w in _raw_heads()), key=len, reverse=True)
    )
    name_tok = rf"(?:{NISBA}|{CAP_WORD}|wal-\w+|ul-\w+|al-\w+)"
    quoted_noun = re.compile(rf"{_QUOTED}\s+(?:{nouns})\b", re.IGNORECASE)
    noun_quoted = re.compile(
        rf"\b(?:{nouns}|branch of the|branch of|known as the|called the|named)\s+"
        rf"(?:(?:[A-Z]\w+|the)\s+){{0,2}}{_QUOTED}",
        re.IGNORECASE,
    )
    headed = re.compile(rf"(?<![\w-])(?P<h>(?:{heads})(?:[ -]{name_tok}){{1,4}})")
    jamaat = re.compile(
        rf"(?P<j>(?:{CAP_WORD}[ -]){{1,3}}(?:jamaat|jama'at|Jamaat|Brigade|Battalion|"
        rf"camaatı|джамаат))\b"
    )
    noun_words = [re.escape(w) for w in words["noun"]] + ["branch", "known", "called", "named"]
    return [
        (quoted_noun, None, ()),
        (noun_quoted, CueScanner(noun_quoted, noun_words), ()),
        (headed, CueScanner(headed, [re.escape(h) for h in _raw_heads()]), ()),
        (jamaat, None, ("jama", "brigade", "battalion", "camaat", "джамаат")),
    ]


# A head word that is also a given name ("Vilayat", "Ansar"), followed by a surname.
_SURNAME_AFTER_HEAD: Final = re.compile(
    r"\w+[ -]\w+(?:zad[eə]|ov|ova|ev|eva|yev|yeva|oğlu|oglu|ов|ова|ев|ева|ин|ина)(?![\w-])",
    re.IGNORECASE,
)


def _given_and_surname(phrase: str) -> bool:
    """A head word that is also a given name, then a surname: by its ending ("Gasimzade")
    or a Turkish surname we know the shape of ("Ensar Demirci", "Ensar Kılıç")."""
    words = phrase.replace("-", " ").split()
    if len(words) != 2:
        return bool(_SURNAME_AFTER_HEAD.match(phrase))
    return bool(_SURNAME_AFTER_HEAD.match(phrase)) or forms.surname_strength(words[1]) > 0


def _kunya_alone(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether the quoted phrase is a kunya with no group noun after its quote: a man's
    name ('known as "Abu Ubejde"'), not a group named for him ('the “Abu Jafar” group')."""
    if not forms.is_kunya_particle(match.group("q").split()[0]):
        return False
    return _shape_regexes()[0][0].match(text, start - 1) is None


@cache
def _raw_heads() -> list[str]:
    """Group heads as the data file spells them (group_words() holds them folded)."""
    from ffdb.extract.lexicon import DATA

    for line in (DATA / "group_words.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("head\t"):
            return line.split("\t", 1)[1].split()
    return []


def find_groups(text: str, low: str | None = None) -> list[GroupMention]:
    """Group mentions in `text`, in order, without overlaps (longest first); `low` is
    `scan.lowered(text)` when the caller has it."""
    found: list[GroupMention] = []
    low = low if low is not None else lowered(text)
    for gazetteer in _gazetteer_scanners():
        for match in gazetteer.finditer(text, low):
            found.append(_mention(text, match.start(), match.end()))
    if "овец" in low or "овц" in low:
        found += _member_nouns(text)
    if any(w in low for w in _STATE_STEMS) and _NOTICE_WORDS.search(low):
        found += _state_words(text)
    has_quotes = any(q in text for q in _QUOTE_OPEN)
    for regex, scanner, needs in _shape_regexes():
        if needs and not any(word in low for word in needs):
            continue
        if scanner is None and not needs and not has_quotes:
            continue
        matches = scanner.finditer(text, low) if scanner is not None else regex.finditer(text)
        for match in matches:
            name = next((g for g in ("q", "h", "j") if match.groupdict().get(g)), None)
            if name is None:
                continue
            s, e = match.span(name)
            if name == "h" and _given_and_surname(match.group(name)):
                continue  # "Vilayat Gasimzade", "Ensar Demirci": a given name and a surname
            if name == "q" and _kunya_alone(text, match, s, e):
                continue  # 'known in the organisation as "Abu Ubejde"': a man's kunya
            found.append(_mention(text, s, e))
    return _without_overlaps(found)


# A jihadist notice calls the Islamic State "the State" or "the Caliphate" ("hicret
# ederek Şam'a geldi, Devlet'e beyat etti", "Dövlətin əsgərlərindən oldu", "принёс байат
# Халифату"): only capitalised with a case ending (Turkish "Devlet" and "Hilafet" with
# an apostrophe), in a text with the notices' words, and no capitalised word around
# ("İslam Devleti" is the gazetteer's; "Dövlət Təhlükəsizliyi Xidməti", "Devlet Bahçeli"
# are no group).
_STATE_STEMS: Final = ("devlet", "dövlət", "hilafet", "xilafət", "халифат")
_NOTICE_WORDS: Final = re.compile(
    r"hicret|hicrət|şehadet|şəhadət|şehit|şəhid|beyat|beyət|шахид|байат|баят|хиджр"
)
_STATE_WORD: Final = re.compile(
    rf"(?<![\w-])(?:(?:Devlet|Hilafet)[{APOSTROPHES}](?:e|in|te|ten|i)|"
    r"(?:Dövlət|Xilafət)(?:in|ə|də|dən)|Халифат(?:у|а|ом|е))(?![\w-])(?!\s+[A-ZÇĞİÖŞÜƏА-ЯЁ])"
)
_CAPITALISED_BEFORE: Final = re.compile(r"[A-ZÇĞİÖŞÜƏ][\w'’-]*\s+$")
# Only the state a person joins counts, which keeps the notices' other mentions from
# standing for a group: "Devlet'e beyat etti", "Devlet'in saflarına katıldı", "Dövlətin
# əsgərlərindən oldu", "Dövlətin sıralarında döyüşüb", "присягнул Халифату", "принёс
# байат Халифату".
_STATE_TIE_AFTER: Final = re.compile(
    r"\s+(?:beyat|beyət|biat|saf|sıra|əsgər|asker|tərkib|bünye|katıl|qoşul|mücahid|"
    r"savaşçı|döyüşçü|в\s+рядах)",
    re.I,
)
_STATE_TIE_BEFORE: Final = re.compile(
    r"(?:байат|баят|присягнул\w*|присягу(?:\s+на\s+верность)?|в\s+рядах|воевал\w*\s+за|"
    r"вступил\w*\s+в|к)\s+$",
    re.I,
)


def _state_words(text: str) -> list[GroupMention]:
    group = lookup_group("İslam Devleti")
    if group is None:
        return []
    out = []
    for match in _STATE_WORD.finditer(text):
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "İslam Devleti'ne", "Türkiye Cumhuriyeti Devleti'nin"
        if not (
            _STATE_TIE_AFTER.match(text, match.end())
            or _STATE_TIE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "Hilafet'in ilanından sonra": the state named, nobody joining it
        # written as the canonical name: the gold and readers know "the State" by it
        written = group.name
        out.append(
            GroupMention(
                match.start(), match.end(), match.group(), group.name, group.id, written=written
            )
        )
    return out


# Russian makes a member noun of an acronym: "ИГИЛовец", "игиловцы", "ДАИШевцев".
_MEMBER_NOUN: Final = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё]{2,5}?)-?ов(?:ец|ца|цу|цем|це|цы|цев|цам|цами|цах)(?![\w-])"
)


def _member_nouns(text: str) -> list[GroupMention]:
    """The group of each member noun made of a known acronym (the mention spans the
    whole word; `written` is the acronym)."""
    out = []
    for match in _MEMBER_NOUN.finditer(text):
        acronym = match.group(1).upper()
        group = lookup_group(acronym) if is_acronym(acronym) else None
        if group is not None:
            s, e = match.span()
            out.append(GroupMention(s, e, text[s:e], group.name, group.id, written=acronym))
    return out


def _mention(text: str, start: int, end: int) -> GroupMention:
    surface = text[start:end].strip(" ,.;:")
    end = start + len(surface)
    bare = re.sub(
        rf"[-{APOSTROPHES}](?:[a-zəıöüçşğа-я]{{1,6}}|affiliated|linked|aligned|allied)$",
        "",
        surface,
    )
    clean = _clean(bare)
    written, group = clean, lookup_group(clean) or lookup_group(surface) or lookup_group(bare)
    if group is None or _CYRILLIC.search(clean):
        # a declined Russian name is written in the nominative ("Джабхат ан-Нусре")
        nominative, inflected = _inflected(clean)
        written, group = nominative, group or inflected
    if group is None:
        return GroupMention(start, end, surface, clean, None, written=clean)
    if written == clean and _GLUED_RE.search(clean):
        # "Cəbhətün-Nüsrəyə" found as it stands: written without its case ending when
        # the bare form is one of the gazetteer's spellings
        bare_form, bare_group = _inflected(clean)
        if bare_group is not None and bare_group.id == group.id and _is_variant(bare_form):
            written = bare_form
    return GroupMention(start, end, surface, group.name, group.id, written=written)


@cache
def _variant_keys() -> frozenset[str]:
    return frozenset(fold(v) for v, _ in group_variants())


def _is_variant(text: str) -> bool:
    return fold(text) in _variant_keys()


def _inflected(clean: str) -> tuple[str, Group | None]:
    """The nominative a declined or suffixed name stands for, and its group."""
    if _CYRILLIC.search(clean):
        variant = _stem_index().get(_stem_key(clean))
        if variant is not None:
            return variant, lookup_group(variant)
        return clean, None
    glued = _GLUED_RE.search(clean)
    if glued is not None and glued.start() >= 3:
        # the longest ending first ("Dövlətinə" is "Dövləti" + "nə", not "Dövlətin" + "ə")
        for cut in range(glued.start(), len(clean)):
            found = lookup_group(clean[:cut])
            if found is not None:
                return clean[:cut], found
    return clean, None


def _clean(surface: str) -> str:
    surface = re.sub(r"^(?:the|The)\s+", "", surface)
    return surface.strip(_QUOTE_OPEN + _QUOTE_CLOSE + " ")


def _without_overlaps(found: list[GroupMention]) -> list[GroupMention]:
    found.sort(key=lambda g: (g.start, -(g.end - g.start)))
    out: list[GroupMention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            if mention.end - mention.start > out[-1].end - out[-1].start:
                out[-1] = mention
            continue
        out.append(mention)
    return out


def group_from_words(text: str, start: int, end: int) -> GroupMention | None:
    """A capitalised name after a role cue ("member of Taifetul Mansura") as a group."""
    word = rf"(?:{NISBA}|{CAP_WORD}|al-\w+|wal-\w+)"
    match = re.match(
        rf"\s*(?:the\s+)?[{_QUOTE_OPEN}]?((?:{NISBA}|{CAP_WORD})(?:[ -]{word}){{0,4}})",
        text[start:end],
    )
    if not match:
        return None
    s = start + match.start(1)
    e = start + match.end(1)
    if fold(text[s:e]) in {"he", "she", "it", "they"}:
        return None
    return _mention(text, s, e)
