"""Resolution at scale: a store of 100,000 person mentions, resolved, scored against truth.

    .venv/bin/python benchmarks/resolve.py                      # 100,000 mentions, 2 workers
    .venv/bin/python benchmarks/resolve.py --mentions 20000 --workers 1 --seed 3

A generator invents ~25,000 fictional people (Azerbaijani, North Caucasian, Turkish) and
writes their mentions as Person claims straight into a fresh SQLite store, in documents of
one to six people each, the way extraction would: entity ids `<doc>:pN`, a name, sometimes
a kunya alias, a hometown with its gazetteer entry, an age at the document's date, a group.
Each document is written in one style: Azerbaijani Latin, the same without its letters,
English romanisation, Russian Cyrillic, Russian-style romanisation, or Turkish; kunyas as
Abu / Əbu / Ebu / Абу / أبو. Documents tell of a "cell" (relatives and comrades from one
town), so the same people are named together again and again.

The hard cases are planted: namesakes (same full name, other town and age), brothers
(same surname, town and father, other given name, close ages), dense look-alikes (a few
hundred given names and surname roots: same surname with another given name, same given
name with another surname), one kunya for many fighters (same kunya, same or other
nisba), mentions by surname or kunya only, patronymics, reversed name order, typos, and
noise in hometowns and ages.

Prints the time of each phase of `ffdb.pipeline.resolve_store` and pairwise precision and
recall against the generator's truth (pairs of mentions of one person).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from ffdb.names.groups import lookup_group
from ffdb.names.places import lookup_place
from ffdb.pipeline import resolve_store
from ffdb.store import open_store, schema
from ffdb.store.db import Store

STYLES = ("az", "ascii", "en", "ru", "rulat", "tr")


def _words(text: str) -> list[str]:
    return text.split()


AZ_GIVEN = _words(
    """
    Elşən Elnur Nicat Rüfət Rövşən Rüstəm İlqar Cabir Ceyhun Vüsal Orxan Tural Kamran Samir
    Fuad Ramil Zaur Anar Elçin Həsən Hüseyn Əli Vüqar Şahin Xəyal Cavid Rəşad Taleh Emin Fərid
    Qismət Nurlan Məhəmməd Yusif Ülvi Aqil Toğrul Kənan Zahid İlham Fikrət Əkbər Namiq Vüsal
    Sənan Elvin Ilkin Pərviz Mübariz Rauf Səbuhi Tofiq Vahid Yaşar Zaur Cəlal Natiq Nihad
    Mirzə Elgün Fəxri Əmil Qabil Rasim Şəhriyar Nüsrət Əziz Vəfadar Ağası Bəhruz
    """
)
AZ_FEMALE = _words(
    """
    Sevinc Aynur Günel Leyla Nərmin Səbinə Aytən Gülnar Lalə Nigar Ülkər Xədicə
    """
)
AZ_ROOTS = _words(
    """
    Məmməd Əli Hüseyn Həsən Qurban Aşur Abdulla Şıxəli Mustafa Kərim Badal Əsgər Məhərrəm
    Bayram Baba İsmayıl Quli Cəfər Nəsib Qasım Rəhim Süleyman Vəli Bağır Oruc Xəlil Sadıq Hacı
    Zeynal Musa Novruz Tağı Nağı Səməd Allahverdi Rəsul İbrahim Heydər Hümbət Qafar Nəbi
    Salman Şükür Yusif Mehdi Ağa Əhməd Cabbar Fərzəli Qəmbər Rza Sultan Tahir Vahid İsa Əmir
    Murad Nuri Rüstəm Səlim Talıb Yaqub Zakir Nadir Mirzə Əkbər Kazım Abbas Əziz Sahib Paşa
    Hidayət İman Rəhman Şirin Qadir Fətulla Mikayıl Mahmud Həmid Camal Şahbaz Əlövsət
    """
)
NC_GIVEN = _words(
    """
    Ислам Иса Руслан Магомед Шамиль Ахмед Зелимхан Рамзан Хасан Хусейн Абдурахман Мовсар Адам
    Умар Аслан Муса Анзор Тимур Арби Бислан Али Саид Хамзат Ибрагим Мурад Гаджи Расул Заур
    Артур Казбек Абдулла Исмаил Юсуп Рашид Ильяс Салман Тамерлан Апти Лечи Ваха
    """
)
NC_ROOTS = _words(
    """
    Вагап Гаджимагомед Абдурахман Бек Гаджи Мурад Сулейман Хамзат Дадаш Эльдар Шамил Махмуд
    Юсуп Исмаил Рамазан Батыр Зайнутдин Халид Ахмат Арсан Хасмагомед Ибрагим Тагир Газимагомед
    Султан Алихан Курбан Нажмудин Омар Керим Мусаев Умаров Ахмед Хасан Дуда Эдиль Ильяс Абдул
    Муртаз Саидул Мовлад Хизир Ваис Салах Дауд Беслан Магомедсалих Асхаб Адлан
    """
)
TR_GIVEN = _words(
    """
    Furkan Emre Emrah Mehmet Ahmet Yusuf Mustafa Ömer Hasan Hüseyin İbrahim Halil Murat Serkan
    Burak Oğuz Kerem Yasin Abdullah Enes Recep Fatih Osman Cem Kadir Salih Selim Uğur Volkan
    Yunus Zafer Gökhan Erkan Bilal Harun İsmail Süleyman Hakan Tuncay Onur
    """
)
TR_SURNAMES = _words(
    """
    Demirci Demirel Yılmaz Kaya Çelik Şahin Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin
    Kara Koç Kurt Özdemir Polat Korkmaz Erdem Aksoy Güneş Tekin Bulut Karaca Demirtaş Yavuz
    Keskin Ünal Acar Coşkun Güler Turan Kaplan Duman Sarı Bozkurt Kocabaş Taş Işık Avcı Özkan
    Ateş Altun Eren Tunç Uçar Güven Kalkan Akın Karakaya Türkmen Sevim Oral Gündoğdu Yalçın
    Aktaş Yıldırım Uysal Sönmez Başaran Ekinci Erol Durmaz Bilgin Çakır Kahraman Şimşek
    """
)
# kunya names: English | Azerbaijani | Turkish | Russian | Arabic
KUNYAS = [
    k.split("|")
    for k in _words(
        """
        Yahya|Yəhya|Yahya|Яхья|يحيى Umar|Ömər|Ömer|Умар|عمر
        Muhammad|Məhəmməd|Muhammed|Мухаммад|محمد Bakr|Bəkr|Bekir|Бакр|بكر
        Hamza|Həmzə|Hamza|Хамза|حمزة Yusuf|Yusif|Yusuf|Юсуф|يوسف
        Zakariya|Zəkəriyyə|Zekeriya|Закария|زكريا Harun|Harun|Harun|Харун|هارون
        Usama|Usamə|Usame|Усама|أسامة Muaz|Muaz|Muaz|Муаз|معاذ
        Zubayr|Zübeyr|Zübeyr|Зубейр|الزبير Talha|Təlhə|Talha|Тальха|طلحة
        Khalid|Xalid|Halid|Халид|خالد Ibrahim|İbrahim|İbrahim|Ибрагим|إبراهيم
        Ismail|İsmayıl|İsmail|Исмаил|إسماعيل Musa|Musa|Musa|Муса|موسى
        Sulayman|Süleyman|Süleyman|Сулейман|سليمان Dawud|Davud|Davud|Дауд|داود
        Hafs|Həfs|Hafs|Хафс|حفص Anas|Ənəs|Enes|Анас|أنس Salman|Salman|Selman|Салман|سلمان
        Bilal|Bilal|Bilal|Билал|بلال Ammar|Əmmar|Ammar|Аммар|عمار
        Mansur|Mənsur|Mansur|Мансур|منصور Abbas|Abbas|Abbas|Аббас|عباس
        Jafar|Cəfər|Cafer|Джафар|جعفر Qasim|Qasım|Kasım|Касым|قاسم Idris|İdris|İdris|Идрис|إدريس
        Ilyas|İlyas|İlyas|Ильяс|إلياس Yunus|Yunis|Yunus|Юнус|يونس
        Luqman|Loğman|Lokman|Лукман|لقمان Malik|Malik|Malik|Малик|مالك
        Tariq|Tariq|Tarık|Тарик|طارق Walid|Vəlid|Velid|Валид|وليد Ayyub|Əyyub|Eyüp|Айюб|أيوب
        Saad|Səd|Sad|Саад|سعد
        """
    )
]
NISBAS = {  # nationality → [(en, az, tr, ru, ar)]
    "az": [("al-Azeri", "əl-Azəri", "el-Azeri", "аль-Азери", "الأذري")],
    "nc": [("ash-Shishani", "əş-Şişani", "eş-Şişani", "аш-Шишани", "الشيشاني"),
           ("ad-Dagestani", "əd-Dağıstani", "ed-Dağıstani", "ад-Дагестани", "الداغستاني")],
    "tr": [("at-Turki", "ət-Türki", "et-Türki", "ат-Турки", "التركي")],
}  # fmt: skip
MARKERS = {"en": "Abu", "az": "Əbu", "tr": "Ebu", "ru": "Абу", "ar": "أبو"}
TOWNS = {  # (native Latin, English, Russian)
    "az": [
        t.split("|")
        for t in [
            "Bakı|Baku|Баку",
            "Sumqayıt|Sumgait|Сумгаит",
            "Gəncə|Ganja|Гянджа",
            "Şəki|Sheki|Шеки",
            "Qusar|Gusar|Гусар",
            "Xaçmaz|Khachmaz|Хачмаз",
            "Zaqatala|Zagatala|Закатала",
            "Balakən|Balakan|Белоканы",
            "Qax|Gakh|Гах",
            "Lənkəran|Lankaran|Ленкорань",
            "Masallı|Masally|Масаллы",
            "Quba|Guba|Куба",
            "Şabran|Shabran|Шабран",
            "Mingəçevir|Mingachevir|Мингечаур",
            "Şirvan|Shirvan|Ширван",
            "Qəbələ|Gabala|Габала",
            "İsmayıllı|Ismayilli|Исмаиллы",
            "Qazax|Gazakh|Газах",
        ]
    ],
    "nc": [
        t.split("|")
        for t in [
            "Grozny|Grozny|Грозный",
            "Urus-Martan|Urus-Martan|Урус-Мартан",
            "Gudermes|Gudermes|Гудермес",
            "Şali|Shali|Шали",
            "Argun|Argun|Аргун",
            "Mahaçkale|Makhachkala|Махачкала",
            "Hasavyurt|Khasavyurt|Хасавюрт",
            "Buynaksk|Buynaksk|Буйнакск",
            "Derbent|Derbent|Дербент",
            "Kizlyar|Kizlyar|Кизляр",
            "Kizilyurt|Kizilyurt|Кизилюрт",
            "Nalçik|Nalchik|Нальчик",
        ]
    ],
    "tr": [
        t.split("|")
        for t in [
            "Adana|Adana|Адана",
            "İstanbul|Istanbul|Стамбул",
            "Ankara|Ankara|Анкара",
            "Konya|Konya|Конья",
            "Gaziantep|Gaziantep|Газиантеп",
            "Bursa|Bursa|Бурса",
            "Adıyaman|Adiyaman|Адыяман",
            "Kayseri|Kayseri|Кайсери",
        ]
    ],
}
GROUPS = ["Islamic State", "Jabhat al-Nusra", "Jaysh al-Muhajirin wal-Ansar", "Ajnad al-Kavkaz"]

_AZ_EN = str.maketrans({"ə": "a", "Ə": "A", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh",
    "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh", "c": "j",
    "C": "J", "q": "g", "Q": "G"})  # fmt: skip
_AZ_RULAT = str.maketrans({"ə": "e", "Ə": "E", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch",
    "ğ": "g", "ı": "y", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "X": "Kh",
    "c": "dzh", "C": "Dzh", "q": "g", "Q": "G", "h": "g", "H": "G"})  # fmt: skip
_AZ_TR = str.maketrans({"ə": "e", "Ə": "E", "x": "h", "X": "H", "q": "k", "Q": "K"})
_ASCII = str.maketrans({"ə": "e", "Ə": "E", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g",
    "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U"})  # fmt: skip
_AZ_CYR = {"a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "ə": "а", "f": "ф",
    "g": "г", "ğ": "г", "h": "г", "x": "х", "ı": "ы", "i": "и", "j": "ж", "k": "к", "q": "г",
    "l": "л", "m": "м", "n": "н", "o": "о", "ö": "ё", "p": "п", "r": "р", "s": "с", "ş": "ш",
    "t": "т", "u": "у", "ü": "ю", "v": "в", "y": "й", "z": "з"}  # fmt: skip
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", range(33), strict=True))
_CYR_EN = _words(
    """
    a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya
    """
)
_CYR_TR = _words(
    """
    a b v g d e yo j z i y k l m n o p r s t u f h ts ç ş şç _ ı _ e yu ya
    """
)
_CYR_AZ = _words(
    """
    a b v q d e yo j z i y k l m n o p r s t u f x ts ç ş şç _ ı _ e yu ya
    """
)


def _cyr_to_latin(word: str, table: list[str]) -> str:
    out = []
    for c in word:
        low = c.lower()
        if low in _CYR:
            letters = table[_CYR[low]].replace("_", "")
            out.append(letters.capitalize() if c.isupper() else letters)
        else:
            out.append(c)
    return "".join(out)


def _az_to_cyr(word: str) -> str:
    low = word.replace("İ", "i").lower()
    low = "у" + low[1:] if low.startswith("ü") else low
    letters = "".join(_AZ_CYR.get(c, c) for c in low)
    return letters[:1].upper() + letters[1:]


_TR_CYR = {**_AZ_CYR, "c": "дж", "e": "е", "g": "г", "h": "х", "k": "к"}


def write_word(word: str, origin: str, style: str) -> str:
    """One word of a name as a document in `style` writes a person of `origin`."""
    if origin == "nc":  # native Cyrillic
        if style == "ru":
            return word
        table = {"tr": _CYR_TR, "az": _CYR_AZ, "ascii": _CYR_AZ}.get(style, _CYR_EN)
        latin = _cyr_to_latin(word, table)
        return latin.translate(_ASCII) if style == "ascii" else latin
    if style == "az":
        return word
    if style == "ascii":
        return word.translate(_ASCII)
    if origin == "tr":
        if style == "ru":
            low = word.replace("İ", "i").lower()
            cyr = "".join(_TR_CYR.get(c, c) for c in low)
            return cyr[:1].upper() + cyr[1:]
        return word if style == "tr" else word.translate(_ASCII)
    return {"en": word.translate(_AZ_EN), "rulat": word.translate(_AZ_RULAT),
            "tr": word.translate(_AZ_TR), "ru": _az_to_cyr(word)}[style]  # fmt: skip


@dataclass
class Person:
    index: int
    origin: str  # az | nc | tr
    given: str
    surname: str
    father: str
    town: int
    born: int
    group: str
    kunya: tuple[int, int] | None = None  # (kunya index, nisba index)
    mentions: int = 1
    cell: int = 0
    female: bool = False


TR_PREFIXES = ("Kara", "Ak", "Öz", "Demir", "Gök", "Yıldız", "Er")


def _surname(rng: random.Random, origin: str, female: bool) -> str:
    """Surnames as each tradition builds them: Azerbaijani and Caucasian ones from a
    father's or ancestor's name (one or two roots: Məmmədov, Hacıbabayev, Магомедсалихов),
    Turkish ones as words, some compound (Karakaya, Demirtaş, Yılmazoğlu)."""
    if origin == "tr":
        word = rng.choice(TR_SURNAMES)
        roll = rng.random()
        if roll < 0.25:
            return rng.choice(TR_PREFIXES) + word.lower().replace("i̇", "i")
        return word + "oğlu" if roll < 0.35 else word
    roots = NC_ROOTS if origin == "nc" else AZ_ROOTS
    root = rng.choice(roots)
    if rng.random() < 0.45:
        root += rng.choice(roots).lower().replace("i̇", "i")
    if origin == "nc":
        if root.endswith(("ов", "ев")):
            return root + ("а" if female else "")
        return root + ("ев" if root[-1] in "аеиоуй" else "ов") + ("а" if female else "")
    roll = rng.random()
    if roll < 0.12:
        return root + "li"
    if roll < 0.2:
        return root + "zadə"
    stem = root + ("yev" if root[-1] in "aeəıioöuü" else "ov")
    return stem + ("a" if female else "")


def _new_person(rng: random.Random, index: int, used: Counter[tuple[str, str, str]]) -> Person:
    origin = rng.choices(("az", "nc", "tr"), (0.55, 0.25, 0.2))[0]
    female = origin == "az" and rng.random() < 0.08
    names = AZ_FEMALE if female else {"az": AZ_GIVEN, "nc": NC_GIVEN, "tr": TR_GIVEN}[origin]
    namesake = rng.random() < 0.03  # another man of the same name, from elsewhere
    while True:
        given, surname = rng.choice(names), _surname(rng, origin, female)
        if namesake or not used[(origin, given, surname)]:
            break
    used[(origin, given, surname)] += 1
    father = rng.choice({"az": AZ_GIVEN, "nc": NC_GIVEN, "tr": TR_GIVEN}[origin])
    town = rng.randrange(len(TOWNS[origin]))
    p = Person(index, origin, given, surname, father, town, rng.randint(1970, 2000),
               rng.choice(GROUPS), female=female)  # fmt: skip
    if not female and rng.random() < 0.2:
        p.kunya = (rng.randrange(len(KUNYAS)), rng.randrange(len(NISBAS[origin])))
    p.mentions = min(40, 1 + int(rng.paretovariate(1.6)))
    return p


def make_people(rng: random.Random, mentions: int) -> list[Person]:
    """People until their mentions add up to `mentions`; one in eight has a brother."""
    people: list[Person] = []
    used: Counter[tuple[str, str, str]] = Counter()
    total = 0
    while total < mentions:
        p = _new_person(rng, len(people), used)
        people.append(p)
        total += p.mentions
        if rng.random() < 0.12:  # a brother: surname, town and father, close in age
            names = {"az": AZ_GIVEN, "nc": NC_GIVEN, "tr": TR_GIVEN}[p.origin]
            surname = (
                p.surname.removesuffix("a" if p.origin == "az" else "а") if p.female else p.surname
            )
            brother = Person(len(people), p.origin, rng.choice(names), surname, p.father, p.town,
                             p.born + rng.choice((-4, -3, -2, 2, 3, 5)), p.group,
                             mentions=min(40, 1 + int(rng.paretovariate(1.6))))  # fmt: skip
            if brother.given != p.given:
                used[(p.origin, brother.given, surname)] += 1
                people.append(brother)
                total += brother.mentions
    return people


@dataclass
class Doc:
    id: str
    style: str
    year: int
    people: list[int] = field(default_factory=list)


def make_documents(rng: random.Random, people: list[Person], mentions: int) -> list[Doc]:
    """Documents about cells of people from one town, until `mentions` are written."""
    by_town: dict[tuple[str, int], list[Person]] = {}
    for p in people:
        by_town.setdefault((p.origin, p.town), []).append(p)
    cells: list[list[int]] = []
    for members in by_town.values():
        rng.shuffle(members)
        start = 0
        while start < len(members):
            size = rng.randint(2, 7)
            cells.append([m.index for m in members[start : start + size]])
            start += size
    budget = [p.mentions for p in people]
    open_cells = [c for c in cells if any(budget[i] for i in c)]
    docs: list[Doc] = []
    written = 0
    while written < mentions and open_cells:
        cell = rng.choice(open_cells)
        alive = [i for i in cell if budget[i] > 0]
        if not alive:
            open_cells.remove(cell)
            continue
        chosen = rng.sample(alive, min(len(alive), rng.choice((1, 1, 2, 2, 3, 3, 4, 5))))
        if rng.random() < 0.2:  # someone from elsewhere named in passing
            chosen.append(rng.randrange(len(people)))
        chosen = list(dict.fromkeys(chosen))[: mentions - written]
        for i in chosen:
            budget[i] = max(0, budget[i] - 1)
        origin = people[chosen[0]].origin
        styles = {"az": (0.35, 0.1, 0.2, 0.2, 0.1, 0.05), "nc": (0.05, 0.0, 0.25, 0.5, 0.1, 0.1),
                  "tr": (0.1, 0.0, 0.25, 0.1, 0.0, 0.55)}[origin]  # fmt: skip
        doc_id = hashlib.sha256(f"doc{len(docs)}".encode()).hexdigest()
        docs.append(Doc(doc_id, rng.choices(STYLES, styles)[0], rng.randint(2013, 2020), chosen))
        written += len(chosen)
    return docs


def _typo(rng: random.Random, word: str) -> str:
    """A letter dropped or two swapped, as hurried typing and OCR leave them."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _kunya(p: Person, style: str) -> str:
    assert p.kunya is not None
    kunya, nisba = KUNYAS[p.kunya[0]], NISBAS[p.origin][p.kunya[1]]
    column = {"en": 0, "rulat": 0, "ascii": 0, "az": 1, "tr": 2, "ru": 3, "ar": 4}[style]
    marker = MARKERS[{"rulat": "en", "ascii": "en"}.get(style, style)]
    return f"{marker} {kunya[column]} {nisba[column]}"


