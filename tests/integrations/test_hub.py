"""Hub decisions that need no camera: where a restarted bridge resumes, refusals for unknown
cameras, the command table's shape."""

from __future__ import annotations

import asyncio

from vs1kit.hub import COMMANDS, SAFE_COMMANDS, CameraConfig, Hub


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
