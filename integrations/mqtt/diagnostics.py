"""Diagnostics for a support ticket: configuration and snapshots, secrets redacted."""

from __future__ import annotations

from typing import Any

REDACTED = "**REDACTED**"
SECRET_KEYS = {"password", "username", "user"}


def redact(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: (REDACTED if k in SECRET_KEYS and v else redact(v)) for k, v in data.items()}
    if isinstance(data, list):
        return [redact(v) for v in data]
    return data


def diagnostics(entry: Any) -> dict[str, Any]:
    """What the running MQTT entry knows, safe to attach to a bug report."""
    data: dict[str, Any] = redact({
        "config": entry.config,
        "connected": entry.connected,
        "published": entry.published,
        "commands": entry.commands,
        "snapshots": {cid: s.as_dict() for cid, s in entry.hub.snapshots.items()},
    })
    return data
