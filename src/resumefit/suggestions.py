"""Stage 5: gaps and honest tailoring suggestions.

A *gap* is a missing or partly met qualification, with the score points it
costs. A *suggestion* is a truthful edit: it only ever asks the job seeker to
show, name or date something the resume already evidences. For a required item
with no evidence it says plainly that it is missing and never suggests claiming
it; it points to gaining it, or to a related thing the resume does show.

Kinds (``Suggestion.kind``):

- ``use_posting_term``: the resume has it in other words (an alias, a near name,
  a more specific skill, or similar wording); use the posting's term.
- ``show_in_role``: it is only in a skills list or summary; show it in a dated
  role bullet, if it was used there.
- ``bring_forward``: it is only in an old role or in volunteer/project work;
  bring it forward.
- ``state_duration``: too few years show; state dates or durations if there are
  more.
- ``missing_required`` / ``missing_preferred``: nothing shows it.

``impact`` is the score gain if the item were upgraded as the suggestion says
(recomputed from the score's sums, :func:`resumefit.scoring.score_parts`).
Suggestions are sorted by impact, then by the qualification's posting order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from resumefit.config import ScoringConfig
from resumefit.matching import (
    _NONWORK_ROLE_KINDS,
    DEGREE_NAMES,
    ResumeIndex,
    SkillGraph,
    alias_reading,
    evidence_strength,
    format_years,
)
from resumefit.matching import _short as _short_text
from resumefit.schema import (
    Assessment,
    Gap,
    Posting,
    Qualification,
    Span,
    Status,
    Suggestion,
    SuggestionKind,
)
from resumefit.scoring import (
    ScoreItem,
    ScoreParts,
    item_parts,
    score_from_parts,
    score_parts,
)

__all__ = ["find_gaps", "suggest_tailoring"]

_KIND_ORDER: dict[str, int] = {
    "missing_required": 0,
    "state_duration": 1,
    "show_in_role": 2,
    "bring_forward": 3,
    "use_posting_term": 4,
    "missing_preferred": 5,
}
#: Kinds dropped when they would not change the score.
_OPTIONAL_KINDS = frozenset({"use_posting_term", "show_in_role", "bring_forward"})
_SHORT_CHARS = 70


def _short(text: str) -> str:
    return _short_text(text, _SHORT_CHARS)


class _Pricer:
    """Prices changes to one item at a time in O(1), from the score's sums."""

    def __init__(self, assessments: Sequence[Assessment], cfg: ScoringConfig) -> None:
        self.items = [
            ScoreItem(a.importance, a.kind, a.status, a.credit) for a in assessments
        ]
        self.cfg = cfg
        self.parts = score_parts(self.items, cfg)
        self.base = score_from_parts(self.parts, cfg)

    def gain(self, position: int, status: Status, credit: float) -> float:
        """Score points gained if item ``position`` became ``status``/``credit``."""
        old = self.items[position]
        if credit <= old.credit and status == old.status:
            return 0.0
        new = old._replace(status=status, credit=max(credit, old.credit))
        before, after = item_parts(old, self.cfg), item_parts(new, self.cfg)
        parts = ScoreParts(
            self.parts.earned - before.earned + after.earned,
            self.parts.possible - before.possible + after.possible,
            self.parts.gates - before.gates + after.gates,
        )
        return max(score_from_parts(parts, self.cfg) - self.base, 0.0)


def find_gaps(
    assessments: Sequence[Assessment],
    posting: Posting,
    resume_index: ResumeIndex,
    *,
    config: ScoringConfig,
) -> tuple[Gap, ...]:
    """List the missing and partly met qualifications, most important first.

    Args:
        assessments: One per qualification, as :func:`assess_qualifications`
            returned them.
        posting: The posting they were assessed against.
        resume_index: The resume index (kept for a stable signature).
        config: Scoring configuration (to price each gap).

    Returns:
        Gaps sorted required first, then by the score points they cost (most
        first), then by posting order. ``impact`` is the score gain if the item
        were fully met.
    """
    del posting, resume_index  # The assessments carry what a gap needs.
    pricer = _Pricer(assessments, config)
    gaps: list[tuple[tuple[int, float, int], Gap]] = []
    for position, a in enumerate(assessments):
        if a.status not in ("missing", "partial"):
            continue
        impact = pricer.gain(position, "met", 1.0)
        gap = Gap(
            qualification_id=a.qualification_id,
            importance=a.importance,
            status="missing" if a.status == "missing" else "partial",
            message=a.reason,
            impact=impact,
        )
        key = (0 if a.importance == "required" else 1, -round(impact, 4), position)
        gaps.append((key, gap))
    return tuple(g for _, g in sorted(gaps, key=lambda p: p[0]))


