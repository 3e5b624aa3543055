"""Debian's Mosquitto on loopback for the soak: started with a config file, restartable on the
same port with its sessions kept on disk (persistent-session subscribers survive a restart)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["Mosquitto", "SoakError", "free_port"]


class SoakError(RuntimeError):
    """The soak could not set itself up (a missing broker, a process that did not start)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _binary() -> str:
    found = shutil.which("mosquitto") or ("/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
    if not found:
        raise SoakError("the soak needs Mosquitto: apt-get install mosquitto")
    return found


class Mosquitto:
    def __init__(self, workdir: Path, port: int | None = None, *, extra: str = "") -> None:
        """`extra`: listener options in place of anonymous access (TLS, password file)."""
        self.binary = _binary()
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.conf = workdir / "mosquitto.conf"
        # No queue limits: a slow or absent persistent subscriber must not make the broker drop.
        self.conf.write_text(
            f"listener {self.port} 127.0.0.1\n{extra or 'allow_anonymous true'}\n"
            f"persistence true\npersistence_location {workdir}/\nautosave_interval 1\n"
            "max_queued_messages 0\nmax_inflight_messages 0\n"
            # As root mosquitto would switch to its own user, which cannot read our files.
            + ("user root\n" if os.geteuid() == 0 else ""))
        self.log = workdir / "mosquitto.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def start(self, timeout: float = 10.0) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([self.binary, "-c", str(self.conf)], stdout=out,
                                         stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.proc.poll() is not None:
                raise SoakError(f"mosquitto exited: {self.log.read_text()[-2000:]}")
            time.sleep(0.05)
        raise SoakError(f"mosquitto did not listen on {self.port} within {timeout} s")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()  # mosquitto saves its sessions on SIGTERM
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None
