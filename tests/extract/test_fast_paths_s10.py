"""Regular expressions rewritten for speed match what their plain forms match (as in
`test_fast_paths_regex_forms`): a class of first letters opening a word-start regex, a
trie of words, a match on the reversed text for a search ending in `$`."""

from __future__ import annotations

import random
import re
from pathlib import Path

from ffdb.extract import event_groups, event_journeys, role_notices, sentences

ARTICLES = [
    p.read_text() for p in sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))
]
TEXTS = [
    "Tom Vale left in 2014 with his friend. The first to go was Ali Kaya; LEFT, then set off.",
    "Первыми уехали братья Иван и Пётр. Ильдар уехал первым, а Олег ушёл в 2015 году.",
    "İlk gedən Ramil olub. Daha iki oğlan - Ramazan və Murad getdilər. Kardeşi de gitti.",
    "İlk giden Halil Karakuş oldu; yola çıktılar, sonra Suriye'ye gitmişti.",
    "Our emir, Sheikh Abu Omar, and their commander X. Наш амир Y; его командир Z.",
    "Birimin komutanı ise A; dəstənin əmiri B, komandirimiz C və emirimizin D.",
    "Police detained four suspects, and 3 nəfər saxlanılıb; задержаны трое мужчин, "
    "пятеро уроженцев Дагестана, beş şüpheli, two adult citizens and ten men.",
    "He was killed, but his brother, who left, said so; когда он уехал, amma o qayıtdı.",
]


def _random_strings(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _found(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in regex.finditer(text)]


def test_departure_finds_the_plain_matches() -> None:
    en, ru = event_journeys._EN_FREE, event_journeys._RU_FREE
    plain = re.compile(
        r"(?<![\w-])(?:"
        rf"(?P<en>left|departed|set off){en}|"
        r"(?P<first>(?:the )?(?:first|next|last|second|third) (?:one )?to (?:go|leave)"
        r"(?: was| were)?)|"
        rf"(?P<ru>(?:уехал|выехал|ушёл|ушел|ушла|ушли|уехала|уехали|выехала|выехали)){ru}|"
        r"(?P<firstx>(?:[İi]lk|birinci) (?:gedən|giden|gedənlər|gidenler)|"
        r"(?:первым|первой|первыми) (?:уехал[аи]?|выехал[аи]?))|"
        r"(?P<tk>(?:ged(?:ib|di|ibmiş|mişdi|mişdir)|getdi|getmişdi|gitti|gitmiş(?:ti|tir)?|"
        r"yola (?:düş(?:üb|dü|müşdü|müşdür)|çık(?:tı|mış|mıştı|mıştır)))(?:l[əa]r|ler|lar)?)"
        r")(?![\w-])",
        re.I,
    )
    fast = event_journeys._DEPARTURE
    for text in (*TEXTS, *ARTICLES, *_random_strings("lefts ogдуехалİi-gitti ", 3000, 5)):
        assert _found(fast, text) == _found(plain, text)
    assert len(_found(fast, TEXTS[0])) == 4 and _found(fast, TEXTS[2])


def test_departure_opens_with_every_letter_re_equates_with_its_first_ones() -> None:
    opening = re.compile(r"(?i)[ldstfnувпibgy]")
    wanted = {chr(c) for c in range(0x3000) if opening.fullmatch(chr(c))}
    first = re.compile(event_journeys._DEPARTURE.pattern.split("(?<!")[0])
    assert {chr(c) for c in range(0x3000) if first.fullmatch(chr(c))} == wanted


def test_last_words_reversed_finds_what_the_search_for_them_finds() -> None:
    plain = re.compile(r"(?:[\w'’-]+\s+)?[\w'’-]+[\s,]*$")
    for text in _random_strings("ab'’- ,\n\t.1ə", 5000, 7):
        found = plain.search(text)
        reversed_ = event_journeys._LAST_WORDS_REVERSED.match(text[::-1])
        assert (found and found.group()) == (reversed_ and reversed_.group()[::-1])


def test_title_regexes_find_the_plain_matches() -> None:
    plain = {
        "_OUR_TITLE": r"our\s+(?:(?:beloved|dear|late|own)\s+)?(?:emir|amir|commander)|"
        r"the\s+(?:[A-Z][\w-]+\s+)?(?:emir|amir)(?=\s*,)|наш\w*\s+(?:амир|эмир|командир)\w*|"
        r"(?:əmir|komandir)(?:imiz|imizin)|(?:emir|komutan)(?:imiz|ımız|imizin|ımızın)",
        "_HIS_TITLE": r"(?:his|their)\s+(?:(?:late|former|own)\s+)?(?:emir|amir|commander)|"
        r"(?:его|их)\s+(?:амир|эмир|командир)\w*|(?:амир|эмир)\w*\s+(?:их|его)"
        r"(?:\s+(?:групп|джамаат|отряд|катиб|подразделени)\w*)?|"
        r"(?:onun|onların)\s+(?:əmiri|komandiri|emiri|komutanı)",
        "_UNIT_TITLE": r"(?:birim|grub|tabur|katibe|cemaat|birliğ|bölüğ)\w*\s+(?:emiri|komutanı)|"
        r"(?:dəstə|qrup|bölmə|bölüy|katibə|camaat)\w*\s+(?:əmiri|komandiri)",
    }
    for name, body in plain.items():
        regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)
        fast = getattr(role_notices, name)
        for text in (*TEXTS, *ARTICLES):
            assert _found(fast, text) == _found(regex, text)
    assert _found(role_notices._OUR_TITLE, TEXTS[4]) and _found(role_notices._UNIT_TITLE, TEXTS[5])


