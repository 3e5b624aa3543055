"""`NetworkConfig`: name, MAC, IP, mask, gateway, DHCP; validated, immutable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv4Network
from typing import Final

from vs1kit.emulator.netstate.addresses import (
    _NAME_RE,
    _T,
    ANY,
    _prefix_of,
    parse_ipv4,
    parse_mac,
    parse_mask,
)


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
