"""SCADA benchmark: Modbus TCP handshakes, OPC UA ResultReady latency, Sparkplug B DDATA rate.

Each figure comes with a baseline measured in the same run: the protocol library's own loop
without the bridge (same host, same client library).

* ``modbus_handshakes``: full handshakes/s (trigger -> trigger ack -> completed toggle -> read
  results -> results ack) by a pymodbus client through the bridge (emulated camera -> hub ->
  Modbus unit). Baseline ``modbus_transactions_ceiling``: the same number of Modbus
  transactions per cycle as a handshake needs at least (4 writes, 5 reads) against a bare
  pymodbus server, in cycles/s.
* ``opcua_result_ready_p50/p99``: inspection (camera timestamp) -> asyncua client event
  callback, with the camera free-running at 100 inspections/s. Baseline: an asyncua server
  alone firing the same event type at 100/s (CreationTime -> callback).
* ``sparkplug_ddata``: DDATA messages/s received by a Mosquitto subscriber, one per
  inspection, with the camera triggered in bursts. Baseline ``sparkplug_raw_qos0``: aiomqtt
  publishing the same payloads (encoded once) QoS 0 through the same broker.
  ``hub_inspection_events``: for context, the inspection events/s the hub itself delivers from
  the same emulated camera with no integration (the ceiling for every integration's rate).

Run: ``.venv/bin/python benchmarks/scada.py [--quick]``. Prints a table, then as the last line
one JSON object ``{"name": "scada", "results": [{name, value, unit, baseline, ratio}]}``.
The emulator runs in this process (the figures include its cost).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiomqtt
from asyncua import ua
from asyncua.client.client import Client
from asyncua.server.server import Server
from asyncua.ua.object_ids import ObjectIds
from pymodbus.client import AsyncModbusTcpClient
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType as SimType
from pymodbus.simulator import SimData, SimDevice

from vs1kit.emulator import Emulator
from vs1kit.generated.registry import PORTS
from vs1kit.hub import CameraConfig, Hub, InspectionEvent
from vs1kit.integrations import modbus, opcua, sparkplug
from vs1kit.integrations.modbus.plc import HandshakePlc
from vs1kit.integrations.opcua import model as opcua_model
from vs1kit.integrations.sparkplug.payload import DataType, Payload, set_value

FREE_PORTS = {n: 0 for p in PORTS.values() for n in p.numbers}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_map(cam: Any) -> dict[int, int]:
    out: dict[int, int] = {}
    for pid, spec in PORTS.items():
        for i, n in enumerate(spec.numbers):
            with contextlib.suppress(KeyError, IndexError):
                if real := cam.port(pid, i):
                    out[n] = real
    return out


@contextlib.asynccontextmanager
async def camera_hub(**emulator: Any) -> AsyncIterator[Hub]:
    emu = Emulator(port_map=dict(FREE_PORTS), announce_interval=0, standard_ports=False, **emulator)
    await emu.start()
    try:
        c = emu.cameras[0]
        hub = Hub([CameraConfig("cam1", c.host, port_map=port_map(c), password="admin",
                                datums=("Inspection.Number", "Blob1.Count"), poll_interval=0.5)])
        await hub.start()
        try:
            await hub.wait_available(20)
            yield hub
        finally:
            await hub.stop()
    finally:
        await emu.stop()


def row(name: str, value: float, unit: str, baseline: float | None) -> dict[str, Any]:
    ratio = round(value / baseline, 3) if baseline else None
    return {"name": name, "value": round(value, 3), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 3), "ratio": ratio}


# -- Modbus --------------------------------------------------------------------------------------

async def modbus_bridge(cycles: int) -> float:
    async with camera_hub() as hub:
        port = free_port()
        entry = await modbus.async_setup_entry(hub, {"port": port, "results": [
            {"datum": "Inspection.Number", "type": "u32"}]})
        try:
            client = AsyncModbusTcpClient("127.0.0.1", port=port)
            await client.connect()
            plc = HandshakePlc(client, poll=0)
            await plc.enable()
            await plc.cycle(2)  # warm-up
            t0 = time.perf_counter()
            last = None
            for _ in range(cycles):
                res = await plc.cycle(2)
                assert last is None or res.inspection_id == last + 1, "skipped inspection"
                last = res.inspection_id
            elapsed = time.perf_counter() - t0
            client.close()
            return cycles / elapsed
        finally:
            await modbus.async_unload_entry(entry)


async def modbus_ceiling(cycles: int) -> float:
    port = free_port()
    blocks = ([SimData(0, count=16, values=False, datatype=SimType.BITS)],
              [SimData(0, count=16, values=False, datatype=SimType.BITS)],
              [SimData(0, count=2, values=0, datatype=SimType.REGISTERS)],
              [SimData(0, count=200, values=0, datatype=SimType.REGISTERS)])
    server = ModbusTcpServer([SimDevice(1, simdata=blocks)], address=("127.0.0.1", port))
    task = asyncio.create_task(server.serve_forever())
    while not server.is_active():
        await asyncio.sleep(0.01)
    try:
        client = AsyncModbusTcpClient("127.0.0.1", port=port)
        await client.connect()
        t0 = time.perf_counter()
        for _ in range(cycles):
            await client.read_discrete_inputs(0, count=11, device_id=1)
            await client.write_coil(1, True, device_id=1)
            await client.read_discrete_inputs(0, count=11, device_id=1)
            await client.write_coil(1, False, device_id=1)
            await client.read_discrete_inputs(0, count=11, device_id=1)
            await client.read_input_registers(0, count=20, device_id=1)
            await client.write_coil(2, True, device_id=1)
            await client.read_discrete_inputs(0, count=11, device_id=1)
            await client.write_coil(2, False, device_id=1)
        elapsed = time.perf_counter() - t0
        client.close()
        return cycles / elapsed
    finally:
        await server.shutdown()  # type: ignore[no-untyped-call]
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task


# -- OPC UA --------------------------------------------------------------------------------------

class _Latency:
    def __init__(self) -> None:
        self.ms: list[float] = []

    def event_notification(self, event: Any) -> None:
        created = event.CreationTime
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        self.ms.append((datetime.now(UTC) - created).total_seconds() * 1000)


def _pcts(ms: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(ms, n=100)
    return q[49], q[98]


async def opcua_bridge(events: int) -> tuple[float, float]:
    async with camera_hub(free_run_hz=100.0) as hub:
        port = free_port()
        entry = await opcua.async_setup_entry(hub, {"port": port})
        try:
            async with Client(f"opc.tcp://127.0.0.1:{port}/vs1kit/") as client:
                idx = await client.get_namespace_index(opcua_model.NAMESPACE)
                cam = await client.nodes.objects.get_child([f"{idx}:VisionSystems", f"{idx}:cam1"])
                etype = await client.nodes.base_event_type.get_child(f"{idx}:ResultReadyEventType")
                lat = _Latency()
                sub = await client.create_subscription(0, lat)
                await sub.subscribe_events(cam, etype, queuesize=1000)
                deadline = time.monotonic() + events / 100 * 3 + 10
                while len(lat.ms) < events + 20 and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                await sub.delete()
                return _pcts(lat.ms[20:events + 20])  # the first ones include subscription start
        finally:
            await opcua.async_unload_entry(entry)


async def opcua_baseline(events: int) -> tuple[float, float]:
    server = Server()
    await server.init()
    port = free_port()
    server.set_endpoint(f"opc.tcp://127.0.0.1:{port}/base/")
    idx = await server.register_namespace("urn:bench")
    etype = await server.create_custom_event_type(idx, "ResultReadyEventType", ObjectIds.BaseEventType, [
        ("ResultId", ua.VariantType.String), ("CreationTime", ua.VariantType.DateTime),
        ("ResultContent", ua.VariantType.String)])
    obj = await server.nodes.objects.add_object(idx, "cam")
    gen = await server.get_event_generator(etype, obj.nodeid)
    async with server, Client(f"opc.tcp://127.0.0.1:{port}/base/") as client:
        lat = _Latency()
        sub = await client.create_subscription(0, lat)
        cobj = await client.nodes.objects.get_child(f"{idx}:cam")
        cetype = await client.nodes.base_event_type.get_child(f"{idx}:ResultReadyEventType")
        await sub.subscribe_events(cobj, cetype, queuesize=1000)
        start = time.monotonic()
        for i in range(events + 20):
            await asyncio.sleep(max(0.0, start + i / 100 - time.monotonic()))
            gen.event.ResultId = f"x:{i}"
            gen.event.CreationTime = datetime.now(UTC)
            gen.event.ResultContent = json.dumps({"inspection": i, "datums": {"a": 1}})
            await gen.trigger()
        deadline = time.monotonic() + 10
        while len(lat.ms) < events + 20 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        await sub.delete()
        return _pcts(lat.ms[20:events + 20])


# -- Sparkplug -----------------------------------------------------------------------------------

@contextlib.contextmanager
def mosquitto() -> Any:
    binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
    if not Path(binary).exists():
        raise SystemExit("the Sparkplug benchmark needs mosquitto (apt-get install mosquitto)")
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        conf = Path(tmp) / "m.conf"
        conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n"
                        "max_queued_messages 100000\n")
        proc = subprocess.Popen([binary, "-c", str(conf)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.05)
            yield port
        finally:
            proc.terminate()
            proc.wait(5)


async def _count(port: int, topic: str, n: int, ready: asyncio.Event, done: list[float]) -> None:
    async with aiomqtt.Client("127.0.0.1", port, identifier=f"bench-sub-{time.time_ns()}",
                              max_queued_incoming_messages=0) as sub:
        await sub.subscribe(topic, qos=0)
        ready.set()
        got = 0
        async for _ in sub.messages:
            got += 1
            if got == 1:
                done.append(time.perf_counter())
            if got >= n:
                done.append(time.perf_counter())
                return


async def sparkplug_bridge(port: int, n: int) -> float:
    async with camera_hub() as hub:
        entry = await sparkplug.async_setup_entry(hub, {"port": port, "group_id": "bench",
                                                       "edge_node_id": "node"})
        try:
            await entry.wait_connected()
            await hub.command("cam1", "trigger", {"count": 1})  # first DDATA declares the datums
            ready, times = asyncio.Event(), list[float]()
            counter = asyncio.create_task(_count(port, "spBv1.0/bench/DDATA/node/cam1", n, ready, times))
            await ready.wait()
            remaining = n
            while remaining > 0:
                count = min(1000, remaining)
                res = await hub.command("cam1", "trigger", {"count": count})
                assert res.ok, res.reason
                remaining -= count
            await asyncio.wait_for(counter, 120)
            return float((n - 1) / (times[1] - times[0]))
        finally:
            await sparkplug.async_unload_entry(entry)


async def hub_inspections(n: int) -> float:
    """Inspection events/s out of the hub with no integration: what any integration can get."""
    async with camera_hub() as hub:
        times: list[float] = []
        done = asyncio.Event()

        def listener(event: Any) -> None:
            if isinstance(event, InspectionEvent):
                times.append(time.perf_counter())
                if len(times) >= n:
                    done.set()
        hub.add_listener(listener)
        remaining = n
        while remaining > 0:
            count = min(1000, remaining)
            assert (await hub.command("cam1", "trigger", {"count": count})).ok
            remaining -= count
        await asyncio.wait_for(done.wait(), 120)
        return float((n - 1) / (times[n - 1] - times[0]))


async def sparkplug_baseline(port: int, n: int) -> float:
    # A DDATA like the bridge's per inspection: id, passed, timestamp, backfilled, two datums.
    p: Any = Payload()
    p.timestamp = int(time.time() * 1000)
    for alias, (dt, value) in enumerate([(DataType.UINT64, 1), (DataType.BOOLEAN, True),
                                         (DataType.DATETIME, 1), (DataType.BOOLEAN, False),
                                         (DataType.INT64, 1), (DataType.INT64, 3)], start=20):
        m = p.metrics.add()
        m.alias, m.datatype, m.timestamp = alias, int(dt), p.timestamp
        set_value(m, dt, value)
    payload = bytes(p.SerializeToString())
    ready, times = asyncio.Event(), list[float]()
    counter = asyncio.create_task(_count(port, "spBv1.0/bench/DDATA/raw/cam1", n, ready, times))
    await ready.wait()
    async with aiomqtt.Client("127.0.0.1", port, identifier="bench-raw-pub") as pub:
        for _ in range(n):
            await pub.publish("spBv1.0/bench/DDATA/raw/cam1", payload, qos=0)
        await asyncio.wait_for(counter, 120)
    return float((n - 1) / (times[1] - times[0]))


async def main(quick: bool) -> list[dict[str, Any]]:
    cycles = 200 if quick else 1000
    events = 200 if quick else 1000
    ddata = 2000 if quick else 10000
    results = []
    base = await modbus_ceiling(cycles)
    results.append(row("modbus_transactions_ceiling", base, "cycles/s", None))
    results.append(row("modbus_handshakes", await modbus_bridge(cycles), "handshakes/s", base))
    b50, b99 = await opcua_baseline(events)
    p50, p99 = await opcua_bridge(events)
    results.append(row("opcua_result_ready_p50_at_100", p50, "ms", b50))
    results.append(row("opcua_result_ready_p99_at_100", p99, "ms", b99))
    with mosquitto() as port:
        raw = await sparkplug_baseline(port, ddata)
        results.append(row("sparkplug_raw_qos0", raw, "msg/s", None))
        results.append(row("sparkplug_ddata", await sparkplug_bridge(port, ddata), "msg/s", raw))
    results.append(row("hub_inspection_events", await hub_inspections(ddata), "events/s", None))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer cycles/events/messages")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    rows = asyncio.run(main(args.quick))
    for r in rows:
        base = "" if r["baseline"] is None else f"  baseline {r['baseline']:>10} ratio {r['ratio']}"
        print(f"{r['name']:<34} {r['value']:>10} {r['unit']:<13}{base}", file=sys.stderr)
    print(json.dumps({"name": "scada", "results": rows}))
