"""A fictional corpus for assessment and analysis tests, written straight into a store.

Every person, outlet and channel here is invented. The corpus plants, on purpose:
- P1 Arif Nasirli: killed 2014-09-13 (a channel with a photo, two outlets); reported
  again as "recently" killed a year later by a fourth outlet, with the same photo
  resized and watermarked -> recycled_report + reused_photo; status killed in 2014.
- P2 Ilgar Sadiqov: killed 2014-11-02 in Raqqa (one outlet) against October 2014 in
  Kobani (an outlet, and a second outlet copying its article) -> death_date_conflict,
  death_place_conflict, copied_text; the copy does not count as a second source.
- P3 Rashad Huseynli: travelled, returned, arrested, sentenced -> returned, no flag.
- P4 Kamal Rzayev: travelled, injured; an old injury presented as "recent" two years
  later -> misdated_report; abroad.
- P5 Vusal Mammadli: arrested at home -> not_travelled.
- P6 Farid Guliyev: killed per one channel (and a forward of it, not independent);
  arrested later per two outlets -> alive_after_death; the death is improbable (5),
  status returned (arrested).
- P7 Leyla Nasirli: P1's wife; travelled, returned -> returned; a family member.
- P8 Tural Bagirov: travelled, wanted, emir of an Islamic State unit -> abroad, leader.
- P9 Nijat Karimov: a name and a hometown only -> unknown.
- Pledges to "Abu Salih ad-Dagestani" in a tracker post and a channel post.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import insert

from ffdb.assess.images import perceptual_hash
from ffdb.model.claim import Claim
from ffdb.store import Store, schema
from ffdb.store.claims import claim_row


@dataclass
class CorpusBuilder:
    """Tiny factories: `source`, `document`, `claim`, writing rows at once."""

    store: Store
    folder: Path
    sources: dict[str, int] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # key -> document id
    claims: dict[str, str] = field(default_factory=dict)  # label -> claim id

    def _insert(self, table: Any, **values: Any) -> Any:
        with self.store.engine.begin() as conn:
            return conn.execute(insert(table).values(**values))

    def source(self, name: str, reliability: str = "F", kind: str = "news") -> int:
        result = self._insert(schema.sources, name=name, kind=kind, reliability=reliability)
        self.sources[name] = int(result.inserted_primary_key[0])
        return self.sources[name]

    def document(
        self,
        key: str,
        published: str | None,
        text: str,
        *,
        source: str | None = None,
        title: str | None = None,
        url: str | None = None,
        parent: str | None = None,
        forwarded_from: str | None = None,
        photos: tuple[Path, ...] = (),
        kind: str = "article",
    ) -> str:
        doc_id = hashlib.sha256(key.encode()).hexdigest()
        self._insert(
            schema.blobs,
            sha256=doc_id,
            size=len(text),
            media_type="text/plain",
            path=f"{key}.txt",
            format="text",
            ingested_at="2024-01-01T00:00:00+00:00",
        )
        self._insert(
            schema.documents,
            id=doc_id,
            blob_sha256=doc_id,
            key="",
            kind=kind,
            path=f"corpus/{key}.txt",
            url=url,
            title=title,
            published=published,
            media_type="text/plain",
            text=text,
            ingested_at="2024-01-01T00:00:00+00:00",
            source_id=self.sources.get(source or ""),
            forwarded_from=forwarded_from,
            parent_id=self.documents.get(parent or ""),
        )
        for photo in photos:
            self._insert(
                schema.attachments,
                document_id=doc_id,
                path=photo.name,
                kind="photo",
                media_type="image/jpeg",
                missing=False,
                phash=perceptual_hash(photo),
            )
        self.documents[key] = doc_id
        return doc_id

    def claim(
        self,
        label: str,
        person: str,
        prop: str,
        value: str,
        doc: str,
        *,
        date: str | None = None,
        place: str | None = None,
        quote: str | None = None,
        schema_name: str = "Person",
        extra: dict[str, Any] | None = None,
        local: str | None = None,
    ) -> str:
        doc_id = self.documents[doc]
        entity = f"{doc_id[:16]}:{local or person.lower()}"
        row = claim_row(
            Claim(
                entity_id=entity,
                prop=prop,
                value=value,
                schema=schema_name,
                date=date,
                place=place,
                document_id=doc_id,
                start=len(self.claims),
                quote=quote,
                extractor="test_factory.v1",
                canonical_id=person,
                extra=extra or {},
            )
        )
        self._insert(schema.claims, **row)
        self.claims[label] = row["id"]
        return str(row["id"])

    def person(self, person: str, doc: str, name: str, hometown: str | None = None) -> None:
        self.claim(f"{person}.name.{doc}", person, "name", name, doc, quote=name)
        if hometown:
            self.claim(
                f"{person}.hometown.{doc}",
                person,
                "hometown",
                hometown,
                doc,
                quote=f"{name} from {hometown}",
            )


def draw_photo(
    path: Path, size: tuple[int, int], seed: int, watermark: str | None = None, quality: int = 90
) -> Path:
    """A made-up picture: shapes on a gradient; `seed` picks the picture."""
    base = Image.new("RGB", (640, 480))
    draw = ImageDraw.Draw(base)
    for y in range(480):
        draw.line([(0, y), (639, y)], fill=(y // 3, 80 + seed * 40 % 120, 200 - y // 3))
    for i in range(6):
        x = (seed * 97 + i * 131) % 560
        y = (seed * 53 + i * 71) % 400
        draw.ellipse([x, y, x + 60 + i * 10, y + 50 + i * 8], fill=(250 - i * 30, i * 40, 90))
        draw.rectangle(
            [(x * 3) % 600, (y * 7) % 440, (x * 3) % 600 + 40, (y * 7) % 440 + 30],
            fill=(20, 200 - i * 25, 240),
        )
    image = base.resize(size)
    if watermark:
        ImageDraw.Draw(image).text((10, size[1] - 20), watermark, fill=(255, 255, 255))
    image.save(path, "JPEG", quality=quality)
    return path


COPIED = (
    "Ilgar Sadiqov, a 27-year-old man from the town of Qusar, was killed in October in the "
    "fighting for the Syrian border town of Kobani, his relatives told reporters this week. "
    "Sadiqov had left Azerbaijan in the summer of 2013 and joined Jaysh al-Muhajirin "
    "wal-Ansar before the faction split. His brother said the family learned of the death "
    "from a telephone call and has received no body. Local officials declined to comment on "
    "the case, and the interior ministry did not answer written questions about the number "
    "of citizens fighting in Syria and Iraq."
)


def build_corpus(store: Store, folder: Path) -> CorpusBuilder:
    c = CorpusBuilder(store, folder)
    for name, grade, kind in [
        ("Caspian Courier", "B", "news"),
        ("Kura News", "C", "news"),
        ("Ganja Gazette", "F", "news"),
        ("Sham Khabar", "F", "militant"),
        ("Baku Herald", "B", "news"),
        ("Steppe Wire", "F", "social"),
        ("The Caspian Files", "C", "research"),
    ]:
        c.source(name, grade, kind)
    photo = draw_photo(folder / "photo_1.jpg", (640, 480), seed=1)
    reused = draw_photo(folder / "arif-photo.jpg", (480, 360), seed=1, watermark="GG", quality=70)
    other = draw_photo(folder / "photo_2.jpg", (640, 480), seed=4)

    # channels: their posts share the channel as publisher
    c.document("sham", None, "", source="Sham Khabar", title="Sham Khabar", kind="channel")
    c.document("steppe", None, "", source="Steppe Wire", title="Steppe Wire", kind="channel")

    _p1_and_p7(c, photo, reused)
    _p2(c)
    _p3_p4_p5(c, other)
    _p6(c)
    _p8_p9_pledges(c)
    return c


def _p1_and_p7(c: CorpusBuilder, photo: Path, reused: Path) -> None:
    c.document(
        "d1",
        "2014-09-14",
        "Arif Nasirli (Abu Bakr al-Azeri) of Sumqayit attained "
        "martyrdom yesterday, 13 September, near Deir ez-Zor.",
        source="Sham Khabar",
        parent="sham",
        photos=(photo,),
        kind="message",
    )
    c.person("P1", "d1", "Arif Nasirli", "Sumqayit")
    c.claim(
        "P1.killed.d1",
        "P1",
        "status",
        "killed",
        "d1",
        date="2014-09-13",
        place="Deir ez-Zor",
        quote="attained martyrdom yesterday, 13 September",
    )
    c.claim("P1.group.d1", "P1", "group", "Islamic State", "d1", extra={"role": "member"})
    c.document(
        "d2",
        "2014-09-20",
        "A Sumqayit man, Arif Nasirli, was killed in Syria on 13 "
        "September 2014, according to a militant channel. He had left in October 2013 "
        "with his wife Leyla Nasirli.",
        source="Caspian Courier",
        url="https://caspiancourier.example/2014/09/nasirli",
    )
    c.person("P1", "d2", "Arif Nasirli", "Sumqayit")
    c.claim(
        "P1.killed.d2",
        "P1",
        "status",
        "killed",
        "d2",
        date="2014-09-13",
        quote="was killed in Syria on 13 September 2014",
    )
    c.claim(
        "P1.travelled.d2",
        "P1",
        "status",
        "travelled",
        "d2",
        date="2013-10",
        quote="He had left in October 2013",
    )
    c.person("P7", "d2", "Leyla Nasirli", "Sumqayit")
    c.claim(
        "P7.travelled.d2",
        "P7",
        "status",
        "travelled",
        "d2",
        date="2013-10",
        quote="He had left in October 2013 with his wife Leyla Nasirli",
    )
    c.claim(
        "P1.family.d2",
        "P1",
        "family",
        f"{c.documents['d2'][:16]}:p7",
        "d2",
        extra={"relation": "wife"},
        quote="with his wife Leyla Nasirli",
    )
    c.document(
        "d3",
        "2014-10-02",
        "Kura News confirms that Arif Nasirli from Sumqayıt died in September 2014 in Syria.",
        source="Kura News",
    )
    c.person("P1", "d3", "Arif Nasirli", "Sumqayıt")
    c.claim(
        "P1.killed.d3",
        "P1",
        "status",
        "killed",
        "d3",
        date="2014-09",
        quote="died in September 2014 in Syria",
    )
    c.document(
        "d4",
        "2015-10-05",
        "Sumqayit native Arif Nasirli was recently killed in Syria, "
        "sources say. The photo shows him with a rifle.",
        source="Ganja Gazette",
        title="Another Sumqayit man killed in Syria",
        photos=(reused,),
    )
    c.person("P1", "d4", "Arif Nasirli", "Sumqayit")
    c.claim(
        "P1.killed.d4",
        "P1",
        "status",
        "killed",
        "d4",
        quote="Arif Nasirli was recently killed in Syria",
    )
    c.document(
        "d17",
        "2019-02-01",
        "Leyla Nasirli, widow of a Sumqayit fighter, came back to "
        "Azerbaijan in January 2019 with her two children; no case was opened.",
        source="Baku Herald",
    )
    c.person("P7", "d17", "Leyla Nasirli", "Sumqayit")
    c.claim(
        "P7.returned.d17",
        "P7",
        "status",
        "returned",
        "d17",
        date="2019-01",
        quote="came back to Azerbaijan in January 2019",
    )


def _p2(c: CorpusBuilder) -> None:
    c.document(
        "d5",
        "2014-11-20",
        "Ilgar Sadiqov of Qusar was killed on 2 November 2014 in Raqqa, a relative said.",
        source="Baku Herald",
    )
    c.person("P2", "d5", "Ilgar Sadiqov", "Qusar")
    c.claim(
        "P2.killed.d5",
        "P2",
        "status",
        "killed",
        "d5",
        date="2014-11-02",
        place="Raqqa",
        quote="was killed on 2 November 2014 in Raqqa",
    )
    c.document(
        "d6", "2014-12-05", COPIED, source="Caspian Courier", title="Qusar man killed in Kobani"
    )
    c.document(
        "d7",
        "2014-12-06",
        COPIED.replace("this week", "on Friday").replace(
            " Local officials declined to comment on the case, and", " And"
        ),
        source="Kura News",
        title="Qusar resident dies in Syria",
    )
    for doc in ("d6", "d7"):
        c.person("P2", doc, "Ilgar Sadiqov", "Qusar")
        c.claim(
            f"P2.killed.{doc}",
            "P2",
            "status",
            "killed",
            doc,
            date="2014-10",
            place="Kobani",
            quote="was killed in October in the fighting for ... Kobani",
        )
        c.claim(
            f"P2.group.{doc}",
            "P2",
            "group",
            "Jaysh al-Muhajirin wal-Ansar",
            doc,
            extra={"role": "member"},
        )


def _p3_p4_p5(c: CorpusBuilder, other: Path) -> None:
    c.document(
        "d8",
        "2014-04-10",
        "Rashad Huseynli, 24, of Sumqayit left for Turkey in March "
        "2014, his mother told the newspaper.",
        source="Baku Herald",
        photos=(other,),
    )
    c.person("P3", "d8", "Rashad Huseynli", "Sumqayit")
    c.claim(
        "P3.travelled.d8",
        "P3",
        "status",
        "travelled",
        "d8",
        date="2014-03",
        quote="left for Turkey in March 2014",
    )
    c.document(
        "d9",
        "2016-01-25",
        "Rashad Huseynli returned from Syria in January and was "
        "arrested at Baku airport on 19 January 2016.",
        source="Caspian Courier",
    )
    c.person("P3", "d9", "Rashad Huseynli")
    c.claim(
        "P3.returned.d9",
        "P3",
        "status",
        "returned",
        "d9",
        date="2016-01",
        quote="returned from Syria in January",
    )
    c.claim(
        "P3.arrested.d9",
        "P3",
        "status",
        "arrested",
        "d9",
        date="2016-01-19",
        place="Baku",
        quote="was arrested at Baku airport on 19 January 2016",
    )
    c.document(
        "d10",
        "2016-12-08",
        "The Baku Grave Crimes Court sentenced Rashad Huseynli to 12 years on 7 December 2016.",
        source="Kura News",
    )
    c.person("P3", "d10", "Rashad Huseynli")
    c.claim(
        "P3.sentenced.d10",
        "P3",
        "status",
        "sentenced",
        "d10",
        date="2016-12-07",
        quote="sentenced Rashad Huseynli to 12 years",
    )

    c.document(
        "d11",
        "2015-02-01",
        "Kamal Rzayev of Ganja, who went to Syria in 2013, was "
        "wounded in January 2015. His neighbour Nijat Karimov, also of Ganja, spoke to "
        "us.",
        source="Ganja Gazette",
    )
    c.person("P4", "d11", "Kamal Rzayev", "Ganja")
    c.claim(
        "P4.travelled.d11",
        "P4",
        "status",
        "travelled",
        "d11",
        date="2013",
        quote="who went to Syria in 2013",
    )
    c.claim(
        "P4.injured.d11",
        "P4",
        "status",
        "injured",
        "d11",
        date="2015-01",
        quote="was wounded in January 2015",
    )
    c.person("P9", "d11", "Nijat Karimov", "Ganja")
    c.document(
        "d19",
        "2017-03-01",
        "Kamal Rzayev from Ganja was recently wounded, a channel "
        "says, in the fighting of January 2015.",
        source="Steppe Wire",
        parent="steppe",
    )
    c.person("P4", "d19", "Kamal Rzayev", "Ganja")
    c.claim(
        "P4.injured.d19",
        "P4",
        "status",
        "injured",
        "d19",
        date="2015-01",
        quote="was recently wounded ... in the fighting of January 2015",
    )

    c.document(
        "d12",
        "2015-05-20",
        "Police in Qusar arrested Vusal Mammadli in May 2015 on suspicion of recruiting young men.",
        source="Baku Herald",
    )
    c.person("P5", "d12", "Vusal Mammadli", "Qusar")
    c.claim(
        "P5.arrested.d12",
        "P5",
        "status",
        "arrested",
        "d12",
        date="2015-05",
        place="Qusar",
        quote="Police in Qusar arrested Vusal Mammadli in May 2015",
    )


def _p6(c: CorpusBuilder) -> None:
    c.document(
        "d13",
        "2015-07-01",
        "Farid Guliyev of Shabran was martyred in June 2015.",
        source="Sham Khabar",
        parent="sham",
        kind="message",
    )
    c.person("P6", "d13", "Farid Guliyev", "Shabran")
    c.claim(
        "P6.killed.d13",
        "P6",
        "status",
        "killed",
        "d13",
        date="2015-06",
        quote="was martyred in June 2015",
    )
    c.document(
        "d16",
        "2015-07-02",
        "Farid Guliyev of Shabran was martyred in June 2015.",
        source="Steppe Wire",
        parent="steppe",
        forwarded_from="Sham Khabar",
        kind="message",
    )
    c.person("P6", "d16", "Farid Guliyev", "Shabran")
    c.claim(
        "P6.killed.d16",
        "P6",
        "status",
        "killed",
        "d16",
        date="2015-06",
        quote="was martyred in June 2015",
    )
    c.document(
        "d14",
        "2016-03-10",
        "Farid Guliyev, who travelled to Syria in 2014, was arrested in Baku in March 2016.",
        source="Baku Herald",
    )
    c.person("P6", "d14", "Farid Guliyev", "Shabran")
    c.claim(
        "P6.travelled.d14",
        "P6",
        "status",
        "travelled",
        "d14",
        date="2014",
        quote="who travelled to Syria in 2014",
    )
    c.claim(
        "P6.arrested.d14",
        "P6",
        "status",
        "arrested",
        "d14",
        date="2016-03",
        place="Baku",
        quote="was arrested in Baku in March 2016",
    )
    c.document(
        "d15",
        "2016-03-11",
        "Security services detained Farid Guliyev of Shabran in Baku this month.",
        source="Caspian Courier",
    )
    c.person("P6", "d15", "Farid Guliyev", "Shabran")
    c.claim(
        "P6.arrested.d15",
        "P6",
        "status",
        "arrested",
        "d15",
        date="2016-03",
        quote="Security services detained Farid Guliyev",
    )


def _p8_p9_pledges(c: CorpusBuilder) -> None:
    c.document(
        "d18",
        "2016-05-01",
        "The ministry put Tural Bagirov of Baku, who left in 2014 "
        "and is now an emir of an Islamic State unit, on its wanted list.",
        source="Baku Herald",
    )
    c.person("P8", "d18", "Tural Bagirov", "Baku")
    c.claim(
        "P8.travelled.d18",
        "P8",
        "status",
        "travelled",
        "d18",
        date="2014",
        quote="who left in 2014",
    )
    c.claim(
        "P8.wanted.d18", "P8", "status", "wanted", "d18", date="2016-05", quote="on its wanted list"
    )
    c.claim(
        "P8.group.d18",
        "P8",
        "group",
        "Islamic State",
        "d18",
        extra={"role": "emir"},
        quote="an emir of an Islamic State unit",
    )

    c.document(
        "d20",
        "2016-12-20",
        "Pledges to Abu Salih ad-Dagestani. December 2, 2016: "
        "Wilayat Dagestan; Wilayat Nokhchicho. December 5, 2016: Sector Pankisi.",
        source="The Caspian Files",
        title="The Caucasus Pledge Campaign",
    )
    leader = {"leader": "Abu Salih ad-Dagestani"}
    for i, (date, province) in enumerate(
        [
            ("2016-12-02", "Wilayat Dagestan"),
            ("2016-12-02", "Wilayat Nokhchicho"),
            ("2016-12-05", "Sector Pankisi"),
        ]
    ):
        c.claim(
            f"pledge{i}.d20",
            f"pledge{i}",
            "province",
            province,
            "d20",
            date=date,
            schema_name="Pledge",
            extra=leader,
            local=f"g{i}",
        )
    c.document(
        "d21",
        "2016-12-05",
        "Sector Pankisi renews its pledge to Abu Salih.",
        source="Sham Khabar",
        parent="sham",
        kind="message",
    )
    c.claim(
        "pledge9.d21",
        "pledge9",
        "province",
        "Sector Pankisi",
        "d21",
        date="2016-12-05",
        schema_name="Pledge",
        extra=leader,
        local="g1",
    )
