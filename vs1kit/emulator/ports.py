"""Binding a camera's ports: every port of the generated registry, with the listener its
transport and framing call for, and the hand-written behaviour where there is some.

* framed TCP and UDP ports: the port's handler class (`vs1kit.emulator.handlers`) or, for a
  port with none, its generated skeleton (every request gets the unknown-message error reply);
* line ports: the camera writes lines to them (the serial channels get the job's output);
* text ports: the standard servers (FTP, HTTP, Telnet) where written, else connections are
  accepted and ignored; raw datagram ports: RIP where written, else datagrams are ignored;
* the DHCP client's port is only bound while the client runs.

The announce port is bound to the camera's own address, plus one socket per broadcast address
the camera hears (255.255.255.255 and its subnet's, 127.255.255.255 on loopback) shared with
SO_REUSEADDR/SO_REUSEPORT: several cameras on one host each get every discover broadcast, as
cameras on a subnet do.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, Final, Protocol

from vs1kit.emulator.announcer import Announcer
from vs1kit.emulator.files import CameraFiles
from vs1kit.emulator.handlers import CameraAnnounce
from vs1kit.emulator.listeners import (
    FramedTcpPort,
    FramedUdpPort,
    IdleTcpPort,
    LinePort,
    PortHost,
    bind_tcp,
    bind_udp,
)
from vs1kit.emulator.netstate import Credentials, NetworkState
from vs1kit.emulator.routing import RipListener
from vs1kit.emulator.standard.base import StandardServer
from vs1kit.generated.emulator_skeleton import PortHandlers
from vs1kit.generated.registry import PORTS, PortSpec

__all__ = ["DHCP_PORT", "CameraPorts", "PortOwner"]

log = logging.getLogger(__name__)

DHCP_PORT: Final = "dhcp"
"""The port the camera's own DHCP client uses (bound only while it runs, never listened on)."""

OnDatagram = Callable[[bytes, tuple[str, int]], None]


class PortOwner(PortHost, Protocol):
    """What binding the ports needs of the camera, beyond what the listeners need."""

    @property
    def host(self) -> str: ...

    @property
    def index(self) -> int: ...

    @property
    def standard_ports(self) -> bool: ...

    @property
    def network(self) -> NetworkState: ...

    @property
    def files(self) -> CameraFiles: ...

    @property
    def credentials(self) -> Credentials: ...

    @property
    def announcer(self) -> Announcer: ...

    def broadcast_addresses(self) -> list[str]: ...

    def handlers_for(self, port_id: str) -> PortHandlers[Any]:
        """The port's hand-written behaviour, else its generated skeleton as it stands."""
        ...


