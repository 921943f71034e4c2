"""A count of people named only by where they come from ('9,000 Syrians') or as people, that is
the subject of a copula with a plural noun complement, counts what the complement names: the
complement says what the counted are."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            "Another 620,000 Burundians are refugees in camps across the border.",
            "620,000",
            "refugees",
        ),
        ("About 2,000 Syrians were migrants waiting at the crossing.", "2,000", "migrants"),
        ("Some 40,000 people are refugees in the two camps.", "40,000", "refugees"),
        ("Roughly 1,200 Afghans are students at the university this term.", "1,200", "students"),
    ],
)
def test_a_people_count_takes_its_plural_complement(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_place_after_the_copula_names_nothing(claims_of: Rows) -> None:
    row = found(claims_of, "About 5,000 people were in the square by noon.", "5,000")
    assert row["quantity_item"] == "people"


def test_a_named_common_noun_keeps_its_own_item(claims_of: Rows) -> None:
    row = found(claims_of, "Some 30 tankers were vessels of the shadow fleet.", "30")
    assert row["quantity_item"] == "tankers"
