"""The corpus: one spec change per scenario, the capture it produces, what conform must name.

Each scenario edits a copy of the spec, writes a capture with the edited copy's codecs, and
lists the findings ``vs1 conform`` must report when the capture is checked against the
unedited spec: exactly these (kind, port, subject), nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conform.corpus import Disturb, edit, insert_after
from vs1kit.conform.codecs import SpecCodecs


@dataclass
class Scenario:
    name: str
    change: Callable[[Path], None]  # edits the spec copy the capture is made from
    ports: list[str]
    expected: set[tuple[str, str, str]]  # (kind, port, subject)
    capture_args: Callable[[SpecCodecs], dict[str, Any]] = lambda _: {}
    proposals: set[str] = field(default_factory=set)  # the proposal actions expected
    yaml: list[str] = field(default_factory=list)  # lines the proposed YAML must hold


def _field_added(spec: Path) -> None:
    insert_after(spec, "ports/rpc.yaml", "{id: controller_ip,", "      - {id: sensor_temp, type: s16}\n")


def _code_changed(spec: Path) -> None:
    edit(spec, "ports/rpc.yaml", "code: 0x0302", "code: 0x0312")


def _enum_added(spec: Path) -> None:
    edit(spec, "common.yaml", "      fault: 4\n", "      fault: 4\n      calibrating: 5\n")


def _enum_capture(codecs: SpecCodecs) -> dict[str, Any]:
    return {"overrides": {"status_reply": {"state": codecs.modules["enums"].CameraState(5)}}}


def _field_widened(spec: Path) -> None:
    edit(spec, "ports/rpc.yaml", "{id: request_type, type: u16", "{id: request_type, type: u32")


def _widened_capture(codecs: SpecCodecs) -> dict[str, Any]:
    # Real acks carry the code of the request they acknowledge.
    return {"overrides": {"rpc_ack": {"request_type": 0x0303}}}


def _port_moved(spec: Path) -> None:
    edit(spec, "ports/rpc.yaml", "numbers: [49059]", "numbers: [49159]")


def _udp_port_moved(spec: Path) -> None:
    edit(spec, "ports/login.yaml", "numbers: [49493]", "numbers: [50493]")


NEW_MESSAGE = """
  - id: temperature_alarm
    code: 0x8380
    direction: from_camera
    kind: event
    fields:
      - {id: alarm_count, type: u32}
      - {id: sensor_ip, type: ipv4}
      - {id: sensor_mac, type: mac}
      - {id: zone, type: u16}
      - {id: label, type: str, length_prefix: u8}
      - {id: celsius, type: s16, array: {count_prefix: u8}}
"""


def _message_added(spec: Path) -> None:
    path = spec / "ports/rpc.yaml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_MESSAGE, encoding="utf-8")


def _message_capture(codecs: SpecCodecs) -> dict[str, Any]:
    extra = [{"alarm_count": 7 + k, "sensor_ip": f"10.0.0.{20 + k}", "sensor_mac": f"00:1b:7a:00:10:{k:02x}",
              "zone": 3 * k, "label": ["oven", "belt 2", "", "camera head"][k],
              "celsius": [40 + 5 * i for i in range(k + 2)]} for k in range(4)]
    return {"overrides": {"temperature_alarm": {"alarm_count": 6, "label": "dryer", "celsius": [-3]}},
            "extra": {"temperature_alarm": extra}}


def _unchanged(spec: Path) -> None:
    return None


SCENARIOS = [
    Scenario("field_added", _field_added, ["rpc"], {("trailing_bytes", "rpc", "status_reply")},
             proposals={"append_field"}, yaml=["- {id: extra_2, type: u16,"]),
    Scenario("code_changed", _code_changed, ["rpc"], {("unknown_code", "rpc", "0x0312")},
             proposals={"set_code"}, yaml=["code: 0x0312"]),
    Scenario("enum_added", _enum_added, ["rpc"], {("unnamed_enum", "rpc", "status_reply.mode.state=5")},
             _enum_capture, proposals={"add_enum_value"}, yaml=["value_5: 5"]),
    Scenario("field_widened", _field_widened, ["rpc"], {("trailing_bytes", "rpc", "rpc_ack")},
             _widened_capture, proposals={"set_field_type"}, yaml=["type: u32"]),
    Scenario("port_moved", _port_moved, ["rpc"], {("unmapped_port", "rpc", "tcp/49159")},
             proposals={"set_port_numbers"}, yaml=["numbers: [49159]"]),
    Scenario("udp_port_moved", _udp_port_moved, ["login", "io"], {("unmapped_port", "login", "udp/50493")},
             proposals={"set_port_numbers"}, yaml=["numbers: [50493]"]),
    Scenario("message_added", _message_added, ["rpc"], {("unknown_code", "rpc", "0x8380")},
             _message_capture, proposals={"add_message"},
             # The layout inferred from the samples is the real one, field for field.
             yaml=["  code: 0x8380", "  direction: from_camera", "  kind: event",
                   "    - {id: counter_0, type: u32, doc: 'Increases from sample to sample: a counter.'}",
                   "    - {id: address_4, type: ipv4}", "    - {id: mac_8, type: mac}",
                   "    - {id: field_14, type: u16}", "    - {id: text_16, type: str, length_prefix: u8}",
                   "    - {id: items_22, type: u16, array: {count_prefix: u8}}"]),
    Scenario("retransmissions", _unchanged, ["rpc", "io"], set(),
             lambda _: {"disturb": Disturb(retransmit={1, 4, 9}, swap={2, 6, 12})}),
]

MISSING_SEGMENT = Disturb(drop={5}, to_camera_only=True)
