"""A page's own sections read as body: a run of headings in capitals, each over its paragraph,
on a page set with no blank lines; a crosshead in capitals of six to eight words over its own
block; a fact list whose lines open on their figures; the items of a notice board, each opened
by its number set between rules; and a section under an about label that the page's running
text follows. None is a teaser of another story."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
TOP = (
    "COASTAL PRESS TRUST · Valparaíso\n"
    "Who we are | Prizes | Grants | Alerts | Donate\n"
    "Prizes › 2026 › Results\n"
    "Harbour Prize 2026: what the panel decided\n"
    "The panel read 212 entries from seven countries this year and met in Lima for four days in"
    " March, voting by secret ballot on each of the shortlisted works.\n"
)
SECTIONS = (
    "FIRST PRIZE\n"
    "The winning team spent two years tracing 3,000 tonnes of sand that a dredging firm shipped"
    " from a protected bay, and showed that nine of its permits had been forged.\n"
    "SECOND PRIZE\n"
    "A radio series followed 40 families who lost their boats when the port was rebuilt, and"
    " found that only 12 of them were ever paid the compensation they were promised.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "A WORD FROM THE PANEL",
        "OUR THANKS TO THE ENTRANTS",
        "WHAT THE PANEL SAW IN THE ENTRIES",
        "A CLOSING REMARK FROM US",
    ],
)
def test_a_heading_in_capitals_under_a_run_of_sections_is_the_page_s(heading: str) -> None:
    paragraph = (
        "We read more stories on water than on any other subject this year, 61 of the 212"
        " entries, and we hope the next round looks as hard at the buyers as at the sellers."
    )
    page = (
        TOP
        + SECTIONS
        + "PANEL\nAna Ruiz (chair, Chile) · Tom Berg (Peru) · Lia Soto (Ecuador)\n"
        + heading
        + "\n"
        + paragraph
        + "\nCeremony recording (52 min) · Pictures · Earlier rounds: 2023 · 2024 · 2025\n"
        + "MORE FROM THE TRUST\n» Grants open for coastal reporting\n"
    )
    assert kind_of(page, "we hope the next round", TODAY) == "body"
    assert kind_of(page, "Grants open for coastal", TODAY) not in ("body", "title")


@pytest.mark.parametrize(
    "heading",
    [
        "WHAT WE KNOW ABOUT THE BROKER",
        "HOW THE MONEY LEFT THE ISLAND",
        "WHY THE PORT CLOSED ITS GATES AGAIN",
        "WHERE THE SEIZED GOODS ARE KEPT NOW",
    ],
)
def test_a_crosshead_in_capitals_of_up_to_eight_words_heads_its_own_block(heading: str) -> None:
    page = (
        "Customs seizes 40 crates of carved ivory at the port\n\n"
        "Customs officers seized 40 crates of carved ivory at the container port on Tuesday, the"
        " largest haul in ten years, and froze the accounts of the importing company.\n\n"
        + heading
        + "\nThe broker, who died in 2019, bought most of his pieces through a trading house in"
        " the capital, according to shipping records seen by this newspaper.\n\n"
        "The company's lawyer said it would appeal against the freeze within the 14 days the"
        " law allows, and that its owners had done nothing wrong.\n"
    )
    assert kind_of(page, "bought most of his pieces", TODAY) == "body"


@pytest.mark.parametrize(
    "lines",
    [
        ["8,120 calls answered by our helpline", "5 clinics run by us, 64 beds in all"],
        ["312 boats inspected at sea", "EUR 2.4 million raised from 4,010 donors"],
        ["1,450 meals served each week", "$86,000 paid out in grants"],
        ["17 court cases supported", "NZD 1.2 million recovered for 90 workers"],
    ],
)
def test_fact_lines_opening_on_their_figures_are_the_page_s_own(lines: list[str]) -> None:
    page = (
        "Our year in numbers: 2025/26\n\n"
        "Thank you. Because of you, more families than ever got help this year, and we opened"
        " a third office in the north.\n\n"
        "THE YEAR AT A GLANCE\n" + "\n".join(lines) + "\n"
        "96 volunteers trained\n\n"
        "WHERE THE MONEY WENT\n"
        "Every dollar is audited. Most of it went to shelter and legal help, and the rest to"
        " training and running costs.\n"
    )
    for line in lines:
        assert kind_of(page, line, TODAY) == "body"


@pytest.mark.parametrize(
    "marker",
    ["═══ NOTICE 3 ═══", "=== ITEM 3 ===", "── Lot 3 ──", "*** No. 3 ***"],
)
def test_a_notice_board_s_items_under_their_numbers_between_rules_are_body(marker: str) -> None:
    page = (
        "TOWN GAZETTE · CLASSIFIEDS\n"
        "Place an ad | Jobs | Property | Tenders | Public notices\n"
        "Classifieds › Public notices\n\n"
        "Public notices: edition of Friday 6 March 2026\n\n"
        + marker
        + "\nHIGH COURT OF THE NORTHERN ISLANDS\n"
        "Civil Case No. 44 of 2026 · Criminal Assets Act 2011\n"
        "NOTICE OF FREEZING ORDER\n"
        "TAKE NOTICE that on 2 March 2026 the court froze the property of Lomu Fishing Ltd and"
        " of its two directors until further order.\n"
        "Registrar\n\n"
        "=== ITEM 4 ===\nMINISTRY OF HOME AFFAIRS\nENTRY BAN ON TWO TRADERS\n"
        "The Minister has barred two foreign timber traders from entering the islands for five"
        " years from 1 March 2026.\n"
    )
    assert kind_of(page, "the court froze the property", TODAY) == "body"
    assert kind_of(page, "Civil Case No. 44", TODAY) == "body"
    assert kind_of(page, "barred two foreign timber traders", TODAY) == "body"
    assert kind_of(page, marker, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "label",
    [
        "ABOUT REMOVALS FOR DEFAULT",
        "About Removals From The List",
        "ABOUT FROZEN ACCOUNTS",
        "ABOUT THE REFUSALS",
    ],
)
def test_an_about_label_with_the_page_s_text_after_its_block_heads_a_section(label: str) -> None:
    page = (
        "Notices of removal from the register: May 2026\n\n"
        "The Registrar gives notice that the three ships listed below were removed from the"
        " register in May, two of them for cause.\n\n"
        + label
        + "\nThe Registry does not keep a ship on its register once a state it works with has"
        " designated the ship or its owner under a sanctions law.\n\n"
        "The Registry refused to register 17 ships in 2025, up from 9 in 2024, most of them"
        " after checks on who owned them.\n\n"
        "Registrar of Ships · registrar@ships.example\n"
    )
    assert kind_of(page, "does not keep a ship", TODAY) == "body"
    assert kind_of(page, "refused to register 17 ships", TODAY) == "body"
