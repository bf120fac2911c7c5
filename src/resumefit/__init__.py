"""resumefit: how well a resume fits a job posting, the way a recruiter judges it.

The stable public API is what ``__all__`` lists. Heavy dependencies (spaCy,
pdfminer.six, python-docx) are imported lazily, on first use.
"""

from __future__ import annotations

import logging

from resumefit.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    ImageOnlyDocumentError,
    InputError,
    ModelNotFoundError,
    NoQualificationsError,
    ParseError,
    ResourceError,
    ResumefitError,
    ResumefitWarning,
    UnsafeDocumentError,
    UnsupportedFormatError,
)

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

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
    "__version__",
]
