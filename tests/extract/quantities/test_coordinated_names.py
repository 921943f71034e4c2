"""A percentage or decimal joined by 'and' after a period name with a year ('H2 2026
and 3.6%-3.9% in 2027') measures something; only a bare number joined to a name's number is
part of the name ('Nord Stream 1 and 2')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Prices should rise 3.4% in H2 2026 and 3.6%-3.9% in 2027.", "3.6%-3.9%", 3.75),
        ("Growth may reach 2.1% in Q3 2025 and 2.4% in 2026.", "2.4%", 2.4),
        ("Margins were 9% in FY 2024 and 7.5% a year later.", "7.5%", 7.5),
        ("The bank sees 1.8% in H1 2025 and 12% over the whole of 2026.", "12%", 12),
    ],
)
def test_a_percentage_after_a_named_period_and_and_is_measured(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_bare_number_joined_to_a_names_number_stays_part_of_the_name(claims_of: Rows) -> None:
    assert claims_of("Pipelines Nord Stream 1 and 2 were shut.", "quantity") == []
