"""The camera's web server (TCP 80): the boot-parameter page.

Built on aiohttp's server (`web.Application` + `AppRunner`), so HTTP parsing, keep-alive, form
and multipart decoding are aiohttp's. Viewing is open; changing the network settings needs HTTP
Basic authentication with the camera login (`Credentials`).

The pages come from the spec as a table (see `HttpPages`): path -> (doc, form fields), each
form field `(name, type, doc)` with type `str`, `ipv4` or `bool`. Every path must be one this
server implements (`IMPLEMENTED_PAGES`) and every form field one of the settable network
settings with its type (`SETTABLE_FIELDS`), else the constructor raises ValueError.

Routes:

- `GET /`: HTML page with the boot parameters, the network settings and a form.
- `POST /`: apply a change (form-encoded, multipart or JSON object). All fields are optional;
  the change is validated as a whole and applied all or nothing. 401 without valid
  credentials, 400 with every problem listed for bad input. A browser (Accept: text/html) is
  redirected back to the page (303); a JSON request gets JSON; anything else plain text.
- `GET /bootparams.json`: the boot line, boot parameters and network settings as JSON.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Final, Protocol
from urllib.parse import urlsplit

from aiohttp import BasicAuth, web

from vs1kit.emulator.limits import Admission, BadInputLog
from vs1kit.emulator.netstate import (
    Credentials,
    NetworkConfig,
    NetworkConfigError,
    NetworkState,
)
from vs1kit.emulator.security import PasswordCheck, PasswordGate, Throttle
from vs1kit.emulator.standard.base import StandardServer
from vs1kit.emulator.standard.caps import HTTP_LIMITS, Gate, HttpGate, StandardLimits
from vs1kit.generated.registry import PORTS

__all__ = [
    "FIELD_TYPES",
    "SETTABLE_FIELDS",
    "FormFieldSpec",
    "HttpPages",
    "HttpServer",
    "PageSpec",
    "pages_from_spec",
]

log = logging.getLogger(__name__)

FormFieldSpec = tuple[str, str, str]
"""(field name, field type, help text)."""
PageSpec = tuple[str, Sequence[FormFieldSpec]]
"""(page doc, form fields); no fields for a read-only page."""
HttpPages = Mapping[str, PageSpec]
"""path -> page."""

FIELD_TYPES: Final = frozenset({"str", "ipv4", "bool"})
SETTABLE_FIELDS: Final[Mapping[str, str]] = {
    "name": "str",
    "ip": "ipv4",
    "mask": "ipv4",
    "gateway": "ipv4",
    "dhcp": "bool",
}
"""Network settings the form may change: field name -> type."""


class SpecFormField(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def doc(self) -> str: ...


class SpecPage(Protocol):
    """What the spec says about a page (the IR's or the registry's Page)."""

    @property
    def path(self) -> str: ...
    @property
    def doc(self) -> str: ...
    @property
    def form(self) -> Sequence[SpecFormField]: ...


def pages_from_spec(pages: Iterable[SpecPage]) -> dict[str, PageSpec]:
    """The `pages` table from the spec's page list, e.g. `pages_from_spec(PORTS["http"].pages)`."""
    return {
        page.path: (page.doc, tuple((f.name, f.type, f.doc) for f in page.form)) for page in pages
    }


_FIELD_LABELS: Final = {
    "name": "Camera name",
    "mac": "MAC address",
    "ip": "IP address",
    "mask": "Subnet mask",
    "gateway": "Default gateway",
    "dhcp": "Use DHCP",
}
_TRUE: Final = frozenset({"1", "true", "on", "yes"})
_FALSE: Final = frozenset({"0", "false", "off", "no", ""})


class _BadInput(Exception):
    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))
        self.problems = list(problems)


