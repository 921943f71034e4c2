"""A counted day ('the same day', 'that same day', 'the following day') after a background paragraph
counts from the story's last day, not from the older day the digression tells."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates

PUBLISHED = dt.date(2026, 5, 8)


def _last(context: str, text: str) -> tuple[str, str]:
    found = list(iter_dates(text, PUBLISHED, context=context))
    m, r = found[-1]
    return text[m.start : m.end], str(r.start)


@pytest.mark.parametrize(
    ("story", "background", "text", "day"),
    [
        (
            "Crews shut the mountain pass on 4 May after a rockfall.",
            "The road had first closed on 2 June 2019, when a bridge gave way.",
            "Traffic was diverted through the valley the same day.",
            "2026-05-04",
        ),
        (
            "The union called a strike at the smelter on 29 April.",
            "Its members last walked out on 14 March 2022 over shift pay.",
            "Management offered talks the following day.",
            "2026-04-30",
        ),
        (
            "Inspectors closed two abattoirs on Tuesday.",
            "The agency had fined the same owner on 3 January for poor hygiene.",
            "A third site was sealed that same day, officials said.",
            "2026-05-05",
        ),
        (
            "Lenders froze the developer's accounts on 6 May.",
            "The firm, founded on 1 July 2004, builds mostly in the north.",
            "Its shares were suspended the next day.",
            "2026-05-07",
        ),
    ],
)
def test_a_counted_day_skips_a_background_paragraph(
    story: str, background: str, text: str, day: str
) -> None:
    assert _last(f"{story}\n{background}\n", text)[1] == day


def test_a_recent_day_in_between_stays_the_antecedent() -> None:
    context = "The court convicted the mayor on 27 April.\nHe lodged an appeal on 5 May.\n"
    assert _last(context, "His lawyers filed a bail request the same day.")[1] == "2026-05-05"


def test_an_earlier_day_of_the_same_year_without_pluperfect_stays() -> None:
    context = "The appeal court ruled on 27 April.\nThe trial court convicted him on 10 January.\n"
    assert _last(context, "He appealed the same day.")[1] == "2026-01-10"
