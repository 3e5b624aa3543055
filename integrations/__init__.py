"""Integrations: plugins that bridge VS-1 cameras into plant automation.

Each integration is a folder with a ``manifest.json`` and a module exposing
``async_setup_entry(hub, config) -> Entry`` and ``async_unload_entry(entry)``, in the manner of
Home Assistant integrations. Integrations talk to the :class:`~vs1kit.hub.Hub` only, never to a
camera socket.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def domains() -> list[str]:
    """The integrations shipped with vs1kit."""
    return sorted(p.parent.name for p in HERE.glob("*/manifest.json"))


def manifest(domain: str) -> dict[str, Any]:
    path = HERE / domain / "manifest.json"
    if not path.exists():
        raise KeyError(f"no integration {domain!r}; available: {', '.join(domains())}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def load(domain: str) -> ModuleType:
    """Import an integration after checking its manifest names it."""
    meta = manifest(domain)
    if meta.get("domain") != domain:
        raise ValueError(f"integrations/{domain}/manifest.json says domain {meta.get('domain')!r}")
    return importlib.import_module(f"{__name__}.{domain}")
