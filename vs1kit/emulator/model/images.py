"""Synthetic pictures: an inspection's features from its number, rendered in each pixel format."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from vs1kit.emulator.model.common import HEIGHT, WIDTH
from vs1kit.generated import enums


def _mix(x: int) -> int:
    """splitmix64: a cheap, well-spread hash so features need no RNG object per inspection."""
    x = (x + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 31)


@dataclass(frozen=True, slots=True)
class Features:
    """What the synthetic image of an inspection shows: one bright disc on a dark background."""

    cx: int
    cy: int
    radius: int
    brightness: int

    @property
    def passed(self) -> bool:
        # The "job" accepts parts whose disc is the right size and bright enough.
        return 40 <= self.radius <= 75 and self.brightness >= 170

    @property
    def area(self) -> float:
        return math.pi * self.radius * self.radius


def features_of(inspection: int, seed: int = 0) -> Features:
    h = _mix(inspection ^ (seed << 32))
    return Features(
        cx=WIDTH // 2 - 80 + (h & 0xFFFF) % 161,
        cy=HEIGHT // 2 - 60 + ((h >> 16) & 0xFFFF) % 121,
        radius=30 + ((h >> 32) & 0xFF) % 51,
        brightness=150 + ((h >> 40) & 0xFF) % 106,
    )


_GRID: dict[tuple[int, int], tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]] = {}


def render_image(
    f: Features, width: int = WIDTH, height: int = HEIGHT, pixel_format: int = 0
) -> bytes:
    """Pixels (rows top to bottom) of the synthetic image for `f` in the given pixel format."""
    grid = _GRID.get((width, height))
    if grid is None:
        yy, xx = np.mgrid[0:height, 0:width].astype(np.int32)
        grid = _GRID[(width, height)] = (yy, xx)
    yy, xx = grid
    img = np.full((height, width), 20, dtype=np.uint8)
    img += (xx // 64).astype(np.uint8)  # a faint gradient, so the background is not flat
    disc = (xx - f.cx) ** 2 + (yy - f.cy) ** 2 <= f.radius * f.radius
    img[disc] = f.brightness
    if pixel_format == enums.PixelFormat.MONO16:
        return (img.astype(">u2") * 257).tobytes()
    if pixel_format == enums.PixelFormat.RGB8:
        return np.repeat(img[:, :, None], 3, axis=2).tobytes()
    return img.tobytes()


BYTES_PER_PIXEL: Final = {0: 1, 1: 2, 2: 3}


# --------------------------------------------------------------------------------------------
