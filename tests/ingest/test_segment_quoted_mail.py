"""An email that forwards or replies to another carries the story in the message it quotes: behind
"> " marks (nested "> > " or ">>" for a message quoted inside it), under an Outlook divider
("-----Original Message-----") or a forward's ("---------- Forwarded message ---------"). The quoted
message is the page's own text; the header fields of each message (From, Sent, To, Subject) are its
metadata, and the marks are no part of the text."""

from __future__ import annotations

import pytest

from claims.ingest.segment import page_lines, segment_text
from claims.ingest.wrapping import reading_text
from tests.ingest.helpers import kind_of

TOP = (
    "From: Trade Desk <desk@harbourline.example>\n"
    "Sent: Monday, 9 March 2026 08:05\n"
    "To: Operations; Chartering\n"
    "Subject: FW: Port of Valmar bars six tankers over falsified papers\n"
    "\n"
    "Team,\n"
    "\n"
    "See Lena's note below. Please check our fixtures against the list before noon today.\n"
    "\n"
    "Marco\n"
    "\n"
)
SUBJECT = "Subject: FW: Port of Valmar bars six tankers over falsified papers"
LEAD = "the harbour master barred six tankers from calling at Valmar"  # its line is cut after it
FIGURES = "The ban covers 14 berths and runs for 90 days."


def _quoted(marks: str) -> str:
    return (
        f"{marks}From: Lena Ortiz\n"
        f"{marks}Sent: Sunday, 8 March 2026 19:40\n"
        f"{marks}To: Trade Desk\n"
        f"{marks}Subject: Valmar port ban\n"
        f"{marks.rstrip()}\n"
        f"{marks}Hi all,\n"
        f"{marks.rstrip()}\n"
        f"{marks}Short version of tonight's notice. On Sunday {LEAD}\n"
        f"{marks}and from its anchorage, saying their registration papers had been forged by\n"
        f"{marks}a broker in two other ports.\n"
        f"{marks.rstrip()}\n"
        f"{marks}{FIGURES}\n"
        f"{marks}- Two of the ships are already at anchor outside the breakwater\n"
        f"{marks}- Their cargo of 180,000 barrels may be moved to another vessel\n"
        f"{marks.rstrip()}\n"
        f"{marks}Lena\n"
    )


@pytest.mark.parametrize("marks", ["> ", ">", "> > ", ">> "])
def test_a_quoted_message_is_the_page_s_own_text(marks: str) -> None:
    page = TOP + _quoted(marks)
    assert kind_of(page, LEAD) == "body"
    assert kind_of(page, FIGURES) == "body"
    assert kind_of(page, "Their cargo of 180,000 barrels") == "body"
    assert kind_of(page, "Sent: Sunday, 8 March 2026 19:40") == "boilerplate"
    assert kind_of(page, "Subject: Valmar port ban") == "boilerplate"
    structure = segment_text(page)
    assert structure.title == SUBJECT  # the forward's own subject line heads the page
    assert structure.byline.published is not None and structure.byline.published.day == 9


@pytest.mark.parametrize("marks", ["> ", "> > "])
def test_a_quoted_paragraph_wrapped_by_the_mail_client_reads_as_one_line(marks: str) -> None:
    page = TOP + _quoted(marks)
    read = reading_text(page)
    joined = [read[s:e] for s, e, _ in page_lines(page) if LEAD in read[s:e]]
    assert len(joined) == 1
    assert "a broker in two other ports." in joined[0]
    assert ">" not in joined[0]  # the marks read as blank space


def test_a_reply_chain_quotes_each_earlier_message_one_level_deeper() -> None:
    page = (
        TOP
        + _quoted("> ")
        + ">\n"
        + "> > From: Lena Ortiz\n"
        + "> > Sent: Friday, 6 March 2026 16:12\n"
        + "> > Subject: Heads-up on Valmar\n"
        + "> >\n"
        + "> > The port's board meets on Sunday and is expected to act against\n"
        + "> > the tankers its inspectors flagged in January, perhaps all of them.\n"
    )
    assert kind_of(page, "The port's board meets on Sunday") == "body"
    assert kind_of(page, "Sent: Friday, 6 March 2026 16:12") == "boilerplate"
    assert kind_of(page, LEAD) == "body"


