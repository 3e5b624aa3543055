"""Hostile peers: raw sockets sending the attackers' bytes of issue 10 to an emulated camera.

Each attacker binds a loopback address of its own (127.0.0.2 and up), so the per-source caps
see it apart from the well-behaved client on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from vs1kit.generated import frames
from vs1kit.protocol.framing import encode_frame
from vs1kit.protocol.wire import Message

ATTACKER = "127.0.0.2"


def header(code: int, length: int, seq: int = 1) -> bytes:
    """A frame header announcing `length` payload bytes of message `code`."""
    return frames.encode_vs1_frame_header(code, seq, length, 0)


def frame(message: Message, seq: int = 1) -> bytes:
    return encode_frame(message, seq)


async def connect(host: str, port: int, source: str = ATTACKER, *,
                  rcvbuf: int | None = None) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection from `source`; `rcvbuf` shrinks the attacker's receive buffer so unread
    replies back up into the camera quickly."""
    import socket

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.bind((source, 0))
    sock.setblocking(False)
    try:
        await asyncio.get_running_loop().sock_connect(sock, (host, port))
    except BaseException:
        sock.close()
        raise
    return await asyncio.open_connection(sock=sock)


async def closed_by_peer(reader: asyncio.StreamReader, timeout: float) -> bool:
    """True if the camera closes (or resets) the connection within `timeout` seconds."""
    try:
        while await asyncio.wait_for(reader.read(65536), timeout):
            pass
    except TimeoutError:
        return False
    except (ConnectionError, OSError):
        pass
    return True


def close_all(writers: list[asyncio.StreamWriter]) -> None:
    for w in writers:
        with contextlib.suppress(Exception):
            w.transport.abort()


class Latency:
    """Request latencies of the well-behaved client, in seconds."""

    def __init__(self) -> None:
        self.samples: list[float] = []

    async def time(self, request: Any) -> Any:
        t = time.perf_counter()
        out = await request
        self.samples.append(time.perf_counter() - t)
        return out

    def p99(self) -> float:
        s = sorted(self.samples)
        return s[min(len(s) - 1, int(0.99 * len(s)))] if s else float("nan")
