"""Status cues of session 6: verb families made from stems (Azerbaijani and Turkish
tenses, the timeline's present, Russian participles in every gender and case), timeline
lines dated "2016, mart – ", statuses told of a whole list ("Hamısı ... gediblər", a
plural verb after the entries, "the defendants"), and identifications. All people are
fictional."""

from __future__ import annotations

import re

from support import events_by_name


def test_azerbaijani_timeline_in_the_historical_present() -> None:
    text = (
        "Tarix: 3 mart 2024\n\n"
        "Keçən il məhkum edilən Tofiq Kazımlının həyat yolu belədir.\n\n"
        "1990 – Şəki rayonunda doğulub.\n\n"
        "2014, may – Türkiyə üzərindən Suriyaya gedir.\n\n"
        "2016, fevral – Rəqqədə ağır yaralanır.\n\n"
        "2022, aprel – Azərbaycana deportasiya olunur və Bakıda həbs edilir.\n"
    )
    events = events_by_name(text, published="2024-03-03")["Tofiq Kazımlı"]
    assert {"travelled", "injured", "returned", "arrested"} <= events.keys()
    assert events["injured"] is not None and events["injured"].startswith("2016")


def test_turkish_present_and_evidential_forms() -> None:
    text = (
        "Ankara, 5 Nisan 2022\n\n"
        "Firari şüpheli Kadir Özbay'ın 2015'te Suriye'ye gidiyor olduğu biliniyor. "
        "Emniyet kaynaklarına göre Selim Durukan Hatay'da yakalanıyor.\n"
    )
    events = events_by_name(text, published="2022-04-05")
    assert "detained" in events["Selim Durukan"]
    text = "Ankara, 5 Nisan 2022\n\nŞüpheli Murat Kılınç ise Gaziantep'te tutuklanmaktadır.\n"
    assert "arrested" in events_by_name(text, published="2022-04-05")["Murat Kılınç"]


def test_russian_participles_in_feminine_and_other_cases() -> None:
    text = (
        "12 мая 2021 года\n\n"
        "В розыск объявлена Зарема Тагирова, 1995 года рождения, выехавшая в Сирию "
        "в 2015 году.\n"
    )
    events = events_by_name(text, published="2021-05-12")["Зарема Тагирова"]
    assert events.get("travelled") == "2015"


def test_being_in_a_war_zone_since_a_year_is_a_journey() -> None:
    text = (
        "3 июня 2020 года\n\n"
        "Деньги переводились Ахмеду Гаджиеву, который с 2016 года находится в Сирии.\n"
    )
    assert events_by_name(text, published="2020-06-03")["Ахмед Гаджиев"]["travelled"] == "2016"


def test_all_of_the_listed_women_travelled() -> None:
    text = (
        "Tarix: 2 iyun 2020\n\n"
        "İraqdan üç qadın vətənə qaytarılıb. Qadınların hamısı 2015-ci ildə ərləri ilə "
        "birlikdə İŞİD-in nəzarətində olan ərazilərə gediblər. Siyahı:\n\n"
        "1. Hüseynova Lalə Vaqif qızı, 1990-cı il təvəllüdlü;\n"
        "2. Abbasova Nigar Elçin qızı, 1993-cü il təvəllüdlü;\n"
        "3. Cəfərova Aynur Rauf qızı, 1996-cı il təvəllüdlü.\n"
    )
    events = events_by_name(text, published="2020-06-02")
    for name in (
        "Lalə Vaqif qızı Hüseynova",
        "Nigar Elçin qızı Abbasova",
        "Aynur Rauf qızı Cəfərova",
    ):
        assert "travelled" in events[name], name


def test_plural_verb_after_a_list_applies_to_every_entry() -> None:
    text = (
        "Bakı, 10 oktyabr 2019\n\n"
        "Türkiyədən deportasiya olunmuş:\n"
        "- Məmmədov Rauf Elxan oğlu, 1988-ci il təvəllüdlü, Quba sakini;\n"
        "- Səfərov Anar Vidadi oğlu, 1992-ci il təvəllüdlü, Xaçmaz sakini\n"
        "bu ayın 8-də Bakıya gətirilərək saxlanılıblar.\n"
    )
    events = events_by_name(text, published="2019-10-10")
    assert "detained" in events["Rauf Elxan oğlu Məmmədov"]
    assert "detained" in events["Anar Vidadi oğlu Səfərov"]


def test_the_defendants_are_those_judged_before() -> None:
    text = (
        "İstanbul, 4 Mart 2023\n\n"
        "Mahkeme, Tacikistan uyruklu Umar Saidov'a 8 yıl hapis cezası verdi. "
        "Kazak sanık Daniyar Omarov'a ise 6 yıl 3 ay hapis verildi. Duruşmada savcı "
        "Kemal Aydın da hazır bulundu.\n\n"
        "Sanıklar Mayıs 2021'de İzmir'de gözaltına alınmış, ardından tutuklanmıştı. "
        "Omarov'un avukatı Nihan Ersoy karara itiraz edeceklerini söyledi.\n"
    )
    events = events_by_name(text, published="2023-03-04")
    for name in ("Umar Saidov", "Daniyar Omarov"):
        assert events[name].get("detained") == "2021-05", name
        assert "arrested" in events[name], name
    assert events["Nihan Ersoy"] == {}
    assert events["Kemal Aydın"] == {}


