"""`scan.Needles` looks in a stretch only for the words of the scripts its text holds:
its answer is the regex's wherever the regex matches, in Latin, Cyrillic and mixed
texts, and it never misses a word when it is asked of one text after another."""

from __future__ import annotations

import re

import pytest

from ffdb.extract.scan import Needles, folded

_REGEX = re.compile(r"(?<![\w-])(?:his brother|его брат|qardaşı|kardeşi)(?![\w-])", re.I)
_NEEDLES = Needles(_REGEX)

_TEXTS = [
    "Kamran Qasimov left in 2014; his brother stayed in Baku.",
    "Рамиль Гасанов погиб в 2015 году, его брат вернулся.",
    "Tural Nəsirov saxlanılıb, qardaşı isə buraxılıb.",
    "Ramil Kaya öldürüldü, kardeşi tutuklandı.",
    "Elnur Əliyev (Эльнур Алиев) returned; ЕГО БРАТ and HIS BROTHER stayed.",
    "12 345 — 2019",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_needles_never_miss_a_match(text: str) -> None:
    low = folded(text)
    for match in _REGEX.finditer(text):
        assert _NEEDLES.may_match(low, match.start(), match.end())
        assert _NEEDLES.may_match(low, 0, len(text))


def test_needles_of_a_script_the_text_lacks_are_not_looked_for() -> None:
    latin, cyrillic = folded(_TEXTS[0]), folded(_TEXTS[1])
    assert latin is not None and cyrillic is not None
    assert not _NEEDLES.may_match(latin, 0, len(latin) // 3)
    assert _NEEDLES.may_match(cyrillic, 0, len(cyrillic))
    assert _NEEDLES.may_match(latin, 0, len(latin))  # asked again after another text
    assert not _NEEDLES.may_match(cyrillic, 0, 10)


def test_an_unfoldable_text_may_always_match() -> None:
    assert _NEEDLES.may_match(None, 0, 5)


def test_a_text_holding_none_of_the_words_has_no_stretch_that_may_match() -> None:
    low = folded("Kamran Qasimov left in 2014; his cousin stayed in Baku.")
    other = folded("Kamran Qasimov left in 2014; his brother stayed in Baku.")
    assert low is not None and other is not None
    assert not _NEEDLES.may_match(low, 0, len(low))
    assert not _NEEDLES.may_match(low, 10, 40)
    assert _NEEDLES.may_match(other, 0, len(other))  # the next text is looked at anew
    assert _NEEDLES.may_match(other, 25, 45)
    assert not _NEEDLES.may_match(other, 0, 20)
