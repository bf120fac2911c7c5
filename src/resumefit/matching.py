"""Stage 3: judge each posting qualification against a resume, citing evidence.

Pure functions over :mod:`resumefit.schema` models: no spaCy, no files, no
randomness. A resume is indexed once (:func:`index_resume`) and the index is
reused for every posting it is compared with, which is what makes ranking one
resume against a thousand postings fast.

How each kind of qualification is judged:

- **Skills** by canonical lexicon id (aliases were resolved when the documents
  were parsed). A skill used in a recent dated role earns full credit; one named
  in an old role, in volunteer or project work, in a summary, or only in a skills
  list earns less (see :class:`~resumefit.config.ScoringConfig`). A resume that
  calls it by another name (an alias) or by a near name (rapidfuzz ``ratio``)
  still matches, with lower confidence. The posting's own term written
  verbatim where resume extraction did not tag it counts too (phrase
  confidence). A broader skill implied by a more specific one the resume shows
  (PostgreSQL implies SQL) is *partial*.
- **Years** are computed from the dated roles that evidence the skill or field,
  with overlapping roles merged (never double-counted) and "Present" meaning
  ``as_of``. A role evidences a subject when (a) its bullets name the skill or
  write the subject, (b) it uses a more specific skill the lexicon says implies
  it (Django, FastAPI, pandas imply Python), or (c) its title relates to the
  subject: all the subject's word roots are in the title ("Paramedic" and
  "Paramedics", "Nursing" and "Registered Nurse"), or they share a word and the
  subject's other words are occupation nouns ("software development" and
  "Software Engineer", "data analysis" and "Data Analyst"; not for a job
  title: a "Network Analyst" is not a "Network Engineer"), or, for titles of
  several words, they are spelled alike once run together (rapidfuzz
  ``partial_ratio``: "Farm worker" and "Farmworkers"). Sharing only an
  occupation noun ("Engineer") is no relation; roles carrying the whole subject
  are used when there are any, read as specifically as the posting allows
  ("as a Cloud Network Engineer" does not count every network engineer role;
  "Senior Staff Engineer" keeps its seniority words, being otherwise just
  "Engineer"; for a job title, bullets mentioning it in other roles count
  only when no role carries the title).
  Title-only years have lower confidence (``confidence_title``). "X or Y"
  subjects count either alternative; an "as a <job title>" item is read from
  roles with that title first (its skill used in other jobs is only partial).
  A subject meaning experience in general ("professional experience") counts
  all work.
  When no dated role relates to a field ("software development"), the item is
  *partial* at a low credit (``unmatched_subject_factor``) on total experience
  if the resume has dated roles; time in a named job ("2 years as a
  Paramedic") that no role relates to, or a tool nothing shows, is *missing*
  (a recruiter screens on it). Volunteer, internship and project time counts;
  the assessment says when it was needed (``uses_nonwork_experience``). Too few
  years is *partial*. Evidence is the role header lines.
- **Degrees** compare ordinally (a master's meets a bachelor's requirement),
  then by field ("or related field" accepted when the posting says so); "or
  equivalent experience" lets experience stand in, said as such.
- **Certifications, licenses, clearances, languages** are met when the resume
  states them, missing otherwise ("able to obtain" wording makes them unknown).
- **Work authorization** and other things a resume cannot show (travel,
  relocation, lifting, background checks…) are *unknown*, never met.
- **Soft skills** are met only when the resume names them (or their words);
  otherwise missing, at a lower weight and never a gate (``low_weight_kinds``).
  The same holds for "other" items (general traits).
- Items naming no lexicon skill fall back to their key phrase written verbatim
  in the resume, then to word overlap, both at lower confidence. An item with
  no content words to look for ("must have it all") is unknown.
- A lexicon alias that shares no word with the posting's term and is not an
  abbreviation of it ("Desktop Support" filed under "Customer Service"), or
  looks like it only by filler words ("networking skills" and "teamwork
  skills"), is a *loose alias*: partial, never met. Two different lexicon
  skills only match by name when punctuation, digits or spacing alone tell
  them apart.

Every met or partial assessment cites at least one resume span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from resumefit._negation import denied
from resumefit.config import ScoringConfig
from resumefit.schema import (
    DEGREE_ORDER,
    Assessment,
    EducationEntry,
    Evidence,
    PartialDate,
    Posting,
    Qualification,
    Resume,
    ResumeSectionKind,
    Role,
    SkillEvidence,
    SkillMention,
    Span,
)

__all__ = [
    "ResumeIndex",
    "SkillGraph",
    "assess_qualification",
    "assess_qualifications",
    "evidence_strength",
    "format_years",
    "index_resume",
    "is_loose_alias",
    "merged_years",
]

MatchKind = Literal[
    "exact", "alias", "fuzzy", "implied", "degree", "years", "equivalent", "none"
]
EvidenceKind = Literal[
    "role", "skills_list", "education", "credential", "summary", "other"
]
_HitStatus = Literal["met", "partial", "missing"]

#: Days in an average year, for turning date intervals into years.
DAYS_PER_YEAR = 365.25
#: Words are compared by their first characters: "analysis" ~ "analyze",
#: "managed" ~ "management". Crude, but deterministic and fast.
STEM_CHARS = 5
#: A year-only end date equal to the start year ("2020 - 2020") is read as mid-year.
_MID_YEAR_MONTH = 7
#: Longest head phrase ("Customer Service: …") taken as an item's key phrase.
_MAX_HEAD_CHARS = 60
_MAX_PHRASE_WORDS = 6
_MIN_PHRASE_CHARS = 3
#: All-caps names this short (RN, PMP, CPA) are matched case-exactly.
_MAX_ACRONYM_CHARS = 4
#: Shortest skill name looked for verbatim ("Go", "R" are too common); all-caps
#: acronyms from two letters (ML, QA) are matched case-exactly.
_MIN_SEARCH_CHARS = 4
_MIN_ACRONYM_SEARCH_CHARS = 2
#: Mentions before an offset checked for overlap (mentions rarely nest deeper).
_MENTION_LOOKBACK = 8
_DECEMBER = 12


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TOKEN_RE = re.compile(r"[a-z0-9][a-z0-9+#]*")
_NON_LETTERS_RE = re.compile(r"[^a-z]+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_UPPER_RE = re.compile(r"[A-Z]")
#: Upper-case technical terms a lexicon may not know (IGMP, DHCP, HIPAA).
_ACRONYM_RE = re.compile(r"(?<![\w/.+#-])[A-Z][A-Z0-9]{2,7}(?![\w/+#-])")
_NOT_SKILL_ACRONYMS = _words(
    "AND THE FOR WITH YOU YOUR OUR NOT ALL ANY MUST PLUS USA EEO ADA PTO FAQ CEO "
    "CTO CFO COO LLC INC ETC ASAP TBD NOTE YEAR YEARS MBA PHD GED BSC MSC "
    "DOE EOE WFH"
)
#: An item mostly in capitals is a heading, not a list of acronyms.
_MAX_UPPER_SHARE = 0.5
_SPACE_RE = re.compile(r"\s+")
_LEAD_IN_RE = re.compile(
    r"^(?:(?:a|an|the|strong|solid|excellent|proven|demonstrated|good|deep|"
    r"working|hands-on|practical|basic|advanced|extensive|some|prior|previous)\s+)*"
    r"(?:experience|knowledge|understanding|proficiency|familiarity|expertise|"
    r"background|skills?|competence|fluency|ability)\s+"
    r"(?:in|with|of|using|to|on|at)\s+",
)
_AS_TITLE_RE = re.compile(
    r"\bas an? ([^.;,()\n]+?)"
    r"(?=\s+(?:for|with|in|at|or|and|who|is|are|to|within|where)\b|[.;,()\n]|$)"
)
_PHRASE_STOP_RE = re.compile(r"[,.;:()\[\]!?]|\s(?:and|or|to|for|including)\s")
_OR_RE = re.compile(
    r"\b(?:or|such as|e\.g|like|one of|any of|at least one|one or more|either)\b"
)
_OBTAIN_RE = re.compile(
    r"\b(?:obtain|eligib\w*|able to (?:get|acquire|pass)|willing(?:ness)? to"
    r"|within \w+ (?:months?|days|years?))\b"
)
_UNJUDGEABLE_RE = re.compile(
    r"\b(?:authori[sz]\w*|sponsor\w*|visas?|citizen\w*|right to work|"
    r"background (?:check|screen)\w*|drug (?:test|screen)\w*|relocat\w*|travel\w*|"
    r"lift\w*|pounds|lbs|stand(?:ing)? for|weekends?|evenings?|overtime|on-call|"
    r"on call|shifts?|transportation|physical\w*|vaccinat\w*|commute)\b"
)
#: Degree levels in words, with their article.
DEGREE_NAMES = {
    "high_school": "a high-school diploma",
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "doctorate": "a doctorate",
}
_NONWORK_ROLE_KINDS = frozenset({"volunteer", "project", "internship"})


# Stop words: common English plus the boilerplate every posting uses, so that the
# word-overlap fallback compares what an item is actually about.
_STOP_WORDS = _words(
    """
    a an the and or but nor of in on at to for from by with without within into onto
    as is are be been being was were will would can could should must may might shall
    do does did done have has had having this that these those it its we you your our
    their they them he she his her who whom which what when where why how all any
    each every both either some such no not only own same so than too very just also
    well more most other others etc e g eg ie i.e via per plus able ability abilities
    experience experienced experiences years year yrs yr months month knowledge
    knowledgeable skill skills skilled strong solid excellent good great proven
    demonstrated deep working work works familiarity familiar understanding
    proficiency proficient expertise expert background required requirement
    requirements require requires preferred preference prefer desired desirable
    ideal ideally bonus nice including include includes related relevant least
    minimum min maximum max candidate candidates applicant role position job team
    using use used new high level highly hands demonstrable equivalent similar
    environment environments degree field one two three four five six seven eight
    nine ten
    """
)
_STOP_STEMS = frozenset(w[:STEM_CHARS] for w in _STOP_WORDS if len(w) > STEM_CHARS)

#: Words that make a years subject mean "experience in general".
_GENERIC_SUBJECT_WORDS = _words(
    """
    professional industry work working relevant related overall total combined
    full time full-time post graduate postgraduate paid practical hands-on prior
    previous progressive progressively responsible similar general business
    corporate career employment commercial previously direct recent proven
    demonstrated extensive solid significant substantial
    """
)

#: Suffixes cut to compare title words: "nursing"/"nurse", "porters"/"porter".
_ROOT_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ists", "ist", "ers", "er",
    "ors", "or", "ies", "ics", "ic", "es", "s", "e", "al", "y",
)  # fmt: skip
_MIN_ROOT_CHARS = 4
#: Title words that say nothing about the field: seniority and filler.
_TITLE_RANK = _words(
    """
    senior sr junior jr lead principal staff chief head trainee intern apprentice
    i ii iii iv v vi level entry mid
    """
)
_TITLE_NOISE = _TITLE_RANK | _words(
    """
    worker workers area areas role roles position positions setting settings field
    fields domain duties duty other others miscellaneous capacity type focused
    oriented based driven dedicated specific specialized
    """
)
_TITLE_NOISE_ROOTS = _words("work posit")
#: Occupation nouns: sharing only one of these does not relate two titles
#: ("Cloud Network Engineer" and "SW Engineer - Embedded Control Plane").
_OCCUPATION_ROOTS = _words(
    "engin devel analy manag speci techn offic coord consu admin opera assis "
    "assoc direc super repre clerk agent archi desig progr scien"
)
_SUBJECT_OR_RE = re.compile(r"\s+or\s+|\s+and/or\s+", re.IGNORECASE)
#: What follows a skill in a years subject: "Go in production", "SQL for reports".
_PART_TAIL_RE = re.compile(r"\s+(?:in|for|with|on|at|using|to|as)\s+", re.IGNORECASE)
#: A title written in capitals up to its first lower-case word.
_CAPITALISED_RE = re.compile(r"(?:[A-Z][\w/&.+#-]*+\s*)+(?=\s[a-z])")
_MAX_TITLES_NAMED = 3
#: Near-spelling title matches need a subject of two words and eight letters.
_MIN_FUZZY_TITLE_WORDS = 2
_MIN_FUZZY_TITLE_CHARS = 8
_MIN_OR_PARTS = 2

#: Fields of study close enough to count as "related" to each other.
_RELATED_FIELD_GROUPS: tuple[frozenset[str], ...] = (
    _words(
        "compu softw infor data mathe stati physi elect engin opera appli cyber "
        "devel progr web netwo secur cloud syste"
    ),
    _words("busin manag finan accou econo marke admin"),
    _words("biolo chemi bioch medic nursi healt pharm"),
    _words("commu journ engli media marke publi digit socia brand adver growt seo"),
    _words("human resou recru talen payro peopl"),
)


class SkillGraph(Protocol):
    """What matching needs from a skill lexicon (``resumefit.lexicon.Lexicon``)."""

    def get(self, skill_id: str) -> Any | None:
        """Return the term with this id (``.id``, ``.name``, ``.aliases``)."""

    def lookup(self, name: str) -> Any | None:
        """Return the term whose name or alias is ``name``, if any."""

    def parents(self, skill_id: str) -> tuple[str, ...]:
        """Return the ids of the broader skills it implies, transitively."""

    def nearest(
        self, name: str, *, score_cutoff: float = 0.85, limit: int = 3
    ) -> list[tuple[Any, float]]:
        """Return terms with names near ``name``, best first."""


# --------------------------------------------------------------------------- text


def _stems(text: str) -> list[str]:
    """Lower-case word stems of ``text`` minus stop words, in order, unique."""
    seen: dict[str, None] = {}
    for token in _TOKEN_RE.findall(text.lower()):
        if token in _STOP_WORDS:
            continue
        stem = token[:STEM_CHARS]
        if stem in _STOP_STEMS:
            continue
        seen.setdefault(stem, None)
    return list(seen)


def _short(text: str, limit: int = _MAX_HEAD_CHARS) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis."""
    flat = _SPACE_RE.sub(" ", text.strip())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


