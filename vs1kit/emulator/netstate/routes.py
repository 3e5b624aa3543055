"""`Route` / `RoutingTable`: connected, static, DHCP and RIP routes with the RIP timers of
RFC 2453 (timeout 180 s, garbage collection 120 s), driven by a `now` argument (monotonic
seconds) instead of a clock."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from ipaddress import IPv4Address, IPv4Network
from typing import Final, Literal

from vs1kit.emulator.netstate.addresses import ANY, _prefix_of, parse_ipv4, parse_mask
from vs1kit.emulator.netstate.config import NetworkConfig

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
