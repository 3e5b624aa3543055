"""A real Mosquitto broker on loopback for the integration tests (installed with apt if missing).

:class:`Broker` can be stopped and started again on the same port (the loss tests), keeps its
sessions on disk across that (persistent-session subscribers), and can require a password
and/or TLS.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def require_mosquitto() -> str:
    path = shutil.which("mosquitto") or (Path("/usr/sbin/mosquitto").exists() and "/usr/sbin/mosquitto")
    if path:
        return str(path)
    proc = subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto",
                          shell=True, capture_output=True, text=True, check=False)
    path = shutil.which("mosquitto") or (Path("/usr/sbin/mosquitto").exists() and "/usr/sbin/mosquitto")
    if not path:
        pytest.fail(f"the MQTT tests need the mosquitto broker and installing it failed:\n{proc.stderr[-2000:]}")
    return str(path)


class Broker:
    def __init__(self, workdir: Path, *, extra: str = "", port: int | None = None) -> None:
        self.binary = require_mosquitto()
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.conf = workdir / "mosquitto.conf"
        self.conf.write_text(
            f"listener {self.port} 127.0.0.1\n"
            f"{extra or 'allow_anonymous true'}\n"
            f"persistence true\npersistence_location {workdir}/\n"
            "max_queued_messages 0\nmax_inflight_messages 0\n"
            # As root mosquitto would switch to its own user, which cannot read our tmp files.
            + ("user root\n" if os.geteuid() == 0 else ""))
        self.log = workdir / "mosquitto.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        out = self.log.open("ab")
        self.proc = subprocess.Popen([self.binary, "-c", str(self.conf)], stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            if self.proc.poll() is not None:
                pytest.fail(f"mosquitto exited: {self.log.read_text()[-2000:]}")
            time.sleep(0.05)
        pytest.fail("mosquitto did not start listening within 10 s")

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


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Broker]:
    b = Broker(tmp_path / "broker")
    b.start()
    try:
        yield b
    finally:
        b.stop()


@pytest.fixture
def mosquitto(broker: Broker) -> int:
    """The port of a running broker."""
    return broker.port


@pytest.fixture
def broker_factory(tmp_path: Path) -> Iterator[Callable[..., Broker]]:
    """Brokers with extra config (TLS, passwords), stopped at the end of the test."""
    made: list[Broker] = []

    def make(name: str = "custom", *, extra: str = "") -> Broker:
        b = Broker(tmp_path / name, extra=extra)
        made.append(b)
        return b
    yield make
    for b in made:
        b.stop()
