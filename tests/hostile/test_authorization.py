"""The regression suite of the authorization attacks of issue 10 ("Why"): each test sends the
attacker's frames (built here with the generated codecs, sent from raw sockets) to an emulated
camera, shows the attack refused, and shows a well-behaved client (logged in, monitor alive,
every connection bound and watched, in control) keeping its control and connections
throughout.

Addresses: the well-behaved client is 127.0.0.1. An attacker "on the same host" uses
127.0.0.1 too (the camera cannot tell them apart by address); one "elsewhere on the plant
network" uses 127.0.0.2 (`ATTACKER`). Spoofed datagrams are handed to the camera's datagram
path with the forged source address, as the kernel would deliver them.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ftplib
import http.client
import os
import time
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any

import pytest
from support.emulator import EmulatorFactory, wait_for
from support.wire_client import (
    CameraError,
    Link,
    MonitoredClient,
    UdpEndpoint,
    WireSession,
    udp_login,
    udp_request,
)

from hostile.peers import ATTACKER, Latency
from vs1kit.emulator import CameraServer
from vs1kit.emulator.monitors import WATCH_WAIT
from vs1kit.generated import enums, frames, io, login, monitor, report_control, reports, rpc, types
from vs1kit.protocol import auth
from vs1kit.protocol.framing import FrameDecoder, decode_message, encode_frame
from vs1kit.protocol.wire import Message

# The well-behaved client's requests must be answered fast (p99 < 0.1 s) beside the attacks.
pytestmark = pytest.mark.alone

S = enums.StatusCode
GOOD = "127.0.0.1"
SAME_HOST = GOOD
PASSWORD = "admin"


def run(fn: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 90))

    return wrapper


# ----------------------------------------------------------------------------- the two sides


class RawPeer:
    """An attacker's TCP connection: writes the frames it is given, reads what comes back."""

    def __init__(self, port_id: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.port_id = port_id
        self.reader = reader
        self.writer = writer
        self.decoder = FrameDecoder()
        self.seq = 0

    @classmethod
    async def open(cls, cam: CameraServer, port_id: str, source: str) -> RawPeer:
        r, w = await asyncio.open_connection(cam.host, cam.port(port_id), local_addr=(source, 0))
        return cls(port_id, r, w)

    @property
    def local_port(self) -> int:
        return int(self.writer.get_extra_info("sockname")[1])

    async def send(self, message: Message, timeout: float = 5.0) -> Message:
        """Send the attacker's frame; the camera's reply (an ErrorReply for a refusal)."""
        self.seq += 1
        self.writer.write(encode_frame(message, self.seq))
        while True:
            data = await asyncio.wait_for(self.reader.read(65536), timeout)
            assert data, "the camera closed the connection"
            for fr in self.decoder.feed(data):
                if fr.seq != self.seq:
                    continue  # an event (heartbeat) in between
                if fr.is_error:
                    return frames.ErrorReply.decode(fr.payload)
                return decode_message(self.port_id, fr)

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()


def _status(reply: Message) -> int:
    assert isinstance(reply, frames.ErrorReply), reply
    return int(reply.status)


class Good:
    """The well-behaved client: logged in, monitor alive, rpc/io/reports/report_control
    bound and watched, in control."""

    def __init__(self, client: MonitoredClient, links: dict[str, Link]) -> None:
        self.c = client
        self.links = links
        self.latency = Latency()

    @classmethod
    async def start(cls, cam: CameraServer) -> Good:
        c = MonitoredClient(cam, "good", source=GOOD)
        await c.login_and_control(PASSWORD)
        links = {p: await c.open(p) for p in ("rpc", "io", "reports", "report_control")}
        return cls(c, links)

    @property
    def wire(self) -> WireSession:
        assert self.c.wire is not None
        return self.c.wire

    async def still_fine(self) -> None:
        """Control held, every connection open, requests answered fast, control commands run."""
        cam = self.c.cam
        assert cam.security.holds(self.c.session)
        for link in [*self.links.values(), self.c.mon]:
            assert link is not None and not link.closed.is_set()
        for _ in range(10):
            await self.latency.time(self.links["rpc"].request(rpc.GetStatus(), timeout=2.0))
        await self.latency.time(self.links["rpc"].request(rpc.Stop(), timeout=2.0))
        assert self.latency.p99() < 0.1, self.latency.p99()

    async def close(self) -> None:
        await self.c.close()


# ----------------------------------------------------------------------------- the attacks


@run
async def test_monitor_watch_hijack_is_refused_even_from_the_same_host(emulator: EmulatorFactory) -> None:
    """hello(session=0) then watch(port, client_port=<victim's port>): the victim's connection
    is not attached to the attacker's monitor, closing that monitor costs the victim nothing,
    and blind guessing gets the same slow refusal whether a port is in use or not."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        victim_rpc = good.links["rpc"]
        mon = await RawPeer.open(cam, "monitor", SAME_HOST)
        ack = await mon.send(monitor.Hello(interval_ms=1000, client_name="attacker"))
        assert isinstance(ack, monitor.HelloAck)  # an anonymous monitor is fine...
        # ... but it cannot watch the victim's connection, even knowing its client port.
        t0 = time.monotonic()
        hijack = await mon.send(monitor.Watch(port=cam.port("rpc"), client_port=victim_rpc.local_port))
        hit = time.monotonic() - t0
        assert _status(hijack) == S.FORBIDDEN
        watcher = cam.monitors.watcher((cam.port("rpc"), GOOD, victim_rpc.local_port))
        assert watcher is not None and watcher.session == good.c.session
        # Blind guessing: a port nobody uses is refused the same way, after the same time.
        t0 = time.monotonic()
        miss = await mon.send(monitor.Watch(port=cam.port("rpc"), client_port=1))
        missed = time.monotonic() - t0
        assert isinstance(miss, frames.ErrorReply) and isinstance(hijack, frames.ErrorReply)
        assert miss.status == S.FORBIDDEN
        assert miss.detail == hijack.detail.replace(str(victim_rpc.local_port), "1")
        assert hit >= 0.9 * WATCH_WAIT and missed >= 0.9 * WATCH_WAIT
        # Watching its own (unbound) connection works: the rule is ownership, not a ban.
        own = await RawPeer.open(cam, "rpc", SAME_HOST)
        mine = await mon.send(monitor.Watch(port=cam.port("rpc"), client_port=own.local_port))
        assert isinstance(mine, monitor.WatchAck) and mine.watched == 1
        # The attacker goes away: only its own connection goes with it.
        await mon.close()
        await wait_for(lambda: not cam.monitors.by_id.get(ack.monitor_id), what="attacker's monitor gone")
        await good.still_fine()
        await own.close()
        await good.close()


@run
async def test_session_id_from_another_address_is_refused(emulator: EmulatorFactory) -> None:
    """The session id (public) and even a victim's valid proof, used from another address:
    take_control, bind_session and hello are refused with not_logged_in."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        sid = good.c.session
        # What a sniffer saw: a valid proof the victim made (never sent, so still fresh).
        sniffed_take = good.wire.sign(login.TakeControl())
        sniffed_bind = good.wire.sign(frames.BindSession(), "rpc")
        sniffed_hello = good.wire.sign(monitor.Hello(interval_ms=500, client_name="x"), "monitor")
        ep = UdpEndpoint(cam, ATTACKER)
        try:
            for forged in (sniffed_take, login.TakeControl(auth=types.SessionProof(session=sid, counter=99, mac=bytes(16)))):
                try:
                    await ep.request(forged)
                    raise AssertionError("take_control from another address was served")
                except CameraError as err:
                    assert err.status == S.NOT_LOGGED_IN
        finally:
            ep.close()
        rpc_peer = await RawPeer.open(cam, "rpc", ATTACKER)
        assert _status(await rpc_peer.send(sniffed_bind)) == S.NOT_LOGGED_IN
        assert _status(await rpc_peer.send(rpc.Stop())) == S.NOT_LOGGED_IN
        mon = await RawPeer.open(cam, "monitor", ATTACKER)
        assert _status(await mon.send(sniffed_hello)) == S.NOT_LOGGED_IN
        await rpc_peer.close()
        await mon.close()
        assert cam.security.control.session == sid and cam.security.holder_ip == GOOD
        await good.still_fine()
        await good.close()


@run
async def test_replayed_and_forged_proofs_are_refused(emulator: EmulatorFactory) -> None:
    """A captured datagram replayed (even from the victim's own address), a forged mac, and a
    valid proof moved onto another body are all refused; the victim's session is untouched."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        # The victim's own take_control, captured on the wire, then replayed by an attacker
        # who can send from the victim's address.
        take = good.wire.sign(login.TakeControl())
        captured = encode_frame(take, 41)
        assert (await udp_request(cam, take, seq=41)).in_control
        port = cam.sockets.framed_udp["login"]
        replies: list[bytes] = []
        port.send = lambda data, addr: replies.append(data)  # type: ignore[method-assign]
        port.datagram(captured, (GOOD, 40000))
        await wait_for(lambda: len(replies) == 1, what="the replay's answer")
        assert frames.ErrorReply.decode(FrameDecoder().feed(replies[0])[0].payload).status == S.NOT_LOGGED_IN
        del port.send
        # The victim's logout, forged: the right session, a fresh counter, a made-up mac.
        forged = login.Logout(auth=types.SessionProof(session=good.c.session, counter=10_000,
                                                      mac=os.urandom(16)))
        try:
            await udp_request(cam, forged)
            raise AssertionError("a forged logout was served")
        except CameraError as err:
            assert err.status == S.NOT_LOGGED_IN
        # A proof made for one network configuration, attached to another.
        mine = types.NetworkConfig(dhcp=False, ip="127.0.0.1", mask="255.0.0.0", gateway="0.0.0.0", name="Mine")
        evil = types.NetworkConfig(dhcp=False, ip="10.6.6.6", mask="255.0.0.0", gateway="0.0.0.0", name="Evil")
        signed = good.wire.sign(login.SetNetwork(config=mine))
        try:
            await udp_request(cam, login.SetNetwork(auth=signed.auth, config=evil))
            raise AssertionError("a proof on another body was served")
        except CameraError as err:
            assert err.status == S.NOT_LOGGED_IN
        assert cam.model.config.name != "Evil"
        # A replayed bind_session on a fresh connection from the victim's address.
        bind = good.wire.sign(frames.BindSession(), "rpc")
        first = await RawPeer.open(cam, "rpc", SAME_HOST)
        assert isinstance(await first.send(bind), frames.BindAck)
        second = await RawPeer.open(cam, "rpc", SAME_HOST)
        assert _status(await second.send(bind)) == S.NOT_LOGGED_IN
        assert _status(await second.send(rpc.Stop())) == S.NOT_LOGGED_IN
        await first.close()
        await second.close()
        assert cam.security.valid(good.c.session)
        await good.still_fine()
        await good.close()


@run
async def test_io_writes_and_virtual_triggers_need_control(emulator: EmulatorFactory) -> None:
    """write_point(8, 1) on a physical output and a virtual write that would trigger an
    inspection: refused without a session (not_logged_in) and for a session without control
    (not_in_control); the controller's own writes work."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        v0 = 16
        await good.links["rpc"].request(rpc.SetTrigger(trigger_mode=enums.TriggerMode.VIRTUAL_IO,
                                                       rate_hz=0, input_point=v0))
        before = cam.model.inspections
        anyone = await RawPeer.open(cam, "io", ATTACKER)
        assert _status(await anyone.send(io.WritePoint(point=8, state=True, pulse_ms=0))) == S.NOT_LOGGED_IN
        assert _status(await anyone.send(io.WritePoint(point=v0, state=True, pulse_ms=0))) == S.NOT_LOGGED_IN
        # Reading stays open.
        states = await anyone.send(io.ReadPoints(first=8, count=1))
        assert isinstance(states, io.PointStates) and states.states == [False]
        # A second user who knows the password but does not hold control.
        viewer = await udp_login(cam, source="127.0.0.3")
        vio = await RawPeer.open(cam, "io", "127.0.0.3")
        assert isinstance(await vio.send(viewer.sign(frames.BindSession(), "io")), frames.BindAck)
        assert _status(await vio.send(io.WritePoint(point=8, state=True, pulse_ms=0))) == S.NOT_IN_CONTROL
        assert _status(await vio.send(io.WritePoint(point=v0, state=True, pulse_ms=0))) == S.NOT_IN_CONTROL
        assert cam.model.io.states[8] is False and cam.model.io.states[v0] is False
        assert cam.model.inspections == before
        # The controller's virtual write triggers an inspection.
        await good.links["io"].request(io.WritePoint(point=v0, state=True, pulse_ms=20))
        await wait_for(lambda: cam.model.inspections == before + 1, what="the controller's V0 inspection")
        await anyone.close()
        await vio.close()
        await good.still_fine()
        await good.close()


@run
async def test_report_control_of_another_session_is_forbidden(emulator: EmulatorFactory) -> None:
    """pause_report / add_datums on the victim's report from an anonymous monitor on the same
    host and from another logged-in session: forbidden, the report keeps delivering."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        rep = good.links["reports"]
        await rep.request(reports.OpenReport(report_id=1, mode=enums.ReportMode.LOSSY, rate_hz=1000.0,
                                             datums=["Inspection.Number"]))
        # Same host, anonymous, with its own monitor watching its report-control connection.
        mon = await RawPeer.open(cam, "monitor", SAME_HOST)
        await mon.send(monitor.Hello(interval_ms=1000, client_name="attacker"))
        ctl = await RawPeer.open(cam, "report_control", SAME_HOST)
        assert isinstance(await mon.send(monitor.Watch(port=cam.port("report_control"),
                                                       client_port=ctl.local_port)), monitor.WatchAck)
        listed = await ctl.send(report_control.ListReports())
        assert isinstance(listed, report_control.ReportList) and listed.reports == []
        assert _status(await ctl.send(report_control.PauseReport(report_id=1))) == S.FORBIDDEN
        assert _status(await ctl.send(report_control.AddDatums(report_id=1, paths=["Blob1.Area"]))) == S.FORBIDDEN
        assert _status(await ctl.send(report_control.SetRate(report_id=1, rate_hz=0.01))) == S.FORBIDDEN
        # Another session (it knows the password, it is not the report's): forbidden too.
        other = await udp_login(cam, source="127.0.0.3")
        octl = await RawPeer.open(cam, "report_control", "127.0.0.3")
        await octl.send(other.sign(frames.BindSession(), "report_control"))
        assert _status(await octl.send(report_control.PauseReport(report_id=1))) == S.FORBIDDEN
        # The victim's report is neither paused nor changed, and it still delivers.
        (info,) = (await good.links["report_control"].request(report_control.ListReports())).reports
        assert not info.state & 1 and info.datum_count == 1
        await good.links["rpc"].request(rpc.Trigger(count=1))
        record = await rep.next_event(reports.ReportRecord)
        assert record.report_id == 1
        for peer in (mon, ctl, octl):
            await peer.close()
        await good.still_fine()
        await good.close()


def _http_try(port: int, source: str, password: str) -> int:
    """One HTTP Basic try (a form the camera would refuse as bad input once authorized)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5.0, source_address=(source, 0))
    try:
        token = base64.b64encode(f"admin:{password}".encode()).decode()
        c.request("POST", "/", body="ip=not-an-address",
                  headers={"Authorization": f"Basic {token}",
                           "Content-Type": "application/x-www-form-urlencoded"})
        return c.getresponse().status
    finally:
        c.close()


