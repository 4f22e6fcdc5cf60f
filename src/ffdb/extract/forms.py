"""Word forms of names: surname shapes, case endings, kunya particles, nisbas.

Turkic and Slavic surnames carry their shape in a suffix (-ov/-ova, -ev/-yev/-iyev,
-li/-lı/-lu, -zade, -oğlu, -in/-ina, Georgian -shvili/-dze). Russian declines them
(Мамедова, Мамедову, Мамедовым → Мамедов for a man; the same -ова is a woman's nominative),
Azerbaijani glues case suffixes on (Mustafayevin, İlyasova, Babayevdən), Turkish glues
them after an apostrophe (İlyasov'un). `lemma_surname` and `lemma_given` undo this, with
the gender of the given name deciding the ambiguous -ova.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ffdb.extract.lexicon import given_gender, given_gender_strict, known_surnames
from ffdb.extract.tokens import APOSTROPHES, fold, strip_apostrophe_suffix

KUNYA: Final = frozenset(
    fold(w)
    for w in [
        "Abu",
        "Abū",
        "Abou",
        "Aboo",
        "Ebu",
        "Ebū",
        "Əbu",
        "Abi",
        "Abī",
        "Aba",
        "Abā",
        "Umm",
        "Umm-e",
        "Ummu",
        "Ummi",
        "Um",
        "Абу",
        "Абy",
        "Умм",
        "Умму",
        "Ebû",
    ]
)
CONNECTORS: Final = frozenset(
    fold(w)
    for w in [
        "bin",
        "ibn",
        "bint",
        "ben",
        "binti",
        "Abd",
        "Abdul",
        "Abdel",
        "Abdal",
        "Abdu",
        "ul",
        "ad-Din",
        "oğlu",
        "oglu",
        "ogly",
        "оглы",
        "кызы",
        "qızı",
        "gizi",
        "uulu",
        "ulu",
        "уулу",
        "kyzy",
    ]
)
PATRONYMIC_WORDS: Final = frozenset(
    fold(w)
    for w in ["oğlu", "oglu", "ogly", "оглы", "кызы", "qızı", "gizi", "uulu", "уулу", "kyzy"]
)
# Kyrgyz writes "son of"/"daughter of" after a surname-shaped word ("Almaz Baktybekov
# uulu", "Cholpon Toktosunova kyzy"): part of the name, not a son named after it
KYRGYZ_PATRONYMIC: Final = frozenset(fold(w) for w in ["uulu", "уулу", "kyzy", "кызы"])

# Shapes that make one word a surname even alone.
_STRONG_LAT: Final = re.compile(
    r"(?:[a-z]{3}(?:ov|ev|yev|iyev|ova|eva|yeva)|zade|zadeh|shvili|dze)$"
)
_STRONG_CYR: Final = re.compile(r"[а-я]{3}(?:ов|ев|ёв|ова|ева|ёва|заде|швили|дзе)$")
# Shapes that make a word a surname after a given name.
_WEAK_LAT: Final = re.compile(
    r"[a-z]{3}(?:li|lu|in|ina|yan|ian|oglu|ski|sky|skiy|skaya|enko|uk|ko)$"
)
_WEAK_CYR: Final = re.compile(r"[а-я]{3}(?:ин|ина|ын|ына|ли|лы|ян|ский|ская|енко|ук)$")
_PATRONYMIC: Final = re.compile(r"(?:ovich|evich|ovna|evna|ович|евич|овна|евна|ична)$")

_AZ_CASE: Final = re.compile(
    r"^(.{3,}?(?:ov|ev|yev|ova|eva|yeva|li|lı|lu|lü|zadə|zade))"
    r"(?:un|ün|in|ın|nun|nin|nın|u|ü|i|ı|a|ə|e|ya|yə|ye|da|də|de|dan|dən|den|la|lə|le|"
    r"dur|dür|dir|dır|nə|na|ya|yə|ni|nı|nu|nü|lar|lər|ların|lərin|lara|lərə)$"
)
# singular cases and the plural of brothers or sisters ("Ибрагим и Муса Гаджиевы")
_RU_MASC: Final = re.compile(r"^(.{3,}(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ом|ы|ых|ыми)$")
_RU_FEM_OBL: Final = re.compile(r"^(.{3,}(?:ов|ев|ёв|ин|ын))(?:ой|ою|у|ы|ых|ым|ыми)$")
_RU_GIVEN_ENDINGS: Final = (
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ом",
    "ем",
    "ым",
    "ой",
    "ей",
    "ёй",
    "и",
    "ы",
    "ём",
)


def is_kunya_particle(word: str) -> bool:
    return fold(word) in KUNYA


def is_connector(word: str) -> bool:
    folded = fold(word)
    return folded in CONNECTORS or bool(_PATRONYMIC_CASE.match(folded))


# An Azerbaijani or Turkish patronymic in a case, the name before it as it was
# ("Musayev Rəşad Ağaverdi oğluna", "Quliyeva Sevda Akif qızının", "Ali oğlundan"):
# the declension falls on the last word, so "oğlu"/"qızı" takes the ending.
_PATRONYMIC_CASE: Final = re.compile(
    r"^(oglu|qizi|kizi|gizi|uulu|kyzy)(?:nun|nin|na|nu|ni|nda|ndan|yla|dur|dir)$"
)


def patronymic_nominative(word: str) -> str:
    """ "oğluna" → "oğlu", "qızının" → "qızı" (as written); any other word unchanged."""
    if not _PATRONYMIC_CASE.match(fold(word)):
        return word
    return word[:4]


def is_kyrgyz_patronymic(word: str) -> bool:
    """ "uulu", "kyzy", "уулу", "кызы", in a case too ("uulunun")."""
    return fold(patronymic_nominative(word)) in KYRGYZ_PATRONYMIC


_NAME_OPENERS: Final = frozenset(fold(w) for w in ["Abd", "Abdul", "Abdel", "Abdal", "Abdu"])


def is_name_opener(word: str) -> bool:
    """Connectors that open a name ("Abdul Hakim"), unlike bin, ibn, oğlu."""
    return fold(word) in _NAME_OPENERS


_NISBA: Final = re.compile(
    r"^(?:[aeuə][lnrstdzş]{1,2}h?|[аэу][льшсдртзн]{1,2})[-‐][‘ʿ'’]?[A-ZÀ-ÞĀ-ſḀ-ỿА-ЯЁƏ]",
    re.IGNORECASE,
)
_NISBA_UPPER: Final = re.compile(r"^[^-‐]+[-‐][‘ʿ'’]?[A-ZÀ-ÞĀ-ŽƏḀ-ỿА-ЯЁ]")


def is_nisba(word: str) -> bool:
    """al-Kubaysi, el-Bedevi, ash-Shishani, Аль-Кубайси (the article and a capital)."""
    return bool(_NISBA.match(word)) and bool(_NISBA_UPPER.match(word))


# Ethnonym nisbas written without the article, as noms de guerre take them ("Muslim
# Shishani", "Tariq Azeri", "Abu Usama Dagestani"): a name's word only after another.
_ETHNONYM_NISBAS: Final = frozenset(
    fold(w)
    for w in (
        "Shishani Šišani Şişani Шишани Dagestani Dağıstani Дагестани Azeri Azəri Азери "
        "Turki Türki Турки Kazakhi Qazaxi Казахи Uzbeki Özbeki Узбеки Tajiki Таджики "
        "Kurdi Курди Shami Şami Шами Iraqi Iraki Ираки Libi Либи Tunisi Туниси Masri "
        "Urduni Kuwaiti Almani Алмани Britani Amriki Ingushi Ингуши Kabardi Кабарди "
        "Tatari Татари Bosni Albani Kyrgyzi Turkmani Turkistani Туркистани Khurasani "
        "Horasani Хорасани Qoqazi Qavqazi Kavkazi Кавкази Chechani Чечани Lezgi Лезги "
        "Avari Авари Gurji Гурджи Russi Руси Shirvani Ширвани Ganjavi Гянджеви"
    ).split()
)


def is_ethnonym_nisba(word: str) -> bool:
    """ "Shishani", "Azeri": a nisba without its article, a name's word after another."""
    return fold(strip_apostrophe_suffix(word)) in _ETHNONYM_NISBAS


