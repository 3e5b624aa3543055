"""The emulator's standard servers (FTP, Telnet, HTTP) driven by real clients.

- FTP: Python's ftplib.
- Telnet: Debian's /usr/bin/telnet on a pseudo-terminal, plus a raw asyncio socket that checks
  the option negotiation byte by byte.
- HTTP: curl.

Every server binds 127.0.0.1 on port 0 and is stopped by the test that started it. The tables
the servers take come from the generated spec registry, the way the emulator wires them.
"""

from __future__ import annotations

import asyncio
import contextlib
import ftplib
import io
import json
import os
import pty
import re
import shutil
import signal
import socket
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from support.emulator import wait_for

from vs1kit.emulator.files import CameraFiles, PathEscapeError, default_job_content
from vs1kit.emulator.netstate import (
    INFINITY,
    RIP_GARBAGE_COLLECTION,
    RIP_TIMEOUT,
    BootParams,
    Credentials,
    NetworkConfig,
    NetworkConfigError,
    NetworkState,
)
from vs1kit.emulator.standard import ftp as ftp_mod
from vs1kit.emulator.standard import http as http_mod
from vs1kit.emulator.standard import telnet as telnet_mod
from vs1kit.emulator.standard.ftp import FtpServer, FtpUpload
from vs1kit.emulator.standard.http import HttpServer
from vs1kit.emulator.standard.telnet import TelnetCodec, TelnetServer
from vs1kit.generated.registry import PORTS

USER = "admin"
PASSWORD = "vs1-Secret"
HOST = "127.0.0.1"

T = TypeVar("T")

TELNET_COMMANDS = telnet_mod.commands_from_spec(PORTS["telnet"].commands)
HTTP_PAGES = http_mod.pages_from_spec(PORTS["http"].pages)
FTP_COMMANDS = ftp_mod.commands_from_spec(PORTS["ftp"].commands)
FTP_AREAS = ftp_mod.areas_from_spec(PORTS["ftp"].areas)


def run(coro: Coroutine[Any, Any, T], timeout: float = 90.0) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, timeout)

    return asyncio.run(bounded())


# --------------------------------------------------------------------------------------------
# A camera with the three servers
# --------------------------------------------------------------------------------------------


@dataclass
class Camera:
    state: NetworkState
    files: CameraFiles
    ftp: FtpServer
    telnet: TelnetServer
    http: HttpServer
    uploads: list[FtpUpload] = field(default_factory=list)
    upload_seen: asyncio.Event = field(default_factory=asyncio.Event)


@contextlib.asynccontextmanager
async def camera(tmp_path: Path, *, anonymous: bool = False) -> AsyncIterator[Camera]:
    state = NetworkState()
    files = CameraFiles(tmp_path / "camera")
    creds = Credentials(USER, PASSWORD)
    cam = Camera(
        state=state,
        files=files,
        ftp=FtpServer(
            files,
            creds,
            host=HOST,
            port=0,
            anonymous=anonymous,
            commands=FTP_COMMANDS,
            areas=FTP_AREAS,
            auth_failed_delay=0.05,
        ),
        telnet=TelnetServer(state, TELNET_COMMANDS, host=HOST, port=0),
        http=HttpServer(state, creds, HTTP_PAGES, host=HOST, port=0),
    )

    def on_upload(event: FtpUpload) -> None:
        cam.uploads.append(event)
        cam.upload_seen.set()

    cam.ftp.add_upload_hook(on_upload)
    async with contextlib.AsyncExitStack() as stack:
        for server in (cam.ftp, cam.telnet, cam.http):
            await server.start()
            stack.push_async_callback(server.stop)
        yield cam


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


