"""Measures kept in force are extended ('keeps its asset freeze on 16 people',
'will maintain its sanctions on ...'), and a participle that keeps measures on a group after a
renewal that names none says whom the renewal keeps listed (one claim); a 'when' clause after a standing total ('brings to 30 the
number it has listed since 2021, when it first barred six judges') tells the first round, an
action of its own, and the total stops before it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    "text",
    [
        "The resolution keeps a travel ban and asset freeze on 12 individuals.",
        "Canada will maintain its sanctions on the 14 officials until June.",
        "The council kept its arms embargo on three militias for another year.",
        "Japan is maintaining asset freezes on 30 people and two banks.",
    ],
)
def test_measures_kept_in_force_are_extended(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] in ("extended", "planned"), rows
    assert rows[0]["sanction_status"] == "extended" or "will" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU rolled over the framework until May, keeping in place measures on 20 people.",
            {"person": 20},
        ),
        (
            "The EU renewed its sanctions for a year, maintaining asset freezes on 40 people.",
            {"person": 40},
        ),
        (
            "Bern extended the ordinance to 2027, keeping travel bans on 11 officials.",
            {"person": 11},
        ),
        (
            "The EU prolonged the regime, keeping in force its listings of nine firms.",
            {"organization": 9},
        ),
    ],
)
def test_kept_measures_are_the_targets_of_a_bare_renewal(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "extended", rows
    assert counts(rows[0]) == expected, rows


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "The listing takes to 40 the number of firms Japan has sanctioned since 2022, "
            "when it first froze the assets of six banks.",
            {"organization": 40},
            {"organization": 6},
        ),
        (
            "The move brings to 23 the number of people Canada has sanctioned since May 2021, "
            "when Ottawa first targeted four officials.",
            {"person": 23},
            {"person": 4},
        ),
        (
            "The designations bring to 51 the number of people Australia has listed since 2020, "
            "when it barred nine generals.",
            {"person": 51},
            {"person": 9},
        ),
        (
            "That brings to 17 the number of vessels Britain has sanctioned since March, "
            "when it banned five tankers.",
            {"vessel": 17},
            {"vessel": 5},
        ),
    ],
)
def test_a_when_clause_after_a_total_is_the_first_round(
    claims_of: Rows, text: str, first: dict[str, int], later: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[0]) == first and counts(rows[1]) == later, rows
    assert rows[0]["span_end"] <= rows[1]["span_start"], rows


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled the Council had enough evidence to keep him on its sanctions list.",
        "Judges said the ministry had good grounds to maintain the asset freeze on the firm.",
        "The EU has the power to keep the sanctions on the two banks.",
        "Lawyers argued there was no reason to keep her on the sanctions list.",
    ],
)
def test_an_infinitive_of_keeping_that_describes_a_noun_is_no_action(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "sanction") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Britain said it would keep its own designation under review.",
        "Canada keeps the sanctions on the two banks under review.",
        "The EU will keep the listings of 12 people under close review.",
        "Japan said it was keeping its asset freeze under review.",
    ],
)
def test_keeping_measures_under_review_is_no_action(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == [], text