def is_patronymic(word: str) -> bool:
    folded = fold(patronymic_nominative(word))
    return bool(_PATRONYMIC.search(folded)) or folded in PATRONYMIC_WORDS


# South Slavic surnames (Bosnian converts and returnees): -ić with its mark, or -ović/-ević
_SOUTH_SLAVIC: Final = ("ić", "ović", "ević", "ovic", "evic")


@lru_cache(maxsize=65536)
def surname_strength(word: str) -> int:
    """2: a surname alone (Mustafayev); 1: a surname after a given name (Sarvanli); 0."""
    if word.lower().endswith(_SOUTH_SLAVIC):
        return 2  # Hodžić, Mujić, Salkić, Petrović: a surname alone
    bare = fold(strip_apostrophe_suffix(word))
    base = lemma_surname(word, None)
    if base == word and _RU_FEM_OBL.match(word.lower()):
        base = lemma_surname(word, "f")  # Ковалёвой
    for form in {bare, fold(base)}:
        if _STRONG_LAT.search(form) or _STRONG_CYR.search(form):
            return 2
    for form in {bare, fold(base)}:
        if _WEAK_LAT.search(form) or _WEAK_CYR.search(form):
            return 1
    return 1 if bare in known_surnames() else 0


@lru_cache(maxsize=65536)
def lemma_surname(word: str, gender: str | None) -> str:
    """The nominative of a surname for a person of `gender` (m, f or None)."""
    word = strip_apostrophe_suffix(word)
    lower = word.lower()
    if re.search(r"[а-яё]", lower):
        return _lemma_ru_surname(word, lower, gender)
    match = _AZ_CASE.match(lower)
    if match:
        stem = match.group(1)
        ending = lower[len(stem) :]
        # -ova: a woman's name, or a man's in the dative; the given name decides. A
        # woman's -yeva never takes "ə": -yevə is always a man's dative.
        if ending == "a" and gender != "m" and stem.endswith(("ov", "ev", "yev")):
            return word
        if gender == "f" and not stem.endswith(("a", "ə")) and ending.startswith(("a", "ə")):
            return word[: len(stem) + 1]
        return word[: len(stem)]
    return word


