"""A kunya that one named man alone carries: the entities known only by it join him,
unless something says two men; a kunya two named men carry stays nobody's."""

from __future__ import annotations

from resolve_factories import profile

from ffdb.resolve.kunyas import owned_kunya_pairs
from ffdb.resolve.run import resolve_profiles


def clusters(*profiles_: object) -> set[frozenset[str]]:
    found = resolve_profiles(list(profiles_), [])  # type: ignore[arg-type]
    groups: dict[str, set[str]] = {}
    for entity, canonical in found.canonical.items():
        groups.setdefault(canonical, set()).add(entity)
    return {frozenset(g) for g in groups.values()}


def test_a_post_naming_only_the_kunya_joins_the_one_man_who_carries_it_in_any_script() -> None:
    named = profile("a", "Nicat Əliyev", aliases=["Əbu Yusif əl-Azəri"], hometown="Sumqayıt")
    also = profile("b", "Ниджат Алиев", hometown="Сумгаит")
    post = profile("c", "Abu Yusuf al-Azeri")
    russian = profile("d", "Абу Юсуф аль-Азери")
    assert frozenset("abcd") in clusters(named, also, post, russian)


def test_the_pair_says_why_the_kunya_counts() -> None:
    named = profile("a", "Nicat Əliyev", aliases=["Əbu Yusif əl-Azəri"])
    post = profile("b", "Abu Yusuf al-Azeri")
    result = resolve_profiles([named, post], [])
    (pair,) = [p for p in result.pairs if {p.left, p.right} == {"a", "b"}]
    assert pair.decision == "merged"
    assert any("no other named man carries this kunya" in r for r in pair.reasons)


def test_a_kunya_two_named_men_carry_is_nobodys() -> None:
    first = profile("a", "Nicat Əliyev", aliases=["Abu Yusuf al-Azeri"])
    second = profile("b", "Rauf Quliyev", aliases=["Abu Yusuf al-Azeri"])
    post = profile("c", "Abu Yusuf al-Azeri")
    assert owned_kunya_pairs([first, second, post]) == set()
    assert {frozenset("a"), frozenset("b"), frozenset("c")} <= clusters(first, second, post)


def test_another_nisba_or_another_town_keeps_the_kunya_apart() -> None:
    named = profile("a", "Nicat Əliyev", aliases=["Abu Yusuf al-Azeri"], hometown="Sumqayıt")
    dagestani = profile("b", "Abu Yusuf ad-Dagestani")
    elsewhere = profile("c", "Abu Yusuf al-Azeri", hometown="Lənkəran")
    assert (0, 1) not in owned_kunya_pairs([named, dagestani, elsewhere])
    assert clusters(named, dagestani, elsewhere) == {
        frozenset("a"),
        frozenset("b"),
        frozenset("c"),
    }


def test_one_man_spelled_in_two_scripts_still_owns_his_kunya() -> None:
    latin = profile("a", "Rauf Məmmədov", aliases=["Abu Hamza al-Azeri"])
    cyrillic = profile("b", "Рауф Мамедов", aliases=["Абу Хамза аль-Азери"])
    brother = profile("c", "Rasim Məmmədov")
    post = profile("d", "Əbu Həmzə əl-Azəri")
    pairs = owned_kunya_pairs([latin, cyrillic, brother, post])
    assert pairs == {(0, 3), (1, 3)}
