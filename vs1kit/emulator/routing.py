"""The routing port: RIP responses heard on the network update the camera's routing table."""

from __future__ import annotations

import logging
import time

from vs1kit.emulator.netstate import RoutingTable
from vs1kit.generated import enums, rip, types
from vs1kit.protocol.wire import DecodeError

__all__ = ["RipListener", "rip1_mask"]

log = logging.getLogger(__name__)


def rip1_mask(address: str) -> str:
    """RIPv1 carries no mask: the classful one, widened (by octets) when the address has bits
    beyond it, i.e. names a subnet (RFC 1058 3.2 leaves subnet inference to the receiver)."""
    octets = [int(x) for x in address.split(".")]
    first = octets[0]
    n = 1 if first < 128 else 2 if first < 192 else 3
    while n < 4 and any(octets[n:]):
        n += 1
    return ".".join(["255"] * n + ["0"] * (4 - n))


class RipListener:
    """Applies RIP v1/v2 responses to a routing table; the camera never advertises routes."""

    def __init__(self, routes: RoutingTable) -> None:
        self.routes = routes

    def datagram(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            packet = rip.RipPacket.decode(data)
        except DecodeError as exc:
            log.warning("RIP: ignoring bad packet from %s: %s", addr[0], exc)
            return
        if packet.command != enums.RipCommand.RESPONSE or packet.version not in (1, 2):
            log.info("RIP: ignoring %s v%d from %s (only responses are applied)",
                     getattr(packet.command, "name", packet.command), packet.version, addr[0])
            return
        now = time.monotonic()
        changed = 0
        for entry in packet.entries:
            body = entry.body
            if entry.family != enums.RipFamily.INET or not isinstance(body, types.RipRoute):
                continue
            mask = body.mask
            if packet.version == 1 or mask == "0.0.0.0":
                mask = rip1_mask(body.address) if body.address != "0.0.0.0" else "0.0.0.0"
            hop = body.next_hop if packet.version == 2 else "0.0.0.0"
            try:
                if self.routes.update_from_rip(body.address, mask, hop, body.metric,
                                               sender=addr[0], now=now) is not None:
                    changed += 1
            except ValueError as exc:
                log.info("RIP: entry %s/%s from %s ignored: %s", body.address, mask, addr[0], exc)
        log.info("RIP v%d response from %s: %d entr(ies), %d route(s) changed",
                 packet.version, addr[0], len(packet.entries), changed)
