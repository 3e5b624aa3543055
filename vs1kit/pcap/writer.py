"""Deterministic synthetic capture writer (classic libpcap, built on dpkt).

The writer produces captures that look like real traffic to Wireshark/tshark:
Ethernet + IPv4 + TCP/UDP with valid checksums, real TCP handshakes, correct
sequence/acknowledgement numbers, peer ACKs and FIN teardown. Nothing depends on
the wall clock or on randomness: timestamps come from a virtual clock and TCP
initial sequence numbers are derived from the endpoints, so identical calls give
byte-identical files. That lets tests and ``vs1 pcap`` produce reproducible
captures for the Lua dissectors.

Example::

    with CaptureWriter("out.pcap") as cap:
        tcp = cap.tcp_session(client=("10.0.0.2", 50123), server=("10.0.0.1", 49059))
        tcp.send(True, request_pdu)
        tcp.send(False, big_response_pdu)          # split into MSS-sized segments
        tcp.send_coalesced(False, [pdu1, pdu2])    # two PDUs in one segment
        tcp.close()
        cap.udp(("10.0.0.1", 49060), ("255.255.255.255", 49060), discovery_pdu)
"""

from __future__ import annotations

import functools
import ipaddress
import os
import struct
import zlib
from collections.abc import Sequence
from enum import IntEnum
from types import TracebackType
from typing import BinaryIO

import dpkt

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

Endpoint = tuple[str, int]
"""An ``(IPv4 address, port)`` pair, e.g. ``("10.0.0.1", 49059)``."""


class LinkType(IntEnum):
    """Link-layer header type written into the pcap file header."""

    ETHERNET = 1  # LINKTYPE_ETHERNET / DLT_EN10MB
    RAW = 101  # LINKTYPE_RAW: frames are bare IPv4 packets, no Ethernet header


# Fixed default epoch (2023-11-14T22:13:20Z) so files never depend on "now".
DEFAULT_START_TIME = 1_700_000_000.0
# Virtual time between two consecutive frames. 100 us keeps timestamps realistic
# for a LAN and strictly increasing, which Wireshark's TCP analysis likes.
DEFAULT_TICK_US = 100
DEFAULT_MSS = 1460  # Ethernet MTU 1500 - 20 (IPv4) - 20 (TCP)

_IPV4_MAX_TOTAL_LEN = 65535  # the IPv4 total-length field is 16 bits
_IPV4_HDR_LEN = 20
_TCP_HDR_LEN = 20
_UDP_HDR_LEN = 8
MAX_TCP_PAYLOAD = _IPV4_MAX_TOTAL_LEN - _IPV4_HDR_LEN - _TCP_HDR_LEN  # 65495
MAX_UDP_PAYLOAD = _IPV4_MAX_TOTAL_LEN - _IPV4_HDR_LEN - _UDP_HDR_LEN  # 65507

# Large enough for an Ethernet frame carrying a maximal IPv4 packet (65535 + 14);
# 262144 is also what tcpdump and Wireshark use by default.
_SNAPLEN = 262144
# Advertised receive window on both sides (no window scaling is negotiated).
_TCP_WINDOW = 65535
_TTL = 64
_BROADCAST_MAC = b"\xff" * 6
_LIMITED_BROADCAST = ipaddress.IPv4Address("255.255.255.255")

# Per-frame pcap record header: seconds, microseconds, captured length, original
# length (little-endian like the file header; frames are never truncated).
_RECORD_HEADER = struct.Struct("<IIII")

_SYN = dpkt.tcp.TH_SYN
_ACK = dpkt.tcp.TH_ACK
_FIN = dpkt.tcp.TH_FIN
_PSH = dpkt.tcp.TH_PUSH


@functools.lru_cache(maxsize=4096)
def mac_for_ip(ip: str) -> bytes:
    """Return the deterministic MAC address used for ``ip`` in generated frames.

    * ``255.255.255.255`` maps to the broadcast MAC ``ff:ff:ff:ff:ff:ff``.
    * Multicast groups map to ``01:00:5e`` + the low 23 bits (RFC 1112).
    * Any other address maps to ``02:00:<a>:<b>:<c>:<d>``: the ``02`` marks a
      locally administered unicast address, so it never collides with a real
      vendor OUI, and the IP can be read straight off the MAC in Wireshark.
    """
    addr = ipaddress.IPv4Address(ip)
    if addr == _LIMITED_BROADCAST:
        return _BROADCAST_MAC
    if addr.is_multicast:
        return b"\x01\x00\x5e" + (int(addr) & 0x7FFFFF).to_bytes(3, "big")
    return b"\x02\x00" + addr.packed


