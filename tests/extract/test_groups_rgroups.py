"""Group ties stated once for a set of defendants, told in the first person, and given a
leader by a title that names no group. All texts are invented for these tests."""

from __future__ import annotations

from ffdb.extract import extract_document


def _groups(text: str, language: str) -> dict[str, list[str]]:
    records = extract_document(text, language=language, published="2020-05-02").records()
    return {r["name"]: r["groups"] for r in records if r["type"] == "person"}


# -- a verdict's lead counts the defendants; the terms name them ---------------------------


def test_english_verdict_lead_ties_the_sentenced_not_the_acquitted() -> None:
    text = (
        "A Baku court on Monday sentenced three men to prison for fighting for Islamic State "
        "in Syria and acquitted a fourth.\n\nJudge Leyla Karimova gave Anar Huseynov, 30, from "
        "Ganja, 11 years. Rauf Aliyev and Samir Balayev received nine and seven years "
        "respectively. The fourth defendant, Tofiq Guliyev, was acquitted. His lawyer, Elchin "
        "Mammadov, welcomed the ruling."
    )
    groups = _groups(text, "en")
    assert groups["Anar Huseynov"] == groups["Rauf Aliyev"] == groups["Samir Balayev"]
    assert groups["Anar Huseynov"] == ["Islamic State"]
    assert groups["Tofiq Guliyev"] == groups["Leyla Karimova"] == groups["Elchin Mammadov"] == []


def test_russian_verdict_lead_in_the_dative() -> None:
    text = (
        "Южный окружной военный суд вынес приговор двум жителям Дагестана, признанным "
        "виновными в участии в деятельности «Исламского государства». Ещё один подсудимый "
        "оправдан.\n\nАлиев Тимур Русланович, 1990 г. р., приговорён к 15 годам колонии "
        "строгого режима. Гасанов Ислам Магомедович, 1992 г. р., — 9 лет. Магомедов Рустам "
        "оправдан. Адвокат Зарема Ахмедова заявила, что обжалует приговор."
    )
    groups = _groups(text, "ru")
    assert groups["Тимур Русланович Алиев"] != [] and groups["Ислам Магомедович Гасанов"] != []
    assert groups["Рустам Магомедов"] == groups["Зарема Ахмедова"] == []


def test_turkish_verdict_count_after_the_cue() -> None:
    text = (
        "Gaziantep'te görülen davada DEAŞ üyeliğinden yargılanan üç sanık hapis cezasına "
        "çarptırıldı, bir sanık beraat etti.\n\nMahkeme Başkanı Hakim Ayşe Yılmaz, Ahmet "
        "Kaya'ya 9 yıl hapis cezası verdi. Mehmet Demir ile Ali Çelik 7'şer yıl 6 ay hapis "
        "cezası aldı. Sanıklardan Yusuf Aydın ise beraat etti. Avukat Hüseyin Koç kararı "
        "istinafa taşıyacaklarını söyledi."
    )
    groups = _groups(text, "tr")
    assert groups["Ahmet Kaya"] == groups["Mehmet Demir"] == groups["Ali Çelik"] == ["DEAŞ"]
    assert groups["Yusuf Aydın"] == groups["Ayşe Yılmaz"] == groups["Hüseyin Koç"] == []


def test_azerbaijani_verdict_terms() -> None:
    text = (
        "Bakı Ağır Cinayətlər Məhkəməsi İŞİD-in sıralarında döyüşmüş üç nəfər barəsində hökm "
        "çıxarıb.\n\nHökmə əsasən, Elvin Məmmədov 12 il, Rauf Quliyev 10 il müddətinə "
        "azadlıqdan məhrum edilib. Samir Həsənov 5 il şərti cəza alıb. Vəkil Cavid Əliyev "
        "hökmdən şikayət edəcəyini bildirib."
    )
    groups = _groups(text, "az")
    assert groups["Elvin Məmmədov"] == groups["Rauf Quliyev"] == groups["Samir Həsənov"]
    assert groups["Elvin Məmmədov"] == ["İŞİD"]
    assert groups["Cavid Əliyev"] == []


def test_a_count_without_terms_ties_nobody() -> None:
    text = (
        "Police said three men were charged with fighting for Islamic State. Officer Mark "
        "Doyle said Kemal Arslan, a neighbour, had called the police."
    )
    assert _groups(text, "en").get("Kemal Arslan", []) == []


# -- told in the first person: the narrator's ---------------------------------------------


def _interview(intro: str, answers: list[tuple[str, str]]) -> str:
    lines = [f"- {q}\n- {a}" for q, a in answers]
    return "Interview\n\n" + intro + "\n\n" + "\n".join(lines) + "\n"


