"""The sans-IO heartbeat timing: a fake clock is just a float, no sockets, no sleeps."""

from __future__ import annotations

import pytest

from vs1kit.protocol.heartbeat import Heartbeat


def test_first_heartbeat_is_due_one_interval_after_start() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=100.0)
    assert not hb.send_due(100.0)
    assert not hb.send_due(100.49)
    assert hb.send_due(100.5)
    assert hb.next_wakeup(100.0) == 100.5


def test_sent_moves_the_next_send() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=0.0)
    hb.sent(0.5)
    assert not hb.send_due(0.9)
    assert hb.send_due(1.0)
    assert hb.next_wakeup(0.6) == 1.0


def test_silence_for_the_timeout_expires() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=10.0)
    assert hb.silence(11.5) == 1.5
    assert not hb.expired(11.99)
    assert hb.expired(12.0)


def test_heard_keeps_the_peer_alive() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=0.0)
    for t in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0):
        hb.heard(t)
        hb.sent(t)
        assert not hb.expired(t + 1.9)
    assert hb.silence(4.0) == 1.0
    assert hb.expired(5.0)


def test_heard_out_of_order_never_moves_back() -> None:
    hb = Heartbeat(interval=1.0, timeout=3.0, now=0.0)
    hb.heard(5.0)
    hb.heard(4.0)  # a late report of an earlier arrival
    assert hb.last_heard == 5.0
    hb.sent(6.0)
    hb.sent(5.5)
    assert hb.last_sent == 6.0


def test_next_wakeup_is_the_earlier_of_send_and_expiry() -> None:
    hb = Heartbeat(interval=1.0, timeout=0.8, now=0.0)
    assert hb.next_wakeup(0.0) == 0.8  # expiry comes first
    hb.heard(0.7)
    assert hb.next_wakeup(0.7) == 1.0  # now the send
    # Sleeping until next_wakeup and checking always finds something changed.
    t = hb.next_wakeup(0.7)
    assert hb.send_due(t)


def test_next_wakeup_not_after_now_when_something_is_due() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=0.0)
    assert hb.send_due(3.0) and hb.expired(3.0)
    assert hb.next_wakeup(3.0) <= 3.0


def test_drive_a_whole_link_with_a_fake_clock() -> None:
    """Both sides at 0.25 s steps: the peer stops at t=2; we notice exactly at 2 + timeout."""
    hb = Heartbeat(interval=0.5, timeout=1.5, now=0.0)
    sent_at: list[float] = []
    lost_at = None
    t = 0.0
    while t < 10.0 and lost_at is None:
        if t <= 2.0 and t > 0:
            hb.heard(t)
        if hb.expired(t):
            lost_at = t
            break
        if hb.send_due(t):
            hb.sent(t)
            sent_at.append(t)
        t = round(t + 0.25, 10)
    assert sent_at == [0.5, 1.0, 1.5, 2.0, 2.5, 3.0]
    assert lost_at == 3.5


def test_excuse_forgives_our_own_deafness() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=0.0)
    assert hb.expired(3.0)  # we were stalled for 3 s
    hb.excuse(3.0)
    assert not hb.expired(3.0)
    assert hb.expired(5.0)


def test_reconfigure_keeps_the_silence_counted() -> None:
    hb = Heartbeat(interval=0.5, timeout=2.0, now=0.0)
    hb.sent(0.5)
    hb.reconfigure(interval=0.2, timeout=0.8, now=0.6)
    assert (hb.interval, hb.timeout) == (0.2, 0.8)
    assert not hb.send_due(0.65)
    assert hb.send_due(0.75)
    assert not hb.expired(0.75)
    assert hb.expired(0.8)


@pytest.mark.parametrize(("interval", "timeout"), [(0.0, 1.0), (1.0, 0.0), (-1.0, 1.0),
                                                   (float("nan"), 1.0)])
def test_rejects_non_positive_times(interval: float, timeout: float) -> None:
    with pytest.raises(ValueError):
        Heartbeat(interval=interval, timeout=timeout, now=0.0)
    hb = Heartbeat(interval=1.0, timeout=1.0, now=0.0)
    with pytest.raises(ValueError):
        hb.reconfigure(interval=interval, timeout=timeout, now=0.0)
