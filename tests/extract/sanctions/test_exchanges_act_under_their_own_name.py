"""A securities exchange that halts, suspends or delists acts under its own name, not its state's
('the Lisbon Stock Exchange', 'the Stock Exchange of Ruritania', an acronym the page defines for
one, a bare 'the exchange' or 'the Lagos bourse' the page names in full) (claims.extract.sanctions
.authorities.exchange_authorities; sanctions.json `exchange_names`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The Stock Exchange of Ruritania said it would delist the cement maker next month.",
            "Stock Exchange of Ruritania",
        ),
        (
            "The Lisbon Stock Exchange suspended trading in the shares of two cork exporters.",
            "Lisbon Stock Exchange",
        ),
        (
            "Trading in the brewer's bonds has been halted by the Securities Exchange of "
            "Freedonia.",
            "Securities Exchange of Freedonia",
        ),
        (
            "The Lagos bourse delisted three insurers on Friday.",
            "Lagos Bourse",
        ),
    ],
)
def test_an_exchange_named_as_actor_acts_as_itself(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "Shares of the shipyard fell after the Lima Stock Exchange (LSE) opened a review. "
            "The LSE has since suspended trading in the shares of the shipyard.",
            "Lima Stock Exchange",
        ),
        (
            "The Oslo Stock Exchange opened a review of the salmon farmer in May. "
            "The exchange has now halted trading in its shares.",
            "Oslo Stock Exchange",
        ),
        (
            "The Dakar Stock Exchange opened a review of the bank in May. "
            "The Dakar bourse will delist the bank in June.",
            "Dakar Stock Exchange",
        ),
    ],
)
def test_an_exchange_named_again_short_acts_as_the_one_named_in_full(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows and all(r["sanction_authorities"] == [authority] for r in rows), rows
