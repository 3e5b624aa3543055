"""The camera's Telnet server: a vxWorks-style target shell with the prompt `-> `.

codec.py   TelnetCodec: sans-IO Telnet with RFC 1143 option negotiation; the server offers
           WILL ECHO and WILL SUPPRESS-GO-AHEAD, refuses every other option, strips IAC
           sequences and maps IP, EC, EL, AYT onto control characters
shell.py   the shell's command table (from the spec), tasks, session state, arguments
server.py  TelnetServer: asyncio streams, the line editor and the shell commands; a command
           table naming a command with no implementation is refused at construction
"""

from __future__ import annotations

from vs1kit.emulator.standard.telnet.codec import (
    AO,
    AYT,
    BACKSPACE,
    BRK,
    CR,
    CTRL_C,
    CTRL_D,
    CTRL_U,
    DEL,
    DM,
    DO,
    DONT,
    EC,
    EL,
    ESC,
    GA,
    IAC,
    IP,
    LF,
    NOP,
    NUL,
    OPT_ECHO,
    OPT_LINEMODE,
    OPT_NAWS,
    OPT_SGA,
    OPT_TTYPE,
    SB,
    SE,
    WILL,
    WONT,
    TelnetCodec,
)
from vs1kit.emulator.standard.telnet.server import TelnetServer
from vs1kit.emulator.standard.telnet.shell import (
    DEFAULT_TASKS,
    PROMPT,
    CommandHandler,
    ShellInfo,
    ShellSession,
    SpecCommand,
    TaskInfo,
    commands_from_spec,
)

__all__ = [
    "AO",
    "AYT",
    "BACKSPACE",
    "BRK",
    "CR",
    "CTRL_C",
    "CTRL_D",
    "CTRL_U",
    "DEFAULT_TASKS",
    "DEL",
    "DM",
    "DO",
    "DONT",
    "EC",
    "EL",
    "ESC",
    "GA",
    "IAC",
    "IP",
    "LF",
    "NOP",
    "NUL",
    "OPT_ECHO",
    "OPT_LINEMODE",
    "OPT_NAWS",
    "OPT_SGA",
    "OPT_TTYPE",
    "PROMPT",
    "SB",
    "SE",
    "WILL",
    "WONT",
    "CommandHandler",
    "ShellInfo",
    "ShellSession",
    "SpecCommand",
    "TaskInfo",
    "TelnetCodec",
    "TelnetServer",
    "commands_from_spec",
]