def _norm(text: str) -> str:
    return _SPACE_RE.sub(" ", text.strip().lower())


def _find_phrase(haystack: str, phrase: str) -> list[int]:
    """Start offsets of ``phrase`` in ``haystack`` at word boundaries."""
    found: list[int] = []
    start = haystack.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = haystack[start - 1] if start > 0 else " "
        after = haystack[end] if end < len(haystack) else " "
        if not before.isalnum() and not after.isalnum():
            found.append(start)
        start = haystack.find(phrase, start + 1)
    return found


def format_years(value: float) -> str:
    """Format a number of years for people: ``3.0 -> '3'``, ``2.25 -> '2.3'``.

    Args:
        value: Years.

    Returns:
        The number with at most one decimal and no trailing ``.0``.

    Example:
        >>> format_years(4.0), format_years(2.4166)
        ('4', '2.4')
    """
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _n_years(value: float) -> str:
    """'1 year', '2.5 years'."""
    text = format_years(value)
    return f"{text} year" if text == "1" else f"{text} years"


# --------------------------------------------------------------------------- dates


def _start_date(value: PartialDate) -> date:
    return date(value.year, value.month or 1, 1)


def _end_date(value: PartialDate, start: date) -> date:
    if value.month is not None:
        # An end month is inclusive: "Mar 2020" ends on the first of April.
        if value.month == _DECEMBER:
            return date(value.year + 1, 1, 1)
        return date(value.year, value.month + 1, 1)
    end = date(value.year, 1, 1)
    if end <= start:
        # "2020 - 2020": some time within that year; count it as ending mid-year.
        end = date(value.year, _MID_YEAR_MONTH, 1)
    return end


def _role_interval(role: Role, as_of: date) -> tuple[date, date] | None:
    """The dates a role covers, clipped to ``as_of``; None when undated."""
    if role.start is None:
        return None
    start = _start_date(role.start)
    if role.is_current:
        end = as_of
    elif role.end is not None:
        end = _end_date(role.end, start)
    else:
        return None
    end = min(end, as_of)
    if end <= start:
        return None
    return start, end


def merged_years(intervals: Iterable[tuple[date, date]]) -> float:
    """Total years covered by date intervals, overlaps merged (never double-counted).

    Args:
        intervals: ``(start, end)`` pairs; empty or reversed ones count zero.

    Returns:
        Years, as days / 365.25.

    Example:
        >>> merged_years([(date(2018, 1, 1), date(2020, 1, 1)),
        ...               (date(2019, 1, 1), date(2021, 1, 1))])
        3.0
    """
    ordered = sorted((s, e) for s, e in intervals if e > s)
    total = timedelta(0)
    current: tuple[date, date] | None = None
    for start, end in ordered:
        if current is None:
            current = (start, end)
        elif start <= current[1]:
            current = (current[0], max(current[1], end))
        else:
            total += current[1] - current[0]
            current = (start, end)
    if current is not None:
        total += current[1] - current[0]
    return round(total.days / DAYS_PER_YEAR, 2)


# --------------------------------------------------------------------------- index


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    role_index: int | None
    section: ResumeSectionKind | None


@dataclass
class ResumeIndex:
    """Everything matching needs about one resume, computed once.

    Build it with :func:`index_resume` and reuse it for every posting. Caches
    filled on demand (near-name lookups, implied skills) live here too, so a
    resume compared with 1,000 postings does that work once per skill name.

    Attributes:
        resume: The indexed resume.
        as_of: The date "Present" means.
        text_lower: ``resume.text`` lower-cased (same offsets).
        skills_by_id: Skill evidence keyed by lexicon id.
        role_intervals: Per role, its ``(start, end)`` dates, or None if undated.
        role_years_ago: Per role, years since it ended (0 for current roles).
        best_level: Highest degree rank (``DEGREE_ORDER``), 0 when none.
    """

    resume: Resume
    as_of: date
    text_lower: str
    skills_by_id: dict[str, SkillEvidence]
    role_intervals: tuple[tuple[date, date] | None, ...]
    role_years_ago: tuple[float, ...]
    best_level: int
    lines: tuple[_Line, ...]
    line_starts: tuple[int, ...]
    #: Places words are compared: each role, then each line outside roles.
    units: tuple[tuple[int | None, tuple[int, ...]], ...]
    stem_units: dict[str, tuple[int, ...]]
    line_stems: tuple[frozenset[str], ...]
    skill_names: tuple[tuple[str, str], ...]
    #: Per role, the roots of its title words (:func:`_title_roots`).
    role_title_roots: tuple[frozenset[str], ...] = ()
    #: The same with seniority words kept ("Staff Engineer").
    role_title_ranked: tuple[frozenset[str], ...] = ()
    #: Per role, its title's content words run together (:func:`_title_letters`).
    role_title_letters: tuple[str, ...] = ()
    #: Per role, the stems of its text below the header line(s).
    role_body_stems: tuple[frozenset[str], ...] = ()
    #: Per role, that text lower-cased with runs of whitespace made one space.
    role_body_text: tuple[str, ...] = ()
    _fuzzy_cache: dict[tuple[str, float], tuple[str, float] | None] = field(
        default_factory=dict, repr=False
    )
    _implied_cache: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = field(
        default_factory=dict, repr=False
    )
    _parents_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _parents_graph: list[object] = field(default_factory=list, repr=False)
    _nearest_cache: dict[tuple[str, float], tuple[str, ...]] = field(
        default_factory=dict, repr=False
    )
    _mention_spans: list[tuple[Span, str]] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------------ lookups
    def tagged_as(self, start: int, end: int) -> list[str]:
        """Names of the resume skill mentions overlapping ``[start, end)``."""
        if not self._mention_spans:
            self._mention_spans.extend(
                sorted((m.span, s.name) for s in self.resume.skills for m in s.mentions)
            )
        spans = self._mention_spans
        i = bisect.bisect_left(spans, ((start, -1), ""))
        found = [
            name
            for (_, e), name in spans[max(i - _MENTION_LOOKBACK, 0) : i]
            if e > start
        ]
        for (s, _), name in spans[i:]:
            if s >= end:
                break
            found.append(name)
        return found

    def line_at(self, offset: int) -> int:
        """Index of the line containing ``offset``."""
        return max(bisect.bisect_right(self.line_starts, offset) - 1, 0)

    def in_role_header(self, offset: int) -> bool:
        """True when ``offset`` is inside a role's title/organisation line(s)."""
        role = self.lines[self.line_at(offset)].role_index
        if role is None:
            return False
        start, end = self.resume.roles[role].header_span
        return start <= offset < end

    def implied_by(self, skills: SkillGraph) -> dict[str, tuple[str, ...]]:
        """Map a broader skill id to the resume's skill ids that imply it."""
        cached = self._implied_cache.get(id(skills))
        if cached is not None and cached[0] is skills:
            return cached[1]
        implied: dict[str, list[str]] = {}
        for skill_id in sorted(self.skills_by_id):
            for parent in skills.parents(skill_id):
                if parent != skill_id:
                    implied.setdefault(parent, []).append(skill_id)
        result = {k: tuple(v) for k, v in implied.items()}
        self._implied_cache[id(skills)] = (skills, result)
        return result

    def parents(self, skills: SkillGraph, skill_id: str) -> frozenset[str]:
        """``skills.parents(skill_id)`` as a set, cached for this graph."""
        if not self._parents_graph or self._parents_graph[0] is not skills:
            self._parents_graph[:] = [skills]
            self._parents_cache.clear()
            self._nearest_cache.clear()
        found = self._parents_cache.get(skill_id)
        if found is None:
            found = frozenset(skills.parents(skill_id))
            self._parents_cache[skill_id] = found
        return found

    def nearest_ids(
        self, skills: SkillGraph, name: str, cutoff: float
    ) -> tuple[str, ...]:
        """Ids of lexicon terms near ``name`` (``skills.nearest``), cached."""
        self.parents(skills, "")  # resets the caches when the graph changes
        key = (name.lower(), cutoff)
        found = self._nearest_cache.get(key)
        if found is None:
            found = tuple(
                str(term.id) for term, _ in skills.nearest(name, score_cutoff=cutoff)
            )
            self._nearest_cache[key] = found
        return found

    def near_skill(self, name: str, cutoff: float) -> tuple[str, float] | None:
        """The resume skill whose name is nearest ``name`` (ratio >= cutoff)."""
        key = (name.lower(), cutoff)
        if key in self._fuzzy_cache:
            return self._fuzzy_cache[key]
        found: tuple[str, float] | None = None
        if self.skill_names:
            from rapidfuzz import fuzz, process

            best = process.extractOne(
                key[0],
                [n for n, _ in self.skill_names],
                scorer=fuzz.ratio,
                score_cutoff=cutoff * 100,
            )
            if best is not None:
                found = (self.skill_names[best[2]][1], best[1] / 100)
        self._fuzzy_cache[key] = found
        return found


