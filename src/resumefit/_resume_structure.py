"""A resume's normalised text → sections, dated entries (roles) and education entries.

Pure Python and regular expressions. The steps:

1. **Sections.** A heading is a short line (at most six words once normalised) that
   matches a known variant from ``data/resume_headings.json``. Case, punctuation,
   ``&``/``and``, a trailing colon, icon glyphs, markdown markers and spaced capitals
   ("E X P E R I E N C E") are ignored; a variant may carry a modifier in front
   ("Relevant Professional Experience") or a suffix after it ("Experience
   Summary"), and two may be joined ("Skills & Awards"); derived forms must be in
   title case. ``Skills: Python, SQL`` is an inline heading. Ambiguous one-word
   headings ("Leadership", "Training") count inside list-like sections only when
   set apart (ALL CAPS, colon, markdown); a heading of the current section's kind
   is a sub-heading. An "Accomplishments" or "Skills" heading inside an experience
   section whose body holds further dated jobs is a per-job sub-heading and does
   not end the section. A multi-word heading that a PDF ran onto the end of the
   previous paragraph ("... Time Management Education and Training") is split
   off. Text before the first heading is the untitled top: ``contact``, or
   ``summary`` when it is mostly prose.
2. **Roles.** In experience, volunteer, projects, education and other sections
   (except memberships, interests and the like), a date range (or a single date) on
   a short, header-like line anchors an entry; so does a range after a short
   title-cased prefix on a long line (a PDF that ran the header into its
   description), and a range split over two rows ("June 2020 – Title" / "Present
   ..."). The header is the anchor line plus the header-like lines around it (how
   many lines sit above the date is learned from the section's first entry;
   location and punctuation-only lines come free); the entry runs to the next
   entry's header. Title and organisation are read from the header parts. When no
   experience heading is found and no other entry has a date, date ranges in any
   section become roles.
   **One-line entries.** In experience, volunteer and project sections a line that
   is a whole entry by itself is a role of its own, with the line as its span
   (plus any lines under it), the title part as its header and the range as its
   dates: "- Paramedic (2012 - 2014)", "1. Title (2019 - 2023): what was done",
   "Title, 2016 - 2017", "Title (2016 - 2018) at Org", "Worked as a Surgeon from
   2019 to 2022", "... as a Title between 2017 and 2022", "2019 - 2022: Title at
   Org". Dashes stay in such titles ("Interviewers - Except Eligibility"). A
   section whose entries are all one-line entries is a list: there every line
   that states a range is an entry, its role read from the wording when it can be
   ("held the position of X", a quoted title). Under an entry with a header of its
   own, a bullet worded like an entry stays that entry's bullet.
3. **Education.** In education sections, lines are grouped into entries by the
   degree, institution and date they hold; the degree's level and fields come from
   :func:`resumefit._vocab.find_degrees`, with a few resume-only forms added here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from resumefit._dates import DateRange, find_date_ranges
from resumefit.errors import ResourceError
from resumefit.schema import (
    DegreeLevel,
    EducationEntry,
    PartialDate,
    ResumeSection,
    ResumeSectionKind,
    Role,
    RoleKind,
    Span,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ResumeStructure", "match_heading", "structure_resume"]

#: Most words a heading may have once normalised.
MAX_HEADING_WORDS = 6
#: Most header lines looked for above an entry's date line.
MAX_LINES_ABOVE = 3
#: Most header lines (excluding location lines) after an entry's date line.
MAX_HEADER_LINES = 3
_ENTRY_SECTIONS: frozenset[str] = frozenset(
    {"experience", "volunteer", "projects", "education", "other"}
)
#: Sections where a line may hold a whole entry ("- Paramedic (2012 - 2014)").
_ONE_LINE_SECTIONS: frozenset[str] = frozenset({"experience", "volunteer", "projects"})
_LIST_SECTIONS: frozenset[str] = frozenset(
    {"skills", "experience", "projects", "volunteer", "awards"}
)


@dataclass(frozen=True)
class ResumeStructure:
    """The structure found in a resume's text.

    Attributes:
        sections: Sections in text order, not overlapping.
        roles: Dated entries in text order.
        education: Education entries in text order.
        warnings: Observations such as ``"no experience section found"``;
            ``"no dated roles found"`` means no dated entry besides study periods.
    """

    sections: tuple[ResumeSection, ...]
    roles: tuple[Role, ...]
    education: tuple[EducationEntry, ...]
    warnings: tuple[str, ...]


@lru_cache(maxsize=4096)
def _dates_in(chunk: str) -> tuple[DateRange, ...]:
    """``find_date_ranges`` on a short string (a line or a part), cached.

    The same line is looked at by the header and education passes.
    """
    return tuple(find_date_ranges(chunk))


# --------------------------------------------------------------------------- headings


@dataclass(frozen=True)
class _HeadingTable:
    variants: dict[str, ResumeSectionKind]
    modifiers: tuple[tuple[str, ...], ...]
    suffixes: frozenset[str]
    weak: frozenset[str]
    last_words: frozenset[str]  # last word of every variant: a quick pre-check


def _key_words(text: str) -> list[str]:
    """Lower-case words of a heading with punctuation and 'and' removed."""
    low = text.lower().replace("&", " and ").replace("+", " and ").replace("/", " and ")
    low = low.replace("'", "").replace("\u2019", "")
    return [w for w in re.split(r"[^0-9a-z\u00c0-\u024f]+", low) if w and w != "and"]


@cache
def _heading_table() -> _HeadingTable:
    try:
        raw = (files("resumefit") / "data" / "resume_headings.json").read_text(
            encoding="utf-8"
        )
        data = json.loads(raw)
        variants: dict[str, ResumeSectionKind] = {}
        for kind, names in data["headings"].items():
            for name in names:
                variants[" ".join(_key_words(name))] = kind
        modifiers = tuple(
            sorted(
                (tuple(_key_words(m)) for m in data["modifiers"]),
                key=lambda m: (-len(m), m),
            )
        )
        suffixes = frozenset(" ".join(_key_words(s)) for s in data["suffixes"])
        weak = frozenset(" ".join(_key_words(w)) for w in data["weak"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        msg = (
            "resumefit data file 'resume_headings.json' is missing or damaged "
            f"({exc!r}); reinstall resumefit."
        )
        raise ResourceError(msg) from exc
    last_words = frozenset(key.rsplit(" ", 1)[-1] for key in variants)
    return _HeadingTable(variants, modifiers, suffixes, weak, last_words)


_LEAD_JUNK = re.compile(r"^[^A-Za-z\u00c0-\u024f]+")
_KEEP_AT_END = re.compile(r"[A-Za-z\u00c0-\u024f)]")


def _strip_trailing_junk(text: str) -> str:
    """``text`` up to its last letter or ')' (a loop: a ``$`` regex is quadratic)."""
    end = len(text)
    while end and not _KEEP_AT_END.match(text[end - 1]):
        end -= 1
    return text[:end]


_SPACED_WORD = re.compile(r"(?:[A-Za-z] )+[A-Za-z]")
_STRONG_MARK = re.compile(r"^\s*(?:#{1,6}\s|\*\*|__)|(?:\*\*|__|:)\s*$")


def _collapse_spaced_caps(text: str) -> str:
    """'E X P E R I E N C E' → 'EXPERIENCE'; 'W O R K  H I S T O R Y' → two words."""
    parts = re.split(r"\s{2,}|\s+[&/|]\s+", text.strip())
    if len(parts) and all(_SPACED_WORD.fullmatch(p) for p in parts):
        return " ".join(p.replace(" ", "") for p in parts)
    return text


def _lookup(words: list[str], table: _HeadingTable) -> ResumeSectionKind | None:
    if words[-1] not in table.last_words and not (
        len(words) > 1 and words[-1] in table.suffixes and words[-2] in table.last_words
    ):
        return None
    key = " ".join(words)
    if key in table.variants:
        return table.variants[key]
    # Modifiers in front: "Relevant Professional Experience".
    rest = words
    changed = True
    while changed and rest:
        changed = False
        for mod in table.modifiers:
            n = len(mod)
            if len(rest) > n and tuple(rest[:n]) == mod:
                rest = rest[n:]
                changed = True
                joined = " ".join(rest)
                if joined in table.variants:
                    return table.variants[joined]
                break
    # A suffix after: "Experience Summary", "Employment Details".
    for cut in (words, rest):
        if len(cut) > 1 and cut[-1] in table.suffixes:
            joined = " ".join(cut[:-1])
            if joined in table.variants:
                return table.variants[joined]
    return None


_CONJUNCTION = re.compile(r"(?i)&|\+|/|,|\band\b")


def _is_title_cased(text: str) -> bool:
    """Every significant word starts with a capital (or the line is ALL CAPS)."""
    words = [
        w for w in re.findall(r"[A-Za-z][\w'’]*", text) if w.lower() not in _SMALL_WORDS
    ]
    return bool(words) and all(w[0].isupper() for w in words)


def _lookup_combined(
    words: list[str], table: _HeadingTable, raw: str
) -> ResumeSectionKind | None:
    """A known heading, or two known headings joined ("Skills & Awards").

    A joined pair needs a written conjunction and title case, so that list items
    such as "Leadership skills" or "Service Skills" are not read as headings.
    """
    kind = _lookup(words, table)
    if kind is not None:
        return kind
    if not _CONJUNCTION.search(raw) or not _is_title_cased(raw):
        return None
    for cut in range(1, len(words)):
        if words[cut - 1] not in table.last_words:
            continue
        first = _lookup(words[:cut], table)
        if first is not None and _lookup(words[cut:], table) is not None:
            return first
    return None


def _classify_heading(raw: str) -> tuple[ResumeSectionKind, bool, bool] | None:
    """Return (kind, is_weak, is_strongly_formatted) when ``raw`` is a heading line."""
    strong = bool(_STRONG_MARK.search(raw))
    text = _LEAD_JUNK.sub("", raw)
    text = _strip_trailing_junk(text)
    if not text or len(text) > 60:
        return None
    collapsed = _collapse_spaced_caps(text)
    if collapsed != text:
        strong = True
        text = collapsed
    if not text[0].isupper():
        return None  # a wrapped sentence ("...strong communication\nskills.")
    if raw.rstrip().endswith(".") and not raw.rstrip().endswith(".."):
        return None  # a sentence, not a heading
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        strong = True
    words = _key_words(text)
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    table = _heading_table()
    kind = _lookup_combined(words, table, text)
    if kind is None:
        return None
    key = " ".join(words)
    if key not in table.variants and not _is_title_cased(text):
        return None  # a derived match in sentence case: "Technical writing"
    return kind, key in table.weak, strong


def match_heading(line: str) -> ResumeSectionKind | None:
    """Return the section kind a heading line names, or ``None``.

    Args:
        line: One line of text, as written (glyphs, colon and case are ignored).

    Returns:
        The section kind, or ``None`` when the line is not a known heading.

    Example:
        >>> match_heading("PROFESSIONAL EXPERIENCE:")
        'experience'
        >>> match_heading("Experience with Python and Go") is None
        True
    """
    found = _classify_heading(line)
    return found[0] if found else None


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """Non-blank lines of ``text[start:end]``, stripped, with absolute offsets."""
    out: list[_Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            out.append(_Line(s, s + len(stripped), stripped))
        pos = stop + 1
    return out


def _trimmed(text: str, start: int, end: int) -> Span:
    """Shrink ``[start, end)`` to exclude surrounding whitespace."""
    start = min(start, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


_INLINE_HEADING = re.compile(r"^([^:\n]{2,40}):[ \t]+(\S.*)$")


@dataclass(frozen=True)
class _Heading:
    kind: ResumeSectionKind
    line_start: int
    span: Span
    body_start: int


# Multi-word headings a PDF may run onto the end of the previous paragraph:
# "... Time Management Education and Training".
_TRAILING = re.compile(
    r"(?<=[a-z.,;)] )(?:"
    r"Professional Experience|Work Experience|Work History|Employment History|"
    r"Education and Training|Education & Training|Professional Summary|"
    r"Relevant Experience|Career History|Technical Skills|Skill Highlights|"
    r"Core Qualifications|Volunteer Experience|Academic Background|"
    r"PROFESSIONAL EXPERIENCE|WORK EXPERIENCE|WORK HISTORY|EMPLOYMENT HISTORY|"
    r"EDUCATION AND TRAINING)\s*:?$"
)
_MIN_TRAILING_WORDS = 6


def _trailing_heading(line: _Line) -> tuple[ResumeSectionKind, int] | None:
    match = _TRAILING.search(line.text)
    if match is None or len(line.text[: match.start()].split()) < _MIN_TRAILING_WORDS:
        return None
    kind = match_heading(match.group(0))
    if kind is None:
        return None
    return kind, line.start + match.start()


def _find_headings(lines: Sequence[_Line]) -> list[_Heading]:
    found: list[_Heading] = []
    current: str = "contact"
    for line in lines:
        classified = _classify_heading(line.text)
        head_start = line.start
        head_end = line.end
        body_start = line.end
        if (
            classified is None
            and "," in line.text
            and len(line.text.split()) <= MAX_HEADING_WORDS
            and not line.text.endswith(".")
            and _is_title_cased(line.text)
        ):
            # "Education, Certifications, Endorsements": the first one names it.
            classified = _classify_heading(line.text.split(",", 1)[0])
            if classified is not None and classified[1]:
                classified = None  # a weak word first: "Service, Collections, ..."
        if classified is None:
            trailing = _trailing_heading(line)
            if trailing is not None:
                kind_t, start_t = trailing
                if kind_t != current:
                    found.append(
                        _Heading(kind_t, start_t, (start_t, line.end), line.end)
                    )
                    current = kind_t
                continue
            inline = _INLINE_HEADING.match(line.text)
            if inline is None:
                continue
            classified = _classify_heading(inline.group(1) + ":")
            if classified is None:
                continue
            kind_inline = classified[0]
            # "Languages: Python, Go" inside a skills section is a sub-label.
            if kind_inline == current or (
                current == "skills" and kind_inline in ("skills", "languages", "other")
            ):
                continue
            head_end = line.start + len(inline.group(1)) + 1
            body_start = line.start + inline.start(2)
        kind, weak, strong = classified
        if weak and not strong and current in _LIST_SECTIONS:
            continue
        if kind == current and not strong:
            # "Technical Skills" under "Skills", a "Volunteer" title line in a
            # volunteer section: a sub-heading, not a new section.
            continue
        found.append(_Heading(kind, head_start, (head_start, head_end), body_start))
        current = kind
    return found


_SENTENCE_WORDS = 12


_CONTACT_MARK = re.compile(r"@|\||https?:|www\.|linkedin|github|\+?\d[\d ().-]{7,}\d")


def _is_prose(line: str) -> bool:
    """A sentence-like line (summary text), not a contact or title line."""
    if len(line.split()) < _SENTENCE_WORDS or _CONTACT_MARK.search(line):
        return False
    return bool(re.search(r"[.!?]$|[a-z][.!?]\s+[A-Z]", line)) or (
        sum(w.islower() for w in line.split()) * 2 > len(line.split())
    )


def _top_kind(text: str, span: Span) -> ResumeSectionKind:
    """'summary' when the untitled top is mostly prose, else 'contact'."""
    lines = _lines(text, *span)
    total = sum(len(line.text) for line in lines)
    prose = sum(len(line.text) for line in lines if _is_prose(line.text))
    return "summary" if total and prose * 2 > total else "contact"


_LOOSE_EXPERIENCE = re.compile(
    r"^(?:[A-Z][\w&'’/-]*\s+){1,3}(?:Experience|EXPERIENCE|Employment|EMPLOYMENT)\s*:?$"
)


def _loose_experience_headings(lines: Sequence[_Line]) -> list[_Heading]:
    """When no experience heading is known: 'Visual Merchandise Experience' etc."""
    return [
        _Heading("experience", line.start, (line.start, line.end), line.end)
        for line in lines
        if _LOOSE_EXPERIENCE.match(line.text)
    ]


_SUBHEADING_KINDS: frozenset[str] = frozenset({"awards", "skills"})


def _demote_subheadings(
    text: str, lines: Sequence[_Line], headings: list[_Heading]
) -> list[_Heading]:
    """Drop 'Accomplishments'-style headings that sit inside an experience section.

    Some resume builders print "Accomplishments" or "Skills Used" inside each job;
    the jobs that follow must stay in the experience section. A heading of a minor
    kind right after experience is taken for such a sub-heading when its body holds
    a dated job header (a date range with a job title next to it).
    """
    kept: list[_Heading] = []
    for i, head in enumerate(headings):
        current = kept[-1].kind if kept else None
        if head.kind in _SUBHEADING_KINDS and current == "experience":
            end = headings[i + 1].line_start if i + 1 < len(headings) else len(text)
            body = [line for line in lines if head.body_start <= line.start < end]
            if body and _has_job_header(text, body, head.body_start, end):
                continue
        kept.append(head)
    return kept


def _has_job_header(text: str, lines: Sequence[_Line], start: int, end: int) -> bool:
    for anchor in _anchors(text, lines, start, end):
        if _is_single(anchor.date):
            continue
        near = lines[max(0, anchor.first - 2) : anchor.last + 3]
        if any(
            _TITLE_WORDS.search(line.text) or line.text.lower() == "company name"
            for line in near
            if _is_header_like(line)
        ):
            return True
    return False


def _build_sections(text: str, lines: Sequence[_Line]) -> list[ResumeSection]:
    headings = _find_headings(lines)
    if not any(h.kind == "experience" for h in headings):
        taken = {h.line_start for h in headings}
        extra = [
            h for h in _loose_experience_headings(lines) if h.line_start not in taken
        ]
        if extra:
            headings = sorted([*headings, *extra], key=lambda h: h.line_start)
    headings = _demote_subheadings(text, lines, headings)
    sections: list[ResumeSection] = []
    first = headings[0].line_start if headings else len(text)
    top = _trimmed(text, 0, first)
    if top[1] > top[0]:
        sections.append(ResumeSection(kind=_top_kind(text, top), span=top))
    for i, head in enumerate(headings):
        nxt = headings[i + 1].line_start if i + 1 < len(headings) else len(text)
        body = _trimmed(text, head.body_start, nxt)
        sections.append(
            ResumeSection(
                kind=head.kind,
                heading=text[head.span[0] : head.span[1]],
                heading_span=head.span,
                span=body,
            )
        )
    return sections


# --------------------------------------------------------------------------- roles

_BULLET = re.compile(
    r"^(?:[-*•·‣◦▪▫■□●○►▸➢➤✓✔\u2022\u2023\u25aa\uf0b7\uf0a7>]|\d+[.)])\s*"
)
_ABBREV_END = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|Jr|Sr|St|Dept|Univ|U\.S|[A-Z])\.$"
)
_MAX_HEADER_WORDS = 12
_MAX_HEADER_CHARS = 100
_MAX_ANCHOR_REST_WORDS = 14
_MAX_SINGLE_REST_WORDS = 10
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9][\w'’.&+#/-]*")


# Page furniture that carries a date: "February 10, 2026 Jo Doe · Résumé 2",
# "Last updated on 21st January 2015", "Page 2 of 3".
_FOOTER = re.compile(
    r"(?i)\b(?:curriculum\s+vitae|r[ée]sum[ée]|cv)\s*\d*\s*$|\blast\s+updated\b"
    r"|\bpage\s+\d+(?:\s+of\s+\d+)?\b"
)


def _is_header_like(line: _Line) -> bool:
    text = line.text
    if _is_location(text):
        return True  # "- City", "|", ","
    if _BULLET.match(text) and not re.match(r"^\d+[.)]?$", text):
        return False
    if len(text) > _MAX_HEADER_CHARS or len(text.split()) > _MAX_HEADER_WORDS:
        return False
    if _FOOTER.search(text):
        return False
    return not (text.endswith(".") and not _ABBREV_END.search(text))


def _line_index(lines: Sequence[_Line], offset: int) -> int:
    """Index of the line holding ``offset`` (or the last line starting before it)."""
    lo, hi = 0, len(lines) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if lines[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


@dataclass(frozen=True)
class _Anchor:
    date: DateRange
    first: int  # index of the first line the date touches
    last: int  # index of the last line the date touches
    cuts: tuple[Span, ...] = ()  # the date text itself, when not all of date.span
    one_line: _OneLine | None = None  # a one-line entry: its title and organisation
    alone: bool = False  # the header is this line only (no lines above or below)
    listed: bool = False  # the line reads as a one-line entry


def _date_cuts(anchor: _Anchor) -> tuple[Span, ...]:
    return anchor.cuts or (anchor.date.span,)


_SPLIT_DASH = re.compile(r"[ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]+(?=\S)")
_SPLIT_END = re.compile(r"(?i)(?:present|current|now|ongoing|today)\b")


def _split_range(
    text: str, lines: Sequence[_Line], date: DateRange, last: int
) -> _Anchor | None:
    """'June 2020 – Title, Org' + next line 'Present ...': a range split by layout.

    PDFs with a narrow date column put "June 2020 –" and "Present" on two rows,
    and text extraction joins each row with the header text beside it.
    """
    s, e = date.span
    dash = _SPLIT_DASH.match(text, e, lines[last].end)
    if dash is None or last + 1 >= len(lines):
        return None
    nxt = lines[last + 1]
    chunk = text[nxt.start : nxt.end]
    now = _SPLIT_END.match(chunk)
    if now is not None:
        end_date: PartialDate | None = None
        is_current = True
        token_end = now.end()
    else:
        found = _dates_in(chunk)
        if not found or found[0].span[0] != 0 or not _is_single(found[0]):
            return None
        end_date = found[0].start
        is_current = False
        token_end = found[0].span[1]
    merged = DateRange(date.start, end_date, is_current, (s, nxt.start + token_end))
    cuts = ((s, dash.end()), (nxt.start, nxt.start + token_end))
    first = _line_index(lines, s)
    return _Anchor(merged, first, last + 1, cuts)


_SMALL_WORDS = frozenset(
    {"of", "and", "the", "for", "in", "at", "to", "&", "a", "an", "on", "de", "la"}
)
_PREPOSITIONS = frozenset(
    {
        "from",
        "in",
        "during",
        "between",
        "since",
        "of",
        "by",
        "for",
        "to",
        "on",
        "at",
        "until",
        "through",
        "and",
        "the",
        "over",
        "within",
    }
)
_MAX_TITLE_PREFIX_WORDS = 8
_TITLE_CASE_SHARE = 0.6


def _is_title_prefix(before: str) -> bool:
    """Whether the text before a date on its line reads as a job header."""
    if not before.strip() or _BULLET.match(before):
        return False
    words = _WORD.findall(before)
    if not words or len(words) > _MAX_TITLE_PREFIX_WORDS:
        return False
    if words[-1].lower() in _PREPOSITIONS:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    upper = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return upper / len(content) >= _TITLE_CASE_SHARE


# ------------------------------------------------------------------ one-line entries


@dataclass(frozen=True)
class _OneLine:
    """Title and organisation of an entry written on one line."""

    title: Span
    org: Span | None


# List markers, markdown headers and bold markers in front of an entry line.
_LEAD_MARK = re.compile(
    r"(?:#{1,6}[ \t]+|\*\*|__|"
    r"(?:[-*•·‣◦▪▫■□●○►▸➢➤✓✔\u2022\u2023\u25aa\uf0b7\uf0a7>]|\d{1,2}[.)])[ \t]*)+"
)
# What joins a title to the dates that follow it: brackets, punctuation and
# "from", "between", "during" and the like ("AB from 2020-2021").
_JOIN_CHARS = " \t\u00a0([{:,;|\u2013\u2014*_-"
_JOIN_WORD = re.compile(
    r"(?i)(?<![\w-])(?:from|between|during|since|for|in|within|over|of|period)$"
)


def _before_dates(text: str, start: int, end: int) -> int:
    """End of ``text[start:end]`` without the brackets and words joining it to dates."""
    while end > start:
        if text[end - 1] in _JOIN_CHARS:
            end -= 1
            continue
        word = _JOIN_WORD.search(text, max(start, end - 8), end)
        if word is None:
            break
        end = word.start()
    return end


# "... as a Survey Researcher": the role noun phrase follows the last "as".
_AS_ROLE = re.compile(
    r"(?<![\w-])(?<!well )(?<!such )(?<!so )(?i:as)\s+(?:(?i:an?|the)\s+)?"
    r"(?!(?i:a\s+result|well|needed|such|part|of|per|required|assigned|"
    r"directed|necessary|possible|appropriate|usual|follows?|both|they|it|we|you|"
    r"he|she|if|soon|long|much|many|far|early|late|opposed|shown|described)\b)"
    r"[_*\"'“‘]{0,2}(?=[A-Za-z])"
)
# Where a title stops before the dates: "Repairer for a substantial time span".
_TITLE_TAIL = re.compile(
    r"(?i)(?<!\s)\s+(?:for\s+(?:a|an|the|about|over|nearly|almost|more|several|many|some|"
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|within\b|"
    r"throughout\b|spanning\b|lasting\b|totall?ing\b)"
)
# Words that make the text before the dates a sentence, not a title.
_PROSE_WORDS = re.compile(
    r"\b(?:the|my|our|their|his|her|its|was|were|is|are|been|being|has|have|had|"
    r"which|who|than|while|we|they|this|these|those)\b|\bI\s+[a-z]|%"
)
# A first word that is a verb ("Managed daily operations", "Led the team").
_VERB_FIRST = re.compile(
    r"^(?:[A-Z][a-z]{2,}ed|Led|Built|Ran|Won|Made|Taught|Wrote|Oversaw|Drove|Grew|"
    r"Sold|Cut|Held|Took|Gave|Kept|Brought|Began|Spent|Met|Did|Set|Put|Got|Became|"
    r"Went|Found|Drew|Left|Manage|Lead|Develop|Oversee|Assist|Provide|Support|"
    r"Maintain|Create|Coordinate|Conduct|Perform|Handle|Ensure|Implement|Design|"
    r"Prepare|Monitor|Review|Train|Help|Work|Serve)$"
)
_ADJECTIVE_ED = frozenset(
    {
        "Certified",
        "Licensed",
        "Registered",
        "Qualified",
        "Chartered",
        "Retired",
        "Skilled",
        "Trained",
        "Experienced",
        "Seasoned",
        "Dedicated",
        "Advanced",
        "Detailed",
        "Enlisted",
        "Unlicensed",
    }
)
_MAX_ONE_LINE_TITLE_WORDS = 16
_MAX_LOOSE_TITLE_WORDS = 10
_MAX_AS_TITLE_WORDS = 12


# A sentence's first word: "While studying (2008-2011) I ...".
_PROSE_START = re.compile(
    r"(?:While|When|After|Before|During|Since|Although|Because|Through|"
    r"Throughout|Including|If|Once|Upon|In|On|By|To|Of|Due|With|Without)\b"
)
# What may follow the dates of an entry line that has no list marker: nothing
# much, or a separator before its description ("(2012 - 2015): Designed ...").
_AFTER_ENTRY = re.compile(r"[)\]]?\s*(?:$|[:,.;|\u2013\u2014\u2212-]|at\s|@)")
_MAX_BARE_TAIL_WORDS = 4
# A line that ends like this goes on in the next one ("... Store of the").
_WRAPS = re.compile(
    r"(?:,|\b(?:of|the|and|or|to|in|for|a|an|with|at|on|by|from|&))$", re.I
)


# Field labels of project and job listings ("Duration:", "Description:").
_LABEL = re.compile(
    r"(?i)description|duration|role|responsibilities|project|position|company|"
    r"employer|location|title|client|environment|technologies|team|summary|"
    r"details|tasks|duties|period|dates?"
)


def _verb_led(words: Sequence[str]) -> bool:
    """'Managed daily operations': a verb followed by a lower-case word."""
    if not words:
        return False
    first = words[0]
    if first in _ADJECTIVE_ED or not _VERB_FIRST.match(first):
        return False
    return len(words) == 1 or not words[1][:1].isupper()


def _trim_span(text: str, start: int, end: int, chars: str) -> Span:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return (start, end)


_TRIM = " \t\u00a0,;:|-\u2013\u2014*_#."


def _split_top(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[Span]:
    """Pieces of ``text[start:end]`` split at ``sep`` outside brackets."""
    pieces: list[Span] = []
    depth = 0
    pos = start
    i = start
    while i < end:
        ch = text[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif depth == 0:
            match = sep.match(text, i, end)
            if match is not None and match.end() > i:
                pieces.append((pos, i))
                pos = match.end()
                i = pos
                continue
        i += 1
    pieces.append((pos, end))
    return pieces


_ORG_SEP = re.compile(
    r"(?<!\s)\s*(?:—|\|(?=\s)|,(?=\s))\s*|(?<!\s)\s+(?:at|@)\s+(?=[A-Z0-9])"
)


def _title_org(text: str, start: int, end: int) -> _OneLine | None:
    """Title and organisation in ``text[start:end]`` (no dates, no bullet).

    Dashes ("Interviewers - Except Eligibility And Loan") stay in the title; an
    em dash, a bar, "at" or a comma before a capitalised part starts the
    organisation; a comma before a lower-case word or "and" continues a list
    inside the title ("Baggage porters, bellhops, and concierges").
    """
    start, end = _trim_span(text, start, end, _TRIM)
    if start >= end:
        return None
    pieces = [
        _keep_abbrev_dot(text, *_trim_span(text, s, e, _TRIM))
        for s, e in _split_top(text, start, end, _ORG_SEP)
    ]
    pieces = [p for p in pieces if p[1] > p[0]]
    if not pieces:
        return None
    # "Furnace, kiln, Oven, Drier, and Kettle Operators": a comma list that ends
    # in "and ..." is one title.
    last_and = max(
        (
            i
            for i, (s, _) in enumerate(pieces)
            if i
            and re.match(r"(?:and|or|&)\s", text[s:end])
            and "," in text[pieces[i - 1][1] : s]
        ),
        default=0,
    )
    merged: list[Span] = [(pieces[0][0], pieces[last_and][1])]
    for s, e in pieces[last_and + 1 :]:
        gap = text[merged[-1][1] : s]
        chunk = text[s:e]
        if "," in gap and re.match(r"[a-z]{2,}(?:ed|ing)\b", chunk):
            break  # "Compliance Officer, sustained rapport ...": a description
        continues = "," in gap and not chunk[:1].isupper()
        if continues:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    title = _balanced(text, *merged[0])
    if not re.search(r"[A-Za-z]", text[title[0] : title[1]]):
        return None
    org = next(
        (
            p
            for p in merged[1:]
            if not _is_location(text[p[0] : p[1]])
            and re.search(r"[A-Za-z]", text[p[0] : p[1]])
        ),
        None,
    )
    return _OneLine(title, org)


def _keep_abbrev_dot(text: str, start: int, end: int) -> Span:
    """'Elmfield Inc' → 'Elmfield Inc.' when the text has the abbreviation's dot."""
    if (
        end < len(text)
        and text[end] == "."
        and _ABBREV_END.search(text[start : end + 1])
    ):
        return (start, end + 1)
    return (start, end)


