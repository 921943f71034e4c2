"""A claim that names no authority and has none before it is the story's home state's (the one
its dateline and opening name) when the nearest claim that names one is only another state's
plan: a state asked or expected to follow does not do what the story's own body did."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "NAIROBI, March 3 (KNA) - The national counter-terrorism commission widened its inquiry "
        "into support for militants in the coastal counties of Kenya on Monday, officials said "
        "in a statement on the case.\n\n"
        "Two local charities were also designated on Monday.\n\n"
        "Uganda's central bank is expected to freeze the accounts of the charities.\n",
        "Kenya",
    ),
    (
        "LIMA, May 9 (Andina) - The financial intelligence commission updated its list of people "
        "linked to illegal gold mining in the Madre de Dios region of Peru on Friday, officials "
        "said in a statement.\n\n"
        "The commission removed seven names from its list on Friday.\n\n"
        "Bolivia's financial unit has been asked to block accounts of two of the men.\n",
        "Peru",
    ),
    (
        "DHAKA, Jan 20 (BSS) - The anti-corruption commission widened its probe into hundi "
        "operators in the port city of Chittagong on Sunday, a statement from the commission in "
        "Bangladesh said.\n\n"
        "The accounts of four more traders were frozen on Sunday.\n\n"
        "India's enforcement directorate is expected to freeze accounts of two of the traders "
        "in Kolkata.\n",
        "Bangladesh",
    ),
    (
        "ACCRA, Aug 14 (GNA) - The economic crimes commission widened its inquiry into a fuel "
        "import scheme on Wednesday, officials in Ghana said, after an audit of the national oil "
        "company found losses.\n\n"
        "The assets of nine officials were frozen on Wednesday, the commission said.\n\n"
        "Nigeria's anti-graft agency plans to freeze property of three of the officials in "
        "Lagos.\n",
        "Ghana",
    ),
]


@pytest.mark.parametrize(("text", "home"), PAGES)
def test_home_state_acts_before_another_states_plan(tmp_path: Path, text: str, home: str) -> None:
    rows = page_sanctions(tmp_path, text)
    done = [r for r in rows if r["sanction_status"] != "planned"]
    planned = [r for r in rows if r["sanction_status"] == "planned"]
    assert done and planned, rows
    assert all(list(r["sanction_authorities"]) == [home] for r in done), rows
    assert all(list(r["sanction_authorities"]) != [home] for r in planned), rows
