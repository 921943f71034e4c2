"""Round-4 date families, each in phrasings of our own: a progressive inside reported speech,
pieces of piped label lines, 'by' after a clause in the past, conditions and intentions that look
ahead, and wire datelines naming several places. Publication dates are given per case."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates


def spans(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(surface, start, end) of every date found."""
    return [
        (text[m.surface_start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, published)
    ]


WED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            '"We are running out of fuel," a hospital director told reporters on Monday.',
            "2025-03-10",
        ),
        ("The rebels are regrouping near the border, a spokesman said on Tuesday.", "2025-03-11"),
        (
            '"Prices are rising every week," the farmer told our correspondent on Sunday.',
            "2025-03-09",
        ),
        (
            "Crews are still searching for survivors, the coastguard reported on Thursday.",
            "2025-03-06",
        ),
        # no past verb after it: an arrangement ahead
        ("The envoys are meeting on Thursday.", "2025-03-13"),
    ],
)
def test_a_progressive_in_reported_speech_does_not_look_ahead(text: str, day: str) -> None:
    [(_, start, end)] = spans(text, WED)
    assert (start, end) == (day, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Killed: 12 | 2024 total: 310 | 2025 so far: 41",
            [("2024", "2024-01-01", "2024-12-31"), ("2025", "2025-01-01", "2025-03-12")],
        ),
        (
            "Raids by month | January: 30 | February: 22 | March: 9",
            [
                ("January", "2025-01-01", "2025-01-31"),
                ("February", "2025-02-01", "2025-02-28"),
                ("March", "2025-03-01", "2025-03-31"),
            ],
        ),
        (
            "2023 average: 85 a day • 2024 average: 120 a day",
            [("2023", "2023-01-01", "2023-12-31"), ("2024", "2024-01-01", "2024-12-31")],
        ),
        (
            "October: 1.2 mn t · November: 0.9 mn t",
            [("October", "2024-10-01", "2024-10-31"), ("November", "2024-11-01", "2024-11-30")],
        ),
    ],
)
def test_every_piece_of_a_piped_label_line_is_dated(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, WED)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Power was restored to all but 9,000 homes by Monday evening.", "2025-03-10"),
        ("Most of the fires had been put out by Tuesday.", "2025-03-11"),
        ("The rescuers reached the flooded village by Sunday night.", "2025-03-09"),
        ("By then 40 ships had left the port, and the last one sailed by Saturday.", "2025-03-08"),
        # a deadline ahead stays ahead
        ("Heating should be restored by Friday.", "2025-03-14"),
        ("Officials said the repairs would be finished by Monday.", "2025-03-17"),
        ("The line is to reopen by Saturday.", "2025-03-15"),
    ],
)
def test_by_after_a_clause_in_the_past_looks_back(text: str, day: str) -> None:
    found = [s for s in spans(text, WED) if s[0].split()[-1].endswith("day")]
    assert [(s[1], s[2]) for s in found] == [(day, day)]


NOV = dt.date(2025, 11, 6)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "If the EU lowers its price cap again in January, a further fall is likely.",
            "2026-01-01",
            "2026-01-31",
        ),
        (
            '"If the cap is cut in February, exports will drop," she said.',
            "2026-02-01",
            "2026-02-28",
        ),
        ("Officials want to reach 1,500 drones a day by the summer.", "2026-06-01", "2026-08-31"),
        ("The ministry aims to double output in the spring.", "2026-03-01", "2026-05-31"),
        ("Exporters hope to resume shipments in March.", "2026-03-01", "2026-03-31"),
        # a question about the past is no condition
        ("Asked if the talks in March had failed, he said no.", "2025-03-01", "2025-03-31"),
    ],
)
def test_conditions_and_intentions_look_ahead(text: str, start: str, end: str) -> None:
    [(_, s, e)] = spans(text, NOV)
    assert (s, e) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "OSLO/BERN, June 28 (Nordic Wire) - Norway on Friday joined the new package.",
        "RIGA/VILNIUS, May 5 (Baltic Desk) - The two states closed their borders on Monday.",
        "NEW YORK/LONDON, Jan 9 (Markets Wire) - Oil fell 3% on Thursday.",
        "KYIV/WARSAW, Sept 19 - The grain dispute eased on Tuesday.",
    ],
)
def test_a_dateline_naming_several_places_is_no_claim(text: str) -> None:
    found = spans(text, dt.date(2025, 6, 28))
    assert all("(" not in s and not s[0][0].isdigit() for s in found)
    assert len(found) == 1 and found[0][0].split()[-1].endswith("day")