# ------------------------------------------------------------------------- suggestions


@dataclass(frozen=True)
class _Draft:
    kind: SuggestionKind
    message: str
    span: Span | None
    status: Status
    credit: float


_CREDENTIAL_KINDS = frozenset({"certification", "license", "clearance"})


def _asked_kind(q: Qualification) -> str:
    """What matching judged the item by: education, credential, language or skills.

    Follows the order of :func:`resumefit.matching.assess_qualification`, so a
    suggestion names what the item was assessed on, never a side skill (a
    "Bilingual (English/Spanish)" item is about languages, not Communication).
    """
    if (q.degree_level or q.degree_fields) and (
        q.kind == "education" or q.kind not in ("skill", "experience")
    ):
        return "education"
    if q.min_years or q.years_by_degree:
        return "years"
    if q.credentials or q.kind in _CREDENTIAL_KINDS:
        return "credential"
    if q.languages:
        return "language"
    return "skills"


def _names(q: Qualification) -> str:
    """The thing an item asks for, in words (never an empty string).

    Its degree, credentials, languages, years subject or skills, by what
    matching judged it on; else its own text.
    """
    kind = _asked_kind(q)
    if kind == "education":
        level = DEGREE_NAMES[q.degree_level] if q.degree_level else "a degree"
        fields = " or ".join(q.degree_fields)
        return f"{level} in {fields}" if fields else level
    if kind == "credential" and q.credentials:
        return ", ".join(q.credentials)
    if kind == "language":
        return " and ".join(q.languages)
    if kind == "years" and q.years_subject and q.years_subject.strip():
        return q.years_subject.strip()
    names = list(dict.fromkeys([m.name for m in q.skill_mentions] + list(q.skills)))
    names = [n for n in names if n.strip()]
    if names and kind in ("skills", "years"):
        return ", ".join(names)
    return f"'{_short(q.text)}'"


