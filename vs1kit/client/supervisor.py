"""Connections to one camera and their supervision: the request channel of the client.

:class:`LinkSupervisor` opens the connection monitor first (its owner says hello), then every
other connection on first use, announcing each to the monitor with ``watch``. It picks the
transport of a port from the generated registry (UDP ports through a datagram endpoint with
retries, TCP ports through a framed connection). It declares the link dropped when a socket
closes, when the camera says goodbye or when the monitor hears no heartbeat for the timeout;
then every pending request fails at once, and a reconnect loop with exponential backoff and
jitter reopens the monitor and lets the owner restore what was open.

What the camera client adds on top (login session, streams, events) reaches this class only
through the small :class:`LinkOwner` protocol; in particular the owner signs every message that
carries a session proof (:meth:`LinkOwner.prove`: each TCP request, each UDP datagram
attempt) and names the ``bind_session`` each new connection sends before anything else
(:meth:`LinkOwner.bind_message`), so a connection is bound on every (re)connect with a fresh
counter.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
from collections.abc import Callable
from typing import Protocol

from vs1kit.generated import enums
from vs1kit.generated.acquire import LiveFrame
from vs1kit.generated.client_api import PORT_OF, ForbiddenError
from vs1kit.generated.monitor import Goodbye, Hello, HelloAck, Watch
from vs1kit.generated.monitor import Heartbeat as HeartbeatMessage
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import MAX_PAYLOAD
from vs1kit.protocol.wire import CameraStatusError, Message

from .connection import DatagramClient, FramedConnection, ImageConnection, LineConnection, open_tcp
from .errors import ClientError, ConnectionLost
from .events import ClientEvent, Dropped, ReconnectFailed, Restored
from .monitor import MonitorLoop
from .ports import PortMap

__all__ = ["MONITOR_PORT", "RECONNECT_ERRORS", "LinkOwner", "LinkSupervisor"]

MONITOR_PORT = PORT_OF[Hello]
"""The port that carries hello/heartbeat: the connection monitor."""
_IMAGE_PORTS = frozenset({PORT_OF[LiveFrame]})
"""Ports whose payloads are pictures: received into buffers numpy then shares (no copy)."""

RECONNECT_ERRORS = (ClientError, CameraStatusError, OSError, TimeoutError)
"""What a reconnect attempt may fail with (and then try again)."""


class LinkOwner(Protocol):
    """What the supervisor needs from the camera client that owns it."""

    async def say_hello(self, monitor: FramedConnection) -> HelloAck:
        """Say hello on a freshly opened monitor connection (logging in again if needed)."""
        ...

    async def restore(self) -> None:
        """Reopen what was open before a drop (the link is up again)."""
        ...

    def on_message(self, message: Message) -> None:
        """An event message (record, live frame, IO change) arrived on a connection."""
        ...

    def emit(self, event: ClientEvent) -> None:
        """Report a link event."""
        ...

    def give_up(self, error: ConnectionLost) -> None:
        """The link dropped and will not be reconnected: fail the streams."""
        ...

    def dropped(self) -> None:
        """The link just dropped (before the Dropped event): note what to restore."""
        ...

    def prove(self, message: Message, port: str) -> Message:
        """``message`` with its session proof filled in (unchanged if it carries none)."""
        ...

    def bind_message(self, port: str) -> Message | None:
        """What a new connection to ``port`` sends first to bind it to the session (None:
        nothing)."""
        ...


class LinkSupervisor:
    """See the module docstring; implements the generated ``RequestChannel``."""

    def __init__(
        self,
        owner: LinkOwner,
        host: str,
        ports: PortMap,
        *,
        timeout: float,
        connect_timeout: float,
        auto_reconnect: bool,
        reconnect_initial: float,
        reconnect_max: float,
        udp_attempts: int,
        udp_attempt_timeout: float,
        max_payload: int = MAX_PAYLOAD,
        give_up_after: float | None = None,
    ) -> None:
        self._owner = owner
        self.host = host
        self.ports = ports
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.auto_reconnect = auto_reconnect
        self.reconnect_initial = reconnect_initial
        self.reconnect_max = reconnect_max
        self.udp_attempts = udp_attempts
        self.udp_attempt_timeout = udp_attempt_timeout
        self.max_payload = max_payload
        """Ceiling of every framed connection: a larger frame is refused at its header."""
        self.give_up_after = give_up_after
        """Seconds after a drop without a restore after which the reconnect loop gives up
        (the streams fail with ConnectionLost); None: never."""
        self.state = "idle"
        """idle (not connected yet), connected, dropped (reconnecting) or closed."""
        self.drops = 0
        self.reconnects = 0
        self.interval = 0.5
        """Heartbeat interval in use (the camera's answer to hello)."""
        self.drop_timeout = 2.0
        """Silence after which the camera counts as gone (the camera's answer to hello)."""
        self._gen = 0  # bumped on every drop: callbacks of older connections are ignored
        self._monitor: FramedConnection | None = None
        self._heartbeats: MonitorLoop | None = None
        self._conns: dict[tuple[str, int], FramedConnection] = {}
        self._lines: list[LineConnection] = []
        self._locks: dict[tuple[str, int], asyncio.Lock] = {}
        self._connect_lock: asyncio.Lock | None = None
        self._datagrams: dict[str, DatagramClient] = {}
        self._supervisor: asyncio.Task[None] | None = None
        self._restored: asyncio.Future[None] | None = None

    # ------------------------------------------------------------------------------------------
    # life cycle
    # ------------------------------------------------------------------------------------------
    @property
    def monitor(self) -> FramedConnection | None:
        """The monitor connection while it is open."""
        m = self._monitor
        return m if m is not None and m.is_open else None

    async def connect(self) -> None:
        """Open the connection monitor (hello). Other connections open on first use."""
        if self.state == "closed":
            raise ClientError("this Camera is closed")
        if self.state == "dropped":
            await self.wait_restored()
            return
        if self._connect_lock is None:
            self._connect_lock = asyncio.Lock()
        async with self._connect_lock:
            if self.state == "connected" and self.monitor is not None:
                return
            await self._open_monitor()
            self.state = "connected"

    async def close(self) -> None:
        """Say goodbye, close every connection, fail whoever waits for a restore."""
        self.state = "closed"
        self._gen += 1
        if self._supervisor is not None and self._supervisor is not asyncio.current_task():
            self._supervisor.cancel()
        if self.monitor is not None:
            with contextlib.suppress(ConnectionLost):
                self.monitor.send(Goodbye(enums.GoodbyeReason.CLIENT_CLOSING))
        self._close_connections()

    async def last_datagram(self, port: str, message: Message, timeout: float) -> None:
        """One last request over a UDP port already in use (a logout while closing): one
        attempt, the reply awaited for ``timeout`` at most, failures ignored."""
        client = self._datagrams.get(port)
        if client is not None:
            with contextlib.suppress(*RECONNECT_ERRORS):
                await client.request(message, timeout, 1, prepare=functools.partial(self._owner.prove, port=port))

    def close_datagrams(self) -> None:
        for client in self._datagrams.values():
            client.close()
        self._datagrams.clear()

    def fail_restore(self, error: ConnectionLost) -> None:
        if self._restored is not None and not self._restored.done():
            self._restored.set_exception(error)
            self._restored.exception()  # mark retrieved: nobody may be waiting

    def _close_connections(self, reason: str = "closed by the client") -> None:
        conns: list[FramedConnection | LineConnection] = list(self._conns.values())
        if self._monitor is not None:
            conns.append(self._monitor)
        conns.extend(self._lines)
        self._conns.clear()
        self._lines.clear()
        self._monitor = None
        for conn in conns:
            conn.drop(reason)
        if self._heartbeats is not None:
            self._heartbeats.stop()
        self._heartbeats = None

    async def wait_restored(self, timeout: float | None = None) -> None:
        """Return once the link is up; ConnectionLost if it will not come back."""
        if self.state in ("connected", "idle"):
            return
        if self.state == "closed" or self._restored is None:
            raise ConnectionLost("the camera is closed" if self.state == "closed" else "link down")
        await asyncio.wait_for(asyncio.shield(self._restored), timeout)

    async def renew(self) -> None:
        """Reopen the monitor under the owner's current session, and the other connections on
        demand (after a login: a monitor and a connection belong to one session). What was
        open is restored as after a drop, without Dropped/Restored events; a failure is
        handled as a drop (reconnect or give up) and raised."""
        if self.state != "connected":
            return  # idle: the first hello carries the session; dropped: the reconnect's does
        self._owner.dropped()
        self._gen += 1
        self._close_connections("reopened under the new login session")
        try:
            await self._open_monitor()
            await self._owner.restore()
        except RECONNECT_ERRORS as exc:
            if self.state == "connected":
                self._drop(f"could not reopen under the new session: {exc}")
            raise

    async def local_ip(self, port: str) -> str:
        """This host's address on the way to the camera (the local end of ``port``'s socket),
        which is how the camera sees it on a direct network."""
        client = await self._datagram_client(port)
        assert client.transport is not None
        return str(client.transport.get_extra_info("sockname")[0])

    def check_up(self) -> None:
        if self.state == "dropped":
            raise ConnectionLost("the link to the camera is down (reconnecting)")
        if self.state == "closed":
            raise ConnectionLost("the camera is closed")

    # ------------------------------------------------------------------------------------------
    # monitor, drop detection, reconnect
    # ------------------------------------------------------------------------------------------
    async def _open_monitor(self) -> None:
        gen = self._gen
        conn = await FramedConnection.open(
            self.host, self.ports.number(MONITOR_PORT), MONITOR_PORT, timeout=self.connect_timeout,
            on_event=lambda m: self._on_monitor_event(m, gen), on_lost=lambda r: self._on_link_lost(r, gen),
            max_payload=self.max_payload,
        )
        try:
            await self._owner.say_hello(conn)
        except BaseException:
            conn.close()
            raise
        if gen != self._gen:
            conn.close()
            raise ConnectionLost("dropped while saying hello", MONITOR_PORT)
        self._monitor = conn
        self._heartbeats = MonitorLoop(conn, interval=self.interval, timeout=self.drop_timeout,
                                       on_silent=lambda r: self._on_link_lost(r, gen))

    def hello_timing(self, interval: float, drop_timeout: float) -> None:
        """The camera's answer to a hello: the heartbeat timing to use from now on."""
        self.interval, self.drop_timeout = interval, drop_timeout
        if self._heartbeats is not None:
            self._heartbeats.reconfigure(interval=interval, timeout=drop_timeout)

    def _on_monitor_event(self, msg: Message, gen: int) -> None:
        if isinstance(msg, HeartbeatMessage):
            if self._heartbeats is not None and gen == self._gen:
                self._heartbeats.heard()
        elif isinstance(msg, Goodbye):
            reason = enums.GoodbyeReason(int(msg.reason)).name.lower() \
                if int(msg.reason) in enums.GOODBYE_REASON_VALUES else str(msg.reason)
            self._on_link_lost(f"camera said goodbye ({reason})", gen)

    def _on_link_lost(self, reason: str, gen: int) -> None:
        if gen != self._gen or self.state != "connected":
            return  # an old connection, or already handling a drop
        self._drop(reason)

    def _drop(self, reason: str) -> None:
        loop = asyncio.get_running_loop()
        last_heard = self._heartbeats.last_heard if self._heartbeats is not None else loop.time()
        self.state = "dropped"
        self._gen += 1
        self.drops += 1
        self._owner.dropped()
        self._close_connections(reason)
        if self._restored is None or self._restored.done():
            self._restored = loop.create_future()
        self._owner.emit(Dropped(reason, loop.time(), last_heard))
        if self.auto_reconnect:
            if self._supervisor is None or self._supervisor.done():
                self._supervisor = asyncio.create_task(self._reconnect(loop.time()), name="vs1-reconnect")
        else:
            self._give_up(reason)

    def _give_up(self, reason: str) -> None:
        """The link stays down: fail the streams and whoever waits for a restore."""
        error = ConnectionLost(reason)
        self._owner.give_up(error)
        self.fail_restore(error)

    async def _reconnect(self, dropped_at: float) -> None:
        loop = asyncio.get_running_loop()
        delay = self.reconnect_initial
        attempt = 0
        last_error = ""
        while self.state == "dropped":
            attempt += 1
            if self.give_up_after is not None and loop.time() - dropped_at > self.give_up_after:
                self._give_up(f"not reconnected within {self.give_up_after:g} s"
                              + (f" (last attempt: {last_error})" if last_error else ""))
                return
            try:
                await self._open_monitor()
                self.state = "connected"
                await self._owner.restore()
            except RECONNECT_ERRORS as exc:
                last_error = str(exc) or type(exc).__name__
                if self.state == "connected":
                    # Partly restored: tear down quietly and try again from scratch.
                    self.state = "dropped"
                    self._gen += 1
                    self._close_connections(f"reconnect failed: {exc}")
                elif self.state == "closed":
                    return
                # Full jitter around the exponential step spreads many clients' retries.
                wait = delay * (0.5 + random.random())
                delay = min(delay * 2, self.reconnect_max)
                if self.give_up_after is not None:
                    # Never sleep past the deadline: the give-up comes on time.
                    wait = max(0.0, min(wait, dropped_at + self.give_up_after - loop.time() + 0.001))
                self._owner.emit(ReconnectFailed(attempt, str(exc) or type(exc).__name__, wait))
                await asyncio.sleep(wait)
                continue
            if self.state != "connected":
                continue  # dropped again during the restore; the loop tries again
            self.reconnects += 1
            if self._restored is not None and not self._restored.done():
                self._restored.set_result(None)
            self._owner.emit(Restored(attempt, loop.time() - dropped_at))
            return

    # ------------------------------------------------------------------------------------------
    # connections
    # ------------------------------------------------------------------------------------------
    async def connection(self, port_id: str, index: int = 0) -> FramedConnection:
        """The framed TCP connection to ``port_id`` (opened and watched on first use)."""
        key = (port_id, index)
        conn = self._conns.get(key)
        if conn is not None and conn.is_open:
            return conn
        self.check_up()
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            conn = self._conns.get(key)
            if conn is not None and conn.is_open:
                return conn
            if self.state == "idle":
                await self.connect()
            self.check_up()
            gen = self._gen
            number = self.ports.number(port_id, index)
            kind = ImageConnection if port_id in _IMAGE_PORTS else FramedConnection
            conn = await kind.open(
                self.host, number, port_id, timeout=self.connect_timeout,
                on_event=self._owner.on_message, on_lost=lambda r: self._on_link_lost(r, gen),
                max_payload=self.max_payload,
            )
            try:
                bind = self._owner.bind_message(port_id)
                if bind is not None:
                    # Bound before anything else: a monitor watches only its session's
                    # connections, and session requests need a bound connection.
                    await conn.request(bind, self.timeout)
                await self._watch(number, conn.local_port)
            except BaseException:
                conn.close()
                raise
            if gen != self._gen:
                conn.close()
                raise ConnectionLost("dropped while opening", port_id)
            self._conns[key] = conn
            return conn

    async def open_lines(self, port_id: str, index: int, on_line: Callable[[str], None]) -> LineConnection:
        """A watched connection to a text-line port (a serial channel)."""
        if self.state == "idle":
            await self.connect()
        self.check_up()
        gen = self._gen
        number = self.ports.number(port_id, index)
        conn = LineConnection(port_id, on_line, lambda r: self._on_link_lost(r, gen))
        await open_tcp(lambda: conn, self.host, number, self.connect_timeout)
        try:
            # Watched like every other connection: the camera closes it when the monitor drops.
            await self._watch(number, conn.local_port)
        except BaseException:
            conn.close()
            raise
        self._lines = [c for c in self._lines if c.is_open] + [conn]
        return conn

    async def _watch(self, number: int, local_port: int) -> None:
        delay = 0.01
        while True:
            monitor = self.monitor
            if monitor is None:
                raise ConnectionLost("no connection monitor", MONITOR_PORT)
            try:
                await monitor.request(Watch(number, local_port), self.timeout)
                return
            except ForbiddenError:
                # The camera refuses to watch a connection it does not know yet, and it may
                # take our TCP connection in after the monitor's watch arrives: ask again a
                # few times (about 0.3 s in all) before believing the refusal.
                if delay > 0.2:
                    raise
                await asyncio.sleep(delay)
                delay *= 2

    async def _datagram_client(self, port_id: str) -> DatagramClient:
        client = self._datagrams.get(port_id)
        if client is None:
            client = await DatagramClient.open(port_id, self.host, self.ports.number(port_id))
            self._datagrams[port_id] = client
        return client

    # ------------------------------------------------------------------------------------------
    # the generated surface's RequestChannel
    # ------------------------------------------------------------------------------------------
    async def request(self, port: str, message: Message) -> Message:
        if PORTS[port].transport == "udp":
            if self.state == "closed":
                raise ConnectionLost("the camera is closed")
            client = await self._datagram_client(port)
            # Each attempt is signed anew: the camera accepts a counter once.
            return await client.request(message, self.udp_attempt_timeout, self.udp_attempts,
                                        prepare=functools.partial(self._owner.prove, port=port))
        message = self._owner.prove(message, port)
        if port == MONITOR_PORT:
            if self.state == "idle":
                await self.connect()
            monitor = self.monitor
            if monitor is None:
                self.check_up()
                raise ConnectionLost("no connection monitor", MONITOR_PORT)
            return await monitor.request(message, self.timeout)
        conn = await self.connection(port)
        return await conn.request(message, self.timeout)

    async def send(self, port: str, message: Message) -> None:
        if PORTS[port].transport == "udp":
            # One datagram, no reply; from a fresh socket so a reply to it (an announce from
            # every camera) does not land in a request client's endpoint.
            await DatagramClient.send_once(self.host, self.ports.number(port), message)
            return
        if port == MONITOR_PORT:
            if self._monitor is None:
                raise ConnectionLost("no connection monitor", MONITOR_PORT)
            self._monitor.send(message)
            return
        conn = await self.connection(port)
        conn.send(message)

    def post(self, message: Message) -> None:
        """Send a client event now if its port's connection is up; drop it otherwise."""
        conn = self._conns.get((PORT_OF[type(message)], 0))
        if conn is not None and conn.is_open:
            conn.send(message)
