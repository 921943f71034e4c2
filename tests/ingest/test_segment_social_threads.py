"""A social-media thread saved as text: the author's posts, each under its name and handle, a
strip of counts under the first ('42 Reposts · 9 Quotes · 131 Likes'), then the replies of other
people under their label, a promoted post and the site's trends. The author's posts are the
page's text; the counts, the promoted post and the replies are not."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

THREADS = [
    (
        "Post\n"
        "Ines Carvalho @inescarvalho_news · Follow\n"
        "Customs seized 2.1 tonnes of cocaine in banana crates at the port. Details from the press"
        " conference below 🧵\n"
        "9:02 AM · Apr 14, 2026 · 51.3K Views\n"
        "318 Reposts · 40 Quotes · 1,204 Likes · 77 Bookmarks\n"
        "Ines Carvalho @inescarvalho_news · 3h\n"
        "The crates came from a ship that left Guayaquil on 28 March, officials said.\n"
        "Replies\n"
        "Rui M. @ruimonteiro · 2h\n"
        "Another one. That's the third seizure this month.\n"
        "Promoted · FastFibre: 500 Mbps for 19.99 a month\n"
        "Trending in Portugal · #PortoDerby · 18.9K posts\n",
        "The crates came from a ship that left Guayaquil",
        [
            "318 Reposts · 40 Quotes",
            "Another one. That's the third seizure this month.",
            "Promoted · FastFibre: 500 Mbps for 19.99 a month",
        ],
    ),
    (
        "Thread by Kofi Mensah (@kofimensah)\n"
        "Parliament approved the 2027 budget tonight by 181 votes to 92.\n"
        "12 Reposts · 3 Quotes · 88 Likes\n"
        "Kofi Mensah @kofimensah · 1h\n"
        "Health spending rises 9% to 14.2 billion cedis, the finance minister said.\n"
        "\n"
        "Replies\n"
        "Abena @abena_k · 40m\n"
        "What about the 2,000 nurses promised last year?\n"
        "Promoted · QuickLoans: borrow up to 5,000 today\n",
        "Health spending rises 9% to 14.2 billion cedis",
        [
            "12 Reposts · 3 Quotes · 88 Likes",
            "What about the 2,000 nurses promised last year?",
            "Promoted · QuickLoans: borrow up to 5,000 today",
        ],
    ),
]


@pytest.mark.parametrize(("page", "post", "others"), THREADS)
def test_a_threads_own_posts_are_body_and_its_counts_replies_and_adverts_are_not(
    page: str, post: str, others: list[str]
) -> None:
    assert kind_of(page, post) == "body"
    for line in others:
        assert kind_of(page, line) != "body", line


@pytest.mark.parametrize(
    "line",
    [
        "1,204 Likes · 77 Bookmarks",
        "5 replies | 12 shares",
        "3.4K views · 210 likes",
        "9 Retweets 31 Likes",
    ],
)
def test_a_strip_of_counts_under_a_post_is_furniture(line: str) -> None:
    page = f"Port workers end strike\n\n{line}\n\nDock workers returned on Monday after a deal.\n"
    assert kind_of(page, line) == "boilerplate"


def test_a_sentence_that_counts_likes_is_body() -> None:
    page = (
        "Ministry post draws record response\n\n"
        "The ministry's post had 40,000 likes and 9,000 shares by the evening, its spokesman said.\n"
    )
    assert kind_of(page, "The ministry's post had 40,000 likes") == "body"
