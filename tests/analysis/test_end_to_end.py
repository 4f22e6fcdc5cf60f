"""From text files to numbers: ingest (which extracts), resolve, then stats and persons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support import ingest_reports

# Fictional reports by three fictional outlets.
REPORTS = {
    "courier.txt": (
        "Caspian Courier",
        "Sumqayit man killed in Syria\n\nArif Nasirli, a 27-year-old man from Sumqayit, was "
        "killed in Syria on 13 September 2014, his family said. He had travelled to Syria in "
        "October 2013.\n",
    ),
    "kura.txt": (
        "Kura News",
        "Another Sumqayit fighter dead\n\nArif Nasirli of Sumqayit was killed in Syria in "
        "September 2014, a relative confirmed.\n",
    ),
    "herald.txt": (
        "Baku Herald",
        "Returnee arrested in Baku\n\nRashad Huseynli, 26, from Ganja, who returned from Syria "
        "in January 2016, was arrested at Baku airport on 19 January 2016. Judge Elmar "
        "Mammadli will hear the case, spokesman Orxan Tagiyev said.\n",
    ),
}


def test_numbers_from_text_files(cli: Any, tmp_path: Path) -> None:
    ingest_reports(cli, tmp_path, REPORTS)
    cli("resolve")
    [stats] = cli.json_lines("stats")
    assert stats["people"]["count"] == 2
    # The judge and the spokesman are named, but the database is not about them.
    assert stats["mentioned"]["count"] == len(stats["mentioned"]["persons"]) >= 1
    assert stats["status"]["killed"]["count"] == 1
    assert list(stats["status"]["killed"]["by_year"]) == ["2014"]
    assert stats["status"]["returned"]["count"] == 1
    assert stats["status"]["returned"]["arrested"]["count"] == 1
    assert {k: v["count"] for k, v in stats["hometowns"]["places"].items()} == {
        "Gəncə": 1,
        "Sumqayıt": 1,
    }
    # Two outlets agree on the death: two independent origins, "probably true".
    [explained] = cli.json_lines("stats", "--explain", "status.killed")
    assert {c["credibility"] for c in explained["claims"] if c["value"] == "killed"} == {2}
    statuses = {p["name"]: p["status"] for p in cli.json_lines("persons")}
    assert statuses["Arif Nasirli"] == "killed"
    assert statuses["Rashad Huseynli"] == "returned"
