"""Certifications, licenses and security clearances, from a hand-curated table.

The table is ``data/credentials.json`` (written for this project, no third-party
data): one entry per canonical credential with regular-expression aliases. Short
tokens that are also ordinary words or other acronyms ("CPA" as cost per
acquisition, "CIA", "PE" as private equity, "CSM" as customer success manager) are
flagged ``needs_context``: they count only near a credential cue ("certified",
"license", "designation", "required"...) or right next to another credential
("CPA/CA", "CPA or CMA"). ``negative_context`` rejects a match whose surroundings
show the other reading.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

from resumefit.schema import Span

__all__ = ["CredentialKind", "CredentialMention", "find_credentials"]

CredentialKind = Literal["certification", "license", "clearance"]


@dataclass(frozen=True)
class CredentialMention:
    """A certification, license or clearance named in text.

    Attributes:
        kind: ``certification``, ``license`` or ``clearance``.
        name: Canonical name, e.g. ``"PMP"``, ``"Registered Nurse (RN)"``, ``"TS/SCI"``.
        span: Character span of the mention.
    """

    kind: CredentialKind
    name: str
    span: Span


@dataclass(frozen=True)
class _Entry:
    name: str
    kind: CredentialKind
    pattern: re.Pattern[str]
    needs_context: bool
    negative: re.Pattern[str] | None
    body: str


# A credential cue anywhere in the window around a short token.
_STRONG_CUE = re.compile(
    r"certif|licen[cs]|credential|designation|charter|registered|registration|"
    r"accredit|\bexam|in good standing|holder|eligib|obtain|\bhold|possess|"
    r"qualified|qualification",
    re.IGNORECASE,
)
# A weaker cue, counted only right next to the token: "CPA required".
_NEAR_CUE = re.compile(
    r"\b(?:required|preferred|plus|active|valid|current|desired|a must)\b",
    re.IGNORECASE,
)
_NEAR = 14
_CONTEXT_WINDOW = 40
_NEGATIVE_WINDOW = 60
_ADJACENT = re.compile(r"^\s*(?:/|,|&|or|and|and/or|\(|\))?\s*$", re.IGNORECASE)


@cache
def _scanner() -> re.Pattern[str]:
    """One alternation of every entry's body: where any entry may match.

    The word-boundary lookbehind is hoisted out of the branches so that the
    scanner fails at once inside words; only word starts try the branches.
    """
    branches = []
    for entry in _entries():
        flag = "i" if entry.pattern.flags & re.IGNORECASE else "-i"
        branches.append(f"(?{flag}:{entry.body})")
    return re.compile(r"(?<![\w/+-])(?:" + "|".join(branches) + ")")


@cache
def _entries() -> tuple[_Entry, ...]:
    """Load and compile the shipped credential table (once per process)."""
    raw = (files("resumefit") / "data" / "credentials.json").read_text(encoding="utf-8")
    table = json.loads(raw)
    out: list[_Entry] = []
    for item in table["entries"]:
        flags = 0 if item["case_sensitive"] else re.IGNORECASE
        body = "|".join(f"(?:{p})" for p in item["patterns"])
        pattern = re.compile(r"(?<![\w/+-])(?:" + body + r")(?![\w+]|-\w)", flags)
        negative = item.get("negative_context")
        out.append(
            _Entry(
                name=item["name"],
                kind=item["kind"],
                pattern=pattern,
                needs_context=item["needs_context"],
                negative=re.compile(negative, re.IGNORECASE) if negative else None,
                body=body,
            )
        )
    return tuple(out)


def _context_ok(text: str, start: int, end: int, solid: list[Span]) -> bool:
    """Whether a short ambiguous token reads as a credential here."""
    for other in solid:
        gap = text[other[1] : start] if other[1] <= start else text[end : other[0]]
        if (
            (other[1] <= start or other[0] >= end)
            and len(gap) <= 6
            and (_ADJACENT.match(gap))
        ):
            return True
    before = text[max(0, start - _CONTEXT_WINDOW) : start]
    after = text[end : end + _CONTEXT_WINDOW]
    if _STRONG_CUE.search(before) or _STRONG_CUE.search(after):
        return True
    return bool(
        _NEAR_CUE.search(text[max(0, start - _NEAR) : start])
        or _NEAR_CUE.search(text[end : end + _NEAR])
    )


def find_credentials(text: str) -> list[CredentialMention]:
    """Find certifications, licenses and security clearances named in ``text``.

    Args:
        text: Any text: a posting item, a resume line or section.

    Returns:
        Non-overlapping mentions in text order (the longest match wins).

    Example:
        >>> [(m.kind, m.name) for m in find_credentials("PMP or CPA required")]
        [('certification', 'PMP'), ('license', 'CPA')]
    """
    return list(_find_credentials(text))


@lru_cache(maxsize=4096)
def _find_credentials(text: str) -> tuple[CredentialMention, ...]:
    """Cached body of find_credentials: extractors ask about the same item twice."""
    # One pass of the combined scanner finds the positions where some entry
    # matches; only there is each entry tried. Same result as running every
    # entry over the whole text, at a fraction of the cost.
    entries = _entries()
    scanner = _scanner()
    hits: list[tuple[int, int, _Entry]] = []
    pos = 0
    while (found := scanner.search(text, pos)) is not None:
        at = found.start()
        for entry in entries:
            match = entry.pattern.match(text, at)
            if match is not None and match.end() > at:
                hits.append((at, match.end(), entry))
        pos = at + 1
    candidates: list[tuple[int, int, _Entry]] = []
    for start, end, entry in hits:
        if entry.negative is not None:
            window = text[max(0, start - _NEGATIVE_WINDOW) : end + _NEGATIVE_WINDOW]
            if entry.negative.search(window):
                continue
        candidates.append((start, end, entry))
    solid = [(s, e) for s, e, entry in candidates if not entry.needs_context]
    accepted = [
        (s, e, entry)
        for s, e, entry in candidates
        if not entry.needs_context or _context_ok(text, s, e, solid)
    ]
    accepted.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, _Entry]] = []
    for mention in accepted:
        if kept and mention[0] < kept[-1][1]:
            if mention[1] - mention[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = mention
            continue
        kept.append(mention)
    return tuple(
        CredentialMention(kind=entry.kind, name=entry.name, span=(s, e))
        for s, e, entry in kept
    )
