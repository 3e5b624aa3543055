"""MQTT integration: every inspection as a message, state, availability, commands, HA discovery.

Topics (``<base>`` = ``vs1`` by default, ``<cam>`` = the camera's id in the config):

- ``<base>/<cam>/inspection`` — one message per inspection, QoS 1, not retained; JSON with
  ``key`` = ``<serial>:<boot_id>:<inspection>``, the idempotency key: a message can arrive twice
  (after a broker or bridge outage) and consumers drop repeats of a key they have seen; the
  camera's boot id (random per boot) keeps keys apart when a restarted camera numbers its
  inspections from 1 again.
  Each message sits in the on-disk outbox (:mod:`.outbox`) until the broker acknowledged it.
- ``<base>/<cam>/state`` — retained JSON snapshot (status, job, counters, IO), published on
  change at most every ``state_interval`` seconds, only the latest (never a replay of old ones),
  and only once the camera's own counters are known, so they never go backwards.
- ``<base>/<cam>/image`` — the latest picture (PNG, retained) when ``image_interval`` is set.
- ``<base>/<cam>/availability`` and ``<base>/bridge/<bridge id>/availability`` (the last will).
- Commands: ``<base>/<cam>/<command>/set`` (``trigger``, ``running`` ON/OFF, ``job``,
  ``trigger_mode``, ``output/<point>``, ``virtual/<point>``) and ``<base>/<cam>/request`` (JSON
  ``{"id": ..., "command": ..., <arguments>}``); every command gets a reply on
  ``<base>/<cam>/response`` (or an MQTT 5 request's response topic, with its correlation data):
  ``{"id", "command", "status": ok|refused|failed, "reason", "result"}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import ssl
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiomqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric

import vs1kit
from vs1kit.hub import (
    CameraAdded,
    CameraSnapshot,
    GapEvent,
    Hub,
    HubEvent,
    ImageEvent,
    InspectionEvent,
    StatusEvent,
)

from .diagnostics import redact
from .discovery import Topics, bridge_discovery, discovery_messages
from .outbox import Outbox, OutboxMessage
from .pipe import QosOnePipe

log = logging.getLogger(__name__)
_paho_log = logging.getLogger(f"{__name__}.client")
# aiomqtt warns on every publish beyond 10 concurrent ones: pipelining is the point here.
_paho_log.setLevel(logging.ERROR)

DOMAIN = "mqtt"
FLUSH_WINDOW = 0.002
"""Seconds the outbox collects inspections and acknowledgements into one transaction."""


@dataclass(frozen=True)
class TlsConfig:
    ca_certs: str | None = None
    certfile: str | None = None
    keyfile: str | None = None
    insecure: bool = False
    """Skip the host name check (self-signed test brokers only)."""


@dataclass(frozen=True)
class Config:
    """``integrations.mqtt`` in the bridge config."""

    host: str = "127.0.0.1"
    port: int = 1883
    protocol: Literal["3.1.1", "5"] = "3.1.1"
    username: str | None = None
    password: str | None = None
    tls: TlsConfig | None = None
    client_id: str = ""
    """Default ``vs1kit-<bridge id>-<pid>-<random>``: unique, so no bridge kicks another off."""
    keepalive: int = 10
    """Seconds; a broker that stops answering is noticed within 1.5 times this."""
    base_topic: str = "vs1"
    discovery: bool = True
    discovery_prefix: str = "homeassistant"
    state_interval: float = 1.0
    """At most one retained state message per camera per this many seconds."""
    outbox: str = ""
    """SQLite file; default ``<state_dir>/mqtt-outbox.sqlite``."""
    outbox_max: int = 1_000_000
    """Messages kept at most; beyond it the oldest are dropped and counted."""
    durable: bool = False
    """fsync every stored inspection (survives power loss, slower)."""
    inflight: int = 200
    """QoS 1 messages in flight at once (pipelined). The rate is at most this many per broker
    round trip: 50 carried only ~960/s to a loaded Mosquitto with 200 cameras, 200 kept up."""


@dataclass
class MqttEntry:
    hub: Hub
    config: Config
    topics: Topics
    outbox: Outbox
    client_id: str
    connected: bool = False
    sessions: int = 0
    published: int = 0
    inspections_published: int = 0
    gaps: int = 0
    commands: dict[str, int] = field(default_factory=lambda: {"ok": 0, "refused": 0, "failed": 0})
    announced: dict[str, set[str]] = field(default_factory=dict)
    """camera id -> discovery topics published (to remove stale ones)."""
    latency_s: deque[float] = field(default_factory=lambda: deque(maxlen=10_000))
    """Hub event -> PUBACK of recent inspection messages (a window, for the metrics)."""
    latency_count: int = 0
    latency_sum: float = 0.0
    """Every latency measured (the metrics summary's count and sum)."""
    _dirty: set[str] = field(default_factory=set)
    _last_state: dict[str, dict[str, Any]] = field(default_factory=dict)
    _new: asyncio.Event = field(default_factory=asyncio.Event)
    _state_wake: asyncio.Event = field(default_factory=asyncio.Event)
    _stored_at: dict[tuple[str, int], float] = field(default_factory=dict)
    _task: asyncio.Task[None] | None = None
    _unsubscribe: Any = None
    _client: aiomqtt.Client | None = None
    _stopping: bool = False
    _flush_scheduled: bool = False
    _shapes: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    _images: dict[str, bytes] = field(default_factory=dict)
    _pending: set[asyncio.Task[None]] = field(default_factory=set)

    # ---------------------------------------------------------------- life cycle

    async def start(self) -> None:
        self._unsubscribe = self.hub.add_listener(self._on_event)
        self.hub.add_resume_point(self.outbox.last_stored)
        self._task = asyncio.create_task(self._run())

    async def wait_connected(self, timeout: float = 30.0) -> None:
        async def up() -> None:
            while not self.connected:
                await asyncio.sleep(0.05)
        await asyncio.wait_for(up(), timeout)

    async def stop(self) -> None:
        self._stopping = True
        if self._unsubscribe is not None:
            self._unsubscribe()
        client = self._client
        if client is not None and self.connected:
            # All at once and bounded: stopping must not take a round trip per camera.
            topics = [self.topics.availability(cid) for cid in self.hub.configs]
            topics.append(self.topics.bridge_availability)
            with contextlib.suppress(aiomqtt.MqttError, asyncio.TimeoutError):
                await asyncio.wait_for(asyncio.gather(
                    *(client.publish(t, "offline", qos=1, retain=True) for t in topics)), 3.0)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.outbox.close()

    def metrics(self) -> list[Metric]:
        """Outbox, publishing and latency families for the bridge's metrics endpoint."""
        lat = sorted(self.latency_s)

        def q(p: float) -> float:
            return lat[min(len(lat) - 1, int(p * len(lat)))] if lat else float("nan")
        depth = GaugeMetricFamily("vs1_mqtt_outbox_depth", "Inspection messages waiting for a PUBACK",
                                  value=self.outbox.depth)
        overflow = CounterMetricFamily("vs1_mqtt_outbox_overflow_dropped",
                                       "Inspection messages dropped because the outbox was full",
                                       value=self.outbox.overflow_dropped)
        published = CounterMetricFamily("vs1_mqtt_inspections_published",
                                        "Inspection messages acknowledged by the broker",
                                        value=self.inspections_published)
        connected = GaugeMetricFamily("vs1_mqtt_connected", "1 while connected to the broker",
                                      value=float(self.connected))
        # A summary: quantiles over the recent window, count and sum over the process's life.
        latency = Metric("vs1_mqtt_publish_latency_seconds",
                         "Hub event to broker PUBACK of inspection messages (quantiles: recent window)", "summary")
        for p in (0.5, 0.9, 0.99):
            latency.add_sample("vs1_mqtt_publish_latency_seconds", {"quantile": str(p)}, q(p))
        latency.add_sample("vs1_mqtt_publish_latency_seconds_count", {}, self.latency_count)
        latency.add_sample("vs1_mqtt_publish_latency_seconds_sum", {}, self.latency_sum)
        return [depth, overflow, published, connected, latency]

    # ---------------------------------------------------------------- hub events (sync)

    def _on_event(self, event: HubEvent) -> None:
        if isinstance(event, InspectionEvent):
            payload = event.as_json()
            self.outbox.add(event.camera_id, event.inspection, self.topics.inspection(event.camera_id), payload)
            self._schedule_flush()
            if len(self._stored_at) < 100_000:  # latency samples only; the outbox holds the data
                self._stored_at[(event.camera_id, event.inspection)] = time.monotonic()
        elif isinstance(event, GapEvent):
            self.gaps += event.last - event.first + 1
        elif isinstance(event, StatusEvent):
            self._dirty.add(event.camera_id)
            self._state_wake.set()
        elif isinstance(event, CameraAdded):
            client = self._client
            if client is not None and self.connected:
                task = asyncio.create_task(self._subscribe_camera(client, event.camera_id))
                self._pending.add(task)
                task.add_done_callback(self._pending.discard)
        elif isinstance(event, ImageEvent):
            self._images[event.camera_id] = event.png  # only the latest is ever published
            self._dirty.add(event.camera_id)
            self._state_wake.set()

    async def _subscribe_camera(self, client: aiomqtt.Client, camera_id: str) -> None:
        with contextlib.suppress(aiomqtt.MqttError):
            for filt in self.topics.command_filters(camera_id):
                await client.subscribe(filt, qos=1)

    def _schedule_flush(self) -> None:
        if not self._flush_scheduled:
            # One transaction for what arrives (and is acknowledged) within FLUSH_WINDOW: the
            # commit, not the rows, is what costs; a few ms of latency buy several rows a commit.
            self._flush_scheduled = True
            asyncio.get_running_loop().call_later(FLUSH_WINDOW, self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        if self.outbox.flush():
            self._new.set()

    # ---------------------------------------------------------------- broker session

    async def _run(self) -> None:
        delay = 0.5
        while not self._stopping:
            try:
                await self._session()
                delay = 0.5
            except aiomqtt.MqttError as exc:
                log.warning("MQTT broker %s:%d: %s; reconnecting in %.1f s",
                            self.config.host, self.config.port, exc, delay)
            self.connected = False
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)

    def _client_args(self) -> dict[str, Any]:
        cfg = self.config
        args: dict[str, Any] = {
            "hostname": cfg.host, "port": cfg.port, "username": cfg.username, "password": cfg.password,
            "identifier": self.client_id, "keepalive": cfg.keepalive, "timeout": max(5.0, cfg.keepalive),
            "will": aiomqtt.Will(self.topics.bridge_availability, "offline", qos=1, retain=True),
            # No limit in paho: the pump's window (``inflight``) bounds the inspection messages,
            # and paho with a limit scans its whole out-queue on every PUBACK (O(window) each).
            "max_inflight_messages": 0,
            # PUBACKs and small publishes must not wait for Nagle/delayed-ACK (40 ms steps).
            "socket_options": [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)],
            "logger": _paho_log,
            "protocol": aiomqtt.ProtocolVersion.V5 if cfg.protocol == "5" else aiomqtt.ProtocolVersion.V311,
        }
        if cfg.protocol != "5":
            args["clean_session"] = True  # the outbox, not the broker, holds what is unsent
        if cfg.tls is not None:
            ctx = ssl.create_default_context(cafile=cfg.tls.ca_certs)
            if cfg.tls.certfile:
                ctx.load_cert_chain(cfg.tls.certfile, cfg.tls.keyfile)
            if cfg.tls.insecure:
                ctx.check_hostname = False
            args["tls_context"] = ctx
        return args

    async def _session(self) -> None:
        async with aiomqtt.Client(**self._client_args()) as client:
            self._client = client
            self.sessions += 1
            await client.publish(self.topics.bridge_availability, "online", qos=1, retain=True)
            for cid in self.hub.configs:
                for filt in self.topics.command_filters(cid):
                    await client.subscribe(filt, qos=1)
            if self.config.discovery:
                await client.subscribe(f"{self.config.discovery_prefix}/status", qos=1)
            self.announced.clear()  # a new broker session may have lost retained configs
            self._dirty.update(self.hub.configs)
            self._last_state.clear()
            self.connected = True
            tasks = [asyncio.create_task(self._pump(client)), asyncio.create_task(self._states(client)),
                     asyncio.create_task(self._incoming(client))]
            try:
                done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
                for t in done:
                    t.result()
            finally:
                self.connected = False
                for t in tasks:
                    t.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    async def _pump(self, client: aiomqtt.Client) -> None:
        """Outbox -> broker through a sliding window of ``inflight`` QoS 1 publishes: a new
        message goes out as soon as a slot is free (no waiting for a whole batch), and leaves
        the outbox on its PUBACK (deleted in the outbox's next transaction). Publishes go
        straight to paho with a PUBACK callback (:class:`.pipe.QosOnePipe`): no task, event or
        timer per message. A broker that stops acknowledging ends the session; what was not
        acknowledged is sent again on the next one (same bytes, same idempotency key)."""
        window = self.config.inflight
        stall = float(self.config.keepalive * 2)
        acked: list[OutboxMessage] = []
        wake = self._new

        def on_ack(row: OutboxMessage) -> None:
            acked.append(row)
            wake.set()

        pipe = QosOnePipe(client, on_ack)
        outbox = self.outbox
        outbox.rewind()
        after = 0
        loop = asyncio.get_running_loop()
        progress = loop.time()
        while True:
            wake.clear()
            if acked:
                self._acknowledge(acked)
                acked.clear()
                progress = loop.time()
            free = window - pipe.in_flight
            if free > 0:
                rows = outbox.pending(after, free)
                if rows:
                    pipe.publish_many((row.topic, row.payload, row) for row in rows)
                    after = rows[-1].seq
                    continue
            if not pipe.in_flight:
                progress = loop.time()
            elif loop.time() - progress > stall:
                raise aiomqtt.MqttError(f"no PUBACK from the broker for {stall:.0f} s")
            pipe.raise_if_disconnected()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(stall / 4):
                    await wake.wait()

    def _acknowledge(self, rows: list[OutboxMessage]) -> None:
        now = time.monotonic()
        stored_at = self._stored_at
        if stored_at:
            for r in rows:
                stored = stored_at.pop((r.camera, r.inspection), None)
                if stored is not None:
                    self.latency_s.append(now - stored)
                    self.latency_count += 1
                    self.latency_sum += now - stored
        self.outbox.ack_later([r.seq for r in rows])
        self._schedule_flush()  # deleted with the next stored inspections (or alone)
        self.published += len(rows)
        self.inspections_published += len(rows)

    async def _states(self, client: aiomqtt.Client) -> None:
        while True:
            self._state_wake.clear()
            dirty, self._dirty = self._dirty, set()
            snaps = self.hub.snapshots
            # Cameras in parallel (each camera's own messages stay in order).
            await asyncio.gather(*(self._publish_camera(client, snaps[cid]) for cid in sorted(dirty) if cid in snaps))
            bridge = {"version": vs1kit.__version__, "bridge_id": self.hub.bridge_id,
                      "cameras": len(snaps), "cameras_online": sum(s.available for s in snaps.values())}
            if bridge != self._last_state.get("\0bridge"):
                await client.publish(self.topics.bridge_state, json.dumps(bridge), qos=1, retain=True)
                self._last_state["\0bridge"] = bridge
            await asyncio.sleep(self.config.state_interval)
            if not self._dirty:
                await self._state_wake.wait()

    async def _publish_camera(self, client: aiomqtt.Client, snap: CameraSnapshot) -> None:
        cid = snap.camera_id
        # Announce once identified, and again when what the entities offer changed (job list).
        shape = (snap.serial, snap.mac, tuple(sorted(snap.jobs.items())))
        if (self.config.discovery and snap.available and (snap.serial or snap.mac)
                and (cid not in self.announced or self._shapes.get(cid) != shape)):
            self._shapes[cid] = shape
            await self._announce(client, cid, snap)
        last = self._last_state.get(cid)
        online = "online" if snap.available else "offline"
        if last is None or last.get("available") != snap.available:
            await client.publish(self.topics.availability(cid), online, qos=1, retain=True)
        if not snap.status_known:
            return  # counters unknown yet: publishing zeros would make them go backwards
        state = snap.as_dict()
        state.pop("updated_at", None)
        if last is not None and _went_backwards(last, state):
            log.warning("camera %s: counters went backwards without a camera restart; not published", cid)
            return
        if state != last:
            await client.publish(self.topics.state(cid), json.dumps(state), qos=1, retain=True)
            self.published += 1
        self._last_state[cid] = state
        png = self._images.pop(cid, None)
        if png is not None:
            await client.publish(self.topics.image(cid), png, qos=0, retain=True)
            self.published += 1

    async def _announce(self, client: aiomqtt.Client, cid: str, snap: CameraSnapshot) -> None:
        config = self.hub.configs[cid]
        if not self.announced:
            for topic, payload in bridge_discovery(self.hub, self.topics):
                await client.publish(topic, json.dumps(payload), qos=1, retain=True)
        messages = discovery_messages(config, snap, self.topics)
        topics = {t for t, _ in messages}
        for topic, payload in messages:
            await client.publish(topic, json.dumps(payload), qos=1, retain=True)
        # Entities this camera had before (a datum or point left the config): remove them.
        registry = self.hub.state_dir / f"mqtt-discovery-{cid}.json"
        with contextlib.suppress(OSError, ValueError):
            for stale in set(json.loads(registry.read_text())) - topics:
                await client.publish(stale, b"", qos=1, retain=True)
        with contextlib.suppress(OSError):
            registry.parent.mkdir(parents=True, exist_ok=True)
            registry.write_text(json.dumps(sorted(topics)))
        self.announced[cid] = topics

    async def _incoming(self, client: aiomqtt.Client) -> None:
        async for message in client.messages:
            topic = str(message.topic)
            raw = message.payload if isinstance(message.payload, bytes) else str(message.payload).encode()
            if topic == f"{self.config.discovery_prefix}/status":
                if raw.strip() == b"online":  # Home Assistant restarted: announce again
                    self.announced.clear()
                    self._last_state.clear()
                    self._dirty.update(self.hub.configs)
                    self._state_wake.set()
                continue
            task = asyncio.create_task(self._command(client, topic, raw, message.properties))
            self._pending.add(task)  # keep a reference until done (the loop holds weak ones)
            task.add_done_callback(self._pending.discard)

    async def _command(self, client: aiomqtt.Client, topic: str, raw: bytes, props: Any) -> None:
        cid, name, args, corr, reason = self.topics.parse_command(topic, raw)
        response_topic = self.topics.response(cid) if cid else f"{self.topics.base}/bridge/response"
        correlation: bytes | None = None
        if props is not None and getattr(props, "ResponseTopic", None):
            response_topic = str(props.ResponseTopic)
        if props is not None and getattr(props, "CorrelationData", None):
            # MQTT 5: the request's correlation data is its id unless the JSON named one.
            correlation = bytes(props.CorrelationData)
            if not _named_id(raw):
                corr = correlation.decode("utf-8", "replace")
        if reason:
            reply: dict[str, Any] = {"id": corr, "camera": cid, "command": name, "status": "refused",
                                     "reason": reason, "result": {}}
        else:
            reply = (await self.hub.command(cid, name, args, corr)).as_dict()
        self.commands[reply["status"]] += 1
        if reply["status"] != "ok":
            log.warning("MQTT command %s: %s (%s)", topic, reply["status"], reply["reason"])
        properties = None
        if self.config.protocol == "5" and correlation is not None:
            properties = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
            properties.CorrelationData = correlation
        with contextlib.suppress(aiomqtt.MqttError):
            await client.publish(response_topic, json.dumps(reply), qos=1, properties=properties)


