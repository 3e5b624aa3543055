"""Accounting of a soak: every inspection each camera produced against what reached MQTT.

Identity is (camera, boot, inspection id): a restarted camera numbers from 1 again, so an id alone
is ambiguous; the record's timestamp places it in the boot that produced it (the camera process
reports each boot's id and timestamp range). The bridge's idempotency rule (README of the MQTT
integration): a message may arrive more than once, always with the same key and the same bytes;
consumers drop repeats. A repeat with different bytes breaks the rule and is counted as such.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Accounting", "CameraAccount", "Received", "account", "ranges"]


@dataclass(frozen=True, slots=True)
class Received:
    """One inspection message as the subscriber got it (in arrival order)."""

    camera: str
    inspection: int
    timestamp_us: int
    payload: bytes


@dataclass
class CameraAccount:
    camera: str
    produced: int = 0
    delivered: int = 0
    lost: list[tuple[int, int, int]] = field(default_factory=list)
    """(boot, first id, last id) ranges produced and never received."""
    lost_at_reboot: int = 0
    """Of the lost: ids at the end of a boot that a restart cut short (RAM PartQ cleared)."""
    destroyed_at_reboot: list[tuple[int, int]] = field(default_factory=list)
    """(boot, id) of records a reboot destroyed before any reader acknowledged them (the
    camera reports the one its engine was waiting for): never in the bridge's hands, so not
    lost by it; listed, not counted as lost. Should such an id arrive after all, it is
    delivered as usual and not listed here."""
    repeats: int = 0
    """Repeats within the idempotency rule (same key, same bytes)."""
    bad_repeats: int = 0
    """Repeats of a key with different bytes: the rule broken."""
    out_of_order: int = 0
    """First deliveries that arrived after a later inspection of the same camera."""
    unplaced: int = 0
    """Messages that match no inspection the camera produced."""

    @property
    def lost_count(self) -> int:
        return sum(last - first + 1 for _, first, last in self.lost)


@dataclass
class Accounting:
    cameras: dict[str, CameraAccount]

    def total(self, attr: str) -> int:
        return sum(int(getattr(c, attr)) for c in self.cameras.values())

    @property
    def lost(self) -> int:
        return sum(c.lost_count for c in self.cameras.values())

    @property
    def ok(self) -> bool:
        """Nothing lost, the idempotency rule kept, nothing the cameras did not produce."""
        return self.lost == 0 and self.total("bad_repeats") == 0 and self.total("unplaced") == 0


def ranges(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as inclusive (first, last) runs."""
    out: list[tuple[int, int]] = []
    for i in sorted(ids):
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _boot_of(epochs: Sequence[Mapping[str, int]], msg: Received) -> int | None:
    for k, e in enumerate(epochs):
        if e["first"] <= msg.inspection <= e["last"] and e["first_us"] <= msg.timestamp_us <= e["last_us"]:
            return k
    return None


def account(produced: Mapping[str, Sequence[Mapping[str, int]]], received: Iterable[Received],
            *, reboot_tail: int = 0) -> Accounting:
    """`produced`: camera -> its boots (first, last, first_us, last_us), oldest first.
    `reboot_tail`: how many ids at the end of a boot that ended in a restart count as
    "lost at reboot" (still lost) should they be missing."""
    accounts = {cam: CameraAccount(cam) for cam in produced}
    seen: dict[tuple[str, int, int], bytes] = {}
    newest: dict[str, tuple[int, int]] = {}
    for msg in received:
        acc = accounts.setdefault(msg.camera, CameraAccount(msg.camera))
        boot = _boot_of(produced.get(msg.camera, ()), msg)
        if boot is None:
            acc.unplaced += 1
            continue
        key = (msg.camera, boot, msg.inspection)
        if key in seen:
            if seen[key] == msg.payload:
                acc.repeats += 1
            else:
                acc.bad_repeats += 1
            continue
        seen[key] = msg.payload
        acc.delivered += 1
        pos = (boot, msg.inspection)
        if msg.camera in newest and pos < newest[msg.camera]:
            acc.out_of_order += 1
        else:
            newest[msg.camera] = pos
    for cam, epochs in produced.items():
        acc = accounts[cam]
        for boot, e in enumerate(epochs):
            acc.produced += e["last"] - e["first"] + 1
            # A boot's first record is the first the camera produced after it; ids below it
            # (none at a fresh boot) were produced before the soak looked.
            missing = [i for i in range(e["first"], e["last"] + 1) if (cam, boot, i) not in seen]
            unacked = e.get("unacked_at_end")
            if boot < len(epochs) - 1 and unacked is not None and unacked in missing:
                missing.remove(unacked)
                acc.destroyed_at_reboot.append((boot, unacked))
            for first, last in ranges(missing):
                acc.lost.append((boot, first, last))
                if boot < len(epochs) - 1 and last == e["last"]:
                    acc.lost_at_reboot += min(last - first + 1, reboot_tail)
    return Accounting(accounts)