def _balanced(text: str, start: int, end: int) -> Span:
    """Cut an unclosed bracket off the end: "Software Engineer (SDE" → the title."""
    chunk = text[start:end]
    if chunk.count("(") > chunk.count(")"):
        return _trim_span(text, start, start + chunk.rindex("("), _TRIM)
    return (start, end)


def _org_after(text: str, start: int, end: int) -> Span | None:
    """'(2016 - 2018) at MyTech, ...': the organisation named after the dates."""
    match = re.match(
        r"[)\]\s]*(?:at|@|with)\s+([A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9&][\w&.'’-]*)*)",
        text[start:end],
    )
    if match is None:
        return None
    s, e = match.span(1)
    return _trim_span(text, start + s, start + e, _TRIM)


def _one_line(text: str, line: _Line, date: DateRange) -> _OneLine | None:
    """Title and organisation when ``line`` is a whole entry written on one line.

    Shapes: "- Title (2018 - 2019)", "Title (2012 - 2015): what was done",
    "Title, 2016 - 2017", "Worked as a Surgeon from 2019 to 2022", "Title from
    2020-2021", "2022 - 2023: Title at Org. What was done". Returns ``None`` for a
    sentence that merely mentions a range ("Managed the budget from 2015 to 2017").
    """
    if date.start is None or (date.end is None and not date.is_current):
        return None
    if date.start == date.end:
        return None
    ds, de = date.span
    if not line.start <= ds < line.end:
        return None
    lead = _LEAD_MARK.match(text, line.start, line.end)
    body = lead.end() if lead else line.start
    if re.match(r"[a-z](?![a-z]*[A-Z])", text[body : body + 20]):
        return None  # a wrapped sentence goes on: "day operations ... 2009-2011"
    if _PROSE_START.match(text, body, line.end):
        return None
    before_end = _before_dates(text, body, ds)
    before = text[body:before_end]
    if _WORD.search(before):
        # Set apart by punctuation only ("(2018 - 2019)", ": 2018 to 2023"), not by
        # a word ("from 2014 to 2016").
        bracketed = not _WORD.search(text[before_end:ds])
        return _title_first(text, body, before_end, de, line.end, bracketed)
    return _date_first(text, de, line.end)


