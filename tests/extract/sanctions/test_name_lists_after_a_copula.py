"""A list of names after a restating copula whose subject gives their kind ('The companies are
...') counts one target per item as the punctuation splits the list: at semicolons when it has
any (a description beside a name stays one item, a legal form after a comma stays in its
name), else at commas, and at the last 'and' only when no comma stands before it. An 'and' or
'&' inside a name joins no second target."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, last_counts

LEAD = "Belize's Financial Intelligence Unit on Friday froze the assets of five people and three companies. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The companies are Blue Reef Fishing Ltd, Corozal Freight and Storage, and Orange"
            " Walk Timber & Milling.",
            {"organization": 3},
        ),
        (
            "The firms on the list are: Costa Brava Importers, S.A. de C.V.; Transportes Rivas e"
            " Hijos; and Mariscos del Sur, which investigators describe as a front.",
            {"organization": 3},
        ),
        (
            "The companies named were a Dangriga boatyard, Stann Creek Marine; a haulier,"
            " Hummingbird Transport Ltd; and Toledo Holdings, a shell registered in Panama.",
            {"organization": 3},
        ),
        (
            "The companies are Caye Caulker Tours Ltd, Belmopan Fuel and Gas Inc. and Maya"
            " Mountain Logistics.",
            {"organization": 3},
        ),
    ],
)
def test_one_target_per_listed_item(claims_of: Rows, text: str, expected: dict[str, int]) -> None:
    assert last_counts(claims_of, LEAD + text) == expected
