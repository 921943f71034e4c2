"""Page furniture in forms of round 49: a stamp or reference line split by squares or diamonds
instead of bars or dots; a chat export's stamp line closing on the group's description; a
portal's breadcrumb closing on a file number and a document's place in the file; a court
filing's own name in capitals under the court's heading and the parties; a picture's credit
in brackets in another language; an event recap's stamp line naming the day the event was
held; a filing portal's note that its copies are not certified."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
STORY = (
    "The coastguard towed the trawler into port on Monday after its engine failed 40 miles out,"
    " the harbour office said.\n\n"
    "All nine crew members were reported safe, and an inspection of the hull is due later this"
    " week, officials added.\n"
)
HEADLINE = "Coastguard tows crippled trawler back to harbour after engine failure"


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("HBW-0412 ▪ 9-Mar-2026 ▪ 11:20 GMT ▪ DESK: Shipping ▪ 410 words", dt.date(2026, 3, 9)),
        (
            "NOTICE TO OWNERS ■ No. 7/2026 ■ Issued 4 March 2026 ■ To: all operators ■ Ref. HB/22",
            dt.date(2026, 3, 4),
        ),
        ("Bulletin 31 ◆ Published 12 March 2026 ◆ Harbour desk", dt.date(2026, 3, 12)),
        ("Item 88 ♦ Sent 2 March 2026 09:15 ♦ Category: Ports", dt.date(2026, 3, 2)),
    ],
)
def test_a_stamp_line_split_by_squares_is_no_headline(stamp: str, day: dt.date) -> None:
    page = f"HARBOUR WIRE ▪ Members' Service\n\n{stamp}\n\n{HEADLINE}\n\n{STORY}"
    structure = segment_text(page, TODAY)
    assert structure.title == HEADLINE
    assert structure.byline.published == day


def test_a_square_opening_a_line_is_no_separator() -> None:
    page = f"{HEADLINE}\n\n{STORY}\n■ MORE FROM THE COAST\nFerry fares rise 5% from April\n"
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, "■ MORE FROM THE COAST", TODAY) != "body"


@pytest.mark.parametrize(
    "export",
    [
        "Exported 24/03/2026 21:40 · 88 participants · Group description: Boat owners only. Be kind.",
        "Exported 24/03/2026 · 40 members · Description: Fishing news. No adverts, no spam!!",
        "Exported 24/03/2026 10:02 · 12 participants · Chat rules: Stay on topic. English please.",
        "Exported 24 March 2026 · 230 members · About: Harbour users of the north coast.",
    ],
)
def test_a_chat_export_stamp_closing_on_its_description_dates_the_page(export: str) -> None:
    page = (
        "Chat with NORTH HARBOUR BOAT OWNERS\n"
        f"{export}\n\n"
        "[23/03/2026, 08:10] Sione: Morning all, the slipway is shut until Friday.\n"
        "[24/03/2026, 09:30] Mere: Fuel went up again, 2.45 a litre at the wharf.\n"
    )
    assert segment_text(page, TODAY).byline.published == dt.date(2026, 3, 24)
    assert kind_of(page, export, TODAY) != "body"


FILING = (
    "IN THE HIGH COURT OF THE NORTHERN ISLANDS\n"
    "CIVIL DIVISION\n"
    "Claim No. HC 44 of 2026\n\n"
    "BETWEEN\n"
    "THE DIRECTOR OF PUBLIC PROSECUTIONS — Applicant\n"
    "and\n"
    "(1) HARBOUR LINE TRADING LTD (2) PETER ALOFA — Respondents\n\n"
)
OATH = (
    "I, ANA TUILAGI, Inspector of the Islands Police, MAKE OATH and say that the first respondent"
    " moved 1.2 million dollars through 14 accounts in 2025.\n"
)


@pytest.mark.parametrize(
    ("crumb", "name"),
    [
        (
            "Portal › High Court › Civil › HC 44/2026 › Document 2 of 5",
            "AFFIDAVIT OF INSPECTOR ANA TUILAGI IN SUPPORT OF AN APPLICATION FOR A FREEZING ORDER",
        ),
        (
            "Filings › High Court › HC 44/2026 › Item 4 of 9",
            "WITNESS STATEMENT OF ANA TUILAGI",
        ),
        ("Records › Civil › Exhibit 3 of 3", "SUPPLEMENTARY AFFIDAVIT OF ANA TUILAGI"),
        ("E-filing › Appeals › AP 9/2026 › Page 1 of 2", "NOTICE OF MOTION"),
    ],
)
def test_a_filing_s_own_name_under_the_court_and_parties_is_the_title(
    crumb: str, name: str
) -> None:
    page = (
        "ISLANDS JUDICIARY · Public Filing Portal\n"
        "Search | Cause lists | Judgments | Help\n"
        f"{crumb}\n\n"
        f"{FILING}{name}\n\n{OATH}"
    )
    structure = segment_text(page, TODAY)
    assert structure.title == name
    assert kind_of(page, crumb, TODAY) != "body"
    assert kind_of(page, "MAKE OATH", TODAY) == "body"


@pytest.mark.parametrize(
    "note",
    [
        "Copies from this portal are not certified. Certified copies cost $10 each.",
        "Prints of this page are not official. Ask the registry for a sealed copy.",
        "Copies downloaded from this register are uncertified.",
        "Copies obtained from this database are not authenticated; fees apply for sealed copies.",
    ],
)
def test_a_portal_s_note_that_its_copies_are_not_certified_is_no_text(note: str) -> None:
    page = f"{HEADLINE}\n\n{STORY}\nOTHER DOCUMENTS\n▸ Document 1: Notice (04/03/2026)\n\n{note}\n"
    assert kind_of(page, note, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "caption",
    [
        "📷 The trawler at the quay on Tuesday morning. (Foto: Diario del Puerto)",
        "The crew leaves the coastguard boat on Monday. (Imagen: Agencia Sur)",
        "The hull after the tow, seen from the quay. (Bild: Hafenblatt)",
        "📷 Divers check the propeller. (Fotos: Costa Hoy)",
    ],
)
def test_a_caption_credited_in_another_language(caption: str) -> None:
    page = f"{HEADLINE}\n\n{caption}\n\n{STORY}"
    assert kind_of(page, caption, TODAY) == "caption"


@pytest.mark.parametrize(
    ("line", "held"),
    [
        (
            "EVENT RECAP · Workshop · Held Monday 2 March 2026, 09:00–12:00 · Apia · Posted"
            " 6 March 2026",
            "Held Monday 2 March 2026, 09:00–12:00",
        ),
        (
            "Meeting note | Took place on 3 March 2026 | Published 5 March 2026",
            "Took place on 3 March 2026",
        ),
        (
            "Panel · Convened 1 March 2026 · Posted 4 March 2026 · Notes by the desk",
            "Convened 1 March 2026",
        ),
        ("Forum recap · Held 27 February 2026 · Posted 2 March 2026", "Held 27 February 2026"),
    ],
)
def test_the_day_an_event_was_held_on_its_recap_s_stamp_line_is_the_page_s_claim(
    line: str, held: str
) -> None:
    page = f"{line}\n\nFishers and officials agree new rules for the lagoon\n\n{STORY}"
    structure = segment_text(page, TODAY)
    at = page.index(held)
    [kind] = [s.kind for s in structure.segments if s.start <= at < s.end]
    assert kind in ("title", "body")
    stamp = page.index("Posted" if "Posted" in line else "Published")
    [stamp_kind] = [s.kind for s in structure.segments if s.start <= stamp < s.end]
    assert stamp_kind not in ("title", "body")
