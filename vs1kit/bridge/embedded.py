"""The bridge with an embedded MQTT broker, for the demo and for trying it out with nothing
installed: an amqtt broker on loopback, the hub, the MQTT integration, and a live view of what
is published (topics, rates, the last inspection per camera).

``run_with_embedded_broker(cameras, ...)`` is what ``vs1 demo`` calls; ``mqtt_url`` points it at
a real broker instead (then no broker is started).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import aiomqtt

from vs1kit.hub import CameraConfig

from . import Bridge, BridgeSettings
from .schema import load_section


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.asynccontextmanager
async def embedded_broker(port: int = 0) -> AsyncIterator[int]:
    """An amqtt broker on 127.0.0.1 (anonymous, no persistence); yields its port."""
    # Only the embedded broker needs amqtt (no type information; maybe not installed).
    from amqtt.broker import Broker  # type: ignore[import-untyped, import-not-found, unused-ignore]

    port = port or free_port()
    for name in ("amqtt", "transitions"):
        logging.getLogger(name).setLevel(logging.WARNING)  # it logs every packet at INFO
    broker = Broker({
        "listeners": {"default": {"type": "tcp", "bind": f"127.0.0.1:{port}"}},
        "plugins": {"amqtt.plugins.authentication.AnonymousAuthPlugin": {"allow_anonymous": True}},
    })
    await broker.start()
    try:
        yield port
    finally:
        with contextlib.suppress(Exception):
            await broker.shutdown()


@dataclass
class LiveView:
    """What a subscriber to ``<base>/#`` sees: messages per topic kind, the last inspection."""

    messages: Counter[str] = field(default_factory=Counter)
    last_inspection: dict[str, dict[str, Any]] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)
    first_inspection_at: float | None = None

    def line(self) -> str:
        secs = max(time.monotonic() - self.started, 1e-6)
        kinds = ", ".join(f"{k} {n} ({n / secs:.1f}/s)" for k, n in sorted(self.messages.items()))
        last = "; ".join(f"{cam}: #{m['inspection']} {m['result']}" for cam, m in sorted(self.last_inspection.items()))
        return f"publishing: {kinds or 'nothing yet'} | last: {last or '-'}"


async def watch(host: str, port: int, base: str, view: LiveView) -> None:
    import json
    async with aiomqtt.Client(host, port, identifier=f"vs1kit-demo-view-{time.time_ns()}") as client:
        await client.subscribe(f"{base}/#", qos=1)
        async for msg in client.messages:
            parts = str(msg.topic).split("/")
            kind = parts[-1] if parts[-1] != "set" else "command"
            view.messages[kind] += 1
            if kind == "inspection" and isinstance(msg.payload, bytes):
                body = json.loads(msg.payload)
                view.last_inspection[body["camera"]] = body
                if view.first_inspection_at is None:
                    view.first_inspection_at = time.monotonic()


async def run_with_embedded_broker(
    cameras: list[CameraConfig],
    *,
    state_dir: Path,
    seconds: float,
    mqtt_url: str | None = None,
    show: Callable[[str], None] = print,
    every: float = 1.0,
) -> LiveView:
    """Run the bridge for ``seconds`` against an embedded broker (or ``mqtt_url``), calling
    ``show`` with a one-line live view every ``every`` seconds; returns what was seen."""
    async with contextlib.AsyncExitStack() as stack:
        if mqtt_url:
            url = urlparse(mqtt_url)
            host, port = url.hostname or "127.0.0.1", url.port or 1883
        else:
            host, port = "127.0.0.1", await stack.enter_async_context(embedded_broker())
        mqtt = load_section(_mqtt_config_type(), {"host": host, "port": port, "state_interval": 0.5}, "mqtt")
        bridge = Bridge(cameras, {"mqtt": mqtt}, BridgeSettings(id="demo", state_dir=str(state_dir)))
        view = LiveView()
        watcher = asyncio.create_task(watch(host, port, mqtt.base_topic, view))
        await bridge.start()
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                await asyncio.sleep(min(every, max(0.0, deadline - time.monotonic())))
                show(view.line())
        finally:
            await bridge.stop()
            watcher.cancel()
            await asyncio.gather(watcher, return_exceptions=True)
        return view


def _mqtt_config_type() -> type[Any]:
    from . import plugin
    return plugin.load("mqtt").Config
