"""Target groups the parser hides: whom a kept-out standing ('prohibited immigrants') is said
of, 'N others' joined after a target, and counted holdings of a freeze list whose numbers or
items the parser hung elsewhere ('four bank accounts' with the number on 'bank', an item hung
on the verb)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, first_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Namibia declared three Turkish traders prohibited immigrants on Monday.", {"person": 3}),
        ("Namibia on Friday declared the five men prohibited immigrants.", {"person": 5}),
        (
            "Zambia deported the crew. In 2021, when two Malawian pilots were declared"
            " prohibited immigrants, Zambia also froze their funds.",
            {"person": 2},
        ),
        ("Botswana has declared four Zimbabwean smugglers prohibited immigrants.", {"person": 4}),
    ],
)
def test_whom_a_kept_out_standing_is_said_of(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert first_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada designated the former minister and nine others on Friday.", {"person": 10}),
        (
            "Canada in May ended its programme while designating former senator Ana Ruiz and"
            " 10 others under its rules.",
            {"person": 11},
        ),
        ("Japan will sanction the shipping firm and three others next week.", {"organization": 4}),
        ("The EU has listed a retired colonel and six others.", {"person": 7}),
    ],
)
def test_counted_others_after_a_target(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert first_counts(claims_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court in Lima ordered the freezing of 12 plots and four bank accounts belonging"
            " to the family.",
            {"other": 16},
        ),
        ("A court in Lima froze 12 flats and four bank accounts on Monday.", {"other": 16}),
        (
            "Later a district court in Quito ordered the freezing of 9 plots and five bank"
            " accounts belonging to the brothers, at the request of prosecutors.",
            {"other": 14},
        ),
        (
            "Thirty bank accounts, 12 cars and 9 farms were frozen by the court in Lima.",
            {"other": 51},
        ),
        ("Peru's financial unit has blocked six savings accounts and two houses.", {"other": 8}),
    ],
)
def test_counted_holdings_of_a_freeze_list(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert first_counts(claims_of, text) == expected


def test_others_with_no_target_before_count_nothing_more(claims_of: Rows) -> None:
    rows = claims_of("Britain sanctioned the ports of Sochi and two others.", "sanction")
    assert all(counts(r).get("person") is None for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notice: Thailand declared two Thai men specified persons on Monday over fund-raising.",
            {"person": 2},
        ),
        ("Malaysia on Friday declared three local firms specified entities.", {"organization": 3}),
        ("Singapore last month declared five foreign nationals specified persons.", {"person": 5}),
        (
            "Brunei declared one trading company and two men specified entities on Monday.",
            {"organization": 1, "person": 2},
        ),
    ],
)
def test_whom_a_declaring_verb_puts_in_a_category_read_as_a_clause(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert first_counts(claims_of, text) == expected
