"""What a target is and of which kind (person, organization, vessel, other), and which words
inside an action name no target group."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import CANADA_LEAD, JAPAN_LEAD, Rows, carried, counts, only


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
    rows = carried(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_authorities"] == [authority]
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa lifted sanctions on three Iranian students named in error last year.", 3),
        ("The EU sanctioned four journalists working for state television.", 4),
        ("Washington has designated 12 North Korean researchers and two front companies.", 12),
        ("Britain froze the assets of five lawyers who served the oligarch.", 5),
    ],
)
def test_people_by_trade_or_study_are_persons(claims_of: Rows, text: str, expected: int) -> None:
    assert counts(only(claims_of, text))["person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris froze the assets of 12 violent settlers on Tuesday.", {"person": 12}),
        ("Two human traffickers were sanctioned by Britain in March.", {"person": 2}),
        ("The EU will list nine militia recruiters and a warlord.", {"person": 10}),
        (
            "Australia has imposed travel bans on five extremist settlers and three of their "
            "organisers.",
            {"person": 8},
        ),
    ],
)
def test_people_named_by_what_they_do_are_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OFAC sanctioned two people and a freight forwarder in Dubai.",
            {"person": 2, "organization": 1},
        ),
        ("The EU listed three affiliates of the shipping group.", {"organization": 3}),
        ("The UN Security Council blacklisted two gang bosses on Friday.", {"person": 2}),
        (
            "Washington designated four cartel bosses and two freight forwarders.",
            {"person": 4, "organization": 2},
        ),
    ],
)
def test_forwarders_and_affiliates_are_organizations_bosses_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


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
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada imposed sanctions on six smugglers. Among those designated is Omar Farid "
            "Haddad, who prosecutors say ran the smuggling route.",
            {"person": 1},
        ),
        (
            "Canada imposed sanctions on six smugglers. Britain also sanctioned Karim Nabil "
            "Saleh, whose network moved the cash.",
            {"person": 1},
        ),
        (
            "The smuggler Paul Moreau and two aides, Ali Lagrange and Henri Dufour, ran the "
            "route. Washington added Moreau and Lagrange to its list on Monday.",
            {"person": 2},
        ),
        (
            "The lawyer Lena Voss arranged the deals. On Friday the EU will freeze the assets "
            "of Voss.",
            {"person": 1},
        ),
    ],
)
def test_a_name_read_as_a_person_s_is_a_person(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(claims_of(text, "sanction")[-1]) == expected


def test_a_name_with_a_which_clause_stays_an_organization(claims_of: Rows) -> None:
    text = "Australia froze the assets of Vostok Marine, which owns four tankers."
    assert counts(only(claims_of, text)) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated Marco Vellani and three of his associates on Thursday.",
            {"person": 4},
        ),
        (
            "Britain froze the assets of Dmitri Orlov and his holding company.",
            {"person": 1, "organization": 1},
        ),
        (
            "A Greek shipping broker, Nikos Andreou, and his firm, which chartered the tankers, "
            "were also designated.",
            {"person": 1, "organization": 1},
        ),
        (
            "A cargo ship operator, Yusuf Demir, and his company were also sanctioned.",
            {"person": 1, "organization": 1},
        ),
        (
            "Canada sanctioned the smuggler Pierre Lagrange and three of his associates on Friday.",
            {"person": 4},
        ),
    ],
)
def test_a_name_with_his_or_her_after_it_is_a_person(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_company_name_with_its_owner_stays_an_organization(claims_of: Rows) -> None:
    row = only(claims_of, "Ottawa designated Karimi Trading and its owner.")
    assert counts(row) == {"organization": 1, "person": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU sanctioned three ship managers in Dubai.", {"organization": 3}),
        ("Britain has designated two tanker owners and a vessel operator.", {"organization": 3}),
        ("Japan froze the assets of the owners of five tankers.", {"organization": None}),
        ("Canada will blacklist four shipping agents in Turkey next week.", {"organization": 4}),
    ],
)
def test_a_ship_word_makes_a_people_s_role_a_business(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington sanctioned a money exchanger in Sanaa.", {"organization": 1}),
        (
            "Britain designated two currency exchangers and their owner.",
            {"organization": 2, "person": 1},
        ),
        (
            "The EU listed the superyacht Amore Vero and two yachts of the same owner.",
            {"vessel": 3},
        ),
        ("Japan froze the assets of three exchangers in Dubai.", {"organization": 3}),
    ],
)
def test_exchangers_and_yachts_have_their_kinds(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tankers OCEAN GLORY and SUN RISE 7 were also designated.",
            ["OCEAN GLORY", "SUN RISE 7"],
        ),
        (
            "Japan also listed the vessels KORYO STAR, AMBER LIGHT and NAMPO 2.",
            ["KORYO STAR", "AMBER LIGHT", "NAMPO 2"],
        ),
        (
            "The ships PACIFIC DAWN and GOLDEN WAVE 11 were also designated.",
            ["PACIFIC DAWN", "GOLDEN WAVE 11"],
        ),
        (
            "Britain also designated the tankers ARCTIC FOX and BALTIC STAR 3 on Friday.",
            ["ARCTIC FOX", "BALTIC STAR 3"],
        ),
    ],
)
def test_names_after_a_plural_ship_word_are_vessels(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = claims_of("Seoul designated four people on Friday. " + text, "sanction")
    targets = rows[-1]["sanction_targets"]
    assert counts(rows[-1]) == {"vessel": len(expected)}
    names = [n for t in targets for n in t["names"]]
    assert [n.split()[0] for n in names] == [n.split()[0] for n in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada has imposed sanctions on Russian and Belarusian targets since 2014.",
            {"other": None},
        ),
        ("The EU added 40 targets to its list on Monday.", {"other": 40}),
        ("Britain sanctioned another 25 targets linked to the drone programme.", {"other": 25}),
        ("Japan froze the assets of nine more targets in Russia.", {"other": 9}),
    ],
)
def test_targets_of_no_stated_kind_are_other(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They are placed under an asset freeze.",
        "Those were also put under sanctions.",
    ],
)
def test_unnamed_targets_are_one_group_of_unknown_kind(claims_of: Rows, text: str) -> None:
    assert counts(only(claims_of, text)) == {"other": None}


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
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain froze all assets the three banks hold in London.", {"organization": 3}),
        ("The order freezes any funds that two Iranian firms own in Japan.", {"organization": 2}),
        ("Canada froze the property the four officials held in Toronto.", {"person": 4}),
        ("Japan will freeze any funds that the two banks hold there.", {"organization": 2}),
    ],
)
def test_whoever_holds_the_frozen_assets_is_the_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UK sanctioned nine settlers and three outposts in the West Bank in May.",
            {"person": 9, "other": 3},
        ),
        (
            "Washington blacklisted two generals and four army battalions on Friday.",
            {"person": 2, "other": 4},
        ),
        (
            "The EU listed five officials and two paramilitary camps over the abuses.",
            {"person": 5, "other": 2},
        ),
        (
            "Ottawa has sanctioned 14 smugglers and six fuel depots since March.",
            {"person": 14, "other": 6},
        ),
    ],
)
def test_a_counted_group_coordinated_with_targets_is_a_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_an_amount_coordinated_with_targets_is_no_target(claims_of: Rows) -> None:
    text = "Norway froze the assets of three firms and 40 million dollars in deposits."
    assert counts(only(claims_of, text)) == {"organization": 3}


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
    rows = carried(claims_of, JAPAN_LEAD + text)
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The targets include the director of a missile plant and three engineers at a drone factory.",
            {"person": 4},
        ),
        ("The individuals include two pilots from a state airline and a colonel.", {"person": 3}),
        (
            "The people listed include Pak Yong-chol and Jo Myong-su, bankers at the Foreign Trade Bank.",
            {"person": 2},
        ),
        (
            "Those sanctioned include Li Wenhao and Zhang Qiming, two executives for a Shenzhen firm.",
            {"person": 2},
        ),
    ],
)
def test_a_workplace_or_a_name_s_part_is_no_target_of_its_own(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(CANADA_LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Canada announced similar listings on Monday.",
        "Britain is expected to adopt comparable designations next week.",
        "Australia made matching listings the same day.",
        "New Zealand will announce equivalent designations later this month.",
    ],
)
def test_measures_like_another_s_name_no_target_group(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland are expected to align themselves with the package, officials said.",
        "Switzerland on Tuesday aligned itself with the European Union's October measures.",
        "Liechtenstein has aligned itself with the bloc's latest sanctions.",
        "Montenegro will align itself with the new package.",
    ],
)
def test_a_reflexive_object_is_no_target(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council renewed its Haiti sanctions regime for another year.",
        "London named 14 people under the Global Human Rights sanctions regime.",
        "Canada extended its Venezuela sanctions programme until 2027.",
        "The EU prolonged its cyber sanctions regime by three years.",
    ],
)
def test_a_sanctions_regime_is_no_target_group(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert "organization" not in counts(rows[0])


@pytest.mark.parametrize(
    "text",
    [
        "The EU has adopted more than five rounds of listings under the regime.",
        "Britain has designated 40 people under the regime since 2020.",
        "Japan listed 12 officials under its new sanctions programme.",
        "Canada sanctioned four officers under its human rights regime.",
    ],
)
def test_the_programme_measures_are_taken_under_is_no_target(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert "organization" not in counts(row)


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
    assert only(claims_of, text)["sanction_targets"] == []  # CLAIMS.md: no named group


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
    assert only(claims_of, text)["sanction_targets"] == []


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
    assert only(claims_of, text)["sanction_targets"] == []  # goods are no target group


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
    assert only(claims_of, text)["sanction_targets"] == []  # CLAIMS.md: nationality is no group
