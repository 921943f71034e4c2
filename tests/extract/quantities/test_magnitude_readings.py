"""A figure right after a word that names the scale it is read on ('Magnitude 6.9 quake') is a
reading, even capitalized at the head of a headline where a capitalized word and a figure
otherwise make a name ('Resolution 2270')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("LIVE: Magnitude 6.1 quake strikes off Samoa", "6.1", 6.1),
        ("BREAKING: Magnitude 7.1 earthquake off Tonga", "7.1", 7.1),
        ("Magnitude 5.6 quake jolts northern Luzon, no damage reported", "5.6", 5.6),
        ("Richter 6.2 quake rattles Port Vila", "6.2", 6.2),
    ],
)
def test_a_capitalized_scale_word_opens_a_reading(
    claims_of: Rows, text: str, anchor: str, value: float
) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == value


def test_a_capitalized_name_word_still_names(claims_of: Rows) -> None:
    assert claims_of("Resolution 2270 was adopted in March.", "quantity") == []
