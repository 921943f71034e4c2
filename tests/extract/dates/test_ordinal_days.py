"""'on the 25th': a day of the month the text spoke of last in its paragraph; with no month
spoken of, or as an ordinal of something else ('the 25th anniversary'), no date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_12_MAR_2025, spans


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Spot rates touched $2,100 on 26 February, and the premium peaked on the 24th.",
            "2025-02-24",
        ),
        ("Prices averaged $300 in January and peaked on the 14th before easing.", "2025-01-14"),
        ("The strike began on 3 March and was called off by the 7th.", "2025-03-07"),
        (
            "Arrivals slowed in February, with the port shut from the 11th after a storm.",
            "2025-02-11",
        ),
    ],
)
def test_an_ordinal_day_takes_the_month_spoken_of(text: str, day: str) -> None:
    assert spans(text, WED_12_MAR_2025)[-1][1:] == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "The parade was held on the 25th anniversary of the uprising.",
        "Ships will sail on the 3rd, the agent said.",  # no month spoken of
        "Output rose in 2024, peaking on the 12th.",  # a year names no month
        "Crowds gathered on the 4th floor of the ministry.",
    ],
)
def test_no_ordinal_day_without_a_month(text: str) -> None:
    assert not any(span.startswith("the ") for span, _, _ in spans(text, WED_12_MAR_2025))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Exports fell 2% in January, customs figures released on the 11th showed.", "2025-03-11"),
        ("Output rose 4% in February, the statistics office said on the 6th.", "2025-03-06"),
        (
            "Car sales slipped in January, according to data the association published on the"
            " 10th.",
            "2025-03-10",
        ),
        ("Inflation eased in February, the central bank reported on the 28th.", "2025-02-28"),
    ],
)
def test_a_statement_dated_by_an_ordinal_day_after_a_month_is_made_by_publication(
    text: str, day: str
) -> None:
    assert spans(text, WED_12_MAR_2025)[-1][1:] == (day, day)
