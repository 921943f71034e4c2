"""A tonnage a trade or output verb governs counts the good (annotation/guidelines.md: 'Peru
shipped 410,000 tonnes' in a story about zinc has item zinc, the nearest good named before it): the
good may be named in an earlier paragraph of the article, which the corpus parses on its own."""

from __future__ import annotations

from functools import partial

import pytest
from spacy.language import Language

from tests.extract.stories import story_rows

#: The quantity rows of a story's last paragraph (tests.extract.stories).
_story = partial(story_rows, claim_type="quantity")


@pytest.mark.parametrize(
    ("first", "second", "good"),
    [
        (
            "Copper prices hit a two-month high on Tuesday.",
            "Chilean mines produced 2.1 million tonnes in the first half.",
            "copper",
        ),
        (
            "Asian rice export prices fell for a third week.",
            "Thailand has sold 6.4 mt so far this year.",
            "rice",
        ),
        (
            "Urea values slipped in the Middle East.",
            "Brazil imported a record 7.2 million tonnes last season.",
            "urea",
        ),
        (
            "Global aluminium markets tightened in March.",
            "Smelters in Norway will export about 900,000 tonnes this year.",
            "aluminium",
        ),
    ],
)
def test_a_traded_tonnage_counts_the_good_an_earlier_paragraph_names(
    nlp: Language, first: str, second: str, good: str
) -> None:
    rows = _story(nlp, [first, second])
    assert [r["quantity_item"] for r in rows] == [good]


def test_another_article_s_good_is_not_the_story_s(nlp: Language) -> None:
    rows = _story(
        nlp,
        [
            "Copper prices hit a two-month high on Tuesday.",
            "Chilean mines produced 2.1 million tonnes in the first half.",
        ],
        joined=False,
    )
    assert [r["quantity_item"] for r in rows] == ["output"]


def test_the_good_carries_over_without_the_sanctions_component(nlp: Language) -> None:
    """Each component keeps its own story (claims.extract.story): the quantities one does not
    depend on another having noted the article's paragraphs."""
    with nlp.select_pipes(disable=["claims_sanctions", "claims_dates"]):
        rows = _story(
            nlp,
            [
                "Copper prices climbed again on Tuesday as stocks fell.",
                "Chilean mines produced 2.1 million tonnes in the first half.",
            ],
        )
    assert [r["quantity_item"] for r in rows] == ["copper"]
