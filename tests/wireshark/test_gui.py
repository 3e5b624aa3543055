"""The dissector in the Wireshark GUI itself (issue 12, point 5): Wireshark 4.0 (Debian's
``wireshark-qt``) under Xvfb with the generated plugin and the demo capture, four screenshots:
the packet list, an expanded report record, Expert Information and the response-time table
opened from Statistics > VS-1 Response Times.

The GUI, Xvfb, xdotool (clicks and keys) and ImageMagick's ``import`` (screenshots) are installed
with apt when missing (as root); the test fails, never skips, when they cannot be. Screenshots
go to the test's temporary folder, or to ``docs/wireshark/`` with ``VS1_SCREENSHOTS=docs``.
Every wait is a poll with a deadline (a window appearing, the screen settling)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from support.tshark import run_tshark

from vs1kit import resources
from vs1kit.pcap import synth

TOOLS = {"wireshark": "wireshark-qt", "Xvfb": "xvfb", "xdotool": "xdotool", "import": "imagemagick"}
SCREEN = (1600, 1000)
_ROOT = resources.checkout_root()
DOCS = _ROOT / "docs" / "wireshark" if _ROOT is not None else None
# Where the main window's menus are with the geometry below (Wireshark 4.0, default font):
# the Statistics menu and, in it, the VS-1 entry (placed alphabetically among the protocols).
STATISTICS_MENU = (325, 10)
VS1_ENTRY = (389, 311)
DETAILS_PANE = (300, 170)  # the first line of the details, once the list is small
SPLITTER = (800, 534)  # between the packet list and the details


def _require_tools() -> None:
    missing = [pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None]
    if not missing:
        return
    if os.geteuid() != 0:
        pytest.fail(f"missing {', '.join(missing)}: install them (apt-get install {' '.join(missing)})")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    proc = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
                          capture_output=True, text=True, env=env, timeout=1200, check=False)
    still = [tool for tool in TOOLS if shutil.which(tool) is None]
    if proc.returncode != 0 or still:
        pytest.fail(f"apt-get install {' '.join(missing)} failed ({proc.returncode}); still missing {still}:\n"
                    f"{proc.stderr[-2000:]}")


def _until(what: str, check: Callable[[], object], timeout: float = 90.0, *, fail: bool = True) -> object:
    """Poll ``check`` until it returns something true (returned); at the deadline fail the
    test, or return None when ``fail`` is false."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    if fail:
        pytest.fail(f"timed out waiting for {what}")
    return None


@contextmanager
def _xvfb() -> Iterator[str]:
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not report its display"
        display = f":{number}"
        # Wireshark (Qt) gives up at once on a display that does not answer yet.
        env = {**os.environ, "DISPLAY": display}
        _until(f"Xvfb {display} to answer", lambda: proc.poll() is None and subprocess.run(
            ["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False).returncode == 0,
            timeout=60)
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=30)


class Gui:
    """One Wireshark process on the display, with its own configuration folder."""

    def __init__(self, display: str, home: Path, pcap: Path, lua: Path, args: list[str]) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display, "HOME": str(home), "XDG_RUNTIME_DIR": str(home / "run"),
                    "WIRESHARK_CONFIG_DIR": str(home / "ws")}
        # stderr to a file, not a pipe: nobody reads a pipe while the GUI runs, and a full one
        # would block Wireshark.
        self.log = home / "wireshark.log"
        with self.log.open("w") as log:
            self.proc = subprocess.Popen(["wireshark", "-X", f"lua_script:{lua}", "-r", str(pcap), *args],
                                         env=self.env, stdout=subprocess.DEVNULL, stderr=log)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              check=False).stdout.strip()

    def window(self, name: str) -> str:
        def shown() -> list[str]:
            if self.proc.poll() is not None:
                stderr = self.log.read_text(errors="replace")
                pytest.fail(f"wireshark exited ({self.proc.returncode}) before showing {name!r}:\n{stderr[-3000:]}")
            return self.xdotool("search", "--name", name).split()

        found = _until(f"a window named {name!r}", shown, timeout=180)
        assert isinstance(found, list)
        return str(found[0])

    def shot(self, path: Path) -> Path:
        """A screenshot once the screen stops changing (two equal consecutive shots)."""
        last = ""

        def settled() -> bool:
            nonlocal last
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=True,
                           capture_output=True)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            same, last = digest == last, digest
            return same

        _until(f"the screen to settle for {path.name}", settled)
        return path

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _home(tmp: Path, name: str, recent: str = "") -> Path:
    """A fresh configuration: the main window filling the screen, a wide Protocol column,
    and ``recent`` lines (which panes show)."""
    home = tmp / name
    (home / "ws").mkdir(parents=True, exist_ok=True)
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    (home / "ws" / "recent_common").write_text(
        "gui.geometry_main_x: 0\ngui.geometry_main_y: 0\n"
        f"gui.geometry_main_width: {SCREEN[0]}\ngui.geometry_main_height: {SCREEN[1]}\n"
        "gui.geometry_main_maximized: FALSE\n")
    (home / "ws" / "recent").write_text(
        "column.width: %m, 60, %t, 90, %s, 90, %d, 110, %p, 130, %L, 55, %i, 1000\n" + recent)
    return home


def _first(pcap: Path, lua: Path, display_filter: str) -> int:
    out = run_tshark(pcap, lua.parent, ["-Y", display_filter, "-T", "fields", "-e", "frame.number"]).stdout
    frames = out.split()
    assert frames, f"no frame matches {display_filter}"
    return int(frames[0])


@pytest.mark.serial("apt")  # may apt-get install: one apt at a time
def test_screenshots_of_the_dissector_in_wireshark(tmp_path: Path, tshark: str, lua_dir: Path) -> None:
    _require_tools()
    out = DOCS if os.environ.get("VS1_SCREENSHOTS") == "docs" and DOCS is not None else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)
    pcap = tmp_path / "demo.pcap"
    synth.write_sample_capture(pcap)  # what `vs1 demo` writes for Wireshark
    lua = lua_dir / "vs1.lua"
    home = _home(tmp_path, "home")
    # The record's tree: no bytes pane, and the packet list made small below.
    details = _home(tmp_path, "details", "gui.byte_view_show: FALSE\n")
    # A segment with three replies, and a report record with its datums and picture.
    several = _first(pcap, lua, "vs1.acquire.live_stopped")
    record = _first(pcap, lua, "vs1.reports.report_record.record.flags.has_image == 1")
    shots: list[Path] = []
    with _xvfb() as display:
        gui = Gui(display, home, pcap, lua, ["-Y", "vs1", "-g", str(several)])
        try:
            gui.window("demo.pcap")
            shots.append(gui.shot(out / "packet-list.png"))
        finally:
            gui.close()

        gui = Gui(display, details, pcap, lua, ["-Y", "vs1.reports.report_record", "-g", str(record)])
        try:
            gui.window("demo.pcap")
            # In the details pane: collapse everything (View > Collapse All), go to the last
            # top-level line (the record's VS-1 protocol line) and expand its subtrees.
            gui.xdotool("mousemove", *map(str, SPLITTER), "mousedown", "1", "mousemove", str(SPLITTER[0]),
                        "150", "mouseup", "1")
            gui.xdotool("mousemove", *map(str, DETAILS_PANE), "click", "1")
            gui.xdotool("key", "ctrl+Left", "End", "shift+Right")
            shots.append(gui.shot(out / "report-record.png"))
        finally:
            gui.close()

        gui = Gui(display, home, pcap, lua, ["-z", "expert"])
        try:
            gui.window("Expert Information")
            shots.append(gui.shot(out / "expert-information.png"))
        finally:
            gui.close()

        gui = Gui(display, home, pcap, lua, [])
        try:
            gui.window("demo.pcap")

            def open_statistics() -> bool:
                # Open the menu, give it a moment to drop down, pick the entry; again if the
                # click came before the menu (it then only selected a packet).
                gui.xdotool("mousemove", *map(str, STATISTICS_MENU), "click", "1")
                time.sleep(1.0)
                gui.xdotool("mousemove", *map(str, VS1_ENTRY), "click", "1")
                return _until("the response-time window", lambda: gui.xdotool(
                    "search", "--name", "VS-1 Response Times") != "", timeout=5, fail=False) is not None

            _until("Statistics > VS-1 Response Times", open_statistics, timeout=60)
            window = gui.window("VS-1 Response Times")
            gui.xdotool("windowsize", window, "900", "640")
            gui.xdotool("windowmove", window, "350", "180")
            shots.append(gui.shot(out / "statistics.png"))
        finally:
            gui.close()
    for shot in shots:
        assert shot.stat().st_size > 20_000, f"{shot} looks empty"
