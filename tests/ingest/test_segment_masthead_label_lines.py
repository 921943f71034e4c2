"""Masthead lines that name the paper rather than the story: a tagline that dates the paper's
founding in its own language ("Tageszeitung seit 1948"), a monthly's tagline beside its city and
its volume and issue with the issue's months in brackets, another story's breaking strip set off by
an arrow, and a release's "Division:" label: none is the headline under them."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

UNDER = (
    "Home | Politics | Business | Sport\n"
    "{head}\n"
    "By Lena Okafor\n"
    "The harbour board said on Thursday that it would add two berths by March, after cargo"
    " volumes rose 12% in the first nine months of the year.\n"
)
HEAD = "Harbour board to add two berths as cargo volumes climb"


@pytest.mark.parametrize(
    "top",
    [
        "DIE NORDPOST\nDigital edition · Tageszeitung seit 1948",
        "EL CORREO DEL VALLE\nEnglish edition · Diario regional desde 1972",
        "LE MATIN DU LITTORAL\nInternational edition · Quotidien indépendant depuis 1960",
        "THE HIGHLAND WEEKLY\nOnline edition · Weekly paper since 1899",
    ],
)
def test_a_tagline_dating_the_paper_gives_way_to_the_headline(top: str) -> None:
    page = top + "\n" + UNDER.format(head=HEAD)
    assert segment_text(page).title == HEAD


@pytest.mark.parametrize(
    "top",
    [
        "GULF LEDGER\nThe energy monthly of the Gulf · Doha · Vol. 3, Issue 11 (November 2025)",
        "ANDEAN TRADE\nThe trade quarterly of the Andes · Lima · Issue 42 (Spring 2026)",
        "SAHEL FARMER\nThe farming weekly for West Africa · Bamako · No. 118 (5 Mar 2026)",
        "RIVER & PORT\nThe shipping monthly of the Rhine · Basel · Vol. 12 (May 2024)",
    ],
)
def test_a_monthly_tagline_with_its_issue_gives_way_to_the_headline(top: str) -> None:
    page = top + "\n" + UNDER.format(head=HEAD)
    assert segment_text(page).title == HEAD


@pytest.mark.parametrize(
    "strip",
    [
        "BREAKING ▸ Water supply in the east district off until 6 pm",
        "Breaking ► Main road to the airport closed after a lorry overturned",
        "JUST IN » Ferry to the north island cancelled for the afternoon",
        "Breaking ▶ Schools shut early as the storm nears the coast",
    ],
)
def test_a_breaking_strip_set_off_by_an_arrow_is_not_the_headline(strip: str) -> None:
    page = "HARBOUR TIMES\n" + strip + "\n" + UNDER.format(head=HEAD)
    assert segment_text(page).title == HEAD


@pytest.mark.parametrize(
    "label",
    [
        "Division: Maritime Security Policy Unit",
        "Directorate: Consular Affairs and Overseas Citizens",
        "Unit: Export Control Coordination",
        "Division: Economic Cooperation Bureau",
    ],
)
def test_a_releases_division_label_is_not_its_title(label: str) -> None:
    page = (
        "DEPARTMENT OF EXTERNAL RELATIONS\n"
        "Department ▸ Newsroom ▸ Statements\n\n"
        "No. 26-0311 | Date 2026-03-11\n" + label + "\n\n" + HEAD + "\n\n"
        "1. The Government today added four companies to its export control list, the ministry"
        " said, after a review of shipments made in the past year.\n"
    )
    assert segment_text(page).title == HEAD


@pytest.mark.parametrize(
    "menu",
    [
        "Provincial Cabinet | Governor | Councils | Media Releases | Budget 2026-27 | Search",
        "City Council | Mayor | Councillors | Press Releases | Plan 2030 | Search",
        "Regional Office | Departments | News Releases | Estimates 2025-26 | Contact",
    ],
)
def test_a_menu_with_a_year_in_an_item_is_no_heading(menu: str) -> None:
    page = "Skip to content | Contact us\n" + menu + "\n\n" + UNDER.format(head=HEAD)
    assert kind_of(page, menu) == "boilerplate"


@pytest.mark.parametrize(
    "issue",
    [
        "October 2026 | Vol. 22, No. 10",
        "March 2025 | Vol. 3, Issue 2",
        "Spring 2026 | Volume 21, Number 1",
    ],
)
def test_a_magazines_issue_line_with_volume_and_number_is_its_stamp(issue: str) -> None:
    page = "SHIPPING REVIEW\n" + issue + "\n" + UNDER.format(head=HEAD)
    assert kind_of(page, issue) == "boilerplate"
    assert segment_text(page).title == HEAD
