"""Sanction target families: names set off by a comma after a counted group that the parser made
a second subject, or hung on the first item of the coordination, are the group's members and
take its kind; of the several subjects of 'Among those listed are ...', the first opens the
list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


def _last(claims_of: Rows, text: str) -> dict[str, int | None]:
    rows = claims_of(text, "sanction")
    assert rows, text
    return counts(rows[-1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two fishing operators, Arctic Haul JSC and Murman Seafood LLC, were listed by "
            "Norway in the new round.",
            {"organization": 2},
        ),
        (
            "Canada sanctioned two navy admirals, Rear Adm. Igor Volkov and Vice Adm. Pavel "
            "Orlov, on Friday.",
            {"person": 2},
        ),
        (
            "Among those named today are the militia leader Issa Kone and two of his deputies, "
            "Moussa Traore and Adama Cisse.",
            {"person": 3},
        ),
        (
            "Two former mayors, Jean-Rony Estime and Carline Dorvil, were named alongside three "
            "gang leaders.",
            {"person": 5},
        ),
    ],
)
def test_names_after_a_counted_group_are_its_members(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert _last(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among those listed are the gang leader Jean Simon and two former customs officials, "
            "Marie Saint-Cyr and Paul Jean-Louis.",
            {"person": 3},
        ),
        (
            "Among those sanctioned are the port director Ali Omar and two former customs "
            "inspectors, Samira Ben-Ali and Karim El-Amin.",
            {"person": 3},
        ),
        (
            "Among those designated on Monday are the cartel accountant Luis Ortega and two "
            "former bank clerks, Ana Saint-Pierre and Jose Luis-Martin.",
            {"person": 3},
        ),
        (
            "Among those named are the party treasurer Ramon Diaz and three senators, Carla "
            "Mendez-Ruiz, Jorge Lima and Ana Torres.",
            {"person": 4},
        ),
    ],
)
def test_the_first_of_several_listed_subjects_opens_the_list(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert _last(claims_of, text) == expected


def test_a_name_joined_by_and_to_a_counted_group_stays_a_target(claims_of: Rows) -> None:
    text = "The Treasury added the other four men and Anadolu Gold Transfer to its list."
    assert _last(claims_of, text) == {"person": 4, "organization": 1}


@pytest.mark.parametrize(
    ("text", "sources", "expected"),
    [
        (
            "According to two senior officials, Japan froze the assets of five firms on Friday.",
            2,
            {"organization": 5},
        ),
        (
            "According to three inspectors, the EU will sanction 12 tankers next week.",
            3,
            {"vessel": 12},
        ),
        (
            "According to four senators, the Treasury has blacklisted eleven shipping companies.",
            4,
            {"organization": 11},
        ),
        (
            "According to three EU officials, Canada sanctioned nine people on Monday.",
            3,
            {"person": 9},
        ),
    ],
)
def test_the_count_of_a_report_s_sources_is_a_quantity(
    claims_of: Rows, text: str, sources: int, expected: dict[str, int | None]
) -> None:
    assert [q["quantity_value"] for q in claims_of(text, "quantity")] == [sources]
    assert _last(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four of the captains and the Panama registry firm Oceanic Flags were designated by "
            "Britain.",
            {"person": 4, "organization": 1},
        ),
        (
            "Two of his cousins and the Lagos trading firm Delta Crest Ltd were also sanctioned "
            "by the Treasury.",
            {"person": 2, "organization": 1},
        ),
        (
            "Five of the officers and the Minsk arms company Belspetsexport were blacklisted by "
            "Canada.",
            {"person": 5, "organization": 1},
        ),
        (
            "Two of his brothers and the Sonora freight firm Transportes Rio Bravo were also "
            "named by the Treasury.",
            {"person": 2, "organization": 1},
        ),
    ],
)
def test_a_group_joined_after_a_counted_part_is_its_own(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert _last(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China's commerce ministry said it firmly opposed the listing and would take "
        '"necessary measures".',
        "Beijing's foreign ministry said it would take necessary measures to protect Chinese "
        "firms.",
        "Iran said it would take resolute measures against the decision.",
        'Russia\'s foreign ministry said Moscow would take "necessary measures" in response to '
        "the new listings.",
    ],
)
def test_measures_described_only_as_fitting_are_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


def test_fitting_measures_against_targets_are_a_claim(claims_of: Rows) -> None:
    text = "The ministry said it would take appropriate measures against three Dutch firms."
    assert _last(claims_of, text) == {"organization": 3}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain sanctioned three more of the network's couriers on Tuesday.", {"person": 3}),
        ("Canada designated five more of the gang's leaders in June.", {"person": 5}),
        ("Japan froze the assets of two more of the group's banks.", {"organization": 2}),
        ("Australia listed four more of the junta's generals on Monday.", {"person": 4}),
    ],
)
def test_a_number_before_more_counts_the_part(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert _last(claims_of, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Australia is expected to announce similar measures next month, while the United "
        "Kingdom added 9 of the firms to its list in June.",
        "Japan will announce its own listings next week, while Canada sanctioned 12 of the same "
        "officials in March.",
        "The EU plans to blacklist the tankers, whereas Britain designated 30 of them last year.",
        "New Zealand is expected to follow, and Australia listed the four men on Tuesday.",
    ],
)
def test_a_past_action_with_its_own_subject_is_no_plan(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["planned", "imposed"]


def test_a_verb_sharing_the_subject_keeps_the_modal(claims_of: Rows) -> None:
    text = "Japan will freeze the assets of five firms and ban exports to three banks."
    assert [r["sanction_status"] for r in claims_of(text, "sanction")] == ["planned"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada imposed sanctions on 15 tankers, and on 60 Russian individuals and entities "
            "that own them.",
            {"vessel": 15, "other": 60},
        ),
        (
            "The EU listed 20 tankers, together with measures on 15 individuals and entities in "
            "Russia.",
            {"vessel": 20, "other": 15},
        ),
        (
            "Australia imposed sanctions on 25 tankers, and on 40 Iranian officials and companies.",
            {"vessel": 25, "other": 40},
        ),
        (
            "Canada sanctioned 11 aircraft, together with restrictions on 22 people and entities "
            "in Belarus.",
            {"aircraft": 11, "other": 22},
        ),
    ],
)
def test_a_later_group_s_count_is_shared_by_its_coordinated_kinds(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert _last(claims_of, text) == expected
