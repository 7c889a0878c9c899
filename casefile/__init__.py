"""casefile: offline case files for incidents that damage a diplomatic mission."""

__version__ = "0.1.0"