def test_english_interview_i_joined_and_we_were_with() -> None:
    text = _interview(
        "Karim Bekov, 31, from Osh, came back from Syria in 2019 and agreed to talk to us "
        "about the years he spent there.",
        [
            (
                "How did you get to Syria?",
                "In 2014 I crossed from Turkey. I joined the Islamic State a month later.",
            ),
            ("Why did you leave?", "We were with Jabhat al-Nusra at first, then it changed."),
        ],
    )
    assert sorted(_groups(text, "en")["Karim Bekov"]) == ["Islamic State", "Jabhat al-Nusra"]


def test_english_interview_denial_ties_nobody() -> None:
    text = _interview(
        "Karim Bekov, 31, from Osh, came back from Syria in 2019 and agreed to talk to us "
        "about the years he spent there.",
        [
            ("Did you fight?", "No. I never joined the Islamic State, I worked in a bakery."),
            ("Why did you leave?", "My mother was ill."),
        ],
    )
    assert _groups(text, "en")["Karim Bekov"] == []


def test_azerbaijani_interview_yaninda_idik() -> None:
    text = (
        "Qayıdan döyüşçü danışır\n\nSumqayıt sakini Fərid Ağayev 2019-cu ildə Suriyadan "
        "qayıdıb və bizimlə orada keçirdiyi illər barədə danışmağa razılaşıb.\n\n"
        "— Suriyaya necə getdiniz?\n— 2013-cü ildə Türkiyə vasitəsilə getdim. Əvvəl "
        '"Cəbhət ən-Nüsrə"nin yanında idik, sonra İŞİD-ə qoşuldum.\n— Niyə qayıtdınız?\n'
        "— Yoruldum.\n"
    )
    assert _groups(text, "az")["Fərid Ağayev"] == ["Cəbhət ən-Nüsrə", "İŞİD"]


def test_azerbaijani_fighting_against_a_group_is_no_tie() -> None:
    text = (
        "Qayıdan döyüşçü danışır\n\nSumqayıt sakini Fərid Ağayev 2019-cu ildə Suriyadan "
        "qayıdıb və bizimlə orada keçirdiyi illər barədə danışmağa razılaşıb.\n\n"
        "— Suriyada nə etdiniz?\n— Kürdlərin yanında İŞİD-lə döyüşdük.\n— Niyə qayıtdınız?\n"
        "— Yoruldum.\n"
    )
    assert _groups(text, "az")["Fərid Ağayev"] == []


def test_turkish_interview_yanindaydik_and_katildim() -> None:
    text = (
        "Dönen savaşçı anlatıyor\n\nAnkaralı Murat Keskin (35), 2019'da Suriye'den döndü ve "
        "orada geçirdiği yılları bize anlatmayı kabul etti.\n\n— Suriye'ye nasıl gittiniz?\n"
        "— 2014'te Gaziantep üzerinden geçtim. Önce Nusra Cephesi'nin yanındaydık, sonra "
        "IŞİD'e katıldım.\n— Neden döndünüz?\n— Yoruldum.\n"
    )
    assert len(_groups(text, "tr")["Murat Keskin"]) == 2


def test_turkish_negated_first_person_is_no_tie() -> None:
    text = (
        "Dönen savaşçı anlatıyor\n\nAnkaralı Murat Keskin (35), 2019'da Suriye'den döndü ve "
        "orada geçirdiği yılları bize anlatmayı kabul etti.\n\n— Suriye'ye nasıl gittiniz?\n"
        "— 2014'te Gaziantep üzerinden geçtim ama IŞİD'e katılmadım.\n— Neden döndünüz?\n"
        "— Yoruldum.\n"
    )
    assert _groups(text, "tr")["Murat Keskin"] == []


def test_russian_quoted_ya_byl_v() -> None:
    text = (
        "«В 2014 году я уехал в Сирию. Там я был в ИГИЛ два года», — рассказал Тимур Алиев, 30 лет."
    )
    assert _groups(text, "ru")["Тимур Алиев"] != []


# -- a leader's title names no group ------------------------------------------------------


def test_english_notice_our_emir() -> None:
    text = (
        "A channel of Katibat Imam al-Bukhari announced the death of a fighter.\n\n"
        '"We announce the martyrdom of our brother Abu Umar al-Uzbeki. Our emir, Sheikh '
        'Abu Yahya al-Farghani, led the funeral prayer." The KIB channel gave no date. '
        "Hayat Tahrir al-Sham said nothing."
    )
    assert _groups(text, "en")["Abu Yahya al-Farghani"] == ["Katibat Imam al-Bukhari"]


def test_english_his_amir_takes_the_mans_group() -> None:
    text = (
        "Our brother Abu Talha al-Dagestani joined the ranks of Jaysh al-Muhajirin wal-Ansar "
        "in 2013. His amir, Abu Yahya al-Shishani, said of him that he never asked for leave."
    )
    assert _groups(text, "en")["Abu Yahya al-Shishani"] == ["Jaysh al-Muhajirin wal-Ansar"]


