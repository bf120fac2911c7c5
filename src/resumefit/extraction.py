"""Stage 2: find qualifications in a posting and the same vocabulary in a resume.

resumefit's extractors (the skill lexicon's character trie, the years / degree /
credential / language rules, the importance classifier) all read the document's
text. A blank spaCy pipeline would only tokenize, and no extractor reads tokens, so
by default no spaCy pass runs (it would double the cost of a posting and add 0.6 s
of start-up). When the caller chooses a pipeline (``Analyzer(nlp="en_core_web_sm")``
or a ``Language``), each document goes through it exactly once and the lexicon
reads that ``Doc``. Only this module and :mod:`resumefit._nlp` touch spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from resumefit._negation import denied
from resumefit.schema import (
    DEGREE_ORDER,
    CredentialEntry,
    DegreeLevel,
    DegreeYears,
    EducationEntry,
    LanguageEntry,
    Posting,
    PostingSectionKind,
    Qualification,
    Resume,
    SkillEvidence,
    SkillMention,
    Span,
    YearsRequirement,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from resumefit._importance import ImportanceModel
    from resumefit._vocab import YearsInfo
    from resumefit.lexicon import Lexicon

__all__ = ["extract_posting", "extract_resume"]


def _mentions_in(
    mentions: Sequence[SkillMention], starts: list[int], span: Span
) -> list[SkillMention]:
    """Mentions lying wholly inside ``span`` (``starts`` is sorted mention starts)."""
    lo = bisect.bisect_left(starts, span[0])
    hi = bisect.bisect_left(starts, span[1])
    return [m for m in mentions[lo:hi] if m.span[1] <= span[1]]


def _skill_mentions(
    text: str, *, nlp: Language | None, lexicon: Lexicon, doc: Doc | None
) -> list[SkillMention]:
    """Lexicon mentions by offset; one pipeline pass when a pipeline was chosen."""
    if doc is None and nlp is not None:
        doc = nlp(text)
    found = (
        lexicon.find_skills(doc)
        if doc is not None
        else lexicon.find_skills_in_text(text)
    )
    return sorted(found, key=lambda m: m.span)


# A line holding contact details: e-mail, web address or phone number.
_CONTACT_LINE = re.compile(
    r"@|https?://|www\.|\b[\w-]+\.(?:com|org|net|io|dev|me)\b|\+?\d[\d ().-]{7,}\d"
)


def _not_evidence(resume: Resume) -> list[Span]:
    """Spans whose skill mentions are not claims: name line, contact lines, headings.

    "Jane Doe" is not evidence of Design of Experiments ("DOE"), nor
    "https://…" of HTTP, nor a "Technical Skills" heading of anything.
    """
    text = resume.text
    spans: list[Span] = [s.heading_span for s in resume.sections if s.heading_span]
    first = True
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():
            if first or _CONTACT_LINE.search(line):
                spans.append((offset, end))
            first = False
        offset = end + 1
    return sorted(spans)


_OR_BETWEEN = re.compile(r"\bor\b|/", re.IGNORECASE)


def _years_requirements(
    years: YearsInfo | None, start: int, item: str
) -> tuple[tuple[YearsRequirement, ...], bool]:
    """Each years figure with its clause; whether they are 'or' alternatives.

    Degree-dependent figures ("BS with 5 years or MS with 3") are handled by
    ``years_by_degree`` instead, and a single figure needs no list.
    """
    if years is None or years.by_degree or len(years.figures) < 2:
        return (), False
    figures = years.figures
    cuts = [0, *(f.span[0] for f in figures[1:]), len(item)]
    requirements = tuple(
        YearsRequirement(
            min_years=f.min_years,
            max_years=f.max_years,
            subject=f.subject,
            span=(start + cuts[i], start + cuts[i + 1]),
        )
        for i, f in enumerate(figures)
    )
    # "6 years of relevant experience or 4 years of X": the words just before a
    # later figure say whether it is an alternative.
    alternatives = any(
        _OR_BETWEEN.search(
            item[max(cuts[i + 1] - 12, figures[i].span[1]) : cuts[i + 1]]
        )
        for i in range(len(figures) - 1)
    )
    return requirements, alternatives


def _section_kind(posting: Posting, offset: int) -> PostingSectionKind | None:
    for section in posting.sections:
        start = section.heading_span[0] if section.heading_span else section.span[0]
        if start <= offset < max(section.span[1], start + 1):
            return section.kind
    return None


def _unique(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def extract_posting(
    posting: Posting,
    *,
    lexicon: Lexicon,
    nlp: Language | None = None,
    doc: Doc | None = None,
    importance_model: ImportanceModel | None = None,
) -> Posting:
    """Return ``posting`` with its qualifications found, in document order.

    Args:
        posting: A posting with sections and items (from ``parse_posting_structure``).
        lexicon: The skill lexicon.
        nlp: A spaCy pipeline chosen by the caller, run once; ``None`` runs none.
        doc: The pipeline's output for ``posting.text``, if already computed.
        importance_model: The required/preferred classifier; ``None`` uses the
            shipped one.

    Returns:
        A new ``Posting`` whose ``qualifications`` are filled.
    """
    from resumefit import _vocab
    from resumefit._importance import select_qualifications
    from resumefit._phrases import find_skill_phrases, merge_mentions

    text = posting.text
    mentions = _skill_mentions(text, nlp=nlp, lexicon=lexicon, doc=doc)
    starts = [m.span[0] for m in mentions]
    decisions = select_qualifications(
        text, posting.sections, model=importance_model or "default"
    )
    qualifications: list[Qualification] = []
    for number, decision in enumerate(decisions, start=1):
        start, end = decision.span
        item = text[start:end]
        inside = _mentions_in(mentions, starts, decision.span)
        hard = [m for m in inside if not m.is_soft]
        soft = [m for m in inside if m.is_soft]
        # Skills the lexicon does not know, named by the posting's own phrasing
        # ("Analysis: ability to …", "knowledge of AV setups"); on overlap the
        # longer mention is kept, so "data security" survives beside "security".
        named = merge_mentions(
            inside,
            find_skill_phrases(text, span=decision.span, lexicon=lexicon),
            keep_longer=True,
        )
        years = _vocab.parse_years(item)
        degrees = _vocab.find_degrees(item)
        credentials = _vocab.find_credentials(item)
        languages = _vocab.find_languages(item)
        kind = _vocab.classify_kind(
            item, skill_count=len(hard), soft_skill_count=len(soft)
        )
        requirements, alternatives = _years_requirements(years, start, item)
        level: DegreeLevel | None = None
        if degrees:
            # "Bachelor's or Master's": the lowest level named is what qualifies.
            level = min(degrees, key=lambda d: DEGREE_ORDER[d.level]).level
        qualifications.append(
            Qualification(
                id=f"q{number}",
                text=item,
                span=decision.span,
                section=_section_kind(posting, start),
                importance=decision.importance,
                importance_source=decision.source,
                kind=kind,
                min_years=years.min_years if years else None,
                max_years=years.max_years if years else None,
                years_subject=years.subject if years else None,
                years_requirements=requirements,
                years_are_alternatives=alternatives,
                years_by_degree=tuple(
                    DegreeYears(level=lv, min_years=yrs)
                    for lv, yrs in (years.by_degree if years else ())
                ),
                skills=_unique([m.name for m in named]),
                skill_mentions=tuple(named),
                degree_level=level,
                degree_fields=_unique([f for d in degrees for f in d.fields]),
                accepts_related_field=any(d.accepts_related_field for d in degrees),
                accepts_equivalent_experience=any(
                    d.accepts_equivalent_experience for d in degrees
                ),
                credentials=_unique([c.name for c in credentials]),
                languages=_unique([name for name, _ in languages]),
            )
        )
    return posting.model_copy(update={"qualifications": tuple(qualifications)})


def extract_resume(
    resume: Resume,
    *,
    lexicon: Lexicon,
    nlp: Language | None = None,
    doc: Doc | None = None,
) -> Resume:
    """Return ``resume`` with skills, credentials, languages and degree levels found.

    Args:
        resume: A resume with sections and roles (from ``parse_resume_structure``).
        lexicon: The skill lexicon.
        nlp: A spaCy pipeline chosen by the caller, run once; ``None`` runs none.
        doc: The pipeline's output for ``resume.text``, if already computed.

    Returns:
        A new ``Resume`` with ``skills``, ``credentials``, ``languages`` filled and
        education levels completed.
    """
    from resumefit import _vocab

    text = resume.text
    excluded = _not_evidence(resume)
    mentions = [
        m
        for m in _skill_mentions(text, nlp=nlp, lexicon=lexicon, doc=doc)
        if not any(s <= m.span[0] and m.span[1] <= e for s, e in excluded)
        and not denied(text, *m.span)
    ]
    role_spans = [role.span for role in resume.roles]
    skills_sections = [s.span for s in resume.sections if s.kind == "skills"]

    grouped: dict[str, list[SkillMention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.skill_id, []).append(mention)
    evidence: list[SkillEvidence] = []
    for skill_id, found in grouped.items():
        in_roles = sorted(
            {
                index
                for m in found
                for index, (rs, re_) in enumerate(role_spans)
                if rs <= m.span[0] and m.span[1] <= re_
            }
        )
        in_skills = any(
            ss <= m.span[0] < se for m in found for ss, se in skills_sections
        )
        evidence.append(
            SkillEvidence(
                skill_id=skill_id,
                name=found[0].name,
                mentions=tuple(found),
                in_roles=tuple(in_roles),
                in_skills_section=in_skills,
            )
        )
    evidence.sort(key=lambda ev: (ev.mentions[0].span, ev.skill_id))

    credentials = tuple(
        CredentialEntry(kind=c.kind, name=c.name, span=c.span)
        for c in _vocab.find_credentials(text)
    )
    languages = tuple(
        LanguageEntry(name=name, span=span)
        for name, span in _vocab.find_languages(text)
    )
    education = tuple(_complete_education(entry, text) for entry in resume.education)
    if not education:
        # No education section found: fall back to degrees stated anywhere.
        education = tuple(
            EducationEntry(
                degree=d.surface, level=d.level, fields=d.fields, span=d.span
            )
            for d in _vocab.find_degrees(text)
        )
    return resume.model_copy(
        update={
            "skills": tuple(evidence),
            "credentials": credentials,
            "languages": languages,
            "education": education,
        }
    )


def _complete_education(entry: EducationEntry, text: str) -> EducationEntry:
    if entry.level is not None:
        return entry
    from resumefit import _vocab

    start, end = entry.span
    degrees = _vocab.find_degrees(text[start:end])
    if not degrees:
        return entry
    best = max(degrees, key=lambda d: DEGREE_ORDER[d.level])
    return entry.model_copy(
        update={
            "level": best.level,
            "degree": entry.degree or best.surface,
            "fields": entry.fields or best.fields,
        }
    )
