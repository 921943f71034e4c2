"""A bare freeze noun a verb of asking takes ('will request freezes on three additional farms',
'told the court it would ask for freezes') on a page that already tells of frozen holdings plans
one more asset freeze; a freeze on something that is neither holdings nor a counted group ('a
freeze on rents') asks for none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The agency froze 17 bank accounts of a smuggling ring in May. "


@pytest.mark.parametrize(
    "text",
    [
        "Next quarter the agency plans to request freezes on three additional farms.",
        "Investigators intend to request freezes on two accountants' savings accounts.",
        "The prosecutor has sought freezes on four further trading houses.",
        "Officials told the court they will seek freezes in the coming weeks.",
    ],
)
def test_a_freeze_sought_after_frozen_holdings_is_planned(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Tenants will seek a freeze on rents after the vote.",
        "The union asked for a freeze on hiring until next year.",
        "The tax office has not sought a freeze on the deposits of the two partners.",
    ],
)
def test_a_freeze_sought_on_other_things_is_none(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 1, rows


def test_a_freeze_sought_on_a_page_of_no_holdings_is_none(claims_of: Rows) -> None:
    text = "Farmers met the minister on Friday. The council will request freezes on a pair of projects."
    assert claims_of(text, "sanction") == []
