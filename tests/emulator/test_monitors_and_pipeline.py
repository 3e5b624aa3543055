"""The emulator's monitor table and request pipeline without sockets or sleeps.

The monitors are driven with a float clock; the pipeline is called with a plain context object
and the generated skeleton (no behaviour) or a tiny handler class.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

from vs1kit.emulator.conn import Conn, Monitor, ProtocolViolation
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.monitors import Monitors
from vs1kit.emulator.netstate import Credentials
from vs1kit.emulator.pipeline import serve_request
from vs1kit.emulator.security import Security
from vs1kit.generated import enums, frames, rpc
from vs1kit.generated.emulator_skeleton import HANDLER_CLASSES, RpcHandlers
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import auth
from vs1kit.protocol.framing import FrameDecoder, decode_message
from vs1kit.protocol.session import ServerSession, UnknownMessage
from vs1kit.protocol.wire import Message

S = enums.StatusCode


@dataclass
class _Writer:
    """What a Conn needs of a StreamWriter, recording what is written and closed."""

    writes: list[bytes] = field(default_factory=list)
    closed: bool = False

    def write(self, data: bytes | bytearray) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> None:
        return None  # no socket: nothing pending beyond what the test feeds


def _conn(port_id: str, peer_port: int) -> tuple[Conn, _Writer]:
    w = _Writer()
    conn = Conn(port_id, PORTS[port_id].numbers[0], "127.0.0.1", peer_port, w,  # type: ignore[arg-type]
                ServerSession(port_id))
    return conn, w


def _login(sec: Security, ip: str = "127.0.0.1", password: str = "admin") -> int:
    """The two login steps against Security directly (what the login port does)."""
    client = auth.ClientLogin("admin", password)
    ch = sec.login_start("admin", client.client_nonce, (ip, 4000), now=0.0)
    proof = client.answer(ch.server_nonce, ch.salt, ch.iterations, auth.KDF_PBKDF2_SHA256, ip)
    out = sec.login_finish("admin", client.client_nonce, ch.server_nonce, proof, (ip, 4000), now=0.0)
    client.finish(out.signature)
    return out.session


def _security_with_controller() -> tuple[Security, int]:
    sec = Security(Credentials("admin", "admin", iterations=auth.MIN_ITERATIONS))
    session = _login(sec)
    assert sec.take(session, "127.0.0.1")
    return sec, session


def test_silent_monitor_closes_what_it_watched_and_releases_control() -> None:
    sec, session = _security_with_controller()
    conns = Connections()
    mon_conn, _ = _conn("monitor", 5000)
    rpc_conn, rpc_w = _conn("rpc", 5001)
    other, other_w = _conn("rpc", 5002)
    for c in (mon_conn, rpc_conn, other):
        conns.add(c)
    monitors = Monitors(sec, conns)
    mon = monitors.new(mon_conn, session, "test", interval=0.5, timeout=2.0, now=100.0)
    # Only a connection bound to the monitor's session may be watched.
    with pytest.raises(ModelError) as refused:
        monitors.watch_checked(mon, rpc_conn.key)
    assert refused.value.status == S.FORBIDDEN
    sec.bind(rpc_conn.key, session)
    monitors.watch_checked(mon, rpc_conn.key)
    assert monitors.session_of(rpc_conn) == session and monitors.session_of(other) == 0
    beats: list[float] = []
    t = 100.0
    while t < 101.9:  # the client heartbeats until t=101.5, then goes silent
        t = round(t + 0.05, 10)
        if t <= 101.5 and t % 0.5 == 0:
            mon.heartbeat.heard(t)
        monitors.tick(t, lambda m: beats.append(t))  # noqa: B023 (called at once, in this turn)
    assert beats == [100.5, 101.0, 101.5]
    assert not mon.dead and sec.holds(session)
    while not mon.dead:
        t = round(t + 0.05, 10)
        monitors.tick(t, lambda m: None)
    assert t == 103.5  # two seconds after the last heartbeat heard
    assert rpc_conn.closing and rpc_w.closed and mon_conn.closing
    assert not other.closing and not other_w.closed
    assert not sec.holds(session) and monitors.by_id == {} and monitors.watch_index == {}


def test_a_stall_is_excused() -> None:
    sec, session = _security_with_controller()
    conn, _ = _conn("monitor", 5000)
    monitors = Monitors(sec, Connections())
    mon = monitors.new(conn, session, "test", interval=0.5, timeout=2.0, now=0.0)
    monitors.excuse(10.0)  # the camera itself was deaf until t=10
    monitors.tick(10.0, lambda m: None)
    assert not mon.dead
    monitors.tick(12.0, lambda m: None)
    assert mon.dead


class _Rpc(RpcHandlers[Conn]):
    async def on_get_status(self, ctx: Conn, message: rpc.GetStatus) -> rpc.StatusReply:
        return rpc.StatusReply(job_name=ctx.port_id)

    async def on_start(self, ctx: Conn, message: rpc.Start) -> rpc.RpcAck:
        raise ModelError(S.BUSY, "already running")


def _serve(handlers: RpcHandlers[Conn], message: Message | UnknownMessage, session: int,
           sec: Security) -> Message | None:
    conn, _ = _conn("rpc", 6000)
    out = asyncio.run(serve_request(handlers, conn, 7, message, security=sec,
                                    session=lambda: session,
                                    not_in_control=lambda: "control is held by someone"))
    if out is None:
        return None
    (frame,) = FrameDecoder().feed(out)
    assert frame.seq == 7
    if frame.is_error:
        return frames.ErrorReply.decode(frame.payload)
    return decode_message("rpc", frame)


def test_pipeline_replies_errors_and_control() -> None:
    sec, session = _security_with_controller()
    handlers = _Rpc()
    reply = _serve(handlers, rpc.GetStatus(), 0, sec)
    assert isinstance(reply, rpc.StatusReply) and reply.job_name == "rpc"
    # A refusal of the model becomes the error reply with its status.
    refused = _serve(handlers, rpc.Start(), session, sec)
    assert isinstance(refused, frames.ErrorReply) and refused.status == S.BUSY
    # Control commands: "not logged in" for an unbound connection or a stale session, refused
    # for a session without control.
    other = _login(sec)
    for who, status in ((0, S.NOT_LOGGED_IN), (0x1234, S.NOT_LOGGED_IN), (other, S.NOT_IN_CONTROL)):
        err = _serve(handlers, rpc.Start(), who, sec)
        assert isinstance(err, frames.ErrorReply) and err.status == status
    # No behaviour for a message, or a code the port does not have: unknown message.
    missing = _serve(handlers, rpc.GetInfo(), 0, sec)
    assert isinstance(missing, frames.ErrorReply) and missing.status == S.UNKNOWN_MESSAGE
    unknown = _serve(handlers, UnknownMessage(0x0BAD), 0, sec)
    assert isinstance(unknown, frames.ErrorReply) and unknown.status == S.UNKNOWN_MESSAGE
    assert unknown.request_type == 0x0BAD
    # A camera-to-client message from a client breaks the protocol.
    with pytest.raises(ProtocolViolation):
        _serve(handlers, rpc.StatusReply(), 0, sec)


def test_every_framed_port_has_a_skeleton_that_answers_unknown_message() -> None:
    sec, _ = _security_with_controller()
    for port_id, cls in HANDLER_CLASSES.items():
        requests = [m for m in PORTS[port_id].messages
                    if m.KIND == "request" and m.DIRECTION != "from_camera"]
        for msg_cls in requests:
            conn, _ = _conn(port_id, 6000)
            out = asyncio.run(serve_request(cls(), conn, 1, msg_cls(), security=sec,
                                            session=lambda: 0, not_in_control=lambda: "no"))
            assert out is not None
            (frame,) = FrameDecoder().feed(out)
            err = frames.ErrorReply.decode(frame.payload)
            assert frame.is_error and err.request_type == msg_cls.CODE
            assert err.status in (S.UNKNOWN_MESSAGE, S.NOT_LOGGED_IN), (port_id, msg_cls)


def test_monitor_dataclass_carries_the_sans_io_heartbeat() -> None:
    conn, _ = _conn("monitor", 5000)
    monitors = Monitors(Security(Credentials("admin", "admin")), Connections())
    mon = monitors.new(conn, 0, "x", interval=0.2, timeout=0.8, now=5.0)
    assert isinstance(mon, Monitor) and conn.monitor is mon
    assert mon.heartbeat.next_wakeup(5.0) == pytest.approx(5.2)


def test_sessions_are_bounded_and_the_controller_is_never_the_one_closed() -> None:
    from vs1kit.emulator.security import MAX_SESSIONS

    sec, controller = _security_with_controller()
    opened = [_login(sec, f"10.0.{i // 200}.{i % 200 + 1}") for i in range(MAX_SESSIONS + 10)]
    assert len(sec.sessions) == MAX_SESSIONS
    assert sec.valid(controller) and sec.holds(controller)
    assert sec.valid(opened[-1]) and not sec.valid(opened[0])
