"""Dates and date ranges as resumes write them.

Recognised date forms (case-insensitive):

* month name + year: ``Jan 2019``, ``January 2019``, ``Sep. 2017``, ``Sept 2017``,
  ``January 5, 2019``, ``5 January 2019``, ``May-2020``;
* season + year: ``Spring 2021`` (March), ``Summer 2020`` (June), ``Fall 2019`` /
  ``Autumn 2019`` (September), ``Winter 2020`` (December);
* numeric: ``03/2018``, ``3/2018``, ``12-2020``, ``05/14/2019`` (month kept),
  ``2020.05``, ``2020/05``, ``2020-05-14``;
* a bare four-digit year, 1950 to 2100.

A range joins two dates with a hyphen, en dash, em dash, ``~``, ``to``, ``until``,
``till``, ``through`` or ``thru`` (or ``and`` after ``between``: "between 2017 and
2022", whose span starts at the first date); the end may be a "present" word
(``Present``, ``Current``, ``Now``, ``Today``, ``Ongoing``, ``to date``), which sets
``is_current``. ``Jan - Mar 2019`` shares the year. Whitespace around the separator
may include line breaks, because text extracted from HTML tables and PDFs often puts
``Aug 2015``, ``to`` and ``Current`` on lines of their own.

Two-digit years (``'19``, ``Jan 19``) are skipped: too ambiguous. Numbers that are
not years are rejected by their surroundings: phone numbers (``555-2019``), money
(``$2000``), thousands (``2,000``), decimals, zip codes (five digits), and counts
followed by a noun (``2000 users``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resumefit.schema import PartialDate, Span

__all__ = ["DateRange", "find_date_ranges", "parse_date"]

MIN_YEAR = 1950
MAX_YEAR = 2100


@dataclass(frozen=True)
class DateRange:
    """A date range (or a single date) found in text.

    Attributes:
        start: First date; for a single date, the date itself.
        end: Last date; ``None`` when current ("Present") or open ("2019 -").
            For a single date it equals ``start``.
        is_current: True when the end is a "present" word.
        span: Offsets of the whole expression in the searched text.
    """

    start: PartialDate | None
    end: PartialDate | None
    is_current: bool
    span: Span


_MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Seasons map to the month a term usually starts in; winter to December, so that
# "Winter 2020" sorts after "Fall 2020".
_SEASONS: dict[str, int] = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
}

_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20\d\d|2100)"
_MM = r"(?:0?[1-9]|1[0-2])"
_DD = r"(?:0?[1-9]|[12]\d|3[01])"
# Inline gap inside a date: spaces, a comma, a dot, a slash or a hyphen (no newline).
_IN = r"[ \t\u00a0\u00c2]"  # "Â": the mojibake half of a UTF-8 no-break space

# Guards shared by every form. Before: no digit, currency, or other number glyph,
# and no "digit-" (phone numbers such as 555-2019).
_BEFORE = r"(?<![\w$€£#@%/.,+&])(?<!\d-)(?<!\d\u2013)"
# After: no further digit, no thousands/decimal continuation, no % or +.
_AFTER = r"(?!\d|[.,]\d|\s?%|\+|-\d{1,3}(?!\d))"

_DATE_CORE = (
    # 5 January 2019 / January 5, 2019 / Jan. 2019 / May-2020
    r"(?:" + _DD + r"(?:st|nd|rd|th)?" + _IN + r"+)?"
    r"\b" + _MONTH_NAME + r"\b\.?"
    r"(?:" + _IN + r"+" + _DD + r"(?:st|nd|rd|th)?\b)?"
    # ("Aug.\n2014": a PDF may wrap between the month and the year)
    r"(?:" + _IN + r"*[,/-]?" + _IN + r"*\n?" + _IN + r"*)" + _YEAR + "|"
    # Summer 2020
    r"\b"
    + _SEASON
    + r"\b"
    + _IN
    + r"*,?"
    + _IN
    + r"*"
    + _YEAR
    + "|"
    # 2020-05-14 (ISO), 2020.05, 2020/05
    + _YEAR
    + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|"
    + _YEAR
    + r"[./](?:0[1-9]|1[0-2])(?![\d./])|"
    # 05/14/2019, 03/2018, 3/2018, 12-2020; with dots only two-digit months: 03.2018
    + r"(?:"
    + _MM
    + r"(?:[/-]"
    + _DD
    + r")?[/-]|(?:0[1-9]|1[0-2])\.(?:"
    + _DD
    + r"\.)?)"
    + _YEAR
    + "|"
    # 2019
    + _YEAR
)
_DATE = _BEFORE + r"(?:" + _DATE_CORE + r")" + _AFTER
# Dates that carry a month, for ranges written without a separator
# ("Sep. 2023 Mar. 2024", common in LaTeX templates with right-aligned dates).
_MONTH_DATE = (
    _BEFORE
    + r"(?:\b"
    + _MONTH_NAME
    + r"\b\.?"
    + _IN
    + r"*,?"
    + _IN
    + r"*"
    + _YEAR
    + r"|(?:0?[1-9]|1[0-2])/"
    + _YEAR
    + r")"
    + _AFTER
)

_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|date)\b"
# Separators may span line breaks (HTML-table and PDF text), but only a few.
_GAP = r"[\s\u00a0]{0,8}"
# ASCII and Unicode dashes, "~", the fullwidth hyphen, and the mojibake "ï¼"
# (a fullwidth glyph's UTF-8 read as Latin-1) that HTML-exported resumes carry.
_SEP = (
    _GAP + r"(?:[-\u2010-\u2015~\uff0d]+|\u00ef\u00bc[^\s\d]?|"
    r"(?:[-\u2013\u2014]" + _IN + r"*)?"
    r"\b(?:to|until|till|through|thru)\b:?)" + _GAP
)

# The end of a range needs no "before" guard: the separator precedes it.
_END_DATE = r"(?:" + _DATE_CORE + r")" + _AFTER

_RANGE_RE = re.compile(
    # "between 2017 and 2022": "and" joins a range only after "between".
    r"\bbetween[ \t\u00a0]+(?P<w1>"
    + _DATE
    + r")[ \t\u00a0]+and[ \t\u00a0]+(?P<w2>"
    + _END_DATE
    + r")|(?P<a>"
    + _DATE
    + r")"
    + _SEP
    + r"(?:(?P<b>"
    + _END_DATE
    + r")|(?P<now>"
    + _PRESENT
    # An open range: "2019 -" at the end of a line.
    + r"))|(?P<a2>"
    + _DATE
    + r")"
    + _IN
    + r"*[-\u2013\u2014]"
    + _IN
    + r"*(?=\n|$)"
    # Jan - Mar 2019: the months share the year.
    r"|(?P<m1>\b"
    + _MONTH_NAME
    + r"\b\.?)"
    + _SEP
    + r"(?P<m2>\b"
    + _MONTH_NAME
    + r"\b\.?"
    + _IN
    + r"*,?"
    + _IN
    + r"*"
    + _YEAR
    + r")"
    + _AFTER
    + r"|(?P<c1>"
    + _MONTH_DATE
    + r")"
    + _IN
    + r"+(?:(?P<c2>"
    + _MONTH_DATE
    + r")|(?P<cnow>(?:present|current|now|ongoing)\b))"
    # 2018-19: an academic year; 2020-05: a month.
    + r"|(?P<y1>"
    + _BEFORE
    + _YEAR
    + r")(?:[-\u2013/]|[-\u2013] )(?P<y2>\d\d)(?![\d%+])"
    + r"|(?P<single>"
    + _DATE
    + r")",
    re.IGNORECASE,
)
_FULL_DATE_RE = re.compile(r"(?:" + _DATE_CORE + r")", re.IGNORECASE)

# A bare year followed by one of these words is still a date ("2015 to 2019",
# "2019 with honors"); followed by any other lower-case word it is a count
# ("2000 users", "2015 customers").
_YEAR_FOLLOWERS = frozenset(
    {
        "to",
        "and",
        "as",
        "or",
        "with",
        "in",
        "at",
        "from",
        "for",
        "until",
        "till",
        "through",
        "thru",
        "present",
        "current",
        "currently",
        "now",
        "today",
        "ongoing",
        "onward",
        "onwards",
        "expected",
        "graduation",
        "graduated",
        "gpa",
        "cgpa",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "semester",
        "session",
        "batch",
        "class",
        "cohort",
    }
)
# A bare year preceded by one of these words is a count: "over 2000", "top 2000".
_COUNT_WORDS = frozenset(
    {
        "over",
        "than",
        "approximately",
        "approx",
        "about",
        "nearly",
        "almost",
        "around",
        "roughly",
        "some",
        "top",
        "of",
        "additional",
        "extra",
        "total",
        "only",
    }
)
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]+([a-z]+)")
_PREV_WORD_RE = re.compile(r"([A-Za-z]+)[ \t\u00a0]+$")
_BARE_YEAR_RE = re.compile(_YEAR)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _to_partial(text: str) -> PartialDate | None:
    """Parse one date expression (already known to match ``_DATE_CORE``)."""
    low = text.strip().lower()
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", low)
    if not years:
        return None
    year = int(years[0])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    word = re.search(r"[a-z]+", low)
    if word:
        name = word.group(0)
        if name in _SEASONS:
            return PartialDate(year=year, month=_SEASONS[name])
        for candidate in (name, name[:4], name[:3]):
            if candidate in _MONTHS:
                return PartialDate(year=year, month=_MONTHS[candidate])
        return PartialDate(year=year)
    numbers = re.findall(r"\d+", low)
    if len(numbers) == 1:
        return PartialDate(year=year)
    # 2020.05 / 2020-05-14: the month follows the year; 03/2018 / 05/14/2019: the
    # month comes first (US order).
    month = int(numbers[1]) if low.startswith(years[0]) else int(numbers[0])
    if not 1 <= month <= 12:
        return PartialDate(year=year)
    return PartialDate(year=year, month=month)


def parse_date(text: str) -> PartialDate | None:
    """Parse a single date such as ``"Jan 2019"``, ``"03/2018"`` or ``"Fall 2019"``.

    The whole string (ignoring surrounding whitespace and punctuation) must be one
    date; "Present" and other open ends are not dates and give ``None``.

    Args:
        text: The date as written.

    Returns:
        The year and (when stated) month, or ``None`` when ``text`` is not a date.

    Example:
        >>> parse_date("Sept. 2017")
        PartialDate(year=2017, month=9)
        >>> parse_date("Summer 2020")
        PartialDate(year=2020, month=6)
        >>> parse_date("Present") is None
        True
    """
    cleaned = text.strip().strip("()[],;:")
    cleaned = cleaned.strip()
    if not cleaned or not _FULL_DATE_RE.fullmatch(cleaned):
        return None
    return _to_partial(cleaned)


def _is_count(text: str, start: int, end: int) -> bool:
    """Whether the bare year at ``text[start:end]`` reads as a count, not a year."""
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt and nxt.group(1) not in _YEAR_FOLLOWERS:
        return True
    prev = _PREV_WORD_RE.search(text, max(0, start - 30), start)
    return bool(prev and prev.group(1).lower() in _COUNT_WORDS)


def _single(text: str, start: int, end: int) -> PartialDate | None:
    """Parse ``text[start:end]`` as a date; reject bare years that read as counts."""
    surface = text[start:end]
    if _BARE_YEAR_RE.fullmatch(surface) and _is_count(text, start, end):
        return None
    return _to_partial(surface)


def find_date_ranges(text: str) -> list[DateRange]:
    """Find every date range and single date in ``text``, in order.

    Args:
        text: Any text: a resume line, a section, a whole resume.

    Returns:
        Non-overlapping ranges in text order. A single date ("May 2020") comes back
        with ``start == end``; a current range ("2019 - Present") with ``end=None``
        and ``is_current=True``; an open range ("2019 -" at a line end) with
        ``end=None`` and ``is_current=False``. Spans index into ``text``.

    Example:
        >>> [(r.start.year, r.is_current) for r in find_date_ranges(
        ...     "Analyst, Acme  Jan 2019 – Present")]
        [(2019, True)]
    """
    found: list[DateRange] = []
    if not _FOUR_DIGITS.search(text):
        return found  # every date form carries a four-digit year
    for match in _RANGE_RE.finditer(text):
        groups = match.groupdict()
        if groups["w1"] is not None:
            w_start = _single(text, *match.span("w1"))
            w_end = _single(text, *match.span("w2"))
            if (
                w_start is not None
                and w_end is not None
                and (w_end.year, w_end.month or 12)
                >= (w_start.year, w_start.month or 1)
            ):
                span = (match.start("w1"), match.end("w2"))
                found.append(DateRange(w_start, w_end, False, span))
        elif groups["a"] is not None:
            a_start, a_end = match.span("a")
            start = _to_partial(text[a_start:a_end])
            if start is None:
                continue
            if groups["now"] is not None:
                found.append(DateRange(start, None, True, match.span()))
                continue
            b_start, b_end = match.span("b")
            end = _to_partial(text[b_start:b_end])
            if end is None:
                continue
            found.append(DateRange(start, end, False, match.span()))
        elif groups["a2"] is not None:
            a_start, a_end = match.span("a2")
            start = _single(text, a_start, a_end)
            if start is not None:
                found.append(DateRange(start, None, False, match.span()))
        elif groups["m1"] is not None:
            end = _to_partial(groups["m2"])
            month = _MONTHS.get(groups["m1"].lower().rstrip(".")[:4]) or _MONTHS.get(
                groups["m1"].lower()[:3]
            )
            if end is None or month is None:
                continue
            start = PartialDate(year=end.year, month=month)
            found.append(DateRange(start, end, False, match.span()))
        elif groups["c1"] is not None:
            start = _to_partial(groups["c1"])
            if start is None:
                continue
            if groups["cnow"] is not None:
                found.append(DateRange(start, None, True, match.span()))
                continue
            end = _to_partial(groups["c2"])
            if end is None:
                continue
            found.append(DateRange(start, end, False, match.span()))
        elif groups["y1"] is not None:
            year = int(groups["y1"])
            tail = int(groups["y2"])
            if tail == (year + 1) % 100:
                found.append(
                    DateRange(
                        PartialDate(year=year),
                        PartialDate(year=year + 1),
                        False,
                        match.span(),
                    )
                )
            elif 1 <= tail <= 12:
                year_month = PartialDate(year=year, month=tail)
                found.append(DateRange(year_month, year_month, False, match.span()))
        else:
            s_start, s_end = match.span("single")
            single = _single(text, s_start, s_end)
            if single is not None:
                found.append(DateRange(single, single, False, match.span()))
    return found
