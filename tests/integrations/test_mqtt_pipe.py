"""The MQTT integration's QoS 1 pipe against a real Mosquitto: a batch leaves as one write,
PUBACKs are read many per system call, and every message is delivered and acknowledged."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import aiomqtt
import pytest

from vs1kit.integrations.mqtt.pipe import QosOnePipe, ReadAhead, _fixed_header


class CountingSocket:
    """paho's socket, counting the system calls paho makes through it."""

    def __init__(self, sock: Any) -> None:
        self.sock = sock
        self.sends = 0
        self.recvs = 0

    def send(self, data: bytes) -> int:
        self.sends += 1
        return int(self.sock.send(data))

    def recv(self, n: int) -> bytes:
        self.recvs += 1
        return bytes(self.sock.recv(n))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sock, name)


@pytest.mark.parametrize("protocol", [aiomqtt.ProtocolVersion.V311, aiomqtt.ProtocolVersion.V5])
def test_a_batch_is_one_write_and_every_message_arrives_and_is_acknowledged(
        mosquitto: int, protocol: aiomqtt.ProtocolVersion) -> None:
    """On 3.1.1 the packets are built by the pipe and the PUBACKs take the lean handler, on 5
    paho builds them and its own handler completes them: both send a batch in one write and
    complete every message; both read the PUBACKs many per recv()."""
    count = 500

    async def scenario() -> tuple[list[int], list[int], CountingSocket, bool, bool, bool]:
        acked: list[int] = []
        received: list[int] = []
        done = asyncio.Event()
        async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="pipe-sub") as sub:
            await sub.subscribe("pipe/test", qos=1)

            async def collect() -> None:
                async for msg in sub.messages:
                    assert isinstance(msg.payload, bytes)
                    received.append(int(msg.payload))
                    if len(received) == count:
                        done.set()
            collector = asyncio.create_task(collect())
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="pipe-pub", max_inflight_messages=0,
                                      protocol=protocol,
                                      socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]) as pub:
                counting = CountingSocket(pub._client._sock)
                pub._client._sock = counting  # type: ignore[assignment]
                pipe: QosOnePipe[int] = QosOnePipe(pub, acked.append)
                assert isinstance(pub._client._sock, ReadAhead)
                pipe.publish_many(("pipe/test", str(n).encode(), n) for n in range(count))
                assert pipe.in_flight == count
                await asyncio.wait_for(done.wait(), 30)
                while pipe.in_flight:
                    await asyncio.sleep(0.01)
            collector.cancel()
        return acked, received, counting, pipe.lean_pubacks, pipe.direct, pipe.read_ahead

    acked, received, counting, lean, direct, ahead = asyncio.run(asyncio.wait_for(scenario(), 60))
    assert lean == direct == (protocol == aiomqtt.ProtocolVersion.V311)
    assert ahead
    assert received == list(range(count))
    assert sorted(acked) == list(range(count))
    # One write for the 500 publishes (the disconnect at the end is the other one).
    assert counting.sends == 2, counting.sends
    # paho alone makes three recv() per 4-byte PUBACK (type, length, message id).
    assert counting.recvs < count // 4, counting.recvs


def test_read_ahead_serves_small_reads_from_one_recv_and_passes_the_end_through() -> None:
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"\x40\x02\x00\x01\x40\x02\x00\x02")
        counting = CountingSocket(b)
        ahead = ReadAhead(counting)
        assert [ahead.recv(1), ahead.recv(1), ahead.recv(2)] == [b"\x40", b"\x02", b"\x00\x01"]
        assert ahead.pending() == 4
        assert ahead.recv(10) == b"\x40\x02\x00\x02"  # a short read: what is buffered
        assert ahead.pending() == 0
        assert counting.recvs == 1
        b.setblocking(False)
        with pytest.raises(BlockingIOError):
            ahead.recv(1)
        a.close()
        assert ahead.recv(1) == b""  # the end of the stream, as the socket says it
        assert ahead.fileno() == b.fileno()


@pytest.mark.parametrize(("remaining", "encoded"), [
    (0, b"\x32\x00"), (127, b"\x32\x7f"), (128, b"\x32\x80\x01"), (16383, b"\x32\xff\x7f"),
    (16384, b"\x32\x80\x80\x01"), (268_435_455, b"\x32\xff\xff\xff\x7f")])
def test_fixed_header_encodes_the_remaining_length_as_mqtt_does(remaining: int, encoded: bytes) -> None:
    assert _fixed_header(remaining) == encoded


def test_fixed_header_refuses_a_length_mqtt_cannot_carry() -> None:
    with pytest.raises(ValueError, match="too large"):
        _fixed_header(268_435_456)