def _named_id(raw: bytes) -> bool:
    with contextlib.suppress(ValueError):
        body = json.loads(raw)
        return isinstance(body, dict) and body.get("id") is not None
    return False


def _went_backwards(last: dict[str, Any], new: dict[str, Any]) -> bool:
    restarted = new.get("uptime_s", 0) < last.get("uptime_s", 0)
    return not restarted and any(new.get(k, 0) < last.get(k, 0) for k in ("inspections", "passed", "failed"))


async def async_setup_entry(hub: Hub, config: Config) -> MqttEntry:
    """Open the outbox, then connect to the broker (reconnecting as needed) and publish."""
    topics = Topics(base=config.base_topic, discovery_prefix=config.discovery_prefix, bridge_id=hub.bridge_id)
    path = Path(config.outbox) if config.outbox else hub.state_dir / "mqtt-outbox.sqlite"
    outbox = Outbox(path, max_messages=config.outbox_max, durable=config.durable)
    client_id = config.client_id or f"vs1kit-{hub.bridge_id}-{os.getpid()}-{secrets.token_hex(3)}"
    entry = MqttEntry(hub, config, topics, outbox, client_id)
    await entry.start()
    return entry


async def async_unload_entry(entry: MqttEntry) -> None:
    """Mark everything offline and disconnect; unsent inspections stay in the outbox."""
    await entry.stop()


def diagnostics(entry: MqttEntry) -> dict[str, Any]:
    """What the running entry knows, safe to attach to a bug report."""
    from dataclasses import asdict
    data: dict[str, Any] = redact({
        "config": asdict(entry.config),
        "client_id": entry.client_id,
        "connected": entry.connected,
        "published": entry.published,
        "commands": entry.commands,
        "outbox": {"depth": entry.outbox.depth, "overflow_dropped": entry.outbox.overflow_dropped},
        "cameras": entry.hub.stats(),
        "snapshots": {cid: s.as_dict() for cid, s in entry.hub.snapshots.items()},
    })
    return data
