"""A forum's member line ('Joined: Sep 2012', 'Member since 2011') and a quoted post's header
('Quote from: a_name on Sat 6 Sep 2025') stamp the page, not an event: no date claim. The same
words in a sentence ('joined the board in April 2013', 'a member since 2019') still date one."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "#2  harbourlad  (Joined: Aug 2019 · Posts: 640 · Otago)",
        "tussock_tim | Joined: 12 February 2016 | Dunedin",
        "Member since 2011 | 5,902 posts",
        "> Quote from: harbourlad on Thu 4 Sep 2025",
        "Quoting Ana_R on 14 March 2024, 10:02:",
        "> tussock_tim wrote: ↑ Thu Sep 4, 2025 6:15 pm",
        "> harbourlad wrote: ↑ 3 July 2025, 21:40",
        "> Ana_R wrote:↑ Mon 7 Jul 2025 09:02",
    ],
)
def test_a_forum_stamp_is_no_date_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "date", "2025-07-08") == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She joined the board in April 2013.", "in April 2013"),
        ("The co-operative has been a member since 2019.", "since 2019"),
        ("He was quoted on Tuesday as saying the gates would stay shut.", "on Tuesday"),
        ("The harbourmaster wrote on 3 July 2025 that the quay was unsafe.", "on 3 July 2025"),
    ],
)
def test_the_same_words_in_a_sentence_still_date_it(
    claims_of: Rows, text: str, surface: str
) -> None:
    assert [r["date_text"] for r in claims_of(text, "date", "2025-07-08")] == [surface]
