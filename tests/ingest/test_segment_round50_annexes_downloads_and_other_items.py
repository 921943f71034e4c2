"""Round 50: a document's annex named after a dash stays its text, entries and all; a line of
download links with their file kinds is furniture; a label over an office's other communiqués or
its latest reports, and a line of the other documents filed in a case, open lists of other items."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
ORDER = (
    "Regulator freezes the accounts of two currency dealers\n\n"
    "The Markets Authority on Monday froze the accounts of two currency dealers and barred their"
    " directors from holding office for five years, it said in a statement.\n\n"
    "The dealers had taken deposits from about 900 savers without a licence, the authority said,"
    " and owe them some 14 million in all.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "entry"),
    [
        ("SCHEDULE B — ASSETS TO BE HELD", "Item 1 — a warehouse in the east port, est. 2 million"),
        ("Annex – Firms named in the order", "F1 · Coral Exchange Ltd · registered on the island"),
        ("APPENDIX 2 — ACCOUNTS FROZEN ON 4 MAY", "Accounts 1–6 — savings held at two banks"),
        ("Schedule C - Vehicles to be kept", "Items 3–9 — seven lorries and a tow truck"),
    ],
)
def test_an_annex_named_after_a_dash_is_the_document_s_text(heading: str, entry: str) -> None:
    page = ORDER + heading + "\n" + entry + "\nItem 10 — a fishing boat held in the harbour\n"
    assert kind_of(page, heading, TODAY) == "body"
    assert kind_of(page, entry, TODAY) == "body"


@pytest.mark.parametrize(
    "links",
    [
        "Download: Final report R-2026-11 (PDF, 48 pages, 3.1 MB) | Summary in French (PDF)",
        "Download the full decision (PDF, 880 KB)",
        "Downloads: Order (English, PDF) · Annex of names (XLSX)",
        "[ Download PDF ] Print version · Data (CSV)",
    ],
)
def test_a_line_of_download_links_is_boilerplate(links: str) -> None:
    page = ORDER + links + "\nContact: press office, press@authority.example\n"
    assert kind_of(page, links, TODAY) == "boilerplate"


def test_a_sentence_about_downloading_a_file_stays_the_story_s() -> None:
    line = "Savers can download the claim form as a PDF from the authority's website."
    page = ORDER + line + "\n\nThe dealers may appeal within 21 days.\n"
    assert kind_of(page, line, TODAY) == "body"


@pytest.mark.parametrize(
    "label",
    ["Other communiqués", "OTHER COMMUNIQUÉS", "LATEST REPORTS", "Latest briefing notes"],
)
def test_a_label_over_an_office_s_other_items_opens_a_list(label: str) -> None:
    item = "Licence of a broker suspended for 30 days (12.05.2026)"
    page = ORDER + "Press office · press@authority.example\n" + label + "\n" + item + "\n"
    page += "Warning on a cloned trading website (02.05.2026)\n"
    assert kind_of(page, item, TODAY) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "Other documents in this case: Interim order (11/02/2026) · Supporting affidavit",
        "Related filings in this matter: Answering affidavit · Heads of argument (PDF)",
        "More documents for the case: Draft order · Practice note of 3 May 2026",
        "Other papers filed in this action: Summons · Particulars of claim",
    ],
)
def test_a_line_of_other_documents_in_a_case_is_no_text_of_the_page(line: str) -> None:
    note = "Copies are sold at the registry. Fees: 4 per page for certified copies."
    page = ORDER + line + "\n" + note + "\n"
    assert kind_of(page, line, TODAY) == "related"
    assert kind_of(page, note, TODAY) == "related"
