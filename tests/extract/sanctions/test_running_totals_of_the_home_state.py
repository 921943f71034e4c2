"""A running total that names no actor ('orders have now reached 40 people this year') after
another state's action reported second-hand is the story's home state's tally, not the foreign
body's: the period word marks it as the page's own count (claims/data/sanctions.json
`home_tallies`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "NAIROBI, March 3 (KNA) - Kenya's Financial Reporting Centre froze the accounts of four "
        "timber exporters on Monday over payments routed through the coastal counties, officials "
        "said in a statement on the case.\n\n"
        "Tanzania's Financial Intelligence Unit froze three accounts of a Dar es Salaam broker "
        "on Friday.\n\n"
        "In the current financial year, freezing orders have been issued against 22 persons and "
        "6 companies.\n",
        "Kenya",
        "22 persons",
    ),
    (
        "ACCRA, Aug 14 (GNA) - Ghana's Economic and Organised Crime Office froze the assets of "
        "nine fuel importers on Wednesday, the office said in a statement after an audit of the "
        "national oil company found losses.\n\n"
        "Togo's financial intelligence unit froze two accounts of a Lomé trading house last "
        "week.\n\n"
        "Since January 2025, restraint orders have covered 31 persons and 12 companies in fuel "
        "cases.\n",
        "Ghana",
        "31 persons",
    ),
    (
        "LIMA, May 9 (Andina) - Peru's Financial Intelligence Unit froze the accounts of seven "
        "gold traders in Madre de Dios on Friday, officials said in a statement on the illegal "
        "mining probe.\n\n"
        "Bolivia's financial investigations unit blocked five accounts of a La Paz exporter on "
        "Thursday.\n\n"
        "So far this year, accounts of 48 people and 9 firms have been frozen in mining cases.\n",
        "Peru",
        "48 people",
    ),
    (
        "DHAKA, Jan 20 (BSS) - Bangladesh's Financial Intelligence Unit froze the accounts of "
        "six hundi operators in Chittagong on Sunday, a statement from the unit said after a "
        "year-long inquiry.\n\n"
        "India's enforcement directorate froze four accounts of a Kolkata trader on Saturday.\n\n"
        "To date, assets of 57 persons and 14 entities have been frozen in hundi cases.\n",
        "Bangladesh",
        "57 persons",
    ),
]


@pytest.mark.parametrize(("text", "home", "tally"), PAGES)
def test_running_total_belongs_to_the_home_state(
    tmp_path: Path, text: str, home: str, tally: str
) -> None:
    rows = page_sanctions(tmp_path, text)
    counted = [r for r in rows if tally in text[r["sentence_start"] : r["sentence_end"]]]
    assert counted, rows
    assert all(list(r["sanction_authorities"]) == [home] for r in counted), rows
    foreign = [r for r in rows if list(r["sanction_authorities"]) not in ([home], [])]
    assert foreign, rows  # the second-hand action keeps its own state
