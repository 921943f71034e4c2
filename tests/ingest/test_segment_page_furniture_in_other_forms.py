"""Page furniture in further forms of the round's page styles: a stamp line's pieces in other
languages and its widgets after their icons, a site's long tagline, stamp months in Albanian,
Romanian and Polish, a print-edition note, a calendar's own export line, an exchange's report
header, a dashboard's tiles, chips, sparkline and notes, an answer page's question box and
stamp, a card stack's dots and counters, an appeal's donate panel and gift lines, an annex's
heading, share rows, 'read also' labels and a notice box."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

STORY = (
    "Harbour board approves four new night ferries to the outer islands\n\n"
    "{stamp}\n\n"
    "The harbour board voted on Monday to add four night ferries from next spring, at a cost of"
    " about 30 million, the chair said after the meeting.\n\n"
    "The first boats will sail in April, and the board expects 900 more passengers a week.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        (
            "Tekst: Jan Nowak, Gdynia  ·  opublikowano 14.03.2025, godz. 07:15  ·  czytanie: 6"
            " min  ·  🔖 Zachowaj",
            dt.date(2025, 3, 14),
        ),
        (
            "City desk  |  Friday 14 March 2025, 08:40 AST  |  ▶ Watch the clip (01:35)  |  💬 12",
            dt.date(2025, 3, 14),
        ),
        (
            "Par / By Leila Amrani  •  publié le 14/03/2025 – 09:02  •  👁 1 204 lectures",
            dt.date(2025, 3, 14),
        ),
        (
            "Von / By Ute Brandt  ·  veröffentlicht am 14.03.2025  ·  Lesezeit: 4 min",
            dt.date(2025, 3, 14),
        ),
    ],
)
def test_a_stamp_lines_pieces_in_other_languages_and_its_widgets(stamp: str, day: dt.date) -> None:
    page = STORY.format(stamp=stamp)
    structure = segment_text(page, TODAY)
    assert structure.title.startswith("Harbour board approves")
    assert structure.byline.published == day
    assert kind_of(page, stamp, TODAY) == "byline"


@pytest.mark.parametrize(
    "masthead",
    [
        "PORT NEWS — Tangier's local news in Arabic, French & English",
        "VALLEY POST | Glenbrook's independent journalism since 1998, for the whole valley",
        "ISLAND WIRE – Madeira's trusted reporting for readers at home and abroad",
    ],
)
def test_a_sites_name_over_a_long_tagline_is_no_headline(masthead: str) -> None:
    page = masthead + "\n\n" + STORY.format(stamp="By Ana Costa | 3 May 2025")
    assert segment_text(page, TODAY).title.startswith("Harbour board approves")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Njoftim për shtyp / Press release  ·  Durrës, 3 prill 2026  ·  Nr. 88/KM", (2026, 4, 3)),
        ("Comunicat de presă / Press release  ·  Iași, 3 iulie 2026", (2026, 7, 3)),
        ("Komunikat prasowy / Press release  ·  Lublin, 3 lutego 2026", (2026, 2, 3)),
    ],
)
def test_a_bilingual_release_line_with_a_stamp_month_of_its_language(
    line: str, day: tuple[int, int, int]
) -> None:
    page = "MINISTRY OF PORTS\n" + line + "\n\n" + STORY.format(stamp="")
    structure = segment_text(page, TODAY)
    assert structure.title.startswith("Harbour board approves")
    assert structure.byline.published == dt.date(*day)


@pytest.mark.parametrize(
    "note",
    [
        "Print edition: page one, continued on B2",
        "Printed version: business section",
        "Story continued from page 3",
    ],
)
def test_a_print_edition_note_over_the_headline_is_furniture(note: str) -> None:
    page = "THE DAILY LEDGER\nNEWS | SPORT | OPINION | LETTERS\n" + note + "\n\n"
    page += STORY.format(stamp="By Ana Costa")
    assert segment_text(page, TODAY).title.startswith("Harbour board approves")


CALENDAR = (
    "BEGIN:VCALENDAR\n"
    "X-WR-CALNAME:Town hall meetings\n"
    "X-WR-CALDESC:{desc}\n"
    "BEGIN:VEVENT\n"
    "DTSTAMP:20260301T080000Z\n"
    "DTSTART:20260320T180000\n"
    "SUMMARY:Budget hearing on the new library\n"
    "DESCRIPTION:The council will present a plan to spend 4 million on the library.\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


@pytest.mark.parametrize(
    ("desc", "day"),
    [
        ("Exported 02-03-2026 at 10:00. Meetings of the town hall.", dt.date(2026, 3, 2)),
        ("Eksporteret 02-03-2026 kl. 10.00. Byens møder.", dt.date(2026, 3, 2)),
        ("Exportiert am 02.03.2026. Sitzungen des Rathauses.", dt.date(2026, 3, 2)),
        ("Meetings of the town hall, spring season.", dt.date(2026, 3, 1)),
    ],
)
def test_a_calendars_own_export_line_dates_it_before_the_event_stamps(
    desc: str, day: dt.date
) -> None:
    assert segment_text(CALENDAR.format(desc=desc)).byline.published == day


@pytest.mark.parametrize(
    ("crumb", "strip"),
    [
        (
            "XSE · Exchange of Ruritania  ›  Issuers  ›  Bonds  ›  ABC31 · Current reports",
            "[ RU | EN ]   Market status: CLOSED   RX 1,204.50 ▼0.12%",
        ),
        (
            "NSX · Northern Stock Exchange  ›  Issuers  ›  Shares  ›  NRD7 · Notices",
            "Market status: OPEN",
        ),
        (
            "Home  ›  Issuers  ›  Bonds  ›  HARB29 · Reports",
            "[ FI | SV | EN ]   Market session: pre-open",
        ),
    ],
)
def test_an_exchanges_report_header_gives_way_to_its_headline(crumb: str, strip: str) -> None:
    page = (
        f"{crumb}\n{strip}\n"
        "ISSUER NOTICE\n"
        "pursuant to Act no. 12/2019 and Rule no. 4/2020\n"
        "Date of report: 05.02.2026\n"
        "Issuer: HARBOUR CITY (City of Harbour)\n"
        "Trading venue: Northern Exchange — Bonds segment\n"
        "Significant event to report:\n\n"
        "Pricing of EUR 50,000,000 4.10% Bonds due 2031\n\n"
        "The city informs investors that on 4 February 2026 it priced an issue of bonds.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == "Pricing of EUR 50,000,000 4.10% Bonds due 2031"
    assert structure.byline.published == dt.date(2026, 2, 5)


DASHBOARD = (
    "Bureau of Figures | Home › Data › Trade\n"
    "{toolbar}\n"
    "Monthly Exports & Port Calls Dashboard\n"
    "Updated: 03-12-2025 09:40\n"
    "{chips}\n\n"
    "▣ EXPORTS · NOV 2025\n"
    "4,210 ↑ +3.0%\n"
    "▂▃▅▆▇▆▅▆▇█  (12-month trend)\n"
    "▣ SHIPS CALLED (port estimate)\n"
    "118 ↓ −4\n\n"
    "WHAT THE FIGURES SAY\n"
    "Exports rose for a third month in November, helped by fish and timber sales abroad.\n\n"
    "{chart}\n\n"
    "Notes\n"
    "* Figures for the latest month are provisional.\n"
    "** Port estimates from 14 harbours.\n"
)


@pytest.mark.parametrize(
    ("toolbar", "chips", "chart"),
    [
        (
            "★ Official figures · Export: CSV | XLSX | API · 🖨 Print",
            "Filter by:  (Month: Nov 2025 ✓)  (Partner: All ✓)   ⟲ Reset",
            "Chart (data view): monthly exports since 2023, highest in June 2025.",
        ),
        (
            "Download data: JSON / CSV · Embed",
            "(Year: 2025 ✔)  (Region: North ✔)  (Sector: All ✔)",
            "Graph (data view): exports by month, 2024-2025.",
        ),
        (
            "Share · Download as PDF, PNG · Print view",
            "Showing:  [Quarter: Q4 ▾]  [Goods: all ▾]",
            "Figure text alternative: the line climbs from 3,100 to 4,210.",
        ),
    ],
)
def test_a_dashboards_tiles_chips_sparkline_chart_and_notes(
    toolbar: str, chips: str, chart: str
) -> None:
    page = DASHBOARD.format(toolbar=toolbar, chips=chips, chart=chart)
    structure = segment_text(page, TODAY)
    assert structure.title == "Monthly Exports & Port Calls Dashboard"
    for line in ("▣ SHIPS CALLED (port estimate)", "▂▃▅▆▇▆▅▆▇█", chart, "** Port estimates"):
        assert kind_of(page, line, TODAY) != "body", line
    assert kind_of(page, chips, TODAY) != "body"
    for line in ("4,210 ↑ +3.0%", "118 ↓ −4", "Exports rose for a third month"):
        assert kind_of(page, line, TODAY) == "body", line


@pytest.mark.parametrize(
    ("label", "stamp"),
    [
        (
            "Your query ▸",
            "✦ Desk AI · answer generated Mon 2 Jun 2025, 10:05 · drew on 4 stories",
        ),
        ("You asked:", "Summary generated on 2 June 2025 · based on 5 articles · [n] = source"),
        ("Question →", "Answer written 2 Jun 2025 · ⓘ = note below"),
    ],
)
def test_an_answer_pages_question_box_label_and_stamp(label: str, stamp: str) -> None:
    page = (
        "CITY HERALD  |  News · Sport · Ask the Herald\n"
        "┌────────────────────────────────────┐\n"
        "│ 🔎 Ask the Herald about the news      │\n"
        "└────────────────────────────────────┘\n"
        f"{label}\n\n"
        "Why did the port raise its fees this year?\n\n"
        f"{stamp}\n\n"
        "In brief: The port raised fees by 8% in May to pay for a new breakwater.\n\n"
        "Reference list\n"
        "┌ 1 ┐ Herald · 2 May 2025 — Port fees to rise 8% from May\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == "Why did the port raise its fees this year?"
    assert structure.byline.published == dt.date(2025, 6, 2)
    assert kind_of(page, "Port fees to rise 8%", TODAY) != "body"


@pytest.mark.parametrize(
    ("marker", "counter", "prompt"),
    [
        ("○ ● ○ ○", "02 / 04", "⇢ tap for the next card · hold to stop"),
        ("• • ◦ •", "Card 3 of 4", "tap to continue"),
        ("◉ ○ ○ ○", "1 of 4", "Swipe left for more · tap to pause"),
    ],
)
def test_a_card_under_its_marker_is_body_never_a_teaser(
    marker: str, counter: str, prompt: str
) -> None:
    page = (
        "Harbour News ▸ Stories\n\n"
        "Ferry operator fined as regulator suspends two captains\n"
        "Two captains were suspended after a ferry sailed in a storm warning.\n\n"
        f"{marker}\n{counter}\n"
        "Two captains grounded\n"
        "The maritime authority suspended the two captains for six months on Friday.\n"
        f"{prompt}\n"
    )
    assert kind_of(page, "suspended the two captains for six months", TODAY) == "body"
    for line in (marker, counter, prompt):
        assert kind_of(page, line, TODAY) == "boilerplate", line


@pytest.mark.parametrize(
    ("head", "gifts"),
    [
        ("DONATE", "$20 buys water tablets for a family\n$60 pays a midwife for two days"),
        ("Give now", "€15 provides a hygiene kit for a month\n€40 funds a school kit"),
        ("SUPPORT US", "£5 a month feeds a child at school\n£25 could buy a tent for a family"),
    ],
)
def test_an_appeals_widget_panel_gift_lines_and_crossheads(head: str, gifts: str) -> None:
    page = (
        "RIVER RELIEF  ·  Registered charity no. 123456\n\n"
        "Flood emergency in the delta\n\n"
        "Last updated 04/05/2026 by the appeals team\n\n"
        f"┏━━━━━━━ {head} ━━━━━━━┓\n"
        "┃ £10   £25   £50   £ [ other ]  ┃\n"
        "┃ 1,250 supporters · 9 days left  ┃\n"
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n"
        "Floods have damaged 3,000 homes in the delta since April.\n\n"
        "WHAT A GIFT DOES\n"
        f"{gifts}\n\n"
        "WHAT OUR TEAMS DO NOW\n"
        "Our teams run 12 clinics and deliver clean water to 40 villages every day.\n\n"
        "MORE APPEALS  ·  Drought in the hills · Winter coats: 800 families waiting\n"
    )
    assert kind_of(page, "1,250 supporters", TODAY) == "boilerplate"
    for line in [*gifts.splitlines(), "Our teams run 12 clinics"]:
        assert kind_of(page, line, TODAY) == "body", line
    assert kind_of(page, "800 families waiting", TODAY) == "related"


@pytest.mark.parametrize(
    "head",
    [
        "ANNEX TO ORDER NO. 31, DATED 4.2.2026",
        "Annex II to the Regulation",
        "SCHEDULE 1",
    ],
)
def test_an_annexs_entries_are_the_documents_text(head: str) -> None:
    page = (
        "Cabinet lists three persons under the asset-freeze law\n\n"
        "The cabinet on Tuesday added three persons to the national list.\n\n"
        f"{head}\n"
        "The following people are listed:\n"
        "1. Ana Petrova, trader, citizen of Ruritania\n"
        "2. Ivan Sokol, driver, citizen of Ruritania\n\n"
        "Dele: Facebook · X · Email · Print\n"
    )
    assert kind_of(page, head, TODAY) == "boilerplate"
    assert kind_of(page, "1. Ana Petrova", TODAY) == "body"
    assert kind_of(page, "Dele: Facebook", TODAY) == "boilerplate"


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("PRZECZYTAJ TEŻ", "› Port of Gdynia fined for late dredging · 04.03.2025"),
        ("Lire aussi", "› Ferry fares to rise 5% next month"),
        ("EARLIER ON HARBOURWIRE", "03-Mar 10:05  PORT-FEES/ Port fees rise 8% in March"),
        ("MORE SAILING", "▸ Club suspends skipper for two races (02:10)"),
    ],
)
def test_read_also_and_earlier_on_labels_head_teasers(label: str, item: str) -> None:
    page = STORY.format(stamp="By Ana Costa") + f"\n{label}\n{item}\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "label",
    [
        "FERRY TIMETABLE (port office notice, 2 May)",
        "ROAD CLOSURES (council schedule)",
        "PRESSURE CUTS (water board bulletin, 9 June)",
    ],
)
def test_a_notice_box_labelled_with_its_source_is_not_the_story(label: str) -> None:
    page = (
        STORY.format(stamp="By Ana Costa")
        + f"\n{label}\nNorth quay: closed 22:00–05:00 from 12 June\nSouth quay: no change\n\n"
        + "BACK TO THE STORY\n\nThe board meets again in July to set the fares for the winter.\n"
    )
    assert kind_of(page, "North quay", TODAY) != "body"
    assert kind_of(page, "set the fares for the winter", TODAY) == "body"
