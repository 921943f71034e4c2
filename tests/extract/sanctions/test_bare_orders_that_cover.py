"""A bare court order (or decision) as the subject of a verb of covering, with a counted object,
is the freeze the story told just before ('A judge froze ... The order covers 40 accounts'),
even when the story never wrote 'freezing order' in full; a bare order of a story with no freeze,
or one that covers nothing counted, is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import Rows, carried, page_sanctions

FREEZE_LEAD = "A court in Ecuador on Monday froze the assets of eight people accused of fraud. "
ORDERED_LEAD = "A Peruvian judge ordered the freezing of funds held by a logging ring on Friday. "


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (FREEZE_LEAD, "The order covers 55 bank accounts, 12 lorries and four houses in Quito."),
        (FREEZE_LEAD, "The order also covers six light aircraft kept at a private airfield."),
        (ORDERED_LEAD, "The decision covers 19 accounts at three local banks."),
        (ORDERED_LEAD, "The order extends to two timber firms run by the ring's leader."),
    ],
)
def test_a_bare_order_covering_counted_holdings_restates_the_freeze(
    claims_of: Rows, lead: str, text: str
) -> None:
    rows = carried(claims_of, lead + text)
    assert len(rows) == 2, rows
    assert rows[1]["span_start"] >= len(lead)
    assert rows[1]["sanction_status"] == "imposed"
    assert rows[1]["sanction_authorities"] == rows[0]["sanction_authorities"]
    assert rows[1]["sanction_targets"], rows[1]


@pytest.mark.parametrize(
    "text",
    [
        "The airline said on Monday it had placed a new order with Airbus. "
        "The order covers 40 jets to be delivered by 2030.",
        "A court in Ecuador on Monday froze the assets of eight people accused of fraud. "
        "The order covers the period since 2019.",
    ],
)
def test_an_order_with_no_freeze_told_or_nothing_counted_is_none(
    claims_of: Rows, text: str
) -> None:
    rows = carried(claims_of, text)
    second = text.index(". ") + 2
    assert all(r["span_start"] < second for r in rows), rows


def test_the_freeze_may_be_told_paragraphs_before(tmp_path: Path) -> None:
    filler = (
        "Investigators say the ring moved timber across the border for six years, paying"
        " drivers in cash and keeping two sets of books at a warehouse near the river port."
    )
    text = (
        "Judge freezes timber ring's assets\n\n"
        "A court in Lima on Monday ordered the freezing of funds held by a logging ring.\n\n"
        + "\n\n".join([filler] * 6)
        + "\n\nThe order covers 33 bank and savings accounts, four trucks and a tugboat.\n"
    )
    rows = page_sanctions(tmp_path, text)
    found = [r for r in rows if r["sentence"].startswith("The order covers")]
    assert found, [(r["span_text"], r["sentence"]) for r in rows]
    assert found[0]["sanction_authorities"] == ["Peru"]
    kinds: dict[str, int] = {}
    for t in found[0]["sanction_targets"]:
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + int(t["count"])
    assert kinds == {"other": 37, "vessel": 1}
