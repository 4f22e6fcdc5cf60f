"""Group ties of session 9: a martyr notice's "the State" ("Devlet'e beyat etti",
"Dövlətin əsgərlərindən oldu", "дал байат Дауле"), and fighting "on the side of" a
group. All texts are invented for these tests."""

from __future__ import annotations

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language, published="2022-05-02").records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


def test_turkish_notice_pledge_to_the_state() -> None:
    text = (
        "ŞEHADET HABERİ\n\nKardeşimiz Ebu Zeyd et-Türki (Kemal Ardıç) şehit oldu inşallah.\n\n"
        "Ebu Zeyd Malatyalıydı. 2014 yılında hicret ederek Şam'a geldi, Devlet'e beyat etti."
    )
    assert _groups(text, "tr")["Kemal Ardıç"] == ["Islamic State"]


def test_azerbaijani_notice_soldier_of_the_state() -> None:
    text = (
        "ŞƏHİD XƏBƏRİ\n\nQardaşımız Əbu Zeyd əl-Azəri (Tural Həsənov) şəhid oldu.\n\n"
        "Qardaşımız Qəbələdəndir. 2014-cü ildə hicrət edib Şama gəldi və Dövlətin "
        "əsgərlərindən oldu."
    )
    assert _groups(text, "az")["Tural Həsənov"] != []


def test_russian_notice_pledge_to_the_dawla() -> None:
    text = (
        "Сегодня стал шахидом наш брат Абу Зейд ад-Дагестани (Тимур Алиев).\n\n"
        "Брат родом из Кизляра. В 2014 году дал байат Дауле и воевал в Ракке."
    )
    assert _groups(text, "ru")["Тимур Алиев"] != []


def test_state_in_ordinary_news_is_no_group() -> None:
    text = (
        "Ankara'da bir toplantı yapıldı. Ahmet Kaya, Devlet'e olan vergi borcunu ödediğini "
        "söyledi. Kaya, Devlet Bahçeli ile görüştü."
    )
    assert _groups(text, "tr")["Ahmet Kaya"] == []


def test_azerbaijani_state_security_is_no_group() -> None:
    text = (
        "Dövlət Təhlükəsizliyi Xidməti məlumat yayıb. Elvin Quliyev Dövlət Sərhəd "
        "Xidmətində işləyib."
    )
    assert _groups(text, "az").get("Elvin Quliyev", []) == []


def test_english_fought_on_the_side_of() -> None:
    text = (
        "A court in Almaty sentenced Nurlan Bekov, 35, of Taraz, to seven years for taking "
        "part in hostilities on the side of the Islamic State."
    )
    assert _groups(text, "en")["Nurlan Bekov"] == ["Islamic State"]


def test_russian_fought_on_the_side_of() -> None:
    text = (
        "Суд приговорил Руслана Исаева к восьми годам за участие в боевых действиях на "
        "стороне ИГИЛ в Сирии."
    )
    assert _groups(text, "ru")["Руслан Исаев"] != []


def test_on_the_side_of_the_army_against_the_group_is_no_tie() -> None:
    text = (
        "Arman Seitov, 41, fought on the side of the Syrian army against the Islamic State "
        "near Palmyra."
    )
    assert _groups(text, "en")["Arman Seitov"] == []


def test_russian_notice_pledge_to_the_caliphate_after_a_jamaat() -> None:
    text = (
        "Сегодня стал шахидом наш брат Абу Яхья аль-Кабарди. Брат Абу Яхья, в миру Залим "
        "Кодзоев, был уроженцем Баксана. Он приехал в Шам в 2014 году вместе с двоюродным "
        "братом, сначала был в джамаате Джейш аль-Мухаджирин валь-Ансар, а затем принёс "
        "байат Халифату."
    )
    groups = _groups(text, "ru")["Залим Кодзоев"]
    assert "Islamic State" in groups
    assert "Джейш аль-Мухаджирин валь-Ансар" in groups


def test_caliphate_outside_a_notice_is_no_group() -> None:
    text = "Историк Олег Петров написал книгу о Халифате Аббасидов и прочитал лекцию."
    assert _groups(text, "ru")["Олег Петров"] == []


def test_wife_described_after_the_comma_is_still_her_tie() -> None:
    text = (
        "Aruzhan Sadykova left for Syria in 2014 with her husband, an Islamic State fighter, "
        "and lived in Raqqa."
    )
    assert _groups(text, "en").get("Aruzhan Sadykova", []) == []


