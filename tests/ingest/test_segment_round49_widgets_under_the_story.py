"""Widgets a page sets under its story, read as no text of it: a wire's desk contact in double
brackets; a strip of market quotes under a label in capitals; an alert's acknowledge button with
its counter; a testimonial's speaker line, a dash, a first name and an age."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
PAGE = (
    "Port workers end strike after pay deal\n\n"
    "SUVA, March 4 (Island Wire) - Dock workers at the main port returned to work on Wednesday"
    " after the port company agreed to raise pay by 6% over two years, the union said.\n\n"
    "The strike had held up about 40 ships over five days, shipping agents said.\n\n"
)


@pytest.mark.parametrize(
    "contact",
    [
        "((desk.suva@islandwire.example; +679 330 0000))",
        "(( Desk: +679 330 0101 · news@islandwire.example ))",
        "((Pacific desk · +64 9 555 0142 · pacific.desk@wire.example))",
        "((ana.tuilagi@wire.example))",
    ],
)
def test_a_wire_desk_contact_in_double_brackets_is_boilerplate(contact: str) -> None:
    page = PAGE + "(Reporting by Ana Tuilagi; editing by Tom Reid)\n" + contact + "\n"
    assert kind_of(page, contact, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "strip",
    [
        "MARKETS TODAY · Tadawul +1.1% · QE -0.4% · Brent $71.25 · Gold $2,980",
        "MARKETS · Oil $81.20 · Gold $2,310 · Copper $9,120",
        "Nikkei +1.2% | Hang Seng -0.4% | Brent $79.10",
        "FX · Euro 1.08 · Yen 151.2 · Sterling 1.27",
    ],
)
def test_a_strip_of_market_quotes_under_the_story_is_boilerplate(strip: str) -> None:
    page = PAGE + strip + "\nREAD NEXT\nFerry fares rise from April\n"
    assert kind_of(page, strip, TODAY) == "boilerplate"


def test_a_fact_strip_with_labelled_figures_stays_the_story_s() -> None:
    strip = "Exports: $4.1bn · Imports: $3.2bn · Deficit: $0.9bn"
    page = PAGE + strip + "\n\nThe union said it would meet the company again in June.\n"
    assert kind_of(page, strip, TODAY) == "body"


@pytest.mark.parametrize(
    "button",
    [
        "[ ✔ Acknowledge this alert ]  Acknowledged by 23 members",
        "Acknowledge this alert ☐ · Comments are closed for this alert",
        "[ Acknowledge this notice ]",
        "☐ Acknowledge the bulletin · Acknowledged by 1,204 members",
    ],
)
def test_an_alert_s_acknowledge_button_is_boilerplate(button: str) -> None:
    page = PAGE + button + "\nHelpline for members: +679 330 0200 · help@port.example\n"
    assert kind_of(page, button, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "speaker",
    [
        "– Priya, 31, Pokhara",
        "— Mere, 31",
        "– Ana Lopes, 45, net mender from Lautoka",
        "— Jo, 19, Ba",
    ],
)
def test_a_testimonial_s_speaker_line_is_boilerplate(speaker: str) -> None:
    page = PAGE + '"They paid us at last, and now we can send money home."\n' + speaker + "\n"
    assert kind_of(page, speaker, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "label",
    [
        "OTHER DOCUMENTS IN HC 44/2026",
        "Other documents in the matter",
        "Related filings in the matter",
        "More orders in CV 12/2025",
    ],
)
def test_a_filing_portal_s_list_of_the_case_s_other_documents_is_related(label: str) -> None:
    item = "▸ Document 1: Notice of application (13/05/2026)"
    page = PAGE + f"{label}\n{item}\n▸ Document 2: Draft order (13/05/2026)\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "button",
    [
        "▼ Show 9 earlier posts",
        "↓ Load more entries",
        "Show 4 older updates",
        "See all previous comments (12)",
    ],
)
def test_a_live_page_s_show_earlier_button_is_boilerplate(button: str) -> None:
    page = PAGE + button + "\nRELATED\nFerry fares rise from April\n"
    assert kind_of(page, button, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "strip",
    [
        "Share · Print · Gift this article (5 left this month)",
        "Gift this article (5 remaining this week)",
        "Print | Gift this story | Save",
        "Gift the article",
    ],
)
def test_a_gift_article_counter_is_boilerplate(strip: str) -> None:
    page = PAGE + strip + "\nMORE FROM THE ISLANDS\nFerry fares rise from April\n"
    assert kind_of(page, strip, TODAY) == "boilerplate"


CHAT = (
    "Chat with HARBOUR TRADERS GROUP\n"
    "Exported 24/03/2026 18:02 · 40 participants\n\n"
    "[22/03/2026, 07:12] Messages and calls are end-to-end encrypted. No one outside can read them.\n"
    "[22/03/2026, 07:41] Sione (Chair): Morning all. Fuel is 2.45 a litre at the wharf today.\n"
    "[23/03/2026, 08:03] Mere Tau: They say the slipway opens on Friday.\n"
    "[24/03/2026, 11:30] Ana: Price went up 5% since last week, I bought 40 litres.\n"
)


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("[22/03/2026, 07:41] Sione (Chair):", "Morning all. Fuel is 2.45 a litre"),
        ("[23/03/2026, 08:03] Mere Tau:", "They say the slipway opens on Friday."),
        ("[24/03/2026, 11:30] Ana:", "Price went up 5% since last week"),
        ("[24/03/2026, 11:30] Ana:", "I bought 40 litres."),
    ],
)
def test_a_chat_post_s_header_on_its_line_is_its_byline_and_its_words_the_text(
    header: str, words: str
) -> None:
    assert kind_of(CHAT, header, TODAY) == "byline"
    assert kind_of(CHAT, words, TODAY) == "body"


def test_a_chat_s_encryption_notice_is_boilerplate() -> None:
    notice = "[22/03/2026, 07:12] Messages and calls are end-to-end encrypted."
    assert kind_of(CHAT, notice, TODAY) == "boilerplate"


def test_one_bracketed_stamp_opening_a_story_line_is_no_chat() -> None:
    page = PAGE + "[Updated 14:05] Port company: the deal was signed at noon.\n"
    assert kind_of(page, "Port company: the deal", TODAY) == "body"


def test_a_transcript_s_time_codes_and_speakers_stay_with_their_words() -> None:
    page = (
        "Morning show: the port strike ends\n\n"
        "[06:40] HOST: Good morning. The dock workers went back to work on Wednesday.\n"
        "[06:41] GUEST: Yes, after the company agreed to a 6% raise over two years.\n"
    )
    assert kind_of(page, "[06:41] GUEST:", TODAY) == "body"
