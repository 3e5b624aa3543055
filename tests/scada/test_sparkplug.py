"""Sparkplug B edge node against a real Mosquitto, decoded with an independent binding.

The payloads are decoded with ``sparkplug_b_packets``' protoc-generated ``sparkplug_b_pb2`` (a
separate binding of the Sparkplug B schema), never with the bridge's own :mod:`payload`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiomqtt
from sparkplub_b_packets.core import (  # type: ignore[import-untyped]  # the independent decoder
    sparkplug_b_pb2 as spb,
)

from vs1kit.integrations import sparkplug

from .conftest import camera_hub, until

GROUP, NODE = "plant1", "bridge1"
NS = f"spBv1.0/{GROUP}"


@dataclass
class Msg:
    topic: str
    kind: str
    device: str | None
    payload: Any  # spb.Payload
    at: float


class Observer:
    """A subscriber that decodes every Sparkplug message of the group in arrival order."""

    def __init__(self, client: aiomqtt.Client) -> None:
        self.client = client
        self.msgs: list[Msg] = []
        self.aliases: dict[str, dict[int, str]] = {}  # device -> alias -> name (from DBIRTH)
        self.node_aliases: dict[int, str] = {}

    async def collect(self) -> None:
        async for m in self.client.messages:
            topic = str(m.topic)
            parts = topic.split("/")
            if parts[1] == "STATE":
                continue
            p = spb.Payload()
            p.ParseFromString(m.payload)
            kind = parts[2]
            device = parts[4] if len(parts) > 4 else None
            self.msgs.append(Msg(topic, kind, device, p, time.monotonic()))
            if kind == "DBIRTH":
                assert device is not None
                self.aliases[device] = {mt.alias: mt.name for mt in p.metrics}
            if kind == "NBIRTH":
                self.node_aliases = {mt.alias: mt.name for mt in p.metrics}

    def of(self, kind: str, device: str | None = None) -> list[Msg]:
        return [m for m in self.msgs if m.kind == kind and (device is None or m.device == device)]

    def values(self, msg: Msg) -> dict[str, Any]:
        """Metric name -> value, through the DBIRTH aliases for DDATA."""
        names = self.aliases.get(msg.device or "", {}) if msg.device else self.node_aliases
        out: dict[str, Any] = {}
        for mt in msg.payload.metrics:
            name = mt.name or names[mt.alias]
            which = mt.WhichOneof("value")
            out[name] = None if mt.is_null or which is None else getattr(mt, which)
        return out


def bd_seq(msg: Msg) -> int:
    return next(int(mt.long_value) for mt in msg.payload.metrics if mt.name == "bdSeq")


def check_seq(msgs: list[Msg]) -> None:
    """From each NBIRTH on, seq runs 0, 1, ... 255, 0 with no gap (NDEATH carries none)."""
    expected: int | None = None
    for m in msgs:
        if m.kind not in ("NBIRTH", "NDEATH", "NDATA", "DBIRTH", "DDATA", "DDEATH"):
            continue  # commands and probes are not the node's
        if m.kind == "NBIRTH":
            assert m.payload.seq == 0
            expected = 1
        elif m.kind == "NDEATH":
            assert not m.payload.HasField("seq")
            expected = None
        elif expected is not None:
            assert m.payload.seq == expected, f"{m.topic}: seq {m.payload.seq}, expected {expected}"
            expected = (expected + 1) % 256


def dcmd(metrics: list[tuple[str | int, int, Any]]) -> bytes:
    p = spb.Payload()
    p.timestamp = int(time.time() * 1000)
    for key, datatype, value in metrics:
        mt = p.metrics.add()
        if isinstance(key, str):
            mt.name = key
        else:
            mt.alias = key
        mt.datatype = datatype
        if datatype == spb.Boolean:
            mt.boolean_value = bool(value)
        else:
            mt.int_value = int(value)
    return bytes(p.SerializeToString())


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, aiomqtt.MqttError):
        await task


def run(coro: Any, timeout: float = 240) -> Any:
    return asyncio.run(asyncio.wait_for(coro, timeout))


def test_births_ddata_aliases_seq_wrap_commands_rebirth_camera_drop_and_death(mosquitto: int) -> None:
    async def scenario() -> None:
        async with camera_hub(virtual_points=(3,)) as (emu, hub), \
                aiomqtt.Client("127.0.0.1", mosquitto, identifier="spb-observer") as client:
            obs = Observer(client)
            await client.subscribe("spBv1.0/#", qos=1)
            collector = asyncio.create_task(obs.collect())
            entry = await sparkplug.async_setup_entry(
                hub, {"port": mosquitto, "group_id": GROUP, "edge_node_id": NODE})
            try:
                await until(lambda: obs.of("DBIRTH", "cam1"), what="NBIRTH and DBIRTH")
                nbirth = obs.of("NBIRTH")[0]
                first_bd = bd_seq(nbirth)
                node_names = {mt.name for mt in nbirth.payload.metrics}
                assert {"bdSeq", "Node Control/Rebirth"} <= node_names
                for mt in obs.of("DBIRTH")[0].payload.metrics:
                    assert mt.name and mt.alias and mt.datatype  # every metric fully declared
                assert obs.of("DBIRTH")[0].topic == f"{NS}/DBIRTH/{NODE}/cam1"

                # 300 inspections: one DDATA each, aliases only, seq wrapping past 255.
                res = await hub.command("cam1", "trigger", {"count": 300})
                first = res.result["first_inspection"]

                def ids() -> list[int]:
                    out = []
                    for m in obs.of("DDATA", "cam1"):
                        v = obs.values(m)
                        if "Inspection/Id" in v:
                            out.append(int(v["Inspection/Id"]))
                    return out
                await until(lambda: len(ids()) >= 300, 60, "300 inspection DDATA")
                assert ids()[:300] == list(range(first, first + 300))
                all_aliases = [mt.alias for m in obs.of("DBIRTH", "cam1")[-1:] for mt in m.payload.metrics]
                assert len(all_aliases) == len(set(all_aliases))
                for m in obs.of("DDATA"):
                    for mt in m.payload.metrics:
                        assert not mt.name and mt.alias in obs.aliases["cam1"]
                inspected = [obs.values(m) for m in obs.of("DDATA", "cam1")
                             if "Inspection/Id" in obs.values(m)]
                assert all(v["Inspection/Datums/Inspection.Number"] == v["Inspection/Id"] for v in inspected)
                assert len(obs.msgs) > 256
                check_seq(obs.msgs)

                # DCMD by name and by alias: trigger, and a configured virtual point.
                await client.publish(f"{NS}/DCMD/{NODE}/cam1", dcmd([("Commands/Trigger", spb.Boolean, True)]))
                await until(lambda: first + 300 in ids(), 10, "DCMD trigger's inspection")
                alias = {n: a for a, n in obs.aliases["cam1"].items()}["Virtual/3"]
                await client.publish(f"{NS}/DCMD/{NODE}/cam1", dcmd([(alias, spb.Boolean, True)]))
                await until(lambda: any(obs.values(m).get("Virtual/3") is True
                                        for m in obs.of("DDATA", "cam1")), 10, "Virtual/3 on")
                await until(lambda: any(obs.values(m).get("Commands/Last Result") == "trigger: ok"
                                        for m in obs.of("DDATA", "cam1")), 10, "command reply")
                # A read-only metric is refused, nothing runs.
                await client.publish(f"{NS}/DCMD/{NODE}/cam1", dcmd([("Counters/Passed", spb.UInt64, 5)]))
                await until(lambda: sparkplug.diagnostics(entry)["refused"] >= 1, 10, "refusal")

                # Rebirth on NCMD: NBIRTH seq 0 with the same bdSeq, then DBIRTH.
                births = len(obs.of("NBIRTH"))
                await client.publish(f"{NS}/NCMD/{NODE}", dcmd([("Node Control/Rebirth", spb.Boolean, True)]))

                def after(kind: str, than: Msg) -> bool:
                    return any(obs.msgs.index(m) > obs.msgs.index(than) for m in obs.of(kind, "cam1"))
                await until(lambda: len(obs.of("NBIRTH")) > births, 10, "NBIRTH on rebirth")
                await until(lambda: after("DBIRTH", obs.of("NBIRTH")[-1]), 10, "DBIRTH on rebirth")
                assert bd_seq(obs.of("NBIRTH")[-1]) == first_bd
                check_seq(obs.msgs)

                # Camera drop: DDEATH, then DBIRTH when the hub has it back.
                emu.cameras[0].stall(1.0)
                emu.cameras[0].drop_connections()
                await until(lambda: obs.of("DDEATH", "cam1"), 20, "DDEATH on camera drop")
                await until(lambda: after("DBIRTH", obs.of("DDEATH", "cam1")[-1]), 30, "DBIRTH on restore")
                check_seq(obs.msgs)

                # The will: the node's connection dies without DISCONNECT -> the broker sends
                # NDEATH with the session's bdSeq; the next session births with bdSeq + 1.
                assert entry._client is not None
                # The node's own TCP connection, cut under paho.
                entry._client._client.socket().shutdown(socket.SHUT_RDWR)  # type: ignore[union-attr]
                await until(lambda: obs.of("NDEATH"), 20, "NDEATH will")
                assert bd_seq(obs.of("NDEATH")[-1]) == first_bd
                await until(lambda: bd_seq(obs.of("NBIRTH")[-1]) == (first_bd + 1) % 256, 20, "new session")
                check_seq(obs.msgs)
            finally:
                deaths = len(obs.of("NDEATH"))
                await sparkplug.async_unload_entry(entry)
            # A clean unload publishes NDEATH itself (the will is not sent on DISCONNECT).
            await until(lambda: len(obs.of("NDEATH")) > deaths, 10, "NDEATH on unload")
            assert bd_seq(obs.of("NDEATH")[-1]) == bd_seq(obs.of("NBIRTH")[-1])
            diag = sparkplug.diagnostics(entry)
            assert diag["config"]["password"] is None and diag["sessions"] == 2
            await stop(collector)
    run(scenario())


def test_waits_for_primary_host_state(mosquitto: int) -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub), \
                aiomqtt.Client("127.0.0.1", mosquitto, identifier="spb-host") as client:
            obs = Observer(client)
            await client.subscribe("spBv1.0/#", qos=1)
            collector = asyncio.create_task(obs.collect())
            entry = await sparkplug.async_setup_entry(
                hub, {"port": mosquitto, "group_id": GROUP, "edge_node_id": NODE,
                      "primary_host_id": "scada1", "password": "secret", "username": "node"})
            try:
                await entry.wait_connected()
                # A round trip through the broker: anything the node had published is in.
                await client.publish(f"{NS}/probe", b"")
                await until(lambda: obs.of("probe"), 5, "probe")
                assert not obs.of("NBIRTH") and not entry.node.born
                state = "spBv1.0/STATE/scada1"
                await client.publish(state, json.dumps({"online": True, "timestamp": 1}), qos=1, retain=True)
                await until(lambda: obs.of("DBIRTH", "cam1"), 10, "births after STATE online")
                bd = bd_seq(obs.of("NBIRTH")[0])
                # Host offline: the node ends the session with NDEATH, and births again only
                # when the host is back, with the next bdSeq.
                await client.publish(state, json.dumps({"online": False, "timestamp": 2}), qos=1, retain=True)
                await until(lambda: obs.of("NDEATH"), 10, "NDEATH when the host goes offline")
                assert bd_seq(obs.of("NDEATH")[0]) == bd
                await client.publish(state, json.dumps({"online": True, "timestamp": 3}), qos=1, retain=True)
                await until(lambda: len(obs.of("NBIRTH")) == 2, 15, "births after the host is back")
                assert bd_seq(obs.of("NBIRTH")[1]) == (bd + 1) % 256
                assert sparkplug.diagnostics(entry)["config"]["password"] == "**REDACTED**"
                check_seq(obs.msgs)
                await client.publish(state, b"", retain=True)  # clear the retained STATE
            finally:
                await sparkplug.async_unload_entry(entry)
                await stop(collector)
    run(scenario())


def _more(obs: Observer, kind: str, than: int) -> Callable[[], bool]:
    return lambda: len(obs.of(kind)) > than


def test_bd_seq_continues_across_restarts(mosquitto: int, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with camera_hub() as (_, hub), \
                aiomqtt.Client("127.0.0.1", mosquitto, identifier="spb-restart") as client:
            obs = Observer(client)
            await client.subscribe("spBv1.0/#", qos=1)
            collector = asyncio.create_task(obs.collect())
            config = {"port": mosquitto, "group_id": GROUP, "edge_node_id": NODE,
                      "state_dir": str(tmp_path)}
            seen: list[int] = []
            for run_no in range(3):
                entry = await sparkplug.async_setup_entry(hub, config)
                await until(_more(obs, "NBIRTH", run_no), 10, "NBIRTH")
                seen.append(bd_seq(obs.of("NBIRTH")[-1]))
                await sparkplug.async_unload_entry(entry)
                await until(_more(obs, "NDEATH", run_no), 10, "NDEATH")
                assert bd_seq(obs.of("NDEATH")[-1]) == seen[-1]
            assert seen == [0, 1, 2]
            await stop(collector)
    run(scenario())


def test_image_as_bytes_metric(mosquitto: int) -> None:
    async def scenario() -> None:
        async with camera_hub(image_interval=0.3) as (_, hub), \
                aiomqtt.Client("127.0.0.1", mosquitto, identifier="spb-image") as client:
            obs = Observer(client)
            await client.subscribe("spBv1.0/#", qos=1)
            collector = asyncio.create_task(obs.collect())
            entry = await sparkplug.async_setup_entry(
                hub, {"port": mosquitto, "group_id": GROUP, "edge_node_id": NODE, "images": True})
            try:
                await until(lambda: obs.of("DBIRTH", "cam1"), 10, "DBIRTH")
                declared = {mt.name: mt.datatype for mt in obs.of("DBIRTH", "cam1")[0].payload.metrics}
                assert declared["Image/PNG"] == spb.Bytes

                def png() -> bytes | None:
                    for m in obs.of("DDATA", "cam1"):
                        value = obs.values(m).get("Image/PNG")
                        if value:
                            return bytes(value)
                    return None
                await until(png, 20, "an image DDATA")
                data = png()
                assert data is not None and data.startswith(b"\x89PNG\r\n\x1a\n")
            finally:
                await sparkplug.async_unload_entry(entry)
                await stop(collector)
    run(scenario())