def render_name(rng: random.Random, p: Person, style: str) -> tuple[str, str | None]:
    """(the name a document gives, an alias or None)."""
    roll = rng.random()
    if p.kunya and roll < 0.08:  # a Telegram notice: the kunya only
        return _kunya(p, "ar" if rng.random() < 0.15 else style), None
    given = write_word(p.given, p.origin, style)
    surname = write_word(p.surname, p.origin, style)
    if roll < 0.13 if p.kunya else roll < 0.05:
        return surname, None  # a surname alone
    if rng.random() < 0.03:
        surname = _typo(rng, surname)
    name = (
        f"{surname} {given}"
        if style in ("ru", "rulat") and rng.random() < 0.15
        else f"{given} {surname}"
    )
    if rng.random() < 0.04:
        father = write_word(p.father, p.origin, style)
        if p.origin == "az":
            name = f"{given} {father} {'qızı' if p.female else 'oğlu'} {surname}"
        elif style == "ru" and p.origin == "nc":
            name = f"{given} {father}ович {surname}"
    alias = None
    if p.kunya and rng.random() < 0.35:
        alias = _kunya(p, style)
    return name, alias


def _town(rng: random.Random, p: Person, style: str) -> str:
    town = TOWNS[p.origin][p.town]
    if rng.random() < 0.02:  # the place of arrest taken for a hometown
        town = rng.choice(TOWNS[p.origin])
    return town[2] if style == "ru" else town[1] if style in ("en", "rulat") else town[0]