def refuses_connections(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(2)
        try:
            sock.connect((HOST, port))
        except ConnectionRefusedError:
            return True
        return False


# --------------------------------------------------------------------------------------------
# Client helpers
# --------------------------------------------------------------------------------------------


def ftp_session(port: int, user: str = USER, password: str = PASSWORD) -> ftplib.FTP:
    client = ftplib.FTP()
    client.connect(HOST, port, timeout=10)
    client.login(user, password)
    return client


async def in_thread(fn: Callable[[], T]) -> T:
    return await asyncio.to_thread(fn)


@dataclass
class HttpResult:
    status: int
    headers: dict[str, str]
    body: str


async def curl(*args: str) -> HttpResult:
    proc = await asyncio.create_subprocess_exec(
        "curl",
        "-sS",
        "-i",
        "--max-time",
        "10",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    raw = out.decode("utf-8")
    head, _, body = raw.partition("\r\n\r\n")
    lines = head.split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    return HttpResult(status, headers, body)


class PtyTelnet:
    """Debian's telnet client on a pseudo-terminal, read without blocking the event loop."""

    def __init__(self) -> None:
        self.proc: asyncio.subprocess.Process | None = None
        self.master = -1
        self.buffer = ""
        self.pos = 0
        self._data = asyncio.Event()
        self._eof = False

    async def start(self, port: int) -> None:
        master, slave = pty.openpty()
        try:
            self.proc = await asyncio.create_subprocess_exec(
                shutil.which("telnet") or "telnet",
                HOST,
                str(port),
                stdin=slave,
                stdout=slave,
                stderr=slave,
                start_new_session=True,
                env={**os.environ, "TERM": "dumb", "LC_ALL": "C"},
            )
        finally:
            os.close(slave)
        self.master = master
        os.set_blocking(master, False)
        asyncio.get_running_loop().add_reader(master, self._on_readable)

    def _on_readable(self) -> None:
        try:
            chunk = os.read(self.master, 65536)
        except BlockingIOError:
            return
        except OSError:  # EIO: the client closed its side
            chunk = b""
        if not chunk:
            self._eof = True
            asyncio.get_running_loop().remove_reader(self.master)
        self.buffer += chunk.decode("utf-8", "replace").replace("\r", "")
        self._data.set()

    def send(self, text: str) -> None:
        os.write(self.master, text.encode())

    async def expect(self, pattern: str, timeout: float = 10.0) -> str:
        """Wait for `pattern` (a regex) after what was already consumed; return the text up to
        and including the match."""
        regex = re.compile(pattern)

        async def wait() -> str:
            while True:
                match = regex.search(self.buffer, self.pos)
                if match:
                    text = self.buffer[self.pos : match.end()]
                    self.pos = match.end()
                    return text
                if self._eof:
                    raise AssertionError(f"telnet ended before {pattern!r}: {self.buffer!r}")
                self._data.clear()
                await self._data.wait()

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"no {pattern!r} within {timeout}s; got {self.buffer[self.pos :]!r}"
            ) from None

    async def command(self, line: str) -> str:
        self.send(line + "\r")
        return await self.expect(r"\n-> ")

    async def close(self) -> None:
        proc = self.proc
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 5)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        if self.master >= 0:
            with contextlib.suppress(ValueError, OSError):
                asyncio.get_running_loop().remove_reader(self.master)
            os.close(self.master)
            self.master = -1


@contextlib.asynccontextmanager
async def real_telnet(port: int) -> AsyncIterator[PtyTelnet]:
    if shutil.which("telnet") is None:
        pytest.fail("the telnet client is not installed: run scripts/bootstrap (apt install telnet)")
    client = PtyTelnet()
    try:
        await client.start(port)
        await client.expect(r"Connected to ")
        await client.expect(r"\n-> ")
        yield client
    finally:
        await client.close()


