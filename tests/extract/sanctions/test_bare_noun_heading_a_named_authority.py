"""A bare 'the <noun>' subject whose noun heads an authority's name before an 'of' or 'for' ('the
bank' after the European Bank for Reconstruction and Development acted), or heads the spelled-out
name of an authority known by its acronym ('the bank' after CAF, the Development Bank of Latin
America), is that authority again, not the state of the claim just before it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

BETWEEN = "Peru's procurement office excluded the same builder from state tenders on Friday. "


@pytest.mark.parametrize(
    ("lead", "later", "authority"),
    [
        (
            "The European Bank for Reconstruction and Development has debarred a Tbilisi road"
            " builder for two years. ",
            "The bank has since debarred a Georgian consultancy for 18 months.",
            "European Bank for Reconstruction and Development",
        ),
        (
            "CAF has debarred a Lima dredging firm and three of its managers for four years. ",
            "In May the bank debarred a Chilean port builder for a year.",
            "CAF",
        ),
        (
            "CAF suspended a Quito cement supplier in January over false invoices. ",
            "The bank has debarred 12 firms since 2019, a spokesman said.",
            "CAF",
        ),
        (
            "The European Bank for Reconstruction and Development suspended a Yerevan"
            " contractor in March. ",
            "Last year the bank debarred an Armenian consultancy for two years.",
            "European Bank for Reconstruction and Development",
        ),
    ],
)
def test_the_bank_is_the_bank_its_name_heads(
    claims_of: Rows, lead: str, later: str, authority: str
) -> None:
    rows = [
        r
        for r in story(claims_of, lead + BETWEEN + later)
        if r["span_start"] >= len(lead + BETWEEN)
    ]
    assert rows, later
    assert rows[-1]["sanction_authorities"] == [authority], rows
