"""The armed-groups gazetteer: spellings across languages resolve to one group."""

from __future__ import annotations

import pytest

from ffdb.names.groups import group_variants, is_acronym, lookup_group

SAME_GROUP = {
    "islamic-state": [
        "Islamic State", "IS", "ISIS", "ISIL", "Daesh", "DAESH", "İŞİD", "IŞİD", "ИГИЛ",
        "داعش", "الدولة الإسلامية", "Islamic State of Iraq and Sham",
        "Islamic State of Iraq and the Levant", "Исламское государство",
    ],
    "jabhat-al-nusra": [
        "Jabhat al-Nusra", "Jabhat an-Nusra", "Nusra Front", "JAN", "Jabhat Fatah al-Sham",
        "HTS", "Hayat Tahrir al-Sham", "Cəbhət ən-Nüsra", "Джебхат ан-Нусра", "جبهة النصرة",
    ],
    "jaysh-al-muhajirin-wal-ansar": [
        "Jaysh al-Muhajirin wal-Ansar", "Jaish al-Muhajireen wal-Ansar",
        "Jaysh al-Muhajirin val Ansar", "JMA",
    ],
    "caucasus-emirate": ["Caucasus Emirate", "Imarat Kavkaz", "Кавказский эмират"],
    "al-qaeda": ["al-Qaeda", "al-Qaida", "Əl-Qaidə", "Аль-Каида", "القاعدة"],
    "free-syrian-army": ["Free Syrian Army", "FSA", "Özgür Suriye Ordusu", "ССА"],
    "jundullah": ["Jundullah", "Cundullah", "Джундулла"],
    "taifetul-mansura": ["Taifetul Mansura", "Taifa al-Mansura"],
}  # fmt: skip


@pytest.mark.parametrize("group_id", sorted(SAME_GROUP))
def test_variants_resolve_to_one_group(group_id: str) -> None:
    for variant in SAME_GROUP[group_id]:
        group = lookup_group(variant)
        assert group is not None, variant
        assert group.id == group_id, variant


def test_acronyms_need_their_exact_case() -> None:
    assert lookup_group("is") is None
    assert lookup_group("Jan") is None
    assert lookup_group("Isis") is None
    assert is_acronym("IS") and is_acronym("ИГИЛ") and not is_acronym("Daesh")


def test_different_groups_stay_apart() -> None:
    assert lookup_group("Islamic Front").id != lookup_group("Islamic State").id  # type: ignore[union-attr]
    assert lookup_group("Ansar al-Sham").id == "ansar-al-sham"  # type: ignore[union-attr]
    assert lookup_group("Jund al-Aqsa").id != lookup_group("Junud al-Sham").id  # type: ignore[union-attr]
    assert lookup_group("Harakat al-Shabaab al-Mujahideen").id != lookup_group("Ahrar al-Sham").id  # type: ignore[union-attr]
    assert lookup_group("Lashkar-e-Taiba") is None


def test_units_name_their_group() -> None:
    unit = lookup_group("Wilayat Kavkaz")
    assert unit is not None and unit.kind == "unit" and unit.parent == "islamic-state"


def test_group_variants_list_every_spelling_once_with_its_group() -> None:
    variants = group_variants()
    assert ("Daesh", "islamic-state") in variants
    assert ("داعش", "islamic-state") in variants
    assert len(variants) == len(set(variants))


def test_the_state_in_russian_spellings() -> None:
    for variant in ("Дауля", "Даула", "ад-Даула"):
        group = lookup_group(variant)
        assert group is not None and group.id == "islamic-state", variant
