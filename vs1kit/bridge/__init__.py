"""The bridge: cameras into plant automation through the integrations.

A YAML config (``bridge``, ``cameras``, ``integrations``) is checked against typed schemas
(:mod:`.schema`; errors name the key), one :class:`~vs1kit.hub.Hub` runs the cameras, and each
enabled integration (an entry point of the group ``vs1kit.integrations``, :mod:`.plugin`) is set
up on it *before* the cameras start, so that an integration that stores inspections can tell
the hub where each camera's stream resumes. On stop every integration is unloaded (MQTT
publishes offline) before the cameras are closed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from prometheus_client import CollectorRegistry
from prometheus_client.metrics_core import Metric

from vs1kit.hub import COMMANDS, CameraConfig, DiscoveryConfig, Hub

from . import plugin
from .metrics import MetricsServer, bridge_registry, hub_metrics
from .schema import ConfigError, load_section

__all__ = ["Bridge", "BridgeConfigError", "BridgeSettings", "ParsedConfig", "parse_config", "parse_full", "run_bridge"]

log = logging.getLogger(__name__)

BridgeConfigError = ConfigError


def default_bridge_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


@dataclass(frozen=True)
class BridgeSettings:
    """The ``bridge:`` section."""

    id: str = ""
    """Names this bridge on the broker (client id, availability, its HA device). Default:
    ``<hostname>-<pid>``, unique per process so that two bridges never kick each other off."""
    state_dir: str = "vs1-bridge-state"
    """Where integrations keep what must survive a restart (the MQTT outbox)."""
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    """json: one JSON object per line (time, level, logger, message) for log collectors."""
    metrics_port: int = 0
    """Serve Prometheus metrics on http://<metrics_host>:<port>/metrics (0: off)."""
    metrics_host: str = "127.0.0.1"
    discovery: bool = False
    """Also bridge cameras found by their announce broadcasts (see ``discovery:``)."""


@dataclass
class ParsedConfig:
    settings: BridgeSettings
    cameras: list[CameraConfig]
    integrations: dict[str, Any] = field(default_factory=dict)
    discovery: DiscoveryConfig | None = None


def parse_full(data: Any) -> ParsedConfig:
    """The whole config, checked; :class:`ConfigError` names the offending key."""
    if not isinstance(data, dict):
        raise ConfigError("config: must be a mapping with 'cameras' and 'integrations'")
    known = ("bridge", "cameras", "discovery", "integrations")
    for key in data:
        if key not in known:
            raise ConfigError(f"{key}: unknown key; keys: {', '.join(known)}")
    settings = load_section(BridgeSettings, data.get("bridge"), "bridge")
    raw_cams = data.get("cameras") or []
    if not isinstance(raw_cams, list):
        raise ConfigError("cameras: must be a list")
    cameras: list[CameraConfig] = []
    for i, cam in enumerate(raw_cams):
        path = f"cameras[{i}]"
        if not isinstance(cam, dict) or "id" not in cam or "host" not in cam:
            raise ConfigError(f"{path}: needs at least 'id' and 'host'")
        cfg = load_section(CameraConfig, cam, path)
        for j, name in enumerate(cfg.commands):
            if name not in COMMANDS:
                raise ConfigError(f"{path}.commands[{j}]: unknown command {name!r}; commands: {', '.join(COMMANDS)}")
        for name, n in cfg.virtual_names.items():
            if n not in cfg.virtual_points:
                raise ConfigError(f"{path}.virtual_names.{name}: virtual point {n} is not in virtual_points")
        for key, points in (("virtual_points", list(cfg.virtual_points)), ("outputs", list(cfg.outputs.values()))):
            for n in points:
                if not 0 <= n <= 0xFFFF:
                    raise ConfigError(f"{path}.{key}: point {n} out of range")
        cameras.append(cfg)
    ids = [c.id for c in cameras]
    for cid in ids:
        if ids.count(cid) > 1:
            raise ConfigError(f"cameras: camera id {cid!r} is used twice")
    wanted = data.get("integrations") or {}
    if not isinstance(wanted, dict):
        raise ConfigError("integrations: must be a mapping of domain -> config")
    integrations: dict[str, Any] = {}
    available = plugin.available()
    for domain, section in wanted.items():
        if domain not in available:
            raise ConfigError(f"integrations.{domain}: unknown integration {domain!r}; available: "
                              f"{', '.join(sorted(available))}")
        integrations[domain] = load_section(plugin.load(domain).Config, section, f"integrations.{domain}")
    discovery = None
    if settings.discovery or data.get("discovery") is not None:
        raw = dict(data.get("discovery") or {})
        template = raw.pop("template", None) or {}
        if not isinstance(template, dict):
            raise ConfigError("discovery.template: must be a mapping of camera settings")
        for key in ("id", "host"):
            if key in template:
                raise ConfigError(f"discovery.template.{key}: set per discovered camera, not in the template")
        tmpl = load_section(CameraConfig, {"id": "", "host": "", **template}, "discovery.template")
        discovery = load_section(DiscoveryConfig, raw, "discovery")
        discovery = DiscoveryConfig(discovery.interval, discovery.target, discovery.port, discovery.timeout, tmpl)
    return ParsedConfig(settings, cameras, integrations, discovery)


