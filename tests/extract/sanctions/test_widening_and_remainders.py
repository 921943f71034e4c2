"""Round-8 families: sanctions widened to new targets, a headline target 'hit by' sanctions,
the rest of a counted group restated ('the other three are ...'), travel and entry bans that
name nobody, and a named day fronting the sentence (a date, never a target)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [  # widening a programme to new targets imposes sanctions on them
        ("The EU extends its Iran sanctions to drone makers.", "imposed", {"organization": None}),
        (
            "Britain has expanded its Russia sanctions to three Chinese shipping firms.",
            "imposed",
            {"organization": 3},
        ),
        ("Japan widened its asset freeze to 12 more individuals.", "imposed", {"person": 12}),
        (
            "Australia will extend its sanctions to Iranian drone suppliers.",
            "planned",
            {"organization": None},
        ),
    ],
)
def test_sanctions_widened_to_new_targets(
    claims_of: Rows, text: str, status: str, expected: dict[str, int | None]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [  # a renewal in time keeps its status: no new targets are named
        "The EU extended its Iran sanctions to July 2026.",
        "Canada has extended its Belarus sanctions to the end of next year.",
    ],
)
def test_sanctions_extended_in_time_stay_extended(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "extended"
    assert counts(row) == {}


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [  # a headline whose subject is the target 'hit by' sanctions
        ("Shipping Firm Hit By US Sanctions", "United States", {"organization": 1}),
        ("Two Dubai Banks Hit With EU Sanctions", "European Union", {"organization": 2}),
        ("Iranian drone maker hit by Japanese sanctions", "Japan", {"organization": 1}),
        ("Tanker operators hit by new British sanctions", "United Kingdom", {"organization": None}),
    ],
)
def test_a_headline_target_hit_by_sanctions(
    claims_of: Rows, text: str, authority: str, expected: dict[str, int | None]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == [authority]
    assert counts(row) == expected


LEAD = "Canada on Tuesday sanctioned five people and three companies. Two are bankers. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the rest of a counted group, restated after the action
        ("The other three are police commanders.", {"person": 3}),
        ("The remaining three are senior officers of the navy.", {"person": 3}),
        ("The other two are firms registered in Panama.", {"organization": 2}),
        ("The last three are gold refineries in Dubai.", {"organization": 3}),
    ],
)
def test_the_rest_of_a_counted_group_restated(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, LEAD + text)
    assert [r["sanction_authorities"] for r in rows][-1] == ["Canada"]
    assert counts(rows[-1]) == expected


def test_a_remainder_without_an_earlier_action_is_no_claim(claims_of: Rows) -> None:
    text = "Five ministers met on Monday. The other three are economists."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [  # a travel or entry ban falls on people, even when the sentence names none
        ("New Zealand will announce travel bans next week.", "planned"),
        ("Ireland imposed travel bans on Tuesday.", "imposed"),
        ("Norway plans entry bans of its own.", "planned"),
        ("Latvia has issued entry bans in response.", "imposed"),
    ],
)
def test_travel_bans_without_named_targets_fall_on_people(
    claims_of: Rows, text: str, status: str
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == {"person": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a named day fronting the sentence dates the action; it is never a target
        ("On Independence Day, Ottawa sanctioned 4 officials.", {"person": 4}),
        ("On Victory Day the EU listed two generals.", {"person": 2}),
        ("On International Women's Day, Britain designated three prison guards.", {"person": 3}),
        ("On Christmas Eve, Washington sanctioned five cartel members.", {"person": 5}),
    ],
)
def test_a_fronted_named_day_is_no_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_the_rest_of_a_group_takes_its_named_member(claims_of: Rows) -> None:
    text = LEAD + "The other three are army colonels, among them Colonel Ivan Petrenko."
    row = carried(claims_of, text)[-1]
    assert counts(row) == {"person": 3}
    assert "Ivan Petrenko" in row["sanction_targets"][0]["names"][0]


@pytest.mark.parametrize(
    "text",
    [  # aligning with another's listings: the subjects act, nobody is struck
        "Norway and Iceland aligned with the EU listings on Friday.",
        "Albania and Montenegro have aligned with the bloc's latest listings.",
    ],
)
def test_aligning_subjects_stay_authorities(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert len(row["sanction_authorities"]) == 2
    assert counts(row) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a cumulative total of people named by nationality
        ("The measures bring the number of Iranians on the list to 42.", {"person": 42}),
        ("The move takes the number of Belarusians under Swiss sanctions to 210.", {"person": 210}),
        (
            "Monday's decision brings the total number of Russians on the Australian list to "
            "more than 1,000.",
            {"person": 1000},
        ),
        (
            "The listings raised the number of Syrians subject to EU asset freezes to 318.",
            {"person": 318},
        ),
    ],
)
def test_a_total_of_nationals_counts_people(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, "Canada sanctioned four people on Monday. " + text)
    assert counts(rows[-1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a relative clause saying whom the renewed measures cover gives their targets
        (
            "Japan extended its Iran measures, which now cover 80 individuals and 12 entities, "
            "by a year.",
            {"person": 80, "organization": 12},
        ),
        (
            "The EU renewed its Syria sanctions, which apply to 320 people and 70 firms.",
            {"person": 320, "organization": 70},
        ),
        (
            "Canada prolonged the sanctions regime that covers 45 officials until 2027.",
            {"person": 45},
        ),
        (
            "Australia renewed for two years its sanctions, which include 25 individuals.",
            {"person": 25},
        ),
    ],
)
def test_renewed_measures_cover_the_groups_a_clause_counts(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "extended"
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # widened 'to include' / 'to cover' new targets, and a clause hung on the country
        ("Britain widened its sanctions to include five Iranian banks.", {"organization": 5}),
        ("Tokyo broadens Russia sanctions to cover 11 Chinese suppliers.", {"organization": 11}),
        ("Canada expanded its measures to include four army officers.", {"person": 4}),
        ("Seoul has widened its asset freeze to cover 14 more executives.", {"person": 14}),
    ],
)
def test_sanctions_widened_to_include_new_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "imposed"
    assert counts(row) == expected


def test_a_coverage_clause_hung_on_the_country(claims_of: Rows) -> None:
    text = "The EU extended its measures on Iran, which now cover 200 people, until June."
    assert counts(only(claims_of, text)) == {"person": 200}


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [  # 'asset freezes' read as subject and verb: the passive after it is the action
        (
            "Asset freezes on two Syrian banks are lifted with immediate effect.",
            "lifted",
            {"organization": 2},
        ),
        (
            "The asset freezes on 12 officials were extended until March.",
            "extended",
            {"person": 12},
        ),
        (
            "Asset freezes on four Iranian traders were imposed on Monday.",
            "imposed",
            {"person": 4},
        ),
        ("Japan said the asset freezes on these firms were lifted.", "lifted", {"organization": 3}),
    ],
)
def test_a_passive_action_on_misread_asset_freezes(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = carried(claims_of, "Japan on Monday sanctioned three Iranian firms. " + text)[-1]
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a named legal instrument between the sanction noun and its targets
        (
            "Australia imposed sanctions under the Autonomous Sanctions (Russia) Regulations against 4 "
            "individuals and 2 entities linked to the sale of jet parts to the Russian airline.",
            {"person": 4, "organization": 2},
        ),
        (
            "Britain announced designations under the Global Human Rights (Belarus) Regulations against 6 "
            "officials responsible for abuses by the militia in Belarus.",
            {"person": 6},
        ),
        (
            "Canada imposed measures under the Special Economic Measures (Burma) Regulations "
            "against three judges who serve the ruling regime.",
            {"person": 3},
        ),
        (
            "New Zealand imposed travel bans under the Sanctions (Iran) Act on 12 individuals "
            "involved in the supply of ships to the regime.",
            {"person": 12},
        ),
    ],
)
def test_targets_after_the_named_instrument(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


DELISTING = (
    "Britain on Tuesday removed 14 Syrian entities and five people from its sanctions list. "
)


@pytest.mark.parametrize(
    ("text", "status"),
    [  # a list of those taken off restates a lifting; of those put on, an imposition
        ("Among those delisted are two Syrian banks and an airline.", "lifted"),
        ("Among the companies removed from the list are three oil traders.", "lifted"),
        ("Among the firms struck from the list is a Damascus cement maker.", "lifted"),
        ("Among the people sanctioned are two judges.", "imposed"),
    ],
)
def test_the_status_of_an_among_list_comes_from_its_participle(
    claims_of: Rows, text: str, status: str
) -> None:
    assert carried(claims_of, DELISTING + text)[-1]["sanction_status"] == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a second object after a relative clause, which the parser hangs on the verb
        (
            "Japan designated three navy officers who run the prison camps, and the Orion "
            "Building Company, which uses forced labour.",
            {"person": 3, "organization": 1},
        ),
        (
            "Britain listed two colonels who command the border units, and the Tiraspol Steel "
            "Works.",
            {"person": 2, "organization": 1},
        ),
        (
            "The EU sanctioned four officials who rigged the vote, and the Central Printing House.",
            {"person": 4, "organization": 1},
        ),
        (
            "Australia has designated a general who ordered the shelling, and three arms firms.",
            {"person": 1, "organization": 3},
        ),
    ],
)
def test_an_object_after_a_relative_clause(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # gangs are organizations (buyers are people since round 44: test_medical_people_and_buyers)
        ("Britain sanctions Iranian oil buyer", {"person": 1}),
        ("Japan sanctions two North Korean arms buyers", {"person": 2}),
        ("US blacklists Mexican gang behind fentanyl trade", {"organization": 1}),
        ("The EU listed three criminal gangs that smuggle migrants.", {"organization": 3}),
    ],
)
def test_buyers_are_people_and_gangs_organizations(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


BALTIC_LEAD = "Estonia and Latvia banned 20 Russian officials on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a definite plural of states as subject refers back to the authorities before
        (
            "The two Baltic states have now barred 150 Russian citizens over the war.",
            {"person": 150},
        ),
        ("Both governments have since banned 31 Belarusian judges.", {"person": 31}),
        ("The two countries also barred four Iranian shipping firms.", {"organization": 4}),
        ("These nations have barred 12 Russian generals since 2022.", {"person": 12}),
    ],
)
def test_the_states_named_before_act_again(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = carried(claims_of, BALTIC_LEAD + text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Estonia", "Latvia"]
    assert counts(rows[1]) == expected


def test_an_indefinite_plural_of_states_names_no_authority(claims_of: Rows) -> None:
    rows = carried(claims_of, BALTIC_LEAD + "Several countries have barred Russian ships.")
    assert len(rows) == 1, rows
