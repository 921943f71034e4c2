"""A page's season start read from a run whose place stands after the relative word ('the
marketing year, which in Ghana runs from October to September'): its split years run from that
month. A harvest's own months ('the harvest runs from July to January') are no marketing year."""

from __future__ import annotations

import pytest

from claims.extract.dates.finder import season_start


@pytest.mark.parametrize(
    ("page", "months"),
    [
        (
            "Buyers booked the crop year, which in Ghana runs from October to September, early.",
            (10, 9),
        ),
        ("The 2026/27 marketing year, which in Peru begins in August, looks tight.", (8, 7)),
        ("The campaign, which at Santos opened in July, ran late.", (7, 6)),
    ],
)
def test_a_season_start_told_with_a_harvest_or_a_place(page: str, months: tuple[int, int]) -> None:
    assert season_start(page) == months


def test_a_harvest_run_is_no_season_start() -> None:
    assert season_start("The main harvest runs from July to January, growers said.") is None
