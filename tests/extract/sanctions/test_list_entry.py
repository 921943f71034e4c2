"""Putting a target group or a name onto a sanctions list is a sanction action ('placed two
brokers on its list'), and a verb that does so after another action in the same sentence is an
action of its own: two claims."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried, counts, only


@pytest.mark.parametrize(
    ("text", "authorities", "status", "expected"),
    [
        (
            "Last year Canberra put 14 Iranian companies on the list.",
            ["Australia"],
            "imposed",
            {"organization": 14},
        ),
        (
            "Since 2023 Brussels has placed more than 40 shipping firms onto its list.",
            ["European Union"],
            "imposed",
            {"organization": 40},
        ),
        (
            "On Monday the Treasury added two Belarusian officials to its list.",
            ["United States"],
            "imposed",
            {"person": 2},
        ),
        (
            "Japan will add the tanker OCEAN PEARL to its list next week.",
            ["Japan"],
            "planned",
            None,
        ),
    ],
)
def test_onto_a_list_is_an_action(
    claims_of: Rows,
    text: str,
    authorities: list[str],
    status: str,
    expected: dict[str, int] | None,
) -> None:
    row = only(claims_of, text)
    assert row["sanction_authorities"] == authorities
    assert row["sanction_status"] == status
    if expected is not None:
        assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Britain imposed asset freezes on four generals and added a fifth officer to its "
            "list on Tuesday.",
            {"person": 4},
            {"person": 1},
        ),
        (
            "Washington sanctioned 12 firms and put three cargo vessels on the list.",
            {"organization": 12},
            {"vessel": 3},
        ),
        (
            "Ottawa froze the accounts of five bankers, and placed two more people on its list.",
            {"person": 5},
            {"person": 2},
        ),
        (
            "Seoul banned six generals from entering the country and has added two more "
            "officers to its list.",
            {"person": 6},
            {"person": 2},
        ),
    ],
)
def test_a_second_verb_onto_a_list_is_its_own_claim(
    claims_of: Rows, text: str, first: dict[str, int], second: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[0]) == first
    assert counts(rows[1]) == second


@pytest.mark.parametrize(
    "text",
    [
        "The editors added a new chapter to the list of readings.",
        "She added her name to the list of speakers at the conference.",
        "Organisers put two more bands on the list for the festival.",
        "The coach placed three players on the injury list.",
    ],
)
def test_other_lists_are_no_sanction(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


def test_a_participle_onto_a_list_stays_in_the_claim(claims_of: Rows) -> None:
    row = only(
        claims_of,
        "Canada on Monday imposed new sanctions on Iran, placing 11 officials and four "
        "firms on its list.",
    )
    assert counts(row) == {"person": 11, "organization": 4}
