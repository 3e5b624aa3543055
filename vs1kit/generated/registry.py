# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Every port of the VS-1 spec: numbers, framing, messages, and what the text ports offer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from vs1kit.protocol.wire import Message

from . import acquire
from . import announce
from . import dhcp
from . import io
from . import login
from . import monitor
from . import partq
from . import report_control
from . import reports
from . import rip
from . import rpc
from . import serial


@dataclass(frozen=True)
class TextCommand:
    name: str
    doc: str


@dataclass(frozen=True)
class FormField:
    name: str
    type: str
    doc: str


@dataclass(frozen=True)
class Page:
    path: str
    doc: str
    form: tuple[FormField, ...]


@dataclass(frozen=True)
class Area:
    path: str
    doc: str


@dataclass(frozen=True)
class PortSpec:
    id: str
    name: str
    transport: Literal["tcp", "udp"]
    numbers: tuple[int, ...]
    standard: bool
    framing: str
    framing_kind: Literal["frame", "lines", "datagram", "text"]
    seed: str
    doc: str
    messages: tuple[type[Message], ...] = ()
    commands: tuple[TextCommand, ...] = ()
    pages: tuple[Page, ...] = ()
    areas: tuple[Area, ...] = ()
    terminator: bytes = b""
    max_line: int = 0

    @cached_property
    def by_code(self) -> dict[int, type[Message]]:
        """Message class by code; built once (it is looked up for every frame)."""
        return {m.CODE: m for m in self.messages if m.CODE is not None}


