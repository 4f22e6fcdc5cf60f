"""From a run of capitalised words to the names it holds: the run is cut into
segments where no name goes on, each segment is trimmed of what opens or closes it
without being a name (titles, roles, places, noise), and what is left is classified
(full, kunya, titled, surname, nisba, given) or dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import (
    MONTH_LIKE_GIVEN,
    WEAK_GIVEN,
    nationalities,
    organisation_words,
    roles,
    stopwords,
)
from ffdb.extract.lexicon import group_words as _group_words
from ffdb.extract.people_hijri import hijri_month_length
from ffdb.extract.people_leading import OFFICE_QUALIFIERS, Leading, trim_sentence_opener
from ffdb.extract.people_places import (
    PlaceTest,
    is_demonym,
    is_place_phrase,
    is_town,
    is_trailing_place,
    without_places_beside_surname,
)
from ffdb.extract.people_words import (
    RunToken,
    feminine_oblique_before_name,
    given_before_surname,
    given_gender,
    is_case_word,
    is_courtesy,
    is_initial,
    is_kunya_name,
    is_name_nisba,
    is_noise,
    is_role_word,
    is_surname_word,
    is_title,
    lower_after_hyphen,
    particle_inside,
    split_run,
    town_after_given,
)
from ffdb.extract.tokens import fold
from ffdb.names.places import lookup_place

# Turkish and Azerbaijani institutions: "-lığı", "-lüğünce" (Müdürlüğü, Başsavcılığı)
_INSTITUTION: Final = re.compile(r"(?:lı|li|lu|lü)ğ[ıiuü]")


@dataclass(frozen=True, slots=True)
class FoundName:
    """A name found in a run, offsets relative to the run."""

    start: int
    end: int
    kind: str
    words: tuple[str, ...]
    gender: str | None
    titles: tuple[str, ...]
    initial: bool
    confidence: float


@lru_cache(maxsize=32768)
def run_names(
    run: str,
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None = None,
) -> tuple[FoundName, ...]:
    """The names a run of capitalised words holds (offsets relative to the run);
    `gender` is the one the words around it show, if any."""
    toks = _without_possessive_son(split_run(run))
    while toks and not toks[0].text[:1].isalpha() and toks[0].text[:1] not in "‘ʿ":
        toks.pop(0)
        initial = False
    month = hijri_month_length(toks)
    if month:  # "14 Раби аль-Авваль 1438": a month, then perhaps a name
        toks, initial = toks[month:], False
    if not toks:
        return ()
    out: list[FoundName] = []
    for segment, seg_initial in _segments(toks, initial, inflected):
        found = _segment_name(run, segment, seg_initial, inflected, role, is_place, gender)
        if found is not None:
            out.append(found)
        role = False
    return tuple(out)


def _segments(
    toks: list[RunToken], initial: bool, inflected: bool = False
) -> list[tuple[list[RunToken], bool]]:
    """A run cut at organisation words, group heads and function words (none of which
    stands inside a name), and after a word carrying a case suffix."""
    heads, stop = _group_words()["head"], stopwords()
    if is_organisation_word(toks[-1].fold) and len(toks) > 1:
        # "Abu Bakr Mosque", "State Oil Company", "Cinayət Məcəlləsinin" name things; a
        # person may still stand before a thing: after a case ending ("Zehra Kaplan'ın
        # Esenboğa Havalimanı'nda"), or before a thing named after someone ("Rəşad
        # Əlizadə Heydər Əliyev Beynəlxalq Hava Limanında saxlanılıb")
        cut = max((i for i, t in enumerate(toks[:-1]) if t.suffixed), default=-1)
        if cut >= 0 and all(t.fold in roles() or is_title(t) for t in toks[: cut + 1]):
            return []  # "the Prosecutor General's Office": an office, by its holder's title
        if cut >= 0:
            return _segments(toks[: cut + 1], initial, inflected)
        head = _person_before_named_thing(toks) or _person_before_court(toks)
        return [(head, initial)] if head else []
    if toks[0].fold in heads and not given_before_surname(
        toks[0], toks[1] if len(toks) > 1 else None
    ):
        return []  # "Jabhat al-Nusra", "Wilāyat Sharq Asīā"
    out: list[tuple[list[RunToken], bool]] = []
    segment: list[RunToken] = []
    seg_initial = initial
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # "Prosecutor Liridona Berisha": an office opening the run is a role, not a body
        office = (
            nxt is not None and tok.fold in roles() and all(_qualifies_office(t) for t in toks[:i])
        )
        thing = tok.fold in heads or (is_organisation_word(tok.fold) and not office)
        breaker = thing and not given_before_surname(tok, nxt)
        if not breaker and tok.fold in stop and tok.fold not in MONTH_LIKE_GIVEN and segment:
            # a word with a Turkish case ending after its apostrophe is a proper name:
            # "Hakan Öz'ün" is the surname Öz ("own"), not the word
            proper = tok.suffixed and given_gender(segment[-1]) is not None
            # "Pieter De Smedt", "Jeroen Van Dijk": a surname's particle after a given name
            particle = particle_inside(segment, tok, nxt)
            breaker = (
                not forms.is_connector(tok.text)
                and not given_gender(tok)
                and not proper
                and not particle
            )
        if (
            forms.patronymic_gender(tok.text)
            and segment
            and is_surname_word(segment[-1])
            and not _kyrgyz_patronymic(tok, nxt)
        ):
            breaker = True  # "Gülnarə Süleymanova oğlu Kənan": her son, not a patronymic
        if not breaker and _INSTITUTION.search(tok.text):
            breaker = True  # "Sulh Ceza Hakimliğince", "Emniyet Müdürlüğü"
        if not breaker and inflected and segment and nxt is not None and is_case_word(tok):
            # a common word in its case between names ends the first and is no name:
            # "Hacıyevi Suriyaya Vüqar Nəbiyev adlı şəxs cəlb edib"
            breaker = True
        if breaker:
            if segment:
                out.append((segment, seg_initial))
            segment, seg_initial = [], False
            continue
        patronymic_next = nxt is not None and forms.patronymic_gender(nxt.text) is not None
        if (
            segment
            and not patronymic_next
            and (
                _oblique_before_nominative(segment[-1], tok)
                or _genitive_surname_before_name(segment[-1], tok, nxt)
                or feminine_oblique_before_name(segment[-1], tok, nxt)
            )
        ):
            out.append((segment, seg_initial))  # "с братом Рустамом Тимур Алиев"
            segment, seg_initial = [], False
        if is_initial(tok) and segment and not is_initial(segment[-1]):
            out.append((segment, seg_initial))  # "N. Hüseynova E. Qasımovun"
            segment, seg_initial = [], False
        if not patronymic_next and (
            _second_surname(segment, tok) or _given_after_whole(segment, tok)
        ):
            out.append((segment, seg_initial))  # "ittihamçısı Elnur Cəfərli Hüseynov üçün"
            segment, seg_initial = [], False
        segment.append(tok)
        if tok.suffixed and nxt is not None:
            out.append((segment, seg_initial))
            segment, seg_initial = [], False
    if segment:
        out.append((segment, seg_initial))
    return out


def _kyrgyz_patronymic(tok: RunToken, nxt: RunToken | None) -> bool:
    """ "Almaz Baktybekov uulu", "Cholpon Toktosunova kyzy": the Kyrgyz word ends the
    name, unless a given name follows it (her son, named)."""
    return forms.is_kyrgyz_patronymic(tok.text) and (nxt is None or given_gender(nxt) is None)


def _second_surname(segment: list[RunToken], tok: RunToken) -> bool:
    """A given name and a surname are a whole name: a word of the -ov/-zadə/-shvili
    shape after them is another person's surname (nobody bears two such surnames
    unhyphenated), as where one name ends a phrase and the next begins."""
    if len(segment) == 1:
        # "İsmayılzadə Rzayevlə birlikdə": two surnames alone, two men named by them
        return is_surname_word(segment[0]) and is_surname_word(tok) and not is_initial(tok)
    return (
        len(segment) >= 2
        and given_gender(segment[-2]) is not None
        and given_gender(segment[-1]) is None
        and forms.surname_strength(segment[-1].text) >= 1
        and forms.surname_strength(tok.text) >= 2
        and given_gender(tok) is None
    )


def _office_inside(toks: list[RunToken]) -> int:
    """The index after an office word that follows the name of a body and precedes a
    given name ("Ankara Barosu Başkanı Mehmet Demir", "Bakı Şəhər Məhkəməsinin Hakimi
    Rauf Əliyev"); 0 when there is none."""
    for i in range(1, len(toks) - 1):
        office = toks[i].fold in roles() and given_gender(toks[i + 1]) is not None
        if office and not any(given_gender(t) is not None for t in toks[:i]):
            return i + 1
    return 0


def _given_after_whole(segment: list[RunToken], tok: RunToken) -> bool:
    """A given name after a given name and an -ov/-zadə surname starts something else
    ("Arzu Quliyeva Turan informasiya agentliyinə": the outlet Turan)."""
    return (
        len(segment) >= 2
        and given_gender(segment[-2]) is not None
        and forms.surname_strength(segment[-1].text) == 2
        and given_gender(segment[-1]) is None
        and given_gender(tok) is not None
        and not forms.is_kyrgyz_patronymic(tok.text)  # "Бекзат Жумабеков уулу"
    )


# Azerbaijani and Turkish glue case and possessive endings to an organisation word
# ("Məhkəməsinin", "Nazirliyinə", "Müdürlüğünden"): the word without them is looked up.
_ORG_TAILS: Final = tuple(
    sorted(
        "nin nın nun nün in ın un ün na ne nə a e ə ya ye yə da de də dan den dən nda nde ndə "
        "ndan nden ndən ni nı nu nü i ı u ü si sı sinin sının sine sına sinə sinde sında sində "
        "sinden sından sindən ler lar lər leri ları ləri lerinin larının lərinin".split(),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=16384)
def is_organisation_word(word: str) -> bool:
    """Whether a folded word is an organisation word, perhaps with a case ending."""
    org = organisation_words()
    if word in org:
        return True
    for tail in _FOLDED_TAILS:
        if word.endswith(tail) and len(word) - len(tail) >= 4 and word[: -len(tail)] in org:
            return True
    for tail, nominative in _RU_CASES:  # "Республики", "Суда", "Министерства", "Службой"
        if (
            word.endswith(tail)
            and len(word) - len(tail) >= 3
            and word[: -len(tail)] + nominative in org
        ):
            return True
    return False


# Russian case endings of nouns and the nominative endings they come from
_RU_CASES: Final = tuple(
    (fold(tail), fold(nominative))
    for tail, nominative in (
        ("ой", "а"), ("ей", "я"), ("и", "а"), ("ы", "а"), ("е", "а"), ("у", "а"), ("ю", "я"),
        ("и", "я"), ("а", ""), ("у", ""), ("е", ""), ("ом", ""), ("ем", ""), ("а", "о"),
        ("у", "о"), ("ом", "о"), ("е", "о"), ("и", "ь"), ("ю", "ь"), ("ью", "ь"),
    )
)  # fmt: skip


_FOLDED_TAILS: Final = tuple(dict.fromkeys(fold(t) for t in _ORG_TAILS))

_CYRILLIC_WORD: Final = re.compile(r"^[А-ЯЁ][а-яё]+$")


_RU_GENITIVE_SURNAME: Final = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")
# the genitive of a Tajik -зода surname and of a Russian one in -ский ("Адвокат Назарзоды
# Фаррух Каримов", "защитник Ковальского Иван Петров"): someone else's, before a name
_OTHER_GENITIVE_SURNAME: Final = re.compile(r"[а-яё]{2}(?:зоды|ского|цкого)$")


def _qualifies_office(tok: RunToken) -> bool:
    return tok.fold in OFFICE_QUALIFIERS or tok.fold in roles()


def _cased_place_after_name(toks: list[RunToken], is_place: PlaceTest) -> bool:
    """ "Mehmet Arslan Kırıkkale'de yakalandı": a place of any size with a Turkish case
    ending after its apostrophe, behind a given name and surname, is where, not who."""
    last = toks[-1]
    if _all_given(toks[:-1]) and forms.surname_strength(last.text):
        return False  # "İbrahim Halil Aktaş'ın": given names only before, the surname
    return (
        last.suffixed
        and not forms.is_nisba(last.text)
        and is_place(last.text)
        # the stem before the apostrophe is the place itself: "Tosun'du" is no "Tos" with
        # a case ending before its copula
        and lookup_place(last.text) is not None
        and given_gender(last) is None
        and any(given_gender(t) for t in toks[:-1])
    )


def _all_given(toks: list[RunToken]) -> bool:
    # a plain loop: mypyc's code for all() over a generator here left a variable that
    # gcc -Werror takes for uninitialised
    for tok in toks:  # noqa: SIM110
        if given_gender(tok) is None:
            return False
    return True


def _short_surname(toks: list[RunToken]) -> bool:
    """Turkish surnames that are also small words ("Hakan Öz'ün"): with a case ending
    after its apostrophe, right after a given name, a word of the language is the
    surname."""
    last = toks[-1]
    return (
        len(toks) >= 2
        and given_gender(toks[-2]) is not None
        and last.text[:1].isupper()
        and not last.text.isupper()
        and last.fold.isalpha()
        and last.fold not in nationalities()
    )


def _surname_like_nation(toks: list[RunToken]) -> bool:
    """Turkish surnames that are also names of peoples ("Mehmet Ali Kurt", "Ahmet Türk",
    "Hasan Özbek"): right after a given name a people's name is the surname; before one it
    describes ("Özbek militan", "Kürt Ahmet")."""
    last = toks[-1]
    return (
        len(toks) >= 2
        and given_gender(toks[-2]) is not None
        and last.fold in nationalities()
        and not last.text.isupper()
        and not last.fold.isdigit()
    )


# A court's own words before its noun ("Ali Məhkəmə": the Supreme Court; "Ağır Ceza
# Mahkemesi", "Верховный суд"), given names though some of them are ("Ali"), and the
# courts named by one word ("Yargıtay").
_COURT_WORDS: Final = frozenset(
    fold(w)
    for w in "Ali Yüksək Yüksek Konstitusiya Apellyasiya İstinaf Ağır Cinayətlər Ceza Sulh "
    "Asliye Hərbi Askeri Верховный Верховного Верховному Верховным Апелляционный "
    "Апелляционного Апелляционному Военный Военного Военному Кассационный "
    "Кассационного Yargıtay Danıştay".split()
)


def _person_before_court(toks: list[RunToken]) -> list[RunToken]:
    """ "Elnur Səfərov Ali Məhkəməyə": a given name and surname, then a court named by
    its own words only (one of them at least no organisation word)."""
    lead = 0  # "Avukat Mehmet Yılmaz Yargıtay ...": the title stays with the name
    while lead < len(toks) - 3 and (toks[lead].fold in roles() or is_title(toks[lead])):
        lead += 1
    given, surname = toks[lead], toks[lead + 1] if lead + 1 < len(toks) else None
    if surname is None or given_gender(given) is None or surname.fold in _COURT_WORDS:
        return []
    if is_town(surname.text):
        # "Vüqar Bakı Ağır Cinayətlər Məhkəməsi tərəfindən": the court of a town, after a
        # man named by his given name
        return toks[: lead + 1] if _court_body(toks[lead + 2 :]) else []
    return toks[: lead + 2] if _court_body(toks[lead + 2 :]) else []


def _court_body(body: list[RunToken]) -> bool:
    if not body or not any(t.fold in _COURT_WORDS for t in body):
        return False
    return all(t.fold in _COURT_WORDS or is_organisation_word(t.fold) for t in body)


def _person_before_named_thing(toks: list[RunToken]) -> list[RunToken]:
    """The given name and surname opening a long run that ends in an organisation word,
    when a second given name and surname follow them (the name the thing bears)."""
    if len(toks) < 5 or given_gender(toks[0]) is None:
        return []
    if not is_surname_word(toks[1]) and forms.surname_strength(toks[1].text) == 0:
        return []  # "Cəlil Hüseynli Heydər Əliyev ... Aeroportunda": -li will do too
    if given_gender(toks[2]) is None or forms.surname_strength(toks[3].text) == 0:
        return []
    return toks[:2]


_MASCULINE_SURNAME: Final = re.compile(r"(?:ов|ев|ёв|ин|ын)$")


def _genitive_surname_before_name(prev: RunToken, tok: RunToken, nxt: RunToken | None) -> bool:
    """ "Брат Али Алиева Муса Алиев": a surname in -ова/-ева (a man's genitive), then a
    given name and a man's surname in the nominative: two people ("Керимова Гюнай" alone
    is a woman's name written surname first)."""
    return (
        nxt is not None
        and (
            _RU_GENITIVE_SURNAME.search(prev.text) is not None
            or _OTHER_GENITIVE_SURNAME.search(prev.text) is not None
        )
        and _CYRILLIC_WORD.match(tok.text) is not None
        and given_gender(tok) is not None
        and forms.lemma_given(tok.text)[0] == tok.text
        and _MASCULINE_SURNAME.search(nxt.text) is not None
    )


def _oblique_before_nominative(prev: RunToken, tok: RunToken) -> bool:
    """A Russian given name in an oblique case ("Рустамом", "Ильхама") right before one
    in the nominative that opens a name: two people, not one name."""
    if not (_CYRILLIC_WORD.match(prev.text) and _CYRILLIC_WORD.match(tok.text)):
        return False
    lemma_prev, gender_prev = forms.lemma_given(prev.text)
    lemma_tok, gender_tok = forms.lemma_given(tok.text)
    if gender_prev is None or gender_tok is None or lemma_tok != tok.text:
        return False
    if lemma_prev == prev.text:
        return False
    if prev.text.endswith(("ом", "ем", "ым", "ой", "ому", "у")):
        return True
    # "мать Ильяса Зарема Бекмурзаева": a man's genitive, then a name in the nominative
    return gender_prev == "m" and prev.text.endswith(("а", "я"))


def _without_possessive_son(toks: list[RunToken]) -> list[RunToken]:
    """A patronymic in a case closes an official name, surname first, three words before
    it ("Musayev Rəşad Ağaverdi oğluna"); else the word is the person's son or daughter
    ("Annesi Fatma Kaya oğlunun ölümünü"): the run ends before it."""
    for i, tok in enumerate(toks):
        if forms.patronymic_nominative(tok.text) != tok.text and (
            i < 3 or forms.surname_strength(toks[i - 3].text) == 0
        ):
            return toks[:i]
    return toks


def _segment_name(
    run: str,
    toks: list[RunToken],
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None = None,
) -> FoundName | None:
    """Trim a segment to the name it holds, if any."""
    found_titles: list[str] = []
    lead = Leading(found_titles)
    office = _office_inside(toks)
    if office:  # "Ankara Barosu Başkanı Mehmet Demir": the body, its office, the holder
        toks, initial, role = toks[office:], False, True
    toks = lead.trim(run, toks, inflected, is_place)
    if toks and lead.trimmed:
        initial = False
    opened = trim_sentence_opener(toks, initial, inflected)
    if opened is not toks:  # "İlahiyyatçı Hacı Şahin Qurbanlı": the title after it, too
        toks, initial = lead.trim(run, opened, inflected, is_place), False
    role = role or lead.role
    initials = lead.initials
    if lead.kin and len(toks) == 1 and _RU_GENITIVE_SURNAME.search(toks[0].text):
        return None  # "Жена Керимова заявила": Kerimov's wife, whom the text does not name
    while len(toks) > 1 and is_courtesy(toks[-1].text):
        toks = toks[:-1]  # "Saniye Hanım", "Hüseyin Bey": a courtesy after the given name
    if len(toks) == 1 and is_courtesy(toks[0].text):
        return None
    while toks and (
        (
            is_noise(toks[-1])
            and not is_name_nisba(toks)
            and not is_kunya_name(toks)
            and not _surname_like_nation(toks)
            and not (toks[-1].suffixed and _short_surname(toks))
        )
        or (forms.is_connector(toks[-1].text) and not forms.patronymic_gender(toks[-1].text))
        or is_demonym(toks[-1], is_place)
        # an office after a full name starts what the person did ("Gülşen Yalçın
        # Dışişleri'ne başvurdu"); "Abdul Hakim" keeps its word
        or (
            len(toks) > 2
            and toks[-1].fold in roles()
            and not given_gender(toks[-1])
            and not forms.is_connector(toks[-1].text)  # "Rəşid qızı", "Tofiq oğlu"
        )
    ):
        toks = toks[:-1]
    while len(toks) > 2 and (
        is_trailing_place(toks[-1], inflected) or _cased_place_after_name(toks, is_place)
    ):
        toks = toks[:-1]  # "Ramil Qurbanov Suriyada", "Mehmet Yılmaz Adıyaman doğumlu"
    toks = without_places_beside_surname(toks, inflected)
    if not toks:
        return None
    if len(toks) == 3 and inflected and _cased_given_after_full(toks):
        toks = toks[:2]  # "Hakim Fərhad Kərimov Nərmini ... məhrum edib": the object after
    if len(toks) == 2 and inflected and town_after_given(toks):
        toks = toks[:1]  # "Rüstəm Rəqqə uğrunda", "Ahmed Mosul'da": the man, then where
    if (
        len(toks) >= 3
        and is_surname_word(toks[0])
        and given_gender(toks[1])
        and is_surname_word(toks[2])
    ):
        toks = toks[1:]  # "адвокат Каримова Анна Белова": Karimov's lawyer Anna Belova
    if _adjective_place(toks):
        return None  # "Набережных Челнов", "Минеральных Вод": a place in the genitive
    if initials and len(toks) == 1 and is_role_word(toks[0].fold):
        return None  # "U.S. Attorney's Office": an office, not a man named by initials
    if (
        initials
        and len(toks) == 1
        and _RU_PAST_VERB.match(toks[0].text)
        and not given_gender(toks[0])
    ):
        return None  # "сын Шогенова М. Х. Выехал в Сирию": initials end a sentence
    if initials and len(toks) == 1 and not is_initial(toks[0]):
        words, gender = forms.normalise_name([toks[0].text], inflected)
        return FoundName(
            toks[0].start, toks[0].end, "surname", tuple(words), gender, (), False, 0.7
        )
    return _classify(run, toks, tuple(found_titles), initial, inflected, role, is_place, gender)


# a Russian verb in the past, as a sentence after initials opens ("Выехал", "Вступила",
# "Вернулись", "Находился"): no surname ends so
_RU_PAST_VERB: Final = re.compile(
    r"^[А-ЯЁ][а-яё]{2,}(?:ал|ял|ил|ел|ул|ыл|ала|яла|ила|ела|ула|али|яли|или|ели|ался|ялся|ился"
    r"|алась|ялась|илась|ались|ились)$"
)
_RU_PLURAL_ADJECTIVE: Final = re.compile(r"^[А-ЯЁ][а-яё]{3,}[ыи]х$")


def _cased_given_after_full(toks: list[RunToken]) -> bool:
    """A given name and an -ov/-zadə surname, then a known given name with an Azerbaijani
    case ending glued on: a name, then another person's in its case."""
    if not given_gender(toks[0]) or forms.surname_strength(toks[1].text) != 2:
        return False
    if given_gender(toks[2]):
        return False  # a name as written: a double given name, a patronymic
    stem, gender = forms.lemma_given_turkic(toks[2].text)
    return gender is not None and stem != toks[2].text


def _adjective_place(toks: list[RunToken]) -> bool:
    """Two Russian words, the first an adjective in the genitive or prepositional
    plural, neither a given name: a place's name in its case, not a surname and a name
    (a surname in -ых comes after the given name, or before it in police order)."""
    return (
        len(toks) == 2
        and _RU_PLURAL_ADJECTIVE.match(toks[0].text) is not None
        and given_gender(toks[0]) is None
        and given_gender(toks[1]) is None
    )


def _classify(
    run: str,
    toks: list[RunToken],
    found_titles: tuple[str, ...],
    initial: bool,
    inflected: bool,
    role: bool,
    is_place: PlaceTest,
    gender: str | None,
) -> FoundName | None:
    start, end = toks[0].start, toks[-1].end
    surface = run[start:end]
    kind = _kind_of(toks, found_titles, role)
    if kind is None:
        return None
    if kind in ("full", "titled") and len(toks) <= 3 and is_place_phrase(surface):
        return None  # Kohne Xacmaz
    if found_titles and is_place_phrase(f"{found_titles[-1].rstrip('.')} {surface}"):
        return None  # Sheikh Maqsoud, a district of Aleppo
    if kind == "kunya" and len(toks) <= 3 and is_town(surface):
        return None  # Abu Dhabi, Abu Kamal; not the hamlets that share a kunya's name
    if kind == "surname" and (is_place(toks[0].text) or lower_after_hyphen(toks[0].text)):
        return None  # a place; "Telegram-каналов", a compound of common words
    # "Адам из соседней улицы": a given name a small town shares (Adam in Oman) is a
    # name; a word that is no given name, or a town of some size, is the place
    if (
        kind == "given"
        and is_place(toks[0].text)
        and (given_gender(toks[0]) is None or is_town(toks[0].text))
    ):
        return None
    words, gender = forms.normalise_name([t.text for t in toks], inflected, gender)
    if not words:
        return None
    if len(words) == len(toks):
        # a word whose case ending stands after an apostrophe is its stem as written:
        # "Bekim Selmani'nin" is Selmani's, not an accusative of Selma
        words = [
            t.text if t.suffixed and t.text[:1].isupper() else w
            for t, w in zip(toks, words, strict=True)
        ]
    if kind == "kunya" and len(words) >= 2 and inflected:
        words[1] = _kunya_nominative(words[1])
    return FoundName(
        start,
        end,
        kind,
        tuple(words),
        gender,
        found_titles,
        initial,
        0.9 if kind in ("full", "kunya") else 0.7,
    )


_A_STEM_OBLIQUE: Final = re.compile(r"(?<=[а-яё]{2})(?:ы|(?<=[гкхжшщч])и)$")


def _kunya_nominative(word: str) -> str:
    """The name after "Абу" in the nominative when a Russian case ending shows it is an
    -а name no list knows ("Абу Хурайры" → "Абу Хурайра"); other endings are ambiguous
    ("Абу Бакра" is Бакр's genitive, "Абу Талха" a nominative) and stay."""
    if _CONSONANT_INSTRUMENTAL.search(word):
        return word[:-2]  # "с Абу Зарром" → Зарр, "Абу Ханзалем" → Ханзал
    if word.endswith(("ой", "ою")) and len(word) > 4:
        return word[: -len("ой")] + "а"  # "с Абу Талхой" → Талха
    return _A_STEM_OBLIQUE.sub("а", word)


_CONSONANT_INSTRUMENTAL: Final = re.compile(r"[а-яё]{2}[бвгджзклмнпрстфхцчшщ](?:ом|ем)$")


def _kind_of(toks: list[RunToken], found_titles: tuple[str, ...], role: bool) -> str | None:
    n = len(toks)
    first = toks[0]
    if forms.is_kunya_particle(first.text):
        return "kunya" if n >= 2 else None
    if n == 1:
        if is_title(first):
            return None  # "Prof. Dr" alone
        if forms.is_nisba(first.text):
            return "nisba"
        if found_titles and first.text[:1].isupper():
            return "titled"
        if forms.surname_strength(first.text) == 2:
            return "surname"
        return "given" if given_gender(first) else None
    if all(forms.is_nisba(t.text) for t in toks):
        return None
    if n == 2 and forms.is_kyrgyz_patronymic(toks[1].text) and forms.surname_strength(first.text):
        return "surname"  # "Baktybekov uulu": the surname, as Kyrgyz writes it
    strong = [t for t in toks if given_gender(t) and t.fold not in WEAK_GIVEN]
    shaped = [t for t in toks if forms.surname_strength(t.text) > 0]
    shaped += [t for t in toks[1:] if forms.is_ethnonym_nisba(t.text)]
    if strong and (n <= 4 or shaped):
        return "full"
    if any(given_gender(t) for t in toks) and shaped:
        return "full"
    if any(forms.is_connector(t.text) for t in toks[1:-1]) and n >= 3:
        return "full"  # Usamah Bin Jabran, Abd al-Rahman
    if [t for t in toks if forms.surname_strength(t.text) == 2] and n <= 4:
        return "full"
    if found_titles:
        return "titled"
    if role and n <= 3 and all(t.text[:1].isupper() and not t.text.isupper() for t in toks):
        return "full"  # "judge Martin Hale": the role vouches for unknown words
    return None