def parse_config(data: Any) -> tuple[list[CameraConfig], dict[str, Any]]:
    """Cameras and integration configs (typed) from the YAML document."""
    parsed = parse_full(data)
    return parsed.cameras, parsed.integrations


class Bridge:
    def __init__(self, cameras: list[CameraConfig], wanted: dict[str, Any],
                 settings: BridgeSettings | None = None, discovery: DiscoveryConfig | None = None) -> None:
        self.settings = settings or BridgeSettings()
        self.discovery = discovery
        self.bridge_id = self.settings.id or default_bridge_id()
        self.hub = Hub(cameras)
        self.hub.bridge_id = self.bridge_id
        self.hub.state_dir = Path(self.settings.state_dir)
        self.wanted = wanted
        self.entries: dict[str, Any] = {}
        self.metrics: MetricsServer | None = None
        self.registry: CollectorRegistry = bridge_registry([self.collect])
        """This bridge's metrics (its own registry, not prometheus_client's global one)."""

    def collect(self) -> list[Metric]:
        """The hub's per-camera families and those of every integration entry with ``metrics()``."""
        out = hub_metrics(self.hub)
        for entry in self.entries.values():
            source = getattr(entry, "metrics", None)
            if callable(source):
                out.extend(source())
        return out

    async def start(self) -> None:
        for domain, config in self.wanted.items():
            self.entries[domain] = await plugin.load(domain).async_setup_entry(self.hub, config)
        await self.hub.start(self.discovery)
        if self.settings.metrics_port:
            self.metrics = MetricsServer(self.registry, self.settings.metrics_host, self.settings.metrics_port)
            await self.metrics.start()

    async def stop(self, timeout: float = 5.0) -> None:
        """Unload the integrations, then close the cameras; bounded whatever the backlog."""
        if self.metrics is not None:
            await self.metrics.stop()
        for domain, entry in reversed(list(self.entries.items())):
            try:
                await asyncio.wait_for(plugin.load(domain).async_unload_entry(entry), timeout)
            except Exception:  # stopping must finish; what was stored stays in the outbox
                log.exception("unloading %s", domain)
        try:
            await asyncio.wait_for(self.hub.stop(), timeout)
        except TimeoutError:
            # Expected with many cameras on a busy loop: stopping stays bounded, and the camera
            # connections still open close with the process (what was stored stays in the outbox).
            log.warning("stopping the hub: cameras not all closed within %.0f s; stopping anyway", timeout)
        except Exception:
            log.exception("stopping the hub")


async def run_bridge(parsed: ParsedConfig, stop: asyncio.Event) -> None:
    """Run until ``stop`` is set (the CLI and the demo call this)."""
    bridge = Bridge(parsed.cameras, parsed.integrations, parsed.settings, parsed.discovery)
    await bridge.start()
    try:
        await stop.wait()
    finally:
        await bridge.stop()
