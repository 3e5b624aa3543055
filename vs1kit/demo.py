"""The demo flow behind ``vs1 demo``: the main job, no camera or outside server needed.

1. generates every artefact from the spec (what `vs1 codegen` does) and lists them;
2. starts an emulated VS-1 camera on loopback (free ports) and drives it with the client:
   identity and status, login and control, the job list, a software-triggered run with a
   lossless report, a picture saved as PNG, PartQ, IO and a serial output line;
3. writes a synthetic capture of every message of every port for Wireshark;
4. runs the bridge: emulated cameras free-running, an embedded MQTT broker (amqtt; ``--mqtt URL``
   uses a real one instead), ``vs1 bridge`` publishing every inspection, state, availability and
   Home Assistant discovery, and a live view of what a subscriber sees (topics, rates, the last
   inspection per camera, the replies to two commands: one allowed, one refused).

``--no-tour`` skips 1-3 (straight to the bridge), ``--no-bridge`` skips 4, ``--bridge-seconds 0``
runs the bridge until Ctrl-C.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import aiomqtt
from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from vs1kit import resources
from vs1kit.codegen.generate import generate

__all__ = ["DEMO_DATUMS", "run_demo"]


def _codegen(console: Console, out_dir: Path) -> None:
    # In a checkout the generated files are the checkout's own; an installed package is not
    # rewritten, its artefacts go next to the demo's other output.
    root = resources.checkout_root() or out_dir / "generated"
    result = generate(resources.spec_dir(), root)
    from vs1kit.generated.registry import PORTS

    table = Table(title="1. The spec: every port of the VS-1 (protocol_spec/)")
    for col in ("port", "transport", "number(s)", "framing", "messages / commands"):
        table.add_column(col)
    for port in PORTS.values():
        what = [m.SPEC_ID for m in port.messages] or [c.name for c in port.commands] or [p.path for p in port.pages]
        table.add_row(port.name, port.transport.upper(), ", ".join(map(str, port.numbers)), port.framing,
                      ", ".join(what))
    console.print(table)
    produced = Table(title="Generated from it by `vs1 codegen`")
    produced.add_column("emitter")
    produced.add_column("files")
    for name, files in result.by_emitter.items():
        shown = files if len(files) <= 6 else [*files[:5], f"... and {len(files) - 5} more"]
        produced.add_row(name, "\n".join(shown))
    console.print(produced)
    console.print(f"{len(result.written)} file(s) written, {len(result.unchanged)} already up to date.\n")


async def _camera_session(console: Console, out: Path, inspections: int) -> None:
    from vs1kit.client import Camera
    from vs1kit.emulator import Emulator
    from vs1kit.generated import enums
    from vs1kit.generated.registry import PORTS

    free = {n: 0 for p in PORTS.values() for n in p.numbers}
    async with Emulator(port_map=free, announce_interval=0) as emu:
        cam_server = emu.cameras[0]
        ports = {n: cam_server.port(pid, i) for pid, p in PORTS.items() for i, n in enumerate(p.numbers)}
        console.print(f"2. Emulated camera on {cam_server.host}: RPC {cam_server.port('rpc', 0)}, "
                      f"reports {cam_server.port('reports', 0)}, FTP {cam_server.port('ftp', 0)}, "
                      f"web {cam_server.port('http', 0)} (free ports; `vs1 emulate` uses the real ones)")
        async with Camera(cam_server.host, port_map=ports, password="admin", client_name="vs1 demo") as cam:
            info = await cam.get_info()
            status = await cam.get_status()
            console.print(f"   {info.model} serial {info.serial}, firmware {info.firmware_version}, MAC {info.mac}")
            console.print(f"   state {enums.CameraState(status.state).name.lower()}, job '{status.job_name}' "
                          f"(slot {status.job_slot}), {status.inspections} inspections so far")
            await cam.gain_control()
            console.print(f"   logged in, in control (session {cam.session})")
            jobs = await cam.list_jobs()
            console.print("   jobs: " + ", ".join(f"{j.slot}:{j.name}" for j in jobs.jobs))

            report = await cam.open_report(["Blob1.Count", "Blob1.Area", "Inspection.Passed"])
            await cam.set_trigger(trigger_mode=enums.TriggerMode.SOFTWARE)
            await cam.start()
            serial = await cam.serial(1)
            await cam.trigger(count=inspections)
            table = Table(title=f"Lossless report: {inspections} triggered inspections, in order, exactly once")
            for col in ("inspection", "passed", *report.paths):
                table.add_column(col)
            paths = {d.datum_id: d.path for d in report.datums}
            got = 0
            async for rec in report.records():
                values = {paths.get(d.datum_id, str(d.datum_id)): d.value for d in rec.datums}
                table.add_row(str(rec.inspection), "yes" if rec.flags & enums.RecordFlags.PASSED else "no",
                              *(f"{values.get(p, ''):.1f}" if isinstance(values.get(p), float) else str(values.get(p, ""))
                                for p in report.paths))
                got += 1
                if got == inspections:
                    break
            console.print(table)
            line = await asyncio.wait_for(serial.__anext__(), 5)
            console.print(f"   serial port 1 (formatted output): {line!r}")
            await serial.aclose()

            image = await cam.snap()
            out.mkdir(parents=True, exist_ok=True)
            png = out / "demo-snap.png"
            image.save_png(png)
            console.print(f"   picture {image.image_id}: {image.width}x{image.height} {image.pixel_format.name.lower()}, "
                          f"mean {float(image.array.mean()):.1f}, saved to {png}")
            partq = await cam.partq_info()
            console.print(f"   PartQ: {partq.count} of {partq.depth} records, inspections {partq.oldest}..{partq.newest}")
            points = await cam.list_points()
            kinds = {k: sum(1 for p in points.points if p.kind == k) for k in enums.IoKind}
            console.print("   IO: " + ", ".join(f"{n} {k.name.lower().replace('_', ' ')}" for k, n in kinds.items()))
            await cam.stop()
            await report.aclose()


# --- 4. The bridge: cameras -> MQTT (-> Home Assistant) -------------------------------------

DEMO_DATUMS = ("Blob1.Count", "Blob1.Area")


@dataclass
class _Published:
    """What a subscriber to the bridge's topics and its Home Assistant discovery sees."""

    base: str
    discovery_prefix: str
    started: float = field(default_factory=time.monotonic)
    per_topic: Counter[str] = field(default_factory=Counter)
    last_payload: dict[str, str] = field(default_factory=dict)
    discovery: Counter[str] = field(default_factory=Counter)
    last_inspection: dict[str, dict[str, Any]] = field(default_factory=dict)
    responses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, topic: str, payload: bytes) -> None:
        parts = topic.split("/")
        if parts[0] == self.discovery_prefix:
            # homeassistant/<platform>/<node>/<key>/config: one entity per retained config.
            if len(parts) >= 4 and parts[-1] == "config" and parts[2].startswith("vs1") and payload:
                self.discovery[parts[1]] += 1
            return
        self.per_topic[topic] += 1
        text = payload.decode("utf-8", "replace")
        self.last_payload[topic] = text
        if parts[-1] in ("inspection", "response"):
            with contextlib.suppress(ValueError):
                body = json.loads(text)
                if parts[-1] == "inspection":
                    self.last_inspection[str(body["camera"])] = body
                else:
                    self.responses.append(body)

    def render(self, title: str) -> Table:
        secs = max(time.monotonic() - self.started, 1e-6)
        table = Table(title=title, title_justify="left")
        for col in ("topic", "messages", "rate /s", "last payload"):
            table.add_column(col, overflow="ellipsis", no_wrap=col == "last payload")
        for topic in sorted(self.per_topic):
            last = self.last_payload[topic]
            if topic.endswith("/image"):
                last = f"<{len(last)} byte PNG>"
            table.add_row(topic, str(self.per_topic[topic]), f"{self.per_topic[topic] / secs:.1f}",
                          last[:90] + ("..." if len(last) > 90 else ""))
        if self.discovery:
            table.add_row(f"{self.discovery_prefix}/... (discovery)", str(sum(self.discovery.values())), "",
                          ", ".join(f"{n} {p}" for p, n in sorted(self.discovery.items())))
        return table

    def cameras_line(self) -> str:
        return "; ".join(f"{cam}: #{m['inspection']} {m['result']} "
                         + " ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}"
                                    for k, v in (m.get("datums") or {}).items())
                         for cam, m in sorted(self.last_inspection.items()))


