"""The request pipeline of every framed port, TCP and UDP alike.

One decoded request in, at most one encoded frame out: the reply, or the framing's error
reply (unknown message, a refused right, a refusal from the camera model, an internal
failure). The transports (`vs1kit.emulator.listeners`) only move bytes; the camera's
behaviour is the port's handler class, hand-written or the generated skeleton as it stands.

Rights are enforced here, generically, from the generated table `<Port>Handlers.ACCESS`
before any handler runs:

* a message that carries a `session_proof` with a non-zero session has it verified
  (`Security.verify`: the session's login address, the mac, a fresh counter), whatever its
  access; the handler then acts for that session;
* `session`/`control` messages without a proof need a TCP connection bound to a live session
  (`bind_session`, which this module serves for every port that uses it) — else
  `not_logged_in`; `control` also needs that session to hold control — else `not_in_control`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TypeVar

from vs1kit.emulator.conn import Conn, ProtocolViolation
from vs1kit.emulator.context import RequestContext
from vs1kit.emulator.limits import BadInputLog
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.security import Security
from vs1kit.generated import enums, frames
from vs1kit.generated.emulator_skeleton import NotHandled, PortHandlers, dispatch
from vs1kit.protocol.auth import proof_of
from vs1kit.protocol.framing import encode_frame
from vs1kit.protocol.session import UnknownMessage
from vs1kit.protocol.wire import EncodeError, Message

__all__ = ["answer", "encode_answer", "error_frame", "serve_request"]

log = logging.getLogger(__name__)

S = enums.StatusCode
_failures = BadInputLog(10.0)
Ctx = TypeVar("Ctx", bound=RequestContext)


def error_frame(seq: int, code: int, status: enums.StatusCode, detail: str) -> bytes:
    """The framing's error reply to the request `code` with sequence number `seq`."""
    return encode_frame(frames.ErrorReply(status=status, request_type=code, detail=detail), seq)


async def serve_request(
    handlers: PortHandlers[Ctx],
    ctx: Ctx,
    seq: int,
    message: Message | UnknownMessage,
    *,
    security: Security,
    session: Callable[[], int],
    not_in_control: Callable[[], str],
) -> bytes | None:
    """Serve one request; returns the frame to send back (None: nothing to send).
    See `answer`, which this encodes."""
    out = await answer(handlers, ctx, seq, message, security=security, session=session,
                       not_in_control=not_in_control)
    return encode_answer(ctx, message, seq, out)


def encode_answer(ctx: RequestContext, message: Message | UnknownMessage, seq: int,
                  out: Message | bytes | None) -> bytes | None:
    """The frame of `answer`'s result."""
    if out is None or isinstance(out, bytes):
        return out
    try:
        return encode_frame(out, seq)
    except EncodeError as exc:
        name = type(message).__name__
        code = 0 if isinstance(message, UnknownMessage) else message.CODE or 0
        log.error("%s: reply to %s not encodable: %s", ctx.label, name, exc)
        return error_frame(seq, code, S.INTERNAL, str(exc))


async def answer(
    handlers: PortHandlers[Ctx],
    ctx: Ctx,
    seq: int,
    message: Message | UnknownMessage,
    *,
    security: Security,
    session: Callable[[], int],
    not_in_control: Callable[[], str],
) -> Message | bytes | None:
    """Serve one request; returns the reply message (for the transport to encode, whole or in
    pieces), an error reply's frame, or None (nothing to send).

    `session()` is the session a TCP connection is bound to (0: none; asked only for a
    message that needs one and carries no proof); `not_in_control()` the detail of the
    refusal of a control command. A camera-to-client message raises ProtocolViolation.
    """
    if isinstance(message, UnknownMessage):
        log.info("%s: unknown message type 0x%04x", ctx.label, message.code)
        return error_frame(seq, message.code, S.UNKNOWN_MESSAGE,
                           f"port {ctx.port_id} has no message 0x{message.code:04x}")
    code = message.CODE or 0
    name = type(message).__name__
    if message.DIRECTION == "from_camera":
        raise ProtocolViolation(f"client sent {name}, a camera-to-client message")
    try:
        _check_access(handlers, ctx, message, security, session, not_in_control)
        if isinstance(message, frames.BindSession):
            return _bind(ctx, message, security)
        reply = await dispatch(handlers, ctx, message)
    except NotHandled as exc:
        return error_frame(seq, code, S.UNKNOWN_MESSAGE, str(exc))
    except ModelError as exc:
        if message.KIND != "request":
            return None  # an event has no reply to carry the refusal
        log.info("%s: %s refused: %s", ctx.label, name, exc.detail)
        return error_frame(seq, code, exc.status, exc.detail)
    except (ProtocolViolation, asyncio.CancelledError):
        raise
    except Exception as exc:
        # A handler bug a peer can trigger at will: its traceback once per source and
        # interval, not once per request.
        _failures.note(ctx.peer_ip, "request failure", f"{ctx.label}: {name} failed",
                       exc_info=exc)
        return error_frame(seq, code, S.INTERNAL, f"{type(exc).__name__}: {exc}")
    if reply is None or message.KIND != "request":
        return None
    return reply


def _check_access(handlers: PortHandlers[Ctx], ctx: Ctx, message: Message, security: Security,
                  session: Callable[[], int], not_in_control: Callable[[], str]) -> None:
    """ModelError if the requester lacks the right the spec gives the message."""
    code = message.CODE or 0
    access = type(handlers).ACCESS.get(code, "open")
    proof = proof_of(message)
    if proof is not None and (proof.session or access != "open"):
        sid = security.verify(proof, message, ctx.port_id, ctx.peer_ip).id
    elif access != "open":
        sid = session()
        if not security.valid(sid):
            raise ModelError(S.NOT_LOGGED_IN, "this connection is not bound to a login "
                                              "session: send bind_session first")
        security.touch(sid)  # a session in use does not time out
    else:
        return
    if access == "control" and not security.holds(sid):
        detail = not_in_control()
        log.info("%s: %s refused: not in control (%s)", ctx.label, type(message).__name__,
                 detail)
        raise ModelError(S.NOT_IN_CONTROL, detail)


def _bind(ctx: RequestContext, message: frames.BindSession, security: Security) -> frames.BindAck:
    """bind_session (its proof already verified by `_check_access`)."""
    if not isinstance(ctx, Conn):
        raise ModelError(S.BAD_REQUEST, "bind_session is for TCP connections")
    sid = message.auth.session
    if not sid:
        raise ModelError(S.NOT_LOGGED_IN, "bind_session needs a login session")
    security.bind(ctx.key, sid)
    log.info("%s: bound to session %08x", ctx.label, sid)
    return frames.BindAck(session=sid, in_control=security.holds(sid))
