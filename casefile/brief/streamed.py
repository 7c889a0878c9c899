"""A reportlab document that writes each PDF object to the file as it is formatted.

reportlab's PDFDocument formats every object into one list and joins the list into a
second copy of the whole file before writing it: for a large case's brief, two copies
of tens of megabytes on top of the document itself. This one writes the same bytes in
the same order, object by object, and counts the offsets the cross-reference table
needs as it goes.
"""

from __future__ import annotations

from typing import IO, Any

from reportlab.pdfbase.pdfdoc import (
    NoEncryption,
    PDFCrossReferenceTable,
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFTrailer,
)


class _Counted:
    """A binary file that counts the bytes written to it."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self.offset = 0

    def write(self, data: bytes) -> None:
        self._out.write(data)
        self.offset += len(data)


class StreamedPDFDocument(PDFDocument):
    """PDFDocument with `SaveToFile` writing objects as they are formatted.

    Encryption and digital signatures, which the brief does not use, need the whole file
    at once: with either, saving falls back to reportlab's own way.
    """

    _out: IO[bytes] | None = None

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        if hasattr(filename, "write"):
            self._out = filename
            super().SaveToFile(filename, canvas)
        else:
            with open(filename, "wb") as out:
                self._out = out
                super().SaveToFile(out, canvas)
        self._out = None

    def format(self) -> bytes:
        """Write the objects, the cross-reference table and the trailer to the file given
        to SaveToFile; return what is left to write there: nothing."""
        streamable = isinstance(self.encrypt, NoEncryption) and not getattr(self, "_digiSigs", None)
        if self._out is None or not streamable:
            return super().format()
        out = _Counted(self._out)
        out.write(PDFFile(self._pdfVersion).format(self))  # the header
        catalog, info = self.Reference(self.Catalog), self.Reference(self.info)
        ids = []
        number = 1
        while number in self.numberToId:  # formatting an object may register more
            oid = self.numberToId[number]
            self.idToOffset[oid] = out.offset
            out.write(PDFIndirectObject(oid, self.idToObject[oid]).format(self))
            ids.append(oid)
            number += 1
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = out.offset
        out.write(xref.format(self))
        trailer = PDFTrailer(
            startxref=start, Size=len(ids) + 1, Root=catalog, Info=info, ID=self.ID()
        )
        out.write(trailer.format(self))
        return b""
