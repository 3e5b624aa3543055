"""What the camera's port behaviour may use of the camera: small typed protocols.

The handlers (`vs1kit.emulator.behaviour`) depend on these, not on the class that assembles a
camera (`vs1kit.emulator.camera.CameraServer`), so the import graph has no cycle and a test can
serve a handler with any object that has these members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from vs1kit.emulator.conn import Conn, Report
    from vs1kit.emulator.model import CameraModel
    from vs1kit.emulator.monitors import Monitors
    from vs1kit.emulator.security import Security
    from vs1kit.generated import enums

__all__ = ["CameraContext", "RequestContext", "Triggers"]


class RequestContext(Protocol):
    """Where a request came from: a TCP connection (`Conn`) or a UDP sender (`Datagram`)."""

    @property
    def port_id(self) -> str: ...

    @property
    def peer_ip(self) -> str: ...

    @property
    def peer_port(self) -> int: ...

    @property
    def label(self) -> str: ...


class Triggers(Protocol):
    """The inspection engine as the RPC port sees it."""

    @property
    def next_delivered(self) -> int: ...

    def trigger(self, count: int = 1) -> int: ...


class CameraContext(Protocol):
    """One emulated camera as its port handlers see it."""

    @property
    def model(self) -> CameraModel: ...

    @property
    def security(self) -> Security: ...

    @property
    def engine(self) -> Triggers: ...

    @property
    def monitors(self) -> Monitors: ...

    @property
    def live_size(self) -> tuple[int, int]: ...

    @property
    def report_conns(self) -> set[Conn]: ...

    @property
    def io_conns(self) -> set[Conn]: ...

    def reports_of(self, conn: Conn) -> list[Report]:
        """Reports of the client behind `conn` (a report-control connection)."""
        ...

    def find_report(self, conn: Conn, report_id: int) -> Report | None: ...

    def foreign_report(self, conn: Conn, report_id: int) -> bool:
        """A report with this id is open for another owner than `conn`'s."""
        ...

    def watchable_ports(self) -> set[int]:
        """Port numbers whose client connections a monitor may watch."""
        ...

    def start_live(self, conn: Conn, max_fps: int, fmt: enums.PixelFormat) -> None: ...

    def schedule_restart(self) -> None: ...

    def not_in_control_detail(self) -> str: ...

    def log_refusal(self, text: str) -> None: ...

    def announce_to(self, addr: tuple[str, int]) -> None: ...
