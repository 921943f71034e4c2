"""Round 5, second step: construction families of sanction claims read from the errors on dev_i
(a page set that was blind when measured); phrasings of our own, never a dev sentence."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


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
        ("Ukraine, 12 May: 26 persons sanctioned", {"person": 26}),
        (
            "Canada in September: 40 persons and 6 entities sanctioned",
            {"person": 40, "organization": 6},
        ),
        (
            "Australia on Monday: nine Iranian officials sanctioned, two banks blacklisted",
            {"person": 9},
        ),
        ("UPDATE - Britain: 11 more tankers designated", {"vessel": 11}),
    ],
)
def test_a_passive_without_its_auxiliary_takes_its_subject_as_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert counts(rows[0]) == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "Britain sanctioned three generals on Friday.",
        "Canada designated two shipping firms last week.",
    ],
)
def test_an_active_verb_s_subject_is_never_its_target(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_targets"] and all(t["count"] for t in row["sanction_targets"])


def test_a_counted_group_with_a_participle_in_a_clause_is_the_clause_s(claims_of: Rows) -> None:
    rows = claims_of(
        "Three banks in Armenia listed in March 2024 will be removed from the list.", "sanction"
    )
    assert [r["sanction_status"] for r in rows] == ["lifted"], rows


@pytest.mark.parametrize(
    ("text", "authorities"),
    [
        (
            "This action was taken in coordination with Britain and the United States, which "
            "on Monday announced sanctions against the same group.",
            ["United Kingdom", "United States"],
        ),
        (
            "The measures mirror those of Australia and New Zealand, which have frozen the "
            "assets of six generals.",
            ["Australia", "New Zealand"],
        ),
        (
            "Kyiv welcomed the step by Canada and Japan, which blacklisted 40 Russian tankers "
            "on Tuesday.",
            ["Canada", "Japan"],
        ),
        (
            "The list was drawn up with Switzerland and Norway, which will both freeze the "
            "assets of the two banks.",
            ["Switzerland", "Norway"],
        ),
    ],
)
def test_a_relative_clause_after_coordinated_names_is_about_all_of_them(
    claims_of: Rows, text: str, authorities: list[str]
) -> None:
    assert only(claims_of, text)["sanction_authorities"] == authorities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU listed 25 gang members, suppliers and facilitators on Monday.", {"other": 25}),
        ("Britain sanctioned 14 smugglers, boat dealers and drivers.", {"other": 14}),
        ("Forty officials, banks and judges were designated by Canada on Friday.", {"other": 40}),
        ("Canada listed 11 individuals, entities and two ships.", {"other": 11, "vessel": 2}),
    ],
)
def test_one_count_over_a_list_of_mixed_kinds_covers_every_word_of_it(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    assert len(row["sanction_targets"]) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Switzerland froze 43 bank accounts linked to the cartel.", {"other": 43}),
        ("Canada said it had frozen 12 accounts held by the two men.", {"other": 12}),
        ("Japan will freeze 300 crypto accounts tied to the network.", {"other": 300}),
        ("Twenty-six bank accounts were frozen by Australia on Monday.", {"other": 26}),
    ],
)
def test_counted_accounts_frozen_are_a_group_of_their_own(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed sanctions on 12 officials and the heads of five prisons.", {"person": 17}),
        ("The EU listed the chiefs of three arms factories.", {"person": 3}),
        ("Britain sanctioned the governors of four occupied regions on Friday.", {"person": 4}),
        ("Japan froze the assets of the heads of two state banks.", {"person": 2}),
    ],
)
def test_holders_of_a_role_in_counted_places_are_as_many_persons(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert counts(row) == expected
    assert text[row["span_start"] : row["span_end"]].split()[-1] not in {"of", "five", "three"}
