"""Where casefile keeps its own files: the demo case `make run` opens, settings.

`python -m casefile.paths demo` prints the demo case's path (the Makefile uses it).
"""

from __future__ import annotations

import sys
from pathlib import Path


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("casefile", appauthor=False))


def demo_path() -> Path:
    return data_dir() / "demo-kyiv-embassy.casefile"


if __name__ == "__main__":
    if sys.argv[1:] == ["demo"]:
        path = demo_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        print(path)
    else:
        print("usage: python -m casefile.paths demo", file=sys.stderr)
        sys.exit(2)
