"""A local phone number after a word for ringing ('call 555-0192') and a figure written
with a leading zero ('0042') count nothing; a range of figures without such a word stays one."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Tenants can read the notice online or call 555-0192.",
        "Anyone who saw the crash should dial 555-0148 tonight.",
        "Owners were told to phone the depot on 555-0110 before noon.",
        "Parents had called 555-0177 for a place, the school said.",
        "The files were kept under code 0042 in the archive.",
    ],
)
def test_a_local_phone_number_or_a_leading_zero_code_counts_nothing(
    claims_of: Rows, text: str
) -> None:
    assert claims_of(text, "quantity") == []


def test_a_range_of_figures_without_a_word_for_ringing_stays_a_range(claims_of: Rows) -> None:
    [row] = claims_of("Output rose to 300-1200 tonnes a day.", "quantity")
    assert (row["quantity_low"], row["quantity_high"]) == (300, 1200)
