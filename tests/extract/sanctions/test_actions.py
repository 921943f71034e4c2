"""Which constructions state a sanction action: blocking, cutting off, trade bans, restrictions,
designating, being placed under measures; their look-alikes with no target group or no state
do not (barring, closing a place and refusing entry are in test_barred)."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import JAPAN_LEAD, Rows, carried, counts, only


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
    assert len(carried(claims_of, text)) == claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US Treasury Hits Shipping Network, Blocks 9 Tankers",
            {"organization": None, "vessel": 9},
        ),
        ("UK BLOCKS 20 SHADOW FLEET TANKERS", {"vessel": 20}),
        ("Japan Blocks Assets Of 4 Russian Banks", {"organization": 4}),
        ("Canada blocked 14 Iranian officials from entering the country.", {"person": 14}),
    ],
)
def test_blocking_counted_targets_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned 30 tankers. The ships were identified as specified ships.",
            {"vessel": 30},
        ),
        (
            "Japan listed 4 traders. Seven bulk carriers were also identified as property of the traders.",
            {"vessel": 7},
        ),
        (
            "The EU sanctioned 12 firms. It identified three of their vessels as blocked property.",
            {"vessel": 3},
        ),
        (
            "Canada listed 9 people. Two yachts have been identified as property in which they hold an interest.",
            {"vessel": 2},
        ),
    ],
)
def test_vessels_identified_as_property_or_specified_ships_are_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury also identified four tankers as blocked property.", {"vessel": 4}),
        ("OFAC identified two aircraft as property in which the airline has an interest.", None),
        (
            "Washington is identifying 12 vessels as blocked property of the network.",
            {"vessel": 12},
        ),
        ("Nine ships were identified as blocked property on Tuesday.", {"vessel": 9}),
    ],
)
def test_vessels_identified_as_blocked_property(
    claims_of: Rows, text: str, expected: dict[str, int] | None
) -> None:
    rows = claims_of(text, "sanction")
    if expected is None:  # property without 'blocked' is no sanction word
        assert rows == []
    else:
        assert len(rows) == 1 and counts(rows[0]) == expected


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
    rows = carried(claims_of, JAPAN_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == [authority]
    assert rows[1]["sanction_status"] == status
    assert counts(rows[1]) == expected


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
    rows = carried(claims_of, "Japan announced sanctions on Friday. " + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Japan"]
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan sanctioned six officers and four firms. All ten now face an asset freeze.",
            {"other": 10},
        ),
        (
            "Japan sanctioned three banks and two brokers. All five now face an asset freeze.",
            {"organization": 5},
        ),
        # a bare count the parser hangs on the state verb as a modifier
        (
            "Britain sanctioned eight people and four firms.\n\nAll 12 face an asset freeze in"
            " the UK.",
            {"other": 12},
        ),
        (
            "Japan designated twelve banks on Friday.\n\nAll 12 face an asset freeze in Japan"
            " from Monday.",
            {"organization": 12},
        ),
        (
            "Canada listed ten officials and two banks.\n\nAll 12 face a travel ban, Ottawa said.",
            {"other": 12},
        ),
        (
            "Canada listed two tankers on Friday. Both now face an entry ban at EU ports.",
            {"vessel": 2},
        ),
        (
            "Britain sanctioned a militia. Four commanders face asset freezes; two are generals.",
            {"person": 4},
        ),
        (
            "The EU sanctioned 40 officials. The officials face travel bans and asset freezes.",
            {"person": 40},
        ),
        (
            "Britain designated nine people. Four Iranian generals also face an entry ban.",
            {"person": 4},
        ),
        (
            "Australia sanctioned 12 firms. Two cargo aircraft are now subject to a dealings ban.",
            {"aircraft": 2},
        ),
        (
            "Seoul blacklisted six people. Their three companies are subject to export controls.",
            {"organization": 3},
        ),
    ],
)
def test_a_target_group_that_faces_or_is_subject_to_a_measure_is_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain acts in parallel against 100 vessels and a Dubai insurer",
            {"vessel": 100, "organization": 1},
        ),
        ("Washington moves against three Chinese refiners.", {"organization": 3}),
        ("Canada on Friday acted against 14 Belarusian officials.", {"person": 14}),
        ("Japan will move against two more shipping companies next week.", {"organization": 2}),
        # a state uses a sanctions programme (or sanctions) against a target group
        (
            "Australia has now used its cyber sanctions framework against 11 people since 2024.",
            {"person": 11},
        ),
        ("Ottawa invoked its Magnitsky sanctions regime against 40 officials.", {"person": 40}),
        ("Britain will apply its sanctions programme against two more banks.", {"organization": 2}),
        ("Washington has wielded sanctions against five judges.", {"person": 5}),
    ],
)
def test_a_state_acting_against_a_target_group_sanctions_it(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army moved against rebel positions near the border.",
        "Police acted against the protesters on Sunday.",
        "Police used tear gas against 200 protesters.",
        "The company applied its pricing framework against three rivals.",
        "Canada has used its sanctions regime against Iran for years.",
        "It is the first time Ottawa has used these sanctions against a cyber gang.",
        "Britain has often invoked its sanctions regime against smuggling networks.",
    ],
)
def test_acting_against_no_target_group_or_by_no_state_is_no_sanction(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan imposed new sanctions in May. Its previous round, in March, targeted 16 "
            "tankers of the shadow fleet.",
            {"vessel": 16},
        ),
        (
            "Seoul froze the assets of two North Korean banks on Monday. The new round also "
            "targets 12 shipping firms.",
            {"organization": 12},
        ),
        (
            "Canada imposed sanctions on six Iranian officials. Its next round will target 40 "
            "more tankers, officials said.",
            {"vessel": 40},
        ),
        (
            "Britain sanctioned three Russian banks on Friday. Its measures also targeted five "
            "Iranian generals.",
            {"person": 5},
        ),
    ],
)
def test_a_package_that_targets_a_group_is_an_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


def test_a_round_of_talks_that_targets_issues_is_no_action(claims_of: Rows) -> None:
    assert claims_of("The second round of talks targeted three issues.", "sanction") == []


def test_a_states_ban_on_its_own_exports_is_no_sanction(claims_of: Rows) -> None:
    text = "Russia will extend a ban on gasoline exports by producers until the end of September."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Global Affairs Canada named 11 individuals under its sanctions law.",
        "Australia named six officials under its Magnitsky-style sanctions regime on Friday.",
        "The Treasury named two banks to its blacklist.",
        "Britain named 14 people under its new sanctions rules on Tuesday.",
    ],
)
def test_naming_targets_under_sanctions_is_designating_them(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed" and counts(row)


@pytest.mark.parametrize(
    "text", ["Canada named three ambassadors on Monday.", "The firm named two new directors."]
)
def test_naming_people_with_no_sanction_in_view_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The new decree lifted restrictions on three Syrian airlines.",
            "lifted",
            {"organization": 3},
        ),
        (
            "A second order extended restrictions on 30 Belarusian judges until 2027.",
            "extended",
            {"person": 30},
        ),
        (
            "The ministry eased restrictions on two Iranian shipping companies last week.",
            "lifted",
            {"organization": 2},
        ),
        (
            "The same ordinance imposes restrictions on four Venezuelan officials.",
            "imposed",
            {"person": 4},
        ),
    ],
)
def test_restrictions_on_a_target_group_are_a_sanction(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The restrictions on oil imports were lifted in May.",
        "Officials discussed restrictions on fishing quotas with the farmers.",
    ],
)
def test_restrictions_on_goods_need_context(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "Financial institutions must freeze any funds of the designated persons.",
        "Banks froze assets worth $3 million under the rules last year.",
        "Local lenders have frozen the accounts of the listed firms.",
        "In the past year, insurers filed 80 reports and froze assets worth $2 million.",
    ],
)
def test_private_bodies_applying_a_freeze_state_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve tankers were also placed under sanctions.", {"vessel": 12}),
        ("Three Iranian airlines have been put under an asset freeze.", {"organization": 3}),
        ("Two more banks will be placed on the sanctions list next week.", {"organization": 2}),
        ("Nine Belarusian judges were added to the blacklist on Monday.", {"person": 9}),
        ("Thirteen Russian banks were also subject to restrictions.", {"organization": 13}),
        ("Four freighters are now subject to the entry ban.", {"vessel": 4}),
    ],
)
def test_passive_list_membership_targets_its_subject(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] in ("imposed", "planned")
    assert counts(row) == expected
    assert row["sanction_authorities"] == []  # the article's own authority is carried in later


def test_military_targeting_is_no_sanction(claims_of: Rows) -> None:
    text = "Russia struck Kharkiv with 40 drones overnight, targeting power plants in two regions."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Ocean Crest Shipping Ltd was one of those designated.", "organization", 1),
        ("The Hong Kong trader was one of those sanctioned on Monday.", "organization", 1),
        ("Two Dubai firms were among those sanctioned on Tuesday.", "organization", 2),
        ("Three captains are among the people listed today.", "person", 3),
    ],
)
def test_membership_of_those_listed(claims_of: Rows, text: str, kind: str, count: int) -> None:
    assert counts(only(claims_of, text)) == {kind: count}


def test_a_finite_targeting_clause_with_an_authority_is_an_action(claims_of: Rows) -> None:
    text = "War live: Kharkiv hit overnight as Britain targets drone-parts suppliers"
    assert only(claims_of, text)["sanction_authorities"] == ["United Kingdom"]


@pytest.mark.parametrize(
    "text",
    [
        "Canada first imposed sanctions on vessels under the Special Economic Measures Act.",
        "Both were placed under an asset freeze with immediate effect.",
        "Among the entities are nine Russian companies and two banks.",
    ],
)
def test_modifiers_that_do_not_block_an_action(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
