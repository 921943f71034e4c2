"""States named in two parts joined by 'and' ('St. Kitts and Nevis', 'Antigua and Barbuda') or
by their capital ('Basseterre') act for themselves when they own or seat the acting body
(claims/data/sanctions.json `actor_countries`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Financial Intelligence Unit of St. Kitts and Nevis froze two accounts of a "
            "shipping company.",
            ["St Kitts and Nevis"],
        ),
        (
            "The Financial Services Regulatory Commission of Antigua and Barbuda froze the "
            "assets of three firms.",
            ["Antigua and Barbuda"],
        ),
        ("A court in Basseterre froze the accounts of two businessmen.", ["St Kitts and Nevis"]),
        (
            "The Government of Saint Kitts and Nevis has frozen the assets of a citizenship agent.",
            ["St Kitts and Nevis"],
        ),
    ],
)
def test_a_two_part_state_acts_for_itself(claims_of: Rows, text: str, expected: list[str]) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == expected, rows
