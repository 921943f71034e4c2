"""A stretch a receiving verb gives to people or firms ('who gets three years', 'each received 18
months') is the term of the sanction act named before it: the ban, debarment or prison term is
the item, as when the verb itself bears the stretch ('banned for three years': ban)."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The league banned two cyclists on Friday. Tomas Ruiz gets three years and "
            "Luis Mora gets two.",
            "three years",
            "ban",
        ),
        (
            "Those barred by the federation include a sprinter who received four years "
            "for missed tests.",
            "four years",
            "ban",
        ),
        (
            "The tribunal suspended three jockeys, and each of them got nine months.",
            "nine months",
            "suspension",
        ),
        (
            "The agency banned four wrestlers for a combined 14 years after hair samples failed.",
            "14 years",
            "ban",
        ),
    ],
)
def test_a_received_term_after_a_ban_is_the_ban(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """The ban named before, not the years, is what the term measures."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "The lender has debarred Delta Works Ltd for 48 months. A partner firm, Omega "
            "Build SA, received 18 months.",
            "18 months",
            "debarment",
        ),
        (
            "Under the debarment the bank announced, the two engineering firms each get 30 months.",
            "30 months",
            "debarment",
        ),
        (
            "Seven suppliers were debarred last week; the largest of them had received five years.",
            "five years",
            "debarment",
        ),
    ],
)
def test_a_received_term_after_a_debarment_is_the_debarment(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    """A firm's stretch after the debarment is named is that debarment's term."""
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_received_stretch_with_no_act_named_keeps_its_time_unit(claims_of: Rows) -> None:
    """Nothing before names a sanction: the stretch stays the time unit as written."""
    text = "Seasonal staff at the resort get four weeks each summer."
    assert found(claims_of, text, "four weeks")["quantity_item"] == "weeks"