def test_english_his_emir_of_a_man_with_no_group_is_none() -> None:
    text = (
        "Our brother Abu Talha al-Almani was killed near Raqqa, the Islamic State's "
        "former capital, say the Kurds. His emir, Abu Yahya al-Shishani, said of him that "
        "he never asked for leave. The PKK denied it."
    )
    assert _groups(text, "en")["Abu Yahya al-Shishani"] == []


def test_english_the_emir_of_a_country_is_no_leader() -> None:
    text = "The emir of Qatar met Rustam Aliyev, an Islamic State defector, on Monday."
    assert _groups(text, "en").get("Rustam Aliyev") == ["Islamic State"]
    assert "Qatar" not in _groups(text, "en")


def test_russian_amir_ikh_gruppy_known_as() -> None:
    text = (
        "— Ваш брат был в «Исламском государстве»?\n— Да, он воевал в Мосуле.\n"
        "— С ним кто-то был?\n— Амир их группы, его все называли Абу Салих аль-Ингуши."
    )
    assert _groups(text, "ru")["Абу Салих аль-Ингуши"] != []


def test_turkish_komutanimiz() -> None:
    text = (
        "Heyet Tahrir el-Şam'a bağlı bir kanal açıklama yaptı. Bazı sayfalar komutanımız Ebu "
        "Süleyman el-Muhacir'in de şehit olduğunu yazıyor. Bu doğru değil."
    )
    assert _groups(text, "tr")["Ebu Süleyman el-Muhacir"] != []


def test_azerbaijani_unit_emir_takes_the_group_named_before() -> None:
    text = (
        "Elvin Məmmədov 2014-cü ildə Suriyaya gedib və İŞİD-ə qoşulub. Dəstənin əmiri "
        "Əbu Bəkr əl-Azəri 2016-cı ildə öldürülüb."
    )
    assert _groups(text, "az")["Əbu Bəkr əl-Azəri"] == ["İŞİD"]


# -- a set with no count ------------------------------------------------------------------


def test_azerbaijani_hamisi_stands_for_the_pair_named_before() -> None:
    text = "Elvin Məmmədov və Rauf Quliyev 2014-cü ildə Suriyaya gediblər. Hamısı İŞİD-ə qoşulub."
    groups = _groups(text, "az")
    assert groups["Elvin Məmmədov"] == groups["Rauf Quliyev"] == ["İŞİD"]


# -- a leader described before his name; a unit joined with its leader named --------------


def test_english_commanded_by_a_described_emir() -> None:
    text = (
        "Jaysh al-Muhajirin wal-Ansar is today commanded by an Uzbek-born emir who goes by "
        "the name Abu Ibrahim al-Khurasani."
    )
    assert _groups(text, "en")["Abu Ibrahim al-Khurasani"] == ["Jaysh al-Muhajirin wal-Ansar"]


def test_english_unit_of_a_group_led_by_a_man_known_as() -> None:
    text = (
        "He had served in an HTS company of Balkan fighters commanded by a man known only as "
        "Abu Hudhayfa al-Kosovi."
    )
    assert _groups(text, "en")["Abu Hudhayfa al-Kosovi"] == ["HTS"]


def test_russian_pod_komandovaniem() -> None:
    text = "Он воевал в ИГИЛ под командованием некоего Абу Ханифы аль-Дагестани."
    assert _groups(text, "ru")["Абу Ханифа аль-Дагестани"] == ["ИГИЛ"]


def test_joined_unit_led_by_a_member_in_each_language() -> None:
    texts = [
        (
            "en",
            "Timur Bekov joined the Islamic State in 2014. A year later Rustam Aliyev "
            "joined a unit led by Timur Bekov.",
            "Rustam Aliyev",
        ),
        (
            "ru",
            "Тимур Алиев в 2014 году вступил в ИГИЛ. Руслан Исмаилов в 2015 году вступил "
            "в отряд, которым командовал Тимур Алиев.",
            "Руслан Исмаилов",
        ),
        (
            "az",
            "Rəşad Əsədov 2014-cü ildə İŞİD-ə qoşulub. Elşən Rzayev isə 2015-ci ildə "
            "Suriyaya gedərək Rəşad Əsədovun rəhbərlik etdiyi qrupa qoşulub.",
            "Elşən Rzayev",
        ),
        (
            "tr",
            "Mehmet Demir 2014'te DEAŞ'a katıldı. Ahmet Kaya ise 2015'te Mehmet Demir'in "
            "liderliğindeki gruba katıldı.",
            "Ahmet Kaya",
        ),
    ]
    for language, text, member in texts:
        assert _groups(text, language)[member] != [], language


def test_leaving_a_unit_led_by_someone_else_is_no_tie() -> None:
    text = (
        "Timur Bekov joined the Islamic State in 2014. A year later Rustam Aliyev left a unit "
        "led by Timur Bekov's rival."
    )
    assert _groups(text, "en")["Rustam Aliyev"] == []
