"""Two freeze nouns that need their context: a bare definite 'order' right after a sentence that
freezes is that freeze's order ('That order was lifted in May', 'The order also covers two
jets'), never an order of goods after some other sanction; a 'restraint' or a 'block' on a target
group is a freeze on it in any voice, never the restraint a minister urges nor a block of flats."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts

FREEZE = "Kenya's High Court froze the accounts of two brokers in March. "


def _second(claims_of: Rows, text: str) -> list[dict[str, object]]:
    """The sanction rows of the text's second sentence."""
    start = text.find(". ") + 1
    return [r for r in claims_of(text, "sanction") if r["span_start"] >= start]


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (FREEZE + "That order was lifted in June when the case collapsed.", "lifted", {}),
        (FREEZE + "The order also covers three cargo jets.", "imposed", {"aircraft": 3}),
        (FREEZE + "The order was extended on Friday for six more months.", "extended", {}),
        (
            "Kenya's High Court ordered the freezing of assets of nine men on Monday. This order"
            " also covers two fishing boats.",
            "imposed",
            {"vessel": 2},
        ),
    ],
)
def test_a_bare_order_after_a_freeze_is_that_freeze(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = _second(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    if expected:
        assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japan imposed sanctions on 20 firms on Monday. The order was placed in 2019 by the"
        " airline.",
        FREEZE + "The order of the hearings was changed.",
    ],
)
def test_other_orders_are_no_claim(claims_of: Rows, text: str) -> None:
    assert _second(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "status", "expected"),
    [
        (
            FREEZE + "In May the court lifted a restraint on a third broker after he repaid"
            " clients.",
            "lifted",
            {"organization": 1},
        ),
        (
            FREEZE + "A similar restraint on a Mombasa trader was lifted in April.",
            "lifted",
            {"organization": 1},
        ),
        (
            FREEZE + "The court also placed a restraint on two fishing boats.",
            "imposed",
            {"vessel": 2},
        ),
        (
            FREEZE + "A restraint on four more officials was extended in July.",
            "extended",
            {"person": 4},
        ),
        (FREEZE + "In June it lifted the block on two cargo jets.", "lifted", {"aircraft": 2}),
        (
            FREEZE + "The court also imposed a block on three fishing boats.",
            "imposed",
            {"vessel": 3},
        ),
        (
            FREEZE + "The block on five traders was extended until May.",
            "extended",
            {"organization": 5},
        ),
    ],
)
def test_a_restraint_or_block_on_targets_is_a_freeze(
    claims_of: Rows, text: str, status: str, expected: dict[str, int]
) -> None:
    rows = _second(claims_of, text)
    assert len(rows) == 1, rows
    assert rows[0]["sanction_status"] == status
    assert counts(rows[0]) == expected


@pytest.mark.parametrize(
    "text",
    [
        FREEZE + "The minister urged restraint on both sides.",
        FREEZE + "Police showed restraint and let the protest pass.",
        FREEZE + "Protesters formed a block on the road to the two banks.",
        FREEZE + "The unit rents a block of offices near the two banks.",
    ],
)
def test_restraint_urged_or_a_block_of_flats_is_no_claim(claims_of: Rows, text: str) -> None:
    assert _second(claims_of, text) == []
