"""The soak's MQTT side: the accounting subscriber and a slow consumer.

The accounting subscriber is a persistent-session (clean_session=False) QoS 1 subscriber that
reconnects: what the broker queued for it while it or the broker was away still reaches it.
The slow consumer speaks raw MQTT 3.1.1 over a socket with a small receive buffer and stops
reading for a while, so the broker really has to hold (and later push) its backlog: with a
library client the messages would be read and acknowledged into an unbounded queue at once.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import time
from collections import defaultdict
from dataclasses import dataclass, field

import aiomqtt

from vs1kit.soak.accounting import Received

__all__ = ["AccountingSubscriber", "SlowConsumer"]


@dataclass
class AccountingSubscriber:
    port: int
    base: str = "vs1"
    received: list[Received] = field(default_factory=list)
    by_camera: dict[str, dict[int, list[int]]] = field(default_factory=lambda: defaultdict(dict))
    """camera -> inspection id -> timestamps seen (one per boot that reached MQTT)."""
    availability: list[tuple[float, str, str]] = field(default_factory=list)
    connected: asyncio.Event = field(default_factory=asyncio.Event)
    reconnects: int = 0
    newest_us: dict[str, int] = field(default_factory=dict)
    """camera -> timestamp of the newest inspection received."""
    _verified: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    """(camera, boot) -> (a, b): ids a..b-1 of that boot are known to have arrived."""

    async def run(self) -> None:
        while True:
            try:
                async with aiomqtt.Client("127.0.0.1", self.port, identifier="vs1-soak-accounting",
                                          clean_session=False, keepalive=5) as client:
                    await client.subscribe(f"{self.base}/+/inspection", qos=1)
                    await client.subscribe(f"{self.base}/+/availability", qos=1)
                    await client.subscribe(f"{self.base}/bridge/+/availability", qos=1)
                    self.connected.set()
                    async for msg in client.messages:
                        self._on(str(msg.topic), msg.payload if isinstance(msg.payload, bytes)
                                 else str(msg.payload).encode())
            except aiomqtt.MqttError:
                self.connected.clear()
                self.reconnects += 1
                await asyncio.sleep(0.2)

    def _on(self, topic: str, raw: bytes) -> None:
        if topic.endswith("/inspection"):
            body = json.loads(raw)
            msg = Received(str(body["camera"]), int(body["inspection"]), int(body["timestamp_us"]), raw)
            self.received.append(msg)
            seen = self.by_camera[msg.camera].setdefault(msg.inspection, [])
            if msg.timestamp_us not in seen:
                seen.append(msg.timestamp_us)
            if msg.timestamp_us > self.newest_us.get(msg.camera, 0):
                self.newest_us[msg.camera] = msg.timestamp_us
        elif topic.endswith("/availability"):
            self.availability.append((time.monotonic(), topic, raw.decode(errors="replace")))

    def has_all(self, camera: str, boots: list[dict[str, int]]) -> bool:
        """Every inspection of these boots of `camera` has arrived."""
        got = self.by_camera.get(camera, {})
        for e in boots:
            # Ids already found need no second look: a long soak asks this often.
            key = (camera, e["first_us"])
            start, cursor = self._verified.get(key, (e["first"], e["first"]))
            i = cursor if start <= e["first"] <= cursor else e["first"]
            start = min(start, e["first"]) if start <= e["first"] <= cursor else e["first"]
            while i <= e["last"]:
                if (not any(e["first_us"] <= t <= e["last_us"] for t in got.get(i, ()))
                        and i != e.get("unacked_at_end")):  # destroyed by the reboot: never sent
                    self._verified[key] = (start, i)
                    return False
                i += 1
            self._verified[key] = (start, i)
        return True


def _packet(kind: int, body: bytes) -> bytes:
    n = len(body)
    length = bytearray()
    while True:
        byte, n = n % 128, n // 128
        length.append(byte | (0x80 if n else 0))
        if not n:
            break
    return bytes([kind]) + bytes(length) + body


def _utf8(s: str) -> bytes:
    data = s.encode()
    return struct.pack(">H", len(data)) + data


def _publish_ids(buf: bytes) -> tuple[bytes, list[int]]:
    """Split whole MQTT packets off `buf`: the packet ids of its QoS 1 PUBLISHes, the rest."""
    ids: list[int] = []
    while len(buf) >= 2:
        length, shift, pos = 0, 0, 1
        while True:
            if pos >= len(buf):
                return buf, ids
            byte = buf[pos]
            length |= (byte & 0x7F) << shift
            shift += 7
            pos += 1
            if not byte & 0x80:
                break
        if len(buf) < pos + length:
            return buf, ids
        kind, body = buf[0], buf[pos:pos + length]
        if kind >> 4 == 3 and (kind >> 1) & 3 == 1:
            topic_len = struct.unpack_from(">H", body)[0]
            ids.append(struct.unpack_from(">H", body, 2 + topic_len)[0])
        buf = buf[pos + length:]
    return buf, ids


@dataclass
class SlowConsumer:
    """Subscribes QoS 1 to every inspection, then reads nothing for `stall` seconds."""

    port: int
    base: str = "vs1"
    backlog_bytes: int = 0
    messages: int = 0
    drain_s: float = 0.0

    async def run(self, stall: float, max_drain: float = 30.0) -> None:
        loop = asyncio.get_running_loop()
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, ("127.0.0.1", self.port))
            connect = _utf8("MQTT") + bytes([4, 0x02]) + struct.pack(">H", 0) + _utf8("vs1-soak-slow")
            await loop.sock_sendall(sock, _packet(0x10, connect))
            sub = struct.pack(">H", 1) + _utf8(f"{self.base}/+/inspection") + bytes([1])
            await loop.sock_sendall(sock, _packet(0x82, sub))
            await asyncio.sleep(stall)  # the slow part: the broker's queue for us grows
            # Then drain, acknowledging each QoS 1 message (the broker sends only a window of
            # unacknowledged ones: the rest waits in its queue), until caught up: live traffic
            # keeps coming, so "caught up" is a moment with nothing waiting, shorter than the
            # gap between live messages.
            t0 = last = time.monotonic()
            buf = b""
            while time.monotonic() - t0 < max_drain:
                try:
                    data = await asyncio.wait_for(loop.sock_recv(sock, 65536), 0.05)
                except TimeoutError:
                    break
                if not data:
                    break
                self.backlog_bytes += len(data)
                last = time.monotonic()
                buf, acks = _publish_ids(buf + data)
                self.messages += len(acks)
                if acks:
                    await loop.sock_sendall(sock, b"".join(_packet(0x40, struct.pack(">H", i)) for i in acks))
            self.drain_s = last - t0
            await loop.sock_sendall(sock, _packet(0xE0, b""))  # DISCONNECT
        finally:
            sock.close()
