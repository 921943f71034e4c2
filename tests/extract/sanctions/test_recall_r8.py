"""Sanction recall families of round 8's second pass.

A lower-case headline with a second action after a comma or 'and' ('Canada renews Haiti
measures, adds three gang leaders') states that action too, with the authority named before it;
a title-case headline's action verb whose object is a counted or described target group states a
sanction ('Treasury Hits Cartel-Linked Suppliers'); coordinated nouns before one head share the
number before them ('four police and prison officials')."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            "EU renews Mali arms embargo for another year, adds three militia leaders",
            "imposed",
            {"person": 3},
        ),
        ("Japan and Canada target Iranian drone makers, blacklist 7 tankers", "imposed", {}),
        (
            "Australia extends Myanmar measures and adds four army generals",
            "imposed",
            {"person": 4},
        ),
        ("UK lifts curbs on two banks, delists 3 shipping firms", "lifted", {"organization": 3}),
    ],
)
def test_lowercase_headline_joined_action(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    joined = [r for r in rows if r["sanction_status"] == status and r["span_end"] == len(text)]
    assert joined, rows
    for kind, n in expected.items():
        assert counts(joined[-1]).get(kind) == n, joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Treasury Hits Cartel-Linked Chemical Suppliers, Including Three Indian Firms",
            "organization",
        ),
        ("Britain Hits Four Russian Oligarchs Over Ukraine War", "person"),
        ("EU Hits Iranian Drone Makers And Two Shipping Companies", "organization"),
        ("Canada Hits 12 Shadow Fleet Tankers", "vessel"),
    ],
)
def test_title_case_hit_on_targets(claims_of: Rows, text: str, expected: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert expected in counts(rows[0]), rows


@pytest.mark.parametrize(
    "text",
    [
        "Missile Hits Two Tankers Near Odesa Port",
        "Storm Hits Coastal Towns And Fishing Villages",
    ],
)
def test_title_case_hit_without_authority_is_no_sanction(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada sanctioned four senior police and prison officials on Monday.", 4),
        ("Britain has designated three army and navy commanders.", 3),
        ("The EU listed five customs and border officers for abuses.", 5),
        ("Two police and intelligence chiefs were sanctioned by Japan.", 2),
    ],
)
def test_coordinated_nouns_share_count(claims_of: Rows, text: str, expected: int) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == {"person": expected}, rows


@pytest.mark.parametrize(
    "text",
    [
        "Britain Targets Arms Brokers, Blocks 4 Shipping Firms",
        "EU Hits Belarus Regime Insiders And Blacklists 6 Airlines",
        "Japan and Korea target crypto launderers, blacklist 3 exchanges",
        "Canada Sanctions 5 Judges, Bans 2 Prison Chiefs",
    ],
)
def test_headline_actions_of_one_status_are_one_claim(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert len(counts(rows[0])) >= 1, rows
