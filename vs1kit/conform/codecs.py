"""The codecs a conformance run decodes with: generated from the spec it is given.

A user's spec copy decides what conforms, so its codecs are generated into a private package
(``vs1conform_<digest>``) in a temporary folder and imported from there; the shipped spec uses the
installed ``vs1kit.generated`` directly. The generated modules import only each other and
``vs1kit.protocol``, which is what makes a second copy importable under another name.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from vs1kit import resources
from vs1kit.codegen import ir
from vs1kit.codegen.loader import load_spec
from vs1kit.protocol.wire import Message

__all__ = ["PortCodec", "SpecCodecs", "spec_digest"]

_GENERATED_PREFIX = "vs1kit/generated/"
_TEMP_ROOTS: list[tempfile.TemporaryDirectory[str]] = []  # kept for the process's lifetime
_CACHE: dict[str, SpecCodecs] = {}


def spec_digest(root: Path) -> str:
    """A digest of every spec file's bytes (names included)."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")) + sorted(root.rglob("*.json")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class PortCodec:
    """One coded port of the spec: its model, its generated classes by code, its numbers."""

    port: ir.Port
    by_code: dict[int, type[Message]]
    numbers: list[int]

    @property
    def id(self) -> str:
        return str(self.port.id)

    @property
    def kind(self) -> str:
        assert self.port.framing is not None
        return str(self.port.framing.kind)


@dataclass
class SpecCodecs:
    """The model and generated codecs of one spec folder."""

    root: Path
    spec: ir.Spec
    modules: dict[str, ModuleType]
    ports: dict[str, PortCodec] = field(default_factory=dict)
    by_spec_id: dict[str, ir.TypeDef] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path | None = None) -> SpecCodecs:
        """Load ``root`` (the shipped spec when None); raises SpecError for an invalid spec."""
        shipped = resources.spec_dir()
        root = (root or shipped).resolve()
        digest = spec_digest(root)
        if digest in _CACHE:
            return _CACHE[digest]
        spec = load_spec(root)
        if root == shipped.resolve() or digest == spec_digest(shipped):
            package = "vs1kit.generated"
        else:
            package = _generate_package(spec, digest)
        mods = {name: importlib.import_module(f"{package}.{name}") for name in ("types", "enums", "frames")}
        for port in spec.coded_ports:
            mods[port.py_module] = importlib.import_module(f"{package}.{port.py_module}")
        codecs = cls(root, spec, mods)
        codecs._index()
        _CACHE[digest] = codecs
        return codecs

    def _index(self) -> None:
        for td in self.spec.types.values():
            self.by_spec_id[td.id] = td
        for fr in self.spec.framings.values():
            if fr.header is not None:
                self.by_spec_id[fr.header.id] = fr.header
        for msg in [*self.spec.shared_messages, *self.spec.messages]:
            self.by_spec_id[msg.id] = msg
        for port in self.spec.coded_ports:
            if port.standard:
                continue  # standard protocols are Wireshark's own dissectors' business
            mod = self.modules[port.py_module]
            classes: tuple[type[Message], ...] = getattr(mod, "MESSAGES", ())
            by_code = {c.CODE: c for c in classes if c.CODE is not None}
            self.ports[port.id] = PortCodec(port, by_code, list(port.numbers))

    def frames_module(self) -> Any:
        return self.modules["frames"]

    def message_model(self, cls: type[Message]) -> ir.Message:
        td = self.by_spec_id[cls.SPEC_ID]
        assert isinstance(td, ir.Message)
        return td


def _generate_package(spec: ir.Spec, digest: str) -> str:
    """Render the Python emitter for ``spec`` into a temporary package; return its name."""
    python_emitter: Any = importlib.import_module("vs1kit.codegen.emitters.python")
    package = f"vs1conform_{digest}"
    if package in sys.modules:
        return package
    tmp = tempfile.TemporaryDirectory(prefix="vs1conform-")
    _TEMP_ROOTS.append(tmp)
    pkg_dir = Path(tmp.name) / package
    pkg_dir.mkdir()
    for rel, text in python_emitter.emit(spec).items():
        if rel.startswith(_GENERATED_PREFIX):
            (pkg_dir / rel[len(_GENERATED_PREFIX):]).write_text(text, encoding="utf-8")
    sys.path.insert(0, tmp.name)
    importlib.invalidate_caches()
    return package
