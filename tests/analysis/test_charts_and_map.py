"""Charts and the hometown map render offline, with outlines, circles and legible files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ffdb.analysis.charts import render_charts
from ffdb.analysis.maps import MapPoint, map_box, render_map
from ffdb.analysis.outlines import Box, load_borders, load_shorelines
from ffdb.analysis.stats import compute_stats
from ffdb.assess import assess

POINTS = [
    MapPoint("Sumqayıt", 40.5897, 49.6686, 3, "geonames:584923", "AZ"),
    MapPoint("Qusar", 41.4275, 48.4302, 2, "geonames:585220", "AZ"),
    MapPoint("Derbent", 42.0678, 48.2899, 1, None, "RU"),
]


def _share_of(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> float:
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    near = np.all(np.abs(pixels - np.array(colour, dtype=np.int16)) <= tolerance, axis=2)
    return float(near.mean())


def test_outlines_of_the_caspian_come_from_the_installed_package() -> None:
    box = Box(44, 38, 54, 44)
    shores = load_shorelines(box, "l")
    assert any(s.level == 1 for s in shores)  # land
    assert any(s.level == 2 for s in shores)  # the Caspian is a lake to GSHHS
    assert len(load_borders(box, "l")) > 3


def test_map_box_holds_every_point_with_a_margin() -> None:
    box = map_box(POINTS)
    for p in POINTS:
        assert box.west < p.longitude < box.east and box.south < p.latitude < box.north
    assert box.north - box.south >= 6


def test_the_map_has_land_sea_circles_and_geojson(tmp_path: Path) -> None:
    paths = render_map(POINTS, tmp_path, "Hometowns")
    assert [p.name for p in paths] == ["hometowns.png", "hometowns.svg", "hometowns.geojson"]
    with Image.open(paths[0]) as image:
        assert image.width >= 1000
        assert _share_of(image, (0xEF, 0xE9, 0xDC)) > 0.15  # land
        assert _share_of(image, (0xCF, 0xE3, 0xEF)) > 0.10  # the Caspian
        assert _share_of(image, (0xD7, 0x7B, 0x88), tolerance=25) > 0.002  # the circles
    svg = paths[1].read_text(encoding="utf-8")
    assert "Sumqayıt 3" in svg or "Sumqay" in svg
    collection = json.loads(paths[2].read_text(encoding="utf-8"))
    assert [f["properties"]["name"] for f in collection["features"]] == [
        "Sumqayıt",
        "Qusar",
        "Derbent",
    ]
    assert collection["features"][0]["geometry"]["coordinates"] == [49.6686, 40.5897]


def test_the_same_data_give_the_same_svg(tmp_path: Path) -> None:
    first = render_map(POINTS, tmp_path / "a", "Hometowns")[1].read_bytes()
    second = render_map(POINTS, tmp_path / "b", "Hometowns")[1].read_bytes()
    assert first == second


def test_charts_render_for_an_empty_database(tmp_path: Path) -> None:
    stats: dict[str, Any] = compute_stats(assess([], []))
    charts = render_charts(stats, tmp_path)
    for png, svg in charts.values():
        assert png.stat().st_size > 1000 and svg.read_text(encoding="utf-8").startswith("<?xml")
    assert render_map([], tmp_path, "Hometowns")[0].exists()
