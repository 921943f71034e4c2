"""A range the tokenizer leaves as one token ('$250bn-$400bn') is read as a range, and a figure
with a unit in a sanction's sentence (a share, a tonnage) never counts the sanction's targets."""

from __future__ import annotations

import pytest

from claims.extract.numbers import joined_range
from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "low", "high", "unit"),
    [
        ("The bank puts the cost of rebuilding at $250bn-$400bn.", "$250bn", 2.5e11, 4e11, "USD"),
        ("Analysts see losses of $2-3bn this year.", "$2-3bn", 2e9, 3e9, "USD"),
        ("The repair bill was put at €40m-€55m by officials.", "€40m", 4e7, 5.5e7, "EUR"),
        ("Estimates of the fine ran at 5bn-7bn roubles.", "5bn-7bn", 5e9, 7e9, "RUB"),
    ],
)
def test_a_range_written_as_one_token(
    claims_of: Rows, text: str, anchor: str, low: float, high: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    got = (row["quantity_low"], row["quantity_high"], row["quantity_bound"], row["quantity_unit"])
    assert got == (low, high, "range", unit)
    assert row["quantity_value"] == pytest.approx((low + high) / 2)


def test_two_currencies_make_no_joined_range(claims_of: Rows) -> None:
    assert joined_range("2bn-3bn") == (2e9, 3e9, "")
    assert joined_range("3bn-2bn") is None
    assert claims_of("The refit cost $2bn-€3bn.", "quantity") == []


@pytest.mark.parametrize(
    ("text", "anchor", "value", "unit"),
    [
        (
            "Key points\n\n- Designated today: 5 individuals, 3 companies\n"
            "- Share of exports shipped by sea: 62%\n",
            "62%",
            62.0,
            "%",
        ),
        (
            "The United States sanctioned 12 companies that handle 40% of the oil exports.",
            "40%",
            40.0,
            "%",
        ),
        (
            "Britain sanctioned eight tankers that carried 1.2 million tonnes of crude.",
            "1.2 million tonnes",
            1.2e6,
            "tonnes",
        ),
        (
            "Canada listed nine firms behind about 30% of the drone parts trade.",
            "30%",
            30.0,
            "%",
        ),
    ],
)
def test_a_measured_figure_in_a_sanction_sentence_is_a_quantity(
    claims_of: Rows, text: str, anchor: str, value: float, unit: str
) -> None:
    row = found(claims_of, text, anchor)
    assert (row["quantity_value"], row["quantity_unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "The EU sanctioned the gang's leader, whose fighters killed 40 people in March.",
            "40",
            40,
        ),
        ("Britain froze the assets of a militia accused of abducting 200 people.", "200", 200),
        (
            "The Treasury designated three commanders whose units wounded more than 300 people.",
            "300",
            300,
        ),
        ("Canada sanctioned the group, which is blamed for murdering 19 people.", "19", 19),
    ],
)
def test_the_victims_of_a_sanctioned_group_are_a_quantity(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    row = found(claims_of, text, f"{anchor} people")
    assert (row["quantity_value"], row["quantity_item"]) == (value, "people")


def test_the_people_a_sanction_lists_are_its_targets(claims_of: Rows) -> None:
    assert (
        claims_of("The Council sanctioned 12 people, including the gang's leader.", "quantity")
        == []
    )


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Throughput at the eight largest ports fell 3% in April.", "eight largest ports", 8),
        ("Profits at the five biggest banks rose to $40 billion.", "five biggest banks", 5),
        ("The three smallest members voted against the plan.", "three smallest members", 3),
        ("The ten most polluted cities are all in the north.", "ten most polluted cities", 10),
    ],
)
def test_a_number_word_before_a_superlative_counts_a_ranked_set(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_the_two_of_a_known_pair_is_no_count(claims_of: Rows) -> None:
    assert claims_of("The two countries signed a deal on Monday.", "quantity") == []
