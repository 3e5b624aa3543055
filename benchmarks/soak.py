"""Soak benchmark: the same as `vs1 soak` (see its --help); e.g. the long run
``python benchmarks/soak.py --cameras 50 --per-process 5 --duration 1800``."""

from vs1kit.cli.soak import soak_command

if __name__ == "__main__":
    soak_command(prog_name="benchmarks/soak.py")