def test_his_deputy_serves_in_the_chiefs_group() -> None:
    text = (
        "Haris Begić, a native of Tuzla, led a small unit of Bosnian speakers inside Jabhat "
        "al-Nusra from 2013. He was detained in 2016. His deputy, remembered by comrades "
        "only as Abu Zubayr, is reported to have been killed in Idlib."
    )
    assert _groups(text, "en")["Abu Zubayr"] == ["Jabhat al-Nusra"]


def test_russian_his_deputy_serves_in_the_chiefs_group() -> None:
    text = (
        "Аслан Дудаев с 2014 года воевал в рядах ИГИЛ и командовал батальоном. "
        "Его заместитель, дагестанец Ислам Гусейнов из Дербента, уехал в Афганистан."
    )
    assert _groups(text, "ru")["Ислам Гусейнов"] != []


def test_deputy_of_someone_named_in_the_clause_is_no_pronoun_deputy() -> None:
    text = (
        "Aslan Dudayev fought for the Islamic State. Police questioned Ruslan Bekov. "
        "His lawyer, Timur Aliyev, said he was innocent."
    )
    assert _groups(text, "en")["Timur Aliyev"] == []


def test_turkish_participle_after_the_clauses_verb() -> None:
    text = (
        "Gaziantep'te DEAŞ operasyonu düzenlendi. Gözaltına alınanlar arasında, Suriye'de "
        "örgüt saflarında çatışmalara katıldığı belirlenen Özbekistan uyruklu Bahodir "
        "Nazarov (33) ile Dağıstan doğumlu Rus vatandaşı Ruslan Aliev'in (28) de olduğu "
        "öğrenildi."
    )
    groups = _groups(text, "tr")
    assert groups["Bahodir Nazarov"] == ["DEAŞ"]
    assert groups["Ruslan Aliev"] == []


def test_azerbaijani_same_unit_as_a_member() -> None:
    text = (
        "Tural Nəsirov 2014-cü ildə Cəbhət ən-Nüsrə qruplaşmasına qoşulub. Kamran Əliyev "
        "2015-ci ildə Nəsirovla birlikdə eyni dəstədə olub."
    )
    assert _groups(text, "az")["Kamran Əliyev"] == ["Cəbhət ən-Nüsrə"]


def test_turkish_same_unit_as_a_member() -> None:
    text = (
        "Hakan Kurt 2014 yılında DEAŞ'a katıldı. Mert Aksoy ise Suriye'de Kurt ile aynı "
        "grupta bulundu."
    )
    assert _groups(text, "tr")["Mert Aksoy"] == ["DEAŞ"]


def test_same_unit_as_a_man_without_a_group_gives_nothing() -> None:
    text = "Kamran Əliyev 2015-ci ildə Tural Nəsirovla birlikdə eyni dəstədə olub."
    assert _groups(text, "az")["Kamran Əliyev"] == []


def test_spent_a_year_in_a_mans_battalion() -> None:
    text = (
        "Ruslan Tsurov led a battalion of Jaysh al-Muhajirin wal-Ansar from 2014. Another "
        "Pankisi native, 25-year-old Giorgi Bardoshvili, spent a year in Tsurov's battalion "
        "before he came home."
    )
    assert _groups(text, "en")["Giorgi Bardoshvili"] == ["Jaysh al-Muhajirin wal-Ansar"]


def test_turkish_pair_joined_by_ile_shares_the_tie() -> None:
    text = (
        "Kayseri'de DEAŞ davası sonuçlandı. Fergana doğumlu Sherzod Aliev (34) ile Gence "
        "doğumlu Ramil Quliyev (29), örgüte para aktarmaktan 6'şar yıl hapis cezası aldı."
    )
    groups = _groups(text, "tr")
    assert groups["Sherzod Aliev"] == ["DEAŞ"]
    assert groups["Ramil Quliyev"] == ["DEAŞ"]


def test_turkish_man_met_by_the_member_is_no_pair() -> None:
    text = (
        "Kayseri'de DEAŞ davası sonuçlandı. Sherzod Aliev ile görüştüğü belirlenen Ramil "
        "Quliyev örgüte para aktarmaktan hapis cezası aldı."
    )
    assert _groups(text, "tr")["Sherzod Aliev"] == []


def test_ran_a_network_for_two_groups() -> None:
    text = (
        "Police in Hatay detained Emre Doğan, 35, who prosecutors say ran a courier network "
        "for HTS and Ajnad al-Kavkaz alike."
    )
    assert sorted(_groups(text, "en")["Emre Doğan"]) == ["Ajnad al-Kavkaz", "HTS"]


def test_a_network_against_a_group_is_no_tie() -> None:
    text = "Kerem Aydın, 41, ran a smuggling network in Kilis and informed on the Islamic State."
    assert _groups(text, "en")["Kerem Aydın"] == []
