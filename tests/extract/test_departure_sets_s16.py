"""A common Azerbaijani or Turkish word with a suffix ("Yerli" local, "Dini" religious)
is no short far-away place name ("Yer" + "li", "Din" + "i"), so a counted departure's
town is the one the article names."""

from __future__ import annotations

from ffdb.extract.geo import place_of


def test_common_words_with_a_suffix_are_no_places() -> None:
    for word in ("Yerli", "Yerden", "Dini", "Dinin"):
        assert place_of(word) is None, word


def test_short_towns_of_the_region_keep_their_suffixes() -> None:
    for word, name in (("Qaxdan", "Qax"), ("Vandan", "Van"), ("Van'dan", "Van"), ("Ufadan", "Ufa")):
        found = place_of(word)
        assert found is not None and found[1] == name, word
