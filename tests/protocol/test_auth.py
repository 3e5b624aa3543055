"""The sans-IO login and session-proof core (vs1kit.protocol.auth): known answers, tampering,
replays, challenge bookkeeping. No sockets, no clock: times are plain floats."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
from pathlib import Path

import pytest
import yaml

from vs1kit.generated import frames, login, monitor, types
from vs1kit.protocol import auth

# RFC 7677 section 3: the SCRAM-SHA-256 exchange of user "user", password "pencil".
RFC_SALT = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
RFC_AUTH_MESSAGE = (
    b"n=user,r=rOprNGfwEbeRWgbNEkqO,"
    b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
    b"c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
)
RFC_PROOF = base64.b64decode("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
RFC_SIGNATURE = base64.b64decode("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")


def test_rfc7677_known_answer_for_the_scram_pieces() -> None:
    salted = auth.salted_password("pencil", RFC_SALT, 4096)
    ckey = auth.client_key(salted)
    assert auth.client_proof(ckey, RFC_AUTH_MESSAGE) == RFC_PROOF
    assert auth.server_signature(auth.server_key(salted), RFC_AUTH_MESSAGE) == RFC_SIGNATURE
    # The camera's side recovers the client key from the proof and the stored key alone.
    assert auth.recover_client_key(auth.stored_key(ckey), RFC_AUTH_MESSAGE, RFC_PROOF) == ckey


def test_auth_message_layout() -> None:
    cn, sn, salt = bytes(range(16)), bytes(range(16, 32)), bytes(range(32, 48))
    amsg = auth.auth_message("admin", cn, sn, salt, 20000, 1, "192.168.10.7")
    expected = (b"vs1-login" + b"\x05admin" + cn + sn + salt + struct.pack(">I", 20000) + b"\x01"
                + bytes([192, 168, 10, 7]))
    assert amsg == expected
    # The user's length is part of it: "ad"+"min..." cannot be confused with "admin".
    assert auth.auth_message("ad", cn, sn, salt, 20000, 1, "192.168.10.7") != amsg


def test_auth_message_refuses_bad_sizes() -> None:
    with pytest.raises(auth.AuthError):
        auth.auth_message("u", b"short", bytes(16), bytes(16), 4096, 1, "1.2.3.4")
    with pytest.raises(auth.AuthError):
        auth.auth_message("u", bytes(16), bytes(16), bytes(16), 4096, 1, "::1")
    with pytest.raises(auth.AuthError):
        auth.auth_message("x" * 256, bytes(16), bytes(16), bytes(16), 4096, 1, "1.2.3.4")


def _exchange(password: str, verifier: auth.Verifier, *, client_ip: str = "10.0.0.5",
              camera_sees: str = "10.0.0.5") -> tuple[auth.ClientLogin, bytes, auth.LoginKeys | None]:
    client = auth.ClientLogin("admin", password)
    sn = auth.new_nonce()
    proof = client.answer(sn, verifier.salt, verifier.iterations, auth.KDF_PBKDF2_SHA256, client_ip)
    amsg = auth.auth_message("admin", client.client_nonce, sn, verifier.salt, verifier.iterations,
                             auth.KDF_PBKDF2_SHA256, camera_sees)
    return client, proof, auth.camera_check(verifier, amsg, proof)


def test_full_login_gives_both_ends_the_same_session_key() -> None:
    verifier = auth.Verifier.create("s3cret", iterations=4096)
    client, _proof, keys = _exchange("s3cret", verifier)
    assert keys is not None
    assert client.finish(keys.server_signature) == keys.session_key


def test_wrong_password_fails_and_the_verifier_is_not_the_password() -> None:
    verifier = auth.Verifier.create("s3cret", iterations=4096)
    _client, _proof, keys = _exchange("s3cret!", verifier)
    assert keys is None
    assert b"s3cret" not in repr(verifier).encode() + verifier.stored_key + verifier.server_key
    assert verifier.check_password("s3cret") and not verifier.check_password("S3cret")


def test_proof_is_bound_to_the_client_address() -> None:
    """A proof made for one address does not verify for another (a relay from elsewhere)."""
    verifier = auth.Verifier.create("pw", iterations=4096)
    _client, _proof, keys = _exchange("pw", verifier, client_ip="10.0.0.5", camera_sees="10.0.0.6")
    assert keys is None


@pytest.mark.parametrize("index", [0, 15, 31])
def test_tampered_proof_fails(index: int) -> None:
    verifier = auth.Verifier.create("pw", iterations=4096)
    client = auth.ClientLogin("admin", "pw")
    sn = auth.new_nonce()
    proof = bytearray(client.answer(sn, verifier.salt, 4096, 1, "10.0.0.5"))
    proof[index] ^= 0x01
    amsg = auth.auth_message("admin", client.client_nonce, sn, verifier.salt, 4096, 1, "10.0.0.5")
    assert auth.camera_check(verifier, amsg, bytes(proof)) is None


def test_client_refuses_a_wrong_server_signature_and_odd_challenges() -> None:
    verifier = auth.Verifier.create("pw", iterations=4096)
    client, _proof, keys = _exchange("pw", verifier)
    assert keys is not None
    forged = bytearray(keys.server_signature)
    forged[0] ^= 0x80
    with pytest.raises(auth.AuthError, match="signature"):
        client.finish(bytes(forged))
    with pytest.raises(auth.AuthError, match="iterations"):
        auth.ClientLogin("admin", "pw").answer(bytes(16), bytes(16), 1, 1, "1.2.3.4")
    with pytest.raises(auth.AuthError, match="key derivation"):
        auth.ClientLogin("admin", "pw").answer(bytes(16), bytes(16), 4096, 9, "1.2.3.4")
    once = auth.ClientLogin("admin", "pw")
    once.answer(bytes(16), bytes(16), 4096, 1, "1.2.3.4")
    with pytest.raises(auth.AuthError, match="already"):
        once.answer(bytes(16), bytes(16), 4096, 1, "1.2.3.4")


def test_fake_salt_is_stable_per_user_and_secret() -> None:
    secret = bytes(32)
    a = auth.fake_salt(secret, "mallory")
    assert len(a) == auth.SALT_SIZE
    assert auth.fake_salt(secret, "mallory") == a
    assert auth.fake_salt(secret, "eve") != a
    assert auth.fake_salt(b"\x01" * 32, "mallory") != a


# ----------------------------------------------------------------------------- request macs


def test_request_mac_layout() -> None:
    key = bytes(range(32))
    payload = b"\x00\x00\x00\x07\x00\x00\x00\x01" + bytes(16)
    expected = hmac.new(key, b"vs1-req" + struct.pack(">HH", 49493, 0x0803) + payload,
                        hashlib.sha256).digest()[:16]
    assert auth.request_mac(key, 49493, 0x0803, payload) == expected


def test_signed_message_verifies_and_covers_every_field() -> None:
    key = auth.new_nonce() * 2
    signer = auth.SessionSigner(0x1234, key)
    msg = signer.sign(login.SetNetwork(config=types.NetworkConfig(
        dhcp=False, ip="10.0.0.9", mask="255.0.0.0", gateway="10.0.0.1", name="cam")), "login")
    assert msg.auth.session == 0x1234 and msg.auth.counter == 1
    assert auth.message_mac(msg, "login", key) == msg.auth.mac
    # Another body with the same proof: the mac no longer matches.
    changed = login.SetNetwork(auth=msg.auth, config=types.NetworkConfig(
        dhcp=False, ip="10.6.6.6", mask="255.0.0.0", gateway="10.0.0.1", name="cam"))
    assert auth.message_mac(changed, "login", key) != msg.auth.mac
    # Another counter or session with the same mac: wrong too.
    bumped = login.SetNetwork(auth=types.SessionProof(session=0x1234, counter=2, mac=msg.auth.mac),
                              config=msg.config)
    assert auth.message_mac(bumped, "login", key) != msg.auth.mac
    # The same proof on another port or as another message: wrong.
    bind = frames.BindSession(auth=msg.auth)
    assert auth.message_mac(bind, "io", key) != auth.message_mac(bind, "rpc", key)
    take = login.TakeControl(auth=msg.auth)
    assert auth.message_mac(take, "login", key) != auth.message_mac(
        login.ReleaseControl(auth=msg.auth), "login", key)
    # Another key: wrong.
    assert auth.message_mac(msg, "login", bytes(32)) != msg.auth.mac


def test_signer_counts_and_hides_its_key() -> None:
    key = b"k" * 32
    signer = auth.SessionSigner(7, key)
    first = signer.sign(monitor.Hello(interval_ms=200, client_name="x"), "monitor")
    second = signer.sign(monitor.Hello(interval_ms=200, client_name="x"), "monitor")
    assert (first.auth.counter, second.auth.counter) == (1, 2)
    assert first.auth.mac != second.auth.mac
    assert "k" * 8 not in repr(signer)


def test_spec_port_number_is_the_spec_number() -> None:
    assert auth.spec_port_number("login") == 49493
    assert auth.spec_port_number("monitor") == 49079


# ----------------------------------------------------------------------------- counters


def test_counter_window_refuses_replays_and_old_counters() -> None:
    w = auth.CounterWindow(size=8)
    assert not w.accept(0)  # counters start at 1
    assert w.accept(1) and not w.accept(1)
    assert w.accept(5)
    assert w.accept(3)  # late but inside the window, and new
    assert not w.accept(3)
    assert w.accept(100)
    assert not w.accept(92)  # 8 below the highest: outside the window
    assert w.accept(93) and not w.accept(93)
    assert not w.accept(100)
    assert w.highest == 100


def test_counter_window_accepts_concurrent_binds_out_of_order() -> None:
    w = auth.CounterWindow()
    order = [4, 2, 3, 1, 6, 5]
    assert all(w.accept(c) for c in order)
    assert not any(w.accept(c) for c in order)


def test_counter_window_check_does_not_take() -> None:
    w = auth.CounterWindow()
    assert w.check(9) and w.check(9)
    assert w.accept(9) and not w.check(9)


# ----------------------------------------------------------------------------- challenges

ADDR = ("10.0.0.1", 5000)
CN = b"c" * 16
SALT = b"s" * 16


def _issue(cookies: auth.ChallengeCookies, now: float, addr: tuple[str, int] = ADDR,
           user: str = "admin") -> bytes:
    return cookies.issue(addr, user, CN, SALT, 4096, now).server_nonce


def test_challenge_is_single_use_and_expires() -> None:
    cookies = auth.ChallengeCookies(ttl=10.0)
    nonce = _issue(cookies, 100.0)
    assert len(nonce) == auth.NONCE_SIZE
    assert cookies.take(ADDR, "admin", CN, nonce, SALT, 4096, 101.0)
    assert not cookies.take(ADDR, "admin", CN, nonce, SALT, 4096, 101.0)
    late = _issue(cookies, 100.0)
    assert not cookies.take(ADDR, "admin", CN, late, SALT, 4096, 111.5)


def test_challenge_is_bound_to_address_user_nonce_salt_and_iterations() -> None:
    cookies = auth.ChallengeCookies()
    nonce = _issue(cookies, 0.0)
    assert not cookies.take(("10.0.0.2", 5000), "admin", CN, nonce, SALT, 4096, 1.0)
    assert not cookies.take(("10.0.0.1", 5001), "admin", CN, nonce, SALT, 4096, 1.0)
    assert not cookies.take(ADDR, "root", CN, nonce, SALT, 4096, 1.0)
    assert not cookies.take(ADDR, "admin", b"d" * 16, nonce, SALT, 4096, 1.0)
    assert not cookies.take(ADDR, "admin", CN, nonce, b"t" * 16, 4096, 1.0)
    assert not cookies.take(ADDR, "admin", CN, nonce, SALT, 4097, 1.0)
    # None of those wrong tries used it up: the real sender still can.
    assert cookies.take(ADDR, "admin", CN, nonce, SALT, 4096, 1.0)


def test_challenge_cookie_cannot_be_forged_or_made_by_another_camera() -> None:
    mine, other = auth.ChallengeCookies(b"a" * 32), auth.ChallengeCookies(b"b" * 32)
    theirs = _issue(other, 0.0)
    assert not mine.take(ADDR, "admin", CN, theirs, SALT, 4096, 1.0)
    forged = bytearray(_issue(mine, 0.0))
    forged[-1] ^= 1
    assert not mine.take(ADDR, "admin", CN, bytes(forged), SALT, 4096, 1.0)
    # An older timestamp with the same MAC: not valid either.
    moved = bytearray(_issue(mine, 50.0))
    moved[3] ^= 1
    assert not mine.take(ADDR, "admin", CN, bytes(moved), SALT, 4096, 51.0)


def test_challenges_keep_no_state_and_used_nonces_are_bounded() -> None:
    cookies = auth.ChallengeCookies(max_used=3)
    for i in range(10_000):  # a flood of login_start with forged sources costs no memory
        _issue(cookies, 0.0, (f"10.{i // 250 % 250}.{i % 250}.1", 1000 + i))
    nonces = [_issue(cookies, 0.0, ("10.0.0.9", 6000 + i)) for i in range(4)]
    assert all(cookies.take(("10.0.0.9", 6000 + i), "admin", CN, n, SALT, 4096, 1.0)
               for i, n in enumerate(nonces[:3]))
    # Three used nonces remembered: the next login waits until they expire (no eviction,
    # so no replay of an evicted one).
    assert not cookies.take(("10.0.0.9", 6003), "admin", CN, nonces[3], SALT, 4096, 1.0)
    fresh = _issue(cookies, 20.0, ("10.0.0.9", 6003))
    assert cookies.take(("10.0.0.9", 6003), "admin", CN, fresh, SALT, 4096, 21.0)


# ----------------------------------------------------------------------------- the spec


SPEC = Path(__file__).resolve().parents[2] / "protocol_spec"


def test_shipped_spec_states_access_on_every_message_a_client_sends() -> None:
    """Left out, access is open: the shipped spec says it every time, so a new message
    cannot become open by omission."""
    missing: list[str] = []
    docs = [yaml.safe_load((SPEC / "common.yaml").read_text(encoding="utf-8"))]
    docs += [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((SPEC / "ports").glob("*.yaml"))]
    messages: list[dict[str, object]] = []
    for doc in docs:
        if doc.get("port", {}).get("standard"):
            continue
        messages += doc.get("messages", [])
        for fr in (doc.get("framings") or {}).values():
            messages += fr.get("messages", [])
    for m in messages:
        if m.get("direction") in ("to_camera", "both") and "access" not in m:
            missing.append(str(m["id"]))
    assert messages and not missing, f"messages without access: {missing}"
