"""Court rulings on listings and the figures of legal drafting: a court that annuls, quashes or
overturns a listing or freeze lifts it; a number written in words and then repeated as a
figure in parentheses ('nine (9) officers') counts once."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The General Court annulled the listing of a shipping company on Wednesday.", 1),
        ("A court in Lima quashed the designation of two charities last week.", 2),
        ("Judges overturned the asset freeze on three former ministers.", 3),
        ("The tribunal annuls the listing of four fishing firms, the ruling says.", 4),
    ],
)
def test_a_court_that_annuls_a_listing_lifts_it(claims_of: Rows, text: str, expected: int) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "lifted", row
    assert sum(c or 0 for c in counts(row).values()) == expected, row


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council decided to impose a travel ban on nine (9) military officers and three "
            "(3) civilian members of the transition.",
            {"person": 12},
        ),
        ("The following twelve (12) individuals are subject to the asset freeze.", {"person": 12}),
        ("The ministry froze the assets of five (5) companies on Monday.", {"organization": 5}),
        ("Canada added two (2) vessels to its list.", {"vessel": 2}),
    ],
)
def test_a_figure_repeated_in_parentheses_counts_once(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    assert counts(only(claims_of, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They also took a former colonel off the list after the General Court annulled his "
        "listing in February.",
        "Three persons were removed from the sanctions list after the court annulled their "
        "listings in December.",
        "Canada delisted the shipping firm last week, after a federal judge quashed its "
        "designation.",
        "The ministry unfroze the funds of two traders once the appeals court overturned the "
        "freeze.",
    ],
)
def test_a_ruling_that_tells_why_a_listing_ended_is_no_claim_of_its_own(
    claims_of: Rows, text: str
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "lifted", row
