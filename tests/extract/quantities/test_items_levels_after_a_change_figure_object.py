"""A change verb whose object is the change's own figure ('eased 12 basis points to 7.6%',
'shed 40 points to 1,250'): the level after 'to' measures the verb's subject, not the figure."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "head"),
    [
        (
            "The average lending rate eased 12 basis points to 7.61 per cent over the year.",
            "7.61",
            "rate",
        ),
        ("The benchmark index shed 40 points to 1,250 points on Friday.", "1,250", "index"),
        (
            "Mortgage rates have gained 15 basis points to 6.9 percent since June.",
            "6.9",
            "rates",
        ),
        ("The deposit rate lost 25 basis points to 3.5% after the meeting.", "3.5%", "rate"),
    ],
)
def test_a_level_after_a_figure_object_measures_the_subject(
    claims_of: Rows, text: str, anchor: str, head: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"].split()[-1] == head
