"""Other stories' headlines are teasers ('related'): tickers, 'Other news' / 'Also from' /
'Read more' / 'Related' / 'More' lists and release lists; a breaking entry of the page itself
is body."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import (
    ABOVE,
    BELOW,
    HEAD,
    TANKERS_BODY,
    TANKERS_HEAD,
    TODAY,
    kind_of,
    kinds_of,
)


@pytest.mark.parametrize(
    "ticker",
    [
        "Trending: Oslo fines two shipowners | Ports reopen after strike | Wheat prices dip 3%",
        "Just in: Japan lists 14 more tankers | Rouble slides 2%",
        "Most read: Seoul freezes assets of three traders | Gas storage at 91%",
        "Hot topics - Sanctions | Elections | Grain corridor",
        "Trending now: UK bars 5 ship insurers",
        "More reports from Harbour Analytics: Port Monitor (fees at $3/t) | Freight Weekly",
        "Other newsletters: The Grain Letter | Coal Notes (prices up 4%)",
        "Recent briefings by the Institute: Why tanker rates doubled in 2024",
        "Other titles from Wirehouse Media: Metals Daily | Shipping Week | Agri Pulse",
    ],
)
def test_a_ticker_of_other_stories_is_a_teaser_wherever_it_stands(ticker: str) -> None:
    above = (
        f"THE HARBOUR TIMES\nNews | World | Business\n{ticker}\n\n"
        "Canberra widens its export bans on drone parts\nBy Kim Reyes | 9 May 2024\n\nBody text.\n"
    )
    structure = segment_text(above)
    assert structure.title == "Canberra widens its export bans on drone parts"
    assert ticker not in "".join(kinds_of(above).get("body", []))
    below = f"A headline about grain exports\n\nBy Ed Poe | 4 May 2024\n\nBody text.\n\n{ticker}\n\nMore body.\n"
    assert kinds_of(below)["body"] == ["Body text.", "More body."]


def test_a_breaking_entry_of_the_page_itself_stays_body() -> None:
    text = (
        "Live: talks on the price cap\n\nBy Ed Poe | 4 May 2024\n\n"
        "BREAKING: The EU has agreed its 15th package of sanctions, diplomats say.\n\nMore body.\n"
    )
    assert kinds_of(text)["body"][0].startswith("BREAKING: The EU has agreed")


@pytest.mark.parametrize(
    ("label", "item"),
    [
        (
            "OTHER NOTICES FROM THIS ISSUER",
            "02/02/2026 Share buyback: purchase of 8,100 shares",
        ),
        ("Other releases from the ministry", "Grain export quota set at 2 million tonnes (4 May)"),
        ("Previous notices of the regulator:", "Licence fees for 2026 (12 January 2026)"),
        ("More news from the Authority", "Water tariffs frozen until March 2027"),
        ("Related releases", "Sanctions on Belarusian potash traders (12 January 2025)"),
        ("Related press releases", "- Minister visits Tallinn port (03.02.2024)"),
        ("More media releases", "Export controls on drone engines tightened (May 5, 2023)"),
        ("Related articles", "Ports brace for winter backlog (2 Dec 2024)"),
    ],
)
def test_a_related_release_list_is_no_body(label: str, item: str) -> None:
    page = f"Ministry adds 12 tankers to its list\n\n{TANKERS_BODY}{label}\n{item}\nAnother release title\n"
    assert kind_of(page, item) in ("related", "boilerplate")


@pytest.mark.parametrize(
    "teasers",
    [
        "Other news\n- 14.02.2025: Minister opens new border crossing\n- 03.01.2025: Grants to farmers\n",
        "Other news:\nGrain corridor talks stall in Istanbul\nDrone plant opens near Lviv\n",
        "Other stories\n- Port workers strike over pay for a second week\n- Rail link reopens\n",
        "OTHER NEWS\n12 March 2025 - Donor conference raises funds for water repairs\n",
    ],
)
def test_an_other_news_list_is_related(teasers: str) -> None:
    page = f"{TANKERS_HEAD}{TANKERS_BODY}{teasers}"
    for teaser in teasers.splitlines()[1:]:
        assert kind_of(page, teaser) in ("related", "boilerplate")


@pytest.mark.parametrize(
    "label", ["Also from Harbour Analytics", "More from the Tribune", "MORE FROM WIRE"]
)
def test_an_also_from_list_is_related(label: str) -> None:
    item = "Iron ore: Port stocks fell on 3 March"
    page = f"{HEAD}{ABOVE}{label}\nFreight: Rates ease for a third week\n{item}\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "label", ["READ MORE", "Read more", "Also read", "Related", "Keep reading", "KEEP READING:"]
)
def test_a_read_more_label_over_headlines_starts_a_teaser_list(label: str) -> None:
    item = "Steel output: record 2.1 million tonnes rolled in March"
    page = f"{HEAD}{ABOVE}{label}\nPort strike ends after two weeks\n{item}\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "label", ["Related research", "Related reports", "Related analysis:", "Further reading"]
)
def test_a_related_label_over_headlines_starts_a_teaser_list(label: str) -> None:
    item = "Copper: smelter fees fall to a record low of $12/t"
    page = f"{HEAD}{ABOVE}{label}\n{item}\nGrain: export quota cut by 20%\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "label", ["More live pages", "More stories", "More headlines:", "More reports from the region"]
)
def test_a_more_label_over_a_bulleted_list_starts_a_teaser_list(label: str) -> None:
    item = "- Odesa: 12 drones downed overnight"
    page = f"{HEAD}{ABOVE}{label}\n{item}\n- Rail link to Lviv reopens after 3-day halt\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "label",
    [
        "Trending",
        "Trending now",
        "Popular on Harbour Post",
        "Popular",
        "Most viewed this week",
        "You might also like",
        "You may have missed",
        "Don't miss",
        "Recommended for you",
        "More Europe news",
        "More business stories",
        "Top stories in Africa",
    ],
)
def test_a_list_of_other_stories_under_a_promo_label_is_related(label: str) -> None:
    first = "- Lagos port fees rise 8% from March"
    second = "- Accra bans two fishing trawlers for 60 days"
    page = f"{HEAD}{ABOVE}{label}\n{first}\n{second}\n"
    assert kind_of(page, first, TODAY) in ("related", "feed", "boilerplate")
    assert kind_of(page, second, TODAY) in ("related", "feed", "boilerplate")
    assert kind_of(page, ABOVE.strip(), TODAY) == "body"


def test_a_promo_label_alone_in_its_block_takes_the_list_under_it() -> None:
    item = "- Copper miners cut 1,500 jobs in the Copperbelt"
    page = f"{HEAD}{ABOVE}You might also like\n\n{item}\n- Lusaka lifts fuel price by 4%\n"
    assert kind_of(page, item, TODAY) == "related"


def test_a_prose_paragraph_after_a_promo_label_block_stays_body() -> None:
    page = f"{HEAD}{ABOVE}Trending\n\n{BELOW.strip()}\n"
    assert kind_of(page, BELOW.strip(), TODAY) == "body"


@pytest.mark.parametrize(
    "heading",
    ["Key figures", "Headline numbers", "What happens next", "Prices and wages"],
)
def test_a_fact_list_under_a_plain_heading_stays_body(heading: str) -> None:
    item = "- Wheat exports: 4.1 million tonnes in May (y/y: +6%)"
    page = f"{HEAD}{ABOVE}{heading}\n{item}\n- Barley: 0.9 million tonnes\n{BELOW}"
    assert kind_of(page, item, TODAY) == "body"


@pytest.mark.parametrize(
    ("label", "gap"),
    [
        ("Related on Selva Viva", ""),  # the site's name with an accent-free spelling
        ("Related on Páramo Diário", ""),  # accented letters in the name
        ("RELATED AT THE VALLEY COURIER:", ""),
        ("Related from Costa Brava Weekly", "\n"),  # alone in its block, the list under it
    ],
)
def test_a_related_label_naming_the_site_starts_a_teaser_list(label: str, gap: str) -> None:
    item = "- Copper smelter fined $2 million over river spill"
    page = f"{HEAD}{ABOVE}{label}\n{gap}{item}\n- Port workers vote to end 9-day strike\n"
    assert kind_of(page, label) == "related"
    assert kind_of(page, item, TODAY) == "related"


def test_a_sentence_opening_with_related_stays_body() -> None:
    line = "Related in part to the floods, the losses reached 40 million euros."
    page = f"{HEAD}{ABOVE}{line}\n{BELOW}"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "teaser",
    [
        "Also from Delta Research: Cocoa quarterly - grindings fall 4% as prices stay high",
        "More from the Ledger - Wheat exports slow as U.S. buyers hold off",
        "ALSO FROM BRACKEN ANALYTICS: Lithium outlook for 2026",
        "More from Solent Shipping Weekly — Box rates rise for a 3rd week",
    ],
)
def test_a_one_line_teaser_under_the_sites_label_is_related(teaser: str) -> None:
    page = f"{HEAD}{ABOVE}{teaser}\n{BELOW}"
    assert kind_of(page, teaser) == "related"
    assert kind_of(page, BELOW.strip()) == "body"


def test_a_sentence_opening_with_more_from_stays_body() -> None:
    line = "More from the survey: exports rose 4% in May, the fastest pace this year."
    page = f"{HEAD}{ABOVE}{line}\n{BELOW}"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    ("label", "entry"),
    [
        ("EVENTS", "Harbour Tech Expo | 9-11 June 2027 | Ahoy Rotterdam"),
        ("Upcoming events", "Grain Logistics Forum | 14 May 2026 | Constanța"),
        ("Webinars:", "Cold-chain audits explained | 3 March 2026"),
        ("Related releases", "Ministry extends the grain quota | 12 February 2026"),
    ],
)
def test_a_dated_line_in_a_box_under_its_label_is_the_boxs_not_the_pages_stamp(
    label: str, entry: str
) -> None:
    page = f"{HEAD}{ABOVE}{label}\n{entry}\nSeminar on freight rates | 2 April 2026\n"
    assert kind_of(page, entry) == "related"
    assert segment_text(page, TODAY).byline.published is None


@pytest.mark.parametrize(
    "kicker",
    [
        "Explainer: How the port levy is worked out",
        "Analysis: Why grain buyers are turning to Brazil",
        "Podcast: The tanker crews caught in the middle",
        "Opinion: The rate rise came too late",
    ],
)
def test_a_kicker_headline_heads_an_unlabelled_list_of_other_stories(kicker: str) -> None:
    item = "Seoul adds 9 firms to its export watch list (Feb. 3)"
    page = f"{HEAD}{ABOVE}{kicker}\n{item}\nPort of Busan handles 2% more boxes\n"
    assert kind_of(page, kicker) == "related"
    assert kind_of(page, item) == "related"


def test_a_kicker_that_opens_a_sentence_stays_body() -> None:
    line = "Analysis: the board is likely to cut rates again in March, economists say."
    page = f"{HEAD}{ABOVE}{line}\n{BELOW}"
    assert kind_of(page, line) == "body"


@pytest.mark.parametrize(
    "label",
    ["Explore more explainers", "Discover more stories", "Browse all guides", "See more analysis"],
)
def test_a_label_that_invites_to_explore_more_heads_teasers(label: str) -> None:
    first = "Why is the shilling at 129 per dollar?"
    page = (
        "Central bank holds its key rate as price growth slows\n\n"
        "The central bank kept its main lending rate at 9.5 percent on Wednesday, saying that"
        " price growth had slowed for a fourth month.\n\n"
        f"{label}\n{first}\nWhat the $2 billion bond sale means for farmers\n"
    )
    assert kind_of(page, first) == "related"
