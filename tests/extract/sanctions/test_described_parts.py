"""A counted part or the rest of a target group named before, as the passive
subject of a sentence that only describes its members ('Four of the firms are registered in
Chile'), restates that many targets of the action before; a sentence opened by 'so' that
repeats the action with an auxiliary alone ('So was a cargo plane'); a ship or an aircraft
frozen whole ('Its jet was also frozen')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The US sanctioned a trader and six companies on Tuesday. Four of the companies are"
            " registered in Peru: Alpha Mining SAC, Beta Transport SAC, Gamma Gold SAC and"
            " Delta Refinery.",
            {"organization": 4},
        ),
        (
            "The US sanctioned a trader and six companies on Tuesday. The other two, Omega"
            " Chemicals SRL and Sigma Imports, are based in Bolivia.",
            {"organization": 2},
        ),
        (
            "Japan froze the assets of eight firms on Monday. The two other companies are"
            " registered in Chile and Peru.",
            {"organization": 2},
        ),
        (
            "Britain designated five shipping firms last week. Three of the firms were"
            " incorporated in the Marshall Islands.",
            {"organization": 3},
        ),
        (
            "Canada listed nine entities in March. The remaining four, Lotus Trading Ltd, Blue"
            " Anchor LLC, Rio Verde SA and Kestrel FZE, are owned by a single family trust.",
            {"organization": 4},
        ),
    ],
)
def test_a_described_part_of_the_group_restates_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert rows[1]["sanction_status"] == "imposed"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # what the members do, or a part of no target group: no listing
        "Canada listed nine officers in March. Four of the officers run training camps.",
        "The EU listed six people on Monday. Two of them were arrested in 2020.",
        "The firm built nine plants. Four of the plants are based in Chile.",
        "Japan listed eight seafarers on Monday. Six of the seafarers were released on bail.",
    ],
)
def test_what_members_do_is_no_restatement(claims_of: Rows, text: str) -> None:
    assert len(carried(claims_of, text)) <= 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three dredges run by the firm were identified as blocked property. So was a"
            " helicopter owned by the firm.",
            {"aircraft": 1},
        ),
        ("The EU designated two banks. So were three tankers.", {"vessel": 3}),
        (
            "The US blacklisted a shipping firm on Friday. So was its owner, Omar Haddad.",
            {"person": 1},
        ),
        (
            "Australia has sanctioned two tankers. So were two of the firms that manage them.",
            {"organization": 2},
        ),
    ],
)
def test_so_was_repeats_the_action_for_one_more_group(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_status"] == "imposed"


def test_so_did_of_no_sanction_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The bank lost money last year. So did its rival.", "sanction") == []
    assert len(claims_of("The EU designated two banks. So was the mood in Rome.", "sanction")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK designated the tycoon on Monday. A business jet owned by his holding"
            " company, which has sat at Luton since May, was also frozen.",
            {"aircraft": 1},
        ),
        ("Canada sanctioned the broker. Two tankers it charters have been frozen.", {"vessel": 2}),
        (
            "The EU listed the shipping firm. Its yacht, the Blue Pearl, will be frozen too.",
            {"vessel": 1},
        ),
        (
            "Japan blacklisted the airline. Its three cargo planes were frozen as well.",
            {"aircraft": 3},
        ),
    ],
)
def test_a_ship_or_aircraft_frozen_whole_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_a_ship_frozen_in_ice_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The ferry was frozen in the ice for a week.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US sanctioned three suction dredges on Friday.", {"vessel": 3}),
        ("The US sanctioned two dredgers owned by the miner.", {"vessel": 2}),
        ("The EU listed a tug and its captain.", {"vessel": 1, "person": 1}),
    ],
)
def test_dredges_and_tugs_are_vessels(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert rows
    assert counts(rows[0]) == expected