async def _subscribe(host: str, port: int, seen: _Published, commands: list[tuple[str, dict[str, Any]]]) -> None:
    """A plain MQTT subscriber (what a plant system would be), plus a couple of commands through
    the request topic once the cameras publish, to show the allow-list answering."""
    async with aiomqtt.Client(host, port, identifier=f"vs1kit-demo-viewer-{os.getpid()}") as client:
        await client.subscribe(f"{seen.base}/#", qos=1)
        await client.subscribe(f"{seen.discovery_prefix}/#", qos=0)
        sent = False
        async for msg in client.messages:
            payload = msg.payload if isinstance(msg.payload, bytes) else str(msg.payload).encode()
            seen.add(str(msg.topic), payload)
            if not sent and seen.last_inspection:
                sent = True
                for cam, body in commands:
                    await client.publish(f"{seen.base}/{cam}/request", json.dumps(body), qos=1)


async def _bridge_phase(console: Console, seconds: float, cameras: int, rate: float, mqtt_url: str | None,
                        state_dir: Path) -> _Published:
    from vs1kit.bridge.embedded import embedded_broker, run_with_embedded_broker
    from vs1kit.emulator import Emulator
    from vs1kit.generated.registry import PORTS
    from vs1kit.hub import CameraConfig

    free = {n: 0 for p in PORTS.values() for n in p.numbers}
    async with contextlib.AsyncExitStack() as stack:
        emu = await stack.enter_async_context(
            Emulator(cameras=cameras, port_map=free, announce_interval=0, free_run_hz=rate))
        configs = []
        for i, server in enumerate(emu.cameras):
            # Spec number -> the free port the emulated camera bound, found through the registry.
            port_map = {n: server.port(pid, j) for pid, p in PORTS.items() for j, n in enumerate(p.numbers)
                        if server.port(pid, j)}
            configs.append(CameraConfig(f"line{i + 1}", server.host, port_map=port_map, password="admin",
                                        datums=DEMO_DATUMS, outputs={"reject": 10}, virtual_points=(0, 1)))
        if mqtt_url:
            url = urlparse(mqtt_url)
            host, port, where = url.hostname or "127.0.0.1", url.port or 1883, mqtt_url
        else:
            host, port = "127.0.0.1", await stack.enter_async_context(embedded_broker())
            where = f"an embedded MQTT broker (amqtt) on mqtt://{host}:{port}"
        console.print(f"4. The bridge: {cameras} emulated camera(s) free-running at {rate:g} inspection(s)/s "
                      f"-> `vs1 bridge` -> {where}")
        console.print(f"   watch it yourself: mosquitto_sub -h {host} -p {port} -t 'vs1/#' -v   "
                      "(Home Assistant finds the cameras through MQTT discovery)")
        seen = _Published(base="vs1", discovery_prefix="homeassistant")
        # One allowed command and one the allow-list refuses: every command gets a reply.
        # Points: 0-7 physical inputs, 8-15 physical outputs (10 is named "reject" above).
        commands = [("line1", {"id": "demo-1", "command": "write_output", "point": "reject", "state": True}),
                    ("line1", {"id": "demo-2", "command": "write_output", "point": 7, "state": True})]
        viewer = asyncio.create_task(_subscribe(host, port, seen, commands))
        title = f"Published on {mqtt_url or f'mqtt://{host}:{port}'}"
        live: Live | None = None
        if console.is_terminal:
            live = Live(seen.render(title), console=console, refresh_per_second=4)
            live.start()

        def show(line: str) -> None:
            # run_with_embedded_broker's own summary: "publishing: <kind> n (rate/s) ... | last: ..."
            if live is not None:
                live.update(Group(seen.render(title), Text(line),
                                  Text(f"last inspection per camera: {seen.cameras_line() or '-'}")))
            else:
                console.print(line, soft_wrap=True)

        try:
            await run_with_embedded_broker(configs, state_dir=state_dir, seconds=seconds,
                                           mqtt_url=f"mqtt://{host}:{port}", show=show)
        finally:
            if live is not None:
                live.stop()
            viewer.cancel()
            await asyncio.gather(viewer, return_exceptions=True)
        if live is None:
            console.print(seen.render(title))
        console.print(f"   last inspection per camera: {seen.cameras_line() or '-'}")
        for reply in seen.responses:
            console.print(f"   command {reply.get('id')} {reply.get('command')}: {reply.get('status')}"
                          + (f" ({reply['reason']})" if reply.get("reason") else ""))
        sample = next(iter(seen.last_inspection.values()), None)
        if sample is not None:
            console.print(f"   an inspection message (QoS 1, idempotency key `key`): {json.dumps(sample)}")
        return seen


