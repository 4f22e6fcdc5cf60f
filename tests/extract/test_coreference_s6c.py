"""Who an event is about when the cue does not name the person (session 6, round 3):
a name in the Azerbaijani or Turkish genitive is an owner, not the subject; Russian
"Тот"/"Та" before a past verb stands for the person named last."""

from __future__ import annotations

from support import events_by_name

PUBLISHED = "2024-05-01"


def test_genitive_surname_is_no_subject_in_azerbaijani() -> None:
    text = (
        "Bakı məhkəməsi iki nəfərə hökm oxuyub. Sumqayıt sakini Əliyev Kamran Rauf oğlu "
        "10 il, Gəncə sakini Quliyev Elvin Namiq oğlu 8 il müddətinə azadlıqdan məhrum "
        "edilib. İttihama görə, Əliyev 2013-cü ildə Suriyaya gedib. Quliyev 2015-ci ildə "
        "Əliyevin çağırışı ilə Suriyaya gedib, 2018-ci ildə ölkəyə qayıdarkən həbs edilib."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Kamran Rauf oğlu Əliyev"].get("travelled") == "2013"
    assert "returned" not in events["Kamran Rauf oğlu Əliyev"]
    assert events["Elvin Namiq oğlu Quliyev"].get("travelled") == "2015"
    assert events["Elvin Namiq oğlu Quliyev"].get("arrested") == "2018"


def test_feminine_genitive_surname_is_no_subject() -> None:
    text = (
        "Məhkəmə iki qadının işinə baxıb. Nəsibova Leyla Arif qızı və Həsənova Günel "
        "Tahir qızı ittiham olunur. Həsənova 2014-cü ildə Nəsibovanın dəvəti ilə "
        "Suriyaya gedib."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Günel Tahir qızı Həsənova"].get("travelled") == "2014"
    assert "travelled" not in events.get("Leyla Arif qızı Nəsibova", {})


def test_russian_demonstrative_stands_for_the_person_named_last() -> None:
    text = (
        "Именно Алиев завербовал казанца Тимура Сафина. Тот выехал в Сирию в 2015 году "
        "и в 2017-м вернулся через Турцию."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Тимур Сафин"] == {"travelled": "2015", "returned": "2017"}
    assert not events.get("Алиев")


def test_russian_feminine_demonstrative_takes_the_woman_named_last() -> None:
    text = (
        "Полиция задержала Марата Ибрагимова. Его сестра Зарина Ибрагимова рассказала о "
        "брате. Та уехала в Сирию в 2014 году."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Зарина Ибрагимова"].get("travelled") == "2014"
    assert "travelled" not in events["Марат Ибрагимов"]


def test_same_day_demonstrative_is_no_pronoun() -> None:
    text = "Руслан Гасанов вернулся из Турции в 2016 году. Тот же день стал для него последним."
    events = events_by_name(text, published=PUBLISHED)
    assert events["Руслан Гасанов"] == {"returned": "2016"}


def test_genitive_after_apostrophe_is_no_subject_in_turkish() -> None:
    text = (
        "Hatay'da iki sanık yargılandı. Sanıklar Merdan Orazov ve Ahmet Yıldırım hakim "
        "karşısına çıktı. Orazov 2014'te Yıldırım'ın çağrısıyla Suriye'ye gitti, 2017'de "
        "Türkiye'ye dönerken yakalandı."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Merdan Orazov"].get("travelled") == "2014"
    assert events["Merdan Orazov"].get("returned") == "2017"
    assert events["Ahmet Yıldırım"] == {}


def test_he_after_following_a_relative_is_the_subject() -> None:
    text = (
        "Ruslan Tagirov followed his cousin, Murad Tagirov, to Syria in 2014. He was "
        "detained in Turkey in 2016 and deported to Russia."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Ruslan Tagirov"].get("detained") == "2016"
    assert "detained" not in events["Murad Tagirov"]


def test_he_after_joining_a_brother_is_the_subject() -> None:
    text = (
        "Anar Quliyev joined his brother Vugar Quliyev in Syria in 2015. He returned to "
        "Azerbaijan in 2018 and was arrested."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Anar Quliyev"].get("returned") == "2018"
    assert events["Vugar Quliyev"] == {}


def test_he_after_a_relative_named_as_subject_is_still_the_relative() -> None:
    text = (
        "Kamal Rzayev said his brother Elvin Rzayev had left for Syria in 2014. He was "
        "killed there in 2016."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Elvin Rzayev"].get("killed") == "2016"


def test_genitive_subject_of_a_nominalised_cue_is_kept() -> None:
    text = (
        "İddianamede sanıklardan Serdar Koç ve Yusuf Acar'ın ise adli kontrol şartıyla "
        "serbest bırakıldığı kaydedildi."
    )
    events = events_by_name(text, published=PUBLISHED)
    assert "released" in events["Serdar Koç"]
    assert "released" in events["Yusuf Acar"]


def test_my_son_in_a_mothers_quotation_is_her_child() -> None:
    text = (
        "Farid Naghiyev left for Syria in 2013. His mother, Gulnara Naghiyeva, said: "
        '"My son was arrested in Turkey in 2016."'
    )
    events = events_by_name(text, published=PUBLISHED)
    assert events["Farid Naghiyev"].get("arrested") == "2016"
    assert events.get("Gulnara Naghiyeva", {}) == {}


def test_my_son_in_a_russian_fathers_quotation_is_his_child() -> None:
    text = "Отец Артура Хасанова, Руслан Хасанов, рассказал: «Мой сын уехал в Сирию в 2014 году»."
    events = events_by_name(text, published=PUBLISHED)
    assert events["Артур Хасанов"].get("travelled") == "2014"
    assert events.get("Руслан Хасанов", {}) == {}
