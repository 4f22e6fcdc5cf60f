"""A day past its month's end is no day: the date keeps its month and year only
(leap years counted as the calendar does, 1900 not one, 2000 one)."""

from __future__ import annotations

import pytest

from ffdb.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Born on 29 February 2016 in Quba.", "2016-02-29"),
        ("Born on 29 February 2015 in Quba.", "2015-02"),
        ("He left on 30 June 2014.", "2014-06-30"),
        ("He left on 31 June 2014.", "2014-06"),
        ("He left on 31 April 2015.", "2015-04"),
        ("Он погиб 29 февраля 2016 года.", "2016-02-29"),
        ("Он погиб 30 февраля 2016 года.", "2016-02"),
        ("O, 29 fevral 2015-ci ildə həlak olub.", "2015-02"),
        ("O, 31 dekabr 2015-ci ildə həlak olub.", "2015-12-31"),
        ("Rauf 29 Şubat 2000 tarihinde öldürüldü.", "2000-02-29"),
        ("Rauf 29 Şubat 1900 tarihinde öldürüldü.", "1900-02"),
    ],
)
def test_a_day_past_the_month_end_keeps_the_month(text: str, value: str) -> None:
    assert [s.value for s in find_dates(text)] == [value]
