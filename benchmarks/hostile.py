"""Hostile-peer benchmark (issue 10): the emulator's RSS and a well-behaved client's request
latency while attackers on other loopback addresses try to exhaust it.

The emulator runs in a child process with ``ulimit -n 1024`` and its log on a file (RSS and
log volume are its own). A well-behaved client (login, monitor, control, one RPC connection)
sends `get_status` every 10 ms during each attack, and a well-behaved web client fetches
``/bootparams.json`` every 100 ms. Attacks, one after the other:

* ``half_frames``: 8 connections announcing 32 MiB frames and sending 1 MiB of them, plus 100
  connections each sending a 60 KiB frame but for its last byte;
* ``unread_replies``: 20 connections each sending ``fetch_latest(1000, images)`` and never
  reading (a 4 KiB receive buffer);
* ``pipelined``: 30 ``fetch_latest(1000, images)`` in one write, the replies read (~1 GB);
* ``conn_flood``: 3,000 connections from 8 addresses at the emulator's 1,024 descriptors, held;
* ``std_flood``: 1,000 connections each to FTP, HTTP and Telnet from 8 addresses, held;
* ``http_slowloris``: 400 HTTP connections trickling a request head, one byte a second each;
* ``http_oversized``: 16 peers posting 1 MiB bodies and 1 MiB heads in a loop;
* ``over_max``: 2,000 frames announcing more than their message's spec maximum (MAX_PAYLOAD_BY_CODE).

Per attack (each against a fresh emulator): peak RSS over idle (baseline column: the idle RSS;
ratio: over / the 100 MB target), the client's p99 and the web client's p99 (baseline: their
idle p99; ratio: p99 / the 100 ms target), the emulator's log bytes, whether the client kept
control and connections. Run: ``.venv/bin/python benchmarks/hostile.py [--seconds 4]
[--attacks a,b]``. A table, then one JSON line: the worst RSS over idle (ratio to the 100 MB
target) with the worst p99 and every row.
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
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from vs1kit.generated import enums, frames, login, monitor, partq, rpc
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import auth
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
                       announce_interval=0, standard_ports=True,
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
    import logging

    logging.getLogger("asyncio").setLevel(logging.ERROR)  # its writes to refused sockets
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

        self.web_latencies: list[float] = []
        self.web_failures = 0

    def _login(self) -> auth.SessionSigner:
        """The challenge-response login from one socket (the challenge is bound to it)."""
        host = "127.0.0.1"
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind((host, 0))
            s.settimeout(5)

            def ask(msg: Message, seq: int) -> Any:
                s.sendto(encode_frame(msg, seq), (self.cam.host, self.cam.port(msg.PORT)))
                return decode_message(msg.PORT, decode_datagram(s.recv(65535)))

            client = auth.ClientLogin("admin", "admin")
            ch = ask(login.LoginStart(user="admin", client_nonce=client.client_nonce), 1)
            proof = client.answer(bytes(ch.server_nonce), bytes(ch.salt), ch.iterations, int(ch.kdf), host)
            reply = ask(login.Login(user="admin", client_nonce=client.client_nonce,
                                    server_nonce=ch.server_nonce, proof=proof), 2)
            return auth.SessionSigner(int(reply.session), client.finish(bytes(reply.server_signature)))

    async def start(self) -> None:
        cam = self.cam
        self.signer = self._login()
        self.mon = await Link.open(cam, "monitor")
        await self.mon.request(self.signer.sign(monitor.Hello(interval_ms=200, client_name="good"), "monitor"))
        self.rpc = await Link.open(cam, "rpc")
        await self.rpc.request(self.signer.sign(frames.BindSession(), "rpc"))
        local = self.rpc.w.get_extra_info("sockname")[1]
        await self.mon.request(monitor.Watch(port=cam.port("rpc"), client_port=local))
        assert self.take_control()
        self.beat = asyncio.create_task(self._beat())

    def take_control(self) -> bool:
        return bool(udp(self.cam, self.signer.sign(login.TakeControl(), "login")).in_control)

    async def _beat(self) -> None:
        n = 0
        while True:
            await asyncio.sleep(0.2)
            n += 1
            self.mon.send(monitor.Heartbeat(counter=n, uptime_ms=n))

    async def probe(self, seconds: float) -> None:
        web = asyncio.create_task(self.web_probe(seconds))
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            t = time.perf_counter()
            try:
                await self.rpc.request(rpc.GetStatus(), timeout=2.0)
                self.latencies.append(time.perf_counter() - t)
            except (TimeoutError, RuntimeError, ConnectionError):
                self.failures += 1
            await asyncio.sleep(0.01)
        await web

    async def web_probe(self, seconds: float) -> None:
        """GET /bootparams.json every 100 ms on a new connection (the server closes each)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            t = time.perf_counter()
            try:
                r, w = await asyncio.wait_for(asyncio.open_connection(self.cam.host, self.cam.port("http")), 2.0)
                w.write(b"GET /bootparams.json HTTP/1.1\r\nHost: camera\r\n\r\n")
                body = await asyncio.wait_for(r.read(), 2.0)
                w.close()
                if not body.startswith(b"HTTP/1.1 200"):
                    raise ConnectionError(body[:40])
                self.web_latencies.append(time.perf_counter() - t)
            except (TimeoutError, OSError):
                self.web_failures += 1
            await asyncio.sleep(0.1)

    def in_control(self) -> bool:
        return self.take_control() and not self.mon.reader.done() and not self.rpc.reader.done()


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


