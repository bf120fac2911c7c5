"""Stage 1: a source (text, path or bytes) becomes a ``Resume`` or ``Posting``.

A *source* is:

* ``str``: the document's text itself. A string is never treated as a path.
* ``os.PathLike`` (e.g. ``pathlib.Path``): a file. Its format is sniffed from the
  content; the extension is only a hint.
* ``bytes``: a file's content, sniffed (``%PDF-``, a DOCX zip, HTML, or text in
  UTF-8 / UTF-16 / Latin-1).

``format=`` ("pdf", "docx", "txt", "markdown", "html") overrides sniffing.

The functions here find structure only (sections, dated entries, posting items).
Vocabulary (skills, qualifications) is added by :mod:`resumefit.extraction`;
:func:`resumefit.parse_resume` and :func:`resumefit.parse_posting` run both.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Union

from resumefit.config import ParseConfig
from resumefit.errors import InputError
from resumefit.schema import ParseQuality, Posting, Resume

if TYPE_CHECKING:
    from resumefit._parsers import RawDocument

__all__ = [
    "PostingSource",
    "ResumeSource",
    "Source",
    "load_source",
    "parse_posting_structure",
    "parse_resume_structure",
]

#: Anything resumefit can read a document from.
Source = Union[str, bytes, "os.PathLike[str]"]
#: A resume source, or an already parsed ``Resume``.
ResumeSource = Union[str, bytes, "os.PathLike[str]", Resume]
#: A posting source, or an already parsed ``Posting``.
PostingSource = Union[str, bytes, "os.PathLike[str]", Posting]


def load_source(
    source: Source, *, format: str | None = None, config: ParseConfig | None = None
) -> RawDocument:
    """Read a source into normalised text with its parse-quality facts.

    Args:
        source: Text, a path, or file bytes (see the module docstring).
        format: Explicit format, overriding content sniffing.
        config: Size and page limits; defaults to ``ParseConfig()``.

    Returns:
        The normalised text and what the parser observed.

    Raises:
        InputError: For a wrong source type, unsupported format, empty document or
            oversized file (see the subclasses in :mod:`resumefit.errors`).
        ParseError: For encrypted, image-only, corrupt or unsafe files.
    """
    from resumefit._parsers import load_document

    cfg = config or ParseConfig()
    if not isinstance(source, (str, bytes, os.PathLike)):
        # Untyped callers (notebooks) pass anything: refuse it with a clear message.
        msg = (  # type: ignore[unreachable]
            f"Cannot read a document from {type(source).__name__} "
            f"{_short(repr(source))}; pass the text as str, a pathlib.Path, or bytes."
        )
        raise InputError(msg)
    return load_document(
        source, format=format, max_bytes=cfg.max_bytes, max_pages=cfg.max_pages
    )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quality(raw: RawDocument, extra: tuple[str, ...]) -> ParseQuality:
    return ParseQuality(
        format=raw.format,
        source_name=raw.source_name,
        pages=raw.pages,
        columns=max(1, raw.columns),
        char_count=len(raw.text),
        warnings=(*raw.warnings, *extra),
    )


def parse_resume_structure(
    source: Source, *, format: str | None = None, config: ParseConfig | None = None
) -> Resume:
    """Parse a resume into sections and dated entries (no skill vocabulary yet).

    Args:
        source: Text, a path, or file bytes.
        format: Explicit format, overriding content sniffing.
        config: Size and page limits.

    Returns:
        A ``Resume`` with ``sections``, ``roles`` and ``education`` filled.

    Raises:
        InputError: See :func:`load_source`.
        ParseError: See :func:`load_source`.
    """
    from resumefit._resume_structure import structure_resume

    raw = load_source(source, format=format, config=config)
    found = structure_resume(raw.text)
    return Resume(
        text=raw.text,
        quality=_quality(raw, found.warnings),
        sections=found.sections,
        roles=found.roles,
        education=found.education,
    )


def parse_posting_structure(
    source: Source, *, format: str | None = None, config: ParseConfig | None = None
) -> Posting:
    """Parse a posting into its title, sections and items (no qualifications yet).

    Args:
        source: Text, a path, or file bytes.
        format: Explicit format, overriding content sniffing.
        config: Size and page limits.

    Returns:
        A ``Posting`` with ``title`` and ``sections`` (with items) filled.

    Raises:
        InputError: See :func:`load_source`.
        ParseError: See :func:`load_source`.
    """
    from resumefit._posting_structure import structure_posting

    raw = load_source(source, format=format, config=config)
    found = structure_posting(raw.text)
    return Posting(
        text=raw.text,
        quality=_quality(raw, found.warnings),
        title=found.title,
        title_span=found.title_span,
        sections=found.sections,
    )
