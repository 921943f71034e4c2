"""A digest's numbered section heading that looks ahead ("4) Coming up", "III. Dates to watch")
dates its list ahead as an unnumbered one does; a year "so far" or "to date" after a preposition
("in 2025 so far") ends at publication, as a label's "2025 so far:" does."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_02_SEP_2025, days, one


@pytest.mark.parametrize(
    ("context", "line", "expected"),
    [
        ("6) DATES TO WATCH\n", "- 22 September: review published", "2025-09-22"),
        ("4) Coming up\n- Budget speech\n", "- Port strike vote on 4 September", "2025-09-04"),
        ("III. Week ahead\n", "- Rate decision on 18 September", "2025-09-18"),
        ("2. Key dates\n", "- Election in July", "2026-07-01"),
    ],
)
def test_a_numbered_heading_that_looks_ahead_dates_its_list_ahead(
    context: str, line: str, expected: str
) -> None:
    [(_, start)] = days(line, f"Prices eased.\n\n{context}", TUE_02_SEP_2025)
    assert start == expected


def test_a_numbered_heading_that_looks_back_keeps_the_past_reading() -> None:
    [(_, start)] = days("- Crop report on 30 August", "3) Key events\n", TUE_02_SEP_2025)
    assert start == "2025-08-30"


@pytest.mark.parametrize(
    "text",
    [
        "Penalties in 2025 so far: GBP 7.2mn across 6 cases",
        "Fines imposed in 2025 so far reached GBP 3mn.",
        "Arrivals during 2025 to date have topped 4 million.",
        "The agency has listed 40 ships in 2025 so far, it said.",
    ],
)
def test_a_year_so_far_after_a_preposition_ends_at_publication(text: str) -> None:
    assert one(text, TUE_02_SEP_2025)[1:] == ("2025-01-01", "2025-09-02")


def test_a_past_year_so_far_keeps_the_whole_year() -> None:
    assert one("Exports in 2024 so far were never counted.", TUE_02_SEP_2025)[1:] == (
        "2024-01-01",
        "2024-12-31",
    )
