"""Run the real tshark (optionally with our Lua dissectors) from tests.

Why a helper: tests must exercise the very dissectors an engineer loads into
Wireshark, through the real tshark, and must *fail* (never skip) when that is
not possible, including when a Lua script does not even load, which tshark only
reports on stderr while still exiting 0.

How Lua scripts are loaded (verified on tshark 4.0.17, Debian 12, as root):

* Every ``*.lua`` file directly in ``lua_dir`` is passed, sorted by name, as
  ``-X lua_script:/abs/path/file.lua``. tshark prepends the script's folder to
  Lua's ``package.path``, so ``require("helper")`` of a sibling file works.
* Running as root is fine: Debian's ``/usr/share/wireshark/init.lua`` sets
  ``enable_lua = true`` and ``run_user_scripts_when_superuser = true``. If an
  init.lua sets the latter to false, tshark silently ignores ``-X lua_script``
  when run as root, and tshark still exits 0 (older releases shipped
  ``disable_lua = true`` and ``run_user_scripts_when_superuser = false``);
  a one-time probe script notices this and the helpers raise a clear error
  instead (see :func:`_check_lua_enabled`).
* tshark runs with ``HOME`` and ``WIRESHARK_CONFIG_DIR`` pointing at an empty
  private folder, so an engineer's personal preferences (e.g. TCP reassembly
  switched off) or a dissector already installed in
  ``~/.local/lib/wireshark/plugins`` cannot change or break test results.

Lua problems are reported in two places, and both are turned into
:class:`LuaScriptError`:

* load time (syntax error, error in the main chunk, duplicate protocol name):
  stderr gets ``tshark: Lua: syntax error: ...`` or
  ``tshark: Lua: Error during loading: ...``;
* dissection time (e.g. ``Range is out of bounds``): the protocol tree gets an
  expert item ``Lua Error: ...`` (field ``_ws.lua.error``), i.e. it is on stdout.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyshark

__all__ = [
    "CHECKSUM_PREFS",
    "LuaCheckedFileCapture",
    "LuaScriptError",
    "TsharkError",
    "TsharkUnavailableError",
    "flatten_layer",
    "lua_script_args",
    "pyshark_capture",
    "raise_for_lua_dissection_errors",
    "require_tshark",
    "run_tshark",
    "tshark_env",
    "tshark_fields",
]

StrPath = str | os.PathLike[str]

# Preferences that make tshark verify every checksum; bad ones then show up as
# expert errors and as ``*.checksum.status == 0`` ("Bad").
CHECKSUM_PREFS: dict[str, str] = {
    "ip.check_checksum": "TRUE",
    "tcp.check_checksum": "TRUE",
    "udp.check_checksum": "TRUE",
}

# Load-time problems on stderr: "tshark: Lua: syntax error: ...",
# "tshark: Lua: Error during loading: ..."; dissection problems: "Lua Error: ...".
_STDERR_LUA_ERROR = re.compile(r"Lua Error|\bLua: ", re.IGNORECASE)
_STDOUT_LUA_ERROR = "Lua Error"

_APT_TIMEOUT_S = 900
_DEFAULT_TIMEOUT_S = 600


class TsharkError(RuntimeError):
    """tshark could not be run or exited with an error."""


class TsharkUnavailableError(TsharkError):
    """tshark is not installed and could not be installed."""


class LuaScriptError(TsharkError):
    """A Lua dissector failed to load or raised an error while dissecting."""


# -- locating / installing tshark ---------------------------------------------

_tshark_path: str | None = None
_install_failure: str | None = None


def _find_tshark() -> str | None:
    return shutil.which("tshark") or (
        "/usr/bin/tshark" if os.access("/usr/bin/tshark", os.X_OK) else None
    )


def require_tshark() -> str:
    """Return the path of a working tshark, installing it with apt-get if needed.

    Raises :class:`TsharkUnavailableError` (so the calling test fails rather
    than skips) if tshark is missing and cannot be installed. The outcome is
    remembered for the rest of the test session, so apt-get runs at most once.
    """
    global _tshark_path, _install_failure
    if _tshark_path is not None:
        return _tshark_path
    if _install_failure is not None:
        raise TsharkUnavailableError(_install_failure)

    path = _find_tshark()
    if path is None:
        _install_failure = _install_tshark()
        path = _find_tshark()
        if _install_failure is None and path is None:
            _install_failure = "apt-get reported success but no tshark binary is on PATH"
        if _install_failure is not None:
            raise TsharkUnavailableError(_install_failure)
    assert path is not None

    # A binary that cannot even print its version is as bad as a missing one.
    probe = subprocess.run(
        [path, "--version"], capture_output=True, text=True, env=tshark_env(), check=False
    )
    if probe.returncode != 0:
        _install_failure = (
            f"{path} --version failed (exit {probe.returncode}): {probe.stderr.strip()}"
        )
        raise TsharkUnavailableError(_install_failure)
    _tshark_path = path
    return path


def _install_tshark() -> str | None:
    """Install tshark from Debian packages; return an error message or None."""
    if os.geteuid() != 0:
        return (
            "tshark is required by the dissector tests but is not installed, and the tests are "
            "not running as root so they cannot install it. Run: "
            "sudo apt-get update && sudo apt-get install -y tshark"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    steps = (
        ["apt-get", "update"],
        # wireshark-common asks whether non-root users may capture; the
        # noninteractive frontend takes the default answer.
        ["apt-get", "install", "-y", "tshark"],
    )
    for cmd in steps:
        try:
            result = subprocess.run(
                cmd, capture_output=True, text=True, env=env, timeout=_APT_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"tshark is missing and `{' '.join(cmd)}` could not run: {exc}"
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
            return (
                f"tshark is missing and `{' '.join(cmd)}` failed with exit code "
                f"{result.returncode}:\n{tail}"
            )
    return None


# -- environment and arguments ------------------------------------------------

_isolated_home: str | None = None


def tshark_env() -> dict[str, str]:
    """Environment for tshark with personal configuration and plugins hidden.

    ``HOME`` moves the personal Lua plugin folder
    (``$HOME/.local/lib/wireshark/plugins``) and ``WIRESHARK_CONFIG_DIR`` the
    personal preferences/profiles to an empty private folder.
    """
    global _isolated_home
    if _isolated_home is None:
        _isolated_home = tempfile.mkdtemp(prefix="vs1kit-tshark-home-")
        atexit.register(shutil.rmtree, _isolated_home, True)
    config_dir = os.path.join(_isolated_home, "wireshark-config")
    os.makedirs(config_dir, exist_ok=True)
    return {**os.environ, "HOME": _isolated_home, "WIRESHARK_CONFIG_DIR": config_dir}


def lua_script_args(lua_dir: StrPath | None) -> list[str]:
    """``-X lua_script:FILE`` for every ``*.lua`` directly inside ``lua_dir``.

    Raises ``ValueError`` if the folder has no Lua file: a test pointed at an
    empty folder (e.g. code generation did not run) must not pass by accident.
    """
    if lua_dir is None:
        return []
    folder = Path(lua_dir).resolve()
    if not folder.is_dir():
        raise ValueError(f"Lua plugin folder does not exist: {folder}")
    scripts = sorted(folder.glob("*.lua"))
    if not scripts:
        raise ValueError(f"no *.lua files in {folder}")
    return [arg for script in scripts for arg in ("-X", f"lua_script:{script}")]


_LUA_PROBE_MARKER = "vs1kit-lua-probe-ok"
_lua_checked = False


def _check_lua_enabled() -> None:
    """Fail clearly if tshark would silently ignore ``-X lua_script``.

    That happens when tshark has no Lua support, when init.lua sets
    ``enable_lua = false``, or when it sets ``run_user_scripts_when_superuser =
    false`` and we run as root. A one-line probe script that prints a marker
    tells them apart from "scripts loaded": it runs once per test session.
    """
    global _lua_checked
    if _lua_checked:
        return
    home = Path(tshark_env()["HOME"])
    probe = home / "lua-probe.lua"
    probe.write_text(f'print("{_LUA_PROBE_MARKER}")\n', encoding="utf-8")
    empty_pcap = home / "empty.pcap"
    # Classic little-endian libpcap header with no records: Ethernet, snaplen 65535.
    empty_pcap.write_bytes(bytes.fromhex("d4c3b2a1020004000000000000000000ffff000001000000"))
    cmd = [require_tshark(), "-n", "-X", f"lua_script:{probe}", "-r", str(empty_pcap)]
    result = subprocess.run(
        cmd, capture_output=True, text=True, env=tshark_env(), timeout=120, check=False
    )
    if _LUA_PROBE_MARKER not in result.stdout:
        raise TsharkError(
            "tshark ignored a Lua script passed with -X lua_script. Either it was built without "
            "Lua, or init.lua (in `tshark -G folders` 'Global configuration') sets "
            "enable_lua = false, or it sets run_user_scripts_when_superuser = false while the "
            f"tests run as root (uid {os.geteuid()}).\n"
            f"command: {' '.join(cmd)}\nstderr: {result.stderr.strip()}"
        )
    _lua_checked = True


def _pref_args(prefs: Mapping[str, str] | None) -> list[str]:
    return [arg for name, value in (prefs or {}).items() for arg in ("-o", f"{name}:{value}")]


def _clean_stderr(stderr: str) -> str:
    """stderr without tshark's harmless 'Running as user "root"' warning."""
    return "\n".join(
        line for line in stderr.strip().splitlines() if not line.startswith("Running as user")
    )


