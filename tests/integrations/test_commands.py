"""Commands through MQTT (real Mosquitto) to the emulator: the allow-list, invalid payloads,
replies with correlation ids (MQTT 3.1.1 response topic and MQTT 5 request/response)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiomqtt
from client.conftest import emulated, port_map_of
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

from vs1kit.bridge import Bridge, BridgeSettings
from vs1kit.bridge.schema import load_section
from vs1kit.hub import CameraConfig
from vs1kit.integrations.mqtt import Config as MqttConfig


def _text(payload: Any) -> str:
    return payload.decode() if isinstance(payload, bytes) else str(payload)


async def _until(predicate: Any, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def test_allow_list_invalid_payloads_and_replies(mosquitto: int, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with emulated() as emu:
            server = emu.cameras[0]
            cam = load_section(CameraConfig, {
                "id": "line1", "host": server.host, "port_map": port_map_of(server), "password": "admin",
                "virtual_points": [3], "virtual_names": {"recipe_b": 3}, "outputs": {"reject": 9},
                "poll_interval": 0.1}, "cameras[0]")
            mqtt = load_section(MqttConfig, {"port": mosquitto, "state_interval": 0.1, "protocol": "5"}, "mqtt")
            bridge = Bridge([cam], {"mqtt": mqtt}, BridgeSettings(id="cmd", state_dir=str(tmp_path)))
            replies: list[dict[str, Any]] = []
            v5: list[tuple[str, dict[str, Any], bytes | None]] = []
            state: dict[str, Any] = {}
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="cmd-test",
                                      protocol=aiomqtt.ProtocolVersion.V5) as obs:
                await obs.subscribe("vs1/line1/response", qos=1)
                await obs.subscribe("vs1/line1/state", qos=1)
                await obs.subscribe("test/replies/#", qos=1)

                async def collect() -> None:
                    async for msg in obs.messages:
                        body = json.loads(_text(msg.payload))
                        if str(msg.topic) == "vs1/line1/state":
                            state.update(body)
                        elif str(msg.topic).startswith("test/replies/"):
                            corr = getattr(msg.properties, "CorrelationData", None)
                            v5.append((str(msg.topic), body, corr))
                        else:
                            replies.append(body)
                collector = asyncio.create_task(collect())
                await bridge.start()
                try:
                    await bridge.entries["mqtt"].wait_connected()
                    await bridge.hub.wait_available()
                    await _until(lambda: state.get("state") == "running")

                    async def send(topic: str, payload: str) -> dict[str, Any]:
                        n = len(replies)
                        await obs.publish(topic, payload, qos=1)
                        await _until(lambda: len(replies) > n)
                        reply = replies[n]
                        assert reply["id"], reply  # every reply carries a correlation id
                        assert reply["status"] in ("ok", "refused", "failed"), reply
                        return reply

                    # Unlisted and negative points are refused with the reason; nothing is written.
                    r = await send("vs1/line1/virtual/7/set", "ON")
                    assert r["status"] == "refused" and "virtual point 7 is not in the bridge config" in r["reason"]
                    r = await send("vs1/line1/virtual/-8/set", "OFF")
                    assert r["status"] == "refused" and "negative" in r["reason"]
                    r = await send("vs1/line1/output/8/set", "ON")
                    assert r["status"] == "refused" and "output point 8" in r["reason"]
                    # Configured points, by name and by number.
                    r = await send("vs1/line1/output/reject/set", "ON")
                    assert r == {**r, "status": "ok", "result": {"point": 9, "state": True}}
                    r = await send("vs1/line1/virtual/recipe_b/set", "ON")
                    assert r["status"] == "ok" and r["result"] == {"point": 3, "state": True}
                    await _until(lambda: state.get("io", {}).get("1003") is True)
                    # Invalid payloads are refused, never mapped to an action.
                    r = await send("vs1/line1/running/set", "MAYBE")
                    assert r["status"] == "refused" and "ON or OFF" in r["reason"]
                    r = await send("vs1/line1/virtual/3/set", "perhaps")
                    assert r["status"] == "refused"
                    r = await send("vs1/line1/trigger_mode/set", "warp")
                    assert r["status"] == "refused" and "'mode' must be one of" in r["reason"]
                    r = await send("vs1/line1/request", "{not json")
                    assert r["status"] == "refused" and "not JSON" in r["reason"]
                    await asyncio.sleep(0.3)  # two status polls: the camera kept running
                    assert state["state"] == "running"
                    # Download and flash are off unless the config names them.
                    r = await send("vs1/line1/request", json.dumps({"id": "d-1", "command": "download",
                                                                    "slot": 1, "file_name": "x.avp"}))
                    assert r["id"] == "d-1" and r["status"] == "refused" and "allow-list" in r["reason"]
                    r = await send("vs1/line1/flash/set", "PRESS")
                    assert r["status"] == "refused" and "allow-list" in r["reason"]
                    r = await send("vs1/line1/request", json.dumps({"id": "x-1", "command": "reboot"}))
                    assert r["status"] == "refused" and "unknown command 'reboot'" in r["reason"]
                    # Job select by name; a slot with no job is refused.
                    jobs = bridge.hub.snapshots["line1"].jobs
                    assert jobs
                    slot, name = sorted(jobs.items())[-1]
                    r = await send("vs1/line1/job/set", name)
                    assert r["status"] == "ok" and r["result"] == {"slot": slot}
                    r = await send("vs1/line1/job/set", "250")
                    assert r["status"] == "refused" and "no job in slot 250" in r["reason"]
                    # virtual_io triggers from a virtual point (the first configured one), never
                    # physical In0; a point outside the config is refused.
                    r = await send("vs1/line1/trigger_mode/set", "virtual_io")
                    assert r["status"] == "ok" and r["result"] == {"mode": "virtual_io", "point": 3}, r
                    await _until(lambda: state.get("trigger_mode") == "virtual_io")
                    r = await send("vs1/line1/request", json.dumps({"id": "t-1", "command": "set_trigger_mode",
                                                                    "mode": "virtual_io", "point": 7}))
                    assert r["status"] == "refused" and "virtual point 7" in r["reason"]
                    seen = state["last_inspection"]
                    assert (await send("vs1/line1/virtual/recipe_b/set", "OFF"))["status"] == "ok"
                    assert (await send("vs1/line1/virtual/recipe_b/set", "ON"))["status"] == "ok"
                    await _until(lambda: state["last_inspection"] > seen)  # the virtual edge triggered
                    r = await send("vs1/line1/running/set", "ON")
                    assert r["status"] == "ok"
                    # The camera refusing is "failed", with its reason.
                    assert (await send("vs1/line1/running/set", "OFF"))["status"] == "ok"
                    r = await send("vs1/line1/trigger/set", "PRESS")
                    assert r["status"] == "failed" and r["reason"]
                    # MQTT 5 request/response: the reply goes to the response topic with the
                    # request's correlation data.
                    props = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
                    props.ResponseTopic = "test/replies/me"
                    props.CorrelationData = b"corr-77"
                    await obs.publish("vs1/line1/request", json.dumps({"command": "start"}), qos=1,
                                      properties=props)
                    await _until(lambda: bool(v5))
                    topic, body, corr = v5[0]
                    assert topic == "test/replies/me" and corr == b"corr-77"
                    assert body["id"] == "corr-77" and body["status"] == "ok"
                finally:
                    await bridge.stop()
                    collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 150))
