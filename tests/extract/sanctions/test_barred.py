"""Barring target ships or people from ports, waters or a country is a sanction on them, in any
voice ('were barred from entering ...', 'barred three freighters from its ports'), and so is
closing a place or refusing entry to a target group; with no target group it is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six tankers were barred from Canadian ports on Monday.", {"vessel": 6}),
        ("The two ships are now barred from entering Japanese waters.", {"vessel": 2}),
        ("Seoul barred three North Korean freighters from its ports.", {"vessel": 3}),
        ("Nine vessels will be barred from docking in Australia.", {"vessel": 9}),
        ("Four Belarusian officials have been barred from entering the bloc.", {"person": 4}),
        # a state pronoun reported by the state itself acts on the names it bars
        (
            "The State Department said it was barring Ruiz, his wife and their two"
            " sons from entering the country.",
            {"person": 4},
        ),
        ("Ottawa said it had banned Mirela Kostova from travelling to Canada.", {"person": 1}),
        ("Tokyo says it will bar Otto Brenner and his son from entering Japan.", {"person": 2}),
        ("London said it barred the tanker Grey Heron from British ports.", {"vessel": 1}),
        ("Canberra barred Grey Heron from entering Australian ports.", {"organization": 1}),
    ],
)
def test_barring_targets_is_a_sanction(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The firms were designated, and Americans are barred from dealing with them.", 1),
        ("EU companies will be barred from transactions with the sanctioned entities.", 0),
        ("Under the rules, Canadians are barred from dealing with the listed bankers.", 0),
        ("Britons were banned from doing business with the blacklisted traders.", 0),
    ],
)
def test_barring_others_from_dealing_with_targets_is_an_effect(
    claims_of: Rows, text: str, claims: int
) -> None:
    assert len(claims_of(text, "sanction")) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom barred 12 officials from entering the country.",
        "Canada banned three tankers from its ports on Friday.",
    ],
)
def test_barring_targets_from_a_place_stays_an_imposition(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "imposed"


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        ("Oslo shuts its ports to two Russian fishing groups", "imposed", {"organization": 2}),
        (
            "Canada closed its airspace to Russian airlines in 2022.",
            "imposed",
            {"organization": None},
        ),
        (
            "Britain will close its ports to 12 tankers of the shadow fleet.",
            "planned",
            {"vessel": 12},
        ),
        ("Norway has shut its waters to three fishing firms.", "imposed", {"organization": 3}),
    ],
)
def test_closing_a_place_to_targets_is_a_ban(
    claims_of: Rows, text: str, status: str, expected: dict[str, int | None]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    ["The storm closed the port to all shipping.", "The city closed its border to tourists."],
)
def test_closing_a_place_to_no_target_group_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


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
