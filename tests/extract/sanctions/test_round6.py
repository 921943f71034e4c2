"""Round 6: construction families of sanction claims counted on the errors of dev_j (blind until
this round), dev_i and dev_h; each family in sentences of our own, never a dev sentence."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


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
        "The Security Council renewed its Libya sanctions regime for another year on Friday.",
        "The EU extended its cyber sanctions regime by one year.",
        "Canada has prolonged its Myanmar sanctions programme until 2027.",
        "The Council will renew the human rights sanctions regime in December.",
    ],
)
def test_a_renewed_regime_names_no_target_group(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] in ("extended", "planned")
    assert row["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed four officials over the crackdown. The Council also extended the "
        "regime by one year.",
        "Brussels sanctioned two generals on Monday and prolonged the framework until 2027.",
        "Britain froze the assets of three judges. Ministers renewed the framework in April.",
        "The bloc imposed sanctions on six militia leaders. It will extend the regime next year.",
    ],
)
def test_a_sanctions_framework_renewed_in_a_sanctions_text_is_a_claim(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    renewed = [r for r in rows if r["sanction_status"] in ("extended", "planned")]
    assert len(renewed) == 1, rows
    assert renewed[0]["sanction_targets"] == []


def test_a_political_regime_is_no_framework(claims_of: Rows) -> None:
    text = "The army extended the regime's grip on the capital last year."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "The move follows Washington's decision in May to sanction five of the same officials.",
            ["United States"],
            {"person": 5},
        ),
        (
            "Kyiv welcomed Britain's decision to designate 12 Russian shipping firms.",
            ["United Kingdom"],
            {"organization": 12},
        ),
        (
            "The president signed a decree enacting Japan's decision to blacklist 20 tankers.",
            ["Japan"],
            {"vessel": 20},
        ),
        (
            "The vote followed Canada's decision last month to designate six gang leaders.",
            ["Canada"],
            {"person": 6},
        ),
    ],
)
def test_a_decision_to_sanction_a_group_is_the_possessor_s_claim(
    claims_of: Rows, text: str, authority: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authority
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the second refinery to be sanctioned this month.",
        "Ministers face a decision to sanction nobody at all.",
    ],
)
def test_an_infinitive_that_describes_or_names_no_group_is_no_claim(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway froze the assets of two Syrian firms and barred 12 of their tankers from its "
            "ports.",
            {"organization": 2, "vessel": 12},
        ),
        (
            "Ottawa designated three banks and blacklisted two of their subsidiaries.",
            {"organization": 5},
        ),
        (
            "Japan sanctioned a Hong Kong trader and froze the assets of four of its managers.",
            {"organization": 1, "person": 4},
        ),
        (
            "The Treasury listed two shipping groups on Tuesday and blocked nine of their vessels.",
            {"organization": 2, "vessel": 9},
        ),
    ],
)
def test_a_coordinated_action_on_part_of_a_group_adds_its_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two bankers were also designated, as was a shipping firm based in Dubai.",
            {"person": 2, "organization": 1},
        ),
        (
            "Four officials have been sanctioned, as has the Cyprus-based company Delta Marine.",
            {"person": 4, "organization": 1},
        ),
        (
            "Three tankers will be blacklisted by Britain, as will their operator in Dubai.",
            {"vessel": 3, "organization": 1},
        ),
        (
            "The judge was added to the list on Monday, as were two of her deputies.",
            {"person": 3},
        ),
    ],
)
def test_a_group_added_by_as_was_is_a_target_of_the_same_action(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "The EU announced the easing of sanctions on three Syrian banks.",
            "lifted",
            {"organization": 3},
        ),
        (
            "The decision follows the extension of the asset freeze on 40 officials until 2027.",
            "extended",
            {"person": 40},
        ),
        (
            "Britain approved the suspension of restrictions on two Syrian airlines on Friday.",
            "lifted",
            {"organization": 2},
        ),
        (
            "The vote follows the lifting in March of restrictions on two Syrian airlines.",
            "lifted",
            {"organization": 2},
        ),
        (
            "Canada announced the delisting last week of two Syrian banks.",
            "lifted",
            {"organization": 2},
        ),
    ],
)
def test_an_action_noun_gives_the_status(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Sanctions relief for 12 Syrian banks, including the state lender.",
            "lifted",
            {"organization": 12},
        ),
        ("Extension of the asset freeze on 40 Belarusian officials", "extended", {"person": 40}),
        (
            "Suspension of sanctions against two Iranian shipping firms",
            "lifted",
            {"organization": 2},
        ),
        ("Renewal of the travel ban on 15 Russian judges", "extended", {"person": 15}),
    ],
)
def test_a_verbless_heading_with_an_action_noun_is_a_claim(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


def test_a_heading_about_relief_for_no_group_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("Sanctions relief for the economy", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today's step follows the designation on May 4 of 12 companies tied to the drone "
            "program.",
            {"organization": 12},
        ),
        ("The order follows the listing in January of nine Russian tankers.", {"vessel": 9}),
        ("Canada announced the delisting last week of two Syrian banks.", {"organization": 2}),
        (
            "The EU announced the designation on 3 March of four Iranian officials.",
            {"person": 4},
        ),
    ],
)
def test_an_of_phrase_after_a_date_belongs_to_the_listing_noun(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "Britain, France jointly sanction Sudanese militia commanders",
            ["United Kingdom", "France"],
        ),
        ("Canada, Australia impose travel bans on Fijian officials", ["Canada", "Australia"]),
        ("Japan, South Korea blacklist six North Korean hackers", ["Japan", "South Korea"]),
        ("EU, UK freeze assets of Belarusian judges", ["European Union", "United Kingdom"]),
    ],
)
def test_a_heading_s_comma_listed_actors_all_act(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two bankers were also listed, as was a trading firm registered in Laos.",
            {"person": 2, "organization": 1},
        ),
        (
            "Its chief executive remains listed, as does the company's main lender.",
            {"person": 1, "organization": 1},
        ),
        (
            "Three captains were also added to the list, as was their shipping company.",
            {"person": 3, "organization": 1},
        ),
        (
            "Four tankers were put on the list in May, as were two Greek ship operators.",
            {"vessel": 4, "organization": 2},
        ),
    ],
)
def test_as_was_adds_a_group_to_a_list_membership(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


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
    ("text", "authorities"),
    [
        (
            "SEOUL, Sept 12 (Pacific Wire) - South Korea and Japan on Monday jointly listed three "
            "North Korean traders.",
            ["South Korea", "Japan"],
        ),
        (
            "SEOUL, Nov 4 (Han Wire) - South Korea and Australia on Friday jointly sanctioned two "
            "North Korean shipping firms.",
            ["South Korea", "Australia"],
        ),
        (
            "TOKYO, May 3 (Harbor Wire) - Japan and South Korea on Friday jointly sanctioned six "
            "North Korean hackers.",
            ["Japan", "South Korea"],
        ),
        (
            "LONDON, June 4 (City Wire) - Britain and Canada on Monday jointly sanctioned four "
            "Russian tankers.",
            ["United Kingdom", "Canada"],
        ),
    ],
)
def test_joint_actors_after_a_dateline_all_act(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "status", "authorities", "expected"),
    [
        (
            "Following its yearly review, the Council removed three persons from the list.",
            "lifted",
            ["European Union"],
            {"person": 3},
        ),
        (
            "Following a court ruling, Britain lifted the asset freeze on two Syrian bankers.",
            "lifted",
            ["United Kingdom"],
            {"person": 2},
        ),
        (
            "Following talks in Brussels, Norway aligned with the EU's sanctions on 20 Russian "
            "firms.",
            "imposed",
            ["Norway"],
            {"organization": 20},
        ),
        (
            "Following the vote, Canada renewed its asset freeze on six Haitian gang leaders.",
            "extended",
            ["Canada"],
            {"person": 6},
        ),
    ],
)
def test_following_as_a_preposition_of_time_is_no_action(
    claims_of: Rows, text: str, status: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert (row["sanction_status"], row["sanction_authorities"]) == (status, authorities)
    assert counts(row) == expected
    assert not text[row["span_start"] : row["span_end"]].startswith("Following")


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
            "Ottawa has sanctioned 14 smugglers and six hawala houses since March.",
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
    ("text", "status", "expected"),
    [
        ("Canada said it would bar entry to the six individuals.", "planned", {"person": 6}),
        ("Latvia denied entry to 12 Georgian officials on Tuesday.", "imposed", {"person": 12}),
        (
            "The two generals have been refused entry to the United Kingdom.",
            "imposed",
            {"person": 2},
        ),
        ("Poland will deny visas to 30 Belarusian judges.", "planned", {"person": 30}),
    ],
)
def test_entry_refused_to_a_target_group_is_a_ban(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Border guards refused entry to a group of tourists.",
        "Heavy snow blocked entry to the village.",
    ],
)
def test_entry_refused_to_no_target_group_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "Mexico's financial intelligence unit said it froze 40 bank accounts linked to the "
            "cartel.",
            ["Mexico"],
        ),
        ("Kenya imposed a travel ban on three Sudanese militia leaders.", ["Kenya"]),
        ("Sanctions were imposed by Argentina on two Iranian officials on Monday.", ["Argentina"]),
        ("Activists welcomed Brazil's decision to sanction four Venezuelan officials.", ["Brazil"]),
        ("Saudi Arabia froze the assets of five Houthi commanders.", ["Saudi Arabia"]),
    ],
)
def test_a_state_in_an_actor_s_place_is_the_authority(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        ("Britain sanctioned two firms in Kenya.", ["United Kingdom"]),
        ("Two firms based in Turkey were sanctioned by Japan.", ["Japan"]),
        ("The EU listed a Mexican cartel and three firms in Argentina.", ["European Union"]),
        ("Canada froze the assets of four traders from Chile and Peru.", ["Canada"]),
    ],
)
def test_a_state_anywhere_else_is_a_place(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela faces new sanctions on its oil firms.",
        "Cuba has been under US sanctions since 1962.",
    ],
)
def test_a_state_under_sanctions_is_no_authority(claims_of: Rows, text: str) -> None:
    assert all(r["sanction_authorities"] != ["Venezuela"] for r in claims_of(text, "sanction"))
    assert all(r["sanction_authorities"] != ["Cuba"] for r in claims_of(text, "sanction"))


def _carried(named: list[list[str]]) -> list[str]:
    """The authority 'the Treasury' takes in a story whose other claims name `named`."""
    from claims.extract.sanctions.carry import carry_sanctions

    rows: list[dict[str, Any]] = [
        {
            "segment": "body",
            "subject": "it",
            "sanction_authorities": a,
            "sanction_date": None,
            "confidence": 0.8,
            "restated": False,
        }
        for a in named
    ]
    rows.append(
        {
            "segment": "body",
            "subject": "The Treasury",
            "sanction_authorities": [],
            "sanction_date": None,
            "confidence": 0.8,
            "restated": False,
        }
    )
    carry_sanctions(rows)  # type: ignore[arg-type]
    return list(rows[-1]["sanction_authorities"])


def test_an_unnamed_treasury_is_an_alias_state_s_of_equals() -> None:
    assert _carried([["Mexico"], ["United States"]]) == ["United States"]
    assert _carried([["Kenya"], ["United Kingdom"]]) == ["United Kingdom"]


def test_an_unnamed_treasury_is_the_state_named_most() -> None:
    assert _carried([["Mexico"], ["Mexico"], ["United States"]]) == ["Mexico"]
    assert _carried([["Japan"], ["United States"]]) == ["Japan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The three men, two Syrian nationals and a Lebanese trader, were added to the UN list.",
            {"person": 3},
        ),
        (
            "The individuals, two Iranian officers and a Chinese banker, were listed on Monday.",
            {"person": 3},
        ),
        (
            "Britain sanctioned the officers, two generals and a colonel, on Friday.",
            {"person": 3},
        ),
        (
            "The four firms, three shipping companies and a bank, were sanctioned by Canada.",
            {"organization": 4},
        ),
    ],
)
def test_members_listed_between_commas_are_the_group_itself(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada today removed 12 entities from its list, among them the National Bank of Syria "
            "and two state shipping companies.",
            {"organization": 12},
        ),
        (
            "The EU sanctioned 40 companies, among them three Chinese drone makers.",
            {"organization": 40},
        ),
        (
            "Restrictions will be imposed on 20 individuals and 30 entities, among them 9 entities "
            "located in third countries.",
            {"person": 20, "organization": 30},
        ),
        (
            "Britain designated 25 people on Monday, among them two judges and a prison governor.",
            {"person": 25},
        ),
    ],
)
def test_among_them_names_part_of_the_counted_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Omega Freight LLC, one of the firms sanctioned today, arranged most of the shipments.",
        "Harbor Line Ltd, one of the firms blacklisted on Friday, owns the ship.",
        "Delta Marine Co, one of the companies designated in May, manages the tankers.",
        "Nordic Star Trading, one of the entities listed by Japan, was founded in 2019.",
    ],
)
def test_a_name_one_of_the_group_listed_is_the_target(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[0]) == {"organization": 1}


@pytest.mark.parametrize(
    ("text", "authorities", "expected"),
    [
        (
            "Singapore's central bank gave effect to the UN designation of four North Korean "
            "traders.",
            ["Singapore"],
            {"organization": 4},
        ),
        (
            "Ottawa will give effect to the new UN designations of two shipping firms.",
            ["Canada"],
            {"organization": 2},
        ),
        (
            "The Monetary Authority of Singapore today amended its rules to give effect to the "
            "designation of two individuals and one entity by the UN Security Council.",
            ["Singapore"],
            {"person": 2, "organization": 1},
        ),
        ("Regulator Gives Effect to New UN Designations", [], {}),
    ],
)
def test_giving_effect_to_another_s_designations_is_the_giver_s_claim(
    claims_of: Rows, text: str, authorities: list[str], expected: dict[str, int]
) -> None:
    row = claims_of(text, "sanction")[0]
    assert row["sanction_authorities"] == authorities
    assert counts(row) == expected


def test_giving_effect_to_a_contract_is_no_claim(claims_of: Rows) -> None:
    assert claims_of("The court gave effect to the contract signed in May.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The Monetary Authority of Singapore (MAS) issued new rules on Monday. MAS lifted the "
            "restrictions on one bank.",
            ["Singapore"],
        ),
        (
            "The Financial Intelligence Unit of Mexico (UIF) published a report. The UIF froze "
            "the accounts of 30 firms.",
            ["Mexico"],
        ),
        (
            "The Foreign Ministry of Japan (MOFA) met envoys on Monday. MOFA also banned four "
            "Russian officials from entering.",
            ["Japan"],
        ),
        (
            "The Office of Financial Sanctions Implementation of the UK (OFSI) met on Monday. "
            "OFSI froze the assets of two brokers.",
            ["United Kingdom"],
        ),
    ],
)
def test_an_acronym_the_text_defines_names_its_authority(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert claims_of(text, "sanction")[-1]["sanction_authorities"] == authorities


def test_an_acronym_of_no_state_names_none(claims_of: Rows) -> None:
    text = "The Federal Reserve (FED) met on Monday. FED froze the assets of two banks."
    assert claims_of(text, "sanction")[-1]["sanction_authorities"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was Seoul's third round of sanctions this year, bringing the total to 90 "
            "individuals and 40 organizations.",
            {"person": 90, "organization": 40},
        ),
        (
            "The new listings bring the total to 300 people and 120 entities.",
            {"person": 300, "organization": 120},
        ),
        (
            "Monday's designations bring to 45 the number of officials Japan has sanctioned since "
            "2022, as well as 12 companies.",
            {"person": 45, "organization": 12},
        ),
        (
            "With Friday's sanctions the tally rose to 61 tankers and 14 shipping firms.",
            {"vessel": 61, "organization": 14},
        ),
    ],
)
def test_a_total_counted_before_each_group_counts_each_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "The two men, a Syrian broker and his Lebanese partner, were added to the UN list for "
            "arms smuggling.",
            ["UN Security Council"],
        ),
        ("Three Iranian officers were added to the EU list on Monday.", ["European Union"]),
        ("Two tankers were put on the UN blacklist in March.", ["UN Security Council"]),
        ("Five Belarusian judges were added to Canada's sanctions list.", ["Canada"]),
    ],
)
def test_the_owner_of_the_list_targets_are_added_to_acts(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


def test_a_list_with_no_owner_names_no_authority(claims_of: Rows) -> None:
    text = "Four judges were added to the sanctions list on Friday."
    assert only(claims_of, text)["sanction_authorities"] == []


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
        ("The Treasury froze the funds of 12 firms.", {"organization": 12}),
        ("Britain froze the assets of two banks.", {"organization": 2}),
        ("Two Iranian banks froze the accounts of the opposition leader.", {"person": 1}),
        ("Japan will freeze the holdings of three Russian oligarchs.", {"person": 3}),
    ],
)
def test_a_state_s_freeze_of_funds_counts_their_owners(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected
