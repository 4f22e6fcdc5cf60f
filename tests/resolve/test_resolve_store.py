"""Resolution over a store, on Person claims written as a perfect extraction would write
them: the planted cases of `tests/data/unseen/resolve` (namesakes, one kunya with two
nisbas, look-alike surnames, brothers, one person in four scripts), judgements that win
and are undone, and the claims left untouched but for `canonical_id`."""

from __future__ import annotations

from typing import Any

import pytest
from resolve_factories import Sources
from sqlalchemy import select

from ffdb.model.errors import StoreError
from ffdb.pipeline import has_resolved, judge_pair, list_pairs, resolve_store
from ffdb.store import Store, schema
from ffdb.store.judgements import load_judgements


def canonical(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.claims.c.entity_id, schema.claims.c.canonical_id))
        return dict(rows.all())


def claim_rows(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.claims).order_by(schema.claims.c.id))
        return [dict(r._mapping) for r in rows]


@pytest.fixture
def planted(store: Store) -> dict[str, str]:
    """The people of the held-out set, one entity id per (file, person)."""
    s = Sources(store)
    r01, r02 = s.document("r01", "2016-11-24"), s.document("r02", "2016-11")
    r03, r04 = s.document("r03", "2016-11-25"), s.document("r04", "2015-12-18")
    r05, r06 = s.document("r05", "2018-01-20"), s.document("r06", "2018-01-19")
    r07, r08 = s.document("r07", "2018-03-14"), s.document("r08", "2018-03-15")
    r09, r10 = s.document("r09", "2016-09-02"), s.document("r10", "2017-04-11")
    r11, r12 = s.document("r11", "2019-05-22"), s.document("r12", "2016-11-26")
    return {
        "zahid_r01": s.person(r01, "Zahid Nagiyev", aliases=["Abu Harun al-Azeri"],
                              hometown="Sumgait", age=28, group="Islamic State"),
        "sevinc_r01": s.person(r01, "Sevinj Allahverdiyeva", hometown="Khachmaz"),
        "kunya_r02": s.person(r02, "أبو هارون الأذري"),
        "zahid_r03": s.person(r03, "Zahid Nağıyev", aliases=["Əbu Harun"], hometown="Sumqayıt",
                              born=1988),
        "sevinc_r03": s.person(r03, "Sevinc Allahverdiyeva", hometown="Xaçmaz"),
        "imam_r04": s.person(r04, "Zahid Nağıyev", born=1970),
        "bagirov_r04": s.person(r04, "Fikrət Bağırov"),
        "ilham_r05": s.person(r05, "Ильхам Самедов", aliases=["Абу Усама аль-Азери"],
                              hometown="Гусар", age=34),
        "ruslan_r05": s.person(r05, "Руслан Гаджимагомедов", aliases=["Абу Усама ад-Дагестани"],
                               hometown="Буйнакск"),
        "ilham_r06": s.person(r06, "Ilham Samadov", aliases=["Abu Usama"], hometown="Qusar",
                              age=34),
        "lawyer_r06": s.person(r06, "Nigar Ismayilova"),
        "demirci_r07": s.person(r07, "Furkan Demirci", aliases=["Ebu Zübeyr et-Türki"], age=26),
        "demirel_r07": s.person(r07, "Furkan Demirel", age=23),
        "demirci_r08": s.person(r08, "Furkan Demirci", aliases=["Abu Zubayr al-Turki"], age=26),
        "islam_r09": s.person(r09, "Ислам Вагапов", aliases=["Абу Муаз аш-Шишани"],
                              hometown="Урус-Мартан", age=29),
        "isa_r09": s.person(r09, "Иса Вагапов"),
        "islam_r10": s.person(r10, "İslam Vagapov", aliases=["Ebu Muaz eş-Şişani"]),
        "usame_r10": s.person(r10, "Ebu Usame ed-Dağıstani", hometown="Dağıstan"),
        "sevinc_r11": s.person(r11, "Sevinc Allahverdiyeva", hometown="Xaçmaz"),
        "zahid_r11": s.person(r11, "Zahid Nağıyev", aliases=["Əbu Harun"], hometown="Sumqayıt"),
        "ilham_r11": s.person(r11, "İlham Səmədov", hometown="Qusar"),
        "zahid_r12": s.person(r12, "Захид Нагиев", aliases=["Абу Харун аль-Азери"],
                              hometown="Сумгаит", age=28),
        "sevinc_r12": s.person(r12, "Севиндж Аллахвердиева", hometown="Хачмаз"),
    }  # fmt: skip


def clusters(store: Store, ids: dict[str, str]) -> set[frozenset[str]]:
    found = canonical(store)
    groups: dict[str, set[str]] = {}
    for label, eid in ids.items():
        groups.setdefault(found[eid], set()).add(label)
    return {frozenset(g) for g in groups.values()}


