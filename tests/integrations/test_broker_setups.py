"""The bridge against Mosquitto set up as plants run it: TLS with password auth, and two
bridges side by side on one broker."""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import aiomqtt
import pytest
from client.conftest import emulated, port_map_of

from vs1kit.bridge import Bridge, BridgeSettings
from vs1kit.bridge.schema import load_section
from vs1kit.hub import CameraConfig
from vs1kit.integrations.mqtt import Config as MqttConfig


async def _until(predicate: Any, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def _certs(d: Path) -> tuple[Path, Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("the TLS test needs openssl")
    d.mkdir(parents=True, exist_ok=True)

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], cwd=d, check=True, capture_output=True)
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=vs1kit test CA",
        "-keyout", "ca.key", "-out", "ca.crt")
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key",
        "-out", "server.csr")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "2", "-extfile", "ext.cnf", "-out", "server.crt")
    return d / "ca.crt", d / "server.crt", d / "server.key"


def _passwd(d: Path, user: str, password: str) -> Path:
    tool = shutil.which("mosquitto_passwd") or "/usr/bin/mosquitto_passwd"
    path = d / "passwd"
    subprocess.run([tool, "-b", "-c", str(path), user, password], check=True, capture_output=True)
    path.chmod(0o600)
    return path


def test_tls_and_password(tmp_path: Path, broker_factory: Any) -> None:
    ca, cert, key = _certs(tmp_path / "pki")
    passwd = _passwd(tmp_path, "vs1", "s3cret")
    broker = broker_factory("tls", extra=(
        f"cafile {ca}\ncertfile {cert}\nkeyfile {key}\nallow_anonymous false\npassword_file {passwd}"))
    broker.start()

    async def scenario() -> None:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = CameraConfig("line1", server.host, port_map=port_map_of(server), password="admin",
                               poll_interval=0.2)

            def mqtt(password: str) -> MqttConfig:
                return load_section(MqttConfig, {
                    "port": broker.port, "username": "vs1", "password": password,
                    "tls": {"ca_certs": str(ca)}, "keepalive": 2, "state_interval": 0.1}, "mqtt")
            good = Bridge([cam], {"mqtt": mqtt("s3cret")}, BridgeSettings(id="tls", state_dir=str(tmp_path / "a")))
            # The second bridge only shows a wrong broker password: it follows the camera without
            # taking control (control belongs to one login session, the first bridge's).
            watcher = CameraConfig("line1", server.host, port_map=port_map_of(server), poll_interval=0.2)
            bad = Bridge([watcher], {"mqtt": mqtt("wrong")}, BridgeSettings(id="bad", state_dir=str(tmp_path / "b")))
            ctx = ssl.create_default_context(cafile=str(ca))
            seen: list[dict[str, Any]] = []
            async with aiomqtt.Client("127.0.0.1", broker.port, username="vs1", password="s3cret",
                                      tls_context=ctx, identifier="tls-observer") as obs:
                await obs.subscribe("vs1/line1/inspection", qos=1)

                async def collect() -> None:
                    async for msg in obs.messages:
                        seen.append(json.loads(msg.payload if isinstance(msg.payload, bytes) else b"{}"))
                collector = asyncio.create_task(collect())
                await good.start()
                await bad.start()
                try:
                    await good.entries["mqtt"].wait_connected()
                    await good.hub.wait_available()
                    r = await good.hub.command("line1", "trigger", {"count": 3})
                    assert r.ok, r
                    first = r.result["first_inspection"]
                    await _until(lambda: [m["inspection"] for m in seen] == [first, first + 1, first + 2])
                    # A wrong password never gets a session.
                    assert not bad.entries["mqtt"].connected and bad.entries["mqtt"].sessions == 0
                finally:
                    await bad.stop()
                    await good.stop()
                    collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 120))


