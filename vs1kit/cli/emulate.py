"""`vs1 emulate`: run emulated VS-1 cameras until Ctrl-C (or for a fixed duration)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from vs1kit.emulator import Emulator
from vs1kit.generated.registry import PORTS

__all__ = ["emulate_command"]

# Ports below this need root; as another user they move up by the same amount.
_PRIVILEGED = 1024
_UNPRIVILEGED_BASE = 10000


def _table(emu: Emulator) -> Table:
    """One column per camera, one row per port: stays readable on a narrow terminal."""
    table = Table(title="VS-1 emulator")
    table.add_column("")
    for cam in emu.cameras:
        table.add_column(f"camera {cam.index + 1}")
    table.add_row("name", *(c.model.config.name for c in emu.cameras))
    table.add_row("address", *(c.host for c in emu.cameras))
    table.add_row("job", *((c.model.job.name if c.model.job else "-") for c in emu.cameras))
    for port_id in sorted(PORTS, key=lambda pid: PORTS[pid].numbers[0]):
        table.add_row(port_id, *(",".join(str(n) for n in c.ports().get(port_id, [])) or "-"
                                 for c in emu.cameras))
    return table


async def _run(emu: Emulator, duration: float | None) -> None:
    await emu.start()
    Console().print(_table(emu))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        if duration is None:
            await stop.wait()
        else:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), duration)
    finally:
        await emu.stop()
        counts = ", ".join(f"{c.model.config.name}: {c.model.inspections} inspections"
                           for c in emu.cameras)
        click.echo(f"stopped ({counts})")


@click.command("emulate")
@click.option("--cameras", default=1, show_default=True, help="Number of cameras (camera i binds 127.0.1.i when more than one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address of a single camera.")
@click.option("--port-offset", default=None, type=int, help="Add this to every port number (default 0; as non-root the ports below 1024 move to 10000+N).")
@click.option("--password", default="admin", show_default=True, envvar="VS1_PASSWORD", help="Login password (user admin; or VS1_PASSWORD).")
@click.option("--no-standard-ports", "no_standard", is_flag=True, help="Do not serve FTP, Telnet and HTTP (cleartext by their RFCs).")
@click.option("--partq-depth", default=1000, show_default=True, help="PartQ ring buffer depth.")
@click.option("--free-run", "free_run", default=None, type=float, help="Inspect continuously at this rate (Hz).")
@click.option("--duration", default=None, type=float, help="Stop after this many seconds.")
@click.option("--workdir", default=None, type=click.Path(file_okay=False, path_type=Path), help="Keep the cameras' RAM/flash here (flash survives runs).")
@click.option("--announce-interval", default=2.0, show_default=True, help="Seconds between announce broadcasts (0: off).")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def emulate_command(
    cameras: int, host: str, port_offset: int | None, password: str, partq_depth: int,
    free_run: float | None, duration: float | None, workdir: Path | None,
    announce_interval: float, verbose: int, no_standard: bool = False,
) -> None:
    """Emulate VS-1 Smart Cameras on every port of the seed (FTP, Telnet, HTTP, RIP, service
    ports, serial, login, announce). Ports below 1024 need root; as another user the standard
    ports (FTP, Telnet, HTTP, RIP) are moved to 10000 + number unless --port-offset is given."""
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    port_map: dict[int, int] | None = None
    offset = port_offset or 0
    if port_offset is None and os.geteuid() != 0:
        port_map = {n: _UNPRIVILEGED_BASE + n for p in PORTS.values() for n in p.numbers if n < _PRIVILEGED}
    emu = Emulator(cameras=cameras, host=host, port_offset=offset, port_map=port_map,
                   password=password, partq_depth=partq_depth, announce_interval=announce_interval,
                   workdir=workdir, free_run_hz=free_run, standard_ports=not no_standard)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(emu, duration))
