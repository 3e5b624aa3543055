"""vs1kit: open toolkit for the network side of the VS-1 Smart Camera."""

__version__ = "0.1.0"
