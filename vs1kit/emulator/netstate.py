"""The camera's network state, shared by the emulator's servers.

Plain classes with no I/O:

- `NetworkConfig`: name, MAC, IP, mask, gateway, DHCP; validated, immutable.
- `Route` / `RoutingTable`: the routing table with connected, static, DHCP and RIP routes and
  the RIP timers of RFC 2453 (timeout 180 s, garbage collection 120 s), driven by a `now`
  argument (monotonic seconds) instead of a clock.
- `BootParams`: the vxWorks boot line fields, derived from a `NetworkConfig`.
- `Credentials`: the camera login, checked in constant time.
- `NetworkState`: the one mutable holder the servers share (current config + routing table),
  with change listeners.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from ipaddress import AddressValueError, IPv4Address, IPv4Network
from typing import ClassVar, Final, Literal, TypeVar

__all__ = [
    "INFINITY",
    "RIP_GARBAGE_COLLECTION",
    "RIP_TIMEOUT",
    "RIP_UPDATE_INTERVAL",
    "BootParams",
    "ConfigListener",
    "Credentials",
    "NetworkConfig",
    "NetworkConfigError",
    "NetworkState",
    "Route",
    "RouteSource",
    "RoutingTable",
    "mask_from_prefix",
    "parse_ipv4",
    "parse_mac",
    "parse_mask",
]

ANY: Final = IPv4Address(0)
_T = TypeVar("_T")

# --------------------------------------------------------------------------------------------
# Parsing helpers
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# NetworkConfig
# --------------------------------------------------------------------------------------------


class NetworkConfigError(ValueError):
    """Invalid network settings; `problems` lists every (field, message) found."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        super().__init__("; ".join(f"{name}: {message}" for name, message in self.problems))


@dataclass(frozen=True)
class NetworkConfig:
    """The camera's network settings. Construction validates; use `create` to parse text."""

    name: str
    mac: str
    ip: IPv4Address
    mask: IPv4Address
    gateway: IPv4Address = ANY
    dhcp: bool = False

    def __post_init__(self) -> None:
        problems = _validate_config(self)
        if problems:
            raise NetworkConfigError(problems)

    # -- construction --------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        *,
        name: str,
        mac: str,
        ip: str | IPv4Address,
        mask: str | IPv4Address,
        gateway: str | IPv4Address = ANY,
        dhcp: bool = False,
    ) -> NetworkConfig:
        """Parse and validate; a `NetworkConfigError` lists every problem at once."""
        problems: list[tuple[str, str]] = []

        def attempt(field_name: str, parse: Callable[[], _T]) -> _T | None:
            try:
                return parse()
            except ValueError as exc:
                problems.append((field_name, str(exc)))
                return None

        mac_v = attempt("mac", lambda: parse_mac(mac))
        ip_v = attempt("ip", lambda: parse_ipv4(ip))
        mask_v = attempt("mask", lambda: parse_mask(mask))
        gw_v = attempt("gateway", lambda: parse_ipv4(gateway))
        # Check what did parse too, so the caller sees every problem at once.
        seen = {field_name for field_name, _ in problems}
        problems.extend(
            p for p in _check_values(name, None, ip_v, mask_v, gw_v, bool(dhcp)) if p[0] not in seen
        )
        if problems:
            order = ("name", "mac", "ip", "mask", "gateway", "dhcp")
            problems.sort(key=lambda p: order.index(p[0]))
            raise NetworkConfigError(problems)
        assert mac_v is not None and ip_v is not None
        assert mask_v is not None and gw_v is not None
        return cls(name=name, mac=mac_v, ip=ip_v, mask=mask_v, gateway=gw_v, dhcp=bool(dhcp))

    @classmethod
    def default(cls) -> NetworkConfig:
        """A deterministic factory configuration (locally administered MAC)."""
        return cls.create(
            name="VS1-000001",
            mac="02:56:53:31:00:01",
            ip="192.168.0.10",
            mask="255.255.255.0",
            gateway="192.168.0.1",
            dhcp=False,
        )

    def changed(
        self,
        *,
        name: str | None = None,
        mac: str | None = None,
        ip: str | IPv4Address | None = None,
        mask: str | IPv4Address | None = None,
        gateway: str | IPv4Address | None = None,
        dhcp: bool | None = None,
    ) -> NetworkConfig:
        """A validated copy with the given fields replaced (None keeps the current value)."""
        return NetworkConfig.create(
            name=self.name if name is None else name,
            mac=self.mac if mac is None else mac,
            ip=self.ip if ip is None else ip,
            mask=self.mask if mask is None else mask,
            gateway=self.gateway if gateway is None else gateway,
            dhcp=self.dhcp if dhcp is None else dhcp,
        )

    # -- derived facts -------------------------------------------------------------------

    @property
    def prefix_len(self) -> int:
        prefix = _prefix_of(self.mask)
        assert prefix is not None
        return prefix

    @property
    def network(self) -> IPv4Network:
        return IPv4Network((int(self.ip) & int(self.mask), self.prefix_len))

    @property
    def broadcast(self) -> IPv4Address:
        return self.network.broadcast_address

    @property
    def has_address(self) -> bool:
        return self.ip != ANY

    @property
    def has_gateway(self) -> bool:
        return self.gateway != ANY

    def as_dict(self) -> dict[str, str | bool]:
        return {
            "name": self.name,
            "mac": self.mac,
            "ip": str(self.ip),
            "mask": str(self.mask),
            "gateway": str(self.gateway),
            "dhcp": self.dhcp,
        }


