"""Group ties stated in more ways: a lead naming the group of the list below it, the
stages of a renamed group ("first Jabhat al-Nusra, later HTS"), moving over to or
leaving a group, rising to command in one, "боец X", a code name used inside the group,
"Both" after a sentence naming two men, and new spellings of known groups."""

from __future__ import annotations

from support import person_records


def _groups(text: str) -> dict[str, list[str]]:
    return {name: r["groups"] for name, r in person_records(text).items()}


def test_a_lead_gives_its_group_to_the_entries_of_the_list_below() -> None:
    text = (
        "Канал «Вести» | Telegram\n\n"
        "Братья, сообщаем о павших. Все они сражались в рядах «Джунуд аш-Шам» под Хамой.\n\n"
        "1) Абу Муслим аль-Кавкази — Тимур Дадаев из Аргуна. Погиб в пятницу.\n\n"
        "2) Брат Анас — Магомед Ахматов, 31 год. Ранен, жив.\n\n"
        "Отдельно. Каналы написали, что погиб Ислам Закаев. Это не так.\n"
    )
    groups = _groups(text)
    assert groups["Тимур Дадаев"] == ["Джунуд аш-Шам"]
    assert groups["Магомед Ахматов"] == ["Джунуд аш-Шам"]
    assert groups["Ислам Закаев"] == []  # no entry of the list


def test_an_azerbaijani_lead_with_emoji_bullets() -> None:
    text = (
        "ŞƏHİDLƏR\n\n"
        "Bu həftə bir neçə qardaşımız şəhid oldu. Hamısı Cunud əş-Şamın qrupunda "
        "döyüşürdü.\n\n"
        "🔹 Əbu Həmzə — Nicat Babayev. Bərdəli qardaşımız.\n\n"
        "🔹 Elnur Qasımov, Şəkidən. Dünən yaralandı.\n"
    )
    groups = _groups(text)
    assert groups["Nicat Babayev"] == ["Cunud əş-Şam"]
    assert groups["Elnur Qasımov"] == ["Cunud əş-Şam"]


def test_a_lead_naming_two_groups_leaves_the_entries_to_themselves() -> None:
    text = (
        "Axtarış siyahısı yenilənib: aralarında İŞİD və HTŞ üzvləri də var.\n\n"
        "1. Məmmədov Fuad Kamil oğlu — 1990-cı il təvəllüdlü, Bakı şəhəri.\n"
        "2. Hüseynov Samir Elçin oğlu — 1988-ci il təvəllüdlü, Gəncə şəhəri.\n"
    )
    assert all(not groups for groups in _groups(text).values())


def test_the_stages_of_a_renamed_group_are_kept_apart() -> None:
    text = (
        "Kamil Rzayev went to Syria in 2014 and fought first for Jabhat al-Nusra and later "
        "for its successor Hayat Tahrir al-Sham (HTS), prosecutors said. "
        "Ziya Məmmədli əvvəlcə Cəbhət ən-Nüsra, sonra isə Heyət Təhrir əş-Şam (HTŞ) "
        "sıralarında döyüşüb. "
        "Omar Tahir joined Jabhat al-Nusra in 2013 and stayed with the group when it became "
        "Hayat Tahrir al-Sham."
    )
    groups = _groups(text)
    assert groups["Kamil Rzayev"] == ["Jabhat al-Nusra", "Hayat Tahrir al-Sham"]
    assert sorted(groups["Ziya Məmmədli"]) == ["Cəbhət ən-Nüsra", "HTŞ"]
    assert groups["Omar Tahir"] == ["Jabhat al-Nusra", "Hayat Tahrir al-Sham"]


def test_one_name_of_one_stage_stays_one_group() -> None:
    text = "Ramil Həsənov Heyət Təhrir əş-Şam (HTŞ) sıralarında döyüşüb."
    assert len(_groups(text)["Ramil Həsənov"]) == 1


