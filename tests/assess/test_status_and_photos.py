"""Derived status from event sequences, and perceptual hashes of photos."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from ffdb.assess.facts import Fact
from ffdb.assess.images import hash_distance, perceptual_hash
from ffdb.assess.status import derive_status

_n = iter(range(10_000))


def ev(value: str, date: str | None = None, doc_date: str = "2019-01-01", **kw: Any) -> Fact:
    return Fact(
        id=f"e{next(_n)}",
        person="p",
        prop="status",
        value=value,
        date=date,
        doc_date=doc_date,
        document_id=f"d{next(_n)}",
        **kw,
    )


def test_return_then_arrest_and_sentence() -> None:
    status = derive_status(
        "p",
        [
            ev("sentenced", "2017-02"),
            ev("travelled", "2014"),
            ev("arrested", "2016-05"),
            ev("returned", "2016-05"),
        ],
    )
    assert (status.status, status.date, status.detail) == (
        "returned",
        "2016-05",
        ["arrested", "sentenced"],
    )


def test_detention_abroad_after_travel_counts_as_return() -> None:
    status = derive_status("p", [ev("travelled", "2015-03"), ev("detained", "2015-03-11")])
    assert (status.status, status.detail) == ("returned", ["detained"])


def test_arrest_without_travel_is_not_travelled() -> None:
    assert derive_status("p", [ev("arrested", "2015-05")]).status == "not_travelled"


def test_undated_departure_comes_first() -> None:
    status = derive_status("p", [ev("returned", "2016-01"), ev("travelled", None, "2017-01")])
    assert status.status == "returned"


def test_a_death_is_final_unless_better_graded_later_events_say_otherwise() -> None:
    death = ev("killed", "2015-06", credibility=6)
    assert derive_status("p", [death, ev("arrested", "2016-01", credibility=6)]).status == "killed"
    better = derive_status(
        "p", [death, ev("travelled", "2014"), ev("arrested", "2016-01", credibility=2)]
    )
    assert better.status == "returned"
    assert "reported alive" in better.reasons[0]


def test_improbable_and_rejected_claims_do_not_count() -> None:
    assert derive_status("p", [ev("killed", "2015", credibility=5)]).status == "unknown"
    assert derive_status("p", [ev("killed", "2015", review="rejected")]).status == "unknown"


def test_as_of_ignores_later_events_and_later_documents() -> None:
    events = [
        ev("travelled", "2014", "2014-05-01"),
        ev("killed", "2016-02", "2016-03-01"),
        ev("killed", None, "2016-01-10"),
    ]
    assert derive_status("p", events, as_of="2015-12-31").status == "abroad"
    undated = derive_status("p", events[:1] + events[2:], as_of="2016-01-31")
    assert (undated.status, undated.date) == ("killed", "2016-01-10")


def _picture(path: Path, size: tuple[int, int], seed: int, mark: bool = False) -> Path:
    image = Image.new("RGB", (400, 300), (30, 60, 90))
    draw = ImageDraw.Draw(image)
    for i in range(5):
        x, y = (seed * 71 + i * 83) % 330, (seed * 37 + i * 59) % 240
        draw.ellipse([x, y, x + 70, y + 60], fill=(240, 200 - i * 30, 40 + i * 40))
    image = image.resize(size)
    if mark:
        ImageDraw.Draw(image).text((5, 5), "© channel", fill=(255, 255, 255))
    image.save(path, "JPEG", quality=60 if mark else 92)
    return path


def test_a_resized_watermarked_copy_keeps_its_hash(tmp_path: Path) -> None:
    original = perceptual_hash(_picture(tmp_path / "a.jpg", (400, 300), 1))
    copy = perceptual_hash(_picture(tmp_path / "b.jpeg", (300, 225), 1, mark=True))
    other = perceptual_hash(_picture(tmp_path / "c.png", (400, 300), 5))
    assert original and copy and other and len(original) == 16
    assert hash_distance(original, copy) <= 8 < hash_distance(original, other)


def test_files_that_are_no_images_have_no_hash(tmp_path: Path) -> None:
    (tmp_path / "x.jpg").write_bytes(b"not a jpeg")
    (tmp_path / "y.pdf").write_bytes(b"%PDF-1.4")
    assert perceptual_hash(tmp_path / "x.jpg") is None
    assert perceptual_hash(tmp_path / "y.pdf") is None


def member(group: str, group_id: str | None = None, doc_date: str = "2018-10-25") -> Fact:
    extra = {"group_id": group_id} if group_id else {}
    return Fact(
        id=f"g{next(_n)}", person="p", prop="group", value=group, doc_date=doc_date, extra=extra
    )


def test_a_theatre_groups_member_arrested_at_home_has_returned() -> None:
    status = derive_status("p", [member("DEAŞ"), ev("arrested", "2017-02")])
    assert (status.status, status.date, status.detail) == ("returned", "2017-02", ["arrested"])
    assert "member of DEAŞ" in status.reasons[0]


def test_a_theatre_groups_member_with_no_event_is_abroad() -> None:
    status = derive_status("p", [member("Jaysh al-Muhajirin wal-Ansar")])
    assert status.status == "abroad"
    assert status.claims and status.claims[0].startswith("g")


def test_a_member_of_a_group_also_active_at_home_has_no_sign_of_leaving() -> None:
    facts = [member("Caucasus Emirate", "caucasus-emirate"), ev("arrested", "2012-05")]
    assert derive_status("p", facts).status == "not_travelled"
    assert derive_status("p", [member("Caucasus Emirate", "caucasus-emirate")]).status == (
        "unknown"
    )


def test_a_membership_reported_after_as_of_does_not_count() -> None:
    status = derive_status("p", [member("Islamic State", "islamic-state")], as_of="2017-12-31")
    assert status.status == "unknown"


def test_a_detention_followed_by_a_sentence_was_an_arrest() -> None:
    facts = [
        ev("travelled", "2014-09"),
        ev("returned", "2017-05"),
        ev("detained", "2017-05"),
        ev("sentenced", "2018-04-16"),
    ]
    assert derive_status("p", facts).detail == ["arrested", "sentenced"]
    held_and_let_go = [
        ev("travelled", "2014"),
        ev("detained", "2015-02"),
        ev("released", "2015-03"),
    ]
    assert derive_status("p", held_and_let_go).detail == ["detained", "released"]