def _lemma_ru_surname(word: str, lower: str, gender: str | None) -> str:
    if gender == "f":
        fem = _RU_FEM_OBL.match(lower)
        if fem:
            return word[: len(fem.group(1))] + "а"
        return word
    if lower.endswith(("ова", "ева", "ёва", "ина", "ына")) and gender is None:
        return word  # a woman's nominative as often as a man's genitive
    masc = _RU_MASC.match(lower)
    if masc:
        return word[: len(masc.group(1))]
    return word


@lru_cache(maxsize=65536)
def lemma_given(word: str, want: str | None = None) -> tuple[str, str | None]:
    """(nominative, gender) of a given name; gender None when it is no name we know.

    A Russian case form is undone through the names we know ("Натальи" → "Наталья",
    "Эльчином" → "Эльчин"); `want` (the gender a patronymic gives) prefers the reading
    of that gender ("Рамиля" is Рамиль's genitive for a man, the name Ramilə for a woman).
    """
    word = strip_apostrophe_suffix(word)
    gender = given_gender(word)
    lower = word.lower()
    cyrillic = bool(_CYRILLIC.search(lower))
    if gender is None and cyrillic and "-" in word.strip("-"):
        # "Магомед-Башира": a double name declines in its last part
        head, _, tail = word.rpartition("-")
        if given_gender(head) is not None:
            last, last_gender = lemma_given(tail, want)
            # only a man's name's plain case endings: "Саид-Эми" is as written
            cased = any(tail == last + end for end in ("а", "у", "ом", "е"))
            if last_gender == "m" and cased:
                return f"{head}-{last}", last_gender
    oblique = cyrillic and lower.endswith(_RU_OBLIQUE)
    if gender == "f" and want is None and cyrillic and lower.endswith(("а", "я")):
        # "Ильхама", "Рамиля": a woman's name, or a man's genitive; news about fighters
        # names men in their cases far more often, so the man wins unless told otherwise
        male = lemma_given(word, "m")
        if male[1] == "m" and given_gender_strict(male[0]) == "m":
            return male
    # "Андрея", "Сергея", "Николая": the genitive of a man's -й name, which the loose key
    # also reads as a name of its own (Andrea)
    soft = cyrillic and want != "f" and lower.endswith(_SOFT_STEM_GENITIVE)
    if soft and given_gender_strict(word[:-1] + "й") == "m":
        return word[:-1] + "й", "m"
    if oblique and lower.endswith("и") and not lower.endswith("ии"):
        # "Лечи", "Али", "Хеди": a name that ends in -и in the nominative, spelt so in
        # the list; not a genitive (Ольги) nor an -ия name's case (Марии, Алии)
        own = given_gender_strict(word)
        if own is not None and (want is None or own == want):
            return word, own
    if cyrillic and want != "m" and lower.endswith("е") and given_gender_strict(word) is None:
        # "Хаве Эдиловой 29 лет", "Марине": a woman's -а name in the dative, which the
        # loose key reads as a name of its own
        for ending in ("а", "я"):
            if given_gender_strict(word[:-1] + ending) == "f":
                return word[:-1] + ending, "f"
    if gender is not None and (want is None or gender == want) and not oblique:
        return word, gender
    if _CYRILLIC.search(lower):
        for ending in _RU_GIVEN_ENDINGS:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                stem = word[: -len(ending)]
                for candidate in _ru_given_candidates(stem, ending):
                    # short stems meet other names by the loose key ("Жен-а" is no Jan):
                    # "Исой", "Ису" are Иса's only by the list itself
                    strict = len(candidate) <= 4
                    found = given_gender_strict(candidate) if strict else given_gender(candidate)
                    if found == "f" and candidate == stem and ending in _MASCULINE_ONLY:
                        continue  # "Гульнару": Гульнара's, a woman's name in -р has no -у
                    if found is not None and (want is None or found == want):
                        return candidate, found
    return word, gender


