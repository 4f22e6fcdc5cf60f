"""A place where a relative lives, not the person named: "Ablimit'in eşi Gulnur Ablimit,
hâlâ Doğu Türkistan'da yaşayan annesinden haber alamıyor" (her mother lives there),
"Uşaqların digər babası və nənəsi Şəmkirdə yaşayır" (the children's other grandparents,
named nowhere), "Annesi hâlâ Konya'da yaşıyor"; not "Bakıda yaşayan qardaşı Ramil
Əliyev" (the brother it names). The place in the locative, then the verb
of living: a relative's word right after the participle ("yaşayan annesi"), or a
relative's word as the clause's subject before the place with no name between, makes
the place no one's hometown here.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.geo import PlaceMention
from ffdb.extract.sentences import Sentence

# A relative's word with its possessive (and perhaps a case) ending.
_KIN: Final = (
    r"(?:ata|ana|baba|anne|nənə|babaanne|anneanne|dədə|ailə|aile|valideyn|ebeveyn|qardaş|"
    r"bacı|kardeş|abla|ağabey|əmi|amca|dayı|hala|xala|teyze|yoldaş|eş|oğul|oğl|qız|kız|"
    r"nəvə|torun|qohum|akraba)"
    r"(?:lər|lar|ler)?(?:ı|i|u|ü|sı|si|su|sü|ları|ləri|leri)"
    r"(?:n|na|nə|ne|nda|ndə|nde|ndan|ndən|nden|nı|ni|nin|nın|nun|nün)?"
)
_LIVING_BEFORE_KIN: Final = re.compile(
    r"['’]?[^\W\d_]{0,4}\s+(?:(?:[^\W\d_]+\s+){0,2})?(?:yaşayan|yaşamış|ikamet eden|oturan)\s+"
    + _KIN
    + r"(?![\w])",
    re.I,
)
_LIVES: Final = re.compile(
    r"['’]?[^\W\d_]{0,4}\s+(?:(?:[^\W\d_]+\s+){0,2})?(?:yaşayır|yaşayırlar|yaşıyor|yaşıyorlar|"
    r"yaşamaktadır|yaşayırdı|yaşıyordu|ikamet ediyor)(?![\w])",
    re.I,
)
_KIN_SUBJECT: Final = re.compile(r"(?<![\w-])" + _KIN + r"(?![\w])", re.I)


def kin_lives_there(ctx: DocContext, sentence: Sentence, place: PlaceMention) -> bool:
    """Whether the place is where a relative of the text's person lives (see above)."""
    if place.suffix.lstrip("'’") not in _LOCATIVE:
        return False
    kin = _LIVING_BEFORE_KIN.match(ctx.text, place.end, sentence.end)
    if kin is not None:
        # "Bakıda yaşayan qardaşı Ramil": the relative named lives there, and is found so
        after = ctx.agents_in(kin.end(), sentence.end)
        return not after or after[0][0] > kin.end() + 3
    if _LIVES.match(ctx.text, place.end, sentence.end) is None:
        return False
    start = max(sentence.start, ctx.text.rfind(",", sentence.start, place.start) + 1)
    if ctx.agents_in(start, place.start):
        return False
    return _KIN_SUBJECT.search(ctx.text, start, place.start) is not None


_LOCATIVE: Final = frozenset(["da", "də", "de", "ta", "tə", "te"])
