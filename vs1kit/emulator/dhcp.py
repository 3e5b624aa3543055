"""The camera's DHCP client (UDP 68): DISCOVER -> OFFER -> REQUEST -> ACK (RFC 2131).

`DhcpExchange` is sans-IO (messages in, messages out); `obtain_lease` runs it over a UDP
socket bound to port 68 (optionally to one interface) and applies the lease to the camera's
`NetworkState`. The broadcast flag is set so the server broadcasts its replies: the camera has
no address yet, so a unicast reply to the offered address would not reach it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
import time
from dataclasses import dataclass, field
from typing import Final

from vs1kit.emulator.netstate import NetworkState
from vs1kit.generated import enums, types
from vs1kit.generated.dhcp import DhcpMessage
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.wire import DecodeError

__all__ = ["DhcpError", "DhcpExchange", "Lease", "obtain_lease"]

log = logging.getLogger(__name__)

C = enums.DhcpOptionCode
T = enums.DhcpMessageType
CLIENT_PORT: Final = PORTS["dhcp"].numbers[0]
SERVER_PORT: Final = 67
"""The DHCP server port (RFC 2131); the spec holds only the camera's own (client) port."""
PARAMETERS: Final = bytes([C.SUBNET_MASK, C.ROUTER, C.DNS_SERVERS, C.HOST_NAME, C.LEASE_TIME])


class DhcpError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Lease:
    ip: str
    mask: str
    gateway: str
    server: str
    lease_time: int
    dns: tuple[str, ...] = ()


def _opt(code: enums.DhcpOptionCode, body: object) -> types.DhcpOption:
    return types.DhcpOption(code=code, body=body)  # type: ignore[arg-type]


def options_of(msg: DhcpMessage) -> dict[int, object]:
    return {int(o.code): o.body for o in msg.options if o.code not in (C.PAD, C.END)}


def message_type(msg: DhcpMessage) -> int | None:
    body = options_of(msg).get(C.MESSAGE_TYPE)
    return int(body.message_type) if isinstance(body, types.DhcpOptMessageType) else None


@dataclass
class DhcpExchange:
    """One client transaction, no IO: `discover()`, then feed replies to `receive()`."""

    mac: str
    hostname: str
    xid: int = field(default_factory=lambda: secrets.randbits(32))
    started: float = field(default_factory=time.monotonic)
    offer: DhcpMessage | None = None
    lease: Lease | None = None

    def _base(self, kind: enums.DhcpMessageType, extra: list[types.DhcpOption]) -> DhcpMessage:
        client_id = bytes([1]) + bytes.fromhex(self.mac.replace(":", ""))
        return DhcpMessage(
            op=enums.BootpOp.BOOT_REQUEST, htype=1, hlen=6, xid=self.xid,
            secs=min(int(time.monotonic() - self.started), 0xFFFF),
            bootp_flags=enums.DhcpMessageBootpFlags.BROADCAST, chaddr=self.mac,
            options=[
                _opt(C.MESSAGE_TYPE, types.DhcpOptMessageType(message_type=kind)),
                _opt(C.CLIENT_ID, types.DhcpOptRaw(data=client_id)),
                *extra,
                _opt(C.HOST_NAME, types.DhcpOptText(text=self.hostname)),
                _opt(C.PARAMETER_LIST, types.DhcpOptRaw(data=PARAMETERS)),
                _opt(C.END, b""),
            ],
        )

    def discover(self) -> DhcpMessage:
        return self._base(T.DISCOVER, [])

    def receive(self, msg: DhcpMessage) -> DhcpMessage | None:
        """The next message to send (a REQUEST after an OFFER), or None. Sets `lease` on ACK."""
        if msg.op != enums.BootpOp.BOOT_REPLY or msg.xid != self.xid or msg.chaddr != self.mac:
            return None  # someone else's transaction
        kind = message_type(msg)
        opts = options_of(msg)
        server = opts.get(C.SERVER_ID)
        if kind == T.OFFER and self.offer is None:
            if not isinstance(server, types.DhcpOptIpv4):
                log.info("DHCP: offer without server id ignored")
                return None
            self.offer = msg
            return self._base(T.REQUEST, [
                _opt(C.REQUESTED_IP, types.DhcpOptIpv4(address=msg.yiaddr)),
                _opt(C.SERVER_ID, types.DhcpOptIpv4(address=server.address)),
            ])
        if kind == T.NAK and self.offer is not None:
            raise DhcpError("server refused the request (NAK)")
        if kind == T.ACK and self.offer is not None:
            mask = opts.get(C.SUBNET_MASK)
            router = opts.get(C.ROUTER)
            dns = opts.get(C.DNS_SERVERS)
            lease_time = opts.get(C.LEASE_TIME)
            self.lease = Lease(
                ip=msg.yiaddr,
                mask=mask.address if isinstance(mask, types.DhcpOptIpv4) else "255.255.255.0",
                gateway=(router.addresses[0] if isinstance(router, types.DhcpOptIpv4List)
                         and router.addresses else "0.0.0.0"),
                server=server.address if isinstance(server, types.DhcpOptIpv4) else "0.0.0.0",
                lease_time=lease_time.seconds if isinstance(lease_time, types.DhcpOptU32) else 0,
                dns=tuple(dns.addresses) if isinstance(dns, types.DhcpOptIpv4List) else (),
            )
        return None


class _Proto(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: object) -> None:
        self.queue.put_nowait(data)


async def obtain_lease(
    state: NetworkState,
    *,
    interface: str | None = None,
    client_port: int = CLIENT_PORT,
    server: tuple[str, int] = ("255.255.255.255", SERVER_PORT),
    timeout: float = 10.0,
    retry: float = 4.0,  # RFC 2131 4.1: first retransmission after about 4 s
    apply: bool = True,
) -> Lease:
    """Run one exchange and (by default) make the lease the camera's network config."""
    cfg = state.config
    ex = DhcpExchange(cfg.mac, cfg.name)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    if interface:
        # Without an address the only way to say which wire the broadcast goes out on.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, interface.encode())
    sock.bind(("0.0.0.0", client_port))
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_datagram_endpoint(_Proto, sock=sock)
    deadline = time.monotonic() + timeout
    try:
        pending = ex.discover()
        while ex.lease is None:
            transport.sendto(pending.encode(), server)
            log.info("DHCP: sent %s (xid %08x)", T(message_type(pending) or 1).name, ex.xid)
            resend = time.monotonic() + retry
            while ex.lease is None and time.monotonic() < resend:
                left = min(resend, deadline) - time.monotonic()
                if left <= 0:
                    break
                try:
                    data = await asyncio.wait_for(proto.queue.get(), left)
                except TimeoutError:
                    break
                try:
                    msg = DhcpMessage.decode(data)
                except DecodeError as exc:
                    log.info("DHCP: ignoring undecodable datagram: %s", exc)
                    continue
                nxt = ex.receive(msg)
                if nxt is not None:
                    pending = nxt
                    transport.sendto(pending.encode(), server)
                    log.info("DHCP: offer of %s; sent REQUEST", msg.yiaddr)
            if time.monotonic() >= deadline and ex.lease is None:
                raise DhcpError(f"no DHCP lease within {timeout:.0f} s")
    finally:
        transport.close()
        with contextlib.suppress(OSError):
            sock.close()
    lease = ex.lease
    log.info("DHCP: lease %s/%s gw %s from %s for %d s", lease.ip, lease.mask, lease.gateway,
             lease.server, lease.lease_time)
    if apply:
        state.update(ip=lease.ip, mask=lease.mask, gateway=lease.gateway, dhcp=True)
    return lease
