"""The client side of the ``vs1`` command: one sub-command per camera service.

Tables and progress bars for people, ``--json`` for scripts. Errors are one line on stderr
(no traceback) with an exit code a script can test:

    0 ok   1 other camera error   2 usage   3 camera unreachable / link lost
    4 login refused (wrong password, throttled, not logged in, the camera failed to prove
      itself)   5 not in control, or a right the session does not have (forbidden)   6 bad file

``vs1kit.cli`` registers them on the ``vs1`` group with ``register_client_commands``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
from rich.console import Console
from rich.table import Table

from vs1kit.client import (
    SERIAL_CHANNELS,
    Camera,
    CameraUnreachable,
    ConnectionLost,
    Gap,
    JobFileError,
    LoginFailed,
    RequestTimeout,
    discover,
)
from vs1kit.client.discovery import ANNOUNCE_PORT
from vs1kit.generated import enums
from vs1kit.generated.client_api import (
    BadPasswordError,
    ControlHeldError,
    ForbiddenError,
    NotInControlError,
    NotLoggedInError,
    ThrottledError,
)
from vs1kit.generated.registry import PORTS
from vs1kit.generated.types import Record
from vs1kit.protocol.wire import CameraStatusError, Vs1Error, to_jsonable

__all__ = ["CLIENT_COMMANDS", "EXIT", "register_client_commands"]

EXIT = {"ok": 0, "error": 1, "usage": 2, "unreachable": 3, "auth": 4, "control": 5, "file": 6}

F = TypeVar("F", bound=Callable[..., Any])

out = Console()
err = Console(stderr=True)

# A --port-map example from the spec: one of its port numbers moved up by 1000.
_MONITOR_PORT = PORTS["monitor"].numbers[0]
_PORT_MAP_EXAMPLE = f"{_MONITOR_PORT}={_MONITOR_PORT + 1000}"


# ----------------------------------------------------------------------------------------------
# common options and error handling
# ----------------------------------------------------------------------------------------------
class Ctx:
    """What every command's common options say."""

    def __init__(self, host: str | None, port_offset: int, port_map: tuple[str, ...], user: str,
                 password: str | None, timeout: float, as_json: bool, max_reply_mib: float = 16.0,
                 give_up: float = 60.0) -> None:
        self.host = host
        self.port_offset = port_offset
        self.port_map = _parse_port_map(port_map)
        self.user = user
        self.password = password
        self.timeout = timeout
        self.as_json = as_json
        self.max_reply = int(max_reply_mib * 1024 * 1024)
        self.give_up = give_up

    def camera(self, *, reconnect: bool = False) -> Camera:
        if not self.host:
            raise click.UsageError("no camera given: use --host or set VS1_HOST")
        return Camera(self.host, port_offset=self.port_offset, port_map=self.port_map, client_name="vs1 cli",
                      timeout=self.timeout, connect_timeout=self.timeout, auto_reconnect=reconnect,
                      user=self.user, password=self.password, max_reply=self.max_reply,
                      give_up_after=self.give_up if reconnect else None)

    @contextlib.asynccontextmanager
    async def connected(self, *, reconnect: bool = False, control: bool = False) -> AsyncIterator[Camera]:
        """The camera, connected and closed after. ``control``: logged in before connecting (so
        the monitor's hello proves the session and no connection is opened twice), then in
        control; needs the password."""
        cam = self.camera(reconnect=reconnect)
        try:
            if control:
                await cam.login(self.user, self.need_password())
            await cam.connect()
            if control:
                await cam.gain_control()
            yield cam
        finally:
            await cam.close()

    def need_password(self) -> str:
        if self.password is None:
            raise click.UsageError("this command needs control: give --password or set VS1_PASSWORD")
        return self.password


def _parse_port_map(items: tuple[str, ...]) -> dict[int, int]:
    result: dict[int, int] = {}
    for item in items:
        for part in item.split(","):
            if not part.strip():
                continue
            spec, sep, real = part.partition("=")
            if not sep or not spec.strip().isdigit() or not real.strip().isdigit():
                raise click.BadParameter(f"{part!r}: expected SPEC=REAL, e.g. {_PORT_MAP_EXAMPLE}",
                                        param_hint="--port-map")
            result[int(spec)] = int(real)
    return result


