"""Where the bundled resources (fonts with their licences, icons) are found.

They live inside the package, in `casefile/resources/`, and are found through
`importlib.resources`, so an installed wheel, an editable checkout and the PyInstaller
bundle all find them the same way. A missing one is a broken installation, said in
words (ResourceMissing), never an internal error.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from casefile.store import CaseFileError


class ResourceMissing(CaseFileError):
    """A file casefile ships with is absent or damaged: the installation is broken."""

    exit_code = 1


def resources_dir() -> Path:
    """The folder of bundled resources, as a path on disk (reportlab and Qt want one)."""
    root = resources.files("casefile") / "resources"
    if not isinstance(root, Path):
        raise ResourceMissing.of("install.resources_not_on_disk", path=root)
    return root


def resource(*parts: str) -> Path:
    """The path of a bundled resource; ResourceMissing names it if it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceMissing.of("install.resource_missing", path=path)
    return path
