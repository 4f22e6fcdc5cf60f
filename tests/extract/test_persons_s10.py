"""Persons, session 10: aliases given in every tense and by subjectless sentences, names
in brackets with where the person is from, names read against their written form, bodies
after "the", and names a correction spells anew (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


def _aliases_of(text: str, name: str) -> list[str]:
    records = person_records(text)
    assert name in records, sorted(records)
    return list(records[name]["aliases"])


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # taking a name, present and past, in each language
        (
            'Cavid Səfərov 2014-cü ildə Suriyaya keçdi. Cavid "Əbu Ubeyd əl-Azəri" adını götürür.',
            "Cavid Səfərov",
            "Əbu Ubeyd əl-Azəri",
        ),
        (
            "Savcılık, sanığın Rakka'da Dağıstan doğumlu Patimat Magomedova ile evlendiğini, "
            'kadının daha sonra "Ümmü Yasin" adını kullandığını kaydetti.',
            "Patimat Magomedova",
            "Ümmü Yasin",
        ),
        (
            'Mehmet Kaya 2014 yılında Suriye\'ye geçti ve "Ebu Talha" adını aldı.',
            "Mehmet Kaya",
            "Ebu Talha",
        ),
        (
            "Tural Aliyev left for Syria in 2014. There he adopts the kunya Abu Talha al-Azeri.",
            "Tural Aliyev",
            "Abu Talha al-Azeri",
        ),
        (
            "Рустам Гаджиев уехал в Сирию в 2014 году, где берёт себе имя Абу Муслим ад-Дагестани.",
            "Рустам Гаджиев",
            "Абу Муслим ад-Дагестани",
        ),
        # called so by oneself or remembered so by others
        (
            "Gəlinim hollandiyalıdır, adı Lisa van Dijkdir, müsəlman olandan sonra özünə "
            "Ümmü Yusuf deyib.",
            "Lisa van Dijk",
            "Ümmü Yusuf",
        ),
        (
            'Ramil Əliyev 2013-cü ildə getdi. Kənd camaatı onu indi də "Əbu Yəhya" kimi '
            "xatırlayır.",
            "Ramil Əliyev",
            "Əbu Yəhya",
        ),
        (
            'Mehmet Kaya 2014 yılında Suriye\'ye geçti. Köyde onu hâlâ "Ebu Talha" olarak '
            "hatırlıyorlar.",
            "Mehmet Kaya",
            "Ebu Talha",
        ),
        (
            "Рустам Гаджиев уехал в Сирию в 2014 году. В селе его помнят как «Абу Муслима».",
            "Рустам Гаджиев",
            "Абу Муслим",
        ),
        (
            'Tural Aliyev was killed in 2015. Villagers still remember him as "Abu Talha".',
            "Tural Aliyev",
            "Abu Talha",
        ),
    ],
)
def test_an_alias_taken_or_given_in_any_tense(text: str, name: str, alias: str) -> None:
    records = person_records(text)
    assert alias in _aliases_of(text, name), records
    assert alias not in records


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # a wanted list's entry and a timeline speak of their person without naming him
        (
            "3. YULDASHEV Botir Karimovich, born 1989, from Andijan. Member of Imam Bukhari "
            'Jamaat, known as "Abu Yusuf al-Andijani". Injured near Aleppo in 2015.',
            "Botir Karimovich YULDASHEV",
            "Abu Yusuf al-Andijani",
        ),
        (
            "1990 — Ildar Galiullin born in Kazan.\n\nAugust 2013 — Flies to Istanbul. Joins "
            "Jabhat al-Nusra and takes the kunya Abu Yusuf al-Tatari.",
            "Ildar Galiullin",
            "Abu Yusuf al-Tatari",
        ),
        (
            "Рустам Гаджиев родился в Хасавюрте. Вступил в ИГ и взял себе имя Абу Муслим "
            "ад-Дагестани.",
            "Рустам Гаджиев",
            "Абу Муслим ад-Дагестани",
        ),
    ],
)
def test_a_subjectless_sentence_gives_its_alias_to_the_person_named_before(
    text: str, name: str, alias: str
) -> None:
    assert alias in _aliases_of(text, name)


@pytest.mark.parametrize(
    ("text", "kunya"),
    [
        (
            "Как сообщалось ранее, в Сирию Айдара Закирова завербовал выходец из Нижнекамска, "
            "известный под именем Абу Бакр ат-Татари. Он погиб в 2015 году.",
            "Абу Бакр ат-Татари",
        ),
        (
            'Blerim Shabani hakkında yakalama kararı var. Birimin komutanı ise "Ebu Enes '
            'el-Arnavuti" olarak biliniyor.',
            "Ebu Enes el-Arnavuti",
        ),
        (
            'Ramil Qasımov 2014-cü ildə Suriyaya gedib. Dəstənin komandiri isə "Əbu Yəhya" '
            "ləqəbi ilə tanınırdı.",
            "Əbu Yəhya",
        ),
    ],
)
def test_an_alias_of_someone_the_text_has_not_named_is_a_person_of_its_own(
    text: str, kunya: str
) -> None:
    records = person_records(text)
    assert kunya in records, sorted(records)
    assert all(kunya not in r["aliases"] for r in records.values())


def test_a_person_noun_set_off_after_a_name_still_describes_that_name() -> None:
    text = "Ахмед Мальсагов, уроженец Назрани, известный как Абу Умар, погиб в 2017 году."
    assert "Абу Умар" in _aliases_of(text, "Ахмед Мальсагов")


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Kardeşlerimiz şehadete erdi:\n- Ebu Ubeyde et-Türki (Samsunlu Kadir Demirci), "
            "Musul'da;\n- Ebu Hattab (Bayburtlu Cengiz Uçar), Musul'da.",
            "Cengiz Uçar",
            "Ebu Hattab",
        ),
        (
            "— Халид аль-Балкари (Зауром Батчаевым его звали дома), уроженец Тырныауза, "
            "погиб в 2017 году.",
            "Заур Батчаев",
            "Халид аль-Балкари",
        ),
        (
            "Ранее сообщалось о гибели брата Мансура из Малгобека (Абу Абдуррахман "
            "аль-Ингуши). Информация не подтвердилась.",
            "Мансур",
            "Абу Абдуррахман аль-Ингуши",
        ),
        (
            "Our brother Abu Ubayda al-Turki (Kadir Demirci, from Samsun) was killed in Mosul.",
            "Kadir Demirci",
            "Abu Ubayda al-Turki",
        ),
        (
            "Брат Абу Умар (уроженец Назрани Ахмед Мальсагов) погиб в 2017 году.",
            "Ахмед Мальсагов",
            "Абу Умар",
        ),
    ],
)
def test_a_bracket_may_say_where_its_name_is_from(text: str, name: str, alias: str) -> None:
    records = person_records(text)
    assert alias in _aliases_of(text, name)
    assert alias not in records


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Turkish cuts a case ending after an apostrophe only
        (
            "Şüpheliler Kalkandelen kentinden Agron Selmani (30) ve Ramin Guliyev (38).",
            "Agron Selmani",
        ),
        (
            "Nurullin'in annesi Gülnara Nurullina ise oğlunun cenazesinin İdlib'de "
            "defnedildiğini söyledi.",
            "Gülnara Nurullina",
        ),
        # Azerbaijani puts an ending on a name's last word only
        (
            "Qaytarılanlardan biri olan Şəki rayon sakini Xəyalə Nəbiyeva isə 2017-ci ildə "
            "Təl-Əfərdə əsir düşüb.",
            "Xəyalə Nəbiyeva",
        ),
        # a woman's given name keeps her surname whole
        (
            "Məhkəmədə çıxış edən Qasımovun anası Səadət Qasımova oğlunun aldadıldığını deyib.",
            "Səadət Qasımova",
        ),
        # a man's -а name in the dative, beside a surname in the dative
        ("Мусе Цечоеву 31 год, он уроженец Малгобека.", "Муса Цечоев"),
        ("Исе Мусаеву 31 год.", "Иса Мусаев"),
        # a woman's name and a feminine verb later in her sentence
        (
            "Одна из них, Эльмира Хабибуллина из Зеленодольска, в октябре была осуждена "
            "на пять лет.",
            "Эльмира Хабибуллина",
        ),
        (
            "— рассказала мать Лилии, Фания Гимадиева, встречавшая дочь в аэропорту Казани.",
            "Фания Гимадиева",
        ),
        ("Судьба мужа Шайхутдиновой, Марселя Шайхутдинова, неизвестна.", "Марсель Шайхутдинов"),
    ],
)
def test_a_name_is_read_as_the_language_writes_it(text: str, name: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)


def test_a_man_the_text_names_keeps_his_genitive_reading() -> None:
    text = "Эльмир Хабибуллин уехал в Сирию. Мать, Эльмира Хабибуллина, рассказала об этом."
    assert "Эльмир Хабибуллин" in person_records(text)


def test_a_surname_alone_joins_the_name_read_anew() -> None:
    text = (
        "Şüpheliler Kalkandelen kentinden Agron Selmani (30) ve Ramin Guliyev (38). "
        "Selmani'nin ise 2017'de Rakka'da yaralandığı belirtildi."
    )
    records = person_records(text)
    assert [e["status"] for e in records["Agron Selmani"]["events"]] == ["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross said he was alive.",
        "He was alive, the Red Cross said.",
        "By Asia Militancy Desk",
        "Federal Adalet Divanı'nın soruşturma hakimi karşısına çıkarılacak.",
    ],
)
def test_a_body_is_no_one(text: str) -> None:
    assert person_records(text) == {}


def test_a_region_before_a_name_is_no_part_of_it() -> None:
    text = "Эксперт по Северному Кавказу Светлана Рябова отмечает, что вербовка семейная."
    assert list(person_records(text)) == ["Светлана Рябова"]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Ebu Zer (Rizeli Oğuz Keskin) 2016 yılında Musul'da öldü. DÜZELTME: Haberimizde "
            'Ebu Zer kod adlı militanın adı "Oğuz Keskin" olarak geçmiştir. Doğru isim '
            "Oğuzhan Keskin'dir.",
            "Oğuzhan Keskin",
            "Oğuz Keskin",
        ),
        (
            "Abu Zar (Oguz Keskin) was killed in Mosul in 2016. Correction: the militant's "
            'name was misspelled as "Oguz Keskin". The correct name is Oguzhan Keskin.',
            "Oguzhan Keskin",
            "Oguz Keskin",
        ),
        (
            "Əbu Zərr (Ramil Qasımlı) 2016-cı ildə Mosulda öldürülüb. Düzəliş: adı səhvən "
            '"Ramil Qasımlı" kimi yazılıb. Düzgün adı Ramil Qasımovdur.',
            "Ramil Qasımov",
            "Ramil Qasımlı",
        ),
    ],
)
def test_a_corrected_name_is_one_person_named_by_the_right_spelling(
    text: str, right: str, wrong: str
) -> None:
    records = person_records(text)
    assert list(records) == [right], sorted(records)
    assert wrong not in records[right]["aliases"]
    assert [e["status"] for e in records[right]["events"]] == ["killed"]


def test_a_person_wrongly_called_convicted_is_still_someone() -> None:
    text = (
        "Приносим извинения: в заметке погибшим ошибочно назван Ислам Дзауров из Назрани. "
        "Погиб его сосед Тимур Кодзоев."
    )
    records = person_records(text)
    assert "Ислам Дзауров" in records and "Тимур Кодзоев" in records


@pytest.mark.parametrize(
    "text",
    [
        "Rustam Sharafutdinov recruited him in 2013.\n\n2014 — Follows Sharafutdinov into "
        "the Islamic State.\n\n2017 — Sharafutdinov is killed in Raqqa.",
        "Рустам Шарафутдинов завербовал его в 2013 году.\n\n2014 — Встречает Шарафутдинова в "
        "Ракке.\n\n2017 — Шарафутдинов погибает в Ракке.",
    ],
)
def test_a_verb_opening_a_timeline_entry_is_no_given_name(text: str) -> None:
    records = person_records(text)
    assert len(records) == 1, sorted(records)
