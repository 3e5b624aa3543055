"""Emulator benchmark: many monitored clients, the lossless inspection rate, live video.

The emulator runs in a child process (so its CPU time and RSS are its own, read from /proc);
the clients run here on the sans-IO ClientSession.

* ``monitored_clients``: N clients, each a connection monitor (hello + heartbeat every 500 ms)
  plus one watched RPC connection; the emulator's CPU use and RSS while they heartbeat, with
  the idle emulator as baseline.
* ``lossless_rate``: inspections/s with one lossless report client (no images) that acks
  every record; baseline: the camera model's inspection loop alone (no network) in this process.
* ``live_<w>x<h>``: live video MB/s at max_fps=0; baseline: a plain asyncio server writing the
  same frame bytes to the same kind of reader.

CPU time is the emulator process's on-CPU time in nanoseconds (``/proc/<pid>/task/*/schedstat``,
summed over its threads); ``/proc/<pid>/stat`` counts 10 ms ticks, too coarse for a few percent
of a core over seconds. Besides the lossless rate (a ping-pong, so on a loaded machine mostly the
scheduler's latency), ``lossless_cpu`` gives the emulator's CPU per record, which load disturbs
far less; its baseline is the camera model's own time per inspection.

``--compare DIR`` runs the whole benchmark from this checkout and from DIR (a git worktree of an
older commit: its ``vs1kit`` first on PYTHONPATH, for the clients and the emulator alike, so a
checkout from before a protocol change runs its own protocol; this script speaks either login),
each run a process of its own: ``--pairs N`` alternations (ABBA: the order flips every pair),
each metric's median for both, the median of the per-pair ratios (this tree / DIR; > 1 is more
of the metric here) and that ratio with each value first divided by its own run's baseline
("norm": the load of the moment, which moves a value and its baseline together, cancels).
The live rows are the exception (``compare_live``): one process, this checkout's client,
both emulators running, windows of the two alternating ABBA (``2 x pairs`` each).

Run: ``.venv/bin/python benchmarks/emulator.py [--quick] [--clients N] [--only clients,lossless,
live] [--compare DIR [--pairs N]]``. Prints a table, then as the last line one JSON object.
Targets: >= 500 monitored clients; >= 2,000 lossless inspections/s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import abba

from vs1kit.generated import acquire, enums, login, monitor, reports, rpc
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.session import ClientSession, ErrorReplyEvent, Event, Reply
from vs1kit.protocol.wire import Message

FREE_PORTS = {n: 0 for p in PORTS.values() for n in p.numbers}
"""Every port of the spec on a free number."""


def _raise_nofile() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))


# ---------------------------------------------------------------------------- emulator child


async def _serve(live: tuple[int, int]) -> None:
    import logging

    from vs1kit.emulator import Emulator

    logging.basicConfig(level=logging.ERROR)  # per-client drop logs would swamp the table
    # The benchmark's hundreds of clients all come from one address: the per-source and
    # per-port caps that refuse such a crowd from a stranger are raised for it (and the
    # descriptor limit with them), so what is measured is serving them, not refusing them.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 65536), hard))
    extra: dict[str, Any] = {}
    try:
        from vs1kit.emulator import Limits
    except ImportError:
        pass  # an emulator from before the bounds (--compare): it has no caps to raise
    else:
        extra["limits"] = Limits(max_connections=8192, max_per_port=4096, max_per_source=8192)
    emu = Emulator(port_map=FREE_PORTS, announce_interval=0, standard_ports=False,
                   workdir=Path(tempfile.mkdtemp(prefix="vs1-bench-")), live_size=live, **extra)
    await emu.start()
    cam = emu.cameras[0]
    print(json.dumps({"host": cam.host, "ports": cam.ports()}), flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes our stdin
    await emu.stop()


class Child:
    def __init__(self, live: tuple[int, int] = (640, 480), tree: str | None = None) -> None:
        """The emulator in a child process: with `tree`, that checkout's `vs1kit` (first on its
        PYTHONPATH), else this process's."""
        env = None if tree is None else dict(os.environ, PYTHONPATH=tree)
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", f"{live[0]}x{live[1]}"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.host: str = info["host"]
        self.ports: dict[str, list[int]] = info["ports"]

    def cpu_seconds(self) -> float:
        """On-CPU time of the emulator process, all its threads (ns resolution where the
        kernel keeps schedstat, else clock ticks)."""
        total = 0
        try:
            for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
                try:
                    total += int((task / "schedstat").read_text().split()[0])
                except (OSError, IndexError, ValueError):
                    continue  # a thread that just ended
        except OSError:
            total = 0
        if total:
            return total / 1e9
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(10)


