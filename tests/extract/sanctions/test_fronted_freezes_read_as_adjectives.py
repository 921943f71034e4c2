"""'Also frozen were assets of two firms' with 'frozen' tagged an adjective (the copula's
complement, or a root over its auxiliary): still a fronted passive of freezing whose inverted
subject holds what is frozen; the owners in its 'of' phrase are the targets."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Lisbon court froze the assets of six traders. Also frozen were assets of two firms.",
            {"organization": 2},
        ),
        (
            "A Lisbon court froze the assets of six traders. Also frozen were deposits of three "
            "lawyers in Porto, who the police say moved the money abroad.",
            {"person": 3},
        ),
        (
            "Police froze the funds of nine men. Also frozen were two flats owned by their father.",
            {"person": 1},
        ),
        (
            "The judge froze the property of four officials. Frozen too were the bank accounts "
            "of five of their relatives.",
            {"person": 5},
        ),
    ],
)
def test_fronted_adjective_freeze_has_owners_as_targets(
    claims_of: Rows, text: str, expected: dict[str, int]
) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    assert counts(rows[1]) == expected


def test_fronted_adjective_of_no_freeze_is_no_claim(claims_of: Rows) -> None:
    text = "Also present were the heads of two banks."
    assert claims_of(text, "sanction") == []
