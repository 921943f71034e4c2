"""Sanction families of round 3: each a construction written several ways (tense, voice,
wording), never one sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import counts

Rows = Callable[..., list[dict[str, Any]]]


def sanctions(claims_of: Rows, text: str) -> list[dict[str, Any]]:
    """The sanction rows of a text as an article has them: authorities carried, rows left with
    none dropped."""
    rows = claims_of(text, "sanction", "2025-03-07")
    carry_sanctions(rows)  # type: ignore[arg-type]
    return [r for r in rows if r["sanction_authorities"]]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "OSLO, June 3 (Nordic Wire) - Norway on Tuesday adopted the European Union's latest"
            " package of sanctions, adding 30 entities to its list, the ministry said.",
            "Norway",
        ),
        (
            "TOKYO, Jan 9 (Pacific Desk) - Japan has aligned with the U.S. listing of 12 tankers,"
            " officials said.",
            "Japan",
        ),
        (
            "BERN, Feb 2 - Switzerland will take over the bloc's new sanctions on 14 Russian"
            " banks.",
            "Switzerland",
        ),
        (
            "WELLINGTON, Nov 20 (Kiwi Wire) - New Zealand imposed asset freezes on 9 individuals"
            " named by Washington last week.",
            "New Zealand",
        ),
    ],
)
def test_dateline_does_not_hide_the_acting_authority(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        ("Canada on Monday sanctioned six Haitians over gang violence.", "Canada", {"person": 6}),
        (
            "Washington has blacklisted four Nicaraguans tied to the police.",
            "United States",
            {"person": 4},
        ),
        ("Britain froze the assets of two Sudanese generals.", "United Kingdom", {"person": 2}),
        ("The EU will list 11 Haitian officials next week.", "European Union", {"person": 11}),
    ],
)
def test_people_named_by_nationality_are_counted_persons(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Liechtenstein is expected to adopt the same measures next week.", "Liechtenstein"),
        ("Iceland has aligned with the EU's latest sanctions package.", "Iceland"),
        ("Montenegro adopted the bloc's sanctions on 20 Russian firms.", "Montenegro"),
        ("Moldova will apply the EU's asset freezes on 12 separatist officials.", "Moldova"),
    ],
)
def test_smaller_states_that_align_are_authorities(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_authorities"] == [authority]


LEAD = "Japan imposed sanctions on 20 firms and 6 people on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # being on a list, in other words: the subject is the target, the action the lead's
        ("Three trading firms in Dubai now sit on the blacklist.", {"organization": 3}),
        (
            "Four companies in Kazakhstan are on the list for selling drone parts.",
            {"organization": 4},
        ),
        ("Two shipping agents also appear on the sanctions list.", {"organization": 2}),
        ("Only 12 tankers were on the list, officials said.", {"vessel": 12}),
        ("Five regional lenders remain on the list.", {"organization": 5}),
    ],
)
def test_being_on_the_list_is_a_claim_of_the_action_before(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert rows[1]["sanction_status"] == "imposed"
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "authority", "status", "expected"),
    [  # shut out of a payment system: the subject (or object) is the target
        (
            "Twenty regional banks were cut off from SWIFT.",
            "Japan",
            "imposed",
            {"organization": 20},
        ),
        (
            "Ten more lenders will be cut off from SWIFT next month.",
            "Japan",
            "planned",
            {"organization": 10},
        ),
        (
            "Three Belarusian banks have been shut out of the SPFS network by the EU.",
            "European Union",
            "imposed",
            {"organization": 3},
        ),
        (
            "Two Russian insurers were frozen out of the dollar system.",
            "Japan",
            "imposed",
            {"organization": 2},
        ),
    ],
)
def test_cut_off_from_a_payment_system_is_a_sanction(
    claims_of: Rows, text: str, authority: str, status: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [  # still on a list: the name is the target, the agent the authority
        (
            "Arctic Fuel Trading, a broker in Dubai, remains listed by the UK.",
            "United Kingdom",
            {"organization": 1},
        ),
        (
            "Nordvik Credit Bank, a lender in Murmansk, remains designated by Washington.",
            "United States",
            {"organization": 1},
        ),
        ("The two tankers remain sanctioned by Canada.", "Canada", {"vessel": 2}),
        ("Four captains stay listed, the ministry said.", "Japan", {"person": 4}),
    ],
)
def test_remaining_listed_is_a_claim(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a continued target list: named or added alongside, or closing the list
        ("Two former officials were named alongside four gang leaders.", {"person": 6}),
        ("Three Turkish firms were added for re-exporting microchips.", {"organization": 3}),
        ("Five captains were also named in the order.", {"person": 5}),
        ("A Cypriot insurer and two brokers round out the list.", {"organization": 3}),
        ("Two Kyrgyz distributors complete the list of entities.", {"organization": 2}),
    ],
)
def test_a_target_list_continued_in_a_later_sentence(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [  # membership without a sanction before it, or denied, is no claim
        "Three trading houses in Dubai are on the list of the region's largest firms.",
        "Sberbank is not on the list.",
        "Two new routes were added for the summer season.",
        "Twenty villages were cut off from the power network.",
    ],
)
def test_membership_without_a_sanction_is_no_claim(claims_of: Rows, text: str) -> None:
    assert sanctions(claims_of, text) == []


@pytest.mark.parametrize(
    "intro",
    [  # a line opening a list of the targets of the action before, in several wordings
        "Those designated today include:",
        "The newly listed include:",
        "The entities sanctioned on Monday are:",
        "The companies added comprise:",
    ],
)
def test_the_lines_of_a_list_after_its_introduction_are_claims(claims_of: Rows, intro: str) -> None:
    text = (
        LEAD
        + intro
        + "\n- Marlow Petroleum LLC, which ships diesel to Crimea;"
        + "\n- Kestrel Marine JSC, a tanker operator in Novorossiysk;"
        + "\n- Nordvik Avionics Ltd, which supplies drone engines."
    )
    rows = claims_of(text, "sanction", "2025-03-07")
    for r in rows:  # as the table has them: the sentence each claim is stated in
        r["sentence"] = text[r["sentence_start"] : r["sentence_end"]]
    carry_sanctions(rows)  # type: ignore[arg-type]
    kept = [r for r in rows if r["sanction_authorities"]]
    named = [t["names"] for r in kept[1:] for t in r["sanction_targets"]]
    assert named == [["Marlow Petroleum LLC"], ["Kestrel Marine JSC"], ["Nordvik Avionics Ltd"]]
    assert all(r["sanction_authorities"] == ["Japan"] for r in kept)


@pytest.mark.parametrize(
    ("text", "status"),
    [  # agreeing to act on sanctions is a commitment; agreeing to list, extend or lift is not
        ("G7 leaders agreed on Friday to tighten sanctions on Russia.", "planned"),
        ("The G7 allies have agreed to expand their sanctions on Iranian banks.", "planned"),
        ("EU ministers pledged to broaden the sanctions on Belarus.", "planned"),
        ("The EU agreed in May to sanction 40 people and 12 firms.", "imposed"),
        ("EU leaders agreed to extend the economic sanctions by six months.", "extended"),
    ],
)
def test_agreeing_to_act_is_planned(claims_of: Rows, text: str, status: str) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [  # a sanction noun whose adoption is still to come, as the subject of a passive infinitive
        "The package is due to be formally adopted by the end of the month.",
        "New sanctions on Iranian drone makers are expected to be imposed next week.",
        "Further sanctions on the network are set to be approved on Monday.",
        "The new listings are due to be approved on Friday.",
    ],
)
def test_a_sanction_due_to_be_adopted_is_planned(claims_of: Rows, text: str) -> None:
    rows = sanctions(claims_of, "The EU has sanctioned 12 firms. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_status"] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "The measures have to be renewed every six months.",
        "Sanctions are meant to be reviewed each year.",
    ],
)
def test_a_rule_about_sanctions_is_no_claim(claims_of: Rows, text: str) -> None:
    assert sanctions(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # banning trade with a country is a sanction; banning trade in general is not
        ("The government plans to ban the export of machine tools to Russia.", 1),
        ("Ottawa will prohibit imports of Russian aluminium from March.", 1),
        ("Canberra has banned the sale of drone parts to Iran.", 1),
        ("Tokyo will bar imports of North Korean coal.", 1),
        ("The city banned the sale of alcohol after midnight.", 0),
        ("The regulator will prohibit imports of untested toys.", 0),
    ],
)
def test_a_trade_ban_tied_to_a_country_is_a_sanction(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction", "2025-03-07")) == claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the sanctions as subject of a verb of reach, the targets as its object
        (
            "The new designations affect nine Iranian nationals and three Chinese firms.",
            {"person": 9, "organization": 3},
        ),
        ("The sanctions will affect 14 more officials.", {"person": 14}),
        (
            "Today's listings cover 45 vessels and two shipping agents.",
            {"vessel": 45, "organization": 2},
        ),
        (
            "The sanctions target 12 individuals and 4 entities linked to the militia.",
            {"person": 12, "organization": 4},
        ),
    ],
)
def test_sanctions_that_reach_counted_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, "Japan announced sanctions on Friday. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions have affected Russia's economy badly.",
        "The restrictions affected oil exports more than expected.",
    ],
)
def test_an_effect_of_sanctions_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # one count over target words of several kinds is one group of kind other
        (
            "Britain announced sanctions on 25 individuals and companies and one tanker.",
            {"other": 25, "vessel": 1},
        ),
        ("Japan Sanctions 30 Individuals And Companies Over Drone Parts", {"other": 30}),
        ("Canada Sanctions 14 People, Firms And Two Tankers", {"other": 14, "vessel": 2}),
        ("Tokyo has listed 60 persons and entities and three vessels.", {"other": 60, "vessel": 3}),
    ],
)
def test_a_count_shared_by_kinds_is_one_group_of_other(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # blocking targets is a sanction when an authority does it
        ("The United States has blocked about 180 tankers since January.", 1),
        ("Washington blocked three Hong Kong trading firms on Tuesday.", 1),
        ("The Treasury will block two more Iranian airlines.", 1),
        ("Police blocked three ships from leaving the harbour.", 0),
        ("OFAC identified two freighters as blocked property of the firm.", 1),
    ],
)
def test_an_authority_blocking_targets_is_a_sanction(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(sanctions(claims_of, text)) == claims


@pytest.mark.parametrize(
    "text",
    [  # a subject that denies: neither, none
        "Two banks were listed by the EU, but neither is designated by the United States.",
        "Three tankers were named in the report, but none was sanctioned by Japan.",
        "None of the firms has been blacklisted by Canada.",
        "Neither of the captains was designated by Britain.",
    ],
)
def test_a_denying_subject_negates_the_action(claims_of: Rows, text: str) -> None:
    rows = sanctions(claims_of, text)
    assert not any(
        r["sanction_authorities"] in (["United States"], ["Japan"], ["Canada"], ["United Kingdom"])
        for r in rows
    ), rows


@pytest.mark.parametrize(
    "text",
    [  # a clause after a semicolon is a statement of its own, not the frame of the first
        "A tanker that carried the parts is also listed; Japan set to follow.",
        "Two banks were also designated; Japan is expected to follow.",
        "Five more tankers are listed; Japan plans to do the same.",
        "Britain also froze the assets of three traders; Japan may follow.",
    ],
)
def test_a_semicolon_separates_two_statements(claims_of: Rows, text: str) -> None:
    rows = sanctions(claims_of, "Britain imposed sanctions on 12 firms. " + text)
    assert len(rows) >= 2, rows
    assert rows[1]["sanction_authorities"] == ["United Kingdom"]
    assert rows[1]["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "status"),
    [  # a decision taken now about an action in force later: the action is imposed
        (
            "The cabinet decided on Friday that Japan will freeze the assets of 12 people.",
            "imposed",
        ),
        ("Ottawa has resolved that Canada will list 40 more tankers.", "imposed"),
        (
            "The Government has today decided that Iceland will align with the bloc's latest"
            " sanctions package.",
            "imposed",
        ),
        ("Japan will decide next week whether to sanction the firms.", "planned"),
    ],
)
def test_a_decision_taken_makes_a_future_action_imposed(
    claims_of: Rows, text: str, status: str
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert rows[0]["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [  # taking over another authority's ban: the taker's claim; dealings name their partner
        (
            "Oslo said it would align with the bloc's ban on transactions with 9 Russian banks.",
            "Norway",
            {"organization": 9},
        ),
        (
            "Iceland will mirror the EU ban on deals with two Russian exchanges.",
            "Iceland",
            {"organization": 2},
        ),
        (
            "Switzerland followed the US ban on the two exchanges.",
            "Switzerland",
            {"organization": 2},
        ),
        (
            "Japan joined the G7 ban on dealings with four Belarusian lenders.",
            "Japan",
            {"organization": 4},
        ),
    ],
)
def test_taking_over_another_authoritys_ban(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert counts(rows[0]) == expected


def test_a_ban_taken_over_by_no_state_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The club will follow the league's ban on pyrotechnics.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # ship names in capitals, whatever the tagger made of their first word
        ("Japan designated two tankers, the OCEAN PEARL and the SILVER DAWN.", {"vessel": 2}),
        ("Britain listed two ships, the GOLDEN WAVE and the BLUE HORIZON.", {"vessel": 2}),
        (
            "The EU sanctioned three vessels: the RED STAR, the QUIET BAY and the NEW DAWN.",
            {"vessel": 3},
        ),
        ("Canada designated two tankers, the GRAND OCEAN and the SWIFT RIVER.", {"vessel": 2}),
    ],
)
def test_named_ships_join_their_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # 'A, B and C' read as an apposition and a coordination: all three are targets
        (
            "Washington blacklisted a Chinese drone maker, a Turkish logistics company and three"
            " Iranian nationals.",
            {"organization": 2, "person": 3},
        ),
        (
            "Britain sanctioned an Emirati trader, a Cypriot shipping firm and two captains.",
            {"organization": 2, "person": 2},
        ),
        (
            "Japan listed a Hong Kong bank, an Indian refiner and four tankers.",
            {"organization": 2, "vessel": 4},
        ),
        (
            "Canada sanctioned a Russian oligarch, a Belarusian judge and five officials.",
            {"person": 7},
        ),
    ],
)
def test_a_list_read_as_an_apposition_keeps_every_item(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert rows, text
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [  # an authority listing or delisting a company by name
        (
            "The EU listed Marlow Petroleum LLC, a fuel broker, and its director, Ivan Petrov.",
            "imposed",
            {"organization": 1, "person": 1},
        ),
        (
            "Britain added Kestrel Marine JSC and Orion Shipping to its sanctions list.",
            "imposed",
            {"organization": 2},
        ),
        ("Japan removed Volga Credit Bank from the list.", "lifted", {"organization": 1}),
        ("The United States has blacklisted Nordvik Trading.", "imposed", {"organization": 1}),
    ],
)
def test_an_authority_listing_a_name(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


def test_listing_a_place_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("Canada listed Moldova as a partner.", "sanction") == []


@pytest.mark.parametrize(
    "text",
    [  # a sanction only risked or feared is no action
        "Fewer owners are willing to take the risk of a designation.",
        "Banks fear the risk of sanctions on their Russian clients.",
        "Shippers face a growing risk of designation by the Treasury.",
        "The fear of an asset freeze has driven investors away.",
    ],
)
def test_a_risked_sanction_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [  # a relative clause on a sanction noun with its own authority states that one's action
        (
            "Japan said it would mirror the sanctions that Washington imposed on the two banks"
            " last year.",
            [["Japan"], ["United States"]],
        ),
        (
            "Canada has adopted the listings Britain announced on Friday.",
            [["Canada"], ["United Kingdom"]],
        ),
        (
            "Iceland joined the measures the EU adopted against Belarus.",
            [["Iceland"], ["European Union"]],
        ),
        (
            "Norway applied the sanctions that Brussels introduced in June.",
            [["Norway"], ["European Union"]],
        ),
    ],
)
def test_a_relative_clause_with_its_own_authority_is_its_own_claim(
    claims_of: Rows, text: str, authorities: list[list[str]]
) -> None:
    rows = sanctions(claims_of, text)
    assert [r["sanction_authorities"] for r in rows] == authorities


@pytest.mark.parametrize(
    ("text", "claims"),
    [  # a list that holds targets restates the listing; any other holder states a quantity
        ("The EU's list now holds 153 vessels.", 1),
        ("Britain's blacklist contains 40 Belarusian officials.", 1),
        ("Japan's list now numbers 300 entities.", 1),
        ("The fleet now numbers 120 ships.", 0),
        ("The company holds 20 tankers.", 0),
    ],
)
def test_a_list_holding_targets_restates_its_listing(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a reduced relative ('N X believed to ...') read as the main clause: its subject is the
        # passive's target
        (
            "Two firms believed to supply drone engines were designated on Monday.",
            {"organization": 2},
        ),
        ("Three men thought to run the network were sanctioned by Britain.", {"person": 3}),
        (
            "Eight tankers said to belong to the shadow fleet are now barred from Canadian ports.",
            {"vessel": 8},
        ),
        ("Four captains known to sail without insurance were blacklisted.", {"person": 4}),
    ],
)
def test_the_subject_of_a_reduced_relative_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction", "2025-03-07")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a counted group with an example inside it: the group is the target, once
        (
            "Three Iranian firms, among them a drone maker, were added for supplying engines.",
            {"organization": 3},
        ),
        (
            "Six Chinese suppliers, among them a chip distributor, were added for selling parts.",
            {"organization": 6},
        ),
        ("Two banks, including a lender in Minsk, are on the list.", {"organization": 2}),
        ("Five captains, among them a Russian national, were named in the order.", {"person": 5}),
    ],
)
def test_an_example_inside_a_counted_group_is_not_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = sanctions(claims_of, LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