async def std_flood(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    """1,000 connections to each standard server, held open: the caps refuse all but a few."""
    async def one(port_id: str, i: int) -> None:
        with contextlib.suppress(OSError):
            _, w = await attacker(cam, port_id, ATTACKERS[i % 8])
            held.append(w)
    for port_id in ("ftp", "http", "telnet"):
        for start in range(0, 1000, 100):
            await asyncio.gather(*(one(port_id, i) for i in range(start, start + 100)))


async def http_slowloris(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    """400 connections, each sending its request head one byte a second (as many as admitted)."""
    head = b"GET / HTTP/1.1\r\nHost: camera\r\n" + b"X-Slow: 1\r\n" * 100

    async def trickle(i: int) -> None:
        with contextlib.suppress(OSError):
            _, w = await attacker(cam, "http", ATTACKERS[i % 8])
            held.append(w)
            for k in range(len(head)):
                w.write(head[k:k + 1])
                await asyncio.sleep(1.0)
    await asyncio.gather(*(trickle(i) for i in range(400)))


async def http_oversized(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    """16 peers, each posting a 1 MiB body then a 1 MiB head, over and over."""
    big_body = b"POST / HTTP/1.1\r\nHost: c\r\nContent-Length: 1048576\r\n\r\n" + bytes(1 << 20)
    big_head = b"GET / HTTP/1.1\r\nHost: c\r\n" + b"X-Pad: " + b"v" * (1 << 20) + b"\r\n\r\n"

    async def peer(i: int) -> None:
        while True:
            for raw in (big_body, big_head):
                with contextlib.suppress(OSError):
                    r, w = await attacker(cam, "http", ATTACKERS[i % 8])
                    w.write(raw)
                    with contextlib.suppress(OSError, TimeoutError):
                        await asyncio.wait_for(r.read(), 5.0)
                    w.transport.abort()
    await asyncio.gather(*(peer(i) for i in range(16)))


async def over_max(cam: Target, held: list[asyncio.StreamWriter]) -> None:
    """2,000 connections, each announcing a get_status of 60,000 bytes (its maximum is 0)."""
    code = rpc.GetStatus.CODE or 0
    assert frames.MAX_PAYLOAD_BY_CODE["rpc"][code] < 60_000
    for i in range(2000):
        with contextlib.suppress(OSError):
            r, w = await attacker(cam, "rpc", ATTACKERS[i % 8])
            w.write(frames.encode_vs1_frame_header(code, 1, 60_000, 0) + bytes(4096))
            with contextlib.suppress(OSError, TimeoutError):
                await asyncio.wait_for(r.read(), 5.0)
            w.transport.abort()


ATTACKS: dict[str, Callable[[Target, list[asyncio.StreamWriter]], Coroutine[Any, Any, None]]] = {
    "half_frames": half_frames, "unread_replies": unread_replies, "pipelined": pipelined,
    "conn_flood": conn_flood, "std_flood": std_flood, "http_slowloris": http_slowloris,
    "http_oversized": http_oversized, "over_max": over_max,
}


def p99(samples: list[float]) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(0.99 * len(s)))] * 1000 if s else float("nan")


async def _ready(seconds: float) -> tuple[Camera, Good, float, float, float]:
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
    web_idle = p99(good.web_latencies)
    good.latencies.clear()
    good.web_latencies.clear()
    return cam, good, cam.rss_mb(), idle, web_idle


async def run(seconds: float, names: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in names:
        cam, good, idle_rss, idle_p99, web_idle = await _ready(seconds)
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
            ok = good.in_control() and not good.failures and not good.web_failures
            logged = cam.log_bytes() - log0
            assert attack.stdin is not None
            attack.stdin.close()
            attack.wait(30)
            lat = p99(good.latencies)
            web = p99(good.web_latencies)
        finally:
            cam.close()
        over = peak - idle_rss
        rows += [
            {"name": f"{name}_rss_over_idle", "value": round(over, 1), "unit": "MB",
             "baseline": round(idle_rss, 1), "ratio": round(over / 100, 3)},
            {"name": f"{name}_p99", "value": round(lat, 2), "unit": "ms",
             "baseline": round(idle_p99, 2), "ratio": round(lat / 100, 3)},
            {"name": f"{name}_web_p99", "value": round(web, 2), "unit": "ms",
             "baseline": round(web_idle, 2), "ratio": round(web / 100, 3)},
            {"name": f"{name}_log", "value": logged, "unit": "bytes", "baseline": 0,
             "ratio": None},
            {"name": f"{name}_control_kept", "value": int(ok), "unit": "bool", "baseline": 1,
             "ratio": None},
            {"name": f"{name}_failed_requests", "value": good.failures, "unit": "count",
             "baseline": 0, "ratio": None},
            {"name": f"{name}_failed_web", "value": good.web_failures, "unit": "count",
             "baseline": 0, "ratio": None},
        ]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--attack", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--seconds", type=float, default=4.0, help="length of each attack")
    ap.add_argument("--attacks", default=",".join(ATTACKS), help="comma-separated attacks to run")
    args = ap.parse_args()
    if args.serve:
        child_main()
        return
    if args.attack:
        attack_main(*args.attack)
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    names = [n for n in args.attacks.split(",") if n]
    unknown = sorted(set(names) - set(ATTACKS))
    if unknown:
        ap.error(f"unknown attack(s): {', '.join(unknown)} (have {', '.join(ATTACKS)})")
    rows = asyncio.run(run(args.seconds, names))
    print(f"{'name':28} {'value':>10} {'unit':6} {'baseline':>9} {'ratio':>7}")
    for r in rows:
        print(f"{r['name']:28} {r['value']:>10} {r['unit']:6} {r['baseline']!s:>9} {r['ratio']!s:>7}")
    worst = max((r for r in rows if r["name"].endswith("_rss_over_idle")), key=lambda r: r["value"])
    worst_p99 = max(r["value"] for r in rows if r["name"].endswith("_p99"))
    print(json.dumps({"name": f"hostile_worst_rss_over_idle ({worst['name'].removesuffix('_rss_over_idle')})",
                      "value": worst["value"], "unit": "MB", "baseline": worst["baseline"],
                      "ratio": worst["ratio"], "worst_p99_ms": worst_p99,
                      "control_kept": all(r["value"] == 1 for r in rows if r["name"].endswith("_control_kept")),
                      "rows": rows}))


if __name__ == "__main__":
    main()
