"""The vxWorks-style target shell's data: its prompt, the command table from the spec, task
and version information, one session's state and the argument parser."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol

from vs1kit.emulator.standard.telnet.codec import TelnetCodec

PROMPT: Final = "-> "


class SpecCommand(Protocol):
    """What the spec says about a text command (the IR's or the registry's TextCommand)."""

    @property
    def name(self) -> str: ...
    @property
    def doc(self) -> str: ...


def commands_from_spec(commands: Iterable[SpecCommand]) -> dict[str, str]:
    """The `commands` table from the spec's command list, e.g.
    `commands_from_spec(PORTS["telnet"].commands)`."""
    return {command.name: command.doc for command in commands}


@dataclass(frozen=True)
class ShellInfo:
    """What `version` prints."""

    bsp: str = "VS-1 Smart Camera"
    vxworks_version: str = "5.5.1"
    kernel: str = "WIND version 2.6"
    made_on: str = "Jan 15 2024, 10:00:00"
    software_version: str = "1.0.0"


@dataclass(frozen=True)
class TaskInfo:
    """One row of the `i` task list."""

    name: str
    entry: str
    tid: int
    priority: int
    status: str = "PEND"
    pc: int = 0
    sp: int = 0
    errno: int = 0
    delay: int = 0


def _default_tasks() -> tuple[TaskInfo, ...]:
    rows = [
        ("tExcTask", "excTask", 0, "PEND"),
        ("tLogTask", "logTask", 0, "PEND"),
        ("tWdbTask", "wdbTask", 3, "PEND"),
        ("tShell", "shell", 1, "READY"),
        ("tTelnetd", "telnetd", 2, "PEND"),
        ("tTelnetOutTask", "telnetOutTask", 2, "PEND"),
        ("tTelnetInTask", "telnetInTask", 2, "READY"),
        ("tNetTask", "netTask", 50, "PEND"),
        ("tDhcpcStateTask", "dhcpcState", 56, "PEND"),
        ("tRipTask", "ripTask", 101, "PEND+T"),
        ("tFtpdTask", "ftpdTask", 55, "PEND"),
        ("tHttpd", "httpd", 60, "PEND"),
        ("tVsRpc", "vsRpcServer", 80, "PEND"),
        ("tVsIo", "vsIoServer", 80, "PEND"),
        ("tVsAcquire", "vsAcqServer", 70, "PEND"),
        ("tVsMonitor", "vsConnMonitor", 75, "PEND+T"),
        ("tVsReports", "vsReportServer", 90, "PEND"),
        ("tVsPartQ", "vsPartQServer", 90, "PEND"),
        ("tVsSerial", "vsSerialServer", 95, "PEND"),
        ("tVsLogin", "vsLoginServer", 85, "PEND"),
        ("tVsAnnounce", "vsAnnounce", 100, "DELAY"),
        ("tInspect", "inspectTask", 65, "PEND"),
    ]
    tasks = []
    for index, (name, entry, priority, status) in enumerate(rows):
        tid = 0x01FF8EC0 - index * 0x6A40
        tasks.append(
            TaskInfo(
                name=name,
                entry=entry,
                tid=tid,
                priority=priority,
                status=status,
                pc=0x00231CE8 + index * 0x1C4,
                sp=tid - 0x100,
                delay=25 if status in ("DELAY", "PEND+T") else 0,
            )
        )
    return tuple(tasks)


DEFAULT_TASKS: Final[tuple[TaskInfo, ...]] = _default_tasks()


class ShellSession:
    """One connected shell."""

    def __init__(self, peer: str) -> None:
        self.peer = peer
        self.user: str | None = None
        self.closing = False
        self.codec = TelnetCodec()


CommandHandler = Callable[[ShellSession, Sequence[str]], str]
"""A command's behaviour: (session, arguments) -> text to print (without the prompt)."""

_IDENT_RE: Final = re.compile(r"([A-Za-z_]\w*)\s*(.*)", re.DOTALL)
_NUMBER_RE: Final = re.compile(r"-?(?:0[xX][0-9A-Fa-f]+|\d+)")
_MAX_LINE: Final = 1024


def _parse_args(rest: str) -> list[str]:
    """vxWorks shell arguments: `cmd a, "b"` or `cmd(a, "b")`."""
    text = rest.strip().rstrip(";").strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if not text:
        return []
    args = []
    for part in text.split(","):
        item = part.strip()
        if len(item) >= 2 and item[0] == item[-1] == '"':
            item = item[1:-1]
        args.append(item)
    return args


def _value_line(value: int) -> str:
    return f"value = {value} = 0x{value & 0xFFFFFFFF:x}"