def _ftp_try(port: int, source: str, password: str) -> str:
    with ftplib.FTP(source_address=(source, 0), timeout=5.0) as f:
        f.connect("127.0.0.1", port)
        try:
            f.login("admin", password)
        except ftplib.error_perm as exc:
            return str(exc)
        return "accepted"


@run
async def test_http_basic_and_ftp_guessing_is_throttled(emulator: EmulatorFactory) -> None:
    """Guessing as fast as the attacker can for 2 s: only a handful of guesses reach the
    password check (the rest are refused unchecked: 429 / 530 Too many), per source; and a
    burst of failures on the account from many sources delays every source without a good
    record, but not the controller's."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        http_port, ftp_port = cam.port("http"), cam.port("ftp")
        statuses: list[int] = []
        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            statuses.append(await asyncio.to_thread(_http_try, http_port, ATTACKER, "guess"))
        checked = statuses.count(401)
        assert statuses.count(429) == len(statuses) - checked and len(statuses) > checked
        assert checked <= 5, statuses  # 3 free, then 1 s and 2 s of backoff
        # Even the right password is refused unchecked while the source waits.
        assert await asyncio.to_thread(_http_try, http_port, ATTACKER, PASSWORD) == 429
        answers: list[str] = []
        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            answers.append(await asyncio.to_thread(_ftp_try, ftp_port, "127.0.0.4", "guess"))
        ftp_checked = sum("incorrect" in a for a in answers)
        assert ftp_checked <= 5 and all("530" in a for a in answers), answers
        # Many sources, one failure each (some already delayed by the account's burst): a
        # new source is delayed...
        for i in range(12):
            assert await asyncio.to_thread(_http_try, http_port, f"127.0.1.{i + 1}", "guess") in (401, 429)
        assert await asyncio.to_thread(_http_try, http_port, "127.0.1.50", PASSWORD) == 429
        # ... but not the controller's address (it logged in, it holds a live session).
        assert await asyncio.to_thread(_http_try, http_port, GOOD, PASSWORD) == 400
        assert await asyncio.to_thread(_ftp_try, ftp_port, GOOD, PASSWORD) == "accepted"
        await good.still_fine()
        await good.close()


@run
async def test_spoofed_wrong_passwords_cannot_lock_out_the_controller(emulator: EmulatorFactory) -> None:
    """Login datagrams with the controller's address forged as their source: the spoofer
    never sees a challenge, so its proofs never count as failures of that address; and real
    failures on the account from elsewhere do not delay the controller either."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await Good.start(cam)
        port = cam.sockets.framed_udp["login"]
        sent: list[bytes] = []
        port.send = lambda data, addr: sent.append(data)  # type: ignore[method-assign]  # replies go to the real controller
        for i in range(200):
            spoofed = login.Login(client_nonce=os.urandom(16), server_nonce=os.urandom(16),
                                  proof=os.urandom(32), user="admin")
            port.datagram(encode_frame(spoofed, i + 1), (GOOD, 50000 + i % 7))
            if i % 20 == 19:
                count = i + 1
                await wait_for(lambda: len(sent) == count, what="spoofed datagrams answered")  # noqa: B023
        statuses = {int(frames.ErrorReply.decode(FrameDecoder().feed(d)[0].payload).status) for d in sent}
        assert statuses == {S.BAD_REQUEST}  # no such challenge: not a password failure
        assert cam.security.throttle.wait(GOOD, "admin", time.monotonic()) == 0
        del port.send  # the flood's challenges go to the controller's address (unused ports)
        # The controller starts a login; a flood of forged login_start datagrams from its
        # address (every port) follows before it answers: challenges are cookies, nothing is
        # pushed out, and its answer is accepted.
        ep = UdpEndpoint(cam, GOOD)
        client = auth.ClientLogin("admin", PASSWORD)
        ch = await ep.request(login.LoginStart(client_nonce=client.client_nonce, user="admin"))
        for i in range(500):
            data = encode_frame(login.LoginStart(client_nonce=os.urandom(16), user="admin"), i + 1)
            port.datagram(data, (GOOD, 1024 + i))
            if i % 20 == 19:
                await wait_for(lambda: not port.inflight, what="flood served")
        proof = client.answer(bytes(ch.server_nonce), bytes(ch.salt), ch.iterations, int(ch.kdf), GOOD)
        reply = await ep.request(login.Login(client_nonce=client.client_nonce,
                                             server_nonce=ch.server_nonce, proof=proof, user="admin"))
        ep.close()
        assert reply.session and client.finish(bytes(reply.server_signature))
        # Real wrong passwords on the account from other addresses (they do get challenges).
        for i in range(12):
            try:
                await udp_login(cam, password="guess", source=f"127.0.2.{i + 1}")
            except CameraError as err:  # wrong, or already delayed by the account's burst
                assert err.status in (S.BAD_PASSWORD, S.THROTTLED)
        try:
            await udp_login(cam, source="127.0.2.99")
            raise AssertionError("a source without a good record got in during the burst")
        except CameraError as err:
            assert err.status == S.THROTTLED
        # The controller logs in again whenever it wants.
        again = await udp_login(cam, source=GOOD)
        assert again.id and again.id != good.c.session
        await good.still_fine()
        await good.close()


@run
async def test_udp_only_control_expires_within_the_heartbeat_timeout(emulator: EmulatorFactory) -> None:
    """take_control over UDP by a client that then vanishes: released after the grace (one
    heartbeat timeout, 2 s), not 300 s; a client with a live monitor keeps control."""
    async with emulator() as emu:
        cam = emu.cameras[0]
        lone = await udp_login(cam, source="127.0.0.3")
        got = await udp_request(cam, lone.sign(login.TakeControl()), source="127.0.0.3")
        assert got.in_control
        t0 = time.monotonic()
        await wait_for(lambda: cam.security.control.session == 0, timeout=5.0, what="control released")
        held = time.monotonic() - t0
        assert held <= cam.security.control_grace + 1.0, held  # the grace, plus a tick under load
        good = await Good.start(cam)
        # Several grace periods later the monitored controller still holds control.
        deadline = time.monotonic() + 3 * cam.security.control_grace
        while time.monotonic() < deadline:
            await good.still_fine()
        await good.close()