def test_court_ordered_release_is_a_release() -> None:
    text = (
        "İstanbul, 9 Ocak 2023\n\n"
        "Mahkeme, delil yetersizliği nedeniyle Yusuf Temiz'in tahliyesine karar verdi.\n"
    )
    assert "released" in events_by_name(text, published="2023-01-09")["Yusuf Temiz"]


def test_the_dead_named_by_the_reporting_body() -> None:
    text = (
        "Date: 3 May 2021\n\n"
        "Two militants were killed on Sunday in a raid near Khasavyurt. Police named the "
        "dead men as Ruslan Tagirov, 29, and Zaur Baysultanov, 33.\n"
    )
    events = events_by_name(text, published="2021-05-03")
    assert "killed" in events["Ruslan Tagirov"]
    assert "killed" in events["Zaur Baysultanov"]


def test_the_man_actually_killed_was_the_deputy_named_after() -> None:
    text = (
        "Date: 9 March 2022\n\n"
        "The man actually killed in the 6 March strike was Karimov's deputy, Anvar "
        "Tursunov, known as Abu Yusuf.\n"
    )
    events = events_by_name(text, published="2022-03-09")
    assert "killed" in events["Anvar Tursunov"]
    assert "killed" not in events.get("Karimov", {})


def test_back_in_the_home_country_and_among_those_repatriated() -> None:
    text = (
        "Date: 20 May 2022\n\n"
        "Adnan Kovač was among 9 Bosnian citizens repatriated from Syria on Tuesday. "
        "Samir Hodžić and his wife Lejla are back in Bosnia as well.\n"
    )
    events = events_by_name(text, published="2022-05-20")
    assert "returned" in events["Adnan Kovač"]
    assert "returned" in events["Samir Hodžić"]
    assert "returned" in events["Lejla"]


def test_father_of_the_named_man_speaks_of_his_son() -> None:
    text = (
        "Date: 2 June 2020\n\n"
        "Magomedov's father, Ibragim, said that his son had left for Syria in 2014.\n"
    )
    events = events_by_name(text, published="2020-06-02")
    assert events["Magomedov"].get("travelled") == "2014"
    assert "travelled" not in events.get("Ibragim", {})


def test_a_martyrdom_report_called_false_next_is_no_death() -> None:
    text = (
        "12.05.2019\n\n"
        "Bazı kanallar Ebu Hafs el-Kazaki'nin de şehit olduğunu yazıyor. "
        "Bu haber yalandır, kardeşimiz sağdır.\n"
    )
    events = events_by_name(text, published="2019-05-12")
    assert "killed" not in events.get("Ebu Hafs el-Kazaki", {})


def test_unconfirmed_death_in_english() -> None:
    text = (
        "Date: 1 July 2021\n\n"
        "His wife told reporters that Kemal Hasić died in Baghuz in 2019, but we have not "
        "been able to confirm this.\n"
    )
    assert "killed" not in events_by_name(text, published="2021-07-01").get("Kemal Hasić", {})


def test_forms_made_from_stems_keep_their_consonant_changes() -> None:
    from ffdb.extract.event_verbs import FORMS, verb_forms

    forms = re.compile(FORMS.sub(verb_forms("travelled"), "<az:get>|<tr:git>|<az:qayıt>"))
    for word in ("gedib", "gedir", "getdi", "getmişdi", "gidiyor", "gitti", "qayıdır"):
        assert forms.fullmatch(word), word
    for word in ("gitiyor", "getib", "qayıtır", "gedmədi"):
        assert not forms.fullmatch(word), word


def test_left_a_town_at_a_date_is_a_journey_but_not_a_group() -> None:
    text = (
        "Date: 4 April 2019\n\n"
        "Tariq Mahmood left Birmingham in the summer of 2014, his family said. "
        "Omar Siddiqui left ISIS in 2017 and settled in Istanbul.\n"
    )
    events = events_by_name(text, published="2019-04-04")
    assert events["Tariq Mahmood"].get("travelled") == "2014"
    assert "travelled" not in events["Omar Siddiqui"]


def test_red_notice_issued_in_turkish() -> None:
    text = (
        "Ankara, 3 Şubat 2022\n\n"
        "Şüpheli Rustam Beknazarov'un Suriye'de bulunduğu ve hakkında kırmızı bülten "
        "çıkarıldığı öğrenildi.\n"
    )
    assert "wanted" in events_by_name(text, published="2022-02-03")["Rustam Beknazarov"]


def test_russian_impersonal_plural_with_the_object_first() -> None:
    text = (
        "5 марта 2020 года\n\n"
        "Как сообщили в МВД, Марьям Гаджиеву и её детей вернули из лагеря в Грозный в "
        "декабре 2019 года.\n"
    )
    events = events_by_name(text, published="2020-03-05")
    assert events["Марьям Гаджиева"]["returned"] == "2019-12"


