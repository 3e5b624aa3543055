"""Hostile-peer benchmark (issue 10): the emulator's RSS and a well-behaved client's request
latency while attackers on other loopback addresses try to exhaust it.

The emulator runs in a child process with ``ulimit -n 1024`` and its log on a file (RSS and
log volume are its own). A well-behaved client (monitor, login, control, one RPC connection)
sends `get_status` every 10 ms during each attack. Attacks, one after the other:

* ``half_frames``: 8 connections announcing 32 MiB frames and sending 1 MiB of them, plus 100
  connections each sending a 60 KiB frame but for its last byte;
* ``unread_replies``: 20 connections each sending ``fetch_latest(1000, images)`` and never
  reading (a 4 KiB receive buffer);
* ``pipelined``: 30 ``fetch_latest(1000, images)`` in one write, the replies read (~1 GB);
* ``conn_flood``: 3,000 connections from 8 addresses at the emulator's 1,024 descriptors, held.

Per attack (each against a fresh emulator): peak RSS over idle (baseline column: the idle RSS;
ratio: over / the 100 MB target), the client's p99 (baseline: its idle p99; ratio: p99 / the
100 ms target), the emulator's log bytes, whether the client kept control and connections.
Run: ``.venv/bin/python benchmarks/hostile.py [--seconds 4]``. A table, then one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from vs1kit.generated import enums, frames, login, monitor, partq, rpc
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame
from vs1kit.protocol.session import ClientSession, ErrorReplyEvent, Reply
from vs1kit.protocol.wire import Message

ATTACKERS = [f"127.0.0.{i}" for i in range(2, 10)]
FETCH = partq.FetchLatest(count=1000, options=enums.FetchLatestOptions.INCLUDE_IMAGE)


def child_main() -> None:
    """The emulator, at the common descriptor limit, logging to stderr (a file)."""
    import logging

    from vs1kit.emulator import Emulator

    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    async def main() -> None:
        emu = Emulator(port_map={n: 0 for p in PORTS.values() for n in p.numbers},
                       announce_interval=0, standard_ports=False,
                       workdir=Path(tempfile.mkdtemp(prefix="vs1-hostile-")))
        await emu.start()
        cam = emu.cameras[0]
        print(json.dumps({"host": cam.host, "ports": cam.ports()}), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        await emu.stop()

    asyncio.run(main())


class Target:
    """Where the attackers aim: the camera's address and bound port numbers."""

    def __init__(self, host: str, ports: dict[str, list[int]]) -> None:
        self.host = host
        self.ports = ports

    def port(self, port_id: str) -> int:
        return self.ports[port_id][0]


def attack_main(name: str, target: str) -> None:
    """One attack in its own process (its reading and connecting do not slow the client
    whose latency is measured); it holds what it opened until stdin closes."""
    info = json.loads(target)
    cam = Target(info["host"], info["ports"])
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))

    async def main() -> None:
        held: list[asyncio.StreamWriter] = []
        task = asyncio.create_task(ATTACKS[name](cam, held))
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        task.cancel()
        for w in held:
            with contextlib.suppress(Exception):
                w.transport.abort()

    asyncio.run(main())


class Camera:
    """The emulator child process."""

    def __init__(self) -> None:
        self.log = tempfile.NamedTemporaryFile(prefix="vs1-hostile-log-")  # noqa: SIM115
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, text=True)
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.host: str = info["host"]
        self.ports: dict[str, list[int]] = info["ports"]

    def port(self, port_id: str) -> int:
        return self.ports[port_id][0]

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def log_bytes(self) -> int:
        return Path(self.log.name).stat().st_size

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


class Link:
    """One framed connection of the well-behaved client."""

    def __init__(self, port_id: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        self.session = ClientSession(port_id)
        self.r, self.w = r, w
        self.waiting: dict[int, asyncio.Future[Any]] = {}
        self.reader = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, cam: Camera, port_id: str) -> Link:
        r, w = await asyncio.open_connection(cam.host, cam.port(port_id), limit=1 << 22)
        return cls(port_id, r, w)

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while data := await self.r.read(1 << 22):
                for item in self.session.receive(data):
                    fut = self.waiting.pop(getattr(item, "seq", -1), None)
                    if fut is None:
                        continue
                    if isinstance(item, ErrorReplyEvent):
                        fut.set_exception(RuntimeError(item.error.detail))
                    elif isinstance(item, Reply):
                        fut.set_result(item.message)

    async def request(self, msg: Message, timeout: float = 5.0) -> Any:
        seq, data = self.session.request(msg)
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.waiting[seq] = fut
        self.w.write(data)
        return await asyncio.wait_for(fut, timeout)

    def send(self, msg: Message) -> None:
        self.w.write(self.session.request(msg)[1])

    def close(self) -> None:
        self.reader.cancel()
        self.w.close()


def udp(cam: Camera, msg: Message) -> Any:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(encode_frame(msg, 1), (cam.host, cam.port(msg.PORT)))
        return decode_message(msg.PORT, decode_datagram(s.recv(65535)))