def run_demo(out_dir: Path, inspections: int, console: Console | None = None, *, tour: bool = True,
             bridge: bool = True, bridge_seconds: float = 15.0, cameras: int = 2, rate: float = 5.0,
             mqtt_url: str | None = None) -> None:
    """The codegen/client/capture tour (unless ``tour`` is false), then (unless ``bridge`` is false) the bridge for
    ``bridge_seconds`` (0: until Ctrl-C) against an embedded broker or ``mqtt_url``."""
    console = console or Console()
    # The emulator logs every client's coming and going; the demo tells its own story.
    logging.getLogger("vs1kit.emulator").setLevel(logging.ERROR)
    # amqtt warns about a PUBACK it already matched when clients disconnect; nothing is lost.
    logging.getLogger("amqtt.mqtt.protocol.handler").setLevel(logging.ERROR)
    if tour:
        _codegen(console, out_dir)
        asyncio.run(_camera_session(console, out_dir, inspections))
        from vs1kit.pcap.synth import write_sample_capture

        pcap = out_dir / "demo.pcap"
        pdus = write_sample_capture(pcap)
        console.print(f"3. Synthetic capture of every message of every port ({len(pdus)} PDUs): {pcap} "
                      "(open it in Wireshark after `vs1 wireshark install`)")
    if not bridge:
        return
    # A fresh outbox each run: the emulated cameras count their inspections from 1 again.
    with tempfile.TemporaryDirectory(prefix="vs1-demo-bridge-") as state, contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_bridge_phase(console, bridge_seconds or math.inf, cameras, rate, mqtt_url, Path(state)))
    console.print("   next: `vs1 bridge init bridge.yaml` writes a config for your own cameras and broker; "
                  "integrations/README.md has MQTT, Home Assistant, Modbus, OPC UA and Sparkplug B.")
