"""The camera's file areas, kept in a host directory.

Layout under `root` (the FTP root, so FTP paths are `/RAM/...` and `/FLASH/...`):

    RAM/            RAM drive: uploaded jobs, logs/, images/. Cleared on every boot.
      logs/camera.log
      images/
    FLASH/          Flash: saved jobs. Kept across restarts; seeded with the default jobs the
                    first time (when the folder does not exist yet).

Every path from outside goes through `resolve`/`resolve_ftp`, which refuse anything that would
land outside its area (`..`, absolute paths, symlinks pointing out).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final, Literal, cast

__all__ = [
    "AREAS",
    "DEFAULT_JOBS",
    "Area",
    "CameraFiles",
    "JobFile",
    "JobNameError",
    "PathEscapeError",
    "default_job_content",
]

Area = Literal["RAM", "FLASH"]
AREAS: Final[tuple[Area, ...]] = ("RAM", "FLASH")

JOB_SUFFIX: Final = ".avp"
LOG_DIR: Final = "logs"
LOG_FILE: Final = "camera.log"
IMAGE_DIR: Final = "images"

DEFAULT_JOBS: Final[dict[str, tuple[str, ...]]] = {
    "Inspect1.avp": ("Snapshot1", "Locate1", "Measure1", "Output1"),
    "Barcode1.avp": ("Snapshot1", "Decode1", "Output1"),
}
"""Jobs the flash holds when it is first created: file name -> step names."""

_JOB_NAME_RE: Final = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]{0,59}\.avp", re.IGNORECASE)
_FILE_NAME_RE: Final = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_. -]{0,63}")


class PathEscapeError(ValueError):
    """A path that would leave its file area."""


class JobNameError(ValueError):
    """Not an acceptable job file name (`Name.avp`, no folders)."""


@dataclass(frozen=True)
class JobFile:
    area: Area
    name: str
    size: int
    path: Path

    @property
    def ftp_path(self) -> str:
        return f"/{self.area}/{self.name}"


def default_job_content(name: str, steps: Sequence[str]) -> bytes:
    """Deterministic bytes for a default job: a text header, then binary data.

    The binary part holds every byte value (including CR, LF and 0xFF), so a transfer that is
    not byte-exact (FTP ASCII mode, a Telnet-style IAC mangling) shows at once.
    """
    stem = name[: -len(JOB_SUFFIX)] if name.lower().endswith(JOB_SUFFIX) else name
    header = (
        f"VSAVP 1\r\nJob: {stem}\r\nSteps: {';'.join(steps)}\r\nDevice: VS-1 Smart Camera\r\n\r\n"
    ).encode("ascii")
    blob = b"".join(hashlib.sha256(f"{name}:{index}".encode()).digest() for index in range(16))
    return header + bytes(range(256)) + blob


class CameraFiles:
    """The RAM drive and flash area of one emulated camera, under a host directory."""

    def __init__(self, root: str | os.PathLike[str], *, boot: bool = True) -> None:
        self.root = Path(root).resolve()
        self.ram = self.root / "RAM"
        self.flash = self.root / "FLASH"
        if boot:
            self.boot()

    # -- life cycle ----------------------------------------------------------------------

    def boot(self) -> None:
        """What power-on does: flash kept (created with the default jobs if missing), the RAM
        drive formatted afresh with empty `logs/` and `images/` folders and a boot log."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not self.flash.is_dir():
            self.flash.mkdir()
            for name, steps in DEFAULT_JOBS.items():
                self._write_atomic(self.flash / name, default_job_content(name, steps))
        if self.ram.is_symlink() or self.ram.is_file():
            self.ram.unlink()
        elif self.ram.exists():
            shutil.rmtree(self.ram)
        self.ram.mkdir()
        (self.ram / LOG_DIR).mkdir()
        (self.ram / IMAGE_DIR).mkdir()
        self.log_path.write_text(
            "vxWorks boot: RAM drive formatted\n"
            "vxWorks boot: flash mounted as /FLASH\n"
            f"vxWorks boot: {len(self.list_jobs('FLASH'))} job(s) in flash\n",
            encoding="ascii",
        )

    def restart(self) -> None:
        """A camera restart: the RAM drive is cleared, the flash survives."""
        self.boot()

    def factory_reset(self) -> None:
        """Forget the flash contents too, then boot (the default jobs come back)."""
        if self.flash.exists():
            shutil.rmtree(self.flash)
        self.boot()

    # -- paths ---------------------------------------------------------------------------

    def area_root(self, area: Area) -> Path:
        if area == "RAM":
            return self.ram
        if area == "FLASH":
            return self.flash
        raise ValueError(f"unknown file area {area!r} (expected one of {', '.join(AREAS)})")

    def resolve(self, area: Area, relative: str) -> Path:
        """The host path of `relative` inside `area`; PathEscapeError if it would leave it."""
        if "\x00" in relative:
            raise PathEscapeError("path contains a NUL character")
        rel = PurePosixPath(relative.replace("\\", "/"))
        if rel.is_absolute():
            raise PathEscapeError(f"{relative!r} is absolute; expected a path inside /{area}")
        if ".." in rel.parts:
            raise PathEscapeError(f"{relative!r} leaves /{area}")
        base = self.area_root(area).resolve()
        target = (base / rel).resolve()
        if target != base and not target.is_relative_to(base):
            raise PathEscapeError(f"{relative!r} leaves /{area}")
        return target

    def resolve_ftp(self, ftp_path: str) -> Path:
        """The host path of an FTP path such as `/RAM/logs/camera.log`."""
        path = PurePosixPath("/" + ftp_path.replace("\\", "/").lstrip("/"))
        parts = path.parts[1:]
        if not parts or parts[0] not in AREAS:
            raise PathEscapeError(f"{ftp_path!r} is not inside /RAM or /FLASH")
        return self.resolve(parts[0], "/".join(parts[1:]))

    def ftp_path(self, host_path: str | os.PathLike[str]) -> str:
        """The FTP path of a host path inside one of the areas."""
        target = Path(host_path).resolve()
        for area in AREAS:
            base = self.area_root(area).resolve()
            if target == base:
                return f"/{area}"
            if target.is_relative_to(base):
                return f"/{area}/" + target.relative_to(base).as_posix()
        raise PathEscapeError(f"{host_path} is not inside /RAM or /FLASH")

    def area_of(self, host_path: str | os.PathLike[str]) -> Area:
        return cast(Area, self.ftp_path(host_path).split("/")[1])

    # -- jobs ----------------------------------------------------------------------------

    @staticmethod
    def check_job_name(name: str) -> str:
        if not _JOB_NAME_RE.fullmatch(name) or name.endswith((" ", ".")):
            raise JobNameError(
                f"{name!r} is not a job file name (letters, digits, '_', '-', '.', space; "
                "ending in .avp; no folders)"
            )
        return name

    def job_path(self, name: str, area: Area = "RAM") -> Path:
        return self.resolve(area, self.check_job_name(name))

    def list_jobs(self, area: Area | None = None) -> list[JobFile]:
        """The .avp files at the top of the given area (or of RAM, then FLASH), by name."""
        jobs: list[JobFile] = []
        for each in (area,) if area is not None else AREAS:
            base = self.area_root(each)
            if not base.is_dir():
                continue
            for entry in sorted(base.iterdir(), key=lambda p: p.name.lower()):
                if (
                    entry.is_file()
                    and not entry.is_symlink()
                    and _JOB_NAME_RE.fullmatch(entry.name)
                ):
                    jobs.append(JobFile(each, entry.name, entry.stat().st_size, entry))
        return jobs

    def has_job(self, name: str, area: Area = "RAM") -> bool:
        return self.job_path(name, area).is_file()

    def read_job(self, name: str, area: Area = "RAM") -> bytes:
        path = self.job_path(name, area)
        if not path.is_file():
            raise FileNotFoundError(f"no job {name!r} in /{area}")
        return path.read_bytes()

    def write_job(self, name: str, data: bytes, area: Area = "RAM") -> JobFile:
        """Write (atomically: temporary file, then rename) and return the job file."""
        path = self.job_path(name, area)
        self._write_atomic(path, data)
        return JobFile(area, name, len(data), path)

    def delete_job(self, name: str, area: Area = "RAM") -> bool:
        path = self.job_path(name, area)
        if not path.is_file():
            return False
        path.unlink()
        return True

    def copy_job(self, name: str, source: Area, target: Area) -> JobFile:
        """Copy a job between areas (the RPC "flash" command copies RAM -> FLASH)."""
        return self.write_job(name, self.read_job(name, source), target)

    # -- logs and images -----------------------------------------------------------------

    @property
    def log_path(self) -> Path:
        return self.ram / LOG_DIR / LOG_FILE

    @property
    def images_dir(self) -> Path:
        return self.ram / IMAGE_DIR

    def append_log(self, line: str) -> None:
        """Append one line to the camera log on the RAM drive."""
        text = line.replace("\r", " ").replace("\n", " ")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(text + "\n")

    def save_image(self, name: str, data: bytes) -> Path:
        """Store an image file in `/RAM/images`."""
        if not _FILE_NAME_RE.fullmatch(name) or name.endswith((" ", ".")):
            raise ValueError(f"{name!r} is not an image file name")
        path = self.resolve("RAM", f"{IMAGE_DIR}/{name}")
        self._write_atomic(path, data)
        return path

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _write_atomic(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
