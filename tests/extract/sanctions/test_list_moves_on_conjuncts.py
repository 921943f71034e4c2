"""A verb that moves target groups onto or off a sanctions list is an action though the parser
hangs the list's preposition on the last of the coordinated groups ('struck four firms and 20
people off its list'), and a Schedule of a law is such a list."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "Colombo struck four exile groups and 120 individuals off its terrorism list.",
            "lifted",
            {"organization": 4, "person": 120},
        ),
        (
            "Seoul has placed 40 individuals and 12 entities on its restricted list.",
            "imposed",
            {"person": 40, "organization": 12},
        ),
        (
            "Pakistan put three clerics and two charities on its watch list on Friday.",
            "imposed",
            {"person": 3, "organization": 2},
        ),
        (
            "Islamabad removed 150 people from the Fourth Schedule after a review.",
            "lifted",
            {"person": 150},
        ),
    ],
)
def test_list_moves_with_coordinated_groups(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == status
    assert counts(row) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The province put 112 on the Fourth Schedule in March.", 112),
        ("Canada added 14 to its sanctions list on Friday.", 14),
        ("Govt puts 86 on Fourth Schedule", 86),
        ("The Punjab government placed 75 on the Fourth Schedule last year.", 75),
    ],
)
def test_a_bare_count_put_on_a_list(claims_of: Rows, text: str, count: int) -> None:
    row = only(claims_of, text)
    assert sum(t["count"] or 0 for t in row["sanction_targets"]) == count


@pytest.mark.parametrize(
    "text",
    ["The coach put 11 on the team sheet.", "The club added 20 to its roster."],
)
def test_a_bare_count_on_another_list_is_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Tashkent added 11 people to its terror list. It also struck two names off."
            " The list now stands at 1,208 people.",
            1208,
        ),
        ("Canada listed nine firms on Monday. Its list now numbers 350 entities.", 350),
        ("Japan delisted two banks. The register now stands at 412 entities.", 412),
        ("Seoul blacklisted four traders. The list now totals 96 people.", 96),
    ],
)
def test_the_list_told_before_now_stands_at(claims_of: Rows, text: str, count: int) -> None:
    rows = claims_of(text, "sanction")
    assert rows and counts(rows[-1]) in ({"person": count}, {"organization": count}), rows


def test_another_list_standing_at_a_count_is_none(claims_of: Rows) -> None:
    text = "The hospital hired 40 nurses. The waiting list now stands at 4,000 people."
    assert claims_of(text, "sanction") == []