# Azerbaijani glues case endings to names ("Əbu Həmzənin", "Əyyubun", "Kənanı");
# Turkish writes them after an apostrophe, which `strip_apostrophe_suffix` removes.
_TURKIC_CASE: Final = tuple(
    sorted(
        re.split(
            r"\s+",
            "nin nın nun nün ni nı nu nü in ın un ün i ı u ü ya yə ye a ə e da də dan dən "
            "la lə dir dır dur dür",
        ),
        key=len,
        reverse=True,
    )
)
_TURKIC_LETTERS: Final = re.compile(r"[əıışğçöüƏİŞĞÇÖÜ]")


@lru_cache(maxsize=65536)
def lemma_given_turkic(word: str) -> tuple[str, str | None]:
    """(nominative, gender) of a given name with an Azerbaijani case ending glued on,
    when the word without it is a name we know and the word itself is none."""
    word = strip_apostrophe_suffix(word)
    gender = given_gender(word)
    if gender is not None or _CYRILLIC.search(word.lower()):
        return word, gender
    lower = word.lower()
    # a one-letter ending only on a word that is Turkic by its letters ("Kənanı", not "Hale")
    short_ok = bool(_TURKIC_LETTERS.search(word))
    for ending in _TURKIC_CASE:
        if len(ending) == 1 and not short_ok:
            continue
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = word[: -len(ending)]
            found = given_gender(stem)
            if found is not None:
                return stem, found
    return word, None


