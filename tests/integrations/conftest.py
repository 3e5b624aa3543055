"""A real Mosquitto broker on loopback for the integration tests (installed with apt if missing)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
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


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[int]:
    """Start a broker on 127.0.0.1:<free port>; yield the port; stop it."""
    binary = require_mosquitto()
    port = _free_port()
    conf = tmp_path / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    proc = subprocess.Popen([binary, "-c", str(conf)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"mosquitto exited: {out}")
            time.sleep(0.05)
        else:
            pytest.fail("mosquitto did not start listening within 10 s")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