def _parse_mac(mac: bytes | str) -> bytes:
    """Accept ``b"\\x02..."`` (6 bytes) or ``"02:00:0a:00:00:01"``."""
    raw = bytes.fromhex(mac.replace(":", "").replace("-", "")) if isinstance(mac, str) else mac
    if len(raw) != 6:
        raise ValueError(f"MAC address must be 6 bytes, got {mac!r}")
    return raw


def _check_endpoint(endpoint: Endpoint) -> Endpoint:
    ip, port = endpoint
    ipaddress.IPv4Address(ip)  # raises ValueError with a clear message
    if not 0 <= port <= 65535:
        raise ValueError(f"port out of range in {endpoint!r}")
    return ip, port


def _default_isn(src: Endpoint, dst: Endpoint) -> int:
    """Deterministic initial sequence number for the ``src`` -> ``dst`` direction.

    crc32 (unlike ``hash()``) is stable across Python processes, and different
    connections get different ISNs, as on a real host.
    """
    return zlib.crc32(f"{src[0]}:{src[1]}>{dst[0]}:{dst[1]}".encode())


class CaptureWriter:
    """Write a classic libpcap file (microsecond timestamps) of synthetic traffic.

    Args:
        target: a file path (opened, owned and closed by the writer) or a binary
            file object opened for writing (flushed, but left open, on close).
        linktype: :attr:`LinkType.ETHERNET` (default) or :attr:`LinkType.RAW`.
        start_time: timestamp of the first frame, in seconds since the Unix epoch.
        tick_us: virtual microseconds between consecutive frames (>= 1).

    Every frame gets the current virtual time, then the clock advances by
    ``tick_us``; :meth:`advance` inserts longer gaps. The pcap headers are always
    little-endian, so the output is byte-identical on every machine.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | BinaryIO,
        linktype: LinkType = LinkType.ETHERNET,
        *,
        start_time: float = DEFAULT_START_TIME,
        tick_us: int = DEFAULT_TICK_US,
    ) -> None:
        if tick_us < 1:
            raise ValueError("tick_us must be >= 1 so timestamps strictly increase")
        if start_time < 0:
            raise ValueError("start_time must not be negative")
        self._linktype = LinkType(linktype)
        self._tick_us = tick_us
        # Integer microseconds: no float rounding can ever produce usec == 1_000_000.
        self._now_us = round(start_time * 1_000_000)
        self._frames = 0
        self._ip_ids: dict[str, int] = {}
        # Caches: parsing addresses and packing identical Ethernet headers for every
        # frame would otherwise dominate the run time of large captures.
        self._packed_ips: dict[str, bytes] = {}
        self._eth_headers: dict[tuple[bytes, bytes], bytes] = {}
        self._closed = False

        if isinstance(target, str | os.PathLike):
            self._file: BinaryIO = open(target, "wb")  # noqa: SIM115 - closed in close()
            self._owns_file = True
        else:
            self._file = target
            self._owns_file = False

        # dpkt.pcap.Writer is not used: it writes in the host's byte order and takes
        # float timestamps. LEFileHdr pins little-endian; timestamps stay integers.
        header = dpkt.pcap.LEFileHdr(
            magic=dpkt.pcap.TCPDUMP_MAGIC, snaplen=_SNAPLEN, linktype=int(self._linktype)
        )
        self._file.write(bytes(header))

    # -- context manager -------------------------------------------------------

    def __enter__(self) -> CaptureWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush the output; close it too if the writer opened it. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._file.flush()
        if self._owns_file:
            self._file.close()

    # -- clock and counters ----------------------------------------------------

    @property
    def linktype(self) -> LinkType:
        return self._linktype

    @property
    def frame_count(self) -> int:
        """Number of frames written so far."""
        return self._frames

    @property
    def now(self) -> float:
        """Virtual timestamp (seconds) the next frame will get."""
        return self._now_us / 1_000_000

    def advance(self, seconds: float) -> None:
        """Move the virtual clock forward, e.g. to model idle time between requests."""
        if seconds < 0:
            raise ValueError("the virtual clock cannot go backwards")
        self._now_us += round(seconds * 1_000_000)

    # -- frame output ----------------------------------------------------------

    def write_frame(self, frame: bytes) -> None:
        """Write one complete link-layer frame at the current virtual time.

        Use this for hand-made frames (e.g. deliberately malformed ones); the
        frame must match the writer's :attr:`linktype`.
        """
        if self._closed:
            raise ValueError("CaptureWriter is closed")
        sec, usec = divmod(self._now_us, 1_000_000)
        size = len(frame)
        self._file.write(_RECORD_HEADER.pack(sec, usec, size, size))
        self._file.write(frame)
        self._now_us += self._tick_us
        self._frames += 1

    def _packed_ip(self, ip: str) -> bytes:
        packed = self._packed_ips.get(ip)
        if packed is None:
            packed = self._packed_ips[ip] = ipaddress.IPv4Address(ip).packed
        return packed

    def _eth_header(self, dst_mac: bytes, src_mac: bytes) -> bytes:
        header = self._eth_headers.get((dst_mac, src_mac))
        if header is None:
            eth = dpkt.ethernet.Ethernet(dst=dst_mac, src=src_mac, type=dpkt.ethernet.ETH_TYPE_IP)
            # Only the 14-byte header is packed; the IP packet is appended as bytes.
            header = self._eth_headers[(dst_mac, src_mac)] = eth.pack_hdr()
        return header

    def _write_ipv4(
        self,
        src_ip: str,
        dst_ip: str,
        transport: dpkt.tcp.TCP | dpkt.udp.UDP,
        *,
        dont_fragment: bool,
        dst_mac: bytes | None = None,
    ) -> None:
        # Per-source IP identification counter, like a real host's stack.
        ip_id = (self._ip_ids.get(src_ip, 0) + 1) & 0xFFFF
        self._ip_ids[src_ip] = ip_id
        proto = (
            dpkt.ip.IP_PROTO_TCP if isinstance(transport, dpkt.tcp.TCP) else dpkt.ip.IP_PROTO_UDP
        )
        packet = dpkt.ip.IP(
            src=self._packed_ip(src_ip),
            dst=self._packed_ip(dst_ip),
            p=proto,
            ttl=_TTL,
            id=ip_id,
            data=transport,
        )
        packet.df = int(dont_fragment)
        # With sum == 0, dpkt fills in the IP total length, the IP header checksum
        # and the TCP/UDP checksum (including the pseudo-header) when packing.
        ip_bytes = bytes(packet)
        if self._linktype is LinkType.RAW:
            self.write_frame(ip_bytes)
            return
        if dst_mac is None:
            dst_mac = mac_for_ip(dst_ip)
        self.write_frame(self._eth_header(dst_mac, mac_for_ip(src_ip)) + ip_bytes)

    # -- UDP -------------------------------------------------------------------

    def udp(
        self,
        src: Endpoint,
        dst: Endpoint,
        payload: bytes,
        *,
        dst_mac: bytes | str | None = None,
    ) -> None:
        """Write one UDP datagram from ``src`` to ``dst``.

        ``255.255.255.255`` (and multicast groups) get the matching destination MAC
        automatically; pass ``dst_mac`` for e.g. a subnet-directed broadcast
        (``10.0.0.255`` -> ``"ff:ff:ff:ff:ff:ff"``), whose netmask the writer
        cannot know.
        """
        src_ip, src_port = _check_endpoint(src)
        dst_ip, dst_port = _check_endpoint(dst)
        if len(payload) > MAX_UDP_PAYLOAD:
            raise ValueError(
                f"UDP payload of {len(payload)} bytes exceeds the IPv4 limit of {MAX_UDP_PAYLOAD}"
            )
        datagram = dpkt.udp.UDP(
            sport=src_port, dport=dst_port, ulen=_UDP_HDR_LEN + len(payload), data=bytes(payload)
        )
        self._write_ipv4(
            src_ip,
            dst_ip,
            datagram,
            dont_fragment=False,
            dst_mac=None if dst_mac is None else _parse_mac(dst_mac),
        )

    # -- TCP -------------------------------------------------------------------

    def tcp_session(
        self,
        client: Endpoint,
        server: Endpoint,
        *,
        mss: int = DEFAULT_MSS,
        client_isn: int | None = None,
        server_isn: int | None = None,
        ack_every: int = 1,
    ) -> TcpSession:
        """Open a TCP connection: writes SYN, SYN/ACK and ACK immediately.

        Args:
            client: the connecting side (ephemeral port).
            server: the listening side.
            mss: maximum segment size announced in the SYNs and used to split data.
            client_isn / server_isn: initial sequence numbers; by default they are
                derived from the endpoints (deterministic). Pass values near
                2**32 to exercise sequence-number wrap-around.
            ack_every: the receiver sends a pure ACK after this many data
                segments (1 = after each one; 2 = like delayed ACK) and always
                after the last segment of a :meth:`TcpSession.send` call.
        """
        return TcpSession(
            self,
            client,
            server,
            mss=mss,
            client_isn=client_isn,
            server_isn=server_isn,
            ack_every=ack_every,
        )


class _Side:
    """Send-direction state of one TCP endpoint."""

    __slots__ = ("ip", "next_seq", "port", "sent")

    def __init__(self, endpoint: Endpoint, isn: int) -> None:
        self.ip, self.port = endpoint
        self.next_seq = isn & 0xFFFFFFFF  # next sequence number this side will use
        self.sent = 0  # application bytes sent (excludes SYN/FIN)


class TcpSession:
    """One TCP connection inside a :class:`CaptureWriter`.

    Create it with :meth:`CaptureWriter.tcp_session`; the handshake is written on
    creation. Can be used as a context manager that calls :meth:`close` on exit.
    """

    def __init__(
        self,
        writer: CaptureWriter,
        client: Endpoint,
        server: Endpoint,
        *,
        mss: int = DEFAULT_MSS,
        client_isn: int | None = None,
        server_isn: int | None = None,
        ack_every: int = 1,
    ) -> None:
        client = _check_endpoint(client)
        server = _check_endpoint(server)
        if not 1 <= mss <= MAX_TCP_PAYLOAD:
            raise ValueError(f"mss must be between 1 and {MAX_TCP_PAYLOAD} (IPv4 limit)")
        if ack_every < 1:
            raise ValueError("ack_every must be >= 1")
        self._writer = writer
        self._mss = mss
        self._ack_every = ack_every
        self._client = _Side(
            client, _default_isn(client, server) if client_isn is None else client_isn
        )
        self._server = _Side(
            server, _default_isn(server, client) if server_isn is None else server_isn
        )
        self._closed = False
        self._handshake()

    # -- public API ------------------------------------------------------------

    @property
    def client(self) -> Endpoint:
        return self._client.ip, self._client.port

    @property
    def server(self) -> Endpoint:
        return self._server.ip, self._server.port

    @property
    def mss(self) -> int:
        return self._mss

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def client_bytes(self) -> int:
        """Application bytes sent so far from client to server."""
        return self._client.sent

    @property
    def server_bytes(self) -> int:
        """Application bytes sent so far from server to client."""
        return self._server.sent

    def send(
        self,
        from_client: bool,
        data: bytes,
        segment_sizes: Sequence[int] | None = None,
    ) -> None:
        """Send ``data`` in one direction, followed by the peer's ACK(s).

        Without ``segment_sizes`` the data is split into MSS-sized segments. With
        it, the given sizes are used in order (each 1..:data:`MAX_TCP_PAYLOAD`;
        they may exceed the MSS, like offloaded captures) and whatever remains is
        split by MSS. This lets tests put PDU boundaries anywhere, e.g.
        ``[1, 3, ...]`` to split a header across segments. The last segment
        carries PSH.
        """
        if not data:
            raise ValueError("send() needs at least one byte; use close() for FIN")
        sizes = self._plan_segments(len(data), segment_sizes)
        sender, receiver = self._direction(from_client)
        view = memoryview(data)
        offset = 0
        unacked_bytes = 0
        unacked_segments = 0
        for index, size in enumerate(sizes):
            # The receiver acknowledges before the sender would fill its advertised
            # window; otherwise Wireshark reports "TCP Window Full".
            if unacked_bytes and unacked_bytes + size >= _TCP_WINDOW:
                self._pure_ack(receiver, sender)
                unacked_bytes = unacked_segments = 0
            last = index == len(sizes) - 1
            flags = _ACK | _PSH if last else _ACK
            self._segment(sender, receiver, flags, bytes(view[offset : offset + size]))
            offset += size
            unacked_bytes += size
            unacked_segments += 1
            if last or unacked_segments >= self._ack_every:
                self._pure_ack(receiver, sender)
                unacked_bytes = unacked_segments = 0

    def send_coalesced(self, from_client: bool, pdus: Sequence[bytes]) -> None:
        """Send several PDUs back to back in a single TCP segment, then the peer's ACK.

        The combined size may exceed the MSS but not :data:`MAX_TCP_PAYLOAD`.
        """
        payload = b"".join(pdus)
        if not payload:
            raise ValueError("send_coalesced() needs at least one non-empty PDU")
        if len(payload) > MAX_TCP_PAYLOAD:
            raise ValueError(
                f"{len(payload)} bytes do not fit in one IPv4 TCP segment (max {MAX_TCP_PAYLOAD})"
            )
        self.send(from_client, payload, [len(payload)])

    def close(self, from_client: bool = True) -> None:
        """Tear the connection down: FIN/ACK, FIN/ACK from the peer, final ACK.

        Idempotent: closing an already closed session does nothing.
        """
        if self._closed:
            return
        closer, peer = self._direction(from_client)
        self._segment(closer, peer, _FIN | _ACK, b"", seq_space=1)
        self._segment(peer, closer, _FIN | _ACK, b"", seq_space=1)
        self._segment(closer, peer, _ACK, b"")
        self._closed = True

    def __enter__(self) -> TcpSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals -------------------------------------------------------------

    def _direction(self, from_client: bool) -> tuple[_Side, _Side]:
        if self._closed:
            raise ValueError("TCP session is already closed")
        return (self._client, self._server) if from_client else (self._server, self._client)

    def _plan_segments(self, total: int, segment_sizes: Sequence[int] | None) -> list[int]:
        sizes: list[int] = []
        remaining = total
        for size in segment_sizes or ():
            if not 1 <= size <= MAX_TCP_PAYLOAD:
                raise ValueError(f"segment size {size} outside 1..{MAX_TCP_PAYLOAD}")
            if size > remaining:
                raise ValueError(f"segment sizes add up to more than the {total} bytes of data")
            sizes.append(size)
            remaining -= size
        full, rest = divmod(remaining, self._mss)
        sizes.extend([self._mss] * full)
        if rest:
            sizes.append(rest)
        return sizes

    def _handshake(self) -> None:
        # MSS option (kind 2, length 4) as a real stack announces it in SYNs.
        mss_option = bytes([2, 4]) + self._mss.to_bytes(2, "big")
        client, server = self._client, self._server
        self._segment(client, server, _SYN, b"", seq_space=1, options=mss_option, ack=0)
        self._segment(server, client, _SYN | _ACK, b"", seq_space=1, options=mss_option)
        self._segment(client, server, _ACK, b"")

    def _pure_ack(self, sender: _Side, receiver: _Side) -> None:
        self._segment(sender, receiver, _ACK, b"")

    def _segment(
        self,
        sender: _Side,
        receiver: _Side,
        flags: int,
        payload: bytes,
        *,
        seq_space: int = 0,
        options: bytes = b"",
        ack: int | None = None,
    ) -> None:
        """Write one segment and advance the sender's sequence number.

        ``seq_space`` is the extra sequence number consumed by SYN or FIN.
        """
        segment = dpkt.tcp.TCP(
            sport=sender.port,
            dport=receiver.port,
            seq=sender.next_seq,
            ack=receiver.next_seq if ack is None else ack,
            flags=flags,
            win=_TCP_WINDOW,
            opts=options,
            data=payload,
        )
        segment.off = (_TCP_HDR_LEN + len(options)) // 4
        self._writer._write_ipv4(sender.ip, receiver.ip, segment, dont_fragment=True)
        sender.next_seq = (sender.next_seq + len(payload) + seq_space) & 0xFFFFFFFF
        sender.sent += len(payload)
