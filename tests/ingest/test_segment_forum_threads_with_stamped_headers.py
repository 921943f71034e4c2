"""A forum thread whose post headers carry their own stamp after a chevron ('Post by X » date'):
the topic's name over the first post is the title (the forum's name and tagline above it are
not), each header is its post's byline, the thread speaks from its last post's day, and every
post's text is the thread's own, a quoted reply too."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

THREADS = [
    (
        "Dairy Talk NZ • Farmers helping farmers since 2009",
        "Milk price forecast cut again - what are you budgeting?",
        [
            "Post by paddock_pete » Wed Jan 7, 2026 6:10 am",
            "Post by HerdTestHelen » Wed Jan 7, 2026 8:45 pm",
            "Post by paddock_pete » Fri Jan 9, 2026 5:30 am",
        ],
        dt.date(2026, 1, 9),
    ),
    (
        "The Orchard Bench — growers' chat for the Okanagan",
        "Frost on the cherries last night",
        [
            "by apple_anna » 3 May 2025, 07:15",
            "by Bud_Wood » 3 May 2025, 09:02",
            "by apple_anna » 4 May 2025, 21:40",
        ],
        dt.date(2025, 5, 4),
    ),
    (
        "Outback Ute Club Forums",
        "Diesel at the Longreach pumps hits a new high",
        [
            "Re: Diesel prices » by redback_ray » Mon 10 Nov 2025 4:20 pm",
            "Re: Diesel prices » by Mulga_Mo » Tue 11 Nov 2025 7:05 am",
            "Re: Diesel prices » by redback_ray » Thu 13 Nov 2025 6:55 pm",
        ],
        dt.date(2025, 11, 13),
    ),
]
POST_TEXT = [
    "The co-op knocked 40 cents off the forecast this morning.",
    "We are planning on 7.10 a kilo and hoping for better.",
    "Agreed, and feed costs are up 12% on last season.",
]
QUOTE = "> someone wrote: ↑ earlier\n> The co-op knocked 40 cents off the forecast."


def thread(tagline: str, topic: str, headers: list[str]) -> str:
    posts = []
    for n, (header, said) in enumerate(zip(headers, POST_TEXT, strict=True)):
        member = f"member_{n} · Posts: {120 + n} · Joined: Mar 2015"
        quote = QUOTE + "\n" if n == 1 else ""
        posts.append(f"{header}\n{member}\n{quote}{said}")
    return f"{tagline}\nBoard index ‹ Farming\n\n{topic}\n\n" + "\n\n".join(posts) + "\n"


@pytest.mark.parametrize(("tagline", "topic", "headers", "day"), THREADS)
def test_a_thread_with_stamped_headers_is_read_as_one(
    tagline: str, topic: str, headers: list[str], day: dt.date
) -> None:
    text = thread(tagline, topic, headers)
    structure = segment_text(text, today=dt.date(2027, 1, 1))
    assert structure.title == topic
    assert structure.byline.published == day
    for header in headers:
        assert kind_of(text, header) == "byline"
    for said in POST_TEXT:
        assert kind_of(text, said) == "body"
    assert kind_of(text, "The co-op knocked 40 cents off the forecast.") == "body"


def test_one_chevron_byline_makes_no_thread() -> None:
    text = (
        "Harbour News\n\nFerry fares go up in April\n\n"
        "by Ana Reyes » 3 March 2026\n\nThe operator said fares would rise 4%.\n"
    )
    assert segment_text(text).title == "Ferry fares go up in April"
