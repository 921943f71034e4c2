"""The top of a page: a sign-up promo above the headline is never the headline; a standfirst with
no closing stop does not hide the stamp under it; a bullet is never a stamp; a report's masthead
with its issue month is part of the heading; "[Photo]" lines are captions; a byline's job or base
after a comma is not a second author."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.byline import parse_byline
from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

STORY = (
    "Regional water utility raises summer tariffs by 7% to fund new pipes\n\n"
    "By Ines Moreau\n14 June 2025\n\n"
    "The utility said on Friday that household tariffs would rise by 7% from July, the first"
    " increase in three years, to pay for 300 km of new mains.\n"
)


@pytest.mark.parametrize(
    "promo",
    [
        "Subscribe: 3 months for $1",
        "Sign up for the Morning Ledger >",
        "Join now: unlimited access for £2 a week",
        "Subscribe today » first month free",
    ],
)
def test_a_sign_up_promo_above_the_headline_is_not_the_headline(promo: str) -> None:
    page = f"HARBOUR POST\nNews | Business | Sport\n{promo}\n\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == STORY.split("\n")[0]
    assert kind_of(page, promo, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("standfirst", "stamp", "day"),
    [
        (
            "Satellite counts show the herd grew to about 41,000 animals over the winter, the"
            " largest number recorded since rangers began their aerial surveys of the park in 1998",
            "Thu 6 Mar 2025 08.30 GMT | Last modified on Thu 6 Mar 2025 10.05 GMT | Comments (88)",
            dt.date(2025, 3, 6),
        ),
        (
            "Ministers want the new crossing open before the next election but engineers say the"
            " cost has risen by a third since the design was first approved by the county council in 2021",
            "Published 22 October 2025 | 312 comments",
            dt.date(2025, 10, 22),
        ),
        (
            "The fund lost value for a second quarter as bond prices fell and two large property"
            " holdings were written down by a combined 400 million euros in its latest half-year accounts",
            "Updated: 03.02.2026, 14:10 | Shares (41)",
            dt.date(2026, 2, 3),
        ),
        (
            "Volunteers counted fewer than 200 nesting pairs along the whole coast this spring"
            " after two storms flooded the low dunes where most of the colonies usually breed and raise chicks",
            "May 28, 2025 at 9:00 a.m. | Comments (7)",
            dt.date(2025, 5, 28),
        ),
    ],
)
def test_a_standfirst_without_a_stop_does_not_hide_the_stamp_under_it(
    standfirst: str, stamp: str, day: dt.date
) -> None:
    page = (
        f"Section\nA headline about the story of the day in several words\n{standfirst}\n"
        f"By Rui Santos\n{stamp}\n\nThe first paragraph of the story says what happened on the"
        " day and who said so, in one long sentence that ends with a stop.\n"
    )
    assert segment_text(page, TODAY).byline.published == day


@pytest.mark.parametrize(
    "bullet",
    [
        "* To close 40 branches, or 8% of the network, by end-2026",
        "- Output seen up 3% this year, driven by exports",
        "• Plans 1,200 new homes, by mid-2027, says the council",
        "* Net debt down to 2.1 bln euros, by year-end",
    ],
)
def test_a_key_point_bullet_under_the_headline_is_body_not_a_stamp(bullet: str) -> None:
    page = (
        "UPDATE 1-Northbank posts higher profit, plans branch closures\n\n"
        f"March 3, 2026 9:15 AM GMT\n\n{bullet}\n* Shares up 2%\n\n"
        "LONDON, March 3 (Wire) - Northbank said on Tuesday its profit rose, and it set out plans"
        " to shrink its network over the coming years.\n"
    )
    assert kind_of(page, bullet, TODAY) == "body"


@pytest.mark.parametrize(
    "masthead",
    [
        "Monthly Sugar Review - June 2025",
        "Steel Market Monitor | September 2025",
        "Quarterly Freight Outlook - Q3 2025",
        "Dairy Prices Brief - March 2026",
    ],
)
def test_a_reports_masthead_with_its_issue_month_is_part_of_the_heading(masthead: str) -> None:
    page = (
        "Acme Research\nHome | Research | Contact\n\n"
        f"{masthead}\nDate: 14/07/2025 | Ref. AR-77\n\n"
        "PRICES EASE AS SUPPLY RECOVERS\n\n"
        "Prices fell for a second month as shipments picked up, the report says in its opening"
        " section, which sets out the month's main moves.\n"
    )
    assert kind_of(page, masthead, TODAY) == "title"


@pytest.mark.parametrize(
    "caption",
    [
        "[Photo] Workers repair the sea wall in Dunmore on 4 January. Photo: K. Walsh",
        "[Image] The new ferry at its berth, photographed in 2024. Image: Port authority",
        "[Photo caption] A grain ship off Constanta, Feb. 2, 2025. Wire/File Photo",
        "[Video] Footage from the launch on Tuesday morning",
        "[Pic] Voters queue outside a school in Galle, 3 May 2025. Pic by R. Perera",
        "[Pics] Flood water on the main road, last Sunday",
    ],
)
def test_a_bracketed_media_label_opens_a_caption(caption: str) -> None:
    page = (
        "Harbour works finish early after mild winter\n\nBy Jo Hart | 10 March 2025\n\n"
        "The council said on Monday the works had finished two weeks early and under budget.\n\n"
        f"{caption}\n\nThe harbour reopens to ferries next week, the council said.\n"
    )
    assert kind_of(page, caption, TODAY) == "caption"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Saoirse Lane, Science correspondent", ["Saoirse Lane"]),
        ("By Ana Ruiz, in Madrid, and Tom Lee", ["Ana Ruiz", "Tom Lee"]),
        ("By Jane Doe, Senior Markets Editor", ["Jane Doe"]),
        ("By Amir Haddad and Lena Fox, staff writers", ["Amir Haddad", "Lena Fox"]),
        ("By Petra Nowak  Staff Writer", ["Petra Nowak"]),  # the job after a gap of spaces
        ("By Omar Said   Business reporter", ["Omar Said"]),
        ("By Lise Berg  Oslo bureau", ["Lise Berg"]),
        ("By Ken Ito and Mia Roth  Staff writers", ["Ken Ito", "Mia Roth"]),
    ],
)
def test_a_bylines_job_or_base_is_not_an_author(line: str, authors: list[str]) -> None:
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize(
    "widget",
    [
        "Weather: Ashby 8°C Showers and sunny spells",
        "Today's weather in Kendal: 3° Snow showers",
        "Whitby 11°C | Cloudy",
        "Forecast for Harrogate 14°C, light rain",
        "Marlow, NH  39°F  Cloudy",  # the town's state or county after a comma
        "Bend, Oregon 52°F | Light rain",
        "Ely, Cambs 7°C Sunny intervals",
        "Tamworth, NSW: 28°C Clear",
    ],
)
def test_a_weather_widget_above_the_headline_is_not_the_headline(widget: str) -> None:
    headline = "Town hall approves 6% rise in parking fees from June"
    page = (
        f"THE MOOR HERALD\nHome | News | Sport | Jobs\n{widget}\nNews > Politics\n{headline}\n"
        "By Ruth Alder\nPublished: 3 March 2026, 08:15\n\nCouncillors voted on Tuesday to raise"
        " parking fees by 6% from June, the first rise since 2021, to pay for road repairs.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert structure.byline.published == dt.date(2026, 3, 3)
    assert kind_of(page, widget, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "widget",
    [
        "Valletta 24°C Gregale | Gozo ferry: next sailing 25 min",
        "Tromsø -3°C Nordavind | Airport road: closed until 14:00",
        "Ceuta 21°C Poniente | Border: wait into Spain 40 min",
        "St Helier 16°C Westerly | Harbour: next high tide 14:32",
        "Stornoway 9°C, SW 25 kt | Sunrise 06:12 | High water 11:40",
        "Lerwick 6°C, N 18 kn | Ferry: on time",
        "Nuuk -4°C NE 30 km/h | Sunset 15:02",
        "Punta Arenas 5°C, W 40 mph | Tide HW 09:15",
    ],
)
def test_a_place_and_its_temperature_beside_another_widget_is_not_the_headline(
    widget: str,
) -> None:
    """A small site's bar under its name: the weather (a place, its temperature, the wind) and
    another live figure (a queue, a ferry, a tide) split by a bar."""
    headline = "Harbour board doubles mooring fees for visiting yachts"
    page = (
        f"THE ISLAND POST\n{widget}\nNews | Business | Sport | Letters\n{headline}\n"
        "Owners say the rise will drive boats to rival marinas across the bay\n"
        "Posted 4 May 2026 at 09:10 by Carla Vella | 8 comments\n"
        "The harbour board voted on Friday to double mooring fees for visiting yachts from June,"
        " the first rise in nine years.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, widget, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "headline",
    [
        "Temperatures to hit 35°C in the city as heatwave builds",
        "Weather warning: gusts of 80mph expected on the coast tonight",
        "Seville Swelters At 46°C As Drought Deepens",
        "Madrid hits 44°C, breaking its June record",
    ],
)
def test_a_headline_about_the_weather_stays_the_headline(headline: str) -> None:
    page = (
        f"THE MOOR HERALD\nHome | News | Sport | Jobs\n{headline}\nBy Ruth Alder\n"
        "Published: 3 March 2026, 08:15\n\nForecasters said on Tuesday that the hot spell would"
        " last until the weekend, with the highest readings expected inland on Thursday.\n"
    )
    assert segment_text(page, TODAY).title == headline


@pytest.mark.parametrize(
    "notice",
    [
        "For professional investors only. See important disclosures on the last page.",
        "Intended for institutional investors only.",
        "For qualified clients only. Please read the disclaimer at the end of this report.",
        "Available to premium subscribers only",
    ],
)
def test_an_audience_notice_above_the_headline_is_not_the_headline(notice: str) -> None:
    page = f"Ridgeway Capital | Rates Strategy\n{notice}\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == STORY.split("\n")[0]
    assert kind_of(page, notice, TODAY) != "body"
