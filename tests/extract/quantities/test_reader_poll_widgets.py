"""A page's reader poll on one line ('Should X? Yes 58% | No 42% (900 votes)') holds the readers'
clicks, no claim of the story; a referendum's or a survey's result stated in a sentence stays."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The ferry fare rose 12% in March.\n"
            "QUICK POLL: Should fares be frozen? Yes 58% | No 42% (1,204 votes)\n",
            "12%",
        ),
        (
            "Water use fell 9% last summer.\n"
            "Have your say: Would you pay more for rail? Yes 31% · No 54% · Unsure 15%\n",
            "9%",
        ),
        (
            "The council approved 140 new homes.\n"
            "Reader vote - Agree 47%  Disagree 53%  (388 responses)\n",
            "140 new homes",
        ),
        (
            "Tourist arrivals reached 2.1 million.\n"
            "Poll: Is the city too crowded? yes: 66%, no: 29%, not sure: 5%\n",
            "2.1 million",
        ),
    ],
)
def test_a_reader_poll_line_is_no_quantity(claims_of: Rows, text: str, kept: str) -> None:
    assert _spans(claims_of, text) == [kept]


def test_a_referendum_result_in_a_sentence_stays(claims_of: Rows) -> None:
    text = "In the island's referendum, the yes side won 61% and no took 39% of the ballots."
    spans = _spans(claims_of, text)
    assert any("61%" in s for s in spans), spans
