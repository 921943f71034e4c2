"""A word of trade that may name a firm or a person (dealer, broker, trader) names people when a
nationality describes its plural, or a word such as 'expelled' describes it, or when a verb keeps it out of a country;
bare, it stays a firm."""

from __future__ import annotations

from tests.extract.sanctions.helpers import Rows, first_counts


def test_a_nationality_makes_traders_people(claims_of: Rows) -> None:
    text = "Ghana froze the accounts of four Malian gold traders on Friday."
    assert first_counts(claims_of, text) == {"person": 4}


def test_deported_before_a_compound_makes_dealers_people(claims_of: Rows) -> None:
    text = "The court froze the accounts of five deported timber dealers on Monday."
    assert first_counts(claims_of, text) == {"person": 5}


def test_kept_out_of_a_country_brokers_are_people(claims_of: Rows) -> None:
    text = "Rwanda has barred the three brokers from entering the country for five years."
    assert first_counts(claims_of, text) == {"person": 3}


def test_expelled_traders_are_people(claims_of: Rows) -> None:
    text = "The court froze two accounts of the six expelled coffee traders last week."
    counts = first_counts(claims_of, text)
    assert counts.get("person") == 6 and "organization" not in counts


def test_bare_traders_stay_firms(claims_of: Rows) -> None:
    text = "Laos froze the accounts of three power traders on Monday."
    assert first_counts(claims_of, text) == {"organization": 3}
