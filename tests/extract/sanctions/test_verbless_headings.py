"""A verbless heading whose head is a sanction noun with a target group after 'on', 'against' or
'for' ('Fresh sanctions on two refineries') names the action itself: a claim, whose authority
the article's other sentences give."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresh Sanctions On Two Chinese Refineries", {"organization": 2}),
        ("Cyber sanctions on hacking gangs behind bank thefts", {"organization": None}),
        ("New restrictions on nine shipping companies", {"organization": 9}),
        ("Visa restrictions against three Georgian judges", {"person": 3}),
    ],
)
def test_a_sanction_noun_heading_is_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "imposed"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions on the shipping companies are hurting the port.",
        "Restrictions on nine shipping companies were criticised by traders.",
        "Questions on sanctions for the minister",
    ],
)
def test_a_sentence_with_a_verb_or_no_target_is_no_heading(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New listings of drone suppliers in Iran", {"organization": None}),
        ("Fresh designations of arms brokers in Serbia and Cyprus", {"organization": None}),
        ("Further designations of oil traders", {"organization": None}),
        ("Designation of three Iranian generals", {"person": 3}),
    ],
)
def test_a_listing_heading_names_its_targets_with_of(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize("text", ["Sanctions of the European Union", "Listings of new books"])
def test_of_names_no_target_otherwise(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fresh designations of sanctions enablers in Dubai",
        "Britain sanctioned six financial enablers of the network.",
        "Canada has listed four enablers of the Russian war economy.",
        "Further designations of money-laundering enablers",
    ],
)
def test_enablers_are_targets_of_no_one_kind(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert [t["kind"] for t in rows[0]["sanction_targets"]] == ["other"]
