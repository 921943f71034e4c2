"""A news-diff tracker's page comparing two copies of a story line by line: the newer copy's
headline in the hunk headed '@@ title @@' is the title (without its '+ ' mark), the older one
over it stays on the page as body, the later capture day on the comparison line dates the page,
and the tracker's 'Most edited' list is other stories."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

NEWER = "Regulator fines three lenders over card fees, orders refunds"
OLDER = "Regulator fines two lenders over card fees"


def page(compare: str, head: str = "@@ the headline @@") -> str:
    return (
        "DIFFTRACK · watching news pages change\nOutlets  Latest  How it works\n"
        f"{compare}\n3 changed blocks · headline changed\n"
        f"{head}\n- {OLDER}\n+ {NEWER}\n@@ block 1 @@\n"
        "- The regulator fined two lenders a total of $4 million on Monday.\n"
        "+ The regulator fined three lenders a total of $6 million on Monday.\n"
        "  The lenders have 30 days to appeal, the regulator said.\n"
        'Most edited this week\n• Harbour Post: "Ferry fares rise 5%" (2 edits)\n'
    )


@pytest.mark.parametrize(
    ("compare", "day"),
    [
        (
            "Diff view: copy A (captured 2 Mar 2026 21:00 GMT) ⇄ copy B (captured 3 Mar 2026 08:15 GMT)",
            dt.date(2026, 3, 3),
        ),
        (
            "Comparing version 1 (saved 2 March 2026) with version 3 (saved 4 March 2026)",
            dt.date(2026, 3, 4),
        ),
        (
            "Snapshot 1, archived 28 Feb 2026 vs snapshot 2, archived 1 Mar 2026",
            dt.date(2026, 3, 1),
        ),
        ("Left: fetched 2026-03-02 10:00 → Right: fetched 2026-03-05 09:00", dt.date(2026, 3, 5)),
    ],
)
def test_the_newer_headline_and_the_later_capture_read_the_page(compare: str, day: dt.date) -> None:
    structure = segment_text(page(compare))
    assert structure.title == NEWER
    assert structure.byline.published == day
    text = page(compare)
    assert kind_of(text, OLDER) == "body"
    assert kind_of(text, "The lenders have 30 days") == "body"
    assert kind_of(text, "Ferry fares rise 5%") != "body"


def test_a_headline_hunk_with_a_note_in_its_heading() -> None:
    text = page(
        "Diff: v1 (captured 2 Mar 2026) ⇄ v2 (captured 3 Mar 2026)", "@@ title (changed) @@"
    )
    assert segment_text(text).title == NEWER
