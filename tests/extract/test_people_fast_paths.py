"""The fast forms of the name rules' patterns find what their plain forms find.

`people._run_spans` finds the runs of name words by the character before them (a
pattern opening with a look-behind has `re` try every position), `_role_quoted_matches`
from the opening quotes, the kin scanners try only the kin words opening as the text
does, and `_NICKNAMED` opens with the class of a capital. Each is checked here against
the plain pattern on made-up texts and the articles, so that a word added to one form
and not the other is caught rather than missed in silence.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ffdb.extract import people, people_context, people_families, people_passes
from ffdb.extract.lexicon import alternation
from ffdb.extract.tokens import APOSTROPHES, CAP_WORD, NISBA, UPPER

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "Abu", "Yahya", "al-Azeri", "əl-Şami", "аль-Кубайси", "bin", "ibn", "oğlu", "oğluna",
    "qızı", "оглы", "van", "van de", "von der", "de", "da", "zu", "Dr.", "Mrs.", "Mr",
    "A.", "E.", "X", "Zaur", "Ilyasov", "İlyasov'un", "‘Umar", "Mus’ab", "O'Neil", "the",
    "emir", "лидер", "главарь", "yöneticisi", "“Abu Layth”", "«Амир Сайфулла»", '"Sniper"',
    "'Sniper'", "„Ali Veli“", "“", "”", "«", "»", '"', "'", "’", "‘", "son", "Son", "Sons",
    "brother", "qardaşı", "kardeşi", "sonra", "person", "wife", "жена", "Anar", "Ramil",
    "1", "_", "-", ".", ",", "(", ")", "\n", "\u00a0", "ʿ", "`",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(11)
    made = [
        "".join(
            rng.choice(_PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 9))
        )
        for _ in range(4000)
    ]
    return made + [path.read_text(encoding="utf-8") for path in ARTICLES]


def test_the_runs_of_name_words_are_those_of_the_plain_pattern() -> None:
    token = (
        rf"(?:[{UPPER}]\.(?=[\s{UPPER}])|{NISBA}|{CAP_WORD}|{people._CONNECT}|{people._PARTICLE})"
    )
    plain = re.compile(
        rf"(?<![\w{APOSTROPHES}-])(?:{people._TITLE_DOT})*{token}(?:[ \u00a0]{{1,2}}{token})*"
    )
    for text in _texts():
        expected = [m.span() for m in plain.finditer(text)]
        assert people._run_spans(text) == expected, text
        assert [m.span() for m in people.RUN.finditer(text)] == expected, text


def test_a_run_right_after_an_initial_is_found() -> None:
    assert people._run_spans("A.Bakirov and E. Qasımov") == [(0, 2), (2, 9), (14, 24)]


def test_quoted_names_after_a_word_are_those_of_the_plain_pattern() -> None:
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in people_context._ROLE_QUOTED.finditer(text)]
        found = [(m.span(), m.groups()) for m in people_context._role_quoted_matches(text)]
        assert found == expected, text


def test_the_kin_scanners_find_what_one_alternative_finds() -> None:
    pairs = [
        (people_context._kin_scanner(), people_context._KIN_WORDS),
        (
            people_families._kin_scanner(),
            people_families._TURKIC_KIN + "|sons|son|brothers|brother",
        ),
    ]
    for scanner, words in pairs:
        plain = alternation([("kin", words)]).regex
        for text in _texts():
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in scanner.finditer(text)] == expected, text


def test_nicknames_inside_names_are_those_of_the_plain_pattern() -> None:
    plain = re.compile(
        rf"(?<![\w-])(?P<given>{CAP_WORD})[ \u00a0]+[“\"«‘'](?P<nick>[^”\"»’'\n]{{2,40}})"
        rf"[”\"»’'][ \u00a0]+(?P<surname>{CAP_WORD})"
    )
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        found = [(m.span(), m.groups()) for m in people_passes._NICKNAMED.finditer(text)]
        assert found == expected, text


def test_a_nickname_inside_a_name_is_read() -> None:
    names = people.find_names(
        "Abdullah “Abu Hamza” Aliyev was detained.", set(), [], lambda w: False
    )
    assert [(n.words, n.aliases) for n in names if n.kind == "full"] == [
        (("Abdullah", "Aliyev"), ["Abu Hamza"])
    ]