def _place_extra(name: str) -> dict[str, Any] | None:
    place = lookup_place(name)
    return {"as_written": name, "place": place.as_dict()} if place else None


def mention_claims(rng: random.Random, doc: Doc, slot: int, p: Person) -> list[dict[str, Any]]:
    """The Person claims one document makes about one person, as extraction writes them."""
    eid = f"{doc.id[:16]}:p{slot}"
    name, alias = render_name(rng, p, doc.style)
    facts: list[tuple[str, str, str | None, dict[str, Any] | None]] = [("name", name, None, None)]
    if alias:
        facts.append(("alias", alias, None, None))
    if rng.random() < 0.55:
        town = _town(rng, p, doc.style)
        facts.append(("hometown", town, None, _place_extra(town)))
    if rng.random() < 0.4:
        age = doc.year - p.born - rng.choice((0, 0, 0, 1))
        if rng.random() < 0.02:
            age += rng.randint(5, 15)
        facts.append(("age", str(age), str(doc.year), None))
    if rng.random() < 0.3:
        group = lookup_group(p.group)
        facts.append(("group", p.group, None, {"group_id": group.id} if group else None))
    return [
        {"id": hashlib.sha1(f"{eid}|{prop}|{value}".encode()).hexdigest(), "entity_id": eid,
         "canonical_id": eid, "schema": "Person", "prop": prop, "value": value, "date": date,
         "document_id": doc.id, "extractor": "benchmark.v1", "confidence": 0.9,
         "credibility": 6, "review": "pending", "extra": extra}
        for prop, value, date, extra in facts
    ]  # fmt: skip


