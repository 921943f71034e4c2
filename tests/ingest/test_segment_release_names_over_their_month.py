"""A central bank's or an office's document converted from PDF sets its name in capitals on a
line of its own, the issue's month alone under it ("NATIONAL RESERVE BANK OF X" over "MONETARY
POLICY STATEMENT" over "June 2026"): the document's name is its title, never the issuer's name
and never the month."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

COVERS = [
    ("NATIONAL RESERVE BANK OF SAMOA", "MONETARY POLICY STATEMENT", "June 2026"),
    ("CENTRAL RESERVE BANK OF NAURU", "FINANCIAL STABILITY REPORT", "November 2025"),
    ("MINISTRY OF FINANCE", "QUARTERLY ECONOMIC REVIEW", "March 2026"),
    ("Reserve Bank of the Cook Islands", "INFLATION REPORT", "Sept. 2025"),
]


@pytest.mark.parametrize(("issuer", "name", "month"), COVERS)
def test_the_document_name_over_its_month_is_the_title(issuer: str, name: str, month: str) -> None:
    page = (
        f"{issuer}\n"
        f"{name}\n"
        f"{month}\n"
        "Released: 12 June 2026\n"
        "1. Policy decision\n"
        "The Board decided to keep the policy rate at 2.00 per cent, as inflation has eased and\n"
        "foreign reserves remain well above the minimum of six months of import cover.\n"
    )
    assert segment_text(page).title == name


@pytest.mark.parametrize(("issuer", "name", "month"), COVERS)
def test_the_month_under_the_name_dates_no_event(issuer: str, name: str, month: str) -> None:
    page = (
        f"{issuer}\n{name}\n{month}\nReleased: 12 June 2026\n1. Policy decision\n"
        "The Board decided to keep the policy rate at 2.00 per cent.\n"
    )
    assert kind_of(page, f"{month}\n") == "byline"