# ---------------------------------------------------------------------------- a tiny client


class Conn:
    def __init__(self, port_id: str, r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        self.s = ClientSession(port_id)
        self.r, self.w = r, w
        self.waiting: dict[int, asyncio.Future[Message]] = {}
        self.on_event: Any = None
        self.task = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, host: str, port: int, port_id: str) -> Conn:
        r, w = await asyncio.open_connection(host, port, limit=1 << 22)
        return cls(port_id, r, w)

    async def _read(self) -> None:
        try:
            while data := await self.r.read(1 << 22):
                for item in self.s.receive(data):
                    if isinstance(item, Event):
                        if self.on_event is not None:
                            self.on_event(item.message)
                    elif isinstance(item, Reply):
                        self.waiting.pop(item.seq).set_result(item.message)
                    elif isinstance(item, ErrorReplyEvent):
                        self.waiting.pop(item.seq).set_exception(RuntimeError(item.error.detail))
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            # The camera closed the connection: what was asked on it gets no answer.
            for fut in self.waiting.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("connection closed by the camera"))
            self.waiting.clear()

    async def request(self, msg: Message) -> Any:
        seq, data = self.s.request(msg)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self.waiting[seq] = fut
        self.w.write(data)
        return await asyncio.wait_for(fut, 10)

    def send(self, msg: Message) -> None:
        self.w.write(self.s.request(msg)[1])

    def close(self) -> None:
        self.task.cancel()
        self.w.close()


class _Udp:
    """Requests to the login port from one socket (a login's challenge is bound to the address
    it was sent to), one at a time."""

    def __init__(self, t: asyncio.DatagramTransport, got: asyncio.Queue[bytes]) -> None:
        self.t, self.got, self.seq = t, got, 0

    @classmethod
    async def open(cls, host: str, port: int) -> _Udp:
        got: asyncio.Queue[bytes] = asyncio.Queue()

        class P(asyncio.DatagramProtocol):
            def datagram_received(self, data: bytes, addr: Any) -> None:
                got.put_nowait(data)

        t, _ = await asyncio.get_running_loop().create_datagram_endpoint(
            P, remote_addr=(host, port))
        return cls(t, got)

    async def request(self, msg: Message) -> Any:
        from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame

        self.seq += 1
        self.t.sendto(encode_frame(msg, self.seq))
        return decode_message("login", decode_datagram(await asyncio.wait_for(self.got.get(), 5)))

    def close(self) -> None:
        self.t.close()


async def _udp(host: str, port: int, msg: Message) -> Any:
    ep = await _Udp.open(host, port)
    try:
        return await ep.request(msg)
    finally:
        ep.close()


