"""Round 50: a chat app's export of a group or a channel. The chat's name over the export's
header line ('Group · N members · Exported ...') is the title and the export day the page's
date; the header is furniture; a message's 'In reply to X' line is furniture too, and the
message under it the chat's own text, never a teaser."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

TODAY = dt.date(2026, 12, 1)
MESSAGES = (
    "3 May 2026\n\n"
    "Tomas\n03.05.2026 18:02\n"
    "Has anyone been paid back yet? My account shows 1,200 but nothing comes out\n\n"
    "Lina\n03.05.2026 18:09\n"
    "{reply}\n"
    "No. I put 900 in the savings plan in March and they promised 5% a week\n\n"
    "Tomas\n05.05.2026 09:30\n"
    "The police froze the owners' accounts this morning, it is on the news\n"
)
HEADERS = [
    (
        "Group · 2,310 members · Exported 05.05.2026 22:10 · Messages 03.05.2026 – 05.05.2026",
        dt.date(2026, 5, 5),
    ),
    ("Channel · 14,500 subscribers · Exported 06.05.2026 08:00 (UTC+3)", dt.date(2026, 5, 6)),
    (
        "Supergroup | 870 participants | Exported 07.05.2026 | Photos not included",
        dt.date(2026, 5, 7),
    ),
    ("Chat · 12 members · exported 05.05.2026 23:59 · Media files left out", dt.date(2026, 5, 5)),
]
REPLIES = ["In reply to Tomas", "Replying to Tomas", "In reply to Tomas K.", "Reply to Tomas"]


@pytest.mark.parametrize(("header", "day"), HEADERS)
@pytest.mark.parametrize("reply", REPLIES)
def test_a_chat_export_is_read_by_its_name_header_and_replies(
    header: str, day: dt.date, reply: str
) -> None:
    name = "Savings Club Members (unofficial)"
    page = "ChatApp Desktop — Exported Data\n" + name + "\n" + header + "\n\n"
    page += MESSAGES.format(reply=reply)
    structure = segment_text(page, TODAY)
    assert structure.title == name
    assert structure.byline.published == day
    assert kind_of(page, header, TODAY) == "boilerplate"
    assert kind_of(page, reply, TODAY) == "boilerplate"
    assert kind_of(page, "No. I put 900", TODAY) == "body"


def test_a_sentence_that_opens_with_in_reply_to_stays_text() -> None:
    line = "In reply to a question, the minister said 40 ships were held in May."
    page = "Port office holds 40 ships\n\n" + line + "\n\nThe ships may sail again in June.\n"
    assert kind_of(page, line, TODAY) == "body"
