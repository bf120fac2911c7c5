"""Recognisers for the fixed vocabulary of qualifications.

Years of experience, degrees, certifications/licenses/clearances, work
authorization, spoken languages, and the qualification kind of an item. Pure
Python (regular expressions and a small shipped JSON table), no spaCy, so every
extractor can call these on any text span.

This module is the import point; the recognisers live in ``_degrees``,
``_years`` and ``_credentials``.
"""

from __future__ import annotations

from resumefit._degrees import DegreeMention, find_degrees

__all__ = ["DegreeMention", "find_degrees"]
