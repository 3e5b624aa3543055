"""The camera's Telnet server (TCP 23): a vxWorks-style target shell with the prompt `-> `.

Two layers:

- `TelnetCodec`: sans-IO Telnet (RFC 854/855) with option negotiation by the "Q method" of
  RFC 1143, so negotiation can never loop. The server offers WILL ECHO and WILL SUPPRESS-GO-AHEAD
  (character-at-a-time with remote echo, what a vxWorks target does), refuses every other
  option, strips every IAC sequence from the data, undoubles IAC IAC and maps the Telnet
  editing/interrupt commands (IP, EC, EL, AYT) onto their control characters.
- `TelnetServer`: asyncio streams, a small line editor (echo, backspace, ^C, ^U, ^D) and the
  shell. Its command table comes from the spec (`commands`: name -> help line); each command's
  behaviour is a `_cmd_*` method listed in `IMPLEMENTATIONS`, and a table naming a command with no
  implementation is refused at construction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from ipaddress import IPv4Address
from types import TracebackType
from typing import ClassVar, Final, Protocol

from vs1kit.emulator.netstate import INFINITY, Credentials, NetworkState, Route
from vs1kit.generated.registry import PORTS

__all__ = [
    "DEFAULT_TASKS",
    "PROMPT",
    "CommandHandler",
    "ShellInfo",
    "ShellSession",
    "TaskInfo",
    "TelnetCodec",
    "TelnetServer",
    "commands_from_spec",
]

log = logging.getLogger(__name__)

PROMPT: Final = "-> "

# -- Telnet protocol bytes (RFC 854) ---------------------------------------------------------
IAC: Final = 255
DONT: Final = 254
DO: Final = 253
WONT: Final = 252
WILL: Final = 251
SB: Final = 250
GA: Final = 249
EL: Final = 248
EC: Final = 247
AYT: Final = 246
AO: Final = 245
IP: Final = 244
BRK: Final = 243
DM: Final = 242
NOP: Final = 241
SE: Final = 240

OPT_ECHO: Final = 1  # RFC 857
OPT_SGA: Final = 3  # RFC 858
OPT_TTYPE: Final = 24  # RFC 1091
OPT_NAWS: Final = 31  # RFC 1073
OPT_LINEMODE: Final = 34  # RFC 1184

_NO, _YES, _WANTNO, _WANTYES = range(4)
_MAX_SUBNEGOTIATION: Final = 512

# Control characters the line editor understands (the Telnet commands map onto them).
CTRL_C: Final = 0x03
CTRL_D: Final = 0x04
BACKSPACE: Final = 0x08
CTRL_U: Final = 0x15
ESC: Final = 0x1B
DEL: Final = 0x7F
CR: Final = 0x0D
LF: Final = 0x0A
NUL: Final = 0x00


class TelnetCodec:
    """Sans-IO Telnet: bytes from the peer in -> clean data out; replies collected for sending.

    `local` are the options this side is willing to perform (it offers them with `offer()`),
    `remote` the options it lets the peer perform. Everything else is refused once, per
    RFC 1143, and a request for a state the option is already in is never answered.
    """

    def __init__(
        self,
        local: Sequence[int] = (OPT_ECHO, OPT_SGA),
        remote: Sequence[int] = (OPT_SGA, OPT_NAWS),
    ) -> None:
        self._local_ok = frozenset(local)
        self._remote_ok = frozenset(remote)
        self._us: dict[int, int] = {}
        self._him: dict[int, int] = {}
        self._out = bytearray()
        self._state = "data"
        self._verb = 0
        self._sb = bytearray()
        self.window_size: tuple[int, int] | None = None
        """(columns, rows) from NAWS, when the peer sent it."""

    # -- option state --------------------------------------------------------------------

    def local_enabled(self, option: int) -> bool:
        return self._us.get(option, _NO) == _YES

    def remote_enabled(self, option: int) -> bool:
        return self._him.get(option, _NO) == _YES

    def offer(self, option: int) -> None:
        """Ask to enable `option` on our side (sends WILL)."""
        if self._us.get(option, _NO) == _NO:
            self._us[option] = _WANTYES
            self._send(WILL, option)

    def request(self, option: int) -> None:
        """Ask the peer to enable `option` (sends DO)."""
        if self._him.get(option, _NO) == _NO:
            self._him[option] = _WANTYES
            self._send(DO, option)

    def take_output(self) -> bytes:
        """Negotiation replies (and AYT answers) waiting to be sent."""
        out = bytes(self._out)
        self._out.clear()
        return out

    def _send(self, verb: int, option: int) -> None:
        self._out += bytes((IAC, verb, option))

    # -- decoding ------------------------------------------------------------------------

    def feed(self, data: bytes) -> bytes:
        """Consume bytes from the peer; return the application data in them."""
        clean = bytearray()
        for byte in data:
            state = self._state
            if state == "data":
                if byte == IAC:
                    self._state = "iac"
                else:
                    clean.append(byte)
            elif state == "iac":
                self._state = "data"
                if byte == IAC:
                    clean.append(IAC)
                elif byte in (WILL, WONT, DO, DONT):
                    self._verb = byte
                    self._state = "option"
                elif byte == SB:
                    self._sb.clear()
                    self._state = "sb"
                elif byte in (IP, BRK):
                    clean.append(CTRL_C)
                elif byte == EC:
                    clean.append(BACKSPACE)
                elif byte == EL:
                    clean.append(CTRL_U)
                elif byte == AYT:
                    self._out += b"\r\n[VS-1: yes]\r\n"
                # NOP, DM, GA, AO, SE out of place and unknown commands: dropped.
            elif state == "option":
                self._state = "data"
                self._negotiate(self._verb, byte)
            elif state == "sb":
                if byte == IAC:
                    self._state = "sb_iac"
                elif len(self._sb) < _MAX_SUBNEGOTIATION:
                    self._sb.append(byte)
            elif state == "sb_iac":
                if byte == SE:
                    self._state = "data"
                    self._subnegotiation(bytes(self._sb))
                elif byte == IAC:
                    self._state = "sb"
                    if len(self._sb) < _MAX_SUBNEGOTIATION:
                        self._sb.append(IAC)
                else:  # malformed: treat as the end of the subnegotiation
                    self._state = "data"
                    self._subnegotiation(bytes(self._sb))
        return bytes(clean)

    def _negotiate(self, verb: int, option: int) -> None:
        if verb in (WILL, WONT):
            table, accepted, yes, no = self._him, self._remote_ok, DO, DONT
        else:
            table, accepted, yes, no = self._us, self._local_ok, WILL, WONT
        state = table.get(option, _NO)
        if verb in (WILL, DO):  # the peer wants it on
            if state == _NO:
                if option in accepted:
                    table[option] = _YES
                    self._send(yes, option)
                else:
                    self._send(no, option)
            elif state == _WANTYES:
                table[option] = _YES
            elif state == _WANTNO:  # it answered our "no" with "yes": give up, leave it off
                table[option] = _NO
        else:  # WONT / DONT: the peer wants it off
            if state == _YES:
                table[option] = _NO
                self._send(no, option)
            elif state in (_WANTNO, _WANTYES):
                table[option] = _NO

    def _subnegotiation(self, payload: bytes) -> None:
        if len(payload) == 5 and payload[0] == OPT_NAWS:
            self.window_size = (
                int.from_bytes(payload[1:3], "big"),
                int.from_bytes(payload[3:5], "big"),
            )

    # -- encoding ------------------------------------------------------------------------

    @staticmethod
    def encode(text: str) -> bytes:
        """Text for the NVT: newlines as CR LF, IAC doubled."""
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "replace")
        return data.replace(b"\xff", b"\xff\xff")


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


# --------------------------------------------------------------------------------------------
# Shell data
# --------------------------------------------------------------------------------------------


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


class TelnetServer:
    """The vxWorks target shell over Telnet.

    `commands` is the spec's table: command name -> help line, in the order `help` lists them.
    Only the commands in the table exist; each must have an implementation in
    `IMPLEMENTATIONS` (ValueError otherwise). With `credentials`, the shell asks for a login
    first, like a vxWorks target with login security on.
    """

    IMPLEMENTATIONS: ClassVar[Mapping[str, str]] = {
        "help": "_cmd_help",
        "version": "_cmd_version",
        "i": "_cmd_i",
        "ifShow": "_cmd_if_show",
        "routeShow": "_cmd_route_show",
        "bootParams": "_cmd_boot_params",
        "exit": "_cmd_exit",
        "logout": "_cmd_exit",
    }
    """Command name -> name of the method implementing it (subclasses may extend)."""

    def __init__(
        self,
        state: NetworkState,
        commands: Mapping[str, str],
        *,
        host: str = "127.0.0.1",
        port: int = PORTS["telnet"].numbers[0],
        info: ShellInfo | None = None,
        tasks: Callable[[], Sequence[TaskInfo]] | None = None,
        credentials: Credentials | None = None,
        max_sessions: int = 8,
        idle_timeout: float | None = None,
    ) -> None:
        handlers: dict[str, CommandHandler] = {}
        missing = []
        for name in commands:
            method_name = self.IMPLEMENTATIONS.get(name)
            method = getattr(self, method_name, None) if method_name else None
            if method is None or not callable(method):
                missing.append(name)
            else:
                handlers[name] = method
        if missing:
            raise ValueError(
                "telnet command table names commands without an implementation: "
                + ", ".join(missing)
                + f" (implemented: {', '.join(self.IMPLEMENTATIONS)})"
            )
        self.state = state
        self.commands: dict[str, str] = dict(commands)
        self.info = info if info is not None else ShellInfo()
        self._tasks_provider = tasks if tasks is not None else (lambda: DEFAULT_TASKS)
        self.credentials = credentials
        self._handlers = handlers
        self._host = host
        self._requested_port = port
        self._max_sessions = max_sessions
        self._idle_timeout = idle_timeout
        self._server: asyncio.Server | None = None
        self._port: int | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    # -- life cycle ----------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the Telnet server is not running")
        return self._port

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def session_count(self) -> int:
        return len(self._connections)

    async def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the Telnet server is already running")
        server = await asyncio.start_server(self._on_connect, self._host, self._requested_port)
        self._server = server
        self._port = int(server.sockets[0].getsockname()[1])
        log.info("Telnet server listening on %s:%d", self._host, self._port)

    async def stop(self) -> None:
        """Stop listening, end every session and release the port. Idempotent."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for task, writer in list(self._connections.items()):
            writer.close()
            task.cancel()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)
        if server is not None:
            await server.wait_closed()
        self._port = None

    async def __aenter__(self) -> TelnetServer:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # -- connections ---------------------------------------------------------------------

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        if len(self._connections) >= self._max_sessions:
            writer.write(TelnetCodec.encode("\nToo many shell sessions.\n"))
            with contextlib.suppress(ConnectionError):
                await writer.drain()
            writer.close()
            return
        self._connections[task] = writer
        peername = writer.get_extra_info("peername")
        peer = f"{peername[0]}:{peername[1]}" if isinstance(peername, tuple) else str(peername)
        try:
            await self._session(ShellSession(peer), reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except Exception:
            log.exception("telnet session %s failed", peer)
        finally:
            self._connections.pop(task, None)
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                await writer.wait_closed()

    def _banner(self) -> str:
        return (
            f"\n{self.info.bsp} - VxWorks {self.info.vxworks_version} target shell\n"
            'Type "help" for the list of commands.\n\n'
        )

    async def _session(
        self, session: ShellSession, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        codec = session.codec
        codec.offer(OPT_ECHO)
        codec.offer(OPT_SGA)
        writer.write(codec.take_output())
        conn = _Connection(self, session)
        writer.write(codec.encode(conn.greeting()))
        await writer.drain()
        while not session.closing:
            if self._idle_timeout is not None:
                chunk = await asyncio.wait_for(reader.read(4096), self._idle_timeout)
            else:
                chunk = await reader.read(4096)
            if not chunk:
                return
            data = codec.feed(chunk)
            out = bytearray(codec.take_output())
            delay = conn.feed(data, out)
            if out:
                writer.write(bytes(out))
                await writer.drain()
            if delay:
                await asyncio.sleep(delay)

    # -- the shell -----------------------------------------------------------------------

    def execute(self, session: ShellSession, line: str) -> str:
        """Run one shell line and return what it prints (no prompt)."""
        text = line.strip()
        if not text:
            return ""
        if _NUMBER_RE.fullmatch(text):
            return _value_line(int(text, 0))
        match = _IDENT_RE.fullmatch(text)
        if match is None:
            return "syntax error"
        name, rest = match.group(1), match.group(2)
        handler = self._handlers.get(name)
        if handler is None:
            return f"undefined symbol: {name}"
        return handler(session, _parse_args(rest))

    def _cmd_help(self, session: ShellSession, args: Sequence[str]) -> str:
        width = max((len(name) for name in self.commands), default=0) + 4
        width = max(width, 16)
        rows = [f"{name:<{width}}{doc}".rstrip() for name, doc in self.commands.items()]
        return "\n" + "\n".join(rows) + "\n\n" + _value_line(0)

    def _cmd_version(self, session: ShellSession, args: Sequence[str]) -> str:
        info = self.info
        boot_line = self.state.boot_params().to_boot_line()
        text = (
            f"VxWorks (for {info.bsp}) version {info.vxworks_version}.\n"
            f"Kernel: {info.kernel}.\n"
            f"Made on {info.made_on}.\n"
            f"Camera software version {info.software_version}.\n"
            "Boot line:\n"
            f"{boot_line}"
        )
        return f"{text}\n{_value_line(len(boot_line) + 1)}"

    def _cmd_i(self, session: ShellSession, args: Sequence[str]) -> str:
        header = (
            "\n   NAME        ENTRY       TID    PRI   STATUS      PC       SP     ERRNO  DELAY\n"
            "---------- ------------ -------- --- ---------- -------- -------- ------- -----"
        )
        rows = [
            f"{t.name[:10]:<10} {t.entry[:12]:<12} {t.tid:>8x} {t.priority:>3} {t.status:<10} "
            f"{t.pc:>8x} {t.sp:>8x} {t.errno:>7x} {t.delay:>5}"
            for t in self._tasks_provider()
        ]
        return header + "\n" + "\n".join(rows) + "\n" + _value_line(0)

    def _interface_name(self) -> tuple[str, int]:
        boot = self.state.boot_params()
        return boot.boot_device, boot.unit_number

    def _cmd_if_show(self, session: ShellSession, args: Sequence[str]) -> str:
        cfg = self.state.config
        device, unit = self._interface_name()
        wanted = args[0] if args and args[0] else None
        blocks: list[str] = []
        if wanted in (None, f"{device}{unit}", device):
            flags = "(0x8863) UP BROADCAST MULTICAST ARP RUNNING"
            lines = [f"{device} (unit number {unit}):", f"     Flags: {flags}"]
            lines.append("     Type: ETHERNET_CSMACD")
            if cfg.has_address:
                lines += [
                    f"     Internet address: {cfg.ip}",
                    f"     Broadcast address: {cfg.broadcast}",
                    f"     Netmask 0x{_classful_mask(cfg.ip):08x} Subnetmask 0x{int(cfg.mask):08x}",
                ]
            else:
                lines.append("     No Internet address (waiting for DHCP)")
            lines += [
                f"     Ethernet address is {cfg.mac}",
                "     Metric is 0",
                "     Maximum Transfer Unit size is 1500",
                "     0 octets received; 0 octets sent",
                "     0 packets received; 0 packets sent",
                "     0 non-unicast packets received; 0 non-unicast packets sent",
                "     0 unicast packets received; 0 unicast packets sent",
                "     0 input discards; 0 output discards",
                "     0 input errors; 0 output errors",
                "     0 collisions; 0 dropped",
            ]
            blocks.append("\n".join(lines))
        if wanted in (None, "lo0", "lo"):
            blocks.append(
                "lo (unit number 0):\n"
                "     Flags: (0x8069) UP LOOPBACK MULTICAST ARP RUNNING\n"
                "     Type: SOFTWARE_LOOPBACK\n"
                "     Internet address: 127.0.0.1\n"
                "     Netmask 0xff000000 Subnetmask 0xff000000\n"
                "     Metric is 0\n"
                "     Maximum Transfer Unit size is 32768\n"
                "     0 packets received; 0 packets sent\n"
                "     0 input errors; 0 output errors\n"
                "     0 collisions; 0 dropped"
            )
        if not blocks:
            return f'"{wanted}" - No such interface\n' + _value_line(-1)
        return "\n".join(blocks) + "\n" + _value_line(0)

    def _cmd_route_show(self, session: ShellSession, args: Sequence[str]) -> str:
        device, unit = self._interface_name()
        interface = f"{device}{unit}"
        header = (
            f"{'destination':<16} {'mask':<16} {'gateway':<16} {'flags':<6} {'metric':<7} "
            f"{'proto':<10} Interface"
        )
        rule = "-" * 88
        net_rows: list[str] = []
        host_rows: list[str] = []
        for route in self.state.routes.routes():
            row = (
                f"{route.destination!s:<16} {route.mask!s:<16} {route.gateway!s:<16} "
                f"{_route_flags(route):<6x} {route.metric:<7} {route.source:<10} {interface}"
            )
            (host_rows if route.is_host else net_rows).append(row)
        host_rows.append(
            f"{'127.0.0.1':<16} {'255.255.255.255':<16} {'127.0.0.1':<16} {0x5:<6x} {0:<7} "
            f"{'connected':<10} lo0"
        )
        return "\n".join(
            [
                "",
                "ROUTE NET TABLE",
                header,
                rule,
                *net_rows,
                rule,
                "",
                "ROUTE HOST TABLE",
                header,
                rule,
                *host_rows,
                rule,
                _value_line(0),
            ]
        )

    def _cmd_boot_params(self, session: ShellSession, args: Sequence[str]) -> str:
        return "\n" + self.state.boot_params().show() + "\n\n" + _value_line(0)

    def _cmd_exit(self, session: ShellSession, args: Sequence[str]) -> str:
        session.closing = True
        return ""


class _Connection:
    """Line editing and login for one session (sans-IO: data in, bytes appended to `out`)."""

    def __init__(self, server: TelnetServer, session: ShellSession) -> None:
        self.server = server
        self.session = session
        self.state = "user" if server.credentials is not None else "shell"
        self.login_user = ""
        self.failures = 0
        self.line = bytearray()
        self.after_cr = False
        self.escape = 0  # 0: none, 1: after ESC, 2: inside a CSI sequence

    def greeting(self) -> str:
        if self.state == "user":
            return "\nVxWorks login: "
        return self.server._banner() + PROMPT

    def _echoing(self) -> bool:
        return self.session.codec.local_enabled(OPT_ECHO) and self.state != "password"

    def feed(self, data: bytes, out: bytearray) -> float:
        """Edit, echo and run lines; returns a delay to apply before reading on (failed login)."""
        delay = 0.0
        for byte in data:
            if self.session.closing:
                break
            if self.after_cr:
                self.after_cr = False
                if byte in (LF, NUL):
                    continue
            if self.escape == 1:
                self.escape = 2 if byte == ord("[") else 0
                continue
            if self.escape == 2:
                if 0x40 <= byte <= 0x7E:
                    self.escape = 0
                continue
            echo = self._echoing()
            if byte in (CR, LF):
                self.after_cr = byte == CR
                text = self.line.decode("utf-8", "replace")
                self.line.clear()
                if echo:
                    out += b"\r\n"
                delay += self._line(text, out)
            elif byte in (BACKSPACE, DEL):
                if self.line:
                    del self.line[-1]
                    if echo:
                        out += b"\b \b"
            elif byte == CTRL_U:
                if echo:
                    out += b"\b \b" * len(self.line)
                self.line.clear()
            elif byte == CTRL_C:
                self.line.clear()
                delay += self._line("\x03", out)
            elif byte == CTRL_D and not self.line:
                delay += self._line("\x04", out)
            elif byte == ESC:
                self.escape = 1
            elif byte >= 0x20 and len(self.line) < _MAX_LINE:
                self.line.append(byte)
                if echo:
                    out += bytes((byte,)).replace(b"\xff", b"\xff\xff")
        return delay

    def _line(self, text: str, out: bytearray) -> float:
        encode = TelnetCodec.encode
        session = self.session
        if self.state == "shell":
            if text == "\x03":
                out += encode("^C\n" + PROMPT)
            elif text == "\x04":
                session.closing = True
            else:
                result = self.server.execute(session, text)
                if session.closing:
                    out += encode(result + "\n" if result else "")
                else:
                    out += encode((result + "\n" if result else "") + PROMPT)
            return 0.0
        if self.state == "user":
            if text in ("\x03", "\x04"):
                session.closing = True
                return 0.0
            self.login_user = text.strip()
            self.state = "password"
            out += encode("Password: ")
            return 0.0
        # password
        credentials = self.server.credentials
        assert credentials is not None
        password = "" if text in ("\x03", "\x04") else text
        if credentials.check(self.login_user, password):
            session.user = self.login_user
            self.state = "shell"
            out += encode("\n" + self.server._banner() + PROMPT)
            return 0.0
        self.failures += 1
        if self.failures >= 3:
            out += encode("\nLogin incorrect\n")
            session.closing = True
            return 0.0
        self.state = "user"
        out += encode("\nLogin incorrect\n\nVxWorks login: ")
        return 0.5 * self.failures


_RTF_UP: Final = 0x1
_RTF_GATEWAY: Final = 0x2
_RTF_HOST: Final = 0x4
_RTF_DYNAMIC: Final = 0x10
_RTF_CLONING: Final = 0x100
_RTF_STATIC: Final = 0x800


def _route_flags(route: Route) -> int:
    flags = _RTF_UP if route.metric < INFINITY else 0
    if route.source == "connected":
        flags |= _RTF_CLONING
    else:
        flags |= _RTF_GATEWAY
    if route.is_host:
        flags |= _RTF_HOST
    if route.source == "rip":
        flags |= _RTF_DYNAMIC
    elif route.source in ("static", "dhcp"):
        flags |= _RTF_STATIC
    return flags


def _classful_mask(address: IPv4Address) -> int:
    first = int(address) >> 24
    if first < 128:
        return 0xFF000000
    if first < 192:
        return 0xFFFF0000
    return 0xFFFFFF00
