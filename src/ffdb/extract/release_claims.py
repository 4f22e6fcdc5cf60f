"""Releases and pledges as claims, so they are kept, graded and reported like any fact.

A release is an entity of schema Release (`r1`, `r2`...): its producer, title, media,
language, platform and series parts are claims on it. A pledge is an entity of schema
Pledge (`g1`...) whose province is its claim, dated, with the leader in `extra`.
"""

from __future__ import annotations

from ffdb.extract import campaigns, releases
from ffdb.extract.campaigns import Pledge
from ffdb.extract.releases import Release
from ffdb.model.claim import Claim


def claims_of_releases(found: list[Release]) -> list[Claim]:
    out: list[Claim] = []
    for n, release in enumerate(found, 1):
        entity = f"r{n}"
        values = [
            ("producer", release.producer),
            ("title", release.title),
            ("media", release.media),
            ("language", release.language),
            ("platform", release.platform),
        ] + [("series_part", part) for part in release.series_parts]
        for prop, value in values:
            if not value:
                continue
            out.append(
                Claim(
                    entity_id=entity,
                    schema="Release",
                    prop=prop,
                    value=value,
                    date=release.date,
                    start=release.start,
                    end=release.end,
                    quote=release.quote,
                    extractor=releases.EXTRACTOR,
                    confidence=0.9,
                )
            )
    return out


def claims_of_pledges(found: list[Pledge]) -> list[Claim]:
    return [
        Claim(
            entity_id=f"g{n}",
            schema="Pledge",
            prop="province",
            value=pledge.province,
            date=pledge.date,
            start=pledge.start,
            end=pledge.end,
            quote=pledge.quote,
            extractor=campaigns.EXTRACTOR,
            confidence=0.9,
            extra={"leader": pledge.leader} if pledge.leader else {},
        )
        for n, pledge in enumerate(found, 1)
    ]
