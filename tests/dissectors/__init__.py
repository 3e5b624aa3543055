"""Tests of the generated Wireshark dissectors, run by the real tshark."""
