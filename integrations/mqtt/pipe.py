"""Pipelined QoS 1 publishes without per-message asyncio or paho objects.

``aiomqtt.Client.publish`` costs, per message, a semaphore entry, an ``asyncio.Event``, a
``wait_for`` (a task and a timer) and a scan of every pending call; awaiting it in a window
also needs a task per message. At line rate that is most of the bridge's CPU. Here publishes
go to aiomqtt's paho client directly, so the session's life cycle, keepalive and socket
handling stay aiomqtt's and paho's.

**MQTT 3.1.1** (the default): a batch (:meth:`QosOnePipe.publish_many`) is built here as the
bytes of its PUBLISH packets — fixed header, topic, message id from paho's own id generator,
payload — queued on paho's out-queue as one entry and written at once (one ``send()`` for the
batch, no wake-up of the loop to do it). paho's per-message ``MQTTMessage``, its
``MQTTMessageInfo`` (with a ``threading.Condition`` each), its locks and its debug logging are
skipped: the pipe keeps its own message id -> token table. A PUBACK there is two bytes, the
message id, and means success: :func:`lean_pubacks` gives the client a PUBACK handler that
completes the pipe's messages from its table, and anything else (publishes made through
aiomqtt: state, availability, command replies) through paho's own ``_do_on_publish`` with one
shared success reason and empty properties (what paho passes for every 3.1.1 PUBACK), instead
of building a ``ReasonCode`` and a ``Properties`` object per PUBACK.

**MQTT 5** (reason codes, properties): each message goes through ``paho.Client.publish`` and
completes through aiomqtt's pending-publish table (whose entries it only ever ``.set()``s);
the packets a batch queued are joined into one out-queue entry (one write).

**Reads** (both): paho reads each packet as a 1-byte ``recv()`` for its type, one per byte of
its length and one for its body — three system calls per 4-byte PUBACK, plus one that finds the
socket empty. :func:`read_ahead` gives paho a socket whose ``recv()`` serves those reads from
one read of up to 64 KiB; its ``pending()`` says what is still buffered, which aiomqtt's reader
already drains (the loop it keeps for TLS sockets' decrypted bytes), so nothing is left waiting
for the next readable event.
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

READ_AHEAD = 65536
"""Bytes paho's socket reads at once (each ``recv()`` paho asks for is served from them)."""

_PUBLISH_QOS1 = paho.PUBLISH | 2
_MAX_REMAINING = 268_435_455
"""The largest remaining length MQTT can encode (four bytes of 7 bits)."""


class _Pending(Generic[T]):
    """Stands where aiomqtt keeps an ``asyncio.Event`` per publish: it calls ``set()``."""

    __slots__ = ("pipe", "token")

    def __init__(self, pipe: QosOnePipe[T], token: T) -> None:
        self.pipe = pipe
        self.token = token

    def set(self) -> None:
        self.pipe.in_flight -= 1
        self.pipe.on_ack(self.token)


