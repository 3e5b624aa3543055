"""Soak and fault harness: emulated cameras, the bridge and Mosquitto under scheduled faults and
hostile peers, with every inspection accounted for (``vs1 soak``, ``benchmarks/soak.py``).

    harness.py     the run: processes, fault schedule, detection and recovery times, RSS, result
    accounting.py  produced vs. received: lost, repeats (idempotency rule), out of order
    camproc.py     a child process of emulated cameras that reports what each one produced
    processes.py   camera processes, the bridge process, RSS of a pid
    mqtt.py        the persistent-session accounting subscriber; a raw slow consumer
    hostile.py     connection churn, garbage, half-sent frames, garbage datagrams
    broker.py      Debian's Mosquitto on loopback, restartable with its sessions
"""

from __future__ import annotations

from vs1kit.soak.accounting import Accounting, account
from vs1kit.soak.harness import FAULTS, FaultRecord, SoakOptions, SoakResult, run_soak

__all__ = ["FAULTS", "Accounting", "FaultRecord", "SoakOptions", "SoakResult", "account", "run_soak"]