def _title_first(
    text: str, start: int, end: int, date_end: int, line_end: int, bracketed: bool
) -> _OneLine | None:
    """'Title (dates)' or '... as a Title from X to Y'."""
    chunk = text[start:end]
    quoted = _QUOTED_ROLE.search(chunk)
    if (
        quoted is not None
        and not _PROSE_WORDS.search(chunk)
        and not _verb_led(_WORD.findall(chunk))
    ):
        # "Compliant 'Claims adjuster,' relieved clients": the quoted title.
        return _title_org(text, start + quoted.start(1), start + quoted.end(1))
    roles = list(_AS_ROLE.finditer(chunk))
    if roles:
        as_role = roles[-1]
        s = start + as_role.end()
        tail = _TITLE_TAIL.search(text, s, end)
        e = tail.start() if tail else end
        title_words = _WORD.findall(text[s:e])
        if not title_words or len(title_words) > _MAX_AS_TITLE_WORDS:
            return None
        if _PROSE_WORDS.search(text, s, e):
            return None
        found = _title_org(text, s, e)
        if found is None:
            return None
        org = found.org or _org_after(text, date_end, line_end)
        return _OneLine(found.title, org)
    # "Position: Animal Caretaker (2018 - 2023)": the title after a label.
    label = re.match(r"[*_]*(\w+(?: \w+)?)[*_]*:[*_]*\s+", chunk)
    if label is not None and _LABEL.fullmatch(label.group(1)):
        start += label.end()
        chunk = text[start:end]
    # A colon ends the title: "Roof bolters - mining: Led crews (2013 - 2018)".
    colon = re.search(r":\s", chunk)
    if colon is not None and _WORD.search(chunk[: colon.start()]):
        end = start + colon.start()
        chunk = text[start:end]
        bracketed = False
    tail = _TITLE_TAIL.search(chunk)
    if tail is not None:
        end = start + tail.start()
        chunk = text[start:end]
    words = _WORD.findall(chunk)
    limit = _MAX_ONE_LINE_TITLE_WORDS if bracketed else _MAX_LOOSE_TITLE_WORDS
    if not words or len(words) > limit:
        return None
    if not (
        chunk[:1].isupper()
        or chunk[:1].isdigit()
        or re.match(r"[a-z]+[A-Z]|\.[A-Za-z]", chunk)
    ):
        return None
    if re.match(r"(?:A|An|The)\s", chunk):
        return None  # "A professional experience of 5 years in ...": a sentence
    prose = _PROSE_WORDS.search(chunk)
    if prose is not None and not (
        bracketed and prose.group(0) == "the" and prose.start()
    ):
        return None
    if chunk.rstrip().endswith(".") and not _ABBREV_END.search(chunk.rstrip()):
        return None
    if _verb_led(words):
        return None
    found = _title_org(text, start, end)
    if found is None:
        return None
    return _OneLine(found.title, found.org or _org_after(text, date_end, line_end))


