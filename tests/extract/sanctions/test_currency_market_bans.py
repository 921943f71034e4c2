"""A central bank keeping lenders out of its currency market ('barred four lenders from its euro
auctions', 'banned from forex dealings') bans the lenders themselves, in any tense and voice, and
in a title-case headline with no authority before the verb (the story names it). Keeping lenders
from a market that is no currency's or a securities one is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, counts, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Central Bank of Egypt has barred five lenders from its weekly dollar auctions.",
            {"organization": 5},
        ),
        (
            "Three exchange firms were banned from forex dealings for a year, the central bank"
            " of Kenya said.",
            {"organization": 3},
        ),
        (
            "The Bank of Ghana will bar two banks from its foreign-exchange sales next month.",
            {"organization": 2},
        ),
        (
            "The central bank of Nigeria on Monday barred seven banks from euro dealings.",
            {"organization": 7},
        ),
    ],
)
def test_barring_lenders_from_a_currency_market_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bank barred two firms from its branches during the dollar shortage.",
        "The landlord barred two tenants from the rooftop for a year.",
    ],
)
def test_barring_from_other_places_is_no_market_ban(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Central Bank Bars Five Lenders From Weekly Dollar Auctions", 5),
        ("Regulator Bans Nine Brokers From Stock Market", 9),
        ("Central Bank Bars Three Banks From Forex Dealings, Fines Two More", 3),
        ("Monetary Authority Bans Four Money Changers From Currency Sales", 4),
    ],
)
def test_a_headline_barring_lenders_from_a_market_takes_the_story_s_authority(
    tmp_path: Path, headline: str, count: int
) -> None:
    text = (
        f"{headline}\n\n"
        "The Central Bank of Egypt on Tuesday barred the lenders from its dollar auctions for six"
        " months.\n\n"
        "The bank said the lenders had broken its rules on import invoices.\n"
    )
    rows = page_sanctions(tmp_path, text)
    first = rows[0]
    assert first["span_start"] < len(headline), rows
    assert list(first["sanction_authorities"]) == ["Egypt"]
    assert [(t["count"]) for t in first["sanction_targets"]][:1] == [count]
