"""The short soak: 10 emulated cameras (5 processes), the bridge as a real `vs1 bridge run`
process, Mosquitto, every fault type twice and hostile peers beside them, in under 3 minutes.
Asserts on the accounting: every inspection each camera produced (per boot) reached the
persistent-session subscriber, repeats only within the idempotency rule, every fault detected
and recovered from."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from vs1kit.soak import FAULTS, SoakOptions, run_soak


def test_short_soak_loses_no_inspection(tmp_path: Path) -> None:
    log: list[str] = []

    def note(line: str) -> None:
        log.append(line)
        print(line, flush=True)  # shown by pytest on failure, even on a timeout
    opts = SoakOptions(cameras=10, per_process=2, rate=2.0, duration=0.0, min_rounds=2, hold=3.0,
                       hostile_rate=5.0, recovery_timeout=20.0, quiet_timeout=8.0, drain_timeout=60.0,
                       rss_interval=1.0, workdir=tmp_path / "soak", log=note)
    t0 = time.monotonic()
    result = asyncio.run(asyncio.wait_for(run_soak(opts), 240))
    wall = time.monotonic() - t0
    summary = result.table() + "\n" + "\n".join(log)
    print(summary)
    acc = result.accounting

    # The schedule really ran: every fault type at least twice, the hostile peers were busy.
    for kind in FAULTS:
        assert sum(f.kind == kind for f in result.faults) >= 2, kind
    assert result.hostile["churned"] > 0 and result.hostile["half_frames"] > 0
    assert result.hostile["garbage"] > 0 and result.hostile["datagrams"] > 0
    # Inspections ran through all of it, on every camera, across the restarts.
    assert len(acc.cameras) == 10
    assert all(c.produced >= 20 for c in acc.cameras.values()), summary
    assert sum(f.kind == "restart" for f in result.faults) == 2
    # The accounting: nothing lost, the idempotency rule kept, nothing made up.
    lost = {cam: c.lost for cam, c in acc.cameras.items() if c.lost}
    assert acc.lost == 0, f"lost (camera: [(boot, first id, last id)]): {lost}\n{summary}"
    assert acc.total("bad_repeats") == 0, summary
    assert acc.total("unplaced") == 0, summary
    assert acc.total("delivered") == acc.total("produced"), summary
    # Every fault the bridge can notice was noticed, and every one was recovered from.
    for f in result.faults:
        assert f.recover_s is not None, f"{f.kind} on {f.target} not recovered\n{summary}"
        if f.kind != "slow_consumer":
            assert f.detect_s is not None, f"{f.kind} on {f.target} not detected\n{summary}"
    assert result.bridge_exit == 0, summary
    assert result.rss["bridge"] and result.rss["broker"] and result.rss["emulators"]
    assert wall <= 180, f"the short soak took {wall:.0f} s\n{summary}"


def test_camera_restart_alone_loses_no_inspection(tmp_path: Path) -> None:
    """The restart fault by itself (the quick reproducer of the short soak's restart case):
    the inspections a rebooted camera ran before the bridge reconnected are in its PartQ and
    must reach MQTT like every other."""
    opts = SoakOptions(cameras=2, per_process=2, rate=2.0, duration=0.0, min_rounds=2, hold=3.0,
                       hostile_rate=0.0, recovery_timeout=10.0, quiet_timeout=5.0, drain_timeout=30.0,
                       faults=("restart",), workdir=tmp_path / "soak", log=print)
    result = asyncio.run(asyncio.wait_for(run_soak(opts), 150))
    summary = result.table()
    print(summary)
    assert [f.kind for f in result.faults] == ["restart", "restart"]
    # The scenario ran: each camera restarted once and produced inspections in both boots
    # (2/s for the 3 s hold on each side of its restart, fewer on a loaded machine).
    assert sorted(f.target for f in result.faults) == sorted(result.accounting.cameras), summary
    assert all(c.produced >= 4 for c in result.accounting.cameras.values()), summary
    lost = {cam: c.lost for cam, c in result.accounting.cameras.items() if c.lost}
    assert result.accounting.lost == 0, f"lost (camera: [(boot, first id, last id)]): {lost}\n{summary}"
    assert all(f.recover_s is not None for f in result.faults), summary