def _date_first(text: str, date_end: int, line_end: int) -> _OneLine | None:
    """'2022 - 2023: Title at Org. What was done' (also after a bullet)."""
    rest = text[date_end:line_end]
    sep = re.match(r"[)\]]?\s*(?:[:,|\u2013\u2014-]\s*)?", rest)
    s = date_end + (sep.end() if sep else 0)
    if s >= line_end or not re.match(r"[A-Za-z]", text[s]):
        return None
    # "functioned as Business Analyst, identifying ...": the role after "as".
    verb_as = re.match(
        r"[A-Za-z][a-z]+\s+as\s+(?:an?\s+)?(?=[A-Za-z])", text[s:line_end]
    )
    if verb_as is not None:
        s += verb_as.end()
    elif not text[s].isupper():
        return None
    stop = re.search(
        r"\.(?:\s|$)|;|:\s|,\s+(?=[a-z])|\s[\u2013\u2014-]\s+(?=[A-Z][a-z]+\s+[a-z])",
        text[s:line_end],
    )
    e = s + stop.start() if stop else line_end
    if stop is not None and _LABEL.fullmatch(text[s : s + stop.start()].strip()):
        return None  # a label: "Sep 2010 - Feb 2011 Description: ..."
    words = _WORD.findall(text[s:e])
    if not words or len(words) > _MAX_LOOSE_TITLE_WORDS:
        return None
    if _PROSE_WORDS.search(text[s:e]) or _verb_led(words):
        return None
    return _title_org(text, s, e)


