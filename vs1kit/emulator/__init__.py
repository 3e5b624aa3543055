"""The camera emulator: VS-1 cameras on every port of the spec, with no hardware.

    emulator.py     Emulator: N cameras on one host, port numbers from the generated registry
    camera.py       CameraServer: one camera assembled (model, security, monitors, engine, ports)
    ports.py        binding every registry port: listener by transport and framing, behaviour
                    (handlers/, standard/, RIP) or the generated skeleton
    listeners.py    the listeners: framed TCP, framed UDP, line ports, idle ports
    pipeline.py     the one request pipeline of every framed port (TCP and UDP)
    handlers/       the camera's behaviour, one module per framed port (generated skeleton
                    subclasses); a port with none is served by its skeleton as it stands
    context.py      the typed protocols handlers and listeners depend on
    conn.py         per-request context and connection state (Conn, Datagram, Monitor, Report)
    connections.py  the open connections of a camera, indexed
    monitors.py     connection monitors: sessions, watches, heartbeat timing (protocol.heartbeat)
    engine.py       inspections: the engine and free-run pacing
    records.py      report record frames, encoded once, stamped at generated offsets
    live.py         live video frames, stamped at generated offsets
    announcer.py    announce messages; routing.py: RIP; dhcp.py: the DHCP client
    faults.py       fault injection shared by a camera's parts (stall)
    limits.py       resource bounds: connection caps, request frame size, frame and write
                    timeouts, rate-limited log of bad input
    streaming.py    large replies (PartQ with images) encoded and written record by record
    model/          the camera model with no sockets: jobs, images, results, PartQ, IO, camera
    netstate/       network state with no I/O: addresses, config, routes, boot line, login
    security.py     login sessions, control, throttling; files.py: the camera's file areas
    standard/       FTP, HTTP and Telnet (codec, shell, server) of the standard ports
"""

from __future__ import annotations

from vs1kit.emulator.camera import CameraServer
from vs1kit.emulator.emulator import Emulator
from vs1kit.emulator.limits import Limits

__all__ = ["CameraServer", "Emulator", "Limits"]