class HttpServer(StandardServer):
    """The boot-parameter web page of one camera."""

    PROTOCOL: ClassVar[str] = "HTTP"

    IMPLEMENTED_PAGES: ClassVar[Mapping[str, str]] = {
        "/": "_page_index",
        "/bootparams.json": "_page_json",
    }
    """Path -> name of the GET handler method (subclasses may extend)."""
    FORM_PAGES: ClassVar[frozenset[str]] = frozenset({"/"})
    """Paths that accept a POST of their form."""

    def __init__(
        self,
        state: NetworkState,
        credentials: Credentials,
        pages: HttpPages,
        *,
        host: str = "127.0.0.1",
        port: int = PORTS["http"].numbers[0],
        realm: str = "VS-1 Smart Camera",
        shutdown_timeout: float = 2.0,
        limits: StandardLimits = HTTP_LIMITS,
        bad_input: BadInputLog | None = None,
        admission: Admission | None = None,
        passwords: PasswordGate | None = None,
    ) -> None:
        problems: list[str] = []
        for path, (_doc, form) in pages.items():
            if path not in self.IMPLEMENTED_PAGES:
                problems.append(f"page {path!r} has no implementation")
                continue
            if form and path not in self.FORM_PAGES:
                problems.append(f"page {path!r} cannot take a form")
            for name, kind, _help in form:
                if kind not in FIELD_TYPES:
                    problems.append(f"{path} field {name!r}: unknown type {kind!r}")
                elif name not in SETTABLE_FIELDS:
                    problems.append(f"{path} field {name!r} is not a settable network setting")
                elif SETTABLE_FIELDS[name] != kind:
                    problems.append(
                        f"{path} field {name!r} has type {kind!r}, the server expects "
                        f"{SETTABLE_FIELDS[name]!r}"
                    )
        if problems:
            raise ValueError(
                "HTTP page table does not match the server: "
                + "; ".join(problems)
                + f" (implemented pages: {', '.join(self.IMPLEMENTED_PAGES)})"
            )
        self.state = state
        self.credentials = credentials
        self.passwords = passwords if passwords is not None else PasswordGate(credentials, Throttle())
        """Basic credentials go through it: the camera's gate shares the login port's throttle."""
        self.pages: dict[str, tuple[str, tuple[FormFieldSpec, ...]]] = {
            path: (doc, tuple((name, kind, text) for name, kind, text in form))
            for path, (doc, form) in pages.items()
        }
        self.realm = realm
        super().__init__(host, port)
        self._shutdown_timeout = shutdown_timeout
        self._runner: web.AppRunner | None = None
        self._server: asyncio.Server | None = None
        self.limits = limits
        self.gate = Gate("http", limits, bad_input, admission)
        """Connection caps and counters (`caps.Gate`): refused, open, per source."""

    # -- life cycle ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._runner is not None

    def make_app(self) -> web.Application:
        """The aiohttp application (also usable with aiohttp's test client)."""
        app = web.Application(client_max_size=self.limits.max_body)
        for path in self.pages:
            handler = getattr(self, self.IMPLEMENTED_PAGES[path])
            app.router.add_get(path, handler)
            if path in self.FORM_PAGES:
                app.router.add_post(path, self._post_form)
        app.on_response_prepare.append(self._headers)
        return app

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("the HTTP server is already running")
        runner = web.AppRunner(
            self.make_app(), access_log=None, shutdown_timeout=self._shutdown_timeout
        )
        await runner.setup()
        handler_factory = runner.server
        assert handler_factory is not None
        gate = self.gate
        try:
            # Every connection goes through the gate (caps, request deadline and head size)
            # before aiohttp's protocol sees it.
            server = await asyncio.get_running_loop().create_server(
                lambda: HttpGate(gate, handler_factory), self._host, self._requested_port,
                reuse_address=True)
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._server = server
        self._port = int(server.sockets[0].getsockname()[1])
        log.info("HTTP server listening on %s:%d", self._host, self._port)

    async def stop(self) -> None:
        """Close the listening socket and every connection. Idempotent."""
        runner, self._runner = self._runner, None
        server, self._server = self._server, None
        if server is not None:
            server.close()
        if runner is not None:
            await runner.cleanup()  # closes the open connections
        if server is not None:
            await server.wait_closed()
        self._port = None

    # -- handlers ------------------------------------------------------------------------

    @staticmethod
    async def _headers(request: web.Request, response: web.StreamResponse) -> None:
        response.headers["Server"] = "VS-1 httpd"
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        # One request per connection: each meets the gate's bounds (caps, deadlines, sizes).
        response.force_close()
        response.headers["Connection"] = "close"

    async def _page_index(self, request: web.Request) -> web.Response:
        notice = "Settings applied." if request.query.get("saved") == "1" else ""
        return self._html_page(notice=notice)

    async def _page_json(self, request: web.Request) -> web.Response:
        return web.json_response(self.snapshot(), dumps=lambda o: json.dumps(o, indent=2))

    def snapshot(self) -> dict[str, Any]:
        boot = self.state.boot_params()
        return {
            "boot_line": boot.to_boot_line(),
            "boot_params": boot.as_dict(),
            "network": self.state.config.as_dict(),
        }

    async def _post_form(self, request: web.Request) -> web.StreamResponse:
        verdict = self._authorized(request)
        if verdict is PasswordCheck.THROTTLED:
            return web.Response(status=429, headers={"Retry-After": "60"},
                                text="Too many failed logins; try again later.\n")
        if verdict is not PasswordCheck.OK:
            return self._unauthorized()
        if not self._same_origin(request):
            return web.Response(status=403, text="Cross-site form submission refused.\n")
        wants_json = request.content_type == "application/json"
        try:
            values = await self._read_values(request, wants_json)
            new = self._validate(path="/", values=values)
        except _BadInput as bad:
            return self._bad_request(request, bad, wants_json)
        self.state.apply(new)
        log.info("network settings changed over HTTP: %s", new.as_dict())
        if wants_json:
            return web.json_response({"ok": True, **self.snapshot()})
        if self._prefers_html(request):
            raise web.HTTPSeeOther(location="/?saved=1")
        return web.Response(
            text="Settings applied.\n" + self.state.boot_params().to_boot_line() + "\n"
        )

    # -- helpers -------------------------------------------------------------------------

    def _authorized(self, request: web.Request) -> PasswordCheck:
        """The request's Basic credentials through the password gate (no credentials: BAD,
        not counted as a failed try)."""
        header = request.headers.get("Authorization")
        if not header:
            return PasswordCheck.BAD
        try:
            auth = BasicAuth.decode(header, encoding="utf-8")
        except ValueError:
            return PasswordCheck.BAD
        return self.passwords.check(request.remote or "?", auth.login, auth.password)

    def _unauthorized(self) -> web.Response:
        return web.Response(
            status=401,
            text="Login required to change the network settings.\n",
            headers={"WWW-Authenticate": f'Basic realm="{self.realm}", charset="UTF-8"'},
        )

    @staticmethod
    def _same_origin(request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None or origin == "null":
            return origin is None
        return urlsplit(origin).netloc == request.host

    @staticmethod
    def _prefers_html(request: web.Request) -> bool:
        return "text/html" in request.headers.get("Accept", "")

    async def _read_values(self, request: web.Request, as_json: bool) -> dict[str, object]:
        if as_json:
            try:
                body = await request.json()
            except (ValueError, UnicodeDecodeError):
                raise _BadInput([("body", "not valid JSON")]) from None
            if not isinstance(body, dict):
                raise _BadInput([("body", "expected a JSON object")])
            return dict(body)
        try:
            form = await request.post()
        except (ValueError, UnicodeDecodeError):
            raise _BadInput([("body", "not a valid form submission")]) from None
        values: dict[str, object] = {}
        for key in form:
            # A checkbox posts after its hidden "false" twin: the last value wins.
            values[key] = form.getall(key)[-1]
        return values

    def _validate(self, *, path: str, values: Mapping[str, object]) -> NetworkConfig:
        fields = {name: kind for name, kind, _ in self.pages[path][1]}
        problems: list[tuple[str, str]] = []
        changes: dict[str, Any] = {}
        for key, raw in values.items():
            kind = fields.get(key)
            if kind is None:
                problems.append((key, f"unknown field (known: {', '.join(fields)})"))
                continue
            if kind == "bool":
                if isinstance(raw, bool):
                    changes[key] = raw
                elif isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
                    changes[key] = raw.strip().lower() in _TRUE
                else:
                    problems.append((key, f"{raw!r} is not a yes/no value (true/false, on/off)"))
                continue
            if not isinstance(raw, str):
                problems.append((key, "must be text"))
                continue
            # str and ipv4 values are parsed and checked together by NetworkConfig, which
            # reports every problem and skips subnet checks against an unparsable address.
            changes[key] = raw.strip()
        if not values:
            raise _BadInput([("body", "no settings given")])
        new: NetworkConfig | None = None
        try:
            new = self.state.config.changed(**changes)
        except NetworkConfigError as exc:
            problems.extend(exc.problems)
        if problems or new is None:
            raise _BadInput(problems)
        return new

    def _bad_request(self, request: web.Request, bad: _BadInput, as_json: bool) -> web.Response:
        if as_json:
            return web.json_response(
                {
                    "ok": False,
                    "error": "invalid settings; nothing was changed",
                    "problems": [{"field": f, "message": m} for f, m in bad.problems],
                },
                status=400,
            )
        if self._prefers_html(request):
            return self._html_page(problems=bad.problems, status=400)
        lines = "".join(f"  {f}: {m}\n" for f, m in bad.problems)
        return web.Response(status=400, text=f"Invalid settings; nothing was changed.\n{lines}")

    def _html_page(
        self,
        *,
        notice: str = "",
        problems: Sequence[tuple[str, str]] = (),
        status: int = 200,
    ) -> web.Response:
        esc = html.escape
        cfg = self.state.config
        boot = self.state.boot_params()
        doc, form = self.pages.get("/", ("", ()))
        current = cfg.as_dict()

        boot_rows = "\n".join(
            f"<tr><th>{esc(label)}</th><td><code>{esc(value)}</code></td></tr>"
            for _key, label, value in boot.rows()
        )
        net_rows = "\n".join(
            f"<tr><th>{esc(_FIELD_LABELS.get(k, k))}</th><td><code>{esc(str(v))}</code></td></tr>"
            for k, v in (
                ("name", cfg.name),
                ("mac", cfg.mac),
                ("ip", cfg.ip),
                ("mask", cfg.mask),
                ("gateway", cfg.gateway),
                ("dhcp", "on" if cfg.dhcp else "off"),
            )
        )
        inputs: list[str] = []
        for name, kind, help_text in form:
            label = esc(_FIELD_LABELS.get(name, name))
            title = esc(help_text)
            if kind == "bool":
                checked = " checked" if current.get(name) is True else ""
                inputs.append(
                    f'<p><input type="hidden" name="{esc(name)}" value="false">'
                    f'<label><input type="checkbox" name="{esc(name)}" value="true"{checked}>'
                    f" {label}</label> <small>{title}</small></p>"
                )
            else:
                value = esc(str(current.get(name, "")))
                pattern = ' pattern="[0-9.]+" inputmode="decimal"' if kind == "ipv4" else ""
                inputs.append(
                    f'<p><label>{label}<br><input type="text" name="{esc(name)}" '
                    f'value="{value}"{pattern} required></label> <small>{title}</small></p>'
                )
        messages = ""
        if notice:
            messages += f'<p class="ok">{esc(notice)}</p>'
        if problems:
            items = "".join(f"<li><b>{esc(f)}</b>: {esc(m)}</li>" for f, m in problems)
            messages += (
                f'<div class="err"><p>Invalid settings; nothing was changed.</p>'
                f"<ul>{items}</ul></div>"
            )
        form_html = ""
        if inputs:
            form_html = (
                "<h2>Change network settings</h2>"
                "<p>Changing the settings needs the camera login.</p>"
                f'<form method="post" action="/">{"".join(inputs)}'
                '<p><button type="submit">Apply</button></p></form>'
            )
        body = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(cfg.name)} - VS-1 Smart Camera boot parameters</title>
<style>
body {{ font-family: sans-serif; margin: 2em; max-width: 48em; }}
table {{ border-collapse: collapse; margin-bottom: 1.5em; }}
th, td {{ text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid #ddd; }}
.ok {{ color: #064; font-weight: bold; }}
.err {{ color: #a00; border: 1px solid #a00; padding: 0 1em; }}
</style>
</head>
<body>
<h1>VS-1 Smart Camera {esc(cfg.name)}</h1>
<p>{esc(doc)}</p>
{messages}
<h2>Boot parameters</h2>
<table>
{boot_rows}
</table>
<p>Boot line: <code>{esc(boot.to_boot_line())}</code></p>
<h2>Network settings</h2>
<table>
{net_rows}
</table>
{form_html}
<p><a href="/bootparams.json">As JSON</a></p>
</body>
</html>
"""
        return web.Response(status=status, text=body, content_type="text/html")