def test_moving_over_leaving_and_rising_in_a_group() -> None:
    text = (
        "Jamshid Nurov travelled to Syria in 2013 but later moved to Katibat "
        "al-Tawhid wal-Jihad. "
        "Sanjar Aliev, 29, from Osh, left KIB in 2018 and settled in Bursa. "
        "Farhod Umarov is one of the few Uzbeks who rose to command in Islamic State. "
        "Его брат Ислам Гехаев, также боец КТДЖ, погиб под Идлибом."
    )
    groups = _groups(text)
    assert groups["Jamshid Nurov"] == ["Katibat al-Tawhid wal-Jihad"]
    assert groups["Sanjar Aliev"] == ["KIB"]
    assert groups["Farhod Umarov"] == ["Islamic State"]
    assert groups["Ислам Гехаев"] == ["КТДЖ"]


def test_leaving_a_place_the_group_held_is_no_tie() -> None:
    text = (
        "Rauf Kazimov left IS-held Mosul in 2016. "
        "Elgun Tagiyev left Jabhat al-Nusra's territory in 2015."
    )
    groups = _groups(text)
    assert groups["Rauf Kazimov"] == []
    assert groups["Elgun Tagiyev"] == []


def test_a_code_name_used_inside_the_group() -> None:
    text = (
        "Konya'da DEAŞ operasyonu: 2 gözaltı\n\n"
        "Operasyonda Kazakistan uyruklu Erlan Seitov (30) yakalandı. Örgüt içinde "
        '"Ebu Cafer" kod adını kullanan Seitov\'un kırmızı bültenle arandığı öğrenildi.'
    )
    assert _groups(text)["Erlan Seitov"] == ["DEAŞ"]
    text = (
        "DTX İŞİD-ə qarşı əməliyyat keçirib. Saxlanılanlardan biri Vüsal Rəhimovdur. "
        'Rəhimov təşkilatda "Əbu Yəhya" ləqəbi ilə tanınıb.'
    )
    assert _groups(text)["Vüsal Rəhimov"] == ["İŞİD"]


def test_a_code_name_in_a_list_of_people_of_several_groups_is_no_tie() -> None:
    text = (
        "Suriye'ye gidenlerin akıbeti şöyle:\n\n"
        "Murat Kaya, Konyalı. İD saflarında savaştı; 2016'da öldü.\n\n"
        'Hakan Yılmaz, Kayserili. Örgüt içinde "Ebu Zeyd" kod adıyla biliniyordu.\n'
    )
    groups = _groups(text)
    assert groups["Murat Kaya"] == ["İD"]
    assert groups["Hakan Yılmaz"] == []


def test_both_after_a_sentence_naming_two_men() -> None:
    text = (
        "Police named the dead as Timur Aliyev, 29, a native of the village of Kurush, "
        "and Said Musaev, 33, from Kizlyar. Both had sworn allegiance to Islamic State, "
        "police said."
    )
    groups = _groups(text)
    assert groups["Timur Aliyev"] == ["Islamic State"]
    assert groups["Said Musaev"] == ["Islamic State"]


def test_new_spellings_of_known_groups() -> None:
    text = (
        "Merdan Atayev 2015'te Heyet Tahrir'üş Şam saflarında savaştı. "
        "Kenan Aksoy, Kafkasya Emirliği'ne katıldı."
    )
    groups = _groups(text)
    assert groups["Merdan Atayev"] == ["Heyet Tahrir'üş Şam"]
    assert groups["Kenan Aksoy"] == ["Kafkasya Emirliği"]


def test_a_member_of_a_mans_unit_is_in_that_mans_group() -> None:
    text = (
        "Anvar Kasimov led a unit of Uzbek fighters in the Islamic State. "
        "The report also named Jasur Toirov, a former member of Kasimov's unit. "
        "Bekzod Aliev was a fighter in Kasimov's group."
    )
    groups = _groups(text)
    assert groups["Jasur Toirov"] == ["Islamic State"]
    assert groups["Bekzod Aliev"] == ["Islamic State"]


