"""Render casefile/resources/icons/casefile.svg to the PNG sizes, the Windows .ico and
the macOS .icns.

Run after changing the SVG (`QT_QPA_PLATFORM=offscreen python packaging/make_icons.py`);
the outputs are committed, so neither the app nor a build needs Qt's SVG support.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "casefile" / "resources" / "icons"
#: The sizes the freedesktop icon theme and Windows ask for.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "casefile.svg"))
    if not renderer.isValid():
        print(f"make_icons: {ICONS / 'casefile.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    images = []
    for size in SIZES:
        png = render(renderer, size)
        # Through Pillow, so that the files carry no time stamp or Qt text chunk.
        image = Image.open(io.BytesIO(png))
        image.save(ICONS / f"casefile-{size}.png", optimize=True)
        images.append(image)
    images[-1].save(ICONS / "casefile.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[-1].save(ICONS / "casefile.icns")
    del app
    print(f"wrote {len(SIZES)} PNGs, casefile.ico and casefile.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
