"""Home Assistant MQTT discovery payloads for a camera.

Topics follow ``<discovery_prefix>/<component>/<node_id>/<object_id>/config``; unique ids are
built from the camera's serial (or MAC) and the entity key, so they survive renames and IP
changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import vs1kit
from vs1kit.hub import CameraConfig, CameraSnapshot

from .entity import EntityDescription, camera_entities, slug


@dataclass(frozen=True)
class Topics:
    base: str = "vs1"
    discovery_prefix: str = "homeassistant"

    @property
    def bridge_availability(self) -> str:
        return f"{self.base}/bridge/availability"

    def state(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/state"

    def availability(self, camera_id: str) -> str:
        return f"{self.base}/{camera_id}/availability"

    def command(self, camera_id: str, command: str) -> str:
        return f"{self.base}/{camera_id}/cmd/{command}"

    @property
    def command_filter(self) -> str:
        return f"{self.base}/+/cmd/#"


def node_id(snapshot: CameraSnapshot) -> str:
    ident = snapshot.serial or snapshot.mac.replace(":", "") or snapshot.camera_id
    return f"vs1_{slug(ident)}"


def device(snapshot: CameraSnapshot) -> dict[str, Any]:
    dev: dict[str, Any] = {
        "identifiers": [node_id(snapshot)],
        "name": f"VS-1 {snapshot.camera_id}",
        "manufacturer": "VS-1",
        "model": snapshot.model or "VS-1 Smart Camera",
    }
    if snapshot.firmware:
        dev["sw_version"] = snapshot.firmware
    if snapshot.serial:
        dev["serial_number"] = snapshot.serial
    if snapshot.mac:
        dev["connections"] = [["mac", snapshot.mac]]
    return dev


def config_payload(desc: EntityDescription, config: CameraConfig, snapshot: CameraSnapshot,
                   topics: Topics) -> tuple[str, dict[str, Any]]:
    node = node_id(snapshot)
    payload: dict[str, Any] = {
        "name": desc.name,
        "unique_id": f"{node}_{desc.key}",
        "object_id": f"{slug(config.id)}_{desc.key}",
        "device": device(snapshot),
        "origin": {"name": "vs1kit", "sw_version": vs1kit.__version__},
        "availability": [{"topic": topics.bridge_availability}, {"topic": topics.availability(config.id)}],
        "availability_mode": "all",
    }
    if desc.component != "button":
        payload["state_topic"] = topics.state(config.id)
        payload["value_template"] = desc.value_template
    if desc.command is not None:
        payload["command_topic"] = topics.command(config.id, desc.command)
    for key, value in (("device_class", desc.device_class), ("state_class", desc.state_class),
                       ("unit_of_measurement", desc.unit), ("entity_category", desc.entity_category),
                       ("icon", desc.icon)):
        if value is not None:
            payload[key] = value
    if desc.options:
        payload["options"] = list(desc.options)
    topic = f"{topics.discovery_prefix}/{desc.component}/{node}/{desc.key}/config"
    return topic, payload


def discovery_messages(config: CameraConfig, snapshot: CameraSnapshot,
                       topics: Topics) -> list[tuple[str, dict[str, Any]]]:
    return [config_payload(d, config, snapshot, topics) for d in camera_entities(config)]
