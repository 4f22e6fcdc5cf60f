"""The fast paths of the event rules find what their plain forms find.

Regexes of the event rules open with the class of their first letters (`re` then skips
to those letters instead of trying a look-behind at every character), a clause is tried
in place instead of as a slice, and some scans are skipped in a document without the
words they need. Each is checked here against the plain form it stands for, over the
example articles and strings built to sit on their edges.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ffdb.extract import (
    context,
    event_checks,
    event_dates,
    event_days,
    event_lists,
    event_nouns,
    event_people,
    event_places,
    event_roles,
    event_subjects,
    events,
    timelines,
)
from ffdb.extract.scan import folded

ARTICLES = sorted((Path(__file__).parents[1] / "data" / "extract").glob("*.txt"))

_PIECES = [
    "He", "he", "She", "onun", "Onun", "o", "O", "он", "Она", "I", "Я", "mən", "Ben", "ben",
    "said", "told", "told reporters", "is", "IS", "was", "Were", "been", "be", "Said",
    "reported", "сообщил", "заявила", "on", "in", "that", "now", "still", "Сейчас", "hələ də",
    "hal-hazırda", "hâlâ", "born", "BORN", "г. р.", "г.р.", "doğumlu", "Doğum", "təvəllüdlü",
    "anadan olub", "родился", "рождения", "qardaşı", "Qardaşı", "həyat yoldaşı", "əmisi oğlu",
    "брат", "Брат", "двоюродный брат", "bir neçə", "onlarca", "сотни", "Dozens", "many", "3",
    "2015", "задержанный", "Подозреваемого", "şüpheli", "Şüphelinin", "həmin şəxs",
    "söz konusu şahıs", "данный боевик", "туда", "there", "THERE", "oraya", "ora",
    "the war zone", "The conflict zone", "war zone", "зону АТО", "на родину", "вдова",
    "widow of the", "lawyer of the", "сын", "Ахмед", "Elnur", "Əliyev", "Qusar", "İstanbul",
    "Ömər", "Şamil", "x", "-", "—", ":", ",", ".", "'", "’", "(", ")", " ", "  ", "\n",
    "\u00a0", "İ", "ı", "ſ",
]  # fmt: skip


def _texts() -> list[str]:
    rng = random.Random(5)
    made = [
        "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "-"]) for _ in range(14))
        for _ in range(1500)
    ]
    return [p.read_text(encoding="utf-8") for p in ARTICLES] + made


def _windows(text: str, rng: random.Random) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(6):
        lo = rng.randint(0, len(text))
        out.append((lo, min(len(text), lo + rng.randint(0, 120))))
    return out


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


# Each fast regex and the plain form it stands for.
_WORD_START = r"(?<![\w-])(?:"
_PLAIN: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        event_dates._PRESENT,
        re.compile(
            _WORD_START + r"now|currently|still|сейчас|ныне|в настоящее время|до сих пор|"
            r"по сей день|hâlâ|halen|hala|şu anda|hazırda|hal-hazırda|indi|hələ də)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_dates._SAID_BEFORE,
        re.compile(
            _WORD_START + r"said|says|told (?:\w+ )?|reported|announced|confirmed|stated|"
            r"claimed|сообщил[аи]?|заявил[аи]?|рассказал[аи]?|подтвердил[аи]?)\s+"
            r"(?:on\s+|in\s+)?$",
            re.I,
        ),
    ),
    (
        event_days._BIRTH,
        re.compile(
            _WORD_START + r"born|birth|рождени\w*|родил\w*|родивш\w*|г\.\s*р\.|doğumlu|"
            r"doğum|təvəllüdlü|anadan ol\w*)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_people._KIN_SUBJECT,
        re.compile(
            _WORD_START + r"qardaşı|atası|anası|həyat yoldaşı|bacısı|əmisi|dayısı|əmisi oğlu|"
            r"kardeşi|babası|annesi|eşi|ağabeyi|amcası|брат|отец|мать|жена|сестра|дядя|"
            r"двоюродный брат|родственник|əri|arvadı|kocası|муж)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_people._MANY,
        re.compile(
            r"\d|" + _WORD_START + r"bir neçə|onlarca|yüzlərlə|çoxlu|birkaç|onlarca|"
            r"yüzlerce|birçok|сотни|десятки|несколько|многие|более|около|dozens|hundreds|"
            r"several|many)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_nouns.ROLE_ANAPHOR,
        re.compile(
            _WORD_START + r"(?:задержанн|подозреваем|обвиняем|подсудим|осужденн|осуждённ)"
            r"(?:ый|ая|ого|ому|ым|ой)|фигурант(?:а|у|ом)?|şüpheli(?:nin|ye|yi)?|"
            r"zanlı(?:nın|ya|yı)?|sanık(?:ın|a|ı)?|terörist|şübhəli(?:nin|yə|ni)?|"
            r"təqsirləndirilən|müttəhim|həmin şəxs\w*|adıçəkilən|sözügedən|"
            r"söz konusu (?:şahıs|kişi|şüpheli)\w*|adı geçen|указанн(?:ый|ого|ому|ым)|"
            r"данн(?:ый|ого) (?:гражданин|мужчина|боевик)\w*)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_people._FIRST_PERSON,
        re.compile(r"(?<![\w-])(?:I|[Яя]|[Mm]ən|[Bb]en)(?![\w-])"),
    ),
    (
        event_places._THERE,
        re.compile(
            _WORD_START + r"туда|there|oraya|ora|ölkəyə|vətənə|ülkeye|yurda|на родину|домой|"
            r"зону (?:боевых действий|конфликта|АТО)|döyüş bölgəsinə|münaqişə zonasına|"
            r"savaş bölgesine|çatışma bölgesine|(?:the )?(?:conflict|war|combat) zone)"
            r"(?![\w-])",
            re.I,
        ),
    ),
    (
        events._KIN_OF,
        re.compile(
            _WORD_START + r"вдова|жена|мать|отец|сын|дочь|брат|сестра|семья|родственники|"
            r"адвокат|защитник|widow of (?:a|the)|lawyer of the)\s+$",
            re.I,
        ),
    ),
    (
        event_roles._SAYS,
        re.compile(
            r"(?<![\w-])(?<!is )(?<!was )(?<!were )(?<!been )(?<!be )(?:said|says|told|"
            r"stated|noted|added|announced|reported|claimed|confirmed|explained|wrote|denied|"
            r"заявил[аи]?|сообщил[аи]?|рассказал[аи]?|отметил[аи]?|добавил[аи]?|уточнил[аи]?|"
            r"подчеркнул[аи]?|пояснил[аи]?|bildirib|deyib|qeyd edib|açıqlayıb|vurğulayıb|"
            r"bildirdi|söyledi|açıkladı|belirtti|dedi|ifade etti|kaydetti)(?![\w-])",
            re.I,
        ),
    ),
    (
        event_roles._HE,
        re.compile(_WORD_START + r"onun|o|он|она|he|she)(?![\w-])", re.I),
    ),
    (
        event_roles._LAST_CAPITAL,
        re.compile(r"(?<![\w-])([A-ZÇĞİÖŞÜƏА-ЯЁ][a-zçğıöşüəа-яё]{2,})(?:\s+\S+)?\s+$"),
    ),
    (
        event_subjects._CAPITALISED,
        re.compile(r"(?<=\s)[A-ZÇĞİÖŞÜƏА-ЯЁ][a-zçğıöşüəа-яё]{2,}"),
    ),
]


@pytest.mark.parametrize("fast,plain", _PLAIN, ids=[p.pattern[12:30] for _, p in _PLAIN])
def test_fast_regexes_find_what_the_plain_ones_find(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    rng = random.Random(3)
    for text in _texts():
        for lo, hi in _windows(text, rng):
            assert _span(fast.search(text, lo, hi)) == _span(plain.search(text, lo, hi))
            assert _span(fast.match(text, lo, hi)) == _span(plain.match(text, lo, hi))
            piece = text[lo:hi]
            assert _span(fast.search(piece)) == _span(plain.search(piece)), piece
            assert _span(fast.match(piece)) == _span(plain.match(piece)), piece
        found = [m.group(1) if m.groups() else m.span() for m in fast.finditer(text)]
        assert found == [m.group(1) if m.groups() else m.span() for m in plain.finditer(text)]


def test_clause_tests_in_place_find_what_the_slices_find() -> None:
    rng = random.Random(4)
    relative = re.compile(r"(?:who|которые|который|которая)\s", re.I)
    for text in [*_texts(), " , who left", ",who\n", " ,  Которые были", ", whom "]:
        for lo, hi in _windows(text, rng):
            in_place = event_roles._RELATIVE_OPEN.match(text, lo, hi) is not None
            assert in_place == bool(relative.match(text[lo:hi].lstrip(" ,"))), text[lo:hi]
    skipped = (context.RELATIVE, context.ALIAS_CLAUSE, context.COMPANION_CLAUSE)
    extra = ["who was", "Whom", "also known as X", "a.k.a. Y", "along with", "вместе с ним"]
    for text in _texts() + [f"{a} {b}" for a in extra for b in ("", "x", ", y")]:
        for lo, hi in _windows(text, rng):
            piece = text[lo:hi]
            in_place = context._NO_SUBJECT_AT.match(text, lo, hi) is not None
            assert in_place == any(r.match(piece) for r in skipped), piece
            assert bool(context._RELATIVE_AT.match(text, lo, hi)) == bool(
                context.RELATIVE.match(piece)
            )
            assert bool(context._APPOSITIVE_AT.match(text, lo, hi)) == bool(
                context.APPOSITIVE.match(piece)
            )


_DENIALS = [
    "He is still alive.", "HE REMAINS ALIVE", "His death has not been confirmed",
    "killing could not be independently verified", "Он жив.", "Она жива", "остался в живых",
    "Смерть его не подтверждена", "гибель не подтвердилась", "Mirzə sağdır", "SAĞ-SALAMATDIR",
    "sağ olduğunu", "həyatdadır", "HƏYATDA OLDUĞUNU", "hayattadır", "Ölümü teyit edilmedi",
    "ÖLÜMÜ DOĞRULANMADI", "ölümü təsdiqlənməyib", "не подтвердилась", "оказалась ложной",
    "опровергнуто", "was not confirmed", "proved untrue", "turned out to be false",
    "NOT KILLED", "təsdiqlənmədi", "TƏSDİQİNİ TAPMADI", "təkzib olunub", "DOĞRULANMADI",
    "yalanlandı", "YALANLANDI", "teyit edilmedi", "TEYİT EDİLMEDİ",
]  # fmt: skip


_DENIAL_OPENINGS = [
    "The reports of his death were false", "REPORTS ABOUT HER ARREST PROVED UNTRUE",
    "Rumours of their capture turned out to be lies", "News of his killing was wrong",
    "Эти сведения не подтвердились", "СООБЩЕНИЯ о гибели оказались ложными",
    "Слухи опровергнуты", "Bu xəbər təkzib olunub", "HƏMİN MƏLUMAT TƏSDİQİNİ TAPMAYIB",
    "Bu məlumatlar doğru deyil", "Bu haber yalanlandı", "BU İDDİA DOĞRULANMADI",
    "Söz konusu bilgi doğru değil", "Bu iddialar asılsız",
]  # fmt: skip


def test_documents_without_the_denial_words_hold_no_denial() -> None:
    for text in _texts() + _DENIALS:
        low = folded(text)
        if low is None:
            continue
        for regex, words in (
            (event_checks._ALIVE, event_checks._ALIVE_WORDS),
            (event_checks._NOT_CONFIRMED, event_checks._NOT_CONFIRMED_WORDS),
        ):
            if regex.search(text):
                assert any(w in low for w in words), text
        starts = [0, *(i + 1 for i, c in enumerate(text) if c in ".\n")]
        if any(events._DENIAL_OPENS.match(text, start) for start in starts):
            assert any(w in low for w in events._DENIAL_WORDS), text
    for phrase in _DENIAL_OPENINGS:
        assert events._DENIAL_OPENS.match(phrase), phrase
        assert events._may_deny(phrase), phrase
    for phrase in _DENIALS:
        assert event_checks._ALIVE.search(phrase) or event_checks._NOT_CONFIRMED.search(phrase)


@pytest.mark.parametrize("phrase", ["Elnur ilə birlikdə", "ELNUR İLƏ BİRLİKDƏ", "Ali ile beraber"])
def test_a_companion_is_found_only_with_its_words(phrase: str) -> None:
    rng = random.Random(6)
    assert event_lists.has_companion_words(phrase)
    for text in [*_texts(), phrase, f"Together with his brother {phrase}"]:
        if event_lists.has_companion_words(text):
            continue
        for lo, hi in _windows(text, rng):
            assert event_lists._COMPANION.search(text, lo, hi) is None, text
            assert event_lists.POSTPOSED.match(text, lo) is None, text


def test_a_timeline_lead_ends_in_its_mark_and_a_space() -> None:
    for text in _texts():
        for start in [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]:
            for pos in range(start, min(len(text), start + 40) + 1):
                lead = timelines.DATED_LINE.match(text, start, pos)
                if lead is not None and lead.end() == pos:
                    assert pos - start >= 2 and text[pos - 2] in timelines._LINE_MARKS
                    assert text[pos - 1].isspace()


def test_the_lists_of_the_first_names_are_read_off_one_pass() -> None:
    rng = random.Random(8)
    word = re.compile(r"[A-ZÇĞİÖŞÜƏА-ЯЁ][\w'’-]+|\"[^\"\n]{1,20}\"")
    for text in _texts():
        spans = [(m.start(), m.end(), rng.randint(1, 3)) for m in word.finditer(text)]
        for lo in range(0, len(spans), 7):
            run = spans[lo : lo + 7]
            items, lasts = event_lists._chain_items(text, run)
            for j in range(len(run)):
                size, last = lasts[j]
                fast = context.coordinated_chain(text, [*items[: size - 1], last])
                assert fast == event_lists.coordinated_chain(text, run[: j + 1]), text
