"""FTP transfers to and from the camera's file areas (stdlib ftplib, run in a thread).

ftplib is blocking; a worker thread keeps the event loop (and with it the monitor's
heartbeats) running during a long job transfer.
"""

from __future__ import annotations

import asyncio
import ftplib
import io
from collections.abc import Callable
from pathlib import Path

from .errors import CameraUnreachable

__all__ = ["Progress", "fetch", "upload"]

Progress = Callable[[int, int], None]
"""progress(bytes_done, bytes_total); called from the transfer thread."""

_BLOCK = 64 * 1024


def _login(host: str, port: int, user: str, password: str, timeout: float) -> ftplib.FTP:
    ftp = ftplib.FTP()
    try:
        ftp.connect(host, port, timeout=timeout)
    except OSError as exc:
        raise CameraUnreachable(host, port, f"FTP: {exc.strerror or exc}") from None
    try:
        ftp.login(user, password)
    except BaseException:
        ftp.close()
        raise
    return ftp


def _upload(host: str, port: int, user: str, password: str, data: bytes, remote: str,
            progress: Progress | None, timeout: float) -> None:
    ftp = _login(host, port, user, password, timeout)
    total = len(data)
    done = 0

    def step(block: bytes) -> None:
        nonlocal done
        done += len(block)
        if progress is not None:
            progress(done, total)

    try:
        if progress is not None:
            progress(0, total)
        ftp.storbinary(f"STOR {remote}", io.BytesIO(data), _BLOCK, step)
        ftp.quit()
    finally:
        ftp.close()


async def upload(host: str, port: int, user: str, password: str, local: Path, remote: str,
                 progress: Progress | None = None, timeout: float = 10.0) -> int:
    """Store ``local`` as ``remote`` (e.g. ``/RAM/Inspect3.avp``); returns the size sent."""
    data = await asyncio.to_thread(local.read_bytes)
    await asyncio.to_thread(_upload, host, port, user, password, data, remote, progress, timeout)
    return len(data)


def _fetch(host: str, port: int, user: str, password: str, remote: str, timeout: float) -> bytes:
    ftp = _login(host, port, user, password, timeout)
    out = bytearray()
    try:
        ftp.retrbinary(f"RETR {remote}", out.extend, _BLOCK)
        ftp.quit()
    finally:
        ftp.close()
    return bytes(out)


async def fetch(host: str, port: int, user: str, password: str, remote: str, timeout: float = 10.0) -> bytes:
    """The content of ``remote`` on the camera."""
    return await asyncio.to_thread(_fetch, host, port, user, password, remote, timeout)
