"""Helpers shared by the test suite (the test paths put ``tests/`` on ``sys.path``):

* ``emulator``: the one way tests start an emulated camera (free ports, quiet announces);
* ``wire_client``: a minimal independent client of the framed ports, for emulator tests;
* ``tshark``: the real tshark with the generated Lua dissectors, failing (never skipping) when
  it cannot run or a script does not load;
* ``checkout``: a copy of the source tree, for tests that build, install or regenerate one.

Synthetic captures come from ``vs1kit.pcap.synth`` itself (``vs1 pcap`` writes the same ones).
"""
