"""The camera's network state, shared by the emulator's servers; plain classes with no I/O.

addresses.py    parsing IPv4 addresses, masks, MACs
config.py       NetworkConfig (validated, immutable)
routes.py       Route, RoutingTable (RIP timers of RFC 2453, driven by `now`)
bootparams.py   BootParams: the vxWorks boot line
credentials.py  Credentials: the camera login as a salted SCRAM verifier (never the password)
state.py        NetworkState: current config + routing table, with change listeners
"""

from __future__ import annotations

from vs1kit.emulator.netstate.addresses import (
    ANY,
    mask_from_prefix,
    parse_ipv4,
    parse_mac,
    parse_mask,
)
from vs1kit.emulator.netstate.bootparams import BootParams
from vs1kit.emulator.netstate.config import NetworkConfig, NetworkConfigError
from vs1kit.emulator.netstate.credentials import Credentials
from vs1kit.emulator.netstate.routes import (
    INFINITY,
    RIP_GARBAGE_COLLECTION,
    RIP_TIMEOUT,
    RIP_UPDATE_INTERVAL,
    Route,
    RouteSource,
    RoutingTable,
)
from vs1kit.emulator.netstate.state import ConfigListener, NetworkState

__all__ = [
    "ANY",
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
