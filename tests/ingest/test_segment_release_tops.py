"""The top of an institution's release: an office's full name (its acronym in brackets or not)
over the name of the government it belongs to is the publisher, not the headline; a statistical
release with no headline of its own under its bank's or office's name is titled by its own name
and period ("Monthly Price Statistics - May 2026"), never by the institution."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Water connections pass 2.1 million; metered share doubles in a year"
LEAD = (
    "The number of household water connections reached 2.1 million at the end of June, up 6%"
    " from a year earlier, according to figures published today by the regulator.\n"
)


@pytest.mark.parametrize(
    ("office", "government"),
    [
        ("Kenya Water Services Regulatory Board (WASREB)", "Ministry of Water and Sanitation"),
        ("Ghana Energy Commission", "Government of the Republic of Ghana"),
        ("Pacific Islands Telecom Regulatory Authority (PITRA)", "Ministry of Communications"),
        ("National Roads Authority", "Office of the Prime Minister"),
    ],
)
def test_an_office_name_over_its_government_line_gives_way_to_the_headline(
    office: str, government: str
) -> None:
    page = (
        f"{office}\n{government}\nHome | About | Data | Press Releases\n"
        f"Press Release No. PR/2026/41\nNairobi, 9 July 2026\n{HEADLINE}\n\n{LEAD}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, office) == "boilerplate"


@pytest.mark.parametrize(
    ("institution", "release"),
    [
        ("CENTRAL BANK OF MAURITANIA", "Monthly Price Statistics - October 2026"),
        ("RESERVE BANK OF FIJI", "Economic Review - March 2025"),
        ("Bank of Namibia", "Quarterly Bulletin - June 2026"),
        ("MINISTRY OF FINANCE", "Fiscal Monitor | September 2025"),
    ],
)
def test_a_release_name_under_its_institution_is_the_title(institution: str, release: str) -> None:
    page = (
        f"{institution}\nEconomics Unit | Ref: ST/2026/44\n"
        "Issued: 12 November 2026 | Next issue: 10 December 2026\n"
        f"{release}\n\nOverview\n"
        "Consumer prices were 2.4% higher than a year before, up from 2.1% in the previous"
        " month, as fuel and rents rose, while the currency weakened slightly.\n"
    )
    structure = segment_text(page)
    assert structure.title == release
    assert kind_of(page, "Consumer prices were 2.4% higher") == "body"
    assert structure.byline.published == dt.date(2026, 11, 12)


def test_a_headline_under_a_release_name_stays_the_title() -> None:
    page = (
        "CENTRAL BANK OF MAURITANIA\nQuarterly Bulletin - June 2026\n"
        "Bank raises its key rate by a quarter point to 6.75%\n\n"
        "The central bank raised its main rate by 25 basis points to 6.75% on Thursday, saying"
        " that food prices were still rising faster than its target.\n"
    )
    assert segment_text(page).title == "Bank raises its key rate by a quarter point to 6.75%"


@pytest.mark.parametrize(
    ("dateline", "day", "teasers"),
    [
        (
            "Lyon, 3 March 2026",
            dt.date(2026, 3, 3),
            "02/03/2026 – Grenoble: 40 kg of cannabis seized\n"
            "26/02/2026 – Annecy: bank accounts of a scam ring frozen\n",
        ),
        (
            "Porto, 14 October 2025",
            dt.date(2025, 10, 14),
            "13.10.2025 - Braga: fake medicines worth €80,000 found\n"
            "09.10.2025 - Aveiro: two workshops closed after raids\n",
        ),
        (
            "Graz, 1 July 2026",
            dt.date(2026, 7, 1),
            "30 June 2026 – Linz: smuggled cigarettes seized at border\n"
            "28 June 2026 – Villach: tax fraud suspects arrested\n",
        ),
        (
            "Ghent, 20 January 2025",
            dt.date(2025, 1, 20),
            "17/01/2025: Bruges - counterfeit watches seized in port\n"
            "15/01/2025: Ostend - cash courier stopped with €300,000\n",
        ),
    ],
)
def test_a_release_set_in_one_block_keeps_its_dateline_over_its_dated_teasers(
    dateline: str, day: dt.date, teasers: str
) -> None:
    """A police release pasted with no blank lines, its older releases listed by date at its
    foot: two dated teasers in the page's one block are no timeline that its own dateline
    (above the headline) would belong to."""
    page = (
        "CUSTOMS AND EXCISE SERVICE\nRegional Directorate\nPRESS RELEASE\n"
        f"{dateline}\n"
        "OFFICERS SEIZE 2.5 TONNES OF UNTAXED TOBACCO IN WAREHOUSE RAID\n"
        "Officers of the regional directorate searched a warehouse on the edge of the city"
        " this morning and found 2.5 tonnes of tobacco on which no duty had been paid.\n"
        "Three men were questioned and released; the investigation continues.\n"
        "Related press releases\n"
        f"{teasers}"
    )
    assert segment_text(page).byline.published == day


@pytest.mark.parametrize(
    ("issuer", "document", "headline"),
    [
        (
            "NATIONAL BANK OF GEORGIA",
            "Monetary Policy Statement No. 3/2026",
            "MONETARY POLICY DECISION: KEY RATE KEPT AT 8.00 PERCENT",
        ),
        (
            "Bank of Albania",
            "Financial Stability Review No. 12",
            "Banks' capital buffers rise for a fifth half-year in a row",
        ),
        (
            "MINISTRY OF FINANCE",
            "Public Debt Bulletin Number 41",
            "PUBLIC DEBT FALLS TO 47.2 PERCENT OF GDP AT END-JUNE",
        ),
        (
            "Central Bank of Armenia",
            "Inflation Report No. 2/2025",
            "Price growth slows to 3.1 percent as food costs ease",
        ),
    ],
)
def test_a_numbered_document_name_under_its_issuer_gives_way_to_the_headline(
    issuer: str, document: str, headline: str
) -> None:
    """A central bank's or a ministry's serial document names itself and its number over the
    dateline; the headline of what it says comes under them."""
    page = (
        f"{issuer}\n{document}\nTbilisi, 14 May 2026\n{headline}\n"
        "1. The board decided to keep the rate unchanged, saying that price growth was close to"
        " the target and that credit to firms had grown by 9 percent in the year to April.\n"
    )
    structure = segment_text(page)
    assert structure.title == headline
    assert structure.byline.published == dt.date(2026, 5, 14)
