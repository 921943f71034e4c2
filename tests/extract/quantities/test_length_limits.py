"""A length limit set on what readers send ('entries of up to 500 words') is the page's rule for
submissions, no quantity; a length stated as a plain figure ('the report runs to 90,000 words')
stays one."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Keep your comments to no more than 150 words, please.",
        "Entries of up to 500 words may be sent by email to the desk.",
        "Submissions should run to at most 800 words and carry a phone number.",
        "Replies must be under 200 characters to appear in print.",
    ],
)
def test_a_length_limit_for_submissions_is_no_quantity(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


def test_a_plain_length_stays(claims_of: Rows) -> None:
    assert _values(claims_of, "The inquiry's final report ran to 90,000 words.") == [90000]
