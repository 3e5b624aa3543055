"""The MQTT integration's QoS 1 pipe against a real Mosquitto: a batch leaves as one write and
every message of it is delivered and acknowledged."""

from __future__ import annotations

import asyncio
import socket

import aiomqtt
import pytest

from vs1kit.integrations.mqtt.pipe import QosOnePipe


@pytest.mark.parametrize("protocol", [aiomqtt.ProtocolVersion.V311, aiomqtt.ProtocolVersion.V5])
def test_a_batch_is_one_write_and_every_message_arrives_and_is_acknowledged(
        mosquitto: int, protocol: aiomqtt.ProtocolVersion) -> None:
    """On 3.1.1 the PUBACKs take the lean handler, on 5 paho's own: both complete every message."""
    count = 500

    async def scenario() -> tuple[list[int], list[int], int, bool]:
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
                pipe: QosOnePipe[int] = QosOnePipe(pub, acked.append)
                lean = pipe.lean_pubacks
                queued_before = len(pipe._out_packets)
                pipe.publish_many(("pipe/test", str(n).encode(), n) for n in range(count))
                joined = len(pipe._out_packets) - queued_before  # before the loop writes them
                assert pipe.in_flight == count
                await asyncio.wait_for(done.wait(), 30)
                while pipe.in_flight:
                    await asyncio.sleep(0.01)
            collector.cancel()
        return acked, received, joined, lean

    acked, received, joined, lean = asyncio.run(asyncio.wait_for(scenario(), 60))
    assert lean == (protocol == aiomqtt.ProtocolVersion.V311)
    assert joined == 1
    assert received == list(range(count))
    assert sorted(acked) == list(range(count))
