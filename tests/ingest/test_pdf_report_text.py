"""A report copied out of a PDF often keeps no blank line at all: its table of contents runs
straight into its first section, and a justified line that breaks a word in two ('per-' /
'cent') may be far shorter than the page's width. The contents list ends at its last entry, and
a line that breaks a word goes on into the next whatever its length."""

from __future__ import annotations

import pytest

from claims.ingest.segment import page_lines, segment_text
from tests.ingest.helpers import kind_of

TOP = "HIGHLAND FERRIES LTD\nAnnual Review 2025\nIssued 14 March 2026\n"
SECTION = (
    "1 Overview\n"
    "The company carried 2.41 million passengers in 2025, 6% more than a year earlier, and\n"
    "its nine vessels sailed 31,200 crossings between the mainland and the islands, with\n"
    "punctuality at 94.6% across the network despite the storms of January and February.\n"
    "2 Fleet\n"
    "Two new hybrid ferries entered service in May, cutting fuel use on the longest route by\n"
    "about a fifth, and a third vessel of the same class is due to be delivered by the yard\n"
    "in the spring of 2027, the review says.\n"
)
FIRST_FIGURES = "The company carried 2.41 million passengers in 2025"


@pytest.mark.parametrize(
    "contents",
    [
        "Contents\n1 Overview ............................................. 2\n"
        "2 Fleet ................................................ 4\n",
        "Table of contents\n1 Overview                                2\n"
        "2 Fleet                                   4\n",
        "In this report\nI. Overview ..... 2\nII. Fleet ..... 4\nIII. Finance ..... 7\n",
        "Contents\n1 Overview 2\n2 Fleet 4\n3 Outlook 9\n",
    ],
)
def test_a_contents_list_ends_at_its_last_entry_with_no_blank_line(contents: str) -> None:
    page = TOP + contents + SECTION
    entry = contents.splitlines()[1]
    assert kind_of(page, entry) not in ("body", "title")
    assert kind_of(page, FIRST_FIGURES) == "body"
    assert kind_of(page, "Two new hybrid ferries") == "body"


def test_a_contents_list_under_its_label_over_a_blank_line_still_ends_at_its_text() -> None:
    contents = "Contents\n\n1 Overview ..................... 2\n2 Fleet ..................... 4\n"
    page = TOP + "\n" + contents + SECTION
    assert kind_of(page, "2 Fleet .....") not in ("body", "title")
    assert kind_of(page, FIRST_FIGURES) == "body"


WRAPPED = (
    "The regional grid operator connected 1,840 megawatts of new solar capacity in\n"
    "2025, up from 1,210 megawatts a year earlier, and curtailed output on 41 days\n"
    "when lines to the coast were full, according to the annual statement released\n"
    "on Thursday by the agency.\n"
    "{short}\n"
    "{rest} and the operator expects the share to rise\n"
    "again in 2026 as two new lines open. Spending on the network reached 612 million\n"
    "euros, of which 244 million went on new substations and 98 million on repairs\n"
    "after the storms of the winter, the agency said.\n"
)


@pytest.mark.parametrize(
    ("short", "rest"),
    [
        ("Renewables supplied 47.5 per-", "cent of the power used,"),
        ("Wind farms were idle for 310 hours be-", "cause of low wind in August,"),
        ("Losses on the lines fell to 6.1 per-", "cent of the electricity carried,"),
        ("Solar output was curtailed by 12 gi-", "gawatt hours over the summer,"),
    ],
)
def test_a_short_line_that_breaks_a_word_goes_on_into_the_next(short: str, rest: str) -> None:
    page = "Grid Agency\nAnnual Statement 2025\n\n" + WRAPPED.format(short=short, rest=rest)
    spans = [page[s:e] for s, e, _ in page_lines(page)]
    [joined] = [t for t in spans if t.startswith(short)]
    assert rest in joined
    assert kind_of(page, short) == "body"


def test_a_short_line_ending_on_a_dash_before_a_capital_still_ends() -> None:
    page = "Grid Agency\nAnnual Statement 2025\n\n" + WRAPPED.format(
        short="Outlook for 2026 -", rest="Prices are expected to ease,"
    )
    spans = [page[s:e] for s, e, _ in page_lines(page)]
    assert "Outlook for 2026 -" in spans
    assert segment_text(page).title == "Annual Statement 2025"
