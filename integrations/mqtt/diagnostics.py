"""Redaction for diagnostics dumps: secrets never reach a support ticket."""

from __future__ import annotations

from typing import Any

REDACTED = "**REDACTED**"
SECRET_KEYS = {"password", "username", "user", "keyfile"}


def redact(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: (REDACTED if k in SECRET_KEYS and v else redact(v)) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [redact(v) for v in data]
    return data
