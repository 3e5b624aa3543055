"""`Credentials`: the camera login, checked in constant time."""

from __future__ import annotations

import hashlib
import hmac


class Credentials:
    """The camera login. `check` takes the same time whether the user, the password, both or
    neither are wrong, and whatever their lengths (both sides are hashed before comparing)."""

    __slots__ = ("_password_digest", "_user_digest", "user")

    def __init__(self, user: str, password: str) -> None:
        if not user:
            raise ValueError("the user name must not be empty")
        self.user = user
        self._user_digest = self._digest(user)
        self._password_digest = self._digest(password)

    @staticmethod
    def _digest(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def check(self, user: str, password: str) -> bool:
        user_ok = hmac.compare_digest(self._digest(user), self._user_digest)
        password_ok = hmac.compare_digest(self._digest(password), self._password_digest)
        return user_ok & password_ok

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password=<hidden>)"
