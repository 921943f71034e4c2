"""A deadline named as a noun ('a deadline on Monday') in a sentence told in the past has
passed: the date is the past day it fell on, not the coming one; with no past verb ('Bidders
face a deadline on Monday', 'The deadline is Monday') it still looks ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

WED_18_FEB_2026 = dt.date(2026, 2, 18)


@pytest.mark.parametrize(
    "text",
    [
        "The new listings went through after no member objected before a deadline on Monday.",
        "The talks collapsed after the two sides missed a deadline on Monday.",
        "No objection was raised before the deadline on Monday, so the listing went ahead.",
        "Union leaders rejected the offer ahead of the deadline on Monday.",
    ],
)
def test_a_deadline_in_a_past_sentence_has_passed(text: str) -> None:
    assert ("on Monday", "2026-02-16") in [
        (s, b) for s, b, _ in surface_spans(text, WED_18_FEB_2026)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Members have until a deadline on Monday to object.",
        "Bidders face a deadline on Monday.",
        "The deadline is Monday.",
    ],
)
def test_a_deadline_with_no_past_verb_still_looks_ahead(text: str) -> None:
    [(_, start, _end)] = surface_spans(text, WED_18_FEB_2026)
    assert start == "2026-02-23"
