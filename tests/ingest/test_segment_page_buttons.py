"""Page furniture that a saved page keeps as text: a strip of bracketed buttons or a notice
closed by them, a free-registration promo above the headline, an authors' line with no "By"
beside its date, an analyst's credit with a title ("Dr."), and a "Read more from Site" label over
other stories' headlines."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Harbour authority fines three dredging firms over silt dumping near the reefs"
LEAD = (
    "The harbour authority said on Tuesday it had fined three dredging companies a combined"
    " 2.4 million euros for dumping silt within a kilometre of protected reefs last winter.\n"
)
STORY = f"{HEADLINE}\n\nBy Noor Halvorsen\n12 March 2025\n\n{LEAD}"


@pytest.mark.parametrize(
    "buttons",
    [
        "[Subscribe for $3 a month]  [Sign in]",
        "[Donate]  [Newsletters]  [Log in]",
        "[Try 30 days free] [My account]",
        "[Become a member]",
    ],
)
def test_a_strip_of_bracketed_buttons_is_never_the_headline(buttons: str) -> None:
    page = f"THE REEF LEDGER\nNews | Ports | Opinion\n{buttons}\n\nPORTS\n\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, buttons, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "notice",
    [
        "Cookie notice: this site keeps only the cookies it needs. [OK]",
        "Get the evening digest, every weekday at six. [Sign me up]",
        "We measure visits to improve our pages. [Fine by me] [No thanks]",
        "Our app is now free on both stores! [Download] [Later]",
    ],
)
def test_a_notice_closed_by_its_buttons_is_boilerplate_in_the_body(notice: str) -> None:
    page = f"{STORY}\n{notice}\n\nThe fines may be appealed within 30 days, the authority said.\n"
    assert kind_of(page, notice, TODAY) == "boilerplate"
    assert kind_of(page, "The fines may be appealed", TODAY) == "body"


def test_a_sentence_with_a_source_note_in_brackets_stays_body() -> None:
    line = "Exports fell by 4% in the quarter. [sic]"
    page = f"{STORY}\n{line}\n"
    assert kind_of(page, line, TODAY) == "body"


@pytest.mark.parametrize(
    "promo",
    [
        "Register for free access to 10 stories a month",
        "Sign in | Register now to keep reading our articles",
        "Create an account for free access",
        "Register",
    ],
)
def test_a_registration_promo_above_the_headline_is_not_the_headline(promo: str) -> None:
    page = f"COASTAL WIRE | Markets | Shipping | Search\n{promo}\n\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert kind_of(page, promo, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Ana Kowalczyk and Jonas Meier-Ruiz | 3 June 2026, 08:15", dt.date(2026, 6, 3)),
        ("Tomas Ek | 14 February 2025", dt.date(2025, 2, 14)),
        ("Lena Brandt & Omar Haddad | 9 October 2025, 17:40", dt.date(2025, 10, 9)),
        ("Priya Natarajan, Felix Obi and Sara Lund | 21 April 2026", dt.date(2026, 4, 21)),
    ],
)
def test_authors_with_no_by_beside_the_date_are_the_stamp(stamp: str, day: dt.date) -> None:
    deck = "Rangers say the count could rise as more remote valleys are surveyed"
    page = (
        f"Section\n\n{HEADLINE}\n\n{deck}\n\n{stamp}\nLast update: {day:%d %B %Y}, 19:02\n\n{LEAD}"
    )
    structure = segment_text(page, TODAY)
    assert structure.byline.published == day
    assert kind_of(page, stamp, TODAY) == "byline"
    assert kind_of(page, "Last update", TODAY) == "byline"
    assert kind_of(page, deck, TODAY) == "body"


@pytest.mark.parametrize(
    "credit",
    [
        "Lead analyst: Dr. Ilse Varga | Nickel desk, Jakarta",
        "Senior analyst: Prof. Kwame Asante | Cocoa team",
        "Author: Mr. Pavel Dunaj | Freight research, Gdansk and Rotterdam",
        "Chief editor: J. R. Moreno | Energy desk",
    ],
)
def test_an_analyst_credit_with_a_title_is_never_the_headline(credit: str) -> None:
    headline = "Nickel Prices Slide 6% As Indonesian Output Climbs"
    page = (
        "METALS INSIGHT | Research | Data | Client login\n\nNickel Quarterly - Asia\n"
        f"Edition 12 | Published 2 May 2025\n{credit}\n\n{headline}\n\n{LEAD}"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == headline
    assert kind_of(page, credit, TODAY) != "body"


@pytest.mark.parametrize(
    "label",
    ["Read more from Harbour Post", "Read more on Reefwatch", "Read more at The Ledger:", "Read"],
)
def test_a_read_more_label_takes_the_headlines_under_it(label: str) -> None:
    teasers = "- Why the new dredger costs twice its budget\n- Port reopens after 9 months"
    page = f"{STORY}\n{label}\n{teasers}\n"
    assert kind_of(page, label, TODAY) == "related"
    assert kind_of(page, "Port reopens after 9 months", TODAY) == "related"
