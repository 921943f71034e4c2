"""'The province has asked the capital to place 40 more men on the schedule': a listing one body
asks another to make has not happened yet; it is planned, like one that is urged."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "Pakistan proscribed two militant groups on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "The provincial home department has asked Islamabad to place a further 40 suspected"
        " sympathisers on the schedule, a spokesperson said.",
        "Punjab asked the interior ministry on Tuesday to add 25 more militants to the watch list.",
        "The police chief is asking the federal government to put 12 clerics on the Fourth"
        " Schedule.",
        "Sindh has formally requested the centre to designate 30 more suspected financiers.",
    ],
)
def test_a_listing_asked_of_another_body_is_planned(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[-1]["sanction_status"] == "planned"
