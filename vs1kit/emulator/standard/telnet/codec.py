"""Sans-IO Telnet (RFC 854/855) with option negotiation by the "Q method" of RFC 1143, so
negotiation can never loop."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

IAC: Final = 255
DONT: Final = 254
DO: Final = 253
WONT: Final = 252
WILL: Final = 251
SB: Final = 250
GA: Final = 249
EL: Final = 248
EC: Final = 247
AYT: Final = 246
AO: Final = 245
IP: Final = 244
BRK: Final = 243
DM: Final = 242
NOP: Final = 241
SE: Final = 240

OPT_ECHO: Final = 1  # RFC 857
OPT_SGA: Final = 3  # RFC 858
OPT_TTYPE: Final = 24  # RFC 1091
OPT_NAWS: Final = 31  # RFC 1073
OPT_LINEMODE: Final = 34  # RFC 1184

_NO, _YES, _WANTNO, _WANTYES = range(4)
_MAX_SUBNEGOTIATION: Final = 512

# Control characters the line editor understands (the Telnet commands map onto them).
CTRL_C: Final = 0x03
CTRL_D: Final = 0x04
BACKSPACE: Final = 0x08
CTRL_U: Final = 0x15
ESC: Final = 0x1B
DEL: Final = 0x7F
CR: Final = 0x0D
LF: Final = 0x0A
NUL: Final = 0x00


class TelnetCodec:
    """Sans-IO Telnet: bytes from the peer in -> clean data out; replies collected for sending.

    `local` are the options this side is willing to perform (it offers them with `offer()`),
    `remote` the options it lets the peer perform. Everything else is refused once, per
    RFC 1143, and a request for a state the option is already in is never answered.
    """

    def __init__(
        self,
        local: Sequence[int] = (OPT_ECHO, OPT_SGA),
        remote: Sequence[int] = (OPT_SGA, OPT_NAWS),
    ) -> None:
        self._local_ok = frozenset(local)
        self._remote_ok = frozenset(remote)
        self._us: dict[int, int] = {}
        self._him: dict[int, int] = {}
        self._out = bytearray()
        self._state = "data"
        self._verb = 0
        self._sb = bytearray()
        self.window_size: tuple[int, int] | None = None
        """(columns, rows) from NAWS, when the peer sent it."""

    # -- option state --------------------------------------------------------------------

    def local_enabled(self, option: int) -> bool:
        return self._us.get(option, _NO) == _YES

    def remote_enabled(self, option: int) -> bool:
        return self._him.get(option, _NO) == _YES

    def offer(self, option: int) -> None:
        """Ask to enable `option` on our side (sends WILL)."""
        if self._us.get(option, _NO) == _NO:
            self._us[option] = _WANTYES
            self._send(WILL, option)

    def request(self, option: int) -> None:
        """Ask the peer to enable `option` (sends DO)."""
        if self._him.get(option, _NO) == _NO:
            self._him[option] = _WANTYES
            self._send(DO, option)

    def take_output(self) -> bytes:
        """Negotiation replies (and AYT answers) waiting to be sent."""
        out = bytes(self._out)
        self._out.clear()
        return out

    def _send(self, verb: int, option: int) -> None:
        self._out += bytes((IAC, verb, option))

    # -- decoding ------------------------------------------------------------------------

    def feed(self, data: bytes) -> bytes:
        """Consume bytes from the peer; return the application data in them."""
        clean = bytearray()
        for byte in data:
            state = self._state
            if state == "data":
                if byte == IAC:
                    self._state = "iac"
                else:
                    clean.append(byte)
            elif state == "iac":
                self._state = "data"
                if byte == IAC:
                    clean.append(IAC)
                elif byte in (WILL, WONT, DO, DONT):
                    self._verb = byte
                    self._state = "option"
                elif byte == SB:
                    self._sb.clear()
                    self._state = "sb"
                elif byte in (IP, BRK):
                    clean.append(CTRL_C)
                elif byte == EC:
                    clean.append(BACKSPACE)
                elif byte == EL:
                    clean.append(CTRL_U)
                elif byte == AYT:
                    self._out += b"\r\n[VS-1: yes]\r\n"
                # NOP, DM, GA, AO, SE out of place and unknown commands: dropped.
            elif state == "option":
                self._state = "data"
                self._negotiate(self._verb, byte)
            elif state == "sb":
                if byte == IAC:
                    self._state = "sb_iac"
                elif len(self._sb) < _MAX_SUBNEGOTIATION:
                    self._sb.append(byte)
            elif state == "sb_iac":
                if byte == SE:
                    self._state = "data"
                    self._subnegotiation(bytes(self._sb))
                elif byte == IAC:
                    self._state = "sb"
                    if len(self._sb) < _MAX_SUBNEGOTIATION:
                        self._sb.append(IAC)
                else:  # malformed: treat as the end of the subnegotiation
                    self._state = "data"
                    self._subnegotiation(bytes(self._sb))
        return bytes(clean)

    def _negotiate(self, verb: int, option: int) -> None:
        if verb in (WILL, WONT):
            table, accepted, yes, no = self._him, self._remote_ok, DO, DONT
        else:
            table, accepted, yes, no = self._us, self._local_ok, WILL, WONT
        state = table.get(option, _NO)
        if verb in (WILL, DO):  # the peer wants it on
            if state == _NO:
                if option in accepted:
                    table[option] = _YES
                    self._send(yes, option)
                else:
                    self._send(no, option)
            elif state == _WANTYES:
                table[option] = _YES
            elif state == _WANTNO:  # it answered our "no" with "yes": give up, leave it off
                table[option] = _NO
        else:  # WONT / DONT: the peer wants it off
            if state == _YES:
                table[option] = _NO
                self._send(no, option)
            elif state in (_WANTNO, _WANTYES):
                table[option] = _NO

    def _subnegotiation(self, payload: bytes) -> None:
        if len(payload) == 5 and payload[0] == OPT_NAWS:
            self.window_size = (
                int.from_bytes(payload[1:3], "big"),
                int.from_bytes(payload[3:5], "big"),
            )

    # -- encoding ------------------------------------------------------------------------

    @staticmethod
    def encode(text: str) -> bytes:
        """Text for the NVT: newlines as CR LF, IAC doubled."""
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8", "replace")
        return data.replace(b"\xff", b"\xff\xff")