def index_resume(resume: Resume, *, as_of: date) -> ResumeIndex:
    """Precompute what matching needs about a resume (once per resume).

    Args:
        resume: A parsed resume.
        as_of: The date "Present" means.

    Returns:
        The index, reusable across any number of postings.

    Example:
        >>> from resumefit.schema import ParseQuality
        >>> r = Resume(text="Python", quality=ParseQuality(format="txt", char_count=6))
        >>> index_resume(r, as_of=date(2024, 1, 1)).best_level
        0
    """
    text = resume.text
    text_lower = text.lower()
    intervals = tuple(_role_interval(role, as_of) for role in resume.roles)
    years_ago = tuple(
        0.0
        if role.is_current or interval is None
        else max((as_of - interval[1]).days / DAYS_PER_YEAR, 0.0)
        for role, interval in zip(resume.roles, intervals, strict=True)
    )
    # Lines with the role and section that contain them.
    lines: list[_Line] = []
    role_spans = [(role.span, i) for i, role in enumerate(resume.roles)]
    offset = 0
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        role_index = next(
            (i for (s, e), i in role_spans if s <= start < e or (s < end <= e)),
            None,
        )
        section = resume.section_at(start)
        lines.append(_Line(start, end, role_index, section.kind if section else None))
    line_stems = tuple(frozenset(_stems(text_lower[ln.start : ln.end])) for ln in lines)
    titles = [
        role.title or text[role.header_span[0] : role.header_span[1]]
        for role in resume.roles
    ]
    role_title_roots = tuple(_title_roots(t) for t in titles)
    role_title_ranked = tuple(_title_roots(t, rank=True) for t in titles)
    role_title_letters = tuple(_title_letters(t) for t in titles)
    bodies = [
        text_lower[max(r.header_span[1], r.span[0]) : r.span[1]] for r in resume.roles
    ]
    role_body_stems = tuple(frozenset(_stems(b)) for b in bodies)
    role_body_text = tuple(_SPACE_RE.sub(" ", b) for b in bodies)
    units: list[tuple[int | None, tuple[int, ...]]] = []
    role_lines: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.role_index is None:
            units.append((None, (i,)))
        else:
            role_lines.setdefault(ln.role_index, []).append(i)
    units.extend((r, tuple(ls)) for r, ls in sorted(role_lines.items()))
    stem_units: dict[str, list[int]] = {}
    for u, (_, line_ids) in enumerate(units):
        unit_stems: set[str] = set()
        for i in line_ids:
            unit_stems |= line_stems[i]
        for stem in unit_stems:
            stem_units.setdefault(stem, []).append(u)
    levels = [DEGREE_ORDER[e.level] for e in resume.education if e.level]
    return ResumeIndex(
        resume=resume,
        as_of=as_of,
        text_lower=text_lower,
        skills_by_id={s.skill_id: s for s in resume.skills},
        role_intervals=intervals,
        role_years_ago=years_ago,
        best_level=max(levels, default=0),
        lines=tuple(lines),
        line_starts=tuple(ln.start for ln in lines),
        units=tuple(units),
        stem_units={k: tuple(v) for k, v in stem_units.items()},
        line_stems=line_stems,
        skill_names=tuple(sorted((s.name.lower(), s.skill_id) for s in resume.skills)),
        role_title_roots=role_title_roots,
        role_title_ranked=role_title_ranked,
        role_title_letters=role_title_letters,
        role_body_stems=role_body_stems,
        role_body_text=role_body_text,
    )


# --------------------------------------------------------------------------- evidence


def _place(
    idx: ResumeIndex, offset: int, cfg: ScoringConfig
) -> tuple[float, EvidenceKind, int | None, ResumeSectionKind | None]:
    """How strong evidence at ``offset`` is, and where it sits."""
    line = idx.lines[idx.line_at(offset)]
    section = line.section
    if line.role_index is not None:
        role = idx.resume.roles[line.role_index]
        if role.kind == "education":
            return cfg.other_mention_credit, "education", line.role_index, section
        if idx.role_intervals[line.role_index] is None:
            return cfg.other_mention_credit, "role", line.role_index, section
        if role.kind in _NONWORK_ROLE_KINDS:
            return cfg.nonwork_role_credit, "role", line.role_index, section
        if idx.role_years_ago[line.role_index] > cfg.stale_after_years:
            return cfg.stale_role_credit, "role", line.role_index, section
        return cfg.role_credit, "role", line.role_index, section
    kind: EvidenceKind
    if section == "skills":
        return cfg.skills_list_credit, "skills_list", None, section
    if section == "summary":
        kind = "summary"
    elif section == "certifications":
        kind = "credential"
    elif section == "education":
        kind = "education"
    else:
        kind = "other"
    return cfg.other_mention_credit, kind, None, section


def evidence_strength(idx: ResumeIndex, offset: int, cfg: ScoringConfig) -> float:
    """Credit a mention at ``offset`` earns (recent dated role most, skills list least).

    Args:
        idx: The resume index.
        offset: A character offset into the resume text.
        cfg: Scoring configuration (the credit values).

    Returns:
        The credit in [0, 1] for evidence at that place.
    """
    return _place(idx, offset, cfg)[0]


