"""Dates and date ranges as resumes write them (resumefit._dates)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumefit._dates import DateRange, find_date_ranges, parse_date
from resumefit.schema import PartialDate

YM = tuple[int, int | None]


def _ym(date: PartialDate | None) -> YM | None:
    return None if date is None else (date.year, date.month)


def _summary(text: str) -> list[tuple[YM | None, YM | None, bool, str]]:
    return [
        (_ym(r.start), _ym(r.end), r.is_current, text[r.span[0] : r.span[1]])
        for r in find_date_ranges(text)
    ]


RANGES = [
    ("Jan 2019 – Present", [((2019, 1), None, True, "Jan 2019 – Present")]),
    (
        "January 2019 - Current",
        [((2019, 1), None, True, "January 2019 - Current")],
    ),
    ("2019-2021", [((2019, None), (2021, None), False, "2019-2021")]),
    ("2015 – Current", [((2015, None), None, True, "2015 – Current")]),
    (
        "03/2018 to 11/2020",
        [((2018, 3), (2020, 11), False, "03/2018 to 11/2020")],
    ),
    ("3/2018 - 11/2020", [((2018, 3), (2020, 11), False, "3/2018 - 11/2020")]),
    ("Summer 2020", [((2020, 6), (2020, 6), False, "Summer 2020")]),
    ("Fall 2019", [((2019, 9), (2019, 9), False, "Fall 2019")]),
    ("Spring 2021", [((2021, 3), (2021, 3), False, "Spring 2021")]),
    ("Winter 2020", [((2020, 12), (2020, 12), False, "Winter 2020")]),
    ("2019 – now", [((2019, None), None, True, "2019 – now")]),
    ("May 2020", [((2020, 5), (2020, 5), False, "May 2020")]),
    ("Sep. 2017", [((2017, 9), (2017, 9), False, "Sep. 2017")]),
    ("Sept 2017", [((2017, 9), (2017, 9), False, "Sept 2017")]),
    ("12/2020", [((2020, 12), (2020, 12), False, "12/2020")]),
    ("2020.05", [((2020, 5), (2020, 5), False, "2020.05")]),
    ("1998 — 2002", [((1998, None), (2002, None), False, "1998 — 2002")]),
    (
        "2012 through 2014",
        [((2012, None), (2014, None), False, "2012 through 2014")],
    ),
    (
        "June 2016 until May 2018",
        [((2016, 6), (2018, 5), False, "June 2016 until May 2018")],
    ),
    ("2015 to date", [((2015, None), None, True, "2015 to date")]),
    ("Jan - Mar 2019", [((2019, 1), (2019, 3), False, "Jan - Mar 2019")]),
    ("2018-19", [((2018, None), (2019, None), False, "2018-19")]),
    (
        "Aug 2015\n\nto\nCurrent",
        [((2015, 8), None, True, "Aug 2015\n\nto\nCurrent")],
    ),
    (
        "Engineer Sep. 2023 Mar. 2024",
        [((2023, 9), (2024, 3), False, "Sep. 2023 Mar. 2024")],
    ),
    ("05/14/2019", [((2019, 5), (2019, 5), False, "05/14/2019")]),
    (
        "July 2014 - Aug.\n2014",
        [((2014, 7), (2014, 8), False, "July 2014 - Aug.\n2014")],
    ),
    (
        "Aug 2015 \u00c2 Dec 2015",
        [((2015, 8), (2015, 12), False, "Aug 2015 \u00c2 Dec 2015")],
    ),
    (
        "07/2015\n\n\u00ef\u00bc\u200b\n12/2015",
        [((2015, 7), (2015, 12), False, "07/2015\n\n\u00ef\u00bc\u200b\n12/2015")],
    ),
    ("Since 2019 -\nnext", [((2019, None), None, False, "2019 -")]),
    (
        "Analyst, Acme Corp.  Feb 2016 – Jul 2018",
        [((2016, 2), (2018, 7), False, "Feb 2016 – Jul 2018")],
    ),
    (
        "2010 - 2012 and 2014 - Ongoing",
        [
            ((2010, None), (2012, None), False, "2010 - 2012"),
            ((2014, None), None, True, "2014 - Ongoing"),
        ],
    ),
    (
        "operated between 2016 and 2021, mostly",
        [((2016, None), (2021, None), False, "2016 and 2021")],
    ),
    (
        "between Mar 2015 and June 2016",
        [((2015, 3), (2016, 6), False, "Mar 2015 and June 2016")],
    ),
    (
        "worked between 2012 and 2015 as a developer",
        [((2012, None), (2015, None), False, "2012 and 2015")],
    ),
    ("From: 2017 To: 2020", [((2017, None), (2020, None), False, "2017 To: 2020")]),
    ("Manager (2018- 19)", [((2018, None), (2019, None), False, "2018- 19")]),
    ("during 2006 to 2008.", [((2006, None), (2008, None), False, "2006 to 2008")]),
    # negatives
    ("between 2015 and 2000 users", []),
    ("between 2015 and 2017 customers", []),
    ("'19", []),
    ("Jan '19", []),
    ("call +1 (415) 555-2019", []),
    ("Phone: 555-201-9876", []),
    ("served 2,000 users", []),
    ("served 2000 users", []),
    ("1500 customers", []),
    ("raised $2000 for charity", []),
    ("Austin, TX 78701", []),
    ("over 2000 people", []),
    ("grew revenue 20.19%", []),
    ("version 2.2019", []),
    ("year 1949 or 2101", []),
    ("ISBN 978-2019-1234", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), RANGES, ids=[r[0].replace("\n", "⏎") for r in RANGES]
)
def test_find_date_ranges_table(text: str, expected: list[object]) -> None:
    assert _summary(text) == expected


PARSE = [
    ("Sept. 2017", (2017, 9)),
    ("Summer 2020", (2020, 6)),
    ("Autumn 2018", (2018, 9)),
    ("03/2018", (2018, 3)),
    (" 12/2020 ", (2020, 12)),
    ("2019", (2019, None)),
    ("January 5, 2019", (2019, 1)),
    ("(May 2021)", (2021, 5)),
    ("Present", None),
    ("hello", None),
    ("Jan 2019 - Mar 2020", None),
    ("13/2019", None),
    ("1890", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE, ids=[p[0] for p in PARSE])
def test_parse_date_table(text: str, expected: YM | None) -> None:
    assert _ym(parse_date(text)) == expected


def test_find_date_ranges_spans_offset_into_text() -> None:
    text = "Data Analyst | Northwind Labs | Mar 2017 - Present"
    (found,) = find_date_ranges(text)
    assert found == DateRange(
        start=PartialDate(year=2017, month=3),
        end=None,
        is_current=True,
        span=(32, 50),
    )
    assert text[32:50] == "Mar 2017 - Present"


@given(st.text())
def test_find_date_ranges_never_raises_and_spans_index_text(text: str) -> None:
    last = 0
    for found in find_date_ranges(text):
        start, end = found.span
        assert last <= start < end <= len(text)
        last = end
        if found.start is not None and found.end is not None:
            assert found.start.year >= 1950


@given(st.text(alphabet="0123456789 -/.,:()+$%JanFebMayPresntoc\n", max_size=40))
def test_find_date_ranges_digit_soup_is_safe(text: str) -> None:
    for found in find_date_ranges(text):
        assert 0 <= found.span[0] < found.span[1] <= len(text)
