"""Exceptions and warnings raised by resumefit.

Every error the library raises on purpose derives from :class:`ResumefitError`, and
each also subclasses the matching built-in so that existing ``except ValueError`` /
``except OSError`` handlers keep working::

    ResumefitError(Exception)                 any library-raised error
    ├── InputError(ResumefitError, ValueError)
    │   ├── UnsupportedFormatError            format we cannot parse
    │   ├── EmptyDocumentError                no text after parsing
    │   ├── DocumentTooLargeError             file over the size limit
    │   └── NoQualificationsError             posting with nothing to score
    ├── ParseError(ResumefitError)            unreadable file; .source, .format
    │   ├── EncryptedDocumentError            password-protected PDF / DOCX
    │   ├── ImageOnlyDocumentError            PDF without a text layer (OCR it)
    │   ├── CorruptDocumentError              truncated or malformed file
    │   └── UnsafeDocumentError               zip bomb, XML entity attack, …
    ├── ModelNotFoundError(ResumefitError, ImportError)  spaCy pipeline absent
    └── ResourceError(ResumefitError, OSError)           shipped data damaged

    ResumefitWarning(UserWarning)             non-fatal: degraded mode, …

Messages say what was wrong, the offending value, and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "CorruptDocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "ImageOnlyDocumentError",
    "InputError",
    "ModelNotFoundError",
    "NoQualificationsError",
    "ParseError",
    "ResourceError",
    "ResumefitError",
    "ResumefitWarning",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
]


class ResumefitError(Exception):
    """Base class of every error resumefit raises on purpose."""


class InputError(ResumefitError, ValueError):
    """The caller passed something resumefit cannot use (wrong type, format, size)."""


class UnsupportedFormatError(InputError):
    """Raised when the sniffed or declared format is not one resumefit can parse."""


class EmptyDocumentError(InputError):
    """Raised when a document holds no text (empty file, whitespace only)."""


class DocumentTooLargeError(InputError):
    """Raised when a file exceeds the configured size limit (``max_bytes``)."""


class NoQualificationsError(InputError):
    """Raised when a posting has no recognisable qualifications to score against."""


class ParseError(ResumefitError):
    """Raised when a file cannot be read: corrupt, encrypted, image-only or unsafe.

    Attributes:
        source: A short name for the input (file name, or ``"<bytes>"``).
        format: The format resumefit was parsing it as.
    """

    def __init__(self, message: str, *, source: str = "", format: str = "") -> None:
        super().__init__(message)
        self.source = source
        self.format = format


class EncryptedDocumentError(ParseError):
    """Raised for password-protected documents; remove the password first."""


class ImageOnlyDocumentError(ParseError):
    """Raised for PDFs with no text layer (scanned images); OCR them first."""


class CorruptDocumentError(ParseError):
    """Raised for truncated or malformed PDF/DOCX files."""


class UnsafeDocumentError(ParseError):
    """Raised for files built to exhaust resources (zip bombs, XML entity expansion)."""


class ModelNotFoundError(ResumefitError, ImportError):
    """Raised when a spaCy pipeline named by the caller is not installed."""


class ResourceError(ResumefitError, OSError):
    """Raised when resumefit's own shipped data is missing or damaged."""


class ResumefitWarning(UserWarning):
    """Non-fatal observations: degraded mode, truncated input, ignored sections."""
