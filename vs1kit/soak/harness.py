"""The soak: N emulated cameras, the bridge (a real `vs1 bridge run` process) and Mosquitto for a
set time, faults injected one after another on a schedule, hostile peers beside them; at the end
every inspection every camera produced is accounted against what reached MQTT.

Faults (each at least `min_rounds` times, in a fixed rotation):

- ``cut``: the camera closes every TCP connection abruptly;
- ``silence``: the camera goes deaf (no heartbeats, no answers, no inspections) for `hold` s,
  longer than the client's heartbeat timeout;
- ``restart``: the camera reboots (RAM PartQ cleared, ids from 1 again);
- ``pause``: SIGSTOP of a camera process for `hold` s, then SIGCONT;
- ``broker_restart``: Mosquitto stopped for `hold` s and started again (sessions kept);
- ``bridge_kill``: SIGKILL of the bridge, `hold` s later a new one on the same state;
- ``slow_consumer``: a QoS 1 subscriber that reads nothing for twice `hold` s.

Detection is when the bridge showed it noticed (its Prometheus metrics: a camera's drop counter
or `camera_up`, `vs1_mqtt_connected`; for its own death the broker's last will on MQTT);
recovery is from the end of the fault until every inspection the affected cameras had produced
by then has reached the accounting subscriber.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from vs1kit.soak.accounting import Accounting, account
from vs1kit.soak.broker import Mosquitto, SoakError, free_port
from vs1kit.soak.hostile import Hostile
from vs1kit.soak.mqtt import AccountingSubscriber, SlowConsumer
from vs1kit.soak.processes import BridgeProcess, CameraGroup, rss_kb, soak_port_map

__all__ = ["FAULTS", "FaultRecord", "SoakOptions", "SoakResult", "run_soak"]

FAULTS = ("cut", "silence", "restart", "pause", "broker_restart", "bridge_kill", "slow_consumer")
CAMERA_FAULTS = {"cut", "silence", "restart", "pause"}


@dataclass
class SoakOptions:
    cameras: int = 10
    per_process: int = 2
    """Cameras per emulator process (a pause stops all of them)."""
    rate: float = 2.0
    """Inspections per second per camera (free run)."""
    duration: float = 120.0
    """Keep injecting faults until this long after the warm-up (and `min_rounds` are done)."""
    min_rounds: int = 2
    hold: float = 4.0
    """How long a fault lasts (silence, pause, broker down, bridge down; slow consumer 2x)."""
    gap: float = 1.0
    recovery_timeout: float = 30.0
    """A fault whose inspections have not all arrived this long after it ended: not recovered."""
    drain_timeout: float = 120.0
    quiet_timeout: float = 10.0
    """At the end, stop waiting once nothing arrived for this long and the outbox is empty."""
    hostile_rate: float = 10.0
    """Hostile connections per second (churn; garbage and datagrams at a fifth of it)."""
    partq_depth: int = 5000
    rss_interval: float = 2.0
    faults: tuple[str, ...] = FAULTS
    """The rotation (a subset reproduces one kind of fault alone)."""
    workdir: Path | None = None
    seed: int = 1
    log: Callable[[str], None] = field(default=lambda _s: None)


@dataclass
class FaultRecord:
    kind: str
    target: str
    at_s: float
    detect_s: float | None
    recover_s: float | None
    note: str = ""


@dataclass
class SoakResult:
    options: SoakOptions
    accounting: Accounting
    faults: list[FaultRecord]
    rss: dict[str, list[tuple[float, int]]]
    hostile: dict[str, int]
    wall_s: float
    bridge_exit: int | None
    workdir: Path

    @property
    def ok(self) -> bool:
        return self.accounting.ok and all(f.recover_s is not None for f in self.faults)

    def _rss_stats(self, name: str) -> tuple[float, float, float]:
        series = [kb for _, kb in self.rss.get(name, [])]
        if not series:
            return (0.0, 0.0, 0.0)
        return (series[0] / 1024, max(series) / 1024, series[-1] / 1024)

    def _rss_over_time(self, name: str, points: int = 8) -> str:
        """A few evenly spaced samples, "t s: MB", to see growth without a plot."""
        series = self.rss.get(name, [])
        if not series:
            return "-"
        picks = sorted({round(k * (len(series) - 1) / (points - 1)) for k in range(points)})
        return " ".join(f"{series[k][0]:.0f}s:{series[k][1] / 1024:.0f}" for k in picks)

    def results(self) -> list[dict[str, Any]]:
        acc = self.accounting
        out: list[dict[str, Any]] = []

        def add(name: str, value: float, unit: str, baseline: float | None = None) -> None:
            ratio = round(value / baseline, 3) if baseline else None
            out.append({"name": name, "value": round(value, 3), "unit": unit, "baseline": baseline,
                        "ratio": ratio})

        produced = acc.total("produced")
        add("inspections_produced", produced, "count")
        add("inspections_delivered", acc.total("delivered"), "count", produced)
        add("inspections_lost", acc.lost, "count")
        add("lost_at_camera_reboot", acc.total("lost_at_reboot"), "count")
        add("destroyed_at_camera_reboot_unacknowledged",
            sum(len(c.destroyed_at_reboot) for c in acc.cameras.values()), "count")
        add("repeats_within_idempotency_rule", acc.total("repeats"), "count")
        add("repeats_breaking_idempotency_rule", acc.total("bad_repeats"), "count")
        add("out_of_order", acc.total("out_of_order"), "count")
        add("unplaced_messages", acc.total("unplaced"), "count")
        for kind in self.options.faults:
            recs = [f for f in self.faults if f.kind == kind]
            add(f"{kind}_injected", len(recs), "count")
            det = [f.detect_s for f in recs if f.detect_s is not None]
            rec = [f.recover_s for f in recs if f.recover_s is not None]
            if det:
                add(f"{kind}_detect_max", max(det), "s")
            if rec:
                add(f"{kind}_recover_max", max(rec), "s")
            add(f"{kind}_not_recovered", len(recs) - len(rec), "count")
        for name in ("bridge", "broker", "emulators"):
            first, peak, last = self._rss_stats(name)
            add(f"rss_{name}_max", peak, "MB", round(first, 1) or None)
            add(f"rss_{name}_end", last, "MB", round(first, 1) or None)
        for key, value in self.hostile.items():
            add(f"hostile_{key}", value, "count")
        add("wall", self.wall_s, "s")
        return out

    def table(self) -> str:
        acc = self.accounting
        o = self.options
        lines = [f"soak: {o.cameras} cameras x {o.rate:g}/s in {-(-o.cameras // o.per_process)} "
                 f"processes, {self.wall_s:.0f} s, {len(self.faults)} faults, workdir {self.workdir}",
                 "",
                 f"{'fault':<15} {'target':<10} {'at s':>7} {'detect s':>9} {'recover s':>10}  note"]
        for f in self.faults:
            det = f"{f.detect_s:.2f}" if f.detect_s is not None else "-"
            rec = f"{f.recover_s:.2f}" if f.recover_s is not None else "NOT"
            lines.append(f"{f.kind:<15} {f.target:<10} {f.at_s:>7.1f} {det:>9} {rec:>10}  {f.note}")
        lines += ["", f"{'camera':<10} {'produced':>9} {'delivered':>9} {'lost':>6} {'repeats':>8} "
                      f"{'bad rep':>8} {'ooo':>5} {'boots':>5}  lost ranges (boot:first-last)"]
        for cam, c in sorted(acc.cameras.items()):
            lost = " ".join(f"{b}:{a}-{z}" for b, a, z in c.lost[:6]) + (" ..." if len(c.lost) > 6 else "")
            boots = 1 + sum(1 for f in self.faults if f.kind == "restart" and f.target == cam)
            lines.append(f"{cam:<10} {c.produced:>9} {c.delivered:>9} {c.lost_count:>6} {c.repeats:>8} "
                         f"{c.bad_repeats:>8} {c.out_of_order:>5} {boots:>5}  {lost}")
        lines.append(f"{'total':<10} {acc.total('produced'):>9} {acc.total('delivered'):>9} {acc.lost:>6} "
                     f"{acc.total('repeats'):>8} {acc.total('bad_repeats'):>8} {acc.total('out_of_order'):>5}")
        destroyed = [f"{cam}:{b}:{i}" for cam, c in sorted(acc.cameras.items()) for b, i in c.destroyed_at_reboot]
        lines.append(f"destroyed by a camera reboot before any reader acknowledged them (not lost by "
                     f"the bridge; camera:boot:id): {len(destroyed)}" + (f"  {' '.join(destroyed[:20])}"
                                                                         if destroyed else ""))
        lines.append("")
        for name in ("bridge", "broker", "emulators"):
            first, peak, last = self._rss_stats(name)
            lines.append(f"RSS {name:<10} start {first:7.1f} MB  max {peak:7.1f} MB  end {last:7.1f} MB"
                         f"  over time: {self._rss_over_time(name)}")
        lines.append("hostile peers: " + ", ".join(f"{k} {v}" for k, v in self.hostile.items()))
        lines.append(f"bridge exit code at SIGTERM: {self.bridge_exit}")
        lines.append("RESULT: " + ("no inspection lost" if self.ok else "LOSS OR UNRECOVERED FAULT"))
        return "\n".join(lines)

    def json_line(self) -> str:
        return json.dumps({"name": "soak", "ok": self.ok, "results": self.results()})


class _Soak:
    def __init__(self, opts: SoakOptions, workdir: Path) -> None:
        self.o = opts
        self.workdir = workdir
        self.rnd = random.Random(opts.seed)
        self.rnd.randint(1, 250)  # (drawn as before, so a seed still picks the same fault targets)
        # One loopback /24 per run, not per seed: concurrent runs (a soak beside the suite's) do
        # not collide on the cameras' addresses.
        tag = random.SystemRandom().randint(1, 250)
        self.camera_ids = [f"cam{i + 1:02d}" for i in range(opts.cameras)]
        self.hosts = {cid: f"127.86.{tag}.{i + 1}" for i, cid in enumerate(self.camera_ids)}
        self.groups: list[CameraGroup] = []
        for g, start in enumerate(range(0, opts.cameras, opts.per_process)):
            ids = self.camera_ids[start:start + opts.per_process]
            gdir = workdir / f"cameras{g}" / "files"
            gdir.mkdir(parents=True, exist_ok=True)
            self.groups.append(CameraGroup(g, ids, [self.hosts[c] for c in ids], rate=opts.rate,
                                           partq_depth=opts.partq_depth, workdir=gdir))
        self.group_of = {cid: grp for grp in self.groups for cid in grp.cameras}
        self.broker = Mosquitto(workdir / "broker")
        self.sub = AccountingSubscriber(self.broker.port)
        self.bridge = BridgeProcess(workdir, self.hosts, self.broker.port, free_port())
        self.hostile = Hostile(list(self.hosts.values()), soak_port_map(), seed=opts.seed)
        self.rss: dict[str, list[tuple[float, int]]] = {"bridge": [], "broker": [], "emulators": []}
        self.faults: list[FaultRecord] = []
        self.t0 = time.monotonic()
        self.http: aiohttp.ClientSession | None = None
        self.start_ids: dict[str, int] = {}

    # -- observation -------------------------------------------------------------------------

    async def metrics(self) -> dict[str, float]:
        assert self.http is not None
        try:
            async with self.http.get(f"http://127.0.0.1:{self.bridge.metrics_port}/metrics",
                                     timeout=aiohttp.ClientTimeout(total=2)) as resp:
                text = await resp.text()
        except (aiohttp.ClientError, TimeoutError, OSError):
            return {}
        out: dict[str, float] = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                with contextlib.suppress(ValueError):
                    out[name] = float(value)
        return out

    async def _sample_rss(self) -> None:
        while True:
            t = time.monotonic() - self.t0
            for name, pids in (("bridge", [self.bridge.pid]), ("broker", [self.broker.pid]),
                               ("emulators", [g.pid for g in self.groups])):
                sizes = [kb for kb in (rss_kb(p) for p in pids) if kb is not None]
                if sizes:
                    self.rss[name].append((t, sum(sizes)))
            await asyncio.sleep(self.o.rss_interval)

    async def _detect(self, start: float, check: Callable[[], Awaitable[bool]], timeout: float) -> float | None:
        deadline = start + timeout
        while time.monotonic() < deadline:
            if await check():
                return time.monotonic() - start
            await asyncio.sleep(0.1)
        return None

    def _camera_noticed(self, cams: list[str], before: dict[str, float]) -> Callable[[], Awaitable[bool]]:
        async def check() -> bool:
            m = await self.metrics()
            for c in cams:
                drops = m.get(f'vs1_bridge_camera_drops_total{{camera="{c}"}}')
                up = m.get(f'vs1_bridge_camera_up{{camera="{c}"}}')
                if (drops is not None and drops > before.get(c, 0.0)) or up == 0.0:
                    return True
            return False
        return check

    async def _drops(self, cams: list[str]) -> dict[str, float]:
        m = await self.metrics()
        return {c: m.get(f'vs1_bridge_camera_drops_total{{camera="{c}"}}', 0.0) for c in cams}

    async def produced(self, groups: list[CameraGroup] | None = None) -> dict[str, list[dict[str, int]]]:
        """What the cameras produced since the bridge first met them: a bridge with no stored
        resume point starts at the camera's current inspection, so what ran before that first
        contact is not the bridge's to deliver (the first boot starts at the first delivery)."""
        out: dict[str, list[dict[str, int]]] = {}
        for g in groups or self.groups:
            out.update(await g.status())
        for cam, boots in out.items():
            start = self.start_ids.get(cam)
            if start is not None and boots:
                boots[0] = {**boots[0], "first": max(boots[0]["first"], start)}
        return out

    async def _recovered(self, before: dict[str, list[dict[str, int]]], restored: float,
                         groups: list[CameraGroup], cams: list[str]) -> float | None:
        """Seconds from `restored` until every inspection the cameras produced during the fault
        (since `before`) has arrived and one produced after it too (live flow is back). Ids
        lost earlier do not hold a later fault's recovery up: the accounting has them."""
        after = await self.produced(groups)
        during = {c: _since(before.get(c, []), after[c]) for c in cams}
        deadline = restored + self.o.recovery_timeout
        while time.monotonic() < deadline:
            if all(self.sub.has_all(c, during[c]) and after[c]
                   and self.sub.newest_us.get(c, 0) > after[c][-1]["last_us"] for c in cams):
                return time.monotonic() - restored
            await asyncio.sleep(0.1)
        return None

    # -- faults ------------------------------------------------------------------------------

    async def inject(self, kind: str, camera: str) -> FaultRecord:
        o = self.o
        at = time.monotonic() - self.t0
        group = self.group_of[camera]
        cams, groups, note = [camera], [group], ""
        detect: asyncio.Task[float | None] | None = None
        window = o.hold + 15.0
        if kind in CAMERA_FAULTS:
            if kind == "pause":
                cams = list(group.cameras)
            produced_before = await self.produced(groups)
            before = await self._drops(cams)
            start = time.monotonic()
            detect = asyncio.create_task(self._detect(start, self._camera_noticed(cams, before), window))
            if kind == "cut":
                note = f"{(await group.request({'op': 'drop', 'cam': group.cameras.index(camera)}))['dropped']} connections"
            elif kind == "silence":
                await group.request({"op": "stall", "cam": group.cameras.index(camera), "seconds": o.hold})
                await asyncio.sleep(o.hold)
            elif kind == "restart":
                await group.request({"op": "restart", "cam": group.cameras.index(camera)})
            else:
                group.pause()
                await asyncio.sleep(o.hold)
                group.resume()
                note = f"process {group.index} ({', '.join(cams)})"
            restored = time.monotonic()
        else:
            cams, groups = list(self.camera_ids), list(self.groups)
            produced_before = await self.produced(groups)
            start = time.monotonic()
            if kind == "broker_restart":
                async def mqtt_down() -> bool:
                    return (await self.metrics()).get("vs1_mqtt_connected") == 0.0
                detect = asyncio.create_task(self._detect(start, mqtt_down, window))
                await asyncio.to_thread(self.broker.stop)
                await asyncio.sleep(o.hold)
                await asyncio.to_thread(self.broker.start)
            elif kind == "bridge_kill":
                n = len(self.sub.availability)

                async def last_will() -> bool:
                    return any(topic.startswith("vs1/bridge/") and payload == "offline"
                               for _, topic, payload in self.sub.availability[n:])
                await self.bridge.kill()
                detect = asyncio.create_task(self._detect(start, last_will, window))
                await asyncio.sleep(o.hold)
                await self.bridge.start()
            else:
                slow = SlowConsumer(self.broker.port)
                await slow.run(2 * o.hold)
                note = (f"backlog {slow.messages} messages, {slow.backlog_bytes / 1024:.0f} kB, "
                        f"drained in {slow.drain_s:.2f} s")
            restored = time.monotonic()
        recover = await self._recovered(produced_before, restored, groups, cams)
        detect_s = await detect if detect is not None else None
        rec = FaultRecord(kind, camera if kind in CAMERA_FAULTS else "all", at, detect_s, recover, note)
        self.o.log(f"{rec.at_s:7.1f} s {kind:<15} {rec.target:<6} detect "
                   f"{'-' if detect_s is None else f'{detect_s:.2f}'} s, recover "
                   f"{'NOT' if recover is None else f'{recover:.2f}'} s {note}")
        return rec

    # -- the run -----------------------------------------------------------------------------

    async def run(self) -> SoakResult:
        o = self.o
        background: list[asyncio.Task[Any]] = []
        bridge_exit: int | None = None
        self.http = aiohttp.ClientSession()
        await asyncio.to_thread(self.broker.start)
        try:
            background.append(asyncio.create_task(self.sub.run()))
            await asyncio.wait_for(self.sub.connected.wait(), 15)
            await asyncio.gather(*(g.start() for g in self.groups))
            await self.bridge.start()
            background.append(asyncio.create_task(self._sample_rss()))
            # Warm-up: every camera's inspections reach MQTT before any fault.
            deadline = time.monotonic() + 120
            while not all(self.sub.by_camera.get(c) for c in self.camera_ids):
                if time.monotonic() > deadline:
                    raise SoakError("not every camera's inspections reached MQTT within 120 s")
                await asyncio.sleep(0.2)
            self.start_ids = {c: min(self.sub.by_camera[c]) for c in self.camera_ids}
            o.log(f"warm: {o.cameras} cameras publishing ({time.monotonic() - self.t0:.1f} s)")
            self.t0 = time.monotonic()
            for series in self.rss.values():
                series.clear()  # RSS from the warm state on: a start-up sample is no baseline
            if o.hostile_rate > 0:
                background.append(asyncio.create_task(self.hostile.run(o.hostile_rate)))
            i = 0
            unknown = set(o.faults) - set(FAULTS)
            if unknown:
                raise SoakError(f"unknown faults {sorted(unknown)}; known: {', '.join(FAULTS)}")
            while i < len(o.faults) * o.min_rounds or time.monotonic() - self.t0 < o.duration:
                camera = self.camera_ids[self.rnd.randrange(len(self.camera_ids))]
                self.faults.append(await self.inject(o.faults[i % len(o.faults)], camera))
                i += 1
                await asyncio.sleep(o.gap)
            # The end: no more inspections; what was produced must all arrive.
            for g in self.groups:
                await g.request({"op": "halt"})
            final = await self.produced()
            while True:  # triggers already queued in a camera still run: until nothing changes
                await asyncio.sleep(0.5)
                again = await self.produced()
                if again == final:
                    break
                final = again
            deadline = time.monotonic() + o.drain_timeout
            progress, quiet_since = len(self.sub.received), time.monotonic()
            while not all(self.sub.has_all(c, final[c]) for c in self.camera_ids):
                now = time.monotonic()
                if len(self.sub.received) != progress:
                    progress, quiet_since = len(self.sub.received), now
                # Nothing more arriving for a while (and the outbox empty) means what is
                # missing will not come: the accounting says which.
                quiet = now - quiet_since > o.quiet_timeout and \
                    (await self.metrics()).get("vs1_mqtt_outbox_depth", 1.0) == 0.0
                if now > deadline or quiet:
                    o.log(f"drain: not everything arrived ({now - quiet_since:.0f} s without news)")
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(1.0)  # late repeats (outbox resends) are part of the account
            wall = time.monotonic() - self.t0
            bridge_exit = await self.bridge.stop()
        finally:
            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            with contextlib.suppress(Exception):
                await self.bridge.stop()
            await asyncio.gather(*(g.stop() for g in self.groups), return_exceptions=True)
            await asyncio.to_thread(self.broker.stop)
            await self.http.close()
        return SoakResult(o, account(final, self.sub.received, reboot_tail=o.partq_depth), self.faults,
                          self.rss, self.hostile.as_dict(), wall, bridge_exit, self.workdir)


def _since(before: list[dict[str, int]], after: list[dict[str, int]]) -> list[dict[str, int]]:
    """The part of `after` (a camera's boots) that is not in `before`."""
    old = {b["first_us"]: b["last"] for b in before}
    out = []
    for b in after:
        first = old[b["first_us"]] + 1 if b["first_us"] in old else b["first"]
        if first <= b["last"]:
            out.append({**b, "first": first})
    return out


async def run_soak(opts: SoakOptions) -> SoakResult:
    """Run a soak. Its work directory (logs, broker, bridge state) is removed afterwards only
    when it was not given and the soak passed: a failure keeps the evidence."""
    own = opts.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="vs1-soak-")) if own else Path(opts.workdir or ".")
    workdir.mkdir(parents=True, exist_ok=True)
    result = await _Soak(opts, workdir).run()
    if own and result.ok:
        shutil.rmtree(workdir, ignore_errors=True)
    return result
