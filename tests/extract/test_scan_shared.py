"""The pronoun rules read their candidates off the pass shared by the cue scanners
(`scan.WordStarts`): the matches must be those of the regexes run over the whole text,
and a scanner's matches must not change when other starts join the shared pass."""

from __future__ import annotations

import re

import pytest

from ffdb.extract import context
from ffdb.extract.scan import CueScanner, WordStarts, lowered

TEXTS = [
    # English: lower and upper case, "the 27-year-old", a pair, a list pronoun
    "Tom Vale left for Syria in 2014. He was killed there; his son said the man had "
    "no choice. HE IS ALIVE, she wrote. The 27-year-old was detained. Both men fled. "
    "They were caught. The pair and these men were sentenced; the two left.",
    # Russian: он/она/ему, "Тот" before a past verb, оба, указанные лица
    "Иван Петров уехал в Сирию. Он погиб в 2015 году, ему было 30 лет. Его завербовал "
    "Олег Сидоров. Тот выехал раньше. Оба задержаны, указанные лица и эти лица, они "
    "осуждены. Её сын и их сын вернулись, она рассказала. Мой сын жив.",
    # Azerbaijani: "O," opening a sentence, qardaşımız, onu, hər ikisi, həmin şəxslər
    "O, Suriyaya gedib. Elçin Bağırov 2016-cı ildə həlak olub. Qardaşımız şəhid oldu. "
    "Polis onu saxlayıb. Hər ikisi və həmin şəxslər həbs edilib. Onlar qayıdıb. "
    "Mənim oğlum, o, evdədir. Onun oğlu və oğulları gəldi.",
    # Turkish: oğlu, kardeşimiz, İkisi de, söz konusu kişiler, bu kişiler
    "Ahmet Kaya'nın oğlu Suriye'ye gitti. Kardeşimiz şehit oldu. İkisi de tutuklandı. "
    "Söz konusu kişiler ve bu kişiler serbest bırakıldı. Benim oğlum masum. Oğlum döndü.",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_pronouns_from_the_shared_pass_are_the_regex_matches(text: str) -> None:
    for regex, starts, words in (
        (context.PRONOUN, context._PRONOUN_STARTS, context._PRONOUN_WORDS),
        (context.PLURAL, context._PLURAL_STARTS, context._PLURAL_WORDS),
    ):
        assert words.places(text) is not None  # the shared pass was used
        expected = _spans(regex.finditer(text))
        assert expected  # each text holds some
        assert _spans(context._matches(regex, starts, words, text)) == expected


def test_odd_letters_fall_back_to_the_regex() -> None:
    # the long s lower-cases to itself, though `re` ignoring case reads it as "s"
    text = "Naſir Ali left. He was arrested. They were released."
    assert context._PRONOUN_WORDS.places(text) is None
    found = _spans(
        context._matches(context.PRONOUN, context._PRONOUN_STARTS, context._PRONOUN_WORDS, text)
    )
    assert found == _spans(context.PRONOUN.finditer(text))


def test_a_scanner_keeps_its_matches_when_starts_join_the_shared_pass() -> None:
    patterns = ["detained", "deta[iy]ned", "arrested", "arrest"]
    regex = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(f"(?P<c{i}>{p})" for i, p in enumerate(patterns))
        + r")(?![\w])",
        re.IGNORECASE,
    )
    scanner = CueScanner(regex, patterns)
    text = "Police detained Ali. Arrested again, he was arrested; a detainee, deta arrests."
    before = _spans(scanner.finditer(text, lowered(text)))
    assert before == _spans(regex.finditer(text))
    WordStarts(["de", "det", "detai", "ar", "arrests", "police"])  # joins the shared pass
    assert _spans(scanner.finditer(text, lowered(text))) == before