# Where the role named in a sentence is: a quoted title, "the position of X",
# "as a X".
_QUOTED_ROLE = re.compile(r"[“\"'‘_]{1,2}([A-Z][^“”\"'’_\n]{2,80}?)[”\"'’_]{1,2}")
_NAMED_ROLE = re.compile(
    r"(?i)\b(?:position|role|post|capacity|title)\s+(?:of|as)\s+(?:an?\s+|the\s+)?"
    r"|\bposition\s+in\s+(?:the\s+)?|\bwork(?:ed|ing)?\s+in\s+(?:the\s+)?"
    r"|\broles?\s+(?:in|of)\s+(?:the\s+)?|\b(?:years?|experience)\s+in\s+(?:the\s+)?"
)
# Where a role named in a sentence stops.
_ROLE_STOP = re.compile(
    r"(?<!\s)\s+(?:from|between|during|since|for|where|while|who|which|with|in|"
    r"within|until|through|throughout|by|on|to|and\s+[a-z]+(?:ed|ing))\b"
    r"|(?<!\s)\s+[a-z]+ing\b|(?<!\s)\s+years?\b|[,.;:(\[]"
    r"|\s[-\u2013\u2014]\s+(?=[a-z])|$"
)
_ROLE_AT = re.compile(r"(?<!\s)\s+(?:at|@)\s+(?=[A-Z0-9])")
_MAX_LOOSE_ROLE_WORDS = 12
_MAX_ROLE_CUES = 4  # "as a ..." cues tried per line
_MAX_ROLE_CHARS = 160  # longest role phrase looked at after a cue


def _role_in_sentence(text: str, line: _Line, date: DateRange) -> _OneLine | None:
    """The role a sentence-like entry line names, best effort.

    "Held the position of Earth Driller from 2016 - 2017", "Served a year (2015 -
    2016) as a Systems Manager", "Employed on the 'Java Developer' project from
    2010 to 2015". ``None`` when no role can be told apart from the sentence.
    """
    lead = _LEAD_MARK.match(text, line.start, line.end)
    body = lead.end() if lead else line.start
    ds, de = date.span
    quoted = _QUOTED_ROLE.search(text, body, line.end)
    if quoted is not None and not ds <= quoted.start(1) < de:
        return _title_org(text, *quoted.span(1))
    starts: list[int] = [m.end() for m in _NAMED_ROLE.finditer(text, body, line.end)]
    if not starts:
        starts = [
            body + m.end()
            for m in _AS_ROLE.finditer(text[body : line.end])
            if not ds <= body + m.end() < de
        ]
    for s in starts[:_MAX_ROLE_CUES]:
        if ds <= s < de:
            continue
        limit = min(ds if s < ds else line.end, s + _MAX_ROLE_CHARS)
        stop = _ROLE_STOP.search(text, s, limit)
        e = stop.start() if stop else limit
        at = _ROLE_AT.search(text, s, e)
        org: Span | None = None
        if at is not None:
            org_stop = _ROLE_STOP.search(text, at.end(), limit)
            org_end = org_stop.start() if org_stop else limit
            org = _trim_span(text, at.end(), org_end, _TRIM)
            e = at.start()
        s, e = _trim_span(text, s, e, _TRIM)
        words = _WORD.findall(text[s:e])
        if words and len(words) <= _MAX_LOOSE_ROLE_WORDS:
            return _OneLine((s, e), org if org and org[1] > org[0] else None)
    return None


