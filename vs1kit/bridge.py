"""``vs1 bridge``: cameras into plant automation through the integrations.

Reads a YAML config (cameras + enabled integrations), runs one :class:`~vs1kit.hub.Hub` and
sets up each integration on it; on exit every integration is unloaded (MQTT publishes
offline) before the cameras are closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from pathlib import Path
from typing import Any

import click
import yaml

import vs1kit.integrations as integrations
from vs1kit.hub import CameraConfig, Hub


class BridgeConfigError(ValueError):
    pass


def parse_config(data: Any) -> tuple[list[CameraConfig], dict[str, dict[str, Any]]]:
    """Cameras and integration configs from the YAML document; clear errors for bad input."""
    if not isinstance(data, dict):
        raise BridgeConfigError("the bridge config must be a mapping with 'cameras' and 'integrations'")
    unknown = set(data) - {"cameras", "integrations"}
    if unknown:
        raise BridgeConfigError(f"unknown key(s) {sorted(unknown)}; expected 'cameras', 'integrations'")
    cameras: list[CameraConfig] = []
    fields = set(CameraConfig.__dataclass_fields__)
    for i, cam in enumerate(data.get("cameras") or []):
        if not isinstance(cam, dict) or "id" not in cam or "host" not in cam:
            raise BridgeConfigError(f"cameras[{i}] needs at least 'id' and 'host'")
        bad = set(cam) - fields
        if bad:
            raise BridgeConfigError(f"cameras[{i}]: unknown key(s) {sorted(bad)}")
        values = dict(cam)
        for key in ("datums", "virtual_points"):
            if key in values:
                values[key] = tuple(values[key])
        cameras.append(CameraConfig(**values))
    if len({c.id for c in cameras}) != len(cameras):
        raise BridgeConfigError("camera ids must be unique")
    wanted = data.get("integrations") or {}
    for domain in wanted:
        if domain not in integrations.domains():
            raise BridgeConfigError(f"unknown integration {domain!r}; available: {', '.join(integrations.domains())}")
    return cameras, {d: dict(c or {}) for d, c in wanted.items()}


class Bridge:
    def __init__(self, cameras: list[CameraConfig], wanted: dict[str, dict[str, Any]]) -> None:
        self.hub = Hub(cameras)
        self.wanted = wanted
        self.entries: dict[str, Any] = {}

    async def start(self) -> None:
        await self.hub.start()
        for domain, config in self.wanted.items():
            module = integrations.load(domain)
            self.entries[domain] = await module.async_setup_entry(self.hub, config)

    async def stop(self) -> None:
        for domain, entry in reversed(list(self.entries.items())):
            await integrations.load(domain).async_unload_entry(entry)
        await self.hub.stop()


@click.command("bridge")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="Bridge YAML: cameras and integrations.")
def bridge_command(config_path: Path) -> None:
    """Bridge cameras into MQTT (Home Assistant discovery) and SCADA (Modbus TCP)."""
    try:
        cameras, wanted = parse_config(yaml.safe_load(config_path.read_text(encoding="utf-8")))
    except (BridgeConfigError, yaml.YAMLError) as exc:
        raise click.ClickException(f"{config_path}: {exc}") from None

    async def run() -> None:
        bridge = Bridge(cameras, wanted)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await bridge.start()
        click.echo(f"bridge running: {len(cameras)} camera(s), integrations: {', '.join(wanted) or 'none'}")
        await stop.wait()
        await bridge.stop()

    asyncio.run(run())
