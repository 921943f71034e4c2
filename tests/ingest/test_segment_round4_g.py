"""Page structure families of round 4's second pass: a dated timeline under the story is body (its
entries are no teaser headlines), an "Other news" list is another story's teasers, and a
"Published ... | Updated ..." stamp at the foot of a page is metadata."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text


def kind_of(page: str, line: str) -> str:
    structure = segment_text(page)
    at = page.index(line)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    return kind


HEAD = "Ministry adds 12 tankers to its sanctions list\n\n"
BODY = (
    "The ministry said on Monday that it had listed 12 more tankers, bringing the total to 140"
    " vessels, and that further steps would follow.\n\n"
)


@pytest.mark.parametrize(
    "timeline",
    [
        "Timeline\n12.05.2019 – Port ban on three tankers\n03.11.2021 – Fleet owners listed\n",
        "Key dates\n2020-01-14 — Export controls on drone parts tightened\n2023-06-02 — Ban renewed\n",
        "Chronology\n5 March 2018: First travel bans imposed\n20 July 2022: Oil embargo agreed\n",
        "How we got here\nMay 4, 2017 - Embassy staff expelled over spying row\n"
        "June 9, 2024 - New listings\n",
    ],
)
def test_a_dated_timeline_is_body(timeline: str) -> None:
    page = f"{HEAD}{BODY}{timeline}"
    for entry in timeline.splitlines()[1:]:
        assert kind_of(page, entry) == "body"
    long_page = f"{HEAD}{BODY * 8}{timeline}"
    for entry in timeline.splitlines()[1:]:
        assert kind_of(long_page, entry) == "body"


@pytest.mark.parametrize(
    "teasers",
    [
        "Other news\n- 14.02.2025: Minister opens new border crossing\n- 03.01.2025: Grants to farmers\n",
        "Other news:\nGrain corridor talks stall in Istanbul\nDrone plant opens near Lviv\n",
        "Other stories\n- Port workers strike over pay for a second week\n- Rail link reopens\n",
        "OTHER NEWS\n12 March 2025 - Donor conference raises funds for water repairs\n",
    ],
)
def test_an_other_news_list_is_related(teasers: str) -> None:
    page = f"{HEAD}{BODY}{teasers}"
    for teaser in teasers.splitlines()[1:]:
        assert kind_of(page, teaser) in ("related", "boilerplate")


@pytest.mark.parametrize(
    "stamp",
    [
        "Published 14.02.2025 | Last updated 15.02.2025",
        "Posted: 3 March 2025 | Updated: 4 March 2025",
        "Last updated 2025-03-04",
        "Published on March 3, 2025 · Updated March 4, 2025",
    ],
)
def test_a_date_stamp_at_the_foot_of_a_page_is_metadata(stamp: str) -> None:
    page = f"{HEAD}{BODY * 8}Contact: press office\n\n{stamp}\n"
    assert kind_of(page, stamp) not in ("body", "title")
