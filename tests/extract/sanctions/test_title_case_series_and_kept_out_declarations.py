"""Title-case headlines: a series whose verbs are a freeze and another measure ('Declares 14
Foreigners Prohibited Immigrants, Freezes Accounts Of Two Firms') tells two actions, as in
sentence case; and a verb of declaring with a kept-out status after its group ('Government
Declares Seven Dealers Prohibited Immigrants') states an entry ban on those people, whoever
declares it (the story names the state)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, counts, page_sanctions


@pytest.mark.parametrize(
    "text",
    [
        "Malta Bars Nine Officials, Freezes Accounts Of Two Trading Firms",
        "Cyprus Freezes Assets Of Shipping Ring, Bans Six Executives From Entry",
        "Latvia Declares 12 Foreign Nationals Prohibited Immigrants, Freezes Their Accounts",
        "Estonia Blocks 40 Accounts, Bars Three Smugglers",
    ],
)
def test_a_freeze_and_another_measure_are_two_actions(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows


def test_two_listings_in_a_series_stay_one(claims_of: Rows) -> None:
    rows = claims_of("Britain Sanctions Four Generals, Adds Two Banks", "sanction")
    assert len(rows) == 1, rows


BODY = (
    "\n\nMalawi's immigration department on Monday declared a group of foreign traders"
    " prohibited immigrants over illegal gem exports, officials in Lilongwe said.\n\n"
    "The traders had bought stones from small miners in the north.\n"
)


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Government Declares Seven Gem Dealers Prohibited Immigrants", 7),
        ("Ministry Declares Four Foreign Buyers Prohibited Immigrants", 4),
        ("Minister Declares Nine Brokers Undesirable After Gem Probe", 9),
        ("Department Declares Three Traders Inadmissible", 3),
    ],
)
def test_a_kept_out_declaration_is_an_entry_ban_on_persons(
    tmp_path: Path, headline: str, count: int
) -> None:
    rows = page_sanctions(tmp_path, headline + BODY)
    heads = [r for r in rows if r["span_start"] < len(headline)]
    assert len(heads) == 1, rows
    assert counts(heads[0]) == {"person": count}
    assert list(heads[0]["sanction_authorities"]) == ["Malawi"]