_NAME_PROBLEM: Final = (
    "{name!r} is not a valid camera name (1-32 letters, digits, '-' or '_', "
    "starting with a letter or digit)"
)


def _address_problem(addr: IPv4Address) -> str | None:
    if addr == ANY:
        return "0.0.0.0 is not a usable address"
    if addr.is_multicast:
        return f"{addr} is a multicast address"
    if addr == IPv4Address("255.255.255.255"):
        return "255.255.255.255 is the limited broadcast address"
    if addr.is_reserved:
        return f"{addr} is in the reserved range 240.0.0.0/4"
    if int(addr) >> 24 == 0:
        return f"{addr} is in 0.0.0.0/8 ('this network')"
    return None


def _validate_config(cfg: NetworkConfig) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for key in ("ip", "mask", "gateway"):
        if not isinstance(getattr(cfg, key), IPv4Address):
            problems.append(
                (key, "must be an IPv4Address (use NetworkConfig.create to parse text)")
            )
    if not isinstance(cfg.dhcp, bool):
        problems.append(("dhcp", "must be a bool"))
    if not isinstance(cfg.mac, str):
        problems.append(("mac", "must be text"))
    if problems:
        return problems
    return _check_values(cfg.name, cfg.mac, cfg.ip, cfg.mask, cfg.gateway, cfg.dhcp)


def _check_values(
    name: object,
    mac: str | None,
    ip: IPv4Address | None,
    mask: IPv4Address | None,
    gateway: IPv4Address | None,
    dhcp: bool,
) -> list[tuple[str, str]]:
    """Every problem with these values; None means "unknown, don't check"."""
    problems: list[tuple[str, str]] = []
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        problems.append(("name", _NAME_PROBLEM.format(name=name)))
    if mac is not None:
        try:
            if parse_mac(mac) != mac:
                problems.append(("mac", f"{mac!r} is not in normal form xx:xx:xx:xx:xx:xx"))
        except ValueError as exc:
            problems.append(("mac", str(exc)))

    net: IPv4Network | None = None
    if mask is not None:
        prefix = _prefix_of(mask)
        if prefix is None:
            problems.append(("mask", f"{mask} is not a contiguous netmask"))
        elif not 1 <= prefix <= 30:
            problems.append(("mask", f"{mask} (/{prefix}) leaves no room for hosts and a gateway"))
        elif ip is not None:
            net = IPv4Network((int(ip) & int(mask), prefix))

    unassigned = dhcp and ip == ANY  # DHCP without a lease yet
    if ip is not None and not unassigned:
        problem = _address_problem(ip)
        if problem:
            problems.append(("ip", problem))
            net = None  # no meaningful subnet to check the gateway against
        elif net is not None and ip == net.network_address:
            problems.append(("ip", f"{ip} is the network address of {net}"))
        elif net is not None and ip == net.broadcast_address:
            problems.append(("ip", f"{ip} is the broadcast address of {net}"))

    if gateway is not None and gateway != ANY:
        problem = _address_problem(gateway)
        if problem:
            problems.append(("gateway", problem))
        elif net is not None and not unassigned:
            if gateway not in net:
                problems.append(("gateway", f"{gateway} is not in the camera's subnet {net}"))
            elif gateway == ip:
                problems.append(("gateway", "the gateway must not be the camera's own address"))
            elif gateway in (net.network_address, net.broadcast_address):
                problems.append(("gateway", f"{gateway} is not a host address of {net}"))
    return problems


