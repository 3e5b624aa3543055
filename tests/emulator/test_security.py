"""The camera's throttle and session rules without sockets: a float clock, plain calls."""

from __future__ import annotations

import pytest

from vs1kit.emulator.model import ModelError
from vs1kit.emulator.netstate import Credentials
from vs1kit.emulator.security import PasswordCheck, PasswordGate, Security, Throttle
from vs1kit.generated import enums, login
from vs1kit.protocol import auth

S = enums.StatusCode


def test_per_source_backoff_doubles_after_three_failures_and_is_capped() -> None:
    t = Throttle(free_failures=3, base=1.0, cap=8.0)
    delays = [t.failed("10.0.0.9", "admin", 0.0) for _ in range(7)]
    assert delays == [0.0, 0.0, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert t.wait("10.0.0.9", "admin", 0.0) == 8.0
    assert t.wait("10.0.0.9", "admin", 8.0) == 0.0
    assert t.wait("10.0.0.8", "admin", 0.0) == 0.0  # another source is not affected
    t.succeeded("10.0.0.9", "admin", 9.0)
    assert t.failed("10.0.0.9", "admin", 9.0) == 0.0  # a good login starts it over


def test_failures_are_forgotten_after_a_quiet_while() -> None:
    t = Throttle(free_failures=3, forget_after=900.0)
    t.failed("10.0.0.9", "admin", 0.0)
    t.failed("10.0.0.9", "admin", 1.0)
    assert t.failed("10.0.0.9", "admin", 1000.0) == 0.0  # counts from 1 again


def test_account_burst_delays_strangers_but_not_known_good_sources() -> None:
    live = {"10.0.0.1"}
    t = Throttle(account_failures=10, account_window=60.0, is_live=lambda ip: ip in live)
    t.succeeded("10.0.0.2", "admin", 0.0)  # logged in a while ago: known good for 24 h
    for i in range(10):
        t.failed(f"10.9.0.{i}", "admin", 100.0 + i)
    assert t.wait("10.7.7.7", "admin", 110.0) == pytest.approx(50.0)  # until the oldest ages out
    assert t.wait("10.0.0.1", "admin", 110.0) == 0.0  # holds a live session
    assert t.wait("10.0.0.2", "admin", 110.0) == 0.0  # logged in within 24 h
    assert t.wait("10.7.7.7", "other", 110.0) == 0.0  # another account is not affected
    assert t.wait("10.7.7.7", "admin", 160.0) == 0.0  # the burst left the window


def test_throttle_memory_is_bounded() -> None:
    t = Throttle(max_sources=100, max_accounts=10)
    for i in range(5000):
        t.failed(f"10.{i // 250}.{i % 250}.1", f"user{i}", 0.0)
    assert len(t._sources) == 100 and len(t._accounts) == 10


def test_password_gate_refuses_throttled_tries_without_checking() -> None:
    creds = Credentials("admin", "right", iterations=auth.MIN_ITERATIONS)
    gate = PasswordGate(creds, Throttle(free_failures=1, base=5.0))
    assert gate.check("10.0.0.9", "admin", "wrong", now=0.0) is PasswordCheck.BAD
    assert gate.check("10.0.0.9", "admin", "right", now=1.0) is PasswordCheck.THROTTLED
    assert gate.check("10.0.0.9", "admin", "right", now=6.0) is PasswordCheck.OK
    assert gate.check("10.0.0.9", "root", "right", now=6.0) is PasswordCheck.BAD


def test_credentials_keep_only_a_salted_verifier() -> None:
    creds = Credentials("admin", "s3cret-pw", iterations=auth.MIN_ITERATIONS)
    assert "s3cret-pw" not in repr(creds)
    assert creds.check("admin", "s3cret-pw") and not creds.check("admin", "S3cret-pw")
    salt, iterations = creds.salt_for("admin")
    assert salt == creds.verifier.salt and iterations == auth.MIN_ITERATIONS
    fake, _ = creds.salt_for("mallory")
    assert fake == creds.salt_for("mallory")[0] and fake != salt
    old = creds.verifier
    creds.set_password("new-pw")
    assert creds.verifier.salt != old.salt and creds.check("admin", "new-pw")


def _login(sec: Security, ip: str, port: int = 4000) -> tuple[int, auth.SessionSigner]:
    client = auth.ClientLogin("admin", "admin")
    ch = sec.login_start("admin", client.client_nonce, (ip, port), now=0.0)
    proof = client.answer(ch.server_nonce, ch.salt, ch.iterations, auth.KDF_PBKDF2_SHA256, ip)
    out = sec.login_finish("admin", client.client_nonce, ch.server_nonce, proof, (ip, port), now=0.0)
    assert out.status == S.OK
    return out.session, auth.SessionSigner(out.session, client.finish(out.signature))


def test_login_answer_from_another_port_is_not_a_failure() -> None:
    sec = Security(Credentials("admin", "admin", iterations=auth.MIN_ITERATIONS))
    client = auth.ClientLogin("admin", "admin")
    ch = sec.login_start("admin", client.client_nonce, ("10.0.0.5", 4000), now=0.0)
    proof = client.answer(ch.server_nonce, ch.salt, ch.iterations, 1, "10.0.0.5")
    for _ in range(10):  # a spoofer's copies from elsewhere: refused, not counted
        out = sec.login_finish("admin", client.client_nonce, ch.server_nonce, proof, ("10.0.0.5", 4001), now=1.0)
        assert out.status == S.BAD_REQUEST
    assert sec.throttle.wait("10.0.0.5", "admin", 1.0) == 0.0
    out = sec.login_finish("admin", client.client_nonce, ch.server_nonce, proof, ("10.0.0.5", 4000), now=1.0)
    assert out.status == S.OK and out.session


def test_unknown_user_gets_a_challenge_and_a_plain_bad_password() -> None:
    sec = Security(Credentials("admin", "admin", iterations=auth.MIN_ITERATIONS))
    client = auth.ClientLogin("mallory", "admin")
    ch = sec.login_start("mallory", client.client_nonce, ("10.0.0.5", 4000), now=0.0)
    assert ch.iterations == auth.MIN_ITERATIONS and ch.salt != sec.credentials.verifier.salt
    proof = client.answer(ch.server_nonce, ch.salt, ch.iterations, 1, "10.0.0.5")
    out = sec.login_finish("mallory", client.client_nonce, ch.server_nonce, proof, ("10.0.0.5", 4000), now=0.0)
    assert out.status == S.BAD_PASSWORD


def test_session_proofs_address_counter_and_logout() -> None:
    sec = Security(Credentials("admin", "admin", iterations=auth.MIN_ITERATIONS))
    sid, signer = _login(sec, "10.0.0.5")
    take = signer.sign(login.TakeControl(), "login")
    assert sec.verify(take.auth, take, "login", "10.0.0.5").id == sid
    with pytest.raises(ModelError) as err:
        sec.verify(take.auth, take, "login", "10.0.0.5")  # replay
    assert err.value.status == S.NOT_LOGGED_IN
    fresh = signer.sign(login.TakeControl(), "login")
    with pytest.raises(ModelError):
        sec.verify(fresh.auth, fresh, "login", "10.0.0.6")  # another address
    with pytest.raises(ModelError):
        sec.verify(fresh.auth, fresh, "io", "10.0.0.5")  # signed for another port
    # None of the refused tries used the counter up.
    assert sec.verify(fresh.auth, fresh, "login", "10.0.0.5").id == sid
    sec.bind((49059, "10.0.0.5", 5000), sid)
    with pytest.raises(ModelError) as err:
        sec.bind((49059, "10.0.0.5", 5000), sid)
    assert err.value.status == S.FORBIDDEN
    assert sec.take(sid, "10.0.0.5", now=0.0) and sec.bound((49059, "10.0.0.5", 5000)) == sid
    sec.logout(sid)
    assert not sec.holds(sid) and sec.bound((49059, "10.0.0.5", 5000)) == 0


def test_control_without_a_live_monitor_ends_after_the_grace() -> None:
    sec = Security(Credentials("admin", "admin", iterations=auth.MIN_ITERATIONS), control_grace=2.0)
    sid, _ = _login(sec, "10.0.0.5")
    assert sec.take(sid, "10.0.0.5", now=100.0)
    sec.expire(101.0, monitored=())
    assert sec.holds(sid)
    sec.expire(101.5, monitored={sid})  # a monitor appeared: seen with one at 101.5
    sec.expire(103.4, monitored=())
    assert sec.holds(sid)
    sec.expire(103.6, monitored=())
    assert not sec.holds(sid) and sec.valid(sid)  # control goes, the session stays