_CYRILLIC: Final = re.compile(r"[а-яё]")
# endings no nominative of a given name has: undone before the word is looked up as is
_RU_OBLIQUE: Final = ("и", "ы", "у", "ю", "ой", "ом", "ем", "ым", "ём", "ёй")
_SOFT_STEM_GENITIVE: Final = ("ея", "ая", "оя", "уя")
_RU_SOFT_ENDINGS: Final = frozenset(["я", "ю", "ем", "ём", "ей", "ёй", "и", "е"])


# Endings a name that ends in a consonant takes only if it is a man's ("Исламу",
# "Исламом"): a woman's such name (Гульнар, Нигяр) is not declined.
_MASCULINE_ONLY: Final = frozenset(["у", "ю", "ом", "ем", "ём"])


def _ru_given_candidates(stem: str, ending: str) -> tuple[str, ...]:
    """Nominatives a Russian case form may come from, likeliest first."""
    if stem.endswith("ь"):
        return (stem + "я",)  # Наталь-и → Наталья
    if stem.endswith("и"):
        return (stem + "я", stem + "й")  # Мари-и → Мария, Евгени-я → Евгений
    if stem[-1] in "аеёиоуыэюя":
        return (stem + "й", stem + "я")  # Андре-я → Андрей
    if ending == "и" and stem[-1] in "гкхжшчщ":
        return (stem + "а",)  # Ольг-и → Ольга
    if ending == "ы":
        return (stem + "а", stem)  # Абдулл-ы → Абдулла: -ы is the genitive of an -а name
    if ending in ("ой", "ою"):
        return (stem + "а", stem + "я", stem)  # Гульнар-ой → Гульнара: only a-stems take -ой
    if ending == "е" and stem[-1] != "л":
        # the prepositional and dative -е do not tell a hard stem from a soft one: men's
        # names in -р, -н, -д are far likelier hard (о Тимуре → Тимур, Игоре aside)
        return (stem, stem + "ь", stem + "а", stem + "я")
    if ending in _RU_SOFT_ENDINGS:
        return (stem + "ь", stem + "я", stem, stem + "а")  # Рамил-я → Рамиль
    return (stem, stem + "а", stem + "я")  # Тимур-а → Тимур, Лейл-у → Лейла


def patronymic_gender(word: str) -> str | None:
    """m for Ilgar oğlu, Асиф оглы, Гусейнович; f for qızı, кызы, Петровна; else None."""
    folded = fold(patronymic_nominative(word))
    if folded in ("oglu", "ogly", "оглы", "uulu", "ulu", "уулу") or _MALE_PATRONYMIC.search(folded):
        return "m"
    if folded in ("qizi", "gizi", "kizi", "кызы", "kyzy") or _FEMALE_PATRONYMIC.search(folded):
        return "f"
    return None


# in any case: Гусейнович, Руслановича, Руслановичем; Петровна, Петровны, Петровной
_MALE_PATRONYMIC: Final = re.compile(r"(ovich|evich|ович|евич|ьич)(?:a|а|у|ем|е)?$")
_FEMALE_PATRONYMIC: Final = re.compile(r"(ovn|evn|овн|евн|ичн)(?:a|а|ы|е|у|ой)?$")


def russian_patronymic_nominative(word: str) -> str | None:
    """ "Руслановича" → "Русланович", "Рашитовну" → "Рашитовна", "Kairatovich" as
    written; None for a word that is no Russian patronymic."""
    male = _MALE_PATRONYMIC.search(word.lower())
    if male:
        return word[: male.end(1)]
    female = _FEMALE_PATRONYMIC.search(word.lower())
    if female:
        return word[: female.end(1)] + ("a" if word.isascii() else "а")
    return None


