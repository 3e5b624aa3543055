"""The login port (UDP): the challenge-response login, logout, control, network parameters.

Rights (a valid session proof, control) are checked by the pipeline from the spec's access
table before a handler runs; the handlers here only act."""

from __future__ import annotations

import asyncio

from vs1kit.emulator.conn import Datagram
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.netstate import NetworkConfig, NetworkConfigError
from vs1kit.generated import enums, login, types
from vs1kit.generated.emulator_skeleton import LoginHandlers
from vs1kit.generated.enums import StatusCode as S


class CameraLogin(LoginHandlers[Datagram]):
    """UDP login/command port; ctx is the sender."""

    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    def undecodable_hint(self, code: int) -> str | None:
        """What to tell the sender of a request of `code` that does not decode (the listener's
        bad_request detail): a login in the old cleartext layout needs the challenge first."""
        if code == login.Login.CODE:
            return "login needs login_start first (challenge-response)"
        return None

    async def on_login_start(self, ctx: Datagram, message: login.LoginStart) -> login.LoginChallenge:
        ch = self.cam.security.login_start(message.user, bytes(message.client_nonce), ctx.addr)
        return login.LoginChallenge(server_nonce=ch.server_nonce, salt=ch.salt,
                                    iterations=ch.iterations, kdf=enums.Kdf.PBKDF2_HMAC_SHA256)

    async def on_login(self, ctx: Datagram, message: login.Login) -> login.LoginReply:
        sec = self.cam.security
        out = sec.login_finish(message.user, bytes(message.client_nonce),
                               bytes(message.server_nonce), bytes(message.proof), ctx.addr)
        if out.status != S.OK:
            raise ModelError(out.status, out.detail)
        return login.LoginReply(session=out.session, timeout_s=int(sec.session_timeout),
                                server_signature=out.signature)

    # The messages below carry a session proof, verified by the pipeline before they get here.

    async def on_logout(self, ctx: Datagram, message: login.Logout) -> login.LoginAck:
        self.cam.security.logout(message.auth.session)
        return login.LoginAck(session=message.auth.session)

    async def on_take_control(self, ctx: Datagram, message: login.TakeControl) -> login.ControlReply:
        sec = self.cam.security
        got = sec.take(message.auth.session, ctx.peer_ip)
        if not got:
            self.cam.log_refusal(f"take_control from {ctx.peer_ip} refused: held by {sec.holder_ip}")
        return login.ControlReply(in_control=got, holder_ip=sec.holder_ip)

    async def on_release_control(self, ctx: Datagram, message: login.ReleaseControl) -> login.ControlReply:
        sec = self.cam.security
        sec.release(message.auth.session)
        return login.ControlReply(in_control=False, holder_ip=sec.holder_ip)

    def _params(self) -> login.NetworkParams:
        c = self.cam.model.config
        return login.NetworkParams(mac=c.mac, config=types.NetworkConfig(
            dhcp=c.dhcp, ip=str(c.ip), mask=str(c.mask), gateway=str(c.gateway), name=c.name))

    async def on_get_network(self, ctx: Datagram, message: login.GetNetwork) -> login.NetworkParams:
        return self._params()

    async def on_set_network(self, ctx: Datagram, message: login.SetNetwork) -> login.NetworkParams:
        c = message.config
        try:
            new = NetworkConfig.create(name=c.name, mac=self.cam.model.config.mac, ip=c.ip,
                                       mask=c.mask, gateway=c.gateway, dhcp=c.dhcp)
        except NetworkConfigError as exc:
            raise ModelError(S.BAD_REQUEST, str(exc)) from None
        reply = login.NetworkParams(mac=new.mac, config=c)
        # "applied after the reply is sent"
        asyncio.get_running_loop().call_soon(self.cam.model.network.apply, new)
        return reply
