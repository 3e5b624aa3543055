"""Byte-level mutations as data, so hypothesis can draw them and shrink a failing input to
the fewest, smallest edits of a seed."""

from __future__ import annotations

import random
import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # hypothesis is needed only by the hypothesis engine
    from hypothesis.strategies import SearchStrategy

# Values that sit on the edges decoders test: zero, one, sign bits, all ones, and the small
# lengths a length field most often gets wrong.
EDGES = (0, 1, 2, 3, 4, 7, 8, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000,
         0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF)
_WIDTHS = {1: "B", 2: "H", 4: "I", 8: "Q"}

Edit = tuple[str, int, int, bytes]  # (kind, position, number, bytes); unused parts are 0/b""


def _at(pos: int, size: int) -> int:
    return pos % (size + 1)


def apply(data: bytes, edits: list[Edit]) -> bytes:
    """``data`` with each edit applied in turn (positions wrap around the current size)."""
    buf = bytearray(data)
    for kind, pos, num, blob in edits:
        at = _at(pos, len(buf))
        if kind == "flip" and buf:
            buf[at % len(buf)] ^= 1 << (num % 8)
        elif kind == "set" and buf:
            buf[at % len(buf)] = num % 256
        elif kind == "int":
            width = (1, 2, 4, 8)[num % 4]
            endian = ">" if num & 4 else "<"
            value = EDGES[(num >> 3) % len(EDGES)] & ((1 << (8 * width)) - 1)
            buf[at:at + width] = struct.pack(endian + _WIDTHS[width], value)
        elif kind == "insert":
            buf[at:at] = blob
        elif kind == "delete":
            del buf[at:at + 1 + num % 16]
        elif kind == "cut":
            del buf[at:]
        elif kind == "repeat":  # a run of the buffer's own bytes, as arrays and lists look
            piece = bytes(buf[at:at + 1 + num % 32])
            buf[at:at] = piece * (1 + (num >> 5) % 8)
        elif kind == "fill":  # kilobytes of one byte: reaches size limits (lines, lengths)
            buf[at:at] = bytes([buf[at % len(buf)] if buf else num % 256]) * (num * 4)
    return bytes(buf)


def edits() -> SearchStrategy[list[Edit]]:
    from hypothesis import strategies as st

    pos = st.integers(0, 1 << 16)
    num = st.integers(0, 1 << 12)
    edit = st.one_of(
        st.tuples(st.sampled_from(["flip", "set", "int", "delete", "cut", "repeat", "fill"]), pos, num, st.just(b"")),
        st.tuples(st.just("insert"), pos, st.just(0), st.binary(min_size=1, max_size=24)),
    )
    return st.lists(edit, max_size=6)


def inputs(seeds: list[bytes], max_size: int = 512) -> SearchStrategy[bytes]:
    """Mostly edited seeds, some splices of two seeds, some plain random bytes."""
    from hypothesis import strategies as st

    seed = st.sampled_from(seeds)
    edited = st.builds(apply, seed, edits())
    spliced = st.builds(
        lambda a, b, i, j: a[:_at(i, len(a))] + b[_at(j, len(b)):],
        seed, seed, st.integers(0, 1 << 16), st.integers(0, 1 << 16),
    )
    return st.one_of(edited, edited, edited, spliced, st.binary(max_size=max_size))


_KINDS = ("flip", "set", "int", "delete", "cut", "repeat", "insert", "fill")


def random_input(rng: random.Random, seeds: list[bytes], max_size: int = 512) -> bytes:
    """The same mix as :func:`inputs`, drawn from a plain ``random.Random`` (no hypothesis
    overhead, for short runs of a fixed number of inputs)."""
    roll = rng.random()
    if roll < 0.2:
        return rng.randbytes(rng.randint(0, max_size))
    a = rng.choice(seeds)
    if roll < 0.35:
        b = rng.choice(seeds)
        return a[:_at(rng.getrandbits(16), len(a))] + b[_at(rng.getrandbits(16), len(b)):]
    edits = [
        (kind, rng.getrandbits(16), rng.getrandbits(12),
         rng.randbytes(rng.randint(1, 24)) if kind == "insert" else b"")
        for kind in rng.choices(_KINDS, k=rng.randint(1, 6))
    ]
    return apply(a, edits)