# --------------------------------------------------------------------------------------------
# Routing table
# --------------------------------------------------------------------------------------------

RouteSource = Literal["connected", "static", "dhcp", "rip"]

INFINITY: Final = 16
"""RIP metric meaning unreachable (RFC 2453 section 3.6)."""
RIP_UPDATE_INTERVAL: Final = 30.0
"""Seconds between unsolicited RIP responses (RFC 2453 section 3.8)."""
RIP_TIMEOUT: Final = 180.0
"""Seconds without refresh after which a RIP route becomes unreachable (section 3.8)."""
RIP_GARBAGE_COLLECTION: Final = 120.0
"""Seconds an unreachable RIP route is kept (advertised with metric 16) before deletion."""

# Lower value wins when two sources offer the same destination.
_PREFERENCE: Final[dict[str, int]] = {"connected": 0, "static": 1, "dhcp": 2, "rip": 3}


@dataclass(frozen=True)
class Route:
    """One routing table entry. `learned_at` and `expired_at` are monotonic seconds."""

    destination: IPv4Address
    mask: IPv4Address
    gateway: IPv4Address
    metric: int
    source: RouteSource
    learned_at: float
    expired_at: float | None = None
    """When the route became unreachable and its garbage-collection timer started."""
    changed: bool = False
    """RFC 2453 route change flag (for triggered updates)."""

    def __post_init__(self) -> None:
        prefix = _prefix_of(self.mask)
        if prefix is None:
            raise ValueError(f"{self.mask} is not a contiguous netmask")
        if int(self.destination) & ~int(self.mask) & 0xFFFFFFFF:
            raise ValueError(f"{self.destination} has host bits set for mask {self.mask}")
        if not 0 <= self.metric <= INFINITY:
            raise ValueError(f"metric {self.metric} is outside 0..{INFINITY}")
        if self.source not in _PREFERENCE:
            raise ValueError(f"unknown route source {self.source!r}")

    @property
    def prefix_len(self) -> int:
        prefix = _prefix_of(self.mask)
        assert prefix is not None
        return prefix

    @property
    def network(self) -> IPv4Network:
        return IPv4Network((self.destination, self.prefix_len))

    @property
    def key(self) -> tuple[IPv4Address, IPv4Address]:
        return (self.destination, self.mask)

    @property
    def is_default(self) -> bool:
        return self.prefix_len == 0

    @property
    def is_host(self) -> bool:
        return self.prefix_len == 32

    @property
    def reachable(self) -> bool:
        return self.metric < INFINITY

    def as_dict(self) -> dict[str, str | int | float | None]:
        return {
            "destination": str(self.destination),
            "mask": str(self.mask),
            "gateway": str(self.gateway),
            "metric": self.metric,
            "source": self.source,
            "learned_at": self.learned_at,
            "expired_at": self.expired_at,
        }


