"""``vs1 bridge init | check | run | install-service``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import click
import yaml

from . import ParsedConfig, parse_full, run_bridge
from .schema import ConfigError

__all__ = ["EXAMPLE_CONFIG", "bridge_command", "load_config", "systemd_unit"]

EXAMPLE_CONFIG = """\
# vs1 bridge config. Check it with `vs1 bridge check -c bridge.yaml`; unknown keys are errors.
bridge:
  # id: line-a          # names this bridge on the broker and in Home Assistant (default: host-pid)
  state_dir: /var/lib/vs1-bridge   # the outbox lives here: keep it across restarts
  log_level: INFO
  log_format: text                 # or json: one object per line
  metrics_port: 9464               # Prometheus: http://127.0.0.1:9464/metrics (0: off)

cameras:
  - id: line1                      # used in topics and entity ids
    host: 192.168.10.21
    password: admin                # take control so that commands work
    datums: [Blob1.Count, Blob1.Area]   # carried in every inspection message
    outputs: {reject: 10}          # physical outputs commands may write (name: point)
    virtual_points: [0, 1]         # virtual points commands may write (switches in HA)
    virtual_names: {recipe_b: 1}
    # The allow-list. download and flash are never allowed unless named here.
    commands: [trigger, start, stop, select_job, write_output, write_virtual, set_trigger_mode]

integrations:
  mqtt:
    host: 127.0.0.1
    port: 1883
    protocol: "3.1.1"              # or "5"
    # username: vs1
    # password: secret
    # tls: {ca_certs: /etc/ssl/certs/broker-ca.pem}
    keepalive: 10
    base_topic: vs1
    discovery_prefix: homeassistant
    state_interval: 1.0
    outbox_max: 1000000            # beyond it the oldest inspection messages are dropped, counted
  # modbus: {host: 0.0.0.0, port: 502}
"""


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what log collectors (journald, Loki, ELK) parse without rules."""

    def format(self, record: logging.LogRecord) -> str:
        data = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data)


def load_config(path: Path) -> ParsedConfig:
    try:
        return parse_full(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (ConfigError, yaml.YAMLError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None


def systemd_unit(config: Path, executable: str, user: str | None) -> str:
    lines = [
        "[Unit]",
        "Description=vs1kit bridge: VS-1 cameras into MQTT / Home Assistant / Modbus / OPC UA / Sparkplug B",
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=simple",
        f"ExecStart={executable} bridge run -c {config.resolve()}",
        "Restart=on-failure",
        "RestartSec=2",
        # The bridge stops within a few seconds whatever the backlog (the outbox keeps it).
        "TimeoutStopSec=15",
        "KillSignal=SIGTERM",
    ]
    if user:
        lines.append(f"User={user}")
    lines += ["", "[Install]", "WantedBy=multi-user.target", ""]
    return "\n".join(lines)


CONFIG_OPTION = click.option("-c", "--config", "config_path", required=True,
                             type=click.Path(exists=True, dir_okay=False, path_type=Path),
                             help="Bridge YAML: bridge, cameras, integrations.")


@click.group("bridge", invoke_without_command=True)
@click.option("--config", "legacy_config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Same as `vs1 bridge run -c`.")
@click.pass_context
def bridge_command(ctx: click.Context, legacy_config: Path | None) -> None:
    """Bridge cameras into MQTT (Home Assistant discovery), Modbus TCP, OPC UA and Sparkplug B."""
    if ctx.invoked_subcommand is None:
        if legacy_config is None:
            click.echo(ctx.get_help())
            ctx.exit(2)
        ctx.invoke(run_command, config_path=legacy_config)


@bridge_command.command("init")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path), default=Path("bridge.yaml"))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init_command(path: Path, force: bool) -> None:
    """Write a commented example config."""
    if path.exists() and not force:
        raise click.ClickException(f"{path} exists (--force overwrites it)")
    path.write_text(EXAMPLE_CONFIG, encoding="utf-8")
    click.echo(f"wrote {path}; edit it, then: vs1 bridge check -c {path}")


@bridge_command.command("check")
@CONFIG_OPTION
def check_command(config_path: Path) -> None:
    """Validate a config; exit 1 naming the offending key."""
    parsed = load_config(config_path)
    click.echo(f"{config_path}: ok ({len(parsed.cameras)} camera(s); integrations: "
               f"{', '.join(parsed.integrations) or 'none'})")


@bridge_command.command("run")
@CONFIG_OPTION
def run_command(config_path: Path) -> None:
    """Run the bridge until SIGTERM/SIGINT (a clean stop within a few seconds)."""
    parsed = load_config(config_path)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if parsed.settings.log_format == "json" else
                         logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.basicConfig(level=parsed.settings.log_level.upper(), handlers=[handler])

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        click.echo(f"bridge running: {len(parsed.cameras)} camera(s), integrations: "
                   f"{', '.join(parsed.integrations) or 'none'}", err=True)
        await run_bridge(parsed, stop)
        click.echo("bridge stopped", err=True)

    asyncio.run(main())


@bridge_command.command("install-service")
@CONFIG_OPTION
@click.option("--unit", "unit_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("/etc/systemd/system/vs1-bridge.service"), show_default=True)
@click.option("--user", default=None, help="Run the service as this user.")
@click.option("--verify/--no-verify", default=True, help="Check the unit with systemd-analyze verify.")
def install_service_command(config_path: Path, unit_path: Path, user: str | None, verify: bool) -> None:
    """Write a systemd unit that runs this config (then: systemctl enable --now vs1-bridge)."""
    load_config(config_path)
    exe = shutil.which("vs1") or str(Path(sys.executable).with_name("vs1"))
    unit_path.write_text(systemd_unit(config_path, exe, user), encoding="utf-8")
    click.echo(f"wrote {unit_path}")
    analyze = shutil.which("systemd-analyze")
    if verify and analyze:
        proc = subprocess.run([analyze, "verify", str(unit_path)], capture_output=True, text=True, check=False)
        problems = [ln for ln in (proc.stdout + proc.stderr).splitlines() if unit_path.name in ln]
        if proc.returncode != 0 or problems:
            raise click.ClickException("systemd-analyze verify: " + "\n".join(problems or [proc.stderr.strip()]))
        click.echo("systemd-analyze verify: ok")
