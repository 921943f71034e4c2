"""Sanction target families: the last counted group of a list after 'and' when the parser hung the
list's second group on the subject, owned appositions, headline descriptions, designation
categories, a second 'of' phrase, and breakdowns of a count."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department on Wednesday imposed visa bans on nine individuals, three "
            "companies and five vessels tied to the smuggling of oil.",
            {"person": 9, "organization": 3, "vessel": 5},
        ),
        (
            "Norway on Monday froze the assets of four people, two banks, and three tankers.",
            {"person": 4, "organization": 2, "vessel": 3},
        ),
        (
            "Australia sanctioned 14 individuals, 6 entities and 2 vessels over the attacks, the "
            "minister said.",
            {"person": 14, "organization": 6, "vessel": 2},
        ),
        (
            "The British Foreign Office on Monday imposed sanctions on six individuals, nine "
            "companies and three vessels it accused of moving fuel to militias.",
            {"person": 6, "organization": 9, "vessel": 3},
        ),
    ],
)
def test_last_counted_group_after_and(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday imposed sanctions on new targets. Among those designated are the "
            "shipping firm Arctic Line Holdings, its chairman Oleg Brovkin and the Minsk-based "
            "lessor Avia Rent.",
            {"organization": 2, "person": 1},
        ),
        (
            "Canada on Tuesday imposed sanctions on new targets. Those listed include the Ocean "
            "Crest Group, a holding based in Batumi, its chairman Giorgi Beridze, a Georgian "
            "national, and four affiliated shipping companies.",
            {"organization": 5, "person": 1},
        ),
        (
            "Canada on Tuesday imposed sanctions on new targets. Also listed were the trading "
            "company Silk Gate Ltd, its owner Rustam Aliyev and his son Timur Aliyev.",
            {"organization": 1, "person": 2},
        ),
        (
            "Canada listed Volta Metals Trading and Ali Karimi, its chief executive.",
            {"organization": 1, "person": 1},
        ),
    ],
)
def test_owned_apposition_with_a_name_is_the_next_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain on Monday imposed new sanctions. The targets include a regional transport "
            "commissioner and three aircraft lessors.",
            {"person": 1, "organization": 3},
        ),
        (
            "Canada sanctioned two aircraft lessors based in Sharjah.",
            {"organization": 2},
        ),
        (
            "Norway froze the assets of a Murmansk lessor and its director.",
            {"organization": 1, "person": 1},
        ),
        (
            "The European Union listed four helicopter lessors that served the army.",
            {"organization": 4},
        ),
    ],
)
def test_lessors_are_organizations(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada Sanctions 12 Captains Of Iran's Shadow Fleet Tankers", {"person": 12}),
        ("UK sanctions insurers behind Iran's shadow fleet", {"organization": None}),
        ("UK sanctions managers of Venezuelan oil tankers", {"person": None}),
        ("EU Blacklists 40 Crew Members Of Sanctioned Cargo Ships", {"person": 40}),
    ],
)
def test_headline_description_phrase_is_no_group(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday imposed sanctions on new targets. The gang was designated a foreign "
            "terrorist organization in May along with four other groups.",
            {"organization": 5},
        ),
        (
            "Washington designated the militia a terrorist organization last year.",
            {"organization": 1},
        ),
        (
            "The State Department on Tuesday designated the cartel a foreign terrorist "
            "organization.",
            {"organization": 1},
        ),
        (
            "Canada on Tuesday imposed sanctions on new targets. The network was designated a "
            "transnational criminal organization on Friday, together with six of its leaders.",
            {"organization": 1, "person": 6},
        ),
    ],
)
def test_category_object_is_no_target(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury's action froze the assets of the two brokers, Delta Trade and Ural "
            "Parts, and of three of their directors.",
            {"organization": 2, "person": 3},
        ),
        (
            "Britain froze the assets of the bank, and of its two owners.",
            {"organization": 1, "person": 2},
        ),
        (
            "Australia will freeze the assets of four shipping firms and of the two men who own "
            "them.",
            {"organization": 4, "person": 2},
        ),
        (
            "The order froze the funds of the exchange bureau, and of six of its couriers.",
            {"organization": 1, "person": 6},
        ),
    ],
)
def test_second_of_phrase_of_a_freeze(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway separately froze the assets of the head of the defence ministry's procurement "
            "office, Ivan Sokolov, and three army logistics commanders.",
            {"person": 4},
        ),
        (
            "Canada froze the funds of the director of the state port authority, Omar Haddad, "
            "and two customs officers.",
            {"person": 3},
        ),
        (
            "Japan sanctioned the chief of the army's drone programme, Col. Pavel Orlov, and two "
            "procurement officers.",
            {"person": 3},
        ),
        (
            "Britain designated the governor of the occupied region, Oleg Brun, and five of his "
            "deputies.",
            {"person": 6},
        ),
    ],
)
def test_group_after_the_name_of_an_of_phrase(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada on Tuesday imposed sanctions on new targets. A further four firms in third "
            "countries, three in Turkey and one in Armenia, were designated for helping Moscow.",
            {"organization": 4},
        ),
        (
            "Canada on Tuesday imposed sanctions on new targets. The list adds five banks abroad, "
            "four in Kazakhstan and one in Georgia.",
            {"organization": 5},
        ),
        (
            "Canada sanctioned six foreign traders, two in Oman and four in Qatar, on Friday.",
            {"organization": 6},
        ),
        (
            "Japan listed three companies in China, two in Turkey and one in Serbia.",
            {"organization": 6},
        ),
    ],
)
def test_numbers_that_break_a_count_down_add_nothing(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert last_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two banks in Armenia designated in May will be removed from the list of entities "
        "subject to export bans, officials said.",
        "Three firms listed in 2023 were taken off the sanctions list on Friday.",
        "A shipping company sanctioned last year was delisted on Monday after it sold its tankers.",
        "Four people designated in March will be delisted, the ministry said.",
    ],
)
def test_history_of_a_delisted_subject_is_no_action(claims_of: Rows, text: str) -> None:
    rows = claims_of("Japan on Tuesday announced new measures. " + text, "sanction")
    assert [r["sanction_status"] for r in rows[1:]] == ["lifted"]