def test_a_year_only_date_folds_into_the_month_of_the_same_event() -> None:
    text = (
        "Tarix: 5 dekabr 2021\n\n"
        "Ötən ay Suriyadan Azərbaycana qaytarılan Elvin Sadıqov 1990-cı ildə doğulub.\n\n"
        "2021 – Azərbaycana qaytarılıb.\n"
    )
    events = events_by_name(text, published="2021-12-05")["Elvin Sadıqov"]
    assert events["returned"] == "2021-11"


def test_russian_object_before_the_verb_and_its_agent_after() -> None:
    text = (
        "3 мая 2022 года\n\n"
        "Одним из командиров был уроженец Оша Бахром Турсунов. В апреле прошлого года "
        "Турсунова задержала служба безопасности группировки. Жителя Нальчика Азамата "
        "Кодзокова суд признал виновным и приговорил к 12 годам колонии. В отношении "
        "Кодзокова ходатайство об аресте его брата ещё не рассмотрено.\n"
    )
    events = events_by_name(text, published="2022-05-03")
    assert events["Бахром Турсунов"].get("detained") == "2021-04"
    assert "sentenced" in events["Азамат Кодзоков"]
    assert "arrested" not in events["Азамат Кодзоков"]


def test_followed_a_brother_to_syria() -> None:
    text = (
        "Date: 8 May 2020\n\n"
        "Ruslan Gasanov left for Turkey in 2013. His cousin Timur Aliev followed his "
        "brother to Syria in 2014.\n"
    )
    assert events_by_name(text, published="2020-05-08")["Timur Aliev"]["travelled"] == "2014"


def test_a_turkish_list_with_initials_and_origins_between_names() -> None:
    text = (
        "ADANA - 9 Mart 2021\n\n"
        "Operasyonda Yunus Aktaş (29) ile R.T. (33), Irak uyruklu Hamza el-Cuburi (41) ve "
        "Namanganlı Özbek Otabek Karimov (25) dün gözaltına alındı.\n"
    )
    events = events_by_name(text, published="2021-03-09")
    for name in ("Yunus Aktaş", "Hamza el-Cuburi", "Otabek Karimov"):
        assert events[name].get("detained") == "2021-03-08", name


def test_russian_and_english_timelines_in_the_present() -> None:
    text = (
        "12 мая 2022 года\n\n"
        "Хронология жизни Рустама Ахмедова, осуждённого в прошлом году.\n\n"
        "2013 — уезжает в Сирию через Турцию.\n\n"
        "2016 — получает ранение под Алеппо.\n\n"
        "2019 — его задерживают в Идлибе.\n\n"
        "2021 — возвращается в Россию, где его арестовывают.\n"
    )
    events = events_by_name(text, published="2022-05-12")["Рустам Ахмедов"]
    assert events["travelled"] == "2013" and events["injured"] == "2016"
    assert events["detained"] == "2019" and events["returned"] == "2021"
    assert "arrested" in events
    text = (
        "Date: 5 May 2022\n\n"
        "Profile of Karim Haddad, who was sentenced last year.\n\n"
        "2013 – Travels to Syria via Turkey and joins Jabhat al-Nusra.\n"
    )
    assert events_by_name(text, published="2022-05-05")["Karim Haddad"]["travelled"] == "2013"


def test_an_acquittal_frees_the_defendant_unless_held_on_another_charge() -> None:
    # An acquittal alone is no event by the gold conventions (sets c to l): only a
    # release the text tells ("acquitted and freed in court").
    text = (
        "Date: 4 June 2021\n\n"
        "The court in Ghent jailed Bart Peeters for six years on Thursday. His co-defendant "
        "Samir Benali, 27, was acquitted and freed in court.\n"
    )
    assert "released" in events_by_name(text, published="2021-06-04")["Samir Benali"]
    text = (
        "Urfa, 4 Mayıs 2023\n\n"
        "Sanık Yakup Demirel bu davada beraat etti, ancak başka bir dosyadan tutuklu olduğu "
        "için tahliye edilmedi.\n"
    )
    assert "released" not in events_by_name(text, published="2023-05-04")["Yakup Demirel"]


def test_in_the_war_zone_since_a_year() -> None:
    cases = [
        (
            "Bakı, 3 may 2020\n\nSumqayıt sakini Orxan Məlikov 2014-cü ildən bəri Suriyadadır.\n",
            "Orxan Məlikov",
        ),
        (
            "3 мая 2020 года\n\nУроженец Кизляра Руслан Газиев с 2014 года воевал в Сирии.\n",
            "Руслан Газиев",
        ),
        (
            "İstanbul, 3 Mayıs 2020\n\nBursalı Emre Kılıç 2014'ten beri Şam topraklarındaydı.\n",
            "Emre Kılıç",
        ),
    ]
    for text, name in cases:
        assert events_by_name(text, published="2020-05-03")[name]["travelled"] == "2014", name
