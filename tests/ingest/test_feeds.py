"""RSS 2.0 and Atom feeds: one document per item or entry."""

from __future__ import annotations

from pathlib import Path

from ffdb.ingest.feeds import ATOM_READER, RSS_READER
from ffdb.ingest.registry import choose_reader
from support import Cli, shared_path

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def test_a_wordpress_rss_feed_gives_its_ten_items() -> None:
    path = shared_path("fixtures", "wordpress", "rsparser_manton_wordpress-4.2.5_rss2.xml")
    assert choose_reader(path) is RSS_READER
    items = list(RSS_READER.read(path))
    assert len(items) == 10
    assert [i.key for i in items[:2]] == ["item:1", "item:2"]
    assert [i.title for i in items if i.title] == [
        "Instagram hits 400 million users",
        "Complete mirror of this blog",
        "Steve Jobs and ET",
        "Peace, indies, and the App Store",
        "Core Intuition and ATP this week",
        "Wrap-up thoughts on the TV web",
    ]
    assert {i.author for i in items} == {"manton"}
    assert {i.language for i in items} == {"en"}
    first, instagram = items[0], items[3]
    assert first.title is None  # a microblog post: the feed gives it no title
    assert first.published == "2015-09-25T14:26:40+00:00"
    assert first.url == "http://www.manton.org/2015/09/3071.html"
    assert first.categories == ["Snippets"]
    assert first.text.startswith("This week’s Core Intuition is out")
    assert instagram.categories == ["Technology", "facebook", "instagram", "photos", "scaling"]
    assert instagram.meta["guid"] == "http://www.manton.org/?p=3064"
    assert instagram.meta["feed"] == "Manton Reece"
    # content:encoded wins over the description, and keeps its paragraphs.
    paragraphs = instagram.text.split("\n\n")
    assert paragraphs[0] == (
        "From Graham Spencer at MacStories, commenting on the latest Instagram numbers and "
        "that the service is only 5 years old:"
    )
    assert paragraphs[-1].startswith("Impressive growth, but it fits.")
    assert "<p>" not in instagram.text and "[…]" in instagram.meta["summary"]


def test_an_atom_feed_gives_its_entries_with_html_xhtml_and_text_content() -> None:
    path = DATA / "atom_feed.xml"
    assert choose_reader(path) is ATOM_READER
    court, detained, summary = ATOM_READER.read(path)
    assert court.title == "Court in Baku sentences returnee Ramil Quliyev"
    assert court.author == "Aysel Mammadova"
    assert court.published == "2016-05-02T18:30:02+00:00"  # published, in UTC
    assert court.url == "https://monitor.example.org/2016/05/court-baku"
    assert court.categories == ["Courts", "returnees"]
    assert court.language == "en"
    assert court.text == (
        "The Baku Grave Crimes Court sentenced Ramil Quliyev (a fictional name) to nine years."
        "\n\nHe had left for Syria in 2013."
    )
    [verdict] = court.attachments
    assert (verdict.path, verdict.media_type, verdict.size) == (
        "https://monitor.example.org/files/verdict.pdf",
        "application/pdf",
        48213,
    )
    assert detained.author == "Monitor Desk"  # the feed's author stands in
    assert detained.published == "2016-04-28T11:00:00+00:00"  # updated, when not published
    assert (
        detained.text == "Police detained two men in Xachmaz.\n\nBoth are suspected of recruiting."
    )
    assert summary.text == "Only a summary, in plain text & nothing else."
    assert summary.published == "2016-04-20"
    assert summary.url is None


def test_cli_ingests_feeds_as_posts(cli: Cli) -> None:
    rss = shared_path("fixtures", "wordpress", "rsparser_manton_wordpress-4.2.5_rss2.xml")
    result = cli("ingest", str(rss), str(DATA / "atom_feed.xml"))
    assert "(rss, 10 documents)" in result.stderr
    assert "(atom, 3 documents)" in result.stderr
    docs = cli.json_lines("documents", "--limit", "50")
    assert len(docs) == 13
    assert {d["kind"] for d in docs} == {"post"}
    found = cli.json_lines("documents", "--search", "Xachmaz recruiting")
    assert [d["title"] for d in found] == ["Two men detained in Xachmaz"]


def test_entities_are_not_expanded_and_enclosures_never_read_from_disk(
    cli: Cli, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE\n", encoding="utf-8")
    path = tmp_path / "hostile.xml"
    path.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        '<rss version="2.0"><channel><title>Hostile</title><item><title>Leak &xxe;</title>'
        f'<description>x</description><enclosure url="{secret}" type="text/plain"/>'
        "</item></channel></rss>\n",
        encoding="utf-8",
    )
    [item] = RSS_READER.read(path)
    assert "TOP-SECRET" not in (item.title or "")
    assert item.attachments[0].missing  # a URL, never looked up on this machine
    cli("ingest", str(path))
    kept = [p.read_bytes() for p in Path(cli.db + ".blobs").rglob("*") if p.is_file()]
    assert kept == [path.read_bytes()]
