"""Saved web pages: main text and metadata, checked against trafilatura's own eval data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.ingest.html import READER
from ffdb.ingest.registry import choose_reader
from support import Cli, shared_path

PAGES = [
    "assabah.com.tn.article.html",
    "wikimediafoundation.org.turkey.html",
    "world.kbs.co.kr-Temperatures.html",
]
# Snippets of trafilatura's eval data that trafilatura 2.3 itself misses on these pages:
# the Turkish-version link sits in an <h3><em><a> that it takes for navigation.
MISSED = {"Bu yazının Türkçe’sini buradan okuyabilirsiniz"}


def entry(page: str) -> dict[str, Any]:
    path = shared_path("fixtures", "html", "trafilatura_evaldata_entries.json")
    entries: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return dict(entries[page]["evaldata_entry"])


def read_page(page: str) -> Any:
    path = shared_path("fixtures", "html", f"trafilatura_{page}")
    assert choose_reader(path) is READER
    [doc] = READER.read(path)
    return doc


@pytest.mark.parametrize("page", PAGES)
def test_main_text_has_the_wanted_snippets_and_not_the_boilerplate(page: str) -> None:
    doc, expected = read_page(page), entry(page)
    for snippet in expected["with"]:
        if snippet in MISSED:
            assert snippet not in doc.text  # if this fails, trafilatura got better
        else:
            assert snippet in doc.text
    for snippet in expected["without"]:
        assert snippet not in doc.text
    assert doc.title == " ".join(expected["title"].split())
    assert not doc.text.startswith((" ", "\n"))


def test_metadata_of_the_wikimedia_page() -> None:
    doc = read_page("wikimediafoundation.org.turkey.html")
    assert doc.author == "Wikimedia Foundation"
    assert doc.published == "2020-01-15"
    assert doc.url == (
        "https://wikimediafoundation.org/news/2020/01/15/"
        "access-to-wikipedia-restored-in-turkey-after-more-than-two-and-a-half-years/"
    )
    assert doc.meta["sitename"] == "Wikimedia Foundation"
    assert doc.language == "en"
    # The eval data lists categories Politics, Turkey, Wikipedia; trafilatura finds none.
    assert doc.categories == []


def test_metadata_of_the_arabic_and_korean_pages() -> None:
    assabah = read_page("assabah.com.tn.article.html")
    assert assabah.language == "ar"
    assert assabah.author is None
    assert assabah.meta["sitename"] == "Assabah News"
    assert assabah.url is not None and assabah.url.startswith(
        "http://www.assabah.com.tn/article/164913/"
    )
    kbs = read_page("world.kbs.co.kr-Temperatures.html")
    # The page was written on 2023-11-07; trafilatura takes a date from the related-news
    # list (2023-11-03). Only the month is right, and that is what is asserted here.
    assert kbs.published is not None and kbs.published.startswith("2023-11")
    assert kbs.meta["hostname"] == "world.kbs.co.kr"


def test_a_page_with_no_article_keeps_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "footer.html"
    path.write_text(
        "<!DOCTYPE html><html lang='az'><head><title>Əlaqə</title><script>x()</script></head>"
        "<body><div class='footer'>Müəllif hüquqları qorunur</div></body></html>",
        encoding="utf-8",
    )
    [doc] = READER.read(path)
    assert doc.meta["extraction"] == "whole page"  # trafilatura found no article here
    assert doc.text == "Müəllif hüquqları qorunur"
    assert doc.title == "Əlaqə"
    assert doc.language == "az"


def test_a_page_whose_body_is_empty_keeps_its_description(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Kanal</title>"
        "<meta name='description' content='Bir xəbər: Samir Qasımov evə qayıtdı.'>"
        "</head><body><div id='app'></div></body></html>",
        encoding="utf-8",
    )
    [doc] = READER.read(path)
    assert doc.text == "Bir xəbər: Samir Qasımov evə qayıtdı."
    assert doc.meta["extraction"] == "page metadata"


def test_a_saved_fragment_without_html_tags_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "fragment.htm"
    path.write_text("<div><p>Qasım Əliyev <b>Qusardan</b> idi.</p></div>", encoding="utf-8")
    assert choose_reader(path) is READER
    [doc] = READER.read(path)
    assert "<" not in doc.text and "Qasım Əliyev" in doc.text


def test_cli_ingests_the_pages(cli: Cli) -> None:
    folder = shared_path("fixtures", "html")
    result = cli("ingest", *(str(folder / f"trafilatura_{p}") for p in PAGES))
    assert result.stderr.count("(html, 1 documents)") == 3
    docs = cli.json_lines("documents")
    assert {d["published"] for d in docs} >= {"2020-01-15"}
    assert {d["language"] for d in docs} == {"ar", "en"}
