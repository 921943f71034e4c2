"""A body that says it will apply, enforce or honour another body's bans takes them over
(sanctions.json `action_verbs`, `adopting_verbs`, `disciplinary_bans` `acted_on`); when the
action's subject is a pronoun standing for the speaker of a reporting verb
(`reported_actions`), the claim's span opens with that speaker. A suspension lifted on a page
of a disciplinary body is a lifting too."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows

LEAD = "FIFA banned eleven players for fixing matches on Monday. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            LEAD + "The Chilean federation stated that it plans to apply FIFA's bans at home.",
            "The Chilean",
        ),
        (
            LEAD + "The Peruvian league confirmed it will enforce the bans in its cup.",
            "The Peruvian",
        ),
        (
            LEAD + "Bolivia's federation announced it intends to honour these bans soon.",
            "Bolivia",
        ),
        (LEAD + "Ecuador said on Friday it had applied the bans to its own clubs.", "Ecuador"),
    ],
)
def test_a_reported_adoption_opens_with_its_speaker(
    claims_of: Rows, text: str, speaker: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, rows
    assert text[rows[-1]["span_start"] :].startswith(speaker), rows


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank debarred a paving firm. The regional lender will honour the debarment.",
        "The World Bank debarred a paving firm. Two more lenders have honored that debarment.",
        "The World Bank debarred a paving firm. The Asian Development Bank honours it too, and"
        " will honor that debarment across its lending.",
    ],
)
def test_honouring_another_bodys_measure(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "A provisional suspension of the club's goalkeeper was lifted in May.",
        LEAD + "The federation lifted its temporary suspension of one linesman on Friday.",
        LEAD + "Its provisional suspension of two referees has been lifted.",
    ],
)
def test_a_suspension_lifted_on_a_page_of_a_disciplinary_body(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and rows[-1]["sanction_status"] == "lifted", rows


def test_a_suspension_of_anything_else_is_none(claims_of: Rows) -> None:
    text = "The city lifted its suspension of bus services on Friday after the storm."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Under a 2015 accord, a debarment of over two years by one lender is honoured by each partner.",
        "Under league rules, a ban by one federation is enforced by every member federation.",
        "By treaty, an asset freeze issued in one member state is enforced in every other.",
    ],
)
def test_a_standing_rule_of_mutual_adoption_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
