"""Configuration objects (frozen pydantic models with documented defaults)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from resumefit.schema import QualificationKind

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
    """Weights and thresholds of the fit score, with documented defaults.

    The score (0-100) is a weighted share of credit over the qualifications a
    resume can be judged on. Each assessed qualification earns ``credit`` in [0, 1]
    (1 = met by a dated role, less for weaker evidence, 0 = missing) and weighs
    ``required_weight`` or ``preferred_weight`` (soft skills and "other" items
    are scaled by ``low_weight_factor``). ``unknown`` items (work authorization,
    travel…) leave both numerator and denominator. Each required qualification
    that is missing is a *gate*: the score is multiplied by a cap (first
    ``missing_required_cap``, lowered by ``missing_required_cap_step`` per further
    missing one, never below ``missing_required_cap_floor``), and the verdict
    cannot be better than ``stretch``. The verdict is the band the final score
    falls in: ``strong_threshold``, ``good_threshold``, ``stretch_threshold``.
    """

    # ---------------------------------------------------------------- weights
    required_weight: float = Field(
        3.0,
        gt=0,
        description=(
            "Weight of a required qualification. 3:1 against preferred follows the "
            "market rule that a missing must-have costs three times a nice-to-have."
        ),
    )
    preferred_weight: float = Field(
        1.0, gt=0, description="Weight of a preferred qualification."
    )
    low_weight_kinds: tuple[QualificationKind, ...] = Field(
        ("soft_skill", "other"),
        description=(
            "Qualification kinds weighed at low_weight_factor: resumes show soft "
            "skills and general traits through examples more than words, so their "
            "absence says less."
        ),
    )
    low_weight_factor: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Multiplier on the weight of low_weight_kinds items.",
    )
    # ---------------------------------------------------------------- gates
    missing_required_cap: float = Field(
        60.0,
        ge=0,
        le=100,
        description=(
            "Ceiling (0-100) when one required qualification is missing: the "
            "score is multiplied by cap/100, so it can reach at most the cap and "
            "candidates below it keep their order."
        ),
    )
    missing_required_cap_step: float = Field(
        15.0,
        ge=0,
        description="How much lower the ceiling is for each further missing one.",
    )
    missing_required_cap_floor: float = Field(
        15.0,
        ge=0,
        le=100,
        description="The ceiling never drops below this, however many are missing.",
    )
    low_weight_kinds_are_gates: bool = Field(
        False,
        description=(
            "When False (default), a missing required soft skill or 'other' item "
            "lowers the score but does not trigger the cap: recruiters do not "
            "screen on the word 'teamwork'."
        ),
    )
    rarely_stated_credentials: tuple[str, ...] = Field(
        ("Driver's License",),
        description=(
            "Credentials resumes seldom state even when the candidate holds them: "
            "when not listed they are 'unknown' (left out of the score), not "
            "'missing'. A commercial licence (e.g. CDL) is not in this list."
        ),
    )
    # ---------------------------------------------------------------- verdict
    strong_threshold: float = Field(
        80.0, ge=0, le=100, description="Score at or above which the verdict is strong."
    )
    good_threshold: float = Field(
        60.0, ge=0, le=100, description="Score at or above which the verdict is good."
    )
    stretch_threshold: float = Field(
        40.0,
        ge=0,
        le=100,
        description="Score at or above which the verdict is stretch; below: long_shot.",
    )
    # ---------------------------------------------------------------- evidence credit
    role_credit: float = Field(
        1.0,
        ge=0,
        le=1,
        description="Credit for a skill shown in a recent, dated work role.",
    )
    stale_role_credit: float = Field(
        0.9,
        ge=0,
        le=1,
        description=(
            "Credit when the most recent role showing it ended more than "
            "stale_after_years before as_of."
        ),
    )
    nonwork_role_credit: float = Field(
        0.9,
        ge=0,
        le=1,
        description=(
            "Credit when shown only in volunteer, project or internship entries."
        ),
    )
    other_mention_credit: float = Field(
        0.85,
        ge=0,
        le=1,
        description="Credit when named in a summary or an undated part of the resume.",
    )
    skills_list_credit: float = Field(
        0.8,
        ge=0,
        le=1,
        description="Credit when it appears only in a skills list, never in use.",
    )
    stale_after_years: float = Field(
        7.0,
        gt=0,
        description="A role that ended more than this many years ago is old.",
    )
    alias_factor: float = Field(
        0.95,
        ge=0,
        le=1,
        description=(
            "Credit multiplier when the resume names the skill by another name "
            "(an alias): automated screens often match the posting's literal term."
        ),
    )
    fuzzy_factor: float = Field(
        0.85,
        ge=0,
        le=1,
        description="Credit multiplier for a near (fuzzy) name match.",
    )
    implied_factor: float = Field(
        0.5,
        ge=0,
        le=1,
        description=(
            "Credit multiplier when only a more specific skill implies it "
            "(PostgreSQL implies SQL); the item is then partial."
        ),
    )
    loose_alias_factor: float = Field(
        0.5,
        ge=0,
        le=1,
        description=(
            "Credit multiplier for a *loose* alias: a lexicon synonym sharing no "
            "word with the posting's term and not an abbreviation of it ('Desktop "
            "Support' for 'Customer Service'); the item is then partial."
        ),
    )
    loose_alias_ratio: float = Field(
        0.6,
        ge=0,
        le=1,
        description=(
            "Below this rapidfuzz ratio (0-1), an alias sharing no word is loose."
        ),
    )
    fuzzy_cutoff: float = Field(
        0.88,
        ge=0,
        le=1,
        description=(
            "Least rapidfuzz ratio (0-1) for a near match of a skill name the "
            "lexicon does not know. Two different lexicon skills only match when "
            "their names differ in punctuation, digits or spacing alone "
            "('TensorFlow 2', 'React.js')."
        ),
    )
    # ---------------------------------------------------------------- text fallback
    phrase_factor: float = Field(
        1.0,
        ge=0,
        le=1,
        description=(
            "Credit multiplier when an item naming no lexicon skill has its key "
            "phrase written verbatim in the resume."
        ),
    )
    overlap_factor: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Credit multiplier for word-overlap matches (times the overlap).",
    )
    overlap_met: float = Field(
        0.8,
        ge=0,
        le=1,
        description=(
            "Share of an item's content words found in one place to call it met."
        ),
    )
    overlap_min_words: int = Field(
        2,
        ge=1,
        description="Least content words that must be found for a word-overlap match.",
    )
    overlap_partial: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of content words found to call it partial (below: missing).",
    )
    # ---------------------------------------------------------------- years
    years_tolerance: float = Field(
        0.25,
        ge=0,
        description=(
            "Years short of the minimum that still count as met: dates are often "
            "month or year precision."
        ),
    )
    years_floor_credit: float = Field(
        0.25,
        ge=0,
        le=1,
        description=(
            "Least years ratio credited when the skill is evidenced but no dated "
            "role shows how long it was used."
        ),
    )
    unmatched_subject_factor: float = Field(
        0.5,
        ge=0,
        le=1,
        description=(
            "Credit multiplier (the item is then partial) when years are asked in "
            "a field no dated role clearly relates to, so only total experience "
            "can be compared; and when years as a named job show only as its "
            "skill used in other jobs ('2 years as a Django Developer', Django "
            "used as a Software Engineer)."
        ),
    )
    subject_overlap: float = Field(
        0.6,
        ge=0,
        le=1,
        description="Share of a years subject's words a role must contain to count.",
    )
    title_fuzzy_cutoff: float = Field(
        0.9,
        ge=0,
        le=1,
        description=(
            "Least rapidfuzz partial_ratio (0-1) between a years subject and a "
            "role title, words run together, for the title to relate when their "
            "words differ only in spacing or endings ('Farm worker' and "
            "'Farmworkers'). Used only when no word-level relation is found."
        ),
    )
    # ---------------------------------------------------------------- degrees
    field_cutoff: float = Field(
        0.85,
        ge=0,
        le=1,
        description="Least rapidfuzz ratio (0-1) for two fields of study to match.",
    )
    wrong_field_credit: float = Field(
        0.4,
        ge=0,
        le=1,
        description="Credit for the asked degree level in an unrelated field.",
    )
    equivalent_years_per_level: float = Field(
        2.0,
        gt=0,
        description=(
            "Years of experience that stand in for each missing degree level when "
            "the posting accepts 'or equivalent experience' (bachelor's from high "
            "school: 2 levels, 4 years)."
        ),
    )
    # ---------------------------------------------------------------- confidence
    confidence_exact: float = Field(
        0.95, ge=0, le=1, description="Confidence of an exact lexicon match."
    )
    confidence_alias: float = Field(
        0.9, ge=0, le=1, description="Confidence of an alias match."
    )
    confidence_fuzzy: float = Field(
        0.65, ge=0, le=1, description="Confidence of a near-name match."
    )
    confidence_implied: float = Field(
        0.6, ge=0, le=1, description="Confidence of an implied (broader) skill."
    )
    confidence_phrase: float = Field(
        0.6, ge=0, le=1, description="Confidence of a verbatim key-phrase match."
    )
    confidence_overlap: float = Field(
        0.45, ge=0, le=1, description="Confidence of a word-overlap match."
    )
    confidence_structured: float = Field(
        0.9,
        ge=0,
        le=1,
        description="Confidence of degree, credential, language and years matches.",
    )
    confidence_title: float = Field(
        0.7,
        ge=0,
        le=1,
        description=(
            "Confidence of years that rest only on role titles relating to the "
            "subject ('Software Engineer' for 'software development')."
        ),
    )
    confidence_years_implied: float = Field(
        0.8,
        ge=0,
        le=1,
        description=(
            "Confidence of years counted from roles that use a more specific "
            "skill implying the asked one (Django implies Python)."
        ),
    )
    confidence_missing: float = Field(
        0.8,
        ge=0,
        le=1,
        description="Confidence that a named skill or credential is really absent.",
    )
    confidence_missing_text: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Confidence that an item matched only by its words is absent.",
    )
    # ---------------------------------------------------------------- output
    max_evidence: int = Field(
        3, ge=1, description="Most evidence spans cited per assessment."
    )
    max_evidence_chars: int = Field(
        160,
        ge=20,
        description="Longest evidence excerpt; longer lines are cut around the match.",
    )

    @model_validator(mode="after")
    def _check_order(self) -> ScoringConfig:
        if not (self.strong_threshold >= self.good_threshold >= self.stretch_threshold):
            msg = (
                "Verdict thresholds must satisfy strong >= good >= stretch; got "
                f"{self.strong_threshold!r}, {self.good_threshold!r}, "
                f"{self.stretch_threshold!r}. Reorder them."
            )
            raise ValueError(msg)
        if self.overlap_partial > self.overlap_met:
            msg = (
                f"overlap_partial ({self.overlap_partial!r}) must not exceed "
                f"overlap_met ({self.overlap_met!r})."
            )
            raise ValueError(msg)
        return self
