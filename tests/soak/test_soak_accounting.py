"""The soak's accounting on known inputs: what it calls lost, repeated, out of order, unplaced."""

from __future__ import annotations

from vs1kit.soak.accounting import Received, account, ranges

BOOTS = {"cam01": [{"first": 1, "last": 5, "first_us": 100, "last_us": 500},
                   {"first": 1, "last": 3, "first_us": 600, "last_us": 800}]}


def msg(i: int, ts: int, payload: bytes | None = None) -> Received:
    return Received("cam01", i, ts, payload if payload is not None else f"{i}@{ts}".encode())


def everything() -> list[Received]:
    return [msg(i, i * 100) for i in range(1, 6)] + [msg(i, 500 + i * 100) for i in range(1, 4)]


def test_all_delivered_once_is_ok() -> None:
    acc = account(BOOTS, everything())
    cam = acc.cameras["cam01"]
    assert acc.ok and acc.lost == 0
    assert (cam.produced, cam.delivered, cam.repeats, cam.out_of_order) == (8, 8, 0, 0)


def test_same_id_in_two_boots_is_two_inspections() -> None:
    # Inspection 1 of the second boot is not a repeat of inspection 1 of the first.
    got = [m for m in everything() if not (m.inspection == 1 and m.timestamp_us == 600)]
    acc = account(BOOTS, got, reboot_tail=10)
    assert not acc.ok
    assert acc.cameras["cam01"].lost == [(1, 1, 1)]
    assert acc.cameras["cam01"].lost_at_reboot == 0  # the head of a boot, not its tail


def test_tail_of_a_rebooted_boot_counts_as_lost_at_reboot() -> None:
    got = [m for m in everything() if not (m.inspection >= 4 and m.timestamp_us <= 500)]
    acc = account(BOOTS, got, reboot_tail=10)
    cam = acc.cameras["cam01"]
    assert cam.lost == [(0, 4, 5)] and cam.lost_count == 2 and cam.lost_at_reboot == 2
    assert acc.lost == 2 and not acc.ok


def test_repeats_within_and_against_the_idempotency_rule() -> None:
    got = [*everything(), msg(2, 200), msg(3, 300, b"other bytes")]
    acc = account(BOOTS, got)
    cam = acc.cameras["cam01"]
    assert (cam.delivered, cam.repeats, cam.bad_repeats) == (8, 1, 1)
    assert not acc.ok  # a repeat with different bytes breaks the rule


def test_out_of_order_first_deliveries_are_counted() -> None:
    got = everything()
    got[1], got[2] = got[2], got[1]  # 3 before 2
    acc = account(BOOTS, got)
    assert acc.cameras["cam01"].out_of_order == 1 and acc.lost == 0


def test_a_message_no_camera_produced_is_unplaced() -> None:
    acc = account(BOOTS, [*everything(), msg(9, 900)])
    assert acc.cameras["cam01"].unplaced == 1 and not acc.ok


def test_ranges() -> None:
    assert ranges([5, 1, 2, 3, 7, 8]) == [(1, 3), (5, 5), (7, 8)]
    assert ranges([]) == []


def test_slow_consumer_finds_the_ids_of_qos1_publishes() -> None:
    from vs1kit.soak.mqtt import _packet, _publish_ids

    pub = _packet(0x32, b"\x00\x03a/b" + b"\x00\x07" + b"x" * 200)  # QoS 1, id 7, 200-byte body
    rest, ids = _publish_ids(pub + pub[:5])
    assert ids == [7] and rest == pub[:5]
    rest, ids = _publish_ids(rest + pub[5:] + _packet(0x90, b"\x00\x01\x01"))  # + a SUBACK
    assert ids == [7] and rest == b""


def test_the_record_a_reboot_destroyed_unacknowledged_is_listed_not_lost() -> None:
    boots = {"cam01": [{**BOOTS["cam01"][0], "unacked_at_end": 5}, BOOTS["cam01"][1]]}
    got = [m for m in everything() if not (m.inspection == 5 and m.timestamp_us <= 500)]
    acc = account(boots, got, reboot_tail=10)
    cam = acc.cameras["cam01"]
    assert cam.destroyed_at_reboot == [(0, 5)] and cam.lost == [] and acc.ok


def test_only_the_unacknowledged_record_is_excused() -> None:
    # 4 was acknowledged (the camera went on to 5): missing, it is lost.
    boots = {"cam01": [{**BOOTS["cam01"][0], "unacked_at_end": 5}, BOOTS["cam01"][1]]}
    got = [m for m in everything() if not (m.inspection >= 4 and m.timestamp_us <= 500)]
    acc = account(boots, got, reboot_tail=10)
    cam = acc.cameras["cam01"]
    assert cam.destroyed_at_reboot == [(0, 5)] and cam.lost == [(0, 4, 4)] and not acc.ok


def test_an_unacknowledged_record_that_arrived_is_delivered_not_listed() -> None:
    boots = {"cam01": [{**BOOTS["cam01"][0], "unacked_at_end": 5}, BOOTS["cam01"][1]]}
    acc = account(boots, everything())
    assert acc.cameras["cam01"].destroyed_at_reboot == [] and acc.cameras["cam01"].delivered == 8
