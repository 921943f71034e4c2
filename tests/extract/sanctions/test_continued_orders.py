"""A court continues a freeze or restraint order as others renew one (sanctions.json
`action_verbs` `continue`: extended), in either voice; measures that merely go on ('continued to
weigh on exports') or talks that continue state nothing done."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The High Court froze the assets of nine traders at the request of the Treasury. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The restraint order on the two farms is continued until June by consent.",
        LEAD + "A judge continued the asset freeze on the nine traders for three months.",
        LEAD + "The freezing orders were continued on Friday for a further 60 days.",
        "Japan continued its asset freeze on a pair of Syrian banks for one more year.",
    ],
)
def test_a_continued_order_is_extended(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and rows[-1]["sanction_status"] == "extended", rows


@pytest.mark.parametrize(
    "text",
    [
        "Japan froze the funds of two banks. The sanctions continued to weigh on exports.",
        "Japan froze the funds of two banks. Talks on the sanctions continued on Monday.",
    ],
)
def test_measures_going_on_are_no_extension(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed"], rows
