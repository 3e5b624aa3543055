"""The bridge's Prometheus metrics endpoint, built on ``prometheus-client``.

Per camera: inspections delivered, backfilled from PartQ, lost (gaps), duplicates dropped,
link drops, whether it is online. Per integration that has them (its entry's ``metrics()``):
outbox depth, overflow drops, messages published, publish latency.

The figures live where they are counted (the hub's camera handles, an integration's outbox):
nothing on the inspection path touches a metric object. A custom collector reads them at
scrape time into metric families, registered in the bridge's own
:class:`~prometheus_client.CollectorRegistry` (never the process-global one, so two bridges in
one process, or a bridge in a test, each serve only their own figures). The endpoint answers
with ``prometheus_client``'s encoder for the scraper's ``Accept`` header (Prometheus text, or
OpenMetrics when asked).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from vs1kit.hub import Hub

__all__ = ["MetricsServer", "MetricsSource", "SourcesCollector", "bridge_registry", "hub_metrics"]

MetricsSource = Callable[[], Iterable[Metric]]
"""Metric families, read fresh at every scrape."""

_CAMERA_COUNTERS = (
    ("delivered", "vs1_bridge_inspections_delivered", "Inspections delivered to the integrations"),
    ("backfilled", "vs1_bridge_inspections_backfilled", "Inspections backfilled from PartQ"),
    ("lost", "vs1_bridge_inspections_lost", "Inspections PartQ no longer held (gaps)"),
    ("duplicates", "vs1_bridge_inspections_duplicates", "Repeated records dropped"),
    ("drops", "vs1_bridge_camera_drops", "Camera link drops"),
)


def hub_metrics(hub: Hub) -> list[Metric]:
    """The per-camera families (label ``camera``) of one hub."""
    stats = hub.stats()
    counters = {key: CounterMetricFamily(name, text, labels=["camera"]) for key, name, text in _CAMERA_COUNTERS}
    up = GaugeMetricFamily("vs1_bridge_camera_up", "1 while the bridge reaches the camera", labels=["camera"])
    available = hub.availability()
    for cid in sorted(stats):
        for key, family in counters.items():
            family.add_metric([cid], stats[cid].get(key, 0))
        up.add_metric([cid], float(available.get(cid, False)))
    return [*counters.values(), up]


class SourcesCollector(Collector):
    """A collector over callables that build metric families when scraped."""

    def __init__(self, sources: Iterable[MetricsSource]) -> None:
        self.sources = list(sources)

    def collect(self) -> Iterator[Metric]:
        for source in self.sources:
            yield from source()


def bridge_registry(sources: Iterable[MetricsSource]) -> CollectorRegistry:
    """A registry of its own for ``sources``."""
    registry = CollectorRegistry()
    registry.register(SourcesCollector(sources))
    return registry


class MetricsServer:
    """``GET /metrics`` on ``host:port`` for one registry."""

    def __init__(self, registry: CollectorRegistry, host: str, port: int) -> None:
        self.registry = registry
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
        body = encoder(self.registry)
        return web.Response(body=body, headers={"Content-Type": content_type, "X-Content-Type-Options": "nosniff"})

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
