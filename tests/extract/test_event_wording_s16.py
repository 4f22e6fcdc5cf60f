"""Status events told in wordings of fresh text (fictional people and sentences): a term
a live blog gives in the present or "each" of several gets; a death or capture told by
its noun with the name in the genitive; taken prisoner; a Turkish verdict told by "-ken";
still sought; flying back; fought in Syria, followed "a year later", taken to Syria."""

from __future__ import annotations

from support import events_by_name


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(text, language=language)


def _person(events: dict[str, dict[str, str | None]], stem: str) -> dict[str, str | None]:
    return next((e for name, e in events.items() if stem in name), {})


_TERMS_EN = (
    "Court Blog, 4 June 2025\n\n"
    "10:40 — The judge reads the verdicts. Daulet Serikov gets five years.\n\n"
    "10:52 — A second defendant, Arman Tulegenov, 33, received a suspended sentence of "
    "18 months for carrying cash to Turkey.\n"
)
_TERMS_RU = (
    "Онлайн-трансляция, 10 апреля 2025 года\n\n"
    "10:14 — В зале двое подсудимых: Рустем Валиуллин и Ильдар Гарипов.\n\n"
    "10:55 — Валиуллин и Гарипов получили по 14 лет.\n"
)


def test_a_term_told_in_the_present_or_each_of_several() -> None:
    en = _events(_TERMS_EN, "en")
    assert "sentenced" in _person(en, "Serikov")
    assert "sentenced" in _person(en, "Tulegenov")
    ru = _events(_TERMS_RU, "ru")
    assert "sentenced" in _person(ru, "Валиуллин")
    assert "sentenced" in _person(ru, "Гарипов")


_GENITIVE_RU = (
    "«Новости Кавказа», 4 апреля 2024 года\n\n"
    "Залина Хадзиева вышла замуж за Аслана Мержоева. После гибели Мержоева в Алеппо в "
    "2016 году она вернулась в Ингушетию. После гибели мужа она жила у родственников.\n"
)


def test_a_death_told_by_its_noun_and_the_name_in_the_genitive() -> None:
    events = _events(_GENITIVE_RU, "ru")
    assert _person(events, "Мержоев").get("killed") == "2016"
    # "гибели мужа": a common noun, the husband's death is not the wife's
    assert "killed" not in _person(events, "Хадзиев")


_CAPTIVE = {
    "ru": (
        "«Вести», 4 апреля 2024 года\n\n"
        "Его брат Абдулла Магомедов был захвачен в плен курдскими отрядами в апреле 2016 "
        "года.\n"
    ),
    "tr": (
        "Haber Merkezi, 4 Nisan 2024\n\n"
        "Emine Kaya, eşi Kemal Kaya'nın 2018'de Hecin'de SDG tarafından esir alındığını "
        "söyledi.\n"
    ),
    "en": (
        "Herald, 4 April 2024\n\n"
        "Her husband, Tural Aliyev, is still held in a prison in Hasakah run by the Syrian "
        "Democratic Forces.\n"
    ),
}


def test_taken_prisoner_or_still_held_in_a_prison_is_detained() -> None:
    assert _person(_events(_CAPTIVE["ru"], "ru"), "Магомедов").get("detained") == "2016-04"
    assert _person(_events(_CAPTIVE["tr"], "tr"), "Kemal").get("detained") == "2018"
    assert "detained" in _person(_events(_CAPTIVE["en"], "en"), "Tural")


_VERDICT_TR = (
    "Haber Merkezi, 4 Nisan 2024\n\n"
    "Adliyeye sevk edilen şüphelilerden Okan Yılmaz ve Selim Acar tutuklanırken, "
    "Hasan Demir adli kontrol şartıyla serbest bırakıldı. Yakalananlardan Adanalı Zehra "
    "Kurt ise Suriye'den dönmüştü. Mert Aydın adli kontrol şartıyla serbest "
    "bırakılırken, Can Ersoy tutuklandı.\n"
)


def test_a_turkish_verdict_told_by_ken() -> None:
    events = _events(_VERDICT_TR, "tr")
    assert "arrested" in _person(events, "Okan")
    assert "arrested" in _person(events, "Selim")
    assert "released" in _person(events, "Mert")
    assert "detained" in _person(events, "Zehra")


_SOUGHT = {
    "ru": (
        "«Вести», 4 апреля 2024 года\n\n"
        "Тимур Хасанов выехал в Сирию в 2014 году и с 2016 года числится в федеральном "
        "розыске.\n"
    ),
    "az": (
        "Xəbər Mərkəzi, 4 aprel 2024\n\n"
        "2014-cü ildə Suriyaya gedən Elvin Qasımov barəsində 2016-cı ildən beynəlxalq "
        "axtarış elan olunub.\n"
    ),
    "tr": (
        "Haber Merkezi, 4 Nisan 2024\n\n"
        "Burak Öztürk hakkında Adana'da 2016 yılından bu yana yakalama kararı "
        "bulunuyordu.\n"
    ),
    "en": (
        "Herald, 4 April 2024\n\n"
        "Farid Nazarov, 29, was detained at Tbilisi airport in February on an Interpol red "
        "notice issued at Dushanbe's request.\n"
    ),
}