class Good:
    """The well-behaved client: monitor with heartbeats, control, an RPC link."""

    def __init__(self, cam: Camera) -> None:
        self.cam = cam
        self.latencies: list[float] = []
        self.failures = 0

    async def start(self) -> None:
        cam = self.cam
        self.session = int(udp(cam, login.Login(user="admin", password="admin")).session)
        self.mon = await Link.open(cam, "monitor")
        await self.mon.request(monitor.Hello(session=self.session, interval_ms=200,
                                             client_name="good"))
        self.rpc = await Link.open(cam, "rpc")
        local = self.rpc.w.get_extra_info("sockname")[1]
        await self.mon.request(monitor.Watch(port=cam.port("rpc"), client_port=local))
        assert udp(cam, login.TakeControl(session=self.session)).in_control
        self.beat = asyncio.create_task(self._beat())

    async def _beat(self) -> None:
        n = 0
        while True:
            await asyncio.sleep(0.2)
            n += 1
            self.mon.send(monitor.Heartbeat(counter=n, uptime_ms=n))

    async def probe(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            t = time.perf_counter()
            try:
                await self.rpc.request(rpc.GetStatus(), timeout=2.0)
                self.latencies.append(time.perf_counter() - t)
            except (TimeoutError, RuntimeError, ConnectionError):
                self.failures += 1
            await asyncio.sleep(0.01)

    def in_control(self) -> bool:
        return bool(udp(self.cam, login.TakeControl(session=self.session)).in_control) \
            and not self.mon.reader.done() and not self.rpc.reader.done()


async def attacker(cam: Target, port_id: str, source: str, rcvbuf: int | None = None
                   ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.bind((source, 0))
    sock.setblocking(False)
    await asyncio.get_running_loop().sock_connect(sock, (cam.host, cam.port(port_id)))
    return await asyncio.open_connection(sock=sock)


async def half_frames(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    code = rpc.GetStatus.CODE or 0
    for i in range(8):
        _, w = await attacker(cam, "rpc", ATTACKERS[i])
        w.write(frames.encode_vs1_frame_header(code, 1, 32 << 20, 0) + bytes(1 << 20))
        held.append(w)
    for i in range(100):
        _, w = await attacker(cam, "partq", ATTACKERS[i % 8])
        w.write(frames.encode_vs1_frame_header(code, 1, 60 << 10, 0) + bytes((60 << 10) - 1))
        held.append(w)


async def unread_replies(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    for i in range(20):
        _, w = await attacker(cam, "partq", ATTACKERS[i % 8], rcvbuf=4096)
        w.write(encode_frame(FETCH, 1))
        held.append(w)


async def pipelined(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    r, w = await attacker(cam, "partq", ATTACKERS[0])
    w.write(b"".join(encode_frame(FETCH, i + 1) for i in range(30)))
    held.append(w)

    async def drain() -> None:
        with contextlib.suppress(ConnectionError):
            while await r.read(1 << 22):
                pass
    asyncio.get_running_loop().create_task(drain())


async def conn_flood(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    async def one(i: int) -> None:
        with contextlib.suppress(OSError):
            _, w = await attacker(cam, ("rpc", "monitor", "partq")[i % 3], ATTACKERS[i % 8])
            held.append(w)
    for start in range(0, 3000, 100):
        await asyncio.gather(*(one(i) for i in range(start, start + 100)))


ATTACKS: dict[str, Callable[[Target, list[asyncio.StreamWriter]], Awaitable[None]]] = {
    "half_frames": half_frames, "unread_replies": unread_replies, "pipelined": pipelined,
    "conn_flood": conn_flood,
}


def p99(samples: list[float]) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(0.99 * len(s)))] * 1000 if s else float("nan")


async def _ready(seconds: float) -> tuple[Camera, Good, float, float]:
    """A fresh emulator (each attack gets its own: RSS an allocator keeps after one attack is
    not charged to the next) with 300 inspections in PartQ; its idle RSS and p99."""
    cam = Camera()
    good = Good(cam)
    await good.start()
    await good.rpc.request(rpc.Trigger(count=300))
    q = await Link.open(cam, "partq")
    while (await q.request(partq.PartqInfo())).count < 300:
        await asyncio.sleep(0.1)
    q.close()
    await good.probe(seconds)
    idle = p99(good.latencies)
    good.latencies.clear()
    return cam, good, cam.rss_mb(), idle


async def run(seconds: float) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in ATTACKS:
        cam, good, idle_rss, idle_p99 = await _ready(seconds)
        try:
            log0 = cam.log_bytes()
            peak = idle_rss
            target = json.dumps({"host": cam.host, "ports": cam.ports})
            attack = subprocess.Popen([sys.executable, __file__, "--attack", name, target],
                                      stdin=subprocess.PIPE)
            probe = asyncio.create_task(good.probe(seconds))
            while not probe.done():
                peak = max(peak, cam.rss_mb())
                await asyncio.sleep(0.05)
            peak = max(peak, cam.rss_mb())
            ok = good.in_control() and not good.failures
            logged = cam.log_bytes() - log0
            assert attack.stdin is not None
            attack.stdin.close()
            attack.wait(30)
            lat = p99(good.latencies)
        finally:
            cam.close()
        over = peak - idle_rss
        rows += [
            {"name": f"{name}_rss_over_idle", "value": round(over, 1), "unit": "MB",
             "baseline": round(idle_rss, 1), "ratio": round(over / 100, 3)},
            {"name": f"{name}_p99", "value": round(lat, 2), "unit": "ms",
             "baseline": round(idle_p99, 2), "ratio": round(lat / 100, 3)},
            {"name": f"{name}_log", "value": logged, "unit": "bytes", "baseline": 0,
             "ratio": None},
            {"name": f"{name}_control_kept", "value": int(ok), "unit": "bool", "baseline": 1,
             "ratio": None},
        ]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--attack", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, default=4.0, help="length of each attack")
    args = ap.parse_args()
    if args.serve:
        child_main()
        return
    if args.attack:
        attack_main(*args.attack)
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    rows = asyncio.run(run(args.seconds))
    print(f"{'name':28} {'value':>10} {'unit':6} {'baseline':>9} {'ratio':>7}")
    for r in rows:
        print(f"{r['name']:28} {r['value']:>10} {r['unit']:6} {r['baseline']!s:>9} {r['ratio']!s:>7}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
