"""What each camera (and the bridge) looks like in Home Assistant: frozen entity descriptions.

One table, read by discovery (config payloads). ``source`` says which topic an entity reads:
the camera's retained ``state`` JSON, its per-inspection messages, its availability, or the
bridge's state/availability. Enum options come from the generated enums.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from vs1kit.generated import enums
from vs1kit.hub import CameraConfig, CameraSnapshot

Source = Literal["state", "inspection", "availability", "image", "bridge_state", "bridge_availability", "none"]


@dataclass(frozen=True)
class EntityDescription:
    key: str
    component: str  # sensor, binary_sensor, switch, button, select, event, image
    name: str
    source: Source = "state"
    value_template: str = ""
    device_class: str | None = None
    state_class: str | None = None
    unit: str | None = None
    entity_category: str | None = None
    icon: str | None = None
    command: str | None = None
    """Command topic below the camera: ``<base>/<cam>/<command>/set``."""
    extra: Mapping[str, Any] = field(default_factory=dict)


CAMERA_STATES = (*(s.name.lower() for s in enums.CameraState), "unknown")
TRIGGER_MODES = (*(m.name.lower() for m in enums.TriggerMode), "unknown")
_ON_OFF = {"payload_on": "ON", "payload_off": "OFF"}

CAMERA_ENTITIES: tuple[EntityDescription, ...] = (
    EntityDescription("state", "sensor", "State", value_template="{{ value_json.state }}",
                      device_class="enum", extra={"options": list(CAMERA_STATES)}),
    EntityDescription("trigger_mode", "sensor", "Trigger mode", value_template="{{ value_json.trigger_mode }}",
                      device_class="enum", entity_category="diagnostic", extra={"options": list(TRIGGER_MODES)}),
    EntityDescription("inspections", "sensor", "Inspections", value_template="{{ value_json.inspections }}",
                      state_class="total_increasing", icon="mdi:counter"),
    EntityDescription("passed", "sensor", "Passed", value_template="{{ value_json.passed }}",
                      state_class="total_increasing"),
    EntityDescription("failed", "sensor", "Failed", value_template="{{ value_json.failed }}",
                      state_class="total_increasing"),
    EntityDescription("pass_rate", "sensor", "Pass rate", value_template="{{ value_json.pass_rate }}", unit="%",
                      state_class="measurement"),
    EntityDescription("job_name", "sensor", "Job", value_template="{{ value_json.job_name }}", icon="mdi:file-cog"),
    EntityDescription("last_inspection", "sensor", "Last inspection",
                      value_template="{{ value_json.last_inspection if value_json.last_passed is not none else None }}",
                      # A number to HA: it shows a rendered None as "unknown" only for numeric
                      # sensors (HA 2024.3 showed the text "None" before the first result).
                      extra={"suggested_display_precision": 0}),
    EntityDescription("uptime", "sensor", "Uptime", value_template="{{ value_json.uptime_s }}", device_class="duration",
                      unit="s", entity_category="diagnostic"),
    EntityDescription("controller_ip", "sensor", "Client in control", value_template="{{ value_json.controller_ip }}",
                      entity_category="diagnostic"),
    EntityDescription("online", "binary_sensor", "Online", source="availability", device_class="connectivity",
                      entity_category="diagnostic", extra={"payload_on": "online", "payload_off": "offline"}),
    # "None" is HA's "unknown": no result is shown before the first inspection.
    EntityDescription("last_passed", "binary_sensor", "Last inspection passed",
                      value_template="{{ 'None' if value_json.last_passed is none else "
                                     "('ON' if value_json.last_passed else 'OFF') }}", extra=_ON_OFF),
    EntityDescription("fault", "binary_sensor", "Fault", value_template="{{ 'ON' if value_json.fault else 'OFF' }}",
                      device_class="problem", entity_category="diagnostic", extra=_ON_OFF),
    EntityDescription("inspection", "event", "Inspection", source="inspection",
                      value_template='{{ {"event_type": value_json.result} | tojson }}',
                      extra={"event_types": ["pass", "fail"]}),
    EntityDescription("running", "switch", "Running", value_template="{{ 'ON' if value_json.running else 'OFF' }}",
                      command="running", extra={**_ON_OFF, "state_on": "ON", "state_off": "OFF"}),
    EntityDescription("trigger", "button", "Trigger inspection", source="none", command="trigger",
                      icon="mdi:camera-iris", extra={"payload_press": "PRESS"}),
)

BRIDGE_ENTITIES: tuple[EntityDescription, ...] = (
    EntityDescription("connection", "binary_sensor", "Connection", source="bridge_availability",
                      device_class="connectivity", entity_category="diagnostic",
                      extra={"payload_on": "online", "payload_off": "offline"}),
    EntityDescription("version", "sensor", "Version", source="bridge_state", value_template="{{ value_json.version }}",
                      entity_category="diagnostic"),
    EntityDescription("cameras_online", "sensor", "Cameras online", source="bridge_state",
                      value_template="{{ value_json.cameras_online }}", state_class="measurement"),
)


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


def camera_entities(config: CameraConfig, snapshot: CameraSnapshot) -> tuple[EntityDescription, ...]:
    """The fixed entities plus datums, job select, outputs and virtual points of the config."""
    extra: list[EntityDescription] = []
    for path in config.datums:
        extra.append(EntityDescription(
            f"datum_{slug(path)}", "sensor", path,
            value_template=f"{{{{ value_json.datums[{path!r}] if {path!r} in value_json.datums else None }}}}",
            icon="mdi:ruler", state_class="measurement"))
    if config.image_interval > 0:
        extra.append(EntityDescription("image", "image", "Last picture", source="image", icon="mdi:camera"))
    allowed = set(config.commands)
    jobs = [name for _, name in sorted(snapshot.jobs.items())]
    if "select_job" in allowed and jobs:
        extra.append(EntityDescription("job", "select", "Job select", value_template="{{ value_json.job_name }}",
                                       command="job", entity_category="config", extra={"options": jobs}))
    if "write_output" in allowed:
        for name, point in sorted(config.outputs.items(), key=lambda kv: kv[1]):
            extra.append(EntityDescription(
                f"output_{point}", "switch", f"Output {name}",
                value_template=f"{{{{ 'ON' if value_json.io.get('{point}') else 'OFF' }}}}",
                command=f"output/{point}", extra={**_ON_OFF, "state_on": "ON", "state_off": "OFF"}))
    if "write_virtual" in allowed:
        names = {n: name for name, n in config.virtual_names.items()}
        for n in config.virtual_points:
            extra.append(EntityDescription(
                f"vio_{n}", "switch", f"Virtual IO {names.get(n, n)}",
                value_template=f"{{{{ 'ON' if value_json.io.get('{1000 + n}') else 'OFF' }}}}",
                command=f"virtual/{n}", extra={**_ON_OFF, "state_on": "ON", "state_off": "OFF"}))
    fixed = tuple(d for d in CAMERA_ENTITIES
                  if not (d.key == "trigger" and "trigger" not in allowed)
                  and not (d.key == "running" and not {"start", "stop"} <= allowed))
    return fixed + tuple(extra)
