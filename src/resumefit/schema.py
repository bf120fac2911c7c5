"""Typed, frozen models passed between resumefit's stages.

Every model is frozen with ``extra="forbid"``; collections are tuples. Character
offsets (``span``) always index into the owning document's normalised ``text``:
``doc.text[start:end]``. Nothing here imports spaCy or a parser backend.

Scales: ``FitResult.score`` is 0-100 (the number people read; issue #4 asks for
it), confidences and sub-scores are floats in [0, 1]. Both are rounded to 4
decimals so JSON output is stable across platforms.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "DEGREE_ORDER",
    "Assessment",
    "Breakdown",
    "CredentialEntry",
    "DegreeLevel",
    "DegreeYears",
    "DocumentFormat",
    "EducationEntry",
    "Evidence",
    "FitResult",
    "Gap",
    "Importance",
    "KindBreakdown",
    "LanguageEntry",
    "ParseQuality",
    "PartialDate",
    "Posting",
    "PostingItem",
    "PostingSection",
    "PostingSectionKind",
    "Qualification",
    "QualificationKind",
    "Resume",
    "ResumeSection",
    "ResumeSectionKind",
    "Role",
    "RoleKind",
    "SkillEvidence",
    "SkillMention",
    "Span",
    "Status",
    "Suggestion",
    "Verdict",
    "YearsRequirement",
]

Span = tuple[int, int]

DocumentFormat = Literal["pdf", "docx", "txt", "markdown", "html"]
ResumeSectionKind = Literal[
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "volunteer",
    "awards",
    "publications",
    "languages",
    "other",
]
PostingSectionKind = Literal[
    "about",
    "responsibilities",
    "requirements",
    "preferred",
    "benefits",
    "eeo",
    "application",
    "other",
]
RoleKind = Literal["work", "volunteer", "project", "internship", "education"]
DegreeLevel = Literal["high_school", "associate", "bachelor", "master", "doctorate"]
#: Ordinal rank of each degree level: a higher rank meets a lower requirement.
DEGREE_ORDER: dict[str, int] = {
    "high_school": 1,
    "associate": 2,
    "bachelor": 3,
    "master": 4,
    "doctorate": 5,
}
Importance = Literal["required", "preferred"]
QualificationKind = Literal[
    "skill",
    "experience",
    "education",
    "certification",
    "license",
    "language",
    "soft_skill",
    "clearance",
    "authorization",
    "other",
]
ImportanceSource = Literal["cue", "header", "classifier", "default"]
Status = Literal["met", "partial", "missing", "unknown"]
Verdict = Literal["strong", "good", "stretch", "long_shot"]
EvidenceKind = Literal[
    "role", "skills_list", "education", "credential", "summary", "other"
]
SuggestionKind = Literal[
    "use_posting_term",
    "show_in_role",
    "bring_forward",
    "state_duration",
    "missing_required",
    "missing_preferred",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _check_span(value: Span) -> Span:
    start, end = value
    if start < 0 or end < start:
        msg = f"Invalid span {value!r}: need 0 <= start <= end."
        raise ValueError(msg)
    return value


# --------------------------------------------------------------------------- parsing


class ParseQuality(_Frozen):
    """How well the source file could be read; callers can refuse to score garbage."""

    format: DocumentFormat = Field(description="Format the document was parsed as.")
    source_name: str | None = Field(
        None, description="File name when parsed from a path, else None."
    )
    pages: int | None = Field(None, description="Page count (PDF only).")
    columns: int = Field(
        1, ge=1, description="Most text columns detected on any page (PDF)."
    )
    char_count: int = Field(ge=0, description="Characters in the normalised text.")
    warnings: tuple[str, ...] = Field(
        (),
        description="Non-fatal observations: two columns, scarce text, no sections…",
    )


class PartialDate(_Frozen):
    """A date as resumes state it: a year, optionally a month."""

    year: int = Field(ge=1900, le=2200, description="Four-digit year.")
    month: int | None = Field(None, ge=1, le=12, description="Month 1-12, or None.")


class ResumeSection(_Frozen):
    """A section of a resume, found from its heading."""

    kind: ResumeSectionKind = Field(description="Normalised section kind.")
    heading: str | None = Field(
        None, description="Heading text as written; None for the untitled top."
    )
    heading_span: Span | None = Field(None, description="Span of the heading line.")
    span: Span = Field(description="Span of the section body (after the heading).")

    _v = field_validator("span")(_check_span)


class Role(_Frozen):
    """A dated entry: a job, volunteer post, project, internship or study period."""

    kind: RoleKind = Field(description="What sort of experience this entry is.")
    title: str | None = Field(None, description="Job or project title, as written.")
    organization: str | None = Field(None, description="Employer or organisation.")
    start: PartialDate | None = Field(None, description="Start date, if stated.")
    end: PartialDate | None = Field(
        None, description="End date; None when current or not stated."
    )
    is_current: bool = Field(False, description="True for 'Present'/'Current' roles.")
    section: ResumeSectionKind = Field(description="Section the entry sits in.")
    span: Span = Field(description="Whole entry: header line through its bullets.")
    header_span: Span = Field(description="The entry's title/organisation line(s).")
    date_span: Span | None = Field(None, description="Where the dates are written.")

    _v = field_validator("span", "header_span")(_check_span)


class EducationEntry(_Frozen):
    """A degree or school entry."""

    degree: str | None = Field(None, description="Degree as written, e.g. 'B.Sc.'.")
    level: DegreeLevel | None = Field(None, description="Ordinal degree level.")
    fields: tuple[str, ...] = Field((), description="Field(s) of study.")
    institution: str | None = Field(None, description="School or university.")
    graduation: PartialDate | None = Field(None, description="Graduation date.")
    span: Span = Field(description="Span of the entry.")


class CredentialEntry(_Frozen):
    """A certification, license or security clearance held."""

    kind: Literal["certification", "license", "clearance"] = Field(
        description="Credential type."
    )
    name: str = Field(description="Canonical name, e.g. 'PMP', 'Registered Nurse'.")
    span: Span = Field(description="Where it is stated.")


class LanguageEntry(_Frozen):
    """A spoken language stated on a resume."""

    name: str = Field(description="Language name, e.g. 'Spanish'.")
    span: Span = Field(description="Where it is stated.")


class SkillMention(_Frozen):
    """One place a lexicon skill is named in a document."""

    skill_id: str = Field(
        description=(
            "Lexicon id, e.g. 'skill:postgresql'; 'phrase:<text>' for a skill the "
            "lexicon does not know, named by the posting's own words."
        )
    )
    name: str = Field(description="Canonical skill name, e.g. 'PostgreSQL'.")
    surface: str = Field(description="Text as written, e.g. 'Postgres'.")
    span: Span = Field(description="Span of the mention.")
    is_soft: bool = Field(False, description="True for soft skills.")


class SkillEvidence(_Frozen):
    """Everywhere a resume evidences one canonical skill."""

    skill_id: str = Field(description="Lexicon id.")
    name: str = Field(description="Canonical name.")
    mentions: tuple[SkillMention, ...] = Field(description="Mentions, by offset.")
    in_roles: tuple[int, ...] = Field(
        (), description="Indexes into Resume.roles of entries that mention it."
    )
    in_skills_section: bool = Field(
        False, description="True when it is listed in a skills section."
    )


class Resume(_Frozen):
    """A parsed resume: normalised text, sections, dated entries and vocabulary."""

    text: str = Field(description="Normalised text; every span indexes into it.")
    quality: ParseQuality = Field(description="How well the file could be read.")
    sections: tuple[ResumeSection, ...] = Field((), description="Sections, in order.")
    roles: tuple[Role, ...] = Field((), description="Dated entries, in order.")
    education: tuple[EducationEntry, ...] = Field((), description="Degrees.")
    credentials: tuple[CredentialEntry, ...] = Field(
        (), description="Certifications, licenses, clearances."
    )
    languages: tuple[LanguageEntry, ...] = Field((), description="Spoken languages.")
    skills: tuple[SkillEvidence, ...] = Field(
        (), description="Canonical skills with their evidence (by first offset)."
    )

    @property
    def warnings(self) -> tuple[str, ...]:
        """Parse-quality warnings (shortcut for ``quality.warnings``)."""
        return self.quality.warnings

    def section_at(self, offset: int) -> ResumeSection | None:
        """Return the section containing ``offset``, if any."""
        for section in self.sections:
            start = section.heading_span[0] if section.heading_span else section.span[0]
            if start <= offset < section.span[1]:
                return section
        return None


# --------------------------------------------------------------------------- posting


class PostingItem(_Frozen):
    """One list item or sentence of a posting section."""

    text: str = Field(description="Item text exactly as in Posting.text, no bullet.")
    span: Span = Field(description="Span of ``text``.")
    section: PostingSectionKind = Field(description="Kind of the enclosing section.")
    is_bullet: bool = Field(False, description="True when written as a list item.")


class PostingSection(_Frozen):
    """A section of a posting, from its heading (or the untitled start)."""

    kind: PostingSectionKind = Field(description="Normalised section kind.")
    heading: str | None = Field(None, description="Heading as written.")
    heading_span: Span | None = Field(None, description="Span of the heading.")
    span: Span = Field(description="Span of the section body.")
    items: tuple[PostingItem, ...] = Field((), description="Items in order.")


class DegreeYears(_Frozen):
    """A degree-dependent years figure: 'BS with 5 years or MS with 3'."""

    level: DegreeLevel = Field(description="Degree level the figure goes with.")
    min_years: float = Field(ge=0, description="Years needed with that degree.")


class YearsRequirement(_Frozen):
    """One years figure of a qualification and what it applies to."""

    min_years: float = Field(ge=0, description="Minimum years of this figure.")
    max_years: float | None = Field(None, ge=0, description="Upper bound, if any.")
    subject: str | None = Field(
        None, description="What it applies to, e.g. 'Python'; None if overall."
    )
    span: Span = Field(
        description="The clause of Posting.text this figure belongs to (from the "
        "figure to the next one)."
    )

    _v = field_validator("span")(_check_span)


class Qualification(_Frozen):
    """Something a posting asks the candidate to have or be."""

    id: str = Field(description="Stable id within the posting, e.g. 'q3'.")
    text: str = Field(description="The item's line or sentence, as in Posting.text.")
    span: Span = Field(description="Span of ``text`` in Posting.text.")
    section: PostingSectionKind | None = Field(
        None, description="Kind of the section it came from."
    )
    importance: Importance = Field(description="required or preferred.")
    importance_source: ImportanceSource = Field(
        description="What decided importance: inline cue, header, classifier."
    )
    kind: QualificationKind = Field(description="Main thing the item asks for.")
    min_years: float | None = Field(None, ge=0, description="Minimum years stated.")
    max_years: float | None = Field(None, ge=0, description="Upper bound of a range.")
    years_subject: str | None = Field(
        None, description="What the years figure applies to, e.g. 'Python'."
    )
    years_by_degree: tuple[DegreeYears, ...] = Field(
        (), description="Degree-dependent years alternatives."
    )
    years_requirements: tuple[YearsRequirement, ...] = Field(
        (),
        description="Every years figure stated, in order, when there are several "
        "('5 years of Java and 2 of Go' gives both); empty for one figure.",
    )
    years_are_alternatives: bool = Field(
        False,
        description="True when the figures are joined by 'or' (any one is "
        "enough); False when all are asked.",
    )
    skills: tuple[str, ...] = Field((), description="Canonical skill names named.")
    skill_mentions: tuple[SkillMention, ...] = Field(
        (), description="Skill mentions inside the item, with spans."
    )
    degree_level: DegreeLevel | None = Field(None, description="Education: level.")
    degree_fields: tuple[str, ...] = Field((), description="Education: fields.")
    accepts_related_field: bool = Field(False, description="'or related field'.")
    accepts_equivalent_experience: bool = Field(
        False, description="'or equivalent (practical) experience'."
    )
    credentials: tuple[str, ...] = Field(
        (), description="Certification/license/clearance names asked for."
    )
    languages: tuple[str, ...] = Field((), description="Spoken languages asked for.")

    _v = field_validator("span")(_check_span)


class Posting(_Frozen):
    """A parsed job posting: sections, items and (after extraction) qualifications."""

    text: str = Field(description="Normalised text; every span indexes into it.")
    quality: ParseQuality = Field(description="How well the file could be read.")
    title: str | None = Field(None, description="Job title, when found.")
    title_span: Span | None = Field(None, description="Span of the title.")
    sections: tuple[PostingSection, ...] = Field((), description="Sections in order.")
    qualifications: tuple[Qualification, ...] = Field(
        (), description="What the employer asks for, in document order."
    )

    @property
    def warnings(self) -> tuple[str, ...]:
        """Parse-quality warnings (shortcut for ``quality.warnings``)."""
        return self.quality.warnings

    @property
    def items(self) -> tuple[PostingItem, ...]:
        """All items of all sections, in document order."""
        return tuple(item for section in self.sections for item in section.items)


# --------------------------------------------------------------------------- scoring


def _round4(value: float) -> float:
    return round(value, 4)


class Evidence(_Frozen):
    """A place in the resume that supports an assessment."""

    text: str = Field(description="Resume text of the span.")
    span: Span = Field(description="Span in Resume.text.")
    section: ResumeSectionKind | None = Field(None, description="Resume section.")
    kind: EvidenceKind = Field(description="Where the evidence sits.")
    role_index: int | None = Field(None, description="Index into Resume.roles.")


class Assessment(_Frozen):
    """How the resume fares against one posting qualification."""

    qualification_id: str = Field(description="Qualification.id assessed.")
    importance: Importance = Field(description="Copied from the qualification.")
    kind: QualificationKind = Field(description="Copied from the qualification.")
    text: str = Field(description="The qualification's text, for display.")
    status: Status = Field(description="met, partial, missing or unknown.")
    credit: float = Field(ge=0, le=1, description="Credit earned: 1 met, 0 missing.")
    confidence: float = Field(ge=0, le=1, description="How sure the match is.")
    match_kind: Literal[
        "exact", "alias", "fuzzy", "implied", "degree", "years", "equivalent", "none"
    ] = Field(description="How the evidence was matched.")
    evidence: tuple[Evidence, ...] = Field((), description="Supporting resume spans.")
    reason: str = Field(description="One-sentence explanation.")
    candidate_years: float | None = Field(
        None, description="Years the resume shows for it, when years are asked."
    )
    uses_nonwork_experience: bool = Field(
        False, description="Volunteer/project/internship time was needed to meet it."
    )

    _r = field_validator("credit", "confidence")(_round4)


class Gap(_Frozen):
    """A missing or partly met posting qualification."""

    qualification_id: str = Field(description="Qualification.id.")
    importance: Importance = Field(description="required or preferred.")
    status: Literal["missing", "partial"] = Field(description="How short it falls.")
    message: str = Field(description="Plain statement of the shortfall.")
    impact: float = Field(ge=0, description="Score points lost to this gap.")

    _r = field_validator("impact")(_round4)


class Suggestion(_Frozen):
    """A truthful tailoring action, tied to a qualification and a resume span."""

    qualification_id: str = Field(description="Qualification.id it concerns.")
    kind: SuggestionKind = Field(description="What sort of change.")
    message: str = Field(description="What to do, in plain words.")
    resume_span: Span | None = Field(
        None, description="The resume text it concerns, when there is one."
    )
    resume_text: str | None = Field(None, description="Text of resume_span.")
    impact: float = Field(ge=0, description="Estimated score gain in points.")

    _r = field_validator("impact")(_round4)


class KindBreakdown(_Frozen):
    """Counts for one qualification kind."""

    kind: QualificationKind = Field(description="Qualification kind.")
    met: int = Field(ge=0, description="Met.")
    partial: int = Field(ge=0, description="Partly met.")
    missing: int = Field(ge=0, description="Missing.")
    unknown: int = Field(ge=0, description="Cannot be judged from a resume.")


class Breakdown(_Frozen):
    """The arithmetic behind the score."""

    required_met: int = Field(ge=0, description="Required qualifications met.")
    required_partial: int = Field(ge=0, description="Required, partly met.")
    required_total: int = Field(ge=0, description="Required, excluding unknown.")
    preferred_met: int = Field(ge=0, description="Preferred qualifications met.")
    preferred_partial: int = Field(ge=0, description="Preferred, partly met.")
    preferred_total: int = Field(ge=0, description="Preferred, excluding unknown.")
    unknown: int = Field(ge=0, description="Left out of the denominator.")
    required_score: float = Field(ge=0, le=1, description="Required credit share.")
    preferred_score: float = Field(ge=0, le=1, description="Preferred credit share.")
    cap: float | None = Field(
        None,
        description=(
            "Percentage the raw score was multiplied by because required items are "
            "missing (60 means x0.60, so at most 60); None when nothing is missing."
        ),
    )
    by_kind: tuple[KindBreakdown, ...] = Field((), description="Per kind, sorted.")

    _r = field_validator("required_score", "preferred_score")(_round4)


class FitResult(_Frozen):
    """How well a resume fits a posting, explained item by item."""

    score: float = Field(ge=0, le=100, description="Fit score, 0-100.")
    verdict: Verdict = Field(description="strong, good, stretch or long_shot.")
    breakdown: Breakdown = Field(description="The arithmetic behind the score.")
    assessments: tuple[Assessment, ...] = Field(
        description="One per posting qualification, in posting order."
    )
    gaps: tuple[Gap, ...] = Field((), description="Most important first.")
    suggestions: tuple[Suggestion, ...] = Field((), description="Biggest gain first.")
    notes: tuple[str, ...] = Field((), description="Non-fatal observations.")
    resume_name: str | None = Field(None, description="Resume file name, if any.")
    posting_name: str | None = Field(None, description="Posting file name, if any.")
    posting_title: str | None = Field(None, description="Posting title, if found.")
    resumefit_version: str = Field(description="resumefit version.")
    lexicon_version: str = Field(description="Skill lexicon version.")
    model_version: str = Field(description="Importance classifier version.")
    algorithm: Literal["v1"] = Field("v1", description="Scoring algorithm version.")

    _r = field_validator("score")(_round4)

    def to_markdown(self) -> str:
        """Render this result as Markdown: score, verdict, table, gaps, suggestions.

        Returns:
            GitHub-flavoured Markdown text.
        """
        from resumefit._render import to_markdown

        return to_markdown(self)

    def _repr_html_(self) -> str:
        """Rich display in Jupyter notebooks (escaped HTML, inline CSS, no script)."""
        from resumefit._render import to_html

        return to_html(self)