def _term_drafts(
    a: Assessment,
    q: Qualification,
    idx: ResumeIndex,
    skills: SkillGraph,
    cfg: ScoringConfig,
) -> list[_Draft]:
    """use_posting_term drafts: the resume says it in other words."""
    drafts: list[_Draft] = []
    implied = idx.implied_by(skills)
    mentions = q.skill_mentions if _asked_kind(q) in ("skills", "years") else ()
    for m in mentions:
        ev = idx.skills_by_id.get(m.skill_id)
        if ev is not None and ev.mentions:
            close, is_alias = alias_reading(ev, m.surface, m.name, cfg)
            if not close:
                said = ev.mentions[0]
                drafts.append(
                    _Draft(
                        "use_posting_term",
                        f"Your resume shows '{said.surface}', which is related to "
                        f"'{m.surface}' but not the same. If you have "
                        f"{m.surface} experience, show it in those words in a role "
                        "bullet; do not rename what you did.",
                        said.span,
                        "met",
                        min(a.credit / cfg.loose_alias_factor, 1.0)
                        if cfg.loose_alias_factor
                        else 1.0,
                    )
                )
                continue
            if not is_alias:
                continue
            said = close[0]
            drafts.append(
                _Draft(
                    "use_posting_term",
                    f"The posting says '{m.surface}'; your resume says "
                    f"'{said.surface}'. Use the posting's term there (for example "
                    f"'{m.surface} ({said.surface})') so screens that match words "
                    "find it.",
                    said.span,
                    "met",
                    min(a.credit / cfg.alias_factor, 1.0) if cfg.alias_factor else 1.0,
                )
            )
            continue
        near = idx.near_skill(m.name, cfg.fuzzy_cutoff)
        if near is not None and near[0] != m.skill_id:
            other = idx.skills_by_id[near[0]]
            drafts.append(
                _Draft(
                    "use_posting_term",
                    f"The posting says '{m.surface}'; your resume has "
                    f"'{other.name}'. If they are the same thing, use the "
                    "posting's term.",
                    other.mentions[0].span if other.mentions else None,
                    "met",
                    min(a.credit / cfg.fuzzy_factor, 1.0) if cfg.fuzzy_factor else 1.0,
                )
            )
            continue
        children = implied.get(m.skill_id, ())
        if children:
            child = idx.skills_by_id[children[0]]
            drafts.append(
                _Draft(
                    "use_posting_term",
                    f"Your resume shows {child.name}, which involves {m.name}. Name "
                    f"{m.name} explicitly where you used it.",
                    child.mentions[0].span if child.mentions else None,
                    "met",
                    min(a.credit / cfg.implied_factor, 1.0)
                    if cfg.implied_factor
                    else 1.0,
                )
            )
    if not drafts and a.match_kind == "fuzzy" and a.evidence and not mentions:
        cited = a.evidence[0]
        strength = evidence_strength(idx, cited.span[0], cfg)
        drafts.append(
            _Draft(
                "use_posting_term",
                "Your resume covers part of this in other words "
                f"('{_short(cited.text)}'). If accurate, use the posting's "
                f"wording: '{_short(q.text)}'.",
                cited.span,
                "met",
                strength * cfg.phrase_factor,
            )
        )
    return drafts


def _placement_draft(
    a: Assessment, q: Qualification, idx: ResumeIndex, cfg: ScoringConfig
) -> _Draft | None:
    """show_in_role / bring_forward: the best evidence is weak in where it sits."""
    if a.status != "met" or not a.evidence or a.match_kind in ("degree", "equivalent"):
        return None
    if a.kind in ("education", "certification", "license", "clearance", "language"):
        return None
    best = a.evidence[0]
    strength = evidence_strength(idx, best.span[0], cfg)
    if strength >= cfg.role_credit:
        return None
    upgraded = min(a.credit * cfg.role_credit / strength, 1.0) if strength else 1.0
    what = _names(q)
    if best.kind == "role" and best.role_index is not None:
        role = idx.resume.roles[best.role_index]
        if idx.role_intervals[best.role_index] is None:
            return None
        title = role.title or role.organization or "that entry"
        where = (
            f"{role.kind} work ('{title}')"
            if role.kind in _NONWORK_ROLE_KINDS
            else f"an older role ('{title}')"
        )
        return _Draft(
            "bring_forward",
            f"{what} appears only in {where}. If you still use it, bring it "
            "forward: mention it in your summary or in a recent role where you "
            "used it.",
            best.span,
            "met",
            upgraded,
        )
    where = (
        "your skills list"
        if best.kind == "skills_list"
        else "your "
        + ("summary" if best.kind == "summary" else "resume outside any dated role")
    )
    return _Draft(
        "show_in_role",
        f"{what} appears only in {where}. If you used it in a job, show it in a "
        "dated role bullet: what you did with it and the result.",
        best.span,
        "met",
        upgraded,
    )


def _duration_draft(a: Assessment, q: Qualification) -> _Draft | None:
    if a.status != "partial" or a.candidate_years is None or not a.evidence:
        return None
    need = q.min_years
    if q.years_by_degree and need is None:
        need = min(alt.min_years for alt in q.years_by_degree)
    if not need or a.candidate_years >= need:
        return None
    subject = q.years_subject or _names(q)
    return _Draft(
        "state_duration",
        f"The posting asks {format_years(need)}+ years of {subject}; your resume "
        f"shows about {format_years(a.candidate_years)}. If you have more, state the "
        "dates or durations explicitly (earlier roles, projects or freelance work "
        "where you did it).",
        a.evidence[0].span,
        "met",
        1.0,
    )


