"""A kunya identified as a named man is one person with him: what a notice says of the
kunya and what the identification says of the name go to one record (fictional
people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        (
            "We announce the martyrdom of our brother Abu Hamza al-Shishani, Timur Bekaev, "
            "from the village of Achkhoy in Chechnya, who fell near Latakia.",
            "Timur Bekaev",
            "Abu Hamza al-Shishani",
        ),
        (
            "Сообщается, что под именем Абу Муслим аш-Шишани скрывался Ислам Бетиев, "
            "уроженец Шали, выехавший в Сирию в 2014 году.",
            "Ислам Бетиев",
            "Абу Муслим аш-Шишани",
        ),
        (
            "Абу Харис аль-Булгари — житель Елабуги Ринат Сафин, которому было 24 года.",
            "Ринат Сафин",
            "Абу Харис аль-Булгари",
        ),
        (
            "Mərkəzin araşdırmasına görə, Əbu Həfs əl-Azəri ləqəbi ilə tanınan şəxs Astara "
            "rayonundan olan 26 yaşlı Elvin Kazımovdur.",
            "Elvin Kazımov",
            "Əbu Həfs əl-Azəri",
        ),
        (
            "Bilgilere göre Ebu Ubeyde et-Türki kod adlı kişi, Niğdeli 31 yaşındaki Serkan Yavuz.",
            "Serkan Yavuz",
            "Ebu Ubeyde et-Türki",
        ),
        (
            "Ebu Enes et-Türki'nin ise Bursalı Volkan Sezer olduğu belirlendi.",
            "Volkan Sezer",
            "Ebu Enes et-Türki",
        ),
    ],
)
def test_kunya_identified_as_a_name_is_his_alias(text: str, name: str, kunya: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert kunya in records[name]["aliases"]
    assert kunya not in records


@pytest.mark.parametrize(
    ("text", "kunya", "other"),
    [
        # a list: the kunya and the name are two men
        (
            "Killed in the strike were Abu Hamza al-Shishani, Timur Bekaev and Abu Bakr "
            "al-Dagestani.",
            "Abu Hamza al-Shishani",
            "Timur Bekaev",
        ),
        # a relative between
        (
            "Ebu Enes et-Türki'nin annesi Ayşe Sezer konuştu.",
            "Ebu Enes et-Türki",
            "Ayşe Sezer",
        ),
        (
            "Abu Hamza al-Shishani — his brother Aslan Bekaev said — was killed.",
            "Abu Hamza al-Shishani",
            "Aslan Bekaev",
        ),
    ],
)
def test_no_identity_across_a_list_or_a_relative(text: str, kunya: str, other: str) -> None:
    records = person_records(text)
    assert other in records, sorted(records)
    assert kunya not in records[other]["aliases"]


def test_notice_and_identification_give_one_record() -> None:
    text = (
        "Kanalda yayımlanan ilanda, Ebu Enes et-Türki'nin 6 Cemaziyelahir 1439 (22 Şubat "
        "2018) günü İdlib'de şehit olduğu duyuruldu.\n\n"
        "Ebu Enes et-Türki'nin ise Bursalı Volkan Sezer olduğu belirlendi. Sezer 2015 "
        "yılında Suriye'ye geçti.\n"
    )
    records = person_records(text)
    assert "Volkan Sezer" in records, sorted(records)
    record = records["Volkan Sezer"]
    assert record["hometown"] == "Bursa"
    assert {"killed", "travelled"} <= {e["status"] for e in record["events"]}


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        ("Ebu Bilal ise Konyalı Serdar Yücel olarak tanımlandı.", "Serdar Yücel", "Ebu Bilal"),
        (
            'The notice also mourns "Abu Dujana al-Turki", whom relatives identify as Emre '
            "Sancar, 26, from Kayseri.",
            "Emre Sancar",
            "Abu Dujana al-Turki",
        ),
        (
            'Bir ilan, "Ebu Zeyd el-Türki"nin Rakka\'da öldüğünü duyurdu. Güvenlik kaynakları '
            "bu kişinin Kırşehirli Onur Demirci olduğunu doğruladı.",
            "Onur Demirci",
            "Ebu Zeyd el-Türki",
        ),
        (
            'Diğer ilan "Ebu Said el-Azeri"ye ait. Gence doğumlu Elvin Hüseynli olduğu '
            "belirlenen militan, Haseke'de öldürüldü.",
            "Elvin Hüseynli",
            "Ebu Said el-Azeri",
        ),
    ],
)
def test_identified_by_the_words_after_the_name(text: str, name: str, kunya: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert kunya in records[name]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "Abu Hamza al-Shishani met Ruslan Aliev in Raqqa in 2015.",
        "Abu Hamza al-Shishani was killed with Ruslan Aliev near Raqqa.",
        "Abu Hamza al-Shishani — along with Ruslan Aliev — was killed near Raqqa.",
        "Абу Хамза аль-Ингуши вместе с Русланом Алиевым выехал в Сирию.",
    ],
)
def test_a_kunya_and_a_name_in_one_clause_are_two_men(text: str) -> None:
    records = person_records(text)
    aliev = next((r for name, r in records.items() if "Ali" in name or "Али" in name), None)
    assert aliev is not None, sorted(records)
    assert not aliev["aliases"]


def test_this_nickname_hides_the_name_after_it() -> None:
    text = (
        "Оба входят в отряд, которым командует Абу Хамза аль-Ингуши. Под этим прозвищем, по "
        "данным следствия, скрывается Ахмед Гадаборшев, житель Назрани.\n"
    )
    records = person_records(text)
    assert "Ахмед Гадаборшев" in records, sorted(records)
    assert "Абу Хамза аль-Ингуши" in records["Ахмед Гадаборшев"]["aliases"]


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        # a copula closes the identification: what is said of him may stand before it
        (
            "Araştırmacıya göre Ebu Talha, 2015'te Suriye'ye geçen 27 yaşındaki Kırşehirli "
            "Bayram Özkan'dır.",
            "Bayram Özkan",
            "Ebu Talha",
        ),
        (
            "Mənbələrə görə, Əbu Yasir isə Lənkəran sakini, 29 yaşlı Rüfət Zeynallıdır.",
            "Rüfət Zeynallı",
            "Əbu Yasir",
        ),
        # a genitive and a comma before what is said of him
        (
            "Ebu Yusuf el-Kürdi'nin, Batman doğumlu Nihat Kaplan olduğu tahmin ediliyor.",
            "Nihat Kaplan",
            "Ebu Yusuf el-Kürdi",
        ),
    ],
)
def test_identified_by_a_copula_or_a_genitive(text: str, name: str, kunya: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert kunya in records[name]["aliases"]
    assert kunya not in records


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        (
            "Kanalda Ebu Hafs et-Türki'nin Rakka'da öldüğü duyuruldu. [Not: Gerçek adı "
            "Serdar Güneş'tir; ailesi Sivaslı.]",
            "Serdar Güneş",
            "Ebu Hafs et-Türki",
        ),
        (
            "Kanalda Əbu Ümər əl-Azərinin Rakkada öldüyü bildirildi. Onun əsl adı Tural "
            "Nəbiyevdir.",
            "Tural Nəbiyev",
            "Əbu Ümər əl-Azəri",
        ),
        (
            "В канале сообщили о гибели Абу Асхаба аш-Шишани. Его настоящее имя — Зелимхан "
            "Тасуев, уроженец Урус-Мартана.",
            "Зелимхан Тасуев",
            "Абу Асхаба аш-Шишани",
        ),
        (
            "Abu Khalid al-Kazakhi was martyred near Deir ez-Zor, the channel said. "
            "[Monitor: we identify him as Nurlan Seitkali, born 1991.]",
            "Nurlan Seitkali",
            "Abu Khalid al-Kazakhi",
        ),
        # the name after a colon, and a Hijri month that is a given name too in between
        (
            'Kanalın elanında "Əbu Həmzə əl-Azəri" kimi tanınan şəxsin 1436-cı il Səfər '
            "ayının 3-də öldüyü bildirilir. Paylaşımda onun əsl adı da açıqlanıb: Şəkili "
            "Vasif Rzayev.",
            "Vasif Rzayev",
            "Əbu Həmzə əl-Azəri",
        ),
        # the notice's own naming of the man
        (
            'The channel mourned "Abu Ilyas al-Almani", a convert from Bremen. The post '
            "calls him Jonas Riedel and says he was killed near Raqqa.",
            "Jonas Riedel",
            "Abu Ilyas al-Almani",
        ),
        (
            "Канал сообщил о гибели «Абу Сайфуллы аль-Ингуши». В посте он назван Магомедом "
            "Хамхоевым, уроженцем Назрани.",
            "Магомед Хамхоев",
            "Абу Сайфуллы аль-Ингуши",
        ),
        (
            "Канал сообщил о ранении «Абу Салмана аш-Шишани», которого канал называет "
            "Рустам Эльмурзаев.",
            "Рустам Эльмурзаев",
            "Абу Салмана аш-Шишани",
        ),
    ],
)
def test_a_real_name_given_after_the_notice_is_the_kunyas(text: str, name: str, kunya: str) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert any(kunya.split()[1][:4] in alias for alias in records[name]["aliases"])
    assert not any(other.startswith(("Abu", "Ebu", "Əbu", "Абу")) for other in records)


@pytest.mark.parametrize(
    "text",
    [
        # a comma and words before a name with no copula: another man
        "Abu Hamza al-Shishani, a friend of Ruslan Aliev, was killed near Raqqa in 2016.",
        "Ebu Talha, Konyalı Ahmet Kaya ile birlikte Suriye'ye geçti.",
        # a real name with no kunya before it is nobody's alias
        "Gerçek adı Serdar Güneş olan şüpheli 2016'da yakalandı.",
    ],
)
def test_no_identity_without_its_words(text: str) -> None:
    records = person_records(text)
    named = next((r for name, r in records.items() if not name.startswith(("Abu", "Ebu"))), None)
    assert named is not None, sorted(records)
    assert not named["aliases"]


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        (
            "Qardaşımız Əbu Talha əl-Azəri (Orxan Quliyev), Sumqayıt doğumlu, Hasakə "
            "ətrafında şəhid oldu.",
            "Orxan Quliyev",
            "Əbu Talha əl-Azəri",
        ),
        (
            "Brother Abu Hamza al-Shishani (Timur Bekaev) was martyred near Raqqa.",
            "Timur Bekaev",
            "Abu Hamza al-Shishani",
        ),
        ("Абу Муслим (Ислам Бетиев) погиб в Сирии.", "Ислам Бетиев", "Абу Муслим"),
    ],
)
def test_a_name_in_brackets_after_the_kunya_is_his(text: str, name: str, kunya: str) -> None:
    records = person_records(text)
    assert sorted(records) == [name]
    assert kunya in records[name]["aliases"]


@pytest.mark.parametrize(
    ("text", "name", "kunya"),
    [
        (
            'Kanal "Ebu Enes et-Türki" kod adlı bir militanın öldüğünü duyurdu. Kanal, ölümün '
            "Eylül 2024'te gerçekleştiğini iddia etti.\n\nTespitlere göre, söz konusu kişi "
            "Adıyamanlı Emre Kılınç.",
            "Emre Kılınç",
            "Ebu Enes et-Türki",
        ),
        (
            'Kanal "Əbu Həfs əl-Azəri" ləqəbli döyüşçünün öldüyünü yazıb. Həmin şəxs '
            "Lənkəranlı Cavid Əlizadədir.",
            "Cavid Əlizadə",
            "Əbu Həfs əl-Azəri",
        ),
        # the notice's naming in the next sentence, after a channel's word before the kunya
        (
            'Kanal "Əbu Yusuf əl-Azəri" ləqəbli döyüşçünün öldürüldüyünü yazıb. Elanda onun '
            "adı Kamran Əsgərov, doğulduğu yer isə Zaqatala kimi göstərilir.",
            "Kamran Əsgərov",
            "Əbu Yusuf əl-Azəri",
        ),
        (
            "The other notice concerned Abu Dujana al-Kabardi, named by the channel as Timur "
            "Bekov, from Baksan, who was killed on 5 Muharram 1437 near Kuweires.",
            "Timur Bekov",
            "Abu Dujana al-Kabardi",
        ),
    ],
)
def test_the_person_in_question_named_next_is_the_kunyas_man(
    text: str, name: str, kunya: str
) -> None:
    records = person_records(text)
    assert name in records, sorted(records)
    assert kunya in records[name]["aliases"]


def test_the_person_in_question_with_another_is_not_said_to_be_him() -> None:
    text = (
        'Kanal "Əbu Həfs əl-Azəri" ləqəbli döyüşçünün öldüyünü yazıb. Həmin şəxs Rauf '
        "Əliyev ilə birlikdə Suriyaya getmişdi."
    )
    assert person_records(text)["Rauf Əliyev"]["aliases"] == []
