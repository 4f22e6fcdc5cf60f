"""A kunya said to be a named man: the identification that follows a martyr notice or a
release naming fighters by their noms de guerre ("our brother Abu Hamza al-Shishani,
Zelimkhan Dudurkaev, from Duba-Yurt", "под именем Абу Муслим скрывался Ахмед Дадаев",
"Абу Харис — житель Набережных Челнов Рустем Гарипов", "Əbu Həfs ləqəbi ilə tanınan
şəxs Lənkəranlı Cavid Əlizadədir", "Ebu Ubeyde kod adlı kişi, Konyalı Murat Korkmaz",
"Ebu Enes'in ise Bursalı Kadir Şahin olduğu belirlendi", "Abu Hafs was identified as
Rasim Aliyev"). The kunya becomes the man's alias, so what the notice says of the
kunya (his death, his unit) and what the identification says of the name (his town) are
one person's.

Only a kunya named right before a full name in the same sentence, with nothing between
them but the identification's words and what they say of him (a town, an age): never
across another name, and never in a list ("Abu Hamza, Ruslan Aliev and ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract.people_alias_pairs import AliasLink
from ffdb.extract.people_mention import NameMention

_THIS_NAME_WORDS: Final = re.compile(
    r"этим|arxasında|arkasında|ardında|[Bb]ehind|adı|ismi|имя|real name|identif|опозна|"
    r"(?:calls|called|names|named) h|назван|называ|(?:named|identified) by"
)
# The same words for a test of the whole text: `in` tests, not a pattern opening with an
# alternation that `re` tries at every position ("identified by" holds "identif")
_THIS_NAME_NEEDLES: Final = (
    "adı",
    "ismi",
    "имя",
    "этим",
    "назван",
    "называ",
    "опозна",
    "identif",
    "real name",
    "arxasında",
    "arkasında",
    "ardında",
    "Behind",
    "behind",
    "calls h",
    "called h",
    "names h",
    "named h",
    "named by",
)


def _names_this_name(text: str) -> bool:
    """`_THIS_NAME_WORDS.search(text) is not None`."""
    return any(word in text for word in _THIS_NAME_NEEDLES)


# what may stand between the kunya and the name: a few words, no sentence end
_DESCRIBED: Final = r"(?:[^\s.!?;:()\"“”«»]+\s+){0,6}"
_BETWEEN: Final = re.compile(
    # "Abu Hamza al-Shishani, Zelimkhan Dudurkaev, from": an apposition
    r",\s+(?:(?:the|our)\s+brother\s+)?"
    # "— житель Набережных Челнов", "— qardaşımız", "— Konyalı 31 yaşındaki"
    rf"|\s*[—–]\s+{_DESCRIBED}"
    # "скрывался", "является", "оказался"
    rf"|\s+(?:скрыва(?:лся|ется|лась)|оказался|оказалась)\s+{_DESCRIBED}"
    # "ləqəbi ilə tanınan şəxs", "kod adlı kişi", "lakaplı militan"
    r"|['’]?\s*(?:ləqəbi ilə tanınan|ləqəbli|adı ilə tanınan|kod adlı|takma adlı|lakaplı|"
    r"adlı)\s+(?:şəxs|kişi|şahıs|militan|döyüşçü|savaşçı|terörist|cihadçı|adam|qadın|kadın)"
    rf"(?:ın|in)?,?\s+{_DESCRIBED}"
    # "Ebu Enes'in ise Bursalı", "Əbu Zeydin isə": then "... olduğu"; "Ebu Bilal ise
    # Konyalı": then "... olarak tanımlandı"
    # (also "Ebu Cafer el-Kürdi'nin, Diyarbakır doğumlu ... olduğu değerlendiriliyor")
    rf"|(?:['’]?n?[ıiuü]n,?)?\s+(?:ise\s+|isə\s+|de\s+|da\s+|də\s+)?{_DESCRIBED}"
    # "whom relatives identify as"
    r"|[\"”»]?,?\s+(?:whom|who)\s+(?:[\w-]+\s+){0,3}(?:identif(?:y|ies|ied)|names?|named)\s+as\s+"
    rf"{_DESCRIBED}"
    # "was identified as", "is in fact", "real name is"
    r"|,?\s+(?:(?:was|has\s+been|have\s+been)\s+(?:identified|named)\s+as|(?:is|was)\s+in\s+"
    r"fact|turned\s+out\s+to\s+be|(?:is|was)\s+believed\s+to\s+be|whose\s+real\s+name\s+"
    rf"(?:is|was))\s+{_DESCRIBED}",
    re.I,
)
# a fellow fighter, not a relative: "our brother", "наш брат", "qardaşımız"
_FELLOW: Final = re.compile(r"our\s+brother|наш\s+брат|qardaşımız|kardeşimiz", re.I)
# another man beside him: "Abu Hamza — along with Ruslan Aliev", "вместе с", "ilə birlikdə"
_TOGETHER: Final = re.compile(
    r"(?<![\w-])(?:with|along|and|и|с|вместе|birlikdə|birlikte|və|ve)(?![\w-])", re.I
)
# after the name, where only the words after it say who he is: "... Kadir Şahin olduğu
# belirlendi", "... Murat Erdem olarak tanımlandı", "... Elvin Kazımov kimi müəyyən edilib"
_IDENTITY_AFTER: Final = re.compile(
    r"(?:['’]?[^\W\d_]{1,4})?\s+(?:olduğu|olduğunu|olub|olarak\s+(?:tanımlan|belirlen|tespit|"
    r"teşhis)|kimi\s+(?:müəyyən|tanın|identifikasiya))",
    re.I,
)
# after the name, an identification's own verb: "... Hakan Yıldırım olduğunu doğruladı",
# "... olduğu belirlenen militan", "... olduğu müəyyən edilib": the kunya of the notice
# just before is his even across a sentence end
_IDENTIFIED_AS: Final = re.compile(
    r"(?:['’]?[^\W\d_]{1,4})?\s+olduğu(?:nu)?\s+(?:[^\W\d_]+\s+)?(?:belirlen|doğrula|"
    r"tespit|anlaşıl|teyit|müəyyən|aydınlaş|təsdiqlə|məlum ol|bəlli ol)",
    re.I,
)
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s)")
_NEXT_SENTENCE_REACH: Final = 300
# the words between that say so themselves
_SAID: Final = re.compile(
    r"\s*[,—–]|\s+(?:скрыва|оказал)|['’]?\s*(?:ləqəbi|ləqəbli|adı ilə|kod adlı|takma adlı|"
    r"lakaplı|adlı)\s|,?\s+(?:(?:was|has\s+been|have\s+been)\s+(?:identified|named)\s+as|"
    r"(?:is|was)\s+(?:in\s+fact|believed\s+to\s+be)|turned\s+out|whose\s+real)\s|"
    r"[\"”»]?,?\s+(?:whom|who)\s",
    re.I,
)
# after an apposed name: what a notice says of him next, not another name of a list
_APPOSITION_END: Final = re.compile(r"\s*(?:,|\(|[—–]|\.|$|\s(?:from|of|who|из|родом)\s)")
_LIST_AFTER: Final = re.compile(r",?\s+(?:and|и|və|ve|ile)\s", re.I)
# a relative of the kunya's between: "Abu Hamza — his brother Aslan", "Ebu Enes'in annesi"
_KIN: Final = re.compile(
    r"(?<![\w-])(?:his|her|its|его|её)\s|(?<![\w-])(?:brother|sister|father|mother|son|"
    r"daughter|wife|husband|uncle|cousin|брат\w*|сестр\w*|отец|отца|мать|матери|сын\w*|"
    r"дочь|жена|жены|муж|мужа|dayı\w*|əmi\w*|qardaşı\w*|kardeşi\w*|bacısı|ablası|atası|"
    r"babası|anası|annesi|oğlu|qızı|kızı|arvadı|eşi|həyat yoldaşı)(?![\w-])",
    re.I,
)


# "Под этим прозвищем, по данным следствия, скрывается", "Bu ləqəbin arxasında ... dayanır",
# "Bu kod adının arkasında ... var", "Behind this kunya is": the kunya named before
_THIS_NAME: Final = re.compile(
    r"(?:[Пп]од этим (?:прозвищем|именем|псевдонимом|позывным)|[Bb]u (?:ləqəbin|adın|kod "
    r"adının|lakabın) arxasında|[Bb]u (?:kod adının|lakabın|ismin) (?:arkasında|ardında)|"
    r"[Bb]ehind (?:this|that|the) (?:name|kunya|nom de guerre))[^.!?\n]{0,80}?"
    r"(?:скрыва\w+|оказался|is|was|stands|dayanır|durur|duruyor|var)\s+"
)
# "[Not: Gerçek adı Mübariz Kərimov'dur", "Его настоящее имя — Ислам Бетиев", "Onun əsl
# adı Elvin Kazımovdur", "His real name is", "[Monitor: we identify him as Islam Dudurkaev":
# the kunya named last before is the man named right after (not "whose real name is",
# which `_BETWEEN` reads with the kunya just before it)
_REAL_NAME: Final = re.compile(
    r"(?:[Gg]erçek (?:adı|ismi)(?:nı|ni)?|[Aa]sıl (?:adı|ismi)(?:nı|ni)?|[Əə]sl adı|"
    r"[Hh]əqiqi adı|[Нн]астоящее имя(?:\s*[—–-])?|(?<!whose )(?<!Whose )[Rr]eal name"
    r"(?: is| was|:)|identif(?:y|ies|ied) (?:him|her) as|опознали как|"
    r"идентифицирован[аы]? как|"
    # the notice's own naming: "The post calls him Marcel B.", "В посте он назван ...",
    # "которого канал называет ...", "named by the channel as", "komutanın adını ...
    # olarak verdi", "Elanda onun adı ..."
    r"(?:calls|called|names|named) (?:him|her)(?: as)?|(?:[Оо]н|[Оо]на) назван[аы]?|"
    r"котор(?:ого|ую|ой) (?:[а-яё]+ ){0,2}называ(?:ет|ют|л|ли)|"
    r"(?:named|identified) by (?:the|its|a) [\w-]+ as|"
    r"(?:militanın|komutanın|kişinin|şahsın|onun) adını|[Oo]nun adı)\s+"
)
_LAST_KUNYA_REACH: Final = 400
# a copula closing the identification, on the name ("Famil Quliyevdir") or after an
# apostrophe ("Cengiz Öztürk'tür"): then a comma and what is said of him may stand between
# ("Ebu Muaz, 2014'te Suriye'ye geçen 31 yaşındaki Gaziantepli Cengiz Öztürk'tür")
_COPULA: Final = re.compile(r"[dt][ıiuü]r", re.I)
_COPULA_AFTER: Final = re.compile(r"['’][dt][ıiuü]r(?![\w-])", re.I)
_COMMA_DESCRIBED: Final = re.compile(rf",\s+{_DESCRIBED}")
# the name in brackets right after the kunya: "Əbu Talha əl-Azəri (Orxan Quliyev)"
_BRACKETED: Final = re.compile(r"\s*\(\s*")
_CLOSED: Final = re.compile(r"\s*\)")
# what may stand between the real-name words and the name: a few words, one of them
# closing on a colon ("əsl adı da açıqlanıb: Qusarlı Elşən Nəbiyev", "real name was
# also given: ...")
_DESCRIBED_ONLY: Final = re.compile(r"(?:[^\s.!?;:()\"“”«»]+:?\s+){0,4}")


def identified(text: str, names: Sequence[NameMention]) -> list[AliasLink]:
    out = []
    if _names_this_name(text):
        out = _this_name(text, names, _THIS_NAME, False) + _this_name(text, names, _REAL_NAME, True)
    for i, first in enumerate(names[:-1]):
        second = names[i + 1]
        if first.kind != "kunya" or second.kind != "full":
            continue
        if _identified_next(text, first, second):
            out.append(
                AliasLink(first.start, first.end, first.text, i + 1, first.end, second.start)
            )
            continue
        if second.start - first.end > 90:
            continue
        if _BRACKETED.fullmatch(text, first.end, second.start) and _CLOSED.match(text, second.end):
            # "Qardaşımız Əbu Talha əl-Azəri (Orxan Quliyev), Sumqayıt doğumlu": the notice
            # gives his name in brackets
            out.append(
                AliasLink(first.start, first.end, first.text, i + 1, first.end, second.start)
            )
            continue
        copula = _copula(text, second)
        gap = _BETWEEN.fullmatch(text, first.end, second.start)
        if gap is None and not (
            copula and _COMMA_DESCRIBED.fullmatch(text, first.end, second.start)
        ):
            continue
        said = text[first.end : second.start]
        if (_KIN.search(said) and not _FELLOW.search(said)) or _TOGETHER.search(said):
            continue
        apposed = said.startswith(",")
        if (
            apposed
            and not copula
            and (not _APPOSITION_END.match(text, second.end) or _LIST_AFTER.match(text, second.end))
        ):
            continue  # "Abu Hamza, Ruslan Aliev and Abu Bakr": a list
        if not (copula or _SAID.match(said) or _IDENTITY_AFTER.match(text, second.end)):
            continue  # "Ebu Enes'in annesi Ayşe Kaya", "Abu Hamza met Ruslan Aliev"
        out.append(AliasLink(first.start, first.end, first.text, i + 1, first.end, second.start))
    return out


def real_name_before(text: str, start: int) -> bool:
    """Whether the words just before `start` give the real name of someone a notice named
    before ("Elanda onun adı Tural Rzayev", "His real name is", "которого канал называет")."""
    if not _THIS_NAME_WORDS.search(text, max(0, start - 80), start):
        return False
    ends = [match.end() for match in _REAL_NAME.finditer(text, max(0, start - 80), start)]
    return bool(ends) and _DESCRIBED_ONLY.fullmatch(text, ends[-1], start) is not None


def _identified_next(text: str, kunya: NameMention, name: NameMention) -> bool:
    """ "... "Ebu Bekir el-Türki"nin Hacin'de öldüğünü duyurdu. Güvenlik kaynakları bu
    kişinin ... Hakan Yıldırım olduğunu doğruladı": the next name after the kunya, in
    the sentence after it at most, which an identification's verb follows."""
    if name.start - kunya.end > _NEXT_SENTENCE_REACH:
        return False
    if len(_SENTENCE_END.findall(text, kunya.end, name.start)) > 1:
        return False
    said = text[kunya.end : name.start]
    if _KIN.search(said) and not _FELLOW.search(said):
        return False  # "Ebu Enes'in annesi Ayşe Kaya olduğu belirlendi"
    return _IDENTIFIED_AS.match(text, name.end) is not None