def _raise_for_lua_errors(cmd: Sequence[str], stdout: str, stderr: str) -> None:
    if _STDERR_LUA_ERROR.search(stderr):
        # Load errors span several lines (message + traceback): show all of stderr.
        raise LuaScriptError(
            "tshark reported a Lua error while loading the dissector scripts:\n"
            f"{_clean_stderr(stderr)}\ncommand: {' '.join(cmd)}"
        )
    stdout_hits = [line.strip() for line in stdout.splitlines() if _STDOUT_LUA_ERROR in line]
    if stdout_hits:
        shown = "\n".join(dict.fromkeys(stdout_hits))  # unique, in order
        raise LuaScriptError(
            f"a Lua dissector raised an error while dissecting:\n{shown}\ncommand: {' '.join(cmd)}"
        )


# -- plain subprocess runs ----------------------------------------------------


def run_tshark(
    pcap: StrPath,
    lua_dir: StrPath | None,
    args: Sequence[str] = (),
    *,
    prefs: Mapping[str, str] | None = None,
    check_lua: bool = True,
    timeout: float = _DEFAULT_TIMEOUT_S,
) -> subprocess.CompletedProcess[str]:
    """Run ``tshark -n -r PCAP`` with the Lua scripts of ``lua_dir`` and ``args``.

    Args:
        pcap: capture file to read.
        lua_dir: folder whose ``*.lua`` files are loaded, or None for none.
        args: further tshark arguments, e.g. ``["-T", "fields", "-e", "tcp.len"]``.
        prefs: preference overrides passed as ``-o name:value``.
        check_lua: raise :class:`LuaScriptError` on Lua errors (default).
        timeout: seconds before tshark is killed.

    Returns the completed process with text stdout/stderr. Raises
    :class:`TsharkError` if tshark exits non-zero. Lua errors raised while
    dissecting are only visible here if ``args`` ask for the protocol tree;
    see :func:`raise_for_lua_dissection_errors` for a check that always works.
    """
    if lua_dir is not None:
        _check_lua_enabled()
    cmd = [
        require_tshark(),
        "-n",  # no name resolution: fast, and output does not depend on the host
        *lua_script_args(lua_dir),
        *_pref_args(prefs),
        "-r",
        os.fspath(pcap),
        *args,
    ]
    result = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=tshark_env(),
        timeout=timeout,
        check=False,
    )
    if check_lua:
        _raise_for_lua_errors(cmd, result.stdout, result.stderr)
    if result.returncode != 0:
        raise TsharkError(
            f"tshark exited with code {result.returncode}:\n{_clean_stderr(result.stderr)}\n"
            f"command: {' '.join(cmd)}"
        )
    return result


