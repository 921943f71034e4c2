"""Sanctions lifted (targets taken off or removed from a list) and regimes renewed or extended."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import carry_sanctions
from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU struck the three businessmen from its sanctions list on Monday.", {"person": 3}),
        ("Washington deleted two Latvian banks from its blacklist.", {"organization": 2}),
        (
            "Two firms in Kazakhstan will be struck from the list of entities subject to export "
            "bans.",
            {"organization": 2},
        ),
        ("Four tankers were removed from the sanctions list in May.", {"vessel": 4}),
    ],
)
def test_taking_targets_from_a_list_lifts_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    carry_sanctions(rows)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == "lifted"
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU agreed on the removal of two banks from its sanctions list.", {"organization": 2}),
        ("Britain announced the removal of four tankers from the blacklist.", {"vessel": 4}),
        (
            "Two member states secured the removal of three businessmen from the list.",
            {"person": 3},
        ),
        (
            "The removal of two firms from the list of sanctioned entities takes effect today.",
            {"organization": 2},
        ),
    ],
)
def test_the_removal_of_targets_from_a_list_lifts_sanctions(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] == "lifted"
    assert counts(row) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She was taken off the list last September.",
        "The EU took two banks off its sanctions list.",
        "Three tankers were removed from the blacklist.",
    ],
)
def test_taken_off_a_list_is_lifted(claims_of: Rows, text: str) -> None:
    assert only(claims_of, text)["sanction_status"] == "lifted"


def test_the_removal_of_a_thing_from_another_list_is_none(claims_of: Rows) -> None:
    text = "The removal of asbestos from the list of hazards was criticised."
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council renewed its Libya sanctions regime for another year on Friday.",
        "The EU extended its cyber sanctions regime by one year.",
        "Canada has prolonged its Myanmar sanctions programme until 2027.",
        "The Council will renew the human rights sanctions regime in December.",
    ],
)
def test_a_renewed_regime_names_no_target_group(claims_of: Rows, text: str) -> None:
    row = only(claims_of, text)
    assert row["sanction_status"] in ("extended", "planned")
    assert row["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed four officials over the crackdown. The Council also extended the "
        "regime by one year.",
        "Brussels sanctioned two generals on Monday and prolonged the framework until 2027.",
        "Britain froze the assets of three judges. Ministers renewed the framework in April.",
        "The bloc imposed sanctions on six militia leaders. It will extend the regime next year.",
    ],
)
def test_a_sanctions_framework_renewed_in_a_sanctions_text_is_a_claim(
    claims_of: Rows, text: str
) -> None:
    rows = claims_of(text, "sanction")
    renewed = [r for r in rows if r["sanction_status"] in ("extended", "planned")]
    assert len(renewed) == 1, rows
    assert renewed[0]["sanction_targets"] == []


def test_a_political_regime_is_no_framework(claims_of: Rows) -> None:
    text = "The army extended the regime's grip on the capital last year."
    assert claims_of(text, "sanction") == []