def _copula(text: str, name: NameMention) -> bool:
    """Whether the name closes with a copula: "Famil Quliyevdir", "Cengiz Öztürk'tür"."""
    if _COPULA_AFTER.match(text, name.end):
        return True
    written = name.text.rsplit(maxsplit=1)[-1] if name.text else ""
    last = name.words[-1] if name.words else written
    return (
        len(written) == len(last) + 3
        and written.lower().startswith(last.lower())
        and _COPULA.fullmatch(written, len(last)) is not None
    )


def _this_name(
    text: str, names: Sequence[NameMention], pattern: re.Pattern[str], alone: bool
) -> list[AliasLink]:
    """ "... отряд, которым командует Абу Хамза аль-Ингуши. Под этим прозвищем скрывается
    Магомед Мальсагов": the kunya named last before, the name right after; `alone`: only
    when no one else is named since the kunya (a real name "of our brother" after "Ebu
    Talha died with Ahmet Yılmaz" may be either man's)."""
    out = []
    for match in pattern.finditer(text):
        after = next((i for i, n in enumerate(names) if n.start >= match.end()), None)
        if after is None or names[after].kind != "full":
            continue
        if not _DESCRIBED_ONLY.fullmatch(text, match.end(), names[after].start):
            continue
        before = [
            i
            for i, n in enumerate(names[:after])
            if n.kind == "kunya" and match.start() - _LAST_KUNYA_REACH <= n.end <= match.start()
        ]
        if before and alone and any(n.kind != "kunya" for n in names[before[-1] + 1 : after]):
            continue
        if before:
            kunya = names[before[-1]]
            out.append(
                AliasLink(kunya.start, kunya.end, kunya.text, after, match.start(), match.end())
            )
    return out
