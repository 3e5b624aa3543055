"""Errors the client raises on its own account (the camera's error replies are the typed
``CameraStatusError`` subclasses of :mod:`vs1kit.generated.client_api`)."""

from __future__ import annotations

from vs1kit.protocol.wire import Vs1Error

__all__ = ["CameraUnreachable", "ClientError", "ConnectionLost", "JobFileError", "LoginFailed",
           "ReplyTooLarge", "RequestTimeout"]


class ClientError(Vs1Error):
    """Base of the client's own errors."""


class ConnectionLost(ClientError):
    """The connection to the camera is gone; pending requests fail with this at once."""

    def __init__(self, reason: str, port: str = "") -> None:
        self.reason = reason
        self.port = port
        where = f" ({port} port)" if port else ""
        super().__init__(f"connection to the camera lost{where}: {reason}")


class CameraUnreachable(ConnectionLost):
    """The camera could not be reached at all (refused, no route, no answer)."""

    def __init__(self, host: str, port: int, reason: str) -> None:
        self.host = host
        self.port_number = port
        super().__init__(f"cannot reach {host}:{port}: {reason}")
        self.args = (f"camera unreachable at {host}:{port}: {reason}",)

    def __str__(self) -> str:
        return str(self.args[0])


class ReplyTooLarge(ConnectionLost):
    """The camera sent (or began to send) a frame larger than the client accepts; the
    connection is closed, since its framing cannot be trusted past a frame left unread."""

    def __init__(self, what: str, port: str = "") -> None:
        self.what = what
        super().__init__(f"reply too large: {what}", port)


class RequestTimeout(ClientError, TimeoutError):
    """The camera did not answer a request in time (the connection itself may be fine)."""


class LoginFailed(ClientError):
    """The login could not complete on the client's side: the camera's challenge is not
    acceptable (unknown key derivation, iteration count out of range) or its server signature
    is wrong (it does not know the password's verifier: not the camera it claims to be)."""


class JobFileError(ClientError):
    """A job file that cannot be sent: missing, unreadable, or not an .avp."""
