"""Release notices: producer, title, media, language, platform, series."""

from __future__ import annotations

import json

from ffdb.extract.releases import find_releases
from support import shared_path

STATEMENT = """New statement from Shaykh Abu Yusuf al-Bakuvi: “On the Duty of Patience”

إن الحمد لله نحمده ونستعينه ونستغفره، ونعوذ بالله من شرور أنفسنا ومن سيئات أعمالنا،
من يهده الله فلا مضل له، ومن يضلل فلا هادي له، وأشهد أن لا إله إلا الله.

________________

Source: Telegram

To inquire about a translation for this release for a fee email the address above.
"""

VIDEO = """New video message from Jamaat al-Qalam: “The Road – Part 4”

For prior parts in this video series see: The Valley, The River Crossing, and The Mountains. \
The title of this release is in reference to a poem.

________________

Source: Rocket.Chat
"""


def test_a_statement_with_an_arabic_body() -> None:
    (release,) = find_releases(STATEMENT, title=None)
    assert release.producer == "Abu Yusuf al-Bakuvi"
    assert release.producer_title == "Shaykh"
    assert release.title == "On the Duty of Patience"
    assert (release.media, release.language, release.platform) == ("statement", "ar", "Telegram")
    assert release.quote == STATEMENT.splitlines()[0]
    assert STATEMENT[release.start : release.end] == release.quote


def test_a_video_notice_without_a_body_has_no_language() -> None:
    (release,) = find_releases(VIDEO, title=None)
    assert (release.producer, release.media, release.language) == ("Jamaat al-Qalam", "video", None)
    assert release.title == "The Road – Part 4"
    assert release.series_parts == ["The Valley", "The River Crossing", "The Mountains"]
    assert release.platform == "Rocket.Chat"


def test_two_notices_in_one_text_keep_their_own_footers() -> None:
    releases = find_releases(STATEMENT + "\n" + VIDEO, title=None)
    assert [(r.media, r.platform, r.language) for r in releases] == [
        ("statement", "Telegram", "ar"),
        ("video", "Rocket.Chat", None),
    ]


def test_other_headline_shapes() -> None:
    text = "\n\n".join(
        [
            "New audio message from Abu Harith al-Qusari: “Patience in Exile”",
            "New issue of the magazine al-Minbar: “Issue 12”",
            "New issue of Jamaat al-Qalam’s newspaper: “al-Qalam #31”",
            "New photo report from Wilayat al-Jabal: “Daily Life”",
            "New article from Dr. Umar al-Shirvani: “On Teaching”",
            "Новое видео от Джамаат аль-Калам: «Дорога»",
        ]
    )
    found = [(r.producer, r.media, r.title) for r in find_releases(text, None)]
    assert found == [
        ("Abu Harith al-Qusari", "audio", "Patience in Exile"),
        ("al-Minbar", "magazine", "Issue 12"),
        ("Jamaat al-Qalam", "magazine", "al-Qalam #31"),
        ("Wilayat al-Jabal", "photo", "Daily Life"),
        ("Umar al-Shirvani", "text", "On Teaching"),
        ("Джамаат аль-Калам", "video", "Дорога"),
    ]


def test_the_document_title_is_a_headline_too() -> None:
    body = "Hər kəs bilməlidir ki, səbr imanın yarısıdır və biz bu yolda möhkəm dayanmalıyıq.\n"
    (release,) = find_releases(
        body,
        title="New statement from Abu Yusuf al-Bakuvi: “On Patience”",
        doc_date="2021-03-04",
        platform="Telegram",
    )
    assert (release.title, release.language, release.platform, release.date) == (
        "On Patience",
        "az",
        "Telegram",
        "2021-03-04",
    )
    assert (release.start, release.end) == (0, 0)


def test_body_language_in_russian_and_turkish() -> None:
    ru = (
        "New statement from Abu Salih: “Обращение”\n\nМы обращаемся ко всем братьям, "
        "которые находятся далеко от своих семей и родных мест.\n"
    )
    tr = (
        "New statement from Abu Salih: “Çağrı”\n\nBütün kardeşlerimize sesleniyoruz: "
        "sabırlı olun ve ailelerinizi unutmayın, dualarınızı eksik etmeyin.\n"
    )
    assert find_releases(ru, None)[0].language == "ru"
    assert find_releases(tr, None)[0].language == "tr"


def test_prose_mentioning_new_videos_is_not_a_notice() -> None:
    text = "New videos from the region show fighters near the border, officials said on Monday.\n"
    assert find_releases(text, None) == []


def test_the_two_releases_of_the_shared_compilation() -> None:
    text = shared_path("corpus", "jihadology-compilation.txt").read_text(encoding="utf-8")
    gold_path = shared_path("eval", "dev-gold.jsonl")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    expected = [r for r in gold if r.get("type") == "release"]
    releases = find_releases(text, title=text.splitlines()[0])
    assert len(releases) == len(expected) == 2
    for release, want in zip(releases, expected, strict=True):
        assert release.title == want["title"]
        assert release.media == want["media"]
        assert release.language == want["language"]
        assert release.platform == want["platform"]
        assert release.producer in want["producer"].split("|")
        assert release.series_parts == want.get("series_parts", [])


def test_a_title_keeps_its_own_apostrophes_and_drops_what_follows_the_quotes() -> None:
    text = "New video message from Jamaat al-Qalam: “The Qur’an’s Call” – Wilayat al-Jabal\n"
    (release,) = find_releases(text, None)
    assert release.title == "The Qur’an’s Call"
    assert release.producer == "Jamaat al-Qalam"
