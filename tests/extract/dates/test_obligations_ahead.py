"""'must' looks ahead like 'will': a yearless day in a clause that sets an obligation is the
next such day; 'must have' looks back."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import THU_14_AUG_2025, one


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("From 1 October, each container bound for Europe must carry a certificate.", "2025-10-01"),
        ("Importers must file the new customs forms by 30 September.", "2025-09-30"),
        ("Under the rule, banks must report such transfers from 1 November.", "2025-11-01"),
        ("Every vessel must be inspected before 15 December, the port said.", "2025-12-15"),
    ],
)
def test_an_obligation_looks_ahead(text: str, start: str) -> None:
    assert one(text, THU_14_AUG_2025)[1] == start


def test_must_have_looks_back() -> None:
    assert one("The shipment must have arrived on 3 May.", THU_14_AUG_2025)[1] == "2025-05-03"
