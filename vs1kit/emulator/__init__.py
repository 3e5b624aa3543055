"""The camera emulator: VS-1 cameras on every port of the spec, with no hardware.

    emulator.py     Emulator: N cameras on one host, port numbers from the generated registry
    camera.py       CameraServer: one camera assembled (model, security, monitors, engine, ports)
    listeners.py    sockets per port, chosen by the port's transport and framing
    pipeline.py     the one request pipeline of every framed port (TCP and UDP)
    handlers.py     the camera's behaviour per framed port (subclasses of the generated skeleton)
    context.py      the typed protocols handlers and listeners depend on
    conn.py         per-connection state (Conn, Datagram, Monitor, Report)
    connections.py  the open connections of a camera, indexed
    monitors.py     connection monitors: sessions, watches, heartbeat timing (protocol.heartbeat)
    engine.py       inspections: the engine and free-run pacing
    records.py      report record frames, encoded once and stamped per connection
    live.py         live video frames, stamped at generated offsets
    announcer.py    announce messages; routing.py: RIP; dhcp.py: the DHCP client
    model.py        the camera model (jobs, datums, inspections, PartQ, IO) with no sockets
    netstate.py     network configuration, routing table, boot parameters
    security.py     login sessions, control, throttling; files.py: the camera's file areas
    faults.py       fault injection shared by a camera's parts (stall)
    standard/       FTP, Telnet and HTTP servers of the standard ports
"""

from __future__ import annotations

from vs1kit.emulator.camera import CameraServer
from vs1kit.emulator.emulator import Emulator

__all__ = ["CameraServer", "Emulator"]
