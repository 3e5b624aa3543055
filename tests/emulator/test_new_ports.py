"""Must-show (issue 8): a port added to a copy of the spec is served after codegen, no hand edit.

The spec is copied, a custom TCP port with a request/response pair and a custom UDP port with
one message are added (and, beyond the must-show, a text port and a pair of line ports), the package tree is copied and regenerated from that spec with the
codegen API, and that tree's emulator runs in a child process. A second child process, on the
same tree, reaches both new ports through that tree's generated client methods (`Camera`): the
emulator has no hand-written behaviour for them, so each request gets the spec's error reply
(unknown message) from the generated skeleton, which the generated client raises as its typed
`UnknownMessageError`, instead of a refused connection or silence.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from support.emulator import EmulatorProcess

import vs1kit
from vs1kit.codegen.generate import generate
from vs1kit.generated.registry import PORTS
from vs1kit.resources import spec_dir

TCP_PORT = """\
port:
  id: gauge
  name: Gauge Port
  transport: tcp
  numbers: [{number}]
  framing: vs1_frame
  seed: A custom port a user added to the spec.
  doc: Reads a gauge channel.
messages:
  - id: read_gauge
    code: 0x0b01
    direction: to_camera
    kind: request
    response: gauge_value
    fields:
      - {{id: channel, type: u8}}
  - id: gauge_value
    code: 0x8b01
    direction: from_camera
    kind: response
    fields:
      - {{id: channel, type: u8}}
      - {{id: value, type: f32}}
"""

UDP_PORT = """\
port:
  id: beacon
  name: Beacon Port
  transport: udp
  numbers: [{number}]
  framing: vs1_frame
  seed: A custom UDP port a user added to the spec.
  doc: One message; the camera answers with the framing's error reply.
messages:
  - id: ping_beacon
    code: 0x0c01
    direction: to_camera
    kind: request
    response: error_reply
    fields:
      - {{id: token, type: u32}}
"""

TEXT_PORT = """\
port:
  id: console
  name: Console Port
  transport: tcp
  numbers: [{number}]
  framing: text
  seed: A custom text port a user added to the spec.
  doc: A text console the emulator has no behaviour for.
text:
  commands:
    - {{name: status, doc: "Print the status"}}
"""

LINE_PORT = """\
port:
  id: printer
  name: Printer Ports
  transport: tcp
  numbers: [{first}, {second}]
  framing: serial_line
  seed: Custom line ports a user added to the spec.
  doc: Lines the camera prints, one port per printer.
messages:
  - id: printed_line
    direction: from_camera
    kind: event
    fields:
      - {{id: text, type: str, size: eos, encoding: latin-1}}
"""

CLIENT = r"""
import asyncio, json, sys
import vs1kit
from vs1kit.client import Camera

async def call(coro):
    try:
        reply = await asyncio.wait_for(coro, 10)
    except Exception as exc:
        return {"error": type(exc).__name__, "status": getattr(exc, "status", None),
                "detail": str(getattr(exc, "detail", exc))}
    return {"reply": type(reply).__name__}

async def main():
    host, port_map = sys.argv[1], {int(k): v for k, v in json.loads(sys.argv[2]).items()}
    out = {"package": vs1kit.__file__}
    async with Camera(host, port_map=port_map) as cam:
        # The generated request surface: Camera composes it as `requests` (or inherits it).
        surface = getattr(cam, "requests", cam)
        out["gauge"] = await call(surface.read_gauge(channel=3))
        out["beacon"] = await call(surface.ping_beacon(token=7))
        out["status"] = await call(surface.get_status())  # the seed's ports still work
    print(json.dumps(out))

asyncio.run(main())
"""


def _unused_numbers(count: int) -> list[int]:
    taken = {n for p in PORTS.values() for n in p.numbers}
    return [n for n in range(49300, 49400) if n not in taken][:count]


def _tree_with(tmp_path: Path) -> Path:
    """A copy of the package tree regenerated from a spec copy with the two new ports."""
    spec = tmp_path / "spec"
    shutil.copytree(spec_dir(), spec)
    tcp, udp, text, first, second = _unused_numbers(5)
    (spec / "ports" / "gauge.yaml").write_text(TCP_PORT.format(number=tcp))
    (spec / "ports" / "beacon.yaml").write_text(UDP_PORT.format(number=udp))
    (spec / "ports" / "console.yaml").write_text(TEXT_PORT.format(number=text))
    (spec / "ports" / "printer.yaml").write_text(LINE_PORT.format(first=first, second=second))
    tree = tmp_path / "tree"
    package = Path(vs1kit.__file__ or "").parent
    # The runtime package only: the spec, codegen and dissectors it links to in a checkout
    # are not needed to run it, and generated files are all rewritten below.
    shutil.copytree(package, tree / "vs1kit", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "codegen", "integrations",
                                                  "protocol_spec", "dissectors"))
    result = generate(spec, tree)
    assert "vs1kit/generated/gauge.py" in result.written
    assert "vs1kit/generated/beacon.py" in result.written
    return tree


def test_ports_added_to_the_spec_are_served_and_reached_by_the_generated_client(
        tmp_path: Path) -> None:
    tree = _tree_with(tmp_path)
    with EmulatorProcess(tree) as emu:
        assert Path(emu.info["package"]).is_relative_to(tree)
        ports = emu.info["ports"]
        assert ports["gauge"][0] > 0 and ports["beacon"][0] > 0  # both bound, nothing edited
        # Text and line ports with no behaviour: bound too, connections accepted, not refused.
        assert len(ports["printer"]) == 2 and ports["console"][0] > 0
        for number in (*ports["printer"], *ports["console"]):
            with socket.create_connection((emu.info["host"], number), timeout=5) as sock:
                sock.sendall(b"status\r\n")
        proc = subprocess.run(
            [sys.executable, "-c", CLIENT, emu.info["host"], json.dumps(emu.port_map())],
            cwd=tree, env=emu.env(), capture_output=True, text=True, timeout=60, check=False)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout.splitlines()[-1])
    assert Path(out["package"]).is_relative_to(tree)
    assert out["gauge"] == {"error": "UnknownMessageError", "status": 1,
                            "detail": "gauge: no handler for read_gauge"}
    assert out["beacon"] == {"error": "UnknownMessageError", "status": 1,
                             "detail": "beacon: no handler for ping_beacon"}
    assert out["status"] == {"reply": "StatusReply"}
