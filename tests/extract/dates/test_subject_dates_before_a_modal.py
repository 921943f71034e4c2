"""A date inside a sentence's subject, right before the subject's modal ("the census in December
will show"): the one ahead of publication, not last year's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 4, 3)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The national livestock census in December will show the real damage.", "2025-12-01"),
        ("The audit in February will cover all twelve ministries.", "2026-02-01"),
        ("A second vote in January could decide the budget.", "2026-01-01"),
        ("Talks in October would be held behind closed doors.", "2025-10-01"),
    ],
)
def test_a_subject_date_before_its_modal_looks_ahead(text: str, start: str) -> None:
    [(_, s, _)] = surface_spans(text, PUBLISHED)
    assert s == start


def test_a_told_past_keeps_the_past_month() -> None:
    [(_, s, _)] = surface_spans("The census in December showed the real damage.", PUBLISHED)
    assert s == "2024-12-01"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("OFSI will publish updated guidance on maritime services by 30 September.", "2025-09-30"),
        ("The board will review detailed plans for the new terminal in November.", "2025-11-01"),
        ("The ministry will send revised forms to all exporters by 31 October.", "2025-10-31"),
        ("Regulators will release audited accounts of the fund in December.", "2025-12-01"),
    ],
)
def test_a_participle_opening_the_object_of_a_future_verb_is_no_past(text: str, start: str) -> None:
    [(_, s, _)] = surface_spans(text, dt.date(2025, 7, 9))
    assert s == start
