"""A document under its issuer's name: the document's own name right over its reference line
(number and date) is the title, the issuer above it (its other name in brackets under it or not)
is the masthead; a journal's header lines over an act give way to the act's name, and the act's
own day under its name ('of 3 May 2026') is not the day the journal published it."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text

BODY = (
    "The board approved the listing of two companies and fined one broker for late filings,"
    " it said in its notice on the day of its meeting.\n"
    "The fines total about 2.4 million and are payable within 30 days of the notice.\n"
)

BULLETINS = {
    "WEEKLY NOTICES": (
        "HARBOUR SECURITIES COMMISSION\n(COMISSAO DE VALORES DO PORTO)\n",
        "Bulletin No: 2025/31   Date: 14.08.2025\n",
        dt.date(2025, 8, 14),
    ),
    "MONTHLY ENFORCEMENT BULLETIN": (
        "ISLAND FINANCIAL SERVICES AUTHORITY\n(AUTORITE DES SERVICES FINANCIERS)\n",
        "Bulletin No. 7/2026 | Date: 03.06.2026\n",
        dt.date(2026, 6, 3),
    ),
    "Report of the Inspector on the Port Trust Accounts": (
        "OFFICE OF THE STATE INSPECTOR\nHome | Reports | About us | Contact\n",
        "Paper No. 12 of 2026 | Released: 4 May 2026\n",
        dt.date(2026, 5, 4),
    ),
    "Review of the Regional Health Boards": (
        "OFFICE OF THE AUDITOR OF THE ISLES\n",
        "Parliamentary Paper No. 7 of 2025 | Released: 19 November 2025\n",
        dt.date(2025, 11, 19),
    ),
}


@pytest.mark.parametrize("name", BULLETINS)
def test_the_documents_name_over_its_reference_line_is_the_title(name: str) -> None:
    issuer, reference, day = BULLETINS[name]
    structure = segment_text(f"{issuer}{name}\n{reference}{BODY}", dt.date(2026, 12, 1))
    assert structure.title == name
    assert structure.byline.published == day


ACTS = {
    "COMMISSION DECISION (XY) 2026/311": (
        "Official Journal of the Northern Union",
        "2026/311",
        "12.3.2026",
        "of 10 March 2026",
        dt.date(2026, 3, 12),
    ),
    "COUNCIL REGULATION (XY) 2025/88": (
        "Official Journal of the Northern Union",
        "2025/88",
        "5.2.2025",
        "of 3 February 2025",
        dt.date(2025, 2, 5),
    ),
    "MINISTERIAL ORDER No 44 ON HARBOUR DUES": (
        "Government Gazette of the Isles",
        "44/2026",
        "21.1.2026",
        "of 19 January 2026",
        dt.date(2026, 1, 21),
    ),
    "DECREE ON THE FISHING SEASON": (
        "Official Gazette of the Republic",
        "2024/902",
        "30.9.2024",
        "of 27 September 2024",
        dt.date(2024, 9, 30),
    ),
}


@pytest.mark.parametrize("name", ACTS)
def test_a_journals_header_gives_way_to_the_acts_name(name: str) -> None:
    journal, number, day_line, act_day, day = ACTS[name]
    page = f"{journal}\nEN\n{number}\n{day_line}\n{name}\n{act_day}\n{BODY}"
    structure = segment_text(page, dt.date(2026, 12, 1))
    assert structure.title == name
    assert structure.byline.published == day
