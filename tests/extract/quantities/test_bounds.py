"""Bound words and bounding verbs ('over', 'up to', 'just under', 'tops', 'exceed', 'limit to'),
and the phrasal verbs and places where the same words bound nothing."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found, one


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Flu infections have exceeded 12,000 this winter.", "gt"),
        ("The damage is estimated at $40 million.", "approx"),
        ("Claims are expected to exceed 5,000 this year.", "gt"),
        ("Ridership now surpasses 40,000 a day.", "gt"),
        ("Turnout is surpassing 60% in some districts.", "gt"),
        ("The petition, topping 12,000 signatures, was delivered on Monday.", "gt"),
    ],
)
def test_bounding_verbs(claims_of: Rows, text: str, bound: str) -> None:
    assert one(claims_of, text)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Latvia will hand over 1.2m rounds of ammunition.", "eq"),
        ("The bank turned over 300 files to investigators.", "eq"),
        ("Kyiv has handed over about 40 prisoners.", "approx"),
        ("The army received over 300 drones.", "gt"),
        ("The tankers carried about 95 million barrels.", "approx"),
        ("Donors will give more than $40 million.", "gt"),
    ],
)
def test_a_verb_particle_is_no_bound(claims_of: Rows, text: str, bound: str) -> None:
    assert one(claims_of, text)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Each interceptor costs a fraction of the $1m or more for a missile.", "$1m", "gte"),
        ("Firms with 20 or fewer staff are exempt from the levy.", "20", "lte"),
        ("Damage could exceed EUR 5 billion, the minister said.", "EUR 5", "gt"),
        ("For a bulker worth $30m, that adds up to $300,000 a voyage.", "$300,000", "eq"),
        ("Talks drew 40 delegations or more last year.", "40", "gte"),
    ],
)
def test_bound_words_after_a_figure_and_verbs_that_bound(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("Some petrol stations are limiting sales to 20 litres per car.", "20", "lte"),
        ("Purchases were restricted to 5 kg per customer.", "5", "lte"),
        ("Fuel is rationed to 10 litres a day in the region.", "10", "lte"),
        ("Exports topped 8 million tonnes in May.", "8 million", "gt"),
        ("The drive's funding now tops EUR 1.6 bn.", "1.6", "gt"),
        ("Output rose to 9 million tonnes.", "9 million", "eq"),
    ],
)
def test_limits_and_tops_bound_a_figure(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The hearing lasted just over three hours.", "just over three hours", "gt"),
        ("Imports climbed to just over 2 million tonnes.", "just over 2 million tonnes", "gt"),
        ("Support for the deal stood at just under 45%.", "just under 45%", "lt"),
        ("The flotilla counted just under 20 boats.", "just under 20 boats", "lt"),
    ],
)
def test_just_over_and_just_under_keep_their_direction(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("A EUR 300 million fund would be topped up to EUR 1 billion.", "EUR 1 billion"),
        ("Output was ramped up to 40,000 shells a month.", "40,000 shells"),
        ("The grant was scaled up to $2 million in May.", "$2 million"),
        ("Patrols were stepped up to 12 flights a day.", "12 flights"),
    ],
)
def test_up_to_after_a_phrasal_verb_is_no_bound(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == "eq"


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        (
            "Its forces had shot down 112 drones over eight regions during the day.",
            "eight regions",
            "eq",
        ),
        ("It was the highest annual rate in over 45 years.", "45 years", "gt"),
        ("The mill has run at a loss for over three years.", "three years", "gt"),
        ("Gangs killed over 400 people in May.", "400 people", "gt"),
    ],
)
def test_over_is_a_bound_unless_it_says_where(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor", "bound"),
    [
        ("The rules ban tankers over 15 years old from the port.", "15", "gt"),
        ("Insurers refuse ships over 20 years old.", "20", "gt"),
        ("Aircraft under 10 years old may still fly.", "10", "lt"),
        ("The truce lasted over five years.", "five", "eq"),
    ],
)
def test_an_age_keeps_its_bound_and_a_duration_after_over_does_not(
    claims_of: Rows, text: str, anchor: str, bound: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_bound"] == bound


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Applicants will hear back within 21 days, the agency said.", "21 days"),
        ("Crews restored power to most homes within six hours.", "six hours"),
        ("Refunds must be paid within 14 working days of a complaint.", "14 working days"),
        ("The regulator is expected to rule within two months.", "two months"),
    ],
)
def test_within_a_stretch_is_at_most(claims_of: Rows, text: str, anchor: str) -> None:
    """The guidelines' convention: 'within N units' is an upper bound (lte)."""
    assert found(claims_of, text, anchor)["quantity_bound"] == "lte"