def test_two_bridges_side_by_side(mosquitto: int, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with emulated(cameras=2) as emu:
            bridges = []
            for i, server in enumerate(emu.cameras, start=1):
                cam = CameraConfig(f"line{i}", server.host, port_map=port_map_of(server), password="admin",
                                   poll_interval=0.2)
                mqtt = load_section(MqttConfig, {"port": mosquitto, "state_interval": 0.1}, "mqtt")
                bridges.append(Bridge([cam], {"mqtt": mqtt},
                                      BridgeSettings(id=f"b{i}", state_dir=str(tmp_path / f"b{i}"))))
            seen: dict[str, list[Any]] = {}
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="pair-observer") as obs:
                await obs.subscribe("vs1/#", qos=1)

                async def collect() -> None:
                    async for msg in obs.messages:
                        raw = msg.payload.decode() if isinstance(msg.payload, bytes) else str(msg.payload)
                        seen.setdefault(str(msg.topic), []).append(raw)
                collector = asyncio.create_task(collect())
                for b in bridges:
                    await b.start()
                try:
                    for b in bridges:
                        await b.entries["mqtt"].wait_connected()
                        await b.hub.wait_available()
                    ids = {b.entries["mqtt"].client_id for b in bridges}
                    assert len(ids) == 2  # unique client ids: neither kicks the other off
                    for i in (1, 2):
                        await obs.publish(f"vs1/line{i}/trigger/set", "PRESS", qos=1)
                    await _until(lambda: all(f"vs1/line{i}/inspection" in seen for i in (1, 2)))
                    # Each camera's command is answered once, by the bridge that owns it.
                    await obs.publish("vs1/line2/request", json.dumps({"id": "q", "command": "trigger"}), qos=1)
                    await _until(lambda: len(seen.get("vs1/line2/response", [])) >= 2)
                    await asyncio.sleep(0.5)
                    answers = [json.loads(r) for r in seen["vs1/line2/response"]]
                    assert [a["id"] for a in answers].count("q") == 1
                    assert "vs1/line1/response" in seen and len(seen["vs1/line1/response"]) == 1
                    for i in (1, 2):
                        assert seen[f"vs1/bridge/b{i}/availability"][-1] == "online"
                    assert all(b.entries["mqtt"].sessions == 1 for b in bridges)
                finally:
                    for b in bridges:
                        await b.stop()
                    collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 120))


def test_keepalive_notices_a_frozen_broker(broker: Any, tmp_path: Path) -> None:
    """A broker that stops answering but keeps its TCP connections (SIGSTOP) is noticed by
    the keepalive alone; inspections of the freeze wait in the outbox and arrive after it."""
    import os
    import signal

    async def scenario() -> None:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = CameraConfig("line1", server.host, port_map=port_map_of(server), password="admin",
                               poll_interval=0.5)
            mqtt = load_section(MqttConfig, {"port": broker.port, "keepalive": 2}, "mqtt")
            bridge = Bridge([cam], {"mqtt": mqtt}, BridgeSettings(id="ka", state_dir=str(tmp_path / "s")))
            await bridge.start()
            entry = bridge.entries["mqtt"]
            try:
                await entry.wait_connected()
                await bridge.hub.wait_available()
                os.kill(broker.proc.pid, signal.SIGSTOP)
                try:
                    frozen_at = asyncio.get_running_loop().time()
                    r = await bridge.hub.command("line1", "trigger", {"count": 20})
                    assert r.ok, r
                    await _until(lambda: not entry.connected, 30)
                    noticed = asyncio.get_running_loop().time() - frozen_at
                    assert noticed < 2 * 2 + 3  # keepalive 2 s: paho gives up after 1.5x, plus slack
                    assert entry.outbox.depth >= 1  # held for the broker, not dropped
                    print(f"frozen broker noticed after {noticed:.1f} s (keepalive 2 s)")
                finally:
                    os.kill(broker.proc.pid, signal.SIGCONT)
                await _until(lambda: entry.connected and entry.outbox.depth == 0, 60)
                assert entry.inspections_published >= 20
            finally:
                await bridge.stop()

    asyncio.run(asyncio.wait_for(scenario(), 120))