class CameraPorts:
    """The sockets and servers of one camera, and the tasks of its connections."""

    def __init__(self, owner: PortOwner) -> None:
        self.owner = owner
        self._servers: list[asyncio.Server] = []
        self._udp: list[asyncio.DatagramTransport] = []
        self._idle: list[IdleTcpPort] = []
        self._standard: list[StandardServer] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self.framed_udp: dict[str, FramedUdpPort] = {}
        """The framed datagram ports by port id (their in-flight requests, for inspection)."""

    def track(self, task: asyncio.Task[Any]) -> None:
        """Keep a connection's or request's task until it ends (stop waits for them)."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def start(self, requested: dict[str, list[int]]) -> dict[str, list[int]]:
        """Bind every port of the registry that `requested` numbers; returns the bound numbers
        (the real ones where 0 was asked for). On failure, what was bound is released."""
        bound: dict[str, list[int]] = {}
        try:
            for port_id, spec in PORTS.items():
                numbers = requested.get(port_id)
                if not numbers:
                    continue
                if spec.standard and spec.transport == "tcp" and not self.owner.standard_ports:
                    continue
                bound[port_id] = await self._serve(spec, numbers)
        except BaseException:
            await self.stop()
            raise
        return bound

    async def _serve(self, spec: PortSpec, numbers: list[int]) -> list[int]:
        """Bind `spec`'s numbers with the listener its transport and framing call for."""
        owner = self.owner
        port_id = spec.id
        out: list[int] = []
        if spec.transport == "tcp" and spec.framing_kind == "frame":
            framed = FramedTcpPort(owner, port_id, owner.handlers_for(port_id))
            for number in numbers:
                out.append(self._tcp_bound(await bind_tcp(owner.host, number, framed.serve, framed.admit)))
        elif spec.transport == "udp" and spec.framing_kind == "frame":
            handlers = owner.handlers_for(port_id)
            udp = FramedUdpPort(owner, port_id, handlers)
            self.framed_udp[port_id] = udp
            for number in numbers:
                t = await bind_udp(owner.host, number, udp.datagram, broadcast=True)
                udp.transport = udp.transport or t
                self._udp.append(t)
                out.append(int(t.get_extra_info("sockname")[1]))
            if isinstance(handlers, CameraAnnounce):
                # Discovery: hear broadcasts too, answer (and announce) from the bound socket.
                owner.announcer.send = udp.send
                await self._listen_broadcasts(out[0], udp.datagram)
        elif spec.transport == "tcp" and spec.framing_kind == "lines":
            lines = LinePort(owner, port_id, len(numbers))
            for ch, number in enumerate(numbers):
                out.append(self._tcp_bound(await bind_tcp(owner.host, number, lines.callback(ch), lines.admit)))
        elif port_id == DHCP_PORT:
            out = list(numbers)  # the DHCP client binds only while it runs
        elif spec.transport == "tcp" and port_id in _STANDARD_SERVERS:
            srv = _STANDARD_SERVERS[port_id](owner, spec, numbers[0])
            await srv.start()
            self._standard.append(srv)
            out = [srv.port]
        elif spec.transport == "tcp":
            idle = IdleTcpPort(owner, port_id)
            self._idle.append(idle)
            for number in numbers:
                out.append(self._tcp_bound(await bind_tcp(owner.host, number, idle.serve, idle.admit)))
        else:
            on = self._datagram_service(spec)
            for number in numbers:
                t = await bind_udp(owner.host, number, on)
                self._udp.append(t)
                out.append(int(t.get_extra_info("sockname")[1]))
        return out

    def _tcp_bound(self, server: asyncio.Server) -> int:
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    def _datagram_service(self, spec: PortSpec) -> OnDatagram:
        service = _DATAGRAM_SERVICES.get(spec.id)
        if service is not None:
            return service(self.owner)

        def ignore(data: bytes, addr: tuple[str, int]) -> None:
            log.info("%s: %d-byte datagram from %s:%d ignored; the emulator has no behaviour "
                     "for this port", spec.id, len(data), addr[0], addr[1])
        return ignore

    async def _listen_broadcasts(self, number: int, on: OnDatagram) -> None:
        """Receive discover broadcasts the way a camera bound to 0.0.0.0 would.

        The announce socket is bound to the camera's own address (so that several emulated
        cameras share the port number and the source of every announce is the camera's
        address); Linux delivers a broadcast only to sockets bound to the wildcard or to that
        broadcast address. So each camera also binds one socket per broadcast address it
        hears, with SO_REUSEADDR/SO_REUSEPORT: every camera (and any program listening on the
        port with SO_REUSEADDR) gets its copy, and unicast datagrams never reach these sockets,
        so nothing needs filtering. Answers go out from the announce socket.
        """
        for addr in self.owner.broadcast_addresses():
            try:
                t = await bind_udp(addr, number, on, reuse_port=True)
            except OSError as exc:
                log.warning("camera %d: cannot listen for broadcasts to %s:%d (%s); discover "
                            "reaches it by unicast only", self.owner.index, addr, number, exc)
                continue
            self._udp.append(t)

    async def stop(self) -> None:
        """Close every socket and connection; wait (briefly) for the connections' tasks."""
        for server in self._servers:
            server.close()
        self.owner.connections.drop(None, "camera stopping")
        for idle in self._idle:
            idle.close()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)
        self._servers.clear()
        self._idle.clear()
        me = asyncio.current_task()
        others = [t for t in self._tasks if t is not me]
        if others:
            await asyncio.wait(others, timeout=2.0)
        for t in self._udp:
            t.close()
        self._udp.clear()
        self.owner.announcer.send = None
        for srv in self._standard:
            with contextlib.suppress(Exception):
                await srv.stop()
        self._standard.clear()


def _ftp(owner: PortOwner, spec: PortSpec, number: int) -> StandardServer:
    from vs1kit.emulator.standard import ftp

    return ftp.FtpServer(owner.files, owner.credentials, host=owner.host, port=number,
                         commands=ftp.commands_from_spec(spec.commands),
                         areas=ftp.areas_from_spec(spec.areas), bad_input=owner.bad_input,
                         passwords=owner.security.passwords)


def _telnet(owner: PortOwner, spec: PortSpec, number: int) -> StandardServer:
    from vs1kit.emulator.standard import telnet

    return telnet.TelnetServer(owner.network, telnet.commands_from_spec(spec.commands),
                               host=owner.host, port=number, bad_input=owner.bad_input)


def _http(owner: PortOwner, spec: PortSpec, number: int) -> StandardServer:
    from vs1kit.emulator.standard import http

    return http.HttpServer(owner.network, owner.credentials, http.pages_from_spec(spec.pages),
                           host=owner.host, port=number, bad_input=owner.bad_input,
                           passwords=owner.security.passwords)


_STANDARD_SERVERS: Final[dict[str, Callable[[PortOwner, PortSpec, int], StandardServer]]] = {
    "ftp": _ftp, "telnet": _telnet, "http": _http,
}
"""The hand-written servers of the standard text ports, by port id."""

_DATAGRAM_SERVICES: Final[dict[str, Callable[[PortOwner], OnDatagram]]] = {
    "rip": lambda owner: RipListener(owner.network.routes).datagram,
}
"""The hand-written behaviour of the raw datagram ports, by port id (others: logged, ignored)."""