# A Russian surname in a man's prepositional or instrumental ("о Рамиле Гасанове", "с
# Рамилем Гасановым"): a woman's would end in -овой.
_MASCULINE_CASE: Final = re.compile(r"[а-яё]{2}(?:ове|еве|ёве|ине|ыне|овым|евым|ёвым|иным|ыным)$")


def _masculine_case(words: list[str]) -> str | None:
    return "m" if len(words) >= 2 and _MASCULINE_CASE.search(words[-1]) else None


def normalise_name(
    words: list[str], inflected: bool = True, gender: str | None = None
) -> tuple[list[str], str | None]:
    """A name's words in the nominative, given name first, patronymic left out, and the
    gender the given name or patronymic shows (or `gender`, when given): "Исмаилова
    Рамиля Асиф оглы" → (["Рамиль", "Исмаилов"], "m")."""
    if len(words) >= 2 and is_kyrgyz_patronymic(words[-1]) and surname_strength(words[-2]):
        # "Almaz Baktybekov uulu", "Бекзат Жумабеков уулу": the Kyrgyz word is no surname
        # (the mention's `name` writes it back); its gender is the person's
        return normalise_name(words[:-1], inflected, gender or patronymic_gender(words[-1]))
    # a Russian patronymic in the nominative ("Ахмедовна", "Русланович") puts the whole
    # name there: the given name is as written
    nominative = any(_NOMINATIVE_PATRONYMIC.search(w) for w in words[1:])
    words, patronymic = _without_patronymic(words)
    want = gender or patronymic or _masculine_case(words)
    police = (
        patronymic is not None
        and len(words) == 2
        and surname_strength(words[0]) > 0
        and surname_strength(words[1]) == 0
    )  # "Həsənli Ramal Ələddin oğlu": before a patronymic, surname then given name
    if (
        len(words) >= 2
        and lemma_given(words[0])[1] is None
        and (
            police
            or (
                (surname_strength(words[0]) == 2 or (patronymic and surname_strength(words[0])))
                and lemma_given(words[1], want)[1] is not None
            )
        )
    ):
        words = [words[1], words[0], *words[2:]]  # Russian order: Ильясов Заур
    gender = want
    if gender is None:
        gender = next((g for w in words if (g := lemma_given(w)[1])), None)
    out = normalise_words(words, gender, inflected)
    if nominative and out and out[0] != words[0] and lemma_given(words[0])[1] is not None:
        out[0] = words[0]  # "Гайтукиева Хеди Ахмедовна": no case to undo (not Хедя)
    if gender == "m" and len(out) > 1 and out[0] == words[0] and lemma_given(out[0])[1] is None:
        out[0] = _unknown_given_as_man(out[0])
    return out, gender


def _unknown_given_as_man(given: str) -> str:
    """A man's given name no list knows, in the Russian genitive or accusative: its -а
    goes ("Залима Шебзухова" → Залим), as a known name's would."""
    if len(given) > 3 and given.endswith("а") and given[-2] in "бвгджзклмнпрстфхцчшщ":
        return given[:-1]
    return given


_NOMINATIVE_PATRONYMIC: Final = re.compile(r"[а-яё]{3}(?:ович|евич|ьич|овна|евна|ична)$")

_RU_PATRONYMIC_GENDER: Final = {"ович": "m", "евич": "m", "овна": "f", "евна": "f", "ична": "f"}


def _without_patronymic(words: list[str]) -> tuple[list[str], str | None]:
    """Words without a patronymic ("Ilgar oğlu", "Асиф оглы", "Гусейнович"), and the
    gender it shows."""
    if len(words) == 2 and lemma_given(words[0])[1] is not None:
        gender = _RU_PATRONYMIC_GENDER.get(words[1][-4:].lower())
        if gender is not None:  # "Гульнара Рафаэлевна": a given name and patronymic
            return words[:1], gender
    if len(words) < 3:
        return words, None
    for i, word in enumerate(words):
        gender = patronymic_gender(word)
        if gender is None or i == 0:
            continue
        if is_connector(word):
            return words[: i - 1] + words[i + 1 :], gender
        return words[:i] + words[i + 1 :], gender
    return words, None


