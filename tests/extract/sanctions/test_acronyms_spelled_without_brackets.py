"""An acronym that acts bare ('the FCU froze ...') stands for a name the story spells out
elsewhere with no brackets, owned by a state after 'of' or before it as a possessive ('the
Financial Crimes Unit of Ghana', "Kenya's Asset Recovery Agency"): that state acts, not another
state whose body of the same acronym the story names later."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

LATER = (
    " Officials also asked Nigeria's FCU and Benin's ARA to freeze any accounts there. The "
    "Financial Crimes Unit of Togo and Nigeria's Asset Recovery Agency were asked too."
)


@pytest.mark.parametrize(
    ("text", "acronym", "state"),
    [
        (
            "Accounts of four importers were frozen, the Financial Crimes Unit of Ghana said "
            "on Monday. The FCU has frozen the assets of six importers since March.",
            "FCU",
            "Ghana",
        ),
        (
            "Kenya's Asset Recovery Agency went to court last week, a spokesman said. The ARA "
            "froze the bank accounts of three county officials on Friday.",
            "ARA",
            "Kenya",
        ),
        (
            "The Financial Intelligence Unit of the Seychelles Central Bank published its report "
            "on Tuesday. The FIU will freeze the accounts of two offshore firms.",
            "FIU",
            "Seychelles",
        ),
        (
            "Investigators from the Economic Crimes Office of Zambia met bankers in Lusaka. The "
            "ECO had already frozen the assets of a mining contractor in May.",
            "ECO",
            "Zambia",
        ),
    ],
)
def test_an_acronym_spelled_without_brackets_acts_for_its_state(
    claims_of: Rows, text: str, acronym: str, state: str
) -> None:
    page = text + LATER.replace("FCU", acronym).replace("ARA", acronym)
    rows = story(claims_of, page)
    own = [r for r in rows if acronym in (r.get("subject") or "")]
    assert own, rows
    assert all(r["sanction_authorities"] == [state] for r in own), own


def test_a_later_spelling_with_another_state_is_that_states_body(claims_of: Rows) -> None:
    page = (
        "The Financial Intelligence Centre (FIC) has frozen the funds of five traders, the "
        "Namibian regulator said on Monday. The FIC has asked Botswana's Financial "
        "Intelligence Centre to trace about N$4 million."
    )
    rows = story(claims_of, page)
    own = [r for r in rows if (r.get("subject") or "").startswith("The F")]
    assert all(r["sanction_authorities"] != ["Botswana"] for r in own), own
