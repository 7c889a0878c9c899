"""The bundle's entry point: the `casefile` command line, or, as `casefile-gui` (the
windowed executable of the Windows and macOS bundles), `casefile open [PATH]`."""

import sys
from pathlib import Path

from casefile.cli import run, run_gui_script

if Path(sys.executable).stem.lower().endswith("-gui"):
    run_gui_script()
else:
    run()