def _related(
    q: Qualification, idx: ResumeIndex, skills: SkillGraph
) -> tuple[str, Span] | None:
    """A skill the resume shows that is close to one the item asks for."""
    if _asked_kind(q) not in ("skills", "years"):
        return None
    for m in q.skill_mentions:
        parents = idx.parents(skills, m.skill_id)
        if not parents:
            continue
        for skill_id in sorted(idx.skills_by_id):
            if skill_id == m.skill_id:
                continue
            ev = idx.skills_by_id[skill_id]
            if not ev.mentions:
                continue
            if skill_id in parents or parents & idx.parents(skills, skill_id):
                return ev.name, ev.mentions[0].span
    return None


def _missing_draft(
    a: Assessment, q: Qualification, idx: ResumeIndex, skills: SkillGraph
) -> _Draft:
    what = _names(q)
    related = _related(q, idx, skills)
    if a.kind == "soft_skill":
        advice = (
            "If it is true of you, show it through a concrete example in a role "
            "bullet rather than the bare word."
        )
    elif related is not None:
        advice = (
            f"Do not claim it. Your resume does show {related[0]}, which is related:"
            " make that visible, and if you are learning it, say so with dates."
        )
    else:
        advice = (
            "Do not claim it. If you are working toward it (a course, certificate "
            "or project), say so with dates; otherwise expect it to count against you."
        )
    if a.importance == "required":
        return _Draft(
            "missing_required",
            f"Required and not shown: {what}. {advice}",
            related[1] if related else None,
            "met",
            1.0,
        )
    return _Draft(
        "missing_preferred",
        f"Preferred and not shown: {what}. {advice}",
        related[1] if related else None,
        "met",
        1.0,
    )


def suggest_tailoring(
    assessments: Sequence[Assessment],
    posting: Posting,
    resume_index: ResumeIndex,
    *,
    skills: SkillGraph,
    config: ScoringConfig,
) -> tuple[Suggestion, ...]:
    """Suggest truthful edits that would raise the score, biggest gain first.

    Never suggests adding a skill the resume gives no evidence of: for a missing
    item it says so plainly and points to gaining it or to a related skill shown.

    Args:
        assessments: One per qualification, in posting order.
        posting: The posting (for its qualifications' terms and years).
        resume_index: The resume index (for spans and skill evidence).
        skills: The skill lexicon (for related skills).
        config: Scoring configuration (to estimate each gain).

    Returns:
        Suggestions sorted by impact (score points, highest first), then by the
        qualification's posting order, then by kind.
    """
    cfg = config
    by_id = {q.id: q for q in posting.qualifications}
    pricer = _Pricer(assessments, cfg)
    ranked: list[tuple[tuple[float, int, int], Suggestion]] = []
    text = resume_index.resume.text
    for position, a in enumerate(assessments):
        q = by_id.get(a.qualification_id)
        if q is None or a.status == "unknown":
            continue
        drafts: list[_Draft] = []
        if a.status == "missing":
            drafts.append(_missing_draft(a, q, resume_index, skills))
        else:
            drafts.extend(_term_drafts(a, q, resume_index, skills, cfg))
            duration = _duration_draft(a, q)
            if duration is not None:
                drafts.append(duration)
            placement = _placement_draft(a, q, resume_index, cfg)
            if placement is not None:
                drafts.append(placement)
        seen: set[SuggestionKind] = set()
        for draft in drafts:
            if draft.kind in seen:
                continue
            seen.add(draft.kind)
            impact = round(pricer.gain(position, draft.status, draft.credit), 4)
            if impact <= 0 and draft.kind in _OPTIONAL_KINDS:
                continue  # e.g. an alias of one option in an "X or Y" item already met
            suggestion = Suggestion(
                qualification_id=a.qualification_id,
                kind=draft.kind,
                message=draft.message,
                resume_span=draft.span,
                resume_text=text[draft.span[0] : draft.span[1]] if draft.span else None,
                impact=impact,
            )
            ranked.append(((-impact, position, _KIND_ORDER[draft.kind]), suggestion))
    return tuple(s for _, s in sorted(ranked, key=lambda p: p[0]))
