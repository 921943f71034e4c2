"""A state's courts and financial-intelligence units freeze money. A court
seated in a capital or a large city, owned by one or named by one, acts for that place's state ('a
court in Lusaka', "Quito's intelligence unit", 'a Kampala court', 'a court in Port Harcourt'); a later 'the same court' is that body again. A sum frozen by a state
or one of its bodies is an asset freeze whatever it is held in ('Ruritania froze EUR 9 million',
'froze 12 of them'), unless it is a share or a sum of aid. A clan is an organization."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A high court in Lusaka on Monday froze 40 bank accounts of the miner.", ["Zambia"]),
        ("A Quito court has ordered the freezing of 31 accounts.", ["Ecuador"]),
        ("Nairobi's financial intelligence unit froze 16 accounts last week.", ["Kenya"]),
        ("Thirty accounts were frozen on Friday by a court in Kampala.", ["Uganda"]),
    ],
)
def test_a_body_seated_in_a_capital_acts_for_its_state(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Federal High Court in Port Harcourt froze eleven bank accounts of the two firms.",
            ["Nigeria"],
        ),
        (
            "A Karachi court has ordered the freezing of 14 accounts held by the charity.",
            ["Pakistan"],
        ),
        ("Forty accounts were frozen on Tuesday by a court in Mumbai.", ["India"]),
        ("A court in Istanbul will freeze the assets of six shipping agents.", ["Turkey"]),
    ],
)
def test_a_body_seated_in_a_large_city_acts_for_its_state(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "A court in Lima froze 20 accounts on Monday. In March, the same court froze 9 accounts.",
        "A court in Lima froze 20 accounts. The same court had frozen 11 accounts a year ago.",
        "A court in Lima ordered the freezing of 20 accounts. The court froze 9 more in June.",
        "A court in Lima froze 20 accounts. Last year the same court froze five properties.",
    ],
)
def test_the_same_court_is_the_court_named_before(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert all(r["sanction_authorities"] == ["Peru"] for r in rows), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Switzerland has frozen around CHF 30 million held in banks in Geneva.", ["Switzerland"]),
        ("Norway's courts froze about EUR 9 million of the clan's assets in May.", ["Norway"]),
        (
            "The unit flagged 50 accounts, and Colombia's central court froze 12 of them.",
            ["Colombia"],
        ),
        ("Japan will freeze $4 million held by the two brokers.", ["Japan"]),
    ],
)
def test_a_sum_frozen_by_a_state_is_a_freeze(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania froze EUR 2 billion in aid to the province in May.",
        "Norway froze 5% of its budget for the agency.",
        "Banks froze $3 million in assets of the listed men.",
        "The fund froze 40 of its hires this year.",
    ],
)
def test_a_sum_of_aid_or_a_share_or_a_private_freeze_is_no_sanction(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned the same clan on Tuesday.",
        "The EU has blacklisted a Serbian crime clan.",
        "Two clans were designated by Canada on Friday.",
        "Australia imposed sanctions on a smuggling clan.",
    ],
)
def test_a_clan_is_an_organization(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert "organization" in counts(rows[0]), rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian judge freezes 40 accounts of former mayor", ["Peru"]),
        ("A Kenyan court on Friday froze the assets of three officials.", ["Kenya"]),
        ("The Nigerian court has ordered the freezing of 12 bank accounts.", ["Nigeria"]),
        ("Twenty accounts were frozen by a Ghanaian judge last week.", ["Ghana"]),
    ],
)
def test_a_court_or_judge_of_a_nationality_acts_for_its_state(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows
