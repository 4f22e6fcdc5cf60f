"""Status events, tenth session (fictional people and sentences): a number of persons,
unnamed where the cue tells their status, named right after in just that many names
("Three men were repatriated ... The men are: 1. A ...", "3 nəfər saxlanılıb. Onlar A,
B və C", "Из Сирии вернулись четыре женщины. Это ..."), but not when the count does not
fit; a court ordering release or custody ("X'in serbest bırakılmasına karar verdi",
"sərbəst buraxılması barədə qərar", "постановил освободить X", "remanded X in
custody"); the presiding judge is no party ("Hakim X-in sədrliyi ilə", "под
председательством судьи X"); a second verb's object ("raided the flat and arrested X");
martyr-post idioms ("şehadete erişti", "Rabbine kavuştu", "стали шахидами, иншаАллах,
братья A и B"), the Quran's "alive with their Lord" no denial, "returned to his Lord" no
journey home; one who followed another ("followed in early 2014", "followed him in
2015", "followed X to Syria"); a companion with an adjective ("with his younger brother
Y")."""

from __future__ import annotations

from support import events_by_name

_HEAD = {
    "en": "London, 3 March 2019\n\n",
    "ru": "Москва, 3 марта 2019 г.\n\n",
    "az": "Bakı, 3 mart 2019\n\n",
    "tr": "Ankara, 3 Mart 2019\n\n",
}


def _events(text: str, language: str) -> dict[str, dict[str, str | None]]:
    return events_by_name(_HEAD[language] + text + "\n", language=language)


def test_a_counted_group_named_in_a_list_below_en() -> None:
    events = _events(
        "Three men and six children were repatriated from Syria on 1 March. The men are:\n\n"
        "1. Arben Gashi, 34, from Peja;\n2. Liridon Shala, 29, from Gjilan;\n"
        "3. Fatos Berisha, 41, from Prizren.",
        "en",
    )
    for name in ("Arben Gashi", "Liridon Shala", "Fatos Berisha"):
        assert events[name].get("returned") == "2019-03-01", name


def test_a_counted_object_named_in_the_next_sentence_en() -> None:
    events = _events(
        "Police arrested three men on 1 March. They are Arben Gashi, Liridon Shala and "
        "Fatos Berisha, all from Peja.",
        "en",
    )
    for name in ("Arben Gashi", "Liridon Shala", "Fatos Berisha"):
        assert events[name].get("arrested") == "2019-03-01", name


def test_a_count_of_another_verb_names_no_one_en() -> None:
    events = _events(
        "Security forces killed two militants and detained a third on 1 March. The dead "
        "were identified as Ali Gadzhimuradov and Shamil Nurmagomedov.",
        "en",
    )
    assert "detained" not in events["Ali Gadzhimuradov"]
    assert "detained" not in events["Shamil Nurmagomedov"]


def test_a_count_that_does_not_fit_names_no_one_en() -> None:
    events = _events(
        "Police arrested three men on 1 March. Arben Gashi and Liridon Shala were "
        "questioned by prosecutors.",
        "en",
    )
    assert "arrested" not in events["Arben Gashi"]
    assert "arrested" not in events["Liridon Shala"]


def test_a_counted_group_named_in_the_next_paragraph_az() -> None:
    events = _events(
        "Yanvarın 26-da İraqdan 3 nəfər Azərbaycan vətəndaşı və onların 7 azyaşlı övladı "
        "ölkəyə repatriasiya olunub.\n\nMüəyyən edilib ki, Abbasov Nicat Famil oğlu "
        "(1987-ci il təvəllüdlü, Şamaxı rayonu), Orucov Samir Həsən oğlu (1984-cü il "
        "təvəllüdlü) və Rzayeva Lalə Akif qızı (1993-cü il təvəllüdlü) 2014-cü ildə "
        "Suriyaya keçiblər.",
        "az",
    )
    for name in ("Nicat Famil oğlu Abbasov", "Samir Həsən oğlu Orucov", "Lalə Akif qızı Rzayeva"):
        assert events[name].get("returned") == "2019-01-26", name
        assert events[name].get("travelled") == "2014", name


def test_a_counted_group_named_after_ru_and_tr() -> None:
    ru = _events(
        "Из Сирии вернулись четыре женщины. Это Хеда Дадаева, Асет Юсупова, Мадина "
        "Алиева и Зарема Гасанова.",
        "ru",
    )
    for name in ("Хеда Дадаева", "Асет Юсупова", "Мадина Алиева", "Зарема Гасанова"):
        assert "returned" in ru[name], name
    tr = _events(
        "Operasyonda 3 şüpheli gözaltına alındı. Şüphelilerin Ahmet Kaya, Selim Demir ve "
        "Mehmet Yıldız olduğu öğrenildi.",
        "tr",
    )
    for name in ("Ahmet Kaya", "Selim Demir", "Mehmet Yıldız"):
        assert "detained" in tr[name], name


