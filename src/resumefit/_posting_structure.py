r"""Split a job posting's text into a title, sections and items.

Headings are recognised in every form real postings use: a line of their own
(``Requirements``), with a colon, in ALL CAPS, as a markdown ``##`` heading, in
bold, inline at the start of a line (``Requirements: Python, SQL``) and, for text
flattened onto one line, in the middle of the text. The heading vocabulary lives
in ``data/posting_headings.json``.

Items are one per bullet or list line (bullet glyph stripped); a prose paragraph
gives one item per sentence. In requirements and preferred sections a sentence
(or a list line over 200 characters) that runs several asks together is split
into one item per ask: at ``;`` before a new ask, at inline list glyphs
(``•``, ``·``, ``§``), at ``", "`` or a spaced dash before a word that opens an
ask (a degree, a number of years, "Knowledge", "Ability", "Strong"...), and, in
prose, where such a word follows a lower-case word with no punctuation or a
field label starts ("... Work experience: 2 years"). Never inside parentheses;
pieces that would be tiny or bare names stay joined, so one line listing
several skills ("Python, SQL, Tableau") stays one item.

Flattened text (one long line) is split at inline headings, including markdown
ones (``**Qualifications:**``, ``COMPENSATION:``), escaped markdown (``\.``,
``+`` bullets) is read as such, and only the equal-opportunity sentences of a
flattened passage go to an ``eeo`` section. Every item's ``text`` equals
``text[item.span[0]:item.span[1]]`` and is trimmed. Pure standard library: no
spaCy, no numpy.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Literal, cast

from resumefit.schema import PostingItem, PostingSection, PostingSectionKind, Span

__all__ = [
    "PostingStructure",
    "heading_kind",
    "split_sentences",
    "structure_posting",
]

_KINDS: frozenset[str] = frozenset(
    (
        "about",
        "responsibilities",
        "requirements",
        "preferred",
        "benefits",
        "eeo",
        "application",
        "other",
    )
)

#: A bullet glyph, list number ("1.", "2)") or list letter ("a)") at line start.
_BULLET_RE = re.compile(
    r"^(?:[•◦▪▫●○■□►▸▹‣⁃∙·✓✔✗✘➢➤➣➔→⇒⦁§]\s*"
    r"|[-*+–—]\s+"
    r"|\(?\d{1,2}[.)](?!\d)\s*"
    r"|\(?[a-zA-Z]\)\s+"
    r"|[a-z]\.\s+"
    r"|o\s+(?=[A-Z]))"  # Word's hollow-circle bullet exported as a letter o
)
_ALNUM_RE = re.compile(r"[^\W_]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})
_TITLE_PREFIX_RE = re.compile(
    r"^(?:job\s+title|position\s+title|job\s+description|position|title|role|job)\s*[:\-–]\s*(?P<t>\S.{0,100})$",
    re.IGNORECASE,
)
_TITLE_WORDS = frozenset(
    [
        "engineer",
        "engineering",
        "developer",
        "programmer",
        "manager",
        "analyst",
        "scientist",
        "designer",
        "specialist",
        "director",
        "coordinator",
        "assistant",
        "officer",
        "consultant",
        "nurse",
        "teacher",
        "accountant",
        "technician",
        "intern",
        "internship",
        "lead",
        "architect",
        "administrator",
        "representative",
        "associate",
        "executive",
        "head",
        "supervisor",
        "advisor",
        "adviser",
        "agent",
        "clerk",
        "driver",
        "operator",
        "mechanic",
        "electrician",
        "instructor",
        "tutor",
        "lecturer",
        "professor",
        "researcher",
        "writer",
        "editor",
        "recruiter",
        "strategist",
        "marketer",
        "planner",
        "buyer",
        "auditor",
        "controller",
        "cashier",
        "receptionist",
        "secretary",
        "therapist",
        "pharmacist",
        "physician",
        "doctor",
        "surgeon",
        "dentist",
        "paralegal",
        "attorney",
        "lawyer",
        "counsel",
        "chef",
        "cook",
        "guard",
        "technologist",
        "statistician",
        "economist",
        "expert",
        "partner",
        "owner",
        "principal",
        "fellow",
        "trainee",
        "apprentice",
        "worker",
        "staff",
        "president",
        "vp",
        "sre",
        "devops",
        "mlops",
    ]
)
_EEO_RE = re.compile(
    r"\bequal (?:employment )?opportunit|\bwithout regard to\b|\baffirmative action\b"
    r"|\bprotected veteran|\bEEO\b|\bdoes not discriminate\b|\bnot discriminate\b"
    r"|\bregardless of (?:their |his or her |an? )?(?:race|age|gender|sex|religio"
    r"|colou?r|national|ethnic|disabilit|marital|creed|caste|tribe)"
    r"|\bencouraged to apply\b.{0,40}\bregardless\b"
    r"|\bdiscrimination (?:based )?(?:up)?on\b|\bfree (?:from|of) discrimination\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "equiv",
        "exp",
        "vs",
        "inc",
        "ltd",
        "co",
        "corp",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "nos",
        "jr",
        "sr",
        "approx",
        "incl",
        "dept",
        "u.s",
        "u.k",
        "b.s",
        "m.s",
        "b.a",
        "m.a",
        "ph.d",
        "b.sc",
        "m.sc",
        "bsc",
        "msc",
        "mba",
        "b.e",
        "m.e",
        "b.tech",
        "m.tech",
        "a.m",
        "p.m",
        "fig",
        "min",
        "max",
        "yrs",
        "yr",
        "mo",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "est",
        "al",
        "cf",
        "resp",
        "dipl",
        "lic",
        "cert",
    ]
)
_SENT_END_RE = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+)")
#: A sentence end whose space was lost when the posting was flattened:
#: "done differently.At XPO", "proud of.Pay and benefits".
_GLUED_SENT_END_RE = re.compile(
    r"(?<=[a-z]{3})[.!?](?!(?:Js|Com|Net|Io|Org|Ai|Py|Ts|Gov|Edu|Co)\b)"
    r"(?=[A-Z][a-z]+\s)"
)
#: After "etc." a capitalised word that opens a qualification ends the sentence.
_ETC_END_RE = re.compile(
    r"(?:Experience|Knowledge|Ability|Strong|Excellent|Good|Proven|Demonstrated"
    r"|Proficiency|Proficient|Familiarity|Understanding|Bachelor|Master|Degree"
    r"|Must|Minimum|At least|Fluency|Willingness|Solid|Deep|Advanced|Working)\b"
)
_INLINE_BULLET_RE = re.compile(
    r"\s[•◦▪●■►➢➤✓✔⦁·§]\s*|\s&?bull;?\s+(?=[A-Z0-9])"
    r"|(?<=[a-z0-9.)])\*\s+(?=[A-Z0-9(])"  # flattened "* " bullets: "charts* Build"
    r"|(?<=[.;:!?*])\s+\+\s+(?=[A-Z0-9(])"  # escaped-markdown "+ " bullets
)
#: Run-on lists (no punctuation between items): a new item starts at a capital
#: word that typically opens a qualification, right after a lower-case word.
_RUN_ON_RE = re.compile(
    r"(?<=[a-z0-9)\]])\s+(?=(?:Experience|Expertise|Understanding|Knowledge|Familiarity"
    r"|Ability|Strong|Excellent|Proven|Demonstrated|Bachelors?|Masters?"
    r"|Proficiency|Proficient"
    r"|Good|Hands[- ]on|Working knowledge|Solid|Deep|Advanced|Minimum|Prior|High"
    r"|Effective|Outstanding|Exceptional|Must|Work [Ee]xperience|Relevant|Previous"
    r"|Fluency|Fluent|Willingness|BA|BSc|MSc|MBA|B\.Sc|M\.Sc|A minimum|An understanding"
    r"|Readiness|Capacity|Flexibility|Commitment|The ability|An ability"
    r"|Self-|Conversant|Worked|Published|Served|Completed"
    r"|\d{1,2}\s*(?:[-–—]|to)\s*\d{1,2}\+?\s*(?:[Yy]ears?|yrs)"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+(?:\(\d+\)\s+)?[Yy]ears?"
    r"|\d{1,2}\+?\s*(?:[Yy]ears?|yrs))\b)"
)
_RUN_ON_GLUE = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "of",
        "in",
        "with",
        "the",
        "to",
        "for",
        "as",
        "at",
        "by",
        "on",
        "very",
        "highly",
        "plus",
        "nor",
        "least",
        "than",
        "over",
        "about",
        "approximately",
        "within",
        "last",
        "past",
        "some",
        "around",
        "minimum",
        "min",
        "maximum",
        "max",
        "additional",
        "another",
        "extra",
        "total",
        "which",
        "whom",
    ]
)
_RUN_ON_MIN = 200

# Flattened text: long lines are also split at inline headings.
_LONG_LINE = 250
# Lines of a list block longer than this are split into sentences after all.
_MAX_LIST_LINE = 600
_MAX_HEADING_CHARS = 80


@dataclass(frozen=True)
class PostingStructure:
    """The structure found in a posting's text.

    Attributes:
        title: The job title, when the text starts with one (or states
            ``Job title: X``), else None.
        title_span: Span of ``title`` in the text.
        sections: Sections in document order, each with its items.
        warnings: Non-fatal observations (no headings found, no requirements
            section, flattened text).
    """

    title: str | None
    title_span: Span | None
    sections: tuple[PostingSection, ...]
    warnings: tuple[str, ...]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _HeadingTable:
    exact: dict[str, PostingSectionKind]
    keywords: tuple[tuple[re.Pattern[str], PostingSectionKind], ...]
    inline_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _table() -> _HeadingTable:
    raw = json.loads(
        resources.files("resumefit")
        .joinpath("data/posting_headings.json")
        .read_text(encoding="utf-8")
    )
    exact: dict[str, PostingSectionKind] = {}
    for kind, phrases in raw["exact"].items():
        if kind not in _KINDS:  # pragma: no cover - data error
            msg = f"Unknown section kind {kind!r} in posting_headings.json."
            raise ValueError(msg)
        for phrase in phrases:
            exact[_normalise_heading(phrase)] = cast(PostingSectionKind, kind)
    keywords = tuple(
        (re.compile(pattern), cast(PostingSectionKind, kind))
        for pattern, kind in raw["keywords"]
    )
    # Phrases that may open a section inside flattened text: multi-word phrases,
    # plus a few unambiguous single words.
    singles = {
        "requirements",
        "requirement",
        "qualifications",
        "qualification",
        "responsibilities",
        "responsibility",
        "duties",
        "benefits",
        "perks",
        "gender",
        "qty",
        "languages",
        "competencies",
    }
    phrases = sorted(
        (p for p in exact if " " in p or p in singles),
        key=lambda p: (-len(p), p),
    )
    inline_re = re.compile(
        rf"(?<![\w'’-]){_trie_pattern(phrases)}(?![\w'’-])", re.IGNORECASE
    )
    return _HeadingTable(exact=exact, keywords=keywords, inline_re=inline_re)


def _phrase_token(char: str) -> str:
    return r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)


#: A trie of regex tokens; the key ``""`` marks the end of a phrase.
_Trie = dict[str, "_Trie"]


def _trie_pattern(phrases: list[str]) -> str:
    """One regex matching any of ``phrases``, factored on common prefixes.

    Matches exactly what the alternation of the phrases, longest first, matches:
    sibling tokens match disjoint characters and every optional tail is greedy,
    so the longest phrase that fits wins. A flat alternation of ~400 phrases is
    tried branch by branch at every word start; the trie follows one path.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(_phrase_token(char), {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


def _normalise_heading(value: str) -> str:
    value = value.translate(_QUOTES).strip()
    value = _unsnake(value)
    value = value.lstrip("#").strip()
    value = value.strip("*_").strip()
    value = _HEADING_END_RE.sub("", value)
    value = value.strip("*_").strip()
    value = _SPACES_RE.sub(" ", value)
    return value.lower()


_HEADING_END_RE = re.compile(r"[\s:.\-–—;!]+$")
_SPACES_RE = re.compile(r"\s+")


_SNAKE_RE = re.compile(r"[^\W_]+(?:[_/&][^\W_]+)+")


#: Fewest underscore-joined gaps for an unknown snake_case line to be a heading.
_MIN_SNAKE_GAPS = 2


def _unsnake(value: str) -> str:
    """``"Who_We_Are_Looking_For"`` -> ``"Who We Are Looking For"``; else as is."""
    core = value.strip("*_:# ")
    if " " in value or "_" not in core or not _SNAKE_RE.fullmatch(core):
        return value
    return value.replace("_", " ")


def heading_kind(heading: str, *, strict: bool = False) -> PostingSectionKind | None:
    """Return the section kind a heading names.

    Args:
        heading: The heading as written (``"What You'll Need:"``, ``"## Perks"``).
        strict: When True only the exact phrase table is consulted; otherwise
            keyword rules are tried too.

    Returns:
        The kind, or None when the heading names no known kind.
    """
    norm = _normalise_heading(heading)
    if not norm:
        return None
    kind = _table().exact.get(norm)
    if kind is not None or strict:
        return kind
    return _keyword_kind(norm)


def _keyword_kind(norm: str) -> PostingSectionKind | None:
    """The kind the first matching keyword rule gives a normalised heading."""
    for pattern, candidate in _table().keywords:
        if pattern.search(norm):
            return candidate
    return None


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    blank_before: bool


def _physical_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            end = start + len(stripped)
            lines.append(_Line(start, end, blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return lines


_OPEN_ENDING_RE = re.compile(
    r"(?:,|\b(?:and|or|with|of|the|a|an|in|to|for|on|as|such|using|including|via))$"
)


def _join_soft_wraps(text: str, lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped prose lines (next line starts lower case) into one."""
    out: list[_Line] = []
    for line in lines:
        if out and not line.blank_before:
            prev = out[-1]
            prev_text = text[prev.start : prev.end]
            cur_text = text[line.start : line.end]
            if (
                len(prev_text) >= 40
                and prev_text[-1] not in ".!?:;"
                and (
                    cur_text[0].islower()
                    or cur_text[0] == "("
                    or _OPEN_ENDING_RE.search(prev_text)
                )
                and not _BULLET_RE.match(cur_text)
                and _line_heading(cur_text) is None
            ):
                out[-1] = _Line(prev.start, line.end, prev.blank_before)
                continue
        out.append(line)
    return out


def _heading_core(raw: str) -> str:
    """A heading line without markdown marks: ``"## **Perks**"`` -> ``"Perks"``."""
    return raw.lstrip("#").strip().strip("*_").strip()


def _is_title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _line_heading(line: str, standalone: bool = False) -> PostingSectionKind | None:
    """Return the kind when the whole line is a heading, else None.

    ``standalone`` lines (blank line before and after) may also be headings when
    they are short, in Title Case and name a section keyword.
    """
    raw = line.strip()
    if not raw or len(raw) > 120:
        return None
    markdown = raw.startswith("#")
    bold = raw.startswith(("**", "__")) and raw.rstrip(":").endswith(("**", "__"))
    core = _heading_core(raw)
    if not core or not _ALNUM_RE.search(core):
        return None
    snake = _unsnake(core)
    if snake != core:
        # "Who_We_Are_Looking_For": words joined by underscores only head a
        # section; no one writes an ask that way.
        known = heading_kind(snake)
        if known is not None or snake.count(" ") < _MIN_SNAKE_GAPS:
            return known  # "scikit_learn" in a list is a name, not a heading
        return "other"
    if _BULLET_RE.match(core) and not markdown:
        return None
    words = core.split()
    ends_colon = raw.rstrip("*_ ").endswith(":")
    letters = [c for c in core if c.isalpha()]
    all_caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    table = _table()
    norm = _normalise_heading(core)
    exact = table.exact.get(norm)
    if (
        exact is not None
        and len(words) <= 9
        and (all_caps or not core.rstrip("*_ ").endswith((".", "!", "?")))
    ):
        return exact
    if len(core) > _MAX_HEADING_CHARS and not all_caps:
        return None
    if _asks_something(norm) or _MUST_ASK_RE.match(norm):
        return None  # "US CITIZENSHIP REQUIRED", "**Must have a Secret clearance**"
    title_case = _is_title_case(words)
    if (
        not (markdown or bold or ends_colon)
        and not title_case
        and _CUED_ASK_RE.match(norm)
    ):
        return None  # "Nice to have experience in optimization": an ask
    keyword = exact if exact is not None else _keyword_kind(norm) if norm else None
    if markdown or bold:
        return keyword or "other"
    if ends_colon and len(words) <= 12:
        return keyword or "other"
    if all_caps and len(words) <= 14:
        if keyword is not None:
            return keyword
        if len(words) >= 2 and not core.endswith((".", ",", ";")):
            return "other"
    importance_kind = _importance_subheading(core, words)
    if importance_kind is not None:
        return importance_kind
    if (
        keyword is not None
        and 2 <= len(words) <= 7
        and core[-1].isalnum()
        and title_case
        and _SECTION_NOUN_RE.search(norm)
    ):
        return keyword  # "Principal Duties and Responsibilities" inside a block
    if (
        keyword is not None
        and len(words) <= _MAX_OPENER_HEADING_WORDS
        and core[-1].isalnum()
        and title_case
        and words[0].lower() in _HEADING_OPENERS
    ):
        return keyword  # "General Knowledge", "Candidate Knowledge, Skills and ..."
    if standalone and core.endswith("?") and len(words) <= 6:
        return keyword or "other"
    if (
        keyword in ("about", "benefits", "application")
        and len(words) <= _MAX_ABOUT_WORDS
        and core[-1].isalnum()
        and title_case
        and _ABOUT_HEADING_RE.match(norm)
    ):
        return keyword  # "More About Us" closing a list, "About Triplebyte"
    if (
        keyword is not None
        and core.endswith(("?", "...", "\u2026"))
        and len(words) <= _MAX_QUESTION_WORDS
    ):
        # "What required background will make you successful?", "You might
        # be a fit for this role if..." head the list that answers them.
        return keyword
    if (
        standalone
        and keyword is not None
        and len(words) <= 6
        and core[-1].isalnum()
        and title_case
    ):
        return keyword
    return None


#: A line that states an ask with "must": never a heading, however emphasised.
_MUST_ASK_RE = re.compile(
    r"\W*must\s+(?:have|be|hold|possess|obtain|maintain|pass|speak)\b"
)
#: A cue word, then an ask with its object: an item, not a sub-heading.
_CUED_ASK_RE = re.compile(
    r"^(?:nice[- ]to[- ]have|preferred|desired|bonus|required|must[- ]have|plus|"
    r"a plus)\b.*\b(?:experience|knowledge|skills?|familiarity|proficiency"
    r"|background|expertise|understanding)\s+(?:in|with|of|using|on|for)\s+\w"
)
#: First words of a Title Case line that heads a list rather than asking
#: ("General Knowledge", "Key Working Relationships", "Educational Qualifications").
_HEADING_OPENERS = frozenset(
    {
        *("general", "specific", "candidate", "additional", "key", "educational"),
        *("professional", "core", "personal", "other", "qualities", "competencies"),
        *("travel", "working", "desired", "preferred", "required", "minimum"),
    }
)
_MAX_OPENER_HEADING_WORDS = 8
_MAX_ABOUT_WORDS = 4
#: Company headings that may close a list without a blank line before them.
_ABOUT_HEADING_RE = re.compile(
    r"^(?:more |all )?about (?:us|the company|the team|[a-z][\w&.-]*)$"
    r"|^get to know (?:us|[a-z][\w&.-]*)$"
    r"|^(?:our )?(?:benefits|perks)$|^how to apply$"
)
#: Most words of a question (or "... if...") heading inside a block of lines.
_MAX_QUESTION_WORDS = 12
#: A trailing importance word ("US CITIZENSHIP REQUIRED").
_TRAILING_CUE_RE = re.compile(
    r"^(?P<rest>.*?)[\s\-\u2013\u2014:,(]+(?:is\s+)?(?:required|preferred|mandatory"
    r"|a must|a plus|desired)\)?$"
)


_HEADING_FILLER_RE = re.compile(
    r"(?:(?:highly|strongly|very|also|most|especially|definitely|not|but|and|or"
    r"|what's|whats|what|is|are|who|you|your"
    r"|absolutely|extremely)\s*)+"
)


def _asks_something(norm: str) -> bool:
    """True when a heading-shaped line is an ask: a thing, then "required".

    "Skills Required" is a heading (the rest names a section); "US citizenship
    required" and "TS - SSBI required" are asks.
    """
    match = _TRAILING_CUE_RE.match(norm)
    if match is None:
        return False
    rest = match.group("rest").strip(" *_-:")
    if not rest or _HEADING_FILLER_RE.fullmatch(rest):
        return False  # "Highly desired", "Also preferred": a heading
    return heading_kind(rest) is None


_SECTION_NOUN_RE = re.compile(
    r"\b(?:responsibilities|duties|qualifications|requirements|characteristics"
    r"|benefits|perks|accountabilities)\b"
)
_IMPORTANCE_SUBHEADING_RE = re.compile(
    r"^(?P<cue>essential|required|minimum|basic|must[- ]haves?|desirable|desired"
    r"|preferred|nice[- ]to[- ]haves?|bonus|additional)\b[\w\s&/,'-]*?"
    r"(?:\b(?:role|position|job|skills?|qualifications?|experience|requirements?"
    r"|attributes|competenc(?:y|ies)|criteria|knowledge|education)\b)?"
    r"\s*(?:\([^)]*\))?$",
    re.IGNORECASE,
)
_PREFERRED_CUES = frozenset(("desirable", "desired", "preferred", "nice", "bonus"))
#: Cue words that head a list only with a noun after them ("Required skills").
_NOUN_NEEDING_CUES = frozenset(("required", "minimum", "basic", "additional"))
#: Last words that make "Required ..." a sub-heading ("Required skills").
_SUBHEADING_LAST_NOUNS = frozenset(
    {
        *("role", "position", "job", "skills", "skill", "qualifications"),
        *("qualification", "experience", "requirements", "requirement"),
        *("attributes", "competencies", "criteria", "knowledge", "education"),
    }
)


_HEADING_CONNECTORS = frozenset(("and", "&", "for", "of", "the", "to", "in", "or"))
_SUBHEADING_NOUNS = frozenset(
    ("skills", "skill", "knowledge", "experience", "qualifications", "abilities")
)


def _importance_subheading(core: str, words: list[str]) -> PostingSectionKind | None:
    """Short list sub-headings such as "Essential for the role", "Desirable"."""
    if len(words) > 6 or not core[:1].isupper() or core[-1:] in ".,;!":
        return None
    match = _IMPORTANCE_SUBHEADING_RE.match(core.translate(_QUOTES))
    if match is None:
        return None
    if (
        len(words) > 2
        and words[-1].lower() in _SUBHEADING_NOUNS
        and any(
            w[:1].islower() and w.lower() not in _HEADING_CONNECTORS
            for w in words[1:-1]
        )
    ):
        return None  # "Basic math skills" is an ask; "Basic Skills" a heading
    cue = match.group("cue").lower().split("-")[0].split()[0]
    last = words[-1].lower().strip("()")
    if cue in _NOUN_NEEDING_CUES and (
        last not in _SUBHEADING_LAST_NOUNS if len(words) > 1 else cue == "additional"
    ):
        return None  # "Required SQL" is an item; "Additional" alone heads nothing
    return "preferred" if cue in _PREFERRED_CUES else "requirements"


_INLINE_LABEL_RE = re.compile(r"^([^:\n]{2,60}?)\s*:\s+(?=\S)")


def _inline_heading(line: str) -> tuple[int, PostingSectionKind] | None:
    """Return (offset where the content starts, kind) for ``Heading: content``."""
    match = _INLINE_LABEL_RE.match(line)
    if match is None:
        return None
    head = match.group(1).strip().strip("*_").strip()
    if _BULLET_RE.match(head):
        return None
    words = head.split()
    if len(words) > 6:
        return None
    norm = _normalise_heading(head)
    exact = _table().exact.get(norm)
    if exact is not None:
        return match.end(), exact
    if norm and (_is_title_case(words) or (head.isupper() and len(head) >= 3)):
        kind = _keyword_kind(norm)
        if kind is not None and kind != "other":
            return match.end(), kind
    return None


# --------------------------------------------------------------------------- units


@dataclass(frozen=True)
class _Unit:
    kind: Literal["heading", "content"]
    start: int
    end: int
    section_kind: PostingSectionKind | None = None
    bullet: bool = False
    in_block: bool = False
    blank_before: bool = False
    flattened: bool = False


def _flattened_units(text: str, start: int, end: int, blank: bool) -> list[_Unit]:
    """Split one long line at headings written inline (flattened postings)."""
    units: list[_Unit] = []
    segment = text[start:end]
    cursor = 0
    for match, h_kind in _inline_heading_matches(segment):
        m_start, m_end = match.span()
        phrase = match.group(0)
        if m_start < cursor:
            continue
        if h_kind is not None:
            # "...trusted dataWhat you need to succeed at XPO:At a minimum...",
            # "**Clearance:** ...", "COMPENSATION: ...". A colon heading's match
            # is a zero-width lookahead: its text is group "all".
            if segment[cursor:m_start].strip():
                units.append(
                    _content(text, start + cursor, start + m_start, blank, True)
                )
            h_start, h_end = match.span("h")
            units.append(_Unit("heading", start + h_start, start + h_end, h_kind))
            cursor = match.end("all" if match.re is _COLON_HEADING_RE else 0)
            blank = False
            continue
        if not phrase[0].isupper():
            continue
        # Markdown emphasis around the heading: "**Qualifications:** + ...".
        opened = segment[:m_start].rstrip().endswith(("**", "__"))
        close = re.match(r"\s*:?\s*(?:\*\*|__)", segment[m_end:])
        bold = opened and close is not None
        if close is not None:
            m_end += close.end() if bold else 0
        after = segment[m_end:]
        colon = re.match(r"\s*[:\-–]\s*", after)
        nxt = re.match(r"\s+(?=\S)", after)
        words = phrase.split()
        if colon is not None:
            content_from = m_end + colon.end()
        elif bold and nxt is not None:
            content_from = m_end + nxt.end()
        elif nxt is not None and (
            _is_title_case(words) or phrase.isupper() or len(words) >= 2
        ):  # "Job Requirements Bachelor's degree ..."
            follower = after[nxt.end() : nxt.end() + 1]
            if not (
                follower.isupper()
                or follower.isdigit()
                or _BULLET_RE.match(follower)
                or (
                    len(words) >= 2
                    and _is_title_case(words)
                    and _LOWER_ASK_START_RE.match(after, nxt.end())
                )
            ):
                continue
            content_from = m_end + nxt.end()
        else:
            continue
        before = segment[:m_start].rstrip().rstrip("*_#").rstrip()
        if (
            before
            and before[-1] not in ".!?:;)]"
            and not _ends_lower_word(before)
            and not bold
        ):
            continue
        kind = heading_kind(phrase, strict=True)
        if kind is None:
            continue
        m_start = _extend_heading_left(segment, cursor, m_start)
        if segment[cursor:m_start].strip():
            units.append(_content(text, start + cursor, start + m_start, blank, True))
        units.append(_Unit("heading", start + m_start, start + m_end, kind))
        cursor = content_from
        blank = False
    if segment[cursor:].strip():
        units.append(_content(text, start + cursor, end, blank, True))
    return units


#: Capitalised words that belong to a heading written inline before its known
#: last words: "Cumulative Relevant Work Experience:", "Educational Background:".
_HEADING_MODIFIERS = frozenset(
    {
        *("work", "working", "relevant", "cumulative", "educational", "education"),
        *("academic", "professional", "required", "minimum", "job", "key"),
        *("desired", "qualification", "qualifications", "experience", "skills"),
        *("skill", "generic", "specific", "additional", "technical", "general"),
        *("language", "basic", "essential", "preferred", "and", "&"),
    }
)
_MAX_HEADING_MODIFIERS = 4


def _extend_heading_left(segment: str, cursor: int, m_start: int) -> int:
    """Start of an inline heading once the heading words before it are taken in.

    "...university Work Experience: 8 years" finds "Experience"; the heading is
    "Work Experience", and "Work" must not stay glued to the ask before it.
    """
    new = m_start
    words = reversed(list(_HEAD_WORD_RE.finditer(segment, cursor, m_start)))
    for taken, word in enumerate(words):
        if segment[word.end() : new].strip() or taken >= _MAX_HEADING_MODIFIERS:
            break
        token = word.group(0)
        if token.lower() not in _HEADING_MODIFIERS or not (
            token[0].isupper() or token in ("and", "&")
        ):
            break
        new = word.start()
    # Never start on a conjunction: "skills and Experience" keeps "and" out.
    while new < m_start and segment[new:].startswith(("and ", "& ")):
        new = segment.index(" ", new) + 1
    return new


_HEAD_WORD_RE = re.compile(r"[A-Za-z]+|&")
#: A heading phrase ending in a colon inside flattened text, possibly glued to
#: the word before it: "...trusted dataWhat you need to succeed at XPO:".
#: Matches are zero-width lookaheads (group ``all`` spans the heading and its
#: colon) so that a candidate starting inside a longer one is still tried.
_COLON_HEADING_RE = re.compile(
    r"(?=(?P<all>(?P<h>[A-Z][^:.!?*\n]{2,70}?)\s*:\s*\*?\s*)(?=\S))"
)
#: How a colon heading found by :data:`_COLON_HEADING_RE` may open.
_COLON_HEADING_OPENERS_RE = re.compile(
    r"(?:what|who|why|how|at a minimum|it'?d|it would|you|your|we|our|ideal"
    r"|preferred|required|minimum|basic|nice|bonus|key|essential|desired)\b",
    re.IGNORECASE,
)
_COLON_HEADING_MAX_WORDS = 10


def _colon_heading_kind(
    segment: str, match: re.Match[str]
) -> PostingSectionKind | None:
    """The kind of a flattened ``Heading phrase:``, or None when it is no heading.

    It must start inside the line, after a sentence break or glued to a
    lower-case word; be at most ten words; open like a heading ("What you need
    ...", "At a minimum, you'll need"); and name a known kind.
    """
    heading = match.group("h").translate(_QUOTES)
    if len(heading.split()) > _COLON_HEADING_MAX_WORDS:
        return None
    before = segment[: match.start()]
    if not before.strip():
        return None  # a line's own "Label: ..." is _inline_heading's to judge
    glued = before[-1].islower()
    if not (glued or _after_break(before)):
        return None
    norm = _normalise_heading(heading)
    exact = _table().exact.get(norm)
    if exact is not None:
        return exact
    if not norm or not _COLON_HEADING_OPENERS_RE.match(heading):
        return None
    return _keyword_kind(norm)


#: A bold heading with its colon inside the emphasis: ``**Clearance:**``.
_BOLD_COLON_RE = re.compile(
    r"(?:\*\*|__)(?P<h>[A-Z][^*_\n:]{1,60}?)\s*:\s*(?:\*\*|__)\s*"
)


#: An ALL-CAPS heading with a colon in flattened text: ``COMPENSATION: ...``.
_CAPS_COLON_RE = re.compile(r"(?<![\w*])(?P<h>[A-Z][A-Z&/ ]{4,40}[A-Z])\s*:\s+")


def _after_break(before: str) -> bool:
    before = before.rstrip()
    return not before or before[-1] in ".!?:;)]" or _ends_lower_word(before)


def _inline_heading_matches(
    segment: str,
) -> list[tuple[re.Match[str], PostingSectionKind | None]]:
    """Inline heading matches in text order, each with its kind when known.

    Heading-phrase matches come with None (the caller judges them); colon,
    bold-colon and caps-colon headings come with their kind. A markup heading
    overlapping a heading phrase is left out (the phrase match handles it).
    """
    phrases = list(_table().inline_re.finditer(segment))
    starts = [m.start() for m in phrases]
    matches: list[tuple[re.Match[str], PostingSectionKind | None]] = [
        (m, None) for m in phrases
    ]
    for match in _COLON_HEADING_RE.finditer(segment):
        kind = _colon_heading_kind(segment, match)
        if kind is not None:
            matches.append((match, kind))
    for match in [
        *_BOLD_COLON_RE.finditer(segment),
        *_CAPS_COLON_RE.finditer(segment),
    ]:
        if len(match.group("h").split()) > 6:
            continue
        # Phrase matches do not overlap each other: only the last one starting
        # before this match ends can overlap it.
        index = bisect.bisect_left(starts, match.end()) - 1
        if index >= 0 and phrases[index].end() > match.start():
            continue
        if match.re is _CAPS_COLON_RE and not _after_break(segment[: match.start()]):
            continue
        matches.append((match, heading_kind(match.group("h")) or "other"))
    return sorted(matches, key=lambda pair: pair[0].start())


def _ends_lower_word(before: str) -> bool:
    last = before.split()[-1] if before.split() else ""
    return bool(last) and (last[-1].islower() or last[-1].isdigit())


def _content(
    text: str, start: int, end: int, blank: bool, flattened: bool = False
) -> _Unit:
    start, end = _trim(text, start, end)
    if flattened:
        # Markup left over around inline headings: "** + Item", "item\\. **".
        while end > start and text[end - 1] in "*_#":
            end -= 1
        start, end = _trim(text, start, end)
        lead = re.match(
            r"(?:[*_]{2}\s*)?(?:[+•·§▪●■►➢➤⦁]|[-*–—](?=\s))\s*", text[start:end]
        )
        if lead is not None and lead.end() < end - start:
            start += lead.end()
    return _Unit("content", start, end, blank_before=blank, flattened=flattened)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: Most words a bullet label may have when its explanation follows on the next
#: line ("1. Documentation skills:" / "These involve creating ...").
_LABEL_MAX_WORDS = 6


def _join_label_continuations(text: str, units: list[_Unit]) -> list[_Unit]:
    """Merge a short ``label:`` bullet with the plain line that explains it.

    ``"2. CM skills:"`` followed by an unbulleted line is one ask written on two
    lines; kept apart, the label reads as a lead-in and the explanation as prose
    without the skill it explains.
    """
    out: list[_Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        nxt = units[index + 1] if index + 1 < len(units) else None
        body = text[unit.start : unit.end]
        if (
            nxt is not None
            and unit.kind == "content"
            and unit.bullet
            and body.endswith(":")
            and len(body.split()) <= _LABEL_MAX_WORDS
            and nxt.kind == "content"
            and not nxt.bullet
            and not nxt.blank_before
            and not nxt.flattened
            and nxt.end - unit.start <= _MAX_LIST_LINE
        ):
            out.append(replace(unit, end=nxt.end))
            index += 2
            continue
        out.append(unit)
        index += 1
    return out


def _units(text: str, lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    for index, line in enumerate(lines):
        body = text[line.start : line.end]
        # A line alone between blank lines, or after a blank line and right
        # before a bullet list ("What We Require" / "- Latte art skills").
        standalone = line.blank_before and (
            index + 1 == len(lines)
            or lines[index + 1].blank_before
            or _BULLET_RE.match(text[lines[index + 1].start : lines[index + 1].end])
            is not None
        )
        kind = _line_heading(body, standalone)
        if kind is not None:
            units.append(_Unit("heading", line.start, line.end, kind))
            continue
        bullet = _BULLET_RE.match(body)
        if bullet is not None:
            start = line.start + bullet.end()
            if text[start : line.end].strip():
                units.append(
                    _Unit(
                        "content",
                        *_trim(text, start, line.end),
                        bullet=True,
                        blank_before=line.blank_before,
                    )
                )
            continue
        inline = _inline_heading(body)
        if inline is not None:
            offset, section_kind = inline
            head_end = line.start + body.index(":")
            units.append(
                _Unit("heading", *_trim(text, line.start, head_end), section_kind)
            )
            rest_start = line.start + offset
            if line.end - rest_start > _LONG_LINE:
                units.extend(_flattened_units(text, rest_start, line.end, False))
            else:
                units.append(_content(text, rest_start, line.end, False))
            continue
        if line.end - line.start > _LONG_LINE:
            units.extend(
                _flattened_units(text, line.start, line.end, line.blank_before)
            )
        else:
            units.append(_content(text, line.start, line.end, line.blank_before))
    units = _join_label_continuations(text, units)
    # Mark list blocks: consecutive non-blank content lines.
    marked: list[_Unit] = []
    for i, unit in enumerate(units):
        if unit.kind == "content" and not unit.flattened:
            prev_ok = (
                i > 0
                and units[i - 1].kind == "content"
                and not unit.blank_before
                and not units[i - 1].flattened
            )
            next_ok = (
                i + 1 < len(units)
                and units[i + 1].kind == "content"
                and not units[i + 1].blank_before
                and not units[i + 1].flattened
            )
            if prev_ok or next_ok:
                unit = replace(unit, in_block=True)
        marked.append(unit)
    return marked


# --------------------------------------------------------------------------- sentences


_SPACE_RE = re.compile(r"\s*")


def _last_word(text: str, pos: int) -> str:
    """The whitespace-separated word ending at or before ``pos`` ('' if none).

    Looks back a bounded window, so scanning many positions stays linear.
    """
    words = text[max(0, pos - 80) : pos].split()
    return words[-1] if words else ""


def _run_on_cut_ok(body: str, match: re.Match[str]) -> bool:
    """Whether a :data:`_RUN_ON_RE` match really starts a new ask."""
    before = _last_word(body, match.start()).lower()
    if not before or before in _RUN_ON_GLUE:
        return False  # "Bachelor's or Master's", "with Strong ..."
    if before in ("experience", "experiences") and _AMOUNT_START_RE.match(
        body, match.end()
    ):
        return False  # "min experience 3 years", "Work Experience Minimum 5"
    # "Work Experience", "Relevant Experience": one label
    return not (
        before in _EXPERIENCE_MODIFIERS and body.startswith("Experience", match.end())
    )


def _run_on_cuts(body: str) -> list[Span]:
    """Spans of the gaps where a run-on list starts a new ask (see _RUN_ON_RE)."""
    return [m.span() for m in _RUN_ON_RE.finditer(body) if _run_on_cut_ok(body, m)]


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into trimmed sentence spans.

    Splits after ``.``, ``!`` or ``?`` followed by whitespace and an upper-case
    letter, digit, quote or bullet, except after common abbreviations
    (``e.g.``, ``Inc.``, ``B.S.``) and single-letter initials; also splits at
    bullet glyphs written inline (``• a • b``).

    Args:
        text: The whole document text.
        start: Start offset of the passage.
        end: End offset of the passage.

    Returns:
        Spans of the sentences, in order, each containing a letter or digit.
    """
    cuts: list[tuple[int, int]] = []  # (end of previous, start of next)
    segment = text[start:end]
    for match in _SENT_END_RE.finditer(segment):
        stop = match.end()
        space = _SPACE_RE.match(segment, stop)
        nxt = (space.end() if space is not None else stop) - stop
        follower = segment[stop + nxt : stop + nxt + 1]
        if not follower or not (
            follower.isupper() or follower.isdigit() or follower in "\"'“‘([•·-*"
        ):
            continue
        if match.group(0).startswith("."):
            # Markdown-escaped text writes "U\\.S\\." for "U.S.".
            token = _last_word(segment, match.start()).lower()
            token = token.replace("\\", "").lstrip("(\"'“").rsplit("/", 1)[-1]
            if token == "etc" and _ETC_END_RE.match(segment, stop + nxt):
                pass  # "regression, etc. Excellent SQL": a new ask follows
            elif token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                continue
        cuts.append((start + stop, start + stop + nxt))
    for match in _GLUED_SENT_END_RE.finditer(segment):
        cuts.append((start + match.end(), start + match.end()))
    for match in _INLINE_BULLET_RE.finditer(segment):
        cuts.append((start + match.start(), start + match.end()))
    cuts.sort()
    previous = start
    for cut_end, _ in [*cuts, (end, end)]:
        if cut_end - previous > _RUN_ON_MIN:
            piece = text[previous:cut_end]
            cuts.extend((previous + a, previous + b) for a, b in _run_on_cuts(piece))
        previous = cut_end
    cuts.sort()
    spans: list[Span] = []
    cursor = start
    for cut_end, cut_next in cuts:
        if cut_end < cursor:
            continue
        spans.append(_trim(text, cursor, cut_end))
        cursor = cut_next
    spans.append(_trim(text, cursor, end))
    return [s for s in spans if s[1] > s[0] and _ALNUM_RE.search(text[s[0] : s[1]])]


# --------------------------------------------------------------------------- title


def _find_title(text: str, lines: list[_Line]) -> tuple[str, Span, int] | None:
    """Return (title, span, index of the line it consumes)."""
    for index, line in enumerate(lines[:8]):
        body = text[line.start : line.end]
        match = _TITLE_PREFIX_RE.match(body)
        if match is not None and len(match.group("t").split()) <= 12:
            t_start = line.start + match.start("t")
            t_start, t_end = _trim(text, t_start, line.end)
            return text[t_start:t_end], (t_start, t_end), index
    if not lines:
        return None
    first = lines[0]
    body = text[first.start : first.end]
    core = _heading_core(body)
    words = re.findall(r"[A-Za-z]+", core.lower())
    if (
        core
        and len(core) <= 80
        and len(core.split()) <= 10
        and core[-1] not in ".!?:;,"
        and heading_kind(core, strict=True) is None
        and (_line_heading(body) is None or heading_kind(core) in (None, "other"))
        and any(w in _TITLE_WORDS for w in words)
    ):
        offset = body.index(core)
        span = (first.start + offset, first.start + offset + len(core))
        return core, span, 0
    return None


# --------------------------------------------------------------------------- sections


def _items_of(
    text: str, unit: _Unit, kind: PostingSectionKind
) -> list[tuple[Span, bool]]:
    length = unit.end - unit.start
    asks = kind in ("requirements", "preferred")
    if (unit.bullet or unit.in_block) and length <= _MAX_LIST_LINE:
        span = (unit.start, unit.end)
        if asks and length > _MIN_SPLIT_BULLET:
            return [(s, unit.bullet) for s in _split_asks(text, *span, run_on=False)]
        return [(span, unit.bullet)]
    spans = split_sentences(text, unit.start, unit.end)
    if asks:
        # Prose lists of requirements: "3+ years of X; strong Y; familiarity
        # with Z", "BA in Economics, Three years of experience, Strong Excel".
        spans = [
            part
            for s_start, s_end in spans
            for part in _split_asks(
                text, s_start, s_end, run_on=True, flattened=unit.flattened
            )
        ]
    return [(span, unit.bullet) for span in spans]


#: A line break lost in flattening: a lower-case word, then a capitalised word
#: followed by a lower-case one ("accurately Trustworthy and reliable").
_LOST_BREAK_RE = re.compile(r"(?<=[a-z])\s+(?=[A-Z][a-z]+(?:-[a-z]+)?\s+[a-z])")
#: Words after which a capitalised word is a name, not a new ask.
_LOST_BREAK_GLUE = frozenset(
    {
        *("using", "use", "via", "including", "like", "from", "into", "called"),
        *("named", "such", "especially", "particularly", "per", "under", "through"),
        *("speak", "write", "read", "known", "is", "are", "be", "was", "were"),
    }
)
#: Separators between the asks of a run-on requirement: ``;`` and inline list
#: glyphs (``•``, ``·``, ``§``), and a ``+`` bullet before a capital.
_ASK_SEP_RE = re.compile(r";\s*|[•·§▪●■►➢➤⦁]\s*|(?<!\s)\s+\+\s+(?=[A-Z0-9(])")
#: Words that open a degree or a number of years: an ask even when a
#: capitalised word follows ("BA Degree", "Bachelor's Degree").
_DEGREE_STARTS = (
    r"Bachelors?|Masters?|Degree|Diploma|Certificate|Certification|BA|BSc|B\.Sc"
    r"|B\.?S\.?|B\.?A\.?|MSc|M\.Sc|M\.?S\.?|MBA|Ph\.?D|Minimum|At least|A minimum"
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+(?:\(\d+\)\s+)?"
    r"(?:[Yy]ears?|[Mm]onths?|\+)|\d{1,2}\s*\+?\s*(?:[Yy]ears?|yrs)"
    r"|(?:A\s+)?(?:[Pp]rofessional|[Vv]alid|[Cc]urrent)\s+licen[cs]e"
)
#: Words that open an ask about a skill or trait ("Knowledge of ...",
#: "Excellent communication"); followed by a capitalised word they are part of
#: a name instead ("Advanced Analytics", "Knowledge Engineering").
_WORD_STARTS = (
    r"Knowledge|Ability|Able|Experience|Experienced|Expertise|Proficiency|Proficient"
    r"|Excellent|Strong|Good|Proven|Demonstrated|Familiarity|Familiar|Understanding"
    r"|Working knowledge|Hands[- ]on|Solid|Deep|Advanced|Must|Willingness|Willing"
    r"|Fluency|Fluent|Capacity|Track record|Work experience|Relevant|Previous|Prior"
    r"|Outstanding|Exceptional|Effective|Computer skills"
)
#: ", " or a spaced dash (plain or markdown-escaped) before a word that opens a
#: new ask.
_ASK_COMMA_RE = re.compile(
    rf"(?:,\s+|(?<![\s0-9])\s+\\?[-–—]\s+)(?:(?:{_DEGREE_STARTS})\b"
    rf"|(?P<word>{_WORD_STARTS})\b(?!\s+[A-Z]))"
)
#: Lower-case words that open the first ask after a Title Case heading phrase
#: in flattened text: "Job Requirement must hold certificate, ...".
_LOWER_ASK_START_RE = re.compile(
    r"(?:must|should|minimum|min|at least|knowledge|experience|ability|able"
    r"|proficien\w*|good|excellent|strong|bachelor|degree|diploma)\b"
)
_EXPERIENCE_MODIFIERS = frozenset(
    ("work", "working", "relevant", "professional", "practical", "industry")
)
#: How an amount of experience opens: "3 years", "Minimum 5", "Two years".
_AMOUNT_START_RE = re.compile(
    r"\d|(?:a\s+)?min(?:imum)?\b|at\s+least\b|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten)\b",
    re.IGNORECASE,
)
#: In run-on requirement prose, ", " before a lower-case word that opens an ask:
#: "team work spirit, good computer skills, can process payroll".
_ASK_COMMA_LOWER_RE = re.compile(
    r",\s+(?=(?:good|excellent|strong|ability|able to|knowledge|experience"
    r"|understand\w*|can|handle\w*|creative|team\s?work|proficien\w*|familiar\w*"
    r"|willing\w*|fluent|effective|capable|commitment|readiness|min(?:imum)?"
    r"|at least|must)\b)"
)
#: What may follow a ``;`` cut: a capital, a digit or a lower-case ask word (not
#: a clause continuing the sentence: "...; however, ...", "...; respond to ...").
_SEMI_NEXT_RE = re.compile(
    r"[A-Z0-9(]|(?:expert|strong|solid|deep|proficien|familiar|hands[- ]on|experience"
    r"|knowledge|abilit|able to|understanding|excellent|good|working|fluen|bachelor"
    r"|master|degree|diploma|at least|minimum|must|demonstrated|proven|advanced"
    r"|basic|prior|previous|relevant|certif|licen)"
)
_LABEL_GLUE = _RUN_ON_GLUE | {
    "following",
    "these",
    "such",
    "including",
    "like",
    "all",
    "our",
    "your",
    "its",
    "their",
}
#: Words that open a two-word field label: "Work Experience:", "Required Number:".
_LABEL_MODIFIERS = frozenset(
    [
        "work",
        "job",
        "year",
        "years",
        "educational",
        "education",
        "academic",
        "language",
        "relevant",
        "required",
        "minimum",
        "professional",
        "basic",
        "key",
        "other",
        "additional",
    ]
)


#: Last words of the field labels a run-on requirement is cut before.
_LABEL_HEADS = frozenset(
    [
        "experience",
        "experiences",
        "education",
        "qualification",
        "qualifications",
        "level",
        "background",
        "language",
        "languages",
        "skill",
        "skills",
        "certificate",
        "certification",
        "certifications",
        "license",
        "licence",
        "competency",
        "competencies",
        "age",
        "sex",
        "gender",
        "study",
        "work",
        "place",
        "number",
        "no",
        "qty",
        "qnty",
        "quantity",
        "salary",
        "station",
        "location",
        "deadline",
        "grade",
        "requirement",
        "requirements",
        "knowledge",
    ]
)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def _label_cuts(body: str) -> list[tuple[int, int]]:
    """Cuts before labelled fields of a run-on item ("BA Degree Experience: 2 years").

    A label is up to four words ending at a colon: a capitalised word followed by
    lower-case words, or a modifier word ("Work", "Required") before it.
    """
    cuts: list[tuple[int, int]] = []
    for colon in re.finditer(r":(?!//)(?=\s*\S)", body):
        offset = max(0, colon.start() - 200)  # five words back, linear overall
        window = body[offset : colon.start()]
        words = [
            _Word(m.group(0), offset + m.start(), offset + m.end())
            for m in re.finditer(r"\S+", window)
        ][-5:]
        if len(words) < 2:
            continue
        index = len(words) - 1
        while index > 1 and len(words) - index < 4:
            current = words[index].text
            previous = words[index - 1].text
            if not (
                current[0].islower()
                or current.startswith("(")
                or previous.lower() in _LABEL_MODIFIERS
            ):
                break
            index -= 1
        label = words[index].text
        before = words[index - 1].text
        head = re.sub(r"[^a-z]", "", words[-1].text.lower())
        if (
            not label[0].isupper()
            or before.lower() in _LABEL_GLUE
            or head not in _LABEL_HEADS
        ):
            continue
        if before[-1] in ",;:&/-(":
            continue
        cuts.append((words[index - 1].end, words[index].start))
    return cuts


#: Items shorter than this are never split into asks.
_MIN_SPLIT_CHARS = 40
#: A list line (bullet) is split into asks only when it is longer than this:
#: one bullet is one item, unless it is a whole run-on paragraph.
_MIN_SPLIT_BULLET = 200


def _split_asks(
    text: str, start: int, end: int, *, run_on: bool, flattened: bool = False
) -> list[Span]:
    """Split a requirement item that runs several asks together.

    Cuts at ``;``, inline list glyphs (``•``, ``·``, ``§``), a spaced dash or
    ``+`` before a capital, and ``", "`` before a capitalised word that opens a
    new ask (a degree, a number of years, "Knowledge", "Ability", "Strong"...);
    with ``run_on`` also where such a word follows a lower-case word with no
    punctuation at all; in ``flattened`` text (line breaks lost) also before any
    capitalised word that follows a lower-case content word and is followed by
    a lower-case one ("... accurately Trustworthy and reliable"). Never inside
    parentheses or brackets. A piece that would
    be tiny (one word, or under three words after a comma cut) stays with its
    neighbour, so a plain enumeration ("Python; SQL; Tableau") is one item.

    Returns:
        Trimmed spans covering the asks, in order (``[(start, end)]`` when the
        item is not split).
    """
    body = text[start:end]
    if len(body) < _MIN_SPLIT_CHARS and not (
        flattened and _ASK_COMMA_LOWER_RE.search(body)
    ):
        return [(start, end)]
    cuts: list[tuple[int, int, int]] = []  # separator start, end, least words
    for match in _ASK_SEP_RE.finditer(body):
        if ";" in match.group(0) and not _SEMI_NEXT_RE.match(body, match.end()):
            continue
        cuts.append((match.start(), match.end(), 2))
    for match in _ASK_COMMA_RE.finditer(body):
        # The separator is cut; the ask word starts the next piece.
        sep_end = (
            match.start()
            + len(match.group(0))
            - len(match.group(0).lstrip(",-–—\\ \t\n"))
        )
        cuts.append((match.start(), sep_end, 3))
    if run_on:
        if flattened:
            # Lists that lost their line breaks: "team work spirit, good
            # computer skills, can process payroll" (never prose sentences).
            for match in _ASK_COMMA_LOWER_RE.finditer(body):
                cuts.append((match.start(), match.end(), 3))
        cuts.extend((a, b, 3) for a, b in _run_on_cuts(body))
        if flattened:
            for match in _LOST_BREAK_RE.finditer(body):
                word = re.split(r"[-/'’]", _last_word(body, match.start()))[-1]
                before = word.lower()
                if (
                    word[:1].islower()
                    and len(word) > 1
                    and before not in _RUN_ON_GLUE
                    and before not in _LOST_BREAK_GLUE
                ):
                    cuts.append((match.start(), match.end(), 3))
        cuts.extend((a, b, 2) for a, b in _label_cuts(body))
    cuts.sort()
    if "(" in body or "[" in body:  # closers alone never raise the depth
        depth = _depths(body)
        cuts = [c for c in cuts if depth[c[0]] == 0]
    if not cuts:
        return [(start, end)]
    pieces: list[tuple[int, int, int]] = []  # piece start, end, words it needs
    cursor = 0
    need = 0
    for c_start, c_end, words in cuts:
        if c_start < cursor:
            continue
        pieces.append((cursor, c_start, max(need, words)))
        cursor = c_end
        need = words
    pieces.append((cursor, len(body), need))
    # Tiny pieces join their neighbour (the previous one, or the next one first).
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for p_start, p_end, need in pieces:
        if carry is not None:
            p_start, carry = carry, None
        if _is_tiny(body[p_start:p_end], need):
            if merged:
                merged[-1] = (merged[-1][0], p_end)
            else:
                carry = p_start
            continue
        merged.append((p_start, p_end))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], len(body))
        else:
            merged.append((carry, len(body)))
    if len(merged) > 1:
        # A cut piece does not end in the joiner before the next ask: "...; or".
        merged = [(a, a + len(_strip_joiner(body[a:b]))) for a, b in merged]
    spans = [_trim(text, start + a, start + b) for a, b in merged]
    return [s for s in spans if s[1] > s[0]]


def _strip_joiner(piece: str) -> str:
    """Drop a trailing ``, or`` / ``; and`` left where the next ask was cut off."""
    piece = piece.rstrip(" \t\r\n,;")
    for joiner in (" and/or", " and", " or"):
        if piece.lower().endswith(joiner):
            return piece[: -len(joiner)].rstrip(" \t\r\n,;")
    return piece


def _depths(body: str) -> list[int]:
    """Bracket depth before each offset of ``body`` (and at its end)."""
    out = [0]
    round_ = square = 0
    for char in body:
        if char == "(":
            round_ += 1
        elif char == ")":
            round_ = max(0, round_ - 1)
        elif char == "[":
            square += 1
        elif char == "]":
            square = max(0, square - 1)
        out.append(round_ + square)
    return out


_DEGREE_START_RE = re.compile(rf"\W*(?:{_DEGREE_STARTS})\b", re.IGNORECASE)


def _is_tiny(piece: str, need: int) -> bool:
    """Too small to be an ask of its own: few words, or a bare name.

    A bare name is up to four capitalised words ("Pattern Recognition") in a
    list of fields; a degree ("BA Degree") is not one.
    """
    if _word_count(piece) < need:
        return True
    words = [w for w in piece.split() if any(c.isalpha() for c in w)]
    return (
        len(words) <= 4
        and all(w[0].isupper() or not w[0].isalpha() for w in words)
        and not _DEGREE_START_RE.match(piece)
    )


def _word_count(piece: str) -> int:
    return len([w for w in piece.split() if _ALNUM_RE.search(w)])


@dataclass
class _Draft:
    kind: PostingSectionKind
    heading: str | None
    heading_span: Span | None
    start: int
    end: int
    items: list[tuple[Span, bool]]


def structure_posting(text: str) -> PostingStructure:
    """Find the title, sections and items of a posting.

    Args:
        text: The posting's normalised text.

    Returns:
        The structure; every span indexes into ``text``. Never raises for any
        string input.
    """
    lines = _join_soft_wraps(text, _physical_lines(text))
    title_found = _find_title(text, lines)
    title: str | None = None
    title_span: Span | None = None
    if title_found is not None:
        title, title_span, consumed = title_found
        lines = lines[:consumed] + lines[consumed + 1 :]
    units = _units(text, lines)
    warnings: list[str] = []
    if len(lines) <= 3 and any(line.end - line.start > 1500 for line in lines):
        warnings.append(
            "Text looks flattened onto long lines; split at inline headings."
        )
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for unit in units:
        if unit.kind == "heading":
            kind = unit.section_kind or "other"
            if (
                kind == "other"
                and current is not None
                and not current.items
                and current.heading is not None
                and current.kind != "other"
            ):
                kind = current.kind  # untyped sub-heading of an empty section
            elif (
                kind == "other"
                and current is not None
                and current.kind in ("requirements", "preferred")
                and current.items
                and _is_topic_label(text[unit.start : unit.end])
            ):
                kind = current.kind  # "Excel:" groups items under "Desired Skills"
            elif (
                kind in ("requirements", "preferred")
                and current is not None
                and current.kind in ("requirements", "preferred")
                and current.items
                and _LEAD_IN_RE.search(text[unit.start : unit.end])
                and not _IMPORTANCE_WORD_RE.search(text[unit.start : unit.end])
            ):
                # "Experience with some of the following tools:" inside a
                # preferred list introduces more of it.
                kind = current.kind
            current = _Draft(
                kind,
                text[unit.start : unit.end],
                (unit.start, unit.end),
                unit.end,
                unit.end,
                [],
            )
            drafts.append(current)
            continue
        body = text[unit.start : unit.end]
        starts_eeo = (current is None or current.kind != "eeo") and bool(
            _EEO_RE.search(body)
        )
        if starts_eeo and unit.flattened:
            # Flattened text: only the equal-opportunity sentences are eeo; the
            # sentences around them stay in the section they are in.
            current = _place_eeo_sentences(text, unit, current, drafts)
            continue
        new_kind: PostingSectionKind | None = None
        if starts_eeo:
            new_kind = "eeo"
        elif (
            current is not None
            and current.kind
            in ("requirements", "preferred", "responsibilities", "application")
            and current.items
            and unit.blank_before
            and not unit.bullet
            and not unit.in_block
            and unit.end - unit.start > (100 if current.kind == "application" else 250)
            and _mean_item_length(current) < 200
        ):
            new_kind = "other"  # trailing prose paragraph after a list
        if current is None or new_kind is not None:
            current = _Draft(new_kind or "other", None, None, unit.start, unit.end, [])
            drafts.append(current)
        current.items.extend(_items_of(text, unit, current.kind))
        current.end = max(current.end, unit.end)
    sections = tuple(_finish(text, d) for d in drafts)
    if not any(d.heading is not None for d in drafts):
        warnings.append("No section headings found.")
    if not any(s.kind == "requirements" for s in sections):
        warnings.append("No requirements section found.")
    return PostingStructure(
        title=title,
        title_span=title_span,
        sections=sections,
        warnings=tuple(warnings),
    )


#: A lead-in to a sub-list: "... with some of the following tools:".
_LEAD_IN_RE = re.compile(
    r"\b(?:the following|such as|as follows|including|these|below)\b[^:]{0,40}:\s*$",
    re.IGNORECASE,
)
#: A word that gives a lead-in its own importance ("Bonus points if ...").
_IMPORTANCE_WORD_RE = re.compile(
    r"\b(?:bonus|preferred|preferably|nice|plus|desired|desirable|ideal(?:ly)?"
    r"|required|must|minimum|mandatory|essential|optional)\b",
    re.IGNORECASE,
)
#: Most words of a topic label that groups asks inside a requirements list.
_TOPIC_LABEL_WORDS = 3


def _is_topic_label(heading: str) -> bool:
    """True for a short untyped ``Topic:`` label ("Excel:", "Cloud tools:").

    A heading that names a known non-requirement section ("Work Environment:",
    "Physical Demands:") is no topic label.
    """
    core = heading.strip().strip("*_#").strip()
    return (
        core.endswith(":")
        and len(core.split()) <= _TOPIC_LABEL_WORDS
        and heading_kind(core) is None
    )


def _place_eeo_sentences(
    text: str, unit: _Unit, current: _Draft | None, drafts: list[_Draft]
) -> _Draft:
    """Add a flattened unit's items, moving equal-opportunity ones to eeo sections.

    Returns:
        The draft the unit's last item went to.
    """
    base_kind: PostingSectionKind = current.kind if current is not None else "other"
    seen_eeo = False
    for span, is_bullet in _items_of(text, unit, base_kind):
        # What follows an equal-opportunity statement is rarely the section
        # before it: untyped, so the classifier decides.
        kind: PostingSectionKind = base_kind if not seen_eeo else "other"
        if _EEO_RE.search(text[span[0] : span[1]]):
            kind = "eeo"
            seen_eeo = True
        if current is None or current.kind != kind:
            current = _Draft(kind, None, None, span[0], span[1], [])
            drafts.append(current)
        current.items.append((span, is_bullet))
        current.end = max(current.end, span[1])
    if current is None:  # no items: an empty unit
        current = _Draft(base_kind, None, None, unit.start, unit.end, [])
        drafts.append(current)
    return current


def _mean_item_length(draft: _Draft) -> float:
    lengths = [b - a for (a, b), _ in draft.items]
    return sum(lengths) / len(lengths) if lengths else 0.0


def _finish(text: str, draft: _Draft) -> PostingSection:
    start, end = _trim(text, draft.start, draft.end)
    if draft.heading_span is not None:
        # Heading: strip surrounding markdown for the recorded heading text.
        h_start, h_end = draft.heading_span
        heading = text[h_start:h_end]
        core = _heading_core(heading)
        core = re.sub(r"[\s:.]+$", "", core).strip("*_").strip() or heading
        offset = heading.find(core)
        if offset >= 0:
            h_start, h_end = h_start + offset, h_start + offset + len(core)
        heading_span: Span | None = (h_start, h_end)
        heading_text: str | None = text[h_start:h_end]
    else:
        heading_span, heading_text = None, None
    items = tuple(
        PostingItem(
            text=text[a:b],
            span=(a, b),
            section=draft.kind,
            is_bullet=is_bullet,
        )
        for (a, b), is_bullet in draft.items
        if b > a and _ALNUM_RE.search(text[a:b])
    )
    return PostingSection(
        kind=draft.kind,
        heading=heading_text,
        heading_span=heading_span,
        span=(start, max(start, end)),
        items=items,
    )
