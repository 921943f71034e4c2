"""Line shapes over a page's headline or inside its body that are no headline and no teaser: a
paywall's counter of free reads with its sign-in link, a table's legend of marks, a bar of
bracketed language buttons, an alert banner, a distribution note; and the lettered items of a
recommendation, whose '(c)' is no copyright sign."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import ABOVE, BELOW, TODAY, kind_of

HEADLINE = "Regional airline adds three routes as winter bookings climb"


@pytest.mark.parametrize(
    "meter",
    [
        "You have 2 of 4 free reads left this month. Sign in",
        "You've got 1 of 3 free articles left this week | Subscribe now",
        "3 of 5 free stories read this month. Log in",
        "You have two of five free articles remaining. Register for more",
    ],
)
def test_a_counter_of_free_reads_with_its_account_link_is_no_headline(meter: str) -> None:
    page = (
        f"HARBOUR REVIEW · Business news of the coast\nHome | Markets | Travel | Opinion\n"
        f"{meter}\nTRAVEL / AVIATION\n{HEADLINE}\nBy Ana Ruiz · 03.06.2026 · 4 min read\n"
        f"{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == HEADLINE
    assert kind_of(page, meter, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "items",
    [
        "(a) Publish the prices every month. (b) Widen the list. (c) Tie the aid to proof that"
        " it reaches shops. (d) Review the scheme before 30 June 2026.",
        "We ask the council to (a) open the books, (b) hire two auditors and (c) report by"
        " March 2027.",
        "5. Steps: (a) cut the fee; (b) publish the data; (c) consult the unions in 2026.",
        "Its advice: (b) keep the cap; (c) extend the deadline for the shops that applied in 2025.",
    ],
)
def test_a_lettered_item_c_before_a_year_is_no_copyright_line(items: str) -> None:
    page = f"{HEADLINE}\n\n{ABOVE}{items}\n{BELOW}"
    assert kind_of(page, items, TODAY) == "body"


@pytest.mark.parametrize(
    "notice",
    [
        "Published by Harbour Media. (c) 2026 Harbour Media Ltd",
        "All reports are for information. (c) Harbour Media Ltd 2025",
        "Printed in Lisbon. © Harbour Media 2026",
    ],
)
def test_a_copyright_notice_after_a_sentence_is_still_furniture(notice: str) -> None:
    page = f"{HEADLINE}\n\n{ABOVE}{BELOW.strip()}\n\n{notice}\n"
    assert kind_of(page, notice, TODAY) == "boilerplate"


@pytest.mark.parametrize(
    "legend",
    [
        "Legend: [+] listed  [-] delisted  [~] changed  ·  Entries as each office printed them",
        "Key: * provisional figure; e = estimate",
        "[+] new  [*] changed  [−] dropped",
        "Key to symbols: (+) rise, (−) fall, (=) no change",
    ],
)
def test_a_legend_of_marks_over_a_report_is_no_headline(legend: str) -> None:
    title = "Watchlist Changes — Weekly Report"
    page = (
        f"LISTDESK  |  Screening data for banks\nPortal › Reports › Weekly\n"
        f"Report ID: LD-2026-22  ·  Generated: 02-Jun-2026 06:00\n{legend}\n{title}\n"
        f"SUMMARY\n{ABOVE.strip()}{BELOW}"
    )
    assert segment_text(page, TODAY).title == title


@pytest.mark.parametrize(
    "rows",
    [
        ["[+] Person | Ana Perez Lobo | Chile", "[+] Person | Tomas Vidal | Peru"],
        ["[-] Vessel | Sea Lark | Panama", "[-] Vessel | Blue Heron"],
        ["Company | Andes Freight SA | Bolivia", "Company | Altiplano Trading SRL | Bolivia"],
        ["[~] Entity | Coast Holdings | Fiji", "[~] Entity | Reef Capital | Fiji"],
    ],
)
def test_rows_of_a_list_that_share_their_first_cell_stay_body(rows: list[str]) -> None:
    lead = "Notice: The ministry added these entries to its list on Monday, with immediate effect."
    block = "\n".join([lead, *rows, "The entries take effect at once, the ministry said."])
    page = f"{HEADLINE}\n\n{ABOVE}{block}\n{BELOW}"
    for row in rows:
        assert kind_of(page, row, TODAY) == "body"


def test_a_link_strip_alone_under_the_story_is_still_furniture() -> None:
    strip = "About us | Careers | Contact"
    page = f"{HEADLINE}\n\n{ABOVE}{BELOW.strip()}\n{strip}\n"
    assert kind_of(page, strip, TODAY) == "boilerplate"
