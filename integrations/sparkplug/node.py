"""A Sparkplug B 3.0 edge node of cameras, sans-IO: events in, MQTT publishes out.

The node is the bridge, each camera a device. Rules kept here (Sparkplug B 3.0):

- NDEATH is the MQTT will, carrying the session's ``bdSeq``; NBIRTH carries the same ``bdSeq``
  and ``seq`` 0; every later NDATA/DBIRTH/DDATA/DDEATH carries ``seq`` + 1 modulo 256.
- NBIRTH/DBIRTH list every metric with name, alias and datatype; DDATA uses aliases only.
  Aliases are unique within the node. A metric seen for the first time (a datum) re-births its
  device, so a DDATA never carries a metric its DBIRTH did not declare.
- ``Node Control/Rebirth`` in an NCMD re-publishes NBIRTH and every DBIRTH (same bdSeq).
- With a primary host configured, nothing is born until its STATE says online; when it goes
  offline the session ends (:attr:`Action.RECONNECT`) and a new one waits again.
- A camera that drops gets a DDEATH; when it is back, a DBIRTH.
"""

from __future__ import annotations

import enum
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .payload import DataType, Payload, get_value, set_value

NAMESPACE = "spBv1.0"


@dataclass(frozen=True)
class Publish:
    topic: str
    payload: bytes
    qos: int = 0
    retain: bool = False


@dataclass(frozen=True)
class CommandRequest:
    """A DCMD metric turned into a hub command."""

    device: str
    metric: str
    name: str
    args: dict[str, Any]


class Action(enum.Enum):
    RECONNECT = "reconnect"


@dataclass
class Metric:
    name: str
    alias: int
    datatype: DataType
    value: Any = None
    command: Callable[[Any], tuple[str, dict[str, Any]] | None] | None = None
    """For writable metrics: DCMD value -> (hub command, args), None to ignore the value."""


@dataclass
class Device:
    camera_id: str
    metrics: dict[str, Metric] = field(default_factory=dict)
    alive: bool = False


@dataclass(frozen=True)
class CameraShape:
    """What the bridge config says about a camera (outputs and virtual points are writable)."""

    camera_id: str
    outputs: Mapping[str, int] = field(default_factory=dict)
    virtual_points: tuple[int, ...] = ()
    images: bool = False
    """Declare ``Image/PNG`` (Bytes) and publish the camera's pictures in it."""


def _now_ms() -> int:
    return int(time.time() * 1000)


def _datatype_of(value: Any) -> DataType:
    if isinstance(value, bool):
        return DataType.BOOLEAN
    if isinstance(value, int):
        return DataType.INT64
    if isinstance(value, float):
        return DataType.DOUBLE
    if isinstance(value, bytes):
        return DataType.BYTES
    return DataType.STRING


def _switch(command: str, point: str | int) -> Callable[[Any], tuple[str, dict[str, Any]] | None]:
    def run(value: Any) -> tuple[str, dict[str, Any]] | None:
        return (command, {"point": point, "state": bool(value)})
    return run


def _button(command: str) -> Callable[[Any], tuple[str, dict[str, Any]] | None]:
    """A momentary command metric: true runs the command, false does nothing."""
    def run(value: Any) -> tuple[str, dict[str, Any]] | None:
        return (command, {}) if value else None
    return run


