"""A court that confirms a freeze told before keeps it in force, in either voice: the confirming is
a claim of its own. A ministry, a spokesman or any other reporter confirming the measure only
reports it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The financial unit froze 40 bank accounts of a fuel-smuggling ring on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "A judge in Cusco confirmed the freeze on Wednesday.",
        "The freeze was confirmed by the criminal court of Arequipa two days later.",
        "The Third Criminal Court has confirmed the unit's freeze.",
        "On Friday a judge confirms the measure.",
    ],
)
def test_a_court_confirming_the_freeze_is_an_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(LEAD + text, "sanction")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The economy ministry confirmed the freeze on Wednesday.",
        "A court spokesman confirmed the freeze.",
    ],
)
def test_a_reporter_confirming_the_freeze_only_reports_it(claims_of: Rows, text: str) -> None:
    assert len(claims_of(LEAD + text, "sanction")) == 1
