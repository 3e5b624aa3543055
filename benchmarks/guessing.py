"""Password guessing benchmark: how many wrong passwords an attacker gets checked per second
through the one throttle (UDP challenge-response login, HTTP Basic, FTP USER/PASS), from one
source address and from 200, against the same attack on a camera whose throttle is switched
off in the same run (the server's own ceiling: what "no throttle" would allow).

    .venv/bin/python benchmarks/guessing.py [--seconds 10]

A table for people; the last line one JSON object (name, value, unit, baseline, ratio).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import ftplib
import http.client
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.emulator import emulated
from support.wire_client import CameraError, udp_login

from vs1kit.emulator.camera import CameraServer
from vs1kit.protocol import auth

WRONG = 5  # bad_password
THROTTLED = 6
WORKERS = 16  # concurrent guesses (pyftpdlib, for one, delays each failed login by 3 s)


def _http_try(port: int, source: str) -> str:
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5, source_address=(source, 0))
    try:
        token = base64.b64encode(b"admin:guess").decode()
        c.request("POST", "/", body="ip=x", headers={
            "Authorization": f"Basic {token}",
            "Content-Type": "application/x-www-form-urlencoded"})
        status = c.getresponse().status
    finally:
        c.close()
    return {401: "checked", 429: "refused"}.get(status, "other")


def _ftp_try(port: int, source: str) -> str:
    ftp = ftplib.FTP(timeout=5, source_address=(source, 0))
    try:
        ftp.connect("127.0.0.1", port)
        try:
            ftp.login("admin", "guess")
        except ftplib.error_perm as exc:
            return "refused" if "Too many" in str(exc) else "checked"
        return "other"
    finally:
        ftp.close()


async def _udp_try(cam: CameraServer, source: str) -> str:
    try:
        await udp_login(cam, password="guess", source=source)
    except CameraError as exc:
        return {WRONG: "checked", THROTTLED: "refused"}.get(exc.status, "other")
    return "other"


Attempt = Callable[[CameraServer, str], Awaitable[str]]

ATTACKS: dict[str, Attempt] = {
    "udp_login": _udp_try,
    "http_basic": lambda cam, src: asyncio.to_thread(_http_try, cam.port("http"), src),
    "ftp": lambda cam, src: asyncio.to_thread(_ftp_try, cam.port("ftp"), src),
}


async def _attack(kind: str, sources: list[str], seconds: float, throttled: bool) -> dict[str, int]:
    counts = {"checked": 0, "refused": 0, "other": 0}
    async with emulated() as emu:
        cam = emu.cameras[0]
        if not throttled:  # the baseline: the same server with its throttle switched off
            cam.security.throttle.free_failures = 10**9
            cam.security.throttle.account_failures = 10**9
        end = time.monotonic() + seconds
        turn = iter(range(10**9))

        async def worker() -> None:  # an attacker guesses on many connections at once
            while time.monotonic() < end:
                try:
                    outcome = await ATTACKS[kind](cam, sources[next(turn) % len(sources)])
                except (OSError, ftplib.error_temp, http.client.HTTPException):
                    outcome = "refused"  # turned away by a connection cap: no password checked
                counts[outcome] += 1

        await asyncio.gather(*(worker() for _ in range(WORKERS)))
    return counts


async def main(seconds: float) -> None:
    one = ["127.0.3.1"]
    many = [f"127.0.4.{i}" for i in range(1, 201)]
    rows: list[tuple[str, str, dict[str, int], dict[str, int]]] = []
    for kind in ATTACKS:
        for label, sources in (("1 source", one), ("200 sources", many)):
            base = await _attack(kind, sources, seconds, throttled=False)
            now = await _attack(kind, sources, seconds, throttled=True)
            rows.append((kind, label, now, base))
    t = time.perf_counter()
    auth.salted_password("admin", b"s" * 16, auth.DEFAULT_ITERATIONS)
    kdf_ms = (time.perf_counter() - t) * 1000

    print(f"password guessing, {seconds:.0f} s per attack, {WORKERS} at once (checked = a wrong password the camera "
          "hashed and compared; refused = turned away by the throttle or a connection cap before hashing)")
    print(f"{'attack':12} {'from':12} {'checked/s':>10} {'refused/s':>10} "
          f"{'no-throttle checked/s':>22} {'ratio':>8}")
    worst_ratio, worst = 0.0, (0.0, 1.0)
    for kind, label, now, base in rows:
        c, b = now["checked"] / seconds, base["checked"] / seconds
        ratio = c / b if b else 0.0
        if ratio >= worst_ratio:
            worst_ratio, worst = ratio, (c, b)
        print(f"{kind:12} {label:12} {c:>10.2f} {now['refused'] / seconds:>10.1f} "
              f"{b:>22.1f} {ratio:>8.4f}")
    print(f"client key derivation ({auth.DEFAULT_ITERATIONS} PBKDF2-HMAC-SHA256 iterations): "
          f"{kdf_ms:.1f} ms")
    print(json.dumps({"name": "password_guesses_checked_worst", "value": round(worst[0], 2),
                      "unit": "guesses/s", "baseline": round(worst[1], 1),
                      "ratio": round(worst_ratio, 5)}))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0, help="seconds per attack (default 10)")
    asyncio.run(main(ap.parse_args().seconds))
