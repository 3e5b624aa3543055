"""`NetworkState`: the one mutable holder the servers share (current config + routing table),
with change listeners."""

from __future__ import annotations

import time
from collections.abc import Callable
from ipaddress import IPv4Address

from vs1kit.emulator.netstate.bootparams import BootParams
from vs1kit.emulator.netstate.config import NetworkConfig
from vs1kit.emulator.netstate.routes import RoutingTable

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