def _header_above(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line above ``lines[index]`` may be part of its entry's header."""
    above = lines[index - 1]
    return (
        _is_header_like(above)
        and not _is_location(above.text)
        and not _dates_in(above.text)
        and _LEAD_MARK.match(above.text) is None
    )


def _list_anchors(
    text: str, lines: Sequence[_Line], anchors: Sequence[_Anchor]
) -> list[_Anchor]:
    """In a list of one-line entries, every line holding a date range is one.

    A section whose entries are all one-line entries (or that has none) is a
    list: a line there that states a range is an entry even when its wording is
    free ("Held the position of Earth Driller from 2016 - 2017").
    """
    if any(a.one_line is None for a in anchors):
        return list(anchors)
    taken = {i for a in anchors for i in range(a.first, a.last + 1)}
    extra: list[_Anchor] = []
    for index, line in enumerate(lines):
        if index in taken or _FOOTER.search(line.text):
            continue
        ranges = [r for r in _dates_in(line.text) if not _is_single(r)]
        if not ranges or ranges[0].start is None:
            continue
        first = ranges[0]
        date = DateRange(
            first.start,
            first.end,
            first.is_current,
            (first.span[0] + line.start, first.span[1] + line.start),
        )
        if (
            index
            and index - 1 not in taken
            and not _WORD.search(line.text[: first.span[0]])
            and _header_above(lines, index)
        ):
            # "Sales Associate\nOctober 2014 to Current Company Name ...": the
            # title is on the line above; the plain header reading applies.
            extra.append(_Anchor(date, index, index))
            continue
        role = _one_line(text, line, date) or _role_in_sentence(text, line, date)
        extra.append(
            _Anchor(date, index, index, one_line=role, alone=True, listed=True)
        )
    if not extra:
        return list(anchors)
    return _drop_children(lines, sorted([*anchors, *extra], key=lambda a: a.first))


def _anchor_for(
    text: str, lines: Sequence[_Line], date: DateRange, *, one_line: bool = False
) -> _Anchor | None:
    """An entry anchor when ``date`` sits on a header-like line.

    With ``one_line`` (experience-like sections), a line that is a whole entry by
    itself ("- Paramedic (2012 - 2014)", "Worked as a Surgeon from 2019 to 2022")
    is an anchor too, and an anchor line written that way carries its title.
    """
    anchor = _plain_anchor(text, lines, date)
    if not one_line or (anchor is not None and anchor.first != anchor.last):
        return anchor
    s, e = date.span
    line = lines[_line_index(lines, s)]
    if e > line.end:
        return anchor
    found = _one_line(text, line, date)
    if (
        found is None
        and anchor is not None
        and not _is_single(date)
        and re.search(r"(?i)\b(?:as|position|role)\b", line.text)
    ):
        # "I held the position of a Brokerage Clerk (2014-2015), wherein ...".
        found = _role_in_sentence(text, line, date)
    if found is None:
        return anchor
    index = _line_index(lines, s)
    lead = _LEAD_MARK.match(line.text)
    marked = lead is not None
    previous = lines[index - 1].text if index else ""
    wraps = bool(previous) and (
        _WRAPS.search(previous) is not None or previous.count("(") > previous.count(")")
    )
    if wraps and (lead is None or lead.group(0)[:1].isdigit()):
        return anchor  # the line goes on from the one before: "(CVN\n77) ..."
    tail = text[e : line.end]
    if (
        not marked
        and not _AFTER_ENTRY.match(tail)
        and len(_WORD.findall(tail)) > _MAX_BARE_TAIL_WORDS
    ):
        return anchor  # runs on into a sentence: "Church (2008 -Present) Coached"
    if anchor is None:
        return _Anchor(date, index, index, one_line=found, alone=True, listed=True)
    if index and _header_above(lines, index):
        return anchor  # a header over several lines: "Sales Associate\nMay 2014 ..."
    bracketed = re.search(r"[(\[]\s*$", text[line.start : s]) is not None
    title = text[found.title[0] : found.title[1]]
    plain_title = (
        found.org is None
        and not _PART_SPLIT.search(title)
        and (_TITLE_WORDS.search(title) is not None or _ORG_WORDS.search(title) is None)
    )
    # Text after the dates that is not a description ("06/2004 to 04/2006
    # Company Name City") belongs to the header: the plain reading keeps it.
    tail_free = not _WORD.search(tail) or (
        (marked or bracketed) and _AFTER_ENTRY.match(tail) is not None
    )
    if tail_free and (marked or bracketed or plain_title):
        return _Anchor(
            anchor.date, anchor.first, anchor.last, one_line=found, listed=True
        )
    return _Anchor(anchor.date, anchor.first, anchor.last, anchor.cuts, listed=True)


def _plain_anchor(text: str, lines: Sequence[_Line], date: DateRange) -> _Anchor | None:
    """An entry anchor when ``date`` sits on a short, header-like line."""
    s, e = date.span
    first = _line_index(lines, s)
    last = _line_index(lines, max(s, e - 1))
    head = lines[first]
    tail = lines[last]
    before = text[head.start : s]
    after = text[e : tail.end]
    rest_words = len(_WORD.findall(before)) + len(_WORD.findall(after))
    is_single = date.start is not None and date.start == date.end
    if _FOOTER.search(head.text) or _FOOTER.search(tail.text):
        return None
    if _BULLET.match(before) and rest_words > 4:
        return None
    if not is_single and (_is_title_prefix(before) or re.match(r"\s*[:|]", after)):
        # "Global IT Project Manager 05/2013 to Current Company Name ... (long)":
        # a PDF line that runs the job header into its description.
        return _Anchor(date, first, last)
    if tail.text.endswith(".") and rest_words > 6 and not _ABBREV_END.search(tail.text):
        return None
    if is_single:
        split = _split_range(text, lines, date, last)
        if split is not None and not _WORD.search(before):
            return split
        if tail.text.endswith("."):
            return None  # the end of a wrapped sentence: "... in February 2009."
        at_edge = not _WORD.search(_strip_dates(before)) or not _WORD.search(
            _strip_dates(after)
        )
        if not at_edge or rest_words > _MAX_SINGLE_REST_WORDS:
            return None
        # "in 2015", "since 2019", "(2019)" inside a phrase: prose, not a header.
        if (
            re.search(
                r"\b(?:in|since|of|by|from|on|during|until|before|after)\s*$",
                before,
                re.IGNORECASE,
            )
            and rest_words > 3
        ):
            return None
    elif rest_words > _MAX_ANCHOR_REST_WORDS:
        return None
    return _Anchor(date, first, last)


def _anchors(
    text: str,
    lines: Sequence[_Line],
    start: int,
    end: int,
    *,
    one_line: bool = False,
) -> list[_Anchor]:
    dates = [
        DateRange(d.start, d.end, d.is_current, (d.span[0] + start, d.span[1] + start))
        for d in find_date_ranges(text[start:end])
    ]
    raw: list[_Anchor] = []
    for date in dates:
        anchor = _anchor_for(text, lines, date, one_line=one_line)
        if anchor is None:
            continue
        if raw and anchor.first <= raw[-1].last:
            # Same line as the previous anchor: keep a range over a single date.
            prev = raw[-1]
            if _is_single(prev.date) and not _is_single(anchor.date):
                raw[-1] = anchor
            continue
        raw.append(anchor)
    # A single date right next to a range (e.g. a stray graduation year printed
    # beside a project's range) is not an entry of its own.
    kept: list[_Anchor] = []
    for i, anchor in enumerate(raw):
        if _is_single(anchor.date):
            prev_adj = i > 0 and raw[i - 1].last + 1 == anchor.first
            next_adj = i + 1 < len(raw) and anchor.last + 1 == raw[i + 1].first
            neighbours = [raw[i - 1]] if prev_adj else []
            neighbours += [raw[i + 1]] if next_adj else []
            if any(not _is_single(n.date) for n in neighbours):
                continue
        kept.append(anchor)
    if not one_line:
        return kept
    return _drop_children(lines, kept)


def _mark_kind(line: str) -> str:
    """The kind of list marker a line starts with: '-', '1', '#' or ''."""
    mark = _LEAD_MARK.match(line)
    if mark is None:
        return ""
    first = mark.group(0)[0]
    if first == "#":
        return "#"
    if first.isdigit():
        return "1"
    if mark.group(0).startswith(("**", "__")):
        return ""  # bold, not a list marker
    return "-"


def _drop_children(lines: Sequence[_Line], anchors: Sequence[_Anchor]) -> list[_Anchor]:
    """One-line entries count only in a list of them.

    Under an entry with a header of its own ("Data Engineer, Acme  2019 -
    Present", "### Engineer - Acme (2019-2021)"), a bullet such as "- Served as
    acting manager from 2017 to 2018" belongs to that entry: a one-line entry
    found by its wording alone is dropped after an entry that is not one, or when
    its list marker differs from the previous entry's.
    """
    out: list[_Anchor] = []
    for anchor in anchors:
        if anchor.alone and out:
            prev = out[-1]
            kind = _mark_kind(lines[anchor.first].text)
            if not prev.listed or (kind and kind != _mark_kind(lines[prev.first].text)):
                continue
        out.append(anchor)
    return out


def _is_single(date: DateRange) -> bool:
    return date.start is not None and date.start == date.end


_LOCATION = re.compile(
    r"^(?:city|state|country|usa|us|u\.s\.a?\.?|united states(?: of america)?|"
    r"uk|united kingdom|india|canada|remote|hybrid|on-?site|"
    r"[A-Z][A-Za-z.' -]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)(?:\s+\d{5})?|[A-Z]{2}|"
    r"[^A-Za-z0-9]*)$",
    re.IGNORECASE,
)
_LOCATION_CASED = re.compile(
    r"^(?:[A-Z][A-Za-z.' -]+,\s*[A-Z]{2}(?:\s+\d{5})?|[A-Z]{2})$"
)


def _is_location(part: str) -> bool:
    stripped = part.strip(" ,;|-–—()")
    if not stripped:
        return True
    if _LOCATION_CASED.match(stripped):
        return True
    return bool(
        re.fullmatch(
            r"(?:city|state|country|usa|us|u\.s\.a?\.?|united states(?: of america)?|"
            r"unitted states|uk|united kingdom|india|canada|remote|hybrid|on-?site)",
            stripped,
            re.IGNORECASE,
        )
    )


_TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering manager|developer|programmer|architect|analyst|"
    r"scientist|manager|director|assistant|associate|intern|internship|trainee|"
    r"apprentice|consultant|specialist|coordinator|accountant|auditor|teacher|tutor|"
    r"instructor|professor|lecturer|researcher|nurse|chef|cook|representative|rep|"
    r"officer|lead|leader|head|supervisor|administrator|designer|clerk|technician|"
    r"president|vp|vice president|ceo|cto|cfo|coo|owner|founder|co-founder|partner|"
    r"volunteer|advisor|adviser|counselor|counsellor|therapist|attorney|lawyer|"
    r"paralegal|agent|broker|cashier|server|bartender|driver|mechanic|operator|"
    r"executive|controller|bookkeeper|receptionist|secretary|editor|writer|"
    r"producer|photographer|artist|trainer|coach|member|fellow|student|"
    r"teaching assistant|ta|ra|principal|superintendent|foreman|electrician|"
    r"planner|buyer|strategist|marketer|recruiter|generalist|sales|worker|aide|"
    r"maintainer|creator|contributor|contractor|freelancer|staff|crew|guard|"
    r"inspector|estimator|surveyor|pharmacist|physician|therapist|dentist|"
    r"hygienist|medic|paramedic|soldier|sergeant|captain|lieutenant|specialist|"
    r"chair|chairman|treasurer|mentor|co-?op)s?\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|corp|corporation|company|co(?!-)|group|university|college|"
    r"school|institute|academy|hospital|clinic|bank|agency|department|dept|"
    r"ministry|council|foundation|association|society|organization|organisation|"
    r"center|centre|labs?|laboratory|technologies|technology|systems|solutions|"
    r"services|partners|consulting|enterprises|holdings|international|global|"
    r"industries|studios?|media|network|health|healthcare|restaurant|hotel|"
    r"church|club|army|navy|air force|marine corps|government|county|city of|"
    r"state of|gmbh|plc|ag|s\.a|pvt|limited|firm|store|stores|market|bistro)\b\.?",
    re.IGNORECASE,
)
# Part separators; "ï¼" is a fullwidth glyph's UTF-8 read as Latin-1 (mojibake).
_PART_SPLIT = re.compile(
    r"\s*(?:\||•|·|\t|\s{2,}|—|–|\s-\s|\s@\s|,|:|\uff5c|\uff0c|"
    r"\u00ef\u00bc[^\sA-Za-z0-9]?)\s*"
)
_AT_SPLIT = re.compile(r"\s+at\s+(?=[A-Z])")


def _split_parts(chunk: str) -> list[str]:
    """Header parts; "Analyst at Globex" splits, "University of Texas at Austin" not."""
    out: list[str] = []
    for piece in _PART_SPLIT.split(chunk):
        if _INSTITUTION.search(piece):
            out.append(piece)
        else:
            out.extend(_AT_SPLIT.split(piece))
    return out


_CORP_SUFFIX = re.compile(r"^(?:inc|llc|ltd|corp|co|l\.l\.c|plc|gmbh|pvt)\.?$", re.I)


def _strip_part(piece: str) -> str:
    """Trim separators, markdown, and brackets only when unbalanced.

    'Engineer (Front-End)' keeps its brackets; 'Acme Robotics (' loses one.
    """
    piece = piece.strip(" ,;|-–—#*_")
    while piece and piece[-1] in ")]" and piece.count("(") < piece.count(")"):
        piece = piece[:-1].rstrip(" ,;|-–—")
    while piece and piece[0] in "([" and piece.count("(") > piece.count(")"):
        piece = piece[1:].lstrip(" ,;|-–—")
    while piece and piece[-1] in "([" and piece.count("(") > piece.count(")"):
        piece = piece[:-1].rstrip(" ,;|-–—")
    while piece and piece[0] in ")]" and piece.count("(") < piece.count(")"):
        piece = piece[1:].lstrip(" ,;|-–—")
    piece = piece.strip(" ,;|-–—#*_")
    if piece.startswith("(") and piece.endswith(")"):
        piece = piece[1:-1].strip()
    return piece


def _header_parts(text: str, lines: Sequence[_Line], cuts: Sequence[Span]) -> list[str]:
    parts: list[str] = []
    for line in lines:
        s, e = line.start, line.end
        pieces: list[str] = []
        pos = s
        for ds, de in sorted(cuts):
            if ds < e and de > s:
                pieces.append(text[pos : max(pos, ds)])
                pos = max(pos, min(e, de))
        pieces.append(text[pos:e])
        chunk = re.sub(r"[(\[]\s*[)\]]", "  ", "  ".join(pieces))
        for raw_piece in _split_parts(chunk):
            piece = _strip_part(raw_piece)
            if not piece:
                continue
            if parts and _CORP_SUFFIX.match(piece):
                parts[-1] = parts[-1] + ", " + piece
                continue
            if _is_location(piece) or not re.search(r"[A-Za-z]", piece):
                continue
            if re.fullmatch(r"(?i)(?:to|present|current|now|from|dates?)", piece):
                continue
            # "Restaurant between May 2016 and June 2017" less its dates.
            piece = re.sub(r"(?i)\s+(?:between|from|during|since)$", "", piece)
            parts.append(piece)
    return parts


