"""People or firms an authority is reviewing, examining or assessing in a story about a
measure (a freeze, a ban, a debarment) are the counted targets of a planned or possible
sanction, not quantities; the same verbs on other things (loans, schools), a count under
review in a story with no measure, and people under criminal investigation stay quantities."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            "The league banned a striker on Friday, and its panel is examining the conduct "
            "of two defenders.",
            "two defenders",
        ),
        (
            "After the freeze on the exporter's accounts, the intelligence unit is now "
            "assessing four further companies.",
            "four further companies",
        ),
        (
            "The regulator debarred one contractor last month and was looking at three more "
            "suppliers.",
            "three more suppliers",
        ),
        (
            "The ministry blacklisted a shipping agent in May. Five other brokers are being "
            "reviewed by its sanctions office.",
            "Five other brokers",
        ),
        (
            "The bank's integrity office, which debarred a builder in March, will review the "
            "files of six engineers before the summer.",
            "six engineers",
        ),
    ],
)
def test_counts_under_review_for_a_measure_are_no_quantities(
    claims_of: Rows, text: str, dropped: str
) -> None:
    assert not any(dropped in s or s in dropped for s in _spans(claims_of, text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The regulator banned a broker on Monday and is reviewing two loans it made "
            "to the city.",
            "two loans",
        ),
        ("The inspectorate is reviewing 40 schools in the north this year.", "40 schools"),
        (
            "The federation banned one steward, and police are investigating five more "
            "players over the brawl.",
            "five more players",
        ),
    ],
)
def test_the_same_counts_elsewhere_stay(claims_of: Rows, text: str, kept: str) -> None:
    assert any(kept in s for s in _spans(claims_of, text))
