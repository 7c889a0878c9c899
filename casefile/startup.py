"""What start-up does to show the first window sooner.

The cyclic garbage collector is off while the program loads. Importing SQLAlchemy,
pydantic, Qt and our own modules makes about a million objects that live as long as the
process. With the collector on, it walks them again and again while they are made and
finds nothing to free: a fifth of the time to the first window (bench/gui_bench.py). So
the console script turns it off first thing, and it is back on once the program has
loaded what it runs on, with those objects frozen out of its way so that its later full
passes stay short.
"""

from __future__ import annotations

import gc

_paused = False


def begin() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def end() -> None:
    """Start-up is over: the window is shown, or the command's modules are loaded.
    Does nothing if `begin` did not pause the collector (tests, `python -m pytest`)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