def _excerpt(idx: ResumeIndex, start: int, end: int, cfg: ScoringConfig) -> Span:
    """The trimmed line around ``[start, end)``, cut to ``max_evidence_chars``."""
    line = idx.lines[idx.line_at(start)]
    text = idx.resume.text
    lo, hi = line.start, max(line.end, end)
    while lo < start and not text[lo].isalnum():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    if hi - lo > cfg.max_evidence_chars:
        half = max((cfg.max_evidence_chars - (end - start)) // 2, 0)
        lo = max(lo, start - half)
        hi = min(hi, end + half)
        while lo > line.start and lo < start and text[lo - 1].isalnum():
            lo += 1
        while hi < line.end and hi > end and text[hi].isalnum():
            hi -= 1
    return lo, hi


def _evidence(
    idx: ResumeIndex, start: int, end: int, cfg: ScoringConfig
) -> tuple[float, Evidence]:
    strength, kind, role_index, section = _place(idx, start, cfg)
    lo, hi = _excerpt(idx, start, end, cfg)
    return strength, Evidence(
        text=idx.resume.text[lo:hi],
        span=(lo, hi),
        section=section,
        kind=kind,
        role_index=role_index,
    )


def _starts_evidence(
    idx: ResumeIndex, starts: Iterable[int], length: int, cfg: ScoringConfig
) -> tuple[float, tuple[Evidence, ...]]:
    """Best evidence for a name of ``length`` characters found at ``starts``."""
    return _best_evidence(
        (_evidence(idx, s, s + length, cfg) for s in starts), cfg.max_evidence
    )


def _span_evidence(
    idx: ResumeIndex,
    span: Span,
    kind: EvidenceKind,
    role_index: int | None = None,
) -> Evidence:
    """Evidence citing ``span`` exactly (an education entry, a role header…)."""
    section = idx.resume.section_at(span[0])
    return Evidence(
        text=idx.resume.text[span[0] : span[1]],
        span=span,
        section=section.kind if section else None,
        kind=kind,
        role_index=role_index,
    )


def _role_evidence(idx: ResumeIndex, role_ids: Iterable[int]) -> list[Evidence]:
    """Role headers, most recent first."""
    ordered = sorted(set(role_ids), key=lambda i: (idx.role_years_ago[i], i))
    return [
        _span_evidence(idx, idx.resume.roles[i].header_span, "role", i) for i in ordered
    ]


def _best_evidence(
    scored: Iterable[tuple[float, Evidence]], limit: int
) -> tuple[float, tuple[Evidence, ...]]:
    """Strongest first, then by position; duplicate spans dropped."""
    ranked = sorted(scored, key=lambda p: (-p[0], p[1].span))
    seen: set[Span] = set()
    out: list[Evidence] = []
    for _, ev in ranked:
        if ev.span not in seen:
            seen.add(ev.span)
            out.append(ev)
    best = ranked[0][0] if ranked else 0.0
    return best, tuple(out[:limit])


# --------------------------------------------------------------------------- hits


@dataclass(frozen=True)
class _Hit:
    """The outcome of matching one asked thing (a skill, a credential, a phrase)."""

    status: _HitStatus
    credit: float
    confidence: float
    match_kind: MatchKind
    evidence: tuple[Evidence, ...] = ()
    detail: str = ""
    resume_skill_ids: tuple[str, ...] = ()
    via: str = ""


_STATUS_RANK = {"missing": 0, "partial": 1, "met": 2}
_KIND_WEAKNESS = {
    "exact": 0,
    "degree": 0,
    "years": 1,
    "alias": 2,
    "equivalent": 3,
    "fuzzy": 4,
    "implied": 5,
    "none": 6,
}


def _combine(hits: Sequence[_Hit], *, is_or: bool, limit: int) -> _Hit:
    """One hit for several asked things: the best for "X or Y", else the mean."""
    if len(hits) == 1:
        return hits[0]
    if is_or:
        return max(hits, key=lambda h: (h.credit, _STATUS_RANK[h.status]))
    found = [h for h in hits if h.status != "missing"]
    if not found:
        return hits[0]
    status: _HitStatus = "met" if all(h.status == "met" for h in hits) else "partial"
    evidence: list[Evidence] = []
    for h in found:
        evidence.extend(e for e in h.evidence[:1] if e not in evidence)
    for h in found:
        evidence.extend(e for e in h.evidence[1:] if e not in evidence)
    return _Hit(
        status=status,
        credit=sum(h.credit for h in hits) / len(hits),
        confidence=min(h.confidence for h in found),
        match_kind=max((h.match_kind for h in found), key=lambda k: _KIND_WEAKNESS[k]),
        evidence=tuple(evidence[:limit]),
        resume_skill_ids=tuple(s for h in found for s in h.resume_skill_ids),
    )


@dataclass(frozen=True)
class _Asked:
    """A skill a qualification names."""

    skill_id: str | None
    name: str
    surface: str


def _asked_skills(q: Qualification, skills: SkillGraph) -> list[_Asked]:
    asked: dict[str, _Asked] = {}
    for m in q.skill_mentions:
        # Open-vocabulary phrases ("phrase:…") are not lexicon ids: they are
        # looked for by their words in the resume text.
        sid = None if m.skill_id.startswith("phrase:") else m.skill_id
        asked.setdefault(m.skill_id, _Asked(sid, m.name, m.surface))
    names = {a.name.lower() for a in asked.values()}
    for name in q.skills:
        if name.lower() in names:
            continue
        term = skills.lookup(name)
        key = str(term.id) if term is not None else f"name:{name.lower()}"
        if key not in asked:
            asked[key] = _Asked(str(term.id) if term is not None else None, name, name)
        names.add(name.lower())
    if asked:
        for token in _unknown_acronyms(q):
            asked.setdefault(f"acronym:{token}", _Asked(None, token, token))
    return list(asked.values())


def _unknown_acronyms(q: Qualification) -> list[str]:
    """Capitalised terms in a skills item that no skill mention covers."""
    if not _ACRONYM_RE.search(q.text):
        return []
    letters = _LETTER_RE.findall(q.text)
    if len(_UPPER_RE.findall(q.text)) > _MAX_UPPER_SHARE * len(letters):
        return []
    covered = [(m.span[0] - q.span[0], m.span[1] - q.span[0]) for m in q.skill_mentions]
    found: list[str] = []
    for match in _ACRONYM_RE.finditer(q.text):
        token = match.group(0)
        if token in _NOT_SKILL_ACRONYMS or token in found:
            continue
        if any(s < match.end() and match.start() < e for s, e in covered):
            continue
        if any(token.lower() == m.surface.lower() for m in q.skill_mentions):
            continue
        found.append(token)
    return found


def _mention_evidence(
    idx: ResumeIndex, mentions: Sequence[SkillMention], cfg: ScoringConfig
) -> tuple[float, tuple[Evidence, ...]]:
    return _best_evidence(
        (_evidence(idx, m.span[0], m.span[1], cfg) for m in mentions),
        cfg.max_evidence,
    )


def alias_reading(
    ev: SkillEvidence, surface: str, name: str, cfg: ScoringConfig
) -> tuple[tuple[SkillMention, ...], bool]:
    """How a resume names an asked skill: its close mentions, and if by an alias.

    Close mentions are those that are not loose aliases of the posting's
    ``surface``; none means the resume names it only loosely. The second value
    is True when no close mention is written as ``surface`` or ``name``.
    """
    close = tuple(m for m in ev.mentions if not is_loose_alias(m.surface, surface, cfg))
    wanted = {surface.lower(), name.lower()}
    return close, not any(m.surface.lower() in wanted for m in close)


def _match_skill(
    asked: _Asked, idx: ResumeIndex, skills: SkillGraph, cfg: ScoringConfig
) -> _Hit:
    """Match one asked skill: exact or alias, else near name or implied."""
    ev = idx.skills_by_id.get(asked.skill_id) if asked.skill_id else None
    if ev is not None and ev.mentions:
        # Judge an alias against the posting's own words: a lexicon that files
        # "Decision Making" under "Critical thinking" must not let a resume's
        # "Critical Thinking" pass as decision making.
        close, is_alias = alias_reading(ev, asked.surface, asked.name, cfg)
        strength, evidence = _mention_evidence(idx, close or ev.mentions, cfg)
        status: _HitStatus = "met"
        if not close:  # a loose alias: partial
            status, factor, confidence, via = (
                "partial",
                cfg.loose_alias_factor,
                cfg.confidence_implied,
                ev.mentions[0].surface,
            )
        elif is_alias:
            factor, confidence, via = (
                cfg.alias_factor,
                cfg.confidence_alias,
                close[0].surface,
            )
        else:
            factor, confidence, via = 1.0, cfg.confidence_exact, ""
        return _Hit(
            status,
            strength * factor,
            confidence,
            "exact" if close and not is_alias else "alias",
            evidence,
            asked.name,
            (ev.skill_id,),
            via,
        )
    if asked.skill_id is not None:
        # The posting's own words written in the resume, where extraction did
        # not tag them ("programming prowess"): as good as the term itself.
        for said in dict.fromkeys((asked.surface, asked.name)):
            if not _searchable(said):
                continue
            starts = [
                s
                for s in _find_name(idx, said)
                if _verbatim_counts(
                    said,
                    asked.name,
                    idx.tagged_as(s, s + len(said)),
                    in_header=idx.in_role_header(s),
                )
            ]
            if starts:
                return _phrase_hit(idx, starts, len(said), cfg, asked.name)
    if asked.skill_id is None:
        # A name the lexicon does not know: look for it written in the resume.
        starts = _find_name(idx, asked.name)
        if starts:
            strength, evidence = _starts_evidence(idx, starts, len(asked.name), cfg)
            return _Hit(
                "met", strength, cfg.confidence_phrase, "exact", evidence, asked.name
            )
        # Or a lexicon skill with a near name that the resume shows.
        for near_id in idx.nearest_ids(skills, asked.name, cfg.fuzzy_cutoff):
            other = idx.skills_by_id.get(near_id)
            if other is not None and other.mentions:
                return _near_hit(idx, other, asked, cfg)
    candidates: list[_Hit] = []
    near = idx.near_skill(asked.name, cfg.fuzzy_cutoff)
    # Two different lexicon skills are different skills ("Product management" is
    # not "Project management") unless only punctuation, digits or spacing tell
    # them apart ("TensorFlow 2", "React.js").
    if (
        near is not None
        and asked.skill_id is not None
        and _squash(idx.skills_by_id[near[0]].name) != _squash(asked.name)
    ):
        near = None
    if near is not None and near[0] != asked.skill_id:
        candidates.append(_near_hit(idx, idx.skills_by_id[near[0]], asked, cfg))
    if asked.skill_id is not None:
        children = idx.implied_by(skills).get(asked.skill_id, ())
        best: tuple[float, tuple[Evidence, ...], SkillEvidence] | None = None
        for child_id in children:
            child = idx.skills_by_id[child_id]
            strength, evidence = _mention_evidence(idx, child.mentions, cfg)
            if best is None or strength > best[0]:
                best = (strength, evidence, child)
        if best is not None:
            candidates.append(
                _Hit(
                    "partial",
                    best[0] * cfg.implied_factor,
                    cfg.confidence_implied,
                    "implied",
                    best[1],
                    asked.name,
                    (best[2].skill_id,),
                    best[2].name,
                )
            )
    candidates = [c for c in candidates if c.evidence]
    if candidates:
        return max(candidates, key=lambda h: (h.credit, _STATUS_RANK[h.status]))
    return _Hit("missing", 0.0, cfg.confidence_missing, "none", detail=asked.name)


def _strength_label(ev: Evidence, idx: ResumeIndex, cfg: ScoringConfig) -> str:
    if ev.kind == "role" and ev.role_index is not None:
        role = idx.resume.roles[ev.role_index]
        if idx.role_intervals[ev.role_index] is None:
            return "in an undated entry"
        if role.kind in _NONWORK_ROLE_KINDS:
            return f"in {role.kind} work"
        if idx.role_years_ago[ev.role_index] > cfg.stale_after_years:
            return "in a role that ended over " + (
                f"{format_years(cfg.stale_after_years)} years ago"
            )
        return "in a dated role"
    return {
        "skills_list": "only in a skills list",
        "summary": "in the summary",
        "education": "in the education section",
        "credential": "in the certifications section",
    }.get(ev.kind, "in the resume")


def _verbatim_counts(
    said: str, asked: str, tagged: Sequence[str], *, in_header: bool
) -> bool:
    """Whether the posting's term written in the resume counts as evidence.

    A specific term (several words, an acronym, a name with digits or signs:
    "SharePoint Designer", "EHR" in "Epic EHR") counts anywhere but in a
    version of itself ("TensorFlow" in "TensorFlow 2": a near match, judged
    later). A plain word counts only standing alone in text: not inside
    another skill's mention ("management" in "time management") nor in a job
    title ("communication" in "Media and Communication Workers").
    """
    others = [n for n in tagged if n != asked]
    if any(_squash(n) == _squash(asked) for n in others):
        return False
    word = said.strip()
    specific = " " in word or word.isupper() or not word.isalpha()
    return specific or (not others and not in_header)


def _searchable(name: str) -> bool:
    """Long enough to look for verbatim: 'Go' or 'R' would match anything."""
    name = name.strip()
    return len(name) >= _MIN_SEARCH_CHARS or (
        name.isupper() and len(name) >= _MIN_ACRONYM_SEARCH_CHARS
    )


def _squash(name: str) -> str:
    return _NON_LETTERS_RE.sub("", name.lower())


def is_loose_alias(surface: str, asked: str, cfg: ScoringConfig) -> bool:
    """True when ``surface`` names ``asked`` in name only: no shared word, no acronym.

    Broad lexicons list related phrases as aliases ("Desktop Support" for
    "Customer Service"); a recruiter would not accept those as the skill.

    Args:
        surface: How the resume writes it.
        asked: How the posting writes it.
        cfg: Scoring configuration (``loose_alias_ratio``).

    Returns:
        True for a loose alias (partial credit), False for a real synonym.
    """
    from rapidfuzz import fuzz

    said, name = surface.lower(), asked.lower()
    if said == name:
        return False
    short = min(said, name, key=len)
    if " " not in short and len(short) <= _MAX_ACRONYM_CHARS + 1:
        return False  # an abbreviation: JS, k8s, GCP, Golang/Go
    if set(_stems(said)) & set(_stems(name)):
        return False
    # Compare what the words say, without shared filler ("networking skills"
    # and "teamwork skills" look alike only by "skills").
    said_words = " ".join(_content_words(said)) or said
    name_words = " ".join(_content_words(name)) or name
    return fuzz.ratio(said_words, name_words) < cfg.loose_alias_ratio * 100


def _content_words(text: str) -> list[str]:
    return [w for w in _TOKEN_RE.findall(text) if w not in _STOP_WORDS]


def _describe(hit: _Hit, idx: ResumeIndex, cfg: ScoringConfig) -> str:
    """How a skill hit was found: 'Python in a dated role', 'SQL via PostgreSQL'.

    Never names an empty string: a hit that lost its names (a combination of
    several skills) is described by where its evidence sits.
    """
    where = _strength_label(hit.evidence[0], idx, cfg) if hit.evidence else ""
    name, via = hit.detail.strip(), hit.via.strip()
    if not name:
        found = " ".join(["evidence", where]).strip()
        if hit.match_kind == "implied" or hit.status == "partial":
            return f"related {found} (partial credit)"
        return found
    suffix = f" {where}" if where else ""
    if hit.match_kind == "alias" and hit.status == "partial":
        said = f"'{via}'" if via else "a related term"
        return f"{said}{suffix}, which the lexicon relates to {name} (partial credit)"
    if hit.match_kind == "alias":
        return f"{name} (written '{via}'){suffix}" if via else f"{name}{suffix}"
    if hit.match_kind == "fuzzy" and via:
        return f"'{via}', a near match for {name},{suffix}".rstrip(",")
    if hit.match_kind == "implied":
        more = via or "a more specific skill"
        return f"{more}, which implies {name} (partial credit),{suffix}".rstrip(",")
    return f"{name}{suffix}"


# ----------------------------------------------------------------------- text fallback


def _key_phrases(q: Qualification) -> list[str]:
    """Short phrases that name what an item asks for, most specific first."""
    text = q.text.strip()
    phrases: list[str] = []
    head, colon, _ = text.partition(":")
    if colon and len(head) <= _MAX_HEAD_CHARS:
        phrases.append(head)
    if q.years_subject:
        phrases.append(q.years_subject)
    lowered = _norm(text)
    lead = _LEAD_IN_RE.match(lowered)
    if lead:
        rest = lowered[lead.end() :]
        stop = _PHRASE_STOP_RE.search(rest)
        phrase = rest[: stop.start()] if stop else rest
        shared_head = (
            stop is not None
            and stop.group(0).strip() in ("and", "or")
            and len(phrase.split()) == 1
        )
        if not shared_head:
            # "project or program management offices": the lone first word is
            # a modifier of a head the two share, not what is asked.
            phrases.append(phrase)
    out: list[str] = []
    for phrase in phrases:
        norm = _norm(phrase).strip(" -*•·")
        words = norm.split()
        if (
            len(norm) >= _MIN_PHRASE_CHARS
            and len(words) <= _MAX_PHRASE_WORDS
            and _stems(norm)
            and norm not in out
        ):
            out.append(norm)
    return out


def _near_hit(
    idx: ResumeIndex, other: SkillEvidence, asked: _Asked, cfg: ScoringConfig
) -> _Hit:
    """A met hit through a resume skill whose name is close to the asked one."""
    strength, evidence = _mention_evidence(idx, other.mentions, cfg)
    return _Hit(
        "met",
        strength * cfg.fuzzy_factor,
        cfg.confidence_fuzzy,
        "fuzzy",
        evidence,
        asked.name,
        (other.skill_id,),
        other.name,
    )


def _phrase_hit(
    idx: ResumeIndex,
    starts: Sequence[int],
    length: int,
    cfg: ScoringConfig,
    detail: str,
) -> _Hit:
    """A met hit for a phrase written verbatim at ``starts``, best evidence first."""
    strength, evidence = _starts_evidence(idx, starts, length, cfg)
    return _Hit(
        "met",
        strength * cfg.phrase_factor,
        cfg.confidence_phrase,
        "exact",
        evidence,
        detail,
    )


def _denied_words(line: str, wanted: set[str]) -> bool:
    """Whether the first wanted word in ``line`` sits right after a denial."""
    for match in _TOKEN_RE.finditer(line.lower()):
        if match.group(0)[:STEM_CHARS] in wanted:
            return denied(line, match.start(), match.end())
    return False


def _close_together(line: str, wanted: set[str]) -> bool:
    """Whether every wanted stem found in ``line`` sits in one short word window."""
    positions = [
        (i, token[:STEM_CHARS])
        for i, token in enumerate(_TOKEN_RE.findall(line.lower()))
        if token[:STEM_CHARS] in wanted
    ]
    found = {stem for _, stem in positions}
    if len(found) < 2:
        return False
    window = len(found) + 2
    for start, _ in positions:
        inside = {stem for i, stem in positions if start <= i < start + window}
        if inside == found:
            return True
    return False


def _match_text(
    q: Qualification, idx: ResumeIndex, cfg: ScoringConfig, *, overlap: bool = True
) -> _Hit | None:
    """Match an item by its key phrase, then by word overlap; None if no content.

    ``overlap=False`` is used when every skill the item names is a lexicon term
    the lexicon did not find: then the words must stand close together ("analysis
    of data" for "data analysis"), so scattered words ("time" here, "management"
    there) are not taken for "time management".
    """
    for phrase in _key_phrases(q):
        starts = _undenied(idx, _find_phrase(idx.text_lower, phrase), len(phrase))
        if starts:
            return _phrase_hit(
                idx, starts, len(phrase), cfg, f"'{phrase}' written verbatim"
            )
    stems = _stems(q.text)
    if not stems:
        return None
    counts: dict[int, int] = {}
    for stem in stems:
        for unit in idx.stem_units.get(stem, ()):
            counts[unit] = counts.get(unit, 0) + 1
    if not counts:
        return _Hit("missing", 0.0, cfg.confidence_missing_text, "none")
    best_unit = min(counts, key=lambda u: (-counts[u], u))
    coverage = counts[best_unit] / len(stems)
    if coverage < cfg.overlap_partial or counts[best_unit] < cfg.overlap_min_words:
        return _Hit("missing", 0.0, cfg.confidence_missing_text, "none")
    wanted = set(stems)
    _, line_ids = idx.units[best_unit]
    best_line = min(line_ids, key=lambda i: (-len(idx.line_stems[i] & wanted), i))
    line = idx.lines[best_line]
    raw = idx.resume.text[line.start : line.end]
    if not overlap and not _close_together(raw, wanted):
        return _Hit("missing", 0.0, cfg.confidence_missing_text, "none")
    if _denied_words(raw, wanted):
        return _Hit("missing", 0.0, cfg.confidence_missing_text, "none")
    first = line.start + next((i for i, c in enumerate(raw) if c.isalnum()), 0)
    strength, ev = _evidence(idx, first, first, cfg)
    status: _HitStatus = "met" if coverage >= cfg.overlap_met else "partial"
    return _Hit(
        status,
        strength * cfg.overlap_factor * coverage,
        cfg.confidence_overlap,
        "fuzzy",
        (ev,),
        f"{counts[best_unit]} of its {len(stems)} key words in one place",
    )


# --------------------------------------------------------------------------- years


def _years(idx: ResumeIndex, role_ids: Iterable[int]) -> tuple[float, float]:
    """(years in work roles, years in work + volunteer/project/internship roles)."""
    work: list[tuple[date, date]] = []
    every: list[tuple[date, date]] = []
    for i in role_ids:
        interval = idx.role_intervals[i]
        kind = idx.resume.roles[i].kind
        if interval is None or kind == "education":
            continue
        every.append(interval)
        if kind == "work":
            work.append(interval)
    return merged_years(work), merged_years(every)


def _needed_years(q: Qualification, idx: ResumeIndex) -> float | None:
    """Years asked, taking "BS with 5 years or MS with 3" into account."""
    if q.years_by_degree:
        fitting = [
            alt.min_years
            for alt in q.years_by_degree
            if idx.best_level >= DEGREE_ORDER[alt.level]
        ]
        if fitting:
            return min(fitting)
        if q.min_years is None:
            return max(alt.min_years for alt in q.years_by_degree)
    return q.min_years


def _is_generic(subject: str) -> bool:
    words = [w for w in _TOKEN_RE.findall(subject.lower()) if w not in _STOP_WORDS]
    return all(w in _GENERIC_SUBJECT_WORDS for w in words)


def _root(word: str) -> str:
    """A crude word root: 'nursing', 'nurses', 'nurse' -> 'nurs'."""
    for suffix in _ROOT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_ROOT_CHARS:
            word = word[: -len(suffix)]
            break
    return word[:STEM_CHARS]


@functools.lru_cache(maxsize=4096)
def _title_roots(text: str, *, rank: bool = False) -> frozenset[str]:
    """Roots of the words a job title or years subject is about.

    Stop words, "experience in general" words, filler words ("workers",
    "role"), numbers and, unless ``rank``, seniority words ("Senior", "Staff")
    are left out.
    """
    roots: set[str] = set()
    noise = _TITLE_NOISE - _TITLE_RANK if rank else _TITLE_NOISE
    for token in _TOKEN_RE.findall(text.lower()):
        if (
            token in _STOP_WORDS
            or token in _GENERIC_SUBJECT_WORDS
            or token in noise
            or token.isdigit()
        ):
            continue
        root = _root(token)
        if root not in _TITLE_NOISE_ROOTS:
            roots.add(root)
    return frozenset(roots)


def _subject_groups(subjects: Sequence[str]) -> list[list[str]]:
    """Title candidates to compare with role titles, grouped by alternative.

    Each part of an "X or Y" subject is a group of its own (either counts);
    every other subject goes in one group, since they name the same job in
    more or fewer words ("SW Engineer", "SW Engineer - Embedded Control
    Plane"). A candidate is also tried without its trailing "in/for/at …"
    phrase ("physician in a recognized healthcare setting") and, when written
    as a capitalised title, without the lower-case words after it ("DataStage
    Lead handling end to end").
    """
    same: list[str] = []
    groups: list[list[str]] = []
    for subject in subjects:
        parts = _SUBJECT_OR_RE.split(subject)
        for part in parts:
            core = _PART_TAIL_RE.split(part)[0]
            capitalised = _CAPITALISED_RE.match(part.strip())
            cores = (core, capitalised.group(0) if capitalised else "")
            # A shortened reading must still name a field, not just "Supervisor".
            found = [part.strip(" ,;-")] + [
                c.strip(" ,;-") for c in cores if _title_roots(c) - _OCCUPATION_ROOTS
            ]
            found = [p for p in dict.fromkeys(found) if p and _title_roots(p)]
            if len(parts) >= _MIN_OR_PARTS:
                groups.append(found)
            else:
                same.extend(p for p in found if p not in same)
    return [same, *groups] if same else groups


def _title_relation(wanted: frozenset[str], title: frozenset[str]) -> int:
    """How a role title relates to a subject: 3, 2 strongly, 1 loosely, 0 not.

    3: every word of the subject is in the title ("Paramedic" and
    "Paramedics", "Nursing" and "Registered Nurse"); 2: every word of a title
    of two words or more is in the subject ("Security Analyst" for "Endpoint
    Security Analyst"). Loosely: they share a word and
    what the subject says beyond it is only an occupation noun ("software
    development" and "Software Engineer"). Sharing only an occupation noun is
    no relation ("Engineer" alone does not make a cloud engineer a network
    engineer), nor is sharing a word while the subject names something else
    too ("Crystal Reports" and "Business Reporting Analyst").
    """
    if not wanted or not title:
        return 0
    shared = wanted & title
    if not shared:
        return 0
    if wanted <= title:
        return 3
    if title <= wanted and len(title) > 1:
        return 2
    if shared <= _OCCUPATION_ROOTS:
        return 0
    if wanted - shared <= _OCCUPATION_ROOTS:
        return 1
    return 0


def _title_roles(
    groups: Sequence[Sequence[str]],
    idx: ResumeIndex,
    cfg: ScoringConfig,
    *,
    job: bool = False,
) -> list[int]:
    """Dated roles whose title relates to the subject, most precise reading first.

    Per group (:func:`_subject_groups`), roles whose title carries a candidate
    outright are preferred over loosely related ones, and the most specific
    candidate (most words) that finds any wins: "SW Engineer - Embedded Control
    Plane" picks that role, not every engineering role "SW Engineer" would,
    and a "Cloud Network Engineer" subject does not also count a "Network
    Design Engineer" role. The groups' roles are joined.
    """
    dated = [
        i
        for i, role in enumerate(idx.resume.roles)
        if role.kind != "education" and idx.role_intervals[i] is not None
    ]
    found: set[int] = set()
    for group in groups:
        # Seniority words are read too ("Senior Security Analyst" is not any
        # security analyst), compared with titles that keep theirs; a subject
        # that is only an occupation without them ("Senior Staff Engineer")
        # is read with them only.
        readings: list[tuple[frozenset[str], tuple[frozenset[str], ...]]] = []
        for candidate in group:
            roots = _title_roots(candidate)
            ranked = _title_roots(candidate, rank=True)
            if ranked != roots:
                readings.append((ranked, idx.role_title_ranked))
                if roots <= _OCCUPATION_ROOTS:
                    continue
            readings.append((roots, idx.role_title_roots))
        readings.sort(key=lambda r: (-len(r[0]), sorted(r[0])))
        levels = [
            [_title_relation(w, titles[i]) for i in dated] for w, titles in readings
        ]
        # A job title differing in its occupation noun is another job
        # ("Network Analyst" is not "Network Engineer"); a field is not.
        for tier in (3, 2) if job else (3, 2, 1):
            chosen = next(
                (
                    [i for i, level in zip(dated, row, strict=True) if level == tier]
                    for row in levels
                    if tier in row
                ),
                None,
            )
            if chosen:
                found.update(chosen)
                break
        else:
            found.update(_fuzzy_title_roles(group, dated, idx, cfg))
    return sorted(found)


def _title_letters(text: str) -> str:
    """Content words run together: 'Farm worker and laborer' -> 'farmworkerlaborer'."""
    words = (w for w in _TOKEN_RE.findall(text.lower()) if w not in _STOP_WORDS)
    return _NON_LETTERS_RE.sub("", "".join(words))


def _fuzzy_title_roles(
    group: Sequence[str], dated: Sequence[int], idx: ResumeIndex, cfg: ScoringConfig
) -> list[int]:
    """Roles whose title spells the subject with other spacing or endings.

    "Farm worker and laborer" and "Farmworkers and laborers": rapidfuzz
    ``partial_ratio`` of the words run together, for subjects of two words or
    more that are not only occupation nouns.
    """
    from rapidfuzz import fuzz

    found: list[int] = []
    for candidate in group:
        roots = _title_roots(candidate)
        letters = _title_letters(candidate)
        if (
            len(roots) < _MIN_FUZZY_TITLE_WORDS
            or roots <= _OCCUPATION_ROOTS
            or len(letters) < _MIN_FUZZY_TITLE_CHARS
        ):
            continue
        for i in dated:
            title = idx.role_title_letters[i]
            if (
                title
                and fuzz.partial_ratio(letters, title) >= cfg.title_fuzzy_cutoff * 100
            ):
                found.append(i)
        if found:
            break
    return found


def _text_roles(subject: str, idx: ResumeIndex, cfg: ScoringConfig) -> list[int]:
    """Dated roles whose bullets write the subject, or most of its words."""
    phrase = _norm(subject)
    stems = _stems(subject)
    found: list[int] = []
    for i, role in enumerate(idx.resume.roles):
        if role.kind == "education":
            continue
        in_text = bool(_find_phrase(idx.role_body_text[i], phrase))
        body = idx.role_body_stems[i]
        overlap = len(body.intersection(stems)) / len(stems) if stems else 0.0
        # Words missing from the bullets may only be occupation nouns: bullets
        # naming "software" and "engineer" are no JavaScript Software Engineer.
        close = all(s in body or s in _OCCUPATION_ROOTS for s in stems)
        if in_text or (overlap >= cfg.subject_overlap and close):
            found.append(i)
    return found


def _subject_roles(subject: str, idx: ResumeIndex, cfg: ScoringConfig) -> list[int]:
    """Roles that evidence a years subject: by their bullets or by their title."""
    found = set(_text_roles(subject, idx, cfg))
    found.update(_title_roles(_subject_groups([subject]), idx, cfg, job=True))
    return sorted(found)


def _years_verdict(
    need: float, work: float, every: float, cfg: ScoringConfig
) -> tuple[_HitStatus, float, float, bool]:
    """(status, years ratio, years shown, volunteer/project time needed)."""
    if work >= need - cfg.years_tolerance:
        return "met", 1.0, work, False
    if every >= need - cfg.years_tolerance:
        return "met", 1.0, every, True
    if every <= 0:
        return "missing", 0.0, 0.0, False
    return "partial", min(every / need, 1.0), every, every > work


def _roles_with_skill(idx: ResumeIndex, skill_ids: Iterable[str]) -> set[int]:
    roles: set[int] = set()
    for skill_id in skill_ids:
        ev = idx.skills_by_id.get(skill_id)
        if ev is None:
            continue
        roles.update(ev.in_roles)
        for m in ev.mentions:
            r = idx.lines[idx.line_at(m.span[0])].role_index
            if r is not None:
                roles.add(r)
    return {
        r
        for r in roles
        if r < len(idx.resume.roles) and idx.resume.roles[r].kind != "education"
    }


def _dated(idx: ResumeIndex, role_ids: Iterable[int]) -> list[int]:
    return sorted(i for i in set(role_ids) if idx.role_intervals[i] is not None)


def _titles(idx: ResumeIndex, role_ids: Sequence[int]) -> str:
    """'Senior Software Engineer, Software Engineer' (most recent first, unique)."""
    names: list[str] = []
    for i in sorted(role_ids, key=lambda r: (idx.role_years_ago[r], r)):
        role = idx.resume.roles[i]
        name = _short(role.title or idx.resume.text[slice(*role.header_span)], 40)
        if name and name not in names:
            names.append(name)
    return ", ".join(names[:_MAX_TITLES_NAMED]) or "dated roles"


@dataclass(frozen=True)
class _YearsOutcome:
    """Years found for one asked skill or subject, and how they were found."""

    hit: _Hit
    years: float | None
    nonwork: bool
    how: str = ""
    by_title: bool = False


def _outcome_key(o: _YearsOutcome) -> tuple[float, int, float, float]:
    return (o.hit.credit, _STATUS_RANK[o.hit.status], o.years or 0.0, o.hit.confidence)


def _roles_outcome(
    role_ids: Sequence[int],
    need: float,
    idx: ResumeIndex,
    cfg: ScoringConfig,
    *,
    confidence: float,
    match_kind: MatchKind,
    how: str,
    base: float = 1.0,
    lead: Sequence[Evidence] = (),
    detail: str = "",
    skill_ids: tuple[str, ...] = (),
) -> _YearsOutcome:
    """Years from dated roles; evidence is ``lead`` then the role headers."""
    work, every = _years(idx, role_ids)
    status, ratio, shown, nonwork = _years_verdict(need, work, every, cfg)
    evidence = list(lead)
    for ev in _role_evidence(idx, role_ids):
        if ev not in evidence:
            evidence.append(ev)
    return _YearsOutcome(
        _Hit(
            status,
            base * ratio,
            confidence,
            match_kind if status != "missing" else "none",
            tuple(evidence[: cfg.max_evidence]) if status != "missing" else (),
            detail,
            skill_ids,
        ),
        shown,
        nonwork,
        how,
    )


def _skill_years(
    asked: _Asked,
    need: float,
    idx: ResumeIndex,
    skills: SkillGraph,
    cfg: ScoringConfig,
) -> _YearsOutcome:
    """Years of one asked skill, the best of three readings.

    Dated roles naming it; roles using a more specific skill that implies it
    (Django implies Python); roles whose title relates to it ("Registered
    Nurse" for Nursing). Evidenced elsewhere only: partial at a floor credit.
    """
    hit = _match_skill(asked, idx, skills, cfg)
    options: list[_YearsOutcome] = []
    direct: list[int] = []
    if hit.status != "missing" and hit.match_kind != "implied":
        direct = _dated(idx, _roles_with_skill(idx, hit.resume_skill_ids))
    if direct:
        found = _roles_outcome(
            direct,
            need,
            idx,
            cfg,
            confidence=min(hit.confidence, cfg.confidence_structured),
            match_kind="years" if hit.match_kind == "exact" else hit.match_kind,
            how="" if hit.match_kind == "exact" else _describe(hit, idx, cfg),
            base=hit.credit,
            lead=hit.evidence,
            detail=hit.detail,
            skill_ids=hit.resume_skill_ids,
        )
        if hit.status == "partial" and found.hit.status == "met":
            found = _YearsOutcome(
                replace(found.hit, status="partial"),
                found.years,
                found.nonwork,
                found.how,
            )
        options.append(found)
    if asked.skill_id is not None:
        children = idx.implied_by(skills).get(asked.skill_id, ())
        child_roles = _dated(idx, _roles_with_skill(idx, children))
        if child_roles:
            used = [
                idx.skills_by_id[c].name
                for c in children
                if _roles_with_skill(idx, (c,)) & set(child_roles)
            ]
            lead = [
                e
                for c in children
                for e in _mention_evidence(idx, idx.skills_by_id[c].mentions, cfg)[1]
                if e.role_index in child_roles
            ]
            options.append(
                _roles_outcome(
                    child_roles,
                    need,
                    idx,
                    cfg,
                    confidence=cfg.confidence_years_implied,
                    match_kind="implied",
                    how=f"roles using {', '.join(used)}, which imply {asked.name}",
                    lead=lead[:1],
                    detail=asked.name,
                    skill_ids=tuple(children),
                )
            )
    titled = _title_roles([[asked.name]], idx, cfg)
    if titled:
        options.append(
            _roles_outcome(
                titled,
                need,
                idx,
                cfg,
                confidence=cfg.confidence_title,
                match_kind="years",
                how=f"roles titled {_titles(idx, titled)}",
                detail=asked.name,
            )
        )
    options = [o for o in options if o.hit.status != "missing"]
    if options:
        return max(options, key=_outcome_key)
    if hit.status == "missing":
        return _YearsOutcome(hit, 0.0, False)
    # Evidenced (a skills list, a summary) but no dated role shows for how long.
    return _YearsOutcome(
        _Hit(
            "partial",
            hit.credit * cfg.years_floor_credit,
            min(hit.confidence, cfg.confidence_structured),
            hit.match_kind,
            hit.evidence,
            hit.detail,
            hit.resume_skill_ids,
            hit.via,
        ),
        0.0,
        False,
        "" if hit.match_kind == "exact" else _describe(hit, idx, cfg),
    )


def _subject_years(
    subjects: Sequence[str],
    need: float,
    idx: ResumeIndex,
    cfg: ScoringConfig,
    *,
    job: bool = False,
) -> _YearsOutcome | None:
    """Years in roles that write a subject in their bullets or carry it in a title.

    For a job title (``job``), roles with that title are used when there are
    any; bullets naming the job in other roles only otherwise.
    """
    text_roles = _dated(idx, (r for s in subjects for r in _text_roles(s, idx, cfg)))
    titled = _title_roles(_subject_groups(subjects), idx, cfg, job=job)
    if job and titled:
        text_roles = []
    titled = [r for r in titled if r not in text_roles]
    roles = sorted(set(text_roles) | set(titled))
    if not roles:
        return None
    how = ""
    if titled and not text_roles:
        how = f"roles titled {_titles(idx, titled)}"
    found = _roles_outcome(
        roles,
        need,
        idx,
        cfg,
        confidence=cfg.confidence_structured if text_roles else cfg.confidence_title,
        match_kind="years",
        how=how,
    )
    if found.hit.status == "missing":
        return None
    return replace(found, by_title=not text_roles)


def _subject_skills(
    subject: str, asked: Sequence[_Asked], skills: SkillGraph
) -> list[_Asked]:
    """Asked skills the subject names, plus lexicon skills its "or" parts name.

    "Python or Go in production": Go is a skill even when extraction missed it.
    """
    lowered = subject.lower()
    found = [
        a for a in asked if a.name.lower() in lowered or a.surface.lower() in lowered
    ]
    ids = {a.skill_id for a in found}
    parts = _SUBJECT_OR_RE.split(subject)
    if len(parts) < _MIN_OR_PARTS:
        return found
    for part in parts:
        core = _PART_TAIL_RE.split(part.strip(" ,;-"))[0].strip()
        if not core or len(core) > _MAX_HEAD_CHARS:
            continue
        term = skills.lookup(core)
        if term is not None and str(term.id) not in ids:
            ids.add(str(term.id))
            found.append(_Asked(str(term.id), str(term.name), core))
    return found


def _assess_years(
    q: Qualification,
    need: float,
    idx: ResumeIndex,
    skills: SkillGraph,
    cfg: ScoringConfig,
) -> Assessment:
    asked = _asked_skills(q, skills)
    subject = q.years_subject
    as_title = False
    # "5 years of experience as a Software Dev Engineer": the job title is the
    # subject unless the stated subject names a skill the title does not
    # ("3 years of Python as a core language"). Decided from the posting
    # alone, so every resume is read against the same subject.
    found = _AS_TITLE_RE.search(q.text)
    title = found.group(1).strip() if found else ""
    if title and _stems(title):
        lowered = (subject or "").lower()
        nested = bool(lowered) and (
            lowered in title.lower() or title.lower() in lowered
        )
        names_skill = any(
            a.name.lower() in lowered or a.surface.lower() in lowered for a in asked
        )
        if nested:
            subject, as_title = max((title, subject or ""), key=len), True
        elif not subject or _is_generic(subject) or not names_skill:
            subject, as_title = title, True
    as_written = ""
    if subject and not as_title:
        # "working as Survey Researchers": a job title without an article.
        written = re.search(
            r"\bas\s+(?:an?\s+)?" + re.escape(subject.strip()), q.text, re.IGNORECASE
        )
        if written:
            as_title, as_written = True, written.group(0)
    subjects = list(
        dict.fromkeys(s for s in (subject, q.years_subject) if s and not _is_generic(s))
    )
    if asked and subject:
        asked = _subject_skills(subject, asked, skills)
    asks = f"{format_years(need)}+ years"
    outcomes = [_skill_years(a, need, idx, skills, cfg) for a in asked]
    is_or = len(outcomes) > 1 and bool(_OR_RE.search(q.text.lower()))
    skill_best: _YearsOutcome | None = None
    if outcomes and (is_or or len(outcomes) == 1):
        skill_best = max(outcomes, key=_outcome_key)
    elif outcomes:
        hit = _combine([o.hit for o in outcomes], is_or=False, limit=cfg.max_evidence)
        parts = []
        for a, o in zip(asked, outcomes, strict=True):
            if o.hit.status == "missing":
                parts.append(f"{a.name} not shown")
            else:
                part = f"{a.name} about {format_years(o.years or 0.0)}"
                parts.append(f"{part}, {o.how}" if o.how else part)
        skill_best = _YearsOutcome(
            hit,
            min(o.years or 0.0 for o in outcomes),
            any(o.nonwork for o in outcomes),
            "; ".join(parts),
        )
    # A job title ("as a PHP Developer") is read as a whole; a field with skills
    # in it ("Python for data analysis") by its skills, so that "Data Analyst"
    # titles do not stand in for Python.
    subject_best = (
        _subject_years(subjects, need, idx, cfg, job=as_title)
        if subjects and (as_title or not asked)
        else None
    )
    # Time in a job ("as a PHP Developer") is read from roles with that title
    # when there are any, even if the skill in its name shows for longer.
    title_read = as_title and subject_best is not None and subject_best.by_title
    if as_title and subject:
        article = "an" if subject[0] in "AEIOUaeiou" else "a"
        what = f"experience {as_written or f'as {article} {subject}'}"
    elif asked and subject and subject.strip():
        what = subject.strip()  # the posting's words: "acute care nursing"
    elif asked:
        what = (" or " if is_or else ", ").join(a.name for a in asked)
    elif subject and subjects:
        what = f"experience in {subject}" if " " not in subject.strip() else subject
    else:
        what = "experience"
    best = (
        subject_best
        if title_read
        else max(
            (o for o in (skill_best, subject_best) if o is not None),
            key=_outcome_key,
            default=None,
        )
    )
    if best is not None and best.hit.status != "missing":
        shown = best.years or 0.0
        if asked and not title_read:
            reason = (
                f"Asks {asks} of {what}; the resume shows about "
                f"{format_years(shown)} in dated roles"
            )
        else:
            reason = f"Asks {asks} of {what}; the resume shows about {_n_years(shown)}"
        if best.how:
            reason += f" ({best.how})"
        if best.nonwork:
            reason += ", counting volunteer, project or internship time"
        hit = best.hit
        if as_title and not title_read:
            # "2 years as a Crystal Reports Programmer": the skill used in other
            # jobs is related experience, not time in that job.
            hit = replace(
                hit, status="partial", credit=hit.credit * cfg.unmatched_subject_factor
            )
            reason += ", but in no role with that job title"
        reason += "."
        return _assessment(q, hit, reason, years=best.years, nonwork=best.nonwork)
    if as_title and subject:
        # Time in a named job ("2 years as a Paramedic") that no dated role
        # relates to: a recruiter screens on it, so it stays a gap, however
        # long the other roles are.
        work, every = _years(idx, range(len(idx.resume.roles)))
        other = f" (about {_n_years(every)} in other roles)" if every > 0 else ""
        return _assessment(
            q,
            _Hit("missing", 0.0, cfg.confidence_missing_text, "none"),
            f"Asks {asks} of {what}; no dated role relates to that job{other}.",
            years=0.0,
        )
    # A field of work ("software development", "project management") no dated
    # role relates to still gets low credit for experience in general; a tool
    # or technique ("Kubernetes") nothing shows is missing.
    field_like = any(
        _title_roots(text) & _OCCUPATION_ROOTS
        for text in [*(a.name for a in asked), *subjects]
    )
    if asked and not field_like:
        return _assessment(
            q,
            _Hit("missing", 0.0, cfg.confidence_missing, "none"),
            f"Asks {asks} of {what}; the resume does not show it.",
            years=0.0,
        )
    # Total experience: asked in general, or in a field no dated role relates to.
    role_ids = [i for i, r in enumerate(idx.resume.roles) if r.kind != "education"]
    factor = cfg.unmatched_subject_factor if subjects or asked else 1.0
    work, every = _years(idx, role_ids)
    status, ratio, shown, nonwork = _years_verdict(need, work, every, cfg)
    evidence = tuple(_role_evidence(idx, _dated(idx, role_ids)))[: cfg.max_evidence]
    if status != "missing" and factor < 1.0:
        status = "partial"
    if not evidence:
        status, ratio, shown = "missing", 0.0, 0.0
    hit = _Hit(
        status,
        ratio * factor,
        cfg.confidence_structured if factor == 1.0 else cfg.confidence_overlap,
        "years" if status != "missing" else "none",
        evidence if status != "missing" else (),
    )
    if status == "missing":
        reason = f"Asks {asks} of {what}; the resume shows no dated roles for it."
    elif factor < 1.0:
        reason = (
            f"Asks {asks} of {what}; no dated role clearly matches, the resume "
            f"shows about {_n_years(shown)} of experience in total."
        )
    else:
        reason = f"Asks {asks} of {what}; the resume shows about {_n_years(shown)}"
        if nonwork:
            reason += ", counting volunteer, project or internship time"
        reason += "."
    return _assessment(q, hit, reason, years=shown, nonwork=nonwork)


# --------------------------------------------------------------------------- degrees


def _field_matches(asked: str, have: str, cfg: ScoringConfig) -> bool:
    a, h = _norm(asked), _norm(have)
    if not a or not h:
        return False
    if a == h or _find_phrase(h, a) or _find_phrase(a, h):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(a, h) >= cfg.field_cutoff * 100


def _field_related(asked: str, have: str) -> bool:
    a, h = set(_stems(asked)), set(_stems(have))
    if a & h:
        return True
    return any(a & group and h & group for group in _RELATED_FIELD_GROUPS)


def _role_in_fields(idx: ResumeIndex, role: Role, fields: Sequence[str]) -> bool:
    """Whether a role is experience in one of the asked fields (any role if none).

    "Bachelor's in Computer Science or equivalent experience" is not stood in
    for by years as a clerk: the role's title or text must share a word stem
    with a field, or fall in the same group of related fields.
    """
    if not fields:
        return True
    start, end = role.span
    have = set(_stems(f"{role.title or ''} {idx.resume.text[start:end]}"))
    return any(_field_related(field, " ".join(have)) for field in fields)


def _degree_hit(
    idx: ResumeIndex,
    entry: EducationEntry,
    confidence: float,
    status: _HitStatus = "met",
    credit: float = 1.0,
) -> _Hit:
    """A hit citing an education entry."""
    evidence = (_span_evidence(idx, entry.span, "education"),)
    return _Hit(status, credit, confidence, "degree", evidence)


def _assess_education(
    q: Qualification, idx: ResumeIndex, cfg: ScoringConfig
) -> Assessment | None:
    education = idx.resume.education
    fields = q.degree_fields
    if q.degree_level is None and not fields:
        return None
    if q.degree_level == "high_school" and not education and not fields:
        # Experienced people rarely list a diploma; absence says nothing.
        return _unknown(
            q,
            "Asks a high-school diploma; the resume lists no education, which "
            "cannot show it either way.",
        )
    need_rank = DEGREE_ORDER[q.degree_level] if q.degree_level else 0
    asks = DEGREE_NAMES[q.degree_level] if q.degree_level else "a degree"
    if fields:
        asks += " in " + " or ".join(fields)
    qualifying = [
        e
        for e in education
        if (e.level and DEGREE_ORDER[e.level] >= need_rank)
        or (not q.degree_level and (e.level or e.fields))
    ]
    if qualifying:
        if not fields:
            entry = max(qualifying, key=lambda e: DEGREE_ORDER.get(e.level or "", 0))
            hit = _degree_hit(idx, entry, cfg.confidence_structured)
            return _assessment(q, hit, f"Asks {asks}; the resume lists one.")
        for entry in qualifying:
            if any(_field_matches(f, g, cfg) for f in fields for g in entry.fields):
                hit = _degree_hit(idx, entry, cfg.confidence_structured)
                return _assessment(
                    q, hit, f"Asks {asks}; the resume lists a matching degree."
                )
        if q.accepts_related_field:
            for entry in qualifying:
                if any(_field_related(f, g) for f in fields for g in entry.fields):
                    hit = _degree_hit(idx, entry, cfg.confidence_overlap)
                    studied = ", ".join(entry.fields)
                    return _assessment(
                        q,
                        hit,
                        f"Asks {asks} or a related field; the resume lists one in "
                        f"{studied}, a related field.",
                    )
        entry = qualifying[0]
        studied = ", ".join(entry.fields) or "an unstated field"
        wrong_field: Assessment | None = _assessment(
            q,
            _degree_hit(
                idx, entry, cfg.confidence_structured, "partial", cfg.wrong_field_credit
            ),
            f"Asks {asks}; the resume lists the level but in {studied}"
            + (
                ", and no role in the field stands in for it."
                if q.accepts_equivalent_experience
                else "."
            ),
        )
        if not q.accepts_equivalent_experience:
            return wrong_field
    else:
        wrong_field = None
    if q.accepts_equivalent_experience:
        floor = DEGREE_ORDER["high_school"]
        levels_short = max(need_rank - max(idx.best_level, floor), 1)
        need = cfg.equivalent_years_per_level * levels_short
        role_ids = [
            i
            for i, r in enumerate(idx.resume.roles)
            if r.kind != "education" and _role_in_fields(idx, r, fields)
        ]
        work, every = _years(idx, role_ids)
        status, ratio, shown, nonwork = _years_verdict(need, work, every, cfg)
        evidence = tuple(_role_evidence(idx, _dated(idx, role_ids)))
        if status != "missing" and evidence:
            hit = _Hit(
                status,
                ratio,
                cfg.confidence_fuzzy,
                "equivalent",
                evidence[: cfg.max_evidence],
            )
            verb = "stand in for it" if status == "met" else "partly stand in for it"
            reason = (
                f"Asks {asks} or equivalent experience; no such degree is listed, "
                f"but about {_n_years(shown)} of experience {verb} "
                f"(about {format_years(need)} needed)."
            )
            return _assessment(q, hit, reason, years=shown, nonwork=nonwork)
    if wrong_field is not None:
        return wrong_field
    highest = max(
        (e for e in education if e.level),
        key=lambda e: DEGREE_ORDER[e.level or "high_school"],
        default=None,
    )
    if highest is not None and highest.level:
        reason = (
            f"Asks {asks}; the highest degree listed is {DEGREE_NAMES[highest.level]}."
        )
    else:
        reason = f"Asks {asks}; the resume lists no such degree."
    hit = _Hit("missing", 0.0, cfg.confidence_missing, "none")
    return _assessment(q, hit, reason)


# ------------------------------------------------------------------------- credentials


def _find_name(idx: ResumeIndex, name: str) -> list[int]:
    """Offsets of ``name`` in the resume; short all-caps names match case-exactly.

    A denied mention ("never worked with Kubernetes") is not an offset.
    """
    if name.isupper() and len(name) <= _MAX_ACRONYM_CHARS:
        found = _find_phrase(idx.resume.text, name)
    else:
        found = _find_phrase(idx.text_lower, _norm(name))
    return _undenied(idx, found, len(name))


def _undenied(idx: ResumeIndex, starts: list[int], length: int) -> list[int]:
    """``starts`` without the phrases a denial right before them takes back."""
    return [s for s in starts if not denied(idx.resume.text, s, s + length)]


def _match_named(
    name: str,
    entries: Sequence[tuple[str, Span]],
    idx: ResumeIndex,
    kind: EvidenceKind,
    cfg: ScoringConfig,
) -> _Hit:
    """Match a credential or language by its stated entry, else by its name."""
    from rapidfuzz import fuzz

    wanted = _norm(name)
    for have, span in entries:
        got = _norm(have)
        if (
            got == wanted
            or (
                min(len(got), len(wanted)) >= _MIN_PHRASE_CHARS
                and (_find_phrase(got, wanted) or _find_phrase(wanted, got))
            )
            or fuzz.ratio(got, wanted) >= cfg.fuzzy_cutoff * 100
        ):
            return _Hit(
                "met",
                1.0,
                cfg.confidence_structured,
                "exact",
                (_span_evidence(idx, span, kind),),
                name,
            )
    starts = _find_name(idx, name)
    if starts:
        _, evidence = _starts_evidence(idx, starts, len(name), cfg)
        return _Hit("met", 1.0, cfg.confidence_phrase, "exact", evidence, name)
    return _Hit("missing", 0.0, cfg.confidence_missing, "none", detail=name)


def _assess_credentials(
    q: Qualification, idx: ResumeIndex, cfg: ScoringConfig
) -> Assessment:
    entries = [(c.name, c.span) for c in idx.resume.credentials]
    can_obtain = bool(_OBTAIN_RE.search(q.text.lower()))
    if q.credentials:
        hits = [_match_named(n, entries, idx, "credential", cfg) for n in q.credentials]
        is_or = bool(_OR_RE.search(q.text.lower()))
        hit = _combine(hits, is_or=is_or, limit=cfg.max_evidence)
        names = (" or " if is_or else ", ").join(q.credentials)
    else:
        text_hit = _match_text(q, idx, cfg)
        hit = text_hit or _Hit("missing", 0.0, cfg.confidence_missing_text, "none")
        names = "this credential"
    if hit.status == "missing":
        if can_obtain:
            return _unknown(
                q,
                f"Asks for {names} or the ability to obtain it; the resume does not "
                "list it, and eligibility cannot be judged from a resume.",
            )
        rarely = {c.lower() for c in cfg.rarely_stated_credentials}
        if q.credentials and all(c.lower() in rarely for c in q.credentials):
            return _unknown(
                q,
                f"Asks for {names}; resumes seldom list it, so its absence says "
                "nothing: it is left out.",
            )
        return _assessment(q, hit, f"Asks for {names}; the resume does not list it.")
    return _assessment(q, hit, f"Asks for {names}; the resume lists it.")


def _assess_languages(
    q: Qualification, idx: ResumeIndex, cfg: ScoringConfig
) -> Assessment | None:
    if not q.languages:
        return None
    entries = [(lang.name, lang.span) for lang in idx.resume.languages]
    hits = [_match_named(n, entries, idx, "other", cfg) for n in q.languages]
    is_or = bool(_OR_RE.search(q.text.lower()))
    hit = _combine(hits, is_or=is_or, limit=cfg.max_evidence)
    names = (" or " if is_or else " and ").join(q.languages)
    if hit.status == "missing":
        if all(n.lower() == "english" for n in q.languages):
            return _unknown(
                q,
                "Asks for English; the resume does not state proficiency, which "
                "cannot be judged from the resume alone.",
            )
        return _assessment(q, hit, f"Asks for {names}; the resume does not state it.")
    return _assessment(q, hit, f"Asks for {names}; the resume states it.")


# --------------------------------------------------------------------------- skills


def _assess_skills(
    q: Qualification,
    asked: Sequence[_Asked],
    idx: ResumeIndex,
    skills: SkillGraph,
    cfg: ScoringConfig,
) -> Assessment:
    hits = [_match_skill(a, idx, skills, cfg) for a in asked]
    is_or = len(hits) > 1 and bool(_OR_RE.search(q.text.lower()))
    hit = _combine(hits, is_or=is_or, limit=cfg.max_evidence)
    one = len(asked) == 1 or is_or
    if hit.status == "missing":
        # Nothing named is shown (for "all of", every part is missing).
        names = (" or " if one else ", ").join(a.name for a in asked)
        overlap = any(a.skill_id is None for a in asked)
        text_hit = _match_text(q, idx, cfg, overlap=overlap)
        if text_hit is not None and text_hit.status != "missing":
            return _assessment(
                q,
                text_hit,
                f"No lexicon match for {names}, but the resume has {text_hit.detail}.",
            )
        return _assessment(q, hit, f"No evidence of {names} in the resume.")
    if one:
        return _assessment(q, hit, f"The resume shows {_describe(hit, idx, cfg)}.")
    pairs = list(zip(asked, hits, strict=True))
    full = [a.name for a, h in pairs if h.status == "met"]
    partly = [a.name for a, h in pairs if h.status == "partial"]
    lacking = [a.name for a, h in pairs if h.status == "missing"]
    if not lacking and not partly:
        reason = f"The resume shows all of {', '.join(full)}."
    else:
        said = [", ".join(full)] if full else []
        if partly:
            said.append(f"partly {', '.join(partly)}")
        shown = f"{len(full) + len(partly)} of {len(asked)}"
        reason = f"The resume shows {shown}: {'; '.join(said)}"
        reason += f"; not shown: {', '.join(lacking)}." if lacking else "."
    return _assessment(q, hit, reason)


# --------------------------------------------------------------------------- assemble


def _assessment(
    q: Qualification,
    hit: _Hit,
    reason: str,
    *,
    years: float | None = None,
    nonwork: bool = False,
) -> Assessment:
    status = hit.status if hit.evidence else "missing"
    return Assessment(
        qualification_id=q.id,
        importance=q.importance,
        kind=q.kind,
        text=q.text,
        status=status,
        credit=min(max(hit.credit, 0.0), 1.0) if status != "missing" else 0.0,
        confidence=hit.confidence,
        match_kind=hit.match_kind if status != "missing" else "none",
        evidence=hit.evidence if status != "missing" else (),
        reason=reason,
        candidate_years=round(years, 2) if years is not None else None,
        uses_nonwork_experience=nonwork and status != "missing",
    )


def _unknown(q: Qualification, reason: str) -> Assessment:
    return Assessment(
        qualification_id=q.id,
        importance=q.importance,
        kind=q.kind,
        text=q.text,
        status="unknown",
        credit=0.0,
        confidence=0.0,
        match_kind="none",
        reason=reason,
    )


def _merged_evidence(
    pick: Assessment, parts: Sequence[Assessment], limit: int
) -> tuple[Evidence, ...]:
    """``pick``'s evidence, then (unless it is missing) the other parts' new spans."""
    evidence: list[Evidence] = list(pick.evidence)
    if pick.status != "missing":
        for part in parts:
            evidence += [e for e in part.evidence if e not in evidence]
    return tuple(evidence[:limit])


def _all_of(facets: Sequence[Assessment], cfg: ScoringConfig) -> Assessment:
    """Combine the parts of one item that are all asked: the weakest decides.

    Parts a resume cannot show either way (unknown) are left out unless nothing
    else is judged. The reason states every part's finding; evidence from all
    parts is cited when the item is not missing.
    """
    judged = [f for f in facets if f.status != "unknown"] or list(facets)
    if len(judged) == 1:
        return judged[0]
    weakest = min(range(len(judged)), key=lambda i: (judged[i].credit, i))
    pick = judged[weakest]
    reason = " ".join(
        f.reason if f.reason.endswith(".") else f.reason + "." for f in judged
    )
    return pick.model_copy(
        update={
            "reason": reason,
            "evidence": _merged_evidence(pick, judged, cfg.max_evidence),
        }
    )


def _assess_years_parts(
    q: Qualification, idx: ResumeIndex, skills: SkillGraph, cfg: ScoringConfig
) -> Assessment:
    """Judge an item with several years figures, each against its own clause.

    "5 years of Java and 2 of Go" needs both (the weakest figure decides);
    "6 years of relevant experience or 4 of supply chain" needs either (the
    strongest decides). Every figure's finding is stated in the reason.
    """
    parts: list[Assessment] = []
    for req in q.years_requirements:
        start, end = req.span
        inside = tuple(
            m for m in q.skill_mentions if start <= m.span[0] and m.span[1] <= end
        )
        clause = q.model_copy(
            update={
                "text": q.text[start - q.span[0] : end - q.span[0]],
                "span": req.span,
                "min_years": req.min_years,
                "max_years": req.max_years,
                "years_subject": req.subject,
                "years_requirements": (),
                "skill_mentions": inside,
                "skills": tuple(dict.fromkeys(m.name for m in inside)),
            }
        )
        parts.append(_assess_years(clause, req.min_years, idx, skills, cfg))
    # Ties keep posting order, so the result does not depend on sort stability.
    ranked = sorted(range(len(parts)), key=lambda i: (parts[i].credit, i))
    pick = parts[ranked[-1] if q.years_are_alternatives else ranked[0]]
    joiner = "either: " if q.years_are_alternatives else "all of: "
    return pick.model_copy(
        update={
            "text": q.text,
            "reason": joiner + "; ".join(p.reason.rstrip(".") for p in parts) + ".",
            "evidence": _merged_evidence(pick, parts, cfg.max_evidence),
        }
    )


def assess_qualification(
    q: Qualification,
    idx: ResumeIndex,
    *,
    skills: SkillGraph,
    config: ScoringConfig,
) -> Assessment:
    """Judge one qualification against an indexed resume.

    Args:
        q: The posting qualification.
        idx: The resume index from :func:`index_resume`.
        skills: The skill lexicon (for implied and looked-up skills).
        config: Scoring weights and thresholds.

    Returns:
        The assessment, with evidence for every met or partial status.
    """
    cfg = config
    if q.kind == "authorization":
        return _unknown(
            q, "Work authorization cannot be judged from a resume; it is left out."
        )
    lowered = q.text.lower()
    # An item can ask several things at once ("BS in CS and 5 years of program
    # management", "RN license and 3+ years of acute care"): each part is judged
    # and all are needed, as a recruiter screens on any part that is missing.
    facets: list[Assessment] = []
    if q.kind == "education" or q.degree_level or q.degree_fields:
        education = _assess_education(q, idx, cfg)
        if education is not None:
            facets.append(education)
    if q.years_requirements and not q.years_by_degree:
        facets.append(_assess_years_parts(q, idx, skills, cfg))
    else:
        need = _needed_years(q, idx)
        if need is not None and need > 0:
            facets.append(_assess_years(q, need, idx, skills, cfg))
    if q.kind in ("certification", "license", "clearance") or q.credentials:
        facets.append(_assess_credentials(q, idx, cfg))
    if q.kind == "language" or q.languages:
        languages = _assess_languages(q, idx, cfg)
        if languages is not None:
            facets.append(languages)
    if facets:
        return _all_of(facets, cfg)
    asked = _asked_skills(q, skills)
    if asked:
        return _assess_skills(q, asked, idx, skills, cfg)
    if q.kind in ("other", "soft_skill", "experience") and _UNJUDGEABLE_RE.search(
        lowered
    ):
        return _unknown(
            q, "A resume cannot show this either way; it is left out of the score."
        )
    hit = _match_text(q, idx, cfg)
    if hit is None:
        return _unknown(
            q, "Nothing in this item can be checked against a resume; it is left out."
        )
    if hit.status == "missing":
        if q.kind in ("soft_skill", "other"):
            reason = (
                f"The resume does not show '{_short(q.text)}' in words; examples "
                "in role bullets would."
            )
        else:
            reason = f"The resume shows nothing matching '{_short(q.text)}'."
        return _assessment(q, hit, reason)
    return _assessment(q, hit, f"The resume has {hit.detail}.")


def assess_qualifications(
    posting: Posting,
    resume_index: ResumeIndex,
    *,
    skills: SkillGraph,
    config: ScoringConfig,
) -> tuple[Assessment, ...]:
    """Judge every qualification of a posting against an indexed resume.

    Args:
        posting: A parsed posting with its qualifications.
        resume_index: The resume index from :func:`index_resume`.
        skills: The skill lexicon (``resumefit.lexicon.Lexicon``).
        config: Scoring weights and thresholds.

    Returns:
        One assessment per qualification, in posting order.
    """
    return tuple(
        assess_qualification(q, resume_index, skills=skills, config=config)
        for q in posting.qualifications
    )