@pytest.mark.parametrize(
    "divider",
    [
        "-----Original Message-----",
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
    ],
)
def test_a_message_under_a_divider_is_text_and_its_header_is_metadata(divider: str) -> None:
    story = (
        "The customs office will seize any cargo loaded from the six tankers, and it fined"
        " their Valmar agent 2.4 million pesos on Friday."
    )
    page = (
        TOP
        + f"{divider}\n"
        + "From: Lena Ortiz <lena@harbourline.example>\n"
        + "Date: Sun, 8 Mar 2026 at 19:40\n"
        + "Subject: Valmar port ban\n"
        + "\n"
        + f"{story}\n"
    )
    assert kind_of(page, story) == "body"
    assert kind_of(page, divider) == "boilerplate"
    assert kind_of(page, "Date: Sun, 8 Mar 2026 at 19:40") == "boilerplate"


def test_a_reply_quotes_under_its_wrote_line() -> None:
    page = (
        "Thanks, forwarding to the board.\n\n"
        "On Tue, 3 Feb 2026 at 10:02, Ana Ruiz <ana@lakeside.example> wrote:\n"
        "> The regulator fined the lake ferry company 75,000 euros on Monday for running\n"
        "> two boats without a valid safety certificate, and it grounded a third.\n"
        ">\n"
        "> Ana\n"
    )
    assert kind_of(page, "The regulator fined the lake ferry company") == "body"
    assert kind_of(page, "wrote:") == "boilerplate"


def test_headlines_set_behind_marks_stay_a_list_of_other_stories() -> None:
    page = (
        "Harbour council approves new ferry terminal\n\n"
        "The harbour council approved a new ferry terminal on Tuesday, to be built for 40 million"
        " euros by the end of next year, its chair said.\n\n"
        "Read more\n"
        "> Ferry fares to rise 8% in spring\n"
        "> Two new boats ordered for the island route\n"
        "> Harbour dredging to start in May\n"
    )
    assert kind_of(page, "Ferry fares to rise 8% in spring") == "related"
    assert ">" in reading_text(page)


def test_a_lone_from_line_under_a_headline_is_no_mail_header() -> None:
    page = (
        "Ministry lists four more shipping firms\n\n"
        "From: Ministry of Foreign Affairs\n"
        "Published 4 May 2026\n\n"
        "The ministry added four shipping firms to its sanctions list on Monday, freezing their"
        " assets in the country.\n"
    )
    assert kind_of(page, "From: Ministry of Foreign Affairs") == "byline"
    assert kind_of(page, "The ministry added four shipping firms") == "body"


@pytest.mark.parametrize(
    ("sign_off", "signature"),
    [
        (
            "Thanks,\nMarco",
            "Marco Ferri | Head of Chartering | Harbourline Shipping Ltd\nT +39 010 555 0142",
        ),
        ("Kind regards,\nAnna", "Anna Berg | Compliance Officer\nM +46 70 555 01 23 | Stockholm"),
        ("Best,\nJ.", "Jonas Weber\nOperations Desk | Harbourline"),
        ("Many thanks!\nSaoirse", "Saoirse Byrne | Legal | +353 1 555 0199"),
    ],
)
def test_an_emails_sign_off_and_signature_are_no_text_of_it(sign_off: str, signature: str) -> None:
    page = (
        TOP.replace("Marco\n\n", "") + f"{FIGURES}\n\n{sign_off}\n\n{signature}\n\n" + _quoted("> ")
    )
    assert kind_of(page, FIGURES) == "body"
    for line in [*sign_off.splitlines(), *signature.splitlines()]:
        assert kind_of(page, f"\n{line}\n"[1:]) not in ("body", "title")
    assert kind_of(page, LEAD) == "body"


@pytest.mark.parametrize(
    "notice",
    [
        "CONFIDENTIALITY NOTICE: The contents of this note are meant for its addressees only. If you"
        " received it in error, tell the sender and delete it.",
        "This message is intended solely for the named addressee and may contain privileged"
        " information.",
        "Email disclaimer: views expressed are the sender's own and not those of the firm.",
        "The information in this email is confidential and may be legally privileged.",
    ],
)
def test_an_emails_confidentiality_notice_is_boilerplate(notice: str) -> None:
    page = TOP + _quoted("> ") + f"\n{notice}\n"
    assert kind_of(page, notice) == "boilerplate"
    assert kind_of(page, LEAD) == "body"
