"""Page furniture around a story: a name line over the site's menu is no headline, a wire story's
bulleted points stand above the lead whose dateline dates it, a "Pictured:" line or a
photographer's credit in brackets marks a caption, and "Also on <site>" heads other stories."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import is_nav, segment_text
from tests.ingest.helpers import TANKERS_BODY, TODAY, kind_of

HEADLINE = "Pension top-ups to rise by 4% from July, minister says"


@pytest.mark.parametrize(
    ("name", "menu"),
    [
        ("Federal Public Service Mobility and Transport", "Newsroom > Press releases"),
        ("National Agency for Coastal Protection", "Home | About | News | Contact"),
        ("Regional Water Authority of the Upper Valley", "Home > Media > Statements"),
        ("Statistics Office Of The Northern Isles", "Releases / Data / Methods"),
    ],
)
def test_a_name_over_the_menu_gives_way_to_the_headline_under_it(name: str, menu: str) -> None:
    page = f"{name}\n{menu}\n\nPress release | 12/05/2026\n\n{HEADLINE}\n\n{TANKERS_BODY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, name, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "title",
    [
        "Canal Pilots Walk Out Over Night Shifts",
        "Harbour Authority Raises Berth Fees",
        "Ministry Of Transport Orders Ferry Checks",
        "Grain Board Cuts Its Harvest Estimate",
    ],
)
def test_a_title_case_headline_over_a_byline_stays_the_headline(title: str) -> None:
    page = f"Harbour Times\nPorts | Trade | Shipping\n\n{title}\nBy Lea Novak\n\n{TANKERS_BODY}"
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    ("points", "lead", "expected"),
    [
        (
            "* Ministry names 4 firms, 2 ships\n* Measures follow port inspections",
            "OSLO, March 4 (Fjord Wire) - Norway on Wednesday banned two cargo ships from its"
            " ports and froze the accounts of four shipping firms it said had broken export rules"
            " on dual-use goods.",
            dt.date(2026, 3, 4),
        ),
        (
            "- Output down for third month\n- Refinery outages weigh",
            "LIMA, Aug 12 (Andes Newswire) - Peru's copper output fell for a third month in"
            " July, the mining ministry said on Tuesday, as protests shut roads to two large"
            " mines in the south of the country.",
            dt.date(2025, 8, 12),
        ),
        (
            "* Court upholds fine of 9 mln euros\n* Company may still appeal",
            "VIENNA, Jan 16 (Danube Press) - An Austrian court on Thursday upheld a fine of 9"
            " million euros imposed on a grain trader for selling wheat from occupied regions of"
            " Ukraine, its spokesman said.",
            dt.date(2025, 1, 16),
        ),
        (
            "* Three tankers listed\n* Fleet manager also named (adds detail in paragraph 4)",
            "SEOUL, Oct 7 (Han River Wire) - South Korea on Tuesday blacklisted three tankers and"
            " the company that manages them for carrying oil to the North in ship-to-ship"
            " transfers at sea, the foreign ministry said.",
            dt.date(2025, 10, 7),
        ),
    ],
)
def test_bulleted_points_above_a_wire_lead_leave_its_dateline_the_date(
    points: str, lead: str, expected: dt.date
) -> None:
    page = f"Shipping firms hit by new measures\n\n{points}\n\nBy Ana Ruiz\n\n{lead}\n"
    assert segment_text(page, TODAY).byline.published == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Pictured: Farmers queue at the depot in Lleida on Saturday.",
        "Above: the damaged pier after the storm on Monday.",
        "Dry fields near the river on Sunday. (Valley Post/M. Ortiz)",
        "In the photo: Workers repair the dam wall last week.",
    ],
)
def test_a_caption_line_is_no_body(caption: str) -> None:
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{caption}\n\n{TANKERS_BODY}"
    assert kind_of(page, caption, TODAY) == "caption"


@pytest.mark.parametrize(
    "label",
    [
        "ALSO ON THE VALLEY POST",
        "More in Business",
        "Elsewhere on Harbour Times",
        "Also at Ledger:",
    ],
)
def test_also_on_the_site_heads_other_stories(label: str) -> None:
    teaser = "- Ferry fares climb 6% in August"
    page = f"{HEADLINE}\nBy Lea Novak\n\n{TANKERS_BODY}{label}\n{teaser}\n- Two bridges close for repairs\n"
    assert kind_of(page, teaser, TODAY) == "related"


@pytest.mark.parametrize(
    "menu",
    [
        "ADRIATICO 24 | Live | Croatia | Europe | Weather | Video",
        "Channel 9 | News | Sport | Business | Opinion",
        "24 Horas | Portada | Mundo | Deportes",
        "Radio Metro 102 | Traffic | Local | Music | Podcasts",
    ],
)
def test_a_menu_led_by_a_numbered_site_name_is_no_headline(menu: str) -> None:
    page = f"{menu}\nLIVE\n{HEADLINE}\n\n{TANKERS_BODY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, menu, TODAY) != "body"


@pytest.mark.parametrize(
    "row",
    [
        "Exports | 2024 | 2025 | Change",
        "Region 5 | 12 | 14 | 9",
    ],
)
def test_a_table_row_with_figures_is_no_menu(row: str) -> None:
    assert not is_nav(row)


@pytest.mark.parametrize(
    "name",
    [
        "DELTA COURIER — Independent reporting on Bangladesh, Myanmar, Nepal and Bhutan",
        "Sahara Ledger - news and analysis from Niger, Chad and the wider desert region",
        "The Island Post | the voice of the Outer Hebrides since the first edition",
        "ANDES MONITOR — daily news on mining, water and politics across the mountains",
    ],
)
def test_a_site_name_with_a_long_tagline_over_the_menu_is_no_headline(name: str) -> None:
    page = f"{name}\nHome | World | Politics | Analysis | Donate\n{HEADLINE}\n\n{TANKERS_BODY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, name, TODAY) != "body"
