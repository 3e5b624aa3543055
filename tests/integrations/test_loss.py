"""Loss tests: 1,000 inspections at 50/s from the emulator through the bridge into a real
Mosquitto, while (a) the broker is stopped for 10 s, (b) the bridge is SIGKILLed and restarted,
(c) the camera connection is cut. A persistent-session subscriber must receive every inspection
id; a repeat is only ever the same idempotency key with the same payload; retained counters
never go backwards.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import aiomqtt
import yaml
from client.conftest import emulated, port_map_of

from vs1kit.bridge import Bridge, BridgeSettings
from vs1kit.bridge.schema import load_section
from vs1kit.client import Camera, ClientError
from vs1kit.generated import enums
from vs1kit.hub import CameraConfig
from vs1kit.integrations.mqtt import Config as MqttConfig

TOTAL = 1000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])

RATE_HZ = 50.0


@dataclass
class Subscriber:
    """A persistent-session (clean_session=False) QoS 1 subscriber that reconnects."""

    port: int
    ids: list[int] = field(default_factory=list)
    payloads: dict[str, bytes] = field(default_factory=dict)
    mismatched: list[str] = field(default_factory=list)
    counters: list[tuple[int, int]] = field(default_factory=list)  # (uptime, inspections)
    connected: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self) -> None:
        while True:
            try:
                async with aiomqtt.Client("127.0.0.1", self.port, identifier="loss-subscriber",
                                          clean_session=False, keepalive=5) as client:
                    await client.subscribe("vs1/+/inspection", qos=1)
                    await client.subscribe("vs1/+/state", qos=1)
                    self.connected.set()
                    async for msg in client.messages:
                        raw = msg.payload if isinstance(msg.payload, bytes) else str(msg.payload).encode()
                        if str(msg.topic).endswith("/inspection"):
                            body = json.loads(raw)
                            key = body["key"]
                            if key in self.payloads and self.payloads[key] != raw:
                                self.mismatched.append(key)
                            self.payloads[key] = raw
                            self.ids.append(int(body["inspection"]))
                        else:
                            state = json.loads(raw)
                            self.counters.append((state["uptime_s"], state["inspections"]))
            except aiomqtt.MqttError:
                self.connected.clear()
                await asyncio.sleep(0.2)


async def _until(predicate: Any, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"{what}: not reached within {timeout} s")
        await asyncio.sleep(0.05)


def _config(cam_host: str, port_map: dict[int, int], broker_port: int, state_dir: Path) -> dict[str, Any]:
    return {
        "bridge": {"id": "loss", "state_dir": str(state_dir)},
        "cameras": [{"id": "line1", "host": cam_host, "port_map": port_map, "datums": ["Blob1.Count"],
                     "poll_interval": 0.2}],
        "integrations": {"mqtt": {"host": "127.0.0.1", "port": broker_port, "keepalive": 2,
                                  "state_interval": 0.2, "discovery": False}},
    }


class Run:
    """The emulator camera, a controlling client that paces inspections, the subscriber."""

    def __init__(self, cam: Camera, sub: Subscriber) -> None:
        self.cam = cam
        self.sub = sub
        self.first = 0

    async def start_inspections(self) -> None:
        status = await self.cam.get_status()
        self.first = status.inspections + 1
        await self.cam.set_trigger(enums.TriggerMode.FREE_RUN, RATE_HZ, 0)

    async def inspections_run(self) -> int:
        return (await self.cam.get_status()).inspections - self.first + 1

    async def wait_run(self, count: int) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 120
        while True:
            try:
                if await self.inspections_run() >= count:
                    return
            except (ClientError, TimeoutError):
                pass  # the link is being cut by the test itself; the client reconnects
            assert loop.time() < deadline, "the camera did not reach the inspection count"
            await asyncio.sleep(0.05)

    async def finish(self) -> range:
        await self.wait_run(TOTAL)
        await self.cam.set_trigger(enums.TriggerMode.SOFTWARE, 0.0, 0)
        last = (await self.cam.get_status()).inspections
        expected = range(self.first, last + 1)
        await _until(lambda: set(expected) <= set(self.sub.ids), 60,
                     f"every one of {len(expected)} inspection ids at the subscriber")
        return expected

    def check(self, expected: range) -> dict[str, int]:
        got = [i for i in self.sub.ids if i in expected]
        assert set(got) == set(expected)
        assert not self.sub.mismatched, f"repeats with different payloads: {self.sub.mismatched[:5]}"
        for (up0, n0), (up1, n1) in zip(self.sub.counters, self.sub.counters[1:], strict=False):
            assert n1 >= n0 or up1 < up0, f"retained counter went backwards: {n0} -> {n1}"
        # A repeat is allowed only as the same key with the same bytes (checked above): the
        # idempotency rule. "received" counts distinct ids.
        return {"expected": len(expected), "received": len(set(got)), "duplicates": len(got) - len(set(got))}


@contextlib.asynccontextmanager
async def _setup(broker: Any) -> Any:
    async with emulated(partq_depth=5000) as emu:
        server = emu.cameras[0]
        sub = Subscriber(broker.port)
        sub_task = asyncio.create_task(sub.run())
        await asyncio.wait_for(sub.connected.wait(), 10)
        cam = Camera(server.host, port_map=port_map_of(server), password="admin")
        await cam.connect()
        await cam.gain_control("admin")
        try:
            yield emu, Run(cam, sub)
        finally:
            await cam.close()
            sub_task.cancel()
            await asyncio.gather(sub_task, return_exceptions=True)


def _in_process_bridge(emu: Any, broker: Any, state_dir: Path) -> Bridge:
    server = emu.cameras[0]
    cfg = _config(server.host, port_map_of(server), broker.port, state_dir)
    cam = load_section(CameraConfig, cfg["cameras"][0], "cameras[0]")
    mqtt = load_section(MqttConfig, cfg["integrations"]["mqtt"], "mqtt")
    return Bridge([cam], {"mqtt": mqtt}, BridgeSettings(id="loss", state_dir=str(state_dir)))


def test_broker_stopped_for_10_s(broker: Any, tmp_path: Path) -> None:
    async def scenario() -> dict[str, int]:
        async with _setup(broker) as (emu, run):
            bridge = _in_process_bridge(emu, broker, tmp_path / "state")
            await bridge.start()
            try:
                await bridge.hub.wait_available()
                await bridge.entries["mqtt"].wait_connected()
                started = asyncio.get_running_loop().time()
                states_before = len(run.sub.counters)
                await run.start_inspections()
                await run.wait_run(300)
                broker.stop()
                await asyncio.sleep(10)  # the outage itself: the broker is down for 10 s
                broker.start()
                expected = await run.finish()
                outbox = bridge.entries["mqtt"].outbox
                await _until(lambda: outbox.depth == 0, 30, "outbox drained")
                # The outage really held inspections back: they waited in the outbox.
                assert outbox.peak_depth >= 10 * RATE_HZ * 0.8, outbox.peak_depth
                # Retained state is bounded in rate (state_interval 0.2 s) and was not replayed
                # after the outage: at most one message per interval, never one per inspection.
                elapsed = asyncio.get_running_loop().time() - started
                states = len(run.sub.counters) - states_before
                assert states <= elapsed / 0.2 + 10, (states, elapsed)
                stats = {**run.check(expected), "peak_outbox": outbox.peak_depth, "state_messages": states,
                         "seconds": round(elapsed, 1)}
            finally:
                await bridge.stop()
            return stats

    stats = asyncio.run(asyncio.wait_for(scenario(), 240))
    print("broker stopped 10 s:", stats)
    assert stats["received"] == stats["expected"] >= TOTAL


def test_bridge_sigkilled_and_restarted(broker: Any, tmp_path: Path) -> None:
    async def scenario() -> dict[str, int]:
        async with _setup(broker) as (emu, run):
            server = emu.cameras[0]
            cfg = _config(server.host, port_map_of(server), broker.port, tmp_path / "state")
            metrics_port = _free_port()
            cfg["bridge"]["metrics_port"] = metrics_port
            path = tmp_path / "bridge.yaml"
            path.write_text(yaml.safe_dump(cfg))
            env = {**os.environ, "PYTHONUNBUFFERED": "1"}

            async def spawn() -> asyncio.subprocess.Process:
                return await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "vs1kit.bridge", "run", "-c", str(path), env=env,
                    stdout=asyncio.subprocess.DEVNULL, stderr=(tmp_path / "bridge.log").open("ab"))

            proc = await spawn()
            await _until(lambda: len(run.sub.counters) > 0, 30, "the bridge publishing state")
            await run.start_inspections()
            await _until(lambda: len(run.sub.ids) >= 200, 30, "inspections flowing")
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            await asyncio.sleep(2)  # inspections run while no bridge is there
            proc = await spawn()
            try:
                expected = await run.finish()
                # The restarted bridge took the outage's inspections from PartQ.
                async with aiohttp.ClientSession() as http, \
                        http.get(f"http://127.0.0.1:{metrics_port}/metrics") as resp:
                    text = await resp.text()
                backfilled = next(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                                  if line.startswith('vs1_bridge_inspections_backfilled_total{camera="line1"}'))
                assert backfilled >= 50, text
            finally:
                proc.send_signal(signal.SIGTERM)
                rc = await asyncio.wait_for(proc.wait(), 10)  # a clean stop within a few seconds
            assert rc == 0, (tmp_path / "bridge.log").read_text()[-3000:]
            return {**run.check(expected), "backfilled_after_restart": int(backfilled)}

    stats = asyncio.run(asyncio.wait_for(scenario(), 240))
    print("bridge SIGKILLed:", stats)
    assert stats["received"] == stats["expected"] >= TOTAL


def test_camera_connection_cut(broker: Any, tmp_path: Path) -> None:
    async def scenario() -> dict[str, int]:
        async with _setup(broker) as (emu, run):
            bridge = _in_process_bridge(emu, broker, tmp_path / "state")
            await bridge.start()
            try:
                await bridge.hub.wait_available()
                await bridge.entries["mqtt"].wait_connected()
                await run.start_inspections()
                await run.wait_run(300)
                cut = emu.cameras[0].drop_connections()
                assert cut > 0
                await run.wait_run(600)
                emu.cameras[0].drop_connections()
                expected = await run.finish()
                hub_stats = bridge.hub.stats()["line1"]
                # The cuts really happened and PartQ filled what the live link missed.
                assert bridge.hub.snapshots["line1"].available
            finally:
                await bridge.stop()
            return {**run.check(expected), **hub_stats}

    stats = asyncio.run(asyncio.wait_for(scenario(), 240))
    print("camera connection cut twice:", stats)
    assert stats["received"] == stats["expected"] >= TOTAL and stats["lost"] == 0
