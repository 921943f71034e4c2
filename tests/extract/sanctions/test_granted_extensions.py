"""An extension sought or granted with no 'of' phrase of its own, in a sentence that speaks of a
freeze or right after one, extends the measure told there: a claim of its own, planned while it
is only sought; whom it covers is the 'for' phrase. An extension of something else (a deadline,
a licence) or sought by a target for itself is none."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.sanctions.helpers import Rows, counts

LEAD = "Kenya's High Court froze the accounts of two brokers in May. "


def _of_extension(claims_of: Rows, text: str) -> list[dict[str, Any]]:
    """The sanction rows stated in the sentence that holds the extension."""
    start = text.rfind(". ", 0, text.find("extension")) + 1
    return [r for r in claims_of(text, "sanction") if r["span_start"] >= start]


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            LEAD + "Prosecutors will seek a three-month extension before the order runs out.",
            "planned",
            {},
        ),
        (
            LEAD + "A six-month extension was granted on Friday for three more brokers.",
            "extended",
            {"organization": 3},
        ),
        (
            "Kenya's asset recovery agency obtained a 90-day extension on Monday, days before its"
            " freeze on four accounts ran out.",
            "extended",
            {},
        ),
        (LEAD + "The agency has now requested an extension from the High Court.", "planned", {}),
        (LEAD + "The ARA will request a further extension next week.", "planned", {}),
    ],
)
def test_sought_or_granted_extension_is_a_claim(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    extension = _of_extension(claims_of, text)
    assert extension, text
    assert extension[-1]["sanction_status"] == status
    if expected:
        assert counts(extension[-1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The firm has sought an extension to its licence.",
        LEAD + "Their lawyers sought an extension of the deadline to appeal.",
        "The airline sought a six-month extension from its creditors.",
    ],
)
def test_other_extensions_are_no_claim(claims_of: Rows, text: str) -> None:
    assert _of_extension(claims_of, text) == []