class Login:
    """A logged-in session of the benchmark's client, with either login the emulator speaks:
    the SCRAM login and per-message session proofs (vs1kit.protocol.auth), or the older
    password login whose requests name their session (an emulator from before it: --compare
    with an older checkout runs this same script there)."""

    def __init__(self, session: int, signer: Any) -> None:
        self.session = session
        self.signer = signer

    @classmethod
    async def login(cls, host: str, port: int) -> Login:
        ep = await _Udp.open(host, port)
        try:
            try:
                from vs1kit.protocol import auth
            except ImportError:
                old: Any = login  # the older generated login module: Login(user, password)
                reply = await ep.request(old.Login(user="admin", password="admin"))
                return cls(int(reply.session), None)
            client = auth.ClientLogin("admin", "admin")
            ch = await ep.request(login.LoginStart(user="admin", client_nonce=client.client_nonce))
            proof = client.answer(bytes(ch.server_nonce), bytes(ch.salt), ch.iterations,
                                  int(ch.kdf), ep.t.get_extra_info("sockname")[0])
            reply = await ep.request(login.Login(user="admin", client_nonce=client.client_nonce,
                                                 server_nonce=ch.server_nonce, proof=proof))
            key = client.finish(bytes(reply.server_signature))
            return cls(int(reply.session), auth.SessionSigner(int(reply.session), key))
        finally:
            ep.close()

    def sign(self, msg: Message, port_id: str) -> Message:
        """`msg` with this session's proof (new login; a message on a bound link has none),
        or naming the session (old login)."""
        if self.signer is not None:
            if not hasattr(msg, "auth"):
                return msg
            return self.signer.sign(msg, port_id)  # type: ignore[no-any-return]
        if hasattr(msg, "session"):
            setattr(msg, "session", self.session)  # noqa: B010
        return msg

    async def bind(self, conn: Conn) -> None:
        """Bind a new link to the session (new login: its first request); nothing before."""
        if self.signer is not None:
            from vs1kit.generated import frames

            bind = getattr(frames, "BindSession")  # noqa: B009
            await conn.request(self.signer.sign(bind(), conn.s.port))


async def _client(child: Child, i: int, clients: list[tuple[Conn, Conn]]) -> None:
    mon = await Conn.open(child.host, child.ports["monitor"][0], "monitor")
    await mon.request(monitor.Hello(interval_ms=500, client_name=f"bench{i}"))  # anonymous
    r = await Conn.open(child.host, child.ports["rpc"][0], "rpc")
    # A request first: a monitor may watch only a connection the camera has taken in.
    await r.request(rpc.GetStatus())
    local = r.w.get_extra_info("sockname")[1]
    await mon.request(monitor.Watch(port=child.ports["rpc"][0], client_port=local))
    clients.append((mon, r))


async def bench_clients(n: int, window: float) -> list[dict[str, Any]]:
    child = Child()
    try:
        await asyncio.sleep(1.0)
        c0, t0 = child.cpu_seconds(), time.monotonic()
        await asyncio.sleep(window)
        idle_cpu = (child.cpu_seconds() - c0) / (time.monotonic() - t0) * 100
        idle_rss = child.rss_mb()
        clients: list[tuple[Conn, Conn]] = []
        sem = asyncio.Semaphore(50)

        async def one(i: int) -> None:
            async with sem:
                await _client(child, i, clients)

        await asyncio.gather(*(one(i) for i in range(n)))
        stop = False

        async def beat() -> None:
            k = 0
            while not stop:
                k += 1
                for mon, _ in clients:
                    mon.send(monitor.Heartbeat(counter=k, uptime_ms=k))
                await asyncio.sleep(0.5)

        hb = asyncio.create_task(beat())
        await asyncio.sleep(1.0)
        c0, t0 = child.cpu_seconds(), time.monotonic()
        await asyncio.sleep(window)
        busy_cpu = (child.cpu_seconds() - c0) / (time.monotonic() - t0) * 100
        busy_rss = child.rss_mb()
        # Clients still served: one status request each (a camera that judged a monitor dead
        # closed its connections: that client counts as lost, it does not end the benchmark).
        replies = await asyncio.gather(*(r.request(rpc.GetStatus()) for _, r in clients),
                                       return_exceptions=True)
        alive = sum(1 for (mon, _), rep in zip(clients, replies, strict=True)
                    if not mon.task.done() and not isinstance(rep, BaseException))
        stop = True
        hb.cancel()
        for mon, r in clients:
            mon.close()
            r.close()
    finally:
        child.close()
    return [
        {"name": "monitored_clients", "value": alive, "unit": "clients", "baseline": n,
         "ratio": round(alive / n, 3)},
        {"name": "emulator_cpu_with_clients", "value": round(busy_cpu, 1), "unit": "% of a core",
         "baseline": round(idle_cpu, 1), "ratio": round(busy_cpu / max(idle_cpu, 0.1), 2)},
        {"name": "emulator_rss_with_clients", "value": round(busy_rss, 1), "unit": "MB",
         "baseline": round(idle_rss, 1), "ratio": round(busy_rss / idle_rss, 2)},
    ]


