"""A list a bare body noun owns ("the bank's list", "the commission's register") is that of the
body the page named before with that noun, not of the state whose action was reported just
before nor of the targets' nationality (claims.extract.sanctions.carry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.stories import page_rows

PAGE = """RIVER TRADE WEEKLY
{headline}

{lead}
Vietnam's Ministry of Finance on May 20 barred the firm from state tenders, and the police have frozen six bank accounts of its owners.
{sentence}
"""


@pytest.mark.parametrize(
    ("headline", "lead", "sentence", "expected"),
    [
        (
            "The Asian Development Bank bars a Hue builder",
            "The Asian Development Bank debarred Song Huong Builders on May 3 for three years.",
            "The bank's sanctions list now covers 12 Vietnamese firms and 8 Vietnamese individuals.",
            "Asian Development Bank",
        ),
        (
            "The World Bank bars a Hue builder",
            "The World Bank debarred Song Huong Builders on May 3 for three years.",
            "The bank's list of debarred firms had grown to 15 Vietnamese firms by June.",
            "World Bank",
        ),
        (
            "The World Bank bars a Hue builder",
            "The World Bank debarred Song Huong Builders on May 3 for three years.",
            "The bank's register will list two more Vietnamese contractors before December.",
            "World Bank",
        ),
    ],
)
def test_a_list_owned_by_a_bare_body_is_that_bodys(
    tmp_path: Path, headline: str, lead: str, sentence: str, expected: str
) -> None:
    text = PAGE.format(headline=headline, lead=lead, sentence=sentence)
    rows = page_rows(tmp_path, text, "sanction")
    last = [r for r in rows if r["span_start"] >= text.index(sentence)]
    assert last, [(r["span_text"], r["sanction_authorities"]) for r in rows]
    assert [list(r["sanction_authorities"]) for r in last] == [[expected]] * len(last)
