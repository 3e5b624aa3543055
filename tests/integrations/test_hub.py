"""Hub decisions that need no camera: where a restarted bridge resumes, refusals for unknown
cameras, the command table's shape, an inspection's JSON."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from vs1kit.hub import COMMANDS, SAFE_COMMANDS, CameraConfig, Hub, InspectionEvent


def test_resume_point_is_the_least_advanced_integration() -> None:
    hub = Hub([CameraConfig("a", "h")])
    assert hub.resume_point("a") is None  # nothing registered: start live
    stored = {"a": 120}
    hub.add_resume_point(stored.get)
    hub.add_resume_point(lambda cid: 90 if cid == "a" else None)
    hub.add_resume_point(lambda cid: None)  # an integration with nothing stored yet
    assert hub.resume_point("a") == 90
    assert hub.resume_point("b") is None


def test_unknown_camera_is_refused_with_the_correlation_id() -> None:
    hub = Hub([])
    r = asyncio.run(hub.command("nope", "trigger", {}, correlation_id="c-9"))
    assert (r.status, r.correlation_id, r.reason) == ("refused", "c-9", "no camera 'nope'")
    assert r.as_dict()["id"] == "c-9"


def test_command_table() -> None:
    # Download and flash are in the table (so a refusal names them) but never allowed by default.
    assert {"download", "flash"} <= set(COMMANDS) and not {"download", "flash"} & set(SAFE_COMMANDS)
    assert all(COMMANDS[name].dangerous for name in ("download", "flash"))
    assert set(SAFE_COMMANDS) <= set(COMMANDS)
    assert CameraConfig("a", "h").commands == SAFE_COMMANDS


@pytest.mark.parametrize(("camera", "serial", "boot_id", "inspection", "timestamp_us", "passed", "backfilled", "datums"), [
    ("cam1", "VS1-000001", 12345, 7, 1764650000000000, True, False, {"Blob1.Count": 3}),
    ('c\u00e4m "x"\\', "S/\u00e9\n", 0, 1, 0, False, True, {"a": 1.5, "b": "\u00fc", "c": [1, None], "d": True}),
    ("c", "", 2**40, 2**33, -1, True, True, {}),
    ("\U0001f600", "VS1:2", 1, 2**31 + 5, 2**62, False, False, {"x.y": -0.0, "z": 1e300, "s": "\u2028"}),
])
def test_inspection_json_is_exactly_json_dumps_of_its_dict(
        camera: str, serial: str, boot_id: int, inspection: int, timestamp_us: int, passed: bool,
        backfilled: bool, datums: dict[str, Any]) -> None:
    event = InspectionEvent(camera, serial, boot_id, inspection, timestamp_us, passed, backfilled, datums)
    assert event.as_json() == json.dumps(event.as_dict(), separators=(",", ":")).encode()
    assert json.loads(event.as_json())["key"] == event.key
