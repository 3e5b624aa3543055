"""A Prometheus metrics endpoint (text exposition format 0.0.4) for the bridge.

Per camera: inspections delivered, backfilled from PartQ, lost (gaps), duplicates dropped,
link drops, whether it is online. Per integration that has them (``metrics(entry)``): outbox
depth, overflow drops, messages published, publish latency quantiles.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aiohttp import web

from vs1kit.hub import Hub


@dataclass(frozen=True, slots=True)
class Sample:
    name: str
    kind: str  # counter, gauge, summary
    help: str
    value: float
    labels: tuple[tuple[str, str], ...] = ()


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def render(samples: Iterable[Sample]) -> str:
    lines: list[str] = []
    seen: set[str] = set()
    for s in samples:
        base = s.name.removesuffix("_total") if s.kind == "counter" else s.name
        if base not in seen:
            seen.add(base)
            lines.append(f"# HELP {s.name} {s.help}")
            lines.append(f"# TYPE {s.name} {s.kind}")
        labels = ",".join(f'{k}="{_escape(v)}"' for k, v in s.labels)
        value = "NaN" if math.isnan(s.value) else repr(float(s.value))
        lines.append(f"{s.name}{{{labels}}} {value}" if labels else f"{s.name} {value}")
    return "\n".join(lines) + "\n"


def hub_samples(hub: Hub) -> list[Sample]:
    out: list[Sample] = []
    snaps = hub.snapshots
    helps = {"delivered": "Inspections delivered to the integrations", "backfilled": "Inspections backfilled from PartQ",
             "lost": "Inspections PartQ no longer held (gaps)", "duplicates": "Repeated records dropped",
             "drops": "Camera link drops"}
    for cid, stats in sorted(hub.stats().items()):
        label = (("camera", cid),)
        for key, text in helps.items():
            out.append(Sample(f"vs1_bridge_inspections_{key}_total" if key != "drops" else "vs1_bridge_camera_drops_total",
                              "counter", text, stats.get(key, 0), label))
        snap = snaps.get(cid)
        out.append(Sample("vs1_bridge_camera_up", "gauge", "1 while the bridge reaches the camera",
                          float(bool(snap and snap.available)), label))
    return out


MetricsSource = Callable[[], list[Sample]]


class MetricsServer:
    def __init__(self, sources: list[MetricsSource], host: str, port: int) -> None:
        self.sources = sources
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        samples: list[Sample] = []
        for source in self.sources:
            samples.extend(source())
        return web.Response(text=render(samples), content_type="text/plain", charset="utf-8",
                            headers={"X-Content-Type-Options": "nosniff"})

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/metrics", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()

    async def stop(self) -> None:
        if self._runner is not None:
            with contextlib.suppress(Exception):
                await self._runner.cleanup()
