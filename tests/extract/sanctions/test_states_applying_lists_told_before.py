"""A state that applies lists or additions told before ('Norway now applies the two lists',
'applied those additions') takes over those measures, a claim of its own (sanctions.json
`intransitive_alignment`: `apply` among its words, `list` and `addition` among its referents); a
private party applying a list states no action."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, story

LEAD = "The EU listed eleven shipping firms and four tankers on Monday. "


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [
        ("Iceland now applies the two lists to every ship in its ports.", "Iceland", "imposed"),
        ("Norway applied those additions on Wednesday.", "Norway", "imposed"),
        ("Switzerland will apply the March additions next week.", "Switzerland", "planned"),
        ("Liechtenstein plans to apply that list too.", "Liechtenstein", "planned"),
    ],
)
def test_a_state_applying_lists_told_before_is_a_claim(
    claims_of: Rows, text: str, authority: str, status: str
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert rows[-1]["sanction_authorities"] == [authority], rows
    assert rows[-1]["sanction_status"] == status, rows


def test_banks_applying_a_list_state_no_action(claims_of: Rows) -> None:
    rows = claims_of(LEAD + "Banks in the bloc must apply the list at once.", "sanction")
    assert len(rows) == 1, rows


def test_a_state_applying_lists_gives_its_name_to_no_later_claim(claims_of: Rows) -> None:
    rows = carried(
        claims_of,
        "Kenya listed six traders on Monday. Uganda applied these additions on Tuesday. "
        "Two more traders were also listed on Friday.",
    )
    assert [r["sanction_authorities"] for r in rows] == [["Kenya"], ["Uganda"], ["Kenya"]], rows


@pytest.mark.parametrize(
    "text",
    [
        "The EU's duty on Chinese steel, in force since May, also applies to wire.",
        "A visa ban has stood since 2019, when it applied to the whole cabinet.",
        "Canada's rules apply to every port in the country.",
    ],
)
def test_a_measure_that_applies_to_something_takes_nothing_over(claims_of: Rows, text: str) -> None:
    rows = claims_of(LEAD + text, "sanction")
    said = LEAD + text
    assert not any(said[r["span_start"] :].lower().startswith("appl") for r in rows), rows


def test_the_home_state_applying_lists_still_gives_its_name(claims_of: Rows) -> None:
    """On a page about its own measures, the home state that has long applied another's lists
    is the one whose later agentless statement of the list's size it is."""
    rows = story(
        claims_of,
        "Norway takes over new measures against Belarus\n\n"
        "On 4 March the government of Norway decided that Norway adopts the latest "
        "sanctions the European Union imposed, adding nine people to its list.\n\n"
        "The EU struck two traders from its own list in January.\n\n"
        "Norway has applied the EU's measures against Belarus since 2006. With the "
        "decision, 71 people and 12 firms are now subject to the measures.",
    )
    assert rows[-1]["sanction_authorities"] == ["Norway"], rows