def _title_and_org(parts: Sequence[str]) -> tuple[str | None, str | None]:
    if not parts:
        return None, None
    title: str | None = None
    org: str | None = None
    # "Company Name" is how anonymised resumes write every employer.
    org = next((p for p in parts if p.lower() == "company name"), None)
    for part in parts:
        if org is None and _ORG_WORDS.search(part) and not _TITLE_WORDS.search(part):
            org = part
    for part in parts:
        if part is not org and title is None and _TITLE_WORDS.search(part):
            title = part
    rest = [p for p in parts if p is not org and p is not title]
    if title is None and rest:
        title = rest.pop(0)
    if org is None and rest:
        org = rest.pop(0)
    return title, org


def _degree_and_school(parts: Sequence[str]) -> tuple[str | None, str | None]:
    """Education entries: the degree part is the title, the school the organisation."""
    from resumefit._vocab import find_degrees

    degree = next((p for p in parts if find_degrees(p)), None)
    school = next(
        (p for p in parts if p is not degree and _INSTITUTION.search(p)), None
    )
    if degree is None and school is None:
        return _title_and_org(parts)
    rest = [p for p in parts if p is not degree and p is not school]
    if degree is None and rest:
        degree = rest.pop(0)
    if school is None and rest:
        school = rest.pop(0)
    return degree, school


_INTERN = re.compile(r"\b(?:intern|internship|co-?op|trainee|apprentice)s?\b", re.I)
_VOLUNTEER = re.compile(r"\bvolunteer", re.I)


def _role_kind(section: ResumeSectionKind, header: str) -> RoleKind:
    if section == "education":
        return "education"
    if section == "volunteer" or _VOLUNTEER.search(header):
        return "volunteer"
    if section == "projects":
        return "project"
    if _INTERN.search(header):
        return "internship"
    return "work"


def _walk_up(
    lines: Sequence[_Line], first: int, floor: int, most: int
) -> tuple[int, int]:
    """Extend a header upwards from line ``first`` by up to ``most`` header lines.

    Location and punctuation-only lines ("City", ",", "|") come along free.
    Returns the index of the header's first line and the header lines counted.
    """
    top = first
    count = 0
    j = first - 1
    while j >= floor and _is_header_like(lines[j]):
        if _dates_in(lines[j].text):
            break
        if not _is_location(lines[j].text):
            if count >= most:
                break
            count += 1
        top = j
        j -= 1
    while top < first and _is_location(lines[top].text):
        top += 1
    return top, count


# "Other" sections whose dated lines are memberships or events, not roles.
_NOT_ROLES = re.compile(
    r"(?i)affiliat|member|associat|organi[sz]ation|interest|hobb|referen|"
    r"conference|workshop|seminar|personal|declaration|travel"
)


def _section_roles(
    text: str, section: ResumeSection, *, ranges_only: bool = False
) -> list[Role]:
    start, end = section.span
    lines = _lines(text, start, end)
    if not lines:
        return []
    one_line = section.kind in _ONE_LINE_SECTIONS
    anchors = _anchors(text, lines, start, end, one_line=one_line)
    if one_line and not ranges_only:
        anchors = _list_anchors(text, lines, anchors)
    if ranges_only:
        anchors = [a for a in anchors if not _is_single(a.date)]
    if not anchors:
        return []
    # Lines above the date in the first entry: the section's header layout.
    plain = next((a for a in anchors if not a.alone), None)
    above = _walk_up(lines, plain.first, 0, MAX_LINES_ABOVE)[1] if plain else 0
    header_starts: list[int] = []
    for i, anchor in enumerate(anchors):
        floor = anchors[i - 1].last + 1 if i else 0
        top = anchor.first
        if not anchor.alone:
            top, _ = _walk_up(lines, anchor.first, floor, above)
        header_starts.append(top)
    roles: list[Role] = []
    for i, anchor in enumerate(anchors):
        top = header_starts[i]
        limit = header_starts[i + 1] if i + 1 < len(anchors) else len(lines)
        bottom = anchor.last
        budget = max(0, MAX_HEADER_LINES - (anchor.first - top))
        if anchor.alone:
            budget = 0
            limit_header = bottom + 1
        else:
            limit_header = limit
        while bottom + 1 < limit_header and _is_header_like(lines[bottom + 1]):
            nxt = lines[bottom + 1]
            if _is_location(nxt.text) or _LOCATION_CASED.match(nxt.text):
                bottom += 1
                continue
            if budget <= 0:
                break
            budget -= 1
            bottom += 1
        header_lines = lines[top : bottom + 1]
        entry_end = lines[limit - 1].end
        header_span = (lines[top].start, lines[bottom].end)
        one = anchor.one_line
        title: str | None
        org: str | None
        if one is None and anchor.alone:
            # A list entry whose role could not be told apart from its wording.
            title, org = None, None
            body = _LEAD_MARK.match(text, lines[top].start, lines[top].end)
            header_span = (body.end() if body else lines[top].start, lines[top].end)
        elif one is not None and top == anchor.first == bottom:
            # A whole entry on one line: its title part is the header.
            title = text[one.title[0] : one.title[1]]
            org = text[one.org[0] : one.org[1]] if one.org else None
            header_end = one.title[1]
            if one.org and one.org[1] <= anchor.date.span[0]:
                header_end = max(header_end, one.org[1])
            header_span = (one.title[0], header_end)
        else:
            parts = _header_parts(text, header_lines, _date_cuts(anchor))
            if section.kind == "education":
                title, org = _degree_and_school(parts)
            else:
                title, org = _title_and_org(parts)
        header_text = text[header_span[0] : header_span[1]]
        kind = _role_kind(section.kind, header_text)
        date = anchor.date
        roles.append(
            Role(
                kind=kind,
                title=title,
                organization=org,
                start=date.start,
                end=None if date.is_current else date.end,
                is_current=date.is_current,
                section=section.kind,
                span=(lines[top].start, entry_end),
                header_span=header_span,
                date_span=date.span,
            )
        )
    return roles


# --------------------------------------------------------------------------- education

_INSTITUTION = re.compile(
    r"\b(?:university|universidad|universit[éey]|college|institute|institut|"
    r"school|academy|polytechnic|conservatory|seminary|hochschule|"
    r"iit|mit|ucla|nyu|usc)\b",
    re.IGNORECASE,
)
_EXTRA_DEGREES: tuple[tuple[re.Pattern[str], DegreeLevel | None], ...] = (
    (re.compile(r"\bG\.E\.D\.?(?!\w)"), "high_school"),
    (re.compile(r"^(?:High School )?Diplomas?$", re.I), "high_school"),
    (
        re.compile(r"\bAssociate['’]?s?(?= *(?:$|[:,(]| degree| of | in ))", re.I),
        "associate",
    ),
    (re.compile(r"\bBachelor['’]?s?\b", re.I), "bachelor"),
    (re.compile(r"\bMaster['’]?s?\b", re.I), "master"),
    (re.compile(r"\bM\.?B\.?A\b\.?"), "master"),
    (re.compile(r"\b(?:B\.S|B\.A|M\.S|M\.A)\b\.?"), None),
    (re.compile(r"\b(?:Certificate|Certification|Diploma)\b", re.I), None),
)
_ABBREV_LEVELS: dict[str, DegreeLevel] = {
    "B.S": "bachelor",
    "B.A": "bachelor",
    "M.S": "master",
    "M.A": "master",
}


@dataclass(frozen=True)
class _Degree:
    level: DegreeLevel | None
    span: Span
    fields: tuple[str, ...]


def _find_line_degrees(text: str, line: _Line) -> list[_Degree]:
    from resumefit._vocab import find_degrees

    chunk = text[line.start : line.end]
    found = [
        _Degree(m.level, (m.span[0] + line.start, m.span[1] + line.start), m.fields)
        for m in find_degrees(chunk)
    ]
    if found:
        return found
    for pattern, level in _EXTRA_DEGREES:
        match = pattern.search(chunk)
        if match:
            lvl = level
            if lvl is None:
                lvl = _ABBREV_LEVELS.get(match.group(0).rstrip("."))
            s = match.start() + line.start
            return [_Degree(lvl, (s, match.end() + line.start), ())]
    return []


_FIELD_AFTER = re.compile(r"^\s*(?:degree\b)?\s*(?:[:,\-–—]|\bin\b|\bof\b)?\s*")
_FIELD_STOP = re.compile(
    r"\s*(?:[|;(\n]|\s[-–—]\s|,|\bfrom\b|\bat\b|\bGPA\b|\b(?:19|20)\d\d\b)", re.I
)


def _field_from(text: str, pos: int, limit: int) -> tuple[str, ...]:
    rest = text[pos:limit]
    lead = _FIELD_AFTER.match(rest)
    body = rest[lead.end() if lead else 0 :]
    stop = _FIELD_STOP.search(body)
    field = (body[: stop.start()] if stop else body).strip(" .:,-–—")
    if not field or len(field) > 60 or _INSTITUTION.search(field):
        return ()
    if not re.match(r"[A-Z]", field) or _dates_in(field):
        return ()
    if _TITLE_WORDS.search(field) and not re.search(r"(?i)science|studies", field):
        return ()
    return (field,)