class RoutingTable:
    """Routes keyed by (destination, mask), one route per key.

    Connected routes beat static, static beat DHCP, DHCP beat RIP for the same destination.
    RIP routes follow RFC 2453: `update_from_rip` processes one response entry, `expire`
    runs the timeout and `collect_garbage` the deletion timer; both take `now`.
    """

    def __init__(self, routes: Iterable[Route] = ()) -> None:
        self._routes: dict[tuple[IPv4Address, IPv4Address], Route] = {}
        for route in routes:
            self.set(route)

    # -- reading -------------------------------------------------------------------------

    def routes(self) -> list[Route]:
        """All routes, most specific first, then by destination."""
        return sorted(self._routes.values(), key=lambda r: (-r.prefix_len, int(r.destination)))

    def __iter__(self) -> Iterator[Route]:
        return iter(self.routes())

    def __len__(self) -> int:
        return len(self._routes)

    def get(self, destination: str | IPv4Address, mask: str | IPv4Address) -> Route | None:
        return self._routes.get((parse_ipv4(destination), parse_mask(mask)))

    def lookup(self, address: str | IPv4Address) -> Route | None:
        """Longest-prefix match among reachable routes."""
        addr = int(parse_ipv4(address))
        best: Route | None = None
        for route in self._routes.values():
            if not route.reachable or (addr & int(route.mask)) != int(route.destination):
                continue
            if best is None or route.prefix_len > best.prefix_len:
                best = route
        return best

    # -- editing -------------------------------------------------------------------------

    def set(self, route: Route) -> None:
        """Insert or replace the route for its (destination, mask)."""
        self._routes[route.key] = route

    def add_static(
        self,
        destination: str | IPv4Address,
        mask: str | IPv4Address,
        gateway: str | IPv4Address,
        *,
        metric: int = 1,
        now: float,
    ) -> Route:
        route = Route(
            destination=parse_ipv4(destination),
            mask=parse_mask(mask),
            gateway=parse_ipv4(gateway),
            metric=metric,
            source="static",
            learned_at=now,
        )
        self.set(route)
        return route

    def remove(self, destination: str | IPv4Address, mask: str | IPv4Address) -> Route | None:
        return self._routes.pop((parse_ipv4(destination), parse_mask(mask)), None)

    def remove_source(self, source: RouteSource) -> list[Route]:
        gone = [r for r in self._routes.values() if r.source == source]
        for route in gone:
            del self._routes[route.key]
        return gone

    def sync_config(self, config: NetworkConfig, *, now: float) -> None:
        """Replace the interface routes with the ones `config` implies.

        The subnet becomes a connected route (gateway = the camera's own address, as vxWorks
        shows it) and a gateway becomes the default route, sourced "dhcp" when DHCP is on and
        "static" otherwise. RIP routes are kept.
        """
        self.remove_source("connected")
        default = self._routes.get((ANY, ANY))
        if default is not None and default.source in ("static", "dhcp"):
            del self._routes[default.key]
        if config.has_address:
            net = config.network
            self.set(
                Route(
                    destination=net.network_address,
                    mask=net.netmask,
                    gateway=config.ip,
                    metric=0,
                    source="connected",
                    learned_at=now,
                )
            )
        if config.has_gateway:
            self.set(
                Route(
                    destination=ANY,
                    mask=ANY,
                    gateway=config.gateway,
                    metric=1,
                    source="dhcp" if config.dhcp else "static",
                    learned_at=now,
                )
            )

    # -- RIP (RFC 2453) ------------------------------------------------------------------

    def update_from_rip(
        self,
        destination: str | IPv4Address,
        mask: str | IPv4Address,
        next_hop: str | IPv4Address,
        metric: int,
        *,
        sender: str | IPv4Address,
        now: float,
        cost: int = 1,
    ) -> Route | None:
        """Process one RIP response entry (RFC 2453 section 3.9.2).

        `metric` is the metric as received; the interface `cost` is added. A next hop of
        0.0.0.0 means the sender. Returns the route as changed or added, or None when the
        entry changed nothing. Routes from other sources are never overridden.
        """
        if not 1 <= metric <= INFINITY:
            raise ValueError(f"RIP metric {metric} is outside 1..{INFINITY}")
        dest = parse_ipv4(destination)
        netmask = parse_mask(mask)
        hop = parse_ipv4(next_hop)
        if hop == ANY:
            hop = parse_ipv4(sender)
        new_metric = min(metric + cost, INFINITY)
        key = (dest, netmask)
        existing = self._routes.get(key)

        if existing is None:
            if new_metric >= INFINITY:
                return None
            route = Route(dest, netmask, hop, new_metric, "rip", learned_at=now, changed=True)
            self._routes[key] = route
            return route
        if existing.source != "rip":
            return None

        if hop == existing.gateway:
            if new_metric >= INFINITY:
                if existing.expired_at is not None:
                    return None  # already being deleted; don't restart the timer
                route = replace(existing, metric=INFINITY, expired_at=now, changed=True)
            else:
                route = replace(
                    existing,
                    metric=new_metric,
                    learned_at=now,
                    expired_at=None,
                    changed=existing.changed or new_metric != existing.metric,
                )
        elif new_metric < existing.metric or (
            # Heuristic from 3.9.2: switch to an equally good route when ours is half expired.
            new_metric == existing.metric
            and new_metric < INFINITY
            and now - existing.learned_at >= RIP_TIMEOUT / 2
        ):
            route = replace(
                existing,
                gateway=hop,
                metric=new_metric,
                learned_at=now,
                expired_at=None,
                changed=True,
            )
        else:
            return None
        self._routes[key] = route
        return route

    def expire(self, now: float) -> list[Route]:
        """Mark RIP routes not refreshed for `RIP_TIMEOUT` unreachable; start their deletion."""
        expired: list[Route] = []
        for key, route in list(self._routes.items()):
            if (
                route.source == "rip"
                and route.expired_at is None
                and now - route.learned_at >= RIP_TIMEOUT
            ):
                route = replace(route, metric=INFINITY, expired_at=now, changed=True)
                self._routes[key] = route
                expired.append(route)
        return expired

    def collect_garbage(self, now: float) -> list[Route]:
        """Delete RIP routes unreachable for `RIP_GARBAGE_COLLECTION` seconds."""
        deleted: list[Route] = []
        for key, route in list(self._routes.items()):
            if (
                route.source == "rip"
                and route.expired_at is not None
                and now - route.expired_at >= RIP_GARBAGE_COLLECTION
            ):
                del self._routes[key]
                deleted.append(route)
        return deleted

    def tick(self, now: float) -> tuple[list[Route], list[Route]]:
        """`expire` then `collect_garbage`; returns (expired, deleted)."""
        return self.expire(now), self.collect_garbage(now)

    def next_deadline(self) -> float | None:
        """The earliest monotonic time at which `tick` would change something."""
        times = [
            r.learned_at + RIP_TIMEOUT
            if r.expired_at is None
            else r.expired_at + RIP_GARBAGE_COLLECTION
            for r in self._routes.values()
            if r.source == "rip"
        ]
        return min(times, default=None)

    def changed_routes(self) -> list[Route]:
        return [r for r in self.routes() if r.changed]

    def clear_changed(self) -> None:
        for key, route in list(self._routes.items()):
            if route.changed:
                self._routes[key] = replace(route, changed=False)


