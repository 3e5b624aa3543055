"""The integration plugin model: entry points in the group ``vs1kit.integrations``.

An integration is a module (registered as ``<domain> = "package.module"``) that satisfies
:class:`Integration`: a ``DOMAIN``, a frozen-dataclass ``Config`` (its schema: unknown keys and
bad values are errors naming the key, see :mod:`vs1kit.bridge.schema`), ``async_setup_entry``,
``async_unload_entry``, ``diagnostics`` (secrets redacted) and a ``quality_scale.yaml`` beside
it. The same shape fits MQTT, Modbus TCP, OPC UA and Sparkplug B: each gets hub events and
runs commands through the hub, nothing else.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, cast, runtime_checkable

from vs1kit.hub import Hub

GROUP = "vs1kit.integrations"


@runtime_checkable
class Entry(Protocol):
    """A running integration (what ``async_setup_entry`` returns)."""

    hub: Hub


class Integration(Protocol):
    DOMAIN: str
    Config: type[Any]
    """A frozen dataclass: the schema of the integration's config section."""

    async def async_setup_entry(self, hub: Hub, config: Any) -> Entry: ...

    async def async_unload_entry(self, entry: Any) -> None: ...

    def diagnostics(self, entry: Any) -> dict[str, Any]: ...


def available() -> dict[str, importlib.metadata.EntryPoint]:
    """Registered integrations by domain (ours are registered the same way as anyone's)."""
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=GROUP)}


def load(domain: str) -> Integration:
    eps = available()
    if domain not in eps:
        raise KeyError(f"no integration {domain!r}; available: {', '.join(sorted(eps)) or 'none'}")
    module = eps[domain].load()
    if not isinstance(module, ModuleType):
        raise TypeError(f"entry point {domain!r} must name a module, got {module!r}")
    missing = [a for a in ("DOMAIN", "Config", "async_setup_entry", "async_unload_entry", "diagnostics")
               if not hasattr(module, a)]
    if missing:
        raise TypeError(f"integration {domain!r} ({module.__name__}) lacks {', '.join(missing)}")
    if domain != module.DOMAIN:
        raise TypeError(f"entry point {domain!r} loads a module whose DOMAIN is {module.DOMAIN!r}")
    return cast(Integration, module)


def quality_scale_path(domain: str) -> Path:
    module = cast(ModuleType, load(domain))
    assert module.__file__ is not None
    return Path(module.__file__).parent / "quality_scale.yaml"
