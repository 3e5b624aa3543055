"""The camera's FTP server (TCP 21): the RAM drive and flash as `/RAM` and `/FLASH`.

Built on pyftpdlib 2.x. pyftpdlib has its own select/epoll IO loop and no asyncio integration,
so each `FtpServer` runs one private `IOLoop` in a background thread. The listening socket is
bound in `start()` (so bind errors and the real port are known at once) and every socket,
listening, control and data, is closed in that thread when `stop()` asks it to end.

Upload notifications cross back to the asyncio loop that called `start()`: hooks run there, never
in the FTP thread, so they may touch the emulator's state freely and may be coroutines.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Final, Protocol

from pyftpdlib.authorizers import AuthenticationFailed, DummyAuthorizer
from pyftpdlib.handlers import DTPHandler, FTPHandler
from pyftpdlib.handlers.ftp.dispatchers import PassiveDTP
from pyftpdlib.ioloop import IOLoop
from pyftpdlib.servers import FTPServer

from vs1kit.emulator.files import AREAS, Area, CameraFiles, PathEscapeError
from vs1kit.emulator.limits import BadInputLog
from vs1kit.emulator.netstate import Credentials
from vs1kit.emulator.security import PasswordCheck, PasswordGate, Throttle
from vs1kit.emulator.standard.base import StandardServer
from vs1kit.emulator.standard.caps import FTP_LIMITS, StandardLimits
from vs1kit.generated.registry import PORTS

__all__ = [
    "DEFAULT_BANNER",
    "FtpServer",
    "FtpUpload",
    "UploadHook",
    "areas_from_spec",
    "commands_from_spec",
]

log = logging.getLogger(__name__)

# pyftpdlib configures logging to stderr on first use unless its logger has a handler; the
# emulator leaves logging to the application, so give it one that only lets records propagate.
_pyftpdlib_log = logging.getLogger("pyftpdlib")
if not _pyftpdlib_log.handlers:
    _pyftpdlib_log.addHandler(logging.NullHandler())

DEFAULT_BANNER: Final = "VS-1 Smart Camera FTP server (VxWorks 5.5) ready."

READ_PERMS: Final = "elr"
WRITE_PERMS: Final = "adfmwMT"
_POLL_INTERVAL: Final = 0.05


@dataclass(frozen=True)
class FtpUpload:
    """A file an FTP client finished storing."""

    ftp_path: str
    """e.g. `/RAM/Inspect3.avp`"""
    host_path: Path
    area: Area
    user: str
    size: int


UploadHook = Callable[[FtpUpload], Awaitable[None] | None]
"""Called on the asyncio loop after an upload completed; may be a coroutine function."""


class SpecCommand(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def doc(self) -> str: ...


class SpecArea(Protocol):
    @property
    def path(self) -> str: ...
    @property
    def doc(self) -> str: ...


def commands_from_spec(commands: Iterable[SpecCommand]) -> dict[str, str]:
    """The `commands` table (name -> help) from the spec, e.g. `PORTS["ftp"].commands`."""
    return {command.name: command.doc for command in commands}


def areas_from_spec(areas: Iterable[SpecArea]) -> dict[str, str]:
    """The `areas` table (path -> doc) from the spec, e.g. `PORTS["ftp"].areas`."""
    return {area.path: area.doc for area in areas}


class _Authorizer(DummyAuthorizer):  # type: ignore[misc]
    """Checks the password through the camera's password gate (its one throttle, per source
    and per account) and keeps the area roots themselves intact."""

    def __init__(self, passwords: PasswordGate, protected: list[str]) -> None:
        super().__init__()
        self._passwords = passwords
        self._protected = [os.path.normcase(p) for p in protected]

    def validate_authentication(self, username: str, password: str, handler: Any) -> None:
        if username == "anonymous" and self.has_user("anonymous"):
            return
        verdict = self._passwords.check(str(handler.remote_ip), username, password)
        if verdict is PasswordCheck.THROTTLED:
            raise AuthenticationFailed("Too many failed logins; try again later.")
        if verdict is not PasswordCheck.OK:
            raise AuthenticationFailed("Login incorrect.")

    def has_perm(self, username: str, perm: str, path: str | None = None) -> bool:
        # /RAM and /FLASH may be listed and entered, never removed, renamed or replaced.
        if (
            path is not None
            and os.path.normcase(os.path.realpath(path)) in self._protected
            and perm not in READ_PERMS
        ):
            return False
        return bool(super().has_perm(username, perm, path))


class _Handler(FTPHandler):  # type: ignore[misc]
    """pyftpdlib handler; `vs1_server` is set on the per-server subclass."""

    vs1_server: FtpServer
    vs1_since = 0.0

    def handle(self) -> None:
        self.vs1_since = time.monotonic()  # when it came: the oldest stalled one goes first
        super().handle()

    def respond_w_warning(self, resp: str) -> None:
        # pyftpdlib logs each of these (refusals, over-long commands, refused data connections)
        # at WARNING, a line per bad input; they are counted and logged at most once per
        # source and interval instead (refusals by handle_max_cons*).
        if not resp.startswith("421 Too many connections"):
            self.vs1_server._note(str(self.remote_ip), "bad ftp input", resp)
        self.respond(resp, logfun=_pyftpdlib_log.debug)

    def handle_max_cons(self) -> None:
        self.vs1_server._refused(str(self.remote_ip), f"ftp has {self.vs1_server.limits.max_connections} connections")
        super().handle_max_cons()

    def handle_max_cons_per_ip(self) -> None:
        self.vs1_server._refused(str(self.remote_ip), f"{self.vs1_server.limits.max_per_source} ftp connections "
                                                       "from this address")
        super().handle_max_cons_per_ip()

    def on_file_received(self, file: str) -> None:
        self.vs1_server._file_received(file, str(self.username))

    def on_incomplete_file_received(self, file: str) -> None:
        # An aborted upload must not leave half a job behind.
        try:
            Path(file).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove incomplete upload %s", file)


class _Server(FTPServer):  # type: ignore[misc]
    """pyftpdlib's server; a full one closes its oldest session that has not logged in to make
    room for a newcomer under its per-address cap (peers holding every slot from many
    addresses cannot lock a well-behaved client out)."""

    vs1_server: FtpServer

    def handle_accepted(self, sock: Any, addr: Any) -> Any:
        full = self._map_len() >= self.max_cons  # the newcomer would not fit
        if full and self.ip_map.count(addr[0]) < self.max_cons_per_ip:
            stalled = [h for h in list(self.ioloop.socket_map.values())
                       if isinstance(h, _Handler) and not h.authenticated and not h._closed]
            if stalled:
                victim = min(stalled, key=lambda h: h.vs1_since)
                self.vs1_server._note(str(victim.remote_ip), "stalled connection closed",
                                      f"not logged in; room made for {addr[0]}")
                victim.close()
        return super().handle_accepted(sock, addr)


class _Dtp(DTPHandler):  # type: ignore[misc]
    """Data channel with an upload size cap; `vs1_server` is set on the per-server subclass."""

    vs1_server: FtpServer

    def handle_read(self) -> None:
        super().handle_read()
        most = self.vs1_server.limits.max_upload
        if self.receive and self.tot_bytes_received > most and not self._closed:
            self.vs1_server._note(str(self.cmd_channel.remote_ip), "oversized upload",
                                  f"more than {most} bytes: aborted")
            # Closing unfinished removes the partial file (on_incomplete_file_received).
            self._resp = (f"552 Upload aborted: a file may have at most {most} bytes.", _pyftpdlib_log.debug)
            self.close()

    handle_read_event = handle_read  # pyftpdlib dispatches reads through this alias


class FtpServer(StandardServer):
    """FTP access to a camera's `CameraFiles`.

    `commands` and `areas` are the spec's tables (name -> help line, path -> doc); when given,
    the constructor checks that every command is one the server implements and every area is
    one `CameraFiles` has, and raises ValueError otherwise. pyftpdlib implements more commands
    than the spec lists (FEAT, EPSV, MLSD...), and real clients use them, so they stay on.
    """

    PROTOCOL: ClassVar[str] = "FTP"

    def __init__(
        self,
        files: CameraFiles,
        credentials: Credentials,
        *,
        host: str = "127.0.0.1",
        port: int = PORTS["ftp"].numbers[0],
        anonymous: bool = False,
        on_upload: UploadHook | None = None,
        commands: Mapping[str, str] | None = None,
        areas: Mapping[str, str] | None = None,
        banner: str = DEFAULT_BANNER,
        auth_failed_delay: float = 1.0,
        limits: StandardLimits = FTP_LIMITS,
        bad_input: BadInputLog | None = None,
        passwords: PasswordGate | None = None,
    ) -> None:
        if commands is not None:
            unknown = sorted(set(commands) - set(FTPHandler.proto_cmds))
            if unknown:
                raise ValueError(
                    "FTP command table names commands the server does not implement: "
                    + ", ".join(unknown)
                )
        if areas is not None:
            known = {f"/{area}" for area in AREAS}
            unknown = sorted(set(areas) - known)
            if unknown:
                raise ValueError(
                    "FTP area table names areas the camera does not have: "
                    + ", ".join(unknown)
                    + f" (have {', '.join(sorted(known))})"
                )
        self.files = files
        self.credentials = credentials
        self.passwords = passwords if passwords is not None else PasswordGate(credentials, Throttle())
        """USER/PASS go through it: the camera's gate shares the login port's throttle."""
        self.commands: dict[str, str] = dict(commands or {})
        self.areas: dict[str, str] = dict(areas or {})
        super().__init__(host, port)
        self._anonymous = anonymous
        self._banner = banner
        self._auth_failed_delay = auth_failed_delay
        self.limits = limits
        self.bad = bad_input if bad_input is not None else BadInputLog(limits.log_interval)
        """Refusals and bad input, counted and logged at most once per source and interval
        (noted on the asyncio loop, not in the FTP thread)."""
        self._hooks: list[UploadHook] = [on_upload] if on_upload is not None else []
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # -- properties ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def add_upload_hook(self, hook: UploadHook) -> None:
        self._hooks.append(hook)

    def remove_upload_hook(self, hook: UploadHook) -> None:
        self._hooks.remove(hook)

    # -- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        """Bind and start serving in a background thread."""
        if self._thread is not None:
            raise RuntimeError("the FTP server is already running")
        self._loop = asyncio.get_running_loop()
        self.files.ram.mkdir(parents=True, exist_ok=True)
        self.files.flash.mkdir(parents=True, exist_ok=True)
        root = str(self.files.root)
        authorizer = _Authorizer(
            self.passwords, [str(self.files.root), str(self.files.ram), str(self.files.flash)]
        )
        authorizer.add_user(
            self.credentials.user,
            "",  # never compared: validate_authentication uses Credentials
            root,
            perm=READ_PERMS,
            msg_login="User logged in.",
            msg_quit="Goodbye.",
        )
        for area_dir in (self.files.ram, self.files.flash):
            authorizer.override_perm(
                self.credentials.user, str(area_dir), READ_PERMS + WRITE_PERMS, recursive=True
            )
        if self._anonymous and self.credentials.user != "anonymous":
            authorizer.add_anonymous(root, perm=READ_PERMS)

        handler = type(
            "Vs1FtpHandler",
            (_Handler,),
            {
                "vs1_server": self,
                "authorizer": authorizer,
                "banner": self._banner,
                "auth_failed_timeout": self._auth_failed_delay,
                "timeout": self.limits.idle_timeout,
                "permit_foreign_addresses": False,
                "dtp_handler": type("Vs1FtpDtp", (_Dtp,), {"vs1_server": self,
                                                            "timeout": self.limits.idle_timeout}),
                "passive_dtp": type("Vs1FtpPassive", (PassiveDTP,), {"timeout": self.limits.request_timeout}),
            },
        )
        ioloop = IOLoop()
        try:
            server = type("Vs1FtpServer", (_Server,), {"vs1_server": self})(
                (self._host, self._requested_port), handler, ioloop=ioloop)
        except BaseException:
            ioloop.close()
            raise
        # Connection caps: pyftpdlib refuses with 421 (and _Handler reports it); each control
        # connection has at most one data connection.
        server.max_cons = self.limits.max_connections + 1  # pyftpdlib counts its listener too
        server.max_cons_per_ip = self.limits.max_per_source
        self._server = server
        self._port = int(server.address[1])
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(ioloop,), name=f"vs1-ftp-{self._port}", daemon=True
        )
        self._thread.start()
        log.info("FTP server listening on %s:%d", self._host, self._port)

    def _serve(self, ioloop: Any) -> None:
        try:
            while not self._stopping.is_set():
                ioloop.loop(timeout=_POLL_INTERVAL, blocking=False)
        except Exception:
            log.exception("FTP server loop failed")
        finally:
            # Closes the listening socket and every control and data connection.
            ioloop.close()

    async def stop(self) -> None:
        """Stop serving, close every connection and release the port. Idempotent."""
        thread = self._thread
        if thread is not None:
            self._stopping.set()
            await asyncio.to_thread(thread.join)
            self._thread = None
            self._server = None
            self._port = None
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    # -- bounds (called in the FTP thread) -----------------------------------------------

    def _refused(self, source: str, why: str) -> None:
        self._note(source, "connection refused", why)

    def _note(self, source: str, kind: str, detail: str) -> None:
        """Count and log on the asyncio loop (BadInputLog is not shared across threads)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self.bad.note, source, kind, f"ftp: {detail}")

    # -- uploads (called in the FTP thread) ----------------------------------------------

    def _file_received(self, file: str, user: str) -> None:
        try:
            ftp_path = self.files.ftp_path(file)
            area = self.files.area_of(file)
            size = os.path.getsize(file)
        except (PathEscapeError, OSError):
            log.warning("upload outside the file areas ignored: %s", file)
            return
        event = FtpUpload(ftp_path=ftp_path, host_path=Path(file), area=area, user=user, size=size)
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._dispatch_upload, event)

    def _dispatch_upload(self, event: FtpUpload) -> None:
        for hook in list(self._hooks):
            try:
                result = hook(event)
            except Exception:
                log.exception("FTP upload hook %r failed for %s", hook, event.ftp_path)
                continue
            if inspect.isawaitable(result):
                task = asyncio.ensure_future(self._await_hook(result, event))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _await_hook(result: Awaitable[None], event: FtpUpload) -> None:
        try:
            await result
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("FTP upload hook failed for %s", event.ftp_path)
