"""`vs1 soak`: cameras, bridge and Mosquitto under scheduled faults; every inspection accounted."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

__all__ = ["soak_command"]


@click.command("soak")
@click.option("--cameras", default=10, show_default=True, help="Emulated cameras.")
@click.option("--per-process", default=2, show_default=True, help="Cameras per emulator process (a pause stops them all).")
@click.option("--rate", default=2.0, show_default=True, help="Inspections per second per camera.")
@click.option("--duration", default=120.0, show_default=True, help="Seconds of faults after the warm-up (at least --rounds of each fault).")
@click.option("--rounds", default=2, show_default=True, help="Each fault type at least this many times.")
@click.option("--hold", default=4.0, show_default=True, help="Seconds a fault lasts (silence, pause, broker or bridge down).")
@click.option("--hostile-rate", default=10.0, show_default=True, help="Hostile connections per second (0: none).")
@click.option("--partq-depth", default=5000, show_default=True, help="Each camera's PartQ depth.")
@click.option("--workdir", default=None, type=click.Path(file_okay=False, path_type=Path), help="Keep logs, broker and bridge state here (default: a temporary folder, kept on failure).")
@click.option("--faults", default="", help="Comma-separated subset of the fault rotation (default: all of cut, silence, restart, pause, broker_restart, bridge_kill, slow_consumer).")
@click.option("--recovery-timeout", default=30.0, show_default=True, help="Seconds after a fault's end before it counts as not recovered.")
@click.option("--seed", default=1, show_default=True, help="Seed of the fault targets and hostile peers.")
def soak_command(cameras: int, per_process: int, rate: float, duration: float, rounds: int, hold: float,
                 hostile_rate: float, partq_depth: int, workdir: Path | None, faults: str, recovery_timeout: float, seed: int) -> None:
    """Run N emulated cameras, the bridge (`vs1 bridge run`) and Mosquitto while faults are injected
    on a schedule (connection cuts, silenced heartbeats, camera restarts and pauses, broker
    restarts, bridge SIGKILLs, a slow consumer) and hostile peers run beside them. Prints one
    summary table and, last, one JSON line; exits 1 if any inspection was lost."""
    from vs1kit.soak import FAULTS, SoakOptions, run_soak

    def log(line: str) -> None:
        click.echo(line, err=True)

    opts = SoakOptions(cameras=cameras, per_process=per_process, rate=rate, duration=duration,
                       min_rounds=rounds, hold=hold, hostile_rate=hostile_rate, partq_depth=partq_depth,
                       workdir=workdir, seed=seed, log=log, recovery_timeout=recovery_timeout,
                       faults=tuple(f.strip() for f in faults.split(",") if f.strip()) or FAULTS)
    result = asyncio.run(run_soak(opts))
    click.echo(result.table())
    click.echo(result.json_line())
    sys.exit(0 if result.ok else 1)
