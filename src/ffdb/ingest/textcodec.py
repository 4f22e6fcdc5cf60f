"""Turning bytes into text: UTF-8 first, then the legacy code pages of the region.

cp1251 (Russian, Azerbaijani Cyrillic), cp1254 (Turkish, Azerbaijani Latin) and cp1256
(Arabic) are what older sites and exported documents use. Single-byte code pages decode
almost any bytes, so "it decoded" proves nothing: each candidate decoding is scored by
how many of its letters sit in plausible words (one script per word, a sane case
pattern, Latin words mostly ASCII). A Russian text read as cp1254 turns into words of
accented Latin letters; a Turkish text read as cp1251 mixes Latin and Cyrillic inside
words; both score low. charset-normalizer is the fallback for texts no candidate fits,
and confuses cp1251 with cp1254 often enough not to be asked first.
"""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from ffdb.model.errors import ReadError

LEGACY = ["cp1251", "cp1254", "cp1256", "koi8_r", "iso8859_9", "cp1252"]

# Below this share of letters in plausible words, no candidate is trusted.
MIN_SCORE = 0.8
SAMPLE_CHARS = 200_000
_WORD = re.compile(r"[^\W\d_]+")
# Characters no prose contains, but a wrong code page yields: C0/C1 controls, direction
# marks and joiners (cp1256 puts them where cp1254 has ı and ş), private use.
_ODD = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b-\u200f\ue000-\uf8ff\ufffd]")


def decode_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; ReadError when it is not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_strict(data, "utf-16", path), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = guess_legacy(data)
    if found is not None:
        return found
    best = from_bytes(data, cp_isolation=LEGACY).best()
    if best is None or best.encoding is None:
        raise ReadError(str(path), "not text in UTF-8 or any known legacy encoding")
    return str(best), best.encoding


def guess_legacy(data: bytes) -> tuple[str, str] | None:
    """The best-scoring legacy decoding of `data`, or None when none looks like language."""
    scored: list[tuple[float, int, str, str]] = []
    for rank, encoding in enumerate(LEGACY):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((score_letters(text[:SAMPLE_CHARS]), -rank, text, encoding))
    if not scored:
        return None
    score, _, text, encoding = max(scored)
    if score < MIN_SCORE:
        return None
    # Real prose is mostly lower case; koi8-r read as cp1251 (and back) swaps the cases,
    # so among equally plausible readings prefer the one with more lower-case letters.
    close = [s for s in scored if s[0] >= score - 0.02]
    if len(close) > 1:
        _, _, text, encoding = max(close, key=lambda s: (_lower_share(s[2][:SAMPLE_CHARS]), s[1]))
    return text, encoding


def score_letters(text: str) -> float:
    """Share of the letters of `text` that stand in plausible words (0 when no letters)."""
    good = 0
    total = 2 * len(_ODD.findall(text))
    for match in _WORD.finditer(text):
        word = match.group()
        total += len(word)
        if _plausible(word):
            good += len(word)
    return good / total if total else 0.0


def _plausible(word: str) -> bool:
    scripts = {_script(ch) for ch in word}
    if len(scripts) != 1:
        return False
    script = scripts.pop()
    if script == "other":
        return False
    if script == "arabic":
        return True
    if not (word.islower() or word.isupper() or word.istitle()):
        return False
    if script == "latin":
        if any(ch in _RARE_LATIN for ch in word):
            return False
        accented = sum(1 for ch in word if ord(ch) > 127)
        # Turkish words can be two-thirds accented (çıkarıldığı); Cyrillic or Arabic
        # read in a Latin code page gives words with no ASCII letter at all.
        return len(word) <= 2 or accented * 3 <= len(word) * 2
    return True


# Icelandic letters and ordinal signs: where cp1254 has ğ ı ş Ğ İ Ş, cp1252 and
# Latin-1 have these, so a Turkish text read in the wrong Latin code page shows them.
_RARE_LATIN = frozenset("ÐðÞþÝýªºµ")


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250:
        return "latin"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0x600 <= code < 0x700 or 0xFB50 <= code < 0xFE00 or 0xFE70 <= code < 0xFF00:
        return "arabic"
    if 0x370 <= code < 0x400:
        return "greek"
    return "other"


def _lower_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.islower() for ch in letters) / len(letters) if letters else 0.0


def _decode_strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(str(path), f"invalid {encoding.upper()} text ({exc.reason})") from None
