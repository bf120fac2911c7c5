"""Loading and caching the spaCy pipeline (the only place that calls spacy.load)."""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

from resumefit.errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["PIPELINE_ENV", "load_pipeline"]

#: Environment variable naming an installed spaCy pipeline to use by default.
PIPELINE_ENV = "RESUMEFIT_SPACY_PIPELINE"

# Components resumefit never uses: skipping them keeps a trained pipeline fast.
_EXCLUDED = ("ner", "parser", "lemmatizer", "textcat", "attribute_ruler")


@functools.cache
def _blank() -> Language:
    import spacy

    return spacy.blank("en")


@functools.cache
def _load_named(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name, exclude=list(_EXCLUDED))
    except OSError as exc:
        msg = (
            f"spaCy pipeline {name!r} is not installed. Install it with: "
            f"python -m spacy download {name} (or leave it unset: resumefit's own "
            "extractors need no trained pipeline)."
        )
        raise ModelNotFoundError(msg) from exc


def load_pipeline(name: str | None = None) -> Language:
    """Return the spaCy pipeline resumefit runs once per document.

    With no name, this is ``spacy.blank("en")`` (a tokenizer only, fully offline).
    resumefit's own extractors (lexicon trie, rules, classifier) read the text and
    need no trained pipeline, so the Analyzer runs a pipeline only when one is
    named here, passed in, or set in the ``RESUMEFIT_SPACY_PIPELINE`` environment
    variable. Nothing is ever downloaded.

    Args:
        name: An installed pipeline package (e.g. ``"en_core_web_sm"``) or ``None``.

    Returns:
        The cached pipeline.

    Raises:
        ModelNotFoundError: The named pipeline is not installed.
    """
    chosen = name or os.environ.get(PIPELINE_ENV) or None
    if chosen is None or chosen == "blank":
        return _blank()
    return _load_named(chosen)
