"""`Credentials`: the camera login, kept as a salted verifier (never the password).

What the camera stores of its password is the SCRAM verifier of `vs1kit.protocol.auth`
(salt, PBKDF2 iterations, StoredKey, ServerKey): enough to check a login proof or a cleartext
password (FTP, HTTP Basic), not enough to log in with. A user the camera does not know gets
a fake salt derived from a per-camera secret, so a challenge does not reveal who exists.
"""

from __future__ import annotations

import hmac
import secrets

from vs1kit.protocol.auth import DEFAULT_ITERATIONS, Verifier, fake_salt


class Credentials:
    """The camera login: one user and the verifier of its password.

    `check` takes the same time whether the user, the password, both or neither are wrong
    (an unknown user is checked against a dummy verifier)."""

    __slots__ = ("_dummy", "_secret", "iterations", "user", "verifier")

    def __init__(self, user: str, password: str, *, iterations: int = DEFAULT_ITERATIONS) -> None:
        if not user:
            raise ValueError("the user name must not be empty")
        self.user = user
        self.iterations = iterations
        self.verifier = Verifier.create(password, iterations=iterations)
        self._secret = secrets.token_bytes(32)
        self._dummy = Verifier.create(secrets.token_hex(16), iterations=iterations)

    def set_password(self, password: str) -> None:
        """A new password: a new salt and verifier (sessions already open stay open)."""
        self.verifier = Verifier.create(password, iterations=self.iterations)

    def verifier_for(self, user: str) -> Verifier | None:
        """The verifier of `user`, None for a user the camera does not know."""
        known = hmac.compare_digest(user.encode("utf-8", "surrogatepass"),
                                    self.user.encode("utf-8", "surrogatepass"))
        return self.verifier if known else None

    def salt_for(self, user: str) -> tuple[bytes, int]:
        """The salt and iterations a challenge shows for `user` (fake ones for a stranger)."""
        v = self.verifier_for(user)
        if v is not None:
            return v.salt, v.iterations
        return fake_salt(self._secret, user), self.iterations

    def check(self, user: str, password: str) -> bool:
        """A cleartext password (FTP, HTTP Basic): one PBKDF2, whoever the user is."""
        v = self.verifier_for(user)
        ok = (v or self._dummy).check_password(password)
        return ok and v is not None

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, verifier=<salted>)"
