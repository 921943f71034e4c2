"""A page's own counters ('💬 12 comments', '| 40 shares', '7 replies (join the debate)') count
readers' reactions to the page, no claim of the story; a count of comments in a sentence of the
story still counts."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found

STORY = "The council approved 14 new bus routes on Monday.\n"


@pytest.mark.parametrize(
    "line",
    [
        "\U0001f4ac 57 comments",
        "Posted on 3 May by the city desk | 12 comments",
        "38 comments (Join the conversation)",
        "Share this story | 140 shares | Print",
        "Tell us what you think: 23 comments",
        "Join the debate: 4 replies",
        "Group archive \u00b7 1 May 2026 \u00b7 210 messages \u00b7 Saved copy",
        "Read more \u2022 85 comments \u2022 Share",
        "31 comments - Join the conversation",
        "6 replies \u2013 Add yours",
        "12 Feb 2026 10:15 GMT | 640 words",
        "Markets | 5 March 2026 | 1,120 words | Print edition",
        "By the business desk | 480 words",
    ],
)
def test_a_counter_line_is_no_quantity(claims_of: Rows, line: str) -> None:
    text = STORY + line + "\n"
    rows = claims_of(text, "quantity")
    assert [text[r["span_start"] : r["span_end"]] for r in rows] == ["14 new bus routes"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The consultation drew 2,300 comments from residents.", "2,300 comments"),
        ("The minister's post received 9,000 shares within a day.", "9,000 shares"),
        ("Stake sold: 4,000 shares", "4,000 shares"),
        ("Investigators recovered 14 messages from the phone.", "14 messages"),
    ],
)
def test_a_count_of_comments_in_a_sentence_counts(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_value"] == float(
        anchor.split()[0].replace(",", "")
    )
