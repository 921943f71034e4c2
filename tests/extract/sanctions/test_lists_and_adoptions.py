"""A target taken off a list; a bulleted list under a line that
states the action itself ('X added the following to its list:'); a state copying or adopting
another's listings (and others urged to, which is no claim); a bare count barred from entering;
every state of a joint subject; counts on coordinated nationalities; a counted group facing a
measure; an action on the legal instrument behind sanctions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, page_sanctions


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a listing verb whose 'off' phrase names a sanctions list lifts the listing
        ("Under the same ruling the council took two Malian generals off its list.", {"person": 2}),
        (
            "Two Peruvian bankers were taken off the Canadian sanctions list on Friday.",
            {"person": 2},
        ),
        (
            "Ottawa will take the shipping firm Halcyon Lines off its blacklist.",
            {"organization": 1},
        ),
        ("The EU has taken three Belarusian judges off the sanctions list.", {"person": 3}),
    ],
)
def test_taken_off_a_list_is_a_lifting(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, "Canada and the EU sanctioned Malian officers in 2023. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "lifted"
    assert counts(rows[1]) == expected


def test_taken_off_a_road_is_no_lifting(claims_of: Rows) -> None:
    assert not claims_of(
        "He took a taxi off the main road and the list of guests grew.", "sanction"
    )


def _kinds(row: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in row["sanction_targets"]:
        out[t["kind"]] = out.get(t["kind"], 0) + (t["count"] or 0)
    return out


LISTS = [  # an introduction that states the action itself, then its items on bulleted lines
    (
        "Canada designated the following under its Special Economic Measures Act:\n"
        '- four Haitian gang leaders, among them Jean "Ti Bouk" Moreau, described as a treasurer;\n'
        "- two Port-au-Prince fuel importers; and\n"
        "- one Togo-flagged coaster, the MV Sea Lark.\n",
        "Canada",
        "imposed",
        {"person": 4, "organization": 2, "vessel": 1},
    ),
    (
        "The following were added to the UK sanctions list on Tuesday:\n"
        "- three Libyan arms brokers based in Misrata;\n"
        "- a Cyprus-registered freight forwarder, Halden Logistics Ltd.\n",
        "United Kingdom",
        "imposed",
        {"person": 3, "organization": 1},
    ),
    (
        "Japan will freeze the assets of the following:\n"
        "- five Iranian engineers at a drone plant in Isfahan;\n"
        "- two Turkish trading firms that shipped engines.\n",
        "Japan",
        "planned",
        {"person": 5, "organization": 2},
    ),
    (
        "Treasury put the following on its SDN List under the narcotics order:\n"
        "- two Sonora money-exchange firms;\n"
        "- one Belize-flagged feeder, the MV Dorado, which Treasury identified as blocked property.\n",
        "United States",
        "imposed",
        {"organization": 2, "vessel": 1},
    ),
]


@pytest.mark.parametrize(("lines", "authority", "status", "expected"), LISTS)
def test_an_acting_introduction_takes_its_items_targets(
    tmp_path: Path, lines: str, authority: str, status: str, expected: dict[str, int]
) -> None:
    text = (
        "Sanctions widened\n\nOfficials on Monday announced sanctions on nine people and firms.\n\n"
    )
    rows = page_sanctions(tmp_path, text + lines + "\nMore could follow, officials said.\n")
    intro = next(r for r in rows if r["sentence"].endswith(":"))
    items = [r for r in rows if r["sentence"].startswith("-")]
    assert list(intro["sanction_authorities"]) == [authority]
    assert intro["sanction_status"] == status
    assert _kinds(intro) == expected
    assert len(items) == lines.count("\n-")
    assert all(list(r["sanction_authorities"]) == [authority] for r in items)
    assert all(r["sanction_status"] == status for r in items)


@pytest.mark.parametrize(
    ("text", "authority", "status"),
    [  # a state takes over listings named before by copying them or adopting their names
        (
            "Bern's Federal Council is expected to adopt the names on Wednesday.",
            "Switzerland",
            "planned",
        ),
        (
            "New Zealand said it would replicate the listings later this month.",
            "New Zealand",
            "planned",
        ),
        ("Ottawa has copied the designations, officials said on Friday.", "Canada", "imposed"),
        ("Norway plans to adopt the same names before the summer.", "Norway", "planned"),
    ],
)
def test_copying_the_listings_of_another_is_an_action(
    claims_of: Rows, text: str, authority: str, status: str
) -> None:
    rows = carried(claims_of, "Australia listed four Myanmar generals on Tuesday. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert rows[1]["sanction_status"] == status


def test_adopting_names_with_no_sanctions_is_no_action(claims_of: Rows) -> None:
    assert not claims_of("The club adopted the names of two donors for its new stands.", "sanction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare count kept from entering or travelling counts people; kept from ports, not
        ("Britain barred nine from entering the country last spring.", {"person": 9}),
        ("Canada will ban four from travelling to its territory.", {"person": 4}),
        ("Australia has barred twelve more from entry.", {"person": 12}),
        ("Norway barred six from its ports.", {"other": 6}),
    ],
)
def test_a_bare_count_kept_out_of_a_country_is_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, "Japan froze the assets of five settlers. " + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a state outside the alias table acting together with one inside it
        ("Canada and Peru announced matching measures within a day.", ["Canada", "Peru"]),
        (
            "Britain, Norway and Chile listed the same two gang leaders.",
            ["United Kingdom", "Norway", "Chile"],
        ),
        ("Japan and Chile said they would freeze the assets of both.", ["Japan", "Chile"]),
        ("Peru and the EU have both sanctioned the pair since then.", ["Peru", "European Union"]),
    ],
)
def test_every_state_of_a_joint_subject_acts(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = carried(claims_of, "Washington sanctioned two brokers on Monday. " + text)
    assert len(rows) == 2, rows
    assert sorted(rows[1]["sanction_authorities"]) == sorted(expected)


def test_states_named_as_places_do_not_act(claims_of: Rows) -> None:
    text = "Washington sanctioned two brokers. The gang moved cash between Canada and Mexico."
    assert len(carried(claims_of, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # counts on coordinated nationalities share one target word
        ("Three Serbian and five Croatian nationals were also named.", {"person": 8}),
        ("Canada on Monday listed two Iranian and four Emirati companies.", {"organization": 6}),
        ("Japan froze the assets of six Russian and two Belarusian officials.", {"person": 8}),
        ("Two Chinese and three Indian tankers were added to the EU list.", {"vessel": 5}),
    ],
)
def test_counts_on_coordinated_nationalities_add_up(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, "Britain sanctioned 18 smugglers on Tuesday. " + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # a counted group named before undergoes the measure a state verb takes as object
        "All eight face an asset freeze.",
        "All eight now face travel bans, the ministry said.",
        "All eight face an entry ban and have had their funds frozen.",
        "All eight of them face an asset freeze in the bloc.",
    ],
)
def test_a_counted_group_facing_a_measure_is_a_claim(claims_of: Rows, text: str) -> None:
    rows = carried(claims_of, "The EU listed five people and three firms on Monday. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "imposed"
    assert rows[1]["sanction_authorities"] == ["European Union"]


@pytest.mark.parametrize(
    ("text", "status"),
    [  # an action on the legal instrument a relative clause ties to the sanctions
        (
            "Ottawa revoked the executive order that underpinned its sanctions on two banks.",
            "lifted",
        ),
        (
            "Canada on Friday repealed the regulation that imposed its sanctions on potash firms.",
            "lifted",
        ),
        (
            "The EU will lift the decree underlying the asset freezes on three Malian generals.",
            "lifted",
        ),
        (
            "Britain extended the order that established its Mali sanctions for another year.",
            "extended",
        ),
    ],
)
def test_an_action_on_the_instrument_of_sanctions(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status


def test_an_order_of_no_sanctions_is_no_action(claims_of: Rows) -> None:
    text = "The court revoked the order that set the bail conditions for the two men."
    assert not claims_of(text, "sanction")


@pytest.mark.parametrize(
    "text",
    [  # others asked to take over the measures: a request, no action of the one who asks
        "Kyiv has listed 200 tankers, and it is urging its partners to copy the listings.",
        "Kyiv also lists 12 vessels and urges partners to copy its measures.",
        "Kyiv listed two men and pressed Canada to replicate the designations.",
        "Kyiv listed two men; it wants its allies to adopt the names as well.",
    ],
)
def test_asking_others_to_copy_is_no_claim_of_theirs(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == ["Ukraine"]