def test_clause_separators_find_the_plain_matches() -> None:
    punct, quote = r"[,;:()\[\]]", r"[“”«»\"]"
    plain = re.compile(
        r"[\s,;:()\[\]“”«»\"](?:(?<=\s)\s*(?:"
        rf"{punct}\s*|[–—-]\s+|{quote}\s*(?=[,;])|"
        r"(?=[bwtalhfoнкх])(?=(?:but|while|whereas|when|then|who|which|whom|whose|although|"
        r"though|но|когда|который|которая|которое|которые|которого|которой|которых|хотя|"
        r"amma|lakin|ancaq|halbuki|ama|fakat|ancak|oysa)\b))"
        rf"|(?<={punct})\s*|(?<={quote})\s*(?=[,;]))",
        re.IGNORECASE,
    )
    strings = _random_strings(' ,whoamWHICHкоторыйbut«"', 3000, 11)
    for text in (*TEXTS, *ARTICLES, *strings):
        assert _found(sentences._CLAUSE_SEP, text) == _found(plain, text)


def test_counted_nouns_find_the_plain_matches_and_numbers() -> None:
    number = (
        r"(?P<n>[2-9]|10|two|three|four|five|six|seven|eight|nine|ten|"
        r"два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|"
        r"двое|трое|четверо|пятеро|шестеро|семеро|двоих|троих|четверых|пятерых|шестерых|"
        r"iki|üç|dörd|dört|beş|altı|yeddi|yedi|səkkiz|sekiz|doqquz|dokuz)"
    )
    plain = re.compile(
        r"(?<![\w-])" + number + r"\s+(?:[^\W\d_]+\s+){0,2}?"
        r"(?:men|women|persons|people|suspects|citizens|nationals|adults|fighters|militants|"
        r"returnees|individuals|detainees|defendants|brothers|members|"
        r"мужчин[аы]?|женщин[аы]?|человека?|подозреваем\w+|граждан\w*|боевик\w*|уроженц\w+|"
        r"жител\w+|выходц\w+|фигурант\w*|"
        r"(?:nəfər|şəxs|vətəndaş|qadın|kişi|şübhəli|şüpheli|zanlı|vatandaş|kadın|erkek|şahıs|"
        r"yabancı|militan)(?:[iıuüə]|y[iıuü]|n[iıuü])?)(?![\w-])"
        r"|(?<![\w-])(?P<c>двое|трое|четверо|пятеро|шестеро|семеро)(?![\w-])",
        re.I,
    )
    fast = event_groups._COUNTED_NOUN

    def counts(regex: re.Pattern[str], text: str) -> list[tuple[int, str | None, str | None]]:
        return [(m.start(), m.group("n"), m.group("c")) for m in regex.finditer(text)]

    for text in (*TEXTS, *ARTICLES):
        assert counts(fast, text) == counts(plain, text)
    assert len(counts(fast, TEXTS[6])) == 7
