"""Dates that are no claims: a transcript's or briefing's own day in the line that names it (on
the day of publication), and the dates of documents in a line of cited sources."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.dates.helpers import surface_spans

PUBLISHED = dt.date(2025, 12, 29)


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Ministry Spokesperson's Regular Press Conference on December 29, 2025",
        "Transcript, 29 December 2025",
        "Remarks by the Minister at the Joint Briefing on 29 December 2025",
        "Press briefing by the Prime Minister's spokesperson, December 29, 2025",
    ],
)
def test_a_record_named_by_its_day_of_publication_is_its_stamp(line: str) -> None:
    assert surface_spans(f"{line}\nThe spokesperson took questions.", PUBLISHED) == []


@pytest.mark.parametrize(
    "line",
    [
        "Remarks by the Minister at the Joint Briefing on 28 December 2025",  # another day
        "The press conference on December 29, 2025 ran late, reporters said.",  # a sentence
    ],
)
def test_a_record_of_another_day_or_in_a_sentence_stays_dated(line: str) -> None:
    assert surface_spans(line, PUBLISHED)


@pytest.mark.parametrize(
    "line",
    [
        "Sources: ECOWAS final communiqué (14.12.2025); AU PSC communiqué (28.11.2025)",
        "Source: central bank statement of 3 March 2025",
        "References: ministry circular, 12 May 2024; court ruling, June 2024",
        "Documents cited: audit report (September 2025)",
    ],
)
def test_dates_in_a_line_of_cited_sources_are_no_claims(line: str) -> None:
    assert surface_spans(line, PUBLISHED) == []


def test_the_same_document_dated_in_a_sentence_stays_dated() -> None:
    assert surface_spans("The ECOWAS communiqué of 14.12.2025 said so.", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "[15] Ministry of Commerce export data, accessed 2 April 2025.",
        "Customs figures (retrieved 14 May 2025) show a drop.",
        "[3] Port authority statistics portal, last accessed 9 June 2025.",
        "Company filings, retrieved 2 March 2025 from the exchange's website.",
    ],
)
def test_the_day_a_source_was_read_is_no_claim(text: str) -> None:
    assert surface_spans(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "METHODS USED: Bank Rating Method (pub. 14 Mar 2025) · Sector Outlook Method (pub. 3 Nov 2025)",
        "See the agency's Fund Scoring Guide, pub. 9 January 2025, for the weights.",
        "Reference: Regional Outlook, second edition (pub. 2024-11-05)",
    ],
)
def test_the_day_a_cited_document_was_published_is_no_claim(text: str) -> None:
    assert surface_spans(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dated at Wellington this 27th day of May 2025.", "2025-05-27"),
        ("Signed on the 3rd day of June, 2025, by both parties.", "2025-06-03"),
        ("Given under my hand this 1st day of December 2024.", "2024-12-01"),
        ("The deed was executed on the 21st day of March 2025.", "2025-03-21"),
    ],
)
def test_a_deed_formal_day_is_that_day(text: str, day: str) -> None:
    [(_, s, e)] = surface_spans(text, PUBLISHED)
    assert (s, e) == (day, day)


def test_an_act_dated_a_day_stays_dated() -> None:
    assert surface_spans("The ministry listed them in a gazette dated 6 March.", PUBLISHED)
