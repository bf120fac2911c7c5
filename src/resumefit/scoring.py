"""Stage 4: turn assessments into a fit score, a verdict and a breakdown.

The formula, in the words a job seeker can follow:

1. Every qualification the resume can be judged on earns *credit* between 0 and
   1: 1 when a recent dated role shows it, a little less when it only sits in a
   skills list, an old role or volunteer work, part credit when it is only partly
   there (3 of the 5 years asked), 0 when it is missing. Items a resume cannot
   show either way (work authorization, willingness to travel) are *unknown* and
   left out completely: they neither help nor hurt.
2. Required items weigh three times as much as preferred ones (``required_weight``
   3, ``preferred_weight`` 1; soft skills and general "other" items count half,
   and do not act as gates). The *raw score* is the
   weighted share of credit earned, times 100.
3. Required items are gates. If one is missing, the raw score is multiplied by
   0.60, so it can reach at most 60; two missing: 0.45; three: 0.30; four or more:
   0.15 (``missing_required_cap`` and friends). Candidates below a cap keep their
   order, so preferred items still rank them.
4. The verdict is the band the final score falls in: *strong* from 80, *good*
   from 60, *stretch* from 40, *long shot* below. A resume missing any required
   item is at best a *stretch*, whatever its score.

Example: 4 required items (3 met, 1 missing) and 2 preferred (both met) give a
raw score of 100 x (3+3+3+0+1+1) / (3+3+3+3+1+1) = 78.57; one required item is
missing, so the final score is 78.57 x 0.60 = 47.14, a *stretch*.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from resumefit.config import ScoringConfig
from resumefit.schema import (
    Assessment,
    Breakdown,
    Importance,
    KindBreakdown,
    QualificationKind,
    Status,
    Verdict,
)

__all__ = [
    "ScoreItem",
    "ScoreParts",
    "compute_score",
    "item_parts",
    "missing_required_cap",
    "score_from_parts",
    "score_items",
    "score_parts",
]


class ScoreItem(NamedTuple):
    """The four facts about an assessment the score depends on."""

    importance: Importance
    kind: QualificationKind
    status: Status
    credit: float


def _weight(item: ScoreItem, cfg: ScoringConfig) -> float:
    weight = (
        cfg.required_weight if item.importance == "required" else cfg.preferred_weight
    )
    if item.kind in cfg.low_weight_kinds:
        weight *= cfg.low_weight_factor
    return weight


def _is_gate(item: ScoreItem, cfg: ScoringConfig) -> bool:
    """A missing required item that triggers the cap."""
    return (
        item.importance == "required"
        and item.status == "missing"
        and (cfg.low_weight_kinds_are_gates or item.kind not in cfg.low_weight_kinds)
    )


def missing_required_cap(missing: int, cfg: ScoringConfig) -> float | None:
    """The score ceiling for ``missing`` missing required items (None for none).

    Args:
        missing: Missing required qualifications that act as gates.
        cfg: Scoring configuration.

    Returns:
        The cap on the 0-100 scale, or None when nothing is missing.

    Example:
        >>> [missing_required_cap(n, ScoringConfig()) for n in range(5)]
        [None, 60.0, 45.0, 30.0, 15.0]
    """
    if missing <= 0:
        return None
    cap = cfg.missing_required_cap - cfg.missing_required_cap_step * (missing - 1)
    return max(cap, min(cfg.missing_required_cap_floor, cfg.missing_required_cap))


class ScoreParts(NamedTuple):
    """The sums a score is made of: credit earned, credit possible, gates hit."""

    earned: float
    possible: float
    gates: int


def item_parts(item: ScoreItem, cfg: ScoringConfig) -> ScoreParts:
    """One item's share of :class:`ScoreParts` (zero for unknown items).

    Args:
        item: The facts of one assessment.
        cfg: Weights (required/preferred, low-weight kinds) and gate rules.

    Returns:
        Its weighted credit, its weight, and 1 gate if it is a missing required item.
    """
    if item.status == "unknown":
        return ScoreParts(0.0, 0.0, 0)
    weight = _weight(item, cfg)
    return ScoreParts(weight * item.credit, weight, int(_is_gate(item, cfg)))


def score_parts(items: Sequence[ScoreItem], cfg: ScoringConfig) -> ScoreParts:
    """Sum :func:`item_parts` over items.

    Args:
        items: The facts of each assessment.
        cfg: Weights and gate rules.

    Returns:
        Credit earned, credit possible and the number of missing required gates.
    """
    earned = possible = 0.0
    gates = 0
    for item in items:
        part = item_parts(item, cfg)
        earned += part.earned
        possible += part.possible
        gates += part.gates
    return ScoreParts(earned, possible, gates)


def score_from_parts(parts: ScoreParts, cfg: ScoringConfig) -> float:
    """The 0-100 score (unrounded) from its sums, after the missing-required cap.

    Args:
        parts: Summed credit, weight and gates (see :func:`score_parts`).
        cfg: Cap percentages for missing required items.

    Returns:
        The score in [0, 100].
    """
    raw = 100.0 * parts.earned / parts.possible if parts.possible > 0 else 0.0
    cap = missing_required_cap(parts.gates, cfg)
    if cap is not None:
        raw *= cap / 100.0
    return min(max(raw, 0.0), 100.0)


def score_items(items: Sequence[ScoreItem], cfg: ScoringConfig) -> float:
    """The 0-100 score of bare items (unrounded); the core of :func:`compute_score`.

    Args:
        items: One per qualification.
        cfg: Scoring configuration.

    Returns:
        The score after the missing-required cap.
    """
    return score_from_parts(score_parts(items, cfg), cfg)


def _verdict(score: float, gates: int, cfg: ScoringConfig) -> Verdict:
    if score >= cfg.strong_threshold and gates == 0:
        return "strong"
    if score >= cfg.good_threshold and gates == 0:
        return "good"
    if score >= cfg.stretch_threshold:
        return "stretch"
    return "long_shot"


def _items(assessments: Sequence[Assessment]) -> list[ScoreItem]:
    return [ScoreItem(a.importance, a.kind, a.status, a.credit) for a in assessments]


def compute_score(
    assessments: Sequence[Assessment], *, config: ScoringConfig
) -> tuple[float, Verdict, Breakdown]:
    """Score a resume's assessments against one posting.

    See the module docstring for the formula in plain words.

    Args:
        assessments: One per posting qualification.
        config: Weights, caps and verdict thresholds.

    Returns:
        ``(score, verdict, breakdown)``: the score on 0-100 rounded to 4
        decimals, its verdict band, and the counts behind it.

    Example:
        >>> a = Assessment(qualification_id="q1", importance="required",
        ...     kind="skill", text="Python", status="met", credit=1.0,
        ...     confidence=1.0, match_kind="exact", reason="shown")
        >>> compute_score([a], config=ScoringConfig())[:2]
        (100.0, 'strong')
    """
    cfg = config
    items = _items(assessments)
    parts = score_parts(items, cfg)
    score = round(score_from_parts(parts, cfg), 4)
    gates = parts.gates

    def count(importance: Importance, status: Status) -> int:
        return sum(i.importance == importance and i.status == status for i in items)

    def share(importance: Importance) -> float:
        judged = [
            i for i in items if i.importance == importance and i.status != "unknown"
        ]
        return sum(i.credit for i in judged) / len(judged) if judged else 0.0

    kinds = sorted({i.kind for i in items})
    by_kind = tuple(
        KindBreakdown(
            kind=kind,
            met=sum(i.kind == kind and i.status == "met" for i in items),
            partial=sum(i.kind == kind and i.status == "partial" for i in items),
            missing=sum(i.kind == kind and i.status == "missing" for i in items),
            unknown=sum(i.kind == kind and i.status == "unknown" for i in items),
        )
        for kind in kinds
    )
    breakdown = Breakdown(
        required_met=count("required", "met"),
        required_partial=count("required", "partial"),
        required_total=sum(
            i.importance == "required" and i.status != "unknown" for i in items
        ),
        preferred_met=count("preferred", "met"),
        preferred_partial=count("preferred", "partial"),
        preferred_total=sum(
            i.importance == "preferred" and i.status != "unknown" for i in items
        ),
        unknown=sum(i.status == "unknown" for i in items),
        required_score=share("required"),
        preferred_score=share("preferred"),
        cap=missing_required_cap(gates, cfg),
        by_kind=by_kind,
    )
    return score, _verdict(score, gates, cfg), breakdown
