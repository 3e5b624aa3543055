"""Topics, and Home Assistant MQTT discovery payloads for a camera and for the bridge.

Discovery topics are ``<discovery_prefix>/<component>/<node_id>/<key>/config``; unique ids are
built from the camera's serial (or MAC) and the entity key, so they survive renames and IP
changes. ``default_entity_id`` (current HA) replaces the deprecated ``object_id``.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

import vs1kit
from vs1kit.hub import CameraConfig, CameraSnapshot, Hub

from .entity import BRIDGE_ENTITIES, EntityDescription, camera_entities, slug

ParsedCommand = tuple[str, str, dict[str, Any], str | None, str]
"""camera id, command name, arguments, correlation id, refusal reason ('' when valid)."""


@dataclass(frozen=True)
class Topics:
    base: str = "vs1"
    discovery_prefix: str = "homeassistant"
    bridge_id: str = "vs1kit"

    @property
    def bridge_availability(self) -> str:
        return f"{self.base}/bridge/{self.bridge_id}/availability"

    @property
    def bridge_state(self) -> str:
        return f"{self.base}/bridge/{self.bridge_id}/state"

    def state(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/state"

    def inspection(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/inspection"

    def image(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/image"

    def availability(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/availability"

    def command(self, camera_id: str, command: str) -> str:
        return f"{self.base}/{camera_id}/{command}/set"

    def request(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/request"

    def response(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/response"

    def command_filters(self, camera_id: str) -> list[str]:
        # Per camera, not `+`: two bridges on one broker answer only for their own cameras.
        return [f"{self.base}/{camera_id}/+/set", f"{self.base}/{camera_id}/+/+/set", self.request(camera_id)]

    def parse_command(self, topic: str, raw: bytes) -> ParsedCommand:
        """A command message -> hub command; a refusal reason for invalid payloads."""
        parts = topic.removeprefix(f"{self.base}/").split("/")
        cid = parts[0] if parts else ""
        corr = secrets.token_hex(6)
        try:
            text = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            return cid, "", {}, corr, "payload is not UTF-8"
        if parts[1:] == ["request"]:
            try:
                body = json.loads(text)
            except ValueError:
                return cid, "", {}, corr, "request payload is not JSON"
            if not isinstance(body, dict) or not isinstance(body.get("command"), str):
                return cid, "", {}, corr, 'request must be a JSON object with "command"'
            req_id = body.pop("id", None)
            name = body.pop("command")
            return cid, name, body, corr if req_id is None else str(req_id), ""
        if len(parts) < 3 or parts[-1] != "set":
            return cid, "", {}, corr, f"not a command topic: {topic}"
        path = parts[1:-1]
        upper = text.upper()
        if path == ["trigger"]:
            if text.isdigit():
                return cid, "trigger", {"count": int(text)}, corr, ""
            if upper in ("", "PRESS"):
                return cid, "trigger", {}, corr, ""
            return cid, "trigger", {}, corr, f"trigger payload must be PRESS or a count, got {text!r}"
        if path == ["running"]:
            if upper not in ("ON", "OFF"):
                return cid, "start/stop", {}, corr, f"running payload must be ON or OFF, got {text!r}"
            return cid, "start" if upper == "ON" else "stop", {}, corr, ""
        if path == ["job"]:
            return cid, "select_job", {"job": int(text) if text.isdigit() else text}, corr, ""
        if path == ["trigger_mode"]:
            return cid, "set_trigger_mode", {"mode": text}, corr, ""
        if len(path) == 2 and path[0] in ("output", "virtual"):
            name = "write_output" if path[0] == "output" else "write_virtual"
            point: int | str = int(path[1]) if path[1].lstrip("-").isdigit() else path[1]
            if upper not in ("ON", "OFF"):
                return cid, name, {}, corr, f"payload must be ON or OFF, got {text!r}"
            return cid, name, {"point": point, "state": upper == "ON"}, corr, ""
        # Anything else (download, flash, typos) goes to the hub, which refuses with its reason.
        return cid, "/".join(path), {"value": text}, corr, ""


def node_id(snapshot: CameraSnapshot) -> str:
    ident = snapshot.serial or snapshot.mac.replace(":", "") or snapshot.camera_id
    return f"vs1_{slug(ident)}"


def device(snapshot: CameraSnapshot, bridge_node: str) -> dict[str, Any]:
    dev: dict[str, Any] = {
        "identifiers": [node_id(snapshot)],
        "name": f"VS-1 {snapshot.camera_id}",
        "manufacturer": "VS-1",
        "model": snapshot.model or "VS-1 Smart Camera",
        "via_device": bridge_node,
    }
    if snapshot.firmware:
        dev["sw_version"] = snapshot.firmware
    if snapshot.serial:
        dev["serial_number"] = snapshot.serial
    if snapshot.mac:
        dev["connections"] = [["mac", snapshot.mac]]
    return dev


def bridge_node(topics: Topics) -> str:
    return f"vs1kit_bridge_{slug(topics.bridge_id)}"


def _payload(desc: EntityDescription, node: str, dev: dict[str, Any], topics: Topics, camera_id: str | None,
             entity_prefix: str) -> tuple[str, dict[str, Any]]:
    payload: dict[str, Any] = {
        "name": desc.name,
        "unique_id": f"{node}_{desc.key}",
        "default_entity_id": f"{desc.component}.{entity_prefix}_{desc.key}",
        "device": dev,
        "origin": {"name": "vs1kit", "sw_version": vs1kit.__version__},
    }
    availability = [{"topic": topics.bridge_availability}]
    if camera_id is not None and desc.source not in ("availability",):
        availability.append({"topic": topics.availability(camera_id)})
    if desc.source != "bridge_availability":
        payload["availability"] = availability
        payload["availability_mode"] = "all"
    state_topic = {
        "state": topics.state(camera_id) if camera_id else None,
        "inspection": topics.inspection(camera_id) if camera_id else None,
        "availability": topics.availability(camera_id) if camera_id else None,
        "image": None,
        "bridge_state": topics.bridge_state,
        "bridge_availability": topics.bridge_availability,
        "none": None,
    }[desc.source]
    if state_topic is not None:
        payload["state_topic"] = state_topic
    if desc.source == "image" and camera_id is not None:
        payload["image_topic"] = topics.image(camera_id)
        payload["content_type"] = "image/png"
    if desc.value_template:
        payload["value_template"] = desc.value_template
    if desc.command is not None and camera_id is not None:
        payload["command_topic"] = topics.command(camera_id, desc.command)
    for key, value in (("device_class", desc.device_class), ("state_class", desc.state_class),
                       ("unit_of_measurement", desc.unit), ("entity_category", desc.entity_category),
                       ("icon", desc.icon)):
        if value is not None:
            payload[key] = value
    payload.update(desc.extra)
    return f"{topics.discovery_prefix}/{desc.component}/{node}/{desc.key}/config", payload


def discovery_messages(config: CameraConfig, snapshot: CameraSnapshot,
                       topics: Topics) -> list[tuple[str, dict[str, Any]]]:
    node = node_id(snapshot)
    dev = device(snapshot, bridge_node(topics))
    return [_payload(d, node, dev, topics, config.id, f"vs1_{slug(config.id)}")
            for d in camera_entities(config, snapshot)]


def bridge_discovery(hub: Hub, topics: Topics) -> list[tuple[str, dict[str, Any]]]:
    node = bridge_node(topics)
    dev = {"identifiers": [node], "name": f"vs1kit bridge {topics.bridge_id}", "manufacturer": "vs1kit",
           "model": "vs1kit bridge", "sw_version": vs1kit.__version__}
    return [_payload(d, node, dev, topics, None, node) for d in BRIDGE_ENTITIES]
