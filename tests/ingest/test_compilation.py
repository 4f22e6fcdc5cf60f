"""Compilations (one scrape, several posts) split into posts; single articles left whole."""

from __future__ import annotations

import itertools
from pathlib import Path

from sqlalchemy import select

from ffdb.ingest.compilation import match_headline, split_compilation
from ffdb.store import open_store, schema
from support import Cli, shared_path

TITLES = [
    "New release from Shaykh Abū Muḥammad al-Maqdisī: “Ruling On Going To Fight In Azerbaijan”",
    "The Islamic State’s Bayat Campaign",
    "New video message from The Islamic State: “And The [Best] Outcome Is For The Righteous "
    "– Azerbaijan”",
    "GUEST POST: Azerbaijani Foreign Fighters in Syria",
]

# A fictional news article: headings, a photo credit and a scene break, no second post.
ARTICLE = """Three men from Sumqayit return home

Police in Sumqayit said on Monday that three men who had travelled to Syria in 2014
returned through Turkey last week. Their names were not released.

Background

The men, aged between 24 and 31, left together in the spring of 2014. Relatives said
they had been out of contact for more than a year.

Source: APA

Investigation

A criminal case has been opened, the prosecutor's office said.

***

Residents of the neighbourhood told reporters they had not seen the men since 2014, and
that the families had asked the authorities for help several times.
"""

MAGAZINE = """New issue of the magazine Example Voice: “Issue 7”

The seventh issue carries an editorial and two long articles.

---

To inquire about a translation for this release for a fee email: someone@example.org

Notes From the Northern Front

A fictional field diary, dated entries follow.

----

New audio message from The Example Brigade: “A Call”

Twenty minutes of speech.
"""


def test_the_jihadology_scrape_gives_its_four_posts_with_titles_and_kinds() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    parts = split_compilation(text)
    assert parts is not None
    assert [p.title for p in parts] == TITLES
    assert [p.kind for p in parts] == ["release", "tracker", "release", "article"]
    assert parts[0].meta == {
        "platform": "Telegram",
        "release": "release",
        "issuer": "Shaykh Abū Muḥammad al-Maqdisī",
    }
    assert parts[2].meta["release"] == "video message"
    assert parts[2].meta["issuer"] == "The Islamic State"
    assert "platform" not in parts[1].meta


def test_parts_keep_offsets_that_slice_the_original() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    parts = split_compilation(text)
    assert parts is not None
    for part in parts:
        assert text[part.start :].startswith(part.title)
    # Footers stay with the post they close; the next post starts after them.
    assert text[parts[0].start : parts[0].end].rstrip().endswith("[email\xa0protected]")
    assert text[parts[1].start : parts[1].end].endswith("Adhirbayjān")
    assert text[parts[3].start : parts[3].end].endswith("on the border with Georgia where")
    assert all(a.end < b.start for a, b in itertools.pairwise(parts))


def test_a_plain_article_with_headings_credits_and_a_scene_break_is_not_split() -> None:
    assert split_compilation(ARTICLE) is None


def test_one_post_of_the_scrape_alone_is_not_split() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    guest_post = text[text.index("GUEST POST:") :]
    assert split_compilation(guest_post) is None


def test_separators_footers_and_headlines_split_a_compilation() -> None:
    parts = split_compilation(MAGAZINE)
    assert parts is not None
    assert [p.title for p in parts] == [
        "New issue of the magazine Example Voice: “Issue 7”",
        "Notes From the Northern Front",
        "New audio message from The Example Brigade: “A Call”",
    ]
    assert [p.kind for p in parts] == ["release", "article", "release"]
    assert parts[0].meta["issuer"] == "magazine Example Voice"


def test_headline_shapes_need_a_release_word() -> None:
    assert match_headline("New statement from The Example Front: “Text”") is not None
    assert match_headline("New evidence from the trial: what we know") is None
    assert match_headline("GUEST POST: A Study") is not None


def test_cli_stores_each_post_with_its_key_title_and_offsets(cli: Cli) -> None:
    path = shared_path("corpus", "jihadology-compilation.txt")
    result = cli("ingest", str(path))
    assert "(text, 4 documents)" in result.stderr
    store = open_store(cli.db)
    with store.engine.connect() as conn:
        rows = [
            dict(r._mapping)
            for r in conn.execute(select(schema.documents).order_by(schema.documents.c.key))
        ]
    store.close()
    assert [r["key"] for r in rows] == ["part:1", "part:2", "part:3", "part:4"]
    assert [r["title"] for r in rows] == TITLES
    assert [r["kind"] for r in rows] == ["release", "tracker", "release", "article"]
    original = Path(path).read_text(encoding="utf-8")
    for row in rows:
        assert original[row["meta"]["start"] : row["meta"]["end"]] == row["text"]
    assert rows[0]["meta"]["platform"] == "Telegram"
    assert len({r["id"] for r in rows}) == 4
