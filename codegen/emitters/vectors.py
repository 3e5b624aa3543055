"""Emitter: language-neutral test vectors, ``tests/vectors/<port>.json``.

For every message: encoded samples (one per variant, so every switch case and optional field
appears) with their decoded value, plus the spec's own ``examples`` (e.g. bytes from a real
capture). The freshly generated Python codecs encode them, so a spec that cannot encode its
own sample fails at generation time.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from vs1kit.protocol.wire import Vs1Error

from .. import ir
from ..problems import Problem, SpecError
from ..samples import Sampler
from . import python
from .common import COMMAND

OUT = "tests/vectors"


@contextmanager
def generated_modules(spec: ir.Spec) -> Iterator[dict[str, ModuleType]]:
    """Import the Python codecs rendered from ``spec`` without touching the work tree."""
    files = python.emit(spec)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = "_vs1gen_vectors"
        root = Path(tmp) / pkg
        root.mkdir()
        for rel, text in files.items():
            name = rel.removeprefix(python.OUT + "/")
            (root / name).write_text(text.replace("from vs1kit.generated", f"from {pkg}"), encoding="utf-8")
        sys.path.insert(0, tmp)
        try:
            mods = {"types": importlib.import_module(f"{pkg}.types"),
                    "enums": importlib.import_module(f"{pkg}.enums"),
                    "frames": importlib.import_module(f"{pkg}.frames")}
            for port in spec.coded_ports:
                mods[port.id] = importlib.import_module(f"{pkg}.{port.py_module}")
            yield mods
        finally:
            sys.path.remove(tmp)
            for key in [k for k in sys.modules if k == pkg or k.startswith(pkg + ".")]:
                del sys.modules[key]


def emit(spec: ir.Spec) -> dict[str, str]:
    out: dict[str, str] = {}
    with generated_modules(spec) as mods:
        sampler = Sampler(spec, mods)
        for port in spec.coded_ports:
            vectors = []
            for msg in port.all_messages:
                cls = sampler.cls(msg)
                for variant in range(sampler.variants(msg)):
                    value = sampler.value(msg, variant)
                    data = value.encode()
                    entry = {"message": msg.id, "class": msg.py_name, "name": f"sample {variant}",
                             "hex": data.hex(), "value": value.to_dict()}
                    if entry not in vectors:
                        vectors.append(entry)
                for ex in msg.examples:
                    try:
                        decoded = cls.decode(ex.data)
                    except Vs1Error as exc:
                        # A spec example (e.g. bytes from a real capture) the spec cannot decode.
                        raise SpecError([Problem(msg.file, msg.line, f"{msg.id}.examples",
                                                 f"example '{ex.name}' does not decode: {exc}")]) from None
                    vectors.append({"message": msg.id, "class": msg.py_name, "name": ex.name,
                                    "hex": ex.data.hex(), "value": decoded.to_dict()})
            doc = {
                "_generated": f"GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `{COMMAND}`.",
                "port": port.id,
                "framing": port.framing.id if port.framing else None,
                "vectors": vectors,
            }
            out[f"{OUT}/{port.id}.json"] = json.dumps(doc, indent=1, sort_keys=False) + "\n"
    return out
