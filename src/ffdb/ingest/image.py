"""Images on their own (a photo saved from a channel, a scanned notice): kept as evidence.

An image gives one document with no text; its bytes are the evidence, and later stages
compare its perceptual hash with the photos attached to messages and articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ffdb.model.document import Attachment, Document

# Magic numbers of the image formats sources send, and their media types.
SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "image/webp"),  # checked further below: RIFF....WEBP
)


def image_type(head: bytes) -> str | None:
    for magic, media_type in SIGNATURES:
        if head.startswith(magic):
            if media_type == "image/webp" and head[8:12] != b"WEBP":
                continue
            return media_type
    return None


class ImageReader:
    name = "image"
    media_type = "image"

    def sniff(self, head: bytes, path: Path) -> bool:
        return image_type(head) is not None

    def read(self, path: Path) -> Iterator[Document]:
        with path.open("rb") as handle:
            media_type = image_type(handle.read(16)) or "image"
        yield Document(
            text="",
            kind="image",
            title=path.name,
            media_type=media_type,
            attachments=[Attachment(path=path.name, kind="photo", media_type=media_type)],
        )


READER = ImageReader()
