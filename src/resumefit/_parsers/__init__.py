"""File backends: bytes or a path in, normalised text out (see ``load_document``).

``load_document`` is the single entry point ``resumefit.parsing`` calls. It takes
a ``str`` (always the document's text, never a path), ``bytes`` (file content,
format sniffed) or an ``os.PathLike`` (a file: size checked first, content
sniffed, extension only a hint) and returns a :class:`RawDocument` whose
``text`` is in the canonical form produced by :func:`normalise_text`.

The PDF (pdfminer.six) and DOCX backends are imported lazily, so importing this
package stays cheap. Backend exceptions never escape: they are wrapped in the
:mod:`resumefit.errors` classes with ``raise ... from exc``.

Limits: files over ``max_bytes`` raise :class:`DocumentTooLargeError`, and so do
PDFs with more than ``max_pages`` pages (an ``InputError``: the caller can
raise the limit).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from resumefit._parsers._sniff import sniff_bytes
from resumefit._parsers._text import (
    binary_share,
    decode_bytes,
    html_to_text,
    looks_like_html,
    markdown_to_text,
    normalise_text,
)
from resumefit.config import DEFAULT_MAX_BYTES
from resumefit.errors import (
    DocumentTooLargeError,
    EmptyDocumentError,
    InputError,
    UnsupportedFormatError,
)
from resumefit.schema import DocumentFormat

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMAT_ALIASES",
    "LITTLE_TEXT_CHARS",
    "SUPPORTED_FORMATS",
    "RawDocument",
    "canonical_format",
    "load_document",
    "normalise_text",
]

#: Formats load_document can read, sorted.
SUPPORTED_FORMATS: tuple[DocumentFormat, ...] = (
    "docx",
    "html",
    "markdown",
    "pdf",
    "txt",
)
#: Accepted spellings of ``format=`` (case-insensitive, optional leading dot).
FORMAT_ALIASES: dict[str, DocumentFormat] = {
    "pdf": "pdf",
    "docx": "docx",
    "txt": "txt",
    "text": "txt",
    "plain": "txt",
    "md": "markdown",
    "markdown": "markdown",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
}
_TEXT = "<text>"
_BYTES = "<bytes>"
#: Below this many characters a warning says the text is scarce.
LITTLE_TEXT_CHARS = 200

_SUPPORTED_LIST = ", ".join(repr(name) for name in SUPPORTED_FORMATS)
_EXT_HINTS: dict[str, DocumentFormat] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


@dataclass(frozen=True)
class RawDocument:
    """A document's normalised text plus what the backend learnt about the file.

    Attributes:
        text: Normalised text (see :func:`normalise_text`); never empty.
        format: Format it was parsed as.
        source_name: File name for paths, ``None`` for ``str``/``bytes``.
        pages: Page count (PDF only).
        columns: Most text columns detected on any page (1 unless PDF).
        warnings: Non-fatal observations, in the order found.
    """

    text: str
    format: DocumentFormat
    source_name: str | None
    pages: int | None
    columns: int
    warnings: tuple[str, ...]


def _short(value: str) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def canonical_format(format: str) -> DocumentFormat:
    """Map a ``format=`` spelling ("md", "HTM", ".pdf") to its canonical name.

    Args:
        format: The caller's format name.

    Returns:
        One of :data:`SUPPORTED_FORMATS`.

    Raises:
        UnsupportedFormatError: For names resumefit cannot parse.
    """
    key = format.strip().lower().lstrip(".") if isinstance(format, str) else ""
    if key in FORMAT_ALIASES:
        return FORMAT_ALIASES[key]
    msg = (
        f"Unsupported document format {_short(str(format))}; supported formats: "
        f"{_SUPPORTED_LIST}. Pass one of these as format=, or omit format= to "
        "detect it from the content."
    )
    raise UnsupportedFormatError(msg)


def _finish(
    raw: str,
    *,
    fmt: DocumentFormat,
    display: str,
    source_name: str | None,
    pages: int | None = None,
    columns: int = 1,
    warnings: list[str] | None = None,
) -> RawDocument:
    text = normalise_text(raw)
    if not text:
        msg = (
            f"Document {_short(display)} is empty: no text after parsing it as "
            f"{fmt}. Pass a document that contains text."
        )
        raise EmptyDocumentError(msg)
    notes = list(warnings or [])
    if len(text) < LITTLE_TEXT_CHARS:
        notes.append(f"little text ({len(text)} characters): check the file")
    return RawDocument(
        text=text,
        format=fmt,
        source_name=source_name,
        pages=pages,
        columns=columns,
        warnings=tuple(notes),
    )


def _convert_text(raw: str, fmt: DocumentFormat) -> str:
    if fmt == "html":
        return html_to_text(raw)
    if fmt == "markdown":
        return markdown_to_text(raw)
    return raw


def _load_bytes(
    data: bytes,
    *,
    fmt: DocumentFormat | None,
    display: str,
    source_name: str | None,
    hint: DocumentFormat | None,
    max_pages: int,
) -> RawDocument:
    if not data.strip():
        what = "0 bytes" if not data else "only whitespace"
        msg = (
            f"Document {_short(display)} is empty ({what}). Pass a document that "
            "contains text."
        )
        raise EmptyDocumentError(msg)
    warnings: list[str] = []
    if fmt is None:
        sniffed = sniff_bytes(data)
        if sniffed.format is None:
            msg = (
                f"Document {_short(display)} looks like {sniffed.what}, which "
                f"resumefit cannot read; supported formats: {_SUPPORTED_LIST}. "
                "Save it as PDF, DOCX or plain text, or pass format= to override "
                "detection."
            )
            raise UnsupportedFormatError(msg)
        if sniffed.format in ("pdf", "docx"):
            fmt = "pdf" if sniffed.format == "pdf" else "docx"
        if hint in ("pdf", "docx") and hint != fmt:
            warnings.append(
                f"file extension says {hint} but the content is not: read it by content"
            )
    if fmt == "pdf":
        from resumefit._parsers._pdf import parse_pdf

        result = parse_pdf(data, name=display, max_pages=max_pages)
        warnings.extend(result.warnings)
        return _finish(
            result.text,
            fmt="pdf",
            display=display,
            source_name=source_name,
            pages=result.pages,
            columns=result.columns,
            warnings=warnings,
        )
    if fmt == "docx":
        from resumefit._parsers._docx import parse_docx

        text, docx_warnings = parse_docx(data, name=display)
        warnings.extend(docx_warnings)
        return _finish(
            text,
            fmt="docx",
            display=display,
            source_name=source_name,
            warnings=warnings,
        )
    decoded, encoding = decode_bytes(data)
    if encoding in ("cp1252", "latin-1"):
        warnings.append(f"text is not UTF-8: decoded as {encoding}")
    if fmt is None:
        if binary_share(decoded) > 0.1:
            msg = (
                f"Document {_short(display)} looks like binary data of an unknown "
                f"format, which resumefit cannot read; supported formats: "
                f"{_SUPPORTED_LIST}. Save it as PDF, DOCX or plain text, or pass "
                "format= to override detection."
            )
            raise UnsupportedFormatError(msg)
        if hint == "markdown":
            fmt = "markdown"
        elif (hint == "html" and "<" in decoded) or looks_like_html(decoded):
            fmt = "html"
        else:
            fmt = "txt"
    return _finish(
        _convert_text(decoded, fmt),
        fmt=fmt,
        display=display,
        source_name=source_name,
        warnings=warnings,
    )


def _too_large(display: str, size: int, max_bytes: int) -> DocumentTooLargeError:
    msg = (
        f"Document {_short(display)} is {size:,} bytes, over the limit of "
        f"{max_bytes:,} bytes. Pass a smaller file or raise max_bytes=."
    )
    return DocumentTooLargeError(msg)


def load_document(
    source: str | bytes | os.PathLike[str],
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pages: int = 50,
) -> RawDocument:
    """Read a document and return its normalised text.

    Args:
        source: The document: ``str`` is its text (never a path; read as plain
            text unless ``format`` says "markdown" or "html"), ``bytes`` its file
            content (format sniffed), ``os.PathLike`` a file (size checked before
            reading, content sniffed, extension only a hint).
        format: Override detection: "pdf", "docx", "txt" ("text"), "markdown"
            ("md") or "html" ("htm").
        max_bytes: Largest accepted input, in bytes (characters for ``str``).
        max_pages: Most PDF pages read; longer PDFs raise.

    Returns:
        The document's text and facts about the file.

    Raises:
        InputError: Wrong source type, missing file, or a subclass:
            UnsupportedFormatError, EmptyDocumentError, DocumentTooLargeError
            (also for PDFs over ``max_pages``).
        ParseError: A subclass for unreadable files: EncryptedDocumentError,
            ImageOnlyDocumentError, CorruptDocumentError, UnsafeDocumentError.
    """
    value: object = source  # callers without type checking can pass anything
    fmt = canonical_format(format) if format is not None else None
    if isinstance(value, str):
        fmt = fmt or "txt"
        if fmt in ("pdf", "docx"):
            msg = (
                f"format={fmt!r} needs the file's bytes or a pathlib.Path, but a str "
                "was passed, and a str is always the document's text. Pass "
                "pathlib.Path(...) or the file's bytes."
            )
            raise InputError(msg)
        if len(value) > max_bytes:
            raise _too_large(_TEXT, len(value), max_bytes)
        return _finish(
            _convert_text(value, fmt), fmt=fmt, display="<text>", source_name=None
        )
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) > max_bytes:
            raise _too_large(_BYTES, len(data), max_bytes)
        return _load_bytes(
            data,
            fmt=fmt,
            display="<bytes>",
            source_name=None,
            hint=None,
            max_pages=max_pages,
        )
    if isinstance(value, os.PathLike):
        path = Path(os.fsdecode(os.fspath(value)))
        display = path.name or str(path)
        try:
            size = path.stat().st_size
            if path.is_dir():
                msg = f"Path {_short(str(path))} is a directory. Pass a file path."
                raise InputError(msg)
            if size > max_bytes:
                raise _too_large(display, size, max_bytes)
            data = path.read_bytes()
        except FileNotFoundError as exc:
            msg = f"File {_short(str(path))} does not exist. Check the path."
            raise InputError(msg) from exc
        except OSError as exc:
            msg = (
                f"File {_short(str(path))} cannot be read ({exc.strerror or exc}). "
                "Check the path and its permissions."
            )
            raise InputError(msg) from exc
        if len(data) > max_bytes:
            raise _too_large(display, len(data), max_bytes)
        return _load_bytes(
            data,
            fmt=fmt,
            display=display,
            source_name=path.name,
            hint=_EXT_HINTS.get(path.suffix.lower()),
            max_pages=max_pages,
        )
    msg = (
        f"Unsupported source type {type(value).__name__!r}: pass the document's "
        "text as str, its file content as bytes, or a file path as pathlib.Path."
    )
    raise InputError(msg)
