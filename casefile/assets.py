"""Where the bundled resources (fonts with their licences, icons) are found.

They live in the repository's top-level `resources/` folder, beside the package;
`make run` and `make test` install casefile editable, so the folder is always there.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled resource; FileNotFoundError names it if it is missing."""
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
