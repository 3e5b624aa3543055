"""Fuzzing every generated decoder and the framing (issue 10, point 5).

``targets`` derives what to fuzz from the generated registry, ``oracle`` says what every input
must satisfy, ``corpus`` seeds runs from the test vectors and keeps reproducers, ``engines``
drives atheris or hypothesis. ``scripts/fuzz`` runs it; ``tests/fuzz`` runs it briefly.
"""
