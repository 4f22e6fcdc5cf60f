"""PDF reports and court documents: the text of every page, and the file's metadata.

Pages are joined by a blank line; `meta["page_starts"]` gives the offset where each
page's text begins, so a claim's span can be cited by page. A PDF with no text layer
(a scan) fails with a reason saying so, since ffdb does no OCR.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ffdb.ingest.dates import iso_datetime
from ffdb.ingest.markup import tidy_text
from ffdb.model.document import Document
from ffdb.model.errors import ReadError

PAGE_JOIN = "\n\n"


class PdfTextReader:
    name = "pdf"
    media_type = "application/pdf"

    def sniff(self, head: bytes, path: Path) -> bool:
        # The header may follow a little junk; readers accept it within the first KiB.
        return b"%PDF-" in head[:1024]

    def read(self, path: Path) -> Iterator[Document]:
        pages, info = _read_pdf(path)
        texts = [tidy_text(page) for page in pages]
        starts: list[int] = []
        offset = 0
        for page in texts:
            starts.append(offset)
            offset += len(page) + len(PAGE_JOIN)
        text = PAGE_JOIN.join(texts)
        if not text.strip():
            raise ReadError(str(path), "no text layer in the PDF (a scan needs OCR first)")
        title = info.get("title") or next(
            (line for line in text.splitlines() if line.strip()), None
        )
        yield Document(
            text=text,
            kind="article",
            title=title[:300] if title else None,
            author=info.get("author"),
            published=info.get("published"),
            media_type=self.media_type,
            meta={"pages": len(texts), "page_starts": starts, **info.get("meta", {})},
        )


def _read_pdf(path: Path) -> tuple[list[str], dict[str, Any]]:
    from pypdf import PdfReader as Pdf  # imported here: only PDFs need it
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        pdf = Pdf(path)
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise ReadError(str(path), "encrypted PDF (a password is needed)")
        pages = [page.extract_text() or "" for page in pdf.pages]
        return pages, _info(pdf)
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError(str(path), "encrypted PDF (a password is needed)") from None
    except PdfReadError as exc:
        raise ReadError(str(path), f"broken PDF ({exc})") from None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise ReadError(str(path), f"broken PDF ({type(exc).__name__}: {exc})") from None


def _info(pdf: Any) -> dict[str, Any]:
    try:
        meta = pdf.metadata
    except Exception:  # a damaged info dictionary must not lose the text
        return {}
    if meta is None:
        return {}
    info: dict[str, Any] = {}
    if meta.title and str(meta.title).strip():
        info["title"] = str(meta.title).strip()
    if meta.author and str(meta.author).strip():
        info["author"] = str(meta.author).strip()
    try:
        created = meta.creation_date
    except Exception:  # unparsable date strings are common in the wild
        created = None
    if created is not None:
        info["published"] = iso_datetime(created)
    extra = {
        k: str(meta.get(f"/{k.title()}"))
        for k in ("producer", "creator")
        if meta.get(f"/{k.title()}")
    }
    if extra:
        info["meta"] = extra
    return info


READER = PdfTextReader()
