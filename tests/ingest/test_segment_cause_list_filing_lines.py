"""A court's daily cause list: its own name with the sitting day ('Daily Cause List of Monday
...') is the page's title under the court's name and menu, the clerk's publishing line under it
dates the page, and a matter's 'Filed on ...' line among its labelled fields ('Matter No.:',
'Parties:', 'Nature:') is a fact of the matter, not the page's stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of


def page(name: str, published: str, filed: str) -> str:
    return (
        "HIGH COURT OF THE EASTERN ISLANDS\n"
        "Home | Daily Lists | Rulings | Fees | Contact\n\n"
        f"{name}\n"
        f"Published by the Clerk of Court, Bay Street · {published}, 4:10 p.m.\n"
        "Counsel should confirm listings an hour before court opens.\n\n"
        "Item 1\n"
        "Matter No.: HC2026CV00412\n"
        "Parties: The Revenue Authority v. Coral Freight Ltd\n"
        "Nature: Application for a freezing order over 9 bank accounts\n"
        f"{filed}\n\n"
        "Item 2\n"
        "Matter No.: HC2026CV00518\n"
        "Parties: J. Marsh v. The Revenue Authority\n"
        "Nature: Application to discharge a freezing order\n"
    )


@pytest.mark.parametrize(
    ("name", "published", "filed", "day"),
    [
        (
            "Daily Cause List of Monday 9 March 2026",
            "6 Mar 2026",
            "Filed on 02/03/2026 by the Authority",
            dt.date(2026, 3, 6),
        ),
        (
            "Cause List for Thursday 4 June 2026",
            "3 June 2026",
            "Filed on 28/05/2026 by the applicant",
            dt.date(2026, 6, 3),
        ),
        (
            "SUPPLEMENTARY CAUSE LIST - TUESDAY 20 OCTOBER 2026",
            "19 October 2026",
            "Filed on 05/10/2026 by the Authority",
            dt.date(2026, 10, 19),
        ),
        (
            "Weekly Hearing List for 16-20 November 2026",
            "11 November 2026",
            "Filed on 10/11/2026 by counsel",
            dt.date(2026, 11, 11),
        ),
    ],
)
def test_a_cause_lists_name_is_its_title_and_a_filing_line_is_body(
    name: str, published: str, filed: str, day: dt.date
) -> None:
    text = page(name, published, filed)
    structure = segment_text(text)
    assert structure.title == name
    assert structure.byline.published == day
    assert kind_of(text, filed) == "body"
