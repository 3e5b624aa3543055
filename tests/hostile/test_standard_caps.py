"""The standard servers (FTP, HTTP, Telnet) under their caps (issue 10, bounded resources):
a flood beyond a cap is refused at once and logged once, a slow request or an idle session is
dropped after its deadline, an oversized request is refused on its size (FTP 552, HTTP
413/414/431), and a well-behaved client on another address keeps working throughout.

Real clients where they exist (ftplib, http.client); raw sockets for the attackers and the
Telnet shell. Attackers bind 127.0.0.2, the well-behaved client 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import ftplib
import http.client
import io
import json
import logging
import socket
import time
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from support.emulator import wait_for

from hostile.peers import ATTACKER
from vs1kit.emulator.files import CameraFiles
from vs1kit.emulator.limits import BadInputLog
from vs1kit.emulator.netstate import Credentials, NetworkState
from vs1kit.emulator.standard import ftp as ftp_mod
from vs1kit.emulator.standard import http as http_mod
from vs1kit.emulator.standard import telnet as telnet_mod
from vs1kit.emulator.standard.caps import StandardLimits
from vs1kit.emulator.standard.ftp import FtpServer
from vs1kit.emulator.standard.http import HttpServer
from vs1kit.emulator.standard.telnet import TelnetServer
from vs1kit.generated.registry import PORTS

USER, PASSWORD, HOST = "admin", "vs1-Secret", "127.0.0.1"
T = TypeVar("T")

LIMITS = StandardLimits(max_connections=8, max_per_source=3, idle_timeout=1.0, request_timeout=0.5,
                        max_request_line=512, max_header=2048, max_body=4096, body_timeout=1.0,
                        max_upload=100_000, log_interval=60.0)


def run(coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
    return asyncio.run(asyncio.wait_for(coro, timeout))


@dataclass
class Servers:
    ftp: FtpServer
    http: HttpServer
    telnet: TelnetServer
    bad: BadInputLog
    files: CameraFiles


@contextlib.asynccontextmanager
async def servers(tmp_path: Path, limits: StandardLimits = LIMITS) -> AsyncIterator[Servers]:
    state, files, creds = NetworkState(), CameraFiles(tmp_path / "camera"), Credentials(USER, PASSWORD)
    bad = BadInputLog(limits.log_interval)
    s = Servers(
        ftp=FtpServer(files, creds, host=HOST, port=0, auth_failed_delay=0.05, limits=limits, bad_input=bad,
                      commands=ftp_mod.commands_from_spec(PORTS["ftp"].commands),
                      areas=ftp_mod.areas_from_spec(PORTS["ftp"].areas)),
        http=HttpServer(state, creds, http_mod.pages_from_spec(PORTS["http"].pages), host=HOST, port=0,
                        limits=limits, bad_input=bad),
        telnet=TelnetServer(state, telnet_mod.commands_from_spec(PORTS["telnet"].commands), host=HOST,
                            port=0, credentials=creds, limits=limits, bad_input=bad),
        bad=bad, files=files,
    )
    async with contextlib.AsyncExitStack() as stack:
        for server in (s.ftp, s.http, s.telnet):
            await server.start()
            stack.push_async_callback(server.stop)
        yield s


def attacker_socket(port: int) -> socket.socket:
    sock = socket.create_connection((HOST, port), timeout=5.0, source_address=(ATTACKER, 0))
    return sock


def closed_within(sock: socket.socket, seconds: float) -> tuple[bool, bytes]:
    """(closed by the server within `seconds`, what it sent before closing)."""
    sock.settimeout(seconds)
    got = b""
    try:
        while chunk := sock.recv(65536):
            got += chunk
    except TimeoutError:
        return False, got
    except OSError:
        pass
    return True, got


def read_until(sock: socket.socket, marker: bytes) -> bytes:
    sock.settimeout(5.0)
    got = b""
    while marker not in got:
        chunk = sock.recv(4096)
        assert chunk, got
        got += chunk
    return got


def log_lines(caplog: pytest.LogCaptureFixture, kind: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "vs1kit.emulator.limits" and r.getMessage().startswith(kind)]


# --------------------------------------------------------------------------- well-behaved


def good_ftp(port: int) -> list[str]:
    with ftplib.FTP() as f:
        f.connect(HOST, port, timeout=5.0, source_address=(HOST, 0))
        f.login(USER, PASSWORD)
        f.storbinary("STOR /RAM/good.avp", io.BytesIO(b"job" * 100))
        return f.nlst("/RAM")


def good_http(port: int) -> tuple[int, str, dict[str, Any]]:
    c = http.client.HTTPConnection(HOST, port, timeout=5.0, source_address=(HOST, 0))
    try:
        c.request("GET", "/bootparams.json")
        r = c.getresponse()
        return r.status, r.getheader("Connection", ""), json.loads(r.read())
    finally:
        c.close()


def good_telnet(port: int) -> bytes:
    with socket.create_connection((HOST, port), timeout=5.0, source_address=(HOST, 0)) as s:
        s.settimeout(5.0)
        out = b""
        for line in (USER, PASSWORD, "version"):
            while not out.rstrip().endswith((b"login:", b"Password:", b"->")):
                out += s.recv(4096)
            s.sendall(line.encode() + b"\r\n")
            out = out if line != "version" else b""
        while b"->" not in out:
            out += s.recv(4096)
        return out


async def all_good(s: Servers) -> float:
    """Each server serves a well-behaved client from 127.0.0.1; the slowest, in seconds."""
    t = time.perf_counter()
    names = await asyncio.to_thread(good_ftp, s.ftp.port)
    assert any(n.endswith("good.avp") for n in names), names
    status, connection, body = await asyncio.to_thread(good_http, s.http.port)
    assert status == 200 and connection.lower() == "close" and "network" in body
    shell = await asyncio.to_thread(good_telnet, s.telnet.port)
    assert b"VxWorks" in shell or b"->" in shell
    return time.perf_counter() - t


# --------------------------------------------------------------------------- floods


def test_connection_floods_are_refused_at_once_and_logged_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "vs1kit.emulator")

    async def main() -> None:
        async with servers(tmp_path) as s:
            held: list[socket.socket] = []
            try:
                for port, greeting in ((s.ftp.port, b"220"), (s.http.port, b""), (s.telnet.port, b"login")):
                    # The cap per source: 3 from the attacker are taken in, and held open.
                    for _ in range(3):
                        held.append(await asyncio.to_thread(attacker_socket, port))
                    if greeting:
                        for sock in held[-3:]:
                            await asyncio.to_thread(read_until, sock, greeting)
                    # 10 more are refused at once: FTP says 421, Telnet says why, HTTP closes.
                    t = time.monotonic()
                    for _ in range(10):
                        sock = await asyncio.to_thread(attacker_socket, port)
                        closed, said = await asyncio.to_thread(closed_within, sock, 2.0)
                        sock.close()
                        assert closed, port
                        if port == s.ftp.port:
                            assert said.startswith(b"421"), said
                        elif port == s.telnet.port:
                            assert b"Too many shell sessions" in said, said
                        else:
                            assert said == b"", said
                    assert time.monotonic() - t < 5.0
                    # Meanwhile the well-behaved client on another address is served.
                    assert await all_good(s) < 5.0
                await wait_for(lambda: s.bad.counts["connection refused"] == 30, what="30 refusals counted")
                assert s.http.gate.refused == 10 and s.telnet.gate.refused == 10
                assert s.http.gate.by_source[ATTACKER] == 3 and s.telnet.gate.by_source[ATTACKER] == 3
                # One line for the attacker's 30 refusals (one interval), none for 127.0.0.1.
                lines = log_lines(caplog, "connection refused")
                assert len(lines) == 1 and ATTACKER in lines[0], lines
                # pyftpdlib's own line per refusal is kept out of the log.
                assert not [r for r in caplog.records if r.name.startswith("pyftpdlib")
                            and r.levelno >= logging.WARNING]
            finally:
                for sock in held:
                    sock.close()
            await wait_for(lambda: not s.http.gate.by_source and not s.telnet.gate.by_source,
                           what="attackers' connections released")

    run(main())


def test_a_full_server_closes_its_oldest_stalled_connection_for_a_newcomer(tmp_path: Path) -> None:
    """Peers on many addresses (3 each, the per-source cap) fill each server's cap of 8 with
    connections that do nothing; a well-behaved newcomer still gets in: the oldest stalled
    connection is closed to make room. Working connections (a shell that entered a line) are
    not closed: then the newcomer is refused."""

    def stalled_peers(port: int) -> list[socket.socket]:
        return [socket.create_connection((HOST, port), timeout=5.0, source_address=(f"127.0.0.{10 + i // 3}", 0))
                for i in range(8)]

    async def main() -> None:
        async with servers(tmp_path) as s:
            held: list[socket.socket] = []
            try:
                for server, port in ((s.http, s.http.port), (s.telnet, s.telnet.port)):
                    peers = await asyncio.to_thread(stalled_peers, port)
                    held += peers
                    await wait_for(lambda server=server: server.gate.open == 8, what="8 open")
                ftp_peers = await asyncio.to_thread(stalled_peers, s.ftp.port)
                held += ftp_peers
                for sock in ftp_peers:
                    await asyncio.to_thread(read_until, sock, b"220")
                # The well-behaved client gets in everywhere; one stalled peer each made room.
                assert await all_good(s) < 5.0
                assert s.http.gate.evicted == 1 and s.telnet.gate.evicted == 1
                assert s.http.gate.refused == 0 and s.telnet.gate.refused == 0
                first_http, first_telnet, first_ftp = held[0], held[8], held[16]
                for sock in (first_http, first_telnet, first_ftp):  # the oldest of each
                    closed, _ = await asyncio.to_thread(closed_within, sock, 2.0)
                    assert closed
                await wait_for(lambda: s.bad.counts["stalled connection closed"] == 3, what="3 counted")
            finally:
                for sock in held:
                    sock.close()
            await wait_for(lambda: s.telnet.gate.open == 0, what="released")
            # Eight shells that entered a line are working: a ninth is refused, none closed.
            shells = await asyncio.to_thread(stalled_peers, s.telnet.port)
            try:
                for sock in shells:
                    await asyncio.to_thread(read_until, sock, b"login:")
                    sock.sendall(b"someone\r\n")
                    await asyncio.to_thread(read_until, sock, b"Password:")
                extra = socket.create_connection((HOST, s.telnet.port), timeout=5.0, source_address=("127.0.0.30", 0))
                closed, said = await asyncio.to_thread(closed_within, extra, 2.0)
                extra.close()
                assert closed and b"Too many shell sessions" in said
                assert s.telnet.gate.refused == 1 and s.telnet.gate.evicted == 1 and s.telnet.gate.open == 8
            finally:
                for sock in shells:
                    sock.close()

    run(main())


# --------------------------------------------------------------------------- slow peers


def test_slow_and_idle_peers_are_dropped_after_their_deadline(tmp_path: Path) -> None:
    async def main() -> None:
        async with servers(tmp_path) as s:
            # HTTP slowloris: half a head, then nothing; 408 after request_timeout (0.5 s).
            h = await asyncio.to_thread(attacker_socket, s.http.port)
            h.sendall(b"GET / HTTP/1.1\r\nHost: camera\r\nX-Slow: ")
            # FTP: a command trickled without its end of line; Telnet: no login.
            f = await asyncio.to_thread(attacker_socket, s.ftp.port)
            f.sendall(b"USE")
            tn = await asyncio.to_thread(attacker_socket, s.telnet.port)
            t = time.monotonic()
            results = await asyncio.gather(*(asyncio.to_thread(closed_within, sock, 5.0) for sock in (h, f, tn)))
            took = time.monotonic() - t
            for sock in (h, f, tn):
                sock.close()
            (h_closed, h_said), (f_closed, f_said), (t_closed, t_said) = results
            assert h_closed and h_said.startswith(b"HTTP/1.1 408 "), h_said
            assert f_closed and b"421 Control connection timed out" in f_said, f_said
            assert t_closed and b"login" in t_said
            assert 0.4 <= took < 4.0, took  # the deadlines, not at once and not never
            await wait_for(lambda: s.bad.counts["slow request"] >= 1 and s.bad.counts["idle shell"] >= 1,
                           what="slow peers counted")
            assert await all_good(s) < 5.0

    run(main())


def test_http_slow_body_is_dropped(tmp_path: Path) -> None:
    async def main() -> None:
        async with servers(tmp_path) as s:
            sock = await asyncio.to_thread(attacker_socket, s.http.port)
            sock.sendall(b"POST / HTTP/1.1\r\nHost: camera\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 1000\r\nAuthorization: Basic YWRtaW46dnMxLVNlY3JldA==\r\n\r\n{")
            t = time.monotonic()
            closed, _ = await asyncio.to_thread(closed_within, sock, 5.0)
            sock.close()
            assert closed and 0.9 <= time.monotonic() - t < 4.0
            await wait_for(lambda: s.http.gate.open == 0, what="released")

    run(main())


# --------------------------------------------------------------------------- oversized


def http_status(port: int, raw: bytes) -> tuple[int, bytes]:
    sock = socket.create_connection((HOST, port), timeout=5.0, source_address=(ATTACKER, 0))
    with sock:
        sock.sendall(raw)
        closed, said = closed_within(sock, 5.0)
    assert closed
    return int(said.split(b" ", 2)[1]), said


def test_oversized_requests_get_413_414_431_and_uploads_552(tmp_path: Path) -> None:
    async def main() -> None:
        async with servers(tmp_path) as s:
            port = s.http.port
            status, _ = await asyncio.to_thread(http_status, port, b"GET /" + b"a" * 600 + b" HTTP/1.1\r\n\r\n")
            assert status == 414
            many = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"v" * 100) for i in range(30))
            status, _ = await asyncio.to_thread(http_status, port, b"GET / HTTP/1.1\r\nHost: c\r\n" + many + b"\r\n")
            assert status == 431
            status, _ = await asyncio.to_thread(
                http_status, port, b"POST / HTTP/1.1\r\nHost: c\r\nContent-Length: 1000000\r\n\r\n")
            assert status == 413
            # A chunked body over the cap: aiohttp's own body limit answers 413.
            def chunked() -> int:
                c = http.client.HTTPConnection(HOST, port, timeout=5.0)
                try:
                    c.request("POST", "/", body=iter([b"{" + b" " * 8000 + b"}"]), encode_chunked=True,
                              headers={"Content-Type": "application/json",
                                       "Authorization": "Basic YWRtaW46dnMxLVNlY3JldA=="})
                    return c.getresponse().status
                finally:
                    c.close()

            assert await asyncio.to_thread(chunked) == 413
            assert s.bad.counts["oversized request"] == 3

            def big_upload() -> str:
                with ftplib.FTP() as f:
                    f.connect(HOST, s.ftp.port, timeout=5.0)
                    f.login(USER, PASSWORD)
                    try:
                        f.storbinary("STOR /RAM/huge.avp", io.BytesIO(bytes(300_000)))
                    except ftplib.error_perm as exc:
                        return str(exc)
                    except ConnectionError:
                        # The server closed the data connection while we were still sending;
                        # its reply is waiting on the control connection.
                        try:
                            f.voidresp()
                        except ftplib.error_perm as exc:
                            return str(exc)
                    return "accepted"

            reason = await asyncio.to_thread(big_upload)
            assert reason.startswith("552"), reason
            await wait_for(lambda: not (s.files.ram / "huge.avp").exists(), what="partial upload removed")
            await wait_for(lambda: s.bad.counts["oversized upload"] == 1, what="upload counted")
            assert await all_good(s) < 5.0

    run(main())


def test_telnet_long_lines_and_unread_output_stay_bounded(tmp_path: Path) -> None:
    async def main() -> None:
        async with servers(tmp_path) as s:
            def long_line() -> bytes:
                with socket.create_connection((HOST, s.telnet.port), timeout=5.0) as sock:
                    sock.settimeout(5.0)
                    got = b""
                    while b"login:" not in got:
                        got += sock.recv(4096)
                    sock.sendall(b"x" * 200_000 + b"\r\n")  # a 200 kB user name
                    got = b""
                    while b"Password:" not in got:
                        got += sock.recv(65536)
                    return got

            echoed = await asyncio.to_thread(long_line)
            # The line editor keeps 1,024 characters of it: the echo is bounded too.
            assert echoed.count(b"x") <= 1024
            assert await all_good(s) < 5.0

    run(main())