def baseline_model_rate(n: int) -> float:
    from vs1kit.emulator.files import CameraFiles
    from vs1kit.emulator.model import CameraModel
    from vs1kit.emulator.netstate import NetworkState

    with tempfile.TemporaryDirectory() as tmp:
        md = CameraModel(CameraFiles(tmp), NetworkState(), partq_depth=1000)
        md.run_inspection()
        t0 = time.perf_counter()
        for _ in range(n):
            md.run_inspection()
        return n / (time.perf_counter() - t0)


async def bench_lossless(n: int) -> list[dict[str, Any]]:
    child = Child()
    try:
        host, ports = child.host, child.ports
        me = await Login.login(host, ports["login"][0])
        mon = await Conn.open(host, ports["monitor"][0], "monitor")
        await mon.request(me.sign(monitor.Hello(interval_ms=500, client_name="bench"), "monitor"))
        ctl = await _udp(host, ports["login"][0], me.sign(login.TakeControl(), "login"))
        assert ctl.in_control, ctl
        links = {}
        for pid in ("rpc", "reports"):
            c = await Conn.open(host, ports[pid][0], pid)
            await me.bind(c)
            await mon.request(monitor.Watch(port=ports[pid][0],
                                            client_port=c.w.get_extra_info("sockname")[1]))
            links[pid] = c
        hb_stop = False

        async def beat() -> None:
            k = 0
            while not hb_stop:
                k += 1
                mon.send(monitor.Heartbeat(counter=k, uptime_ms=k))
                await asyncio.sleep(0.5)

        hb = asyncio.create_task(beat())
        rep = links["reports"]
        await rep.request(reports.OpenReport(
            report_id=1, mode=enums.ReportMode.LOSSLESS,
            datums=["Inspection.Number", "Inspection.Passed", "Blob1.Area", "Blob1.Center",
                    "OCR1.Text"]))
        got: list[int] = []
        done = asyncio.Event()

        def on_event(msg: Message) -> None:
            if isinstance(msg, reports.ReportRecord):
                got.append(msg.record.inspection)
                rep.send(reports.RecordAck(report_id=1, inspection=msg.record.inspection))
                if len(got) >= n:
                    done.set()

        rep.on_event = on_event
        cpu0 = child.cpu_seconds()
        t0 = time.perf_counter()
        left = n
        while left:
            k = min(left, 60000)
            await links["rpc"].request(me.sign(rpc.Trigger(count=k), "rpc"))
            left -= k
        await asyncio.wait_for(done.wait(), 120)
        rate = n / (time.perf_counter() - t0)
        cpu_us = (child.cpu_seconds() - cpu0) / n * 1e6
        assert got == list(range(1, n + 1)), "lossless records not consecutive"
        hb_stop = True
        hb.cancel()
        for c in (*links.values(), mon):
            c.close()
    finally:
        child.close()
    base = baseline_model_rate(min(n, 20000))
    return [{"name": "lossless_rate", "value": round(rate), "unit": "inspections/s",
             "baseline": round(base), "ratio": round(rate / base, 3)},
            {"name": "lossless_cpu", "value": round(cpu_us, 1), "unit": "us/record",
             "baseline": round(1e6 / base, 1), "ratio": round(cpu_us * base / 1e6, 2)}]


async def _raw_rate(host: str, port: int, frame_len: int, seconds: float) -> float:
    r, w = await asyncio.open_connection(host, port, limit=1 << 22)
    got = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        data = await r.read(1 << 22)
        if not data:
            break
        got += len(data)
    rate = got / (time.perf_counter() - t0) / 1e6
    w.close()
    return rate


