"""``vs1 conform``: where a capture disagrees with the spec, and the spec edits that fix it.

``python -m vs1kit.conform CAPTURE`` runs the command without the ``vs1`` console script.
"""

from vs1kit.conform.check import Conformer, check_capture
from vs1kit.conform.findings import Finding, Report

__all__ = ["Conformer", "Finding", "Report", "check_capture"]
