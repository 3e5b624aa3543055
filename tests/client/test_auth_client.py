"""The client side of the authorization model: challenge-response login (the password never
travels, the camera must prove itself), the session key kept hidden, one counter per session
shared safely by every task and thread, connections bound on every (re)connect, and the CLI's
errors for each refusal."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import logging
import secrets
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from vs1kit.cli.client import EXIT, Ctx
from vs1kit.cli.client import run as cli_run
from vs1kit.client import Camera, Dropped, LoginFailed
from vs1kit.generated import enums, login
from vs1kit.generated.client_api import ForbiddenError, NotInControlError, NotLoggedInError
from vs1kit.generated.login import TakeControl
from vs1kit.generated.registry import PORTS
from vs1kit.generated.types import Record
from vs1kit.protocol import auth
from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame

from .conftest import EmulatorThread, client_for, emulated, run, run_vs1, wait_for

PASSWORD = "correct horse battery staple"


@contextlib.contextmanager
def _sent_bytes() -> Iterator[list[bytes]]:
    """Every datagram and TCP write of this process while the block runs (asyncio's selector
    transports, wrapped for the duration)."""
    se: Any = importlib.import_module("asyncio.selector_events")
    sent: list[bytes] = []
    udp, tcp = se._SelectorDatagramTransport.sendto, se._SelectorSocketTransport.write

    def sendto(self: Any, data: Any, addr: Any = None) -> None:
        sent.append(bytes(data))
        udp(self, data, addr)

    def write(self: Any, data: Any) -> None:
        sent.append(bytes(data))
        tcp(self, data)

    se._SelectorDatagramTransport.sendto = sendto
    se._SelectorSocketTransport.write = write
    try:
        yield sent
    finally:
        se._SelectorDatagramTransport.sendto = udp
        se._SelectorSocketTransport.write = tcp


def test_login_sends_no_password_and_keeps_the_key_hidden(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    async def main() -> tuple[list[bytes], bytes, str]:
        async with emulated(password=PASSWORD) as emu:
            with _sent_bytes() as sent:
                async with client_for(emu, password=PASSWORD) as cam:
                    reply = await cam.gain_control()
                    assert reply.in_control and cam.session
                    security = emu.cameras[0].security
                    session = security.session(cam.session)
                    assert session is not None
                    # The session is bound to the login's address, and the client's view of
                    # itself (what it puts in the AuthMessage) is that address.
                    assert session.ip == await cam.link.local_ip("login")
                    await cam.stop()
                    await cam.start()
                    shown = repr(vars(cam)) + repr(cam) + repr(cam.link.__dict__)
                    return list(sent), session.key, shown

    sent, key, shown = run(main())
    wire = b"".join(sent)
    assert PASSWORD.encode() not in wire
    assert auth.salted_password(PASSWORD, b"\0" * 16, 1)[:8] not in wire
    for text in (shown, caplog.text):
        assert key.hex() not in text and repr(key) not in text
    assert key not in wire
    # The login port saw the two round trips, the proof and no cleartext login.
    codes = set()
    for data in sent:
        with contextlib.suppress(Exception):
            codes.add(decode_datagram(data).message_type)
    assert {login.LoginStart.CODE, login.Login.CODE, login.TakeControl.CODE} <= codes


class _Impostor(asyncio.DatagramProtocol):
    """A login port that does not know the password's verifier (or asks for too little work)."""

    def __init__(self, iterations: int) -> None:
        self.iterations = iterations
        self.logins = 0
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        assert self.transport is not None
        frame = decode_datagram(data)
        message = decode_message("login", frame)
        reply: login.LoginChallenge | login.LoginReply
        if isinstance(message, login.LoginStart):
            reply = login.LoginChallenge(server_nonce=secrets.token_bytes(16), salt=secrets.token_bytes(16),
                                         iterations=self.iterations, kdf=enums.Kdf.PBKDF2_HMAC_SHA256)
        else:
            self.logins += 1
            reply = login.LoginReply(session=0x1234, timeout_s=60, server_signature=secrets.token_bytes(32))
        self.transport.sendto(encode_frame(reply, frame.seq), addr)


@pytest.mark.parametrize("iterations", [auth.MIN_ITERATIONS, 1000])
def test_a_camera_that_cannot_prove_itself_is_refused(iterations: int) -> None:
    async def main() -> tuple[str, int, int]:
        loop = asyncio.get_running_loop()
        impostor = _Impostor(iterations)
        transport, _ = await loop.create_datagram_endpoint(lambda: impostor, local_addr=("127.0.0.1", 0))
        number = transport.get_extra_info("sockname")[1]
        try:
            cam = Camera("127.0.0.1", port_map={PORTS["login"].numbers[0]: number}, password="x")
            with pytest.raises(LoginFailed) as info:
                await cam.login("admin", "x")
            await cam.close()
            return str(info.value), cam.session, impostor.logins
        finally:
            transport.close()

    message, session, logins = run(main())
    assert session == 0  # nothing of the impostor's session is used
    if iterations < auth.MIN_ITERATIONS:
        assert "iterations" in message and logins == 0  # a downgrade: no proof is even sent
    else:
        assert "server signature" in message and logins == 1


