"""A numbered paragraph of an enforcement notice that opens with a verbless heading naming one
measure and its target after a dash carries the measure on that heading; the paragraph's next
sentence, which restates the same measure, is folded into the heading's claim (its status and
counted targets), and the heading's own words name the target when that sentence counts none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import counts
from tests.extract.stories import page_rows

PAGE = (
    "BANK OF NAMIBIA\n"
    "FINANCIAL INTELLIGENCE CENTRE\n"
    "Windhoek, 2 June 2025\n"
    "ASSET FREEZES AND FREEZING ORDERS ISSUED IN MAY 2025\n"
    "The Centre publishes the freezing orders it issued under the Financial Intelligence Act "
    "during May 2025, one to a paragraph.\n"
)


@pytest.mark.parametrize(
    ("item", "heading", "status", "expected"),
    [
        (
            "1. Asset freeze — Okavango Fuel Distributors (Pty) Ltd. The Centre ordered all banks "
            "on 6 May to freeze the accounts of the company for 30 days.",
            "Asset freeze",
            "imposed",
            {"organization": 1},
        ),
        (
            "2. Extension of freezing order — Kunene Exchange Services. The order made in March "
            "against this unlicensed money remitter was extended by 90 days on 12 May.",
            "Extension of freezing order",
            "extended",
            {"organization": 1},
        ),
        (
            "3. Freezing order — fishing trawler Benguela Star. The trawler, which belongs to a "
            "Walvis Bay company, was frozen on 14 May.",
            "Freezing order",
            "imposed",
            {"vessel": 1},
        ),
        (
            "4. Lifting of asset freeze — Rundu Timber Traders. The freeze imposed in February was "
            "lifted on 20 May after the firm showed where its funds came from.",
            "Lifting of asset freeze",
            "lifted",
            {"organization": 1},
        ),
    ],
)
def test_a_numbered_heading_carries_its_paragraphs_measure(
    tmp_path: Path, item: str, heading: str, status: str, expected: dict[str, int]
) -> None:
    rows = page_rows(tmp_path, PAGE + item + "\n", "sanction")
    start = (PAGE + item).index(item)
    mine = [r for r in rows if r["span_start"] >= start]
    assert len(mine) == 1, mine  # the body sentence is no claim of its own
    row = mine[0]
    assert row["span_text"].startswith(heading), row["span_text"]
    assert row["sanction_status"] == status
    assert counts(row) == expected
