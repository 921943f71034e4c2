"""A measure a body examines, studies or explores ('is examining whether to bar a firm from its
contracts') is a considered one: planned, like 'considering' (sanctions.json `planned_heads`);
a verb of weighing joined before the action by 'and' ('weighed the case and banned two firms')
was done before it, and the action stands."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Norway's tender board is examining whether to bar a Polish builder from its road contracts.",
        "Ghana is examining whether to freeze the assets of two timber firms.",
        "Japan's transport ministry is studying whether to ban three trawlers from its ports.",
        "Chile said it would explore barring two shipping firms from public tenders.",
    ],
)
def test_an_examined_measure_is_planned(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["planned"], rows


@pytest.mark.parametrize(
    "text",
    [
        "Canada examined the evidence and banned two traders in May.",
        "Japan considered the file and froze the assets of three firms on Friday.",
    ],
)
def test_a_weighing_done_before_the_action(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed"], rows
