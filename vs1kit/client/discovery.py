"""Finding cameras: listen for announce broadcasts (the announce port) and ask with ``discover``.

Cameras answer a discover datagram to its sender, so replies reach the ephemeral socket we
send from even when another program (or a local emulator) holds the announce port. Listening on the
announce port itself for the periodic broadcasts is optional (``listen=True``): it binds
0.0.0.0 with SO_REUSEADDR, so it shares the port with programs that do the same (the
emulator's cameras do) but not with one that holds it exclusively.

Where a broadcast goes: a subnet's directed broadcast (``192.168.0.255``; on loopback
``127.255.255.255``) leaves by that subnet's interface. The limited broadcast
(``255.255.255.255``, the default) leaves by the interface of the address the socket is bound
to: with the default ``source`` (0.0.0.0) that is the default route's interface; pass
``source`` (an address of the interface, e.g. ``127.0.0.1`` for cameras emulated on
loopback) to choose.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass
from typing import Any

from vs1kit.generated import enums
from vs1kit.generated.announce import Announce, Discover
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame
from vs1kit.protocol.wire import DecodeError

__all__ = ["ANNOUNCE_PORT", "ANNOUNCE_PORT_ID", "CameraInfo", "discover"]

ANNOUNCE_PORT_ID = next(pid for pid, p in PORTS.items() if Announce in p.messages)
"""The spec's port that carries announces (and discover)."""
ANNOUNCE_PORT: int = PORTS[ANNOUNCE_PORT_ID].numbers[0]
"""Its number, from the generated registry: the default of ``discover(port=)`` and of
``vs1 discover --port``."""


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """What a camera says about itself in an announce."""

    name: str
    model: str
    ip: str
    mac: str
    mask: str
    state: str
    controller_ip: str
    in_control: bool
    dhcp: bool
    job_loaded: bool
    software_version: str
    job_name: str
    uptime_s: int
    inspections: int
    passed: int
    failed: int
    source: tuple[str, int]
    """Address the announce came from (the camera's announce socket)."""

    @classmethod
    def from_announce(cls, msg: Announce, source: tuple[str, int]) -> CameraInfo:
        state = int(msg.state)
        flags = enums.AnnounceFlags(int(msg.flags))
        return cls(
            name=msg.name, model=msg.model, ip=msg.ip, mac=msg.mac, mask=msg.mask,
            state=enums.CameraState(state).name.lower() if state in enums.CAMERA_STATE_VALUES else str(state),
            controller_ip=msg.controller_ip, in_control=bool(flags & enums.AnnounceFlags.IN_CONTROL),
            dhcp=bool(flags & enums.AnnounceFlags.DHCP), job_loaded=bool(flags & enums.AnnounceFlags.JOB_LOADED),
            software_version=msg.software_version, job_name=msg.job_name, uptime_s=msg.uptime_s,
            inspections=msg.inspections, passed=msg.passed, failed=msg.failed, source=source,
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


class _Collector(asyncio.DatagramProtocol):
    def __init__(self, found: dict[str, CameraInfo]) -> None:
        self.found = found

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        try:
            msg = decode_message(ANNOUNCE_PORT_ID, decode_datagram(data))
        except DecodeError:
            return  # not a VS-1 announce: ignore, the port is shared with the world
        if isinstance(msg, Announce):
            info = CameraInfo.from_announce(msg, (str(addr[0]), int(addr[1])))
            # One entry per camera (MAC), newest announce wins.
            self.found[info.mac] = info

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP errors for a unicast discover target that is down: just no answer


async def discover(
    timeout: float = 1.0,
    port: int = ANNOUNCE_PORT,
    target: str = "255.255.255.255",
    *,
    listen: bool = False,
    repeat: int = 2,
    source: str = "0.0.0.0",
) -> list[CameraInfo]:
    """Cameras that answered within ``timeout`` seconds, sorted by IP.

    ``target`` is where the discover datagram goes (broadcast, or one camera's address);
    ``repeat`` sends it that many times spread over the timeout, since UDP may lose one;
    ``source`` is the local address to send from (see the module docstring); ``listen`` also
    collects the cameras' periodic announces on the announce port.
    """
    loop = asyncio.get_running_loop()
    found: dict[str, CameraInfo] = {}
    transports: list[asyncio.BaseTransport] = []
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    try:
        sock.bind((source, 0))
    except OSError:
        sock.close()
        raise
    sender, _ = await loop.create_datagram_endpoint(lambda: _Collector(found), sock=sock)
    transports.append(sender)
    if listen:
        with contextlib.suppress(OSError):
            lsock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            lsock.bind(("0.0.0.0", port))
            listener, _ = await loop.create_datagram_endpoint(lambda: _Collector(found), sock=lsock)
            transports.append(listener)
    try:
        data = encode_frame(Discover(), 1)
        shots = max(1, repeat)
        for k in range(shots):
            with contextlib.suppress(OSError):
                sender.sendto(data, (target, port))
            if k + 1 < shots:
                await asyncio.sleep(timeout / (shots + 1))
        await asyncio.sleep(timeout - (shots - 1) * timeout / (shots + 1))
    finally:
        for t in transports:
            t.close()
    return sorted(found.values(), key=lambda c: tuple(int(x) for x in c.ip.split(".")) if c.ip.count(".") == 3 else (0,))
