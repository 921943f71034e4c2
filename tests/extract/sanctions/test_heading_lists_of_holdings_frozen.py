"""A standfirst or a heading that lists holdings under a participle with no auxiliary or agent
('Deposits, two yachts and a villa frozen as ...') states an asset freeze, as
a headline's passive does; a list of other things under it ('Prices and wages frozen ...') is
none, and so is one uncounted noun heading a section ('Assets frozen at home banks'). A line of accounts blocked so, after a freeze, is that freeze too."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

HEADLINE = "Kosovo freezes assets of cigarette smuggling gang\n"
BODY = (
    "\n\nA court in Pristina has frozen the assets of six people and three companies accused of"
    " smuggling cigarettes, Kosovo's prosecutors said on Wednesday.\n"
)


@pytest.mark.parametrize(
    "deck",
    [
        "Deposits, two yachts and a villa frozen after police say the gang laundered bets",
        "Accounts, two villas and a yacht frozen as police widen the fraud probe",
        "Bank deposits and property frozen in the biggest case of the year",
        "Funds, flats and a hotel frozen after a two-year inquiry",
    ],
)
def test_a_heading_list_of_holdings_frozen_is_an_asset_freeze(tmp_path: Path, deck: str) -> None:
    rows = page_sanctions(tmp_path, HEADLINE + deck + BODY)
    start = len(HEADLINE)
    decks = [r for r in rows if start <= r["span_start"] < start + len(deck)]
    assert len(decks) == 1, rows
    assert list(decks[0]["sanction_authorities"]) == ["Kosovo"]


@pytest.mark.parametrize(
    "line",
    [
        "Some 900 prepaid cards and accounts blocked.",
        "Another 40 bank accounts blocked on Friday.",
        "Funds and accounts of the ring blocked as well.",
        "Seventy bank accounts blocked at four lenders.",
    ],
)
def test_a_line_of_accounts_blocked_after_a_freeze_is_a_freeze(tmp_path: Path, line: str) -> None:
    rows = page_sanctions(tmp_path, HEADLINE + BODY + line + "\n")
    start = len(HEADLINE + BODY)
    assert len([r for r in rows if r["span_start"] >= start]) == 1, rows


@pytest.mark.parametrize(
    "deck",
    [
        "Prices and wages frozen as the government fights inflation",
        "Assets frozen at home banks",
    ],
)
def test_other_things_or_a_section_heading_are_no_asset_freeze(tmp_path: Path, deck: str) -> None:
    rows = page_sanctions(tmp_path, HEADLINE + deck + BODY)
    start = len(HEADLINE)
    assert not [r for r in rows if start <= r["span_start"] < start + len(deck)], rows
