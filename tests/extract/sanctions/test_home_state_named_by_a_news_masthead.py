"""A news site's masthead (the page's short first line with a word of a news title) names the
state it reports from: when the opening names that state no more often than the nationalities
of the people a bare body acts on, the masthead's state is the story's home."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import home_state


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "HARBOURLINE POST | Malaysian news every hour\n"
            "Search results\n"
            "The Immigration Department has barred 412 foreign workers from returning so far this "
            "season, most of them Bangladeshi labourers whose permits were cancelled when two "
            "glove plants in the north shut down in March.\n",
            ["Malaysia"],
        ),
        (
            "The Nairobi Courier - Kenyan news, politics and sport\n"
            "The Financial Reporting Centre will freeze the accounts of nine Ugandan traders "
            "accused of moving cash through a grain depot near the border, its director said "
            "after a two-month audit of the depot's books.\n",
            ["Kenya"],
        ),
        (
            "Daily Andes Wire · Peruvian news\n"
            "A judge ordered the seizure of assets held by seven Chilean and Bolivian "
            "contractors who ran a gold-smuggling chain through three mining towns, prosecutors "
            "said, adding that more names would follow within weeks.\n",
            ["Peru"],
        ),
    ],
)
def test_the_masthead_breaks_a_tie_with_the_targets_nationalities(
    text: str, home: list[str]
) -> None:
    assert home_state(text) == home


def test_a_first_line_with_no_news_word_breaks_no_tie() -> None:
    text = (
        "Malaysian and Bangladeshi officials\n"
        "The Immigration Department has barred 412 foreign workers from returning so far this "
        "season, whose permits were cancelled when two glove plants in the north shut down.\n"
    )
    assert home_state(text) == []