def test_one_counter_per_session_from_every_thread() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            await cam.login("admin", "admin")
            counters: list[int] = []
            lock = threading.Lock()

            def sign_many() -> None:
                mine = []
                for _ in range(300):
                    signed = cam.prove(TakeControl(), "login")
                    assert isinstance(signed, TakeControl)
                    mine.append(signed.auth.counter)
                assert mine == sorted(mine)  # increasing within each thread
                with lock:
                    counters.extend(mine)

            threads = [threading.Thread(target=sign_many) for _ in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert len(set(counters)) == len(counters) == 2400
            # The camera takes the next counter (above every one it has seen) as usual.
            assert (await cam.take_control()).in_control
            # A message signed by the caller is left as it is: a replay is refused.
            replay = cam.prove(TakeControl(), "login")
            assert isinstance(replay, TakeControl)
            assert (await cam.take_control(replay.auth)).in_control
            with pytest.raises(NotLoggedInError):
                await cam.take_control(replay.auth)

    run(main())


def test_unsigned_messages_are_anonymous_and_hello_proves_the_session() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            anonymous = cam.prove(TakeControl(), "login")
            assert isinstance(anonymous, TakeControl)
            assert (anonymous.auth.session, anonymous.auth.counter, bytes(anonymous.auth.mac)) == (0, 0, bytes(16))
            assert cam.bind_message("rpc") is None  # nothing to bind without a session
            monitors = emu.cameras[0].monitors

            def live() -> list[int]:
                return [m.session for m in monitors.by_id.values() if not m.dead]

            assert live() == [0]
            await cam.login("admin", "admin")
            # Logging in while connected reopened the monitor under the session (the camera
            # sees the anonymous one close a moment later).
            await wait_for(lambda: live() == [cam.session], 3, "only the session's monitor")
            bind = cam.bind_message("rpc")
            assert bind is not None and bind.auth.session == cam.session  # type: ignore[attr-defined]
            assert cam.bind_message("serial") is None  # the serial port binds nothing
            # Session requests over a bound connection work; without control they say so.
            with pytest.raises(NotInControlError):
                await cam.stop()

    run(main())


def test_login_while_a_report_is_open_moves_it_to_the_session() -> None:
    """A monitor and its connections belong to one session: logging in reopens them under the
    session, and the open report goes on (every record once, in order)."""
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            stream = await cam.open_report(["Inspection.Number"])
            seen: list[object] = []
            cam.add_listener(seen.append)
            await cam.login("admin", "admin")
            assert (await cam.take_control()).in_control
            await cam.trigger(5)
            got = [await asyncio.wait_for(stream.__anext__(), 5) for _ in range(5)]
            assert [r.inspection for r in got if isinstance(r, Record)] == [1, 2, 3, 4, 5]
            assert [r.datums[0].value for r in got if isinstance(r, Record)] == [1, 2, 3, 4, 5]
            assert cam.drops == 0 and not any(isinstance(e, Dropped) for e in seen)  # planned, not a drop
            security = emu.cameras[0].security
            session = cam.session
        # Closing logged the session out.
        assert security.session(session) is None

    run(main())


def test_cli_login_prints_no_credential(emu_thread: EmulatorThread) -> None:
    proc = run_vs1(["login", *emu_thread.cli_args(), "--json", "--no-control"], env={"VS1_PASSWORD": "admin"})
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["camera_verified"] is True
    assert "session" not in result and "key" not in json.dumps(result).lower()
    wrong = run_vs1(["login", *emu_thread.cli_args(), "--json"], env={"VS1_PASSWORD": "nope"})
    assert wrong.returncode == EXIT["auth"] and wrong.stderr.startswith("vs1: login refused"), wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("error", "code", "start"), [
    (ForbiddenError(enums.StatusCode.FORBIDDEN, "not this session's report", "PauseReport"), "control", "forbidden"),
    (NotLoggedInError(enums.StatusCode.NOT_LOGGED_IN, "send bind_session first", "Stop"), "auth", "not logged in"),
    (NotInControlError(enums.StatusCode.NOT_IN_CONTROL, "control is held by 10.0.0.9", "Stop"), "control",
     "not in control"),
    (LoginFailed("the camera's server signature is wrong"), "auth", "login failed"),
])
def test_cli_says_which_right_is_missing(error: Exception, code: str, start: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    ctx = Ctx("10.0.0.1", 0, (), "admin", None, 1.0, False)

    async def main() -> int:
        raise error

    with pytest.raises(SystemExit) as info:
        cli_run(ctx, main)
    err = capsys.readouterr().err
    assert info.value.code == EXIT[code]
    assert err.startswith(f"vs1: {start}") and len(err.strip().splitlines()) == 1, err
    if isinstance(error, NotLoggedInError):
        assert "--password" in err  # no password given: the line says how to give one

