"""Headlines and bullets drop the auxiliary of a passive ('Accounts of four dealers blocked'):
the targets of such a bare participle of freezing or listing, and of one that restates it
through its agent ('hit by freezing orders'), belong to the action, no quantity; a headline
whose subject does the acting ('Police blocked 3 roads') or another verb keeps its counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _values(claims_of: Rows, text: str) -> list[float]:
    return [r["quantity_value"] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Accounts of four fuel dealers blocked in Lusaka crackdown",
        "Nine traders, two mills and three barges hit by freezing orders after grain scam",
        "Shares of two regional banks frozen as bribery probe widens",
        "* Bank accounts of 14 officials frozen pending trial",
    ],
)
def test_targets_of_a_bare_participle_are_no_quantities(claims_of: Rows, text: str) -> None:
    assert _values(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Protesters blocked 3 main roads into the capital", [3]),
        ("Storm damaged 40 homes, two bridges washed away", [40, 2]),
        ("Exports of 12 mills halted by drought", [12]),
        ("Of these, 12 accounts holding about $90,000 were frozen last week.", [90000]),
    ],
)
def test_other_headline_counts_stay_quantities(
    claims_of: Rows, text: str, kept: list[float]
) -> None:
    assert _values(claims_of, text) == kept
