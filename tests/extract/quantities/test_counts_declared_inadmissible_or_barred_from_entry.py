"""People declared inadmissible, undesirable, prohibited immigrants or persona non grata, and
people a ban keeps from entering a country, are an entry ban's targets, counted by the sanction,
whatever noun names them; a ban from a stadium and other declarations stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister declared nine deckhands inadmissible to the republic.",
        "Twelve tourists were declared undesirable persons after the protest.",
        "Three traders declared prohibited immigrants after ivory seizure",
        "The ministry has declared two of the visiting engineers prohibited immigrants.",
        "Moscow declared two diplomats persona non grata on Friday.",
        "Immigration officers will declare all four couriers unwelcome in the territory.",
    ],
)
def test_declared_out_counts_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The border agency barred six investors from entering the country.",
        "Sixty hooligans were banned from entering Ruritania ahead of the final.",
        "The ministry will bar 14 more consultants from visiting the island state.",
        "Officials had barred eight organisers from entering Moldova last year.",
    ],
)
def test_counts_barred_from_entry_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Stadium police banned 120 fans from the ground for a season.", [120.0]),
        ("Officials declared 14 districts disaster zones after the floods.", [14.0]),
        ("The club barred 30 season-ticket holders from home games.", [30.0]),
    ],
)
def test_other_bans_and_declarations_stay(claims_of: Rows, text: str, kept: list[float]) -> None:
    assert [v for v in _values(claims_of, text) if v in kept] == kept