def common_options(fn: F) -> F:
    """--host, --port-offset, --port-map, --user, --password, --timeout, --max-reply, --give-up,
    --json."""
    options = [
        click.option("--host", envvar="VS1_HOST", help="Camera address (env VS1_HOST)."),
        click.option("--port-offset", envvar="VS1_PORT_OFFSET", type=int, default=0, show_default=True,
                     help="Added to every port number (emulators; env VS1_PORT_OFFSET)."),
        click.option("--port-map", "port_map", envvar="VS1_PORT_MAP", multiple=True, metavar="SPEC=REAL",
                     help=f"Move one port, e.g. {_PORT_MAP_EXAMPLE} (repeatable, comma lists too; env VS1_PORT_MAP)."),
        click.option("--user", envvar="VS1_USER", default="admin", show_default=True, help="Login user."),
        click.option("--password", envvar="VS1_PASSWORD", help="Login password (env VS1_PASSWORD)."),
        click.option("--timeout", type=float, default=5.0, show_default=True, help="Seconds to wait for the camera."),
        click.option("--max-reply", "max_reply_mib", type=click.FloatRange(min=0.001), default=16.0,
                     show_default=True, metavar="MIB",
                     help="Largest reply accepted (MiB); a larger one ends the command (bounded memory)."),
        click.option("--give-up", type=click.FloatRange(min=0), default=60.0, show_default=True, metavar="SECONDS",
                     help="Commands that follow the camera (--follow, --watch, serial, live): fail when it has "
                          "not come back this long after a drop."),
        click.option("--json", "as_json", is_flag=True, help="Machine-readable output (JSON)."),
    ]

    @functools.wraps(fn)
    def wrapper(host: str | None, port_offset: int, port_map: tuple[str, ...], user: str,
                password: str | None, timeout: float, max_reply_mib: float, give_up: float, as_json: bool,
                **kwargs: Any) -> Any:
        ctx = Ctx(host, port_offset, port_map, user, password, timeout, as_json, max_reply_mib, give_up)
        return fn(ctx, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def fail(message: str, code: int) -> NoReturn:
    err.print(f"[bold red]vs1:[/] {message}", highlight=False, soft_wrap=True)
    sys.exit(code)


def run(ctx: Ctx, main: Callable[[], Coroutine[Any, Any, int | None]]) -> None:
    """Run a command's coroutine and turn every expected failure into one line + exit code."""
    try:
        code: int | None = asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except (BadPasswordError, ThrottledError) as exc:
        fail(f"login refused: {exc.detail}", EXIT["auth"])
    except NotLoggedInError as exc:
        hint = "" if ctx.password else " (give --password or set VS1_PASSWORD)"
        fail(f"not logged in: {exc.detail}{hint}", EXIT["auth"])
    except LoginFailed as exc:
        fail(f"login failed: {exc}", EXIT["auth"])
    except (NotInControlError, ControlHeldError) as exc:
        fail(f"not in control: {exc.detail}", EXIT["control"])
    except ForbiddenError as exc:
        fail(f"forbidden: {exc.detail}", EXIT["control"])
    except CameraUnreachable as exc:
        fail(str(exc), EXIT["unreachable"])
    except (ConnectionLost, RequestTimeout) as exc:
        fail(f"camera at {ctx.host}: {exc}", EXIT["unreachable"])
    except JobFileError as exc:
        fail(f"bad file: {exc}", EXIT["file"])
    except CameraStatusError as exc:
        fail(f"camera refused: {exc.detail}", EXIT["error"])
    except click.ClickException:
        raise
    except OSError as exc:
        fail(f"camera at {ctx.host}: {exc.strerror or exc}", EXIT["unreachable"])
    except Vs1Error as exc:  # e.g. a reply the camera sent that does not decode
        fail(f"camera at {ctx.host}: {exc}", EXIT["error"])
    sys.exit(code or 0)


def emit_json(value: Any) -> None:
    click.echo(json.dumps(to_jsonable(value) if not isinstance(value, dict | list) else value, default=_json_default))


def _json_default(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return to_jsonable(value)


def _state_name(value: int) -> str:
    return enums.CameraState(int(value)).name.lower() if int(value) in enums.CAMERA_STATE_VALUES else str(value)


# ----------------------------------------------------------------------------------------------
# commands
# ----------------------------------------------------------------------------------------------
@click.command("discover")
@click.option("--timeout", type=float, default=1.5, show_default=True, help="Seconds to listen.")
@click.option("--port", type=int, default=ANNOUNCE_PORT, show_default=True, help="Announce port.")
@click.option("--target", default="255.255.255.255", show_default=True, help="Where to send discover (broadcast or an address).")
@click.option("--listen/--no-listen", default=False, help="Also listen on the announce port for periodic broadcasts.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (JSON).")
def discover_command(timeout: float, port: int, target: str, listen: bool, as_json: bool) -> None:
    """Find cameras on the subnet (announce / discover on the announce port)."""
    try:
        found = asyncio.run(discover(timeout, port, target, listen=listen))
    except OSError as exc:
        fail(f"discover: {exc.strerror or exc}", EXIT["unreachable"])
    if as_json:
        emit_json([c.to_dict() for c in found])
    else:
        table = Table(title=f"{len(found)} camera(s)")
        for col in ("name", "ip", "mac", "state", "in control", "job", "version", "inspections", "passed", "failed"):
            table.add_column(col)
        for c in found:
            table.add_row(c.name, c.ip, c.mac, c.state, c.controller_ip if c.in_control else "-", c.job_name,
                          c.software_version, str(c.inspections), str(c.passed), str(c.failed))
        out.print(table)
    if not found:
        fail("no camera answered", EXIT["unreachable"])


@click.command("status")
@common_options
def status_command(ctx: Ctx) -> None:
    """Camera state, counters, job and who is in control."""
    async def main() -> None:
        async with ctx.camera() as cam:
            status = await cam.get_status()
            info = await cam.get_info()
        data = {
            "host": ctx.host, "state": _state_name(status.state),
            "trigger_mode": enums.TriggerMode(int(status.trigger_mode)).name.lower(),
            "job_slot": status.job_slot, "job_name": status.job_name, "inspections": status.inspections,
            "passed": status.passed, "failed": status.failed, "uptime_s": status.uptime_s,
            "controller_ip": status.controller_ip,
            "job_loaded": bool(status.flags & enums.StatusReplyFlags.JOB_LOADED),
            "ram_job_unsaved": bool(status.flags & enums.StatusReplyFlags.RAM_JOB_UNSAVED),
            "fault": bool(status.flags & enums.StatusReplyFlags.FAULT),
            "model": info.model, "serial": info.serial, "firmware": info.firmware_version, "mac": info.mac,
            "sensor": f"{info.sensor_width}x{info.sensor_height}",
        }
        if ctx.as_json:
            emit_json(data)
            return
        table = Table(title=f"VS-1 at {ctx.host}", show_header=False)
        for key, value in data.items():
            table.add_row(key, str(value))
        out.print(table)

    run(ctx, main)


@click.command("login")
@click.option("--control/--no-control", default=True, show_default=True, help="Also take control (released on exit).")
@common_options
def login_command(ctx: Ctx, control: bool) -> None:
    """Check the login (and that control can be taken); shows the network parameters."""
    async def main() -> None:
        password = ctx.need_password()
        cam = ctx.camera()
        try:
            reply = await cam.login(ctx.user, password)  # before connecting: hello proves it
            await cam.connect()
            # No credential is printed: the session key never leaves the client, and the
            # session id is of no use once this command has logged out.
            result: dict[str, Any] = {"host": ctx.host, "user": ctx.user, "camera_verified": True,
                                      "session_timeout_s": reply.timeout_s}
            if control:
                ctrl = await cam.gain_control()
                result["in_control"] = ctrl.in_control
            net = await cam.get_network()
            result.update(mac=net.mac, ip=net.config.ip, mask=net.config.mask, gateway=net.config.gateway,
                          dhcp=net.config.dhcp, name=net.config.name)
        finally:
            await cam.close()
        if ctx.as_json:
            emit_json(result)
        else:
            out.print(f"logged in to {ctx.host} as {ctx.user}" + (" and took control" if control else ""))
            table = Table(show_header=False)
            for key, value in result.items():
                table.add_row(key, str(value))
            out.print(table)

    run(ctx, main)


def _control_command(name: str, doc: str, action: Callable[[Camera], Awaitable[Any]]) -> click.Command:
    @click.command(name, help=doc)
    @common_options
    def command(ctx: Ctx) -> None:
        async def main() -> None:
            async with ctx.connected(control=True) as cam:
                await action(cam)
                status = await cam.get_status()
            if ctx.as_json:
                emit_json({"ok": True, "command": name, "state": _state_name(status.state)})
            else:
                out.print(f"{name}: camera is {_state_name(status.state)}")

        run(ctx, main)

    return command


start_command = _control_command("start", "Start running the selected job (takes control).", lambda c: c.start())
stop_command = _control_command("stop", "Stop running (takes control).", lambda c: c.stop())


@click.group("job")
def job_group() -> None:
    """Jobs on the camera: list, download (FTP + load), select, flash."""


@job_group.command("list")
@common_options
def job_list(ctx: Ctx) -> None:
    """The job slots."""
    async def main() -> None:
        async with ctx.camera() as cam:
            jobs = await cam.list_jobs()
        if ctx.as_json:
            emit_json({"selected_slot": jobs.selected_slot, "jobs": [
                {"slot": j.slot, "name": j.name, "size": j.size,
                 "in_flash": bool(j.flags & enums.JobEntryFlags.IN_FLASH),
                 "selected": bool(j.flags & enums.JobEntryFlags.SELECTED)} for j in jobs.jobs]})
            return
        table = Table(title="jobs")
        for col in ("slot", "name", "size", "flash", "selected"):
            table.add_column(col)
        for j in jobs.jobs:
            table.add_row(str(j.slot), j.name, str(j.size), "yes" if j.flags & enums.JobEntryFlags.IN_FLASH else "",
                          "*" if j.slot == jobs.selected_slot else "")
        out.print(table)

    run(ctx, main)


@job_group.command("download")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--slot", type=int, default=None, help="Slot to load into (default: the first free one).")
@click.option("--select", is_flag=True, help="Select the job after loading it.")
@click.option("--flash", "save", is_flag=True, help="Save to flash afterwards.")
@common_options
def job_download(ctx: Ctx, file: Path, slot: int | None, select: bool, save: bool) -> None:
    """Send FILE.avp by FTP to /RAM and load it (takes control)."""
    async def main() -> None:
        from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

        ctx.need_password()
        if not file.is_file():
            raise JobFileError(f"{file}: no such file")
        async with ctx.connected(control=True) as cam:
            target = slot
            if target is None:
                jobs = await cam.list_jobs()
                used = {j.slot for j in jobs.jobs}
                target = next(s for s in range(1, 1000) if s not in used)
            with Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(),
                          TransferSpeedColumn(), console=err, disable=ctx.as_json or not err.is_terminal) as bar:
                task = bar.add_task(f"{file.name} -> slot {target}", total=file.stat().st_size or 1)
                await cam.download_job_file(file, target, progress=lambda done, total: bar.update(task, completed=done))
            if select:
                await cam.select_job(target)
            if save:
                await cam.flash()
        if ctx.as_json:
            emit_json({"ok": True, "file": file.name, "slot": target, "selected": select, "flashed": save})
        else:
            out.print(f"loaded {file.name} into slot {target}" + (", selected" if select else "")
                      + (", saved to flash" if save else ""))

    run(ctx, main)


@job_group.command("select")
@click.argument("slot", type=int)
@common_options
def job_select(ctx: Ctx, slot: int) -> None:
    """Select the job in SLOT (takes control)."""
    async def main() -> None:
        async with ctx.connected(control=True) as cam:
            await cam.select_job(slot)
        emit_json({"ok": True, "selected_slot": slot}) if ctx.as_json else out.print(f"selected slot {slot}")

    run(ctx, main)


@job_group.command("flash")
@common_options
def job_flash(ctx: Ctx) -> None:
    """Save the jobs and the selected slot to flash (takes control)."""
    async def main() -> None:
        async with ctx.connected(control=True) as cam:
            await cam.flash()
        emit_json({"ok": True}) if ctx.as_json else out.print("saved to flash")

    run(ctx, main)


_FORMATS = {f.name.lower(): f for f in enums.PixelFormat}


@click.command("snap")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True, help="PNG file to write.")
@click.option("--format", "fmt", type=click.Choice(list(_FORMATS)), default="mono8", show_default=True)
@common_options
def snap_command(ctx: Ctx, output: Path, fmt: str) -> None:
    """Take a picture and save it as PNG."""
    async def main() -> None:
        async with ctx.camera() as cam:
            image = await cam.snap(_FORMATS[fmt])
        try:
            image.save_png(output)
        except OSError as exc:
            raise JobFileError(f"{output}: {exc.strerror or exc}") from None
        data = {"file": str(output), "width": image.width, "height": image.height, "format": fmt,
                "image_id": image.image_id, "bytes": image.nbytes}
        emit_json(data) if ctx.as_json else out.print(f"saved {image.width}x{image.height} {fmt} to {output}")

    run(ctx, main)


