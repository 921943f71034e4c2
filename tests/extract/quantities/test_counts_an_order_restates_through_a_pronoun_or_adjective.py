"""An order or list restated in the next sentence through a pronoun subject ('It names nine
people', 'They include three tankers') or a subject an acting adjective marks ('The frozen
assets include six cars'), and people declared excluded persons: their counted targets are the
sanction's, no quantities. A pronoun after a sentence with no sanction, or one that is not the
subject of a restating verb, leaves its counts quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "The court froze the assets of a trading house on Monday. It names nine people and two "
        "holding companies.",
        "The regulator froze the assets of a shipping group on Monday. They include three "
        "tankers and 14 bank accounts.",
        "The order, signed on Friday, covers assets worth about 12 million euros. It names 14 "
        "people and three shell companies.",
        "The restrained property includes six cars and four warehouses.",
        "Three foreign nationals tied to the gang were declared excluded persons last week.",
    ],
)
def test_targets_an_order_restates(claims_of: Rows, text: str) -> None:
    assert [v for v in _values(claims_of, text) if v != 12000000] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The health ministry opened 40 clinics. They include 12 rural centres.", [40, 12]),
        ("The court barred a trader from leaving the country. It lists 11 witnesses.", [11]),
        ("The court froze the assets of a builder. Inspectors said it employs 300 workers.", [300]),
    ],
)
def test_pronouns_with_no_order_before_them_leave_counts(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
