r"""resumefit: how well a resume fits a job posting, the way a recruiter judges it.

Required qualifications are gates, preferred ones rank; every match cites its
evidence in the resume; unknown is never counted as met. Offline and
deterministic.

The stable public API is what ``__all__`` lists. Heavy dependencies (spaCy,
pdfminer.six, python-docx, numpy) are imported lazily, on first use, so
``import resumefit`` stays fast.

Example:
    >>> import resumefit
    >>> result = resumefit.score("SKILLS\nPython", "Requirements\n- Python")
    >>> result.assessments[0].status
    'met'
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from resumefit.analyzer import (
        Analyzer,
        parse_posting,
        parse_resume,
        rank,
        rank_resumes,
        score,
    )
    from resumefit.config import ParseConfig, ScoringConfig
    from resumefit.lexicon import Lexicon, SkillTerm
    from resumefit.parsing import PostingSource, ResumeSource, Source
    from resumefit.schema import (
        Assessment,
        Breakdown,
        Evidence,
        FitResult,
        Gap,
        Posting,
        Qualification,
        Resume,
        Suggestion,
    )

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public names served lazily (PEP 562): pydantic, spaCy and the parsers load on
# first use, which keeps ``import resumefit`` well under 150 ms.
_LAZY: dict[str, str] = {
    "Analyzer": "resumefit.analyzer",
    "parse_posting": "resumefit.analyzer",
    "parse_resume": "resumefit.analyzer",
    "rank": "resumefit.analyzer",
    "rank_resumes": "resumefit.analyzer",
    "score": "resumefit.analyzer",
    "ParseConfig": "resumefit.config",
    "ScoringConfig": "resumefit.config",
    "Lexicon": "resumefit.lexicon",
    "SkillTerm": "resumefit.lexicon",
    "PostingSource": "resumefit.parsing",
    "ResumeSource": "resumefit.parsing",
    "Source": "resumefit.parsing",
    "Assessment": "resumefit.schema",
    "Breakdown": "resumefit.schema",
    "Evidence": "resumefit.schema",
    "FitResult": "resumefit.schema",
    "Gap": "resumefit.schema",
    "Posting": "resumefit.schema",
    "Qualification": "resumefit.schema",
    "Resume": "resumefit.schema",
    "Suggestion": "resumefit.schema",
}

__all__ = [
    "Analyzer",
    "Assessment",
    "Breakdown",
    "CorruptDocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "Evidence",
    "FitResult",
    "Gap",
    "ImageOnlyDocumentError",
    "InputError",
    "Lexicon",
    "ModelNotFoundError",
    "NoQualificationsError",
    "ParseConfig",
    "ParseError",
    "Posting",
    "PostingSource",
    "Qualification",
    "ResourceError",
    "Resume",
    "ResumeSource",
    "ResumefitError",
    "ResumefitWarning",
    "ScoringConfig",
    "SkillTerm",
    "Source",
    "Suggestion",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "__version__",
    "parse_posting",
    "parse_resume",
    "rank",
    "rank_resumes",
    "score",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'resumefit' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