def write_store(
    store: Store, rng: random.Random, people: list[Person], docs: list[Doc]
) -> dict[str, int]:
    """The documents and their claims in the store; returns entity id → true person."""
    truth: dict[str, int] = {}
    now = "2024-01-01T00:00:00+00:00"
    blobs, documents, claims = [], [], []
    for doc in docs:
        path = f"bench/{doc.id[:12]}.txt"
        blobs.append({"sha256": doc.id, "size": 1, "media_type": "text/plain",
                      "path": path, "format": "text", "ingested_at": now})  # fmt: skip
        documents.append({"id": doc.id, "blob_sha256": doc.id, "key": "", "kind": "article",
                          "path": path, "published": f"{doc.year}-06-01",
                          "media_type": "text/plain", "text": "", "ingested_at": now})  # fmt: skip
        for slot, index in enumerate(doc.people, start=1):
            rows = mention_claims(rng, doc, slot, people[index])
            truth[rows[0]["entity_id"]] = index
            claims.extend(rows)
    with store.engine.begin() as conn:
        conn.execute(insert(schema.blobs), blobs)
        conn.execute(insert(schema.documents), documents)
        for start in range(0, len(claims), 50_000):
            conn.execute(insert(schema.claims), claims[start : start + 50_000])
    return truth


