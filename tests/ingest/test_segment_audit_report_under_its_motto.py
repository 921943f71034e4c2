"""An audit office's report page: the office's motto in quotation marks under its name is the
office's masthead, and the report's name over its 'Report No. n | Released: ...' line is the
title."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

PAGE = (
    "NATIONAL AUDIT OFFICE OF VALDORA\n"
    "{motto}\n"
    "Home | About | Reports | Contact\n"
    "Reports › Annual reports\n"
    "{name}\n"
    "{reference} | Released: 9 June 2026\n"
    "\n"
    "1. Introduction\n"
    "The Office audited the accounts of 12 ministries for the year to 31 December 2025 and found"
    " weaknesses in 9 of them.\n"
)

CASES = [
    ('"Guarding public money"', "Report on the State Accounts for 2025", "Report No. 7/2026"),
    ("“Integrity in public spending”", "Audit of Road Maintenance Contracts", "Audit Report No. 3"),
    ("'Accountability for all'", "Review of Hospital Procurement 2024–2025", "Review No. 2/2026"),
    ("“Transparency and trust”", "Performance Audit of Water Utilities", "Report No. 11 of 2026"),
]


@pytest.mark.parametrize(("motto", "name", "reference"), CASES)
def test_the_report_name_under_the_office_motto_is_the_title(
    motto: str, name: str, reference: str
) -> None:
    page = PAGE.format(motto=motto, name=name, reference=reference)
    structure = segment_text(page)
    assert structure.title == name
    assert structure.byline.published == dt.date(2026, 6, 9)
    assert kind_of(page, motto) == "boilerplate"
    assert kind_of(page, "The Office audited") == "body"
