"""WordPress exports (WXR 1.1 and 1.2): posts and pages as documents, media as attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from ffdb.ingest.registry import choose_reader
from ffdb.ingest.wxr import READER
from ffdb.store import open_store, schema
from support import Cli, shared_path

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def stored(db: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Documents (by key) and attachments of the database."""
    store = open_store(db)
    with store.engine.connect() as conn:
        docs = conn.execute(select(schema.documents).order_by(schema.documents.c.key))
        atts = conn.execute(select(schema.attachments).order_by(schema.attachments.c.id))
        result = [dict(r._mapping) for r in docs], [dict(r._mapping) for r in atts]
    store.close()
    return result


def test_wxr_1_1_gives_a_post_and_a_page_with_display_names_and_terms() -> None:
    path = shared_path("fixtures", "wordpress", "wordpress-importer_valid-wxr-1.1.xml")
    assert choose_reader(path) is READER
    post, page = READER.read(path)
    assert (post.key, post.kind, post.title) == ("post:1", "post", "Hello world!")
    assert post.author == "John Doe"  # dc:creator is the login "john"
    assert post.published == "2010-10-16T20:53:18+00:00"
    assert post.url == "http://localhost/?p=1"
    assert post.categories == ["alpha"]
    assert post.meta["tags"] == ["Clippable"]
    assert post.meta["terms"] == {"post_tax": ["bieup"]}
    assert post.text == (
        "Welcome to WordPress. This is your first post. Edit or delete it, then start blogging!"
    )
    [comment] = post.meta["comments"]
    assert comment["author"] == "Mr WordPress"
    assert comment["text"].startswith("Hi, this is a comment.\nTo delete a comment")
    assert post.meta["site"] == "Export Datasets"
    assert (page.key, page.kind, page.title, page.author) == ("post:2", "page", "About", "John Doe")
    assert page.text.startswith("This is an example of a WordPress page.")


def test_wxr_1_2_block_editor_post_keeps_its_paragraphs() -> None:
    path = shared_path("fixtures", "wordpress", "wordpress-importer_wxr-simple_wxr1.2.xml")
    [post] = READER.read(path)
    assert post.title == '"The Road Not Taken" by Robert Frost'
    assert post.author == "admin"
    assert post.published == "2024-06-05T16:04:48+00:00"
    assert post.categories == ["Uncategorized"]
    paragraphs = post.text.split("\n\n")
    assert (
        paragraphs[0] == "Two roads diverged in a yellow wood,\nAnd sorry I could not travel both"
    )
    assert paragraphs[1].startswith("One seemed great, but the other seemed great too.")
    assert "wp:paragraph" not in post.text and "<a" not in post.text


def test_media_and_menu_items_are_not_documents_but_media_urls_are_attachments() -> None:
    post, draft = READER.read(DATA / "wxr_media.xml")
    assert post.author == "Laman Qasimova"
    assert post.categories == ["Xəbərlər", "Suriya"]
    assert [a.path for a in post.attachments] == [
        "https://news.example.org/wp-content/uploads/2015/03/portrait.png",  # featured image
        "https://news.example.org/wp-content/uploads/2015/03/funeral.jpg",  # child of the post
    ]
    assert [a.kind for a in post.attachments] == ["image", "image"]
    # The classic editor's blank line is a paragraph, its single newline a line break.
    assert "sosial şəbəkədən xəbər tutub.\nPolis araşdırma aparır.\n\nBiz onu" in post.text
    assert [c["author"] for c in post.meta["comments"]] == ["Oxucu"]  # spam left out
    assert draft.meta["status"] == "draft"
    assert draft.published == "2015-03-12T08:00:00"  # local time: no GMT date for drafts
    assert draft.author == "someone-unlisted"
    assert draft.text == "Hearing set for April.\n\nMore soon."


def test_cli_ingests_the_wordpress_files(cli: Cli) -> None:
    folder = shared_path("fixtures", "wordpress")
    result = cli("ingest", str(folder / "wordpress-importer_valid-wxr-1.1.xml"))
    assert "(wxr, 2 documents)" in result.stderr
    cli("ingest", str(folder / "wordpress-importer_wxr-simple_wxr1.2.xml"))
    cli("ingest", str(DATA / "wxr_media.xml"))
    docs, atts = stored(cli.db)
    assert sorted(d["title"] for d in docs) == [
        '"The Road Not Taken" by Robert Frost',
        "About",
        "Draft: court hearing",
        "Hello world!",
        "Qusar sakini Suriyada həlak olub",
    ]
    by_title = {d["title"]: d for d in docs}
    assert by_title["Hello world!"]["categories"] == ["alpha"]
    assert by_title["Qusar sakini Suriyada həlak olub"]["published"] == "2015-03-10T09:15:00+00:00"
    # The media are referenced by URL, never fetched: their bytes are not kept.
    assert [(a["path"].rsplit("/", 1)[-1], a["missing"]) for a in atts] == [
        ("portrait.png", True),
        ("funeral.jpg", True),
    ]
    assert {a["document_id"] for a in atts} == {by_title["Qusar sakini Suriyada həlak olub"]["id"]}
