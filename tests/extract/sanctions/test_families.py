"""Construction families of sanction claims, each with several phrasings of our own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.sanctions.helpers import counts

Rows = Callable[..., list[dict[str, Any]]]


def one(claims_of: Rows, text: str) -> dict[str, Any]:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    return rows[0]


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
    row = one(claims_of, text)
    assert row["sanction_status"] in ("imposed", "planned")
    assert counts(row) == expected
    assert row["sanction_authorities"] == []  # the article's own authority is carried in later


@pytest.mark.parametrize(
    "text",
    [
        "They are placed under an asset freeze.",
        "Those were also put under sanctions.",
    ],
)
def test_unnamed_targets_are_one_group_of_unknown_kind(claims_of: Rows, text: str) -> None:
    assert counts(one(claims_of, text)) == {"other": None}


@pytest.mark.parametrize(
    "text",
    [
        "The Council is preparing new listings.",
        "Oslo announced the listings on Friday.",
        "The EU had adopted these designations a week earlier.",
        "New Zealand is expected to follow with its own listings.",
    ],
)
def test_listings_that_name_no_group_have_no_targets(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_targets"] == []  # CLAIMS.md: no named group


@pytest.mark.parametrize(
    "text",
    [
        "The EU adopted its 18th package against Russia on Friday.",
        "Norway has aligned with the European Union's 14th sanctions package.",
        "Tokyo widened its measures against Moscow's oil trade.",
        "The US reimposed sanctions in 2019.",
        "The bloc agreed to extend its economic sanctions by six months.",
    ],
)
def test_a_package_without_target_groups_has_no_targets(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The EU also prohibits imports of primary aluminium from Russia.",
        "The Commission will propose a ban on imports of Russian liquefied gas.",
        "Canada banned exports of Iranian drones components.",
        "Tokyo extended by two years its ban on exports of machine tools to Russia.",
    ],
)
def test_a_trade_ban_naming_no_group_has_no_targets(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_targets"] == []  # goods are no target group


def test_military_targeting_is_no_sanction(claims_of: Rows) -> None:
    text = "Russia struck Kharkiv with 40 drones overnight, targeting power plants in two regions."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        ("Canada Sanctions 40 Tankers", ["Canada"], {"vessel": 40}),
        ("Japan sanctions 11 tankers", ["Japan"], {"vessel": 11}),
        ("NEW ZEALAND SANCTIONS 52 PEOPLE AND 9 ENTITIES", ["New Zealand"], {"person": 52}),
        ("UK sanctions 100 more shadow fleet tankers", ["United Kingdom"], {"vessel": 100}),
        ("Seoul blacklists 11 officials and two ships", ["South Korea"], {"person": 11}),
        ("US sanctions Chinese 'teapot' refinery", ["United States"], {"organization": 1}),
    ],
)
def test_headlines_in_every_casing(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = one(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert row["sanction_status"] == "imposed"
    got = counts(row)
    assert all(got.get(kind) == n for kind, n in expected.items()), got


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
    assert counts(one(claims_of, text)) == {kind: count}


@pytest.mark.parametrize(
    "text",
    [
        "Norway said two Chinese firms were designated by the EU in its latest package.",
        "Norway noted that the firms had been listed by the European Union in May.",
        "The bank is among the entities listed by the Council.",
    ],
)
def test_a_passive_agent_is_the_authority(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_authorities"] == ["European Union"]


def test_a_noun_phrase_of_sanctions_is_no_headline_verb(claims_of: Rows) -> None:
    assert claims_of("EU sanctions policy remains divided over Hungary", "sanction") == []
    rows = claims_of("Washington to lift Syria sanctions; EU ministers set to follow", "sanction")
    assert [r["sanction_status"] for r in rows][:1] == ["lifted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul said it had now sanctioned a total of 233 individuals and 122 entities.",
            {"person": 233, "organization": 122},
        ),
        ("Oslo's own list now covers more than 2,000 individuals and entities.", {"other": 2000}),
        ("With today's listings the number of sanctioned vessels rises to 79.", {"vessel": 79}),
        (
            "The decision takes the total number of individuals and entities under Japanese "
            "asset freezes to more than 1,000.",
            {"other": 1000},
        ),
        ("Canberra has designated a total of 40 tankers since March.", {"vessel": 40}),
    ],
)
def test_cumulative_totals_count_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(one(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("The EU adopted the package on 24 June.", "European Union"),
        ("Switzerland approved its 14th package on Friday.", "Switzerland"),
        ("Norway aligns with the EU's 17th package.", "Norway"),
        ("Canada has adopted the measures of the G7 package.", "Canada"),
    ],
)
def test_adopting_or_aligning_with_a_package(claims_of: Rows, text: str, authority: str) -> None:
    row = one(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert row["sanction_status"] == "imposed" and row["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven individuals were placed on the list on Friday.", {"person": 11}),
        ("Canberra imposed travel bans on a further 14 Belarusian officials.", {"person": 14}),
        ("Tokyo last listed North Koreans in 2017.", {"person": None}),
        ("The president signed a decree imposing sanctions on 74 captains.", {"person": 74}),
        ("Another 32 entities were added to the blacklist.", {"organization": 32}),
    ],
)
def test_counts_and_kinds_of_listed_targets(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(one(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The designated tankers are banned from UK ports.",
        "The sanctioned tankers will be barred from Norwegian waters.",
        "The listed companies are banned from public tenders.",
    ],
)
def test_an_effect_on_earlier_targets_is_no_new_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_an_agent_of_another_verb_names_no_authority(claims_of: Rows) -> None:
    row = one(claims_of, "The list includes a refinery that is owned by the Russian firm Rosneft.")
    assert row["sanction_authorities"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asset freeze: 11 individuals, 29 organisations (1 bank)",
            {"person": 11, "organization": 29},
        ),
        ("Export ban: 22 entities", {"organization": 22}),
        ("Entry bans: 40 officials and 3 judges", {"person": 43}),
        ("EU travel ban: 14 officials", {"person": 14}),
    ],
)
def test_label_lines(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert counts(one(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Shelling: 2 people killed in Kherson", "Crew: 24", "Ban list: see page 4"],
)
def test_label_lines_that_list_no_targets(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_a_counted_target_the_parser_hung_under_another_noun(claims_of: Rows) -> None:
    row = one(
        claims_of,
        "Three companies that supply equipment to Arctic gas projects were also subject to "
        "restrictions.",
    )
    assert counts(row) == {"organization": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imagination Shipping Ltd was designated along with 12 companies and nine tankers.",
            {"organization": 13, "vessel": 9},
        ),
        ("The bank was sanctioned together with three subsidiaries.", {"organization": 4}),
        (
            "Ottawa listed the airline along with two cargo planes.",
            {"organization": 1, "aircraft": 2},
        ),
        ("OFAC designated a plant in the city of Dongying.", {"organization": 1}),
    ],
)
def test_targets_listed_along_with_others(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(one(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is the second refinery to be sanctioned this month.",
        "The measures follow a joint statement by G7 ministers.",
        "The new sanctions mirror a statement the ministers made in May.",
        "Penalties for sanctions offences include up to ten years in prison.",
        "Fines for sanctions violations rose sharply last year.",
        "The tanker, which switched off its transponder, is under investigation.",
        "The sanctions list is under review.",
    ],
)
def test_mentions_that_state_no_new_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The list includes two banks and an airline, Aerostar Cargo, based in Minsk.",
            {"organization": 3},
        ),
        (
            "Ministers agreed on a package listing almost 200 companies and individuals.",
            {"other": 200},
        ),
        (
            "Norway has adopted the EU's 14th package, the foreign ministry in Oslo said.",
            {},
        ),
        (
            "Seoul sanctioned nine officials, the unification ministry said on Monday.",
            {"person": 9},
        ),
    ],
)
def test_groups_named_counted_and_reported(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(one(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The United States, Japan and Australia took similar steps.",
            ["United States", "Japan", "Australia"],
        ),
        ("South Korea and Japan took similar action on the same day.", ["South Korea", "Japan"]),
        ("Canada announced parallel measures on Friday.", ["Canada"]),
    ],
)
def test_an_authority_taking_similar_action(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    row = one(claims_of, text)
    assert row["sanction_authorities"] == authorities and row["sanction_status"] == "imposed"


def test_similar_steps_of_no_authority_are_no_sanction(claims_of: Rows) -> None:
    assert claims_of("The army took similar steps to defend the city.", "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "She was taken off the list last September.",
        "The EU took two banks off its sanctions list.",
        "Three tankers were removed from the blacklist.",
    ],
)
def test_taken_off_a_list_is_lifted(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_status"] == "lifted"


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
    ("text", "expected"),
    [
        ("She was taken off the list last September.", {"person": 1}),
        ("He was sanctioned by the EU in 2022.", {"person": 1}),
        (
            "Canberra designated her and two companies she controls.",
            {"person": 1, "organization": 2},
        ),
    ],
)
def test_a_personal_pronoun_is_one_person(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(one(claims_of, text)) == expected


def test_a_finite_targeting_clause_with_an_authority_is_an_action(claims_of: Rows) -> None:
    text = "War live: Kharkiv hit overnight as Britain targets drone-parts suppliers"
    assert one(claims_of, text)["sanction_authorities"] == ["United Kingdom"]


@pytest.mark.parametrize(
    "text",
    [
        "Canberra first imposed sanctions on Russia in 2014.",
        "The United States lifted Syria sanctions.",
        "EU extends Russia asset freezes for six months",
        "G7 leaders agreed to tighten sanctions on Moscow.",
    ],
)
def test_sanctions_on_a_country_name_no_target_group(claims_of: Rows, text: str) -> None:
    assert one(claims_of, text)["sanction_targets"] == []  # CLAIMS.md: nationality is no group


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not impose sanctions on the two banks.",
        "Sanctions were not imposed on the shipping company, officials said.",
        "Canada has never designated the airline.",
        "The EU did not agree to sanction the tanker owners.",
        "Britain won't blacklist the three refiners this year.",
        "No sanctions were imposed on the port operator.",
    ],
)
def test_a_denied_action_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_the_same_action_affirmed_is_a_sanction(claims_of: Rows) -> None:
    row = one(claims_of, "Japan imposed sanctions on two banks.")
    assert row["sanction_status"] == "imposed" and counts(row) == {"organization": 2}
