"""'The list is headed by X', 'Topping the list is X', 'Heading the list is X', 'The new
designations are led by X': a sanctions list (or its designations) said to be headed by someone
names a target of the action told before (a list-membership claim with that action's authority);
a body headed by someone ('the delegation is led by') names no target."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

STORIES = [
    (
        "Court freezes assets of bond ring\n\nA court in San Marino on Tuesday ordered a freeze on the assets of six people and three companies.\n\nThe list is headed by Marco Bellini, a former bank clerk, and his partner, Elena Vukic, a Croatian national.\n",
        "headed",
        "San Marino",
        "Marco Bellini",
    ),
    (
        "Ghana sanctions gold smugglers\n\nGhana on Friday designated three men and two firms that moved gold out of the country.\n\nTopping the list is a Kumasi gold buyer, Kwame Boateng.\n",
        "Topping",
        "Ghana",
        "Kwame Boateng",
    ),
    (
        "Japan lists arms brokers\n\nJapan on Monday added nine arms brokers to its sanctions list.\n\nThe new designations are led by two brothers who ran a shipping agency in Hong Kong.\n",
        "led",
        "Japan",
        None,
    ),
    (
        "Kenya freezes accounts of fuel cartel\n\nKenya froze the accounts of four fuel importers on Tuesday.\n\nHeading the list is Lakeside Petroleum Ltd, which imported most of the fuel.\n",
        "Heading",
        "Kenya",
        "Lakeside Petroleum Ltd",
    ),
]


@pytest.mark.parametrize(("text", "verb", "authority", "name"), STORIES)
def test_the_head_of_a_list_is_a_target(
    tmp_path: Path, text: str, verb: str, authority: str, name: str | None
) -> None:
    rows = page_sanctions(tmp_path, text)
    own = [r for r in rows if r["span_text"].startswith(verb)]
    assert len(own) == 1, rows
    assert list(own[0]["sanction_authorities"]) == [authority]
    assert len(own[0]["sanction_targets"]) > 0, own
    if name is not None:
        assert any(name in t["names"] for t in own[0]["sanction_targets"]), own


def test_the_head_of_a_delegation_is_no_target(tmp_path: Path) -> None:
    text = (
        "Ghana sanctions gold smugglers\n\n"
        "Ghana on Friday designated three men and two firms that moved gold out of the country.\n\n"
        "The delegation to the talks is headed by the finance minister, Kofi Mensah.\n"
    )
    rows = page_sanctions(tmp_path, text)
    assert not any(r["span_text"].startswith("headed") for r in rows), rows
