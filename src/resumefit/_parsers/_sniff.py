"""Content sniffing: decide a document's format from its bytes (extension is a hint).

Recognised signatures: ``%PDF-`` (PDF), a ZIP holding ``word/document.xml``
(DOCX), an OLE2 compound file with an ``EncryptedPackage`` stream (a
password-protected DOCX), HTML by its opening tags; anything that decodes as
text is text. Known but unsupported files (PNG, JPEG, GIF, TIFF, legacy Word
``.doc``, RTF, other ZIP archives, gzip, PostScript) get a description so the
error can say what the file looks like.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

__all__ = ["OLE2_MAGIC", "Sniffed", "describe_zip", "is_encrypted_ole2", "sniff_bytes"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%!PS", "a PostScript file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"RIFF", "a RIFF media file"),
)


@dataclass(frozen=True)
class Sniffed:
    """Result of sniffing.

    Attributes:
        format: ``"pdf"``, ``"docx"`` or ``"text"`` (text, Markdown or HTML: the
            caller decodes and decides), or ``None`` when unsupported.
        what: Human description of an unsupported file ("a PNG image").
        encrypted: True for an OLE2 file holding an ``EncryptedPackage`` stream.
    """

    format: str | None
    what: str = ""
    encrypted: bool = False


def is_encrypted_ole2(data: bytes) -> bool:
    """Return True for an OLE2 compound file that wraps an encrypted OOXML package.

    Args:
        data: File content.

    Returns:
        Whether the file is a password-protected Office document.
    """
    return data.startswith(OLE2_MAGIC) and _ENCRYPTED_PACKAGE in data


def describe_zip(data: bytes) -> tuple[bool | None, str]:
    """Look inside a ZIP archive.

    Args:
        data: File content starting with ``PK``.

    Returns:
        ``(is_docx, description)``: ``True`` when ``word/document.xml`` is a
        member, ``False`` for another archive (described), ``None`` when the
        archive cannot be opened (truncated or corrupt).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None, "a damaged ZIP archive"
    if "word/document.xml" in names:
        return True, "a DOCX document"
    if "xl/workbook.xml" in names:
        return False, "an Excel workbook (XLSX)"
    if "ppt/presentation.xml" in names:
        return False, "a PowerPoint presentation (PPTX)"
    if "content.xml" in names and "mimetype" in names:
        return False, "an OpenDocument file (ODT/ODS)"
    return False, "a ZIP archive that is not a DOCX"


def sniff_bytes(data: bytes) -> Sniffed:
    """Classify file content by its signature.

    Args:
        data: File content (non-empty).

    Returns:
        The sniffed format, or ``format=None`` with a description.
    """
    head = data[:1024]
    if head.startswith(b"%PDF-") or b"%PDF-" in head:
        return Sniffed("pdf")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        is_docx, what = describe_zip(data)
        if is_docx:
            return Sniffed("docx")
        if is_docx is None and (b"word/" in data[:65536] or b"[Content_Types]" in head):
            return Sniffed("docx")  # damaged DOCX: the DOCX backend reports it
        return Sniffed(None, what)
    if head.startswith(OLE2_MAGIC):
        if is_encrypted_ole2(data):
            return Sniffed("docx", "a password-protected Office document", True)
        return Sniffed(None, "a legacy Office file (e.g. Word 97-2003 .doc)")
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return Sniffed(None, what)
    return Sniffed("text")
