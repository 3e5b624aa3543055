"""What each camera looks like in Home Assistant: frozen entity descriptions.

One table, read by discovery (config payloads) and by the command handler (which entity a
command topic belongs to). Values come from the camera snapshot the bridge publishes as JSON
on the state topic, through ``value_template``.
"""

from __future__ import annotations

from dataclasses import dataclass

from vs1kit.hub import CameraConfig


@dataclass(frozen=True)
class EntityDescription:
    key: str
    component: str  # sensor, binary_sensor, switch, button
    name: str
    value_template: str = ""
    device_class: str | None = None
    state_class: str | None = None
    unit: str | None = None
    entity_category: str | None = None
    icon: str | None = None
    command: str | None = None  # hub command for buttons/switches
    options: tuple[str, ...] = ()


CAMERA_STATES = ("booting", "idle", "running", "stopped", "fault", "unknown")

CAMERA_ENTITIES: tuple[EntityDescription, ...] = (
    EntityDescription("state", "sensor", "State", "{{ value_json.state }}", device_class="enum",
                      options=CAMERA_STATES),
    EntityDescription("inspections", "sensor", "Inspections", "{{ value_json.inspections }}",
                      state_class="total_increasing", icon="mdi:counter"),
    EntityDescription("passed", "sensor", "Passed", "{{ value_json.passed }}", state_class="total_increasing"),
    EntityDescription("failed", "sensor", "Failed", "{{ value_json.failed }}", state_class="total_increasing"),
    EntityDescription("pass_rate", "sensor", "Pass rate", "{{ value_json.pass_rate }}", unit="%",
                      state_class="measurement"),
    EntityDescription("job_name", "sensor", "Job", "{{ value_json.job_name }}", icon="mdi:file-cog"),
    EntityDescription("last_inspection", "sensor", "Last inspection", "{{ value_json.last_inspection }}"),
    EntityDescription("uptime", "sensor", "Uptime", "{{ value_json.uptime_s }}", device_class="duration",
                      unit="s", entity_category="diagnostic"),
    EntityDescription("controller_ip", "sensor", "Client in control", "{{ value_json.controller_ip }}",
                      entity_category="diagnostic"),
    EntityDescription("last_passed", "binary_sensor", "Last inspection passed",
                      "{{ 'ON' if value_json.last_passed else 'OFF' }}"),
    EntityDescription("fault", "binary_sensor", "Fault", "{{ 'ON' if value_json.fault else 'OFF' }}",
                      device_class="problem", entity_category="diagnostic"),
    EntityDescription("running", "switch", "Running", "{{ 'ON' if value_json.running else 'OFF' }}",
                      command="running"),
    EntityDescription("trigger", "button", "Trigger inspection", command="trigger", icon="mdi:camera-iris"),
)


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


def camera_entities(config: CameraConfig) -> tuple[EntityDescription, ...]:
    """The fixed entities plus one sensor per reported datum and one switch per virtual point."""
    extra: list[EntityDescription] = []
    for path in config.datums:
        extra.append(EntityDescription(f"datum_{slug(path)}", "sensor", path,
                                       f"{{{{ value_json.datums[{path!r}] }}}}", icon="mdi:ruler"))
    for n in config.virtual_points:
        extra.append(EntityDescription(f"vio_{n}", "switch", f"Virtual IO {n}",
                                       f"{{{{ 'ON' if value_json.io.get('{1000 + n}') else 'OFF' }}}}",
                                       command=f"vio/{n}"))
    return CAMERA_ENTITIES + tuple(extra)
