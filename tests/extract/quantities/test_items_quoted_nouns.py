"""A count whose noun is set in quotation marks ('a calendar of 14 "quiet weeks"', '40 "gift
boxes"', '52 of the "trainees"') counts the quoted noun: the marks only distance the writer from the
word, they do not end the noun phrase after the number."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor", "item"),
    [
        (
            'The board on Friday approved a calendar of 14 "quiet weeks" in which no works may start.',
            "14",
            "weeks",
        ),
        ('Customs officers seized 40 "gift boxes" of cigarettes at the port.', "40", "gift boxes"),
        (
            "The school had enrolled 310 “exchange pupils” who never came to lessons.",
            "310",
            "exchange pupils",
        ),
        (
            'Officers found 52 of the "trainees" working at car washes, the agency said.',
            "52",
            "trainees",
        ),
    ],
)
def test_a_quoted_noun_after_a_count_is_what_it_counts(
    claims_of: Rows, text: str, anchor: str, item: str
) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == item


def test_a_quoted_word_in_a_sanction_story_stays_the_sanctions(claims_of: Rows) -> None:
    text = (
        "The Treasury froze the assets of a lending ring on Monday.\n\n"
        'The list also names two "fixers" who recruited the borrowers.'
    )
    assert not [r for r in claims_of(text, "quantity") if "fixers" in r["span_text"]]