def test_a_profile_timeline_in_the_present_tense() -> None:
    text = (
        "PROFILE: Ruslan Tsechoev (1986-2018)\n\n"
        "Ruslan Tsechoev was an Ingush militant. Below is a timeline of his life.\n\n"
        "1986 - Born in Nazran.\n\n"
        "2009 - Joins the Ingush sector of the Caucasus Emirate.\n\n"
        "2014 - Commands a small Ingush group within Jaysh al-Muhajirin wal-Ansar.\n"
    )
    groups = _groups(text)
    assert groups["Ruslan Tsechoev"] == ["Caucasus Emirate", "Jaysh al-Muhajirin wal-Ansar"]
    text = "Vüqar Səfərli kimdir?\n\n2013, may – Vüqar Səfərli Cunud əş-Şam qrupuna qoşulur.\n"
    assert _groups(text)["Vüqar Səfərli"] == ["Cunud əş-Şam"]


def test_a_groups_short_name_in_a_case_is_given_in_the_nominative() -> None:
    groups = _groups("Его брат Расул Гамзатов, также воевавший в рядах «Нусры», погиб в 2015 году.")
    assert groups["Расул Гамзатов"] == ["Нусра"]


def test_a_russian_participle_parted_from_its_cue_by_a_place() -> None:
    text = (
        "По версии следствия, Ахмед Дзейтов переводил деньги брату Магомеду Дзейтову, "
        "воевавшему в Сирии в рядах «Джебхат ан-Нусры»."
    )
    groups = _groups(text)
    assert groups["Магомед Дзейтов"] == ["Джебхат ан-Нусра"]
    assert groups["Ахмед Дзейтов"] == []


def test_being_in_a_group_in_russian_and_no_tie_from_a_question() -> None:
    text = (
        "Брат Абу Ханифа — Тимур Исаев из Шали. Брат приехал в Шам в 2014 году и все эти "
        "годы был в «Джунуд аш-Шам». Ахмед Исаев был в Сирии в 2015 году."
    )
    groups = _groups(text)
    assert groups["Тимур Исаев"] == ["Джунуд аш-Шам"]
    assert groups["Ахмед Исаев"] == []
    text = "— Ваш сын Ринат Галиев был в «Исламском государстве»?\n— Нет, он учился в Каире."
    assert all(not g for g in _groups(text).values())


def test_turkish_trials_for_membership_and_work_in_a_unit() -> None:
    text = (
        "Ağır Ceza Mahkemesi, DEAŞ'a üye olmakla yargılanan Suriyeli Ahmet Hamdan'a 7 yıl "
        "hapis cezası verdi. Musullu Cemil Ağa, DEAŞ'ın Musul'daki maliye biriminde "
        "çalıştıktan sonra Türkiye'ye kaçtı. Orhan Demir İstanbul'da bir fabrikada çalıştı."
    )
    groups = _groups(text)
    assert groups["Ahmet Hamdan"] == ["DEAŞ"]
    assert groups["Cemil Ağa"] == ["DEAŞ"]
    assert groups["Orhan Demir"] == []


def test_an_acquittal_of_membership_is_no_tie() -> None:
    text = (
        "Mahkeme, DEAŞ üyeliğine dair yeterli delil bulunmadığı gerekçesiyle Yunus Arslan "
        "hakkında beraat kararı verdi. Kerem Yalçın ise DEAŞ üyeliğinden 7 yıl hapis "
        "cezası aldı."
    )
    groups = _groups(text)
    assert groups["Yunus Arslan"] == []
    assert groups["Kerem Yalçın"] == ["DEAŞ"]


def test_a_relative_as_the_object_of_an_earlier_verb() -> None:
    text = (
        "Ruslan Aliev, two years younger, followed his brother to Syria in 2014 and later "
        "moved over to Islamic State. Zarina Aliyeva travelled to Syria with her husband, "
        "who was an IS fighter."
    )
    groups = _groups(text)
    assert groups["Ruslan Aliev"] == ["Islamic State"]
    assert groups["Zarina Aliyeva"] == []