def test_still_sought_is_wanted() -> None:
    assert "wanted" in _person(_events(_SOUGHT["ru"], "ru"), "Хасанов")
    assert "wanted" in _person(_events(_SOUGHT["az"], "az"), "Qasımov")
    assert "wanted" in _person(_events(_SOUGHT["tr"], "tr"), "Öztürk")
    assert "wanted" in _person(_events(_SOUGHT["en"], "en"), "Nazarov")


_JOURNEYS_EN = (
    "Herald, 4 April 2024\n\n"
    '"Aslan Duishvili fought in Syria in 2014 and 2015," the spokesman said.\n\n'
    "Omar Saidov left for Syria in 2015. His cousin, Karim Saidov, followed him a year "
    "later.\n\n"
    "Bilal Rehman was arrested at Gatwick in May 2016 after flying back from Turkey.\n"
)
_TAKEN_AZ = (
    "Xəbər Mərkəzi, 4 aprel 2024\n\n"
    "Uşaqlar arasında 16 yaşlı Murad Həsənov da var. O, 2015-ci ildə anası ilə birlikdə "
    "Suriyaya aparılıb.\n"
)
_LEFT_RU = (
    "«Вести», 4 апреля 2024 года\n\n"
    "Рамиль Гатауллин уехал в 2015 году и воевал в ИГИЛ. Вместе с ним уехал его "
    "одноклассник Ильдар Сабиров.\n"
)


def test_journeys_told_without_a_verb_of_going_to_a_place() -> None:
    en = _events(_JOURNEYS_EN, "en")
    assert _person(en, "Duishvili").get("travelled") == "2014"
    assert "travelled" in _person(en, "Karim")
    assert _person(en, "Rehman").get("returned") == "2016-05"
    assert _person(_events(_TAKEN_AZ, "az"), "Murad").get("travelled") == "2015"
    ru = _events(_LEFT_RU, "ru")
    assert _person(ru, "Гатауллин").get("travelled") == "2015"
    assert "travelled" in _person(ru, "Сабиров")


_LET_GO_AZ = (
    "Xəbər Mərkəzi, 4 aprel 2024\n\n"
    "Polis şöbəsində profilaktik söhbətdən sonra buraxılan Kamran Əliyev indi Qusarda "
    "işləyir. Onun qardaşı Vüsal Əliyev isə sorğu-sual edildikdən sonra evinə buraxılıb.\n"
)


def test_let_go_after_questioning_is_released() -> None:
    events = _events(_LET_GO_AZ, "az")
    assert "released" in _person(events, "Kamran")
    assert "released" in _person(events, "Vüsal")


_MORE_EN = (
    "Herald, 4 April 2024\n\n"
    "Tamta Duishvili left for Syria in 2015. She married a Turkish fighter, Emre Aksoy, "
    "who was captured with her in Baghuz. Aksoy was later handed to Turkey.\n\n"
    "Also returned was Mirela Krasniqi, 29, a native of Pogradec.\n\n"
    "Arben Hoxha, born in Pristina, travelled with his wife in 2015. Ruslan Batsikashvili, "
    "a Kist from Duisi, crossed in the spring of 2013.\n\n"
    "Relatives identify the detainee as Magomed Tsiklauri. Farrukh Sattorov, a Tajik who "
    "had come to Syria with a contingent, died in 2017.\n\n"
    "The dead have been identified as Ruslan Kurbanov, 24, a resident of Khasavyurt.\n"
)


def test_more_english_wordings_of_returns_journeys_and_captures() -> None:
    events = _events(_MORE_EN, "en")
    assert "returned" in _person(events, "Aksoy")
    assert "returned" in _person(events, "Mirela")
    assert _person(events, "Hoxha").get("travelled") == "2015"
    assert _person(events, "Batsikashvili").get("travelled") == "2013"
    assert "detained" in _person(events, "Tsiklauri")
    assert "travelled" in _person(events, "Sattorov")
    assert "killed" in _person(events, "Kurbanov")


_AGENCY_RU = (
    "«Вести», 4 апреля 2024 года\n\n"
    "Как мы сообщали, МВД по Кабардино-Балкарии объявило в розыск 27-летнего жителя "
    "Нальчика Астемира Кумыкова.\n"
)
_BLOG_AZ = (
    "Canlı bloq, 11 mart 2025\n\n"
    "10:20 — Müttəhim zala gətirildi: 35 yaşlı Elşən Quliyev.\n\n"
    "11:10 — Quliyevə 7 il iş verildi.\n"
)


def test_wanted_by_an_agency_and_a_colloquial_term() -> None:
    assert "wanted" in _person(_events(_AGENCY_RU, "ru"), "Кумыков")
    assert "sentenced" in _person(_events(_BLOG_AZ, "az"), "Quliyev")
