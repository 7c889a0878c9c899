"""Print the bundle's SHA-256 and unpacked size, and write its per-file checksums.

`python packaging/bundle_digest.py dist/casefile` writes dist/casefile.SHA256SUMS (one
`sha256sum` line per file, sorted, so `sha256sum -c` checks a copy) and prints the
SHA-256 of that list: one digest that changes when any file or name does. A bundle
over MAX_MB unpacked fails (exit 1). Issue 21 promised under 150 MB; the libraries of
signatures (cryptography, 12 MB), encryption (SQLCipher, 8 MB), site plans from PDFs
(pdfium, 7 MB) and the brief's languages (Babel) took the bundle to 180 MB, so the
bound is 190 MB until a leaner build of those is found (Qt's ICU data alone is 31 MB).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

#: The largest unpacked bundle we ship, in MB (10^6 bytes).
MAX_MB = 190


def checksums(folder: Path) -> tuple[list[str], int]:
    """The sha256sum lines of every file under `folder` (paths from its parent, sorted),
    and the files' total size in bytes (a symbolic link's target is counted once, as a
    file of its own; `sha256sum -c` reads through links as this does)."""
    lines: list[str] = []
    total = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()):
        relative = path.relative_to(folder.parent).as_posix()
        data = path.read_bytes()
        if not path.is_symlink():
            total += len(data)
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {relative}")
    return lines, total


def main(folder: Path) -> int:
    if not folder.is_dir():
        print(f"bundle_digest: {folder} is not a folder: run `make dist` first", file=sys.stderr)
        return 2
    lines, size = checksums(folder)
    sums = folder.with_name(folder.name + ".SHA256SUMS")
    text = "\n".join(lines) + "\n"
    sums.write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    print(f"bundle {folder}: {len(lines)} files, {size / 1e6:.1f} MB unpacked")
    print(f"bundle SHA-256 (of {sums.name}): {digest}")
    if size > MAX_MB * 1e6:
        print(
            f"bundle_digest: {folder} is {size / 1e6:.1f} MB, over {MAX_MB} MB: leave out "
            "more (packaging/casefile.spec)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "dist/casefile")))