def test_the_planted_people_resolve_into_the_right_clusters(
    store: Store, planted: dict[str, str]
) -> None:
    result = resolve_store(store)
    found = clusters(store, planted)
    expected_together = [
        # four scripts, one man, and the Arabic notice giving only the kunya he alone carries
        {"zahid_r01", "zahid_r03", "zahid_r11", "zahid_r12", "kunya_r02"},
        # the kunya and nisba only Ruslan carries; Dağıstan, his province, is no other town
        {"ruslan_r05", "usame_r10"},
        {"sevinc_r01", "sevinc_r03", "sevinc_r11", "sevinc_r12"},
        {"ilham_r05", "ilham_r06", "ilham_r11"},
        {"demirci_r07", "demirci_r08"},
        {"islam_r09", "islam_r10"},
    ]
    for group in expected_together:
        assert frozenset(group) in found, group
    # the imam namesake (another town's man, born 1970), the look-alike, the brother,
    # and people named once stay alone
    for alone in ("imam_r04", "demirel_r07", "isa_r09", "bagirov_r04", "lawyer_r06"):
        assert frozenset({alone}) in found, alone
    assert result.entities == len(planted)
    assert result.conflicts == []


def test_resolution_rewrites_canonical_ids_and_nothing_else(
    store: Store, planted: dict[str, str]
) -> None:
    before = claim_rows(store)
    first = resolve_store(store)
    after = claim_rows(store)
    assert [{**r, "canonical_id": None} for r in before] == [
        {**r, "canonical_id": None} for r in after
    ]
    assert first.counts["rewritten"] > 0
    again = resolve_store(store)
    assert again.counts["rewritten"] == 0
    assert claim_rows(store) == after


def test_a_different_judgement_splits_a_cluster_for_good_and_unsure_withdraws_it(
    store: Store, planted: dict[str, str]
) -> None:
    resolve_store(store)
    zahid, cyrillic = planted["zahid_r01"], planted["zahid_r12"]
    assert canonical(store)[zahid] == canonical(store)[cyrillic]
    judge_pair(store, zahid, cyrillic, "different", "analyst")
    resolve_store(store)
    assert canonical(store)[zahid] != canonical(store)[cyrillic]
    resolve_store(store)  # a second run keeps the split
    assert canonical(store)[zahid] != canonical(store)[cyrillic]
    judge_pair(store, cyrillic, zahid, "unsure", "analyst")  # withdraws the "different"
    resolve_store(store)
    assert canonical(store)[zahid] == canonical(store)[cyrillic]
    history = load_judgements(store, include_deleted=True)
    assert [j.decision for j in history] == ["different", "unsure"]
    assert [j.decision for j in load_judgements(store)] == ["unsure"]


def test_a_same_judgement_joins_what_no_evidence_would_and_survives(
    store: Store, planted: dict[str, str]
) -> None:
    kunya, zahid = planted["kunya_r02"], planted["zahid_r03"]
    judge_pair(store, kunya, zahid, "same", "analyst")
    for _ in range(2):
        resolve_store(store)
        assert canonical(store)[kunya] == canonical(store)[zahid]


def test_pairs_keep_their_reasons_and_judged_pairs_leave_the_review_list(
    store: Store, planted: dict[str, str]
) -> None:
    assert not has_resolved(store)
    resolve_store(store)
    merged = [p for p in list_pairs(store) if p.decision == "merged"]
    assert merged and all(p.reasons and p.reasons[0].startswith("name ") for p in merged)
    vetoed = [p for p in list_pairs(store) if "ages differ" in p.vetoes]
    assert any(planted["imam_r04"] in (v.left, v.right) for v in vetoed)
    review = list_pairs(store, unsure_only=True)
    assert review, "the Abu Harun kunyas are left for review"
    first = review[0]
    judge_pair(store, first.left, first.right, "different", "analyst")
    assert (first.left, first.right) not in {
        (q.left, q.right) for q in list_pairs(store, unsure_only=True)
    }
    judged = [p for p in list_pairs(store) if (p.left, p.right) == (first.left, first.right)]
    assert judged[0].judgement == "different" and judged[0].judged_by == "analyst"


def test_judging_an_unknown_entity_is_refused(store: Store, planted: dict[str, str]) -> None:
    with pytest.raises(StoreError, match="no such entity"):
        judge_pair(store, planted["zahid_r01"], "0000:p9", "same", "analyst")
    with pytest.raises(StoreError, match="itself"):
        judge_pair(store, planted["zahid_r01"], planted["zahid_r01"], "same", "analyst")
