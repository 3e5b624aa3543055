"""The login port (UDP): login, logout, control, network parameters."""

from __future__ import annotations

import asyncio

from vs1kit.emulator.conn import Datagram
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.netstate import NetworkConfig, NetworkConfigError
from vs1kit.generated import login, types
from vs1kit.generated.emulator_skeleton import LoginHandlers
from vs1kit.generated.enums import StatusCode as S


class CameraLogin(LoginHandlers[Datagram]):
    """UDP login/command port; ctx is the sender."""

    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_login(self, ctx: Datagram, message: login.Login) -> login.LoginReply:
        ip = ctx.peer_ip
        sec = self.cam.security
        res = sec.login(message.user, message.password, ip)
        if res.throttled_for > 0:
            raise ModelError(S.THROTTLED, f"too many failed logins from {ip}; wait "
                                          f"{res.throttled_for:.1f} s")
        if res.session == 0:
            raise ModelError(S.BAD_PASSWORD, "wrong user or password")
        return login.LoginReply(session=res.session, timeout_s=int(sec.session_timeout))

    def _session(self, session: int) -> None:
        if not self.cam.security.valid(session):
            raise ModelError(S.NOT_LOGGED_IN, f"session {session:08x} is not logged in")
        self.cam.security.touch(session)

    async def on_logout(self, ctx: Datagram, message: login.Logout) -> login.LoginAck:
        self._session(message.session)
        self.cam.security.logout(message.session)
        return login.LoginAck(session=message.session)

    async def on_take_control(self, ctx: Datagram, message: login.TakeControl) -> login.ControlReply:
        self._session(message.session)
        sec = self.cam.security
        got = sec.take(message.session, ctx.peer_ip)
        if not got:
            self.cam.log_refusal(f"take_control from {ctx.peer_ip} refused: held by {sec.holder_ip}")
        return login.ControlReply(in_control=got, holder_ip=sec.holder_ip)

    async def on_release_control(self, ctx: Datagram, message: login.ReleaseControl) -> login.ControlReply:
        self._session(message.session)
        sec = self.cam.security
        sec.release(message.session)
        return login.ControlReply(in_control=False, holder_ip=sec.holder_ip)

    def _params(self) -> login.NetworkParams:
        c = self.cam.model.config
        return login.NetworkParams(mac=c.mac, config=types.NetworkConfig(
            dhcp=c.dhcp, ip=str(c.ip), mask=str(c.mask), gateway=str(c.gateway), name=c.name))

    async def on_get_network(self, ctx: Datagram, message: login.GetNetwork) -> login.NetworkParams:
        return self._params()

    async def on_set_network(self, ctx: Datagram, message: login.SetNetwork) -> login.NetworkParams:
        self._session(message.session)
        if not self.cam.security.holds(message.session):
            raise ModelError(S.NOT_IN_CONTROL, self.cam.not_in_control_detail())
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
