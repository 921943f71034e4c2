"""Rows that break a freeze's or ban's targets down by nationality ('three Malian, two Nigerien
and one Chadian national', 'By passport: 7 Kenyans, 3 Ugandans') are the action's, no quantity:
two or more counts in a sentence each right before a nationality; a single count of people of one
origin ('about 900 Filipinos work there') counts something else and stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry barred six traders from the country, three Malian, two Nigerien "
        "and one Chadian national.",
        "The unit froze the accounts of nine brokers. By passport: 7 Kenyans, 1 Ugandan, 1 Somali.",
        "Banks blocked the funds of 12 suspects on Monday: eight Peruvians and four Bolivians.",
        "Entry bans were imposed on five buyers - two Lebanese, two Syrian and one Jordanian "
        "citizen.",
    ],
)
def test_nationality_rows_of_acted_on_targets_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The court froze the accounts of two firms. About 900 Filipinos work at their mills.",
            [900],
        ),
        (
            "The ministry banned three Kenyan buyers from the market, where 400 Kenyan traders "
            "work.",
            [400],
        ),
        (
            "The unit froze two accounts. Coast guards rescued 80 migrants, including 50 "
            "Eritrean and 30 Sudanese nationals.",
            [80, 50, 30],
        ),
    ],
)
def test_a_single_count_of_one_origin_stays_a_quantity(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Immigration barred seven traders from the port on Friday. They are four Ghanaians, two "
        "Togolese and a Beninese.",
        "The ministry declared five sailors prohibited immigrants. Those declared are three Filipino "
        "nationals and two Indonesian nationals.",
        "The regulator has banned six brokers from the market. Those listed were four Kenyan "
        "citizens, a Ugandan and a Rwandan.",
        "Kuwait barred three chefs from the country for life. These are two Pakistanis and an "
        "Indian.",
    ],
)
def test_rows_after_a_subject_restating_the_targets_are_no_quantities(
    claims_of: Rows, text: str
) -> None:
    assert _values(claims_of, text) == []


def test_a_restating_subject_with_other_people_counted_stays(claims_of: Rows) -> None:
    text = "The court froze two accounts. They are held at a bank that employs 300 Kenyans."
    assert _values(claims_of, text) == [300]
