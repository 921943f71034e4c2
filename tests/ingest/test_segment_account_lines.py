"""Lines a site sets above the headline that are no headline: a subscription offer with its
price, a login or account line, a note to subscribers, the site's tagline, an office-holder's
name over a release; and a title bar that sets the site's name beside the headline, whose title
is the headline alone."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text, site_prefixed
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Regional rail operator cuts 40 evening services as driver shortage deepens"
STORY = (
    f"{HEADLINE}\n\n"
    "By Marta Lindqvist\n21 May 2026\n\n"
    "The operator said on Thursday that it would drop 40 evening trains from June because it"
    " was short of about 90 drivers, the third cut to its timetable this year.\n"
)


def _title(top: str) -> str | None:
    return segment_text(f"{top}\n\n{STORY}", TODAY).title


@pytest.mark.parametrize(
    "offer",
    [
        "Subscribe from $2 a month",
        "Sign in | Join today - 75p for the first month",
        "Try us free for 30 days",
        "Go premium - first month just £1",
        "Support our cross-river reporting - from $3 a month",
        "Back our newsroom for just €5 a month",
        "Support independent journalism: £4 a month, cancel any time",
        "Fund our reporters from US$2 per week",
        "Rs 5 subscribe",  # the price written before the word
        "Tk 3.50 a day | Subscribe",
        "$1 per week - subscribe now",
        "R15/month subscription",
    ],
)
def test_a_price_offer_above_the_headline_is_furniture(offer: str) -> None:
    top = f"THE VALLEY COURIER\nNews | Towns | Sport | Jobs\n{offer}"
    assert _title(top) == HEADLINE
    assert kind_of(f"{top}\n\n{STORY}", offer, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "account",
    [
        "Logged in as: reader4411 | Manage account",
        "Signed in as M. Okafor",
        "Upgrade to premium access for the full archive",
        "You are reading a free preview of this report",
    ],
)
def test_a_login_or_account_line_above_the_headline_is_furniture(account: str) -> None:
    top = f"FREIGHT INSIGHT\nMarkets | Data | Events\n{account}"
    assert _title(top) == HEADLINE


@pytest.mark.parametrize(
    "notice",
    [
        "Subscriber edition - please do not forward this copy outside your firm.",
        "Members' copy: do not republish without written permission.",
        "Premium content for subscribers only.",
        "This briefing is for named recipients; please don't redistribute it.",
    ],
)
def test_a_note_to_subscribers_does_not_end_the_headline_search(notice: str) -> None:
    top = f"THE TRADE LETTER\nBriefings | Archive | Log in\n{notice}"
    assert _title(top) == HEADLINE


@pytest.mark.parametrize(
    "tagline",
    [
        "Independent journalism for the Baltic coast",
        "Local news you can trust",
        "Serving the Fens and the Wash since 1871",
        "Est. 1902",
    ],
)
def test_a_site_tagline_gives_way_to_the_headline(tagline: str) -> None:
    top = f"NORTH SEA LEDGER\n{tagline}\nHome / Ports / Energy / Fishing"
    assert _title(top) == HEADLINE
    assert kind_of(f"{top}\n\n{STORY}", tagline, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "office",
    [
        "Minister for Roads, Ports and Transport",
        "Secretary of State for Energy Security",
        "Deputy Minister of Finance and Economic Planning",
        "Governor of the Central Province",
    ],
)
def test_an_office_holder_over_a_release_gives_way_to_its_headline(office: str) -> None:
    page = (
        f"MEDIA STATEMENT\n\n{office}\nHon. Tamsin Reyes MP\n\n12 March 2026\n\n"
        "$48 MILLION TO REBUILD FLOOD-DAMAGED BRIDGES\n\n"
        "The government will spend $48 million over two years to rebuild 17 bridges that were"
        " damaged in the January floods, the minister said today.\n"
    )
    assert segment_text(page, TODAY).title == "$48 MILLION TO REBUILD FLOOD-DAMAGED BRIDGES"


@pytest.mark.parametrize(
    ("bar", "headline"),
    [
        (
            "Valley Courier | Bridge Tolls Rise For A Third Year In A Row",
            "Bridge Tolls Rise For A Third Year In A Row",
        ),
        (
            "Council approves new cycle lanes on four city roads | Northgate Echo",
            "Council approves new cycle lanes on four city roads",
        ),
        (
            "The Coastal Record | Harbour dredging to start in spring after two years of delays",
            "Harbour dredging to start in spring after two years of delays",
        ),
        (
            "Fenland Voice | Grain prices slip 4% as harvest estimates are raised",
            "Grain prices slip 4% as harvest estimates are raised",
        ),
    ],
)
def test_a_title_bar_gives_the_headline_without_the_site_name(bar: str, headline: str) -> None:
    page = (
        f"{bar}\nMenu  Search  Sign in\n\n"
        "By Ola Brandt\n2 April 2026\n\n"
        "The figures published on Wednesday show a change from last year, officials said.\n"
    )
    assert segment_text(page, TODAY).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Ministry of Trade | Press release",
        "World | Business | Markets",
        "Rates hold at 4% for a third month | Prices rise again in the north",
    ],
)
def test_a_bar_without_a_short_name_beside_a_headline_is_no_title_bar(line: str) -> None:
    assert site_prefixed(line) is None


@pytest.mark.parametrize(
    "headline",
    [
        "Subscription prices rise by £2 a month at the biggest streaming service",
        "Try before you buy: shops offer free returns for a whole year",
        "Switch to digital radio delayed until 2030 as listeners resist",
        "Signed in haste, the port deal now faces a court challenge",
        "Support for dairy farmers rises to $4 billion a year under new plan",
        "Backing our ports: state puts £2 a tonne levy on freight",
    ],
)
def test_a_headline_about_prices_or_accounts_stays_the_headline(headline: str) -> None:
    page = (
        f"THE VALLEY COURIER\nNews | Towns | Sport | Jobs\n\n{headline}\n\n"
        "By Ola Brandt\n2 April 2026\n\n"
        "The change was announced on Wednesday and takes effect next month, officials said.\n"
    )
    assert segment_text(page, TODAY).title == headline


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("Valley Courier", "Bridge Tolls Rise For A Third Year In A Row"),
        ("The Coastal Record", "Harbour dredging to start in spring after two years of delays"),
        ("Fenland Voice", "Grain prices slip 4% as harvest estimates are raised"),
        ("Northgate Echo", "Council approves new cycle lanes on four city roads"),
    ],
)
def test_a_title_bar_gives_way_to_the_headline_set_under_it(name: str, headline: str) -> None:
    bar = f"{name} | {headline}"
    page = (
        f"{bar}\nMenu  Search  Sign in\nNEWS  SPORT  JOBS\nAdvertisement\n\nNews > Towns\n\n"
        f"{headline}\n\nLocal traders say the change will cost them dearly this year\n\n"
        "By Ola Brandt\nPublished: 09:10, 2 April 2026\n\n"
        "The figures published on Wednesday show a change from last year, officials said.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert structure.byline.authors == ["Ola Brandt"]
    assert kind_of(page, bar, TODAY) == "title"


@pytest.mark.parametrize(
    ("bar", "headline"),
    [
        (  # the bar's shorter headline, the page's own one worded apart under the menu
            "Harbour toll plan passes on second vote | Kestrel Bay Times",
            "Councillors back $12M harbour toll plan on second vote",
        ),
        (
            "Rail Gazette | Night trains return to the coast line in May",
            "Night trains to return to the coast line from May after a decade",
        ),
        (
            "Library cuts shelved after protest | The Fenwick Mercury",
            "County shelves library cuts after 2,000 protest outside hall",
        ),
        (
            "Ferry fares frozen for winter | Island Post",
            "Operator says ferry fares will stay frozen for the winter season",
        ),
    ],
)
def test_a_title_bar_gives_way_to_a_reworded_headline_under_it(bar: str, headline: str) -> None:
    page = (
        f"{bar}\nSubscribe for $1 | Log in\nHOME  NEWS  SPORTS  OPINION\n"
        f"{headline}\nBy Ola Brandt  Staff Writer\nApril 2, 2026\n"
        "The figures published on Wednesday show a change from last year, officials said.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert structure.byline.authors == ["Ola Brandt"]
    assert kind_of(page, bar, TODAY) == "title"


@pytest.mark.parametrize(
    "line",
    [  # a line under the bar that shares few of its words is no retold headline
        "Weekend markets draw record crowds to the old quay",
        "Residents fear for the future of the bay",
    ],
)
def test_a_title_bar_over_another_story_keeps_its_own_headline(line: str) -> None:
    bar = "Harbour toll plan passes on second vote | Kestrel Bay Times"
    page = f"{bar}\nHOME  NEWS  SPORTS\n{line}\nBy Ola Brandt\nApril 2, 2026\n\nText of it.\n"
    assert segment_text(page, TODAY).title == "Harbour toll plan passes on second vote"


@pytest.mark.parametrize(
    "strip",
    [
        "Log in   Subscribe for 99p a week",
        "Log in    Join today from $2 a month",
        "Register  Sign in",
        "My account    Try us free for 30 days",
    ],
)
def test_account_buttons_split_by_wide_gaps_are_furniture(strip: str) -> None:
    top = f"THE VALLEY COURIER\nNews | Towns | Sport | Jobs\n{strip}"
    assert _title(top) == HEADLINE
    assert kind_of(f"{top}\n\n{STORY}", strip, TODAY) == "boilerplate"


def test_a_headline_with_a_wide_gap_and_no_account_piece_stays_the_headline() -> None:
    headline = "Ferry fares rise  as fuel costs climb for a second year"
    top = f"THE VALLEY COURIER\nNews | Towns | Sport | Jobs\n{headline}"
    assert segment_text(f"{top}\n\n{STORY}", TODAY).title == headline
