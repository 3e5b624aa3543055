"""Sparkplug B 3.0 edge node (integration ``sparkplug``): the bridge as a node, cameras as devices.

The rules live in the sans-IO :class:`~.node.EdgeNode`; this module is the asyncio/aiomqtt
part: one MQTT session at a time with NDEATH as its will, births on connect (or on the primary
host's STATE), hub events turned into DDATA/DBIRTH/DDEATH, DCMD metrics run through the hub's
command table (the reply is the ``Commands/Last Result`` metric). Payloads are protobuf
(:mod:`.payload`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiomqtt

from vs1kit.hub import GapEvent, Hub, HubEvent, ImageEvent, InspectionEvent, StatusEvent

from .node import Action, CameraShape, CommandRequest, EdgeNode, Publish

log = logging.getLogger(__name__)

DOMAIN = "sparkplug"
REDACTED = "**REDACTED**"


@dataclass(frozen=True)
class Config:
    """The ``integrations.sparkplug`` section."""

    host: str = "127.0.0.1"
    port: int = 1883
    username: str | None = None
    password: str | None = None
    client_id: str | None = None
    """Default: ``vs1kit-spb-<edge node id>-<random>`` (unique per bridge process)."""
    group_id: str = "vs1kit"
    edge_node_id: str = "bridge"
    primary_host_id: str | None = None
    """Wait for ``spBv1.0/STATE/<id>`` online before births; end the session when it goes offline."""
    keepalive: int = 30
    reconnect_max: float = 30.0
    images: bool = False
    """Publish each camera's pictures as the Bytes metric ``Image/PNG`` (needs the camera's
    ``image_interval``)."""
    state_dir: str | None = None
    """Where the last bdSeq is kept, so a restarted bridge continues with the next one (3.0
    asks each new session's bdSeq to follow the previous); None: start at 0 each run."""


def parse_config(data: Mapping[str, Any] | Config | None) -> Config:
    from vs1kit.bridge.schema import ConfigError, load_section
    config = data if isinstance(data, Config) else load_section(Config, dict(data or {}), f"integrations.{DOMAIN}")
    for key in ("group_id", "edge_node_id", "primary_host_id"):
        value = getattr(config, key)
        if value is not None and (not value or any(c in value for c in "/+#")):
            raise ConfigError(f"integrations.{DOMAIN}.{key}: must be non-empty without / + #, got {value!r}")
    if not 0 < config.port < 65536:
        raise ConfigError(f"integrations.{DOMAIN}.port: must be 1..65535, got {config.port}")
    return config


def _status_values(snapshot: Any, shape: CameraShape) -> dict[str, Any]:
    values: dict[str, Any] = {
        "Status/Available": snapshot.available, "Status/State": snapshot.state,
        "Status/Trigger Mode": snapshot.trigger_mode, "Status/Job Slot": snapshot.job_slot,
        "Status/Job Name": snapshot.job_name, "Status/Fault": snapshot.fault,
    }
    if snapshot.status_known:  # counters only once the camera said them: never backwards to 0
        values.update({"Counters/Inspections": snapshot.inspections,
                       "Counters/Passed": snapshot.passed, "Counters/Failed": snapshot.failed})
    for n in shape.virtual_points:
        values[f"Virtual/{n}"] = bool(snapshot.io.get(1000 + n, False))
    for name, point in shape.outputs.items():
        values[f"Outputs/{name}"] = bool(snapshot.io.get(point, False))
    return values


@dataclass
class SparkplugEntry:
    hub: Hub
    config: Config
    node: EdgeNode
    shapes: dict[str, CameraShape]
    client_id: str
    outbox: asyncio.Queue[Publish | None] = field(default_factory=asyncio.Queue)
    connected: asyncio.Event = field(default_factory=asyncio.Event)
    sessions: int = 0
    published: int = 0
    errors: int = 0
    last_error: str = ""
    _task: asyncio.Task[None] | None = None
    _commands: set[asyncio.Task[None]] = field(default_factory=set)
    _unsubscribe: Any = None
    _client: aiomqtt.Client | None = None
    _stopping: bool = False

    # hub -> node
    def on_event(self, event: HubEvent) -> None:
        if isinstance(event, StatusEvent):
            shape = self.shapes.get(event.camera_id)
            if shape is not None:
                self._queue(self.node.camera_status(event.camera_id, _status_values(event.snapshot, shape)))
        elif isinstance(event, InspectionEvent):
            self._queue(self.node.inspection(event.camera_id, event.inspection, event.passed,
                                             event.timestamp_us // 1000, event.backfilled, event.datums))
        elif isinstance(event, ImageEvent):
            self._queue(self.node.image(event.camera_id, event.png, event.width, event.height,
                                        event.timestamp_us // 1000))
        elif isinstance(event, GapEvent):
            log.warning("sparkplug: %s inspections %d..%d lost", event.camera_id, event.first, event.last)

    def _queue(self, publishes: list[Publish]) -> None:
        for p in publishes:
            self.outbox.put_nowait(p)

    async def _command(self, request: CommandRequest) -> None:
        res = await self.hub.command(request.device, request.name, request.args,
                                     correlation_id=f"sparkplug:{request.metric}")
        self._queue(self.node.command_done(request, res.status, res.reason))

    def _bd_seq_file(self) -> Path | None:
        if self.config.state_dir is None:
            return None
        return Path(self.config.state_dir).expanduser() / f"sparkplug-{self.config.group_id}-{self.config.edge_node_id}.bdseq"

    def _save_bd_seq(self) -> None:
        path = self._bd_seq_file()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(f"{self.node.bd_seq}\n")
            tmp.replace(path)  # atomic: a crash never leaves a half-written number

    # the session
    async def run(self) -> None:
        backoff = 0.5
        while not self._stopping:
            self._save_bd_seq()
            will = self.node.will()
            try:
                async with aiomqtt.Client(
                    self.config.host, self.config.port, username=self.config.username,
                    password=self.config.password, identifier=self.client_id,
                    will=aiomqtt.Will(will.topic, will.payload, qos=will.qos, retain=will.retain),
                    clean_session=True, keepalive=self.config.keepalive,
                ) as client:
                    self._client = client
                    self.sessions += 1
                    backoff = 0.5
                    for topic in self.node.subscriptions():
                        await client.subscribe(topic, qos=1)
                    # Anything queued for the previous session carried its seq numbers: drop it.
                    while not self.outbox.empty():
                        self.outbox.get_nowait()
                    for snap in self.hub.snapshots.values():
                        shape = self.shapes.get(snap.camera_id)
                        if shape is not None:
                            self.node.camera_status(snap.camera_id, _status_values(snap, shape))
                    self._queue(self.node.connected())
                    self.connected.set()
                    reconnect = await self._session(client)
                    if reconnect or self._stopping:
                        # Clean end: the will is not sent, so publish NDEATH ourselves.
                        with contextlib.suppress(aiomqtt.MqttError):
                            death = self.node.death()
                            await client.publish(death.topic, death.payload, qos=1)
            except aiomqtt.MqttError as exc:
                self.errors += 1
                self.last_error = str(exc)
                log.warning("sparkplug: MQTT session ended: %s", exc)
            finally:
                self._client = None
                self.connected.clear()
                self.node.disconnected()
            if not self._stopping:
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.config.reconnect_max)

    async def _session(self, client: aiomqtt.Client) -> bool:
        """Until the session ends; True when the primary host went offline (reconnect)."""
        async def publisher() -> None:
            while True:
                p = await self.outbox.get()
                if p is None:
                    return
                await client.publish(p.topic, p.payload, qos=p.qos, retain=p.retain)
                self.published += 1

        pub = asyncio.create_task(publisher())
        try:
            async for msg in client.messages:
                payload = msg.payload if isinstance(msg.payload, bytes) else str(msg.payload).encode()
                publishes, requests, action = self.node.message(str(msg.topic), payload)
                self._queue(publishes)
                for request in requests:
                    task = asyncio.create_task(self._command(request))
                    self._commands.add(task)
                    task.add_done_callback(self._commands.discard)
                if action is Action.RECONNECT:
                    return True
                if pub.done():
                    pub.result()  # a publish failed: raise it (ends the session)
            return False
        finally:
            if not pub.done():
                self.outbox.put_nowait(None)  # flush what is queued, then stop
                with contextlib.suppress(asyncio.TimeoutError, aiomqtt.MqttError):
                    await asyncio.wait_for(pub, 2.0)
                pub.cancel()
                with contextlib.suppress(asyncio.CancelledError, aiomqtt.MqttError):
                    await pub

    async def wait_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self.connected.wait(), timeout)


async def async_setup_entry(hub: Hub, config: Mapping[str, Any] | Config | None) -> SparkplugEntry:
    cfg = parse_config(config)
    shapes = {c.id: CameraShape(c.id, dict(c.outputs), tuple(c.virtual_points), cfg.images)
              for c in hub.configs.values()}
    from vs1kit import __version__
    bd_seq = 0
    if cfg.state_dir is not None:
        saved = Path(cfg.state_dir).expanduser() / f"sparkplug-{cfg.group_id}-{cfg.edge_node_id}.bdseq"
        with contextlib.suppress(OSError, ValueError):
            bd_seq = (int(saved.read_text().strip()) + 1) % 256
    node = EdgeNode(cfg.group_id, cfg.edge_node_id, list(shapes.values()),
                    primary_host_id=cfg.primary_host_id, bd_seq=bd_seq, version=__version__)
    client_id = cfg.client_id or f"vs1kit-spb-{cfg.edge_node_id}-{uuid.uuid4().hex[:8]}"
    entry = SparkplugEntry(hub, cfg, node, shapes, client_id)
    entry._unsubscribe = hub.add_listener(entry.on_event)
    entry._task = asyncio.create_task(entry.run())
    return entry


async def async_unload_entry(entry: SparkplugEntry) -> None:
    entry._stopping = True
    if entry._unsubscribe is not None:
        entry._unsubscribe()
    for task in list(entry._commands):
        task.cancel()
    if entry._task is not None:
        if entry._client is not None and entry.node.born:
            # NDEATH after what is queued, then the session ends (a clean disconnect sends no will).
            entry.outbox.put_nowait(entry.node.death())
            entry.outbox.put_nowait(None)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 3.0
            while not entry.outbox.empty() and loop.time() < deadline and not entry._task.done():
                await asyncio.sleep(0.01)
        entry._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await entry._task


def diagnostics(entry: SparkplugEntry) -> dict[str, Any]:
    config = asdict(entry.config)
    if config.get("password"):
        config["password"] = REDACTED
    return {"config": config, "client_id": entry.client_id, "connected": entry.connected.is_set(),
            "sessions": entry.sessions, "published": entry.published, "errors": entry.errors,
            "last_error": entry.last_error, "bd_seq": entry.node.bd_seq, "seq": entry.node.seq,
            "born": entry.node.born, "host_online": entry.node.host_online,
            "devices": {cid: {"alive": d.alive, "metrics": len(d.metrics)}
                        for cid, d in entry.node.devices.items()},
            **entry.node.stats}