class RawTelnet:
    """A Telnet peer on a bare socket: the test sees and sends every IAC byte itself."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.received = bytearray()

    @classmethod
    async def connect(cls, port: int) -> RawTelnet:
        reader, writer = await asyncio.open_connection(HOST, port)
        return cls(reader, writer)

    async def read_until(self, marker: bytes, timeout: float = 10.0) -> bytes:
        start = len(self.received)

        async def wait() -> bytes:
            while marker not in self.received[start:]:
                chunk = await self.reader.read(4096)
                if not chunk:
                    raise AssertionError(f"connection closed before {marker!r}")
                self.received += chunk
            return bytes(self.received[start:])

        return await asyncio.wait_for(wait(), timeout)

    async def read_some(self, wait: float = 0.3) -> bytes:
        start = len(self.received)
        with contextlib.suppress(TimeoutError):
            while True:
                chunk = await asyncio.wait_for(self.reader.read(4096), wait)
                if not chunk:
                    break
                self.received += chunk
        return bytes(self.received[start:])

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()


IAC, DONT, DO, WONT, WILL, SB, SE, NOP = 255, 254, 253, 252, 251, 250, 240, 241
ECHO, SGA, TTYPE, NAWS, LINEMODE = 1, 3, 24, 31, 34


def strip_iac(data: bytes) -> bytes:
    codec = TelnetCodec()
    return codec.feed(data)


# --------------------------------------------------------------------------------------------
# FTP
# --------------------------------------------------------------------------------------------


def test_ftp_login_and_list_areas(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:

            def client() -> dict[str, Any]:
                with ftp_session(cam.ftp.port) as ftp:
                    result: dict[str, Any] = {"welcome": ftp.getwelcome()}
                    result["root"] = sorted(ftp.nlst("/"))
                    result["flash"] = sorted(ftp.nlst("/FLASH"))
                    result["ram"] = sorted(ftp.nlst("/RAM"))
                    result["logs"] = sorted(ftp.nlst("/RAM/logs"))
                    lines: list[str] = []
                    ftp.dir("/FLASH", lines.append)
                    result["flash_list"] = lines
                    result["pasv"] = ftp.sendcmd("PASV")
                    ftp.cwd("/FLASH")
                    result["pwd"] = ftp.pwd()
                    ftp.voidcmd("TYPE I")  # SIZE is defined for binary transfers only
                    result["size"] = ftp.size("Inspect1.avp")
                    return result

            got = await in_thread(client)
            assert got["welcome"].startswith("220 ")
            assert got["root"] == ["FLASH", "RAM"]
            assert got["flash"] == ["Barcode1.avp", "Inspect1.avp"]
            assert got["ram"] == ["images", "logs"]
            assert got["logs"] == ["camera.log"]
            assert any("Inspect1.avp" in line for line in got["flash_list"])
            # Passive mode answers on the same loopback host as the control connection.
            assert got["pasv"].startswith("227 ")
            assert "(127,0,0,1," in got["pasv"]
            assert got["pwd"] == "/FLASH"
            assert got["size"] == (cam.files.flash / "Inspect1.avp").stat().st_size

    run(body())


def test_ftp_wrong_password_and_anonymous_refused(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:

            def attempt(user: str, password: str) -> str:
                try:
                    ftp_session(cam.ftp.port, user, password).quit()
                except ftplib.error_perm as exc:
                    return str(exc)
                return "accepted"

            assert (await in_thread(lambda: attempt(USER, "wrong"))).startswith("530")
            assert (await in_thread(lambda: attempt("root", PASSWORD))).startswith("530")
            assert (await in_thread(lambda: attempt("anonymous", "a@b"))).startswith("530")
            # Three failures from this address: the throttle refuses even the right password
            # for a moment (without checking it), then lets it in.
            assert "Too many" in await in_thread(lambda: attempt(USER, PASSWORD))
            deadline = time.monotonic() + 5.0
            while (verdict := await in_thread(lambda: attempt(USER, PASSWORD))) != "accepted":
                assert "Too many" in verdict and time.monotonic() < deadline
                await asyncio.sleep(0.1)

    run(body())


def test_ftp_anonymous_is_read_only_when_enabled(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path, anonymous=True) as cam:

            def client() -> tuple[list[str], str]:
                with ftp_session(cam.ftp.port, "anonymous", "guest@") as ftp:
                    names = sorted(ftp.nlst("/FLASH"))
                    try:
                        ftp.storbinary("STOR /RAM/evil.avp", io.BytesIO(b"x"))
                    except ftplib.error_perm as exc:
                        return names, str(exc)
                    return names, "stored"

            names, store = await in_thread(client)
            assert names == ["Barcode1.avp", "Inspect1.avp"]
            assert store.startswith("550")
            assert not (cam.files.ram / "evil.avp").exists()

    run(body())


def test_ftp_upload_calls_hook_and_downloads_byte_identical(tmp_path: Path) -> None:
    job = default_job_content("Uploaded.avp", ("Snapshot1", "Ocr1")) + bytes(range(255, -1, -1))

    async def body() -> None:
        async with camera(tmp_path) as cam:

            def upload() -> None:
                with ftp_session(cam.ftp.port) as ftp:
                    ftp.storbinary("STOR /RAM/Uploaded.avp", io.BytesIO(job))

            await in_thread(upload)
            await asyncio.wait_for(cam.upload_seen.wait(), 10)
            (event,) = cam.uploads
            assert event.ftp_path == "/RAM/Uploaded.avp"
            assert event.area == "RAM"
            assert event.user == USER
            assert event.size == len(job)
            assert event.host_path == cam.files.job_path("Uploaded.avp", "RAM")
            assert cam.files.read_job("Uploaded.avp") == job
            assert [j.name for j in cam.files.list_jobs("RAM")] == ["Uploaded.avp"]

            def download(path: str) -> bytes:
                buf = io.BytesIO()
                with ftp_session(cam.ftp.port) as ftp:
                    ftp.retrbinary(f"RETR {path}", buf.write)
                return buf.getvalue()

            assert await in_thread(lambda: download("/RAM/Uploaded.avp")) == job
            flash_job = await in_thread(lambda: download("/FLASH/Inspect1.avp"))
            assert flash_job == cam.files.read_job("Inspect1.avp", "FLASH")
            assert flash_job == default_job_content(
                "Inspect1.avp", ("Snapshot1", "Locate1", "Measure1", "Output1")
            )

    run(body())


def test_ftp_refuses_paths_outside_the_areas(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not for FTP")

    async def body() -> None:
        async with camera(tmp_path) as cam:
            (cam.files.ram / "link.txt").symlink_to(outside)

            def client() -> dict[str, str]:
                result: dict[str, str] = {}
                with ftp_session(cam.ftp.port) as ftp:
                    for key, command in {
                        "dotdot": "RETR ../secret.txt",
                        "deep": "RETR /RAM/../../secret.txt",
                        "absolute": f"RETR {outside}",
                        "symlink": "RETR /RAM/link.txt",
                    }.items():
                        try:
                            ftp.retrbinary(command, lambda data: None)
                            result[key] = "sent"
                        except ftplib.error_perm as exc:
                            result[key] = str(exc)
                    ftp.cwd("/../../..")
                    result["cwd"] = ftp.pwd()
                    actions: dict[str, Callable[[], object]] = {
                        "store_root": lambda: ftp.storbinary("STOR /x.avp", io.BytesIO(b"x")),
                        "rmd_ram": lambda: ftp.rmd("/RAM"),
                        "rename_flash": lambda: ftp.rename("/FLASH", "/FLASH2"),
                        "mkd_root": lambda: ftp.mkd("/NEW"),
                    }
                    for key, action in actions.items():
                        try:
                            action()
                            result[key] = "done"
                        except ftplib.error_perm as exc:
                            result[key] = str(exc)
                return result

            got = await in_thread(client)
            for key in ("dotdot", "deep", "absolute", "symlink"):
                assert got[key].startswith("550"), (key, got[key])
            assert got["cwd"] == "/"
            for key in ("store_root", "rmd_ram", "rename_flash", "mkd_root"):
                assert got[key].startswith("550"), (key, got[key])
            assert cam.files.ram.is_dir() and cam.files.flash.is_dir()
            assert not (cam.files.root / "x.avp").exists()

    run(body())


def test_ftp_stop_releases_the_port(tmp_path: Path) -> None:
    async def body() -> None:
        files = CameraFiles(tmp_path / "camera")
        server = FtpServer(files, Credentials(USER, PASSWORD), host=HOST, port=0)
        await server.start()
        port = server.port
        # An open session, including a passive data listener, must not keep the port.
        client = await in_thread(lambda: ftp_session(port))
        await in_thread(lambda: client.sendcmd("PASV"))
        await server.stop()
        client.close()
        assert refuses_connections(port)
        assert port_is_free(port)
        # The same port can be served again.
        again = FtpServer(files, Credentials(USER, PASSWORD), host=HOST, port=port)
        await again.start()
        try:
            assert again.port == port
            await in_thread(lambda: ftp_session(port).quit())
        finally:
            await again.stop()

    run(body())


def test_ftp_tables_must_match_the_server(tmp_path: Path) -> None:
    files = CameraFiles(tmp_path / "camera")
    creds = Credentials(USER, PASSWORD)
    with pytest.raises(ValueError, match="XFRB"):
        FtpServer(files, creds, commands={**FTP_COMMANDS, "XFRB": "made up"})
    with pytest.raises(ValueError, match="/SDCARD"):
        FtpServer(files, creds, areas={**FTP_AREAS, "/SDCARD": "no such area"})


# --------------------------------------------------------------------------------------------
# Telnet
# --------------------------------------------------------------------------------------------


def test_telnet_shell_with_the_real_telnet_client(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam, real_telnet(cam.telnet.port) as tn:
            help_text = await tn.command("help")
            for name, doc in TELNET_COMMANDS.items():
                assert re.search(rf"\n{re.escape(name)}\s+{re.escape(doc)}\n", help_text)

            version = await tn.command("version")
            assert "VxWorks (for VS-1 Smart Camera) version" in version
            assert cam.state.boot_params().to_boot_line() in version

            tasks = await tn.command("i")
            assert "NAME        ENTRY       TID" in tasks
            assert "tTelnetd" in tasks and "tFtpdTask" in tasks

            if_show = await tn.command("ifShow")
            assert "Internet address: 192.168.0.10" in if_show
            assert "Ethernet address is 02:56:53:31:00:01" in if_show
            assert "Subnetmask 0xffffff00" in if_show

            cam.state.routes.update_from_rip(
                "10.20.0.0", "255.255.0.0", "0.0.0.0", 2, sender="192.168.0.1", now=0.0
            )
            routes = await tn.command("routeShow")
            assert re.search(r"0\.0\.0\.0\s+0\.0\.0\.0\s+192\.168\.0\.1\s", routes)
            assert re.search(r"192\.168\.0\.0\s+255\.255\.255\.0\s+192\.168\.0\.10\s", routes)
            assert re.search(
                r"10\.20\.0\.0\s+255\.255\.0\.0\s+192\.168\.0\.1\s+\w+\s+3\s+rip", routes
            )

            boot = await tn.command("bootParams")
            assert re.search(r"inet on ethernet \(e\)\s*: 192\.168\.0\.10:ffffff00", boot)
            assert re.search(r"target name \(tn\)\s*: VS1-000001", boot)

            unknown = await tn.command("reboot")
            assert "undefined symbol: reboot" in unknown
            # The character-at-a-time negotiation worked: the line came back once (server
            # echo), not twice (local echo + server echo).
            assert unknown.count("reboot") == 2  # the echoed command and the message

            tn.send("exit\r")
            await tn.expect("Connection closed by foreign host")
            assert tn.proc is not None
            assert await asyncio.wait_for(tn.proc.wait(), 10) == 0
            await wait_for(lambda: cam.telnet.session_count == 0, what="the shell session ended")

    run(body())


def test_telnet_option_negotiation_on_a_raw_socket(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:
            raw = await RawTelnet.connect(cam.telnet.port)
            try:
                greeting = await raw.read_until(b"-> ")
                assert bytes((IAC, WILL, ECHO)) in greeting
                assert bytes((IAC, WILL, SGA)) in greeting

                # Accept both, offer window size (accepted) and terminal type (refused), ask
                # the server for LINEMODE (refused).
                await raw.send(
                    bytes((IAC, DO, ECHO, IAC, DO, SGA, IAC, WILL, NAWS, IAC, WILL, TTYPE))
                    + bytes((IAC, DO, LINEMODE))
                )
                replies = await raw.read_some()
                assert bytes((IAC, DO, NAWS)) in replies
                assert bytes((IAC, DONT, TTYPE)) in replies
                assert bytes((IAC, WONT, LINEMODE)) in replies
                assert bytes((IAC, WILL, ECHO)) not in replies  # already agreed: no reply

                # Repeating an agreed option must not start a negotiation loop.
                await raw.send(bytes((IAC, DO, ECHO, IAC, WILL, NAWS)))
                assert await raw.read_some() == b""

                # Subnegotiation and IAC commands inside a command line are stripped.
                await raw.send(bytes((IAC, SB, NAWS, 0, 132, 0, 43, IAC, SE)))
                await raw.send(b"ver" + bytes((IAC, NOP)) + b"sion\r\n")
                out = await raw.read_until(b"\r\n-> ")
                text = strip_iac(out).decode()
                assert text.startswith("version\r\n")  # echoed, as the server does ECHO
                assert "VxWorks (for VS-1 Smart Camera)" in text

                # Backspace editing and CR NUL line ends (what a char-mode client sends).
                await raw.send(b"ifShoX\x7fw\r\x00")
                out = await raw.read_until(b"\r\n-> ")
                assert b"Internet address: 192.168.0.10" in out

                await raw.send(b"logout\r\n")
                rest = await raw.read_some(1.0)
                assert b"-> " not in rest
                assert raw.reader.at_eof()
            finally:
                await raw.close()

    run(body())


def test_telnet_login_when_credentials_are_set(tmp_path: Path) -> None:
    async def body() -> None:
        state = NetworkState()
        server = TelnetServer(
            state, TELNET_COMMANDS, host=HOST, port=0, credentials=Credentials(USER, PASSWORD)
        )
        await server.start()
        raw = await RawTelnet.connect(server.port)
        try:
            await raw.read_until(b"login: ")
            await raw.send(bytes((IAC, DO, ECHO, IAC, DO, SGA)))
            await raw.send(f"{USER}\r\n".encode())
            await raw.read_until(b"Password: ")
            await raw.send(b"wrong\r\n")
            failed = await raw.read_until(b"login: ")
            assert b"Login incorrect" in failed
            assert b"wrong" not in failed  # passwords are not echoed
            await raw.send(f"{USER}\r\n{PASSWORD}\r\n".encode())
            shell = await raw.read_until(b"-> ")
            assert PASSWORD.encode() not in shell
            await raw.send(b"i\r\n")
            assert b"tShell" in await raw.read_until(b"\r\n-> ")
        finally:
            await raw.close()
            await server.stop()

    run(body())


def test_telnet_command_table_comes_from_the_spec() -> None:
    state = NetworkState()
    with pytest.raises(ValueError, match="reboot"):
        TelnetServer(state, {**TELNET_COMMANDS, "reboot": "Restart the camera"})

    # A command left out of the table does not exist, even though it is implemented.
    partial = {k: v for k, v in TELNET_COMMANDS.items() if k != "i"}
    server = TelnetServer(state, partial)
    session = telnet_mod.ShellSession("test")
    assert server.execute(session, "i") == "undefined symbol: i"
    assert "i " not in server.execute(session, "help")
    assert "Internet address" in server.execute(session, 'ifShow "fei0"')
    assert "No such interface" in server.execute(session, 'ifShow("eth9")')
    assert server.execute(session, "0x10") == "value = 16 = 0x10"


def test_telnet_stop_closes_sessions_and_releases_the_port(tmp_path: Path) -> None:
    async def body() -> None:
        server = TelnetServer(NetworkState(), TELNET_COMMANDS, host=HOST, port=0)
        await server.start()
        port = server.port
        raw = await RawTelnet.connect(port)
        try:
            await raw.read_until(b"-> ")
            await server.stop()
            await raw.read_some(1.0)
            assert raw.reader.at_eof()
        finally:
            await raw.close()
        assert refuses_connections(port)
        assert port_is_free(port)

    run(body())


def test_telnet_codec_unit() -> None:
    codec = TelnetCodec()
    assert codec.feed(b"a" + bytes((IAC, IAC)) + b"b") == b"a\xffb"
    # A sequence split across reads.
    assert codec.feed(bytes((IAC,))) == b""
    assert codec.feed(bytes((SB, NAWS, 0, 80, 0))) == b""
    assert codec.feed(bytes((24, IAC, SE)) + b"x") == b"x"
    assert codec.window_size == (80, 24)
    assert codec.take_output() == b""
    codec.offer(ECHO)
    assert codec.take_output() == bytes((IAC, WILL, ECHO))
    codec.feed(bytes((IAC, DONT, ECHO)))  # refused: no answer, option stays off
    assert codec.take_output() == b""
    assert not codec.local_enabled(ECHO)
    assert TelnetCodec.encode("a\nb\xff") == b"a\r\nb\xc3\xbf"


# --------------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------------


def test_http_page_and_json(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:
            base = f"http://{HOST}:{cam.http.port}"
            page = await curl(f"{base}/")
            assert page.status == 200
            assert page.headers["content-type"].startswith("text/html")
            assert cam.state.boot_params().to_boot_line() in page.body
            for name in ("name", "ip", "mask", "gateway", "dhcp"):
                assert f'name="{name}"' in page.body
            assert 'method="post"' in page.body

            data = await curl(f"{base}/bootparams.json")
            assert data.status == 200
            parsed = json.loads(data.body)
            assert parsed["network"]["ip"] == "192.168.0.10"
            assert parsed["boot_params"]["target_name"] == "VS1-000001"
            assert parsed["boot_line"] == cam.state.boot_params().to_boot_line()

            missing = await curl(f"{base}/nothing-here")
            assert missing.status == 404

    run(body())


def test_http_change_needs_login(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:
            url = f"http://{HOST}:{cam.http.port}/"
            before = cam.state.config
            anonymous = await curl("-d", "ip=192.168.0.99", url)
            assert anonymous.status == 401
            assert anonymous.headers["www-authenticate"].startswith("Basic realm=")
            wrong = await curl("-u", f"{USER}:nope", "-d", "ip=192.168.0.99", url)
            assert wrong.status == 401
            assert cam.state.config == before

    run(body())


def test_http_change_is_applied_and_seen_in_telnet(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:
            url = f"http://{HOST}:{cam.http.port}/"
            changes: list[tuple[NetworkConfig, NetworkConfig]] = []
            cam.state.subscribe(lambda old, new: changes.append((old, new)))
            result = await curl(
                "-u",
                f"{USER}:{PASSWORD}",
                "-d",
                "name=Line3-Cam",
                "-d",
                "ip=10.1.2.50",
                "-d",
                "mask=255.255.0.0",
                "-d",
                "gateway=10.1.0.1",
                "-d",
                "dhcp=false",
                "-d",
                "dhcp=true",  # form checkbox after its hidden twin: the last one counts
                url,
            )
            assert result.status == 200, result.body
            assert "Settings applied" in result.body
            cfg = cam.state.config
            assert (str(cfg.ip), str(cfg.mask), str(cfg.gateway)) == (
                "10.1.2.50",
                "255.255.0.0",
                "10.1.0.1",
            )
            assert cfg.name == "Line3-Cam" and cfg.dhcp
            assert len(changes) == 1

            async with real_telnet(cam.telnet.port) as tn:
                if_show = await tn.command("ifShow")
                assert "Internet address: 10.1.2.50" in if_show
                assert "Broadcast address: 10.1.255.255" in if_show
                boot = await tn.command("bootParams")
                assert re.search(r"inet on ethernet \(e\)\s*: 10\.1\.2\.50:ffff0000", boot)
                assert re.search(r"gateway inet \(g\)\s*: 10\.1\.0\.1", boot)
                assert re.search(r"flags \(f\)\s*: 0x40", boot)
                assert re.search(r"target name \(tn\)\s*: Line3-Cam", boot)
                routes = await tn.command("routeShow")
                assert re.search(r"0\.0\.0\.0\s+0\.0\.0\.0\s+10\.1\.0\.1\s+\w+\s+1\s+dhcp", routes)
                tn.send("logout\r")
                await tn.expect("Connection closed by foreign host")

            page = await curl(f"http://{HOST}:{cam.http.port}/bootparams.json")
            assert json.loads(page.body)["network"]["name"] == "Line3-Cam"

            # A browser's form post is redirected back to the page.
            browser = await curl(
                "-u",
                f"{USER}:{PASSWORD}",
                "-H",
                "Accept: text/html",
                "-d",
                "dhcp=false",
                url,
            )
            assert browser.status == 303
            assert browser.headers["location"] == "/?saved=1"
            assert not cam.state.config.dhcp

    run(body())


def test_http_bad_input_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    async def body() -> None:
        async with camera(tmp_path) as cam:
            url = f"http://{HOST}:{cam.http.port}/"
            auth = ("-u", f"{USER}:{PASSWORD}")
            before = cam.state.config

            bad_ip = await curl(*auth, "-d", "ip=192.168.0.300", "-d", "name=Renamed", url)
            assert bad_ip.status == 400
            assert "ip:" in bad_ip.body and "192.168.0.300" in bad_ip.body

            off_subnet = await curl(*auth, "-d", "gateway=10.9.9.9", url)
            assert off_subnet.status == 400
            assert "not in the camera's subnet" in off_subnet.body

            several = await curl(*auth, "-d", "mask=255.0.255.0", "-d", "dhcp=maybe", url)
            assert several.status == 400
            assert "mask:" in several.body and "dhcp:" in several.body

            unknown = await curl(*auth, "-d", "mac=02:00:00:00:00:09", url)
            assert unknown.status == 400 and "unknown field" in unknown.body

            empty = await curl(*auth, "-X", "POST", url)
            assert empty.status == 400

            as_json = await curl(
                *auth,
                "-H",
                "Content-Type: application/json",
                "--data",
                json.dumps({"ip": "224.0.0.1"}),
                url,
            )
            assert as_json.status == 400
            problems = json.loads(as_json.body)["problems"]
            assert problems == [{"field": "ip", "message": "224.0.0.1 is a multicast address"}]

            html_client = await curl(*auth, "-H", "Accept: text/html", "-d", "ip=1.2.3", url)
            assert html_client.status == 400
            assert "nothing was changed" in html_client.body

            assert cam.state.config == before

            good_json = await curl(
                *auth,
                "-H",
                "Content-Type: application/json",
                "--data",
                json.dumps({"ip": "192.168.0.20", "dhcp": False}),
                url,
            )
            assert good_json.status == 200
            assert json.loads(good_json.body)["network"]["ip"] == "192.168.0.20"

    run(body())


def test_http_page_table_must_match_the_server() -> None:
    state = NetworkState()
    creds = Credentials(USER, PASSWORD)
    with pytest.raises(ValueError, match="/reboot"):
        HttpServer(state, creds, {**HTTP_PAGES, "/reboot": ("Restart", ())})
    with pytest.raises(ValueError, match="'ip' has type 'str'"):
        HttpServer(state, creds, {"/": ("Page", (("ip", "str", "IP"),))})
    with pytest.raises(ValueError, match="'serial'"):
        HttpServer(state, creds, {"/": ("Page", (("serial", "str", "?"),))})


def test_http_stop_releases_the_port() -> None:
    async def body() -> None:
        server = HttpServer(NetworkState(), Credentials(USER, PASSWORD), HTTP_PAGES, port=0)
        await server.start()
        port = server.port
        assert (await curl(f"http://{HOST}:{port}/bootparams.json")).status == 200
        await server.stop()
        assert refuses_connections(port)
        assert port_is_free(port)

    run(body())


# --------------------------------------------------------------------------------------------
# The shared state underneath
# --------------------------------------------------------------------------------------------


def test_network_config_validation_reports_every_problem() -> None:
    with pytest.raises(NetworkConfigError) as info:
        NetworkConfig.create(
            name="bad name",
            mac="01:00:5e:00:00:01",
            ip="10.0.0.255",
            mask="255.255.255.0",
            gateway="10.0.1.1",
        )
    fields = [name for name, _ in info.value.problems]
    assert fields == ["name", "mac", "ip", "gateway"]
    cfg = NetworkConfig.create(
        name="cam", mac="02-56-53-31-00-02", ip="10.0.0.5", mask="/24", gateway="10.0.0.1"
    )
    assert cfg.mac == "02:56:53:31:00:02" and str(cfg.mask) == "255.255.255.0"
    # DHCP without a lease yet is a valid state.
    assert NetworkConfig.create(name="cam", mac=cfg.mac, ip="0.0.0.0", mask="24", dhcp=True)


def test_boot_params_follow_the_config() -> None:
    cfg = NetworkConfig.default().changed(dhcp=True, name="Cam7")
    boot = BootParams.from_config(cfg, BootParams(host_name="fr-host", other="vs1"))
    line = boot.to_boot_line()
    assert line == (
        "fei(0,0)fr-host:/FLASH/vxWorks e=192.168.0.10:ffffff00 g=192.168.0.1 u=target "
        "f=0x40 tn=Cam7 o=vs1"
    )
    assert BootParams.parse(line) == boot
    assert boot.dhcp


def test_routing_table_rip_timers() -> None:
    state = NetworkState(now=0.0)
    table = state.routes
    added = table.update_from_rip(
        "10.5.0.0", "255.255.0.0", "0.0.0.0", 3, sender="192.168.0.1", now=0.0
    )
    assert added is not None and added.metric == 4 and str(added.gateway) == "192.168.0.1"
    # A worse route from another router is ignored; the same router refreshes the timer.
    assert (
        table.update_from_rip("10.5.0.0", "/16", "192.168.0.2", 5, sender="192.168.0.2", now=10.0)
        is None
    )
    table.update_from_rip("10.5.0.0", "/16", "0.0.0.0", 3, sender="192.168.0.1", now=100.0)
    assert table.expire(100.0 + RIP_TIMEOUT - 1) == []
    (expired,) = table.expire(100.0 + RIP_TIMEOUT)
    assert expired.metric == INFINITY
    fallback = table.lookup("10.5.1.1")  # the unreachable route no longer matches
    assert fallback is not None and fallback.source == "static" and fallback.is_default
    assert table.collect_garbage(100.0 + RIP_TIMEOUT + RIP_GARBAGE_COLLECTION - 1) == []
    (deleted,) = table.collect_garbage(100.0 + RIP_TIMEOUT + RIP_GARBAGE_COLLECTION)
    assert str(deleted.destination) == "10.5.0.0"
    # RIP never overrides the connected subnet.
    assert (
        table.update_from_rip("192.168.0.0", "/24", "0.0.0.0", 1, sender="192.168.0.1", now=0.0)
        is None
    )


def test_credentials_check() -> None:
    creds = Credentials(USER, PASSWORD)
    assert creds.check(USER, PASSWORD)
    assert not creds.check(USER, PASSWORD + "x")
    assert not creds.check("Admin", PASSWORD)
    assert PASSWORD not in repr(creds)


def test_file_areas_restart_and_path_safety(tmp_path: Path) -> None:
    files = CameraFiles(tmp_path / "cam")
    assert [j.name for j in files.list_jobs("FLASH")] == ["Barcode1.avp", "Inspect1.avp"]
    files.write_job("Mine.avp", b"job", "RAM")
    files.copy_job("Mine.avp", "RAM", "FLASH")
    files.delete_job("Inspect1.avp", "FLASH")
    files.append_log("inspection started")
    files.restart()
    assert files.list_jobs("RAM") == []
    assert "inspection started" not in files.log_path.read_text()
    assert [j.name for j in files.list_jobs("FLASH")] == ["Barcode1.avp", "Mine.avp"]
    assert (files.ram / "images").is_dir()
    # A second emulator on the same directory finds the flash as it was left.
    assert [j.name for j in CameraFiles(tmp_path / "cam").list_jobs("FLASH")] == [
        "Barcode1.avp",
        "Mine.avp",
    ]
    for bad in ("../x.avp", "a/b.avp", "/etc/passwd", "x.txt"):
        with pytest.raises(ValueError):
            files.job_path(bad)
    with pytest.raises(PathEscapeError):
        files.resolve("RAM", "logs/../../FLASH/Mine.avp")
    with pytest.raises(PathEscapeError):
        files.resolve_ftp("/etc/passwd")
    assert files.resolve_ftp("/RAM/logs/camera.log") == files.log_path
    assert files.ftp_path(files.log_path) == "/RAM/logs/camera.log"