PORTS: dict[str, PortSpec] = {
    "acquire": PortSpec(
        id="acquire",
        name="Pic and Live Acquire Port",
        transport="tcp",
        numbers=(49050,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Takes pictures and goes to Live Video.",
        doc="take_picture returns one image; start_live streams live_frame events at up to max_fps until stop_live. The camera skips frames the client is too slow to take.",
        messages=acquire.MESSAGES,
    ),
    "announce": PortSpec(
        id="announce",
        name="Camera Announce Port",
        transport="udp",
        numbers=(49495,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Broadcasts Smart Camera identity on the current subnet used by Network View in FrontRunner, provides general counters, camera name, IP, IP in control, camera status, and camera software version.",
        doc="The camera broadcasts an announce every few seconds (seq counts announces). A discover datagram sent to the port makes every camera that hears it announce at once, to the sender.",
        messages=announce.MESSAGES,
    ),
    "dhcp": PortSpec(
        id="dhcp",
        name="DHCP Client Port",
        transport="udp",
        numbers=(68,),
        standard=True,
        framing="raw_datagram",
        framing_kind="datagram",
        seed="Supports the assignment of IP addresses from a DHCP server for the VS-1 Smart Camera.",
        doc="BOOTP/DHCP (RFC 2131, options RFC 2132). With DHCP enabled the camera broadcasts DISCOVER from port 68 to port 67, takes the first OFFER, REQUESTs it and applies the ACK's address, mask and router. Wireshark's own DHCP dissector handles this port.",
        messages=dhcp.MESSAGES,
    ),
    "ftp": PortSpec(
        id="ftp",
        name="File Transfer Port",
        transport="tcp",
        numbers=(21,),
        standard=True,
        framing="text",
        framing_kind="text",
        seed="Allows the Host to send and retrieve files from the VS-1 Smart Camera.",
        doc="FTP (RFC 959) with login. Job download is an FTP upload of the .avp file to the RAM drive followed by the RPC download_job command.",
        commands=(
            TextCommand("USER", "User name."),
            TextCommand("PASS", "Password."),
            TextCommand("SYST", "System type."),
            TextCommand("PWD", "Current directory."),
            TextCommand("CWD", "Change directory."),
            TextCommand("CDUP", "Parent directory."),
            TextCommand("TYPE", "Transfer type (binary for jobs and images)."),
            TextCommand("PASV", "Passive mode data connection."),
            TextCommand("PORT", "Active mode data connection."),
            TextCommand("LIST", "Directory listing."),
            TextCommand("NLST", "File names."),
            TextCommand("SIZE", "File size."),
            TextCommand("RETR", "Download a file."),
            TextCommand("STOR", "Upload a file."),
            TextCommand("DELE", "Delete a file."),
            TextCommand("MKD", "Make a directory."),
            TextCommand("RMD", "Remove a directory."),
            TextCommand("NOOP", "Keep alive."),
            TextCommand("QUIT", "Close the session."),
        ),
        pages=(),
        areas=(
            Area("/RAM", "RAM drive: uploaded jobs, saved images and logs; cleared on restart."),
            Area("/FLASH", "Flash: jobs saved with the flash command; survives restart."),
        ),
    ),
    "http": PortSpec(
        id="http",
        name="Web Server",
        transport="tcp",
        numbers=(80,),
        standard=True,
        framing="text",
        framing_kind="text",
        seed="Allow access to boot parameters when HyperTerminal over Serial and Bootloader menu is not convenient.",
        doc="HTTP/1.1. Viewing is open; changing needs HTTP Basic authentication with the camera login.",
        commands=(),
        pages=(
            Page(
                "/",
                "Boot parameters and network settings, with a form to change them.",
                (
                    FormField("name", "str", "Camera name."),
                    FormField("ip", "ipv4", "IP address."),
                    FormField("mask", "ipv4", "Subnet mask."),
                    FormField("gateway", "ipv4", "Default gateway."),
                    FormField("dhcp", "bool", "Obtain the address by DHCP."),
                ),
            ),
            Page("/bootparams.json", "The same as JSON.", ()),
        ),
        areas=(),
    ),
    "io": PortSpec(
        id="io",
        name="IO Service Port",
        transport="tcp",
        numbers=(49049,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Controls IO on the camera, i.e., Physical and Virtual IO and receives IO change notification events back to the client.",
        doc="Lists, reads and writes the camera's IO points (physical inputs and outputs, 256 virtual points) and pushes io_changed events to subscribed clients. Writing a virtual point can trigger an inspection when the job is set to virtual IO triggering.",
        messages=io.MESSAGES,
    ),
    "login": PortSpec(
        id="login",
        name="Camera Login/Command Port",
        transport="udp",
        numbers=(49493,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Gains control to the camera in order to edit and modify its network parameters. A network login to the camera is required to gain control with the VS-1 Smart Camera.",
        doc="One request per datagram, one reply per request (same seq). Login is a challenge-response (SCRAM-SHA-256 construction, RFC 5802/7677) in two round trips: login_start gets a login_challenge (single use, valid about 10 s, bound to the sender's ip:port, a fake salt for unknown users), login answers it with a proof, login_reply opens a session and proves the camera knows the password's verifier. The password never travels; the camera stores only the salted verifier. Both ends then derive a session key (never on the wire) with which every session-bearing message carries a session_proof. A session is bound to its login's source address: used from any other it is refused (not_logged_in). Control is held by a session while a monitor of that session is alive (one heartbeat timeout of grace to open one). Failed logins are throttled per source address and per account (sources that logged in within 24 h or hold a live session are exempt from the account delay); a failure counts only after the challenge round trip, so spoofed datagrams cannot charge another address.",
        messages=login.MESSAGES,
    ),
    "monitor": PortSpec(
        id="monitor",
        name="Connection Monitor Port",
        transport="tcp",
        numbers=(49079,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="This special connection is created automatically whenever any of the other connections above is made by a client. It monitors the connections and provides a timely mechanism to report connection drops to the client (within a few seconds).",
        doc="The client opens it with its first service connection and says hello; then it tells the camera which of its connections to watch. Both sides send heartbeats every interval_ms; a side that hears nothing for timeout_ms closes the watched connections and releases what the session held (control included). hello proves the session (session_proof; session 0 with a zero counter and mac: an anonymous monitor). A monitor watches only connections of its own session: connections bound to that session (bind_session) or, for an anonymous monitor, unbound connections from its own source address; anything else is refused with forbidden, and so is a connection another monitor already watches.",
        messages=monitor.MESSAGES,
    ),
    "partq": PortSpec(
        id="partq",
        name="PartQ Retrieval Port",
        transport="tcp",
        numbers=(49201,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Retrieves the reports records stored inline in camera memory.",
        doc="The camera keeps the latest inspections' records (every datum of the job, with image if the job stores it) in a ring buffer of fixed depth. Clients use it to backfill records they missed.",
        messages=partq.MESSAGES,
    ),
    "report_control": PortSpec(
        id="report_control",
        name="Reports and Statistics Control Port",
        transport="tcp",
        numbers=(49202,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Allow control over a Report Connection, in particular update rate and allows records to be added/removed from the connection.",
        doc="Reports are named by the report_id their client chose, on the client's own report connection (the monitor session ties the two connections together).",
        messages=report_control.MESSAGES,
    ),
    "reports": PortSpec(
        id="reports",
        name="Reports and Statistics Port",
        transport="tcp",
        numbers=(49200,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="Used by FrontRunner and vskit programming library for camera reports. Reports are defined by the AVP and can include any results with or without images. Connections can be programmed to be lossless, i.e., inline with the Inspection or lossy, i.e., at a particular rate per second.",
        doc="open_report names the datums to report (by datum path) and the mode. A lossless report holds each inspection until the client acknowledges its record (bounded by a timeout, after which the record is only in PartQ); a lossy report sends at most rate_hz records per second and drops records while the client is busy.",
        messages=reports.MESSAGES,
    ),
    "rip": PortSpec(
        id="rip",
        name="Routing Port",
        transport="udp",
        numbers=(520,),
        standard=True,
        framing="raw_datagram",
        framing_kind="datagram",
        seed="Receives and updates local routing tables from the Network.",
        doc="RIP version 1 (RFC 1058) and 2 (RFC 2453). The camera listens and applies responses to its routing table (routeShow, web page); it does not advertise routes. Wireshark's own RIP dissector handles this port.",
        messages=rip.MESSAGES,
    ),
    "rpc": PortSpec(
        id="rpc",
        name="Camera RPC Port",
        transport="tcp",
        numbers=(49059,),
        standard=False,
        framing="vs1_frame",
        framing_kind="frame",
        seed="When in control, sends editing and runtime commands to the camera; for example, Start, Stop, Download, Flash, etc...",
        doc="Status and information for anyone; editing and runtime commands only for the client in control (see the login port). A job download is an FTP upload of the .avp file to the RAM drive followed by download_job.",
        messages=rpc.MESSAGES,
    ),
    "serial": PortSpec(
        id="serial",
        name="Serial TCP Ports",
        transport="tcp",
        numbers=(
            49211,
            49212,
            49213,
            49214,
        ),
        standard=False,
        framing="serial_line",
        framing_kind="lines",
        seed="Send Formatted Output Strings serially over TCP as programmed in the AVP by the Formatted Output Step",
        doc="Four ports, one per serial channel (1-4). The camera writes each formatted output string the job produces as one line; clients only read.",
        messages=serial.MESSAGES,
        terminator=b"\r\n",
        max_line=4096,
    ),
    "telnet": PortSpec(
        id="telnet",
        name="Telnet Port",
        transport="tcp",
        numbers=(23,),
        standard=True,
        framing="text",
        framing_kind="text",
        seed="Console terminal to the Device, runs the vxWorks OS console target shell.",
        doc='Telnet (RFC 854) to a vxWorks-style target shell with the prompt "-> ".',
        commands=(
            TextCommand("help", "Print this list"),
            TextCommand("version", "Print VxWorks and camera software version"),
            TextCommand("i", "Summarize tasks"),
            TextCommand("ifShow", "Show network interfaces"),
            TextCommand("routeShow", "Show the routing table"),
            TextCommand("bootParams", "Show the boot parameters"),
            TextCommand("exit", "Close the shell"),
            TextCommand("logout", "Close the shell"),
        ),
        pages=(),
        areas=(),
    ),
}
