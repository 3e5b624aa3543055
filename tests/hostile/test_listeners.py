"""The camera's listeners under floods, at the descriptor limits cameras really run with."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from support.emulator import EmulatorFactory, wait_for
from support.wire_client import MonitoredClient, udp_login

from hostile.peers import connect
from vs1kit.client import Camera
from vs1kit.emulator import Limits
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.limits import ReplyBudget
from vs1kit.generated import enums, frames, login, monitor
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import auth
from vs1kit.protocol.framing import decode_datagram, encode_frame

# Thousands of held connections against a child process, and the controller's answers timed.
pytestmark = pytest.mark.alone

ATTACKERS = [f"127.0.0.{i}" for i in range(2, 10)]

# The emulator in a child process at the common 1,024-descriptor limit, standard ports on,
# logging WARNING and above to stderr; it prints its address and ports, then serves until its
# stdin closes.
CHILD = """
import asyncio, json, logging, resource, sys, tempfile
from pathlib import Path
from vs1kit.emulator import Emulator
from vs1kit.emulator.limits import ReplyBudget
from vs1kit.generated import enums, frames, login, monitor
from vs1kit.protocol import auth
from vs1kit.protocol.framing import decode_datagram, encode_frame
from vs1kit.generated.registry import PORTS

resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

async def main():
    emu = Emulator(port_map={n: 0 for p in PORTS.values() for n in p.numbers}, announce_interval=0,
                   standard_ports=True, workdir=Path(tempfile.mkdtemp(prefix="vs1-listeners-")))
    await emu.start()
    cam = emu.cameras[0]
    print(json.dumps({"host": cam.host, "ports": cam.ports(),
                      "max_connections": cam.limits.max_connections}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await emu.stop()

asyncio.run(main())
"""


class Child:
    def __init__(self, proc: subprocess.Popen[str], log: Path) -> None:
        self.proc = proc
        self.log = log
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the emulator child did not start: {log.read_text()[-2000:]}")
        info = json.loads(line)
        self.host: str = info["host"]
        self.ports: dict[str, list[int]] = info["ports"]
        self.max_connections: int = info["max_connections"]

    def port(self, port_id: str) -> int:
        return self.ports[port_id][0]

    def port_map(self) -> dict[int, int]:
        return {n: self.ports[pid][i] for pid, spec in PORTS.items()
                for i, n in enumerate(spec.numbers) if self.ports.get(pid, [])[i:i + 1]}


@pytest.fixture
def child() -> Iterator[Child]:
    with tempfile.TemporaryDirectory(prefix="vs1-listeners-log-") as tmp:
        log = Path(tmp) / "stderr"
        with log.open("w") as err:
            proc = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            yield Child(proc, log)
        finally:
            assert proc.stdin is not None
            proc.stdin.close()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()


def test_connection_flood_at_1024_descriptors_is_refused_by_the_caps_not_emfile(child: Child) -> None:
    """3,000 connections to three framed ports from 8 addresses, held open, against a camera
    limited to 1,024 descriptors with its standard servers on: the caps refuse the excess (one
    log line per address), the process never runs out of descriptors (no EMFILE traceback from
    the accept loop), and the controller keeps control and gets its answers."""

    async def main() -> None:
        async with Camera(child.host, port_map=child.port_map(), password="admin",
                          auto_reconnect=False) as cam:
            await cam.gain_control()
            await cam.get_status()
            held: list[asyncio.StreamWriter] = []

            async def one(i: int) -> None:
                with contextlib.suppress(OSError):
                    _, w = await connect(child.host, child.port(("rpc", "monitor", "partq")[i % 3]),
                                         ATTACKERS[i % 8])
                    held.append(w)

            try:
                for start in range(0, 3000, 1000):
                    await asyncio.gather(*(one(i) for i in range(start, start + 1000)))
                    await cam.get_status()
                for _ in range(20):
                    await asyncio.wait_for(cam.get_status(), 2.0)
                reply = await cam.take_control()
                assert reply.in_control
            finally:
                for w in held:
                    w.transport.abort()
            # The flood went past the cap: that is what made the camera refuse.
            assert len(held) > child.max_connections

    asyncio.run(asyncio.wait_for(main(), 120))
    log = child.log.read_text()
    assert "connection refused" in log, log[-2000:]
    assert "out of system resource" not in log and "Too many open files" not in log, log[-2000:]
    assert "Traceback" not in log, log[-2000:]


def test_a_watched_connection_arriving_later_wakes_the_watch_at_once() -> None:
    """The watch may be served before the camera has accepted the connection it names; it
    waits for the connection's registration, is woken by it (no polling), and a connection
    that never comes is refused after the full wait."""

    async def main() -> None:
        conns = Connections()
        conns.lines["serial"] = [set()]
        key = (7000, "127.0.0.1", 40000)
        waiting = asyncio.create_task(conns.arrived(key, 30.0))
        for _ in range(5):
            await asyncio.sleep(0)
        assert not waiting.done()
        conns.add_line("serial", 0, key, cast(asyncio.StreamWriter, object()))
        for _ in range(10):
            if waiting.done():
                break
            await asyncio.sleep(0)
        assert waiting.done() and waiting.result() is True  # loop turns, not the 30 s wait
        assert not conns._awaited
        loop = asyncio.get_running_loop()
        start = loop.time()
        assert await conns.arrived((7000, "127.0.0.1", 40001), 0.2) is False
        assert loop.time() - start >= 0.2 and not conns._awaited

    asyncio.run(asyncio.wait_for(main(), 10))


def test_watch_right_after_connect_is_never_refused(emulator: EmulatorFactory) -> None:
    """A client watches a connection as soon as its connect() returned (the race `vs1 live`
    met): serial connections need no binding, so the watch goes out with nothing in between,
    and every one is acknowledged; framed links (bound first, then watched) too."""

    async def main() -> None:
        async with emulator() as emu:
            cam = emu.cameras[0]
            good = MonitoredClient(cam, "good")
            await good.connect()
            await good.login_and_control()
            assert good.mon is not None
            held: list[asyncio.StreamWriter] = []
            try:
                for i in range(40):
                    number = cam.port("serial", i % 4)
                    _, w = await connect(cam.host, number, "127.0.0.1")
                    held.append(w)
                    local = w.get_extra_info("sockname")[1]
                    ack = await good.mon.request(monitor.Watch(port=number, client_port=local))
                    assert ack.watched == i + 1
                for port_id in ("rpc", "partq", "acquire"):
                    await good.open(port_id)
            finally:
                for w in held:
                    w.close()
            await good.close()

    asyncio.run(asyncio.wait_for(main(), 60))


def _old_cleartext_login(seq: int) -> bytes:
    """A login datagram as pre-challenge clients sent it: user and password in clear."""
    payload = bytes([5]) + b"admin" + bytes([5]) + b"admin"
    return frames.encode_vs1_frame_header(login.Login.CODE or 0, seq, len(payload), 0) + payload


def test_old_cleartext_login_is_told_to_use_the_challenge_within_a_reply_budget(
        emulator: EmulatorFactory) -> None:
    """A login datagram in the old layout gets bad_request naming login_start (the old client
    fails at once instead of timing out); a flood of them from one address gets at most the
    per-source budget of replies (no reflection), and a good request is still served."""

    async def main() -> None:
        async with emulator() as emu:
            cam = emu.cameras[0]
            loop = asyncio.get_running_loop()
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.bind(("127.0.0.1", 0))
                s.setblocking(False)
                target = (cam.host, cam.port("login"))
                s.sendto(_old_cleartext_login(1), target)
                frame = decode_datagram(await asyncio.wait_for(loop.sock_recv(s, 65535), 5.0))
                err = frames.ErrorReply.decode(frame.payload)
                assert frame.seq == 1 and err.request_type == login.Login.CODE
                assert err.status == enums.StatusCode.BAD_REQUEST
                assert "login_start" in err.detail and "challenge-response" in err.detail
                assert len(err.detail) <= 200

                for seq in range(2, 52):
                    s.sendto(_old_cleartext_login(seq), target)
                client = auth.ClientLogin("admin", "admin")
                s.sendto(encode_frame(login.LoginStart(user="admin", client_nonce=client.client_nonce), 99),
                         target)
                errors = 0
                while True:
                    frame = decode_datagram(await asyncio.wait_for(loop.sock_recv(s, 65535), 5.0))
                    if frame.seq == 99:
                        break
                    errors += 1
                assert frame.message_type == login.LoginChallenge.CODE
                # The budget (per address and second) answered at most two of the 51 (the
                # flood may straddle a second boundary: at most two windows).
                assert errors <= 2 * ReplyBudget().per_source - 1
                assert cam.bad_input.counts["bad datagram"] == 51

    asyncio.run(asyncio.wait_for(main(), 60))


def test_reply_budget_per_source_and_in_all() -> None:
    budget = ReplyBudget(per_source=2, total=3)
    assert [budget.take("a", now=10.0) for _ in range(3)] == [True, True, False]
    assert budget.take("b", now=10.5) is True
    assert budget.take("c", now=10.9) is False  # 3 in all this second
    assert budget.take("a", now=11.0) is True  # a new second
    assert budget.withheld == 2


def test_forged_flood_of_the_controllers_address_does_not_drop_its_proven_requests(
        emulator: EmulatorFactory) -> None:
    """Datagrams forging the controller's address fill that address's in-flight budget; the
    controller's own requests carry a valid session proof and are served from a budget of
    their own, while a request with a wrong proof is dropped like the flood."""

    async def main() -> None:
        limits = Limits(max_udp_inflight_per_source=8, max_udp_inflight=12, log_interval=60)
        async with emulator(limits=limits) as emu:
            cam = emu.cameras[0]
            wire = await udp_login(cam)
            port = cam.sockets.framed_udp["login"]
            forged = encode_frame(login.LoginStart(client_nonce=bytes(16), user="admin"), 1)
            loop = asyncio.get_running_loop()
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.bind(("127.0.0.1", 0))
                s.setblocking(False)
                me = ("127.0.0.1", s.getsockname()[1])
                # All in one loop turn, as a burst the loop reads at once.
                for _ in range(50):
                    port.datagram(forged, ("127.0.0.1", 40000))
                assert port.inflight["127.0.0.1"] == 8
                dropped = cam.bad_input.counts["datagram dropped"]
                wrong = auth.sign(login.TakeControl(), "login", bytes(32), wire.id, 10_000)
                port.datagram(encode_frame(wrong, 6), me)
                assert cam.bad_input.counts["datagram dropped"] == dropped + 1
                port.datagram(encode_frame(wire.sign(login.TakeControl()), 7), me)
                assert port.proven["127.0.0.1"] == 1
                frame = decode_datagram(await asyncio.wait_for(loop.sock_recv(s, 65535), 5.0))
                assert frame.seq == 7 and frame.message_type == login.ControlReply.CODE
                assert login.ControlReply.decode(frame.payload).in_control
            await wait_for(lambda: not port.inflight and not port.proven, what="burst served")

    asyncio.run(asyncio.wait_for(main(), 60))
