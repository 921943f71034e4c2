"""'as planned', 'as agreed', 'as expected': an elliptic clause, no verb in the past and no cue
of its own; the clause's verb sets the direction of a yearless date."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, spans


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "A spokesman said the country would hold elections as planned on Dec. 28.",
            "Dec. 28",
            "2025-12-28",
        ),
        (
            "The minister said the talks would resume as agreed on 3 December.",
            "3 December",
            "2025-12-03",
        ),
        ("The summit went ahead as planned on Sept. 3.", "Sept. 3", "2025-09-03"),
        ("The vote took place as expected on Sept. 14.", "Sept. 14", "2025-09-14"),
    ],
)
def test_an_elliptic_as_clause_leaves_the_direction_to_the_verb(
    text: str, span: str, day: str
) -> None:
    assert (span, day, day) in spans(text, WED_24_SEP_2025)
