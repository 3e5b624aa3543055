"""Parsing and checking IPv4 addresses, masks, prefixes and MAC addresses."""

from __future__ import annotations

import re
from ipaddress import AddressValueError, IPv4Address
from typing import Final, TypeVar

ANY: Final = IPv4Address(0)
_T = TypeVar("_T")


_NAME_RE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")
_MAC_RE: Final = re.compile(
    r"^(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{12})$"
)


def parse_ipv4(value: str | IPv4Address) -> IPv4Address:
    """A dotted-quad IPv4 address; raises ValueError with a readable message."""
    if isinstance(value, IPv4Address):
        return value
    text = value.strip()
    try:
        return IPv4Address(text)
    except (AddressValueError, ValueError):
        raise ValueError(f"{value!r} is not an IPv4 address (expected a.b.c.d)") from None


def mask_from_prefix(prefix: int) -> IPv4Address:
    """The netmask with `prefix` leading one bits."""
    if not 0 <= prefix <= 32:
        raise ValueError(f"prefix length {prefix} is outside 0..32")
    return IPv4Address((0xFFFFFFFF << (32 - prefix)) & 0xFFFFFFFF)


def _prefix_of(mask: IPv4Address) -> int | None:
    bits = int(mask)
    inverted = ~bits & 0xFFFFFFFF
    if inverted & (inverted + 1):  # host part must be 0...01...1
        return None
    return 32 - inverted.bit_length()


def parse_mask(value: str | IPv4Address) -> IPv4Address:
    """A netmask as a dotted quad, a prefix length (`24`, `/24`) or vxWorks hex (`0xffffff00`)."""
    if isinstance(value, IPv4Address):
        mask = value
    else:
        text = value.strip()
        if re.fullmatch(r"/?\d{1,2}", text):
            mask = mask_from_prefix(int(text.lstrip("/")))
        elif re.fullmatch(r"(?:0[xX])?[0-9A-Fa-f]{8}", text):
            mask = IPv4Address(int(text, 16))
        else:
            try:
                mask = IPv4Address(text)
            except (AddressValueError, ValueError):
                raise ValueError(
                    f"{value!r} is not a netmask (expected a.b.c.d, /prefix or 0xhex)"
                ) from None
    if _prefix_of(mask) is None:
        raise ValueError(f"{mask} is not a contiguous netmask")
    return mask


def parse_mac(value: str) -> str:
    """A unicast MAC address, normalised to lower-case colon form (`02:56:53:31:00:01`)."""
    text = value.strip()
    if not _MAC_RE.fullmatch(text):
        raise ValueError(f"{value!r} is not a MAC address (expected xx:xx:xx:xx:xx:xx)")
    digits = re.sub(r"[:-]", "", text).lower()
    octets = [digits[i : i + 2] for i in range(0, 12, 2)]
    if int(octets[0], 16) & 0x01:
        raise ValueError(f"{value!r} is a multicast MAC address")
    if digits == "0" * 12:
        raise ValueError("the MAC address must not be all zeros")
    return ":".join(octets)