def pairwise(
    truth: dict[str, int], predicted: dict[str, str]
) -> tuple[float, float, int, int, int]:
    """Pairwise precision and recall of `predicted` clusters against `truth`."""

    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter((truth[e], predicted[e]) for e in truth))
    said = pairs(Counter(predicted[e] for e in truth))
    real = pairs(Counter(truth.values()))
    return both / said if said else 1.0, both / real if real else 1.0, both, said, real


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--db", type=Path, default=None, help="keep the store here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.perf_counter()
    people = make_people(rng, args.mentions)
    docs = make_documents(rng, people, args.mentions)
    folder = Path(tempfile.mkdtemp(prefix="ffdb-resolve-"))
    store = open_store(str(args.db or folder / "bench.sqlite"))
    truth = write_store(store, rng, people, docs)
    print(f"generated {len(truth):,} mentions of {len(set(truth.values())):,} people "
          f"in {len(docs):,} documents ({time.perf_counter() - started:.1f} s)")  # fmt: skip
    started = time.perf_counter()
    kwargs = {"threshold": args.threshold} if args.threshold is not None else {}
    result = resolve_store(store, workers=args.workers, **kwargs)
    total = time.perf_counter() - started
    for phase, seconds in result.timings.items():
        print(f"  {phase:11} {seconds:6.2f} s")
    print(f"resolved in {total:.1f} s with {args.workers} worker(s): "
          + ", ".join(f"{k} {v:,}" for k, v in result.counts.items()))  # fmt: skip
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.claims.c.entity_id, schema.claims.c.canonical_id))
        predicted = dict(rows.all())
    precision, recall, both, said, real = pairwise(truth, predicted)
    print(f"{result.clusters:,} persons found for {len(set(truth.values())):,} true; "
          f"{result.unsure:,} pairs for review")  # fmt: skip
    print(f"pairwise precision {precision:.4f} recall {recall:.4f} "
          f"(true pairs {real:,}, predicted {said:,}, right {both:,})")  # fmt: skip
    store.close()


if __name__ == "__main__":
    main()
