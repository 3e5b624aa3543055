"""One process of emulated cameras for the soak (``python -m vs1kit.soak.camproc '<json>'``).

Cameras run as a few real processes rather than all in the harness: SIGSTOP (a paused camera)
and the RSS of the emulator only mean something for a process, and one process per camera would
cost 50 interpreters at 50 cameras on a 2-core machine. A process holds a group of cameras, each
on its own loopback address with the same port numbers.

Control is one JSON object per stdin line, one JSON answer per stdout line:
``{"op": "status"}``, ``{"op": "drop", "cam": i}``, ``{"op": "stall", "cam": i, "seconds": s}``,
``{"op": "restart", "cam": i}``, ``{"op": "halt"}`` (no more inspections). The status says what each camera produced, per boot ("epoch"):
the first and last inspection id and the timestamps of its first and last record, so that every
inspection id that reaches MQTT can be placed in the boot that produced it (a restarted camera
numbers its inspections from 1 again), and the inspection a reboot cut off before any lossless
reader acknowledged it (``unacked_at_end``).
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vs1kit.emulator import Emulator
from vs1kit.emulator.model import InspectionResult
from vs1kit.generated import enums

__all__ = ["Epoch", "Recorder", "main"]


@dataclass
class Epoch:
    """The inspections one camera produced between two boots."""

    first: int
    last: int
    first_us: int
    last_us: int
    unacked_at_end: int | None = None
    """The inspection of this boot whose record no lossless reader had acknowledged when a
    reboot ended the boot (the reboot clears the RAM PartQ: it never left the camera's hands)."""

    def as_dict(self) -> dict[str, int]:
        out = {"first": self.first, "last": self.last, "first_us": self.first_us,
               "last_us": self.last_us}
        if self.unacked_at_end is not None:
            out["unacked_at_end"] = self.unacked_at_end
        return out


@dataclass
class Recorder:
    """Every result a camera produced, as epochs (a counter that goes back starts a new one)."""

    epochs: list[Epoch] = field(default_factory=list)

    def __call__(self, result: InspectionResult) -> None:
        cur = self.epochs[-1] if self.epochs else None
        if cur is None or result.number <= cur.last:
            self.epochs.append(Epoch(result.number, result.number, result.timestamp_us,
                                     result.timestamp_us))
            return
        cur.last = result.number
        cur.last_us = result.timestamp_us


async def _serve(cfg: dict[str, Any]) -> None:
    port_map = {int(k): int(v) for k, v in cfg["port_map"].items()}
    emu = Emulator(cameras=len(cfg["hosts"]), hosts=list(cfg["hosts"]), port_map=port_map,
                   partq_depth=int(cfg["partq_depth"]), announce_interval=0,
                   workdir=Path(cfg["workdir"]), free_run_hz=float(cfg["rate"]),
                   standard_ports=False)
    recorders = [Recorder() for _ in emu.cameras]
    for cam, rec in zip(emu.cameras, recorders, strict=True):
        cam.model.result_listeners.append(rec)
    await emu.start()
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    def say(obj: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(obj) + "\n")
        sys.stdout.flush()

    say({"ready": True})
    try:
        while line := await reader.readline():
            req = json.loads(line)
            op = req["op"]
            cam = emu.cameras[int(req.get("cam", 0))]
            if op == "status":
                say({"cams": [[e.as_dict() for e in r.epochs] for r in recorders]})
            elif op == "drop":
                say({"dropped": cam.drop_connections()})
            elif op == "stall":
                cam.stall(float(req["seconds"]))
                say({"ok": True})
            elif op == "halt":  # the end of the soak: no more inspections anywhere
                for c in emu.cameras:
                    c.model.set_trigger(enums.TriggerMode.SOFTWARE, 0.0, 0)
                say({"ok": True})
            elif op == "restart":
                epochs = recorders[int(req.get("cam", 0))].epochs
                ending = epochs[-1] if epochs else None
                await cam.restart()
                unacked = cam.engine.unacknowledged_at_stop
                if ending is not None and unacked is not None and ending.first <= unacked <= ending.last:
                    ending.unacked_at_end = unacked
                # A reboot keeps the trigger mode in this emulator; set it again should it not.
                cam.model.set_trigger(enums.TriggerMode.FREE_RUN, float(cfg["rate"]), 0)
                say({"ok": True})
            else:
                say({"error": f"unknown op {op!r}"})
    finally:
        await emu.stop()


def main() -> None:
    asyncio.run(_serve(json.loads(sys.argv[1])))


if __name__ == "__main__":
    main()
