"""Item families read from dev_i's errors (round 5, second step), four sentences of our own each:
a container unit counts containers, labels of table lines, rows under a heading."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.quantities.test_item_families import found

Rows = Callable[..., list[dict[str, Any]]]


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        ("The terminal moved 412,000 TEUs in the second quarter.", "412,000 TEUs", "containers"),
        (
            "Throughput at Gdansk slipped to 2.1 million TEU last year.",
            "2.1 million TEU",
            "containers",
        ),
        ("H1 2024: 96,300 TEUs", "96,300 TEUs", "containers"),
        ("Yards are due to hand over 600,000 TEU of new tonnage.", "600,000 TEU", "tonnage"),
    ],
)
def test_a_container_unit_counts_containers_unless_an_of_phrase_names_them(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item
