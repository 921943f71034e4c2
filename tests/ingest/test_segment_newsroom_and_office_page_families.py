"""Page families whose tops and boxes ingest must read right: a paywall's free-to-read strip and a
flood or storm tracker strip over the headline, a newsroom script under its rundown, a wire
terminal's alert stack, a broadcaster's bar of play buttons, a disclosure reply under its office,
a speech as delivered, a trade title's tagline, a release signed with its place and day, a fact
box with long labels, a calendar, briefs of other places and a queue line of other wire items."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "County council approves new flood wall for the lower town after two wet winters"
LEAD = (
    "The county council on Tuesday approved a 3.2 million euro flood wall along the lower town's"
    " riverside, after floods reached 140 homes in each of the past two winters.\n"
)
STORY = f"{HEADLINE}\n\nBy Ilse Marenko · 3 March 2026\n\n{LEAD}"


@pytest.mark.parametrize(
    "strip",
    [
        "★ Free to read today — thanks to our subscribers",
        "This article is free for everyone this week",
        "Subscriber-only story, unlocked for you by a member",
        "Members' exclusive — shared with you",
    ],
)
def test_a_free_to_read_strip_over_the_headline_is_never_the_title(strip: str) -> None:
    page = f"THE VALLEY POST\nrivers · towns · farms\nNews   Sport   Opinion\n{strip}\n\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published is not None


@pytest.mark.parametrize(
    "strip",
    [
        "STORM TRACKER ▸ Wind at the harbour: 48 knots (updated 9:10 a.m.) · Ferries: cancelled",
        "Water watch ▸ Reservoir at 61% · Hosepipe ban in force",
        "ROAD STATUS | Pass closed above 1,800 m until further notice",
        "Fire dashboard » 3 active fires · 120 people evacuated",
    ],
)
def test_a_tracker_strip_over_the_headline_is_never_the_title(strip: str) -> None:
    page = f"RIVERSIDE NEWS — local news for the lower valley\n[ Donate ]  News  Weather\n{strip}\n\n{STORY}"
    assert segment_text(page, TODAY).title == HEADLINE


SCRIPT_HEAD = "PORT STRIKE ENDS AFTER NINE DAYS"
SCRIPT = (
    "EVENING NEWS — SCRIPT PRINT\n"
    "RUNDOWN: LATE NEWS 21:00  |  THU 12/03/2026  |  STATUS: FINAL\n"
    "NO  STORY           TYPE      READER   TIME\n"
    "A1  PORT-STRIKE     ANC/VO    MARA     1:40\n"
    "A2  BUS-FARES       ANC/PKG   JONAS    2:05\n"
    "\n"
    "A1  PORT-STRIKE   [CAM 1 — MARA]\n"
    "\n"
    "{cue}\n"
    f"{SCRIPT_HEAD}\n"
    "\n"
    "DOCK WORKERS WILL RETURN TO WORK TOMORROW AFTER A NINE-DAY STRIKE THAT"
    " LEFT 40 SHIPS WAITING OFFSHORE.\n"
)


@pytest.mark.parametrize(
    "cue", ["[GFX — HEADLINE]", "[SUPER: HEADLINE STRAP]", "[LOWER THIRD / TITLE]", "[HEADLINE]"]
)
def test_a_script_headline_is_the_line_under_its_strap_cue(cue: str) -> None:
    page = SCRIPT.format(cue=cue)
    assert segment_text(page, TODAY).title == SCRIPT_HEAD
    assert kind_of(page, "A2  BUS-FARES", TODAY) == "boilerplate"
    assert kind_of(page, "DOCK WORKERS WILL RETURN", TODAY) == "body"


WIRE_HEAD = "Chile's copper output falls 6% as two big mines halt for repairs"


@pytest.mark.parametrize("kind", ["FIRST TAKE", "STORY", "WRITETHRU", "NEWSBREAK"])
def test_a_wire_stack_reads_its_story_headline_and_keeps_its_alerts(kind: str) -> None:
    page = (
        "ANDES WIRE — CLIENT TERMINAL — Santiago Desk\n"
        "Queue: COMMODITIES      User: client22      Saved 02-Mar-2026 15:02\n"
        "TIME        TYPE          SLUG\n"
        "14:02:10    ALERT         CHILE-COPPER/OUTPUT\n"
        "\n"
        "CHILE COPPER OUTPUT FALLS 6 PCT IN JANUARY - MINING MINISTRY\n"
        "\n"
        "14:03:55    ALERT         CHILE-COPPER/OUTPUT\n"
        "TWO LARGE MINES HALTED FOR 12 DAYS OF REPAIRS - MINISTRY\n"
        "\n"
        f"14:20:31    {kind}    CHILE-COPPER/OUTPUT\n"
        "\n"
        f"{WIRE_HEAD}\n"
        "\n"
        "SANTIAGO, March 2 (AW) - Chile's copper output fell 6% in January from a year earlier,"
        " the mining ministry said on Monday.\n"
        "\n"
        "OTHER STORIES ON THE WIRE: 14:40 PERU-GOLD/ Exports rise 9% · 14:52 BOLIVIA-GAS/ Talks\n"
    )
    assert segment_text(page, TODAY).title == WIRE_HEAD
    assert kind_of(page, "TWO LARGE MINES HALTED", TODAY) == "body"
    assert kind_of(page, "CHILE COPPER OUTPUT FALLS", TODAY) == "body"
    assert kind_of(page, "14:03:55", TODAY) == "boilerplate"
    assert kind_of(page, "OTHER STORIES ON THE WIRE", TODAY) == "related"


@pytest.mark.parametrize(
    "bar",
    [
        "▶ Listen live  ·  ▶ Watch Channel 3  ·  Deutsch | English",
        "► Play the bulletin | Français | English",
        "▶ Stream Radio 2  ·  ▶ Watch live  ·  Cymraeg | English",
    ],
)
def test_a_bar_of_play_buttons_and_languages_is_never_the_title(bar: str) -> None:
    page = (
        f"NORTH SHORE BROADCASTING · ENGLISH\n{bar}\nHome  /  News  /  Economy\n"
        f"GBP 1.17 EUR  ·  USD 1.27 EUR  ·  Harbour +11°C\n\n{STORY}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


REPLY_HEAD = "Reply to request FOI-2026-044: bridge inspection and repair records for 2025"


@pytest.mark.parametrize(
    "note",
    [
        "This reply is posted here since others may find it useful. Names are removed.",
        "This response has been published because several people asked the same question.",
        "This decision was made public in the interest of openness.",
    ],
)
def test_a_disclosure_reply_is_titled_by_its_own_name_under_its_office(note: str) -> None:
    page = (
        "OFFICE OF ROADS AND BRIDGES (ORB) — NEW HARBOUR\n"
        "Home | About | Projects | Publications | Freedom of Information | Contact\n"
        "Freedom of Information › Disclosure Log › 2026\n"
        "DISCLOSURE LOG — Item 2026-012 — Posted 14/02/2026 — Format: text\n"
        f"{note}\n\n{REPLY_HEAD}\n\n"
        "Our ref: FOI-2026-044\nDate: 12 February 2026\n\nDear Requester,\n\n"
        "Thank you for your request of 6 January 2026, which asked for four items of information.\n"
    )
    assert segment_text(page, TODAY).title == REPLY_HEAD


SPEECH_HEAD = "Budget Statement 2027: Building on Firm Ground"


@pytest.mark.parametrize(
    ("delivered", "day"),
    [
        ("Delivered by the Finance Minister before Parliament, Friday 6 March 2026", 6),
        ("As delivered by the Treasurer at the Legislative Council, 3 March 2026", 3),
        ("Given by the Premier at the opening of the Assembly, Wednesday 4 March 2026", 4),
    ],
)
def test_a_speech_is_titled_over_its_delivery_line_which_dates_it(delivered: str, day: int) -> None:
    page = (
        "MINISTRY OF FINANCE — Republic of Westmark\n"
        "Home · Budget 2027 · Speeches · Statistics\n"
        "Speeches › Budget Statement 2027\n\n"
        "CHECK AGAINST DELIVERY\n\n"
        f"{SPEECH_HEAD}\n\n{delivered}\n\n"
        "1. Mr Speaker, today I bring this House a budget of 4.1 billion dollars for next year.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == SPEECH_HEAD
    assert structure.byline.published is not None and structure.byline.published.day == day


@pytest.mark.parametrize("cue", ["[Applause]", "[Laughter]", "[Interruptions]", "[Cheers]"])
def test_a_speech_paragraph_closed_by_a_stage_direction_is_body(cue: str) -> None:
    paragraph = f"2. Mr Speaker, exports grew by 4.2 per cent last year, the best since 2019. {cue}"
    page = f"{STORY}\n{paragraph}\n\n3. Imports grew by 2.1 per cent.\n"
    assert kind_of(page, paragraph, TODAY) == "body"


@pytest.mark.parametrize(
    "tagline",
    [
        "Freight, port and customs news for the Baltic region",
        "Upstream and pipeline intelligence for the North Sea",
        "Independent analysis on the grain trade across the Black Sea",
    ],
)
def test_a_trade_title_tagline_under_its_name_is_never_the_title(tagline: str) -> None:
    page = (
        f"HARBOUR FREIGHT WEEKLY\n{tagline}\nBrent $71.40 ▼0.6% · Gold $2,310 ▲0.2%\n"
        f"News | Ports | Data | Events | Log in\n\n{STORY}"
    )
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("signed", "day"),
    [
        ("Windhoek, 4 March 2026", 4),
        ("Valletta, 18 February 2026", 18),
        ("Tórshavn, 2 March 2026", 2),
    ],
)
def test_a_release_signed_with_its_place_and_day_is_dated_by_it(signed: str, day: int) -> None:
    page = (
        f"MINISTRY OF WORKS\nHome · Press · Contacts\n\nCOMMUNIQUÉ\n\n{HEADLINE}\n\n{LEAD}\n"
        f"The works start in May.\n\n{signed}\nPress Office\nContact: press@works.example\n"
    )
    published = segment_text(page, TODAY).byline.published
    assert published is not None and published.day == day


@pytest.mark.parametrize(
    "label",
    [
        "Paid out by the county to the end of May: $2.3 million",
        "Homes still waiting for a surveyor this month: about 140",
        "Volume of silt lifted from the channel so far: 9.2 million cubic metres",
    ],
)
def test_a_fact_box_with_long_labels_stays_in_the_story(label: str) -> None:
    page = (
        f"{STORY}\nTHE REPAIRS SO FAR\n{label}\nEngineers on site: 85\n\n"
        "The council will review the figures in June, a spokeswoman said.\n"
    )
    assert kind_of(page, label, TODAY) == "body"


@pytest.mark.parametrize("label", ["EVENTS CALENDAR", "Town diary", "Arts listings"])
def test_a_calendar_box_is_out_of_the_story(label: str) -> None:
    entry = "· Harvest fair, Millbrook, Sept. 4–6 · Parish meeting on the bridge, Sept. 9, 7 p.m."
    page = f"{STORY}\nThe works start in May.\n{label}\n{entry}\n© 2026 The Valley Post\n"
    assert kind_of(page, entry, TODAY) == "related"


@pytest.mark.parametrize(
    "label",
    ["FIELD NOTES", "Market notes", "IN THE VALLEY THIS WEEK", "This week around the county"],
)
def test_briefs_of_other_news_under_their_label_are_out_of_the_story(label: str) -> None:
    brief = "• Millbrook: Quarry fined 20,000 euros over dust"
    page = f"{STORY}\nThe works start in May.\n{label}\n{brief}\n• Eastfield: New bus route from June\n"
    assert kind_of(page, brief, TODAY) == "related"


@pytest.mark.parametrize("question", ["Need help?", "Who can apply?", "Still have questions?"])
def test_the_last_section_over_a_question_heading_stays_in_the_story(question: str) -> None:
    section = "Weather, storms and the seasons"
    page = (
        "Travel advice for Northland\n\nLast updated: 3 March 2026\n\n"
        "Safety\nCrime against visitors is rare in the capital, but bag theft is common.\n\n"
        "Border posts in the north close at night, and queues of several hours are common.\n\n"
        "Entry rules\nVisitors need a passport valid for six months after arrival.\n\n"
        f"{section}\nThe wet season runs from June to September. Floods killed 12 people last year.\n\n"
        f"{question}\nHelp line: +1 555 0100 · help@travel.example\n"
    )
    assert kind_of(page, section, TODAY) == "body"


@pytest.mark.parametrize(
    "options",
    [
        "A) 5%   B) 10%   C) 15%   D) 20%",
        "a) 300 tonnes   b) 600 tonnes   c) 900 tonnes",
        "A. Two   B. Four   C. Six   D. Eight",
    ],
)
def test_a_quiz_row_of_lettered_answer_options_is_furniture(options: str) -> None:
    page = (
        "Weekend news quiz\n\nBy the Saturday desk · 7 March 2026\n\n"
        "Eight questions on the week. Answers at the foot of the page.\n\n"
        f"1. By how much did the port raise its fees this week?\n{options}\n\n"
        "2. Which town opened a new bridge?\nA) Eastfield   B) Millbrook\n\n"
        "How did you score?  7-8: Top marks.  4-6: Fair.  0-3: Read more.\n"
    )
    assert kind_of(page, options, TODAY) == "boilerplate"
    assert kind_of(page, "How did you score?", TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Our ref: FOI/2026/031        Your ref: letter of 2 February 2026",
        "Your reference: email of 9 January 2026",
        "Our reference no.: 44/2026",
    ],
)
def test_a_letters_reference_line_is_furniture(line: str) -> None:
    page = f"{STORY}\nRECORDS UNIT\n{line}\nDate: 3 March 2026\n\nDear Requester,\n\n{LEAD}"
    assert kind_of(page, line, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "note",
    [
        "Latest update: Editorial change to the health section, new vaccine advice added.",
        "Latest update: The entry rules section was revised.",
        "Recent changes: Safety section reviewed; no change to the advice level.",
    ],
)
def test_a_travel_pages_note_on_its_changed_sections_is_furniture(note: str) -> None:
    page = (
        "Northland travel advice\n\n"
        f"{note}\n\nLast updated: 3 March 2026\n\n"
        "Safety\nBag theft is common in the capital, and visitors should keep valuables out of sight.\n"
    )
    assert kind_of(page, note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Related releases: Harbour dues for 2027 (12 February 2026) · New ferry timetable (2 February 2026)",
        "Related speeches: Address to exporters (4 January 2026) · Statement on rates (9 December 2025)",
        "Related decisions: 2026-004 Bridge tolls (14/01/2026) · 2025-091 Bus depots (19/12/2025)",
    ],
)
def test_a_related_label_with_its_items_on_its_line_is_out_of_the_story(line: str) -> None:
    page = f"{STORY}\nThe works start in May.\n{line}\n"
    assert kind_of(page, line, TODAY) == "related"


@pytest.mark.parametrize(
    "field",
    ["Date modified: 2026-02-27", "Last updated: 27 February 2026", "Date published: 2026-02-27"],
)
def test_a_dated_field_at_the_foot_is_the_pages_stamp(field: str) -> None:
    page = f"{STORY}\nThe works start in May.\n\nContact us\nHelp line: +1 555 0100\n{field}\n"
    assert kind_of(page, field, TODAY) == "byline"


@pytest.mark.parametrize(
    "signed", ["Windhoek, 4 March 2026", "Valletta, 18 February 2026", "Tórshavn, 2 March 2026"]
)
def test_a_releases_signing_line_is_its_stamp(signed: str) -> None:
    page = (
        f"MINISTRY OF WORKS\nHome · Press · Contacts\n\nCOMMUNIQUÉ\n\n{HEADLINE}\n\n{LEAD}\n"
        f"The works start in May.\n\n{signed}\nPress Office\n"
    )
    assert kind_of(page, signed, TODAY) == "byline"


@pytest.mark.parametrize(
    "row",
    [
        "14:48:02    SECOND TAKE   CHILE-COPPER/OUTPUT (adds analyst comment)",
        "15:10:40    REFILED       CHILE-COPPER/OUTPUT (corrects figure in 14:03 alert)",
        "15:30:00    UPDATE 1      CHILE-COPPER/OUTPUT",
    ],
)
def test_a_wire_row_under_the_story_headline_is_furniture(row: str) -> None:
    page = (
        "TIME        TYPE          SLUG\n"
        "14:02:10    ALERT         CHILE-COPPER/OUTPUT\n"
        "CHILE COPPER OUTPUT FALLS 6 PCT IN JANUARY - MINING MINISTRY\n\n"
        "14:20:31    FIRST TAKE    CHILE-COPPER/OUTPUT\n\n"
        f"{WIRE_HEAD}\n\n"
        "SANTIAGO, March 2 (AW) - Chile's copper output fell 6% in January from a year earlier,"
        " the mining ministry said on Monday.\n\n"
        f"{row}\n\nAnalysts expect output to recover by May, when both mines restart.\n"
    )
    assert kind_of(page, row, TODAY) == "boilerplate"
    assert kind_of(page, "Analysts expect output", TODAY) == "body"


@pytest.mark.parametrize(
    "poll",
    [
        "Reader poll: Should the wall be built higher?  Yes 58% · No 30% · Not sure 12%  (640 votes)",
        "Quick poll — Will you take the new ferry? Yes 71% | No 29% (1,204 votes)",
        "Have your say: is the fee fair?  Fair 22.5%  Too high 77.5%  (88 responses)",
    ],
)
def test_a_reader_poll_widget_in_the_story_is_furniture(poll: str) -> None:
    page = f"{STORY}\n{poll}\n\nThe works start in May, the council said.\n"
    assert kind_of(page, poll, TODAY) == "boilerplate"


# ------------------------------------------ the same families in further forms

BRACKET_SCRIPT = (
    "RIVER TV — LATE BULLETIN — SCRIPT PRINT\n"
    "Show date: 04-03-2026 (WED)   Printed 21:40   Status: APPROVED\n"
    "#  | SLUG          | TYPE | EST  | BACKTIME\n"
    "01 | OPEN/HEADS    | VO   | 0:30 | 22:00:00\n"
    "02 | FERRY-FARES   | RDR  | 1:10 | 22:00:30\n"
    "\n"
    "== 01 OPEN/HEADS ==\n"
    "<CAM2 WIDE — MUSIC UP>\n"
    "{cue}\n"
    "FERRY FARES TO RISE BY A FIFTH IN APRIL\n"
    "<GFX FULL: HEADLINE 2>\n"
    "HOSPITAL WING OPENS A YEAR LATE\n"
    "\n"
    "== 02 FERRY-FARES ==\n"
    "<CAM1 MCU ANCHOR>\n"
    "[ANCHOR — RDR]\n"
    "Good evening. Island ferry fares will rise by twenty per cent from the first of April,"
    " the operator said this afternoon.\n"
    "<L3 @0:05: NINA VOSS | Ferry operator>\n"
    '"We held fares for three years, and fuel has doubled since then."\n'
    "<CRAWL: FUEL 1.92/L | BUS PASS 48.00>\n"
    "[ANCHOR] Coming up at eleven: the weekend weather. Good night.\n"
)


@pytest.mark.parametrize(
    "cue",
    ["<GFX FULLSCREEN: HEADLINE A>", "<SUPER — HEADLINE 1>", "<STRAP: TITLE>", "<CG HEADLINE A>"],
)
def test_a_script_with_bracketed_cues_reads_its_headline_and_copy(cue: str) -> None:
    page = BRACKET_SCRIPT.format(cue=cue)
    assert segment_text(page, TODAY).title == "FERRY FARES TO RISE BY A FIFTH IN APRIL"
    assert kind_of(page, "Good evening. Island ferry", TODAY) == "body"
    assert kind_of(page, '"We held fares', TODAY) == "body"
    assert kind_of(page, "HOSPITAL WING OPENS", TODAY) == "body"
    for furniture in ("== 02 FERRY-FARES ==", "<CAM1 MCU", "<L3 @0:05", "<CRAWL: FUEL"):
        assert kind_of(page, furniture, TODAY) == "boilerplate"
    assert kind_of(page, "[ANCHOR] Coming up at eleven", TODAY) != "body"


LOG_HEAD = "Port court seizes two ferries of bankrupt operator; regulator halts its licence"


@pytest.mark.parametrize("kind", ["BULLETIN", "STORY", "WRITETHRU", "FIRST TAKE"])
def test_a_saved_alert_log_reads_its_bulletin_and_keeps_its_entries(kind: str) -> None:
    page = (
        "HARBOUR WIRE — NORTH DESK — WIRE LOG (saved 04-03-2026 18:00 CET)\n"
        "Filter: slug PORT-FERRY/* | All priorities | 4 items\n"
        "\n"
        "[1] 10:02 CET | FLASH | PORT-FERRY/SEIZURE\n"
        "FLASH -- PORT COURT SEIZES TWO FERRIES OF BANKRUPT OPERATOR\n"
        "\n"
        f"[2] 10:30 CET | {kind} | PORT-FERRY/SEIZURE\n"
        f"{LOG_HEAD}\n"
        "NORDHAVEN, March 4 (HW) - A port court on Wednesday seized two ferries of a bankrupt"
        " operator to cover unpaid wages, the court said.\n"
        "\n"
        "[3] 12:15 CET | 2ND LEAD-WRITETHRU | PORT-FERRY/SEIZURE (adds licence)\n"
        f"{LOG_HEAD}\n"
        "NORDHAVEN, March 4 (HW) - The maritime regulator also suspended the operator's licence"
        " for six months, it said.\n"
        "\n"
        "[4] 16:40 CET | FOLLOW-UP | PORT-FERRY/HEARING\n"
        "URGENT -- CREDITORS TO MEET ON MARCH 20\n"
        "(Reporting by Tove Lind; Editing by Ansel Berg)\n"
    )
    assert segment_text(page, TODAY).title == LOG_HEAD
    assert kind_of(page, "FLASH -- PORT COURT", TODAY) == "body"
    assert kind_of(page, "URGENT -- CREDITORS", TODAY) == "body"
    second = page.index(LOG_HEAD, page.index("[3]"))
    assert kind_of(page[second:], LOG_HEAD, TODAY) in ("body", "title")
    assert kind_of(page, "[3] 12:15 CET", TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "crumb",
    [
        "Puzzles › Weekly quiz › No. 12",
        "Requests › Ministry of Ports › #REQ-40213",
        "Newsletters › Harbour brief › Edition 7",
        "Online at: records.example.org › Sittings › 2026 › March",
    ],
)
def test_a_breadcrumb_closed_by_a_record_number_or_opened_by_an_address_is_no_title(
    crumb: str,
) -> None:
    page = f"THE VALLEY POST\nNews | Sport | Puzzles | Records\n{crumb}\n\n{STORY}"
    assert segment_text(page, TODAY).title == HEADLINE


LETTER_SUBJECT = "Fishing permits refused and revoked in the northern district, 2023 to 2025"


@pytest.mark.parametrize(
    ("label", "closed", "day"),
    [
        ("Re:", "Closed: 12/05/2026", 12),
        ("Subject:", "Answered: 14/05/2026", 14),
        ("Re:", "Response sent: 15/05/2026", 15),
    ],
)
def test_a_portal_record_of_a_reply_is_titled_by_its_subject_and_dated_closed(
    label: str, closed: str, day: int
) -> None:
    page = (
        "OpenRecords · Access to information portal\n"
        "Home | Make a request | Agencies | Log in\n"
        "Requests › Fisheries Board › #FB-20931\n"
        "\n"
        "REQUEST STATUS: ANSWERED (in part)\n"
        f"Request ID: #FB-20931 | Filed: 02/04/2026 | Due: 30/04/2026 | {closed}\n"
        "\n"
        "--- Text of the reply (reply.pdf, converted) ---\n"
        "\n"
        "FISHERIES BOARD\n"
        "Licensing Office\n"
        "\n"
        "Dear [name withheld],\n"
        "\n"
        f"{label} {LETTER_SUBJECT}\n"
        "\n"
        "The Board refused 31 permits and revoked nine in the period you asked about.\n"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == LETTER_SUBJECT
    assert structure.byline.published == dt.date(2026, 5, day)


@pytest.mark.parametrize(
    "top",
    [
        "TENDERS TICKER ▸ Ring road: bids close 3 Mar ▸ Dam lot 2 awarded",
        "PRICES TICKER ▸ Cement 9.10 a bag ▸ Steel up 2%",
        "Markets ticker | Gold 2,310 | Oil 81.20",
    ],
)
def test_a_ticker_strip_over_the_headline_is_never_the_title(top: str) -> None:
    page = f"BUILD WEEKLY — the trade paper for contractors\nRoads | Water | Jobs\n{top}\n\n{STORY}"
    assert segment_text(page, TODAY).title == HEADLINE


SPEECH_NAME = "ANNUAL BUDGET STATEMENT 2027"


@pytest.mark.parametrize(
    "fields",
    [
        "Sitting commenced: 9:30 a.m. · Second Reading: Supply Bill, 2026",
        "Sitting resumed: 2:15 p.m. | Order of the Day: Finance Bill",
        "Third Reading: Revenue Bill · Sitting adjourned: 6:40 p.m.",
    ],
)
def test_a_sittings_field_line_over_a_speech_is_never_the_title(fields: str) -> None:
    page = (
        "THE ISLANDS — HOUSE OF ASSEMBLY\n"
        "OFFICIAL REPORT — Tuesday, 3rd March, 2026\n"
        f"{fields}\n"
        "\n"
        f"{SPEECH_NAME}\n"
        "Clara Vane, Minister of Finance\n"
        "\n"
        "(1) Mr Speaker, today I present a budget of two billion dollars for the coming"
        " year, with a deficit of under one per cent.\n"
    )
    assert segment_text(page, TODAY).title == SPEECH_NAME


@pytest.mark.parametrize(
    "name",
    [
        "DELTA MARKETS NEWSWIRE — Service: Bonds/Asia — Priority 3 — DMN-0304-11",
        "NORTHERN WIRE SERVICE — Desk: Energy — Priority 1",
        "COAST NEWS AGENCY — Service: Regions — CNA-44/2026",
    ],
)
def test_a_wires_name_and_service_fields_are_never_the_title(name: str) -> None:
    page = (
        f"{name}\n"
        "Wed 4 Mar 2026 10:12 CET   Words 540   Subjects: ENERGY | PORTS\n"
        "\n"
        "TERMINAL OPERATOR FINED 2 MLN EUROS OVER FUEL SPILL\n"
        "\n"
        "ROTTERDAM, March 4 (DMN) - A terminal operator was fined 2 million euros on Wednesday"
        " over a fuel spill last year, the port authority said.\n"
    )
    assert segment_text(page, TODAY).title == "TERMINAL OPERATOR FINED 2 MLN EUROS OVER FUEL SPILL"


@pytest.mark.parametrize(
    "dated",
    [
        "Lagos · Mercredi 4 mars 2026 / Wednesday 4 March 2026 · N° 1 204",
        "Douala · Mittwoch, 4. März 2026 / Wednesday 4 March 2026",
        "Quebec · Wednesday 4 March 2026 / mercredi 4 mars 2026 · No. 88",
    ],
)
def test_a_bilingual_masthead_day_dates_the_edition(dated: str) -> None:
    page = (
        "THE LAGOON DAILY — ENGLISH EDITION\n"
        f"{dated}\n"
        "Politique | Économie | Sport | Culture | Opinions\n"
        "\n"
        f"{HEADLINE}\n"
        "\n"
        "Par Ilse Marenko | 07h12\n"
        "\n"
        f"{LEAD}"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    "current",
    [
        "Still current at: 9 March 2026",
        "Current as of: 9 March 2026",
        "Last reviewed: 9 March 2026",
    ],
)
def test_an_advice_pages_current_at_field_dates_it_over_its_update(current: str) -> None:
    page = (
        "Travel portal | Advice for travellers\n"
        "Home › Travel advice › Islandia\n"
        "\n"
        "Islandia travel advice\n"
        "\n"
        "From: Travel advice service\n"
        f"{current}\n"
        "Updated: 6 March 2026\n"
        "\n"
        "The advice against all but essential travel to the north has applied since"
        " 2 February 2026, after the eruption closed two roads.\n"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 9)


@pytest.mark.parametrize(
    "head",
    [
        "HOW THE TOWN BUDGET IS HIT",
        "WHY THE BRIDGE WORK RAN LATE",
        "WHERE THE MONEY COMES FROM NEXT",
    ],
)
def test_a_capitals_crosshead_between_running_lines_stays_in_the_story(head: str) -> None:
    after = (
        "The council will cover roughly one third of the cost from its reserves and borrow the rest"
        " over twenty years, the treasurer said."
    )
    page = f"{STORY}The works start in May.\n{head}\n{after}\nThe rest comes from the region.\n"
    assert kind_of(page, after, TODAY) == "body"


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("12 REACTIONS", "Jo_B — 04.03.26 à 08h10: The wall should have come in 2020."),
        ("AUSSI À LA UNE", "• Sport : la finale se joue le 9 mars avec 4 000 places"),
        ("Tender deadlines", "› Coast road lot 3: bids due 19 March"),
        ("TOWN NOTICEBOARD", "• Harvest fair — Saturday 14 March, market square"),
    ],
)
def test_labelled_boxes_of_comments_teasers_notes_and_notices_are_out_of_the_story(
    label: str, line: str
) -> None:
    page = f"{STORY}The works start in May.\n{label}\n{line}\n"
    assert kind_of(page, line, TODAY) != "body"


@pytest.mark.parametrize(
    "line",
    [
        "MORE QUIZZES › No. 11: March's news (ferries and a 40 million budget) · No. 10: Elections",
        "Other podcasts › Episode 9: the 2 billion bridge",
        "FOOTY: Millbrook Rovers win by 21 points",
        "Netball: Eastfield beat Harbour 41-38",
    ],
)
def test_a_one_line_list_of_other_items_or_a_result_is_out_of_the_story(line: str) -> None:
    page = f"{STORY}The works start in May.\n\n{line}\n"
    assert kind_of(page, line, TODAY) != "body"


@pytest.mark.parametrize(
    "chrome",
    [
        "Partager : Facebook · WhatsApp · Imprimer · 9 réactions",
        "Compartir: WhatsApp · X · 3 comentarios",
        "Share this: Facebook | LinkedIn | 14 comments",
        "Score: 0–4 Keep reading · 5–8 Sharp · 9–10 Front-page material",
        "YOUR SCORE: 0-2 Try again · 3-6 Well read",
        "This week's crossword is sponsored by Delta Paints.",
        "This month's puzzle is sponsored by the Harbour Bakery",
        "How to play: pick one answer a question; the bonus is worth three points.",
        "--- END OF SCRIPT (6 items, est. 7:10) ---",
        "=== END OF LOG (12 entries) ===",
        "▶ As broadcast on Radio 2 News (1 min 30 sec)",
        "As aired on the Morning Show (4 min)",
        "▶ Seen on Channel 5 at Six (2 min 10 sec)",
        "Borders (updated 3 May 2026)",
        "Changes in this update (3 May 2026)",
        "Earlier updates",
        "Deal tracker: Port expansion · status updated 2/5/2026",
        "PROJECT TRACKER: Ring road — Lots 1–3 · 64% complete",
        "Next on the order paper: Second reading of the Harbour Bill — Tuesday, 5th May, 2026",
        'Other requests to this office: #12 "Bus fares, 2024" (answered, 2/4/2026)',
        "Previous decisions of the board: No. 4 (3 May) · No. 3 (1 April)",
    ],
)
def test_page_chrome_in_the_story_gives_no_text(chrome: str) -> None:
    page = (
        f"{STORY}The works start in May.\n{chrome}\nThe rest of the cost comes from the region.\n"
    )
    assert kind_of(page, chrome, TODAY) != "body"


@pytest.mark.parametrize(
    "stamp",
    [
        "March 4, 2026 (Updated 19:40 CET)",
        "Mar. 4, 2026 (Updated 08:15 EST)",
        "2026-03-04 (revised 09:10)",
    ],
)
def test_a_date_stamp_with_its_update_in_brackets_still_dates_the_page(stamp: str) -> None:
    page = f"{HEADLINE}\n\nBy Ilse Marenko\n{stamp}\n\n{LEAD}"
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 4)
