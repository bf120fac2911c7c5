"""Denied skills: "no Java", "never worked with Kubernetes" are not claims.

Shared by extraction (a denied mention is not skill evidence) and matching (the
posting's words found in a denied phrase are not evidence either).
"""

from __future__ import annotations

import re

__all__ = ["denied"]

#: A skill named right after a denial is not a claim: "no Java", "without
#: experience in SAP", "does not use Excel", "never worked with Go".
_DENIAL_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|without|lack(?:ing)?\s+of|zero)\s+"
    r"(?:(?:professional|prior|hands-on|direct|formal|commercial|real|any|much)\s+)?"
    r"(?:(?:used|worked\s+with|touched|programmed\s+in|coded\s+in)\s+)?"
    r"(?:(?:experience|knowledge|exposure|background|familiarity|skills?|training"
    r"|expertise)\s+(?:with|in|of|using|on)\s+)?"
    r"|\b(?:do|does|did|have|has)(?:n['’]t|\s+not|\s+never)\s+(?:yet\s+)?"
    r"(?:use[ds]?|know|knew|work(?:ed)?\s+with|touch(?:ed)?|program(?:med)?\s+in"
    r"|code[ds]?\s+in|worked\s+in)\s+)(?:the\s+)?$",
    re.IGNORECASE,
)
#: What a denial counts when the skill names its subject: "zero OSHA recordable
#: incidents", "no HIPAA violations" claim the skill, they do not deny it.
_OUTCOME_AFTER = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?(?:incidents?|violations?|deficienc\w*|downtime"
    r"|findings?|errors?|defects?|issues?|breach(?:es)?|accidents?|injur\w*"
    r"|complaints?|outages?|failures?|penalt\w*|fines?|recordables?|exceptions?"
    r"|citations?|write-?ups?|escalations?|lost[- ]time)\b",
    re.IGNORECASE,
)
_LOOK_BACK = 60


def denied(text: str, start: int, end: int | None = None) -> bool:
    """True when the words just before ``text[start:end]`` deny that skill.

    The look-back stays on the skill's own line. When ``end`` is given, a
    denial of an outcome ("no SOX deficiencies") does not deny the skill.

    Example:
        >>> denied("Python, never worked with Kubernetes", 26)
        True
        >>> text = "Closed the books with no SOX deficiencies"
        >>> denied(text, 23, 26)
        False
    """
    window = text[max(0, start - _LOOK_BACK) : start]
    window = window[window.rfind("\n") + 1 :]
    if _DENIAL_BEFORE.search(window) is None:
        return False
    return not (end is not None and _OUTCOME_AFTER.match(text, end))