def raise_for_lua_dissection_errors(
    pcap: StrPath, lua_dir: StrPath, *, prefs: Mapping[str, str] | None = None
) -> None:
    """Dissect every frame and raise :class:`LuaScriptError` if any had a Lua error.

    :func:`run_tshark` can only see dissection-time errors when its output
    contains the protocol tree (``-V``, ``-T json``/``pdml``); a summary or
    ``-T fields`` run hides them. This extra pass filters on the expert field
    ``_ws.lua.error`` so no frame is missed, whatever the test's own output.
    """
    result = run_tshark(
        pcap,
        lua_dir,
        ["-Y", "_ws.lua.error", "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message"],
        prefs=prefs,
        check_lua=False,  # evaluated below, with frame numbers
    )
    _raise_for_lua_errors(result.args, "", result.stderr)
    rows = [line.split("\t", 1) for line in result.stdout.splitlines() if line.strip()]
    if rows:
        shown = "\n".join(f"frame {row[0]}: {row[-1]}" for row in rows[:20])
        more = f"\n... and {len(rows) - 20} more frames" if len(rows) > 20 else ""
        raise LuaScriptError(f"Lua dissector errors in {pcap}:\n{shown}{more}")


def tshark_fields(
    pcap: StrPath,
    lua_dir: StrPath | None,
    fields_prefix: str,
    *,
    display_filter: str | None = None,
    prefs: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Decoded protocol trees, one dict per frame that has a matching layer.

    Runs ``tshark -T json --no-duplicate-keys`` and keeps, for every frame, the
    top-level layers whose name starts with ``fields_prefix`` (e.g. ``"vs1"``).
    The result keeps tshark's nesting, e.g.::

        [{"vs1demo": {"vs1demo.kind": "0x00", "vs1demo.length": "5",
                      "vs1demo": {"vs1demo.name": "hello"}}}, ...]

    Values are tshark's strings: unsigned integers in the field's base
    (``"5"`` for base.DEC, ``"0x00"`` for base.HEX), bytes as ``"aa:bb"``,
    booleans as ``"0"``/``"1"``. A key that occurs several times at one level,
    e.g. a layer for each of three PDUs coalesced in one TCP segment, becomes a
    list; :func:`flatten_layer` turns that into one entry per PDU. Frames
    without a matching layer (handshake, ACKs) are left out.
    """
    args = ["-T", "json", "--no-duplicate-keys"]
    if display_filter:
        args += ["-Y", display_filter]
    result = run_tshark(pcap, lua_dir, args, prefs=prefs)
    frames = json.loads(result.stdout or "[]")
    trees: list[dict[str, Any]] = []
    for frame in frames:
        layers: dict[str, Any] = frame["_source"]["layers"]
        matching = {name: tree for name, tree in layers.items() if name.startswith(fields_prefix)}
        if matching:
            trees.append(matching)
    return trees


def flatten_layer(trees: Sequence[Mapping[str, Any]], layer: str) -> list[dict[str, Any]]:
    """All occurrences of ``layer`` across ``trees`` in capture order (one per PDU)."""
    out: list[dict[str, Any]] = []
    for tree in trees:
        value = tree.get(layer)
        if isinstance(value, list):
            out.extend(value)
        elif isinstance(value, dict):
            out.append(value)
    return out


# -- pyshark ------------------------------------------------------------------


class LuaCheckedFileCapture(pyshark.FileCapture):  # type: ignore[misc]
    """A pyshark ``FileCapture`` that keeps every line tshark writes to stderr.

    pyshark 0.6 reads tshark's stderr in ``Capture._handle_process_stderr_forever``
    and only keeps the last line (and logs lines when ``debug=True``). This
    subclass overrides that hook to keep them all in :attr:`stderr_lines` so Lua
    load errors can be turned into test failures without printing debug noise.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.stderr_lines: list[str] = []
        super().__init__(*args, **kwargs)

    async def _handle_process_stderr_forever(self, stderr: Any) -> None:
        while True:
            raw = await stderr.readline()
            if not raw:
                break
            line = raw.decode("utf-8", errors="replace").rstrip()
            self.stderr_lines.append(line)
            self._last_error_line = line  # what pyshark itself reports on a crash
            self._log.debug(line)

    def raise_for_lua_errors(self) -> None:
        """Raise :class:`LuaScriptError` for Lua load errors or dissection errors."""
        stderr = "\n".join(self.stderr_lines)
        if _STDERR_LUA_ERROR.search(stderr):
            raise LuaScriptError(
                "tshark (via pyshark) reported a Lua error while loading scripts:\n"
                f"{_clean_stderr(stderr)}"
            )
        for packet in self._packets:
            for layer in packet.layers:
                # Dissection errors appear as an expert item with field _ws.lua.error.
                if "_ws_lua_error" in layer.field_names:
                    message = layer.get_field("_ws_expert_message") or "Lua Error"
                    raise LuaScriptError(
                        f"a Lua dissector raised an error in frame {packet.number}: {message}"
                    )


@contextlib.contextmanager
def _environ(env: Mapping[str, str]) -> Iterator[None]:
    """Temporarily apply the tshark_env() variables: pyshark has no env parameter."""
    keys = ("HOME", "WIRESHARK_CONFIG_DIR")
    saved = {key: os.environ.get(key) for key in keys}
    os.environ.update({key: env[key] for key in keys})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def pyshark_capture(
    pcap: StrPath,
    lua_dir: StrPath | None,
    *,
    prefs: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> LuaCheckedFileCapture:
    """Open ``pcap`` with pyshark, tshark loading the Lua scripts of ``lua_dir``.

    The scripts go in through ``custom_parameters`` (``-X lua_script:FILE``),
    ``prefs`` through pyshark's ``override_prefs``; other keyword arguments go
    to ``pyshark.FileCapture`` (e.g. ``display_filter``, ``use_json``). All
    packets are loaded eagerly, inside the same isolated environment as
    :func:`run_tshark`, then the capture is checked: a Lua load error (stderr)
    or a Lua error during dissection raises :class:`LuaScriptError`. The
    returned capture is already closed; index or iterate it as usual.
    """
    if lua_dir is not None:
        _check_lua_enabled()
    # pyshark asks asyncio for "the current" loop; after any asyncio.run() in this thread
    # there is none, so give it a loop of its own and close it afterwards.
    loop = kwargs.pop("eventloop", None) or asyncio.new_event_loop()
    capture = LuaCheckedFileCapture(
        input_file=os.fspath(pcap),
        tshark_path=require_tshark(),
        custom_parameters=lua_script_args(lua_dir),
        override_prefs=dict(prefs) if prefs else None,
        eventloop=loop,
        **kwargs,
    )
    try:
        with _environ(tshark_env()):
            capture.load_packets()  # runs tshark to completion and drains its stderr
        capture.close()
    finally:
        loop.close()
    capture.raise_for_lua_errors()
    return capture
