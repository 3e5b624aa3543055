"""Client benchmark: live video, report records and drop detection, against the emulator.

The emulator runs in a child process (its own core and GIL); the client runs here.

* ``live_<w>x<h>``: live mono8 video taken through ``Camera.live()`` (frames decoded to numpy
  arrays without copies), MB/s and frames/s; baseline: a raw socket reading the same live
  stream with ``recv_into`` and no decoding at all.
* ``report_records``: records/s of a report without images, decoded end to end through
  ``Camera.open_report()`` (typed records out of the stream iterator); the emulator inspects
  back to back as fast as it can (lossy report, so the camera never waits for the client). Baseline: a raw socket on the same kind of report counting
  frames by their headers only.
* ``report_records_client_ceiling``: the same decoding path fed with captured report bytes
  (no socket, no emulator): what the client alone can take; baseline: header-only counting.
* ``drop_detect_closed``: latency from a forced drop (the camera closes every connection) to
  the client's Dropped event, over 50 drops (each followed by a reconnect); baseline: the 3 s
  the client may take. ``drop_detect_silent``: a camera that goes quiet (stall) is detected by
  the heartbeat watchdog; baseline: the monitor timeout the camera announced (the floor).

Run: ``.venv/bin/python benchmarks/client.py [--quick]``. Prints a table, then as the last
line one JSON object. Targets: live >= 250 MB/s; >= 20,000 records/s; drops detected < 3 s.

``--compare DIR [--pairs N]`` runs the whole benchmark (client and emulator) from this checkout
and from DIR (say a git worktree of an older commit, its ``vs1kit`` first on PYTHONPATH), each
run a process of its own, alternating ABBA for N pairs; it prints each metric's median for both,
the median of the per-pair ratios (this tree / DIR) and that ratio with each value first divided
by its own run's baseline ("norm": the load of the moment, which moves a value and its baseline
together, cancels out).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import abba

from vs1kit.client import Camera, Dropped, Restored
from vs1kit.generated import acquire, enums, frames, reports
from vs1kit.generated.client_api import PORT_OF
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import HEADER_SIZE, encode_frame

FREE = {n: 0 for p in PORTS.values() for n in p.numbers}
ACQUIRE = PORTS[PORT_OF[acquire.StartLive]].numbers[0]
REPORTS = PORTS[PORT_OF[reports.OpenReport]].numbers[0]
# Header-only frame counting (the baselines): the payload length is the header's last field.
_LENGTH = struct.Struct(frames.VS1_FRAME_HEADER.format[0] + frames.VS1_FRAME_HEADER.format[-1])
_LENGTH_AT = frames.VS1_FRAME_LENGTH_OFFSET


# ---------------------------------------------------------------------------- emulator child
async def _serve(live: tuple[int, int], free_run: float) -> None:
    import logging

    from vs1kit.emulator.emulator import Emulator

    logging.basicConfig(level=logging.CRITICAL)
    emu = Emulator(port_map=dict(FREE), announce_interval=0, standard_ports=False, live_size=live,
                   workdir=Path(tempfile.mkdtemp(prefix="vs1-client-bench-")))
    await emu.start()
    cam = emu.cameras[0]

    async def inspect_flat_out() -> None:
        # Keep the inspection queue topped up: the camera inspects back to back, as fast as
        # the emulator can (a free-run rate above that would only count overruns).
        while True:
            if cam.engine.pending < 2000:
                cam.engine.trigger(5000)
            await asyncio.sleep(0.005)

    burst = asyncio.create_task(inspect_flat_out()) if free_run else None
    print(json.dumps({"host": cam.host, "ports": cam.ports()}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    if burst is not None:
        burst.cancel()
    await emu.stop()


class Child:
    """The emulator in a child process; closing our end of its stdin stops it."""

    def __init__(self, live: tuple[int, int] = (640, 480), free_run: float = 0.0) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", f"{live[0]}x{live[1]}", str(free_run)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.host: str = info["host"]
        ports: dict[str, list[int]] = info["ports"]
        self.port_map = {spec: ports[pid][i] for pid, p in PORTS.items() if pid in ports
                         for i, spec in enumerate(p.numbers) if i < len(ports[pid]) and ports[pid][i]}

    def camera(self, **options: Any) -> Camera:
        return Camera(self.host, port_map=self.port_map, **options)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


def _raw_connect(host: str, port: int) -> socket.socket:
    s = socket.create_connection((host, port))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


# ---------------------------------------------------------------------------- live video
async def client_live(child: Child, seconds: float) -> tuple[float, float]:
    async with child.camera() as cam, cam.live(0, enums.PixelFormat.MONO8, queue_size=8) as live:
        n = 0
        nbytes = 0
        t0 = 0.0
        async for frame in live:
            arr = frame.image.array
            _ = arr[0, 0]  # touch it: the array is real and shares the payload
            if n == 0:
                t0 = time.perf_counter()  # skip the first frame (connection set-up)
            else:
                nbytes += arr.nbytes
            n += 1
            if t0 and time.perf_counter() - t0 >= seconds:
                break
        dt = time.perf_counter() - t0
    return nbytes / dt / 1e6, (n - 1) / dt


def raw_live(child: Child, seconds: float) -> float:
    s = _raw_connect(child.host, child.port_map[ACQUIRE])
    s.sendall(encode_frame(acquire.StartLive(0, enums.PixelFormat.MONO8), 1))
    buf = bytearray(4 << 20)
    view = memoryview(buf)
    s.recv_into(view)  # reply and first bytes: set-up, not measured
    total = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        k = s.recv_into(view)
        if not k:
            break
        total += k
    dt = time.perf_counter() - t0
    s.close()
    return total / dt / 1e6


# ---------------------------------------------------------------------------- report records
async def client_records(child: Child, seconds: float) -> float:
    async with child.camera() as cam:
        stream = await cam.open_report(["Inspection.Number", "Measure1.Radius", "Blob1.Center"],
                                       mode=enums.ReportMode.LOSSY, rate_hz=0.0)
        n = 0
        t0 = 0.0
        async for item in stream:
            if n == 0:
                t0 = time.perf_counter()
            n += 1
            _ = item
            if n % 256 == 0 and time.perf_counter() - t0 >= seconds:
                break
        dt = time.perf_counter() - t0
        await stream.aclose()
    return (n - 1) / dt


def capture_records(child: Child, seconds: float) -> bytes:
    """The raw bytes of a lossy report stream (reply first), for the replay measurement."""
    s = _raw_connect(child.host, child.port_map[REPORTS])
    s.settimeout(5.0)
    s.sendall(encode_frame(reports.OpenReport(1, enums.ReportMode.LOSSY, enums.OpenReportOptions(0), 0.0,
                                              ["Inspection.Number", "Measure1.Radius", "Blob1.Center"]), 1))
    out = bytearray()
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        chunk = s.recv(1 << 20)
        if not chunk:
            break
        out += chunk
    s.close()
    return bytes(out)


async def replay_records(data: bytes) -> tuple[float, float]:
    """Records/s through the client's own path (frame decoder, session, typed decode, stream
    iterator) with captured bytes instead of a socket: the client's ceiling, free of the
    emulator. Baseline: counting the same frames by their headers only."""
    from vs1kit.client.connection import FramedConnection
    from vs1kit.client.reports import ReportStream

    cam = Camera("127.0.0.1")
    stream = ReportStream(cam, 1, enums.ReportMode.LOSSY, [], include_image=False, rate_hz=0.0, backfill=False)
    cam.attach(stream)
    stream.opened(0, [], first=True)
    conn = FramedConnection(PORT_OF[reports.OpenReport], on_event=cam.on_message)
    conn.session.pending[1] = reports.OpenReport()  # the captured reply answers this
    step = 256 * 1024
    n = 0
    t0 = time.perf_counter()
    for k in range(0, len(data), step):
        conn.data_received(data[k:k + step])
        while stream.waiting:
            await stream.__anext__()
            n += 1
    client = n / (time.perf_counter() - t0)
    frames = 0
    t0 = time.perf_counter()
    pos = 0
    while len(data) - pos >= HEADER_SIZE:
        length = _LENGTH.unpack_from(data, pos + _LENGTH_AT)[0]
        if len(data) - pos < HEADER_SIZE + length:
            break
        pos += HEADER_SIZE + length
        frames += 1
    raw = frames / (time.perf_counter() - t0)
    return client, raw


def raw_records(child: Child, seconds: float) -> float:
    s = _raw_connect(child.host, child.port_map[REPORTS])
    s.settimeout(5.0)  # a refused report would otherwise block here for ever
    s.sendall(encode_frame(reports.OpenReport(1, enums.ReportMode.LOSSY, enums.OpenReportOptions(0), 0.0,
                                              ["Inspection.Number", "Measure1.Radius", "Blob1.Center"]), 1))
    buf = bytearray()
    frames = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        chunk = s.recv(1 << 20)
        if not chunk:
            break
        buf += chunk
        pos = 0
        while len(buf) - pos >= HEADER_SIZE:
            length = _LENGTH.unpack_from(buf, pos + _LENGTH_AT)[0]
            if len(buf) - pos < HEADER_SIZE + length:
                break
            pos += HEADER_SIZE + length
            frames += 1
        del buf[:pos]
    dt = time.perf_counter() - t0
    s.close()
    return frames / dt


# ---------------------------------------------------------------------------- drop detection
async def drop_latencies(closed_drops: int, silent_drops: int) -> tuple[list[float], list[float], float]:
    import logging

    from vs1kit.emulator.emulator import Emulator

    logging.getLogger("vs1kit.emulator").setLevel(logging.ERROR)  # one warning per forced drop
    emu = Emulator(port_map=dict(FREE), announce_interval=0, standard_ports=False,
                   workdir=Path(tempfile.mkdtemp(prefix="vs1-client-bench-")))
    await emu.start()
    server = emu.cameras[0]
    pm = {spec: server.port(pid, i) for pid, p in PORTS.items() if pid in server.ports()
          for i, spec in enumerate(p.numbers) if i < len(server.ports()[pid]) and server.ports()[pid][i]}
    loop = asyncio.get_running_loop()
    closed: list[float] = []
    silent: list[float] = []
    cam = Camera(server.host, port_map=pm, reconnect_initial=0.01)
    try:
        await cam.connect()
        await cam.get_status()
        events = cam.events()
        for k in range(closed_drops + silent_drops):
            t0 = loop.time()
            if k < closed_drops:
                server.drop_connections()
            else:
                server.stall(2.6)
            ev = await asyncio.wait_for(events.__anext__(), 10)
            assert isinstance(ev, Dropped), ev
            (closed if k < closed_drops else silent).append(ev.detected_at - t0)
            while not isinstance(ev, Restored):
                ev = await asyncio.wait_for(events.__anext__(), 15)
            await cam.get_status()
        timeout = cam.drop_timeout
    finally:
        await cam.close()
        await emu.stop()
    return closed, silent, timeout


# ---------------------------------------------------------------------------- main
def result(name: str, value: float, unit: str, baseline: float, digits: int = 1) -> dict[str, Any]:
    return {"name": name, "value": round(value, digits), "unit": unit, "baseline": round(baseline, digits),
            "ratio": float(f"{value / baseline:.4g}") if baseline else None}


def compare(other: str, pairs: int, quick: bool) -> None:
    """This checkout against `other`, whole runs alternating ABBA; medians of the pairs."""
    abba.compare("client", __file__, ["--quick"] if quick else [], other, pairs,
                 lower_better={"ms"}, timeout=900, width=34)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Shorter runs (for CI smoke tests).")
    ap.add_argument("--compare", metavar="DIR", help="also run the benchmark from this checkout, alternating")
    ap.add_argument("--pairs", type=int, default=3, help="alternations with --compare")
    ap.add_argument("--serve", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        w, h = (int(x) for x in args.serve[0].split("x"))
        asyncio.run(_serve((w, h), float(args.serve[1])))
        return
    if args.compare:
        compare(args.compare, args.pairs, args.quick)
        return
    secs = 1.0 if args.quick else 3.0
    results: list[dict[str, Any]] = []
    for size in ((640, 480), (1280, 1024)):
        child = Child(size)
        try:
            raw = raw_live(child, secs)
            mbs, fps = asyncio.run(client_live(child, secs))
        finally:
            child.close()
        frame_mb = size[0] * size[1] / 1e6
        results.append(result(f"live_{size[0]}x{size[1]}_mb_s", mbs, "MB/s", raw))
        results.append(result(f"live_{size[0]}x{size[1]}_fps", fps, "frames/s", raw / frame_mb))
    child = Child(free_run=1.0)
    try:
        raw_rate = raw_records(child, secs)
        rate = asyncio.run(client_records(child, secs))
        captured = capture_records(child, secs)
    finally:
        child.close()
    results.append(result("report_records", rate, "records/s", raw_rate, 0))
    replay, replay_raw = asyncio.run(replay_records(captured))
    results.append(result("report_records_client_ceiling", replay, "records/s", replay_raw, 0))
    closed, silent, timeout = asyncio.run(drop_latencies(10 if args.quick else 50, 1 if args.quick else 3))
    results.append(result("drop_detect_closed_mean", statistics.mean(closed) * 1000, "ms", 3000.0, 2))
    results.append(result("drop_detect_closed_max", max(closed) * 1000, "ms", 3000.0, 2))
    results.append(result("drop_detect_silent_max", max(silent) * 1000, "ms", timeout * 1000, 1))

    width = max(len(r["name"]) for r in results)
    print(f"{'benchmark':<{width}}  {'value':>12}  {'unit':<10} {'baseline':>12}  ratio")
    for r in results:
        print(f"{r['name']:<{width}}  {r['value']:>12}  {r['unit']:<10} {r['baseline']:>12}  {r['ratio']}")
    print(f"(drops: {len(closed)} closed-socket, {len(silent)} silent; live baseline = raw socket recv_into of the "
          f"same stream; records baseline = raw socket counting frames)")
    print(json.dumps({"name": "client", "results": results}))


if __name__ == "__main__":
    main()
