"""A profile's timeline with no line introducing it: its subjectless dated lines are
about the person the paragraph before the timeline names, not about a companion some
line mentions; a line opening with a name of its own keeps it for the next line."""

from __future__ import annotations

from support import events_by_name, person_records

_PROFILE = """Steppe Security Review
Published: 2 May 2020

Nurlan Temirov was among the first Kazakh volunteers in Syria. The timeline below is
drawn from court files and from his family.

1990 - Born in Taraz.

June 2012 - Detained in Almaty after a raid on a prayer room; released two weeks later.
His cousin Yerbol Temirov says he was never the same.

4 August 2013 - Placed on the Kazakh national wanted list.

Late 2013 - Leaves Kazakhstan via Istanbul and crosses into Syria.

9 February 2016 - Wounded near Tabqa. His friend Asset Dzhaksybekov is killed in the same battle.

March 2019 - Killed in Baghuz.
"""


def test_subjectless_timeline_lines_belong_to_the_profiled_person() -> None:
    events = events_by_name(_PROFILE)
    assert events["Nurlan Temirov"] == {
        "detained": "2012-06",
        "released": "2012-06",
        "wanted": "2013-08-04",
        "travelled": "2013",
        "injured": "2016-02-09",
        "killed": "2019-03",
    }
    assert events["Asset Dzhaksybekov"] == {"killed": "2016-02-09"}
    assert "detained" not in events["Yerbol Temirov"]


def test_a_line_that_names_its_own_subject_hands_it_to_the_next_line() -> None:
    text = """Notes on the Ganja group

The file below lists what is known.

2014 - Ravan Aliyev went to Syria with two friends.

2015 - Killed near Kobani.
"""
    assert events_by_name(text)["Ravan Aliyev"] == {"travelled": "2014", "killed": "2015"}


def test_an_azerbaijani_profile_timeline_with_year_and_month_lines() -> None:
    text = (
        "Rauf Quliyev Azərbaycandan gedən ilk döyüşçülərdən biri idi. Aşağıda onun həyat "
        "yolunu təqdim edirik.\n\n"
        "2013 – Dəstəyə rəhbərlik edib.\n\n"
        "2014 – İŞİD-ə beyət edib. Həmin il Tofiq Həsənov Kobanidə öldürülüb.\n\n"
        "2015-ci ilin yanvarı – Kobani döyüşlərində yaralanıb.\n\n"
        "2016-cı ilin martı – Daxili İşlər Nazirliyi tərəfindən beynəlxalq axtarışa verilib.\n"
    )
    events = events_by_name(text, published="2018-09-10")
    assert events["Rauf Quliyev"] == {"injured": "2015-01", "wanted": "2016-03"}
    assert events["Tofiq Həsənov"] == {"killed": "2014"}
    groups = person_records(text, published="2018-09-10")["Rauf Quliyev"]["groups"]
    assert groups == ["İŞİD"]


def test_a_pronoun_object_on_a_timeline_line_is_the_profiled_person() -> None:
    text = (
        "Ruslan Beppaev was a Karachay militant. The timeline follows.\n\n"
        "2012 - Leaves Russia via Turkey and crosses into Syria. His brother Marat Beppaev "
        "stays in Karachayevsk.\n\n"
        "17 December 2015 - The Supreme Court sentences him in absentia to 19 years.\n"
    )
    events = events_by_name(text, published="2019-04-03")
    assert events["Ruslan Beppaev"] == {"travelled": "2012", "sentenced": "2015-12-17"}
    assert events["Marat Beppaev"] == {}
