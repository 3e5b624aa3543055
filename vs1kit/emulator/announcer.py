"""The camera's announce: who it is, sent to a discover's sender and broadcast periodically."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from vs1kit.emulator import model as m
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.model import CameraModel
from vs1kit.emulator.security import Security
from vs1kit.generated import announce, enums
from vs1kit.protocol.framing import encode_frame

__all__ = ["Announcer"]

log = logging.getLogger(__name__)

Send = Callable[[bytes, tuple[str, int]], None]


class Announcer:
    """Builds the announce message and sends it (numbered: seq counts announces)."""

    def __init__(self, model: CameraModel, security: Security, stall: Stall) -> None:
        self.model = model
        self.security = security
        self.stall = stall
        self.seq = 0
        self.send: Send | None = None
        """Sends a datagram from the announce socket; set while the port is bound."""

    def message(self) -> announce.Announce:
        md = self.model
        cfg = md.config
        flags = enums.AnnounceFlags(0)
        if cfg.dhcp:
            flags |= enums.AnnounceFlags.DHCP
        if md.job is not None:
            flags |= enums.AnnounceFlags.JOB_LOADED
        if self.security.control.session:
            flags |= enums.AnnounceFlags.IN_CONTROL
        return announce.Announce(
            name=cfg.name, model=m.MODEL_NAME, mac=cfg.mac, ip=str(cfg.ip), mask=str(cfg.mask),
            controller_ip=self.security.holder_ip, state=md.state, flags=flags,
            software_version=m.FIRMWARE, uptime_s=int(md.uptime_s), inspections=md.inspections,
            passed=md.passed, failed=md.failed, job_name=md.job.name if md.job else "",
        )

    def announce_to(self, addr: tuple[str, int]) -> None:
        if self.send is None:
            return
        self.seq = (self.seq + 1) & 0xFFFFFFFF
        try:
            self.send(encode_frame(self.message(), self.seq), addr)
        except OSError as exc:
            log.debug("announce to %s:%d failed: %s", addr[0], addr[1], exc)

    async def run(self, interval: float, target: Callable[[], tuple[str, int]]) -> None:
        """Announce every `interval` seconds (not while stalled)."""
        while True:
            if not self.stall.active():
                self.announce_to(target())
            await asyncio.sleep(interval)
