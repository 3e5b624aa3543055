"""Synthetic packet captures for the VS-1 protocols.

:class:`CaptureWriter` writes deterministic classic-libpcap files (Ethernet/IPv4,
real TCP sessions and UDP datagrams with valid checksums) that Wireshark/tshark
and the generated Lua dissectors can read as if they were recorded on a wire.
"""

from vs1kit.pcap.writer import (
    DEFAULT_MSS,
    DEFAULT_START_TIME,
    DEFAULT_TICK_US,
    MAX_TCP_PAYLOAD,
    MAX_UDP_PAYLOAD,
    CaptureWriter,
    Endpoint,
    LinkType,
    TcpSession,
    mac_for_ip,
)

__all__ = [
    "DEFAULT_MSS",
    "DEFAULT_START_TIME",
    "DEFAULT_TICK_US",
    "MAX_TCP_PAYLOAD",
    "MAX_UDP_PAYLOAD",
    "CaptureWriter",
    "Endpoint",
    "LinkType",
    "TcpSession",
    "mac_for_ip",
]
