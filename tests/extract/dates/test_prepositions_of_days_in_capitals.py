"""A day written in capitals after its preposition in capitals ('NEW FEES FROM 1 JUNE', 'PIER
SHUT UNTIL 30 JUNE'), in a heading too short to be read as a shouted paragraph: the preposition
is the date's own, so it points ahead as the lower-case one does and the surface keeps it."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import TUE_20_MAY_2025, surface_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 | NEW FEES FROM 1 JUNE", ("FROM 1 JUNE", "2025-06-01", "2025-06-01")),
        ("PIER SHUT UNTIL 30 JUNE", ("UNTIL 30 JUNE", "2025-06-30", "2025-06-30")),
        ("TOLLS RISE FROM 2 JUNE", ("FROM 2 JUNE", "2025-06-02", "2025-06-02")),
        ("DUES PAYABLE BY 9 JUNE", ("BY 9 JUNE", "2025-06-09", "2025-06-09")),
    ],
)
def test_a_day_after_a_preposition_in_capitals_looks_ahead(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert surface_spans(text, TUE_20_MAY_2025) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LICENCES REVOKED ON 12 MAY", ("ON 12 MAY", "2025-05-12", "2025-05-12")),
        ("TALKS ENDED 2 MAY", ("2 MAY", "2025-05-02", "2025-05-02")),
    ],
)
def test_a_past_day_in_capitals_stays_behind(text: str, expected: tuple[str, str, str]) -> None:
    assert surface_spans(text, TUE_20_MAY_2025) == [expected]
