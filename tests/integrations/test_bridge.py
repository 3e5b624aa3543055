"""The bridge end to end: emulator -> hub -> MQTT (real Mosquitto) and Modbus TCP (pymodbus client)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import socket
import subprocess
from typing import Any

import aiohttp
import aiomqtt
import pytest
from client.conftest import emulated, port_map_of
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from vs1kit.bridge import Bridge, BridgeConfigError, BridgeSettings, parse_config
from vs1kit.bridge.schema import load_section
from vs1kit.hub import CameraConfig
from vs1kit.integrations.mqtt import Config as MqttConfig


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _until(predicate: Any, timeout: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def _text(payload: Any) -> str:
    return payload.decode() if isinstance(payload, bytes) else str(payload)


def test_mqtt_discovery_state_commands_and_availability(mosquitto: int, tmp_path: Any) -> None:
    async def scenario() -> None:
        async with emulated() as emu:
            cam = CameraConfig("line1", emu.cameras[0].host, port_map=port_map_of(emu.cameras[0]),
                               password="admin", datums=("Blob1.Count",), virtual_points=(3,),
                               poll_interval=0.2)
            mqtt_cfg = load_section(MqttConfig, {"host": "127.0.0.1", "port": mosquitto,
                                                 "state_interval": 0.1}, "mqtt")
            bridge = Bridge([cam], {"mqtt": mqtt_cfg}, BridgeSettings(id="t1", state_dir=str(tmp_path)))
            seen: dict[str, Any] = {}
            responses: list[dict[str, Any]] = []
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="test-observer") as obs:
                await obs.subscribe("homeassistant/#")
                await obs.subscribe("vs1/#")

                async def collect() -> None:
                    async for msg in obs.messages:
                        seen[str(msg.topic)] = _text(msg.payload)
                        if str(msg.topic) == "vs1/line1/response":
                            responses.append(json.loads(_text(msg.payload)))
                collector = asyncio.create_task(collect())
                await bridge.start()
                entry = bridge.entries["mqtt"]
                await entry.wait_connected()
                await bridge.hub.wait_available()

                # Discovery: one config per entity, unique ids from the camera's serial.
                await _until(lambda: any(t.endswith("/trigger/config") for t in seen))
                configs = {t: json.loads(p) for t, p in seen.items() if t.startswith("homeassistant/") and p}
                uids = [c["unique_id"] for c in configs.values()]
                assert len(uids) == len(set(uids)) >= 14
                trigger_cfg = next(c for t, c in configs.items()
                                   if t.startswith("homeassistant/button/") and t.endswith("/trigger/config"))
                assert trigger_cfg["command_topic"] == "vs1/line1/trigger/set"
                assert trigger_cfg["device"]["identifiers"][0].startswith("vs1_")
                assert any(t.startswith("homeassistant/switch/") and t.endswith("/vio_3/config") for t in configs)
                assert seen["vs1/bridge/t1/availability"] == "online"
                await _until(lambda: seen.get("vs1/line1/availability") == "online")

                # Commands: a trigger through MQTT makes an inspection message and a reply.
                await _until(lambda: "vs1/line1/state" in seen)
                before = json.loads(seen["vs1/line1/state"])["inspections"]
                await obs.publish("vs1/line1/trigger/set", "PRESS")
                await _until(lambda: "vs1/line1/inspection" in seen)
                insp = json.loads(seen["vs1/line1/inspection"])
                assert insp["inspection"] == before + 1 and insp["key"].endswith(f":{before + 1}")
                assert set(insp["datums"]) == {"Blob1.Count"}
                await _until(lambda: json.loads(seen["vs1/line1/state"])["inspections"] > before)
                await _until(lambda: any(r["command"] == "trigger" for r in responses))
                assert next(r for r in responses if r["command"] == "trigger")["status"] == "ok"
                await obs.publish("vs1/line1/virtual/3/set", "ON")
                await _until(lambda: json.loads(seen["vs1/line1/state"])["io"].get("1003") is True)
                await obs.publish("vs1/line1/request", json.dumps({"id": "r-42", "command": "stop"}))
                await _until(lambda: any(r["id"] == "r-42" for r in responses))
                assert next(r for r in responses if r["id"] == "r-42")["status"] == "ok"
                await _until(lambda: json.loads(seen["vs1/line1/state"])["state"] == "stopped")

                # Unloading publishes offline (retained) for the camera and the bridge.
                await bridge.stop()
                await _until(lambda: seen.get("vs1/bridge/t1/availability") == "offline")
                assert seen["vs1/line1/availability"] == "offline"
                collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 120))


def test_bridge_config_errors_are_clear() -> None:
    with pytest.raises(BridgeConfigError, match=r"cameras\[0\]: needs at least 'id' and 'host'"):
        parse_config({"cameras": [{"id": "a"}]})
    with pytest.raises(BridgeConfigError, match=r"integrations\.nonesuch: unknown integration 'nonesuch'"):
        parse_config({"cameras": [], "integrations": {"nonesuch": {}}})
    with pytest.raises(BridgeConfigError, match=r"cameras\[0\]\.colour: unknown key"):
        parse_config({"cameras": [{"id": "a", "host": "h", "colour": 1}]})
    with pytest.raises(BridgeConfigError, match=r"integrations\.mqtt\.hots: unknown key \(did you mean 'host'\?\)"):
        parse_config({"cameras": [], "integrations": {"mqtt": {"hots": "x"}}})
    with pytest.raises(BridgeConfigError, match=r"integrations\.mqtt\.tls: must be a mapping, got True"):
        parse_config({"cameras": [], "integrations": {"mqtt": {"tls": True}}})
    with pytest.raises(BridgeConfigError, match=r"integrations\.mqtt\.port: must be int, got 'x'"):
        parse_config({"cameras": [], "integrations": {"mqtt": {"port": "x"}}})
    with pytest.raises(BridgeConfigError, match=r"cameras\[0\]\.commands\[0\]: unknown command 'reboot'"):
        parse_config({"cameras": [{"id": "a", "host": "h", "commands": ["reboot"]}]})
    with pytest.raises(BridgeConfigError, match="camera id 'a' is used twice"):
        parse_config({"cameras": [{"id": "a", "host": "h"}, {"id": "a", "host": "g"}]})
    cams, wanted = parse_config({"cameras": [{"id": "a", "host": "h", "datums": ["X.Y"]}],
                                 "integrations": {"mqtt": None}})
    assert cams[0].datums == ("X.Y",) and wanted == {"mqtt": MqttConfig()}
    assert "download" not in cams[0].commands and "flash" not in cams[0].commands


def test_mosquitto_sub_sees_every_inspection_message(mosquitto: int, tmp_path: Any) -> None:
    """The plain command-line subscriber a plant engineer would use gets each inspection once."""
    tool = shutil.which("mosquitto_sub")
    if tool is None:
        subprocess.run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto-clients", shell=True,
                       capture_output=True, check=False)
        tool = shutil.which("mosquitto_sub")
    assert tool, "mosquitto_sub (Debian package mosquitto-clients) is needed"
    count = 300

    async def scenario() -> list[dict[str, Any]]:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = CameraConfig("line1", server.host, port_map=port_map_of(server), password="admin",
                               datums=("Blob1.Count",), poll_interval=0.2)
            mqtt_cfg = load_section(MqttConfig, {"port": mosquitto}, "mqtt")
            bridge = Bridge([cam], {"mqtt": mqtt_cfg}, BridgeSettings(id="sub", state_dir=str(tmp_path)))
            sub = await asyncio.create_subprocess_exec(
                tool, "-h", "127.0.0.1", "-p", str(mosquitto), "-q", "1", "-t", "vs1/+/inspection",
                stdout=asyncio.subprocess.PIPE)
            assert sub.stdout is not None
            messages: list[dict[str, Any]] = []
            try:
                # Subscribed once it prints a probe published on a matching topic (a loaded
                # machine can start it after the first inspections otherwise).
                async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="sub-probe") as probe:
                    while True:
                        await probe.publish("vs1/probe/inspection", b'{"probe": true}', qos=1)
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(sub.stdout.readline(), 1.0)
                            break
                await bridge.start()
                try:
                    await bridge.entries["mqtt"].wait_connected()
                    await bridge.hub.wait_available()
                    first = 0
                    for _ in range(count // 50):
                        r = await bridge.hub.command("line1", "trigger", {"count": 50})
                        assert r.ok, r
                        first = first or r.result["first_inspection"]
                    while len(messages) < count:
                        body = json.loads(await asyncio.wait_for(sub.stdout.readline(), 60))
                        if not body.get("probe"):
                            messages.append(body)
                finally:
                    await bridge.stop()
            finally:
                sub.terminate()
                await sub.wait()
            assert [m["inspection"] for m in messages] == list(range(first, first + count))
            return messages

    messages = asyncio.run(asyncio.wait_for(scenario(), 150))
    assert all(m["key"] == f"{m['serial']}:{m['boot_id']}:{m['inspection']}" and m["result"] in ("pass", "fail")
               for m in messages)


def test_metrics_endpoint(mosquitto: int, tmp_path: Any) -> None:
    port = _free_port()

    async def scenario() -> tuple[str, str, str, str]:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = CameraConfig("line1", server.host, port_map=port_map_of(server), password="admin",
                               poll_interval=0.2)
            mqtt_cfg = load_section(MqttConfig, {"port": mosquitto}, "mqtt")
            settings = BridgeSettings(id="m", state_dir=str(tmp_path), metrics_port=port)
            bridge = Bridge([cam], {"mqtt": mqtt_cfg}, settings)
            await bridge.start()
            try:
                await bridge.entries["mqtt"].wait_connected()
                await bridge.hub.wait_available()
                assert (await bridge.hub.command("line1", "trigger", {"count": 5})).ok
                await _until(lambda: bridge.entries["mqtt"].inspections_published >= 5)
                url = f"http://127.0.0.1:{port}/metrics"
                async with aiohttp.ClientSession() as http:
                    async with http.get(url) as resp:
                        assert resp.status == 200
                        text, ctype = await resp.text(), resp.headers["Content-Type"]
                    openmetrics = {"Accept": "application/openmetrics-text; version=1.0.0"}
                    async with http.get(url, headers=openmetrics) as resp:
                        assert resp.status == 200
                        om_text, om_ctype = await resp.text(), resp.headers["Content-Type"]
                return text, ctype, om_text, om_ctype
            finally:
                await bridge.stop()

    text, ctype, om_text, om_ctype = asyncio.run(asyncio.wait_for(scenario(), 120))
    assert ctype.startswith("text/plain") and "version=" in ctype
    # Read back with prometheus_client's own parser (not by splitting lines here).
    families = {f.name: f for f in text_string_to_metric_families(text)}
    values = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    cam = (("camera", "line1"),)
    assert families["vs1_bridge_inspections_delivered"].type == "counter"
    assert values[("vs1_bridge_inspections_delivered_total", cam)] >= 5
    assert values[("vs1_bridge_inspections_backfilled_total", cam)] == 0
    assert values[("vs1_bridge_inspections_lost_total", cam)] == 0
    assert values[("vs1_bridge_camera_drops_total", cam)] == 0
    assert values[("vs1_bridge_camera_up", cam)] == 1.0
    assert values[("vs1_mqtt_inspections_published_total", ())] >= 5
    assert values[("vs1_mqtt_outbox_depth", ())] == 0
    assert values[("vs1_mqtt_connected", ())] == 1.0
    assert families["vs1_mqtt_publish_latency_seconds"].type == "summary"
    assert 0 < values[("vs1_mqtt_publish_latency_seconds", (("quantile", "0.99"),))] < 5
    count = values[("vs1_mqtt_publish_latency_seconds_count", ())]
    assert count >= 5
    assert 0 < values[("vs1_mqtt_publish_latency_seconds_sum", ())] < 5 * count
    # A scraper asking for OpenMetrics gets it.
    assert om_ctype.startswith("application/openmetrics-text")
    assert om_text.rstrip().endswith("# EOF")
    assert 'vs1_bridge_inspections_delivered_total{camera="line1"}' in om_text


def test_metrics_registry_is_per_bridge(tmp_path: Any) -> None:
    """Two bridges in one process: each registry holds its own camera, the global one none."""

    async def scenario() -> tuple[str, str]:
        async with emulated(cameras=2) as emu:
            bridges = [Bridge([CameraConfig(f"cam_{k}", server.host, port_map=port_map_of(server), password="admin",
                                            inspections=False)],
                              {}, BridgeSettings(id=k, state_dir=str(tmp_path / k)))
                       for k, server in zip("ab", emu.cameras, strict=True)]
            for bridge in bridges:
                await bridge.start()
            try:
                for bridge in bridges:
                    await bridge.hub.wait_available()
                a, b = (generate_latest(bridge.registry).decode() for bridge in bridges)
                return a, b
            finally:
                for bridge in bridges:
                    await bridge.stop()

    text_a, text_b = asyncio.run(asyncio.wait_for(scenario(), 60))
    assert 'vs1_bridge_camera_up{camera="cam_a"} 1.0' in text_a and "cam_b" not in text_a
    assert 'vs1_bridge_camera_up{camera="cam_b"} 1.0' in text_b and "cam_a" not in text_b
    assert b"vs1_" not in generate_latest(REGISTRY)


def test_idempotency_key_survives_a_camera_restart(mosquitto: int, tmp_path: Any) -> None:
    """A restarted camera numbers inspections from the start again; the key stays unique
    because it carries the camera's boot id (read again when the report reopens)."""

    async def scenario() -> tuple[list[dict[str, Any]], int, int, int]:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = CameraConfig("line1", server.host, port_map=port_map_of(server), password="admin",
                               poll_interval=0.2)
            mqtt_cfg = load_section(MqttConfig, {"port": mosquitto, "discovery": False}, "mqtt")
            bridge = Bridge([cam], {"mqtt": mqtt_cfg}, BridgeSettings(id="boot", state_dir=str(tmp_path)))
            messages: list[dict[str, Any]] = []
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="test-boot") as sub:
                await sub.subscribe("vs1/line1/inspection", qos=1)

                async def collect() -> None:
                    async for msg in sub.messages:
                        messages.append(json.loads(_text(msg.payload)))
                collector = asyncio.create_task(collect())
                await bridge.start()
                try:
                    await bridge.entries["mqtt"].wait_connected()
                    await bridge.hub.wait_available()
                    first_boot = server.model.boot_id
                    before = len(messages)
                    assert (await bridge.hub.command("line1", "trigger", {"count": 5})).ok
                    await _until(lambda: len(messages) >= before + 5)
                    await server.restart()
                    second_boot = server.model.boot_id

                    async def trigger_after_restart() -> bool:
                        return (await bridge.hub.command("line1", "trigger", {"count": 5})).ok
                    deadline = asyncio.get_running_loop().time() + 30
                    while not await trigger_after_restart():  # until the client has reconnected
                        assert asyncio.get_running_loop().time() < deadline, "no trigger after the restart"
                        await asyncio.sleep(0.2)
                    await _until(lambda: any(m["boot_id"] == second_boot for m in messages)
                                 and len(messages) >= before + 10)
                    serial = server.model.serial
                finally:
                    await bridge.stop()
                    collector.cancel()
            return messages, first_boot, second_boot, serial

    messages, first_boot, second_boot, serial = asyncio.run(asyncio.wait_for(scenario(), 120))
    assert first_boot != second_boot
    assert all(m["key"] == f"{serial}:{m['boot_id']}:{m['inspection']}" for m in messages)
    old = [m["inspection"] for m in messages if m["boot_id"] == first_boot]
    new = [m["inspection"] for m in messages if m["boot_id"] == second_boot]
    assert {m["boot_id"] for m in messages} == {first_boot, second_boot}
    assert len(old) >= 5 and new[:5] == [1, 2, 3, 4, 5]  # numbered from the start again...
    assert set(old) & set(new)  # ...so inspection numbers repeat across the restart,
    assert len({m["key"] for m in messages}) == len(messages)  # and the keys do not