async def _live_window(child: Child, size: tuple[int, int], seconds: float) -> tuple[float, float]:
    """Live video from `child` to this process's reader for `seconds`: (MB/s, the emulator's
    CPU in us per MB sent)."""
    c = await Conn.open(child.host, child.ports["acquire"][0], "acquire")
    try:
        frames = 0

        def on_event(msg: Message) -> None:
            nonlocal frames
            frames += 1

        c.on_event = on_event
        await c.request(acquire.StartLive(max_fps=0, pixel_format=enums.PixelFormat.MONO8))
        t0 = time.perf_counter()
        cpu0 = child.cpu_seconds()
        frames0 = frames
        await asyncio.sleep(seconds)
        cpu = child.cpu_seconds() - cpu0
        sent_mb = (frames - frames0) * size[0] * size[1] / 1e6
        await c.request(acquire.StopLive())
        elapsed = time.perf_counter() - t0
        rate = frames * size[0] * size[1] / elapsed / 1e6
    finally:
        c.close()
    return rate, cpu / max(sent_mb, 1e-9) * 1e6


async def bench_live(size: tuple[int, int], seconds: float) -> list[dict[str, Any]]:
    child = Child(size)
    try:
        rate, cpu_per_mb = await _live_window(child, size, seconds)
    finally:
        child.close()
    # Baseline: the same bytes from a bare asyncio server, read by a bare reader.
    payload = bytes(size[0] * size[1] + 48)

    async def serve(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            while True:
                w.write(payload)
                await w.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    p0 = time.process_time()
    base = await _raw_rate("127.0.0.1", port, len(payload), seconds)
    # The bare writer and reader share this process: their CPU per MB together is the floor
    # of what moving these bytes over loopback costs, with no protocol at all.
    base_cpu = (time.process_time() - p0) / max(base * seconds, 1e-9) * 1e6
    server.close()
    await asyncio.sleep(0.05)
    name = f"live_{size[0]}x{size[1]}"
    return [{"name": name, "value": round(rate), "unit": "MB/s",
             "baseline": round(base), "ratio": round(rate / base, 3)},
            # The emulator's own CPU per MB sent: what the camera side costs, which the
            # reader's speed and the machine's load disturb far less than the rate.
            {"name": f"{name}_cpu", "value": round(cpu_per_mb), "unit": "us/MB",
             "baseline": round(base_cpu), "ratio": round(cpu_per_mb / max(base_cpu, 1e-9), 3)}]


LIVE_SIZES: tuple[tuple[int, int], ...] = ((640, 480), (1280, 1024))


async def compare_live(other: str, pairs: int, seconds: float) -> list[dict[str, Any]]:
    """The live rows of ``--compare``: this checkout's emulator against DIR's, both read by
    this process's client, one window each in turn (ABBA), both emulators running throughout.

    Not whole runs per checkout (``abba``), for two reasons. The live rate is bound by the
    reader (the reading client spends about three times the emulator's CPU per frame), so with
    each checkout's own client the row compares clients as much as emulators; and one window
    per run, runs ~10 s apart, meets a shared machine's load at different moments: on 2
    shared cores an A/A run (the same commit on both sides, 8 pairs) gave 1.22 (640x480) and
    1.36 (1280x1024). Windows of the two emulators a second apart, read by the same client,
    see the same load: A/A 1.00 and 1.02 with 6 pairs.
    Rows as ``abba.compare`` gives them; ``normalized_ratio`` is the ratio itself (both arms
    share each moment: there is no per-run baseline to divide by)."""
    here = str(Path(__file__).resolve().parents[1])
    rows: list[dict[str, Any]] = []
    for size in LIVE_SIZES:
        children = {"here": Child(size, here), "other": Child(size, other)}
        got: dict[str, list[tuple[float, float]]] = {"here": [], "other": []}
        try:
            for i in range(-1, pairs):  # -1: a window each, not counted (frames rendered)
                for arm in (("here", "other") if i % 2 == 0 else ("other", "here")):
                    try:
                        window = await _live_window(children[arm], size, seconds if i >= 0 else 0.3)
                    except (RuntimeError, TimeoutError, ConnectionError) as exc:
                        # This checkout's client speaks its own acquire port only.
                        sys.exit(f"live video from the emulator of {here if arm == 'here' else other}"
                                 f" to this checkout's client failed: {exc!r}")
                    if i >= 0:
                        got[arm].append(window)
        finally:
            for child in children.values():
                child.close()
        name = f"live_{size[0]}x{size[1]}"
        for k, (suffix, unit) in enumerate((("", "MB/s"), ("_cpu", "us/MB"))):
            mine = [w[k] for w in got["here"]]
            theirs = [w[k] for w in got["other"]]
            ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
            ratio = round(statistics.median(ratios), 3)
            rows.append({"name": name + suffix, "value": round(statistics.median(mine)),
                         "unit": unit, "baseline": round(statistics.median(theirs)),
                         "ratio": ratio, "normalized_ratio": ratio,
                         "lower_is_better": unit == "us/MB",
                         "pairs": [[round(a), round(b)] for a, b in zip(mine, theirs, strict=True)]})
    return rows


PARTS = ("clients", "lossless", "live")


async def run_all(args: argparse.Namespace) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    if "clients" in args.only:
        results += await bench_clients(args.clients, 3.0 if args.quick else 5.0)
    if "lossless" in args.only:
        results += await bench_lossless(5000 if args.quick else 20000)
    if "live" in args.only:
        for size in LIVE_SIZES:
            results += await bench_live(size, 1.0 if args.quick else 3.0)
    return results


def compare(args: argparse.Namespace) -> None:
    """This checkout against DIR: whole runs alternating ABBA, medians of the pairs (`abba`);
    the live rows by `compare_live` instead. One table, then one JSON line."""
    rest = [p for p in args.only if p != "live"]
    rows: list[dict[str, Any]] = []
    if rest:
        argv = ["--clients", str(args.clients), "--only", ",".join(rest)]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            # Higher is better for rates and counts; for CPU and memory, lower is.
            abba.compare("emulator", __file__, argv + (["--quick"] if args.quick else []),
                         args.compare, args.pairs,
                         lower_better={"% of a core", "MB", "us/record", "us/MB"})
        rows += json.loads(out.getvalue().strip().splitlines()[-1])["results"]
    if "live" in args.only:
        # Twice the pairs: a window costs a second or three where a whole run costs ten.
        rows += asyncio.run(compare_live(str(Path(args.compare).resolve()), 2 * args.pairs,
                                         1.0 if args.quick else 2.0))
    print(f"emulator benchmark here vs {args.compare}, {args.pairs} pairs (ABBA; live: "
          f"{2 * args.pairs} windows each, one client), medians; load now {abba.load()}")
    print(f"{'benchmark':30} {'unit':14} {'here':>10} {'compare':>10} {'ratio':>7} {'norm':>7}"
          "  per pair")
    for r in rows:
        per = " ".join(f"{a / b:.2f}" if b else "nan" for a, b in r["pairs"])
        print(f"{r['name']:30} {r['unit']:14} {r['value']:>10} {r['baseline']:>10} "
              f"{r['ratio']:>7} {r['normalized_ratio']:>7}  {per}")
    print(json.dumps({"name": "emulator_compare", "compare": str(Path(args.compare).resolve()),
                      "pairs": args.pairs, "results": rows}))


async def main(args: argparse.Namespace) -> None:
    results = await run_all(args)
    print(f"{'benchmark':30} {'value':>12} {'unit':16} {'baseline':>10} {'ratio':>8}")
    for r in results:
        print(f"{r['name']:30} {r['value']:>12} {r['unit']:16} {r['baseline']:>10} {r['ratio']:>8}")
    print(json.dumps({"name": "emulator", "results": results}))


if __name__ == "__main__":
    _raise_nofile()
    if len(sys.argv) >= 3 and sys.argv[1] == "--serve":
        w, h = (int(x) for x in sys.argv[2].split("x"))
        asyncio.run(_serve((w, h)))
        sys.exit(0)
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--clients", type=int, default=500)
    ap.add_argument("--compare", metavar="DIR",
                    help="also measure the emulator of this checkout (e.g. a git worktree)")
    ap.add_argument("--pairs", type=int, default=3, help="alternations with --compare")
    ap.add_argument("--only", default=",".join(PARTS),
                    type=lambda v: [p for p in v.split(",") if p],
                    help=f"comma-separated subset of {','.join(PARTS)} (default: all)")
    parsed = ap.parse_args()
    if parsed.compare:
        compare(parsed)
    else:
        asyncio.run(main(parsed))
