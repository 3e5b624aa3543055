"""The demo flow behind ``vs1 demo``: the main job, no camera or outside server needed.

1. generates every artefact from the spec (what `vs1 codegen` does) and lists them;
2. starts an emulated VS-1 camera on loopback (free ports) and drives it with the client:
   identity and status, login and control, the job list, a software-triggered run with a
   lossless report, a picture saved as PNG, PartQ, IO and a serial output line;
3. writes a synthetic capture of every message of every port for Wireshark.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from rich.console import Console
from rich.table import Table

from vs1kit import resources
from vs1kit.codegen.generate import generate

__all__ = ["run_demo"]


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
    from vs1kit.emulator.server import Emulator
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



def run_demo(out_dir: Path, inspections: int, console: Console | None = None) -> None:
    """Generate everything from the spec, then drive an emulated camera with the client."""
    console = console or Console()
    # The emulator logs every client's coming and going; the demo tells its own story.
    logging.getLogger("vs1kit.emulator").setLevel(logging.ERROR)
    _codegen(console, out_dir)
    asyncio.run(_camera_session(console, out_dir, inspections))
    from vs1kit.pcap.synth import write_sample_capture

    pcap = out_dir / "demo.pcap"
    pdus = write_sample_capture(pcap)
    console.print(f"3. Synthetic capture of every message of every port ({len(pdus)} PDUs): {pcap} "
                  "(open it in Wireshark after `vs1 wireshark install`)")
