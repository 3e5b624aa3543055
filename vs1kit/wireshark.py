"""Install the generated Wireshark dissectors and check that tshark loads them.

The dissectors come in two builds of the same spec (``vs1 codegen`` writes both):

* ``dissectors/vs1.lua``, the default: nothing to compile. Wireshark loads Lua plugins from
  its personal plugin folder at start-up: ``~/.local/lib/wireshark/plugins`` (Linux and
  macOS), ``%APPDATA%\\Wireshark\\plugins`` (Windows).
* ``dissectors/vs1_epan.c``, the same dissectors as a C (epan) plugin, for large captures:
  :func:`build_epan` compiles it against the installed Wireshark (pkg-config ``wireshark``,
  Debian package ``wireshark-dev``) and :func:`install_epan` puts ``vs1_epan.so`` into the
  personal binary plugin folder ``~/.local/lib/wireshark/plugins/<major.minor>/epan``.

Both register the protocol ``vs1`` and its fields: Wireshark refuses to load the second one.
So installing one removes the other from the personal plugin folders. Wireshark loads no
personal binary plugins when it runs as root (it treats root as "special privileges"): run it
as a normal user, as one does anyway.
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
    "EPAN_PLUGIN",
    "EPAN_SOURCE",
    "CheckResult",
    "TsharkMissingError",
    "WiresharkError",
    "build_epan",
    "check",
    "dissector_files",
    "epan_plugin_dir",
    "epan_source",
    "find_tshark",
    "install",
    "install_epan",
    "isolated_env",
    "plugin_dir",
    "remove_epan",
    "remove_lua",
    "unprivileged",
    "wireshark_version",
]

EPAN_SOURCE = "vs1_epan.c"  # the generated C plugin, next to vs1.lua
EPAN_PLUGIN = "vs1_epan.so"  # what build_epan compiles it to
_DEV_HINT = ("Install Wireshark's development files and try again: Debian/Ubuntu "
             "`sudo apt-get install wireshark-dev` (Debian package wireshark-dev), Fedora "
             "`sudo dnf install wireshark-devel`; or use the Lua dissector (`vs1 wireshark install`), "
             "which needs no compiler.")

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
    """Copy the dissectors into ``dest`` (default: the personal plugin folder). (A C build in
    the personal binary plugin folders must go: :func:`remove_epan`; both register ``vs1``.)"""
    files = dissector_files(source)
    target = dest or plugin_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for src in files:
        out = target / src.name
        shutil.copyfile(src, out)
        written.append(out)
    return written


def remove_epan(lua_plugins: Path | None = None) -> list[Path]:
    """Remove the C build (``<version>/epan/vs1_epan.so``) from the personal plugin folder
    ``lua_plugins`` (default: this user's); returns what was removed."""
    base = lua_plugins or plugin_dir()
    removed = []
    for so in sorted(base.glob(f"*/epan/{EPAN_PLUGIN}")):
        so.unlink()
        removed.append(so)
    return removed


def remove_lua(lua_plugins: Path | None = None, source: Path | None = None) -> list[Path]:
    """Remove the Lua dissectors (``vs1.lua``...) from the personal plugin folder."""
    base = lua_plugins or plugin_dir()
    removed = []
    for src in dissector_files(source):
        path = base / src.name
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def epan_source(source: Path | None = None) -> Path:
    """The generated C plugin source (the shipped ``dissectors/vs1_epan.c`` by default)."""
    path = (source or resources.dissectors_dir()) / EPAN_SOURCE
    if not path.is_file():
        raise WiresharkError(f"{path} is missing: run `vs1 codegen` to generate it")
    return path


def _pkg_config(*args: str) -> str:
    program = shutil.which("pkg-config")
    if program is None:
        raise WiresharkError(f"pkg-config was not found, so the Wireshark headers cannot be located. {_DEV_HINT}")
    proc = subprocess.run([program, *args, "wireshark"], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise WiresharkError(f"pkg-config knows no package `wireshark` ({proc.stderr.strip() or 'not found'}). "
                             f"{_DEV_HINT}")
    return proc.stdout.strip()


def wireshark_version() -> str:
    """``major.minor`` of the Wireshark the C plugin is built against (pkg-config)."""
    full = _pkg_config("--modversion")
    parts = full.split(".")
    if len(parts) < 2:
        raise WiresharkError(f"pkg-config gives Wireshark version {full!r}, expected major.minor.patch")
    return f"{parts[0]}.{parts[1]}"


def epan_plugin_dir(version: str, lua_plugins: Path | None = None) -> Path:
    """The personal binary dissector plugin folder of Wireshark ``version`` (``4.0``)."""
    return (lua_plugins or plugin_dir()) / version / "epan"


def build_epan(out_dir: Path, source: Path | None = None, cc: str | None = None,
               timeout: float = 600) -> Path:
    """Compile ``vs1_epan.c`` into ``out_dir/vs1_epan.so`` with the system C compiler and
    pkg-config ``wireshark``; raises :class:`WiresharkError` saying what is missing."""
    src = epan_source(source)
    cflags = _pkg_config("--cflags").split()
    libs = _pkg_config("--libs").split()
    compiler = cc or os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if not compiler:
        raise WiresharkError("no C compiler (cc, gcc or clang) was found: install one "
                             "(Debian/Ubuntu `sudo apt-get install gcc`) or pass --cc")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / EPAN_PLUGIN
    cmd = [*compiler.split(), "-O2", "-shared", "-fPIC", "-o", str(out), str(src), *cflags, *libs]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except OSError as exc:
        raise WiresharkError(f"the C compiler {compiler} could not run: {exc}") from None
    if proc.returncode != 0:
        raise WiresharkError(f"compiling {src} failed ({' '.join(cmd)}):\n{proc.stderr.strip()}")
    return out


def install_epan(dest: Path | None = None, source: Path | None = None, cc: str | None = None) -> tuple[Path, list[Path]]:
    """Build the C plugin and copy it into ``dest`` (default: the personal binary plugin folder
    of the Wireshark it was built against); the Lua dissectors are removed from the personal
    plugin folder (both register ``vs1``). Returns the installed file and the removed ones."""
    with tempfile.TemporaryDirectory(prefix="vs1-epan-") as tmp:
        built = build_epan(Path(tmp), source, cc)
        target = dest or epan_plugin_dir(wireshark_version())
        target.mkdir(parents=True, exist_ok=True)
        out = target / EPAN_PLUGIN
        shutil.copyfile(built, out)
    removed = remove_lua() if dest is None else []
    return out, removed


def unprivileged() -> list[str]:
    """The command prefix that runs tshark as an unprivileged user when this process is root
    (``setpriv`` to nobody), since Wireshark loads no personal binary plugins as root; empty
    otherwise. Files tshark reads must then be readable by others."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise WiresharkError("running as root, and setpriv (util-linux) is missing: cannot run tshark "
                             "as a normal user, which Wireshark needs to load a personal C plugin")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


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
