"""What the group model reads beyond distance (`pair_groups.py`): a set of persons named
before as the subject ("All three joined IS"), the narrator of an interview's "we", the
relative's own relation, money sent to a group's men (no candidate), and the form a tie
names the group by."""

from __future__ import annotations

import pytest

from ffdb.extract.document import analyse
from support import group_candidates

SETS = {
    "en": (
        "Nadia Karimova keeps her son's photograph on the shelf.\n\n"
        "In 2014 Rustam Karimov crossed into Syria with his wife Leyla Saidova and his "
        "cousin Timur Aliev. All three joined the Islamic State.",
        ["Rustam Karimov", "Leyla Saidova", "Timur Aliev"],
        "Nadia Karimova",
    ),
    "az": (
        "Anası Səbinə Qasımova oğlunun şəklini saxlayır.\n\n"
        "Elnur Qasımov 2014-cü ildə Tural Əliyev və Kamran Həsənovla birlikdə Suriyaya "
        "gedib. Hər üçü İŞİD sıralarında olub.",
        ["Elnur Qasımov", "Tural Əliyev", "Kamran Həsənovla"],
        "Səbinə Qasımova",
    ),
    "ru": (
        "Мать Зарема Алиева хранит его фотографию.\n\n"
        "В 2014 году Тимур Алиев выехал в Сирию вместе с Русланом Гаджиевым и Исой "
        "Магомедовым. Все трое вступили в «Исламское государство».",
        ["Тимур Алиев", "Русланом Гаджиевым", "Исой Магомедовым"],
        "Зарема Алиева",
    ),
    "tr": (
        "Annesi Fatma Yılmaz oğlunun fotoğrafını saklıyor.\n\n"
        "Ahmet Yılmaz 2014 yılında Mehmet Kaya ve Ali Demir ile Suriye'ye geçti. Üçü de "
        "DEAŞ'a katıldı.",
        ["Ahmet Yılmaz", "Mehmet Kaya", "Ali Demir"],
        "Fatma Yılmaz",
    ),
}


@pytest.mark.parametrize("language", sorted(SETS))
def test_a_set_subject_stands_for_the_persons_named_before(language: str) -> None:
    text, members, outsider = SETS[language]
    found = analyse(text, language=language)
    names = {n.person: n.text for n in reversed(found.ctx.names)}
    ruled = {names[f.person] for f in found.facts if f.prop == "group"}
    candidates = group_candidates(text, language)
    for member in members:  # tied by the rules, or proposed as one of the set (as first named)
        proposed = any("set_member" in c.features for c in candidates.get(member, []))
        assert member in ruled or proposed, member
    assert not any("set_member" in c.features for c in candidates.get(outsider, []))


def test_the_narrator_of_an_interviews_we() -> None:
    text = (
        "Sumqayıtdan olan döyüşçü danışır\n\n"
        "Fərid Ağayev 33 yaşındadır və Suriyada keçirdiyi iki il barədə danışmağa razılaşdı.\n\n"
        "— Suriyaya necə getdiniz?\n\n"
        "— 2013-cü ilin sentyabrında getdim. Əvvəl Cəbhət ən-Nüsrənin yanında idik, sonra "
        "hamı İŞİD-ə keçdi.\n\n"
        "— Necə qayıtdınız?\n\n"
        "— 2015-ci ildə Türkiyəyə keçdim."
    )
    found = analyse(text, language="az")
    ruled = {str(f.extra.get("written")) for f in found.facts if f.prop == "group"}
    candidates = group_candidates(text, "az")
    ties = {c.value: c.features for c in candidates.get("Fərid Ağayev", [])}
    for group in ("Cəbhət ən-Nüsrə", "İŞİD"):  # stated by the rules, or proposed as his
        assert ties.get(group, {}).get("narrator") == 1.0 or group in ruled, group


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Aliyev was jailed in 2016 for sending money to Islamic State fighters in Syria.",
        "Руслан Ахмедов в 2015 году переводил деньги боевикам ИГИЛ в Сирии.",
    ],
)
def test_money_sent_to_a_groups_men_is_no_candidate(text: str) -> None:
    assert group_candidates(text) == {}


def test_the_relatives_own_relation() -> None:
    text = (
        "Islamic State fighters took the town in 2014. His mother Amina Haddad and his "
        "brother Karim Haddad were there, said Judge Helen Marsh."
    )
    candidates = group_candidates(text, "en")
    assert candidates["Amina Haddad"][0].features.get("p_kin_elder") == 1.0
    assert candidates["Karim Haddad"][0].features.get("p_kin_man") == 1.0
    assert "p_kin_elder" not in candidates["Karim Haddad"][0].features


def test_a_tie_names_the_group_by_its_commonest_form() -> None:
    text = (
        "ИГ объявило о новом наступлении. Боевики ИГ захватили город. "
        "Магомед Евлоев уехал в Афганистан. Позже там действовал вилаят Хорасан."
    )
    candidates = group_candidates(text, "ru")
    assert [c.value for c in candidates["Магомед Евлоев"]] == ["ИГ"]
