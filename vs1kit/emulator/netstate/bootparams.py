"""`BootParams`: the vxWorks boot line fields, derived from a `NetworkConfig`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar, Final

from vs1kit.emulator.netstate.config import NetworkConfig

_NO_SPACE_FIELDS: Final = (
    "boot_device",
    "host_name",
    "file_name",
    "inet_on_ethernet",
    "host_inet",
    "gateway_inet",
    "user",
    "target_name",
    "other",
)


@dataclass(frozen=True)
class BootParams:
    """vxWorks boot line fields (see vxWorks `bootLib`).

    The boot line reads `dev(unit,proc)host:file e=ip:maskhex h=host g=gw u=user f=0xN
    tn=name o=other`; empty fields are left out.
    """

    boot_device: str = "fei"
    unit_number: int = 0
    processor_number: int = 0
    host_name: str = "host"
    file_name: str = "/FLASH/vxWorks"
    inet_on_ethernet: str = ""
    host_inet: str = ""
    gateway_inet: str = ""
    user: str = "target"
    flags: int = 0
    target_name: str = ""
    other: str = ""

    FLAG_NO_AUTOBOOT: ClassVar[int] = 0x04
    FLAG_QUICK_AUTOBOOT: ClassVar[int] = 0x08
    FLAG_NO_LOGIN_SECURITY: ClassVar[int] = 0x20
    FLAG_DHCP: ClassVar[int] = 0x40
    """vxWorks: obtain the boot parameters (address) by BOOTP/DHCP."""

    def __post_init__(self) -> None:
        for name in _NO_SPACE_FIELDS:
            value = getattr(self, name)
            if any(ch.isspace() for ch in value):
                raise ValueError(f"boot parameter {name} must not contain white space")
        if not re.fullmatch(r"[A-Za-z]\w*", self.boot_device):
            raise ValueError(f"boot device {self.boot_device!r} is not a device name")
        if self.flags < 0:
            raise ValueError("boot flags must not be negative")

    @classmethod
    def from_config(cls, config: NetworkConfig, base: BootParams | None = None) -> BootParams:
        """The boot parameters for `config`; fields the config doesn't decide come from `base`."""
        base = base if base is not None else cls()
        inet = f"{config.ip}:{int(config.mask):08x}" if config.has_address else ""
        flags = base.flags | cls.FLAG_DHCP if config.dhcp else base.flags & ~cls.FLAG_DHCP
        return replace(
            base,
            inet_on_ethernet=inet,
            gateway_inet=str(config.gateway) if config.has_gateway else "",
            flags=flags,
            target_name=config.name,
        )

    @property
    def dhcp(self) -> bool:
        return bool(self.flags & self.FLAG_DHCP)

    def to_boot_line(self) -> str:
        head = (
            f"{self.boot_device}({self.unit_number},{self.processor_number})"
            f"{self.host_name}:{self.file_name}"
        )
        parts = [head]
        for key, value in (
            ("e", self.inet_on_ethernet),
            ("h", self.host_inet),
            ("g", self.gateway_inet),
            ("u", self.user),
        ):
            if value:
                parts.append(f"{key}={value}")
        if self.flags:
            parts.append(f"f=0x{self.flags:x}")
        for key, value in (("tn", self.target_name), ("o", self.other)):
            if value:
                parts.append(f"{key}={value}")
        return " ".join(parts)

    @classmethod
    def parse(cls, line: str) -> BootParams:
        """Parse a boot line as written by `to_boot_line` (or by a vxWorks boot ROM)."""
        tokens = line.split()
        if not tokens:
            raise ValueError("empty boot line")
        match = re.fullmatch(r"([A-Za-z]\w*)(?:\((\d+)(?:,(\d+))?\))?([^:=]*):(\S*)", tokens[0])
        if match is None:
            raise ValueError(
                f"boot line must start with dev(unit,proc)host:file, got {tokens[0]!r}"
            )
        values: dict[str, str] = {}
        for token in tokens[1:]:
            key, sep, value = token.partition("=")
            if not sep:
                raise ValueError(f"boot line field {token!r} is not key=value")
            values[key] = value
        known = {"e", "h", "g", "u", "f", "tn", "o", "pw", "s", "b", "ead", "bad", "had", "gad"}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown boot line fields: {', '.join(unknown)}")
        return cls(
            boot_device=match.group(1),
            unit_number=int(match.group(2) or 0),
            processor_number=int(match.group(3) or 0),
            host_name=match.group(4),
            file_name=match.group(5),
            inet_on_ethernet=values.get("e", values.get("ead", "")),
            host_inet=values.get("h", values.get("had", "")),
            gateway_inet=values.get("g", values.get("gad", "")),
            user=values.get("u", ""),
            flags=int(values.get("f", "0"), 0),
            target_name=values.get("tn", ""),
            other=values.get("o", ""),
        )

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, label, value) rows in vxWorks `bootParamsShow` order."""
        return [
            ("boot_device", "boot device", self.boot_device),
            ("unit_number", "unit number", str(self.unit_number)),
            ("processor_number", "processor number", str(self.processor_number)),
            ("host_name", "host name", self.host_name),
            ("file_name", "file name", self.file_name),
            ("inet_on_ethernet", "inet on ethernet (e)", self.inet_on_ethernet),
            ("host_inet", "host inet (h)", self.host_inet),
            ("gateway_inet", "gateway inet (g)", self.gateway_inet),
            ("user", "user (u)", self.user),
            ("flags", "flags (f)", f"0x{self.flags:x}"),
            ("target_name", "target name (tn)", self.target_name),
            ("other", "other (o)", self.other),
        ]

    def show(self) -> str:
        """Text like vxWorks `bootParamsShow`: one `label : value` line per field."""
        width = max(len(label) for _, label, _ in self.rows())
        return "\n".join(f"{label:<{width}} : {value}" for _, label, value in self.rows())

    def as_dict(self) -> dict[str, str | int]:
        return {
            "boot_device": self.boot_device,
            "unit_number": self.unit_number,
            "processor_number": self.processor_number,
            "host_name": self.host_name,
            "file_name": self.file_name,
            "inet_on_ethernet": self.inet_on_ethernet,
            "host_inet": self.host_inet,
            "gateway_inet": self.gateway_inet,
            "user": self.user,
            "flags": self.flags,
            "target_name": self.target_name,
            "other": self.other,
        }
