"""A tonnage a trade or output verb governs counts the good (annotation/guidelines.md: 'Peru
shipped 410,000 tonnes' in a story about zinc has item zinc, the nearest good named before it): the
good may be named in an earlier paragraph of the article, which the corpus parses on its own."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _story(nlp: Language, paragraphs: list[str], joined: bool = True) -> list[dict[str, Any]]:
    """The quantity rows of the last paragraph, each paragraph parsed alone as an article's are,
    marked as the article's next paragraph (or each as an article of its own when not joined)."""
    rows: list[dict[str, Any]] = []
    for n, paragraph in enumerate(paragraphs):
        doc = nlp.make_doc(paragraph)
        doc._.published = "2025-03-07"
        doc._.story = ("story", n) if joined else (f"article {n}", 0)
        doc = nlp(doc)
        rows = [r for r in doc._.claims or [] if r["claim_type"] == "quantity"]
    return rows


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
