"""The top of an official page: a breadcrumb opened by its label ("You are here: ..."), a listed
company's notice with its issuer and category fields, a regulator's decision under its number, a
government portal's header over a ministry's name, and a breaking strip over the breadcrumb. None of
those lines is the headline under them."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Customs agency tightens checks on second-hand vehicle imports"
TEXT = (
    "The customs agency said on Tuesday that every used car shipped from outside the region will"
    " be inspected at the port of entry from next month, after 240 cars were found with altered"
    " mileage.\n"
)


@pytest.mark.parametrize(
    "crumb",
    [
        "You are here: Home > Questions",
        "You're here: Home > Media > Notices",
        "Current page: Home > Guidance > Importing vehicles",
        "Location: Start > Services > Customs",
    ],
)
def test_a_breadcrumb_opened_by_its_label_is_never_the_headline(crumb: str) -> None:
    page = (
        "Revenue and Customs Agency\n"
        "Home | About | Services | Contact\n"
        f"{crumb}\n\n"
        f"{HEADLINE}\n\n"
        f"{TEXT}"
    )
    assert segment_text(page).title == HEADLINE
    assert kind_of(page, crumb) != "body"


@pytest.mark.parametrize(
    "fields",
    [
        "Issuer: NORTHWIND SHIPPING ASA\nISIN: NO0010778911\nCategory: Price-sensitive information",
        "Issuer name: Baltic Grain Holdings plc\nCategory: Ad hoc announcement",
        "Listed company: Meridian Cement S.A.\nCategory: Other regulated information",
        "Company name: Harbour Foods Ltd\nCategory: Major shareholding notification",
    ],
)
def test_a_notice_issuer_and_category_lines_sit_over_its_headline(fields: str) -> None:
    headline = "DISPOSAL OF THE GROUP'S COLD STORAGE DIVISION"
    page = (
        "Exchange Notices | Regulated Information\n"
        f"{fields}\n"
        "Date of release: 04/03/2026 08:30\n\n"
        f"{headline}\n\n"
        "The Company announces that it has agreed to sell its cold storage division for EUR 48"
        " million, and expects to complete the sale in the second quarter.\n"
    )
    structure = segment_text(page)
    assert structure.title == headline
    assert kind_of(page, fields.splitlines()[0]) == "boilerplate"


@pytest.mark.parametrize(
    "number",
    [
        "Decision No. 118/2026",
        "Resolution No. 27-2025",
        "Order no. 4/2026",
        "Determination No: D2026/031",
    ],
)
def test_a_decision_number_over_its_heading_is_never_the_headline(number: str) -> None:
    heading = "DECISION ON WHOLESALE GAS TRANSMISSION CHARGES FOR 2027"
    page = (
        "NATIONAL ENERGY REGULATOR\n"
        f"{number}\n\n"
        f"{heading}\n\n"
        "Valletta, 12 November 2026\n\n"
        "1. The Regulator approves an allowed revenue of EUR 84 million for the transmission"
        " operator for 2027, 3% less than it requested.\n"
    )
    assert segment_text(page).title == heading
    assert kind_of(page, number) == "boilerplate"


@pytest.mark.parametrize(
    "portal",
    [
        "Official information resource of the Head of Government",
        "The official web portal of the Government of the Province",
        "An official website of the State Government",
        "Official internet resource of the Cabinet of Ministers",
    ],
)
def test_a_government_portal_header_gives_way_to_the_headline(portal: str) -> None:
    headline = "Spring sowing finished on 2.4 million hectares across the northern regions"
    page = (
        f"{portal}\n"
        "Ministry of Water Resources of the Province\n"
        "Main / Media / Announcements\n\n"
        f"{headline}\n\n"
        "04.06.2026 | Views: 812\n\n"
        "Farmers have finished sowing spring wheat and barley on 2.4 million hectares, the press"
        " service of the ministry reports.\n"
    )
    assert segment_text(page).title == headline
    assert kind_of(page, portal) == "boilerplate"


@pytest.mark.parametrize(
    "crumb",
    [
        "Home > News > Weather",
        "Home > Local > Harbour",
        "News > Business > Tourism",
        "Home » Region » Transport",
    ],
)
@pytest.mark.parametrize(
    "strip",
    [
        "BREAKING: Coast road shut after rockfall near the lighthouse",
        "Just in - Ferry services cancelled for the rest of the day",
    ],
)
def test_a_breaking_strip_over_the_breadcrumb_gives_way_to_the_headline(
    strip: str, crumb: str
) -> None:
    headline = "Reservoir levels fall to 19% as hosepipe ban is extended into winter"
    page = (
        "HARBOUR POST | Local news you can trust\n"
        "News | Sport | What's On | Property\n"
        f"{strip}\n\n"
        f"{crumb}\n\n"
        f"{headline}\n\n"
        "By Dan Moss | 02/10/2026 - 08:40\n\n"
        "The region's reservoirs held 19% of their capacity at the end of September, and the"
        " hosepipe ban will stay in place until the end of the year, the water company said.\n"
    )
    assert segment_text(page).title == headline
    assert kind_of(page, strip) != "body"