@click.command("live")
@click.option("--frames", type=int, default=None, help="Stop after this many frames.")
@click.option("--duration", type=float, default=None, help="Stop after this many seconds.")
@click.option("--max-fps", type=int, default=0, show_default=True, help="Camera frame rate limit (0: as fast as possible).")
@click.option("--format", "fmt", type=click.Choice(list(_FORMATS)), default="mono8", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Save the last frame as PNG.")
@common_options
def live_command(ctx: Ctx, frames: int | None, duration: float | None, max_fps: int, fmt: str,
                 output: Path | None) -> None:
    """Live video: shows the frame rate and throughput (Ctrl-C to stop)."""
    async def main() -> None:
        async with ctx.camera(reconnect=True) as cam:
            t0 = time.monotonic()
            last_print = t0
            count = 0
            last = None
            async with cam.live(max_fps, _FORMATS[fmt]) as live:
                async for frame in live:
                    count += 1
                    last = frame
                    now = time.monotonic()
                    if now - last_print >= 1.0 and not ctx.as_json:
                        mb = live.bytes_received / (now - t0) / 1e6
                        err.print(f"frame {frame.frame}  {live.fps:6.1f} fps  {mb:7.1f} MB/s  dropped {live.dropped}",
                                  highlight=False)
                        last_print = now
                    if (frames is not None and count >= frames) or (duration is not None and now - t0 >= duration):
                        break
                elapsed = time.monotonic() - t0
                summary = {"frames": count, "seconds": round(elapsed, 3), "fps": round(count / elapsed, 2) if elapsed else 0,
                           "mb_per_s": round(live.bytes_received / elapsed / 1e6, 2) if elapsed else 0,
                           "dropped": live.dropped, "width": live.width, "height": live.height, "format": fmt}
        if output is not None and last is not None:
            last.image.save_png(output)
        if ctx.as_json:
            emit_json(summary)
        else:
            out.print(f"{summary['frames']} frames in {summary['seconds']} s: {summary['fps']} fps, "
                      f"{summary['mb_per_s']} MB/s, {summary['dropped']} dropped ({summary['width']}x{summary['height']} {fmt})")

    run(ctx, main)


def _record_row(rec: Record) -> dict[str, Any]:
    return {"inspection": rec.inspection, "timestamp_us": rec.timestamp_us,
            "passed": bool(rec.flags & enums.RecordFlags.PASSED),
            "backfilled": bool(rec.flags & enums.RecordFlags.BACKFILLED),
            "datums": {d.datum_id: to_jsonable(d.value) for d in rec.datums}}


def _print_records(ctx: Ctx, records: list[Record], names: dict[int, str], title: str) -> None:
    if ctx.as_json:
        for rec in records:
            row = _record_row(rec)
            row["datums"] = {names.get(k, str(k)): v for k, v in row["datums"].items()}
            emit_json(row)
        return
    table = Table(title=title)
    table.add_column("inspection")
    table.add_column("passed")
    for d in names.values():
        table.add_column(d)
    for rec in records:
        values = {d.datum_id: d.value for d in rec.datums}
        table.add_row(str(rec.inspection), "yes" if rec.flags & enums.RecordFlags.PASSED else "no",
                      *(str(to_jsonable(values.get(i, ""))) for i in names))
    out.print(table)


@click.command("reports")
@click.option("-d", "--datum", "datums", multiple=True, help="Datum path (repeatable; default: every datum of the job).")
@click.option("--follow", "-f", is_flag=True, help="Open a report and print records as inspections run.")
@click.option("--count", "-n", type=click.IntRange(0, 0xFFFF), default=None,
              help="With --follow: stop after N records. Else: last N from PartQ (10).")
@click.option("--lossy", is_flag=True, help="With --follow: lossy report (at --rate) instead of lossless.")
@click.option("--rate", type=float, default=10.0, show_default=True, help="Records per second of a lossy report.")
@common_options
def reports_command(ctx: Ctx, datums: tuple[str, ...], follow: bool, count: int | None, lossy: bool,
                    rate: float) -> None:
    """Inspection results: the latest from PartQ, or --follow a live report (lossless, gaps backfilled)."""
    async def main() -> None:
        async with ctx.camera(reconnect=follow) as cam:
            paths = list(datums)
            if not paths:
                catalog = await cam.fetch_latest(0)
                paths = [d.path for d in catalog.datums]
            if not follow:
                wanted = 10 if count is None else count
                # The client decodes no more records than it asked for, whatever the camera sends.
                latest = await cam.fetch_latest(wanted)
                names = {d.datum_id: d.path for d in latest.datums if d.path in paths}
                recs = list(latest.records[:wanted])
                for r in recs:
                    r.datums = [d for d in r.datums if d.datum_id in names]
                _print_records(ctx, recs, names, f"last {len(recs)} inspection(s) in PartQ")
                return
            mode = enums.ReportMode.LOSSY if lossy else enums.ReportMode.LOSSLESS
            stream = await cam.open_report(paths, mode=mode, rate_hz=rate if lossy else 0.0)
            names = {d.datum_id: d.path for d in stream.datums}
            if not ctx.as_json:
                err.print(f"following report {stream.report_id} ({mode.name.lower()}): {', '.join(names.values())}")
            n = 0
            async for item in stream:
                if isinstance(item, Gap):
                    if ctx.as_json:
                        emit_json({"gap": {"first": item.first, "last": item.last, "count": item.count}})
                    else:
                        err.print(f"[yellow]gap: inspections {item.first}-{item.last} lost ({item.count})[/]")
                    continue
                if ctx.as_json:
                    row = _record_row(item)
                    row["datums"] = {names.get(k, str(k)): v for k, v in row["datums"].items()}
                    if lossy:
                        row["dropped_before"] = item.dropped_before
                    emit_json(row)
                else:
                    vals = "  ".join(f"{names.get(d.datum_id, d.datum_id)}={to_jsonable(d.value)}" for d in item.datums)
                    flag = " (backfilled)" if item.flags & enums.RecordFlags.BACKFILLED else ""
                    if item.dropped_before:
                        flag += f" ({item.dropped_before} dropped before)"
                    out.print(f"#{item.inspection} {'PASS' if item.flags & enums.RecordFlags.PASSED else 'FAIL'} {vals}{flag}",
                              highlight=False)
                n += 1
                if count is not None and n >= count:
                    break
            await stream.aclose()

    run(ctx, main)


@click.command("partq")
@click.option("--last", "-n", type=click.IntRange(0, 0xFFFF), default=0, help="Also show the last N records.")
@common_options
def partq_command(ctx: Ctx, last: int) -> None:
    """PartQ: depth, count, oldest/newest inspection held (and the last N records)."""
    async def main() -> None:
        async with ctx.camera() as cam:
            info = await cam.partq_info()
            latest = await cam.fetch_latest(last) if last else None
        if latest is not None:
            latest.records = latest.records[:last]  # the client decodes at most N; never prints more
        data: dict[str, Any] = {"depth": info.depth, "count": info.count, "oldest": info.oldest, "newest": info.newest}
        if ctx.as_json:
            if latest is not None:
                names = {d.datum_id: d.path for d in latest.datums}
                data["records"] = [{**_record_row(r), "datums": {names.get(d.datum_id, str(d.datum_id)): to_jsonable(d.value)
                                                                  for d in r.datums}} for r in latest.records]
            emit_json(data)
            return
        table = Table(title="PartQ", show_header=False)
        for key, value in data.items():
            table.add_row(key, str(value))
        out.print(table)
        if latest is not None:
            _print_records(ctx, list(latest.records), {d.datum_id: d.path for d in latest.datums}, f"last {len(latest.records)}")

    run(ctx, main)


@click.command("io")
@click.option("--set", "writes", multiple=True, metavar="POINT=0|1",
              help="Write a point (output or virtual; repeatable; takes control: needs --password).")
@click.option("--pulse", type=int, default=0, help="With --set: pulse for this many ms.")
@click.option("--watch", is_flag=True, help="Print IO changes as they happen.")
@click.option("--count", "-n", type=int, default=None, help="With --watch: stop after N changes.")
@click.option("--all", "show_all", is_flag=True, help="List the 256 virtual points too.")
@common_options
def io_command(ctx: Ctx, writes: tuple[str, ...], pulse: int, watch: bool, count: int | None, show_all: bool) -> None:
    """IO points: list and read, --set to write, --watch for change events."""
    async def main() -> None:
        parsed: list[tuple[int, bool]] = []
        for w in writes:
            point, sep, state = w.partition("=")
            if not sep or not point.isdigit() or state not in ("0", "1"):
                raise click.BadParameter(f"{w!r}: expected POINT=0 or POINT=1", param_hint="--set")
            parsed.append((int(point), state == "1"))
        # IO writes need control.
        async with ctx.connected(reconnect=watch, control=bool(parsed)) as cam:
            for point_no, on in parsed:
                await cam.write_point(point_no, on, pulse)
            if watch:
                changes = await cam.io_events()
                n = 0
                async for ev in changes:
                    row = {"point": ev.point, "kind": enums.IoKind(int(ev.kind)).name.lower(), "state": ev.state,
                           "timestamp_us": ev.timestamp_us}
                    emit_json(row) if ctx.as_json else out.print(f"{row['kind']} {ev.point} -> {int(ev.state)}")
                    n += 1
                    if count is not None and n >= count:
                        break
                return
            points = (await cam.list_points()).points
        shown = [p for p in points if show_all or p.kind != enums.IoKind.VIRTUAL or p.state]
        if ctx.as_json:
            emit_json([{"point": p.point, "kind": enums.IoKind(int(p.kind)).name.lower(), "state": p.state,
                        "name": p.name} for p in shown])
            return
        table = Table(title="IO points" + ("" if show_all else " (virtual: only those set; --all for every one)"))
        for col in ("point", "kind", "name", "state"):
            table.add_column(col)
        for p in shown:
            table.add_row(str(p.point), enums.IoKind(int(p.kind)).name.lower(), p.name, "1" if p.state else "0")
        out.print(table)

    run(ctx, main)


@click.command("serial")
@click.argument("channel", type=click.IntRange(1, SERIAL_CHANNELS))
@click.option("--count", "-n", type=int, default=None, help="Stop after N lines.")
@common_options
def serial_command(ctx: Ctx, channel: int, count: int | None) -> None:
    """Print the formatted output strings of serial CHANNEL (numbered from 1, one port each)."""
    async def main() -> None:
        async with ctx.camera(reconnect=True) as cam:
            lines = await cam.serial(channel)
            n = 0
            async for text in lines:
                emit_json({"channel": channel, "text": text}) if ctx.as_json else click.echo(text)
                n += 1
                if count is not None and n >= count:
                    break

    run(ctx, main)


CLIENT_COMMANDS: list[click.Command] = [
    discover_command, status_command, login_command, start_command, stop_command, job_group,
    snap_command, live_command, reports_command, partq_command, io_command, serial_command,
]


def register_client_commands(group: click.Group) -> None:
    """Add every client command to the ``vs1`` group."""
    for command in CLIENT_COMMANDS:
        group.add_command(command)

