"""Install casefile's desktop entry, file type and icons for the current user.

`make install-desktop` runs this: the desktop entry (its Exec pointing at the casefile
given, by absolute path, so the menu and the file manager start that one), the
shared-mime-info type for *.casefile, and the icons, all under the user's XDG data
folder ($XDG_DATA_HOME, else ~/.local/share); then the desktop's caches are refreshed
where their tools are installed. `--data-home` chooses another folder (the tests'),
`--uninstall` removes what it installed.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "casefile" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
MIME_TYPE = "application/x-casefile"
MIME_ICON = MIME_TYPE.replace("/", "-")
#: Characters that make an Exec argument need quoting (Desktop Entry spec, "The Exec key").
RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def exec_line(casefile: Path) -> str:
    """The Exec value for this casefile, then `open %f`. The Desktop Entry spec quotes an
    argument holding a reserved character in double quotes, with " ` $ \\ escaped by a
    backslash; the value's own escaping then doubles every backslash; % is written %%."""
    text = str(casefile).replace("%", "%%")
    if any(ch in text for ch in RESERVED):
        text = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in text) + '"'
    return text.replace("\\", "\\\\") + " open %f"


def installed_files(root: Path) -> dict[Path, Path | None]:
    """Where each file goes under `root`, and the committed file it is copied from (None
    for the desktop entry, which is written with its Exec line)."""
    files: dict[Path, Path | None] = {
        root / "applications" / "casefile.desktop": None,
        root / "mime" / "packages" / "casefile.xml": HERE / "linux" / "casefile-mime.xml",
    }
    hicolor = root / "icons" / "hicolor"
    for size in SIZES:
        png = ICONS / f"casefile-{size}.png"
        files[hicolor / f"{size}x{size}" / "apps" / "casefile.png"] = png
        files[hicolor / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png"] = png
    files[hicolor / "scalable" / "apps" / "casefile.svg"] = ICONS / "casefile.svg"
    files[hicolor / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"] = ICONS / "casefile.svg"
    return files


def install(root: Path, casefile: Path) -> list[Path]:
    written = []
    for target, source in installed_files(root).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            entry = (HERE / "linux" / "casefile.desktop").read_text(encoding="utf-8")
            lines = [
                f"Exec={exec_line(casefile)}" if line.startswith("Exec=") else line
                for line in entry.splitlines()
            ]
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    refresh(root)
    return written


def uninstall(root: Path) -> list[Path]:
    removed = []
    for target in installed_files(root):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh(root)
    return removed


def refresh(root: Path) -> None:
    """Have the desktop read the new type, entry and icons, where its tools are here."""
    commands = [
        ["update-mime-database", str(root / "mime")],
        ["update-desktop-database", str(root / "applications")],
        [
            "gtk-update-icon-cache",
            "--quiet",
            "--ignore-theme-index",
            str(root / "icons" / "hicolor"),
        ],
    ]
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="install_desktop", description=__doc__.splitlines()[0])
    parser.add_argument("--exec", dest="casefile", metavar="CASEFILE", help="the casefile to start")
    parser.add_argument("--data-home", type=Path, default=None, help="default: $XDG_DATA_HOME")
    parser.add_argument("--uninstall", action="store_true")
    args = parser.parse_args(argv)
    root = args.data_home or data_home()
    if args.uninstall:
        for path in uninstall(root):
            print(f"removed {path}")
        return 0
    if not args.casefile:
        parser.error("--exec CASEFILE is required (the bundle's or a venv's casefile)")
    casefile = Path(args.casefile).expanduser().absolute()
    if "\n" in str(casefile):
        print(
            "install_desktop: a path with a line break cannot go in a desktop entry",
            file=sys.stderr,
        )
        return 2
    if not (casefile.is_file() and os.access(casefile, os.X_OK)):
        print(f"install_desktop: {casefile} is not an executable file", file=sys.stderr)
        return 2
    install(root, casefile)
    print(f"installed casefile's desktop entry, file type and icons under {root}")
    print(f"  .casefile files now open with: {shlex.quote(str(casefile))} open FILE")
    return 0


if __name__ == "__main__":
    sys.exit(main())