def _education_entries(text: str, section: ResumeSection) -> list[EducationEntry]:
    lines = _lines(text, *section.span)
    blocks: list[list[tuple[_Line, set[str]]]] = []
    current: list[tuple[_Line, set[str]]] = []
    have: set[str] = set()
    previous = ""
    for line in lines:
        marks: set[str] = set()
        if _find_line_degrees(text, line):
            marks.add("degree")
        if _INSTITUTION.search(line.text):
            marks.add("institution")
        if _dates_in(line.text):
            marks.add("date")
        repeat = marks & have
        # After a lone ':' or ',' the line continues the one before (text from
        # HTML tables: "Bachelor of Science\n:\nBSN (Nursing)").
        continues = not re.search(r"[A-Za-z0-9]", previous)
        previous = line.text
        if (
            current
            and repeat
            and not continues
            and ({"degree", "institution"} & have)
            and (repeat != {"date"} or "degree" in marks or "institution" in marks)
        ):
            blocks.append(current)
            current, have = [], set()
        current.append((line, marks))
        have |= marks
    if current:
        blocks.append(current)
    entries: list[EducationEntry] = []
    for block in blocks:
        entry = _education_entry(text, [line for line, _ in block])
        if entry is not None:
            entries.append(entry)
    return entries


def _strip_dates(line: str) -> str:
    """``line`` without its dates and the separators around them."""
    out = line
    for date in reversed(_dates_in(line)):
        out = out[: date.span[0]] + " " + out[date.span[1] :]
    return " ".join(out.split()).strip(" ,;|-–—()")


def _institution_in(text: str, line: _Line, degree: _Degree | None) -> str | None:
    """The school named on ``line``, cut before a degree or date on the same line."""
    chunk = text[line.start : line.end]
    cuts = [len(chunk)]
    if degree is not None and line.start <= degree.span[0] < line.end:
        cuts.append(degree.span[0] - line.start)
    for date in _dates_in(chunk):
        cuts.append(date.span[0])
    for piece in (chunk[: min(cuts)], chunk):
        for part in _PART_SPLIT.split(piece):
            name = _strip_part(part)
            if _INSTITUTION.search(name) and not _dates_in(name):
                return name
    return None


_TRAILING_DATE_WORDS = re.compile(
    r"(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\s+(?:expected|exp\.?|graduated|class of|spring|summer|fall|winter))+$",
    re.IGNORECASE,
)


def _clean_fields(fields: Sequence[str], context: str = "") -> tuple[str, ...]:
    """Fields up to the first one that is really an institution, place or date.

    On a resume line a comma after the field usually starts the school or the
    place ("B.S. in Biology, Lakeside College, Reno"), so with ``context`` (the
    degree's line) a field reached only across a comma is dropped.
    """
    kept: list[str] = []
    low = context.lower()
    pos = 0
    for i, field in enumerate(fields):
        if _INSTITUTION.search(field) or _is_location(field) or re.search(r"\d", field):
            break
        if context:
            at = low.find(field.lower(), pos)
            if at < 0:
                break
            gap = low[pos:at]
            if i and "," in gap and not re.search(r"\band\b|&|/|\bor\b", gap):
                break
            pos = at + len(field)
        field = _TRAILING_DATE_WORDS.sub("", field).strip()
        if field:
            kept.append(field)
    return tuple(kept)


# "Master of Business Administration": the degree's name carries the field.
_NAMED_FIELD = re.compile(
    r"(?i)^(?:master|bachelor|doctor|associate)['’]?s?\s+of\s+"
    r"(?!(?:science|arts|applied science|fine arts|philosophy)$)(.+)$"
)


def _field_after_degree(
    text: str, lines: Sequence[_Line], degree: _Degree
) -> tuple[str, ...]:
    """Field on the degree's line, or on the next line after a lone ':' or ','."""
    idx = next(
        (i for i, line in enumerate(lines) if line.start <= degree.span[0] <= line.end),
        None,
    )
    if idx is None:
        return ()
    tail = text[degree.span[1] : lines[idx].end]
    # Text extracted from HTML tables splits "Degree : Field" over several lines.
    j = idx + 1
    while j < len(lines) and not re.search(r"[A-Za-z]", tail) and j <= idx + 2:
        tail = tail + " " + lines[j].text
        j += 1
    return _field_from(tail, 0, len(tail))


def _school_after_field(
    text: str, lines: Sequence[_Line], degree: _Degree, fields: Sequence[str]
) -> str | None:
    """'PhD in Computer Science, CalTech, Pasadena': the part after the field."""
    line = next((ln for ln in lines if ln.start <= degree.span[0] < ln.end), None)
    if line is None or not fields:
        return None
    rest = text[degree.span[1] : line.end]
    at = rest.lower().find(fields[-1].lower())
    if at < 0:
        return None
    rest = rest[at + len(fields[-1]) :]
    if not re.match(r"\s*(?:,|\||\s[-–—]\s|\bat\b|\bfrom\b)", rest):
        return None
    for raw_part in _PART_SPLIT.split(rest):
        part = _strip_part(re.sub(r"^(?:at|from)\s+", "", raw_part.strip()))
        if not part or _is_location(part) or _dates_in(part):
            continue
        if re.match(r"[A-Z]", part) and len(part.split()) <= 6:
            return part
        return None
    return None


def _nearby_school(
    lines: Sequence[_Line], degree: _Degree, fields: Sequence[str]
) -> str | None:
    """'UC Berkeley' on its own line next to the degree (no 'University' word)."""
    for line in lines:
        if degree.span[0] >= line.start and degree.span[1] <= line.end:
            continue
        if _is_location(line.text) or not _is_header_like(line):
            continue
        name = _strip_dates(line.text)
        if (
            name
            and re.search(r"[A-Za-z]{2}", name)
            and name not in fields
            and len(name.split()) <= 6
            and not _is_location(name)
            and not re.search(r"(?i)\bgpa\b", name)
        ):
            return name
    return None


def _education_entry(text: str, lines: Sequence[_Line]) -> EducationEntry | None:
    degree: _Degree | None = None
    institution: str | None = None
    graduation: PartialDate | None = None
    for line in lines:
        if degree is None:
            found = _find_line_degrees(text, line)
            if found:
                degree = found[0]
        if institution is None and _INSTITUTION.search(line.text):
            institution = _institution_in(text, line, degree)
        if _FOOTER.search(line.text):
            continue
        for date in _dates_in(text[line.start : line.end]):
            graduation = None if date.is_current else (date.end or date.start)
    if degree is None and institution is None:
        return None
    fields: tuple[str, ...] = ()
    degree_text: str | None = None
    level: DegreeLevel | None = None
    if degree is not None:
        degree_text = text[degree.span[0] : degree.span[1]]
        level = degree.level
        degree_line = next(
            (line.text for line in lines if line.start <= degree.span[0] < line.end),
            "",
        )
        fields = _clean_fields(degree.fields, degree_line)
        if not fields:
            fields = _clean_fields(_field_after_degree(text, lines, degree))
        if not fields:
            named = _NAMED_FIELD.match(degree_text)
            if named:
                fields = (named.group(1),)
    if institution is None and degree is not None:
        institution = _school_after_field(text, lines, degree, fields) or (
            _nearby_school(lines, degree, fields)
        )
    span = (lines[0].start, lines[-1].end)
    return EducationEntry(
        degree=degree_text,
        level=level,
        fields=fields,
        institution=institution,
        graduation=graduation,
        span=span,
    )


# --------------------------------------------------------------------------- main


def structure_resume(text: str) -> ResumeStructure:
    r"""Find the sections, dated entries and education entries of a resume.

    Args:
        text: The resume's normalised text. Never raises on any string.

    Returns:
        The structure found; every span indexes into ``text``.

    Example:
        >>> found = structure_resume(
        ...     "Ada Park\n\nEXPERIENCE\n"
        ...     "Data Analyst, Brightline Co.  Jan 2019 - Present\n"
        ...     "- Built dashboards\n\nEDUCATION\n"
        ...     "B.S. in Statistics, Lakeside University, 2018\n"
        ... )
        >>> [s.kind for s in found.sections]
        ['contact', 'experience', 'education']
        >>> role = found.roles[0]
        >>> (role.title, role.organization, role.start.year, role.is_current)
        ('Data Analyst', 'Brightline Co.', 2019, True)
        >>> (found.education[0].level, found.education[0].fields)
        ('bachelor', ('Statistics',))
    """
    lines = _lines(text, 0, len(text))
    sections = _build_sections(text, lines)
    roles: list[Role] = []
    education: list[EducationEntry] = []
    kinds = {s.kind for s in sections}
    found: list[tuple[int, Role]] = []
    rest: list[tuple[int, ResumeSection]] = []
    for index, section in enumerate(sections):
        if section.kind in _ENTRY_SECTIONS and not (
            section.kind == "other" and _NOT_ROLES.search(section.heading or "")
        ):
            found.extend((index, role) for role in _section_roles(text, section))
        elif section.kind != "languages":
            rest.append((index, section))
        if section.kind == "education":
            education.extend(_education_entries(text, section))
    if "experience" not in kinds and not any(
        role.kind != "education" for _, role in found
    ):
        # No experience heading was recognised (or a PDF ran it into the line
        # before): dated ranges elsewhere are the best evidence of roles.
        for index, section in rest:
            found.extend(
                (index, role)
                for role in _section_roles(text, section, ranges_only=True)
            )
    roles.extend(role for _, role in sorted(found, key=lambda item: item[0]))
    warnings: list[str] = []
    if not any(s.heading is not None for s in sections):
        warnings.append("no sections recognised")
    if "experience" not in kinds:
        warnings.append("no experience section found")
    if not any(role.kind != "education" for role in roles):
        warnings.append("no dated roles found")
    if "education" not in kinds:
        warnings.append("no education section found")
    return ResumeStructure(
        sections=tuple(sections),
        roles=tuple(roles),
        education=tuple(education),
        warnings=tuple(warnings),
    )
