"""Pipelined QoS 1 publishes without per-message asyncio objects.

``aiomqtt.Client.publish`` costs, per message, a semaphore entry, an ``asyncio.Event``, a
``wait_for`` (a task and a timer) and a scan of every pending call; awaiting it in a window
also needs a task per message. At line rate that is most of the bridge's CPU. Here a publish
goes to aiomqtt's paho client directly, and the PUBACK calls back through aiomqtt's own
pending-publish table (whose entries it only ever ``.set()``s), so the session's life cycle,
keepalive and socket handling stay aiomqtt's.

A batch (:meth:`QosOnePipe.publish_many`) also leaves paho as one write: paho queues each
packet on its own and sends each with its own ``send()``, so the packets a batch queued are
joined into one queue entry (QoS 1 entries only carry bytes: their completion is the PUBACK,
tracked by message id elsewhere in paho). One system call, and one wake-up of the broker, per
batch instead of per message.

On an MQTT 3.1.1 session a PUBACK is two bytes, the message id, and means success; paho still
builds a ``ReasonCode`` and a ``Properties`` object for each (the largest part of its PUBACK
cost). :func:`lean_pubacks` gives such a client a PUBACK handler that reads the id and
completes the message through paho's own ``_do_on_publish`` with one shared success reason
and empty properties (what paho passes for every 3.1.1 PUBACK); anything else goes to paho's
handler. MQTT 5 sessions (reason codes, properties) keep paho's handler.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import aiomqtt
import paho.mqtt.client as paho
from paho.mqtt.enums import MQTTErrorCode
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.reasoncodes import ReasonCode

T = TypeVar("T")


class _Pending(Generic[T]):
    """Stands where aiomqtt keeps an ``asyncio.Event`` per publish: it calls ``set()``."""

    __slots__ = ("pipe", "token")

    def __init__(self, pipe: QosOnePipe[T], token: T) -> None:
        self.pipe = pipe
        self.token = token

    def set(self) -> None:
        self.pipe.in_flight -= 1
        self.pipe.on_ack(self.token)


def lean_pubacks(client: paho.Client) -> bool:
    """Give an MQTT 3.1.1 paho client the lean PUBACK handler (module docstring). Returns
    whether it was installed (not for MQTT 5, nor for a paho without the parts it uses)."""
    needed = ("_in_packet", "_out_message_mutex", "_out_messages", "_do_on_publish", "_handle_pubackcomp")
    if getattr(client, "_protocol", None) != paho.MQTTv311 or not all(hasattr(client, n) for n in needed):
        return False
    paho_handler = client._handle_pubackcomp
    success = ReasonCode(PacketTypes.PUBACK)
    no_properties = Properties(PacketTypes.PUBACK)  # type: ignore[no-untyped-call]

    def handle(cmd: Any) -> MQTTErrorCode:
        # Read through the client each time: paho makes a new _in_packet per packet.
        packet = client._in_packet["packet"]
        if cmd != "PUBACK" or len(packet) != 2:
            return paho_handler(cmd)
        mid = packet[0] << 8 | packet[1]
        with client._out_message_mutex:
            if mid in client._out_messages:
                return client._do_on_publish(mid, success, no_properties)
        return MQTTErrorCode.MQTT_ERR_SUCCESS

    client._handle_pubackcomp = handle  # type: ignore[method-assign]
    return True


class QosOnePipe(Generic[T]):
    """QoS 1 publishes on a connected ``aiomqtt.Client``; ``on_ack(token)`` runs on each PUBACK
    (on the loop, from aiomqtt's socket callback). ``in_flight`` counts the unacknowledged."""

    def __init__(self, client: aiomqtt.Client, on_ack: Callable[[T], None]) -> None:
        # aiomqtt 2.x internals (pinned <3 in pyproject): the paho client it drives and its
        # mid -> waiter table. Checked here so a changed aiomqtt fails at connect, not silently.
        paho_client = getattr(client, "_client", None)
        pending = getattr(client, "_pending_publishes", None)
        if not isinstance(paho_client, paho.Client) or not isinstance(pending, dict):
            raise RuntimeError("this aiomqtt version does not expose its paho client and pending publishes")
        out_packets = getattr(paho_client, "_out_packet", None)
        if not isinstance(out_packets, deque):
            raise RuntimeError("this paho version does not queue its outgoing packets in a deque")
        self._out_packets: deque[Any] = out_packets
        self.lean_pubacks = lean_pubacks(paho_client)
        self._client = client
        self._paho: paho.Client = paho_client
        self._waiters: dict[int, Any] = pending
        self.on_ack = on_ack
        self.in_flight = 0

    def publish(self, topic: str, payload: bytes, token: T) -> None:
        info = self._paho.publish(topic, payload, 1, False)
        if info.rc != paho.MQTT_ERR_SUCCESS:
            self.raise_if_disconnected()
            raise aiomqtt.MqttCodeError(info.rc, "Could not publish message")
        self.in_flight += 1
        self._waiters[info.mid] = _Pending(self, token)

    def publish_many(self, messages: Iterable[tuple[str, bytes, T]]) -> None:
        """:meth:`publish` each ``(topic, payload, token)``; their packets go out in one write."""
        out = self._out_packets
        start = len(out)
        for topic, payload, token in messages:
            self.publish(topic, payload, token)
        if len(out) - start > 1:
            self._join_from(start)

    def _join_from(self, start: int) -> None:
        out = self._out_packets
        batch = [out.pop() for _ in range(len(out) - start)]
        batch.reverse()
        # Only untouched QoS 1 PUBLISH packets (paho writes them from the loop's writer
        # callback, never during this synchronous call; checked all the same).
        if all(p["qos"] == 1 and p["command"] & 0xF0 == paho.PUBLISH and p["pos"] == 0 for p in batch):
            joined = dict(batch[-1])
            joined["packet"] = b"".join(p["packet"] for p in batch)
            joined["to_process"] = len(joined["packet"])
            out.append(joined)
        else:
            out.extend(batch)

    def raise_if_disconnected(self) -> None:
        """The session's end as aiomqtt saw it (the broker closed, or keepalive expired)."""
        done = getattr(self._client, "_disconnected", None)
        if done is not None and done.done():
            exc = None if done.cancelled() else done.exception()
            raise exc if isinstance(exc, aiomqtt.MqttError) else aiomqtt.MqttError("disconnected")
