"""Helpers shared by the test suite (real tshark runs, etc.)."""
