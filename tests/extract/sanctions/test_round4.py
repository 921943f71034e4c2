"""Round 4 construction families of sanction claims (phrasings of our own, never a dev sentence)."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan on Tuesday froze the assets of nine people linked to the arms trade with "
            "Pyongyang, as well as three cargo ships.",
            {"person": 9, "vessel": 3},
        ),
        (
            "Canada has listed 14 officials who organised the vote, together with sanctions on "
            "five state media companies.",
            {"person": 14, "organization": 5},
        ),
        (
            "The EU will impose travel bans on 20 judges and prosecutors, and on six prison "
            "directors, diplomats said.",
            {"person": 26},
        ),
        (
            "Britain sanctioned 31 entities that supply drone engines, along with two Iranian "
            "cargo aircraft.",
            {"organization": 31, "aircraft": 2},
        ),
        (
            "New Zealand is designating 11 individuals behind the militia's financing, plus "
            "four tankers that carried its oil.",
            {"person": 11, "vessel": 4},
        ),
    ],
)
def test_a_later_counted_group_of_the_same_action_is_a_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_a_counted_group_in_a_relative_clause_is_no_target(claims_of: Rows) -> None:
    row = only(claims_of, "Australia sanctioned six firms that had chartered 40 tankers last year.")
    assert counts(row) == {"organization": 6}


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The EU listed eight firms on Monday, and Ottawa is expected to impose matching "
            "sanctions next week.",
            "Canada",
        ),
        (
            "Britain froze the assets of two banks, while Canberra was reported to have "
            "designated the same lenders.",
            "Australia",
        ),
        (
            "Washington sanctioned the refinery last month; Seoul is set to blacklist its owner "
            "too.",
            "South Korea",
        ),
        (
            "The United States blacklisted three brokers, and Japan was asked to sanction four "
            "tankers.",
            "Japan",
        ),
    ],
)
def test_the_passive_subject_of_a_raising_verb_acts_in_its_infinitive(
    claims_of: Rows, text: str, authority: str
) -> None:
    rows = claims_of(text, "sanction")
    assert [authority] in [r["sanction_authorities"] for r in rows], rows
    assert rows[-1]["sanction_authorities"] == [authority]


STORY = (
    "Japan on Monday froze the assets of 12 Russian officials. The United States listed the "
    "same officials in May. {}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government also lifted the asset freeze on one Cypriot insurer.",
        "Ministers have extended the export ban on dual-use goods until 2026.",
        "The Minister for Foreign Affairs will designate two more banks next week.",
        "The Treasury's sanctions unit delisted a shipping firm from Dubai.",
        "Separately, the foreign ministry blacklisted four tankers.",
    ],
)
def test_an_unnamed_government_is_the_story_s_own(claims_of: Rows, sentence: str) -> None:
    """Not the authority of the claim just before (a third country's)."""
    rows = claims_of(STORY.format(sentence), "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r["sanction_authorities"] for r in rows] == [["Japan"], ["United States"], ["Japan"]]


def test_an_unnamed_treasury_in_a_story_of_its_own_keeps_its_alias(claims_of: Rows) -> None:
    rows = claims_of("The Treasury on Friday sanctioned six tankers and their owners.", "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r["sanction_authorities"] for r in rows] == [["United States"]]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "TOKYO/SEOUL, March 3 (Asiawire) - South Korea on Monday blacklisted five North "
            "Korean bankers.",
            ["South Korea"],
        ),
        (
            "LONDON, Feb 9 (Reuters) - Canada has frozen the assets of three Belarusian officials.",
            ["Canada"],
        ),
        (
            "BRUSSELS - Switzerland will adopt the bloc's latest sanctions against four "
            "Iranian drone makers.",
            ["Switzerland"],
        ),
        (
            "Ottawa, 12 May 2025 \u2014 Japan imposed sanctions on 11 tankers of the shadow fleet.",
            ["Japan"],
        ),
    ],
)
def test_a_dateline_city_is_no_authority(claims_of: Rows, text: str, authority: list[str]) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authority


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia on Friday sanctioned four of the Iranian generals.", {"person": 4}),
        ("Japan has blacklisted two of Moscow's biggest oil traders.", {"organization": 2}),
        ("The EU will list five of the tankers next month.", {"vessel": 5}),
        ("Washington added three of those companies to its entity list.", {"organization": 3}),
        ("New Zealand banned eleven of the Russian officials from entering.", {"person": 11}),
    ],
)
def test_a_partitive_object_counts_its_kind(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


LEAD = "Canada on Tuesday sanctioned 14 people and 9 firms. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Those targeted include two bankers in Minsk and a Latvian insurer.",
            {"person": 2, "organization": 1},
        ),
        (
            "Those listed today include three shipping companies based in Dubai.",
            {"organization": 3},
        ),
        (
            "These named in the order include a Cypriot broker and its two owners.",
            {"organization": 1, "person": 2},
        ),
        (
            "Those hit by the measures include four tankers and a ship manager in Hong Kong.",
            {"vessel": 4, "organization": 1},
        ),
    ],
)
def test_a_pronoun_the_listing_describes_restates_the_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(LEAD + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["Canada"]


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
    rows = claims_of(LEAD + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


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
    ("text", "authority"),
    [
        ("Japan followed on Friday, saying it had adopted the same measures.", "Japan"),
        ("Switzerland said it would freeze the assets of the four bankers.", "Switzerland"),
        ("Britain announced that it has blacklisted two more shipping firms.", "United Kingdom"),
        ("Canada's foreign ministry said it was sanctioning 14 officials.", "Canada"),
    ],
)
def test_a_pronoun_subject_acts_for_the_state_that_reports_it(
    claims_of: Rows, text: str, authority: str
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == [authority]


@pytest.mark.parametrize(
    "text",
    [
        "Norway on Monday listed 12 firms and banned 20 tankers that Brussels had blacklisted in "
        "May. Those targeted include two Arctic shipping companies.",
        "Canada sanctioned nine officials and a bank that Japan blacklisted last year. The "
        "individuals include two judges.",
        "Australia designated six firms selling parts to a factory that Washington sanctioned "
        "last year. Two of the firms were also placed under an asset freeze.",
        "New Zealand listed 31 vessels that the UK had sanctioned earlier. The tankers listed "
        "include the OCEAN PEARL.",
    ],
)
def test_a_restatement_takes_the_main_action_of_the_sentence_before(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 3, rows  # the main action, a relative clause's, the restatement
    main = rows[0]["sanction_authorities"]
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert rows[-1]["sanction_authorities"] == main, rows


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
    "text",
    [
        "Banks that help Moscow could face sanctions, the minister warned.",
        "Russian oligarchs face new pressure from Western governments.",
        "Traders who breach the rules face penalties of up to ten years.",
        "Exporters face tougher export controls from next year.",
    ],
)
def test_a_threat_or_a_rule_that_one_faces_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four arms plants in Iran and their owners were also targeted.",
            {"organization": 4, "person": None},
        ),
        ("Two Turkish brokers were hit too.", {"organization": 2}),
        ("Three Emirati shipping firms have also been named.", {"organization": 3}),
        ("Nine more tankers are likewise blocked.", {"vessel": 9}),
        ("A Belarusian judge and two prosecutors were also targeted on Friday.", {"person": 3}),
    ],
)
def test_an_agentless_passive_with_also_is_a_claim_of_the_action_before(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of("Canada on Monday sanctioned 21 people. " + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected
    assert rows[1]["sanction_authorities"] == ["Canada"]


def test_an_agentless_passive_with_also_and_no_action_before_is_no_claim(
    claims_of: Rows,
) -> None:
    rows = claims_of("Two Turkish football clubs were hit too by the storm.", "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert [r for r in rows if r["sanction_authorities"]] == []


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
    "text",
    [
        "The ships on the blacklist are barred from EU ports and insurance.",
        "Under the rules the tankers are banned from calling at British ports.",
        "These vessels are barred from docking in Japanese harbours.",
        "Firms on the list are barred from bidding for public contracts.",
    ],
)
def test_what_listed_targets_may_not_do_is_an_effect_not_a_claim(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of("Britain sanctioned 40 tankers and 8 firms on Monday. " + text, "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "The act allows Canada to impose sanctions when human rights are abused.",
        "A new law empowers the president to freeze the assets of foreign officials.",
        "The regulation enables ministers to designate ships linked to the shadow fleet.",
        "The treaty permits member states to ban imports of Russian steel.",
    ],
)
def test_a_power_to_sanction_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "authority", "expected"),
    [
        (
            "Japan froze the assets of nine firms the US sanctioned in May.",
            ["United States"],
            {"organization": 9},
        ),
        (
            "Canada listed two banks, which Britain had designated in March.",
            ["United Kingdom"],
            {"organization": 2},
        ),
        (
            "Norway closed its ports to 14 tankers that the EU blacklisted last week.",
            ["European Union"],
            {"vessel": 14},
        ),
        (
            "Seoul barred six ships that Washington has sanctioned since 2023.",
            ["United States"],
            {"vessel": 6},
        ),
    ],
)
def test_a_relative_clause_s_action_targets_its_antecedent(
    claims_of: Rows, text: str, authority: list[str], expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    clause = [r for r in rows if r["sanction_authorities"] == authority]
    assert len(clause) == 1, rows
    assert counts(clause[0]) == expected


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
    ("text", "authority", "status"),
    [
        (
            "Japan froze the assets of 11 firms. South Korea followed suit on Tuesday.",
            ["South Korea"],
            "imposed",
        ),
        (
            "The EU adopted its sanctions package. Norway and Iceland are expected to align next month.",
            ["Norway", "Iceland"],
            "planned",
        ),
        ("Britain listed 20 tankers, and Canada will follow within days.", ["Canada"], "planned"),
        (
            "Washington blacklisted the bank. New Zealand is set to join in the coming weeks.",
            ["New Zealand"],
            "planned",
        ),
    ],
)
def test_a_state_that_follows_or_aligns_without_an_object_makes_a_claim(
    claims_of: Rows, text: str, authority: list[str], status: str
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == authority
    assert rows[1]["sanction_status"] == status


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply, and Australia is expected to follow.",
        "The talks will follow in May.",
        "Ministers said the report would follow next week.",
        "Canada joined the coalition in 2019.",
    ],
)
def test_following_outside_a_sanction_paragraph_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Dubai broker was also added to the list, together with its owner.",
            {"organization": 1, "person": 1},
        ),
        (
            "Two Latvian banks remain on the list, along with their chairman.",
            {"organization": 2, "person": 1},
        ),
        (
            "The insurer Baltic Cover was put on the list together with two of its managers.",
            {"organization": 1, "person": 2},
        ),
        ("A Turkish airline was named alongside three pilots.", {"organization": 1, "person": 3}),
    ],
)
def test_who_is_listed_together_with_a_member_is_a_target_too(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of("Canada on Monday sanctioned 21 firms. " + text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


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
    ("text", "authority"),
    [
        ("ICELAND FALLS IN LINE WITH EU'S 12TH PACKAGE", ["Iceland"]),
        ("Montenegro Falls Into Line With EU Sanctions Package", ["Montenegro"]),
        ("Norway fell in line with the EU's latest sanctions package on Friday.", ["Norway"]),
        ("Switzerland has fallen in line with the bloc's 16th package.", ["Switzerland"]),
    ],
)
def test_falling_in_line_with_a_package_aligns(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authority
    assert row["sanction_targets"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Treasury Hits Shipping Network, Blocks 9 Tankers", {"vessel": 9}),
        ("UK BLOCKS 20 SHADOW FLEET TANKERS", {"vessel": 20}),
        ("Japan Blocks Assets Of 4 Russian Banks", {"organization": 4}),
        ("Canada blocked 14 Iranian officials from entering the country.", {"person": 14}),
    ],
)
def test_blocking_counted_targets_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


def test_falling_without_in_line_is_no_sanction(claims_of: Rows) -> None:
    assert claims_of("Exports to Russia fell in May after the EU package.", "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They cover four banks in Minsk and a Latvian insurer.", {"organization": 5}),
        ("They include two Iranian generals.", {"person": 2}),
        ("They now include nine tankers of the shadow fleet.", {"vessel": 9}),
        ("They also cover 12 officials who organised the vote.", {"person": 12}),
    ],
)
def test_they_restates_the_measures_when_its_object_is_a_target_group(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    lead = "Britain imposed new sanctions on Tuesday. The measures take effect at once. "
    rows = claims_of(lead + text, "sanction")
    carry_sanctions(rows)  # type: ignore[arg-type]
    assert counts(rows[-1]) == expected
    assert rows[-1]["sanction_authorities"] == ["United Kingdom"]


def test_they_with_an_object_that_is_no_target_restates_nothing(claims_of: Rows) -> None:
    rows = claims_of("Britain imposed new sanctions. They cover oil and gas.", "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan sanctioned four banks in Russia, two in Belarus and one in Iran.",
            {"organization": 7},
        ),
        (
            "The list includes five tankers under Panama's flag and three under Gabon's.",
            {"vessel": 8},
        ),
        ("Britain designated six officials in Minsk and two in Grodno.", {"person": 8}),
        (
            "Canada listed 11 firms based in Dubai, four in Hong Kong and two in Istanbul.",
            {"organization": 17},
        ),
    ],
)
def test_numbers_that_leave_out_the_counted_noun_count_its_kind(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of("The United States sanctioned 30 firms. " + text, "sanction")
    assert counts(rows[-1]) == expected


def test_a_break_down_of_the_count_adds_no_targets(claims_of: Rows) -> None:
    row = only(claims_of, "Japan listed 12 banks, eight of them in Moscow and four in Kazan.")
    assert counts(row) == {"organization": 12}


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


def test_names_after_a_counted_ship_word_fold_into_its_count(claims_of: Rows) -> None:
    row = only(claims_of, "The EU listed three tankers, ALPHA SEA, BETA SEA and GAMMA SEA.")
    assert counts(row) == {"vessel": 3}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Japan listed two tankers, the KUM SAN 5 and the MYONG RYU, on Friday.", 2),
        ("Among the ships listed are the tankers EAST WIND, RED CAPE and NORD LIGHT 8.", 3),
    ],
)
def test_a_ship_s_number_keeps_one_name_per_ship(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of("Britain sanctioned 12 firms. " + text, "sanction")
    assert counts(rows[-1]) == {"vessel": count}


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
    ("text", "expected"),
    [
        (
            "Britain acts in parallel against 100 vessels and a Dubai insurer",
            {"vessel": 100, "organization": 1},
        ),
        ("Washington moves against three Chinese refiners.", {"organization": 3}),
        ("Canada on Friday acted against 14 Belarusian officials.", {"person": 14}),
        ("Japan will move against two more shipping companies next week.", {"organization": 2}),
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
    ],
)
def test_acting_against_no_target_group_or_by_no_state_is_no_sanction(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == []
