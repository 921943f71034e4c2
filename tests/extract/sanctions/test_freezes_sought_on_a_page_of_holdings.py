"""A bare freeze noun a verb of asking takes ('will seek freezes on three more farms', 'said it
would request freezes') on a page that already tells of frozen holdings plans one more asset
freeze; a freeze on something that is neither holdings nor a counted group ('a freeze on rents')
asks for none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "The agency froze 17 bank accounts of a smuggling ring in May. "


@pytest.mark.parametrize(
    "text",
    [
        "The agency said it would seek freezes on three more farms next quarter.",
        "Investigators intend to request freezes on the accounts of the ring's two accountants.",
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
    ],
)
def test_a_freeze_sought_on_other_things_is_none(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 1, rows


def test_a_freeze_sought_on_a_page_of_no_holdings_is_none(claims_of: Rows) -> None:
    text = "Farmers met the minister on Friday. The council will seek freezes on two more projects."
    assert claims_of(text, "sanction") == []