# --------------------------------------------------------------------------------------------
# Boot parameters
# --------------------------------------------------------------------------------------------

_NO_SPACE_FIELDS: Final = (
    "boot_device",
    "host_name",
    "file_name",
    "inet_on_ethernet",
    "host_inet",
    "gateway_inet",
    "user",
    "target_name",
    "other",
)


@dataclass(frozen=True)
class BootParams:
    """vxWorks boot line fields (see vxWorks `bootLib`).

    The boot line reads `dev(unit,proc)host:file e=ip:maskhex h=host g=gw u=user f=0xN
    tn=name o=other`; empty fields are left out.
    """

    boot_device: str = "fei"
    unit_number: int = 0
    processor_number: int = 0
    host_name: str = "host"
    file_name: str = "/FLASH/vxWorks"
    inet_on_ethernet: str = ""
    host_inet: str = ""
    gateway_inet: str = ""
    user: str = "target"
    flags: int = 0
    target_name: str = ""
    other: str = ""

    FLAG_NO_AUTOBOOT: ClassVar[int] = 0x04
    FLAG_QUICK_AUTOBOOT: ClassVar[int] = 0x08
    FLAG_NO_LOGIN_SECURITY: ClassVar[int] = 0x20
    FLAG_DHCP: ClassVar[int] = 0x40
    """vxWorks: obtain the boot parameters (address) by BOOTP/DHCP."""

    def __post_init__(self) -> None:
        for name in _NO_SPACE_FIELDS:
            value = getattr(self, name)
            if any(ch.isspace() for ch in value):
                raise ValueError(f"boot parameter {name} must not contain white space")
        if not re.fullmatch(r"[A-Za-z]\w*", self.boot_device):
            raise ValueError(f"boot device {self.boot_device!r} is not a device name")
        if self.flags < 0:
            raise ValueError("boot flags must not be negative")

    @classmethod
    def from_config(cls, config: NetworkConfig, base: BootParams | None = None) -> BootParams:
        """The boot parameters for `config`; fields the config doesn't decide come from `base`."""
        base = base if base is not None else cls()
        inet = f"{config.ip}:{int(config.mask):08x}" if config.has_address else ""
        flags = base.flags | cls.FLAG_DHCP if config.dhcp else base.flags & ~cls.FLAG_DHCP
        return replace(
            base,
            inet_on_ethernet=inet,
            gateway_inet=str(config.gateway) if config.has_gateway else "",
            flags=flags,
            target_name=config.name,
        )

    @property
    def dhcp(self) -> bool:
        return bool(self.flags & self.FLAG_DHCP)

    def to_boot_line(self) -> str:
        head = (
            f"{self.boot_device}({self.unit_number},{self.processor_number})"
            f"{self.host_name}:{self.file_name}"
        )
        parts = [head]
        for key, value in (
            ("e", self.inet_on_ethernet),
            ("h", self.host_inet),
            ("g", self.gateway_inet),
            ("u", self.user),
        ):
            if value:
                parts.append(f"{key}={value}")
        if self.flags:
            parts.append(f"f=0x{self.flags:x}")
        for key, value in (("tn", self.target_name), ("o", self.other)):
            if value:
                parts.append(f"{key}={value}")
        return " ".join(parts)

    @classmethod
    def parse(cls, line: str) -> BootParams:
        """Parse a boot line as written by `to_boot_line` (or by a vxWorks boot ROM)."""
        tokens = line.split()
        if not tokens:
            raise ValueError("empty boot line")
        match = re.fullmatch(r"([A-Za-z]\w*)(?:\((\d+)(?:,(\d+))?\))?([^:=]*):(\S*)", tokens[0])
        if match is None:
            raise ValueError(
                f"boot line must start with dev(unit,proc)host:file, got {tokens[0]!r}"
            )
        values: dict[str, str] = {}
        for token in tokens[1:]:
            key, sep, value = token.partition("=")
            if not sep:
                raise ValueError(f"boot line field {token!r} is not key=value")
            values[key] = value
        known = {"e", "h", "g", "u", "f", "tn", "o", "pw", "s", "b", "ead", "bad", "had", "gad"}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown boot line fields: {', '.join(unknown)}")
        return cls(
            boot_device=match.group(1),
            unit_number=int(match.group(2) or 0),
            processor_number=int(match.group(3) or 0),
            host_name=match.group(4),
            file_name=match.group(5),
            inet_on_ethernet=values.get("e", values.get("ead", "")),
            host_inet=values.get("h", values.get("had", "")),
            gateway_inet=values.get("g", values.get("gad", "")),
            user=values.get("u", ""),
            flags=int(values.get("f", "0"), 0),
            target_name=values.get("tn", ""),
            other=values.get("o", ""),
        )

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, label, value) rows in vxWorks `bootParamsShow` order."""
        return [
            ("boot_device", "boot device", self.boot_device),
            ("unit_number", "unit number", str(self.unit_number)),
            ("processor_number", "processor number", str(self.processor_number)),
            ("host_name", "host name", self.host_name),
            ("file_name", "file name", self.file_name),
            ("inet_on_ethernet", "inet on ethernet (e)", self.inet_on_ethernet),
            ("host_inet", "host inet (h)", self.host_inet),
            ("gateway_inet", "gateway inet (g)", self.gateway_inet),
            ("user", "user (u)", self.user),
            ("flags", "flags (f)", f"0x{self.flags:x}"),
            ("target_name", "target name (tn)", self.target_name),
            ("other", "other (o)", self.other),
        ]

    def show(self) -> str:
        """Text like vxWorks `bootParamsShow`: one `label : value` line per field."""
        width = max(len(label) for _, label, _ in self.rows())
        return "\n".join(f"{label:<{width}} : {value}" for _, label, value in self.rows())

    def as_dict(self) -> dict[str, str | int]:
        return {
            "boot_device": self.boot_device,
            "unit_number": self.unit_number,
            "processor_number": self.processor_number,
            "host_name": self.host_name,
            "file_name": self.file_name,
            "inet_on_ethernet": self.inet_on_ethernet,
            "host_inet": self.host_inet,
            "gateway_inet": self.gateway_inet,
            "user": self.user,
            "flags": self.flags,
            "target_name": self.target_name,
            "other": self.other,
        }


# --------------------------------------------------------------------------------------------
# Credentials
# --------------------------------------------------------------------------------------------


class Credentials:
    """The camera login. `check` takes the same time whether the user, the password, both or
    neither are wrong, and whatever their lengths (both sides are hashed before comparing)."""

    __slots__ = ("_password_digest", "_user_digest", "user")

    def __init__(self, user: str, password: str) -> None:
        if not user:
            raise ValueError("the user name must not be empty")
        self.user = user
        self._user_digest = self._digest(user)
        self._password_digest = self._digest(password)

    @staticmethod
    def _digest(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def check(self, user: str, password: str) -> bool:
        user_ok = hmac.compare_digest(self._digest(user), self._user_digest)
        password_ok = hmac.compare_digest(self._digest(password), self._password_digest)
        return user_ok & password_ok

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password=<hidden>)"


# --------------------------------------------------------------------------------------------
# Shared state
# --------------------------------------------------------------------------------------------

ConfigListener = Callable[[NetworkConfig, NetworkConfig], None]
"""Called as listener(old, new) after the configuration changed."""


class NetworkState:
    """The camera's current network configuration and routing table, shared by the servers."""

    def __init__(
        self,
        config: NetworkConfig | None = None,
        *,
        routes: RoutingTable | None = None,
        boot_base: BootParams | None = None,
        now: float | None = None,
    ) -> None:
        self._config = config if config is not None else NetworkConfig.default()
        self.routes = routes if routes is not None else RoutingTable()
        self.boot_base = boot_base if boot_base is not None else BootParams()
        self._listeners: list[ConfigListener] = []
        self.routes.sync_config(self._config, now=time.monotonic() if now is None else now)

    @property
    def config(self) -> NetworkConfig:
        return self._config

    def apply(self, config: NetworkConfig, *, now: float | None = None) -> NetworkConfig:
        """Make `config` current, update the interface routes, notify; returns the old one."""
        old = self._config
        self._config = config
        self.routes.sync_config(config, now=time.monotonic() if now is None else now)
        if old != config:
            for listener in list(self._listeners):
                listener(old, config)
        return old

    def update(
        self,
        *,
        name: str | None = None,
        ip: str | IPv4Address | None = None,
        mask: str | IPv4Address | None = None,
        gateway: str | IPv4Address | None = None,
        dhcp: bool | None = None,
        now: float | None = None,
    ) -> NetworkConfig:
        """Validate the changes against the current config and apply them (all or nothing)."""
        new = self._config.changed(name=name, ip=ip, mask=mask, gateway=gateway, dhcp=dhcp)
        self.apply(new, now=now)
        return new

    def boot_params(self) -> BootParams:
        return BootParams.from_config(self._config, self.boot_base)

    def subscribe(self, listener: ConfigListener) -> Callable[[], None]:
        """Register a change listener; returns a function that unregisters it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe
