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

import logging
from typing import TYPE_CHECKING, Any

from resumefit.analyzer import (
    Analyzer,
    parse_posting,
    parse_resume,
    rank,
    rank_resumes,
    score,
)
from resumefit.config import ParseConfig, ScoringConfig
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

if TYPE_CHECKING:
    from resumefit.lexicon import Lexicon, SkillTerm

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

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
    # The lexicon module pulls in numpy/rapidfuzz helpers: import it on first use.
    if name in {"Lexicon", "SkillTerm"}:
        from resumefit import lexicon

        return getattr(lexicon, name)
    msg = f"module 'resumefit' has no attribute {name!r}"
    raise AttributeError(msg)
