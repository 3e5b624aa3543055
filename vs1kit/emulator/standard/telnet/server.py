"""The Telnet server: asyncio streams, a small line editor (echo, backspace, ^C, ^U, ^D) and
the shell commands (each a `_cmd_*` method listed in `IMPLEMENTATIONS`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from ipaddress import IPv4Address
from typing import ClassVar, Final

from vs1kit.emulator.limits import Admission, BadInputLog
from vs1kit.emulator.netstate import INFINITY, Credentials, NetworkState, Route
from vs1kit.emulator.standard.base import StandardServer
from vs1kit.emulator.standard.caps import TELNET_LIMITS, Gate, StandardLimits
from vs1kit.emulator.standard.telnet.codec import (
    BACKSPACE,
    CR,
    CTRL_C,
    CTRL_D,
    CTRL_U,
    DEL,
    ESC,
    LF,
    NUL,
    OPT_ECHO,
    OPT_SGA,
    TelnetCodec,
)
from vs1kit.emulator.standard.telnet.shell import (
    _IDENT_RE,
    _MAX_LINE,
    _NUMBER_RE,
    DEFAULT_TASKS,
    PROMPT,
    CommandHandler,
    ShellInfo,
    ShellSession,
    TaskInfo,
    _parse_args,
    _value_line,
)
from vs1kit.generated.registry import PORTS

log = logging.getLogger(__name__)


class TelnetServer(StandardServer):
    """The vxWorks target shell over Telnet.

    `commands` is the spec's table: command name -> help line, in the order `help` lists them.
    Only the commands in the table exist; each must have an implementation in
    `IMPLEMENTATIONS` (ValueError otherwise). With `credentials`, the shell asks for a login
    first, like a vxWorks target with login security on.
    """

    PROTOCOL: ClassVar[str] = "Telnet"

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
        limits: StandardLimits = TELNET_LIMITS,
        bad_input: BadInputLog | None = None,
        admission: Admission | None = None,
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
        super().__init__(host, port)
        self.limits = limits
        self.gate = Gate("telnet", limits, bad_input, admission)
        """Connection caps and counters (`caps.Gate`): refused, open, per source."""
        self._server: asyncio.Server | None = None
        self._connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    # -- life cycle ----------------------------------------------------------------------

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

    # -- connections ---------------------------------------------------------------------

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        peername = writer.get_extra_info("peername")
        source = str(peername[0]) if isinstance(peername, tuple) else str(peername)
        if not self.gate.admit(source, task):
            # One short line, no wait for the peer to read it: a flood costs nothing.
            writer.write(TelnetCodec.encode("\nToo many shell sessions.\n"))
            if writer.transport.get_write_buffer_size():
                writer.transport.abort()
            else:
                writer.close()
            return
        self._connections[task] = writer
        peer = f"{peername[0]}:{peername[1]}" if isinstance(peername, tuple) else str(peername)
        try:
            await self._session(ShellSession(peer), reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except TimeoutError as exc:
            self.gate.note(source, "idle shell", f"{peer}: {exc}")
        except Exception:
            log.exception("telnet session %s failed", peer)
        finally:
            self._connections.pop(task, None)
            self.gate.release(task)
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
        # Until it has entered a line, the session may be closed to make room for a newcomer.
        task = asyncio.current_task()
        self.gate.stalled(task, writer.transport.abort)
        writer.write(codec.encode(conn.greeting()))
        await writer.drain()
        lim = self.limits
        loop = asyncio.get_running_loop()
        # Logging in has a deadline (when the shell asks for one); then input may pause for
        # the idle timeout at most.
        login_by = loop.time() + lim.request_timeout if conn.state != "shell" else None
        while not session.closing:
            wait = lim.idle_timeout
            if login_by is not None:
                if conn.state == "shell":
                    login_by = None
                else:
                    wait = min(wait, login_by - loop.time())
            try:
                if wait <= 0:
                    raise TimeoutError
                chunk = await asyncio.wait_for(reader.read(4096), wait)
            except TimeoutError:
                if login_by is not None and loop.time() >= login_by:
                    raise TimeoutError(f"not logged in after {lim.request_timeout:.0f} s") from None
                raise TimeoutError(f"no input for {lim.idle_timeout:.0f} s") from None
            if not chunk:
                return
            data = codec.feed(chunk)
            out = bytearray(codec.take_output())
            delay = conn.feed(data, out)
            if conn.lines:
                self.gate.stalled(task, None)
            if out:
                writer.write(bytes(out))
                try:  # a peer that does not read its output is dropped, not waited for
                    await asyncio.wait_for(writer.drain(), lim.idle_timeout)
                except TimeoutError:
                    raise TimeoutError(f"output unread for {lim.idle_timeout:.0f} s") from None
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
        self.lines = 0  # lines entered so far
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
                self.lines += 1
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
