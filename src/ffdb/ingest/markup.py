"""HTML fragments (feed items, WordPress posts) to plain text that keeps its paragraphs.

Blocks (p, div, headings, list items, table rows) become paragraphs or lines; <br>
becomes a line break; scripts and styles are dropped. WordPress stores posts written in
the classic editor without <p> tags, a blank line marking a paragraph and a single
newline a line break (what `wpautop` renders): when the fragment has no <p> or <br>,
its newlines are kept as they are.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

PARAGRAPH = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "hr",
        "ul",
        "ol",
        "dl",
        "address",
        "aside",
        "nav",
        "main",
        "form",
        "fieldset",
        "details",
        "summary",
    ]
)
LINE = frozenset(["li", "tr", "dt", "dd", "caption"])
CELL = frozenset(("td", "th"))
SKIP = frozenset(
    ["script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg"]
)

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")
# A newline that is not part of a blank line: layout in HTML, a line break without tags.
_LONE_NEWLINE = re.compile(r"(?<![\n])[ \t]*\n[ \t]*(?![ \t]*\n)")
_HAS_BLOCKS = re.compile(r"<(?:p|br|div|li|h[1-6])[\s/>]", re.I)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML fragment or page, paragraphs separated by blank lines."""
    if not markup or not markup.strip():
        return ""
    if "<" not in markup and "&" not in markup:
        return tidy_text(markup)
    root = _parse(markup)
    if root is None:
        return ""
    keep_newlines = _HAS_BLOCKS.search(markup) is None
    return tidy_text("".join(_walk(root, keep_newlines)))


def tidy_text(text: str) -> str:
    """Spaces collapsed, each line stripped, runs of blank lines reduced to one."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _parse(markup: str) -> Any | None:
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml_html.fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None  # nothing but comments or whitespace


def _walk(root: Any, keep_newlines: bool) -> list[str]:
    parts: list[str] = []

    def add(text: str | None) -> None:
        if text:
            parts.append(text if keep_newlines else _LONE_NEWLINE.sub(" ", text))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in SKIP:
                walker.skip_subtree()
                continue
            parts.append(_opening(tag))
            add(element.text)
        else:
            if tag not in SKIP:
                parts.append(_closing(tag))
            if element is not root:
                add(element.tail)
    return parts


def _opening(tag: str) -> str:
    if tag in PARAGRAPH:
        return "\n\n"
    if tag in LINE:
        return "\n"
    return ""


def _closing(tag: str) -> str:
    if tag in PARAGRAPH:
        return "\n\n"
    if tag == "br":
        return "\n"
    if tag in CELL:
        return " "
    return ""
