"""A securities regulator barring people or firms from the market is a sanction on them, in any
voice and tense ('barred four firms from dealing in securities', 'were banned from trading
shares'); later barring verbs of the same regulator restate it even without the market named.
Others kept from the targets' securities ('barred from buying shares of the listed firms') and
staff kept from trading are no market ban."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, counts, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Securities and Exchange Board of India on Friday barred six individuals and"
            " two companies from buying, selling or dealing in securities.",
            {"person": 6, "organization": 2},
        ),
        (
            "The regulator has banned three brokers from the securities market for two years.",
            {"organization": 3},
        ),
        (
            "Five company directors were barred from dealing in shares until further notice,"
            " the commission said.",
            {"person": 5},
        ),
        ("The watchdog will bar two fund managers from the capital market.", {"person": 2}),
    ],
)
def test_barring_targets_from_the_market_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sebi on Monday barred seven people from the securities market."
        " Sebi had barred nine entities in a similar case last year.",
        "Sebi on Monday barred seven people from the securities market."
        " With the order, Sebi's interim orders have barred 126 entities this year.",
        "The Commission barred four firms from trading shares on Monday."
        " The Commission had banned two brokers in 2023.",
        "The board will bar three traders from the stock market."
        " The board barred eleven companies in a similar scheme in May.",
    ],
)
def test_the_same_regulator_barring_again_is_a_sanction(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "American investors are barred from buying shares of the listed companies.",
        "The bank barred its staff from trading stocks on their own account.",
        "The pub barred three drinkers from the market square.",
        "The pub barred three drinkers from the market square. The pub barred two men in May.",
    ],
)
def test_others_kept_from_securities_or_a_square_are_no_market_ban(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []


def test_the_regulator_barring_again_paragraphs_later_is_a_sanction(tmp_path: Path) -> None:
    text = (
        "Regulator bars six traders\n\n"
        "Turkey's Capital Markets Board (CMB) on Monday barred six traders from dealing in"
        " securities for two years.\n\n"
        "The traders had bought 40% of the free float in March, the order said.\n\n"
        "The stock fell 80% in three days in April.\n\n"
        "The CMB had barred four companies in a similar case in 2024.\n"
    )
    spans = [r["span_text"] for r in page_sanctions(tmp_path, text)]
    assert any("four companies" in s for s in spans), spans
