# mypy: allow-untyped-defs, allow-untyped-calls
"""Scoring: exact scores, caps, verdict bands and the breakdown."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resumefit.config import ScoringConfig
from resumefit.schema import Assessment
from resumefit.scoring import (
    ScoreItem,
    compute_score,
    missing_required_cap,
    score_items,
)

CFG = ScoringConfig()


def a(
    importance: str = "required",
    status: str = "met",
    credit: float | None = None,
    kind: str = "skill",
    qid: str = "q",
) -> Assessment:
    if credit is None:
        credit = {"met": 1.0, "partial": 0.5}.get(status, 0.0)
    return Assessment(
        qualification_id=qid,
        importance=importance,
        kind=kind,
        text="x",
        status=status,
        credit=credit,
        confidence=1.0,
        match_kind="exact" if status in ("met", "partial") else "none",
        reason="r",
    )


R, P = "required", "preferred"

# (assessments, score, verdict, cap)
CASES = [
    pytest.param([a(R), a(R), a(P)], 100.0, "strong", None, id="all-met"),
    pytest.param(
        [a(R), a(R), a(R), a(P, "missing")],
        90.0,
        "strong",
        None,
        id="preferred-missing",
    ),
    pytest.param(
        [a(R), a(R), a(R), a(R, "missing"), a(P), a(P)],
        47.1429,  # 100 * 11/14 * 0.60: the module docstring's example
        "stretch",
        60.0,
        id="one-required-missing-capped",
    ),
    pytest.param(
        [a(R, "missing"), a(R, "missing"), a(R), a(R)],
        22.5,  # 50 * 0.45
        "long_shot",
        45.0,
        id="two-required-missing",
    ),
    pytest.param(
        [a(R, "missing")] * 5 + [a(R)],
        2.5,  # 100/6 * 0.15 (floor)
        "long_shot",
        15.0,
        id="cap-floor",
    ),
    pytest.param([a(R, "partial", 0.6), a(P)], 70.0, "good", None, id="partial-credit"),
    pytest.param(
        [a(R, "partial", 0.2), a(R, "partial", 0.2)],
        20.0,
        "long_shot",
        None,
        id="partials-do-not-cap",
    ),
    pytest.param(
        [a(R, "unknown"), a(P, "unknown")], 0.0, "long_shot", None, id="all-unknown"
    ),
    pytest.param(
        [a(R), a(R, "missing", kind="soft_skill")],
        66.6667,  # 3 / 4.5: a required soft skill weighs 1.5 and is not a gate
        "good",
        None,
        id="missing-soft-skill-not-a-gate",
    ),
    pytest.param(
        [a(R), a(P, "missing", kind="other")],
        85.7143,
        "strong",
        None,
        id="other-low-weight",
    ),
    pytest.param(
        [a(R, "met", 0.8), a(R, "met", 0.8), a(P, "missing")],
        68.5714,  # 4.8 / 7
        "good",
        None,
        id="skills-list-credit",
    ),
]


@pytest.mark.parametrize(("items", "score", "verdict", "cap"), CASES)
def test_compute_score_exact(items, score, verdict, cap):
    got, v, breakdown = compute_score(items, config=CFG)
    assert (got, v, breakdown.cap) == (score, verdict, cap)


def test_unknown_leaves_the_denominator():
    base = [a(R), a(R, "missing"), a(P, "partial", 0.5)]
    with_unknown = [*base, a(R, "unknown"), a(P, "unknown")]
    assert (
        compute_score(base, config=CFG)[0] == compute_score(with_unknown, config=CFG)[0]
    )


def test_missing_required_costs_three_times_a_preferred():
    no_cap = CFG.model_copy(
        update={
            "missing_required_cap": 100.0,
            "missing_required_cap_step": 0.0,
            "missing_required_cap_floor": 100.0,
        }
    )
    lost_required = 100 - compute_score([a(R, "missing"), a(P), a(R)], config=no_cap)[0]
    lost_preferred = (
        100 - compute_score([a(R), a(P, "missing"), a(R)], config=no_cap)[0]
    )
    assert (round(lost_required, 4), round(lost_preferred, 4)) == (42.8571, 14.2857)


def test_verdict_never_good_with_a_missing_required():
    lenient = ScoringConfig(
        missing_required_cap=100.0, missing_required_cap_floor=100.0
    )
    items = [a(R)] * 9 + [a(R, "missing")]
    score, verdict, _ = compute_score(items, config=lenient)
    assert (score, verdict) == (90.0, "stretch")


@pytest.mark.parametrize(
    ("missing", "cap"),
    [(0, None), (1, 60.0), (2, 45.0), (3, 30.0), (4, 15.0), (9, 15.0)],
)
def test_missing_required_cap(missing, cap):
    assert missing_required_cap(missing, CFG) == cap


def test_breakdown_counts():
    items = [
        a(R, qid="q1"),
        a(R, "partial", 0.5, qid="q2"),
        a(R, "missing", qid="q3"),
        a(R, "unknown", kind="authorization", qid="q4"),
        a(P, qid="q5"),
        a(P, "missing", kind="certification", qid="q6"),
    ]
    _, _, b = compute_score(items, config=CFG)
    assert (b.required_met, b.required_partial, b.required_total) == (1, 1, 3)
    assert (b.preferred_met, b.preferred_partial, b.preferred_total) == (1, 0, 2)
    assert (b.unknown, b.required_score, b.preferred_score) == (1, 0.5, 0.5)
    assert [(k.kind, k.met, k.partial, k.missing, k.unknown) for k in b.by_kind] == [
        ("authorization", 0, 0, 0, 1),
        ("certification", 0, 0, 1, 0),
        ("skill", 2, 1, 1, 0),
    ]


def test_score_items_matches_compute_score():
    items = [a(R), a(R, "partial", 0.3), a(P, "missing"), a(R, "missing")]
    bare = [ScoreItem(x.importance, x.kind, x.status, x.credit) for x in items]
    assert round(score_items(bare, CFG), 4) == compute_score(items, config=CFG)[0]


def test_config_rejects_unordered_thresholds():
    with pytest.raises(ValidationError, match="strong >= good >= stretch"):
        ScoringConfig(strong_threshold=50.0, good_threshold=70.0)


def test_config_is_frozen_and_documented():
    with pytest.raises(ValidationError):
        CFG.required_weight = 5.0  # type: ignore[misc]
    schema = ScoringConfig.model_json_schema()
    assert all("description" in p for p in schema["properties"].values())