class ReadAhead:
    """paho's socket, read ahead (module docstring); every other attribute is the socket's."""

    __slots__ = ("_buf", "_pos", "_sock")

    def __init__(self, sock: Any) -> None:
        self._sock = sock
        self._buf = b""
        self._pos = 0

    def recv(self, bufsize: int) -> bytes:
        buf, pos = self._buf, self._pos
        if pos >= len(buf):
            # Raises what the socket raises (BlockingIOError, ssl.SSLWantReadError...), and
            # returns b"" at the end of the stream: paho handles both as before.
            buf = self._sock.recv(max(bufsize, READ_AHEAD))
            pos = 0
        end = pos + bufsize
        if end >= len(buf):
            self._buf, self._pos = b"", 0
            return buf[pos:] if pos else buf
        self._buf, self._pos = buf, end
        return buf[pos:end]

    def pending(self) -> int:
        """Bytes read and not yet handed to paho (and, for TLS, decrypted in the socket)."""
        inner = getattr(self._sock, "pending", None)
        return len(self._buf) - self._pos + (inner() if inner is not None else 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def read_ahead(client: paho.Client) -> bool:
    """Give a connected paho client a :class:`ReadAhead` socket; whether it has one now."""
    sock = getattr(client, "_sock", None)
    if sock is None or not hasattr(client, "_in_packet"):
        return False
    if not isinstance(sock, ReadAhead):
        client._sock = ReadAhead(sock)
    return True


def lean_pubacks(client: paho.Client, own: Callable[[int], bool] | None = None) -> bool:
    """Give an MQTT 3.1.1 paho client the lean PUBACK handler (module docstring); ``own(mid)``
    completes a message published around paho (True) or says it is not one (False). Returns
    whether the handler was installed (not for MQTT 5, nor for a paho without the parts it uses)."""
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
        if own is not None and own(mid):
            return MQTTErrorCode.MQTT_ERR_SUCCESS
        with client._out_message_mutex:
            if mid in client._out_messages:
                return client._do_on_publish(mid, success, no_properties)
        return MQTTErrorCode.MQTT_ERR_SUCCESS

    client._handle_pubackcomp = handle  # type: ignore[method-assign]
    return True


def _fixed_header(remaining: int) -> bytes:
    """A QoS 1 PUBLISH's first byte and its remaining length (MQTT's variable-length integer)."""
    if remaining < 128:
        return bytes((_PUBLISH_QOS1, remaining))
    if remaining > _MAX_REMAINING:
        raise ValueError("Payload too large.")
    out = bytearray((_PUBLISH_QOS1,))
    while True:
        byte, remaining = remaining & 0x7F, remaining >> 7
        out.append(byte | 0x80 if remaining else byte)
        if not remaining:
            return bytes(out)


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
        self._client = client
        self._paho: paho.Client = paho_client
        self._waiters: dict[int, Any] = pending
        self._tokens: dict[int, T] = {}
        """Message id -> token of the messages published around paho (3.1.1), unacknowledged."""
        self._topics: dict[str, bytes] = {}
        self.on_ack = on_ack
        self.in_flight = 0
        self.lean_pubacks = lean_pubacks(paho_client, self._complete)
        self.direct = self.lean_pubacks and all(
            hasattr(paho_client, n) for n in ("_mid_generate", "_sock", "_registered_write", "_packet_write",
                                    "_call_socket_register_write", "_loop_rc_handle"))
        """Publishes are built here, around paho's message objects (MQTT 3.1.1)."""
        self.read_ahead = read_ahead(paho_client)

    def publish(self, topic: str, payload: bytes, token: T) -> None:
        self.publish_many(((topic, payload, token),))

    def publish_many(self, messages: Iterable[tuple[str, bytes, T]]) -> None:
        """Publish each ``(topic, payload, token)`` at QoS 1; their packets go out in one write."""
        if self.direct:
            self._publish_direct(messages)
            return
        out = self._out_packets
        start = len(out)
        for topic, payload, token in messages:
            self._publish_paho(topic, payload, token)
        if len(out) - start > 1:
            self._join_from(start)

    def _publish_direct(self, messages: Iterable[tuple[str, bytes, T]]) -> None:
        client = self._paho
        if client._sock is None:
            self.raise_if_disconnected()
            raise aiomqtt.MqttCodeError(MQTTErrorCode.MQTT_ERR_NO_CONN, "Could not publish message")
        tokens = self._tokens
        theirs = client._out_messages  # ids of paho's own messages in flight: never reused
        topics = self._topics
        next_mid = client._mid_generate
        parts: list[bytes] = []
        mid = 0
        count = 0
        for topic, payload, token in messages:
            head = topics.get(topic)
            if head is None:
                head = topics[topic] = _topic_field(topic)
            mid = next_mid()
            while mid in tokens or mid in theirs:
                mid = next_mid()
            tokens[mid] = token
            parts += (_fixed_header(len(head) + 2 + len(payload)), head, mid.to_bytes(2, "big"), payload)
            count += 1
        if not count:
            return
        self.in_flight += count
        packet = b"".join(parts)
        self._out_packets.append({"command": _PUBLISH_QOS1, "mid": mid, "qos": 1, "pos": 0,
                                  "to_process": len(packet), "packet": packet, "info": None})
        if client._registered_write:
            return  # the loop's writer callback is due: it sends this after what is queued
        # Written now, on the loop, as paho does without an external loop; what does not fit
        # in the socket stays queued and the writer is registered through aiomqtt. (Not
        # ``loop_write()``: it unregisters the writer when done, and aiomqtt registers it
        # with ``call_soon_threadsafe``, later: a registration made just before would then
        # stay, with paho believing it gone, and the loop would spin on a writable socket.)
        try:
            rc = client._packet_write()
            if rc > 0:
                client._loop_rc_handle(rc)  # the connection broke: paho closes, aiomqtt learns
            elif client._out_packet:
                client._call_socket_register_write()
        except Exception as exc:  # as aiomqtt's writer callback: the connection broke
            raise aiomqtt.MqttError(f"publish failed: {exc!r}") from exc

    def _complete(self, mid: int) -> bool:
        token = self._tokens.pop(mid, _MISSING)
        if token is _MISSING:
            return False
        self.in_flight -= 1
        self.on_ack(token)
        return True

    def _publish_paho(self, topic: str, payload: bytes, token: T) -> None:
        info = self._paho.publish(topic, payload, 1, False)
        if info.rc != paho.MQTT_ERR_SUCCESS:
            self.raise_if_disconnected()
            raise aiomqtt.MqttCodeError(info.rc, "Could not publish message")
        self.in_flight += 1
        self._waiters[info.mid] = _Pending(self, token)

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


_MISSING: Any = object()


def _topic_field(topic: str) -> bytes:
    """A PUBLISH's topic as sent (two length bytes, UTF-8), checked as paho checks it."""
    raw = topic.encode("utf-8")
    if not raw or b"+" in raw or b"#" in raw or len(raw) > 65535:
        raise ValueError(f"invalid publish topic {topic!r}")
    return len(raw).to_bytes(2, "big") + raw
