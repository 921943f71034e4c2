"""Page tops and tables in forms of round 49: a live desk's credit line labelled in two
languages; a slashed date stamped in a language that writes the day first; a wire's story
thread label over its slug line; a client area's path of sections down to its year with no
named root; a bar of play buttons, each with its running time; a table of advice, two columns
split by bars under its heading."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
HEADLINE = "Storm closes the main wharf as ferries stay in port for a second day"
STORY = (
    "Harbour staff closed the main wharf on Thursday as gusts reached 90 km/h, and all ferry"
    " sailings to the outer islands were called off for a second day, the port office said.\n\n"
    "About 400 passengers are waiting in town for the next sailing, which the operator hopes to"
    " run on Saturday if the wind drops as forecast.\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Suivi assuré par / Live desk: Marie Wete, Paul Kaloi",
        "Par / By Anna Faure and Tom Hnawia",
        "Texte / Words: Lucie Gope",
        "Equipo / Live team: Rosa Diaz, Juan Poma",
    ],
)
def test_a_credit_line_labelled_in_two_languages_is_no_headline(credit: str) -> None:
    page = f"ISLAND NEWS · English service\n● LIVE · Last update 5 March 2026 17:20 · 12 posts\n{credit}\n\n{HEADLINE}\n\n{STORY}"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, credit, TODAY) != "body"


@pytest.mark.parametrize(
    "stamp",
    [
        "Mise à jour le 05/03/2026 / updated 11:40",
        "Actualizado 05/03/2026 09:10",
        "Publicado el 05/03/2026 a las 08:00",
        "Zuletzt aktualisiert 05/03/2026",
    ],
)
def test_a_slashed_stamp_in_a_day_first_language_reads_day_first(stamp: str) -> None:
    page = f"{stamp}\n\n{HEADLINE}\n\n{STORY}"
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 5)


def test_an_english_slashed_stamp_keeps_its_default() -> None:
    page = f"Last updated 05/03/2026\n\n{HEADLINE}\n\n{STORY}"
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 5, 3)


@pytest.mark.parametrize(
    "label",
    [
        'THREAD ▸ Ferry safety case "North Star" (items in thread: 4)',
        "Story thread: Winter storms on the islands",
        "RUNNING STORY › Harbour closures (updates: 6)",
        "Thread | Port strike 2026",
    ],
)
def test_a_wire_s_story_thread_label_is_no_headline(label: str) -> None:
    page = (
        "ISLAND WIRE · subscriber feed\n"
        f"{label}\n"
        "IW-0412-EN  |  Thu 05.03.2026  |  15:06 GMT  |  PORTS  |  410 words\n\n"
        f"{HEADLINE}\n\n{STORY}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "path",
    [
        "Members / Library / Trade Desk / Notes / 2025",
        "Members / Library / Circulars / 2026",
        "Partners / Resources / Safety notes / Archive / 2024",
        "Clients / Insights / Market notes / 2025–26",
    ],
)
def test_a_deep_path_down_to_its_year_is_no_headline(path: str) -> None:
    page = (
        "HARBOUR LOGISTICS LTD · Freight · Customs · Warehousing\n"
        "Client login | Track a shipment | Rates\n"
        f"{path}\n\n{HEADLINE}\n\n{STORY}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "bar",
    [
        "▶ Watch: the evening bulletin report (3:14)   |   ▶ Interview with the harbour master (6:02)",
        "▶ The storm in pictures (1:20)",
        "► Hear the captain's account (12:45) | ► Radio bulletin (2:05)",
        "▶ Live: the wharf at dawn (1:02:30)",
    ],
)
def test_a_bar_of_play_buttons_with_running_times_is_no_headline(bar: str) -> None:
    page = f"ISLAND TV · News channel\nNews | Islands | Weather\n{bar}\n\n{HEADLINE}\n\n{STORY}"
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "rows",
    [
        [
            "If a guest pays with a card that is not theirs | Refuse and call the police",
            "If a transfer bounces more than once | Ask the sender to pay another way",
            "Deposits above 50,000 | Bank transfer only",
        ],
        [
            "Before sailing | Check the forecast and the port notices",
            "Winds above 30 knots | Stay in port",
            "Engine trouble at sea | Call channel 16 at once",
        ],
        [
            "Small boats | Stay within 2 miles of the coast",
            "Ferries | Full load allowed, report any delay",
            "Fishing boats | A crew of 3 at least, with a radio",
        ],
        [
            "Lost ticket | Ask at the office",
            "Missed sailing | Rebook for free within 7 days",
            "Cancelled sailing | Full refund",
            "Extra luggage | 5 dollars a bag",
        ],
    ],
)
def test_a_table_of_advice_split_by_bars_is_the_page_s_own(rows: list[str]) -> None:
    page = (
        f"{HEADLINE}\n\n{STORY}\nWHAT TO DO AT THE QUAY\n"
        + "\n".join(rows)
        + (
            "\n\nThe port office will publish a new timetable once the storm has passed and the"
            " wharf has been checked by its engineers.\n"
        )
    )
    for row in rows:
        assert kind_of(page, row, TODAY) == "body"
