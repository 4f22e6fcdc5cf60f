"""Perceptual hashes of photos: a resized, re-encoded or watermarked copy keeps its hash."""

from __future__ import annotations

import warnings
from pathlib import Path

HASHER = "phash.v1"  # imagehash.phash, 8x8 (64 bits), as 16 hex digits
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"})


def perceptual_hash(path: Path) -> str | None:
    """The 64-bit perceptual hash of an image file as hex, or None if it is no image."""
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    import imagehash  # deferred: Pillow and SciPy cost a second to import
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Huge or odd images warn (DecompressionBombWarning); they are hashed all the same.
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                return str(imagehash.phash(image))
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None


def hash_distance(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of the same length."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
