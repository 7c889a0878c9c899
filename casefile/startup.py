"""What start-up does to show the first window sooner.

The cyclic garbage collector is off while the program loads. Importing SQLAlchemy,
pydantic, Qt and our own modules makes about a million objects that live as long as the
process. With the collector on, it walks them again and again while they are made and
finds nothing to free: a fifth of the time to the first window (bench/gui_bench.py). So
the console script turns it off first thing, and it is back on once the program has
loaded what it runs on, with those objects frozen out of its way so that its later full
passes stay short.

The desktop app also has fontconfig read its configuration on another thread while the
main one imports (`read_fonts_ahead`).
"""

from __future__ import annotations

import gc
import sys
import threading

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


#: The systems where Qt finds its fonts through fontconfig, under the library name below.
FONTCONFIG_PLATFORMS = ("linux", "freebsd")
#: fontconfig's library, by the name its ABI has kept since 2003.
FONTCONFIG_LIBRARY = "libfontconfig.so.1"


def read_fonts_ahead() -> threading.Thread | None:
    """Start fontconfig's initialisation on a thread of its own; the thread, if started.

    Qt's first widget with text has fontconfig read its configuration files and font
    caches, on the GUI thread: 4 ms when the disk cache is warm, and 12 to 18 ms more
    on the first start after a reboot (docs/performance.md). None of it needs the
    interpreter, so begun at launch it runs on a spare core while the main thread
    imports the store, and Qt, later, finds the configuration loaded. Should Qt get
    there first (a very slow disk), it loads a configuration of its own, as it would
    have anyway, and fontconfig keeps one of the two: `FcInit` is safe to call from two
    threads at once. Where there is no fontconfig (Windows and macOS, whose Qt asks the
    system), or no thread can be started, nothing runs: it only saves time.
    """
    if not sys.platform.startswith(FONTCONFIG_PLATFORMS):
        return None
    thread = threading.Thread(target=_init_fontconfig, name="casefile-fonts", daemon=True)
    try:
        thread.start()
    except RuntimeError:  # "can't start new thread": the process is at its limit
        return None
    return thread


def _init_fontconfig() -> bool:
    """Whether fontconfig loaded its configuration. Importing ctypes here costs the
    interpreter about 2 ms, which the paired runs in docs/performance.md include."""
    import ctypes

    try:
        fontconfig = ctypes.CDLL(FONTCONFIG_LIBRARY)
    except OSError:
        return False  # none here: importing Qt, which needs it, will say what is missing
    return bool(fontconfig.FcInit())
