"""Install the generated Wireshark dissectors and check that tshark loads them.

The dissectors are one generated Lua file, ``dissectors/vs1.lua`` (``vs1 codegen`` writes
it). Wireshark loads Lua plugins from its personal plugin folder at start-up:

* Linux and macOS: ``~/.local/lib/wireshark/plugins``
* Windows: ``%APPDATA%\\Wireshark\\plugins``
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vs1kit import resources

__all__ = [
    "CheckResult",
    "TsharkMissingError",
    "WiresharkError",
    "check",
    "dissector_files",
    "find_tshark",
    "install",
    "isolated_env",
    "plugin_dir",
]

# Fields every build of the dissectors has, whatever the spec says about the messages.
CORE_FIELDS = ("vs1.frame.magic", "vs1.frame.msg_type", "vs1.frame.seq", "vs1.frame.length",
               "vs1.response_in", "vs1.request_in", "vs1.response_time")

_TSHARK_HINT = (
    "tshark was not found. Install Wireshark's command-line tools and try again: "
    "Debian/Ubuntu `sudo apt-get install tshark`, Fedora `sudo dnf install wireshark-cli`, "
    "macOS `brew install --cask wireshark` (tshark is inside Wireshark.app), Windows: the "
    "Wireshark installer with the TShark component. Or pass the program with --tshark PATH."
)
_CANDIDATES = (
    "/usr/bin/tshark",
    "/usr/local/bin/tshark",
    "/opt/homebrew/bin/tshark",
    "/Applications/Wireshark.app/Contents/MacOS/tshark",
    r"C:\Program Files\Wireshark\tshark.exe",
)


class WiresharkError(RuntimeError):
    """Installing or checking the dissectors failed; the message says why and what to do."""


class TsharkMissingError(WiresharkError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(f"{detail}\n{_TSHARK_HINT}" if detail else _TSHARK_HINT)


def plugin_dir(platform: str | None = None, env: Mapping[str, str] | None = None,
               home: Path | None = None) -> Path:
    """Wireshark's personal Lua plugin folder on ``platform`` (default: this machine)."""
    platform = platform or sys.platform
    env = os.environ if env is None else env
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        if not appdata:
            raise WiresharkError("%APPDATA% is not set: pass the plugin folder with --dir")
        return Path(appdata) / "Wireshark" / "plugins"
    return (home or Path(env.get("HOME") or Path.home())) / ".local" / "lib" / "wireshark" / "plugins"


def dissector_files(source: Path | None = None) -> list[Path]:
    """The generated Lua files to install (the shipped ``dissectors/*.lua`` by default)."""
    folder = source or resources.dissectors_dir()
    files = sorted(folder.glob("*.lua")) if folder.is_dir() else []
    if not files:
        raise WiresharkError(f"no dissector in {folder}: run `vs1 codegen` to generate dissectors/vs1.lua")
    return files


def install(dest: Path | None = None, source: Path | None = None) -> list[Path]:
    """Copy the dissectors into ``dest`` (default: the personal plugin folder)."""
    files = dissector_files(source)
    target = dest or plugin_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for src in files:
        out = target / src.name
        shutil.copyfile(src, out)
        written.append(out)
    return written


def find_tshark(explicit: str | os.PathLike[str] | None = None) -> str:
    """The tshark program: ``explicit``, else on PATH, else in the usual places."""
    if explicit is not None:
        path = Path(explicit)
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
        raise TsharkMissingError(f"{path} is not an executable tshark.")
    found = shutil.which("tshark")
    if found:
        return found
    for candidate in _CANDIDATES:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    raise TsharkMissingError()


def isolated_env(home: Path) -> dict[str, str]:
    """Environment in which tshark sees no personal plugins or preferences (only ``-X`` ones)."""
    config = home / "wireshark-config"
    config.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "WIRESHARK_CONFIG_DIR": str(config)}
    if sys.platform.startswith("win"):
        env["APPDATA"] = str(home)
    return env


@dataclass
class CheckResult:
    tshark: str
    version: str
    scripts: list[Path]
    fields: list[str] = field(default_factory=list)  # vs1.* fields tshark registered
    protocols: list[str] = field(default_factory=list)  # vs1.* protocols
    missing: list[str] = field(default_factory=list)  # expected fields tshark does not have
    errors: list[str] = field(default_factory=list)  # Lua load errors

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing and bool(self.fields)


def check(lua_dir: Path | None = None, tshark: str | os.PathLike[str] | None = None,
          expected: Sequence[str] | None = None, timeout: float = 120) -> CheckResult:
    """Run ``tshark -G fields`` with the dissectors of ``lua_dir`` loaded and check the fields.

    The scripts are loaded with ``-X lua_script:`` in an environment without personal plugins,
    so an installed copy cannot clash with them. ``expected`` defaults to the core fields plus
    every field the spec defines (when the spec is at hand).
    """
    program = find_tshark(tshark)
    scripts = dissector_files(lua_dir)
    with tempfile.TemporaryDirectory(prefix="vs1-wireshark-") as tmp:
        env = isolated_env(Path(tmp))
        args = [a for s in scripts for a in ("-X", f"lua_script:{s}")]
        try:
            version = subprocess.run([program, "--version"], capture_output=True, text=True, env=env,
                                     timeout=timeout, check=False).stdout.splitlines()
            proc = subprocess.run([program, "-G", "fields", *args], capture_output=True, text=True,
                                  env=env, timeout=timeout, check=False)
        except OSError as exc:
            raise TsharkMissingError(f"{program} could not run: {exc}") from None
    result = CheckResult(program, version[0] if version else "", scripts)
    for line in proc.stdout.splitlines():
        parts = line.split("\t")
        if parts[0] == "F" and len(parts) > 2 and parts[2].startswith("vs1."):
            result.fields.append(parts[2])
        elif parts[0] == "P" and len(parts) > 2 and parts[2].startswith("vs1"):
            result.protocols.append(parts[2])
    result.errors = [line for line in proc.stderr.splitlines() if "Lua" in line or "lua" in line]
    if proc.returncode != 0 and not result.errors:
        result.errors.append(f"tshark -G fields exited with {proc.returncode}: {proc.stderr.strip()}")
    want = list(expected) if expected is not None else [*CORE_FIELDS, *_spec_fields()]
    have = set(result.fields)
    result.missing = [f for f in want if f not in have]
    return result


def _spec_fields() -> list[str]:
    """Every field name the spec gives the dissectors, or none if the spec is not at hand."""
    spec_dir = resources.spec_dir()
    if not spec_dir.is_dir():
        return []
    from vs1kit.codegen.emitters.lua import field_names
    from vs1kit.codegen.loader import load_spec

    names: list[str] = field_names(load_spec(spec_dir))
    return names