def test_a_court_ordering_release() -> None:
    tr = _events(
        "Hakimlik, Ahmet Kaya ve Selim Demir'in adli kontrol şartıyla serbest "
        "bırakılmasına hükmetti. Mehmet Yıldız'ın tahliye edilmesine karar verildi.",
        "tr",
    )
    for name in ("Ahmet Kaya", "Selim Demir", "Mehmet Yıldız"):
        assert "released" in tr[name], name
    az = _events("Məhkəmə Elvin Quliyevin sərbəst buraxılması barədə qərar verib.", "az")
    assert "released" in az["Elvin Quliyev"]
    ru = _events("Суд постановил освободить Ахмеда Юсупова из-под стражи.", "ru")
    assert "released" in ru["Ахмед Юсупов"]
    en = _events("The court remanded Ahmed Yusupov in custody.", "en")
    assert "arrested" in en["Ahmed Yusupov"]


def test_the_presiding_judge_is_no_party() -> None:
    az = _events(
        "Hakim Elşən Qarayevin sədrliyi ilə keçən prosesdə təqsirləndirilən şəxslər "
        "azadlıqdan məhrum ediliblər.",
        "az",
    )
    assert "sentenced" not in az["Elşən Qarayev"]
    ru = _events(
        "Под председательством судьи Игоря Смирнова суд приговорил подсудимых к срокам "
        "от 8 до 12 лет.",
        "ru",
    )
    assert "sentenced" not in ru["Игорь Смирнов"]
    tr = _events(
        "Hakim Selim Aktaş başkanlığında görülen davada sanıklar hapis cezasına çarptırıldı.",
        "tr",
    )
    assert "sentenced" not in tr["Selim Aktaş"]


def test_the_object_of_a_second_verb_en() -> None:
    events = _events(
        "Police raided homes in Molenbeek in April 2016 and arrested Yassine Benali.", "en"
    )
    assert events["Yassine Benali"].get("arrested") == "2016-04"


def test_martyr_post_idioms() -> None:
    tr = _events(
        "Kardeşimiz Ebu Mansur el-Kosovi 1 Mayıs 2015 tarihinde Rabbine kavuştu. Aynı "
        "baskında kardeşimiz Ebu Hafs et-Türki de şehadete erişti.",
        "tr",
    )
    assert tr["Ebu Mansur el-Kosovi"].get("killed") == "2015-05-01"
    assert "killed" in tr["Ebu Hafs et-Türki"]
    az = _events("Qardaşımız Əbu Talha 2016-cı ilin mayında Rəbbinə qovuşub.", "az")
    assert az["Əbu Talha"].get("killed") == "2016-05"
    en = _events("Our brother Sardor Rahimov returned to his Lord on 21 March 2019.", "en")
    assert "returned" not in en["Sardor Rahimov"]


def test_those_martyred_with_him_past_a_pious_aside_ru() -> None:
    events = _events(
        "Наш брат Мурад Шахбанов стал шахидом 27 июня 2017 года в Мосуле.\n\n"
        "Вместе с ним стали шахидами, иншаАллах, братья Абу Тальха и Абу Хафс.\n\n"
        "«Не плачьте о них, они живы у своего Господа».",
        "ru",
    )
    assert events["Мурад Шахбанов"].get("killed") == "2017-06-27"
    assert events["Абу Тальха"].get("killed") == "2017-06-27"
    assert events["Абу Хафс"].get("killed") == "2017-06-27"


def test_one_who_followed_another_en() -> None:
    events = _events(
        "Rasul Kurbanov, a Lezgin from Derbent, followed in early 2014. Bakhtiyor Ergashev "
        "followed Ulugbek Yuldashev to Syria in 2015. His brother-in-law, Eyyub Kurtov, "
        "followed him in 2016.",
        "en",
    )
    assert events["Eyyub Kurtov"].get("travelled") == "2016"
    assert events["Rasul Kurbanov"].get("travelled") == "2014"
    assert events["Bakhtiyor Ergashev"].get("travelled") == "2015"
    assert "travelled" not in events["Ulugbek Yuldashev"]


def test_a_companion_with_an_adjective_en() -> None:
    events = _events(
        "Ramin Qurbanov travelled to Syria in 2014 with his younger brother Elşən, the "
        "service said.",
        "en",
    )
    assert events["Elşən Qurbanov"].get("travelled") == "2014"
