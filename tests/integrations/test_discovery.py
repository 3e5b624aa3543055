"""Home Assistant MQTT discovery, checked key by key against HA's documented schema for every
platform the bridge uses (https://www.home-assistant.io/integrations/<platform>.mqtt/), with
the templates rendered the way HA renders them (jinja2, ``value_json``).
The image platform is included: the camera's picture as PNG on its image topic."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiomqtt
import jinja2
from client.conftest import emulated, port_map_of

from vs1kit.bridge import Bridge, BridgeSettings
from vs1kit.bridge.schema import load_section
from vs1kit.hub import CameraConfig, CameraSnapshot
from vs1kit.integrations.mqtt import Config as MqttConfig

# Keys every MQTT entity accepts (documented under each platform's configuration variables).
COMMON = {"availability", "availability_mode", "availability_template", "availability_topic", "device",
          "enabled_by_default", "encoding", "entity_category", "entity_picture", "icon",
          "json_attributes_template", "json_attributes_topic", "name", "default_entity_id", "origin",
          "payload_available", "payload_not_available", "qos", "unique_id", "platform"}
PLATFORMS: dict[str, tuple[set[str], set[str]]] = {  # platform -> (allowed extra keys, required keys)
    "sensor": ({"device_class", "expire_after", "force_update", "last_reset_value_template", "options",
                "state_class", "state_topic", "suggested_display_precision", "unit_of_measurement",
                "value_template"}, {"state_topic"}),
    "binary_sensor": ({"device_class", "expire_after", "force_update", "off_delay", "payload_off", "payload_on",
                       "state_topic", "value_template"}, {"state_topic"}),
    "switch": ({"command_template", "command_topic", "device_class", "optimistic", "payload_off", "payload_on",
                "retain", "state_off", "state_on", "state_topic", "value_template"}, {"command_topic"}),
    "button": ({"command_template", "command_topic", "device_class", "payload_press", "retain"},
               {"command_topic"}),
    "select": ({"command_template", "command_topic", "optimistic", "options", "retain", "state_topic",
                "value_template"}, {"command_topic", "options"}),
    "event": ({"device_class", "event_types", "state_topic", "value_template"}, {"state_topic", "event_types"}),
    "image": ({"content_type", "image_encoding", "image_topic", "url_template", "url_topic"}, {"image_topic"}),
}
DEVICE_KEYS = {"configuration_url", "connections", "hw_version", "identifiers", "manufacturer", "model",
               "model_id", "name", "serial_number", "suggested_area", "sw_version", "via_device"}
ORIGIN_KEYS = {"name", "sw_version", "support_url"}
STATE_CLASSES = {"measurement", "total", "total_increasing"}
BINARY_DEVICE_CLASSES = {"battery", "battery_charging", "carbon_monoxide", "cold", "connectivity", "door",
                         "garage_door", "gas", "heat", "light", "lock", "moisture", "motion", "moving",
                         "occupancy", "opening", "plug", "power", "presence", "problem", "running", "safety",
                         "smoke", "sound", "tamper", "update", "vibration", "window"}

_env = jinja2.Environment(undefined=jinja2.StrictUndefined)


def render(template: str, payload: dict[str, Any]) -> str:
    return _env.from_string(template).render(value_json=payload, value=json.dumps(payload))


def check_payload(topic: str, cfg: dict[str, Any], prefix: str) -> str:
    """One discovery config against the documented schema; returns its platform."""
    _, component, _node, _key, tail = topic.split("/")
    assert topic.startswith(prefix + "/") and tail == "config"
    allowed, required = PLATFORMS[component]
    unknown = set(cfg) - COMMON - allowed
    assert not unknown, f"{topic}: keys HA does not document for {component}: {unknown}"
    assert required <= set(cfg), f"{topic}: missing {required - set(cfg)}"
    assert "object_id" not in cfg  # deprecated; default_entity_id replaces it
    assert cfg["default_entity_id"].startswith(f"{component}.")
    assert set(cfg["device"]) <= DEVICE_KEYS and cfg["device"]["identifiers"]
    assert set(cfg["origin"]) <= ORIGIN_KEYS and cfg["origin"]["name"]
    for a in cfg.get("availability", []):
        assert set(a) <= {"topic", "payload_available", "payload_not_available", "value_template"} and a["topic"]
    assert cfg.get("availability_mode", "latest") in ("all", "any", "latest")
    assert cfg.get("entity_category") in (None, "config", "diagnostic")
    if "state_class" in cfg:
        assert component == "sensor" and cfg["state_class"] in STATE_CLASSES
    if component == "sensor" and cfg.get("device_class") == "enum":
        # HA: an enum sensor has options and neither a state class nor a unit.
        assert cfg["options"] and "state_class" not in cfg and "unit_of_measurement" not in cfg
    if component == "binary_sensor" and "device_class" in cfg:
        assert cfg["device_class"] in BINARY_DEVICE_CLASSES
    if component == "event":
        assert cfg["event_types"] == ["pass", "fail"]
    for k in ("state_topic", "command_topic"):
        if k in cfg:
            assert "+" not in cfg[k] and "#" not in cfg[k]
    return component


def test_discovery_payloads_key_by_key(mosquitto: int, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with emulated() as emu:
            server = emu.cameras[0]
            base = {"id": "line1", "host": server.host, "port_map": port_map_of(server), "password": "admin",
                    "virtual_points": [3], "outputs": {"reject": 9}, "poll_interval": 0.1, "image_interval": 0.5}
            mqtt = load_section(MqttConfig, {"port": mosquitto, "state_interval": 0.1}, "mqtt")
            settings = BridgeSettings(id="ha", state_dir=str(tmp_path))
            cam = load_section(CameraConfig, {**base, "datums": ["Blob1.Count", "Blob1.Area"]}, "c")
            bridge = Bridge([cam], {"mqtt": mqtt}, settings)
            seen: dict[str, str] = {}
            counts: dict[str, int] = {}
            pngs: dict[str, bytes] = {}
            async with aiomqtt.Client("127.0.0.1", mosquitto, identifier="ha-observer") as obs:
                await obs.subscribe("homeassistant/#", qos=1)
                await obs.subscribe("vs1/#", qos=1)

                async def collect() -> None:
                    async for msg in obs.messages:
                        if str(msg.topic).endswith("/image") and isinstance(msg.payload, bytes):
                            pngs[str(msg.topic)] = msg.payload
                            continue
                        raw = msg.payload.decode() if isinstance(msg.payload, bytes) else ""
                        seen[str(msg.topic)] = raw
                        counts[str(msg.topic)] = counts.get(str(msg.topic), 0) + 1
                collector = asyncio.create_task(collect())
                await bridge.start()
                try:
                    await bridge.entries["mqtt"].wait_connected()
                    await bridge.hub.wait_available()
                    loop = asyncio.get_running_loop()
                    deadline = loop.time() + 30
                    while not any(t.endswith("/datum_blob1_area/config") for t in seen) or "vs1/line1/state" not in seen:
                        assert loop.time() < deadline
                        await asyncio.sleep(0.05)
                    await asyncio.sleep(0.3)
                    configs = {t: json.loads(p) for t, p in seen.items() if t.startswith("homeassistant/") and p}
                    platforms = {check_payload(t, c, "homeassistant") for t, c in configs.items()}
                    assert platforms == {"sensor", "binary_sensor", "switch", "button", "select", "event", "image"}
                    uids = [c["unique_id"] for c in configs.values()]
                    assert len(uids) == len(set(uids))
                    # The bridge is a device of its own; each camera's device hangs off it.
                    bridge_cfgs = [c for c in configs.values() if c["device"]["model"] == "vs1kit bridge"]
                    assert {c["unique_id"].rsplit("_", 1)[-1] for c in bridge_cfgs} >= {"connection", "version"}
                    bridge_node = bridge_cfgs[0]["device"]["identifiers"][0]
                    cam_cfgs = [c for c in configs.values() if c["device"]["model"] != "vs1kit bridge"]
                    assert all(c["device"]["via_device"] == bridge_node for c in cam_cfgs)
                    by_key = {t.split("/")[3]: c for t, c in configs.items()}
                    assert by_key["inspections"]["state_class"] == "total_increasing"
                    assert by_key["job"]["options"] and by_key["job"]["command_topic"] == "vs1/line1/job/set"
                    assert by_key["output_9"]["command_topic"] == "vs1/line1/output/9/set"
                    assert by_key["inspection"]["state_topic"] == "vs1/line1/inspection"
                    # The image entity's topic carries a PNG of the camera's last picture.
                    assert by_key["image"]["image_topic"] == "vs1/line1/image"
                    assert by_key["image"]["content_type"] == "image/png"
                    while "vs1/line1/image" not in pngs:
                        assert loop.time() < deadline, "no picture published"
                        await asyncio.sleep(0.05)
                    assert pngs["vs1/line1/image"].startswith(b"\x89PNG\r\n\x1a\n")

                    # Every template renders against what the bridge publishes on its topic.
                    state = json.loads(seen["vs1/line1/state"])
                    for c in configs.values():
                        if "value_template" in c and c["state_topic"] == "vs1/line1/state":
                            render(c["value_template"], state)
                    # No result before the first inspection: HA reads "None" as unknown.
                    fresh = CameraSnapshot("line1").as_dict()
                    assert render(by_key["last_passed"]["value_template"], fresh) == "None"
                    assert render(by_key["last_passed"]["value_template"], {**fresh, "last_passed": False}) == "OFF"
                    # The event entity gets pass/fail from each inspection message.
                    r = await bridge.hub.command("line1", "trigger")
                    assert r.ok
                    deadline = loop.time() + 30
                    while "vs1/line1/inspection" not in seen:
                        assert loop.time() < deadline
                        await asyncio.sleep(0.05)
                    event = json.loads(render(by_key["inspection"]["value_template"],
                                              json.loads(seen["vs1/line1/inspection"])))
                    assert event["event_type"] in ("pass", "fail")

                    # Home Assistant restarted: everything is announced again.
                    trigger_topic = next(t for t in configs if t.endswith("/trigger/config"))
                    before = counts[trigger_topic]
                    await obs.publish("homeassistant/status", "online", qos=1)
                    deadline = loop.time() + 30
                    while counts[trigger_topic] == before:
                        assert loop.time() < deadline
                        await asyncio.sleep(0.05)
                finally:
                    await bridge.stop()

                # A datum and an output leave the config: their entities are removed.
                area = next(t for t in configs if t.endswith("/datum_blob1_area/config"))
                output = next(t for t in configs if t.endswith("/output_9/config"))
                cam2 = load_section(CameraConfig, {**base, "outputs": {}, "datums": ["Blob1.Count"]}, "c")
                bridge2 = Bridge([cam2], {"mqtt": mqtt}, settings)
                await bridge2.start()
                try:
                    deadline = loop.time() + 30
                    while seen.get(area) != "" or seen.get(output) != "":
                        assert loop.time() < deadline, "stale entities not removed"
                        await asyncio.sleep(0.05)
                    assert seen[next(t for t in configs if t.endswith("/datum_blob1_count/config"))]
                finally:
                    await bridge2.stop()
                    collector.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 150))
