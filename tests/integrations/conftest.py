"""A real Mosquitto broker on loopback for the integration tests (installed with apt if missing).

:class:`Broker` can be stopped and started again on the same port (the loss tests), keeps its
sessions on disk across that (persistent-session subscribers), and can require a password
and/or TLS.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vs1kit.soak.broker import Mosquitto, SoakError


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


class Broker(Mosquitto):
    """The soak's Mosquitto (vs1kit.soak.broker), installed with apt if missing; a broker that
    does not start fails the test."""

    def __init__(self, workdir: Path, *, extra: str = "", port: int | None = None) -> None:
        require_mosquitto()
        super().__init__(workdir, port, extra=extra)

    def start(self, timeout: float = 10.0) -> None:
        try:
            super().start(timeout)
        except SoakError as exc:
            pytest.fail(str(exc))


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
