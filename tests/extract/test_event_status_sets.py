"""Those a status was told of, named again by it ("İade edilenler", "Qaytarılanlar",
"Экстрадированные", "the returnees"), are the persons of the last list: a status said
of them next is theirs (fictional people)."""

from __future__ import annotations

import pytest

from support import person_records


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Irak, Adıyamanlı İbrahim Kurt ile Yasin Eren'i Türkiye'ye iade etti. İade "
            "edilenler havalimanında emniyet ekiplerince gözaltına alındı.",
            "detained",
        ),
        (
            "Elvin Quliyev və Murad Səfərov ötən il İraqdan Azərbaycana qaytarılıb. "
            "Qaytarılanlar aeroportda saxlanılıb.",
            "detained",
        ),
        (
            "Магомед Алиев и Шамиль Омаров были экстрадированы из Турции в 2019 году. "
            "Экстрадированные арестованы по прибытии.",
            "arrested",
        ),
        (
            "Yerlan Zhaksybekov and Ruslan Baimukhanov were repatriated from Syria in 2019. "
            "The returnees were detained at the airport.",
            "detained",
        ),
    ],
)
def test_a_status_said_of_those_named_by_another_is_theirs(text: str, status: str) -> None:
    records = person_records(text)
    assert len(records) == 2, sorted(records)
    for name, record in records.items():
        statuses = {e["status"] for e in record["events"]}
        assert {"returned", status} <= statuses, name
