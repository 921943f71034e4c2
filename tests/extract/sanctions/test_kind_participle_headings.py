"""'Targeted financial sanctions' as a report's heading names a kind of measure, no act: no claim
(claims/data/sanctions.json `kind_participles`); a verb over the words or a target group after
them still states one."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    "text",
    [
        "3. Targeted financial sanctions",
        "Table 3. Targeted financial sanctions, 2023-2025",
        "Section 5 - Targeted financial sanctions",
        "Targeted sanctions",
    ],
)
def test_a_heading_of_the_kind_of_measure_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed targeted sanctions on five officials on Monday.", {"person": 5}),
        ("Targeted sanctions on three Russian oligarchs", {"person": 3}),
        ("The government targeted 12 firms with sanctions on Friday.", {"organization": 12}),
        ("Britain has announced targeted sanctions against two generals.", {"person": 2}),
    ],
)
def test_an_act_or_a_target_still_makes_a_claim(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows
    assert counts(rows[0]) == expected