def test_a_plural_verb_without_subject_and_a_pair_that_went_together() -> None:
    text = (
        "1995-ci il təvəllüdlü Nərgiz Əliyeva 2014-cü ildə əri Ramin Qasımovla birlikdə "
        'Suriyaya gedib. "Sonra məlum oldu ki, İŞİD-ə qoşulublar", - deyə anası danışır.'
    )
    groups = _groups(text)
    assert groups["Nərgiz Əliyeva"] == ["İŞİD"]
    assert groups["Ramin Qasımov"] == ["İŞİD"]
    text = (
        "1. Исаев Рамазан Алиевич, 1994 г.р. В 2015 году выехал в Сирию, где примкнул к "
        "«Джебхат ан-Нусре».\n"
        "2. Омарова Зарема Магомедовна, 1996 г.р. В 2014 году вместе с мужем Саидом "
        "выехала в Сирию, где оба вступили в ИГИЛ.\n"
    )
    groups = _groups(text)
    assert groups["Рамазан Алиевич Исаев"] == ["Джебхат ан-Нусра"]
    assert groups["Зарема Магомедовна Омарова"] == ["ИГИЛ"]
    assert groups["Саид"] == ["ИГИЛ"]


def test_a_present_membership_in_a_wanted_list() -> None:
    text = (
        "1. Сафин Ильдар Маратович, 1991 г.р., уроженец г. Бугульма. В 2015 году выехал в "
        "Сирию; по данным МВД, состоит в ИГИЛ."
    )
    assert _groups(text)["Ильдар Маратович Сафин"] == ["ИГИЛ"]


def test_one_of_its_commanders_and_the_same_katiba() -> None:
    text = (
        "Узбекская группировка «Катибат Имам аль-Бухари» действует в Идлибе. Одним из её "
        "полевых командиров был уроженец Андижана Алишер Каримов. В прошлом году Каримова "
        "задержала служба безопасности ХТШ. В той же катибе воевал таджик Фирдавс "
        "Шарипов из Хорога."
    )
    groups = _groups(text)
    assert groups["Алишер Каримов"] == ["Катибат Имам аль-Бухари"]
    assert groups["Фирдавс Шарипов"] == ["Катибат Имам аль-Бухари"]


def test_a_finite_verb_closes_its_clause_before_a_name() -> None:
    text = (
        "Müəyyən edilib ki, Şəki rayonunun sakini Qasımov Elvin Rauf oğlu 2014-cü ildə "
        'Suriyaya gedərək İŞİD terror təşkilatına qoşulub və "Əbu Həmzə" ləqəbi ilə '
        "döyüşlərdə iştirak edib. DEAŞ mensubu Kemal Arslan ile Ahmet Demir yakalandı."
    )
    groups = _groups(text)
    assert groups["Elvin Rauf oğlu Qasımov"] == ["İŞİD"]
    assert groups["Kemal Arslan"] == ["DEAŞ"]
    assert groups["Ahmet Demir"] == ["DEAŞ"]


def test_aiding_a_groups_underground() -> None:
    text = (
        "1. Шогенов Аслан Муратович, 1990 года рождения, житель г. Нальчик. В 2012 году он "
        "был осуждён за пособничество бандподполью так называемого «Имарата Кавказ»."
    )
    assert _groups(text)["Аслан Муратович Шогенов"] == ["Имарат Кавказ"]
    text = "Ахмед Барагунов задержан по подозрению в пособничестве «Исламскому государству»."
    assert _groups(text)["Ахмед Барагунов"] == []


def test_a_russian_member_noun_made_of_an_acronym() -> None:
    text = (
        "В Назрани задержан ИГИЛовец Ахмед Евлоев. Его сосед Тимур Гаджиев помогал "
        "игиловцам деньгами."
    )
    groups = _groups(text)
    assert groups["Ахмед Евлоев"] == ["ИГИЛ"]
    assert groups["Тимур Гаджиев"] == []


def test_fighting_in_a_named_group_and_a_person_likened_to_another() -> None:
    text = (
        "Брат Абу Хамза (Ислам Хадзиев) приехал в Шам в 2013 году, сначала воевал в "
        "Джейш аль-Мухаджирин валь-Ансар, а после раскола перешёл в Аджнад аль-Кавказ. "
        "Тимур Алиев воевал в Сирии. Рамзан Дудаев, как и Ислам Хадзиев, был в рядах "
        "Аджнад аль-Кавказ."
    )
    groups = _groups(text)
    assert groups["Ислам Хадзиев"] == ["Джейш аль-Мухаджирин валь-Ансар", "Аджнад аль-Кавказ"]
    assert groups["Тимур Алиев"] == []
    assert groups["Рамзан Дудаев"] == ["Аджнад аль-Кавказ"]
