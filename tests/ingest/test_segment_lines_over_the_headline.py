"""Lines a site or an agency sets over the headline, which give way to it: a wire's slug line
("CHILE-PERU/FISHING (UPDATE 2)"), a breadcrumb that ends in the section's archive year ("Press
releases > 2025"), a strip of market rates ("Dollar 948.20 | Gold $2,310"); and the standfirst
set right under the headline with no byline under it, which is the story's own text."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Peru bars three Chilean trawlers from its waters over illegal squid catches"
LEAD = (
    "LIMA, May 4 (Agency) - Peru's fisheries ministry on Monday barred three Chilean trawlers from"
    " its waters for two years after inspectors found 600 tonnes of undeclared squid aboard.\n"
)


@pytest.mark.parametrize(
    "slug",
    [
        "PERU-CHILE/FISHING (UPDATE 2)",
        "PERU-CHILE/FISHING",
        "FISHERIES-PERU/SQUID (REFILE)",
        "LATAM-MARKETS/BONDS (UPDATE 1) (CORRECTED)",
    ],
)
def test_a_wire_slug_line_gives_way_to_the_headline(slug: str) -> None:
    page = f"Agency Wire | English Service\nHome > World > Americas\n{slug}\n{HEADLINE}\n\n{LEAD}"
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, slug) == "boilerplate"


@pytest.mark.parametrize(
    "crumb",
    ["Media Releases > 2025", "Press releases > June 2026", "News › 2024", "Statements » May 2026"],
)
def test_a_breadcrumb_to_a_section_s_archive_gives_way_to_the_headline(crumb: str) -> None:
    page = (
        "MINISTRY OF FISHERIES\n"
        "Home | About | Media | Contact\n"
        f"{crumb}\n"
        "MEDIA RELEASE\n\n"
        f"{HEADLINE}\n\n{LEAD}"
    )
    assert segment_text(page).title == HEADLINE


@pytest.mark.parametrize(
    "strip",
    [
        "Dólar observado $948,20 | Unidad de Fomento $39.612,45",
        "USD/KES 129.40 | Gold $2,310 | Brent $81.20",
        "Euro 1.08 | Pound 1.27",
        "Sensex 74,112 | Nifty 22,530 | Rupee 83.2",
    ],
)
def test_a_strip_of_market_rates_over_the_page_is_no_headline(strip: str) -> None:
    page = (
        f"THE HARBOUR POST\nWednesday 15 April 2026\n{strip}\n"
        "World | Business | Sport\n"
        f"{HEADLINE}\nBy Ana Ruiz | 15-04-2026\n\n{LEAD}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, strip) == "boilerplate"


@pytest.mark.parametrize(
    "standfirst",
    [
        "Inspectors found 600 tonnes of squid in the holds; Chile says it will appeal the ban",
        "The three ships may not fish in Peruvian waters for two years, the ministry said on Monday",
        "Fishing groups welcomed the ban but asked for more patrol boats along the southern coast",
        "Chile's embassy called the decision harsh and asked for the inspection reports to be shared",
    ],
)
def test_a_standfirst_right_under_the_headline_is_the_story_s_text(standfirst: str) -> None:
    page = (
        "MINISTRY OF FISHERIES\n"
        "Press > Press releases\n"
        "04.05.2026.\n"
        f"{HEADLINE}\n{standfirst}\n"
        "Print | Share\n\n"
        f"{LEAD}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, standfirst) == "body"


@pytest.mark.parametrize(
    "date_line",
    [
        "Santo Domingo | Miércoles, 23 de septiembre de 2026",
        "Lundi 4 mai 2026",
        "Lisboa, quarta-feira, 6 de maio de 2026",
        "Berlin, 4. Mai 2026",
    ],
)
def test_a_date_line_in_another_language_is_no_headline(date_line: str) -> None:
    headline = "peru bars three chilean trawlers over illegal squid catches"  # a lower-case style
    page = (
        f"DIARIO DEL SUR | English Edition\n{date_line}\n"
        "Nacional  Economía  Mundo  Deportes\n\n"
        f"{headline}\n\nBy Ana Ruiz | 04/05/2026 - 07:45\n\n{LEAD}"
    )
    assert segment_text(page).title == headline
    assert kind_of(page, date_line) == "boilerplate"


@pytest.mark.parametrize(
    ("institution", "unit"),
    [
        ("CENTRAL BANK OF THE REPUBLIC OF ARMENIA", "FINANCIAL MONITORING CENTER"),
        ("BANK OF GHANA", "FINANCIAL INTELLIGENCE CENTRE"),
        ("NATIONAL BANK OF MOLDOVA", "SUPERVISION AUTHORITY"),
        ("RESERVE BANK OF MALAWI", "FINANCIAL INTELLIGENCE UNIT"),
    ],
)
def test_an_institution_s_lines_over_a_report_give_way_to_its_title(
    institution: str, unit: str
) -> None:
    page = (
        f"{institution}\n{unit}\n\nANNUAL REPORT 2025\n\nCapital City, April 2026\n\n"
        "1. Key figures\n\nIn 2025 the unit received 2,146 reports of suspicious transactions,"
        " 12 per cent more than in 2024, and sent 87 cases to the police.\n"
    )
    assert segment_text(page).title == "ANNUAL REPORT 2025"
