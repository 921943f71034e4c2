"""Days of the Easter cycle ('Easter Monday', 'Good Friday', 'the Easter weekend': Good Friday to
Easter Monday) fall on different days each year: the latest such day or stretch begun by
publication, the one before after 'last', the coming one when the text looks ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.resolve import easter_sunday
from tests.extract.dates.helpers import surface_spans

THU_10_APR_2025 = dt.date(2025, 4, 10)
THU_24_APR_2025 = dt.date(2025, 4, 24)


def test_easter_sunday_by_the_computus() -> None:
    assert [str(easter_sunday(y)) for y in (2019, 2024, 2025, 2026, 2027)] == [
        "2019-04-21",
        "2024-03-31",
        "2025-04-20",
        "2026-04-05",
        "2027-03-28",
    ]


@pytest.mark.parametrize(
    ("text", "published", "surface", "start", "end"),
    [
        (
            "A trader said he sold two bars over the Easter weekend for cash.",
            THU_24_APR_2025,
            "the Easter weekend",
            "2025-04-18",
            "2025-04-21",
        ),
        (
            "Last Easter Monday the ward had 117 patients on trolleys.",
            THU_10_APR_2025,
            "Last Easter Monday",
            "2024-04-01",
            "2024-04-01",
        ),
        (
            "Police closed the border crossing on Good Friday.",
            THU_24_APR_2025,
            "on Good Friday",
            "2025-04-18",
            "2025-04-18",
        ),
        (
            "Ferries will be full over the Easter bank holiday, the operator warned.",
            THU_10_APR_2025,
            "the Easter bank holiday",
            "2025-04-18",
            "2025-04-21",
        ),
        (
            "Prices have eased since Easter, traders said.",
            THU_24_APR_2025,
            "since Easter",
            "2025-04-20",
            "2025-04-20",
        ),
        (
            "The strike ran through Easter 2024.",
            THU_24_APR_2025,
            "through Easter 2024",
            "2024-03-31",
            "2024-03-31",
        ),
    ],
)
def test_easter_days(text: str, published: dt.date, surface: str, start: str, end: str) -> None:
    assert (surface, start, end) in surface_spans(text, published)


@pytest.mark.parametrize(
    "text",
    ["Tourists flocked to Easter Island.", "Children hunted for Easter eggs in the park."],
)
def test_names_and_things_are_no_easter_days(text: str) -> None:
    assert surface_spans(text, THU_24_APR_2025) == []