# Particles that open Arabic and European surnames ("El Amrani", "Van Dijk", "De Smedt").
SURNAME_PARTICLES: Final = frozenset(
    [
        "el",
        "al",
        "ben",
        "van",
        "von",
        "de",
        "di",
        "da",
        "du",
        "del",
        "der",
        "den",
        "ter",
        "le",
        "la",
        "ter",
        "te",
        "dos",
        "della",
        "zu",
    ]
)


# An Azerbaijani case ending glued to a nisba in -i ("Əbu Yəhya əl-Azərinin yolu",
# "əl-Azəriyə"); Turkish writes it after an apostrophe
_NISBA_CASE: Final = re.compile(
    r"(?<=[a-zəıöüçşğ]{3}[iı])(?:nin|nın|ni|nı|yə|ya|də|da|dən|dan|nə|na)$"
)


def normalise_words(words: list[str], gender: str | None, inflected: bool = True) -> list[str]:
    """The nominative of each word of a name (case endings undone where the language has
    them); nisbas and unknown words stay as written."""
    out = []
    for i, word in enumerate(words):
        given, g = lemma_given(word, gender)
        # after a European or Arabic surname particle a word is a surname as written:
        # "Yassine El Amrani" is no Amra in the accusative
        particle = i > 0 and fold(words[i - 1]) in SURNAME_PARTICLES
        if g is None and inflected and not particle and not is_nisba(word):
            given, g = lemma_given_turkic(word)  # a nisba is no given name's case ("əl-Qaxi")
        if g is not None:
            out.append(given)
        elif is_nisba(word) and inflected:
            out.append(_NISBA_CASE.sub("", strip_apostrophe_suffix(word)))
        elif not inflected:
            out.append(strip_apostrophe_suffix(word))
        elif surname_strength(word) > 0:
            out.append(lemma_surname(word, gender))
        else:
            out.append(strip_apostrophe_suffix(word))
    return out


# Finding a surname alone in its case forms (`people.find_known_surnames`).
_RU_ENDINGS: Final = frozenset(["", "а", "у", "ым", "ом", "е", "ой", "ою", "ы"])
_TURKIC_ENDINGS: Final = frozenset(
    re.split(
        r"\s+",
        "un ün in ın nun nin nın nün u ü i ı a ə e ya yə ye da də de dan dən den la lə le "
        "dir dır dur dür",
    )
) | {""}
_FEMININE_ENDINGS: Final = frozenset(["а", "ой", "ою", "у", "a", "ya", "nın"])
_WORD_AT: Final = re.compile(rf"[\w{APOSTROPHES}-]+")


def surname_occurrences(text: str, stem: str, surname: str) -> list[tuple[int, str]]:
    """(start, word without its apostrophe suffix) where `stem` stands as a word, alone
    or with a case ending of its script: found by `str.find`, faster than a regex built
    for each document."""
    out = []
    feminine = stem != surname
    endings = (
        _FEMININE_ENDINGS
        if feminine
        else _RU_ENDINGS
        if _CYRILLIC.search(stem.lower())
        else _TURKIC_ENDINGS
    )
    pos = text.find(stem)
    while pos >= 0:
        before = text[pos - 1] if pos else " "
        if not (before.isalnum() or before in APOSTROPHES or before == "-"):
            word = _WORD_AT.match(text, pos)
            bare = strip_apostrophe_suffix(word.group()) if word else stem
            if bare[len(stem) :] in endings:
                out.append((pos, bare))
        pos = text.find(stem, pos + len(stem))
    return out
