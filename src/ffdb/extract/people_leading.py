"""What may open a run of capitalised words before the name it holds: initials, titles,
roles, function words, nationalities, demonyms, places, case-marked words, and a word
opening a sentence that is no name itself (`people_segments` trims them off)."""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract import forms
from ffdb.extract.lexicon import roles
from ffdb.extract.people_places import (
    PlaceTest,
    is_demonym,
    is_demonym_shaped,
    is_leading_place,
    is_town,
    small_town_as_given,
)
from ffdb.extract.people_words import (
    RunToken,
    given_before_nisba,
    given_gender,
    is_case_word,
    is_initial,
    is_known,
    is_noise,
    is_role_word,
    is_surname_word,
    is_title,
    title_is_given,
)
from ffdb.extract.tokens import fold

_RU_KIN: Final = frozenset(
    fold(w) for w in "жена вдова мать отец брат сестра сын дочь муж супруга супруг".split()
)
# Words qualifying an office before it: "Special Prosecutor", "Chief Judge"
OFFICE_QUALIFIERS: Final = frozenset(
    "special chief senior deputy acting state public district regional federal general "
    "military supreme".split()
)


# A point of the compass before a demonym ("Doğu Türkistanlı", "Cənubi Qafqazlı").
_DIRECTIONS: Final = frozenset(
    fold(w) for w in "Doğu Batı Kuzey Güney Orta Şərqi Qərbi Şimali Cənubi Mərkəzi".split()
)


class Leading:
    """Drops what may open a run before a name: initials (kept count of), titles (kept),
    roles (remembered), function words, nationalities, demonyms, places, case-marked
    words."""

    def __init__(self, found_titles: list[str]) -> None:
        self.titles = found_titles
        self.initials = 0
        self.role = False
        self.kin = False  # the role dropped was a Russian kin word ("Жена", "Брат")
        self.trimmed = False

    def trim(
        self, run: str, toks: list[RunToken], inflected: bool, is_place: PlaceTest
    ) -> list[RunToken]:
        while toks:
            first, rest = toks[0], toks[1:]
            if first.fold in _DIRECTIONS and len(rest) == 1 and is_place(rest[0].text):
                return []  # "Doğu Türkistan", "Cənubi Qafqaz": a region, no one
            if first.fold in _DIRECTIONS and len(rest) >= 2 and is_demonym_shaped(rest[0]):
                # "Kuzey Makedonyalı Bekim Selmani": a region's people, whatever the
                # gazetteer knows of the region
                toks = rest[1:]
                self.titles.clear()
                self.trimmed = True
                continue
            if first.fold.startswith(_BIRTHPLACE_STEMS):
                # "Жителя Набережных Челнов осудили": the words before a given name are
                # the place the person is from
                toks = _past_place(rest)
                self.trimmed = True
                continue
            if is_initial(first) and rest:
                self.initials += 1  # "E. Qasımov": the surname alone, for joining
            elif is_title(first) and rest and not title_is_given(first, rest):
                dot = "." if run.startswith(".", first.end) else ""
                self.titles.append(run[first.start : first.end] + dot)
            elif is_role_word(first.fold) and rest and _role_stands(first, rest):
                self.role = True
                self.kin = first.fold in _RU_KIN
            elif first.fold in OFFICE_QUALIFIERS and len(rest) > 1 and rest[0].fold in roles():
                pass  # "Special Prosecutor Valbona Dervishaj": the office follows
            elif (
                (
                    is_noise(first)
                    and not given_before_nisba(first, rest)
                    # "hakim Əfqan Hacıyevin": a people's word that is a given name too
                    and not (rest and given_gender(first) and is_surname_word(rest[0]))
                )
                or (forms.is_connector(first.text) and not forms.is_name_opener(first.text))
                or is_demonym(first, is_place)
                or (first.fold in _DIRECTIONS and rest and is_demonym(rest[0], is_place))
                or (
                    rest
                    and is_leading_place(first, is_place)
                    and not small_town_as_given(first, rest)
                )
                or _town_before_full_name(first, rest)
                or (rest and inflected and is_case_word(first))
            ):
                self.titles.clear()
            else:
                break
            toks = rest
            self.trimmed = True
        return toks


# Words after which a run names where someone is from, opening the run ("Жителя",
# "Уроженец", "Уроженка", "Жительница").
_BIRTHPLACE_STEMS: Final = ("уроженец", "уроженц", "уроженк", "житель", "жителя", "жителю")


def _past_place(toks: list[RunToken]) -> list[RunToken]:
    """The words from the first given name on, none when there is none."""
    for i, tok in enumerate(toks):
        if given_gender(tok) is not None:
            return toks[i:]
    return []


def _town_before_full_name(first: RunToken, rest: list[RunToken]) -> bool:
    """A Russian run of a town that is also a given name, a given name and a surname:
    "уроженка Шали Седа Хаджиева" (Shali, the town). A Russian name holds one given name,
    so the town is no part of it."""
    if len(rest) != 2 or not _CYRILLIC.match(first.text) or given_gender(first) is None:
        return False
    if given_gender(rest[0]) is None or not is_surname_word(rest[1]):
        return False
    if forms.patronymic_gender(rest[1].text):
        return False
    return is_town(first.text)


_CYRILLIC: Final = re.compile(r"^[А-ЯЁ][а-яё]+$")


def _role_stands(role: RunToken, rest: list[RunToken]) -> bool:
    """Whether a role word before words is a role: "Hakim Serkan Yıldız" (a judge), but
    "Abdul Hakim al-Shishani" and "Hakim Aliyev" (a given name)."""
    if given_gender(role):  # "Жена Керимова Лейла Керимова": Kerimov's wife Leyla
        if len(rest) > 1 and is_surname_word(rest[0]) and given_gender(rest[1]) is not None:
            return True
        return given_gender(rest[0]) is not None
    return len(rest) > 1 or is_known(rest[0])


def trim_sentence_opener(toks: list[RunToken], initial: bool, inflected: bool) -> list[RunToken]:
    """Drop the word opening a sentence before a name when it is no name itself:
    "Terörist Zaur İlyasov", and in languages that inflect "Məhkəmədə Bağırov"."""
    if not initial or len(toks) < 2 or is_known(toks[0]) or is_title(toks[0]):
        return toks
    if (
        len(toks) == 3
        and forms.surname_strength(toks[0].text) > 0
        and given_gender(toks[1])
        and forms.patronymic_gender(toks[2].text)
    ):
        return toks  # police order: "Хайруллин Айдар Ринатович"
    if any(given_gender(t) or forms.is_kunya_particle(t.text) for t in toks[1:]):
        return toks[1:]
    if inflected and len(toks) == 2 and forms.surname_strength(toks[1].text) == 2:
        return toks[1:]
    return toks
