"""A court or body seated in a capital of one of the smaller actor countries acts for that
state ('the High Court in Majuro': the Marshall Islands), like one in Lima or Nairobi; a state that
adopts another authority's listings acts itself ('Peru has adopted EU listings of ...')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the High Court in Georgetown froze the accounts of two gold traders.",
            "Guyana",
        ),
        ("The High Court in Majuro froze the assets of the company.", "Marshall Islands"),
        ("A court in Apia has frozen the bank accounts of three officials.", "Samoa"),
        ("The financial unit in Libreville blocked the funds of four timber firms.", "Gabon"),
    ],
)
def test_a_body_in_a_capital_acts_for_its_state(claims_of: Rows, text: str, expected: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert rows[0]["sanction_authorities"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru has adopted EU listings of 200 persons and 61 entities.", "Peru"),
        ("Andorra adopts UN listings of four men.", "Andorra"),
        ("Monaco has implemented EU designations of 30 people.", "Monaco"),
        ("Serbia applied EU listings of 12 firms last week.", "Serbia"),
    ],
)
def test_the_adopter_of_another_authoritys_listings_acts(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert rows[0]["sanction_authorities"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seizure is the biggest since the United States in May 2023 ended its Cuba"
            " sanctions programme while designating the president and 10 others under its rules.",
            "United States",
        ),
        (
            "It was the first case since Canada in 2019 imposed sanctions on four generals.",
            "Canada",
        ),
        (
            "Trade slowed sharply after Japan last spring froze the assets of nine brokers.",
            "Japan",
        ),
        (
            "Talks had stalled well before Australia in March sanctioned two militia leaders.",
            "Australia",
        ),
    ],
)
def test_the_object_of_a_subordinator_read_as_a_preposition_acts(
    claims_of: Rows, text: str, expected: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert all(r["sanction_authorities"] == [expected] for r in rows)


@pytest.mark.parametrize(
    ("text", "expected", "targets"),
    [
        ("Two Peruvian judges are now ineligible for entry into Canada.", "Canada", 2),
        ("The former mayor was declared inadmissible to Chile last year.", "Chile", 1),
        ("The Haitian gang leader is ineligible for entry into Canada.", "Canada", 1),
        ("Four Bolivian officials were declared inadmissible to Peru in May.", "Peru", 4),
    ],
)
def test_the_state_a_standing_keeps_targets_out_of_acts(
    claims_of: Rows, text: str, expected: str, targets: int
) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert rows[0]["sanction_authorities"] == [expected]
    assert sum(t["count"] or 0 for t in rows[0]["sanction_targets"]) == targets
