"""Datelines are metadata, not claims: wire datelines (with several places or their country), a
press release's dated lead; a date opening an ordinary sentence is no dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import find_dates
from tests.extract.dates.helpers import (
    FRI_14_MAR_2025,
    THU_13_MAR_2025,
    one,
    spans,
    surface_spans,
    surfaces,
)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 12 (Northline Wire) - Russia attacked overnight.",
        "TOKYO, Jan. 10 (Kyokuto News) - Japan approved new sanctions.",
        "SEOUL, Dec. 26 (Hanbando Wire) -- South Korea imposed sanctions.",
        "March 12 (Reuters) - Russia attacked the port overnight.",
    ],
)
def test_a_wire_dateline_is_metadata(text: str) -> None:
    assert find_dates(text) == []


def test_a_date_opening_a_sentence_is_no_dateline() -> None:
    assert one("March 12 was the coldest day of the year.", THU_13_MAR_2025)[0] == "March 12"
    assert (
        spans("On March 12 - a Wednesday - the port closed.", THU_13_MAR_2025)[0][0] == "March 12"
    )


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, March 12 (Agency) - Russia launched drones overnight.",
        "March 12 (Eastline) - The ministry said prices rose.",
        "BRUSSELS, 12 March - Ambassadors met behind closed doors.",
    ],
)
def test_wire_datelines_stay_metadata(text: str) -> None:
    assert [
        s for s in surface_spans(text, THU_13_MAR_2025) if s[0].startswith(("March 12", "12 March"))
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "OSLO/BERN, June 28 (Nordic Wire) - Norway on Friday joined the new package.",
        "RIGA/VILNIUS, May 5 (Baltic Desk) - The two states closed their borders on Monday.",
        "NEW YORK/LONDON, Jan 9 (Markets Wire) - Oil fell 3% on Thursday.",
        "KYIV/WARSAW, Sept 19 - The grain dispute eased on Tuesday.",
    ],
)
def test_a_dateline_naming_several_places_is_no_claim(text: str) -> None:
    found = surface_spans(text, dt.date(2025, 6, 28))
    assert all("(" not in s and not s[0][0].isdigit() for s in found)
    assert len(found) == 1 and found[0][0].split()[-1].endswith("day")


@pytest.mark.parametrize(
    "text",
    [
        "KHARKIV, Ukraine, Nov 14 (Steppe Wire) - A drone strike on Thursday cut power.",
        "PORTLAND, Maine, May 2 - The port reopened on Friday after a spill.",
        "SAN JOSE, Costa Rica, Jan. 9 (Isthmus Press) - Congress on Thursday approved it.",
        "GAZA CITY, Gaza Strip, Aug 5 - Aid trucks were halted on Monday.",
    ],
)
def test_a_dateline_with_its_country_is_no_claim(text: str) -> None:
    found = surface_spans(text, dt.date(2025, 6, 28))
    assert [s[0].split()[-1] for s in found] in (["Thursday"], ["Friday"], ["Monday"])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bern, 14.03.2025 - The department widened the list on 10 March.", ["10 March"]),
        ("Vaduz, 14 March 2025 – The government adopted the measures on Monday.", ["Monday"]),
        ("Wellington, March 14, 2025 - The minister named 8 people in February.", ["February"]),
        ("Ottawa, 2025-03-14 — Canada imposed the sanctions last week.", ["last week"]),
    ],
)
def test_a_press_release_dated_lead_is_no_claim(text: str, kept: list[str]) -> None:
    assert surfaces(text, FRI_14_MAR_2025) == kept


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD, Oct 15 (INA): The federal government proscribed two organisations.",
        "IMPHAL, Feb 5: The ministry has extended the ban on six groups.",
        "NAIROBI, 3 March (Wire): Police arrested four suspects at the border.",
        "DHAKA, June 9: The central bank froze the accounts of two traders.",
    ],
)
def test_a_dateline_closed_by_a_colon_is_metadata(text: str) -> None:
    assert surface_spans(text, dt.date(2025, 10, 15)) == []
