"""A fronted participle with a long phrase between it and its inverted subject ('Also banned, by
the X MoU, were ...'): the claim's span runs from the participle to the targets however long the
phrase, for its targets are what it states."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "first_target"),
    [
        (
            "The Paris MoU banned four ships. Also banned, for the third time in as many years, "
            "was the Comoros-flagged tanker Lady Mira.",
            "Lady Mira",
        ),
        (
            "Japan listed five firms on Monday. Also listed, for the first time since the war "
            "began, were the Cyprus-based Aral Trading and two of its managers.",
            "Aral Trading",
        ),
        (
            "The Tokyo MoU banned two ships on Friday. Also banned, by the Indian Ocean MoU, were "
            "the Liberia-flagged Star Kite and a bulker, the Grey Gull.",
            "Star Kite",
        ),
        (
            "Britain sanctioned two banks. Also targeted, after a long inquiry by the Treasury, "
            "was the Dubai-based trader Halcyon Metals FZE.",
            "Halcyon Metals",
        ),
    ],
)
def test_span_reaches_a_far_inverted_subject(claims_of: Rows, text: str, first_target: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 2, rows
    span = text[rows[1]["span_start"] : rows[1]["span_end"]]
    assert first_target in span, span
