"""A bare court order that a verb of listing adds something to ('will add two trawlers to the
order', 'were added to the order') is the freeze the story told before it, in the same paragraph
or an earlier one, even when the story never wrote 'freezing order' in full; an order of goods,
or one in a story that told no freeze, is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, carried, page_sanctions

FREEZE_LEAD = (
    "A court in Manila on Tuesday froze the assets of six people tied to a pyramid scheme. "
)
ORDERED_LEAD = "A judge in Accra ordered the freezing of accounts held by a cocoa trading ring. "


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (FREEZE_LEAD, "The regulator plans to add four more names to the order by the end of May."),
        (
            FREEZE_LEAD,
            "Prosecutors will ask the judge to add two trawlers to the order next month.",
        ),
        (ORDERED_LEAD, "Two more exchange houses were added to the order in April."),
        (
            ORDERED_LEAD,
            "The ring's two accountants could be added to the order soon, a lawyer said.",
        ),
    ],
)
def test_an_addition_to_a_bare_order_restates_the_freeze(
    claims_of: Rows, lead: str, text: str
) -> None:
    rows = carried(claims_of, lead + text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] >= len(lead)
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]


@pytest.mark.parametrize(
    "text",
    [
        "The airline placed an order for 20 jets last year. It plans to add five more to the order.",
        "The shop took a large order from a hotel chain. It will add two sofas to the order.",
    ],
)
def test_an_order_of_goods_is_none(claims_of: Rows, text: str) -> None:
    assert carried(claims_of, text) == []


def test_the_freeze_may_be_told_paragraphs_before(tmp_path: Path) -> None:
    filler = (
        "Investigators say the scheme promised returns of 30% a month and paid early savers"
        " with the deposits of later ones until it collapsed in the spring."
    )
    text = (
        "Court freezes pyramid scheme assets\n\n"
        + FREEZE_LEAD
        + "\n\n"
        + "\n\n".join([filler] * 4)
        + "\n\nThe regulator plans to add three more names to the order before the end of June.\n"
    )
    rows = page_sanctions(tmp_path, text)
    found = [r for r in rows if r["sentence"].startswith("The regulator plans")]
    assert found, [(r["span_text"], r["sentence"]) for r in rows]
    assert found[0]["sanction_status"] == "planned"
    assert found[0]["sanction_authorities"] == ["Philippines"]
