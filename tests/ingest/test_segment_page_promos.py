"""A site's own promotions (paywall notes, membership offers, donation appeals, event adverts)
are page furniture wherever they stand; stamps that close on a clock time or sit beside a
reading time still date the page; a report's covered period on its metadata line is heading."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, BELOW, HEAD, TANKERS_BODY, TODAY, kind_of

HEADLINE = "Ferry operators raise winter fares as fuel costs climb"
LEAD = (
    "Three ferry companies serving the northern islands said on Tuesday that they would raise"
    " fares by up to 12% from January, blaming diesel prices and higher port dues.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Free sample - the complete data set is reserved for subscribers only.",
        "Charts and the full forecast are available to paying members only.",
        "This briefing is an excerpt; the rest of it goes to clients only.",
        "Preview edition: price tables shown for registered customers only",
    ],
)
def test_a_paywall_note_above_the_headline_is_no_headline(note: str) -> None:
    page = f"Island Freight Review | Ports | Fares\n{note}\n\n{HEADLINE}\nBy Ida Holm\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "offer",
    [
        "Members read every price report for GBP 12 a month. Log in | Join",
        "All our market data is yours from $9 per week. Sign in | Subscribe",
        "Unlock the archive and alerts for a small fee. Already a member? Log in | Register",
        "Our analysts' notes went behind a login last year. Sign in | Newsletters",
    ],
)
def test_a_promo_sentence_before_account_links_is_furniture(offer: str) -> None:
    page = f"SHIPPING LEDGER\nFerries | Freight | Ports\n{offer}\n\n{HEADLINE}\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, offer, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "appeal",
    [
        "[Donate] Our reporting stays free because readers chip in.",
        "Listener-supported since 2011. Give what you can.",
        "Every story is open to all. No paywalls, thanks to you.",
        "Keep this newsroom going [Become a supporter] today.",
    ],
)
def test_a_donation_appeal_above_the_headline_is_no_headline(appeal: str) -> None:
    page = f"Coastal Wire | Climate | Ports\n{appeal}\n\n{HEADLINE}\nBy Ida Holm\n\n{LEAD}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, appeal, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published Nov. 3, 2025 | Updated 6:10 p.m.", dt.date(2025, 11, 3)),
        ("Posted on 12 March 2026, 9 a.m.", dt.date(2026, 3, 12)),
        ("Updated: April 2, 2026 at 11:45 a.m.", dt.date(2026, 4, 2)),
        ("First published 8 June 2025, 10.30 p.m.", dt.date(2025, 6, 8)),
    ],
)
def test_a_stamp_that_closes_on_a_clock_time_dates_the_page(stamp: str, published: dt.date) -> None:
    page = f"{HEADLINE}\nBy Ida Holm\n{stamp}\n\n{LEAD}"
    assert segment_text(page, TODAY).byline.published == published
    assert kind_of(page, stamp, TODAY) == "byline"


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("By Ola Strand | 4 October 2025 | 5 min read", dt.date(2025, 10, 4)),
        ("12.02.2026 | Reading time: 7 minutes", dt.date(2026, 2, 12)),
        ("Posted 9 May 2026 · 3 min read", dt.date(2026, 5, 9)),
        ("By Kai Lund · March 30, 2026 · 11 min read", dt.date(2026, 3, 30)),
    ],
)
def test_a_stamp_beside_its_reading_time_under_a_standfirst_dates_the_page(
    stamp: str, published: dt.date
) -> None:
    standfirst = (
        "Fares on the island routes have doubled in five years. Operators say diesel is to"
        " blame, while islanders point to thinner timetables and fewer boats.\n"
    )
    page = f"{HEADLINE}\n\n{standfirst}\n{stamp}\n\n{LEAD}"
    assert segment_text(page, TODAY).byline.published == published
    assert kind_of(page, stamp, TODAY) == "byline"


@pytest.mark.parametrize(
    "promo",
    [
        'Webinar: "Freight rates in 2026" with our editors, 4 March. Register in your account.',
        "Ports Forum 2026 - Rotterdam, 9-10 June. Early-bird tickets until 30 April.",
        "Our annual shipping lunch is on 14 May in Bergen. Book your seat at our events page.",
        "Join the fares panel we host on 2 February. Register now: events@example.invalid",
    ],
)
def test_an_event_advert_in_a_short_block_is_furniture(promo: str) -> None:
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{TANKERS_BODY}EVENTS\n{promo}\n\n{TANKERS_BODY}"
    assert kind_of(page, promo, TODAY) == "boilerplate"
    assert kind_of(page, "Three ferry companies", TODAY) == "body"


@pytest.mark.parametrize(
    ("line", "period"),
    [
        ("Issue 12 | Published 3 May 2025 | Covers April 2025", "Covers April 2025"),
        (
            "No. 7 · Released 2 February 2026 · Reporting period: Q4 2025",
            "Reporting period: Q4 2025",
        ),
        (
            "Covering the week to 14 March 2026 | Editor: Ana Ruiz",
            "Covering the week to 14 March 2026",
        ),
        ("Data through 30 June 2025 | Updated 4 July 2025", "Data through 30 June 2025"),
    ],
)
def test_a_reports_covered_period_on_its_metadata_line_is_heading(line: str, period: str) -> None:
    page = f"Ferry Fares Quarterly\n{line}\n\n{HEADLINE}\n\n{LEAD}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, period, TODAY) == "title"
    rest = line.replace(period, "").strip(" |·")
    if rest:
        assert kind_of(page, rest, TODAY) in ("boilerplate", "byline")


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was low on Sunday. Registered voters numbered 41,000, officials said.",
        "The port reopened on Friday. Booking offices reported long queues for the first boats.",
        "Sales began on Monday. Tickets for the final sold out within an hour, the club said.",
    ],
)
def test_a_short_body_paragraph_that_mentions_booking_stays_body(sentence: str) -> None:
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{sentence}\n\n{TANKERS_BODY}"
    assert kind_of(page, sentence, TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    ["ALSO TODAY", "Elsewhere this morning:", "More this week", "Today's other headlines"],
)
def test_a_label_naming_the_day_over_other_headlines_is_a_teaser_label(label: str) -> None:
    teasers = (
        "Bus drivers in the capital vote to strike in March\nHarbour toll rises for a third year"
    )
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{TANKERS_BODY}{label}\n{teasers}\n"
    assert kind_of(page, label, TODAY) == "related"
    assert kind_of(page, "Harbour toll rises", TODAY) == "related"


@pytest.mark.parametrize(
    ("label", "pitch"),
    [
        ("NEWSLETTER", 'Get "Port Notes" every Monday: five minutes on what moved this week.'),
        ("Free newsletter:", "The week's fares and timetables, in your inbox on Sundays."),
        ("Our daily newsletter", "Each morning at 7, the three stories the islands talk about."),
        ("E-mail newsletter", "Weekly, short and free: what the council decided and why."),
    ],
)
def test_a_newsletter_label_makes_its_short_block_a_box(label: str, pitch: str) -> None:
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{label}\n{pitch}\n\n{TANKERS_BODY}"
    assert kind_of(page, pitch, TODAY) == "boilerplate"
    assert kind_of(page, "The ministry said on Monday", TODAY) == "body"


@pytest.mark.parametrize(
    "promo",
    [
        "Webinar: Freight rates in 2026, Tuesday 3 March, 11:00 CET - 80 seats left",
        "Workshop: reading port statistics, 12 May in Gdansk - register now",
        "Conference - Island Transport Forum, 9-10 June. Tickets available at the door.",
        "Seminar: fares and subsidies, 2 February, online - book your place",
    ],
)
def test_an_event_promo_with_its_booking_cue_is_furniture(promo: str) -> None:
    footer = "(c) 2026 Island Freight Review Ltd. Data: port authorities."
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{TANKERS_BODY}{promo}\n{footer}\n"
    assert kind_of(page, promo, TODAY) == "boilerplate"
    assert kind_of(page, "The ministry said on Monday", TODAY) == "body"


@pytest.mark.parametrize(
    ("label", "advert"),
    [
        ("Advertisement", "HALF PRICE SOFAS AT DUNNE'S - ENDS SUNDAY"),
        ("ADVERTISEMENT", "Book your winter ferry break: 3 nights from £99"),
        ("Sponsored", "New-build homes in Ardmore, 2 and 3 beds, viewing this weekend"),
        ("Advertisement", "Garden centre clearance - 30% off all pots\nOpen daily 9-6"),
    ],
)
def test_the_short_lines_under_an_advert_label_in_the_story_are_the_advert(
    label: str, advert: str
) -> None:
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}{label}\n{advert}\n\n{TANKERS_BODY}"
    for line in advert.splitlines():
        assert kind_of(page, line, TODAY) == "boilerplate"
    assert kind_of(page, "The ministry said on Monday", TODAY) == "body"


def test_running_text_under_an_advert_label_stays_body() -> None:
    paragraph = (
        "Port dues at the three harbours will rise by 6% in April, the authority said, the"
        " second increase in a year."
    )
    page = f"{HEADLINE}\nBy Ida Holm\n\n{LEAD}Advertisement\n{paragraph}\n\n{TANKERS_BODY}"
    assert kind_of(page, paragraph, TODAY) == "body"


@pytest.mark.parametrize(
    "advert",
    [
        "ANUNCIO - Vuelos diarios a Miami desde US$189",
        "Advertisement: Save 30% on your first box of coffee beans",
        "PUBLICIDADE | Seguro auto a partir de R$ 59 por mês",
    ],
)
def test_an_advert_labelled_before_a_dash_or_colon_is_furniture(advert: str) -> None:
    page = f"{HEAD}{ABOVE}{advert}{BELOW}"
    assert kind_of(page, advert) == "boilerplate"


@pytest.mark.parametrize("label", ["MÁS LEÍDAS", "Lo más visto", "Leia também", "Les plus lus"])
def test_an_english_editions_native_most_read_label_heads_teasers(label: str) -> None:
    teaser = "Port authority to add 14 berths by 2028"
    page = f"{HEAD}{ABOVE}{label}\n1. {teaser}\n2. Ferry fares to rise 12% in March\n"
    assert kind_of(page, teaser) == "related"


@pytest.mark.parametrize(
    "offer",
    [
        "Subscribe: 52 issues for £120 a year, with the full archive",
        "Subscribe - three months for $1, then $9.99 a month",
        "Subscription: unlimited access for €4.50 per week",
        "Subscribe: print and digital for A$25 a month",
    ],
)
def test_a_subscription_price_line_under_the_story_is_furniture(offer: str) -> None:
    facts = "Fact box\nFleet: 41 barges\nCrew: 180 people\n"
    page = f"{HEADLINE}\n\n{LEAD}{facts}{offer}\nMore features: A · B\n"
    assert kind_of(page, offer, TODAY) == "boilerplate"


@pytest.mark.parametrize("length", ["4 min", "12 mins", "7 minutes", "3min"])
def test_an_audio_length_line_is_furniture(length: str) -> None:
    page = f"{HEADLINE}\n\nShare on X\nListen to this article\n{length}\n\n{LEAD}"
    assert kind_of(page, length, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "read",
    [
        "This episode is sponsored by ListCheck: screen 5,000 names in a second. Use code NEWS for 15% off.",
        "This briefing is brought to you by Harbor Data, trusted by 300 ports worldwide.",
        "This newsletter is supported by Tallyhub: try it free for 30 days.",
        "This podcast is sponsored by Quayside Bank. Open an account in 10 minutes.",
    ],
)
def test_a_sponsor_read_is_furniture(read: str) -> None:
    page = f"{HEADLINE}\n\n{LEAD}{read}\n\nThe ferry companies will publish new timetables in December.\n"
    assert kind_of(page, read, TODAY) == "boilerplate"
