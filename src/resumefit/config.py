"""Configuration objects (frozen pydantic models with documented defaults)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["DEFAULT_MAX_BYTES", "ParseConfig", "ScoringConfig"]

#: Default size limit for one input file: 20 MB, far above any real resume.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ParseConfig(_Frozen):
    """Limits and switches for parsing files."""

    max_bytes: int = Field(
        DEFAULT_MAX_BYTES, gt=0, description="Largest accepted input file, in bytes."
    )
    max_pages: int = Field(
        50, gt=0, description="PDF pages read at most; longer files raise."
    )


class ScoringConfig(_Frozen):
    """Weights and thresholds of the fit score (see the README for the formula)."""