class EdgeNode:
    def __init__(self, group_id: str, node_id: str, cameras: list[CameraShape], *,
                 primary_host_id: str | None = None, bd_seq: int = 0,
                 clock: Callable[[], int] = _now_ms, version: str = "") -> None:
        self.group_id = group_id
        self.node_id = node_id
        self.primary_host_id = primary_host_id
        self.clock = clock
        self.version = version
        self.bd_seq = bd_seq % 256
        self.seq = 0
        self.born = False
        self.host_online = primary_host_id is None
        self._host_timestamp = -1
        self._next_alias = 1
        self.node_metrics: dict[str, Metric] = {}
        self.devices: dict[str, Device] = {}
        self.stats = {"births": 0, "rebirths": 0, "ddata": 0, "dcmd": 0, "refused": 0, "ddeath": 0}
        self._metric("bdSeq", DataType.UINT64, self.bd_seq, node=True)
        self._metric("Node Control/Rebirth", DataType.BOOLEAN, False, node=True)
        self._metric("Node Info/Cameras", DataType.INT32, len(cameras), node=True)
        self._metric("Node Info/Version", DataType.STRING, version, node=True)
        for shape in cameras:
            self._add_device(shape)

    # -- model ---------------------------------------------------------------------------------
    def _metric(self, name: str, datatype: DataType, value: Any = None, *, node: bool = False,
                device: Device | None = None,
                command: Callable[[Any], tuple[str, dict[str, Any]] | None] | None = None) -> Metric:
        m = Metric(name, self._next_alias, datatype, value, command)
        self._next_alias += 1
        (self.node_metrics if node else device.metrics)[name] = m  # type: ignore[union-attr]
        return m

    def _add_device(self, shape: CameraShape) -> None:
        d = Device(shape.camera_id)
        self.devices[shape.camera_id] = d
        for name, dt, value in (
            ("Status/Available", DataType.BOOLEAN, False), ("Status/State", DataType.STRING, "unknown"),
            ("Status/Trigger Mode", DataType.STRING, "unknown"), ("Status/Job Slot", DataType.INT32, 0),
            ("Status/Job Name", DataType.STRING, ""), ("Status/Fault", DataType.BOOLEAN, False),
            ("Counters/Inspections", DataType.UINT64, 0), ("Counters/Passed", DataType.UINT64, 0),
            ("Counters/Failed", DataType.UINT64, 0), ("Inspection/Id", DataType.UINT64, None),
            ("Inspection/Passed", DataType.BOOLEAN, None), ("Inspection/Timestamp", DataType.DATETIME, None),
            ("Inspection/Backfilled", DataType.BOOLEAN, None),
            ("Commands/Last Result", DataType.STRING, ""),
        ):
            self._metric(name, dt, value, device=d)
        for metric, command in (("Trigger", "trigger"), ("Start", "start"), ("Stop", "stop")):
            self._metric(f"Commands/{metric}", DataType.BOOLEAN, False, device=d,
                         command=_button(command))
        self._metric("Commands/Job Select", DataType.INT32, 0, device=d,
                     command=lambda v: ("select_job", {"job": v}))
        self._metric("Commands/Trigger Mode", DataType.STRING, "", device=d,
                     command=lambda v: ("set_trigger_mode", {"mode": v}))
        if shape.images:
            self._metric("Image/PNG", DataType.BYTES, b"", device=d)
            self._metric("Image/Width", DataType.UINT32, 0, device=d)
            self._metric("Image/Height", DataType.UINT32, 0, device=d)
        for name in shape.outputs:
            self._metric(f"Outputs/{name}", DataType.BOOLEAN, False, device=d,
                         command=_switch("write_output", name))
        for n in shape.virtual_points:
            self._metric(f"Virtual/{n}", DataType.BOOLEAN, False, device=d,
                         command=_switch("write_virtual", n))

    # -- topics and payloads -------------------------------------------------------------------
    def topic(self, kind: str, device: str | None = None) -> str:
        base = f"{NAMESPACE}/{self.group_id}/{kind}/{self.node_id}"
        return f"{base}/{device}" if device else base

    def state_topic(self) -> str:
        return f"{NAMESPACE}/STATE/{self.primary_host_id}"

    def _payload(self, metrics: list[Metric], *, birth: bool, seq: bool = True,
                 timestamp: int | None = None) -> bytes:
        p: Any = Payload()
        p.timestamp = self.clock()
        if seq:
            p.seq = self.seq
        for m in metrics:
            pm = p.metrics.add()
            if birth:
                pm.name = m.name
            pm.alias = m.alias
            pm.datatype = int(m.datatype)
            pm.timestamp = timestamp if timestamp is not None else p.timestamp
            set_value(pm, m.datatype, m.value)
        return bytes(p.SerializeToString())

    def _next_seq(self) -> None:
        self.seq = (self.seq + 1) % 256

    # -- session -------------------------------------------------------------------------------
    def will(self) -> Publish:
        """The NDEATH to register as the will of the connection about to be made."""
        p: Any = Payload()
        p.timestamp = self.clock()
        m = p.metrics.add()
        m.name = "bdSeq"
        m.datatype = int(DataType.UINT64)
        m.long_value = self.bd_seq
        return Publish(self.topic("NDEATH"), bytes(p.SerializeToString()), qos=1)

    def connected(self) -> list[Publish]:
        """The MQTT session is up (with :meth:`will`): births now, or after the host's STATE."""
        self.born = False
        return self.births() if self.host_online else []

    def disconnected(self) -> None:
        """The session ended: the next one has the next bdSeq."""
        self.born = False
        self.bd_seq = (self.bd_seq + 1) % 256
        self.node_metrics["bdSeq"].value = self.bd_seq
        if self.primary_host_id is not None:
            self.host_online = False  # wait for the host's STATE again

    def death(self) -> Publish:
        """An explicit NDEATH for a clean disconnect (the will is not sent then)."""
        return self.will()

    def births(self) -> list[Publish]:
        self.seq = 0
        self.born = True
        self.stats["births"] += 1
        self.node_metrics["Node Control/Rebirth"].value = False
        out = [Publish(self.topic("NBIRTH"), self._payload(list(self.node_metrics.values()), birth=True))]
        for d in self.devices.values():
            d.alive = False
        for d in self.devices.values():
            if d.metrics["Status/Available"].value:
                out.append(self._dbirth(d))
        return out

    def _dbirth(self, d: Device) -> Publish:
        self._next_seq()
        d.alive = True
        return Publish(self.topic("DBIRTH", d.camera_id), self._payload(list(d.metrics.values()), birth=True))

    def _ddeath(self, d: Device) -> Publish:
        self._next_seq()
        d.alive = False
        self.stats["ddeath"] += 1
        p: Any = Payload()
        p.timestamp = self.clock()
        p.seq = self.seq
        return Publish(self.topic("DDEATH", d.camera_id), bytes(p.SerializeToString()))

    def _ddata(self, d: Device, metrics: list[Metric], timestamp: int | None = None) -> Publish:
        self._next_seq()
        self.stats["ddata"] += 1
        return Publish(self.topic("DDATA", d.camera_id), self._payload(metrics, birth=False, timestamp=timestamp))

    # -- hub events ----------------------------------------------------------------------------
    def camera_status(self, camera_id: str, values: Mapping[str, Any]) -> list[Publish]:
        """Camera status by metric name (``Status/...``, ``Counters/...``, ``Virtual/n``)."""
        d = self.devices.get(camera_id)
        if d is None:
            return []
        changed = [d.metrics[k] for k, v in values.items() if k in d.metrics and d.metrics[k].value != v]
        for m in changed:
            m.value = values[m.name]
        if not self.born:
            return []
        available = bool(d.metrics["Status/Available"].value)
        if available and not d.alive:
            return [self._dbirth(d)]
        if not available and d.alive:
            return [self._ddeath(d)]
        if d.alive and changed:
            return [self._ddata(d, changed)]
        return []

    def inspection(self, camera_id: str, inspection: int, passed: bool, timestamp_ms: int,
                   backfilled: bool, datums: Mapping[str, Any]) -> list[Publish]:
        d = self.devices.get(camera_id)
        if d is None:
            return []
        out: list[Publish] = []
        new = False
        for path, value in datums.items():
            name = f"Inspection/Datums/{path}"
            m = d.metrics.get(name)
            if m is None or (value is not None and _datatype_of(value) != m.datatype):
                if m is None:
                    self._metric(name, _datatype_of(value), value, device=d)
                else:
                    m.datatype = _datatype_of(value)
                new = True
        values = {"Inspection/Id": inspection, "Inspection/Passed": passed,
                  "Inspection/Timestamp": timestamp_ms, "Inspection/Backfilled": backfilled,
                  **{f"Inspection/Datums/{k}": v for k, v in datums.items()}}
        for k, v in values.items():
            d.metrics[k].value = v
        if not (self.born and d.alive):
            return out
        if new:  # declare the new metric before any DDATA uses its alias
            self.stats["rebirths"] += 1
            out.append(self._dbirth(d))
        out.append(self._ddata(d, [d.metrics[k] for k in values], timestamp=timestamp_ms))
        return out

    def image(self, camera_id: str, png: bytes, width: int, height: int, timestamp_ms: int) -> list[Publish]:
        d = self.devices.get(camera_id)
        if d is None or "Image/PNG" not in d.metrics:
            return []
        metrics = [d.metrics["Image/PNG"], d.metrics["Image/Width"], d.metrics["Image/Height"]]
        for m, v in zip(metrics, (png, width, height), strict=True):
            m.value = v
        if not (self.born and d.alive):
            return []
        return [self._ddata(d, metrics, timestamp=timestamp_ms)]

    def command_done(self, request: CommandRequest, status: str, reason: str) -> list[Publish]:
        d = self.devices[request.device]
        m = d.metrics[request.metric]
        reply = d.metrics["Commands/Last Result"]
        reply.value = f"{request.name}: {status}" + (f" ({reason})" if reason else "")
        if m.datatype == DataType.BOOLEAN and m.name.startswith("Commands/"):
            m.value = False  # a momentary button: back to false once done
        if not (self.born and d.alive):
            return []
        return [self._ddata(d, [m, reply])]

    # -- MQTT input ----------------------------------------------------------------------------
    def subscriptions(self) -> list[str]:
        subs = [self.topic("NCMD"), self.topic("DCMD", "+")]
        if self.primary_host_id is not None:
            subs.append(self.state_topic())
        return subs

    def message(self, topic: str, payload: bytes) -> tuple[list[Publish], list[CommandRequest], Action | None]:
        if self.primary_host_id is not None and topic == self.state_topic():
            return self._host_state(payload)
        if topic == self.topic("NCMD"):
            return self._ncmd(payload), [], None
        prefix = self.topic("DCMD") + "/"
        if topic.startswith(prefix):
            return [], self._dcmd(topic[len(prefix):], payload), None
        return [], [], None

    def _host_state(self, payload: bytes) -> tuple[list[Publish], list[CommandRequest], Action | None]:
        try:
            state = json.loads(payload)
            online, ts = bool(state["online"]), int(state.get("timestamp", 0))
        except (ValueError, KeyError, TypeError):
            return [], [], None
        if ts < self._host_timestamp:
            return [], [], None  # an older STATE than one already seen (spec: ignore it)
        self._host_timestamp = ts
        if online and not self.host_online:
            self.host_online = True
            return (self.births() if not self.born else []), [], None
        if not online and self.host_online:
            self.host_online = False
            return [], [], Action.RECONNECT
        return [], [], None

    def _decode(self, payload: bytes) -> Any:
        p: Any = Payload()
        p.ParseFromString(payload)
        return p

    def _ncmd(self, payload: bytes) -> list[Publish]:
        try:
            p = self._decode(payload)
        except Exception:
            self.stats["refused"] += 1
            return []
        rebirth = self.node_metrics["Node Control/Rebirth"]
        for m in p.metrics:
            asked = (m.name == rebirth.name or m.alias == rebirth.alias) and m.boolean_value
            if asked and self.born:
                return self.births()
        return []

    def _dcmd(self, device: str, payload: bytes) -> list[CommandRequest]:
        d = self.devices.get(device)
        try:
            p = self._decode(payload)
        except Exception:
            self.stats["refused"] += 1
            return []
        if d is None:
            self.stats["refused"] += 1
            return []
        by_alias = {m.alias: m for m in d.metrics.values()}
        out: list[CommandRequest] = []
        for pm in p.metrics:
            m = d.metrics.get(pm.name) if pm.name else by_alias.get(pm.alias)
            if m is None or m.command is None:
                self.stats["refused"] += 1  # unknown or read-only metric: nothing is run
                continue
            wanted = m.command(get_value(pm, m.datatype))
            if wanted is None:
                continue
            self.stats["dcmd"] += 1
            out.append(CommandRequest(device, m.name, wanted[0], wanted[1]))
        return out
